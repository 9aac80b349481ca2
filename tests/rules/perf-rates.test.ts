import { perfRates } from "../../src/engine/rules/perf-rates";
import { ruleTester } from "../support/rule-tester";
import { PS, projectForm, scoreTable, SS } from "./perf-forms";

ruleTester.run("perf-rates", perfRates, {
  valid: [
    { name: "执行率 90 = 9 / 10, 得分 9 = 10 × 90%", workbook: projectForm() },
    { name: "得分率 100% and 80%", workbook: scoreTable() },
    {
      name: "执行率 99.93 from 39.972 / 40 (within the rounding of the printed figures)",
      workbook: projectForm({ C4: 40, D4: 39.972, F4: 99.93, G4: 9.99, C5: 40, D5: 39.972, F5: 99.93 }),
    },
  ],
  invalid: [
    {
      name: "执行率 95 printed for 9 / 10",
      workbook: projectForm({ F4: 95 }),
      errors: [
        {
          messageId: "executionRate",
          cells: [`${PS}!F4`, `${PS}!D4`, `${PS}!C4`],
          severity: "error",
          expected: "90.00",
          actual: "95.00",
          difference: "5.00",
        },
      ],
    },
    {
      name: "the header states 得分(10分*执行率): 8 instead of 9 is an error",
      workbook: projectForm({ G4: 8 }, "得分(10分*执行率)"),
      errors: [
        {
          messageId: "executionScore",
          cells: [`${PS}!G4`, `${PS}!E4`, `${PS}!F4`],
          severity: "error",
          expected: "9.00",
          actual: "8.00",
          difference: "-1.00",
        },
      ],
    },
    {
      name: "no stated formula: 8 instead of 9 is a warning",
      workbook: projectForm({ G4: 8 }),
      errors: [
        {
          messageId: "executionScoreUnstated",
          cells: [`${PS}!G4`, `${PS}!E4`, `${PS}!F4`],
          severity: "warning",
          message: "“年度资金总额”得分 8 与 分值 10 × 执行率 90% = 9 不符，相差 -1；表中未写明计分方法，请核对",
        },
      ],
    },
    {
      name: "得分率 85% printed for 40 / 50",
      workbook: scoreTable({ E4: "85%" }),
      errors: [
        {
          messageId: "scoreRate",
          cells: [`${SS}!E4`, `${SS}!D4`, `${SS}!C4`],
          expected: "80.00",
          actual: "85.00",
          difference: "5.00",
        },
      ],
    },
  ],
});
