import type { CodeRowsSpec } from "./spec";

/** 公开02表 收入决算表: 合计 and 类/款/项 rows × income sources. */
export const final02: CodeRowsSpec = {
  id: "final-02",
  layout: "code-rows",
  title: "收入决算表",
  titles: ["收入决算表", "部门收入决算表"],
  tableNo: /^(公开)?0?2表$|^表0?2$|^表二$/,
  columns: [
    { role: "total", nameZh: "本年收入合计", match: [/本年收入合计/, /^(收入)?合计$/], required: true },
    { role: "fiscal", nameZh: "财政拨款收入", match: [/财政拨款收入/, /^财政拨款$/] },
    { role: "upper", nameZh: "上级补助收入", match: [/上级补助收入/] },
    { role: "business", nameZh: "事业收入", match: [/事业收入/] },
    { role: "operating", nameZh: "经营收入", match: [/经营收入/] },
    { role: "subsidiary", nameZh: "附属单位上缴收入", match: [/附属单位上缴收入/] },
    { role: "other", nameZh: "其他收入", match: [/其他收入/] },
  ],
  rowIdentities: [{ total: "total", parts: ["fiscal", "upper", "business", "operating", "subsidiary", "other"] }],
};
