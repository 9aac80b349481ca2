/**
 * The only surface the task pane and the ribbon commands use to reach a workbook (addin-conventions §6). Only plain,
 * serialisable data crosses it, so the engine never sees office-js and the pane can run on a fake in tests and in
 * 演示模式. Implementations: officeGateway.ts (office-js), and the demo/fake gateways.
 */
import type { CellRef } from "../engine/address";
import type { WritePlan } from "../engine/report";
import type { NarrativeSheetLayout } from "../engine/narrative/sheet";
import type { CellValue, WorkbookSnapshot } from "../engine/snapshot";

export interface Capabilities {
  /** ExcelApi 1.18: worksheet.notes. */
  readonly notes: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }). */
  readonly mergeUndo: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject(). Without it merged areas are unknown (snapshot merges empty). */
  readonly merges?: boolean;
  /** ExcelApi 1.1: worksheet.charts (native charts in our 情况说明 sheet). Absent = assumed supported. */
  readonly charts?: boolean;
  /** Running inside Excel (false in 演示模式). */
  readonly host: "excel" | "demo";
}

export interface ReadRequest {
  /** Also read formulas (rules that need them declare it). */
  readonly formulas?: boolean;
  /** Progress callback: fraction 0..1 of the read done. */
  readonly onProgress?: (fraction: number) => void;
}

/** What happened when a plan was applied. Protected sheets are skipped for marks; findings still show in the pane. */
export interface ApplyResult {
  readonly marked: number;
  readonly notes: number;
  readonly skippedSheets: ReadonlyArray<{ readonly sheet: string; readonly reason: string }>;
  readonly reportSheet: string | null;
}

export interface ClearResult {
  /** Cells whose original fill (or no fill) was restored. */
  readonly restored: number;
}

/** Counts of the last check, left by the ribbon's 一键校验 (which has no UI) for the pane to show when it opens. */
export interface LastRunSummary {
  /** ISO 8601 time of the run. */
  readonly at: string;
  readonly counts: Readonly<Record<"error" | "warning" | "info", number>>;
  /** Tables recognised. */
  readonly tables: number;
  /** Where the run was started. */
  readonly source: "ribbon" | "pane";
  /** zh-CN message when the run failed (the counts are then zero). */
  readonly error?: string;
}

/** What writing our 情况说明 sheet did. */
export interface NarrativeWriteResult {
  /** The sheet written: 情况说明, or 情况说明(2)… beside a user's sheet of that name. */
  readonly sheet: string;
  /** Text rows written (title included). */
  readonly rows: number;
  /** Native charts drawn. */
  readonly charts: number;
  /** zh-CN reason when charts were not drawn (the text is still written). */
  readonly chartsSkipped?: string;
}

/** Per-workbook state kept in the document (never localStorage): ignored findings. */
export interface WorkbookState {
  /** Keys of ignored findings (ruleId + first cell + messageId). */
  readonly ignored: ReadonlyArray<string>;
  /** The last 一键校验 (ribbon) run, if any. Persist the whole state object so this optional field survives. */
  readonly lastRun?: LastRunSummary;
  /** The 情况说明 tab's edits (values and reasons typed in the pane, by edit key) and the chosen template set. */
  readonly narrative?: { readonly edits: Readonly<Record<string, string>>; readonly templates?: string };
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** One read: values, number formats, formulas where asked, merges, protection — at most 2 syncs. */
  readSnapshot(req?: ReadRequest): Promise<WorkbookSnapshot>;
  /** One write: replaces our previous marks, fills and notes the plan's cells, refreshes 校验结果. */
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
  /** 清除标记: restores the exact original fill of every cell we marked (from the ledger kept in the workbook). */
  clearMarks(): Promise<ClearResult>;
  /**
   * Writes our 情况说明 sheet (replacing only a sheet of ours: A1 ends with NARRATIVE_MARK; a user's sheet of that name
   * makes us use 情况说明(2)…): the text in column A, wrapped, the charts' data blocks, and native charts over them.
   * Never touches another sheet. Refused (GatewayError) when the workbook's structure is protected.
   */
  writeNarrative(layout: NarrativeSheetLayout): Promise<NarrativeWriteResult>;
  /**
   * Adds the 补充数据 sheet pre-filled with this year's codes and labels for the user to type into. Once added it is the
   * user's: refused (GatewayError "excel.supplementExists") when a sheet of that name exists.
   */
  createSupplement(rows: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<{ readonly sheet: string }>;
  /** Activates the sheet and selects the cell(s). */
  navigate(target: CellRef | ReadonlyArray<CellRef>): Promise<void>;
  /** Returns an unsubscribe function. */
  onSelectionChanged(cb: (ref: CellRef) => void): () => void;
  loadState(): Promise<WorkbookState>;
  saveState(state: WorkbookState): Promise<void>;
}

/** A gateway failure with a zh-CN message id (src/i18n/zh-CN.ts) and the host's debug info for logs. */
export class GatewayError extends Error {
  constructor(
    readonly messageId: string,
    message: string,
    readonly debugInfo?: unknown,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}
