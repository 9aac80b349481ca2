import { FIXTURE_NAMES, fixtureSnapshot } from "../support/fixtures";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeFromFixture } from "../support/fake-excel/seed";
import { MAX_ADDRESS_LENGTH } from "../../src/excel/addresses";
import { GatewayError } from "../../src/excel/gateway";
import { LEDGER_KEY } from "../../src/excel/ledger";
import { REPORT_TITLE } from "../../src/engine/report";
import type { SheetSnapshot } from "../../src/engine/snapshot";
import { gatewayOn, planFor, resetCounters } from "./helpers";

const FOUR_MB = 4 * 1024 * 1024;

/** A sheet as compared with the spec's snapshot: everything but the host flags (false here, absent in the spec). */
function normal(s: SheetSnapshot) {
  return { ...s, merges: [...s.merges].sort(), protected: undefined, hidden: undefined };
}

describe.each(FIXTURE_NAMES)("OfficeGateway on %s", (name) => {
  test("read ≤ 2 syncs equals the spec snapshot; apply = 1 sync; clear restores everything", async () => {
    // A few cells with fills of their own, marked or not.
    const spec = fixtureSnapshot(name);
    const fills: Record<string, Record<string, string>> = {};
    for (const s of spec.sheets.slice(0, 3)) fills[s.name] = { A1: "#DDEBF7", B3: "#FFFF00" };
    const fake = fakeFromFixture(name, { fills });
    const gw = gatewayOn(fake);
    const valuesBefore = fake.dump();
    const fillsBefore = fake.fills();

    const snap = await gw.readSnapshot({ formulas: true });
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(snap.sheets.map(normal)).toEqual(spec.sheets.map(normal));
    for (const rec of fake.syncs) expect(rec.request + rec.response).toBeLessThan(FOUR_MB);

    const plan = planFor(snap);
    // The plan's own cells: every marked cell gets an original fill somewhere (to test cells that had their own fill).
    const m0 = plan.marks[0];
    if (m0) fake.setFill(m0.sheet, m0.address, "#00B050");
    const fillsSeeded = fake.fills();
    const snap2 = await gw.readSnapshot({ formulas: true });

    resetCounters(fake);
    const res = await gw.applyPlan(planFor(snap2));
    expect(fake.syncCount).toBe(1);
    expect(fake.maxAddressLength).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    for (const rec of fake.syncs) expect(rec.request).toBeLessThan(FOUR_MB);
    expect(res.marked).toBe(plan.marks.length);
    expect(res.reportSheet).toBe("校验结果");
    for (const m of plan.marks) expect(fake.fillOf(m.sheet, m.address)).toBe(`#${m.fill}`);
    const report = fake.sheet("校验结果");
    expect(fake.cell("校验结果", "A1")?.value).toBe(REPORT_TITLE);
    expect(report.hyperlinks.size).toBe(plan.findings.length);
    if (plan.marks.length > 0) expect(res.notes).toBe(plan.marks.length);

    // Values and formulas of user cells identical.
    const userOnly = (d: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith("校验结果!")));
    expect(userOnly(fake.dump())).toEqual(valuesBefore);

    // Re-run: replaces marks, no stacking, ledger keeps the originals.
    const snap3 = await gw.readSnapshot({ formulas: true });
    expect(snap3.sheets.some((s) => s.name === "校验结果")).toBe(false);
    await gw.applyPlan(planFor(snap3));
    expect(fake.sheets.filter((s) => s.name.startsWith("校验结果"))).toHaveLength(1);

    resetCounters(fake);
    const cleared = await gw.clearMarks();
    expect(fake.syncCount).toBe(1);
    expect(cleared.restored).toBe(plan.marks.length);
    expect(fake.fills(fake.sheets.map((s) => s.name).filter((n) => n !== "校验结果"))).toEqual(fillsSeeded);
    expect(userOnly(fake.dump())).toEqual(valuesBefore);
    for (const s of fake.sheets) if (s.name !== "校验结果") expect([...s.notes.keys()]).toEqual([]);
    expect(fake.unloadedReads).toEqual([]);
    if (m0) fake.setFill(m0.sheet, m0.address, undefined);
    expect(fake.fills(fake.sheets.map((s) => s.name).filter((n) => n !== "校验结果"))).toEqual(fillsBefore);
  });
});

