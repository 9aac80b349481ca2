import Decimal from "decimal.js";
import { parseA1 } from "../../address";
import { formatSigned } from "../../findings";
import type { AmountCell, Table, TableId, TableRow } from "../../model/table";
import { specById } from "../../tables";
import { compareSum, type SumComparison } from "../../tolerance";
import type { MessageData, RuleContext } from "../types";
import { unreadable, valueOf } from "./sums";

/**
 * Shared by the 绩效 rules (perf-*): the rows and cells of a recognised form (form.ts), and one comparison of a printed
 * figure with its parts under the project's tolerance policy, reported with the figures' own decimals (30.937 万元 stays
 * 30.937 in expected/actual/difference).
 */

export const SELF_FORMS: ReadonlyArray<TableId> = ["perf-project-self", "perf-dept-self"];
export const SCORE_TABLES: ReadonlyArray<TableId> = [
  "perf-project-self",
  "perf-dept-self",
  "perf-eval-scores",
  "perf-eval-indicators",
];

/** “产出指标（50分）”, “部门规划计划(5 分)” → 50, 5: the 分 a heading states. */
export function statedPoints(label: string): Decimal | undefined {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(label);
  return m ? new Decimal(m[1]) : undefined;
}

/** A cell holding a number (not blank, not a dash, not unreadable). */
export function num(cell: AmountCell | undefined): cell is AmountCell & { value: Decimal } {
  return cell !== undefined && cell.value !== null;
}

export function rowsOf(table: Table, section: string): TableRow[] {
  return table.rows.filter((r) => r.section === section);
}

/** The indicator rows (not the 总分/合计 line). */
export function indicatorRows(table: Table): TableRow[] {
  return rowsOf(table, "indicators").filter((r) => r.kind !== "total");
}

/** The 总分 / 合计 line of the indicator grid. */
export function totalLine(table: Table): TableRow | undefined {
  return rowsOf(table, "indicators").find((r) => r.kind === "total");
}

/** A field of the form (“收入预算合计”) by role. */
export function field(table: Table, role: string): AmountCell | undefined {
  return table.rows.find((r) => r.section === "fields" && r.role === role)?.cells.value;
}

/** The printed header of a mapped column (“得分(20分*执行率)”). */
export function columnHeader(table: Table, cell: AmountCell): string {
  const at = parseA1(cell.ref.address).col;
  const col = table.columns.find((c) => c.col === at);
  return col?.header ?? "";
}

/** zh-CN name of a form column role, from the spec. */
export function formColumnName(table: Table, role: string): string {
  const spec = specById(table.id);
  if (spec?.layout !== "form") return role;
  for (const g of spec.grids) {
    const c = g.columns.find((x) => x.role === role);
    if (c) return c.nameZh;
  }
  return role;
}

/** The number of decimals to show a comparison with: the most any of its cells shows, at least 2. */
export function shownDecimals(cells: ReadonlyArray<AmountCell>): number {
  let d = 2;
  for (const c of cells) if (c.value !== null) d = Math.max(d, c.value.decimalPlaces());
  return d;
}

export interface PerfSum {
  readonly total: AmountCell;
  readonly addends: ReadonlyArray<AmountCell>;
  /** Evidence cells besides the addends (the other side of a cross-table comparison). */
  readonly evidence?: ReadonlyArray<AmountCell>;
  readonly data: MessageData;
  readonly what: string;
  /** messageIds for 尾差 and mismatch. */
  readonly tail?: string;
  readonly mismatch: string;
  /** Severity of a mismatch (default: the rule's). */
  readonly severity?: "error" | "warning";
  /** Marked cell when it is not the total (a row printing the same figure twice: the first). */
  readonly mark?: AmountCell;
  /** The table the finding belongs to (required from a Workbook visitor). */
  readonly table?: Table;
}

/**
 * total vs Σ addends under the tolerance policy (tolerance.ts): exact → nothing; within n × 0.005 → 尾差 (info);
 * beyond → mismatch. Amounts travel as strings with the figures' own decimals.
 */
export function checkPerfSum(ctx: RuleContext<unknown>, s: PerfSum): SumComparison | undefined {
  const bad = [s.total, ...s.addends].filter(unreadable);
  if (bad.length > 0) {
    ctx.notEvaluated(`${s.what}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为数值，未比较`, s.table);
    return undefined;
  }
  const cmp = compareSum(valueOf(s.total), s.addends.map(valueOf), 2);
  if (cmp.status === "equal") return cmp;
  const d = shownDecimals([s.total, ...s.addends]);
  const fmt = (v: Decimal) => v.toFixed(d);
  const tail = cmp.status === "tail";
  const mark = s.mark ?? s.total;
  const cells = [mark, ...(mark === s.total ? [] : [s.total]), ...s.addends, ...(s.evidence ?? [])];
  ctx.report({
    ...(s.table && { table: s.table }),
    messageId: tail ? (s.tail ?? s.mismatch) : s.mismatch,
    severity: tail ? "info" : s.severity,
    cells: cells.map((c) => c.ref),
    data: {
      ...s.data,
      actual: fmt(cmp.actual),
      expected: fmt(cmp.expected),
      difference: cmp.difference.isNeg() ? fmt(cmp.difference) : `+${fmt(cmp.difference)}`,
      allowance: cmp.allowance.toFixed(),
      n: cmp.nonZeroAddends,
    },
    expected: fmt(cmp.expected),
    actual: fmt(cmp.actual),
    difference: fmt(cmp.difference),
  });
  return cmp;
}

export { formatSigned };
