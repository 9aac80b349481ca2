import Decimal from "decimal.js";
import { economicEntry, functionEntry } from "./catalog";
import type { Severity } from "./findings";
import type { AmountCell, Table, TableId, TableRow } from "./model/table";
import { stripOrdinal } from "./recognize/header";
import type { TableSet } from "./rules/types";
import { specById } from "./tables";
import type { LineSpec } from "./tables/spec";
import { normalizeLabel } from "./values/text";

/**
 * 表间勾稽 as data, like an XBRL calculation linkbase: each relation says which cells of which tables must agree,
 * through a small typed reference language; the rules cross-table ("=") and part-whole ("<=") evaluate them all.
 * A new relation is one entry of `relations` below.
 *
 * References (the column is a column role of the table's spec, see src/engine/tables/final-0X.ts):
 *   total("final-05", "basic")                 05表 合计行·基本支出
 *   line("final-01", "income.total")           01表 收入侧 本年收入合计 (two-sided tables: "income."/"expense." + role)
 *   line("final-04", "expense.total", "gpb")   04表 本年支出合计·一般公共预算财政拨款
 *   line("final-06", "personnel.total")        06表 人员经费合计 (econ-blocks and items tables: the line role)
 *   line("final-09", "reception", "final")     09表 公务接待费·决算数
 *   code("final-06", "30217")                  06表 30217 公务接待费 (a code row)
 *   classes("final-03", "total")               every 类 row of 03表 (code-rows) or every 类 line of 01/04表 (支出侧)
 * The column defaults to "amount", the single amount column of 01/06 lines.
 */

export interface TotalRef {
  readonly kind: "total";
  readonly table: TableId;
  readonly column: string;
}

export interface LineRef {
  readonly kind: "line";
  readonly table: TableId;
  /** 01/04: the side the line is on. */
  readonly side?: "income" | "expense";
  /** The line's declared role ("total", "personnel.total", "reception"). */
  readonly role: string;
  readonly column: string;
}

export interface CodeRef {
  readonly kind: "code";
  readonly table: TableId;
  /** Full code ("30217", "2101501"). */
  readonly code: string;
  readonly column: string;
}

/** One cell: a 合计 row, a named line or a code row, in one column. */
export type Ref = TotalRef | LineRef | CodeRef;

/** Every row of one 科目 level, keyed by code (or, for the uncoded 类 lines of 01/04, by name): per-code relations. */
export interface EachRef {
  readonly kind: "each";
  readonly table: TableId;
  /** 1 = 类, 2 = 款, 3 = 项. Two-sided tables (01/04) only have 类 lines. */
  readonly level: 1 | 2 | 3;
  readonly column: string;
}

/** The tables a relation is about must agree when this holds; otherwise it does not apply. */
export interface Condition {
  /** Every one of these cells is zero or blank. */
  readonly zero: ReadonlyArray<Ref>;
  /** zh-CN, what the condition means ("没有结转结余"). */
  readonly description: string;
}

interface RelationBase {
  /** Stable id, "r<left><right>-<what>" ("r05-06-basic"). */
  readonly id: string;
  /**
   * The side whose cell is marked: the dependent (detail) table's cell, the other side being evidence. Its value is
   * `actual`, the other side's (sum) is `expected`, difference = actual − expected.
   */
  readonly anchor: "left" | "right";
  /** Severity of a mismatch beyond the tolerance (a 尾差 is always info). */
  readonly severity: Severity;
  readonly when?: Condition;
}

/** left op Σ right (or Σ left op right): one anchor cell against one or more cells. */
export interface CellRelation extends RelationBase {
  readonly op: "=" | "<=";
  readonly left: Ref | ReadonlyArray<Ref>;
  readonly right: Ref | ReadonlyArray<Ref>;
}

/** Row by row: every 类 (款, 项) of one table against the same 类 of another. */
export interface EachRelation extends RelationBase {
  readonly op: "=";
  readonly left: EachRef;
  readonly right: EachRef;
}

export type Relation = CellRelation | EachRelation;

// ---------------------------------------------------------------------------------------------------------------
// Builders

export function total(table: TableId, column: string): TotalRef {
  return { kind: "total", table, column };
}

/** "income.total" / "expense.total" on 01/04 (side + role); any other path is the line role itself. */
export function line(table: TableId, path: string, column = "amount"): LineRef {
  const m = /^(income|expense)\.(.+)$/.exec(path);
  return m
    ? { kind: "line", table, side: m[1] as "income" | "expense", role: m[2], column }
    : { kind: "line", table, role: path, column };
}

