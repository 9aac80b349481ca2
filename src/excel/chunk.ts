/**
 * Splitting work so that no single context.sync() carries too much (addin-conventions §6.1–6.2): row blocks for big
 * reads, and ~4 MB chunks of queued writes.
 */

/** A used range above this many cells is read in row blocks, each with its own sync. */
export const BLOCK_CELLS = 200_000;
export const MIN_BLOCK_ROWS = 5_000;
export const MAX_BLOCK_ROWS = 20_000;
/** Refused: more cells than this in all used ranges together. */
export const MAX_CELLS = 5_000_000;
/** Target request size of one write sync. */
export const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

export interface RowBlock {
  /** 0-based first row and row count. */
  readonly row: number;
  readonly rows: number;
}

/** Row blocks of a sheet of rows × cols: one block up to BLOCK_CELLS, else blocks of 5k–20k rows. */
export function rowBlocks(rows: number, cols: number, blockCells = BLOCK_CELLS, minRows = MIN_BLOCK_ROWS): RowBlock[] {
  if (rows <= 0 || cols <= 0) return [];
  if (rows * cols <= blockCells) return [{ row: 0, rows }];
  const size = Math.max(minRows, 1, Math.min(MAX_BLOCK_ROWS, Math.floor(blockCells / cols)));
  const out: RowBlock[] = [];
  for (let r = 0; r < rows; r += size) out.push({ row: r, rows: Math.min(size, rows - r) });
  return out;
}

/**
 * Packs items of a given weight into consecutive groups of at most `limit` (an item heavier than the limit gets a group
 * of its own). Order is kept.
 */
export function pack<T>(items: ReadonlyArray<T>, weight: (t: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let sum = 0;
  for (const it of items) {
    const w = weight(it);
    if (cur.length > 0 && sum + w > limit) {
      out.push(cur);
      cur = [];
      sum = 0;
    }
    cur.push(it);
    sum += w;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** A rough size in bytes of a value as it travels in a request (JSON, UTF-16 code units ≈ bytes for our text). */
export function estimateBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length * 2 + 2;
  if (typeof value === "number" || typeof value === "boolean") return 8;
  if (Array.isArray(value)) {
    let n = 2;
    for (const v of value) n += estimateBytes(v) + 1;
    return n;
  }
  if (typeof value === "object") {
    let n = 2;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += k.length + 3 + estimateBytes(v);
    return n;
  }
  return 8;
}
