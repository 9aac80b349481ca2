/** Node-side helpers: a FakeWorkbook from tests/fixtures/<name>.json (the browser build gets the spec inlined). */
import * as fs from "fs";
import * as path from "path";
import { FakeWorkbook, type SeedExtras, type SpecSheet } from "./index";

export const FIXTURE_DIR = path.resolve(__dirname, "../../fixtures");

export function fixtureSpec(name: string): { sheets: SpecSheet[] } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.json`), "utf8")) as { sheets: SpecSheet[] };
}

export function fakeFromFixture(name: string, extras: SeedExtras = {}): FakeWorkbook {
  return FakeWorkbook.fromSpec(fixtureSpec(name), extras);
}
