import type Decimal from "decimal.js";
import type { TableId } from "./model/table";

/**
 * Findings: what a check rule emits. Every finding points at real cells ("公开03表!E6"); the first cell is the one
 * a host marks, the rest are evidence (the addends, the other side of an identity). Amounts are fixed-2 strings made
 * from Decimal, never JS numbers.
 */

export type Severity = "error" | "warning" | "info";

/** Rule categories (addin-conventions §7). */
export type RuleCategory = "表内勾稽" | "表间勾稽" | "科目编码" | "数值" | "表文一致" | "完整性" | "绩效";

/**
 * How one rule's run ended: passed; failed (it reported findings, 尾差 included); not applicable (a table it needs is
 * absent); not evaluated (it could not check, e.g. a column it needs was not mapped) — so that a host never shows
 * "通过" for a check that did not run.
 */
export type RuleStatus = "passed" | "failed" | "not-applicable" | "not-evaluated";

export interface Finding {
  /** Id of the rule that reported it ("hierarchy-sum"). */
  readonly ruleId: string;
  /** The rule's message id ("tail", "mismatch"). */
  readonly messageId: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** zh-CN text, the rule's message template with its data filled in. */
  readonly message: string;
  /** The table the finding is about (the dependent table, for a relation across tables). */
  readonly table: TableId;
  /** "Sheet!A1" references; the first is the cell to mark, the rest are evidence. Never empty. */
  readonly cells: ReadonlyArray<string>;
  /** Value recomputed from the components, fixed-2. */
  readonly expected?: string;
  /** Value printed in the workbook, fixed-2. */
  readonly actual?: string;
  /** actual − expected, fixed-2. */
  readonly difference?: string;
}

/** An amount as findings carry it: fixed to 2 decimals (ROUND_HALF_UP), no thousands separators. */
export function formatAmount(value: Decimal): string {
  const s = value.toFixed(2);
  return s === "-0.00" ? "0.00" : s;
}

/** A difference with its sign, for messages ("+0.01", "-0.01", "0.00"). */
export function formatSigned(value: Decimal): string {
  const s = formatAmount(value);
  return value.greaterThan(0) && s !== "0.00" ? `+${s}` : s;
}
