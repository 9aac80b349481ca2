import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  CounterBadge,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { Finding, Severity } from "../../engine/findings";
import { t } from "../../i18n/zh-CN";
import { findingKey } from "../run/keys";
import { SEVERITIES, SEVERITY_BADGE, SEVERITY_COUNTER, SEVERITY_LABEL } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  filters: { display: "flex", flexWrap: "wrap", border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  headerText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  headerBadges: { display: "inline-flex", gap: tokens.spacingHorizontalXXS, marginLeft: tokens.spacingHorizontalXS },
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
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  locate: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  amounts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontVariantNumeric: "tabular-nums",
  },
  ignored: { marginTop: tokens.spacingVerticalM },
});

export type Grouping = "table" | "category";

/** Evidence cells listed under a finding; the rest are selected on the second click. */
const EVIDENCE_SHOWN = 6;

export interface FindingsViewProps {
  /** Every finding of the run, in report order. */
  readonly findings: ReadonlyArray<Finding>;
  readonly tableLabels: Readonly<Record<string, string>>;
  readonly ignored: ReadonlySet<string>;
  readonly onLocate: (f: Finding, evidence: boolean) => void;
  readonly onIgnore: (f: Finding) => void;
  readonly onRestore: (f: Finding) => void;
}

interface Group {
  readonly key: string;
  readonly label: string;
  readonly items: Finding[];
}

function groupBy(
  findings: ReadonlyArray<Finding>,
  grouping: Grouping,
  labels: Readonly<Record<string, string>>,
): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = grouping === "table" ? f.table : f.category;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: grouping === "table" ? (labels[key] ?? key) : key, items: [] }));
    g.items.push(f);
  }
  return [...groups.values()];
}

function countsOf(findings: ReadonlyArray<Finding>): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function FindingItem({
  finding,
  onLocate,
  action,
}: {
  finding: Finding;
  onLocate: (f: Finding) => void;
  action: JSX.Element;
}) {
  const styles = useStyles();
  const f = finding;
  const evidence = f.cells.slice(1);
  return (
    <li className={styles.item}>
      <Button
        appearance="subtle"
        className={styles.locate}
        aria-label={t("finding.locate", { cell: f.cells[0], message: f.message })}
        title={evidence.length > 0 ? t("finding.locateHint") : undefined}
        onClick={() => onLocate(f)}
      >
        <span className={styles.body}>
          <span>
            <Badge appearance="tint" color={SEVERITY_BADGE[f.severity]} size="small">
              {t(SEVERITY_LABEL[f.severity])}
            </Badge>{" "}
            <Text size={200} className={styles.meta}>
              {f.cells[0]} · {f.category}
            </Text>
          </span>
          <Text className={styles.message}>{f.message}</Text>
          {(f.expected !== undefined || f.actual !== undefined || f.difference !== undefined) && (
            <span className={styles.amounts}>
              {f.expected !== undefined && (
                <Text size={200}>
                  {t("finding.expected")} {f.expected}
                </Text>
              )}
              {f.actual !== undefined && (
                <Text size={200}>
                  {t("finding.actual")} {f.actual}
                </Text>
              )}
              {f.difference !== undefined && (
                <Text size={200} weight="semibold">
                  {t("finding.difference")} {f.difference}
                </Text>
              )}
            </span>
          )}
          {evidence.length > 0 && (
            <Text size={200} className={styles.meta}>
              {evidence.length > EVIDENCE_SHOWN
                ? t("finding.evidenceMore", {
                    cells: evidence.slice(0, EVIDENCE_SHOWN).join("、"),
                    count: evidence.length,
                  })
                : t("finding.evidence", { cells: evidence.join("、") })}
            </Text>
          )}
        </span>
      </Button>
      {action}
    </li>
  );
}

/**
 * Findings grouped by table or by category, filtered by severity; a click selects the finding's cell, a second click
 * its evidence cells. 忽略 moves a finding to 已忽略 (kept in the workbook); 恢复 brings it back.
 */
