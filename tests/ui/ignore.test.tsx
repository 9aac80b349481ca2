import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findingKey } from "../../src/taskpane/run/keys";
import { expectedRun } from "./expected";
import { renderWithProviders, TestGateway } from "../support/render";

// The real engine runs on a seed workbook in each test; a loaded machine needs more than the default 5 s.
jest.setTimeout(30_000);
const expected = expectedRun();
const target = expected.findings[0];
const locateName = `定位到 ${target.cells[0]}：${target.message}`;

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "开始校验" }));
  await screen.findByRole("tablist", { name: "结果视图" });
  // The result views are a lazily loaded chunk: wait until the first one replaced the loading text.
  await waitFor(() => expect(screen.queryByText("正在加载…")).not.toBeInTheDocument());
}

describe("task pane: ignore / restore", () => {
  it("忽略 moves a finding under 已忽略 and saves its key in the workbook state; 恢复 brings it back", async () => {
    const user = userEvent.setup();
    const { gateway } = renderWithProviders();
    await runCheck(user);
    const before = screen.getAllByRole("button", { name: /^定位到 / }).length;

    await user.click(screen.getAllByRole("button", { name: `忽略此问题：${target.message}` })[0]);
    await waitFor(() => expect(gateway.calls.saveState).toHaveBeenCalledTimes(1));
    expect(gateway.savedState.ignored).toEqual([findingKey(target)]);
    expect(findingKey(target)).toBe(`${target.ruleId}|${target.cells[0]}|${target.messageId}`);

    const ignoredHeader = screen.getByRole("button", { name: "已忽略（1）" });
    await user.click(ignoredHeader);
    expect(screen.getAllByRole("button", { name: /^定位到 / })).toHaveLength(before); // before-1 active + 1 ignored
    expect(screen.getByText("已忽略 1 项", { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: `恢复此问题：${target.message}` }));
    await waitFor(() => expect(gateway.calls.saveState).toHaveBeenCalledTimes(2));
    expect(gateway.savedState.ignored).toEqual([]);
    expect(screen.queryByRole("button", { name: /^已忽略/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: locateName }).length).toBeGreaterThan(0);
  });

  it("keeps ignored findings from the workbook state: listed under 已忽略, left out of the counts and the marks", async () => {
    const gateway = new TestGateway({ state: { ignored: [findingKey(target)] } });
    const user = userEvent.setup();
    renderWithProviders({ gateway });
    await runCheck(user);
    expect(screen.getByRole("button", { name: "已忽略（1）" })).toBeInTheDocument();
    const plan = gateway.calls.applyPlan.mock.calls[0][0];
    expect(plan.findings.map(findingKey)).not.toContain(findingKey(target));
    const label = { error: "错误", warning: "警告", info: "提示" }[target.severity];
    const n = expected.counts[target.severity] - 1;
    expect(screen.getByRole("checkbox", { name: `${label}（${n} 项）` })).toBeInTheDocument();
  });
});
