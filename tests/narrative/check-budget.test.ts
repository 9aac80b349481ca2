/**
 * The narrative checker on a 部门预算情况说明 (seed003, 南昌市东湖区医疗保障局 2024): the budget-* tables are what the
 * text is checked against. Truth covered:
 *   seed003-24 (classification_suspicious, warning): 机关运行费预算 22.3 万元 vs 一般公共预算基本支出表 公用经费 合计 21.30.
 *   seed003-23 (other, error, no cell): 按经济分类 各项较上年增减之和 +86.10 vs 支出预算总额较上年增加 83.10.
 * No other finding at error level on this text.
 */
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { checkNarrative, type NarrativeFinding } from "../../src/engine/narrative/check";
import { recognize } from "../../src/engine/recognize";
import { FIXTURES, fixtureSnapshot, truth, type TruthItem } from "../support/fixtures";

type Item = TruthItem & { quote?: string };
const SEED = "seed003-donghu-2024-budget" as const;
const squash = (s: string) => s.replace(/\s+/g, "");
const text = fs.readFileSync(path.join(FIXTURES, `${SEED}-narrative.txt`), "utf8");
const result = checkNarrative(text, recognize(fixtureSnapshot(SEED)));
const items = truth(SEED) as Item[];
const item = (id: string) => items.find((t) => t.id === id)!;

function matches(f: NarrativeFinding, t: Item): boolean {
  const q = squash(t.quote ?? "@@");
  if (!squash(f.quote).includes(q) && !q.includes(squash(f.quote))) return false;
  if (f.severity !== t.severity) return false;
  if (t.cell !== undefined && f.cells[0] !== t.cell) return false;
  return f.actual !== undefined && new Decimal(f.actual).eq(new Decimal(String(t.actual)));
}

function numbersOf(f: NarrativeFinding, t: Item): void {
  expect(f.expected).toBe(new Decimal(String(t.expected)).toFixed(2));
  expect(f.actual).toBe(new Decimal(String(t.actual)).toFixed(2));
  expect(f.difference).toBe(new Decimal(String(t.difference)).toFixed(2));
}

describe(`${SEED} 情况说明`, () => {
  test("seed003-24: 机关运行费预算 22.3 万元 is flagged against 一般公共预算基本支出表 公用经费 合计 (E6), as a warning", () => {
    const t = item("seed003-24");
    const found = result.findings.filter((f) => matches(f, t));
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.messageId).toBe("operating-cost");
    expect(f.cells).toEqual(["一般公共预算基本支出表!E6"]);
    expect(f.table).toBe("budget-gpb-basic");
    expect(f.category).toBe("表文一致");
    expect(f.message).toContain("公用经费 合计 21.30 万元");
    numbersOf(f, t);
  });

  test("seed003-23: 经济分类 items' 较上年 changes (+86.10) vs the stated total change (+83.10) — error, no cell", () => {
    const t = item("seed003-23");
    const found = result.findings.filter((f) => matches(f, t));
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.messageId).toBe("change-sum-mismatch");
    expect(f.cells).toEqual([]);
    expect(f.table).toBeUndefined();
    expect(f.message).toContain("+112.51");
    expect(f.message).toContain("83.10");
    numbersOf(f, t);
  });

  test("the 功能科目 and 项目类别 breakdowns, whose changes add up to 83.10, are not reported", () => {
    const changeSums = result.findings.filter((f) => f.messageId === "change-sum-mismatch");
    expect(changeSums.map((f) => squash(f.quote).startsWith("按支出经济分类划分"))).toEqual([true]);
  });

  test("no error-level finding outside the truth", () => {
    const extra = result.findings.filter((f) => f.severity === "error" && !items.some((t) => matches(f, t)));
    expect(extra.map((f) => `${f.messageId} ${f.cells[0] ?? ""} ${f.quote}`)).toEqual([]);
  });

  test("every finding quotes its sentence verbatim", () => {
    for (const f of result.findings) expect(squash(text)).toContain(squash(f.quote));
  });
});

