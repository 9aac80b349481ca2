import { FORM_STOPS, FUNDS_COLUMNS, INDICATORS, NO_TABLE_NO, SCORE, WEIGHT } from "./perf-common";
import type { FormColumnSpec, FormSpec } from "./spec";

const amount = (role: string, nameZh: string, re: RegExp): FormColumnSpec => ({
  role,
  nameZh,
  match: [re],
  kind: "amount",
});

/**
 * 部门整体支出绩效自评表: 年度主要任务 (任务 rows and 金额合计 × 全年预算数/全年执行数 总额·财政拨款·其他资金, 分值, 执行率,
 * 得分) or 预算执行情况 (部门整体支出总额 × 预算数/执行数/执行率/得分, with 基本支出总额 / 项目支出总额 above), then 绩效指标.
 */
export const perfDeptSelf: FormSpec = {
  id: "perf-dept-self",
  layout: "form",
  title: "部门整体支出绩效自评表",
  titles: ["部门整体支出绩效自评表", "部门整体绩效自评表", "部门绩效自评表"],
  titlePatterns: [/部门(整体)?(支出)?绩效自评表$/],
  tableNo: NO_TABLE_NO,
  fields: [
    { role: "basicTotal", nameZh: "基本支出总额", match: [/^基本支出总额$/], kind: "amount" },
    { role: "projectTotal", nameZh: "项目支出总额", match: [/^项目支出总额$/], kind: "amount" },
  ],
  grids: [
    {
      section: "tasks",
      nameZh: "年度主要任务",
      columns: [
        amount("budget", "全年预算数 总额", /^全年预算数.*\/总额$/),
        amount("budget.fiscal", "全年预算数 财政拨款", /^全年预算数.*\/财政拨款$/),
        amount("budget.other", "全年预算数 其他资金", /^全年预算数.*\/其他资金$/),
        amount("actual", "全年执行数 总额", /^全年执行数.*\/总额$/),
        amount("actual.fiscal", "全年执行数 财政拨款", /^全年执行数.*\/财政拨款$/),
        amount("actual.other", "全年执行数 其他资金", /^全年执行数.*\/其他资金$/),
        WEIGHT,
        { role: "rate", nameZh: "执行率", match: [/^执行率/], kind: "percent" },
        { ...SCORE, match: [/^得分/] },
      ],
      label: { role: "content", nameZh: "主要内容", match: [/^主要内容$/] },
      minColumns: 4,
      lines: [
        { role: "total", nameZh: "金额合计", match: [/^金额合计$/] },
        { role: "task", nameZh: "任务", match: [/^任务\d+$/] },
      ],
    },
    {
      section: "funds",
      nameZh: "预算执行情况",
      columns: FUNDS_COLUMNS,
      minColumns: 3,
      lines: [{ role: "total", nameZh: "部门整体支出总额", match: [/^部门整体支出总额$/] }],
    },
    INDICATORS,
  ],
  stops: FORM_STOPS,
};
