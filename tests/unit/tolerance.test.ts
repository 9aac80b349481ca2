import Decimal from "decimal.js";
import { compareSum, roundingAllowance } from "../../src/engine/tolerance";

const d = (s: string) => new Decimal(s);

describe("rounding tolerance (n × 0.005, inclusive, decimal)", () => {
  test("allowance grows with the number of non-zero addends", () => {
    expect(roundingAllowance(2).toString()).toBe("0.01");
    expect(roundingAllowance(3).toString()).toBe("0.015");
    expect(roundingAllowance(4).toString()).toBe("0.02");
  });

  test("exact sums are equal", () => {
    expect(compareSum(d("363.59"), [d("23.10"), d("327.61"), d("12.88")]).status).toBe("equal");
  });

  test("0.01 over two non-zero addends is a 尾差 on the bound (binary floats would call it an error)", () => {
    const c = compareSum(d("0.3"), [d("0.1"), d("0.19"), d("0")]);
    expect(c.nonZeroAddends).toBe(2);
    expect(c.difference.toString()).toBe("0.01");
    expect(c.status).toBe("tail");
  });

  test("seed001 01表 本年支出合计: 1049.22 vs 58.10 + 963.03 + 28.08 is a tail of +0.01", () => {
    const c = compareSum(d("1049.22"), [d("58.10"), d("963.03"), d("28.08")]);
    expect([c.expected.toFixed(2), c.difference.toFixed(2), c.status]).toEqual(["1049.21", "0.01", "tail"]);
  });

  test("beyond the allowance is a mismatch with the signed difference", () => {
    const c = compareSum(d("883.32"), [d("888.32")]);
    expect([c.difference.toFixed(2), c.status]).toEqual(["-5.00", "mismatch"]);
  });
});
