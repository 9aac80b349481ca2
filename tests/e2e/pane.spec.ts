/**
 * The task pane in real Chromium against the FakeExcel (the pane's real OfficeGateway, office.js replaced by the fake):
 * seed001 (丹凤县医疗保障局 2024 决算) with one amount changed so the check has errors, and user fills of their own.
 * 开始校验 → the summary shows the engine's counts and the cells are marked; a click on a finding selects its cell, a
 * second click its evidence; 清除标记 restores every fill (user fills included); values and formulas never change.
 */
import { expect, test, type Page } from "@playwright/test";
import { fakeView, onSheets, resetCounters, runsOf, selectionCovers } from "./support/fake";
import { openPane, type FakeExtras } from "./support/host";
import { shot } from "./support/shots";
import { expectedRun, fixtureSpec, type CellEdit } from "./support/workbook";

const SEED = "seed001-danfeng-2024-final";
/** 2080705 公益性岗位补贴 本年支出合计 1.40 → 1.90: breaks 20807 = Σ项 and the row's 合计 = 基本 + 项目. */
const EDIT: CellEdit = { sheet: "公开03表", cell: "C13", value: "1. 90" };
/** Fills of the user's own: one on a cell the check marks, others elsewhere. */
const USER_FILLS: FakeExtras["fills"] = {
  公开03表: { C13: "#DDEBF7", A1: "#E2EFDA" },
  公开01表: { A1: "#FFF2CC" },
};

function ref(cell: string): { sheet: string; address: string } {
  const i = cell.lastIndexOf("!");
  return { sheet: cell.slice(0, i), address: cell.slice(i + 1) };
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, "the pane scrolls sideways (something is wider than the pane)").toBeLessThanOrEqual(width);
}

