/**
 * The 情况说明 tab's engine side (in the engine chunk): the text generated from the recognised tables with the inputs
 * gathered from last year's workbook, the 补充数据 sheet and the pane's edits, the items the user can fill, the figures
 * of the 比率 tab, the charts, the checker's verdict on insertion and our sheet's layout. Pure: plain data out.
 */
import Decimal from "decimal.js";
import { formatRef, type CellRef } from "../../engine/address";
import { chartSections, narrativeCharts, type ChartSpec } from "../../engine/charts";
import { budgetInputLabel, lineName, priorInputLabel, type Figures } from "../../engine/figures/compute";
import { lineTitle } from "../../engine/figures/lines";
import { tn, type NarrativeMessageId } from "../../i18n/zh-CN-narrative";
import { figureDefinition, type FigureValue } from "../../engine/figures/definitions";
import {
  buildSupplementSheet,
  supplementItems,
  SUPPLEMENT_SHEET,
  type InputValue,
  type Inputs,
  type Reason,
  type SupplementItem,
} from "../../engine/inputs";
import type { RecognitionResult } from "../../engine/model/table";
import {
  formatAmount,
  formatCount,
  formatPercent,
  isMissing,
  isValue,
  segmentText,
  type NumberStyle,
  type Segment,
} from "../../engine/narrative/segments";
import { narrativeSheetLayout, narrativeSheetRows } from "../../engine/narrative/sheet";
import { TEMPLATE_SETS, type TemplateSetId } from "../../engine/narrative/templates";
import { checkNarrative } from "../../engine/narrative/check";
import {
  checkWorkbookNarrative,
  generateWorkbookNarrative,
  isTemplateSetId,
  type WorkbookNarrative,
} from "../../engine/narrative/workbook";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import { parseAmount } from "../../engine/values/amount";
import type {
  FieldKind,
  FieldView,
  FigureRowView,
  InputItemView,
  NarrativeEdits,
  NarrativeView,
  ReasonView,
  SectionView,
  SegmentView,
  TextCheckView,
} from "../narrative/types";

export interface NarrativeRequest {
  readonly recognition: RecognitionResult;
  readonly snapshot: WorkbookSnapshot;
  readonly prior?: { readonly name: string; readonly snapshot: WorkbookSnapshot } | null;
  readonly edits?: NarrativeEdits;
  readonly templates?: string;
}

const FIELD_LABEL: Record<FieldKind, NarrativeMessageId> = {
  prior: "narrative.field.prior",
  budget: "narrative.field.budget",
  current: "narrative.field.current",
};
const STANDARD_STYLE: NumberStyle = TEMPLATE_SETS.standard.style;

function ref(c: CellRef): string {
  return formatRef(c);
}

/** The pane's edits as inputs (source "pane"), and the texts that are not numbers. */
export function editsToInputs(
  edits: NarrativeEdits,
  items: ReadonlyArray<SupplementItem>,
): { inputs: Partial<Inputs>; errors: Record<string, string> } {
  const prior: Record<string, InputValue> = {};
  const budget: Record<string, InputValue> = {};
  const current: Record<string, InputValue> = {};
  const reasons: Record<string, Reason> = {};
  const errors: Record<string, string> = {};
  const counts = new Set(items.filter((i) => i.count).map((i) => i.key));
  for (const [id, raw] of Object.entries(edits)) {
    const text = raw.trim();
    if (text === "") continue;
    const m = /^(prior|budget|current|reason):(.+)$/.exec(id);
    if (!m) continue;
    const [, kind, key] = m;
    if (kind === "reason") {
      reasons[key] = { text };
      continue;
    }
    const p = parseAmount(text);
    if (p.kind !== "number" && p.kind !== "dash") {
      errors[id] = p.kind === "invalid" ? p.reason : tn("narrative.field.notAmount", { text });
      continue;
    }
    const value = p.kind === "dash" ? new Decimal(0) : p.value;
    if (counts.has(key) && (!value.isInteger() || value.isNegative())) {
      errors[id] = tn("narrative.field.notCount", { text });
      continue;
    }
    const v: InputValue = { value, cells: [], source: "pane" };
    (kind === "prior" ? prior : kind === "budget" ? budget : current)[key] = v;
  }
  return { inputs: { prior, budget, current, reasons }, errors };
}

