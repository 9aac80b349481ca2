import type { Figures } from "../figures/compute";
import { gatherInputs, mergeInputs, type GatheredInputs, type Inputs } from "../inputs";
import type { ReasonRequirement } from "../inputs/reasons";
import type { RecognitionResult, Table } from "../model/table";
import type { WorkbookSnapshot } from "../snapshot";
import { generateBudgetNarrative } from "./budget";
import { checkGeneratedText, type InsertionCheck } from "./insert";
import { generateNarrative, narrativeText } from "./index";
import type { NarrativeSection } from "./sections";
import type { NarrativeKind } from "./sheet";
import { TEMPLATE_SETS, type TemplateSetId } from "./templates";

/**
 * The 情况说明 of one workbook as a host asks for it (the CLI's --narrative and the pane's 情况说明 tab): the inputs
 * gathered from last year's workbook, the workbook's own 补充数据 sheet and the pane's edits (in that order, later wins),
 * then the 决算 text — or the 部门预算 text for a workbook that holds only 预算 tables.
 */
export interface WorkbookNarrative {
  readonly kind: NarrativeKind;
  readonly templateSet: string;
  /** The sections; a 决算 section also says its kind (总体, 收入 …), which places the charts. */
  readonly sections: ReadonlyArray<Pick<NarrativeSection, "heading" | "paragraphs"> & { readonly kind?: string }>;
  /** Every 【待填写】 slot, in order. */
  readonly missing: ReadonlyArray<string>;
  /** Reasons the text needs (none for a budget text). */
  readonly reasons: ReadonlyArray<ReasonRequirement>;
  /** The figures of a 决算 text (占比, 增长率, 完成% …); null for a budget text. */
  readonly figures: Figures | null;
  readonly inputs: Inputs;
  readonly gathered: GatheredInputs;
}

export interface WorkbookNarrativeOptions {
  /** Last year's 决算 workbook. */
  readonly prior?: WorkbookSnapshot;
  readonly templates?: TemplateSetId;
  readonly year?: number;
  /** Inputs given last (the pane's edits): they override the prior workbook and the 补充数据 sheet item by item. */
  readonly extra?: Partial<Inputs>;
}

/** The 决算 year the workbook states ("2024 年度", "2024年度"), from its first rows; undefined when none. */
export function detectYear(snapshot: WorkbookSnapshot): number | undefined {
  const counts = new Map<number, number>();
  for (const s of snapshot.sheets) {
    for (const row of s.values.slice(0, 8)) {
      for (const v of row) {
        if (typeof v !== "string") continue;
        const m = /(20\d\d)\s*年度?/.exec(v);
        if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
      }
    }
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)!) best = y;
  return best;
}

/** A workbook of 部门预算 tables only (no 决算 table): its text is the budget one. */
export function isBudgetWorkbook(tables: ReadonlyArray<Table>): boolean {
  return !tables.some((t) => t.id.startsWith("final-")) && tables.some((t) => t.id.startsWith("budget-"));
}

export function isTemplateSetId(s: string): s is TemplateSetId {
  return s in TEMPLATE_SETS;
}

export function generateWorkbookNarrative(
  result: RecognitionResult,
  snapshot: WorkbookSnapshot,
  options: WorkbookNarrativeOptions = {},
): WorkbookNarrative {
  const gathered = gatherInputs(result.tables, snapshot, options.prior);
  const inputs = options.extra ? mergeInputs(gathered.inputs, options.extra) : gathered.inputs;
  const year = options.year ?? detectYear(snapshot);
  if (isBudgetWorkbook(result.tables)) {
    const b = generateBudgetNarrative(result.tables, inputs, { year });
    return {
      kind: "budget",
      templateSet: b.templateSet,
      sections: b.sections,
      missing: b.missing,
      reasons: [],
      figures: null,
      inputs,
      gathered,
    };
  }
  const n = generateNarrative(result.tables, inputs, { templates: options.templates ?? "standard", year });
  return {
    kind: "final",
    templateSet: n.templateSet,
    sections: n.sections,
    missing: n.missing,
    reasons: n.reasons,
    figures: n.figures,
    inputs,
    gathered,
  };
}

/** The insertion check (insert.ts checkGeneratedText) on either kind of generated text. */
export function checkWorkbookNarrative(n: WorkbookNarrative, recognition: RecognitionResult): InsertionCheck {
  return checkGeneratedText(narrativeText(n), recognition);
}
