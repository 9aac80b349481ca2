/**
 * The 情况说明's six charts from the figures (src/engine/charts/build.ts) on seed000–002: every point is the amount of
 * the table cell it names (read back from the workbook), the categories are the tables' own, 上年 / 年初预算 appear
 * only where given (the published texts' own numbers, each cited), and nothing unknown becomes 0.
 */
import Decimal from "decimal.js";
import { parseA1 } from "../../src/engine/address";
import { chartSections, narrativeCharts, type ChartId, type ChartPoint, type ChartSpec } from "../../src/engine/charts";
import { computeFigures } from "../../src/engine/figures/compute";
import { EMPTY_INPUTS, mergeInputs, type Inputs } from "../../src/engine/inputs/model";
import type { Table } from "../../src/engine/model/table";
import { recognize } from "../../src/engine/recognize";
import { cellAt, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { parseAmount } from "../../src/engine/values/amount";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { given } from "../narrative/support";

interface Seed {
  snapshot: WorkbookSnapshot;
  tables: ReadonlyArray<Table>;
}

function load(name: FixtureName): Seed {
  const snapshot = fixtureSnapshot(name);
  return { snapshot, tables: recognize(snapshot).tables };
}

const seeds = {
  seed000: load("seed000-zhushan-2024-final"),
  seed001: load("seed001-danfeng-2024-final"),
  seed002: load("seed002-zengdu-2023-final"),
};

function charts(seed: Seed, inputs: Inputs = EMPTY_INPUTS, tables = seed.tables): ChartSpec[] {
  return narrativeCharts(computeFigures(tables, inputs), inputs);
}

function chart(list: ReadonlyArray<ChartSpec>, id: ChartId): ChartSpec {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
}

/** The amount printed in a cell ("公开01表!C36"); a blank/dash cell is 0 as the tables mean it. */
function printed(snapshot: WorkbookSnapshot, ref: string): Decimal {
  const [sheetName, address] = ref.split("!");
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  const { row, col } = parseA1(address);
  const p = parseAmount(cellAt(sheet, row, col));
  if (p.kind === "number") return p.value;
  if (p.kind === "empty" || p.kind === "dash") return new Decimal(0);
  throw new Error(`${ref}: ${p.kind}`);
}

const refs = (p: ChartPoint | null) => (p ? p.cells.map((c) => `${c.sheet}!${c.address}`) : null);

/** [series name, [amount, cells] | null per category] — the chart's data as plain strings. */
function data(c: ChartSpec): [string, ([string, string[]] | null)[]][] {
  return c.series.map((s) => [s.name, s.points.map((p) => (p ? [p.value.toFixed(2), refs(p)!] : null))]);
}

/** Every table point equals the sum of the cells it names (财政拨款收入 is three cells). */
function expectPointsAreCells(seed: Seed, list: ReadonlyArray<ChartSpec>): void {
  for (const c of list)
    for (const s of c.series)
      for (const p of s.points) {
        if (!p || p.cells.length === 0) continue;
        const sum = p.cells.reduce(
          (acc, r) => acc.plus(printed(seed.snapshot, `${r.sheet}!${r.address}`)),
          new Decimal(0),
        );
        expect(`${c.id} ${p.label} ${p.value.toFixed()}`).toBe(`${c.id} ${p.label} ${sum.toFixed()}`);
      }
}

describe("seed001 丹凤县医疗保障局 2024 (the published charts' captions)", () => {
  const inputs = mergeInputs({
    prior: {
      // 一: 「收入总计、支出总计均为1,049.22万元，与上年相比收入总计、支出总计均增加43.03万元」 → 1,006.19
      "01.income.grandTotal": given("1006.19"),
      "01.expense.grandTotal": given("1006.19"),
      // 四: 「财政拨款收入总计、支出总计均为1,049.22万元 … 均增加43.03万元」
      "04.income.grandTotal": given("1006.19"),
      "04.expense.grandTotal": given("1006.19"),
      // 五: 「与上年相比，财政拨款支出增加43.03万元」
      "05.total": given("1006.19"),
    },
    // 五: 「一般公共预算财政拨款支出年初预算446.43万元」
    budget: { "05.total": given("446.43") },
  });
  const list = charts(seeds.seed001, inputs);

  test("six charts, in the text's order, with the published captions and sections", () => {
    expect(list.map((c) => [c.id, c.kind, c.title, c.section])).toEqual([
      ["totals", "column", "收入、支出决算总计对比图（单位：万元）", 0],
      ["income-structure", "pie", "收入结构图", 1],
      ["expense-structure", "pie", "支出结构图", 2],
      ["fiscal-totals", "column", "财政拨款收入、支出总计对比图（单位：万元）", 3],
      ["fiscal-expense", "column", "财政拨款支出对比图（单位：万元）", 4],
      ["fiscal-structure", "pie", "财政拨款支出结构图", 4],
    ]);
    expect(list.every((c) => c.unit === "万元")).toBe(true);
  });

  test("收入、支出决算总计对比图: 上年 (given) and 本年 (01表 总计)", () => {
    const c = chart(list, "totals");
    expect(c.categories).toEqual(["收入总计", "支出总计"]);
    expect(data(c)).toEqual([
      [
        "上年",
        [
          ["1006.19", []],
          ["1006.19", []],
        ],
      ],
      [
        "本年",
        [
          ["1049.22", ["公开01表!C36"]],
          ["1049.22", ["公开01表!F36"]],
        ],
      ],
    ]);
  });

  test("收入结构图: only the positive source — 财政拨款收入 = the three 财政拨款 lines of 01表", () => {
    const c = chart(list, "income-structure");
    expect(c.categories).toEqual(["财政拨款收入"]);
    expect(data(c)).toEqual([["本年", [["1049.22", ["公开01表!C7", "公开01表!C8", "公开01表!C9"]]]]]);
  });

  test("支出结构图: 基本支出 888.32 / 项目支出 160.90 from 03表 合计 row", () => {
    const c = chart(list, "expense-structure");
    expect(c.categories).toEqual(["基本支出", "项目支出"]);
    expect(data(c)).toEqual([
      [
        "本年",
        [
          ["888.32", ["公开03表!D7"]],
          ["160.90", ["公开03表!E7"]],
        ],
      ],
    ]);
  });

  test("财政拨款收入、支出总计对比图: 04表 总计", () => {
    const c = chart(list, "fiscal-totals");
    expect(c.categories).toEqual(["财政拨款收入总计", "财政拨款支出总计"]);
    expect(data(c)[1]).toEqual([
      "本年",
      [
        ["1049.22", ["公开04表!C38"]],
        ["1049.22", ["公开04表!F38"]],
      ],
    ]);
    expect(data(c)[0][0]).toBe("上年");
  });

  test("财政拨款支出对比图: one category, series 上年决算 / 年初预算 / 本年决算", () => {
    const c = chart(list, "fiscal-expense");
    expect(c.categories).toEqual(["一般公共预算财政拨款支出"]);
    expect(data(c)).toEqual([
      ["上年决算", [["1006.19", []]]],
      ["年初预算", [["446.43", []]]],
      ["本年决算", [["1049.22", ["公开05表!C7"]]]],
    ]);
  });

  test("财政拨款支出结构图: 05表 by 类, labels = the table's 科目名称", () => {
    const c = chart(list, "fiscal-structure");
    expect(c.categories).toEqual(["社会保障和就业支出", "卫生健康支出", "住房保障支出"]);
    expect(data(c)).toEqual([
      [
        "本年",
        [
          ["58.10", ["公开05表!C8"]],
          ["963.03", ["公开05表!C15"]],
          ["28.08", ["公开05表!C29"]],
        ],
      ],
    ]);
    // The 类 as printed, 尾差 included: 58.10 + 963.03 + 28.08 = 1,049.21 against the 合计 1,049.22 — never adjusted.
    const sum = c.series[0].points.reduce((s, p) => s.plus(p!.value), new Decimal(0));
    expect(sum.toFixed(2)).toBe("1049.21");
  });

  test("every point is the amount of its cells", () => expectPointsAreCells(seeds.seed001, list));
});

describe("seed000 珠山区 2024: no prior amounts given", () => {
  // 三: 「年初预算数 235.38 万元」
  const inputs = mergeInputs({ budget: { "05.total": given("235.38") } });
  const list = charts(seeds.seed000, inputs);

  test("the 对比图 have no 上年 series when no prior amount is known (never a 0 bar)", () => {
    expect(chart(list, "totals").series.map((s) => s.name)).toEqual(["本年"]);
    expect(chart(list, "fiscal-totals").series.map((s) => s.name)).toEqual(["本年"]);
    expect(data(chart(list, "totals"))).toEqual([
      [
        "本年",
        [
          ["363.59", ["公开01表!C37"]],
          ["363.59", ["公开01表!F37"]],
        ],
      ],
    ]);
    expect(data(chart(list, "fiscal-expense"))).toEqual([
      ["年初预算", [["235.38", []]]],
      ["本年决算", [["363.59", ["公开05表!D8"]]]],
    ]);
  });

  test("pies: 基本支出 199.58 / 项目支出 164.02; 05表 类 208 23.10, 210 327.61, 221 12.89", () => {
    expect(data(chart(list, "expense-structure"))).toEqual([
      [
        "本年",
        [
          ["199.58", ["公开03表!F6"]],
          ["164.02", ["公开03表!G6"]],
        ],
      ],
    ]);
    const fs = chart(list, "fiscal-structure");
    expect(fs.categories).toEqual(["社会保障和就业支出", "卫生健康支出", "住房保障支出"]);
    expect(fs.series[0].points.map((p) => p!.value.toFixed(2))).toEqual(["23.10", "327.61", "12.89"]);
    expect(fs.series[0].points.map((p) => refs(p))).toEqual([["公开05表!D9"], ["公开05表!D13"], ["公开05表!D22"]]);
  });

  test("every point is the amount of its cells", () => expectPointsAreCells(seeds.seed000, list));
});

describe("seed002 曾都区 2023", () => {
  const inputs = mergeInputs({
    prior: {
      // 一: 「收、支总计均为 11229.01 万元。与 2022 年度相比，收、支总计各增加 10641.92 万元」 → 587.09
      "01.income.grandTotal": given("587.09"),
      // (支出总计 not given here: its 上年 point stays unknown)
    },
  });
  const list = charts(seeds.seed002, inputs);

  test("a prior amount of one category only: the other's 上年 point is null, not 0", () => {
    const c = chart(list, "totals");
    expect(data(c)).toEqual([
      ["上年", [["587.09", []], null]],
      [
        "本年",
        [
          ["11229.01", ["决算公开表!C37"]],
          ["11229.01", ["决算公开表!F37"]],
        ],
      ],
    ]);
  });

  test("收入结构图 leaves out the 0.00 sources: 财政拨款收入 11208.44 and 其他收入 20.58", () => {
    const c = chart(list, "income-structure");
    expect(c.categories).toEqual(["财政拨款收入", "其他收入"]);
    expect(c.series[0].points.map((p) => p!.value.toFixed(2))).toEqual(["11208.44", "20.58"]);
    const sum = c.series[0].points.reduce((s, p) => s.plus(p!.value), new Decimal(0));
    expect(sum.toFixed(2)).toBe("11229.02"); // the table's own 尾差 against 本年收入合计 11229.01 — pictured as printed
  });

  test("支出结构图: 基本支出 590.11 / 项目支出 10638.90; fiscal-expense without inputs = 本年决算 only", () => {
    expect(chart(list, "expense-structure").series[0].points.map((p) => p!.value.toFixed(2))).toEqual([
      "590.11",
      "10638.90",
    ]);
    expect(data(chart(list, "fiscal-expense")).map(([n]) => n)).toEqual(["本年决算"]);
  });

  test("every point is the amount of its cells", () => expectPointsAreCells(seeds.seed002, list));
});

describe("omission", () => {
  test("a chart whose tables are absent is left out; the others stay", () => {
    const tables = seeds.seed001.tables.filter((t) => t.id !== "final-01" && t.id !== "final-05");
    expect(charts(seeds.seed001, EMPTY_INPUTS, tables).map((c) => c.id)).toEqual([
      "expense-structure",
      "fiscal-totals",
    ]);
  });

  test("prior amounts alone do not make a chart", () => {
    const inputs = mergeInputs({ prior: { "01.income.grandTotal": given("1006.19"), "05.total": given("1") } });
    const tables = seeds.seed001.tables.filter((t) => t.id === "final-03");
    expect(charts(seeds.seed001, inputs, tables).map((c) => c.id)).toEqual(["expense-structure"]);
  });

  test("no tables at all: no charts", () => {
    expect(charts(seeds.seed001, EMPTY_INPUTS, [])).toEqual([]);
  });

  test("a given prior amount that is unknown (null) is no point", () => {
    const inputs = mergeInputs({
      prior: { "01.income.grandTotal": { value: null, cells: [], source: "supplement" } },
    });
    expect(chart(charts(seeds.seed001, inputs), "totals").series.map((s) => s.name)).toEqual(["本年"]);
  });
});

describe("chartSections: where a text places each chart", () => {
  const list = charts(seeds.seed001, EMPTY_INPUTS);
  const kinds = (...k: string[]) => k.map((kind) => ({ kind }));

  test("the standard order (丹凤县): 总体 0, 收入 1, 支出 2, 财政拨款总体 3, 一般公共预算 4 (both)", () => {
    const sections = kinds("overview", "income", "expense", "fiscalOverview", "gpb", "basic", "fund");
    expect(chartSections(list, sections)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  test("珠山区 (no 总体 sections): the 总计 charts go with 收入 and 财政拨款支出", () => {
    const sections = kinds("income", "expense", "gpb", "basicByClass", "threePublic");
    expect(chartSections(list, sections)).toEqual([0, 0, 1, 2, 2, 2]);
  });

  test("a text without any of the kinds: the standard index, at most the last section", () => {
    expect(chartSections(list, kinds("threePublic", "assets"))).toEqual([0, 1, 1, 1, 1, 1]);
  });
});
