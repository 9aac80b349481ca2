/**
 * WorkbookGateway in memory (演示模式, and the pane's tests): reads a snapshot, keeps the marks it "writes" (cell →
 * fill), the selection and the per-workbook state. Like the real gateway it replaces its previous marks on each
 * applyPlan, skips protected sheets for marks, and restores exactly on clearMarks. writeNarrative and createSupplement
 * keep what they wrote (the layout, the rows) and, as in Excel, the sheets they add are part of every later read: our
 * 情况说明 replaces itself (beside a user's sheet of that name it is 情况说明(2)…), 补充数据 is created once.
 */
import { toA1, type CellRef } from "../../engine/address";
import { isOwnNarrativeTitle, NARRATIVE_SHEET, SUPPLEMENT_SHEET } from "../../engine/sheet-names";
import type { NarrativeSheetLayout } from "../../engine/narrative/sheet";
import type { WritePlan } from "../../engine/report";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import {
  GatewayError,
  type ApplyResult,
  type Capabilities,
  type ClearResult,
  type NarrativeWriteResult,
  type ReadRequest,
  type WorkbookGateway,
  type WorkbookState,
} from "../../excel/gateway";
import { excelMessage } from "../../excel/messages";
import {
  claimSheetName,
  GENERAL_FORMAT,
  narrativeCells,
  supplementCells,
  type CellBlock,
} from "../../excel/sheetCells";
import { loadDemoSnapshot } from "./sample";

/** A sheet snapshot of the blocks we wrote (as the real read would return it: formats where not General). */
function sheetOf(name: string, blocks: ReadonlyArray<CellBlock>): SheetSnapshot {
  const cells = new Map<string, { row: number; col: number; value: CellValue; format: string }>();
  let rows = 0;
  let cols = 0;
  for (const b of blocks) {
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === "") return;
        const row = b.row + i;
        const col = b.col + j;
        cells.set(toA1(row, col), { row, col, value: v, format: b.formats[i]?.[j] ?? GENERAL_FORMAT });
        rows = Math.max(rows, row + 1);
        cols = Math.max(cols, col + 1);
      }),
    );
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const numberFormats: Record<string, string> = {};
  for (const [a, c] of cells) {
    values[c.row][c.col] = c.value;
    if (c.format !== GENERAL_FORMAT) numberFormats[a] = c.format;
  }
  return Object.freeze({
    name,
    values: Object.freeze(values.map((r) => Object.freeze(r))),
    rowCount: rows,
    colCount: cols,
    numberFormats: Object.freeze(numberFormats),
    merges: Object.freeze([]),
    protected: false,
    hidden: false,
  });
}

export class DemoGateway implements WorkbookGateway {
  /** "Sheet!A1" → fill (RGB hex) of the cells currently marked. */
  readonly marks = new Map<string, string>();
  /** "Sheet!A1" → note text. */
  readonly notes = new Map<string, string>();
  /** Rows last written to the report sheet. */
  reportRows: ReadonlyArray<ReadonlyArray<string | number>> = [];
  /** The cells last selected by navigate(). */
  selection: ReadonlyArray<CellRef> = [];
  /** The layout last written by writeNarrative, and the sheet it went to (null before). */
  narrative: NarrativeSheetLayout | null = null;
  narrativeSheet: string | null = null;
  /** The rows createSupplement put in 补充数据 (null until it was created). */
  supplementRows: ReadonlyArray<ReadonlyArray<CellValue>> | null = null;
  /** Sheets this gateway added (our 情况说明, 补充数据), as a read returns them. */
  private readonly added = new Map<string, SheetSnapshot>();
  protected state: WorkbookState = { ignored: [] };
  private snapshot: WorkbookSnapshot | null = null;
  private readonly listeners = new Set<(ref: CellRef) => void>();

  constructor(private readonly load: () => Promise<WorkbookSnapshot> = loadDemoSnapshot) {}

  capabilities(): Capabilities {
    return { notes: true, mergeUndo: false, host: "demo" };
  }

