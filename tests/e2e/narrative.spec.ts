/**
 * The 情况说明 tab in real Chromium against the FakeExcel (the pane's real OfficeGateway): seed001 checked, last year's
 * workbook picked through the file input and read in the browser by ExcelJS (its 收入总计 1,006.19 as the published
 * text implies), a reason typed, 插入到工作表 → our 情况说明 sheet holds the title and the text with the computed
 * 增长4.28% and the reason, six native charts over their data blocks; no user cell changed.
 */
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import * as path from "path";
import { fakeView, onSheets, resetCounters, runsOf } from "./support/fake";
import { openPane } from "./support/host";
import { FIXTURES } from "./support/paths";
import { shot } from "./support/shots";
import { fixtureSpec } from "./support/workbook";

const SEED = "seed001-danfeng-2024-final";
const REASON = "年中追加了村级医疗保障服务联络员工资补贴补助资金";

/** Last year's workbook: this year's file with 收入总计 (公开01表!C36) at 1,006.19. */
async function priorWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, `${SEED}.xlsx`));
  const cell = wb.getWorksheet("公开01表")!.getCell("C36");
  cell.value = 1006.19;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const width of [360, 320]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 640 } });

    test("情况说明: last year's workbook, a reason, 插入到工作表 writes our sheet with its charts", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const spec = fixtureSpec(SEED);
      const host = await openPane(page, { kind: "excel", spec });
      const before = await fakeView(page);

      await page.getByRole("button", { name: "开始校验" }).click();
      await page.getByRole("tab", { name: "情况说明" }).click({ timeout: 30_000 });
      const preview = page.getByRole("document", { name: "预览" });
      await expect(preview).toBeVisible({ timeout: 30_000 });
      await expect(preview).toContainText("【待填写：上年决算数");

      // Last year's workbook, read in the browser.
      await page.getByLabel("选择上年决算工作簿…").setInputFiles({
        name: "2023年度决算.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await priorWorkbook(),
      });
      await expect(page.getByText(/已读取“2023年度决算\.xlsx”：\d+ 个项目取得上年决算数/)).toBeVisible({
        timeout: 30_000,
      });
      await expect(preview).toContainText("均增加43.03万元，增长4.28%");

      // The reason of the 总计 change, typed in the pane (全部 shows the optional reasons too).
      await page.getByRole("radio", { name: "全部" }).check();
      const item = page.getByRole("listitem", { name: "收入总计" });
      await item.getByLabel("比上年变动主要原因").fill(REASON);
      await item.getByLabel("比上年变动主要原因").blur();
      await expect(preview).toContainText(REASON);
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
      }));
      expect(scroll, "the 情况说明 tab is wider than the pane").toBeLessThanOrEqual(width);
      await shot(page, "pane-narrative");

      await resetCounters(page);
      await page.getByRole("button", { name: "插入到工作表" }).click();
      await expect(page.getByText(/^已写入“情况说明”工作表：\d+ 行文字，6 个图表/)).toBeVisible({ timeout: 30_000 });

      const after = await fakeView(page);
      // The insertion is one Excel.run of one sync (text, data blocks and the six charts together).
      expect(
        runsOf(after.log).map((r) => r.syncs),
        "syncs of the insertion",
      ).toEqual([1]);
      expect(after.sheets).toContain("情况说明");
      expect((after.cells["情况说明!A1"] as { value: unknown }).value).toBe("部门决算情况说明（预决算校验助手生成）");
      const text = Object.entries(after.cells)
        .filter(([k]) => /^情况说明!A\d+$/.test(k))
        .map(([, c]) => String((c as { value: unknown }).value));
      expect(text).toContain("一、收入支出决算总体情况说明");
      expect(text.some((t) => t.includes("增长4.28%") && t.includes(REASON))).toBe(true);
      const charts = after.charts["情况说明"] ?? [];
      expect(charts.map((c) => c.type)).toEqual([
        "ColumnClustered",
        "Pie",
        "Pie",
        "ColumnClustered",
        "ColumnClustered",
        "Pie",
      ]);
      expect(charts[1].title).toBe("收入结构图");
      // Nothing of the user's changed (our 校验结果 and 情况说明 are ours).
      expect(onSheets(after.cells, before.sheets), "values and formulas of the user's sheets").toEqual(before.cells);
      expect(after.unloadedReads).toEqual([]);
      expect(host.blocked, "no request left the machine").toEqual([]);
      expect(host.errors).toEqual([]);
      await shot(page, "pane-narrative-inserted");

      // 比率: the same six charts as light SVG images, and the figures.
      await page.getByRole("tab", { name: "比率" }).click();
      const chartsRegion = page.getByRole("region", { name: "图表" });
      await expect(chartsRegion.getByRole("img")).toHaveCount(6);
      await expect(page.getByRole("region", { name: "比率与增减" })).toContainText("84.66%");
      await shot(page, "pane-ratios");
    });
  });
}
