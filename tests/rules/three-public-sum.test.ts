import { threePublicSum } from "../../src/engine/rules/three-public-sum";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开09表 with items down the rows: 项目 A, 栏次 B, 年初预算数 C, 全年预算数 D, 决算数 E; data from sheet row 4. */
const H09 = ["项目", "栏次", "年初预算数", "全年预算数", "决算数"];
const t09 = (rows: CellValue[][]) =>
  sheet("公开09表", [["财政拨款“三公”经费支出决算表"], ["单位：万元"], H09, ...rows]);

type Row = [CellValue, CellValue, CellValue];

/**
 * The standard item lines, rows 4–12: 合计, 因公出国（境）费, 公务用车购置及运行维护费, 购置费, 运行维护费, 公务接待费,
 * 国内接待费, 其中：外事接待费, 国（境）外接待费. 合计 = 2.00 + 6.00 + 0.55; 公务用车 = 0 + 6.00; 接待 = 0.55 + 0.
 */
function ok09(
  over: Partial<
    Record<
      | "total"
      | "abroad"
      | "vehicle"
      | "purchase"
      | "operation"
      | "reception"
      | "domestic"
      | "foreignAffairs"
      | "overseas",
      Row
    >
  > = {},
) {
  const v: Record<string, Row> = {
    total: [8.55, 8.55, 7.2],
    abroad: [2, 2, 1.5],
    vehicle: [6, 6, 5.2],
    purchase: [0, 0, 0],
    operation: [6, 6, 5.2],
    reception: [0.55, 0.55, 0.5],
    domestic: [0.55, 0.55, 0.5],
    foreignAffairs: [0, 0, 0.1],
    overseas: [0, 0, 0],
    ...over,
  };
  return t09([
    ["一、“三公”经费支出", "1", ...v.total],
    ["1.因公出国（境）费", "2", ...v.abroad],
    ["2.公务用车购置及运行维护费", "3", ...v.vehicle],
    ["（1）公务用车购置费", "4", ...v.purchase],
    ["（2）公务用车运行维护费", "5", ...v.operation],
    ["3.公务接待费", "6", ...v.reception],
    ["（1）国内接待费", "7", ...v.domestic],
    ["其中：外事接待费", "8", ...v.foreignAffairs],
    ["（2）国（境）外接待费", "9", ...v.overseas],
  ]);
}

/** 09表 as seed002 prints it: 预算数 A–F and 决算数 G–L column groups, each 合计/出国/公务用车(小计/购置/运行)/接待, one data row (sheet row 6). */
const across09 = (data: CellValue[]) =>
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
        null,
      ],
      data,
    ],
    { merges: ["A3:F3", "G3:L3", "C4:E4", "I4:K4"] },
  );

ruleTester.run("three-public-sum", threePublicSum, {
  valid: [
    {
      name: "合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护; 接待 = 国内 + 国（境）外, in each of the three measures (外事接待费 is a 其中)",
      workbook: workbook(ok09()),
    },
    {
      name: "dash cells ('---', as seed000) mean the measure is not broken down: 接待费 budgets are not compared",
      workbook: workbook(
        ok09({
          total: [2.57, 0.27, 0.27],
          abroad: [0, 0, 0],
          vehicle: [0, 0, 0],
          operation: [0, 0, 0],
          reception: [2.57, 0.27, 0.27],
          domestic: ["---", "---", 0.27],
          foreignAffairs: ["---", "---", 0],
          overseas: ["---", "---", 0],
        }),
      ),
    },
    {
      name: "a dashed total is not compared either",
      workbook: workbook(ok09({ total: ["—", 8.55, 7.2] })),
    },
    {
      name: "items across the columns, 预算数/决算数 groups over one data row (the seed002 layout)",
      workbook: workbook(across09([6.55, 0, 6, 0, 6, 0.55, 1.57, 0, 1.57, 0, 1.57, 0])),
    },
    {
      name: "no 09表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "an unreadable 决算数: that comparison is not evaluated",
      workbook: workbook(ok09({ abroad: [2, 2, "#VALUE!"] })),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "合计 决算数 0.01 over 3 non-zero items: 尾差 within ±0.015 (info)",
      workbook: workbook(ok09({ total: [8.55, 8.55, 7.21] })),
      errors: [
        {
          messageId: "tail",
          cells: ["公开09表!E4", "公开09表!E5", "公开09表!E6", "公开09表!E9"],
          severity: "info",
          expected: "7.20",
          actual: "7.21",
          difference: "0.01",
          message:
            "“三公”经费合计“决算数”7.21 与 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费之和 7.20 相差 +0.01，在 3 个非零加数的尾差允许范围 ±0.015 以内（尾差）",
        },
      ],
    },
    {
      name: "公务用车 0.01 over its one non-zero part (运行维护费): beyond ±0.005, error",
      workbook: workbook(ok09({ vehicle: [6, 6.01, 5.2], total: [8.55, 8.56, 7.2] })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开09表!D6", "公开09表!D7", "公开09表!D8"],
          severity: "error",
          expected: "6.00",
          actual: "6.01",
          difference: "0.01",
          message:
            "公务用车购置及运行维护费“全年预算数”6.01 不等于 公务用车购置费 + 公务用车运行维护费之和 6.00，相差 +0.01，超出 1 个非零加数的尾差允许范围 ±0.005",
        },
      ],
    },
    {
      name: "公务接待费 ≠ 国内 + 国（境）外 where both are printed; the 年初预算数 合计 is off too",
      workbook: workbook(ok09({ total: [9, 8.55, 7.2], domestic: [0.55, 0.5, 0.5] })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开09表!C4", "公开09表!C5", "公开09表!C6", "公开09表!C9"],
          expected: "8.55",
          actual: "9.00",
          difference: "0.45",
        },
        {
          messageId: "mismatch",
          cells: ["公开09表!D9", "公开09表!D10", "公开09表!D12"],
          expected: "0.50",
          actual: "0.55",
          difference: "0.05",
          message: /^公务接待费“全年预算数”0\.55 不等于 国内接待费 \+ 国（境）外接待费之和 0\.50/,
        },
      ],
    },
    {
      name: "items across the columns: 预算数 合计 6.65 ≠ 0 + 6.00 + 0.55",
      workbook: workbook(across09([6.65, 0, 6, 0, 6, 0.55, 1.57, 0, 1.57, 0, 1.57, 0])),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开09表!A6", "公开09表!B6", "公开09表!C6", "公开09表!F6"],
          expected: "6.55",
          actual: "6.65",
          difference: "0.10",
          message: /^“三公”经费合计“全年预算数”6\.65 不等于/,
        },
      ],
    },
    {
      name: "a dash among printed parts counts as 0: 公务用车 年初预算数 '—' leaves 合计 2.00 + 0.55 ≠ 8.55",
      workbook: workbook(ok09({ vehicle: ["—", 6, 5.2] })),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开09表!C4", "公开09表!C5", "公开09表!C6", "公开09表!C9"],
          expected: "2.55",
          actual: "8.55",
          difference: "6.00",
        },
      ],
    },
  ],
});
