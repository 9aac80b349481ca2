/**
 * The cells of the sheets the add-in creates — our 情况说明 (a NarrativeSheetLayout) and the user's 补充数据 — as plain
 * blocks of values and number formats, plus what is bold and how wide the columns are. Pure (no Office): the office-js
 * gateway queues them, the demo gateway keeps them, tests compare them.
 */
import { rangeA1 } from "../engine/address";
import { SUPPLEMENT_HEADER } from "../engine/sheet-names";
import type { NarrativeSheetLayout } from "../engine/narrative/sheet";
import type { CellValue } from "../engine/snapshot";
import { parseArea } from "./addresses";

/** Excel keeps at most this many characters in a cell. */
export const CELL_TEXT_LIMIT = 32_767;
/** Text, so that a paragraph, a code (2080505) or a key is stored exactly as written and never parsed. */
export const TEXT_FORMAT = "@";
/** Amounts of a chart's data block, as the tables print them. */
export const AMOUNT_FORMAT = "#,##0.00";
export const GENERAL_FORMAT = "General";
/** Font size of a sheet's title row (the CLI's ExcelJS sheets use the same). */
export const TITLE_FONT_SIZE = 14;

/**
 * A column width in Excel's own unit — characters of the default font's widest digit, as ExcelJS's `width` and the
 * layout's textWidthChars count — converted to the points office-js's `format.columnWidth` takes: Excel's formula for
 * the default 11 pt font (等线 / Calibri: a digit is 7 px wide, plus 5 px of cell padding), at 96 dpi (0.75 pt per px).
 * So the add-in's sheet is exactly as wide as the CLI's ExcelJS one: 100 characters → 528.75 pt (705 px), about 48
 * full-width CJK characters of 11 pt per line (a CJK character is about two digits wide).
 */
export function columnWidthPoints(chars: number): number {
  return (Math.max(0, chars) * 7 + 5) * 0.75;
}

