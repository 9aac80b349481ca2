import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { suspiciousPlacement } from "../../src/engine/rules/suspicious-placement";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开03表: code A, name B, 本年支出合计 C, 基本支出 D, 项目支出 E; data from sheet row 4. */
const H03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
const t03 = (rows: CellValue[][]) => sheet("公开03表", [["支出决算表"], ["单位：万元"], H03, ...rows]);
const t05 = (rows: CellValue[][]) =>
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ...rows,
  ]);
const t02 = (rows: CellValue[][]) =>
  sheet("公开02表", [
    ["收入决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"],
    ...rows,
  ]);

/** 公开06表 with 人员经费 (A:C) and 公用经费 (D:F) blocks; data from sheet row 5. */
const t06 = (rows: CellValue[][]) =>
  sheet(
    "公开06表",
    [
      ["一般公共预算财政拨款基本支出决算表"],
      ["单位：万元"],
      ["人员经费", null, null, "公用经费", null, null],
      ["科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"],
      ...rows,
    ],
    { merges: ["A3:C3", "D3:F3"] },
  );

/** seed000's 21015 款 in 03表: 39.64 of 项目支出 under 2101501 行政运行 (E5). */
const seed000rows: CellValue[][] = [
  [null, "合计", 285.01, 155.99, 129.02],
  ["2101501", "行政运行", 195.63, 155.99, 39.64],
  ["2101506", "医疗保障经办事务", 13.4, 0, 13.4],
  ["2101599", "其他医疗保障管理事务支出", 75.98, 0, 75.98],
];

