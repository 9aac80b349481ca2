import type { Table, TableId, TableRow } from "../model/table";
import { codeRowsTableIds, visitorFor } from "./support/sums";
import type { RuleModule } from "./types";

/** Function codes in the code-rows tables (02/03/05/07/08), economic codes in 06's blocks. */
const TABLES: TableId[] = [...codeRowsTableIds(), "final-06"];

const SYSTEM = {
  function: { name: "支出功能分类", first: "2", classes: "2 开头（201–2xx）" },
  economic: { name: "支出经济分类", first: "3", classes: "3 开头（301–399）" },
} as const;

const LEVEL = { 1: "类", 2: "款", 3: "项" } as const;

/** The 2-digit 款/项 segments of a code: "2080505" → ["05", "05"]. */
function segments(code: string): string[] {
  const out: string[] = [];
  for (let i = 3; i + 2 <= code.length; i += 2) out.push(code.slice(i, i + 2));
  return out;
}

/**
 * 科目编码 format beyond the lengths the recogniser already enforces (3/5/7 digits for 功能分类, 3/5 for 经济分类;
 * other lengths are reading problems of the table, reported by the value rules):
 * - a code of the other system (功能分类 类 begin with 2, 经济分类 类 with 3) → error;
 * - a 款 or 项 segment "00" (款/项 are numbered from 01) → error;
 * - a two-digit code the recogniser completed from the rows above ("05" under 208) → info with the full code.
 */
export const codeFormat: RuleModule = {
  meta: {
    id: "code-format",
    severity: "error",
    category: "科目编码",
    requires: TABLES,
    requiresMode: "any",
    messages: {
      wrongSystem: "科目编码 {{code}} 不是{{system}}编码：{{system}}的类级编码应为 {{classes}}",
      zeroSegment: "科目编码 {{code}} 的{{level}}级编码为“00”，{{level}}级编码应从 01 起编",
      abbreviated: "简写编码“{{printed}}”已按上级补全为 {{code}}（{{name}}），建议填写完整的{{length}}位编码",
    },
    docs: {
      description:
        "科目编码的格式：编码体系（功能分类 2 开头、经济分类 3 开头）、款/项编码不为 00，简写编码按上级补全后提示",
      url: "docs/rules/code-format.md",
    },
  },
  create(ctx) {
    return visitorFor(TABLES, (table: Table) => {
      for (const row of table.rows) {
        if (row.kind !== "code" || !row.code) continue;
        check(row);
      }
    });

    function check(row: TableRow): void {
      const info = row.code!;
      const sys = SYSTEM[info.system];
      const cells = [info.ref];
      if (!info.code.startsWith(sys.first)) {
        ctx.report({
          messageId: "wrongSystem",
          cells,
          data: { code: info.code, system: sys.name, classes: sys.classes },
        });
        return;
      }
      const zero = segments(info.code).indexOf("00");
      if (zero >= 0) {
        ctx.report({ messageId: "zeroSegment", cells, data: { code: info.code, level: LEVEL[(zero + 2) as 2 | 3] } });
        return;
      }
      if (info.abbreviated) {
        ctx.report({
          messageId: "abbreviated",
          severity: "info",
          cells,
          data: {
            printed: info.printed,
            code: info.code,
            name: row.label.trim() || "未列名称",
            length: info.code.length,
          },
        });
      }
    }
  },
};

export default codeFormat;
