/**
 * The relation rules (cross-table, part-whole) against the seed truth files: every cross_table item of seeds 000–002
 * whose cell lies on a 公开表 sheet (a sheet holding recognised 公开01–10表) is reported exactly — cell, difference,
 * severity, expected, actual; nothing at error level is reported on these seeds; and the complete list of findings
 * and rule outcomes is pinned, so that a change in recognition or in the declarations shows here.
 *
 * The other cross_table items of seeds 000–002 (seed001-20, seed001-21, seed002-20) sit on the 绩效自评表 sheets: they
 * compare a 绩效 form with the 公开表, which no relation declares — they belong to the 绩效 rule perf-cross-table
 * (tests/rules/truth-perf.test.ts).
 */
import Decimal from "decimal.js";
import { parseA1 } from "../../src/engine/address";
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { crossTable } from "../../src/engine/rules/cross-table";
import { partWhole } from "../../src/engine/rules/part-whole";
import { runRules } from "../../src/engine/rules/run";
import { createSnapshot, type CellValue, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { fixtureSnapshot, truth, type FixtureName, type TruthItem } from "../support/fixtures";

const SEEDS: FixtureName[] = ["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"];

const results = new Map(
  SEEDS.map((s) => {
    const recognition = recognize(fixtureSnapshot(s));
    // The 公开表 sheets: those holding 公开01–10表 (the 绩效 forms are tables too, but not 公开表).
    const sheets = new Set(recognition.tables.filter((t) => t.id.startsWith("final-")).map((t) => t.sheet));
    return [s, { sheets, ...runRules(recognition, [crossTable, partWhole], { rethrow: true }) }] as const;
  }),
);

/** In scope: a cross_table item anchored at a cell of a 公开表 sheet. */
function inScope(seed: FixtureName, t: TruthItem): boolean {
  return t.kind === "cross_table" && t.cell !== undefined && results.get(seed)!.sheets.has(t.cell.split("!")[0]);
}

function matches(f: Finding, t: TruthItem): boolean {
  return (
    f.cells[0] === t.cell &&
    f.difference !== undefined &&
    t.difference !== null &&
    new Decimal(f.difference).equals(new Decimal(String(t.difference)))
  );
}

const fixed2 = (v: number | string | null) => (v === null ? null : new Decimal(String(v)).toFixed(2));

/** Every in-scope item of the three seeds, with its seed: one test per truth id. */
const IN_SCOPE = SEEDS.flatMap((s) =>
  truth(s)
    .filter((t) => inScope(s, t))
    .map((t) => [t.id, s, t] as const),
);

test.each(IN_SCOPE)("%s is reported at its cell with its difference and severity", (_, seed, t) => {
  const hits = results.get(seed)!.findings.filter((f) => matches(f, t));
  expect(hits).toHaveLength(1);
  const [f] = hits;
  expect(f.ruleId).toBe("cross-table");
  expect(f.severity).toBe(t.severity);
  expect(f.expected).toBe(fixed2(t.expected));
  expect(f.actual).toBe(fixed2(t.actual));
});

describe.each(SEEDS)("%s", (seed) => {
  const items = truth(seed).filter((t) => inScope(seed, t));
  const { findings } = results.get(seed)!;

  test("no error-level finding", () => {
    expect(
      findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.cells[0]} ${f.difference}`),
    ).toEqual([]);
  });

  test("every finding is a truth item in scope", () => {
    const extra = findings.filter((f) => !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.ruleId} ${f.severity} ${f.cells[0]} ${f.difference}`)).toEqual([]);
  });
});

test("scope: the truth ids these tests cover, and the cross_table items outside it", () => {
  const all = SEEDS.flatMap((s) =>
    truth(s)
      .filter((t) => t.kind === "cross_table")
      .map((t) => [s, t] as const),
  );
  expect(all.filter(([s, t]) => inScope(s, t)).map(([, t]) => t.id)).toEqual(["seed000-10"]);
  expect(all.filter(([s, t]) => !inScope(s, t)).map(([, t]) => `${t.id} ${t.cell}`)).toEqual([
    "seed001-20 部门整体支出绩效自评表!E6",
    "seed001-21 部门整体支出绩效自评表!H8",
    "seed002-20 绩效自评表!B6",
  ]);
});

