import Decimal from "decimal.js";
import { rangeA1 } from "../address";
import type { AmountCell, ColumnMapping, ParseProblem, Table, TableRow } from "../model/table";
import type { ColumnSpec, FormColumnSpec, FormFieldSpec, FormGridSpec, FormSpec, LineSpec } from "../tables/spec";
import { parsePercent } from "../values/percent";
import { readNumber } from "./cells";
import type { Grid } from "./grid";
import { stripOrdinal } from "./header";
import type { ReadResult, TitleHit } from "./reader";
import { fail } from "./reader";

/**
 * The generic reader of form-like tables (绩效自评表, 绩效目标表, 评价得分表, 资产情况明细表). A form is a title, labelled
 * fields (“收入预算合计 | 418.00”) and small grids, each opened by a header row that names its value columns (分值, 得分,
 * 全年预算数 …; a merged header over a sub-row gives paths such as 全年预算数/总额). Rows under a header are read until
 * the next header, a field, a stop line (年度总体目标, 备注) or the end; heading columns (一级指标) are carried down.
 */

interface OpenGrid {
  readonly spec: FormGridSpec;
  readonly cols: ReadonlyArray<{ col: number; column: FormColumnSpec }>;
  readonly groupCols: number[];
  readonly firstValueCol: number;
  readonly labelCol?: number;
  groups: ({ label: string; ref: ReturnType<Grid["ref"]> } | undefined)[];
}

const STATED_UNIT = /单位[:：]?\s*(万元|元)|[(（]\s*(万元|元)\s*[)）]/;

function matches(spec: ColumnSpec, path: string): boolean {
  return spec.match.some((re) => re.test(path)) && !(spec.exclude ?? []).some((re) => re.test(path));
}

function lineOf(lines: ReadonlyArray<LineSpec> | undefined, label: string): LineSpec | undefined {
  const l = stripOrdinal(label);
  if (l === "") return undefined;
  return lines?.find((s) => s.match.some((re) => re.test(l)));
}

/** "100分", "20 分" → the number; a score cell otherwise reads like an amount. */
function readScore(grid: Grid, r: number, c: number): { cell: AmountCell; problem?: ParseProblem } {
  const raw = grid.raw(r, c);
  if (typeof raw === "string") {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*分\s*$/.exec(raw);
    if (m) {
      const decimals = m[1].includes(".") ? m[1].split(".")[1].length : 0;
      return { cell: { value: new Decimal(m[1]), ref: grid.ref(r, c), raw, fromText: true, decimals } };
    }
  }
  return readNumber(grid, r, c);
}

function readPercent(grid: Grid, r: number, c: number): { cell: AmountCell; problem?: ParseProblem } {
  const raw = grid.raw(r, c);
  const ref = grid.ref(r, c);
  const p = parsePercent(raw, grid.numberFormat(r, c));
  switch (p.kind) {
    case "number":
      return { cell: { value: p.value, ref, raw, fromText: p.fromText, decimals: p.decimals } };
    case "empty":
      return { cell: { value: null, ref, raw, fromText: false, decimals: 2, empty: "blank" } };
    case "dash":
      return { cell: { value: null, ref, raw, fromText: true, decimals: 2, empty: "dash" } };
    default:
      return { cell: { value: null, ref, raw, fromText: true, decimals: 2 }, problem: { ref, message: p.reason } };
  }
}

function readValue(grid: Grid, r: number, c: number, kind: FormColumnSpec["kind"]) {
  if (kind === "percent") return readPercent(grid, r, c);
  if (kind === "score") return readScore(grid, r, c);
  return readNumber(grid, r, c);
}

/** A text that is plainly not meant as a figure (a target, a description): the cell is not read as a value. */
function plainText(grid: Grid, r: number, c: number): boolean {
  const raw = grid.raw(r, c);
  return typeof raw === "string" && !/\d/.test(raw) && !/^[-—–－]+$/.test(raw.trim());
}