function valueText(d: Decimal | null | undefined, count: boolean): string | null {
  if (d === null || d === undefined) return null;
  return count ? formatCount(d) : formatAmount(d, STANDARD_STYLE);
}

function lineLabel(figures: Figures | null, key: string): string {
  if (!figures) return key;
  const l = figures.lines.get(key);
  const name = lineTitle(figures.lines, key);
  return l?.code ? `${l.code} ${name}` : name;
}

function itemViews(
  n: WorkbookNarrative,
  items: ReadonlyArray<SupplementItem>,
  edits: NarrativeEdits,
  errors: Record<string, string>,
): InputItemView[] {
  const missing = new Set(n.missing);
  const required = new Map(n.reasons.map((r) => [r.key, r]));
  const lines = n.figures?.lines;
  return items.map((item) => {
    const name = lines ? lineName(lines, item.key) : item.name;
    // The 【待填写】 slot names the figures use for this item's inputs (a typed item's slot is its own name).
    const slot: Record<FieldKind, string[]> = {
      prior: lines ? [priorInputLabel(lines, item.key)] : [],
      budget: lines ? [budgetInputLabel(lines, item.key)] : [],
      current: [item.name, name],
    };
    const kinds: FieldKind[] = [
      "prior",
      ...(item.budget ? (["budget"] as const) : []),
      ...(item.typed ? (["current"] as const) : []),
    ];
    const fields: FieldView[] = kinds.map((kind) => {
      const id = `${kind}:${item.key}`;
      const v = n.inputs[kind][item.key];
      return {
        id,
        kind,
        label: tn(kind === "current" && item.count ? "narrative.field.currentCount" : FIELD_LABEL[kind]),
        value: errors[id] ? (edits[id] ?? null) : valueText(v?.value, Boolean(item.count)),
        source: v ? v.source : null,
        cell: v && v.cells.length > 0 ? ref(v.cells[0]) : null,
        missing: (v?.value === null || v === undefined) && slot[kind].some((s) => missing.has(s)),
        count: Boolean(item.count),
        error: errors[id] ?? null,
      };
    });
    const reasonKinds: ("change" | "budget")[] = ["change", ...(item.budget ? (["budget"] as const) : [])];
    const reasons: ReasonView[] = reasonKinds.map((kind) => {
      const key = `${kind}:${item.key}`;
      const r = n.inputs.reasons[key];
      const req = required.get(key);
      return {
        id: `reason:${key}`,
        kind,
        label: tn(kind === "change" ? "narrative.reason.change" : "narrative.reason.budget"),
        why: req?.why ?? null,
        given: r?.text ?? null,
        suggestion: r?.suggestion ?? null,
      };
    });
    const needsReason = reasons.some((r) => r.why !== null);
    return {
      key: item.key,
      group: item.group,
      code: item.code ?? null,
      name: item.name,
      current: item.typed ? null : valueText(item.current, Boolean(item.count)),
      fields,
      reasons,
      missing: fields.some((f) => f.missing || f.error !== null),
      needsReason,
      reasonOpen: reasons.some((r) => r.why !== null && !r.given),
    };
  });
}

function segmentView(s: Segment, figures: Figures | null): SegmentView {
  if (isMissing(s)) return { kind: "missing", text: segmentText(s) };
  if (!isValue(s)) return { kind: "text", text: s.text };
  const budget = s.subject.startsWith("budget:");
  const subject = budget ? s.subject.slice("budget:".length) : s.subject;
  const figure = s.figureId
    ? figureDefinition(s.figureId).nameZh
    : budget
      ? tn("narrative.segment.budget")
      : s.cells.length === 0
        ? tn("narrative.segment.typed")
        : tn("narrative.segment.table");
  return { kind: "value", text: s.value, figure, subject: lineLabel(figures, subject), cells: s.cells.map(ref) };
}

