import type { CodeRowsSpec } from "./spec";

/** 公开08表 国有资本经营预算财政拨款支出决算表. */
export const final08: CodeRowsSpec = {
  id: "final-08",
  layout: "code-rows",
  title: "国有资本经营预算财政拨款支出决算表",
  titles: ["国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"],
  tableNo: /^(公开)?0?8表$|^表0?8$|^表八$/,
  columns: [
    { role: "total", nameZh: "合计", match: [/本年支出合计/, /合计/, /小计/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project"] }],
};
