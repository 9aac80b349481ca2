import Decimal from "decimal.js";
import type { CellRef } from "../address";

/**
 * Figures of the 情况说明 as data (addin-conventions §7, like a spreadsheet function table): each definition names its
 * inputs, unit and displayed precision and computes an unrounded Decimal; evaluateFigure() rounds it ROUND_HALF_UP at
 * the displayed precision and keeps the cells of every input, so a number in the text can always say where it came from.
 */

export type FigureUnit = "%" | "万元";

export type FigureId =
  | "income.share"
  | "income.fiscalShare"
  | "expense.share"
  | "gpb.totalShare"
  | "gpb.classShare"
  | "basic.personnelShare"
  | "basic.publicShare"
  | "threePublic.share"
  | "procurement.share"
  | "change"
  | "growth"
  | "budget.completion"
  | "budget.variance"
  | "threePublic.completion";

/**
 * ok — a value; flat — 持平 (the rounded difference is 0.00); priorZero — 上年为0 (no percentage);
 * baseZero — the denominator (合计, 年初预算, 全年预算) is 0, no percentage; missing — an input is not known.
 */
export type FigureStatus = "ok" | "flat" | "priorZero" | "baseZero" | "missing";

/** One input of a figure: an amount (null when not known) and the cells it was read from. */
export interface FigureInput {
  readonly value: Decimal | null;
  readonly cells: ReadonlyArray<CellRef>;
  /** What the input is, in Chinese ("本年收入合计", "上年决算数（本年收入合计）"), for 【待填写】 slots and the pane. */
  readonly label: string;
}

export type ComputeOutcome = Decimal | { readonly status: "flat" | "priorZero" | "baseZero" };

export interface FigureDefinition {
  readonly id: FigureId;
  readonly nameZh: string;
  /** Input names in order; compute receives them by name. */
  readonly inputs: ReadonlyArray<string>;
  readonly unit: FigureUnit;
  /** Displayed precision; a regional template may show fewer (seed002 prints 1812.7%). */
  readonly decimals: number;
  /** Unrounded value; `decimals` is the precision the result will be shown at (for 持平 tests). */
  compute(inputs: Readonly<Record<string, Decimal>>, decimals: number): ComputeOutcome;
}

const HUNDRED = new Decimal(100);

/** part / whole × 100; whole 0 → baseZero. */
function ratio(part: Decimal, whole: Decimal): ComputeOutcome {
  if (whole.isZero()) return { status: "baseZero" };
  return part.div(whole).times(HUNDRED);
}

function share(id: FigureId, nameZh: string, part = "part", whole = "whole"): FigureDefinition {
  return {
    id,
    nameZh,
    inputs: [part, whole],
    unit: "%",
    decimals: 2,
    compute: (i) => ratio(i[part], i[whole]),
  };
}

