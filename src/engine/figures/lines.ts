import Decimal from "decimal.js";
import type { CellRef } from "../address";
import type { AmountCell, Table, TableId, TableRow } from "../model/table";

/**
 * The amounts the 情况说明 talks about, under stable keys shared by figures, inputs (上年决算数, 年初预算数) and the
 * narrative templates:
 *   01.income.<role> / 01.income.fiscal (一般公共预算+政府性基金+国有资本经营) / 01.expense.<role> / 01.expense.class:<类>
 *   02.<column role> and 03.<column role> of the 合计 row
 *   04.income.<role> / 04.expense.<role> (合计 column) / 04.expense.<role>.<column>
 *   05.total / 05.basic / 05.project (合计 row), 05:<code> (合计 column of a 类/款/项 row)
 *   06:<经济分类 code>, 06.personnel.total, 06.public.total
 *   07.<column> / 08.<column> (合计 row), 09.<item>.<measure>, 10.<item>
 */
export interface LineValue {
  readonly key: string;
  /** As printed (科目名称 or line label), for matching last year's workbook and for the text. */
  readonly label: string;
  readonly code?: string;
  readonly level?: 1 | 2 | 3;
  readonly value: Decimal | null;
  readonly cells: ReadonlyArray<CellRef>;
  readonly table: TableId;
  /** 06: the block (人员经费 / 公用经费) the row is printed in. */
  readonly block?: "personnel" | "public";
}

export type Lines = ReadonlyMap<string, LineValue>;

function put(out: Map<string, LineValue>, line: LineValue): void {
  if (!out.has(line.key)) out.set(line.key, line); // first table of an id wins (a workbook holding several units)
}

function cellValue(c: AmountCell | undefined): Decimal | null {
  if (!c) return null;
  if (c.value) return c.value;
  // A blank or a dash prints "no value", which the tables use for zero.
  return c.empty ? new Decimal(0) : null;
}

function lineOf(table: Table, row: TableRow, key: string, col: string, label = row.label): LineValue | undefined {
  const c = row.cells[col];
  if (!c) return undefined;
  return {
    key,
    label: stripOrdinal(label),
    code: row.code?.code ?? row.classCode,
    level: row.code?.level ?? (row.classCode ? 1 : undefined),
    value: cellValue(c),
    cells: [c.ref],
    table: table.id,
    block: row.block,
  };
}

/** "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入"; "（1）公务用车购置费" → "公务用车购置费". */
export function stripOrdinal(label: string): string {
  return label
    .replace(
      /^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]\s*|[（(][一二三四五六七八九十\d]+[)）]|其中[:：])\s*/,
      "",
    )
    .trim();
}

