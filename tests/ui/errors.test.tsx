import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workbook, sheet } from "../support/snapshot-builder";
import { GatewayError } from "../../src/excel/gateway";
import { expectedRun } from "./expected";
import { renderWithProviders, TestGateway } from "../support/render";

// The real engine runs on a seed workbook in each test; a loaded machine needs more than the default 5 s.
jest.setTimeout(30_000);
const expected = expectedRun();

async function start() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "开始校验" }));
  return user;
}

describe("task pane: errors", () => {
  it("warns about protected sheets that were skipped for marks, and still lists their findings", async () => {
    const sheetWithFinding = expected.findings[0].cells[0].split("!")[0];
    const gateway = new TestGateway({ protectedSheets: [sheetWithFinding] });
    renderWithProviders({ gateway });
    await start();
    expect(await screen.findByText("部分工作表受保护，未标记")).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`受保护，未在其中标色或添加批注；问题仍在下方列出：${sheetWithFinding}$`)),
    ).toBeInTheDocument();
    const onSheet = expected.findings.filter((f) => f.cells[0].startsWith(`${sheetWithFinding}!`));
    for (const key of gateway.marks.keys()) expect(key.startsWith(`${sheetWithFinding}!`)).toBe(false);
    expect(screen.getAllByRole("button", { name: new RegExp(`^定位到 ${sheetWithFinding}!`) })).toHaveLength(
      onSheet.length,
    );
  });

  it("explains what to do when no table is recognised, shows the unplaced content, and writes nothing", async () => {
    const gateway = new TestGateway({
      snapshot: workbook(sheet("Sheet1", [["员工名单"], ["姓名", "部门"], ["张三", "办公室"]])),
    });
    renderWithProviders({ gateway });
    const user = await start();
    expect(await screen.findByText("没有识别出决算公开表")).toBeInTheDocument();
    expect(screen.getByText(/请确认工作簿中的表含有标准标题/)).toBeInTheDocument();
    expect(gateway.calls.applyPlan).not.toHaveBeenCalled();
    expect(within(screen.getByRole("region", { name: "校验摘要" })).getByLabelText("识别出的表 0")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "已识别的表" }));
    expect(await screen.findByText("没有识别出标准决算公开表。")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "未归入任何表的内容（1）" })).toHaveTextContent("Sheet1!A1:B3");
  });

  it("shows the gateway's Chinese message when reading fails", async () => {
    const gateway = new TestGateway();
    gateway.failWith.readSnapshot = new GatewayError(
      "excel.cellEditMode",
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    );
    renderWithProviders({ gateway });
    await start();
    expect(await screen.findByText("操作失败")).toBeInTheDocument();
    expect(screen.getByText("Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。")).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始校验" })).toBeEnabled();
  });

  it("shows a write failure (protected workbook) as an error, with an unexpected error's detail", async () => {
    const gateway = new TestGateway();
    gateway.failWith.applyPlan = new Error("boom");
    renderWithProviders({ gateway });
    await start();
    expect(await screen.findByText("发生意外错误：boom")).toBeInTheDocument();
  });

  it("shows a 清除标记 failure", async () => {
    const gateway = new TestGateway();
    gateway.failWith.clearMarks = new GatewayError(
      "excel.ledgerCorrupt",
      "工作簿中保存的标记记录已损坏，无法恢复原有底色。",
    );
    renderWithProviders({ gateway });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("工作簿中保存的标记记录已损坏，无法恢复原有底色。")).toBeInTheDocument();
  });

  it("shows why the last 一键校验 failed", async () => {
    const gateway = new TestGateway({
      state: {
        ignored: [],
        lastRun: {
          at: "2026-01-01T00:00:00Z",
          counts: { error: 0, warning: 0, info: 0 },
          tables: 0,
          source: "ribbon",
          error: "工作簿太大",
        },
      },
    });
    renderWithProviders({ gateway });
    expect(await screen.findByText("上次一键校验未完成")).toBeInTheDocument();
    expect(screen.getByText("工作簿太大")).toBeInTheDocument();
  });
});
