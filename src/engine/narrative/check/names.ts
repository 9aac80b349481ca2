/**
 * Name matching between the text and the tables: width and bracket normalisation, quotes, spaces, the optional 的 and
 * a trailing 支出/费用 (“对个人和家庭补助支出” = 06表 “对个人和家庭的补助”; “一般公共服务（类）” = 类 201 一般公共服务支出).
 */

export function normalizeName(s: string): string {
  return s
    .replace(/\s+/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")")
    .replace(/[“”"‘’'「」]/g, "")
    .replace(/^[0-9０-９]+[.．、]/, "")
    .replace(/^[(（]?[一二三四五六七八九十0-9]+[)）、.．]/, "")
    .replace(/^其中[:：]?/, "")
    .replace(/[:：，,、。]+$/, "");
}

/** The comparable core of a name: normalised, without 的 and a trailing 支出/费/费用. */
export function nameCore(s: string): string {
  return normalizeName(s)
    .replace(/的/g, "")
    .replace(/(支出|费用|费)$/, "");
}

export function sameName(a: string, b: string): boolean {
  const x = nameCore(a);
  const y = nameCore(b);
  return x !== "" && x === y;
}

export interface FunctionPath {
  /** 类, 款, 项 names as written, those the text gives. */
  readonly names: ReadonlyArray<string>;
  /** The text as written (“一般公共服务（类）”). */
  readonly printed: string;
}

/** “卫生健康支出（类）医疗保障管理事务（款）事业运行（项）” → [卫生健康支出, 医疗保障管理事务, 事业运行]. */
export function parseFunctionPath(s: string): FunctionPath | null {
  const t = normalizeName(s);
  const m = /^(.+?)\(类\)(?:(.+?)\(款\))?(?:(.+?)\(项\))?/.exec(t);
  if (!m) return null;
  const names = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined && x !== "");
  return { names, printed: m[0].replace(/\(/g, "（").replace(/\)/g, "）") };
}
