/**
 * --narrative / --prior for the CLI: the 情况说明 generated from a checked file's tables, with the inputs of last year's
 * workbook (--prior) and the file's own 补充数据 sheet. Pure apart from what main.ts hands in.
 */
import type { GatheredInputs } from "../engine/inputs";
import type { RecognitionResult } from "../engine/model/table";
import { joinText, TEMPLATE_SETS, type Narrative, type TemplateSetId } from "../engine/narrative";
import { generateWorkbookNarrative, isTemplateSetId } from "../engine/narrative/workbook";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { formatRef } from "../engine/address";
import { buildSupplementSheet } from "../engine/inputs/supplement";
import { InputError, readWorkbookFile } from "./read-xlsx";
import { narrativeCharts, type ChartSpec } from "../engine/charts";
import {
  narrativeSheetLayout,
  narrativeSheetRows,
  type NarrativeKind,
  type NarrativeSheetLayout,
} from "../engine/narrative/sheet";
import type { ExtraSheets } from "./write-xlsx";

/** What the CLI prints and writes of a generated text: the 决算 narrative, or the 部门预算 one for a budget workbook. */
export interface NarrativeText {
  /** 决算 (final) or 部门预算 (budget): the title of our sheet says which. */
  readonly kind: NarrativeKind;
  readonly templateSet: string;
  readonly sections: ReadonlyArray<{
    /** The section's kind (overview, income, … / the budget ones): where the charts go. */
    readonly kind: string;
    readonly heading: string;
    readonly paragraphs: Narrative["sections"][number]["paragraphs"];
  }>;
  readonly missing: ReadonlyArray<string>;
  readonly reasons: Narrative["reasons"];
}

export interface GeneratedNarrative {
  readonly narrative: NarrativeText;
  readonly gathered: GatheredInputs;
  /** The charts of the text (src/engine/charts): the six 决算 charts where their data is known; none for a budget. */
  readonly charts: ReadonlyArray<ChartSpec>;
}

export { detectYear, isTemplateSetId } from "../engine/narrative/workbook";

/** The text of one file, generated the way the pane does (src/engine/narrative/workbook.ts), with its charts. */
export function generateForFile(
  result: RecognitionResult,
  snapshot: WorkbookSnapshot,
  options: { prior?: WorkbookSnapshot; templates?: TemplateSetId; year?: number } = {},
): GeneratedNarrative {
  const n = generateWorkbookNarrative(result, snapshot, options);
  return {
    narrative: {
      kind: n.kind,
      templateSet: n.templateSet,
      sections: n.sections.map((s) => ({ kind: s.kind ?? "", heading: s.heading, paragraphs: s.paragraphs })),
      missing: n.missing,
      reasons: n.reasons,
    },
    gathered: n.gathered,
    charts: n.figures ? narrativeCharts(n.figures, n.inputs) : [],
  };
}

/** The text block printed after a file's findings. Ends with a newline. */
export function formatNarrativeText(g: GeneratedNarrative): string {
  const out: string[] = ["", "情况说明（生成稿）："];
  for (const s of g.narrative.sections) {
    out.push("", s.heading);
    for (const p of s.paragraphs) out.push(joinText(p.segments));
  }
  out.push("");
  const open = g.narrative.reasons.filter((r) => !r.given);
  if (g.narrative.missing.length > 0)
    out.push(`  待填写 ${g.narrative.missing.length} 处（见【待填写：…】）；可在“补充数据”工作表中填写后重新运行。`);
  if (open.length > 0) {
    out.push(`  需说明主要原因而尚未填写 ${open.length} 处：`);
    for (const r of open) out.push(`    ${r.why}${r.suggestion ? `（上年原因供参考：${r.suggestion}）` : ""}`);
  }
  for (const p of g.gathered.problems) out.push(`  补充数据问题 ${formatRef(p.ref)}：${p.message}`);
  if (g.gathered.prior && g.gathered.prior.unmatched.length > 0)
    out.push(`  上年工作簿中找不到对应项目的行：${g.gathered.prior.unmatched.length} 个（上年决算数待填写）。`);
  return out.join("\n") + "\n";
}

