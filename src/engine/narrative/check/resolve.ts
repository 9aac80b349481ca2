import Decimal from "decimal.js";
import { formatRef } from "../../address";
import type { AmountCell, RecognitionResult, Table, TableId, TableRow } from "../../model/table";
import { nameCore, normalizeName, parseFunctionPath, sameName } from "./names";

/**
 * Which table cell a name in the 情况说明 stands for. The section the sentence is in decides between tables that
 * carry the same line (基本支出 in 二、支出决算 is 03表, in 六、一般公共预算财政拨款基本支出 it is 05表/06表).
 */

export interface SectionContext {
  /** The section heading (“五、一般公共预算财政拨款支出决算情况说明”), compacted; "" before the first. */
  readonly title: string;
  readonly gpb: boolean;
  readonly fiscal: boolean;
  readonly basic: boolean;
  readonly threePublic: boolean;
  /** 政府性基金 / 国有资本经营 sections: their 本年收入/本年支出 are not the 01/04表 totals. */
  readonly otherFund: boolean;
}

export function sectionContext(title: string): SectionContext {
  const t = title.replace(/\s+/g, "");
  return {
    title: t,
    gpb: /一般公共预算财政拨款/.test(t),
    fiscal: /财政拨款/.test(t),
    basic: /基本支出/.test(t),
    threePublic: /三公/.test(t),
    otherFund: /政府性基金|国有资本经营/.test(t),
  };
}

export type ValueKind = "current" | "budget";

export interface ResolvedPart {
  readonly cell: AmountCell;
  /** How a finance user names the cell (“05表 类 210 卫生健康支出 合计”). */
  readonly label: string;
  readonly table: TableId;
}

export interface Resolved {
  /** Every part must equal the stated amount (“收、支总计均为” names both 总计). */
  readonly parts: ReadonlyArray<ResolvedPart>;
  readonly name: string;
}

const TABLE_NO: Partial<Record<TableId, string>> = {
  "final-01": "01表",
  "final-02": "02表",
  "final-03": "03表",
  "final-04": "04表",
  "final-05": "05表",
  "final-06": "06表",
  "final-07": "07表",
  "final-08": "08表",
  "final-09": "09表",
  "final-10": "10表",
};

export function tableNo(id: TableId): string {
  return TABLE_NO[id] ?? id;
}

export function cellValue(cell: AmountCell): Decimal {
  return cell.value ?? new Decimal(0);
}

export class Tables {
  constructor(private readonly result: RecognitionResult) {}

  table(id: TableId): Table | undefined {
    return this.result.tables.find((t) => t.id === id);
  }

  line(id: TableId, role: string, side?: "income" | "expense"): TableRow | undefined {
    return this.table(id)?.rows.find((r) => r.role === role && (side === undefined || r.side === side));
  }

  part(id: TableId, row: TableRow | undefined, column: string, what: string): ResolvedPart | undefined {
    const cell = row?.cells[column];
    if (!row || !cell) return undefined;
    return { cell, table: id, label: `${tableNo(id)}${what}` };
  }

  lineCell(id: TableId, role: string, side: "income" | "expense" | undefined, column: string, what: string) {
    return this.part(id, this.line(id, role, side), column, what);
  }

  totalRow(id: TableId): TableRow | undefined {
    return this.table(id)?.rows.find((r) => r.kind === "total");
  }

  codeRows(id: TableId): TableRow[] {
    return (this.table(id)?.rows ?? []).filter((r) => r.kind === "code" && r.code !== undefined);
  }
}

function one(name: string, ...parts: Array<ResolvedPart | undefined>): Resolved | null {
  const ok = parts.filter((p): p is ResolvedPart => p !== undefined);
  return ok.length === 0 ? null : { parts: ok, name };
}

/** Year and unit prefixes a sentence puts before the indicator (“本部门 2024 年度”, “其中”), and joining words after. */
export function indicatorName(raw: string): string {
  let n = normalizeName(raw.replace(/^[□\s]+/, ""));
  for (let i = 0; i < 3; i++) {
    n = n
      .replace(/^(本部门|本单位|我部门|我单位)/, "")
      .replace(/^(\d{4}年度?|本年度)/, "")
      .replace(/^(其中|包括|主要包括)[:：]?/, "");
  }
  return n.replace(/(均为|各为|均|各|为|是|共计|达)$/, "");
}

