/**
 * fiscal-check [--json] [--out <dir>] [--html <dir>] [--narrative-file <txt>]
 *              [--narrative [--prior <last-year.xlsx>] [--templates <id>]] <file.xlsx…>
 *
 * Reads each workbook (read-xlsx.ts), recognises its standard tables, runs every registered rule (engine) and prints
 * the findings; with --out it also writes <name>.checked.xlsx with the findings marked (write-xlsx.ts). With
 * --narrative it generates the 情况说明 (narrative.ts) from the tables, last year's workbook (--prior) and the file's
 * 补充数据 sheet, prints it, and with --out also writes it (sheet 情况说明) and a pre-filled 补充数据 sheet when the
 * workbook has none. With --html it writes <dir>/<name>.html per file (html.ts): the findings, the 情况说明 check and
 * the generated 情况说明 with its charts as inline SVG (--html generates the text even without --narrative).
 * Exit codes like a linter: 0 fine, 1 when an error-level finding exists, 2 when a file cannot be read (or its checked
 * workbook not written) or the arguments are wrong — 2 wins over 1.
 * A bad file does not stop the run: it gets its message and the other files are still processed.
 * The 情况说明 is checked against the tables too: the text of --narrative-file (one workbook only), or else a sheet of
 * the workbook that holds it (detected); its error-level findings count for the exit code like the rules'.
 */
import * as fs from "fs";
import * as path from "path";
import {
  checkNarrative,
  checkTableTexts,
  detectNarrativeSheet,
  narrativeTableFindings,
  narrativeTextOfSheet,
} from "../engine/narrative/check";
import { recognize } from "../engine/recognize";
import { runRules } from "../engine/rules/run";
import { InputError, readWorkbookFile } from "./read-xlsx";
import {
  exitCodeFor,
  formatFileText,
  formatSummaryText,
  reportToJson,
  type FileReport,
  type NarrativeInput,
} from "./format";
import { writeCheckedWorkbook, type ExtraSheets } from "./write-xlsx";
import { narrativeArgs, narrativeForFile, narrativeJson, type NarrativeRun } from "./narrative";
import { htmlName, htmlReport } from "./html";

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

读取部门决算/预算公开表所在的 Excel 工作簿（.xlsx），识别其中的标准表，逐项校验并报告发现的问题。

选项：
  --json         以 JSON 格式输出结果（结构见 docs/cli.md）
  --out <目录>   另存一份标出问题的工作簿 <文件名>.checked.xlsx（问题单元格着色并加批注，新增“校验结果”工作表）
  --html <目录>  为每个文件写出 <文件名>.html 校验报告（独立的网页，不引用任何外部资源）：发现的问题、
                 情况说明核对结果，以及生成的情况说明与图（即使没有 --narrative 也生成）
  --narrative    根据公开表生成部门决算情况说明并输出；与 --out 同用时写入“情况说明”工作表，
                 工作簿中没有“补充数据”工作表时另加一张预填的“补充数据”表（填写上年数、年初预算数、原因）；
                 “情况说明”工作表中另有各图的数据区（本工具不绘制 Excel 图表）
  --prior <文件> 上年决算工作簿（.xlsx），按科目编码和项目名称取上年决算数（与 --narrative 或 --html 同用）
  --templates <样式>
                 情况说明的措辞样式：standard（默认）、jiangxi-zhushan、shaanxi-danfeng、hubei-zengdu
  --narrative-file <文本.txt>
                 用该文本（情况说明，UTF-8）逐句核对表中数字；只能与一个工作簿一起使用。
                 不给出时，若工作簿中有情况说明工作表，则核对该工作表
  -h, --help     显示本帮助
  --version      显示版本号

