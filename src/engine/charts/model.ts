import type Decimal from "decimal.js";
import type { CellRef } from "../address";

/**
 * The charts a published 情况说明 carries (seed001: 收入、支出决算总计对比图, 收入结构图, 支出结构图, 财政拨款收入、支出
 * 总计对比图, 财政拨款支出对比图, 财政拨款支出结构图), as plain data computed from the figures. Three renderers read it:
 * native Excel charts in our 情况说明 sheet (src/excel), SVG in the pane's 比率 tab and in the CLI's --html report
 * (src/engine/charts/svg.ts, a pure string function).
 */
export type ChartKind = "column" | "pie";

export type ChartId =
  | "totals" // 收入、支出决算总计对比图：收入总计/支出总计，上年 vs 本年
  | "income-structure" // 收入结构图：本年收入合计的来源
  | "expense-structure" // 支出结构图：基本支出/项目支出/…
  | "fiscal-totals" // 财政拨款收入、支出总计对比图：04 总计，上年 vs 本年
  | "fiscal-expense" // 财政拨款支出对比图：一般公共预算财政拨款支出 上年决算 / 年初预算 / 本年决算
  | "fiscal-structure"; // 财政拨款支出结构图：05 按类

export interface ChartPoint {
  /** Category label, as the tables print it ("基本支出", "社会保障和就业支出"). */
  readonly label: string;
  /** Exact amount in 万元 (never a float; renderers convert at the last moment). */
  readonly value: Decimal;
  /** The cells (or input cells) the amount comes from; empty for an input typed in the pane. */
  readonly cells: ReadonlyArray<CellRef>;
}

export interface ChartSeries {
  /** "本年" / "上年" / "年初预算"; for a pie the single series is "本年". */
  readonly name: string;
  /** One point per category, in the chart's category order; null where the value is not known (never drawn as 0). */
  readonly points: ReadonlyArray<ChartPoint | null>;
}

export interface ChartSpec {
  readonly id: ChartId;
  /** As the published reports caption it: "收入、支出决算总计对比图（单位：万元）". */
  readonly title: string;
  readonly kind: ChartKind;
  readonly unit: "万元";
  readonly categories: ReadonlyArray<string>;
  readonly series: ReadonlyArray<ChartSeries>;
  /** Index (0-based) of the 情况说明 section the chart illustrates (一 = 0). */
  readonly section: number;
}
