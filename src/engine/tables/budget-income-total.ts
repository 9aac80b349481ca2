import type { CodeRowsSpec } from "./spec";

/** 预算 部门收入总表: 合计 and 类/款/项 rows (功能分类) × income sources. */
export const budgetIncomeTotal: CodeRowsSpec = {
  id: "budget-income-total",
  layout: "code-rows",
  title: "部门收入总表",
  titles: ["部门收入总表", "部门收入预算总表", "收入预算总表", "部门收入预算表"],
  tableNo: /^(部门)?预算0?2表$/,
  columns: [
    {
      role: "total",
      nameZh: "合计",
      match: [/本年收入合计/, /^(收入)?(预算)?合计$/, /\/合计$/, /^总计$/],
      required: true,
    },
    { role: "gpb", nameZh: "一般公共预算拨款收入", match: [/一般公共预算/] },
    { role: "fund", nameZh: "政府性基金预算拨款收入", match: [/政府性基金/] },
    { role: "soe", nameZh: "国有资本经营预算拨款收入", match: [/国有资本经营/] },
    { role: "specialAccount", nameZh: "财政专户管理资金收入", match: [/财政专户/] },
    { role: "business", nameZh: "事业收入", match: [/^(单位资金\/)?事业收入$/, /\/事业收入$/] },
    { role: "operating", nameZh: "事业单位经营收入", match: [/经营收入/] },
    { role: "upper", nameZh: "上级补助收入", match: [/上级补助收入/] },
    { role: "subsidiary", nameZh: "附属单位上缴收入", match: [/附属单位上缴收入/] },
    { role: "other", nameZh: "其他收入", match: [/其他收入/] },
    { role: "carryOver", nameZh: "上年结转", match: [/上年结转/] },
  ],
  rowIdentities: [
    {
      total: "total",
      parts: [
        "gpb",
        "fund",
        "soe",
        "specialAccount",
        "business",
        "operating",
        "upper",
        "subsidiary",
        "other",
        "carryOver",
      ],
    },
  ],
};
