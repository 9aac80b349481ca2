/**
 * The ExcelJS reader is shared with the task pane, which hands it the bytes of a picked file as a plain Uint8Array
 * (no Node Buffer): the same snapshot and the same Chinese messages as from a Buffer.
 */
import * as fs from "fs";
import * as path from "path";
import { detectContainer } from "../../src/xlsx/container";
import { InputError, readWorkbookBuffer } from "../../src/xlsx/read";
import { FIXTURES } from "../support/fixtures";

function plain(buf: Buffer): Uint8Array {
  const out = new Uint8Array(buf.length);
  out.set(buf);
  return out;
}

test("a plain Uint8Array reads to the same snapshot as the Buffer", async () => {
  const buf = fs.readFileSync(path.join(FIXTURES, "seed001-danfeng-2024-final.xlsx"));
  const fromBuffer = await readWorkbookBuffer(buf, "上年.xlsx");
  const fromBytes = await readWorkbookBuffer(plain(buf), "上年.xlsx");
  expect(Buffer.isBuffer(plain(buf))).toBe(false);
  expect(fromBytes.sheets.map((s) => s.name)).toEqual(fromBuffer.sheets.map((s) => s.name));
  expect(fromBytes.sheets.map((s) => s.values)).toEqual(fromBuffer.sheets.map((s) => s.values));
});

test("container kinds from plain bytes: zip names (UTF-8), text, PDF", () => {
  const xlsx = plain(fs.readFileSync(path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx")));
  expect(detectContainer(xlsx)).toEqual({ kind: "xlsx" });
  expect(detectContainer(new TextEncoder().encode("科目编码,金额\n2010101,1.00\n"))).toEqual({
    kind: "not-zip",
    looksLike: "text",
  });
  expect(detectContainer(new TextEncoder().encode("%PDF-1.7\n"))).toEqual({ kind: "not-zip", looksLike: "pdf" });
});

test("a picked file that is not an xlsx: the Chinese message names it", async () => {
  const e = await readWorkbookBuffer(new TextEncoder().encode("<html><body>表</body></html>"), "导出.xls").catch(
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).message).toContain("“导出.xls”不是有效的 xlsx 文件");
  expect((e as InputError).message).toContain("网页");
});
