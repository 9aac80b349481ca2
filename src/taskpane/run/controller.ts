/**
 * The run controller: gateway.readSnapshot → recognize → runRules → buildWritePlan → gateway.applyPlan. The engine is
 * synchronous, so the controller yields to the UI between stages (the progress bar repaints) and loads the engine
 * chunk lazily. The pane and the ribbon's 一键校验 both use it.
 */
import type { WorkbookGateway } from "../../excel/gateway";
import { findingKey } from "./keys";
import type { CheckOutcome, Stage } from "./types";

export interface RunHooks {
  /** Stage and overall fraction 0..1. */
  readonly onProgress?: (stage: Stage, fraction: number) => void;
  /** Keys (findingKey) of ignored findings: shown under 已忽略 and not marked. */
  readonly ignored?: ReadonlySet<string>;
}

/** Loads the engine chunk (webpack splits it out at this import()). */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ "./engine");

/** Lets the browser paint before the next synchronous stage. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const READ_SHARE = 0.4;
const CHECK_SHARE = 0.4;

export async function runCheck(gateway: WorkbookGateway, hooks: RunHooks = {}): Promise<CheckOutcome> {
  const progress = hooks.onProgress ?? (() => undefined);
  const ignored = hooks.ignored ?? new Set<string>();

  progress("reading", 0);
  const enginePromise = loadEngine();
  const snapshot = await gateway.readSnapshot({
    onProgress: (f) => progress("reading", Math.max(0, Math.min(1, f)) * READ_SHARE),
  });
  const engine = await enginePromise;

  progress("checking", READ_SHARE);
  await yieldToUi();
  const result = engine.recognizeSnapshot(snapshot);
  progress("checking", READ_SHARE + CHECK_SHARE / 2);
  await yieldToUi();
  const run = engine.checkTables(result, snapshot);
  const view = engine.outcomeOf(result, run);

  if (result.tables.length === 0) {
    // Nothing recognised: leave a workbook that holds no 决算 tables as it is (no report sheet in it).
    progress("writing", 1);
    return { ...view, apply: null, context: { snapshot, recognition: result } };
  }
  progress("writing", READ_SHARE + CHECK_SHARE);
  await yieldToUi();
  const plan = engine.planFor(run.findings, ignored, findingKey);
  const apply = await gateway.applyPlan(plan);
  progress("writing", 1);
  return { ...view, apply, context: { snapshot, recognition: result } };
}
