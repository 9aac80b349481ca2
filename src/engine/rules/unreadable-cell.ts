import { formatRef } from "../address";
import type { Table } from "../model/table";
import { isExcelErrorText } from "../values/amount";
import { ALL_TABLE_IDS, valueCells, visitAllTables } from "./support/values";
import type { RuleModule } from "./types";

/** The raw value of an amount cell is an Excel error (#REF!, #DIV/0! …), stored or typed as text. */
function errorValue(raw: unknown): string | undefined {
  if (raw !== null && typeof raw === "object" && "error" in raw) return String((raw as { error: string }).error);
  if (typeof raw === "string" && isExcelErrorText(raw)) return raw.trim();
  return undefined;
}

/**
 * Every cell the recogniser could not read inside a recognised table (`table.problems`): "abc", "1.2.3", "12万元",
 * an Excel error value (#REF!, #DIV/0!), an unreadable 科目编码. Such a cell takes part in no check (the sum rules
 * end "not-evaluated" there), so it is an error of its own, at the cell.
 */
export const unreadableCell: RuleModule = {
  meta: {
    id: "unreadable-cell",
    severity: "error",
    category: "数值",
    requires: ALL_TABLE_IDS,
    requiresMode: "any",
    messages: {
      errorValue: "{{cell}} 为错误值 {{value}}，无法识别为金额，涉及该单元格的勾稽校验未进行",
      unreadable: "{{cell}} 无法读取（{{reason}}），涉及该单元格的校验未进行",
    },
    docs: {
      description: "表内无法识别的单元格：文本、错误值（#REF!、#DIV/0!）、格式错误的数字或编码，逐个报告",
      url: "docs/rules/unreadable-cell.md",
    },
  },
  create(ctx) {
    return visitAllTables((table: Table) => {
      const byRef = new Map(valueCells(table).map((v) => [formatRef(v.cell.ref), v.cell]));
      for (const p of table.problems) {
        const cell = formatRef(p.ref);
        const value = errorValue(byRef.get(cell)?.raw);
        if (value !== undefined) ctx.report({ messageId: "errorValue", cells: [p.ref], data: { cell, value } });
        else ctx.report({ messageId: "unreadable", cells: [p.ref], data: { cell, reason: p.message } });
      }
    });
  },
};

export default unreadableCell;
