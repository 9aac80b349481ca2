/**
 * chartSvg (src/engine/charts/svg.ts): well-formed, self-contained SVG (parsed with saxes, which ExcelJS brings), the
 * title as its accessible name, every text escaped, value labels and percentages computed with Decimal, a single-slice
 * pie drawn as a full circle, unknown points not drawn.
 */
import Decimal from "decimal.js";
import { SaxesParser } from "saxes";
import { chartAmount, chartSvg, escapeXml, pieSlices } from "../../src/engine/charts/svg";
import type { ChartPoint, ChartSeries, ChartSpec } from "../../src/engine/charts/model";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML strictly (throws on any well-formedness error) into a small tree. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (t) => {
    const node: Node = { name: t.name, attrs: { ...(t.attributes as Record<string, string>) }, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (s) => (stack[stack.length - 1].text += s));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0];
}

function all(node: Node, name: string): Node[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))];
}

/** The text of every <text> element (not the tooltips). */
function texts(node: Node): string[] {
  return all(node, "text").map((t) => t.text);
}

const pt = (label: string, v: string): ChartPoint => ({ label, value: new Decimal(v), cells: [] });

function column(
  categories: string[],
  series: ChartSeries[],
  title = "收入、支出决算总计对比图（单位：万元）",
): ChartSpec {
  return { id: "totals", title, kind: "column", unit: "万元", categories, series, section: 0 };
}

function pie(points: ChartPoint[], title = "支出结构图"): ChartSpec {
  return {
    id: "expense-structure",
    title,
    kind: "pie",
    unit: "万元",
    categories: points.map((p) => p.label),
    series: [{ name: "本年", points }],
    section: 2,
  };
}

const totals = column(
  ["收入总计", "支出总计"],
  [
    { name: "上年", points: [pt("收入总计", "1006.19"), pt("支出总计", "1006.19")] },
    { name: "本年", points: [pt("收入总计", "1049.22"), pt("支出总计", "1049.22")] },
  ],
);

