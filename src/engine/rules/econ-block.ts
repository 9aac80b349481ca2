import { economicBlockOf } from "../catalog";
import type { Table, TableId } from "../model/table";
import { tableSpecs } from "../tables";
import type { CodeRowsSpec } from "../tables/spec";
import { visitorFor } from "./support/sums";
import { rowName } from "./support/sums";
import type { RuleModule } from "./types";

const BLOCK_NAME = { personnel: "人员经费", public: "公用经费" } as const;

/**
 * The 经济分类 code-rows tables with 人员经费 and 公用经费 columns, taken from the specs (预算 一般公共预算基本支出表): there
 * the block is a column, and an amount in the other block's column is the same mistake.
 */
const COLUMN_TABLES: TableId[] = tableSpecs
  .filter((s): s is CodeRowsSpec => s.layout === "code-rows" && s.codeSystem === "economic")
  .filter((s) => ["personnel", "public"].every((role) => s.columns.some((c) => c.role === role)))
  .map((s) => s.id);

/**
 * 公开06表 prints 人员经费 (301 工资福利支出, 303 对个人和家庭的补助) and 公用经费 (302 商品和服务支出, 307, 310, 312,
 * 399 …) in separate blocks. An economic code printed in the other block (a 302xx among 人员经费, a 301xx among
 * 公用经费) is an error: it is added into the wrong 经费合计. Where the blocks are columns (预算 一般公共预算基本支出表:
 * 合计/人员经费/公用经费), a non-zero amount of a code in the other block's column is reported the same way.
 */
export const econBlock: RuleModule = {
  meta: {
    id: "econ-block",
    severity: "error",
    category: "科目编码",
    requires: ["final-06", ...COLUMN_TABLES],
    requiresMode: "any",
    messages: {
      wrongBlock: "{{row}}属于{{expectedBlock}}，却列在{{block}}栏内（应计入{{expectedBlock}}合计）",
    },
    docs: {
      description: "基本支出决算表中，经济分类科目列在其所属的人员经费或公用经费栏内",
      url: "docs/rules/econ-block.md",
    },
  },
  create(ctx) {
    return {
      ...visitorFor(COLUMN_TABLES, (table: Table) => {
        for (const row of table.rows) {
          if (row.kind !== "code" || !row.code) continue;
          const expected = economicBlockOf(row.code.code);
          if (expected === undefined) continue;
          const other = expected === "personnel" ? "public" : "personnel";
          const cell = row.cells[other];
          if (!cell || cell.value === null || cell.value.isZero()) continue;
          ctx.report({
            messageId: "wrongBlock",
            cells: [cell.ref, row.code.ref],
            data: { row: rowName(row), expectedBlock: BLOCK_NAME[expected], block: BLOCK_NAME[other] },
            actual: cell.value,
          });
        }
      }),
      "final-06"(table: Table) {
        for (const row of table.rows) {
          if (row.kind !== "code" || !row.code || !row.block) continue;
          const expected = economicBlockOf(row.code.code);
          if (expected === undefined || expected === row.block) continue;
          const amount = row.cells.amount;
          ctx.report({
            messageId: "wrongBlock",
            cells: amount ? [row.code.ref, amount.ref] : [row.code.ref],
            data: { row: rowName(row), expectedBlock: BLOCK_NAME[expected], block: BLOCK_NAME[row.block] },
          });
        }
      },
    };
  },
};

export default econBlock;
