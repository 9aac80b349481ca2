import Decimal from "decimal.js";
import { formatAmount, formatPercent, type NumberStyle } from "../narrative/segments";
import type { ChartPoint, ChartSpec } from "./model";

/**
 * A chart as a self-contained SVG string (no script, no external resource, no DOM): for the CLI's --html report and
 * the pane. Every number shown — value labels, axis ticks, amounts and percentages — is computed with Decimal
 * (ROUND_HALF_UP, 2 decimals; a pie's percentages are of the exact amounts); floats appear only as SVG coordinates.
 * Null points are not drawn (an unknown amount is no bar and no slice, never a 0).
 */
export interface ChartSvgOptions {
  readonly width?: number;
  readonly height?: number;
}

const FONT = "'Microsoft YaHei','PingFang SC','WenQuanYi Zen Hei',sans-serif";
const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f", "#bab0ac"];
const TEXT = "#333333";
const GRID = "#e0e0e0";
const AXIS = "#999999";
const STYLE: NumberStyle = { thousands: true, trimWholeAmounts: false, percentDecimals: 2, trimWholePercents: false };

/** XML-escapes text and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** 1,049.22 — thousands separator, 2 decimals, half-up. */
export function chartAmount(d: Decimal): string {
  return formatAmount(d, STYLE);
}

/** A coordinate: at most 2 decimals, no trailing zeros. */
function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/** Rough width of a label in px (CJK and full-width characters are about one em, others about 0.6 em). */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]/.test(ch) ? size : size * 0.6;
  return w;
}

function text(x: number, y: number, s: string, attrs = ""): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? " " + attrs : ""}>${escapeXml(s)}</text>`;
}

export function chartSvg(spec: ChartSpec, opts: ChartSvgOptions = {}): string {
  const width = opts.width ?? 640;
  const height = opts.height ?? 360;
  const title = escapeXml(spec.title);
  const body = spec.kind === "pie" ? pieBody(spec, width, height) : columnBody(spec, width, height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-label="${title}" font-family="${FONT}" font-size="12" fill="${TEXT}">` +
    `<title>${title}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    text(width / 2, 24, spec.title, `text-anchor="middle" font-size="15" font-weight="bold"`) +
    body +
    `</svg>`
  );
}

function noData(width: number, height: number): string {
  return text(width / 2, height / 2, "无数据", `text-anchor="middle" fill="${AXIS}"`);
}

// ---------------------------------------------------------------------------------------------------------------
// Column chart

/** A step of 1, 2 or 5 × 10^k at least `rough` (rough > 0). */
function niceStep(rough: Decimal): Decimal {
  const mag = Decimal.pow(10, rough.log(10).floor());
  for (const m of [1, 2, 5, 10]) {
    const s = mag.times(m);
    if (s.greaterThanOrEqualTo(rough)) return s;
  }
  return mag.times(10);
}

/** Axis ticks from lo to hi (both multiples of the step) covering [min, max], about four intervals. */
function axisTicks(min: Decimal, max: Decimal): Decimal[] {
  const span = max.minus(min);
  if (span.isZero()) return [new Decimal(0), new Decimal(1)];
  const step = niceStep(span.div(4));
  const lo = min.div(step).floor().times(step);
  const hi = max.div(step).ceil().times(step);
  const ticks: Decimal[] = [];
  for (let t = lo; t.lessThanOrEqualTo(hi); t = t.plus(step)) ticks.push(t);
  return ticks;
}

/** A tick label: thousands separator, the decimals the step needs (0 for whole steps). */
function tickLabel(t: Decimal): string {
  const dp = Math.min(2, t.decimalPlaces());
  return formatAmount(t, { ...STYLE, trimWholeAmounts: dp === 0 });
}

function legend(names: ReadonlyArray<string>, width: number, y: number): string {
  const items = names.map((name) => ({ name, w: 14 + textWidth(name, 12) + 18 }));
  const total = items.reduce((s, i) => s + i.w, 0);
  let x = Math.max(8, (width - total) / 2);
  const out: string[] = [];
  items.forEach((it, i) => {
    out.push(`<rect x="${n(x)}" y="${n(y - 10)}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/>`);
    out.push(text(x + 14, y, it.name));
    x += it.w;
  });
  return `<g class="legend">${out.join("")}</g>`;
}

