/**
 * 政府收支分类科目 lookups over the sourced catalog in ./data (copied from shared/catalog; see data/README.md).
 * The catalog is incomplete by construction: a code that is absent is *unknown*, never wrong on that ground alone.
 */
import functionData from "./data/function-classification.json";
import economicData from "./data/economic-classification.json";
import { normalizeLabel } from "../values/text";

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