describe("amounts of the 部门预算情况说明 against the budget-* tables", () => {
  const recognition = recognize(fixtureSnapshot(SEED));
  const changed = (from: string, to: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(from, i + 1);
    expect(i).toBeGreaterThanOrEqual(0);
    return checkNarrative(text.slice(0, i) + to + text.slice(i + from.length), recognition).findings.filter(
      (f) => f.messageId === "amount-mismatch",
    );
  };
  const at = (fs: NarrativeFinding[]) => fs.map((f) => [f.severity, f.table, f.cells[0].replace(/^.*!/, ""), f.actual]);

  test("the published text's 类 lines, 基本/项目支出, 支出预算总额 and 三公 items all agree: no amount-mismatch", () => {
    expect(result.findings.filter((f) => f.messageId === "amount-mismatch")).toEqual([]);
  });

  test("a 类 line in 一、(二) is checked against the 部门支出总表", () => {
    expect(at(changed("卫生健康支出 354.2 万元", "卫生健康支出 355.2 万元"))).toEqual([
      ["error", "budget-expense-total", "C10", "355.20"],
    ]);
  });

  test("the same 类 line in (三)财政拨款支出情况 is checked against the 一般公共预算支出表", () => {
    expect(at(changed("卫生健康支出354.2万元", "卫生健康支出354.3万元"))).toEqual([
      ["error", "budget-gpb", "C10", "354.30"],
    ]);
  });

  test("基本支出 and 支出预算总额 against the 合计 row", () => {
    expect(at(changed("基本支出 386.62 万元", "基本支出 386.72 万元"))).toEqual([
      ["error", "budget-expense-total", "D6", "386.72"],
    ]);
    expect(at(changed("支出预算总额为 418.56 万元", "支出预算总额为 418.66 万元"))).toEqual([
      ["error", "budget-expense-total", "C6", "418.66"],
    ]);
  });

  test("三公 items against the “三公”经费支出表", () => {
    expect(at(changed("公务接待费0.5万元", "公务接待费0.6万元"))).toEqual([
      ["error", "budget-three-public", "G6", "0.60"],
    ]);
    expect(at(changed("安排0.5万元", "安排0.7万元"))).toEqual([["error", "budget-three-public", "C6", "0.70"]]);
  });
});

describe("breakdown changes vs the total's change (synthetic text, no tables needed)", () => {
  const none = recognize(fixtureSnapshot(SEED));
  const run = (body: string) =>
    checkNarrative(`(二) 支出预算情况\n\n支出预算总额为 100.00 万元,较上年预算安排增加 10.00 万元;\n\n${body}`, none);

  test("parts that add up to the total's change: nothing", () => {
    const r = run(
      "按支出经济分类划分:工资福利支出60万元,较上年预算安排增加12.00万元;商品和服务支出40万元,较上年预算安排减少2.00万元。",
    );
    expect(r.findings.filter((f) => f.messageId === "change-sum-mismatch")).toEqual([]);
  });

  test("a difference within n × 0.005 is not an error", () => {
    const r = run(
      "按支出经济分类划分:工资福利支出60万元,较上年预算安排增加12.01万元;商品和服务支出40万元,较上年预算安排减少2.00万元。",
    );
    expect(r.findings.filter((f) => f.messageId === "change-sum-mismatch")).toEqual([]);
  });

  test("a decrease stated for the total is compared with its sign", () => {
    const r = checkNarrative(
      "(二) 支出预算情况\n\n支出预算总额为 100.00 万元,较上年预算安排减少 10.00 万元;\n\n按支出功能科目划分:卫生健康支出60万元,较上年预算安排减少12.00万元;住房保障支出40万元,较上年预算安排增加3.00万元。",
      none,
    );
    const f = r.findings.filter((x) => x.messageId === "change-sum-mismatch");
    expect(f.map((x) => [x.severity, x.expected, x.actual, x.difference])).toEqual([
      ["error", "-10.00", "-9.00", "1.00"],
    ]);
  });
});
