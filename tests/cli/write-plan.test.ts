/** The host-agnostic write plan (src/engine/report): marks, notes, the 校验结果 rows and their hyperlinks. */
import type { Finding } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import {
  buildWritePlan,
  hyperlinkTarget,
  quoteSheetName,
  REPORT_HEADER,
  REPORT_TITLE,
  SEVERITY_FILL,
  sortFindings,
  tableLabel,
} from "../../src/engine/report";
import { runRules } from "../../src/engine/rules/run";
import { fixtureSnapshot } from "../support/fixtures";

const f = (over: Partial<Finding> & Pick<Finding, "cells">): Finding => ({
  ruleId: "row-identity",
  messageId: "mismatch",
  severity: "error",
  category: "表内勾稽",
  message: "合计：不相等",
  table: "final-03",
  ...over,
});

describe("buildWritePlan", () => {
  const findings: Finding[] = [
    f({
      table: "final-05",
      cells: ["公开05表!D8", "公开05表!E8"],
      severity: "info",
      message: "尾差",
      messageId: "tail",
      expected: "363.60",
      actual: "363.59",
      difference: "-0.01",
    }),
    f({
      table: "final-03",
      cells: ["公开03表!E10", "公开03表!E11"],
      expected: "5.00",
      actual: "6.00",
      difference: "1.00",
    }),
    f({
      table: "final-03",
      cells: ["公开03表!C6"],
      severity: "warning",
      ruleId: "negative-amount",
      category: "数值",
      message: "为负数",
    }),
    f({
      table: "final-03",
      cells: ["公开03表!E10"],
      severity: "info",
      ruleId: "amount-as-text",
      category: "数值",
      message: "文本",
    }),
    f({
      table: "final-01",
      cells: ["公开01表!B9"],
      severity: "info",
      ruleId: "amount-as-text",
      category: "数值",
      message: "文本",
    }),
  ];
  const plan = buildWritePlan(findings);

  test("findings are sorted by table, then by the marked cell (row before column, E10 after C6)", () => {
    expect(plan.findings.map((x) => x.cells[0])).toEqual([
      "公开01表!B9",
      "公开03表!C6",
      "公开03表!E10",
      "公开03表!E10",
      "公开05表!D8",
    ]);
    // Same cell: the order the rules reported them in is kept.
    expect(plan.findings[2].ruleId).toBe("row-identity");
    expect(plan.counts).toEqual({ error: 1, warning: 1, info: 3 });
  });

  test("one mark per marked cell, filled by the worst severity, its note listing every finding there", () => {
    expect(plan.marks.map((m) => [m.sheet, m.address, m.severity, m.fill, m.findings])).toEqual([
      ["公开01表", "B9", "info", "FFEB9C", [1]],
      ["公开03表", "C6", "warning", "FCD5B4", [2]],
      ["公开03表", "E10", "error", "FFC7CE", [3, 4]],
      ["公开05表", "D8", "info", "FFEB9C", [5]],
    ]);
    expect(plan.marks[2].note).toBe(
      "【错误】表内勾稽：合计：不相等（应为 5.00，实为 6.00，差额 1.00）\n【提示】数值：文本",
    );
    expect(plan.marks[3].note).toBe("【提示】表内勾稽：尾差（应为 363.60，实为 363.59，差额 -0.01）");
    // Evidence cells are not marked.
    expect(plan.marks.some((m) => m.address === "E11" || m.address === "E8")).toBe(false);
  });

  test("the report sheet: title, header, one row per finding with 应为/实为/差额, a hyperlink on 位置", () => {
    const r = plan.report;
    expect(r.name).toBe("校验结果");
    expect(r.rows[0]).toEqual([REPORT_TITLE]);
    expect(r.rows[1]).toEqual(["序号", "严重程度", "类别", "表", "位置", "问题说明", "应为", "实为", "差额"]);
    expect(r.rows[1]).toEqual(REPORT_HEADER);
    expect(r.rows.length).toBe(r.firstDataRow + findings.length);
    expect(r.rows[r.firstDataRow + 2]).toEqual([
      3,
      "错误",
      "表内勾稽",
      "公开03表 支出决算表",
      "公开03表!E10",
      "合计：不相等",
      "5.00",
      "6.00",
      "1.00",
    ]);
    expect(r.rows[r.firstDataRow + 1]).toEqual([
      2,
      "警告",
      "数值",
      "公开03表 支出决算表",
      "公开03表!C6",
      "为负数",
      "",
      "",
      "",
    ]);
    expect(r.links.map((l) => [l.row, l.col, l.target])).toEqual([
      [2, 4, "#公开01表!B9"],
      [3, 4, "#公开03表!C6"],
      [4, 4, "#公开03表!E10"],
      [5, 4, "#公开03表!E10"],
      [6, 4, "#公开05表!D8"],
    ]);
    expect(r.severities).toEqual(["info", "warning", "error", "info", "info"]);
  });

  test("no findings: an empty plan with the title and header only", () => {
    const empty = buildWritePlan([], { sheetName: "校验结果(2)" });
    expect(empty.marks).toEqual([]);
    expect(empty.report.rows).toEqual([[REPORT_TITLE], [...REPORT_HEADER]]);
    expect(empty.report.name).toBe("校验结果(2)");
    expect(empty.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test("is pure: the input is not reordered or changed", () => {
    const copy = JSON.parse(JSON.stringify(findings)) as Finding[];
    buildWritePlan(findings);
    expect(findings).toEqual(copy);
  });

  test("sheet names that need quoting: spaces, punctuation, a name like a cell, a quote in the name", () => {
    expect(quoteSheetName("公开03表")).toBe("公开03表");
    expect(quoteSheetName("决算公开表")).toBe("决算公开表");
    expect(quoteSheetName("Sheet 1")).toBe("'Sheet 1'");
    expect(quoteSheetName("校验结果(2)")).toBe("'校验结果(2)'");
    expect(quoteSheetName("01")).toBe("'01'");
    expect(quoteSheetName("2024.决算")).toBe("'2024.决算'");
    expect(quoteSheetName("（公开）")).toBe("'（公开）'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("张三's")).toBe("'张三''s'");
    expect(hyperlinkTarget("公开 03 表", "E6")).toBe("#'公开 03 表'!E6");
    const odd = buildWritePlan([f({ cells: ["表!1!C3"] })]);
    expect(odd.marks[0]).toMatchObject({ sheet: "表!1", address: "C3" });
    expect(odd.report.links[0].target).toBe("#'表!1'!C3");
  });

  test("table labels are the 表号 and the standard title", () => {
    expect(tableLabel("final-01")).toBe("公开01表 收入支出决算总表");
    expect(tableLabel("final-09")).toMatch(/^公开09表 /);
    // 预算 and 绩效 tables have no 表号: their title alone, never the internal id.
    expect(tableLabel("budget-gpb")).toBe("一般公共预算支出表");
    expect(tableLabel("perf-project-self")).not.toMatch(/perf-/);
    expect(sortFindings([])).toEqual([]);
  });

  test("on seed001 with the full registry: every finding has a row and a link to its first cell", () => {
    const out = runRules(recognize(fixtureSnapshot("seed001-danfeng-2024-final")));
    const p = buildWritePlan(out.findings);
    expect(p.report.rows.length - p.report.firstDataRow).toBe(out.findings.length);
    const marked = new Set(p.marks.map((m) => `${m.sheet}!${m.address}`));
    for (const x of out.findings) expect(marked.has(x.cells[0])).toBe(true);
    p.report.links.forEach((l, i) => expect(p.report.rows[l.row][4]).toBe(p.findings[i].cells[0]));
    for (const m of p.marks) expect(m.fill).toBe(SEVERITY_FILL[m.severity]);
  });
});
