import { perfCrossTable } from "../../src/engine/rules/perf-cross-table";
import { ruleTester } from "../support/rule-tester";
import { deptForm, DS } from "./perf-forms";

ruleTester.run("perf-cross-table", perfCrossTable, {
  valid: [{ name: "tasks and 金额合计 agree with 公开03表", workbook: deptForm() }],
  invalid: [
    {
      name: "03表 基本支出 65 / 合计 105: 任务1 and 金额合计 differ by 5 (the row's 预算数 cell is marked)",
      workbook: deptForm({}, [105, 65, 40]),
      errors: [
        {
          messageId: "mismatch",
          cells: [`${DS}!D6`, `${DS}!G6`, "公开03表!C4"],
          severity: "error",
          expected: "105.00",
          actual: "100.00",
          difference: "-5.00",
          message: "金额合计 全年执行数 100.00 与 公开03表 本年支出合计 105.00 不一致，相差 -5.00",
        },
        { messageId: "mismatch", cells: [`${DS}!D4`, `${DS}!G4`, "公开03表!D4"], difference: "-5.00" },
      ],
    },
    {
      name: "a 尾差 of 0.005 on 任务2 执行数 (预算数 printed differently: the 执行数 cell is marked)",
      workbook: deptForm({ G5: 40.005, G6: 100.005 }, [100, 60, 40]),
      errors: [
        { messageId: "tail", cells: [`${DS}!G6`, "公开03表!C4"], severity: "info", difference: "0.005" },
        { messageId: "tail", cells: [`${DS}!G5`, "公开03表!E4"], severity: "info", difference: "0.005" },
      ],
    },
  ],
});
