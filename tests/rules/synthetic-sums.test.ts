/**
 * No false positives at scale: the benchmark's synthetic workbook (stacked 02/03/05 tables whose amounts add up in
 * every hierarchy and row identity, read back through the CLI's ExcelJS reader) gives no finding from the sum rules;
 * one changed cell gives findings exactly there.
 */
import Decimal from "decimal.js";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeSyntheticWorkbook } from "../../bench/synthetic";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { recognize } from "../../src/engine/recognize";
import { hierarchySum } from "../../src/engine/rules/hierarchy-sum";
import { rowIdentity } from "../../src/engine/rules/row-identity";
import { runRules } from "../../src/engine/rules/run";
import { createSnapshot, type WorkbookSnapshot } from "../../src/engine/snapshot";

let dir: string;
let snap: WorkbookSnapshot;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-rules-synthetic-"));
  const info = await writeSyntheticWorkbook(path.join(dir, "s.xlsx"), 3);
  snap = await readWorkbookFile(info.file);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (s: WorkbookSnapshot) => runRules(recognize(s), [hierarchySum, rowIdentity], { rethrow: true });

test("three units × 02/03/05: every sum holds, both rules pass", () => {
  const res = recognize(snap);
  expect(res.tables.map((t) => t.id)).toEqual(new Array(3).fill(["final-02", "final-03", "final-05"]).flat());
  const out = run(snap);
  expect(out.findings).toEqual([]);
  expect(out.rules).toEqual([
    { id: "hierarchy-sum", status: "passed" },
    { id: "row-identity", status: "passed" },
  ]);
});

test("one 项 amount raised by 1.00 in 03表: its 款 (hierarchy) and its own row (identity) are reported", () => {
  const t03 = recognize(snap).tables.find((t) => t.id === "final-03")!;
  const item = t03.rows.find(
    (r) => r.code?.level === 3 && r.cells.basic.value !== null && !r.cells.basic.value.isZero(),
  )!;
  const kuan = t03.rows.find((r) => r.code?.code === item.code!.code.slice(0, 5))!;
  const cell = item.cells.basic;
  const row = item.row;
  const col = t03.columns.find((c) => c.role === "basic")!.col;
  const changed = createSnapshot(
    snap.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r, i) =>
        s.name === t03.sheet && i === row
          ? r.map((v, j) => (j === col ? new Decimal(String(v)).plus(1).toNumber() : v))
          : [...r],
      ),
      merges: [...s.merges],
      formulas: { ...s.formulas },
      numberFormats: { ...s.numberFormats },
    })),
  );
  const out = run(changed);
  const at = (f: { cells: ReadonlyArray<string> }) => f.cells[0];
  const ref = (r: { ref: { sheet: string; address: string } }) => `${r.ref.sheet}!${r.ref.address}`;
  expect(out.findings.map((f) => [f.ruleId, f.messageId, at(f), f.difference])).toEqual([
    ["hierarchy-sum", "mismatch", ref(kuan.cells.basic), "-1.00"],
    ["row-identity", "mismatch", ref(item.cells.total), "-1.00"],
  ]);
  expect(out.findings[0].cells).toContain(ref(cell));
  expect(out.findings[1].cells).toContain(ref(cell));
});
