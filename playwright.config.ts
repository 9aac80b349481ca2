/**
 * End-to-end tests of the task pane in real Chromium (addin-conventions §9). No dev server, no certificates and no
 * downloaded browsers: each test routes https://localhost:3000/** to the dist/ build (`npm run build:dev`) and
 * https://appsforoffice.microsoft.com/** to a fake office.js (tests/e2e/support/host.ts). Debian's chromium is used
 * (`apt-get install chromium fonts-wqy-zenhei`); never run `npx playwright install`.
 *
 * In CI, `.ci/run` adds the JSON reporter (`--reporter=list,json`, PLAYWRIGHT_JSON_OUTPUT_NAME) to sum the counts.
 */
import { defineConfig } from "@playwright/test";

const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  // Artifacts (traces, failure screenshots) are cleaned before each run; the review screenshots go to
  // test-results/screenshots/ (tests/e2e/support/shots.ts).
  outputDir: "test-results/artifacts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    viewport: { width: 360, height: 640 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      // A fresh temporary profile per launch (Playwright's default for launch()); no network side-channels.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
