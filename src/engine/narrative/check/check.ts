import Decimal from "decimal.js";
import { formatAmount, formatSigned, type Severity } from "../../findings";
import type { RecognitionResult, TableId, TableRow } from "../../model/table";
import { compareSum } from "../../tolerance";
import { checkPercent, div, scale, shown, sub, type Interval } from "./interval";
import { nameCore, parseFunctionPath, sameName } from "./names";
import {
  cellValue,
  indicatorName,
  pathName,
  refOf,
  resolveName,
  resolvePath,
  rowsWithAmount,
  sectionContext,
  tableNo,
  Tables,
  type Resolved,
  type ResolvedPart,
  type SectionContext,
} from "./resolve";
import { compact, extractNumbers, splitParagraphs, type Paragraph, type Sentence, type TextNumber } from "./text";
import type { NarrativeCheckResult, NarrativeFinding, NarrativeMessageId, NotEvaluated } from "./types";

/**
 * The narrative checker: an existing 情况说明 against the recognised tables, sentence by sentence. Numbers are paired
 * only inside one sentence (a sentence ends at 。 or ；); what a sentence leaves implicit comes from the tables — the
 * subject a previous sentence of the paragraph named (“（三）公务接待费……。决算数比上年增加 0.20 万元”), the total a
 * list is a share of (“本年收入的具体构成：…占 100.00%”). Figures that tie to nothing are reported as not evaluated.
 * Amounts are Decimal; a text amount stands for ±0.005 万元 (the tables' precision), however many decimals it shows.
 */

type AmountKind = "current" | "budget" | "change";
/** factor: the “× 100%” of a formula the text spells out. */
type PercentKind = "share" | "growth" | "completion" | "factor" | "unknown";

interface Fact {
  readonly num: TextNumber;
  readonly kind: AmountKind | "percent";
  /** The name written before the number (“本年收入合计”), "" when the sentence's subject is meant. */
  readonly name: string;
  /** Table cells of the name (or of the subject, for an unnamed 决算数). */
  readonly resolved: Resolved | null;
  /** +1 增加/增长, −1 减少/下降 (changes and growth percents). */
  readonly sign: 1 | -1;
  readonly percentKind?: PercentKind;
  /** For shares: the denominator's name (“本年收入”), "" for a bare 占; the numerator's name in “X占Y的”. */
  readonly denominator?: string;
  readonly numerator?: string;
}

interface Subject {
  readonly name: string;
  readonly current: Resolved | null;
  readonly budget: Resolved | null;
}

interface Lead {
  readonly value: Decimal;
  readonly resolved: Resolved | null;
  readonly name: string;
}

const HUNDRED = new Decimal(100);

const SECTION = /^[一二三四五六七八九十]+、/;
const SUBSECTION = /^[（(][一二三四五六七八九十]+[)）]/;

export function checkNarrative(text: string, recognition: RecognitionResult): NarrativeCheckResult {
  return new Checker(splitParagraphs(text), new Tables(recognition)).run();
}

class Checker {
  private readonly findings: NarrativeFinding[] = [];
  private readonly notEvaluated: NotEvaluated[] = [];
  private section = "";
  private subsection = "";
  private ctx: SectionContext = sectionContext("");
  private sectionLead: Lead | null = null;
  private subject: Subject | null = null;
  private paragraphLead: Lead | null = null;
  /** The last stated amount of the previous sentence of the paragraph: the total a “；其中：…占 x%” continues. */
  private previousHead: Fact | null = null;
  private paragraphFacts = new Map<string, Decimal>();
  private readonly stated = new Map<string, { value: Decimal; quote: string }>();
  /** Whole-report statements of an actual amount, keyed by unit and the words of its clause. */
  /** The whole text without thousands separators, to count how often the report uses a number. */
  private plainText = "";
  private readonly statedInDocument = new Map<string, { value: Decimal; unit: string; name: string; s: Sentence }[]>();
  private sentencesWithFigures = 0;
  private evaluated = 0;
  /** The stated change of the (sub)section's total (“支出预算总额为 418.56 万元,较上年预算安排增加 83.10 万元”). */
  private totalChange: Fact | null = null;
  /** Every amount stated so far, with the words before it (评价报告: the inputs a rate is computed from). */
  private readonly amounts: Array<{ readonly seg: string; readonly num: TextNumber }> = [];

  constructor(
    private readonly paragraphs: ReadonlyArray<Paragraph>,
    private readonly t: Tables,
  ) {}

  run(): NarrativeCheckResult {
    this.plainText = this.paragraphs
      .map((p) => p.text)
      .join("\n")
      .replace(/[,，](?=\d{3})/g, "");
    for (const p of this.paragraphs) {
      const hasNumbers = extractNumbers(p.text).length > 0;
      if (SECTION.test(p.text) && !hasNumbers) {
        this.section = p.text;
        this.subsection = "";
        this.sectionLead = null;
        this.totalChange = null;
      } else if (SUBSECTION.test(p.text) && !hasNumbers && p.text.length < 40) {
        this.subsection = p.text;
        this.sectionLead = null;
        this.totalChange = null;
      }
      this.ctx = sectionContext(this.section + this.subsection);
      this.subject = null;
      this.paragraphLead = null;
      this.previousHead = null;
      this.paragraphFacts = new Map();
      const factsOfParagraph: Fact[][] = [];
      for (const s of p.sentences) factsOfParagraph.push(this.sentence(s));
      this.afterParagraph(p, factsOfParagraph.flat());
      this.breakdownChanges(p, factsOfParagraph);
      this.headingWeight(p);
    }
    this.statedAcrossReportFindings();
    return {
      findings: this.findings,
      notEvaluated: this.notEvaluated,
      sentencesWithFigures: this.sentencesWithFigures,
      evaluated: this.evaluated,
    };
  }

  // ---- one sentence -------------------------------------------------------------------------------------------

