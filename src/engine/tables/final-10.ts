import type { ItemsSpec } from "./spec";

/** 公开10表 国有资产占用情况表: vehicle counts by use and large equipment. */
export const final10: ItemsSpec = {
  id: "final-10",
  layout: "items",
  title: "国有资产占用情况表",
  titles: ["国有资产占用情况表", "部门国有资产占用情况表"],
  tableNo: /^(公开)?10表$|^表10$|^表十$/,
  measures: [{ role: "final", nameZh: "决算数", match: [/决算数|数量|合计/] }],
  items: [
    { role: "vehicles", nameZh: "车辆数合计", match: [/^车辆数?合计/], count: true },
    { role: "vehicles.leader", nameZh: "副部（省）级及以上领导用车", match: [/领导用车$/], count: true },
    { role: "vehicles.head", nameZh: "主要负责人用车", match: [/^主要负责人用车$/], count: true },
    { role: "vehicles.confidential", nameZh: "机要通信用车", match: [/^机要通信用车$/], count: true },
    { role: "vehicles.emergency", nameZh: "应急保障用车", match: [/^应急保障用车$/], count: true },
    { role: "vehicles.enforcement", nameZh: "执法执勤用车", match: [/^执法执勤用车$/], count: true },
    { role: "vehicles.special", nameZh: "特种专业技术用车", match: [/^特种专业技术用车$/], count: true },
    { role: "vehicles.retiree", nameZh: "离退休干部服务用车", match: [/^离退休干部服务用车$/], count: true },
    { role: "vehicles.other", nameZh: "其他用车", match: [/^其他用车$/], count: true },
    { role: "equipment", nameZh: "单价100万元（含）以上设备", match: [/^单价100万元.*以上设备/], count: true },
  ],
};
