import Decimal from "decimal.js";
import type { CellRef } from "../address";
import { EMPTY_INPUTS, type Inputs } from "../inputs/model";
import type { AmountCell, Table, TableRow } from "../model/table";
import {
  BUDGET_INCOME_SOURCES,
  BUDGET_TEMPLATE_SETS,
  ECON_CLASSES,
  FUNCTION_CLASSES,
  type BudgetSectionKind,
  type BudgetSectionTemplate,
  type BudgetTemplateSet,
  type BudgetTemplateSetId,
} from "./budget-templates";
import { chineseNumber, type Paragraph } from "./sections";
import { fill, isMissing, joinSegments, joinText, merge, type Segment } from "./segments";

/**
 * The 部门预算 情况说明 from the 预算公开表 (budget-* specs): pure — (tables, inputs, budget template set) → sections
 * whose every number keeps its cells. 上年预算数 come from `inputs.prior` under the keys below (BUDGET_KEYS), this
 * year's amounts no table holds (项目支出 by 经济分类, 政府采购, 车辆) from `inputs.current`, reasons from
 * `inputs.reasons["change:<key>"]`; what is not known is a 【待填写：…】 slot, never a guess.
 *
 * 机关运行经费 is the 一般公共预算基本支出表 公用经费 合计 (机关运行经费 = 基本支出中的公用经费), not all 商品和服务支出:
 * 项目支出's 商品和服务支出 is no 机关运行经费 (seed003-24).
 */
export interface BudgetSection {
  readonly kind: BudgetSectionKind;
  /** （一）… under 一、; "二" for the “三公” part. */
  readonly number: string;
  readonly title: string;
  readonly heading: string;
  readonly paragraphs: ReadonlyArray<Paragraph>;
}

export interface BudgetNarrative {
  readonly templateSet: BudgetTemplateSetId;
  readonly heading: string;
  readonly sections: ReadonlyArray<BudgetSection>;
  readonly missing: ReadonlyArray<string>;
}

export interface BudgetNarrativeOptions {
  readonly templates?: BudgetTemplateSet | BudgetTemplateSetId;
  /** 预算 year (2024). */
  readonly year?: number;
  /** 部门名称 as the text names it ("南昌市东湖区医疗保障局"). */
  readonly department?: string;
  /** 资产 基准日 as printed ("2023年7月31日"). */
  readonly assetsDate?: string;
}

/** Keys of the inputs (上年预算数 in `prior`, this year's amounts in `current`). */
export const BUDGET_KEYS = {
  incomeTotal: "budget.income.total",
  incomeFiscal: "budget.income.fiscal",
  income: (role: string) => `budget.income.${role}`,
  expenseTotal: "budget.expense.total",
  basic: "budget.expense.basic",
  project: "budget.expense.project",
  functionClass: (code: string) => `budget.function:${code}`,
  econ: (code: string) => `budget.econ:${code}`,
  /** current: 项目支出 by 经济分类 类 (no 预算公开表 holds it). */
  projectEcon: (code: string) => `budget.project.econ:${code}`,
  fiscalTotal: "budget.fiscal.total",
  fiscalBasic: "budget.fiscal.basic",
  fiscalProject: "budget.fiscal.project",
  operatingCost: "budget.operatingCost",
  threePublic: (role: string) => `budget.threePublic.${role}`,
  procurement: (part: "total" | "goods" | "works" | "services") => `budget.procurement.${part}`,
  vehicles: "budget.assets.vehicles",
  officialVehicles: "budget.assets.officialVehicles",
  vehiclesPurchased: "budget.assets.vehiclesPurchased",
  equipmentPurchased: "budget.assets.equipmentPurchased",
} as const;

const ZERO = new Decimal(0);

interface Amount {
  readonly value: Decimal | null;
  readonly cells: ReadonlyArray<CellRef>;
  readonly subject: string;
  readonly label: string;
}

/** Budget amounts print as the 江西 texts do: at most 2 decimals, trailing zeros dropped (21.3, 1, 418.56). */
export function formatBudgetAmount(d: Decimal): string {
  const r = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return (r.isZero() ? ZERO : r).toFixed();
}

class BudgetWriter {
  constructor(
    readonly tables: ReadonlyArray<Table>,
    readonly inputs: Inputs,
    readonly set: BudgetTemplateSet,
    readonly options: BudgetNarrativeOptions,
  ) {}

  table(id: string): Table | undefined {
    return this.tables.find((t) => t.id === id);
  }

  row(t: Table | undefined, pick: (r: TableRow) => boolean): TableRow | undefined {
    return t?.rows.find(pick);
  }

