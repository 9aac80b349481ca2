import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
/** The bundled fake office.js (built by global-setup.ts; under node_modules/ so it is never committed). */
export const FAKE_OFFICE_JS = path.join(ROOT, "node_modules/.cache/ftc-e2e/fake-office.js");
export const FIXTURES = path.join(ROOT, "tests/fixtures");
