// Writes samples/seed000-zhushan-2024-final.json, the built-in sample the task pane checks in 演示模式, from the test
// fixture's workbook spec (tests/fixtures/seed000-zhushan-2024-final.json: sheets → rows of values or {f, v}, merges,
// numFmt). Column widths are dropped; the output is minified. Run: node samples/make-demo-json.mjs
import { readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = "seed000-zhushan-2024-final";
const spec = JSON.parse(readFileSync(join(root, "tests", "fixtures", `${name}.json`), "utf8"));
const out = {
  source: `${name}.xlsx`,
  sheets: spec.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges ?? [], numFmt: s.numFmt ?? "General" })),
};
const file = join(root, "samples", `${name}.json`);
writeFileSync(file, JSON.stringify(out) + "\n");
console.log(`${file}: ${out.sheets.length} sheets`);
