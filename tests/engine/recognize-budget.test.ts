/**
 * Recognition of the 部门预算公开表 (budget-* specs): the seed003 workbook (东湖区医疗保障局 2024 部门预算, one sheet per
 * table, two-digit 款 codes, 经济分类 基本支出表, 三公 表 with 因公出国 split, two header-only empty tables) and literal
 * workbooks for the layouts seed003 does not have (收支预算总表, 部门收入总表, 上年结转 lines, 元 units, 三公 items down the rows).
 */
import { formatRef } from "../../src/engine/address";
import type { RecognitionResult, Table, TableRow } from "../../src/engine/model/table";
import { recognize } from "../../src/engine/recognize";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, fixtureXlsx } from "../support/fixtures";
import { sheet, workbook } from "../support/snapshot-builder";

const SEED = "seed003-donghu-2024-budget" as const;
const res = recognize(fixtureSnapshot(SEED));

/** The budget tables only: the 绩效目标表 sheets belong to the 绩效 specs. */
const budget = (r: RecognitionResult) => r.tables.filter((t) => t.id.startsWith("budget-"));

function table(r: RecognitionResult, id: string): Table {
  const t = r.tables.find((x) => x.id === id);
  if (!t) throw new Error(`${id} not recognised`);
  return t;
}

function codeRow(t: Table, code: string): TableRow {
  const r = t.rows.find((x) => x.code?.code === code);
  if (!r) throw new Error(`${t.id}: no row ${code}`);
  return r;
}

function line(t: Table, role: string, side?: "income" | "expense"): TableRow {
  const r = t.rows.find((x) => x.role === role && (side === undefined || x.side === side));
  if (!r) throw new Error(`${t.id}: no line ${role}`);
  return r;
}

/** role → "amount@cell" ("∅" for a blank). */
function cells(row: TableRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.cells))
    out[k] = `${v.value === null ? "∅" : v.value.toFixed(2)}@${v.ref.address}`;
  return out;
}

describe("seed003: every 预算 table of the workbook", () => {
  test("is recognised with its id, sheet and range", () => {
    expect(budget(res).map((t) => [t.id, t.sheet, t.range])).toEqual([
      ["budget-expense-total", "部门支出总表", "A1:E16"],
      ["budget-fiscal-summary", "财政拨款收支总表", "A1:G9"],
      ["budget-gpb", "一般公共预算支出表", "A1:E16"],
      ["budget-gpb-basic", "一般公共预算基本支出表", "A1:E38"],
      ["budget-three-public", "三公经费支出表", "A1:J7"],
      ["budget-fund", "政府性基金预算支出表", "A1:E6"],
      ["budget-soe", "国有资本经营预算支出表", "A1:E6"],
    ]);
  });

  test("states its unit (万元), has no unreadable cell, and leaves nothing of its sheet unplaced", () => {
    for (const t of budget(res)) {
      expect([t.id, t.unit]).toEqual([t.id, "万元"]);
      expect(t.problems.map((p) => `${formatRef(p.ref)} ${p.message}`)).toEqual([]);
      expect(res.unplaced.filter((u) => u.sheet === t.sheet)).toEqual([]);
    }
  });

  test("the .xlsx read through ExcelJS gives the same tables, rows and cells", async () => {
    const viaXlsx = recognize(await readWorkbookFile(fixtureXlsx(SEED)));
    const dump = (r: RecognitionResult) =>
      budget(r).map((t) => [t.id, t.range, t.rows.map((row) => [row.row, row.code?.code ?? row.role, cells(row)])]);
    expect(dump(viaXlsx)).toEqual(dump(res));
  });
});

