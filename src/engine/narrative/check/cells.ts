import { cellRef, formatRef, parseRange } from "../../address";
import type { Finding } from "../../findings";
import type { RecognitionResult } from "../../model/table";
import type { WorkbookSnapshot } from "../../snapshot";
import { checkNarrative } from "./check";
import { shortQuote } from "./findings";

/**
 * The text inside the 绩效 tables (评分过程, 指标解释, 偏差原因分析 …) checked like a 情况说明: the stated figures and
 * rates against the tables and against themselves (seed004's 附件1: “政府采购预算30万元，其中：货物30、工程0、服务10”;
 * a 变动比率 printed without its sign). A finding the text cannot tie to a table cell is marked at the text's own cell.
 */
export function checkTableTexts(snapshot: WorkbookSnapshot, recognition: RecognitionResult): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const table of recognition.tables) {
    if (!table.id.startsWith("perf-")) continue;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const r = parseRange(table.range);
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const v = sheet.values[row]?.[col];
        // Sentences only: a label or a target value ("≥90%") is no statement to check.
        if (typeof v !== "string" || v.length < 12 || !/\d/.test(v)) continue;
        const here = formatRef(cellRef(sheet.name, row, col));
        for (const f of checkNarrative(v, recognition).findings) {
          const cells = f.cells.length > 0 ? f.cells : [here];
          const key = `${f.messageId}|${cells[0]}|${f.actual ?? ""}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            ruleId: f.ruleId,
            messageId: f.messageId,
            severity: f.severity,
            category: f.category,
            message: `${table.title}中的文字“${shortQuote(f.quote)}”：${f.message}`,
            table: f.cells.length > 0 && f.table ? f.table : table.id,
            cells,
            ...(f.expected !== undefined && { expected: f.expected }),
            ...(f.actual !== undefined && { actual: f.actual }),
            ...(f.difference !== undefined && { difference: f.difference }),
          });
        }
      }
    }
  }
  return out;
}
