import { Field, ProgressBar } from "@fluentui/react-components";
import { t, type MessageId } from "../../i18n/zh-CN";
import type { Stage } from "../run/types";

const STAGE_TEXT: Readonly<Record<Stage | "clearing", MessageId>> = {
  reading: "progress.reading",
  checking: "progress.checking",
  writing: "progress.writing",
  clearing: "progress.clearing",
};

export interface RunProgressProps {
  readonly stage: Stage | "clearing";
  /** 0..1; undefined for an indeterminate bar. */
  readonly value?: number;
}

export function RunProgress({ stage, value }: RunProgressProps) {
  return (
    <Field label={t("progress.label")} validationMessage={t(STAGE_TEXT[stage])} validationState="none">
      <ProgressBar value={value} max={1} thickness="large" aria-valuetext={t(STAGE_TEXT[stage])} />
    </Field>
  );
}