/** Header paths of a row: the shown label, with the next row's label below a merged (multi-column) header cell. */
function headerPaths(grid: Grid, r: number, limit: number): { paths: string[]; printed: string[]; sub: boolean } {
  const paths: string[] = [];
  const printed: string[] = [];
  const next = r + 1 < limit ? grid.filled(r + 1) : [];
  const sub =
    next.length > 0 &&
    (next.every((c) => {
      const m = grid.merge(r, c);
      return typeof grid.raw(r + 1, c) === "string" && m !== undefined && m.c1 > m.c0 && m.r1 === r;
    }) ||
      // “(20分) … (20分*执行率)” printed under the header.
      next.every(
        (c) => typeof grid.raw(r + 1, c) === "string" && /^[(（]/.test(grid.text(r + 1, c)) && grid.label(r, c) !== "",
      ));
  for (let c = 0; c < grid.cols; c++) {
    let p = grid.shownLabel(r, c);
    let t = grid.text(r, c);
    if (t === "") {
      const m = grid.merge(r, c);
      if (m) t = grid.text(m.r0, m.c0);
    }
    if (sub && grid.label(r + 1, c) !== "") {
      p = `${p}/${grid.label(r + 1, c)}`;
      t = `${t} / ${grid.text(r + 1, c)}`;
    }
    paths.push(p);
    printed.push(t);
  }
  return { paths, printed, sub };
}

function openGrid(
  grid: Grid,
  spec: FormSpec,
  r: number,
  limit: number,
): { open: OpenGrid; columns: ColumnMapping[]; sub: boolean } | undefined {
  const { paths, printed, sub } = headerPaths(grid, r, limit);
  for (const g of spec.grids) {
    const cols: { col: number; column: FormColumnSpec }[] = [];
    const groupCols: number[] = [];
    const taken = new Set<number>();
    for (const column of g.columns) {
      for (let c = 0; c < grid.cols; c++) {
        if (taken.has(c) || paths[c] === "" || (grid.label(r, c) === "" && !sub)) continue;
        // A merged header is mapped once, at its first column (or per sub-column when a sub-row names them).
        const m = grid.merge(r, c);
        if (!sub && m && m.c0 !== c) continue;
        if (sub && grid.label(r + 1, c) === "" && m && m.c0 !== c) continue;
        if (matches(column, paths[c])) {
          cols.push({ col: c, column });
          taken.add(c);
          break;
        }
      }
    }
    for (const gs of g.groups ?? []) {
      for (let c = 0; c < grid.cols; c++) {
        if (taken.has(c) || grid.label(r, c) === "") continue;
        if (matches(gs, paths[c])) {
          groupCols.push(c);
          taken.add(c);
          break;
        }
      }
    }
    if (cols.length + groupCols.length < g.minColumns || cols.length === 0) continue;
    const firstValueCol = Math.min(...cols.map((x) => x.col));
    let labelCol: number | undefined;
    if (g.label)
      for (let c = 0; c < firstValueCol; c++)
        if (!taken.has(c) && grid.label(r, c) !== "" && matches(g.label, paths[c])) labelCol = c;
    return {
      open: { spec: g, cols, groupCols, firstValueCol, labelCol, groups: groupCols.map(() => undefined) },
      columns: cols.map((x) => ({ role: x.column.role, header: printed[x.col], col: x.col })),
      sub,
    };
  }
  return undefined;
}

/** The fields of a row: each label a field spec names, with the next filled cell to its right as the value. */
function fieldsOf(
  grid: Grid,
  spec: FormSpec,
  r: number,
): { field: FormFieldSpec; labelCol: number; valueCol: number }[] {
  const out: { field: FormFieldSpec; labelCol: number; valueCol: number }[] = [];
  const f = grid.filled(r);
  f.forEach((c, i) => {
    if (typeof grid.raw(r, c) !== "string") return;
    const field = lineOf(spec.fields, grid.label(r, c)) as FormFieldSpec | undefined;
    if (!field) return;
    const v = f[i + 1];
    if (v === undefined || plainText(grid, r, v)) return;
    out.push({ field, labelCol: c, valueCol: v });
  });
  return out;
}

export function readForm(grid: Grid, spec: FormSpec, hit: TitleHit, limit: number): ReadResult {
  const rows: TableRow[] = [];
  const problems: ParseProblem[] = [];
  const columns: ColumnMapping[] = [];
  let unit: string | null = null;
  let current: OpenGrid | undefined;
  let end = hit.row;
  let sawGrid = false;

  for (let r = hit.row + 1; r < limit; r++) {
    if (grid.rowBlank(r)) continue;
    const first = grid.firstFilled(r);
    const firstText = grid.label(r, first);
    if (unit === null) {
      for (const c of grid.filled(r)) {
        const m = STATED_UNIT.exec(grid.text(r, c));
        if (m) {
          unit = m[1] ?? m[2];
          break;
        }
      }
    }
    end = r;
    const opened = openGrid(grid, spec, r, limit);
    if (opened) {
      current = opened.open;
      sawGrid = true;
      for (const m of opened.columns) if (!columns.some((x) => x.col === m.col && x.role === m.role)) columns.push(m);
      if (opened.sub) {
        r++;
        end = r;
      }
      continue;
    }
    if ((spec.stops ?? []).some((re) => re.test(firstText))) {
      current = undefined;
      continue;
    }
    const fields = fieldsOf(grid, spec, r);
    if (fields.length > 0 && !(current && lineOf(current.spec.lines, firstText))) {
      current = undefined;
      for (const { field, labelCol, valueCol } of fields) {
        const read = field.kind === "score" ? readScore(grid, r, valueCol) : readNumber(grid, r, valueCol);
        if (read.problem) problems.push(read.problem);
        rows.push({
          kind: "line",
          role: field.role,
          label: grid.text(r, labelCol),
          labelRef: grid.ref(r, labelCol),
          row: r,
          section: "fields",
          cells: { value: read.cell },
        });
      }
      continue;
    }
    if (!current) continue;
    const g = current;
    let line: LineSpec | undefined;
    let lineCol = -1;
    for (let c = 0; c < g.firstValueCol && !line; c++) {
      if (typeof grid.raw(r, c) === "string") {
        line = lineOf(g.spec.lines, grid.label(r, c));
        if (line) lineCol = c;
      }
    }
    // Headings carried down (a named line such as 合计 in the heading column is not a heading).
    if (!line)
      g.groupCols.forEach((c, i) => {
        if (grid.label(r, c) !== "") {
          g.groups[i] = { label: grid.text(r, c), ref: grid.ref(r, c) };
          for (let j = i + 1; j < g.groups.length; j++) g.groups[j] = undefined;
        }
      });
    // The row's label: the label column, else the last text cell left of the values that is not a heading column.
    let labelCol = -1;
    if (g.labelCol !== undefined && grid.label(r, g.labelCol) !== "") labelCol = g.labelCol;
    else
      for (let c = 0; c < g.firstValueCol; c++) {
        if (grid.label(r, c) !== "" && typeof grid.raw(r, c) === "string" && !g.groupCols.includes(c)) labelCol = c;
      }
    if (line && (labelCol < 0 || g.labelCol === undefined || labelCol === lineCol)) labelCol = lineCol;
    const labelText =
      line && lineCol !== labelCol && labelCol >= 0
        ? `${grid.text(r, lineCol)} ${grid.text(r, labelCol)}`
        : labelCol >= 0
          ? grid.text(r, labelCol)
          : "";
    const cells: Record<string, AmountCell> = {};
    for (const { col, column } of g.cols) {
      if (plainText(grid, r, col)) continue;
      const read = readValue(grid, r, col, column.kind);
      if (read.problem) problems.push(read.problem);
      cells[column.role] = read.cell;
    }
    const hasValue = Object.values(cells).some((c) => c.value !== null || c.empty === "dash");
    if (line && !hasValue && g.spec.looseValueRole) {
      // “总分 | 100分”: the one figure of the line, wherever it is printed.
      const v = grid.filled(r).find((c) => c > labelCol && !plainText(grid, r, c));
      if (v !== undefined) {
        const read = readScore(grid, r, v);
        if (read.problem) problems.push(read.problem);
        cells[g.spec.looseValueRole] = read.cell;
      }
    }
    if (labelCol < 0 && !Object.values(cells).some((c) => c.value !== null)) continue;
    // A caption inside the indicator grid (“年度绩效目标 2”) is not an indicator.
    if (g.spec.section === "indicators" && !line && !hasValue && g.labelCol !== undefined && labelCol !== g.labelCol)
      continue;
    if (
      !line &&
      !Object.values(cells).some((c) => c.value !== null || c.empty === "dash") &&
      g.spec.section !== "indicators"
    )
      continue;
    const groups = g.groups.filter((x): x is { label: string; ref: ReturnType<Grid["ref"]> } => x !== undefined);
    rows.push({
      kind: line?.role === "total" ? "total" : "line",
      ...(line && { role: line.role }),
      label: labelText,
      ...(labelCol >= 0 && { labelRef: grid.ref(r, line ? lineCol : labelCol) }),
      row: r,
      section: g.spec.section,
      ...(groups.length > 0 && { groups }),
      cells,
    });
    if (line?.role === "total" && g.spec.section === "indicators") current = undefined;
  }
  if (!sawGrid && rows.length === 0) return fail("标题下没有找到表格的栏目或金额");

  let c0 = hit.col;
  let c1 = hit.col;
  for (let r = hit.row; r <= end; r++) {
    const f = grid.filled(r);
    if (f.length) {
      c0 = Math.min(c0, f[0]);
      c1 = Math.max(c1, f[f.length - 1]);
    }
  }
  const table: Table = {
    id: spec.id,
    title: spec.title,
    printedTitle: hit.printedTitle,
    ...(hit.tableNo !== undefined && { tableNo: hit.tableNo }),
    sheet: grid.name,
    range: rangeA1(hit.row, c0, end, c1),
    unit,
    columns,
    rows,
    problems,
    notes: [],
    empty: rows.every((row) => Object.values(row.cells).every((cell) => cell.value === null || cell.value.isZero())),
  };
  return { ok: true, table, end, unplaced: [] };
}
