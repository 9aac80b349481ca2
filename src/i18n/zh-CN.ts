/**
 * All user-facing strings of the add-in (addin-conventions §8). Components never contain Chinese literals: they look
 * messages up here by id. Templates may contain {{placeholders}}, filled by `t(id, data)`.
 */
export const zhCN = {
  "app.title": "预决算校验助手",
  "app.subtitle": "部门决算、预算公开表的识别与勾稽校验",
  "app.hostExcel": "已连接 Excel 工作簿",

  "demo.title": "演示模式",
  "demo.body": "未检测到 Excel，加载项正在普通浏览器中运行，校验的是内置示例工作簿（珠山区医疗保障局 2024 年度决算）。",
  "demo.selection": "示例工作簿中选中的单元格：{{ref}}",

  "toolbar.label": "校验操作",
  "action.startCheck": "开始校验",
  "action.clearMarks": "清除标记",
  "action.export": "导出结果",
  "action.export.excelHint": "结果已写入工作表“{{sheet}}”，点击前往",
  "action.export.csvHint": "下载校验结果（CSV，Excel 可直接打开）",
  "action.export.fileName": "校验结果.csv",

  "progress.label": "校验进度",
  "progress.reading": "正在读取工作簿…",
  "progress.checking": "正在校验…",
  "progress.writing": "正在写入标记…",
  "progress.clearing": "正在清除标记…",

  "empty.title": "尚未校验",
  "empty.body":
    "点击“开始校验”，读取工作簿中的决算公开表并校验表内、表间勾稽关系。有问题的单元格会被标色，结果写入“校验结果”工作表。",

  "summary.label": "校验摘要",
  "summary.tables": "识别出的表",
  "summary.errors": "错误",
  "summary.warnings": "警告",
  "summary.infos": "提示",
  "summary.notRun": "未执行的检查",
  "summary.ignored": "已忽略 {{count}} 项",
  "summary.marked": "已标记 {{count}} 个单元格",

  "tabs.label": "结果视图",
  "tabs.findings": "问题",
  "tabs.coverage": "覆盖情况",
  "tabs.tables": "已识别的表",
  "tabs.narrative": "情况说明",
  "tabs.ratios": "比率",
  "tabs.loading": "正在加载…",

  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",

  "filters.label": "按严重程度筛选",
  "filters.option": "{{severity}}（{{count}} 项）",
  "grouping.label": "分组方式",
  "grouping.table": "按表",
  "grouping.category": "按类别",

  "findings.none": "没有发现问题。",
  "findings.noneFiltered": "没有符合筛选条件的问题。",
  "findings.groupCount": "{{label}}（{{count}} 项）",
  "finding.expected": "应为",
  "finding.actual": "实为",
  "finding.difference": "差额",
  "finding.locate": "定位到 {{cell}}：{{message}}",
  "finding.locateHint": "再次点击定位到相关单元格",
  "finding.evidence": "相关单元格：{{cells}}",
  "finding.evidenceMore": "相关单元格：{{cells}} 等 {{count}} 个",
  "finding.ignore": "忽略",
  "finding.ignoreAria": "忽略此问题：{{message}}",
  "finding.restore": "恢复",
  "finding.restoreAria": "恢复此问题：{{message}}",
  "ignored.title": "已忽略（{{count}}）",

  "coverage.status.passed": "通过",
  "coverage.status.failed": "未通过",
  "coverage.status.not-applicable": "不适用",
  "coverage.status.not-evaluated": "未执行",
  "coverage.counts": "通过 {{passed}} · 未通过 {{failed}} · 不适用 {{na}} · 未执行 {{ne}}",
  "coverage.findings": "{{count}} 个问题",

  "tables.recognised": "已识别的表（{{count}}）",
  "tables.none": "没有识别出标准决算公开表。",
  "tables.location": "位置：{{ref}}",
  "tables.unit": "单位：{{unit}}",
  "tables.unitNone": "单位：未注明",
  "tables.rows": "{{count}} 行",
  "tables.unplaced": "未归入任何表的内容（{{count}}）",
  "tables.unplacedNone": "工作簿中所有内容都已归入识别出的表。",

  "status.protected.title": "部分工作表受保护，未标记",
  "status.protected.body": "以下工作表受保护，未在其中标色或添加批注；问题仍在下方列出：{{sheets}}",
  "status.noTables.title": "没有识别出决算公开表",
  "status.noTables.body":
    "请确认工作簿中的表含有标准标题（如“收入支出决算总表”）和表号（如“公开01表”），表头包含“科目编码”“科目名称”等列。未归入任何表的内容见“已识别的表”。",
  "status.error.title": "操作失败",
  "status.error.unknown": "发生意外错误：{{detail}}",
  "status.cleared": "已清除标记，恢复了 {{count}} 个单元格的原有填充色。",
  "status.lastRun.title": "上次一键校验的结果",
  "status.lastRun.failed": "上次一键校验未完成",
  "status.lastRun.body": "错误 {{error}} · 警告 {{warning}} · 提示 {{info}}（识别出 {{tables}} 张表）",
  "status.exported": "已导出 {{count}} 个问题。",
  "status.dismiss": "关闭提示",

  "csv.header": "序号,严重程度,类别,表,位置,问题说明,应为,实为,差额,规则",

  "command.error": "一键校验失败：{{detail}}",

  "rule.amount-as-text": "以文本形式存储的金额",
  "rule.asset-count-sum": "国有资产占用情况表的车辆数合计",
  "rule.code-format": "科目编码格式",
  "rule.code-name": "科目名称与科目编码一致",
  "rule.code-parent": "款、项列在其上级科目之下",
  "rule.cross-table": "表间勾稽（应相等的数）",
  "rule.econ-block": "经济分类科目列在所属的经费栏内",
  "rule.econ-hierarchy": "基本支出决算表的经济分类层级",
  "rule.empty-table-nonzero": "表注称空表但有数",
  "rule.excess-decimals": "金额小数位数过多",
  "rule.function-economic": "缴费类经济分类与对应功能分类科目一致",
  "rule.hierarchy-sum": "科目层级合计",
  "rule.negative-amount": "负数金额",
  "rule.part-whole": "部分不超过整体",
  "rule.row-identity": "表内行恒等式",
  "rule.summary-row-identity": "财政拨款收入支出决算总表的行恒等式",
  "rule.summary-totals": "总表的合计与总计",
  "rule.suspicious-placement": "科目归类疑点",
  "rule.three-public-sum": "“三公”经费支出决算表的合计",
  "rule.unreadable-cell": "无法识别的单元格",
} as const;

export type MessageId = keyof typeof zhCN;

/** Replaces each {{name}} in `template` with `data[name]`; unknown placeholders are left as they are. */
export function fill(template: string, data?: Readonly<Record<string, string | number>>): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** Looks up a message by id and fills its {{placeholders}}. */
export function t(id: MessageId, data?: Readonly<Record<string, string | number>>): string {
  return fill(zhCN[id], data);
}

/** The Chinese title of a rule ("科目层级合计"), or the id itself for a rule this file does not know yet. */
export function ruleTitle(ruleId: string): string {
  const key = `rule.${ruleId}`;
  return Object.prototype.hasOwnProperty.call(zhCN, key) ? zhCN[key as MessageId] : ruleId;
}
