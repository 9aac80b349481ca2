import { formatSigned, type Severity } from "../findings";
import type { AmountCell, Table } from "../model/table";
import {
  cellValue,
  conditionStatus,
  describeRelation,
  isEachRelation,
  matchEach,
  relations,
  relationTables,
  resolveCellRelation,
  resolveEach,
  sumName,
  tableName,
  tablesOf,
  type CellRelation,
  type EachItem,
  type EachRelation,
  type Relation,
  type ResolvedCell,
} from "../relations";
import { compareSum } from "../tolerance";
import { checkSum, checkSumOptions, DEFAULT_SUM_OPTIONS, unreadable, type SumOptions } from "./support/sums";
import type { RuleContext, RuleModule, TableSet } from "./types";

/** The "=" relations of src/engine/relations.ts. */
const EQUALITIES: ReadonlyArray<Relation> = relations.filter((r) => r.op === "=");

const TABLES = tablesOf(EQUALITIES);

/**
 * A context whose reports belong to the relation's anchor table and carry the relation's severity for a mismatch
 * (checkSum leaves it unset; a 尾差 stays info).
 */
function scoped(ctx: RuleContext<SumOptions>, table: Table, severity: Severity): RuleContext<SumOptions> {
  return {
    ...ctx,
    report: (d) => ctx.report({ ...d, table, severity: d.severity ?? severity }),
    notEvaluated: (reason, t) => ctx.notEvaluated(reason, t ?? table),
  };
}

/**
 * One side is printed, the other table has no such row (a per-code relation, or an empty table without its 合计
 * row): the missing side counts as 0, under the same tolerance.
 */
function reportUnmatched(
  ctx: RuleContext<SumOptions>,
  r: Relation,
  anchorTable: Table,
  present: { name: string; cells: ReadonlyArray<AmountCell>; isAnchor: boolean },
  missing: { table: Table; what: string },
): void {
  const bad = present.cells.filter(unreadable);
  if (bad.length > 0) {
    ctx.notEvaluated(
      `${present.name}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为金额，未与${tableName(missing.table.id)}比较`,
      anchorTable,
    );
    return;
  }
  const values = present.cells.map((c) => cellValue(c));
  const cmp = present.isAnchor
    ? compareSum(
        values.reduce((s, v) => s.plus(v)),
        [],
        ctx.options.decimals,
      )
    : compareSum(cellValue(null), values, ctx.options.decimals);
  if (cmp.status === "equal") return;
  ctx.report({
    messageId: "unmatched",
    table: anchorTable,
    severity: cmp.status === "tail" ? "info" : r.severity,
    cells: present.cells.map((c) => c.ref),
    data: {
      present: present.name,
      value: present.isAnchor ? cmp.actual : cmp.expected,
      table: tableName(missing.table.id),
      what: missing.what,
      difference: formatSigned(cmp.difference),
    },
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
  });
}

function evaluateCells(ctx: RuleContext<SumOptions>, r: CellRelation, tables: TableSet): void {
  const sides = resolveCellRelation(r, tables);
  if (sides.status === "absent") return;
  if (sides.status === "unmapped") {
    ctx.notEvaluated(`${sides.reason}，无法核对 ${describeRelation(r)}`, sides.table);
    return;
  }
  const { anchor, others } = sides;
  const printed = others.filter((o): o is ResolvedCell & { cell: AmountCell } => o.cell !== null);
  const otherName = sumName(others.map((o) => ({ table: o.table.id, name: o.name })));
  if (anchor.cell === null) {
    reportUnmatched(
      ctx,
      r,
      anchor.table,
      { name: otherName, cells: printed.map((o) => o.cell), isAnchor: false },
      { table: anchor.table, what: `${anchor.row}（空表）` },
    );
    return;
  }
  if (printed.length === 0) {
    reportUnmatched(
      ctx,
      r,
      anchor.table,
      { name: anchor.name, cells: [anchor.cell], isAnchor: true },
      { table: others[0].table, what: `${others[0].row}（空表）` },
    );
    return;
  }
  checkSum(scoped(ctx, anchor.table, r.severity), {
    total: anchor.cell,
    addends: printed.map((o) => o.cell),
    data: { anchor: anchor.name, other: otherName },
    what: describeRelation(r),
  });
}

