import * as fs from "fs";
import * as path from "path";
import { FIXTURES, SHARED_FIXTURES } from "../support/fixtures";

// The suite reads its own copy (tests/fixtures). Where shared/ is present, the copy must be the same bytes.
const shared = fs.existsSync(SHARED_FIXTURES) ? fs.readdirSync(SHARED_FIXTURES).filter((f) => /^seed\d+-/.test(f)) : [];

describe("tests/fixtures is an exact copy of shared/fixtures", () => {
  test("the copy holds the five seed workbooks with their spec, truth and narrative", () => {
    const own = fs.readdirSync(FIXTURES).filter((f) => /^seed\d+-/.test(f));
    expect(own.filter((f) => f.endsWith(".xlsx"))).toHaveLength(5);
    expect(own.filter((f) => f.endsWith("-truth.json"))).toHaveLength(5);
    expect(own.filter((f) => f.endsWith("-narrative.txt"))).toHaveLength(5);
    if (shared.length) expect(own.sort()).toEqual([...shared].sort());
  });

  test.each(shared.length ? shared : ["(shared/ absent: nothing to compare)"])("%s", (f) => {
    if (!shared.length) return;
    expect(fs.readFileSync(path.join(FIXTURES, f)).equals(fs.readFileSync(path.join(SHARED_FIXTURES, f)))).toBe(true);
  });
});
