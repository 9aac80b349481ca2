import { NO_TABLE_NO } from "./perf-common";
import type { FormSpec } from "./spec";

/** 绩效评价报告 资产情况明细表: 资产 lines × 年初数 / 年末数 (数量, 金额), in 元. */
export const perfEvalAssets: FormSpec = {
  id: "perf-eval-assets",
  layout: "form",
  title: "资产情况明细表",
  titles: ["资产情况明细表"],
  titlePatterns: [/资产情况明细表$/],
  tableNo: NO_TABLE_NO,
  grids: [
    {
      section: "assets",
      nameZh: "资产情况",
      columns: [
        { role: "opening.count", nameZh: "年初数 数量", match: [/^年初数.*\/数量$/], kind: "score" },
        { role: "opening.amount", nameZh: "年初数 金额", match: [/^年初数.*\/金额$/], kind: "amount" },
        { role: "closing.count", nameZh: "年末数 数量", match: [/^年末数.*\/数量$/], kind: "score" },
        { role: "closing.amount", nameZh: "年末数 金额", match: [/^年末数.*\/金额$/], kind: "amount" },
      ],
      minColumns: 4,
    },
  ],
};
