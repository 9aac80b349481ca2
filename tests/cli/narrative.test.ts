/**
 * The CLI's --narrative / --prior / --templates, in-process: printed text, JSON, and the 情况说明 / 补充数据 sheets of
 * the checked workbook (original sheets' values untouched, a re-run replaces only our sheet).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "../support/cli";
import { detectYear } from "../../src/cli/narrative";
import { SUPPLEMENT_SHEET } from "../../src/engine/inputs/supplement";
import { NARRATIVE_SHEET, narrativeTitle } from "../../src/engine/narrative/sheet";
import { FIXTURES, fixtureSnapshot } from "../support/fixtures";

const SEED000 = path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx");
const SEED002 = path.join(FIXTURES, "seed002-zengdu-2023-final.xlsx");
const SEED003 = path.join(FIXTURES, "seed003-donghu-2024-budget.xlsx");
const NARRATIVE_TITLE = narrativeTitle("final");
jest.setTimeout(30000);
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-narrative-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test("the year is read from the tables' headers", () => {
  expect(detectYear(fixtureSnapshot("seed000-zhushan-2024-final"))).toBe(2024);
  expect(detectYear(fixtureSnapshot("seed002-zengdu-2023-final"))).toBe(2023);
});

test("--narrative prints the generated 情况说明 after the findings; the exit code stays the checks'", async () => {
  const plain = await run(SEED000);
  const r = await run("--narrative", "--templates", "jiangxi-zhushan", SEED000);
  expect(r.code).toBe(plain.code);
  expect(r.out).toContain("情况说明（生成稿）：");
  expect(r.out).toContain("一、收入决算情况说明");
  expect(r.out).toContain("本部门2024年度收入总计363.59万元");
  expect(r.out).toContain("【待填写：上年决算数（本年收入合计）】");
  expect(r.out).toMatch(/待填写 \d+ 处/);
  expect(plain.out).not.toContain("情况说明（生成稿）");
});

test("--prior: last year's amounts matched by code and line (the same workbook as its own prior: 与上年持平)", async () => {
  const r = await run("--narrative", "--prior", SEED000, SEED000);
  expect(r.out).toContain("本年收入合计363.59万元，与上年持平");
  expect(r.out).not.toContain("【待填写：上年决算数（本年收入合计）】");
});

test("--json --narrative adds each file's sections, slots and reasons", async () => {
  const r = await run("--json", "--narrative", "--templates=hubei-zengdu", SEED002);
  const json = JSON.parse(r.out);
  const n = json.files[0].narrative;
  expect(n.templates).toBe("hubei-zengdu");
  expect(n.sections[0].heading).toBe("一、收入支出决算总体情况说明");
  expect(n.sections[1].paragraphs[0]).toContain("财政拨款收入11208.44万元，占本年收入99.8%");
  expect(n.missing.length).toBeGreaterThan(0);
  expect(JSON.parse((await run("--json", SEED002)).out).files[0].narrative).toBeUndefined();
});

test("bad narrative arguments → exit 2 with a Chinese message", async () => {
  const a = await run("--prior", SEED000, SEED000);
  expect(a.code).toBe(2);
  expect(a.err).toContain("需与“--narrative”（或“--html”）同用");
  const b = await run("--narrative", "--templates", "beijing", SEED000);
  expect(b.code).toBe(2);
  expect(b.err).toContain("“--templates”的取值应为");
  const c = await run("--narrative", "--prior", path.join(dir, "没有.xlsx"), SEED000);
  expect(c.code).toBe(2);
  expect(c.err).toContain("无法读取上年决算工作簿");
  expect((await run("--narrative", "--prior")).code).toBe(2);
});

test("--out --narrative writes our 情况说明 sheet (one paragraph per row) and a pre-filled 补充数据; a re-run replaces ours", async () => {
  const out = path.join(dir, "out1");
  const r = await run("--narrative", "--out", out, SEED000);
  expect(r.err).toBe("");
  const file = path.join(out, "seed000-zhushan-2024-final.checked.xlsx");
  const wb = await load(file);
  const ws = wb.getWorksheet(NARRATIVE_SHEET)!;
  expect(ws.getCell("A1").value).toBe(NARRATIVE_TITLE);
  expect(ws.getCell("A2").value).toBe("一、收入支出决算总体情况说明");
  expect(String(ws.getCell("A3").value)).toContain("收入总计、支出总计均为363.59万元");
  expect(ws.getColumn(1).width).toBe(100);
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A2").font?.bold).toBe(true);
  expect(ws.getCell("A3").font?.bold).toBeFalsy();
  const sup = wb.getWorksheet(SUPPLEMENT_SHEET)!;
  expect(sup.getCell("A3").value).toBe("键");
  expect(sup.getRow(4).values).toEqual(expect.arrayContaining(["01.income.grandTotal"]));
  // The original sheets' values are untouched.
  const input = await load(SEED000);
  for (const name of ["公开01表", "公开05表"]) {
    const a = input.getWorksheet(name)!;
    const b = wb.getWorksheet(name)!;
    a.eachRow((row, r) => row.eachCell((c, col) => expect(b.getCell(r, col).value).toEqual(c.value)));
  }
  // Re-run on the checked workbook: our 情况说明 is replaced (not a second sheet), the user's 补充数据 is kept.
  sup.getCell("F5").value = 349.79;
  const edited = path.join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(edited);
  const out2 = path.join(dir, "out2");
  await run("--narrative", "--out", out2, edited);
  const again = await load(path.join(out2, "edited.checked.xlsx"));
  expect(again.worksheets.filter((w) => w.name.startsWith(NARRATIVE_SHEET))).toHaveLength(1);
  expect(again.getWorksheet(SUPPLEMENT_SHEET)!.getCell("F5").value).toBe(349.79);
  expect(String(again.getWorksheet(NARRATIVE_SHEET)!.getCell("A3").value)).not.toContain(
    "【待填写：上年决算数（本年收入合计）】",
  );
});

test("--out --narrative: each chart's data block beside the text (caption, header, the tables' amounts), no chart drawn", async () => {
  const out = path.join(dir, "blocks");
  await run("--narrative", "--prior", SEED000, "--out", out, SEED000);
  const ws = (await load(path.join(out, "seed000-zhushan-2024-final.checked.xlsx"))).getWorksheet(NARRATIVE_SHEET)!;
  // 1st block (收入、支出决算总计对比图) at L2: caption, header 项目/上年/本年, 收入总计 and 支出总计 (01表 C37/F37 = 363.59).
  expect(ws.getCell("L2").value).toBe("收入、支出决算总计对比图（单位：万元）");
  expect(ws.getCell("L2").font?.bold).toBe(true);
  expect([ws.getCell("L3").value, ws.getCell("M3").value, ws.getCell("N3").value]).toEqual(["项目", "上年", "本年"]);
  expect([ws.getCell("L4").value, ws.getCell("M4").value, ws.getCell("N4").value]).toEqual([
    "收入总计",
    363.59,
    363.59,
  ]);
  expect([ws.getCell("L5").value, ws.getCell("N5").value]).toEqual(["支出总计", 363.59]);
  expect(ws.getCell("N4").numFmt).toBe("#,##0.00");
  // 3rd block (支出结构图) 2 × 17 rows further: 基本支出 199.58, 项目支出 164.02 (03表 F6/G6).
  expect(ws.getCell("L36").value).toBe("支出结构图");
  expect([ws.getCell("L38").value, ws.getCell("M38").value]).toEqual(["基本支出", 199.58]);
  expect([ws.getCell("L39").value, ws.getCell("M39").value]).toEqual(["项目支出", 164.02]);
  // The blocks share rows with the text but never its column: column A holds only the text.
  expect(String(ws.getCell("A4").value)).not.toContain("363.59万元363.59");
  // The checker reads our sheet back as text from column A only: no finding comes from the data blocks.
  const again = await run("--json", path.join(out, "seed000-zhushan-2024-final.checked.xlsx"));
  const check = JSON.parse(again.out).files[0].narrativeCheck;
  expect(check.source).toBe(`工作表“${NARRATIVE_SHEET}”`);
  expect(check.findings.filter((f: { quote: string }) => /项目上年本年|收入总计363\.59363/.test(f.quote))).toEqual([]);
});

test("--out --narrative on a 部门预算 workbook: the sheet's title says 部门预算; a re-run replaces it", async () => {
  const out = path.join(dir, "budget");
  await run("--narrative", "--out", out, SEED003);
  const file = path.join(out, "seed003-donghu-2024-budget.checked.xlsx");
  const wb = await load(file);
  expect(wb.getWorksheet(NARRATIVE_SHEET)!.getCell("A1").value).toBe(narrativeTitle("budget"));
  expect(narrativeTitle("budget")).toBe("部门预算情况说明（预决算校验助手生成）");
  await run("--narrative", "--out", path.join(dir, "budget2"), file);
  const again = await load(path.join(dir, "budget2", "seed003-donghu-2024-budget.checked.checked.xlsx"));
  expect(again.worksheets.filter((w) => w.name.startsWith(NARRATIVE_SHEET)).map((w) => w.name)).toEqual([
    NARRATIVE_SHEET,
  ]);
});

test("a user's own sheet named 情况说明 is never touched: ours becomes 情况说明(2)", async () => {
  const wb = await load(SEED000);
  wb.addWorksheet(NARRATIVE_SHEET).getCell("A1").value = "我们自己写的情况说明";
  const mine = path.join(dir, "mine.xlsx");
  await wb.xlsx.writeFile(mine);
  const out = path.join(dir, "out3");
  await run("--narrative", "--out", out, mine);
  const res = await load(path.join(out, "mine.checked.xlsx"));
  expect(res.getWorksheet(NARRATIVE_SHEET)!.getCell("A1").value).toBe("我们自己写的情况说明");
  expect(res.getWorksheet(`${NARRATIVE_SHEET}(2)`)!.getCell("A1").value).toBe(NARRATIVE_TITLE);
});

test("--narrative on a 部门预算 workbook writes the budget 情况说明 (机关运行经费 = 基本支出表 公用经费 合计)", async () => {
  const r = await run("--narrative", path.join(FIXTURES, "seed003-donghu-2024-budget.xlsx"));
  expect(r.out).toContain("情况说明（生成稿）：");
  expect(r.out).toContain("机关运行经费");
  expect(r.out).toMatch(/机关运行[^。]*21\.3万元/);
  expect(r.out).not.toMatch(/机关运行[^。]*22\.3万元/);
  expect(r.out).toContain("【待填写：");
  expect(r.out).not.toContain("本部门2024年度收入总计");
});
