import Decimal from "decimal.js";
import {
  FIGURE_DEFINITIONS,
  direction,
  evaluateFigure,
  type FigureId,
  type FigureInput,
} from "../../../src/engine/figures/definitions";

const ref = (address: string) => ({ sheet: "公开01表", address });
const inp = (v: string | null, address: string, label = address): FigureInput => ({
  value: v === null ? null : new Decimal(v),
  cells: [ref(address)],
  label,
});

/** One case per figure id: inputs as the seeds print them, the value a finance user would write. */
const CASES: Record<FigureId, { inputs: Record<string, FigureInput>; value: string; cells: string[] }> = {
  // seed000 二: 基本支出 199.58 of 363.59 → 54.89%
  "income.share": {
    inputs: { part: inp("20.58", "C14"), total: inp("11229.01", "C33") },
    value: "0.18",
    cells: ["C14", "C33"],
  },
  "income.fiscalShare": {
    inputs: { fiscal: inp("363.59", "C7"), total: inp("363.59", "C33") },
    value: "100.00",
    cells: ["C7", "C33"],
  },
  "expense.share": {
    inputs: { part: inp("199.58", "F6"), total: inp("363.59", "E6") },
    value: "54.89",
    cells: ["F6", "E6"],
  },
  "gpb.totalShare": {
    inputs: { gpb: inp("1049.22", "D8"), total: inp("1049.22", "F33") },
    value: "100.00",
    cells: ["D8", "F33"],
  },
  // seed002 05表: 210 is all of the 一般公共预算 spending
  "gpb.classShare": {
    inputs: { part: inp("23.1", "D9"), total: inp("363.59", "D8") },
    value: "6.35",
    cells: ["D9", "D8"],
  },
  "basic.personnelShare": {
    inputs: { personnel: inp("652.05", "C40"), basic: inp("888.32", "E8") },
    value: "73.40",
    cells: ["C40", "E8"],
  },
  "basic.publicShare": {
    inputs: { public: inp("236.27", "I40"), basic: inp("888.32", "E8") },
    value: "26.60",
    cells: ["I40", "E8"],
  },
  "threePublic.share": {
    inputs: { part: inp("1.57", "I191"), total: inp("1.57", "G191") },
    value: "100.00",
    cells: ["I191", "G191"],
  },
  // seed000 七: 授予中小企业 3.64 of 政府采购 3.64
  "procurement.share": {
    inputs: { part: inp("3.64", "补充数据!E60"), whole: inp("3.64", "补充数据!E57") },
    value: "100.00",
    cells: ["补充数据!E60", "补充数据!E57"],
  },
  // seed000 四: 工资福利支出 192.80, 上年 163.08 → +29.72, 18.22%
  change: {
    inputs: { current: inp("192.80", "C6"), prior: inp("163.08", "补充数据!E9") },
    value: "29.72",
    cells: ["C6", "补充数据!E9"],
  },
  growth: {
    inputs: { current: inp("192.80", "C6"), prior: inp("163.08", "补充数据!E9") },
    value: "18.22",
    cells: ["C6", "补充数据!E9"],
  },
  // seed000 三: 卫生健康支出 327.61 / 201.60 → 162.50%
  "budget.completion": {
    inputs: { final: inp("327.61", "D13"), budget: inp("201.60", "F13") },
    value: "162.50",
    cells: ["D13", "F13"],
  },
  "budget.variance": {
    inputs: { final: inp("327.61", "D13"), budget: inp("201.60", "F13") },
    value: "62.50",
    cells: ["D13", "F13"],
  },
  // seed002 九: 公务用车购置及运行费 1.57 / 6 → 26.17%
  "threePublic.completion": {
    inputs: { final: inp("1.57", "I191"), budget: inp("6", "C191") },
    value: "26.17",
    cells: ["I191", "C191"],
  },
};