describe("OfficeGateway behaviours", () => {
  const NAME = "seed001-danfeng-2024-final";

  test("properties read before load+sync throw, load() without arguments is rejected", async () => {
    const fake = fakeFromFixture(NAME);
    gatewayOn(fake);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("公开01表");
      expect(() => ws.name).toThrow(/not available/);
      expect(fake.unloadedReads).toEqual(["Worksheet.name"]);
      expect(() => (ws as unknown as { load: () => void }).load()).toThrow(/without arguments/);
      ws.load("name");
      await ctx.sync();
      expect(ws.name).toBe("公开01表");
    });
  });

  test("the ledger survives close and reopen (a new gateway over the same workbook)", async () => {
    const fake = fakeFromFixture(NAME, { fills: { 公开01表: { A1: "#C6EFCE" } } });
    const before = fake.fills();
    const gw = gatewayOn(fake);
    const plan = planFor(await gw.readSnapshot());
    expect(plan.marks.length).toBeGreaterThan(0);
    await gw.applyPlan(plan);
    expect(fake.settings.has(LEDGER_KEY)).toBe(true);
    // "Reopen": settings persist as text; a fresh gateway knows nothing but the document.
    const reopened = FakeWorkbook.fromSpec({ sheets: [] });
    reopened.sheets = fake.sheets;
    reopened.settings = new Map(fake.settings);
    const gw2 = gatewayOn(reopened);
    const res = await gw2.clearMarks();
    expect(res.restored).toBe(plan.marks.length);
    expect(reopened.syncCount).toBeLessThanOrEqual(3); // read (2) + write (1)
    expect(reopened.fills(reopened.sheets.map((s) => s.name).filter((n) => n !== "校验结果"))).toEqual(before);
  });

  test("a protected sheet is skipped with a reason, other sheets are marked", async () => {
    const fake = fakeFromFixture(NAME);
    const gw = gatewayOn(fake);
    const plan = planFor(await gw.readSnapshot());
    const sheets = [...new Set(plan.marks.map((m) => m.sheet))];
    expect(sheets.length).toBeGreaterThan(1);
    const locked = sheets[0];
    const fake2 = fakeFromFixture(NAME, { protected: [locked] });
    const gw2 = gatewayOn(fake2);
    const snap = await gw2.readSnapshot();
    expect(snap.sheets.find((s) => s.name === locked)?.protected).toBe(true);
    resetCounters(fake2);
    const res = await gw2.applyPlan(planFor(snap));
    expect(fake2.syncCount).toBe(1);
    expect(res.skippedSheets).toEqual([{ sheet: locked, reason: expect.stringContaining(locked) }]);
    expect(Object.keys(fake2.fills([locked]))).toEqual([]);
    const other = plan.marks.find((m) => m.sheet !== locked)!;
    expect(fake2.fillOf(other.sheet, other.address)).toBe(`#${other.fill}`);
    expect(res.marked).toBe(plan.marks.filter((m) => m.sheet !== locked).length);
  });

  test("more than 5M cells are refused with a Chinese message", async () => {
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "大表", rows: [["x"]] }] });
    fake.setValue("大表", "Z200001", 1); // 26 × 200 001 cells
    const gw = gatewayOn(fake);
    await expect(gw.readSnapshot()).rejects.toMatchObject({ messageId: "excel.tooManyCells" });
    await expect(gw.readSnapshot()).rejects.toThrow(/超过 5,000,000/);
  });

  test("a 250k-cell sheet is read in row blocks, one sync each", async () => {
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "小表", rows: [["a", 1]] }] });
    const big = fake.addSheet("大表");
    for (let r = 0; r < 25_000; r++) for (let c = 0; c < 10; c++) big.cells.set(`${r},${c}`, { value: r * 10 + c });
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    // sync 1 (sheets), sync 2 (windows), blocks of 20 000 and 5 000 rows.
    expect(fake.syncCount).toBe(4);
    const s = snap.sheets.find((x) => x.name === "大表")!;
    expect(s.rowCount).toBe(25_000);
    expect(s.colCount).toBe(10);
    expect(s.values[24_999][9]).toBe(249_999);
    expect(s.values[20_000][0]).toBe(200_000);
  });

  test("a used range not starting at A1 is padded so addresses match the sheet", async () => {
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "S", rows: [] }] });
    fake.setValue("S", "C3", "x");
    fake.setValue("S", "D5", 2);
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    const s = snap.sheets[0];
    expect(s.rowCount).toBe(5);
    expect(s.colCount).toBe(4);
    expect(s.values[2][2]).toBe("x");
    expect(s.values[4][3]).toBe(2);
    expect(s.values[0][0]).toBeNull();
  });

  test("a user sheet named 校验结果 is not overwritten: 校验结果(2)", async () => {
    const fake = fakeFromFixture(NAME);
    const user = fake.addSheet("校验结果");
    user.cells.set("0,0", { value: "我的笔记" });
    const gw = gatewayOn(fake);
    const snap = await gw.readSnapshot();
    expect(snap.sheets.some((s) => s.name === "校验结果")).toBe(true); // the user's sheet is checked like others
    const res = await gw.applyPlan(planFor(snap));
    expect(res.reportSheet).toBe("校验结果(2)");
    expect(fake.cell("校验结果", "A1")?.value).toBe("我的笔记");
    expect(fake.cell("校验结果(2)", "A1")?.value).toBe(REPORT_TITLE);
    // Refresh: a second run replaces 校验结果(2).
    const res2 = await gw.applyPlan(planFor(await gw.readSnapshot()));
    expect(res2.reportSheet).toBe("校验结果(2)");
    expect(fake.sheets.filter((s) => s.name.startsWith("校验结果"))).toHaveLength(2);
  });

  test("a user's note above ours is kept, and restored by 清除标记", async () => {
    const fake = fakeFromFixture(NAME);
    const gw = gatewayOn(fake);
    const plan = planFor(await gw.readSnapshot());
    const m = plan.marks[0];
    fake.sheet(m.sheet).notes.set(m.address, "用户批注");
    await gw.readSnapshot();
    await gw.applyPlan(plan);
    expect(fake.sheet(m.sheet).notes.get(m.address)).toMatch(/^用户批注\n\n预决算校验助手：/);
    await gw.clearMarks();
    expect(fake.sheet(m.sheet).notes.get(m.address)).toBe("用户批注");
  });

  test("without ExcelApi 1.18 no notes are written; without 1.13 merges are unknown", async () => {
    const fake = fakeFromFixture(NAME);
    fake.apiVersion = "1.12";
    const gw = gatewayOn(fake);
    expect(gw.capabilities()).toMatchObject({ notes: false, mergeUndo: false, merges: false, host: "excel" });
    const snap = await gw.readSnapshot();
    expect(snap.sheets.every((s) => s.merges.length === 0)).toBe(true);
    const res = await gw.applyPlan(planFor(snap));
    expect(res.notes).toBe(0);
    expect(fake.sheets.every((s) => s.notes.size === 0)).toBe(true);
  });

  test("Excel.run gets delayForCellEdit, and mergeUndoGroup when 1.20 is supported", async () => {
    const fake = fakeFromFixture(NAME);
    fake.apiVersion = "1.20";
    const gw = gatewayOn(fake);
    await gw.applyPlan(planFor(await gw.readSnapshot()));
    expect(fake.runs.at(-1)?.options).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(fake.log).toContain("Application.suspendApiCalculationUntilNextSync");
    expect(fake.log).toContain("Application.suspendScreenUpdatingUntilNextSync");
  });

  test("navigate activates and selects in 1 sync; selection events are debounced and removable", async () => {
    jest.useFakeTimers();
    try {
      const fake = fakeFromFixture(NAME);
      const gw = gatewayOn(fake);
      await gw.readSnapshot();
      resetCounters(fake);
      await gw.navigate({ sheet: "公开03表", address: "E6" });
      expect(fake.syncCount).toBe(1);
      expect(fake.selection).toEqual({ sheet: "公开03表", address: "E6" });
      expect(fake.activeSheet).toBe("公开03表");
      await gw.navigate([
        { sheet: "公开03表", address: "E6" },
        { sheet: "公开03表", address: "E7" },
      ]);
      expect(fake.selection).toEqual({ sheet: "公开03表", address: "E6:E7" });

      const seen: string[] = [];
      const off = gw.onSelectionChanged((r) => seen.push(`${r.sheet}!${r.address}`));
      const off2 = gw.onSelectionChanged(() => undefined);
      await gw.ready();
      expect(fake.handlers.size).toBe(1);
      fake.userSelect("公开01表", "B2");
      fake.userSelect("公开01表", "B3");
      jest.advanceTimersByTime(200);
      expect(seen).toEqual(["公开01表!B3"]);
      off();
      off2();
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
      expect(fake.handlers.size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  test("state is kept in the workbook settings", async () => {
    const fake = fakeFromFixture(NAME);
    const gw = gatewayOn(fake);
    expect(await gw.loadState()).toEqual({ ignored: [] });
    await gw.saveState({ ignored: ["a|公开01表!B5|m"] });
    expect(await gatewayOn(fake).loadState()).toEqual({ ignored: ["a|公开01表!B5|m"] });
  });

  test("the ribbon's last-run counts survive in the state for the pane (the whole state is kept)", async () => {
    const fake = fakeFromFixture(NAME);
    const lastRun = {
      at: "2026-12-01T08:00:00.000Z",
      counts: { error: 1, warning: 3, info: 16 },
      tables: 10,
      source: "ribbon" as const,
    };
    await gatewayOn(fake).saveState({ ignored: ["x|公开03表!E6|tail"], lastRun });
    expect(await gatewayOn(fake).loadState()).toEqual({ ignored: ["x|公开03表!E6|tail"], lastRun });
  });

  test.each([
    ["AccessDenied", "excel.accessDenied"],
    ["InvalidOperationInCellEditMode", "excel.cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "excel.payloadTooLarge"],
    ["ItemNotFound", "excel.itemNotFound"],
    ["InactiveWorkbook", "excel.inactiveWorkbook"],
    ["GeneralException", "excel.unknown"],
  ])("Office error %s → GatewayError %s", async (code, id) => {
    const fake = fakeFromFixture(NAME);
    const gw = gatewayOn(fake);
    fake.failNextSync = code;
    const err = await gw.navigate({ sheet: "公开01表", address: "A1" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ messageId: id, debugInfo: expect.objectContaining({ code }) });
    expect((err as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("UndoNotSupported: the write is retried without mergeUndoGroup", async () => {
    const fake = fakeFromFixture(NAME);
    fake.apiVersion = "1.20";
    const gw = gatewayOn(fake);
    const plan = planFor(await gw.readSnapshot());
    fake.failNextSync = "UndoNotSupported";
    const res = await gw.applyPlan(plan);
    expect(res.marked).toBe(plan.marks.length);
    expect(fake.runs.at(-1)?.options).toEqual({ delayForCellEdit: true });
  });
});

describe("OfficeGateway writes at scale", () => {
  test("thousands of scattered marks: several getRanges strings ≤ 8 000 characters, still one sync", async () => {
    const rows: (number | null)[][] = [];
    for (let r = 0; r < 3000; r++) rows.push([r, null, r, null, r]);
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "S", rows }] });
    const gw = gatewayOn(fake, { capabilities: { notes: false, mergeUndo: false, merges: true, host: "excel" } });
    await gw.readSnapshot();
    const marks = [];
    for (let r = 0; r < 3000; r += 2)
      for (const c of ["A", "C", "E"])
        marks.push({
          sheet: "S",
          address: `${c}${r + 1}`,
          severity: "error" as const,
          fill: "FFC7CE",
          note: "x",
          findings: [1],
        });
    const plan = { ...planFor({ sheets: [] }), marks };
    resetCounters(fake);
    const res = await gw.applyPlan(plan);
    expect(fake.syncCount).toBe(1);
    expect(res.marked).toBe(marks.length);
    expect(fake.maxAddressLength).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(fake.log.filter((l) => l.startsWith("Worksheet.getRanges")).length).toBeGreaterThan(1);
    await gw.clearMarks();
    expect(fake.fills()).toEqual({});
  });

  test("a plan over ~4 MB is written in chunks of one sync each, the ledger in the first", async () => {
    const rows: number[][] = [];
    for (let r = 0; r < 600; r++) rows.push([r]);
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "S", rows }] });
    const gw = gatewayOn(fake);
    await gw.readSnapshot();
    const long = "很长的说明".repeat(1000); // ~10 KB per note
    const marks = rows.map((_, r) => ({
      sheet: "S",
      address: `A${r + 1}`,
      severity: "warning" as const,
      fill: "FCD5B4",
      note: long,
      findings: [1],
    }));
    resetCounters(fake);
    const res = await gw.applyPlan({ ...planFor({ sheets: [] }), marks });
    expect(fake.syncCount).toBe(2);
    for (const rec of fake.syncs) expect(rec.request).toBeLessThanOrEqual(4 * 1024 * 1024 + 64 * 1024);
    expect(res.notes).toBe(600);
    expect(fake.log.indexOf("SettingCollection.add(ftc.ledger)")).toBeLessThan(fake.log.indexOf("sync"));
  });
});

