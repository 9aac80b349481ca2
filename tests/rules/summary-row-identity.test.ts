import { summaryRowIdentity } from "../../src/engine/rules/summary-row-identity";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";
import { t04 } from "../support/summary-tables";

ruleTester.run("summary-row-identity", summaryRowIdentity, {
  valid: [
    {
      name: "合计 = 一般公共预算 + 政府性基金 + 国有资本经营 on every 支出 line (类, 本年支出合计, 年末, 总计)",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300, "八、社会保障和就业支出", "33", 110, 100, 10, 0],
          ["二、政府性基金预算财政拨款", "2", 10, "九、卫生健康支出", "34", 200, 200, 0, 0],
          ["本年收入合计", "27", 310, "本年支出合计", "59", 310, 300, 10, 0],
          ["年初财政拨款结转和结余", "28", 0, "年末财政拨款结转和结余", "60", 0, 0, 0, 0],
          ["总计", "32", 310, "总计", "64", 310, 300, 10, 0],
        ]),
      ),
    },
    {
      name: "zeros left blank (as seed001 prints them) count as 0",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款收入", "1", 1049.22, "八、社会保障和就业支出", "33", 58.1, 58.1, null, null],
          [null, "2", null, "九、卫生健康支出", "34", 991.12, 991.12, null, null],
          ["本年收入合计", "27", 1049.22, "本年支出合计", "59", 1049.22, 1049.22, null, null],
          ["合计", "32", 1049.22, "合计", "64", 1049.22, 1049.22, null, null],
        ]),
      ),
    },
    {
      name: "a 04表 printing only 合计 and 一般公共预算: the other budget types are absent (0)",
      workbook: workbook(
        t04(
          [
            ["一、一般公共预算财政拨款", "1", 20, "九、卫生健康支出", "33", 20, 20],
            ["本年收入合计", "27", 20, "本年支出合计", "59", 20, 20],
          ],
          ["项目", "行次", "金额", "项目（按功能分类）", "行次", "合计", "一般公共预算财政拨款"],
        ),
      ),
    },
    {
      name: "no 04表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "an unreadable cell: that line is not evaluated",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 20, "九、卫生健康支出", "33", "#REF!", 20, 0, 0],
          ["本年收入合计", "27", 20, "本年支出合计", "59", 20, 20, 0, 0],
        ]),
      ),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "a 类 line whose 合计 misses its 政府性基金 part: error with expected, actual, difference",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300, "八、社会保障和就业支出", "33", 100, 100, 10, 0],
          ["二、政府性基金预算财政拨款", "2", 10, "九、卫生健康支出", "34", 200, 200, 0, 0],
          ["本年收入合计", "27", 310, "本年支出合计", "59", 310, 300, 10, 0],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开04表!F4", "公开04表!G4", "公开04表!H4", "公开04表!I4"],
          severity: "error",
          expected: "110.00",
          actual: "100.00",
          difference: "-10.00",
          message:
            "社会保障和就业支出：“合计”100.00 不等于 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款 之和 110.00，相差 -10.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
      ],
    },
    {
      name: "0.01 over 2 non-zero parts sits on the bound: 尾差 (info); 0.02 is an error",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300.01, "九、卫生健康支出", "33", 310.01, 300.01, 10.01, 0],
          ["二、政府性基金预算财政拨款", "2", 10.01, "十九、住房保障支出", "34", 0.31, 0.1, 0.19, 0],
          ["本年收入合计", "27", 310.02, "本年支出合计", "59", 310.03, 300.11, 10.2, 0],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开04表!F4", "公开04表!G4", "公开04表!H4", "公开04表!I4"],
          severity: "info",
          expected: "310.02",
          actual: "310.01",
          difference: "-0.01",
          message:
            "卫生健康支出：“合计”310.01 与 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款 之和 310.02 相差 -0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
        {
          messageId: "mismatch",
          cells: ["公开04表!F5", "公开04表!G5", "公开04表!H5", "公开04表!I5"],
          severity: "error",
          difference: "0.02",
        },
        {
          messageId: "mismatch",
          cells: ["公开04表!F6", "公开04表!G6", "公开04表!H6", "公开04表!I6"],
          expected: "310.31",
          actual: "310.03",
          difference: "-0.28",
          message: /^本年支出合计：/,
        },
      ],
    },
    {
      name: "总计 and 年末财政拨款结转和结余 lines are checked too",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 20, "九、卫生健康支出", "33", 20, 20, 0, 0],
          ["本年收入合计", "27", 20, "本年支出合计", "59", 20, 20, 0, 0],
          ["年初财政拨款结转和结余", "28", 5, "年末财政拨款结转和结余", "60", 5, 4, 0, 0],
          ["总计", "32", 25, "总计", "64", 25, 24, 0, 0],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开04表!F6", "公开04表!G6", "公开04表!H6", "公开04表!I6"],
          difference: "1.00",
          message: /^年末财政拨款结转和结余：“合计”5\.00 不等于/,
        },
        {
          messageId: "mismatch",
          cells: ["公开04表!F7", "公开04表!G7", "公开04表!H7", "公开04表!I7"],
          difference: "1.00",
          message: /^支出总计：“合计”25\.00 不等于/,
        },
      ],
    },
  ],
});
