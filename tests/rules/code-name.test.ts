import { codeName } from "../../src/engine/rules/code-name";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开03表: code in A, name in B, amounts from C; data from sheet row 4. */
const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);

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

ruleTester.run("code-name", codeName, {
  valid: [
    {
      name: "功能分类 names as the catalog prints them",
      workbook: workbook(
        t03([
          [null, "合计", 23.1, 23.1, 0],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 23.1, 23.1, 0],
        ]),
      ),
    },
    {
      name: "half-width brackets and spaces are the same name (seed002 06表: 因公出国(境)费用, 维修(护)费, 退职(役)费)",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 0.48],
          ["30303", "退职(役)费", 0, "30212", "因公出国(境)费用", 0],
          ["30101", "基本 工资", 10, "30213", "维修(护)费", 0.48],
        ]),
      ),
    },
    {
      name: "a code the catalog does not source is unknown, not wrong: its name is not checked",
      workbook: workbook(
        t03([
          [null, "合计", 5, 5, 0],
          ["202", "外交支出", 5, 5, 0],
          ["2020101", "随便什么名称", 5, 5, 0],
        ]),
      ),
    },
    {
      name: "a code row without a name is not checked",
      workbook: workbook(
        t03([
          [null, "合计", 5, 5, 0],
          ["210", null, 5, 5, 0],
        ]),
      ),
    },
    {
      name: "no code-rows table and no 06表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "a name that belongs to another subject is an error (30211 printed 维修费 is 差旅费)",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 0, "302", "商品和服务支出", 0.3],
          ["30302", "津贴费", 0.16, "30211", "维修费", 0.3],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开06表!B6", "公开06表!A6"],
          severity: "error",
          message: "30302 的科目名称“津贴费”与科目编码不符：该编码在分类目录中的名称为“退休费”",
        },
        {
          messageId: "mismatch",
          cells: ["公开06表!E6", "公开06表!D6"],
          message: "30211 的科目名称“维修费”与科目编码不符：该编码在分类目录中的名称为“差旅费”",
        },
      ],
    },
    {
      name: "truncations and variants are info (seed000 06表: 30108 …缴, 30111 …缴款, 30305 生活补贴, 30231 …维护)",
      workbook: workbook(
        t06([
          ["30108", "机关事业单位基本养老保险缴", 22.98, "30231", "公务用车运行维护", 0],
          ["30111", "公务员医疗补助缴款", 0, "30299", "其他商品和服务支", 0],
          ["30305", "生活补贴", 0, "30201", "办公费", 0.16],
          ["30399", "其他对个人和家庭的补助支出", 0, null, null, null],
        ]),
      ),
      errors: [
        {
          messageId: "truncated",
          cells: ["公开06表!B5", "公开06表!A5"],
          severity: "info",
          message:
            "30108 的科目名称“机关事业单位基本养老保险缴”不完整（疑为单元格截断），完整名称为“机关事业单位基本养老保险缴费”",
        },
        { messageId: "truncated", cells: ["公开06表!E5", "公开06表!D5"], severity: "info" },
        {
          messageId: "variant",
          cells: ["公开06表!B6", "公开06表!A6"],
          severity: "info",
          message: "30111 的科目名称“公务员医疗补助缴款”是“公务员医疗补助缴费”的另一种写法，属同一科目",
        },
        { messageId: "truncated", cells: ["公开06表!E6", "公开06表!D6"], severity: "info" },
        { messageId: "variant", cells: ["公开06表!B7", "公开06表!A7"], severity: "info" },
        { messageId: "variant", cells: ["公开06表!B8", "公开06表!A8"], severity: "info" },
      ],
    },
    {
      name: "a prefix of at least half the standard name that no document showed yet is a truncation too",
      workbook: workbook(
        t03([
          [null, "合计", 5, 5, 0],
          ["210", "卫生健康支出", 5, 5, 0],
          ["21015", "医疗保障管理事务", 5, 5, 0],
          ["2101599", "其他医疗保障管理事", 5, 5, 0],
        ]),
      ),
      errors: [{ messageId: "truncated", cells: ["公开03表!B7", "公开03表!A7"], severity: "info" }],
    },
    {
      name: "a former name is a warning (210 医疗卫生与计划生育支出, 20805 行政事业单位离退休)",
      workbook: workbook(
        t03([
          [null, "合计", 5, 5, 0],
          ["210", "医疗卫生与计划生育支出", 5, 5, 0],
          ["208", "社会保障和就业支出", 0, 0, 0],
          ["20805", "行政事业单位离退休", 0, 0, 0],
        ]),
      ),
      errors: [
        {
          messageId: "former",
          cells: ["公开03表!B5", "公开03表!A5"],
          severity: "warning",
          message: "210 的科目名称“医疗卫生与计划生育支出”是曾用名，现行科目名称为“卫生健康支出”",
        },
        { messageId: "former", cells: ["公开03表!B7", "公开03表!A7"], severity: "warning" },
      ],
    },
    {
      name: "02表 with code and name in one cell: the one cell is marked; a short prefix (2 of 6) is a mismatch",
      workbook: workbook(
        sheet("公开02表", [
          ["收入决算表"],
          ["单位：万元"],
          ["科目名称", "本年收入合计", "财政拨款收入"],
          ["合计", 5, 5],
          ["210 卫生健康", 5, 5],
          ["21011 行政", 5, 5],
        ]),
      ),
      errors: [
        { messageId: "truncated", cells: ["公开02表!A5"], severity: "info" },
        {
          messageId: "mismatch",
          cells: ["公开02表!A6"],
          severity: "error",
          message: "21011 的科目名称“行政”与科目编码不符：该编码在分类目录中的名称为“行政事业单位医疗”",
        },
      ],
    },
  ],
});
