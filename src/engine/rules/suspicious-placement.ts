import Decimal from "decimal.js";
import { functionEntry, normalizeSubjectName } from "../catalog";
import type { AmountCell, Table, TableId, TableRow } from "../model/table";
import { columnName, rowName, valueOf } from "./support/sums";
import type { RuleModule, TableSet } from "./types";

type CodedRow = TableRow & { code: NonNullable<TableRow["code"]> };

export interface PlacementOptions {
  /** Share (decimal string) of 302 商品和服务支出 above which a single 302 款 is reported. */
  readonly publicItemShare: string;
  /** Share (decimal string) of the 合计 above which a catch-all 其他…支出 项 is reported. */
  readonly catchAllShare: string;
}

const DEFAULTS: PlacementOptions = { publicItemShare: "0.5", catchAllShare: "0.5" };

/** 行政运行 (xx01) and 事业运行 (xx50): the 基本支出 of 行政单位 / 事业单位 under each 款. */
const RUNNING = new Map([
  ["01", "行政运行"],
  ["50", "事业运行"],
]);

/**
 * 款 whose 项 pay benefits to individuals or funds outside the unit (transfers), not the unit's own running costs:
 * 21012 财政对基本医疗保险基金的补助, 21013 医疗救助, 21014 优抚对象医疗.
 */
const TRANSFER_KUAN = new Map([
  ["21012", "财政对基本医疗保险基金的补助"],
  ["21013", "医疗救助"],
  ["21014", "优抚对象医疗"],
]);

function codedRows(table: Table): CodedRow[] {
  return table.rows.filter((r): r is CodedRow => r.kind === "code" && !!r.code);
}

/** The catalog name of a 项, else its printed name, normalised. */
function subjectName(row: CodedRow): string {
  return normalizeSubjectName(functionEntry(row.code.code)?.name ?? row.label);
}

function isRunning(row: CodedRow): boolean {
  if (row.code.level !== 3) return false;
  const name = RUNNING.get(row.code.code.slice(5));
  return name !== undefined && subjectName(row) === name;
}

function isCatchAll(row: CodedRow): boolean {
  return row.code.level === 3 && row.code.code.endsWith("99") && subjectName(row).startsWith("其他");
}

function share(options: PlacementOptions, key: keyof PlacementOptions): Decimal {
  const raw = options[key];
  let d: Decimal;
  try {
    d = new Decimal(raw);
  } catch {
    throw new Error(`选项 ${key} 必须是 0 到 1 之间的小数（收到 ${String(raw)}）`);
  }
  if (!d.isFinite() || d.lte(0) || d.gte(1))
    throw new Error(`选项 ${key} 必须是 0 到 1 之间的小数（收到 ${String(raw)}）`);
  return d;
}

const percent = (part: Decimal, whole: Decimal) => part.div(whole).times(100).toFixed(1);

/**
 * Every table of the first of these ids the workbook has (several when it holds several units' tables): 03表 when
 * there is one, else 05表 — so that a placement repeated in 03表 and 05表 is reported once.
 */
function firstFamily(tables: TableSet, ids: TableId[]): ReadonlyArray<Table> {
  for (const id of ids) {
    const list = tables.byId(id);
    if (list.length > 0) return list;
  }
  return [];
}

/**
 * Placements that are not provably wrong but usually are (warnings, "请核实"):
 * - 项目支出 under 行政运行 / 事业运行 (xx01 / xx50 项, which by definition hold the unit's 基本支出);
 * - 基本支出 under a transfer subject (医疗救助, 财政对基本医疗保险基金的补助, 优抚对象医疗 — subsidies paid out,
 *   normally 项目支出);
 * - in 06表, one 302 款 carrying more than half of 302 商品和服务支出;
 * - a catch-all 其他…支出 项 holding more than half of all the unit's money.
 * The function-code checks are made once, on 03表 (all funds) — or 05表 when the workbook has no 03表 — and the
 * catch-all share on the first of 02/03/05表, so the same placement is not reported in every table that repeats it.
 */
