/**
 * WorkbookGateway on office-js (addin-conventions §6). One read, one write:
 *
 * readSnapshot — sync 1: the sheet list (name, id, visibility, protection) and our ledger setting. Sync 2, per sheet:
 * the values-only used range (address) and, for the block A1 → end of the used range (clipped to READ_WINDOW), values,
 * number formats, value types (+ formulas when asked), merged areas (ExcelApi 1.13, detected) and the cell fills
 * (getCellProperties; kept in the gateway, not in the snapshot, to capture each cell's ORIGINAL fill before our first
 * mark), plus the notes of the sheet when ExcelApi 1.18 is there. A sheet whose used range does not fit the window is
 * read again in row blocks (5k–20k rows, ≤ 200k cells, one sync each). More than 5M cells are refused. A third sync only
 * happens when a sheet carries notes that are not ours (to learn where they are, so ours never collide with them).
 *
 * applyPlan — 1 sync per ~4 MB chunk (normally 1): previous marks not marked again are restored, this run's marks are
 * painted (cells grouped by colour into getRanges address strings ≤ 8 000 characters), our notes replaced, the ledger
 * saved in workbook.settings ("ftc.ledger"; Excel.SettingCollection persists with the document, no saveAsync; above
 * ~1 MB in a custom XML part with a pointer in the setting), and the
 * report sheet 校验结果 rebuilt (a user's sheet of that name is left alone: 校验结果(2)). Protected sheets are skipped and
 * reported. It works from the state of the last readSnapshot of this gateway (read first, as the pane always does; if
 * nothing was read, it reads).
 *
 * writeNarrative — 1 sync (per ~4 MB chunk): our 情况说明 sheet (A1 = our title) deleted and added again, a user's sheet
 * of that name kept (ours becomes 情况说明(2)…); column A text, the chart blocks' cells and one native chart per block;
 * the sheet activated with A1 selected. Unlike our 校验结果, our 情况说明 stays in the snapshot (the narrative checker
 * reads it like any text). createSupplement — 1 sync: a new 补充数据 sheet, never one over an existing sheet.
 */
import { parseA1, rangeA1, toA1 } from "../engine/address";
import {
  LOCATION_COLUMN,
  REPORT_SHEET,
  REPORT_TITLE,
  SEVERITY_COLUMN,
  SEVERITY_FILL,
  type WritePlan,
} from "../engine/report";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../engine/snapshot";
import type { CellRef } from "../engine/address";
import type { NarrativeSheetLayout } from "../engine/narrative/sheet";
import { isOwnNarrativeTitle, NARRATIVE_SHEET, SUPPLEMENT_SHEET } from "../engine/sheet-names";
import { addressStrings, areasOf, localAddress, parseArea } from "./addresses";
import { estimateBytes, MAX_CELLS, pack, rowBlocks, WRITE_CHUNK_BYTES } from "./chunk";
import { isOfficeErrorCode, mapErrors } from "./errors";
import {
  GatewayError,
  type ApplyResult,
  type Capabilities,
  type ClearResult,
  type NarrativeWriteResult,
  type ReadRequest,
  type WorkbookGateway,
  type LastRunSummary,
  type WorkbookState,
} from "./gateway";
import {
  clearGroups,
  diffMarks,
  EMPTY_LEDGER,
  fillFromProperties,
  LEDGER_KEY,
  NO_FILL,
  isLedgerPointer,
  LEDGER_NS,
  LEDGER_POINTER,
  LEDGER_SETTING_LIMIT,
  ledgerFromXml,
  ledgerToXml,
  parseLedger,
  pruneLedger,
  serializeLedger,
  STATE_KEY,
  type FillGroups,
  type Ledger,
} from "./ledger";
import { excelMessage } from "./messages";
import { detectCapabilities } from "./requirements";
import {
  blockAddress,
  claimSheetName,
  narrativeCells,
  supplementCells,
  TITLE_FONT_SIZE,
  type CellBlock,
} from "./sheetCells";

/** The block read in sync 2 of every sheet: 50 columns × 4 000 rows = 200k cells at most. */
export const READ_WINDOW = "A1:AX4000";

/**
 * How much one read sync carries. The default follows the conventions (200k cells); when Excel answers
 * RequestPayloadSizeLimitExceeded (Excel on the web caps a response at ~5 MB), the read is retried once with the small
 * profile: a 50 × 400 window and blocks of ≤ 20k cells.
 */
interface ReadProfile {
  window: string;
  blockCells: number;
  minBlockRows: number;
}
const DEFAULT_PROFILE: ReadProfile = { window: READ_WINDOW, blockCells: 200_000, minBlockRows: 5_000 };
export const SMALL_READ_PROFILE: ReadProfile = { window: "A1:AX400", blockCells: 20_000, minBlockRows: 1 };

/** Our notes start with this line; a user's note text above it is kept (as the CLI does). */
export const NOTE_HEADING = "预决算校验助手：";

/** Column widths of the report sheet, in points (序号 … 差额). */
const REPORT_WIDTHS = [36, 54, 60, 180, 100, 420, 72, 72, 66];

/** Selection events are debounced (Mac fires extras). */
export const SELECTION_DEBOUNCE_MS = 150;

interface SheetState {
  name: string;
  id: string;
  protected: boolean;
  hidden: boolean;
}

