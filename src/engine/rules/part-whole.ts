import { formatAmount } from "../findings";
import type { AmountCell } from "../model/table";
import {
  cellValue,
  conditionStatus,
  isEachRelation,
  describeRelation,
  refsOf,
  relations,
  relationTables,
  resolveCellRelation,
  resolveRef,
  sumName,
  tableName,
  tablesOf,
  type CellRelation,
  type ResolvedCell,
} from "../relations";
import { unreadable } from "./support/sums";
import type { RuleModule, TableSet } from "./types";

/** The "<=" relations of src/engine/relations.ts (a part within its whole). */
const PARTS: ReadonlyArray<CellRelation> = relations.filter(
  (r): r is CellRelation => r.op === "<=" && !isEachRelation(r),
);

const TABLES = tablesOf(PARTS);

function side(list: ReadonlyArray<ResolvedCell>) {
  return {
    name: sumName(list.map((x) => ({ table: x.table.id, name: x.name }))),
    value: list.reduce((s, x) => s.plus(cellValue(x.cell)), cellValue(null)),
    cells: list.map((x) => x.cell).filter((c): c is AmountCell => c !== null),
  };
}

function evaluate(ctx: Parameters<RuleModule["create"]>[0], r: CellRelation, tables: TableSet): void {
  const sides = resolveCellRelation(r, tables);
  if (sides.status === "absent") return;
  if (sides.status === "unmapped") {
    ctx.notEvaluated(`${sides.reason}，无法核对 ${describeRelation(r)}`, sides.table);
    return;
  }
  const resolve = (refs: ReturnType<typeof refsOf>) => refs.map((x) => resolveRef(x, tables) as ResolvedCell);
  const part = side(resolve(refsOf(r.left)));
  const whole = side(resolve(refsOf(r.right)));
  const anchorTable = sides.anchor.table;
  const bad = [...part.cells, ...whole.cells].filter(unreadable);
  if (bad.length > 0) {
    ctx.notEvaluated(
      `${describeRelation(r)}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为金额，未比较`,
      anchorTable,
    );
    return;
  }
  if (!part.value.greaterThan(whole.value)) return;
  const [anchor, other] = r.anchor === "left" ? [part, whole] : [whole, part];
  ctx.report({
    messageId: "exceeds",
    table: anchorTable,
    severity: r.severity,
    cells: [...anchor.cells, ...other.cells].map((c) => c.ref),
    data: {
      part: part.name,
      partValue: formatAmount(part.value),
      whole: whole.name,
      wholeValue: formatAmount(whole.value),
      excess: formatAmount(part.value.minus(whole.value)),
    },
    expected: other.value,
    actual: anchor.value,
    difference: anchor.value.minus(other.value),
  });
}

/**
 * 部分不超过整体: every "<=" relation declared in src/engine/relations.ts — 06表 30217 公务接待费, 30231 公务用车运行维护费,
 * 30212 因公出国（境）费用 (一般公共预算财政拨款基本支出) within 09表's 决算数 of the same item (all 财政拨款). No 尾差
 * applies: rounding is monotonic, so a part that does not exceed its whole cannot exceed it once both are rounded.
 */
export const partWhole: RuleModule = {
  meta: {
    id: "part-whole",
    severity: "error",
    category: "表间勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      exceeds: "{{part}} {{partValue}} 超过 {{whole}} {{wholeValue}}，多出 {{excess}}（部分不应大于整体）",
    },
    docs: {
      description:
        "部分不超过整体：06表中的公务接待费、公务用车运行维护费、因公出国（境）费用不超过09表“三公”经费相应项目的决算数",
      url: "docs/rules/part-whole.md",
    },
  },
  create(ctx) {
    return {
      Workbook(tables) {
        let applicable = 0;
        for (const r of PARTS) {
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
          evaluate(ctx, r, tables);
        }
        if (applicable === 0)
          ctx.notEvaluated(`工作簿中没有任何一组可以相互核对的表（${TABLES.map((t) => tableName(t)).join("、")}）`);
      },
    };
  },
};

export default partWhole;
