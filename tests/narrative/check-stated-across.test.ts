/** The same 实际支出 figure stated in different places of a report: the odd one out, or a warning when it cannot be told. */
import { checkNarrative } from "../../src/engine/narrative/check";
import { createSnapshot } from "../../src/engine/snapshot";
import { recognize } from "../../src/engine/recognize";

const noTables = recognize(createSnapshot([]));
const across = (text: string) => checkNarrative(text, noTables).findings.filter((f) => f.messageId === "stated-twice");

test("stated three times, once differently: the odd statement is the error, at its sentence", () => {
  const f = across(
    "一、概况\n2022年办公设备购置实际支出 1200 元。\n二、评价\n2022年办公设备购置实际支出 12000 元。\n三、结论\n办公设备购置实际支出 12000 元。",
  );
  expect(f.map((x) => [x.severity, x.expected, x.actual, x.difference])).toEqual([
    ["error", "12000.00", "1200.00", "-10800.00"],
  ]);
  expect(f[0].quote).toContain("1200 元");
});

test("stated twice, and nothing tells which is meant: a warning", () => {
  const f = across("一、概况\n培训实际支出 300 元。\n二、评价\n培训实际支出 350 元。");
  expect(f.map((x) => x.severity)).toEqual(["warning"]);
});

test("the same figure stated the same way twice is fine; other names are not compared", () => {
  expect(across("一、概况\n培训实际支出 300 元。\n二、评价\n培训实际支出 300 元，会议实际支出 500 元。")).toEqual([]);
});
