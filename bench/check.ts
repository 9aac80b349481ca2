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
 *
 *   npm run bench:check                  (builds, then runs dist-cli/bench/check.js)
 *   node dist-cli/bench/check.js [--runs N] [--units N] [--fixtures DIR] [--no-synthetic]
 *
 * Prints figures only; nothing is asserted.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { displayWidth } from "../src/cli/format";
import { readWorkbookFile } from "../src/cli/read-xlsx";
import { recognize } from "../src/engine/recognize";
import { ruleList } from "../src/engine/rules";
import { runRules } from "../src/engine/rules/run";
import { writeSyntheticWorkbook } from "./synthetic";

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
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function measure(file: string, runs: number): Promise<Row> {
  const bare: number[] = [];
  const snap: number[] = [];
  const rec: number[] = [];
  const rul: number[] = [];
  const total: number[] = [];
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
  };
}

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function fmtBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`;
}

function table(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const w = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i]))));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = " ".repeat(w[i] - displayWidth(c));
        return i === 0 ? c + pad : pad + c;
      })
      .join("  ")
      .trimEnd();
  return [line(header), w.map((n) => "-".repeat(n)).join("  "), ...body.map(line)].join("\n") + "\n";
}

function findRepoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === "fiscal-table-checker") return dir;
    } catch {
      // keep looking
    }
    dir = path.dirname(dir);
  }
  return process.cwd();
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Math.max(1, Number(opt("--runs") ?? 5));
  const units = Math.max(1, Number(opt("--units") ?? 200));
  const fixturesDir = path.resolve(opt("--fixtures") ?? path.join(findRepoRoot(), "tests", "fixtures"));

  const files = fs.existsSync(fixturesDir)
    ? fs
        .readdirSync(fixturesDir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => path.join(fixturesDir, f))
    : [];
  if (files.length === 0) process.stdout.write(`（未找到样例文件目录 ${fixturesDir}，只测合成工作簿）\n`);

  const rows: Row[] = [];
  for (const f of files) rows.push(await measure(f, runs));

  const synRuns = Math.min(runs, 3);
  if (!argv.includes("--no-synthetic")) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-bench-check-"));
    try {
      const t0 = performance.now();
      const syn = await writeSyntheticWorkbook(path.join(dir, `synthetic-${units}.xlsx`), units);
      process.stdout.write(
        `合成工作簿：${syn.sheets} 个工作表，共 ${syn.rows} 行、${syn.cells} 个非空单元格（生成用时 ${fmtMs(performance.now() - t0)}）\n`,
      );
      rows.push(await measure(syn.file, synRuns));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  process.stdout.write(
    `\n快照 → 识别 → 校验 耗时（中位数；样例 ${runs} 次，合成工作簿 ${synRuns} 次，另有 1 次预热不计；${ruleList.length} 条规则）\n` +
      `Node ${process.version}，${os.cpus()[0]?.model ?? "未知 CPU"}\n\n`,
  );
  process.stdout.write(
    table(
      ["文件", "大小", "行数", "表", "发现", "其中错误", "ExcelJS 读取", "快照", "识别", "校验", "合计", "比值"],
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
      ]),
    ),
  );
}

run().catch((e) => {
  process.stderr.write(`基准测试失败：${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
