/**
 * seeds 003 (部门预算) and 004 (绩效评价报告) with everything that marks cells — the full rule registry, the
 * statements inside the 绩效 tables, and the report's text (-narrative.txt) checked against the tables: every
 * error-level finding is a truth error item at its cell, and every truth error with a cell is found. The one anchored
 * differently is seed004-11: the truth marks the 得分 G31, we mark the 评分过程 text H31 that prints the wrong rate
 * (same row; see tests/narrative/check-table-texts.test.ts).
 */
import * as fs from "fs";
import Decimal from "decimal.js";
import * as path from "path";
import { checkNarrative, checkTableTexts, narrativeTableFindings } from "../../src/engine/narrative/check";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { FIXTURES, fixtureSnapshot, truth, type FixtureName } from "../support/fixtures";

const AT_TEXT_CELL: Record<string, string> = { "seed004-11": "附件1指标评分表!H31" };

test.each(["seed003-donghu-2024-budget", "seed004-qingyunpu-2022-evaluation"] as FixtureName[])(
  "%s: error findings are the truth's errors (by cell), and every truth error with a cell is found",
  (name) => {
    const snap = fixtureSnapshot(name);
    const res = recognize(snap);
    const text = fs.readFileSync(path.join(FIXTURES, `${name}-narrative.txt`), "utf8");
    const errors = [
      ...runRules(res).findings,
      ...checkTableTexts(snap, res),
      ...narrativeTableFindings(checkNarrative(text, res)),
    ].filter((f) => f.severity === "error");
    const truthErrors = truth(name).filter((t) => t.severity === "error" && t.cell);
    const truthCells = new Set(truthErrors.map((t) => AT_TEXT_CELL[t.id] ?? t.cell!));
    // A truth error without a cell (seed004-12: the heading's 6 分 vs 权重 3) may be marked where we can point:
    // it is matched by its figures.
    const uncelled = truth(name).filter((t) => t.severity === "error" && !t.cell);
    const isUncelledTruth = (f: (typeof errors)[number]) =>
      uncelled.some(
        (t) =>
          f.expected !== undefined &&
          f.actual !== undefined &&
          new Decimal(f.expected).eq(new Decimal(String(t.expected))) &&
          new Decimal(f.actual).eq(new Decimal(String(t.actual))),
      );
    const outside = errors.filter((f) => !truthCells.has(f.cells[0]) && !isUncelledTruth(f)).map((f) => f.cells[0]);
    expect([...new Set(outside)]).toEqual([]);
    expect([...truthCells].filter((c) => !errors.some((f) => f.cells[0] === c))).toEqual([]);
  },
);
