import Decimal from "decimal.js";
import type { AmountCell, Table, TableRow } from "../../model/table";
import { specById } from "../../tables";
import type { ItemsSpec, LineSpec, TwoSidedSpec } from "../../tables/spec";
import type { MessageData, RuleContext } from "../types";
import { unreadable, valueOf } from "./sums";

/**
 * Helpers for the identities of the named-line tables (01/04 two-sided, 06 econ-blocks, 09/10 items): finding lines by
 * their declared role, naming them and their columns from the specs, and the exact comparison of counts (10表).
 * Amount comparisons go through support/sums.ts (checkSum), i.e. through the one tolerance policy.
 */

export type Side = "income" | "expense";

/** The two-sided spec of a table (01/04), if it has that layout. */
export function twoSidedSpec(table: Table): TwoSidedSpec | undefined {
  const spec = specById(table.id);
  return spec?.layout === "two-sided" ? spec : undefined;
}

/** The items spec of a table (09/10), if it has that layout. */
export function itemsSpec(table: Table): ItemsSpec | undefined {
  const spec = specById(table.id);
  return spec?.layout === "items" ? spec : undefined;
}

/** The first named line with this role (on this side, for 01/04). */
export function lineOf(table: Table, role: string, side?: Side): TableRow | undefined {
  return table.rows.find((r) => r.kind === "line" && r.role === role && (side === undefined || r.side === side));
}

/** Column roles of one side of a two-sided table, in sheet order ("amount"; "total", "gpb", "fund", "soe"). */
export function sideRoles(table: Table, side: Side): string[] {
  const prefix = `${side}.`;
  return [...table.columns]
    .filter((c) => c.role.startsWith(prefix))
    .sort((a, b) => a.col - b.col)
    .map((c) => c.role.slice(prefix.length));
}

/** zh-CN name of a column of one side ("金额", "一般公共预算财政拨款"). */
export function sideColumnName(table: Table, side: Side, role: string): string {
  return twoSidedSpec(table)?.[side].columns.find((c) => c.role === role)?.nameZh ?? role;
}

/** The spec of a line role on one side. */
export function sideLineSpec(table: Table, side: Side, role: string): LineSpec | undefined {
  return twoSidedSpec(table)?.[side].lines.find((l) => l.role === role);
}

/** Ordinal prefixes as the templates print them: "九、", "1.", "（2）", "其中：". */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[.、．]\s*|[（(]\d{1,2}[)）]|其中[:：]?)/;

/** A printed label without its ordinal prefixes ("九、卫生健康支出" → "卫生健康支出"). */
export function plainLabel(label: string): string {
  let l = label.trim();
  for (let prev = ""; prev !== l;) {
    prev = l;
    l = l.replace(ORDINAL, "").trim();
  }
  return l;
}

/** A line's name for messages: the spec's standard name for a declared line, the printed name for a 类 line. */
export function lineName(table: Table, row: TableRow): string {
  if (row.role && row.role !== "class") {
    const spec =
      row.side !== undefined
        ? sideLineSpec(table, row.side, row.role)
        : itemsSpec(table)?.items.find((i) => i.role === row.role);
    if (spec) return spec.nameZh;
  }
  return plainLabel(row.label) || row.label;
}

/** "A + B之和" for several addends, the one name alone for one. */
export function sumOf(names: ReadonlyArray<string>): string {
  return names.length === 1 ? names[0] : `${names.join(" + ")}之和`;
}

/** A dash ("—", "---") is printed where a measure does not apply: no value, unlike a blank (which reads as 0). */
export function isDash(cell: AmountCell | undefined): boolean {
  return cell !== undefined && cell.value === null && cell.empty === "dash";
}

export interface CountCheck {
  /** The printed total: the cell that is marked. */
  readonly total: AmountCell;
  /** The addends, in sheet order: evidence cells. */
  readonly addends: ReadonlyArray<AmountCell>;
  /** Message data besides the amounts (added here: actual, expected, difference). */
  readonly data: MessageData;
  /** What is compared, for the reason when a cell cannot be read. */
  readonly what: string;
}

/**
 * Counts (车辆数, 台/套) are whole numbers, not rounded amounts: there is no 尾差, so any difference is a mismatch
 * (messageId "mismatch", the rule's severity). Blank and dash count as 0; an unreadable cell makes the comparison not
 * evaluated. Message data shows the counts as integers; expected/actual/difference travel fixed-2 like every finding.
 */
export function checkCountSum(ctx: RuleContext<unknown>, check: CountCheck): boolean {
  const bad = [check.total, ...check.addends].filter(unreadable);
  if (bad.length > 0) {
    ctx.notEvaluated(`${check.what}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为数量，未比较`);
    return false;
  }
  const actual = valueOf(check.total);
  const expected = check.addends.reduce((s, c) => s.plus(valueOf(c)), new Decimal(0));
  const difference = actual.minus(expected);
  if (difference.isZero()) return true;
  ctx.report({
    messageId: "mismatch",
    cells: [check.total.ref, ...check.addends.map((c) => c.ref)],
    data: {
      ...check.data,
      actual: actual.toFixed(0),
      expected: expected.toFixed(0),
      difference: difference.greaterThan(0) ? `+${difference.toFixed(0)}` : difference.toFixed(0),
    },
    expected,
    actual,
    difference,
  });
  return false;
}
