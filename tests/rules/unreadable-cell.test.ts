import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { unreadableCell } from "../../src/engine/rules/unreadable-cell";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, truth, type FixtureName } from "../support/fixtures";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const H05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [["一般公共预算财政拨款支出决算表"], ["单位：万元"], H05, ...rows]);

ruleTester.run("unreadable-cell", unreadableCell, {
  valid: [
    {
      name: "numbers, blanks, dashes and spaced text amounts are all readable",
      workbook: workbook(
        t05([
          [null, "合计", "1, 049. 22", 1049.22, "—"],
          ["210", "卫生健康支出", 1049.22, "1,049.22", null],
        ]),
      ),
    },
    {
      name: "no standard table: not applicable",
      workbook: workbook(sheet("Sheet1", [["情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "text that is no amount (abc) and a number with two decimal points (1.2.3)",
      workbook: workbook(
        t05([
          [null, "合计", 10, "abc", 6],
          ["210", "卫生健康支出", "1.2.3", 4, 6],
        ]),
      ),
      errors: [
        {
          messageId: "unreadable",
          cells: ["公开05表!D4"],
          severity: "error",
          message: "公开05表!D4 无法读取（无法识别为金额：abc），涉及该单元格的校验未进行",
        },
        { messageId: "unreadable", cells: ["公开05表!C5"], severity: "error", message: /小数点多于一个/ },
      ],
    },
    {
      name: "error values: a stored #REF! and #DIV/0! typed as text",
      workbook: workbook(
        t05([
          [null, "合计", { error: "#REF!" }, 4, 6],
          ["210", "卫生健康支出", 10, "#DIV/0!", 6],
        ]),
      ),
      errors: [
        {
          messageId: "errorValue",
          cells: ["公开05表!C4"],
          message: "公开05表!C4 为错误值 #REF!，无法识别为金额，涉及该单元格的勾稽校验未进行",
        },
        { messageId: "errorValue", cells: ["公开05表!D5"], message: /错误值 #DIV\/0!/ },
      ],
    },
    {
      name: "an amount with a unit in the cell (12万元)",
      workbook: workbook(t05([[null, "合计", "12万元", 12, 0]])),
      errors: [{ messageId: "unreadable", cells: ["公开05表!C4"], message: /带有单位/ }],
    },
    {
      name: "an unreadable 科目编码 (21O, a letter O for a zero) in a code-rows table",
      workbook: workbook(
        t05([
          [null, "合计", 10, 4, 6],
          ["21O", "卫生健康支出", 10, 4, 6],
        ]),
      ),
      errors: [{ messageId: "unreadable", cells: ["公开05表!A5"], message: /无法确定简写编码的上级：21/ }],
    },
  ],
});

describe("unreadable-cell on the seed fixtures", () => {
  const SEEDS: FixtureName[] = [
    "seed000-zhushan-2024-final",
    "seed001-danfeng-2024-final",
    "seed002-zengdu-2023-final",
  ];
  test.each(SEEDS)(
    "%s: every cell of every recognised table is readable — no finding (the truth lists none)",
    (name) => {
      const out = runRules(recognize(fixtureSnapshot(name)), [unreadableCell], { rethrow: true });
      expect(out.findings).toEqual([]);
      expect(out.rules[0].status).toBe("passed");
      // The truth has no unreadable-cell kind: nothing of this rule's could be missed.
      expect(truth(name).filter((t) => /unreadable|parse/.test(t.kind))).toEqual([]);
    },
  );
});
