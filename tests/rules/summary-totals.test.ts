import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { summaryTotals } from "../../src/engine/rules/summary-totals";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";
import { t01, t04 } from "../support/summary-tables";

/** A consistent 01表: 收入 100.00 + 20.50 = 120.50, 支出 208 20.50 + 210 100.00; 年初 10.00 → 年末 10.00; 总计 130.50. */
const ok01 = (
  over: Partial<
    Record<
      "gpb" | "other" | "inTotal" | "opening" | "inGrand" | "c208" | "c210" | "outTotal" | "closing" | "outGrand",
      CellValue
    >
  > = {},
) => {
  const v = {
    gpb: 100,
    other: 20.5,
    inTotal: 120.5,
    opening: 10,
    inGrand: 130.5,
    c208: 20.5,
    c210: 100,
    outTotal: 120.5,
    closing: 10,
    outGrand: 130.5,
    ...over,
  };
  return t01([
    ["一、一般公共预算财政拨款收入", "1", v.gpb, "一、一般公共服务支出", "32", 0],
    ["二、政府性基金预算财政拨款收入", "2", 0, "八、社会保障和就业支出", "33", v.c208],
    ["八、其他收入", "8", v.other, "九、卫生健康支出", "34", v.c210],
    ["本年收入合计", "27", v.inTotal, "本年支出合计", "58", v.outTotal],
    ["使用非财政拨款结余（含专用结余）", "28", 0, "结余分配", "59", 0],
    ["年初结转和结余", "29", v.opening, "年末结转和结余", "60", v.closing],
    ["总计", "31", v.inGrand, "总计", "62", v.outGrand],
  ]);
};

