/** Checks the prerequisites once: Debian's chromium and a build in dist/ (`npm run test:e2e` builds it first). */
import * as fs from "fs";
import * as path from "path";

export default function globalSetup(): void {
  const chromium = process.env.E2E_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `e2e: ${chromium} is missing (apt-get install -y chromium fonts-wqy-zenhei); never npx playwright install`,
    );
  }
  const root = path.resolve(__dirname, "../../..");
  for (const f of ["taskpane.html", "taskpane.js"]) {
    if (!fs.existsSync(path.join(root, "dist", f))) {
      throw new Error(`e2e: dist/${f} is missing; run \`npm run build:dev\` first (npm run test:e2e does)`);
    }
  }
}
