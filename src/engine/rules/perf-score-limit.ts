import type { Table } from "../model/table";
import { num, SCORE_TABLES } from "./support/perf";
import { visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/** 绩效表：每个指标（及项目资金行）的得分不得超过其分值，也不得为负。 */
export const perfScoreLimit: RuleModule = {
  meta: {
    id: "perf-score-limit",
    severity: "error",
    category: "绩效",
    requires: SCORE_TABLES,
    requiresMode: "any",
    messages: {
      over: "“{{row}}”得分 {{score}} 超过其分值 {{weight}}",
      negative: "“{{row}}”得分 {{score}} 为负数",
    },
    docs: { description: "绩效表：各指标得分不超过分值、不为负", url: "docs/rules/perf-score-limit.md" },
  },
  create(ctx) {
    return visitorFor(SCORE_TABLES, (table: Table) => {
      for (const r of table.rows) {
        if (r.kind === "total") continue;
        const { score, weight } = r.cells;
        if (!num(score)) continue;
        const row = (r.label || r.role || "").replace(/\s+/g, "");
        if (score.value.isNeg()) {
          ctx.report({ messageId: "negative", cells: [score.ref], data: { row, score: score.value.toFixed() } });
          continue;
        }
        if (num(weight) && score.value.gt(weight.value))
          ctx.report({
            messageId: "over",
            cells: [score.ref, weight.ref],
            data: { row, score: score.value.toFixed(), weight: weight.value.toFixed() },
            expected: weight.value.toFixed(2),
            actual: score.value.toFixed(2),
            difference: score.value.minus(weight.value).toFixed(2),
          });
      }
    });
  },
};

export default perfScoreLimit;
