import { NO_TABLE_NO, SCORE, WEIGHT } from "./perf-common";
import type { FormSpec } from "./spec";

/** 绩效评价 指标评分表: 一级/二级指标 headings with their 分, 三级指标 rows × 分值 / 得分 (指标解释, 评分标准, 评分过程 as text). */
export const perfEvalIndicators: FormSpec = {
  id: "perf-eval-indicators",
  layout: "form",
  title: "部门整体支出绩效评价指标评分表",
  titles: ["部门整体支出绩效评价指标评分表", "绩效评价指标评分表", "指标评分表"],
  titlePatterns: [/绩效评价指标评分表$/, /指标评分表$/],
  tableNo: NO_TABLE_NO,
  grids: [
    {
      section: "indicators",
      nameZh: "评价指标",
      columns: [WEIGHT, SCORE],
      groups: [
        { role: "level1", nameZh: "一级指标", match: [/^一级指标$/] },
        { role: "level2", nameZh: "二级指标", match: [/^二级指标$/] },
      ],
      label: { role: "level3", nameZh: "三级指标", match: [/^三级指标$/] },
      minColumns: 3,
      lines: [{ role: "total", nameZh: "合计", match: [/^合计$/, /^总分$/] }],
    },
  ],
};
