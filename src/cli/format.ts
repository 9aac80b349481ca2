/**
 * Pure formatting of CLI results: a file's recognition result and rule run → Chinese text, → the stable JSON shape.
 * No I/O here; main.ts reads the files and prints what these functions return.
 */
import { formatRef } from "../engine/address";
import type { Finding, RuleStatus, Severity } from "../engine/findings";
import type { RecognitionResult } from "../engine/model/table";
import type { NarrativeCheckResult, NarrativeFinding } from "../engine/narrative/check";
import { SEVERITY_ZH, sortFindings, tableLabel } from "../engine/report";
import type { RunResult } from "../engine/rules/run";

/** What the CLI learnt about one file. */
export interface FileReport {
  /** The file as the user named it. */
  readonly file: string;
  /** Absent when the file could not be read (or the engine failed on it). */
  readonly result?: RecognitionResult;
  /** The rules' findings and statuses (runRules over `result`). */
  readonly run?: RunResult;
  /** Why the file could not be read / checked (Chinese, for the user). */
  readonly error?: string;
  /** With --out: the checked workbook written for this file. */
  readonly checked?: string;
  /** With --out: why the checked workbook could not be written (Chinese). */
  readonly writeError?: string;
  /** The 情况说明 checked against the tables (--narrative-file, or a detected sheet). */
  readonly narrativeCheck?: { readonly source: string; readonly result: NarrativeCheckResult };
  /** Why the 情况说明 could not be checked (Chinese). */
  readonly narrativeCheckError?: string;
}

/** A 情况说明 to check: where it came from (file name, “工作表“情况说明””) and its text. */
export interface NarrativeInput {
  readonly source: string;
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON. Version 1; later versions only add keys.

export const JSON_VERSION = 1;

export interface JsonTable {
  id: string;
  title: string;
  sheet: string;
  range: string;
  unit: string | null;
  /** Number of rows the table model holds (合计, code rows, named lines). */
  rows: number;
}

export interface JsonUnplaced {
  sheet: string;
  range: string;
  reason: string;
}

export interface JsonError {
  message: string;
  /** For a cell that could not be read inside a recognised table. */
  sheet?: string;
  cell?: string;
}

/** A finding as the JSON carries it: the engine's Finding, keys in this order, absent amounts left out. */
export interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  category: string;
  message: string;
  table: string;
  cells: string[];
  expected?: string;
  actual?: string;
  difference?: string;
}

export interface JsonRule {
  id: string;
  status: RuleStatus;
  /** zh-CN reasons for not-applicable / not-evaluated. */
  reasons?: string[];
}

export interface JsonFile {
  file: string;
  tables: JsonTable[];
  unplaced: JsonUnplaced[];
  /** Check findings, sorted by table and marked cell (as the 校验结果 sheet). */
  findings: JsonFinding[];
  errors: JsonError[];
  /** Every rule with how its run ended (passed / failed / not-applicable / not-evaluated); empty if not checked. */
  rules: JsonRule[];
  /** With --out: the checked workbook written (path), when it was written. */
  checked?: string;
  /** The 情况说明 check, when a text was given or found (added in version 1; absent otherwise). */
  narrativeCheck?: JsonNarrativeCheck;
}

/** A narrative finding: the Finding keys, then the quote and where the sentence is (0-based paragraph/sentence). */
export interface JsonNarrativeFinding extends Omit<JsonFinding, "table"> {
  table?: string;
  quote: string;
  paragraph: number;
  sentence: number;
}

export interface JsonNarrativeCheck {
  source: string;
  findings: JsonNarrativeFinding[];
  /** Sentences with figures the checker could not tie to the tables, with the reason. */
  notEvaluated: { quote: string; paragraph: number; sentence: number; reason: string }[];
  sentencesWithFigures: number;
  evaluated: number;
}

export function narrativeFindingToJson(f: NarrativeFinding): JsonNarrativeFinding {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    ...(f.table !== undefined && { table: f.table }),
    cells: [...f.cells],
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(f.actual !== undefined && { actual: f.actual }),
    ...(f.difference !== undefined && { difference: f.difference }),
    quote: f.quote,
    paragraph: f.paragraph,
    sentence: f.sentence,
  };
}

export function findingToJson(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    table: f.table,
    cells: [...f.cells],
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(f.actual !== undefined && { actual: f.actual }),
    ...(f.difference !== undefined && { difference: f.difference }),
  };
}

export interface JsonReport {
  version: typeof JSON_VERSION;
  files: JsonFile[];
}

