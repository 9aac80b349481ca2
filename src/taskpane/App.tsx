import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { Finding, Severity } from "../engine/findings";
import type { WorkbookGateway } from "../excel/gateway";
import { t } from "../i18n/zh-CN";
import { PaneToolbar } from "./components/PaneToolbar";
import { RunProgress } from "./components/RunProgress";
import { Summary } from "./components/Summary";
import { browserDownload, findingsCsv, type Download } from "./export";
import { useChecker } from "./hooks/useChecker";
import { useNarrative } from "./narrative/useNarrative";
import { findingKey, parseCellRef } from "./run/keys";
import { readPriorFile, type ReadPrior } from "./run/prior-file";

// The result views are one chunk, loaded with the first results (bundle budget, views.tsx).
const views = () => import(/* webpackChunkName: "views" */ "./views");
const FindingsView = lazy(() => views().then((m) => ({ default: m.FindingsView })));
const CoverageView = lazy(() => views().then((m) => ({ default: m.CoverageView })));
const TablesView = lazy(() => views().then((m) => ({ default: m.TablesView })));
const NarrativeTab = lazy(() => views().then((m) => ({ default: m.NarrativeTab })));
const RatiosTab = lazy(() => views().then((m) => ({ default: m.RatiosTab })));

/** "excel": running inside Excel. "demo": plain browser (Office.onReady reported no host). */
export type HostMode = "excel" | "demo";

export interface AppProps {
  readonly mode: HostMode;
  readonly gateway: WorkbookGateway;
  /** Saves the CSV export; the browser download by default (tests pass a spy). */
  readonly download?: Download;
  /** Reads last year's workbook picked in the 情况说明 tab; ExcelJS in the browser by default. */
  readonly readPrior?: ReadPrior;
}

type TabId = "findings" | "coverage" | "tables" | "narrative" | "ratios";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "288px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap" },
});

