/**
 * The 表内勾稽 rules of the named-line tables against the seed truth files: every column_sum item on 公开01/04表 and
 * every hierarchy_sum item on 公开06表 of seeds 000–002 is reported at exactly its cell, with the same difference,
 * expected, actual and severity; the rules report nothing at error level on these seeds (none of these identities fails
 * beyond the tolerance there), and nothing at all — 尾差 included — that the truth does not list (pinned below, so an
 * unexpected finding cannot slip in).
 *
 * In the truth, the 01/04 总表 identities (本年收入/支出合计, 总计, 收 = 支) are `column_sum`; the 06表 类 = Σ款 and
 * 人员/公用经费合计 items are `hierarchy_sum`. 04 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (summary-row-identity) and the
 * 09/10表 identities hold on all three seeds, so the truth lists no item for them.
 */
import Decimal from "decimal.js";
import { parseA1 } from "../../src/engine/address";
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { assetCountSum } from "../../src/engine/rules/asset-count-sum";
import { econHierarchy } from "../../src/engine/rules/econ-hierarchy";
import { runRules } from "../../src/engine/rules/run";
import { summaryRowIdentity } from "../../src/engine/rules/summary-row-identity";
import { summaryTotals } from "../../src/engine/rules/summary-totals";
import { threePublicSum } from "../../src/engine/rules/three-public-sum";
import { createSnapshot, type CellValue, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { fixtureSnapshot, truth, type FixtureName, type TruthItem } from "../support/fixtures";

const SEEDS: FixtureName[] = ["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"];

const RULES = [assetCountSum, econHierarchy, summaryRowIdentity, summaryTotals, threePublicSum];

/** The rule that must report a truth item, by its table ("公开04表", "公开06表 (决算公开表 sheet)") and kind. */
function ruleOf(t: TruthItem): string | undefined {
  if (t.kind === "column_sum" && /^公开0?[14]表(\s|$)/.test(t.table)) return "summary-totals";
  if (t.kind === "hierarchy_sum" && /^公开0?6表(\s|$)/.test(t.table)) return "econ-hierarchy";
  if (t.kind === "row_sum" && /^公开0?4表(\s|$)/.test(t.table)) return "summary-row-identity";
  if (/_sum$/.test(t.kind) && /^公开0?9表(\s|$)/.test(t.table)) return "three-public-sum";
  if (/_sum$/.test(t.kind) && /^公开10表(\s|$)/.test(t.table)) return "asset-count-sum";
  return undefined;
}

/** In scope: a sum item on 01/04/06/09/10表, anchored at a cell. */
function inScope(t: TruthItem): boolean {
  return ruleOf(t) !== undefined && t.cell !== undefined;
}

/** The line a location names ("本年支出合计, 合计(栏2)" → 本年支出合计) and the column, if it names one (→ 合计). */
function locationParts(t: TruthItem): { line: string; column?: string } {
  const [line, column] = t.location.split(/[,，]/).map((s) => s.trim());
  return { line, column: column?.replace(/\s*[(（]栏\s*\d+[)）]$/, "") };
}

const runs = new Map(SEEDS.map((s) => [s, runRules(recognize(fixtureSnapshot(s)), RULES, { rethrow: true })]));

function matches(f: Finding, t: TruthItem): boolean {
  return (
    f.ruleId === ruleOf(t) &&
    f.cells[0] === t.cell &&
    f.difference !== undefined &&
    t.difference !== null &&
    new Decimal(f.difference).equals(new Decimal(String(t.difference)))
  );
}

const fixed2 = (v: number | string | null) => (v === null ? null : new Decimal(String(v)).toFixed(2));

/** How each rule ended on each seed: seeds 001/002 have no 10表; every other table is there. */
const STATUS: Record<string, Record<string, string>> = {
  "seed000-zhushan-2024-final": {
    "asset-count-sum": "passed",
    "econ-hierarchy": "passed",
    "summary-row-identity": "passed",
    "summary-totals": "failed",
    "three-public-sum": "passed",
  },
  "seed001-danfeng-2024-final": {
    "asset-count-sum": "not-applicable",
    "econ-hierarchy": "failed",
    "summary-row-identity": "passed",
    "summary-totals": "failed",
    "three-public-sum": "passed",
  },
  "seed002-zengdu-2023-final": {
    "asset-count-sum": "not-applicable",
    "econ-hierarchy": "failed",
    "summary-row-identity": "passed",
    "summary-totals": "failed",
    "three-public-sum": "passed",
  },
};

describe.each(SEEDS)("%s", (seed) => {
  const items = truth(seed).filter(inScope);
  const { findings, rules } = runs.get(seed)!;

  test("the truth has items in scope, and every rule ran (or, for an absent table, did not apply)", () => {
    expect(items.length).toBeGreaterThan(0);
    expect(Object.fromEntries(rules.map((r) => [r.id, r.status]))).toEqual(STATUS[seed]);
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
      // The message names the line (and the column, on 04表) the truth's location names.
      const { line, column } = locationParts(t);
      expect(f.message.startsWith(line)).toBe(true);
      if (column !== undefined) expect(f.message).toContain(`“${column}”`);
    },
  );

  test("no error-level finding of these rules (none of these identities fails beyond the tolerance here)", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.ruleId} ${f.cells[0]} ${f.difference}`)).toEqual([]);
  });

  test("no finding at all (尾差 included, any severity) that the truth does not list", () => {
    const extra = findings.filter((f) => !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.ruleId} ${f.severity} ${f.cells[0]} ${f.difference}`)).toEqual([]);
    expect(findings).toHaveLength(items.length);
  });
});

