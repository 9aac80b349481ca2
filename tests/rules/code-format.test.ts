import { codeFormat } from "../../src/engine/rules/code-format";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开05表: code in A, name in B, 合计/基本支出/项目支出 in C:E; data from sheet row 4. */
const H05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [["一般公共预算财政拨款支出决算表"], ["单位：万元"], H05, ...rows]);

/** 公开06表 with its 人员经费 (A:C) and 公用经费 (D:F) blocks; data from sheet row 5. */
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

ruleTester.run("code-format", codeFormat, {
  valid: [
    {
      name: "full 3/5/7-digit 功能分类 codes",
      workbook: workbook(
        t05([
          [null, "合计", 23.1, 23.1, 0],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 23.1, 23.1, 0],
        ]),
      ),
    },
    {
      name: "3/5-digit 经济分类 codes in 06表",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 1],
          ["30101", "基本工资", 10, "30201", "办公费", 1],
        ]),
      ),
    },
    {
      name: "a code of the wrong length is a reading problem of the table, left to the value rules",
      workbook: workbook(
        t05([
          [null, "合计", 5, 5, 0],
          ["210", "卫生健康支出", 5, 5, 0],
          ["210110", "行政单位医疗", 5, 5, 0],
        ]),
      ),
    },
    {
      name: "no table with codes: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: 'a two-digit 款 code ("05" under 208, budget-system style) is completed and noted (info)',
      workbook: workbook(
        t05([
          [null, "合计", 33.13, 33.13, null],
          ["208", "社会保障和就业支出", 33.13, 33.13, null],
          ["05", "行政事业单位养老支出", 33.13, 33.13, null],
          ["2080505", "机关事业单位基本养老保险缴费支出", 33.13, 33.13, null],
        ]),
      ),
      errors: [
        {
          messageId: "abbreviated",
          cells: ["公开05表!A6"],
          severity: "info",
          message: "简写编码“05”已按上级补全为 20805（行政事业单位养老支出），建议填写完整的5位编码",
        },
      ],
    },
    {
      name: "an economic code among the 功能分类 rows, a 功能分类 code in 06表: errors",
      workbook: workbook(
        t05([
          [null, "合计", 5, 5, 0],
          ["301", "工资福利支出", 5, 5, 0],
        ]),
        t06([["208", "社会保障和就业支出", 1, "302", "商品和服务支出", 0]]),
      ),
      errors: [
        {
          messageId: "wrongSystem",
          cells: ["公开05表!A5"],
          severity: "error",
          message: "科目编码 301 不是支出功能分类编码：支出功能分类的类级编码应为 2 开头（201–2xx）",
        },
        {
          messageId: "wrongSystem",
          cells: ["公开06表!A5"],
          message: "科目编码 208 不是支出经济分类编码：支出经济分类的类级编码应为 3 开头（301–399）",
        },
      ],
    },
    {
      name: "a 款 or 项 numbered 00 is an error",
      workbook: workbook(
        t05([
          [null, "合计", 5, 5, 0],
          ["210", "卫生健康支出", 5, 5, 0],
          ["21000", "卫生健康", 5, 5, 0],
          ["21015", "医疗保障管理事务", 0, 0, 0],
          ["2101500", "医疗保障", 0, 0, 0],
        ]),
      ),
      errors: [
        {
          messageId: "zeroSegment",
          cells: ["公开05表!A6"],
          message: "科目编码 21000 的款级编码为“00”，款级编码应从 01 起编",
        },
        {
          messageId: "zeroSegment",
          cells: ["公开05表!A8"],
          message: "科目编码 2101500 的项级编码为“00”，项级编码应从 01 起编",
        },
      ],
    },
  ],
});
