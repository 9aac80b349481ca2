import type { AmountCell, Table, TableRow } from "../model/table";
import { checkPerfSum, field, num, rowsOf } from "./support/perf";
import type { RuleModule, TableSet } from "./types";

const BASIC_TASK = /人员经费|基本支出|基本经费/;
const PROJECT_TASK = /专项|项目/;

/**
 * The only table with this id (several units in one workbook cannot be paired with one form). Ids as strings: the
 * 部门预算 tables (budget-*) are declared by their own specs.
 */
function onlyTable(set: TableSet, id: string): Table | undefined {
  const ts = set.all.filter((t) => t.id === id);
  return ts.length === 1 ? ts[0] : undefined;
}

function totalRow(t: Table | undefined): TableRow | undefined {
  return t?.rows.find((r) => r.kind === "total");
}

/**
 * 绩效表与决算/预算表的金额一致：
 *  - 部门整体支出绩效自评表（决算）：金额合计 / 部门整体支出总额 的全年执行数 = 公开03表 本年支出合计；基本支出任务（人员经费）与
 *    专项任务分别 = 03表 基本支出、项目支出（恰好一个基本支出任务和一个项目任务时）；基本支出总额、项目支出总额 = 03表 对应列。
 *    一行在预算数与执行数印同一数时，标记该行第一个（预算数）单元格。
 *  - 部门整体支出绩效目标表（预算）：收入预算合计 = 部门收入总表 合计（无此表时 = 财政拨款收支总表 收入总计），其中:财政拨款 =
 *    财政拨款收支总表 财政拨款收入，支出预算合计 / 基本支出 / 项目支出 = 部门支出总表 合计行。
 */
export const perfCrossTable: RuleModule = {
  meta: {
    id: "perf-cross-table",
    severity: "error",
    category: "绩效",
    requires: ["perf-dept-self", "perf-dept-target"],
    requiresMode: "any",
    messages: {
      mismatch: "{{what}} {{actual}} 与 {{other}} {{expected}} 不一致，相差 {{difference}}",
      tail: "{{what}} {{actual}} 与 {{other}} {{expected}} 相差 {{difference}}，在尾差允许范围 ±{{allowance}} 以内（尾差）",
    },
    docs: {
      description: "绩效自评表/目标表的金额与决算表（公开03表）、预算表（部门支出总表、财政拨款收支总表）一致",
      url: "docs/rules/perf-cross-table.md",
    },
  },
  create(ctx) {
    const compare = (
      table: Table,
      printed: AmountCell,
      ref: AmountCell | undefined,
      what: string,
      other: string,
      mark?: AmountCell,
    ) => {
      if (!ref) {
        ctx.notEvaluated(`${what}：未识别到${other}，未比较`, table);
        return;
      }
      checkPerfSum(ctx, {
        total: printed,
        addends: [ref],
        data: { what, other },
        what,
        tail: "tail",
        mismatch: "mismatch",
        table,
        ...(mark && { mark }),
      });
    };
    /** The row's 执行数 compared; the 预算数 cell is marked when the row prints the same figure there. */
    const rowCheck = (table: Table, row: TableRow, ref: AmountCell | undefined, what: string, other: string) => {
      const { budget, actual } = row.cells;
      const printed = num(actual) ? actual : num(budget) ? budget : undefined;
      if (!printed) return;
      const mark = num(budget) && num(actual) && budget.value.equals(actual.value) ? budget : undefined;
      compare(table, printed, ref, what, other, mark);
    };

    const selfForms = (set: TableSet) => {
      const f03 = totalRow(onlyTable(set, "final-03"));
      for (const t of set.byId("perf-dept-self")) {
        if (!f03) {
          ctx.notEvaluated("部门整体支出绩效自评表：工作簿中没有唯一的公开03表（支出决算表），未与决算核对", t);
          continue;
        }
        const tasks = rowsOf(t, "tasks");
        const total = tasks.find((r) => r.kind === "total");
        if (total) rowCheck(t, total, f03.cells.total, "金额合计 全年执行数", "公开03表 本年支出合计");
        const taskRows = tasks.filter((r) => r.role === "task");
        const basic = taskRows.filter((r) => BASIC_TASK.test(r.label));
        const project = taskRows.filter((r) => !BASIC_TASK.test(r.label) && PROJECT_TASK.test(r.label));
        if (taskRows.length > 0) {
          if (basic.length === 1 && project.length === 1 && taskRows.length === 2) {
            rowCheck(t, basic[0], f03.cells.basic, `${basic[0].label} 全年预算数/执行数`, "公开03表 基本支出");
            rowCheck(t, project[0], f03.cells.project, `${project[0].label} 全年预算数/执行数`, "公开03表 项目支出");
          } else
            ctx.notEvaluated("部门整体支出绩效自评表：任务不能一一对应基本支出和项目支出，未逐项与公开03表核对", t);
        }
        const funds = rowsOf(t, "funds").find((r) => r.role === "total");
        if (funds) rowCheck(t, funds, f03.cells.total, "部门整体支出总额 预算数/执行数", "公开03表 本年支出合计");
        const b = field(t, "basicTotal");
        if (b) compare(t, b, f03.cells.basic, "基本支出总额", "公开03表 基本支出");
        const p = field(t, "projectTotal");
        if (p) compare(t, p, f03.cells.project, "项目支出总额", "公开03表 项目支出");
      }
    };

    const targetForms = (set: TableSet) => {
      const exp = totalRow(onlyTable(set, "budget-expense-total"));
      const inc = totalRow(onlyTable(set, "budget-income-total"));
      const fiscal = onlyTable(set, "budget-fiscal-summary");
      const fiscalLine = (role: string) =>
        fiscal?.rows.find((r) => r.side === "income" && r.role === role)?.cells.amount;
      for (const t of set.byId("perf-dept-target")) {
        const incomeTotal = field(t, "income.total");
        if (incomeTotal) {
          if (inc?.cells.total) compare(t, incomeTotal, inc.cells.total, "收入预算合计", "部门收入总表 合计");
          else compare(t, incomeTotal, fiscalLine("grandTotal"), "收入预算合计", "财政拨款收支总表 收入总计");
        }
        const incomeFiscal = field(t, "income.fiscal");
        if (incomeFiscal)
          compare(t, incomeFiscal, fiscalLine("total"), "其中:财政拨款", "财政拨款收支总表 财政拨款收入");
        const pairs: [string, string, string][] = [
          ["expense.total", "total", "支出预算合计"],
          ["expense.basic", "basic", "其中:基本支出"],
          ["expense.project", "project", "项目支出"],
        ];
        for (const [role, col, what] of pairs) {
          const c = field(t, role);
          if (c)
            compare(
              t,
              c,
              exp?.cells[col],
              what,
              `部门支出总表 合计 ${col === "total" ? "合计" : col === "basic" ? "基本支出" : "项目支出"}`,
            );
        }
      }
    };

    return {
      Workbook(set: TableSet) {
        selfForms(set);
        targetForms(set);
      },
    };
  },
};

export default perfCrossTable;
