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

/** A value column of a form (绩效表): amounts, a percentage (执行率, 得分率) or a score (分值, 权重, 得分). */
export interface FormColumnSpec extends ColumnSpec {
  readonly kind: "amount" | "percent" | "score";
}

/**
 * One grid of a form: a header row naming the value columns, then rows under it until the next grid, a field or a
 * stop line. Text columns named in `groups` are carried down (一级指标 “产出指标（50分）” holds for the rows below it).
 */
export interface FormGridSpec {
  /** "funds" (项目资金 / 预算执行情况), "tasks" (年度主要任务), "indicators" (绩效指标), "assets" … */
  readonly section: string;
  readonly nameZh: string;
  readonly columns: ReadonlyArray<FormColumnSpec>;
  /** Heading columns carried down, outermost first. */
  readonly groups?: ReadonlyArray<ColumnSpec>;
  /** The column that names a row (三级指标, 主要内容); else the last text cell before the values. */
  readonly label?: ColumnSpec;
  /** A header row maps at least this many of `columns` + `groups`. */
  readonly minColumns: number;
  /** Named rows (年度资金总额, 金额合计, 总分); other rows keep their label without a role. */
  readonly lines?: ReadonlyArray<LineSpec>;
  /** A named line that prints one figure outside the mapped columns (“总分 | 100”) gives it this column role. */
  readonly looseValueRole?: string;
}

/** A label → value pair printed anywhere in the form (“收入预算合计 | 418.00”, “基本支出总额 | 590.11”). */
export interface FormFieldSpec extends LineSpec {
  readonly kind: "amount" | "score";
}

/** Form-like tables (绩效自评表, 绩效目标表, 评价得分表): labelled fields and small grids, read by form.ts. */
export interface FormSpec extends SpecBase {
  readonly layout: "form";
  readonly fields?: ReadonlyArray<FormFieldSpec>;
  readonly grids: ReadonlyArray<FormGridSpec>;
  /** A row starting with one of these ends the current grid (年度总体目标, 偏差原因, 备注). */
  readonly stops?: ReadonlyArray<RegExp>;
}

export type TableSpec = CodeRowsSpec | TwoSidedSpec | EconBlocksSpec | ItemsSpec | FormSpec;
