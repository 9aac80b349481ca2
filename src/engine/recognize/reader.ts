import type { ParseProblem, Table, TableRow, Unplaced, ColumnMapping } from "../model/table";
import type { TableSpec } from "../tables/spec";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import type { Body } from "./body";
import { rangeA1 } from "../address";

export interface TitleHit {
  readonly row: number;
  readonly col: number;
  readonly spec: TableSpec;
  readonly printedTitle: string;
  readonly tableNo?: string;
}

export interface ReadOk {
  readonly ok: true;
  readonly table: Table;
  /** Last row (inclusive) the table occupies. */
  readonly end: number;
  readonly unplaced: Unplaced[];
}

export interface ReadFail {
  readonly ok: false;
  readonly reason: string;
}

export type ReadResult = ReadOk | ReadFail;

export function fail(reason: string): ReadFail {
  return { ok: false, reason };
}

/** Assembles the Table and the unplaced rows common to every reader. */
export function finish(
  grid: Grid,
  hit: TitleHit,
  header: HeaderBlock,
  body: Body,
  columns: ColumnMapping[],
  rows: TableRow[],
  problems: ParseProblem[],
  extraUnplaced: Unplaced[] = [],
): ReadOk {
  let c0 = grid.cols;
  let c1 = 0;
  for (let r = hit.row; r <= body.end; r++) {
    const f = grid.filled(r);
    if (f.length) {
      c0 = Math.min(c0, f[0]);
      c1 = Math.max(c1, f[f.length - 1]);
    }
  }
  const unplaced: Unplaced[] = [...extraUnplaced];
  for (const r of body.otherRows) {
    const f = grid.filled(r);
    unplaced.push({
      sheet: grid.name,
      range: rangeA1(r, f[0], r, f[f.length - 1]),
      reason: `${hit.spec.title}中无法识别的行：${f
        .map((c) => grid.text(r, c))
        .join(" ")
        .slice(0, 40)}`,
    });
  }
  const empty = rows.every((row) =>
    Object.values(row.cells).every((cell) => cell.value === null || cell.value.isZero()),
  );
  const table: Table = {
    id: hit.spec.id,
    title: hit.spec.title,
    printedTitle: hit.printedTitle,
    tableNo: header.tableNo ?? hit.tableNo,
    sheet: grid.name,
    range: rangeA1(hit.row, Math.min(c0, hit.col), body.end, Math.max(c1, hit.col)),
    unit: header.unit ? header.unit.unit : null,
    columns,
    rows,
    problems,
    notes: body.notes.map((n) => n.text),
    empty,
  };
  return { ok: true, table, end: body.end, unplaced };
}
