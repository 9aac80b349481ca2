import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { tableLabel } from "../../src/engine/report";
import { t } from "../../src/i18n/zh-CN";
import { appDarkTheme, appTheme, themeFor } from "../../src/taskpane/theme";
import { expectedRun } from "./expected";
import { renderWithProviders, TestGateway } from "../support/render";

// The real engine runs on a seed workbook in each test; a loaded machine needs more than the default 5 s.
jest.setTimeout(30_000);
const expected = expectedRun();

async function runCheck(user = userEvent.setup()) {
  await user.click(screen.getByRole("button", { name: "开始校验" }));
  await screen.findByRole("tablist", { name: "结果视图" });
  // The result views are a lazily loaded chunk: wait until the first one replaced the loading text.
  await waitFor(() => expect(screen.queryByText("正在加载…")).not.toBeInTheDocument());
  return user;
}

function summaryValue(label: string): string {
  const summary = screen.getByRole("region", { name: "校验摘要" });
  return within(summary).getByLabelText(new RegExp(`^${label} \\d+$`)).textContent ?? "";
}

describe("task pane: empty state", () => {
  it("shows the title, the toolbar and the 尚未校验 guidance", () => {
    renderWithProviders();
    expect(screen.getByRole("heading", { level: 1, name: "预决算校验助手" })).toBeInTheDocument();
    const toolbar = screen.getByRole("toolbar", { name: "校验操作" });
    for (const name of ["开始校验", "清除标记", "导出结果"]) {
      expect(within(toolbar).getByRole("button", { name })).toBeInTheDocument();
    }
    expect(screen.getByRole("button", { name: "导出结果" })).toBeDisabled();
    expect(screen.getByText("尚未校验")).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  });

  it("shows the 演示模式 banner only outside Office", () => {
    const { unmount } = renderWithProviders({ mode: "demo" });
    expect(screen.getByText("演示模式")).toBeInTheDocument();
    unmount();
    renderWithProviders({ mode: "excel" });
    expect(screen.queryByText("演示模式")).not.toBeInTheDocument();
    expect(screen.getByText(t("app.hostExcel"))).toBeInTheDocument();
  });

  it("shows the counts a ribbon 一键校验 left in the workbook", async () => {
    const gateway = new TestGateway({
      state: {
        ignored: [],
        lastRun: {
          at: "2026-01-01T00:00:00Z",
          counts: { error: 3, warning: 1, info: 2 },
          tables: 10,
          source: "ribbon",
        },
      },
    });
    renderWithProviders({ gateway });
    expect(await screen.findByText("上次一键校验的结果")).toBeInTheDocument();
    expect(screen.getByText("错误 3 · 警告 1 · 提示 2（识别出 10 张表）")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "关闭提示" }));
    expect(screen.queryByText("上次一键校验的结果")).not.toBeInTheDocument();
  });
});