function columnBody(spec: ChartSpec, width: number, height: number): string {
  const values = spec.series.flatMap((s) => s.points.filter((p): p is ChartPoint => p !== null).map((p) => p.value));
  if (values.length === 0 || spec.categories.length === 0) return noData(width, height);
  const min = Decimal.min(0, ...values);
  const max = Decimal.max(0, ...values);
  const ticks = axisTicks(min, max);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const top = 48;
  const bottom = height - 58;
  const left = 16 + Math.max(...ticks.map((t) => textWidth(tickLabel(t), 11))) + 8;
  const right = width - 16;
  const y = (v: Decimal) => bottom - v.minus(lo).div(hi.minus(lo)).toNumber() * (bottom - top);
  const out: string[] = [];

  const grid = ticks.map(
    (t) =>
      `<line x1="${n(left)}" y1="${n(y(t))}" x2="${n(right)}" y2="${n(y(t))}" stroke="${t.isZero() ? AXIS : GRID}"/>` +
      text(left - 6, y(t) + 4, tickLabel(t), `text-anchor="end" font-size="11" fill="#666666"`),
  );
  out.push(`<g class="axis">${grid.join("")}</g>`);

  const groupW = (right - left) / spec.categories.length;
  const nSeries = Math.max(1, spec.series.length);
  const barW = Math.min(56, (groupW * 0.7) / nSeries);
  const zero = y(new Decimal(0));
  const bars: string[] = [];
  spec.categories.forEach((label, c) => {
    const x0 = left + c * groupW + (groupW - barW * nSeries) / 2;
    spec.series.forEach((s, i) => {
      const p = s.points[c];
      if (!p) return; // unknown: no bar
      const yv = y(p.value);
      const x = x0 + i * barW;
      const fill = PALETTE[i % PALETTE.length];
      bars.push(
        `<rect x="${n(x + 2)}" y="${n(Math.min(yv, zero))}" width="${n(barW - 4)}" height="${n(Math.abs(zero - yv))}" fill="${fill}">` +
          `<title>${escapeXml(`${s.name} ${label}：${chartAmount(p.value)}${spec.unit}`)}</title></rect>`,
      );
      const ly = p.value.isNegative() ? yv + 14 : yv - 4;
      bars.push(text(x + barW / 2, ly, chartAmount(p.value), `text-anchor="middle" font-size="11"`));
    });
    bars.push(text(left + c * groupW + groupW / 2, bottom + 18, label, `text-anchor="middle"`));
  });
  out.push(`<g class="bars">${bars.join("")}</g>`);
  out.push(
    legend(
      spec.series.map((s) => s.name),
      width,
      height - 14,
    ),
  );
  return out.join("");
}

// ---------------------------------------------------------------------------------------------------------------
// Pie

export interface PieSlice {
  readonly label: string;
  readonly value: Decimal;
  /** Of the exact total, half-up to 2 decimals ("84.66"). */
  readonly percent: string;
}

/** The slices a pie draws: its (first) series' known positive points, with their percentages of the exact total. */
export function pieSlices(spec: ChartSpec): PieSlice[] {
  const points = (spec.series[0]?.points ?? []).filter((p): p is ChartPoint => p !== null && p.value.greaterThan(0));
  const total = points.reduce((s, p) => s.plus(p.value), new Decimal(0));
  return points.map((p) => ({
    label: p.label,
    value: p.value,
    percent: formatPercent(p.value.div(total).times(100), STYLE),
  }));
}

function pieBody(spec: ChartSpec, width: number, height: number): string {
  const slices = pieSlices(spec);
  if (slices.length === 0) return noData(width, height);
  const top = 44;
  const r = Math.max(20, Math.min((height - top - 16) / 2, width * 0.22));
  const cx = 24 + r;
  const cy = top + (height - top) / 2 - 4;
  const total = slices.reduce((s, p) => s.plus(p.value), new Decimal(0));
  const out: string[] = [];
  const paths: string[] = [];
  const labels: string[] = [];
  let acc = new Decimal(0);
  slices.forEach((s, i) => {
    const fill = PALETTE[i % PALETTE.length];
    const tip = `<title>${escapeXml(`${s.label}：${chartAmount(s.value)}${spec.unit}，${s.percent}%`)}</title>`;
    const a0 = acc.div(total).toNumber();
    acc = acc.plus(s.value);
    const a1 = acc.div(total).toNumber();
    if (slices.length === 1) {
      // The whole: a circle (an arc from a point to itself would draw nothing).
      paths.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}" stroke="#ffffff">${tip}</circle>`);
    } else {
      const at = (f: number) => [cx + r * Math.sin(2 * Math.PI * f), cy - r * Math.cos(2 * Math.PI * f)];
      const [x0, y0] = at(a0);
      const [x1, y1] = at(a1);
      const large = a1 - a0 > 0.5 ? 1 : 0;
      paths.push(
        `<path d="M${n(cx)},${n(cy)} L${n(x0)},${n(y0)} A${n(r)},${n(r)} 0 ${large} 1 ${n(x1)},${n(y1)} Z" ` +
          `fill="${fill}" stroke="#ffffff">${tip}</path>`,
      );
    }
    if (a1 - a0 >= 0.05) {
      const mid = slices.length === 1 ? 0.5 : (a0 + a1) / 2;
      const lr = slices.length === 1 ? 0 : r * 0.62;
      const lx = cx + lr * Math.sin(2 * Math.PI * mid);
      const ly = cy - lr * Math.cos(2 * Math.PI * mid);
      labels.push(text(lx, ly + 4, `${s.percent}%`, `text-anchor="middle" font-size="12" fill="#ffffff"`));
    }
  });
  out.push(`<g class="slices">${paths.join("")}${labels.join("")}</g>`);
  const lx = cx + r + 28;
  const lineH = 22;
  const ly0 = cy - ((slices.length - 1) * lineH) / 2;
  const leg = slices.map((s, i) => {
    const y = ly0 + i * lineH;
    return (
      `<rect x="${n(lx)}" y="${n(y - 10)}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>` +
      text(lx + 18, y, `${s.label}  ${chartAmount(s.value)}${spec.unit}  ${s.percent}%`)
    );
  });
  out.push(`<g class="legend">${leg.join("")}</g>`);
  return out.join("");
}
