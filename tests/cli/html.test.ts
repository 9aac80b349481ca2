/**
 * --html <dir> (src/cli/html.ts through main): one self-contained report page per file — the counts and findings as
 * --json has them, the 情况说明 check, the generated 情况说明 (as --narrative generates it) with its charts as inline SVG
 * and the 【待填写】 slots marked; well-formed (parsed as XML), escaped, nothing loaded from anywhere.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SaxesParser } from "saxes";
import { runCli as run } from "../support/cli";
import { FIXTURES } from "../support/fixtures";

const SEED000 = path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx");
const SEED001 = path.join(FIXTURES, "seed001-danfeng-2024-final.xlsx");
const SEED001_TEXT = path.join(FIXTURES, "seed001-danfeng-2024-final-narrative.txt");
jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-html-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

/** Strict XML parse (throws on any well-formedness error): the page is polyglot XHTML. */
function parse(xml: string): Node {
  const parser = new SaxesParser();
  const root: Node = { name: "#root", attrs: {}, children: [] };
  const stack: Node[] = [root];
  parser.on("opentag", (t) => {
    const node: Node = { name: t.name, attrs: { ...(t.attributes as Record<string, string>) }, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (s) => void stack[stack.length - 1].children.push(s));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children.find((c): c is Node => typeof c !== "string")!;
}

function all(node: Node, pred: (n: Node) => boolean): Node[] {
  const kids = node.children.filter((c): c is Node => typeof c !== "string");
  return [...(pred(node) ? [node] : []), ...kids.flatMap((c) => all(c, pred))];
}

function textOf(node: Node): string {
  return node.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

const byId = (root: Node, id: string) => all(root, (n) => n.attrs.id === id)[0];
const byClass = (root: Node, cls: string) => all(root, (n) => (n.attrs.class ?? "").split(" ").includes(cls));

describe("seed001 丹凤县医疗保障局", () => {
  let html: string;
  let root: Node;
  let json: {
    findings: { severity: string; cells: string[]; message: string; expected?: string }[];
    narrative: { sections: { heading: string; paragraphs: string[] }[]; missing: string[] };
    narrativeCheck: { findings: { quote: string; cells: string[]; severity: string }[] };
  };
  let printed: { code: number; out: string; err: string };

  beforeAll(async () => {
    const out = path.join(dir, "seed001");
    printed = await run("--html", out, "--narrative-file", SEED001_TEXT, SEED001);
    const file = path.join(out, "seed001-danfeng-2024-final.html");
    html = fs.readFileSync(file, "utf8");
    root = parse(html.replace(/^<!DOCTYPE html>\n/, ""));
    json = JSON.parse((await run("--json", "--narrative", "--narrative-file", SEED001_TEXT, SEED001)).out).files[0];
  });

  test("the page is written and named; the text output says where; the text is not printed without --narrative", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(root.name).toBe("html");
    expect(root.attrs.lang).toBe("zh-CN");
    expect(printed.err).toBe("");
    expect(printed.out).toContain(`已写出 HTML 报告：${path.join(dir, "seed001", "seed001-danfeng-2024-final.html")}`);
    expect(printed.out).not.toContain("情况说明（生成稿）");
    expect(html).toContain("seed001-danfeng-2024-final.xlsx");
  });

  test("the counts are the --json findings' (错误 / 警告 / 提示)", () => {
    const count = (s: string) => json.findings.filter((f) => f.severity === s).length;
    const summary = byId(root, "summary");
    const shown = byClass(summary, "count").map((n) => textOf(n));
    expect(shown).toEqual([`错误 ${count("error")}`, `警告 ${count("warning")}`, `提示 ${count("info")}`]);
    expect(count("error")).toBeGreaterThan(0);
  });

  test("every finding is a row with its cell, message and 应为", () => {
    const rows = all(byId(root, "findings"), (n) => n.name === "tr").slice(1);
    expect(rows).toHaveLength(json.findings.length);
    json.findings.forEach((f, i) => {
      const text = textOf(rows[i]);
      expect(text).toContain(f.cells[0]);
      expect(text).toContain(f.message);
      if (f.expected !== undefined) expect(text).toContain(f.expected);
      expect(rows[i].attrs.class).toBe(f.severity);
    });
  });

  test("the recognised tables are listed", () => {
    const text = textOf(byId(root, "tables"));
    expect(text).toContain("公开01表 收入支出决算总表");
    expect(text).toContain("公开05表!A1:E35");
  });

  test("the check of the existing 情况说明 (--narrative-file): its source, sentence counts and findings", () => {
    const text = textOf(byId(root, "narrative-check"));
    expect(text).toContain(SEED001_TEXT);
    expect(text).toMatch(/含数字的句子 \d+ 句，完整核对 \d+ 句/);
    const rows = all(byId(root, "narrative-check"), (n) => n.name === "tr").slice(1);
    expect(rows).toHaveLength(json.narrativeCheck.findings.length);
  });

  test("the generated 情况说明: every heading and paragraph of --narrative, in order", () => {
    const section = byId(root, "narrative");
    const headings = all(section, (n) => n.name === "h3").map(textOf);
    const paragraphs = all(byClass(section, "narrative")[0], (n) => n.name === "p").map(textOf);
    expect(headings.slice(0, json.narrative.sections.length)).toEqual(json.narrative.sections.map((s) => s.heading));
    expect(paragraphs).toEqual(json.narrative.sections.flatMap((s) => s.paragraphs));
  });

  test("the 【待填写】 slots are highlighted, one mark per slot", () => {
    const marks = byClass(byId(root, "narrative"), "slot");
    expect(marks.map((m) => m.name)).toEqual(json.narrative.missing.map(() => "mark"));
    expect(marks.map(textOf)).toEqual(json.narrative.missing.map((m) => `【待填写：${m}】`));
  });

  test("six charts, each an inline SVG after the section it illustrates", () => {
    expect(html.match(/<svg\b/g)).toHaveLength(6);
    const sections = all(byClass(byId(root, "narrative"), "narrative")[0], (n) => n.name === "section");
    const placed = sections.map((s) => [
      textOf(all(s, (n) => n.name === "h3")[0]),
      all(s, (n) => n.name === "figure").map((f) => f.attrs["data-chart"]),
    ]);
    expect(placed.filter(([, c]) => c.length > 0)).toEqual([
      ["一、收入支出决算总体情况说明", ["totals"]],
      ["二、收入决算情况说明", ["income-structure"]],
      ["三、支出决算情况说明", ["expense-structure"]],
      ["四、财政拨款收入支出决算总体情况说明", ["fiscal-totals"]],
      ["五、一般公共预算财政拨款支出决算情况说明", ["fiscal-expense", "fiscal-structure"]],
    ]);
    // The figure's SVG comes after the section's paragraphs.
    const first = sections[0].children.filter((c): c is Node => typeof c !== "string").map((c) => c.name);
    expect(first[first.length - 1]).toBe("figure");
    expect(html).toContain("基本支出  888.32万元  84.66%");
  });

  test("self-contained: no URL but the SVG namespace, no script, no external stylesheet or image", () => {
    const urls = html.match(/https?:\/\/[^\s"'<>]*/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(["http://www.w3.org/2000/svg"]));
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(all(root, (n) => n.name === "style")).toHaveLength(1);
  });
});

test("seed000 with its published 情况说明: each of the checker's findings listed with its cell and quote", async () => {
  const out = path.join(dir, "seed000");
  const text = path.join(FIXTURES, "seed000-zhushan-2024-final-narrative.txt");
  await run("--html", out, "--narrative-file", text, SEED000);
  const root = parse(
    fs.readFileSync(path.join(out, "seed000-zhushan-2024-final.html"), "utf8").replace(/^<!DOCTYPE html>\n/, ""),
  );
  const check = JSON.parse((await run("--json", "--narrative-file", text, SEED000)).out).files[0].narrativeCheck;
  const findings = check.findings as { quote: string; cells: string[]; severity: string; expected?: string }[];
  expect(findings.length).toBeGreaterThan(0);
  const rows = all(byId(root, "narrative-check"), (n) => n.name === "tr").slice(1);
  expect(rows).toHaveLength(findings.length);
  findings.forEach((f, i) => {
    const t = textOf(rows[i]);
    expect(t).toContain(f.quote);
    expect(t).toContain(f.cells[0] ?? "（表中无对应单元格）");
    if (f.expected !== undefined) expect(t).toContain(f.expected);
    expect(rows[i].attrs.class).toBe(f.severity);
  });
  const counts = byClass(byId(root, "narrative-check"), "count").map(textOf);
  expect(counts[0]).toBe(`错误 ${findings.filter((f) => f.severity === "error").length}`);
});

test("a sheet name with < and & is escaped everywhere (the page still parses)", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED001);
  wb.getWorksheet("公开01表")!.name = "收支<总表>&01";
  const input = path.join(dir, "a&b<c>.xlsx");
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, "escaped");
  const r = await run("--html", out, input);
  expect(r.err).toBe("");
  const html = fs.readFileSync(path.join(out, "a&b<c>.html"), "utf8");
  const root = parse(html.replace(/^<!DOCTYPE html>\n/, ""));
  expect(html).toContain("收支&lt;总表&gt;&amp;01!");
  expect(html).not.toContain("收支<总表>");
  expect(html).toContain("a&amp;b&lt;c&gt;.xlsx");
  expect(textOf(byId(root, "tables"))).toContain("收支<总表>&01!A1:F37");
  expect(textOf(byId(root, "findings"))).toContain("收支<总表>&01!");
});

test("--html with --prior (no --narrative): 上年 bars in the 对比图; --out gets no 情况说明 sheet", async () => {
  const out = path.join(dir, "prior");
  const r = await run("--html", out, "--prior", SEED000, "--out", out, SEED000);
  expect(r.err).toBe("");
  const html = fs.readFileSync(path.join(out, "seed000-zhushan-2024-final.html"), "utf8");
  expect(html).toContain(">上年</text>");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, "seed000-zhushan-2024-final.checked.xlsx"));
  expect(wb.getWorksheet("情况说明")).toBeUndefined();
});

