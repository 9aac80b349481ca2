import type { Figures } from "../figures/compute";
import type { LineValue } from "../figures/lines";
import type { InputValue, Inputs } from "../inputs/model";
import type { SectionKind } from "../narrative/templates";
import type { ChartId, ChartPoint, ChartSeries, ChartSpec } from "./model";

/**
 * The six charts of a published 部门决算 情况说明 (seed001's captions), computed from the figures' table lines and the
 * given inputs (上年决算数 in inputs.prior, 年初预算数 in inputs.budget, keyed like the lines). Pure: no rendering here.
 *
 * Rules shared by all charts:
 *   - an amount nobody knows is a null point (drawn as nothing), never 0; a blank or "—" cell of a table is 0, as the
 *     tables mean it (lines.ts);
 *   - every point keeps the cells it comes from (table cells, or the input's cells — none for a value typed in);
 *   - a pie shows only positive amounts (a share of nothing or of a negative amount is no slice);
 *   - a chart with no known amount at all is left out.
 *
 * 财政拨款支出对比图 has one category (一般公共预算财政拨款支出) and one series per amount known — 上年决算, 年初预算,
 * 本年决算 — so the legend names what each bar is, as the published chart does; a series whose amount is not given is
 * left out rather than drawn as an empty bar.
 */

export const CHART_TITLES: Readonly<Record<ChartId, string>> = {
  totals: "收入、支出决算总计对比图（单位：万元）",
  "income-structure": "收入结构图",
  "expense-structure": "支出结构图",
  "fiscal-totals": "财政拨款收入、支出总计对比图（单位：万元）",
  "fiscal-expense": "财政拨款支出对比图（单位：万元）",
  "fiscal-structure": "财政拨款支出结构图",
};

/**
 * The section kinds a chart illustrates, best first (the standard order puts 总体情况 first; 珠山区's text has no 总体
 * section and speaks of 收入总计 in its 收入 section).
 */
export const CHART_SECTION_KINDS: Readonly<Record<ChartId, ReadonlyArray<SectionKind>>> = {
  totals: ["overview", "income"],
  "income-structure": ["income"],
  "expense-structure": ["expense"],
  "fiscal-totals": ["fiscalOverview", "gpb"],
  "fiscal-expense": ["gpb"],
  "fiscal-structure": ["gpb"],
};

/** Section index of the standard 部门决算 order (一 总体, 二 收入, 三 支出, 四 财政拨款总体, 五 一般公共预算财政拨款支出). */
const STANDARD_SECTION: Readonly<Record<ChartId, number>> = {
  totals: 0,
  "income-structure": 1,
  "expense-structure": 2,
  "fiscal-totals": 3,
  "fiscal-expense": 4,
  "fiscal-structure": 4,
};

const INCOME_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ["01.income.fiscal", "财政拨款收入"],
  ["01.income.upper", "上级补助收入"],
  ["01.income.business", "事业收入"],
  ["01.income.operating", "经营收入"],
  ["01.income.subsidiary", "附属单位上缴收入"],
  ["01.income.other", "其他收入"],
];

const EXPENSE_TYPES: ReadonlyArray<readonly [string, string]> = [
  ["03.basic", "基本支出"],
  ["03.project", "项目支出"],
  ["03.upper", "上缴上级支出"],
  ["03.operating", "经营支出"],
  ["03.subsidiary", "对附属单位补助支出"],
];

function fromLine(l: LineValue | undefined, label: string): ChartPoint | null {
  return l && l.value !== null ? { label, value: l.value, cells: l.cells } : null;
}

function fromInput(v: InputValue | undefined, label: string): ChartPoint | null {
  return v && v.value !== null ? { label, value: v.value, cells: v.cells } : null;
}

function hasPoint(series: ReadonlyArray<ChartSeries>): boolean {
  return series.some((s) => s.points.some((p) => p !== null));
}

function spec(
  id: ChartId,
  kind: ChartSpec["kind"],
  categories: ReadonlyArray<string>,
  series: ReadonlyArray<ChartSeries>,
): ChartSpec | null {
  if (categories.length === 0 || !hasPoint(series)) return null;
  return { id, title: CHART_TITLES[id], kind, unit: "万元", categories, series, section: STANDARD_SECTION[id] };
}

