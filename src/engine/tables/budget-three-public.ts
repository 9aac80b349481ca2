import type { ItemsSpec } from "./spec";

/**
 * 预算 (财政拨款 / 一般公共预算) “三公”经费支出表. Known layouts: items across the columns over one row per 部门/单位
 * (因公出国（境）费 split into 一般公务出国（境）费 and 高等院校和科研院所学术交流合作出国（境）费, 公务用车 into 运行维护费
 * and 购置费), every figure a 预算数; items down the rows with a 预算数 column.
 */
export const budgetThreePublic: ItemsSpec = {
  id: "budget-three-public",
  layout: "items",
  title: "财政拨款“三公”经费支出表",
  titles: [
    '财政拨款"三公"经费支出表',
    '财政拨款"三公"经费支出预算表',
    '一般公共预算"三公"经费支出表',
    '一般公共预算"三公"经费支出预算表',
    '一般公共预算财政拨款"三公"经费支出表',
    '"三公"经费支出表',
    '"三公"经费支出预算表',
    "三公经费支出表",
    "三公经费支出预算表",
  ],
  tableNo: /^(部门)?预算0?7表$/,
  measures: [{ role: "budget", nameZh: "预算数", match: [/预算数|预算/] }],
  defaultMeasure: "budget",
  items: [
    {
      role: "total",
      nameZh: "“三公”经费合计",
      match: [/"?三公"?经费(支出)?(合计)?$/, /^财政拨款"?三公"?经费$/, /^合计$/],
    },
    { role: "abroad", nameZh: "因公出国（境）费", match: [/^因公出国\(境\)费用?$/] },
    { role: "abroadOfficial", nameZh: "一般公务出国（境）费", match: [/^一般公务出国\(境\)费用?$/] },
    {
      role: "abroadAcademic",
      nameZh: "高等院校和科研院所学术交流合作出国（境）费",
      match: [/^高等院校和科研院所学术交流合作出国\(境\)费用?$/, /学术交流合作出国\(境\)费用?$/],
    },
    { role: "vehicle", nameZh: "公务用车购置及运行维护费", match: [/^公务用车购置及运行(维护)?费$/] },
    { role: "vehiclePurchase", nameZh: "公务用车购置费", match: [/^公务用车购置费?$/] },
    { role: "vehicleOperation", nameZh: "公务用车运行维护费", match: [/^公务用车运行(维护)?费$/] },
    { role: "reception", nameZh: "公务接待费", match: [/^公务接待费$/] },
  ],
};
