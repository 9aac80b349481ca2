/**
 * 政府收支分类科目 lookups over the sourced catalog in ./data (copied from shared/catalog; see data/README.md).
 * The catalog is incomplete by construction: a code that is absent is *unknown*, never wrong on that ground alone.
 */
import functionData from "./data/function-classification.json";
import economicData from "./data/economic-classification.json";
import renamesData from "./data/known-renames.json";
import { normalizeLabel, toHalfWidth } from "../values/text";

export type CodeSystem = "function" | "economic";

export interface CatalogEntry {
  readonly code: string;
  readonly level: "类" | "款" | "项";
  readonly name: string;
  readonly parent?: string;
  readonly confidence: string;
  readonly name_variants?: ReadonlyArray<string | { name: string }>;
  readonly truncated_forms_seen?: ReadonlyArray<string | { name: string }>;
}

interface RawEntry {
  code: string;
  level: string;
  name: string;
  parent?: string;
  confidence: string;
}

function index(entries: RawEntry[]): Map<string, CatalogEntry> {
  const m = new Map<string, CatalogEntry>();
  for (const e of entries) m.set(e.code, e as unknown as CatalogEntry);
  return m;
}

const functionCodes = index((functionData as { entries: RawEntry[] }).entries);
const economicCodes = index((economicData as { entries: RawEntry[] }).entries);

export function functionEntry(code: string): CatalogEntry | undefined {
  return functionCodes.get(code);
}

export function economicEntry(code: string): CatalogEntry | undefined {
  return economicCodes.get(code);
}

/** The entry of a code in the given system, or undefined when the catalog does not source it (unknown, not wrong). */
export function catalogEntry(system: CodeSystem, code: string): CatalogEntry | undefined {
  return system === "function" ? functionEntry(code) : economicEntry(code);
}

interface ClassRow {
  order: number;
  name: string;
  code_if_sourced: string | null;
}

const classRows: ReadonlyArray<ClassRow> = (
  functionData as { final_account_summary_table_class_rows: { rows: ClassRow[] } }
).final_account_summary_table_class_rows.rows;

const classByName = new Map<string, ClassRow>(classRows.map((r) => [normalizeLabel(r.name), r]));

/**
 * A 类 line of the 收入支出决算总表 (printed without a code) → its row in the national template, with the code where a
 * source shows it.
 */
export function summaryClassRow(label: string): { name: string; order: number; code: string | null } | undefined {
  const r = classByName.get(normalizeLabel(label));
  return r ? { name: r.name, order: r.order, code: r.code_if_sourced } : undefined;
}

export const summaryClassNames: ReadonlyArray<string> = classRows.map((r) => r.name);

// ---------------------------------------------------------------------------------------------------------------
// 科目名称 comparison

/**
 * A 科目名称 reduced for comparison: half-width, no white space, every bracket pair as ASCII round brackets
 * ("因公出国（境）费用" and "因公出国(境)费用" are the same name), quotes unified.
 */
export function normalizeSubjectName(s: string): string {
  return normalizeLabel(toHalfWidth(s))
    .replace(/[〔［[【]/g, "(")
    .replace(/[〕］\]】]/g, ")");
}

/** 缴费 / 缴款 are interchangeable wordings of the same contribution subject (30111 公务员医疗补助缴款 / 缴费). */
function wordingKey(s: string): string {
  return s.replace(/缴款/g, "缴费");
}

function names(list: ReadonlyArray<string | { name: string }> | undefined): string[] {
  return (list ?? []).map((x) => (typeof x === "string" ? x : x.name));
}

/** Former / alternate names per system and code (known-renames.json). Confirmed renames plus the 类 name lineage leads. */
const formerNames: Record<CodeSystem, Map<string, string[]>> = { function: new Map(), economic: new Map() };

interface RenameItem {
  scheme: string;
  code: string;
  former_or_alternate_names: { name: string }[];
  related_class_rename?: { code: string; former_name: string };
}

