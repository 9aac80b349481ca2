import type { RecognitionResult } from "../model/table";
import { checkNarrative, type NarrativeCheckResult, type NarrativeFinding } from "./check";
import type { Narrative } from "./index";
import { narrativeText } from "./index";

export interface InsertionCheck {
  /** True when the text may be inserted: the checker finds nothing on it but the tables' own 尾差. */
  readonly ok: boolean;
  /** Findings that refuse the insertion (all but 尾差). */
  readonly blocking: ReadonlyArray<NarrativeFinding>;
  /** The full result (the 尾差 infos are the tables' own, which the text repeats faithfully). */
  readonly check: NarrativeCheckResult;
}

/**
 * Whether a finding of the checker on our own generated text refuses its insertion: every finding does, except a 尾差
 * ("sum-tail": the parts a sentence lists differ from its total by no more than their rounding, n × 0.005). The text
 * repeats the tables' amounts as printed, so a 尾差 the tables carry reappears in it; it is not an error of the text
 * (docs/tolerance.md), and refusing it would refuse every correct text of a workbook whose tables have one.
 */
export function blocksInsertion(f: NarrativeFinding): boolean {
  return f.messageId !== "sum-tail";
}

/** A generated text checked before it is inserted: refused when the checker finds anything blocksInsertion keeps. */
export function checkGeneratedText(text: string, recognition: RecognitionResult): InsertionCheck {
  const check = checkNarrative(text, recognition);
  const blocking = check.findings.filter(blocksInsertion);
  return { ok: blocking.length === 0, blocking, check };
}

/** checkGeneratedText on a 决算 narrative as generateNarrative returns it. */
export function checkBeforeInsert(narrative: Narrative, recognition: RecognitionResult): InsertionCheck {
  return checkGeneratedText(narrativeText(narrative), recognition);
}
