import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider } from "@fluentui/react-components";
import { App, type HostMode } from "../../src/taskpane/App";
import { appTheme, appDarkTheme, themeFor } from "../../src/taskpane/theme";
import { zhCN } from "../../src/i18n/zh-CN";

function renderApp(mode: HostMode) {
  return render(
    <FluentProvider theme={appTheme}>
      <App mode={mode} />
    </FluentProvider>,
  );
}

describe("placeholder task pane", () => {
  it("shows the Chinese title as the page heading", () => {
    renderApp("demo");
    expect(screen.getByRole("heading", { level: 1, name: "预决算校验助手" })).toBeInTheDocument();
  });

  it("has an accessible 开始校验 button that is marked unavailable but stays focusable", async () => {
    renderApp("demo");
    const button = screen.getByRole("button", { name: "开始校验" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await userEvent.tab();
    expect(button).toHaveFocus();
  });

  it("says the checker UI comes in a later version", () => {
    renderApp("excel");
    expect(screen.getByText(zhCN["placeholder.body"])).toBeInTheDocument();
  });

  it("shows the 演示模式 banner outside Office", () => {
    renderApp("demo");
    expect(screen.getByText("演示模式")).toBeInTheDocument();
    expect(screen.queryByText(zhCN["app.hostExcel"])).not.toBeInTheDocument();
  });

  it("hides the demo banner and notes the Excel host inside Excel", () => {
    renderApp("excel");
    expect(screen.queryByText("演示模式")).not.toBeInTheDocument();
    expect(screen.getByText(zhCN["app.hostExcel"])).toBeInTheDocument();
  });
});

describe("theme", () => {
  it("uses a CJK font stack on the light theme", () => {
    expect(appTheme.fontFamilyBase).toContain("Microsoft YaHei UI");
    expect(appTheme.fontFamilyBase).toContain("PingFang SC");
  });

  it("switches to the dark theme for a dark Office background", () => {
    expect(themeFor("#1f1f1f")).toBe(appDarkTheme);
    expect(themeFor("#FFFFFF")).toBe(appTheme);
    expect(themeFor(undefined)).toBe(appTheme);
    expect(themeFor("not a colour")).toBe(appTheme);
  });
});
