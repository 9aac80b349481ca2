/**
 * The relation declarations (src/engine/relations.ts) and their reference language: well-formed declarations, readable
 * zh-CN statements, and resolution against recognised tables — ok, absent (the relation does not apply), unmapped
 * (the rule must say it could not check) — on literal workbooks and on the seed fixtures.
 */
import * as fs from "fs";
import * as path from "path";
import { formatRef } from "../../src/engine/address";
import { recognize } from "../../src/engine/recognize";
import {
  classes,
  code,
  conditionStatus,
  describeRelation,
  isEachRelation,
  line,
  matchEach,
  nameKey,
  relations,
  relationTables,
  resolveCellRelation,
  resolveEach,
  resolveRef,
  tablesOf,
  total,
  validateRelations,
  type EachItem,
  type Relation,
} from "../../src/engine/relations";
import { tableSet } from "../../src/engine/rules/run";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { sheet, workbook } from "../support/snapshot-builder";

/** The relations among the 决算 tables (final-*); the others are the 预算 tables'. */
const FINAL: ReadonlyArray<Relation> = relations.filter((r) => relationTables(r).every((t) => t.startsWith("final-")));

const tablesOfWorkbook = (...sheets: ReturnType<typeof sheet>[]) => tableSet(recognize(workbook(...sheets)).tables);

const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ...rows,
  ]);

const t06 = (totals: CellValue[]) =>
  sheet("公开06表", [
    ["一般公共预算财政拨款基本支出决算表"],
    ["单位：万元"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 70, "302", "商品和服务支出", 5],
    ["30101", "基本工资", 70, "30217", "公务接待费", 0.3],
    totals,
  ]);

const t01 = (opening: CellValue, closing: CellValue) =>
  sheet("公开01表", [
    ["收入支出决算总表"],
    ["单位：万元"],
    ["项目", "行次", "金额", "项目（按功能分类）", "行次", "金额"],
    ["一、一般公共预算财政拨款收入", "1", 100, "二、外交支出", "32", 40],
    ["本年收入合计", "27", 100, "八、社会保障和就业支出", "33", 60],
    ["年初结转和结余", "29", opening, "本年支出合计", "58", 100],
    ["总计", "31", 100, "年末结转和结余", "60", closing],
  ]);