  /** A cell's amount; a blank cell of a recognised table is 0 (the table prints nothing for it). */
  cell(c: AmountCell | undefined, subject: string, label: string): Amount | undefined {
    if (!c) return undefined;
    return { value: c.value ?? ZERO, cells: [c.ref], subject, label };
  }

  /** A 类 row's amount of a code-rows table: absent from a recognised table → 0 (no cell to cite). */
  classAmount(id: string, code: string, col: string, subject: string, label: string): Amount {
    const t = this.table(id);
    const r = this.row(t, (x) => x.code?.code === code);
    const a = this.cell(r?.cells[col], subject, label);
    if (a) return a;
    return t ? { value: ZERO, cells: [], subject, label } : this.given(subject, label);
  }

  given(key: string, label: string): Amount {
    const v = this.inputs.current[key];
    return { value: v?.value ?? null, cells: v?.cells ?? [], subject: key, label };
  }

  sum(parts: ReadonlyArray<Amount>, subject: string, label: string): Amount {
    if (parts.some((p) => p.value === null)) return { value: null, cells: [], subject, label };
    return {
      value: parts.reduce((s, p) => s.plus(p.value as Decimal), ZERO),
      cells: parts.flatMap((p) => p.cells),
      subject,
      label,
    };
  }

  seg(a: Amount): Segment {
    if (a.value === null) return { missing: a.label };
    return { value: formatBudgetAmount(a.value), number: a.value, unit: "万元", subject: a.subject, cells: a.cells };
  }

  count(key: string, label: string): Segment {
    const v = this.inputs.current[key];
    if (!v || v.value === null) return { missing: label };
    return { value: v.value.toFixed(0), number: v.value, unit: "count", subject: key, cells: v.cells };
  }

  /** 上年预算数 → the change amount (this year − last year), or null where either is unknown. */
  delta(a: Amount): { diff: Decimal; prior: Decimal; cells: CellRef[] } | null {
    const p = this.inputs.prior[a.subject];
    if (a.value === null || !p || p.value === null) return null;
    return { diff: a.value.minus(p.value), prior: p.value, cells: [...a.cells, ...p.cells] };
  }

  /** 较上年预算安排增加X万元 / 减少X万元 / 增加（减少）0万元. */
  change(a: Amount, words = this.set.change): Segment[] {
    const d = this.delta(a);
    if (!d) return [{ missing: `上年预算数（${a.label}）` }];
    const shown = d.diff.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (shown.isZero()) return fill(words.flat, {});
    const amount: Segment = {
      value: formatBudgetAmount(shown.abs()),
      number: d.diff.abs(),
      unit: "万元",
      figureId: "change",
      subject: a.subject,
      cells: d.cells,
    };
    return fill(shown.isPositive() ? words.up : words.down, { 额: amount });
  }

  reason(a: Amount): Segment {
    const r = this.inputs.reasons[`change:${a.subject}`];
    return r?.text ? { text: r.text } : { missing: `${a.label}较上年变动的主要原因` };
  }

  yearSlots(): Record<string, Segment | string> {
    const y = this.options.year;
    return y ? { 年: String(y), 上年: String(y - 1) } : { 年: { missing: "年份" }, 上年: { missing: "上年年份" } };
  }

  slots(): Record<string, Segment | string> {
    return { ...this.yearSlots(), 部门: this.options.department ?? { missing: "部门名称" } };
  }

  // ── amounts ──────────────────────────────────────────────────────────────────────────────────────────────────

  expenseTotal(): Amount {
    const t = this.table("budget-expense-total") ?? this.table("budget-gpb");
    const r = this.row(t, (x) => x.kind === "total");
    return (
      this.cell(r?.cells.total, BUDGET_KEYS.expenseTotal, "支出预算总额") ??
      this.given(BUDGET_KEYS.expenseTotal, "支出预算总额")
    );
  }

  expenseType(type: "basic" | "project", tableId = "budget-expense-total"): Amount {
    const key =
      tableId === "budget-gpb"
        ? type === "basic"
          ? BUDGET_KEYS.fiscalBasic
          : BUDGET_KEYS.fiscalProject
        : type === "basic"
          ? BUDGET_KEYS.basic
          : BUDGET_KEYS.project;
    const label = type === "basic" ? "基本支出" : "项目支出";
    const r = this.row(this.table(tableId), (x) => x.kind === "total");
    return this.cell(r?.cells[type], key, label) ?? this.given(key, label);
  }

