import { formatRef, parseA1 } from "../../address";
import type { AmountCell, Table, TableId, TableRow } from "../../model/table";
import { specById, tableSpecs } from "../../tables";
import { rowName, visitorFor } from "./sums";
import type { RuleVisitor, TableVisitor } from "../types";

/**
 * Shared by the 数值 rules (unreadable-cell, amount-as-text, negative-amount, excess-decimals, empty-table-nonzero):
 * the value cells of a recognised table, whatever its layout, with what each cell is.
 */

export interface ValueCell {
  readonly row: TableRow;
  /** Column role ("total", "basic", "amount", "final" …). */
  readonly role: string;
  readonly cell: AmountCell;
  /** A count (团组数, 车辆数) rather than an amount of money. */
  readonly count: boolean;
}

/**
 * Every standard table id, for rules that look at each table on its own. The 绩效 forms (layout "form") are not
 * among them: their percentages (“100%”), scores (“100分”) and 万元 figures to the yuan are the form's, checked by the
 * 绩效 rules (perf-*).
 */
export const ALL_TABLE_IDS: ReadonlyArray<TableId> = tableSpecs.filter((s) => s.layout !== "form").map((s) => s.id);

/** The same visitor for every standard table. */
export function visitAllTables(visit: TableVisitor): RuleVisitor {
  return visitorFor(ALL_TABLE_IDS, visit);
}

/** Roles of the items-table lines that are counts, from the table's spec. */
function countRoles(table: Table): Set<string> {
  const spec = specById(table.id);
  if (spec?.layout !== "items") return new Set();
  return new Set(spec.items.filter((i) => i.count).map((i) => i.role));
}

/** The value cells of a table, in sheet order (row, then column). */
export function valueCells(table: Table): ValueCell[] {
  const counts = countRoles(table);
  const out: ValueCell[] = [];
  for (const row of table.rows) {
    for (const [role, cell] of Object.entries(row.cells)) {
      out.push({ row, role, cell, count: row.role !== undefined && counts.has(row.role) });
    }
  }
  const pos = (v: ValueCell) => parseA1(v.cell.ref.address);
  return out
    .map((v) => ({ v, p: pos(v) }))
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col)
    .map((x) => x.v);
}

/** zh-CN name of a column role of any layout ("本年支出合计", "金额", "决算数"), from the table's spec. */
export function roleName(table: Table, row: TableRow, role: string): string {
  const spec = specById(table.id);
  if (!spec) return role;
  switch (spec.layout) {
    case "code-rows":
      return spec.columns.find((c) => c.role === role)?.nameZh ?? role;
    case "two-sided": {
      const side = row.side === "expense" ? spec.expense : spec.income;
      return side.columns.find((c) => c.role === role)?.nameZh ?? role;
    }
    case "items":
      return spec.measures.find((c) => c.role === role)?.nameZh ?? role;
    default:
      return "金额";
  }
}

/** "21015 医疗保障管理事务" / "本年收入合计" / "30101 基本工资" — the row as a finance user names it. */
export function lineName(row: TableRow): string {
  if (row.kind === "line") return row.label || row.role || "";
  return rowName(row);
}

/** "公开03表!E6". */
export function cellName(cell: AmountCell): string {
  return formatRef(cell.ref);
}
