/** The RuleTester itself: it must reject malformed cases before any of them runs. */
import { hierarchySum } from "../../src/engine/rules/hierarchy-sum";
import { ruleTester, runCase, validateCases } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

const wbOk = workbook(
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", 10, 4, 6],
    ["210", "卫生健康支出", 10, 4, 6],
  ]),
);
const wbBad = workbook(
  sheet("公开05表", [
    ["一般公共预算财政拨款支出决算表"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [null, "合计", 11, 4, 6],
    ["210", "卫生健康支出", 10, 4, 6],
  ]),
);
const mismatch = { messageId: "mismatch", cells: ["公开05表!C3", "公开05表!C4"] };
const tail = { messageId: "tail", cells: ["公开05表!C3", "公开05表!C4"] };

describe("validateCases", () => {
  test("well-formed cases pass", () => {
    expect(
      validateCases("hierarchy-sum", hierarchySum, {
        valid: [wbOk],
        invalid: [
          { workbook: wbBad, errors: [mismatch] },
          { workbook: wbBad, options: { decimals: 0 }, errors: [tail] },
        ],
      }),
    ).toEqual([]);
  });

  test("rejects an invalid case without errors", () => {
    const p = validateCases("hierarchy-sum", hierarchySum, {
      valid: [],
      invalid: [
        { name: "空", workbook: wbBad, errors: [] },
        { workbook: wbBad, options: { decimals: 0 }, errors: [mismatch, tail] },
      ],
    });
    expect(p).toEqual(["空：无效用例必须至少列出一个错误"]);
  });

  test("rejects unknown messageIds", () => {
    const p = validateCases("hierarchy-sum", hierarchySum, {
      valid: [],
      invalid: [{ workbook: wbBad, errors: [mismatch, tail, { messageId: "typo", cells: ["公开05表!C3"] }] }],
    });
    expect(p).toEqual(['invalid #1：未知的 messageId "typo"']);
  });

  test("rejects messages that no invalid case uses", () => {
    const p = validateCases("hierarchy-sum", hierarchySum, {
      valid: [wbOk],
      invalid: [{ workbook: wbBad, errors: [mismatch] }],
    });
    expect(p).toEqual(['消息 "tail" 没有被任何无效用例使用']);
  });

  test("rejects duplicate cases (same workbook and options), valid or invalid", () => {
    const p = validateCases("hierarchy-sum", hierarchySum, {
      valid: [
        wbOk,
        {
          name: "again",
          workbook: workbook(
            ...wbOk.sheets.map((s) =>
              sheet(
                s.name,
                s.values.map((r) => [...r]),
              ),
            ),
          ),
        },
      ],
      invalid: [
        { workbook: wbBad, errors: [mismatch, tail] },
        { name: "same", workbook: wbBad, errors: [tail] },
      ],
    });
    expect(p).toEqual(["重复的用例：again 与 valid #1 相同", "重复的用例：same 与 invalid #1 相同"]);
  });

  test("rejects an id that is not the rule's, and errors without cells", () => {
    const p = validateCases("row-identity", hierarchySum, {
      valid: [],
      invalid: [{ workbook: wbBad, errors: [{ messageId: "mismatch", cells: [] }, tail] }],
    });
    expect(p).toEqual([
      '规则 id 不一致：run("row-identity") 测试的是 "hierarchy-sum"',
      "invalid #1：错误必须列出单元格",
    ]);
  });

  test("ruleTester.run throws on malformed cases instead of running them", () => {
    expect(() =>
      ruleTester.run("hierarchy-sum", hierarchySum, { valid: [], invalid: [{ workbook: wbBad, errors: [] }] }),
    ).toThrow(/RuleTester\(hierarchy-sum\)：[\s\S]*无效用例必须至少列出一个错误/);
  });
});

test("runCase recognises the workbook and runs only the given rule, rethrowing rule errors", () => {
  const { findings, run, recognition } = runCase(hierarchySum, { workbook: wbBad });
  expect(recognition.tables.map((t) => t.id)).toEqual(["final-05"]);
  expect(run).toEqual({ id: "hierarchy-sum", status: "failed" });
  expect(findings.map((f) => [f.messageId, f.cells[0], f.difference])).toEqual([["mismatch", "公开05表!C3", "1.00"]]);
});
