/** The pane page loads from dist/ and renders its title; with office.js reporting no host it is in 演示模式. */
import { expect, test } from "@playwright/test";
import { openPane } from "./support/host";
import { shot } from "./support/shots";

test("the task pane loads and shows its title and the 演示模式 banner", async ({ page }) => {
  const host = await openPane(page);
  await expect(page).toHaveTitle("预决算校验助手");
  await expect(page.getByRole("heading", { name: "预决算校验助手", level: 1 })).toBeVisible();
  await expect(page.getByText("演示模式", { exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await shot(page, "smoke");
  expect(host.errors).toEqual([]);
  expect(host.blocked).toEqual([]);
});
