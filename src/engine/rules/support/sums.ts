import Decimal from "decimal.js";
import { formatSigned } from "../../findings";
import type { AmountCell, Table, TableId, TableRow } from "../../model/table";
import { specById, tableSpecs } from "../../tables";
import type { CodeRowsSpec } from "../../tables/spec";
import { compareSum, type SumComparison } from "../../tolerance";
import type { MessageData, RuleContext, RuleVisitor, TableVisitor } from "../types";

/**
 * Shared by the sum rules (hierarchy-sum, row-identity): one comparison of a printed total with its addends under
 * the project's tolerance policy (tolerance.ts), reported the same way everywhere.
 */

export interface SumOptions {
  /** Decimals the amounts are shown with; each non-zero addend may be off by half a unit of the last one. */
  readonly decimals: number;
}

export const DEFAULT_SUM_OPTIONS: SumOptions = { decimals: 2 };

/** Rejects options the tolerance cannot use; the runner turns the throw into "not-evaluated" with this reason. */
export function checkSumOptions(options: SumOptions): void {
  const d = options.decimals;
  if (!Number.isInteger(d) || d < 0 || d > 6)
    throw new Error(`选项 decimals 必须是 0 到 6 之间的整数（收到 ${String(d)}）`);
}

/** Ids of the code-rows tables (合计 + 类/款/项 rows), optionally only those whose spec passes `filter`. */
export function codeRowsTableIds(filter: (spec: CodeRowsSpec) => boolean = () => true): TableId[] {
  return tableSpecs.filter((s): s is CodeRowsSpec => s.layout === "code-rows" && filter(s)).map((s) => s.id);
}

/** The same visitor for each of the given tables. */
export function visitorFor(ids: ReadonlyArray<TableId>, visit: TableVisitor): RuleVisitor {
  return Object.fromEntries(ids.map((id) => [id, visit])) as RuleVisitor;
}

/** A blank or dash cell counts as 0 (and, being zero, not as a non-zero addend). */
export function valueOf(cell: AmountCell): Decimal {
  return cell.value ?? new Decimal(0);
}

/** A cell the recogniser could not read ("abc", "#REF!"): no value, and not a blank or a dash. */
export function unreadable(cell: AmountCell): boolean {
  return cell.value === null && cell.empty === undefined;
}

/** The code-rows spec of a table, if the table has that layout. */
export function codeRowsSpec(table: Table): CodeRowsSpec | undefined {
  const spec = specById(table.id);
  return spec?.layout === "code-rows" ? spec : undefined;
}

/** zh-CN name of a column role ("本年支出合计"), from the table's spec. */
export function columnName(table: Table, role: string): string {
  return codeRowsSpec(table)?.columns.find((c) => c.role === role)?.nameZh ?? role;
}

/** Mapped amount columns in sheet order. */
export function mappedRoles(table: Table): string[] {
  return [...table.columns].sort((a, b) => a.col - b.col).map((c) => c.role);
}

/** "合计" or "21015 医疗保障管理事务". */
export function rowName(row: TableRow): string {
  if (row.code) return row.label ? `${row.code.code} ${row.label}` : row.code.code;
  return row.label || "合计";
}

export interface SumCheck {
  /** The printed total: the cell that is marked. */
  readonly total: AmountCell;
  /** The addends, in sheet order: evidence cells. */
  readonly addends: ReadonlyArray<AmountCell>;
  /** Message data besides the amounts (which are added here: actual, expected, difference, allowance, n). */
  readonly data: MessageData;
  /** What is compared, for the reason when a cell cannot be read ("21015 医疗保障管理事务 本年支出合计"). */
  readonly what: string;
}

/**
 * Compares and reports: exact → nothing; within n × half a unit (inclusive) → messageId "tail", severity info;
 * beyond → messageId "mismatch" at the rule's severity. Expected/actual/difference always travel with the finding.
 * An unreadable cell among them makes this comparison not evaluated.
 */
export function checkSum(ctx: RuleContext<SumOptions>, check: SumCheck): SumComparison | undefined {
  const bad = [check.total, ...check.addends].filter(unreadable);
  if (bad.length > 0) {
    ctx.notEvaluated(`${check.what}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为金额，未比较`);
    return undefined;
  }
  const cmp = compareSum(valueOf(check.total), check.addends.map(valueOf), ctx.options.decimals);
  if (cmp.status === "equal") return cmp;
  ctx.report({
    messageId: cmp.status === "tail" ? "tail" : "mismatch",
    severity: cmp.status === "tail" ? "info" : undefined,
    cells: [check.total.ref, ...check.addends.map((c) => c.ref)],
    data: {
      ...check.data,
      actual: cmp.actual,
      expected: cmp.expected,
      difference: formatSigned(cmp.difference),
      allowance: cmp.allowance.toFixed(),
      n: cmp.nonZeroAddends,
    },
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
  });
  return cmp;
}
