import type { CodeRowsSpec } from "./spec";

/** 公开07表 政府性基金预算财政拨款收入支出决算表. */
export const final07: CodeRowsSpec = {
  id: "final-07",
  layout: "code-rows",
  title: "政府性基金预算财政拨款收入支出决算表",
  titles: ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"],
  tableNo: /^(公开)?0?7表$|^表0?7$|^表七$/,
  columns: [
    { role: "opening", nameZh: "年初结转和结余", match: [/年初结转和结余/] },
    { role: "income", nameZh: "本年收入", match: [/本年收入/] },
    { role: "total", nameZh: "本年支出", match: [/本年支出(合计)?(\/(小计|合计))?$/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
    { role: "closing", nameZh: "年末结转和结余", match: [/年末结转和结余/] },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project"] }],
};