  /** 基本支出 by 经济分类 类: the 一般公共预算基本支出表 (the whole 基本支出 of a department funded by 一般公共预算). */
  basicEcon(code: string): Amount {
    return this.classAmount(
      "budget-gpb-basic",
      code,
      "total",
      `budget.basic.econ:${code}`,
      `基本支出${ECON_CLASSES[code]}`,
    );
  }

  projectEcon(code: string): Amount {
    return this.given(BUDGET_KEYS.projectEcon(code), `项目支出${ECON_CLASSES[code]}`);
  }

  econ(code: string): Amount {
    return this.sum([this.basicEcon(code), this.projectEcon(code)], BUDGET_KEYS.econ(code), ECON_CLASSES[code]);
  }

  incomeTotal(): Amount {
    const t = this.table("budget-income-total");
    const r = this.row(t, (x) => x.kind === "total");
    const fromIncome = this.cell(r?.cells.total, BUDGET_KEYS.incomeTotal, "收入预算总额");
    if (fromIncome) return fromIncome;
    const fs = this.row(this.table("budget-fiscal-summary"), (x) => x.role === "grandTotal" && x.side === "income");
    return (
      this.cell(fs?.cells.amount, BUDGET_KEYS.incomeTotal, "收入预算总额") ??
      this.given(BUDGET_KEYS.incomeTotal, "收入预算总额")
    );
  }

  incomeFiscal(): Amount {
    const fs = this.row(this.table("budget-fiscal-summary"), (x) => x.role === "total" && x.side === "income");
    const a = this.cell(fs?.cells.amount, BUDGET_KEYS.incomeFiscal, "财政拨款收入");
    if (a) return a;
    const r = this.row(this.table("budget-income-total"), (x) => x.kind === "total");
    const parts = ["gpb", "fund", "soe"].map((k) => this.cell(r?.cells[k], k, k)).filter((p): p is Amount => !!p);
    return parts.length
      ? this.sum(parts, BUDGET_KEYS.incomeFiscal, "财政拨款收入")
      : this.given(BUDGET_KEYS.incomeFiscal, "财政拨款收入");
  }

  /** An income source: the 部门收入总表 合计 row where the workbook has one, else the given amount. */
  incomeSource(role: string, name: string): Amount {
    const key = BUDGET_KEYS.income(role);
    const r = this.row(this.table("budget-income-total"), (x) => x.kind === "total");
    const tableRole = role === "education" ? "specialAccount" : role === "carryover" ? "carryOver" : role;
    return this.cell(r?.cells[tableRole], key, name) ?? this.given(key, name);
  }

  fiscalTotal(): Amount {
    const fs = this.row(this.table("budget-fiscal-summary"), (x) => x.role === "total" && x.side === "expense");
    const a = this.cell(fs?.cells.total, BUDGET_KEYS.fiscalTotal, "财政拨款支出预算总额");
    if (a) return a;
    const r = this.row(this.table("budget-gpb"), (x) => x.kind === "total");
    return (
      this.cell(r?.cells.total, BUDGET_KEYS.fiscalTotal, "财政拨款支出预算总额") ??
      this.given(BUDGET_KEYS.fiscalTotal, "财政拨款支出预算总额")
    );
  }

  fiscalClass(code: string, name: string): Amount {
    const subject = `budget.fiscal.function:${code}`;
    const t = this.table("budget-fiscal-summary");
    const r = this.row(
      t,
      (x) => x.role === "class" && x.side === "expense" && (x.classCode === code || x.label === name),
    );
    const a = this.cell(r?.cells.total, subject, name);
    if (a) return a;
    return this.classAmount("budget-gpb", code, "total", subject, name);
  }

  operatingCost(): Amount {
    const r = this.row(this.table("budget-gpb-basic"), (x) => x.kind === "total");
    return (
      this.cell(r?.cells.public, BUDGET_KEYS.operatingCost, "机关运行经费") ??
      this.given(BUDGET_KEYS.operatingCost, "机关运行经费")
    );
  }

  threePublic(role: string, name: string): Amount {
    const key = BUDGET_KEYS.threePublic(role);
    const r = this.row(this.table("budget-three-public"), (x) => x.role === role);
    return this.cell(r?.cells.budget, key, name) ?? this.given(key, name);
  }

  /** Whether a fund/soe 支出表 has any non-zero amount (an empty table: no 支出). */
  spending(id: string): Amount | "none" | undefined {
    const t = this.table(id);
    if (!t) return undefined;
    const total = this.row(t, (x) => x.kind === "total");
    const v = total?.cells.total?.value;
    if (!v || v.isZero()) return "none";
    return this.cell(total?.cells.total, `${id}.total`, "支出");
  }
}

