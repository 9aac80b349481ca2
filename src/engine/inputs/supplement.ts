import Decimal from "decimal.js";
import { cellRef, type CellRef } from "../address";
import { extractLines, lineTitle, type LineValue } from "../figures/lines";
import type { Table } from "../model/table";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { parseAmount } from "../values/amount";
import { SUPPLEMENT_HEADER, SUPPLEMENT_SHEET } from "../sheet-names";
import { CURRENT_INPUTS, type InputValue, type Inputs, type Reason } from "./model";

/**
 * The sheet 补充数据: what the 情况说明 needs beyond the tables, typed by the user into a sheet the add-in / CLI create
 * pre-filled with this year's codes, names and amounts. Layout (row 3 is the header; one row per item below):
 *
 *   A 键 (do not edit) | B 类别 | C 科目编码 | D 项目 | E 本年决算数 | F 上年决算数 | G 年初预算数 |
 *   H 比上年变动主要原因 | I 预决算差异主要原因 | J 上年原因（参考）
 *
 * E is filled from the tables (read back only for items no table holds: 机关运行经费, 政府采购, 当年购置数);
 * amounts in 万元, counts as whole numbers. J shows last year's reason as a suggestion; it is never used as this year's.
 */
export { SUPPLEMENT_HEADER, SUPPLEMENT_SHEET } from "../sheet-names";

const COL = {
  key: 0,
  group: 1,
  code: 2,
  name: 3,
  current: 4,
  prior: 5,
  budget: 6,
  reasonChange: 7,
  reasonBudget: 8,
  suggestion: 9,
};

export interface SupplementProblem {
  readonly ref: CellRef;
  readonly message: string;
}

export interface SupplementReading {
  /** False when the workbook has no 补充数据 sheet (then inputs are empty and there are no problems). */
  readonly found: boolean;
  readonly inputs: Inputs;
  readonly problems: ReadonlyArray<SupplementProblem>;
}

/** An item the user can give inputs for: a row of the 补充数据 sheet, and of the pane's 情况说明 inputs. */
export interface SupplementItem {
  readonly key: string;
  /** "收入支出总体", "一般公共预算财政拨款支出", "“三公”经费", "政府采购" … */
  readonly group: string;
  readonly code?: string;
  readonly name: string;
  /** This year's amount from the tables (absent for a typed item). */
  readonly current?: Decimal | null;
  /** The item takes a 年初预算数. */
  readonly budget?: boolean;
  /** The item's 本年数 is typed by the user (no table holds it). */
  readonly typed?: boolean;
  /** A count (车辆数, 批次 …), not an amount. */
  readonly count?: boolean;
}

type RowSpec = SupplementItem;

const LINE_ROWS: ReadonlyArray<{ group: string; keys: ReadonlyArray<string> }> = [
  {
    group: "收入支出总体",
    keys: [
      "01.income.grandTotal",
      "01.income.total",
      "01.income.fiscal",
      "01.income.gpb",
      "01.income.fund",
      "01.income.soe",
      "01.income.upper",
      "01.income.business",
      "01.income.operating",
      "01.income.subsidiary",
      "01.income.other",
      "01.income.nonFiscalBalance",
      "01.income.opening",
      "01.expense.grandTotal",
      "01.expense.total",
      "01.expense.distribution",
      "01.expense.closing",
      "03.basic",
      "03.project",
    ],
  },
  {
    group: "财政拨款收支",
    keys: [
      "04.income.grandTotal",
      "04.income.total",
      "04.income.gpb",
      "04.income.fund",
      "04.income.soe",
      "04.expense.total",
    ],
  },
];

/** The items of this year's tables the 情况说明 needs inputs for, in the 补充数据 sheet's order. */
export function supplementItems(tables: ReadonlyArray<Table>): SupplementItem[] {
  return rowsFor(tables);
}

