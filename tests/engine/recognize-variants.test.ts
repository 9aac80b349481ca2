import { formatRef } from "../../src/engine/address";
import { recognize } from "../../src/engine/recognize";
import { sheet, workbook } from "../support/snapshot-builder";

const header03 = [
  ["支出功能分类科目编码", null, null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
  ["类", "款", "项", "栏次", "1", "2", "3"],
];

describe("recognition of layout variants", () => {
  test("codes split over 类/款/项 columns are joined; abbreviated 款/项 resolved from the rows above", () => {
    const res = recognize(
      workbook(
        sheet("支出", [
          ["支出决算表"],
          [null, null, null, null, null, null, "公开03表"],
          ["单位：万元"],
          ...header03,
          [null, null, null, "合计", 23.1, 23.1, 0],
          ["208", null, null, "社会保障和就业支出", 23.1, 23.1, 0],
          ["208", "05", null, "行政事业单位养老支出", 23.1, 23.1, 0],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 22.98, 22.98, 0],
          [null, null, "06", "机关事业单位职业年金缴费支出", 0.12, 0.12, 0],
        ]),
      ),
    );
    const t = res.tables[0];
    expect(t.id).toBe("final-03");
    expect(t.rows.map((r) => r.code && [r.code.code, r.code.printed, r.code.abbreviated])).toEqual([
      undefined,
      ["208", "208", false],
      ["20805", "20805", false],
      ["2080505", "2080505", false],
      ["2080506", "06", true],
    ]);
  });

  test('two-digit 款 codes of a budget-system export ("05" under 208)', () => {
    const res = recognize(
      workbook(
        sheet("05", [
          ["一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 33.13, 33.13, null],
          ["208", "社会保障和就业支出", 33.13, 33.13, null],
          ["05", "行政事业单位养老支出", 33.13, 33.13, null],
          ["2080505", "机关事业单位基本养老保险缴费支出", 33.13, 33.13, null],
        ]),
      ),
    );
    const codes = res.tables[0].rows.map((r) => r.code?.code);
    expect(codes).toEqual([undefined, "208", "20805", "2080505"]);
    expect(res.tables[0].rows[2].code).toMatchObject({
      printed: "05",
      level: 2,
      abbreviated: true,
      ref: { address: "A6" },
    });
  });

  test("bad cells become problems with their address, and the rest of the table is still read", () => {
    const res = recognize(
      workbook(
        sheet("公开05表", [
          ["一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", "abc", "1.2.3", { error: "#REF!" }],
          ["208", "社会保障和就业支出", "12..5", "1, 049. 22", "—"],
          ["20805", "行政事业单位养老支出", 10, "（12.00）", "-"],
        ]),
      ),
    );
    const t = res.tables[0];
    expect(t.problems.map((p) => formatRef(p.ref))).toEqual([
      "公开05表!C4",
      "公开05表!D4",
      "公开05表!E4",
      "公开05表!C5",
    ]);
    for (const p of t.problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(t.rows[1].cells.basic.value?.toFixed(2)).toBe("1049.22");
    expect(t.rows[1].cells.project).toMatchObject({ value: null, empty: "dash" });
    expect(t.rows[2].cells.basic.value?.toFixed(2)).toBe("-12.00");
  });

  test("stacked tables with blank rows between, a note after each, and an unknown block at the end", () => {
    const res = recognize(
      workbook(
        sheet("全部", [
          ["收入决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
          [null, "合计", 10, 10, 0],
          ["210", "卫生健康支出", 10, 10, 0],
          ["注：本表反映部门本年度取得的各项收入情况。"],
          [],
          [],
          ["支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
          [null, "合计", 10, 4, 6],
          ["210", "卫生健康支出", 10, 4, 6],
          [],
          [],
          [],
          ["本单位其他说明", "见附件"],
        ]),
      ),
    );
    expect(res.tables.map((t) => [t.id, t.range])).toEqual([
      ["final-02", "A1:E6"],
      ["final-03", "A9:E13"],
    ]);
    expect(res.unplaced).toEqual([
      { sheet: "全部", range: "A17:B17", reason: "未识别为标准决算公开表：本单位其他说明" },
    ]);
  });

  test("a 表号 with no title still starts its table; the title is reported as absent", () => {
    const res = recognize(
      workbook(
        sheet("Sheet1", [
          [null, null, null, null, "公开05表"],
          ["金额单位：元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 100, 100, 0],
        ]),
      ),
    );
    expect(res.tables.map((t) => [t.id, t.printedTitle, t.unit, t.tableNo])).toEqual([
      ["final-05", "", "元", "公开05表"],
    ]);
  });

  test("a title whose header cannot be mapped is reported with the reason, not guessed", () => {
    const res = recognize(
      workbook(sheet("乱表", [["支出决算表"], ["科目编码", "科目名称", "金额"], ["208", "社会保障和就业支出", 5]])),
    );
    expect(res.tables).toEqual([]);
    expect(res.unplaced).toEqual([
      {
        sheet: "乱表",
        range: "A1:C3",
        reason: "识别为“支出决算表”的标题，但表头中找不到列：本年支出合计、基本支出、项目支出",
      },
    ]);
  });

  test("a sheet with no table at all is fine: nothing recognised, its content listed", () => {
    const res = recognize(workbook(sheet("说明", [["本部门2024年度决算说明"]]), sheet("空", [])));
    expect(res.tables).toEqual([]);
    expect(res.unplaced).toHaveLength(1);
    expect(res.unplaced[0].sheet).toBe("说明");
  });

  test("a title with the department and year in front is still the standard table", () => {
    const res = recognize(
      workbook(
        sheet("x", [
          ["丹凤县医疗保障局2024年度一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          [null, "合计", 1, 1, 0],
        ]),
      ),
    );
    expect(res.tables.map((t) => t.id)).toEqual(["final-05"]);
  });

  test("a stray figure in a two-sided table with no label is reported", () => {
    const res = recognize(
      workbook(
        sheet("01", [
          ["收入支出决算总表"],
          ["单位：万元"],
          ["收入", null, null, "支出"],
          ["项目", "行次", "金额", "项目", "行次", "金额"],
          ["一、一般公共预算财政拨款收入", "1", 5, "九、卫生健康支出", "2", 5],
          [null, "3", null, null, "4", 7],
          ["本年收入合计", "5", 5, "本年支出合计", "6", 5],
        ]),
      ),
    );
    expect(res.tables[0].rows.map((r) => [r.side, r.role, r.classCode ?? null])).toEqual([
      ["income", "gpb", null],
      ["expense", "class", "210"],
      ["income", "total", null],
      ["expense", "total", null],
    ]);
    expect(res.unplaced).toEqual([{ sheet: "01", range: "F6", reason: "收入支出决算总表第4行有金额但没有项目名称" }]);
  });
});

describe("an ambiguous header is settled by the table's own identities", () => {
  test("two columns headed 合计: the one that equals 基本支出 + 项目支出 is the total", () => {
    const res = recognize(
      workbook(
        sheet("05", [
          ["一般公共预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "上年合计", "合计", "基本支出", "项目支出"],
          [null, "合计", 90, 100, 60, 40],
          ["210", "卫生健康支出", 90, 100, 60, 40],
          ["21011", "行政事业单位医疗", 30, 20, 20, 0],
        ]),
      ),
    );
    expect(res.tables[0].columns.map((c) => [c.role, c.col])).toEqual([
      ["total", 3],
      ["basic", 4],
      ["project", 5],
    ]);
  });
});

describe("published empty tables printed with their header only", () => {
  test("a 07表 with header and note but no 合计 row is recognised as an empty table", () => {
    const res = recognize(
      workbook(
        sheet(
          "公开07表",
          [
            ["政府性基金预算财政拨款收入支出决算表"],
            ["单位：万元"],
            ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
            [null, null, null, null, "小计", "基本支出", "项目支出"],
            ["注：本部门无政府性基金预算财政拨款收入、支出。"],
          ],
          { merges: ["E3:G3"] },
        ),
        sheet("公开08表", [
          ["国有资本经营预算财政拨款支出决算表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ]),
      ),
    );
    expect(res.tables.map((t) => [t.id, t.range, t.rows.length, t.empty, t.notes])).toEqual([
      ["final-07", "A1:H5", 0, true, ["注：本部门无政府性基金预算财政拨款收入、支出。"]],
      ["final-08", "A1:E3", 0, true, []],
    ]);
    expect(res.unplaced).toEqual([]);
  });
});
