/**
 * Runs once before the e2e tests: checks Debian's chromium and the dist/ build (`npm run test:e2e` builds it first),
 * then bundles the fake office.js (tests/e2e/fake-office.ts → FAKE_OFFICE_JS) with webpack.
 */
import * as fs from "fs";
import * as path from "path";
import webpack from "webpack";
import { FAKE_OFFICE_JS, ROOT } from "./paths";

function bundleFakeOffice(): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(ROOT, "tests/e2e/fake-office.ts"),
    output: { path: path.dirname(FAKE_OFFICE_JS), filename: path.basename(FAKE_OFFICE_JS), iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.json"),
              transpileOnly: true, // `npm run lint` type-checks tests/ already
              compilerOptions: { noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`e2e: bundling the fake office.js failed:\n${stats?.toString("errors-only")}`));
      }
      resolve();
    });
  });
}

export default async function globalSetup(): Promise<void> {
  const chromium = process.env.E2E_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `e2e: ${chromium} is missing (apt-get install -y chromium fonts-wqy-zenhei); never npx playwright install`,
    );
  }
  for (const f of ["taskpane.html", "taskpane.js"]) {
    if (!fs.existsSync(path.join(ROOT, "dist", f))) {
      throw new Error(`e2e: dist/${f} is missing; run \`npm run build:dev\` first (npm run test:e2e does)`);
    }
  }
  await bundleFakeOffice();
}
