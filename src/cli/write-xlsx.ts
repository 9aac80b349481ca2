/**
 * The ExcelJS side of the write plan: the checked workbook. The original file's bytes are loaded again (in full — none
 * of the parts the reader skips is dropped) and only styles and notes change: each marked cell gets the plan's fill and
 * a note, and a report sheet 校验结果 is added with the plan's rows and internal hyperlinks. No value and no formula of
 * an original sheet is touched.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { parseA1 } from "../engine/address";
import type { Finding } from "../engine/findings";
import { SUPPLEMENT_SHEET } from "../engine/inputs/supplement";
import type { CellValue } from "../engine/snapshot";
import { isOwnNarrativeTitle, NARRATIVE_SHEET, type NarrativeSheetLayout } from "../engine/narrative/sheet";
import {
  buildWritePlan,
  REPORT_SHEET,
  REPORT_TITLE,
  SEVERITY_COLUMN,
  SEVERITY_FILL,
  type WritePlan,
} from "../engine/report";

/** Prefix of our notes, so that a user's own note on the same cell stays readable. */
export const NOTE_HEADING = "预决算校验助手：";

/** The report sheet's A1 as text (a plain string, or a rich text's joined runs). */
function a1Text(ws: ExcelJS.Worksheet): string {
  const v = ws.getCell("A1").value;
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return "";
}

/** Ours by definition: a sheet whose A1 carries our title. */
export function isReportSheet(ws: ExcelJS.Worksheet): boolean {
  return a1Text(ws).trim() === REPORT_TITLE;
}

/**
 * The name for our report sheet: 校验结果, or 校验结果(2), (3)… when the user has a sheet of that name. A sheet of ours
 * (from an earlier run) is removed so that it is replaced; a user's sheet is never touched.
 */
export function claimReportSheetName(wb: ExcelJS.Workbook): string {
  for (let i = 1; i < 1000; i++) {
    const name = i === 1 ? REPORT_SHEET : `${REPORT_SHEET}(${i})`;
    const ws = wb.worksheets.find((w) => w.name === name);
    if (!ws) return name;
    if (isReportSheet(ws)) {
      wb.removeWorksheet(ws.id);
      return name;
    }
  }
  throw new Error("无法为校验结果工作表找到可用的名称");
}

function argb(rgb: string): string {
  return `FF${rgb}`;
}

function solidFill(rgb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(rgb) } };
}

/** The existing note of a cell as text, if any. */
function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** Fill and note on each marked cell (the master of a merged area), styles copied so no other cell changes. */
function applyMarks(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const m of plan.marks) {
    const ws = wb.worksheets.find((w) => w.name === m.sheet);
    if (!ws) continue; // the finding names a sheet the file does not have: nothing to mark
    const cell = ws.getCell(m.address).master;
    // A new style object: ExcelJS shares style objects between cells of the same style.
    cell.style = { ...cell.style, fill: solidFill(m.fill) };
    const ours = NOTE_HEADING + "\n" + m.note;
    // The user's own note stays, above ours; a note of ours from an earlier run is replaced.
    const before = noteText(cell.note);
    const at = before.indexOf(NOTE_HEADING);
    const kept = (at >= 0 ? before.slice(0, at) : before).trimEnd();
    cell.note = kept ? `${kept}\n\n${ours}` : ours;
  }
}

