import { emptyStatement, emptyTableNonzero } from "../../src/engine/rules/empty-table-nonzero";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const H07 = [
  "科目编码",
  "科目名称",
  "年初结转和结余",
  "本年收入",
  "本年支出",
  "基本支出",
  "项目支出",
  "年末结转和结余",
];
const t07 = (rows: CellValue[][], notes: string[]) =>
  sheet("公开07表", [["政府性基金预算财政拨款收入支出决算表"], ["单位：万元"], H07, ...rows, ...notes.map((n) => [n])]);
const H08 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const t08 = (rows: CellValue[][], notes: string[]) =>
  sheet("公开08表", [["国有资本经营预算财政拨款支出决算表"], ["单位：万元"], H08, ...rows, ...notes.map((n) => [n])]);

const NOTE_SEED002 = "2023 年度无政府性基金预算财政拨款收入。";
const CONDITIONAL = "2. 当此表数据为空时，即本部门(单位)无政府性基金预算财政拨款收入、支出。";

ruleTester.run("empty-table-nonzero", emptyTableNonzero, {
  valid: [
    {
      name: "seed002 style: the note says there is none, and the table is all zero",
      workbook: workbook(
        t07(
          [[null, "合计", 0, 0, 0, 0, 0, 0]],
          ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", NOTE_SEED002],
        ),
      ),
    },
    {
      name: "the conditional template note (当此表数据为空时…) does not say the table is empty",
      workbook: workbook(
        t07(
          [
            [null, "合计", 0, 10, 10, 0, 10, 0],
            ["229", "其他支出", 0, 10, 10, 0, 10, 0],
          ],
          ["注：1. 本表反映部门(单位)本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", CONDITIONAL],
        ),
      ),
    },
    {
      name: "a note about another subject (无政府性基金…) under 08表 is not read as 08's",
      workbook: workbook(
        t08([[null, "合计", 5, 5, 0]], ["注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", NOTE_SEED002]),
      ),
    },
    {
      name: "no standard table: not applicable",
      workbook: workbook(sheet("Sheet1", [["情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "the note says there is no 政府性基金 income, but the table holds amounts: every non-zero cell, the first marked",
      workbook: workbook(
        t07(
          [
            [null, "合计", 0, 12.5, 12.5, 0, 12.5, 0],
            ["229", "其他支出", 0, 12.5, 12.5, 0, 12.5, 0],
          ],
          ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", NOTE_SEED002],
        ),
      ),
      errors: [
        {
          messageId: "nonzero",
          severity: "error",
          cells: ["公开07表!D4", "公开07表!E4", "公开07表!G4", "公开07表!D5", "公开07表!E5", "公开07表!G5"],
          actual: "12.50",
          message:
            "表注说明“2023 年度无政府性基金预算财政拨款收入”，但本表有 6 个非零数值（如 公开07表!D4 为 12.5）：表注与数据不一致",
        },
      ],
    },
    {
      name: "注：本表为空表 (any table) with a figure in it",
      workbook: workbook(t08([[null, "合计", 3, 0, 3]], ["注：本部门无国有资本经营预算财政拨款支出，本表为空表。"])),
      errors: [
        {
          messageId: "nonzero",
          cells: ["公开08表!C4", "公开08表!E4"],
          message: /^表注说明“注：本部门无国有资本经营预算财政拨款支出，本表为空表”/,
        },
      ],
    },
  ],
});

describe("which notes say a table is empty", () => {
  const t = (id: string, notes: string[]) => ({ id, notes }) as unknown as Parameters<typeof emptyStatement>[0];
  test.each([
    ["final-07", NOTE_SEED002, NOTE_SEED002.replace("。", "")],
    ["final-08", "2023 年度无国有资本经营预算财政拨款支出。", "2023 年度无国有资本经营预算财政拨款支出"],
    ["final-09", "注：本部门无财政拨款“三公”经费支出。", "注：本部门无财政拨款“三公”经费支出"],
    ["final-03", "本表为空表。", "本表为空表"],
    ["final-07", CONDITIONAL, undefined],
    ["final-09", "2. 当此表数据为空时，即本部门（单位）无财政拨款“三公”经费支出。", undefined],
    ["final-07", "若为空表，说明本单位无政府性基金预算财政拨款收入。", undefined],
    ["final-03", "注：本表反映部门本年度各项支出情况。本部门无经营支出。", undefined],
    ["final-07", "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", undefined],
  ])("%s “%s” → %s", (id, note, expected) => {
    expect(emptyStatement(t(id, [note]))).toBe(expected);
  });
});

describe("empty-table-nonzero on the seed fixtures", () => {
  test.each(["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"] as FixtureName[])(
    "%s: no finding (07/08表 that say they are empty are empty; the truth lists none)",
    (name) => {
      const out = runRules(recognize(fixtureSnapshot(name)), [emptyTableNonzero], { rethrow: true });
      expect(out.findings).toEqual([]);
    },
  );

  test("seed002 07/08表 are read as stated-empty by their notes", () => {
    const res = recognize(fixtureSnapshot("seed002-zengdu-2023-final"));
    const stated = res.tables.filter((t) => emptyStatement(t) !== undefined).map((t) => [t.id, t.empty]);
    expect(stated).toEqual([
      ["final-07", true],
      ["final-08", true],
    ]);
  });
});
