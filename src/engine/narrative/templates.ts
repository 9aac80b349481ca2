import type { NumberStyle } from "./segments";

/**
 * The wording of the 情况说明 as data: a template set lists its sections in order (numbered 一、二、… by position), each
 * of a known kind with named strings whose {slots} the section builders fill. The standard set follows the national
 * 部门决算公开 template; the regional sets reproduce the phrasing of the three seeds. Changing the wording is editing
 * this file, not code.
 *
 * Slots every builder offers: {年度} ("2024年度"), {上年度} ("2023年度"), {年} / {上年} (numbers only), and per amount
 * {…} the amount, {…变动} the full change phrase (比上年增加X万元，增长Y% / 与上年持平), {…增减} the bare one
 * (增加X万元，增长Y% / 持平), {…原因} "，主要原因：…" (or a 【待填写】 slot where a reason is required, else empty).
 */
export type SectionKind =
  | "overview"
  | "income"
  | "expense"
  | "fiscalOverview"
  | "gpb"
  | "basic"
  | "basicByClass"
  | "fund"
  | "soe"
  | "threePublic"
  | "operatingCost"
  | "procurement"
  | "assets";

export interface SectionTemplate {
  readonly kind: SectionKind;
  readonly title: string;
  readonly strings: Readonly<Record<string, string>>;
  /** Ordered item keys (收入 sources, 支出 types, 经济分类 类) where the section lists them. */
  readonly items?: ReadonlyArray<string>;
  /** List items whose amount is 0 (seed000 lists every source with 0.00; seed001 only the non-zero ones). */
  readonly includeZero?: boolean;
  /** gpb: which parts, in order. */
  readonly parts?: ReadonlyArray<"overall" | "structure" | "specific">;
  /** gpb 具体情况: 1 = per 类, 3 = per 项. */
  readonly detailLevel?: 1 | 3;
  /** basic: list the items with their amounts (seed002) or by name only (seed001). */
  readonly itemAmounts?: boolean;
}

export interface ChangeWords {
  /** {额} the amount, {率} the percentage. */
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  /** 上年为0: no percentage. */
  readonly priorZero: string;
}

export interface TemplateSet {
  readonly id: TemplateSetId;
  readonly nameZh: string;
  readonly style: NumberStyle;
  /** The bare change phrase; the full one is 比上年 + bare, and flatFull for 持平. */
  readonly change: ChangeWords;
  readonly flatFull: string;
  /** "，主要原因：{原因}". */
  readonly reason: string;
  /** Ordinals for sub-items: "（一）" or "1." styles. */
  readonly ordinal: "paren-chinese" | "arabic-dot";
  readonly sections: ReadonlyArray<SectionTemplate>;
}

export type TemplateSetId = "standard" | "jiangxi-zhushan" | "shaanxi-danfeng" | "hubei-zengdu";

const STANDARD_CHANGE: ChangeWords = {
  up: "增加{额}万元，增长{率}%",
  down: "减少{额}万元，下降{率}%",
  flat: "持平",
  priorZero: "增加{额}万元（上年为0）",
};

const INCOME_ITEMS = [
  "01.income.fiscal",
  "01.income.upper",
  "01.income.business",
  "01.income.operating",
  "01.income.subsidiary",
  "01.income.other",
];
const EXPENSE_ITEMS = ["03.basic", "03.project", "03.upper", "03.operating", "03.subsidiary"];

