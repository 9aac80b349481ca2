/**
 * fiscal-check --out: the checked workbook. For every fixture, every cell's value and formula of every original sheet
 * is identical between input and output (both read with ExcelJS), the marked cells carry the plan's fill and a note,
 * only marked cells change fill, and the 校验结果 sheet has one row per finding with a hyperlink to its cell. Exit codes
 * 0/1/2. The set of findings comes from the whole registry, which other rules extend: assertions are on structure.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkedName } from "../../src/cli/main";
import { runCli as run } from "../support/cli";
import { NOTE_HEADING } from "../../src/cli/write-xlsx";
import type { Finding } from "../../src/engine/findings";
import { buildWritePlan, REPORT_HEADER, REPORT_TITLE } from "../../src/engine/report";
import { FIXTURE_NAMES, fixtureXlsx, type FixtureName } from "../support/fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-out-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell position of a sheet up to its used size. */
function* positions(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): Generator<[number, number]> {
  const rows = Math.max(a.rowCount, b.rowCount);
  const cols = Math.max(a.columnCount, b.columnCount);
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) yield [r, c];
}

function fillArgb(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === "pattern" ? f.fgColor?.argb : undefined;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return "";
  if (typeof n === "string") return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
}

interface Outcome {
  code: number;
  json: { files: { findings: Finding[]; rules: { id: string; status: string }[]; checked?: string }[] };
  input: ExcelJS.Workbook;
  output: ExcelJS.Workbook;
}

const outcomes = new Map<FixtureName, Outcome>();
async function outcome(name: FixtureName): Promise<Outcome> {
  const got = outcomes.get(name);
  if (got) return got;
  const out = path.join(dir, "fixtures");
  const r = await run("--json", "--out", out, fixtureXlsx(name));
  const json = JSON.parse(r.out);
  const o: Outcome = {
    code: r.code,
    json,
    input: await load(fixtureXlsx(name)),
    output: await load(path.join(out, `${name}.checked.xlsx`)),
  };
  outcomes.set(name, o);
  return o;
}

