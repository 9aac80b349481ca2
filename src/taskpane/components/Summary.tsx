import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine/findings";
import { t, type MessageId } from "../../i18n/zh-CN";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  footer: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

export interface SummaryProps {
  readonly tables: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly notRun: number;
  readonly ignored: number;
  readonly marked: number | null;
}

/** 识别出的表 · 错误 · 警告 · 提示 · 未执行的检查, as a definition list (label → number). */
export function Summary({ tables, counts, notRun, ignored, marked }: SummaryProps) {
  const styles = useStyles();
  const items: { id: MessageId; value: number; className?: string }[] = [
    { id: "summary.tables", value: tables },
    { id: "summary.errors", value: counts.error, className: styles.error },
    { id: "summary.warnings", value: counts.warning, className: styles.warning },
    { id: "summary.infos", value: counts.info, className: styles.info },
    { id: "summary.notRun", value: notRun },
  ];
  return (
    <section aria-label={t("summary.label")}>
      <dl className={styles.root}>
        {items.map((it) => (
          <div key={it.id} className={styles.item}>
            <dt>
              <Text size={200}>{t(it.id)}</Text>
            </dt>
            <dd className={`${styles.value} ${it.className ?? ""}`} aria-label={`${t(it.id)} ${it.value}`}>
              {it.value}
            </dd>
          </div>
        ))}
      </dl>
      {(ignored > 0 || marked !== null) && (
        <Text size={200} className={styles.footer}>
          {[
            marked !== null ? t("summary.marked", { count: marked }) : "",
            ignored > 0 ? t("summary.ignored", { count: ignored }) : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      )}
    </section>
  );
}
