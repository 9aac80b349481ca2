import type { Table, TableId, TableRow } from "../model/table";
import { lineOf, sumOf } from "./support/identities";
import { checkSum, checkSumOptions, DEFAULT_SUM_OPTIONS, rowName, visitorFor, type SumOptions } from "./support/sums";
import type { RuleModule } from "./types";

/** 公开06表 一般公共预算财政拨款基本支出决算表: 经济分类 类 (3 digits) and 款 (5 digits) in side-by-side blocks. */
const TABLES: TableId[] = ["final-06"];

/** The 经济分类 类 of 人员经费; every other 类 of the table (302, 307, 309, 310, 312, 399 …) is 公用经费. */
const PERSONNEL = new Set(["301", "303"]);

const AMOUNT = "amount";

function classRows(table: Table): TableRow[] {
  return table.rows.filter((r) => r.kind === "code" && r.code?.level === 1);
}

/**
 * 06表 的表内勾稽: each 经济分类 类 = Σ its 款 (by code: 30201… under 302, in whichever block they are printed);
 * 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费合计 = Σ the other 类 printed (302 商品和服务支出,
 * 307 债务利息及费用支出, 310 资本性支出, 312 对企业补助, 399 其他支出 …).
 */
export const econHierarchy: RuleModule<SumOptions> = {
  meta: {
    id: "econ-hierarchy",
    severity: "error",
    category: "表内勾稽",
    requires: TABLES,
    messages: {
      tail: "{{row}} {{actual}} 与 {{formula}} {{expected}} 相差 {{difference}}，在 {{n}} 个非零加数的尾差允许范围 ±{{allowance}} 以内（尾差）",
      mismatch:
        "{{row}} {{actual}} 不等于 {{formula}} {{expected}}，相差 {{difference}}，超出 {{n}} 个非零加数的尾差允许范围 ±{{allowance}}",
    },
    docs: {
      description:
        "基本支出决算表：经济分类各类等于其下各款之和，人员经费合计 = 301 + 303，公用经费合计 = 其余各类之和（按尾差规则比较）",
      url: "docs/rules/econ-hierarchy.md",
    },
    defaultOptions: DEFAULT_SUM_OPTIONS,
  },
  create(ctx) {
    checkSumOptions(ctx.options);
    return visitorFor(TABLES, (table: Table) => {
      const classes = classRows(table);
      const children = new Map<string, TableRow[]>();
      for (const r of table.rows) {
        if (r.kind !== "code" || r.code?.level !== 2) continue;
        const key = r.code.code.slice(0, 3);
        const list = children.get(key);
        if (list) list.push(r);
        else children.set(key, [r]);
      }

      // 类 = Σ 款.
      for (const c of classes) {
        const kids = children.get(c.code!.code) ?? [];
        const total = c.cells[AMOUNT];
        if (kids.length === 0 || !total) continue;
        checkSum(ctx, {
          total,
          addends: kids.map((k) => k.cells[AMOUNT]).filter((x) => x !== undefined),
          data: { row: rowName(c), formula: "其下各款之和" },
          what: rowName(c),
        });
      }

      // 人员经费合计 = 301 + 303; 公用经费合计 = the other 类.
      const groups = [
        { role: "personnel.total", name: "人员经费合计", parts: classes.filter((c) => PERSONNEL.has(c.code!.code)) },
        { role: "public.total", name: "公用经费合计", parts: classes.filter((c) => !PERSONNEL.has(c.code!.code)) },
      ];
      for (const g of groups) {
        const line = lineOf(table, g.role);
        const total = line?.cells[AMOUNT];
        if (!total) continue;
        if (g.parts.length === 0) {
          ctx.notEvaluated(`未识别到构成“${g.name}”的经济分类类级科目，无法核对${g.name}`);
          continue;
        }
        checkSum(ctx, {
          total,
          addends: g.parts.map((p) => p.cells[AMOUNT]).filter((x) => x !== undefined),
          data: { row: g.name, formula: sumOf(g.parts.map((p) => rowName(p))) },
          what: g.name,
        });
      }
    });
  },
};

export default econHierarchy;
