import Decimal from "decimal.js";

/**
 * Interval arithmetic on shown amounts. A displayed amount x with d decimals stands for any value in
 * [x − ½·10⁻ᵈ, x + ½·10⁻ᵈ]; a ratio recomputed from displayed amounts is an interval, and a printed percentage is
 * consistent when its own rounding interval meets it — the report may have computed it from the unrounded amounts
 * (seed000's 三公 增长 255.80% is consistent with 0.20 / 0.07, the displayed inputs giving [243.75%, 341.67%]).
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

export function shown(value: Decimal, decimals = 2): Interval {
  const h = halfUnit(decimals);
  return { lo: value.minus(h), hi: value.plus(h) };
}

export function exact(value: Decimal): Interval {
  return { lo: value, hi: value };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** a / b; null when b contains 0 (the ratio is unbounded). */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const c = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...c), hi: Decimal.max(...c) };
}

export function scale(a: Interval, k: Decimal | number): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return { lo: Decimal.min(x, y), hi: Decimal.max(x, y) };
}

export function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export type RatioStatus = "equal" | "rounding" | "mismatch";

export interface RatioCheck {
  /** The ratio from the point values, rounded to the printed decimals (at least 2). */
  readonly expected: Decimal;
  readonly status: RatioStatus;
  /** The range the unrounded inputs allow. */
  readonly range: Interval;
}

/**
 * A printed percentage against the point ratio and the interval of the inputs: equal when the point ratio rounds to
 * the printed figure at the printed decimals; rounding (info) when the printed figure's rounding interval meets the
 * input interval; mismatch otherwise.
 */
export function checkPercent(printed: Decimal, printedDecimals: number, point: Decimal, range: Interval): RatioCheck {
  const expected = point.toDecimalPlaces(Math.max(2, printedDecimals), Decimal.ROUND_HALF_UP);
  if (point.toDecimalPlaces(printedDecimals, Decimal.ROUND_HALF_UP).eq(printed))
    return { expected, status: "equal", range };
  if (meets(shown(printed, printedDecimals), range)) return { expected, status: "rounding", range };
  return { expected, status: "mismatch", range };
}
