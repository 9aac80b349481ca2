/**
 * The 情况说明 tab's engine side (src/taskpane/run/narrative.ts, src/engine/narrative/workbook.ts) on real fixtures:
 * edits parsed to inputs, items and their 待填写 / 需原因 flags, provenance per number, the charts placed with their
 * sections, the checker's verdict, our sheet's layout; a budget workbook gets the budget text and no items.
 */
import Decimal from "decimal.js";
import { extractLines, lineTitle } from "../../src/engine/figures/lines";
import { supplementItems } from "../../src/engine/inputs";
import { narrativeText } from "../../src/engine/narrative";
import type { NarrativeFinding } from "../../src/engine/narrative/check";
import { blocksInsertion } from "../../src/engine/narrative/insert";
import { generateWorkbookNarrative, isBudgetWorkbook } from "../../src/engine/narrative/workbook";
import { recognize } from "../../src/engine/recognize";
import { buildNarrativeView, editsToInputs } from "../../src/taskpane/run/narrative";
import { generateForFile } from "../../src/cli/narrative";
import { fixtureSnapshot } from "../support/fixtures";

const SEED001 = fixtureSnapshot("seed001-danfeng-2024-final");
const R001 = recognize(SEED001);

describe("editsToInputs", () => {
  const items = supplementItems(R001.tables);
  it("parses amounts as typed (thousands, full-width, a dash for 0) and keeps reasons", () => {
    const { inputs, errors } = editsToInputs(
      {
        "prior:01.income.total": "1, 006. 19",
        "budget:05.total": "４４６.４３",
        "prior:03.project": "—",
        "reason:change:01.income.total": "  追加补助 ",
        "current:operatingCost": "",
      },
      items,
    );
    expect(errors).toEqual({});
    expect(inputs.prior?.["01.income.total"]).toEqual({ value: new Decimal("1006.19"), cells: [], source: "pane" });
    expect(inputs.budget?.["05.total"]?.value).toEqual(new Decimal("446.43"));
    expect(inputs.prior?.["03.project"]?.value).toEqual(new Decimal(0));
    expect(inputs.reasons?.["change:01.income.total"]).toEqual({ text: "追加补助" });
    expect(inputs.current).toEqual({});
  });

  it("text that is no amount, and a count that is not a whole number, are errors", () => {
    const { inputs, errors } = editsToInputs(
      { "prior:01.income.total": "12万元", "current:assets.vehiclesPurchased": "1.5" },
      items,
    );
    expect(errors["prior:01.income.total"]).toBe("金额单元格中带有单位：12万元");
    expect(errors["current:assets.vehiclesPurchased"]).toBe("应为不小于0的整数：1.5");
    expect(inputs.prior).toEqual({});
  });
});