function evaluateEach(ctx: RuleContext<SumOptions>, r: EachRelation, tables: TableSet): void {
  const left = resolveEach(r.left, tables);
  const right = resolveEach(r.right, tables);
  if (left.status === "absent" || right.status === "absent") return;
  for (const side of [left, right]) {
    if (side.status === "unmapped") {
      ctx.notEvaluated(`${side.reason}，无法核对 ${describeRelation(r)}`, side.table);
      return;
    }
  }
  if (left.status !== "ok" || right.status !== "ok") return;
  const anchorSide = r.anchor === "left" ? left : right;
  const otherSide = r.anchor === "left" ? right : left;
  const pairs = matchEach(left.items, right.items).map((p) => ({
    anchor: r.anchor === "left" ? p.left : p.right,
    other: r.anchor === "left" ? p.right : p.left,
  }));
  const level = { 1: "类", 2: "款", 3: "项" }[r.left.level];
  for (const { anchor, other } of pairs) {
    if (anchor && other) {
      checkSum(scoped(ctx, anchorSide.table, r.severity), {
        total: anchor.cell,
        addends: [other.cell],
        data: { anchor: anchor.name, other: other.name },
        what: `${anchor.name} 与 ${other.name}`,
      });
      continue;
    }
    const present = (anchor ?? other) as EachItem;
    const missingTable = anchor ? otherSide.table : anchorSide.table;
    reportUnmatched(
      ctx,
      r,
      anchorSide.table,
      { name: present.name, cells: [present.cell], isAnchor: anchor !== undefined },
      { table: missingTable, what: `对应的${level}` },
    );
  }
}

/**
 * 表间勾稽: every "=" relation declared in src/engine/relations.ts — 01↔02/03 totals and 类, 02↔03 类 (warning,
 * only without 结转结余), 01↔04 财政拨款收入, 02↔04, 04↔05 (合计 and 类), 04↔07, 04↔08, 05 基本支出↔06 — with the
 * shared tolerance. A relation whose tables are absent does not apply; one whose row or column was not recognised is
 * not evaluated (with the reason), never passed.
 */
export const crossTable: RuleModule<SumOptions> = {
  meta: {
    id: "cross-table",
    severity: "error",
    category: "表间勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{anchor}} {{actual}} 与 {{other}} {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{anchor}} {{actual}} 与 {{other}} {{expected}} 不一致，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
      unmatched: "{{present}} 为 {{value}}，但{{table}}中没有{{what}}，按 0 计，相差 {{difference}}",
    },
    docs: {
      description:
        "表间勾稽：按声明的表间关系核对各表之间应相等的数（如 01表本年收入合计 = 02表合计·本年收入合计，05表基本支出 = 06表人员经费合计 + 公用经费合计），按尾差规则比较",
      url: "docs/rules/cross-table.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return {
      Workbook(tables) {
        let applicable = 0;
        for (const r of EQUALITIES) {
          if (!relationTables(r).every((t) => tables.has(t))) continue;
          applicable++;
          if (r.when) {
            const c = conditionStatus(r.when, tables);
            if (c.status === "fails") continue;
            if (c.status === "unknown") {
              ctx.notEvaluated(`${c.reason}，未核对 ${describeRelation(r)}`, c.table);
              continue;
            }
          }
          if (isEachRelation(r)) evaluateEach(ctx, r, tables);
          else evaluateCells(ctx, r, tables);
        }
        if (applicable === 0)
          ctx.notEvaluated(`工作簿中没有任何一组可以相互核对的表（${TABLES.map((t) => tableName(t)).join("、")}）`);
      },
    };
  },
};

export default crossTable;
