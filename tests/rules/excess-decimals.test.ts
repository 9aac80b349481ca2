import { excessDecimals } from "../../src/engine/rules/excess-decimals";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const H05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const t05 = (rows: CellValue[][], extra = {}) =>
  sheet("公开05表", [["一般公共预算财政拨款支出决算表"], ["单位：万元"], H05, ...rows], extra);

ruleTester.run("excess-decimals", excessDecimals, {
  valid: [
    {
      name: "two decimals stored and shown (#,##0.00)",
      workbook: workbook(
        t05([[null, "合计", 363.6, 199.58, 164.02]], {
          numberFormats: { C4: "#,##0.00", D4: "#,##0.00", E4: "#,##0.00" },
        }),
      ),
    },
    {
      name: "option max: 3 allows 12.345",
      options: { max: 3 },
      workbook: workbook(t05([[null, "合计", 12.345, 12.345, 0]])),
    },
    {
      name: "no standard table: not applicable",
      workbook: workbook(sheet("Sheet1", [["情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "a stored 12.345 shown as 12.35 (#,##0.00): the sum uses the hidden digit",
      workbook: workbook(
        t05([[null, "合计", 12.345, 12.345, 0]], { numberFormats: { C4: "#,##0.00", D4: "#,##0.00" } }),
      ),
      errors: [
        {
          messageId: "stored",
          cells: ["公开05表!C4"],
          severity: "warning",
          message:
            "公开05表!C4 存储的金额为 12.345，有 3 位小数（超过 2 位）：表中显示的数与参与求和的数不一致，可能造成尾差",
        },
        { messageId: "stored", cells: ["公开05表!D4"] },
      ],
    },
    {
      name: "text amounts with three decimals (1.234)",
      workbook: workbook(t05([[null, "合计", "1.234", "1.234", null]])),
      errors: [
        { messageId: "stored", cells: ["公开05表!C4"], message: /有 3 位小数/ },
        { messageId: "stored", cells: ["公开05表!D4"] },
      ],
    },
    {
      name: "a format that shows three decimals (0.000) on a two-decimal value",
      workbook: workbook(t05([[null, "合计", 1.5, 1.5, 0]], { numberFormats: { C4: "0.000" } })),
      errors: [
        {
          messageId: "shown",
          cells: ["公开05表!C4"],
          message: "公开05表!C4 的金额 1.5 显示为 3 位小数，超过 2 位：请按统一格式保留 2 位小数",
        },
      ],
    },
    {
      name: "binary noise stored in the cell (0.1 + 0.2 = 0.30000000000000004)",
      workbook: workbook(t05([[null, "合计", 0.1 + 0.2, 0.3, 0]])),
      errors: [{ messageId: "stored", cells: ["公开05表!C4"], message: /0\.30000000000000004，有 17 位小数/ }],
    },
  ],
});

test("an invalid option max: the runner ends the rule not-evaluated with the reason", () => {
  const res = recognize(workbook(t05([[null, "合计", 1, 1, 0]])));
  const out = runRules(res, [excessDecimals], { options: { "excess-decimals": { max: -1 } } });
  expect(out.findings).toEqual([]);
  expect(out.rules[0]).toEqual({
    id: "excess-decimals",
    status: "not-evaluated",
    reasons: ["规则执行出错：选项 max 必须是 0 到 6 之间的整数（收到 -1）"],
  });
});

describe("excess-decimals on the seed fixtures", () => {
  test.each(["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"] as FixtureName[])(
    "%s: every amount has at most 2 decimals — no finding",
    (name) => {
      const out = runRules(recognize(fixtureSnapshot(name)), [excessDecimals], { rethrow: true });
      expect(out.findings).toEqual([]);
    },
  );
});
