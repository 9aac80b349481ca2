import type { CellRef } from "../address";
import { matchSubjectName } from "../catalog";
import type { Table, TableId } from "../model/table";
import { codeRowsTableIds, visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/** Function codes are named in the code-rows tables (02/03/05/07/08), economic codes in 06's blocks. */
const TABLES: TableId[] = [...codeRowsTableIds(), "final-06"];

/** The name cell first (the one to mark), the code cell as evidence when it is another cell. */
function cellsOf(name: CellRef, code: CellRef): CellRef[] {
  return name.sheet === code.sheet && name.address === code.address ? [name] : [name, code];
}

/**
 * 科目名称 vs the catalog name of its code (支出功能分类 in 02/03/05/07/08表, 部门预算支出经济分类 in 06表).
 * Width, brackets and white space are normalised first. A wording variant or a truncated form of the standard name is
 * an info; a former name a warning; any other name an error. A code the catalog does not source is not checked.
 */
export const codeName: RuleModule = {
  meta: {
    id: "code-name",
    severity: "error",
    category: "科目编码",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      mismatch: "{{code}} 的科目名称“{{printed}}”与科目编码不符：该编码在分类目录中的名称为“{{standard}}”",
      variant: "{{code}} 的科目名称“{{printed}}”是“{{standard}}”的另一种写法，属同一科目",
      truncated: "{{code}} 的科目名称“{{printed}}”不完整（疑为单元格截断），完整名称为“{{standard}}”",
      former: "{{code}} 的科目名称“{{printed}}”是曾用名，现行科目名称为“{{standard}}”",
    },
    docs: {
      description: "科目名称与科目编码在分类目录中的名称一致（简写、截断、同义写法为提示，曾用名为警告，不符为错误）",
      url: "docs/rules/code-name.md",
    },
  },
  create(ctx) {
    return visitorFor(TABLES, (table: Table) => {
      for (const row of table.rows) {
        if (row.kind !== "code" || !row.code || !row.labelRef) continue;
        if (row.label.trim() === "") continue;
        const m = matchSubjectName(row.code.system, row.code.code, row.label);
        if (m.kind === "unknown" || m.kind === "same") continue;
        ctx.report({
          messageId: m.kind,
          severity: m.kind === "mismatch" ? "error" : m.kind === "former" ? "warning" : "info",
          cells: cellsOf(row.labelRef, row.code.ref),
          data: { code: row.code.code, printed: row.label.trim(), standard: m.standard },
        });
      }
    });
  },
};

export default codeName;
