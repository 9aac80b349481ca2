import Decimal from "decimal.js";
import type { ChartSpec } from "../charts/model";
import { joinText } from "./segments";
import { narrativeTitle, NARRATIVE_SHEET, type NarrativeKind } from "../sheet-names";

export {
  isOwnNarrativeTitle,
  NARRATIVE_MARK,
  NARRATIVE_SHEET,
  narrativeTitle,
  type NarrativeKind,
} from "../sheet-names";
import type { NarrativeSection } from "./sections";

/**
 * Our 情况说明 sheet, laid out once for every host (the CLI's --out through ExcelJS, the add-in through the gateway):
 * column A holds the text, one paragraph per row; the charts sit beside it (columns C–J), and their data in a small
 * block of the same sheet (from column L), so a native Excel chart stays live and a re-generation replaces it all.
 */

export interface NarrativeSheetRow {
  readonly text: string;
  readonly kind: "title" | "heading" | "paragraph";
}

/** A chart's data block and where the chart is drawn, in A1 addresses of our sheet. */
export interface ChartBlock {
  readonly chart: ChartSpec;
  /** The block's caption cell (the chart's title), e.g. "L2". */
  readonly caption: string;
  /** Header row + one row per category, e.g. "L3:N6": the chart's source, series by columns. */
  readonly data: string;
  /** The block's cells, row by row from the header: ["项目", series names…], then [category, values…]. */
  readonly cells: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface NarrativeSheetLayout {
  readonly name: string;
  /** Column A from A1: the title, then headings and paragraphs. */
  readonly rows: ReadonlyArray<NarrativeSheetRow>;
  /** Width of column A in characters (ExcelJS); the gateway converts to points. */
  readonly textWidthChars: number;
  readonly blocks: ReadonlyArray<ChartBlock>;
}

export const TEXT_WIDTH_CHARS = 100;
const CHART_FIRST_COL = 2; // C
const CHART_LAST_COL = 9; // J
const CHART_ROWS = 16;
const DATA_FIRST_COL = 11; // L

function col(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(row: number, c: number): string {
  return `${col(c)}${row + 1}`;
}

/** The rows of the text: title, then per section its heading and paragraphs. */
export function narrativeSheetRows(
  sections: ReadonlyArray<Pick<NarrativeSection, "heading" | "paragraphs">>,
  kind: NarrativeKind = "final",
): NarrativeSheetRow[] {
  return [
    { text: narrativeTitle(kind), kind: "title" },
    ...sections.flatMap((s) => [
      { text: s.heading, kind: "heading" as const },
      ...s.paragraphs.map((p) => ({ text: joinText(p.segments), kind: "paragraph" as const })),
    ]),
  ];
}

/**
 * The whole sheet: text rows in column A; chart i drawn over C..J, stacked from row 2 with a one-row gap; its data
 * block at L.. in the same rows (caption, header, categories; a block longer than the chart pushes the next one down).
 * Numbers in the block are the exact amounts rounded half-up to the cent as the tables show them — the chart is their
 * picture; the text never reads them back.
 */
export function narrativeSheetLayout(
  rows: ReadonlyArray<NarrativeSheetRow>,
  charts: ReadonlyArray<ChartSpec>,
  name = NARRATIVE_SHEET,
): NarrativeSheetLayout {
  let top = 1;
  const blocks: ChartBlock[] = charts.map((chart) => {
    const cells: (string | number | null)[][] = [
      ["项目", ...chart.series.map((s) => s.name)],
      ...chart.categories.map((label, c) => [
        label,
        ...chart.series.map((s) => {
          const p = s.points[c];
          return p ? Number(p.value.toFixed(2, Decimal.ROUND_HALF_UP)) : null;
        }),
      ]),
    ];
    const lastCol = DATA_FIRST_COL + chart.series.length;
    const block: ChartBlock = {
      chart,
      caption: a1(top, DATA_FIRST_COL),
      data: `${a1(top + 1, DATA_FIRST_COL)}:${a1(top + cells.length, lastCol)}`,
      cells,
      from: a1(top, CHART_FIRST_COL),
      to: a1(top + CHART_ROWS - 1, CHART_LAST_COL),
    };
    // The next chart below this one, and below this block when its data is longer than the chart (many 类).
    top += Math.max(CHART_ROWS, cells.length + 1) + 1;
    return block;
  });
  return { name, rows, textWidthChars: TEXT_WIDTH_CHARS, blocks };
}
