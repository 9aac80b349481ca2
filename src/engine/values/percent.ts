import type Decimal from "decimal.js";
import type { CellValue } from "../snapshot";
import { toHalfWidth } from "./text";
import {
  decimalOfNumber,
  formatDecimals,
  isDashText,
  isExcelErrorText,
  isPercentFormat,
  nonNumericCell,
  parseNumericText,
  shownDecimals,
  trimCellText,
} from "./amount";

/** A percentage, in percentage points: "86.67%" → 86.67. */
export type PercentParse =
  | { kind: "number"; value: Decimal; decimals: number; fromText: boolean; hadPercentSign: boolean }
  | { kind: "empty" }
  | { kind: "dash"; text: string }
  | { kind: "invalid"; text: string; reason: string };

/**
 * Numbers: in percentage points as stored (99.93 → 99.93), except under a percent number format ("0.00%"), where
 * Excel stores the fraction: 0.9993 → 99.93 exactly (decimal ×100) and `hadPercentSign` is true.
 * Text: "100%", "86.67%", "-100%", "12.5 %", "８６．６７％"; without a sign ("99.93") the text is taken as points.
 * Targets and comparisons ("≥90%", "= 100%") are not values: invalid.
 */
export function parsePercent(v: CellValue, numberFormat?: string): PercentParse {
  if (v === null || v === undefined) return { kind: "empty" };
  const bad = nonNumericCell(v, "百分比");
  if (bad) return bad;
  if (typeof v === "number") {
    const d = decimalOfNumber(v);
    if (!d) return { kind: "invalid", text: String(v), reason: `不是有限数值：${String(v)}` };
    if (isPercentFormat(numberFormat)) {
      const points = d.times(100);
      const fixed = formatDecimals(numberFormat);
      const decimals = fixed ?? shownDecimals(points, undefined);
      return { kind: "number", value: points, decimals, fromText: false, hadPercentSign: true };
    }
    return {
      kind: "number",
      value: d,
      decimals: shownDecimals(d, numberFormat),
      fromText: false,
      hadPercentSign: false,
    };
  }
  if (typeof v !== "string") return { kind: "invalid", text: String(v), reason: "无法识别为百分比" };

  const raw = trimCellText(v);
  if (raw === "") return { kind: "empty" };
  if (isDashText(raw)) return { kind: "dash", text: raw };
  if (isExcelErrorText(raw)) return { kind: "invalid", text: raw, reason: `单元格文本为错误值${raw}，不是百分比` };

  let s = toHalfWidth(raw);
  let hadPercentSign = false;
  const m = /^(.*?)\s*%(\s*\))?$/.exec(s); // "12.5 %", "(5.00%)"
  if (m) {
    hadPercentSign = true;
    s = m[1] + (m[2] ?? "");
    if (s.includes("%")) return { kind: "invalid", text: raw, reason: `百分号重复：${raw}` };
  } else if (s.includes("%")) {
    return { kind: "invalid", text: raw, reason: `百分号位置不正确：${raw}` };
  }
  if (/^[≥≤><=≈]/.test(trimCellText(s))) {
    return { kind: "invalid", text: raw, reason: `这是目标值或比较式，不是百分比数值：${raw}` };
  }
  const n = parseNumericText(s, "百分比");
  if (!n.ok) return { kind: "invalid", text: raw, reason: n.reason };
  return { kind: "number", value: n.value, decimals: n.decimals, fromText: true, hadPercentSign };
}
