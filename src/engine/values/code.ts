import { toHalfWidth } from "./text";
import { trimCellText } from "./amount";

/** 支出功能分类 (类/款/项: 3/5/7 digits) | 支出经济分类 (类/款: 3/5 digits). */
export type CodeSystem = "function" | "economic";

/** A code and a name read from one cell. */
export interface SplitCode {
  code: string | null;
  name: string;
}

/** Digit counts that can be a 科目编码 or its two-digit abbreviation. */
const CODE_LENGTHS = new Set([2, 3, 5, 7]);

/**
 * Optional opening bracket, digits, optional closing bracket, rest. Indexes match the original (1:1 half-width).
 * Round brackets are matched only to be rejected: "（1）…", "（10）…" number a list.
 */
const LEADING_CODE = /^([[【〔(]\s*)?(\d+)(\s*[\]】〕)])?/;

/** Directly after the digits, these make the digits a date, a quantity, a list number or a decimal, not a code. */
const NOT_CODE_NEXT = /^(?:[年月日号时%‰、,.]|万元|千元|亿元|元)/;

/** A name that is only a unit ("28 人", "3次") means the digits are a quantity. */
const UNIT_ONLY = /^(?:个|人|人次|辆|台|套|次|批|批次|家|件|项|场|元|万元|千元|亿元|分|天|年|月|日|岁|倍|%)$/;

/** Separators tolerated between code and name: "208-社会…", "208：…", "208|…". */
const SEPARATOR = /^[\s\-‐‑–—_:|/·]+/;

/**
 * Splits "208 社会保障和就业支出" into code and name. "2080505" → {code, name: ""}; "2080505机关…" (no space),
 * "[208]社会…", "【208】社会…", "208-社会…" work; "合计" → {code: null, name: "合计"}. Full-width digits are accepted.
 * A code is 2, 3, 5 or 7 ASCII digits (after half-width) standing alone or followed by white space, a separator or
 * name text — not by 年/月/日/%, "、", "," or "." ("2024年", "1.因公出国", "10、…" are not codes), and not in
 * round brackets ("（10）其他…").
 */
export function splitCodeAndName(text: string): SplitCode {
  const original = trimCellText(text);
  const s = toHalfWidth(original); // same length and indexes as original
  const m = LEADING_CODE.exec(s);
  if (!m) return { code: null, name: original };
  const open = m[1] !== undefined;
  const close = m[3] !== undefined;
  if (open !== close) return { code: null, name: original }; // "(208" or "12)" (a list number): not a code
  if (open && m[1].startsWith("(")) return { code: null, name: original }; // "（10）其他…" numbers a list
  const digits = m[2];
  if (!CODE_LENGTHS.has(digits.length)) return { code: null, name: original };
  const rest = s.slice(m[0].length);
  if (!close && NOT_CODE_NEXT.test(rest)) return { code: null, name: original };
  const sep = SEPARATOR.exec(rest);
  const nameStart = m[0].length + (sep ? sep[0].length : 0);
  const name = trimCellText(original.slice(nameStart));
  if (!close && UNIT_ONLY.test(toHalfWidth(name))) return { code: null, name: original };
  if (!close && name !== "" && /^\d/.test(toHalfWidth(name))) return { code: null, name: original }; // "12 34"
  return { code: digits, name };
}

function codePart(s: string | null): string | null {
  if (s === null || s === undefined) return null;
  const t = toHalfWidth(trimCellText(s)).replace(/[\s\u00a0]+/g, "");
  return t === "" ? null : t;
}

/**
 * Joins the 类/款/项 columns of a table: ("208","05","05") → "2080505", ("208","05",null) → "20805",
 * ("208",null,null) → "208"; a full code in one cell alone stays ("2080505",null,null) → "2080505";
 * (null,"05",null) → "05" (abbreviated, resolved later by CodeResolver); all empty → null.
 * Columns that repeat the full code ("208","20805","2080505") give the longest one. A one-digit 款/项 part (an "05"
 * the host stored as the number 5) is padded to two digits. A gap (类 and 项 without 款) gives the parts separated by a
 * space, which CodeResolver reports as not a code.
 */
export function joinSplitCode(lei: string | null, kuan: string | null, xiang: string | null): string | null {
  const parts = [codePart(lei), codePart(kuan), codePart(xiang)];
  if (parts.every((p) => p === null)) return null;
  const present = parts.map((p) => p !== null);
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  for (let i = first; i <= last; i++) {
    if (!present[i]) return parts.filter((p): p is string => p !== null).join(" ");
  }
  let acc = "";
  for (let i = first; i <= last; i++) {
    let p = parts[i] as string;
    if (i > 0 && /^\d$/.test(p)) p = "0" + p;
    if (acc !== "" && p.length > acc.length && p.startsWith(acc)) acc = p;
    else acc += p;
  }
  return acc;
}

