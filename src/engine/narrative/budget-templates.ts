/**
 * The wording of the 部门预算 情况说明 as data (the 决算 sets are in templates.ts). A budget template set lists its
 * sections in order, numbered （一）（二）… by position under the heading "一、{年}年部门预算收支情况说明", then the
 * “三公” part as 二、. Changing the wording is editing this file, not code.
 *
 * Slots: {年} {上年}; per amount {…} the amount and {…变动} the change phrase (较上年预算安排增加X万元 / 减少X万元 /
 * 增加(减少)0万元), {…原因} "主要原因是：…" where the text needs one.
 */
export type BudgetSectionKind =
  "income" | "expense" | "fiscal" | "fund" | "soe" | "operatingCost" | "procurement" | "assets" | "threePublic";

export interface BudgetSectionTemplate {
  readonly kind: BudgetSectionKind;
  readonly title: string;
  readonly strings: Readonly<Record<string, string>>;
}

export interface BudgetChangeWords {
  /** {额} the amount. */
  readonly up: string;
  readonly down: string;
  readonly flat: string;
}

export type BudgetTemplateSetId = "budget-jiangxi-donghu";

export interface BudgetTemplateSet {
  readonly id: BudgetTemplateSetId;
  readonly nameZh: string;
  readonly heading: string;
  readonly change: BudgetChangeWords;
  /** 比上年增（减） wording of the “三公” part. */
  readonly threePublicChange: BudgetChangeWords;
  /** Rate for 机关运行经费: {率}. */
  readonly growthUp: string;
  readonly growthDown: string;
  /** Top-level part: "一、" sections, then the “三公” part "二、". */
  readonly sections: ReadonlyArray<BudgetSectionTemplate>;
  readonly threePublic: BudgetSectionTemplate;
  readonly threePublicHeading: string;
}

/** 经济分类 类 with their names (部门预算支出经济分类科目). */
export const ECON_CLASSES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "307": "债务利息及费用支出",
  "309": "资本性支出（基本建设）",
  "310": "资本性支出",
  "311": "对企业补助（基本建设）",
  "312": "对企业补助",
  "313": "对社会保险基金补助",
  "399": "其他支出",
};

/** 功能分类 类 (支出功能分类科目) in the order the 江西 template lists them. */
export const FUNCTION_CLASSES: ReadonlyArray<readonly [string, string]> = [
  ["201", "一般公共服务支出"],
  ["203", "国防支出"],
  ["204", "公共安全支出"],
  ["205", "教育支出"],
  ["206", "科学技术支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["211", "节能环保支出"],
  ["212", "城乡社区支出"],
  ["213", "农林水支出"],
  ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"],
  ["216", "商业服务业等支出"],
  ["217", "金融支出"],
  ["220", "自然资源海洋气象等支出"],
  ["221", "住房保障支出"],
  ["222", "粮油物资储备支出"],
  ["224", "灾害防治及应急管理支出"],
  ["229", "其他支出"],
];

/** 收入 sources of the 部门收入总表 after 财政拨款收入: line role → name. */
export const BUDGET_INCOME_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ["education", "教育收费资金收入"],
  ["business", "事业收入"],
  ["operating", "事业单位经营收入"],
  ["subsidiary", "附属单位上缴收入"],
  ["upper", "上级补助收入"],
  ["other", "其他收入"],
  ["nonFiscalBalance", "使用非财政拨款结余"],
  ["carryover", "上年结转（结余）"],
];

