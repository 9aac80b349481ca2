/**
 * Last year's 决算 workbook picked in the pane: read in the browser with the same ExcelJS reader the CLI uses
 * (src/xlsx/read.ts), loaded as its own chunk on the first pick. The file never leaves the machine.
 */
import type { WorkbookSnapshot } from "../../engine/snapshot";
import { tn } from "../../i18n/zh-CN-narrative";

export interface PriorWorkbook {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

export type ReadPrior = (file: File) => Promise<PriorWorkbook>;

function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(tn("narrative.prior.unreadable", { name: file.name })));
    reader.readAsArrayBuffer(file);
  });
}

export const readPriorFile: ReadPrior = async (file) => {
  const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/read");
  const bytes = new Uint8Array(await bytesOf(file));
  return { name: file.name, snapshot: await readWorkbookBuffer(bytes, file.name) };
};