export function code(table: TableId, c: string, column = "amount"): CodeRef {
  return { kind: "code", table, code: c, column };
}

export function each(table: TableId, level: 1 | 2 | 3, column: string): EachRef {
  return { kind: "each", table, level, column };
}

/** Every 类 row (02/03/05…) or 类 line (01/04 支出侧). */
export function classes(table: TableId, column = "amount"): EachRef {
  return each(table, 1, column);
}

// ---------------------------------------------------------------------------------------------------------------
// The declarations

/** 01表 shows no 结转结余: 年初结转和结余 and 年末结转和结余 are zero or blank. */
const NO_CARRY_OVER: Condition = {
  zero: [line("final-01", "income.opening"), line("final-01", "expense.closing")],
  description: "没有结转结余（公开01表 年初结转和结余、年末结转和结余均为 0）",
};

/** 部门预算 without 政府性基金 and 国有资本经营预算 spending: 部门支出总表's 类 are 一般公共预算支出表's (or 单位资金). */
const NO_FUND_SOE_BUDGET: Condition = {
  zero: [total("budget-fund", "total"), total("budget-soe", "total")],
  description: "没有政府性基金、国有资本经营预算支出（政府性基金预算支出表、国有资本经营预算支出表 合计均为 0）",
};

// prettier-ignore
export const relations: ReadonlyArray<Relation> = [
  // 01 收入支出决算总表 ↔ 02 收入决算表 / 03 支出决算表
  { id: "r01-02-income", op: "=", left: line("final-01", "income.total"), right: total("final-02", "total"), anchor: "right", severity: "error" },
  { id: "r01-03-expense", op: "=", left: line("final-01", "expense.total"), right: total("final-03", "total"), anchor: "right", severity: "error" },
  { id: "r01-03-class", op: "=", left: classes("final-01"), right: classes("final-03", "total"), anchor: "right", severity: "error" },
  // 02 ↔ 03 by 类: income and expenditure of a 类 agree only when nothing is carried over — a warning, not an error
  { id: "r02-03-class", op: "=", left: classes("final-02", "total"), right: classes("final-03", "total"), anchor: "left", severity: "warning", when: NO_CARRY_OVER },
  // 01 ↔ 04 财政拨款收入支出决算总表: the three 财政拨款 income lines
  { id: "r01-04-gpb", op: "=", left: line("final-01", "income.gpb"), right: line("final-04", "income.gpb"), anchor: "right", severity: "error" },
  { id: "r01-04-fund", op: "=", left: line("final-01", "income.fund"), right: line("final-04", "income.fund"), anchor: "right", severity: "error" },
  { id: "r01-04-soe", op: "=", left: line("final-01", "income.soe"), right: line("final-04", "income.soe"), anchor: "right", severity: "error" },
  // 02 合计·财政拨款收入 ↔ 04 本年收入合计
  { id: "r02-04-fiscal", op: "=", left: total("final-02", "fiscal"), right: line("final-04", "income.total"), anchor: "left", severity: "error" },
  // 04 一般公共预算 column ↔ 05 一般公共预算财政拨款支出决算表 (合计 and every 类)
  { id: "r04-05-total", op: "=", left: line("final-04", "expense.total", "gpb"), right: total("final-05", "total"), anchor: "right", severity: "error" },
  { id: "r04-05-class", op: "=", left: classes("final-04", "gpb"), right: classes("final-05", "total"), anchor: "right", severity: "error" },
  // 04 政府性基金 ↔ 07, 04 国有资本经营 ↔ 08
  { id: "r04-07-fund", op: "=", left: line("final-04", "expense.total", "fund"), right: total("final-07", "total"), anchor: "right", severity: "error" },
  { id: "r04-08-soe", op: "=", left: line("final-04", "expense.total", "soe"), right: total("final-08", "total"), anchor: "right", severity: "error" },
  // 05 合计·基本支出 ↔ 06 人员经费合计 + 公用经费合计
  { id: "r05-06-basic", op: "=", left: total("final-05", "basic"), right: [line("final-06", "personnel.total"), line("final-06", "public.total")], anchor: "left", severity: "error" },
  // Part ≤ whole: 06 (一般公共预算 基本支出) 三公 items within 09 (all 财政拨款) 决算数
  { id: "p06-09-reception", op: "<=", left: code("final-06", "30217"), right: line("final-09", "reception", "final"), anchor: "left", severity: "error" },
  { id: "p06-09-vehicle", op: "<=", left: code("final-06", "30231"), right: line("final-09", "vehicleOperation", "final"), anchor: "left", severity: "error" },
  { id: "p06-09-abroad", op: "<=", left: code("final-06", "30212"), right: line("final-09", "abroad", "final"), anchor: "left", severity: "error" },

  // 部门预算: 财政拨款收支总表 支出 columns ↔ the detail tables (合计 and, for 一般公共预算, every 类)
  { id: "rbfs-gpb-total", op: "=", left: line("budget-fiscal-summary", "expense.total", "gpb"), right: total("budget-gpb", "total"), anchor: "right", severity: "error" },
  { id: "rbfs-gpb-class", op: "=", left: classes("budget-fiscal-summary", "gpb"), right: classes("budget-gpb", "total"), anchor: "right", severity: "error" },
  { id: "rbfs-fund-total", op: "=", left: line("budget-fiscal-summary", "expense.total", "fund"), right: total("budget-fund", "total"), anchor: "right", severity: "error" },
  { id: "rbfs-soe-total", op: "=", left: line("budget-fiscal-summary", "expense.total", "soe"), right: total("budget-soe", "total"), anchor: "right", severity: "error" },
  // 一般公共预算基本支出表 合计 ↔ 一般公共预算支出表 合计·基本支出 (人员经费/公用经费 columns likewise make up 基本支出)
  { id: "rbgpb-basic-total", op: "=", left: total("budget-gpb-basic", "total"), right: total("budget-gpb", "basic"), anchor: "left", severity: "error" },
  // 部门支出总表 ↔ 一般公共预算 + 政府性基金 + 国有资本经营预算支出表. 部门支出总表 also spends 财政专户管理资金 and 单位资金:
  // equality holds only where the whole budget is 财政拨款 — a difference is a warning; 财政拨款 above the total is an error.
  { id: "rbexp-fiscal-total", op: "=", left: total("budget-expense-total", "total"), right: [total("budget-gpb", "total"), total("budget-fund", "total"), total("budget-soe", "total")], anchor: "left", severity: "warning" },
  { id: "rbexp-fiscal-basic", op: "=", left: total("budget-expense-total", "basic"), right: [total("budget-gpb", "basic"), total("budget-fund", "basic"), total("budget-soe", "basic")], anchor: "left", severity: "warning" },
  { id: "rbexp-fiscal-project", op: "=", left: total("budget-expense-total", "project"), right: [total("budget-gpb", "project"), total("budget-fund", "project"), total("budget-soe", "project")], anchor: "left", severity: "warning" },
  { id: "rbexp-gpb-class", op: "=", left: classes("budget-expense-total", "total"), right: classes("budget-gpb", "total"), anchor: "left", severity: "warning", when: NO_FUND_SOE_BUDGET },
  { id: "pbexp-fiscal-total", op: "<=", left: [total("budget-gpb", "total"), total("budget-fund", "total"), total("budget-soe", "total")], right: total("budget-expense-total", "total"), anchor: "right", severity: "error" },
  // Part ≤ whole: 基本支出表 三公 items (一般公共预算 基本支出) within the 三公经费支出表's 预算数 (all 财政拨款)
  { id: "pbgpb-three-reception", op: "<=", left: code("budget-gpb-basic", "30217", "total"), right: line("budget-three-public", "reception", "budget"), anchor: "left", severity: "error" },
  { id: "pbgpb-three-vehicle", op: "<=", left: code("budget-gpb-basic", "30231", "total"), right: line("budget-three-public", "vehicleOperation", "budget"), anchor: "left", severity: "error" },
  { id: "pbgpb-three-abroad", op: "<=", left: code("budget-gpb-basic", "30212", "total"), right: line("budget-three-public", "abroad", "budget"), anchor: "left", severity: "error" },
];

