import { DEFAULT_SUM_OPTIONS, type SumOptions } from "./support/sums";
import { functionEconomicVisitor } from "./function-economic";
import type { RuleModule } from "./types";

/**
 * The 预算 counterpart of function-economic: within 基本支出, 一般公共预算基本支出表 (经济分类, 合计 column) 30108 ↔
 * 一般公共预算支出表 (功能分类, 基本支出 column) 2080505, 30109 ↔ 2080506, 30110 + 30111 ↔ 2101101 + 2101102 + 2101103,
 * 30113 ↔ 2210201. The same check and tolerance (function-economic.ts), on the 预算 pair of tables; a separate rule so
 * that each rule's applicability is its own pair (a 决算 workbook has no 预算 tables and the reverse).
 */
export const budgetFunctionEconomic: RuleModule<SumOptions> = {
  meta: {
    id: "budget-function-economic",
    severity: "warning",
    category: "科目编码",
    requires: ["budget-gpb", "budget-gpb-basic"],
    messages: {
      mismatch:
        "基本支出表 {{economic}} {{actual}} 与 一般公共预算支出表 {{functional}} 的基本支出 {{expected}} 不一致，相差 {{difference}}：差额部分可能列在了其他功能分类科目下",
      tail: "基本支出表 {{economic}} {{actual}} 与 一般公共预算支出表 {{functional}} 的基本支出 {{expected}} 相差 {{difference}}，在 {{n}} 个非零金额的尾差允许范围 ±{{allowance}} 以内（尾差）",
      noFunctionCode:
        "基本支出表 {{economic}} 共 {{actual}}，但 一般公共预算支出表 没有对应的功能分类科目（{{functional}}）：这些缴费通常应列入各自的功能分类科目，而不是全部列在其他科目下",
    },
    docs: {
      description:
        "部门预算：基本支出中社会保险缴费、住房公积金的经济分类金额（一般公共预算基本支出表）与对应功能分类科目的基本支出（一般公共预算支出表）一致",
      url: "docs/rules/budget-function-economic.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    return functionEconomicVisitor(ctx, {
      functional: "budget-gpb",
      economic: "budget-gpb-basic",
      economicColumn: "total",
      functionalName: "一般公共预算支出表",
      economicName: "一般公共预算基本支出表",
    });
  },
};

export default budgetFunctionEconomic;
