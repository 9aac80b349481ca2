import { parseA1 } from "../address";
import type { Finding, RuleCategory, Severity } from "../findings";
import type { TableId } from "../model/table";
import { specById } from "../tables";

/**
 * The write plan: what a host does to a workbook to show the findings, as pure data. Marks (fill colour by the worst
 * severity, a note listing the cell's findings) on the first cell of each finding, and the rows of a report sheet
 * 校验结果 with a hyperlink per finding to its cell. The CLI applies it with ExcelJS, the add-in with Office.js; neither
 * changes a value or a formula.
 */

/** Fill colours (RGB hex, no alpha), as Excel's own 差/中性 cell styles: error red, warning orange, info yellow. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = Object.freeze({
  error: "FFC7CE",
  warning: "FCD5B4",
  info: "FFEB9C",
});

export const SEVERITY_ZH: Readonly<Record<Severity, string>> = Object.freeze({
  error: "错误",
  warning: "警告",
  info: "提示",
});

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Default name of the report sheet. */
export const REPORT_SHEET = "校验结果";
/**
 * Text of the report sheet's A1. A sheet named 校验结果 whose A1 is this text was written by us and may be replaced; any
 * other sheet of that name is the user's and is left alone.
 */
export const REPORT_TITLE = "预决算校验助手 校验结果";

export const REPORT_HEADER: ReadonlyArray<string> = Object.freeze([
  "序号",
  "严重程度",
  "类别",
  "表",
  "位置",
  "问题说明",
  "应为",
  "实为",
  "差额",
]);

/** 0-based column of 位置 (the hyperlink) and of 严重程度 (filled with the severity's colour) in the report rows. */
export const LOCATION_COLUMN = 4;
export const SEVERITY_COLUMN = 1;

export interface CellMark {
  readonly sheet: string;
  /** A1 address. */
  readonly address: string;
  /** The worst severity among the cell's findings. */
  readonly severity: Severity;
  /** RGB hex of the fill (SEVERITY_FILL of the severity). */
  readonly fill: string;
  /** zh-CN note: one paragraph per finding, worst first. */
  readonly note: string;
  /** The 序号 of the findings marked here (1-based, as in the report sheet). */
  readonly findings: ReadonlyArray<number>;
}

export interface ReportLink {
  /** 0-based row in `rows`, and column (LOCATION_COLUMN). */
  readonly row: number;
  readonly col: number;
  /** Internal hyperlink, "#'公开03表'!E6" / "#公开03表!E6". */
  readonly target: string;
  readonly sheet: string;
  readonly address: string;
}

export interface ReportSheet {
  readonly name: string;
  /** rows[0] = [REPORT_TITLE]; rows[1] = REPORT_HEADER; then one row per finding in plan order. */
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Index of the first finding row in `rows` (2). */
  readonly firstDataRow: number;
  /** One per finding row. */
  readonly links: ReadonlyArray<ReportLink>;
  /** Severity per finding row (same order), for the host to colour the 严重程度 cell. */
  readonly severities: ReadonlyArray<Severity>;
}

export interface WritePlan {
  /** The findings in report order: by table (01 → 10), then by the marked cell (sheet, row, column). */
  readonly findings: ReadonlyArray<Finding>;
  /** One per marked cell, in report order of the cell's first finding. */
  readonly marks: ReadonlyArray<CellMark>;
  readonly report: ReportSheet;
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface WritePlanOptions {
  /** Name of the report sheet (the host picks 校验结果(2) when the user has a sheet 校验结果 of their own). */
  readonly sheetName?: string;
}

/** "公开03表!E6" → sheet and address; the sheet is everything before the last "!". */
export function splitRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) throw new Error(`不是“表!单元格”形式的引用：${ref}`);
  return { sheet: ref.slice(0, i), address: ref.slice(i + 1) };
}

/** A sheet name as a formula/hyperlink reference wants it: quoted ('…', ' doubled) unless it is letters, digits, _ and CJK only. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u3400-\u9fff\uf900-\ufaff][A-Za-z0-9_\u3400-\u9fff\uf900-\ufaff]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name);
  return plain && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Internal hyperlink target of a cell: "#公开03表!E6", "#'Sheet 1'!A1". */
