import type { Finding, RuleCategory, RuleStatus, Severity } from "../../engine/findings";
import type { RecognitionResult } from "../../engine/model/table";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import type { ApplyResult } from "../../excel/gateway";

/** The stages of a run, in order; the pane shows one progress bar across them. */
export type Stage = "reading" | "checking" | "writing";

/** A rule as the coverage view shows it. */
export interface RuleView {
  readonly id: string;
  readonly status: RuleStatus;
  readonly reasons: ReadonlyArray<string>;
  readonly description: string;
  readonly category: RuleCategory | null;
  readonly severity: Severity;
  /** Findings this rule reported in the run. */
  readonly findings: number;
}

export interface TableView {
  readonly id: string;
  /** "公开01表 收入支出决算总表" (tableLabel of the engine). */
  readonly label: string;
  readonly printedTitle: string;
  readonly sheet: string;
  readonly range: string;
  readonly unit: string | null;
  readonly rows: number;
}

export interface UnplacedView {
  readonly sheet: string;
  readonly range: string;
  readonly reason: string;
}

/** Everything the pane shows after a run: plain data, computed in the engine chunk. */
export interface CheckOutcome {
  /** Every finding (ignored ones included), in report order: by table, then by marked cell. */
  readonly findings: ReadonlyArray<Finding>;
  /** Table id → "公开01表 收入支出决算总表", for every table id a finding or a recognised table has. */
  readonly tableLabels: Readonly<Record<string, string>>;
  readonly rules: ReadonlyArray<RuleView>;
  readonly tables: ReadonlyArray<TableView>;
  readonly unplaced: ReadonlyArray<UnplacedView>;
  /** What the write did; null when nothing was written (no table recognised). */
  readonly apply: ApplyResult | null;
  /** The run's snapshot and recognised tables, kept in memory for the 情况说明 tab (not plain data; never persisted). */
  readonly context?: RunContext;
}

export interface RunContext {
  readonly snapshot: WorkbookSnapshot;
  readonly recognition: RecognitionResult;
}
