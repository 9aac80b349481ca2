/** A1 addresses and cell references. 0-based row/col internally; A1 strings at the boundary. */

export interface CellRef {
  readonly sheet: string;
  /** A1 address, e.g. "E6". */
  readonly address: string;
}

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = toA1(r0, c0);
  const b = toA1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function parseRange(range: string): Rect {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, address: toA1(row, col) };
}

/** "公开03表!E6" — the form findings and truth files use. Sheet names are not quoted. */
export function formatRef(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}
