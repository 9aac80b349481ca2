import type Decimal from "decimal.js";
import type { CellRef } from "../address";

/**
 * What the 情况说明 needs and the tables do not hold. Values are keyed like the table lines (figures/lines.ts), so a
 * prior-year amount, a 年初预算数 and this year's amount line up by key:
 *   prior[key]   上年决算数 (01.income.total, 05:2101501, 06:301, 09.reception.final, operatingCost …)
 *   budget[key]  年初预算数 per 功能分类 code (05:<code>) and for the total (05.total)
 *   current[key] this year's amounts no table holds: operatingCost (机关运行经费), procurement.* (政府采购),
 *                assets.* (当年购置 counts)
 *   reasons[key] 主要原因 per figure subject: "change:<line key>" (比上年) and "budget:<line key>" (预决算差异)
 */
export type InputSource = "prior-workbook" | "supplement" | "pane" | "given";

export interface InputValue {
  readonly value: Decimal | null;
  /** Where the value was read (a cell of last year's workbook or of the 补充数据 sheet); empty when typed in the pane. */
  readonly cells: ReadonlyArray<CellRef>;
  readonly source: InputSource;
}

export interface Reason {
  /** The reason the user gave this year; absent when not given. */
  readonly text?: string;
  readonly cell?: CellRef;
  /** Last year's reason for the same item — offered, never used silently. */
  readonly suggestion?: string;
}

export interface Inputs {
  readonly prior: Readonly<Record<string, InputValue>>;
  readonly budget: Readonly<Record<string, InputValue>>;
  readonly current: Readonly<Record<string, InputValue>>;
  readonly reasons: Readonly<Record<string, Reason>>;
}

export const EMPTY_INPUTS: Inputs = { prior: {}, budget: {}, current: {}, reasons: {} };

/** Keys of `current` with their Chinese names (the 补充数据 sheet and the 【待填写】 slots use them). */
export const CURRENT_INPUTS: ReadonlyArray<{
  readonly key: string;
  readonly nameZh: string;
  readonly count?: boolean;
}> = [
  { key: "operatingCost", nameZh: "机关运行经费" },
  { key: "procurement.total", nameZh: "政府采购支出总额" },
  { key: "procurement.goods", nameZh: "政府采购货物支出" },
  { key: "procurement.works", nameZh: "政府采购工程支出" },
  { key: "procurement.services", nameZh: "政府采购服务支出" },
  { key: "procurement.sme", nameZh: "授予中小企业合同金额" },
  { key: "procurement.small", nameZh: "授予小微企业合同金额" },
  { key: "procurement.smeGoods", nameZh: "货物采购授予中小企业合同金额" },
  { key: "procurement.smeWorks", nameZh: "工程采购授予中小企业合同金额" },
  { key: "procurement.smeServices", nameZh: "服务采购授予中小企业合同金额" },
  { key: "assets.vehiclesPurchased", nameZh: "当年购置车辆数", count: true },
  { key: "assets.equipmentPurchased", nameZh: "当年购置单价100万元以上设备数", count: true },
];

/** Later inputs override earlier ones key by key (e.g. prior workbook, then 补充数据, then the pane). */
export function mergeInputs(...all: ReadonlyArray<Partial<Inputs>>): Inputs {
  const out = { prior: {}, budget: {}, current: {}, reasons: {} } as {
    prior: Record<string, InputValue>;
    budget: Record<string, InputValue>;
    current: Record<string, InputValue>;
    reasons: Record<string, Reason>;
  };
  for (const i of all) {
    for (const k of ["prior", "budget", "current"] as const) {
      for (const [key, v] of Object.entries(i[k] ?? {})) if (v.value !== null || !out[k][key]) out[k][key] = v;
    }
    for (const [key, r] of Object.entries(i.reasons ?? {})) {
      const prev = out.reasons[key];
      out.reasons[key] = { ...prev, ...r, suggestion: r.suggestion ?? prev?.suggestion, text: r.text ?? prev?.text };
    }
  }
  return out;
}
