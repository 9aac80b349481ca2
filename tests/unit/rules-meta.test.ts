/**
 * Every rule module is complete (addin-conventions §7): one file per rule in src/engine/rules/ whose name is its id,
 * a registry entry (sorted by id), a doc page with the right front matter and sections, a RuleTester test file that
 * exercises every message, and well-formed zh-CN messages.
 */
import * as fs from "fs";
import * as path from "path";
import { rules, ruleList } from "../../src/engine/rules";
import { placeholders } from "../../src/engine/rules/run";
import { tableSpecs } from "../../src/engine/tables";

const ROOT = path.resolve(__dirname, "../..");
const RULES_DIR = path.join(ROOT, "src/engine/rules");
/** Files of the rules directory that are machinery, not rules. Helpers live in subdirectories (support/). */
const NOT_RULES = new Set(["index.ts", "types.ts", "run.ts"]);

const ruleFiles = fs
  .readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts") && !NOT_RULES.has(e.name))
  .map((e) => e.name.replace(/\.ts$/, ""))
  .sort();

const SEVERITIES = ["error", "warning", "info"];
const CATEGORIES = ["表内勾稽", "表间勾稽", "科目编码", "数值", "表文一致", "完整性", "绩效"];
const TABLE_IDS = tableSpecs.map((s) => s.id as string);

function frontMatter(md: string): Record<string, string> | undefined {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const line of m[1].split("\n")) {
    const kv = /^([A-Za-z]+):\s*(.*)$/.exec(line.trim());
    if (kv) out[kv[1]] = kv[2].replace(/^["']|["']$/g, "");
  }
  return out;
}

test("there are rule files, and the registry holds exactly them, sorted by id", () => {
  expect(ruleFiles.length).toBeGreaterThan(0);
  const keys = Object.keys(rules);
  expect(keys).toEqual([...keys].sort());
  expect(keys).toEqual(ruleFiles);
  expect(ruleList.map((r) => r.meta.id)).toEqual(ruleFiles);
});

test("rule ids are unique and kebab-case", () => {
  const ids = ruleList.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});

describe.each(ruleFiles)("%s", (id) => {
  const rule = rules[id];
  const docPath = path.join(ROOT, "docs/rules", `${id}.md`);
  const testPath = path.join(ROOT, "tests/rules", `${id}.test.ts`);

  test("the registry key, the file name and meta.id agree; the file exports the registered module", () => {
    expect(rule.meta.id).toBe(id);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(RULES_DIR, `${id}.ts`)) as Record<string, unknown>;
    expect(Object.values(mod)).toContain(rule);
  });

  test("meta is well-formed: severity, category, required tables, docs url", () => {
    const { meta } = rule;
    expect(SEVERITIES).toContain(meta.severity);
    expect(CATEGORIES).toContain(meta.category);
    for (const t of meta.requires) expect(TABLE_IDS).toContain(t);
    expect(new Set(meta.requires).size).toBe(meta.requires.length);
    expect(meta.docs.url).toBe(`docs/rules/${id}.md`);
    expect(meta.docs.description).toMatch(/[\u4e00-\u9fa5]/);
    expect(typeof rule.create).toBe("function");
  });

  test("messages are zh-CN templates with well-formed {{placeholders}}", () => {
    const entries = Object.entries(rule.meta.messages);
    expect(entries.length).toBeGreaterThan(0);
    for (const [mid, tpl] of entries) {
      expect(mid).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(tpl).toMatch(/[\u4e00-\u9fa5]/);
      // Every brace belongs to a {{name}} placeholder.
      expect(tpl.replace(/\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/g, "")).not.toMatch(/[{}]/);
      // Placeholder names are plain camelCase words.
      for (const p of placeholders(tpl)) expect(p).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });

  test("has a doc page with front matter id/severity/category and the sections 规则说明, 示例, 选项", () => {
    expect(fs.existsSync(docPath)).toBe(true);
    const md = fs.readFileSync(docPath, "utf8");
    const fm = frontMatter(md);
    expect(fm).toBeDefined();
    expect(fm).toMatchObject({ id, severity: rule.meta.severity, category: rule.meta.category });
    const headers = md.split("\n").filter((l) => l.startsWith("## "));
    const wanted = ["## 规则说明", "## 示例", "## 选项"];
    const at = wanted.map((h) => headers.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  test("has a RuleTester test file that references every message", () => {
    expect(fs.existsSync(testPath)).toBe(true);
    const src = fs.readFileSync(testPath, "utf8");
    expect(src).toContain(`ruleTester.run("${id}"`);
    const referenced = new Set([...src.matchAll(/messageId:\s*["']([A-Za-z0-9]+)["']/g)].map((m) => m[1]));
    for (const mid of Object.keys(rule.meta.messages)) expect([mid, referenced.has(mid)]).toEqual([mid, true]);
    for (const mid of referenced) expect(Object.keys(rule.meta.messages)).toContain(mid);
  });
});

test("the tolerance policy is documented", () => {
  const md = fs.readFileSync(path.join(ROOT, "docs/tolerance.md"), "utf8");
  expect(md).toContain("compareSum");
  expect(md).toMatch(/n × 0\.005/);
});
