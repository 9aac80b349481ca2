/**
 * The 情况说明 tab's state: last year's workbook, the template set and the pane's edits (kept in the workbook), the
 * view computed by the engine chunk from them, and the actions — insert the text into our 情况说明 sheet, create the
 * 补充数据 sheet, re-read the workbook after the user typed into it. Lives in App so switching tabs keeps it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookGateway, WorkbookState } from "../../excel/gateway";
import { errorText } from "../hooks/errors";
import { loadEngine } from "../run/controller";
import type { PriorWorkbook, ReadPrior } from "../run/prior-file";
import type { RunContext } from "../run/types";
import type { NarrativeEdits, NarrativeView } from "./types";

export interface NarrativeNotice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
  /** Lines under the text (the checker's reasons for a refusal). */
  readonly details?: ReadonlyArray<string>;
  /** Shown beside the 插入到工作表 button (its outcome) rather than at the top of the tab. */
  readonly atInsert?: boolean;
}

export interface NarrativeState {
  readonly view: NarrativeView | null;
  readonly computing: boolean;
  readonly busy: "prior" | "insert" | "supplement" | "reread" | null;
  readonly prior: PriorWorkbook | null;
  readonly priorError: string | null;
  readonly edits: NarrativeEdits;
  readonly templates: string | undefined;
  readonly notice: NarrativeNotice | null;
}

export interface NarrativeMessages {
  insertDone(r: { sheet: string; rows: number; charts: number; missing: number; chartsSkipped?: string }): string;
  refused: string;
  supplementCreated(sheet: string): string;
  reread: string;
}

export function useNarrative(options: {
  gateway: WorkbookGateway;
  context: RunContext | null;
  saved: WorkbookState["narrative"] | null;
  save: (patch: Partial<WorkbookState>) => Promise<void>;
  readPrior: ReadPrior;
  /** The tab is shown: the view is computed only then (the engine chunk is loaded anyway after a run). */
  active: boolean;
}) {
  const { gateway, saved, save, readPrior, active } = options;
  const [context, setContext] = useState<RunContext | null>(options.context);
  const [state, setState] = useState<NarrativeState>({
    view: null,
    computing: false,
    busy: null,
    prior: null,
    priorError: null,
    edits: saved?.edits ?? {},
    templates: saved?.templates,
    notice: null,
  });
  const seq = useRef(0);
  const loadedSaved = useRef(saved !== null);

  useEffect(() => setContext(options.context), [options.context]);

  // The saved edits arrive with the workbook state (after the first render): take them once.
  useEffect(() => {
    if (loadedSaved.current || !saved) return;
    loadedSaved.current = true;
    setState((s) => ({ ...s, edits: { ...saved.edits, ...s.edits }, templates: s.templates ?? saved.templates }));
  }, [saved]);

  useEffect(() => {
    if (!active || !context) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, computing: true }));
    loadEngine().then(
      (engine) => {
        if (mine !== seq.current) return;
        const view = engine.buildNarrativeView({
          recognition: context.recognition,
          snapshot: context.snapshot,
          prior: state.prior,
          edits: state.edits,
          templates: state.templates,
        });
        setState((s) => ({ ...s, view, computing: false }));
      },
      (e: unknown) => {
        if (mine === seq.current)
          setState((s) => ({ ...s, computing: false, notice: { intent: "error", text: errorText(e) } }));
      },
    );
  }, [active, context, state.prior, state.edits, state.templates]);

  const persist = useCallback(
    (edits: NarrativeEdits, templates: string | undefined) => {
      void save({ narrative: { edits, ...(templates !== undefined && { templates }) } });
    },
    [save],
  );

  const setEdit = useCallback(
    (id: string, text: string) => {
      setState((s) => {
        if ((s.edits[id] ?? "") === text) return s;
        const edits = { ...s.edits };
        if (text.trim() === "") delete edits[id];
        else edits[id] = text;
        persist(edits, s.templates);
        return { ...s, edits };
      });
    },
    [persist],
  );

  const setTemplates = useCallback(
    (templates: string) => {
      setState((s) => {
        persist(s.edits, templates);
        return { ...s, templates };
      });
    },
    [persist],
  );

  const loadPrior = useCallback(
    async (file: File) => {
      setState((s) => ({ ...s, busy: "prior", priorError: null }));
      try {
        const prior = await readPrior(file);
        setState((s) => ({ ...s, busy: null, prior }));
      } catch (e) {
        // The reader's InputError says in Chinese what is wrong with the file; show it as it is.
        setState((s) => ({ ...s, busy: null, priorError: e instanceof Error ? e.message : errorText(e) }));
      }
    },
    [readPrior],
  );

  const clearPrior = useCallback(() => setState((s) => ({ ...s, prior: null, priorError: null })), []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, notice: null })), []);

  return { state, setEdit, setTemplates, loadPrior, clearPrior, dismiss, setState, setContext, context, gateway };
}

export type NarrativeController = ReturnType<typeof useNarrative>;

/** 插入到工作表: refused with the checker's reasons, else written through the gateway. */
export async function insertNarrative(c: NarrativeController, m: NarrativeMessages): Promise<void> {
  const view = c.state.view;
  if (!view) return;
  if (!view.insertion.ok) {
    c.setState((s) => ({
      ...s,
      notice: {
        intent: "error",
        text: m.refused,
        details: view.insertion.blocking.map((b) => `${b.message}（“${b.quote}”）`),
        atInsert: true,
      },
    }));
    return;
  }
  c.setState((s) => ({ ...s, busy: "insert", notice: null }));
  try {
    const r = await c.gateway.writeNarrative(view.layout);
    c.setState((s) => ({
      ...s,
      busy: null,
      notice: {
        intent: view.counts.missing > 0 || r.chartsSkipped ? "warning" : "success",
        text: m.insertDone({ ...r, missing: view.counts.missing }),
        atInsert: true,
      },
    }));
  } catch (e) {
    c.setState((s) => ({ ...s, busy: null, notice: { intent: "error", text: errorText(e), atInsert: true } }));
  }
}

/** 生成补充数据表: a pre-filled 补充数据 sheet for the user to type into. */
export async function createSupplement(c: NarrativeController, m: NarrativeMessages): Promise<void> {
  const view = c.state.view;
  if (!view) return;
  c.setState((s) => ({ ...s, busy: "supplement", notice: null }));
  try {
    const r = await c.gateway.createSupplement(view.supplementRows);
    await reread(c, m, m.supplementCreated(r.sheet));
  } catch (e) {
    c.setState((s) => ({ ...s, busy: null, notice: { intent: "error", text: errorText(e) } }));
  }
}

/** 重新读取: the workbook read again (the 补充数据 sheet the user typed into), tables recognised again. */
export async function reread(c: NarrativeController, m: NarrativeMessages, done = m.reread): Promise<void> {
  c.setState((s) => ({ ...s, busy: "reread", notice: null }));
  try {
    const [snapshot, engine] = await Promise.all([c.gateway.readSnapshot(), loadEngine()]);
    c.setContext({ snapshot, recognition: engine.recognizeSnapshot(snapshot) });
    c.setState((s) => ({ ...s, busy: null, notice: { intent: "success", text: done } }));
  } catch (e) {
    c.setState((s) => ({ ...s, busy: null, notice: { intent: "error", text: errorText(e) } }));
  }
}
