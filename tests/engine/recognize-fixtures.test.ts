import { formatRef } from "../../src/engine/address";
import type { Table, TableRow } from "../../src/engine/model/table";
import { recognize } from "../../src/engine/recognize";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { fixtureSnapshot, fixtureXlsx, FIXTURE_NAMES, type FixtureName } from "../support/fixtures";

type Expected = [id: string, sheet: string, range: string][];

const EXPECTED: Record<FixtureName, Expected> = {
  "seed000-zhushan-2024-final": [
    ["final-01", "公开01表", "A1:F40"],
    ["final-02", "公开02表", "A1:K24"],
    ["final-03", "公开03表", "A1:J24"],
    ["final-04", "公开04表", "A1:I40"],
    ["final-05", "公开05表", "A1:F26"],
    ["final-06", "公开06表", "A1:I36"],
    ["final-07", "公开07表", "A1:I11"],
    ["final-08", "公开08表", "A1:G10"],
    ["final-09", "公开09表", "A1:E28"],
    ["final-10", "公开10表", "A1:C17"],
    ["perf-project-self", "项目支出绩效自评表", "A1:I21"],
    ["perf-project-self", "项目支出绩效自评表", "A24:I44"],
    ["perf-project-self", "项目支出绩效自评表", "A47:I67"],
    ["perf-project-self", "项目支出绩效自评表", "A70:I90"],
    ["perf-project-self", "项目支出绩效自评表", "A93:I113"],
    ["perf-project-self", "项目支出绩效自评表", "A116:I137"],
  ],
  "seed001-danfeng-2024-final": [
    ["final-01", "公开01表", "A1:F37"],
    ["final-02", "公开02表", "A1:I35"],
    ["final-03", "公开03表", "A1:H35"],
    ["final-04", "公开04表", "A1:I39"],
    ["final-05", "公开05表", "A1:E35"],
    ["final-06", "公开06表", "A1:I40"],
    ["final-07", "公开07表", "A1:H8"],
    ["final-08", "公开08表", "A1:E8"],
    ["final-09", "公开09表", "A1:I10"],
    ["perf-dept-self", "部门整体支出绩效自评表", "A1:M26"],
    ["perf-project-self", "离休老干部医疗费补助绩效自评表", "A1:J26"],
    ["perf-project-self", "联络员工资项目绩效自评表", "A1:J25"],
  ],
  // All nine tables stacked on one sheet.
  "seed002-zengdu-2023-final": [
    ["final-01", "决算公开表", "A1:F39"],
    ["final-02", "决算公开表", "A42:I54"],
    ["final-03", "决算公开表", "A56:H68"],
    ["final-04", "决算公开表", "A71:I109"],
    ["final-05", "决算公开表", "A111:E123"],
    ["final-06", "决算公开表", "A126:I160"],
    ["final-07", "决算公开表", "A163:H171"],
    ["final-08", "决算公开表", "A173:E181"],
    ["final-09", "决算公开表", "A184:L192"],
    ["perf-dept-self", "绩效自评表", "A1:F20"],
    ["perf-project-self", "绩效自评表", "A23:F46"],
    ["perf-project-self", "绩效自评表", "A49:H77"],
  ],
  // A 部门预算 (its budget-* tables are listed in recognize-budget.test.ts; here the tables of the other specs) and an
  // evaluation report.
  "seed003-donghu-2024-budget": [
    ["perf-dept-target", "部门整体支出绩效目标表", "A1:D42"],
    ["perf-project-target", "项目支出绩效目标表", "A1:D17"],
  ],
  "seed004-qingyunpu-2022-evaluation": [
    ["perf-eval-assets", "资产情况明细表", "A1:E21"],
    ["perf-eval-scores", "得分一览表", "A1:E20"],
    ["perf-eval-indicators", "附件1指标评分表", "A1:H42"],
  ],
};

/** The tables this file lists: all but the 部门预算 tables (recognize-budget.test.ts). */
const listed = (ts: ReadonlyArray<Table>) =>
  ts.filter((t) => !t.id.startsWith("budget-")).map((t) => [t.id, t.sheet, t.range]);

