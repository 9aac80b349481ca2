/** 演示模式: the DemoGateway over the built-in sample (samples/seed000-zhushan-2024-final.json). */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { DemoGateway } from "../../src/taskpane/demo/DemoGateway";
import { loadDemoSnapshot } from "../../src/taskpane/demo/sample";
import { appTheme } from "../../src/taskpane/theme";
import { fixtureSnapshot } from "../support/fixtures";
import { expectedRun } from "./expected";

jest.setTimeout(30_000);

describe("演示模式", () => {
  it("the built-in sample holds the same cells as the seed000 workbook", async () => {
    const demo = await loadDemoSnapshot();
    const fixture = fixtureSnapshot("seed000-zhushan-2024-final");
    expect(demo.source).toBe("seed000-zhushan-2024-final.xlsx");
    expect(demo.sheets.map((s) => s.name)).toEqual(fixture.sheets.map((s) => s.name));
    demo.sheets.forEach((s, i) => {
      expect(s.values).toEqual(fixture.sheets[i].values);
      expect(s.merges).toEqual(fixture.sheets[i].merges);
      expect(s.numberFormats).toEqual(fixture.sheets[i].numberFormats);
      expect(s.formulas).toEqual(fixture.sheets[i].formulas);
    });
  });

  it("checks the sample in the pane, marks in memory, selects on click and clears", async () => {
    const expected = expectedRun();
    const gateway = new DemoGateway();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={appTheme}>
        <App mode="demo" gateway={gateway} download={jest.fn()} />
      </FluentProvider>,
    );
    expect(screen.getByText("演示模式")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "开始校验" }));
    const summary = await screen.findByRole("region", { name: "校验摘要" });
    expect(within(summary).getByLabelText(`识别出的表 ${expected.result.tables.length}`)).toBeInTheDocument();
    expect(gateway.marks.size).toBeGreaterThan(0);
    expect(gateway.reportRows.length).toBe(expected.findings.length + 2);

    const f = expected.findings[0];
    await user.click(screen.getAllByRole("button", { name: `定位到 ${f.cells[0]}：${f.message}` })[0]);
    expect(screen.getByRole("status")).toHaveTextContent(`示例工作簿中选中的单元格：${f.cells[0]}`);

    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText(/^已清除标记/)).toBeInTheDocument();
    expect(gateway.marks.size).toBe(0);
  });

  it("keeps a collapsed group collapsed and reopens it on request", async () => {
    const expected = expectedRun();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={appTheme}>
        <App mode="demo" gateway={new DemoGateway()} download={jest.fn()} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: "开始校验" }));
    await screen.findByRole("tablist", { name: "结果视图" });
    const first = screen.getAllByRole("button", { expanded: true })[0];
    await user.click(first);
    expect(first).toHaveAttribute("aria-expanded", "false");
    expect(screen.getAllByRole("button", { name: /^定位到 / }).length).toBeLessThan(expected.findings.length);
    await user.click(first);
    expect(first).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByRole("button", { name: /^定位到 / })).toHaveLength(expected.findings.length);
  });
});
