/**
 * Catalog lookups (src/engine/catalog): entries, names compared after width/bracket normalisation, legitimate
 * variants and truncations, former names, unknown codes (absent ≠ wrong), and the 06表 block of an economic code.
 */
import {
  catalogEntry,
  economicBlockOf,
  economicEntry,
  formerNamesOf,
  functionEntry,
  matchSubjectName,
  normalizeSubjectName,
} from "../../src/engine/catalog";

describe("entries", () => {
  test("function and economic codes resolve to their sourced names and levels", () => {
    expect(functionEntry("2101501")).toMatchObject({ name: "行政运行", level: "项", parent: "21015" });
    expect(functionEntry("21015")).toMatchObject({ name: "医疗保障管理事务", level: "款", parent: "210" });
    expect(economicEntry("30211")).toMatchObject({ name: "差旅费", level: "款" });
    expect(catalogEntry("economic", "301")?.name).toBe("工资福利支出");
    expect(catalogEntry("function", "208")?.name).toBe("社会保障和就业支出");
  });

  test("the two systems are separate: 30108 is not a function code, 2080505 not an economic one", () => {
    expect(catalogEntry("function", "30108")).toBeUndefined();
    expect(catalogEntry("economic", "2080505")).toBeUndefined();
  });
});

describe("normalizeSubjectName", () => {
  test("full-/half-width brackets, spaces and width are one form", () => {
    expect(normalizeSubjectName("因公出国（境）费用")).toBe(normalizeSubjectName("因公出国(境)费用"));
    expect(normalizeSubjectName("维修〔护〕费")).toBe(normalizeSubjectName("维修(护)费"));
    expect(normalizeSubjectName(" 基本 工资 ")).toBe("基本工资");
  });
});

describe("matchSubjectName", () => {
  test("the standard name, with either bracket width", () => {
    expect(matchSubjectName("economic", "30212", "因公出国(境)费用")).toEqual({
      kind: "same",
      standard: "因公出国（境）费用",
    });
    expect(matchSubjectName("economic", "30213", "维修（护）费").kind).toBe("same");
    expect(matchSubjectName("function", "2080505", "机关事业单位基本养老保险缴费支出").kind).toBe("same");
  });

  test("catalog name variants (seed000 06表) are variants", () => {
    expect(matchSubjectName("economic", "30111", "公务员医疗补助缴款")).toEqual({
      kind: "variant",
      standard: "公务员医疗补助缴费",
    });
    expect(matchSubjectName("economic", "30305", "生活补贴").kind).toBe("variant");
    expect(matchSubjectName("economic", "30399", "其他对个人和家庭的补助支出").kind).toBe("variant");
    expect(matchSubjectName("economic", "30112", "其他社会保险缴费").kind).toBe("variant");
  });

  test("缴费/缴款 is a wording variant even where no document showed it", () => {
    expect(matchSubjectName("economic", "30108", "机关事业单位基本养老保险缴款").kind).toBe("variant");
  });

  test("truncated forms: seen in documents, or a prefix of at least half the name (two characters at least)", () => {
    expect(matchSubjectName("economic", "30108", "机关事业单位基本养老保险缴")).toEqual({
      kind: "truncated",
      standard: "机关事业单位基本养老保险缴费",
    });
    expect(matchSubjectName("economic", "30231", "公务用车运行维护").kind).toBe("truncated");
    expect(matchSubjectName("economic", "30299", "其他商品和服务支").kind).toBe("truncated");
    // A seen truncation that is not a prefix (the middle of the name).
    expect(matchSubjectName("function", "2080505", "基本养老保险").kind).toBe("truncated");
    // A prefix no document showed: 9 of 13 characters.
    expect(matchSubjectName("function", "2101599", "其他医疗保障管理事").kind).toBe("truncated");
    // Too short a prefix is not the same name: 2 of 8.
    expect(matchSubjectName("function", "21011", "行政").kind).toBe("mismatch");
  });

  test("former names are recognised (confirmed renames and the 类 name lineage)", () => {
    expect(matchSubjectName("function", "210", "医疗卫生与计划生育支出")).toEqual({
      kind: "former",
      standard: "卫生健康支出",
    });
    expect(matchSubjectName("function", "20805", "行政事业单位离退休").kind).toBe("former");
    expect(matchSubjectName("function", "20799", "其他文化体育与传媒支出").kind).toBe("former");
    expect(formerNamesOf("function", "210")).toEqual(["医疗卫生与计划生育支出"]);
    expect(formerNamesOf("function", "207")).toContain("文化体育与传媒支出");
    expect(formerNamesOf("function", "220")).toContain("国土海洋气象等支出");
    expect(formerNamesOf("economic", "30211")).toEqual([]);
  });

  test("a name of another subject is a mismatch (seed003: 30211 维修费, 30302 津贴费)", () => {
    expect(matchSubjectName("economic", "30211", "维修费")).toEqual({ kind: "mismatch", standard: "差旅费" });
    expect(matchSubjectName("economic", "30302", "津贴费")).toEqual({ kind: "mismatch", standard: "退休费" });
    // A 项 name is not its 款's name.
    expect(matchSubjectName("function", "2080501", "行政事业单位养老支出").kind).toBe("mismatch");
  });

  test("a code the catalog does not source is unknown, whatever its name", () => {
    expect(matchSubjectName("function", "2010101", "行政运行")).toEqual({ kind: "unknown" });
    expect(matchSubjectName("economic", "30210", "车辆运行费")).toEqual({ kind: "unknown" });
    expect(matchSubjectName("function", "202", "外交支出")).toEqual({ kind: "unknown" });
  });
});

describe("economicBlockOf", () => {
  test("301/303 are 人员经费; 302/307/310/312/399 公用经费; an unknown 类 is undefined", () => {
    expect(economicBlockOf("30101")).toBe("personnel");
    expect(economicBlockOf("303")).toBe("personnel");
    for (const c of ["302", "30229", "307", "31002", "312", "39999"]) expect(economicBlockOf(c)).toBe("public");
    expect(economicBlockOf("304")).toBeUndefined();
  });
});
