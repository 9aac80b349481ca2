/**
 * The 情况说明 and 比率 tabs: one lazily loaded chunk (React.lazy in App), so the initial task pane bundle stays within
 * its budget. Both show the view the engine chunk computes (useNarrative).
 */
import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { ChartSpec } from "../../engine/charts/model";
import { chartSvg } from "../../engine/charts/svg";
import { tn } from "../../i18n/zh-CN-narrative";
import { InputsList } from "./InputsList";
import { PastedCheck } from "./PastedCheck";
import { Preview } from "./Preview";
import {
  createSupplement,
  insertNarrative,
  reread,
  type NarrativeController,
  type NarrativeMessages,
} from "./useNarrative";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  chart: { width: "100%", height: "auto", display: "block" },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: "2px",
  },
  td: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px",
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  wrap: { overflowWrap: "anywhere" },
});

const MESSAGES: NarrativeMessages = {
  insertDone: (r) =>
    [
      r.missing > 0
        ? tn("narrative.insert.doneMissing", { sheet: r.sheet, rows: r.rows, charts: r.charts, missing: r.missing })
        : tn("narrative.insert.done", { sheet: r.sheet, rows: r.rows, charts: r.charts }),
      r.chartsSkipped ? tn("narrative.insert.chartsSkipped", { reason: r.chartsSkipped }) : "",
    ]
      .filter(Boolean)
      .join(" "),
  refused: tn("narrative.insert.refused"),
  supplementCreated: (sheet) => tn("narrative.supplement.created", { sheet }),
  reread: tn("narrative.supplement.reread.done"),
};

