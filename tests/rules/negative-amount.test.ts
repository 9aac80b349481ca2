import { negativeAmount } from "../../src/engine/rules/negative-amount";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import type { CellValue } from "../../src/engine/snapshot";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);

/** 公开01表: 收入 A–C, 支出 D–F. */
const t01 = (rows: CellValue[][]) =>
  sheet("公开01表", [
    ["收入支出决算总表"],
    ["单位：万元"],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ...rows,
  ]);

const H07 = [
  "科目编码",
  "科目名称",
  "年初结转和结余",
  "本年收入",
  "本年支出",
  "基本支出",
  "项目支出",
  "年末结转和结余",
];

ruleTester.run("negative-amount", negativeAmount, {
  valid: [
    {
      name: "positive amounts, zeros, blanks and dashes",
      workbook: workbook(
        t03([
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", 10, 4, "—"],
          ["221", "住房保障支出", 0, null, 0],
        ]),
      ),
    },
    {
      name: "no table of 01–08表: not applicable",
      workbook: workbook(sheet("Sheet1", [["情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "03表: a negative 支出 is an error at the cell",
      workbook: workbook(
        t03([
          [null, "合计", 10, 14, -4],
          ["210", "卫生健康支出", 10, 14, -4],
        ]),
      ),
      errors: [
        {
          messageId: "negative",
          cells: ["公开03表!E4"],
          severity: "error",
          actual: "-4.00",
          message: "合计“项目支出”为负数 -4（公开03表!E4）：收入、支出金额不应为负数",
        },
        { messageId: "negative", cells: ["公开03表!E5"], message: /^210 卫生健康支出“项目支出”为负数 -4/ },
      ],
    },
    {
      name: "negative text amounts count too: (12.00) and －3.5",
      workbook: workbook(t03([[null, "合计", "(12.00)", "－3.5", 0]])),
      errors: [
        { messageId: "negative", cells: ["公开03表!C4"], actual: "-12.00" },
        { messageId: "negative", cells: ["公开03表!D4"], actual: "-3.50" },
      ],
    },
    {
      name: "01表: a negative income line is an error; a negative 年末结转和结余 only a warning",
      workbook: workbook(
        t01([
          ["一、一般公共预算财政拨款收入", "1", -5, "九、卫生健康支出", "2", 5],
          ["本年收入合计", "3", -5, "本年支出合计", "4", 5],
          ["年初结转和结余", "5", 20, "年末结转和结余", "6", -2],
          ["总计", "7", 15, "总计", "8", 3],
        ]),
      ),
      errors: [
        {
          messageId: "negative",
          cells: ["公开01表!C5"],
          severity: "error",
          message: /^一、一般公共预算财政拨款收入“金额”为负数 -5/,
        },
        { messageId: "negative", cells: ["公开01表!C6"], severity: "error" },
        {
          messageId: "negativeBalance",
          cells: ["公开01表!F7"],
          severity: "warning",
          message:
            "年末结转和结余“金额”为负数 -2（公开01表!F7）：结转和结余可能为负（超支），请核实是否属实并在情况说明中说明",
        },
      ],
    },
    {
      name: "07表: negative 年初/年末结转和结余 columns are warnings, a negative 本年支出 an error",
      workbook: workbook(
        sheet("公开07表", [
          ["政府性基金预算财政拨款收入支出决算表"],
          ["单位：万元"],
          H07,
          [null, "合计", -1, 10, -1, 0, -1, 10],
        ]),
      ),
      errors: [
        { messageId: "negativeBalance", cells: ["公开07表!C4"], severity: "warning" },
        { messageId: "negative", cells: ["公开07表!E4"], severity: "error" },
        { messageId: "negative", cells: ["公开07表!G4"], severity: "error" },
      ],
    },
  ],
});

describe("negative-amount on the seed fixtures", () => {
  test.each(["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"] as FixtureName[])(
    "%s: no negative amount — no finding (the truth lists none)",
    (name) => {
      const out = runRules(recognize(fixtureSnapshot(name)), [negativeAmount], { rethrow: true });
      expect(out.findings).toEqual([]);
      expect(out.rules[0].status).toBe("passed");
    },
  );
});
