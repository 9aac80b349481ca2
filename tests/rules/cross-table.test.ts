import { crossTable } from "../../src/engine/rules/cross-table";
import type { CellValue } from "../../src/engine/snapshot";
import { runCase, ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";
import { H04 } from "../support/summary-tables";

/**
 * A small consistent 部门决算 (公开01–09表) from literal arrays; every figure can be overridden. Without overrides
 * every relation holds exactly:
 *   01 收入 一般公共预算 120.50 + 其他收入 10.00 = 130.50; 支出 208 20.50 + 210 110.00 = 130.50; no 结转结余
 *   02 合计 130.50 (财政拨款 120.50, 其他 10.00); 208 20.50; 210 110.00
 *   03 合计 130.50; 208 20.50; 210 110.00
 *   04 收入 一般公共预算 120.50 = 本年收入合计; 支出 208 20.50, 210 100.00, 221 0; 本年支出合计 120.50 (一般公共预算)
 *   05 合计 120.50 (基本 75.00, 项目 45.50); 208 20.50; 210 100.00
 *   06 人员经费合计 70.00 + 公用经费合计 5.00 = 75.00
 *   07/08 empty (合计 blank)
 */
type V = CellValue;

const DOC = {
  in01Gpb: 120.5 as V,
  in01Fund: 0 as V,
  in01Soe: 0 as V,
  in01Total: 130.5 as V,
  in01Opening: 0 as V,
  out01c208: 20.5 as V,
  out01c210: 110 as V,
  /** The 支出 cells of 01表 row 7 (D–F), beside 八、其他收入. */
  out01Row7: [null, "35", null] as V[],
  out01Total: 130.5 as V,
  out01Closing: 0 as V,
  t02Total: 130.5 as V,
  t02Fiscal: 120.5 as V,
  t02c208: 20.5 as V,
  t02c210: 110 as V,
  t03Total: 130.5 as V,
  t03c208: 20.5 as V,
  t03c210: 110 as V,
  in04Gpb: 120.5 as V,
  in04Fund: 0 as V,
  in04Total: 120.5 as V,
  out04c208: 20.5 as V,
  out04c210: 100 as V,
  out04c221: 0 as V,
  out04Total: 120.5 as V,
  out04Fund: 0 as V,
  out04Soe: 0 as V,
  t05Total: 120.5 as V,
  t05Basic: 75 as V,
  t05Extra: [] as V[][],
  personnel: 70 as V,
  public: 5 as V,
  t07Total: null as V,
  t08Total: null as V,
};
type Doc = typeof DOC;
const doc = (over: Partial<Doc> = {}): Doc => ({ ...DOC, ...over });

/** 公开01表: 收入 项目/行次/金额 A–C, 支出 D–F; data from row 4. */
const t01 = (d: Doc) =>
  sheet("公开01表", [
    ["收入支出决算总表"],
    ["单位：万元"],
    ["项目", "行次", "金额", "项目（按功能分类）", "行次", "金额"],
    ["一、一般公共预算财政拨款收入", "1", d.in01Gpb, "一、一般公共服务支出", "32", 0],
    ["二、政府性基金预算财政拨款收入", "2", d.in01Fund, "八、社会保障和就业支出", "33", d.out01c208],
    ["三、国有资本经营预算财政拨款收入", "3", d.in01Soe, "九、卫生健康支出", "34", d.out01c210],
    ["八、其他收入", "8", 10, ...d.out01Row7],
    ["本年收入合计", "27", d.in01Total, "本年支出合计", "58", d.out01Total],
    ["年初结转和结余", "29", d.in01Opening, "年末结转和结余", "60", d.out01Closing],
  ]);

/** 公开02表: C 本年收入合计, D 财政拨款收入, E 其他收入; 合计 row 4, 208 row 5, 210 row 6. */
const t02 = (d: Doc) =>
  sheet("公开02表", [
    ["收入决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
    [null, "合计", d.t02Total, d.t02Fiscal, 10],
    ["208", "社会保障和就业支出", d.t02c208, d.t02c208, 0],
    ["210", "卫生健康支出", d.t02c210, 100, 10],
  ]);

/** 公开03表: C 本年支出合计, D 基本支出, E 项目支出; 合计 row 4, 208 row 5, 210 row 6. */
const t03 = (d: Doc, extra: V[][] = []) =>
  sheet("公开03表", [
    ["支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
    [null, "合计", d.t03Total, 80, 50.5],
    ["208", "社会保障和就业支出", d.t03c208, 20.5, 0],
    ["210", "卫生健康支出", d.t03c210, 59.5, 50.5],
    ...extra,
  ]);

/** 公开04表: 收入 A–C; 支出 项目/行次 D–E, F 合计, G 一般公共预算, H 政府性基金, I 国有资本经营; data from row 4. */
const t04 = (d: Doc) =>
  sheet("公开04表", [
    ["财政拨款收入支出决算总表"],
    ["单位：万元"],
    H04,
    ["一、一般公共预算财政拨款", "1", d.in04Gpb, "八、社会保障和就业支出", "33", d.out04c208, d.out04c208, 0, 0],
    ["二、政府性基金预算财政拨款", "2", d.in04Fund, "九、卫生健康支出", "34", d.out04c210, d.out04c210, 0, 0],
    ["三、国有资本经营预算财政拨款", "3", 0, "十九、住房保障支出", "35", d.out04c221, d.out04c221, 0, 0],
    ["本年收入合计", "27", d.in04Total, "本年支出合计", "59", d.out04Total, d.out04Total, d.out04Fund, d.out04Soe],
  ]);

/** 公开05表: C 合计, D 基本支出, E 项目支出; 合计 row 4, 208 row 5, 210 row 6. */
const t05 = (d: Doc) =>
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", d.t05Total, d.t05Basic, 45.5],
    ["208", "社会保障和就业支出", 20.5, 20.5, 0],
    ["210", "卫生健康支出", 100, 54.5, 45.5],
    ...d.t05Extra,
  ]);

/** 公开06表: 人员经费 A–C, 公用经费 D–F; 人员经费合计 C7, 公用经费合计 F7. */
const t06 = (d: Doc, totals: V[] = ["人员经费合计", null, d.personnel, "公用经费合计", null, d.public]) =>
  sheet("公开06表", [
    ["一般公共预算财政拨款基本支出决算表"],
    ["单位：万元"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 70, "302", "商品和服务支出", 5],
    ["30101", "基本工资", 70, "30201", "办公费", 5],
    totals,
  ]);

/** 公开07表: E 本年支出; 合计 row 4 (blank: an empty table), or, without it, a blank 类 row only. */
const t07 = (d: Doc, withTotal = true) =>
  sheet("公开07表", [
    ["政府性基金预算财政拨款收入支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出", "年末结转和结余"],
    withTotal
      ? [null, "合计", null, null, d.t07Total, null, null, null]
      : ["229", "其他支出", null, null, null, null, null, null],
    ["注：本部门本年度无政府性基金预算财政拨款收入、支出。"],
  ]);

/** 公开08表: C 合计; 合计 row 4. */
const t08 = (d: Doc) =>
  sheet("公开08表", [
    ["国有资本经营预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", d.t08Total, null, null],
  ]);

const all = (d: Doc) => workbook(t01(d), t02(d), t03(d), t04(d), t05(d), t06(d), t07(d), t08(d));

ruleTester.run("cross-table", crossTable, {
  valid: [
    { name: "a consistent 01–08表: every relation holds exactly", workbook: all(doc()) },
    {
      name: "05表 and 06表 only: 05 基本支出 = 06 人员经费合计 + 公用经费合计; the other relations do not apply",
      workbook: workbook(t05(doc()), t06(doc())),
    },
    {
      name: "02/03 类 differ by the 结转结余 01表 shows (年末 5.00): 02↔03 by 类 is not compared",
      workbook: all(doc({ out01Closing: 5, out01Total: 125.5, out01c210: 105, t03Total: 125.5, t03c210: 105 })),
    },
    {
      name: "blank cells count as 0: 04 政府性基金/国有资本经营 blank against the empty 07/08表, 01 政府性基金 blank against 04's 0",
      workbook: all(doc({ out04Fund: null, out04Soe: null, in01Fund: null })),
    },
    {
      name: "an empty 07表 printed without its 合计 row (a blank 类 row only) is 0, as is 04 政府性基金",
      workbook: workbook(t04(doc()), t07(doc(), false)),
    },
    {
      name: "01 类 lines the catalog gives no code are matched by name (二、外交支出 ↔ 03表 202 外交支出)",
      workbook: workbook(
        t01(doc({ out01Row7: ["二、外交支出", "35", 5], out01Total: 135.5 })),
        t03(doc({ t03Total: 135.5 }), [["202", "外交支出", 5, 5, 0]]),
      ),
    },
    {
      name: "amounts typed as text with spaces (as seed001) compare as decimals",
      workbook: workbook(t05(doc({ t05Basic: "75. 00" })), t06(doc({ personnel: "70. 00", public: "5. 00" }))),
    },
    {
      name: "03表 printing 项 rows only (no 类 row): 01↔03 by 类 is not evaluated, 本年支出合计 still compared",
      workbook: workbook(
        t01(doc()),
        sheet("公开03表", [
          ["支出决算表"],
          ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
          [null, "合计", 130.5, 80, 50.5],
          ["2080505", "机关事业单位基本养老保险缴费支出", 20.5, 20.5, 0],
          ["2101501", "行政运行", 110, 59.5, 50.5],
        ]),
      ),
      status: "not-evaluated",
    },
    {
      name: "01表 支出侧 with an unnamed line carrying an amount: 01↔03 by 类 is not evaluated (no guessing)",
      workbook: workbook(
        t01(doc({ out01Row7: ["待分配支出", "35", 5], out01Total: 135.5 })),
        t03(doc({ t03Total: 135.5 }), [["202", "外交支出", 5, 5, 0]]),
      ),
      status: "not-evaluated",
    },
    {
      name: "no table any relation names: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "only 01表: nothing to compare it with — not evaluated, never passed",
      workbook: workbook(t01(doc())),
      status: "not-evaluated",
    },
    {
      name: "06表 printed without 公用经费合计: 05 基本支出 ↔ 06 is not evaluated",
      workbook: workbook(t05(doc()), t06(doc(), ["人员经费合计", null, 70])),
      status: "not-evaluated",
    },
    {
      name: "04表 without a 政府性基金 column while 07表 is present: 04↔07 is not evaluated",
      workbook: workbook(
        sheet("公开04表", [
          ["财政拨款收入支出决算总表"],
          ["单位：万元"],
          ["项目", "行次", "金额", "项目（按功能分类）", "行次", "合计", "一般公共预算财政拨款"],
          ["一、一般公共预算财政拨款", "1", 120.5, "九、卫生健康支出", "34", 120.5, 120.5],
          ["本年收入合计", "27", 120.5, "本年支出合计", "59", 120.5, 120.5],
        ]),
        t07(doc()),
      ),
      status: "not-evaluated",
    },
    {
      name: "02表 and 03表 without 01表: whether there is 结转结余 is unknown — 02↔03 by 类 is not evaluated",
      workbook: workbook(t02(doc()), t03(doc())),
      status: "not-evaluated",
    },
    {
      name: "an unreadable cell (#REF!) on one side: that comparison is not evaluated",
      workbook: workbook(t05(doc({ t05Basic: { error: "#REF!" } })), t06(doc())),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "05 基本支出 75.00 vs 06 69.99 + 5.00: 尾差 within 2 × 0.005 (info, as seed000-10), marked on 05表",
      workbook: workbook(t05(doc()), t06(doc({ personnel: 69.99 }))),
      errors: [
        {
          messageId: "tail",
          cells: ["公开05表!D4", "公开06表!C7", "公开06表!F7"],
          severity: "info",
          expected: "74.99",
          actual: "75.00",
          difference: "0.01",
          message:
            "公开05表 合计·基本支出 75.00 与 公开06表 人员经费合计 + 公用经费合计 之和 74.99 相差 +0.01，在 2 个非零加数的尾差允许范围 ±0.01 以内（尾差）",
        },
      ],
    },
    {
      name: "01 本年收入合计 130.51 vs 02 合计 130.50: a 1-to-1 difference of 0.01 is beyond 1 × 0.005 (error on 02表)",
      workbook: all(doc({ in01Total: 130.51 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开02表!C4", "公开01表!C8"],
          severity: "error",
          expected: "130.51",
          actual: "130.50",
          difference: "-0.01",
          message:
            "公开02表 合计·本年收入合计 130.50 与 公开01表 本年收入合计 130.51 不一致，相差 -0.01，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "01 本年支出合计 vs 03 合计·本年支出合计, marked on 03表",
      workbook: all(doc({ out01Total: 131.5 })),
      errors: [{ messageId: "mismatch", cells: ["公开03表!C4", "公开01表!F8"], difference: "-1.00" }],
    },
    {
      name: "01 类 九、卫生健康支出 111.00 vs 03 210 110.00: the 类 row of 03表 is marked",
      workbook: all(doc({ out01c210: 111 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开03表!C6", "公开01表!F6"],
          severity: "error",
          expected: "111.00",
          actual: "110.00",
          message:
            "公开03表 210 卫生健康支出·本年支出合计 110.00 与 公开01表 卫生健康支出 111.00 不一致，相差 -1.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "a 01 类 line with an amount and no 类 row in 03表: the missing side is 0 (name-matched line, no code)",
      workbook: workbook(
        t01(doc({ out01Row7: ["二、外交支出", "35", 5], out01Total: 135.5 })),
        t03(doc({ t03Total: 135.5 })),
      ),
      errors: [
        {
          messageId: "unmatched",
          cells: ["公开01表!F7"],
          severity: "error",
          expected: "5.00",
          actual: "0.00",
          difference: "-5.00",
          message: "公开01表 外交支出 为 5.00，但公开03表中没有对应的类，按 0 计，相差 -5.00",
        },
      ],
    },
    {
      name: "02/03 类 differ with no 结转结余: a warning on each 02表 类 row, not an error",
      workbook: all(doc({ t02c208: 21.5, t02c210: 109 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开02表!C5", "公开03表!C5"],
          severity: "warning",
          difference: "1.00",
          message:
            "公开02表 208 社会保障和就业支出·本年收入合计 21.50 与 公开03表 208 社会保障和就业支出·本年支出合计 20.50 不一致，相差 +1.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
        { messageId: "mismatch", cells: ["公开02表!C6", "公开03表!C6"], severity: "warning", difference: "-1.00" },
      ],
    },
    {
      name: "01 一般公共预算财政拨款收入 vs 04's: marked on 04表",
      workbook: all(doc({ in04Gpb: 120, in04Total: 120.5 })),
      errors: [{ messageId: "mismatch", cells: ["公开04表!C4", "公开01表!C4"], expected: "120.50", actual: "120.00" }],
    },
    {
      name: "01 政府性基金预算财政拨款收入 vs 04's (blank on 04表 is 0)",
      workbook: all(doc({ in01Fund: 3, in04Fund: null })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开04表!C5", "公开01表!C5"],
          actual: "0.00",
          difference: "-3.00",
          message:
            "公开04表 政府性基金预算财政拨款 0.00 与 公开01表 政府性基金预算财政拨款收入 3.00 不一致，相差 -3.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "01 国有资本经营预算财政拨款收入 2.00 vs 04's 0.00",
      workbook: all(doc({ in01Soe: 2 })),
      errors: [{ messageId: "mismatch", cells: ["公开04表!C6", "公开01表!C6"], difference: "-2.00" }],
    },
    {
      name: "02 合计·财政拨款收入 vs 04 本年收入合计: marked on 02表",
      workbook: all(doc({ t02Fiscal: 120 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开02表!D4", "公开04表!C7"],
          message:
            "公开02表 合计·财政拨款收入 120.00 与 公开04表 本年收入合计 120.50 不一致，相差 -0.50，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "04 本年支出合计·一般公共预算 vs 05 合计: marked on 05表",
      workbook: all(doc({ t05Total: 121.5 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开05表!C4", "公开04表!G7"],
          message:
            "公开05表 合计·合计 121.50 与 公开04表 本年支出合计·一般公共预算财政拨款 120.50 不一致，相差 +1.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "04 类 九、卫生健康支出 101.00 (一般公共预算) vs 05 210 100.00: marked on the 05表 类 row",
      workbook: all(doc({ out04c210: 101 })),
      errors: [{ messageId: "mismatch", cells: ["公开05表!C6", "公开04表!G5"], expected: "101.00", actual: "100.00" }],
    },
    {
      name: "a 04 类 line with an amount 05表 does not print, and a 05 类 row 04表 does not print",
      workbook: all(doc({ out04c221: 3, t05Extra: [["212", "城乡社区支出", 4, 4, 0]] })),
      errors: [
        {
          messageId: "unmatched",
          cells: ["公开04表!G6"],
          severity: "error",
          expected: "3.00",
          actual: "0.00",
          message: "公开04表 住房保障支出·一般公共预算财政拨款 为 3.00，但公开05表中没有对应的类，按 0 计，相差 -3.00",
        },
        {
          messageId: "unmatched",
          cells: ["公开05表!C7"],
          expected: "0.00",
          actual: "4.00",
          message: "公开05表 212 城乡社区支出·合计 为 4.00，但公开04表中没有对应的类，按 0 计，相差 +4.00",
        },
      ],
    },
    {
      name: "04 政府性基金 5.00 vs the blank 合计 of an empty 07表: marked on 07表 (blank = 0)",
      workbook: all(doc({ out04Fund: 5 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开07表!E4", "公开04表!H7"],
          expected: "5.00",
          actual: "0.00",
          difference: "-5.00",
          message:
            "公开07表 合计·本年支出 0.00 与 公开04表 本年支出合计·政府性基金预算财政拨款 5.00 不一致，相差 -5.00，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "04 政府性基金 5.00 vs an empty 07表 printed without its 合计 row: 0, and the 04表 cell is the one shown",
      workbook: workbook(t04(doc({ out04Fund: 5 })), t07(doc(), false)),
      errors: [
        {
          messageId: "unmatched",
          cells: ["公开04表!H7"],
          expected: "5.00",
          actual: "0.00",
          message:
            "公开04表 本年支出合计·政府性基金预算财政拨款 为 5.00，但公开07表中没有合计行（空表），按 0 计，相差 -5.00",
        },
      ],
    },
    {
      name: "08 合计 2.00 vs 04 国有资本经营 0.00: marked on 08表",
      workbook: all(doc({ t08Total: 2 })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开08表!C4", "公开04表!I7"],
          expected: "0.00",
          actual: "2.00",
          difference: "2.00",
          message:
            "公开08表 合计·合计 2.00 与 公开04表 本年支出合计·国有资本经营预算财政拨款 0.00 不一致，相差 +2.00，超出 0 个非零加数的尾差允许范围 ±0",
        },
      ],
    },
    {
      name: "decimals: 0 for amounts in 元 — 05 基本支出 75001 vs 06 70000 + 5000 is a 尾差 (±1)",
      options: { decimals: 0 },
      workbook: workbook(t05(doc({ t05Basic: 75001 })), t06(doc({ personnel: 70000, public: 5000 }))),
      errors: [
        {
          messageId: "tail",
          cells: ["公开05表!D4", "公开06表!C7", "公开06表!F7"],
          severity: "info",
          difference: "1.00",
        },
      ],
    },
  ],
});

describe("cross-table: why a relation was not evaluated", () => {
  const reasons = (wb: ReturnType<typeof workbook>) => runCase(crossTable, { workbook: wb }).run.reasons;

  test("a missing line names the table, the line and the relation", () => {
    expect(reasons(workbook(t05(doc()), t06(doc(), ["人员经费合计", null, 70])))).toEqual([
      "公开06表（final-06）：未识别到“公用经费合计”一行，无法核对 公开05表 合计·基本支出 = 公开06表 人员经费合计 + 公用经费合计",
    ]);
  });

  test("02↔03 by 类 without 01表", () => {
    expect(reasons(workbook(t02(doc()), t03(doc())))).toEqual([
      "缺少公开01表，无法判断是否没有结转结余（公开01表 年初结转和结余、年末结转和结余均为 0），未核对 公开02表 各类·本年收入合计 = 公开03表 各类·本年支出合计（逐类）",
    ]);
  });

  test("an unreadable cell", () => {
    expect(reasons(workbook(t05(doc({ t05Basic: { error: "#REF!" } })), t06(doc())))).toEqual([
      "公开05表（final-05）：公开05表 合计·基本支出 = 公开06表 人员经费合计 + 公用经费合计：单元格 D4 无法读取为金额，未比较",
    ]);
  });

  test("a table without rows of the level, and a 支出 line the recogniser could not name", () => {
    expect(
      reasons(
        workbook(
          t01(doc()),
          sheet("公开03表", [
            ["支出决算表"],
            ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            [null, "合计", 130.5, 80, 50.5],
            ["2101501", "行政运行", 130.5, 80, 50.5],
          ]),
        ),
      ),
    ).toEqual(["公开03表（final-03）：未识别到任何类行，无法核对 公开01表 各类 = 公开03表 各类·本年支出合计（逐类）"]);
    expect(
      reasons(
        workbook(t01(doc({ out01Row7: ["待分配支出", "35", 5], out01Total: 135.5 })), t03(doc({ t03Total: 135.5 }))),
      ),
    ).toEqual([
      "公开01表（final-01）：支出侧有未识别的项目“待分配支出”（有金额），无法核对 公开01表 各类 = 公开03表 各类·本年支出合计（逐类）",
    ]);
  });

  test("only 01表", () => {
    expect(reasons(workbook(t01(doc())))).toEqual([
      "工作簿中没有任何一组可以相互核对的表（部门支出总表、财政拨款收支总表、政府性基金预算支出表、一般公共预算支出表、一般公共预算基本支出表、国有资本经营预算支出表、公开01表、公开02表、公开03表、公开04表、公开05表、公开06表、公开07表、公开08表）",
    ]);
  });

  test("an invalid decimals option stops the rule (the runner reports it not evaluated, with this reason)", () => {
    expect(() => runCase(crossTable, { workbook: workbook(t05(doc()), t06(doc())), options: { decimals: 9 } })).toThrow(
      "选项 decimals 必须是 0 到 6 之间的整数（收到 9）",
    );
  });
});
