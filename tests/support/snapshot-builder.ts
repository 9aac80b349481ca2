import { createSnapshot, type CellValue, type SheetInput, type WorkbookSnapshot } from "../../src/engine/snapshot";

/** Literal sheets for tests: sheet("公开03表", [["支出决算表"], ["科目编码", …], …], { merges: ["A1:F1"] }). */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetInput> = {}): SheetInput {
  return { name, values: rows, ...extra };
}

export function workbook(...sheets: SheetInput[]): WorkbookSnapshot {
  return createSnapshot(sheets, "test.xlsx");
}
