import type { AmountCell, CodeInfo, ColumnMapping, ParseProblem, TableRow } from "../model/table";
import type { CodeRowsSpec } from "../tables/spec";
import { economicEntry, functionEntry } from "../catalog";
import { CodeResolver, joinSplitCode, splitCodeAndName } from "../values/code";
import { toHalfWidth } from "../values/text";
import { scanBody, type RowClass } from "./body";
import { readNumber } from "./cells";
import type { Grid } from "./grid";
import { isColumnNumberRow, mapColumnsWithAlternatives, readHeader } from "./header";
import { compareSum } from "../tolerance";
import Decimal from "decimal.js";
import { fail, finish, type ReadResult, type TitleHit } from "./reader";

const TOTAL = /^(合计|总计)$/;
const HEADER_LABEL = /^(项目|科目代码|科目编码|科目名称|类|款|项|栏次|\*+)$|科目(代码|编码)|功能分类|经济分类/;

/** Looks like the first cell of a code row or the 合计 row. */
export function startsCodeRow(grid: Grid, r: number): boolean {
  const c = grid.firstFilled(r);
  if (c < 0) return false;
  const l = grid.label(r, c);
  if (TOTAL.test(l)) return true;
  return splitCodeAndName(grid.text(r, c)).code !== null;
}

interface LabelParts {
  printed: string | null;
  codeCol: number;
  hint?: "类" | "款" | "项";
  name: string;
  nameCol: number;
}

function splitHint(path: string): "类" | "款" | "项" | undefined {
  const last = path.split("/").pop();
  return last === "类" || last === "款" || last === "项" ? last : undefined;
}

/** Code and name from the label area: one code cell, split 类/款/项 cells, or "208 社会保障和就业支出" in one cell. */
function labelParts(grid: Grid, r: number, labelCols: number[], paths: string[]): LabelParts {
  const digits: { c: number; t: string }[] = [];
  const texts: { c: number; t: string }[] = [];
  for (const c of labelCols) {
    const t = grid.text(r, c);
    if (t === "") continue;
    if (/^\d{1,7}$/.test(toHalfWidth(t).trim())) digits.push({ c, t: toHalfWidth(t).trim() });
    else texts.push({ c, t });
  }
  let printed: string | null = null;
  let codeCol = -1;
  let hint: LabelParts["hint"];
  if (digits.length >= 2) {
    const byHint = (h: string) => digits.find((d) => splitHint(paths[d.c]) === h)?.t ?? null;
    const hinted = digits.every((d) => splitHint(paths[d.c]) !== undefined);
    printed = hinted
      ? joinSplitCode(byHint("类"), byHint("款"), byHint("项"))
      : joinSplitCode(digits[0].t, digits[1]?.t ?? null, digits[2]?.t ?? null);
    codeCol = digits[0].c;
  } else if (digits.length === 1) {
    printed = digits[0].t;
    codeCol = digits[0].c;
    hint = splitHint(paths[digits[0].c]);
  }
  let name = "";
  let nameCol = -1;
  for (const t of texts) {
    const s = splitCodeAndName(t.t);
    if (printed === null && s.code !== null) {
      printed = s.code;
      codeCol = t.c;
    }
    if (nameCol < 0 && (s.name !== "" || s.code === null)) {
      name = s.code !== null ? s.name : t.t;
      nameCol = t.c;
    }
  }
  return { printed, codeCol, hint, name, nameCol };
}

