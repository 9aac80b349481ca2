import { extractLines } from "../figures/lines";
import type { Table } from "../model/table";
import { recognize } from "../recognize";
import type { WorkbookSnapshot } from "../snapshot";
import { mergeInputs, type Inputs } from "./model";
import { readPriorTables, type PriorReading } from "./prior";
import { readSupplementSheet, type SupplementProblem } from "./supplement";

export * from "./model";
export * from "./prior";
export * from "./reasons";
export * from "./supplement";

export interface GatheredInputs {
  readonly inputs: Inputs;
  readonly prior?: PriorReading;
  readonly problems: ReadonlyArray<SupplementProblem>;
}

/**
 * All inputs for one workbook: last year's 决算 workbook (when given; its own 补充数据 reasons become suggestions),
 * then this workbook's 补充数据 sheet, which overrides item by item (the user's typing wins over the prior workbook).
 */
export function gatherInputs(
  tables: ReadonlyArray<Table>,
  snapshot: WorkbookSnapshot,
  priorSnapshot?: WorkbookSnapshot,
): GatheredInputs {
  const problems: SupplementProblem[] = [];
  let prior: PriorReading | undefined;
  if (priorSnapshot) {
    const priorSupplement = readSupplementSheet(priorSnapshot);
    prior = readPriorTables(extractLines(tables), recognize(priorSnapshot).tables, priorSupplement.inputs.reasons);
  }
  const own = readSupplementSheet(snapshot);
  problems.push(...own.problems);
  return { inputs: mergeInputs(prior?.inputs ?? {}, own.inputs), prior, problems };
}
