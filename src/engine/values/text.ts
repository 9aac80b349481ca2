import type { CellValue } from "../snapshot";

/** The text of a cell as a person reads it ("" for blank). Numbers keep JS's shortest round-trip form. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if ("error" in v) return v.error;
  return v.date;
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, Ａ-Ｚ, （）, ：, ，, ．…) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/**
 * Label normalisation for matching headers, titles and line names: half-width, no white space, one kind of
 * bracket and quote. Printed documents space characters freely ("项 目", "公开 01 表", "合 计").
 */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(/[“”"「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[、]/g, "、");
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
