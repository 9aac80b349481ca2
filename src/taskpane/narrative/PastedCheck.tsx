import { Badge, Button, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { tn } from "../../i18n/zh-CN-narrative";
import { loadEngine } from "../run/controller";
import type { RunContext } from "../run/types";
import type { TextCheckView } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  quote: { color: tokens.colorNeutralForeground3 },
});

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

/** A 情况说明 pasted by the user, checked against the tables; each finding locates the table cell it was compared with. */
export function PastedCheck(props: { context: RunContext | null; onLocate: (cells: ReadonlyArray<string>) => void }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [result, setResult] = useState<TextCheckView | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!props.context) return;
    setBusy(true);
    const engine = await loadEngine();
    setResult(engine.checkPastedNarrative(props.context.recognition, text));
    setBusy(false);
  };
  return (
    <section className={styles.root} aria-label={tn("paste.title")}>
      <Subtitle2 as="h2">{tn("paste.title")}</Subtitle2>
      <Field label={tn("paste.label")} hint={tn("paste.hint")} size="small">
        <Textarea resize="vertical" rows={5} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={busy || text.trim() === "" || !props.context} onClick={() => void run()}>
          {tn("paste.button")}
        </Button>
      </div>
      {result && (
        <>
          <Text role="status">
            {tn("paste.summary", {
              sentences: result.sentencesWithFigures,
              evaluated: result.evaluated,
              findings: result.findings.length,
            })}
          </Text>
          {result.findings.length === 0 && <Text>{tn("paste.none")}</Text>}
          <ul className={styles.list} aria-label={tn("paste.title")}>
            {result.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                <div className={styles.row}>
                  <Badge appearance="tint" color={BADGE[f.severity]} size="small">
                    {tn(`paste.severity.${f.severity}`)}
                  </Badge>
                  <Text size={200}>{f.message}</Text>
                </div>
                <Text size={200} className={styles.quote}>
                  “{f.quote}”
                </Text>
                {f.expected !== null && f.actual !== null && (
                  <Text size={200}>{tn("paste.expected", { expected: f.expected, actual: f.actual })}</Text>
                )}
                {f.cells.length > 0 && (
                  <div className={styles.row}>
                    <Text size={200}>
                      {tn("narrative.preview.cells", { cells: f.cells.join(tn("list.separator")) })}
                    </Text>
                    <Button size="small" appearance="subtle" onClick={() => props.onLocate(f.cells)}>
                      {tn("narrative.preview.locate")}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {result.notEvaluated.length > 0 && (
            <details>
              <summary>{tn("paste.notEvaluated", { count: result.notEvaluated.length })}</summary>
              <ul>
                {result.notEvaluated.map((n, i) => (
                  <li key={i}>
                    <Text size={200}>
                      “{n.quote}”：{n.reason}
                    </Text>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