const THREE_PUBLIC: Array<[RegExp, string, string]> = [
  [/三公经费/, "total", "“三公”经费合计"],
  [/^因公出国\(境\)费/, "abroad", "因公出国（境）费"],
  [/^公务用车购置及运行(维护)?费/, "vehicle", "公务用车购置及运行维护费"],
  [/^公务用车购置(费)?(支出)?$/, "vehiclePurchase", "公务用车购置费"],
  [/^公务用车运行(维护)?费(支出)?$/, "vehicleOperation", "公务用车运行维护费"],
  [/^公务接待费/, "reception", "公务接待费"],
  [/^国内(公务)?接待(费|支出)?$/, "receptionDomestic", "国内公务接待费"],
];

/**
 * Resolve a name as written to the table cells it stands for, or null. Function-classification paths (…（类）…) go
 * through resolvePath.
 */
export function resolveName(
  raw: string,
  kind: ValueKind,
  ctx: SectionContext,
  t: Tables,
  denominator = false,
): Resolved | null {
  let n = indicatorName(raw);
  if (n === "") return null;
  let fiscal = ctx.fiscal && !ctx.gpb;
  if (/^财政拨款(收、支总计|收入总计、支出总计|收入总计|支出总计)/.test(n)) {
    fiscal = true;
    n = n.replace(/^财政拨款/, "");
  }
  if (!t.table("final-01") && (t.table("budget-expense-total") || t.table("budget-gpb")))
    return resolveBudgetName(n, ctx, t);
  const three = THREE_PUBLIC.find(([re]) => re.test(n));
  if (three && (ctx.threePublic || three[1] === "total")) {
    const col = kind === "budget" ? "budget" : "final";
    return one(
      n,
      t.lineCell("final-09", three[1], undefined, col, ` ${three[2]} ${kind === "budget" ? "全年预算数" : "决算数"}`),
    );
  }
  if (kind === "budget") return null;
  if (ctx.otherFund && !/^(政府性基金|国有资本经营)/.test(n)) return null;
  if (/^本年(收入|支出)$/.test(n) && !denominator) return null;
  if (/^(收、支总计|收入总计、支出总计|收入、支出总计)$/.test(n)) {
    return fiscal
      ? one(
          n,
          t.lineCell("final-04", "grandTotal", "income", "amount", " 收入总计"),
          t.lineCell("final-04", "grandTotal", "expense", "total", " 支出总计"),
        )
      : one(
          n,
          t.lineCell("final-01", "grandTotal", "income", "amount", " 收入总计"),
          t.lineCell("final-01", "grandTotal", "expense", "amount", " 支出总计"),
        );
  }
  if (/^收入总计$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "grandTotal", "income", "amount", " 收入总计"))
      : one(n, t.lineCell("final-01", "grandTotal", "income", "amount", " 收入总计"));
  if (/^支出总计$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "grandTotal", "expense", "total", " 支出总计"))
      : one(n, t.lineCell("final-01", "grandTotal", "expense", "amount", " 支出总计"));
  if (/^本年收入(合计)?$|^收入合计$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "total", "income", "amount", " 本年收入合计"))
      : one(n, t.lineCell("final-01", "total", "income", "amount", " 本年收入合计"));
  if (/^本年支出(合计)?$|^支出合计$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "total", "expense", "total", " 本年支出合计"))
      : one(n, t.lineCell("final-01", "total", "expense", "amount", " 本年支出合计"));
  if (/^年初(财政拨款)?结转和结余$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "opening", "income", "amount", " 年初结转和结余"))
      : one(n, t.lineCell("final-01", "opening", "income", "amount", " 年初结转和结余"));
  if (/^年末(财政拨款)?结转和结余$/.test(n))
    return fiscal
      ? one(n, t.lineCell("final-04", "closing", "expense", "total", " 年末结转和结余"))
      : one(n, t.lineCell("final-01", "closing", "expense", "amount", " 年末结转和结余"));
  if (/^结余分配$/.test(n)) return one(n, t.lineCell("final-01", "distribution", "expense", "amount", " 结余分配"));
  if (/^使用非财政拨款结余/.test(n))
    return one(n, t.lineCell("final-01", "nonFiscalBalance", "income", "amount", " 使用非财政拨款结余"));
  if (/^财政拨款收入$/.test(n)) {
    const r = one(n, t.part("final-02", t.totalRow("final-02"), "fiscal", " 合计 财政拨款收入"));
    if (r) return r;
  }
  if (/^一般公共预算财政拨款收入$/.test(n))
    return one(n, t.lineCell("final-01", "gpb", "income", "amount", " 一般公共预算财政拨款收入"));
  if (/^政府性基金预算财政拨款收入$/.test(n))
    return one(n, t.lineCell("final-01", "fund", "income", "amount", " 政府性基金预算财政拨款收入"));
  if (/^国有资本经营预算财政拨款收入$/.test(n))
    return one(n, t.lineCell("final-01", "soe", "income", "amount", " 国有资本经营预算财政拨款收入"));
  const incomeLines: Record<string, string> = {
    上级补助收入: "upper",
    事业收入: "business",
    经营收入: "operating",
    附属单位上缴收入: "subsidiary",
    其他收入: "other",
  };
  if (incomeLines[n]) return one(n, t.lineCell("final-01", incomeLines[n], "income", "amount", ` ${n}`));
  if (/^一般公共预算财政拨款(本年)?支出(合计)?$/.test(n))
    return one(n, t.part("final-05", t.totalRow("final-05"), "total", " 合计"));
  if (/^一般公共预算财政拨款基本支出$/.test(n))
    return one(n, t.part("final-05", t.totalRow("final-05"), "basic", " 合计 基本支出"));
  if (/^一般公共预算财政拨款项目支出$/.test(n))
    return one(n, t.part("final-05", t.totalRow("final-05"), "project", " 合计 项目支出"));
  if (/^(基本支出|项目支出)$/.test(n)) {
    const col = n === "基本支出" ? "basic" : "project";
    const id: TableId = ctx.gpb ? "final-05" : "final-03";
    return one(n, t.part(id, t.totalRow(id), col, ` 合计 ${n}`));
  }
  const expenseCols: Record<string, string> = {
    上缴上级支出: "upper",
    经营支出: "operating",
    对附属单位补助支出: "subsidiary",
  };
  if (expenseCols[n]) return one(n, t.part("final-03", t.totalRow("final-03"), expenseCols[n], ` 合计 ${n}`));
  if (/^财政拨款(本年)?支出$/.test(n))
    return one(n, t.lineCell("final-04", "total", "expense", "total", " 本年支出合计"));
  if (/^政府性基金预算财政拨款(本年)?支出$/.test(n))
    return one(n, t.lineCell("final-04", "total", "expense", "fund", " 本年支出合计 政府性基金预算财政拨款"));
  if (/^国有资本经营预算财政拨款(本年)?支出$/.test(n))
    return one(n, t.lineCell("final-04", "total", "expense", "soe", " 本年支出合计 国有资本经营预算财政拨款"));
  if (/^人员经费(合计)?$/.test(n))
    return one(n, t.lineCell("final-06", "personnel.total", undefined, "amount", " 人员经费合计"));
  if (/^公用经费(合计)?$/.test(n))
    return one(n, t.lineCell("final-06", "public.total", undefined, "amount", " 公用经费合计"));
  if (ctx.basic) {
    const row = t.codeRows("final-06").find((r) => sameName(r.label, n));
    if (row) return one(n, t.part("final-06", row, "amount", ` ${row.code?.code} ${row.label}`));
  }
  return null;
}