for (const width of [360, 320]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 640 } });

    test("seed001: 开始校验 shows the counts, a finding selects its cell, 清除标记 restores the fills", async ({
      page,
    }) => {
      const spec = fixtureSpec(SEED, [EDIT]);
      const expected = expectedRun(spec);
      expect(expected.counts.error, "the edited workbook has errors").toBeGreaterThan(0);

      const host = await openPane(page, { kind: "excel", spec, extras: { fills: USER_FILLS } });
      await expect(page.getByText("尚未校验", { exact: true })).toBeVisible();
      await expect(page.getByText("已连接 Excel 工作簿")).toBeVisible();
      await expect(page.getByText("演示模式", { exact: true })).toHaveCount(0);
      await shot(page, "pane-empty");
      const before = await fakeView(page);
      expect(before.fills).toEqual({ "公开03表!C13": "#DDEBF7", "公开03表!A1": "#E2EFDA", "公开01表!A1": "#FFF2CC" });

      // 开始校验: read, check, write.
      await resetCounters(page);
      await page.getByRole("button", { name: "开始校验" }).click();
      const summary = page.getByRole("region", { name: "校验摘要" });
      await expect(summary.getByLabel(`错误 ${expected.counts.error}`, { exact: true })).toBeVisible({
        timeout: 20_000,
      });
      await expect(summary.getByLabel(`警告 ${expected.counts.warning}`, { exact: true })).toBeVisible();
      await expect(summary.getByLabel(`提示 ${expected.counts.info}`, { exact: true })).toBeVisible();
      await expect(summary.getByLabel(`识别出的表 ${expected.tables}`, { exact: true })).toBeVisible();
      await expect(summary.getByText(`已标记 ${expected.marks.length} 个单元格`)).toBeVisible();
      await noHorizontalOverflow(page);
      await shot(page, "pane-results");

      const marked = await fakeView(page);
      // One read batch of at most 2 syncs, then one write batch (delayForCellEdit) of exactly 1 sync.
      const runs = runsOf(marked.log);
      expect(runs.length, runs.map((r) => r.run).join(" ")).toBeGreaterThanOrEqual(2);
      expect(runs[0].syncs, "syncs of the read").toBeLessThanOrEqual(2);
      const writes = runs.filter((r) => r.run.includes("delayForCellEdit"));
      expect(
        writes.map((r) => r.syncs),
        "syncs of the write",
      ).toEqual([1]);
      expect(marked.sheets).toContain("校验结果");
      for (const m of expected.marks) {
        expect(marked.fills[`${m.sheet}!${m.address}`], `fill of ${m.sheet}!${m.address}`).toBe(`#${m.fill}`);
      }
      const markedCells = new Set(expected.marks.map((m) => `${m.sheet}!${m.address}`));
      for (const [cell, fill] of Object.entries(before.fills)) {
        if (!markedCells.has(cell)) expect(marked.fills[cell], `unmarked ${cell} keeps its fill`).toBe(fill);
      }
      expect(onSheets(marked.cells, before.sheets), "values and formulas after the check").toEqual(before.cells);
      expect(marked.maxAddressLength).toBeLessThanOrEqual(8000);

      // Filters: only the errors are listed when 警告 and 提示 are unchecked.
      const panel = page.getByRole("tabpanel", { name: "问题" });
      const locateButtons = panel.getByRole("button", { name: /^定位到 / });
      await expect(locateButtons).toHaveCount(expected.findings.length);
      await page.getByRole("checkbox", { name: `警告（${expected.counts.warning} 项）` }).uncheck();
      await page.getByRole("checkbox", { name: `提示（${expected.counts.info} 项）` }).uncheck();
      await expect(locateButtons).toHaveCount(expected.counts.error);
      await shot(page, "pane-errors");

      // A click on a finding selects its cell; a second click its evidence cells.
      const finding = expected.findings.find(
        (f) => f.severity === "error" && f.cells[0] === `${EDIT.sheet}!${EDIT.cell}`,
      );
      expect(finding, `an error at ${EDIT.sheet}!${EDIT.cell}`).toBeDefined();
      const button = page.getByRole("button", {
        name: `定位到 ${finding!.cells[0]}：${finding!.message}`,
        exact: true,
      });
      await button.click();
      await expect.poll(async () => (await fakeView(page)).selection).toEqual(ref(finding!.cells[0]));
      expect((await fakeView(page)).activeSheet).toBe(EDIT.sheet);
      const evidence = finding!.cells
        .slice(1)
        .map(ref)
        .filter((r) => r.sheet === EDIT.sheet);
      if (evidence.length > 0) {
        await button.click();
        await expect
          .poll(async () => {
            const sel = (await fakeView(page)).selection;
            return (
              sel !== null && sel.sheet === EDIT.sheet && evidence.every((e) => selectionCovers(sel.address, e.address))
            );
          })
          .toBe(true);
      }
      await shot(page, "pane-located");

      // 清除标记: the exact original fills, user fills included; no value or formula changed.
      await page.getByRole("button", { name: "清除标记" }).click();
      await expect(page.getByText(/^已清除标记，恢复了 \d+ 个单元格的原有填充色。$/)).toBeVisible();
      const cleared = await fakeView(page);
      expect(onSheets(cleared.fills, before.sheets), "fills after 清除标记").toEqual(before.fills);
      expect(onSheets(cleared.cells, before.sheets), "values and formulas after 清除标记").toEqual(before.cells);
      expect(cleared.unloadedReads, "properties read before load + sync").toEqual([]);
      await shot(page, "pane-cleared");

      expect(host.errors).toEqual([]);
      expect(host.blocked).toEqual([]);
    });
  });
}

