import type { AmountCell, ColumnMapping, ParseProblem, TableRow, Unplaced } from "../model/table";
import type { ItemsSpec, LineSpec } from "../tables/spec";
import { scanBody, type RowClass } from "./body";
import { readNumber } from "./cells";
import type { Grid } from "./grid";
import { isColumnNumberRow, mapColumns, readHeader, stripOrdinal } from "./header";
import { fail, finish, type ReadResult, type TitleHit } from "./reader";

function matchItem(spec: ItemsSpec, label: string): LineSpec | undefined {
  const l = stripOrdinal(label);
  return l === "" ? undefined : spec.items.find((i) => i.match.some((re) => re.test(l)));
}

function matchMeasure(spec: ItemsSpec, label: string): string | undefined {
  for (const m of spec.measures) if (m.match.some((re) => re.test(label))) return m.role;
  return undefined;
}

/** The item a column stands for in an items-across layout: the deepest header segment naming one. */
function columnItem(spec: ItemsSpec, path: string): LineSpec | undefined {
  if (path === "") return undefined;
  const segs = path.split("/");
  let sawTotal = false;
  for (let i = segs.length - 1; i >= 0; i--) {
    if (/^(小计|合计)$/.test(segs[i])) {
      sawTotal = true;
      continue;
    }
    const it = matchItem(spec, segs[i]);
    if (it) return it;
  }
  return sawTotal ? spec.items.find((i) => i.role === "total") : undefined;
}

