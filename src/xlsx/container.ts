/**
 * Sniffs what kind of file a buffer holds before ExcelJS sees it, so that a user who hands us a legacy .xls, a
 * password-protected workbook, a Word document or a truncated download gets a message that says what to do,
 * instead of a zip library's stack trace.
 *
 * Only the container is inspected (zip central directory, CFB directory); no content is decompressed.
 */

export type ContainerKind =
  /** 0 bytes. */
  | { kind: "empty" }
  /** A zip (OOXML package) holding xl/workbook.xml — what ExcelJS can read. */
  | { kind: "xlsx" }
  /** A zip without xl/workbook.xml; `looksLike` names what it is instead, when recognisable. */
  | { kind: "zip-without-workbook"; looksLike?: "xlsb" | "docx" | "pptx" | "odf" }
  /** Starts like a zip but its central directory cannot be found (truncated download, damaged file). */
  | { kind: "broken-zip" }
  /** An OLE/CFB container with EncryptionInfo/EncryptedPackage: an OOXML workbook saved with a password. */
  | { kind: "encrypted-ooxml" }
  /** An OLE/CFB container with a Workbook (BIFF8) or Book (BIFF5) stream: Excel 97-2003 / 5.0 .xls. */
  | { kind: "legacy-xls" }
  /** Any other OLE/CFB file (.doc, .ppt, .msg …). */
  | { kind: "other-cfb"; streams: string[] }
  /** Neither zip nor CFB; `looksLike` is a guess from the first bytes. */
  | { kind: "not-zip"; looksLike?: "html" | "xml" | "pdf" | "text" };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectContainer(buf: Uint8Array): ContainerKind {
  if (buf.length === 0) return { kind: "empty" };
  if (startsWith(buf, CFB_MAGIC)) return classifyCfb(buf);
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5 || buf[2] === 7)) {
    const names = zipEntryNames(buf);
    if (names === null) return { kind: "broken-zip" };
    const set = new Set(names.map((n) => n.replace(/\\/g, "/").replace(/^\//, "")));
    if (set.has("xl/workbook.xml")) return { kind: "xlsx" };
    if (set.has("xl/workbook.bin")) return { kind: "zip-without-workbook", looksLike: "xlsb" };
    if (set.has("word/document.xml")) return { kind: "zip-without-workbook", looksLike: "docx" };
    if (set.has("ppt/presentation.xml")) return { kind: "zip-without-workbook", looksLike: "pptx" };
    if (set.has("mimetype") && set.has("content.xml")) return { kind: "zip-without-workbook", looksLike: "odf" };
    return { kind: "zip-without-workbook" };
  }
  return { kind: "not-zip", looksLike: guessText(buf) };
}

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  return bytes.every((b, i) => buf[i] === b);
}

function guessText(buf: Uint8Array): "html" | "xml" | "pdf" | "text" | undefined {
  const head = latin1(buf.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  if (head.startsWith("%PDF")) return "pdf";
  const t = head.trimStart().toLowerCase();
  if (t.startsWith("<!doctype html") || t.startsWith("<html") || /<html[\s>]/.test(t)) return "html";
  if (t.startsWith("<?xml")) return "xml";
  // Mostly printable bytes (UTF-8/GBK text, CSV): no NULs and few control characters.
  const sample = buf.subarray(0, 512);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return undefined;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control === 0 ? "text" : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// zip: read the central directory (End Of Central Directory record, zip64 if needed) for the entry names.

function zipEntryNames(buf: Uint8Array): string[] | null {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const minEocd = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minEocd; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    // zip64: locator just before the EOCD points at the zip64 EOCD record.
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== 0x07064b50) return null;
    const z64 = Number(dv.getBigUint64(loc + 8, true));
    if (z64 < 0 || z64 + 56 > buf.length || dv.getUint32(z64, true) !== 0x06064b50) return null;
    count = Number(dv.getBigUint64(z64 + 32, true));
    offset = Number(dv.getBigUint64(z64 + 48, true));
  }
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > buf.length) return null;
    names.push(UTF8.decode(buf.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// CFB (OLE2 compound file): walk the directory stream through the FAT for the stream names.

function classifyCfb(buf: Uint8Array): ContainerKind {
  let names = cfbEntryNames(buf);
  if (names === null) names = scanUtf16Names(buf, ["EncryptionInfo", "EncryptedPackage", "Workbook", "Book"]);
  const lower = new Set(names.map((n) => n.toLowerCase()));
  if (lower.has("encryptioninfo") || lower.has("encryptedpackage")) return { kind: "encrypted-ooxml" };
  if (lower.has("workbook") || lower.has("book")) return { kind: "legacy-xls" };
  return { kind: "other-cfb", streams: names };
}

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;

/** Names of all storages and streams, or null when the structure is damaged. */
export function cfbEntryNames(buf: Uint8Array): string[] | null {
  if (buf.length < 512) return null;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.floor((buf.length - size) / size) + 1; // generous upper bound for loop guards
  const sectorOffset = (n: number) => (n + 1) * size;
  const inFile = (n: number) => n < 0xfffffffa && sectorOffset(n) + size <= buf.length;

  // FAT sector list: 109 in the header, the rest in the DIFAT chain.
  const fatSectorCount = dv.getUint32(0x2c, true);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) {
    const s = dv.getUint32(0x4c + 4 * i, true);
    if (s === FREESECT) break;
    fatSectors.push(s);
  }
  let difat = dv.getUint32(0x44, true);
  for (let guard = 0; difat !== ENDOFCHAIN && difat !== FREESECT && fatSectors.length < fatSectorCount; guard++) {
    if (!inFile(difat) || guard > sectorCount) return null;
    const base = sectorOffset(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(dv.getUint32(base + 4 * i, true));
    }
    difat = dv.getUint32(base + size - 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    if (!inFile(s)) return null;
    const base = sectorOffset(s);
    for (let i = 0; i < size / 4; i++) fat.push(dv.getUint32(base + 4 * i, true));
  }

  const names: string[] = [];
  let sector = dv.getUint32(0x30, true);
  for (let guard = 0; sector !== ENDOFCHAIN; guard++) {
    if (!inFile(sector) || guard > sectorCount) return null;
    const base = sectorOffset(sector);
    for (let e = 0; e < size / 128; e++) {
      const at = base + e * 128;
      const type = buf[at + 0x42];
      if (type !== 1 && type !== 2 && type !== 5) continue; // unused / lockbytes / property
      const len = Math.min(dv.getUint16(at + 0x40, true), 64);
      const chars: number[] = [];
      for (let i = 0; i + 1 < len; i += 2) {
        const ch = dv.getUint16(at + i, true);
        if (ch === 0) break;
        chars.push(ch);
      }
      if (type !== 5) names.push(String.fromCharCode(...chars));
    }
    if (sector >= fat.length) return null;
    sector = fat[sector];
  }
  return names;
}

/** Fallback for damaged containers: which of the given names occur as UTF-16LE anywhere in the file. */
function scanUtf16Names(buf: Uint8Array, wanted: string[]): string[] {
  return wanted.filter((w) => indexOfBytes(buf, utf16le(w + "\u0000")) >= 0);
}

// Byte helpers on plain Uint8Arrays (no Node API): the same code runs in the task pane on last year's workbook.

const UTF8 = new TextDecoder("utf-8");

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
