import type { AmountCell, Table, TableId, TableRow } from "../model/table";
import { tableSpecs } from "../tables";
import type { ItemsSpec } from "../tables/spec";
import { isDash, itemsSpec, lineName, lineOf, sumOf } from "./support/identities";
import { checkSum, checkSumOptions, DEFAULT_SUM_OPTIONS, visitorFor, type SumOptions } from "./support/sums";
import type { RuleModule } from "./types";

/**
 * The “三公”经费 tables, taken from the specs (an items table with a 合计 and a 公务接待费 item): 公开09表 财政拨款“三公”经费
 * 支出决算表, 预算 财政拨款“三公”经费支出表 (items down the rows or across the columns; the model is the same).
 */
const TABLES: TableId[] = tableSpecs
  .filter((s): s is ItemsSpec => s.layout === "items")
  .filter((s) => ["total", "reception"].every((role) => s.items.some((i) => i.role === role)))
  .map((s) => s.id);

/** The identities of the table, by item role. 外事接待费 is a 其中 of 国内接待费, not an addend. */
const IDENTITIES: ReadonlyArray<{ total: string; parts: ReadonlyArray<string> }> = [
  { total: "total", parts: ["abroad", "vehicle", "reception"] },
  // 预算 三公表: 因公出国（境）费 = 一般公务出国（境）费 + 高等院校和科研院所学术交流合作出国（境）费.
  { total: "abroad", parts: ["abroadOfficial", "abroadAcademic"] },
  { total: "vehicle", parts: ["vehiclePurchase", "vehicleOperation"] },
  { total: "reception", parts: ["receptionDomestic", "receptionOverseas"] },
];

/** Where a table prints only the sub-items of an item, they stand in for it in the sum above. */
const SUB_ITEMS: Readonly<Record<string, ReadonlyArray<string>>> = Object.fromEntries(
  IDENTITIES.filter((i) => i.total !== "total").map((i) => [i.total, i.parts]),
);

function partLines(table: Table, roles: ReadonlyArray<string>): TableRow[] {
  return roles.flatMap((role) => {
    const line = lineOf(table, role);
    if (line) return [line];
    return (SUB_ITEMS[role] ?? []).map((s) => lineOf(table, s)).filter((l): l is TableRow => l !== undefined);
  });
}

/**
 * 09表 (and the 预算 三公经费支出表) 的表内勾稽, for every measure the table prints (年初预算数, 全年预算数/预算数, 决算数): “三公”经费合计 =
 * 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费; 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费;
 * 公务接待费 = 国内接待费 + 国（境）外接待费; 预算: 因公出国（境）费 = 一般公务出国（境）费 + 高等院校和科研院所学术交流合作出国（境）费. A dash ("---") means the template does not break the measure down: a
 * dashed total, or addends that are all dashes, are not compared; a blank is 0.
 */
export const threePublicSum: RuleModule<SumOptions> = {
  meta: {
    id: "three-public-sum",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      tail: "{{row}}“{{measure}}”{{actual}} 与 {{formula}} {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{row}}“{{measure}}”{{actual}} 不等于 {{formula}} {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "“三公”经费支出（决算）表：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费，因公出国（境）费、公务用车、公务接待费等于其明细之和（逐个预算数/决算数，按尾差规则比较）",
      url: "docs/rules/three-public-sum.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const measures = itemsSpec(table)?.measures ?? [];
      for (const id of IDENTITIES) {
        const totalLine = lineOf(table, id.total);
        if (!totalLine) continue;
        const parts = partLines(table, id.parts);
        if (parts.length === 0) continue;
        const row = lineName(table, totalLine);
        for (const m of measures) {
          const total = totalLine.cells[m.role];
          if (!total || isDash(total)) continue;
          const addends = parts.map((p) => p.cells[m.role]).filter((c): c is AmountCell => c !== undefined);
          if (addends.length === 0 || addends.every(isDash)) continue;
          checkSum(ctx, {
            total,
            addends,
            data: { row, measure: m.nameZh, formula: sumOf(parts.map((p) => lineName(table, p))) },
            what: `${row} ${m.nameZh}`,
          });
        }
      }
    });
  },
};

export default threePublicSum;
