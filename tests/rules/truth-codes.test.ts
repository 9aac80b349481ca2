/**
 * The 科目编码 rules against the seed truth files (seeds 000–002): every code_name_mismatch / code_hierarchy /
 * code_format item on a 公开表 sheet and every classification_suspicious item anchored at a table cell is reported at
 * exactly its cell, with its severity and (where numeric) its expected, actual and difference; the rules report no
 * error on these seeds (the truth lists none of these kinds there); and the complete list of what they report is
 * pinned.
 *
 * One truth item is deliberately not matched — seed001-32, see its test below.
 */
import Decimal from "decimal.js";
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { codeFormat } from "../../src/engine/rules/code-format";
import { codeName } from "../../src/engine/rules/code-name";
import { codeParent } from "../../src/engine/rules/code-parent";
import { econBlock } from "../../src/engine/rules/econ-block";
import { functionEconomic } from "../../src/engine/rules/function-economic";
import { runRules } from "../../src/engine/rules/run";
import { suspiciousPlacement } from "../../src/engine/rules/suspicious-placement";
import { fixtureSnapshot, truth, type FixtureName, type TruthItem } from "../support/fixtures";

const SEEDS: FixtureName[] = ["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"];
const RULES = [codeFormat, codeName, codeParent, econBlock, functionEconomic, suspiciousPlacement];

const CODE_KINDS = new Set(["code_name_mismatch", "code_hierarchy", "code_format"]);

/** In scope: a code item on a 公开表 sheet, or a classification_suspicious item, anchored at a cell. */
function inScope(t: TruthItem): boolean {
  if (t.cell === undefined) return false;
  if (CODE_KINDS.has(t.kind)) return /^公开/.test(t.table);
  return t.kind === "classification_suspicious";
}

/** The rule that reports each in-scope item (code_name_mismatch → code-name; the suspicious ones by their nature). */
const RULE_OF: Record<string, string> = {
  "seed000-21": "suspicious-placement", // 项目支出 under 2101501 行政运行
  "seed000-22": "function-economic", // 30113 vs 2210201
  "seed000-23": "function-economic", // 30110 vs 2101101
  "seed001-30": "suspicious-placement", // 2101301 城乡医疗救助 as 基本支出
  "seed001-31": "suspicious-placement", // 30229 福利费 86.7% of 302
  "seed001-32": "suspicious-placement", // not matched — see below
  "seed002-24": "suspicious-placement", // 项目支出 under 2101550 事业运行
  "seed002-25": "function-economic", // 30108/30109/30110/30113 without function subjects
  "seed002-26": "suspicious-placement", // 2101399 其他医疗救助支出 94% of 本年收入合计
};
const ruleOf = (t: TruthItem) => (t.kind === "code_name_mismatch" ? "code-name" : RULE_OF[t.id]);

/** Not matched on purpose: no sound table-only rule reports it (see the test). */
const NOT_MATCHED = new Set(["seed001-32"]);

const runs = new Map(SEEDS.map((s) => [s, runRules(recognize(fixtureSnapshot(s)), RULES, { rethrow: true })]));
const fixed2 = (v: number | string | null) =>
  v === null || typeof v === "string" ? undefined : new Decimal(v).toFixed(2);

function matches(f: Finding, t: TruthItem): boolean {
  return f.ruleId === ruleOf(t) && f.cells[0] === t.cell;
}

