import { econBlock } from "../../src/engine/rules/econ-block";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开06表 with 人员经费 (A:C) and two 公用经费 blocks (D:F, G:I); data from sheet row 5. */
const t06 = (rows: CellValue[][]) =>
  sheet(
    "公开06表",
    [
      ["一般公共预算财政拨款基本支出决算表"],
      ["单位：万元"],
      ["人员经费", null, null, "公用经费", null, null, null, null, null],
      ["科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"],
      ...rows,
    ],
    { merges: ["A3:C3", "D3:I3"] },
  );

/** 预算 一般公共预算基本支出表: 经济分类 code A, name B, 合计 C, 人员经费 D, 公用经费 E; data from sheet row 5. */
const basic = (rows: CellValue[][]) =>
  sheet("一般公共预算基本支出表", [
    ["一般公共预算基本支出表"],
    ["单位：万元"],
    ["支出经济分类科目", null, "2024年基本支出"],
    ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    ...rows,
  ]);

ruleTester.run("econ-block", econBlock, {
  valid: [
    {
      name: "预算 基本支出表: 301/303 amounts in 人员经费, 302 in 公用经费 (seed003's layout)",
      workbook: workbook(
        basic([
          [null, "合计", 13.5, 10.5, 3],
          ["301", "工资福利支出", 10, 10, null],
          ["30101", "基本工资", 10, 10, null],
          ["302", "商品和服务支出", 3, null, 3],
          ["30201", "办公费", 3, null, 3],
          ["303", "对个人和家庭的补助", 0.5, 0.5, 0],
          ["30302", "退休费", 0.5, 0.5, 0],
        ]),
      ),
    },
    {
      name: "301/303 among 人员经费; 302/307/310/312/399 among 公用经费 (the national layout)",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 2, "307", "债务利息及费用支出", 0],
          ["30101", "基本工资", 10, "30201", "办公费", 2, "310", "资本性支出", 0],
          ["303", "对个人和家庭的补助", 1, "30299", "其他商品和服务支出", 0, "312", "对企业补助", 0],
          ["30302", "退休费", 1, null, null, null, "399", "其他支出", 0],
        ]),
      ),
    },
    {
      name: "a 类 the rule does not know (304) is left alone",
      workbook: workbook(t06([["304", "未知类", 1, "302", "商品和服务支出", 0, null, null, null]])),
    },
    {
      name: "no 06表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "a 302 款 among 人员经费 and a 301 款 among 公用经费 are errors",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 2, "310", "资本性支出", 0],
          ["30229", "福利费", 1.5, "30201", "办公费", 2, "30113", "住房公积金", 3],
        ]),
      ),
      errors: [
        {
          messageId: "wrongBlock",
          cells: ["公开06表!A6", "公开06表!C6"],
          severity: "error",
          message: "30229 福利费属于公用经费，却列在人员经费栏内（应计入公用经费合计）",
        },
        {
          messageId: "wrongBlock",
          cells: ["公开06表!G6", "公开06表!I6"],
          message: "30113 住房公积金属于人员经费，却列在公用经费栏内（应计入人员经费合计）",
        },
      ],
    },
    {
      name: "a 303 款 and a 399 类 in the wrong blocks",
      workbook: workbook(t06([["399", "其他支出", 0, "30305", "生活补助", 0.5, null, null, null]])),
      errors: [
        { messageId: "wrongBlock", cells: ["公开06表!A5", "公开06表!C5"], message: /^399 其他支出属于公用经费/ },
        { messageId: "wrongBlock", cells: ["公开06表!D5", "公开06表!F5"], message: /^30305 生活补助属于人员经费/ },
      ],
    },
    {
      name: "预算 基本支出表: a 302 款 with an amount in the 人员经费 column, a 301 款 in the 公用经费 column",
      workbook: workbook(
        basic([
          [null, "合计", 14.5, 11.5, 3],
          ["301", "工资福利支出", 10, 10, null],
          ["30113", "住房公积金", 10, 8, 2],
          ["302", "商品和服务支出", 4.5, 1.5, 3],
          ["30229", "福利费", 4.5, 1.5, 3],
        ]),
      ),
      errors: [
        {
          messageId: "wrongBlock",
          cells: ["一般公共预算基本支出表!E7", "一般公共预算基本支出表!A7"],
          severity: "error",
          actual: "2.00",
          message: "30113 住房公积金属于人员经费，却列在公用经费栏内（应计入人员经费合计）",
        },
        {
          messageId: "wrongBlock",
          cells: ["一般公共预算基本支出表!D8", "一般公共预算基本支出表!A8"],
          message: /^302 商品和服务支出属于公用经费/,
        },
        {
          messageId: "wrongBlock",
          cells: ["一般公共预算基本支出表!D9", "一般公共预算基本支出表!A9"],
          message: /^30229 福利费属于公用经费/,
        },
      ],
    },
  ],
});
