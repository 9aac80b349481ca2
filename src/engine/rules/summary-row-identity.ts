import type { AmountCell, Table, TableId } from "../model/table";
import { tableSpecs } from "../tables";
import type { TwoSidedSpec } from "../tables/spec";
import { lineName, sideColumnName, sideRoles } from "./support/identities";
import { checkSum, checkSumOptions, DEFAULT_SUM_OPTIONS, visitorFor, type SumOptions } from "./support/sums";
import type { RuleModule } from "./types";

/**
 * The two-sided tables whose 支出 side has a 合计 column and one column per budget type, taken from the specs: 公开04表
 * 财政拨款收入支出决算总表, 预算 财政拨款收支总表.
 */
const TABLES: TableId[] = tableSpecs
  .filter((s): s is TwoSidedSpec => s.layout === "two-sided")
  .filter((s) => ["total", "gpb"].every((role) => s.expense.columns.some((c) => c.role === role)))
  .map((s) => s.id);

/** The 支出 columns that make up 合计. */
const PARTS = ["gpb", "fund", "soe"] as const;

/**
 * 04表 支出侧每一行（各类支出、本年支出合计、年末财政拨款结转和结余、总计）：合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款
 * + 国有资本经营预算财政拨款. A budget-type column the table does not print counts as absent (0); without the 合计
 * column the identity cannot be checked.
 */
export const summaryRowIdentity: RuleModule<SumOptions> = {
  meta: {
    id: "summary-row-identity",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{row}}：“合计”{{actual}} 与 {{parts}} 之和 {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{row}}：“合计”{{actual}} 不等于 {{parts}} 之和 {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "财政拨款收入支出决算总表（预算：财政拨款收支总表）支出侧每一行：合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款（按尾差规则比较）",
      url: "docs/rules/summary-row-identity.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const roles = sideRoles(table, "expense");
      if (!roles.includes("total")) {
        ctx.notEvaluated("支出侧未识别到“合计”列，无法核对 合计 = 各财政拨款列之和");
        return;
      }
      const parts = PARTS.filter((p) => roles.includes(p));
      if (parts.length === 0) {
        ctx.notEvaluated("支出侧未识别到任何财政拨款列，无法核对 合计 = 各财政拨款列之和");
        return;
      }
      const partsName = parts.map((p) => sideColumnName(table, "expense", p)).join(" + ");
      for (const row of table.rows) {
        if (row.kind !== "line" || row.side !== "expense") continue;
        const total = row.cells.total;
        if (!total) continue;
        const name = row.role === "grandTotal" ? "支出总计" : lineName(table, row);
        checkSum(ctx, {
          total,
          addends: parts.map((p) => row.cells[p]).filter((c): c is AmountCell => c !== undefined),
          data: { row: name, parts: partsName },
          what: `${name} 合计`,
        });
      }
    });
  },
};

export default summaryRowIdentity;