describe("seed003: 部门支出总表 and 一般公共预算支出表 (功能分类, 款 codes as two-digit text)", () => {
  test.each(["budget-expense-total", "budget-gpb"])("%s: 05/15/02 resolved under their 类, columns by header", (id) => {
    const t = table(res, id);
    expect(t.columns.map((c) => c.role)).toEqual(["total", "basic", "project"]);
    expect(t.rows.map((x) => x.code?.code ?? x.role)).toEqual([
      "total",
      "208",
      "20805",
      "2080505",
      "210",
      "21015",
      "2101501",
      "2101599",
      "221",
      "22102",
      "2210201",
    ]);
    for (const [full, printed, a1] of [
      ["20805", "05", "A8"],
      ["21015", "15", "A11"],
      ["22102", "02", "A15"],
    ]) {
      expect(codeRow(t, full).code).toMatchObject({
        printed,
        level: 2,
        abbreviated: true,
        system: "function",
        ref: { address: a1 },
      });
    }
    expect(cells(t.rows[0])).toEqual({ total: "418.56@C6", basic: "386.62@D6", project: "31.94@E6" });
    expect(cells(codeRow(t, "2101599"))).toEqual({ total: "31.94@C13", basic: "∅@D13", project: "31.94@E13" });
  });

  test("the 2024年预算数 group over 合计/基本支出/项目支出 maps 合计 to 合计, not to the group", () => {
    const t = table(res, "budget-gpb");
    expect(t.columns.find((c) => c.role === "total")).toMatchObject({ col: 2, header: "2024年预算数 / 合计" });
  });
});

describe("seed003: 一般公共预算基本支出表 (经济分类 codes, 人员经费/公用经费 columns)", () => {
  const t = table(res, "budget-gpb-basic");

  test("rows keyed by 经济分类 code: 类 301/302/303 and their 款", () => {
    expect(t.columns.map((c) => [c.role, c.col])).toEqual([
      ["total", 2],
      ["personnel", 3],
      ["public", 4],
    ]);
    expect(t.rows.filter((r) => r.code?.level === 1).map((r) => r.code!.code)).toEqual(["301", "302", "303"]);
    expect(t.rows.filter((r) => r.kind === "code")).toHaveLength(32);
    expect(codeRow(t, "30211")).toMatchObject({
      label: "维修费",
      code: { system: "economic", level: 2, abbreviated: false },
    });
    expect(cells(t.rows[0])).toEqual({ total: "386.62@C6", personnel: "365.32@D6", public: "21.30@E6" });
    expect(cells(codeRow(t, "302"))).toEqual({ total: "21.30@C18", personnel: "∅@D18", public: "21.30@E18" });
    expect(codeRow(t, "30302").labelRef?.address).toBe("B36");
  });
});

describe("seed003: 财政拨款收支总表 (two sides without 行次)", () => {
  const t = table(res, "budget-fiscal-summary");

  test("收入 lines and 支出 类 lines with 合计 and budget-type columns", () => {
    expect(t.columns.map((c) => c.role)).toEqual([
      "income.amount",
      "expense.total",
      "expense.gpb",
      "expense.fund",
      "expense.soe",
    ]);
    expect(cells(line(t, "total", "income"))).toEqual({ amount: "418.56@B5" });
    expect(cells(line(t, "gpb", "income"))).toEqual({ amount: "418.56@B6" });
    expect(line(t, "soe", "income").label).toBe("国有资本经营预算收入");
    expect(cells(line(t, "grandTotal", "income"))).toEqual({ amount: "418.56@B9" });
    expect(cells(line(t, "total", "expense"))).toEqual({
      total: "418.56@D5",
      gpb: "418.56@E5",
      fund: "∅@F5",
      soe: "∅@G5",
    });
    const classes = t.rows.filter((r) => r.role === "class");
    expect(classes.map((r) => [r.label, r.classCode])).toEqual([
      ["社会保障和就业支出", "208"],
      ["卫生健康支出", "210"],
      ["住房保障支出", "221"],
    ]);
    expect(t.rows.every((r) => r.lineNo === undefined)).toBe(true);
  });
});

