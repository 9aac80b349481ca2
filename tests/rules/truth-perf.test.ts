/**
 * The 绩效 rules (perf-*) against the seed truth files, with the full registry: every truth item on a 绩效 form or
 * evaluation table whose check is a table check is reported at its cell with the truth's difference and severity (one
 * test per id), and no perf-* rule reports an error the truth does not list, on any of the five seeds.
 *
 * Items about the forms that are NOT table checks are listed in NOT_HERE with the reason (asserted not reported at
 * error level by these rules). seed003-14..-17 compare the 绩效目标表 with the 部门预算 tables (budget-* specs): where
 * those tables are recognised they are reported; where they are not, perf-cross-table states that it could not compare.
 */
import Decimal from "decimal.js";
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { fixtureSnapshot, FIXTURE_NAMES, truth, type FixtureName, type TruthItem } from "../support/fixtures";

/** truth id → the rule that reports it. */
const COVERED: Record<string, string> = {
  "seed000-20": "perf-rates",
  "seed001-19": "perf-amount-sum",
  "seed001-20": "perf-cross-table",
  "seed001-21": "perf-cross-table",
  "seed001-22": "perf-score-sum",
  "seed001-23": "perf-score-sum",
  "seed001-24": "perf-score-sum",
  "seed001-25": "perf-score-sum",
  "seed001-26": "perf-score-sum",
  "seed001-27": "perf-score-sum",
  "seed001-28": "perf-score-sum",
  "seed002-20": "perf-cross-table",
  "seed002-22": "perf-score-sum",
  "seed003-18": "perf-amount-sum",
  "seed003-20": "perf-amount-sum",
  "seed004-05": "perf-rates",
};

/** Against the 部门预算 tables (budget-*). */
const BUDGET_SIDE: Record<string, string> = {
  "seed003-14": "perf-cross-table",
  "seed003-15": "perf-cross-table",
  "seed003-16": "perf-cross-table",
  "seed003-17": "perf-cross-table",
};

/** Items on the 绩效/evaluation sheets that these rules do not prove, with the reason. */
const NOT_HERE: Record<string, string> = {
  "seed001-29": "指标归类与编号（“项目完成时限”列在质量指标下、重复编号“指标1”）：属于指标内容的语义核对，不是数值勾稽",
  "seed003-19": "目标值的量纲（满意度指标给出“≥2次”）：文本目标值的合理性，不是数值勾稽",
  "seed003-21": "目标值“-100%”：文本目标值的合理性，不是数值勾稽",
  "seed003-22": "目标值“-100%”：文本目标值的合理性，不是数值勾稽",
  "seed004-10":
    "评分过程文字中的金额（政府采购预算 30万元 = 货物 + 工程 + 服务）：在单元格的叙述文字里，属表文一致检查",
  "seed004-11": "公用经费变动比率的符号（−89.38% 印作 89.38%）：比率写在评分过程文字里，属表文一致检查",
  "seed004-12": "第四部分标题“可持续影响 (6 分)”：在报告正文，属表文一致检查",
  "seed004-14": "评分标准文字（无“100%得满分”条款）：在评分标准的叙述文字里，无法由表中数值证明",
  "seed004-15": "评分过程文字（“无下属事业单位”）：叙述文字，属表文一致检查",
  "seed004-16": "评分过程文字中的办件量：叙述文字，属表文一致检查",
};

const runs = new Map(
  FIXTURE_NAMES.map((s) => {
    const res = recognize(fixtureSnapshot(s));
    return [s, { res, out: runRules(res, undefined, { rethrow: true }) }] as const;
  }),
);

const item = (id: string): [FixtureName, TruthItem] => {
  const seed = FIXTURE_NAMES.find((s) => id.startsWith(s.slice(0, 7)))!;
  return [seed, truth(seed).find((t) => t.id === id)!];
};

function matches(f: Finding, t: TruthItem, rule: string): boolean {
  return (
    f.ruleId === rule &&
    f.cells[0] === t.cell &&
    f.severity === t.severity &&
    f.difference !== undefined &&
    t.difference !== null &&
    new Decimal(f.difference).equals(new Decimal(String(t.difference)))
  );
}

test.each(Object.entries(COVERED))("%s is reported by %s at its cell with its difference and severity", (id, rule) => {
  const [seed, t] = item(id);
  const hits = runs.get(seed)!.out.findings.filter((f) => matches(f, t, rule));
  expect({ id, cell: t.cell, hits: hits.length }).toEqual({ id, cell: t.cell, hits: 1 });
  if (typeof t.expected === "number")
    expect(new Decimal(hits[0].expected!).equals(new Decimal(String(t.expected)))).toBe(true);
});

test.each(Object.entries(BUDGET_SIDE))(
  "%s (vs the 部门预算 tables) is reported when they are recognised",
  (id, rule) => {
    const [seed, t] = item(id);
    const { res, out } = runs.get(seed)!;
    const ids = new Set<string>(res.tables.map((x) => x.id));
    const budget = ids.has("budget-expense-total") && ids.has("budget-fiscal-summary");
    const hits = out.findings.filter((f) => matches(f, t, rule));
    if (budget) expect({ id, hits: hits.length }).toEqual({ id, hits: 1 });
    else {
      expect(hits).toEqual([]);
      const run = out.rules.find((r) => r.id === rule)!;
      expect((run.reasons ?? []).some((r) => /未识别到(部门支出总表|财政拨款收支总表)/.test(r))).toBe(true);
    }
  },
);

test.each(Object.entries(NOT_HERE))("%s is not a table check of the perf rules: %s", (id) => {
  const [seed, t] = item(id);
  expect(t).toBeDefined();
  const errs = runs
    .get(seed)!
    .out.findings.filter((f) => f.ruleId.startsWith("perf-") && f.severity === "error" && f.cells[0] === t.cell);
  expect(errs).toEqual([]);
});

describe.each(FIXTURE_NAMES)("%s", (seed) => {
  test("every error of the perf rules is a truth item", () => {
    const ids = new Set(Object.keys({ ...COVERED, ...BUDGET_SIDE }));
    const items = truth(seed).filter((t) => ids.has(t.id));
    const extra = runs
      .get(seed)!
      .out.findings.filter((f) => f.ruleId.startsWith("perf-") && f.severity === "error")
      .filter(
        (f) =>
          !items.some(
            (t) =>
              f.cells[0] === t.cell &&
              f.difference !== undefined &&
              new Decimal(f.difference).equals(new Decimal(String(t.difference))),
          ),
      );
    expect(extra.map((f) => `${f.ruleId} ${f.cells[0]} ${f.difference}`)).toEqual([]);
  });

  test("every item anchored on a 绩效 table (but text_vs_table) is covered or listed with its reason", () => {
    const listed = new Set(Object.keys({ ...COVERED, ...BUDGET_SIDE, ...NOT_HERE }));
    const { res } = runs.get(seed)!;
    const perfSheets = new Set(res.tables.filter((t) => t.id.startsWith("perf-")).map((t) => t.sheet));
    const onPerf = truth(seed).filter(
      (t) => t.cell && perfSheets.has(t.cell.split("!")[0]) && t.kind !== "text_vs_table",
    );
    expect(onPerf.filter((t) => !listed.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
