import { parseUnit } from "../../../src/engine/values/unit";

describe("parseUnit", () => {
  test.each<[string, string, string | undefined]>([
    ["单位：万元", "万元", "万元"],
    ["金额单位：万元", "万元", "万元"],
    ["单位: 万元", "万元", "万元"],
    ["单位:万元", "万元", "万元"],
    ["单位 ： 万元", "万元", "万元"],
    ["单位：元", "元", "元"],
    ["单位：千元", "千元", "千元"],
    ["单位：亿元", "亿元", "亿元"],
    ["单位（万元）", "万元", "万元"],
    ["单位(万元)", "万元", "万元"],
    ["（单位：万元）", "万元", "万元"],
    ["(单位:元)", "元", "元"],
    ["编制部门：丹凤县医疗保障局 … 单位：万元", "万元", "万元"],
    ["编制部门：丹凤县医疗保障局                单位：万元", "万元", "万元"],
    ["部门：随州市曾都区医疗保障服务中心 单位：万元", "万元", "万元"],
    ["单位：万元 2024年度", "万元", "万元"],
    ["单位：景德镇市珠山区医疗保障局 金额单位：万元", "万元", "万元"],
    ["单位：台、辆、套", "台、辆、套", undefined],
    ["单位：台，辆", "台,辆", undefined],
    ["单位：万元，2024年度", "万元", "万元"],
    ["单位：个", "个", undefined],
    ["单位：人", "人", undefined],
  ])("%p → %p (%p)", (text, unit, money) => {
    const u = parseUnit(text);
    expect(u).not.toBeNull();
    expect(u!.unit).toBe(unit);
    expect(u!.money).toBe(money);
    expect(u!.text).toBe(text);
  });

  test("money is absent, not undefined-valued, for measure words", () => {
    expect(parseUnit("单位：台、辆、套")).toEqual({ unit: "台、辆、套", text: "单位：台、辆、套" });
  });

  test.each([
    "单位名称",
    "实施单位",
    "项目实施单位",
    "部门（单位）名称",
    "单位：景德镇市珠山区医疗保障局",
    "单位：南昌市东湖区医疗保障局",
    "单位：",
    "单位：万元人民币以上",
    "单位：台辆套个人次元",
    "本单位不涉及",
    "2. 本套报表金额单位转换时可能存在尾数误差。",
    "万元",
    "",
  ])("%p is not a unit", (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});
