import type { CodeRowsSpec } from "./spec";

/** 公开03表 支出决算表: 合计 and 类/款/项 rows × expenditure types. */
export const final03: CodeRowsSpec = {
  id: "final-03",
  layout: "code-rows",
  title: "支出决算表",
  titles: ["支出决算表", "部门支出决算表"],
  tableNo: /^(公开)?0?3表$|^表0?3$|^表三$/,
  columns: [
    { role: "total", nameZh: "本年支出合计", match: [/本年支出合计/, /^(支出)?合计$/], required: true },
    { role: "basic", nameZh: "基本支出", match: [/基本支出/], required: true },
    { role: "project", nameZh: "项目支出", match: [/项目支出/], required: true },
    { role: "upper", nameZh: "上缴上级支出", match: [/上缴上级支出/] },
    { role: "operating", nameZh: "经营支出", match: [/经营支出/] },
    { role: "subsidiary", nameZh: "对附属单位补助支出", match: [/对附属单位补助支出/] },
  ],
  rowIdentities: [{ total: "total", parts: ["basic", "project", "upper", "operating", "subsidiary"] }],
};
