export {
  buildWritePlan,
  hyperlinkTarget,
  LOCATION_COLUMN,
  noteParagraph,
  quoteSheetName,
  REPORT_HEADER,
  REPORT_SHEET,
  REPORT_TITLE,
  SEVERITY_COLUMN,
  SEVERITY_FILL,
  SEVERITY_ZH,
  sortFindings,
  splitRef,
  tableLabel,
} from "./write-plan";
export type { CellMark, ReportLink, ReportSheet, WritePlan, WritePlanOptions } from "./write-plan";
