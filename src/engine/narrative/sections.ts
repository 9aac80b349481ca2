import Decimal from "decimal.js";
import type { Figures } from "../figures/compute";
import type { FigureId, FigureValue } from "../figures/definitions";
import type { LineValue } from "../figures/lines";
import type { Inputs } from "../inputs/model";
import { REASON_THRESHOLD } from "../inputs/reasons";
import { fill, formatAmount, formatCount, formatPercent, joinSegments, merge, type Segment } from "./segments";
import type { SectionKind, SectionTemplate, TemplateSet } from "./templates";

export interface Paragraph {
  readonly segments: ReadonlyArray<Segment>;
}

export interface NarrativeSection {
  readonly kind: SectionKind;
  /** 一, 二, … by position in the template set. */
  readonly number: string;
  readonly title: string;
  /** "一、收入支出决算总体情况说明". */
  readonly heading: string;
  readonly paragraphs: ReadonlyArray<Paragraph>;
}

export interface SectionContext {
  readonly figures: Figures;
  readonly inputs: Inputs;
  readonly set: TemplateSet;
  readonly year?: number;
}

type Slots = Record<string, ReadonlyArray<Segment> | Segment | string>;

const CN = [
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "十一",
  "十二",
  "十三",
  "十四",
  "十五",
  "十六",
  "十七",
  "十八",
  "十九",
  "二十",
];

export function chineseNumber(i: number): string {
  return CN[i] ?? String(i + 1);
}

function ordinal(set: TemplateSet, i: number): string {
  return set.ordinal === "paren-chinese" ? `（${chineseNumber(i)}）` : `${i + 1}. `;
}

const EXPENSE_NAMES: Record<string, string> = {
  "03.basic": "基本支出",
  "03.project": "项目支出",
  "03.upper": "上缴上级支出",
  "03.operating": "经营支出",
  "03.subsidiary": "对附属单位补助支出",
};

/** The builders' toolbox over one context. */
class Writer {
  constructor(readonly ctx: SectionContext) {}

  get style() {
    return this.ctx.set.style;
  }

  line(key: string): LineValue | undefined {
    return this.ctx.figures.lines.get(key);
  }

  value(key: string): Decimal | null {
    return this.line(key)?.value ?? this.ctx.inputs.current[key]?.value ?? null;
  }

  yearSlots(): Slots {
    const y = this.ctx.year;
    return y
      ? { 年度: `${y}年度`, 上年度: `${y - 1}年度`, 年: String(y), 上年: String(y - 1) }
      : {
          年度: { missing: "年度" },
          上年度: { missing: "上年度" },
          年: { missing: "年份" },
          上年: { missing: "上年年份" },
        };
  }

  /** An amount of a line or a given input, with its cells; a visible slot when unknown. */
  amount(key: string, label?: string): Segment {
    const l = this.line(key);
    const given = this.ctx.inputs.current[key];
    const v = l?.value ?? given?.value ?? null;
    if (v === null) return { missing: label ?? l?.label ?? key };
    return {
      value: formatAmount(v, this.style),
      number: v,
      unit: "万元",
      subject: key,
      cells: l ? l.cells : (given?.cells ?? []),
    };
  }

  budgetAmount(key: string, label: string): Segment {
    const b = this.ctx.inputs.budget[key];
    if (!b || b.value === null) return { missing: `年初预算数（${label}）` };
    return {
      value: formatAmount(b.value, this.style),
      number: b.value,
      unit: "万元",
      subject: `budget:${key}`,
      cells: b.cells,
    };
  }

  count(key: string, label: string): Segment {
    const v = this.value(key);
    if (v === null) return { missing: label };
    const l = this.line(key);
    return {
      value: formatCount(v),
      number: v,
      unit: "count",
      subject: key,
      cells: l?.cells ?? this.ctx.inputs.current[key]?.cells ?? [],
    };
  }

