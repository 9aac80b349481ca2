/**
 * The ledger kept in the workbook (settings key "ftc.ledger"): the ORIGINAL fill of every cell we marked — captured from
 * the read before our first mark and never overwritten by a re-run — and the cells that carry a note of ours. Pure
 * data and pure functions, so the re-run/clear logic is tested without Excel.
 */

export const LEDGER_KEY = "ftc.ledger";
export const STATE_KEY = "ftc.state";

/** "none" (no fill) or "#RRGGBB". */
export type OriginalFill = string;
export const NO_FILL = "none";

export interface Ledger {
  readonly v: 1;
  /** sheet → A1 → original fill. */
  readonly fills: Readonly<Record<string, Readonly<Record<string, OriginalFill>>>>;
  /** sheet → A1 of the cells with a note of ours. */
  readonly notes: Readonly<Record<string, ReadonlyArray<string>>>;
}

export const EMPTY_LEDGER: Ledger = Object.freeze({ v: 1, fills: {}, notes: {} });

/** The setting's value (a JSON string, or an object on hosts that keep objects) → Ledger; null/absent → empty. */
export function parseLedger(value: unknown): Ledger {
  if (value === null || value === undefined || value === "") return EMPTY_LEDGER;
  const obj: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (!obj || typeof obj !== "object" || (obj as { v?: unknown }).v !== 1) throw new Error("ledger: unknown format");
  const l = obj as Ledger;
  return { v: 1, fills: l.fills ?? {}, notes: l.notes ?? {} };
}

export function serializeLedger(l: Ledger): string {
  return JSON.stringify(l);
}

export function ledgerCells(l: Ledger): number {
  return Object.values(l.fills).reduce((n, m) => n + Object.keys(m).length, 0);
}

export function isEmptyLedger(l: Ledger): boolean {
  return ledgerCells(l) === 0 && Object.values(l.notes).every((a) => a.length === 0);
}

/** Excel's fill of a cell as getCellProperties reports it → OriginalFill (pattern "None" is no fill, even if white). */
export function fillFromProperties(color: string | undefined, pattern: string | undefined): OriginalFill {
  if (pattern === "None" || !color) return NO_FILL;
  return color.toUpperCase();
}

