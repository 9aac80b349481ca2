import Decimal from "decimal.js";
import type { CellValue } from "../snapshot";
import { toHalfWidth } from "./text";

/**
 * Parsing of money cells. Amounts are decimal.js values; a JS number from the host is converted once, through its
 * shortest round-trip text (`new Decimal(String(v))`), and never used in arithmetic.
 */
export type AmountParse =
  | { kind: "number"; value: Decimal; decimals: number; fromText: boolean } // decimals: shown decimals
  | { kind: "empty" } // null, "", whitespace only
  | { kind: "dash"; text: string } // "—", "-", "--", "---", "–", "——", "－" …: "no value", distinct from 0
  | { kind: "invalid"; text: string; reason: string };

/** Upper bound for `decimals` taken from a number's own digits (binary noise such as 0.30000000000000004). */
export const MAX_SHOWN_DECIMALS = 10;

/** Characters that, on their own (one or more, possibly spaced), mean "no value". */
const DASH_ONLY = /^[-‐‑‒–—―−﹣－─━]+$/;

/** Minus signs seen in front of numbers (after half-width conversion "－" is already "-"). */
const MINUS = /^[-‐‑‒–−﹣]/;

const EXCEL_ERRORS =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** Text trimmed of ordinary, no-break and ideographic white space. */
export function trimCellText(s: string): string {
  return s.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, "");
}

/** True for cell text that is only dashes ("—", "--", "---", "－", "— —"): printed "no value". */
export function isDashText(s: string): boolean {
  const t = toHalfWidth(trimCellText(s)).replace(/[\s\u00a0]+/g, "");
  return t.length > 0 && DASH_ONLY.test(t);
}

/** True for an Excel error value typed as text ("#REF!", "#DIV/0!" …). */
export function isExcelErrorText(s: string): boolean {
  return EXCEL_ERRORS.test(toHalfWidth(trimCellText(s)));
}

// ---------------------------------------------------------------------------------------------------------------
// Number formats

/** First section of a number format with literals ("…", \x, _x, *x) and [..] blocks removed. */
function formatCore(numberFormat: string): string {
  const first = splitFormatSections(numberFormat)[0] ?? "";
  return first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function splitFormatSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === "\\" && !inQuote && i + 1 < fmt.length) {
      cur += ch + fmt[i + 1];
      i++;
      continue;
    }
    if (ch === ";" && !inQuote) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** True when the number format shows the value as a percentage ("0.00%", "0%"). */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  return formatCore(numberFormat).includes("%");
}

/**
 * Decimals a number format shows, or undefined when the format does not fix them ("General", "@", date and
 * scientific formats, or an optional-digit fraction such as "0.##").
 * "#,##0.00" → 2, "0.0" → 1, "0" / "#,##0" → 0, "0.00%" → 2 (of the percentage).
 */
export function formatDecimals(numberFormat: string | undefined): number | undefined {
  if (!numberFormat) return undefined;
  // A workbook uses a handful of formats over many thousands of cells.
  if (decimalsByFormat.has(numberFormat)) return decimalsByFormat.get(numberFormat);
  const d = computeFormatDecimals(numberFormat);
  decimalsByFormat.set(numberFormat, d);
  return d;
}

const decimalsByFormat = new Map<string, number | undefined>();

