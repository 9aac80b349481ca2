export { checkNarrative } from "./check";
export { detectNarrativeSheet, narrativeTextOfSheet } from "./detect";
export type { NarrativeCheckResult, NarrativeFinding, NarrativeMessageId, NotEvaluated } from "./types";
export { splitParagraphs, splitSentences, extractNumbers, type TextNumber } from "./text";
export { checkPercent, div, shown, sub, scale, meets, type Interval } from "./interval";
export { normalizeName, nameCore, sameName, parseFunctionPath } from "./names";
export { narrativeTableFindings, shortQuote } from "./findings";
export { checkTableTexts } from "./cells";