/** 江西 南昌市东湖区 (seed003): the 部门预算公开 template of 江西. */
export const BUDGET_JIANGXI_DONGHU: BudgetTemplateSet = {
  id: "budget-jiangxi-donghu",
  nameZh: "江西部门预算（东湖区样式）",
  heading: "一、{年}年部门预算收支情况说明",
  change: {
    up: "较上年预算安排增加{额}万元",
    down: "较上年预算安排减少{额}万元",
    flat: "较上年预算安排增加（减少）0万元",
  },
  threePublicChange: { up: "比上年增加{额}万元", down: "比上年减少{额}万元", flat: "比上年增（减）0万元" },
  growthUp: "增长{率}%",
  growthDown: "下降{率}%",
  sections: [
    {
      kind: "income",
      title: "收入预算情况",
      strings: {
        main: "{年}年{部门}部门收入预算总额为{收入总额}万元，{收入总额变动}，其中{构成}。",
        item: "{名称}{金额}万元，{变动}",
      },
    },
    {
      kind: "expense",
      title: "支出预算情况",
      strings: {
        main: "{年}年{部门}部门支出预算总额为{支出总额}万元，{支出总额变动}；",
        byType: "其中：按支出项目类别划分：{基本}{项目}",
        type: "{名称}{金额}万元，{变动}；其中：{构成}。",
        econItem: "{名称}{金额}万元",
        byFunction: "按支出功能科目划分：{构成}。",
        byEcon: "按支出经济分类划分：{构成}。",
        item: "{名称}{金额}万元，{变动}",
      },
    },
    {
      kind: "fiscal",
      title: "财政拨款支出情况",
      strings: {
        main: "{年}年{部门}部门财政拨款支出预算总额{支出总额}万元，{支出总额变动}；",
        byFunction: "按支出功能科目划分：{构成}。",
        functionItem: "{名称}{金额}万元",
        byType: "按支出项目类别划分：{基本}{项目}",
        type: "{名称}{金额}万元，{变动}；其中：{构成}。",
        econItem: "{名称}{金额}万元",
      },
    },
    {
      kind: "fund",
      title: "政府性基金情况",
      strings: {
        empty: "本部门没有使用政府性基金预算拨款安排的支出。",
        main: "本部门使用政府性基金预算拨款安排的支出{支出}万元。",
      },
    },
    {
      kind: "soe",
      title: "国有资本经营情况",
      strings: {
        empty: "本部门没有使用国有资本经营预算拨款安排的支出。",
        main: "本部门使用国有资本经营预算拨款安排的支出{支出}万元。",
      },
    },
    {
      kind: "operatingCost",
      title: "机关运行经费等重要事项的说明",
      strings: {
        main: "{年}年部门机关运行费预算{预算}万元，{变动}{原因}",
        change: "比{上年}年（上年）预算{增减}",
        flat: "与{上年}年（上年）预算持平",
        reason: "主要原因是{原因}。",
      },
    },
    {
      kind: "procurement",
      title: "政府采购情况",
      strings: {
        main: "{年}年部门所属各单位政府采购总额{总额}万元，其中：政府采购货物预算{货物}万元，政府采购工程预算{工程}万元，政府采购服务预算{服务}万元。",
      },
    },
    {
      kind: "assets",
      title: "国有资产占有使用情况",
      strings: {
        main: "截至{基准日}（各级财政编制部门预算基础信息上报截止时间），部门共有车辆{车辆}辆，其中：一般公务用车实有数{公务用车}辆。",
        purchases: "{年}年部门预算安排购置车辆{购置车辆}辆，{设备}。",
        noEquipment: "未安排购置单位价值200万元以上大型设备",
        equipment: "安排购置单位价值200万元以上大型设备{购置设备}台（套）",
      },
    },
  ],
  threePublicHeading: "二、{年}年“三公”经费预算情况说明",
  threePublic: {
    kind: "threePublic",
    title: "“三公”经费预算情况说明",
    strings: {
      main: "{年}年{部门}部门为“三公”经费财政拨款安排{合计}万元，其中：{因公出国}",
      item: "{名称}{金额}万元，{变动}，主要原因是：{原因}。",
    },
  },
};

export const BUDGET_TEMPLATE_SETS: Readonly<Record<BudgetTemplateSetId, BudgetTemplateSet>> = {
  "budget-jiangxi-donghu": BUDGET_JIANGXI_DONGHU,
};