describe("seed003: 三公经费支出表 (items across, one row per 部门, every figure a 预算数)", () => {
  const t = table(res, "budget-three-public");

  test("合计, 因公出国 小计 with its two kinds, 公务接待费, 公务用车 小计 with 运行维护/购置", () => {
    const by = Object.fromEntries(t.rows.map((r) => [r.role!, cells(r)]));
    expect(by).toEqual({
      total: { budget: "0.50@C6" },
      abroad: { budget: "∅@D6" },
      abroadOfficial: { budget: "∅@E6" },
      abroadAcademic: { budget: "∅@F6" },
      vehicle: { budget: "∅@H6" },
      vehiclePurchase: { budget: "∅@J6" },
      vehicleOperation: { budget: "∅@I6" },
      reception: { budget: "0.50@G6" },
    });
    expect(t.notes).toEqual(["注: 若为空表, 则为该部门(单位)无“三公”经费支出"]);
  });
});

describe("seed003: the header-only 政府性基金 / 国有资本经营预算支出表", () => {
  test.each(["budget-fund", "budget-soe"])("%s: empty, columns mapped, its 注 kept", (id) => {
    const t = table(res, id);
    expect(t.empty).toBe(true);
    expect(t.rows).toEqual([]);
    expect(t.columns.map((c) => c.role)).toEqual(["total", "basic", "project"]);
    expect(t.notes[0]).toMatch(/^注：若为空表/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Literal workbooks

const unitLine = (unit: string): CellValue[] => ["编制单位：某局", null, null, `单位：${unit}`];

describe("收支预算总表 (budget-summary)", () => {
  const wb = workbook(
    sheet(
      "表1",
      [
        ["2024年某局收支预算总表"],
        unitLine("万元"),
        ["收入", null, "支出"],
        ["项目", "预算数", "项目", "预算数"],
        ["一、一般公共预算拨款收入", 100, "一、社会保障和就业支出", 30],
        ["二、政府性基金预算拨款收入", 5, "二、卫生健康支出", 80],
        ["三、国有资本经营预算拨款收入", null, "三、住房保障支出", 10],
        ["四、财政专户管理资金收入", null],
        ["五、单位资金", 15],
        ["其中：事业收入", 10],
        ["其他收入", 5],
        ["本年收入合计", 120, "本年支出合计", 120],
        ["上年结转", 2, "结转下年", 2],
        ["收入总计", 122, "支出总计", 122],
      ],
      { merges: ["A3:B3", "C3:D3"] },
    ),
  );
  const t = table(recognize(wb), "budget-summary");

  test("收入 sources, the 单位资金 section, totals; 支出 by 类", () => {
    expect(t.printedTitle).toBe("2024年某局收支预算总表");
    expect(t.rows.filter((r) => r.side === "income").map((r) => r.role)).toEqual([
      "gpb",
      "fund",
      "soe",
      "specialAccount",
      "unitFunds",
      "unitFunds.business",
      "unitFunds.other",
      "total",
      "carryOver",
      "grandTotal",
    ]);
    expect(t.rows.filter((r) => r.side === "expense").map((r) => r.role)).toEqual([
      "class",
      "class",
      "class",
      "total",
      "carryForward",
      "grandTotal",
    ]);
    expect(cells(line(t, "grandTotal", "expense"))).toEqual({ amount: "122.00@D14" });
  });
});

describe("部门收入总表 (budget-income-total)", () => {
  const wb = workbook(
    sheet("部门收入总表", [
      ["部门收入总表"],
      unitLine("元"),
      [
        "科目编码",
        "科目名称",
        "合计",
        "一般公共预算拨款收入",
        "政府性基金预算拨款收入",
        "财政专户管理资金收入",
        "事业收入",
        "上年结转",
      ],
      [null, "合计", 1200, 1000, null, null, 150, 50],
      ["208", "社会保障和就业支出", 1200, 1000, null, null, 150, 50],
      ["20805", "行政事业单位养老支出", 1200, 1000, null, null, 150, 50],
    ]),
  );
  const t = table(recognize(wb), "budget-income-total");

  test("income columns by header, amounts in 元 (the unit is read, never converted)", () => {
    expect(t.unit).toBe("元");
    expect(t.columns.map((c) => c.role)).toEqual(["total", "gpb", "fund", "specialAccount", "business", "carryOver"]);
    expect(cells(codeRow(t, "20805"))).toMatchObject({ total: "1200.00@C6", gpb: "1000.00@D6", business: "150.00@G6" });
  });
});

describe("财政拨款收支总表 with 上年结转 and 结转下年 (budget-fiscal-summary)", () => {
  const wb = workbook(
    sheet(
      "财政拨款收支预算总表",
      [
        ["财政拨款收支预算总表"],
        unitLine("万元"),
        ["收入", null, "支出"],
        ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        ["一、本年收入", 100, "一、本年支出", 103, 103],
        ["（一）一般公共预算拨款收入", 100, "卫生健康支出", 103, 103],
        ["二、上年结转", 5, "二、结转下年", 2, 2],
        ["（一）一般公共预算拨款", 5],
        ["收入总计", 105, "支出总计", 105, 105],
      ],
      { merges: ["A3:B3", "C3:G3"] },
    ),
  );
  const t = table(recognize(wb), "budget-fiscal-summary");

  test("the 上年结转 section takes its own 一般公共预算拨款 line", () => {
    expect(t.rows.filter((r) => r.side === "income").map((r) => r.role)).toEqual([
      "total",
      "gpb",
      "carryOver",
      "carryOver.gpb",
      "grandTotal",
    ]);
    expect(cells(line(t, "carryOver.gpb", "income"))).toEqual({ amount: "5.00@B8" });
    expect(cells(line(t, "carryForward", "expense"))).toMatchObject({ total: "2.00@D7", gpb: "2.00@E7" });
  });
});

describe("三公经费支出表: other layouts (budget-three-public)", () => {
  test("items down the rows with a 预算数 column", () => {
    const wb = workbook(
      sheet("三公", [
        ["一般公共预算“三公”经费支出表"],
        ["单位：万元"],
        ["项目", "2024年预算数"],
        ["合计", 3.5],
        ["1.因公出国（境）费", 1],
        ["2.公务用车购置及运行维护费", 2],
        ["其中：公务用车运行维护费", 2],
        ["公务用车购置费", 0],
        ["3.公务接待费", 0.5],
      ]),
    );
    const t = table(recognize(wb), "budget-three-public");
    expect(t.rows.map((r) => [r.role, cells(r)])).toEqual([
      ["total", { budget: "3.50@B4" }],
      ["abroad", { budget: "1.00@B5" }],
      ["vehicle", { budget: "2.00@B6" }],
      ["vehicleOperation", { budget: "2.00@B7" }],
      ["vehiclePurchase", { budget: "0.00@B8" }],
      ["reception", { budget: "0.50@B9" }],
    ]);
  });

  test("several 部门/单位 rows: the first is the table's figure, the others are reported as unplaced", () => {
    const wb = workbook(
      sheet("三公", [
        ["财政拨款“三公”经费支出表"],
        ["单位：万元"],
        ["部门编码", "部门名称", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"],
        ["177", "某局", 1.5, 0, 0.5, 1],
        ["177001", "某局本级", 1.5, 0, 0.5, 1],
      ]),
    );
    const r = recognize(wb);
    const t = table(r, "budget-three-public");
    expect(cells(line(t, "total"))).toEqual({ budget: "1.50@C4" });
    expect(r.unplaced.map((u) => u.range)).toEqual(["C5", "D5", "E5", "F5"]);
  });
});

describe("titles: the 预算 tables do not take 决算 titles, nor each other's", () => {
  test.each([
    ["一般公共预算支出表", "budget-gpb"],
    ["一般公共预算基本支出表", "budget-gpb-basic"],
    ["东湖区医疗保障局2024年部门支出总表", "budget-expense-total"],
    ["政府性基金预算支出表", "budget-fund"],
    ["国有资本经营预算支出表", "budget-soe"],
    ["财政拨款“三公”经费支出表", "budget-three-public"],
    ["财政拨款“三公”经费支出决算表", "final-09"],
    ["一般公共预算财政拨款支出决算表", "final-05"],
    ["财政拨款收入支出决算总表", "final-04"],
  ])("%s → %s", async (title, id) => {
    const { matchTitle } = await import("../../src/engine/recognize");
    expect(matchTitle(title)?.id).toBe(id);
  });
});
