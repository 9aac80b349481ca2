/**
 * The CLI in-process: main(argv, io) with captured output.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as CFB from "cfb";
import { runCli as run } from "../support/cli";

import { FIXTURES } from "../support/fixtures";
const SEED000 = path.join(FIXTURES, "seed000-zhushan-2024-final.xlsx");
const SEED002 = path.join(FIXTURES, "seed002-zengdu-2023-final.xlsx");

let dir: string;
let notXlsx: string;
let empty: string;
let encrypted: string;
let legacyXls: string;
const missing = path.join(os.tmpdir(), "fiscal-cli-does-not-exist", "缺失.xlsx");

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fiscal-cli-main-"));
  notXlsx = path.join(dir, "文本.xlsx");
  fs.writeFileSync(notXlsx, "这不是工作簿\n");
  empty = path.join(dir, "空.xlsx");
  fs.writeFileSync(empty, "");
  const cfbFile = (streams: Record<string, Buffer>): Buffer => {
    const c = CFB.utils.cfb_new();
    for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(c, "/" + name, content);
    return CFB.write(c, { type: "buffer" }) as Buffer;
  };
  encrypted = path.join(dir, "加密.xlsx");
  fs.writeFileSync(
    encrypted,
    cfbFile({ EncryptionInfo: Buffer.alloc(300, 4), EncryptedPackage: Buffer.alloc(9000, 5) }),
  );
  legacyXls = path.join(dir, "旧版.xls");
  fs.writeFileSync(legacyXls, cfbFile({ Workbook: Buffer.alloc(4096, 1) }));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("arguments", () => {
  test("--help prints the usage, exit 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("用法：fiscal-check");
    expect(r.out).toContain("--json");
    expect((await run("-h")).out).toBe(r.out);
  });

  test("--version prints the package version, exit 0", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    const r = await run("--version");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`fiscal-check ${pkg.version}`);
  });

  test("unknown option → exit 2, message on stderr, nothing read", async () => {
    const r = await run("--frobnicate", SEED000);
    expect(r.code).toBe(2);
    expect(r.err).toContain("未知选项");
    expect(r.err).toContain("--frobnicate");
    expect(r.out).toBe("");
  });

  test("no files → exit 2 with the usage", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toContain("请指定要检查的 xlsx 文件");
    expect(r.err).toContain("用法");
    expect((await run("--json")).code).toBe(2);
  });

  test("-- ends the options", async () => {
    const r = await run("--json", "--", missing);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.files[0].file).toBe(missing);
  });
});

describe("text output", () => {
  test("a good file: tables with id, title, sheet, range, rows, unit; exit 0 unless an error-level finding", async () => {
    const r = await run(SEED000);
    const errors = JSON.parse((await run("--json", SEED000)).out).files[0].findings.filter(
      (f: { severity: string }) => f.severity === "error",
    );
    expect(r.code).toBe(errors.length > 0 ? 1 : 0);
    expect(r.err).toBe("");
    expect(r.out).toContain(`文件：${SEED000}`);
    expect(r.out).toContain("final-03");
    expect(r.out).toContain("支出决算表");
    expect(r.out).toMatch(/公开03表!A\d+:[A-Z]+\d+/);
    expect(r.out).toMatch(/\d+ 行/);
    expect(r.out).toContain("单位：万元");
    expect(r.out).toMatch(
      /共 1 个文件，识别出 \d+ 张表；错误 \d+ 个，警告 \d+ 个，提示 \d+ 个(；未运行的校验：不适用 \d+ 项，未能校验 \d+ 项)?。/,
    );
  });

  test("findings are grouped by table, each with its severity word, cell and message; 尾差 amounts shown", async () => {
    const r = await run(SEED000);
    // seed000 05表 合计 363.59 vs 199.58 + 164.02: the row identity's 尾差 (truth seed000-10), under its table.
    const at05 = r.out.indexOf("    公开05表 一般公共预算财政拨款支出决算表\n");
    expect(at05).toBeGreaterThan(0);
    expect(r.out.slice(at05)).toMatch(/\n {6}提示 {2}公开05表!D8 .*（应为 363\.60，实为 363\.59，差额 -0\.01）/);
    expect(r.out).toMatch(/ {2}校验结果（错误 \d+ 个，警告 \d+ 个，提示 \d+ 个）：/);
    // Tables in order 01 → 10.
    const heads = [...r.out.matchAll(/^ {4}公开(\d\d)表 /gm)].map((m) => Number(m[1]));
    expect(heads).toEqual([...heads].sort((a, b) => a - b));
    expect(new Set(heads).size).toBe(heads.length);
  });

  test("an encrypted workbook and a legacy .xls among good files: exit 2, clear messages, the others complete", async () => {
    const r = await run(encrypted, SEED000, legacyXls, SEED002);
    expect(r.code).toBe(2);
    expect(r.out).toContain("密码");
    expect(r.out).toContain("另存为");
    expect(r.out).toContain(`文件：${SEED000}`);
    expect(r.out).toContain(`文件：${SEED002}`);
    expect(r.out.split("final-03").length - 1).toBe(2);
    expect(r.out).toContain("2 个文件无法检查");
  });

  test("good and bad files in one run: exit 2, each bad file has its message, the good ones are still checked", async () => {
    const r = await run(missing, SEED000, notXlsx, empty, SEED002);
    expect(r.code).toBe(2);
    expect(r.out).toContain("找不到文件");
    expect(r.out).toContain("不是有效的 xlsx 文件");
    expect(r.out).toContain("0 字节");
    // Both good files after the bad ones were processed.
    expect(r.out).toContain(`文件：${SEED000}`);
    expect(r.out).toContain(`文件：${SEED002}`);
    expect(r.out.split("final-03").length - 1).toBeGreaterThanOrEqual(2);
    expect(r.out).toContain("3 个文件无法检查");
    // Files are reported in the order given.
    const order = [missing, SEED000, notXlsx, empty, SEED002].map((f) => r.out.indexOf(`文件：${f}\n`));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("--json", () => {
  test("the documented shape", async () => {
    const r = await run("--json", SEED000, notXlsx);
    expect(r.code).toBe(2);
    expect(r.err).toBe("");
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["version", "files"]);
    expect(j.version).toBe(1);
    expect(j.files).toHaveLength(2);

    const [good, bad] = j.files;
    expect(Object.keys(good)).toEqual(["file", "tables", "unplaced", "findings", "errors", "rules"]);
    expect(good.file).toBe(SEED000);
    expect(good.tables.length).toBeGreaterThan(0);
    for (const t of good.tables) {
      expect(Object.keys(t)).toEqual(["id", "title", "sheet", "range", "unit", "rows"]);
      expect(t.id).toMatch(/^(final-\d\d|budget-[a-z-]+|perf-[a-z-]+)$/);
      expect(typeof t.title).toBe("string");
      expect(typeof t.sheet).toBe("string");
      expect(t.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(t.unit === null || typeof t.unit === "string").toBe(true);
      expect(Number.isInteger(t.rows)).toBe(true);
    }
    const t03 = good.tables.find((t: { id: string }) => t.id === "final-03");
    expect(t03).toMatchObject({ id: "final-03", title: "支出决算表", sheet: "公开03表", unit: "万元" });
    expect(t03.rows).toBeGreaterThan(0);
    for (const u of good.unplaced) expect(Object.keys(u)).toEqual(["sheet", "range", "reason"]);
    expect(good.findings.length).toBeGreaterThan(0);
    for (const f of good.findings) {
      expect(Object.keys(f).slice(0, 7)).toEqual([
        "ruleId",
        "messageId",
        "severity",
        "category",
        "message",
        "table",
        "cells",
      ]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cells.length).toBeGreaterThan(0);
      for (const k of ["expected", "actual", "difference"]) if (k in f) expect(f[k]).toMatch(/^-?\d+\.\d\d$/);
    }
    expect(good.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "row-identity",
        severity: "info",
        table: "final-05",
        cells: ["公开05表!D8", "公开05表!E8", "公开05表!F8"],
        expected: "363.60",
        actual: "363.59",
        difference: "-0.01",
      }),
    );
    expect(good.rules.length).toBeGreaterThanOrEqual(7);
    for (const x of good.rules) {
      expect(["passed", "failed", "not-applicable", "not-evaluated"]).toContain(x.status);
      expect(Object.keys(x).slice(0, 2)).toEqual(["id", "status"]);
    }
    expect(good.rules.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(["amount-as-text", "row-identity"]),
    );
    for (const e of good.errors) {
      expect(typeof e.message).toBe("string");
      if ("cell" in e) {
        expect(e.message.startsWith(`${e.sheet}!${e.cell}：`)).toBe(true);
      }
    }

    expect(bad).toEqual({
      file: notXlsx,
      tables: [],
      unplaced: [],
      findings: [],
      errors: [{ message: expect.stringContaining("不是有效的 xlsx 文件") }],
      rules: [],
    });
  });

  test("a good file alone: stdout is only JSON; exit 1 exactly when it has an error-level finding", async () => {
    const r = await run(SEED002, "--json");
    const j = JSON.parse(r.out);
    expect(r.code).toBe(j.files[0].findings.some((f: { severity: string }) => f.severity === "error") ? 1 : 0);
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(JSON.parse(r.out).files[0].errors.filter((e: { cell?: string }) => !e.cell)).toEqual([]);
  });
});
