import type { AmountCell, ColumnMapping, ParseProblem, TableRow, Unplaced } from "../model/table";
import type { LineSpec, SideSpec, TwoSidedSpec } from "../tables/spec";
import { summaryClassRow } from "../catalog";
import { rangeA1 } from "../address";
import { scanBody, type RowClass } from "./body";
import { readNumber } from "./cells";
import type { Grid } from "./grid";
import { isColumnNumberRow, mapColumns, readHeader, stripOrdinal } from "./header";
import { fail, finish, type ReadResult, type TitleHit } from "./reader";

export interface LineMatch {
  spec?: LineSpec;
  classCode?: string | null;
  isClass?: boolean;
}

/** Matches a line label against a side's lines (honouring sections) or, on the 支出 side, the 类 names. */
export function matchLine(side: SideSpec, label: string, section: string | undefined): LineMatch | undefined {
  const l = stripOrdinal(label);
  if (l === "") return undefined;
  const sectioned = side.lines.filter((x) => x.section !== undefined && x.section === section);
  for (const x of sectioned) if (x.match.some((re) => re.test(l))) return { spec: x };
  for (const x of side.lines) if (x.section === undefined && x.match.some((re) => re.test(l))) return { spec: x };
  if (side.classLines) {
    const row = summaryClassRow(l);
    if (row) return { isClass: true, classCode: row.code };
    // A 类 line the catalog does not list still reads as one when numbered like the others ("二十七、…支出").
    if (l !== label && /^.{2,}支出$/.test(l)) return { isClass: true, classCode: null };
  }
  return undefined;
}

interface SideLayout {
  side: "income" | "expense";
  spec: SideSpec;
  labelCol: number;
  lineNoCol: number;
  roles: Map<string, number>;
}

export function readTwoSided(grid: Grid, spec: TwoSidedSpec, hit: TitleHit, limit: number): ReadResult {
  // The first data row starts with an income line at the left ("一、一般公共预算财政拨款收入").
  const anyLine = (r: number) => {
    const c = grid.firstFilled(r);
    return c >= 0 && matchLine(spec.income, grid.label(r, c), undefined)?.spec !== undefined;
  };
  const header = readHeader(grid, hit.row, limit, anyLine);
  if (!header) return fail("标题下没有找到表头和数据行");
  const all = Array.from({ length: grid.cols }, (_, c) => c);
  const labelCols = all.filter((c) => /项目/.test(header.paths[c]) && !/金额|行次|决算数/.test(header.paths[c]));
  if (labelCols.length < 2) return fail("找不到收入、支出两侧的“项目”列");
  const [incomeLabel, expenseLabel] = labelCols;
  const lineNoCols = all.filter((c) => /行次/.test(header.paths[c]));
  const sides: SideLayout[] = [
    { side: "income", spec: spec.income, labelCol: incomeLabel, lineNoCol: -1, roles: new Map() },
    { side: "expense", spec: spec.expense, labelCol: expenseLabel, lineNoCol: -1, roles: new Map() },
  ];
  for (const s of sides) {
    const lo = s.labelCol;
    const hi = s.side === "income" ? expenseLabel : grid.cols;
    s.lineNoCol = lineNoCols.find((c) => c > lo && c < hi) ?? -1;
    const candidates = all.filter((c) => c > lo && c < hi && c !== s.lineNoCol);
    s.roles = mapColumns(header.paths, candidates, s.spec.columns);
    const missing = s.spec.columns.filter((c) => c.required && !s.roles.has(c.role)).map((c) => c.nameZh);
    if (missing.length) return fail(`${s.side === "income" ? "收入" : "支出"}侧表头中找不到列：${missing.join("、")}`);
  }

  const classify = (r: number): RowClass => {
    if (isColumnNumberRow(grid, r)) return "header";
    for (const s of sides) {
      if (grid.label(r, s.labelCol) !== "" || (s.lineNoCol >= 0 && grid.label(r, s.lineNoCol) !== "")) {
        const l = grid.label(r, s.labelCol);
        if (/^(项目|栏次|收入|支出)$|按功能分类/.test(l)) return "header";
        return "data";
      }
    }
    return "other";
  };
  const body = scanBody(grid, header.dataStart, limit, classify);

  const columns: ColumnMapping[] = [];
  for (const s of sides) {
    for (const c of s.spec.columns) {
      const col = s.roles.get(c.role);
      if (col !== undefined) columns.push({ role: `${s.side}.${c.role}`, header: header.printed[col], col });
    }
  }
  const rows: TableRow[] = [];
  const problems: ParseProblem[] = [];
  const unplaced: Unplaced[] = [];
  const sections: Record<string, string | undefined> = {};
  for (const r of body.dataRows) {
    for (const s of sides) {
      const label = grid.text(r, s.labelCol);
      const cells: Record<string, AmountCell> = {};
      let hasValue = false;
      for (const [role, c] of s.roles) {
        const read = readNumber(grid, r, c);
        cells[role] = read.cell;
        if (read.problem) problems.push(read.problem);
        if (read.cell.value !== null && !read.cell.value.isZero()) hasValue = true;
      }
      const lineNo = s.lineNoCol >= 0 ? grid.text(r, s.lineNoCol) || undefined : undefined;
      if (label === "") {
        if (hasValue) {
          const cs = [...s.roles.values()];
          unplaced.push({
            sheet: grid.name,
            range: rangeA1(r, Math.min(...cs), r, Math.max(...cs)),
            reason: `${spec.title}第${lineNo ?? "?"}行有金额但没有项目名称`,
          });
        }
        continue;
      }
      const m = matchLine(s.spec, grid.label(r, s.labelCol), sections[s.side]);
      const labelRef = grid.ref(r, s.labelCol);
      if (!m) {
        unplaced.push({ sheet: grid.name, range: labelRef.address, reason: `${spec.title}中未识别的项目：${label}` });
        rows.push({ kind: "line", label, labelRef, side: s.side, lineNo, row: r, cells });
        continue;
      }
      if (m.spec?.opensSection) sections[s.side] = m.spec.opensSection;
      else if (m.spec && m.spec.section === undefined && sections[s.side] !== undefined) sections[s.side] = undefined;
      rows.push({
        kind: "line",
        role: m.spec ? m.spec.role : "class",
        label,
        labelRef,
        side: s.side,
        lineNo,
        classCode: m.isClass ? (m.classCode ?? undefined) : undefined,
        row: r,
        cells,
      });
    }
  }
  return finish(grid, hit, header, body, columns, rows, problems, unplaced);
}
