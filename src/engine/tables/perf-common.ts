import type { FormColumnSpec, FormGridSpec, LineSpec } from "./spec";

/**
 * Shared by the 绩效 form specs (perf-*.ts): the columns and lines every 自评表 prints. Matched on normalised header
 * paths (half-width brackets, no spaces).
 */

/** Never matches: the 绩效 forms carry no 表号. */
export const NO_TABLE_NO = /(?!)/;

export const WEIGHT: FormColumnSpec = { role: "weight", nameZh: "分值", match: [/^分值$/, /^权重$/], kind: "score" };
export const SCORE: FormColumnSpec = { role: "score", nameZh: "得分", match: [/^得分$/], kind: "score" };

/** 项目资金 / 预算执行情况: 年初预算数, 全年预算数(A), 全年执行数(B), 分值, 执行率(B/A), 得分. */
export const FUNDS_COLUMNS: ReadonlyArray<FormColumnSpec> = [
  { role: "initial", nameZh: "年初预算数", match: [/^年初预算数/], kind: "amount" },
  { role: "budget", nameZh: "全年预算数", match: [/^全年预算数/, /^预算数/], kind: "amount" },
  { role: "actual", nameZh: "全年执行数", match: [/^全年执行数/, /^执行数/], kind: "amount" },
  WEIGHT,
  { role: "rate", nameZh: "执行率", match: [/^执行率/], kind: "percent" },
  { role: "score", nameZh: "得分", match: [/^得分/], kind: "score" },
];

/** 绩效指标 grid: 一级/二级指标 carried down, 分值 and 得分 (some forms print 得分 only). */
export const INDICATORS: FormGridSpec = {
  section: "indicators",
  nameZh: "绩效指标",
  columns: [WEIGHT, SCORE],
  groups: [
    { role: "level1", nameZh: "一级指标", match: [/^一级指标$/] },
    { role: "level2", nameZh: "二级指标", match: [/^二级指标$/] },
  ],
  label: { role: "level3", nameZh: "三级指标", match: [/^三级指标$/, /^指标内容$/] },
  minColumns: 3,
  lines: [{ role: "total", nameZh: "总分", match: [/^总分$/] }],
  looseValueRole: "score",
};

/** Rows that end a grid: the narrative parts of a 自评表. */
export const FORM_STOPS: ReadonlyArray<RegExp> = [/^年度总体目标/, /^偏差/, /^改进措施/, /^备注/];

/** 年度资金总额 and its 其中 lines. */
export const FUNDS_LINES: ReadonlyArray<LineSpec> = [
  { role: "total", nameZh: "年度资金总额", match: [/^年度(财政)?资金总额$/] },
  { role: "fiscal", nameZh: "当年财政拨款", match: [/^(其中:)?(当年)?财政拨款(资金)?$/] },
  { role: "carryOver", nameZh: "上年结转资金", match: [/^(其中:)?上年结转(资金)?$/] },
  { role: "other", nameZh: "其他资金", match: [/^(其中:)?其他资金$/] },
];
