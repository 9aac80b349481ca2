import type { Severity } from "../../engine/findings";
import type { MessageId } from "../../i18n/zh-CN";

export const SEVERITIES: ReadonlyArray<Severity> = ["error", "warning", "info"];

export const SEVERITY_LABEL: Readonly<Record<Severity, MessageId>> = {
  error: "severity.error",
  warning: "severity.warning",
  info: "severity.info",
};

/** Badge colours of Fluent v9 per severity. */
export const SEVERITY_BADGE: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** CounterBadge has no "warning" colour: errors danger, warnings important, infos informative. */
export const SEVERITY_COUNTER: Readonly<Record<Severity, "danger" | "important" | "informative">> = {
  error: "danger",
  warning: "important",
  info: "informative",
};
