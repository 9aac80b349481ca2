/**
 * Local manifest gate (addin-conventions §4): replaces `office-addin-manifest validate`, which needs a remote service.
 * Parses manifest.xml with @xmldom/xmldom and checks the rules the conventions list.
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { DOMParser, onWarningStopParsing, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OV_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const HAN = /\p{Script=Han}/u;

const TOP_LEVEL_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
// Any parser warning or error (malformed XML, unbound prefix …) fails the whole suite.
const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
const root = doc.documentElement as Element;

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function descendants(el: Element, localName?: string, ns?: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of elementChildren(e)) {
      if ((!localName || c.localName === localName) && (!ns || c.namespaceURI === ns)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function child(el: Element, localName: string): Element {
  const found = elementChildren(el).filter((c) => c.localName === localName);
  if (found.length !== 1)
    throw new Error(`<${el.localName}> should have exactly one <${localName}>, has ${found.length}`);
  return found[0];
}

function text(el: Element): string {
  return (el.textContent ?? "").trim();
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI_NS, "type");
}

function allElements(): Element[] {
  return [root, ...descendants(root)];
}

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Maps a dev URL under https://localhost:3000/assets/ to the file in assets/. */
function assetFile(url: string): string {
  const m = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
  if (!m) throw new Error(`icon URL is not a dev asset URL: ${url}`);
  return join(ROOT, m[1]);
}

