import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n/zh-CN";
import type { TableView, UnplacedView } from "../run/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** What was read: the tables recognised (id, title, sheet!range, unit, rows) and the content no table claimed. */
export function TablesView({
  tables,
  unplaced,
}: {
  readonly tables: ReadonlyArray<TableView>;
  readonly unplaced: ReadonlyArray<UnplacedView>;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <section aria-label={t("tables.recognised", { count: tables.length })}>
        <h2 className={styles.heading}>{t("tables.recognised", { count: tables.length })}</h2>
        {tables.length === 0 ? (
          <Text>{t("tables.none")}</Text>
        ) : (
          <ul className={styles.list}>
            {tables.map((tb, i) => (
              <li key={`${i}:${tb.id}`} className={styles.item}>
                <Text weight="semibold">{tb.label}</Text>
                <Text size={200} className={styles.muted}>
                  {tb.id} · {t("tables.location", { ref: `${tb.sheet}!${tb.range}` })}
                </Text>
                <Text size={200} className={styles.muted}>
                  {tb.unit ? t("tables.unit", { unit: tb.unit }) : t("tables.unitNone")} ·{" "}
                  {t("tables.rows", { count: tb.rows })}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t("tables.unplaced", { count: unplaced.length })}>
        <h2 className={styles.heading}>{t("tables.unplaced", { count: unplaced.length })}</h2>
        {unplaced.length === 0 ? (
          <Text size={200}>{t("tables.unplacedNone")}</Text>
        ) : (
          <ul className={styles.list}>
            {unplaced.map((u, i) => (
              <li key={`${i}:${u.sheet}!${u.range}`} className={styles.item}>
                <Text size={200} weight="semibold">
                  {u.sheet}!{u.range}
                </Text>
                <Text size={200} className={styles.muted}>
                  {u.reason}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
