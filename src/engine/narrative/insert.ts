import type { RecognitionResult } from "../model/table";
import { checkNarrative, type NarrativeCheckResult, type NarrativeFinding } from "./check";
import type { Narrative } from "./index";
import { narrativeText } from "./index";

export interface InsertionCheck {
  /** True when the text may be inserted: the checker has no error or warning on it. */
  readonly ok: boolean;
  /** Error / warning findings: why the insertion is refused. */
  readonly blocking: ReadonlyArray<NarrativeFinding>;
  /** The full result (info findings are the tables' own 尾差, which the text repeats faithfully). */
  readonly check: NarrativeCheckResult;
}

/**
 * The generated text checked by the narrative checker before it is inserted: refused with the reasons when the checker
 * finds an error or a warning. Info findings (a 尾差 of the tables, shown as the tables show it) do not block.
 */
export function checkBeforeInsert(narrative: Narrative, recognition: RecognitionResult): InsertionCheck {
  const check = checkNarrative(narrativeText(narrative), recognition);
  const blocking = check.findings.filter((f) => f.severity !== "info");
  return { ok: blocking.length === 0, blocking, check };
}
