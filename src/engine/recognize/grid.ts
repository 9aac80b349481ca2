import { parseA1, parseRange, cellRef, type CellRef } from "../address";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { cellText, isBlank, normalizeLabel } from "../values/text";

/** Read-only view of one sheet with cached normalised texts and merge lookups. */
export class Grid {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  private readonly norm = new Map<number, string>();
  /** key r*cols+c of every cell inside a merge → the merge's master (top-left) and extent. */
  private readonly mergeOf = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rows = sheet.rowCount;
    this.cols = sheet.colCount;
    for (const m of sheet.merges) {
      const rect = parseRange(m);
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) this.mergeOf.set(r * this.cols + c, rect);
      }
    }
  }

  raw(r: number, c: number): CellValue {
    const row = this.sheet.values[r];
    return row === undefined ? null : (row[c] ?? null);
  }

  text(r: number, c: number): string {
    return cellText(this.raw(r, c)).trim();
  }

  /** Normalised text (see normalizeLabel), cached. */
  label(r: number, c: number): string {
    const k = r * this.cols + c;
    let s = this.norm.get(k);
    if (s === undefined) {
      const v = this.raw(r, c);
      s = v === null ? "" : normalizeLabel(cellText(v));
      this.norm.set(k, s);
    }
    return s;
  }

  blank(r: number, c: number): boolean {
    return isBlank(this.raw(r, c));
  }

  rowBlank(r: number): boolean {
    const row = this.sheet.values[r];
    if (!row) return true;
    for (const v of row) if (!isBlank(v)) return false;
    return true;
  }

  /** Columns of non-blank cells in a row. */
  filled(r: number): number[] {
    const out: number[] = [];
    const row = this.sheet.values[r];
    if (!row) return out;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) out.push(c);
    return out;
  }

  firstFilled(r: number): number {
    const row = this.sheet.values[r];
    if (!row) return -1;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return c;
    return -1;
  }

  merge(r: number, c: number): { r0: number; c0: number; r1: number; c1: number } | undefined {
    return this.mergeOf.get(r * this.cols + c);
  }

  /** Text shown at (r, c): the cell's own, or its merge master's. */
  shownLabel(r: number, c: number): string {
    const own = this.label(r, c);
    if (own !== "") return own;
    const m = this.merge(r, c);
    return m ? this.label(m.r0, m.c0) : "";
  }

  numberFormat(r: number, c: number): string | undefined {
    if (this.formats === undefined) {
      this.formats = new Map();
      for (const [a1, f] of Object.entries(this.sheet.numberFormats ?? {})) {
        const p = parseA1(a1);
        if (p.col < this.cols) this.formats.set(p.row * this.cols + p.col, f);
      }
    }
    return this.formats.get(r * this.cols + c);
  }

  /** Number formats by r*cols+c, built on first use (the snapshot keys them by A1 address). */
  private formats: Map<number, string> | undefined;

  ref(r: number, c: number): CellRef {
    return cellRef(this.name, r, c);
  }
}
