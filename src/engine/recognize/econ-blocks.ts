import type { AmountCell, ColumnMapping, ParseProblem, TableRow } from "../model/table";
import type { EconBlocksSpec } from "../tables/spec";
import { economicEntry } from "../catalog";
import { CodeResolver, splitCodeAndName } from "../values/code";
import { toHalfWidth } from "../values/text";
import { scanBody, type RowClass } from "./body";
import { readNumber } from "./cells";
import type { Grid } from "./grid";
import { mapColumns, readHeader } from "./header";
import { fail, finish, type ReadResult, type TitleHit } from "./reader";

interface Block {
  code: number;
  name: number;
  amount: number;
  kind: "personnel" | "public";
}

const ECON = /^\d{3}(\d{2})?$/;

export function readEconBlocks(grid: Grid, spec: EconBlocksSpec, hit: TitleHit, limit: number): ReadResult {
  const startsData = (r: number) => {
    const c = grid.firstFilled(r);
    return c >= 0 && ECON.test(toHalfWidth(grid.text(r, c)));
  };
  const header = readHeader(grid, hit.row, limit, startsData);
  if (!header) return fail("标题下没有找到表头和数据行");
  const codeCols: number[] = [];
  for (let c = 0; c < grid.cols; c++) if (/编码|代码/.test(header.paths[c])) codeCols.push(c);
  if (codeCols.length === 0) return fail("找不到“科目编码”列");
  const blocks: Block[] = [];
  codeCols.forEach((c, i) => {
    const next = codeCols[i + 1] ?? grid.cols;
    const span = Array.from({ length: next - c - 1 }, (_, k) => c + 1 + k);
    const m = mapColumns(header.paths, span, [
      { role: "name", nameZh: "科目名称", match: [/名称/] },
      { role: "amount", nameZh: "金额", match: [/金额|决算数|预算数|合计/] },
    ]);
    if (!m.has("amount")) return;
    const path = header.paths[c];
    const kind = /公用经费/.test(path)
      ? "public"
      : /人员经费/.test(path)
        ? "personnel"
        : i === 0
          ? "personnel"
          : "public";
    blocks.push({ code: c, name: m.get("name") ?? c + 1, amount: m.get("amount")!, kind });
  });
  if (blocks.length === 0) return fail("找不到“金额”列");
  const lineOf = (r: number, c: number) => spec.lines.find((l) => l.match.some((re) => re.test(grid.label(r, c))));

  const classify = (r: number): RowClass => {
    for (const b of blocks) if (ECON.test(toHalfWidth(grid.text(r, b.code)))) return "data";
    for (const c of grid.filled(r)) if (lineOf(r, c)) return "data";
    if (blocks.some((b) => /编码|代码|名称|金额|决算数/.test(grid.label(r, b.code) + grid.label(r, b.name))))
      return "header";
    if (grid.filled(r).every((c) => /^(人员经费|公用经费)$/.test(grid.label(r, c)))) return "header";
    return "other";
  };
  const body = scanBody(grid, header.dataStart, limit, classify);

  const columns: ColumnMapping[] = blocks.flatMap((b, i) => [
    { role: `block${i + 1}.code`, header: header.printed[b.code], col: b.code },
    { role: `block${i + 1}.amount`, header: header.printed[b.amount], col: b.amount },
  ]);
  const resolvers = blocks.map(() => new CodeResolver("economic", { known: (c) => economicEntry(c) !== undefined }));
  const rows: TableRow[] = [];
  const problems: ParseProblem[] = [];
  const amountCols = blocks.map((b) => b.amount);
  for (const r of body.dataRows) {
    blocks.forEach((b, i) => {
      const t = grid.text(r, b.code);
      if (t === "") return;
      const split = splitCodeAndName(t);
      if (split.code === null) return; // a total line label; handled below
      const read = readNumber(grid, r, b.amount);
      if (read.problem) problems.push(read.problem);
      const ref = grid.ref(r, b.code);
      const res = resolvers[i].resolve(split.code);
      if ("reason" in res) {
        problems.push({ ref, message: res.reason });
        return;
      }
      const name = grid.text(r, b.name) || split.name;
      rows.push({
        kind: "code",
        label: name,
        labelRef: grid.ref(r, b.name),
        code: { ...res, ref },
        block: b.kind,
        row: r,
        cells: { amount: read.cell },
      });
    });
    for (const c of grid.filled(r)) {
      const line = lineOf(r, c);
      if (!line) continue;
      // The amount is the first filled amount cell right of the label (and right of its merge).
      const from = grid.merge(r, c)?.c1 ?? c;
      const own = amountCols.filter((a) => a > from);
      const col = own.find((a) => !grid.blank(r, a)) ?? own[0];
      if (col === undefined) continue;
      const read = readNumber(grid, r, col);
      if (read.problem) problems.push(read.problem);
      const cells: Record<string, AmountCell> = { amount: read.cell };
      rows.push({
        kind: "line",
        role: line.role,
        label: grid.text(r, c),
        labelRef: grid.ref(r, c),
        block: line.role.startsWith("personnel") ? "personnel" : "public",
        row: r,
        cells,
      });
    }
  }
  return finish(grid, hit, header, body, columns, rows, problems);
}
