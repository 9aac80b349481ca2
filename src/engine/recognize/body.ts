import type { Grid } from "./grid";

export type RowClass = "data" | "header" | "blank" | "note" | "other";

export interface Body {
  readonly dataRows: number[];
  /** Header blocks repeated where a PDF page broke. */
  readonly repeatedHeaders: number[];
  /** Rows inside the table that no reader understood. */
  readonly otherRows: number[];
  readonly notes: { row: number; text: string }[];
  /** Last row (inclusive) that belongs to the table. */
  readonly end: number;
}

const NOTE_START = /^(注|说明|备注)[:：\d\s.、]|^注$/;

export function isNoteStart(grid: Grid, r: number): boolean {
  const c = grid.firstFilled(r);
  return c >= 0 && NOTE_START.test(grid.text(r, c));
}

/** A row with text and no figures (a note's continuation, "2023 年度无政府性基金预算财政拨款收入。"). */
export function isTextOnly(grid: Grid, r: number): boolean {
  const cols = grid.filled(r);
  if (cols.length === 0) return false;
  return cols.every((c) => typeof grid.raw(r, c) === "string" && !/^[\d\s,.，．-]+$/.test(grid.text(r, c)));
}

/**
 * Walks the rows below a header. The table ends at the limit (next title), after its notes, or before content that
 * follows a gap of blank rows and is not table data.
 */
export function scanBody(grid: Grid, start: number, limit: number, classify: (r: number) => RowClass): Body {
  const dataRows: number[] = [];
  const repeatedHeaders: number[] = [];
  const otherRows: number[] = [];
  const notes: { row: number; text: string }[] = [];
  let pendingOther: number[] = [];
  let pendingHeader: number[] = [];
  let end = start - 1;
  let inNotes = false;
  let blanks = 0;
  for (let r = start; r < limit; r++) {
    if (grid.rowBlank(r)) {
      blanks++;
      if (inNotes && blanks >= 2) break;
      if (blanks >= 3) break;
      continue;
    }
    if (inNotes) {
      if (isNoteStart(grid, r) || (isTextOnly(grid, r) && blanks === 0)) {
        notes.push({ row: r, text: grid.text(r, grid.firstFilled(r)) });
        end = r;
        blanks = 0;
        continue;
      }
      break;
    }
    const k = isNoteStart(grid, r) ? "note" : classify(r);
    if (k === "note") {
      inNotes = true;
      notes.push({ row: r, text: grid.text(r, grid.firstFilled(r)) });
      otherRows.push(...pendingOther);
      pendingOther = [];
      pendingHeader = [];
      end = r;
      blanks = 0;
      continue;
    }
    if (k === "data") {
      dataRows.push(r);
      otherRows.push(...pendingOther);
      repeatedHeaders.push(...pendingHeader);
      pendingOther = [];
      pendingHeader = [];
      end = r;
    } else if (k === "header") {
      if (blanks >= 2 && dataRows.length > 0) break;
      pendingHeader.push(r);
    } else {
      if (blanks >= 1 && dataRows.length > 0) break;
      pendingOther.push(r);
    }
    blanks = 0;
  }
  return { dataRows, repeatedHeaders, otherRows, notes, end };
}
