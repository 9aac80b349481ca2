/**
 * fiscal-check [--json] <file.xlsx…>
 *
 * Reads each workbook (read-xlsx.ts), recognises its standard tables (engine) and prints what was found.
 * Exit codes like a linter: 0 fine, 2 when a file cannot be read or the arguments are wrong.
 * A bad file does not stop the run: it gets its message and the other files are still processed.
 */
import * as fs from "fs";
import * as path from "path";
import { recognize } from "../engine/recognize";
import { InputError, readWorkbookFile } from "./read-xlsx";
import { exitCodeFor, formatFileText, formatSummaryText, reportToJson, type FileReport } from "./format";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

/** `fiscal-check --json … | head`: a closed pipe ends the output quietly instead of with a stack trace. */
let pipeGuarded = false;
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export const USAGE = `用法：fiscal-check [选项] <文件.xlsx> [更多文件.xlsx …]

读取部门决算/预算公开表所在的 Excel 工作簿（.xlsx），识别其中的标准表，并报告识别结果。

选项：
  --json         以 JSON 格式输出结果（结构见 docs/cli.md）
  -h, --help     显示本帮助
  --version      显示版本号

退出码：0 正常；2 有文件无法读取，或参数有误。
`;

interface Args {
  json: boolean;
  help: boolean;
  version: boolean;
  files: string[];
}

/** Parses argv; returns a Chinese message for bad arguments. */
export function parseArgs(argv: ReadonlyArray<string>): Args | { error: string } {
  const args: Args = { json: false, help: false, version: false, files: [] };
  let onlyFiles = false;
  for (const a of argv) {
    if (onlyFiles || a === "-" || !a.startsWith("-")) {
      args.files.push(a);
    } else if (a === "--") {
      onlyFiles = true;
    } else if (a === "--json") {
      args.json = true;
    } else if (a === "-h" || a === "--help") {
      args.help = true;
    } else if (a === "--version") {
      args.version = true;
    } else {
      return { error: `未知选项“${a}”。` };
    }
  }
  return args;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe();
  const parsed = parseArgs(argv);
  if ("error" in parsed) {
    io.stderr(`fiscal-check：${parsed.error}\n运行 fiscal-check --help 查看用法。\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`fiscal-check ${packageVersion()}\n`);
    return 0;
  }
  if (parsed.files.length === 0) {
    io.stderr(`fiscal-check：请指定要检查的 xlsx 文件。\n\n${USAGE}`);
    return 2;
  }

  const reports: FileReport[] = [];
  for (const file of parsed.files) {
    const report = await checkFile(file);
    reports.push(report);
    if (!parsed.json) io.stdout(formatFileText(report) + "\n");
  }
  if (parsed.json) io.stdout(JSON.stringify(reportToJson(reports), null, 2) + "\n");
  else io.stdout(formatSummaryText(reports));
  return exitCodeFor(reports);
}

/** Reads and recognises one file; never throws. */
export async function checkFile(file: string): Promise<FileReport> {
  let snapshot;
  try {
    snapshot = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.message };
    return { file, error: `读取“${file}”时发生内部错误：${errorText(e)}` };
  }
  try {
    return { file, result: recognize(snapshot) };
  } catch (e) {
    return { file, error: `识别“${file}”中的表格时发生内部错误：${errorText(e)}` };
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The version in the project's package.json (src/cli → ../.., dist-cli/src/cli → ../../..). */
function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "fiscal-table-checker" && pkg.version) return pkg.version;
    } catch {
      // not here; go up
    }
    dir = path.dirname(dir);
  }
  return "未知版本";
}
