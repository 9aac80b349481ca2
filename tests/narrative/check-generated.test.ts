/**
 * The narrative checker on the text the generator writes (src/engine/narrative, no prior-year or budget inputs, so
 * with 【待填写】 slots): no error and no warning on seeds 000–002 — what the 插入 gate relies on. The only findings are
 * the 尾差 the tables themselves carry (seed000 05表 Σ项 363.60 vs 合计 363.59, 基本支出 199.58 vs 人员+公用 199.57;
 * seed001 06表 公用经费 236.27 vs its items; seed002 06表 人员经费 546.30 vs its items), as info.
 */
import { checkNarrative } from "../../src/engine/narrative/check";
import { generateNarrative, narrativeText } from "../../src/engine/narrative";
import { recognize } from "../../src/engine/recognize";
import { fixtureSnapshot, type FixtureName } from "../support/fixtures";

const SEEDS: FixtureName[] = ["seed000-zhushan-2024-final", "seed001-danfeng-2024-final", "seed002-zengdu-2023-final"];

describe.each(SEEDS)("%s", (seed) => {
  const recognition = recognize(fixtureSnapshot(seed));
  const result = checkNarrative(narrativeText(generateNarrative(recognition.tables)), recognition);

  test("no error or warning; infos are 尾差 of listed parts", () => {
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
    for (const f of result.findings) expect(f.messageId).toBe("sum-tail");
  });

  test("every sentence with figures is evaluated", () => {
    expect(result.sentencesWithFigures).toBeGreaterThan(10);
    expect(result.notEvaluated.map((n) => `${n.reason} || ${n.quote}`)).toEqual([]);
  });
});
