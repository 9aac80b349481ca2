import Decimal from "decimal.js";

/**
 * Rounding-aware comparison, the one policy everywhere: each displayed addend may be off by half a unit of its last
 * shown digit, so a total of n non-zero addends may differ from their sum by up to n × 0.005 at 2 decimals. Exact zero
 * is 相等; within the allowance is 尾差 (info); beyond is a mismatch. Inclusive and decimal — no binary floating point.
 */
export type SumStatus = "equal" | "tail" | "mismatch";

export interface SumComparison {
  readonly expected: Decimal;
  readonly actual: Decimal;
  /** actual − expected. */
  readonly difference: Decimal;
  readonly allowance: Decimal;
  readonly nonZeroAddends: number;
  readonly status: SumStatus;
}

export function roundingAllowance(nonZeroAddends: number, decimals = 2): Decimal {
  return new Decimal(nonZeroAddends).times(new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))));
}

export function compareSum(actual: Decimal, addends: ReadonlyArray<Decimal>, decimals = 2): SumComparison {
  const expected = addends.reduce((s, a) => s.plus(a), new Decimal(0));
  const nonZeroAddends = addends.filter((a) => !a.isZero()).length;
  const difference = actual.minus(expected);
  const allowance = roundingAllowance(nonZeroAddends, decimals);
  const status: SumStatus = difference.isZero() ? "equal" : difference.abs().lte(allowance) ? "tail" : "mismatch";
  return { expected, actual, difference, allowance, nonZeroAddends, status };
}
