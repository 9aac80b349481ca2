/** Reading `window.__fakeExcel` (the FakeExcel behind the fake office.js) from a test. */
import type { Page } from "@playwright/test";

export interface FakeView {
  /** Sheet names in order. */
  sheets: string[];
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  /** "Sheet!A1" → "#RRGGBB" for every filled cell. */
  fills: Record<string, string>;
  /** "Sheet!A1" → { value, formula } for every cell with a value or formula. */
  cells: Record<string, unknown>;
  syncCount: number;
  maxAddressLength: number;
  log: string[];
  /** Properties read before they were loaded and synced (office-js would throw); should stay empty. */
  unloadedReads: string[];
  /** The document's settings (JSON text per key), where the add-in keeps its ledger and state. */
  settings: Record<string, string>;
  /** sheet → its native charts in order (only sheets with charts): type ("ColumnClustered", "Pie"), source range, title, position. */
  charts: Record<string, FakeChartView[]>;
}

export interface FakeChartView {
  type: string;
  /** Source range, local A1 ("L3:N6"). */
  source: string;
  title: string | null;
  /** Top-left and bottom-right cells covered (setPosition). */
  from: string | null;
  to: string | null;
}

/** The part of tests/support/fake-excel's FakeWorkbook read here (the page holds the real object). */
interface FakeWorkbookLike {
  sheets: { name: string }[];
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  fills(): Record<string, string>;
  dump(): Record<string, unknown>;
  syncCount: number;
  syncs: unknown[];
  maxAddressLength: number;
  log: string[];
  unloadedReads: string[];
  settings: Map<string, string>;
  charts(): Record<string, FakeChartView[]>;
}

type FakeWindow = Window & { __fakeExcel?: FakeWorkbookLike };

export function fakeView(page: Page): Promise<FakeView> {
  return page.evaluate(() => {
    const f = (window as FakeWindow).__fakeExcel;
    if (!f) throw new Error("window.__fakeExcel is not installed");
    return {
      sheets: f.sheets.map((s) => s.name),
      selection: f.selection,
      activeSheet: f.activeSheet,
      fills: f.fills(),
      cells: f.dump(),
      syncCount: f.syncCount,
      maxAddressLength: f.maxAddressLength,
      log: [...f.log],
      unloadedReads: [...f.unloadedReads],
      settings: Object.fromEntries(f.settings),
      charts: Object.fromEntries(
        Object.entries(f.charts()).map(([sheet, list]) => [
          sheet,
          list.map((c) => ({ type: c.type, source: c.source, title: c.title, from: c.from, to: c.to })),
        ]),
      ),
    };
  });
}

/** Resets the fake's counters (sync count, longest address, log), e.g. before the write of a check. */
export function resetCounters(page: Page): Promise<void> {
  return page.evaluate(() => {
    const f = (window as FakeWindow).__fakeExcel;
    if (!f) throw new Error("window.__fakeExcel is not installed");
    f.syncCount = 0;
    f.syncs = [];
    f.maxAddressLength = 0;
    f.log = [];
  });
}

/** Only the entries of `map` ("Sheet!A1" keys) on the given sheets. */
export function onSheets<T>(map: Record<string, T>, sheets: ReadonlyArray<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => sheets.includes(k.slice(0, k.lastIndexOf("!")))));
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Whether the A1 cell lies in one of the selection's rectangles ("C13", "D13:E13,G13"). */
export function selectionCovers(address: string, cell: string): boolean {
  const p = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!p) return false;
  const col = colNumber(p[1]);
  const row = Number(p[2]);
  return address.split(",").some((part) => {
    const [a, b = a] = part.split(":");
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    const n = /^([A-Z]+)(\d+)$/.exec(b);
    if (!m || !n) return false;
    const [c0, c1] = [colNumber(m[1]), colNumber(n[1])].sort((x, y) => x - y);
    const [r0, r1] = [Number(m[2]), Number(n[2])].sort((x, y) => x - y);
    return col >= c0 && col <= c1 && row >= r0 && row <= r1;
  });
}

/** The Excel.run batches in the fake's log, in order, with their options and how many syncs each made. */
export function runsOf(log: ReadonlyArray<string>): { run: string; syncs: number }[] {
  const runs: { run: string; syncs: number }[] = [];
  for (const line of log) {
    if (line.startsWith("Excel.run(")) runs.push({ run: line, syncs: 0 });
    else if (line === "sync" && runs.length > 0) runs[runs.length - 1].syncs++;
  }
  return runs;
}
