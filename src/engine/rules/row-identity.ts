import type { Table } from "../model/table";
import {
  checkSum,
  checkSumOptions,
  codeRowsSpec,
  codeRowsTableIds,
  columnName,
  DEFAULT_SUM_OPTIONS,
  rowName,
  visitorFor,
  type SumOptions,
} from "./support/sums";
import type { RuleModule } from "./types";

/** The tables whose spec declares row identities (公开02/03/05/07/08表 today). */
const TABLES = codeRowsTableIds((spec) => (spec.rowIdentities?.length ?? 0) > 0);

/**
 * The row identities a code-rows spec declares (`rowIdentities`), on every row including 合计:
 * 02 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入;
 * 03 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出; 05/07/08 合计 = 基本支出 + 项目支出.
 * A part column the table does not have counts as absent (0); without the total column the identity cannot be checked.
 */
export const rowIdentity: RuleModule<SumOptions> = {
  meta: {
    id: "row-identity",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{row}}：“{{total}}”{{actual}} 与 {{parts}} 之和 {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{row}}：“{{total}}”{{actual}} 不等于 {{parts}} 之和 {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "表内行恒等式：每一行的合计列等于各组成列之和（如 本年支出合计 = 基本支出 + 项目支出 + …），按尾差规则比较",
      url: "docs/rules/row-identity.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const identities = codeRowsSpec(table)?.rowIdentities ?? [];
      const mapped = new Set(table.columns.map((c) => c.role));
      for (const id of identities) {
        const totalName = columnName(table, id.total);
        if (!mapped.has(id.total)) {
          ctx.notEvaluated(`未识别到“${totalName}”列，无法核对 ${totalName} = 各组成列之和`);
          continue;
        }
        const parts = id.parts.filter((p) => mapped.has(p));
        if (parts.length === 0) {
          ctx.notEvaluated(`未识别到“${totalName}”的任何组成列，无法核对`);
          continue;
        }
        const partsName = parts.map((p) => columnName(table, p)).join(" + ");
        for (const row of table.rows) {
          if (row.kind !== "total" && row.kind !== "code") continue;
          const total = row.cells[id.total];
          if (!total) continue;
          checkSum(ctx, {
            total,
            addends: parts.map((p) => row.cells[p]).filter((c) => c !== undefined),
            data: { row: rowName(row), total: totalName, parts: partsName },
            what: `${rowName(row)} ${totalName}`,
          });
        }
      }
    });
  },
};

export default rowIdentity;
