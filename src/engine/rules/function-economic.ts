import Decimal from "decimal.js";
import type { AmountCell, Table, TableId, TableRow } from "../model/table";
import { compareSum } from "../tolerance";
import { formatSigned } from "../findings";
import { checkSumOptions, DEFAULT_SUM_OPTIONS, rowName, unreadable, valueOf, type SumOptions } from "./support/sums";
import type { RuleContext, RuleModule, RuleVisitor, TableSet } from "./types";

/**
 * 功能分类 项 that exist for one 经济分类 款 of 基本支出: the unit's contributions are booked under these subjects,
 * so 05表's 基本支出 of the function code(s) and 06表's amount of the economic code(s) are the same money.
 */
export const FUNCTION_ECONOMIC_PAIRS: ReadonlyArray<{ functions: string[]; economics: string[] }> = [
  { functions: ["2080505"], economics: ["30108"] }, // 机关事业单位基本养老保险缴费（支出）
  { functions: ["2080506"], economics: ["30109"] }, // 职业年金缴费
  { functions: ["2101101", "2101102", "2101103"], economics: ["30110", "30111"] }, // 行政/事业单位医疗、公务员医疗补助
  { functions: ["2210201"], economics: ["30113"] }, // 住房公积金
];

type CodedRow = TableRow & { code: NonNullable<TableRow["code"]> };

function rowsOf(table: Table | undefined, codes: ReadonlyArray<string>): CodedRow[] {
  if (!table) return [];
  return table.rows.filter((r): r is CodedRow => r.kind === "code" && !!r.code && codes.includes(r.code.code));
}

const sum = (cells: ReadonlyArray<AmountCell>) => cells.reduce((s, c) => s.plus(valueOf(c)), new Decimal(0));
const names = (rows: ReadonlyArray<CodedRow>) => rows.map(rowName).join("、");

/**
 * Within 基本支出: 06表 30108 ↔ 05表 2080505, 30109 ↔ 2080506, 30110 + 30111 ↔ 2101101 + 2101102 + 2101103,
 * 30113 ↔ 2210201. A difference beyond the rounding tolerance is a warning (the rest of the contribution is booked
 * under another 功能分类 subject, typically 行政运行/事业运行); within it a 尾差 (info). Contributions in 06表 whose
 * function subjects 05表 does not use at all are reported once, together, marked at the pair that carries most of the
 * amount, on that pair's first printed code.
 */
export const functionEconomic: RuleModule<SumOptions> = {
  meta: {
    id: "function-economic",
    severity: "warning",
    category: "科目编码",
    requires: ["final-05", "final-06"],
    messages: {
      mismatch:
        "06表 {{economic}} {{actual}} 与 05表 {{functional}} 的基本支出 {{expected}} 不一致，相差 {{difference}}：差额部分可能列在了其他功能分类科目下",
      tail: "06表 {{economic}} {{actual}} 与 05表 {{functional}} 的基本支出 {{expected}} 相差 {{difference}}，在 {{n}} 个非零金额的尾差允许范围 ±{{allowance}} 以内（尾差）",
      noFunctionCode:
        "06表 {{economic}} 共 {{actual}}，但 05表 没有对应的功能分类科目（{{functional}}）：这些缴费通常应列入各自的功能分类科目，而不是全部列在其他科目下",
    },
    docs: {
      description: "基本支出中社会保险缴费、住房公积金的经济分类金额（06表）与对应功能分类科目的基本支出（05表）一致",
      url: "docs/rules/function-economic.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    return functionEconomicVisitor(ctx, {
      functional: "final-05",
      economic: "final-06",
      economicColumn: "amount",
      functionalName: "05表",
      economicName: "06表",
    });
  },
};

/** The pair of tables a function-economic check compares (决算 05/06表; 预算 一般公共预算支出表/基本支出表). */
export interface FunctionEconomicTables {
  /** The 功能分类 table whose 基本支出 column ("basic") is compared. */
  readonly functional: TableId;
  /** The 经济分类 table and the column of its amounts ("amount" in 06表's blocks, "total" in 预算 基本支出表). */
  readonly economic: TableId;
  readonly economicColumn: string;
  /** Short names for the reasons ("05表", "06表"). */
  readonly functionalName: string;
  readonly economicName: string;
}

/**
 * The check itself, shared by function-economic (决算) and budget-function-economic (预算): the messages are the rule's
 * (messageIds mismatch, tail, noFunctionCode).
 */