const S = {
  overview: {
    kind: "overview",
    title: "收入支出决算总体情况说明",
    strings: {
      equal:
        "{年度}收入总计、支出总计均为{收入总计}万元，与上年相比，收入总计、支出总计均{收入总计增减}{收入总计原因}。",
      unequal: "{年度}收入总计{收入总计}万元，{收入总计变动}；支出总计{支出总计}万元，{支出总计变动}{收入总计原因}。",
    },
  },
  income: {
    kind: "income",
    title: "收入决算情况说明",
    strings: {
      main: "{年度}本年收入合计{本年收入合计}万元，{本年收入合计变动}{本年收入合计原因}。其中：{构成}。",
      item: "{名称}{金额}万元，占{占比}%",
    },
    items: INCOME_ITEMS,
    includeZero: false,
  },
  expense: {
    kind: "expense",
    title: "支出决算情况说明",
    strings: {
      main: "{年度}本年支出合计{本年支出合计}万元，{本年支出合计变动}{本年支出合计原因}。其中：{构成}。",
      item: "{名称}{金额}万元，占{占比}%",
    },
    items: EXPENSE_ITEMS,
    includeZero: false,
  },
  fiscalOverview: {
    kind: "fiscalOverview",
    title: "财政拨款收入支出决算总体情况说明",
    strings: {
      equal:
        "{年度}财政拨款收入总计、支出总计均为{收入总计}万元，与上年相比，财政拨款收入总计、支出总计均{收入总计增减}{收入总计原因}。",
      unequal:
        "{年度}财政拨款收入总计{收入总计}万元，{收入总计变动}；支出总计{支出总计}万元，{支出总计变动}{收入总计原因}。",
    },
  },
  gpb: {
    kind: "gpb",
    title: "一般公共预算财政拨款支出决算情况说明",
    parts: ["overall", "structure", "specific"],
    detailLevel: 3,
    strings: {
      overallHead: "（一）一般公共预算财政拨款支出决算总体情况",
      overall:
        "{年度}一般公共预算财政拨款支出{支出}万元，占本年支出合计的{占比}%。与上年相比，一般公共预算财政拨款支出{支出增减}{支出原因}。",
      structureHead: "（二）一般公共预算财政拨款支出决算结构情况",
      structure: "{年度}一般公共预算财政拨款支出{支出}万元，主要用于以下方面：{构成}。",
      structureItem: "{名称}（类）支出{金额}万元，占{占比}%",
      specificHead: "（三）一般公共预算财政拨款支出决算具体情况",
      specific:
        "{年度}一般公共预算财政拨款支出年初预算为{预算}万元，支出决算为{决算}万元，完成年初预算的{完成}%。其中：",
      item: "{序号}{科目}。年初预算为{预算}万元，支出决算为{决算}万元，完成年初预算的{完成}%，{比较}{原因}。",
      itemNew: "{序号}{科目}。年初预算为{预算}万元，支出决算为{决算}万元，{比较}{原因}。",
      more: "决算数大于年初预算数",
      less: "决算数小于年初预算数",
      same: "决算数与年初预算数持平",
      new: "年初未安排预算，为新增支出",
    },
  },
  basic: {
    kind: "basic",
    title: "一般公共预算财政拨款基本支出决算情况说明",
    itemAmounts: true,
    strings: {
      main: "{年度}一般公共预算财政拨款基本支出{基本支出}万元，其中：",
      personnel: "人员经费{人员经费}万元，主要包括：{人员经费明细}。",
      public: "公用经费{公用经费}万元，主要包括：{公用经费明细}。",
      itemWithAmount: "{名称}{金额}万元",
    },
  },
  fund: {
    kind: "fund",
    title: "政府性基金预算财政拨款收入支出决算情况说明",
    strings: {
      empty: "本部门{年度}无政府性基金预算财政拨款收支，已公开空表。",
      main: "{年度}政府性基金预算财政拨款年初结转和结余{年初}万元，本年收入{收入}万元，本年支出{支出}万元，年末结转和结余{年末}万元。",
    },
  },
  soe: {
    kind: "soe",
    title: "国有资本经营预算财政拨款支出决算情况说明",
    strings: {
      empty: "本部门{年度}无国有资本经营预算财政拨款收支，已公开空表。",
      main: "{年度}国有资本经营预算财政拨款本年支出{支出}万元。",
    },
  },
  threePublic: {
    kind: "threePublic",
    title: "财政拨款“三公”经费支出决算情况说明",
    strings: {
      empty: "本部门{年度}无财政拨款“三公”经费支出，已公开空表。",
      total: "{年度}“三公”经费财政拨款支出全年预算为{预算}万元，支出决算为{决算}万元{完成}，{决算变动}{决算原因}。",
      completion: "，完成全年预算的{完成}%",
      abroad:
        "{序号}因公出国（境）费全年预算为{预算}万元，支出决算为{决算}万元{完成}，{决算变动}{决算原因}。全年安排因公出国（境）团组{团组}个，累计{人次}人次。",
      vehicle:
        "{序号}公务用车购置及运行维护费全年预算为{预算}万元，支出决算为{决算}万元{完成}，{决算变动}{决算原因}。其中：公务用车购置费支出{购置费}万元，全年购置公务用车{购置数}辆；公务用车运行维护费支出{运行费}万元，年末公务用车保有量{保有量}辆。",
      reception:
        "{序号}公务接待费全年预算为{预算}万元，支出决算为{决算}万元{完成}，{决算变动}{决算原因}。全年国内公务接待{批次}批，累计接待{接待人次}人次。",
    },
  },
  operatingCost: {
    kind: "operatingCost",
    title: "机关运行经费支出情况说明",
    strings: {
      withBudget:
        "{年度}机关运行经费预算{预算}万元，支出决算{决算}万元，完成预算的{完成}%。支出决算{决算变动}{决算原因}。",
      main: "{年度}机关运行经费支出{决算}万元，{决算变动}{决算原因}。",
    },
  },
  procurement: {
    kind: "procurement",
    title: "政府采购支出情况说明",
    strings: {
      none: "本部门{年度}无政府采购事项。",
      main: "{年度}政府采购支出总额{总额}万元，其中：政府采购货物支出{货物}万元、政府采购工程支出{工程}万元、政府采购服务支出{服务}万元。授予中小企业合同金额{中小企业}万元，占政府采购支出总额的{中小企业占比}%，其中：授予小微企业合同金额{小微企业}万元，占授予中小企业合同金额的{小微企业占比}%；货物采购授予中小企业合同金额占货物支出金额的{货物占比}%，工程采购授予中小企业合同金额占工程支出金额的{工程占比}%，服务采购授予中小企业合同金额占服务支出金额的{服务占比}%。",
    },
  },
  assets: {
    kind: "assets",
    title: "国有资产占用情况说明",
    strings: {
      main: "截至{年}年12月31日，本部门共有车辆{车辆}辆，其中：副部（省）级及以上领导用车{领导用车}辆、主要负责人用车{主要负责人用车}辆、机要通信用车{机要通信用车}辆、应急保障用车{应急保障用车}辆、执法执勤用车{执法执勤用车}辆、特种专业技术用车{特种专业技术用车}辆、离退休干部服务用车{离退休干部服务用车}辆、其他用车{其他用车}辆；单价100万元（含）以上设备（不含车辆）{设备}台（套）。",
      purchases: "{年}年当年购置车辆{购置车辆}辆；购置单价100万元以上的设备{购置设备}台（套）。",
    },
  },
} satisfies Record<string, SectionTemplate>;

