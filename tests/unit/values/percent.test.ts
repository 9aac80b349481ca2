import { parsePercent, PercentParse } from "../../../src/engine/values/percent";
import type { CellValue } from "../../../src/engine/snapshot";

function num(p: PercentParse) {
  if (p.kind !== "number") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return p;
}

describe("parsePercent: text", () => {
  test.each<[string, string, number]>([
    ["100%", "100", 0],
    ["86.67%", "86.67", 2],
    ["-100%", "-100", 0],
    ["12.5 %", "12.5", 1],
    ["88.8%", "88.8", 1],
    ["0%", "0", 0],
    ["８６．６７％", "86.67", 2],
    ["86.67％", "86.67", 2],
    ["−5.00%", "-5", 2],
    ["(5.00%)", "-5", 2],
    ["1,200.5%", "1200.5", 1],
    [" 99. 93 % ", "99.93", 2],
  ])("%p → %s", (t, s, d) => {
    const p = num(parsePercent(t));
    expect(p.value.toString()).toBe(s);
    expect(p.decimals).toBe(d);
    expect(p.hadPercentSign).toBe(true);
    expect(p.fromText).toBe(true);
  });

  test("text without a sign is in points", () => {
    const p = num(parsePercent("99.93"));
    expect(p.value.toFixed(2)).toBe("99.93");
    expect(p.hadPercentSign).toBe(false);
  });
});

describe("parsePercent: numbers", () => {
  test("General number is in points", () => {
    const p = num(parsePercent(99.93));
    expect(p.value.toFixed(2)).toBe("99.93");
    expect(p.decimals).toBe(2);
    expect(p.hadPercentSign).toBe(false);
    expect(p.fromText).toBe(false);
    expect(num(parsePercent(100, "General")).value.toString()).toBe("100");
  });

  test("a percent format holds a fraction: ×100 exactly", () => {
    const p = num(parsePercent(0.9993, "0.00%"));
    expect(p.value.toString()).toBe("99.93");
    expect(p.decimals).toBe(2);
    expect(p.hadPercentSign).toBe(true);
    // 0.0007 * 100 in binary floating point is 0.06999999999999999
    expect(num(parsePercent(0.0007, "0.00%")).value.toString()).toBe("0.07");
    expect(num(parsePercent(2.558, "0%")).value.toString()).toBe("255.8");
    expect(num(parsePercent(2.558, "0%")).decimals).toBe(0);
    expect(num(parsePercent(-1, "0.00%")).value.toFixed(2)).toBe("-100.00");
  });

  test("percent format without fixed decimals takes the value's own", () => {
    const p = num(parsePercent(0.8667, "0.##%"));
    expect(p.value.toString()).toBe("86.67");
    expect(p.decimals).toBe(2);
  });

  test("fixed non-percent format gives decimals", () => {
    expect(num(parsePercent(100, "0.00")).decimals).toBe(2);
  });
});

describe("parsePercent: empty, dash, invalid", () => {
  test.each<[CellValue]>([[null], [""], ["  "]])("%p is empty", (v) => {
    expect(parsePercent(v)).toEqual({ kind: "empty" });
  });
  test.each(["—", "---", "－"])("%p is a dash", (t) => {
    expect(parsePercent(t).kind).toBe("dash");
  });
  test.each<[CellValue]>([
    ["abc"],
    ["1.2.3%"],
    ["12..5%"],
    ["#REF!"],
    [{ error: "#REF!" }],
    ["%"],
    ["5%%"],
    ["%5"],
    ["≥90%"],
    ["= 100%"],
    ["≥ 100 率"],
    ["12/1/2024"],
    [true],
    [{ date: "2024-12-01" }],
    [NaN],
  ])("%p is invalid with a Chinese reason", (v) => {
    const p = parsePercent(v);
    expect(p.kind).toBe("invalid");
    if (p.kind === "invalid") expect(p.reason).toMatch(/[\u4e00-\u9fff]/);
  });
  test("error reason mentions the error", () => {
    const p = parsePercent({ error: "#DIV/0!" });
    expect(p.kind === "invalid" && p.reason).toContain("#DIV/0!");
  });
});