const BUDGET_NAMES: Partial<Record<TableId, string>> = {
  "budget-expense-total": "部门支出总表",
  "budget-gpb": "一般公共预算支出表",
  "budget-gpb-basic": "一般公共预算基本支出表",
  "budget-three-public": "“三公”经费支出表",
};

/**
 * 部门预算情况说明: every figure is a 预算数, so 预算/决算 wording does not choose the column. 财政拨款 sections speak of
 * the 一般公共预算支出表, the others of the 部门支出总表 (合计, 基本支出, 项目支出, the 类 lines); 人员经费/公用经费 are the
 * 一般公共预算基本支出表 合计; the 三公 items the “三公”经费支出表.
 */
function resolveBudgetName(n: string, ctx: SectionContext, t: Tables): Resolved | null {
  const id: TableId = ctx.fiscal && t.table("budget-gpb") ? "budget-gpb" : "budget-expense-total";
  const part = (table: TableId, row: TableRow | undefined, column: string, what: string): ResolvedPart | undefined => {
    const cell = row?.cells[column];
    return row && cell ? { cell, table, label: `${BUDGET_NAMES[table] ?? table} ${what}` } : undefined;
  };
  const three = THREE_PUBLIC.find(([re]) => re.test(n));
  if (three && (ctx.threePublic || three[1] === "total"))
    return one(n, part("budget-three-public", t.line("budget-three-public", three[1]), "budget", three[2]));
  if (/支出预算总额$/.test(n)) return one(n, part(id, t.totalRow(id), "total", "合计"));
  if (/^(基本支出|项目支出)$/.test(n))
    return one(n, part(id, t.totalRow(id), n === "基本支出" ? "basic" : "project", `合计 ${n}`));
  if (/^人员经费(合计)?$/.test(n))
    return one(n, part("budget-gpb-basic", t.totalRow("budget-gpb-basic"), "personnel", "人员经费 合计"));
  if (/^公用经费(合计)?$/.test(n))
    return one(n, part("budget-gpb-basic", t.totalRow("budget-gpb-basic"), "public", "公用经费 合计"));
  const row = t.codeRows(id).find((r) => r.code?.system === "function" && r.code.level === 1 && sameName(r.label, n));
  if (row) return one(n, part(id, row, "total", `${row.code!.code} ${row.label} 合计`));
  return null;
}

