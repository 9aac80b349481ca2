/**
 * zh-CN texts of the office-js host's messages (GatewayError ids and ApplyResult reasons). Kept here so that the pane's
 * src/i18n/zh-CN.ts can import or merge them; `{{name}}` placeholders are filled by excelMessage().
 */
export const EXCEL_MESSAGES = {
  "excel.accessDenied": "工作表受保护或工作簿为只读，无法写入。请撤销工作表保护后重试；校验结果仍在任务窗格中列出。",
  "excel.cellEditMode": "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
  "excel.payloadTooLarge": "一次提交给 Excel 的数据超出了大小限制。请删除多余的空行空列、或把工作簿拆分后再校验。",
  "excel.itemNotFound": "找不到要操作的工作表或单元格，工作簿可能在校验后被修改。请重新校验。",
  "excel.inactiveWorkbook": "该工作簿已不是活动工作簿（可能已关闭或切换）。请回到该工作簿后重试。",
  "excel.undoNotSupported": "当前 Excel 不支持把本次写入合并为一步撤销，已改为普通写入。",
  "excel.tooManyCells":
    "工作簿太大：已用区域共 {{cells}} 个单元格，超过 5,000,000 个的上限，未读取。请删除多余的行列或拆分工作簿后重试。",
  "excel.protectedSkipped": "工作表“{{sheet}}”受保护，未写入标记和批注；这些问题仍在任务窗格中列出。",
  "excel.structureProtected":
    "工作簿结构受保护，无法新建或替换“校验结果”工作表；问题仍在任务窗格中列出，可用「导出结果」另存。",
  "excel.sheetMissing": "工作簿中已没有工作表“{{sheet}}”，未写入标记。",
  "excel.reportNameTaken": "无法为校验结果工作表找到可用的名称（校验结果 至 校验结果(99) 均为用户自己的工作表）。",
  "excel.ledgerCorrupt": "工作簿中保存的标记记录已损坏，无法恢复原有底色。",
  // 情况说明 and 补充数据 sheets (writeNarrative, createSupplement).
  "excel.narrativeStructureProtected":
    "工作簿结构受保护，无法新建或替换“情况说明”工作表。请在「审阅」选项卡中取消“保护工作簿”后重试。",
  "excel.narrativeNameTaken":
    "无法为情况说明工作表找到可用的名称（情况说明 至 情况说明(99) 均为用户自己的工作表）。请删除或重命名其中一些后重试。",
  "excel.chartsUnsupported":
    "当前 Excel 不支持由加载项插入图表，已写入情况说明文字和各图的数据区域，未插入图表；可选中数据区域手动插入图表。",
  "excel.chartsFailed":
    "插入图表时 Excel 报错（{{detail}}），已写入情况说明文字和各图的数据区域，未插入图表；可选中数据区域手动插入图表。",
  "excel.supplementExists":
    "工作簿中已有“{{sheet}}”工作表，未重新生成，以免覆盖已填写的内容。请直接在“{{sheet}}”工作表中填写或修改补充数据；如需重新生成，请先删除或重命名该表。",
  "excel.supplementStructureProtected":
    "工作簿结构受保护，无法新建“补充数据”工作表。请在「审阅」选项卡中取消“保护工作簿”后重试。",
  "excel.unknown": "与 Excel 通信时出错：{{detail}}",
} as const;

export type ExcelMessageId = keyof typeof EXCEL_MESSAGES;

export function excelMessage(id: ExcelMessageId, data: Readonly<Record<string, string | number>> = {}): string {
  return EXCEL_MESSAGES[id].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) =>
    k in data ? String(data[k]) : `{{${k}}}`,
  );
}
