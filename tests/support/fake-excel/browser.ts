/**
 * Browser entry of the FakeExcel, for the e2e tests' fake office.js: bundle this file (it uses no Node API) and serve
 * it in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. Set `window.__fakeExcelSeed = { spec,
 * extras }` before it loads (a fixture spec from tests/fixtures/*.json), or call `window.__bootFakeOffice(spec)`. The
 * workbook is exposed as `window.__fakeExcel` (selection, fills, notes, settings, syncCount, log).
 */
import { FakeWorkbook, installFakeExcel, type SeedExtras, type SpecSheet } from "./index";

interface FakeWindow {
  __fakeExcel?: FakeWorkbook;
  __fakeExcelSeed?: { spec: { sheets: SpecSheet[] }; extras?: SeedExtras; apiVersion?: string };
  __bootFakeOffice?: typeof bootFakeOffice;
}

export function bootFakeOffice(
  spec: { sheets: SpecSheet[] },
  extras: SeedExtras = {},
  apiVersion = "1.18",
  win: FakeWindow = globalThis as unknown as FakeWindow,
): FakeWorkbook {
  const fake = FakeWorkbook.fromSpec(spec, extras);
  fake.apiVersion = apiVersion;
  installFakeExcel(fake, win);
  win.__fakeExcel = fake;
  return fake;
}

const w = globalThis as unknown as FakeWindow;
w.__bootFakeOffice = bootFakeOffice;
if (w.__fakeExcelSeed) bootFakeOffice(w.__fakeExcelSeed.spec, w.__fakeExcelSeed.extras, w.__fakeExcelSeed.apiVersion);
