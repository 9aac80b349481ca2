import { hierarchySum } from "../../src/engine/rules/hierarchy-sum";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开03表 with code in A, name in B, amounts from C: rows start at sheet row 4 (C4 is 合计's 本年支出合计). */
const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][], name = "公开03表") => sheet(name, [["支出决算表"], ["单位：万元"], H03, ...rows]);

/** 公开02表 as seed000 prints it: "208 社会保障和就业支出" in one cell. */
const H02 = ["科目名称", "本年收入合计", "财政拨款收入", "其他收入"];
const t02 = (rows: CellValue[][]) => sheet("公开02表", [["收入决算表"], ["单位：万元"], H02, ...rows]);

const ok03 = t03([
  [null, "合计", 23.1, 23.1, 0],
  ["208", "社会保障和就业支出", 23.1, 23.1, 0],
  ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
  ["2080505", "机关事业单位基本养老保险缴费支出", 22.98, 22.98, 0],
  ["2080506", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
]);

ruleTester.run("hierarchy-sum", hierarchySum, {
  valid: [
    { name: "合计 = Σ类, 类 = Σ款, 款 = Σ项 exactly", workbook: workbook(ok03) },
    {
      name: "blank cells (zeros left blank, as seed001 prints them) count as 0",
      workbook: workbook(
        t03([
          [null, "合计", "1, 049. 22", "888.32", "160.90"],
          ["208", "社会保障和就业支出", "58. 10", "56.10", "2.00"],
          ["20805", "行政事业单位养老支出", 56.1, 56.1, null],
          ["2080505", "机关事业单位基本养老保险缴费支出", 56.1, 56.1, null],
          ["20807", "就业补助", 2, null, 2],
          ["2080705", "公益性岗位补贴", 2, null, 2],
          ["210", "卫生健康支出", 991.12, 832.22, 158.9],
          ["21011", "行政事业单位医疗", 991.12, 832.22, 158.9],
        ]),
      ),
    },
    {
      name: "a dash is no value, like a blank",
      workbook: workbook(
        t03([
          [null, "合计", 10, 10, "—"],
          ["210", "卫生健康支出", 10, 10, "—"],
          ["21011", "行政事业单位医疗", 10, 10, "-"],
        ]),
      ),
    },
    {
      name: "a 款 printed without its 项 rows is not a parent: nothing to add up",
      workbook: workbook(
        t03([
          [null, "合计", 35, 0, 35],
          ["210", "卫生健康支出", 35, 0, 35],
          ["21012", "财政对基本医疗保险基金的补助", 35, 0, 35],
        ]),
      ),
    },
    {
      name: "an empty table (合计 0.00 only, like seed000's 07/08表) passes",
      workbook: workbook(
        sheet("公开08表", [
          ["国有资本经营预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 0, 0, 0],
        ]),
      ),
    },
    {
      name: "02表 with code and name in one cell; the 款 and 项 of 210 add up",
      workbook: workbook(
        t02([
          ["合计", 327.61, 307.61, 20],
          ["210 卫生健康支出", 327.61, 307.61, 20],
          ["21011 行政事业单位医疗", 7.6, 7.6, 0],
          ["2101101 行政单位医疗", 7.6, 7.6, 0],
          ["21015 医疗保障管理事务", 320.01, 300.01, 20],
          ["2101501 行政运行", 195.63, 195.63, 0],
          ["2101599 其他医疗保障管理事务支出", 124.38, 104.38, 20],
        ]),
      ),
    },
    {
      name: "two tables stacked on one sheet are checked each on its own",
      workbook: workbook(
        sheet("决算公开表", [
          ["收入决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
          [null, "合计", 10, 10, 0],
          ["210", "卫生健康支出", 10, 10, 0],
          [],
          [],
          ["支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", 10, 4, 6],
        ]),
      ),
    },
    {
      name: 'codes split over 类/款/项 columns, 项 abbreviated ("06"): resolved before adding up',
      workbook: workbook(
        sheet("公开03表", [
          ["支出决算表"],
          ["单位：万元"],
          ["支出功能分类科目编码", null, null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
          ["类", "款", "项", "栏次", "1", "2", "3"],
          [null, null, null, "合计", 23.1, 23.1, 0],
          ["208", null, null, "社会保障和就业支出", 23.1, 23.1, 0],
          ["208", "05", null, "行政事业单位养老支出", 23.1, 23.1, 0],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 22.98, 22.98, 0],
          [null, null, "06", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
        ]),
      ),
    },
    {
      name: "no code-rows table in the workbook: not applicable, not passed",
      workbook: workbook(sheet("说明", [["部门决算情况说明"], ["本部门 2024 年度收入支出决算情况如下。"]])),
      status: "not-applicable",
    },
    {
      name: "a cell that cannot be read as an amount: that comparison is not evaluated",
      workbook: workbook(
        t03([
          [null, "合计", "abc", 10, 0],
          ["210", "卫生健康支出", 10, 10, 0],
        ]),
      ),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "合计 363.59 vs Σ类 363.60 is a 尾差 within 3 × 0.005 (info, as seed000 03表 E6)",
      workbook: workbook(
        t03([
          [null, "合计", 363.59, 199.58, 164.02],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["210", "卫生健康支出", 327.61, 163.59, 164.02],
          ["221", "住房保障支出", 12.89, 12.89, 0],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6", "公开03表!C7"],
          severity: "info",
          expected: "363.60",
          actual: "363.59",
          difference: "-0.01",
          message:
            "合计的“本年支出合计”363.59 与其下各类之和 363.60 相差 -0.01，在 3 个非零加数的尾差允许范围 ±0.015 以内（尾差）",
        },
      ],
    },
    {
      name: "款 ≠ Σ项 beyond the tolerance is an error with expected, actual and difference",
      workbook: workbook(
        t03([
          [null, "合计", 23.1, 23.1, 0],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 21.98, 21.98, 0],
          ["2080506", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!C6", "公开03表!C7", "公开03表!C8"],
          severity: "error",
          expected: "22.10",
          actual: "23.10",
          difference: "1.00",
          message:
            "20805 行政事业单位养老支出的“本年支出合计”23.10 不等于其下各项之和 22.10，相差 +1.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
        { messageId: "mismatch", cells: ["公开03表!D6", "公开03表!D7", "公开03表!D8"], difference: "1.00" },
      ],
    },
    {
      name: "类 ≠ Σ款 in the 项目支出 column only",
      workbook: workbook(
        t03([
          [null, "合计", 50, 20, 30],
          ["210", "卫生健康支出", 50, 20, 30],
          ["21011", "行政事业单位医疗", 20, 20, 0],
          ["21015", "医疗保障管理事务", 30, 0, 25],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!E5", "公开03表!E6", "公开03表!E7"],
          expected: "25.00",
          actual: "30.00",
          difference: "5.00",
        },
      ],
    },
    {
      name: "0.01 over 2 non-zero addends sits on the bound: 尾差 (inclusive, decimal — floats would say error)",
      workbook: workbook(
        t03([
          // In binary floating point 363.59 − (199.58 + 164.02) is 0.010000000000047748 > 0.01.
          [null, "合计", 363.59, 363.59, 0],
          ["208", "社会保障和就业支出", 199.58, 199.58, 0],
          ["210", "卫生健康支出", 164.02, 164.02, 0],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6"],
          severity: "info",
          difference: "-0.01",
        },
        {
          messageId: "tail",
          cells: ["公开03表!D4", "公开03表!D5", "公开03表!D6"],
          severity: "info",
          difference: "-0.01",
        },
      ],
    },
    {
      name: "0.02 over 2 non-zero addends is beyond the bound: error",
      workbook: workbook(
        t03([
          [null, "合计", 0.31, 0.31, 0],
          ["208", "社会保障和就业支出", 0.1, 0.1, 0],
          ["210", "卫生健康支出", 0.19, 0.19, 0],
        ]),
      ),
      errors: [
        { messageId: "mismatch", cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6"], severity: "error" },
        { messageId: "mismatch", cells: ["公开03表!D4", "公开03表!D5", "公开03表!D6"], severity: "error" },
      ],
    },
    {
      name: "a blank addend is 0 and not a non-zero addend: 0.01 over 1 addend is an error",
      workbook: workbook(
        t03([
          [null, "合计", 10.01, 10.01, null],
          ["208", "社会保障和就业支出", null, null, null],
          ["210", "卫生健康支出", 10, 10, null],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6"],
          expected: "10.00",
          actual: "10.01",
          difference: "0.01",
          message: /超出 1 个非零加数的尾差允许范围 ±0\.005$/,
        },
        { messageId: "mismatch", cells: ["公开03表!D4", "公开03表!D5", "公开03表!D6"], difference: "0.01" },
      ],
    },
    {
      name: "a blank total over non-zero children reads as 0.00",
      workbook: workbook(
        t03([
          [null, "合计", 5, 5, 0],
          ["210", "卫生健康支出", 5, 5, 0],
          ["21011", "行政事业单位医疗", null, 5, 0],
          ["2101101", "行政单位医疗", 5, 5, 0],
        ]),
      ),
      errors: [
        // 210 = Σ款 fails too: its only 款 reads 0.
        { messageId: "mismatch", cells: ["公开03表!C5", "公开03表!C6"], expected: "0.00", difference: "5.00" },
        { messageId: "mismatch", cells: ["公开03表!C6", "公开03表!C7"], actual: "0.00", difference: "-5.00" },
      ],
    },
    {
      name: "02表, code and name in one cell: findings in row order, then column order",
      workbook: workbook(
        t02([
          ["合计", 363.59, 363.59, 0],
          ["208 社会保障和就业支出", 23.1, 23.1, 0],
          ["210 卫生健康支出", 327.61, 327.61, 0],
          ["21011 行政事业单位医疗", 7.6, 7.6, 0],
          ["21015 医疗保障管理事务", 310, 320.01, 0],
          ["221 住房保障支出", 12.89, 12.89, 0],
        ]),
      ),
      errors: [
        { messageId: "tail", cells: ["公开02表!B4", "公开02表!B5", "公开02表!B6", "公开02表!B9"], difference: "-0.01" },
        { messageId: "tail", cells: ["公开02表!C4", "公开02表!C5", "公开02表!C6", "公开02表!C9"], difference: "-0.01" },
        {
          messageId: "mismatch",
          cells: ["公开02表!B6", "公开02表!B7", "公开02表!B8"],
          expected: "317.60",
          difference: "10.01",
        },
      ],
    },
    {
      name: 'a two-digit 款 code ("05" under 208, budget-system style) is its 类\'s child',
      workbook: workbook(
        sheet("公开05表", [
          ["一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 33.13, 33.13, null],
          ["208", "社会保障和就业支出", 33.13, 33.13, null],
          ["05", "行政事业单位养老支出", 30.13, 30.13, null],
          ["2080505", "机关事业单位基本养老保险缴费支出", 30.13, 30.13, null],
        ]),
      ),
      errors: [
        { messageId: "mismatch", cells: ["公开05表!C5", "公开05表!C6"], expected: "30.13", difference: "3.00" },
        { messageId: "mismatch", cells: ["公开05表!D5", "公开05表!D6"], expected: "30.13", difference: "3.00" },
      ],
    },
    {
      name: "07表: every mapped amount column is added up, 年初结转和结余 included",
      workbook: workbook(
        sheet("公开07表", [
          ["政府性基金预算财政拨款收入支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出", "年末结转和结余"],
          [null, "合计", 8, 10, 10, 0, 10, 8],
          ["229", "其他支出", 8, 10, 10, 0, 10, 8],
          ["22960", "彩票公益金安排的支出", 6, 10, 10, 0, 10, 8],
          ["2296002", "用于社会福利的彩票公益金支出", 6, 10, 10, 0, 10, 8],
        ]),
      ),
      errors: [{ messageId: "mismatch", cells: ["公开07表!C5", "公开07表!C6"], expected: "6.00", actual: "8.00" }],
    },
    {
      name: "amounts in 元 with decimals: 0 — 1 元 over 2 addends is a 尾差",
      options: { decimals: 0 },
      workbook: workbook(
        t03([
          [null, "合计", 101, 101, 0],
          ["208", "社会保障和就业支出", 50, 50, 0],
          ["210", "卫生健康支出", 50, 50, 0],
        ]),
      ),
      errors: [
        { messageId: "tail", cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6"], message: /±1 以内/ },
        { messageId: "tail", cells: ["公开03表!D4", "公开03表!D5", "公开03表!D6"] },
      ],
    },
    {
      name: "the same workbook at the default 2 decimals: 1.00 over 2 addends is an error",
      workbook: workbook(
        t03([
          [null, "合计", 101, 101, 0],
          ["208", "社会保障和就业支出", 50, 50, 0],
          ["210", "卫生健康支出", 50, 50, 0],
        ]),
      ),
      errors: [
        { messageId: "mismatch", cells: ["公开03表!C4", "公开03表!C5", "公开03表!C6"] },
        { messageId: "mismatch", cells: ["公开03表!D4", "公开03表!D5", "公开03表!D6"] },
      ],
    },
  ],
});
