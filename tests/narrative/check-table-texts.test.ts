/**
 * Statements written inside the 绩效 tables (评分过程 of seed004's 附件1) checked against the tables and against
 * themselves — the truth items anchored at those text cells, and nothing at error level beyond the truth on any seed.
 */
import Decimal from "decimal.js";
import { checkTableTexts } from "../../src/engine/narrative/check";
import { recognize } from "../../src/engine/recognize";
import { fixtureSnapshot, FIXTURE_NAMES, truth } from "../support/fixtures";

const SEED004 = "seed004-qingyunpu-2022-evaluation" as const;
const findings = checkTableTexts(fixtureSnapshot(SEED004), recognize(fixtureSnapshot(SEED004)));

/**
 * seed004-11 (公用经费变动比率 printed as 89.38% for −89.38%): the truth marks the 得分 G31 — the score the sign decides —
 * while the wrong rate is printed in the 评分过程 text beside it, H31, where we mark it (a text finding is marked where
 * the text says it). Same row, same figures; the anchor differs for that reason only.
 */
const AT_TEXT_CELL: Record<string, string> = { "seed004-11": "附件1指标评分表!H31" };

test.each(["seed004-10", "seed004-11"])("%s is reported at its text cell with the truth's figures", (id) => {
  const t = truth(SEED004).find((x) => x.id === id)!;
  const cell = AT_TEXT_CELL[id] ?? t.cell!;
  const hit = findings.find((f) => f.cells[0] === cell);
  expect(hit).toBeDefined();
  expect(cell.replace(/[A-Z]+(\d+)$/, "$1")).toBe(t.cell!.replace(/[A-Z]+(\d+)$/, "$1"));
  expect(hit!.severity).toBe(t.severity);
  expect(new Decimal(hit!.expected!).equals(new Decimal(String(t.expected)))).toBe(true);
  expect(new Decimal(hit!.actual!).equals(new Decimal(String(t.actual)))).toBe(true);
});

test("seed004-10: the 其中 parts of 政府采购预算 against the stated total, marked at 附件1 H13", () => {
  const f = findings.find((x) => x.cells[0] === "附件1指标评分表!H13")!;
  expect([f.messageId, f.expected, f.actual, f.difference]).toEqual(["sum-mismatch", "40.00", "30.00", "-10.00"]);
  expect(f.table).toBe("perf-eval-indicators");
});

test("the 资产 figures repeated in 附件1's 评分过程 are reported at the table cells the truth names (seed004-01..03)", () => {
  const cells = findings.filter((f) => f.messageId === "amount-mismatch").map((f) => f.cells[0]);
  const expected = ["seed004-01", "seed004-02", "seed004-03"].map(
    (id) => truth(SEED004).find((x) => x.id === id)!.cell,
  );
  expect(cells.sort()).toEqual(expected.sort());
});

test.each(FIXTURE_NAMES)("%s: every error-level finding of the table texts is a truth item at its cell", (name) => {
  const snap = fixtureSnapshot(name);
  const errors = checkTableTexts(snap, recognize(snap)).filter((f) => f.severity === "error");
  const truthCells = new Set(
    truth(name)
      .filter((t) => t.severity === "error" && t.cell)
      .map((t) => AT_TEXT_CELL[t.id] ?? t.cell),
  );
  expect(errors.map((f) => f.cells[0]).filter((c) => !truthCells.has(c))).toEqual([]);
});
