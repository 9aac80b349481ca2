/**
 * fiscal-check --narrative-file: the 情况说明 text checked against the workbook's tables, in the text output, the JSON
 * (key narrativeCheck), the exit code and the checked workbook; and a 情况说明 sheet found in the workbook.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FIXTURES } from "../support/fixtures";

const SEED000 = path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx");
const SEED002 = path.join(FIXTURES, "seed002-zengdu-2023-final.xlsx");
const NARR000 = path.join(FIXTURES, "seed000-zhushan-2024-final-narrative.txt");
const NARR002 = path.join(FIXTURES, "seed002-zengdu-2023-final-narrative.txt");

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-narrative-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--help lists --narrative-file", async () => {
  const r = await run(["--help"]);
  expect(r.stdout).toContain("--narrative-file");
});

test("text output: the findings with their quote and the sentences not evaluated; errors give exit 1", async () => {
  const r = await run(["--narrative-file", NARR002, SEED002]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("情况说明核对（");
  expect(r.stdout).toMatch(/错误 {2}决算公开表!C118 {2}情况说明所述「卫生健康支出（类）」10580\.4 万元/);
  expect(r.stdout).toContain("“2. 卫生健康支出（类）10580.40 万元，占 94.4%，：主要用于医疗保险基金支出”");
  expect(r.stdout).toContain("情况说明中未能核对的句子");
  expect(r.stderr).toBe("");
});

test("--json: narrativeCheck with findings (quote, cells), not-evaluated sentences and counts", async () => {
  const r = await run(["--json", `--narrative-file=${NARR000}`, SEED000]);
  const json = JSON.parse(r.stdout) as { files: Array<{ narrativeCheck?: Record<string, unknown> }> };
  const nc = json.files[0].narrativeCheck as {
    source: string;
    findings: Array<{ messageId: string; severity: string; cells: string[]; quote: string; category: string }>;
    notEvaluated: unknown[];
    sentencesWithFigures: number;
    evaluated: number;
  };
  expect(nc.source).toBe(NARR000);
  expect(nc.findings.length).toBe(7);
  expect(nc.findings.every((f) => f.severity === "info" && f.category === "表文一致")).toBe(true);
  expect(nc.findings.find((f) => f.cells[0] === "公开09表!E11")?.quote).toContain("增长 255.80%");
  expect(nc.notEvaluated.length).toBeGreaterThan(0);
  expect(nc.evaluated).toBeLessThanOrEqual(nc.sentencesWithFigures);
});

test("without --narrative-file and without a 情况说明 sheet there is no narrativeCheck key", async () => {
  const r = await run(["--json", SEED000]);
  const json = JSON.parse(r.stdout) as { files: Array<Record<string, unknown>> };
  expect("narrativeCheck" in json.files[0]).toBe(false);
});

test("--narrative-file needs a file name, exactly one workbook, and a readable file (exit 2)", async () => {
  expect((await run([SEED000, "--narrative-file"])).code).toBe(2);
  const two = await run(["--narrative-file", NARR000, SEED000, SEED002]);
  expect([two.code, two.stderr.includes("只能与一个工作簿一起使用")]).toEqual([2, true]);
  const missing = await run(["--narrative-file", path.join(dir, "无.txt"), SEED000]);
  expect([missing.code, missing.stderr.includes("无法读取情况说明文件")]).toEqual([2, true]);
});

test("--out marks the table cells the text misquotes in the checked workbook", async () => {
  const out = path.join(dir, "out");
  const r = await run(["--out", out, "--narrative-file", NARR002, SEED002]);
  expect(r.code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, "seed002-zengdu-2023-final.checked.xlsx"));
  const note = wb.getWorksheet("决算公开表")!.getCell("C157").note;
  const text = typeof note === "string" ? note : JSON.stringify(note);
  expect(text).toContain("其他对个人和家庭的补助");
});

test("a 情况说明 sheet in the workbook is found and checked when no file is given", async () => {
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(SEED000);
  const ws = src.addWorksheet("情况说明");
  for (const line of fs
    .readFileSync(NARR000, "utf8")
    .split(/\n+/)
    .filter((l) => l.trim() !== ""))
    ws.addRow([line]);
  const file = path.join(dir, "含情况说明.xlsx");
  await src.xlsx.writeFile(file);
  const r = await run(["--json", file]);
  const json = JSON.parse(r.stdout) as { files: Array<{ narrativeCheck?: { source: string; findings: unknown[] } }> };
  expect(json.files[0].narrativeCheck?.source).toBe("工作表“情况说明”");
  expect(json.files[0].narrativeCheck?.findings.length).toBe(7);
});
