import type { Table } from "../model/table";
import { CURRENT_INPUTS, type InputValue, type Inputs } from "../inputs/model";
import { evaluateFigure, figureKey, type FigureId, type FigureInput, type FigureValue } from "./definitions";
import { extractLines, lineTitle, type LineValue, type Lines } from "./lines";

export interface FigureOptions {
  /** Precision of percentages (the region's style: 2 by default, seed002 prints 1). */
  readonly percentDecimals?: number;
}

/** Every figure of the 情况说明 for one workbook, by key (figureKey(id, subject)). */
export interface Figures {
  readonly lines: Lines;
  readonly all: ReadonlyMap<string, FigureValue>;
  get(id: FigureId, subject: string): FigureValue | undefined;
}

const INCOME_SOURCES = ["fiscal", "upper", "business", "operating", "subsidiary", "other"] as const;
const EXPENSE_TYPES = ["basic", "project", "upper", "operating", "subsidiary"] as const;

function fromLine(l: LineValue | undefined, label: string): FigureInput {
  return l ? { value: l.value, cells: l.cells, label: l.label || label } : { value: null, cells: [], label };
}

function fromInput(v: InputValue | undefined, label: string): FigureInput {
  return v ? { value: v.value, cells: v.cells, label } : { value: null, cells: [], label };
}

const currentName = new Map(CURRENT_INPUTS.map((c) => [c.key, c.nameZh]));

/** Name of a line key for messages (上年决算数（本年收入合计）). */
export function lineName(lines: Lines, key: string): string {
  return lines.get(key)?.label ?? currentName.get(key) ?? key;
}

/** The name of a 上年决算数 input in 【待填写】 slots and messages: "上年决算数（本年收入合计）". */
export function priorInputLabel(lines: Lines, key: string): string {
  return `上年决算数（${lines.has(key) ? lineTitle(lines, key) : lineName(lines, key)}）`;
}

/** The name of a 年初预算数 input: "年初预算数（行政运行）"; for an input no table line holds, "预算数（机关运行经费）". */
export function budgetInputLabel(lines: Lines, key: string): string {
  const l = lines.get(key);
  if (!l) return `预算数（${lineName(lines, key)}）`;
  return `年初预算数（${key === "05.total" ? "一般公共预算财政拨款支出" : l.label}）`;
}

export function computeFigures(tables: ReadonlyArray<Table>, inputs: Inputs, options: FigureOptions = {}): Figures {
  const lines = extractLines(tables);
  const all = new Map<string, FigureValue>();
  const pct = options.percentDecimals;
  const add = (id: FigureId, subject: string, ins: Record<string, FigureInput>) => {
    const f = evaluateFigure(id, subject, ins, { decimals: id === "change" ? undefined : pct });
    all.set(f.key, f);
  };
  const L = (key: string, label = key) => fromLine(lines.get(key), label);
  /** This year's amount of a key: a table line, else a given input. */
  const current = (key: string): FigureInput =>
    lines.has(key) ? L(key) : fromInput(inputs.current[key], currentName.get(key) ?? key);

  // 收入 items' 占本年收入合计 (01 lines; 财政拨款收入 = the three 财政拨款 lines).
  for (const r of INCOME_SOURCES) {
    if (lines.has(`01.income.${r}`))
      add("income.share", `01.income.${r}`, { part: L(`01.income.${r}`), total: L("01.income.total", "本年收入合计") });
  }
  if (lines.has("01.income.fiscal"))
    add("income.fiscalShare", "01.income.fiscal", {
      fiscal: L("01.income.fiscal"),
      total: L("01.income.total", "本年收入合计"),
    });
  // 支出 types' 占本年支出合计 (03 合计 row).
  for (const r of EXPENSE_TYPES) {
    if (lines.has(`03.${r}`))
      add("expense.share", `03.${r}`, { part: L(`03.${r}`), total: L("03.total", "本年支出合计") });
  }
  // 一般公共预算财政拨款支出: of 本年支出合计, and by 类.
  if (lines.has("05.total")) {
    add("gpb.totalShare", "05.total", {
      gpb: L("05.total", "一般公共预算财政拨款支出"),
      total: L("01.expense.total", "本年支出合计"),
    });
    for (const l of lines.values()) {
      if (l.table === "final-05" && l.key.startsWith("05:") && l.level === 1)
        add("gpb.classShare", l.key, { part: L(l.key), total: L("05.total", "一般公共预算财政拨款支出合计") });
    }
  }
  // 人员经费 / 公用经费 占基本支出 (05 基本支出).
  if (lines.has("06.personnel.total"))
    add("basic.personnelShare", "06.personnel.total", {
      personnel: L("06.personnel.total"),
      basic: L("05.basic", "基本支出"),
    });
  if (lines.has("06.public.total"))
    add("basic.publicShare", "06.public.total", { public: L("06.public.total"), basic: L("05.basic", "基本支出") });
  // 三公: items' share of the 决算 total; 完成全年预算.
  for (const l of lines.values()) {
    const m = /^09\.([A-Za-z]+)\.final$/.exec(l.key);
    if (!m) continue;
    if (m[1] !== "total")
      add("threePublic.share", l.key, { part: L(l.key), total: L("09.total.final", "“三公”经费决算数") });
    if (lines.has(`09.${m[1]}.budget`))
      add("threePublic.completion", l.key, { final: L(l.key), budget: L(`09.${m[1]}.budget`, "全年预算数") });
  }
  // 政府采购: 授予中小企业 of the total, 小微 of 中小企业, and per category 授予中小企业 of the category.
  for (const [part, whole] of [
    ["procurement.sme", "procurement.total"],
    ["procurement.small", "procurement.sme"],
    ["procurement.smeGoods", "procurement.goods"],
    ["procurement.smeWorks", "procurement.works"],
    ["procurement.smeServices", "procurement.services"],
  ]) {
    if (inputs.current[part] || inputs.current[whole])
      add("procurement.share", part, { part: current(part), whole: current(whole) });
  }
  // 完成年初预算 per 类/款/项 and in total (05), where a 年初预算数 is given or asked for.
  for (const l of lines.values()) {
    if (l.table !== "final-05" || !(l.key === "05.total" || l.key.startsWith("05:"))) continue;
    const budget = fromInput(inputs.budget[l.key], budgetInputLabel(lines, l.key));
    add("budget.completion", l.key, { final: L(l.key), budget });
    add("budget.variance", l.key, { final: L(l.key), budget });
  }
  for (const [key, v] of Object.entries(inputs.budget)) {
    if (!lines.has(key) && inputs.current[key]) {
      const budget = fromInput(v, budgetInputLabel(lines, key));
      add("budget.completion", key, { final: current(key), budget });
      add("budget.variance", key, { final: current(key), budget });
    }
  }
  // 增减额 / 增长率 against the prior year: every table line and every given current input.
  const subjects = new Set<string>([
    ...lines.keys(),
    ...CURRENT_INPUTS.map((c) => c.key),
    ...Object.keys(inputs.current),
    ...Object.keys(inputs.prior),
  ]);
  for (const key of subjects) {
    const cur = current(key);
    const prior = fromInput(inputs.prior[key], priorInputLabel(lines, key));
    add("change", key, { current: cur, prior });
    add("growth", key, { current: cur, prior });
  }
  return { lines, all, get: (id, subject) => all.get(figureKey(id, subject)) };
}
