/**
 * Our 情况说明 sheet and the user's 补充数据 sheet through the office-js gateway on the FakeExcel (seeded from the seed001
 * workbook), and through the in-memory DemoGateway.
 */
import Decimal from "decimal.js";
import type { ChartSpec } from "../../src/engine/charts/model";
import { gatherInputs } from "../../src/engine/inputs";
import { buildSupplementSheet, readSupplementSheet, SUPPLEMENT_SHEET } from "../../src/engine/inputs/supplement";
import { generateNarrative } from "../../src/engine/narrative";
import {
  isOwnNarrativeTitle,
  NARRATIVE_SHEET,
  narrativeSheetLayout,
  narrativeSheetRows,
  narrativeTitle,
  type NarrativeSheetLayout,
} from "../../src/engine/narrative/sheet";
import { recognize } from "../../src/engine/recognize";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/snapshot";
import { GatewayError } from "../../src/excel/gateway";
import { EXCEL_MESSAGES, excelMessage } from "../../src/excel/messages";
import {
  columnWidthPoints,
  narrativeCells,
  SUPPLEMENT_AMOUNT_HEADERS,
  supplementCells,
} from "../../src/excel/sheetCells";
import { SUPPLEMENT_HEADER } from "../../src/engine/inputs/supplement";
import { DemoGateway } from "../../src/taskpane/demo/DemoGateway";
import type { FakeWorkbook } from "../support/fake-excel";
import { fakeFromFixture } from "../support/fake-excel/seed";
import { fixtureSnapshot } from "../support/fixtures";
import { LEDGER_KEY, type Ledger } from "../../src/excel/ledger";
import { gatewayOn, planFor, resetCounters } from "./helpers";

const NAME = "seed001-danfeng-2024-final";

function point(label: string, value: string) {
  return { label, value: new Decimal(value), cells: [] };
}

/** Two charts as the 情况说明 carries them: a column chart 上年 vs 本年, and a pie. */
const CHARTS: ChartSpec[] = [
  {
    id: "totals",
    title: "收入、支出决算总计对比图（单位：万元）",
    kind: "column",
    unit: "万元",
    categories: ["收入总计", "支出总计"],
    series: [
      { name: "上年", points: [point("收入总计", "1049.2249"), point("支出总计", "1001.5")] },
      { name: "本年", points: [point("收入总计", "1200.005"), null] },
    ],
    section: 0,
  },
  {
    id: "expense-structure",
    title: "支出结构图（单位：万元）",
    kind: "pie",
    unit: "万元",
    categories: ["基本支出", "项目支出"],
    series: [{ name: "本年", points: [point("基本支出", "800.10"), point("项目支出", "199.90")] }],
    section: 2,
  },
];

/** The 情况说明 generated from the workbook's own tables (the standard template), with the two charts. */
function layoutFor(snap: WorkbookSnapshot, charts: ReadonlyArray<ChartSpec> = CHARTS): NarrativeSheetLayout {
  const { tables } = recognize(snap);
  const narrative = generateNarrative(tables, gatherInputs(tables, snap).inputs, { templates: "standard", year: 2024 });
  return narrativeSheetLayout(narrativeSheetRows(narrative.sections), charts);
}

/** Every original sheet's values, formulas, fills, notes, widths and charts, for before/after comparisons. */
function originals(fake: FakeWorkbook, names: ReadonlyArray<string>) {
  return names.map((n) => {
    const s = fake.sheet(n);
    return {
      name: s.name,
      cells: [...s.cells.entries()].map(([k, c]) => [k, { ...c }]),
      notes: [...s.notes],
      widths: [...s.columnWidths],
      bold: [...s.bold],
      charts: s.charts.map((c) => ({ ...c })),
    };
  });
}