ruleTester.run("summary-totals", summaryTotals, {
  valid: [
    { name: "01表: 本年收入合计, 本年支出合计 = Σ类, both 总计 and 收 = 支 hold exactly", workbook: workbook(ok01()) },
    {
      name: "01表 pasted from a PDF: amounts as spaced text, zeros left blank (as seed001)",
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", "1, 049. 22", "一、一般公共服务支出", "32", null],
          ["二、政府性基金预算财政拨款收入", "2", null, "八、社会保障和就业支出", "33", "58. 10"],
          ["八、其他收入", "8", null, "九、卫生健康支出", "34", "991. 12"],
          ["本年收入合计", "27", "1, 049. 22", "本年支出合计", "58", "1, 049. 22"],
          ["使用非财政拨款结余（含专用结余）", "28", null, "结余分配", "59", null],
          ["年初结转和结余", "29", null, "年末结转和结余", "60", null],
          ["总计", "31", "1, 049. 22", "总计", "62", "1, 049. 22"],
        ]),
      ),
    },
    {
      name: "04表: every column of 本年支出合计 and 总计, 年初财政拨款结转和结余 = its three sub-lines, 收 = 支",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300, "八、社会保障和就业支出", "33", 110, 100, 10, 0],
          ["二、政府性基金预算财政拨款", "2", 10, "九、卫生健康支出", "34", 200, 200, 0, 0],
          ["三、国有资本经营预算财政拨款", "3", 0, "十九、住房保障支出", "35", 0, 0, 0, 0],
          ["本年收入合计", "27", 310, "本年支出合计", "59", 310, 300, 10, 0],
          ["年初财政拨款结转和结余", "28", 5.5, "年末财政拨款结转和结余", "60", 5.5, 5, 0.5, 0],
          ["一、一般公共预算财政拨款", "29", 5, null, "61"],
          ["二、政府性基金预算财政拨款", "30", 0.5, null, "62"],
          ["三、国有资本经营预算财政拨款", "31", 0, null, "63"],
          ["总计", "32", 315.5, "总计", "64", 315.5, 305, 10.5, 0],
        ]),
      ),
    },
    {
      name: "no 01表 or 04表 in the workbook: not applicable, not passed",
      workbook: workbook(sheet("说明", [["部门决算情况说明"], ["本部门 2024 年度收入支出决算情况如下。"]])),
      status: "not-applicable",
    },
    {
      name: "本年收入合计 cannot be read as an amount: those comparisons are not evaluated, nothing is reported",
      workbook: workbook(ok01({ inTotal: "abc" })),
      status: "not-evaluated",
    },
    {
      name: "a 收入 line the recogniser cannot name carries an amount: 本年收入合计 is not evaluated",
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", 100, "九、卫生健康支出", "32", 120],
          ["九、用事业基金弥补收支差额", "9", 20, null, "33", null],
          ["本年收入合计", "27", 120, "本年支出合计", "58", 120],
          ["总计", "31", 120, "总计", "62", 120],
        ]),
      ),
      status: "not-evaluated",
    },
    {
      name: "a table printed without its 总计 lines: 总计 is not evaluated (never a false 通过)",
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", 120, "九、卫生健康支出", "32", 120],
          ["本年收入合计", "27", 120, "本年支出合计", "58", 120],
        ]),
      ),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "01表 本年支出合计 363.59 vs Σ类 363.60: 尾差 within 3 × 0.005 (info, as seed000 公开01表 F33)",
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", 363.59, "八、社会保障和就业支出", "32", 23.1],
          [null, "2", null, "九、卫生健康支出", "33", 327.61],
          [null, "3", null, "十九、住房保障支出", "34", 12.89],
          ["本年收入合计", "27", 363.59, "本年支出合计", "58", 363.59],
          ["总计", "31", 363.59, "总计", "62", 363.59],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开01表!F7", "公开01表!F4", "公开01表!F5", "公开01表!F6"],
          severity: "info",
          expected: "363.60",
          actual: "363.59",
          difference: "-0.01",
          message:
            "本年支出合计 363.59 与 各类支出之和 363.60 相差 -0.01，在 3 个非零加数的尾差允许范围 ±0.015 以内（尾差）",
        },
      ],
    },
    {
      name: "本年收入合计 0.01 off 2 non-zero lines sits on the bound: 尾差 (inclusive, decimal), as seed002 C33",
      workbook: workbook(
        ok01({
          gpb: 11208.44,
          other: 20.58,
          inTotal: 11229.01,
          c208: 20.57,
          c210: 11208.44,
          outTotal: 11229.01,
          opening: 0,
          closing: 0,
          inGrand: 11229.01,
          outGrand: 11229.01,
        }),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开01表!C7", "公开01表!C4", "公开01表!C5", "公开01表!C6"],
          severity: "info",
          expected: "11229.02",
          actual: "11229.01",
          difference: "-0.01",
          message:
            "本年收入合计 11229.01 与 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 其他收入之和 11229.02 相差 -0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
      ],
    },
    {
      name: "本年收入合计 0.02 off 2 non-zero lines is beyond the bound: error",
      workbook: workbook(ok01({ inTotal: 120.52, inGrand: 130.52, outTotal: 120.52, c210: 100.02, outGrand: 130.52 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开01表!C7", "公开01表!C4", "公开01表!C5", "公开01表!C6"],
          severity: "error",
          expected: "120.50",
          actual: "120.52",
          difference: "0.02",
          message:
            "本年收入合计 120.52 不等于 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 其他收入之和 120.50，相差 +0.02，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
      ],
    },
    {
      name: "收入总计 ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and so 收入总计 ≠ 支出总计",
      workbook: workbook(ok01({ inGrand: 140.5 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开01表!C10", "公开01表!C7", "公开01表!C8", "公开01表!C9"],
          expected: "130.50",
          actual: "140.50",
          difference: "10.00",
          message:
            "收入总计 140.50 不等于 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余之和 130.50，相差 +10.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
        {
          messageId: "mismatch",
          cells: ["公开01表!F10", "公开01表!C10"],
          expected: "140.50",
          actual: "130.50",
          difference: "-10.00",
          message: "支出总计 130.50 不等于 收入总计 140.50，相差 -10.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "each side adds up but 年末 ≠ 年初 carried through: only 收入总计 = 支出总计 fails",
      workbook: workbook(ok01({ closing: 5, outGrand: 125.5 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开01表!F10", "公开01表!C10"],
          expected: "130.50",
          actual: "125.50",
          difference: "-5.00",
        },
      ],
    },
    {
      name: "支出总计 ≠ 本年支出合计 + 结余分配 + 年末结转和结余",
      workbook: workbook(ok01({ outGrand: 130.4 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开01表!F10", "公开01表!F7", "公开01表!F8", "公开01表!F9"],
          expected: "130.50",
          actual: "130.40",
          difference: "-0.10",
          message: /^支出总计 130\.40 不等于 本年支出合计 \+ 结余分配 \+ 年末结转和结余之和 130\.50/,
        },
        { messageId: "mismatch", cells: ["公开01表!F10", "公开01表!C10"], difference: "-0.10" },
      ],
    },
    {
      name: "04表: 本年支出合计 wrong in the 政府性基金 column only; 年初 ≠ Σ sub-lines; column-wise 总计 follows",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300, "八、社会保障和就业支出", "33", 110, 100, 10, 0],
          ["二、政府性基金预算财政拨款", "2", 10, "九、卫生健康支出", "34", 200, 200, 0, 0],
          ["三、国有资本经营预算财政拨款", "3", 0, "十九、住房保障支出", "35", 0, 0, 0, 0],
          ["本年收入合计", "27", 310, "本年支出合计", "59", 310, 300, 12, 0],
          ["年初财政拨款结转和结余", "28", 5.5, "年末财政拨款结转和结余", "60", 5.5, 5, 0.5, 0],
          ["一、一般公共预算财政拨款", "29", 5, null, "61"],
          ["二、政府性基金预算财政拨款", "30", 1.5, null, "62"],
          ["三、国有资本经营预算财政拨款", "31", 0, null, "63"],
          ["总计", "32", 315.5, "总计", "64", 315.5, 305, 10.5, 0],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开04表!C8", "公开04表!C9", "公开04表!C10", "公开04表!C11"],
          expected: "6.50",
          actual: "5.50",
          difference: "-1.00",
          message:
            "年初财政拨款结转和结余 5.50 不等于 年初结转和结余·一般公共预算财政拨款 + 年初结转和结余·政府性基金预算财政拨款 + 年初结转和结余·国有资本经营预算财政拨款之和 6.50，相差 -1.00，超出 2 个非零加数的尾差允许范围 ±0.01",
        },
        {
          messageId: "mismatch",
          cells: ["公开04表!H7", "公开04表!H4", "公开04表!H5", "公开04表!H6"],
          expected: "10.00",
          actual: "12.00",
          difference: "2.00",
          message:
            "本年支出合计“政府性基金预算财政拨款” 12.00 不等于 各类支出之和 10.00，相差 +2.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
        {
          messageId: "mismatch",
          cells: ["公开04表!H12", "公开04表!H7", "公开04表!H8"],
          expected: "12.50",
          actual: "10.50",
          difference: "-2.00",
          message: /^支出总计“政府性基金预算财政拨款” 10\.50 不等于 本年支出合计 \+ 年末财政拨款结转和结余之和 12\.50/,
        },
      ],
    },
    {
      name: "04表 收入总计 (金额) = 支出总计 (合计列): both sides add up, 年末 ≠ 年初 carried through",
      workbook: workbook(
        t04([
          ["一、一般公共预算财政拨款", "1", 300, "八、社会保障和就业支出", "33", 110, 100, 10, 0],
          ["二、政府性基金预算财政拨款", "2", 10, "九、卫生健康支出", "34", 200, 200, 0, 0],
          ["三、国有资本经营预算财政拨款", "3", 0, "十九、住房保障支出", "35", 0, 0, 0, 0],
          ["本年收入合计", "27", 310, "本年支出合计", "59", 310, 300, 10, 0],
          ["年初财政拨款结转和结余", "28", 5.5, "年末财政拨款结转和结余", "60", 6.5, 5, 1.5, 0],
          ["一、一般公共预算财政拨款", "29", 5, null, "61"],
          ["二、政府性基金预算财政拨款", "30", 0.5, null, "62"],
          ["三、国有资本经营预算财政拨款", "31", 0, null, "63"],
          ["总计", "32", 315.5, "总计", "64", 316.5, 305, 11.5, 0],
        ]),
      ),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开04表!F12", "公开04表!C12"],
          expected: "315.50",
          actual: "316.50",
          difference: "1.00",
          message: "支出总计 316.50 不等于 收入总计 315.50，相差 +1.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "options: decimals 0 (amounts in 元 shown as integers) — 1 元 over 3 non-zero 类 is a 尾差 within ±1.5",
      options: { decimals: 0 },
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", 3636001, "八、社会保障和就业支出", "32", 231000],
          [null, "2", null, "九、卫生健康支出", "33", 3276100],
          [null, "3", null, "十九、住房保障支出", "34", 128900],
          ["本年收入合计", "27", 3636001, "本年支出合计", "58", 3636001],
          ["总计", "31", 3636001, "总计", "62", 3636001],
        ]),
      ),
      errors: [
        {
          messageId: "tail",
          cells: ["公开01表!F7", "公开01表!F4", "公开01表!F5", "公开01表!F6"],
          severity: "info",
          difference: "1.00",
          message: /在 3 个非零加数的尾差允许范围 ±1\.5 以内（尾差）$/,
        },
      ],
    },
  ],
});

