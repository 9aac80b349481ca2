/**
 * Each thing the narrative checker reports, on a sentence written for it, against seed000's recognised tables
 * (01表 本年收入合计 363.59, 05表 类 208 23.10, 06表 301 192.80, 09表 公务接待费 0.27 …), and the sheet detection.
 */
import { checkNarrative, detectNarrativeSheet, narrativeTextOfSheet } from "../../src/engine/narrative/check";
import type { NarrativeCheckResult } from "../../src/engine/narrative/check";
import { recognize } from "../../src/engine/recognize";
import { createSnapshot } from "../../src/engine/snapshot";
import { fixtureSnapshot } from "../support/fixtures";

const tables = recognize(fixtureSnapshot("seed000-zhushan-2024-final"));
const check = (text: string): NarrativeCheckResult => checkNarrative(text, tables);
const ids = (r: NarrativeCheckResult) => r.findings.map((f) => `${f.severity} ${f.messageId}`);

describe("amounts against the cells they name", () => {
  test("a correct amount gives nothing; the sentence counts as evaluated", () => {
    const r = check("一、收入决算情况说明\n本年收入合计 363.59 万元。");
    expect(r.findings).toEqual([]);
    expect([r.sentencesWithFigures, r.evaluated]).toEqual([1, 1]);
  });

  test("a misquoted amount is an error at the table cell, with expected/actual/difference and the quote", () => {
    const r = check("一、收入决算情况说明\n本年收入合计 1,363.59 万元，比上年增加 13.80 万元。");
    expect(ids(r)).toEqual(["error amount-mismatch"]);
    const f = r.findings[0];
    expect([f.cells[0], f.table, f.expected, f.actual, f.difference, f.category]).toEqual([
      "公开01表!C33",
      "final-01",
      "363.59",
      "1363.59",
      "1000.00",
      "表文一致",
    ]);
    expect(f.quote).toBe("本年收入合计 1,363.59 万元，比上年增加 13.80 万元");
    expect(f.message).toContain("本年收入合计");
  });

  test("the section decides the table: 基本支出 in 二、支出决算 is 03表, in 四、一般公共预算 it is 05表", () => {
    const r = check(
      "二、支出决算情况说明\n基本支出 199.00 万元。\n四、一般公共预算财政拨款基本支出决算情况说明\n基本支出 199.00 万元。",
    );
    expect(r.findings.map((f) => f.cells[0])).toEqual(["公开03表!F6", "公开05表!E8"]);
    expect(r.findings.map((f) => f.table)).toEqual(["final-03", "final-05"]);
  });

  test("a 类 name with the wrong amount, and a 类 name the table does not have (the amount tells the row)", () => {
    const r = check(
      "三、财政拨款支出决算情况说明\n社会保障和就业支出（类）决算数 22.98 万元。\n一般公共服务（类）支出 22.98 万元。",
    );
    expect(ids(r)).toEqual(["error amount-mismatch", "error name-mismatch"]);
    expect(r.findings[0].message).toContain("2080505");
    expect(r.findings[1].expected).toBe(
      "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项） 2080505",
    );
    expect(r.findings[1].actual).toBe("一般公共服务（类）");
    expect(r.findings[1].cells[0]).toBe("公开05表!D11");
  });

  test("an unknown name with an amount that is no table's: not evaluated, never guessed", () => {
    const r = check("十、机关运行经费支出情况说明\n一般公共服务（类）支出 1.11 万元。\n机关运行经费支出 5.42 万元。");
    expect(r.findings).toEqual([]);
    expect(r.notEvaluated.map((n) => n.reason)).toEqual([
      expect.stringContaining("不是03表中任何科目的金额"),
      expect.stringContaining("在表中无对应单元格"),
    ]);
  });

  test("an amount in 元 is not compared with a table in 万元", () => {
    const r = check("一、收入决算情况说明\n本年收入合计 3635900 元。");
    expect(r.findings).toEqual([]);
    expect(r.notEvaluated[0].reason).toContain("单位不是万元");
  });
});

describe("generated text and thresholds", () => {
  test("【待填写】 slots are skipped; the subject before a missing figure still names the cell", () => {
    const r = check(
      "五、一般公共预算财政拨款支出决算情况说明\n【待填写：年度】一般公共预算财政拨款支出年初预算为【待填写：年初预算数】万元，支出决算为363.00万元。",
    );
    expect(ids(r)).toEqual(["error amount-mismatch"]);
    expect(r.findings[0].cells[0]).toBe("公开05表!D8");
  });

  test("“；其中：” continues the sentence before: its items are shares of that total", () => {
    const r = check(
      "二、支出决算情况说明\n本年支出合计363.59万元；其中：基本支出199.58万元，占54.89%；项目支出164.02万元，占40.00%。",
    );
    expect(ids(r)).toEqual(["error ratio-mismatch"]);
    expect(r.findings[0].expected).toBe("45.11");
  });

  test("“单价 100 万元（含）以上” is a threshold, neither checked nor reported", () => {
    const r = check("八、国有资产占用情况说明\n本部门单价 100 万元（含）以上设备（不含车辆）0 台（套）。");
    expect([r.findings, r.notEvaluated, r.evaluated]).toEqual([[], [], 1]);
  });
});