const versionOverrides = child(root, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const resourceIds = (group: string, item: string) =>
  descendants(child(resources, group), item, BT_NS).map((e) => e.getAttribute("id") ?? "");
const images = new Map(
  descendants(resources, "Image", BT_NS).map((e) => [e.getAttribute("id") ?? "", e.getAttribute("DefaultValue") ?? ""]),
);

describe("manifest.xml", () => {
  it("is a TaskPaneApp in the Office app manifest namespaces", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICE_NS);
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(versionOverrides.namespaceURI).toBe(OV_NS);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
  });

  it("keeps the documented top-level element order", () => {
    expect(elementChildren(root).map((e) => e.localName)).toEqual(TOP_LEVEL_ORDER);
  });

  it("has a GUID id, a four-part version and a provider", () => {
    expect(text(child(root, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(root, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(root, "ProviderName")).length).toBeGreaterThan(0);
  });

  it("defaults to zh-CN with one en-US override on the name and description", () => {
    expect(text(child(root, "DefaultLocale"))).toBe("zh-CN");
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("预决算校验助手");
    for (const name of ["DisplayName", "Description"]) {
      const el = child(root, name);
      expect(el.getAttribute("DefaultValue")).toMatch(HAN);
      const overrides = elementChildren(el).filter((c) => c.localName === "Override");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
      expect(overrides[0].getAttribute("Value")?.length).toBeGreaterThan(0);
    }
  });

  it("targets the Workbook host with ExcelApi 1.9 outside VersionOverrides", () => {
    expect(elementChildren(child(root, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = child(child(root, "Requirements"), "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.1");
    const excelApi = elementChildren(sets).filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].getAttribute("MinVersion")).toBe("1.9");
    expect(descendants(versionOverrides, "Requirements")).toHaveLength(0);
  });

  it("opens the task pane from https://localhost:3000 with ReadWriteDocument", () => {
    expect(child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
    expect(text(child(root, "Permissions"))).toBe("ReadWriteDocument");
  });

  it("uses only https URLs, including SupportUrl and AppDomains", () => {
    const urls: string[] = [];
    for (const el of allElements()) {
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes.item(i);
        if (!a || a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) urls.push(a.value);
      }
    }
    const appDomains = elementChildren(child(root, "AppDomains")).map(text);
    expect(appDomains.length).toBeGreaterThan(0);
    urls.push(...appDomains);
    expect(child(root, "SupportUrl").getAttribute("DefaultValue")).toMatch(/^https:\/\/[^/]+/);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s/]+/);
    for (const res of descendants(child(resources, "Urls"), "Url", BT_NS)) {
      expect(res.getAttribute("DefaultValue")).toMatch(/^https:\/\//);
    }
  });

  it("points IconUrl at a 32 px and HighResolutionIconUrl at a 64 px icon in assets/", () => {
    for (const [name, size] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ] as const) {
      const file = assetFile(child(root, name).getAttribute("DefaultValue") ?? "");
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("ships every icon size in assets/ as a square PNG", () => {
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 96]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(existsSync(join(ROOT, "assets", "logo.png"))).toBe(true);
  });

  it("declares ribbon images whose files exist with the declared size", () => {
    const used = descendants(versionOverrides, "Image", BT_NS).filter((e) => e.hasAttribute("resid"));
    expect(used.length).toBeGreaterThan(0);
    for (const img of used) {
      const size = Number(img.getAttribute("size"));
      const url = images.get(img.getAttribute("resid") ?? "");
      expect(url).toBeDefined();
      const file = assetFile(url as string);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("defines every resid in Resources, with the right resource kind", () => {
    const urlIds = new Set(resourceIds("Urls", "Url"));
    const imageIds = new Set(resourceIds("Images", "Image"));
    const stringIds = new Set([...resourceIds("ShortStrings", "String"), ...resourceIds("LongStrings", "String")]);
    const all = [...resourceIds("Urls", "Url"), ...resourceIds("Images", "Image"), ...stringIds];
    expect(new Set(all).size).toBe(all.length); // ids are unique

    const referencing = allElements().filter((e) => e.hasAttribute("resid"));
    expect(referencing.length).toBeGreaterThan(0);
    const referenced = new Set<string>();
    for (const el of referencing) {
      const id = el.getAttribute("resid") ?? "";
      referenced.add(id);
      const kind =
        el.localName === "Image"
          ? imageIds
          : ["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(el.localName ?? "")
            ? urlIds
            : stringIds;
      expect({ resid: id, element: el.localName, defined: kind.has(id) }).toEqual({
        resid: id,
        element: el.localName,
        defined: true,
      });
    }
    // …and no resource is left unused.
    expect([...new Set(all)].filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("gives every bt:String a Chinese value and exactly one en-US override", () => {
    const strings = descendants(resources, "String", BT_NS);
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      const id = s.getAttribute("id");
      expect({ id, zh: HAN.test(s.getAttribute("DefaultValue") ?? "") }).toEqual({ id, zh: true });
      const overrides = elementChildren(s).filter((c) => c.localName === "Override");
      expect({ id, locales: overrides.map((o) => o.getAttribute("Locale")) }).toEqual({ id, locales: ["en-US"] });
      expect(overrides[0].getAttribute("Value")?.length).toBeGreaterThan(0);
    }
    // Schema limits: ShortStrings ≤ 125 characters, LongStrings ≤ 250.
    for (const [group, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of descendants(child(resources, group), "String", BT_NS)) {
        for (const v of [
          s.getAttribute("DefaultValue") ?? "",
          ...elementChildren(s).map((o) => o.getAttribute("Value") ?? ""),
        ]) {
          expect(v.length).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it("puts one group with a 预决算校验 ShowTaskpane button (16/32/80 icons) on TabHome", () => {
    const surfaces = descendants(versionOverrides, "ExtensionPoint").filter(
      (e) => xsiType(e) === "PrimaryCommandSurface",
    );
    expect(surfaces).toHaveLength(1);
    const tab = child(surfaces[0], "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const groups = elementChildren(tab).filter((e) => e.localName === "Group");
    expect(groups).toHaveLength(1);

    const taskpaneButtons = descendants(groups[0], "Control").filter(
      (c) => xsiType(c) === "Button" && xsiType(child(c, "Action")) === "ShowTaskpane",
    );
    expect(taskpaneButtons).toHaveLength(1);
    const button = taskpaneButtons[0];
    const labelId = child(button, "Label").getAttribute("resid");
    const label = descendants(resources, "String", BT_NS).find((s) => s.getAttribute("id") === labelId);
    expect(label?.getAttribute("DefaultValue")).toBe("预决算校验");
    const sizes = elementChildren(child(button, "Icon")).map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  it("puts a 一键校验 ExecuteFunction button (runQuickCheck, 16/32/80 icons, zh-CN + en-US) in the same group", () => {
    const group = descendants(versionOverrides, "Group")[0];
    const execute = descendants(group, "Control").filter(
      (c) => xsiType(c) === "Button" && xsiType(child(c, "Action")) === "ExecuteFunction",
    );
    expect(execute).toHaveLength(1);
    const button = execute[0];
    expect(text(child(child(button, "Action"), "FunctionName"))).toBe("runQuickCheck");
    const labelId = child(button, "Label").getAttribute("resid");
    const label = descendants(resources, "String", BT_NS).find((s) => s.getAttribute("id") === labelId);
    expect(label?.getAttribute("DefaultValue")).toBe("一键校验");
    expect(elementChildren(label as Element).map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    const tip = child(child(button, "Supertip"), "Description").getAttribute("resid");
    expect(resourceIds("LongStrings", "String")).toContain(tip);
    const sizes = elementChildren(child(button, "Icon")).map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
    // The ShowTaskpane button comes first, then 一键校验.
    expect(
      elementChildren(group)
        .filter((e) => e.localName === "Control")
        .map((c) => c.getAttribute("id")),
    ).toEqual(["FtcTaskpaneButton", "FtcQuickCheckButton"]);
  });

  it("uses commands.html as the function file and declares only handlers that commands.ts associates", () => {
    const functionFile = descendants(versionOverrides, "FunctionFile")[0];
    const url = descendants(resources, "Url", BT_NS).find(
      (u) => u.getAttribute("id") === functionFile?.getAttribute("resid"),
    );
    expect(url?.getAttribute("DefaultValue")).toBe("https://localhost:3000/commands.html");

    const commandsTs = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const associated = [...commandsTs.matchAll(/Office\.actions\.associate\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    const declared = descendants(versionOverrides, "Action")
      .filter((a) => xsiType(a) === "ExecuteFunction")
      .map((a) => text(child(a, "FunctionName")));
    expect([...declared].sort()).toEqual([...associated].sort());
  });
});
