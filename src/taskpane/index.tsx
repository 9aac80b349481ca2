/**
 * Task pane boot (addin-conventions §5). office.js is loaded by a <script> tag in taskpane.html, never bundled.
 * Inside Excel the pane runs against the workbook; in a plain browser (host null) it shows the 演示模式 banner.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App, type HostMode } from "./App";
import { themeFor } from "./theme";

function render(mode: HostMode, bodyBackgroundColor?: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(bodyBackgroundColor)}>
      <App mode={mode} />
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

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline or blocked): still show the pane in demo mode.
  render("demo");
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      render("excel", officeBodyBackground());
    } else {
      render("demo");
    }
  });
}