export function readItems(grid: Grid, spec: ItemsSpec, hit: TitleHit, limit: number): ReadResult {
  const measureLabelRow = (r: number) => {
    const f = grid.filled(r);
    if (f.length === 0 || !matchMeasure(spec, grid.label(r, f[0]))) return false;
    return f.slice(1).every((c) => !matchMeasure(spec, grid.label(r, c)) && !matchItem(spec, grid.label(r, c)));
  };
  const startsData = (r: number) => {
    if (isColumnNumberRow(grid, r)) return false;
    const c = grid.firstFilled(r);
    if (c < 0) return false;
    if (typeof grid.raw(r, c) === "number") return true;
    // A row per 部门/单位 ("177 | 南昌市东湖区医疗保障局 | 0.50 …", 预算 三公经费支出表): a code typed as text, then figures.
    if (/^\d{3,9}$/.test(grid.label(r, c)) && grid.filled(r).some((x) => typeof grid.raw(r, x) === "number"))
      return true;
    return matchItem(spec, grid.label(r, c)) !== undefined || measureLabelRow(r);
  };
  const header = readHeader(grid, hit.row, limit, startsData);
  if (!header) return fail("标题下没有找到表头和数据行");
  const all = Array.from({ length: grid.cols }, (_, c) => c);
  const itemCols = all
    .map((c) => ({ c, item: columnItem(spec, header.paths[c]) }))
    .filter((x): x is { c: number; item: LineSpec } => x.item !== undefined);
  const rows: TableRow[] = [];
  const problems: ParseProblem[] = [];
  const unplaced: Unplaced[] = [];
  const columns: ColumnMapping[] = [];

  if (itemCols.length >= 2) {
    // Items across the columns; the measure comes from the column group or from the row label.
    const classify = (r: number): RowClass => {
      if (isColumnNumberRow(grid, r)) return "header";
      if (measureLabelRow(r) || itemCols.some((x) => !grid.blank(r, x.c))) return "data";
      return "other";
    };
    const body = scanBody(grid, header.dataStart, limit, classify);
    const byItem = new Map<
      string,
      { item: LineSpec; cells: Record<string, AmountCell>; row: number; header: string }
    >();
    for (const x of itemCols) {
      const measure = matchMeasure(spec, header.paths[x.c]) ?? spec.defaultMeasure;
      columns.push({
        role: measure ? `${x.item.role}.${measure}` : x.item.role,
        header: header.printed[x.c],
        col: x.c,
      });
    }
    for (const r of body.dataRows) {
      const f = grid.filled(r);
      const rowMeasure = f.length && f[0] < itemCols[0].c ? matchMeasure(spec, grid.label(r, f[0])) : undefined;
      for (const x of itemCols) {
        const measure = matchMeasure(spec, header.paths[x.c]) ?? rowMeasure ?? spec.defaultMeasure;
        if (!measure) {
          if (!grid.blank(r, x.c))
            unplaced.push({
              sheet: grid.name,
              range: grid.ref(r, x.c).address,
              reason: `${spec.title}中无法判断是预算数还是决算数`,
            });
          continue;
        }
        const read = readNumber(grid, r, x.c, x.item.count ? "count" : "amount");
        if (read.problem) problems.push(read.problem);
        let entry = byItem.get(x.item.role);
        if (!entry) {
          entry = { item: x.item, cells: {}, row: r, header: header.printed[x.c] };
          byItem.set(x.item.role, entry);
        }
        if (entry.cells[measure] === undefined) entry.cells[measure] = read.cell;
        else if (!grid.blank(r, x.c))
          // A second row with the same measure (a 单位 row under its 部门 row): the first row is the table's figure.
          unplaced.push({
            sheet: grid.name,
            range: grid.ref(r, x.c).address,
            reason: `${spec.title}中同一项目的第二行数据（只核对第一行）`,
          });
      }
    }
    for (const item of spec.items) {
      const e = byItem.get(item.role);
      if (!e) continue;
      const last = e.header.split(" / ").pop() ?? "";
      const label = last === "" || /^(小计|合计)$/.test(last.replace(/\s/g, "")) ? item.nameZh : last;
      rows.push({ kind: "line", role: item.role, label, row: e.row, cells: e.cells });
    }
    return finish(grid, hit, header, body, columns, rows, problems, unplaced);
  }

  // Items down the rows, measures across.
  const measures = mapColumns(header.paths, all, spec.measures);
  if (measures.size === 0) return fail(`表头中找不到列：${spec.measures.map((m) => m.nameZh).join("、")}`);
  const firstMeasure = Math.min(...measures.values());
  const labelCol =
    all.find((c) => c < firstMeasure && /项目/.test(header.paths[c])) ?? grid.firstFilled(header.dataStart);
  const lineNoCol = all.find((c) => c !== labelCol && c < firstMeasure && /栏次|行次/.test(header.paths[c])) ?? -1;
  for (const m of spec.measures) {
    const c = measures.get(m.role);
    if (c !== undefined) columns.push({ role: m.role, header: header.printed[c], col: c });
  }
  const classify = (r: number): RowClass => {
    if (isColumnNumberRow(grid, r)) return "header";
    const l = grid.label(r, labelCol);
    if (l === "") return [...measures.values()].some((c) => !grid.blank(r, c)) ? "other" : "header";
    if (/^(项目|行次|栏次)$/.test(l)) return "header";
    return "data";
  };
  const body = scanBody(grid, header.dataStart, limit, classify);
  for (const r of body.dataRows) {
    const label = grid.text(r, labelCol);
    const item = matchItem(spec, grid.label(r, labelCol));
    const labelRef = grid.ref(r, labelCol);
    const lineNo = lineNoCol >= 0 ? grid.text(r, lineNoCol) || undefined : undefined;
    if (!item) {
      unplaced.push({ sheet: grid.name, range: labelRef.address, reason: `${spec.title}中未识别的项目：${label}` });
      continue;
    }
    const cells: Record<string, AmountCell> = {};
    if (!item.heading) {
      for (const [role, c] of measures) {
        const read = readNumber(grid, r, c, item.count ? "count" : "amount");
        cells[role] = read.cell;
        if (read.problem) problems.push(read.problem);
      }
    }
    rows.push({ kind: "line", role: item.role, label, labelRef, lineNo, row: r, cells });
  }
  return finish(grid, hit, header, body, columns, rows, problems, unplaced);
}
