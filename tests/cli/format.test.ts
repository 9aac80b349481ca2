/**
 * Pure formatting: recognition results → JSON object and Chinese text, without reading any file.
 */
import type { Finding } from "../../src/engine/findings";
import type { RecognitionResult, Table } from "../../src/engine/model/table";
import type { RunResult } from "../../src/engine/rules/run";
import {
  displayWidth,
  exitCodeFor,
  fileToJson,
  formatFileText,
  formatSummaryText,
  reportToJson,
  type FileReport,
} from "../../src/cli/format";

function table(over: Partial<Table>): Table {
  return {
    id: "final-03",
    title: "支出决算表",
    printedTitle: "支出决算表",
    sheet: "公开03表",
    range: "A1:J30",
    unit: "万元",
    columns: [],
    rows: [],
    problems: [],
    notes: [],
    empty: false,
    ...over,
  };
}

const fakeRow = { kind: "code", label: "x", row: 0, cells: {} } as const;

const result: RecognitionResult = {
  tables: [
    table({ rows: Array(24).fill(fakeRow) }),
    table({
      id: "final-10",
      title: "国有资产占用情况表",
      sheet: "公开10表",
      range: "A1:C17",
      unit: null,
      rows: Array(3).fill(fakeRow),
      problems: [{ ref: { sheet: "公开10表", address: "C5" }, message: "无法识别的数量“约 3 台”" }],
    }),
  ],
  unplaced: [{ sheet: "绩效自评表", range: "A1:F20", reason: "未识别为标准决算公开表" }],
};

const good: FileReport = { file: "决算.xlsx", result };
const bad: FileReport = { file: "坏.xlsx", error: "“坏.xlsx”不是有效的 xlsx 文件。" };

