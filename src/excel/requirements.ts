/**
 * Run-time detection of the requirement sets beyond the manifest's ExcelApi 1.9 (addin-conventions §4, §11: versions
 * as strings, never numbers).
 */
import type { Capabilities } from "./gateway";

export const NOTES_SET = "1.18";
export const MERGE_UNDO_SET = "1.20";
export const MERGED_AREAS_SET = "1.13";
/** worksheet.charts: add(type, source, seriesBy), title, legend, setPosition. */
export const CHARTS_SET = "1.1";

export function isExcelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function detectCapabilities(): Capabilities {
  return {
    notes: isExcelApiSupported(NOTES_SET),
    mergeUndo: isExcelApiSupported(MERGE_UNDO_SET),
    merges: isExcelApiSupported(MERGED_AREAS_SET),
    charts: isExcelApiSupported(CHARTS_SET),
    host: "excel",
  };
}
