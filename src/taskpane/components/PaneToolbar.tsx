import { Toolbar, ToolbarButton } from "@fluentui/react-components";
import { ArrowDownload24Regular, Eraser24Regular, Play24Regular } from "@fluentui/react-icons";
import { t } from "../../i18n/zh-CN";

export interface PaneToolbarProps {
  readonly busy: boolean;
  readonly canExport: boolean;
  readonly exportHint: string;
  readonly onStart: () => void;
  readonly onClear: () => void;
  readonly onExport: () => void;
}

/** 开始校验 · 清除标记 · 导出结果. Wraps on a narrow pane. */
export function PaneToolbar({ busy, canExport, exportHint, onStart, onClear, onExport }: PaneToolbarProps) {
  return (
    <Toolbar aria-label={t("toolbar.label")} style={{ flexWrap: "wrap", padding: 0 }}>
      <ToolbarButton appearance="primary" icon={<Play24Regular />} disabled={busy} onClick={onStart}>
        {t("action.startCheck")}
      </ToolbarButton>
      <ToolbarButton icon={<Eraser24Regular />} disabled={busy} onClick={onClear}>
        {t("action.clearMarks")}
      </ToolbarButton>
      <ToolbarButton
        icon={<ArrowDownload24Regular />}
        disabled={busy || !canExport}
        title={exportHint}
        onClick={onExport}
      >
        {t("action.export")}
      </ToolbarButton>
    </Toolbar>
  );
}