export function functionEconomicVisitor(ctx: RuleContext<SumOptions>, cfg: FunctionEconomicTables): RuleVisitor {
  checkSumOptions(ctx.options);
  const fName = cfg.functionalName;
  const eName = cfg.economicName;
  const amountOf = (r: TableRow): AmountCell => r.cells[cfg.economicColumn];
  return {
    Workbook(tables: TableSet) {
      // A workbook may hold several units' tables: the i-th 05表 goes with the i-th 06表.
      const list05 = tables.byId(cfg.functional);
      const list06 = tables.byId(cfg.economic);
      if (list05.length !== list06.length) {
        ctx.notEvaluated(
          `工作簿中有 ${list05.length} 张${fName}、${list06.length} 张${eName}，无法一一对应，只核对了第一张${fName}与第一张${eName}`,
        );
        checkPair(list05[0], list06[0]);
      } else list05.forEach((t05, i) => checkPair(t05, list06[i]));
    },
  };

  function checkPair(t05: Table, t06: Table): void {
    const missing: { rows: CodedRow[]; functions: string[] }[] = [];
    for (const pair of FUNCTION_ECONOMIC_PAIRS) {
      const econRows = rowsOf(t06, pair.economics);
      const funcRows = rowsOf(t05, pair.functions);
      const econCells = econRows.map((r) => amountOf(r)).filter((c) => c !== undefined);
      const funcCells = funcRows.map((r) => r.cells.basic).filter((c) => c !== undefined);
      const bad = [...econCells, ...funcCells].filter(unreadable);
      if (bad.length > 0) {
        ctx.notEvaluated(
          `${pair.economics.join("/")} 与 ${pair.functions.join("/")}：单元格 ${bad.map((c) => c.ref.address).join("、")} 无法读取为金额，未比较`,
        );
        continue;
      }
      if (funcRows.length === 0) {
        const nonZero = econRows.filter((r) => amountOf(r) && !valueOf(amountOf(r)).isZero());
        if (nonZero.length > 0) missing.push({ rows: nonZero, functions: pair.functions });
        continue;
      }
      // Σ06 − Σ05 under the tolerance policy: the first 06 amount is the "total", the 05 amounts and the other
      // 06 amounts (negated) its addends, so every non-zero displayed amount but one counts towards n.
      const [first, ...rest] = econCells;
      const cmp = compareSum(
        first ? valueOf(first) : new Decimal(0),
        [...funcCells.map(valueOf), ...rest.map((c) => valueOf(c).negated())],
        ctx.options.decimals,
      );
      if (cmp.status === "equal") continue;
      const expected = sum(funcCells);
      const actual = sum(econCells);
      const anchor = econCells.find((c) => !valueOf(c).isZero()) ?? econCells[0];
      const cells = anchor ? [anchor, ...econCells.filter((c) => c !== anchor), ...funcCells] : [...funcCells];
      ctx.report({
        messageId: cmp.status === "tail" ? "tail" : "mismatch",
        severity: cmp.status === "tail" ? "info" : undefined,
        table: anchor ? t06 : t05,
        cells: cells.map((c) => c.ref),
        data: {
          economic: econRows.length > 0 ? names(econRows) : pair.economics.join("、"),
          functional: names(funcRows),
          actual,
          expected,
          difference: formatSigned(cmp.difference),
          allowance: cmp.allowance.toFixed(),
          n: cmp.nonZeroAddends,
        },
        expected,
        actual,
        difference: cmp.difference,
      });
    }
    if (missing.length > 0) {
      const rows = missing.flatMap((m) => m.rows);
      // Marked at the pair carrying most of the amount, on its first printed code (30110 of 30110 + 30111).
      const pairTotal = (m: (typeof missing)[number]) => sum(m.rows.map((r) => amountOf(r)));
      const main = missing.reduce((a, b) => (pairTotal(b).greaterThan(pairTotal(a)) ? b : a));
      const anchor = main.rows[0];
      const total = sum(rows.map((r) => amountOf(r)));
      ctx.report({
        messageId: "noFunctionCode",
        table: t06,
        cells: [anchor, ...rows.filter((r) => r !== anchor)].map((r) => amountOf(r).ref),
        data: { economic: names(rows), actual: total, functional: missing.flatMap((m) => m.functions).join("、") },
        expected: new Decimal(0),
        actual: total,
        difference: total,
      });
    }
  }
}

export default functionEconomic;
