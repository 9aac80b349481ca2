import type { CodeRowsSpec } from "./spec";

/** 预算 政府性基金预算支出表: 合计 and 类/款/项 rows (功能分类) × 合计/基本支出/项目支出. */
export const budgetFund: CodeRowsSpec = {
  id: "budget-fund",
  layout: "code-rows",
  title: "政府性基金预算支出表",
  titles: [
    "政府性基金预算支出表",
    "政府性基金预算支出预算表",
    "政府性基金预算财政拨款支出表",
    "部门政府性基金预算支出表",
  ],
  tableNo: /^(部门)?预算0?8表$/,
  columns: [
    { role: "total", nameZh: "合计", match: [/合计$/, /小计$/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project"] }],
};
