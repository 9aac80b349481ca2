import type { Table } from "../model/table";
import { ALL_TABLE_IDS, cellName, valueCells, visitAllTables } from "./support/values";
import type { RuleModule } from "./types";

/**
 * Amounts stored as text ("1, 049. 22", "58. 10" — pasted from a PDF). The checker reads them, but Excel does not:
 * SUM skips them and the sheet's own totals go wrong once someone adds a formula. One info finding per table, all such
 * cells as its cells (the first is marked), with the count. Dashes ("—") are "no value", not text amounts.
 */
export const amountAsText: RuleModule = {
  meta: {
    id: "amount-as-text",
    severity: "info",
    category: "数值",
    requires: ALL_TABLE_IDS,
    requiresMode: "any",
    messages: {
      stored:
        "本表有 {{count}} 个数值以文本形式存储（如 {{first}}“{{sample}}”）：本次校验已按数值读取，但 Excel 的求和公式不会计入这些单元格，建议转换为数值",
    },
    docs: {
      description: "以文本形式存储的金额：每张表报告一次，列出全部这类单元格及个数",
      url: "docs/rules/amount-as-text.md",
    },
  },
  create(ctx) {
    return visitAllTables((table: Table) => {
      const text = valueCells(table).filter((v) => v.cell.fromText && v.cell.value !== null);
      if (text.length === 0) return;
      const first = text[0].cell;
      ctx.report({
        messageId: "stored",
        cells: text.map((v) => v.cell.ref),
        data: { count: text.length, first: cellName(first), sample: String(first.raw) },
      });
    });
  },
};

export default amountAsText;