describe("declarations", () => {
  test("are well-formed: unique ids, every reference names a column and row its table's spec has", () => {
    expect(validateRelations(relations)).toEqual([]);
  });

  test("validation catches a duplicate id, an unknown column or line, a two-cell anchor and a mixed per-code side", () => {
    const bad: Relation[] = [
      {
        id: "x",
        op: "=",
        left: total("final-05", "nope"),
        right: line("final-06", "personnel.total"),
        anchor: "left",
        severity: "error",
      },
      {
        id: "x",
        op: "=",
        left: line("final-06", "personnel.total"),
        right: line("final-06", "other.total"),
        anchor: "left",
        severity: "error",
      },
      {
        id: "y",
        op: "=",
        left: [line("final-06", "personnel.total"), line("final-06", "public.total")],
        right: total("final-05", "basic"),
        anchor: "left",
        severity: "error",
      },
      {
        id: "z",
        op: "=",
        left: classes("final-03", "total"),
        right: total("final-05", "basic"),
        anchor: "left",
        severity: "error",
      } as unknown as Relation,
      {
        id: "w",
        op: "=",
        left: total("final-06", "amount"),
        right: code("final-09", "30217"),
        anchor: "left",
        severity: "error",
      },
    ];
    expect(validateRelations(bad)).toEqual([
      "x：公开05表没有“nope”列",
      "重复的关系 id：x",
      "x：公开06表没有“other.total”行",
      "y：标记的一侧必须恰好是一个单元格",
      "z：逐科目的引用只能与逐科目的引用比较",
      "w：公开06表没有合计行",
      "w：公开09表没有“amount”列",
    ]);
  });

  test("line paths: income./expense. name the side of 01/04; any other path is the line role", () => {
    expect(line("final-01", "income.total")).toEqual({
      kind: "line",
      table: "final-01",
      side: "income",
      role: "total",
      column: "amount",
    });
    expect(line("final-04", "expense.total", "gpb")).toEqual({
      kind: "line",
      table: "final-04",
      side: "expense",
      role: "total",
      column: "gpb",
    });
    expect(line("final-04", "income.opening.gpb")).toMatchObject({ side: "income", role: "opening.gpb" });
    expect(line("final-06", "personnel.total")).toEqual({
      kind: "line",
      table: "final-06",
      role: "personnel.total",
      column: "amount",
    });
  });

  test("read as finance staff write them, one per relation", () => {
    expect(relations.map((r) => `${r.id}: ${describeRelation(r)}`)).toEqual([
      "r01-02-income: 公开01表 本年收入合计 = 公开02表 合计·本年收入合计",
      "r01-03-expense: 公开01表 本年支出合计 = 公开03表 合计·本年支出合计",
      "r01-03-class: 公开01表 各类 = 公开03表 各类·本年支出合计（逐类）",
      "r02-03-class: 公开02表 各类·本年收入合计 = 公开03表 各类·本年支出合计（逐类）",
      "r01-04-gpb: 公开01表 一般公共预算财政拨款收入 = 公开04表 一般公共预算财政拨款",
      "r01-04-fund: 公开01表 政府性基金预算财政拨款收入 = 公开04表 政府性基金预算财政拨款",
      "r01-04-soe: 公开01表 国有资本经营预算财政拨款收入 = 公开04表 国有资本经营预算财政拨款",
      "r02-04-fiscal: 公开02表 合计·财政拨款收入 = 公开04表 本年收入合计",
      "r04-05-total: 公开04表 本年支出合计·一般公共预算财政拨款 = 公开05表 合计·合计",
      "r04-05-class: 公开04表 各类·一般公共预算财政拨款 = 公开05表 各类·合计（逐类）",
      "r04-07-fund: 公开04表 本年支出合计·政府性基金预算财政拨款 = 公开07表 合计·本年支出",
      "r04-08-soe: 公开04表 本年支出合计·国有资本经营预算财政拨款 = 公开08表 合计·合计",
      "r05-06-basic: 公开05表 合计·基本支出 = 公开06表 人员经费合计 + 公用经费合计",
      "p06-09-reception: 公开06表 30217 公务接待费 ≤ 公开09表 公务接待费·决算数",
      "p06-09-vehicle: 公开06表 30231 公务用车运行维护费 ≤ 公开09表 公务用车运行维护费·决算数",
      "p06-09-abroad: 公开06表 30212 因公出国（境）费用 ≤ 公开09表 因公出国（境）费·决算数",
      "rbfs-gpb-total: 财政拨款收支总表 本年支出·一般公共预算 = 一般公共预算支出表 合计·合计",
      "rbfs-gpb-class: 财政拨款收支总表 各类·一般公共预算 = 一般公共预算支出表 各类·合计（逐类）",
      "rbfs-fund-total: 财政拨款收支总表 本年支出·政府性基金预算 = 政府性基金预算支出表 合计·合计",
      "rbfs-soe-total: 财政拨款收支总表 本年支出·国有资本经营预算 = 国有资本经营预算支出表 合计·合计",
      "rbgpb-basic-total: 一般公共预算基本支出表 合计·合计 = 一般公共预算支出表 合计·基本支出",
      "rbexp-fiscal-total: 部门支出总表 合计·合计 = 一般公共预算支出表 合计·合计 + 政府性基金预算支出表 合计·合计 + 国有资本经营预算支出表 合计·合计",
      "rbexp-fiscal-basic: 部门支出总表 合计·基本支出 = 一般公共预算支出表 合计·基本支出 + 政府性基金预算支出表 合计·基本支出 + 国有资本经营预算支出表 合计·基本支出",
      "rbexp-fiscal-project: 部门支出总表 合计·项目支出 = 一般公共预算支出表 合计·项目支出 + 政府性基金预算支出表 合计·项目支出 + 国有资本经营预算支出表 合计·项目支出",
      "rbexp-gpb-class: 部门支出总表 各类·合计 = 一般公共预算支出表 各类·合计（逐类）",
      "pbexp-fiscal-total: 一般公共预算支出表 合计·合计 + 政府性基金预算支出表 合计·合计 + 国有资本经营预算支出表 合计·合计 ≤ 部门支出总表 合计·合计",
      "pbgpb-three-reception: 一般公共预算基本支出表 30217 公务接待费·合计 ≤ 财政拨款“三公”经费支出表 公务接待费",
      "pbgpb-three-vehicle: 一般公共预算基本支出表 30231 公务用车运行维护费·合计 ≤ 财政拨款“三公”经费支出表 公务用车运行维护费",
      "pbgpb-three-abroad: 一般公共预算基本支出表 30212 因公出国（境）费用·合计 ≤ 财政拨款“三公”经费支出表 因公出国（境）费",
    ]);
  });

  test("only 02↔03 by 类 is a warning, and only it has a condition (no 结转结余 in 01表)", () => {
    expect(FINAL.filter((r) => r.severity !== "error").map((r) => [r.id, r.severity])).toEqual([
      ["r02-03-class", "warning"],
    ]);
    expect(FINAL.filter((r) => r.when).map((r) => r.id)).toEqual(["r02-03-class"]);
  });

  test("预算: 部门支出总表 against the 财政拨款 tables is a warning (it also spends 财政专户/单位资金), by 类 only without 基金/国资", () => {
    const budget = relations.filter((r) => !FINAL.includes(r));
    expect(budget.filter((r) => r.severity !== "error").map((r) => r.id)).toEqual([
      "rbexp-fiscal-total",
      "rbexp-fiscal-basic",
      "rbexp-fiscal-project",
      "rbexp-gpb-class",
    ]);
    expect(budget.filter((r) => r.when).map((r) => r.id)).toEqual(["rbexp-gpb-class"]);
    // 财政拨款 above the 部门支出总表 is never right: part ≤ whole at error level.
    expect(budget.find((r) => r.id === "pbexp-fiscal-total")).toMatchObject({ op: "<=", severity: "error" });
  });

  test("the anchor is the dependent table (05 for 04↔05, 02/03 for 01↔02/03, 04 for 01↔04, 07/08 for 04↔07/08)", () => {
    const anchored = relations.map((r) => {
      const side = r.anchor === "left" ? r.left : r.right;
      return [r.id, (Array.isArray(side) ? side[0] : (side as { table: string })).table];
    });
    expect(Object.fromEntries(anchored)).toEqual({
      "r01-02-income": "final-02",
      "r01-03-expense": "final-03",
      "r01-03-class": "final-03",
      "r02-03-class": "final-02",
      "r01-04-gpb": "final-04",
      "r01-04-fund": "final-04",
      "r01-04-soe": "final-04",
      "r02-04-fiscal": "final-02",
      "r04-05-total": "final-05",
      "r04-05-class": "final-05",
      "r04-07-fund": "final-07",
      "r04-08-soe": "final-08",
      "r05-06-basic": "final-05",
      "p06-09-reception": "final-06",
      "p06-09-vehicle": "final-06",
      "p06-09-abroad": "final-06",
      "rbfs-gpb-total": "budget-gpb",
      "rbfs-gpb-class": "budget-gpb",
      "rbfs-fund-total": "budget-fund",
      "rbfs-soe-total": "budget-soe",
      "rbgpb-basic-total": "budget-gpb-basic",
      "rbexp-fiscal-total": "budget-expense-total",
      "rbexp-fiscal-basic": "budget-expense-total",
      "rbexp-fiscal-project": "budget-expense-total",
      "rbexp-gpb-class": "budget-expense-total",
      "pbexp-fiscal-total": "budget-expense-total",
      "pbgpb-three-reception": "budget-gpb-basic",
      "pbgpb-three-vehicle": "budget-gpb-basic",
      "pbgpb-three-abroad": "budget-gpb-basic",
    });
  });

  test("tables: per relation and for the whole list", () => {
    const r0506 = relations.find((r) => r.id === "r05-06-basic")!;
    expect(relationTables(r0506)).toEqual(["final-05", "final-06"]);
    expect(tablesOf(relations)).toEqual([
      "budget-expense-total",
      "budget-fiscal-summary",
      "budget-fund",
      "budget-gpb",
      "budget-gpb-basic",
      "budget-soe",
      "budget-three-public",
      "final-01",
      "final-02",
      "final-03",
      "final-04",
      "final-05",
      "final-06",
      "final-07",
      "final-08",
      "final-09",
    ]);
  });

  test("every relation id is listed on the rule's doc page", () => {
    const docs = ["cross-table", "part-whole"].map((id) =>
      fs.readFileSync(path.resolve(__dirname, `../../docs/rules/${id}.md`), "utf8"),
    );
    for (const r of relations) {
      const page = r.op === "=" ? docs[0] : docs[1];
      expect([r.id, page.includes(`\`${r.id}\``)]).toEqual([r.id, true]);
    }
  });
});

