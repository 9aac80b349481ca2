import type { TableId } from "../model/table";

/**
 * Declarative table specs. A spec says how a standard table is titled, which columns it has (matched on the
 * header text, never on position) and which named lines it holds. Four generic readers interpret them:
 *   code-rows    合计 + 类/款/项 rows keyed by 功能分类 code (02, 03, 05, 07, 08)
 *   two-sided    收入 lines left, 支出 lines right, each with 行次 (01, 04)
 *   econ-blocks  side-by-side 编码/名称/金额 blocks of 经济分类 codes (06)
 *   items        named items × measures, in either orientation (09, 10)
 */

/** Matches a column by its header path (normalised header texts top→bottom, joined by "/"). */
export interface ColumnSpec {
  readonly role: string;
  readonly nameZh: string;
  readonly match: ReadonlyArray<RegExp>;
  /** Path patterns that veto the match (e.g. "本年收入合计" must not take "财政拨款收入"). */
  readonly exclude?: ReadonlyArray<RegExp>;
  readonly required?: boolean;
}

/** A named line (01/04), item (09/10) matched on its label after ordinal prefixes are stripped. */
export interface LineSpec {
  readonly role: string;
  readonly nameZh: string;
  readonly match: ReadonlyArray<RegExp>;
  /** Only matches after the line that opens this section (04: 年初财政拨款结转和结余 → its three sub-lines). */
  readonly section?: string;
  /** This line opens a section of the given name. */
  readonly opensSection?: string;
  /** Items of 09/10 that are counts (团组数, 车辆数) rather than amounts. */
  readonly count?: boolean;
  /** A heading line that carries no value ("二、相关统计数"). */
  readonly heading?: boolean;
}

interface SpecBase {
  readonly id: TableId;
  /** Standard title, as the national template prints it. */
  readonly title: string;
  /** Title aliases (normalised comparison; a department/year prefix is allowed). Longest alias wins across specs. */
  readonly titles: ReadonlyArray<string>;
  /** Further title patterns, tested on the normalised title. */
  readonly titlePatterns?: ReadonlyArray<RegExp>;
  /** 表号 as printed, normalised ("公开03表", "表3"). */
  readonly tableNo: RegExp;
}

/** total = Σ parts on every row (columns by role). Checked by the rules; also used to confirm an ambiguous mapping. */
export interface RowIdentity {
  readonly total: string;
  readonly parts: ReadonlyArray<string>;
}

export interface CodeRowsSpec extends SpecBase {
  readonly layout: "code-rows";
  /**
   * The classification of the row codes: 支出功能分类 (类/款/项, 3/5/7 digits; the default) or 支出经济分类 (类/款, 3/5
   * digits: 预算 一般公共预算基本支出表 with 合计/人员经费/公用经费 columns).
   */
  readonly codeSystem?: "function" | "economic";
  readonly columns: ReadonlyArray<ColumnSpec>;
  readonly rowIdentities?: ReadonlyArray<RowIdentity>;
}

export interface SideSpec {
  readonly columns: ReadonlyArray<ColumnSpec>;
  readonly lines: ReadonlyArray<LineSpec>;
  /** Lines named after a 功能分类 类 ("八、社会保障和就业支出") are read as class lines. */
  readonly classLines?: boolean;
}

export interface TwoSidedSpec extends SpecBase {
  readonly layout: "two-sided";
  readonly income: SideSpec;
  readonly expense: SideSpec;
}

export interface EconBlocksSpec extends SpecBase {
  readonly layout: "econ-blocks";
  /** Named total lines printed across the blocks (人员经费合计, 公用经费合计). */
  readonly lines: ReadonlyArray<LineSpec>;
}

export interface ItemsSpec extends SpecBase {
  readonly layout: "items";
  readonly items: ReadonlyArray<LineSpec>;
  readonly measures: ReadonlyArray<ColumnSpec>;
  /**
   * Items across the columns with neither a measure in the header nor a measure label on the row (预算 三公经费支出表:
   * one row per 部门/单位, every figure a 预算数): the measure role the figures are read as.
   */
  readonly defaultMeasure?: string;
}

export type TableSpec = CodeRowsSpec | TwoSidedSpec | EconBlocksSpec | ItemsSpec;
