import type { TwoSidedSpec } from "./spec";

/**
 * 预算 收支预算总表 (部门收支总表): 收入 by source left (一般公共预算拨款收入 … 单位资金, 本年收入合计, 上年结转, 收入总计),
 * 支出 by 功能分类 类 right (本年支出合计, 结转下年, 支出总计); one 预算数 column per side, usually without 行次.
 */
export const budgetSummary: TwoSidedSpec = {
  id: "budget-summary",
  layout: "two-sided",
  title: "收支预算总表",
  titles: ["收支预算总表", "部门收支预算总表", "部门收支总表", "收支总表", "部门财务收支预算总表", "财务收支预算总表"],
  tableNo: /^(部门)?预算0?1表$/,
  income: {
    columns: [{ role: "amount", nameZh: "预算数", match: [/预算数|金额|^收入\/?$/], required: true }],
    lines: [
      {
        role: "gpb",
        nameZh: "一般公共预算拨款收入",
        match: [/^一般公共预算(财政)?拨款(收入)?$/, /^一般公共预算收入$/],
      },
      {
        role: "fund",
        nameZh: "政府性基金预算拨款收入",
        match: [/^政府性基金预算(财政)?拨款(收入)?$/, /^政府性基金预算收入$/],
      },
      {
        role: "soe",
        nameZh: "国有资本经营预算拨款收入",
        match: [/^国有资本经营预算(财政)?拨款(收入)?$/, /^国有资本经营预算收入$/],
      },
      { role: "specialAccount", nameZh: "财政专户管理资金收入", match: [/^财政专户管理资金(收入)?$/] },
      // 五、单位资金 with its sources printed under it (其中：事业收入 …); templates without the heading list them plainly.
      { role: "unitFunds", nameZh: "单位资金", match: [/^单位资金(收入)?$/], opensSection: "unitFunds" },
      { role: "unitFunds.business", nameZh: "单位资金·事业收入", match: [/^事业收入$/], section: "unitFunds" },
      {
        role: "unitFunds.operating",
        nameZh: "单位资金·事业单位经营收入",
        match: [/^(事业单位)?经营收入$/],
        section: "unitFunds",
      },
      { role: "unitFunds.upper", nameZh: "单位资金·上级补助收入", match: [/^上级补助收入$/], section: "unitFunds" },
      {
        role: "unitFunds.subsidiary",
        nameZh: "单位资金·附属单位上缴收入",
        match: [/^附属单位上缴收入$/],
        section: "unitFunds",
      },
      { role: "unitFunds.other", nameZh: "单位资金·其他收入", match: [/^其他收入$/], section: "unitFunds" },
      { role: "business", nameZh: "事业收入", match: [/^事业收入$/] },
      { role: "operating", nameZh: "事业单位经营收入", match: [/^(事业单位)?经营收入$/] },
      { role: "upper", nameZh: "上级补助收入", match: [/^上级补助收入$/] },
      { role: "subsidiary", nameZh: "附属单位上缴收入", match: [/^附属单位上缴收入$/] },
      { role: "other", nameZh: "其他收入", match: [/^其他收入$/] },
      { role: "total", nameZh: "本年收入合计", match: [/^本年收入合计$/, /^收入合计$/] },
      { role: "carryOver", nameZh: "上年结转", match: [/^上年结转(结余)?$/, /^上年结转和结余$/] },
      { role: "grandTotal", nameZh: "收入总计", match: [/^(收入)?总计$/] },
    ],
  },
  expense: {
    classLines: true,
    columns: [{ role: "amount", nameZh: "预算数", match: [/预算数|金额|^支出\/?$/], required: true }],
    lines: [
      { role: "total", nameZh: "本年支出合计", match: [/^本年支出合计$/, /^支出合计$/] },
      { role: "carryForward", nameZh: "结转下年", match: [/^结转下年(结余)?$/, /^年末结转和结余$/] },
      { role: "grandTotal", nameZh: "支出总计", match: [/^(支出)?总计$/] },
    ],
  },
};
