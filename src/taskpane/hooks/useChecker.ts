/**
 * The pane's state machine: idle → running (stage + progress) → done | error, the ignored findings (persisted in the
 * workbook through gateway.saveState), notices (cleared marks, exported), and the last 一键校验 run from the ribbon.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../engine/findings";
import type { LastRunSummary, WorkbookGateway, WorkbookState } from "../../excel/gateway";
import { t } from "../../i18n/zh-CN";
import { runCheck } from "../run/controller";
import { errorText } from "./errors";
import { findingKey } from "../run/keys";
import type { CheckOutcome, Stage } from "../run/types";

export type Phase = "idle" | "running" | "clearing" | "done" | "error";

export interface Notice {
  readonly intent: "success" | "info";
  readonly text: string;
}

export interface CheckerState {
  readonly phase: Phase;
  readonly stage: Stage | null;
  readonly progress: number;
  readonly outcome: CheckOutcome | null;
  readonly error: string | null;
  readonly notice: Notice | null;
  readonly ignored: ReadonlyArray<string>;
  readonly lastRun: LastRunSummary | null;
  /** The 情况说明 tab's edits as kept in the workbook (loaded once with the state). */
  readonly savedNarrative: WorkbookState["narrative"] | null;
}

export function useChecker(gateway: WorkbookGateway) {
  const [state, setState] = useState<CheckerState>({
    phase: "idle",
    stage: null,
    progress: 0,
    outcome: null,
    error: null,
    notice: null,
    ignored: [],
    lastRun: null,
    savedNarrative: null,
  });
  const stored = useRef<WorkbookState>({ ignored: [] });
  const mounted = useRef(true);

  const update = useCallback((patch: Partial<CheckerState>) => {
    if (mounted.current) setState((s) => ({ ...s, ...patch }));
  }, []);

  useEffect(() => {
    mounted.current = true;
    gateway.loadState().then(
      (st) => {
        stored.current = st;
        update({ ignored: [...st.ignored], lastRun: st.lastRun ?? null, savedNarrative: st.narrative ?? null });
      },
      () => undefined, // no state yet: nothing ignored
    );
    return () => {
      mounted.current = false;
    };
  }, [gateway, update]);

  const start = useCallback(async () => {
    update({ phase: "running", stage: "reading", progress: 0, error: null, notice: null });
    try {
      const outcome = await runCheck(gateway, {
        ignored: new Set(stored.current.ignored),
        onProgress: (stage, progress) => update({ stage, progress }),
      });
      update({ phase: "done", stage: null, progress: 1, outcome });
    } catch (e) {
      update({ phase: "error", stage: null, error: errorText(e) });
    }
  }, [gateway, update]);

  const clear = useCallback(async () => {
    const after: Phase = state.outcome ? "done" : "idle";
    update({ phase: "clearing", error: null, notice: null });
    try {
      const r = await gateway.clearMarks();
      // The findings stay listed, but nothing is marked in the workbook any more.
      const outcome =
        state.outcome && state.outcome.apply
          ? { ...state.outcome, apply: { ...state.outcome.apply, marked: 0, notes: 0 } }
          : state.outcome;
      update({
        phase: after,
        outcome,
        notice: { intent: "success", text: t("status.cleared", { count: r.restored }) },
      });
    } catch (e) {
      update({ phase: "error", error: errorText(e) });
    }
  }, [gateway, state.outcome, update]);

  /** Merges a part of the per-workbook state (e.g. the 情况说明 tab's edits) into what is kept in the document. */
  const patchState = useCallback(
    async (patch: Partial<WorkbookState>) => {
      const next: WorkbookState = { ...stored.current, ...patch };
      stored.current = next;
      try {
        await gateway.saveState(next);
      } catch (e) {
        update({ error: errorText(e) });
      }
    },
    [gateway, update],
  );

  const persistIgnored = useCallback(
    async (ignored: string[]) => {
      update({ ignored });
      await patchState({ ignored });
    },
    [patchState, update],
  );

  const ignore = useCallback(
    (f: Finding) => {
      const key = findingKey(f);
      if (!state.ignored.includes(key)) void persistIgnored([...state.ignored, key]);
    },
    [persistIgnored, state.ignored],
  );

  const restore = useCallback(
    (f: Finding) => {
      const key = findingKey(f);
      void persistIgnored(state.ignored.filter((k) => k !== key));
    },
    [persistIgnored, state.ignored],
  );

  const notify = useCallback((notice: Notice | null) => update({ notice }), [update]);
  const dismissLastRun = useCallback(() => update({ lastRun: null }), [update]);
  const fail = useCallback((e: unknown) => update({ error: errorText(e) }), [update]);

  const ignoredSet = useMemo(() => new Set(state.ignored), [state.ignored]);

  return {
    state,
    ignoredSet,
    start,
    clear,
    ignore,
    restore,
    notify,
    dismissLastRun,
    fail,
    patchState,
  };
}
