/**
 * Literal 绩效 forms for the perf-* rule tests (not a test file itself): a 项目支出绩效自评表, a 部门整体支出绩效自评表
 * with a 公开03表, a 得分一览表 and a 部门整体支出绩效目标表, each consistent unless a test overrides a cell.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { sheet, workbook } from "../support/snapshot-builder";

export const PS = "项目支出绩效自评表";

/**
 * Rows 1–13 (sheet rows): 4 年度资金总额 (B–G: 年初 10, 预算 10, 执行 9, 分值 10, 执行率 90, 得分 9), 5–7 其中 lines,
 * 9 indicator header (E 分值, F 得分), 10–12 indicators (产出指标（50分）: 30/30, 20/18; 效益指标（40分）: 40/35),
 * 13 总分 100 / 92.
 */
export function projectForm(over: Record<string, CellValue> = {}, scoreHeader = "得分"): ReturnType<typeof workbook> {
  const rows: CellValue[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", "", "测试项目"],
    ["项目资金（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", scoreHeader],
    ["年度资金总额", 10, 10, 9, 10, 90, 9],
    ["其中：当年财政拨款", 10, 10, 9, "—", 90, "—"],
    ["上年结转资金", 0, 0, 0, "—", 0, "—"],
    ["其他资金", 0, 0, 0, "—", 0, "—"],
    ["年度总体目标完成情况", "按期完成"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["", "产出指标（50分）", "数量指标", "发放人数", 30, 30],
    ["", "", "质量指标", "发放率", 20, 18],
    ["", "效益指标（40分）", "社会效益指标", "群众获得感", 40, 35],
    ["总分", "", "", "", 100, 92],
  ];
  for (const [a1, v] of Object.entries(over)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = v;
  }
  return workbook(sheet(PS, rows));
}

export const DS = "部门整体支出绩效自评表";

/** 公开03表 合计 100 = 基本 60 + 项目 40, and a 部门整体 自评表 with tasks 60 / 40 and 金额合计 100 (rows 4–6). */
export function deptForm(over: Record<string, CellValue> = {}, f03: [number, number, number] = [100, 60, 40]) {
  const rows: CellValue[][] = [
    ["部门整体支出绩效自评表"],
    [
      "年度主要任务",
      "任务名称",
      "主要内容",
      "全年预算数（万元）",
      "",
      "",
      "全年执行数（万元）",
      "",
      "",
      "分值",
      "执行率",
      "得分",
    ],
    ["", "", "", "总额", "财政拨款", "其他资金", "总额", "财政拨款", "其他资金"],
    ["", "任务1", "人员经费", 60, 60, 0, 60, 60, 0, "—", "100%", "—"],
    ["", "任务2", "专项经费", 40, 40, 0, 40, 40, 0, "—", "100%", "—"],
    ["", "金额合计", "", 100, 100, 0, 100, 100, 0, 10, "100%", 10],
  ];
  for (const [a1, v] of Object.entries(over)) rows[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = v;
  return workbook(
    sheet("公开03表", [
      ["支出决算表"],
      ["单位：万元"],
      ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
      ["", "合计", ...f03],
      ["210", "卫生健康支出", ...f03],
    ]),
    sheet(DS, rows, { merges: ["D2:F2", "G2:I2"] }),
  );
}

export const SS = "得分一览表";

/** 绩效评价得分一览表: 部门决策指标（100分） 50/50 100%, 50/40 80%; 合计 100 / 90 / 90%. */
export function scoreTable(over: Record<string, CellValue> = {}) {
  const rows: CellValue[][] = [
    ["部门整体支出绩效评价得分一览表"],
    ["一级指标", "二级指标", "权重", "得分", "得分率"],
    ["部门决策指标（100分）", "部门规划计划", 50, 50, "100%"],
    ["", "绩效目标", 50, 40, "80%"],
    ["合计", "", 100, 90, "90%"],
  ];
  for (const [a1, v] of Object.entries(over)) rows[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = v;
  return workbook(sheet(SS, rows));
}

export const TS = "部门整体支出绩效目标表";

/** 部门整体支出绩效目标表 fields: 收入预算合计 C3 = 财政拨款 B4 + 其他经费 D4; 支出预算合计 C5 = 基本 B6 + 项目 D6. */
export function targetForm(over: Record<string, CellValue> = {}) {
  const rows: CellValue[][] = [
    ["部门整体支出绩效目标表"],
    ["当年预算情况(万元)"],
    ["收入预算合计", "", 100],
    ["其中:财政拨款", 100, "其他经费", 0],
    ["支出预算合计", "", 100],
    ["其中:基本支出", 60, "项目支出", 40],
  ];
  for (const [a1, v] of Object.entries(over)) rows[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = v;
  return workbook(sheet(TS, rows));
}
