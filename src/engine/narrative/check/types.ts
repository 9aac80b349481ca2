import type { RuleCategory, Severity } from "../../findings";
import type { TableId } from "../../model/table";

/**
 * A finding of the narrative checker. It has the shape of a rule Finding (src/engine/findings.ts) plus the quote of
 * the sentence it is about; `table` and `cells` point at the table cells the sentence names (the first is the cell the
 * text misquotes). A sentence about figures no table holds (政府采购 amounts) has no cell: then `cells` is empty and
 * `table` absent — the quote is the location.
 */
export interface NarrativeFinding {
  readonly ruleId: "narrative";
  readonly messageId: NarrativeMessageId;
  readonly severity: Severity;
  readonly category: RuleCategory;
  readonly message: string;
  readonly table?: TableId;
  readonly cells: ReadonlyArray<string>;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  /** The sentence as printed in the 情况说明. */
  readonly quote: string;
  /** 0-based paragraph and sentence index. */
  readonly paragraph: number;
  readonly sentence: number;
}

export type NarrativeMessageId =
  | "amount-mismatch"
  | "name-mismatch"
  | "ratio-mismatch"
  | "ratio-rounding"
  | "prior-zero"
  | "zero-change"
  | "change-word"
  | "sum-mismatch"
  | "sum-tail"
  | "stated-twice"
  | "operating-cost"
  | "change-sum-mismatch"
  | "weight-mismatch"
  | "cause-mismatch";

/** A sentence with figures the checker could not tie to the tables or to each other: reported, never guessed. */
export interface NotEvaluated {
  readonly quote: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly reason: string;
}

export interface NarrativeCheckResult {
  readonly findings: ReadonlyArray<NarrativeFinding>;
  readonly notEvaluated: ReadonlyArray<NotEvaluated>;
  /** Sentences with at least one figure, and how many of them were fully evaluated. */
  readonly sentencesWithFigures: number;
  readonly evaluated: number;
}
