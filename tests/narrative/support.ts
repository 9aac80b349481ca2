import Decimal from "decimal.js";
import * as fs from "fs";
import * as path from "path";
import type { InputValue, Reason } from "../../src/engine/inputs/model";
import { isValue, type NarrativeSection } from "../../src/engine/narrative";
import { FIXTURES, type FixtureName } from "../support/fixtures";

/** An input a test gives, as the published 情况说明 states it (the test cites the sentence). */
export const given = (v: string): InputValue => ({ value: new Decimal(v), cells: [], source: "given" });
export const reason = (text: string): Reason => ({ text });

/** The published 情况说明 by section number (一, 二, …): the text of each section. */
export function publishedSections(name: FixtureName): Map<string, string> {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}-narrative.txt`), "utf8");
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^([一二三四五六七八九十]+)、/.exec(line);
    if (m) current = m[1];
    if (current) out.set(current, `${out.get(current) ?? ""}${line}\n`);
  }
  return out;
}

/**
 * The numbers of a published passage that are amounts, percentages or counts (followed by 万元, %, 个, 人次, 辆, 批,
 * 台); years, dates, ordinals, 科目编码 and the "单价 100 万元" threshold are not figures.
 */
export function publishedNumbers(text: string): Decimal[] {
  const out: Decimal[] = [];
  const re = /(\d[\d,]*(?:\.\d+)?)\s*(万元|%|个|人次|辆|批|台)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/(单价|单位价值)\s*$/.test(before)) continue;
    out.push(new Decimal(m[1].replace(/,/g, "")));
  }
  return out;
}

/** The numbers our section prints (value segments), as printed. */
export function generatedNumbers(s: NarrativeSection): Decimal[] {
  return s.paragraphs.flatMap((p) => p.segments.filter(isValue).map((v) => new Decimal(v.value.replace(/,/g, ""))));
}

/**
 * Published numbers our section does not print, except the listed ones (a wrong published number, keyed by its value
 * with the truth id or the reason). A non-zero number must occur in our section at least as often as in the published
 * one (a multiset), zeros at least once (the texts repeat 0 in different numbers of sentences). Returns the unexplained
 * misses and the exceptions that did not occur.
 */
export function compareNumbers(
  published: string,
  ours: NarrativeSection,
  exceptions: Readonly<Record<string, string>> = {},
): { missing: string[]; unusedExceptions: string[] } {
  const mine = generatedNumbers(ours);
  const left = mine.slice();
  const missing: string[] = [];
  const used = new Set<string>();
  for (const n of publishedNumbers(published)) {
    const at = left.findIndex((m) => m.equals(n));
    if (at >= 0) {
      if (!n.isZero()) left.splice(at, 1);
      continue;
    }
    if (n.isZero() && mine.some((m) => m.isZero())) continue;
    const ex = Object.keys(exceptions).find((k) => new Decimal(k).equals(n));
    if (ex !== undefined) {
      used.add(ex);
      continue;
    }
    missing.push(n.toFixed());
  }
  return { missing, unusedExceptions: Object.keys(exceptions).filter((k) => !used.has(k)) };
}
