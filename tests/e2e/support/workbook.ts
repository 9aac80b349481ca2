/**
 * The workbooks of the e2e tests, Node side: a fixture spec (tests/fixtures/<name>.json) with optional cell edits, and
 * what the engine finds on it — computed here the way the pane does (recognize → runRules → buildWritePlan), so the
 * tests follow rule changes instead of pinning counts.
 */
import * as fs from "fs";
import * as path from "path";
import { recognize } from "../../../src/engine/recognize";
import { buildWritePlan } from "../../../src/engine/report";
import { runRules } from "../../../src/engine/rules/run";
import { sampleToSnapshot, type SampleWorkbook } from "../../../src/taskpane/demo/sample";
import { FIXTURES, ROOT } from "./paths";

export interface CellEdit {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: string | number | null;
}

function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad A1 address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The fixture's spec with `edits` applied (a value replaces the cell, formula included). */
export function fixtureSpec(name: string, edits: ReadonlyArray<CellEdit> = []): SampleWorkbook {
  const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as SampleWorkbook;
  for (const e of edits) {
    const sheet = spec.sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`${name}: no sheet ${e.sheet}`);
    const { row, col } = parseA1(e.cell);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const r = sheet.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = e.value;
  }
  return spec;
}

/** The built-in sample of 演示模式. */
export function demoSpec(): SampleWorkbook {
  return JSON.parse(
    fs.readFileSync(path.join(ROOT, "samples/seed000-zhushan-2024-final.json"), "utf8"),
  ) as SampleWorkbook;
}

export function expectedRun(spec: SampleWorkbook) {
  const result = recognize(sampleToSnapshot(spec));
  const run = runRules(result);
  const plan = buildWritePlan(run.findings);
  return { tables: result.tables.length, findings: plan.findings, counts: plan.counts, marks: plan.marks };
}