export interface PathResolution {
  /** The rows the text's 类/款/项 names resolve to, top down, as far as they resolve. */
  readonly rows: ReadonlyArray<TableRow>;
  readonly complete: boolean;
  readonly table: TableId;
  readonly printed: string;
  readonly names: ReadonlyArray<string>;
}

/** The function-classification table a section speaks of: 05表 for 财政拨款/一般公共预算, else 03表. */
export function pathTable(ctx: SectionContext, t: Tables): TableId | null {
  const order: TableId[] = ctx.gpb || ctx.fiscal ? ["final-05", "final-03"] : ["final-03", "final-05"];
  return order.find((id) => t.codeRows(id).length > 0) ?? null;
}

export function resolvePath(raw: string, ctx: SectionContext, t: Tables): PathResolution | null {
  const path = parseFunctionPath(raw);
  if (!path) return null;
  const id = pathTable(ctx, t);
  if (!id) return null;
  const rows = t.codeRows(id).filter((r) => r.code?.system === "function");
  const found: TableRow[] = [];
  let prefix = "";
  for (let level = 1; level <= path.names.length; level++) {
    const name = path.names[level - 1];
    const row = rows.find((r) => r.code!.level === level && r.code!.code.startsWith(prefix) && sameName(r.label, name));
    if (!row) break;
    found.push(row);
    prefix = row.code!.code;
  }
  return {
    rows: found,
    complete: found.length === path.names.length,
    table: id,
    printed: path.printed,
    names: path.names,
  };
}

/** “卫生健康支出（类）医疗保障管理事务（款）事业运行（项） 2101550”: the path of a code row, from the same table. */
export function pathName(row: TableRow, id: TableId, t: Tables): string {
  const code = row.code!.code;
  const rows = t.codeRows(id);
  const marks = ["类", "款", "项"];
  const parts: string[] = [];
  for (let level = 1; level <= row.code!.level; level++) {
    const len = level === 1 ? 3 : level === 2 ? 5 : 7;
    const r = level === row.code!.level ? row : rows.find((x) => x.code!.code === code.slice(0, len));
    parts.push(`${r ? nameCoreless(r.label) : "?"}（${marks[level - 1]}）`);
  }
  return `${parts.join("")} ${code}`;
}

function nameCoreless(label: string): string {
  return normalizeName(label).replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Code rows of a table whose amount equals the value, deepest level first. */
export function rowsWithAmount(id: TableId, value: Decimal, column: string, t: Tables): TableRow[] {
  return t
    .codeRows(id)
    .filter((r) => r.cells[column] && cellValue(r.cells[column]).eq(value))
    .sort((a, b) => b.code!.level - a.code!.level);
}

export function refOf(part: ResolvedPart): string {
  return formatRef(part.cell.ref);
}

export { nameCore };
