/**
 * The result views, loaded as one chunk after the first run (React.lazy in App): the findings, coverage and tables
 * views, and the 情况说明 / 比率 tabs. Keeping them out of taskpane.js holds the initial bundle within its budget
 * (addin-conventions §10) — the shell (toolbar, progress, status, summary) shows at once, the views after the engine.
 */
export { FindingsView } from "./components/FindingsView";
export { CoverageView } from "./components/CoverageView";
export { TablesView } from "./components/TablesView";
export { NarrativeTab, RatiosTab } from "./narrative/tabs";
