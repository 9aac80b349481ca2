import * as fs from "fs";
import * as path from "path";
import { toA1 } from "../../src/engine/address";
import { createSnapshot, type CellValue, type WorkbookSnapshot } from "../../src/engine/snapshot";

/**
 * The five seed workbooks with their truth and narrative files, copied from shared/fixtures so the suite does not
 * depend on where shared/ lies. tests/unit/fixtures-copy.test.ts fails when the copy drifts from shared/.
 */
export const FIXTURES = path.resolve(__dirname, "../fixtures");

/** shared/fixtures beside the repository, where it exists. */
export const SHARED_FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

export const FIXTURE_NAMES = [
  "seed000-zhushan-2024-final",
  "seed001-danfeng-2024-final",
  "seed002-zengdu-2023-final",
  "seed003-donghu-2024-budget",
  "seed004-qingyunpu-2022-evaluation",
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

interface SpecSheet {
  name: string;
  rows: (CellValue | { f: string; v: CellValue })[][];
  merges?: string[];
  numFmt?: string;
}

/** The fixture's mkxlsx spec as a snapshot: the same cells the .xlsx holds, without going through ExcelJS. */
export function fixtureSnapshot(name: FixtureName): WorkbookSnapshot {
  const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as { sheets: SpecSheet[] };
  return createSnapshot(
    spec.sheets.map((s) => {
      const formulas: Record<string, string> = {};
      const numberFormats: Record<string, string> = {};
      const values = s.rows.map((row, r) =>
        row.map((v, c) => {
          if (v !== null && typeof v === "object" && "f" in v) {
            formulas[toA1(r, c)] = v.f;
            v = v.v;
          }
          if (typeof v === "number" && s.numFmt && s.numFmt !== "General") numberFormats[toA1(r, c)] = s.numFmt;
          return v as CellValue;
        }),
      );
      return { name: s.name, values, merges: s.merges ?? [], formulas, numberFormats };
    }),
    `${name}.xlsx`,
  );
}

export function fixtureXlsx(name: FixtureName): string {
  return path.join(FIXTURES, `${name}.xlsx`);
}

export interface TruthItem {
  id: string;
  kind: string;
  table: string;
  location: string;
  expected: number | string | null;
  actual: number | string | null;
  difference: number | null;
  severity: "error" | "warning" | "info";
  cell?: string;
  if_recalculated?: unknown;
}

export function truth(name: FixtureName): TruthItem[] {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}-truth.json`), "utf8")) as TruthItem[];
}