export function fileToJson(r: FileReport): JsonFile {
  const tables: JsonTable[] = [];
  const unplaced: JsonUnplaced[] = [];
  const errors: JsonError[] = [];
  if (r.error !== undefined) errors.push({ message: r.error });
  if (r.writeError !== undefined) errors.push({ message: r.writeError });
  if (r.narrativeCheckError !== undefined) errors.push({ message: r.narrativeCheckError });
  if (r.result) {
    for (const t of r.result.tables) {
      tables.push({ id: t.id, title: t.title, sheet: t.sheet, range: t.range, unit: t.unit, rows: t.rows.length });
    }
    for (const u of r.result.unplaced) unplaced.push({ sheet: u.sheet, range: u.range, reason: u.reason });
    for (const t of r.result.tables) {
      for (const p of t.problems) {
        errors.push({ message: `${formatRef(p.ref)}：${p.message}`, sheet: p.ref.sheet, cell: p.ref.address });
      }
    }
  }
  const findings = r.run ? sortFindings(r.run.findings).map(findingToJson) : [];
  const rules: JsonRule[] = (r.run?.rules ?? []).map((x) => ({
    id: x.id,
    status: x.status,
    ...(x.reasons && { reasons: [...x.reasons] }),
  }));
  return {
    file: r.file,
    tables,
    unplaced,
    findings,
    errors,
    rules,
    ...(r.checked !== undefined && { checked: r.checked }),
    ...(r.narrativeCheck !== undefined && {
      narrativeCheck: {
        source: r.narrativeCheck.source,
        findings: r.narrativeCheck.result.findings.map(narrativeFindingToJson),
        notEvaluated: r.narrativeCheck.result.notEvaluated.map((n) => ({ ...n })),
        sentencesWithFigures: r.narrativeCheck.result.sentencesWithFigures,
        evaluated: r.narrativeCheck.result.evaluated,
      },
    }),
  };
}

export function reportToJson(reports: ReadonlyArray<FileReport>): JsonReport {
  return { version: JSON_VERSION, files: reports.map(fileToJson) };
}

// ---------------------------------------------------------------------------------------------------------------
// Text

/** One file's block: name, tables, what could not be placed, errors. Ends with a newline. */
export function formatFileText(r: FileReport): string {
  const out: string[] = [`文件：${r.file}`];
  if (r.error !== undefined) {
    out.push(`  无法检查：${r.error}`);
    return out.join("\n") + "\n";
  }
  const res = r.result;
  const tables = res ? res.tables : [];
  if (tables.length === 0) {
    out.push("  未识别出任何标准表。");
  } else {
    out.push(`  识别出 ${tables.length} 张表：`);
    const rows = tables.map((t) => [
      t.id,
      t.title,
      `${t.sheet}!${t.range}`,
      `${t.rows.length} 行`,
      `单位：${t.unit ?? "未注明"}`,
    ]);
    for (const line of alignColumns(rows)) out.push(`    ${line}`);
  }
  const unplaced = res ? res.unplaced : [];
  if (unplaced.length > 0) {
    out.push(`  未能归入任何表的内容（${unplaced.length} 处）：`);
    for (const u of unplaced) out.push(`    ${u.sheet}!${u.range}：${u.reason}`);
  }
  const problems = tables.flatMap((t) => t.problems);
  if (problems.length > 0) {
    out.push(`  无法读取的单元格（${problems.length} 个）：`);
    for (const p of problems) out.push(`    ${formatRef(p.ref)}：${p.message}`);
  }
  if (r.run) out.push(...findingsText(r.run));
  if (r.narrativeCheck) out.push(...narrativeText(r.narrativeCheck.source, r.narrativeCheck.result));
  if (r.narrativeCheckError !== undefined) out.push(`  未能核对情况说明：${r.narrativeCheckError}`);
  if (r.checked !== undefined) out.push(`  已写出校验后的工作簿：${r.checked}`);
  if (r.writeError !== undefined) out.push(`  未能写出校验后的工作簿：${r.writeError}`);
  return out.join("\n") + "\n";
}

const STATUS_ZH: Readonly<Record<RuleStatus, string>> = {
  passed: "通过",
  failed: "发现问题",
  "not-applicable": "不适用",
  "not-evaluated": "未能校验",
};

/** 错误 n，警告 n，提示 n. */
export function severityCounts(findings: ReadonlyArray<Pick<Finding, "severity">>): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function countsText(c: Record<Severity, number>): string {
  return `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`;
}

