import Decimal from "decimal.js";
import { computeFigures } from "../../../src/engine/figures/compute";
import { extractLines } from "../../../src/engine/figures/lines";
import {
  buildSupplementSheet,
  gatherInputs,
  mergeInputs,
  missingReasons,
  readPriorTables,
  readSupplementSheet,
  requiredReasons,
  SUPPLEMENT_HEADER,
  SUPPLEMENT_SHEET,
  type InputValue,
} from "../../../src/engine/inputs";
import type { Table, TableRow } from "../../../src/engine/model/table";
import { generateNarrative, sectionText } from "../../../src/engine/narrative";
import { recognize } from "../../../src/engine/recognize";
import { createSnapshot, type CellValue } from "../../../src/engine/snapshot";
import { fixtureSnapshot } from "../../support/fixtures";

const snap000 = fixtureSnapshot("seed000-zhushan-2024-final");
const tables000 = recognize(snap000).tables;
const given = (v: string): InputValue => ({ value: new Decimal(v), cells: [], source: "given" });

/** A minimal 05表 with the given code rows (code, name, amount). */
function table05(sheet: string, rows: [string, string, string][]): Table {
  const mk = (r: number, code: string | undefined, label: string, amount: string): TableRow => ({
    kind: code ? "code" : "total",
    label,
    row: r,
    code: code
      ? {
          code,
          printed: code,
          level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
          abbreviated: false,
          system: "function",
          ref: { sheet, address: `A${r + 1}` },
        }
      : undefined,
    cells: {
      total: {
        value: new Decimal(amount),
        ref: { sheet, address: `D${r + 1}` },
        raw: Number(amount),
        fromText: false,
        decimals: 2,
      },
    },
  });
  const total = rows.filter(([c]) => c.length === 3).reduce((s, [, , a]) => s.plus(a), new Decimal(0));
  return {
    id: "final-05",
    title: "一般公共预算财政拨款支出决算表",
    printedTitle: "一般公共预算财政拨款支出决算表",
    sheet,
    range: "A1:F20",
    unit: "万元",
    columns: [{ role: "total", header: "合计", col: 3 }],
    rows: [mk(5, undefined, "合计", total.toFixed(2)), ...rows.map(([c, n, a], i) => mk(6 + i, c, n, a))],
    problems: [],
    notes: [],
    empty: false,
  };
}

describe("上年决算数 from last year's workbook", () => {
  it("matches by code / line role; values and cells are last year's", () => {
    const r = readPriorTables(tables000, tables000);
    expect(r.unmatched).toEqual([]);
    expect(r.inputs.prior["01.income.total"].value!.toFixed(2)).toBe("363.59");
    expect(r.inputs.prior["01.income.total"].cells).toEqual([{ sheet: "公开01表", address: "C33" }]);
    expect(r.inputs.prior["05:2101501"].source).toBe("prior-workbook");
    expect(r.matches.every((m) => m.by === "key")).toBe(true);
  });

  it("falls back to the 科目名称 where a code changed, only when unambiguous; the rest stays unmatched", () => {
    const now = table05("今年", [
      ["210", "卫生健康支出", "100"],
      ["21015", "医疗保障管理事务", "100"],
      ["2101550", "事业运行", "60"],
      ["2101599", "其他医疗保障管理事务支出", "40"],
    ]);
    const last = table05("上年", [
      ["210", "卫生健康支出", "90"],
      ["21015", "医疗保障管理事务", "90"],
      ["2101502", "事业运行", "55"],
      ["2101598", "新设项目", "35"],
    ]);
    const r = readPriorTables([now], [last]);
    expect(r.matches.find((m) => m.key === "05:2101550")).toEqual({
      key: "05:2101550",
      priorKey: "05:2101502",
      by: "label",
    });
    expect(r.inputs.prior["05:2101550"].value!.toFixed(2)).toBe("55.00");
    expect(r.unmatched).toEqual(["05:2101599"]);
  });

  it("last year's reasons are suggestions, never this year's reason", () => {
    const r = readPriorTables(tables000, tables000, { "change:01.income.total": { text: "人员增加" } });
    expect(r.inputs.reasons["change:01.income.total"]).toEqual({ suggestion: "人员增加" });
    const merged = mergeInputs(r.inputs, { reasons: { "change:01.income.total": { text: "补缴社保" } } });
    expect(merged.reasons["change:01.income.total"]).toMatchObject({ text: "补缴社保", suggestion: "人员增加" });
  });
});

