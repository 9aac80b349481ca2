import type { CodeRowsSpec } from "./spec";

/** 公开05表 一般公共预算财政拨款支出决算表: 合计 and 类/款/项 rows × 合计/基本支出/项目支出. */
export const final05: CodeRowsSpec = {
  id: "final-05",
  layout: "code-rows",
  title: "一般公共预算财政拨款支出决算表",
  titles: ["一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表"],
  tableNo: /^(公开)?0?5表$|^表0?5$|^表五$/,
  columns: [
    { role: "total", nameZh: "合计", match: [/本年支出合计/, /小计/, /合计/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project"] }],
};