export function extractLines(tables: ReadonlyArray<Table>): Lines {
  const out = new Map<string, LineValue>();
  for (const t of tables) {
    switch (t.id) {
      case "final-01":
      case "final-04": {
        const p = t.id === "final-01" ? "01" : "04";
        for (const row of t.rows) {
          if (!row.side || !row.role) continue;
          const key =
            row.role === "class"
              ? row.classCode
                ? `${p}.${row.side}.class:${row.classCode}`
                : undefined
              : `${p}.${row.side}.${row.role}`;
          if (!key) continue;
          if (row.side === "income") {
            const l = lineOf(t, row, key, "amount");
            if (l) put(out, l);
          } else {
            const main = lineOf(t, row, key, p === "01" ? "amount" : "total");
            if (main) put(out, main);
            if (p === "04") {
              for (const col of ["gpb", "fund", "soe"]) {
                const l = lineOf(t, row, `${key}.${col}`, col);
                if (l) put(out, l);
              }
            }
          }
        }
        if (p === "01") {
          const parts = ["gpb", "fund", "soe"].map((r) => out.get(`01.income.${r}`)).filter((l): l is LineValue => !!l);
          if (parts.length > 0)
            put(out, {
              key: "01.income.fiscal",
              label: "财政拨款收入",
              value: parts.some((l) => l.value === null)
                ? null
                : parts.reduce((s, l) => s.plus(l.value as Decimal), new Decimal(0)),
              cells: parts.flatMap((l) => l.cells),
              table: t.id,
            });
        }
        break;
      }
      case "final-02":
      case "final-03":
      case "final-05":
      case "final-07":
      case "final-08": {
        const p = t.id.slice(6);
        for (const row of t.rows) {
          if (row.kind === "total") {
            for (const col of Object.keys(row.cells)) {
              const l = lineOf(t, row, `${p}.${col}`, col, "合计");
              if (l) put(out, l);
            }
          } else if (row.kind === "code" && row.code) {
            const l = lineOf(t, row, `${p}:${row.code.code}`, "total");
            if (l) put(out, l);
            for (const col of ["basic", "project"]) {
              const b = lineOf(t, row, `${p}.${col}:${row.code.code}`, col);
              if (b) put(out, b);
            }
          }
        }
        break;
      }
      case "final-06":
        for (const row of t.rows) {
          const key = row.kind === "code" && row.code ? `06:${row.code.code}` : row.role ? `06.${row.role}` : undefined;
          if (!key) continue;
          const l = lineOf(t, row, key, "amount");
          if (l) put(out, l);
        }
        break;
      case "final-09":
      case "final-10": {
        const p = t.id.slice(6);
        for (const row of t.rows) {
          if (!row.role) continue;
          for (const col of Object.keys(row.cells)) {
            const key = p === "10" ? `10.${row.role}` : `09.${row.role}.${col}`;
            const l = lineOf(t, row, key, col);
            if (l) put(out, l);
          }
        }
        break;
      }
    }
  }
  return out;
}

const COLUMN_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "02": {
    total: "本年收入合计",
    fiscal: "财政拨款收入",
    upper: "上级补助收入",
    business: "事业收入",
    operating: "经营收入",
    subsidiary: "附属单位上缴收入",
    other: "其他收入",
  },
  "03": {
    total: "本年支出合计",
    basic: "基本支出",
    project: "项目支出",
    upper: "上缴上级支出",
    operating: "经营支出",
    subsidiary: "对附属单位补助支出",
  },
  "05": { total: "一般公共预算财政拨款支出合计", basic: "基本支出", project: "项目支出" },
  "07": {
    opening: "年初结转和结余",
    income: "本年收入",
    total: "本年支出",
    basic: "基本支出",
    project: "项目支出",
    closing: "年末结转和结余",
  },
  "08": { total: "本年支出", basic: "基本支出", project: "项目支出" },
};
const TABLE_PREFIX: Readonly<Record<string, string>> = {
  "02": "收入决算表",
  "03": "支出决算表",
  "05": "一般公共预算财政拨款",
  "07": "政府性基金预算财政拨款",
  "08": "国有资本经营预算财政拨款",
};
const FUND_SUFFIX: Readonly<Record<string, string>> = {
  gpb: "（一般公共预算）",
  fund: "（政府性基金）",
  soe: "（国有资本经营）",
};

/**
 * A line's name for lists where lines of several tables stand side by side (the pane's inputs, the 补充数据 sheet, the
 * 比率 tab): the printed label made unambiguous — 合计 rows by their column, 总计 by its side, 04表 lines as 财政拨款….
 * The text itself keeps the printed labels.
 */
export function lineTitle(lines: Lines, key: string): string {
  const l = lines.get(key);
  const label = l?.label ?? key;
  if (/:/.test(key)) return label;
  const side = /^0[14]\.(income|expense)\.(\w+)(?:\.(gpb|fund|soe))?$/.exec(key);
  if (side) {
    const [, dir, role, fund] = side;
    const base = role === "grandTotal" ? `${dir === "income" ? "收入" : "支出"}总计` : label;
    const named = key.startsWith("04") && !base.includes("财政拨款") ? `财政拨款${base}` : base;
    return fund ? `${named}${FUND_SUFFIX[fund]}` : named;
  }
  const col = /^(0[23578])\.(\w+)$/.exec(key);
  if (col) {
    const name = COLUMN_NAMES[col[1]]?.[col[2]];
    if (name) return col[1] === "05" && col[2] === "total" ? name : `${TABLE_PREFIX[col[1]]}${name}`;
  }
  return label;
}