/** What the last read learnt beyond the snapshot. */
interface ReadState {
  sheets: Map<string, SheetState>;
  sheetById: Map<string, string>;
  /** sheet → A1 → original fill, only cells with a fill. */
  fills: Map<string, Map<string, string>>;
  /** sheet → A1 → note text (all notes, ours included), where known. */
  notes: Map<string, Map<string, string>>;
  ledger: Ledger;
  /** Ids of our custom XML parts (a ledger over LEDGER_SETTING_LIMIT lives there). */
  ledgerParts: string[];
  /** Workbook structure protection (ExcelApi 1.7): sheets cannot be added or deleted. */
  structureProtected: boolean;
  /** Report sheets present: name → written by us (A1 = REPORT_TITLE). */
  reportSheets: Map<string, boolean>;
  /** Sheets whose A1 is our 情况说明 title (isOwnNarrativeTitle): writeNarrative may replace them, and only them. */
  ownNarratives: Set<string>;
}

export interface OfficeGatewayOptions {
  capabilities?: Capabilities;
  debounceMs?: number;
  /** Characters of ledger JSON kept in the settings before it moves to a custom XML part (default ~1 MB). */
  ledgerSettingLimit?: number;
}

type Grid = unknown[][];

interface Piece {
  sheet: string;
  /** 0-based first row; the piece always starts at column A. */
  row: number;
  rows: number;
  cols: number;
}

interface LoadedPiece {
  piece: Piece;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  merged?: Excel.RangeAreas;
}

function convertValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error" && typeof v === "string") return { error: v };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function userPart(content: string): string {
  const at = content.indexOf(NOTE_HEADING);
  return (at >= 0 ? content.slice(0, at) : content).trimEnd();
}

/** Excel keeps at most 32 767 characters in a cell's text; a note of ours stays well below, the pane has the rest. */
export const MAX_NOTE_LENGTH = 30_000;

function ourNote(text: string): string {
  const full = `${NOTE_HEADING}\n${text}`;
  return full.length <= MAX_NOTE_LENGTH ? full : `${full.slice(0, MAX_NOTE_LENGTH - 1)}…`;
}

/** Queued work of a write, with its estimated request size. */
interface Op {
  bytes: number;
  run(context: Excel.RequestContext): void;
}

