/**
 * 一键校验 (ribbon ExecuteFunction): the pane's run controller, headless. The result counts are kept in the workbook
 * state (gateway.saveState → lastRun) for the task pane to show when it opens — an ExecuteFunction has no UI of its own
 * and Office.addin.showAsTaskpane needs the shared runtime (SharedRuntime 1.1), which this add-in does not use. The
 * marks and the 校验结果 sheet are the visible result in the workbook.
 */
import type { Severity } from "../engine/findings";
import type { LastRunSummary, WorkbookGateway, WorkbookState } from "../excel/gateway";
import { errorText } from "../taskpane/hooks/errors";
import { runCheck } from "../taskpane/run/controller";
import { findingKey } from "../taskpane/run/keys";

export async function quickCheck(
  gateway: WorkbookGateway,
  now: () => Date = () => new Date(),
): Promise<LastRunSummary> {
  let state: WorkbookState;
  try {
    state = await gateway.loadState();
  } catch {
    state = { ignored: [] };
  }
  let lastRun: LastRunSummary;
  try {
    const ignored = new Set(state.ignored);
    const outcome = await runCheck(gateway, { ignored });
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of outcome.findings) if (!ignored.has(findingKey(f))) counts[f.severity]++;
    lastRun = { at: now().toISOString(), counts, tables: outcome.tables.length, source: "ribbon" };
  } catch (e) {
    lastRun = {
      at: now().toISOString(),
      counts: { error: 0, warning: 0, info: 0 },
      tables: 0,
      source: "ribbon",
      error: errorText(e),
    };
  }
  try {
    await gateway.saveState({ ...state, lastRun });
  } catch {
    // The state could not be saved (e.g. a read-only workbook): the marks and the report sheet still show the result.
  }
  return lastRun;
}
