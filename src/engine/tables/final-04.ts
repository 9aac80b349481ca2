import type { TwoSidedSpec } from "./spec";

/** 公开04表 财政拨款收入支出决算总表: three 财政拨款 income lines; 支出 by 类 × budget type. */
export const final04: TwoSidedSpec = {
  id: "final-04",
  layout: "two-sided",
  title: "财政拨款收入支出决算总表",
  titles: ["财政拨款收入支出决算总表"],
  tableNo: /^(公开)?0?4表$|^表0?4$|^表四$/,
  income: {
    columns: [{ role: "amount", nameZh: "金额", match: [/金额|决算数/], required: true }],
    lines: [
      { role: "gpb", nameZh: "一般公共预算财政拨款", match: [/^一般公共预算财政拨款(收入)?$/] },
      { role: "fund", nameZh: "政府性基金预算财政拨款", match: [/^政府性基金预算财政拨款(收入)?$/] },
      { role: "soe", nameZh: "国有资本经营预算财政拨款", match: [/^国有资本经营预算财政拨款(收入)?$/] },
      { role: "total", nameZh: "本年收入合计", match: [/^本年收入合计$/] },
      {
        role: "opening",
        nameZh: "年初财政拨款结转和结余",
        match: [/^年初财政拨款结转和结余$/],
        opensSection: "opening",
      },
      {
        role: "opening.gpb",
        nameZh: "年初结转和结余·一般公共预算财政拨款",
        match: [/^一般公共预算财政拨款$/],
        section: "opening",
      },
      {
        role: "opening.fund",
        nameZh: "年初结转和结余·政府性基金预算财政拨款",
        match: [/^政府性基金预算财政拨款$/],
        section: "opening",
      },
      {
        role: "opening.soe",
        nameZh: "年初结转和结余·国有资本经营预算财政拨款",
        match: [/^国有资本经营预算财政拨款$/],
        section: "opening",
      },
      { role: "grandTotal", nameZh: "总计", match: [/^(总计|合计)$/] },
    ],
  },
  expense: {
    classLines: true,
    columns: [
      { role: "total", nameZh: "合计", match: [/^合计$|\/合计$|^支出\/合计$/], required: true },
      { role: "gpb", nameZh: "一般公共预算财政拨款", match: [/一般公共预算/], required: true },
      { role: "fund", nameZh: "政府性基金预算财政拨款", match: [/政府性基金/] },
      { role: "soe", nameZh: "国有资本经营预算财政拨款", match: [/国有资本经营/] },
    ],
    lines: [
      { role: "total", nameZh: "本年支出合计", match: [/^本年支出合计$/] },
      {
        role: "closing",
        nameZh: "年末财政拨款结转和结余",
        match: [/^年末财政拨款结转和结余$/],
        opensSection: "closing",
      },
      {
        role: "closing.gpb",
        nameZh: "年末结转和结余·一般公共预算财政拨款",
        match: [/^一般公共预算财政拨款$/],
        section: "closing",
      },
      {
        role: "closing.fund",
        nameZh: "年末结转和结余·政府性基金预算财政拨款",
        match: [/^政府性基金预算财政拨款$/],
        section: "closing",
      },
      {
        role: "closing.soe",
        nameZh: "年末结转和结余·国有资本经营预算财政拨款",
        match: [/^国有资本经营预算财政拨款$/],
        section: "closing",
      },
      { role: "grandTotal", nameZh: "总计", match: [/^(总计|合计)$/] },
    ],
  },
};
