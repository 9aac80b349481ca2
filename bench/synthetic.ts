/**
 * A large synthetic workbook for benchmarks: one sheet per unit (default 200 units), each holding the unit's
 * 收入决算表 (公开02表), 支出决算表 (公开03表) and 一般公共预算财政拨款支出决算表 (公开05表) stacked, laid out like
 * the seed002 fixture (title, 表号 at the right, 部门/单位 line, two header rows, 栏次, 合计, 类/款/项 code rows,
 * 注). Amounts are numbers in 万元 with #,##0.00 and add up: 合计 = Σ类, 类 = Σ款, 款 = Σ项, and in every row
 * 02 栏1 = Σ栏2–7, 03 栏1 = Σ栏2–6, 05 栏1 = 栏2 + 栏3; 03 totals equal 02 totals, 05 is the 财政拨款 part.
 *
 *   node dist-cli/bench/synthetic.js [out.xlsx] [units]
 */
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

/** 支出功能分类: 类 → 款 → 项 (code, name). 6 类, 20 款, 54 项 = 80 code rows per table. */
// prettier-ignore
const TREE: Array<[string, string, Array<[string, string, Array<[string, string]>]>]> = [
  ["201", "一般公共服务支出", [
    ["20101", "人大事务", [["2010101", "行政运行"], ["2010102", "一般行政管理事务"], ["2010199", "其他人大事务支出"]]],
    ["20103", "政府办公厅（室）及相关机构事务", [["2010301", "行政运行"], ["2010302", "一般行政管理事务"], ["2010350", "事业运行"]]],
    ["20105", "统计信息事务", [["2010501", "行政运行"], ["2010505", "专项统计业务"]]],
    ["20106", "财政事务", [["2010601", "行政运行"], ["2010602", "一般行政管理事务"], ["2010650", "事业运行"], ["2010699", "其他财政事务支出"]]],
    ["20111", "纪检监察事务", [["2011101", "行政运行"], ["2011102", "一般行政管理事务"]]],
  ]],
  ["208", "社会保障和就业支出", [
    ["20801", "人力资源和社会保障管理事务", [["2080101", "行政运行"], ["2080102", "一般行政管理事务"], ["2080199", "其他人力资源和社会保障管理事务支出"]]],
    ["20805", "行政事业单位养老支出", [["2080501", "行政单位离退休"], ["2080502", "事业单位离退休"], ["2080505", "机关事业单位基本养老保险缴费支出"], ["2080506", "机关事业单位职业年金缴费支出"], ["2080599", "其他行政事业单位养老支出"]]],
    ["20808", "抚恤", [["2080801", "死亡抚恤"], ["2080802", "伤残抚恤"]]],
    ["20899", "其他社会保障和就业支出", [["2089999", "其他社会保障和就业支出"]]],
  ]],
  ["210", "卫生健康支出", [
    ["21001", "卫生健康管理事务", [["2100101", "行政运行"], ["2100102", "一般行政管理事务"], ["2100199", "其他卫生健康管理事务支出"]]],
    ["21011", "行政事业单位医疗", [["2101101", "行政单位医疗"], ["2101102", "事业单位医疗"], ["2101103", "公务员医疗补助"], ["2101199", "其他行政事业单位医疗支出"]]],
    ["21013", "医疗救助", [["2101301", "城乡医疗救助"], ["2101399", "其他医疗救助支出"]]],
    ["21015", "医疗保障管理事务", [["2101501", "行政运行"], ["2101502", "一般行政管理事务"], ["2101506", "医疗保障经办事务"], ["2101550", "事业运行"], ["2101599", "其他医疗保障管理事务支出"]]],
  ]],
  ["212", "城乡社区支出", [
    ["21201", "城乡社区管理事务", [["2120101", "行政运行"], ["2120102", "一般行政管理事务"], ["2120199", "其他城乡社区管理事务支出"]]],
    ["21203", "城乡社区公共设施", [["2120303", "小城镇基础设施建设"], ["2120399", "其他城乡社区公共设施支出"]]],
    ["21205", "城乡社区环境卫生", [["2120501", "城乡社区环境卫生"]]],
  ]],
  ["213", "农林水支出", [
    ["21301", "农业农村", [["2130101", "行政运行"], ["2130104", "事业运行"], ["2130199", "其他农业农村支出"]]],
    ["21303", "水利", [["2130301", "行政运行"], ["2130305", "水利工程建设"]]],
  ]],
  ["221", "住房保障支出", [
    ["22101", "保障性安居工程支出", [["2210105", "农村危房改造"]]],
    ["22102", "住房改革支出", [["2210201", "住房公积金"], ["2210202", "提租补贴"], ["2210203", "购房补贴"]]],
  ]],
];

