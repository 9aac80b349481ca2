import type { AmountCell, Table, TableId } from "../model/table";
import { checkCountSum, itemsSpec, lineName, lineOf } from "./support/identities";
import { visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/** 公开10表 国有资产占用情况表. */
const TABLES: TableId[] = ["final-10"];

/** The total line and the prefix of its vehicle-type lines (vehicles.leader, vehicles.head, …). */
const TOTAL = "vehicles";
const TYPE_PREFIX = "vehicles.";

/**
 * 10表：车辆数合计 = Σ 各类车辆（副部（省）级及以上领导用车、主要负责人用车、机要通信用车、应急保障用车、执法执勤用车、
 * 特种专业技术用车、离退休干部服务用车、其他用车）, for every measure the table prints. Counts are whole numbers, not
 * rounded amounts: any difference is an error (no 尾差).
 */
export const assetCountSum: RuleModule = {
  meta: {
    id: "asset-count-sum",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    messages: {
      mismatch:
        "{{row}}“{{measure}}”{{actual}} 不等于 {{formula}} {{expected}}，相差 {{difference}}（车辆数为整数，不存在尾差）",
    },
    docs: {
      description: "国有资产占用情况表：车辆数合计等于各类车辆数之和（数量为整数，须完全相等）",
      url: "docs/rules/asset-count-sum.md",
    },
  },
  create(ctx) {
    return visitorFor(TABLES, (table: Table) => {
      const totalLine = lineOf(table, TOTAL);
      if (!totalLine) {
        ctx.notEvaluated("未找到“车辆数合计”行，无法核对车辆数");
        return;
      }
      const types = table.rows.filter((r) => r.kind === "line" && r.role?.startsWith(TYPE_PREFIX));
      if (types.length === 0) {
        ctx.notEvaluated("未找到任何车辆类型行，无法核对车辆数合计");
        return;
      }
      const row = lineName(table, totalLine);
      for (const m of itemsSpec(table)?.measures ?? []) {
        const total = totalLine.cells[m.role];
        if (!total) continue;
        checkCountSum(ctx, {
          total,
          addends: types.map((t) => t.cells[m.role]).filter((c): c is AmountCell => c !== undefined),
          data: { row, measure: m.nameZh, formula: "各类车辆数之和" },
          what: `${row} ${m.nameZh}`,
        });
      }
    });
  },
};

export default assetCountSum;
