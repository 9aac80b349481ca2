import { FUNDS_LINES, NO_TABLE_NO } from "./perf-common";
import type { FormSpec } from "./spec";

/** 部门预算 项目支出绩效目标表: 项目资金 (年度资金总额 = 其中：财政拨款 + 其他资金 + 上年结转), 年度绩效目标, 指标. */
export const perfProjectTarget: FormSpec = {
  id: "perf-project-target",
  layout: "form",
  title: "项目支出绩效目标表",
  titles: ["项目支出绩效目标表", "项目绩效目标表"],
  titlePatterns: [/项目(支出)?绩效目标表$/],
  tableNo: NO_TABLE_NO,
  fields: FUNDS_LINES.map((l) => ({ ...l, kind: "amount" as const })),
  grids: [],
};
