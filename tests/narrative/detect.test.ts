/**
 * Finding the 情况说明 sheet (src/engine/narrative/check/detect.ts) when it is our own generated sheet: its text is
 * column A (the chart data blocks from column L share rows with the paragraphs and are not part of them), and it
 * qualifies by column A alone — the blocks' short labels and numbers would otherwise outnumber the sentences.
 */
import Decimal from "decimal.js";
import type { ChartSpec } from "../../src/engine/charts/model";
import { parseA1 } from "../../src/engine/address";
import { detectNarrativeSheet, narrativeTextOfSheet } from "../../src/engine/narrative/check";
import { narrativeSheetLayout, narrativeTitle, type NarrativeSheetRow } from "../../src/engine/narrative/sheet";
import { createSnapshot, type CellValue } from "../../src/engine/snapshot";

const PARAGRAPHS = [
  "2024年度收入总计、支出总计均为1,049.22万元，与上年相比收入总计、支出总计均增加43.03万元，增长4.28%。",
  "2024年度本年收入合计1,049.22万元，其中：财政拨款收入1,049.22万元，占100%。",
  "2024年度本年支出合计1,049.22万元，其中：基本支出888.32万元，占84.66%；项目支出160.90万元，占15.34%。",
];

function chart(id: ChartSpec["id"], categories: string[], values: string[][], series: string[]): ChartSpec {
  return {
    id,
    title: `${id} 图（单位：万元）`,
    kind: "column",
    unit: "万元",
    categories,
    series: series.map((name, s) => ({
      name,
      points: categories.map((label, c) => ({ label, value: new Decimal(values[s][c]), cells: [] })),
    })),
    section: 0,
  };
}

/** Our sheet as a host writes it (the CLI through ExcelJS, the add-in through the gateway): a grid of values. */
function ourSheetValues(title = narrativeTitle("final")): CellValue[][] {
  const rows: NarrativeSheetRow[] = [
    { text: title, kind: "title" },
    { text: "一、收入支出决算总体情况说明", kind: "heading" },
    { text: PARAGRAPHS[0], kind: "paragraph" },
    { text: "二、收入决算情况说明", kind: "heading" },
    { text: PARAGRAPHS[1], kind: "paragraph" },
    { text: "三、支出决算情况说明", kind: "heading" },
    { text: PARAGRAPHS[2], kind: "paragraph" },
  ];
  const layout = narrativeSheetLayout(rows, [
    chart(
      "totals",
      ["收入总计", "支出总计"],
      [
        ["1006.19", "1006.19"],
        ["1049.22", "1049.22"],
      ],
      ["上年", "本年"],
    ),
    chart("expense-structure", ["基本支出", "项目支出"], [["888.32", "160.90"]], ["本年"]),
  ]);
  const grid: CellValue[][] = [];
  const set = (r: number, c: number, v: CellValue) => {
    while (grid.length <= r) grid.push([]);
    while (grid[r].length <= c) grid[r].push(null);
    grid[r][c] = v;
  };
  layout.rows.forEach((row, r) => set(r, 0, row.text));
  for (const b of layout.blocks) {
    const cap = parseA1(b.caption);
    set(cap.row, cap.col, b.chart.title);
    const start = parseA1(b.data.split(":")[0]);
    b.cells.forEach((row, r) => row.forEach((v, c) => set(start.row + r, start.col + c, v)));
  }
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}

test("our generated sheet qualifies by column A, though its data blocks outnumber the sentences", () => {
  const values = ourSheetValues();
  // The blocks really share rows with the text: row 3 (A3) holds a paragraph and the 上年/本年 header.
  expect(values[2][0]).toBe(PARAGRAPHS[0]);
  expect(values[2].slice(11, 14)).toEqual(["项目", "上年", "本年"]);
  const snapshot = createSnapshot([{ name: "情况说明", values }]);
  const sheet = detectNarrativeSheet(snapshot);
  expect(sheet?.name).toBe("情况说明");
});

test("its text is column A only, one paragraph per row — the blocks are not joined into the paragraphs", () => {
  const snapshot = createSnapshot([{ name: "情况说明", values: ourSheetValues() }]);
  const text = narrativeTextOfSheet(detectNarrativeSheet(snapshot)!);
  expect(text.split("\n")).toEqual([
    narrativeTitle("final"),
    "一、收入支出决算总体情况说明",
    PARAGRAPHS[0],
    "二、收入决算情况说明",
    PARAGRAPHS[1],
    "三、支出决算情况说明",
    PARAGRAPHS[2],
  ]);
  expect(text).not.toContain("项目上年本年");
  expect(text).not.toContain("totals 图");
  expect(text).not.toContain("1006.19");
});

test("the budget title (and a sheet renamed 情况说明(2)) is ours too", () => {
  const snapshot = createSnapshot([{ name: "情况说明(2)", values: ourSheetValues(narrativeTitle("budget")) }]);
  const text = narrativeTextOfSheet(detectNarrativeSheet(snapshot)!);
  expect(text.split("\n")[0]).toBe("部门预算情况说明（预决算校验助手生成）");
  expect(text).not.toContain("888.32\n");
  expect(text.split("\n")).toHaveLength(7);
});

test("a user's sheet is read as before: every cell of a row joined", () => {
  const values: CellValue[][] = [
    ["情况说明", null],
    [PARAGRAPHS[0], "（续）"],
    [PARAGRAPHS[1], null],
    [PARAGRAPHS[2], null],
  ];
  const text = narrativeTextOfSheet(detectNarrativeSheet(createSnapshot([{ name: "情况说明", values }]))!);
  expect(text.split("\n")[1]).toBe(`${PARAGRAPHS[0]}（续）`);
});

test("the same grid without our title, i.e. a user's sheet full of numbers, does not qualify", () => {
  const values = ourSheetValues();
  values[0][0] = "情况说明";
  expect(detectNarrativeSheet(createSnapshot([{ name: "Sheet1", values }]))).toBeNull();
});

test("our sheet with only its title (no paragraph) is no 情况说明", () => {
  const values: CellValue[][] = [[narrativeTitle("final")], ["一、收入支出决算总体情况说明"]];
  expect(detectNarrativeSheet(createSnapshot([{ name: "情况说明", values }]))).toBeNull();
});