function rowsFor(tables: ReadonlyArray<Table>): RowSpec[] {
  const lines = extractLines(tables);
  const rows: RowSpec[] = [];
  const lineRow = (l: LineValue, group: string, budget = false): RowSpec => ({
    key: l.key,
    group,
    code: l.code,
    name: lineTitle(lines, l.key),
    current: l.value,
    budget,
  });
  for (const g of LINE_ROWS) for (const k of g.keys) if (lines.has(k)) rows.push(lineRow(lines.get(k)!, g.group));
  const t05 = lines.get("05.total");
  if (t05) rows.push({ ...lineRow(t05, "一般公共预算财政拨款支出", true), name: "一般公共预算财政拨款支出合计" });
  for (const l of lines.values())
    if (l.table === "final-05" && l.key.startsWith("05:")) rows.push(lineRow(l, "一般公共预算财政拨款支出", true));
  const basic = lines.get("05.basic");
  if (basic) rows.push({ ...lineRow(basic, "基本支出"), name: "基本支出" });
  for (const k of ["06.personnel.total", "06.public.total"])
    if (lines.has(k)) rows.push(lineRow(lines.get(k)!, "基本支出"));
  for (const l of lines.values())
    if (l.table === "final-06" && l.key.startsWith("06:") && l.level === 1) rows.push(lineRow(l, "基本支出"));
  for (const l of lines.values())
    if (/^09\.\w+\.final$/.test(l.key))
      rows.push({ ...lineRow(l, "“三公”经费"), budget: false, count: TABLE_COUNTS.some((c) => c.key === l.key) });
  // Counts the 情况说明 names that this workbook's tables do not print (the 12-column 09表 has no 相关统计数; a
  // workbook without 10表): the user types them.
  for (const c of TABLE_COUNTS) {
    if (c.key.startsWith("10.") && lines.has("10.vehicles")) continue;
    if (c.key.startsWith("09.") && lines.has(c.key)) continue;
    rows.push({
      key: c.key,
      group: c.key.startsWith("09.") ? "“三公”经费" : "国有资产",
      name: c.nameZh,
      typed: true,
      count: true,
    });
  }
  for (const c of CURRENT_INPUTS) {
    const group = c.key.startsWith("procurement")
      ? "政府采购"
      : c.key.startsWith("assets")
        ? "国有资产"
        : "机关运行经费";
    rows.push({ key: c.key, group, name: c.nameZh, typed: true, budget: c.key === "operatingCost", count: c.count });
  }
  return rows;
}

function amountText(d: Decimal | null | undefined): CellValue {
  return d === null || d === undefined ? null : d.toNumber();
}

/**
 * The 补充数据 sheet pre-filled for this year's tables: a 2-D array (title, note, header, one row per item). Given
 * inputs (e.g. read from last year's workbook) are filled in; last year's reasons go to 上年原因（参考）.
 */
export function buildSupplementSheet(tables: ReadonlyArray<Table>, inputs?: Inputs): CellValue[][] {
  const out: CellValue[][] = [
    ["补充数据（编制部门决算情况说明用）"],
    [
      "说明：请填写“上年决算数”“年初预算数”及主要原因（金额单位：万元）；本年决算数取自公开表，机关运行经费、政府采购、当年购置数请填写本年数。“键”列供程序识别，请勿修改。",
    ],
    [...SUPPLEMENT_HEADER],
  ];
  for (const r of rowsFor(tables)) {
    const reasonChange = inputs?.reasons[`change:${r.key}`];
    const reasonBudget = inputs?.reasons[`budget:${r.key}`];
    out.push([
      r.key,
      r.group,
      r.code ?? null,
      r.name,
      r.typed ? amountText(inputs?.current[r.key]?.value) : amountText(r.current),
      amountText(inputs?.prior[r.key]?.value),
      r.budget ? amountText(inputs?.budget[r.key]?.value) : null,
      reasonChange?.text ?? null,
      r.budget ? (reasonBudget?.text ?? null) : null,
      [reasonChange?.suggestion, reasonBudget?.suggestion].filter(Boolean).join("；") || null,
    ]);
  }
  return out;
}

/** Counts of 09表 / 10表 the text uses; rows for them are added where the workbook's tables lack them. */
export const TABLE_COUNTS: ReadonlyArray<{ readonly key: string; readonly nameZh: string }> = [
  { key: "09.abroadGroups.final", nameZh: "因公出国（境）团组数" },
  { key: "09.abroadPersons.final", nameZh: "因公出国（境）人次数" },
  { key: "09.vehiclesPurchased.final", nameZh: "公务用车购置数" },
  { key: "09.vehiclesHeld.final", nameZh: "公务用车保有量" },
  { key: "09.receptionBatches.final", nameZh: "国内公务接待批次" },
  { key: "09.receptionPersons.final", nameZh: "国内公务接待人次" },
  { key: "10.vehicles", nameZh: "车辆数合计" },
  { key: "10.vehicles.leader", nameZh: "副部（省）级及以上领导用车" },
  { key: "10.vehicles.head", nameZh: "主要负责人用车" },
  { key: "10.vehicles.confidential", nameZh: "机要通信用车" },
  { key: "10.vehicles.emergency", nameZh: "应急保障用车" },
  { key: "10.vehicles.enforcement", nameZh: "执法执勤用车" },
  { key: "10.vehicles.special", nameZh: "特种专业技术用车" },
  { key: "10.vehicles.retiree", nameZh: "离退休干部服务用车" },
  { key: "10.vehicles.other", nameZh: "其他用车" },
  { key: "10.equipment", nameZh: "单价100万元（含）以上设备数" },
];

