import { perfScoreLimit } from "../../src/engine/rules/perf-score-limit";
import { ruleTester } from "../support/rule-tester";
import { PS, projectForm } from "./perf-forms";

ruleTester.run("perf-score-limit", perfScoreLimit, {
  valid: [{ name: "every 得分 within its 分值", workbook: projectForm() }],
  invalid: [
    {
      name: "得分 32 over 分值 30",
      workbook: projectForm({ F10: 32 }),
      errors: [
        {
          messageId: "over",
          cells: [`${PS}!F10`, `${PS}!E10`],
          severity: "error",
          expected: "30.00",
          actual: "32.00",
          difference: "2.00",
          message: "“发放人数”得分 32 超过其分值 30",
        },
      ],
    },
    {
      name: "a negative 得分",
      workbook: projectForm({ F11: -2 }),
      errors: [{ messageId: "negative", cells: [`${PS}!F11`], message: "“发放率”得分 -2 为负数" }],
    },
  ],
});
