/** The narrative checker's text tools: sentences, numbers, names and interval arithmetic. */
import Decimal from "decimal.js";
import { checkPercent, div, meets, scale, shown, sub } from "../../src/engine/narrative/check/interval";
import { nameCore, normalizeName, parseFunctionPath, sameName } from "../../src/engine/narrative/check/names";
import { extractNumbers, maskSlots, splitParagraphs, splitSentences } from "../../src/engine/narrative/check/text";

const d = (s: string) => new Decimal(s);

describe("sentence splitting", () => {
  test("a sentence ends at 。 and at ；, never inside a number", () => {
    expect(splitSentences("财政拨款收入 363.59 万元，占 100.00%；事业收入 0.00 万元，占 0.00%。其中：")).toEqual([
      "财政拨款收入 363.59 万元，占 100.00%",
      "事业收入 0.00 万元，占 0.00%",
      "其中：",
    ]);
  });

  test("half-width ; ! ? end sentences too; an empty piece is dropped", () => {
    expect(splitSentences("甲 1.57 万元;乙 2 万元。。丙？")).toEqual(["甲 1.57 万元", "乙 2 万元", "丙"]);
  });

  test("paragraphs are the non-empty lines, each with its sentences numbered", () => {
    const ps = splitParagraphs("一、收入决算情况说明\r\n\r\n本年收入合计 363.59 万元。比上年增加 13.80 万元\n");
    expect(ps.map((p) => p.text)).toEqual(["一、收入决算情况说明", "本年收入合计 363.59 万元。比上年增加 13.80 万元"]);
    expect(ps[1].sentences.map((s) => [s.paragraph, s.index, s.text])).toEqual([
      [1, 0, "本年收入合计 363.59 万元"],
      [1, 1, "比上年增加 13.80 万元"],
    ]);
  });
});

describe("【待填写】 slots", () => {
  test("a slot is masked with □ of the same length, so offsets agree; its numbers are no figures", () => {
    const s = "【待填写：年度】本年收入合计363.59万元，【待填写：单价100万元（含）以上设备数】台";
    const m = maskSlots(s);
    expect(m.length).toBe(s.length);
    expect(m.startsWith("□□□□□□□□本年收入合计")).toBe(true);
    expect(extractNumbers(m).map((n) => n.raw)).toEqual(["363.59万元"]);
    expect(splitParagraphs(s)[0].sentences[0].plain).toBe(m);
  });
});

describe("number and percent extraction", () => {
  test("1,049.22万元 with thousands separators, 1049.22 万元 with a space", () => {
    const [a, b] = extractNumbers("本年收入合计1,049.22万元，财政拨款收入 1049.22 万元");
    expect([a.kind, a.value.toFixed(2), a.decimals, a.unit, a.raw]).toEqual([
      "amount",
      "1049.22",
      2,
      "万元",
      "1,049.22万元",
    ]);
    expect([b.kind, b.value.toFixed(2), b.raw]).toEqual(["amount", "1049.22", "1049.22 万元"]);
  });

  test("94.4% and 增长 255.80% are percents with their printed decimals", () => {
    const ns = extractNumbers("占 94.4%，增长 255.80%，完成全年预算的24%，下降 92.23％");
    expect(ns.map((n) => [n.kind, n.value.toString(), n.decimals])).toEqual([
      ["percent", "94.4", 1],
      ["percent", "255.8", 2],
      ["percent", "24", 0],
      ["percent", "92.23", 2],
    ]);
  });

  test("offsets point at the number in the sentence", () => {
    const s = "基本支出 199.58 万元，其中：";
    const [n] = extractNumbers(s);
    expect(s.slice(n.start, n.end)).toBe("199.58 万元");
  });

  test("counts, years and codes are not amounts", () => {
    expect(extractNumbers("2024 年度共有车辆 2 辆，2101550 事业运行，团组 0 个，累计 28 人次")).toEqual([]);
  });

  test("元 and 亿元 keep their unit", () => {
    expect(extractNumbers("资产原值 243,163.93 元，3 亿元").map((n) => [n.value.toString(), n.unit])).toEqual([
      ["243163.93", "元"],
      ["3", "亿元"],
    ]);
  });
});