  private sentence(s: Sentence): Fact[] {
    const nums = extractNumbers(s.plain);
    if (nums.length === 0) {
      this.nameOnly(s.plain);
      return [];
    }
    this.sentencesWithFigures++;
    const facts: Fact[] = [];
    const open: string[] = [];
    let prevEnd = 0;
    for (const num of nums) {
      const label = compact(s.plain.slice(prevEnd, num.start));
      prevEnd = num.end;
      facts.push(num.kind === "percent" ? this.percentFact(num, label) : this.amountFact(num, label));
      if (num.kind !== "percent") this.amounts.push({ seg: lastSegment(label).replace(/(为|是)$/, ""), num });
    }
    if (s.index === 0) this.setParagraphLead(s, facts);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      if (f.kind === "percent") this.percent(s, facts, i, open);
      else this.amount(s, f, open);
    }
    this.listInSentence(s, facts);
    this.assetCause(s);
    this.previousHead = facts.filter((f) => f.kind === "current").pop() ?? null;
    if (open.length === 0) this.evaluated++;
    else this.notEvaluated.push({ quote: s.text, paragraph: s.paragraph, sentence: s.index, reason: open.join("；") });
    return facts;
  }

  /** A sentence without figures can name the subject of the next ones (“1. 社会保障和就业支出（类）……（项）。”). */
  private nameOnly(text: string): void {
    const path = parseFunctionPath(text) ? resolvePath(text, this.ctx, this.t) : null;
    if (path && path.complete) {
      const row = path.rows[path.rows.length - 1];
      const cell = row.cells.total;
      if (cell)
        this.subject = {
          name: path.printed,
          current: {
            name: path.printed,
            parts: [{ cell, table: path.table, label: `${tableNo(path.table)} ${row.code!.code} ${row.label} 合计` }],
          },
          budget: null,
        };
    }
  }

  private amountFact(num: TextNumber, label: string): Fact {
    const seg = lastSegment(label);
    let kind: AmountKind = "current";
    let sign: 1 | -1 = 1;
    let name = seg;
    let m: RegExpExecArray | null;
    if ((m = /(增加|减少|增长|下降|增\(减\)|增（减）|增减)了?$/.exec(seg))) {
      kind = "change";
      sign = m[1] === "减少" || m[1] === "下降" ? -1 : 1;
      name = seg.slice(0, m.index).replace(/(比|较|与).*$/, "");
      name = name.replace(/(决算数|支出决算|决算)$/, "");
    } else if ((m = /(年初预算数?|全年预算数?|预算数|预算)(为|是)?$/.exec(seg))) {
      kind = "budget";
      name = seg.slice(0, m.index);
    } else if ((m = /(决算数|支出决算|决算)(为|是)?$/.exec(seg))) {
      name = seg.slice(0, m.index);
    }
    name = name.replace(/的$/, "");
    if (name === "" && kind !== "change" && !this.subject) {
      // “一般公共预算财政拨款支出年初预算为【待填写】万元，支出决算为 363.59 万元”: the subject precedes a figure the
      // text does not give.
      for (const part of label.split(/[，,：:；。]/).reverse()) {
        const k = /^(.+?)(年初预算|全年预算|预算数|决算数)/.exec(part.replace(/^□+/, ""));
        if (k && this.resolve(k[1], "current")) {
          this.subject = {
            name: indicatorName(k[1]),
            current: this.resolve(k[1], "current"),
            budget: this.resolve(k[1], "budget"),
          };
          break;
        }
      }
    }
    const resolved = this.resolve(name, kind === "budget" ? "budget" : "current");
    if (name !== "") {
      const current = kind === "budget" ? this.resolve(name, "current") : resolved;
      const budget = kind === "budget" ? resolved : this.resolve(name, "budget");
      if (current || budget) this.subject = { name: indicatorName(name), current, budget };
    }
    const own =
      name === ""
        ? kind === "budget"
          ? (this.subject?.budget ?? null)
          : kind === "current"
            ? (this.subject?.current ?? null)
            : null
        : resolved;
    return { num, kind, name, resolved: own, sign };
  }

  private percentFact(num: TextNumber, label: string): Fact {
    if (/[×xX*]$/.test(label))
      return { num, kind: "percent", name: "", resolved: null, sign: 1, percentKind: "factor" };
    const seg = lastSegment(label);
    let m: RegExpExecArray | null;
    const at = seg.lastIndexOf("占");
    if (at >= 0) {
      const denominator = seg
        .slice(at + 1)
        .replace(/(为|是)$/, "")
        .replace(/(比例|比重)$/, "")
        .replace(/的$/, "");
      return {
        num,
        kind: "percent",
        name: "",
        resolved: null,
        sign: 1,
        percentKind: "share",
        denominator,
        numerator: seg.slice(0, at),
      };
    }
    if (/完成.*预算/.test(seg))
      return { num, kind: "percent", name: "", resolved: null, sign: 1, percentKind: "completion" };
    if ((m = /(增长|下降|增加|减少)了?$/.exec(seg))) {
      const sign = m[1] === "减少" || m[1] === "下降" ? -1 : 1;
      return { num, kind: "percent", name: "", resolved: null, sign, percentKind: "growth" };
    }
    return { num, kind: "percent", name: "", resolved: null, sign: 1, percentKind: "unknown" };
  }

  private resolve(name: string, kind: "current" | "budget", denominator = false): Resolved | null {
    if (name === "") return null;
    if (parseFunctionPath(name)) {
      if (kind === "budget") return null;
      const path = resolvePath(name, this.ctx, this.t);
      if (!path || !path.complete) return null;
      const row = path.rows[path.rows.length - 1];
      const cell = row.cells.total;
      return cell
        ? {
            name: path.printed,
            parts: [{ cell, table: path.table, label: `${tableNo(path.table)} ${row.code!.code} ${row.label} 合计` }],
          }
        : null;
    }
    return resolveName(name, kind, this.ctx, this.t, denominator);
  }

  // ---- amounts --------------------------------------------------------------------------------------------------

  /**
   * The same fully named actual figure across the whole report (“2022年政府采购货物支出实际支出 8984.20 元” in one
   * section, “…实际支出89842元” in others): one of them is wrong. Only figures named as 实际支出, in the same unit;
   * collected here, judged at the end (statedAcrossReportFindings).
   */
  private statedAcrossReport(s: Sentence, f: Fact): void {
    if (/(主要包括|包括|其中)[:：]/.test(s.plain.slice(0, f.num.start))) return;
    // The words of the figure's own clause (after the last comma, colon or 、 before it).
    const clause = compact(
      s.plain
        .slice(0, f.num.start)
        .split(/[，,；;：:、]/)
        .pop() ?? "",
    );
    if (!/实际支出$/.test(clause)) return;
    const key = `${f.num.unit}|${clause.replace(/^\d{4}年/, "")}`;
    const list = this.statedInDocument.get(key) ?? [];
    list.push({ value: f.num.value, unit: f.num.unit, name: clause, s });
    this.statedInDocument.set(key, list);
  }

  /** The value stated most often is taken as meant; each statement that differs from it is an error at that sentence. */
  private statedAcrossReportFindings(): void {
    for (const list of this.statedInDocument.values()) {
      const counts = new Map<string, number>();
      for (const x of list) counts.set(x.value.toFixed(), (counts.get(x.value.toFixed()) ?? 0) + 1);
      if (counts.size < 2) continue;
      // Ranked by how often the value is stated as this figure, then by how often the report uses the number at all
      // (its own computations: “(300000 - 89842) / 300000”), so the figure the report works with is taken as meant.
      const used = (v: string) => {
        const digits = new Decimal(v).toFixed().replace(/\.$/, "");
        const re = new RegExp(`(?<![\\d.])${digits.replace(".", "\\.")}0*(?![\\d.]*\\d)`, "g");
        return (this.plainText.match(re) ?? []).length;
      };
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || used(b[0]) - used(a[0]));
      if (ranked[0][1] === ranked[1][1] && used(ranked[0][0]) === used(ranked[1][0])) {
        // Two values as often each, and used as often: which one is meant cannot be told; flagged, not proven.
        const [a, b] = list;
        this.push(
          b.s,
          "stated-twice",
          "warning",
          `「${a.name}」在报告中两处金额不一致：${a.value.toFixed()} ${a.unit}（“${a.s.text}”）与 ${b.value.toFixed()} ${b.unit}`,
          [],
          {
            expected: formatAmount(a.value),
            actual: formatAmount(b.value),
            difference: formatAmount(b.value.minus(a.value)),
          },
        );
        continue;
      }
      const meant = new Decimal(ranked[0][0]);
      for (const x of list) {
        if (x.value.eq(meant)) continue;
        this.push(
          x.s,
          "stated-twice",
          "error",
          `「${x.name}」${x.value.toFixed()} ${x.unit}与报告其他处所述 ${meant.toFixed()} ${x.unit}不一致（报告的计算也使用 ${meant.toFixed()}），必有一处有误`,
          [],
          {
            expected: formatAmount(meant),
            actual: formatAmount(x.value),
            difference: formatAmount(x.value.minus(meant)),
          },
        );
      }
    }
  }

  private amount(s: Sentence, f: Fact, open: string[]): void {
    if (f.kind === "change") return;
    // “单价 100 万元（含）以上设备”: a threshold, not a figure.
    if (/(单价|单位价值)$/.test(f.name) || /^\s*(（含）|\(含\))?\s*(及)?以上/.test(s.plain.slice(f.num.end))) return;
    if (f.num.unit === "元" && this.assetAmount(s, f)) return;
    this.statedAcrossReport(s, f);
    if (f.num.unit !== "万元") {
      open.push(`${f.num.raw} 的单位不是万元，未与表核对`);
      return;
    }
    if (f.resolved) {
      for (const part of f.resolved.parts) this.compareAmount(s, f, part);
      return;
    }
    if (f.name !== "" && parseFunctionPath(f.name) && f.kind === "current") {
      this.pathMismatch(s, f, open);
      return;
    }
    if (f.kind === "budget" && /机关运行(经)?费$/.test(f.name)) {
      this.operatingCost(s, f);
      return;
    }
    if (f.kind === "budget") {
      if (f.name !== "" || this.subject) return; // 年初预算数 per 功能科目 is not in the tables: an input, not a check
      open.push(`${f.num.raw}：预算数无所指科目`);
      return;
    }
    const name = nameCore(indicatorName(f.name));
    // Items of a list (“其中：工资福利支出 30.94 万元、…”) break down different totals: not the same indicator.
    const inList = /(主要包括|包括|其中)[:：]/.test(s.plain.slice(0, f.num.start));
    const key = `${this.section}|${name}`;
    if (name.length >= 4 && !/原因|以上|单价|新增/.test(name)) this.paragraphFacts.set(name, f.num.value);
    if (name.length >= 4 && !inList && !/原因|以上|单价|新增/.test(name)) {
      const before = this.stated.get(key);
      if (before && !before.value.eq(f.num.value)) {
        this.push(
          s,
          "stated-twice",
          "warning",
          `「${indicatorName(f.name)}」前后两处金额不一致：${before.value.toFixed()} 万元（“${before.quote}”）与 ${f.num.value.toFixed()} 万元`,
          [],
          {
            expected: formatAmount(before.value),
            actual: formatAmount(f.num.value),
            difference: formatAmount(f.num.value.minus(before.value)),
          },
        );
      } else if (!before) this.stated.set(key, { value: f.num.value, quote: s.text });
    }
    open.push(
      f.name === ""
        ? `${f.num.raw}：句中未说明是哪一项的金额`
        : `「${display(indicatorName(f.name))} ${f.num.raw}」在表中无对应单元格`,
    );
  }

  private compareAmount(s: Sentence, f: Fact, part: ResolvedPart): void {
    const tv = cellValue(part.cell);
    const stated = f.num.value;
    const same =
      f.num.decimals < 2 ? tv.toDecimalPlaces(f.num.decimals, Decimal.ROUND_HALF_UP).eq(stated) : tv.eq(stated);
    if (same) return;
    const name = display(f.name !== "" ? indicatorName(f.name) : (this.subject?.name ?? ""));
    let extra = "";
    const table = part.table;
    const column =
      Object.entries(
        this.t.table(table)?.rows.find((r) => Object.values(r.cells).includes(part.cell))?.cells ?? {},
      ).find(([, c]) => c === part.cell)?.[0] ?? "total";
    const elsewhere = rowsWithAmount(table, stated, column, this.t).filter((r) => r.cells[column] !== part.cell);
    if (elsewhere.length > 0) {
      const r = elsewhere[0];
      extra = `；${stated.toFixed()} 万元是${tableNo(table)} ${r.code!.code} ${r.label}的金额`;
    }
    this.push(
      s,
      "amount-mismatch",
      "error",
      `情况说明所述「${name}」${stated.toFixed()} 万元，与${part.label} ${formatAmount(tv)} 万元不符，差额 ${formatSigned(stated.minus(tv))}${extra}`,
      [refOf(part)],
      { expected: formatAmount(tv), actual: formatAmount(stated), difference: formatAmount(stated.minus(tv)) },
      table,
    );
  }

  /** A 类/款/项 name that is not in the table: the amount tells which row the text meant. */
  private pathMismatch(s: Sentence, f: Fact, open: string[]): void {
    const path = resolvePath(f.name, this.ctx, this.t);
    if (!path) {
      open.push(`「${f.name}」：没有功能分类表可核对`);
      return;
    }
    const rows = rowsWithAmount(path.table, f.num.value, "total", this.t);
    if (rows.length === 0) {
      open.push(
        `「${path.printed}」在${tableNo(path.table)}中没有，且 ${f.num.raw} 不是${tableNo(path.table)}中任何科目的金额`,
      );
      return;
    }
    const row = rows[0];
    const full = pathName(row, path.table, this.t);
    const cell = row.cells.total!;
    this.push(
      s,
      "name-mismatch",
      "error",
      `情况说明称 ${f.num.value.toFixed()} 万元为「${path.printed}」，${tableNo(path.table)}中没有该科目；该金额是 ${full} 的金额，科目名称与编码不符`,
      [refOf({ cell, table: path.table, label: "" })],
      { expected: full, actual: path.printed },
      path.table,
    );
  }

  // ---- percentages ------------------------------------------------------------------------------------------------

  private percent(s: Sentence, facts: Fact[], i: number, open: string[]): void {
    const f = facts[i];
    const before = facts.slice(0, i);
    if (this.statedRate(s, f, before)) return;
    switch (f.percentKind) {
      case "share":
        return this.share(s, f, before, open);
      case "growth":
        return this.growth(s, f, before, open);
      case "completion":
        return this.completion(s, f, before, open);
      case "factor":
        return;
      default:
        open.push(`${f.num.raw}：看不出是占比、增长率还是完成率`);
    }
  }

  private share(s: Sentence, f: Fact, before: Fact[], open: string[]): void {
    const numeratorName = f.numerator ?? "";
    const den = f.denominator ?? "";
    const proc = /^(货物|工程|服务)采购授予中小企业合同金额$/.exec(numeratorName);
    if (proc && new RegExp(`^${proc[1]}支出金额$`).test(den)) return this.procurementShare(s, f, proc[1], open);
    if (numeratorName !== "") {
      open.push(`${f.num.raw}：占比的分子「${numeratorName}」未在句中给出金额`);
      return;
    }
    const num = [...before].reverse().find((x) => x.kind === "current");
    if (!num) {
      open.push(`${f.num.raw}：占比没有分子金额`);
      return;
    }
    const denominator = den !== "" ? this.namedDenominator(den, before) : this.bareDenominator(s, num);
    if (!denominator) {
      open.push(`${f.num.raw}：占比的分母${den ? `「${den}」` : ""}无法确定`);
      return;
    }
    if (denominator.value.isZero()) return;
    const point = num.num.value.div(denominator.value).times(HUNDRED);
    const range = div(shown(num.num.value), shown(denominator.value));
    const cells = [...partsOf(num.resolved), ...partsOf(denominator.resolved)];
    this.ratio(
      s,
      f,
      point,
      range ? scale(range, HUNDRED) : null,
      `${labelOf(num)}占${denominator.name}的比重`,
      `${num.num.value.toFixed()} ÷ ${formatAmount(denominator.value)}`,
      cells,
    );
  }

  private namedDenominator(den: string, before: Fact[]): Lead | null {
    const r = this.resolve(den, "current", true);
    if (r) return { value: cellValue(r.parts[0].cell), resolved: r, name: den };
    const key = nameCore(indicatorName(den));
    const inSentence = before.find((x) => x.kind === "current" && nameCore(indicatorName(x.name)) === key);
    if (inSentence) return { value: inSentence.num.value, resolved: null, name: den };
    const v = this.paragraphFacts.get(key);
    return v ? { value: v, resolved: null, name: den } : null;
  }

  private bareDenominator(s: Sentence, num: Fact): Lead | null {
    const at = s.plain.indexOf("其中");
    if (at >= 0 && at < num.num.start) {
      const facts = extractNumbers(s.plain.slice(0, at));
      if (facts.length > 0) {
        const last = facts[facts.length - 1];
        const label = compact(s.plain.slice(facts.length > 1 ? facts[facts.length - 2].end : 0, last.start));
        const head = this.amountFact(last, label);
        if (head.kind === "current") return leadOf(head);
      } else if (/^[\s□]*$/.test(s.plain.slice(0, at)) && this.previousHead) {
        // “……本年支出合计 363.59 万元；其中：基本支出……占 54.89%；项目支出……” — the list continues the sentence before.
        const lead = leadOf(this.previousHead);
        this.paragraphLead ??= lead;
        return lead;
      }
    }
    return this.paragraphLead ?? this.sectionLead;
  }

  private setParagraphLead(s: Sentence, facts: Fact[]): void {
    const colon = s.plain.search(/[:：]/);
    if (colon < 0) return;
    const head = facts.filter((f) => f.kind === "current" && f.num.end <= colon);
    if (head.length > 0) {
      if (/其中|包括|用于/.test(s.plain.slice(head[head.length - 1].num.end, colon + 1)))
        this.paragraphLead = leadOf(head[head.length - 1]);
      return;
    }
    const name = s.plain.slice(0, colon).replace(/的?(具体)?(构成|结构)(情况)?$/, "");
    const r = this.resolve(name.trim(), "current", true);
    if (r) this.paragraphLead = { value: cellValue(r.parts[0].cell), resolved: r, name: indicatorName(name) };
  }

  /** 货物/工程/服务 授予中小企业合同金额占该类支出的比例: bounded by the paragraph's own 政府采购 figures. */
  private procurementShare(s: Sentence, f: Fact, what: string, open: string[]): void {
    const x = this.paragraphFacts.get(nameCore(`政府采购${what}支出`));
    const total = this.paragraphFacts.get(nameCore("政府采购支出总额"));
    const sme = this.paragraphFacts.get(nameCore("授予中小企业合同金额"));
    if (x === undefined || total === undefined || sme === undefined) {
      open.push(`${f.num.raw}：段中未给出政府采购${what}支出、支出总额或授予中小企业合同金额`);
      return;
    }
    if (x.isZero()) return;
    // 授予中小企业 of this category lies in [max(0, 中小企业 − (总额 − 本类)), min(中小企业, 本类)].
    const lo = Decimal.max(0, sme.minus(total.minus(x)))
      .div(x)
      .times(HUNDRED);
    const hi = Decimal.min(sme, x).div(x).times(HUNDRED);
    const p = f.num.value;
    const r = checkPercent(p, f.num.decimals, p.lt(lo) ? lo : p.gt(hi) ? hi : p, { lo, hi });
    if (r.status === "equal" || r.status === "rounding") return;
    const expected = (p.lt(lo) ? lo : hi).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    this.push(
      s,
      "ratio-mismatch",
      "error",
      `${what}采购授予中小企业合同金额占${what}支出金额的比例应在 ${formatAmount(lo)}%–${formatAmount(hi)}% 之间（授予中小企业合同金额 ${sme.toFixed()} 万元，政府采购支出总额 ${total.toFixed()} 万元，其中${what} ${x.toFixed()} 万元），情况说明为 ${p.toFixed()}%`,
      [],
      { expected: formatAmount(expected), actual: formatAmount(p), difference: formatAmount(p.minus(expected)) },
    );
  }

  private growth(s: Sentence, f: Fact, before: Fact[], open: string[]): void {
    const change = [...before].reverse().find((x) => x.kind === "change");
    if (!change) {
      open.push(`${f.num.raw}：增长率没有同句的增减额`);
      return;
    }
    const current = [...before].reverse().find((x) => x.kind === "current");
    let cur: Decimal | null = null;
    let cells: string[] = [];
    let what = "";
    if (current) {
      cur = current.num.value;
      cells = partsOf(current.resolved);
      what = labelOf(current);
    } else {
      const r = (change.name !== "" ? this.resolve(change.name, "current") : null) ?? this.subject?.current ?? null;
      if (r) {
        cur = cellValue(r.parts[0].cell);
        cells = partsOf(r);
        what = change.name !== "" ? indicatorName(change.name) : (this.subject?.name ?? "");
      }
    }
    if (cur === null) {
      open.push(`${f.num.raw}：增长率的本年数无法确定`);
      return;
    }
    what = display(indicatorName(what));
    const ch = change.num.value.times(change.sign);
    const printed = f.num.value.times(f.sign);
    if (!ch.isZero() && f.sign !== change.sign && !f.num.value.isZero()) {
      this.push(
        s,
        "change-word",
        "error",
        `「${what}」比上年${change.sign > 0 ? "增加" : "减少"} ${change.num.value.toFixed()} 万元，增长率却写作${f.sign > 0 ? "增长" : "下降"} ${f.num.value.toFixed()}%：增减方向不一致`,
        cells,
        {
          actual: formatAmount(printed),
        },
      );
      return;
    }
    const prior = cur.minus(ch);
    if (prior.isZero()) {
      if (ch.isZero()) {
        if (f.num.value.isZero()) return;
        this.push(
          s,
          "zero-change",
          "error",
          `「${what}」本年 ${cur.toFixed()} 万元，比上年增加 ${change.num.value.toFixed()} 万元，即上年也是 ${cur.toFixed()} 万元：变动为 0，应写“与上年持平”，不是增长 ${f.num.value.toFixed()}%`,
          cells,
          { expected: "0.00", actual: formatAmount(printed), difference: formatAmount(printed) },
        );
        return;
      }
      this.push(
        s,
        "prior-zero",
        "info",
        `「${what}」上年为 0（本年 ${cur.toFixed()} 万元，全部为增加额），增长率无从计算，宜写“上年为0”，情况说明写作 ${f.num.value.toFixed()}%`,
        cells,
        {
          actual: formatAmount(printed),
        },
      );
      return;
    }
    const point = ch.div(prior).times(HUNDRED);
    const chI = shown(ch);
    const range = div(chI, sub(shown(cur), chI));
    this.ratio(
      s,
      { ...f, num: { ...f.num, value: printed } },
      point,
      range ? scale(range, HUNDRED) : null,
      `「${what}」增长率`,
      `${formatSigned(ch)} ÷ (${cur.toFixed()} − ${formatSigned(ch)})`,
      cells,
    );
  }

  private completion(s: Sentence, f: Fact, before: Fact[], open: string[]): void {
    const budgetFact = [...before].reverse().find((x) => x.kind === "budget");
    const finalFact = [...before].reverse().find((x) => x.kind === "current");
    const budget = budgetFact
      ? budgetFact.num.value
      : this.subject?.budget
        ? cellValue(this.subject.budget.parts[0].cell)
        : null;
    const fin = finalFact
      ? finalFact.num.value
      : this.subject?.current
        ? cellValue(this.subject.current.parts[0].cell)
        : null;
    if (budget === null || fin === null) {
      open.push(`${f.num.raw}：完成率缺少${budget === null ? "预算数" : "决算数"}`);
      return;
    }
    if (budget.isZero()) return;
    const cells = [
      ...partsOf(finalFact ? finalFact.resolved : (this.subject?.current ?? null)),
      ...partsOf(budgetFact ? budgetFact.resolved : (this.subject?.budget ?? null)),
    ];
    const point = fin.div(budget).times(HUNDRED);
    const range = div(shown(fin), shown(budget));
    const what = display(indicatorName(finalFact?.name || budgetFact?.name || this.subject?.name || ""));
    this.ratio(
      s,
      f,
      point,
      range ? scale(range, HUNDRED) : null,
      `「${what}」完成预算的比例`,
      `${fin.toFixed()} ÷ ${budget.toFixed()}`,
      cells,
    );
  }

  private ratio(
    s: Sentence,
    f: Fact,
    point: Decimal,
    range: Interval | null,
    what: string,
    formula: string,
    cells: string[],
  ): void {
    const printed = f.num.value;
    // No range: a divisor that rounding could make 0 — any printed percentage is then consistent.
    const r = checkPercent(
      printed,
      f.num.decimals,
      point,
      range ?? { lo: new Decimal(-Infinity), hi: new Decimal(Infinity) },
    );
    if (r.status === "equal") return;
    const expected = formatAmount(r.expected);
    const values = { expected, actual: formatAmount(printed), difference: formatAmount(printed.minus(r.expected)) };
    if (r.status === "rounding") {
      this.push(
        s,
        "ratio-rounding",
        "info",
        `${what}按所示金额计算为 ${expected}%（${formula}），情况说明为 ${printed.toFixed()}%；所示金额各有 ±0.005 万元的舍入，真实比率${range ? `在 ${r.range.lo.toFixed(3)}%–${r.range.hi.toFixed(3)}% 之间` : "不受限"}，与所印数相容（尾差）`,
        cells,
        values,
      );
      return;
    }
    this.push(
      s,
      "ratio-mismatch",
      "error",
      `${what}应为 ${expected}%（${formula}），情况说明为 ${printed.toFixed()}%，相差 ${formatSigned(printed.minus(r.expected))} 个百分点`,
      cells,
      values,
    );
  }

  // ---- lists: a total and its parts ------------------------------------------------------------------------------

  /** “人员经费 546.30 万元，主要包括：基本工资 272.26 万元、……”: the items against the total, under the tolerance. */
  private listInSentence(s: Sentence, facts: Fact[]): void {
    const m = /(主要包括|其中)[:：]/.exec(s.plain);
    if (!m) return;
    // The total and its parts are all 决算数 or all 预算数 (“政府采购预算 30 万元，其中：货物预算 30 万元、…”).
    const head = facts.filter((f) => (f.kind === "current" || f.kind === "budget") && f.num.end <= m.index).pop();
    // Amounts in brackets are a breakdown of the item before them (“基本支出 595,791.13 元（人员经费…、公用经费…）”).
    const items = facts.filter((f) => f.num.start > m.index && !inBrackets(s.plain, f.num.start));
    if (!head || items.length < 2 || items.some((f) => f.kind !== head.kind || f.num.unit !== head.num.unit)) return;
    this.compareList(s, head, items);
  }

  /** A paragraph ending “……基本支出 199.58 万元，其中：” and the paragraphs that list its parts. */
  private afterParagraph(p: Paragraph, facts: Fact[]): void {
    // “……一般公共预算财政拨款支出 11208.44 万元，主要用于以下方面：” — the total the list items below are shares of.
    const currents = facts.filter((f) => f.kind === "current");
    if (/[:：]$/.test(p.text) && currents.length === 1) this.sectionLead = leadOf(currents[0]);
    if (!/其中[:：]$/.test(p.text)) return;
    const amounts = facts.filter((f) => f.kind !== "percent");
    if (amounts.length !== 1 || amounts[0].kind !== "current" || facts.length !== 1) return;
    const head = amounts[0];
    const headSentence = p.sentences.find((s) => extractNumbers(s.plain).length > 0)!;
    const items: Fact[] = [];
    for (let i = p.index + 1; i < this.paragraphs.length; i++) {
      const q = this.paragraphs[i];
      if (SECTION.test(q.text)) break;
      const first = q.sentences.map((s) => extractNumbers(s.plain)).find((n) => n.length > 0);
      if (!first) {
        this.notEvaluated.push({
          quote: headSentence.text,
          paragraph: p.index,
          sentence: headSentence.index,
          reason: `所列“其中”项「${q.text.slice(0, 20)}」无金额，未与合计核对`,
        });
        return;
      }
      const s0 = q.sentences.find((s) => extractNumbers(s.plain).length > 0)!;
      const label = compact(s0.plain.slice(0, first[0].start));
      const saved = this.subject;
      this.subject = null;
      const f = this.amountFact(first[0], label);
      this.subject = saved;
      if (f.kind !== "current") return;
      items.push(f);
    }
    if (items.length >= 2) this.compareList(headSentence, head, items);
  }

  private compareList(s: Sentence, head: Fact, items: Fact[]): void {
    const c = compareSum(
      head.num.value,
      items.map((f) => f.num.value),
    );
    if (c.status === "equal") return;
    const cells = [...partsOf(head.resolved), ...items.flatMap((f) => partsOf(f.resolved))];
    const values = {
      expected: formatAmount(c.expected),
      actual: formatAmount(c.actual),
      difference: formatAmount(c.difference),
    };
    const what = labelOf(head);
    const unit = head.num.unit;
    const list = items.map((f) => `${labelOf(f)} ${f.num.value.toFixed()}`.trim()).join(" + ");
    if (c.status === "tail")
      this.push(
        s,
        "sum-tail",
        "info",
        `${what} ${head.num.value.toFixed()} ${unit}与所列各项之和 ${formatAmount(c.expected)} ${unit}（${list}）相差 ${formatSigned(c.difference)}，在 ${c.nonZeroAddends} 个非零项 × 0.005 = ${c.allowance.toFixed()} 的舍入范围内（尾差）`,
        cells,
        values,
      );
    else
      this.push(
        s,
        "sum-mismatch",
        "error",
        `${what} ${head.num.value.toFixed()} ${unit}与所列各项之和 ${formatAmount(c.expected)} ${unit}（${list}）不符，差额 ${formatSigned(c.difference)}`,
        cells,
        values,
      );
  }

  // ---- 部门预算: 机关运行经费, and the changes of a breakdown against the total's change -------------------------

  /**
   * “部门机关运行费预算 22.3 万元”: 机关运行经费 is the 基本支出 公用经费 (一般公共预算基本支出表 公用经费 合计). A figure
   * that differs is flagged, not proven wrong — it usually takes in 项目支出 的商品和服务支出 — hence a warning.
   */
  private operatingCost(s: Sentence, f: Fact): void {
    const part = this.t.lineCell("budget-gpb-basic", "total", undefined, "public", "");
    if (!part || f.num.unit !== "万元") return;
    const tv = cellValue(part.cell);
    if (tv.eq(f.num.value)) return;
    this.push(
      s,
      "operating-cost",
      "warning",
      `情况说明所述机关运行经费预算 ${f.num.value.toFixed()} 万元，与一般公共预算基本支出表 公用经费 合计 ${formatAmount(tv)} 万元不符，差额 ${formatSigned(f.num.value.minus(tv))}；机关运行经费是基本支出中的公用经费，不含项目支出，请核实口径`,
      [refOf(part)],
      {
        expected: formatAmount(tv),
        actual: formatAmount(f.num.value),
        difference: formatAmount(f.num.value.minus(tv)),
      },
      "budget-gpb-basic",
    );
  }

  /**
   * “按支出经济分类划分：工资福利支出…较上年增加 112.51 万元；商品和服务支出…减少 26.66 万元；…”: the listed parts'
   * changes against the change the (sub)section states for the total, under the tolerance (each stated change ±0.005).
   */
  private breakdownChanges(p: Paragraph, facts: Fact[][]): void {
    const all = facts.flat();
    const changes = all.filter((f) => f.kind === "change" && f.num.unit === "万元");
    const m = /^(其中[:：])?按(支出)?(.{2,8}?)划分[:：]/.exec(p.text.replace(/\s+/g, ""));
    if (!m) {
      // The total's change: the first change of the (sub)section stated right after a 总额/合计/总计.
      if (this.totalChange === null && changes.length > 0) {
        const first = all.indexOf(changes[0]);
        const head = all
          .slice(0, first)
          .filter((f) => f.kind === "current")
          .pop();
        if (head && /(总额|合计|总计)$/.test(head.name.replace(/(为|是)$/, ""))) this.totalChange = changes[0];
      }
      return;
    }
    if (this.totalChange === null || changes.length === 0) return;
    const total = this.totalChange.num.value.times(this.totalChange.sign);
    const parts = changes.map((f) => f.num.value.times(f.sign));
    const c = compareSum(total, parts);
    if (c.status !== "mismatch") return;
    const s = p.sentences.find((x) => extractNumbers(x.plain).length > 0)!;
    const list = parts
      .filter((x) => !x.isZero())
      .map((x) => formatSigned(x))
      .join(" ");
    this.push(
      s,
      "change-sum-mismatch",
      "error",
      `按${m[3]}划分所列各项较上年增减之和 ${formatSigned(c.expected)} 万元（${list}），与所述总额较上年${this.totalChange.sign > 0 ? "增加" : "减少"} ${formatAmount(this.totalChange.num.value)} 万元不符，差额 ${formatSigned(c.expected.minus(total))}`,
      [],
      // expected: the total's stated change; actual: what the parts add up to.
      {
        expected: formatAmount(total),
        actual: formatAmount(c.expected),
        difference: formatAmount(c.expected.minus(total)),
      },
    );
  }

  /**
   * 评价报告 “资产原值 230821.93 元，累计折旧 144857.65 元，年末固定资产净值 85964.28 元”, “年初资产净值为 186121.55 元”:
   * against the 资产情况明细表 (元) — 年末数 unless the text says 年初. Returns true when the name is one of its lines.
   */
  private assetAmount(s: Sentence, f: Fact): boolean {
    const table = this.t.table("perf-eval-assets");
    if (!table) return false;
    const name = indicatorName(f.name);
    const lines: Array<[RegExp, RegExp, string]> = [
      [/(固定)?资产原值$/, /固定资产原值$/, "固定资产原值"],
      [/(固定资产)?累计折旧$/, /累计折旧$/, "固定资产累计折旧"],
      [/固定资产净值$/, /^固定资产净值$/, "固定资产净值"],
      [/(?<!固定)资产净值(合计)?$/, /^资产净值合计$/, "资产净值合计"],
    ];
    const line = lines.find(([re]) => re.test(name));
    if (!line) return false;
    const row = table.rows.find((r) => line[1].test(normalizeLabel(r.label)));
    const opening = /年初/.test(name);
    const cell = row?.cells[opening ? "opening.amount" : "closing.amount"];
    if (!row || !cell || cell.value === null) return false;
    const tv = cellValue(cell);
    if (tv.eq(f.num.value)) return true;
    const col = opening ? "年初数" : "年末数";
    this.push(
      s,
      "amount-mismatch",
      "error",
      `报告所述「${display(name)}」${f.num.value.toFixed()} 元，与资产情况明细表 ${line[2]} ${col} ${formatAmount(tv)} 元不符，差额 ${formatSigned(f.num.value.minus(tv))}`,
      [refOf({ cell, table: "perf-eval-assets", label: "" })],
      {
        expected: formatAmount(tv),
        actual: formatAmount(f.num.value),
        difference: formatAmount(f.num.value.minus(tv)),
      },
      "perf-eval-assets",
    );
    return true;
  }

  /**
   * 评价报告 “2. 可持续影响 (6 分)”: a heading's 分值 against the 权重 of the same 指标 in the 评价得分一览表 — the heading
   * misquotes the table when they differ.
   */
  private headingWeight(p: Paragraph): void {
    const m = /^\d+[.．、]\s*([^\d（(]+?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/.exec(p.text.trim());
    const table = this.t.table("perf-eval-scores");
    if (!m || !table) return;
    const row = table.rows.find((r) => r.kind !== "total" && sameName(r.label, m[1]));
    const cell = row?.cells.weight;
    if (!row || !cell || cell.value === null) return;
    const stated = new Decimal(m[2]);
    if (cell.value.eq(stated)) return;
    this.push(
      p.sentences[0],
      "weight-mismatch",
      "error",
      `标题所列「${m[1]}」${stated.toFixed()} 分，与评价得分一览表 ${row.label} 权重 ${cell.value.toFixed()} 分不符`,
      [refOf({ cell, table: "perf-eval-scores", label: "" })],
      {
        expected: formatAmount(cell.value),
        actual: formatAmount(stated),
        difference: formatAmount(stated.minus(cell.value)),
      },
      "perf-eval-scores",
    );
  }

  /**
   * 评价报告 “年末资产净值为 128995.48 元，主要下降原因是因为年末固定资产净值下降”: the line the text gives as the cause
   * must have fallen in the 资产情况明细表. Where it rose, the finding names the line that did fall most.
   */
  private assetCause(s: Sentence): void {
    const table = this.t.table("perf-eval-assets");
    const m = /(下降|减少)(的)?(主要)?原因(是|为)(因为|由于)?(年末)?(.+?)(下降|减少)/.exec(s.plain.replace(/\s+/g, ""));
    if (!table || !m) return;
    const amount = (r: TableRow, col: string) => r.cells[col]?.value ?? null;
    const named = table.rows.find((r) => normalizeLabel(r.label) === m[7]);
    const total = table.rows.find((r) => /^资产净值合计$/.test(normalizeLabel(r.label)));
    if (!named || !total) return;
    const o = amount(named, "opening.amount");
    const c = amount(named, "closing.amount");
    if (o === null || c === null || c.lt(o)) return;
    const fell = table.rows
      .filter((r) => r !== total && r !== named && /^[（(][一二三四五六七八九十]+[)）]/.test(r.label.trim()))
      .map((r) => ({ r, d: (amount(r, "closing.amount") ?? new Decimal(0)).minus(amount(r, "opening.amount") ?? 0) }))
      .filter((x) => x.d.isNegative())
      .sort((a, b) => a.d.comparedTo(b.d))[0];
    const cell = total.cells["closing.amount"];
    if (!cell) return;
    const label = normalizeLabel(named.label);
    const instead = fell ? `；下降来自${normalizeLabel(fell.r.label)}（${formatSigned(fell.d)} 元）` : "";
    this.push(
      s,
      "cause-mismatch",
      "error",
      `报告称下降原因是“${m[6] ?? ""}${m[7]}${m[8]}”，但资产情况明细表中${label}由年初 ${formatAmount(o)} 元增至年末 ${formatAmount(c)} 元（${formatSigned(c.minus(o))}）${instead}`,
      [refOf({ cell, table: "perf-eval-assets", label: "" })],
      {
        ...(fell ? { expected: `${normalizeLabel(fell.r.label)}下降 (${formatSigned(fell.d)} 元)` } : {}),
        actual: `“${m[6] ?? ""}${m[7]}${m[8]}”`,
      },
      "perf-eval-assets",
    );
  }

  // ---- 评价报告: rates recomputed from the report's own stated inputs ---------------------------------------------

  /**
   * A rate the report derives from figures it states itself: a spelled-out formula (“(300000 - 89842) / 300000 * 100% =
   * 29.95%”), a 变动比率 next to its 本年数 and 增减额, a 支出预算完成率 or 政府采购执行率 after the amounts it divides.
   * Returns true when the percentage was evaluated here.
   */
  private statedRate(s: Sentence, f: Fact, before: Fact[]): boolean {
    if (f.percentKind === "factor") return false;
    const prefix = s.plain.slice(0, f.num.start);
    const formula = /=\s*([\d\s.,+\-−×*/÷()（）]*\d[\d\s.,+\-−×*/÷()（）]*?)\s*[×*xX]\s*100\s*%\s*=\s*$/.exec(prefix);
    if (formula) {
      const value = evaluate(formula[1]);
      if (value === null) return false;
      const point = value.times(HUNDRED);
      this.ratio(s, f, point, { lo: point, hi: point }, "按所列算式", `${formula[1].trim()} × 100%`, []);
      return true;
    }
    if (/变动(比)?率/.test(prefix)) {
      const change = before.find((x) => x.kind === "change");
      const cur = change ? before.slice(0, before.indexOf(change)).find((x) => x.kind === "current") : undefined;
      if (!change || !cur || change.num.unit !== cur.num.unit) return false;
      const ch = change.num.value.times(change.sign);
      const prior = cur.num.value.minus(ch);
      if (prior.isZero()) return false;
      const range = div(shown(ch), sub(shown(cur.num.value), shown(ch)));
      this.ratio(
        s,
        { ...f, num: { ...f.num, value: f.num.value.times(f.sign) } },
        ch.div(prior).times(HUNDRED),
        range ? scale(range, HUNDRED) : null,
        `「${display(indicatorName(cur.name)) || "本年数"}」变动比率（${change.sign > 0 ? "增加" : "减少"}为负则应带负号）`,
        `${formatSigned(ch)} ÷ ${prior.toFixed()}`,
        [],
      );
      return true;
    }
    const seg = lastSegment(compact(prefix)).replace(/(为|是)$/, "");
    const kinds: Array<[RegExp, RegExp, RegExp, string]> = [
      [/^支出预算完成率$/, /决算支出$/, /全年预算支出(数)?$/, "支出预算完成率"],
      [/^政府采购执行率$/, /政府采购.*实际支出$/, /政府采购预算(总额)?$/, "政府采购执行率"],
    ];
    const kind = kinds.find(([re]) => re.test(seg));
    if (!kind) return false;
    const last = (re: RegExp) => [...this.amounts].reverse().find((a) => re.test(a.seg))?.num;
    const num = last(kind[1]);
    const den = last(kind[2]);
    if (!num || !den || num.unit !== den.unit || den.value.isZero()) return false;
    const range = div(shown(num.value), shown(den.value));
    this.ratio(
      s,
      f,
      num.value.div(den.value).times(HUNDRED),
      range ? scale(range, HUNDRED) : null,
      kind[3],
      `${num.value.toFixed()} ÷ ${den.value.toFixed()}`,
      [],
    );
    return true;
  }

  // ---- output --------------------------------------------------------------------------------------------------

  private push(
    s: Sentence,
    messageId: NarrativeMessageId,
    severity: Severity,
    message: string,
    cells: string[],
    values: { expected?: string; actual?: string; difference?: string },
    table?: TableId,
  ): void {
    const t = table ?? this.tableOfCell(cells[0]);
    this.findings.push({
      ruleId: "narrative",
      messageId,
      severity,
      category: "表文一致",
      message,
      ...(t ? { table: t } : {}),
      cells: [...new Set(cells)],
      ...values,
      quote: s.text,
      paragraph: s.paragraph,
      sentence: s.index,
    });
  }

  private tableOfCell(ref: string | undefined): TableId | undefined {
    if (!ref) return undefined;
    for (const id of [
      "final-01",
      "final-02",
      "final-03",
      "final-04",
      "final-05",
      "final-06",
      "final-07",
      "final-08",
      "final-09",
      "final-10",
    ] as TableId[]) {
      const table = this.t.table(id);
      if (table?.rows.some((r) => Object.values(r.cells).some((c) => `${c.ref.sheet}!${c.ref.address}` === ref)))
        return id;
    }
    return undefined;
  }
}

/**
 * The value of an arithmetic expression as a report prints it (“(300000 - 89842) / 300000”), with Decimal; null when
 * it is not one or divides by 0. Brackets the text leaves unclosed (“(3524647.79/4306084.38 × 100%”) are dropped.
 */
export function evaluate(expr: string): Decimal | null {
  let e = expr.replace(/[（]/g, "(").replace(/[）]/g, ")").replace(/[×xX]/g, "*").replace(/÷/g, "/");
  e = e.replace(/−/g, "-").replace(/,/g, "").replace(/\s+/g, "");
  const open = (e.match(/\(/g) ?? []).length;
  const close = (e.match(/\)/g) ?? []).length;
  if (open !== close) e = e.replace(/[()]/g, "");
  if (!/[-+*/]/.test(e)) return null;
  let i = 0;
  const fail = (): never => {
    throw new Error("expr");
  };
  const atom = (): Decimal => {
    if (e[i] === "(") {
      i++;
      const v = sum();
      if (e[i] !== ")") fail();
      i++;
      return v;
    }
    const m = /^\d+(\.\d+)?/.exec(e.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return new Decimal(m[0]);
  };
  const product = (): Decimal => {
    let v = atom();
    while (e[i] === "*" || e[i] === "/") {
      const op = e[i++];
      const r = atom();
      if (op === "/" && r.isZero()) fail();
      v = op === "*" ? v.times(r) : v.div(r);
    }
    return v;
  };
  function sum(): Decimal {
    let v = product();
    while (e[i] === "+" || e[i] === "-") {
      const op = e[i++];
      const r = product();
      v = op === "+" ? v.plus(r) : v.minus(r);
    }
    return v;
  }
  try {
    const v = sum();
    return i === e.length ? v : null;
  } catch {
    return null;
  }
}

/** A table line's label without its list marks (“（三）固定资产原值”, “减：固定资产累计折旧”). */
function normalizeLabel(label: string): string {
  return label
    .replace(/\s+/g, "")
    .replace(/^[（(][一二三四五六七八九十]+[)）]/, "")
    .replace(/^(减|其中)[:：]/, "");
}

/** The position lies inside （…） or (…). */
function inBrackets(text: string, pos: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, pos)) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

function lastSegment(label: string): string {
  const joint = /(财政拨款)?(收、支总计|收入总计、支出总计|收入、支出总计)[^，,：:；□]*$/.exec(label);
  if (joint) return joint[0];
  const segs = label.split(/[，,：:；、。□]/).filter((x) => x !== "");
  return segs.length === 0 ? "" : segs[segs.length - 1];
}

function partsOf(r: Resolved | null): string[] {
  return r ? r.parts.map(refOf) : [];
}

function leadOf(f: Fact): Lead {
  return f.resolved
    ? { value: cellValue(f.resolved.parts[0].cell), resolved: f.resolved, name: indicatorName(f.name) }
    : { value: f.num.value, resolved: null, name: indicatorName(f.name) };
}

function labelOf(f: Fact): string {
  return display(indicatorName(f.name) || f.resolved?.name || "");
}

/** A normalised name as a message shows it: full-width brackets, as the reports print them. */
function display(name: string): string {
  return name.replace(/\(/g, "（").replace(/\)/g, "）");
}