export class OfficeGateway implements WorkbookGateway {
  private readonly caps: Capabilities;
  private readonly debounceMs: number;
  private readonly ledgerLimit: number;
  private state: ReadState | undefined;
  private readonly listeners = new Set<(ref: CellRef) => void>();
  private handler: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | undefined;
  private registering: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: OfficeGatewayOptions = {}) {
    this.caps = options.capabilities ?? detectCapabilities();
    this.debounceMs = options.debounceMs ?? SELECTION_DEBOUNCE_MS;
    this.ledgerLimit = options.ledgerSettingLimit ?? LEDGER_SETTING_LIMIT;
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  // ---------------------------------------------------------------- read

  readSnapshot(req: ReadRequest = {}): Promise<WorkbookSnapshot> {
    return mapErrors(async () => {
      try {
        return await Excel.run((context) => this.read(context, req, DEFAULT_PROFILE));
      } catch (e) {
        if (!isOfficeErrorCode(e, "RequestPayloadSizeLimitExceeded")) throw e;
        return Excel.run((context) => this.read(context, req, SMALL_READ_PROFILE));
      }
    });
  }

  private async read(context: Excel.RequestContext, req: ReadRequest, profile: ReadProfile): Promise<WorkbookSnapshot> {
    const window = parseArea(profile.window);
    const wb = context.workbook;
    // Sync 1: the sheet list, protection, our ledger.
    const sheets = wb.worksheets;
    sheets.load("items/name,items/id,items/visibility,items/protection/protected");
    const ledgerSetting = wb.settings.getItemOrNullObject(LEDGER_KEY);
    ledgerSetting.load("value");
    const wbProtection = wb.protection;
    wbProtection.load("protected");
    const xmlParts = wb.customXmlParts.getByNamespace(LEDGER_NS);
    xmlParts.load("items/id");
    await context.sync();
    req.onProgress?.(0.1);

    const ledgerParts = xmlParts.items.map((p) => p.id);
    const inXml = !ledgerSetting.isNullObject && isLedgerPointer(ledgerSetting.value);
    let ledger: Ledger = EMPTY_LEDGER;
    try {
      if (!ledgerSetting.isNullObject && !inXml) ledger = parseLedger(ledgerSetting.value);
    } catch (e) {
      throw new GatewayError("excel.ledgerCorrupt", excelMessage("excel.ledgerCorrupt"), e);
    }
    // The ledger's XML comes with sync 2 (our own notes are then located like any other note).
    const firstPart = inXml && ledgerParts.length > 0 ? wb.customXmlParts.getItem(ledgerParts[0]) : undefined;
    const ledgerXml = firstPart?.getXml();
    const infos: SheetState[] = sheets.items.map((ws) => ({
      name: ws.name,
      id: ws.id,
      hidden: String(ws.visibility) !== "Visible",
      protected: ws.protection.protected,
    }));

    // Sync 2: the used range, and the window A1 → end of the used range with everything we need.
    const formulas = req.formulas === true;
    const used = new Map<string, Excel.Range>();
    const windows = new Map<string, LoadedPiece>();
    const noteLists = new Map<string, Excel.NoteCollection>();
    const oursKnown = new Map<string, Map<string, Excel.Note>>();
    for (const info of infos) {
      const u = sheets.getItem(info.name).getUsedRange(true);
      u.load("address");
      used.set(info.name, u);
      const win = sheets
        .getItem(info.name)
        .getRange("A1")
        .getBoundingRect(u)
        .getIntersection(sheets.getItem(info.name).getRange(profile.window));
      windows.set(info.name, this.loadPiece(win, { sheet: info.name, row: 0, rows: 0, cols: 0 }, formulas));
      if (this.caps.notes) {
        const nc = sheets.getItem(info.name).notes;
        nc.load("items/content");
        noteLists.set(info.name, nc);
        const mine = new Map<string, Excel.Note>();
        for (const a of ledger.notes[info.name] ?? []) {
          const n = nc.getItemOrNullObject(a);
          n.load("content");
          mine.set(a, n);
        }
        oursKnown.set(info.name, mine);
      }
    }
    await context.sync();
    req.onProgress?.(0.4);
    if (inXml) {
      try {
        if (!ledgerXml) throw new Error("ledger: the custom XML part is missing");
        ledger = ledgerFromXml(ledgerXml.value);
      } catch (e) {
        throw new GatewayError("excel.ledgerCorrupt", excelMessage("excel.ledgerCorrupt"), e);
      }
    }

    // Sizes: refuse huge workbooks, plan blocks for sheets beyond the window.
    const extents = new Map<string, { rows: number; cols: number }>();
    let total = 0;
    for (const info of infos) {
      const address = localAddress(used.get(info.name)!.address);
      const rect = parseArea(address);
      const w = windows.get(info.name)!;
      const emptySheet = address === "A1" && convertValue(w.range.values[0]?.[0], w.range.valueTypes[0]?.[0]) === null;
      const ext = emptySheet ? { rows: 0, cols: 0 } : { rows: rect.r1 + 1, cols: rect.c1 + 1 };
      extents.set(info.name, ext);
      total += ext.rows * ext.cols;
    }
    if (total > MAX_CELLS) {
      throw new GatewayError(
        "excel.tooManyCells",
        excelMessage("excel.tooManyCells", { cells: total.toLocaleString("en-US") }),
        { cells: total },
      );
    }

    const pieces = new Map<string, LoadedPiece[]>();
    const blocks: Piece[] = [];
    for (const info of infos) {
      const ext = extents.get(info.name)!;
      const w = windows.get(info.name)!;
      if (ext.rows - 1 <= window.r1 && ext.cols - 1 <= window.c1) {
        w.piece = { sheet: info.name, row: 0, rows: ext.rows, cols: ext.cols };
        pieces.set(info.name, [w]);
      } else {
        pieces.set(info.name, []);
        for (const b of rowBlocks(ext.rows, ext.cols, profile.blockCells, profile.minBlockRows))
          blocks.push({ sheet: info.name, row: b.row, rows: b.rows, cols: ext.cols });
      }
    }
    // Row blocks of big sheets: one sync each.
    await blocks.reduce<Promise<void>>(async (prev, b, i) => {
      await prev;
      const ws = sheets.getItem(b.sheet);
      const range = ws.getRangeByIndexes(b.row, 0, b.rows, b.cols);
      const lp = this.loadPiece(range, b, formulas);
      await context.sync();
      pieces.get(b.sheet)!.push(lp);
      req.onProgress?.(0.4 + (0.5 * (i + 1)) / blocks.length);
    }, Promise.resolve());

    // Notes: where they are. Ours are known by address; others need their location (a third sync, only then).
    const notes = new Map<string, Map<string, string>>();
    const locate: { sheet: string; note: Excel.Note; loc: Excel.Range }[] = [];
    for (const [sheet, nc] of noteLists) {
      const map = new Map<string, string>();
      const mine = oursKnown.get(sheet)!;
      for (const [a, n] of mine) if (!n.isNullObject) map.set(a, n.content);
      notes.set(sheet, map);
      if (nc.items.length > map.size) {
        for (const note of nc.items) {
          const loc = note.getLocation();
          loc.load("address");
          locate.push({ sheet, note, loc });
        }
      }
    }
    if (locate.length > 0) {
      await context.sync();
      for (const { sheet, note, loc } of locate) notes.get(sheet)!.set(localAddress(loc.address), note.content);
    }

    // Assemble.
    const state: ReadState = {
      sheets: new Map(infos.map((i) => [i.name, i])),
      sheetById: new Map(infos.map((i) => [i.id, i.name])),
      fills: new Map(),
      notes,
      ledger: pruneLedger(ledger, (sheet) => infos.some((i) => i.name === sheet)),
      ledgerParts,
      structureProtected: wbProtection.protected,
      reportSheets: new Map(),
      ownNarratives: new Set(),
    };
    const out: SheetSnapshot[] = [];
    for (const info of infos) {
      const ext = extents.get(info.name)!;
      const snap = this.assemble(info, ext, pieces.get(info.name)!, formulas, state);
      // Our 情况说明 stays in the snapshot (its text is checked like any other); we only remember that it is ours.
      if (isOwnNarrativeTitle(snap.values[0]?.[0] ?? null)) state.ownNarratives.add(info.name);
      if (/^校验结果(\(\d+\))?$/.test(info.name) || info.name === REPORT_SHEET) {
        const ours = snap.values[0]?.[0] === REPORT_TITLE;
        state.reportSheets.set(info.name, ours);
        if (ours) continue; // our own report is not part of the workbook being checked
      }
      out.push(snap);
    }
    this.state = state;
    req.onProgress?.(1);
    return Object.freeze({ source: "Excel", sheets: Object.freeze(out) });
  }

  private loadPiece(range: Excel.Range, piece: Piece, formulas: boolean): LoadedPiece {
    range.load(formulas ? "values,numberFormat,valueTypes,formulas" : "values,numberFormat,valueTypes");
    const props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    let merged: Excel.RangeAreas | undefined;
    if (this.caps.merges !== false) {
      merged = range.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { piece, range, props, merged };
  }

  private assemble(
    info: SheetState,
    ext: { rows: number; cols: number },
    pieces: LoadedPiece[],
    formulas: boolean,
    state: ReadState,
  ): SheetSnapshot {
    const values: CellValue[][] = [];
    const formulaMap: Record<string, string> = {};
    const formats: Record<string, string> = {};
    const merges = new Set<string>();
    const fills = new Map<string, string>();
    for (const lp of pieces) {
      const { row, rows, cols } = lp.piece;
      if (rows === 0) continue;
      const v = lp.range.values as Grid;
      const t = lp.range.valueTypes as string[][];
      const nf = lp.range.numberFormat as string[][];
      const f = formulas ? (lp.range.formulas as Grid) : undefined;
      const props = lp.props.value;
      for (let r = 0; r < rows; r++) {
        const line: CellValue[] = new Array(cols);
        for (let c = 0; c < cols; c++) {
          line[c] = convertValue(v[r]?.[c], t[r]?.[c]);
          const a = toA1(row + r, c);
          const fmt = nf[r]?.[c];
          if (fmt && fmt !== "General" && line[c] !== null) formats[a] = fmt;
          const fx = f?.[r]?.[c];
          // A text constant may start with "=" too ("= 100%"): a formula is what differs from the value.
          if (typeof fx === "string" && fx.startsWith("=") && fx !== v[r]?.[c]) formulaMap[a] = fx.slice(1);
          const fill = props[r]?.[c]?.format?.fill;
          const orig = fillFromProperties(fill?.color, fill?.pattern);
          if (orig !== NO_FILL) fills.set(a, orig);
        }
        values.push(line);
      }
      if (lp.merged && !lp.merged.isNullObject) for (const m of areasOf(lp.merged.address)) merges.add(m);
    }
    values.length = ext.rows;
    state.fills.set(info.name, fills);
    return Object.freeze({
      name: info.name,
      values: Object.freeze(values.map((r) => Object.freeze(r))),
      rowCount: ext.rows,
      colCount: ext.cols,
      formulas: formulas ? Object.freeze(formulaMap) : undefined,
      numberFormats: Object.freeze(formats),
      merges: Object.freeze([...merges]),
      protected: info.protected,
      hidden: info.hidden,
    });
  }

  private async ensureState(): Promise<ReadState> {
    if (!this.state) await this.readSnapshot();
    return this.state!;
  }

  // ---------------------------------------------------------------- write

  private writable(state: ReadState, sheet: string): boolean {
    const s = state.sheets.get(sheet);
    return s !== undefined && !s.protected;
  }

  /** Runs the ops in ~4 MB chunks, one sync each, inside one Excel.run (mergeUndoGroup when supported). */
  private async runWrite(ops: Op[]): Promise<number> {
    const chunks = pack(ops, (o) => o.bytes, WRITE_CHUNK_BYTES);
    const batch = async (context: Excel.RequestContext): Promise<number> => {
      await chunks.reduce<Promise<void>>(async (prev, chunk) => {
        await prev;
        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
        for (const op of chunk) op.run(context);
        await context.sync();
      }, Promise.resolve());
      return chunks.length;
    };
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (this.caps.mergeUndo) options.mergeUndoGroup = true;
    try {
      return await Excel.run(options, batch);
    } catch (e) {
      if (this.caps.mergeUndo && isOfficeErrorCode(e, "UndoNotSupported")) {
        return Excel.run({ delayForCellEdit: true }, batch);
      }
      throw e;
    }
  }

  private fillOps(groups: FillGroups): Op[] {
    const ops: Op[] = [];
    for (const [sheet, byFill] of groups) {
      for (const [fill, cells] of byFill) {
        const strings = addressStrings(cells.map((a) => parseA1(a)));
        for (const addr of strings) {
          ops.push({
            bytes: estimateBytes(addr) + 64,
            run: (context) => {
              const areas = context.workbook.worksheets.getItem(sheet).getRanges(addr);
              if (fill === NO_FILL) areas.format.fill.clear();
              else areas.format.fill.color = fill;
            },
          });
        }
      }
    }
    return ops;
  }

  /** Cells that leave the ledger show their original fill again: the read cache must say so for the next run. */
  private remember(state: ReadState, restored: FillGroups): void {
    for (const [sheet, byFill] of restored) {
      let cache = state.fills.get(sheet);
      if (!cache) state.fills.set(sheet, (cache = new Map()));
      for (const [fill, cells] of byFill) {
        for (const a of cells) {
          if (fill === NO_FILL) cache.delete(a);
          else cache.set(a, fill);
        }
      }
    }
  }

  /**
   * Saves the ledger: in the settings, or — above the limit — in a new custom XML part with a pointer in the settings.
   * Earlier parts of ours are deleted. `done` must be called after the sync (it learns the new part's id).
   */
  private ledgerOp(state: ReadState, ledger: Ledger): { op: Op; done: () => void } {
    const json = serializeLedger(ledger);
    const big = json.length > this.ledgerLimit;
    const old = [...state.ledgerParts];
    let part: Excel.CustomXmlPart | undefined;
    const op: Op = {
      bytes: estimateBytes(json) + 64 * (old.length + 1),
      run: (context) => {
        const parts = context.workbook.customXmlParts;
        for (const id of old) parts.getItem(id).delete();
        if (big) {
          part = parts.add(ledgerToXml(json));
          part.load("id");
          context.workbook.settings.add(LEDGER_KEY, LEDGER_POINTER);
        } else {
          context.workbook.settings.add(LEDGER_KEY, json);
        }
      },
    };
    return {
      op,
      done: () => {
        state.ledgerParts = part ? [part.id] : [];
      },
    };
  }

  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return mapErrors(async () => {
      const state = await this.ensureState();
      const skipped = new Map<string, string>();
      for (const m of plan.marks) {
        if (skipped.has(m.sheet)) continue;
        const s = state.sheets.get(m.sheet);
        if (!s) skipped.set(m.sheet, excelMessage("excel.sheetMissing", { sheet: m.sheet }));
        else if (s.protected) skipped.set(m.sheet, excelMessage("excel.protectedSkipped", { sheet: m.sheet }));
      }
      const writable = (sheet: string) => this.writable(state, sheet);
      const diff = diffMarks(
        state.ledger,
        plan.marks,
        (sheet, address) => state.fills.get(sheet)?.get(address) ?? NO_FILL,
        writable,
      );
      const ops: Op[] = [];

      // Notes: ours replaced, a user's text above ours kept.
      const noteCells: Record<string, string[]> = {};
      let noteCount = 0;
      if (this.caps.notes) {
        const wanted = new Map<string, Map<string, string>>();
        for (const m of plan.marks) {
          if (!writable(m.sheet)) continue;
          let w = wanted.get(m.sheet);
          if (!w) wanted.set(m.sheet, (w = new Map()));
          w.set(m.address.toUpperCase(), ourNote(m.note));
        }
        for (const [sheet, list] of Object.entries(state.ledger.notes)) {
          if (!writable(sheet)) {
            noteCells[sheet] = [...list];
            continue;
          }
          for (const a of list) {
            if (wanted.get(sheet)?.has(a)) continue;
            ops.push(...this.removeNoteOps(state, sheet, a));
          }
        }
        for (const [sheet, w] of wanted) {
          const existing = state.notes.get(sheet) ?? new Map<string, string>();
          state.notes.set(sheet, existing);
          for (const [a, text] of w) {
            const before = existing.get(a);
            const user = before === undefined ? "" : userPart(before);
            const content = user ? `${user}\n\n${text}` : text;
            ops.push({
              bytes: estimateBytes(content) + 64,
              run: (context) => {
                const ws = context.workbook.worksheets.getItem(sheet);
                if (before === undefined) ws.notes.add(ws.getRange(a), content);
                else ws.notes.getItem(a).content = content;
              },
            });
            existing.set(a, content);
            noteCount++;
          }
          noteCells[sheet] = [...w.keys()];
        }
      }
      const next: Ledger = { v: 1, fills: diff.next.fills, notes: this.caps.notes ? noteCells : diff.next.notes };

      // A workbook whose structure is protected cannot get (or lose) sheets: no report sheet, said so.
      const reportOps = state.structureProtected ? { name: null, ops: [] } : this.reportOps(state, plan);
      if (state.structureProtected) {
        skipped.set(plan.report.name || REPORT_SHEET, excelMessage("excel.structureProtected"));
      }
      const saved = this.ledgerOp(state, next);
      const allOps = [saved.op, ...this.fillOps(diff.restore), ...this.fillOps(diff.paint), ...ops, ...reportOps.ops];
      await this.runWrite(allOps);
      saved.done();
      state.ledger = next;
      this.remember(state, diff.restore);
      if (reportOps.name !== null) state.reportSheets.set(reportOps.name, true);
      return {
        marked: diff.painted,
        notes: noteCount,
        skippedSheets: [...skipped].map(([sheet, reason]) => ({ sheet, reason })),
        reportSheet: reportOps.name,
      };
    });
  }

  private removeNoteOps(state: ReadState, sheet: string, a: string): Op[] {
    const existing = state.notes.get(sheet);
    const before = existing?.get(a);
    if (before === undefined || !existing) return []; // the user removed it already
    const user = userPart(before);
    if (user) existing.set(a, user);
    else existing.delete(a);
    return [
      {
        bytes: estimateBytes(user) + 64,
        run: (context) => {
          const note = context.workbook.worksheets.getItem(sheet).notes.getItem(a);
          if (user) note.content = user;
          else note.delete();
        },
      },
    ];
  }

  /** The report sheet: our own one is replaced; a user's sheet of that name makes us pick 校验结果(2), (3)… */
  private reportOps(state: ReadState, plan: WritePlan): { name: string; ops: Op[] } {
    const base = plan.report.name || REPORT_SHEET;
    let name: string | undefined;
    for (let i = 1; i < 100 && name === undefined; i++) {
      const candidate = i === 1 ? base : `${base}(${i})`;
      const ours = state.reportSheets.get(candidate);
      const exists = state.sheets.has(candidate) || ours !== undefined;
      if (!exists || ours === true) name = candidate;
    }
    if (name === undefined) throw new GatewayError("excel.reportNameTaken", excelMessage("excel.reportNameTaken"));
    const sheetName = name;
    const replace = state.sheets.has(sheetName) || state.reportSheets.get(sheetName) === true;
    const { report } = plan;
    const cols = Math.max(...report.rows.map((r) => r.length), 1);
    const values = report.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ""));
    const formats = report.rows.map((_, i) =>
      Array.from({ length: cols }, (_, c) => {
        if (i < report.firstDataRow) return "@";
        if (c === 0) return "0";
        if (c >= 6) return "#,##0.00";
        return "@";
      }),
    );
    const last = toA1(values.length - 1, cols - 1);
    const bySeverity = new Map<string, { row: number; col: number }[]>();
    report.severities.forEach((sev, i) => {
      const color = `#${SEVERITY_FILL[sev]}`;
      let list = bySeverity.get(color);
      if (!list) bySeverity.set(color, (list = []));
      list.push({ row: report.firstDataRow + i, col: SEVERITY_COLUMN });
    });
    const ops: Op[] = [
      {
        bytes: estimateBytes(values) + estimateBytes(formats) + 256,
        run: (context) => {
          const sheets = context.workbook.worksheets;
          if (replace) sheets.getItem(sheetName).delete();
          const ws = sheets.add(sheetName);
          const block = ws.getRange(`A1:${last}`);
          block.numberFormat = formats;
          block.values = values;
        },
      },
    ];
    for (const link of report.links) {
      const text = String(report.rows[link.row][link.col] ?? "");
      const doc = link.target.replace(/^#/, "");
      ops.push({
        bytes: estimateBytes(doc) * 2 + 96,
        run: (context) => {
          context.workbook.worksheets.getItem(sheetName).getRange(toA1(link.row, LOCATION_COLUMN)).hyperlink = {
            documentReference: doc,
            textToDisplay: text,
          };
        },
      });
    }
    for (const [color, cells] of bySeverity) {
      for (const addr of addressStrings(cells)) {
        ops.push({
          bytes: estimateBytes(addr) + 64,
          run: (context) => {
            context.workbook.worksheets.getItem(sheetName).getRanges(addr).format.fill.color = color;
          },
        });
      }
    }
    ops.push({
      bytes: 1024,
      run: (context) => {
        const ws = context.workbook.worksheets.getItem(sheetName);
        ws.getRange("A1").format.font.bold = true;
        ws.getRange("A2:" + toA1(1, cols - 1)).format.font.bold = true;
        REPORT_WIDTHS.slice(0, cols).forEach((w, c) => {
          ws.getRange(toA1(0, c)).format.columnWidth = w;
        });
        ws.getRange(
          `${toA1(report.firstDataRow, 5)}:${toA1(Math.max(values.length - 1, report.firstDataRow), 5)}`,
        ).format.wrapText = true;
        ws.freezePanes.freezeRows(report.firstDataRow);
      },
    });
    return { name: sheetName, ops };
  }

  // ---------------------------------------------------------------- 情况说明 and 补充数据 sheets

  writeNarrative(layout: NarrativeSheetLayout): Promise<NarrativeWriteResult> {
    return mapErrors(async () => {
      if (!isOwnNarrativeTitle(layout.rows[0]?.text ?? null)) {
        // Without our title in A1 the sheet could never be told from a user's one, nor replaced by the next run.
        throw new Error("writeNarrative: the first row must be our 情况说明 title (narrativeTitle())");
      }
      const state = await this.ensureState();
      try {
        return await this.narrativeWrite(state, layout);
      } catch (e) {
        if (!isStale(e)) throw e;
        // A sheet of that name was added or removed since the last read: read the workbook again, and retry once.
        await this.readSnapshot();
        return this.narrativeWrite(this.state!, layout);
      }
    });
  }

  private async narrativeWrite(state: ReadState, layout: NarrativeSheetLayout): Promise<NarrativeWriteResult> {
    if (state.structureProtected) {
      throw new GatewayError("excel.narrativeStructureProtected", excelMessage("excel.narrativeStructureProtected"));
    }
    const name = claimSheetName(
      layout.name || NARRATIVE_SHEET,
      (n) => state.sheets.has(n),
      (n) => state.ownNarratives.has(n),
    );
    if (name === undefined) {
      throw new GatewayError("excel.narrativeNameTaken", excelMessage("excel.narrativeNameTaken"));
    }
    const cells = narrativeCells(layout);
    const wanted = cells.charts.length > 0;
    let chartsSkipped: string | undefined =
      wanted && this.caps.charts === false ? excelMessage("excel.chartsUnsupported") : undefined;
    // Marks of a check on the sheet we replace go with it: the ledger forgets them in the same sync (only then).
    const marked = name in state.ledger.fills || name in state.ledger.notes;
    const ledger = marked ? pruneLedger(state.ledger, (sheet) => sheet !== name) : state.ledger;
    const write = async (replace: string | undefined, charts: boolean) => {
      const sheet = this.newSheetOp(name, replace, cells.text);
      const saved = marked ? this.ledgerOp(state, ledger) : undefined;
      await this.runWrite([...(saved ? [saved.op] : []), sheet.op, ...this.narrativeOps(name, cells, charts)]);
      saved?.done();
      return sheet;
    };
    let sheet: Awaited<ReturnType<typeof write>>;
    try {
      sheet = await write(state.sheets.get(name)?.id, wanted && chartsSkipped === undefined);
    } catch (e) {
      if (!(wanted && chartsSkipped === undefined && isChartError(e))) throw e;
      // The chart engine refused (the commands before it were applied): the sheet again, text and data, no charts.
      chartsSkipped = excelMessage("excel.chartsFailed", { detail: errorDetail(e) });
      // The sheet the failed batch created (its id never came back): by name, which is ours since a moment ago.
      sheet = await write(name, false);
    }
    state.ledger = ledger;
    this.added(state, name, sheet.id());
    state.ownNarratives.add(name);
    return {
      sheet: name,
      rows: layout.rows.length,
      charts: wanted && chartsSkipped === undefined ? cells.charts.length : 0,
      ...(chartsSkipped !== undefined ? { chartsSkipped } : {}),
    };
  }

  /**
   * The op that (re)creates a sheet of ours with its first block of cells (formats before values, so that text stays
   * text); `id()` is the new sheet's id after the sync.
   */
  private newSheetOp(
    name: string,
    replace: string | undefined,
    first: CellBlock,
  ): { op: Op; id: () => string | undefined } {
    let ws: Excel.Worksheet | undefined;
    const op: Op = {
      bytes: estimateBytes(first.values) + estimateBytes(first.formats) + 256,
      run: (context) => {
        const sheets = context.workbook.worksheets;
        // `replace` is our sheet's id, not its name: if the user deleted our sheet and made one of that name since the
        // last read, this fails (ItemNotFound) before anything of theirs is touched, and the write reads and retries.
        if (replace !== undefined) sheets.getItem(replace).delete();
        ws = sheets.add(name);
        ws.load("id");
        if (first.values.length > 0) {
          const range = ws.getRange(blockAddress(first));
          range.numberFormat = first.formats as string[][];
          range.values = first.values as (string | number | boolean)[][];
        }
      },
    };
    return { op, id: () => ws?.id };
  }

  /** The sheet list after we added a sheet: known (and writable) for the next write without a read. */
  private added(state: ReadState, name: string, id: string | undefined, fresh = true): void {
    const old = state.sheets.get(name);
    if (old) state.sheetById.delete(old.id);
    state.sheets.set(name, { name, id: id ?? "", protected: false, hidden: false });
    if (id) state.sheetById.set(id, name);
    state.reportSheets.delete(name);
    state.ownNarratives.delete(name);
    if (!fresh) return;
    // A new sheet of ours: no fill and no note of anyone's.
    state.fills.set(name, new Map());
    state.notes.set(name, new Map());
  }

  /** Formats of the text, the chart blocks' cells, the charts, and the sheet shown with A1 selected. */
  private narrativeOps(name: string, cells: ReturnType<typeof narrativeCells>, charts: boolean): Op[] {
    const rows = cells.text.values.length;
    const ops: Op[] = [];
    const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(name);
    ops.push({
      bytes: 512,
      run: (context) => {
        const ws = sheet(context);
        ws.getRange("A1").format.columnWidth = cells.textWidth;
        if (rows === 0) return;
        const text = ws.getRange(blockAddress(cells.text)).format;
        text.wrapText = true;
        text.verticalAlignment = "Top";
        for (const r of cells.titleRows) {
          const font = ws.getRange(`A${r + 1}`).format.font;
          font.bold = true;
          font.size = TITLE_FONT_SIZE;
        }
      },
    });
    for (const addr of addressStrings(cells.headingRows.map((row) => ({ row, col: 0 })))) {
      ops.push({
        bytes: estimateBytes(addr) + 64,
        run: (context) => {
          sheet(context).getRanges(addr).format.font.bold = true;
        },
      });
    }
    for (const c of cells.charts) {
      ops.push({
        bytes: estimateBytes(c.caption.values) + estimateBytes(c.data.values) + estimateBytes(c.data.formats) + 256,
        run: (context) => {
          const ws = sheet(context);
          const caption = ws.getRange(blockAddress(c.caption));
          caption.numberFormat = c.caption.formats as string[][];
          caption.values = c.caption.values as string[][];
          caption.format.font.bold = true;
          const data = ws.getRange(blockAddress(c.data));
          data.numberFormat = c.data.formats as string[][];
          data.values = c.data.values as (string | number | boolean)[][];
        },
      });
    }
    if (charts) {
      for (const c of cells.charts) {
        ops.push({
          bytes: estimateBytes(c.title) + 256,
          run: (context) => {
            const ws = sheet(context);
            // Series by columns: the header row names the series, the first column the categories.
            const chart = ws.charts.add(c.type, ws.getRange(c.source), "Columns");
            chart.title.text = c.title;
            chart.legend.visible = true;
            chart.setPosition(c.from, c.to);
          },
        });
      }
    }
    ops.push({
      bytes: 128,
      run: (context) => {
        const ws = sheet(context);
        // Row heights follow the wrapped text (ExcelApi 1.2), then our sheet is shown from its title.
        if (rows > 0) ws.getRange(blockAddress(cells.text)).format.autofitRows();
        ws.activate();
        ws.getRange("A1").select();
      },
    });
    return ops;
  }

  createSupplement(rows: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<{ readonly sheet: string }> {
    return mapErrors(async () => {
      const state = await this.ensureState();
      const exists = (sheet: string) =>
        new GatewayError("excel.supplementExists", excelMessage("excel.supplementExists", { sheet }));
      // Once there, the sheet is the user's (whatever it holds): it is never replaced.
      const existing = [...state.sheets.keys()].find((n) => n.trim() === SUPPLEMENT_SHEET);
      if (existing !== undefined) throw exists(existing);
      if (state.structureProtected) {
        throw new GatewayError(
          "excel.supplementStructureProtected",
          excelMessage("excel.supplementStructureProtected"),
        );
      }
      const cells = supplementCells(rows);
      const sheet = this.newSheetOp(SUPPLEMENT_SHEET, undefined, cells.block);
      try {
        await this.runWrite([sheet.op, this.supplementFormatOp(cells)]);
      } catch (e) {
        // Added by the user since the last read: theirs.
        if (isOfficeErrorCode(e, "ItemAlreadyExists")) {
          this.added(state, SUPPLEMENT_SHEET, undefined, false);
          throw exists(SUPPLEMENT_SHEET);
        }
        throw e;
      }
      this.added(state, SUPPLEMENT_SHEET, sheet.id());
      return { sheet: SUPPLEMENT_SHEET };
    });
  }

  /** 补充数据: bold title and header, the columns' widths, the rows down to the header frozen, the sheet shown. */
  private supplementFormatOp(cells: ReturnType<typeof supplementCells>): Op {
    return {
      bytes: 512,
      run: (context) => {
        const ws = context.workbook.worksheets.getItem(SUPPLEMENT_SHEET);
        const title = ws.getRange("A1");
        title.format.font.bold = true;
        title.format.font.size = TITLE_FONT_SIZE;
        if (cells.headerRow >= 0) {
          ws.getRange(rangeA1(cells.headerRow, 0, cells.headerRow, cells.cols - 1)).format.font.bold = true;
          ws.freezePanes.freezeRows(cells.headerRow + 1);
        }
        cells.widths.forEach((w, c) => {
          ws.getRange(toA1(0, c)).format.columnWidth = w;
        });
        ws.activate();
        ws.getRange("A1").select();
      },
    };
  }

  clearMarks(): Promise<ClearResult> {
    return mapErrors(async () => {
      const state = await this.ensureState();
      const writable = (sheet: string) => this.writable(state, sheet);
      const { restore, kept, restored } = clearGroups(state.ledger, writable);
      const ops: Op[] = [];
      if (this.caps.notes) {
        for (const [sheet, list] of Object.entries(state.ledger.notes)) {
          if (!writable(sheet)) continue;
          for (const a of list) ops.push(...this.removeNoteOps(state, sheet, a));
        }
      }
      const saved = this.ledgerOp(state, kept);
      await this.runWrite([saved.op, ...this.fillOps(restore), ...ops]);
      saved.done();
      state.ledger = kept;
      this.remember(state, restore);
      return { restored };
    });
  }

  // ---------------------------------------------------------------- navigation, events, state

  navigate(target: CellRef | ReadonlyArray<CellRef>): Promise<void> {
    const refs = (Array.isArray(target) ? target : [target]) as ReadonlyArray<CellRef>;
    if (refs.length === 0) return Promise.resolve();
    const sheet = refs[0].sheet;
    const cells = refs.filter((r) => r.sheet === sheet).map((r) => r.address.replace(/\$/g, ""));
    return mapErrors(() =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cells.length === 1 || !this.caps.notes) {
          // RangeAreas.select() is ExcelApi 1.18 (same set as notes); otherwise the first cell only.
          ws.getRange(cells[0]).select();
        } else {
          ws.getRanges(addressStrings(cells.map((a) => parseA1(a)))[0]).select();
        }
        await context.sync();
      }),
    );
  }

  onSelectionChanged(cb: (ref: CellRef) => void): () => void {
    this.listeners.add(cb);
    if (!this.handler && !this.registering) {
      this.registering = Excel.run(async (context) => {
        this.handler = context.workbook.worksheets.onSelectionChanged.add(async (args) => this.fire(args));
        await context.sync();
      })
        .catch(() => undefined)
        .finally(() => {
          this.registering = undefined;
        });
    }
    return () => {
      this.listeners.delete(cb);
      if (this.listeners.size === 0) void this.unregister();
    };
  }

  /** Resolves once the selection handler is registered (tests, and the pane's unmount). */
  async ready(): Promise<void> {
    await this.registering;
  }

  private async unregister(): Promise<void> {
    await this.registering;
    if (this.listeners.size > 0 || !this.handler) return;
    const h = this.handler;
    this.handler = undefined;
    if (this.timer) clearTimeout(this.timer);
    // The documented pattern: remove with the context the handler was added in.
    await Excel.run(h.context, async (context) => {
      h.remove();
      await context.sync();
    });
  }

  private fire(args: Excel.WorksheetSelectionChangedEventArgs): void {
    const sheet = this.state?.sheetById.get(args.worksheetId);
    const address = localAddress(args.address);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const deliver = (name: string) => {
        for (const l of this.listeners) l({ sheet: name, address });
      };
      if (sheet !== undefined) deliver(sheet);
      else
        void Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(args.worksheetId);
          ws.load("name");
          await context.sync();
          deliver(ws.name);
        }).catch(() => undefined);
    }, this.debounceMs);
  }

  loadState(): Promise<WorkbookState> {
    return mapErrors(() =>
      Excel.run(async (context) => {
        const s = context.workbook.settings.getItemOrNullObject(STATE_KEY);
        s.load("value");
        await context.sync();
        if (s.isNullObject) return { ignored: [] };
        try {
          const v: unknown = typeof s.value === "string" ? JSON.parse(s.value) : s.value;
          return parseState(v);
        } catch {
          return { ignored: [] };
        }
      }),
    );
  }

  saveState(state: WorkbookState): Promise<void> {
    return mapErrors(() =>
      Excel.run(async (context) => {
        // The whole state: the ribbon's 一键校验 leaves lastRun here for the pane to show when it opens.
        context.workbook.settings.add(STATE_KEY, JSON.stringify({ ...state, ignored: [...state.ignored] }));
        await context.sync();
      }),
    );
  }
}

