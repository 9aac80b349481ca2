import { toHalfWidth } from "./text";

export type MoneyUnit = "元" | "千元" | "万元" | "亿元";

/** A table's unit line. `unit` as printed (half-width, no spaces), `money` when it is a money unit. */
export interface UnitInfo {
  unit: string;
  money?: MoneyUnit;
  /** The cell text it came from. */
  text: string;
}

const MONEY_UNITS: readonly MoneyUnit[] = ["元", "千元", "万元", "亿元"];

/** A short list of measure words: "台、辆、套", "个", "人/次". */
const MEASURE_LIST = /^[台辆套个人次元](?:[、,/]?[台辆套个人次元])*$/;
const MAX_MEASURE_LIST = 6;

/**
 * "单位" followed by ":" or "(" and the unit text, up to a closing bracket, white space or punctuation.
 * "单位名称", "实施单位", "部门（单位）名称" have neither and never match.
 */
const UNIT_LABEL = /单位\s*(?::|\()\s*([^\s)\];:，；。]*)/g;

/**
 * Finds the unit in a header line: "单位：万元", "金额单位：万元", "单位: 万元", "单位（万元）", "（单位：万元）",
 * "编制部门：丹凤县医疗保障局 … 单位：万元", "单位：台、辆、套" (no money). "单位：景德镇市珠山区医疗保障局" names an
 * organisation, not a unit: only a money unit or a short list of measure words counts.
 */
export function parseUnit(text: string): UnitInfo | null {
  const s = toHalfWidth(text);
  UNIT_LABEL.lastIndex = 0;
  for (let m = UNIT_LABEL.exec(s); m !== null; m = UNIT_LABEL.exec(s)) {
    // "台,辆" is a list; "万元,2024年度" is a unit followed by other text.
    for (const value of new Set([m[1], m[1].split(",")[0]])) {
      if (value === "") continue;
      const money = MONEY_UNITS.find((u) => u === value);
      if (money) return { unit: value, money, text };
      if (value.length <= MAX_MEASURE_LIST && MEASURE_LIST.test(value)) return { unit: value, text };
    }
  }
  return null;
}
