import { functionEconomic } from "../../src/engine/rules/function-economic";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开05表: code A, name B, 合计 C, 基本支出 D, 项目支出 E; data from sheet row 4. */
const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ...rows,
  ]);

/** 公开06表 with 人员经费 (A:C) and 公用经费 (D:F) blocks; data from sheet row 5. */
const t06 = (rows: CellValue[][]) =>
  sheet(
    "公开06表",
    [
      ["一般公共预算财政拨款基本支出决算表"],
      ["单位：万元"],
      ["人员经费", null, null, "公用经费", null, null],
      ["科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"],
      ...rows,
    ],
    { merges: ["A3:C3", "D3:F3"] },
  );

/** seed000's 05表 (the 基本支出 of 2080505/2080506/2101101/2210201 in D7, D8, D11, D14). */
const seed05 = t05([
  [null, "合计", 43.59, 43.59, 0],
  ["208", "社会保障和就业支出", 23.1, 23.1, 0],
  ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
  ["2080505", "机关事业单位基本养老保险缴费支出", 22.98, 22.98, 0],
  ["2080506", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
  ["210", "卫生健康支出", 7.6, 7.6, 0],
  ["21011", "行政事业单位医疗", 7.6, 7.6, 0],
  ["2101101", "行政单位医疗", 7.6, 7.6, 0],
  ["221", "住房保障支出", 12.89, 12.89, 0],
  ["22102", "住房改革支出", 12.89, 12.89, 0],
  ["2210201", "住房公积金", 12.89, 12.89, 0],
]);

ruleTester.run("function-economic", functionEconomic, {
  valid: [
    {
      name: "each contribution equals the 基本支出 of its 功能分类 项 (30110 + 30111 = 2101101 + 2101102)",
      workbook: workbook(
        t05([
          [null, "合计", 64.68, 64.68, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 38.5, 38.5, 0],
          ["2101101", "行政单位医疗", 3.04, 3.04, 0],
          ["2101102", "事业单位医疗", 14.94, 14.94, 0],
          ["2210201", "住房公积金", 28.08, 28.08, 0],
        ]),
        t06([
          ["30108", "机关事业单位基本养老保险缴费", 38.5, "302", "商品和服务支出", 1],
          ["30110", "职工基本医疗保险缴费", 15.98, null, null, null],
          ["30111", "公务员医疗补助缴费", 2, null, null, null],
          ["30113", "住房公积金", 28.08, null, null, null],
        ]),
      ),
    },
    {
      name: "项目支出 of the function code is not compared: only 基本支出",
      workbook: workbook(
        t05([
          [null, "合计", 30, 28.08, 1.92],
          ["2210201", "住房公积金", 30, 28.08, 1.92],
        ]),
        t06([["30113", "住房公积金", 28.08, "302", "商品和服务支出", 0]]),
      ),
    },
    {
      name: "neither side has these subjects: nothing to compare",
      workbook: workbook(
        t05([
          [null, "合计", 5, 5, 0],
          ["2101501", "行政运行", 5, 5, 0],
        ]),
        t06([["30101", "基本工资", 5, "302", "商品和服务支出", 0]]),
      ),
    },
    {
      name: "two 05表 and one 06表 cannot be paired one to one: the first pair is checked, the rule ends not evaluated",
      workbook: workbook(
        t05([
          [null, "合计", 12.89, 12.89, 0],
          ["2210201", "住房公积金", 12.89, 12.89, 0],
        ]),
        t06([["30113", "住房公积金", 12.89, "302", "商品和服务支出", 0]]),
        { ...t05([[null, "合计", 1, 1, 0]]), name: "另一单位05表" },
      ),
      status: "not-evaluated",
    },
    {
      name: "05表 without 06表: not applicable",
      workbook: workbook(seed05),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "seed000: 30113 14.92 vs 2210201 12.89 and 30110 8.35 vs 2101101 7.60 (warnings at the 06表 amounts)",
      workbook: workbook(
        seed05,
        t06([
          ["30108", "机关事业单位基本养老保险缴", 22.98, "302", "商品和服务支出", 0],
          ["30109", "职业年金缴费", 0.12, null, null, null],
          ["30110", "职工基本医疗保险缴费", 8.35, null, null, null],
          ["30111", "公务员医疗补助缴款", 0, null, null, null],
          ["30113", "住房公积金", 14.92, null, null, null],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开06表!C7", "公开06表!C8", "公开05表!D11"],
          severity: "warning",
          expected: "7.60",
          actual: "8.35",
          difference: "0.75",
          message:
            "06表 30110 职工基本医疗保险缴费、30111 公务员医疗补助缴款 8.35 与 05表 2101101 行政单位医疗 的基本支出 7.60 不一致，相差 +0.75：差额部分可能列在了其他功能分类科目下",
        },
        {
          messageId: "mismatch",
          cells: ["公开06表!C9", "公开05表!D14"],
          expected: "12.89",
          actual: "14.92",
          difference: "2.03",
        },
      ],
    },
    {
      name: "seed002: no 2080505/2080506/21011x/2210201 in 05表 — one warning for all four contributions, at the largest pair (30113)",
      workbook: workbook(
        t05([
          [null, "合计", 628.04, 569.54, 58.5],
          ["210", "卫生健康支出", 628.04, 569.54, 58.5],
          ["21015", "医疗保障管理事务", 628.04, 569.54, 58.5],
          ["2101550", "事业运行", 628.04, 569.54, 58.5],
        ]),
        t06([
          ["30108", "机关事业单位基本养老保险缴费", 62.26, "302", "商品和服务支出", 19.74],
          ["30109", "职业年金缴费", 18.52, null, null, null],
          ["30110", "职工基本医疗保险缴费", 29.14, null, null, null],
          ["30111", "公务员医疗补助缴费", 0, null, null, null],
          ["30113", "住房公积金", 91.31, null, null, null],
        ]),
      ),
      errors: [
        {
          messageId: "noFunctionCode",
          cells: ["公开06表!C9", "公开06表!C5", "公开06表!C6", "公开06表!C7"],
          severity: "warning",
          expected: "0.00",
          actual: "201.23",
          difference: "201.23",
          message:
            "06表 30108 机关事业单位基本养老保险缴费、30109 职业年金缴费、30110 职工基本医疗保险缴费、30113 住房公积金 共 201.23，但 05表 没有对应的功能分类科目（2080505、2080506、2101101、2101102、2101103、2210201）：这些缴费通常应列入各自的功能分类科目，而不是全部列在其他科目下",
        },
      ],
    },
    {
      name: "0.01 between 30110 + 30111 and 2101101 + 2101102 (3 non-zero amounts besides the first): 尾差, info",
      workbook: workbook(
        t05([
          [null, "合计", 17.99, 17.99, 0],
          ["2101101", "行政单位医疗", 3.04, 3.04, 0],
          ["2101102", "事业单位医疗", 14.95, 14.95, 0],
        ]),
        t06([
          ["30110", "职工基本医疗保险缴费", 15.98, "302", "商品和服务支出", 0],
          ["30111", "公务员医疗补助缴费", 2, null, null, null],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开06表!C5", "公开06表!C6", "公开05表!D5", "公开05表!D6"],
          severity: "info",
          expected: "17.99",
          actual: "17.98",
          difference: "-0.01",
          message: /相差 -0\.01，在 3 个非零金额的尾差允许范围 ±0\.015 以内（尾差）$/,
        },
      ],
    },
    {
      name: "two units' 05表/06表 stacked on one sheet: each 06表 is compared with its own 05表",
      workbook: workbook(
        sheet(
          "决算公开表",
          [
            ["一般公共预算财政拨款支出决算表"],
            ["单位：万元"],
            ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            [null, "合计", 12.89, 12.89, 0],
            ["2210201", "住房公积金", 12.89, 12.89, 0],
            [],
            [],
            ["一般公共预算财政拨款基本支出决算表"],
            ["单位：万元"],
            ["人员经费", null, null, "公用经费", null, null],
            ["科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"],
            ["30113", "住房公积金", 12.89, "302", "商品和服务支出", 0],
            [],
            [],
            ["一般公共预算财政拨款支出决算表"],
            ["单位：万元"],
            ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            [null, "合计", 10, 10, 0],
            ["2210201", "住房公积金", 10, 10, 0],
            [],
            [],
            ["一般公共预算财政拨款基本支出决算表"],
            ["单位：万元"],
            ["人员经费", null, null, "公用经费", null, null],
            ["科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"],
            ["30113", "住房公积金", 11, "302", "商品和服务支出", 0],
          ],
          { merges: ["A10:C10", "D10:F10", "A24:C24", "D24:F24"] },
        ),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["决算公开表!C26", "决算公开表!D19"],
          expected: "10.00",
          actual: "11.00",
          difference: "1.00",
        },
      ],
    },
    {
      name: "2210201 has 基本支出 but 06表 prints no 30113: the 05表 cell is marked",
      workbook: workbook(
        t05([
          [null, "合计", 12.89, 12.89, 0],
          ["2210201", "住房公积金", 12.89, 12.89, 0],
        ]),
        t06([["30101", "基本工资", 5, "302", "商品和服务支出", 0]]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开05表!D5"],
          expected: "12.89",
          actual: "0.00",
          difference: "-12.89",
          message: /^06表 30113 0\.00 与 05表 2210201 住房公积金 的基本支出 12\.89 不一致/,
        },
      ],
    },
  ],
});
