import Decimal from "decimal.js";
import type { AmountCell, Table } from "../model/table";
import { checkPerfSum, indicatorRows, num, SCORE_TABLES, statedPoints, totalLine } from "./support/perf";
import { visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/**
 * 绩效表的分值与得分合计：
 *  - 指标块标题写明的分值（“产出指标（50分）”“部门规划计划(5 分)”）= 该块各指标分值之和；
 *  - 总分/合计行的分值 = 各行分值之和（含项目资金/预算执行行），且为 100；
 *  - 总分/合计行的得分 = 各行得分之和。得分栏有空白的指标时（PDF 中合并单元格可能丢失），不相等只作为 warning。
 */
export const perfScoreSum: RuleModule = {
  meta: {
    id: "perf-score-sum",
    severity: "error",
    category: "绩效",
    requires: SCORE_TABLES,
    requiresMode: "any",
    messages: {
      block: "“{{heading}}”标明 {{actual}} 分，但其下各指标分值之和为 {{expected}} 分，相差 {{difference}}",
      weightTotal: "{{line}}分值 {{actual}} 不等于各行分值之和 {{expected}}，相差 {{difference}}",
      hundred: "{{line}}分值为 {{actual}}，不是 100 分",
      scoreTotal: "{{line}}得分 {{actual}} 不等于各行得分之和 {{expected}}，相差 {{difference}}",
      scoreTotalBlank:
        "{{line}}得分 {{actual}} 不等于各行得分之和 {{expected}}（相差 {{difference}}），但有 {{blanks}} 个指标的得分为空白（可能是合并单元格丢失），请核对",
    },
    docs: {
      description: "绩效表：指标块分值 = 其下指标分值之和，总分分值 = Σ分值 = 100，总分得分 = Σ得分",
      url: "docs/rules/perf-score-sum.md",
    },
  },
  create(ctx) {
    return visitorFor(SCORE_TABLES, (table: Table) => {
      const items = indicatorRows(table);
      const hasWeight = items.some((r) => num(r.cells.weight));
      // Block headings: every heading instance (by its cell) that states its 分.
      if (hasWeight) {
        // A level is checked only where every heading at it states its 分: a heading without one (“满意度”) leaves
        // open whether its indicators belong to the block above it, so that level is not evaluated.
        const blocks = new Map<
          string,
          { label: string; ref: AmountCell["ref"]; level: number; weights: AmountCell[] }
        >();
        const unstated = new Map<number, string>();
        for (const r of items)
          (r.groups ?? []).forEach((g, level) => {
            if (!statedPoints(g.label)) {
              unstated.set(level, g.label);
              return;
            }
            const b = blocks.get(g.ref.address) ?? { label: g.label, ref: g.ref, level, weights: [] };
            if (r.cells.weight) b.weights.push(r.cells.weight);
            blocks.set(g.ref.address, b);
          });
        for (const [level, label] of unstated)
          if ([...blocks.values()].some((b) => b.level === level))
            ctx.notEvaluated(`指标标题“${label.replace(/\s+/g, "")}”未标明分值，该层级各指标块的分值未核对`);
        for (const b of blocks.values()) {
          if (unstated.has(b.level)) continue;
          const stated = statedPoints(b.label)!;
          const heading: AmountCell = { value: stated, ref: b.ref, raw: b.label, fromText: true, decimals: 0 };
          checkPerfSum(ctx, {
            total: heading,
            addends: b.weights,
            data: { heading: b.label.replace(/\s+/g, " ") },
            what: `“${b.label}”分值`,
            mismatch: "block",
          });
        }
      }
      const total = totalLine(table);
      if (!total) return;
      const line = total.label.replace(/\s+/g, "") || "总分";
      // The scored lines besides the indicators: 年度资金总额 / 金额合计 / 部门整体支出总额 with a 分值 or 得分.
      const scored = table.rows.filter((r) => r.section === "funds" || r.section === "tasks");
      if (num(total.cells.weight)) {
        const weights = [
          ...scored.map((r) => r.cells.weight).filter(num),
          ...items.map((r) => r.cells.weight).filter((c): c is AmountCell => c !== undefined),
        ];
        checkPerfSum(ctx, {
          total: total.cells.weight,
          addends: weights,
          data: { line },
          what: `${line}分值`,
          mismatch: "weightTotal",
        });
        if (!total.cells.weight.value.equals(new Decimal(100)))
          ctx.report({
            messageId: "hundred",
            cells: [total.cells.weight.ref],
            data: { line, actual: total.cells.weight.value.toFixed() },
            expected: "100.00",
            actual: total.cells.weight.value.toFixed(2),
            difference: total.cells.weight.value.minus(100).toFixed(2),
          });
      }
      if (num(total.cells.score)) {
        const scores = [
          ...scored.map((r) => r.cells.score).filter(num),
          ...items.map((r) => r.cells.score).filter((c): c is AmountCell => c !== undefined),
        ];
        const blanks = items.filter(
          (r) => r.cells.score !== undefined && r.cells.score.value === null && r.cells.score.empty === "blank",
        );
        checkPerfSum(ctx, {
          total: total.cells.score,
          addends: scores,
          data: blanks.length ? { line, blanks: blanks.length } : { line },
          what: `${line}得分`,
          mismatch: blanks.length ? "scoreTotalBlank" : "scoreTotal",
          severity: blanks.length ? "warning" : undefined,
        });
      }
    });
  },
};

export default perfScoreSum;
