import Decimal from "decimal.js";
import type { CellRef } from "../address";
import type { FigureId } from "../figures/definitions";

/**
 * A paragraph of the generated 情况说明 is a list of segments: plain text, a number that keeps its provenance (the
 * figure it is and the cells it was computed from), or a visible 【待填写：…】 slot for an input that is not known.
 */
export type Segment = TextSegment | ValueSegment | MissingSegment;

export interface TextSegment {
  readonly text: string;
}

export interface ValueSegment {
  /** As printed, in the region's style ("1,049.22", "100", "1812.7"). */
  readonly value: string;
  readonly number: Decimal;
  readonly unit: "万元" | "%" | "count";
  /** The figure (占比, 增长率 …) where the number is computed; absent for an amount taken from a cell or an input. */
  readonly figureId?: FigureId;
  /** Line key (figures/lines.ts) or input key the number is about. */
  readonly subject: string;
  readonly cells: ReadonlyArray<CellRef>;
}

export interface MissingSegment {
  /** What to fill in ("上年决算数（本年收入合计）"); rendered 【待填写：…】. */
  readonly missing: string;
}

export function isValue(s: Segment): s is ValueSegment {
  return "value" in s;
}

export function isMissing(s: Segment): s is MissingSegment {
  return "missing" in s;
}

export function segmentText(s: Segment): string {
  if ("text" in s) return s.text;
  if ("value" in s) return s.value;
  return `【待填写：${s.missing}】`;
}

export function joinText(segments: ReadonlyArray<Segment>): string {
  return segments.map(segmentText).join("");
}

/** How a region prints numbers. */
export interface NumberStyle {
  /** 1,049.22 (true) or 1049.22. */
  readonly thousands: boolean;
  /** Print whole amounts without decimals ("100万元", "0万元") as seed001/seed002 do. */
  readonly trimWholeAmounts: boolean;
  readonly percentDecimals: number;
  /** Print whole percentages without decimals ("占100%", "完成年初预算的88%"). */
  readonly trimWholePercents: boolean;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(d: Decimal, decimals: number, thousands: boolean, trimWhole: boolean): string {
  let r = d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (r.isZero()) r = new Decimal(0);
  const s = trimWhole && r.isInteger() ? r.toFixed(0) : r.toFixed(decimals);
  if (!thousands) return s;
  const neg = s.startsWith("-");
  const [i, f] = (neg ? s.slice(1) : s).split(".");
  return `${neg ? "-" : ""}${group(i)}${f !== undefined ? "." + f : ""}`;
}

export function formatAmount(d: Decimal, style: NumberStyle): string {
  return fixed(d, 2, style.thousands, style.trimWholeAmounts);
}

export function formatPercent(d: Decimal, style: NumberStyle): string {
  return fixed(d, style.percentDecimals, false, style.trimWholePercents);
}

export function formatCount(d: Decimal): string {
  return d.toFixed(0);
}

/**
 * Fills a template's named slots: "收入总计{收入总计}万元，{变动}" with slot → segments. Every slot of the template must
 * be provided (a template naming an unknown slot is a defect of the template data, reported loudly).
 */
export function fill(
  template: string,
  slots: Readonly<Record<string, ReadonlyArray<Segment> | Segment | string>>,
): Segment[] {
  const out: Segment[] = [];
  const re = /\{([^{}]+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    const v = slots[m[1]];
    if (v === undefined) throw new Error(`模板中的占位符“${m[1]}”没有取值：${template}`);
    if (typeof v === "string") out.push({ text: v });
    else if (Array.isArray(v)) out.push(...(v as Segment[]));
    else out.push(v as Segment);
    last = re.lastIndex;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return merge(out);
}

/** Adjacent text segments merged; empty text dropped. */
export function merge(segs: ReadonlyArray<Segment>): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    if ("text" in s) {
      if (s.text === "") continue;
      const prev = out[out.length - 1];
      if (prev && "text" in prev) {
        out[out.length - 1] = { text: prev.text + s.text };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** Joins lists of segments with a separator ("；", "、"). */
export function joinSegments(parts: ReadonlyArray<ReadonlyArray<Segment>>, sep: string): Segment[] {
  const out: Segment[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ text: sep });
    out.push(...p);
  });
  return merge(out);
}