export const STANDARD: TemplateSet = {
  id: "standard",
  nameZh: "标准（部门决算公开模板）",
  style: { thousands: true, trimWholeAmounts: false, percentDecimals: 2, trimWholePercents: false },
  change: STANDARD_CHANGE,
  flatFull: "与上年持平",
  reason: "，主要原因：{原因}",
  ordinal: "paren-chinese",
  sections: [
    S.overview,
    S.income,
    S.expense,
    S.fiscalOverview,
    S.gpb,
    S.basic,
    S.fund,
    S.soe,
    S.threePublic,
    S.operatingCost,
    S.procurement,
    S.assets,
  ],
};

/** 江西 景德镇市珠山区 (seed000): 收入 and 支出 with 结转结余 lines, 财政拨款支出 per 类, 基本支出 per 经济分类 类. */
export const JIANGXI_ZHUSHAN: TemplateSet = {
  ...STANDARD,
  id: "jiangxi-zhushan",
  nameZh: "江西（珠山区样式）",
  style: { thousands: false, trimWholeAmounts: false, percentDecimals: 2, trimWholePercents: false },
  sections: [
    {
      ...S.income,
      strings: {
        main: "本部门{年度}收入总计{收入总计}万元，其中年初结转和结余{年初结转和结余}万元，{年初结转和结余变动}{年初结转和结余原因}；使用非财政拨款结余（含专用结余）{使用非财政拨款结余}万元，{使用非财政拨款结余变动}{使用非财政拨款结余原因}；本年收入合计{本年收入合计}万元，{本年收入合计变动}{本年收入合计原因}。",
        composition: "本年收入的具体构成：{构成}。",
        item: "{名称}{金额}万元，占{占比}%",
      },
      items: [
        "01.income.fiscal",
        "01.income.business",
        "01.income.operating",
        "01.income.upper",
        "01.income.subsidiary",
        "01.income.other",
      ],
      includeZero: true,
    },
    {
      ...S.expense,
      strings: {
        main: "本部门{年度}支出总计{支出总计}万元，其中本年支出合计{本年支出合计}万元，{本年支出合计变动}{本年支出合计原因}；结余分配{结余分配}万元，{结余分配变动}{结余分配原因}；年末结转和结余{年末结转和结余}万元，{年末结转和结余变动}{年末结转和结余原因}。",
        composition: "本年支出的具体构成：{构成}。",
        item: "{名称}{金额}万元，占{占比}%",
      },
      items: ["03.basic", "03.project", "03.operating", "03.upper", "03.subsidiary"],
      includeZero: true,
    },
    {
      ...S.gpb,
      title: "财政拨款支出决算情况说明",
      parts: ["specific"],
      detailLevel: 1,
      strings: {
        ...S.gpb.strings,
        specificHead: "",
        specific: "本部门{年度}财政拨款本年支出年初预算数{预算}万元，决算数{决算}万元，完成年初预算的{完成}%。其中：",
        item: "{序号}{科目}年初预算数{预算}万元，决算数{决算}万元，完成年初预算的{完成}%。{原因}",
        itemNew: "{序号}{科目}年初预算数{预算}万元，决算数{决算}万元。{原因}",
        budgetReason: "预决算差异主要原因：{原因}。",
      },
    },
    {
      kind: "basicByClass",
      title: "一般公共预算财政拨款基本支出决算情况说明",
      items: ["301", "302", "303", "310"],
      strings: {
        main: "本部门{年度}一般公共预算财政拨款基本支出{基本支出}万元，其中：",
        item: "{序号}{名称}{金额}万元，{变动}{原因}。",
      },
    },
    {
      ...S.threePublic,
      strings: {
        ...S.threePublic.strings,
        total:
          "本部门{年度}财政拨款“三公”经费支出全年预算数{预算}万元，决算数{决算}万元{完成}；决算数{决算变动}{决算原因}，其中：",
      },
    },
    {
      ...S.operatingCost,
      strings: {
        ...S.operatingCost.strings,
        main: "本部门{年度}机关运行经费支出{决算}万元，决算数{决算变动}{决算原因}。",
      },
    },
    { ...S.procurement, strings: { ...S.procurement.strings, main: "本部门" + S.procurement.strings.main } },
    S.assets,
  ],
};

