import { budgetFunctionEconomic } from "../../src/engine/rules/budget-function-economic";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 预算 一般公共预算支出表: code A, name B, 合计 C, 基本支出 D, 项目支出 E; data from sheet row 5. */
const gpb = (rows: CellValue[][]) =>
  sheet(
    "一般公共预算支出表",
    [
      ["一般公共预算支出表"],
      ["单位：万元"],
      ["支出功能分类科目", null, "2024年预算数"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ...rows,
    ],
    { merges: ["A3:B3", "C3:E3"] },
  );

/** 预算 一般公共预算基本支出表: 经济分类 code A, name B, 合计 C, 人员经费 D, 公用经费 E; data from sheet row 5. */
const basic = (rows: CellValue[][]) =>
  sheet(
    "一般公共预算基本支出表",
    [
      ["一般公共预算基本支出表"],
      ["单位：万元"],
      ["支出经济分类科目", null, "2024年基本支出"],
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
      ...rows,
    ],
    { merges: ["A3:B3", "C3:E3"] },
  );

/** seed003's 一般公共预算支出表 (2080505 33.13 in D8, 2210201 31.23 in D11; no 21011). */
const seed = gpb([
  [null, "合计", 386.62, 386.62, null],
  ["208", "社会保障和就业支出", 33.13, 33.13],
  ["2080505", "机关事业单位基本养老保险缴费支出", 33.13, 33.13],
  ["210", "卫生健康支出", 322.26, 322.26],
  ["2101501", "行政运行", 322.26, 322.26],
  ["221", "住房保障支出", 31.23, 31.23],
  ["2210201", "住房公积金", 31.23, 31.23],
]);

ruleTester.run("budget-function-economic", budgetFunctionEconomic, {
  valid: [
    {
      name: "30108 = 2080505 and 30113 = 2210201 (基本支出); 30110 + 30111 = 2101101",
      workbook: workbook(
        gpb([
          [null, "合计", 80, 78, 2],
          ["2080505", "机关事业单位基本养老保险缴费支出", 33.13, 33.13],
          ["2101101", "行政单位医疗", 15.64, 15.64],
          ["2210201", "住房公积金", 31.23, 29.23, 2],
        ]),
        basic([
          [null, "合计", 78, 78, null],
          ["301", "工资福利支出", 78, 78],
          ["30108", "机关事业单位基本养老保险缴费", 33.13, 33.13],
          ["30110", "职工基本医疗保险缴费", 12.87, 12.87],
          ["30111", "公务员医疗补助缴费", 2.77, 2.77],
          ["30113", "住房公积金", 29.23, 29.23],
        ]),
      ),
    },
    {
      name: "一般公共预算支出表 without 基本支出表: not applicable",
      workbook: workbook(seed),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "seed003: 30110 + 30111 budgeted, no 21011 subject — one warning, marked at the pair's first code (30110)",
      workbook: workbook(
        seed,
        basic([
          [null, "合计", 90.5, 90.5, null],
          ["301", "工资福利支出", 90.5, 90.5],
          ["30108", "机关事业单位基本养老保险缴费", 33.13, 33.13],
          ["30110", "职工基本医疗保险缴费", 12.87, 12.87],
          ["30111", "公务员医疗补助缴费", 13.07, 13.07],
          ["30113", "住房公积金", 31.23, 31.23],
        ]),
      ),
      errors: [
        {
          messageId: "noFunctionCode",
          cells: ["一般公共预算基本支出表!C8", "一般公共预算基本支出表!C9"],
          severity: "warning",
          expected: "0.00",
          actual: "25.94",
          difference: "25.94",
          message:
            "基本支出表 30110 职工基本医疗保险缴费、30111 公务员医疗补助缴费 共 25.94，但 一般公共预算支出表 没有对应的功能分类科目（2101101、2101102、2101103）：这些缴费通常应列入各自的功能分类科目，而不是全部列在其他科目下",
        },
      ],
    },
    {
      name: "30113 beyond 2210201's 基本支出 (warning), 30108 off by 0.01 against one amount (尾差 allows ±0.005: warning too)",
      workbook: workbook(
        seed,
        basic([
          [null, "合计", 68.37, 68.37, null],
          ["30108", "机关事业单位基本养老保险缴费", 33.14, 33.14],
          ["30113", "住房公积金", 35.23, 35.23],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["一般公共预算基本支出表!C6", "一般公共预算支出表!D7"],
          severity: "warning",
          expected: "33.13",
          actual: "33.14",
          difference: "0.01",
        },
        {
          messageId: "mismatch",
          cells: ["一般公共预算基本支出表!C7", "一般公共预算支出表!D11"],
          expected: "31.23",
          actual: "35.23",
          difference: "4.00",
          message:
            "基本支出表 30113 住房公积金 35.23 与 一般公共预算支出表 2210201 住房公积金 的基本支出 31.23 不一致，相差 +4.00：差额部分可能列在了其他功能分类科目下",
        },
      ],
    },
    {
      name: "30110 + 30111 against 2101101 + 2101102: 0.01 over two amounts on the other side is a 尾差 (info)",
      workbook: workbook(
        gpb([
          [null, "合计", 20, 20, null],
          ["2101101", "行政单位医疗", 10, 10],
          ["2101102", "事业单位医疗", 10, 10],
        ]),
        basic([
          [null, "合计", 20.01, 20.01, null],
          ["30110", "职工基本医疗保险缴费", 15, 15],
          ["30111", "公务员医疗补助缴费", 5.01, 5.01],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: [
            "一般公共预算基本支出表!C6",
            "一般公共预算基本支出表!C7",
            "一般公共预算支出表!D6",
            "一般公共预算支出表!D7",
          ],
          severity: "info",
          difference: "0.01",
        },
      ],
    },
  ],
});
