import Decimal from "decimal.js";
import { formatRef } from "../address";
import { formatAmount, type Finding, type RuleStatus } from "../findings";
import type { RecognitionResult, Table, TableId } from "../model/table";
import { ruleList } from "./index";
import type { AnyRuleModule, MessageData, ReportDescriptor, RuleContext, RuleVisitor, TableSet } from "./types";

export interface RuleRun {
  readonly id: string;
  readonly status: RuleStatus;
  /** zh-CN reasons for "not-applicable" / "not-evaluated" (and parts a failed rule could not check). */
  readonly reasons?: ReadonlyArray<string>;
}

export interface RunResult {
  /** In rule order (by id), then in the order each rule reported them. */
  readonly findings: ReadonlyArray<Finding>;
  readonly rules: ReadonlyArray<RuleRun>;
}

export interface RunOptions {
  /** Options per rule id, overlaid on the rule's defaultOptions. */
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * A rule that throws is a bug in the rule. By default it ends "not-evaluated" with the error as its reason and its
   * findings are dropped, so one broken rule cannot stop the others; tests set `rethrow` to see the error.
   */
  readonly rethrow?: boolean;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Fills a zh-CN template. A placeholder without data is a bug in the rule and throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) throw new Error(`消息模板缺少数据：{{${key}}}`);
    const v = data[key];
    return Decimal.isDecimal(v) ? formatAmount(v as Decimal) : String(v);
  });
}

/** Placeholder names of a template, in order of first use. */
export function placeholders(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

export function tableSet(tables: ReadonlyArray<Table>): TableSet {
  return {
    all: tables,
    get: (id) => tables.find((t) => t.id === id),
    byId: (id) => tables.filter((t) => t.id === id),
    has: (id) => tables.some((t) => t.id === id),
  };
}

function amount(v: Decimal | string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === "string" ? v : formatAmount(v);
}

/** Why the rule does not apply, or undefined when it does. */
function notApplicable(rule: AnyRuleModule, set: TableSet): string | undefined {
  const req = rule.meta.requires;
  if (req.length === 0) return undefined;
  const missing = req.filter((id) => !set.has(id));
  const mode = rule.meta.requiresMode ?? "all";
  if (mode === "all" ? missing.length === 0 : missing.length < req.length) return undefined;
  return mode === "all" ? `缺少所需的表：${missing.join("、")}` : `工作簿中没有以下任何一张表：${req.join("、")}`;
}

function runOne(rule: AnyRuleModule, set: TableSet, opts: RunOptions): { run: RuleRun; findings: Finding[] } {
  const { meta } = rule;
  const na = notApplicable(rule, set);
  if (na !== undefined) return { run: { id: meta.id, status: "not-applicable", reasons: [na] }, findings: [] };

  const findings: Finding[] = [];
  const reasons: string[] = [];
  let current: Table | undefined;
  const userOptions = opts.options?.[meta.id];
  const options = Object.freeze({ ...(meta.defaultOptions ?? {}), ...((userOptions as object | undefined) ?? {}) });

  const ctx: RuleContext<unknown> = {
    id: meta.id,
    options,
    tables: set,
    report(d: ReportDescriptor) {
      const template = meta.messages[d.messageId];
      if (template === undefined) throw new Error(`规则 ${meta.id} 报告了未声明的 messageId：${d.messageId}`);
      const table = d.table ?? current;
      if (!table) throw new Error(`规则 ${meta.id} 在 Workbook 访问器中报告时必须指明 table`);
      if (d.cells.length === 0) throw new Error(`规则 ${meta.id} 的报告没有单元格`);
      const f: Finding = {
        ruleId: meta.id,
        messageId: d.messageId,
        severity: d.severity ?? meta.severity,
        category: meta.category,
        message: interpolate(template, d.data),
        table: table.id,
        cells: d.cells.map(formatRef),
        ...(d.expected !== undefined && { expected: amount(d.expected) }),
        ...(d.actual !== undefined && { actual: amount(d.actual) }),
        ...(d.difference !== undefined && { difference: amount(d.difference) }),
      };
      findings.push(f);
    },
    notEvaluated(reason: string, table?: Table) {
      const t = table ?? current;
      const text = t ? `${t.sheet}（${t.id}）：${reason}` : reason;
      if (!reasons.includes(text)) reasons.push(text);
    },
  };

  try {
    const visitor: RuleVisitor = rule.create(ctx);
    for (const t of set.all) {
      const visit = visitor[t.id as TableId];
      if (!visit) continue;
      current = t;
      visit(t);
    }
    current = undefined;
    visitor.Workbook?.(set);
  } catch (e) {
    if (opts.rethrow) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    return { run: { id: meta.id, status: "not-evaluated", reasons: [`规则执行出错：${msg}`] }, findings: [] };
  }

  const status: RuleStatus = findings.length > 0 ? "failed" : reasons.length > 0 ? "not-evaluated" : "passed";
  return { run: { id: meta.id, status, ...(reasons.length > 0 && { reasons }) }, findings };
}

/**
 * Runs rules over recognised tables. Each rule ends passed, failed (it reported), not-applicable (a required table
 * is absent) or not-evaluated (it could not check). Pure and synchronous.
 */
export function runRules(
  result: RecognitionResult,
  rules: ReadonlyArray<AnyRuleModule> = ruleList,
  opts: RunOptions = {},
): RunResult {
  const set = tableSet(result.tables);
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const findings: Finding[] = [];
  const runs: RuleRun[] = [];
  for (const rule of sorted) {
    const { run, findings: f } = runOne(rule, set, opts);
    runs.push(run);
    findings.push(...f);
  }
  return { findings, rules: runs };
}
