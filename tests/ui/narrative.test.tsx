/**
 * The 情况说明 and 比率 tabs on seed001 (丹凤县医疗保障局 2024 决算) with the real engine: inputs listed with the filter
 * 全部 / 仅需原因 / 仅缺失, a typed 上年决算数 regenerates the text (4.28% as the published text says), a change ≥ 10 %
 * asks for its reason, last year's workbook fills the 上年决算数, 插入到工作表 writes our sheet through the gateway, and
 * 生成补充数据表 adds the pre-filled sheet once.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as fs from "fs";
import * as path from "path";
import { checkNarrative } from "../../src/engine/narrative/check";
import { recognize } from "../../src/engine/recognize";
import { FIXTURES, fixtureSnapshot } from "../support/fixtures";
import { renderWithProviders, TestGateway } from "../support/render";

jest.setTimeout(60_000);
const SEED = "seed001-danfeng-2024-final";

async function openNarrative(options: Parameters<typeof renderWithProviders>[0] = {}) {
  const r = renderWithProviders({ gateway: new TestGateway({ snapshot: SEED }), ...options });
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "开始校验" }));
  await user.click(await screen.findByRole("tab", { name: "情况说明" }));
  await screen.findByRole("document", { name: "预览" }, { timeout: 20_000 });
  return { ...r, user };
}

function preview(): HTMLElement {
  return screen.getByRole("document", { name: "预览" });
}

function item(name: string): HTMLElement {
  return screen.getByRole("listitem", { name });
}

async function typeInto(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

describe("情况说明 tab", () => {
  it("shows the text with 【待填写】 slots, the counts and the inputs still missing", async () => {
    await openNarrative();
    expect(within(preview()).getByRole("heading", { name: "一、收入支出决算总体情况说明" })).toBeInTheDocument();
    expect(within(preview()).getAllByText(/^【待填写：上年决算数/).length).toBeGreaterThan(0);
    expect(screen.getByText(/^待填写 \d+ 处；需说明原因 0 处/)).toBeInTheDocument();
    // 仅缺失 is the filter while something is missing.
    expect(screen.getByRole("radio", { name: "仅缺失" })).toBeChecked();
    expect(within(item("本年收入合计")).getAllByText("待填写").length).toBeGreaterThan(0);
  });

  it("a typed 上年决算数 regenerates the text and is kept in the workbook", async () => {
    const { gateway } = await openNarrative();
    await typeInto(within(item("收入总计")).getByLabelText("上年决算数"), "1,006.19");
    await waitFor(() => expect(preview().textContent).toContain("均增加43.03万元，增长4.28%"));
    expect(gateway.savedState.narrative?.edits).toEqual({ "prior:01.income.grandTotal": "1,006.19" });
  });

  it("text that is not an amount is shown as an error and not used", async () => {
    await openNarrative();
    await typeInto(within(item("收入总计")).getByLabelText("上年决算数"), "一千");
    expect(await within(item("收入总计")).findByText(/无法识别为金额/)).toBeInTheDocument();
  });

  it("a change of ≥ 10 % asks for its reason (仅需原因), and the reason goes into the text", async () => {
    await openNarrative();
    await typeInto(within(item("收入总计")).getByLabelText("上年决算数"), "900");
    await userEvent.setup().click(screen.getByRole("radio", { name: "仅需原因" }));
    const total = await screen.findByRole("listitem", { name: "收入总计" });
    expect(within(total).getByText("需说明原因")).toBeInTheDocument();
    expect(within(total).getByText(/总计比上年增长16\.58%（≥10%），需说明主要原因/)).toBeInTheDocument();
    await typeInto(within(total).getByLabelText(/比上年变动主要原因/), "年中追加了医疗保障服务联络员补助");
    await waitFor(() => expect(preview().textContent).toContain("年中追加了医疗保障服务联络员补助"));
    expect(screen.getByText(/需说明原因 \d+ 处，尚未填写 \d+ 处/)).toBeInTheDocument();
  });

  it("a number of the preview opens its provenance and 定位 selects the cell", async () => {
    const { gateway, user } = await openNarrative();
    const first = within(preview()).getAllByRole("button", { name: "1,049.22" })[0];
    await user.click(first);
    const note = screen.getByRole("note", { name: "数字来源" });
    expect(note.textContent).toContain("表中金额 · 收入总计");
    expect(note.textContent).toMatch(/来源：公开01表!C\d+/);
    await user.click(within(note).getByRole("button", { name: "定位" }));
    expect(gateway.calls.navigate).toHaveBeenLastCalledWith({
      sheet: "公开01表",
      address: expect.stringMatching(/^C\d+$/),
    });
  });

  it("last year's workbook fills the 上年决算数 (the same tables: every line 持平)", async () => {
    const readPrior = jest.fn(async (file: File) => ({ name: file.name, snapshot: fixtureSnapshot(SEED) }));
    await openNarrative({ readPrior });
    const input = screen.getByLabelText("选择上年决算工作簿…") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "2023年决算.xlsx")] } });
    });
    expect(readPrior).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/已读取“2023年决算\.xlsx”：\d+ 个项目取得上年决算数/)).toBeInTheDocument();
    await waitFor(() => expect(preview().textContent).toContain("持平"));
    expect(within(preview()).queryAllByText(/^【待填写：上年决算数/)).toHaveLength(0);
  });

  it("a picked file that cannot be read: the Chinese message, the text stays", async () => {
    const readPrior = jest.fn(async () => {
      throw new Error("“坏.xlsx”不是有效的 xlsx 文件");
    });
    await openNarrative({ readPrior });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("选择上年决算工作簿…"), {
        target: { files: [new File(["x"], "坏.xlsx")] },
      });
    });
    expect(await screen.findByText(/无法读取上年决算工作簿：“坏\.xlsx”不是有效的 xlsx 文件/)).toBeInTheDocument();
    expect(preview()).toBeInTheDocument();
  });

  it("插入到工作表 writes our 情况说明 sheet through the gateway", async () => {
    const { gateway, user } = await openNarrative();
    await user.click(screen.getByRole("button", { name: "插入到工作表" }));
    expect(
      await screen.findByText(/^已写入“情况说明”工作表：\d+ 行文字，6 个图表；其中仍有 \d+ 处【待填写】/),
    ).toBeInTheDocument();
    expect(gateway.narrative?.rows[0]).toEqual({ text: "部门决算情况说明（预决算校验助手生成）", kind: "title" });
    expect(gateway.narrative?.rows.map((r) => r.text)).toContain("一、收入支出决算总体情况说明");
    expect(gateway.narrative?.blocks).toHaveLength(6);
  });

  it("生成补充数据表 adds the pre-filled sheet once, then the tab reads it", async () => {
    const { gateway, user } = await openNarrative();
    await user.click(screen.getByRole("button", { name: "生成补充数据表" }));
    expect(await screen.findByText("已新建“补充数据”工作表。填写后点击“重新读取”。")).toBeInTheDocument();
    expect(gateway.supplementRows?.[2]?.[0]).toBe("键");
    await waitFor(() => expect(screen.queryByRole("button", { name: "生成补充数据表" })).not.toBeInTheDocument());
    expect(screen.getByText("工作簿中已有“补充数据”工作表，其中填写的数据已读取。")).toBeInTheDocument();
  });
});

describe("插入到工作表 refused", () => {
  it("a table that contradicts itself makes the text fail the checker: refused with the sentences, nothing written", async () => {
    // 公开05表!C7 (the 合计 of 一般公共预算财政拨款支出) raised by 50.00: the text's 类 shares no longer add up.
    const base = fixtureSnapshot(SEED);
    const snapshot = {
      ...base,
      sheets: base.sheets.map((s) =>
        s.name !== "公开05表"
          ? s
          : { ...s, values: s.values.map((row, r) => (r === 6 ? row.map((v, c) => (c === 2 ? 1099.22 : v)) : row)) },
      ),
    };
    const { gateway, user } = await openNarrative({ gateway: new TestGateway({ snapshot }) });
    await user.click(screen.getByRole("button", { name: "插入到工作表" }));
    expect(await screen.findByText("生成的文字未通过校验，未插入")).toBeInTheDocument();
    expect(screen.getByText(/以下语句与公开表不一致/)).toBeInTheDocument();
    expect(gateway.narrative).toBeNull();
  });
});

describe("核对已有的情况说明 (pasted)", () => {
  it("checks the published 情况说明 of seed002 and lists what the checker finds, each locating its cell", async () => {
    const seed = "seed002-zengdu-2023-final";
    const text = fs.readFileSync(path.join(FIXTURES, `${seed}-narrative.txt`), "utf8");
    const expected = checkNarrative(text, recognize(fixtureSnapshot(seed)));
    expect(expected.findings.some((f) => f.severity === "error")).toBe(true);
    const { gateway, user } = await openNarrative({ gateway: new TestGateway({ snapshot: seed }) });
    const region = screen.getByRole("region", { name: "核对已有的情况说明" });
    fireEvent.change(within(region).getByLabelText("情况说明文字"), { target: { value: text } });
    await user.click(within(region).getByRole("button", { name: "核对" }));
    expect(
      await within(region).findByText(
        `含数字的语句 ${expected.sentencesWithFigures} 句，已核对 ${expected.evaluated} 句；发现问题 ${expected.findings.length} 项。`,
      ),
    ).toBeInTheDocument();
    const first = expected.findings.find((f) => f.severity === "error" && f.cells.length > 0)!;
    const item = within(region)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes(first.message))!;
    expect(item).toBeDefined();
    await user.click(within(item).getByRole("button", { name: "定位" }));
    expect(gateway.calls.navigate).toHaveBeenCalled();
  });
});

describe("the workbook's own 情况说明 sheet", () => {
  it("is checked with the tables on 开始校验, its findings listed under 问题 at the table cells they name", async () => {
    const seed = "seed002-zengdu-2023-final";
    const base = fixtureSnapshot(seed);
    const lines = fs
      .readFileSync(path.join(FIXTURES, `${seed}-narrative.txt`), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== "");
    const sheet = {
      name: "情况说明",
      values: lines.map((l) => [l]),
      rowCount: lines.length,
      colCount: 1,
      numberFormats: {},
      merges: [],
      protected: false,
      hidden: false,
    };
    const snapshot = { ...base, sheets: [...base.sheets, sheet] };
    const expected = checkNarrative(lines.join("\n"), recognize(base)).findings.filter(
      (f) => f.table !== undefined && f.cells.length > 0,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { gateway } = renderWithProviders({ gateway: new TestGateway({ snapshot }) });
    await userEvent.setup().click(screen.getByRole("button", { name: "开始校验" }));
    const located = await screen.findAllByRole("button", { name: /^定位到 .*情况说明“/ }, { timeout: 20_000 });
    expect(located).toHaveLength(expected.length);
    expect(
      gateway.calls.applyPlan.mock.calls[0][0].findings.filter((f) => f.message.startsWith("情况说明“")),
    ).toHaveLength(expected.length);
  });
});

describe("比率 tab", () => {
  it("shows the charts and the figures, each figure locating its cells", async () => {
    const { gateway, user } = await openNarrative();
    await user.click(screen.getByRole("tab", { name: "比率" }));
    const charts = await screen.findByRole("region", { name: "图表" }, { timeout: 20_000 });
    expect(within(charts).getByRole("img", { name: "收入结构图" })).toBeInTheDocument();
    expect(within(charts).getAllByRole("img")).toHaveLength(6);
    const figures = screen.getByRole("region", { name: "比率与增减" });
    const row = within(figures)
      .getAllByRole("row")
      .find((r) => /基本支出/.test(r.textContent ?? "") && /84\.66%/.test(r.textContent ?? ""));
    expect(row).toBeDefined();
    await user.click(within(row!).getByRole("button"));
    expect(gateway.calls.navigate).toHaveBeenCalled();
  });
});