退出码：0 未发现错误；1 发现错误级问题；2 有文件无法读取（或校验后的工作簿、HTML 报告无法写出），或参数有误。
`;

interface Args {
  json: boolean;
  help: boolean;
  version: boolean;
  /** --out <dir>: where the checked workbooks go. */
  out?: string;
  /** --html <dir>: where the HTML reports go. */
  html?: string;
  /** --narrative-file <txt>: the 情况说明 to check against the (single) workbook. */
  narrativeFile?: string;
  /** --narrative, --prior <file>, --templates <id> (narrative.ts): generate the 情况说明. */
  narrative?: boolean;
  prior?: string;
  templates?: string;
  files: string[];
}

/** Parses argv; returns a Chinese message for bad arguments. */
export function parseArgs(argv: ReadonlyArray<string>): Args | { error: string } {
  const args: Args = { json: false, help: false, version: false, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
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
    } else if (a === "--out" || a.startsWith("--out=")) {
      const dir = a === "--out" ? argv[++i] : a.slice("--out=".length);
      if (dir === undefined || dir === "") return { error: "选项“--out”需要一个目录名。" };
      args.out = dir;
    } else if (a === "--html" || a.startsWith("--html=")) {
      const dir = a === "--html" ? argv[++i] : a.slice("--html=".length);
      if (dir === undefined || dir === "") return { error: "选项“--html”需要一个目录名。" };
      args.html = dir;
    } else if (a === "--narrative-file" || a.startsWith("--narrative-file=")) {
      const file = a === "--narrative-file" ? argv[++i] : a.slice("--narrative-file=".length);
      if (file === undefined || file === "") return { error: "选项“--narrative-file”需要一个文本文件名。" };
      args.narrativeFile = file;
    } else if (a === "--narrative") {
      args.narrative = true;
    } else if (a === "--prior" || a.startsWith("--prior=") || a === "--templates" || a.startsWith("--templates=")) {
      const [opt, value] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, argv[++i]];
      if (value === undefined || value === "") return { error: `选项“${opt}”需要一个取值。` };
      if (opt === "--prior") args.prior = value;
      else args.templates = value;
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

  if (parsed.narrativeFile !== undefined && parsed.files.length !== 1) {
    io.stderr(`fiscal-check：选项“--narrative-file”只能与一个工作簿一起使用（情况说明属于一个工作簿）。\n`);
    return 2;
  }
  let narrative: NarrativeInput | undefined;
  if (parsed.narrativeFile !== undefined) {
    try {
      narrative = {
        source: parsed.narrativeFile,
        text: fs.readFileSync(parsed.narrativeFile, "utf8").replace(/^\uFEFF/, ""),
      };
    } catch (e) {
      io.stderr(`fiscal-check：无法读取情况说明文件“${parsed.narrativeFile}”：${errorText(e)}\n`);
      return 2;
    }
  }

  const generate = await narrativeArgs(parsed);
  if ("error" in generate) {
    io.stderr(`fiscal-check：${generate.error}\n`);
    return 2;
  }

  if (parsed.out !== undefined) {
    const problem = prepareDir(parsed.out, "校验后的工作簿");
    if (problem) {
      io.stderr(`fiscal-check：${problem}\n`);
      return 2;
    }
  }
  // An unusable --html directory is reported once; the files are still checked and printed (exit code 2).
  let htmlFailed = false;
  const htmlDir = parsed.html;
  if (htmlDir !== undefined) {
    const problem = prepareDir(htmlDir, "HTML 报告");
    if (problem) {
      io.stderr(`fiscal-check：${problem}\n`);
      htmlFailed = true;
    }
  }

  const reports: FileReport[] = [];
  const generated: (NarrativeRun | undefined)[] = [];
  const html: HtmlOutcome[] = [];
  const written = new Set<string>();
  const htmlWritten = new Set<string>();
  for (const file of parsed.files) {
    let report = await checkFile(file, narrative);
    const gen = generate.on && report.result ? await narrativeForFile(file, report.result, generate) : undefined;
    // Without --narrative (text generated for --html only) nothing of it goes into the checked workbook or the output.
    const shown = parsed.narrative ? gen : undefined;
    if (parsed.out !== undefined && report.run) report = await writeChecked(report, parsed.out, written, shown?.sheets);
    let outcome: HtmlOutcome = {};
    if (htmlDir !== undefined && !htmlFailed) {
      outcome = writeHtml(report, gen, htmlDir, htmlWritten);
      if (outcome.error !== undefined) io.stderr(`fiscal-check：${outcome.error}\n`);
    }
    reports.push(report);
    generated.push(shown);
    html.push(outcome);
    if (!parsed.json) {
      const line = outcome.path !== undefined ? `  已写出 HTML 报告：${outcome.path}\n` : "";
      io.stdout(formatFileText(report) + line + (shown ? shown.text : "") + "\n");
    }
  }
  if (parsed.json)
    io.stdout(JSON.stringify(htmlJson(narrativeJson(reportToJson(reports), generated), html), null, 2) + "\n");
  else io.stdout(formatSummaryText(reports));
  const code = exitCodeFor(reports);
  return htmlFailed || html.some((h) => h.error !== undefined) ? 2 : code;
}

/** A file's --html report: where it was written, or why not (Chinese). */
interface HtmlOutcome {
  readonly path?: string;
  readonly error?: string;
}

function writeHtml(report: FileReport, gen: NarrativeRun | undefined, dir: string, taken: Set<string>): HtmlOutcome {
  const name = htmlName(report.file, taken);
  taken.add(name);
  const output = path.join(dir, name);
  try {
    fs.writeFileSync(output, htmlReport(report, gen), "utf8");
    return { path: output };
  } catch (e) {
    return { error: `无法写出 HTML 报告“${output}”：${errorText(e)}` };
  }
}

/** The --json report with each file's HTML report (key "html") or its failure (in "errors"); additive to version 1. */
function htmlJson<T extends { files: { errors: { message: string }[] }[] }>(
  json: T,
  html: ReadonlyArray<HtmlOutcome>,
): T {
  return {
    ...json,
    files: json.files.map((f, i) => {
      const h = html[i];
      if (h?.path !== undefined) return { ...f, html: h.path };
      if (h?.error !== undefined) return { ...f, errors: [...f.errors, { message: h.error }] };
      return f;
    }),
  };
}

/** Reads, recognises and checks one file (and its 情况说明: given, or a sheet of the workbook); never throws. */
export async function checkFile(file: string, narrative?: NarrativeInput): Promise<FileReport> {
  let snapshot;
  try {
    snapshot = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.message };
    return { file, error: `读取“${file}”时发生内部错误：${errorText(e)}` };
  }
  let result;
  try {
    result = recognize(snapshot);
  } catch (e) {
    return { file, error: `识别“${file}”中的表格时发生内部错误：${errorText(e)}` };
  }
  let run;
  try {
    const rules = runRules(result);
    // Statements written inside the 绩效 tables (评分过程 …) are checked like the 情况说明 and marked at their cells.
    run = { ...rules, findings: [...rules.findings, ...checkTableTexts(snapshot, result)] };
  } catch (e) {
    return { file, error: `校验“${file}”时发生内部错误：${errorText(e)}` };
  }
  let input = narrative;
  if (input === undefined) {
    const sheet = detectNarrativeSheet(snapshot);
    if (sheet) input = { source: `工作表“${sheet.name}”`, text: narrativeTextOfSheet(sheet) };
  }
  if (input === undefined) return { file, result, run };
  try {
    return { file, result, run, narrativeCheck: { source: input.source, result: checkNarrative(input.text, result) } };
  } catch (e) {
    return { file, result, run, narrativeCheckError: `核对情况说明时发生内部错误：${errorText(e)}` };
  }
}

/** Creates an output directory (--out, --html) if needed; a Chinese message when it cannot be used. */
function prepareDir(dir: string, what: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.statSync(dir).isDirectory()) return `“${dir}”不是目录，无法写出${what}。`;
  } catch (e) {
    return `无法创建输出目录“${dir}”：${errorText(e)}`;
  }
  return undefined;
}

/** "决算.xlsx" → "决算.checked.xlsx"; a second input of the same name in one run → "决算(2).checked.xlsx". */
export function checkedName(file: string, taken: ReadonlySet<string> = new Set()): string {
  const base = path.basename(file).replace(/\.xlsx$/i, "");
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? "" : `(${i})`}.checked.xlsx`;
    if (!taken.has(name)) return name;
  }
}

/** Writes the checked workbook of a checked file; failures become the report's writeError. */
async function writeChecked(
  report: FileReport,
  dir: string,
  taken: Set<string>,
  extra: ExtraSheets = {},
): Promise<FileReport> {
  const name = checkedName(report.file, taken);
  taken.add(name);
  const output = path.join(dir, name);
  try {
    const narrativeFindings = report.narrativeCheck ? narrativeTableFindings(report.narrativeCheck.result) : [];
    await writeCheckedWorkbook(report.file, output, [...(report.run?.findings ?? []), ...narrativeFindings], extra);
    return { ...report, checked: output };
  } catch (e) {
    return { ...report, writeError: `写出“${output}”失败：${errorText(e)}` };
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