function para(...segs: ReadonlyArray<Segment>[]): Paragraph {
  return { segments: merge(segs.flat()) };
}

function buildBudgetSection(w: BudgetWriter, t: BudgetSectionTemplate): Paragraph[] {
  const s = t.strings;
  const base = w.slots();
  const item = (a: Amount) => fill(s.item, { 名称: a.label, 金额: w.seg(a), 变动: w.change(a) });
  const econList = (type: "basic" | "project", codes: ReadonlyArray<string>) =>
    joinSegments(
      codes.map((c) =>
        fill(s.econItem, { 名称: ECON_CLASSES[c], 金额: w.seg(type === "basic" ? w.basicEcon(c) : w.projectEcon(c)) }),
      ),
      "，",
    );
  const BASIC = ["301", "302", "303", "310"];
  const PROJECT = ["301", "302", "303", "307", "309", "310", "312", "399"];
  const byType = (tableId: string) => {
    const typed = (type: "basic" | "project", codes: ReadonlyArray<string>) => {
      const a = w.expenseType(type, tableId);
      return fill(s.type, { 名称: a.label, 金额: w.seg(a), 变动: w.change(a), 构成: econList(type, codes) });
    };
    return fill(s.byType, { 基本: typed("basic", BASIC), 项目: typed("project", PROJECT) });
  };
  switch (t.kind) {
    case "income": {
      const total = w.incomeTotal();
      const fiscal = w.incomeFiscal();
      const items = [fiscal, ...BUDGET_INCOME_SOURCES.map(([role, name]) => w.incomeSource(role, name))];
      return [
        para(
          fill(s.main, {
            ...base,
            收入总额: w.seg(total),
            收入总额变动: w.change(total),
            构成: joinSegments(items.map(item), "；"),
          }),
        ),
      ];
    }
    case "expense": {
      const total = w.expenseTotal();
      const fn = FUNCTION_CLASSES.map(([code, name]) =>
        w.classAmount("budget-expense-total", code, "total", BUDGET_KEYS.functionClass(code), name),
      );
      const econ = Object.keys(ECON_CLASSES).map((c) => w.econ(c));
      return [
        para(fill(s.main, { ...base, 支出总额: w.seg(total), 支出总额变动: w.change(total) })),
        para(byType("budget-expense-total")),
        para(fill(s.byFunction, { 构成: joinSegments(fn.map(item), "；") })),
        para(fill(s.byEcon, { 构成: joinSegments(econ.map(item), "；") })),
      ];
    }
    case "fiscal": {
      const total = w.fiscalTotal();
      const fn = FUNCTION_CLASSES.map(([code, name]) => w.fiscalClass(code, name));
      return [
        para(fill(s.main, { ...base, 支出总额: w.seg(total), 支出总额变动: w.change(total) })),
        para(
          fill(s.byFunction, {
            构成: joinSegments(
              fn.map((a) => fill(s.functionItem, { 名称: a.label, 金额: w.seg(a) })),
              "，",
            ),
          }),
        ),
        para(byType("budget-gpb")),
      ];
    }
    case "fund":
    case "soe": {
      const sp = w.spending(t.kind === "fund" ? "budget-fund" : "budget-soe");
      if (sp === undefined) return [para([{ missing: `${t.title}（没有识别出该表）` }])];
      if (sp === "none") return [para(fill(s.empty, base))];
      return [para(fill(s.main, { ...base, 支出: w.seg(sp) }))];
    }
    case "operatingCost": {
      const a = w.operatingCost();
      const d = w.delta(a);
      let change: Segment[];
      let reason: Segment[] = [];
      if (!d) change = [{ missing: "上年机关运行经费预算数" }, { text: "。" }];
      else if (d.diff.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isZero()) change = fill(s.flat + "。", base);
      else {
        const up = d.diff.isPositive();
        const amount: Segment = {
          value: formatBudgetAmount(d.diff.abs()),
          number: d.diff.abs(),
          unit: "万元",
          figureId: "change",
          subject: a.subject,
          cells: d.cells,
        };
        const rate: Segment[] = d.prior.isZero()
          ? []
          : [
              { text: "，" },
              ...fill(up ? w.set.growthUp : w.set.growthDown, {
                率: (() => {
                  const r = d.diff.abs().div(d.prior).times(100);
                  return {
                    value: r.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
                    number: r,
                    unit: "%",
                    figureId: "growth",
                    subject: a.subject,
                    cells: d.cells,
                  } as Segment;
                })(),
              }),
            ];
        change = [
          ...fill(s.change, { ...base, 增减: [{ text: up ? "增加" : "减少" }, amount, { text: "万元" }] }),
          ...rate,
          { text: "。" },
        ];
        reason = fill(s.reason, { 原因: w.reason(a) });
      }
      return [para(fill(s.main, { ...base, 预算: w.seg(a), 变动: change, 原因: reason }))];
    }
    case "procurement": {
      const p = (k: "total" | "goods" | "works" | "services", n: string) =>
        w.seg(w.given(BUDGET_KEYS.procurement(k), n));
      return [
        para(
          fill(s.main, {
            ...base,
            总额: p("total", "政府采购预算总额"),
            货物: p("goods", "政府采购货物预算"),
            工程: p("works", "政府采购工程预算"),
            服务: p("services", "政府采购服务预算"),
          }),
        ),
      ];
    }
    case "assets": {
      const eq = w.inputs.current[BUDGET_KEYS.equipmentPurchased];
      const equipment =
        eq && eq.value !== null && eq.value.isZero()
          ? fill(s.noEquipment, {})
          : fill(s.equipment, {
              购置设备: w.count(BUDGET_KEYS.equipmentPurchased, "预算安排购置单位价值200万元以上大型设备数"),
            });
      return [
        para(
          fill(s.main, {
            ...base,
            基准日: w.options.assetsDate ?? { missing: "资产信息基准日" },
            车辆: w.count(BUDGET_KEYS.vehicles, "车辆数"),
            公务用车: w.count(BUDGET_KEYS.officialVehicles, "一般公务用车实有数"),
          }),
        ),
        para(
          fill(s.purchases, {
            ...base,
            购置车辆: w.count(BUDGET_KEYS.vehiclesPurchased, "预算安排购置车辆数"),
            设备: equipment,
          }),
        ),
      ];
    }
    case "threePublic": {
      const total = w.threePublic("total", "“三公”经费");
      const items = (
        [
          ["abroad", "因公出国（境）费"],
          ["reception", "公务接待费"],
          ["vehicleOperation", "公务用车运行维护费"],
          ["vehiclePurchase", "公务用车购置"],
        ] as const
      ).map(([role, name]) => {
        const a = w.threePublic(role, name);
        return fill(s.item, {
          名称: name,
          金额: w.seg(a),
          变动: w.change(a, w.set.threePublicChange),
          原因: w.reason(a),
        });
      });
      return [
        para(fill(s.main, { ...base, 合计: w.seg(total), 因公出国: items[0] })),
        ...items.slice(1).map((i) => para(i)),
      ];
    }
  }
}

