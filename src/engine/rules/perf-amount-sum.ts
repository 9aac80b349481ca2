import type { AmountCell, Table } from "../model/table";
import { checkPerfSum, field, formColumnName, rowsOf } from "./support/perf";
import { visitorFor } from "./support/sums";
import type { RuleModule } from "./types";
import type { TableId } from "../model/table";

const TABLES: ReadonlyArray<TableId> = [
  "perf-project-self",
  "perf-dept-self",
  "perf-dept-target",
  "perf-project-target",
];
const AMOUNT_ROLES = ["initial", "budget", "budget.fiscal", "budget.other", "actual", "actual.fiscal", "actual.other"];
const FUND_PARTS = ["fiscal", "carryOver", "other"];
const FUND_NAMES: Record<string, string> = { fiscal: "财政拨款", carryOver: "上年结转", other: "其他资金" };

/**
 * 绩效表的金额合计（按尾差规则）：
 *  - 部门整体支出绩效自评表：金额合计 = 各任务之和（每个金额列）；
 *  - 项目支出绩效自评表 / 项目支出绩效目标表：年度资金总额 = 其中：财政拨款 + 上年结转 + 其他资金（印有这些行时）；
 *  - 部门整体支出绩效目标表：收入预算合计 = 财政拨款 + 其他经费，支出预算合计 = 基本支出 + 项目支出。
 */
export const perfAmountSum: RuleModule = {
  meta: {
    id: "perf-amount-sum",
    severity: "error",
    category: "绩效",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{what}} {{actual}} 与 {{parts}} 之和 {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{what}} {{actual}} 不等于 {{parts}} 之和 {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "绩效表：金额合计 = Σ任务，年度资金总额 = 财政拨款 + 上年结转 + 其他资金，支出预算合计 = 基本支出 + 项目支出",
      url: "docs/rules/perf-amount-sum.md",
    },
  },
  create(ctx) {
    const sum = (total: AmountCell, addends: AmountCell[], what: string, parts: string) =>
      checkPerfSum(ctx, { total, addends, data: { what, parts }, what, tail: "tail", mismatch: "mismatch" });

    return visitorFor(TABLES, (table: Table) => {
      // 金额合计 = Σ 任务
      const tasks = rowsOf(table, "tasks");
      const taskTotal = tasks.find((r) => r.kind === "total");
      const taskRows = tasks.filter((r) => r.role === "task");
      if (taskTotal && taskRows.length > 0)
        for (const role of AMOUNT_ROLES) {
          const t = taskTotal.cells[role];
          if (!t) continue;
          const addends = taskRows.map((r) => r.cells[role]).filter((c): c is AmountCell => c !== undefined);
          sum(
            t,
            addends,
            `金额合计 ${formColumnName(table, role)}`,
            taskRows.map((r) => r.label.split(/\s+/)[0]).join(" + "),
          );
        }
      // 年度资金总额 = 其中 lines (grid of a 自评表)
      const funds = rowsOf(table, "funds");
      const fundTotal = funds.find((r) => r.role === "total");
      const parts = funds.filter((r) => r.role !== undefined && FUND_PARTS.includes(r.role));
      if (fundTotal && parts.length > 0)
        for (const role of AMOUNT_ROLES) {
          const t = fundTotal.cells[role];
          if (!t) continue;
          const addends = parts.map((r) => r.cells[role]).filter((c): c is AmountCell => c !== undefined);
          sum(
            t,
            addends,
            `年度资金总额 ${formColumnName(table, role)}`,
            parts.map((r) => FUND_NAMES[r.role!]).join(" + "),
          );
        }
      // Fields (目标表)
      const fieldSum = (totalRole: string, partRoles: string[], what: string, names: string[]) => {
        const t = field(table, totalRole);
        const ps = partRoles.map((p) => field(table, p));
        if (!t || ps.every((p) => p === undefined)) return;
        sum(
          t,
          ps.filter((p): p is AmountCell => p !== undefined),
          what,
          names.filter((_, i) => ps[i] !== undefined).join(" + "),
        );
      };
      if (table.id === "perf-project-target")
        fieldSum("total", FUND_PARTS, "年度资金总额", ["其中：财政拨款", "上年结转", "其他资金"]);
      if (table.id === "perf-dept-target") {
        fieldSum("income.total", ["income.fiscal", "income.other"], "收入预算合计", ["财政拨款", "其他经费"]);
        fieldSum("expense.total", ["expense.basic", "expense.project"], "支出预算合计", ["基本支出", "项目支出"]);
      }
    });
  },
};

export default perfAmountSum;