// ---------------------------------------------------------------------------------------------------------------
// Reading relations

export function isEachRelation(r: Relation): r is EachRelation {
  return !Array.isArray(r.left) && (r.left as Ref | EachRef).kind === "each";
}

export function refsOf(side: Ref | ReadonlyArray<Ref>): ReadonlyArray<Ref> {
  return Array.isArray(side) ? (side as ReadonlyArray<Ref>) : [side as Ref];
}

/** The anchor side's reference and the other side's, for a cell relation. */
export function sidesOf(r: CellRelation): { anchor: ReadonlyArray<Ref>; other: ReadonlyArray<Ref> } {
  const left = refsOf(r.left);
  const right = refsOf(r.right);
  return r.anchor === "left" ? { anchor: left, other: right } : { anchor: right, other: left };
}

/** Tables the relation compares (not those of its condition), in order of first mention. */
export function relationTables(r: Relation): TableId[] {
  const refs: Array<Ref | EachRef> = isEachRelation(r) ? [r.left, r.right] : [...refsOf(r.left), ...refsOf(r.right)];
  return [...new Set(refs.map((x) => x.table))];
}

/** Every table some relation of the list compares, sorted. */
export function tablesOf(list: ReadonlyArray<Relation>): TableId[] {
  return [...new Set(list.flatMap(relationTables))].sort();
}

