/**
 * Benchmark: what does our reading + recognition cost on top of a bare ExcelJS read?
 *
 * For every fixture in tests/fixtures (copied from shared/fixtures) and a synthetic large workbook (bench/synthetic.ts), prints the median of a
 * few runs of
 *   - ExcelJS:        new ExcelJS.Workbook().xlsx.readFile(file)
 *   - 读取+识别:       readWorkbookFile(file) + recognize(snapshot)   (其中读取 / 其中识别: each part alone)
 *   - 比值:            (读取+识别) / ExcelJS
 *
 *   npm run bench                       (builds, then runs dist-cli/bench/recognize.js)
 *   node dist-cli/bench/recognize.js [--runs N] [--units N] [--fixtures DIR] [--no-synthetic]
 *
 * Prints figures only; nothing is asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/cli/read-xlsx";
import { recognize } from "../src/engine/recognize";
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
  sheets: number;
  rows: number;
  tables: number;
  bare: number;
  total: number;
  read: number;
  recognize: number;
}

async function measure(file: string, runs: number): Promise<Row> {
  const bare: number[] = [];
  const total: number[] = [];
  const read: number[] = [];
  const rec: number[] = [];
  let sheets = 0;
  let rows = 0;
  let tables = 0;
  // One warm-up round (JIT, file cache), then `runs` measured rounds, alternating the two readers.
  for (let i = 0; i <= runs; i++) {
    let t0 = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(file);
    const b = performance.now() - t0;

    t0 = performance.now();
    const snapshot = await readWorkbookFile(file);
    const t1 = performance.now();
    const result = recognize(snapshot);
    const t2 = performance.now();
    if (i === 0) {
      sheets = snapshot.sheets.length;
      rows = snapshot.sheets.reduce((n, s) => n + s.rowCount, 0);
      tables = result.tables.length;
      continue;
    }
    bare.push(b);
    total.push(t2 - t0);
    read.push(t1 - t0);
    rec.push(t2 - t1);
  }
  return {
    name: path.basename(file),
    bytes: fs.statSync(file).size,
    sheets,
    rows,
    tables,
    bare: median(bare),
    total: median(total),
    read: median(read),
    recognize: median(rec),
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
    `\n读取与识别耗时（中位数；样例 ${runs} 次，合成工作簿 ${synRuns} 次，另有 1 次预热不计）\n` +
      `${machineLine()}\n\n`,
  );
  process.stdout.write(
    table(
      ["文件", "大小", "工作表", "行数", "识别表数", "ExcelJS 读取", "读取+识别", "其中读取", "其中识别", "比值"],
      rows.map((r) => [
        r.name,
        fmtBytes(r.bytes),
        String(r.sheets),
        String(r.rows),
        String(r.tables),
        fmtMs(r.bare),
        fmtMs(r.total),
        fmtMs(r.read),
        fmtMs(r.recognize),
        `${(r.total / r.bare).toFixed(2)}×`,
      ]),
    ),
  );
}

runBench(run);
