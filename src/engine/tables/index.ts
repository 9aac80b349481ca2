import type { TableSpec } from "./spec";
import { final01 } from "./final-01";
import { final02 } from "./final-02";
import { final03 } from "./final-03";
import { final04 } from "./final-04";
import { final05 } from "./final-05";
import { final06 } from "./final-06";
import { final07 } from "./final-07";
import { final08 } from "./final-08";
import { final09 } from "./final-09";
import { final10 } from "./final-10";
import { budgetSummary } from "./budget-summary";
import { budgetIncomeTotal } from "./budget-income-total";
import { budgetExpenseTotal } from "./budget-expense-total";
import { budgetFiscalSummary } from "./budget-fiscal-summary";
import { budgetGpb } from "./budget-gpb";
import { budgetGpbBasic } from "./budget-gpb-basic";
import { budgetThreePublic } from "./budget-three-public";
import { budgetFund } from "./budget-fund";
import { budgetSoe } from "./budget-soe";
import { perfProjectSelf } from "./perf-project-self";
import { perfDeptSelf } from "./perf-dept-self";
import { perfDeptTarget } from "./perf-dept-target";
import { perfProjectTarget } from "./perf-project-target";
import { perfEvalScores } from "./perf-eval-scores";
import { perfEvalIndicators } from "./perf-eval-indicators";
import { perfEvalAssets } from "./perf-eval-assets";

export type { TableSpec } from "./spec";

/** Every standard table the recogniser knows, in document order. */
export const tableSpecs: ReadonlyArray<TableSpec> = [
  final01,
  final02,
  final03,
  final04,
  final05,
  final06,
  final07,
  final08,
  final09,
  final10,
  // 部门预算公开表, in the order of the standard 预算公开 目录.
  budgetSummary,
  budgetIncomeTotal,
  budgetExpenseTotal,
  budgetFiscalSummary,
  budgetGpb,
  budgetGpbBasic,
  budgetThreePublic,
  budgetFund,
  budgetSoe,
  // 绩效 forms (自评表, 目标表) and the 绩效评价 tables.
  perfProjectSelf,
  perfDeptSelf,
  perfDeptTarget,
  perfProjectTarget,
  perfEvalScores,
  perfEvalIndicators,
  perfEvalAssets,
];

export function specById(id: string): TableSpec | undefined {
  return tableSpecs.find((s) => s.id === id);
}