/** Problems with the declarations, in zh-CN (empty when well-formed). */
export function validateRelations(list: ReadonlyArray<Relation>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of list) {
    if (ids.has(r.id)) problems.push(`重复的关系 id：${r.id}`);
    ids.add(r.id);
    const refs: Array<Ref | EachRef> = isEachRelation(r) ? [r.left, r.right] : [...refsOf(r.left), ...refsOf(r.right)];
    for (const x of refs) {
      const p = refProblem(x);
      if (p) problems.push(`${r.id}：${p}`);
    }
    if (!isEachRelation(r)) {
      const { anchor, other } = sidesOf(r);
      if (anchor.length !== 1) problems.push(`${r.id}：标记的一侧必须恰好是一个单元格`);
      if (other.length === 0) problems.push(`${r.id}：另一侧没有单元格`);
      if ([r.left, r.right].some((s) => !Array.isArray(s) && (s as Ref | EachRef).kind === "each"))
        problems.push(`${r.id}：逐科目的引用只能与逐科目的引用比较`);
    } else if (r.left.kind !== "each" || r.right.kind !== "each") {
      problems.push(`${r.id}：逐科目的引用只能与逐科目的引用比较`);
    }
    for (const x of r.when?.zero ?? []) {
      const p = refProblem(x);
      if (p) problems.push(`${r.id} 的条件：${p}`);
    }
  }
  return problems;
}

/** Why a reference cannot name anything in its table's spec, or undefined. */
function refProblem(ref: Ref | EachRef): string | undefined {
  const spec = specById(ref.table);
  if (!spec) return `未知的表：${ref.table}`;
  const cols = columnsOf(ref.table, ref.kind === "line" ? ref.side : ref.kind === "each" ? "expense" : undefined);
  if (!cols.some((c) => c.role === ref.column)) return `${tableName(ref.table)}没有“${ref.column}”列`;
  switch (ref.kind) {
    case "total":
      return spec.layout === "code-rows" ? undefined : `${tableName(ref.table)}没有合计行`;
    case "code":
      return spec.layout === "code-rows" || spec.layout === "econ-blocks"
        ? undefined
        : `${tableName(ref.table)}没有编码行`;
    case "each":
      if (spec.layout === "code-rows") return undefined;
      if (spec.layout === "two-sided" && spec.expense.classLines && ref.level === 1) return undefined;
      return `${tableName(ref.table)}没有${LEVEL_ZH[ref.level]}行`;
    case "line":
      return lineSpec(ref) ? undefined : `${tableName(ref.table)}没有“${ref.side ? ref.side + "." : ""}${ref.role}”行`;
  }
}

const LEVEL_ZH = { 1: "类", 2: "款", 3: "项" } as const;

// ---------------------------------------------------------------------------------------------------------------
// Names (zh-CN), from the specs

/** "公开05表" for the 决算 tables; the standard title for the others ("一般公共预算支出表"). */
export function tableName(id: TableId): string {
  if (id.startsWith("final-")) return `公开${id.slice("final-".length)}表`;
  return specById(id)?.title ?? id;
}

interface NamedColumn {
  readonly role: string;
  readonly nameZh: string;
}

function columnsOf(id: TableId, side?: "income" | "expense"): ReadonlyArray<NamedColumn> {
  const spec = specById(id);
  if (!spec) return [];
  switch (spec.layout) {
    case "code-rows":
      return spec.columns;
    case "two-sided":
      return side ? spec[side].columns : [];
    case "econ-blocks":
      return [{ role: "amount", nameZh: "金额" }];
    case "items":
      return spec.measures;
    case "form":
      return spec.grids.flatMap((g) => g.columns);
  }
}

