import Decimal from "decimal.js";
import { computeFigures } from "../../../src/engine/figures/compute";
import { EMPTY_INPUTS, mergeInputs, type InputValue } from "../../../src/engine/inputs/model";
import { recognize } from "../../../src/engine/recognize";
import { fixtureSnapshot } from "../../support/fixtures";

const given = (v: string): InputValue => ({ value: new Decimal(v), cells: [], source: "given" });
const seed000 = recognize(fixtureSnapshot("seed000-zhushan-2024-final")).tables;
const seed002 = recognize(fixtureSnapshot("seed002-zengdu-2023-final")).tables;

describe("computeFigures on the seeds' tables", () => {
  const f = computeFigures(
    seed000,
    mergeInputs(EMPTY_INPUTS, {
      prior: { "01.income.total": given("349.79"), "06:302": given("69.79") },
      budget: { "05:208": given("18.01") },
    }),
  );

  it("shares from the table cells, with the cells as provenance (seed000 二)", () => {
    const basic = f.get("expense.share", "03.basic")!;
    expect(basic.value!.toFixed(2)).toBe("54.89");
    expect(basic.cells.map((c) => `${c.sheet}!${c.address}`)).toEqual(["公开03表!F6", "公开03表!E6"]);
    expect(f.get("expense.share", "03.project")!.value!.toFixed(2)).toBe("45.11");
    expect(f.get("income.fiscalShare", "01.income.fiscal")!.value!.toFixed(2)).toBe("100.00");
    expect(f.get("income.share", "01.income.business")!.value!.toFixed(2)).toBe("0.00");
    expect(f.get("gpb.classShare", "05:210")!.value!.toFixed(2)).toBe("90.10");
    expect(f.get("gpb.totalShare", "05.total")!.value!.toFixed(2)).toBe("100.00");
    expect(f.get("basic.personnelShare", "06.personnel.total")!.value!.toFixed(2)).toBe("97.28");
    expect(f.get("basic.publicShare", "06.public.total")!.value!.toFixed(2)).toBe("2.72");
    expect(f.get("threePublic.share", "09.reception.final")!.value!.toFixed(2)).toBe("100.00");
    expect(f.get("threePublic.completion", "09.total.final")!.value!.toFixed(2)).toBe("100.00");
  });

  it("prior-year figures: given prior → change and growth; no prior → missing with what to fill in", () => {
    expect(f.get("change", "01.income.total")!.value!.toFixed(2)).toBe("13.80");
    expect(f.get("growth", "01.income.total")!.value!.toFixed(2)).toBe("3.95"); // seed000-14: the text prints 3.94
    expect(f.get("growth", "06:302")!.value!.toFixed(2)).toBe("-92.23");
    const m = f.get("growth", "01.expense.total")!;
    expect(m.status).toBe("missing");
    expect(m.missing).toEqual(["上年决算数（本年支出合计）"]);
  });

  it("完成年初预算 from a given 年初预算数 (seed000-16: 23.10 / 18.01 = 128.26%, printed 128.24%)", () => {
    expect(f.get("budget.completion", "05:208")!.value!.toFixed(2)).toBe("128.26");
    expect(f.get("budget.completion", "05:210")!.status).toBe("missing");
  });

  it("the region's precision: seed002 at 1 decimal", () => {
    const g = computeFigures(seed002, mergeInputs({ prior: { "01.income.total": given("587.09") } }), {
      percentDecimals: 1,
    });
    expect(g.get("growth", "01.income.total")!.value!.toFixed(1)).toBe("1812.7");
    expect(g.get("expense.share", "03.basic")!.value!.toFixed(1)).toBe("5.3");
    expect(g.get("change", "01.income.total")!.value!.toFixed(2)).toBe("10641.92");
    expect(g.get("threePublic.completion", "09.total.final")!.value!.toFixed(1)).toBe("24.0");
  });
});
