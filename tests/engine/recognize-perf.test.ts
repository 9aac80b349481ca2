/**
 * Recognition of the 绩效 forms (form.ts with the perf-* specs) on the seed workbooks: fields, grids, the headings
 * carried down onto the indicator rows, and the cells every 绩效 check reads.
 */
import type { Table, TableRow } from "../../src/engine/model/table";
import { recognize } from "../../src/engine/recognize";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";

const tables = (n: FixtureName) => recognize(fixtureSnapshot(n)).tables.filter((t) => t.id.startsWith("perf-"));

/** role → "value@cell" ("∅" for a blank or dash). */
function cells(row: TableRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.cells))
    out[k] = `${v.value === null ? "∅" : v.value.toFixed()}@${v.ref.address}`;
  return out;
}

const byRole = (t: Table, role: string, section?: string) =>
  t.rows.find((r) => r.role === role && (section === undefined || r.section === section))!;

describe("seed000: six 项目支出绩效自评表 on one sheet", () => {
  const ts = tables("seed000-zhushan-2024-final");
  test("项目资金 line and 总分 of the third form (城乡居民意外伤害督查工作经费)", () => {
    const t = ts[2];
    expect(t.range).toBe("A47:I67");
    expect(cells(byRole(t, "total", "funds"))).toEqual({
      initial: "40@C52",
      budget: "40@D52",
      actual: "39.972@E52",
      weight: "10@F52",
      rate: "99.93@G52",
      score: "7@H52",
    });
    expect(cells(byRole(t, "total", "indicators"))).toEqual({ weight: "100@G67", score: "88.53@H67" });
  });
  test("an indicator row carries its 一级/二级指标 and is named by its 三级指标", () => {
    const r = ts[0].rows.find((x) => x.label === "参保率")!;
    expect(r.groups!.map((g) => `${g.label}@${g.ref.address}`)).toEqual(["产出指标@B14", "数量指标@C14"]);
    expect(cells(r)).toEqual({ weight: "10@G14", score: "8.25@H14" });
  });
  test("a heading row with no indicator (社会成本指标 alone) is not a row", () => {
    expect(ts[2].rows.filter((r) => r.section === "indicators").map((r) => r.row + 1)).toEqual([
      57, 60, 61, 62, 63, 64, 65, 66, 67,
    ]);
  });
});

describe("seed001: 部门整体支出绩效自评表 with tasks under a two-row header", () => {
  const t = tables("seed001-danfeng-2024-final").find((x) => x.id === "perf-dept-self")!;
  test("the header paths 全年预算数/总额 … map to their columns", () => {
    expect(t.columns.slice(0, 6).map((c) => `${c.role}@${c.col}`)).toEqual([
      "budget@4",
      "budget.fiscal@5",
      "budget.other@6",
      "actual@7",
      "actual.fiscal@8",
      "actual.other@9",
    ]);
  });
  test("task rows and 金额合计", () => {
    const tasks = t.rows.filter((r) => r.section === "tasks");
    expect(tasks.map((r) => `${r.kind}:${r.role}:${r.label}`)).toEqual([
      "line:task:任务1 人员经费",
      "line:task:任务2 专项经费",
      "total:total:金额合计",
    ]);
    expect(cells(tasks[2])).toMatchObject({
      budget: "1044.2@E8",
      actual: "1044.22@H8",
      weight: "10@K8",
      rate: "100@L8",
      score: "10@M8",
    });
  });
  test("block headings with their stated 分", () => {
    const heads = [
      ...new Set(
        t.rows.filter((r) => r.section === "indicators" && r.kind === "line").map((r) => r.groups![0].ref.address),
      ),
    ];
    expect(heads).toEqual(["B12", "B18", "B24"]);
  });
});

describe("seed002: stacked forms with 预算执行情况 and a 总分 printed in column B", () => {
  const ts = tables("seed002-zengdu-2023-final");
  test("部门绩效自评表: 基本/项目支出总额 fields, 部门整体支出总额, 总分", () => {
    const t = ts[0];
    expect(t.id).toBe("perf-dept-self");
    expect(cells(byRole(t, "basicTotal"))).toEqual({ value: "590.11@B4" });
    expect(cells(byRole(t, "projectTotal"))).toEqual({ value: "10638.9@E4" });
    expect(cells(byRole(t, "total", "funds"))).toEqual({
      budget: "11757.05@B6",
      actual: "11757.05@C6",
      rate: "100@D6",
      score: "20@E6",
    });
    expect(cells(byRole(t, "total", "indicators"))).toEqual({ score: "100@B17" });
  });
  test("城乡居民 自评表: the remark row “(20分*执行率)” belongs to the 得分 header; “100分” is read as 100", () => {
    const t = ts[2];
    expect(t.columns.find((c) => c.col === 5)!.header).toBe("得分 / (20分*执行率)");
    expect(cells(byRole(t, "total", "indicators"))).toEqual({ score: "100@B70" });
    expect(t.rows.some((r) => r.label.startsWith("年度绩效目标"))).toBe(false);
  });
});

describe("seed003: 绩效目标表 fields", () => {
  const ts = tables("seed003-donghu-2024-budget");
  test("部门整体支出绩效目标表", () => {
    const t = ts.find((x) => x.id === "perf-dept-target")!;
    expect(t.unit).toBe("万元");
    expect(t.rows.map((r) => `${r.role}=${cells(r).value}`)).toEqual([
      "income.total=418@C5",
      "income.fiscal=418@B6",
      "income.other=0@D6",
      "expense.total=418@C7",
      "expense.basic=380@B8",
      "expense.project=31.94@D8",
    ]);
  });
  test("项目支出绩效目标表", () => {
    const t = ts.find((x) => x.id === "perf-project-target")!;
    expect(t.rows.map((r) => `${r.role}=${cells(r).value}`)).toEqual([
      "total=30.937@C5",
      "fiscal=0@C6",
      "other=0@C7",
      "carryOver=0@C8",
    ]);
  });
});

describe("seed004: evaluation tables", () => {
  const ts = tables("seed004-qingyunpu-2022-evaluation");
  test("得分一览表: 权重/得分/得分率 with the 一级指标 heading; 合计", () => {
    const t = ts.find((x) => x.id === "perf-eval-scores")!;
    const r = t.rows.find((x) => x.label === "社会效益")!;
    expect(cells(r)).toEqual({ weight: "14@C16", score: "12@D16", rate: "86.67@E16" });
    expect(r.groups!.map((g) => g.label)).toEqual(["部门效益指标 (30分)"]);
    expect(cells(byRole(t, "total"))).toEqual({ weight: "100@C20", score: "88.8@D20", rate: "88.8@E20" });
  });
  test("指标评分表: 40 indicators under two heading levels", () => {
    const t = ts.find((x) => x.id === "perf-eval-indicators")!;
    expect(t.rows).toHaveLength(40);
    expect(t.rows[10].groups!.map((g) => g.label)).toEqual(["部门管理(25分)", "政府采购管理(3 分)"]);
  });
  test("资产情况明细表 in 元", () => {
    const t = ts.find((x) => x.id === "perf-eval-assets")!;
    expect(t.unit).toBe("元");
    expect(cells(t.rows.find((x) => x.label === "固定资产净值")!)).toMatchObject({
      "opening.amount": "76636.88@C20",
      "closing.amount": "101081.11@E20",
    });
  });
});