describe("OfficeGateway without a read in between", () => {
  test("check, check, 清除标记, apply again without reading, 清除标记: the original fills come back", async () => {
    const fake = fakeFromFixture("seed001-danfeng-2024-final");
    const gw = gatewayOn(fake);
    const plan = planFor(await gw.readSnapshot());
    const m = plan.marks[0];
    fake.setFill(m.sheet, m.address, "#FFFF00");
    const before = fake.fills();
    await gw.readSnapshot();
    await gw.applyPlan(plan);
    await gw.readSnapshot(); // the cache now sees our colours on marked cells
    await gw.applyPlan({ ...plan, marks: plan.marks.slice(1) }); // the first cell leaves the ledger
    expect(fake.fillOf(m.sheet, m.address)).toBe("#FFFF00");
    await gw.clearMarks();
    expect(fake.fills()).toEqual({ ...before, ...fake.fills(["校验结果"]) });
    await gw.applyPlan(plan); // no read: originals from the cache must still be right
    await gw.clearMarks();
    expect(fake.fills(fake.sheets.map((s) => s.name).filter((n) => n !== "校验结果"))).toEqual(before);
  });
});

describe("OfficeGateway ledger above the settings limit", () => {
  test("moves to a custom XML part (pointer in the setting), survives reopen, and goes back when small", async () => {
    const fake = fakeFromFixture("seed001-danfeng-2024-final", { fills: { 公开01表: { A1: "#C6EFCE" } } });
    const before = fake.fills();
    const gw = gatewayOn(fake, { ledgerSettingLimit: 200 });
    const plan = planFor(await gw.readSnapshot());
    resetCounters(fake);
    await gw.applyPlan(plan);
    expect(fake.syncCount).toBe(1);
    expect(fake.customXmlParts).toHaveLength(1);
    expect(JSON.parse(fake.settings.get(LEDGER_KEY)!)).toEqual(expect.stringContaining("urn:fiscal-table-checker"));
    // Re-run: the old part is replaced, not accumulated.
    await gw.readSnapshot();
    await gw.applyPlan(plan);
    expect(fake.customXmlParts).toHaveLength(1);

    const reopened = FakeWorkbook.fromSpec({ sheets: [] });
    reopened.sheets = fake.sheets;
    reopened.settings = new Map(fake.settings);
    reopened.customXmlParts = [...fake.customXmlParts];
    const gw2 = gatewayOn(reopened, { ledgerSettingLimit: 200 });
    await gw2.readSnapshot();
    expect(reopened.syncCount).toBeLessThanOrEqual(3); // our notes are located like any other (one more sync)
    const res = await gw2.clearMarks();
    expect(res.restored).toBe(plan.marks.length);
    expect(reopened.customXmlParts).toHaveLength(0); // the empty ledger fits in the settings again
    expect(reopened.fills(reopened.sheets.map((s) => s.name).filter((n) => n !== "校验结果"))).toEqual(before);
    expect(reopened.sheets.every((s) => s.name === "校验结果" || s.notes.size === 0)).toBe(true);
  });
});