async function seeded(extras: Parameters<typeof fakeFromFixture>[1] = {}) {
  const fake = fakeFromFixture(NAME, { fills: { 公开01表: { A1: "#DDEBF7", B5: "#FFFF00" } }, ...extras });
  const gw = gatewayOn(fake);
  const snap = await gw.readSnapshot({ formulas: true });
  return { fake, gw, snap, sheetNames: fake.sheets.map((s) => s.name) };
}

describe("OfficeGateway.writeNarrative", () => {
  test("writes 情况说明 in one sync: the text in column A, the blocks, one chart per block; nothing else changes", async () => {
    const { fake, gw, snap, sheetNames } = await seeded();
    const layout = layoutFor(snap);
    expect(layout.rows.length).toBeGreaterThan(10);
    const before = originals(fake, sheetNames);
    const fillsBefore = fake.fills();
    resetCounters(fake);

    const res = await gw.writeNarrative(layout);
    expect(fake.syncCount).toBe(1);
    expect(res).toEqual({ sheet: NARRATIVE_SHEET, rows: layout.rows.length, charts: 2 });
    expect(res.chartsSkipped).toBeUndefined();

    const ws = fake.sheet(NARRATIVE_SHEET);
    expect(fake.sheets.map((s) => s.name)).toEqual([...sheetNames, NARRATIVE_SHEET]);
    expect(fake.cell(NARRATIVE_SHEET, "A1")?.value).toBe(narrativeTitle("final"));
    expect(isOwnNarrativeTitle(fake.cell(NARRATIVE_SHEET, "A1")?.value as string)).toBe(true);
    layout.rows.forEach((r, i) => {
      const cell = fake.cell(NARRATIVE_SHEET, `A${i + 1}`);
      expect(cell?.value).toBe(r.text);
      expect(cell?.numberFormat).toBe("@");
    });
    const lastRow = layout.rows.length;
    expect(ws.wrap.has(`A1:A${lastRow}`)).toBe(true);
    expect(ws.verticalAlignment.get(`A1:A${lastRow}`)).toBe("Top");
    expect(ws.autofitRows.has(`A1:A${lastRow}`)).toBe(true);
    expect(ws.columnWidths.get(0)).toBe(columnWidthPoints(layout.textWidthChars));
    expect(ws.columnWidths.get(0)).toBeCloseTo(528.75);
    expect(ws.bold.has("A1")).toBe(true);
    expect(ws.fontSizes.get("A1")).toBe(14);
    const headings = layout.rows.flatMap((r, i) => (r.kind === "heading" ? [i + 1] : []));
    expect(headings.length).toBeGreaterThan(3);
    const boldRows = new Set<number>();
    for (const rect of ws.bold) {
      const m = /^A(\d+)(?::A(\d+))?$/.exec(rect);
      if (!m) continue;
      for (let r = Number(m[1]); r <= Number(m[2] ?? m[1]); r++) boldRows.add(r);
    }
    expect([...boldRows].sort((a, b) => a - b)).toEqual([1, ...headings]);

    // The blocks: caption, header, categories, amounts rounded to the cent (an unknown amount stays empty).
    const [totals, pie] = layout.blocks;
    expect(totals.caption).toBe("L2");
    expect(fake.cell(NARRATIVE_SHEET, "L2")?.value).toBe(CHARTS[0].title);
    expect(ws.bold.has("L2")).toBe(true);
    expect(fake.cell(NARRATIVE_SHEET, "L3")?.value).toBe("项目");
    expect(fake.cell(NARRATIVE_SHEET, "M3")?.value).toBe("上年");
    expect(fake.cell(NARRATIVE_SHEET, "N3")?.value).toBe("本年");
    expect(fake.cell(NARRATIVE_SHEET, "L4")).toMatchObject({ value: "收入总计", numberFormat: "@" });
    expect(fake.cell(NARRATIVE_SHEET, "M4")).toMatchObject({ value: 1049.22, numberFormat: "#,##0.00" });
    expect(fake.cell(NARRATIVE_SHEET, "N4")).toMatchObject({ value: 1200.01, numberFormat: "#,##0.00" });
    expect(fake.cell(NARRATIVE_SHEET, "N5")?.value ?? null).toBeNull();
    for (const b of layout.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((v, j) => {
          const at = String.fromCharCode("L".charCodeAt(0) + j) + (Number(b.data.slice(1, b.data.indexOf(":"))) + i);
          expect(fake.cell(NARRATIVE_SHEET, at)?.value ?? null).toBe(v === "" ? null : v);
        }),
      );
    }

    // One native chart per block, over its data, titled and placed as the layout says.
    expect(fake.charts()).toEqual({
      [NARRATIVE_SHEET]: [
        expect.objectContaining({
          type: "ColumnClustered",
          source: totals.data,
          seriesBy: "Columns",
          title: CHARTS[0].title,
          legendVisible: true,
          from: totals.from,
          to: totals.to,
        }),
        expect.objectContaining({
          type: "Pie",
          source: pie.data,
          seriesBy: "Columns",
          title: CHARTS[1].title,
          legendVisible: true,
          from: pie.from,
          to: pie.to,
        }),
      ],
    });
    expect(totals).toMatchObject({ data: "L3:N5", from: "C2", to: "J17" });

    // Shown from its title; the other sheets exactly as they were.
    expect(fake.activeSheet).toBe(NARRATIVE_SHEET);
    expect(fake.selection).toEqual({ sheet: NARRATIVE_SHEET, address: "A1" });
    expect(originals(fake, sheetNames)).toEqual(before);
    expect(fake.fills(sheetNames)).toEqual(fillsBefore);
    expect(fake.unloadedReads).toEqual([]);
    expect(fake.runs.at(-1)?.options).toEqual({ delayForCellEdit: true });
  });

  test("text that looks like a number or a formula is stored as text", async () => {
    const { fake, gw } = await seeded();
    const layout = narrativeSheetLayout(
      [
        { text: narrativeTitle("final"), kind: "title" },
        { text: "2080505", kind: "paragraph" },
        { text: "=SUM(A1:A2)", kind: "paragraph" },
      ],
      [],
    );
    const res = await gw.writeNarrative(layout);
    expect(res).toEqual({ sheet: NARRATIVE_SHEET, rows: 3, charts: 0 });
    expect(fake.cell(NARRATIVE_SHEET, "A2")).toMatchObject({ value: "2080505", numberFormat: "@" });
    expect(fake.cell(NARRATIVE_SHEET, "A3")).toMatchObject({ value: "=SUM(A1:A2)", numberFormat: "@" });
    expect(fake.cell(NARRATIVE_SHEET, "A3")?.formula).toBeUndefined();
    expect(fake.charts()).toEqual({});
  });

  test("writing again replaces our sheet: one sheet of ours, the same charts — with or without a read between", async () => {
    const { fake, gw, snap, sheetNames } = await seeded();
    const layout = layoutFor(snap);
    await gw.writeNarrative(layout);
    resetCounters(fake);
    await gw.writeNarrative(layout); // no read: the gateway knows the sheet it added is ours
    expect(fake.syncCount).toBe(1);
    await gw.readSnapshot();
    resetCounters(fake);
    const res = await gw.writeNarrative(layoutFor(snap, CHARTS.slice(0, 1)));
    expect(fake.syncCount).toBe(1);
    expect(res).toMatchObject({ sheet: NARRATIVE_SHEET, charts: 1 });
    expect(fake.sheets.map((s) => s.name)).toEqual([...sheetNames, NARRATIVE_SHEET]);
    expect(fake.charts()[NARRATIVE_SHEET]).toHaveLength(1);
    // The rows of the earlier, longer write are gone with the sheet.
    expect(fake.cell(NARRATIVE_SHEET, "L20")).toBeUndefined();
    await gw.writeNarrative(layout);
    expect(fake.charts()[NARRATIVE_SHEET]).toHaveLength(2);
    expect(fake.sheets.filter((s) => s.name.startsWith(NARRATIVE_SHEET))).toHaveLength(1);
  });

  test("a user's own 情况说明 is kept; ours goes to 情况说明(2), and is replaced there next time", async () => {
    const fake = fakeFromFixture(NAME);
    const user = fake.addSheet(NARRATIVE_SHEET);
    user.cells.set("0,0", { value: "我们自己写的情况说明" });
    user.cells.set("1,0", { value: "一、部门职责" });
    const userBefore = originals(fake, [NARRATIVE_SHEET]);
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    expect(snap.sheets.some((s) => s.name === NARRATIVE_SHEET)).toBe(true);
    const layout = layoutFor(snap);
    const res = await gw.writeNarrative(layout);
    expect(res.sheet).toBe("情况说明(2)");
    expect(fake.cell("情况说明(2)", "A1")?.value).toBe(narrativeTitle("final"));
    expect(originals(fake, [NARRATIVE_SHEET])).toEqual(userBefore);
    await gw.readSnapshot();
    const res2 = await gw.writeNarrative(layout);
    expect(res2.sheet).toBe("情况说明(2)");
    expect(fake.sheets.filter((s) => s.name.startsWith(NARRATIVE_SHEET)).map((s) => s.name)).toEqual([
      NARRATIVE_SHEET,
      "情况说明(2)",
    ]);
    expect(fake.charts()).toEqual({ "情况说明(2)": expect.any(Array) });
    expect(originals(fake, [NARRATIVE_SHEET])).toEqual(userBefore);
  });

  test("a sheet named 情况说明 added by the user after the read is not overwritten (read again, ours beside it)", async () => {
    const { fake, gw, snap } = await seeded();
    const user = fake.addSheet(NARRATIVE_SHEET);
    user.cells.set("0,0", { value: "用户刚建的表" });
    const res = await gw.writeNarrative(layoutFor(snap));
    expect(res.sheet).toBe("情况说明(2)");
    expect(fake.cell(NARRATIVE_SHEET, "A1")?.value).toBe("用户刚建的表");
    expect(fake.sheet(NARRATIVE_SHEET).cells.size).toBe(1);
  });

  test("our sheet replaced by a user's sheet of that name after the read: theirs is kept, ours goes beside it", async () => {
    const { fake, gw, snap } = await seeded();
    await gw.writeNarrative(layoutFor(snap));
    fake.sheets = fake.sheets.filter((s) => s.name !== NARRATIVE_SHEET);
    const user = fake.addSheet(NARRATIVE_SHEET);
    user.cells.set("0,0", { value: "用户自己写的情况说明" });
    const res = await gw.writeNarrative(layoutFor(snap));
    expect(res.sheet).toBe("情况说明(2)");
    expect(fake.cell(NARRATIVE_SHEET, "A1")?.value).toBe("用户自己写的情况说明");
    expect(fake.sheet(NARRATIVE_SHEET).cells.size).toBe(1);
    expect(fake.cell("情况说明(2)", "A1")?.value).toBe(narrativeTitle("final"));
  });

  test("the pane's 情况说明 edits survive in the document's state (saveState → loadState)", async () => {
    const { gw } = await seeded();
    const narrative = {
      edits: { "prior:01.income.total": "1,006.19", "reason:change:05:2080505": "调资" },
      templates: "shaanxi-danfeng",
    };
    await gw.saveState({ ignored: ["x"], narrative });
    expect(await gw.loadState()).toEqual({ ignored: ["x"], narrative });
  });

  test("our sheet deleted by the user after the read: read again, written afresh", async () => {
    const { fake, gw, snap } = await seeded();
    await gw.writeNarrative(layoutFor(snap));
    fake.sheets = fake.sheets.filter((s) => s.name !== NARRATIVE_SHEET);
    const res = await gw.writeNarrative(layoutFor(snap));
    expect(res.sheet).toBe(NARRATIVE_SHEET);
    expect(fake.charts()[NARRATIVE_SHEET]).toHaveLength(2);
  });

  test("marks a check left on our sheet go with it: the ledger forgets them, 清除标记 still works without a read", async () => {
    const { fake, gw, snap } = await seeded();
    await gw.writeNarrative(layoutFor(snap));
    const marks = [
      {
        sheet: NARRATIVE_SHEET,
        address: "A3",
        severity: "error" as const,
        fill: "FFC7CE",
        note: "数字不符",
        findings: [1],
      },
      { sheet: "公开01表", address: "B6", severity: "warning" as const, fill: "FCD5B4", note: "尾差", findings: [2] },
    ];
    await gw.applyPlan({ ...planFor({ sheets: [] }), marks });
    expect(fake.sheet(NARRATIVE_SHEET).notes.has("A3")).toBe(true);
    resetCounters(fake);
    await gw.writeNarrative(layoutFor(snap));
    expect(fake.syncCount).toBe(1);
    const ledger = JSON.parse(JSON.parse(fake.settings.get(LEDGER_KEY)!) as string) as Ledger;
    expect(Object.keys(ledger.fills)).toEqual(["公开01表"]);
    expect(Object.keys(ledger.notes)).toEqual(["公开01表"]);
    expect(await gw.clearMarks()).toEqual({ restored: 1 });
    expect(fake.fillOf("公开01表", "B6")).toBeUndefined();
    expect(fake.sheet(NARRATIVE_SHEET).notes.size).toBe(0);
    expect(fake.fills([NARRATIVE_SHEET])).toEqual({});
  });

  test("re-reading after the write: our 情况说明 is in the snapshot with its text (checked like any text)", async () => {
    const { gw, snap } = await seeded();
    const layout = layoutFor(snap);
    await gw.writeNarrative(layout);
    const again = await gw.readSnapshot();
    const ours = again.sheets.find((s) => s.name === NARRATIVE_SHEET);
    expect(ours).toBeDefined();
    expect(ours!.values.map((r) => r[0]).slice(0, layout.rows.length)).toEqual(layout.rows.map((r) => r.text));
    expect(ours!.numberFormats?.A2).toBe("@");
    expect(ours!.values[2][11]).toBe("项目"); // L3, the first block's header
    // The tables are recognised as before.
    expect(recognize(again).tables.map((t) => t.id)).toEqual(recognize(snap).tables.map((t) => t.id));
  });

  test("a protected workbook structure: refused with a Chinese message, nothing written", async () => {
    const { fake, gw, snap, sheetNames } = await seeded();
    fake.structureProtected = true;
    await gw.readSnapshot();
    resetCounters(fake);
    const err = await gw.writeNarrative(layoutFor(snap)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({
      messageId: "excel.narrativeStructureProtected",
      message: EXCEL_MESSAGES["excel.narrativeStructureProtected"],
    });
    expect((err as Error).message).toMatch(/工作簿结构受保护.*情况说明/);
    expect(fake.syncCount).toBe(0);
    expect(fake.sheets.map((s) => s.name)).toEqual(sheetNames);
  });

  test("without the chart API (requirement set): text and data written, no charts, the reason in Chinese", async () => {
    const fake = fakeFromFixture(NAME);
    fake.apiVersion = "1.0"; // ExcelApi 1.1 (charts) not supported
    const gw = gatewayOn(fake);
    expect(gw.capabilities().charts).toBe(false);
    const snap = await gw.readSnapshot();
    resetCounters(fake);
    const layout = layoutFor(snap);
    const res = await gw.writeNarrative(layout);
    expect(fake.syncCount).toBe(1);
    expect(res).toEqual({
      sheet: NARRATIVE_SHEET,
      rows: layout.rows.length,
      charts: 0,
      chartsSkipped: excelMessage("excel.chartsUnsupported"),
    });
    expect(fake.charts()).toEqual({});
    expect(fake.cell(NARRATIVE_SHEET, "L2")?.value).toBe(CHARTS[0].title);
    expect(fake.cell(NARRATIVE_SHEET, "A1")?.value).toBe(narrativeTitle("final"));
    expect(fake.log.some((l) => l.startsWith("ChartCollection"))).toBe(false);
  });

  test("when Excel refuses to add a chart: the sheet is written again without charts, the reason given", async () => {
    const { fake, gw, snap, sheetNames } = await seeded();
    fake.chartFailure = "GeneralException";
    resetCounters(fake);
    const layout = layoutFor(snap);
    const res = await gw.writeNarrative(layout);
    expect(fake.syncCount).toBe(2);
    expect(res).toMatchObject({ sheet: NARRATIVE_SHEET, charts: 0 });
    expect(res.chartsSkipped).toBe(excelMessage("excel.chartsFailed", { detail: "GeneralException" }));
    expect(fake.sheets.map((s) => s.name)).toEqual([...sheetNames, NARRATIVE_SHEET]);
    expect(fake.charts()).toEqual({});
    expect(fake.cell(NARRATIVE_SHEET, `A${layout.rows.length}`)?.value).toBe(layout.rows.at(-1)!.text);
    expect(fake.cell(NARRATIVE_SHEET, "M4")?.value).toBe(1049.22);
    expect(fake.activeSheet).toBe(NARRATIVE_SHEET);
  });

  test("other errors are not retried: a sheet-level failure maps to a Chinese GatewayError", async () => {
    const { fake, gw, snap } = await seeded();
    fake.failNextSync = "InvalidOperationInCellEditMode";
    await expect(gw.writeNarrative(layoutFor(snap))).rejects.toMatchObject({ messageId: "excel.cellEditMode" });
  });

  test("a layout whose first row is not our title is refused (the sheet could never be replaced)", async () => {
    const { fake, gw } = await seeded();
    const layout = narrativeSheetLayout([{ text: "情况说明", kind: "title" }], []);
    await expect(gw.writeNarrative(layout)).rejects.toBeInstanceOf(GatewayError);
    expect(fake.findSheet(NARRATIVE_SHEET)).toBeUndefined();
  });

  test("without a read first, the gateway reads (2 syncs) then writes (1)", async () => {
    const fake = fakeFromFixture(NAME);
    const layout = layoutFor(fixtureSnapshot(NAME));
    const gw = gatewayOn(fake);
    await gw.writeNarrative(layout);
    expect(fake.syncCount).toBe(3);
  });
});

