import type { AmountCell, Table, TableId, TableRow } from "../model/table";
import { tableSpecs } from "../tables";
import type { SideSpec } from "../tables/spec";
import { lineName, lineOf, sideColumnName, sideRoles, sumOf, twoSidedSpec, type Side } from "./support/identities";
import { checkSum, checkSumOptions, DEFAULT_SUM_OPTIONS, valueOf, visitorFor, type SumOptions } from "./support/sums";
import type { RuleContext, RuleModule } from "./types";

/**
 * The two-sided 总表, taken from the specs: 公开01表 收入支出决算总表, 公开04表 财政拨款收入支出决算总表, 预算 收支预算总表
 * and 财政拨款收支总表.
 */
const TABLES: TableId[] = tableSpecs.filter((s) => s.layout === "two-sided").map((s) => s.id);

const SIDE_NAME: Record<Side, string> = { income: "收入", expense: "支出" };

/**
 * The roles of a side's lines as the spec declares them, in order: the lines before 本年收入合计/本年支出合计 (its
 * addends on the 收入 side), the lines between it and 总计 (added to it to make 总计), and the sections (a line that
 * opens one, with the sub-lines printed under it).
 */
function sideStructure(spec: SideSpec) {
  const plain = spec.lines.filter((l) => l.section === undefined && !l.heading);
  const at = (role: string) => plain.findIndex((l) => l.role === role);
  const total = at("total");
  const grand = at("grandTotal");
  return {
    totalParts: total > 0 ? plain.slice(0, total).map((l) => l.role) : [],
    grandParts: total >= 0 && grand > total ? plain.slice(total, grand).map((l) => l.role) : [],
    sections: plain
      .filter((l) => l.opensSection !== undefined)
      .map((l) => ({
        role: l.role,
        parts: spec.lines.filter((s) => s.section === l.opensSection).map((s) => s.role),
      })),
  };
}

/** "本年支出合计" on a one-column side; "本年支出合计“一般公共预算财政拨款”" where the side has several columns. */
function target(table: Table, side: Side, row: TableRow, role: string, roles: string[]): string {
  const name = row.role === "grandTotal" ? `${SIDE_NAME[side]}总计` : lineName(table, row);
  return roles.length > 1 ? `${name}“${sideColumnName(table, side, role)}”` : name;
}

/** Lines of a side the recogniser could not name that carry an amount, above `row`: a sum over named lines would miss them. */
function unnamedWithValue(table: Table, side: Side, row: TableRow): TableRow[] {
  return table.rows.filter(
    (r) =>
      r.kind === "line" &&
      r.side === side &&
      r.role === undefined &&
      r.row < row.row &&
      Object.values(r.cells).some((c) => !valueOf(c).isZero()),
  );
}

interface LineSum {
  readonly side: Side;
  readonly total: TableRow;
  readonly parts: ReadonlyArray<TableRow>;
  /** "各类支出之和", "本年收入合计 + 年初结转和结余之和". */
  readonly formula: string;
}

function check(ctx: RuleContext<SumOptions>, table: Table, sum: LineSum): void {
  const roles = sideRoles(table, sum.side);
  for (const role of roles) {
    const total = sum.total.cells[role];
    if (!total) continue;
    const line = target(table, sum.side, sum.total, role, roles);
    checkSum(ctx, {
      total,
      addends: sum.parts.map((p) => p.cells[role]).filter((c): c is AmountCell => c !== undefined),
      data: { line, formula: sum.formula },
      what: line,
    });
  }
}

function partsFormula(table: Table, parts: ReadonlyArray<TableRow>): string {
  return sumOf(parts.map((p) => lineName(table, p)));
}

/**
 * 01/04 总表 的表内勾稽, each side on its own and then across:
 * 收入侧 本年收入合计 = Σ 本年收入 lines; 总计 = 本年收入合计 + the lines between (01 使用非财政拨款结余、年初结转和结余;
 * 04 年初财政拨款结转和结余); 04 年初财政拨款结转和结余 = Σ its sub-lines.
 * 支出侧 本年支出合计 = Σ 类 lines; 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (04 年末财政拨款结转和结余), per column.
 * 收入总计 = 支出总计. What is added up is the spec's line order, so a variant is a spec, not code.
 */
