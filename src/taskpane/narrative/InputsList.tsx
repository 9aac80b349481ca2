import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { tn } from "../../i18n/zh-CN-narrative";
import type { FieldView, InputItemView, ReasonView } from "./types";

export type InputsFilter = "all" | "reasons" | "missing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  open: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: "6px" },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  headerText: { overflowWrap: "anywhere" },
});

/** An input that reports its text when it loses focus (or on Enter), so the text is regenerated once per edit. */
function CommitInput(props: {
  field: FieldView;
  edit: string | undefined;
  onCommit: (id: string, text: string) => void;
  label: string;
}) {
  const { field, edit, onCommit } = props;
  const shown = edit ?? field.value ?? "";
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const hint =
    field.source && field.source !== "pane"
      ? tn(`narrative.field.source.${field.source}`, { cell: field.cell ?? "" })
      : undefined;
  return (
    <Field
      label={props.label}
      size="small"
      validationState={field.error ? "error" : field.missing ? "warning" : "none"}
      validationMessage={field.error ?? (field.missing ? tn("narrative.item.missing") : undefined)}
      hint={hint}
    >
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        placeholder={tn(field.count ? "narrative.field.placeholderCount" : "narrative.field.placeholder")}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => onCommit(field.id, text)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onCommit(field.id, text);
        }}
      />
    </Field>
  );
}

function ReasonInput(props: {
  reason: ReasonView;
  edit: string | undefined;
  onCommit: (id: string, text: string) => void;
}) {
  const styles = useStyles();
  const { reason, edit, onCommit } = props;
  const shown = edit ?? reason.given ?? "";
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const open = reason.why !== null && !reason.given;
  return (
    <Field
      label={reason.label}
      size="small"
      required={reason.why !== null}
      validationState={open ? "warning" : "none"}
      validationMessage={reason.why ?? undefined}
    >
      <Textarea
        size="small"
        resize="vertical"
        value={text}
        placeholder={tn("narrative.reason.placeholder")}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => onCommit(reason.id, text)}
      />
      {reason.suggestion && (
        <div className={styles.suggestion}>
          <Text size={200}>{tn("narrative.reason.suggestion", { text: reason.suggestion })}</Text>
          <Button size="small" appearance="subtle" onClick={() => onCommit(reason.id, reason.suggestion ?? "")}>
            {tn("narrative.reason.use")}
          </Button>
        </div>
      )}
    </Field>
  );
}

function ItemRow(props: {
  item: InputItemView;
  edits: Readonly<Record<string, string>>;
  onCommit: (id: string, text: string) => void;
  showReasons: boolean;
}) {
  const styles = useStyles();
  const { item, edits, onCommit } = props;
  const title = `${item.code ? `${item.code} ` : ""}${item.name}`;
  // Optional reasons stay out of the way: shown when the item needs one, has one, or the user asks for 全部.
  const reasons = item.reasons.filter((r) => props.showReasons || r.why !== null || r.given || edits[r.id]);
  return (
    <li className={`${styles.item} ${item.reasonOpen || item.missing ? styles.open : ""}`} aria-label={title}>
      <div className={styles.title}>
        <Text className={styles.name}>{title}</Text>
        {item.missing && (
          <Badge appearance="tint" color="danger" size="small">
            {tn("narrative.item.missing")}
          </Badge>
        )}
        {item.reasonOpen && (
          <Badge appearance="tint" color="warning" size="small">
            {tn("narrative.item.reasonOpen")}
          </Badge>
        )}
      </div>
      {item.current !== null && (
        <Text size={200} className={styles.meta}>
          {tn("narrative.item.current", { value: item.current })}
        </Text>
      )}
      {item.fields.map((f) => (
        <CommitInput key={f.id} field={f} edit={edits[f.id]} onCommit={onCommit} label={f.label} />
      ))}
      {reasons.map((r) => (
        <ReasonInput key={r.id} reason={r} edit={edits[r.id]} onCommit={onCommit} />
      ))}
    </li>
  );
}

/** The inputs the text needs, by group, with the filter 全部 / 仅需原因 / 仅缺失. */
export function InputsList(props: {
  items: ReadonlyArray<InputItemView>;
  edits: Readonly<Record<string, string>>;
  onCommit: (id: string, text: string) => void;
}) {
  const styles = useStyles();
  const { items } = props;
  const anyOpen = items.some((i) => i.missing || i.reasonOpen);
  const [filter, setFilter] = useState<InputsFilter>(anyOpen ? "missing" : "all");
  const shown = useMemo(
    () =>
      items.filter((i) => (filter === "all" ? true : filter === "reasons" ? i.needsReason : i.missing || i.reasonOpen)),
    [items, filter],
  );
  const groups = useMemo(() => {
    const out = new Map<string, InputItemView[]>();
    for (const i of shown) out.set(i.group, [...(out.get(i.group) ?? []), i]);
    return [...out];
  }, [shown]);
  return (
    <div className={styles.root}>
      <RadioGroup
        className={styles.filters}
        layout="horizontal"
        aria-label={tn("narrative.filter.label")}
        value={filter}
        onChange={(_, d) => setFilter(d.value as InputsFilter)}
      >
        <Radio value="all" label={tn("narrative.filter.all")} />
        <Radio value="reasons" label={tn("narrative.filter.reasons")} />
        <Radio value="missing" label={tn("narrative.filter.missing")} />
      </RadioGroup>
      {groups.length === 0 && <Text>{tn("narrative.filter.empty")}</Text>}
      <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map(([g]) => g)}>
        {groups.map(([group, list]) => (
          <AccordionItem key={group} value={group}>
            <AccordionHeader size="small">
              <span className={styles.headerText}>
                {group}（{list.length}）
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {list.map((i) => (
                  <ItemRow
                    key={i.key}
                    item={i}
                    edits={props.edits}
                    onCommit={props.onCommit}
                    showReasons={filter === "all"}
                  />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