/** 陕西 丹凤县 (seed001): thousands separators, whole numbers without decimals, per-项 年初预算 completion. */
export const SHAANXI_DANFENG: TemplateSet = {
  ...STANDARD,
  id: "shaanxi-danfeng",
  nameZh: "陕西（丹凤县样式）",
  style: { thousands: true, trimWholeAmounts: true, percentDecimals: 2, trimWholePercents: true },
  reason: "，主要原因是：{原因}",
  ordinal: "arabic-dot",
  sections: [
    S.overview,
    {
      ...S.income,
      strings: { main: "{年度}本年收入合计{本年收入合计}万元，其中：{构成}。", item: "{名称}{金额}万元，占{占比}%" },
    },
    {
      ...S.expense,
      strings: { main: "{年度}本年支出合计{本年支出合计}万元，其中：{构成}。", item: "{名称}{金额}万元，占{占比}%" },
    },
    S.fiscalOverview,
    {
      ...S.gpb,
      parts: ["specific"],
      strings: {
        ...S.gpb.strings,
        specific:
          "{年度}一般公共预算财政拨款支出年初预算{预算}万元，支出决算{决算}万元，完成年初预算的{完成}%。占本年支出合计的{占比}%。与上年相比，财政拨款支出{支出增减}{支出原因}。",
        specificHead: "",
        listHead: "按照政府功能分类科目，其中：",
        item: "{序号}{科目}。年初预算{预算}万元，支出决算{决算}万元，完成年初预算的{完成}%，{比较}{原因}。",
        itemNew: "{序号}{科目}。年初预算{预算}万元，支出决算{决算}万元，{比较}{原因}。",
        new: "新增支出",
      },
    },
    {
      ...S.basic,
      itemAmounts: false,
      strings: {
        main: "{年度}一般公共预算财政拨款基本支出{基本支出}万元，包括人员经费和公用经费。其中：",
        personnel: "（一）人员经费{人员经费}万元，主要包括：{人员经费明细}。",
        public: "（二）公用经费{公用经费}万元，主要包括：{公用经费明细}。",
        itemWithAmount: "{名称}{金额}万元",
      },
    },
    S.fund,
    S.soe,
    {
      ...S.threePublic,
      title: "财政拨款“三公”经费及会议费、培训费支出决算情况说明",
      strings: {
        ...S.threePublic.strings,
        empty: "本部门{年度}无财政拨款“三公”经费及会议费、培训费支出，已公开空表。",
      },
    },
    S.operatingCost,
    S.procurement,
    {
      ...S.assets,
      title: "国有资产占用及购置情况说明",
      strings: {
        ...S.assets.strings,
        main: "截至{年}年末，本部门共有车辆{车辆}辆。单价100万元及以上的设备（不含车辆）{设备}台（套）。",
      },
    },
  ],
};