export function readCodeRows(grid: Grid, spec: CodeRowsSpec, hit: TitleHit, limit: number): ReadResult {
  const header = readHeader(grid, hit.row, limit, (r) => startsCodeRow(grid, r));
  if (!header) return fail("标题下没有找到表头和数据行");
  const all = Array.from({ length: grid.cols }, (_, c) => c);
  const mapped = mapColumnsWithAlternatives(header.paths, all, spec.columns);
  const roles = confirmByIdentities(grid, spec, header.dataStart, limit, mapped.roles, mapped.alternatives);
  const missing = spec.columns.filter((c) => c.required && !roles.has(c.role)).map((c) => c.nameZh);
  if (missing.length) return fail(`表头中找不到列：${missing.join("、")}`);
  const firstAmount = Math.min(...roles.values());
  const labelCols = all.filter((c) => c < firstAmount);
  if (labelCols.length === 0) return fail("找不到科目编码/科目名称列");
  const amountCols = [...roles.values()];

  const classify = (r: number): RowClass => {
    if (isColumnNumberRow(grid, r)) return "header";
    const lp = labelParts(grid, r, labelCols, header.paths);
    if (lp.printed !== null) return "data";
    if (lp.name !== "" && TOTAL.test(grid.label(r, lp.nameCol))) return "data";
    const labels = labelCols.map((c) => grid.label(r, c)).filter((l) => l !== "");
    if (labels.some((l) => HEADER_LABEL.test(l))) return "header";
    if (
      amountCols.some(
        (c) => header.paths[c] !== "" && grid.label(r, c) !== "" && header.paths[c].endsWith(grid.label(r, c)),
      )
    )
      return "header";
    return "other";
  };
  const body = scanBody(grid, header.dataStart, limit, classify);

  const columns: ColumnMapping[] = spec.columns
    .filter((c) => roles.has(c.role))
    .map((c) => ({ role: c.role, header: header.printed[roles.get(c.role)!], col: roles.get(c.role)! }));
  const system = spec.codeSystem ?? "function";
  const resolver = new CodeResolver(system, {
    known: (c) => (system === "economic" ? economicEntry(c) : functionEntry(c)) !== undefined,
  });
  const rows: TableRow[] = [];
  const problems: ParseProblem[] = [];
  for (const r of body.dataRows) {
    const lp = labelParts(grid, r, labelCols, header.paths);
    const cells: Record<string, AmountCell> = {};
    for (const [role, c] of roles) {
      const read = readNumber(grid, r, c);
      cells[role] = read.cell;
      if (read.problem) problems.push(read.problem);
    }
    const labelRef = lp.nameCol >= 0 ? grid.ref(r, lp.nameCol) : undefined;
    if (lp.printed === null) {
      rows.push({ kind: "total", role: "total", label: grid.text(r, lp.nameCol), labelRef, row: r, cells });
      continue;
    }
    const res = resolver.resolve(lp.printed, lp.hint ? { column: lp.hint } : undefined);
    const ref = grid.ref(r, lp.codeCol);
    if ("reason" in res) {
      problems.push({ ref, message: res.reason });
      continue;
    }
    const code: CodeInfo = { ...res, ref };
    rows.push({ kind: "code", label: lp.name, labelRef, code, row: r, cells });
  }
  return finish(grid, hit, header, body, columns, rows, problems);
}

/**
 * Where a header pattern fits several columns, keeps the column for which the table's own row identities
 * (合计 = 基本支出 + 项目支出 …) hold on the most rows; the leftmost wins a tie.
 */
function confirmByIdentities(
  grid: Grid,
  spec: CodeRowsSpec,
  dataStart: number,
  limit: number,
  roles: Map<string, number>,
  alternatives: Map<string, number[]>,
): Map<string, number> {
  if (alternatives.size === 0 || !spec.rowIdentities) return roles;
  const rowsToScore: number[] = [];
  for (let r = dataStart; r < limit && rowsToScore.length < 200; r++) if (startsCodeRow(grid, r)) rowsToScore.push(r);
  const value = (r: number, c: number | undefined): Decimal => {
    if (c === undefined) return new Decimal(0);
    const v = readNumber(grid, r, c).cell.value;
    return v ?? new Decimal(0);
  };
  const score = (m: Map<string, number>): number => {
    let n = 0;
    for (const id of spec.rowIdentities!) {
      for (const r of rowsToScore) {
        const total = value(r, m.get(id.total));
        const parts = id.parts.map((p) => value(r, m.get(p)));
        if (!total.isZero() && compareSum(total, parts).status !== "mismatch") n++;
      }
    }
    return n;
  };
  let best = new Map(roles);
  for (const [role, cols] of alternatives) {
    let bestScore = score(best);
    for (const c of cols) {
      if (c === best.get(role) || [...best.values()].includes(c)) continue;
      const trial = new Map(best);
      trial.set(role, c);
      const s = score(trial);
      if (s > bestScore) {
        best = trial;
        bestScore = s;
      }
    }
  }
  return best;
}
