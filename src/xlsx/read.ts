/**
 * The ExcelJS reader: an .xlsx file's bytes, once, into a WorkbookSnapshot, the engine's only input. Host-neutral (no
 * file system, no Node API needed): the CLI reads files with it (src/cli/read-xlsx.ts), the task pane last year's
 * workbook picked by the user.
 *
 * Reading rules (see docs/cli.md):
 *  - values grid from A1 over the used extent of each sheet (last row/column holding a value, a formula or a merge);
 *  - merged areas hold their value in the top-left cell only (ExcelJS repeats the master's value in every cell);
 *  - formula cells give their cached result (ExcelJS keeps a cached 0 in `cell.result` only) and their formula text;
 *  - rich text → concatenated text, hyperlinks → their text, errors → {error}, dates → {date: ISO string};
 *  - number formats other than General in a sparse map; sheet protection and hidden/veryHidden state.
 */
import ExcelJS from "exceljs";
import { createSnapshot, type CellValue, type SheetInput, type WorkbookSnapshot } from "../engine/snapshot";
import { parseRange } from "../engine/address";
import { detectContainer, type ContainerKind } from "./container";

/** Bad input: the file is missing, empty, not an xlsx, encrypted, damaged. `message` is for the user (Chinese). */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    message: string,
    /** The file as named by the caller. */
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message);
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** XML parts ExcelJS would parse but we never use; dataValidations in particular expand ranges cell by cell. */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "extLst"];

export async function readWorkbookBuffer(buf: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const problem = containerProblem(detectContainer(buf), name);
  if (problem) throw new InputError(problem, name);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; it hands the bytes to JSZip, which takes a Buffer (Node) or a Uint8Array (browser).
    const data =
      typeof Buffer === "undefined" || Buffer.isBuffer(buf)
        ? buf
        : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `无法解析工作簿“${name}”：文件可能已损坏，或不是 Excel 保存的 xlsx 文件。（${detail}）`,
      name,
      {
        cause: e,
      },
    );
  }
  return snapshotFromWorkbook(wb, name);
}

/** Converts a workbook ExcelJS has loaded. Exposed for benchmarks and tests. */
export function snapshotFromWorkbook(wb: ExcelJS.Workbook, source?: string): WorkbookSnapshot {
  return createSnapshot(wb.worksheets.map(readSheet), source);
}

// ---------------------------------------------------------------------------------------------------------------

function readSheet(ws: ExcelJS.Worksheet): SheetInput {
  const merges = sheetMerges(ws);
  let rowCount = 0;
  let colCount = 0;
  for (const m of merges) {
    const r = parseRange(m);
    rowCount = Math.max(rowCount, r.r1 + 1);
    colCount = Math.max(colCount, r.c1 + 1);
  }

  const cells: Array<{ r: number; c: number; v: CellValue }> = [];
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  let hasFormulas = false;
  let hasFormats = false;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.isMerged && cell.master.address !== cell.address) return; // value lives in the top-left cell only
      let v: CellValue;
      let formula: string | undefined;
      if (cell.type === ExcelJS.ValueType.Formula) {
        // The cached result: cell.result, not cell.value.result (ExcelJS drops a cached 0 from the latter).
        v = convertValue(cell.result as ExcelJS.CellValue);
        formula = cell.formula || undefined;
      } else {
        v = convertValue(cell.value);
      }
      if (v === null && formula === undefined) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, v });
      if (r + 1 > rowCount) rowCount = r + 1;
      if (c + 1 > colCount) colCount = c + 1;
      const address = cell.address;
      if (formula !== undefined) {
        formulas[address] = formula.replace(/^=/, "");
        hasFormulas = true;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") {
        numberFormats[address] = fmt;
        hasFormats = true;
      }
    });
  });

  const values: CellValue[][] = [];
  for (let r = 0; r < rowCount; r++) values.push(new Array<CellValue>(colCount).fill(null));
  for (const { r, c, v } of cells) values[r][c] = v;

  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return {
    name: ws.name,
    values,
    formulas: hasFormulas ? formulas : undefined,
    numberFormats: hasFormats ? numberFormats : undefined,
    merges,
    protected: !!(protection && protection.sheet),
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
  };
}