/** The difference of two amounts, rounded to 2 decimals as amounts are shown (the test for 持平). */
function roundedDifference(current: Decimal, prior: Decimal): Decimal {
  return current.minus(prior).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export const FIGURE_DEFINITIONS: ReadonlyArray<FigureDefinition> = [
  share("income.share", "占本年收入合计的比重", "part", "total"),
  share("income.fiscalShare", "财政拨款收入占本年收入合计的比重", "fiscal", "total"),
  share("expense.share", "占本年支出合计的比重", "part", "total"),
  share("gpb.totalShare", "一般公共预算财政拨款支出占本年支出合计的比重", "gpb", "total"),
  share("gpb.classShare", "占一般公共预算财政拨款支出的比重", "part", "total"),
  share("basic.personnelShare", "人员经费占基本支出的比重", "personnel", "basic"),
  share("basic.publicShare", "公用经费占基本支出的比重", "public", "basic"),
  share("threePublic.share", "占“三公”经费决算数的比重", "part", "total"),
  share("procurement.share", "政府采购合同金额占比", "part", "whole"),
  {
    id: "change",
    nameZh: "比上年增减额",
    inputs: ["current", "prior"],
    unit: "万元",
    decimals: 2,
    compute: (i) => {
      const d = roundedDifference(i.current, i.prior);
      return d.isZero() ? { status: "flat" } : i.current.minus(i.prior);
    },
  },
  {
    id: "growth",
    nameZh: "比上年增长率",
    inputs: ["current", "prior"],
    unit: "%",
    decimals: 2,
    compute: (i) => {
      if (roundedDifference(i.current, i.prior).isZero()) return { status: "flat" };
      if (i.prior.isZero()) return { status: "priorZero" };
      return i.current.minus(i.prior).div(i.prior.abs()).times(HUNDRED);
    },
  },
  {
    id: "budget.completion",
    nameZh: "完成年初预算的比例",
    inputs: ["final", "budget"],
    unit: "%",
    decimals: 2,
    compute: (i) => ratio(i.final, i.budget),
  },
  {
    id: "budget.variance",
    nameZh: "决算数与年初预算数的差异率",
    inputs: ["final", "budget"],
    unit: "%",
    decimals: 2,
    compute: (i) => {
      if (roundedDifference(i.final, i.budget).isZero()) return { status: "flat" };
      if (i.budget.isZero()) return { status: "baseZero" };
      return i.final.minus(i.budget).div(i.budget.abs()).times(HUNDRED);
    },
  },
  {
    id: "threePublic.completion",
    nameZh: "完成全年预算的比例",
    inputs: ["final", "budget"],
    unit: "%",
    decimals: 2,
    compute: (i) => ratio(i.final, i.budget),
  },
];

const BY_ID = new Map(FIGURE_DEFINITIONS.map((d) => [d.id, d]));

export function figureDefinition(id: FigureId): FigureDefinition {
  const d = BY_ID.get(id);
  if (!d) throw new Error(`未定义的指标：${id}`);
  return d;
}

/** An evaluated figure: rounded value (or the reason there is none) with the cells of all its inputs. */
export interface FigureValue {
  readonly id: FigureId;
  /** What the figure is about ("01.income.total", "05:2101501"); with the id it makes the key. */
  readonly subject: string;
  readonly key: string;
  readonly nameZh: string;
  readonly unit: FigureUnit;
  readonly decimals: number;
  readonly status: FigureStatus;
  /** Rounded ROUND_HALF_UP at `decimals`; 0 for flat; null for priorZero / baseZero / missing. */
  readonly value: Decimal | null;
  /** Unrounded, where there is a value. */
  readonly exact: Decimal | null;
  readonly inputs: Readonly<Record<string, FigureInput>>;
  /** Cells of all inputs, in input order: the provenance of the number. */
  readonly cells: ReadonlyArray<CellRef>;
  /** Labels of the inputs that are not known (status missing). */
  readonly missing: ReadonlyArray<string>;
}

export function figureKey(id: FigureId, subject: string): string {
  return `${id}@${subject}`;
}

export function evaluateFigure(
  id: FigureId,
  subject: string,
  inputs: Readonly<Record<string, FigureInput>>,
  options: { decimals?: number } = {},
): FigureValue {
  const def = figureDefinition(id);
  const decimals = options.decimals ?? def.decimals;
  const cells = def.inputs.flatMap((n) => inputs[n]?.cells ?? []);
  const missing = def.inputs.filter((n) => !inputs[n] || inputs[n].value === null).map((n) => inputs[n]?.label ?? n);
  const base = {
    id,
    subject,
    key: figureKey(id, subject),
    nameZh: def.nameZh,
    unit: def.unit,
    decimals,
    inputs,
    cells,
  };
  if (missing.length > 0) return { ...base, status: "missing", value: null, exact: null, missing };
  const values: Record<string, Decimal> = {};
  for (const n of def.inputs) values[n] = inputs[n].value as Decimal;
  const out = def.compute(values, decimals);
  if (Decimal.isDecimal(out)) {
    const value = out.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    return { ...base, status: "ok", value: value.isZero() ? new Decimal(0) : value, exact: out, missing };
  }
  if (out.status === "flat") return { ...base, status: "flat", value: new Decimal(0), exact: new Decimal(0), missing };
  return { ...base, status: out.status, value: null, exact: null, missing };
}

/** 增加 / 减少 / 持平 of a change or growth figure (null when it cannot be said). */
export function direction(f: FigureValue): "增加" | "减少" | "持平" | null {
  if (f.status === "flat") return "持平";
  if (f.status === "missing") return null;
  const cur = f.inputs.current?.value ?? f.inputs.final?.value;
  const base = f.inputs.prior?.value ?? f.inputs.budget?.value;
  if (!cur || !base) return null;
  const d = cur.minus(base);
  return d.isZero() ? "持平" : d.greaterThan(0) ? "增加" : "减少";
}
