import { CountParse, parseCount } from "../../../src/engine/values/count";
import type { CellValue } from "../../../src/engine/snapshot";

function num(p: CountParse) {
  if (p.kind !== "number") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return p;
}

describe("parseCount", () => {
  test.each<[number, string]>([
    [3, "3"],
    [28, "28"],
    [0, "0"],
    [0.0, "0"],
    [-0, "0"],
    [1200, "1200"],
  ])("number %p → %s", (v, s) => {
    const p = num(parseCount(v));
    expect(p.value.toString()).toBe(s);
    expect(p.fromText).toBe(false);
    expect(p.unit).toBeUndefined();
  });

  test.each<[string, string, string | undefined]>([
    ["3", "3", undefined],
    ["27人", "27", "人"],
    ["4次", "4", "次"],
    ["92 人", "92", "人"],
    ["1,200", "1200", undefined],
    ["1, 200人次", "1200", "人次"],
    ["5人次", "5", "人次"],
    ["2批次", "2", "批次"],
    ["2批", "2", "批"],
    ["3个", "3", "个"],
    ["1辆", "1", "辆"],
    ["2台", "2", "台"],
    ["1套", "1", "套"],
    ["6家", "6", "家"],
    ["7件", "7", "件"],
    ["8项", "8", "项"],
    ["9场", "9", "场"],
    ["３个", "3", "个"],
    [" 28 ", "28", undefined],
    ["0.0", "0", undefined],
  ])("text %p → %s %p", (t, s, unit) => {
    const p = num(parseCount(t));
    expect(p.value.toString()).toBe(s);
    expect(p.fromText).toBe(true);
    expect(p.unit).toBe(unit);
  });

  test.each<[CellValue]>([[null], [""], [" "]])("%p is empty", (v) => {
    expect(parseCount(v)).toEqual({ kind: "empty" });
  });

  test.each(["---", "—", "－"])("%p is a dash", (t) => {
    expect(parseCount(t)).toEqual({ kind: "dash", text: t });
  });

  test.each<[CellValue]>([
    [2.5],
    [-1],
    ["2.5"],
    ["-3"],
    ["(3)"],
    ["3.5人"],
    ["人"],
    ["abc"],
    ["1.2.3"],
    ["12..5"],
    ["#REF!"],
    [{ error: "#REF!" }],
    ["3元"],
    ["3人人"],
    ["¥3"],
    [true],
    [{ date: "2024-01-01" }],
    [Infinity],
  ])("%p is invalid with a Chinese reason", (v) => {
    const p = parseCount(v);
    expect(p.kind).toBe("invalid");
    if (p.kind === "invalid") expect(p.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  test("reasons", () => {
    const neg = parseCount(-1);
    expect(neg.kind === "invalid" && neg.reason).toContain("负数");
    const frac = parseCount("2.5");
    expect(frac.kind === "invalid" && frac.reason).toContain("整数");
  });
});
