import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RuleStatus } from "../../engine/findings";
import { ruleTitle, t, type MessageId } from "../../i18n/zh-CN";
import type { RuleView } from "../run/types";

const STATUS_TEXT: Readonly<Record<RuleStatus, MessageId>> = {
  passed: "coverage.status.passed",
  failed: "coverage.status.failed",
  "not-applicable": "coverage.status.not-applicable",
  "not-evaluated": "coverage.status.not-evaluated",
};

const STATUS_COLOR: Readonly<Record<RuleStatus, "success" | "danger" | "subtle" | "warning">> = {
  passed: "success",
  failed: "danger",
  "not-applicable": "subtle",
  "not-evaluated": "warning",
};

const useStyles = makeStyles({
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
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Every rule with how its run ended: 通过 / 未通过 / 不适用 / 未执行, and why. */
export function CoverageView({ rules }: { readonly rules: ReadonlyArray<RuleView> }) {
  const styles = useStyles();
  const n = (s: RuleStatus) => rules.filter((r) => r.status === s).length;
  return (
    <div>
      <Text size={200} className={styles.muted}>
        {t("coverage.counts", {
          passed: n("passed"),
          failed: n("failed"),
          na: n("not-applicable"),
          ne: n("not-evaluated"),
        })}
      </Text>
      <ul className={styles.list} aria-label={t("tabs.coverage")}>
        {rules.map((r) => (
          <li key={r.id} className={styles.item} aria-label={`${ruleTitle(r.id)} ${t(STATUS_TEXT[r.status])}`}>
            <span className={styles.head}>
              <Text weight="semibold" className={styles.title}>
                {ruleTitle(r.id)}
              </Text>
              <Badge appearance="tint" color={STATUS_COLOR[r.status]}>
                {t(STATUS_TEXT[r.status])}
              </Badge>
            </span>
            <Text size={200} className={styles.muted}>
              {r.id}
              {r.category ? ` · ${r.category}` : ""}
              {r.findings > 0 ? ` · ${t("coverage.findings", { count: r.findings })}` : ""}
            </Text>
            {r.description && <Text size={200}>{r.description}</Text>}
            {r.reasons.length > 0 && (
              <ul className={styles.reasons}>
                {r.reasons.map((reason) => (
                  <li key={reason}>
                    <Text size={200} className={styles.muted}>
                      {reason}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
