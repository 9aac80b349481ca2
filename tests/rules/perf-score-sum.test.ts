import { perfScoreSum } from "../../src/engine/rules/perf-score-sum";
import { ruleTester } from "../support/rule-tester";
import { PS, projectForm, scoreTable, SS } from "./perf-forms";

ruleTester.run("perf-score-sum", perfScoreSum, {
  valid: [
    { name: "项目支出绩效自评表: blocks, 分值 100, 得分 92 all add up", workbook: projectForm() },
    { name: "得分一览表: 一级指标（100分） and 合计", workbook: scoreTable() },
  ],
  invalid: [
    {
      name: "a block heading states 60 分 but its indicators weigh 50",
      workbook: projectForm({ B10: "产出指标（60分）" }),
      errors: [
        {
          messageId: "block",
          cells: [`${PS}!B10`, `${PS}!E10`, `${PS}!E11`],
          severity: "error",
          expected: "50.00",
          actual: "60.00",
          difference: "10.00",
          message: "“产出指标（60分）”标明 60.00 分，但其下各指标分值之和为 50.00 分，相差 +10.00",
        },
      ],
    },
    {
      name: "总分 分值 90: neither Σ 分值 (100) nor 100",
      workbook: projectForm({ E13: 90 }),
      errors: [
        {
          messageId: "weightTotal",
          cells: [`${PS}!E13`, `${PS}!E4`, `${PS}!E10`, `${PS}!E11`, `${PS}!E12`],
          expected: "100.00",
          actual: "90.00",
          difference: "-10.00",
        },
        { messageId: "hundred", cells: [`${PS}!E13`], expected: "100.00", actual: "90.00", difference: "-10.00" },
      ],
    },
    {
      name: "总分 得分 95 ≠ 9 + 30 + 18 + 35",
      workbook: projectForm({ F13: 95 }),
      errors: [
        {
          messageId: "scoreTotal",
          cells: [`${PS}!F13`, `${PS}!G4`, `${PS}!F10`, `${PS}!F11`, `${PS}!F12`],
          severity: "error",
          difference: "3.00",
        },
      ],
    },
    {
      name: "a blank 得分 (a merged cell lost) makes the mismatch a warning",
      workbook: projectForm({ F11: null }),
      errors: [
        {
          messageId: "scoreTotalBlank",
          cells: [`${PS}!F13`, `${PS}!G4`, `${PS}!F10`, `${PS}!F11`, `${PS}!F12`],
          severity: "warning",
          expected: "74.00",
          actual: "92.00",
          difference: "18.00",
        },
      ],
    },
    {
      name: "得分一览表: the 一级 heading states 102 分",
      workbook: scoreTable({ A3: "部门决策指标（102分）" }),
      errors: [{ messageId: "block", cells: [`${SS}!A3`, `${SS}!C3`, `${SS}!C4`], difference: "2.00" }],
    },
  ],
});
