/**
 * The 情况说明 tab's data: computed in the engine chunk (src/taskpane/run/narrative.ts) from the recognised tables, the
 * workbook's 补充数据 sheet, last year's workbook and the pane's edits, and shown by the lazy UI chunk. Plain data.
 */
import type { ChartSpec } from "../../engine/charts/model";
import type { FigureStatus } from "../../engine/figures/definitions";
import type { InputSource } from "../../engine/inputs/model";
import type { NarrativeSheetLayout } from "../../engine/narrative/sheet";
import type { CellValue } from "../../engine/snapshot";

/** What the pane lets the user type, keyed `prior:<key>`, `budget:<key>`, `current:<key>`, `reason:change:<key>`,
 *  `reason:budget:<key>`. Values are the text as typed (amounts are parsed by the engine). */
export type NarrativeEdits = Readonly<Record<string, string>>;

export type FieldKind = "prior" | "budget" | "current";

export interface FieldView {
  /** The edit key (`prior:01.income.total`). */
  readonly id: string;
  readonly kind: FieldKind;
  /** 上年决算数 / 年初预算数 / 本年数. */
  readonly label: string;
  /** The value in effect, as text ("1,006.19"); null when not known. */
  readonly value: string | null;
  readonly source: InputSource | null;
  /** Where it was read ("补充数据!F12", a cell of last year's workbook). */
  readonly cell: string | null;
  /** The text shows a 【待填写】 slot for it. */
  readonly missing: boolean;
  readonly count: boolean;
  /** Chinese message when the pane's text for it could not be read as a number. */
  readonly error: string | null;
}

export interface ReasonView {
  /** The edit key (`reason:change:05:2080505`). */
  readonly id: string;
  readonly kind: "change" | "budget";
  readonly label: string;
  /** Why a reason is required ("…比上年增长18.22%（≥10%），需说明主要原因"); null when it is optional. */
  readonly why: string | null;
  readonly given: string | null;
  /** Last year's reason for the same item — offered, used only when the user takes it. */
  readonly suggestion: string | null;
}

export interface InputItemView {
  readonly key: string;
  readonly group: string;
  readonly code: string | null;
  readonly name: string;
  /** This year's amount from the tables, as text. */
  readonly current: string | null;
  readonly fields: ReadonlyArray<FieldView>;
  readonly reasons: ReadonlyArray<ReasonView>;
  /** A value of the item is a 【待填写】 slot of the text. */
  readonly missing: boolean;
  /** A reason is required for the item. */
  readonly needsReason: boolean;
  /** A required reason is not given yet. */
  readonly reasonOpen: boolean;
}

export interface SegmentView {
  readonly kind: "text" | "value" | "missing";
  readonly text: string;
  /** For a number: what it is (增长率 of 本年收入合计) and the cells it comes from ("公开01表!B7"). */
  readonly figure?: string;
  readonly subject?: string;
  readonly cells?: ReadonlyArray<string>;
}

export interface SectionView {
  readonly heading: string;
  readonly paragraphs: ReadonlyArray<ReadonlyArray<SegmentView>>;
  /** Charts that illustrate the section (ChartSpec ids). */
  readonly charts: ReadonlyArray<string>;
}

export interface FigureRowView {
  readonly key: string;
  /** 占比 / 增长率 / 完成年初预算 … */
  readonly name: string;
  /** The line it is about (本年收入合计, 2080505 机关事业单位基本养老保险缴费支出). */
  readonly subject: string;
  /** "18.22%", "上年为0", "持平", "待填写：上年决算数（…）". */
  readonly value: string;
  readonly status: FigureStatus;
  readonly cells: ReadonlyArray<string>;
}

export interface BlockingView {
  readonly message: string;
  readonly quote: string;
  readonly severity: "error" | "warning" | "info";
}

export interface NarrativeView {
  readonly kind: "final" | "budget";
  readonly templateSet: string;
  readonly sections: ReadonlyArray<SectionView>;
  readonly items: ReadonlyArray<InputItemView>;
  readonly counts: { readonly missing: number; readonly reasonsRequired: number; readonly reasonsOpen: number };
  readonly charts: ReadonlyArray<ChartSpec>;
  readonly figures: ReadonlyArray<FigureRowView>;
  /** The checker on the generated text: insertion is refused with these reasons when not ok. */
  readonly insertion: { readonly ok: boolean; readonly blocking: ReadonlyArray<BlockingView> };
  /** Our 情况说明 sheet as the gateway writes it. */
  readonly layout: NarrativeSheetLayout;
  /** A pre-filled 补充数据 sheet (for 生成补充数据表). */
  readonly supplementRows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** The workbook has a 补充数据 sheet already. */
  readonly hasSupplement: boolean;
  /** Chinese problems of the 补充数据 sheet, with their cells. */
  readonly problems: ReadonlyArray<string>;
  /** Last year's workbook, when one is loaded. */
  readonly prior: { readonly name: string; readonly matched: number; readonly unmatched: number } | null;
  /** The template sets the user can choose (决算 only). */
  readonly templateSets: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/** The checker's result on a pasted 情况说明. */
export interface TextCheckView {
  readonly findings: ReadonlyArray<{
    readonly severity: "error" | "warning" | "info";
    readonly message: string;
    readonly quote: string;
    readonly expected: string | null;
    readonly actual: string | null;
    /** Table cells the sentence's numbers were compared with ("公开01表!C7"). */
    readonly cells: ReadonlyArray<string>;
  }>;
  readonly sentencesWithFigures: number;
  readonly evaluated: number;
  readonly notEvaluated: ReadonlyArray<{ readonly quote: string; readonly reason: string }>;
}