describe.each(SEEDS)("%s", (seed) => {
  const items = truth(seed).filter(inScope);
  const { findings, rules } = runs.get(seed)!;

  test("all six rules ran (none not-applicable or not-evaluated)", () => {
    expect(rules.map((r) => r.id)).toEqual([
      "code-format",
      "code-name",
      "code-parent",
      "econ-block",
      "function-economic",
      "suspicious-placement",
    ]);
    for (const r of rules) expect(["passed", "failed"]).toContain(r.status);
  });

  const matched = items.filter((t) => !NOT_MATCHED.has(t.id));
  if (matched.length > 0) {
    test.each(matched.map((t) => [t.id, t] as const))("%s is reported at its cell with its severity", (_, t) => {
      const hits = findings.filter((f) => matches(f, t));
      expect(hits).toHaveLength(1);
      const [f] = hits;
      expect(f.severity).toBe(t.severity);
      if (t.difference !== null) {
        expect(f.difference).toBe(fixed2(t.difference));
        expect(f.expected).toBe(fixed2(t.expected));
        expect(f.actual).toBe(fixed2(t.actual));
      } else if (typeof t.actual === "number") {
        expect(f.actual).toBe(fixed2(t.actual));
        expect(f.difference).toBeUndefined();
      } else {
        // A name item: the message names the printed and the standard name.
        expect(f.message).toContain(`“${String(t.actual)}”`);
        expect(f.message).toContain(`“${String(t.expected)}”`);
      }
    });
  }

  test("no error-level finding (the truth lists no code error on this seed)", () => {
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.cells[0]}`)).toEqual([]);
    expect(truth(seed).filter((t) => CODE_KINDS.has(t.kind) && t.severity === "error")).toEqual([]);
  });

  test("every finding is a truth item of this seed", () => {
    const extra = findings.filter((f) => !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.ruleId} ${f.severity} ${f.cells[0]}`)).toEqual([]);
  });
});

test("seed001-32 (2101199 其他行政事业单位医疗支出 100.00 as 基本支出) is not reported, by design", () => {
  // The truth's evidence is outside the tables: 情况说明 五.8 calls the 100 万元 “年初专项预留的离休老干部医药费补助资金”
  // and 十三 self-evaluates it as a project. In the tables, 2101199 is the residual 项 of 21011 行政事业单位医疗 — the
  // unit's own staff/retiree medical spending, which is ordinarily 基本支出 — so flagging every 2101199 booked as
  // 基本支出 would be a false warning in most documents. It is a 表文一致 (narrative vs table) check, not a 科目编码
  // rule; reported to the lead.
  const t = truth("seed001-danfeng-2024-final").find((x) => x.id === "seed001-32")!;
  expect(t).toMatchObject({ kind: "classification_suspicious", cell: "公开03表!D21", severity: "warning" });
  const { findings } = runs.get("seed001-danfeng-2024-final")!;
  expect(findings.filter((f) => f.cells.includes("公开03表!D21"))).toEqual([]);
});

test("scope: the truth ids these tests cover", () => {
  const ids = SEEDS.flatMap((s) =>
    truth(s)
      .filter(inScope)
      .map((t) => t.id),
  );
  expect(ids).toEqual([
    "seed000-21",
    "seed000-22",
    "seed000-23",
    "seed000-24",
    "seed000-25",
    "seed000-26",
    "seed000-27",
    "seed000-28",
    "seed000-29",
    "seed001-30",
    "seed001-31",
    "seed001-32",
    "seed002-24",
    "seed002-25",
    "seed002-26",
  ]);
  // seed001-33 (机关运行经费 in the 情况说明) is classification_suspicious too, but has no table cell: out of scope.
  expect(truth("seed001-danfeng-2024-final").find((x) => x.id === "seed001-33")?.cell).toBeUndefined();
});

test("the complete list of findings on seeds 000–002", () => {
  const all = SEEDS.flatMap((s) =>
    runs.get(s)!.findings.map((f) => `${f.ruleId} ${f.messageId} ${f.severity} ${f.cells[0]} ${f.difference ?? "-"}`),
  );
  expect(all).toEqual([
    "code-name truncated info 公开06表!B12 -",
    "code-name variant info 公开06表!B15 -",
    "code-name variant info 公开06表!B25 -",
    "code-name truncated info 公开06表!E30 -",
    "code-name variant info 公开06表!B32 -",
    "code-name truncated info 公开06表!E33 -",
    "function-economic mismatch warning 公开06表!C14 0.75",
    "function-economic mismatch warning 公开06表!C17 2.03",
    "suspicious-placement projectInRunning warning 公开03表!G17 39.64",
    "suspicious-placement dominantPublicItem warning 公开06表!F28 204.92",
    "suspicious-placement basicInTransfer warning 公开03表!D23 204.92",
    "function-economic noFunctionCode warning 决算公开表!C142 201.23",
    "suspicious-placement projectInRunning warning 决算公开表!E67 58.50",
    "suspicious-placement catchAllShare warning 决算公开表!C51 -",
  ]);
});