describe("resolving a reference", () => {
  const tables = tablesOfWorkbook(
    t05([
      [null, "合计", 75, 75, null],
      ["208", "社会保障和就业支出", 75, 75, null],
    ]),
    t06(["人员经费合计", null, 70, "公用经费合计", null, 5]),
  );

  test("a 合计 row column, a named line, a code row", () => {
    const at = (r: ReturnType<typeof resolveRef>) =>
      r.status === "ok" ? [r.cell && formatRef(r.cell.ref), r.cell?.value?.toFixed(2), r.name] : r.status;
    expect(at(resolveRef(total("final-05", "basic"), tables))).toEqual([
      "公开05表!D4",
      "75.00",
      "公开05表 合计·基本支出",
    ]);
    expect(at(resolveRef(total("final-05", "project"), tables))).toEqual([
      "公开05表!E4",
      undefined,
      "公开05表 合计·项目支出",
    ]);
    expect(at(resolveRef(line("final-06", "public.total"), tables))).toEqual([
      "公开06表!F7",
      "5.00",
      "公开06表 公用经费合计",
    ]);
    expect(at(resolveRef(code("final-06", "30217"), tables))).toEqual([
      "公开06表!F6",
      "0.30",
      "公开06表 30217 公务接待费",
    ]);
  });

  test("a table that is not in the workbook: absent (the relation does not apply)", () => {
    expect(resolveRef(total("final-03", "total"), tables)).toEqual({ status: "absent", table: "final-03" });
  });

  test("a row or column that was not recognised: unmapped, with the reason", () => {
    const r = resolveRef(code("final-06", "30231"), tables);
    expect(r.status === "unmapped" && r.reason).toBe("未识别到“30231 公务用车运行维护费”一行");
    const t03 = tablesOfWorkbook(
      sheet("公开03表", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        [null, "合计", 75, 75, 0],
      ]),
    );
    const upper = resolveRef(total("final-03", "upper"), t03);
    expect(upper.status === "unmapped" && upper.reason).toBe("未识别到“上缴上级支出”列");
  });

  test("a missing 01 line and a missing 04 column: unmapped", () => {
    const only01 = tablesOfWorkbook(t01(0, 0));
    const r = resolveRef(line("final-01", "income.gpb"), only01);
    expect(r.status).toBe("ok");
    const opening = resolveRef(line("final-01", "income.soe"), only01);
    expect(opening.status === "unmapped" && opening.reason).toBe("未识别到“国有资本经营预算财政拨款收入”一行");
    const t04 = tablesOfWorkbook(
      sheet("公开04表", [
        ["财政拨款收入支出决算总表"],
        ["项目", "行次", "金额", "项目（按功能分类）", "行次", "合计", "一般公共预算财政拨款"],
        ["一、一般公共预算财政拨款", "1", 10, "九、卫生健康支出", "34", 10, 10],
        ["本年收入合计", "27", 10, "本年支出合计", "59", 10, 10],
      ]),
    );
    const fund = resolveRef(line("final-04", "expense.total", "fund"), t04);
    expect(fund.status === "unmapped" && fund.reason).toBe("未识别到“政府性基金预算财政拨款”列");
  });

  test("an empty table that does not print the row: the row counts as 0, with no cell", () => {
    const empty07 = tablesOfWorkbook(
      sheet("公开07表", [
        ["政府性基金预算财政拨款收入支出决算表"],
        ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出", "年末结转和结余"],
        ["229", "其他支出", null, null, null, null, null, null],
      ]),
    );
    expect(empty07.get("final-07")?.empty).toBe(true);
    const r = resolveRef(total("final-07", "total"), empty07);
    expect(r).toMatchObject({ status: "ok", cell: null, name: "公开07表 合计·本年支出", row: "合计行" });
  });

  test("a cell relation: the anchor first, then the other side; absent when one table is missing", () => {
    const r0506 = relations.find((r) => r.id === "r05-06-basic")!;
    if (isEachRelation(r0506)) throw new Error("r05-06-basic is a cell relation");
    const sides = resolveCellRelation(r0506, tables);
    expect(sides.status).toBe("ok");
    if (sides.status !== "ok") return;
    expect([sides.anchor, ...sides.others].map((s) => s.cell && formatRef(s.cell.ref))).toEqual([
      "公开05表!D4",
      "公开06表!C7",
      "公开06表!F7",
    ]);
    const only05 = tablesOfWorkbook(t05([[null, "合计", 75, 75, null]]));
    expect(resolveCellRelation(r0506, only05)).toEqual({ status: "absent" });
  });
});

