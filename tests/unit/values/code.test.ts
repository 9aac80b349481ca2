import {
  CodeProblem,
  CodeResolver,
  isCodeProblem,
  joinSplitCode,
  ResolvedCode,
  splitCodeAndName,
} from "../../../src/engine/values/code";

function ok(r: ResolvedCode | CodeProblem): ResolvedCode {
  if (isCodeProblem(r)) throw new Error(`expected a code, got problem ${r.reason}`);
  return r;
}
function problem(r: ResolvedCode | CodeProblem): CodeProblem {
  if (!isCodeProblem(r)) throw new Error(`expected a problem, got ${r.code}`);
  expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
  return r;
}

describe("splitCodeAndName", () => {
  test.each<[string, string | null, string]>([
    ["208 社会保障和就业支出", "208", "社会保障和就业支出"],
    ["20805 行政事业单位养老支出", "20805", "行政事业单位养老支出"],
    ["2080505 机关事业单位基本养老保险缴费支出", "2080505", "机关事业单位基本养老保险缴费支出"],
    ["30108 机关事业单位基本养老保险缴", "30108", "机关事业单位基本养老保险缴"],
    ["2080505", "2080505", ""],
    ["05", "05", ""],
    ["208", "208", ""],
    [" 208 ", "208", ""],
    ["2080505机关事业单位基本养老保险缴费支出", "2080505", "机关事业单位基本养老保险缴费支出"],
    ["[208]社会保障和就业支出", "208", "社会保障和就业支出"],
    ["【208】社会保障和就业支出", "208", "社会保障和就业支出"],
    ["［208］社会保障和就业支出", "208", "社会保障和就业支出"],
    ["(208)社会保障和就业支出", null, "(208)社会保障和就业支出"],
    ["（10）其他", null, "（10）其他"],
    ["[177]南昌市东湖区医疗保障局", "177", "南昌市东湖区医疗保障局"],
    ["208-社会保障和就业支出", "208", "社会保障和就业支出"],
    ["208 - 社会保障和就业支出", "208", "社会保障和就业支出"],
    ["208：社会保障和就业支出", "208", "社会保障和就业支出"],
    ["２０８　社会保障和就业支出", "208", "社会保障和就业支出"],
    ["30216 因公出国（境）费用", "30216", "因公出国（境）费用"],
    ["合计", null, "合计"],
    ["  合计 ", null, "合计"],
    ["", null, ""],
    ["2024年", null, "2024年"],
    ["2024 年度", null, "2024 年度"],
    ["12月", null, "12月"],
    ["31日", null, "31日"],
    ["1.因公出国（境）费", null, "1.因公出国（境）费"],
    ["10.因公出国", null, "10.因公出国"],
    ["10、其他", null, "10、其他"],
    ["一、一般公共服务支出", null, "一、一般公共服务支出"],
    ["（1）公务用车购置费", null, "（1）公务用车购置费"],
    ["86%", null, "86%"],
    ["12.50", null, "12.50"],
    ["1,049", null, "1,049"],
    ["20805051", null, "20805051"],
    ["2080", null, "2080"],
    ["1", null, "1"],
    ["28人", null, "28人"],
    ["28 人", null, "28 人"],
    ["30万元", null, "30万元"],
    ["(208", null, "(208"],
    ["12 34", null, "12 34"],
  ])("%p → code %p name %p", (text, code, name) => {
    expect(splitCodeAndName(text)).toEqual({ code, name });
  });

  test("a number cell's text works the same", () => {
    expect(splitCodeAndName(String(208))).toEqual({ code: "208", name: "" });
    expect(splitCodeAndName(String(2080505))).toEqual({ code: "2080505", name: "" });
  });
});

describe("joinSplitCode", () => {
  test.each<[string | null, string | null, string | null, string | null]>([
    ["208", "05", "05", "2080505"],
    ["208", "05", null, "20805"],
    ["208", null, null, "208"],
    ["2080505", null, null, "2080505"],
    [null, "2080505", null, "2080505"],
    [null, null, "2080505", "2080505"],
    [null, "05", null, "05"],
    [null, null, "05", "05"],
    [null, "05", "05", "0505"],
    [null, null, null, null],
    ["", " ", "", null],
    [" 208 ", " 05", "05 ", "2080505"],
    ["２０８", "０５", "０５", "2080505"],
    ["208", "5", "5", "2080505"],
    ["208", "20805", "2080505", "2080505"],
    ["208", "20805", null, "20805"],
    ["208", null, "05", "208 05"],
  ])("(%p, %p, %p) → %p", (a, b, c, out) => {
    expect(joinSplitCode(a, b, c)).toBe(out);
  });

  test("a gap is reported by the resolver", () => {
    const gap = joinSplitCode("208", null, "05") as string;
    problem(new CodeResolver("function").resolve(gap));
  });
});