describe("the 补充数据 sheet", () => {
  const grid = buildSupplementSheet(tables000);
  const row = (key: string) => grid.findIndex((r) => r[0] === key);

  it("is pre-filled with this year's keys, codes, names and amounts", () => {
    expect(grid[2]).toEqual([...SUPPLEMENT_HEADER]);
    expect(grid[row("01.income.total")]).toEqual([
      "01.income.total",
      "收入支出总体",
      null,
      "本年收入合计",
      363.59,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(grid[row("05:2101501")].slice(0, 5)).toEqual([
      "05:2101501",
      "一般公共预算财政拨款支出",
      "2101501",
      "行政运行",
      195.63,
    ]);
    expect(grid[row("06:301")].slice(2, 5)).toEqual(["301", "工资福利支出", 192.8]);
    expect(grid[row("09.reception.final")][3]).toBe("公务接待费");
    expect(grid[row("operatingCost")].slice(1, 5)).toEqual(["机关运行经费", null, "机关运行经费", null]);
    expect(row("procurement.total")).toBeGreaterThan(0);
  });

  it("reads back amounts, reasons and typed current values, with their cells", () => {
    const g = grid.map((r) => r.slice());
    const set = (key: string, col: number, v: CellValue) => (g[row(key)][col] = v);
    set("01.income.total", 5, 349.79);
    set("01.income.total", 7, "补以前年度社保及人员增加");
    set("05:208", 6, "18.01");
    set("05:208", 8, "补以前年度社保费");
    set("operatingCost", 4, 5.42);
    set("operatingCost", 5, "69.79");
    set("01.income.opening", 5, "—");
    const r = readSupplementSheet(createSnapshot([{ name: SUPPLEMENT_SHEET, values: g }]));
    expect(r.found).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.inputs.prior["01.income.total"].value!.toFixed(2)).toBe("349.79");
    expect(r.inputs.prior["01.income.total"].cells[0]).toEqual({
      sheet: SUPPLEMENT_SHEET,
      address: `F${row("01.income.total") + 1}`,
    });
    expect(r.inputs.budget["05:208"].value!.toFixed(2)).toBe("18.01");
    expect(r.inputs.reasons["budget:05:208"].text).toBe("补以前年度社保费");
    expect(r.inputs.reasons["change:01.income.total"].text).toBe("补以前年度社保及人员增加");
    expect(r.inputs.current.operatingCost.value!.toFixed(2)).toBe("5.42");
    expect(r.inputs.prior.operatingCost.value!.toFixed(2)).toBe("69.79");
    expect(r.inputs.prior["01.income.opening"].value!.isZero()).toBe(true);
    // Table amounts in column E are not read back as inputs: the table stays the source.
    expect(r.inputs.current["01.income.total"]).toBeUndefined();
  });

  it("reports bad cells in Chinese and reads the rest", () => {
    const g = grid.map((r) => r.slice());
    g[row("01.income.total")][5] = "三百";
    g[row("05:208")][6] = "18.01万元";
    g[row("assets.vehiclesPurchased")][4] = 1.5;
    g[row("05:210")][0] = "05:210"; // duplicate below
    g.push(["05:210", "一般公共预算财政拨款支出", "210", "卫生健康支出", 327.61, 1, null, null, null, null]);
    g.push(["乱码", null, null, null, null, 3, null, null, null, null]);
    g.push([null, null, null, "没有键的行", null, 3, null, null, null, null]);
    const r = readSupplementSheet(createSnapshot([{ name: SUPPLEMENT_SHEET, values: g }]));
    const msgs = r.problems.map((p) => `${p.ref.address} ${p.message}`);
    expect(msgs).toEqual([
      expect.stringMatching(/^F\d+ 本年收入合计的上年决算数“三百”不是金额/),
      expect.stringMatching(/^G\d+ 社会保障和就业支出的年初预算数“18.01万元”不是金额：金额单元格中带有单位/),
      expect.stringMatching(/^E\d+ 当年购置车辆数是个数，应填写整数，而不是1.5。/),
      expect.stringMatching(/^A\d+ “键”05:210重复（已在A\d+出现）/),
      expect.stringMatching(/^A\d+ “键”乱码无法识别/),
      expect.stringMatching(/^A\d+ 第\d+行没有“键”，该行未读取。/),
    ]);
    expect(r.inputs.prior["01.income.total"]).toBeUndefined();
  });

  it("no sheet → not found and no problems; a broken header → one problem", () => {
    expect(readSupplementSheet(snap000)).toMatchObject({ found: false, problems: [] });
    const broken = readSupplementSheet(createSnapshot([{ name: SUPPLEMENT_SHEET, values: [["随便写的"]] }]));
    expect(broken.found).toBe(true);
    expect(broken.problems[0].message).toMatch(/找不到表头行/);
  });

  it("gatherInputs: the prior workbook, then this workbook's 补充数据 overriding it", () => {
    const g = grid.map((r) => r.slice());
    g[grid.findIndex((r) => r[0] === "01.income.total")][5] = 349.79;
    const withSheet = createSnapshot([
      ...snap000.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.slice()), merges: [...s.merges] })),
      { name: SUPPLEMENT_SHEET, values: g },
    ]);
    const r = gatherInputs(tables000, withSheet, snap000);
    expect(r.inputs.prior["01.income.total"]).toMatchObject({ source: "supplement" });
    expect(r.inputs.prior["01.income.total"].value!.toFixed(2)).toBe("349.79");
    expect(r.inputs.prior["01.expense.total"]).toMatchObject({ source: "prior-workbook" });
    expect(r.prior!.unmatched).toEqual([]);
  });
});

