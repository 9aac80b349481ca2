// Prints the size of the production bundles after `npm run build` (addin-conventions §10: the taskpane bundle stays
// ≤ 450 KiB minified). The engine with the classification catalog is an async chunk (engine.js), loaded on the first
// 开始校验, so it is listed but not counted in the initial taskpane bundle. Exits 1 when taskpane.js is over budget.
// Run: npm run build && npm run bench:bundle
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
import { gzipSync } from "zlib";

const BUDGET_KIB = 450;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
if (!existsSync(join(dist, "taskpane.js"))) {
  console.error("dist/taskpane.js not found: run `npm run build` first.");
  process.exit(2);
}
const kib = (n) => (n / 1024).toFixed(1);
const files = readdirSync(dist)
  .filter((f) => f.endsWith(".js"))
  .map((f) => {
    const buf = readFileSync(join(dist, f));
    return { file: f, size: statSync(join(dist, f)).size, gzip: gzipSync(buf).length };
  })
  .sort((a, b) => b.size - a.size);

const initial = new Set(["taskpane.js", "commands.js"]);
console.log("bundle                     minified KiB   gzip KiB   loaded");
for (const f of files) {
  const when = initial.has(f.file) ? "at start" : "on demand";
  console.log(`${f.file.padEnd(26)} ${kib(f.size).padStart(12)} ${kib(f.gzip).padStart(10)}   ${when}`);
}
const taskpane = files.find((f) => f.file === "taskpane.js");
const ok = taskpane.size <= BUDGET_KIB * 1024;
console.log(
  `taskpane.js: ${kib(taskpane.size)} KiB minified of a ${BUDGET_KIB} KiB budget — ${ok ? "within budget" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
