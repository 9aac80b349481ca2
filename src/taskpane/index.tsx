/**
 * Task pane boot (addin-conventions §5). office.js is loaded by a <script> tag in taskpane.html, never bundled.
 * Inside Excel the pane runs against the workbook through the OfficeGateway; in a plain browser (host null) it runs in
 * 演示模式 on the built-in sample workbook through the in-memory DemoGateway.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { WorkbookGateway } from "../excel/gateway";
import { App, type HostMode } from "./App";
import { DemoGateway } from "./demo/DemoGateway";
import { themeFor } from "./theme";

function render(mode: HostMode, gateway: WorkbookGateway, bodyBackgroundColor?: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(bodyBackgroundColor)}>
      <App mode={mode} gateway={gateway} />
    </FluentProvider>,
  );
}

function officeBodyBackground(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // officeTheme is not available on every platform
  }
}

/** The office-js gateway, loaded only inside Excel. */
async function excelGateway(): Promise<WorkbookGateway> {
  const { createOfficeGateway } = await import(/* webpackChunkName: "office-gateway" */ "./office-gateway");
  return createOfficeGateway();
}

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline or blocked): still show the pane in demo mode.
  render("demo", new DemoGateway());
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      excelGateway().then(
        (gateway) => render("excel", gateway, officeBodyBackground()),
        () => render("demo", new DemoGateway()),
      );
    } else {
      render("demo", new DemoGateway());
    }
  });
}
