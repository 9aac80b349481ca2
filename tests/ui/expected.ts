/** What the engine finds on a fixture, computed the way the pane does (so UI tests follow rule changes). */
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import { buildWritePlan } from "../../src/engine/report";
import type { Finding } from "../../src/engine/findings";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";

export function expectedRun(name: FixtureName = "seed000-zhushan-2024-final") {
  const result = recognize(fixtureSnapshot(name));
  const run = runRules(result);
  const plan = buildWritePlan(run.findings);
  return { result, run, findings: plan.findings as Finding[], counts: plan.counts };
}
