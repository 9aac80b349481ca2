import Decimal from "decimal.js";
import {
  AmountParse,
  formatDecimals,
  isDashText,
  parseAmount,
  parseNumericText,
} from "../../../src/engine/values/amount";
import type { CellValue } from "../../../src/engine/snapshot";

function num(p: AmountParse): { value: Decimal; decimals: number; fromText: boolean } {
  if (p.kind !== "number") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return p;
}

function expectInvalid(v: CellValue, fmt?: string): string {
  const p = parseAmount(v, fmt);
  expect(p.kind).toBe("invalid");
  if (p.kind !== "invalid") throw new Error("unreachable");
  expect(p.reason).toMatch(/[\u4e00-\u9fff]/); // Chinese reason
  return p.reason;
}

describe("parseAmount: number cells", () => {
  test.each<[number, string | undefined, string, number]>([
    [363.59, "#,##0.00", "363.59", 2],
    [23.1, "#,##0.00", "23.1", 2],
    [0, "#,##0.00", "0", 2],
    [354.2, "0.0", "354.2", 1],
    [1049, "0", "1049", 0],
    [1049, "#,##0", "1049", 0],
    [58.1, undefined, "58.1", 1],
    [58.1, "General", "58.1", 1],
    [26.004627, undefined, "26.004627", 6],
    [-12.5, "#,##0.00", "-12.5", 2],
    [-12.5, "#,##0.00;[Red]-#,##0.00", "-12.5", 2],
    [109484.67, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "109484.67", 2],
    [12.3, "0.0#", "12.3", 1],
    [12.345, "0.0#", "12.345", 2],
    [12, "0.0#", "12", 1],
  ])("%p with format %p → %s (%d decimals)", (v, fmt, s, d) => {
    const p = num(parseAmount(v, fmt));
    expect(p.value.toString()).toBe(s);
    expect(p.decimals).toBe(d);
    expect(p.fromText).toBe(false);
  });

  test("the stored value is kept unrounded (rounding is the checker's business)", () => {
    const p = num(parseAmount(26.005, "#,##0.00"));
    expect(p.value.toString()).toBe("26.005");
    expect(p.decimals).toBe(2);
  });

  test("JS binary noise is converted through the shortest text, decimals capped", () => {
    const p = num(parseAmount(0.1 + 0.2));
    expect(p.value.toString()).toBe("0.30000000000000004");
    expect(p.decimals).toBe(10);
  });

  test("-0 is 0", () => {
    const p = num(parseAmount(-0, "#,##0.00"));
    expect(p.value.isNegative()).toBe(false);
    expect(p.value.toFixed(2)).toBe("0.00");
  });

  test("percent format counts the two hidden decimals", () => {
    const p = num(parseAmount(0.9993, "0.00%"));
    expect(p.value.toString()).toBe("0.9993");
    expect(p.decimals).toBe(4);
  });

  test("NaN and Infinity are invalid", () => {
    expectInvalid(NaN);
    expectInvalid(Infinity);
    expectInvalid(-Infinity);
  });
});

describe("parseAmount: text cells", () => {
  test.each<[string, string, number]>([
    ["1, 049. 22", "1049.22", 2],
    ["58. 10", "58.10", 2],
    ["963. 03", "963.03", 2],
    ["100. 00", "100.00", 2],
    ["0. 60", "0.60", 2],
    ["1,049.22", "1049.22", 2],
    ["1 049.22", "1049.22", 2],
    ["1\u00a0049.22", "1049.22", 2],
    ["12,345,678.9", "12345678.90", 1],
    ["  28.08 ", "28.08", 2],
    ["1049", "1049.00", 0],
    ["0", "0.00", 0],
    ["0.00", "0.00", 2],
    [".5", "0.50", 1],
    ["-12", "-12.00", 0],
    ["−12", "-12.00", 0],
    ["–12.5", "-12.50", 1],
    ["- 12.50", "-12.50", 2],
    ["－12.00", "-12.00", 2],
    ["（12.00）", "-12.00", 2],
    ["(12.00)", "-12.00", 2],
    ["(1, 049. 22)", "-1049.22", 2],
    ["+3.5", "3.50", 1],
    ["¥12.00", "12.00", 2],
    ["￥1,049.22", "1049.22", 2],
    ["¥ 12", "12.00", 0],
    ["-¥12.00", "-12.00", 2],
    ["¥-12.00", "-12.00", 2],
    ["１，０４９．２２", "1049.22", 2],
    ["５８．１０", "58.10", 2],
    ["　58.10　", "58.10", 2],
  ])("%p → %s (%d decimals)", (text, cents, decimals) => {
    const p = num(parseAmount(text));
    expect(p.value.toFixed(2)).toBe(cents);
    expect(p.decimals).toBe(decimals);
    expect(p.fromText).toBe(true);
  });

  test("trailing zeros survive in decimals, not in the value", () => {
    const p = num(parseAmount("58. 10"));
    expect(p.value.toString()).toBe("58.1");
    expect(p.decimals).toBe(2);
  });

  test("negative zero text is plain zero", () => {
    const p = num(parseAmount("-0.00"));
    expect(p.value.isZero()).toBe(true);
    expect(p.value.isNegative()).toBe(false);
  });

  test("number format does not change decimals of text", () => {
    expect(num(parseAmount("58.1", "#,##0.00")).decimals).toBe(1);
  });
});