describe("per-code references", () => {
  const item = (nameKeyText: string, c?: string): EachItem =>
    ({ code: c, nameKey: nameKey(nameKeyText), name: nameKeyText, cell: undefined }) as unknown as EachItem;

  test("names are compared without ordinal, spaces, bracket width or a （类） suffix", () => {
    expect(nameKey("八、社会保障和就业支出")).toBe("社会保障和就业支出");
    expect(nameKey("二十六、抗疫特别国债安排的支出")).toBe("抗疫特别国债安排的支出");
    expect(nameKey("卫生健康支出（类）")).toBe("卫生健康支出");
    expect(nameKey(" 外 交 支 出")).toBe("外交支出");
  });

  test("rows pair by code, then by name where one side has no code; the rest come alone", () => {
    const left = [
      item("一般公共服务支出", "201"),
      item("外交支出"),
      item("社会保障和就业支出", "208"),
      item("国防支出"),
    ];
    const right = [
      item("社会保障和就业支出", "208"),
      item("外交支出", "202"),
      item("卫生健康支出", "210"),
      item("一般公共服务", "201"),
    ];
    const pairs = matchEach(left, right).map((p) => [p.left?.name ?? null, p.right?.name ?? null]);
    expect(pairs).toEqual([
      ["一般公共服务支出", "一般公共服务"],
      ["外交支出", "外交支出"],
      ["社会保障和就业支出", "社会保障和就业支出"],
      ["国防支出", null],
      [null, "卫生健康支出"],
    ]);
  });

  test("two coded rows with the same name but different codes do not pair", () => {
    const pairs = matchEach([item("其他支出", "229")], [item("其他支出", "299")]);
    expect(pairs.map((p) => [p.left?.code ?? null, p.right?.code ?? null])).toEqual([
      ["229", null],
      [null, "299"],
    ]);
  });

  test("01表 类 lines (支出侧) and 03表 类 rows", () => {
    const set = tableSet(recognize(fixtureSnapshot("seed000-zhushan-2024-final")).tables);
    const l = resolveEach(classes("final-01"), set);
    const r = resolveEach(classes("final-03", "total"), set);
    if (l.status !== "ok" || r.status !== "ok") throw new Error("01/03 not resolved");
    expect(l.items).toHaveLength(26);
    expect(l.items.filter((i) => !cellIsZero(i)).map((i) => `${i.code} ${i.name} ${formatRef(i.cell.ref)}`)).toEqual([
      "208 公开01表 社会保障和就业支出 公开01表!F14",
      "210 公开01表 卫生健康支出 公开01表!F15",
      "221 公开01表 住房保障支出 公开01表!F25",
    ]);
    expect(r.items.map((i) => `${i.code} ${i.name} ${formatRef(i.cell.ref)}`)).toEqual([
      "208 公开03表 208 社会保障和就业支出·本年支出合计 公开03表!E7",
      "210 公开03表 210 卫生健康支出·本年支出合计 公开03表!E11",
      "221 公开03表 221 住房保障支出·本年支出合计 公开03表!E20",
    ]);
  });
});