  figure(id: FigureId, subject: string): FigureValue | undefined {
    return this.ctx.figures.get(id, subject);
  }

  /** A percentage figure as a segment; null when there is no percentage (base 0). */
  percent(id: FigureId, subject: string, label: string): Segment | null {
    const f = this.figure(id, subject);
    if (!f || f.status === "missing") return { missing: f?.missing[0] ?? label };
    if (f.value === null) return null;
    return {
      value: formatPercent(f.exact ?? f.value, this.style),
      number: f.value,
      unit: "%",
      figureId: id,
      subject,
      cells: f.cells,
    };
  }

  /** 比上年增加X万元，增长Y% / 与上年持平 (full) or 增加X万元，增长Y% / 持平 (bare). */
  change(key: string, full: boolean): Segment[] {
    const set = this.ctx.set;
    const g = this.figure("growth", key);
    const c = this.figure("change", key);
    if (!g || !c || g.status === "missing" || c.status === "missing") {
      return [{ missing: g?.missing[0] ?? c?.missing[0] ?? `上年决算数（${key}）` }];
    }
    if (g.status === "flat") return fill(full ? set.flatFull : set.change.flat, this.yearSlots());
    const amount: Segment = {
      value: formatAmount(c.exact!.abs(), this.style),
      number: c.value!.abs(),
      unit: "万元",
      figureId: "change",
      subject: key,
      cells: c.cells,
    };
    const prefix = full ? "比上年" : "";
    if (g.status === "priorZero") return fill(prefix + set.change.priorZero, { 额: amount });
    const rate: Segment = {
      value: formatPercent(g.exact!.abs(), this.style),
      number: g.value!.abs(),
      unit: "%",
      figureId: "growth",
      subject: key,
      cells: g.cells,
    };
    return fill(prefix + (c.exact!.isNegative() ? set.change.down : set.change.up), { 额: amount, 率: rate });
  }

  /** 增加X万元 / 减少X万元 / 持平, without a percentage. */
  changeAmount(key: string): Segment[] {
    const c = this.figure("change", key);
    if (!c || c.status === "missing") return [{ missing: c?.missing[0] ?? `上年决算数（${key}）` }];
    if (c.status === "flat") return [{ text: this.ctx.set.change.flat }];
    const amount: Segment = {
      value: formatAmount(c.exact!.abs(), this.style),
      number: c.value!.abs(),
      unit: "万元",
      figureId: "change",
      subject: key,
      cells: c.cells,
    };
    return [{ text: c.exact!.isNegative() ? "减少" : "增加" }, amount, { text: "万元" }];
  }

  /** A reason: given → the template; required (≥10 % or from 0) and not given → a 【待填写】 slot; else nothing. */
  reason(kind: "change" | "budget", key: string, name: string, template = this.ctx.set.reason): Segment[] {
    const r = this.ctx.inputs.reasons[`${kind}:${key}`];
    if (r?.text) return fill(template, { 原因: r.text });
    const f = this.figure(kind === "change" ? "growth" : "budget.variance", key);
    const required =
      !!f &&
      (f.status === "priorZero" ||
        f.status === "baseZero" ||
        (f.status === "ok" && f.exact!.abs().gte(REASON_THRESHOLD)));
    if (!required) return [];
    return fill(template, {
      原因: { missing: kind === "change" ? `${name}比上年变动的主要原因` : `${name}预决算差异的主要原因` },
    });
  }

  /** Slots X, X变动, X增减, X原因 for a named amount. */
  named(name: string, key: string): Slots {
    return {
      [name]: this.amount(key, name),
      [`${name}变动`]: this.change(key, true),
      [`${name}增减`]: this.change(key, false),
      [`${name}原因`]: this.reason("change", key, name),
    };
  }

  para(template: string, slots: Slots): Paragraph {
    return { segments: fill(template, { ...this.yearSlots(), ...slots }) };
  }
}