describe("task pane: running", () => {
  it("shows a progress bar while reading, disables the toolbar, and hides it when done", async () => {
    const gateway = new TestGateway();
    const release = gateway.holdRead();
    const user = userEvent.setup();
    renderWithProviders({ gateway });
    await user.click(screen.getByRole("button", { name: "开始校验" }));
    const bar = await screen.findByRole("progressbar", { name: "校验进度" });
    expect(bar).toHaveAttribute("aria-valuetext", "正在读取工作簿…");
    expect(screen.getByText("正在读取工作簿…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始校验" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeDisabled();
    await act(async () => release());
    await screen.findByRole("tablist", { name: "结果视图" });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(gateway.calls.readSnapshot).toHaveBeenCalledTimes(1);
    expect(gateway.calls.applyPlan).toHaveBeenCalledTimes(1);
  });
});

describe("task pane: results", () => {
  it("summarises tables recognised, errors/warnings/infos and checks not run", async () => {
    renderWithProviders();
    await runCheck();
    expect(summaryValue("识别出的表")).toBe(String(expected.result.tables.length));
    expect(summaryValue("错误")).toBe(String(expected.counts.error));
    expect(summaryValue("警告")).toBe(String(expected.counts.warning));
    expect(summaryValue("提示")).toBe(String(expected.counts.info));
    const notRun = expected.run.rules.filter((r) => r.status === "not-evaluated" || r.status === "not-applicable");
    expect(summaryValue("未执行的检查")).toBe(String(notRun.length));
    expect(expected.findings.length).toBeGreaterThan(0);
  });

  it("marks the plan's cells through the gateway (one applyPlan with every finding)", async () => {
    const { gateway } = renderWithProviders();
    await runCheck();
    const plan = gateway.calls.applyPlan.mock.calls[0][0];
    expect(plan.findings).toHaveLength(expected.findings.length);
    expect(gateway.marks.size).toBe(plan.marks.length);
  });

  it("groups findings by table (公开01表 …) and, on switching, by category", async () => {
    renderWithProviders();
    const user = await runCheck();
    const tables = [...new Set(expected.findings.map((f) => f.table))];
    const headers = () => screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent ?? "");
    expect(headers()).toHaveLength(tables.length);
    tables.forEach((id, i) => {
      const n = expected.findings.filter((f) => f.table === id).length;
      expect(headers()[i].startsWith(`${tableLabel(id)}（${n} 项）`)).toBe(true);
    });
    expect(headers()[0]).toMatch(/^公开01表 收入支出决算总表/);

    await user.click(screen.getByRole("radio", { name: "按类别" }));
    const categories = [...new Set(expected.findings.map((f) => f.category))];
    for (const c of categories) {
      const n = expected.findings.filter((f) => f.category === c).length;
      expect(screen.getByRole("button", { name: new RegExp(`^${c}（${n} 项）`) })).toBeInTheDocument();
    }
  });

  it("shows each finding's message with 应为/实为/差额", async () => {
    renderWithProviders();
    await runCheck();
    const f = expected.findings.find((x) => x.difference !== undefined)!;
    const item = screen.getAllByRole("button", { name: `定位到 ${f.cells[0]}：${f.message}` })[0];
    expect(item).toHaveTextContent(`应为 ${f.expected}`);
    expect(item).toHaveTextContent(`实为 ${f.actual}`);
    expect(item).toHaveTextContent(`差额 ${f.difference}`);
  });

  it("filters by severity", async () => {
    renderWithProviders();
    const user = await runCheck();
    const locateButtons = () => screen.queryAllByRole("button", { name: /^定位到 / });
    expect(locateButtons()).toHaveLength(expected.findings.length);
    const errorBox = screen.getByRole("checkbox", { name: `错误（${expected.counts.error} 项）` });
    await user.click(errorBox);
    expect(errorBox).not.toBeChecked();
    expect(locateButtons()).toHaveLength(expected.findings.length - expected.counts.error);
    await user.click(screen.getByRole("checkbox", { name: /^警告/ }));
    await user.click(screen.getByRole("checkbox", { name: /^提示/ }));
    expect(locateButtons()).toHaveLength(0);
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeInTheDocument();
    await user.click(errorBox);
    expect(locateButtons()).toHaveLength(expected.counts.error);
  });

  it("selects the finding's cell on click, its evidence cells on a second click", async () => {
    const { gateway } = renderWithProviders({ mode: "demo" });
    const user = await runCheck();
    const f = expected.findings.find((x) => x.cells.length > 1)!;
    const [sheet, address] = [f.cells[0].slice(0, f.cells[0].lastIndexOf("!")), f.cells[0].split("!").pop()];
    const button = screen.getAllByRole("button", { name: `定位到 ${f.cells[0]}：${f.message}` })[0];
    await user.click(button);
    expect(gateway.calls.navigate).toHaveBeenLastCalledWith({ sheet, address });
    expect(screen.getByRole("status")).toHaveTextContent(f.cells[0]);
    await user.click(button);
    const evidence = f.cells
      .slice(1)
      .map((r) => ({ sheet: r.slice(0, r.lastIndexOf("!")), address: r.split("!").pop() }));
    expect(gateway.calls.navigate).toHaveBeenLastCalledWith(evidence.length === 1 ? evidence[0] : evidence);
    await user.click(button);
    expect(gateway.calls.navigate).toHaveBeenLastCalledWith({ sheet, address });
  });

  it("lists every rule with its status in 覆盖情况", async () => {
    renderWithProviders();
    const user = await runCheck();
    await user.click(screen.getByRole("tab", { name: "覆盖情况" }));
    const list = await screen.findByRole("list", { name: "覆盖情况" });
    const items = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(expected.run.rules.length);
    const status = { passed: "通过", failed: "未通过", "not-applicable": "不适用", "not-evaluated": "未执行" };
    const hs = expected.run.rules.find((r) => r.id === "hierarchy-sum")!;
    expect(within(list).getByRole("listitem", { name: `科目层级合计 ${status[hs.status]}` })).toHaveTextContent(
      "合计等于各类之和",
    );
    for (const r of expected.run.rules.filter((x) => x.reasons?.length)) {
      for (const reason of r.reasons!) expect(within(list).getAllByText(reason).length).toBeGreaterThan(0);
    }
  });

  it("lists the tables recognised and the unplaced content in 已识别的表", async () => {
    renderWithProviders();
    const user = await runCheck();
    await user.click(screen.getByRole("tab", { name: "已识别的表" }));
    const tables = await screen.findByRole("region", { name: `已识别的表（${expected.result.tables.length}）` });
    const first = expected.result.tables[0];
    expect(within(tables).getByText(`${first.id} · 位置：${first.sheet}!${first.range}`)).toBeInTheDocument();
    expect(within(tables).getAllByText(/^单位：万元 · \d+ 行$/).length).toBeGreaterThan(0);
    const unplaced = screen.getByRole("region", { name: `未归入任何表的内容（${expected.result.unplaced.length}）` });
    for (const u of expected.result.unplaced) {
      expect(within(unplaced).getByText(`${u.sheet}!${u.range}`)).toBeInTheDocument();
    }
  });

  it("exports the findings as CSV with a BOM outside Excel, and goes to 校验结果 inside Excel", async () => {
    const demo = renderWithProviders({ mode: "demo" });
    const user = await runCheck();
    await user.click(screen.getByRole("button", { name: "导出结果" }));
    expect(demo.download).toHaveBeenCalledTimes(1);
    const [name, content, mime] = demo.download.mock.calls[0];
    expect(name).toBe("校验结果.csv");
    expect(mime).toMatch(/^text\/csv/);
    expect(content.startsWith("\uFEFF序号,严重程度,类别,表,位置,问题说明,应为,实为,差额,规则\r\n")).toBe(true);
    expect(content.trim().split("\r\n")).toHaveLength(expected.findings.length + 1);
    expect(screen.getByText(`已导出 ${expected.findings.length} 个问题。`)).toBeInTheDocument();
    demo.unmount();

    const excel = renderWithProviders({ mode: "excel" });
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "导出结果" }));
    expect(excel.download).not.toHaveBeenCalled();
    expect(excel.gateway.calls.navigate).toHaveBeenLastCalledWith({ sheet: "校验结果", address: "A1" });
  });

  it("清除标记 restores through the gateway and says how many cells", async () => {
    const { gateway } = renderWithProviders();
    const user = await runCheck();
    const marked = gateway.marks.size;
    expect(screen.getByText(`已标记 ${marked} 个单元格`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText(`已清除标记，恢复了 ${marked} 个单元格的原有填充色。`)).toBeInTheDocument();
    expect(gateway.marks.size).toBe(0);
    expect(screen.getByText("已标记 0 个单元格")).toBeInTheDocument();
    expect(screen.getByRole("tablist", { name: "结果视图" })).toBeInTheDocument();
  });

  it("re-running replaces the previous marks (no stacking)", async () => {
    const { gateway } = renderWithProviders();
    const user = await runCheck();
    const first = new Map(gateway.marks);
    await user.click(screen.getByRole("button", { name: "开始校验" }));
    await waitFor(() => expect(gateway.calls.applyPlan).toHaveBeenCalledTimes(2));
    expect(gateway.marks).toEqual(first);
  });
});

describe("theme", () => {
  it("uses a CJK font stack and follows a dark Office background", () => {
    expect(appTheme.fontFamilyBase).toContain("Microsoft YaHei UI");
    expect(themeFor("#1f1f1f")).toBe(appDarkTheme);
    expect(themeFor("#FFFFFF")).toBe(appTheme);
    expect(themeFor(undefined)).toBe(appTheme);
  });
});