function lineSpec(ref: LineRef): LineSpec | undefined {
  const spec = specById(ref.table);
  if (!spec) return undefined;
  switch (spec.layout) {
    case "two-sided":
      return ref.side ? spec[ref.side].lines.find((l) => l.role === ref.role) : undefined;
    case "econ-blocks":
      return spec.lines.find((l) => l.role === ref.role);
    case "items":
      return spec.items.find((l) => l.role === ref.role);
    default:
      return undefined;
  }
}

/** "·一般公共预算财政拨款", or "" where the row has a single amount column (01 sides, 06). */
function columnSuffix(id: TableId, column: string, side?: "income" | "expense"): string {
  const cols = columnsOf(id, side);
  if (cols.length <= 1) return "";
  return `·${cols.find((c) => c.role === column)?.nameZh ?? column}`;
}

/** The catalog's name of a code (06表 and 预算 基本支出表 are 经济分类, the other code-rows tables 功能分类), "" when unsourced. */
function catalogName(ref: CodeRef): string {
  const spec = specById(ref.table);
  const economic = spec?.layout === "econ-blocks" || (spec?.layout === "code-rows" && spec.codeSystem === "economic");
  const entry = economic ? economicEntry(ref.code) : functionEntry(ref.code);
  return entry?.name ?? "";
}

/** zh-CN name of what a reference points at: "公开05表 合计·基本支出", "公开04表 本年支出合计·一般公共预算财政拨款". */
export function refName(ref: Ref, row?: TableRow): string {
  const t = tableName(ref.table);
  switch (ref.kind) {
    case "total":
      return `${t} 合计${columnSuffix(ref.table, ref.column)}`;
    case "line":
      return `${t} ${lineSpec(ref)?.nameZh ?? ref.role}${columnSuffix(ref.table, ref.column, ref.side)}`;
    case "code": {
      const label = row ? row.label : catalogName(ref);
      return `${t} ${ref.code}${label ? " " + label : ""}${columnSuffix(ref.table, ref.column)}`;
    }
  }
}

/** "公开06表 人员经费合计 + 公用经费合计 之和" — one table name for a run of references into the same table. */
export function sumName(names: ReadonlyArray<{ table: TableId; name: string }>): string {
  if (names.length === 1) return names[0].name;
  const parts = names.map((n, i) => {
    const t = tableName(n.table);
    return i > 0 && names[i - 1].table === n.table && n.name.startsWith(t + " ") ? n.name.slice(t.length + 1) : n.name;
  });
  return `${parts.join(" + ")} 之和`;
}

/** zh-CN statement of a relation: "公开05表 合计·基本支出 = 公开06表 人员经费合计 + 公用经费合计". */
export function describeRelation(r: Relation): string {
  const op = r.op === "=" ? "=" : "≤";
  if (isEachRelation(r)) return `${eachName(r.left)} ${op} ${eachName(r.right)}（逐${LEVEL_ZH[r.left.level]}）`;
  const side = (s: Ref | ReadonlyArray<Ref>) =>
    sumName(refsOf(s).map((x) => ({ table: x.table, name: refName(x) }))).replace(/ 之和$/, "");
  return `${side(r.left)} ${op} ${side(r.right)}`;
}

