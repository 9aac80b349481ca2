import { assetCountSum } from "../../src/engine/rules/asset-count-sum";
import type { CellValue } from "../../src/engine/snapshot";
import { ruleTester } from "../support/rule-tester";
import { sheet, workbook } from "../support/snapshot-builder";

/** 公开10表 as seed000 prints it: 项目 A, 栏次 B, 决算数 C; data from sheet row 4 (C4 is 车辆数合计). */
const t10 = (counts: CellValue[], equipment: CellValue = 0) =>
  sheet("公开10表", [
    ["国有资产占用情况表"],
    ["单位：台、辆、套"],
    ["项目", "栏次", "决算数"],
    ["一、车辆数合计(台、辆)", "1", counts[0]],
    ["1. 副部（省）级及以上领导用车", "2", counts[1]],
    ["2. 主要负责人用车", "3", counts[2]],
    ["3. 机要通信用车", "4", counts[3]],
    ["4. 应急保障用车", "5", counts[4]],
    ["5. 执法执勤用车", "6", counts[5]],
    ["6. 特种专业技术用车", "7", counts[6]],
    ["7. 离退休干部服务用车", "8", counts[7]],
    ["8. 其他用车", "9", counts[8]],
    ["二、单价 100 万元（含）以上设备（不含车辆）(台、套)", "10", equipment],
  ]);

const VEHICLE_CELLS = ["C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"].map((a) => `公开10表!${a}`);

ruleTester.run("asset-count-sum", assetCountSum, {
  valid: [
    { name: "all zero (seed000)", workbook: workbook(t10([0, 0, 0, 0, 0, 0, 0, 0, 0])) },
    {
      name: "车辆数合计 = Σ 各类车辆; the 设备 line is not a vehicle",
      workbook: workbook(t10([5, 0, 1, 0, 2, 1, 0, 0, 1], 3)),
    },
    {
      name: "counts typed as text with a measure word, blanks and dashes count as 0",
      workbook: workbook(t10(["3辆", null, "1", "—", null, "2 辆", null, null, null])),
    },
    {
      name: "no 10表: not applicable",
      workbook: workbook(sheet("说明", [["部门决算情况说明"]])),
      status: "not-applicable",
    },
    {
      name: "a fractional count cannot be read: not evaluated",
      workbook: workbook(t10([3, 0, 1.5, 0, 1.5, 0, 0, 0, 0])),
      status: "not-evaluated",
    },
  ],
  invalid: [
    {
      name: "车辆数合计 one more than the vehicle lines: counts have no 尾差, error",
      workbook: workbook(t10([4, 0, 1, 0, 2, 0, 0, 0, 0], 1)),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开10表!C4", ...VEHICLE_CELLS],
          severity: "error",
          expected: "3.00",
          actual: "4.00",
          difference: "1.00",
          message: "车辆数合计“决算数”4 不等于 各类车辆数之和 3，相差 +1（车辆数为整数，不存在尾差）",
        },
      ],
    },
    {
      name: "车辆数合计 left at 0 while a line has a vehicle",
      workbook: workbook(t10([0, 0, 0, 0, 0, 0, 0, 0, 2])),
      errors: [
        {
          messageId: "mismatch",
          cells: ["公开10表!C4", ...VEHICLE_CELLS],
          expected: "2.00",
          actual: "0.00",
          difference: "-2.00",
          message: /相差 -2（车辆数为整数，不存在尾差）$/,
        },
      ],
    },
  ],
});
