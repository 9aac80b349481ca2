/**
 * The task pane's host for the e2e tests: every request of the page is answered here, nothing reaches the network.
 * - https://localhost:3000/**          → the files of dist/ (the webpack build, as the manifest's SourceLocation)
 * - https://appsforoffice.microsoft.com/** → a fake office.js: "plain" is what office.js does in a plain browser
 *   (Office.onReady reports host null → 演示模式); "excel" is the FakeExcel (tests/e2e/fake-office.ts) seeded with a
 *   workbook spec (a fixture of tests/fixtures/, see workbook.ts) — the pane then runs its real OfficeGateway against `window.__fakeExcel`
 * - anything else                      → aborted (and recorded in `blocked`)
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "@playwright/test";
import { DIST, FAKE_OFFICE_JS } from "./paths";

export const PANE_URL = "https://localhost:3000/taskpane.html";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "text/xml; charset=utf-8",
};

/** office.js in a plain browser: onReady resolves with host and platform null, there is no Excel. */
const PLAIN_OFFICE_JS = `
window.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  context: { requirements: { isSetSupported: function () { return false; } } },
  onReady: function (cb) {
    var info = { host: null, platform: null };
    if (cb) setTimeout(function () { cb(info); }, 0);
    return Promise.resolve(info);
  },
};
`;

/** Extras of the fake workbook (tests/support/fake-excel SeedExtras): sheet → A1 → "#RRGGBB" fills, protected sheets. */
export interface FakeExtras {
  fills?: Record<string, Record<string, string>>;
  protected?: string[];
  hidden?: string[];
  notes?: Record<string, Record<string, string>>;
}

export type OfficeHost = { kind: "plain" } | { kind: "excel"; spec: unknown; extras?: FakeExtras; apiVersion?: string };

/** The office.js served for `office`: the plain-browser stub, or the seed followed by the FakeExcel bundle. */
export function officeScript(office: OfficeHost): string {
  if (office.kind === "plain") return PLAIN_OFFICE_JS;
  if (!fs.existsSync(FAKE_OFFICE_JS)) throw new Error(`e2e: ${FAKE_OFFICE_JS} is missing (built by global-setup.ts)`);
  const seed = { spec: office.spec, extras: office.extras ?? {}, apiVersion: office.apiVersion ?? "1.18" };
  return `window.__fakeExcelSeed = ${JSON.stringify(seed)};\n${fs.readFileSync(FAKE_OFFICE_JS, "utf8")}`;
}

export interface PaneHost {
  /** URLs that were requested but not served (outside localhost:3000 and the office.js CDN). */
  readonly blocked: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

/** Routes the page as described above and opens the task pane. */
export async function openPane(page: Page, office: OfficeHost = { kind: "plain" }): Promise<PaneHost> {
  const host: PaneHost = { blocked: [], errors: [] };
  page.on("pageerror", (e) => host.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") host.errors.push(`console: ${m.text()}`);
  });

  // Registered first = consulted last (Playwright runs matching routes in reverse order of registration).
  await page.route("**/*", (route) => {
    host.blocked.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  await page.route("https://localhost:3000/**", (route) => {
    const url = new URL(route.request().url());
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(DIST, rel);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return route.fulfill({ status: 404, contentType: "text/plain", body: `not in dist/: ${rel}` });
    }
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      body: fs.readFileSync(file),
    });
  });
  const officeJs = officeScript(office);
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeJs }),
  );

  await page.goto(PANE_URL);
  return host;
}
