import { partWhole } from "../../src/engine/rules/part-whole";
import type { CellValue } from "../../src/engine/snapshot";
import { runCase, ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

type V = CellValue;

/** 公开06表: 人员经费 A–C, 公用经费 D–F; 30212 in F6, 30217 in F7, 30231 in F8. */
const t06 = (abroad: V, reception: V, vehicle: V, rows: V[][] | undefined = undefined) =>
  sheet("公开06表", [
    ["一般公共预算财政拨款基本支出决算表"],
    ["单位：万元"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 70, "302", "商品和服务支出", 5],
    ...(rows ?? [
      ["30101", "基本工资", 70, "30212", "因公出国（境）费用", abroad],
      [null, null, null, "30217", "公务接待费", reception],
      [null, null, null, "30231", "公务用车运行维护费", vehicle],
    ]),
    ["人员经费合计", null, 70, "公用经费合计", null, 5],
  ]);

/** 公开09表, items down the rows: 决算数 in D; 因公出国（境）费 D5, 公务用车运行维护费 D8, 公务接待费 D9. */
const t09 = (abroad: V, vehicle: V, reception: V) =>
  sheet("公开09表", [
    ['财政拨款"三公"经费支出决算表'],
    ["单位：万元"],
    ["项目", "年初预算数", "全年预算数", "决算数"],
    ["一、“三公”经费支出", 3, 3, null],
    ["1.因公出国（境）费", 0, 0, abroad],
    ["2.公务用车购置及运行维护费", 2, 2, vehicle],
    ["（1）公务用车购置费", 0, 0, 0],
    ["（2）公务用车运行维护费", 2, 2, vehicle],
    ["3.公务接待费", 1, 1, reception],
  ]);

/** 公开09表 as seed002 prints it: 预算数 and 决算数 column groups over one data row (决算数 in G–L). */
const t09across = (abroad: V, vehicle: V, reception: V) =>
  sheet(
    "公开09表",
    [
      ["财政拨款“三公”经费支出决算表"],
      ["单位：万元"],
      ["预算数", null, null, null, null, null, "决算数"],
      [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行维护费",
        null,
        null,
        "公务接待费",
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行维护费",
        null,
        null,
        "公务接待费",
      ],
      [
        null,
        null,
        "小计",
        "公务用车购置费",
        "公务用车运行维护费",
        null,
        null,
        null,
        "小计",
        "公务用车购置费",
        "公务用车运行维护费",
      ],
      ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
      [6.55, 0, 6, 0, 6, 0.55, 1.57, abroad, vehicle, 0, vehicle, reception],
    ],
    { merges: ["A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5"] },
  );

ruleTester.run("part-whole", partWhole, {
  valid: [
    {
      name: "06表 公务接待费 0.27 = 09表 0.27 (as seed000); 公务用车运行维护费 below 09's; 因公出国 0",
      workbook: workbook(t06(0, 0.27, 1), t09(0, 1.2, 0.27)),
    },
    {
      name: "09表 with 预算数/决算数 column groups (as seed002): 30231 1.57 within 公务用车运行维护费 决算数 1.57",
      workbook: workbook(t06(0, 0, 1.57), t09across(0, 1.57, 0)),
    },
    {
      name: "blank cells count as 0 on both sides (seed001's empty 09表)",
      workbook: workbook(t06(null, null, null), t09(null, null, null)),
    },
    {
      name: "06表 only: no 09表 to compare with — not applicable for the relations, not evaluated for the rule",
      workbook: workbook(t06(0, 0.27, 1)),
      status: "not-evaluated",
    },
    {
      name: "neither table: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "06表 printed without a 30212 row: that relation is not evaluated (never a false pass)",
      workbook: workbook(
        t06(0, 0.27, 1, [
          ["30101", "基本工资", 70, "30217", "公务接待费", 0.27],
          [null, null, null, "30231", "公务用车运行维护费", 1],
        ]),
        t09(0, 1.2, 0.27),
      ),
      status: "not-evaluated",
    },
    {
      name: "an unreadable 09表 cell: not evaluated",
      workbook: workbook(t06(0, 0.27, 1), t09(0, 1.2, { error: "#VALUE!" })),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "06表 30217 公务接待费 0.30 exceeds 09表 公务接待费 决算数 0.27: error marked on 06表",
      workbook: workbook(t06(0, 0.3, 1), t09(0, 1.2, 0.27)),
      errors: [
        {
          messageId: "exceeds",
          cells: ["公开06表!F7", "公开09表!D9"],
          severity: "error",
          expected: "0.27",
          actual: "0.30",
          difference: "0.03",
          message: "公开06表 30217 公务接待费 0.30 超过 公开09表 公务接待费·决算数 0.27，多出 0.03（部分不应大于整体）",
        },
      ],
    },
    {
      name: "all three exceed, in declaration order (接待费, 公务用车运行维护费, 因公出国); a blank 09表 cell is 0",
      workbook: workbook(t06(2, 0.28, 1.58), t09(null, 1.57, 0.27)),
      errors: [
        { messageId: "exceeds", cells: ["公开06表!F7", "公开09表!D9"], difference: "0.01" },
        {
          messageId: "exceeds",
          cells: ["公开06表!F8", "公开09表!D8"],
          difference: "0.01",
          message:
            "公开06表 30231 公务用车运行维护费 1.58 超过 公开09表 公务用车运行维护费·决算数 1.57，多出 0.01（部分不应大于整体）",
        },
        {
          messageId: "exceeds",
          cells: ["公开06表!F6", "公开09表!D5"],
          expected: "0.00",
          actual: "2.00",
          message:
            "公开06表 30212 因公出国（境）费用 2.00 超过 公开09表 因公出国（境）费·决算数 0.00，多出 2.00（部分不应大于整体）",
        },
      ],
    },
    {
      name: "09表 across the columns (as seed002): 公务用车运行维护费 决算数 in K7",
      workbook: workbook(t06(0, 0, 1.6), t09across(0, 1.57, 0)),
      errors: [{ messageId: "exceeds", cells: ["公开06表!F8", "公开09表!K7"], difference: "0.03" }],
    },
  ],
});

test("part-whole: the reason a relation was not evaluated names the missing row and the relation", () => {
  const { run } = runCase(partWhole, {
    workbook: workbook(
      t06(0, 0.27, 1, [
        ["30101", "基本工资", 70, "30217", "公务接待费", 0.27],
        [null, null, null, "30231", "公务用车运行维护费", 1],
      ]),
      t09(0, 1.2, 0.27),
    ),
  });
  expect(run.reasons).toEqual([
    "公开06表（final-06）：未识别到“30212 因公出国（境）费用”一行，无法核对 公开06表 30212 因公出国（境）费用 ≤ 公开09表 因公出国（境）费·决算数",
  ]);
});