export function hyperlinkTarget(sheet: string, address: string): string {
  return `#${quoteSheetName(sheet)}!${address}`;
}

/** "公开03表 支出决算表" for final-03 (the standard 表号 and title). */
export function tableLabel(id: TableId): string {
  const spec = specById(id);
  const no = /^final-(\d\d)$/.exec(id);
  if (!spec) return id;
  // 决算公开表 carry their number (公开03表); 预算 and 绩效 tables are known by their title alone.
  return no ? `公开${no[1]}表 ${spec.title}` : spec.title;
}

/** One finding as a note paragraph: "【错误】表内勾稽：message（应为 x，实为 y，差额 z）". */
export function noteParagraph(f: Finding): string {
  const amounts = amountsText(f);
  return `【${SEVERITY_ZH[f.severity]}】${f.category}：${f.message}${amounts ? `（${amounts}）` : ""}`;
}

function amountsText(f: Finding): string {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`差额 ${f.difference}`);
  return parts.join("，");
}

const TABLE_ORDER = (id: string): number => {
  const m = /^final-(\d\d)$/.exec(id);
  return m ? Number(m[1]) : 100;
};

function cellKey(ref: string): { sheet: string; row: number; col: number } {
  const { sheet, address } = splitRef(ref);
  const p = parseA1(address);
  return { sheet, row: p.row, col: p.col };
}

/** By table, then by marked cell (sheet name, row, column); ties keep their order (rule order). */
export function sortFindings(findings: ReadonlyArray<Finding>): Finding[] {
  const keyed = findings.map((f, i) => ({ f, i, t: TABLE_ORDER(f.table), c: cellKey(f.cells[0]) }));
  keyed.sort(
    (a, b) =>
      a.t - b.t ||
      (a.f.table < b.f.table ? -1 : a.f.table > b.f.table ? 1 : 0) ||
      (a.c.sheet < b.c.sheet ? -1 : a.c.sheet > b.c.sheet ? 1 : 0) ||
      a.c.row - b.c.row ||
      a.c.col - b.c.col ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

/** Pure: findings → what to mark and what to write into the report sheet. */
export function buildWritePlan(findings: ReadonlyArray<Finding>, options: WritePlanOptions = {}): WritePlan {
  const sorted = sortFindings(findings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  const byCell = new Map<string, { sheet: string; address: string; items: { n: number; f: Finding }[] }>();
  sorted.forEach((f, i) => {
    counts[f.severity]++;
    const { sheet, address } = splitRef(f.cells[0]);
    const key = `${sheet}!${address}`;
    let entry = byCell.get(key);
    if (!entry) byCell.set(key, (entry = { sheet, address, items: [] }));
    entry.items.push({ n: i + 1, f });
  });
  const marks: CellMark[] = [...byCell.values()].map(({ sheet, address, items }) => {
    const ordered = [...items].sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.n - b.n);
    const severity = ordered[0].f.severity;
    return {
      sheet,
      address,
      severity,
      fill: SEVERITY_FILL[severity],
      note: ordered.map((x) => noteParagraph(x.f)).join("\n"),
      findings: items.map((x) => x.n),
    };
  });

  const firstDataRow = 2;
  const rows: (string | number)[][] = [[REPORT_TITLE], [...REPORT_HEADER]];
  const links: ReportLink[] = [];
  sorted.forEach((f, i) => {
    const { sheet, address } = splitRef(f.cells[0]);
    rows.push([
      i + 1,
      SEVERITY_ZH[f.severity],
      f.category as RuleCategory,
      tableLabel(f.table),
      f.cells[0],
      f.message,
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
    ]);
    links.push({
      row: firstDataRow + i,
      col: LOCATION_COLUMN,
      target: hyperlinkTarget(sheet, address),
      sheet,
      address,
    });
  });

  return {
    findings: sorted,
    marks,
    report: {
      name: options.sheetName ?? REPORT_SHEET,
      rows,
      firstDataRow,
      links,
      severities: sorted.map((f) => f.severity),
    },
    counts,
  };
}