export interface ResolvedCode {
  /** The full code ("20805"). */
  code: string;
  /** The text as printed ("05"). */
  printed: string;
  level: 1 | 2 | 3;
  /** True when the printed code was a two-digit abbreviation resolved from the rows above. */
  abbreviated: boolean;
  system: CodeSystem;
}

export interface CodeProblem {
  printed: string;
  /** Chinese reason. */
  reason: string;
}

export function isCodeProblem(r: ResolvedCode | CodeProblem): r is CodeProblem {
  return (r as ResolvedCode).code === undefined;
}

const SYSTEM_NAME: Record<CodeSystem, string> = { function: "功能分类", economic: "经济分类" };

/**
 * Resolves printed codes in row order. Full codes set the context (类 → current 类; 款 → current 款 and its 类;
 * 项 → its 款 and 类); two-digit codes are completed from it:
 * - function system: a hint column (款/项) decides; else after a 类 → 款, after a 款 → 项 under it, after a 项 →
 *   sibling 项 or new 款 under the same 类, whichever `known` recognises (sibling 项 when both or neither);
 * - economic system: a two-digit code is a 款 under the last 类.
 */
export class CodeResolver {
  private lei: string | null = null;
  private kuan: string | null = null;
  private last: 1 | 2 | 3 | null = null;
  private readonly known?: (code: string) => boolean;

  constructor(
    readonly system: CodeSystem,
    opts?: { known?: (code: string) => boolean },
  ) {
    this.known = opts?.known;
  }

  reset(): void {
    this.lei = null;
    this.kuan = null;
    this.last = null;
  }

  resolve(printed: string, hint?: { column?: "类" | "款" | "项" }): ResolvedCode | CodeProblem {
    const p = toHalfWidth(trimCellText(printed));
    const sys = SYSTEM_NAME[this.system];
    if (p === "") return { printed, reason: `${sys}编码为空` };
    if (!/^\d+$/.test(p)) return { printed, reason: `${sys}编码应为数字：${printed}` };
    if (p.length === 2) return this.abbreviated(printed, p, hint?.column);
    if (this.system === "function") {
      if (p.length === 3) return this.full(printed, p, 1);
      if (p.length === 5) return this.full(printed, p, 2);
      if (p.length === 7) return this.full(printed, p, 3);
      return { printed, reason: `功能分类编码应为3、5或7位：${printed}` };
    }
    if (p.length === 3) return this.full(printed, p, 1);
    if (p.length === 5) return this.full(printed, p, 2);
    return { printed, reason: `经济分类编码应为3或5位：${printed}` };
  }

  private full(printed: string, code: string, level: 1 | 2 | 3): ResolvedCode {
    this.lei = code.slice(0, 3);
    this.kuan = level >= 2 ? code.slice(0, 5) : null;
    this.last = level;
    return { code, printed, level, abbreviated: false, system: this.system };
  }

  private done(printed: string, code: string, level: 1 | 2 | 3): ResolvedCode {
    if (level === 2) {
      this.kuan = code;
      this.last = 2;
    } else {
      this.last = 3;
    }
    return { code, printed, level, abbreviated: true, system: this.system };
  }

  private abbreviated(printed: string, p: string, column?: "类" | "款" | "项"): ResolvedCode | CodeProblem {
    const noParent = { printed, reason: `无法确定简写编码的上级：${printed}` };
    if (column === "类") return { printed, reason: `类级编码应为3位：${printed}` };
    if (this.system === "economic") {
      if (this.lei === null) return noParent;
      return this.done(printed, this.lei + p, 2);
    }
    if (column === "款") {
      if (this.lei === null) return noParent;
      return this.done(printed, this.lei + p, 2);
    }
    if (column === "项") {
      if (this.kuan === null) return noParent;
      return this.done(printed, this.kuan + p, 3);
    }
    if (this.last === 1 && this.lei !== null) return this.done(printed, this.lei + p, 2);
    if (this.last === 2 && this.kuan !== null) return this.done(printed, this.kuan + p, 3);
    if (this.last === 3 && this.lei !== null && this.kuan !== null) {
      const sibling = this.kuan + p;
      const newKuan = this.lei + p;
      if (this.known) {
        const kSibling = this.known(sibling);
        const kKuan = this.known(newKuan);
        if (kKuan && !kSibling) return this.done(printed, newKuan, 2);
      }
      return this.done(printed, sibling, 3);
    }
    return noParent;
  }
}
