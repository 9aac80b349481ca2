/**
 * The real office-js call shapes, on office-addin-mock (addin-conventions §9): properties read "not loaded" until load
 * + sync; calls are recorded with closure jest.fn()s (the mock treats arrays as scalars and has no collections).
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeGateway } from "../../src/excel/officeGateway";
import { detectCapabilities } from "../../src/excel/requirements";

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const caps = { notes: true, mergeUndo: false, merges: true, host: "excel" as const };

test("capabilities: isSetSupported is asked with string versions", () => {
  const isSetSupported = jest.fn((name: string, v: string) => name === "ExcelApi" && v !== "1.20");
  g.Office = { context: { requirements: { isSetSupported } } };
  expect(detectCapabilities()).toEqual({ notes: true, mergeUndo: false, merges: true, charts: true, host: "excel" });
  for (const [name, v] of isSetSupported.mock.calls) {
    expect(name).toBe("ExcelApi");
    expect(typeof v).toBe("string");
  }
  expect(isSetSupported.mock.calls.map((c) => c[1]).sort()).toEqual(["1.1", "1.13", "1.18", "1.20"]);
});

test("navigate: worksheets.getItem(sheet).activate(), getRange(cell).select(), one sync", async () => {
  const activate = jest.fn();
  const select = jest.fn();
  const getRange = jest.fn(() => ({ select }));
  const getItem = jest.fn(() => ({ activate, getRange }));
  const mock = new OfficeMockObject({
    context: { workbook: { worksheets: { getItem } } },
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb((this as { context: unknown }).context);
    },
  });
  g.Excel = mock;
  await new OfficeGateway({ capabilities: caps }).navigate({ sheet: "公开03表", address: "E6" });
  expect(getItem).toHaveBeenCalledWith("公开03表");
  expect(activate).toHaveBeenCalledTimes(1);
  expect(getRange).toHaveBeenCalledWith("E6");
  expect(select).toHaveBeenCalledTimes(1);
});

test("saveState: workbook.settings.add('ftc.state', JSON)", async () => {
  const add = jest.fn();
  g.Excel = new OfficeMockObject({
    context: { workbook: { settings: { add } } },
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb((this as { context: unknown }).context);
    },
  });
  await new OfficeGateway({ capabilities: caps }).saveState({ ignored: ["hierarchy-sum|公开03表!E6|mismatch"] });
  expect(add).toHaveBeenCalledWith("ftc.state", JSON.stringify({ ignored: ["hierarchy-sum|公开03表!E6|mismatch"] }));
});

test("loadState: settings.getItemOrNullObject('ftc.state'), value loaded and synced before it is read", async () => {
  const keys = jest.fn();
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        settings: {
          setting: { value: JSON.stringify({ ignored: ["k1", "k2"] }), isNullObject: false },
          getItemOrNullObject: function (key: string) {
            keys(key);
            return (this as { setting: unknown }).setting;
          },
        },
      },
    },
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb((this as { context: unknown }).context);
    },
  });
  g.Excel = mock;
  const state = await new OfficeGateway({ capabilities: caps }).loadState();
  expect(keys).toHaveBeenCalledWith("ftc.state");
  // office-addin-mock does not know that isNullObject comes with any load (it reads "not loaded", a truthy string),
  // so the mock sees "no state"; the value path is covered on the FakeExcel (office-gateway.test.ts).
  expect(state).toEqual({ ignored: [] });
});

test("an office error from the mock is mapped to a Chinese GatewayError", async () => {
  const getItem = jest.fn(() => {
    throw Object.assign(new Error("The requested resource doesn't exist."), {
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
  });
  g.Excel = new OfficeMockObject({
    context: { workbook: { worksheets: { getItem } } },
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb((this as { context: unknown }).context);
    },
  });
  await expect(
    new OfficeGateway({ capabilities: caps }).navigate({ sheet: "无此表", address: "A1" }),
  ).rejects.toMatchObject({
    name: "GatewayError",
    messageId: "excel.itemNotFound",
    debugInfo: { errorLocation: "WorksheetCollection.getItem" },
  });
});

test("clearMarks: one Excel.run {delayForCellEdit}, suspensions, getRanges per original fill, notes deleted, ledger saved", async () => {
  // Prime the gateway's read state on the FakeExcel (a check that marked cells), then replay 清除标记 on the mock.
  const { fakeFromFixture } = await import("../support/fake-excel/seed");
  const { installFakeExcel } = await import("../support/fake-excel");
  const { planFor } = await import("./helpers");
  const fake = fakeFromFixture("seed001-danfeng-2024-final", { fills: { 公开01表: { B5: "#FFFF00" } } });
  installFakeExcel(fake);
  const gw = new OfficeGateway({ capabilities: caps });
  const plan = planFor(await gw.readSnapshot());
  await gw.applyPlan(plan);

  const runOptions = jest.fn();
  const sheetsAsked = jest.fn();
  const addresses = jest.fn();
  const clear = jest.fn();
  const noteDelete = jest.fn();
  const settingAdd = jest.fn();
  const suspendCalc = jest.fn();
  const suspendScreen = jest.fn();
  const mock = new OfficeMockObject({
    context: {
      application: {
        suspendApiCalculationUntilNextSync: suspendCalc,
        suspendScreenUpdatingUntilNextSync: suspendScreen,
      },
      workbook: {
        settings: { add: settingAdd },
        worksheets: {
          sheet: {
            areas: { format: { fill: { clear } } },
            getRanges: function (a: string) {
              addresses(a);
              return (this as { areas: unknown }).areas;
            },
            notes: {
              note: { delete: noteDelete },
              getItem: function () {
                return (this as { note: unknown }).note;
              },
            },
          },
          getItem: function (name: string) {
            sheetsAsked(name);
            return (this as { sheet: unknown }).sheet;
          },
        },
      },
    },
    run: async function (a: unknown, b?: (c: unknown) => Promise<unknown>) {
      runOptions(a);
      return (b as (c: unknown) => Promise<unknown>)((this as { context: unknown }).context);
    },
  });
  g.Excel = mock;
  const res = await gw.clearMarks();
  expect(res.restored).toBe(plan.marks.length);
  expect(runOptions).toHaveBeenCalledWith({ delayForCellEdit: true });
  expect(suspendCalc).toHaveBeenCalledTimes(1);
  expect(suspendScreen).toHaveBeenCalledTimes(1);
  expect(settingAdd).toHaveBeenCalledWith("ftc.ledger", expect.any(String));
  expect(JSON.parse(settingAdd.mock.calls[0][1] as string)).toEqual({ v: 1, fills: {}, notes: {} });
  for (const [a] of addresses.mock.calls) expect((a as string).length).toBeLessThanOrEqual(8000);
  const asked = new Set(sheetsAsked.mock.calls.map((c) => c[0]));
  expect(asked).toEqual(new Set(plan.marks.map((m) => m.sheet)));
  expect(noteDelete).toHaveBeenCalledTimes(plan.marks.length);
  expect(clear).toHaveBeenCalled(); // cells without a fill of their own go back to "no fill"
});

test("writeNarrative: worksheets.add, text range formats before values, charts.add(type, range, 'Columns'), one sync", async () => {
  // Prime the gateway's read state on the FakeExcel, then replay the write on the mock with plain recording objects.
  const { fakeFromFixture } = await import("../support/fake-excel/seed");
  const { installFakeExcel } = await import("../support/fake-excel");
  const { narrativeSheetLayout, narrativeTitle } = await import("../../src/engine/narrative/sheet");
  const Decimal = (await import("decimal.js")).default;
  installFakeExcel(fakeFromFixture("seed001-danfeng-2024-final"));
  const gw = new OfficeGateway({ capabilities: caps });
  await gw.readSnapshot();
  const layout = narrativeSheetLayout(
    [
      { text: narrativeTitle("final"), kind: "title" },
      { text: "一、部门基本情况", kind: "heading" },
      { text: "本部门2024年度收入总计1,049.22万元。", kind: "paragraph" },
    ],
    [
      {
        id: "expense-structure",
        title: "支出结构图（单位：万元）",
        kind: "pie",
        unit: "万元",
        categories: ["基本支出", "项目支出"],
        series: [
          {
            name: "本年",
            points: [
              { label: "基本支出", value: new Decimal("800.1"), cells: [] },
              { label: "项目支出", value: new Decimal("199.9"), cells: [] },
            ],
          },
        ],
        section: 2,
      },
    ],
  );

  const order: string[] = [];
  const ranges = new Map<string, Record<string, unknown>>();
  const range = (a: string) => {
    const r: Record<string, unknown> = {
      format: { font: {}, autofitRows: jest.fn() },
      select: jest.fn(),
    };
    let values: unknown;
    let numberFormat: unknown;
    Object.defineProperty(r, "values", {
      set: (v) => {
        order.push(`values ${a}`);
        values = v;
      },
      get: () => values,
    });
    Object.defineProperty(r, "numberFormat", {
      set: (v) => {
        order.push(`numberFormat ${a}`);
        numberFormat = v;
      },
      get: () => numberFormat,
    });
    ranges.set(a, r);
    return r;
  };
  const chart = { title: {} as { text?: string }, legend: {} as { visible?: boolean }, setPosition: jest.fn() };
  const chartsAdd = jest.fn<typeof chart, unknown[]>(() => chart);
  const ws = {
    id: "{mock-sheet}",
    load: jest.fn(),
    getRange: jest.fn((a: string) => ranges.get(a) ?? range(a)),
    getRanges: jest.fn((a: string) => ranges.get(a) ?? range(a)),
    charts: { add: chartsAdd },
    activate: jest.fn(),
  };
  const add = jest.fn(() => ws);
  const getItem = jest.fn(() => ws);
  const runOptions = jest.fn();
  const mock = new OfficeMockObject({
    context: {
      application: { suspendApiCalculationUntilNextSync: jest.fn(), suspendScreenUpdatingUntilNextSync: jest.fn() },
      workbook: { worksheets: { add, getItem } },
    },
    run: async function (a: unknown, b?: (c: unknown) => Promise<unknown>) {
      runOptions(a);
      return (b as (c: unknown) => Promise<unknown>)((this as { context: unknown }).context);
    },
  });
  const sync = jest.spyOn((mock as unknown as { context: { sync: () => Promise<void> } }).context, "sync");
  g.Excel = mock;
  const res = await gw.writeNarrative(layout);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(res).toEqual({ sheet: "情况说明", rows: 3, charts: 1 });
  expect(runOptions).toHaveBeenCalledWith({ delayForCellEdit: true });
  expect(add).toHaveBeenCalledWith("情况说明");
  expect(ws.load).toHaveBeenCalledWith("id");
  expect(order.slice(0, 2)).toEqual(["numberFormat A1:A3", "values A1:A3"]);
  expect(ranges.get("A1:A3")!.values).toEqual(layout.rows.map((r) => [r.text]));
  expect(ranges.get("A1:A3")!.format).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  expect(ranges.get("A1")!.format).toMatchObject({ columnWidth: 528.75, font: { bold: true, size: 14 } });
  expect(ranges.get("A2")!.format).toMatchObject({ font: { bold: true } });
  expect(ranges.get("L3:M5")!.values).toEqual([
    ["项目", "本年"],
    ["基本支出", 800.1],
    ["项目支出", 199.9],
  ]);
  expect(chartsAdd).toHaveBeenCalledTimes(1);
  expect(chartsAdd).toHaveBeenCalledWith("Pie", ranges.get("L3:M5"), "Columns");
  expect(chart.title.text).toBe("支出结构图（单位：万元）");
  expect(chart.legend.visible).toBe(true);
  expect(chart.setPosition).toHaveBeenCalledWith("C2", "J17");
  expect(ws.activate).toHaveBeenCalledTimes(1);
  expect(ranges.get("A1")!.select).toHaveBeenCalledTimes(1);
});
