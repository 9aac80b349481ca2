/** Review screenshots: test-results/screenshots/<name>-<width>.png (looked at by a person, never compared). */
import * as path from "path";
import type { Page } from "@playwright/test";
import { ROOT } from "./host";

export const SHOTS = path.join(ROOT, "test-results", "screenshots");

export async function shot(page: Page, name: string): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SHOTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
