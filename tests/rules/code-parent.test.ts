import { codeParent } from "../../src/engine/rules/code-parent";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开03表: code in A, name in B, amounts from C; data from sheet row 4. */
const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);

ruleTester.run("code-parent", codeParent, {
  valid: [
    {
      name: "every 款 under its 类, every 项 under its 款",
      workbook: workbook(
        t03([
          [null, "合计", 30, 30, 0],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 22.98, 22.98, 0],
          ["2080506", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
          ["210", "卫生健康支出", 6.9, 6.9, 0],
          ["21011", "行政事业单位医疗", 6.9, 6.9, 0],
          ["2101101", "行政单位医疗", 6.9, 6.9, 0],
        ]),
      ),
    },
    {
      name: "a table printed to 类 and 款 only (no 项 rows) is complete",
      workbook: workbook(
        t03([
          [null, "合计", 35, 0, 35],
          ["210", "卫生健康支出", 35, 0, 35],
          ["21012", "财政对基本医疗保险基金的补助", 35, 0, 35],
        ]),
      ),
    },
    {
      name: 'split 类/款/项 columns with an abbreviated 项 ("06"): resolved under its 款',
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
      name: "no code-rows table: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "a 项 printed in another 款's group, a 款 in another 类's group: errors",
      workbook: workbook(
        t03([
          [null, "合计", 30, 30, 0],
          ["208", "社会保障和就业支出", 23.1, 23.1, 0],
          ["20805", "行政事业单位养老支出", 23.1, 23.1, 0],
          ["2080505", "机关事业单位基本养老保险缴费支出", 23.1, 23.1, 0],
          ["21011", "行政事业单位医疗", 6.9, 6.9, 0],
          ["210", "卫生健康支出", 6.9, 6.9, 0],
          ["21015", "医疗保障管理事务", 0, 0, 0],
          ["2101101", "行政单位医疗", 6.9, 6.9, 0],
        ]),
      ),
      errors: [
        {
          messageId: "wrongGroup",
          cells: ["公开03表!A8", "公开03表!A5", "公开03表!A9"],
          severity: "error",
          message: "21011 行政事业单位医疗列在 208 社会保障和就业支出 之下，但其编码表明上级类应为 210（见 A9）",
        },
        {
          messageId: "wrongGroup",
          cells: ["公开03表!A11", "公开03表!A10", "公开03表!A8"],
          message: "2101101 行政单位医疗列在 21015 医疗保障管理事务 之下，但其编码表明上级款应为 21011（见 A8）",
        },
      ],
    },
    {
      name: "a 项 whose 款 row is missing, a 款 whose 类 row is missing",
      workbook: workbook(
        t03([
          [null, "合计", 20, 20, 0],
          ["210", "卫生健康支出", 7.6, 7.6, 0],
          ["2101101", "行政单位医疗", 7.6, 7.6, 0],
          ["22102", "住房改革支出", 12.4, 12.4, 0],
          ["2210201", "住房公积金", 12.4, 12.4, 0],
        ]),
      ),
      errors: [
        {
          messageId: "missingParent",
          cells: ["公开03表!A6"],
          message: "2101101 行政单位医疗的上级款 21011 未在表中列示",
        },
        { messageId: "missingParent", cells: ["公开03表!A7"], message: "22102 住房改革支出的上级类 221 未在表中列示" },
      ],
    },
    {
      name: "a 款 printed above its 类 row",
      workbook: workbook(
        t03([
          [null, "合计", 12.89, 12.89, 0],
          ["22102", "住房改革支出", 12.89, 12.89, 0],
          ["221", "住房保障支出", 12.89, 12.89, 0],
        ]),
      ),
      errors: [
        {
          messageId: "parentBelow",
          cells: ["公开03表!A5", "公开03表!A6"],
          message: "22102 住房改革支出列在其上级类 221（见 A6）之前",
        },
      ],
    },
  ],
});
