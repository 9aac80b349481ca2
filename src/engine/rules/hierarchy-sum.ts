import type { Table, TableRow } from "../model/table";
import { checkSum, columnName, DEFAULT_SUM_OPTIONS, mappedRoles, rowName, type SumOptions } from "./support/sums";
import type { RuleModule, TableVisitor } from "./types";

const LEVEL_NAME = { 1: "各类", 2: "各款", 3: "各项" } as const;

/** The rows a parent row adds up: 合计 → the 类 rows; a 类 → its 款 rows; a 款 → its 项 rows (by code prefix). */
function childrenOf(parent: TableRow, codeRows: ReadonlyArray<TableRow>): TableRow[] {
  if (parent.kind === "total") return codeRows.filter((r) => r.code!.level === 1);
  const p = parent.code;
  if (!p || p.level === 3) return [];
  return codeRows.filter((r) => r.code!.level === p.level + 1 && r.code!.code.startsWith(p.code));
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
    requires: ["final-02", "final-03", "final-05", "final-07", "final-08"],
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
    const visit: TableVisitor = (table: Table) => {
      const codeRows = table.rows.filter((r) => r.kind === "code" && r.code !== undefined);
      const roles = mappedRoles(table);
      for (const parent of table.rows) {
        if (parent.kind !== "total" && parent.kind !== "code") continue;
        const children = childrenOf(parent, codeRows);
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
    };
    return { "final-02": visit, "final-03": visit, "final-05": visit, "final-07": visit, "final-08": visit };
  },
};

export default hierarchySum;
