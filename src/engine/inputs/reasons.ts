import Decimal from "decimal.js";
import type { Figures } from "../figures/compute";
import { lineName } from "../figures/compute";
import type { FigureValue } from "../figures/definitions";
import type { Inputs } from "./model";

/** A change of ≥ 10 % (or from a base of 0) needs its 主要原因. */
export const REASON_THRESHOLD = new Decimal(10);

export interface ReasonRequirement {
  /** "change:<line key>" (比上年) or "budget:<line key>" (决算 vs 年初预算). */
  readonly key: string;
  readonly subject: string;
  /** Chinese, e.g. "本年收入合计比上年增长18.22%（≥10%），需说明主要原因". */
  readonly why: string;
  /** The reason the user gave (absent: highlighted as missing). */
  readonly given?: string;
  /** Last year's reason, offered but never used on its own. */
  readonly suggestion?: string;
}

function pct(f: FigureValue): string {
  return `${f.exact!.abs().toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

/**
 * Where a 主要原因 is required: 比上年 changes of ≥ 10 % or from a prior-year 0, and 决算 differing from 年初预算 by
 * ≥ 10 % or against a 年初预算 of 0. Only for the given subjects (the lines the 情况说明 speaks about), or all figures.
 */
export function requiredReasons(
  figures: Figures,
  inputs: Inputs,
  subjects?: ReadonlyArray<string>,
): ReasonRequirement[] {
  const out: ReasonRequirement[] = [];
  const wanted = subjects ? new Set(subjects) : undefined;
  for (const f of figures.all.values()) {
    if (wanted && !wanted.has(f.subject)) continue;
    const name = f.subject === "05.total" ? "一般公共预算财政拨款支出" : lineName(figures.lines, f.subject);
    let key: string | undefined;
    let why: string | undefined;
    if (f.id === "growth") {
      key = `change:${f.subject}`;
      if (f.status === "priorZero") why = `${name}上年为0、本年有支出（收入），需说明主要原因`;
      else if (f.status === "ok" && f.exact!.abs().gte(REASON_THRESHOLD))
        why = `${name}比上年${f.exact!.isNegative() ? "下降" : "增长"}${pct(f)}（≥10%），需说明主要原因`;
    } else if (f.id === "budget.variance") {
      key = `budget:${f.subject}`;
      if (f.status === "baseZero") why = `${name}年初预算为0、决算有支出，需说明主要原因`;
      else if (f.status === "ok" && f.exact!.abs().gte(REASON_THRESHOLD))
        why = `${name}决算数${f.exact!.isNegative() ? "小于" : "大于"}年初预算数${pct(f)}（≥10%），需说明主要原因`;
    }
    if (!key || !why) continue;
    const r = inputs.reasons[key];
    out.push({ key, subject: f.subject, why, given: r?.text, suggestion: r?.suggestion });
  }
  return out;
}

/** The requirements still open (no reason given) — what the pane's 「仅需原因」 filter shows highlighted. */
export function missingReasons(reqs: ReadonlyArray<ReasonRequirement>): ReasonRequirement[] {
  return reqs.filter((r) => !r.given);
}
