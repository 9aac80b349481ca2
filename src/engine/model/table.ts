import type Decimal from "decimal.js";
import type { CellRef } from "../address";
import type { CellValue } from "../snapshot";

/** Standard tables. final-* are the 部门决算公开 tables 01–10; budget-* and perf-* come with later specs. */
export type TableId =
  | "final-01"
  | "final-02"
  | "final-03"
  | "final-04"
  | "final-05"
  | "final-06"
  | "final-07"
  | "final-08"
  | "final-09"
  | "final-10"
  | "budget-summary"
  | "budget-income-total"
  | "budget-expense-total"
  | "budget-fiscal-summary"
  | "budget-gpb"
  | "budget-gpb-basic"
  | "budget-three-public"
  | "budget-fund"
  | "budget-soe"
  | "perf-project-self"
  | "perf-dept-self"
  | "perf-dept-target"
  | "perf-project-target"
  | "perf-eval-scores"
  | "perf-eval-indicators"
  | "perf-eval-assets";

/** One amount (or count/percent) of a table, always with the cell it came from. */
export interface AmountCell {
  /** null when the cell is blank or a dash ("no value", which reports print for zero). */
  readonly value: Decimal | null;
  readonly ref: CellRef;
  readonly raw: CellValue;
  /** The amount was typed as text ("1, 049. 22"). */
  readonly fromText: boolean;
  /** Shown decimals (from the number format or the text). */
  readonly decimals: number;
  /** "blank" | "dash" when value is null. */
  readonly empty?: "blank" | "dash";
}

export interface CodeInfo {
  /** Full code after resolving abbreviations ("20805"). */
  readonly code: string;
  /** As printed ("05"). */
  readonly printed: string;
  /** 1 = 类, 2 = 款, 3 = 项. */
  readonly level: 1 | 2 | 3;
  readonly abbreviated: boolean;
  readonly system: "function" | "economic";
  readonly ref: CellRef;
}

export type RowKind = "total" | "code" | "line";

export interface TableRow {
  readonly kind: RowKind;
  /** Declared role of a named line ("income.total", "personnel.total", "abroad" …); absent for code rows. */
  readonly role?: string;
  /** The row's label or 科目名称 as printed. */
  readonly label: string;
  readonly labelRef?: CellRef;
  readonly code?: CodeInfo;
  /** 01/04: which side of the two-sided table. */
  readonly side?: "income" | "expense";
  /** 06: the block the row is printed in. */
  readonly block?: "personnel" | "public";
  /** 01/04 类 lines: the 功能分类 类 code the line stands for, where the catalog sources one. */
  readonly classCode?: string;
  /** 行次 as printed, where the table has one. */
  readonly lineNo?: string;
  /** 0-based sheet row. */
  readonly row: number;
  /** Form tables (perf-*): the part of the form the row belongs to ("fields", "funds", "tasks", "indicators" …). */
  readonly section?: string;
  /** Form tables: the headings carried down onto the row (一级指标 “产出指标（50分）”, 二级指标), outermost first. */
  readonly groups?: ReadonlyArray<{ readonly label: string; readonly ref: CellRef }>;
  /** Column role → cell. Only mapped columns appear. */
  readonly cells: Readonly<Record<string, AmountCell>>;
}

export interface ColumnMapping {
  readonly role: string;
  /** Header path as printed, top to bottom, joined by " / ". */
  readonly header: string;
  /** 0-based sheet column. */
  readonly col: number;
}

/** A problem inside a recognised table that is not a check finding: a cell that could not be read. */
export interface ParseProblem {
  readonly ref: CellRef;
  readonly message: string;
}

export interface Table {
  readonly id: TableId;
  /** Standard title of the spec ("支出决算表"). */
  readonly title: string;
  /** Title as printed in the workbook. */
  readonly printedTitle: string;
  /** 表号 as printed ("公开 03 表"), if any. */
  readonly tableNo?: string;
  readonly sheet: string;
  /** A1 range the table occupies (title to last note). */
  readonly range: string;
  /** "万元", "元", … as printed in the header; null when the table states none. */
  readonly unit: string | null;
  readonly columns: ReadonlyArray<ColumnMapping>;
  readonly rows: ReadonlyArray<TableRow>;
  readonly problems: ReadonlyArray<ParseProblem>;
  /** Notes (注：…) printed under the table. */
  readonly notes: ReadonlyArray<string>;
  /** The table has no non-zero amount (a published 空表). */
  readonly empty: boolean;
}

/** Content that could not be placed into any table. Never silently dropped. */
export interface Unplaced {
  readonly sheet: string;
  readonly range: string;
  readonly reason: string;
}

export interface RecognitionResult {
  readonly tables: ReadonlyArray<Table>;
  readonly unplaced: ReadonlyArray<Unplaced>;
}
