/** Review screenshots: test-results/screenshots/<name>-<width>.png (looked at by a person, never compared). */
import * as path from "path";
import type { Page } from "@playwright/test";
import { ROOT } from "./paths";

export const SHOTS = path.join(ROOT, "test-results", "screenshots");

/** What the pane shows (the viewport, at its current scroll position); `fullPage` for the whole scrolled content. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SHOTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
