/**
 * The sum rules against the seed truth files: every hierarchy_sum / row_sum item on a code-rows table
 * (公开02/03/05/07/08表) of seeds 000–002 is reported at exactly its cell, with the same difference and severity;
 * and the rules report nothing at error level — nor anything else — that the truth does not list.
 *
 * Stored values: fixtureSnapshot uses the cached value of formula cells, as the truth does (seed000's 03/05表 合计
 * are SUM formulas caching the printed 363.59; recalculated they would read 363.60 — see `if_recalculated`).
 */
import Decimal from "decimal.js";
import { parseA1 } from "../../src/engine/address";
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { hierarchySum } from "../../src/engine/rules/hierarchy-sum";
import { rowIdentity } from "../../src/engine/rules/row-identity";
import { runRules } from "../../src/engine/rules/run";
import { createSnapshot, type CellValue, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { fixtureSnapshot, truth, type FixtureName, type TruthItem } from "../support/fixtures";

const SEEDS: FixtureName[] = ["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"];

/** Truth kind → the rule that must report it. */
const RULE_OF_KIND: Record<string, string> = { hierarchy_sum: "hierarchy-sum", row_sum: "row-identity" };

/** The code-rows tables, as the truth names them ("公开02表", "公开02表 (决算公开表 sheet)"). */
const CODE_ROWS_TABLE = /^公开0?[23578]表(\s|$)/;

/** In scope: a sum item on a code-rows table, anchored at a cell. */
function inScope(t: TruthItem): boolean {
  return t.kind in RULE_OF_KIND && CODE_ROWS_TABLE.test(t.table) && t.cell !== undefined;
}

/** The row a truth item's location names: "合计 row, …" → "合计"; "21015 医疗保障管理事务 row: …" → "21015". */
function locationRow(t: TruthItem): string {
  const head = t.location.split(/[,:，：]/)[0].trim();
  return head.startsWith("合计") ? "合计" : head.split(/\s+/)[0];
}

const runs = new Map(
  SEEDS.map((s) => [s, runRules(recognize(fixtureSnapshot(s)), [hierarchySum, rowIdentity], { rethrow: true })]),
);

function matches(f: Finding, t: TruthItem): boolean {
  return (
    f.ruleId === RULE_OF_KIND[t.kind] &&
    f.cells[0] === t.cell &&
    f.difference !== undefined &&
    t.difference !== null &&
    new Decimal(f.difference).equals(new Decimal(String(t.difference)))
  );
}

const fixed2 = (v: number | string | null) => (v === null ? null : new Decimal(String(v)).toFixed(2));

describe.each(SEEDS)("%s", (seed) => {
  const items = truth(seed).filter(inScope);
  const { findings, rules } = runs.get(seed)!;

  test("the truth has items in scope, and both rules ran on the code-rows tables", () => {
    expect(items.length).toBeGreaterThan(0);
    expect(rules.map((r) => r.id)).toEqual(["hierarchy-sum", "row-identity"]);
    for (const r of rules) expect(["passed", "failed"]).toContain(r.status);
  });

  test.each(items.map((t) => [t.id, t] as const))(
    "%s is reported at its cell with its difference and severity",
    (_, t) => {
      const hits = findings.filter((f) => matches(f, t));
      expect(hits).toHaveLength(1);
      const [f] = hits;
      expect(f.severity).toBe(t.severity);
      expect(f.expected).toBe(fixed2(t.expected));
      expect(f.actual).toBe(fixed2(t.actual));
      // The message names the row the truth's location names.
      expect(f.message.startsWith(locationRow(t))).toBe(true);
    },
  );

  test("no error-level finding of these rules is missing from the truth", () => {
    const extra = findings.filter((f) => f.severity === "error" && !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.ruleId} ${f.cells[0]} ${f.difference}`)).toEqual([]);
  });

  test("no finding at all (尾差 included) that the truth does not list", () => {
    const extra = findings.filter((f) => !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.ruleId} ${f.severity} ${f.cells[0]} ${f.difference}`)).toEqual([]);
  });
});

test("scope: the truth ids these tests cover", () => {
  const ids = SEEDS.flatMap((s) =>
    truth(s)
      .filter(inScope)
      .map((t) => t.id),
  );
  expect(ids).toEqual([
    "seed000-02",
    "seed000-03",
    "seed000-04",
    "seed000-05",
    "seed000-08",
    "seed000-09",
    "seed001-02",
    "seed001-03",
    "seed001-04",
    "seed001-05",
    "seed001-06",
    "seed001-07",
    "seed001-08",
    "seed001-09",
    "seed001-12",
    "seed001-13",
    "seed001-14",
    "seed001-15",
    "seed002-02",
    "seed002-03",
    "seed002-04",
    "seed002-05",
  ]);
});

/** The snapshot as Excel would show it after recalculating on open: the given formula cells hold `value`. */
function recalculated(snap: WorkbookSnapshot, cells: Record<string, CellValue>): WorkbookSnapshot {
  return createSnapshot(
    snap.sheets.map((sh) => {
      const values = sh.values.map((r) => [...r]);
      for (const [ref, v] of Object.entries(cells)) {
        const [name, a1] = ref.split("!");
        if (name !== sh.name) continue;
        expect(sh.formulas?.[a1]).toMatch(/^SUM\(/);
        const { row, col } = parseA1(a1);
        values[row][col] = v;
      }
      return {
        name: sh.name,
        values,
        merges: [...sh.merges],
        formulas: { ...sh.formulas },
        numberFormats: { ...sh.numberFormats },
      };
    }),
    snap.source,
  );
}

test("seed000 recalculated (03表 E6, 05表 D8 = 363.60): the four if_recalculated items disappear, 02表's stay", () => {
  const seed = "seed000-zhushan-2024-final";
  const snap = recalculated(fixtureSnapshot(seed), { "公开03表!E6": 363.6, "公开05表!D8": 363.6 });
  const { findings } = runRules(recognize(snap), [hierarchySum, rowIdentity], { rethrow: true });
  const items = truth(seed).filter(inScope);
  const reported = items.filter((t) => findings.some((f) => matches(f, t)));
  expect(reported.map((t) => t.id)).toEqual(["seed000-02", "seed000-03"]);
  expect(items.filter((t) => t.if_recalculated !== undefined).map((t) => t.id)).toEqual([
    "seed000-04",
    "seed000-05",
    "seed000-08",
    "seed000-09",
  ]);
  expect(findings).toHaveLength(2);
});