ruleTester.run("suspicious-placement", suspiciousPlacement, {
  valid: [
    {
      name: "行政运行/事业运行 hold only 基本支出, 医疗救助 only 项目支出, 公用经费 spread over several 款",
      workbook: workbook(
        t03([
          [null, "合计", 300, 200, 100],
          ["2101501", "行政运行", 150, 150, 0],
          ["2101550", "事业运行", 50, 50, null],
          ["2101301", "城乡医疗救助", 60, null, 60],
          ["2101599", "其他医疗保障管理事务支出", 40, 0, 40],
        ]),
        t06([
          ["301", "工资福利支出", 180, "302", "商品和服务支出", 20],
          [null, null, null, "30201", "办公费", 8],
          [null, null, null, "30211", "差旅费", 6],
          [null, null, null, "30229", "福利费", 6],
        ]),
      ),
    },
    {
      name: "an xx01 项 that is not 行政运行 (2080501 行政单位离退休) may carry 项目支出",
      workbook: workbook(
        t03([
          [null, "合计", 10, 0, 10],
          ["2080501", "行政单位离退休", 10, 0, 10],
        ]),
      ),
    },
    {
      name: "a catch-all 其他 项 holding exactly half is not more than half",
      workbook: workbook(
        t02([
          [null, "合计", 100, 100],
          ["2101399", "其他医疗救助支出", 50, 50],
          ["2101550", "事业运行", 50, 50],
        ]),
      ),
    },
    {
      name: "a workbook with none of 02/03/05/06表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
  ],
  invalid: [
    {
      name: "seed000: 项目支出 39.64 under 2101501 行政运行 (warning at the 项目支出 cell)",
      workbook: workbook(t03(seed000rows)),
      errors: [
        {
          messageId: "projectInRunning",
          cells: ["公开03表!E5", "公开03表!A5"],
          severity: "warning",
          expected: "0.00",
          actual: "39.64",
          difference: "39.64",
          message:
            "2101501 行政运行列有项目支出 39.64：“行政运行”项反映单位的基本支出，项目支出一般应列入本款的其他项（如“其他…支出”或专项业务项），请核实",
        },
      ],
    },
    {
      name: "the same placement repeated in 05表 is reported once, on 03表",
      workbook: workbook(t03(seed000rows), t05(seed000rows)),
      errors: [{ messageId: "projectInRunning", cells: ["公开03表!E5", "公开03表!A5"] }],
    },
    {
      name: "two units' 03表 (one sheet each): each is checked",
      workbook: workbook(t03(seed000rows), { ...t03(seed000rows), name: "单位2 公开03表" }),
      errors: [
        { messageId: "projectInRunning", cells: ["公开03表!E5", "公开03表!A5"] },
        { messageId: "projectInRunning", cells: ["单位2 公开03表!E5", "单位2 公开03表!A5"] },
      ],
    },
    {
      name: "without 03表 the placement is found in 05表 (2101550 事业运行, seed002)",
      workbook: workbook(
        t05([
          [null, "合计", 628.04, 569.54, 58.5],
          ["2101550", "事业运行", 628.04, 569.54, 58.5],
        ]),
      ),
      errors: [
        {
          messageId: "projectInRunning",
          cells: ["公开05表!E5", "公开05表!A5"],
          actual: "58.50",
          message: /“事业运行”项/,
        },
      ],
    },
    {
      name: "seed001: 2101301 城乡医疗救助 204.92 booked as 基本支出, and as 30229 福利费 (86.7% of 302)",
      workbook: workbook(
        t03([
          [null, "合计", 274.67, 274.67, null],
          ["2101501", "行政运行", 69.75, 69.75, null],
          ["2101301", "城乡医疗救助", 204.92, 204.92, null],
        ]),
        t06([
          ["301", "工资福利支出", 38.4, "302", "商品和服务支出", 236.27],
          [null, null, null, "30201", "办公费", 31.35],
          [null, null, null, "30229", "福利费", 204.92],
        ]),
      ),
      errors: [
        {
          messageId: "dominantPublicItem",
          cells: ["公开06表!F7", "公开06表!F5"],
          severity: "warning",
          expected: "0.00",
          actual: "204.92",
          difference: "204.92",
          message:
            "30229 福利费 204.92 占商品和服务支出 236.27 的 86.7%，单个科目占比异常偏高，请核实是否将其他性质的支出列入了该科目",
        },
        {
          messageId: "basicInTransfer",
          cells: ["公开03表!D6", "公开03表!A6"],
          severity: "warning",
          actual: "204.92",
          difference: "204.92",
          message:
            "2101301 城乡医疗救助列有基本支出 204.92：21013 医疗救助属于对个人、基金的补助性支出，一般应列为项目支出，请核实",
        },
      ],
    },
    {
      name: "seed002: 2101399 其他医疗救助支出 holds 94.2% of 本年收入合计 (on 02表, the first table listing it)",
      workbook: workbook(
        t02([
          [null, "合计", 11229.01, 11208.44],
          ["2101399", "其他医疗救助支出", 10580.4, 10580.4],
          ["2101550", "事业运行", 648.61, 628.04],
        ]),
        t03([
          [null, "合计", 11229.01, 590.11, 10638.9],
          ["2101399", "其他医疗救助支出", 10580.4, 0, 10580.4],
          ["2101550", "事业运行", 648.61, 590.11, 58.5],
        ]),
      ),
      errors: [
        {
          messageId: "projectInRunning",
          cells: ["公开03表!E6", "公开03表!A6"],
          actual: "58.50",
        },
        {
          messageId: "catchAllShare",
          cells: ["公开02表!C5", "公开02表!C4"],
          severity: "warning",
          actual: "10580.40",
          message:
            "2101399 其他医疗救助支出 10580.40 占合计行“本年收入合计”11229.01 的 94.2%：大部分资金列在“其他”项下，请核实是否有更具体的科目",
        },
      ],
    },
    {
      name: "a lower publicItemShare option reports a 302 款 above it",
      options: { publicItemShare: "0.3" },
      workbook: workbook(
        t06([
          ["301", "工资福利支出", 10, "302", "商品和服务支出", 10],
          [null, null, null, "30201", "办公费", 4],
          [null, null, null, "30211", "差旅费", 3],
          [null, null, null, "30239", "其他交通费用", 3],
        ]),
      ),
      errors: [
        {
          messageId: "dominantPublicItem",
          cells: ["公开06表!F6", "公开06表!F5"],
          message: /占商品和服务支出 10\.00 的 40\.0%/,
        },
      ],
    },
  ],
});

test("an option outside (0, 1) stops the rule: not evaluated, with the reason", () => {
  const wb = workbook(t03(seed000rows));
  const out = runRules(recognize(wb), [suspiciousPlacement], {
    options: { "suspicious-placement": { catchAllShare: "1.5" } },
  });
  expect(out.findings).toEqual([]);
  expect(out.rules[0].status).toBe("not-evaluated");
  expect(out.rules[0].reasons?.[0]).toContain("选项 catchAllShare 必须是 0 到 1 之间的小数（收到 1.5）");
});