describe("OfficeGateway under a response size limit (Excel on the web)", () => {
  test("a read over the limit is retried once in small blocks", async () => {
    const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "S", rows: [["x"]] }] });
    const s = fake.sheet("S");
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 20; c++) s.cells.set(`${r},${c}`, { value: r + c / 100 });
    const gw = gatewayOn(fake);
    const full = await gw.readSnapshot();
    expect(fake.syncCount).toBe(2);
    const biggest = Math.max(...fake.syncs.map((x) => x.response));
    fake.responseLimit = Math.floor(biggest / 2);
    resetCounters(fake);
    const snap = await gw.readSnapshot();
    expect(snap).toEqual(full);
    expect(fake.syncs.slice(2).every((x) => x.response <= fake.responseLimit!)).toBe(true);
    expect(fake.syncCount).toBeGreaterThan(3);
  });
});

test("workbook structure protected: marks are written, the report sheet is skipped with a reason", async () => {
  const fake = fakeFromFixture("seed001-danfeng-2024-final");
  fake.structureProtected = true;
  const gw = gatewayOn(fake);
  const plan = planFor(await gw.readSnapshot());
  resetCounters(fake);
  const res = await gw.applyPlan(plan);
  expect(fake.syncCount).toBe(1);
  expect(res.reportSheet).toBeNull();
  expect(res.marked).toBe(plan.marks.length);
  expect(res.skippedSheets).toEqual([{ sheet: "校验结果", reason: expect.stringContaining("工作簿结构受保护") }]);
  expect(fake.findSheet("校验结果")).toBeUndefined();
});

test("a note longer than Excel's cell text limit is shortened", async () => {
  const fake = FakeWorkbook.fromSpec({ sheets: [{ name: "S", rows: [[1]] }] });
  const gw = gatewayOn(fake);
  await gw.readSnapshot();
  const note = "说".repeat(40_000);
  await gw.applyPlan({
    ...planFor({ sheets: [] }),
    marks: [{ sheet: "S", address: "A1", severity: "info", fill: "FFEB9C", note, findings: [1] }],
  });
  const written = fake.sheet("S").notes.get("A1")!;
  expect(written.length).toBe(30_000);
  expect(written.endsWith("…")).toBe(true);
});
