import type { ItemsSpec } from "./spec";

/**
 * 公开09表 财政拨款“三公”经费支出决算表. Known layouts: items down the rows with 年初预算数/全年预算数/决算数 columns;
 * items across the columns with 预算数/决算数 rows (the 会议费/培训费 variant); 预算数 and 决算数 column groups
 * side by side over one data row.
 */
export const final09: ItemsSpec = {
  id: "final-09",
  layout: "items",
  title: "财政拨款“三公”经费支出决算表",
  titles: [
    '财政拨款"三公"经费支出决算表',
    '财政拨款"三公"经费及会议费、培训费支出决算表',
    '一般公共预算财政拨款"三公"经费支出决算表',
    '"三公"经费支出决算表',
  ],
  titlePatterns: [/"?三公"?经费.*决算表$/],
  tableNo: /^(公开)?0?9表$|^表0?9$|^表九$/,
  measures: [
    { role: "initialBudget", nameZh: "年初预算数", match: [/年初预算/] },
    { role: "budget", nameZh: "全年预算数", match: [/全年预算/, /预算数/] },
    { role: "final", nameZh: "决算数", match: [/决算/] },
  ],
  items: [
    { role: "total", nameZh: "“三公”经费合计", match: [/"?三公"?经费(支出)?(合计)?$/, /^财政拨款"?三公"?经费$/] },
    { role: "abroad", nameZh: "因公出国（境）费", match: [/^因公出国\(境\)费用?$/] },
    { role: "vehicle", nameZh: "公务用车购置及运行维护费", match: [/^公务用车购置及运行(维护)?费$/] },
    { role: "vehiclePurchase", nameZh: "公务用车购置费", match: [/^公务用车购置费$/] },
    { role: "vehicleOperation", nameZh: "公务用车运行维护费", match: [/^公务用车运行(维护)?费$/] },
    { role: "reception", nameZh: "公务接待费", match: [/^公务接待费$/] },
    { role: "receptionDomestic", nameZh: "国内接待费", match: [/^国内(公务)?接待费$/] },
    { role: "receptionForeignAffairs", nameZh: "外事接待费", match: [/^外事接待费$/] },
    { role: "receptionOverseas", nameZh: "国（境）外接待费", match: [/^国\(境\)外(公务)?接待费$/] },
    { role: "meeting", nameZh: "会议费", match: [/^会议费$/] },
    { role: "training", nameZh: "培训费", match: [/^培训费$/] },
    { role: "stats", nameZh: "相关统计数", match: [/^相关统计数$/], heading: true },
    { role: "abroadGroups", nameZh: "因公出国（境）团组数", match: [/^因公出国\(境\)团组数/], count: true },
    { role: "abroadPersons", nameZh: "因公出国（境）人次数", match: [/^因公出国\(境\)人次数?/], count: true },
    { role: "vehiclesPurchased", nameZh: "公务用车购置数", match: [/^公务用车购置数/], count: true },
    { role: "vehiclesHeld", nameZh: "公务用车保有量", match: [/^公务用车保有量/], count: true },
    { role: "receptionBatches", nameZh: "国内公务接待批次", match: [/^国内公务接待批次/], count: true },
    { role: "receptionForeignAffairsBatches", nameZh: "外事接待批次", match: [/^外事接待批次/], count: true },
    { role: "receptionPersons", nameZh: "国内公务接待人次", match: [/^国内公务接待人次/], count: true },
    { role: "receptionForeignAffairsPersons", nameZh: "外事接待人次", match: [/^外事接待人次/], count: true },
    {
      role: "receptionOverseasBatches",
      nameZh: "国（境）外公务接待批次",
      match: [/^国\(境\)外公务接待批次/],
      count: true,
    },
    {
      role: "receptionOverseasPersons",
      nameZh: "国（境）外公务接待人次",
      match: [/^国\(境\)外公务接待人次/],
      count: true,
    },
  ],
};