describe("name matching", () => {
  test("brackets, quotes, numbering and spaces are normalised", () => {
    expect(normalizeName("（一）因公出国（境）费")).toBe("因公出国(境)费");
    expect(normalizeName("1. “三公” 经费")).toBe("三公经费");
    expect(normalizeName("其中：年初结转和结余")).toBe("年初结转和结余");
  });

  test("的 and a trailing 支出/费 do not matter", () => {
    expect(sameName("对个人和家庭补助支出", "对个人和家庭的补助")).toBe(true);
    expect(sameName("维修(护)费", "维修（护）费")).toBe(true);
    expect(sameName("一般公共服务", "一般公共服务支出")).toBe(true);
    expect(nameCore("工资福利支出")).toBe("工资福利");
  });

  test("different subjects do not match", () => {
    expect(sameName("其他对个人和家庭的补助", "退休费")).toBe(false);
    expect(sameName("卫生健康支出", "一般公共服务支出")).toBe(false);
    expect(sameName("", "")).toBe(false);
  });

  test("a 类/款/项 path is parsed into its names", () => {
    expect(parseFunctionPath("卫生健康支出（类）医疗保障管理事务（款）事业运行（项）")?.names).toEqual([
      "卫生健康支出",
      "医疗保障管理事务",
      "事业运行",
    ]);
    const p = parseFunctionPath("1. 一般公共服务（类）支出");
    expect(p?.names).toEqual(["一般公共服务"]);
    expect(p?.printed).toBe("一般公共服务（类）");
    expect(parseFunctionPath("基本支出")).toBeNull();
  });
});

describe("interval arithmetic", () => {
  test("a shown amount stands for ±half a unit of its last digit", () => {
    const i = shown(d("0.20"));
    expect([i.lo.toString(), i.hi.toString()]).toEqual(["0.195", "0.205"]);
    expect(shown(d("24"), 0).lo.toString()).toBe("23.5");
  });

  test("seed000 三公: 0.20 / (0.27 − 0.20) lies in [243.75%, 341.67%], so 255.80% is consistent (尾差, not error)", () => {
    const ch = shown(d("0.20"));
    const range = scale(div(ch, sub(shown(d("0.27")), ch))!, 100);
    expect(range.lo.toFixed(2)).toBe("243.75");
    expect(range.hi.toFixed(3)).toBe("341.667");
    const point = d("0.20").div(d("0.07")).times(100);
    const r = checkPercent(d("255.80"), 2, point, range);
    expect(r.status).toBe("rounding");
    expect(r.expected.toFixed(2)).toBe("285.71");
  });

  test("seed000 本年收入 growth 3.94%: [3.944%, 3.947%] meets the printed 3.94 (±0.005)", () => {
    const ch = shown(d("13.80"));
    const range = scale(div(ch, sub(shown(d("363.59")), ch))!, 100);
    expect(range.lo.toFixed(3)).toBe("3.944");
    expect(range.hi.toFixed(3)).toBe("3.947");
    expect(checkPercent(d("3.94"), 2, d("13.80").div(d("349.79")).times(100), range).status).toBe("rounding");
  });

  test("a percentage the point value rounds to is equal, at the printed decimals", () => {
    const point = d("1.57").div(d("6.55")).times(100); // 23.97
    expect(checkPercent(d("24"), 0, point, scale(div(shown(d("1.57")), shown(d("6.55")))!, 100)).status).toBe("equal");
  });

  test("a percentage outside the range is a mismatch", () => {
    const range = scale(div(shown(d("2.36")), shown(d("8.5")))!, 100);
    expect(checkPercent(d("100"), 0, d("2.36").div(d("8.5")).times(100), range).status).toBe("mismatch");
  });

  test("a divisor interval that contains 0 gives no ratio; meets is inclusive", () => {
    expect(div(shown(d("1")), shown(d("0")))).toBeNull();
    expect(meets({ lo: d("1"), hi: d("2") }, { lo: d("2"), hi: d("3") })).toBe(true);
    expect(meets({ lo: d("1"), hi: d("2") }, { lo: d("2.001"), hi: d("3") })).toBe(false);
  });
});
