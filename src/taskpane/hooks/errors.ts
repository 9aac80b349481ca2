import { GatewayError } from "../../excel/gateway";
import { t } from "../../i18n/zh-CN";

/** A failure as the user reads it: the gateway's Chinese message, or a generic one with the detail. */
export function errorText(e: unknown): string {
  if (e instanceof GatewayError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return t("status.error.unknown", { detail });
}
