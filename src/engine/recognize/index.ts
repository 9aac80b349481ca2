import { rangeA1 } from "../address";
import type { RecognitionResult, Table, Unplaced } from "../model/table";
import type { WorkbookSnapshot } from "../snapshot";
import type { TableSpec } from "../tables/spec";
import { readCodeRows } from "./code-rows";
import { readEconBlocks } from "./econ-blocks";
import { readForm } from "./form";
import { Grid } from "./grid";
import { readItems } from "./items";
import type { ReadResult, TitleHit } from "./reader";
import { findTitles } from "./titles";
import { readTwoSided } from "./two-sided";

export { matchTitle } from "./titles";

function read(grid: Grid, spec: TableSpec, hit: TitleHit, limit: number): ReadResult {
  switch (spec.layout) {
    case "code-rows":
      return readCodeRows(grid, spec, hit, limit);
    case "two-sided":
      return readTwoSided(grid, spec, hit, limit);
    case "econ-blocks":
      return readEconBlocks(grid, spec, hit, limit);
    case "items":
      return readItems(grid, spec, hit, limit);
    case "form":
      return readForm(grid, spec, hit, limit);
  }
}

/**
 * Finds every standard table in the workbook, whatever the layout: a sheet per table, tables stacked on one sheet,
 * headers repeated at page breaks. Content that no table claims is reported, never dropped.
 */
export function recognize(snapshot: WorkbookSnapshot): RecognitionResult {
  const tables: Table[] = [];
  const unplaced: Unplaced[] = [];
  for (const sheet of snapshot.sheets) {
    const grid = new Grid(sheet);
    const hits = findTitles(grid);
    const covered = new Uint8Array(grid.rows);
    const failed = new Map<number, string>();
    hits.forEach((hit, i) => {
      const limit = hits[i + 1]?.row ?? grid.rows;
      const res = read(grid, hit.spec, hit, limit);
      if (!res.ok) {
        failed.set(hit.row, `识别为“${hit.spec.title}”的标题，但${res.reason}`);
        return;
      }
      tables.push(res.table);
      unplaced.push(...res.unplaced);
      for (let r = hit.row; r <= res.end; r++) covered[r] = 1;
    });
    // Whatever no table claimed, in blocks of consecutive non-blank rows.
    let r = 0;
    while (r < grid.rows) {
      if (covered[r] || grid.rowBlank(r)) {
        r++;
        continue;
      }
      const r0 = r;
      let c0 = grid.cols;
      let c1 = 0;
      let reason: string | undefined;
      while (r < grid.rows && !covered[r] && !grid.rowBlank(r)) {
        const f = grid.filled(r);
        c0 = Math.min(c0, f[0]);
        c1 = Math.max(c1, f[f.length - 1]);
        reason ??= failed.get(r);
        r++;
      }
      const first = grid.text(r0, grid.firstFilled(r0));
      unplaced.push({
        sheet: grid.name,
        range: rangeA1(r0, c0, r - 1, c1),
        reason: reason ?? `未识别为标准决算公开表：${first.length > 30 ? first.slice(0, 30) + "…" : first}`,
      });
    }
  }
  return { tables, unplaced };
}
