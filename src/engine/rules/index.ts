import { amountAsText } from "./amount-as-text";
import { assetCountSum } from "./asset-count-sum";
import { budgetFunctionEconomic } from "./budget-function-economic";
import { codeFormat } from "./code-format";
import { codeName } from "./code-name";
import { codeParent } from "./code-parent";
import { crossTable } from "./cross-table";
import { econBlock } from "./econ-block";
import { econHierarchy } from "./econ-hierarchy";
import { emptyTableNonzero } from "./empty-table-nonzero";
import { excessDecimals } from "./excess-decimals";
import { functionEconomic } from "./function-economic";
import { hierarchySum } from "./hierarchy-sum";
import { negativeAmount } from "./negative-amount";
import { partWhole } from "./part-whole";
import { perfAmountSum } from "./perf-amount-sum";
import { perfCrossTable } from "./perf-cross-table";
import { perfRates } from "./perf-rates";
import { perfScoreLimit } from "./perf-score-limit";
import { perfScoreSum } from "./perf-score-sum";
import { rowIdentity } from "./row-identity";
import { summaryRowIdentity } from "./summary-row-identity";
import { summaryTotals } from "./summary-totals";
import { suspiciousPlacement } from "./suspicious-placement";
import { threePublicSum } from "./three-public-sum";
import { unreadableCell } from "./unreadable-cell";
import type { AnyRuleModule } from "./types";

export type {
  AnyRuleModule,
  RuleContext,
  RuleMeta,
  RuleModule,
  RuleVisitor,
  ReportDescriptor,
  TableSet,
} from "./types";

/** The registry: rule id → module, sorted by id. A new rule is one file in this directory and one line here. */
export const rules: Readonly<Record<string, AnyRuleModule>> = Object.freeze({
  "amount-as-text": amountAsText,
  "asset-count-sum": assetCountSum,
  "budget-function-economic": budgetFunctionEconomic,
  "code-format": codeFormat,
  "code-name": codeName,
  "code-parent": codeParent,
  "cross-table": crossTable,
  "econ-block": econBlock,
  "econ-hierarchy": econHierarchy,
  "empty-table-nonzero": emptyTableNonzero,
  "excess-decimals": excessDecimals,
  "function-economic": functionEconomic,
  "hierarchy-sum": hierarchySum,
  "negative-amount": negativeAmount,
  "part-whole": partWhole,
  "perf-amount-sum": perfAmountSum,
  "perf-cross-table": perfCrossTable,
  "perf-rates": perfRates,
  "perf-score-limit": perfScoreLimit,
  "perf-score-sum": perfScoreSum,
  "row-identity": rowIdentity,
  "summary-row-identity": summaryRowIdentity,
  "summary-totals": summaryTotals,
  "suspicious-placement": suspiciousPlacement,
  "three-public-sum": threePublicSum,
  "unreadable-cell": unreadableCell,
});

/** The registered rules in id order. */
export const ruleList: ReadonlyArray<AnyRuleModule> = Object.freeze(
  Object.keys(rules)
    .sort()
    .map((id) => rules[id]),
);