/** A rectangle of cells from (row, col), 0-based: values ("" = empty) and a number format per cell. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly values: ReadonlyArray<ReadonlyArray<string | number | boolean>>;
  readonly formats: ReadonlyArray<ReadonlyArray<string>>;
}

export function blockAddress(b: CellBlock): string {
  const cols = Math.max(1, ...b.values.map((r) => r.length));
  return rangeA1(b.row, b.col, b.row + Math.max(b.values.length, 1) - 1, b.col + cols - 1);
}

function clip(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : `${text.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

/** A chart's caption and data cells, and the native chart drawn from them. */
export interface ChartCells {
  readonly caption: CellBlock;
  readonly data: CellBlock;
  /** Excel.ChartType of the chart. */
  readonly type: "ColumnClustered" | "Pie";
  readonly title: string;
  /** The chart's source (the layout's data address, header row included), series by columns. */
  readonly source: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface NarrativeCells {
  /** Column A from A1: one row per text row, all text. */
  readonly text: CellBlock;
  /** 0-based rows of column A shown bold and large (the title) and bold (headings). */
  readonly titleRows: ReadonlyArray<number>;
  readonly headingRows: ReadonlyArray<number>;
  readonly charts: ReadonlyArray<ChartCells>;
  /** Width of column A in points. */
  readonly textWidth: number;
}

/** Our 情况说明 sheet's cells: the text in column A, each chart block's caption and data (numbers as amounts). */
export function narrativeCells(layout: NarrativeSheetLayout): NarrativeCells {
  const text: CellBlock = {
    row: 0,
    col: 0,
    values: layout.rows.map((r) => [clip(r.text)]),
    formats: layout.rows.map(() => [TEXT_FORMAT]),
  };
  const rowsOf = (kind: "title" | "heading") => layout.rows.flatMap((r, i) => (r.kind === kind ? [i] : []));
  const charts = layout.blocks.map((b): ChartCells => {
    const cap = parseArea(b.caption);
    const at = parseArea(b.data);
    const width = Math.max(1, ...b.cells.map((r) => r.length));
    const values = b.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    const formats = b.cells.map((r, i) =>
      Array.from({ length: width }, (_, c) => {
        const v = r[c];
        if (typeof v === "number") return AMOUNT_FORMAT;
        if (typeof v === "string" || i === 0 || c === 0) return TEXT_FORMAT;
        return AMOUNT_FORMAT; // an unknown amount: empty, formatted like its column
      }),
    );
    return {
      caption: { row: cap.r0, col: cap.c0, values: [[clip(b.chart.title)]], formats: [[TEXT_FORMAT]] },
      data: { row: at.r0, col: at.c0, values, formats },
      type: b.chart.kind === "pie" ? "Pie" : "ColumnClustered",
      title: b.chart.title,
      source: b.data,
      from: b.from,
      to: b.to,
    };
  });
  return {
    text,
    titleRows: rowsOf("title"),
    headingRows: rowsOf("heading"),
    charts,
    textWidth: columnWidthPoints(layout.textWidthChars),
  };
}

/** Widths of the 补充数据 columns in characters (键 … 上年原因（参考）), as the CLI's sheet. */
export const SUPPLEMENT_WIDTHS_CHARS = [22, 16, 10, 30, 12, 12, 12, 36, 36, 30];
/** Columns of 补充数据 the user types amounts into: empty cells there stay General, so a typed number is a number. */
export const SUPPLEMENT_AMOUNT_HEADERS: ReadonlySet<string> = new Set(["本年决算数", "上年决算数", "年初预算数"]);

export interface SupplementCells {
  readonly block: CellBlock;
  /** 0-based row of the header (A = “键”), or -1 when the rows have none. Rows up to it are frozen. */
  readonly headerRow: number;
  readonly cols: number;
  /** Column widths in points, from column A. */
  readonly widths: ReadonlyArray<number>;
}

function plain(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : "";
  return v;
}

/**
 * The 补充数据 sheet's cells: text cells (codes, keys, labels, reasons) as text, numbers as numbers; empty cells of the
 * amount columns General (the user types numbers there), every other empty cell text (a typed code keeps its zeros).
 */
export function supplementCells(rows: ReadonlyArray<ReadonlyArray<CellValue>>): SupplementCells {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const headerRow = rows.findIndex((r) => r[0] === SUPPLEMENT_HEADER[0]);
  const amountCols = new Set<number>();
  if (headerRow >= 0)
    rows[headerRow].forEach((h, c) => {
      if (typeof h === "string" && SUPPLEMENT_AMOUNT_HEADERS.has(h.trim())) amountCols.add(c);
    });
  const values = rows.map((r) => Array.from({ length: cols }, (_, c) => plain(r[c] ?? null)));
  const formats = values.map((r, i) =>
    r.map((v, c) => {
      if (typeof v === "number" || typeof v === "boolean") return GENERAL_FORMAT;
      if (v === "" && i > headerRow && amountCols.has(c)) return GENERAL_FORMAT;
      return TEXT_FORMAT;
    }),
  );
  const widths = Array.from({ length: cols }, (_, c) => columnWidthPoints(SUPPLEMENT_WIDTHS_CHARS[c] ?? 12));
  return { block: { row: 0, col: 0, values, formats }, headerRow, cols, widths };
}

/**
 * The name for a sheet of ours: `base`, else base(2), base(3)… up to (99). A name is free when no sheet has it or the
 * sheet there is ours (it is then replaced). Undefined when all are a user's sheets.
 */
export function claimSheetName(
  base: string,
  exists: (name: string) => boolean,
  ours: (name: string) => boolean,
): string | undefined {
  for (let i = 1; i < 100; i++) {
    const name = i === 1 ? base : `${base}(${i})`;
    if (!exists(name) || ours(name)) return name;
  }
  return undefined;
}
