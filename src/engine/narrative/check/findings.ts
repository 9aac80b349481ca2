import type { Finding } from "../../findings";
import type { NarrativeCheckResult, NarrativeFinding } from "./types";

/** The quote as messages show it: at most 60 characters. */
export function shortQuote(quote: string, max = 60): string {
  const q = quote.trim();
  return [...q].length <= max ? q : `${[...q].slice(0, max).join("")}…`;
}

/**
 * The narrative findings that point at a table cell, as rule Findings a host can mark in the workbook (the message
 * leads with the quoted sentence). Findings about figures no table holds stay in the narrative report only.
 */
export function narrativeTableFindings(result: NarrativeCheckResult): Finding[] {
  return result.findings
    .filter(
      (f): f is NarrativeFinding & { table: NonNullable<NarrativeFinding["table"]> } =>
        f.table !== undefined && f.cells.length > 0,
    )
    .map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      category: f.category,
      message: `情况说明“${shortQuote(f.quote)}”：${f.message}`,
      table: f.table,
      cells: f.cells,
      ...(f.expected !== undefined && { expected: f.expected }),
      ...(f.actual !== undefined && { actual: f.actual }),
      ...(f.difference !== undefined && { difference: f.difference }),
    }));
}