export interface JsonNarrative {
  templates: string;
  sections: { heading: string; paragraphs: string[] }[];
  missing: string[];
  reasons: { key: string; why: string; given?: string; suggestion?: string }[];
  problems: { sheet: string; cell: string; message: string }[];
}

export function narrativeToJson(g: GeneratedNarrative): JsonNarrative {
  return {
    templates: g.narrative.templateSet,
    sections: g.narrative.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => joinText(p.segments)),
    })),
    missing: [...g.narrative.missing],
    reasons: g.narrative.reasons.map((r) => ({
      key: r.key,
      why: r.why,
      ...(r.given !== undefined && { given: r.given }),
      ...(r.suggestion !== undefined && { suggestion: r.suggestion }),
    })),
    problems: g.gathered.problems.map((p) => ({ sheet: p.ref.sheet, cell: p.ref.address, message: p.message })),
  };
}

/** Our 情况说明 sheet (src/engine/narrative/sheet.ts): the title of the text's kind, one paragraph per row, the charts' data. */
export function narrativeSheet(g: GeneratedNarrative): NarrativeSheetLayout {
  return narrativeSheetLayout(narrativeSheetRows(g.narrative.sections, g.narrative.kind), g.charts);
}

// ---------------------------------------------------------------------------------------------------------------
// The CLI wiring (main.ts calls these three).

export interface NarrativeSettings {
  readonly on: boolean;
  readonly prior?: WorkbookSnapshot;
  readonly templates?: TemplateSetId;
}

/** --narrative / --prior / --templates checked, last year's workbook read once; a Chinese message when wrong. */
export async function narrativeArgs(args: {
  narrative?: boolean;
  /** --html <dir>: the report holds the generated text, so it is generated without --narrative too. */
  html?: string;
  prior?: string;
  templates?: string;
}): Promise<NarrativeSettings | { error: string }> {
  if (!args.narrative && args.html === undefined) {
    if (args.prior !== undefined || args.templates !== undefined)
      return { error: "选项“--prior”“--templates”需与“--narrative”（或“--html”）同用。" };
    return { on: false };
  }
  if (args.templates !== undefined && !isTemplateSetId(args.templates))
    return {
      error: `选项“--templates”的取值应为 ${Object.keys(TEMPLATE_SETS).join("、")} 之一，而不是“${args.templates}”。`,
    };
  let prior: WorkbookSnapshot | undefined;
  if (args.prior !== undefined) {
    try {
      prior = await readWorkbookFile(args.prior);
    } catch (e) {
      return {
        error: `无法读取上年决算工作簿：${e instanceof InputError || e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  return { on: true, prior, templates: args.templates as TemplateSetId | undefined };
}

export interface NarrativeRun {
  readonly generated?: GeneratedNarrative;
  /** Printed after the file's findings. */
  readonly text: string;
  /** For --out: our 情况说明 sheet and a pre-filled 补充数据 sheet. */
  readonly sheets?: ExtraSheets;
  /** Why the text could not be generated (Chinese); absent when it was. */
  readonly error?: string;
}

/** Generates the 情况说明 of one checked file (its workbook is read again for its 补充数据 sheet); never throws. */
export async function narrativeForFile(
  file: string,
  result: RecognitionResult,
  settings: NarrativeSettings,
): Promise<NarrativeRun> {
  try {
    const snapshot = await readWorkbookFile(file);
    const generated = generateForFile(result, snapshot, { prior: settings.prior, templates: settings.templates });
    return {
      generated,
      text: formatNarrativeText(generated),
      sheets: {
        narrative: narrativeSheet(generated),
        supplement: buildSupplementSheet(result.tables, generated.gathered.inputs),
      },
    };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { text: `\n  无法生成情况说明：${error}\n`, error };
  }
}

/** The --json report with each file's generated 情况说明 added (key "narrative"; additive to JSON version 1). */
export function narrativeJson<T extends { files: object[] }>(
  json: T,
  runs: ReadonlyArray<NarrativeRun | undefined>,
): T {
  return {
    ...json,
    files: json.files.map((f, i) => {
      const g = runs[i]?.generated;
      return g ? { ...f, narrative: narrativeToJson(g) } : f;
    }),
  };
}
