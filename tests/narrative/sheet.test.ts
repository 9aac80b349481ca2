/**
 * Our 情况说明 sheet's layout (src/engine/narrative/sheet.ts), shared by the CLI's --out and the add-in: the title of
 * the text's kind (our mark), headings and paragraphs in column A, and per chart a data block from column L with the
 * chart's position over C..J.
 */
import Decimal from "decimal.js";
import type { ChartSpec } from "../../src/engine/charts/model";
import {
  isOwnNarrativeTitle,
  NARRATIVE_MARK,
  NARRATIVE_SHEET,
  narrativeSheetLayout,
  narrativeSheetRows,
  narrativeTitle,
} from "../../src/engine/narrative/sheet";

const pt = (label: string, v: string) => ({ label, value: new Decimal(v), cells: [] });

function pie(n: number): ChartSpec {
  const points = Array.from({ length: n }, (_, i) => pt(`类${i + 1}`, `${i + 1}.005`));
  return {
    id: "fiscal-structure",
    title: "财政拨款支出结构图",
    kind: "pie",
    unit: "万元",
    categories: points.map((p) => p.label),
    series: [{ name: "本年", points }],
    section: 4,
  };
}

const totals: ChartSpec = {
  id: "totals",
  title: "收入、支出决算总计对比图（单位：万元）",
  kind: "column",
  unit: "万元",
  categories: ["收入总计", "支出总计"],
  series: [
    { name: "上年", points: [pt("收入总计", "587.09"), null] },
    { name: "本年", points: [pt("收入总计", "11229.01"), pt("支出总计", "11229.01")] },
  ],
  section: 0,
};

describe("titles", () => {
  test("the kind decides the title; both end with our mark", () => {
    expect(narrativeTitle("final")).toBe("部门决算情况说明（预决算校验助手生成）");
    expect(narrativeTitle("budget")).toBe("部门预算情况说明（预决算校验助手生成）");
    expect(narrativeTitle("final").endsWith(NARRATIVE_MARK)).toBe(true);
    expect(NARRATIVE_SHEET).toBe("情况说明");
  });

  test("isOwnNarrativeTitle: ours (either kind, spaces around) — never a user's title or a non-string", () => {
    expect(isOwnNarrativeTitle(narrativeTitle("final"))).toBe(true);
    expect(isOwnNarrativeTitle(` ${narrativeTitle("budget")}  `)).toBe(true);
    expect(isOwnNarrativeTitle("2024年度部门决算情况说明")).toBe(false);
    expect(isOwnNarrativeTitle("情况说明（预决算校验助手生成）的说明")).toBe(false);
    expect(isOwnNarrativeTitle(null)).toBe(false);
    expect(isOwnNarrativeTitle(undefined)).toBe(false);
    expect(isOwnNarrativeTitle(12)).toBe(false);
  });
});

test("narrativeSheetRows: title, then per section its heading and paragraphs joined (slots as 【待填写：…】)", () => {
  const rows = narrativeSheetRows(
    [
      {
        heading: "一、收入决算情况说明",
        paragraphs: [{ segments: [{ text: "本年收入合计" }, { missing: "上年数" }] }],
      },
      { heading: "二、支出决算情况说明", paragraphs: [] },
    ],
    "budget",
  );
  expect(rows).toEqual([
    { text: "部门预算情况说明（预决算校验助手生成）", kind: "title" },
    { text: "一、收入决算情况说明", kind: "heading" },
    { text: "本年收入合计【待填写：上年数】", kind: "paragraph" },
    { text: "二、支出决算情况说明", kind: "heading" },
  ]);
  expect(narrativeSheetRows([])[0].text).toBe(narrativeTitle("final"));
});

describe("narrativeSheetLayout", () => {
  const rows = narrativeSheetRows([]);

  test("a chart's block: caption at L2, header + one row per category, the chart over C2:J17", () => {
    const layout = narrativeSheetLayout(rows, [totals]);
    expect(layout.name).toBe(NARRATIVE_SHEET);
    expect(layout.textWidthChars).toBe(100);
    const [b] = layout.blocks;
    expect([b.caption, b.data, b.from, b.to]).toEqual(["L2", "L3:N5", "C2", "J17"]);
    expect(b.cells).toEqual([
      ["项目", "上年", "本年"],
      ["收入总计", 587.09, 11229.01],
      ["支出总计", null, 11229.01], // unknown stays empty, never 0
    ]);
  });

  test("charts stacked with a one-row gap: the second starts at row 19", () => {
    const b = narrativeSheetLayout(rows, [totals, pie(3)]).blocks;
    expect([b[1].caption, b[1].data, b[1].from, b[1].to]).toEqual(["L19", "L20:M23", "C19", "J34"]);
  });

  test("amounts rounded half-up to the cent (1.005 → 1.01)", () => {
    const [b] = narrativeSheetLayout(rows, [pie(2)]).blocks;
    expect(b.cells.slice(1)).toEqual([
      ["类1", 1.01],
      ["类2", 2.01],
    ]);
  });

  test("a block longer than its chart pushes the next chart and block below it (no overlap)", () => {
    const b = narrativeSheetLayout(rows, [pie(20), totals]).blocks;
    expect(b[0].data).toBe("L3:M23"); // 20 类 + header, rows 3..23, longer than the 16-row chart
    expect(b[1].caption).toBe("L25");
    expect(b[1].from).toBe("C25");
  });

  test("a custom sheet name (情况说明(2)) is kept; no charts → no blocks", () => {
    const layout = narrativeSheetLayout(rows, [], "情况说明(2)");
    expect(layout.name).toBe("情况说明(2)");
    expect(layout.blocks).toEqual([]);
    expect(layout.rows).toBe(rows);
  });
});
