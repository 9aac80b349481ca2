import { rowIdentity } from "../../src/engine/rules/row-identity";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开03表 with all five part columns: code A, name B, C 本年支出合计, D 基本, E 项目, F 上缴上级, G 经营, H 对附属单位补助. */
const H03 = [
  "科目编码",
  "科目名称",
  "本年支出合计",
  "基本支出",
  "项目支出",
  "上缴上级支出",
  "经营支出",
  "对附属单位补助支出",
];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);

const H05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [["一般公共预算财政拨款支出决算表"], ["单位：万元"], H05, ...rows]);

const H02 = [
  "科目编码",
  "科目名称",
  "本年收入合计",
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];
const t02 = (rows: CellValue[][]) => sheet("公开02表", [["收入决算表"], ["单位：万元"], H02, ...rows]);

ruleTester.run("row-identity", rowIdentity, {
  valid: [
    {
      name: "03表 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助 on every row",
      workbook: workbook(
        t03([
          [null, "合计", 100, 60, 30, 5, 3, 2],
          ["210", "卫生健康支出", 100, 60, 30, 5, 3, 2],
        ]),
      ),
    },
    {
      name: "05表 合计 = 基本支出 + 项目支出",
      workbook: workbook(
        t05([
          [null, "合计", 363.6, 199.58, 164.02],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["210", "卫生健康支出", 327.61, 163.59, 164.02],
          ["221", "住房保障支出", 12.89, 12.89, 0],
        ]),
      ),
    },
    {
      name: "03表 printing only 基本支出 and 项目支出: the other parts are absent (0)",
      workbook: workbook(
        sheet("公开03表", [
          ["支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", 10, 4, 6],
        ]),
      ),
    },
    {
      name: "02表 with zeros left blank and amounts as spaced text (seed001)",
      workbook: workbook(
        t02([
          [null, "合计", "1, 049. 22", "1, 049. 22", null, null, null, null, null],
          ["208", "社会保障和就业支出", "58. 10", "58. 10", null, null, null, null, null],
          ["210", "卫生健康支出", 991.12, 970.54, null, null, null, null, 20.58],
        ]),
      ),
    },
    {
      name: "empty 08表 (合计 blank everywhere)",
      workbook: workbook(
        sheet("公开08表", [
          ["国有资本经营预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", null, null, null],
        ]),
      ),
    },
    {
      name: "no code-rows table: not applicable",
      workbook: workbook(sheet("Sheet1", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "an unreadable part cell: the identity on that row is not evaluated",
      workbook: workbook(
        t05([
          [null, "合计", 10, { error: "#REF!" }, 6],
          ["210", "卫生健康支出", 10, 4, 6],
        ]),
      ),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "合计 363.59 vs 199.58 + 164.02: 尾差 within 2 × 0.005 (info, as seed000 05表 D8)",
      workbook: workbook(
        t05([
          [null, "合计", 363.59, 199.58, 164.02],
          ["210", "卫生健康支出", 363.6, 199.58, 164.02],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开05表!C4", "公开05表!D4", "公开05表!E4"],
          severity: "info",
          expected: "363.60",
          actual: "363.59",
          difference: "-0.01",
          message:
            "合计：“合计”363.59 与 基本支出 + 项目支出 之和 363.60 相差 -0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
      ],
    },
    {
      name: "a code row beyond the tolerance is an error; cells are the total then every part column",
      workbook: workbook(
        t03([
          [null, "合计", 100, 60, 30, 5, 3, 2],
          ["210", "卫生健康支出", 100, 60, 30, 5, 3, 2],
          ["21011", "行政事业单位医疗", 100, 60, 35, 5, 3, 2],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!C6", "公开03表!D6", "公开03表!E6", "公开03表!F6", "公开03表!G6", "公开03表!H6"],
          severity: "error",
          expected: "105.00",
          actual: "100.00",
          difference: "-5.00",
          message:
            "21011 行政事业单位医疗：“本年支出合计”100.00 不等于 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出 之和 105.00，相差 -5.00，超出 5 个非零加数的尾差允许范围 ±0.025",
        },
      ],
    },
    {
      name: "03表 with 3 of 5 part columns: only the mapped parts are evidence",
      workbook: workbook(
        sheet("公开03表", [
          ["支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "经营支出"],
          [null, "合计", 12, 4, 6, 1],
          ["210", "卫生健康支出", 12, 4, 6, 1],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!C4", "公开03表!D4", "公开03表!E4", "公开03表!F4"],
          expected: "11.00",
        },
        {
          messageId: "mismatch",
          cells: ["公开03表!C5", "公开03表!D5", "公开03表!E5", "公开03表!F5"],
          expected: "11.00",
        },
      ],
    },
    {
      name: "02表 row 210: 0.01 over 财政拨款 + 其他收入 with blanks elsewhere is a 尾差 on the bound (seed002)",
      workbook: workbook(
        t02([
          [null, "合计", 11229.02, 11208.44, null, null, null, null, 20.58],
          ["210", "卫生健康支出", 11229.01, 11208.44, null, null, null, null, 20.58],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: [
            "公开02表!C5",
            "公开02表!D5",
            "公开02表!E5",
            "公开02表!F5",
            "公开02表!G5",
            "公开02表!H5",
            "公开02表!I5",
          ],
          severity: "info",
          difference: "-0.01",
          message: /在 2 个非零加数的尾差允许范围 ±0\.01 以内/,
        },
      ],
    },
    {
      name: "a blank total over non-zero parts is an error with actual 0.00",
      workbook: workbook(
        t05([
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", null, 4, 6],
        ]),
      ),
      errors: [{ messageId: "mismatch", cells: ["公开05表!C5", "公开05表!D5", "公开05表!E5"], actual: "0.00" }],
    },
    {
      name: "07表: 本年支出 = 基本支出 + 项目支出 (年初/年末结转 and 本年收入 are not parts)",
      workbook: workbook(
        sheet("公开07表", [
          ["政府性基金预算财政拨款收入支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出", "年末结转和结余"],
          [null, "合计", 8, 10, 10, 0, 9, 8],
        ]),
      ),
      errors: [{ messageId: "mismatch", cells: ["公开07表!E4", "公开07表!F4", "公开07表!G4"], difference: "1.00" }],
    },
    {
      name: "decimals: 0 for amounts in 元 — 1 over 2 parts is a 尾差",
      options: { decimals: 0 },
      workbook: workbook(
        t05([
          [null, "合计", 101, 50, 50],
          ["210", "卫生健康支出", 100, 50, 50],
        ]),
      ),
      errors: [{ messageId: "tail", cells: ["公开05表!C4", "公开05表!D4", "公开05表!E4"], severity: "info" }],
    },
  ],
});