test("scope: the truth ids these tests cover", () => {
  const ids = SEEDS.flatMap((s) =>
    truth(s)
      .filter(inScope)
      .map((t) => t.id),
  );
  expect(ids).toEqual([
    "seed000-01",
    "seed000-06",
    "seed000-07",
    "seed001-01",
    "seed001-10",
    "seed001-11",
    "seed001-16",
    "seed002-01",
    "seed002-06",
  ]);
});

test("every truth item these rules report is one of the listed: rule per truth kind and table", () => {
  const byRule = SEEDS.flatMap((s) => truth(s).filter(inScope)).map((t) => `${t.id} ${ruleOf(t)}`);
  expect(byRule).toEqual([
    "seed000-01 summary-totals",
    "seed000-06 summary-totals",
    "seed000-07 summary-totals",
    "seed001-01 summary-totals",
    "seed001-10 summary-totals",
    "seed001-11 summary-totals",
    "seed001-16 econ-hierarchy",
    "seed002-01 summary-totals",
    "seed002-06 econ-hierarchy",
  ]);
});

/** The snapshot with some cells changed ("Sheet!A1" → value). */
function changed(snap: WorkbookSnapshot, cells: Record<string, CellValue>): WorkbookSnapshot {
  return createSnapshot(
    snap.sheets.map((sh) => {
      const values = sh.values.map((r) => [...r]);
      for (const [ref, v] of Object.entries(cells)) {
        const [name, a1] = ref.split("!");
        if (name !== sh.name) continue;
        const { row, col } = parseA1(a1);
        expect(typeof values[row][col]).toBe("number");
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

/**
 * The identities that hold on the seeds are really evaluated on the seeds' own layouts: one changed cell is found at
 * its place, by the rule that owns the identity, and nothing else moves but what depends on that cell.
 */
test.each([
  // seed000 10表 C5: 1 vehicle among the types, 车辆数合计 still 0.
  ["seed000-zhushan-2024-final", "公开10表!C6", 1, ["asset-count-sum error 公开10表!C5 -1.00"]],
  // seed000 09表 决算数 of 公务接待费 0.27 → 0.30: 接待费 ≠ 国内 + 国（境）外, and 合计 ≠ its three items.
  [
    "seed000-zhushan-2024-final",
    "公开09表!E11",
    0.3,
    ["three-public-sum error 公开09表!E6 -0.03", "three-public-sum error 公开09表!E11 0.03"],
  ],
  // seed001 04表 卫生健康支出 一般公共预算 963.03 → 963.00: the row identity and the column's Σ类.
  [
    "seed001-danfeng-2024-final",
    "公开04表!G15",
    963,
    ["summary-row-identity error 公开04表!F15 0.03", "summary-totals error 公开04表!G33 0.04"],
  ],
  // seed002 06表 公用经费合计 23.24 → 23.34 (stacked on one sheet).
  ["seed002-zengdu-2023-final", "决算公开表!I159", 23.34, ["econ-hierarchy error 决算公开表!I159 0.10"]],
  // seed002 09表 (预算数/决算数 column groups) 决算数 合计 1.57 → 1.75.
  ["seed002-zengdu-2023-final", "决算公开表!G191", 1.75, ["three-public-sum error 决算公开表!G191 0.18"]],
] as const)("%s with %s = %s: found where it was changed", (seed, cell, value, expected) => {
  const { findings } = runRules(recognize(changed(fixtureSnapshot(seed), { [cell]: value })), RULES, {
    rethrow: true,
  });
  const items = truth(seed).filter(inScope);
  const extra = findings.filter((f) => !items.some((t) => matches(f, t)));
  expect(extra.map((f) => `${f.ruleId} ${f.severity} ${f.cells[0]} ${f.difference}`)).toEqual(expected);
});