const results = new Map(FIXTURE_NAMES.map((n) => [n, recognize(fixtureSnapshot(n))]));

function table(name: FixtureName, id: string): Table {
  const t = results.get(name)!.tables.find((x) => x.id === id);
  if (!t) throw new Error(`${name}: ${id} not recognised`);
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

/** role → "amount@cell" with the amount to the cent ("∅" for a blank or dash). */
function cells(row: TableRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.cells))
    out[k] = `${v.value === null ? "∅" : v.value.toFixed(2)}@${v.ref.address}`;
  return out;
}

describe.each(FIXTURE_NAMES)("%s", (name) => {
  const res = results.get(name)!;

  test("every standard table is recognised with its id, sheet and range", () => {
    expect(listed(res.tables)).toEqual(EXPECTED[name]);
  });

  test("no recognised table has unreadable cells, and every table states its unit", () => {
    for (const t of res.tables) {
      expect(t.problems.map((p) => `${formatRef(p.ref)} ${p.message}`)).toEqual([]);
      // A score table (得分一览表, 指标评分表) or a 自评表 printing no 单位 has none; every 公开表 states one.
      if (!t.id.startsWith("perf-")) expect(t.unit).not.toBeNull();
    }
  });

  test("content outside the tables is reported, not dropped", () => {
    for (const u of res.unplaced) {
      expect(u.sheet).not.toBe("");
      expect(u.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(u.reason).toMatch(/[\u4e00-\u9fa5]/);
    }
    if (EXPECTED[name].length === 0) expect(res.unplaced.length).toBeGreaterThan(0);
  });
});

describe("seed000 (one sheet per table, code and name in one cell in 02表, formulas in 合计)", () => {
  const n = "seed000-zhushan-2024-final" as const;

  test("02表: code and name share the 科目名称 cell", () => {
    const t = table(n, "final-02");
    const r = codeRow(t, "2080505");
    expect(r.label).toBe("机关事业单位基本养老保险缴费支出");
    expect(r.code).toMatchObject({ printed: "2080505", level: 3, abbreviated: false, ref: { address: "D9" } });
    expect(cells(r)).toMatchObject({ total: "22.98@E9", fiscal: "22.98@F9", other: "0.00@K9" });
    expect(t.rows.map((x) => x.code?.code ?? x.role)).toEqual([
      "total",
      "208",
      "20805",
      "2080505",
      "2080506",
      "210",
      "21011",
      "2101101",
      "21012",
      "2101299",
      "21015",
      "2101501",
      "2101506",
      "2101599",
      "221",
      "22102",
      "2210201",
    ]);
    expect(t.unit).toBe("万元");
    expect(t.tableNo).toBe("公开 02 表");
  });

  test("03表: 合计 row read from the cached formula result, code in the 类 column", () => {
    const t = table(n, "final-03");
    const total = t.rows[0];
    expect(total.kind).toBe("total");
    expect(cells(total)).toEqual({
      total: "363.59@E6",
      basic: "199.58@F6",
      project: "164.02@G6",
      upper: "0.00@H6",
      operating: "0.00@I6",
      subsidiary: "0.00@J6",
    });
    expect(cells(codeRow(t, "2101501"))).toMatchObject({
      total: "195.63@E17",
      basic: "155.99@F17",
      project: "39.64@G17",
    });
    expect(t.columns.map((c) => c.role)).toEqual(["total", "basic", "project", "upper", "operating", "subsidiary"]);
  });

  test("01表: both sides with 行次, 类 lines carry the catalog's class code", () => {
    const t = table(n, "final-01");
    expect(cells(line(t, "gpb", "income"))).toEqual({ amount: "363.59@C7" });
    expect(line(t, "gpb", "income").lineNo).toBe("1");
    const health = t.rows.find((x) => x.role === "class" && x.classCode === "210")!;
    expect(health.label).toBe("九、卫生健康支出");
    expect(cells(health)).toEqual({ amount: "327.61@F15" });
    expect(cells(line(t, "total", "expense"))).toEqual({ amount: "363.59@F33" });
    expect(cells(line(t, "grandTotal", "income"))).toEqual({ amount: "363.59@C37" });
    expect(t.rows.filter((x) => x.role === "class")).toHaveLength(26);
  });

  test("04表: three budget-type columns, 年初结转和结余 sub-lines in their section", () => {
    const t = table(n, "final-04");
    expect(cells(line(t, "total", "expense"))).toEqual({
      total: "363.59@F33",
      gpb: "363.59@G33",
      fund: "0.00@H33",
      soe: "0.00@I33",
    });
    expect(line(t, "opening.gpb", "income").row).toBe(34);
    expect(line(t, "gpb", "income").row).toBe(6);
  });

  test("06表: three blocks, personnel vs public, and the two 经费合计 lines", () => {
    const t = table(n, "final-06");
    expect(cells(codeRow(t, "30217"))).toEqual({ amount: "0.27@F22" });
    expect(codeRow(t, "30217").block).toBe("public");
    expect(codeRow(t, "30108")).toMatchObject({ block: "personnel", label: "机关事业单位基本养老保险缴" });
    expect(codeRow(t, "39999").block).toBe("public");
    expect(cells(line(t, "personnel.total"))).toEqual({ amount: "194.15@C34" });
    expect(cells(line(t, "public.total"))).toEqual({ amount: "5.42@I34" });
  });

  test("09表: items down the rows, 年初预算数/全年预算数/决算数 across; counts and '---'", () => {
    const t = table(n, "final-09");
    expect(cells(line(t, "total"))).toEqual({ initialBudget: "2.57@C6", budget: "0.27@D6", final: "0.27@E6" });
    expect(cells(line(t, "receptionDomestic"))).toEqual({ initialBudget: "∅@C12", budget: "∅@D12", final: "0.27@E12" });
    expect(line(t, "receptionDomestic").cells.budget.empty).toBe("dash");
    expect(cells(line(t, "receptionPersons"))).toMatchObject({ final: "28.00@E22" });
  });

  test("07/08表 are published empty tables; 10表 holds counts", () => {
    expect(table(n, "final-07").empty).toBe(true);
    expect(table(n, "final-08").empty).toBe(true);
    const t10 = table(n, "final-10");
    expect(t10.rows.map((r) => r.role)).toEqual([
      "vehicles",
      "vehicles.leader",
      "vehicles.head",
      "vehicles.confidential",
      "vehicles.emergency",
      "vehicles.enforcement",
      "vehicles.special",
      "vehicles.retiree",
      "vehicles.other",
      "equipment",
    ]);
    expect(t10.unit).toBe("台、辆、套");
  });

  test("the six 项目支出绩效自评表 stacked on one sheet are six perf-project-self tables, nothing left unplaced there", () => {
    const res = results.get(n)!;
    expect(res.tables.filter((t) => t.id === "perf-project-self").map((t) => t.printedTitle)).toEqual(
      Array(6).fill("项目支出绩效自评表"),
    );
    expect(res.unplaced.filter((x) => x.sheet === "项目支出绩效自评表")).toEqual([]);
  });
});

describe("seed001 (amounts typed as text, blanks for zero, headers repeated at page breaks)", () => {
  const n = "seed001-danfeng-2024-final" as const;

  test("01表: '1, 049. 22' text read to the cent and marked as text", () => {
    const t = table(n, "final-01");
    const gpb = line(t, "gpb", "income");
    expect(cells(gpb)).toEqual({ amount: "1049.22@C7" });
    expect(gpb.cells.amount.fromText).toBe(true);
    expect(line(t, "fund", "income").cells.amount).toMatchObject({ value: null, empty: "blank" });
    expect(cells(t.rows.find((x) => x.classCode === "208")!)).toEqual({ amount: "58.10@F14" });
  });

  test("02表: rows after the repeated header block belong to the same table", () => {
    const t = table(n, "final-02");
    expect(cells(codeRow(t, "22102"))).toMatchObject({ total: "28.08@C33", fiscal: "28.08@D33" });
    expect(codeRow(t, "22102").cells.total.fromText).toBe(false);
    expect(codeRow(t, "221").cells.total.fromText).toBe(true);
    expect(t.rows).toHaveLength(25);
  });

  test("03表: 2101599 split between 基本支出 and 项目支出", () => {
    const t = table(n, "final-03");
    expect(cells(codeRow(t, "2101599"))).toMatchObject({
      total: "285.71@C28",
      basic: "173.82@D28",
      project: "111.89@E28",
      upper: "∅@F28",
    });
    expect(cells(t.rows[0])).toMatchObject({ total: "1049.22@C7", basic: "888.32@D7", project: "160.90@E7" });
  });

  test("05表: 本年支出 over 小计/基本支出/项目支出; 2210201 after the page break", () => {
    const t = table(n, "final-05");
    expect(t.columns.map((c) => [c.role, c.col])).toEqual([
      ["total", 2],
      ["basic", 3],
      ["project", 4],
    ]);
    expect(cells(codeRow(t, "2210201"))).toEqual({ total: "28.08@C34", basic: "28.08@D34", project: "∅@E34" });
  });

  test("06表: 312 block present, 合计 lines, repeated header skipped", () => {
    const t = table(n, "final-06");
    expect(codeRow(t, "31204").block).toBe("public");
    expect(cells(codeRow(t, "30229"))).toEqual({ amount: "204.92@F28" });
    expect(codeRow(t, "39910").row).toBe(36);
    expect(cells(line(t, "personnel.total"))).toEqual({ amount: "652.05@C39" });
    expect(cells(line(t, "public.total"))).toEqual({ amount: "236.27@I39" });
  });

  test("09表: the 会议费/培训费 variant, items across and 预算数/决算数 rows", () => {
    const t = table(n, "final-09");
    expect(t.rows.map((r) => r.role)).toEqual([
      "total",
      "abroad",
      "vehicle",
      "vehiclePurchase",
      "vehicleOperation",
      "reception",
      "meeting",
      "training",
    ]);
    expect(cells(line(t, "meeting"))).toEqual({ budget: "∅@H8", final: "∅@H9" });
    expect(t.empty).toBe(true);
  });
});

describe("seed002 (nine tables stacked on one sheet)", () => {
  const n = "seed002-zengdu-2023-final" as const;

  test("02表 rows and amounts", () => {
    const t = table(n, "final-02");
    expect(cells(codeRow(t, "2101550"))).toMatchObject({
      total: "648.61@C53",
      fiscal: "628.04@D53",
      other: "20.58@I53",
    });
  });

  test("09表: 预算数 and 决算数 column groups over one data row", () => {
    const t = table(n, "final-09");
    expect(cells(line(t, "total"))).toEqual({ budget: "6.55@A191", final: "1.57@G191" });
    expect(cells(line(t, "vehicleOperation"))).toEqual({ budget: "6.00@E191", final: "1.57@K191" });
    expect(cells(line(t, "reception"))).toEqual({ budget: "0.55@F191", final: "0.00@L191" });
  });

  test("06表 人员经费合计 / 公用经费合计 without merges", () => {
    const t = table(n, "final-06");
    expect(cells(line(t, "personnel.total"))).toEqual({ amount: "546.30@C159" });
    expect(cells(line(t, "public.total"))).toEqual({ amount: "23.24@I159" });
    expect(cells(codeRow(t, "30302"))).toEqual({ amount: "48.73@C147" });
  });

  test("notes under each table stay with it", () => {
    expect(table(n, "final-07").notes).toEqual([
      "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
      "2023 年度无政府性基金预算财政拨款收入。",
    ]);
  });
});

describe("the .xlsx files read through ExcelJS give the same recognition as their specs", () => {
  test.each(FIXTURE_NAMES)("%s", async (name) => {
    const snap = await readWorkbookFile(fixtureXlsx(name));
    const viaXlsx = recognize(snap);
    expect(listed(viaXlsx.tables)).toEqual(EXPECTED[name]);
    const viaSpec = results.get(name)!;
    const dump = (r: typeof viaSpec) =>
      r.tables.map((t) => t.rows.map((row) => [row.row, row.code?.code ?? row.role, cells(row)]));
    expect(dump(viaXlsx)).toEqual(dump(viaSpec));
  });
});
