/**
 * The gateway used inside Excel: the office-js adapter (src/excel/officeGateway.ts). The pane loads this module with
 * an import() only when Office.onReady reports Excel, so the adapter is not in the initial bundle of 演示模式.
 */
import type { WorkbookGateway } from "../excel/gateway";
import { OfficeGateway } from "../excel/officeGateway";

export function createOfficeGateway(): WorkbookGateway {
  return new OfficeGateway();
}