/** The stored state, tolerant of older or hand-edited settings: unknown shapes fall back to "nothing ignored". */
function parseState(v: unknown): WorkbookState {
  const o = (v ?? {}) as { ignored?: unknown; lastRun?: unknown };
  const ignored = Array.isArray(o.ignored) ? o.ignored.filter((x): x is string => typeof x === "string") : [];
  const r = o.lastRun as Partial<LastRunSummary> | undefined;
  const c = r?.counts as Partial<Record<"error" | "warning" | "info", unknown>> | undefined;
  const validRun =
    r !== undefined &&
    typeof r.at === "string" &&
    typeof r.tables === "number" &&
    (r.source === "ribbon" || r.source === "pane") &&
    c !== undefined &&
    ["error", "warning", "info"].every((k) => typeof c[k as "error"] === "number");
  const n = (v as { narrative?: { edits?: unknown; templates?: unknown } } | null)?.narrative;
  const edits =
    n && n.edits && typeof n.edits === "object"
      ? Object.fromEntries(Object.entries(n.edits).filter((e): e is [string, string] => typeof e[1] === "string"))
      : undefined;
  const narrative = edits
    ? { narrative: { edits, ...(typeof n!.templates === "string" ? { templates: n!.templates } : {}) } }
    : {};
  return validRun ? { ignored, lastRun: r as LastRunSummary, ...narrative } : { ignored, ...narrative };
}

/** The workbook changed under a name we planned from the last read. */
function isStale(e: unknown): boolean {
  return isOfficeErrorCode(e, "ItemAlreadyExists") || isOfficeErrorCode(e, "ItemNotFound");
}

/** A failure raised by the chart API (office-js names the failing call in debugInfo.errorLocation: "ChartCollection.add"). */
function isChartError(e: unknown): boolean {
  const info = e && typeof e === "object" && "debugInfo" in e ? (e as { debugInfo: unknown }).debugInfo : undefined;
  const where =
    info && typeof info === "object" && "errorLocation" in info
      ? (info as { errorLocation: unknown }).errorLocation
      : "";
  return typeof where === "string" && /^Chart/.test(where);
}

function errorDetail(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  return code || (e instanceof Error ? e.message : String(e));
}
