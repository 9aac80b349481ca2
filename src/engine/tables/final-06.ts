import type { EconBlocksSpec } from "./spec";

/** 公开06表 一般公共预算财政拨款基本支出决算(明细)表: three 编码/名称/金额 blocks by 经济分类. */
export const final06: EconBlocksSpec = {
  id: "final-06",
  layout: "econ-blocks",
  title: "一般公共预算财政拨款基本支出决算表",
  titles: ["一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"],
  tableNo: /^(公开)?0?6表$|^表0?6$|^表六$/,
  lines: [
    { role: "personnel.total", nameZh: "人员经费合计", match: [/^人员经费合计$/] },
    { role: "public.total", nameZh: "公用经费合计", match: [/^公用经费合计$/] },
  ],
};
