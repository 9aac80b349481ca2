import type { ColumnSpec } from "../tables/spec";
import { parseUnit, type UnitInfo } from "../values/unit";
import type { Grid } from "./grid";
import { isNoteStart } from "./body";

/** Header rows hold these words; a meta line (单位, 表号, 编制部门) does not. */
const HEADER_WORD = /项目|科目|编码|代码|合计|支出|收入|金额|决算|预算|栏次|行次|名称|^类$|^款$|^项$/;
const TABLE_NO = /^(公开)?\d{1,2}表$|^表\d{1,2}$|^附表\d{1,2}$/;
const META = [
  /^(编制|填报|报送)(部门|单位)/,
  /^部门[:：]/,
  /^单位[:：]/,
  /^\(?\d{4}年度?\)?$/,
  /^年度[:：]?\d{0,4}$/,
  /^金额单位/,
];

export function isTableNo(label: string): boolean {
  return TABLE_NO.test(label);
}

export interface HeaderBlock {
  readonly metaRows: number[];
  readonly headerRows: number[];
  readonly dataStart: number;
  readonly unit: UnitInfo | null;
  readonly tableNo?: string;
  /** Per column: normalised header path "本年支出/基本支出" ("" where the column has no header). */
  readonly paths: string[];
  /** Per column: the header as printed, " / " between levels. */
  readonly printed: string[];
}

/** Segments that say nothing about a column's meaning: 栏次 numbers, "**", "栏次". */
function noise(seg: string): boolean {
  return seg === "" || /^\d{1,2}$/.test(seg) || /^\*+$/.test(seg) || seg === "栏次";
}

/** A row of 栏次 numbers (1, 2, 3 …) or "**" marks, typed as text or numbers. */
export function isColumnNumberRow(grid: Grid, r: number): boolean {
  const cols = grid.filled(r);
  if (cols.length === 0) return false;
  const nums: number[] = [];
  for (const c of cols) {
    const l = grid.label(r, c);
    if (/^\d{1,2}$/.test(l)) nums.push(Number(l));
    else if (!/^\*+$/.test(l) && l !== "栏次" && l !== "行次") return false;
  }
  // 栏次 run 1, 2, 3 … from left to right; figures that happen to be small integers do not.
  const consecutive = nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
  return (nums.length >= 2 && consecutive) || cols.some((c) => /^\*+$|^栏次$/.test(grid.label(r, c)));
}

function scanMeta(grid: Grid, r: number): { meta: boolean; unit: UnitInfo | null; tableNo?: string } {
  let unit: UnitInfo | null = null;
  let tableNo: string | undefined;
  let marker = false;
  let headerish = false;
  for (const c of grid.filled(r)) {
    const l = grid.label(r, c);
    const u = parseUnit(grid.text(r, c));
    if (u) {
      unit = u;
      marker = true;
      continue;
    }
    if (isTableNo(l)) {
      tableNo = grid.text(r, c);
      marker = true;
      continue;
    }
    if (META.some((m) => m.test(l))) {
      marker = true;
      continue;
    }
    if (HEADER_WORD.test(l)) headerish = true;
  }
  return { meta: marker && !headerish, unit, tableNo };
}

/**
 * Reads the header block below a title: meta lines (unit, 表号), then header rows until the first data row.
 * Returns null when no data row follows within a few rows (not a table, e.g. a 目录 entry).
 */
export function readHeader(
  grid: Grid,
  titleRow: number,
  limit: number,
  isDataRow: (r: number) => boolean,
): HeaderBlock | null {
  const metaRows: number[] = [];
  const headerRows: number[] = [];
  let unit: UnitInfo | null = null;
  let tableNo: string | undefined;
  // 表号 and unit may share the title row (at the right).
  const t = scanMeta(grid, titleRow);
  unit = t.unit;
  tableNo = t.tableNo;
  let dataStart = -1;
  for (let r = titleRow + 1; r < limit; r++) {
    if (grid.rowBlank(r)) {
      if (headerRows.length > 0) continue;
      if (r - titleRow > 3) return null;
      continue;
    }
    if (headerRows.length > 0 && (isDataRow(r) || isNoteStart(grid, r))) {
      // A note right under the header: a published 空表 printed without even a 合计 row.
      dataStart = r;
      break;
    }
    const m = scanMeta(grid, r);
    if (m.meta && headerRows.length === 0) {
      metaRows.push(r);
      unit = m.unit ?? unit;
      tableNo = m.tableNo ?? tableNo;
      continue;
    }
    if (headerRows.length === 0 && isDataRow(r)) return null;
    headerRows.push(r);
    if (headerRows.length > 8) return null;
  }
  if (headerRows.length === 0) return null;
  if (dataStart < 0) {
    // Header rows and then nothing: an empty table at the end of its sheet (or before the next title).
    if (headerRows.length > 4) return null;
    dataStart = limit;
  }
  const paths: string[] = [];
  const printed: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const segs: string[] = [];
    const shown: string[] = [];
    for (const r of headerRows) {
      let own = grid.label(r, c);
      let text = grid.text(r, c);
      if (own === "") {
        const m = grid.merge(r, c);
        if (m && headerRows.includes(m.r0)) {
          own = grid.label(m.r0, m.c0);
          text = grid.text(m.r0, m.c0);
        }
      }
      if (noise(own)) continue;
      if (segs[segs.length - 1] === own) continue;
      segs.push(own);
      shown.push(text);
    }
    paths.push(segs.join("/"));
    printed.push(shown.join(" / "));
  }
  return { metaRows, headerRows, dataStart, unit, tableNo, paths, printed };
}

/**
 * Assigns column roles by header path. Each spec column tries its patterns in order (most specific first) against the
 * candidate columns still free; a pattern that hits several columns takes the leftmost.
 */
export function mapColumns(
  paths: ReadonlyArray<string>,
  candidates: ReadonlyArray<number>,
  specs: ReadonlyArray<ColumnSpec>,
): Map<string, number> {
  return mapColumnsWithAlternatives(paths, candidates, specs).roles;
}

/** As mapColumns, plus, per role, every free column its winning pattern hit (more than one = ambiguous). */
export function mapColumnsWithAlternatives(
  paths: ReadonlyArray<string>,
  candidates: ReadonlyArray<number>,
  specs: ReadonlyArray<ColumnSpec>,
): { roles: Map<string, number>; alternatives: Map<string, number[]> } {
  const taken = new Set<number>();
  const roles = new Map<string, number>();
  const alternatives = new Map<string, number[]>();
  for (const spec of specs) {
    for (const re of spec.match) {
      const hits = candidates.filter(
        (c) =>
          !taken.has(c) && paths[c] !== "" && re.test(paths[c]) && !(spec.exclude ?? []).some((x) => x.test(paths[c])),
      );
      if (hits.length > 0) {
        roles.set(spec.role, hits[0]);
        taken.add(hits[0]);
        if (hits.length > 1) alternatives.set(spec.role, hits);
        break;
      }
    }
  }
  return { roles, alternatives };
}

/** Strips ordinal prefixes of line labels: 一、 1. （1） (2) （一） 其中： */
export function stripOrdinal(label: string): string {
  return label
    .replace(/^[一二三四五六七八九十]+[、.]/, "")
    .replace(/^\d{1,2}[.、]/, "")
    .replace(/^\(\d{1,2}\)/, "")
    .replace(/^\([一二三四五六七八九十]{1,3}\)/, "")
    .replace(/^其中[:：]?/, "")
    .replace(/^[一二三四五六七八九十]+[、.]/, "");
}