/** 应为 x，实为 y，差额 z (those the finding has). */
function amountsText(f: Pick<Finding, "expected" | "actual" | "difference">): string {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`差额 ${f.difference}`);
  return parts.join("，");
}

/** The findings grouped by table (公开03表 支出决算表), then the rules that did not run. */
function findingsText(run: RunResult): string[] {
  const out: string[] = [];
  const sorted = sortFindings(run.findings);
  if (sorted.length === 0) {
    out.push("  校验结果：未发现问题。");
  } else {
    out.push(`  校验结果（${countsText(severityCounts(sorted))}）：`);
    let table: string | undefined;
    for (const f of sorted) {
      if (f.table !== table) {
        table = f.table;
        out.push(`    ${tableLabel(f.table)}`);
      }
      const amounts = amountsText(f);
      out.push(`      ${SEVERITY_ZH[f.severity]}  ${f.cells[0]}  ${f.message}${amounts ? `（${amounts}）` : ""}`);
    }
  }
  const notRun = run.rules.filter((x) => x.status === "not-applicable" || x.status === "not-evaluated");
  if (notRun.length > 0) {
    out.push(`  未运行或未完成的校验（${notRun.length} 项）：`);
    for (const x of notRun) {
      const why = x.reasons && x.reasons.length > 0 ? `：${x.reasons.join("；")}` : "";
      out.push(`    ${x.id}（${STATUS_ZH[x.status]}）${why}`);
    }
  }
  return out;
}

/** The 情况说明 check: its findings with the quoted sentence, then the sentences not evaluated. */
function narrativeText(source: string, result: NarrativeCheckResult): string[] {
  const out: string[] = [];
  const head = `  情况说明核对（${source}；含数字的句子 ${result.sentencesWithFigures} 句，完整核对 ${result.evaluated} 句）`;
  if (result.findings.length === 0) out.push(`${head}：未发现问题。`);
  else {
    out.push(`${head}（${countsText(severityCounts(result.findings))}）：`);
    for (const f of result.findings) {
      const amounts = amountsText(f);
      out.push(
        `    ${SEVERITY_ZH[f.severity]}  ${f.cells[0] ?? "（表中无对应单元格）"}  ${f.message}${amounts ? `（${amounts}）` : ""}`,
      );
      out.push(`          “${f.quote}”`);
    }
  }
  if (result.notEvaluated.length > 0) {
    out.push(`  情况说明中未能核对的句子（${result.notEvaluated.length} 句）：`);
    for (const n of result.notEvaluated) out.push(`    “${n.quote}”：${n.reason}`);
  }
  return out;
}

/** The closing line after all files. */
export function formatSummaryText(reports: ReadonlyArray<FileReport>): string {
  const bad = reports.filter((r) => r.error !== undefined).length;
  const tables = reports.reduce((n, r) => n + (r.result ? r.result.tables.length : 0), 0);
  const parts = [`共 ${reports.length} 个文件`, `识别出 ${tables} 张表`];
  if (bad > 0) parts.push(`${bad} 个文件无法检查`);
  const runs = reports.flatMap((r) => (r.run ? [r.run] : []));
  if (runs.length === 0) return parts.join("，") + "。\n";
  const counts = severityCounts([
    ...runs.flatMap((r) => r.findings),
    ...reports.flatMap((r) => r.narrativeCheck?.result.findings ?? []),
  ]);
  const rules = runs.flatMap((r) => r.rules);
  const na = rules.filter((x) => x.status === "not-applicable").length;
  const ne = rules.filter((x) => x.status === "not-evaluated").length;
  const notRun = na + ne > 0 ? `；未运行的校验：不适用 ${na} 项，未能校验 ${ne} 项` : "";
  return `${parts.join("，")}；${countsText(counts)}${notRun}。\n`;
}

/**
 * Exit code like a linter: 2 when a file could not be read or checked (or its checked workbook not written);
 * else 1 when any error-level finding exists; else 0.
 */
export function exitCodeFor(reports: ReadonlyArray<FileReport>): number {
  if (reports.some((r) => r.error !== undefined || r.writeError !== undefined || r.narrativeCheckError !== undefined))
    return 2;
  if (reports.some((r) => r.run?.findings.some((f) => f.severity === "error"))) return 1;
  if (reports.some((r) => r.narrativeCheck?.result.findings.some((f) => f.severity === "error"))) return 1;
  return 0;
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - displayWidth(cell)))).join("  "),
  );
}
