import type Decimal from "decimal.js";
import type { CellRef } from "../address";
import type { RuleCategory, Severity } from "../findings";
import type { Table, TableId } from "../model/table";

/**
 * Rule modules, modelled on ESLint (addin-conventions §7). A rule is data (`meta`) plus a `create(ctx)` that returns a
 * visitor keyed by table id and/or `Workbook`. Rules are pure: no I/O, no clock, no globals; they see recognised
 * tables only and emit through `ctx.report`.
 */

export interface RuleDocs {
  /** One line, zh-CN. */
  readonly description: string;
  /** "docs/rules/<id>.md". */
  readonly url: string;
}

export interface RuleMeta<O = unknown> {
  /** == file name, kebab-case ("hierarchy-sum"). */
  readonly id: string;
  /** Default severity of what the rule reports; a report may override it (a 尾差 is info). */
  readonly severity: Severity;
  readonly category: RuleCategory;
  /**
   * Tables the rule needs. When they are absent the rule is "not-applicable" (never "passed"). With `requiresMode`
   * "all" (the default) every listed table must be present; with "any" one of them is enough — for a rule that checks
   * each table of a family on its own (hierarchy sums in 02/03/05/07/08).
   */
  readonly requires: ReadonlyArray<TableId>;
  readonly requiresMode?: "all" | "any";
  /** messageId → zh-CN template with {{placeholders}}. */
  readonly messages: Readonly<Record<string, string>>;
  readonly docs: RuleDocs;
  readonly defaultOptions?: O;
}

/** Values a message template can take. A Decimal is shown fixed-2. */
export type MessageData = Readonly<Record<string, string | number | Decimal>>;

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: MessageData;
  /** The cell to mark first, then the evidence. At least one. */
  readonly cells: ReadonlyArray<CellRef>;
  /** Overrides meta.severity (e.g. "info" for a 尾差). */
  readonly severity?: Severity;
  /** Amounts as Decimal (formatted fixed-2) or already formatted strings. */
  readonly expected?: Decimal | string;
  readonly actual?: Decimal | string;
  readonly difference?: Decimal | string;
  /** The table the finding belongs to. Defaults to the table being visited; required from a Workbook visitor. */
  readonly table?: Table;
}

/** The recognised tables, for Workbook visitors and cross-table rules. */
export interface TableSet {
  /** Every recognised table, in recognition order. */
  readonly all: ReadonlyArray<Table>;
  /** The first table with this id. */
  get(id: TableId): Table | undefined;
  /** Every table with this id (a workbook may hold a table twice). */
  byId(id: TableId): ReadonlyArray<Table>;
  has(id: TableId): boolean;
}

export interface RuleContext<O = unknown> {
  readonly id: string;
  /** meta.defaultOptions overlaid with the caller's options. */
  readonly options: Readonly<O>;
  readonly tables: TableSet;
  /** The only way to emit a finding. */
  report(descriptor: ReportDescriptor): void;
  /**
   * Records that (part of) the check could not run, with a zh-CN reason. A rule that reports nothing but recorded a
   * reason ends "not-evaluated" instead of "passed".
   */
  notEvaluated(reason: string, table?: Table): void;
}

export type TableVisitor = (table: Table) => void;

/** Table visitors run once per recognised table of that id, in recognition order; `Workbook` runs once, after them. */
export type RuleVisitor = { readonly [K in TableId]?: TableVisitor } & {
  readonly Workbook?: (tables: TableSet) => void;
};

export interface RuleModule<O = unknown> {
  readonly meta: RuleMeta<O>;
  create(ctx: RuleContext<O>): RuleVisitor;
}

/** A rule of any options type, as the registry holds them. */
export type AnyRuleModule = RuleModule<any>;
