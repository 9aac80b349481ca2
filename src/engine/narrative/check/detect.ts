import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { isOwnNarrativeTitle } from "../sheet";

/**
 * Finding the 情况说明 in a workbook: a sheet of paragraphs — most of its non-empty cells are long Chinese sentences
 * (≥ 20 characters, at least 30 % CJK — amounts and spaces take the rest) — preferably named 情况说明/说明. Tables, with their short labels and
 * numbers, never qualify. Our own generated sheet (A1 ends with our mark) holds its text in column A only: the charts'
 * data blocks beside it (from column L, sharing rows with the paragraphs) are neither text nor part of a paragraph.
 */

const LONG = 20;

function isSentence(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (t.length < LONG) return false;
  const cjk = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk / t.length >= 0.3;
}

/** True for a sheet we generated: A1 is our title. */
export function isOwnNarrativeSheet(sheet: SheetSnapshot): boolean {
  return isOwnNarrativeTitle(sheet.values[0]?.[0]);
}

/** The rows of text cells: column A of our own sheet, every cell of any other. */
function textRows(sheet: SheetSnapshot): ReadonlyArray<ReadonlyArray<CellValue>> {
  return isOwnNarrativeSheet(sheet) ? sheet.values.map((row) => row.slice(0, 1)) : sheet.values;
}

function cellsOf(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const row of textRows(sheet))
    for (const v of row) if (v !== null && v !== "") out.push(typeof v === "string" ? v : String(v));
  return out;
}

/** Score of a sheet as a narrative: share of sentence cells, or null when it is not one. */
function narrativeScore(sheet: SheetSnapshot): number | null {
  const cells = cellsOf(sheet);
  const sentences = cells.filter(isSentence).length;
  const share = cells.length > 0 ? sentences / cells.length : 0;
  // Ours is a 情况说明 by its title: any paragraph in column A will do (its headings are short, a budget text has few
  // paragraphs per heading). Any other sheet must be mostly sentences.
  if (isOwnNarrativeSheet(sheet) ? sentences < 1 : cells.length < 3 || sentences < 3 || share < 0.5) return null;
  return share + (/情况说明|说明/.test(sheet.name) ? 1 : 0);
}

/** The sheet that holds the 情况说明, or null. Our own generated sheet counts too — it is checked like any text. */
export function detectNarrativeSheet(snapshot: WorkbookSnapshot): SheetSnapshot | null {
  let best: { sheet: SheetSnapshot; score: number } | null = null;
  for (const sheet of snapshot.sheets) {
    const score = narrativeScore(sheet);
    if (score !== null && (!best || score > best.score)) best = { sheet, score };
  }
  return best?.sheet ?? null;
}

/** The sheet's text, one paragraph per non-empty row (cells of a row joined; column A only of our own sheet). */
export function narrativeTextOfSheet(sheet: SheetSnapshot): string {
  return textRows(sheet)
    .map((row) =>
      row
        .filter((v) => v !== null && v !== "")
        .map((v) => (typeof v === "string" ? v : String(v)))
        .join("")
        .trim(),
    )
    .filter((t) => t !== "")
    .join("\n");
}
