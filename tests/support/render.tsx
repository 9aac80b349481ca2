/**
 * renderWithProviders: the pane inside FluentProvider with a test gateway (addin-conventions §9). The TestGateway is
 * the in-memory DemoGateway with a chosen snapshot (a seed fixture by default), jest.fn spies on every call, and hooks
 * to hold a read open (to see the running state) or to make a call fail.
 */
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import type { CellRef } from "../../src/engine/address";
import type { WritePlan } from "../../src/engine/report";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import type { ApplyResult, ClearResult, ReadRequest, WorkbookState } from "../../src/excel/gateway";
import { App, type HostMode } from "../../src/taskpane/App";
import { DemoGateway } from "../../src/taskpane/demo/DemoGateway";
import type { Download } from "../../src/taskpane/export";
import type { ReadPrior } from "../../src/taskpane/run/prior-file";
import { appTheme } from "../../src/taskpane/theme";
import { fixtureSnapshot, type FixtureName } from "./fixtures";

export interface TestGatewayOptions {
  /** The workbook read; seed000 by default. */
  readonly snapshot?: WorkbookSnapshot | FixtureName;
  readonly state?: WorkbookState;
  /** Sheets to report as protected (marks skipped). */
  readonly protectedSheets?: ReadonlyArray<string>;
}

export class TestGateway extends DemoGateway {
  readonly calls = {
    readSnapshot: jest.fn<void, [ReadRequest | undefined]>(),
    applyPlan: jest.fn<void, [WritePlan]>(),
    clearMarks: jest.fn<void, []>(),
    navigate: jest.fn<void, [CellRef | ReadonlyArray<CellRef>]>(),
    saveState: jest.fn<void, [WorkbookState]>(),
  };
  /** Set to make the next readSnapshot wait until release() is called. */
  private gate: { promise: Promise<void>; release: () => void } | null = null;
  /** Set to make a call reject. */
  failWith: Partial<Record<"readSnapshot" | "applyPlan" | "clearMarks" | "navigate" | "saveState", Error>> = {};

  constructor(options: TestGatewayOptions = {}) {
    const snap = options.snapshot ?? "seed000-zhushan-2024-final";
    const base = typeof snap === "string" ? fixtureSnapshot(snap) : snap;
    const prot = new Set(options.protectedSheets ?? []);
    const withProtection: WorkbookSnapshot =
      prot.size === 0
        ? base
        : { ...base, sheets: base.sheets.map((s) => (prot.has(s.name) ? { ...s, protected: true } : s)) };
    super(async () => withProtection);
    if (options.state) this.state = options.state;
  }

  /** Holds the next read open; returns the function that lets it finish. */
  holdRead(): () => void {
    let release = () => undefined as void;
    const promise = new Promise<void>((r) => (release = r));
    this.gate = { promise, release };
    return () => release();
  }

  get savedState(): WorkbookState {
    return this.state;
  }

  override async readSnapshot(req?: ReadRequest): Promise<WorkbookSnapshot> {
    this.calls.readSnapshot(req);
    if (this.failWith.readSnapshot) throw this.failWith.readSnapshot;
    req?.onProgress?.(0.5);
    if (this.gate) {
      const g = this.gate;
      this.gate = null;
      await g.promise;
    }
    return super.readSnapshot(req);
  }

  override async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    this.calls.applyPlan(plan);
    if (this.failWith.applyPlan) throw this.failWith.applyPlan;
    return super.applyPlan(plan);
  }

  override async clearMarks(): Promise<ClearResult> {
    this.calls.clearMarks();
    if (this.failWith.clearMarks) throw this.failWith.clearMarks;
    return super.clearMarks();
  }

  override async navigate(target: CellRef | ReadonlyArray<CellRef>): Promise<void> {
    this.calls.navigate(target);
    if (this.failWith.navigate) throw this.failWith.navigate;
    return super.navigate(target);
  }

  override async saveState(state: WorkbookState): Promise<void> {
    this.calls.saveState(state);
    if (this.failWith.saveState) throw this.failWith.saveState;
    return super.saveState(state);
  }
}

export interface RenderOptions {
  readonly mode?: HostMode;
  readonly gateway?: TestGateway;
  readonly download?: Download;
  /** Reads last year's workbook picked in the 情况说明 tab (ExcelJS in the browser by default). */
  readonly readPrior?: ReadPrior;
}

export function renderWithProviders(options: RenderOptions = {}): RenderResult & {
  gateway: TestGateway;
  download: jest.Mock;
} {
  const gateway = options.gateway ?? new TestGateway();
  const download = (options.download as jest.Mock | undefined) ?? jest.fn();
  const result = render(
    <FluentProvider theme={appTheme}>
      <App mode={options.mode ?? "excel"} gateway={gateway} download={download} readPrior={options.readPrior} />
    </FluentProvider>,
  );
  return { ...result, gateway, download };
}
