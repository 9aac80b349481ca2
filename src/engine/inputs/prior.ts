import { normalizeSubjectName } from "../catalog";
import { extractLines, type LineValue, type Lines } from "../figures/lines";
import type { Table } from "../model/table";
import type { InputValue, Inputs, Reason } from "./model";

/** How a line of this year found its prior-year amount. */
export interface PriorMatch {
  readonly key: string;
  /** The prior workbook's key: the same key (same code or line role), or another code with the same 科目名称. */
  readonly priorKey: string;
  readonly by: "key" | "label";
}

export interface PriorReading {
  readonly inputs: Pick<Inputs, "prior" | "reasons">;
  readonly matches: ReadonlyArray<PriorMatch>;
  /** This year's lines with no counterpart last year (their 上年决算数 stays to be filled in). */
  readonly unmatched: ReadonlyArray<string>;
}

/** Table part of a key ("05", "06", "01.income") — a label match stays within the same table and side. */
function scope(key: string): string {
  const m = /^(\d\d(?:\.(?:income|expense|basic|project))?)[:.]/.exec(key);
  return m ? m[1] : key;
}

function isCodeKey(key: string): boolean {
  return /:\d+$/.test(key);
}

/**
 * 上年决算数 from last year's recognised 决算 tables, matched to this year's lines by code / line role, and by 科目名称
 * where a code changed (a 项 moved between 款 keeps its name). Reasons last year's 补充数据 held become suggestions only.
 */
export function readPriorTables(
  current: Lines | ReadonlyArray<Table>,
  priorTables: ReadonlyArray<Table>,
  priorReasons: Readonly<Record<string, Reason>> = {},
): PriorReading {
  const lines: Lines = Array.isArray(current) ? extractLines(current as ReadonlyArray<Table>) : (current as Lines);
  const prior = extractLines(priorTables);
  const byLabel = new Map<string, LineValue[]>();
  for (const l of prior.values()) {
    if (!isCodeKey(l.key)) continue;
    const k = `${scope(l.key)}|${normalizeSubjectName(l.label)}`;
    byLabel.set(k, [...(byLabel.get(k) ?? []), l]);
  }
  const out: Record<string, InputValue> = {};
  const matches: PriorMatch[] = [];
  const unmatched: string[] = [];
  for (const l of lines.values()) {
    let p = prior.get(l.key);
    let by: PriorMatch["by"] = "key";
    if (!p && isCodeKey(l.key)) {
      const cands = byLabel.get(`${scope(l.key)}|${normalizeSubjectName(l.label)}`) ?? [];
      // Only an unambiguous name, and only one whose own code is not also used this year.
      const free = cands.filter((c) => !lines.has(c.key));
      if (free.length === 1) {
        p = free[0];
        by = "label";
      }
    }
    if (!p) {
      unmatched.push(l.key);
      continue;
    }
    out[l.key] = { value: p.value, cells: p.cells, source: "prior-workbook" };
    matches.push({ key: l.key, priorKey: p.key, by });
  }
  const reasons: Record<string, Reason> = {};
  for (const [k, r] of Object.entries(priorReasons)) if (r.text) reasons[k] = { suggestion: r.text };
  return { inputs: { prior: out, reasons }, matches, unmatched };
}
