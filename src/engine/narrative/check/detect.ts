import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";

/**
 * Finding the 情况说明 in a workbook: a sheet of paragraphs — most of its non-empty cells are long Chinese sentences
 * (≥ 20 characters, at least 30 % CJK — amounts and spaces take the rest) — preferably named 情况说明/说明. Tables, with their short labels and
 * numbers, never qualify.
 */

const LONG = 20;

function isSentence(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (t.length < LONG) return false;
  const cjk = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk / t.length >= 0.3;
}

function cellsOf(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const row of sheet.values)
    for (const v of row) if (v !== null && v !== "") out.push(typeof v === "string" ? v : String(v));
  return out;
}

/** Score of a sheet as a narrative: share of sentence cells, or null when it is not one. */
function narrativeScore(sheet: SheetSnapshot): number | null {
  const cells = cellsOf(sheet);
  if (cells.length < 3) return null;
  const sentences = cells.filter(isSentence).length;
  const share = sentences / cells.length;
  if (sentences < 3 || share < 0.5) return null;
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

/** The sheet's text, one paragraph per non-empty row (cells of a row joined). */
export function narrativeTextOfSheet(sheet: SheetSnapshot): string {
  return sheet.values
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