/** The 校验结果 sheet: title, header, one row per finding; 位置 as an internal hyperlink; 严重程度 coloured. */
function addReportSheet(wb: ExcelJS.Workbook, plan: WritePlan): ExcelJS.Worksheet {
  const { report } = plan;
  const ws = wb.addWorksheet(report.name);
  report.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const link of report.links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    cell.value = { text: String(report.rows[link.row][link.col]), hyperlink: link.target };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  report.severities.forEach((sev, i) => {
    const cell = ws.getCell(report.firstDataRow + i + 1, SEVERITY_COLUMN + 1);
    cell.fill = solidFill(SEVERITY_FILL[sev]);
  });
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getRow(2).font = { bold: true };
  const widths = [6, 10, 10, 36, 18, 80, 14, 14, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  ws.views = [{ state: "frozen", ySplit: 2 }];
  return ws;
}

/** Sheets the CLI adds besides the findings (--narrative). */
export interface ExtraSheets {
  /** Our 情况说明 sheet (src/engine/narrative/sheet.ts): its A1 title marks it as ours; the charts' data beside the text. */
  readonly narrative?: NarrativeSheetLayout;
  /** A 补充数据 sheet pre-filled for the user; added only when the workbook has none. */
  readonly supplement?: ReadonlyArray<ReadonlyArray<CellValue>>;
}

/**
 * The name for our 情况说明 sheet: an earlier sheet of ours (A1 ends with our mark, either kind and earlier versions)
 * is removed and its name reused; a user's sheet of that name stays, ours becomes 情况说明(2), (3)….
 */
export function claimNarrativeSheetName(wb: ExcelJS.Workbook, base = NARRATIVE_SHEET): string {
  for (let i = 1; i < 1000; i++) {
    const name = i === 1 ? base : `${base}(${i})`;
    const ws = wb.worksheets.find((w) => w.name === name);
    if (!ws) return name;
    if (isOwnNarrativeTitle(a1Text(ws))) {
      wb.removeWorksheet(ws.id);
      return name;
    }
  }
  throw new Error("无法为情况说明工作表找到可用的名称");
}

/**
 * Our 情况说明 sheet: the text in column A (title large and bold, headings bold, paragraphs wrapped), and each chart's
 * data block at its address (caption bold, header row bold, amounts as numbers with two decimals). ExcelJS cannot
 * draw charts: the blocks stay plain cells, a chart can be inserted over them in Excel (the add-in draws it).
 */
function addNarrativeSheet(wb: ExcelJS.Workbook, layout: NarrativeSheetLayout): void {
  const ws = wb.addWorksheet(claimNarrativeSheetName(wb, layout.name));
  ws.getColumn(1).width = layout.textWidthChars;
  ws.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  layout.rows.forEach((row, r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.value = row.text;
    if (row.kind === "title") cell.font = { bold: true, size: 14 };
    else if (row.kind === "heading") cell.font = { bold: true };
  });
  for (const b of layout.blocks) {
    const caption = ws.getCell(b.caption);
    caption.value = b.chart.title;
    caption.font = { bold: true };
    const start = parseA1(b.data.split(":")[0]);
    b.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(start.row + r + 1, start.col + c + 1);
        cell.value = v;
        if (r === 0) cell.font = { bold: true };
        else if (typeof v === "number") cell.numFmt = "#,##0.00";
      }),
    );
  }
}

function addSupplementSheet(wb: ExcelJS.Workbook, rows: ReadonlyArray<ReadonlyArray<CellValue>>): void {
  if (wb.worksheets.some((w) => w.name === SUPPLEMENT_SHEET)) return; // the user's own data stays as it is
  const ws = wb.addWorksheet(SUPPLEMENT_SHEET);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || typeof v === "object") return;
      ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getRow(3).font = { bold: true };
  [22, 16, 10, 30, 12, 12, 12, 36, 36, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: 3 }];
}

/** Loads the workbook from its bytes, applies the plan for `findings`, returns the new file's bytes and the plan. */
export async function checkedWorkbook(
  original: Uint8Array,
  findings: ReadonlyArray<Finding>,
  extra: ExtraSheets = {},
): Promise<{ data: Buffer; plan: WritePlan }> {
  const wb = new ExcelJS.Workbook();
  const buf = Buffer.isBuffer(original)
    ? original
    : Buffer.from(original.buffer, original.byteOffset, original.byteLength);
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const plan = buildWritePlan(findings, { sheetName: claimReportSheetName(wb) });
  applyMarks(wb, plan);
  addReportSheet(wb, plan);
  if (extra.narrative) addNarrativeSheet(wb, extra.narrative);
  if (extra.supplement) addSupplementSheet(wb, extra.supplement);
  const out = await wb.xlsx.writeBuffer();
  return { data: Buffer.from(out as ArrayBuffer), plan };
}

/** Reads `input`, writes `<output>` with the findings marked. */
export async function writeCheckedWorkbook(
  input: string,
  output: string,
  findings: ReadonlyArray<Finding>,
  extra: ExtraSheets = {},
): Promise<WritePlan> {
  const original = await fs.readFile(input);
  const { data, plan } = await checkedWorkbook(original, findings, extra);
  await fs.writeFile(output, data);
  return plan;
}
