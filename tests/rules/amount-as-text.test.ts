import { amountAsText } from "../../src/engine/rules/amount-as-text";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);

ruleTester.run("amount-as-text", amountAsText, {
  valid: [
    {
      name: "numbers, blanks and dashes: nothing stored as text",
      workbook: workbook(
        t03([
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", 10, 4, "—"],
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
      name: "one info finding per table, every text cell in sheet order, the first one marked",
      workbook: workbook(
        t03([
          [null, "合计", "1, 049. 22", "963. 03", 86.19],
          ["210", "卫生健康支出", "58. 10", 58.1, "—"],
        ]),
      ),
      errors: [
        {
          messageId: "stored",
          severity: "info",
          cells: ["公开03表!C4", "公开03表!D4", "公开03表!C5"],
          message:
            "本表有 3 个数值以文本形式存储（如 公开03表!C4“1, 049. 22”）：本次校验已按数值读取，但 Excel 的求和公式不会计入这些单元格，建议转换为数值",
        },
      ],
    },
    {
      name: "two tables, one finding each",
      workbook: workbook(
        t03([[null, "合计", "10", 4, 6]]),
        sheet("公开05表", [
          ["一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 10, "4.00", "6.00"],
        ]),
      ),
      errors: [
        { messageId: "stored", cells: ["公开03表!C4"], message: /本表有 1 个数值/ },
        { messageId: "stored", cells: ["公开05表!D4", "公开05表!E4"], message: /本表有 2 个数值/ },
      ],
    },
  ],
});

describe("amount-as-text on the seed fixtures", () => {
  const run = (name: FixtureName) => runRules(recognize(fixtureSnapshot(name)), [amountAsText], { rethrow: true });

  test("seed001 (pasted from PDF): one info finding each on 01/02/03表, with every spaced text amount", () => {
    const { findings } = run("seed001-danfeng-2024-final");
    expect(findings.map((f) => [f.table, f.severity, f.cells.length])).toEqual([
      ["final-01", "info", 8],
      ["final-02", "info", 46],
      ["final-03", "info", 51],
    ]);
    expect(findings[0].message).toMatch(/^本表有 8 个数值以文本形式存储（如 公开01表!/);
    for (const f of findings) expect(f.cells[0]).toMatch(new RegExp(`^公开0${f.table.slice(-1)}表!`));
  });

  test.each(["seed000-zhushan-2024-final", "seed002-zengdu-2023-final"] as FixtureName[])(
    "%s: amounts are numbers — no finding",
    (name) => {
      expect(run(name).findings).toEqual([]);
    },
  );
});
