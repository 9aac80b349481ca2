import type { AmountCell, ParseProblem } from "../model/table";
import { parseAmount } from "../values/amount";
import { parseCount } from "../values/count";
import type { Grid } from "./grid";

export interface CellRead {
  cell: AmountCell;
  problem?: ParseProblem;
}

/** Reads an amount (or a count) with its cell; an unreadable cell becomes a problem with its address, not a throw. */
export function readNumber(grid: Grid, r: number, c: number, kind: "amount" | "count" = "amount"): CellRead {
  const raw = grid.raw(r, c);
  const ref = grid.ref(r, c);
  if (kind === "count") {
    const p = parseCount(raw);
    switch (p.kind) {
      case "number":
        return { cell: { value: p.value, ref, raw, fromText: p.fromText, decimals: 0 } };
      case "empty":
        return { cell: { value: null, ref, raw, fromText: false, decimals: 0, empty: "blank" } };
      case "dash":
        return { cell: { value: null, ref, raw, fromText: true, decimals: 0, empty: "dash" } };
      default:
        return {
          cell: { value: null, ref, raw, fromText: typeof raw === "string", decimals: 0 },
          problem: { ref, message: p.reason },
        };
    }
  }
  const p = parseAmount(raw, grid.numberFormat(r, c));
  switch (p.kind) {
    case "number":
      return { cell: { value: p.value, ref, raw, fromText: p.fromText, decimals: p.decimals } };
    case "empty":
      return { cell: { value: null, ref, raw, fromText: false, decimals: 2, empty: "blank" } };
    case "dash":
      return { cell: { value: null, ref, raw, fromText: true, decimals: 2, empty: "dash" } };
    default:
      return {
        cell: { value: null, ref, raw, fromText: typeof raw === "string", decimals: 2 },
        problem: { ref, message: p.reason },
      };
  }
}