function addFormer(system: CodeSystem, code: string, name: string): void {
  const list = formerNames[system].get(code);
  if (list) {
    if (!list.includes(name)) list.push(name);
  } else formerNames[system].set(code, [name]);
}

{
  const data = renamesData as unknown as {
    renames: RenameItem[];
    leads_not_confirmed: { topic: string; pairs?: [string, string][] }[];
  };
  for (const r of data.renames) {
    const system: CodeSystem = r.scheme === "economic" ? "economic" : "function";
    for (const f of r.former_or_alternate_names) addFormer(system, r.code, f.name);
    if (r.related_class_rename) addFormer(system, r.related_class_rename.code, r.related_class_rename.former_name);
  }
  // 类 name lineage (older → current), sourced by name only: linked to the 类 whose current name is the newer one.
  for (const lead of data.leads_not_confirmed) {
    for (const [older, current] of lead.pairs ?? []) {
      const cls = [...functionCodes.values()].find((e) => e.level === "类" && e.name === current);
      if (cls) addFormer("function", cls.code, older);
    }
  }
}

/** Former or alternate names of a code (known-renames.json), e.g. 210 → ["医疗卫生与计划生育支出"]. */
export function formerNamesOf(system: CodeSystem, code: string): ReadonlyArray<string> {
  return formerNames[system].get(code) ?? [];
}

/**
 * How a printed 科目名称 relates to the catalog name of its code:
 * - unknown: the catalog does not source the code (its name cannot be checked — never an error);
 * - same: the standard name (after normalising width, brackets and white space);
 * - variant: a legitimate wording variant (catalog `name_variants`, or 缴费/缴款);
 * - truncated: a cut-off form (catalog `truncated_forms_seen`, or a prefix of the standard name of at least half its
 *   length and two characters — a PDF cell that clipped the name);
 * - former: a former/alternate name (known-renames.json);
 * - mismatch: none of these — the name belongs to another subject or is wrong.
 */
export type NameMatch =
  | { readonly kind: "unknown" }
  | { readonly kind: "same"; readonly standard: string }
  | { readonly kind: "variant" | "truncated" | "former" | "mismatch"; readonly standard: string };

export function matchSubjectName(system: CodeSystem, code: string, printed: string): NameMatch {
  const entry = catalogEntry(system, code);
  if (!entry) return { kind: "unknown" };
  const standard = entry.name;
  const p = normalizeSubjectName(printed);
  const s = normalizeSubjectName(standard);
  if (p === s) return { kind: "same", standard };
  const is = (list: ReadonlyArray<string>) => list.some((n) => normalizeSubjectName(n) === p);
  if (is(names(entry.name_variants))) return { kind: "variant", standard };
  if (is(names(entry.truncated_forms_seen))) return { kind: "truncated", standard };
  if (wordingKey(p) === wordingKey(s)) return { kind: "variant", standard };
  if (p.length >= 2 && p.length * 2 >= s.length && s.startsWith(p)) return { kind: "truncated", standard };
  if (is(formerNamesOf(system, code))) return { kind: "former", standard };
  return { kind: "mismatch", standard };
}

// ---------------------------------------------------------------------------------------------------------------
// 经济分类 blocks of 公开06表

/** 人员经费 are 301 工资福利支出 and 303 对个人和家庭的补助; every other 经济分类 类 is 公用经费. */
const PERSONNEL_CLASSES = new Set(["301", "303"]);
const PUBLIC_CLASSES = new Set(["302", "307", "309", "310", "311", "312", "313", "399"]);

/** The 06表 block an economic code belongs in, or undefined for a 类 the rule does not know. */
export function economicBlockOf(code: string): "personnel" | "public" | undefined {
  const cls = code.slice(0, 3);
  if (PERSONNEL_CLASSES.has(cls)) return "personnel";
  if (PUBLIC_CLASSES.has(cls)) return "public";
  return undefined;
}