test("pinned: every finding and every rule outcome on seeds 000–002", () => {
  const pinned = Object.fromEntries(
    SEEDS.map((s) => {
      const { findings, rules } = results.get(s)!;
      return [
        s,
        {
          rules: rules.map((r) => `${r.id} ${r.status}${r.reasons ? " " + r.reasons.join("；") : ""}`),
          findings: findings.map((f) => ({
            ruleId: f.ruleId,
            messageId: f.messageId,
            severity: f.severity,
            table: f.table,
            cells: f.cells,
            expected: f.expected,
            actual: f.actual,
            difference: f.difference,
            message: f.message,
          })),
        },
      ];
    }),
  );
  expect(pinned).toEqual({
    "seed000-zhushan-2024-final": {
      rules: ["cross-table failed", "part-whole passed"],
      findings: [
        {
          ruleId: "cross-table",
          messageId: "tail",
          severity: "info",
          table: "final-05",
          cells: ["公开05表!E8", "公开06表!C34", "公开06表!I34"],
          expected: "199.57",
          actual: "199.58",
          difference: "0.01",
          message:
            "公开05表 合计·基本支出 199.58 与 公开06表 人员经费合计 + 公用经费合计 之和 199.57 相差 +0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
      ],
    },
    "seed001-danfeng-2024-final": { rules: ["cross-table passed", "part-whole passed"], findings: [] },
    "seed002-zengdu-2023-final": { rules: ["cross-table passed", "part-whole passed"], findings: [] },
  });
});

/** The fixture with some cells changed ("Sheet!A1" → value). */
function changed(seed: FixtureName, cells: Record<string, CellValue>): WorkbookSnapshot {
  const snap = fixtureSnapshot(seed);
  return createSnapshot(
    snap.sheets.map((sh) => {
      const values = sh.values.map((r) => [...r]);
      for (const [ref, v] of Object.entries(cells)) {
        const [name, a1] = ref.split("!");
        if (name !== sh.name) continue;
        const { row, col } = parseA1(a1);
        expect(values[row][col]).not.toBe(v);
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

describe("the seed layouts with one figure changed: the relation is found at its anchor", () => {
  const run = (snap: WorkbookSnapshot) =>
    runRules(recognize(snap), [crossTable, partWhole], { rethrow: true }).findings;
  const brief = (f: Finding) => `${f.ruleId} ${f.severity} ${f.cells.join(",")} ${f.difference}`;

  test("seed001: 06 人员经费合计 647.05 (5.00 less) → 05 基本支出 888.32 is an error on 公开05表", () => {
    expect(run(changed("seed001-danfeng-2024-final", { "公开06表!C39": 647.05 })).map(brief)).toEqual([
      "cross-table error 公开05表!D7,公开06表!C39,公开06表!I39 5.00",
    ]);
  });

  test("seed002 (one sheet): 09 公务用车运行维护费 决算数 1.50 → 06 30231 1.57 exceeds it", () => {
    expect(run(changed("seed002-zengdu-2023-final", { "决算公开表!K191": 1.5 })).map(brief)).toEqual([
      "part-whole error 决算公开表!F155,决算公开表!K191 0.07",
    ]);
  });

  test("seed002: 02 类 210 11229.02 — 01↔02 holds, 02↔03 by 类 is a warning (no 结转结余)", () => {
    expect(run(changed("seed002-zengdu-2023-final", { "决算公开表!C49": 11229.02 })).map(brief)).toEqual([
      "cross-table warning 决算公开表!C49,决算公开表!C63 0.01",
    ]);
  });

  test("seed000: 04 类 九、卫生健康支出 一般公共预算 327.71 → 04↔05 by 类 is an error on 05表's 210 row", () => {
    expect(run(changed("seed000-zhushan-2024-final", { "公开04表!G15": 327.71 })).map(brief)).toEqual([
      "cross-table error 公开05表!D13,公开04表!G15 -0.10",
      "cross-table info 公开05表!E8,公开06表!C34,公开06表!I34 0.01",
    ]);
  });
});
