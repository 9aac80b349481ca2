/** Moved to src/xlsx/container.ts (shared with the task pane's reading of last year's workbook). */
export * from "../xlsx/container";
