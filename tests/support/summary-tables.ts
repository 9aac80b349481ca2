import type { CellValue } from "../../src/engine/snapshot";
import { sheet } from "./snapshot-builder";

/**
 * The two-sided 总表 as literal sheets for rule tests: title, unit line, one header row, then the data rows (from
 * sheet row 4). Each row: [收入项目, 行次, 金额, 支出项目, 行次, then the 支出 amount column(s)].
 */

/** 公开01表: 收入 项目/行次/金额 in A–C, 支出 项目（按功能分类）/行次/金额 in D–F. */
export const H01: CellValue[] = ["项目", "行次", "金额", "项目（按功能分类）", "行次", "金额"];

/** 公开04表: 收入 A–C; 支出 项目/行次 in D–E, 合计 F, 一般公共预算 G, 政府性基金 H, 国有资本经营 I. */
export const H04: CellValue[] = [
  "项目",
  "行次",
  "金额",
  "项目（按功能分类）",
  "行次",
  "合计",
  "一般公共预算财政拨款",
  "政府性基金预算财政拨款",
  "国有资本经营预算财政拨款",
];

export const t01 = (rows: CellValue[][]) => sheet("公开01表", [["收入支出决算总表"], ["单位：万元"], H01, ...rows]);

export const t04 = (rows: CellValue[][], header: CellValue[] = H04) =>
  sheet("公开04表", [["财政拨款收入支出决算总表"], ["单位：万元"], header, ...rows]);
