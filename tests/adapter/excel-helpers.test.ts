import { addressStrings, areasOf, groupRects, joinAddresses, localAddress, rectA1 } from "../../src/excel/addresses";
import { estimateBytes, pack, rowBlocks } from "../../src/excel/chunk";
import { toGatewayError } from "../../src/excel/errors";
import { GatewayError } from "../../src/excel/gateway";
import {
  clearGroups,
  diffMarks,
  EMPTY_LEDGER,
  fillFromProperties,
  parseLedger,
  serializeLedger,
} from "../../src/excel/ledger";
import { EXCEL_MESSAGES, excelMessage } from "../../src/excel/messages";

describe("addresses", () => {
  test("cells group into rectangles", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 1, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 1 },
      { row: 5, col: 3 },
      { row: 1, col: 1 },
    ];
    expect(groupRects(cells).map(rectA1)).toEqual(["A1:B2", "D6"]);
  });

  test("address strings never exceed 8 000 characters and cover every cell once", () => {
    const cells = [];
    for (let r = 0; r < 3000; r += 2) for (let c = 0; c < 6; c += 2) cells.push({ row: r, col: c });
    const strings = addressStrings(cells);
    expect(strings.length).toBeGreaterThan(1);
    for (const s of strings) expect(s.length).toBeLessThanOrEqual(8000);
    expect(strings.join(",").split(",")).toHaveLength(cells.length);
    expect(joinAddresses(["A1", "B2", "C3"], 5)).toEqual(["A1,B2", "C3"]);
  });

  test("Excel's addresses: sheet prefixes and $ removed", () => {
    expect(localAddress("'公开 01'!$B$3:$F$20")).toBe("B3:F20");
    expect(areasOf("公开01表!A1:F1,公开01表!A2:B3")).toEqual(["A1:F1", "A2:B3"]);
    expect(areasOf("'a, b'!A1:B2, 'a, b'!C3")).toEqual(["A1:B2", "C3"]);
  });
});

describe("chunk", () => {
  test("row blocks: one block up to 200k cells, else 5k–20k rows", () => {
    expect(rowBlocks(1000, 10)).toEqual([{ row: 0, rows: 1000 }]);
    expect(rowBlocks(25_000, 10)).toEqual([
      { row: 0, rows: 20_000 },
      { row: 20_000, rows: 5_000 },
    ]);
    expect(rowBlocks(30_000, 100).every((b) => b.rows === 5_000 || b.row + b.rows === 30_000)).toBe(true);
    expect(rowBlocks(0, 5)).toEqual([]);
  });
  test("pack keeps order and the limit", () => {
    expect(pack([3, 3, 3, 9, 1], (x) => x, 6)).toEqual([[3, 3], [3], [9], [1]]);
    expect(estimateBytes({ a: "xy", b: [1, 2] })).toBeGreaterThan(10);
  });
});

describe("ledger", () => {
  const prev = parseLedger(
    serializeLedger({ v: 1, fills: { S: { A1: "none", B2: "#FFFF00" }, P: { C3: "none" } }, notes: { S: ["A1"] } }),
  );
  const writable = (s: string) => s !== "P";

  test("re-run: old marks not marked again are restored; originals are never overwritten", () => {
    const d = diffMarks(
      prev,
      [
        { sheet: "S", address: "B2", fill: "FFC7CE" },
        { sheet: "S", address: "C4", fill: "FFC7CE" },
        { sheet: "P", address: "A1", fill: "FFC7CE" },
      ],
      (s, a) => (a === "C4" ? "#00FF00" : "#123456"),
      writable,
    );
    expect([...d.restore.get("S")!]).toEqual([["none", ["A1"]]]);
    expect([...d.paint.get("S")!]).toEqual([["#FFC7CE", ["B2", "C4"]]]);
    expect(d.next.fills).toEqual({ S: { B2: "#FFFF00", C4: "#00FF00" }, P: { C3: "none" } });
    expect(d.painted).toBe(2);
  });

  test("clear: everything on writable sheets, protected sheets kept for later", () => {
    const c = clearGroups(prev, writable);
    expect(c.restored).toBe(2);
    expect(c.kept).toEqual({ v: 1, fills: { P: { C3: "none" } }, notes: {} });
  });

  test("fills: pattern None is no fill even when the colour reads white", () => {
    expect(fillFromProperties("#FFFFFF", "None")).toBe("none");
    expect(fillFromProperties("#ffffff", "Solid")).toBe("#FFFFFF");
    expect(parseLedger(null)).toBe(EMPTY_LEDGER);
    expect(() => parseLedger('{"v":9}')).toThrow();
  });
});

describe("errors and messages", () => {
  test("every message is Chinese; placeholders are filled", () => {
    for (const text of Object.values(EXCEL_MESSAGES)) expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(excelMessage("excel.protectedSkipped", { sheet: "公开01表" })).toContain("“公开01表”");
  });
  test("a GatewayError passes through; other errors keep their debug info", () => {
    const g = new GatewayError("x", "y");
    expect(toGatewayError(g)).toBe(g);
    const e = toGatewayError({ code: "AccessDenied", debugInfo: { errorLocation: "Range.format" } });
    expect(e).toMatchObject({ messageId: "excel.accessDenied", debugInfo: { errorLocation: "Range.format" } });
    expect(toGatewayError(new Error("boom"))).toMatchObject({
      messageId: "excel.unknown",
      message: expect.stringContaining("boom"),
    });
  });
});

test("ledger entries of sheets that are gone are dropped", async () => {
  const { pruneLedger } = await import("../../src/excel/ledger");
  const l = { v: 1 as const, fills: { A: { B2: "none" }, Gone: { C3: "none" } }, notes: { Gone: ["C3"] } };
  expect(pruneLedger(l, (s) => s === "A")).toEqual({ v: 1, fills: { A: { B2: "none" } }, notes: {} });
});
