/**
 * readWorkbookFile on the real fixtures, compared cell by cell with the JSON specs the workbooks were built from.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { parseRange, toA1 } from "../../src/engine/address";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/snapshot";

import { FIXTURES } from "../support/fixtures";

type SpecCell = null | string | number | boolean | { f: string; v: number | string | null };
interface SpecSheet {
  name: string;
  rows: Array<SpecCell[] | null>;
  merges: string[];
  numFmt?: string;
}

const specs = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^seed\d+-.*\.json$/.test(f) && !/-truth\.json$/.test(f))
  .filter((f) => fs.existsSync(path.join(FIXTURES, f.replace(/\.json$/, ".xlsx"))))
  .sort();

test("the fixtures are there", () => {
  expect(specs.length).toBeGreaterThanOrEqual(5);
});

describe.each(specs)("%s", (specFile) => {
  const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, specFile), "utf8")) as { sheets: SpecSheet[] };
  const xlsx = path.join(FIXTURES, specFile.replace(/\.json$/, ".xlsx"));
  let snap: WorkbookSnapshot;

  beforeAll(async () => {
    snap = await readWorkbookFile(xlsx);
  });

  test("source and sheet names, in tab order", () => {
    expect(snap.source).toBe(xlsx);
    expect(snap.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(Object.isFrozen(snap)).toBe(true);
  });

  test.each(spec.sheets.map((s) => [s.name, s] as const))("sheet %s: every cell equals the spec", (_name, sh) => {
    const got = snap.sheets.find((s) => s.name === sh.name)!;
    const rows = Math.max(got.rowCount, sh.rows.length);
    const cols = Math.max(got.colCount, ...sh.rows.map((r) => (r ?? []).length));
    const mismatches: string[] = [];
    const expectedFormulas: Record<string, string> = {};
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const s: SpecCell = sh.rows[r]?.[c] ?? null;
        let want: CellValue;
        if (s !== null && typeof s === "object") {
          want = s.v;
          expectedFormulas[toA1(r, c)] = s.f;
        } else {
          want = s === "" ? null : s;
        }
        const have = got.values[r]?.[c] ?? null;
        if (have !== want) mismatches.push(`${toA1(r, c)}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(got.formulas ?? {}).toEqual(expectedFormulas);
    // The grid is rectangular.
    for (const row of got.values) expect(row.length).toBe(got.colCount);
    expect(got.values.length).toBe(got.rowCount);
  });

  test.each(spec.sheets.map((s) => [s.name, s] as const))("sheet %s: merges, merged cells null", (_name, sh) => {
    const got = snap.sheets.find((s) => s.name === sh.name)!;
    expect([...got.merges].sort()).toEqual([...sh.merges].sort());
    for (const m of got.merges) {
      const r = parseRange(m);
      for (let i = r.r0; i <= r.r1; i++) {
        for (let j = r.c0; j <= r.c1; j++) {
          if (i === r.r0 && j === r.c0) continue;
          expect([m, toA1(i, j), got.values[i]?.[j] ?? null]).toEqual([m, toA1(i, j), null]);
        }
      }
      // Every merge lies inside the grid.
      expect(r.r1).toBeLessThan(got.rowCount);
      expect(r.c1).toBeLessThan(got.colCount);
    }
  });

  test.each(spec.sheets.map((s) => [s.name, s] as const))("sheet %s: number formats", (_name, sh) => {
    const got = snap.sheets.find((s) => s.name === sh.name)!;
    // The fixtures give the sheet's numFmt to exactly its number and formula cells; General is never recorded.
    const expected: Record<string, string> = {};
    if (sh.numFmt && sh.numFmt !== "General") {
      sh.rows.forEach((row, r) =>
        (row ?? []).forEach((v, c) => {
          if (typeof v === "number" || (v !== null && typeof v === "object")) expected[toA1(r, c)] = sh.numFmt!;
        }),
      );
    }
    expect(got.numberFormats ?? {}).toEqual(expected);
  });

  test("no sheet is hidden or protected", () => {
    for (const s of snap.sheets) {
      expect(s.hidden).toBe(false);
      expect(s.protected).toBe(false);
    }
  });
});

describe("seed000 formula cells (cached results, the 尾差 and a cached 0)", () => {
  let snap: WorkbookSnapshot;
  beforeAll(async () => {
    snap = await readWorkbookFile(path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx"));
  });

  test("03表 合计 row reads the cached 363.59, not a recalculated 363.60", () => {
    const s = snap.sheets.find((x) => x.name === "公开03表")!;
    expect(s.values[5][4]).toBe(363.59);
    expect(s.formulas?.E6).toBe("SUM(E7,E11,E20)");
  });

  test("a formula whose cached result is 0 reads 0 (not null)", () => {
    const s = snap.sheets.find((x) => x.name === "公开03表")!;
    expect(s.formulas?.H6).toBe("SUM(H7,H11,H20)");
    expect(s.values[5][7]).toBe(0);
  });

  test("merged title: value in A1 only", () => {
    const s = snap.sheets.find((x) => x.name === "公开03表")!;
    expect(s.merges).toContain("A1:J1");
    expect(s.values[0][0]).toBe("支出决算表");
    expect(s.values[0].slice(1).every((v) => v === null)).toBe(true);
  });
});