  async readSnapshot(req?: ReadRequest): Promise<WorkbookSnapshot> {
    req?.onProgress?.(0);
    this.snapshot = this.withAdded(await this.load());
    req?.onProgress?.(1);
    return this.snapshot;
  }

  private withAdded(base: WorkbookSnapshot): WorkbookSnapshot {
    if (this.added.size === 0) return base;
    const sheets = [...base.sheets.filter((s) => !this.added.has(s.name)), ...this.added.values()];
    return Object.freeze({ ...base, sheets: Object.freeze(sheets) });
  }

  private async currentSheets(): Promise<ReadonlyArray<SheetSnapshot>> {
    return (this.snapshot ?? (await this.readSnapshot())).sheets;
  }

  async writeNarrative(layout: NarrativeSheetLayout): Promise<NarrativeWriteResult> {
    const sheets = await this.currentSheets();
    const byName = new Map(sheets.map((s) => [s.name, s]));
    const name = claimSheetName(
      layout.name || NARRATIVE_SHEET,
      (n) => byName.has(n),
      (n) => isOwnNarrativeTitle(byName.get(n)?.values[0]?.[0] ?? null),
    );
    if (name === undefined)
      throw new GatewayError("excel.narrativeNameTaken", excelMessage("excel.narrativeNameTaken"));
    const cells = narrativeCells(layout);
    this.added.set(name, sheetOf(name, [cells.text, ...cells.charts.flatMap((c) => [c.caption, c.data])]));
    this.snapshot = this.snapshot && this.withAdded(this.snapshot);
    this.narrative = layout;
    this.narrativeSheet = name;
    return { sheet: name, rows: layout.rows.length, charts: layout.blocks.length };
  }

  async createSupplement(rows: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<{ readonly sheet: string }> {
    const existing = (await this.currentSheets()).find((s) => s.name.trim() === SUPPLEMENT_SHEET);
    if (existing) {
      throw new GatewayError(
        "excel.supplementExists",
        excelMessage("excel.supplementExists", { sheet: existing.name }),
      );
    }
    this.added.set(SUPPLEMENT_SHEET, sheetOf(SUPPLEMENT_SHEET, [supplementCells(rows).block]));
    this.snapshot = this.snapshot && this.withAdded(this.snapshot);
    this.supplementRows = rows.map((r) => [...r]);
    return { sheet: SUPPLEMENT_SHEET };
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    this.marks.clear();
    this.notes.clear();
    const protectedSheets = new Set((this.snapshot?.sheets ?? []).filter((s) => s.protected).map((s) => s.name));
    const skipped = new Set<string>();
    let marked = 0;
    for (const m of plan.marks) {
      if (protectedSheets.has(m.sheet)) {
        skipped.add(m.sheet);
        continue;
      }
      this.marks.set(`${m.sheet}!${m.address}`, m.fill);
      this.notes.set(`${m.sheet}!${m.address}`, m.note);
      marked++;
    }
    this.reportRows = plan.report.rows;
    return {
      marked,
      notes: marked,
      skippedSheets: [...skipped].map((sheet) => ({ sheet, reason: "protected" })),
      reportSheet: plan.report.name,
    };
  }

  async clearMarks(): Promise<ClearResult> {
    const restored = this.marks.size;
    this.marks.clear();
    this.notes.clear();
    return { restored };
  }

  async navigate(target: CellRef | ReadonlyArray<CellRef>): Promise<void> {
    const cells = Array.isArray(target) ? [...(target as ReadonlyArray<CellRef>)] : [target as CellRef];
    this.selection = cells;
    if (cells[0]) for (const cb of this.listeners) cb(cells[0]);
  }

  onSelectionChanged(cb: (ref: CellRef) => void): () => void {
    this.listeners.add(cb);
    return () => {
      this.listeners.delete(cb);
    };
  }

  async loadState(): Promise<WorkbookState> {
    return this.state;
  }

  async saveState(state: WorkbookState): Promise<void> {
    this.state = { ...state, ignored: [...state.ignored] };
  }
}
