/** A plain browser (office.js reports no host): 演示模式 on the built-in sample workbook, checked in the pane. */
import { expect, test } from "@playwright/test";
import { openPane } from "./support/host";
import { shot } from "./support/shots";
import { demoSpec, expectedRun } from "./support/workbook";

test("演示模式: the built-in sample is checked and a finding click shows the selected cell", async ({ page }) => {
  const expected = expectedRun(demoSpec());
  const host = await openPane(page, { kind: "plain" });
  await expect(page.getByText("演示模式", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "开始校验" }).click();
  const summary = page.getByRole("region", { name: "校验摘要" });
  await expect(summary.getByLabel(`错误 ${expected.counts.error}`, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByLabel(`警告 ${expected.counts.warning}`, { exact: true })).toBeVisible();
  await expect(summary.getByLabel(`提示 ${expected.counts.info}`, { exact: true })).toBeVisible();
  await expect(summary.getByLabel(`识别出的表 ${expected.tables}`, { exact: true })).toBeVisible();

  const f = expected.findings[0];
  await page.getByRole("button", { name: `定位到 ${f.cells[0]}：${f.message}`, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `示例工作簿中选中的单元格：${f.cells[0]}` })).toBeVisible();
  await shot(page, "demo-results");
  expect(host.errors).toEqual([]);
  expect(host.blocked).toEqual([]);
});