function figureValueText(f: FigureValue, style: NumberStyle): string {
  switch (f.status) {
    case "ok":
      return f.unit === "%"
        ? tn("figure.value.percent", { value: formatPercent(f.exact!, style) })
        : tn("figure.value.amount", { value: formatAmount(f.exact!, style) });
    case "missing":
      return tn("figure.status.missing", { inputs: f.missing.join(tn("list.separator")) });
    default:
      return tn(`figure.status.${f.status}`);
  }
}

function figureRows(n: WorkbookNarrative, subjects: ReadonlySet<string>): FigureRowView[] {
  if (!n.figures) return [];
  const style = isTemplateSetId(n.templateSet) ? TEMPLATE_SETS[n.templateSet].style : STANDARD_STYLE;
  const out: FigureRowView[] = [];
  for (const f of n.figures.all.values()) {
    if (!subjects.has(f.subject)) continue;
    out.push({
      key: f.key,
      name: f.nameZh,
      subject: lineLabel(n.figures, f.subject),
      value: figureValueText(f, style),
      status: f.status,
      cells: f.cells.map(ref),
    });
  }
  return out;
}

export function buildNarrativeView(req: NarrativeRequest): NarrativeView {
  const tables = req.recognition.tables;
  const items = supplementItems(tables);
  const { inputs: extra, errors } = editsToInputs(req.edits ?? {}, items);
  const templates = req.templates && isTemplateSetId(req.templates) ? (req.templates as TemplateSetId) : undefined;
  const n = generateWorkbookNarrative(req.recognition, req.snapshot, {
    prior: req.prior?.snapshot,
    templates,
    extra,
  });
  const charts: ChartSpec[] = n.figures ? narrativeCharts(n.figures, n.inputs) : [];
  const subjects = new Set(
    n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.segments.filter(isValue).map((v) => v.subject))),
  );
  // Charts go with the section of their kind (a regional wording may lack the 总体 sections).
  const placed =
    n.kind === "final"
      ? chartSections(
          charts,
          n.sections.map((s) => ({ kind: s.kind ?? "" })),
        )
      : [];
  const sections: SectionView[] = n.sections.map((s, i) => ({
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.segments.map((seg) => segmentView(seg, n.figures))),
    charts: charts.filter((_, c) => placed[c] === i).map((c) => c.id),
  }));
  const views = n.kind === "final" ? itemViews(n, items, req.edits ?? {}, errors) : [];
  const verdict = checkWorkbookNarrative(n, req.recognition);
  const layout = narrativeSheetLayout(narrativeSheetRows(n.sections, n.kind), charts);
  return {
    kind: n.kind,
    templateSet: n.templateSet,
    sections,
    items: views,
    counts: {
      missing: n.missing.length,
      reasonsRequired: n.reasons.length,
      reasonsOpen: n.reasons.filter((r) => !r.given).length,
    },
    charts,
    figures: figureRows(n, subjects),
    insertion: {
      ok: verdict.ok,
      blocking: verdict.blocking.map((f) => ({
        message: f.message,
        quote: f.quote,
        severity: f.severity,
      })),
    },
    layout,
    supplementRows: n.kind === "final" ? buildSupplementSheet(tables, n.inputs) : [],
    hasSupplement: req.snapshot.sheets.some((s) => s.name.trim() === SUPPLEMENT_SHEET),
    problems: n.gathered.problems.map((p) => `${ref(p.ref)}：${p.message}`),
    prior: req.prior
      ? {
          name: req.prior.name,
          matched: n.gathered.prior?.matches.length ?? 0,
          unmatched: n.gathered.prior?.unmatched.length ?? 0,
        }
      : null,
    templateSets: n.kind === "final" ? Object.values(TEMPLATE_SETS).map((s) => ({ id: s.id, name: s.nameZh })) : [],
  };
}

/** A 情况说明 pasted in the pane, checked sentence by sentence against the recognised tables. */
export function checkPastedNarrative(recognition: RecognitionResult, text: string): TextCheckView {
  const r = checkNarrative(text, recognition);
  return {
    findings: r.findings.map((f) => ({
      severity: f.severity,
      message: f.message,
      quote: f.quote,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      cells: [...f.cells],
    })),
    sentencesWithFigures: r.sentencesWithFigures,
    evaluated: r.evaluated,
    notEvaluated: r.notEvaluated.map((n) => ({ quote: n.quote, reason: n.reason })),
  };
}