export const summaryTotals: RuleModule<SumOptions> = {
  meta: {
    id: "summary-totals",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{line}} {{actual}} 与 {{formula}} {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{line}} {{actual}} 不等于 {{formula}} {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "收入支出决算总表、财政拨款收入支出决算总表（预算：收支预算总表、财政拨款收支总表）：本年收入合计、本年支出合计（各类之和）、总计逐列核对，收入总计等于支出总计（按尾差规则比较）",
      url: "docs/rules/summary-totals.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const spec = twoSidedSpec(table);
      if (!spec) return;
      const missing = (side: Side, role: string, what: string) => {
        const name = spec[side].lines.find((l) => l.role === role)?.nameZh ?? role;
        ctx.notEvaluated(`${SIDE_NAME[side]}侧未找到“${name}”行，无法核对${what}`);
      };
      const present = (side: Side, roles: ReadonlyArray<string>) =>
        roles.map((r) => lineOf(table, r, side)).filter((r): r is TableRow => r !== undefined);

      for (const side of ["income", "expense"] as const) {
        const structure = sideStructure(spec[side]);
        const total = lineOf(table, "total", side);
        const totalName = spec[side].lines.find((l) => l.role === "total")?.nameZh ?? "合计";

        // 本年收入合计 = Σ 收入 lines; 本年支出合计 = Σ 类 lines.
        if (!total) missing(side, "total", totalName);
        else {
          const unnamed = unnamedWithValue(table, side, total);
          if (unnamed.length > 0)
            ctx.notEvaluated(
              `${SIDE_NAME[side]}侧有未识别的项目（${unnamed.map((r) => r.label).join("、")}）带有金额，未核对${totalName}`,
            );
          else if (side === "income") {
            const parts = present(side, structure.totalParts);
            if (parts.length > 0) check(ctx, table, { side, total, parts, formula: partsFormula(table, parts) });
          } else {
            const parts = table.rows.filter((r) => r.kind === "line" && r.side === side && r.role === "class");
            if (parts.length > 0) check(ctx, table, { side, total, parts, formula: "各类支出之和" });
            else ctx.notEvaluated(`支出侧未识别到任何按功能分类的类级支出行，无法核对${totalName}`);
          }
        }

        // A section's opening line = Σ its sub-lines (04 年初财政拨款结转和结余), where the sub-lines are printed.
        // The 收入 side only: where a template prints sub-lines under 年末 on the 支出 side they need not fill
        // every budget-type column.
        if (side === "income") {
          for (const section of structure.sections) {
            const opener = lineOf(table, section.role, side);
            const parts = present(side, section.parts);
            if (opener && parts.length > 0)
              check(ctx, table, { side, total: opener, parts, formula: partsFormula(table, parts) });
          }
        }

        // 总计 = 本年收入/支出合计 + the lines between it and 总计.
        const grand = lineOf(table, "grandTotal", side);
        if (!grand) missing(side, "grandTotal", "总计");
        else if (total) {
          const parts = present(side, structure.grandParts);
          check(ctx, table, { side, total: grand, parts, formula: partsFormula(table, parts) });
        }
      }

      // 收入总计 = 支出总计: 收入 金额 against 支出 金额 (01) or 支出 合计 (04), wherever the columns are printed.
      const income = lineOf(table, "grandTotal", "income")?.cells;
      const expense = lineOf(table, "grandTotal", "expense")?.cells;
      const incomeCell = income?.amount;
      const expenseCell = expense?.total ?? expense?.amount;
      if (incomeCell && expenseCell)
        checkSum(ctx, {
          total: expenseCell,
          addends: [incomeCell],
          data: { line: "支出总计", formula: "收入总计" },
          what: "收入总计与支出总计",
        });
    });
  },
};

export default summaryTotals;
