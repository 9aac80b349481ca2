import * as fs from "fs";
import * as path from "path";
import { ruleList } from "../../src/engine/rules";

const index = fs.readFileSync(path.resolve(__dirname, "../../docs/rules/README.md"), "utf8");

describe("docs/rules/README.md lists every registered rule", () => {
  test.each(ruleList.map((r) => [r.meta.id, r] as const))("%s", (id, r) => {
    const line = index.split("\n").find((l) => l.startsWith(`| [\`${id}\`](${id}.md) |`));
    expect(line).toBeDefined();
    expect(line).toContain(`| ${r.meta.category} |`);
  });

  test("and nothing else", () => {
    const listed = [...index.matchAll(/^\| \[`([a-z0-9-]+)`\]/gm)].map((m) => m[1]);
    expect(listed).toEqual(ruleList.map((r) => r.meta.id));
  });
});