/** 上年 vs 本年 over the given (key, category) pairs; 上年 only when a prior amount of any category is known. */
function priorVsCurrent(
  id: ChartId,
  figures: Figures,
  inputs: Inputs,
  pairs: ReadonlyArray<readonly [string, string]>,
): ChartSpec | null {
  const categories = pairs.map(([, c]) => c);
  const current: ChartSeries = { name: "本年", points: pairs.map(([k, c]) => fromLine(figures.lines.get(k), c)) };
  const prior: ChartSeries = { name: "上年", points: pairs.map(([k, c]) => fromInput(inputs.prior[k], c)) };
  const series = prior.points.some((p) => p !== null) ? [prior, current] : [current];
  // Without this year's amounts the chart would picture only last year's: left out.
  if (!current.points.some((p) => p !== null)) return null;
  return spec(id, "column", categories, series);
}

/** A pie of the positive amounts among the (key, label) pairs, in their order. */
function pie(id: ChartId, items: ReadonlyArray<readonly [LineValue | undefined, string]>): ChartSpec | null {
  const points = items
    .map(([l, label]) => fromLine(l, label))
    .filter((p): p is ChartPoint => p !== null && p.value.greaterThan(0));
  return spec(
    id,
    "pie",
    points.map((p) => p.label),
    [{ name: "本年", points }],
  );
}

export function narrativeCharts(figures: Figures, inputs: Inputs): ChartSpec[] {
  const lines = figures.lines;
  const charts: (ChartSpec | null)[] = [
    priorVsCurrent("totals", figures, inputs, [
      ["01.income.grandTotal", "收入总计"],
      ["01.expense.grandTotal", "支出总计"],
    ]),
    pie(
      "income-structure",
      INCOME_SOURCES.map(([k, label]) => [lines.get(k), label] as const),
    ),
    pie(
      "expense-structure",
      EXPENSE_TYPES.map(([k, label]) => [lines.get(k), label] as const),
    ),
    priorVsCurrent("fiscal-totals", figures, inputs, [
      ["04.income.grandTotal", "财政拨款收入总计"],
      ["04.expense.grandTotal", "财政拨款支出总计"],
    ]),
    fiscalExpense(figures, inputs),
    pie(
      "fiscal-structure",
      [...lines.values()]
        .filter((l) => l.table === "final-05" && l.key.startsWith("05:") && l.level === 1)
        .map((l) => [l, l.label || (l.code ?? l.key)] as const),
    ),
  ];
  return charts.filter((c): c is ChartSpec => c !== null);
}

/** 一般公共预算财政拨款支出: 上年决算 / 年初预算 / 本年决算, each a series of the one category, where known. */
function fiscalExpense(figures: Figures, inputs: Inputs): ChartSpec | null {
  const category = "一般公共预算财政拨款支出";
  const current = fromLine(figures.lines.get("05.total"), category);
  if (!current) return null;
  const series: ChartSeries[] = [];
  const prior = fromInput(inputs.prior["05.total"], category);
  if (prior) series.push({ name: "上年决算", points: [prior] });
  const budget = fromInput(inputs.budget["05.total"], category);
  if (budget) series.push({ name: "年初预算", points: [budget] });
  series.push({ name: "本年决算", points: [current] });
  return spec("fiscal-expense", "column", [category], series);
}

/**
 * Where each chart goes in a generated text: after the first section of one of its kinds (CHART_SECTION_KINDS), else
 * after the section of the standard order (spec.section) when the text has that many, else at the end (index =
 * sections.length − 1). Returns one section index per chart.
 */
export function chartSections(
  charts: ReadonlyArray<ChartSpec>,
  sections: ReadonlyArray<{ readonly kind: string }>,
): number[] {
  return charts.map((c) => {
    for (const k of CHART_SECTION_KINDS[c.id]) {
      const i = sections.findIndex((s) => s.kind === k);
      if (i >= 0) return i;
    }
    return Math.min(c.section, sections.length - 1);
  });
}
