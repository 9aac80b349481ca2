/**
 * 导出结果. In Excel the 校验结果 sheet is the export (the pane goes there). In 演示模式 — and in Excel when no report
 * sheet was written — the findings are downloaded as CSV: UTF-8 with a BOM so Excel opens the Chinese text correctly,
 * CRLF line ends, every field quoted where needed.
 */
import type { Finding, Severity } from "../engine/findings";
import { t, type MessageId } from "../i18n/zh-CN";

const SEVERITY_ID: Readonly<Record<Severity, MessageId>> = {
  error: "severity.error",
  warning: "severity.warning",
  info: "severity.info",
};

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The findings as CSV text (with BOM). `tableLabels`: table id → "公开01表 收入支出决算总表". */
export function findingsCsv(findings: ReadonlyArray<Finding>, tableLabels: Readonly<Record<string, string>>): string {
  const lines = [t("csv.header")];
  findings.forEach((f, i) => {
    lines.push(
      [
        i + 1,
        t(SEVERITY_ID[f.severity]),
        f.category,
        tableLabels[f.table] ?? f.table,
        f.cells[0],
        f.message,
        f.expected ?? "",
        f.actual ?? "",
        f.difference ?? "",
        f.ruleId,
      ]
        .map(csvField)
        .join(","),
    );
  });
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export type Download = (fileName: string, content: string, mime: string) => void;

/** Saves text through a temporary <a download> link. */
export const browserDownload: Download = (fileName, content, mime) => {
  const blob = new Blob([content], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
