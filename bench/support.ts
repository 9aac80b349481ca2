/** What the benchmarks share: options, the fixture list, the synthetic workbook, medians and the printed table. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { displayWidth } from "../src/cli/format";
import { writeSyntheticWorkbook } from "./synthetic";

export interface BenchOptions {
  readonly runs: number;
  readonly units: number;
  readonly fixturesDir: string;
  readonly synthetic: boolean;
}

/** [--runs N] [--units N] [--fixtures DIR] [--no-synthetic] */
export function benchOptions(argv: ReadonlyArray<string> = process.argv.slice(2)): BenchOptions {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    runs: Math.max(1, Number(opt("--runs") ?? 5)),
    units: Math.max(1, Number(opt("--units") ?? 200)),
    fixturesDir: path.resolve(opt("--fixtures") ?? path.join(findRepoRoot(), "tests", "fixtures")),
    synthetic: !argv.includes("--no-synthetic"),
  };
}

export function fixtureFiles(dir: string): string[] {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
  if (files.length === 0) process.stdout.write(`（未找到样例文件目录 ${dir}，只测合成工作簿）\n`);
  return files;
}

/** Writes the synthetic workbook into a temporary folder, measures it, and removes it again. */
export async function withSyntheticWorkbook<T>(units: number, measure: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-bench-"));
  try {
    const t0 = performance.now();
    const syn = await writeSyntheticWorkbook(path.join(dir, `synthetic-${units}.xlsx`), units);
    process.stdout.write(
      `合成工作簿：${syn.sheets} 个工作表，共 ${syn.rows} 行、${syn.cells} 个非空单元格（生成用时 ${fmtMs(performance.now() - t0)}）\n`,
    );
    return await measure(syn.file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function fmtBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`;
}

export function machineLine(): string {
  return `Node ${process.version}，${os.cpus()[0]?.model ?? "未知 CPU"}`;
}

/** A plain-text table; the first column left-aligned, the figures right-aligned; widths count CJK as two. */
export function table(header: string[], body: string[][]): string {
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

export function runBench(main: () => Promise<void>): void {
  main().catch((e) => {
    process.stderr.write(`基准测试失败：${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
