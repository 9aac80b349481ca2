import { recognize } from "../../src/engine/recognize";
import { buildWritePlan, type WritePlan } from "../../src/engine/report";
import { runRules } from "../../src/engine/rules/run";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { OfficeGateway } from "../../src/excel/officeGateway";
import { installFakeExcel, type FakeWorkbook } from "../support/fake-excel";

export function gatewayOn(
  fake: FakeWorkbook,
  opts: ConstructorParameters<typeof OfficeGateway>[0] = {},
): OfficeGateway {
  installFakeExcel(fake);
  return new OfficeGateway(opts);
}

export function planFor(snapshot: WorkbookSnapshot): WritePlan {
  const run = runRules(recognize(snapshot));
  return buildWritePlan(run.findings);
}

export function resetCounters(fake: FakeWorkbook): void {
  fake.syncCount = 0;
  fake.syncs = [];
  fake.maxAddressLength = 0;
  fake.log = [];
}