describe("figure definitions", () => {
  it("every definition has a case, with its declared inputs", () => {
    expect(Object.keys(CASES).sort()).toEqual(FIGURE_DEFINITIONS.map((d) => d.id).sort());
    for (const d of FIGURE_DEFINITIONS) expect(Object.keys(CASES[d.id].inputs).sort()).toEqual([...d.inputs].sort());
  });

  for (const d of FIGURE_DEFINITIONS) {
    it(`${d.id} (${d.nameZh}) computes at ${d.decimals} decimals and carries its inputs' cells`, () => {
      const c = CASES[d.id];
      const f = evaluateFigure(d.id, "s", c.inputs);
      expect(f.status).toBe("ok");
      expect(f.value!.toFixed(d.decimals)).toBe(c.value);
      expect(f.cells.map((x) => x.address)).toEqual(c.cells);
      expect(f.unit).toBe(d.unit);
      expect(f.key).toBe(`${d.id}@s`);
    });
  }
});

describe("rounding and the special cases", () => {
  it("rounds ROUND_HALF_UP at the displayed precision (seed002 1809.15 → 1809.2 at 1 decimal)", () => {
    const f = evaluateFigure(
      "growth",
      "s",
      { current: inp("11208.44", "a"), prior: inp("587.09", "b") },
      { decimals: 1 },
    );
    expect(f.exact!.toFixed(4)).toBe("1809.1519");
    expect(f.value!.toFixed(1)).toBe("1809.2");
    const g = evaluateFigure("expense.share", "s", { part: inp("1", "a"), total: inp("8", "b") }, { decimals: 1 });
    expect(g.value!.toFixed(1)).toBe("12.5"); // 12.5 exactly, no binary noise
    const h = evaluateFigure("expense.share", "s", { part: inp("1", "a"), total: inp("16", "b") }, { decimals: 2 });
    expect(h.value!.toFixed(2)).toBe("6.25");
    const k = evaluateFigure("expense.share", "s", { part: inp("1", "a"), total: inp("16", "b") }, { decimals: 1 });
    expect(k.value!.toFixed(1)).toBe("6.3"); // 6.25 → 6.3 half up
  });

  it("growth against a prior-year 0 is 上年为0: no percentage, the change is still an amount", () => {
    const ins = { current: inp("1.57", "a"), prior: inp("0", "b") };
    const g = evaluateFigure("growth", "s", ins);
    expect(g.status).toBe("priorZero");
    expect(g.value).toBeNull();
    const c = evaluateFigure("change", "s", ins);
    expect(c.value!.toFixed(2)).toBe("1.57");
    expect(direction(c)).toBe("增加");
  });

  it("持平 when the rounded difference is 0.00 — also 0 against 0 (seed002 公务接待费)", () => {
    for (const [cur, prior] of [
      ["0", "0"],
      ["5.42", "5.42"],
      ["5.424", "5.421"],
    ]) {
      const ins = { current: inp(cur, "a"), prior: inp(prior, "b") };
      const g = evaluateFigure("growth", "s", ins);
      expect(g.status).toBe("flat");
      expect(g.value!.isZero()).toBe(true);
      expect(direction(evaluateFigure("change", "s", ins))).toBe("持平");
    }
  });

  it("a decrease has a negative change and growth (seed000 商品和服务支出 5.42 vs 69.79)", () => {
    const ins = { current: inp("5.42", "a"), prior: inp("69.79", "b") };
    expect(evaluateFigure("change", "s", ins).value!.toFixed(2)).toBe("-64.37");
    expect(evaluateFigure("growth", "s", ins).value!.toFixed(2)).toBe("-92.23");
    expect(direction(evaluateFigure("growth", "s", ins))).toBe("减少");
  });

  it("a zero denominator gives no percentage (baseZero), a missing input names what is missing", () => {
    expect(evaluateFigure("budget.completion", "s", { final: inp("1.40", "a"), budget: inp("0", "b") }).status).toBe(
      "baseZero",
    );
    expect(evaluateFigure("income.share", "s", { part: inp("0", "a"), total: inp("0", "b") }).status).toBe("baseZero");
    const m = evaluateFigure("growth", "s", {
      current: inp("1", "a"),
      prior: inp(null, "b", "上年决算数（本年收入合计）"),
    });
    expect(m.status).toBe("missing");
    expect(m.missing).toEqual(["上年决算数（本年收入合计）"]);
    expect(m.value).toBeNull();
  });
});