describe("buildNarrativeView on seed001", () => {
  const view = buildNarrativeView({ recognition: R001, snapshot: SEED001 });

  it("lists every 补充数据 item, flags the inputs the text lacks, none needs a reason yet", () => {
    expect(view.items.map((i) => i.key)).toEqual(supplementItems(R001.tables).map((i) => i.key));
    const total = view.items.find((i) => i.key === "01.income.total")!;
    expect(total.fields.map((f) => [f.label, f.missing])).toEqual([["上年决算数", true]]);
    expect(view.items.find((i) => i.key === "05:2080505")!.fields.map((f) => f.label)).toEqual([
      "上年决算数",
      "年初预算数",
    ]);
    expect(view.counts.reasonsRequired).toBe(0);
    expect(view.counts.missing).toBeGreaterThan(0);
  });

  it("every number keeps its figure and cells; the six charts sit with their sections", () => {
    const first = view.sections[1].paragraphs[0].find((s) => s.kind === "value")!;
    expect(first).toEqual({
      kind: "value",
      text: "1,049.22",
      figure: "表中金额",
      subject: "本年收入合计",
      cells: [expect.stringMatching(/^公开01表!C\d+$/)],
    });
    expect(view.sections.flatMap((s) => s.charts)).toEqual([
      "totals",
      "income-structure",
      "expense-structure",
      "fiscal-totals",
      "fiscal-expense",
      "fiscal-structure",
    ]);
    expect(view.sections[2].charts).toEqual(["expense-structure"]);
  });

  it("the generated text passes the checker, and the layout is our sheet's", () => {
    expect(view.insertion).toEqual({ ok: true, blocking: [] });
    expect(view.layout.rows[0]).toEqual({ text: "部门决算情况说明（预决算校验助手生成）", kind: "title" });
    expect(view.layout.blocks).toHaveLength(6);
    expect(view.hasSupplement).toBe(false);
    expect(view.supplementRows[2][0]).toBe("键");
  });

  it("the 比率 figures: 基本支出 占 84.66%, 上年 figures 待填写", () => {
    const basic = view.figures.find((f) => f.key === "expense.share@03.basic")!;
    expect(basic).toMatchObject({ subject: "支出决算表基本支出", value: "84.66%", status: "ok" });
    const growth = view.figures.find((f) => f.key === "growth@01.income.total")!;
    expect(growth).toMatchObject({ status: "missing", value: "待填写：上年决算数（本年收入合计）" });
  });

  it("edits: a 上年决算数 ≥ 10 % below asks for the reason; the reason, once given, closes it", () => {
    const asked = buildNarrativeView({
      recognition: R001,
      snapshot: SEED001,
      edits: { "prior:01.income.total": "900" },
    });
    const item = asked.items.find((i) => i.key === "01.income.total")!;
    expect(item).toMatchObject({ needsReason: true, reasonOpen: true, missing: false });
    expect(item.reasons[0].why).toBe("本年收入合计比上年增长16.58%（≥10%），需说明主要原因");
    const given = buildNarrativeView({
      recognition: R001,
      snapshot: SEED001,
      edits: { "prior:01.income.total": "900", "reason:change:01.income.total": "追加了补助资金" },
    });
    expect(given.items.find((i) => i.key === "01.income.total")!.reasonOpen).toBe(false);
    expect(given.counts.reasonsOpen).toBe(asked.counts.reasonsOpen - 1);
  });

  it("last year's workbook: lines matched, the text says 持平", () => {
    const v = buildNarrativeView({
      recognition: R001,
      snapshot: SEED001,
      prior: { name: "上年.xlsx", snapshot: SEED001 },
    });
    expect(v.prior).toEqual({ name: "上年.xlsx", matched: expect.any(Number), unmatched: 0 });
    expect(v.prior!.matched).toBeGreaterThan(50);
    const total = v.items.find((i) => i.key === "01.income.total")!.fields[0];
    expect(total).toMatchObject({ value: "1,049.22", source: "prior-workbook", missing: false });
  });
});

describe("a budget workbook (seed003)", () => {
  const snap = fixtureSnapshot("seed003-donghu-2024-budget");
  const rec = recognize(snap);
  it("gets the budget text, no items, no charts, no template choice", () => {
    expect(isBudgetWorkbook(rec.tables)).toBe(true);
    const v = buildNarrativeView({ recognition: rec, snapshot: snap });
    expect(v.kind).toBe("budget");
    expect(v.items).toEqual([]);
    expect(v.charts).toEqual([]);
    expect(v.templateSets).toEqual([]);
    expect(v.layout.rows[0].text).toBe("部门预算情况说明（预决算校验助手生成）");
  });
});

test("the CLI and the pane generate the same text", () => {
  const n = generateWorkbookNarrative(R001, SEED001);
  const cli = generateForFile(R001, SEED001);
  expect(narrativeText(cli.narrative)).toBe(narrativeText(n));
});

test("lineTitle: 合计 rows by column, 总计 by side, 04表 as 财政拨款", () => {
  const lines = extractLines(R001.tables);
  expect(lineTitle(lines, "01.income.grandTotal")).toBe("收入总计");
  expect(lineTitle(lines, "01.expense.grandTotal")).toBe("支出总计");
  expect(lineTitle(lines, "04.income.total")).toBe("财政拨款本年收入合计");
  expect(lineTitle(lines, "04.expense.total.gpb")).toBe("财政拨款本年支出合计（一般公共预算）");
  expect(lineTitle(lines, "03.basic")).toBe("支出决算表基本支出");
  expect(lineTitle(lines, "05.total")).toBe("一般公共预算财政拨款支出合计");
  expect(lineTitle(lines, "05:2080505")).toBe("机关事业单位基本养老保险缴费支出");
});

test("the insertion gate: every finding refuses but the 尾差 the tables carry", () => {
  const f = (messageId: NarrativeFinding["messageId"], severity: NarrativeFinding["severity"]) =>
    ({ messageId, severity }) as NarrativeFinding;
  expect(blocksInsertion(f("sum-tail", "info"))).toBe(false);
  expect(blocksInsertion(f("ratio-rounding", "info"))).toBe(true);
  expect(blocksInsertion(f("amount-mismatch", "error"))).toBe(true);
  expect(blocksInsertion(f("stated-twice", "warning"))).toBe(true);
});