describe("JSON", () => {
  test("a recognised file, in the documented shape and key order", () => {
    const j = fileToJson(good);
    expect(j).toEqual({
      file: "决算.xlsx",
      tables: [
        { id: "final-03", title: "支出决算表", sheet: "公开03表", range: "A1:J30", unit: "万元", rows: 24 },
        { id: "final-10", title: "国有资产占用情况表", sheet: "公开10表", range: "A1:C17", unit: null, rows: 3 },
      ],
      unplaced: [{ sheet: "绩效自评表", range: "A1:F20", reason: "未识别为标准决算公开表" }],
      findings: [],
      errors: [{ message: "公开10表!C5：无法识别的数量“约 3 台”", sheet: "公开10表", cell: "C5" }],
      rules: [],
    });
    expect(Object.keys(j)).toEqual(["file", "tables", "unplaced", "findings", "errors", "rules"]);
    expect(Object.keys(j.tables[0])).toEqual(["id", "title", "sheet", "range", "unit", "rows"]);
    expect(Object.keys(j.errors[0])).toEqual(["message", "sheet", "cell"]);
  });

  test("an unreadable file: no tables, its error in errors", () => {
    expect(fileToJson(bad)).toEqual({
      file: "坏.xlsx",
      tables: [],
      unplaced: [],
      findings: [],
      errors: [{ message: "“坏.xlsx”不是有效的 xlsx 文件。" }],
      rules: [],
    });
  });

  test("report: version 1 and files in order; survives JSON round-trip", () => {
    const r = reportToJson([good, bad]);
    expect(r.version).toBe(1);
    expect(r.files.map((f) => f.file)).toEqual(["决算.xlsx", "坏.xlsx"]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("text", () => {
  test("file name, tables, unplaced, unreadable cells", () => {
    const t = formatFileText(good);
    const lines = t.trimEnd().split("\n");
    expect(lines[0]).toBe("文件：决算.xlsx");
    expect(lines[1]).toBe("  识别出 2 张表：");
    expect(lines[2]).toMatch(/^ {4}final-03 +支出决算表 +公开03表!A1:J30 +24 行 +单位：万元$/);
    expect(lines[3]).toMatch(/^ {4}final-10 +国有资产占用情况表 +公开10表!A1:C17 +3 行 +单位：未注明$/);
    // Columns line up in display width (CJK = 2 columns).
    expect(displayWidth(lines[2].slice(0, lines[2].indexOf("公开03表")))).toBe(
      displayWidth(lines[3].slice(0, lines[3].indexOf("公开10表"))),
    );
    expect(lines[4]).toBe("  未能归入任何表的内容（1 处）：");
    expect(lines[5]).toBe("    绩效自评表!A1:F20：未识别为标准决算公开表");
    expect(lines[6]).toBe("  无法读取的单元格（1 个）：");
    expect(lines[7]).toBe("    公开10表!C5：无法识别的数量“约 3 台”");
    expect(t.endsWith("\n")).toBe(true);
  });

  test("an unreadable file shows its message", () => {
    expect(formatFileText(bad)).toBe("文件：坏.xlsx\n  无法检查：“坏.xlsx”不是有效的 xlsx 文件。\n");
  });

  test("nothing recognised", () => {
    expect(formatFileText({ file: "空.xlsx", result: { tables: [], unplaced: [] } })).toBe(
      "文件：空.xlsx\n  未识别出任何标准表。\n",
    );
  });

  test("summary", () => {
    expect(formatSummaryText([good])).toBe("共 1 个文件，识别出 2 张表。\n");
    expect(formatSummaryText([good, bad])).toBe("共 2 个文件，识别出 2 张表，1 个文件无法检查。\n");
  });
});

test("exit code: 2 as soon as one file could not be read", () => {
  expect(exitCodeFor([good])).toBe(0);
  expect(exitCodeFor([good, bad])).toBe(2);
  expect(exitCodeFor([])).toBe(0);
});

describe("findings and rules", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: "row-identity",
    messageId: "mismatch",
    severity: "error",
    category: "表内勾稽",
    message: "合计：“本年支出合计”11.00 不等于 基本支出 + 项目支出 之和 10.00",
    table: "final-03",
    cells: ["公开03表!E6", "公开03表!F6", "公开03表!G6"],
    expected: "10.00",
    actual: "11.00",
    difference: "1.00",
    ...over,
  });
  const run: RunResult = {
    findings: [
      finding({}),
      finding({
        ruleId: "amount-as-text",
        messageId: "stored",
        severity: "info",
        category: "数值",
        message: "本表有 2 个数值以文本形式存储",
        table: "final-01",
        cells: ["公开01表!C7", "公开01表!C8"],
        expected: undefined,
        actual: undefined,
        difference: undefined,
      }),
    ],
    rules: [
      { id: "amount-as-text", status: "failed" },
      { id: "asset-count-sum", status: "not-applicable", reasons: ["缺少所需的表：final-10"] },
      { id: "row-identity", status: "failed" },
      { id: "negative-amount", status: "passed" },
    ],
  };
  const checked: FileReport = { file: "决算.xlsx", result, run, checked: "out/决算.checked.xlsx" };

  test("JSON: findings sorted by table with their amounts, rules with status (and reasons), the checked file", () => {
    const j = fileToJson(checked);
    expect(Object.keys(j)).toEqual(["file", "tables", "unplaced", "findings", "errors", "rules", "checked"]);
    expect(j.findings.map((f) => f.table)).toEqual(["final-01", "final-03"]);
    expect(j.findings[0]).toEqual({
      ruleId: "amount-as-text",
      messageId: "stored",
      severity: "info",
      category: "数值",
      message: "本表有 2 个数值以文本形式存储",
      table: "final-01",
      cells: ["公开01表!C7", "公开01表!C8"],
    });
    expect(Object.keys(j.findings[1])).toEqual([
      "ruleId",
      "messageId",
      "severity",
      "category",
      "message",
      "table",
      "cells",
      "expected",
      "actual",
      "difference",
    ]);
    expect(j.rules).toEqual([
      { id: "amount-as-text", status: "failed" },
      { id: "asset-count-sum", status: "not-applicable", reasons: ["缺少所需的表：final-10"] },
      { id: "row-identity", status: "failed" },
      { id: "negative-amount", status: "passed" },
    ]);
    expect(j.checked).toBe("out/决算.checked.xlsx");
  });

  test("text: grouped by table, severity word, cell, message, 应为/实为/差额; rules not run; the checked file", () => {
    const lines = formatFileText(checked).trimEnd().split("\n");
    const at = lines.indexOf("  校验结果（错误 1 个，警告 0 个，提示 1 个）：");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual([
      "    公开01表 收入支出决算总表",
      "      提示  公开01表!C7  本表有 2 个数值以文本形式存储",
      "    公开03表 支出决算表",
      "      错误  公开03表!E6  合计：“本年支出合计”11.00 不等于 基本支出 + 项目支出 之和 10.00（应为 10.00，实为 11.00，差额 1.00）",
      "  未运行或未完成的校验（1 项）：",
      "    asset-count-sum（不适用）：缺少所需的表：final-10",
      "  已写出校验后的工作簿：out/决算.checked.xlsx",
    ]);
    expect(formatFileText({ file: "a.xlsx", result, run: { findings: [], rules: [] } })).toContain(
      "  校验结果：未发现问题。",
    );
  });

  test("summary: counts of 错误/警告/提示 and the rules not run", () => {
    expect(formatSummaryText([checked, bad])).toBe(
      "共 2 个文件，识别出 2 张表，1 个文件无法检查；错误 1 个，警告 0 个，提示 1 个；未运行的校验：不适用 1 项，未能校验 0 项。\n",
    );
  });

  test("exit code: 1 for an error-level finding, 0 for warnings/info only, 2 wins over 1", () => {
    expect(exitCodeFor([checked])).toBe(1);
    const infoOnly: FileReport = { ...checked, run: { findings: [run.findings[1]], rules: [] } };
    expect(exitCodeFor([infoOnly])).toBe(0);
    expect(exitCodeFor([checked, bad])).toBe(2);
    expect(exitCodeFor([{ ...infoOnly, writeError: "写出失败" }])).toBe(2);
  });
});

test("displayWidth", () => {
  expect(displayWidth("abc")).toBe(3);
  expect(displayWidth("支出")).toBe(4);
  expect(displayWidth("公开03表")).toBe(8);
  expect(displayWidth("（）")).toBe(4);
});
