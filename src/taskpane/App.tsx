import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircle24Regular } from "@fluentui/react-icons";
import { t } from "../i18n/zh-CN";

/** "excel": running inside Excel. "demo": plain browser (Office.onReady reported no host). */
export type HostMode = "excel" | "demo";

export interface AppProps {
  mode: HostMode;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: "288px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

/** Placeholder pane: the checker UI (toolbar, findings, ratios, report) arrives in a later version. */
export function App({ mode }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Text className={styles.subtitle}>{t("app.subtitle")}</Text>
        {mode === "excel" && <Text size={200}>{t("app.hostExcel")}</Text>}
      </header>

      {mode === "demo" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("demo.title")}</MessageBarTitle>
            {t("demo.body")}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CheckmarkCircle24Regular />}
          disabledFocusable
          title={t("action.startCheck.unavailable")}
        >
          {t("action.startCheck")}
        </Button>
      </div>

      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("placeholder.title")}</MessageBarTitle>
          {t("placeholder.body")}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

export default App;
