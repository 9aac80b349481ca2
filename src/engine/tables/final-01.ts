import type { TwoSidedSpec } from "./spec";

/** 公开01表 收入支出决算总表: 收入 lines left, 支出 lines (by 功能分类 类) right, each with 行次. */
export const final01: TwoSidedSpec = {
  id: "final-01",
  layout: "two-sided",
  title: "收入支出决算总表",
  titles: ["收入支出决算总表", "部门收入支出决算总表"],
  tableNo: /^(公开)?0?1表$|^表0?1$|^表一$/,
  income: {
    columns: [{ role: "amount", nameZh: "金额", match: [/金额|决算数|^收入\/?$/], required: true }],
    lines: [
      { role: "gpb", nameZh: "一般公共预算财政拨款收入", match: [/^一般公共预算财政拨款(收入)?$/] },
      { role: "fund", nameZh: "政府性基金预算财政拨款收入", match: [/^政府性基金预算财政拨款(收入)?$/] },
      { role: "soe", nameZh: "国有资本经营预算财政拨款收入", match: [/^国有资本经营预算财政拨款(收入)?$/] },
      { role: "upper", nameZh: "上级补助收入", match: [/^上级补助收入$/] },
      { role: "business", nameZh: "事业收入", match: [/^事业收入$/] },
      { role: "operating", nameZh: "经营收入", match: [/^经营收入$/] },
      { role: "subsidiary", nameZh: "附属单位上缴收入", match: [/^附属单位上缴收入$/] },
      { role: "other", nameZh: "其他收入", match: [/^其他收入$/] },
      { role: "total", nameZh: "本年收入合计", match: [/^本年收入合计$/] },
      { role: "nonFiscalBalance", nameZh: "使用非财政拨款结余", match: [/^使用非财政拨款结余/] },
      { role: "opening", nameZh: "年初结转和结余", match: [/^年初结转和结余$/] },
      { role: "grandTotal", nameZh: "总计", match: [/^总计$/] },
    ],
  },
  expense: {
    classLines: true,
    columns: [{ role: "amount", nameZh: "金额", match: [/金额|决算数|^支出\/?$/], required: true }],
    lines: [
      { role: "total", nameZh: "本年支出合计", match: [/^本年支出合计$/] },
      { role: "distribution", nameZh: "结余分配", match: [/^结余分配$/] },
      { role: "closing", nameZh: "年末结转和结余", match: [/^年末结转和结余$/] },
      { role: "grandTotal", nameZh: "总计", match: [/^总计$/] },
    ],
  },
};
