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
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../src/cli/read-xlsx";
import { recognize } from "../src/engine/recognize";
import { displayWidth } from "../src/cli/format";
import { writeSyntheticWorkbook } from "./synthetic";

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
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

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function fmtBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`;
}

function table(header: string[], body: string[][], rightAligned: Set<number>): string {
  const all = [header, ...body];
  const w = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i]))));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = " ".repeat(w[i] - displayWidth(c));
        return rightAligned.has(i) ? pad + c : c + pad;
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

  if (!argv.includes("--no-synthetic")) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-bench-"));
    try {
      const t0 = performance.now();
      const syn = await writeSyntheticWorkbook(path.join(dir, `synthetic-${units}.xlsx`), units);
      process.stdout.write(
        `合成工作簿：${syn.sheets} 个工作表，共 ${syn.rows} 行、${syn.cells} 个非空单元格（生成用时 ${fmtMs(performance.now() - t0)}）\n`,
      );
      rows.push(await measure(syn.file, Math.min(runs, 3)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  process.stdout.write(
    `\n读取与识别耗时（中位数；样例 ${runs} 次，合成工作簿 ${Math.min(runs, 3)} 次，另有 1 次预热不计）\n` +
      `Node ${process.version}，${os.cpus()[0]?.model ?? "未知 CPU"}\n\n`,
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
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ),
  );
}

run().catch((e) => {
  process.stderr.write(`基准测试失败：${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
