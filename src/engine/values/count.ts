import type Decimal from "decimal.js";
import type { CellValue } from "../snapshot";
import { toHalfWidth } from "./text";
import {
  decimalOfNumber,
  isDashText,
  isExcelErrorText,
  nonNumericCell,
  parseNumericText,
  trimCellText,
} from "./amount";

/** Counts: 团组数, 人次, 车辆数, 批次 … Non-negative integers, optionally with a measure word. */
export type CountParse =
  | { kind: "number"; value: Decimal; fromText: boolean; unit?: string }
  | { kind: "empty" }
  | { kind: "dash"; text: string }
  | { kind: "invalid"; text: string; reason: string };

/** Measure words accepted after a count, longest first so "人次" wins over "人". */
export const COUNT_UNITS: readonly string[] = [
  "人次",
  "批次",
  "个",
  "人",
  "辆",
  "台",
  "套",
  "次",
  "批",
  "家",
  "件",
  "项",
  "场",
];

const UNIT_SUFFIX = new RegExp(`^(.*?)\\s*(${COUNT_UNITS.join("|")})$`);

function checkCount(value: Decimal, text: string): string | undefined {
  if (value.isNegative() && !value.isZero()) return `数量不能为负数：${text}`;
  if (!value.isInteger()) return `数量应为整数：${text}`;
  return undefined;
}

/**
 * Numbers: 3, 28, 0, 0.0 → 0. Text: "3", "27人", "4次", "92 人", "1,200", "３个". Negative or fractional → invalid.
 */
export function parseCount(v: CellValue): CountParse {
  if (v === null || v === undefined) return { kind: "empty" };
  const bad = nonNumericCell(v, "数量");
  if (bad) return bad;
  if (typeof v === "number") {
    const d = decimalOfNumber(v);
    if (!d) return { kind: "invalid", text: String(v), reason: `不是有限数值：${String(v)}` };
    const reason = checkCount(d, String(v));
    if (reason) return { kind: "invalid", text: String(v), reason };
    return { kind: "number", value: d, fromText: false };
  }
  if (typeof v !== "string") return { kind: "invalid", text: String(v), reason: "无法识别为数量" };

  const raw = trimCellText(v);
  if (raw === "") return { kind: "empty" };
  if (isDashText(raw)) return { kind: "dash", text: raw };
  if (isExcelErrorText(raw)) return { kind: "invalid", text: raw, reason: `单元格文本为错误值${raw}，不是数量` };

  let s = toHalfWidth(raw);
  let unit: string | undefined;
  const m = UNIT_SUFFIX.exec(s);
  if (m) {
    unit = m[2];
    s = m[1];
    if (trimCellText(s) === "") return { kind: "invalid", text: raw, reason: `只有单位没有数量：${raw}` };
  }
  const n = parseNumericText(s, "数量");
  if (!n.ok) return { kind: "invalid", text: raw, reason: n.reason };
  const reason = checkCount(n.value, raw);
  if (reason) return { kind: "invalid", text: raw, reason };
  return unit === undefined
    ? { kind: "number", value: n.value, fromText: true }
    : { kind: "number", value: n.value, fromText: true, unit };
}