function cellIsZero(i: EachItem): boolean {
  return i.cell.value === null || i.cell.value.isZero();
}

describe("condition: no 结转结余 in 01表", () => {
  const cond = relations.find((r) => r.id === "r02-03-class")!.when!;
  test("holds with zero or blank 年初/年末结转和结余, fails otherwise, unknown without 01表", () => {
    expect(conditionStatus(cond, tablesOfWorkbook(t01(0, null))).status).toBe("holds");
    expect(conditionStatus(cond, tablesOfWorkbook(t01(0, 5))).status).toBe("fails");
    expect(conditionStatus(cond, tablesOfWorkbook(t01(2, 0))).status).toBe("fails");
    expect(conditionStatus(cond, tablesOfWorkbook(t05([[null, "合计", 1, 1, null]])))).toMatchObject({
      status: "unknown",
      reason: "缺少公开01表，无法判断是否没有结转结余（公开01表 年初结转和结余、年末结转和结余均为 0）",
    });
    expect(conditionStatus(cond, tablesOfWorkbook(t01("abc", 0)))).toMatchObject({ status: "unknown" });
  });
});

describe("on the seed fixtures", () => {
  const SEEDS: FixtureName[] = [
    "seed000-zhushan-2024-final",
    "seed001-danfeng-2024-final",
    "seed002-zengdu-2023-final",
  ];

  // The 决算 relations on the 决算 seeds; the 预算 relations on seed003 (its 基本支出表 prints no 30231/30212 row: 0).
  const CASES: Array<[FixtureName, ReadonlyArray<Relation>]> = [
    ...SEEDS.map((s): [FixtureName, ReadonlyArray<Relation>] => [s, FINAL]),
    [
      "seed003-donghu-2024-budget",
      relations.filter((r) => !FINAL.includes(r) && !/^pbgpb-three-(vehicle|abroad)$/.test(r.id)),
    ],
  ];

  test.each(CASES)(
    "%s: every reference of every relation resolves to a recognised cell (nothing unmapped)",
    (seed, list) => {
      const set = tableSet(recognize(fixtureSnapshot(seed)).tables);
      const problems: string[] = [];
      for (const r of list) {
        if (isEachRelation(r)) {
          for (const ref of [r.left, r.right]) {
            const res = resolveEach(ref, set);
            if (res.status !== "ok") problems.push(`${r.id} ${ref.table} ${res.status}`);
            else if (res.items.length === 0) problems.push(`${r.id} ${ref.table}: no rows`);
          }
        } else {
          const sides = resolveCellRelation(r, set);
          if (sides.status !== "ok") problems.push(`${r.id} ${sides.status}`);
          // An empty table (seed003's 政府性基金/国有资本经营预算支出表, header only) prints no 合计 row: 0, no cell.
          else if ([sides.anchor, ...sides.others].some((s) => s.cell === null && !s.table.empty))
            problems.push(`${r.id}: a cell is missing`);
        }
      }
      for (const r of list.filter((x) => x.when)) {
        if (conditionStatus(r.when!, set).status !== "holds") problems.push(`${r.id}: condition does not hold`);
      }
      expect(problems).toEqual([]);
    },
  );

  test("seed003: a code the 基本支出表 does not print resolves to no cell (0), not to “unmapped”", () => {
    const set = tableSet(recognize(fixtureSnapshot("seed003-donghu-2024-budget")).tables);
    for (const c of ["30231", "30212"]) {
      const res = resolveRef(code("budget-gpb-basic", c, "total"), set);
      expect(res).toMatchObject({ status: "ok", cell: null });
    }
    const reception = resolveRef(code("budget-gpb-basic", "30217", "total"), set);
    expect(reception.status === "ok" && reception.cell ? formatRef(reception.cell.ref) : "").toBe(
      "一般公共预算基本支出表!C28",
    );
  });

  test("seed002 (all tables stacked on one sheet): 05 基本支出 ↔ 06 and 06 30231 ↔ 09 resolve to its cells", () => {
    const set = tableSet(recognize(fixtureSnapshot("seed002-zengdu-2023-final")).tables);
    const cells = (id: string) => {
      const r = relations.find((x) => x.id === id)!;
      if (isEachRelation(r)) throw new Error(id);
      const s = resolveCellRelation(r, set);
      if (s.status !== "ok") throw new Error(`${id} ${s.status}`);
      return [s.anchor, ...s.others].map((x) => `${formatRef(x.cell!.ref)}=${x.cell!.value!.toFixed(2)}`);
    };
    expect(cells("r05-06-basic")).toEqual([
      "决算公开表!D117=569.54",
      "决算公开表!C159=546.30",
      "决算公开表!I159=23.24",
    ]);
    expect(cells("p06-09-vehicle")).toEqual(["决算公开表!F155=1.57", "决算公开表!K191=1.57"]);
    expect(cells("r02-04-fiscal")).toEqual(["决算公开表!D48=11208.44", "决算公开表!C103=11208.44"]);
  });
});
