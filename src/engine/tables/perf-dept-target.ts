import { NO_TABLE_NO } from "./perf-common";
import type { FormSpec } from "./spec";

/** 部门预算 部门整体支出绩效目标表: 当年预算情况 (收入/支出预算合计 and their 其中), 年度总体目标, 绩效指标 (text targets). */
export const perfDeptTarget: FormSpec = {
  id: "perf-dept-target",
  layout: "form",
  title: "部门整体支出绩效目标表",
  titles: ["部门整体支出绩效目标表", "部门整体绩效目标表"],
  tableNo: NO_TABLE_NO,
  fields: [
    { role: "income.total", nameZh: "收入预算合计", match: [/^收入预算合计$/], kind: "amount" },
    { role: "income.fiscal", nameZh: "其中:财政拨款", match: [/^(其中:)?财政拨款$/], kind: "amount" },
    { role: "income.other", nameZh: "其他经费", match: [/^其他(经费|资金)$/], kind: "amount" },
    { role: "expense.total", nameZh: "支出预算合计", match: [/^支出预算合计$/], kind: "amount" },
    { role: "expense.basic", nameZh: "其中:基本支出", match: [/^(其中:)?基本支出$/], kind: "amount" },
    { role: "expense.project", nameZh: "项目支出", match: [/^项目支出$/], kind: "amount" },
  ],
  grids: [],
};
