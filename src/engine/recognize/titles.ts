import { tableSpecs, type TableSpec } from "../tables";
import { normalizeLabel } from "../values/text";
import type { Grid } from "./grid";
import { isTableNo } from "./header";
import type { TitleHit } from "./reader";

/** What may precede a standard title: the department's name and/or the year ("丹凤县医疗保障局2024年度"). */
const PREFIX = /(\d{4}年度?|局|中心|委员会|委|办|办公室|院|所|站|学校|校|队|会|厅|部|处|室|馆|团|社|单位|部门)$/;

const aliases: { spec: TableSpec; alias: string }[] = tableSpecs
  .flatMap((spec) => spec.titles.map((t) => ({ spec, alias: normalizeLabel(t) })))
  .sort((a, b) => b.alias.length - a.alias.length);

/** The spec a title text names, if any. Exact aliases beat prefixed ones; longer aliases beat shorter. */
export function matchTitle(text: string): TableSpec | undefined {
  const l = normalizeLabel(text).replace(/^(\d{4}年度?)/, (m) => m);
  if (l.length < 4 || l.length > 60) return undefined;
  const exact = aliases.find((a) => a.alias === l);
  if (exact) return exact.spec;
  const prefixed = aliases.find((a) => l.endsWith(a.alias) && PREFIX.test(l.slice(0, l.length - a.alias.length)));
  if (prefixed) return prefixed.spec;
  return tableSpecs.find((s) => (s.titlePatterns ?? []).some((re) => re.test(l)));
}

export function specByTableNo(label: string): TableSpec | undefined {
  return tableSpecs.find((s) => s.tableNo.test(label));
}

/** Title rows of one sheet, in row order. A 表号 ("公开05表") with no title above it also starts a table. */
export function findTitles(grid: Grid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const f = grid.filled(r);
    if (f.length === 0 || f.length > 4) continue;
    for (const c of f) {
      if (typeof grid.raw(r, c) !== "string") continue;
      const spec = matchTitle(grid.text(r, c));
      if (spec) {
        hits.push({ row: r, col: c, spec, printedTitle: grid.text(r, c) });
        break;
      }
    }
  }
  for (let r = 0; r < grid.rows; r++) {
    for (const c of grid.filled(r)) {
      const l = grid.label(r, c);
      if (!isTableNo(l)) continue;
      const spec = specByTableNo(l);
      if (!spec) continue;
      const near = hits.some((h) => h.row <= r && r - h.row <= 2);
      if (!near) hits.push({ row: r, col: c, spec, printedTitle: "", tableNo: grid.text(r, c) });
    }
  }
  return hits.sort((a, b) => a.row - b.row);
}