function equalAmounts(w: Writer, a: string, b: string): boolean {
  const x = w.value(a);
  const y = w.value(b);
  return !!x && !!y && x.equals(y);
}

function listItems(
  w: Writer,
  t: SectionTemplate,
  share: (key: string) => Segment | null,
  name: (key: string) => string,
): Segment[] {
  const parts: Segment[][] = [];
  for (const key of t.items ?? []) {
    const v = w.value(key);
    if (!t.includeZero && (v === null || v.isZero())) continue;
    const s = share(key);
    const seg = fill(t.strings.item, { 名称: name(key), 金额: w.amount(key, name(key)), 占比: s ?? "—" });
    parts.push(seg);
  }
  return joinSegments(parts, "；");
}

type Builder = (w: Writer, t: SectionTemplate) => Paragraph[];

const BUILDERS: Record<SectionKind, Builder> = {
  overview: (w, t) => {
    const slots = { ...w.named("收入总计", "01.income.grandTotal"), ...w.named("支出总计", "01.expense.grandTotal") };
    return [
      w.para(
        equalAmounts(w, "01.income.grandTotal", "01.expense.grandTotal") ? t.strings.equal : t.strings.unequal,
        slots,
      ),
    ];
  },

  income: (w, t) => {
    const name = (k: string) => (k === "01.income.fiscal" ? "财政拨款收入" : (w.line(k)?.label ?? k));
    const share = (k: string) =>
      k === "01.income.fiscal"
        ? w.percent("income.fiscalShare", k, "财政拨款收入占比")
        : w.percent("income.share", k, `${name(k)}占比`);
    const slots: Slots = {
      ...w.named("收入总计", "01.income.grandTotal"),
      ...w.named("年初结转和结余", "01.income.opening"),
      ...w.named("使用非财政拨款结余", "01.income.nonFiscalBalance"),
      ...w.named("本年收入合计", "01.income.total"),
      构成: listItems(w, t, share, name),
    };
    const out = [w.para(t.strings.main, slots)];
    if (t.strings.composition) out.push(w.para(t.strings.composition, slots));
    return out;
  },

  expense: (w, t) => {
    const name = (k: string) => EXPENSE_NAMES[k] ?? k;
    const slots: Slots = {
      ...w.named("支出总计", "01.expense.grandTotal"),
      ...w.named("本年支出合计", "01.expense.total"),
      ...w.named("结余分配", "01.expense.distribution"),
      ...w.named("年末结转和结余", "01.expense.closing"),
      构成: listItems(w, t, (k) => w.percent("expense.share", k, `${name(k)}占比`), name),
    };
    const out = [w.para(t.strings.main, slots)];
    if (t.strings.composition) out.push(w.para(t.strings.composition, slots));
    return out;
  },

  fiscalOverview: (w, t) => {
    const slots = { ...w.named("收入总计", "04.income.grandTotal"), ...w.named("支出总计", "04.expense.grandTotal") };
    const out = [
      w.para(
        equalAmounts(w, "04.income.grandTotal", "04.expense.grandTotal") ? t.strings.equal : t.strings.unequal,
        slots,
      ),
    ];
    if (t.strings.lines && t.items) {
      const parts = t.items
        .filter((k) => w.line(k))
        .map((k) =>
          fill(t.strings.line, {
            ...w.yearSlots(),
            名称: `${w.line(k)!.label}收入`.replace(/收入收入$/, "收入"),
            金额: w.amount(k),
            增减额: w.changeAmount(k),
          }),
        );
      out.push(w.para(t.strings.lines, { 明细: joinSegments(parts, "；") }));
    }
    return out;
  },

  gpb: (w, t) => {
    const set = w.ctx.set;
    const out: Paragraph[] = [];
    const total: Slots = {
      支出: w.amount("05.total", "一般公共预算财政拨款支出"),
      占比: w.percent("gpb.totalShare", "05.total", "一般公共预算财政拨款支出占比") ?? "—",
      支出增减: w.change("05.total", false),
      支出原因: w.reason("change", "05.total", "一般公共预算财政拨款支出"),
      预算: w.budgetAmount("05.total", "一般公共预算财政拨款支出"),
      决算: w.amount("05.total", "一般公共预算财政拨款支出"),
      完成: w.percent("budget.completion", "05.total", "完成年初预算") ?? "—",
    };
    const rows = [...w.ctx.figures.lines.values()].filter((l) => l.table === "final-05" && l.key.startsWith("05:"));
    const byCode = new Map(rows.map((l) => [l.code!, l]));
    for (const part of t.parts ?? ["overall", "structure", "specific"]) {
      if (part === "overall") {
        if (t.strings.overallHead) out.push({ segments: [{ text: t.strings.overallHead }] });
        out.push(w.para(t.strings.overall, total));
      } else if (part === "structure") {
        if (t.strings.structureHead) out.push({ segments: [{ text: t.strings.structureHead }] });
        const items = rows
          .filter((l) => l.level === 1)
          .map((l, i) =>
            fill(`${ordinal(set, i)}${t.strings.structureItem}`, {
              名称: l.label,
              金额: w.amount(l.key),
              占比: w.percent("gpb.classShare", l.key, `${l.label}占比`) ?? "—",
            }),
          );
        out.push(w.para(t.strings.structure, { ...total, 构成: joinSegments(items, "；") }));
      } else {
        if (t.strings.specificHead) out.push({ segments: [{ text: t.strings.specificHead }] });

        out.push(w.para(t.strings.specific, total));
        if (t.strings.listHead) out.push({ segments: [{ text: t.strings.listHead }] });
        const level = t.detailLevel ?? 3;
        // Per 项 (or per 类): the rows at that level; a 类 or 款 without 项 below stands for itself.
        const detail = rows.filter(
          (l) => l.level === level || (level === 3 && !rows.some((r) => r !== l && r.code!.startsWith(l.code!))),
        );
        detail.forEach((l, i) => {
          const path =
            level === 1
              ? `${l.label}（类）`
              : [l.code!.slice(0, 3), l.code!.slice(0, 5), l.code!]
                  .filter((c, j, a) => c.length <= l.code!.length && a.indexOf(c) === j)
                  .map((c) => `${byCode.get(c)?.label ?? c}（${c.length === 3 ? "类" : c.length === 5 ? "款" : "项"}）`)
                  .join("");
          const v = w.figure("budget.variance", l.key);
          const word =
            !v || v.status === "missing"
              ? null
              : v.status === "flat"
                ? t.strings.same
                : v.status === "baseZero"
                  ? t.strings.new
                  : v.exact!.isNegative()
                    ? t.strings.less
                    : t.strings.more;
          const completion = w.percent("budget.completion", l.key, `年初预算数（${l.label}）`);
          const slots: Slots = {
            序号: ordinal(set, i),
            科目: path,
            预算: w.budgetAmount(l.key, l.label),
            决算: w.amount(l.key),
            完成: completion ?? "—",
            比较: word ?? { missing: `年初预算数（${l.label}）` },
            原因: w.reason("budget", l.key, l.label, t.strings.budgetReason ?? set.reason),
          };
          out.push(w.para(completion === null ? t.strings.itemNew : t.strings.item, slots));
        });
      }
    }
    return out;
  },

  basic: (w, t) => {
    const items = (block: "personnel" | "public") =>
      [...w.ctx.figures.lines.values()].filter(
        (l) =>
          l.table === "final-06" &&
          l.key.startsWith("06:") &&
          l.level === 2 &&
          l.value &&
          !l.value.isZero() &&
          blockOf(w, l) === block,
      );
    const list = (block: "personnel" | "public") => {
      const ls = items(block);
      if (ls.length === 0) return [{ text: "无" }];
      return joinSegments(
        ls.map((l) =>
          t.itemAmounts
            ? fill(t.strings.itemWithAmount, { 名称: l.label, 金额: w.amount(l.key) })
            : [{ text: l.label }],
        ),
        "、",
      );
    };
    return [
      w.para(t.strings.main, { 基本支出: w.amount("05.basic", "基本支出") }),
      w.para(t.strings.personnel, {
        人员经费: w.amount("06.personnel.total", "人员经费"),
        人员经费明细: list("personnel"),
      }),
      w.para(t.strings.public, { 公用经费: w.amount("06.public.total", "公用经费"), 公用经费明细: list("public") }),
    ];
  },

  basicByClass: (w, t) => {
    const out = [w.para(t.strings.main, { 基本支出: w.amount("05.basic", "基本支出") })];
    (t.items ?? []).forEach((code, i) => {
      const key = `06:${code}`;
      const l = w.line(key);
      const name = l?.label ?? code;
      out.push(
        w.para(t.strings.item, {
          序号: ordinal(w.ctx.set, i),
          名称: name,
          金额: w.amount(key, name),
          变动: w.change(key, true),
          原因: w.reason("change", key, name),
        }),
      );
    });
    return out;
  },

  fund: (w, t) => {
    const v = w.value("07.total");
    const slots = {
      年初: w.amount("07.opening", "年初结转和结余"),
      收入: w.amount("07.income", "本年收入"),
      支出: w.amount("07.total", "本年支出"),
      年末: w.amount("07.closing", "年末结转和结余"),
    };
    return [w.para(v === null || tableEmpty(w, "final-07") ? t.strings.empty : t.strings.main, slots)];
  },

  soe: (w, t) => {
    const v = w.value("08.total");
    return [
      w.para(v === null || tableEmpty(w, "final-08") ? t.strings.empty : t.strings.main, {
        支出: w.amount("08.total", "本年支出"),
      }),
    ];
  },

  threePublic: (w, t) => {
    if (tableEmpty(w, "final-09")) return [w.para(t.strings.empty, {})];
    const set = w.ctx.set;
    const item = (role: string, name: string): Slots => {
      const f = w.percent("threePublic.completion", `09.${role}.final`, "完成全年预算");
      return {
        预算: w.amount(`09.${role}.budget`, `${name}全年预算数`),
        决算: w.amount(`09.${role}.final`, `${name}决算数`),
        完成: f ? fill(t.strings.completion, { 完成: f }) : "",
        决算变动: w.change(`09.${role}.final`, true),
        决算原因: w.reason("change", `09.${role}.final`, name),
      };
    };
    const out = [w.para(t.strings.total, item("total", "“三公”经费"))];
    out.push(
      w.para(t.strings.abroad, {
        序号: ordinal(set, 0),
        ...item("abroad", "因公出国（境）费"),
        团组: w.count("09.abroadGroups.final", "因公出国（境）团组数"),
        人次: w.count("09.abroadPersons.final", "因公出国（境）人次数"),
      }),
    );
    out.push(
      w.para(t.strings.vehicle, {
        序号: ordinal(set, 1),
        ...item("vehicle", "公务用车购置及运行维护费"),
        购置费: w.amount("09.vehiclePurchase.final", "公务用车购置费"),
        运行费: w.amount("09.vehicleOperation.final", "公务用车运行维护费"),
        购置数: w.count("09.vehiclesPurchased.final", "公务用车购置数"),
        保有量: w.count("09.vehiclesHeld.final", "公务用车保有量"),
      }),
    );
    out.push(
      w.para(t.strings.reception, {
        序号: ordinal(set, 2),
        ...item("reception", "公务接待费"),
        批次: w.count("09.receptionBatches.final", "国内公务接待批次"),
        接待人次: w.count("09.receptionPersons.final", "国内公务接待人次"),
      }),
    );
    return out;
  },

  operatingCost: (w, t) => {
    const budget = w.ctx.inputs.budget.operatingCost;
    const slots: Slots = {
      预算: w.budgetAmount("operatingCost", "机关运行经费"),
      决算: w.amount("operatingCost", "机关运行经费"),
      完成: w.percent("budget.completion", "operatingCost", "完成预算") ?? "—",
      决算变动: w.change("operatingCost", true),
      决算原因: w.reason("change", "operatingCost", "机关运行经费"),
    };
    return [w.para(budget && budget.value !== null ? t.strings.withBudget : t.strings.main, slots)];
  },

  procurement: (w, t) => {
    const total = w.value("procurement.total");
    if (total !== null && total.isZero()) return [w.para(t.strings.none, {})];
    const p = (part: string, label: string) => w.percent("procurement.share", part, label) ?? "0";
    return [
      w.para(t.strings.main, {
        总额: w.amount("procurement.total", "政府采购支出总额"),
        货物: w.amount("procurement.goods", "政府采购货物支出"),
        工程: w.amount("procurement.works", "政府采购工程支出"),
        服务: w.amount("procurement.services", "政府采购服务支出"),
        中小企业: w.amount("procurement.sme", "授予中小企业合同金额"),
        中小企业占比: p("procurement.sme", "授予中小企业合同金额占比"),
        小微企业: w.amount("procurement.small", "授予小微企业合同金额"),
        小微企业占比: p("procurement.small", "授予小微企业合同金额占比"),
        货物占比: p("procurement.smeGoods", "货物采购授予中小企业合同金额"),
        工程占比: p("procurement.smeWorks", "工程采购授予中小企业合同金额"),
        服务占比: p("procurement.smeServices", "服务采购授予中小企业合同金额"),
      }),
    ];
  },

  assets: (w, t) => {
    const c = (role: string, label: string) => w.count(`10.${role}`, label);
    return [
      w.para(t.strings.main, {
        车辆: c("vehicles", "车辆数合计"),
        领导用车: c("vehicles.leader", "副部（省）级及以上领导用车"),
        主要负责人用车: c("vehicles.head", "主要负责人用车"),
        机要通信用车: c("vehicles.confidential", "机要通信用车"),
        应急保障用车: c("vehicles.emergency", "应急保障用车"),
        执法执勤用车: c("vehicles.enforcement", "执法执勤用车"),
        特种专业技术用车: c("vehicles.special", "特种专业技术用车"),
        离退休干部服务用车: c("vehicles.retiree", "离退休干部服务用车"),
        其他用车: c("vehicles.other", "其他用车"),
        设备: c("equipment", "单价100万元（含）以上设备数"),
      }),
      // 当年购置: printed where the user gave the counts (not every region reports them).
      ...(t.strings.purchases &&
      (w.ctx.inputs.current["assets.vehiclesPurchased"] || w.ctx.inputs.current["assets.equipmentPurchased"])
        ? [
            w.para(t.strings.purchases, {
              购置车辆: w.count("assets.vehiclesPurchased", "当年购置车辆数"),
              购置设备: w.count("assets.equipmentPurchased", "当年购置单价100万元以上设备数"),
            }),
          ]
        : []),
    ];
  },
};

/** The block the 06表 printed the item in (人员经费 / 公用经费). */
function blockOf(_w: Writer, l: LineValue): "personnel" | "public" | undefined {
  return l.block;
}

function tableEmpty(w: Writer, id: string): boolean {
  const ls = [...w.ctx.figures.lines.values()].filter((l) => l.table === id);
  return ls.length === 0 || ls.every((l) => l.value === null || l.value.isZero());
}

export function buildSection(ctx: SectionContext, t: SectionTemplate, index: number): NarrativeSection {
  const w = new Writer(ctx);
  const paragraphs = BUILDERS[t.kind](w, t).map((p) => ({ segments: merge(p.segments) }));
  const number = chineseNumber(index);
  return { kind: t.kind, number, title: t.title, heading: `${number}、${t.title}`, paragraphs };
}