test("a protected sheet is reported and its findings listed; re-running does not stack; 忽略 / 恢复 kept in the workbook", async ({
  page,
}) => {
  const spec = fixtureSpec(SEED, [EDIT]);
  const expected = expectedRun(spec);
  const host = await openPane(page, {
    kind: "excel",
    spec,
    extras: { fills: USER_FILLS, protected: [EDIT.sheet] },
  });
  const before = await fakeView(page);
  const start = page.getByRole("button", { name: "开始校验" });
  const summary = page.getByRole("region", { name: "校验摘要" });

  await start.click();
  await expect(summary.getByLabel(`错误 ${expected.counts.error}`, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("部分工作表受保护，未标记", { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`以下工作表受保护.*${EDIT.sheet}`))).toBeVisible();
  const finding = expected.findings.find((f) => f.cells[0] === `${EDIT.sheet}!${EDIT.cell}`)!;
  await expect(
    page.getByRole("button", { name: `定位到 ${finding.cells[0]}：${finding.message}`, exact: true }),
  ).toBeVisible();
  const first = await fakeView(page);
  expect(onSheets(first.fills, [EDIT.sheet]), "the protected sheet is not marked").toEqual(
    onSheets(before.fills, [EDIT.sheet]),
  );
  await shot(page, "pane-protected");

  await start.click();
  await expect(summary.getByLabel(`错误 ${expected.counts.error}`, { exact: true })).toBeVisible({ timeout: 20_000 });
  const second = await fakeView(page);
  expect(second.fills, "a second run leaves the same fills").toEqual(first.fills);
  expect(second.sheets.filter((s) => s.startsWith("校验结果"))).toEqual(["校验结果"]);
  expect(onSheets(second.cells, before.sheets)).toEqual(before.cells);

  // 忽略: the finding moves under 已忽略, the key is kept in the workbook, a re-run keeps it ignored; 恢复 brings it back.
  const key = `${finding.ruleId}|${finding.cells[0]}|${finding.messageId}`;
  await page.getByRole("button", { name: `忽略此问题：${finding.message}`, exact: true }).click();
  const left = expected.counts[finding.severity] - 1;
  const label = { error: "错误", warning: "警告", info: "提示" }[finding.severity];
  await expect(summary.getByLabel(`${label} ${left}`, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "已忽略（1）" })).toBeVisible();
  await expect.poll(async () => Object.values((await fakeView(page)).settings).some((v) => v.includes(key))).toBe(true);
  await start.click();
  await expect(page.getByRole("region", { name: "已忽略（1）" })).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByLabel(`${label} ${left}`, { exact: true })).toBeVisible();
  await page.getByRole("region", { name: "已忽略（1）" }).getByRole("button", { name: "已忽略（1）" }).click();
  await page.getByRole("button", { name: `恢复此问题：${finding.message}`, exact: true }).click();
  await expect(summary.getByLabel(`${label} ${left + 1}`, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: /^已忽略/ })).toHaveCount(0);

  await page.getByRole("button", { name: "清除标记" }).click();
  await expect(page.getByText(/^已清除标记/)).toBeVisible();
  const cleared = await fakeView(page);
  expect(onSheets(cleared.fills, before.sheets)).toEqual(before.fills);
  expect(cleared.unloadedReads).toEqual([]);
  expect(host.errors).toEqual([]);
});

test("a workbook without any standard table: the pane says so and points to 已识别的表", async ({ page }) => {
  const spec = {
    sheets: [
      {
        name: "Sheet1",
        rows: [["会议纪要"], ["时间", "2024年3月1日"], ["内容", "讨论年度工作安排"]],
      },
    ],
  };
  const host = await openPane(page, { kind: "excel", spec });
  const before = await fakeView(page);
  await page.getByRole("button", { name: "开始校验" }).click();
  await expect(page.getByText("没有识别出决算公开表", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByRole("region", { name: "校验摘要" }).getByLabel("识别出的表 0", { exact: true }),
  ).toBeVisible();
  await page.getByRole("tab", { name: "已识别的表" }).click();
  await expect(page.getByText("没有识别出标准决算公开表。", { exact: true })).toBeVisible();
  await shot(page, "pane-no-tables");
  const after = await fakeView(page);
  expect(onSheets(after.cells, before.sheets)).toEqual(before.cells);
  expect(onSheets(after.fills, before.sheets)).toEqual({});
  expect(host.errors).toEqual([]);
});