export function normalizeColor(rgb: string): string {
  const c = rgb.replace(/^#/, "").toUpperCase();
  return `#${c}`;
}

export interface MarkRequest {
  readonly sheet: string;
  readonly address: string;
  /** "#RRGGBB" or "RRGGBB". */
  readonly fill: string;
}

/** sheet → fill → cells. */
export type FillGroups = Map<string, Map<string, string[]>>;

export interface MarkDiff {
  /** Previous marks not marked again: back to their original fill ("none" → clear). */
  readonly restore: FillGroups;
  /** This run's marks: the severity colour. */
  readonly paint: FillGroups;
  /** The ledger after this run. */
  readonly next: Ledger;
  /** Cells painted. */
  readonly painted: number;
}

function add(groups: FillGroups, sheet: string, fill: string, address: string): void {
  let bySheet = groups.get(sheet);
  if (!bySheet) groups.set(sheet, (bySheet = new Map()));
  let cells = bySheet.get(fill);
  if (!cells) bySheet.set(fill, (cells = []));
  cells.push(address);
}

/**
 * Re-run without stacking: cells marked before and not now are restored; cells marked now keep the original fill
 * already in the ledger, or get the one read before this run. Sheets that are not writable (protected) keep their old
 * ledger entries untouched and get no new marks.
 */
export function diffMarks(
  prev: Ledger,
  marks: ReadonlyArray<MarkRequest>,
  originalFill: (sheet: string, address: string) => OriginalFill,
  writable: (sheet: string) => boolean,
): MarkDiff {
  const fills: Record<string, Record<string, OriginalFill>> = {};
  const restore: FillGroups = new Map();
  const paint: FillGroups = new Map();
  let painted = 0;

  const wanted = new Map<string, Map<string, string>>();
  for (const m of marks) {
    if (!writable(m.sheet)) continue;
    let w = wanted.get(m.sheet);
    if (!w) wanted.set(m.sheet, (w = new Map()));
    w.set(m.address.replace(/\$/g, "").toUpperCase(), normalizeColor(m.fill));
  }

  for (const [sheet, cells] of Object.entries(prev.fills)) {
    const w = wanted.get(sheet);
    for (const [address, orig] of Object.entries(cells)) {
      if (!writable(sheet) || w?.has(address)) {
        (fills[sheet] ??= {})[address] = orig;
      } else {
        add(restore, sheet, orig, address);
      }
    }
  }
  for (const [sheet, w] of wanted) {
    for (const [address, color] of w) {
      const kept = fills[sheet]?.[address];
      if (kept === undefined) (fills[sheet] ??= {})[address] = originalFill(sheet, address);
      add(paint, sheet, color, address);
      painted++;
    }
  }
  const notes: Record<string, string[]> = {};
  for (const [sheet, list] of Object.entries(prev.notes)) if (list.length) notes[sheet] = [...list];
  return { restore, paint, next: { v: 1, fills, notes }, painted };
}

/** 清除标记: every ledger cell back to its original fill, on writable sheets; what stays (protected sheets). */
export function clearGroups(
  prev: Ledger,
  writable: (sheet: string) => boolean,
): { restore: FillGroups; kept: Ledger; restored: number } {
  const restore: FillGroups = new Map();
  const fills: Record<string, Record<string, OriginalFill>> = {};
  const notes: Record<string, string[]> = {};
  let restored = 0;
  for (const [sheet, cells] of Object.entries(prev.fills)) {
    for (const [address, orig] of Object.entries(cells)) {
      if (writable(sheet)) {
        add(restore, sheet, orig, address);
        restored++;
      } else (fills[sheet] ??= {})[address] = orig;
    }
  }
  for (const [sheet, list] of Object.entries(prev.notes)) if (!writable(sheet) && list.length) notes[sheet] = [...list];
  return { restore, kept: { v: 1, fills, notes }, restored };
}

/**
 * A ledger above ~1 MB does not belong in the settings (they travel with every settings call): it moves to a custom XML
 * part of this namespace, and the setting keeps only a pointer.
 */
export const LEDGER_NS = "urn:fiscal-table-checker:ledger:1";
export const LEDGER_SETTING_LIMIT = 1_000_000;
export const LEDGER_POINTER = JSON.stringify({ v: 1, xml: LEDGER_NS });

export function isLedgerPointer(value: unknown): boolean {
  try {
    const obj: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return !!obj && typeof obj === "object" && (obj as { xml?: unknown }).xml === LEDGER_NS;
  } catch {
    return false;
  }
}

/** The ledger JSON in a CDATA section ("]]>" split across sections). */
export function ledgerToXml(json: string): string {
  return `<ledger xmlns="${LEDGER_NS}"><![CDATA[${json.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]></ledger>`;
}

export function ledgerFromXml(xml: string): Ledger {
  const parts = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  if (parts.length === 0) throw new Error("ledger: no CDATA in the custom XML part");
  return parseLedger(parts.join(""));
}

/** Drops the entries of sheets that no longer exist (deleted, or renamed — a renamed sheet keeps our fills). */
export function pruneLedger(l: Ledger, exists: (sheet: string) => boolean): Ledger {
  const fills: Record<string, Readonly<Record<string, OriginalFill>>> = {};
  const notes: Record<string, ReadonlyArray<string>> = {};
  for (const [s, m] of Object.entries(l.fills)) if (exists(s)) fills[s] = m;
  for (const [s, a] of Object.entries(l.notes)) if (exists(s)) notes[s] = a;
  return { v: 1, fills, notes };
}