const KEY_PATTERN = /^(?:0[1-9]|10)(?:[.:][\w.:]+)$|^(?:operatingCost|procurement\.\w+|assets\.\w+)$/;

function text(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** Reads 补充数据 back: amounts as Decimal with their cells, reasons per item; bad cells as Chinese problems. */
export function readSupplementSheet(snapshot: WorkbookSnapshot): SupplementReading {
  const sheet = snapshot.sheets.find((s) => s.name.trim() === SUPPLEMENT_SHEET);
  const inputs = { prior: {}, budget: {}, current: {}, reasons: {} } as {
    prior: Record<string, InputValue>;
    budget: Record<string, InputValue>;
    current: Record<string, InputValue>;
    reasons: Record<string, Reason>;
  };
  const problems: SupplementProblem[] = [];
  if (!sheet) return { found: false, inputs, problems };
  const headerRow = sheet.values.findIndex((row) => text(row[0]) === "键" && text(row[COL.prior]) === "上年决算数");
  if (headerRow < 0) {
    problems.push({
      ref: cellRef(sheet.name, 0, 0),
      message: `“${SUPPLEMENT_SHEET}”工作表中找不到表头行（“键 … 上年决算数 …”），无法读取补充数据。请勿修改表头，或删除该表后重新生成。`,
    });
    return { found: true, inputs, problems };
  }
  const typed = new Set([...CURRENT_INPUTS.map((c) => c.key), ...TABLE_COUNTS.map((c) => c.key)]);
  const counts = new Set([
    ...CURRENT_INPUTS.filter((c) => c.count).map((c) => c.key),
    ...TABLE_COUNTS.map((c) => c.key),
  ]);
  const seen = new Map<string, string>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const row = sheet.values[r];
    const key = text(row[COL.key]);
    const rest = row.slice(1).some((v) => text(v) !== "");
    if (!key) {
      if (rest) problems.push({ ref: cellRef(sheet.name, r, 0), message: `第${r + 1}行没有“键”，该行未读取。` });
      continue;
    }
    const here = cellRef(sheet.name, r, 0).address;
    if (!KEY_PATTERN.test(key)) {
      problems.push({
        ref: cellRef(sheet.name, r, 0),
        message: `“键”${key}无法识别（可能被修改），第${r + 1}行未读取。`,
      });
      continue;
    }
    if (seen.has(key)) {
      problems.push({
        ref: cellRef(sheet.name, r, 0),
        message: `“键”${key}重复（已在${seen.get(key)}出现），第${r + 1}行未读取。`,
      });
      continue;
    }
    seen.set(key, here);
    const name = text(row[COL.name]) || key;
    const amount = (col: number, what: string): InputValue | undefined => {
      const ref = cellRef(sheet.name, r, col);
      const p = parseAmount(row[col] ?? null, sheet.numberFormats?.[ref.address]);
      if (p.kind === "empty") return undefined;
      if (p.kind === "dash") return { value: new Decimal(0), cells: [ref], source: "supplement" };
      if (p.kind === "invalid") {
        problems.push({ ref, message: `${name}的${what}“${p.text}”不是金额：${p.reason}` });
        return undefined;
      }
      return { value: p.value, cells: [ref], source: "supplement" };
    };
    if (typed.has(key)) {
      const v = amount(COL.current, "本年数");
      if (v && counts.has(key) && !v.value!.isInteger()) {
        problems.push({ ref: v.cells[0], message: `${name}是个数，应填写整数，而不是${v.value!.toFixed()}。` });
      } else if (v) inputs.current[key] = v;
    }
    const prior = amount(COL.prior, "上年决算数");
    if (prior) inputs.prior[key] = prior;
    const budget = amount(COL.budget, "年初预算数");
    if (budget) inputs.budget[key] = budget;
    const rc = text(row[COL.reasonChange]);
    const rb = text(row[COL.reasonBudget]);
    if (rc) inputs.reasons[`change:${key}`] = { text: rc, cell: cellRef(sheet.name, r, COL.reasonChange) };
    if (rb) inputs.reasons[`budget:${key}`] = { text: rb, cell: cellRef(sheet.name, r, COL.reasonBudget) };
  }
  return { found: true, inputs, problems };
}