describe("parseAmount: empty and dash", () => {
  test.each<[CellValue]>([[null], [""], ["   "], ["\u3000"], ["\u00a0"]])("%p is empty", (v) => {
    expect(parseAmount(v)).toEqual({ kind: "empty" });
  });

  test.each(["—", "-", "--", "---", "–", "——", "－", "― ", "— —", "－－"])("%p is a dash", (t) => {
    const p = parseAmount(t);
    expect(p.kind).toBe("dash");
    if (p.kind === "dash") expect(p.text).toBe(t.trim());
  });

  test("a dash is not zero", () => {
    expect(parseAmount("---")).not.toEqual(parseAmount(0));
  });
});

describe("parseAmount: invalid cells never throw", () => {
  test.each([
    "abc",
    "1.2.3",
    "12..5",
    "#REF!",
    "#DIV/0!",
    "#N/A",
    "1,2",
    "1,2,3,4",
    "12,34.5",
    "1234,567",
    "12.",
    "1.2,3",
    "12万元",
    "12元",
    "12 万元",
    "88.8%",
    "--12",
    "(-12)",
    "1e5",
    "十二",
    "12a",
    "合计",
    "(",
    "()",
    "¥",
    "2024 年度",
  ])("%p is invalid", (t) => {
    expectInvalid(t);
  });

  test("reasons name the problem and the text", () => {
    expect(expectInvalid("abc")).toBe("无法识别为金额：abc");
    expect(expectInvalid("1.2.3")).toContain("1.2.3");
    expect(expectInvalid("12..5")).toContain("小数点");
    expect(expectInvalid("1,2")).toContain("千分位");
    expect(expectInvalid("12万元")).toContain("单位");
    expect(expectInvalid("#REF!")).toContain("#REF!");
  });

  test("error cells mention the error value", () => {
    const p = parseAmount({ error: "#REF!" });
    expect(p).toMatchObject({ kind: "invalid", text: "#REF!" });
    if (p.kind === "invalid") expect(p.reason).toContain("#REF!");
    expect(expectInvalid({ error: "#DIV/0!" })).toContain("#DIV/0!");
  });

  test("booleans and dates are invalid", () => {
    expect(expectInvalid(true)).toContain("TRUE");
    expect(expectInvalid(false)).toContain("FALSE");
    expect(expectInvalid({ date: "2024-12-01T00:00:00.000Z" })).toContain("日期");
  });
});

describe("helpers", () => {
  test.each<[string | undefined, number | undefined]>([
    ["#,##0.00", 2],
    ["0.0", 1],
    ["0", 0],
    ["#,##0", 0],
    ["0.00%", 2],
    ["0%", 0],
    ["General", undefined],
    ["@", undefined],
    [undefined, undefined],
    ["yyyy-mm-dd", undefined],
    ["0.00E+00", undefined],
    ['#,##0.00" 万元"', 2],
    ["[$¥-804]#,##0.00", 2],
    ["0.0#", undefined],
  ])("formatDecimals(%p) = %p", (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });

  test("isDashText", () => {
    expect(isDashText("---")).toBe(true);
    expect(isDashText("-12")).toBe(false);
    expect(isDashText("")).toBe(false);
  });

  test("parseNumericText reports failures instead of throwing", () => {
    const r = parseNumericText("1.2.3", "金额");
    expect(r.ok).toBe(false);
    const ok = parseNumericText("1, 049. 22");
    expect(ok.ok && ok.value.toFixed(2)).toBe("1049.22");
  });
});
