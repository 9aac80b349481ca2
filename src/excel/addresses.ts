/**
 * A1 helpers for the office-js host: cells → rectangles → getRanges() address strings of at most 8 000 characters
 * (addin-conventions §6.3), and the parsing of the addresses Excel returns ("公开01表!B3:F20", "'a b'!A1").
 */
import { colName, parseA1, rangeA1, type Rect } from "../engine/address";

/** Excel rejects longer RangeAreas address strings. */
export const MAX_ADDRESS_LENGTH = 8000;

export interface Cell {
  readonly row: number;
  readonly col: number;
}

/**
 * Groups cells into rectangles: vertical runs per column, then equal runs of adjacent columns merged side by side.
 * Duplicates are ignored. Deterministic (sorted by column, then row).
 */
export function groupRects(cells: ReadonlyArray<Cell>): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.col);
    if (!rows) byCol.set(c.col, (rows = []));
    rows.push(c.row);
  }
  // Vertical runs per column.
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (i < rows.length && r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ r0: start, r1: prev, c0: col, c1: col });
      start = r;
      prev = r;
    }
  }
  // Merge a run into the rectangle that ends in the previous column with the same rows.
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = `${run.r0}:${run.r1}`;
    const rect = open.get(key);
    if (rect && rect.c1 === run.c0 - 1) {
      rect.c1 = run.c0;
    } else {
      const fresh = { ...run };
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

export function rectA1(r: Rect): string {
  return rangeA1(r.r0, r.c0, r.r1, r.c1);
}

/** Joins A1 areas with "," into strings of at most `max` characters (an area longer than `max` cannot occur in A1). */
export function joinAddresses(areas: ReadonlyArray<string>, max = MAX_ADDRESS_LENGTH): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    if (cur === "") cur = a;
    else if (cur.length + 1 + a.length <= max) cur += "," + a;
    else {
      out.push(cur);
      cur = a;
    }
  }
  if (cur !== "") out.push(cur);
  return out;
}

/** Cells → getRanges() address strings (≤ 8 000 characters each). */
export function addressStrings(cells: ReadonlyArray<Cell>, max = MAX_ADDRESS_LENGTH): string[] {
  return joinAddresses(groupRects(cells).map(rectA1), max);
}

/** The A1 part of an address Excel returns: "'公开 01'!B3:F20" → "B3:F20" (everything after the last "!"). */
export function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return (i < 0 ? address : address.slice(i + 1)).replace(/\$/g, "");
}

/** Every A1 area in a RangeAreas address ("S!A1:B2, S!C3" or "A1:B2,C3"), without sheet names and "$". */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[!,\s])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=$|[,\s])/g;
  for (const m of address.matchAll(re)) out.push(m[1].replace(/\$/g, ""));
  return out;
}

/** "B3:F20" → 0-based rectangle; a single cell "C5" too. Whole rows/columns are not used here. */
export function parseArea(a1: string): Rect {
  const [a, b] = a1.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** The A1 of a rectangle given by its last row/col, from A1: "A1:F20". */
export function fromA1To(lastRow: number, lastCol: number): string {
  return rangeA1(0, 0, lastRow, lastCol);
}

export { colName };
