import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { fill, ruleTitle, t, zhCN } from "../../src/i18n/zh-CN";

const ROOT = join(__dirname, "..", "..");
const HAN = /\p{Script=Han}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Drops block and line comments (good enough for our sources: no "//" inside string literals that matter here). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("zh-CN strings", () => {
  it("fills {{placeholders}} and leaves unknown ones", () => {
    expect(fill("共 {{count}} 处问题，{{ sheet }} 表", { count: 3, sheet: "公开01表" })).toBe(
      "共 3 处问题，公开01表 表",
    );
    expect(fill("{{missing}} 未替换", { other: "x" })).toBe("{{missing}} 未替换");
    expect(fill("无占位符")).toBe("无占位符");
  });

  it("looks messages up by id", () => {
    expect(t("app.title")).toBe("预决算校验助手");
    expect(t("demo.title", { x: 1 })).toBe(zhCN["demo.title"]);
    expect(ruleTitle("hierarchy-sum")).toBe("科目层级合计");
    expect(ruleTitle("no-such-rule")).toBe("no-such-rule");
  });

  it("has a non-empty Chinese text for every id", () => {
    for (const [id, text] of Object.entries(zhCN)) {
      expect({ id, ok: text.trim().length > 0 && HAN.test(text) }).toEqual({ id, ok: true });
    }
  });

  it("keeps Chinese literals out of the UI code (addin-conventions §8)", () => {
    const offenders = ["src/taskpane", "src/commands"]
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((file) => HAN.test(stripComments(readFileSync(file, "utf8"))))
      .map((file) => file.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });
});
