import Decimal from "decimal.js";
import { mergeInputs } from "../../src/engine/inputs/model";
import {
  fill,
  formatAmount,
  formatPercent,
  generateNarrative,
  isMissing,
  isValue,
  joinText,
  narrativeRows,
  sectionText,
  TEMPLATE_SETS,
  type NumberStyle,
} from "../../src/engine/narrative";
import { checkBeforeInsert } from "../../src/engine/narrative/insert";
import { recognize } from "../../src/engine/recognize";
import { fixtureSnapshot } from "../support/fixtures";
import { given } from "./support";

const std: NumberStyle = TEMPLATE_SETS.standard.style;
const danfeng: NumberStyle = TEMPLATE_SETS["shaanxi-danfeng"].style;
const zengdu: NumberStyle = TEMPLATE_SETS["hubei-zengdu"].style;

describe("number style", () => {
  it("amounts: 2 decimals ROUND_HALF_UP, thousands separators and whole numbers as the region prints them", () => {
    expect(formatAmount(new Decimal("1049.22"), std)).toBe("1,049.22");
    expect(formatAmount(new Decimal("1234567.005"), std)).toBe("1,234,567.01");
    expect(formatAmount(new Decimal("100"), danfeng)).toBe("100");
    expect(formatAmount(new Decimal("1.4"), danfeng)).toBe("1.40");
    expect(formatAmount(new Decimal("11229.01"), zengdu)).toBe("11229.01");
    expect(formatAmount(new Decimal("-0.001"), std)).toBe("0.00");
    expect(formatAmount(new Decimal("-64.37"), std)).toBe("-64.37");
  });

  it("percentages at the region's precision", () => {
    expect(formatPercent(new Decimal("1812.6550"), zengdu)).toBe("1812.7");
    expect(formatPercent(new Decimal("100"), danfeng)).toBe("100");
    expect(formatPercent(new Decimal("88.0000"), danfeng)).toBe("88");
    expect(formatPercent(new Decimal("54.891"), std)).toBe("54.89");
  });
});

describe("slots", () => {
  it("fills named slots with text and segments; an unknown slot is a defect of the template", () => {
    const segs = fill("收入总计{收入总计}万元，{变动}", {
      收入总计: {
        value: "363.59",
        number: new Decimal("363.59"),
        unit: "万元",
        subject: "01.income.grandTotal",
        cells: [],
      },
      变动: { missing: "上年决算数（总计）" },
    });
    expect(joinText(segs)).toBe("收入总计363.59万元，【待填写：上年决算数（总计）】");
    expect(segs.filter(isValue)).toHaveLength(1);
    expect(segs.filter(isMissing)).toHaveLength(1);
    expect(() => fill("{没有}", {})).toThrow("模板中的占位符“没有”没有取值");
  });
});

describe.each(["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"] as const)(
  "every template set on %s",
  (name) => {
    const r = recognize(fixtureSnapshot(name));
    for (const id of Object.keys(TEMPLATE_SETS) as (keyof typeof TEMPLATE_SETS)[]) {
      it(`${id}: renders every section, no placeholder left, passes the checker`, () => {
        const n = generateNarrative(r.tables, undefined, { templates: id, year: 2024 });
        expect(n.sections.map((s) => s.number)).toEqual(
          TEMPLATE_SETS[id].sections.map((_, i) => "一二三四五六七八九十"[i] ?? expect.any(String)),
        );
        const text = n.sections.map(sectionText).join("\n");
        expect(text).not.toMatch(/\{[^}]*\}|undefined|NaN|null/);
        expect(narrativeRows(n).length).toBeGreaterThan(n.sections.length);
        expect(checkBeforeInsert(n, r).blocking).toEqual([]);
      });
    }
  },
);

describe("the standard set, with inputs", () => {
  const r = recognize(fixtureSnapshot("seed000-zhushan-2024-final"));
  const n = generateNarrative(
    r.tables,
    mergeInputs({
      prior: {
        "01.income.grandTotal": given("349.79"),
        "01.expense.grandTotal": given("349.79"),
        "09.reception.final": given("0"),
      },
      budget: { "05.total": given("235.38") },
    }),
    { year: 2024 },
  );
  const text = (num: string) => sectionText(n.sections.find((s) => s.number === num)!);

  it("一: 收入总计、支出总计 with the standard change phrase", () => {
    expect(text("一")).toBe(
      "一、收入支出决算总体情况说明\n2024年度收入总计、支出总计均为363.59万元，与上年相比，收入总计、支出总计均增加13.80万元，增长3.95%。",
    );
  });

  it("五: 总体, 结构 by 类 with 占比, 具体 per 项", () => {
    const t = text("五");
    expect(t).toContain("（二）一般公共预算财政拨款支出决算结构情况");
    expect(t).toContain(
      "（一）社会保障和就业支出（类）支出23.10万元，占6.35%；（二）卫生健康支出（类）支出327.61万元，占90.10%",
    );
    expect(t).toContain("完成年初预算的154.47%");
    expect(t).toContain(
      "（一）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为【待填写：年初预算数（机关事业单位基本养老保险缴费支出）】万元",
    );
  });

  it("九: growth from a prior-year 0 is 上年为0, and its reason is required", () => {
    expect(text("九")).toContain(
      "公务接待费全年预算为0.27万元，支出决算为0.27万元，完成全年预算的100.00%，比上年增加0.27万元（上年为0），主要原因：【待填写：公务接待费比上年变动的主要原因】。",
    );
    expect(n.reasons.map((x) => x.key)).toContain("change:09.reception.final");
  });

  it("七/八: 空表 wording for the empty 07/08表", () => {
    expect(text("七")).toContain("本部门2024年度无政府性基金预算财政拨款收支，已公开空表。");
    expect(text("八")).toContain("本部门2024年度无国有资本经营预算财政拨款收支，已公开空表。");
  });

  it("a missing year is a visible slot too", () => {
    const m = generateNarrative(r.tables);
    expect(sectionText(m.sections[0])).toContain("【待填写：年度】收入总计");
  });
});