/** A chart as an image of its SVG (our own markup, no script), scaled to the pane's width. */
export function ChartImage({ spec }: { spec: ChartSpec }) {
  const styles = useStyles();
  const src = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(spec, { width: 480, height: 320 }))}`,
    [spec],
  );
  return (
    <figure className={styles.figure}>
      <img className={styles.chart} src={src} alt={spec.title} />
      <figcaption className={styles.caption}>{spec.title}</figcaption>
    </figure>
  );
}

function Notice({ c, atInsert }: { c: NarrativeController; atInsert: boolean }) {
  const n = c.state.notice;
  if (!n || Boolean(n.atInsert) !== atInsert) return null;
  return (
    <MessageBar intent={n.intent} layout="multiline">
      <MessageBarBody>
        {n.details ? <MessageBarTitle>{n.text}</MessageBarTitle> : n.text}
        {n.details && (
          <>
            <br />
            {tn("narrative.insert.refusedBody")}
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function NarrativeTab(props: { c: NarrativeController; onLocate: (cells: ReadonlyArray<string>) => void }) {
  const styles = useStyles();
  const { c } = props;
  const { view, busy, prior, priorError } = c.state;
  const file = useRef<HTMLInputElement>(null);
  const charts = useMemo(() => new Map<string, ChartSpec>((view?.charts ?? []).map((s) => [s.id, s])), [view]);
  if (!view) return <Spinner size="small" label={tn("narrative.loading")} />;
  const chart = (id: string) => {
    const spec = charts.get(id);
    return spec ? <ChartImage spec={spec} /> : null;
  };
  return (
    <div className={styles.root}>
      <Notice c={c} atInsert={false} />
      {view.kind === "budget" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tn("narrative.budgetNote")}</MessageBarBody>
        </MessageBar>
      )}

      {view.kind === "final" && (
        <div className={styles.block}>
          <Field label={tn("narrative.prior.label")} hint={tn("narrative.prior.hint")} size="small">
            <div className={styles.row}>
              <input
                ref={file}
                className={styles.hidden}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={tn("narrative.prior.pick")}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void c.loadPrior(f);
                  e.target.value = "";
                }}
              />
              <Button size="small" disabled={busy !== null} onClick={() => file.current?.click()}>
                {tn("narrative.prior.pick")}
              </Button>
              {prior && (
                <Button size="small" appearance="subtle" onClick={c.clearPrior}>
                  {tn("narrative.prior.remove")}
                </Button>
              )}
            </div>
          </Field>
          {busy === "prior" && <Spinner size="tiny" label={tn("narrative.prior.loading", { name: "" })} />}
          {priorError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{tn("narrative.prior.failed", { message: priorError })}</MessageBarBody>
            </MessageBar>
          )}
          {view.prior && (
            <MessageBar intent={view.prior.matched > 0 ? "success" : "warning"} layout="multiline">
              <MessageBarBody>
                {view.prior.matched > 0
                  ? tn("narrative.prior.loaded", { ...view.prior })
                  : tn("narrative.prior.none", { name: view.prior.name })}
              </MessageBarBody>
            </MessageBar>
          )}
          <Field label={tn("narrative.templates.label")} size="small">
            <Select size="small" value={view.templateSet} onChange={(_, d) => c.setTemplates(d.value)}>
              {view.templateSets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            {!view.hasSupplement && (
              <Button
                size="small"
                title={tn("narrative.supplement.createHint")}
                disabled={busy !== null}
                onClick={() => void createSupplement(c, MESSAGES)}
              >
                {tn("narrative.supplement.create")}
              </Button>
            )}
            <Button
              size="small"
              title={tn("narrative.supplement.rereadHint")}
              disabled={busy !== null}
              onClick={() => void reread(c, MESSAGES)}
            >
              {tn("narrative.supplement.reread")}
            </Button>
          </div>
          {view.hasSupplement && <Text size={200}>{tn("narrative.supplement.exists")}</Text>}
          {view.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {tn("narrative.supplement.problems")}
                <ul>
                  {view.problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}

      <Text role="status" className={styles.wrap}>
        {tn("narrative.counts", {
          missing: view.counts.missing,
          required: view.counts.reasonsRequired,
          open: view.counts.reasonsOpen,
        })}
      </Text>

      {view.kind === "final" && (
        <section className={styles.block} aria-label={tn("narrative.section.inputs")}>
          <Subtitle2 as="h2">{tn("narrative.section.inputs")}</Subtitle2>
          <InputsList items={view.items} edits={c.state.edits} onCommit={c.setEdit} />
        </section>
      )}

      <Divider />
      <section className={styles.block} aria-label={tn("narrative.section.insert")}>
        <Text size={200}>{tn("narrative.insert.hint")}</Text>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={busy !== null || c.state.computing}
            onClick={() => void insertNarrative(c, MESSAGES)}
          >
            {tn("narrative.insert.button")}
          </Button>
          {(busy === "insert" || c.state.computing) && <Spinner size="tiny" />}
        </div>
        <Notice c={c} atInsert />
      </section>

      <section className={styles.block}>
        <Subtitle2 as="h2">{tn("narrative.section.preview")}</Subtitle2>
        <Preview sections={view.sections} onLocate={props.onLocate} chart={chart} />
      </section>

      <Divider />
      <PastedCheck context={c.context} onLocate={props.onLocate} />
    </div>
  );
}

export function RatiosTab(props: { c: NarrativeController; onLocate: (cells: ReadonlyArray<string>) => void }) {
  const styles = useStyles();
  const { view } = props.c.state;
  const [name, setName] = useState<string>("");
  const names = useMemo(() => [...new Set((view?.figures ?? []).map((f) => f.name))], [view]);
  if (!view) return <Spinner size="small" label={tn("narrative.loading")} />;
  const rows = view.figures.filter((f) => name === "" || f.name === name);
  return (
    <div className={styles.root}>
      {view.charts.length > 0 && (
        <section className={styles.block} aria-label={tn("ratios.charts")}>
          <Subtitle2 as="h2">{tn("ratios.charts")}</Subtitle2>
          {view.charts.map((s) => (
            <ChartImage key={s.id} spec={s} />
          ))}
        </section>
      )}
      <section className={styles.block} aria-label={tn("ratios.figures")}>
        <Subtitle2 as="h2">{tn("ratios.figures")}</Subtitle2>
        {view.figures.length === 0 ? (
          <Text>{tn("ratios.empty")}</Text>
        ) : (
          <>
            <Field label={tn("ratios.filter")} size="small">
              <Select size="small" value={name} onChange={(_, d) => setName(d.value)}>
                <option value="">{tn("narrative.filter.all")}</option>
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.th}>{tn("ratios.col.name")}</th>
                  <th className={styles.th}>{tn("ratios.col.subject")}</th>
                  <th className={`${styles.th} ${styles.num}`}>{tn("ratios.col.value")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => (
                  <tr key={f.key}>
                    <td className={styles.td}>{f.name}</td>
                    <td className={styles.td}>
                      {f.cells.length > 0 ? (
                        <Button
                          size="small"
                          appearance="transparent"
                          title={tn("narrative.preview.cells", { cells: f.cells.join(tn("list.separator")) })}
                          onClick={() => props.onLocate(f.cells)}
                        >
                          {f.subject}
                        </Button>
                      ) : (
                        f.subject
                      )}
                    </td>
                    <td className={`${styles.td} ${f.status === "missing" ? "" : styles.num}`}>{f.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}

export default NarrativeTab;
