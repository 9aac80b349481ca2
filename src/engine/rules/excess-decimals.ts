import type { Table } from "../model/table";
import { ALL_TABLE_IDS, cellName, valueCells, visitAllTables } from "./support/values";
import type { RuleModule } from "./types";

export interface DecimalsOptions {
  /** Most decimals an amount may have (万元 tables: 2). */
  readonly max: number;
}

function checkOptions(o: DecimalsOptions): void {
  if (!Number.isInteger(o.max) || o.max < 0 || o.max > 6)
    throw new Error(`选项 max 必须是 0 到 6 之间的整数（收到 ${String(o.max)}）`);
}

/**
 * Amounts with more decimals than the tables print (2 at 万元). Stored digits beyond the shown ones (12.345 shown as
 * 12.35) make the printed figures and the figures Excel sums differ — the source of many 尾差; a format that shows more
 * than 2 decimals is off-standard. Counts (团组数, 车辆数) are not amounts and are not checked.
 */
export const excessDecimals: RuleModule<DecimalsOptions> = {
  meta: {
    id: "excess-decimals",
    severity: "warning",
    category: "数值",
    requires: ALL_TABLE_IDS,
    requiresMode: "any",
    messages: {
      stored:
        "{{cell}} 存储的金额为 {{value}}，有 {{decimals}} 位小数（超过 {{max}} 位）：表中显示的数与参与求和的数不一致，可能造成尾差",
      shown: "{{cell}} 的金额 {{value}} 显示为 {{decimals}} 位小数，超过 {{max}} 位：请按统一格式保留 {{max}} 位小数",
    },
    docs: {
      description: "金额小数位数超过 2 位（存储值或显示格式），显示值与计算值可能不一致",
      url: "docs/rules/excess-decimals.md",
    },
    defaultOptions: { max: 2 },
  },
  create(ctx) {
    checkOptions(ctx.options);
    const max = ctx.options.max;
    return visitAllTables((table: Table) => {
      for (const v of valueCells(table)) {
        const value = v.cell.value;
        if (v.count || value === null) continue;
        const stored = value.decimalPlaces();
        const data = { cell: cellName(v.cell), value: value.toFixed(), max };
        if (stored > max) ctx.report({ messageId: "stored", cells: [v.cell.ref], data: { ...data, decimals: stored } });
        else if (v.cell.decimals > max)
          ctx.report({ messageId: "shown", cells: [v.cell.ref], data: { ...data, decimals: v.cell.decimals } });
      }
    });
  },
};

export default excessDecimals;
