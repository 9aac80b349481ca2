/**
 * readWorkbookFile / readWorkbookBuffer: bad input gives an InputError with a Chinese message naming the file,
 * and ExcelJS value kinds map onto snapshot cell values.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as CFB from "cfb";
import ExcelJS from "exceljs";
import { InputError, readWorkbookBuffer, readWorkbookFile } from "../../src/cli/read-xlsx";
import { cfbEntryNames, detectContainer } from "../../src/cli/container";
import type { SheetSnapshot } from "../../src/engine/snapshot";

import { FIXTURES } from "../support/fixtures";
const SEED000 = path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-input-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, data: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

function cfbFile(streams: Record<string, Uint8Array>): Buffer {
  const c = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(c, "/" + name, content);
  return CFB.write(c, { type: "buffer" }) as Buffer;
}

function zipFile(entries: Record<string, string>): Buffer {
  const c = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(entries)) CFB.utils.cfb_add(c, "/" + name, Buffer.from(content));
  return CFB.write(c, { fileType: "zip", type: "buffer" }) as Buffer;
}

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error("expected an InputError");
}

describe("bad input → InputError with a Chinese message naming the file", () => {
  test("missing file", async () => {
    const p = path.join(dir, "不存在.xlsx");
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("找不到文件");
    expect(e.message).toContain(p);
    expect(e.file).toBe(p);
    expect(e.name).toBe("InputError");
  });

  test("a directory", async () => {
    const p = path.join(dir, "文件夹.xlsx");
    fs.mkdirSync(p);
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("文件夹");
  });

  test("empty file (0 bytes)", async () => {
    const p = write("空.xlsx", "");
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain("空的");
    expect(e.message).toContain("0 字节");
  });

  test("a text file renamed .xlsx", async () => {
    const p = write("文本.xlsx", "科目编码,科目名称,金额\n201,一般公共服务支出,12.50\n");
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain("不是有效的 xlsx 文件");
    expect(e.message).toContain("纯文本");
  });

  test("an HTML table saved as .xls/.xlsx", async () => {
    const p = write("网页.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>");
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("不是有效的 xlsx 文件");
    expect(e.message).toContain("HTML");
  });

  test("random binary", async () => {
    const p = write("乱码.xlsx", Buffer.from([0, 1, 2, 3, 250, 251, 0, 0, 7]));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("不是有效的 xlsx 文件");
  });

  test("a zip without xl/workbook.xml", async () => {
    const p = write("压缩包.xlsx", zipFile({ "readme.txt": "hello", "data/a.csv": "1,2" }));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain("不是有效的 xlsx 文件");
    expect(e.message).toContain("xl/workbook.xml");
  });

  test("a Word document renamed .xlsx", async () => {
    const p = write("文档.xlsx", zipFile({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("xl/workbook.xml");
    expect(e.message).toContain("Word");
  });

  test("a truncated xlsx (download cut short)", async () => {
    const whole = fs.readFileSync(SEED000);
    const p = write("半截.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("不是有效的 xlsx 文件");
    expect(e.message).toContain("损坏");
  });

  test("a legacy .xls (CFB with a Workbook stream)", async () => {
    const p = write(
      "旧版.xls",
      cfbFile({ Workbook: Buffer.alloc(4096, 1), "\u0005SummaryInformation": Buffer.alloc(200) }),
    );
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain(".xls");
    expect(e.message).toContain("另存为");
    expect(e.message).toContain("xlsx");
    expect(e.message).not.toContain("密码");
  });

  test("an Excel 5.0 .xls (CFB with a Book stream)", async () => {
    const p = write("旧版5.xls", cfbFile({ Book: Buffer.alloc(600, 2) }));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("另存为");
  });

  test("an encrypted OOXML workbook (CFB with EncryptionInfo / EncryptedPackage)", async () => {
    const p = write(
      "加密.xlsx",
      cfbFile({ EncryptionInfo: Buffer.alloc(300, 4), EncryptedPackage: Buffer.alloc(9000, 5) }),
    );
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain(p);
    expect(e.message).toContain("密码");
    expect(e.message).toContain("加密");
    expect(e.message).not.toContain("97-2003");
  });

  test("encrypted: found even when the directory spans several sectors", () => {
    const streams: Record<string, Uint8Array> = {};
    for (let i = 0; i < 40; i++) streams[`S${i}`] = Buffer.alloc(10 + i);
    streams.EncryptionInfo = Buffer.alloc(300);
    streams.EncryptedPackage = Buffer.alloc(70000);
    const buf = cfbFile(streams);
    const names = cfbEntryNames(buf);
    expect(names).toEqual(expect.arrayContaining(["EncryptionInfo", "EncryptedPackage", "S0", "S39"]));
    expect(detectContainer(buf)).toEqual({ kind: "encrypted-ooxml" });
  });

  test("a large .xls: FAT sectors beyond the header's 109 are found through the DIFAT chain", () => {
    const streams: Record<string, Uint8Array> = { Workbook: Buffer.alloc(12 * 1024 * 1024, 1) };
    for (let i = 0; i < 10; i++) streams[`Extra${i}`] = Buffer.alloc(5000);
    const buf = cfbFile(streams);
    expect(buf.readUInt32LE(0x2c)).toBeGreaterThan(109); // number of FAT sectors
    expect(cfbEntryNames(buf)).toEqual(expect.arrayContaining(["Workbook", "Extra0", "Extra9"]));
    expect(detectContainer(buf)).toEqual({ kind: "legacy-xls" });
  });

  test("another OLE file (a .doc)", async () => {
    const p = write("文档.doc", cfbFile({ WordDocument: Buffer.alloc(700) }));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("OLE");
    expect(e.message).toContain("不是 Excel 工作簿");
  });

  test("a damaged workbook ExcelJS cannot parse: its error is wrapped", async () => {
    const p = write("坏.xlsx", zipFile({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "garbage" }));
    const e = await inputError(readWorkbookFile(p));
    expect(e.message).toContain("无法解析工作簿");
    expect(e.message).toContain(p);
    expect((e as { cause?: unknown }).cause).toBeInstanceOf(Error);
  });

  test("readWorkbookBuffer names the file given", async () => {
    const e = await inputError(readWorkbookBuffer(new Uint8Array(0), "上传的表.xlsx"));
    expect(e.message).toContain("上传的表.xlsx");
  });
});

describe("readWorkbookBuffer", () => {
  test("reads a Uint8Array (not a Buffer) the same as the file", async () => {
    const buf = fs.readFileSync(SEED000);
    const u8 = new Uint8Array(buf.byteLength);
    u8.set(buf);
    const a = await readWorkbookBuffer(u8, "seed000.xlsx");
    const b = await readWorkbookFile(SEED000);
    expect(a.source).toBe("seed000.xlsx");
    expect(a.sheets).toEqual(b.sheets);
  });
});

describe("ExcelJS value kinds", () => {
  let sheets: Record<string, SheetSnapshot>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("数据");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = 0;
    // Shared-formula master; ExcelJS accepts shareType/ref at runtime though its typings omit them.
    ws.getCell("B1").value = {
      formula: "A1*10",
      result: 10,
      shareType: "shared",
      ref: "B1:B3",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 20 };
    ws.getCell("B3").value = { sharedFormula: "B1", result: 0 };
    ws.getCell("C1").value = { formula: "A3*2", result: 0 };
    ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("C3").value = { formula: "A1" } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell("C4").value = { formula: '"x"&"y"', result: "xy" };
    ws.getCell("C5").value = { formula: "TRUE()", result: true };
    ws.getCell("D1").value = { richText: [{ text: "一般公共", font: { bold: true } }, { text: "服务支出" }] };
    ws.getCell("D2").value = { text: "财政部网站", hyperlink: "https://www.mof.gov.cn" };
    ws.getCell("D3").value = { error: "#REF!" };
    ws.getCell("D4").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("D5").value = true;
    ws.getCell("E1").value = 1049.22;
    ws.getCell("E1").numFmt = "#,##0.00";
    ws.getCell("E2").value = 0.5;
    ws.getCell("E2").numFmt = "0.0%";
    ws.getCell("E3").value = 7; // General
    ws.getCell("F1").value = "合计";
    ws.mergeCells("F1:G2");
    ws.getCell("H5").value = "  ";
    const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
    hidden.getCell("A1").value = "h";
    const veryHidden = wb.addWorksheet("深度隐藏", { state: "veryHidden" });
    veryHidden.getCell("A1").value = "vh";
    const prot = wb.addWorksheet("保护");
    prot.getCell("A1").value = "p";
    await prot.protect("", {});
    const merged = wb.addWorksheet("只有合并");
    merged.getCell("B2").value = "标题";
    merged.mergeCells("B2:E4");
    wb.addWorksheet("空表");
    const p = path.join(dir, "kinds.xlsx");
    await wb.xlsx.writeFile(p);
    const snap = await readWorkbookFile(p);
    sheets = Object.fromEntries(snap.sheets.map((s) => [s.name, s]));
  });

  test("sheets in tab order with hidden / protected flags", () => {
    expect(Object.keys(sheets)).toEqual(["数据", "隐藏", "深度隐藏", "保护", "只有合并", "空表"]);
    expect(sheets["数据"].hidden).toBe(false);
    expect(sheets["隐藏"].hidden).toBe(true);
    expect(sheets["深度隐藏"].hidden).toBe(true);
    expect(sheets["保护"].protected).toBe(true);
    expect(sheets["数据"].protected).toBe(false);
  });

  test("formulas: cached results (0 included), formula text for master and shared cells", () => {
    const s = sheets["数据"];
    expect(s.values[0][1]).toBe(10);
    expect(s.values[1][1]).toBe(20);
    expect(s.values[2][1]).toBe(0); // shared formula whose cached result is 0
    expect(s.values[0][2]).toBe(0); // formula whose cached result is 0
    expect(s.values[1][2]).toEqual({ error: "#DIV/0!" });
    expect(s.values[2][2]).toBeNull(); // no cached result
    expect(s.values[3][2]).toBe("xy");
    expect(s.values[4][2]).toBe(true);
    expect(s.formulas).toEqual({
      B1: "A1*10",
      B2: "A2*10",
      B3: "A3*10",
      C1: "A3*2",
      C2: "1/0",
      C3: "A1",
      C4: '"x"&"y"',
      C5: "TRUE()",
    });
  });

  test("rich text, hyperlinks, errors, dates, booleans", () => {
    const s = sheets["数据"];
    expect(s.values[0][3]).toBe("一般公共服务支出");
    expect(s.values[1][3]).toBe("财政部网站");
    expect(s.values[2][3]).toEqual({ error: "#REF!" });
    expect(s.values[3][3]).toEqual({ date: "2024-12-31T00:00:00.000Z" });
    expect(s.values[4][3]).toBe(true);
  });

  test("number formats: sparse, General omitted", () => {
    const f = sheets["数据"].numberFormats!;
    expect(f.E1).toBe("#,##0.00");
    expect(f.E2).toBe("0.0%");
    expect("E3" in f).toBe(false);
    expect(Object.values(f)).not.toContain("General");
  });

  test("merged cells: value in the top-left cell only; extent covers the merge", () => {
    const s = sheets["数据"];
    expect(s.merges).toEqual(["F1:G2"]);
    expect(s.values[0][5]).toBe("合计");
    expect(s.values[0][6]).toBeNull();
    expect(s.values[1][5]).toBeNull();
    expect(s.values[1][6]).toBeNull();
    const m = sheets["只有合并"];
    expect(m.merges).toEqual(["B2:E4"]);
    expect(m.rowCount).toBe(4);
    expect(m.colCount).toBe(5);
    expect(m.values[1][1]).toBe("标题");
    expect(m.values[3][4]).toBeNull();
  });

  test("used extent from A1; blank strings kept as text", () => {
    const s = sheets["数据"];
    expect(s.rowCount).toBe(5);
    expect(s.colCount).toBe(8);
    expect(s.values[4][7]).toBe("  ");
    expect(sheets["空表"].rowCount).toBe(0);
    expect(sheets["空表"].values).toEqual([]);
  });
});
