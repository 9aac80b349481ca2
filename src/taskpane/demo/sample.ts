/**
 * The built-in sample of 演示模式: samples/seed000-zhushan-2024-final.json (written by samples/make-demo-json.mjs from
 * the seed000 workbook spec), turned into a WorkbookSnapshot. Loaded lazily, so it is not in the initial bundle.
 */
import { toA1 } from "../../engine/address";
import { createSnapshot, type CellValue, type WorkbookSnapshot } from "../../engine/snapshot";

export interface SampleSheet {
  name: string;
  rows: (CellValue | { f: string; v: CellValue })[][];
  merges?: string[];
  numFmt?: string;
  protected?: boolean;
}

export interface SampleWorkbook {
  source?: string;
  sheets: SampleSheet[];
}

/** A workbook spec (rows of values or { f, v } formula cells, one number format per sheet) as a snapshot. */
export function sampleToSnapshot(spec: SampleWorkbook): WorkbookSnapshot {
  return createSnapshot(
    spec.sheets.map((s) => {
      const formulas: Record<string, string> = {};
      const numberFormats: Record<string, string> = {};
      const values = s.rows.map((row, r) =>
        row.map((cell, c) => {
          let v = cell;
          if (v !== null && typeof v === "object" && "f" in v) {
            formulas[toA1(r, c)] = v.f;
            v = v.v;
          }
          if (typeof v === "number" && s.numFmt && s.numFmt !== "General") numberFormats[toA1(r, c)] = s.numFmt;
          return v as CellValue;
        }),
      );
      return { name: s.name, values, merges: s.merges ?? [], formulas, numberFormats, protected: s.protected };
    }),
    spec.source,
  );
}

export async function loadDemoSample(): Promise<SampleWorkbook> {
  const mod = await import(/* webpackChunkName: "demo-sample" */ "../../../samples/seed000-zhushan-2024-final.json");
  return (mod.default ?? mod) as unknown as SampleWorkbook;
}

export async function loadDemoSnapshot(): Promise<WorkbookSnapshot> {
  return sampleToSnapshot(await loadDemoSample());
}
