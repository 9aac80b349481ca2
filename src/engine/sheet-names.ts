/**
 * The names of the sheets the add-in and the CLI create, and how our own 情况说明 sheet is told from a user's: plain
 * constants without dependencies, so the task pane's initial bundle (演示模式 gateway) can use them without the engine.
 */
import type { CellValue } from "./snapshot";

export const NARRATIVE_SHEET = "情况说明";
/** Ends A1 of our sheet: a later run replaces a sheet with it, and never a user's sheet of that name. */
export const NARRATIVE_MARK = "（预决算校验助手生成）";

export type NarrativeKind = "final" | "budget";

export function narrativeTitle(kind: NarrativeKind): string {
  return `${kind === "budget" ? "部门预算" : "部门决算"}情况说明${NARRATIVE_MARK}`;
}

/** True for A1 of a sheet we generated (either kind, and the title of earlier versions). */
export function isOwnNarrativeTitle(a1: CellValue | undefined): boolean {
  return typeof a1 === "string" && a1.trim().endsWith(NARRATIVE_MARK);
}

export const SUPPLEMENT_SHEET = "补充数据";

export const SUPPLEMENT_HEADER = [
  "键",
  "类别",
  "科目编码",
  "项目",
  "本年决算数",
  "上年决算数",
  "年初预算数",
  "比上年变动主要原因",
  "预决算差异主要原因",
  "上年原因（参考）",
] as const;