describe("counts the tables do not print", () => {
  const tables002 = recognize(fixtureSnapshot("seed002-zengdu-2023-final")).tables;

  it("rows for 09 相关统计数 and 10表 counts only where the workbook's tables lack them", () => {
    const keys002 = buildSupplementSheet(tables002).map((r) => r[0]);
    expect(keys002).toEqual(
      expect.arrayContaining(["09.vehiclesHeld.final", "09.abroadGroups.final", "10.vehicles", "10.equipment"]),
    );
    const grid000 = buildSupplementSheet(tables000);
    expect(grid000.filter((r) => String(r[0]).startsWith("10."))).toEqual([]); // seed000 has a 10表
    expect(grid000.filter((r) => r[0] === "09.receptionBatches.final")).toEqual([
      ["09.receptionBatches.final", "“三公”经费", null, "国内公务接待批次（个）", 3, null, null, null, null, null],
    ]); // from its 09表, once
  });

  it("are read back as this year's counts and reach the 情况说明", () => {
    const g = buildSupplementSheet(tables002).map((r) => r.slice());
    const at = (k: string) => g.findIndex((r) => r[0] === k);
    g[at("09.vehiclesHeld.final")][4] = 2;
    g[at("10.vehicles")][4] = 2;
    g[at("10.vehicles.other")][4] = 2;
    g[at("10.equipment")][4] = 0.5;
    const r = readSupplementSheet(createSnapshot([{ name: SUPPLEMENT_SHEET, values: g }]));
    expect(r.inputs.current["09.vehiclesHeld.final"].value!.toFixed()).toBe("2");
    expect(r.problems.map((p) => p.message)).toEqual(["单价100万元（含）以上设备数是个数，应填写整数，而不是0.5。"]);
    const n = generateNarrative(tables002, r.inputs, { templates: "hubei-zengdu", year: 2023 });
    const text = n.sections.map(sectionText).join("\n");
    expect(text).toContain("年末公务用车保有量2辆");
    expect(text).toContain("本部门共有车辆2辆");
    expect(text).toContain("其他用车2辆");
    expect(text).toContain("【待填写：主要负责人用车】");
  });
});

describe("required reasons", () => {
  const inputs = mergeInputs({
    prior: {
      "01.income.total": given("349.79"),
      "06:302": given("69.79"),
      "06:310": given("0"),
      "09.reception.final": given("0"),
    },
    budget: { "05:208": given("18.01"), "05:210": given("327.61"), "05:2101506": given("0") },
    reasons: { "change:06:302": { text: "项目支出里列支" }, "budget:05:208": { suggestion: "去年的原因" } },
  });
  const figures = computeFigures(tables000, inputs);
  const reqs = requiredReasons(figures, inputs);

  it("≥ 10 % or from a base of 0, for 比上年 and for 预决算差异; not below 10 % and not for 持平", () => {
    expect(reqs.map((r) => r.key).sort()).toEqual([
      "budget:05:208",
      "budget:05:2101506",
      "change:06:302",
      "change:09.reception.final",
    ]);
    const by = (k: string) => reqs.find((r) => r.key === k)!;
    expect(by("change:06:302").why).toBe("商品和服务支出比上年下降92.23%（≥10%），需说明主要原因");
    expect(by("change:09.reception.final").why).toBe("公务接待费上年为0、本年有支出（收入），需说明主要原因");
    expect(by("budget:05:208").why).toBe("社会保障和就业支出决算数大于年初预算数28.26%（≥10%），需说明主要原因");
    expect(by("budget:05:2101506").why).toBe("医疗保障经办事务年初预算为0、决算有支出，需说明主要原因");
  });

  it("a given reason fills the requirement; a suggestion does not", () => {
    const open = missingReasons(reqs)
      .map((r) => r.key)
      .sort();
    expect(open).toEqual(["budget:05:208", "budget:05:2101506", "change:09.reception.final"]);
    expect(reqs.find((r) => r.key === "budget:05:208")!.suggestion).toBe("去年的原因");
  });

  it("can be restricted to the lines the text speaks about", () => {
    expect(requiredReasons(figures, inputs, ["06:302"]).map((r) => r.key)).toEqual(["change:06:302"]);
    expect(extractLines(tables000).get("06:302")!.label).toBe("商品和服务支出");
  });
});