function computeFormatDecimals(numberFormat: string): number | undefined {
  const core = formatCore(numberFormat).trim();
  if (core === "" || /^general$/i.test(core) || core === "@") return undefined;
  if (/[eE][+-]/.test(core)) return undefined; // scientific
  if (/[ymdhs]/i.test(core.replace(/general/gi, ""))) return undefined; // dates and times
  if (!/[0#?]/.test(core)) return undefined;
  const m = /\.([0#?]+)/.exec(core);
  if (!m) return 0;
  const frac = m[1];
  if (/^0+$/.test(frac)) return frac.length;
  return undefined; // "0.0#": the shown decimals depend on the value
}

/** Decimals of a number's own text ("58.1" → 1, "1e-7" → 7), capped at MAX_SHOWN_DECIMALS. */
function ownDecimals(d: Decimal): number {
  return Math.min(d.decimalPlaces(), MAX_SHOWN_DECIMALS);
}

/** Shown decimals for an optional-digit format ("0.0#"): at least the fixed zeros, at most the placeholders. */
function boundedDecimals(numberFormat: string | undefined, d: Decimal): number {
  if (numberFormat) {
    const core = formatCore(numberFormat);
    const m = /\.([0#?]+)/.exec(core);
    if (m && !/[eE][+-]/.test(core)) {
      const min = (/^0*/.exec(m[1]) ?? [""])[0].length;
      return Math.max(min, Math.min(d.decimalPlaces(), m[1].length));
    }
  }
  return ownDecimals(d);
}

/** Shown decimals of a stored number under a number format. */
export function shownDecimals(d: Decimal, numberFormat: string | undefined): number {
  const fixed = formatDecimals(numberFormat);
  if (fixed !== undefined) return fixed;
  return boundedDecimals(numberFormat, d);
}

// ---------------------------------------------------------------------------------------------------------------
// Numeric text

export type NumericText = { ok: true; value: Decimal; decimals: number } | { ok: false; reason: string };

/**
 * Parses the digits of a printed number, already half-width and trimmed, sign included: "1,049.22", "1, 049. 22"
 * (PDF extraction spacing), "1 049.22", "-12", "−12", "(12.00)". No currency, unit or percent sign.
 * `what` names the kind of value for messages ("金额", "百分比", "数量").
 */
export function parseNumericText(text: string, what = "数值"): NumericText {
  let s = trimCellText(text);
  const original = s;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = trimCellText(paren[1]);
  }
  if (MINUS.test(s)) {
    if (negative) return { ok: false, reason: `负号重复：${original}` };
    negative = true;
    s = trimCellText(s.slice(1));
  } else if (s.startsWith("+") && !negative) {
    s = trimCellText(s.slice(1));
  }
  if (s === "") return { ok: false, reason: `无法识别为${what}：${original}` };

  // PDF extraction spacing: white space next to a separator is dropped; white space between digits is a
  // thousands separator (checked below like a comma).
  s = s.replace(/[\s\u00a0\u2009\u202f]*([,.])[\s\u00a0\u2009\u202f]*/g, "$1");
  s = s.replace(/(\d)[\s\u00a0\u2009\u202f]+(?=\d)/g, "$1,");

  if (!/^[\d,.]+$/.test(s)) return { ok: false, reason: `无法识别为${what}：${original}` };
  const dots = s.split(".").length - 1;
  if (dots > 1) {
    return {
      ok: false,
      reason: `${s.includes("..") ? "小数点连续" : "小数点多于一个"}，无法识别为${what}：${original}`,
    };
  }
  const [intPart, fracPart] = s.split(".");
  if (fracPart !== undefined) {
    if (fracPart === "") return { ok: false, reason: `小数点后缺少数字：${original}` };
    if (fracPart.includes(",")) return { ok: false, reason: `小数部分含分隔符，无法识别为${what}：${original}` };
  }
  let digits = intPart;
  if (intPart.includes(",")) {
    if (!/^\d{1,3}(?:,\d{3})+$/.test(intPart)) {
      return { ok: false, reason: `千分位分隔符位置不正确：${original}` };
    }
    digits = intPart.replace(/,/g, "");
  } else if (intPart === "" && fracPart === undefined) {
    return { ok: false, reason: `无法识别为${what}：${original}` };
  }
  const body = (digits === "" ? "0" : digits) + (fracPart !== undefined ? "." + fracPart : "");
  let value = new Decimal(body);
  if (negative && !value.isZero()) value = value.negated();
  return { ok: true, value, decimals: fracPart?.length ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** Non-number, non-text cells (booleans, dates, errors) as an invalid result; undefined for numbers and text. */
export function nonNumericCell(
  v: CellValue,
  what: string,
): { kind: "invalid"; text: string; reason: string } | undefined {
  if (typeof v === "boolean") {
    const text = v ? "TRUE" : "FALSE";
    return { kind: "invalid", text, reason: `逻辑值不是${what}：${text}` };
  }
  if (v !== null && typeof v === "object") {
    if ("error" in v) return { kind: "invalid", text: v.error, reason: `单元格为错误值${v.error}，不是${what}` };
    if ("date" in v) return { kind: "invalid", text: v.date, reason: `日期不是${what}：${v.date}` };
  }
  return undefined;
}

/** Decimal of a finite JS number through its shortest round-trip text, or undefined for NaN/Infinity. */
export function decimalOfNumber(v: number): Decimal | undefined {
  if (!Number.isFinite(v)) return undefined;
  return new Decimal(String(v === 0 ? 0 : v)); // -0 → 0
}

/**
 * A money cell. Numbers: exact decimal of the stored value; `decimals` from the number format when it fixes them
 * ("#,##0.00" → 2), else from the number itself. Text: see parseNumericText, plus an optional leading ¥/￥.
 * Text with a unit ("12万元"), a percent sign or anything else is invalid, with a Chinese reason.
 */
export function parseAmount(v: CellValue, numberFormat?: string): AmountParse {
  if (v === null || v === undefined) return { kind: "empty" };
  const bad = nonNumericCell(v, "金额");
  if (bad) return bad;
  if (typeof v === "number") {
    const d = decimalOfNumber(v);
    if (!d) return { kind: "invalid", text: String(v), reason: `不是有限数值：${String(v)}` };
    let decimals = shownDecimals(d, numberFormat);
    if (isPercentFormat(numberFormat) && formatDecimals(numberFormat) !== undefined) decimals += 2; // 0.00% of 0.9993
    return { kind: "number", value: d, decimals, fromText: false };
  }
  if (typeof v !== "string") return { kind: "invalid", text: String(v), reason: "无法识别为金额" };

  const raw = trimCellText(v);
  if (raw === "") return { kind: "empty" };
  if (isDashText(raw)) return { kind: "dash", text: raw };
  if (isExcelErrorText(raw)) return { kind: "invalid", text: raw, reason: `单元格文本为错误值${raw}，不是金额` };

  let s = toHalfWidth(raw);
  if (/(?:万元|千元|亿元|元)\s*\)?$/.test(s)) {
    return { kind: "invalid", text: raw, reason: `金额单元格中带有单位：${raw}` };
  }
  if (/[%‰]\s*\)?$/.test(s)) return { kind: "invalid", text: raw, reason: `金额单元格中带有百分号：${raw}` };
  // Currency sign: "¥12", "-¥12", "¥-12", "(¥12)".
  s = s.replace(/^([-‐‑‒–−﹣(+]?\s*)[¥￥]\s*/, "$1");
  const n = parseNumericText(s, "金额");
  if (!n.ok) return { kind: "invalid", text: raw, reason: n.reason };
  return { kind: "number", value: n.value, decimals: n.decimals, fromText: true };
}
