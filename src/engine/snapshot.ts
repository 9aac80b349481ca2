/**
 * WorkbookSnapshot: the only input of the engine. A host (ExcelJS in the CLI, office-js in the add-in, a fake in
 * tests) reads the workbook once and hands over plain, serialisable, frozen data.
 */

/** A raw cell value as the host saw it. Merged areas hold their value in the top-left cell only. */
export type CellValue =
  | null
  | string
  | number
  | boolean
  | { readonly error: string } // #REF!, #DIV/0! …
  | { readonly date: string }; // ISO 8601, for cells the host typed as dates

export interface SheetSnapshot {
  readonly name: string;
  /** values[r][c], 0-based, rectangular over rowCount × colCount (the used range from A1). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly rowCount: number;
  readonly colCount: number;
  /** Sparse: A1 address → formula text without "=" (only where the host has formulas). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Sparse: A1 address → number format, omitted for "General". */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Merged areas as A1 ranges ("A1:F1"). */
  readonly merges: ReadonlyArray<string>;
  readonly protected?: boolean;
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** File name or host label, for messages only. */
  readonly source?: string;
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}

export interface SheetInput {
  name: string;
  values: CellValue[][];
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
  merges?: string[];
  protected?: boolean;
  hidden?: boolean;
}

/** Builds an immutable snapshot; pads rows so the grid is rectangular. */
export function createSnapshot(sheets: SheetInput[], source?: string): WorkbookSnapshot {
  const frozen = sheets.map((s) => {
    const colCount = s.values.reduce((m, r) => Math.max(m, r.length), 0);
    const values = s.values.map((r) => {
      const row = r.length === colCount ? r.slice() : r.concat(new Array(colCount - r.length).fill(null));
      return Object.freeze(row);
    });
    const sheet: SheetSnapshot = {
      name: s.name,
      values: Object.freeze(values),
      rowCount: values.length,
      colCount,
      formulas: s.formulas ? Object.freeze({ ...s.formulas }) : undefined,
      numberFormats: s.numberFormats ? Object.freeze({ ...s.numberFormats }) : undefined,
      merges: Object.freeze([...(s.merges ?? [])]),
      protected: s.protected,
      hidden: s.hidden,
    };
    return Object.freeze(sheet);
  });
  return Object.freeze({ source, sheets: Object.freeze(frozen) });
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row];
  return r === undefined ? null : (r[col] ?? null);
}
