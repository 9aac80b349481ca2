/**
 * Benchmark: the whole check — snapshot → recognise → findings — against a bare ExcelJS read.
 *
 * For every fixture in tests/fixtures and the synthetic large workbook (bench/synthetic.ts, default 200 units ≈ 50k
 * rows), prints the median of a few runs of
 *   - ExcelJS:   new ExcelJS.Workbook().xlsx.readFile(file)
 *   - 快照:      readWorkbookFile(file)            (ExcelJS read + WorkbookSnapshot)
 *   - 识别:      recognize(snapshot)
 *   - 校验:      runRules(result)                  (every registered rule)
 *   - 合计:      快照 + 识别 + 校验, and 比值 = 合计 / ExcelJS
 *   - 情况说明:  generateWorkbookNarrative + checkWorkbookNarrative (what the pane redoes on each edit; not in 合计)
 *
 *   npm run bench:check                  (builds, then runs dist-cli/bench/check.js)
 *   node dist-cli/bench/check.js [--runs N] [--units N] [--fixtures DIR] [--no-synthetic]
 *
 * Prints figures only; nothing is asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/cli/read-xlsx";
import { recognize } from "../src/engine/recognize";
import { ruleList } from "../src/engine/rules";
import { runRules } from "../src/engine/rules/run";
import { checkWorkbookNarrative, generateWorkbookNarrative } from "../src/engine/narrative/workbook";
import {
  benchOptions,
  fixtureFiles,
  fmtBytes,
  fmtMs,
  machineLine,
  median,
  runBench,
  table,
  withSyntheticWorkbook,
} from "./support";

interface Row {
  name: string;
  bytes: number;
  rows: number;
  tables: number;
  findings: number;
  errors: number;
  bare: number;
  snapshot: number;
  recognize: number;
  rules: number;
  total: number;
  narrative: number;
}

async function measure(file: string, runs: number): Promise<Row> {
  const bare: number[] = [];
  const snap: number[] = [];
  const rec: number[] = [];
  const rul: number[] = [];
  const total: number[] = [];
  const narr: number[] = [];
  let rows = 0;
  let tables = 0;
  let findings = 0;
  let errors = 0;
  // One warm-up round (JIT, file cache), then `runs` measured rounds.
  for (let i = 0; i <= runs; i++) {
    let t0 = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(file);
    const b = performance.now() - t0;

    t0 = performance.now();
    const snapshot = await readWorkbookFile(file);
    const t1 = performance.now();
    const result = recognize(snapshot);
    const t2 = performance.now();
    const out = runRules(result);
    const t3 = performance.now();
    checkWorkbookNarrative(generateWorkbookNarrative(result, snapshot), result);
    const t4 = performance.now();
    if (i === 0) {
      rows = snapshot.sheets.reduce((n, s) => n + s.rowCount, 0);
      tables = result.tables.length;
      findings = out.findings.length;
      errors = out.findings.filter((f) => f.severity === "error").length;
      continue;
    }
    bare.push(b);
    snap.push(t1 - t0);
    rec.push(t2 - t1);
    rul.push(t3 - t2);
    total.push(t3 - t0);
    narr.push(t4 - t3);
  }
  return {
    name: path.basename(file),
    bytes: fs.statSync(file).size,
    rows,
    tables,
    findings,
    errors,
    bare: median(bare),
    snapshot: median(snap),
    recognize: median(rec),
    rules: median(rul),
    total: median(total),
    narrative: median(narr),
  };
}

async function run(): Promise<void> {
  const { runs, units, fixturesDir, synthetic } = benchOptions();
  const files = fixtureFiles(fixturesDir);
  const synRuns = Math.min(runs, 3);

  const rows: Row[] = [];
  for (const f of files) rows.push(await measure(f, runs));

  if (synthetic) rows.push(await withSyntheticWorkbook(units, (f) => measure(f, synRuns)));

  process.stdout.write(
    `\n快照 → 识别 → 校验 耗时（中位数；样例 ${runs} 次，合成工作簿 ${synRuns} 次，另有 1 次预热不计；${ruleList.length} 条规则）\n` +
      `${machineLine()}\n\n`,
  );
  process.stdout.write(
    table(
      [
        "文件",
        "大小",
        "行数",
        "表",
        "发现",
        "其中错误",
        "ExcelJS 读取",
        "快照",
        "识别",
        "校验",
        "合计",
        "比值",
        "情况说明",
      ],
      rows.map((r) => [
        r.name,
        fmtBytes(r.bytes),
        String(r.rows),
        String(r.tables),
        String(r.findings),
        String(r.errors),
        fmtMs(r.bare),
        fmtMs(r.snapshot),
        fmtMs(r.recognize),
        fmtMs(r.rules),
        fmtMs(r.total),
        `${(r.total / r.bare).toFixed(2)}×`,
        fmtMs(r.narrative),
      ]),
    ),
  );
}

runBench(run);
