/** The ribbon's 一键校验: the headless run with a fake gateway, and the handler's registration and completion. */
import { GatewayError } from "../../src/excel/gateway";
import { quickCheck } from "../../src/commands/quick-check";
import { findingKey } from "../../src/taskpane/run/keys";
import { expectedRun } from "./expected";
import { TestGateway } from "../support/render";

const expected = expectedRun();
const NOW = () => new Date("2026-12-01T08:00:00Z");

describe("一键校验 (quickCheck)", () => {
  it("reads once, writes once, and leaves the counts in the workbook state for the pane", async () => {
    const gateway = new TestGateway();
    const summary = await quickCheck(gateway, NOW);
    expect(gateway.calls.readSnapshot).toHaveBeenCalledTimes(1);
    expect(gateway.calls.applyPlan).toHaveBeenCalledTimes(1);
    expect(summary).toEqual({
      at: "2026-12-01T08:00:00.000Z",
      counts: expected.counts,
      tables: expected.result.tables.length,
      source: "ribbon",
    });
    expect(gateway.savedState.lastRun).toEqual(summary);
    expect(gateway.marks.size).toBeGreaterThan(0);
  });

  it("keeps the ignored findings ignored (not marked, not counted) and the ignored list intact", async () => {
    const f = expected.findings[0];
    const gateway = new TestGateway({ state: { ignored: [findingKey(f)] } });
    const summary = await quickCheck(gateway, NOW);
    expect(summary.counts[f.severity]).toBe(expected.counts[f.severity] - 1);
    expect(gateway.calls.applyPlan.mock.calls[0][0].findings).toHaveLength(expected.findings.length - 1);
    expect(gateway.savedState.ignored).toEqual([findingKey(f)]);
  });

  it("records why it failed, in Chinese", async () => {
    const gateway = new TestGateway();
    gateway.failWith.readSnapshot = new GatewayError("excel.tooManyCells", "工作簿太大，未读取。");
    const summary = await quickCheck(gateway, NOW);
    expect(summary.error).toBe("工作簿太大，未读取。");
    expect(gateway.savedState.lastRun?.error).toBe("工作簿太大，未读取。");
    expect(gateway.calls.applyPlan).not.toHaveBeenCalled();
  });
});

describe("commands.ts", () => {
  const associate = jest.fn();
  beforeAll(() => {
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: jest.fn(),
      actions: { associate },
    };
  });
  afterAll(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it("associates runQuickCheck, and completes the event even when the run cannot reach Excel", async () => {
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(associate).toHaveBeenCalledWith("runQuickCheck", expect.any(Function));
    const handler = associate.mock.calls[0][1] as (e: { completed: () => void }) => Promise<void>;
    const event = { completed: jest.fn() };
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