describe("summary-totals options", () => {
  test("an invalid decimals option makes the rule not evaluated, with the reason", () => {
    const out = runRules(recognize(workbook(ok01())), [summaryTotals], {
      options: { "summary-totals": { decimals: 1.5 } },
    });
    expect(out.findings).toEqual([]);
    expect(out.rules[0].status).toBe("not-evaluated");
    expect(out.rules[0].reasons?.[0]).toMatch(/decimals/);
  });
});

describe("summary-totals: why a check did not run", () => {
  const reasons = (rows: CellValue[][]) => {
    const out = runRules(recognize(workbook(t01(rows))), [summaryTotals], { rethrow: true });
    expect(out.findings).toEqual([]);
    expect(out.rules[0].status).toBe("not-evaluated");
    return out.rules[0].reasons;
  };

  test("an unnamed 收入 line with an amount: 本年收入合计 is skipped and the line is named", () => {
    expect(
      reasons([
        ["一、一般公共预算财政拨款收入", "1", 100, "九、卫生健康支出", "32", 120],
        ["九、用事业基金弥补收支差额", "9", 20, null, "33", null],
        ["本年收入合计", "27", 120, "本年支出合计", "58", 120],
        ["总计", "31", 120, "总计", "62", 120],
      ]),
    ).toEqual(["公开01表（final-01）：收入侧有未识别的项目（九、用事业基金弥补收支差额）带有金额，未核对本年收入合计"]);
  });

  test("an unnamed 支出 line with an amount: 本年支出合计 is skipped", () => {
    expect(
      reasons([
        ["一、一般公共预算财政拨款收入", "1", 120, "九、卫生健康支出", "32", 100],
        [null, "2", null, "对下级转移支付", "33", 20],
        ["本年收入合计", "27", 120, "本年支出合计", "58", 120],
        ["总计", "31", 120, "总计", "62", 120],
      ]),
    ).toEqual(["公开01表（final-01）：支出侧有未识别的项目（对下级转移支付）带有金额，未核对本年支出合计"]);
  });

  test("no 总计 lines: both sides say so", () => {
    expect(
      reasons([
        ["一、一般公共预算财政拨款收入", "1", 120, "九、卫生健康支出", "32", 120],
        ["本年收入合计", "27", 120, "本年支出合计", "58", 120],
      ]),
    ).toEqual([
      "公开01表（final-01）：收入侧未找到“总计”行，无法核对总计",
      "公开01表（final-01）：支出侧未找到“总计”行，无法核对总计",
    ]);
  });

  test("an unreadable 本年收入合计: each comparison that needs it names the cell", () => {
    const out = runRules(recognize(workbook(ok01({ inTotal: "abc" }))), [summaryTotals], { rethrow: true });
    expect(out.rules[0].reasons).toEqual([
      "公开01表（final-01）：本年收入合计：单元格 C7 无法读取为金额，未比较",
      "公开01表（final-01）：收入总计：单元格 C7 无法读取为金额，未比较",
    ]);
  });
});
