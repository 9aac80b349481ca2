import type { Table, TableId, TableRow } from "../model/table";
import { visitorFor } from "./support/sums";
import { cellName, lineName, roleName, valueCells } from "./support/values";
import type { RuleModule } from "./types";

/** The tables whose amounts may not be negative: 收入, 支出, 财政拨款 tables and the 总表 lines (决算 and 预算). */
const TABLES: ReadonlyArray<TableId> = [
  "final-01",
  "final-02",
  "final-03",
  "final-04",
  "final-05",
  "final-06",
  "final-07",
  "final-08",
  "budget-summary",
  "budget-income-total",
  "budget-expense-total",
  "budget-fiscal-summary",
  "budget-gpb",
  "budget-gpb-basic",
  "budget-fund",
  "budget-soe",
];

/** 01/04 lines of 结转和结余 / 结余分配 / 使用非财政拨款结余: a negative balance can be genuine. */
const BALANCE_LINE = /^(opening|closing|distribution|nonFiscalBalance)(\.|$)/;
/** 07 columns 年初结转和结余 / 年末结转和结余. */
const BALANCE_COLUMN = /^(opening|closing)$/;

function isBalance(row: TableRow, role: string): boolean {
  return (row.kind === "line" && row.role !== undefined && BALANCE_LINE.test(row.role)) || BALANCE_COLUMN.test(role);
}

/**
 * Negative amounts. 收入 and 支出 (02/03/05/06/07/08 amount columns, the 01/04 lines) are never negative in a 决算
 * table: error. A 结转和结余 (or 结余分配) can be negative — an overspent fund — so there it is a warning to look at.
 */
export const negativeAmount: RuleModule = {
  meta: {
    id: "negative-amount",
    severity: "error",
    category: "数值",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      negative: "{{row}}“{{column}}”为负数 {{value}}（{{cell}}）：收入、支出金额不应为负数",
      negativeBalance:
        "{{row}}“{{column}}”为负数 {{value}}（{{cell}}）：结转和结余可能为负（超支），请核实是否属实并在情况说明中说明",
    },
    docs: {
      description: "负数金额：收入、支出不应为负（错误）；结转和结余类项目为负时提示核实（警告）",
      url: "docs/rules/negative-amount.md",
    },
  },
  create(ctx) {
    return visitorFor(TABLES, (table: Table) => {
      for (const v of valueCells(table)) {
        const value = v.cell.value;
        if (value === null || !value.isNegative() || value.isZero()) continue;
        const balance = isBalance(v.row, v.role);
        ctx.report({
          messageId: balance ? "negativeBalance" : "negative",
          severity: balance ? "warning" : undefined,
          cells: [v.cell.ref],
          data: {
            row: lineName(v.row),
            column: roleName(table, v.row, v.role),
            value: value.toFixed(),
            cell: cellName(v.cell),
          },
          actual: value,
        });
      }
    });
  },
};

export default negativeAmount;
