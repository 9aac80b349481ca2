/**
 * The gateway used inside Excel. src/excel/officeGateway.ts (the office-js adapter) is being written in parallel;
 * until it is committed this module returns a gateway whose calls fail with a Chinese message, so the pane still
 * opens in Excel and says why it cannot check. When it lands: `import { OfficeGateway } from "../excel/officeGateway"`
 * and return `new OfficeGateway()`.
 */
import { GatewayError, type WorkbookGateway } from "../excel/gateway";
import { t } from "../i18n/zh-CN";

function unavailable(): Promise<never> {
  return Promise.reject(new GatewayError("gateway.unavailable", t("gateway.unavailable")));
}

export function createOfficeGateway(): WorkbookGateway {
  return {
    capabilities: () => ({ notes: false, mergeUndo: false, host: "excel" }),
    readSnapshot: unavailable,
    applyPlan: unavailable,
    clearMarks: unavailable,
    navigate: unavailable,
    onSelectionChanged: () => () => undefined,
    loadState: async () => ({ ignored: [] }),
    saveState: unavailable,
  };
}
