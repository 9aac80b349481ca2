import type { Table, TableRow } from "../model/table";
import { codeRowsTableIds, rowName, visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/** The code-rows tables (公开02/03/05/07/08表): 合计 + 类/款/项 rows keyed by 功能分类 code. */
const TABLES = codeRowsTableIds();

const LEVEL = { 1: "类", 2: "款", 3: "项" } as const;
/** Length of the parent's code: a 款 sits under its 3-digit 类, a 项 under its 5-digit 款. */
const PARENT_LENGTH = { 2: 3, 3: 5 } as const;

/**
 * Every 款 stands under the 类 its first three digits name, every 项 under the 款 its first five digits name:
 * - the parent's row is in the table but the nearest preceding row of the parent level is another one → error
 *   (the row is printed in the wrong group);
 * - the parent's row comes only after the row (nothing of the parent level above it) → error;
 * - the table has no row for the parent at all → error (a 项 without its 款 row, a 款 without its 类 row).
 */
export const codeParent: RuleModule = {
  meta: {
    id: "code-parent",
    severity: "error",
    category: "科目编码",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      wrongGroup: "{{row}}列在 {{group}} 之下，但其编码表明上级{{parentLevel}}应为 {{parent}}（见 {{parentRow}}）",
      parentBelow: "{{row}}列在其上级{{parentLevel}} {{parent}}（见 {{parentRow}}）之前",
      missingParent: "{{row}}的上级{{parentLevel}} {{parent}} 未在表中列示",
    },
    docs: {
      description: "款、项的编码与其所在的上级类、款一致，且上级科目行已列示",
      url: "docs/rules/code-parent.md",
    },
  },
  create(ctx) {
    return visitorFor(TABLES, (table: Table) => {
      const codeRows = table.rows.filter((r): r is TableRow & { code: NonNullable<TableRow["code"]> } => !!r.code);
      const byCode = new Map<string, TableRow>();
      for (const r of codeRows) if (!byCode.has(r.code.code)) byCode.set(r.code.code, r);
      /** The nearest preceding row of each level. */
      const current: { 1?: TableRow; 2?: TableRow } = {};
      for (const row of codeRows) {
        const { level, code } = row.code;
        if (level === 2 || level === 3) {
          const parentCode = code.slice(0, PARENT_LENGTH[level]);
          const parentLevel = LEVEL[(level - 1) as 1 | 2];
          const parent = byCode.get(parentCode);
          // The group the row stands in: its nearest preceding parent-level row; for a 项 in a 类 without any 款 row
          // so far, that 类.
          const group = level === 3 ? (current[2] ?? current[1]) : current[1];
          if (!parent) {
            ctx.report({
              messageId: "missingParent",
              cells: [row.code.ref],
              data: { row: rowName(row), parentLevel, parent: parentCode },
            });
          } else if (group && group.code!.code !== parentCode) {
            ctx.report({
              messageId: "wrongGroup",
              cells: [row.code.ref, group.code!.ref, parent.code!.ref],
              data: {
                row: rowName(row),
                parentLevel,
                group: rowName(group),
                parent: parentCode,
                parentRow: parent.code!.ref.address,
              },
            });
          } else if (!group) {
            // Nothing of the parent level above it: the parent row comes only after its child.
            ctx.report({
              messageId: "parentBelow",
              cells: [row.code.ref, parent.code!.ref],
              data: { row: rowName(row), parentLevel, parent: parentCode, parentRow: parent.code!.ref.address },
            });
          }
        }
        if (level === 1) {
          current[1] = row;
          current[2] = undefined;
        } else if (level === 2) current[2] = row;
      }
    });
  },
};

export default codeParent;
