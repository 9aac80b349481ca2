import { perfAmountSum } from "../../src/engine/rules/perf-amount-sum";
import { ruleTester } from "../support/rule-tester";
import { deptForm, DS, PS, projectForm, targetForm, TS } from "./perf-forms";

ruleTester.run("perf-amount-sum", perfAmountSum, {
  valid: [
    { name: "年度资金总额 = 其中 lines", workbook: projectForm() },
    { name: "金额合计 = Σ 任务", workbook: deptForm() },
    { name: "目标表 收入/支出预算合计", workbook: targetForm() },
  ],
  invalid: [
    {
      name: "年度资金总额 全年预算数 11 ≠ 10 + 0 + 0",
      workbook: projectForm({ C4: 11 }),
      errors: [
        {
          messageId: "mismatch",
          cells: [`${PS}!C4`, `${PS}!C5`, `${PS}!C6`, `${PS}!C7`],
          severity: "error",
          expected: "10.00",
          actual: "11.00",
          difference: "1.00",
        },
      ],
    },
    {
      name: "金额合计 全年预算数 100.01 vs 60 + 40.00: a 尾差",
      workbook: deptForm({ D6: 100.01 }),
      errors: [
        { messageId: "tail", cells: [`${DS}!D6`, `${DS}!D4`, `${DS}!D5`], severity: "info", difference: "0.01" },
      ],
    },
    {
      name: "支出预算合计 100 ≠ 基本 55 + 项目 40 (three decimals kept)",
      workbook: targetForm({ B6: 55.005 }),
      errors: [
        {
          messageId: "mismatch",
          cells: [`${TS}!C5`, `${TS}!B6`, `${TS}!D6`],
          expected: "95.005",
          actual: "100.000",
          difference: "4.995",
        },
      ],
    },
  ],
});