export const CODE_ROWS_PER_TABLE = TREE.reduce(
  (n, [, , kuan]) => n + 1 + kuan.reduce((m, [, , xiang]) => m + 1 + xiang.length, 0),
  0,
);

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same workbook. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts in cents (integers) so that sums are exact; written as 万元 numbers with two decimals. */
type Cents = number[];

interface CodeRow {
  code: string;
  name: string;
  /** 02表 栏2–7: 财政拨款, 上级补助, 事业, 经营, 附属单位上缴, 其他. */
  income: Cents;
  /** 03表 栏2–6: 基本, 项目, 上缴上级, 经营, 对附属单位补助. */
  expense: Cents;
  /** 05表 栏2–3: 基本, 项目 (the 财政拨款 part). */
  fiscal: Cents;
}

function add(a: Cents, b: Cents): Cents {
  return a.map((x, i) => x + b[i]);
}
const sum = (a: Cents) => a.reduce((s, x) => s + x, 0);

/** One 项 row's amounts: 03 total = 02 total; 05 = 财政拨款 (02 栏2) split into 基本/项目 within 03's. */
function itemAmounts(next: () => number): { income: Cents; expense: Cents; fiscal: Cents } {
  const zero = next() < 0.25;
  const total = zero ? 0 : Math.round(next() * 5_000_000) + 100; // up to 50,000.00 万元
  const fin = Math.round(total * (0.8 + 0.2 * next()));
  const rest = total - fin;
  const upper = Math.round(rest * next() * 0.5);
  const business = Math.round((rest - upper) * next() * 0.3);
  const other = rest - upper - business;
  const income = [fin, upper, business, 0, 0, other];
  const basic = Math.round(total * next());
  const project = total - basic;
  const expense = [basic, project, 0, 0, 0];
  const fBasic = Math.min(basic, fin);
  const fiscal = [fBasic, fin - fBasic];
  return { income, expense, fiscal };
}

function unitRows(next: () => number): { total: CodeRow; rows: CodeRow[] } {
  const rows: CodeRow[] = [];
  let total: CodeRow = { code: "", name: "合计", income: [0, 0, 0, 0, 0, 0], expense: [0, 0, 0, 0, 0], fiscal: [0, 0] };
  for (const [lei, leiName, kuans] of TREE) {
    const leiRow: CodeRow = {
      code: lei,
      name: leiName,
      income: [0, 0, 0, 0, 0, 0],
      expense: [0, 0, 0, 0, 0],
      fiscal: [0, 0],
    };
    rows.push(leiRow);
    for (const [kuan, kuanName, items] of kuans) {
      const kuanRow: CodeRow = {
        code: kuan,
        name: kuanName,
        income: [0, 0, 0, 0, 0, 0],
        expense: [0, 0, 0, 0, 0],
        fiscal: [0, 0],
      };
      rows.push(kuanRow);
      for (const [xiang, xiangName] of items) {
        const a = itemAmounts(next);
        rows.push({ code: xiang, name: xiangName, ...a });
        kuanRow.income = add(kuanRow.income, a.income);
        kuanRow.expense = add(kuanRow.expense, a.expense);
        kuanRow.fiscal = add(kuanRow.fiscal, a.fiscal);
      }
      leiRow.income = add(leiRow.income, kuanRow.income);
      leiRow.expense = add(leiRow.expense, kuanRow.expense);
      leiRow.fiscal = add(leiRow.fiscal, kuanRow.fiscal);
    }
    total = {
      ...total,
      income: add(total.income, leiRow.income),
      expense: add(total.expense, leiRow.expense),
      fiscal: add(total.fiscal, leiRow.fiscal),
    };
  }
  return { total, rows };
}