export const suspiciousPlacement: RuleModule<PlacementOptions> = {
  meta: {
    id: "suspicious-placement",
    severity: "warning",
    category: "科目编码",
    requires: ["final-02", "final-03", "final-05", "final-06"],
    requiresMode: "any",
    messages: {
      projectInRunning:
        "{{row}}列有项目支出 {{actual}}：“{{running}}”项反映单位的基本支出，项目支出一般应列入本款的其他项（如“其他…支出”或专项业务项），请核实",
      basicInTransfer:
        "{{row}}列有基本支出 {{actual}}：{{kuan}}属于对个人、基金的补助性支出，一般应列为项目支出，请核实",
      dominantPublicItem:
        "{{row}} {{actual}} 占商品和服务支出 {{total}} 的 {{percent}}%，单个科目占比异常偏高，请核实是否将其他性质的支出列入了该科目",
      catchAllShare:
        "{{row}} {{actual}} 占合计行“{{column}}”{{total}} 的 {{percent}}%：大部分资金列在“其他”项下，请核实是否有更具体的科目",
    },
    docs: {
      description:
        "科目归类疑点：行政运行/事业运行下的项目支出、补助性科目的基本支出、单个公用经费科目或“其他”项占比过高",
      url: "docs/rules/suspicious-placement.md",
    },
    defaultOptions: DEFAULTS,
  },
  create(ctx) {
    const publicShare = share(ctx.options, "publicItemShare");
    const catchAll = share(ctx.options, "catchAllShare");

    const placed = (table: Table, messageId: string, row: CodedRow, cell: AmountCell, data: Record<string, string>) =>
      ctx.report({
        messageId,
        table,
        cells: [cell.ref, row.code.ref],
        data: { row: rowName(row), actual: valueOf(cell), ...data },
        expected: new Decimal(0),
        actual: valueOf(cell),
        difference: valueOf(cell),
      });

    return {
      "final-06"(t06: Table) {
        const rows = codedRows(t06);
        const cls = rows.find((r) => r.code.code === "302");
        const items = rows.filter((r) => r.code.level === 2 && r.code.code.startsWith("302") && r.cells.amount);
        const total = cls?.cells.amount
          ? valueOf(cls.cells.amount)
          : items.reduce((s, r) => s.plus(valueOf(r.cells.amount)), new Decimal(0));
        if (total.lte(0) || items.length < 2) return;
        for (const r of items) {
          const v = valueOf(r.cells.amount);
          if (!v.greaterThan(total.times(publicShare))) continue;
          ctx.report({
            messageId: "dominantPublicItem",
            cells: [r.cells.amount.ref, ...(cls?.cells.amount ? [cls.cells.amount.ref] : [])],
            data: { row: rowName(r), actual: v, total, percent: percent(v, total) },
            expected: new Decimal(0),
            actual: v,
            difference: v,
          });
        }
      },
      Workbook(tables: TableSet) {
        for (const spending of firstFamily(tables, ["final-03", "final-05"])) {
          for (const row of codedRows(spending)) {
            if (row.code.level !== 3) continue;
            const project = row.cells.project;
            const basic = row.cells.basic;
            if (isRunning(row) && project && valueOf(project).greaterThan(0))
              placed(spending, "projectInRunning", row, project, { running: RUNNING.get(row.code.code.slice(5))! });
            const kuan = TRANSFER_KUAN.get(row.code.code.slice(0, 5));
            if (kuan && basic && valueOf(basic).greaterThan(0))
              placed(spending, "basicInTransfer", row, basic, { kuan: `${row.code.code.slice(0, 5)} ${kuan}` });
          }
        }
        for (const first of firstFamily(tables, ["final-02", "final-03", "final-05"])) {
          const totalCell = first.rows.find((r) => r.kind === "total")?.cells.total;
          const total = totalCell ? valueOf(totalCell) : new Decimal(0);
          if (!totalCell || total.lte(0)) continue;
          for (const row of codedRows(first)) {
            const cell = row.cells.total;
            if (!isCatchAll(row) || !cell) continue;
            const v = valueOf(cell);
            if (!v.greaterThan(total.times(catchAll))) continue;
            ctx.report({
              messageId: "catchAllShare",
              table: first,
              cells: [cell.ref, totalCell.ref],
              data: {
                row: rowName(row),
                actual: v,
                total,
                percent: percent(v, total),
                column: columnName(first, "total"),
              },
              actual: v,
            });
          }
        }
      },
    };
  },
};

export default suspiciousPlacement;