describe("OfficeGateway.createSupplement", () => {
  function rowsFor(snap: WorkbookSnapshot): CellValue[][] {
    return buildSupplementSheet(recognize(snap).tables);
  }

  test("adds 补充数据 in one sync: text as text, numbers as numbers, bold title and header, widths, frozen header", async () => {
    const { fake, gw, snap, sheetNames } = await seeded();
    const rows = rowsFor(snap);
    const before = originals(fake, sheetNames);
    resetCounters(fake);
    expect(await gw.createSupplement(rows)).toEqual({ sheet: SUPPLEMENT_SHEET });
    expect(fake.syncCount).toBe(1);
    const ws = fake.sheet(SUPPLEMENT_SHEET);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.cells.get(`${r},${c}`);
        expect(cell?.value ?? null).toEqual(v);
        if (typeof v === "string") expect(cell?.numberFormat).toBe("@");
        if (typeof v === "number") expect(cell?.numberFormat).toBe("General");
      }),
    );
    // A code stays text ("2080505", not 2080505); the empty amount cells take numbers, the empty reason cells text.
    const coded = rows.findIndex((r) => typeof r[2] === "string" && /^\d{3,7}$/.test(r[2] as string));
    expect(coded).toBeGreaterThan(2);
    expect(typeof ws.cells.get(`${coded},2`)?.value).toBe("string");
    const firstItem = 3;
    expect(ws.cells.get(`${firstItem},5`)?.numberFormat).toBe("General"); // 上年决算数
    expect(ws.cells.get(`${firstItem},7`)?.numberFormat).toBe("@"); // 比上年变动主要原因
    expect(ws.bold.has("A1")).toBe(true);
    expect(ws.fontSizes.get("A1")).toBe(14);
    expect(ws.bold.has("A3:J3")).toBe(true);
    expect(ws.frozenRows).toBe(3);
    expect(ws.columnWidths.get(0)).toBe(columnWidthPoints(22));
    expect(ws.columnWidths.get(7)).toBe(columnWidthPoints(36));
    expect(fake.activeSheet).toBe(SUPPLEMENT_SHEET);
    expect(originals(fake, sheetNames)).toEqual(before);
    expect(fake.unloadedReads).toEqual([]);

    // Read back: the engine finds its keys and no problems.
    const reading = readSupplementSheet(await gw.readSnapshot());
    expect(reading.found).toBe(true);
    expect(reading.problems).toEqual([]);

    // Once there, it is the user's: a second call is refused at once (no sync), naming the sheet.
    ws.cells.set(`${firstItem},5`, { value: 123.45 });
    resetCounters(fake);
    const err = await gw.createSupplement(rows).catch((e: unknown) => e);
    expect(fake.syncCount).toBe(0);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({
      messageId: "excel.supplementExists",
      message: excelMessage("excel.supplementExists", { sheet: SUPPLEMENT_SHEET }),
    });
    expect((err as Error).message).toMatch(/已有“补充数据”工作表.*填写/);
    expect(ws.cells.get(`${firstItem},5`)?.value).toBe(123.45);
  });

  test("the state knows the sheet without a read: refused right after it was created", async () => {
    const { gw, snap } = await seeded();
    await gw.createSupplement(rowsFor(snap));
    await expect(gw.createSupplement(rowsFor(snap))).rejects.toMatchObject({ messageId: "excel.supplementExists" });
  });

  test("a user's 补充数据 is never overwritten — present at the read, or added after it", async () => {
    const fake = fakeFromFixture(NAME);
    fake.addSheet(SUPPLEMENT_SHEET).cells.set("0,0", { value: "我的补充数据" });
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    await expect(gw.createSupplement(rowsFor(snap))).rejects.toMatchObject({ messageId: "excel.supplementExists" });
    expect(fake.sheet(SUPPLEMENT_SHEET).cells.size).toBe(1);

    const { fake: fake2, gw: gw2, snap: snap2 } = await seeded();
    fake2.addSheet(SUPPLEMENT_SHEET).cells.set("0,0", { value: "刚建的" });
    await expect(gw2.createSupplement(rowsFor(snap2))).rejects.toMatchObject({
      messageId: "excel.supplementExists",
    });
    expect([...fake2.sheet(SUPPLEMENT_SHEET).cells.values()]).toEqual([{ value: "刚建的" }]);
    await expect(gw2.createSupplement(rowsFor(snap2))).rejects.toMatchObject({
      messageId: "excel.supplementExists",
    });
  });

  test("a protected workbook structure: refused with a Chinese message", async () => {
    const fake = fakeFromFixture(NAME);
    fake.structureProtected = true;
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    await expect(gw.createSupplement(rowsFor(snap))).rejects.toMatchObject({
      messageId: "excel.supplementStructureProtected",
      message: expect.stringMatching(/工作簿结构受保护.*补充数据/),
    });
    expect(fake.findSheet(SUPPLEMENT_SHEET)).toBeUndefined();
  });
});

