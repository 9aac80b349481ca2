import { computeFigures, type Figures } from "../figures/compute";
import { EMPTY_INPUTS, type Inputs } from "../inputs/model";
import { requiredReasons, type ReasonRequirement } from "../inputs/reasons";
import type { Table } from "../model/table";
import { isMissing, isValue, joinText, type Segment } from "./segments";
import { buildSection, type NarrativeSection } from "./sections";
import { TEMPLATE_SETS, type TemplateSet, type TemplateSetId } from "./templates";

export * from "./segments";
export * from "./sections";
export * from "./templates";
export * from "./budget";
export * from "./budget-templates";

export interface NarrativeOptions {
  /** A template set or its id (default: standard). */
  readonly templates?: TemplateSet | TemplateSetId;
  /** 决算 year ("2024年度"); a visible 【待填写】 slot when absent. */
  readonly year?: number;
}

export interface Narrative {
  readonly templateSet: TemplateSetId;
  readonly sections: ReadonlyArray<NarrativeSection>;
  readonly figures: Figures;
  /** Reasons the text needs (≥10 % / from 0), given or not, for the lines the text speaks about. */
  readonly reasons: ReadonlyArray<ReasonRequirement>;
  /** Every 【待填写】 slot of the text, in order. */
  readonly missing: ReadonlyArray<string>;
}

/**
 * The 情况说明 for one workbook's tables: pure — (tables, inputs, template set) → sections of paragraphs whose every
 * number keeps its figure and cells. Unknown inputs are 【待填写：…】 slots, never guesses.
 */
export function generateNarrative(
  tables: ReadonlyArray<Table>,
  inputs: Inputs = EMPTY_INPUTS,
  options: NarrativeOptions = {},
): Narrative {
  const set =
    typeof options.templates === "object" ? options.templates : TEMPLATE_SETS[options.templates ?? "standard"];
  const figures = computeFigures(tables, inputs, { percentDecimals: set.style.percentDecimals });
  const ctx = { figures, inputs, set, year: options.year };
  const sections = set.sections.map((t, i) => buildSection(ctx, t, i));
  const segs = sections.flatMap((s) => s.paragraphs.flatMap((p) => p.segments));
  const subjects = [...new Set(segs.filter(isValue).map((s) => s.subject))];
  return {
    templateSet: set.id,
    sections,
    figures,
    reasons: requiredReasons(figures, inputs, subjects),
    missing: segs.filter(isMissing).map((s) => s.missing),
  };
}

/** A section as text: its heading, then one line per paragraph. */
export function sectionText(s: Pick<NarrativeSection, "heading" | "paragraphs">): string {
  return [s.heading, ...s.paragraphs.map((p) => joinText(p.segments))].join("\n");
}

/** The whole text, sections separated by a blank line. */
export function narrativeText(n: {
  readonly sections: ReadonlyArray<Pick<NarrativeSection, "heading" | "paragraphs">>;
}): string {
  return n.sections.map(sectionText).join("\n\n");
}

/** One row per paragraph (headings included) — the 情况说明 sheet. */
export function narrativeRows(n: Narrative): string[] {
  return n.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => joinText(p.segments))]);
}

/** Every number of a paragraph list with its provenance, for the pane. */
export function valueSegments(segments: ReadonlyArray<Segment>) {
  return segments.filter(isValue);
}