/** The task pane: toolbar → progress → status → summary → 问题 / 覆盖情况 / 已识别的表. */
export function App({ mode, gateway, download = browserDownload, readPrior = readPriorFile }: AppProps) {
  const styles = useStyles();
  const { state, ignoredSet, start, clear, ignore, restore, notify, dismissLastRun, fail, patchState } =
    useChecker(gateway);
  const [tab, setTab] = useState<TabId>("findings");
  const [selection, setSelection] = useState<string | null>(null);
  const { outcome } = state;
  const narrative = useNarrative({
    gateway,
    context: outcome?.context ?? null,
    saved: state.savedNarrative,
    save: patchState,
    readPrior,
    active: tab === "narrative" || tab === "ratios",
  });
  // The views' chunk loads while the engine runs, so the results show without a further wait.
  useEffect(() => {
    if (state.phase === "running") void views();
  }, [state.phase]);

  const onLocateCells = useCallback(
    (cells: ReadonlyArray<string>) => {
      if (cells.length === 0) return;
      gateway.navigate(parseCellRef(cells[0])).catch(fail);
    },
    [gateway, fail],
  );

  useEffect(() => {
    if (mode !== "demo") return undefined;
    return gateway.onSelectionChanged((ref) => setSelection(`${ref.sheet}!${ref.address}`));
  }, [gateway, mode]);

  const active = useMemo(
    () => (outcome ? outcome.findings.filter((f) => !ignoredSet.has(findingKey(f))) : []),
    [outcome, ignoredSet],
  );
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of active) c[f.severity]++;
    return c;
  }, [active]);

  const reportSheet = outcome?.apply?.reportSheet ?? null;
  const exportToSheet = mode === "excel" && reportSheet !== null;

  const onLocate = useCallback(
    (f: Finding, evidence: boolean) => {
      const refs = (evidence ? f.cells.slice(1) : f.cells.slice(0, 1)).map(parseCellRef);
      gateway.navigate(refs.length === 1 ? refs[0] : refs).catch(fail);
    },
    [gateway, fail],
  );

  const onExport = useCallback(() => {
    if (!outcome) return;
    if (exportToSheet && reportSheet) {
      gateway.navigate({ sheet: reportSheet, address: "A1" }).catch(fail);
      return;
    }
    download(t("action.export.fileName"), findingsCsv(active, outcome.tableLabels), "text/csv;charset=utf-8");
    notify({ intent: "success", text: t("status.exported", { count: active.length }) });
  }, [outcome, exportToSheet, reportSheet, gateway, fail, download, active, notify]);

  const busy = state.phase === "running" || state.phase === "clearing";
  const skipped = outcome?.apply?.skippedSheets ?? [];

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Text size={200} className={styles.subtitle}>
          {mode === "excel" ? t("app.hostExcel") : t("app.subtitle")}
        </Text>
      </header>

      {mode === "demo" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("demo.title")}</MessageBarTitle>
            {t("demo.body")}
            {selection && (
              <>
                <br />
                <span role="status">{t("demo.selection", { ref: selection })}</span>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.lastRun && state.lastRun.source === "ribbon" && !outcome && (
        <MessageBar intent={state.lastRun.error ? "error" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(state.lastRun.error ? "status.lastRun.failed" : "status.lastRun.title")}
            </MessageBarTitle>
            {state.lastRun.error ?? t("status.lastRun.body", { ...state.lastRun.counts, tables: state.lastRun.tables })}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("status.dismiss")}
                icon={<Dismiss24Regular />}
                onClick={dismissLastRun}
              />
            }
          />
        </MessageBar>
      )}

      <PaneToolbar
        busy={busy}
        canExport={outcome !== null}
        exportHint={
          exportToSheet ? t("action.export.excelHint", { sheet: reportSheet ?? "" }) : t("action.export.csvHint")
        }
        onStart={() => void start()}
        onClear={() => void clear()}
        onExport={onExport}
      />

      {state.phase === "running" && state.stage && <RunProgress stage={state.stage} value={state.progress} />}
      {state.phase === "clearing" && <RunProgress stage="clearing" />}

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("status.error.title")}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("status.dismiss")}
                icon={<Dismiss24Regular />}
                onClick={() => notify(null)}
              />
            }
          />
        </MessageBar>
      )}

      {!outcome && state.phase === "idle" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("empty.title")}</MessageBarTitle>
            {t("empty.body")}
          </MessageBarBody>
        </MessageBar>
      )}

      {outcome && (
        <>
          {skipped.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("status.protected.title")}</MessageBarTitle>
                {t("status.protected.body", { sheets: skipped.map((s) => s.sheet).join("、") })}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.tables.length === 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("status.noTables.title")}</MessageBarTitle>
                {t("status.noTables.body")}
              </MessageBarBody>
            </MessageBar>
          )}

          <Summary
            tables={outcome.tables.length}
            counts={counts}
            notRun={outcome.rules.filter((r) => r.status === "not-evaluated" || r.status === "not-applicable").length}
            ignored={outcome.findings.length - active.length}
            marked={outcome.apply ? outcome.apply.marked : null}
          />

          <TabList
            className={styles.tabs}
            aria-label={t("tabs.label")}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
          >
            <Tab value="findings">{t("tabs.findings")}</Tab>
            <Tab value="coverage">{t("tabs.coverage")}</Tab>
            <Tab value="tables">{t("tabs.tables")}</Tab>
            {outcome.tables.length > 0 && <Tab value="narrative">{t("tabs.narrative")}</Tab>}
            {outcome.tables.length > 0 && <Tab value="ratios">{t("tabs.ratios")}</Tab>}
          </TabList>
          <div role="tabpanel" aria-label={t(`tabs.${tab}`)}>
            <Suspense fallback={<Text role="status">{t("tabs.loading")}</Text>}>
              {tab === "findings" && (
                <FindingsView
                  findings={outcome.findings}
                  tableLabels={outcome.tableLabels}
                  ignored={ignoredSet}
                  onLocate={onLocate}
                  onIgnore={ignore}
                  onRestore={restore}
                />
              )}
              {tab === "coverage" && <CoverageView rules={outcome.rules} />}
              {tab === "tables" && <TablesView tables={outcome.tables} unplaced={outcome.unplaced} />}
              {tab === "narrative" && <NarrativeTab c={narrative} onLocate={onLocateCells} />}
              {tab === "ratios" && <RatiosTab c={narrative} onLocate={onLocateCells} />}
            </Suspense>
          </div>
        </>
      )}
    </main>
  );
}

export default App;