describe("sheet cells", () => {
  test("the amount columns named exist in the 补充数据 header", () => {
    for (const h of SUPPLEMENT_AMOUNT_HEADERS) expect(SUPPLEMENT_HEADER).toContain(h);
  });

  test("a cell's text is clipped to Excel's limit; the column width follows Excel's character unit", () => {
    const long = "说".repeat(40_000);
    const cells = narrativeCells(
      narrativeSheetLayout(
        [
          { text: narrativeTitle("final"), kind: "title" },
          { text: long, kind: "paragraph" },
        ],
        [],
      ),
    );
    expect(String(cells.text.values[1][0]).length).toBe(32_767);
    expect(columnWidthPoints(0)).toBe(3.75);
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  test("supplement rows without a header: everything text, nothing frozen", () => {
    const cells = supplementCells([["标题"], ["a", 1, null]]);
    expect(cells.headerRow).toBe(-1);
    expect(cells.block.formats).toEqual([
      ["@", "@", "@"],
      ["@", "General", "@"],
    ]);
  });
});

describe("DemoGateway: 情况说明 and 补充数据 in memory", () => {
  const demo = (snap: WorkbookSnapshot = fixtureSnapshot(NAME)) => new DemoGateway(async () => snap);

  test("writeNarrative keeps the layout, replaces itself, and later reads include the sheet", async () => {
    const gw = demo();
    const snap = await gw.readSnapshot();
    const layout = layoutFor(snap);
    expect(await gw.writeNarrative(layout)).toEqual({ sheet: NARRATIVE_SHEET, rows: layout.rows.length, charts: 2 });
    expect(gw.narrative).toBe(layout);
    expect(gw.narrativeSheet).toBe(NARRATIVE_SHEET);
    const again = await gw.readSnapshot();
    const ours = again.sheets.filter((s) => s.name.startsWith(NARRATIVE_SHEET));
    expect(ours).toHaveLength(1);
    expect(ours[0].values[0][0]).toBe(narrativeTitle("final"));
    expect(ours[0].values[2][11]).toBe("项目");
    expect(await gw.writeNarrative(layout)).toMatchObject({ sheet: NARRATIVE_SHEET });
    expect((await gw.readSnapshot()).sheets.filter((s) => s.name.startsWith(NARRATIVE_SHEET))).toHaveLength(1);
    expect(again.sheets.length).toBe(snap.sheets.length + 1);
  });

  test("beside a user's 情况说明, ours is 情况说明(2)", async () => {
    const base = fixtureSnapshot(NAME);
    const user = { ...base.sheets[0], name: NARRATIVE_SHEET, values: [["我们的说明"]], rowCount: 1, colCount: 1 };
    const gw = demo({ ...base, sheets: [...base.sheets, user] });
    const res = await gw.writeNarrative(layoutFor(base));
    expect(res.sheet).toBe("情况说明(2)");
    const snap = await gw.readSnapshot();
    expect(snap.sheets.find((s) => s.name === NARRATIVE_SHEET)?.values[0][0]).toBe("我们的说明");
  });

  test("createSupplement keeps the rows, adds the sheet to later reads, and refuses a second time", async () => {
    const gw = demo();
    const snap = await gw.readSnapshot();
    const rows = buildSupplementSheet(recognize(snap).tables);
    expect(await gw.createSupplement(rows)).toEqual({ sheet: SUPPLEMENT_SHEET });
    expect(gw.supplementRows).toEqual(rows);
    const reading = readSupplementSheet(await gw.readSnapshot());
    expect(reading.found).toBe(true);
    expect(reading.problems).toEqual([]);
    const err = await gw.createSupplement(rows).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({
      messageId: "excel.supplementExists",
      message: excelMessage("excel.supplementExists", { sheet: SUPPLEMENT_SHEET }),
    });
  });

  test("a 补充数据 sheet in the workbook already: refused", async () => {
    const base = fixtureSnapshot(NAME);
    const user = { ...base.sheets[0], name: SUPPLEMENT_SHEET };
    const gw = demo({ ...base, sheets: [...base.sheets, user] });
    await expect(gw.createSupplement([["x"]])).rejects.toMatchObject({ messageId: "excel.supplementExists" });
    expect(gw.supplementRows).toBeNull();
  });
});