describe("CodeResolver: function classification", () => {
  test("seed003 sequence with two-digit 款 codes", () => {
    const r = new CodeResolver("function");
    const printed = ["208", "05", "2080505", "210", "15", "2101501", "2101599", "221", "02", "2210201"];
    const got = printed.map((p) => ok(r.resolve(p)));
    expect(got.map((g) => g.code)).toEqual([
      "208",
      "20805",
      "2080505",
      "210",
      "21015",
      "2101501",
      "2101599",
      "221",
      "22102",
      "2210201",
    ]);
    expect(got.map((g) => g.level)).toEqual([1, 2, 3, 1, 2, 3, 3, 1, 2, 3]);
    expect(got.map((g) => g.abbreviated)).toEqual([false, true, false, false, true, false, false, false, true, false]);
    expect(got.map((g) => g.printed)).toEqual(printed);
    expect(got.every((g) => g.system === "function")).toBe(true);
  });

  test("full codes", () => {
    const r = new CodeResolver("function");
    expect(ok(r.resolve("208"))).toEqual({
      code: "208",
      printed: "208",
      level: 1,
      abbreviated: false,
      system: "function",
    });
    expect(ok(r.resolve("20805")).level).toBe(2);
    expect(ok(r.resolve("2080505")).level).toBe(3);
    expect(ok(r.resolve("２０８０５０６")).code).toBe("2080506");
  });

  test("two-digit 项 after a 款", () => {
    const r = new CodeResolver("function");
    r.resolve("208");
    r.resolve("20805");
    const x = ok(r.resolve("05"));
    expect(x).toMatchObject({ code: "2080505", level: 3, abbreviated: true, printed: "05" });
    // after a 项: sibling 项 by default
    expect(ok(r.resolve("06"))).toMatchObject({ code: "2080506", level: 3 });
  });

  test("all abbreviated: 类 05 05 06 07 05", () => {
    const r = new CodeResolver("function");
    const codes = ["208", "05", "05", "06"].map((p) => ok(r.resolve(p)).code);
    expect(codes).toEqual(["208", "20805", "2080505", "2080506"]);
  });

  test("after a 项, `known` decides between a sibling 项 and a new 款", () => {
    const catalog = new Set(["208", "20805", "2080505", "2080506", "20807", "2080705", "2080799"]);
    const r = new CodeResolver("function", { known: (c) => catalog.has(c) });
    r.resolve("208");
    r.resolve("05");
    r.resolve("05");
    expect(ok(r.resolve("06"))).toMatchObject({ code: "2080506", level: 3 }); // 2080506 known, 20806 not
    expect(ok(r.resolve("07"))).toMatchObject({ code: "20807", level: 2 }); // 2080507 unknown, 20807 known
    expect(ok(r.resolve("05"))).toMatchObject({ code: "2080705", level: 3 }); // after a 款: 项
    expect(ok(r.resolve("99"))).toMatchObject({ code: "2080799", level: 3 });
  });

  test("both or neither known: sibling 项", () => {
    const both = new CodeResolver("function", { known: () => true });
    both.resolve("2080505");
    expect(ok(both.resolve("07")).code).toBe("2080507");
    const neither = new CodeResolver("function", { known: () => false });
    neither.resolve("2080505");
    expect(ok(neither.resolve("07")).code).toBe("2080507");
  });

  test("hint column", () => {
    const r = new CodeResolver("function");
    r.resolve("2080505");
    expect(ok(r.resolve("07", { column: "款" }))).toMatchObject({ code: "20807", level: 2 });
    expect(ok(r.resolve("05", { column: "项" }))).toMatchObject({ code: "2080705", level: 3 });
    expect(ok(r.resolve("99", { column: "项" }))).toMatchObject({ code: "2080799", level: 3 });
    problem(r.resolve("08", { column: "类" }));
  });

  test("a full code resets the context", () => {
    const r = new CodeResolver("function");
    r.resolve("2080505");
    r.resolve("210");
    expect(ok(r.resolve("15")).code).toBe("21015");
    r.resolve("2101501");
    r.resolve("22102");
    expect(ok(r.resolve("01")).code).toBe("2210201");
  });

  test("no context → problem", () => {
    const r = new CodeResolver("function");
    expect(problem(r.resolve("05")).reason).toBe("无法确定简写编码的上级：05");
    problem(r.resolve("05", { column: "款" }));
    r.resolve("208");
    problem(r.resolve("05", { column: "项" })); // no 款 yet
  });

  test("reset forgets the context", () => {
    const r = new CodeResolver("function");
    r.resolve("208");
    r.reset();
    problem(r.resolve("05"));
  });

  test.each(["20805051", "2080", "208050", "1", "20805050505", "2O8", "abc", "208 05", "", "  "])(
    "%p is a problem",
    (p) => {
      const r = new CodeResolver("function");
      r.resolve("208");
      expect(problem(r.resolve(p)).printed).toBe(p);
    },
  );

  test("wrong length reason", () => {
    expect(problem(new CodeResolver("function").resolve("20805051")).reason).toBe(
      "功能分类编码应为3、5或7位：20805051",
    );
  });

  test("a problem keeps the context", () => {
    const r = new CodeResolver("function");
    r.resolve("208");
    problem(r.resolve("2080"));
    expect(ok(r.resolve("05")).code).toBe("20805");
  });
});

describe("CodeResolver: economic classification", () => {
  test("3 = 类, 5 = 款, 2 = 款 under the last 类", () => {
    const r = new CodeResolver("economic");
    expect(ok(r.resolve("301"))).toMatchObject({ code: "301", level: 1, abbreviated: false, system: "economic" });
    expect(ok(r.resolve("30101"))).toMatchObject({ code: "30101", level: 2 });
    expect(ok(r.resolve("02"))).toMatchObject({ code: "30102", level: 2, abbreviated: true, printed: "02" });
    expect(ok(r.resolve("03"))).toMatchObject({ code: "30103", level: 2 });
    r.resolve("302");
    expect(ok(r.resolve("11")).code).toBe("30211");
    r.resolve("30302");
    expect(ok(r.resolve("05")).code).toBe("30305");
  });

  test("problems", () => {
    const r = new CodeResolver("economic");
    expect(problem(r.resolve("02")).reason).toBe("无法确定简写编码的上级：02");
    expect(problem(r.resolve("3010101")).reason).toBe("经济分类编码应为3或5位：3010101");
    problem(r.resolve("3010"));
    problem(r.resolve("x01"));
  });
});
