import type { TwoSidedSpec } from "./spec";

/**
 * 预算 财政拨款收支总表: 财政拨款 收入 lines left (本年收入 by budget type, 上年结转), 支出 by 功能分类 类 right with a
 * 合计 column and one column per budget type; printed without 行次.
 */
export const budgetFiscalSummary: TwoSidedSpec = {
  id: "budget-fiscal-summary",
  layout: "two-sided",
  title: "财政拨款收支总表",
  titles: ["财政拨款收支总表", "财政拨款收支预算总表", "部门财政拨款收支总表", "部门财政拨款收支预算总表"],
  tableNo: /^(部门)?预算0?4表$/,
  income: {
    columns: [{ role: "amount", nameZh: "预算数", match: [/预算数|金额/], required: true }],
    lines: [
      { role: "gpb", nameZh: "一般公共预算拨款收入", match: [/^一般公共预算(财政)?拨款(收入)?$/] },
      { role: "fund", nameZh: "政府性基金预算拨款收入", match: [/^政府性基金预算(财政)?拨款(收入)?$/] },
      {
        role: "soe",
        nameZh: "国有资本经营预算拨款收入",
        match: [/^国有资本经营预算(财政)?(拨款)?收入$/, /^国有资本经营预算(财政)?拨款$/],
      },
      { role: "total", nameZh: "本年收入", match: [/^财政拨款收入$/, /^本年收入(合计)?$/] },
      { role: "carryOver", nameZh: "上年结转", match: [/^上年结转(结余)?$/], opensSection: "carryOver" },
      {
        role: "carryOver.gpb",
        nameZh: "上年结转·一般公共预算拨款",
        match: [/^一般公共预算(财政)?拨款(收入)?$/],
        section: "carryOver",
      },
      {
        role: "carryOver.fund",
        nameZh: "上年结转·政府性基金预算拨款",
        match: [/^政府性基金预算(财政)?拨款(收入)?$/],
        section: "carryOver",
      },
      {
        role: "carryOver.soe",
        nameZh: "上年结转·国有资本经营预算拨款",
        match: [/^国有资本经营预算(财政)?(拨款)?(收入)?$/],
        section: "carryOver",
      },
      { role: "grandTotal", nameZh: "收入总计", match: [/^(收入)?总计$/] },
    ],
  },
  expense: {
    classLines: true,
    columns: [
      {
        role: "total",
        nameZh: "合计",
        match: [/^支出\/合计$|\/合计$|^合计$/, /^支出\/(预算数)?合计$/],
        required: true,
      },
      { role: "gpb", nameZh: "一般公共预算", match: [/一般公共预算/], required: true },
      { role: "fund", nameZh: "政府性基金预算", match: [/政府性基金/] },
      { role: "soe", nameZh: "国有资本经营预算", match: [/国有资本经营/] },
    ],
    lines: [
      { role: "total", nameZh: "本年支出", match: [/^本年支出(合计)?$/] },
      { role: "carryForward", nameZh: "结转下年", match: [/^结转下年(结余)?$/, /^年末结转和结余$/] },
      { role: "grandTotal", nameZh: "支出总计", match: [/^(支出)?总计$/] },
    ],
  },
};
