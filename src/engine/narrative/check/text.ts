import Decimal from "decimal.js";

/**
 * 情况说明 text: paragraphs, sentences and the numbers in them. Pure string work, no tables. A sentence ends at 。；！？
 * or a line break — the published reports use ； between the items of one paragraph (“…占 100.00%；事业收入 0.00 万元…”),
 * and each item is checked on its own.
 */

export interface Sentence {
  /** The sentence as printed, without its final 。/；. */
  readonly text: string;
  /** The same with every 【…】 slot (“【待填写：年度】”) masked by □ — same length, so offsets agree with `text`. */
  readonly plain: string;
  /** 0-based paragraph index. */
  readonly paragraph: number;
  /** 0-based index of the sentence inside its paragraph. */
  readonly index: number;
}

export interface Paragraph {
  readonly text: string;
  readonly index: number;
  readonly sentences: ReadonlyArray<Sentence>;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split(/\n+/)) {
    const t = raw.trim();
    if (t === "") continue;
    const index = out.length;
    out.push({
      text: t,
      index,
      sentences: splitSentences(t).map((s, i) => ({ text: s, plain: maskSlots(s), paragraph: index, index: i })),
    });
  }
  return out;
}

/** Sentences of one paragraph: split after 。；！？ (full or half width) — never inside a number (“1.57”). */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of paragraph) {
    if ("。；;！!？?".includes(ch)) {
      if (cur.trim() !== "") out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") out.push(cur.trim());
  return out;
}

export type NumberKind = "amount" | "percent";

export interface TextNumber {
  readonly kind: NumberKind;
  readonly value: Decimal;
  /** Decimals as printed (“8.5” → 1, “100” → 0). */
  readonly decimals: number;
  /** The number as printed, unit included (“1,049.22万元”, “94.4%”). */
  readonly raw: string;
  /** "万元" | "元" | "亿元" for amounts, "%" for percents. */
  readonly unit: string;
  /** Offsets in the sentence: [start, end). */
  readonly start: number;
  readonly end: number;
}

// A number: thousands separators (“1,049.22”) or plain digits, optional decimals; then its unit. Counts (辆, 个, 人次,
// 台) and years are not amounts and are not extracted.
const NUMBER = /(?<![\d.])(-?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(万元|亿元|元|%|％)/g;

export function extractNumbers(sentence: string): TextNumber[] {
  const out: TextNumber[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const digits = m[1].replace(/[,，]/g, "");
    const dot = digits.indexOf(".");
    const unit = m[2] === "％" ? "%" : m[2];
    out.push({
      kind: unit === "%" ? "percent" : "amount",
      value: new Decimal(digits),
      decimals: dot < 0 ? 0 : digits.length - dot - 1,
      raw: m[0],
      unit,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/** Whitespace-free form used for keyword matching (“与 2022 年度相比” → “与2022年度相比”). */
export function compact(s: string): string {
  return s.replace(/\s+/g, "");
}

/**
 * 【…】 slots of a generated text (“【待填写：上年决算数（本年收入合计）】”) are no figures and no names: masked by □,
 * keeping offsets. An unclosed 【 masks to the end.
 */
export function maskSlots(s: string): string {
  return s.replace(/【[^】]*(】|$)/g, (m) => "□".repeat(m.length));
}
