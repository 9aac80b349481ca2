/**
 * The benchmark's synthetic workbook is what it claims to be: stacked 02/03/05 tables whose amounts add up, and
 * which the engine recognises. (No timings here.)
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CODE_ROWS_PER_TABLE, writeSyntheticWorkbook, type SyntheticWorkbook } from "../../bench/synthetic";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { recognize } from "../../src/engine/recognize";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";

let dir: string;
let info: SyntheticWorkbook;
let snap: WorkbookSnapshot;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-synthetic-"));
  info = await writeSyntheticWorkbook(path.join(dir, "s.xlsx"), 3);
  snap = await readWorkbookFile(info.file);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const cents = (v: unknown) => Math.round((v as number) * 100);

/** Rows of one stacked table: from its 合计 row through its code rows. */
function block(s: SheetSnapshot, title: string): { total: number; codes: number[] } {
  const t = s.values.findIndex((r) => r[0] === title);
  const total = s.values.findIndex((r, i) => i > t && r[0] === "合计");
  const codes: number[] = [];
  for (let i = total + 1; i < s.rowCount && /^\d{3}(\d{2}){0,2}$/.test(String(s.values[i][0])); i++) codes.push(i);
  return { total, codes };
}

test("shape: one sheet per unit, 80 code rows per table, row count reported", () => {
  expect(CODE_ROWS_PER_TABLE).toBe(80);
  expect(snap.sheets).toHaveLength(3);
  expect(info.rows).toBe(snap.sheets.reduce((n, s) => n + s.rowCount, 0));
  for (const s of snap.sheets) {
    for (const title of ["收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表"]) {
      expect(block(s, title).codes).toHaveLength(80);
    }
    expect(s.values.some((r) => r.includes("公开02表"))).toBe(true);
    expect(s.values.some((r) => r.includes("单位：万元"))).toBe(true);
  }
});

test("amounts add up: 合计 = Σ类, 类 = Σ款, 款 = Σ项, and the row identities", () => {
  for (const s of snap.sheets) {
    for (const [title, cols] of [
      ["收入决算表", 7],
      ["支出决算表", 6],
      ["一般公共预算财政拨款支出决算表", 3],
    ] as const) {
      const { total, codes } = block(s, title);
      const code = (i: number) => String(s.values[i][0]);
      for (let c = 2; c < 2 + cols; c++) {
        const v = (i: number) => cents(s.values[i][c]);
        const children = (parent: string, len: number) =>
          codes.filter((i) => code(i).length === len && code(i).startsWith(parent)).reduce((n, i) => n + v(i), 0);
        expect(children("", 3)).toBe(v(total));
        for (const i of codes) {
          if (code(i).length === 3) expect(children(code(i), 5)).toBe(v(i));
          if (code(i).length === 5) expect(children(code(i), 7)).toBe(v(i));
        }
      }
      for (const i of [total, ...codes]) {
        const parts = s.values[i].slice(3, 2 + cols).reduce((n: number, x) => n + cents(x), 0);
        expect(parts).toBe(cents(s.values[i][2]));
      }
      expect(s.numberFormats?.[`C${total + 1}`]).toBe("#,##0.00");
    }
  }
});

test("the engine recognises the three tables on every sheet", () => {
  const r = recognize(snap);
  expect(r.tables.map((t) => t.id)).toEqual(Array(3).fill(["final-02", "final-03", "final-05"]).flat());
  for (const t of r.tables) {
    expect(t.unit).toBe("万元");
    expect(t.problems).toEqual([]);
  }
});
