import type { Table, TableId } from "../model/table";
import { toHalfWidth } from "../values/text";
import { ALL_TABLE_IDS, cellName, valueCells, visitAllTables } from "./support/values";
import type { RuleModule } from "./types";

/** What a table is about, for a note that says "无…" ("2023 年度无政府性基金预算财政拨款收入。"). */
const SUBJECT: Partial<Record<TableId, RegExp>> = {
  "final-07": /政府性基金/,
  "final-08": /国有资本经营/,
  "final-09": /三公/,
  "final-10": /资产|车辆|设备/,
  "budget-three-public": /三公/,
  "budget-fund": /政府性基金/,
  "budget-soe": /国有资本经营/,
};

/** A sentence that only says when the table would be empty: "当此表数据为空时，即本部门无…", "若为空表…". */
const CONDITIONAL = /(当|若|如果|如本表|如此表).{0,12}(为空|空表|无数据)|为空时|空表时|时，即/;
/** The table is stated to be empty. */
const EMPTY_TABLE = /(本表|此表|该表)(为|是)?空表|(本表|此表|该表)无(数据|数)|(为|是)空表/;
/** "(2023 年度)(本部门/本单位)无/没有 … 收入/支出/经费/资产" at the start of a sentence (after 注：/1.). */
const NONE_OF =
  /^(注[:：]?)?\s*(\d+\s*[.、．]\s*)?(\d{4}\s*年度?\s*)?(本部门|本单位|我部门|我单位|本部门（单位）|本部门\(单位\))?\s*(无|没有)/;

/** The note sentence that states the table is empty, or undefined. */
export function emptyStatement(table: Table): string | undefined {
  const subject = SUBJECT[table.id];
  for (const note of table.notes) {
    for (const raw of note.split(/[。；;]/)) {
      const s = toHalfWidth(raw).trim();
      if (s === "" || CONDITIONAL.test(s)) continue;
      if (EMPTY_TABLE.test(s)) return raw.trim();
      if (subject && NONE_OF.test(s) && subject.test(s)) return raw.trim();
    }
  }
  return undefined;
}

/**
 * A table whose note says it is empty ("本表为空表", seed002 07表 "2023 年度无政府性基金预算财政拨款收入。") must not
 * hold a non-zero amount: either the note or the figures are wrong. The conditional template note "当此表数据为空时，
 * 即本部门无…" does not say the table is empty and is not read as such.
 */
export const emptyTableNonzero: RuleModule = {
  meta: {
    id: "empty-table-nonzero",
    severity: "error",
    category: "数值",
    requires: ALL_TABLE_IDS,
    requiresMode: "any",
    messages: {
      nonzero: "表注说明“{{note}}”，但本表有 {{count}} 个非零数值（如 {{first}} 为 {{value}}）：表注与数据不一致",
    },
    docs: {
      description: "表注声明本表为空（如“本年度无政府性基金预算财政拨款收入”），但表中有非零金额",
      url: "docs/rules/empty-table-nonzero.md",
    },
  },
  create(ctx) {
    return visitAllTables((table: Table) => {
      if (table.empty) return;
      const note = emptyStatement(table);
      if (note === undefined) return;
      const nonzero = valueCells(table).filter((v) => v.cell.value !== null && !v.cell.value.isZero());
      if (nonzero.length === 0) return;
      const first = nonzero[0].cell;
      ctx.report({
        messageId: "nonzero",
        cells: nonzero.map((v) => v.cell.ref),
        data: { note, count: nonzero.length, first: cellName(first), value: first.value!.toFixed() },
        actual: first.value!,
      });
    });
  },
};

export default emptyTableNonzero;