test("the --json output names each file's report (key html)", async () => {
  const out = path.join(dir, "json");
  const r = await run("--json", "--html", out, SEED000);
  const f = JSON.parse(r.out).files[0];
  expect(f.html).toBe(path.join(out, "seed000-zhushan-2024-final.html"));
  expect(f.narrative).toBeUndefined();
  expect(fs.existsSync(f.html)).toBe(true);
});

test("an unreadable file gets a page saying why; the same name twice → (2)", async () => {
  const bad = path.join(dir, "坏文件.xlsx");
  fs.writeFileSync(bad, "这不是工作簿\n");
  const out = path.join(dir, "bad");
  const r = await run("--html", out, bad, bad);
  expect(r.code).toBe(2);
  const html = fs.readFileSync(path.join(out, "坏文件.html"), "utf8");
  expect(html).toContain("无法检查：");
  expect(fs.existsSync(path.join(out, "坏文件(2).html"))).toBe(true);
  parse(html.replace(/^<!DOCTYPE html>\n/, ""));
});

test("a report that cannot be written: a Chinese message, the other files still written and checked, exit 2", async () => {
  const out = path.join(dir, "blocked");
  fs.mkdirSync(path.join(out, "seed001-danfeng-2024-final.html"), { recursive: true }); // a directory in the way
  const r = await run("--html", out, SEED001, SEED000);
  expect(r.code).toBe(2);
  expect(r.err).toContain("无法写出 HTML 报告");
  expect(r.err).toContain("seed001-danfeng-2024-final.html");
  expect(fs.existsSync(path.join(out, "seed000-zhushan-2024-final.html"))).toBe(true);
  expect(r.out).toContain("文件：" + SEED001);
  expect(r.out).toContain("共 2 个文件");
});

test("an --html path that is not a directory: one message, the files still checked and printed, exit 2", async () => {
  const notDir = path.join(dir, "plain-file");
  fs.writeFileSync(notDir, "");
  const r = await run("--html", notDir, SEED000);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/无法创建输出目录|不是目录/);
  expect(r.out).toContain("共 1 个文件");
  expect((await run("--html")).code).toBe(2);
  expect((await run("--html=", SEED000)).err).toContain("选项“--html”需要一个目录名");
});