describe("percentages recomputed", () => {
  test("占比 against the list's lead-in total: wrong is an error, the rounding of shown inputs is not", () => {
    const r = check(
      "一、收入决算情况说明\n本年收入的具体构成：财政拨款收入 363.59 万元，占 90.00%；事业收入 0.00 万元，占 0.00%。",
    );
    expect(ids(r)).toEqual(["error ratio-mismatch"]);
    expect([r.findings[0].expected, r.findings[0].actual, r.findings[0].difference]).toEqual([
      "100.00",
      "90.00",
      "-10.00",
    ]);
  });

  test("增长率 beyond what the shown amounts allow is an error; within is info (尾差)", () => {
    const bad = check("一、收入决算情况说明\n本年收入合计 363.59 万元，比上年增加 13.80 万元，增长 4.10%。");
    expect(ids(bad)).toEqual(["error ratio-mismatch"]);
    expect(bad.findings[0].expected).toBe("3.95");
    const tail = check("一、收入决算情况说明\n本年收入合计 363.59 万元，比上年增加 13.80 万元，增长 3.94%。");
    expect(ids(tail)).toEqual(["info ratio-rounding"]);
  });

  test("the subject a previous sentence named carries over; the amount comes from the table (09表 公务接待费 0.27)", () => {
    const r = check(
      "五、财政拨款“三公”经费支出决算情况说明\n（三）公务接待费全年预算数 0.27 万元，决算数 0.27 万元。决算数比上年增加 0.20 万元，增长 400.00%。",
    );
    expect(ids(r)).toEqual(["error ratio-mismatch"]);
    expect(r.findings[0].cells[0]).toBe("公开09表!E11");
  });

  test("完成预算% from the stated amounts", () => {
    const r = check(
      "三、财政拨款支出决算情况说明\n（一）社会保障和就业支出（类）年初预算数 18.01 万元，决算数 23.10 万元，完成年初预算的 120.00%。",
    );
    expect(ids(r)).toEqual(["error ratio-mismatch"]);
    expect(r.findings[0].expected).toBe("128.26");
    expect(r.findings[0].cells).toEqual(["公开05表!D9"]);
  });

  test("上年为0: an increase of the whole amount has no growth rate (info); a change of 0 is 持平, not 增长 100% (error)", () => {
    const r = check(
      "五、财政拨款“三公”经费支出决算情况说明\n公务接待费支出决算为 0.27 万元，较上年增加 0.27 万元，增长 100%。\n公务用车购置费支出决算为 0 万元，较上年增加 0 万元，增长 100%。",
    );
    expect(ids(r)).toEqual(["info prior-zero", "error zero-change"]);
    expect(r.findings[1].expected).toBe("0.00");
  });

  test("增加/减少 against 增长/下降: opposite directions are an error", () => {
    const r = check(
      "四、一般公共预算财政拨款基本支出决算情况说明\n（二）商品和服务支出 5.42 万元，比上年减少 64.37 万元，增长 92.23%。",
    );
    expect(ids(r)).toEqual(["error change-word"]);
    expect(r.findings[0].cells[0]).toBe("公开06表!F6");
  });

  test("a percentage the checker cannot classify is not evaluated", () => {
    const r = check("一、收入决算情况说明\n本年收入合计 363.59 万元，约 12.5%。");
    expect(r.findings).toEqual([]);
    expect(r.notEvaluated[0].reason).toContain("看不出是占比、增长率还是完成率");
  });
});