/**
 * Merged ranges as A1 strings. `worksheet.model.merges` is the public route, but the `model` getter serialises
 * every row of the sheet to get there; the private `_merges` map (Range objects) it is built from is used when
 * present.
 */
function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: unknown }> })._merges;
  const raw: unknown[] =
    internal && typeof internal === "object" ? Object.values(internal).map((m) => m && m.range) : ws.model.merges;
  const out: string[] = [];
  for (const m of raw) {
    if (typeof m !== "string") continue;
    const a1 = m.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
    if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(a1)) out.push(a1);
  }
  return out;
}

function convertValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "string":
      return v;
    case "boolean":
      return v;
    default:
      break;
  }
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? null : { date: v.toISOString() };
  }
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o) return { error: String(o.error) };
  if (Array.isArray(o.richText)) return richText(o.richText);
  if ("hyperlink" in o || "text" in o) {
    // Hyperlink: its text, which may itself be rich text or a plain value.
    const t = o.text;
    if (t === null || t === undefined) return typeof o.hyperlink === "string" ? o.hyperlink : null;
    if (typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText)) {
      return richText((t as { richText: unknown[] }).richText);
    }
    return convertValue(t as ExcelJS.CellValue);
  }
  if ("formula" in o || "sharedFormula" in o) return convertValue(o.result as ExcelJS.CellValue);
  return null;
}

function richText(parts: unknown[]): string {
  return parts
    .map((p) => (p && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : ""))
    .join("");
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

export function containerProblem(k: ContainerKind, name: string): string | null {
  switch (k.kind) {
    case "xlsx":
      return null;
    case "empty":
      return `文件“${name}”是空的（0 字节），不是有效的 xlsx 文件。`;
    case "encrypted-ooxml":
      return (
        `工作簿“${name}”设置了打开密码（文件已加密），无法读取。` +
        `请在 Excel 中用密码打开后，通过“文件 → 信息 → 保护工作簿 → 用密码进行加密”清除密码并保存（或另存为不带密码的 .xlsx），再检查。`
      );
    case "legacy-xls":
      return `“${name}”是旧版 Excel 97-2003 工作簿（.xls 格式），本工具只能读取 .xlsx。请在 Excel 中打开它，“另存为”Excel 工作簿（*.xlsx）后再检查。`;
    case "other-cfb":
      return `“${name}”是 OLE 复合文档（例如旧版 Word/PowerPoint 文件），不是 Excel 工作簿，也不是有效的 xlsx 文件。`;
    case "broken-zip":
      return `“${name}”不是有效的 xlsx 文件：压缩包结构不完整，文件可能已损坏或没有下载完整。`;
    case "zip-without-workbook": {
      const what =
        k.looksLike === "xlsb"
          ? "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再检查。"
          : k.looksLike === "docx"
            ? "这是 Word 文档（.docx）。"
            : k.looksLike === "pptx"
              ? "这是 PowerPoint 演示文稿（.pptx）。"
              : k.looksLike === "odf"
                ? "这是 OpenDocument 文件（如 WPS/LibreOffice 的 .ods），请另存为 Excel 工作簿（*.xlsx）后再检查。"
                : "";
      return `“${name}”不是有效的 xlsx 文件：压缩包中没有 xl/workbook.xml，不是 Excel 工作簿。${what}`;
    }
    case "not-zip": {
      const hint =
        k.looksLike === "html"
          ? "文件内容是网页（HTML），常见于某些系统导出的“.xls”表格；请在 Excel 中打开并另存为 Excel 工作簿（*.xlsx）。"
          : k.looksLike === "xml"
            ? "文件内容是 XML（可能是 Excel 2003 XML 表格）；请在 Excel 中打开并另存为 Excel 工作簿（*.xlsx）。"
            : k.looksLike === "pdf"
              ? "这是 PDF 文件；请使用 Excel 格式的表格。"
              : k.looksLike === "text"
                ? "文件内容是纯文本（例如 CSV）；请在 Excel 中打开并另存为 Excel 工作簿（*.xlsx）。"
                : "";
      return `“${name}”不是有效的 xlsx 文件（文件内容不是 xlsx 所用的 zip 压缩格式）。${hint}`;
    }
  }
}
