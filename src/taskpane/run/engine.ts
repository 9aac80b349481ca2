/**
 * The engine as the pane uses it. This module (with the rules and the classification catalog it imports) is loaded
 * with a dynamic import() on the first 开始校验, so webpack puts it in its own chunk and the initial taskpane bundle
 * stays small (addin-conventions §10 budget).
 */
import type { RecognitionResult } from "../../engine/model/table";
import { recognize } from "../../engine/recognize";
import { buildWritePlan, tableLabel, type WritePlan } from "../../engine/report";
import { ruleList } from "../../engine/rules";
import { runRules, type RunResult } from "../../engine/rules/run";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import type { Finding } from "../../engine/findings";
import {
  checkNarrative,
  checkTableTexts,
  detectNarrativeSheet,
  narrativeTableFindings,
  narrativeTextOfSheet,
} from "../../engine/narrative/check";
import type { CheckOutcome, RuleView } from "./types";

export { recognize, runRules };
export { buildNarrativeView, checkPastedNarrative } from "./narrative";

/** Write plan of the findings that are not ignored. */
export function planFor(
  findings: ReadonlyArray<Finding>,
  ignored: ReadonlySet<string>,
  key: (f: Finding) => string,
): WritePlan {
  return buildWritePlan(findings.filter((f) => !ignored.has(key(f))));
}

export function recognizeSnapshot(snapshot: WorkbookSnapshot): RecognitionResult {
  return recognize(snapshot);
}

/**
 * The rules, plus the statements written inside the 绩效 tables (评分过程 …) and the workbook's 情况说明 sheet (detected
 * as the CLI does) checked against the tables; a 情况说明 finding is marked at the table cells it names.
 */
export function checkTables(result: RecognitionResult, snapshot?: WorkbookSnapshot): RunResult {
  const run = runRules(result);
  if (!snapshot) return run;
  const sheet = detectNarrativeSheet(snapshot);
  const narrative = sheet ? narrativeTableFindings(checkNarrative(narrativeTextOfSheet(sheet), result)) : [];
  return { ...run, findings: [...run.findings, ...checkTableTexts(snapshot, result), ...narrative] };
}

/** The pane's view of a run (the write result is added by the controller). */
export function outcomeOf(result: RecognitionResult, run: RunResult): Omit<CheckOutcome, "apply"> {
  const findings = buildWritePlan(run.findings).findings;
  const meta = new Map(ruleList.map((r) => [r.meta.id, r.meta]));
  const perRule = new Map<string, number>();
  for (const f of run.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const rules: RuleView[] = run.rules.map((r) => {
    const m = meta.get(r.id);
    return {
      id: r.id,
      status: r.status,
      reasons: [...(r.reasons ?? [])],
      description: m?.docs.description ?? "",
      category: m?.category ?? null,
      severity: m?.severity ?? "error",
      findings: perRule.get(r.id) ?? 0,
    };
  });
  const tableLabels: Record<string, string> = {};
  for (const id of new Set([...result.tables.map((t) => t.id), ...findings.map((f) => f.table)])) {
    tableLabels[id] = tableLabel(id);
  }
  return {
    findings,
    tableLabels,
    rules,
    tables: result.tables.map((t) => ({
      id: t.id,
      label: tableLabel(t.id),
      printedTitle: t.printedTitle,
      sheet: t.sheet,
      range: t.range,
      unit: t.unit,
      rows: t.rows.length,
    })),
    unplaced: result.unplaced.map((u) => ({ sheet: u.sheet, range: u.range, reason: u.reason })),
  };
}
