/**
 * All user-facing strings of the add-in (addin-conventions §8). Components never contain Chinese literals: they look
 * messages up here by id. Templates may contain {{placeholders}}, filled by `t(id, data)`.
 */
export const zhCN = {
  "app.title": "预决算校验助手",
  "app.subtitle": "部门决算、预算公开表的识别与勾稽校验",
  "app.hostExcel": "已连接 Excel 工作簿",
  "action.startCheck": "开始校验",
  "action.startCheck.unavailable": "校验功能尚未开放",
  "placeholder.title": "即将推出",
  "placeholder.body": "校验界面将在后续版本中提供。当前版本仅包含加载项框架。",
  "demo.title": "演示模式",
  "demo.body": "未检测到 Excel，加载项正在普通浏览器中运行，不会读写任何工作簿。",
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