interface TableLayout {
  title: string;
  tableNo: string;
  /** Header row 1 after 项目 (A:B): the amount column labels. */
  columns: string[];
  /** 05表: 本年支出 over 小计/基本支出/项目支出 (two-level header). */
  grouped?: string;
  amounts: (r: CodeRow) => Cents;
  note: string;
}

const TABLES: TableLayout[] = [
  {
    title: "收入决算表",
    tableNo: "公开02表",
    columns: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    amounts: (r) => [sum(r.income), ...r.income],
    note: "注：本表反映部门本年度取得的各项收入情况。",
  },
  {
    title: "支出决算表",
    tableNo: "公开03表",
    columns: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    amounts: (r) => [sum(r.expense), ...r.expense],
    note: "注：本表反映部门本年度各项支出情况。",
  },
  {
    title: "一般公共预算财政拨款支出决算表",
    tableNo: "公开05表",
    columns: ["小计", "基本支出", "项目支出"],
    grouped: "本年支出",
    amounts: (r) => [sum(r.fiscal), ...r.fiscal],
    note: "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
  },
];

export interface SyntheticWorkbook {
  file: string;
  units: number;
  sheets: number;
  /** Rows written, over all sheets (blank separator rows included). */
  rows: number;
  /** Non-empty cells written. */
  cells: number;
}

export async function writeSyntheticWorkbook(
  file = path.join(os.tmpdir(), "fiscal-bench-synthetic.xlsx"),
  units = 200,
): Promise<SyntheticWorkbook> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const next = rng(20240101);
  let rows = 0;
  let cells = 0;
  for (let u = 1; u <= units; u++) {
    const unitName = `示例市第${u}单位`;
    const ws = wb.addWorksheet(`单位${String(u).padStart(3, "0")}`);
    ws.columns = [{ width: 12 }, { width: 30 }, ...new Array(7).fill({ width: 14 })];
    const data = unitRows(next);
    let r = 0;
    const put = (values: Array<string | number | null>, amountFrom = -1) => {
      r++;
      const row = ws.getRow(r);
      values.forEach((v, i) => {
        if (v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (amountFrom >= 0 && i >= amountFrom && typeof v === "number") cell.numFmt = "#,##0.00";
        cells++;
      });
      // Rows are committed with the sheet: merges below still need them.
    };
    for (const [ti, t] of TABLES.entries()) {
      if (ti > 0) {
        put([]);
        put([]);
      }
      const width = 2 + t.columns.length;
      const last = width - 1;
      const top = r + 1;
      put([t.title]);
      ws.mergeCells(top, 1, top, width);
      put([...new Array(last).fill(null), t.tableNo]);
      put([`部门：${unitName}`, ...new Array(last - 1).fill(null), "单位：万元"]);
      ws.mergeCells(r, 1, r, 2);
      const h1 = r + 1;
      if (t.grouped) {
        put(["项目", null, t.grouped]);
        ws.mergeCells(h1, 1, h1, 2);
        ws.mergeCells(h1, 3, h1, width);
        put(["科目编码", "科目名称", ...t.columns]);
      } else {
        put(["项目", null, ...t.columns]);
        ws.mergeCells(h1, 1, h1, 2);
        put(["科目编码", "科目名称"]);
        for (let c = 3; c <= width; c++) ws.mergeCells(h1, c, h1 + 1, c);
      }
      put(["栏次", null, ...t.columns.map((_, i) => String(i + 1))]);
      const yuan = (c: number) => c / 100;
      put(["合计", null, ...t.amounts(data.total).map(yuan)], 2);
      for (const row of data.rows) put([row.code, row.name, ...t.amounts(row).map(yuan)], 2);
      put([t.note]);
    }
    rows += r;
    ws.commit();
  }
  await wb.commit();
  return { file, units, sheets: units, rows, cells };
}

if (require.main === module) {
  const [out, units] = process.argv.slice(2);
  writeSyntheticWorkbook(out || undefined, units ? Number(units) : undefined).then(
    (w) => {
      process.stdout.write(
        `已生成 ${w.file}：${w.sheets} 个工作表（${w.units} 个单位 × 公开02/03/05表，每表 ${CODE_ROWS_PER_TABLE} 行科目），` +
          `共 ${w.rows} 行、${w.cells} 个非空单元格。\n`,
      );
    },
    (e) => {
      process.stderr.write(`生成失败：${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
