/**
 * The CLI's file reading: the bytes of a file on disk through the host-neutral ExcelJS reader (src/xlsx/read.ts), with
 * file-system failures (missing file, a folder, no permission) as Chinese InputErrors.
 */
import { promises as fs } from "fs";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { InputError, readWorkbookBuffer } from "../xlsx/read";

export { InputError, readWorkbookBuffer, snapshotFromWorkbook } from "../xlsx/read";

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    throw new InputError(fileSystemMessage(path, e), path, { cause: e });
  }
  return readWorkbookBuffer(buf, path);
}

function fileSystemMessage(path: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return `找不到文件“${path}”，请检查文件名和路径。`;
    case "EISDIR":
      return `“${path}”是一个文件夹，不是 xlsx 文件。`;
    case "EACCES":
    case "EPERM":
      return `没有权限读取文件“${path}”。`;
    case "EBUSY":
      return `文件“${path}”正被其他程序占用，无法读取；请关闭占用它的程序后重试。`;
    default:
      return `无法读取文件“${path}”：${e instanceof Error ? e.message : String(e)}`;
  }
}