/**
 * The 部门预算 情况说明 for one workbook's 预算公开表: 一、 with its （一）… sections, then 二、 the “三公” part.
 */
export function generateBudgetNarrative(
  tables: ReadonlyArray<Table>,
  inputs: Inputs = EMPTY_INPUTS,
  options: BudgetNarrativeOptions = {},
): BudgetNarrative {
  const set =
    typeof options.templates === "object"
      ? options.templates
      : BUDGET_TEMPLATE_SETS[options.templates ?? "budget-jiangxi-donghu"];
  const w = new BudgetWriter(tables, inputs, set, options);
  const sections: BudgetSection[] = set.sections.map((t, i) => ({
    kind: t.kind,
    number: chineseNumber(i),
    title: t.title,
    heading: `（${chineseNumber(i)}）${t.title}`,
    paragraphs: buildBudgetSection(w, t),
  }));
  const heading = joinText(fill(set.heading, w.yearSlots()));
  const tp = set.threePublic;
  const threeHeading = joinText(fill(set.threePublicHeading, w.yearSlots()));
  sections.push({
    kind: tp.kind,
    number: "二",
    title: tp.title,
    heading: threeHeading,
    paragraphs: buildBudgetSection(w, tp),
  });
  const segs = sections.flatMap((s) => s.paragraphs.flatMap((p) => p.segments));
  return { templateSet: set.id, heading, sections, missing: segs.filter(isMissing).map((s) => s.missing) };
}

/** The whole text: 一、 heading, its sections, then the “三公” part. */
export function budgetNarrativeText(n: BudgetNarrative): string {
  const text = (s: BudgetSection) => [s.heading, ...s.paragraphs.map((p) => joinText(p.segments))].join("\n");
  const main = n.sections.filter((s) => s.kind !== "threePublic");
  const rest = n.sections.filter((s) => s.kind === "threePublic");
  return [n.heading, ...main.map(text), ...rest.map(text)].join("\n\n");
}
