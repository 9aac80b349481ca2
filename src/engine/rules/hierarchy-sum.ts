import type { Table, TableRow } from "../model/table";
import {
  checkSum,
  checkSumOptions,
  codeRowsTableIds,
  columnName,
  DEFAULT_SUM_OPTIONS,
  mappedRoles,
  rowName,
  visitorFor,
  type SumOptions,
} from "./support/sums";
import type { RuleModule } from "./types";

const LEVEL_NAME = { 1: "各类", 2: "各款", 3: "各项" } as const;

/** Length of the parent's code for a 款 (under its 3-digit 类) and a 项 (under its 5-digit 款). */
const PARENT_CODE_LENGTH = { 2: 3, 3: 5 } as const;

/** The tables this rule checks: every code-rows spec (公开02/03/05/07/08表 today; a new spec is picked up). */
const TABLES = codeRowsTableIds();

/**
 * Children by parent: "" → the 类 rows (the 合计's addends); a 类 code → its 款 rows; a 款 code → its 项 rows.
 * Codes are the resolved full codes, so an abbreviated "05" under 208 is 20805 here.
 */
function childrenIndex(rows: ReadonlyArray<TableRow>): Map<string, TableRow[]> {
  const index = new Map<string, TableRow[]>();
  for (const r of rows) {
    if (r.kind !== "code" || !r.code) continue;
    const { level, code } = r.code;
    const key = level === 1 ? "" : code.slice(0, PARENT_CODE_LENGTH[level]);
    const list = index.get(key);
    if (list) list.push(r);
    else index.set(key, [r]);
  }
  return index;
}

function childrenOf(parent: TableRow, index: Map<string, TableRow[]>): ReadonlyArray<TableRow> {
  if (parent.kind === "total") return index.get("") ?? [];
  if (parent.kind !== "code" || !parent.code || parent.code.level === 3) return [];
  return index.get(parent.code.code) ?? [];
}

/**
 * 合计 = Σ类, 类 = Σ其款, 款 = Σ其项, in every mapped amount column of a code-rows table (公开02/03/05/07/08表). The
 * structure comes from the 功能分类 codes themselves (3/5/7 digits); nothing is declared per table.
 */
export const hierarchySum: RuleModule<SumOptions> = {
  meta: {
    id: "hierarchy-sum",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{row}}的“{{column}}”{{actual}} 与其下{{level}}之和 {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{row}}的“{{column}}”{{actual}} 不等于其下{{level}}之和 {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description: "合计等于各类之和，类等于其下各款之和，款等于其下各项之和（逐列，按尾差规则比较）",
      url: "docs/rules/hierarchy-sum.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const index = childrenIndex(table.rows);
      const roles = mappedRoles(table);
      for (const parent of table.rows) {
        const children = childrenOf(parent, index);
        if (children.length === 0) continue;
        const level = LEVEL_NAME[children[0].code!.level];
        for (const role of roles) {
          const total = parent.cells[role];
          if (!total) continue;
          const column = columnName(table, role);
          checkSum(ctx, {
            total,
            addends: children.map((c) => c.cells[role]).filter((c) => c !== undefined),
            data: { row: rowName(parent), column, level },
            what: `${rowName(parent)} ${column}`,
          });
        }
      }
    });
  },
};

export default hierarchySum;
