import Decimal from "decimal.js";
import type { AmountCell, Table, TableRow } from "../model/table";
import { columnHeader, num, SCORE_TABLES } from "./support/perf";
import { visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

const HUNDRED = new Decimal(100);
const half = (decimals: number) => new Decimal(5).times(new Decimal(10).pow(-decimals - 1));

/** “得分(20分*执行率)” → 20: the 分值 the 得分 header states, and that it states the formula. */
function statedFormula(header: string): { points?: Decimal; stated: boolean } {
  const stated = /执行率/.test(header) && /[*×xX]/.test(header);
  const m = /(\d+(?:\.\d+)?)\s*分\s*[*×xX]/.exec(header);
  return { stated, points: m ? new Decimal(m[1]) : undefined };
}

/**
 * 绩效表的比率：
 *  - 执行率 = 全年执行数 / 全年预算数（打印的金额各有 ±半个末位的舍入，按区间判断）；
 *  - 得分率 = 得分 / 权重（分值）；
 *  - 预算执行得分 = 分值 × 执行率（不超过分值）。表头写明“得分(20分*执行率)”时不符为 error；表中未写明计分方法时为 warning。
 */
export const perfRates: RuleModule = {
  meta: {
    id: "perf-rates",
    severity: "error",
    category: "绩效",
    requires: SCORE_TABLES,
    requiresMode: "any",
    messages: {
      executionRate:
        "“{{row}}”执行率 {{actual}}% 与 执行数 {{execution}} / 预算数 {{budget}} = {{expected}}% 不符，相差 {{difference}} 个百分点",
      scoreRate:
        "“{{row}}”得分率 {{actual}}% 与 得分 {{score}} / 权重 {{weight}} = {{expected}}% 不符，相差 {{difference}} 个百分点",
      executionScore:
        "“{{row}}”得分 {{actual}} 与 分值 {{weight}} × 执行率 {{rate}}% = {{expected}} 不符，相差 {{difference}}（表中注明按“分值×执行率”计分）",
      executionScoreUnstated:
        "“{{row}}”得分 {{actual}} 与 分值 {{weight}} × 执行率 {{rate}}% = {{expected}} 不符，相差 {{difference}}；表中未写明计分方法，请核对",
    },
    docs: {
      description: "绩效表：执行率 = 执行数/预算数，得分率 = 得分/权重，预算执行得分 = 分值 × 执行率",
      url: "docs/rules/perf-rates.md",
    },
  },
  create(ctx) {
    const report = (
      messageId: string,
      printed: AmountCell & { value: Decimal },
      exact: Decimal,
      decimals: number,
      evidence: AmountCell[],
      data: Record<string, string>,
      severity?: "warning",
    ) => {
      const expected = exact.toDecimalPlaces(Math.max(decimals, 2), Decimal.ROUND_HALF_UP);
      const diff = printed.value.minus(expected);
      ctx.report({
        messageId,
        severity,
        cells: [printed.ref, ...evidence.map((c) => c.ref)],
        data: {
          ...data,
          actual: printed.value.toFixed(),
          expected: expected.toFixed(),
          difference: diff.isNeg() ? diff.toFixed() : `+${diff.toFixed()}`,
        },
        expected: expected.toFixed(2),
        actual: printed.value.toFixed(2),
        difference: diff.toFixed(2),
      });
    };
    const name = (r: TableRow) => (r.label || r.role || "").replace(/\s+/g, "");

    return visitorFor(SCORE_TABLES, (table: Table) => {
      for (const r of table.rows) {
        const { budget, actual, rate, score, weight } = r.cells;
        // 执行率 from the amounts, each printed figure ±half a unit of its last decimal.
        let exactRate: Decimal | undefined;
        if (num(budget) && num(actual) && budget.value.gt(0)) {
          exactRate = actual.value.div(budget.value).times(HUNDRED);
          if (num(rate)) {
            // Amounts are to the cent at least (“40” in a General-format cell is 40.00 万元).
            const hb = half(Math.max(2, budget.value.decimalPlaces()));
            const ha = half(Math.max(2, actual.value.decimalPlaces()));
            const lo = actual.value.minus(ha).div(budget.value.plus(hb)).times(HUNDRED);
            const hi = actual.value
              .plus(ha)
              .div(Decimal.max(budget.value.minus(hb), hb))
              .times(HUNDRED);
            const hr = half(rate.value.decimalPlaces());
            if (rate.value.lt(lo.minus(hr)) || rate.value.gt(hi.plus(hr)))
              report("executionRate", rate, exactRate, rate.value.decimalPlaces(), [actual, budget], {
                row: name(r),
                execution: actual.value.toFixed(),
                budget: budget.value.toFixed(),
              });
          }
        }
        // 得分率 = 得分 / 权重 (score tables print a 得分率 column).
        if (table.id === "perf-eval-scores" && num(rate) && num(score) && num(weight) && weight.value.gt(0)) {
          const exact = score.value.div(weight.value).times(HUNDRED);
          if (rate.value.minus(exact).abs().gt(half(rate.value.decimalPlaces())))
            report("scoreRate", rate, exact, rate.value.decimalPlaces(), [score, weight], {
              row: name(r),
              score: score.value.toFixed(),
              weight: weight.value.toFixed(),
            });
        }
        // 得分 = 分值 × 执行率 on the 资金 line.
        if ((r.section === "funds" || r.section === "tasks") && num(score)) {
          const f = statedFormula(columnHeader(table, score));
          const points = num(weight) ? weight.value : f.points;
          const pct = exactRate ?? (num(rate) ? rate.value : undefined);
          if (points === undefined || pct === undefined) continue;
          const exact = Decimal.min(points, points.times(pct).div(HUNDRED));
          if (score.value.minus(exact).abs().gt(half(score.value.decimalPlaces())))
            report(
              f.stated ? "executionScore" : "executionScoreUnstated",
              score,
              exact,
              2,
              [...(num(weight) ? [weight] : []), ...(num(rate) ? [rate] : [])],
              { row: name(r), weight: points.toFixed(), rate: pct.toDecimalPlaces(2).toFixed() },
              f.stated ? undefined : "warning",
            );
        }
      }
    });
  },
};

export default perfRates;
