import type { CodeRowsSpec } from "./spec";

/** 预算 部门支出总表: 合计 and 类/款/项 rows (功能分类) × 合计/基本支出/项目支出 (and, in some templates, more). */
export const budgetExpenseTotal: CodeRowsSpec = {
  id: "budget-expense-total",
  layout: "code-rows",
  title: "部门支出总表",
  titles: ["部门支出总表", "部门支出预算总表", "支出预算总表", "部门支出预算表"],
  tableNo: /^(部门)?预算0?3表$/,
  columns: [
    { role: "total", nameZh: "合计", match: [/^(支出)?(预算)?合计$/, /\/合计$/, /^总计$/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
    { role: "operating", nameZh: "事业单位经营支出", match: [/经营支出/] },
    { role: "upper", nameZh: "上缴上级支出", match: [/上缴上级支出/] },
    { role: "subsidiary", nameZh: "对附属单位补助支出", match: [/对附属单位补助支出/] },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project", "operating", "upper", "subsidiary"] }],
};
