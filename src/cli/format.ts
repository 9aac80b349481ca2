/**
 * Pure formatting of CLI results: a file's recognition result → Chinese text, → the stable JSON shape.
 * No I/O here; main.ts reads the files and prints what these functions return.
 */
import { formatRef } from "../engine/address";
import type { RecognitionResult } from "../engine/model/table";

/** What the CLI learnt about one file. */
export interface FileReport {
  /** The file as the user named it. */
  readonly file: string;
  /** Absent when the file could not be read (or the engine failed on it). */
  readonly result?: RecognitionResult;
  /** Why the file could not be read / checked (Chinese, for the user). */
  readonly error?: string;
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

export interface JsonFile {
  file: string;
  tables: JsonTable[];
  unplaced: JsonUnplaced[];
  /** Check findings; filled once the rules are wired in. */
  findings: unknown[];
  errors: JsonError[];
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
  return { file: r.file, tables, unplaced, findings: [], errors };
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
  return out.join("\n") + "\n";
}

/** The closing line after all files. */
export function formatSummaryText(reports: ReadonlyArray<FileReport>): string {
  const bad = reports.filter((r) => r.error !== undefined).length;
  const tables = reports.reduce((n, r) => n + (r.result ? r.result.tables.length : 0), 0);
  const parts = [`共 ${reports.length} 个文件`, `识别出 ${tables} 张表`];
  if (bad > 0) parts.push(`${bad} 个文件无法检查`);
  return parts.join("，") + "。\n";
}

/** Exit code like a linter: 2 when a file could not be read or checked, else 0. */
export function exitCodeFor(reports: ReadonlyArray<FileReport>): number {
  return reports.some((r) => r.error !== undefined) ? 2 : 0;
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
