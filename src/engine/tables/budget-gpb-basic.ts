import type { CodeRowsSpec } from "./spec";

/**
 * 预算 一般公共预算基本支出表 (经济分类): 合计 and 类/款 rows keyed by 支出经济分类 code (301 工资福利支出, 30101 基本工资 …)
 * × 合计/人员经费/公用经费.
 */
export const budgetGpbBasic: CodeRowsSpec = {
  id: "budget-gpb-basic",
  layout: "code-rows",
  codeSystem: "economic",
  title: "一般公共预算基本支出表",
  titles: [
    "一般公共预算基本支出表",
    "一般公共预算基本支出预算表",
    "一般公共预算财政拨款基本支出表",
    "一般公共预算财政拨款基本支出预算表",
    "部门一般公共预算基本支出表",
  ],
  tableNo: /^(部门)?预算0?6表$/,
  columns: [
    { role: "total", nameZh: "合计", match: [/合计$/, /小计$/], required: true },
    { role: "personnel", nameZh: "人员经费", match: [/人员经费/], required: true },
    { role: "public", nameZh: "公用经费", match: [/公用经费/], required: true },
  ],
  rowIdentities: [{ total: "total", parts: ["personnel", "public"] }],
};
