#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm run build:cli` (tsconfig.cli.json) into dist-cli/.
const path = require("path");
let main;
try {
  ({ main } = require(path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js")));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("fiscal-check：尚未编译命令行程序，请先运行 npm run build:cli\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => process.exit(code));
