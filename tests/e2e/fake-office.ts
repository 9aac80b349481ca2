/**
 * The e2e tests' office.js: the in-memory FakeExcel (tests/support/fake-excel) as a browser script, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. tests/e2e/support/global-setup.ts bundles this file with
 * webpack; tests/e2e/support/host.ts prepends `window.__fakeExcelSeed = { spec, extras, apiVersion }` (a fixture of
 * tests/fixtures/*.json), so the workbook exists before the pane's Office.onReady runs. The workbook is then
 * `window.__fakeExcel` (selection, fills(), log, syncCount, settings) for the tests to inspect.
 */
import "../support/fake-excel/browser";