/** "公开03表 各类·本年支出合计". */
export function eachName(ref: EachRef): string {
  const spec = specById(ref.table);
  const side = spec?.layout === "two-sided" ? "expense" : undefined;
  return `${tableName(ref.table)} 各${LEVEL_ZH[ref.level]}${columnSuffix(ref.table, ref.column, side)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution against recognised tables

/** A resolved reference: the cell (null where an empty table does not print the row: a 空表 is 0) and its name. */
export interface ResolvedCell {
  readonly status: "ok";
  readonly table: Table;
  readonly cell: AmountCell | null;
  readonly name: string;
  /** The row referred to, in words ("合计行", "“人员经费合计”一行"). */
  readonly row: string;
}

export type Resolution =
  | ResolvedCell
  /** The table is not in the workbook: the relation does not apply. */
  | { readonly status: "absent"; readonly table: TableId }
  /** The table is there but the row or column is not (not mapped): the relation cannot be evaluated. */
  | { readonly status: "unmapped"; readonly table: Table; readonly reason: string };

function columnMapped(table: Table, column: string, side?: "income" | "expense"): boolean {
  const role = side ? `${side}.${column}` : column;
  const spec = specById(table.id);
  // econ-blocks and items tables name their columns per block / per item: the row's cells tell.
  if (spec?.layout === "econ-blocks" || spec?.layout === "items") return true;
  return table.columns.some((c) => c.role === role);
}

function findRow(table: Table, ref: Ref): TableRow | undefined {
  switch (ref.kind) {
    case "total":
      return table.rows.find((r) => r.kind === "total");
    case "line":
      return table.rows.find((r) => r.kind === "line" && r.role === ref.role && (!ref.side || r.side === ref.side));
    case "code":
      return table.rows.find((r) => r.kind === "code" && r.code?.code === ref.code);
  }
}

function rowWhat(ref: Ref): string {
  switch (ref.kind) {
    case "total":
      return "合计行";
    case "line":
      return `“${lineSpec(ref)?.nameZh ?? ref.role}”一行`;
    case "code": {
      const name = catalogName(ref);
      return `“${ref.code}${name ? " " + name : ""}”一行`;
    }
  }
}

function columnWhat(ref: Ref | EachRef, side?: "income" | "expense"): string {
  const c = columnsOf(ref.table, side).find((x) => x.role === ref.column);
  return `“${c?.nameZh ?? ref.column}”列`;
}

/** The first table with the reference's id (a workbook holding a table twice is checked on its first copy). */
export function resolveRef(ref: Ref, tables: TableSet): Resolution {
  const table = tables.get(ref.table);
  if (!table) return { status: "absent", table: ref.table };
  const side = ref.kind === "line" ? ref.side : undefined;
  if (!columnMapped(table, ref.column, side))
    return { status: "unmapped", table, reason: `未识别到${columnWhat(ref, side)}` };
  const row = findRow(table, ref);
  const name = refName(ref, row);
  if (!row) {
    // A code-rows table prints only the subjects it has amounts for: a code it does not print is 0 there.
    const unprinted = ref.kind === "code" && specById(table.id)?.layout === "code-rows";
    if (table.empty || unprinted) return { status: "ok", table, cell: null, name, row: rowWhat(ref) };
    return { status: "unmapped", table, reason: `未识别到${rowWhat(ref)}` };
  }
  const cell = row.cells[ref.column];
  if (!cell) return { status: "unmapped", table, reason: `${rowWhat(ref)}没有${columnWhat(ref, side)}` };
  return { status: "ok", table, cell, name, row: rowWhat(ref) };
}

/** One row of a per-code reference. */
export interface EachItem {
  /** The 功能分类 code, where the row has one (code rows; 01/04 类 lines the catalog gives a code). */
  readonly code?: string;
  /** Normalised name without ordinal ("社会保障和就业支出"), for lines without a code. */
  readonly nameKey: string;
  readonly cell: AmountCell;
  /** "公开03表 208 社会保障和就业支出·本年支出合计". */
  readonly name: string;
}

export type EachResolution =
  | { readonly status: "ok"; readonly table: Table; readonly items: ReadonlyArray<EachItem> }
  | { readonly status: "absent"; readonly table: TableId }
  | { readonly status: "unmapped"; readonly table: Table; readonly reason: string };

export function nameKey(label: string): string {
  return normalizeLabel(stripOrdinal(normalizeLabel(label))).replace(/\((类|款|项)\)$/, "");
}

export function resolveEach(ref: EachRef, tables: TableSet): EachResolution {
  const table = tables.get(ref.table);
  if (!table) return { status: "absent", table: ref.table };
  const spec = specById(ref.table);
  const side = spec?.layout === "two-sided" ? "expense" : undefined;
  if (!columnMapped(table, ref.column, side))
    return { status: "unmapped", table, reason: `未识别到${columnWhat(ref, side)}` };
  const suffix = columnSuffix(ref.table, ref.column, side);
  const t = tableName(ref.table);
  const items: EachItem[] = [];
  for (const r of table.rows) {
    const cell = r.cells[ref.column];
    if (!cell) continue;
    if (side) {
      // A 支出 line the recogniser could not name may be a 类 line: pairing the others would be a guess.
      if (r.kind === "line" && r.side === "expense" && r.role === undefined && !cellValue(cell).isZero())
        return { status: "unmapped", table, reason: `支出侧有未识别的项目“${r.label}”（有金额）` };
      if (r.kind !== "line" || r.role !== "class" || r.side !== "expense") continue;
      const label = stripOrdinal(r.label.trim());
      items.push({ code: r.classCode, nameKey: nameKey(r.label), cell, name: `${t} ${label}${suffix}` });
    } else {
      if (r.kind !== "code" || !r.code || r.code.level !== ref.level) continue;
      const name = `${t} ${r.code.code}${r.label ? " " + r.label : ""}${suffix}`;
      items.push({ code: r.code.code, nameKey: nameKey(r.label), cell, name });
    }
  }
  // A table with amounts but no row of this level was printed another way (only 款/项 rows, say): not checkable.
  if (items.length === 0 && !table.empty)
    return {
      status: "unmapped",
      table,
      reason: `未识别到任何${LEVEL_ZH[ref.level]}行`,
    };
  return { status: "ok", table, items };
}

/**
 * Pairs the rows of two per-code references: by code where both have one, then by name; a row without a partner
 * comes alone (the other table does not print that 类). The order is the left side's, then the right's leftovers.
 */
export function matchEach(
  left: ReadonlyArray<EachItem>,
  right: ReadonlyArray<EachItem>,
): Array<{ left?: EachItem; right?: EachItem }> {
  const used = new Set<EachItem>();
  const pairs: Array<{ left?: EachItem; right?: EachItem }> = [];
  const pending: EachItem[] = [];
  for (const l of left) {
    const hit = l.code !== undefined ? right.find((r) => !used.has(r) && r.code === l.code) : undefined;
    if (hit) {
      used.add(hit);
      pairs.push({ left: l, right: hit });
    } else pending.push(l);
  }
  for (const l of pending) {
    const hit = right.find(
      (r) => !used.has(r) && (l.code === undefined || r.code === undefined) && r.nameKey === l.nameKey,
    );
    if (hit) used.add(hit);
    pairs.push(hit ? { left: l, right: hit } : { left: l });
  }
  // Keep the left side's order for matched-by-name rows too.
  const order = new Map(left.map((l, i) => [l, i]));
  pairs.sort((a, b) => order.get(a.left!)! - order.get(b.left!)!);
  for (const r of right) if (!used.has(r)) pairs.push({ right: r });
  return pairs;
}

/** A blank or dash cell, or an absent row of an empty table, is 0. */
export function cellValue(cell: AmountCell | null | undefined): Decimal {
  return cell?.value ?? new Decimal(0);
}

/** A cell relation resolved: the anchor cell and the other side's, or why it does not apply / cannot be evaluated. */
export type CellSides =
  | { readonly status: "absent" }
  | { readonly status: "unmapped"; readonly table: Table; readonly reason: string }
  | { readonly status: "ok"; readonly anchor: ResolvedCell; readonly others: ReadonlyArray<ResolvedCell> };

export function resolveCellRelation(r: CellRelation, tables: TableSet): CellSides {
  const { anchor, other } = sidesOf(r);
  const resolved = [...anchor, ...other].map((x) => resolveRef(x, tables));
  if (resolved.some((x) => x.status === "absent")) return { status: "absent" };
  const bad = resolved.find((x) => x.status === "unmapped");
  if (bad && bad.status === "unmapped") return bad;
  const ok = resolved as ResolvedCell[];
  return { status: "ok", anchor: ok[0], others: ok.slice(1) };
}

export type ConditionStatus =
  | { readonly status: "holds" }
  | { readonly status: "fails" }
  | { readonly status: "unknown"; readonly table?: Table; readonly reason: string };

/** Whether a relation's condition holds: every named cell is zero or blank. Unknown when a cell cannot be read. */
export function conditionStatus(c: Condition, tables: TableSet): ConditionStatus {
  for (const ref of c.zero) {
    const res = resolveRef(ref, tables);
    if (res.status === "absent")
      return { status: "unknown", reason: `缺少${tableName(ref.table)}，无法判断是否${c.description}` };
    if (res.status === "unmapped")
      return { status: "unknown", table: res.table, reason: `${res.reason}，无法判断是否${c.description}` };
    if (res.cell && res.cell.value === null && res.cell.empty === undefined)
      return {
        status: "unknown",
        table: res.table,
        reason: `单元格 ${res.cell.ref.address} 无法读取为金额，无法判断是否${c.description}`,
      };
    if (!cellValue(res.cell).isZero()) return { status: "fails" };
  }
  return { status: "holds" };
}