/** 湖北 随州市曾都区 (seed002): no thousands separators, percentages at 1 decimal, 与上年度相比 wording. */
export const HUBEI_ZENGDU: TemplateSet = {
  ...STANDARD,
  id: "hubei-zengdu",
  nameZh: "湖北（曾都区样式）",
  style: { thousands: false, trimWholeAmounts: true, percentDecimals: 1, trimWholePercents: true },
  flatFull: "与{上年度}持平",
  reason: "。主要原因是{原因}",
  ordinal: "arabic-dot",
  sections: [
    {
      ...S.overview,
      strings: {
        equal: "{年度}收、支总计均为{收入总计}万元。与{上年度}相比，收、支总计各{收入总计增减}{收入总计原因}。",
        unequal:
          "{年度}收入总计{收入总计}万元，支出总计{支出总计}万元。与{上年度}相比，收入总计{收入总计增减}，支出总计{支出总计增减}{收入总计原因}。",
      },
    },
    {
      ...S.income,
      includeZero: true,
      strings: {
        main: "{年度}收入合计{本年收入合计}万元，与{上年度}相比，收入合计{本年收入合计增减}。其中：{构成}。",
        item: "{名称}{金额}万元，占本年收入{占比}%",
      },
    },
    {
      ...S.expense,
      includeZero: true,
      items: ["03.basic", "03.project", "03.upper", "03.operating", "03.subsidiary"],
      strings: {
        main: "{年度}支出合计{本年支出合计}万元，与{上年度}相比，支出合计{本年支出合计增减}。其中：{构成}。",
        item: "{名称}{金额}万元，占本年支出{占比}%",
      },
    },
    {
      ...S.fiscalOverview,
      items: ["04.income.gpb", "04.income.fund", "04.income.soe"],
      strings: {
        equal:
          "{年度}财政拨款收、支总计均为{收入总计}万元。与{上年度}相比，财政拨款收、支总计各{收入总计增减}{收入总计原因}。",
        unequal:
          "{年度}财政拨款收入总计{收入总计}万元，支出总计{支出总计}万元。与{上年度}相比，财政拨款收入总计{收入总计增减}，支出总计{支出总计增减}{收入总计原因}。",
        lines: "{年度}财政拨款收入中，{明细}。",
        line: "{名称}{金额}万元，比{上年度}决算数{增减额}",
      },
    },
    {
      ...S.gpb,
      detailLevel: 1,
      strings: {
        ...S.gpb.strings,
        overallHead: "(一) 一般公共预算财政拨款支出决算总体情况。",
        overall:
          "{年度}一般公共预算财政拨款支出{支出}万元，占本年支出合计的{占比}%。与{上年度}相比，一般公共预算财政拨款支出{支出增减}{支出原因}。",
        structureHead: "(二) 一般公共预算财政拨款支出决算结构情况。",
        specificHead: "（三）一般公共预算财政拨款支出决算具体情况。",
      },
    },
    S.basic,
    {
      ...S.fund,
      strings: {
        ...S.fund.strings,
        empty: S.fund.strings.main + "具体支出情况为：本单位当年无政府性基金预算财政拨款支出。",
      },
    },
    {
      ...S.soe,
      strings: {
        ...S.soe.strings,
        empty: S.soe.strings.main + "具体支出情况为：{年度}无国有资本经营预算财政拨款支出。",
      },
    },
    S.threePublic,
    { ...S.operatingCost, title: "机关运行经费支出说明" },
    {
      ...S.procurement,
      title: "政府采购支出说明",
      strings: { ...S.procurement.strings, main: "本部门" + S.procurement.strings.main },
    },
    S.assets,
  ],
};

export const TEMPLATE_SETS: Readonly<Record<TemplateSetId, TemplateSet>> = {
  standard: STANDARD,
  "jiangxi-zhushan": JIANGXI_ZHUSHAN,
  "shaanxi-danfeng": SHAANXI_DANFENG,
  "hubei-zengdu": HUBEI_ZENGDU,
};