export function FindingsView({ findings, tableLabels, ignored, onLocate, onIgnore, onRestore }: FindingsViewProps) {
  const styles = useStyles();
  const [grouping, setGrouping] = useState<Grouping>("table");
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const clicks = useRef(new Map<string, number>());
  /** Groups the user collapsed (every group starts open, also one that reappears when a filter is switched back). */
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const active = useMemo(() => findings.filter((f) => !ignored.has(findingKey(f))), [findings, ignored]);
  const ignoredList = useMemo(() => findings.filter((f) => ignored.has(findingKey(f))), [findings, ignored]);
  const counts = useMemo(() => countsOf(active), [active]);
  const visible = useMemo(() => active.filter((f) => shown[f.severity]), [active, shown]);
  const groups = useMemo(() => groupBy(visible, grouping, tableLabels), [visible, grouping, tableLabels]);

  const locate = (f: Finding) => {
    const key = findingKey(f);
    const n = clicks.current.get(key) ?? 0;
    clicks.current.set(key, n + 1);
    onLocate(f, n % 2 === 1 && f.cells.length > 1);
  };

  return (
    <div className={styles.root}>
      <div className={styles.controls}>
        <fieldset className={styles.filters}>
          <legend className={styles.legend}>{t("filters.label")}</legend>
          {SEVERITIES.map((s) => (
            <Checkbox
              key={s}
              checked={shown[s]}
              onChange={(_, d) => setShown((prev) => ({ ...prev, [s]: d.checked === true }))}
              label={t("filters.option", { severity: t(SEVERITY_LABEL[s]), count: counts[s] })}
            />
          ))}
        </fieldset>
        <RadioGroup
          layout="horizontal"
          aria-label={t("grouping.label")}
          value={grouping}
          onChange={(_, d) => setGrouping(d.value as Grouping)}
        >
          <Radio value="table" label={t("grouping.table")} />
          <Radio value="category" label={t("grouping.category")} />
        </RadioGroup>
      </div>

      {active.length === 0 ? (
        <Text>{t("findings.none")}</Text>
      ) : groups.length === 0 ? (
        <Text>{t("findings.noneFiltered")}</Text>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={groups.filter((g) => !collapsed.has(`${grouping}:${g.key}`)).map((g) => g.key)}
          onToggle={(_, d) => {
            const id = `${grouping}:${String(d.value)}`;
            setCollapsed((prev) => {
              const next = new Set(prev);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            });
          }}
        >
          {groups.map((g) => {
            const c = countsOf(g.items);
            return (
              <AccordionItem key={g.key} value={g.key}>
                <AccordionHeader>
                  <span className={styles.headerText}>
                    {t("findings.groupCount", { label: g.label, count: g.items.length })}
                  </span>
                  <span className={styles.headerBadges}>
                    {SEVERITIES.filter((s) => c[s] > 0).map((s) => (
                      <CounterBadge
                        key={s}
                        count={c[s]}
                        color={SEVERITY_COUNTER[s]}
                        size="small"
                        aria-label={`${t(SEVERITY_LABEL[s])} ${c[s]}`}
                      />
                    ))}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {g.items.map((f, i) => (
                      <FindingItem
                        key={`${i}:${findingKey(f)}`}
                        finding={f}
                        onLocate={locate}
                        action={
                          <Button
                            size="small"
                            appearance="secondary"
                            aria-label={t("finding.ignoreAria", { message: f.message })}
                            onClick={() => onIgnore(f)}
                          >
                            {t("finding.ignore")}
                          </Button>
                        }
                      />
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}

      {ignoredList.length > 0 && (
        <section className={styles.ignored} aria-label={t("ignored.title", { count: ignoredList.length })}>
          <Accordion collapsible>
            <AccordionItem value="ignored">
              <AccordionHeader>{t("ignored.title", { count: ignoredList.length })}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {ignoredList.map((f, i) => (
                    <FindingItem
                      key={`${i}:${findingKey(f)}`}
                      finding={f}
                      onLocate={locate}
                      action={
                        <Button
                          size="small"
                          appearance="secondary"
                          aria-label={t("finding.restoreAria", { message: f.message })}
                          onClick={() => onRestore(f)}
                        >
                          {t("finding.restore")}
                        </Button>
                      }
                    />
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </section>
      )}
    </div>
  );
}
