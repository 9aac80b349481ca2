import { NO_TABLE_NO, SCORE, WEIGHT } from "./perf-common";
import type { FormSpec } from "./spec";

/** 绩效评价 得分一览表: 一级指标 (with its 分 in the heading) × 二级指标 rows, 权重 / 得分 / 得分率, 合计. */
export const perfEvalScores: FormSpec = {
  id: "perf-eval-scores",
  layout: "form",
  title: "部门整体支出绩效评价得分一览表",
  titles: ["部门整体支出绩效评价得分一览表", "绩效评价得分一览表", "得分一览表"],
  titlePatterns: [/绩效评价得分一览表$/, /评价得分表$/],
  tableNo: NO_TABLE_NO,
  grids: [
    {
      section: "indicators",
      nameZh: "评价指标",
      columns: [WEIGHT, SCORE, { role: "rate", nameZh: "得分率", match: [/^得分率$/], kind: "percent" }],
      groups: [{ role: "level1", nameZh: "一级指标", match: [/^一级指标$/] }],
      label: { role: "level2", nameZh: "二级指标", match: [/^二级指标$/] },
      minColumns: 3,
      lines: [{ role: "total", nameZh: "合计", match: [/^合计$/, /^总分$/] }],
    },
  ],
};
