/**
 * RuleTester, modelled on ESLint's (addin-conventions §7):
 *
 *   ruleTester.run("hierarchy-sum", hierarchySum, {
 *     valid: [workbook(sheet(…)), { name, workbook, options?, status? }],
 *     invalid: [{ name?, workbook, options?, errors: [{ messageId, cells, severity?, expected?, actual?, difference? }] }],
 *   });
 *
 * Each case is recognised (the real recogniser) and run through runRules with only this rule. A valid case reports
 * nothing and ends "passed" (or the `status` it names: "not-applicable", "not-evaluated"); an invalid case reports
 * exactly its errors, in order. The tester rejects, before any test runs: invalid cases without errors, unknown
 * messageIds, messages no invalid case uses, duplicate cases, and an id that is not the rule's.
 */
import type { Finding, RuleStatus, Severity } from "../../src/engine/findings";
import { recognize } from "../../src/engine/recognize";
import { runRules } from "../../src/engine/rules/run";
import type { AnyRuleModule } from "../../src/engine/rules/types";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";

export interface ValidCase {
  readonly name?: string;
  readonly workbook: WorkbookSnapshot;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Default "passed". */
  readonly status?: Exclude<RuleStatus, "failed">;
}

export interface ExpectedError {
  readonly messageId: string;
  /** "Sheet!A1" — the marked cell first, then the evidence, exactly as the finding lists them. */
  readonly cells: ReadonlyArray<string>;
  readonly severity?: Severity;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  /** The full message, or a pattern it must match. */
  readonly message?: string | RegExp;
}

export interface InvalidCase {
  readonly name?: string;
  readonly workbook: WorkbookSnapshot;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly errors: ReadonlyArray<ExpectedError>;
}

export interface RuleTests {
  readonly valid: ReadonlyArray<WorkbookSnapshot | ValidCase>;
  readonly invalid: ReadonlyArray<InvalidCase>;
}

function isSnapshot(c: WorkbookSnapshot | ValidCase): c is WorkbookSnapshot {
  return "sheets" in c && !("workbook" in c);
}

export function normalizeValid(c: WorkbookSnapshot | ValidCase): ValidCase {
  return isSnapshot(c) ? { workbook: c } : c;
}

/** Same workbook (cells, formulas, formats, merges) and same options. */
function caseKey(c: { workbook: WorkbookSnapshot; options?: unknown }): string {
  return JSON.stringify([c.workbook.sheets, c.options ?? null]);
}

/** Every problem with the cases, in zh-CN; empty when the cases are well-formed. */
export function validateCases(id: string, rule: AnyRuleModule, tests: RuleTests): string[] {
  const problems: string[] = [];
  if (rule.meta.id !== id) problems.push(`规则 id 不一致：run("${id}") 测试的是 "${rule.meta.id}"`);
  const messageIds = Object.keys(rule.meta.messages);
  const used = new Set<string>();
  tests.invalid.forEach((c, i) => {
    const label = c.name ?? `invalid #${i + 1}`;
    if (c.errors.length === 0) problems.push(`${label}：无效用例必须至少列出一个错误`);
    for (const e of c.errors) {
      if (!messageIds.includes(e.messageId)) problems.push(`${label}：未知的 messageId "${e.messageId}"`);
      else used.add(e.messageId);
      if (e.cells.length === 0) problems.push(`${label}：错误必须列出单元格`);
    }
  });
  for (const m of messageIds) if (!used.has(m)) problems.push(`消息 "${m}" 没有被任何无效用例使用`);
  const seen = new Map<string, string>();
  const all = [
    ...tests.valid.map((c, i) => ({ c: normalizeValid(c), label: normalizeValid(c).name ?? `valid #${i + 1}` })),
    ...tests.invalid.map((c, i) => ({ c, label: c.name ?? `invalid #${i + 1}` })),
  ];
  for (const { c, label } of all) {
    const k = caseKey(c);
    const prev = seen.get(k);
    if (prev !== undefined) problems.push(`重复的用例：${label} 与 ${prev} 相同`);
    else seen.set(k, label);
  }
  return problems;
}

/** Recognises the case's workbook and runs this one rule on it; a rule that throws fails the test. */
export function runCase(rule: AnyRuleModule, c: { workbook: WorkbookSnapshot; options?: unknown }) {
  const result = recognize(c.workbook);
  const out = runRules(result, [rule], { options: { [rule.meta.id]: c.options }, rethrow: true });
  return { findings: out.findings, run: out.rules[0], recognition: result };
}

/** A finding reduced to the keys the expected error names (messageId and cells always). */
function project(f: Finding, e: ExpectedError): Record<string, unknown> {
  const out: Record<string, unknown> = { messageId: f.messageId, cells: [...f.cells] };
  for (const k of ["severity", "expected", "actual", "difference"] as const) if (k in e) out[k] = f[k];
  if ("message" in e) out.message = f.message;
  return out;
}

function expectedShape(e: ExpectedError): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e, cells: [...e.cells] };
  if (e.message instanceof RegExp) out.message = expect.stringMatching(e.message);
  return out;
}

export const ruleTester = {
  run(id: string, rule: AnyRuleModule, tests: RuleTests): void {
    const problems = validateCases(id, rule, tests);
    if (problems.length > 0) throw new Error(`RuleTester(${id})：\n  ${problems.join("\n  ")}`);

    describe(id, () => {
      describe("valid", () => {
        tests.valid.map(normalizeValid).forEach((c, i) => {
          test(c.name ?? `valid #${i + 1}`, () => {
            const { findings, run } = runCase(rule, c);
            expect(findings).toEqual([]);
            expect(run.status).toBe(c.status ?? "passed");
          });
        });
      });
      describe("invalid", () => {
        tests.invalid.forEach((c, i) => {
          test(c.name ?? `invalid #${i + 1}`, () => {
            const { findings, run } = runCase(rule, c);
            const actual = findings.map((f, j) => project(f, c.errors[j] ?? { messageId: "", cells: [] }));
            expect(actual).toEqual(c.errors.map(expectedShape));
            expect(run.status).toBe("failed");
            for (const f of findings) {
              expect(f.ruleId).toBe(id);
              expect(f.message).not.toMatch(/\{\{|\}\}/);
            }
          });
        });
      });
    });
  },
};
