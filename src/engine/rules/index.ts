import { hierarchySum } from "./hierarchy-sum";
import { rowIdentity } from "./row-identity";
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
  "hierarchy-sum": hierarchySum,
  "row-identity": rowIdentity,
});

/** The registered rules in id order. */
export const ruleList: ReadonlyArray<AnyRuleModule> = Object.freeze(
  Object.keys(rules)
    .sort()
    .map((id) => rules[id]),
);