describe("totals and their listed parts", () => {
  test("a sum beyond the tolerance is an error; within n × 0.005 it is 尾差 (info)", () => {
    const bad = check(
      "七、政府采购支出情况说明\n政府采购支出总额 3.64 万元，其中：政府采购货物支出 3.00 万元、政府采购服务支出 0.50 万元。",
    );
    expect(ids(bad)).toEqual(["error sum-mismatch"]);
    expect([bad.findings[0].expected, bad.findings[0].actual, bad.findings[0].difference]).toEqual([
      "3.50",
      "3.64",
      "0.14",
    ]);
    expect(bad.findings[0].cells).toEqual([]);
    expect(bad.findings[0].table).toBeUndefined();
    const tail = check(
      "七、政府采购支出情况说明\n政府采购支出总额 3.64 万元，其中：政府采购货物支出 3.14 万元、政府采购服务支出 0.49 万元。",
    );
    expect(ids(tail)).toEqual(["info sum-tail"]);
  });

  test("a paragraph ending “其中：” and the paragraphs that list its parts", () => {
    const r = check(
      "四、一般公共预算财政拨款基本支出决算情况说明\n基本支出 199.58 万元，其中：\n（一）工资福利支出 192.80 万元。\n（二）商品和服务支出 5.42 万元。\n五、下一节",
    );
    expect(ids(r)).toEqual(["error sum-mismatch"]);
    expect(r.findings[0].cells[0]).toBe("公开05表!E8");
  });

  test("中小企业 share of a category is bounded by the paragraph's 政府采购 figures", () => {
    const text =
      "七、政府采购支出情况说明\n本部门政府采购支出总额 3.64 万元，其中：政府采购货物支出 3.00 万元、政府采购服务支出 0.64 万元。授予中小企业合同金额 3.64 万元，占政府采购支出总额的 100.00%。货物采购授予中小企业合同金额占货物支出金额的 82.4%，服务采购授予中小企业合同金额占服务支出金额的 100%。";
    const r = check(text);
    expect(ids(r)).toEqual(["error ratio-mismatch"]);
    expect([r.findings[0].expected, r.findings[0].actual]).toEqual(["100.00", "82.40"]);
  });
});

describe("what is not a figure to pair", () => {
  test("amounts in brackets break down the item before them; a list in 元 is summed in 元", () => {
    const r = check(
      "十、机关运行经费支出情况说明\n调整后全年预算支出数为 4,306,084.38 元，其中：基本支出 595,791.13 元（人员经费 537,073.41 元、公用经费 58,717.72 元），项目支出 3,710,293.25 元。",
    );
    expect(r.findings).toEqual([]);
    const bad = check(
      "十、机关运行经费支出情况说明\n支出数为 4,306,084.38 元，其中：基本支出 595,791.13 元，项目支出 3,710,293.00 元。",
    );
    expect(ids(bad)).toEqual(["error sum-mismatch"]);
    expect(bad.findings[0].message).toContain("4306084.38 元与所列各项之和 4306084.13 元");
  });

  test("“比上年增（减）0 万元” is a change, not a listed part; “× 100%” of a spelled-out formula is no percentage", () => {
    const r = check(
      "五、财政拨款“三公”经费支出决算情况说明\n为“三公”经费财政拨款安排0.27万元，其中：因公出国（境）费0万元，比上年增（减）0万元。\n完成率=(0.27/0.27) × 100%=100%。",
    );
    expect(r.findings).toEqual([]);
  });

  test("list items under different totals are not “the same indicator stated twice”", () => {
    const r = check(
      "十、机关运行经费支出情况说明\n基本支出 5 万元，其中：办公经费开支 3 万元、水电开支费 2 万元。项目支出 4 万元，其中：办公经费开支 1 万元、水电开支费 3 万元。",
    );
    expect(r.findings.filter((f) => f.messageId === "stated-twice")).toEqual([]);
  });
});

describe("the same indicator stated twice", () => {
  test("two different amounts for one indicator no table holds: warning", () => {
    const r = check("十、机关运行经费支出情况说明\n机关运行经费支出 5.42 万元。\n机关运行经费支出 6.42 万元。");
    expect(ids(r)).toEqual(["warning stated-twice"]);
    expect([r.findings[0].expected, r.findings[0].actual]).toEqual(["5.42", "6.42"]);
  });
});

describe("the 情况说明 sheet of a workbook", () => {
  test("a sheet of long Chinese sentences is detected and read one paragraph per row; tables are not", () => {
    const snapshot = createSnapshot([
      { name: "公开01表", values: [["收入支出决算表"], ["项目", "金额"], ["本年收入合计", 363.59]] },
      {
        name: "情况说明",
        values: [
          ["一、收入决算情况说明"],
          ["本部门 2024 年度本年收入合计 363.59 万元，比上年增加 13.80 万元，增长 3.94%。"],
          [null, "本年收入的具体构成：财政拨款收入 363.59 万元，占 100.00%。"],
          ["本部门 2024 年度支出总计 363.59 万元，其中本年支出合计 363.59 万元。"],
        ],
      },
    ]);
    const sheet = detectNarrativeSheet(snapshot);
    expect(sheet?.name).toBe("情况说明");
    expect(narrativeTextOfSheet(sheet!).split("\n")).toHaveLength(4);
    expect(detectNarrativeSheet(fixtureSnapshot("seed000-zhushan-2024-final"))).toBeNull();
  });
});
