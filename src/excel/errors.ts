/**
 * OfficeExtension.Error → GatewayError with a zh-CN message id (addin-conventions §6.7). The host's `debugInfo` is kept
 * for logs. Errors are recognised by their `code`, so this works with the real office.js, office-addin-mock and the
 * in-memory fake alike.
 */
import { GatewayError } from "./gateway";
import { excelMessage, type ExcelMessageId } from "./messages";

/** Office error codes we map, and their message ids. */
export const ERROR_CODES: Readonly<Record<string, ExcelMessageId>> = Object.freeze({
  AccessDenied: "excel.accessDenied",
  InvalidOperationInCellEditMode: "excel.cellEditMode",
  RequestPayloadSizeLimitExceeded: "excel.payloadTooLarge",
  ItemNotFound: "excel.itemNotFound",
  InactiveWorkbook: "excel.inactiveWorkbook",
  UndoNotSupported: "excel.undoNotSupported",
});

function codeOf(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return undefined;
}

export function isOfficeErrorCode(e: unknown, code: string): boolean {
  return codeOf(e) === code;
}

/** Any thrown value → GatewayError (a GatewayError passes through unchanged). */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = codeOf(e);
  const debugInfo =
    e && typeof e === "object" && "debugInfo" in e ? (e as { debugInfo: unknown }).debugInfo : undefined;
  const id = code ? ERROR_CODES[code] : undefined;
  if (id) return new GatewayError(id, excelMessage(id), debugInfo ?? { code });
  const detail = e instanceof Error ? e.message : String(e);
  return new GatewayError("excel.unknown", excelMessage("excel.unknown", { detail }), debugInfo ?? { code, detail });
}

/** Runs `f`, rethrowing any failure as a GatewayError. */
export async function mapErrors<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toGatewayError(e);
  }
}
