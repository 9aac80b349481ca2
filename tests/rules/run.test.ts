import Decimal from "decimal.js";
import type { AmountCell, RecognitionResult, Table, TableId, TableRow } from "../../src/engine/model/table";
import { ruleList, rules } from "../../src/engine/rules";
import { hierarchySum } from "../../src/engine/rules/hierarchy-sum";
import { rowIdentity } from "../../src/engine/rules/row-identity";
import { interpolate, placeholders, runRules } from "../../src/engine/rules/run";
import type { RuleModule } from "../../src/engine/rules/types";

/** Hand-built tables: the runner and the rules see only the model, so a table need not come from a workbook. */
function cell(sheet: string, address: string, v: string | null): AmountCell {
  return {
    value: v === null ? null : new Decimal(v),
    ref: { sheet, address },
    raw: v === null ? null : Number(v),
    fromText: false,
    decimals: 2,
    ...(v === null && { empty: "blank" as const }),
  };
}

function table(
  id: TableId,
  sheet: string,
  columns: string[],
  rows: Array<[string | null, ...(string | null)[]]>,
): Table {
  const cols = columns.map((role, i) => ({ role, header: role, col: 2 + i }));
  const tableRows: TableRow[] = rows.map(([code, ...vals], i) => {
    const r = 3 + i;
    const cells: Record<string, AmountCell> = {};
    cols.forEach((c, j) => (cells[c.role] = cell(sheet, `${String.fromCharCode(67 + j)}${r + 1}`, vals[j] ?? null)));
    return code === null
      ? { kind: "total", role: "total", label: "合计", row: r, cells }
      : {
          kind: "code",
          label: `科目${code}`,
          row: r,
          cells,
          code: {
            code,
            printed: code,
            level: (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as 1 | 2 | 3,
            abbreviated: false,
            system: "function",
            ref: { sheet, address: `A${r + 1}` },
          },
        };
  });
  return {
    id,
    title: id,
    printedTitle: id,
    sheet,
    range: "A1:H10",
    unit: "万元",
    columns: cols,
    rows: tableRows,
    problems: [],
    notes: [],
    empty: false,
  };
}

const result = (...tables: Table[]): RecognitionResult => ({ tables, unplaced: [] });

const t03 = table(
  "final-03",
  "公开03表",
  ["total", "basic", "project"],
  [
    [null, "10", "4", "6"],
    ["210", "10", "4", "6"],
  ],
);

/** A toy rule that reports once per table it visits, with a Decimal amount in its data. */
const toy: RuleModule<{ limit: string; label: string }> = {
  meta: {
    id: "toy-rule",
    severity: "warning",
    category: "数值",
    requires: ["final-03"],
    messages: { big: "{{label}}：{{value}} 超过 {{limit}}" },
    docs: { description: "测试用规则", url: "docs/rules/toy-rule.md" },
    defaultOptions: { limit: "5", label: "默认" },
  },
  create(ctx) {
    return {
      "final-03"(t) {
        const c = t.rows[0].cells.total;
        if (c.value && c.value.greaterThan(ctx.options.limit))
          ctx.report({
            messageId: "big",
            data: { label: ctx.options.label, value: c.value, limit: ctx.options.limit },
            cells: [c.ref, t.rows[1].cells.total.ref],
            expected: new Decimal(ctx.options.limit),
            actual: c.value,
            difference: c.value.minus(ctx.options.limit),
          });
      },
    };
  },
};

describe("runRules", () => {
  test("a report becomes a Finding: message filled, cells as Sheet!A1, amounts fixed-2, severity and category from meta", () => {
    const out = runRules(result(t03), [toy]);
    expect(out.rules).toEqual([{ id: "toy-rule", status: "failed" }]);
    expect(out.findings).toEqual([
      {
        ruleId: "toy-rule",
        messageId: "big",
        severity: "warning",
        category: "数值",
        message: "默认：10.00 超过 5",
        table: "final-03",
        cells: ["公开03表!C4", "公开03表!C5"],
        expected: "5.00",
        actual: "10.00",
        difference: "5.00",
      },
    ]);
  });

  test("options overlay the rule's defaultOptions", () => {
    const out = runRules(result(t03), [toy], { options: { "toy-rule": { limit: "20" } } });
    expect(out.rules).toEqual([{ id: "toy-rule", status: "passed" }]);
    const out2 = runRules(result(t03), [toy], { options: { "toy-rule": { label: "自定义" } } });
    expect(out2.findings[0].message).toBe("自定义：10.00 超过 5");
  });

  test("a required table that is absent: not-applicable, with the reason", () => {
    const out = runRules(result(table("final-05", "公开05表", ["total"], [[null, "1"]])), [toy]);
    expect(out.rules).toEqual([{ id: "toy-rule", status: "not-applicable", reasons: ["缺少所需的表：final-03"] }]);
    expect(out.findings).toEqual([]);
  });

  test('requiresMode "any": one of the tables is enough; none of them is not-applicable', () => {
    expect(runRules(result(t03), [rowIdentity]).rules[0].status).toBe("passed");
    const none = runRules(result(), [rowIdentity]).rules[0];
    expect(none.status).toBe("not-applicable");
    expect(none.reasons![0]).toContain("final-02");
  });

  test("table visitors run once per table of that id, in recognition order", () => {
    const seen: string[] = [];
    const spy: RuleModule = {
      meta: { ...toy.meta, id: "spy", requires: [], defaultOptions: undefined },
      create: () => ({
        "final-03": (t) => void seen.push(t.sheet),
        "final-05": (t) => void seen.push(t.sheet),
        Workbook: (set) => void seen.push(`Workbook:${set.all.length}:${set.byId("final-03").length}`),
      }),
    };
    const second = { ...t03, sheet: "另一张" };
    runRules(result(t03, table("final-05", "公开05表", ["total"], [[null, "1"]]), second), [spy]);
    expect(seen).toEqual(["公开03表", "公开05表", "另一张", "Workbook:3:2"]);
  });

  test("notEvaluated without reports: not-evaluated with the reasons (prefixed by the table); with reports: failed", () => {
    const half: RuleModule = {
      meta: { ...toy.meta, id: "half", defaultOptions: undefined },
      create: (ctx) => ({
        "final-03": (t) => {
          ctx.notEvaluated("未识别到某列");
          if (t.sheet === "报告")
            ctx.report({
              messageId: "big",
              data: { label: "", value: 1, limit: 0 },
              cells: [t.rows[0].cells.total.ref],
            });
        },
      }),
    };
    expect(runRules(result(t03), [half]).rules).toEqual([
      { id: "half", status: "not-evaluated", reasons: ["公开03表（final-03）：未识别到某列"] },
    ]);
    expect(runRules(result(t03, { ...t03, sheet: "报告" }), [half]).rules[0].status).toBe("failed");
  });

  test("a rule bug (unknown messageId, no cells, no table from Workbook) throws with rethrow, else not-evaluated", () => {
    const bad = (
      report: Parameters<Parameters<RuleModule["create"]>[0]["report"]>[0],
      where: "table" | "Workbook",
    ): RuleModule => ({
      meta: { ...toy.meta, id: "bad", defaultOptions: undefined },
      create: (ctx) =>
        where === "table" ? { "final-03": () => ctx.report(report) } : { Workbook: () => ctx.report(report) },
    });
    const ref = t03.rows[0].cells.total.ref;
    const data = { label: "", value: 1, limit: 0 };
    const cases: Array<[RuleModule, RegExp]> = [
      [bad({ messageId: "nope", cells: [ref] }, "table"), /未声明的 messageId：nope/],
      [bad({ messageId: "big", data, cells: [] }, "table"), /没有单元格/],
      [bad({ messageId: "big", data, cells: [ref] }, "Workbook"), /必须指明 table/],
      [bad({ messageId: "big", data: { label: "" }, cells: [ref] }, "table"), /缺少数据：\{\{value\}\}/],
    ];
    for (const [rule, msg] of cases) {
      expect(() => runRules(result(t03), [rule], { rethrow: true })).toThrow(msg);
      const out = runRules(result(t03), [rule]);
      expect(out.findings).toEqual([]);
      expect(out.rules[0].status).toBe("not-evaluated");
      expect(out.rules[0].reasons![0]).toMatch(/^规则执行出错：/);
    }
    // From a Workbook visitor, naming the table is enough.
    const ok = bad({ messageId: "big", data, cells: [ref], table: t03 }, "Workbook");
    expect(runRules(result(t03), [ok]).findings[0]).toMatchObject({ table: "final-03", cells: ["公开03表!C4"] });
  });

  test("rules run in id order; by default every registered rule runs", () => {
    const out = runRules(result(t03), [rowIdentity, toy, ...ruleList.filter((r) => r !== rowIdentity)]);
    expect(out.rules.map((r) => r.id)).toEqual([...Object.keys(rules), "toy-rule"].sort());
    expect(runRules(result(t03)).rules.map((r) => r.id)).toEqual(Object.keys(rules));
  });
});

describe("the sum rules on hand-built tables", () => {
  test("both check every code-rows table, taken from the specs", () => {
    const codeRows = [
      "final-02",
      "final-03",
      "final-05",
      "final-07",
      "final-08",
      "budget-income-total",
      "budget-expense-total",
      "budget-gpb",
      "budget-gpb-basic",
      "budget-fund",
      "budget-soe",
    ];
    expect(hierarchySum.meta.requires).toEqual(codeRows);
    expect(rowIdentity.meta.requires).toEqual(codeRows);
    expect(Object.keys(hierarchySum.create({ options: { decimals: 2 } } as never))).toEqual(codeRows);
  });

  test("an unusable decimals option: not evaluated, with the reason", () => {
    for (const decimals of [1.5, -1, "2", 7]) {
      for (const rule of [hierarchySum, rowIdentity]) {
        const out = runRules(result(t03), [rule], { options: { [rule.meta.id]: { decimals } } });
        expect(out.rules[0].status).toBe("not-evaluated");
        expect(out.rules[0].reasons![0]).toMatch(/^规则执行出错：选项 decimals 必须是 0 到 6 之间的整数/);
      }
    }
  });

  test("hierarchy-sum: a 项 whose 款 is not printed belongs to no parent; 类 = Σ the printed 款", () => {
    const t = table(
      "final-05",
      "公开05表",
      ["total"],
      [
        [null, "10"],
        ["210", "10"],
        ["21011", "4"],
        ["2101101", "4"],
        ["21015", "6"],
        ["2101501", "6"],
        ["2101299", "1"],
      ],
    );
    expect(runRules(result(t), [hierarchySum]).findings).toEqual([]);
  });

  test("row-identity: a table without its total column is not evaluated for that table", () => {
    const noTotal = table("final-05", "公开05表", ["basic", "project"], [[null, "4", "6"]]);
    const out = runRules(result(noTotal), [rowIdentity]);
    expect(out.findings).toEqual([]);
    expect(out.rules[0]).toEqual({
      id: "row-identity",
      status: "not-evaluated",
      reasons: ["公开05表（final-05）：未识别到“合计”列，无法核对 合计 = 各组成列之和"],
    });
  });

  test("row-identity: a table with its total but none of the parts is not evaluated", () => {
    const onlyTotal = table("final-05", "公开05表", ["total"], [[null, "10"]]);
    const out = runRules(result(onlyTotal), [rowIdentity]);
    expect(out.rules[0].status).toBe("not-evaluated");
    expect(out.rules[0].reasons![0]).toContain("未识别到“合计”的任何组成列");
  });

  test("row-identity: still reports on the tables it can check, and says which it could not", () => {
    const noTotal = table("final-05", "公开05表", ["basic", "project"], [[null, "4", "6"]]);
    const bad03 = table("final-03", "公开03表", ["total", "basic", "project"], [[null, "11", "4", "6"]]);
    const out = runRules(result(bad03, noTotal), [rowIdentity]);
    expect(out.findings.map((f) => f.cells[0])).toEqual(["公开03表!C4"]);
    expect(out.rules[0].status).toBe("failed");
    expect(out.rules[0].reasons).toHaveLength(1);
  });
});

describe("message templates", () => {
  test("interpolate fills {{name}} (spaces allowed) and shows a Decimal fixed-2", () => {
    expect(interpolate("{{a}} 与 {{ b }}，{{a}}", { a: "甲", b: new Decimal("1.5") })).toBe("甲 与 1.50，甲");
    expect(() => interpolate("{{missing}}", {})).toThrow(/缺少数据/);
  });

  test("placeholders lists names once, in order", () => {
    expect(placeholders("{{row}} {{column}} {{row}}")).toEqual(["row", "column"]);
  });
});
