import { econHierarchy } from "../../src/engine/rules/econ-hierarchy";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/**
 * 公开06表 with its three 编码/名称/金额 blocks: 人员经费 A–C, 公用经费 D–F and G–I. Data rows start at sheet row 5;
 * 人员经费合计 is printed in A with its amount in C, 公用经费合计 in D with its amount in I (as seed000 prints them).
 */
const HEAD: CellValue[][] = [
  ["一般公共预算财政拨款基本支出决算表"],
  ["单位：万元"],
  ["人员经费", null, null, "公用经费"],
  [
    "经济分类科目编码",
    "科目名称",
    "金额",
    "经济分类科目编码",
    "科目名称",
    "金额",
    "经济分类科目编码",
    "科目名称",
    "金额",
  ],
];
const t06 = (rows: CellValue[][], name = "公开06表") => sheet(name, [...HEAD, ...rows]);

interface V {
  c301: CellValue;
  c30101: CellValue;
  c30102: CellValue;
  c302: CellValue;
  c30201: CellValue;
  c30211: CellValue;
  c303: CellValue;
  c30302: CellValue;
  c310: CellValue;
  c31002: CellValue;
  personnel: CellValue;
  public: CellValue;
}

/** 301 = 60 + 40; 302 = 10 + 20; 303 = 8; 307 = 0; 310 = 5; 人员经费合计 108 = 301 + 303; 公用经费合计 35 = 302 + 307 + 310. */
function ok06(over: Partial<V> = {}) {
  const v: V = {
    c301: 100,
    c30101: 60,
    c30102: 40,
    c302: 30,
    c30201: 10,
    c30211: 20,
    c303: 8,
    c30302: 8,
    c310: 5,
    c31002: 5,
    personnel: 108,
    public: 35,
    ...over,
  };
  return t06([
    ["301", "工资福利支出", v.c301, "302", "商品和服务支出", v.c302, "307", "债务利息及费用支出", 0],
    ["30101", "基本工资", v.c30101, "30201", "办公费", v.c30201, "30701", "国内债务付息", 0],
    ["30102", "津贴补贴", v.c30102, "30211", "差旅费", v.c30211, "310", "资本性支出", v.c310],
    ["303", "对个人和家庭的补助", v.c303, "30299", "其他商品和服务支出", 0, "31002", "办公设备购置", v.c31002],
    ["30302", "退休费", v.c30302, null, null, null, null, null, null],
    ["人员经费合计", null, v.personnel, "公用经费合计", null, null, null, null, v.public],
  ]);
}

ruleTester.run("econ-hierarchy", econHierarchy, {
  valid: [
    { name: "每类 = Σ其款; 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310", workbook: workbook(ok06()) },
    {
      name: "zeros left blank (as seed001 prints them); a 类 with no amount and blank 款 adds up",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 20, "302", "商品和服务支出", 3.5, "307", "债务利息及费用支出", null],
          ["30101", "基本工资", 20, "30201", "办公费", 3.5, "30701", "国内债务付息", null],
          ["30103", "奖金", null, "30202", "印刷费", null, "312", "对企业补助", null],
          ["303", "对个人和家庭的补助", null, null, null, null, "31299", "其他对企业补助", null],
          ["人员经费合计", null, 20, "公用经费合计", null, null, null, null, 3.5],
        ]),
      ),
    },
    {
      name: "the 款 of a 类 may be printed in another block (302's 款 continue under 307's block)",
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 7, "30239", "其他交通费用", 2],
          ["30101", "基本工资", 10, "30201", "办公费", 5, "30299", "其他商品和服务支出", 0],
          ["人员经费合计", null, 10, "公用经费合计", null, null, null, null, 7],
        ]),
      ),
    },
    {
      name: "no 06表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "an unreadable 款 amount: that 类 is not evaluated",
      workbook: workbook(ok06({ c30101: "六十" })),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "302 0.01 under Σ款 over 2 non-zero 款: 尾差 on the bound (info, like seed001 公开06表 F5)",
      workbook: workbook(ok06({ c302: 29.99, public: 34.99 })),
      errors: [
        {
          messageId: "tail",
          cells: ["公开06表!F5", "公开06表!F6", "公开06表!F7", "公开06表!F8"],
          severity: "info",
          expected: "30.00",
          actual: "29.99",
          difference: "-0.01",
          message:
            "302 商品和服务支出 29.99 与 其下各款之和 30.00 相差 -0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
      ],
    },
    {
      name: "301 0.02 over Σ款 of 2 non-zero 款: error, and 人员经费合计 (= 301 + 303) still holds",
      workbook: workbook(ok06({ c301: 100.02, personnel: 108.02 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开06表!C5", "公开06表!C6", "公开06表!C7"],
          severity: "error",
          expected: "100.00",
          actual: "100.02",
          difference: "0.02",
          message:
            "301 工资福利支出 100.02 不等于 其下各款之和 100.00，相差 +0.02，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
      ],
    },
    {
      name: "人员经费合计 ≠ 301 + 303; 公用经费合计 ≠ 302 + 307 + 310",
      workbook: workbook(ok06({ personnel: 100, public: 30 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开06表!C10", "公开06表!C5", "公开06表!C8"],
          expected: "108.00",
          actual: "100.00",
          difference: "-8.00",
          message:
            "人员经费合计 100.00 不等于 301 工资福利支出 + 303 对个人和家庭的补助之和 108.00，相差 -8.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
        {
          messageId: "mismatch",
          cells: ["公开06表!I10", "公开06表!F5", "公开06表!I5", "公开06表!I7"],
          expected: "35.00",
          actual: "30.00",
          difference: "-5.00",
          message:
            "公用经费合计 30.00 不等于 302 商品和服务支出 + 307 债务利息及费用支出 + 310 资本性支出之和 35.00，相差 -5.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
      ],
    },
  ],
});
