/**
 * WorkbookGateway in memory (演示模式, and the pane's tests): reads a snapshot, keeps the marks it "writes" (cell →
 * fill), the selection and the per-workbook state. Like the real gateway it replaces its previous marks on each
 * applyPlan, skips protected sheets for marks, and restores exactly on clearMarks.
 */
import type { CellRef } from "../../engine/address";
import type { WritePlan } from "../../engine/report";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import type {
  ApplyResult,
  Capabilities,
  ClearResult,
  ReadRequest,
  WorkbookGateway,
  WorkbookState,
} from "../../excel/gateway";
import { loadDemoSnapshot } from "./sample";

export class DemoGateway implements WorkbookGateway {
  /** "Sheet!A1" → fill (RGB hex) of the cells currently marked. */
  readonly marks = new Map<string, string>();
  /** "Sheet!A1" → note text. */
  readonly notes = new Map<string, string>();
  /** Rows last written to the report sheet. */
  reportRows: ReadonlyArray<ReadonlyArray<string | number>> = [];
  /** The cells last selected by navigate(). */
  selection: ReadonlyArray<CellRef> = [];
  protected state: WorkbookState = { ignored: [] };
  private snapshot: WorkbookSnapshot | null = null;
  private readonly listeners = new Set<(ref: CellRef) => void>();

  constructor(private readonly load: () => Promise<WorkbookSnapshot> = loadDemoSnapshot) {}

  capabilities(): Capabilities {
    return { notes: true, mergeUndo: false, host: "demo" };
  }

  async readSnapshot(req?: ReadRequest): Promise<WorkbookSnapshot> {
    req?.onProgress?.(0);
    this.snapshot = await this.load();
    req?.onProgress?.(1);
    return this.snapshot;
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
