import type { Finding } from "../../engine/findings";

/** The key an ignored finding is kept under in the workbook state: ruleId | first cell | messageId. */
export function findingKey(f: Pick<Finding, "ruleId" | "cells" | "messageId">): string {
  return `${f.ruleId}|${f.cells[0]}|${f.messageId}`;
}

/** "公开03表!E6" → { sheet, address } (the sheet is everything before the last "!"). */
export function parseCellRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  return i < 0 ? { sheet: "", address: ref } : { sheet: ref.slice(0, i), address: ref.slice(i + 1) };
}