describe.each(FIXTURE_NAMES)("%s --out", (name) => {
  test("the checked workbook is written and named in the JSON", async () => {
    const o = await outcome(name);
    expect(o.json.files[0].checked).toBe(path.join(dir, "fixtures", `${name}.checked.xlsx`));
  });

  test("every original sheet keeps every cell's value and formula", async () => {
    const { input, output } = await outcome(name);
    expect(output.worksheets.map((w) => w.name)).toEqual([...input.worksheets.map((w) => w.name), "校验结果"]);
    let compared = 0;
    for (const a of input.worksheets) {
      const b = output.getWorksheet(a.name)!;
      for (const [r, c] of positions(a, b)) {
        const x = a.getCell(r, c);
        const y = b.getCell(r, c);
        expect([a.name, x.address, y.value, y.formula]).toEqual([a.name, x.address, x.value, x.formula]);
        compared++;
      }
      expect(b.model.merges.sort()).toEqual(a.model.merges.sort());
    }
    expect(compared).toBeGreaterThan(100);
  });

  test("marked cells carry the plan's fill and note; no other cell of an original sheet changes fill", async () => {
    const { input, output, json } = await outcome(name);
    const plan = buildWritePlan(json.files[0].findings);
    const marked = new Map(plan.marks.map((m) => [`${m.sheet}!${m.address}`, m]));
    for (const m of plan.marks) {
      const cell = output.getWorksheet(m.sheet)!.getCell(m.address);
      expect([m.sheet, m.address, fillArgb(cell)]).toEqual([m.sheet, m.address, `FF${m.fill}`]);
      expect(noteText(cell)).toBe(`${NOTE_HEADING}\n${m.note}`);
    }
    for (const a of input.worksheets) {
      const b = output.getWorksheet(a.name)!;
      for (const [r, c] of positions(a, b)) {
        const x = a.getCell(r, c);
        if (marked.has(`${a.name}!${x.address}`)) continue;
        expect([a.name, x.address, fillArgb(b.getCell(r, c))]).toEqual([a.name, x.address, fillArgb(x)]);
      }
    }
  });

  test("the 校验结果 sheet: title, header, one row per finding, 位置 linked to the finding's cell", async () => {
    const { output, json } = await outcome(name);
    const ws = output.getWorksheet("校验结果")!;
    const findings = json.files[0].findings;
    expect(ws.getCell("A1").value).toBe(REPORT_TITLE);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([...REPORT_HEADER]);
    expect(ws.rowCount).toBe(2 + findings.length);
    findings.forEach((f, i) => {
      const row = ws.getRow(3 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(6).value).toBe(f.message);
      const link = row.getCell(5).value as ExcelJS.CellHyperlinkValue;
      expect(link.text).toBe(f.cells[0]);
      expect(link.hyperlink).toMatch(/^#.+![A-Z]+\d+$/);
      expect(link.hyperlink.endsWith(`!${f.cells[0].slice(f.cells[0].lastIndexOf("!") + 1)}`)).toBe(true);
      expect(row.getCell(7).value ?? "").toBe(f.expected ?? "");
    });
  });

  test("exit code: 1 exactly when an error-level finding exists (computed, not assumed)", async () => {
    const o = await outcome(name);
    const errors = o.json.files[0].findings.filter((f) => f.severity === "error").length;
    expect(o.code).toBe(errors > 0 ? 1 : 0);
  });
});

test("the 数值 rules raise no error on seeds 000–002 (the truth lists none of theirs)", async () => {
  const mine = ["unreadable-cell", "amount-as-text", "negative-amount", "excess-decimals", "empty-table-nonzero"];
  for (const name of FIXTURE_NAMES.slice(0, 3)) {
    const o = await outcome(name);
    const errs = o.json.files[0].findings.filter((f) => mine.includes(f.ruleId) && f.severity === "error");
    expect([name, errs]).toEqual([name, []]);
  }
  const seed001 = (await outcome("seed001-danfeng-2024-final")).json.files[0].findings;
  expect(seed001.filter((f) => f.ruleId === "amount-as-text").map((f) => [f.table, f.cells.length])).toEqual([
    ["final-01", 8],
    ["final-02", 46],
    ["final-03", 51],
  ]);
});

/** A 05表 whose 合计 is 1.00 too high (an error-level finding), as an xlsx. */
async function wrongTotalWorkbook(file: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("公开05表");
  ws.addRows([
    ["一般公共预算财政拨款支出决算表"],
    ["单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", 11, 4, 6],
    ["210", "卫生健康支出", 10, 4, 6],
  ]);
  ws.getCell("C4").note = "用户自己的批注";
  extra?.(wb);
  await wb.xlsx.writeFile(file);
}

describe("a workbook with a wrong total", () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, "错的合计.xlsx");
    await wrongTotalWorkbook(file, (wb) => {
      const user = wb.addWorksheet("校验结果");
      user.getCell("A1").value = "我自己的校验记录";
    });
  });

  test("exit 1; the finding is marked red in the checked workbook; the user's sheet 校验结果 is kept", async () => {
    const out = path.join(dir, "wrong");
    const r = await run("--out", out, file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("公开05表 一般公共预算财政拨款支出决算表");
    expect(r.out).toMatch(/错误 {2}公开05表!C4 /);
    expect(r.out).toMatch(/共 1 个文件，识别出 1 张表；错误 [1-9]\d* 个，警告 \d+ 个，提示 \d+ 个/);
    const wb = await load(path.join(out, "错的合计.checked.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["公开05表", "校验结果", "校验结果(2)"]);
    expect(wb.getWorksheet("校验结果")!.getCell("A1").value).toBe("我自己的校验记录");
    const report = wb.getWorksheet("校验结果(2)")!;
    expect(report.getCell("A1").value).toBe(REPORT_TITLE);
    const links = [] as string[];
    report.eachRow((row, i) => {
      if (i > 2) links.push((row.getCell(5).value as ExcelJS.CellHyperlinkValue).hyperlink);
    });
    expect(links).toContain("#公开05表!C4");
    expect(fillArgb(wb.getWorksheet("公开05表")!.getCell("C4"))).toBe("FFFFC7CE");
    expect(wb.getWorksheet("公开05表")!.getCell("C4").value).toBe(11);
  });

  test("checking the checked workbook again replaces our own 校验结果 sheet, and a user's note is kept above ours", async () => {
    const first = path.join(dir, "again1");
    await run("--out", first, file);
    const second = path.join(dir, "again2");
    const checked = path.join(first, "错的合计.checked.xlsx");
    const r = await run("--out", second, checked);
    expect(r.code).toBe(1);
    const wb = await load(path.join(second, "错的合计.checked.checked.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["公开05表", "校验结果", "校验结果(2)"]);
    expect(wb.getWorksheet("校验结果")!.getCell("A1").value).toBe("我自己的校验记录");
    // On the marked C4: the user's note first, then ours; the note of ours from the first run is replaced.
    const once = noteText((await load(checked)).getWorksheet("公开05表")!.getCell("C4"));
    expect(once.startsWith(`用户自己的批注\n\n${NOTE_HEADING}\n`)).toBe(true);
    const twice = noteText(wb.getWorksheet("公开05表")!.getCell("C4"));
    expect(twice.startsWith(`用户自己的批注\n\n${NOTE_HEADING}\n`)).toBe(true);
    expect(twice.split(NOTE_HEADING).length - 1).toBe(1);
    expect(twice).toBe(once);
  });

  test("with an unreadable file in the same run: exit 2 (2 wins over 1); no checked workbook for the bad file", async () => {
    const bad = path.join(dir, "坏.xlsx");
    fs.writeFileSync(bad, "不是工作簿");
    const out = path.join(dir, "mixed");
    const r = await run("--json", "--out", out, file, bad);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.files[0].checked).toBe(path.join(out, "错的合计.checked.xlsx"));
    expect(j.files[1].checked).toBeUndefined();
    expect(fs.readdirSync(out)).toEqual(["错的合计.checked.xlsx"]);
  });
});

describe("--out arguments", () => {
  test("--out without a directory is a bad argument (exit 2)", async () => {
    const r = await run(fixtureXlsx("seed000-zhushan-2024-final"), "--out");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out");
  });

  test("--out=<dir> works too; an --out that is a file is refused with exit 2", async () => {
    const out = path.join(dir, "eq");
    const r = await run(`--out=${out}`, fixtureXlsx("seed004-qingyunpu-2022-evaluation"));
    expect([0, 1]).toContain(r.code);
    expect(fs.existsSync(path.join(out, "seed004-qingyunpu-2022-evaluation.checked.xlsx"))).toBe(true);
    const notDir = path.join(dir, "普通文件");
    fs.writeFileSync(notDir, "x");
    const r2 = await run("--out", notDir, fixtureXlsx("seed004-qingyunpu-2022-evaluation"));
    expect(r2.code).toBe(2);
    expect(r2.err).toContain(notDir);
    expect(r2.out).toBe("");
  });

  test("output names: <name>.checked.xlsx, numbered when two inputs share a name", () => {
    expect(checkedName("/a/决算.xlsx")).toBe("决算.checked.xlsx");
    expect(checkedName("/b/决算.XLSX", new Set(["决算.checked.xlsx"]))).toBe("决算(2).checked.xlsx");
  });
});
