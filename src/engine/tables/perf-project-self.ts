import { FORM_STOPS, FUNDS_COLUMNS, FUNDS_LINES, INDICATORS, NO_TABLE_NO } from "./perf-common";
import type { FormSpec } from "./spec";

/** 项目支出绩效自评表: 项目资金 (年度资金总额 and its 其中 lines × 预算/执行/分值/执行率/得分), then 绩效指标 and 总分. */
export const perfProjectSelf: FormSpec = {
  id: "perf-project-self",
  layout: "form",
  title: "项目支出绩效自评表",
  titles: ["项目支出绩效自评表", "项目绩效自评表", "项目自评表"],
  titlePatterns: [/项目(支出)?绩效自评表$/, /项目自评表$/],
  tableNo: NO_TABLE_NO,
  grids: [
    {
      section: "funds",
      nameZh: "项目资金",
      columns: FUNDS_COLUMNS,
      minColumns: 3,
      lines: [...FUNDS_LINES, { role: "gov", nameZh: "政府预算资金", match: [/^政府预算资金$/] }],
    },
    INDICATORS,
  ],
  stops: FORM_STOPS,
};