describe("the SVG document", () => {
  test("self-contained: xmlns, viewBox, role=img, aria-label and <title> = the chart's title, Chinese fonts", () => {
    const svg = chartSvg(totals);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root.attrs.viewBox).toBe("0 0 640 360");
    expect(root.attrs.role).toBe("img");
    expect(root.attrs["aria-label"]).toBe(totals.title);
    expect(root.children[0].name).toBe("title");
    expect(root.children[0].text).toBe(totals.title);
    expect(root.attrs["font-family"]).toBe("'Microsoft YaHei','PingFang SC','WenQuanYi Zen Hei',sans-serif");
    // Nothing external, nothing active.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|href|<script|<image|url\(/i);
  });

  test("width and height options set the viewBox", () => {
    const root = parseXml(chartSvg(totals, { width: 480, height: 300 }));
    expect([root.attrs.viewBox, root.attrs.width, root.attrs.height]).toEqual(["0 0 480 300", "480", "300"]);
  });

  test("every text is escaped: <, &, quotes in the title, categories, series names and labels", () => {
    const nasty = column(
      ['A<B & "C"', "D'E>F"],
      [{ name: "本年 <&>", points: [pt('A<B & "C"', "1"), pt("D'E>F", "2")] }],
      '图 <script>alert(1)</script> & “引号” "x"',
    );
    const svg = chartSvg(nasty);
    expect(svg).not.toContain("<script>");
    const root = parseXml(svg);
    expect(root.attrs["aria-label"]).toBe('图 <script>alert(1)</script> & “引号” "x"');
    expect(texts(root)).toEqual(expect.arrayContaining(['A<B & "C"', "D'E>F", "本年 <&>"]));
    const p = parseXml(chartSvg(pie([pt("<甲>&乙", "3")], "饼 & <图>")));
    expect(texts(p).some((t) => t.startsWith("<甲>&乙"))).toBe(true);
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("column chart", () => {
  test("one bar per known point, value labels with thousands separator and 2 decimals, a legend of the series", () => {
    const root = parseXml(chartSvg(totals));
    const bars = all(root, "rect").filter((r) => r.children.some((c) => c.name === "title"));
    expect(bars).toHaveLength(4);
    const t = texts(root);
    expect(t.filter((x) => x === "1,049.22")).toHaveLength(2);
    expect(t.filter((x) => x === "1,006.19")).toHaveLength(2);
    expect(t).toEqual(expect.arrayContaining(["收入总计", "支出总计", "上年", "本年"]));
    // The taller bar is the larger amount (SVG y grows downwards).
    const h = bars.map((b) => Number(b.attrs.height));
    expect(h[1]).toBeGreaterThan(h[0]);
  });

  test("the axis has a few gridlines with round tick labels from 0", () => {
    const root = parseXml(chartSvg(totals));
    const lines = all(root, "line");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(8);
    const t = texts(root);
    expect(t).toContain("0");
    expect(t).toEqual(expect.arrayContaining(["500", "1,000", "1,500"]));
  });

  test("value labels are Decimal half-up: 0.125 → 0.13, 2.675 → 2.68 (a float would give 2.67)", () => {
    expect(chartAmount(new Decimal("2.675"))).toBe("2.68");
    expect(chartAmount(new Decimal("1234567.005"))).toBe("1,234,567.01");
    const root = parseXml(chartSvg(column(["甲"], [{ name: "本年", points: [pt("甲", "0.125")] }])));
    expect(texts(root)).toContain("0.13");
  });

  test("a null point is no bar and no label — never a 0 bar", () => {
    const spec = column(
      ["收入总计", "支出总计"],
      [
        { name: "上年", points: [pt("收入总计", "587.09"), null] },
        { name: "本年", points: [pt("收入总计", "11229.01"), pt("支出总计", "11229.01")] },
      ],
    );
    const root = parseXml(chartSvg(spec));
    const bars = all(root, "rect").filter((r) => r.children.some((c) => c.name === "title"));
    expect(bars).toHaveLength(3);
    expect(texts(root).filter((x) => x === "0.00")).toEqual([]);
    expect(texts(root)).toContain("587.09");
  });

  test("negative amounts draw below the zero line", () => {
    const root = parseXml(chartSvg(column(["甲", "乙"], [{ name: "本年", points: [pt("甲", "-5"), pt("乙", "10")] }])));
    expect(texts(root)).toEqual(expect.arrayContaining(["-5.00", "10.00"]));
    const bars = all(root, "rect").filter((r) => r.children.some((c) => c.name === "title"));
    expect(bars.every((b) => Number(b.attrs.height) > 0)).toBe(true);
  });

  test("no known point at all: an empty chart saying 无数据", () => {
    const root = parseXml(chartSvg(column(["甲"], [{ name: "本年", points: [null] }])));
    expect(texts(root)).toContain("无数据");
  });
});

describe("pie chart", () => {
  const danfeng = pie([pt("基本支出", "888.32"), pt("项目支出", "160.90")]);

  test("percentages of the exact amounts, half-up to 2 decimals (seed001: 84.66% / 15.34%)", () => {
    expect(pieSlices(danfeng).map((s) => s.percent)).toEqual(["84.66", "15.34"]);
    const root = parseXml(chartSvg(danfeng));
    expect(all(root, "path")).toHaveLength(2);
    const t = texts(root);
    expect(t).toEqual(expect.arrayContaining(["84.66%", "15.34%"]));
    expect(t).toContain("基本支出  888.32万元  84.66%");
    expect(t).toContain("项目支出  160.90万元  15.34%");
  });

  test("percentages are of the exact amounts, not of rounded ones: 1/3 each → 33.33% three times", () => {
    const thirds = pie([pt("甲", "1"), pt("乙", "1"), pt("丙", "1")]);
    expect(pieSlices(thirds).map((s) => s.percent)).toEqual(["33.33", "33.33", "33.33"]);
    expect(pieSlices(pie([pt("甲", "1"), pt("乙", "7")])).map((s) => s.percent)).toEqual(["12.50", "87.50"]);
    // Exactly at the half: 1 of 20000 = 0.005% → 0.01%, 99.995% → 100.00% (each rounded on its own, half-up).
    expect(pieSlices(pie([pt("甲", "1"), pt("乙", "19999")])).map((s) => s.percent)).toEqual(["0.01", "100.00"]);
  });

  test("a single slice (100%) is a full circle, not a degenerate arc", () => {
    const root = parseXml(chartSvg(pie([pt("财政拨款收入", "1049.22")], "收入结构图")));
    expect(all(root, "path")).toHaveLength(0);
    const circles = all(root, "circle");
    expect(circles).toHaveLength(1);
    expect(Number(circles[0].attrs.r)).toBeGreaterThan(0);
    expect(texts(root)).toEqual(expect.arrayContaining(["100.00%", "财政拨款收入  1,049.22万元  100.00%"]));
  });

  test("null and non-positive points are no slice and do not count in the percentages", () => {
    const spec: ChartSpec = {
      ...pie([pt("甲", "30"), pt("乙", "10")]),
      categories: ["甲", "乙", "丙", "丁"],
      series: [{ name: "本年", points: [pt("甲", "30"), null, pt("丙", "0"), pt("丁", "10")] }],
    };
    expect(pieSlices(spec).map((s) => [s.label, s.percent])).toEqual([
      ["甲", "75.00"],
      ["丁", "25.00"],
    ]);
    const root = parseXml(chartSvg(spec));
    expect(all(root, "path")).toHaveLength(2);
    expect(texts(root).some((t) => t.startsWith("丙"))).toBe(false);
  });

  test("a large slice (> half) uses the large-arc flag; the arcs close the circle", () => {
    const root = parseXml(chartSvg(danfeng));
    const d = all(root, "path").map((p) => p.attrs.d);
    expect(d[0]).toMatch(/ 0 1 1 /);
    expect(d[1]).toMatch(/ 0 0 1 /);
    // The second slice ends where the first began (the top of the circle).
    const start = /L([\d.]+),([\d.]+)/.exec(d[0])!;
    const end = /([\d.]+),([\d.]+) Z$/.exec(d[1])!;
    expect([Number(end[1]), Number(end[2])]).toEqual([Number(start[1]), Number(start[2])]);
  });

  test("no slice at all: 无数据", () => {
    expect(texts(parseXml(chartSvg(pie([]))))).toContain("无数据");
  });
});
