/**
 * An in-memory Excel implementing exactly the subset of the Excel JS API that src/excel/officeGateway.ts uses, with
 * Excel.run/RequestContext semantics: calls are queued and run at context.sync(); properties of proxies throw until they
 * were load()ed and synced (as in office-js); load() without arguments is rejected; writes to a protected sheet fail
 * with AccessDenied at sync. It counts syncs, estimates the payload of each sync, records the longest address string
 * and logs calls. No Node APIs: the e2e tests bundle it as the fake office.js.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export type FakeValue = null | string | number | boolean | { error: string };

export interface FakeCell {
  value: FakeValue;
  /** With "=". */
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB"; undefined = no fill. */
  fill?: string;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeSheet {
  name: string;
  id: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** A1 → note text. */
  notes: Map<string, string>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  bold: Set<string>;
  wrap: Set<string>;
  /** Rect A1 → font size in points (format.font.size). */
  fontSizes: Map<string, number>;
  /** Rect A1 → format.verticalAlignment. */
  verticalAlignment: Map<string, string>;
  /** Rects whose rows were autofitted (format.autofitRows()). */
  autofitRows: Set<string>;
  /** Charts on the sheet, in the order they were added (worksheet.charts). They go with the sheet when it is deleted. */
  charts: FakeChart[];
}

/** A chart as worksheet.charts.add(type, source, seriesBy) and the chart's setters left it. */
export interface FakeChart {
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered", "Pie". */
  type: string;
  /** The source range, local A1 ("L3:N6") when on the chart's sheet, qualified otherwise. */
  source: string;
  seriesBy: string;
  /** chart.title.text; null until set. */
  title: string | null;
  legendVisible: boolean;
  /** setPosition(startCell, endCell): the top-left cell and the bottom-right cell covered; null until positioned. */
  from: string | null;
  to: string | null;
}

export interface SyncRecord {
  /** Estimated request bytes (queued commands and their arguments). */
  request: number;
  /** Estimated response bytes (loaded values). */
  response: number;
}

export interface SpecSheet {
  name: string;
  rows: (FakeValue | { f: string; v: FakeValue })[][];
  merges?: string[];
  numFmt?: string;
}

export interface SeedExtras {
  /** sheet → A1 → "#RRGGBB". */
  fills?: Record<string, Record<string, string>>;
  protected?: string[];
  hidden?: string[];
  /** sheet → A1 → note text. */
  notes?: Record<string, Record<string, string>>;
}

// ------------------------------------------------------------------ A1 helpers (no imports: browser bundle friendly)

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}
export function parseCell(s: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s.trim());
  if (!m) throw officeError("InvalidArgument", `Bad address ${s}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
export function parseRect(s: string): Rect {
  const local = s.slice(s.lastIndexOf("!") + 1).trim();
  const [a, b] = local.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}
function rectA1(r: Rect): string {
  const a = a1(r.r0, r.c0);
  const b = a1(r.r1, r.c1);
  return a === b ? a : `${a}:${b}`;
}
function qualify(sheet: string, local: string): string {
  const plain = /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;
}
const key = (r: number, c: number) => `${r},${c}`;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}
function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

function estimate(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "string") return v.length * 2 + 2;
  if (typeof v !== "object") return 8;
  if (v instanceof ProxyBase) return 64;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + estimate(x) + 1, 2);
  return Object.entries(v as object).reduce((n, [k, x]) => n + k.length + 3 + estimate(x), 2);
}

// ------------------------------------------------------------------ the workbook state

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Setting values as stored in the document (JSON text, like the file keeps them). */
  settings = new Map<string, string>();
  /** Workbook structure protection: sheets cannot be added or deleted. */
  structureProtected = false;
  /** Custom XML parts stored in the document. */
  customXmlParts: { id: string; xml: string }[] = [];
  xmlCounter = 0;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** ExcelApi versions supported ("1.18" → every set up to 1.18). */
  apiVersion = "1.18";
  syncCount = 0;
  /** Properties read before load()+sync() (each also threw, as office-js does). */
  unloadedReads: string[] = [];
  syncs: SyncRecord[] = [];
  maxAddressLength = 0;
  log: string[] = [];
  runs: { options?: unknown }[] = [];
  /** Like Excel on the web: a sync whose response is larger fails with RequestPayloadSizeLimitExceeded. */
  responseLimit: number | null = null;
  /** The next sync fails with this Office error code (tests of the error mapping). */
  failNextSync: string | null = null;
  /**
   * Every worksheet.charts.add fails at sync with this Office error code (debugInfo.errorLocation
   * "ChartCollection.add"), as a host whose chart engine refuses would: the commands before it are applied.
   */
  chartFailure: string | null = null;
  handlers = new Set<(args: any) => unknown>();
  private nextId = 1;

  static fromSpec(spec: { sheets: SpecSheet[] }, extras: SeedExtras = {}): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const s of spec.sheets) {
      const sh = wb.addSheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          let value = v as FakeValue;
          let formula: string | undefined;
          if (v !== null && typeof v === "object" && "f" in v) {
            formula = `=${v.f}`;
            value = v.v;
          }
          if (value === null && formula === undefined) return;
          const cell: FakeCell = { value, formula };
          if (typeof value === "number" && s.numFmt && s.numFmt !== "General") cell.numberFormat = s.numFmt;
          sh.cells.set(key(r, c), cell);
        }),
      );
      sh.merges = [...(s.merges ?? [])];
    }
    for (const [sheet, fills] of Object.entries(extras.fills ?? {})) {
      for (const [addr, color] of Object.entries(fills)) wb.setFill(sheet, addr, color);
    }
    for (const name of extras.protected ?? []) wb.sheet(name).protected = true;
    for (const name of extras.hidden ?? []) wb.sheet(name).visibility = "Hidden";
    for (const [sheet, notes] of Object.entries(extras.notes ?? {})) {
      for (const [addr, text] of Object.entries(notes)) wb.sheet(sheet).notes.set(addr, text);
    }
    wb.activeSheet = wb.sheets[0]?.name ?? null;
    return wb;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw officeError("ItemAlreadyExists", `A sheet named ${name} exists`);
    }
    const sh: FakeSheet = {
      name,
      id: `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      merges: [],
      notes: new Map(),
      frozenRows: 0,
      columnWidths: new Map(),
      hyperlinks: new Map(),
      bold: new Set(),
      wrap: new Set(),
      fontSizes: new Map(),
      verticalAlignment: new Map(),
      autofitRows: new Set(),
      charts: [],
    };
    this.sheets.push(sh);
    return sh;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase() || s.id === nameOrId);
  }

  cell(sheet: string, addr: string): FakeCell | undefined {
    const p = parseCell(addr);
    return this.sheet(sheet).cells.get(key(p.row, p.col));
  }

  setValue(sheet: string, addr: string, value: FakeValue, formula?: string): void {
    const p = parseCell(addr);
    const sh = this.sheet(sheet);
    const k = key(p.row, p.col);
    const c = sh.cells.get(k) ?? { value: null };
    c.value = value;
    c.formula = formula;
    sh.cells.set(k, c);
  }

  setFill(sheet: string, addr: string, color: string | undefined): void {
    const p = parseCell(addr);
    const sh = this.sheet(sheet);
    const k = key(p.row, p.col);
    const c = sh.cells.get(k) ?? { value: null };
    c.fill = color === undefined ? undefined : color.toUpperCase();
    if (c.value === null && c.formula === undefined && c.fill === undefined && c.numberFormat === undefined)
      sh.cells.delete(k);
    else sh.cells.set(k, c);
  }

  fillOf(sheet: string, addr: string): string | undefined {
    return this.cell(sheet, addr)?.fill;
  }

  /** Every cell's fill, value and formula, for before/after comparisons. */
  dump(options: { fills?: boolean } = {}): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const sh of this.sheets) {
      for (const [k, c] of sh.cells) {
        const [r, col] = k.split(",").map(Number);
        const v: Record<string, unknown> = { value: c.value, formula: c.formula ?? null };
        if (options.fills) v.fill = c.fill ?? "none";
        if (c.value === null && c.formula === undefined && !options.fills) continue;
        if (options.fills && c.value === null && c.formula === undefined && c.fill === undefined) continue;
        out[`${sh.name}!${a1(r, col)}`] = v;
      }
    }
    return out;
  }

  fills(sheets?: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const sh of this.sheets) {
      if (sheets && !sheets.includes(sh.name)) continue;
      for (const [k, c] of sh.cells) {
        if (c.fill === undefined) continue;
        const [r, col] = k.split(",").map(Number);
        out[`${sh.name}!${a1(r, col)}`] = c.fill;
      }
    }
    return out;
  }

  /** sheet → its charts (type, source, series by, title, legend, position), only sheets that have charts. */
  charts(): Record<string, FakeChart[]> {
    const out: Record<string, FakeChart[]> = {};
    for (const sh of this.sheets) if (sh.charts.length > 0) out[sh.name] = sh.charts.map((c) => ({ ...c }));
    return out;
  }

  supports(version: string): boolean {
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return x > a || (x === a && y >= b);
  }

  noteAddress(address: string): void {
    this.maxAddressLength = Math.max(this.maxAddressLength, address.length);
  }

  /** A user selection in the grid: fires worksheets.onSelectionChanged handlers. */
  userSelect(sheet: string, address: string): void {
    const sh = this.sheet(sheet);
    this.selection = { sheet: sh.name, address };
    this.activeSheet = sh.name;
    for (const h of this.handlers)
      void h({ address, worksheetId: sh.id, type: "WorksheetSelectionChanged", source: "Local" });
  }

  usedRect(sh: FakeSheet, valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [k, c] of sh.cells) {
      if (valuesOnly && c.value === null && c.formula === undefined) continue;
      const [row, col] = k.split(",").map(Number);
      if (!r) r = { r0: row, c0: col, r1: row, c1: col };
      else {
        r.r0 = Math.min(r.r0, row);
        r.c0 = Math.min(r.c0, col);
        r.r1 = Math.max(r.r1, row);
        r.c1 = Math.max(r.c1, col);
      }
    }
    return r;
  }
}

// ------------------------------------------------------------------ proxies

interface Op {
  bytes: number;
  exec: () => number | void;
}

class Ctx {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly queue: Op[] = [];
  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }
  push(label: string, bytes: number, exec: () => number | void): void {
    this.fake.log.push(label);
    this.queue.push({ bytes: bytes + 16, exec });
  }
  async sync(): Promise<void> {
    const fake = this.fake;
    fake.syncCount++;
    fake.log.push("sync");
    const ops = this.queue.splice(0);
    const rec: SyncRecord = { request: 0, response: 0 };
    fake.syncs.push(rec);
    if (fake.failNextSync) {
      const code = fake.failNextSync;
      fake.failNextSync = null;
      throw officeError(code, `Simulated ${code}`);
    }
    for (const op of ops) {
      rec.request += op.bytes;
      const r = op.exec();
      if (typeof r === "number") rec.response += r;
    }
    if (fake.responseLimit !== null && rec.response > fake.responseLimit) {
      throw officeError("RequestPayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }
  trackedObjects = { add() {}, remove() {} };
}

abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: Ctx) {}
  protected abstract readonly typeName: string;
  protected get fake(): FakeWorkbook {
    return this.context.fake;
  }
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) {
      this.fake.unloadedReads.push(`${this.typeName}.${name}`);
      throw officeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
  /** Values of the named properties, read at sync time. */
  protected abstract resolve(name: string): unknown;
  load(names?: string | string[] | { select?: string }): this {
    if (names === undefined || names === null) throw new Error(`FakeExcel: ${this.typeName}.load() without arguments`);
    const list = (
      typeof names === "string" ? names.split(",") : Array.isArray(names) ? names : (names.select ?? "").split(",")
    )
      .map((s) => s.trim())
      .filter(Boolean);
    if (list.length === 0) throw new Error(`FakeExcel: ${this.typeName}.load() with no properties`);
    this.context.push(`${this.typeName}.load(${list.join(",")})`, 32 + list.join(",").length, () => {
      let bytes = 0;
      for (const n of list) {
        const v = this.resolve(n);
        this.loaded.set(n, v);
        bytes += estimate(v);
      }
      return bytes;
    });
    return this;
  }
}

/** An *OrNullObject result: isNullObject is readable after any load of it and a sync. */
abstract class NullableProxy extends ProxyBase {
  protected abstract exists(): boolean;
  override load(names?: string | string[] | { select?: string }): this {
    super.load(names);
    this.context.push(`${this.typeName}.isNullObject`, 0, () => {
      this.loaded.set("isNullObject", !this.exists());
    });
    return this;
  }
  protected override prop<T>(name: string): T {
    if (name !== "isNullObject" && this.loaded.get("isNullObject") === true) return null as T;
    return super.prop<T>(name);
  }
  get isNullObject(): boolean {
    return this.prop<boolean>("isNullObject");
  }
}

class ApplicationProxy extends ProxyBase {
  protected readonly typeName = "Application";
  protected resolve(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.push("Application.suspendApiCalculationUntilNextSync", 8, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.push("Application.suspendScreenUpdatingUntilNextSync", 8, () => undefined);
  }
}

class WorkbookProxy extends ProxyBase {
  protected readonly typeName = "Workbook";
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(ctx: Ctx) {
    super(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
    this.customXmlParts = new CustomXmlPartCollectionProxy(ctx);
  }
  protected resolve(): unknown {
    return undefined;
  }
}

class SettingCollectionProxy extends ProxyBase {
  protected readonly typeName = "SettingCollection";
  protected resolve(): unknown {
    return undefined;
  }
  add(k: string, value: unknown): SettingProxy {
    const text = JSON.stringify(value);
    this.context.push(`SettingCollection.add(${k})`, estimate(text), () => {
      this.fake.settings.set(k, text);
    });
    return new SettingProxy(this.context, k);
  }
  getItemOrNullObject(k: string): SettingProxy {
    return new SettingProxy(this.context, k);
  }
  getItem(k: string): SettingProxy {
    return new SettingProxy(this.context, k);
  }
}

class SettingProxy extends NullableProxy {
  protected readonly typeName = "Setting";
  constructor(
    ctx: Ctx,
    readonly key: string,
  ) {
    super(ctx);
  }
  protected exists(): boolean {
    return this.fake.settings.has(this.key);
  }
  protected resolve(name: string): unknown {
    const raw = this.fake.settings.get(this.key);
    if (name === "value") return raw === undefined ? null : JSON.parse(raw);
    if (name === "key") return this.key;
    throw new Error(`FakeExcel: Setting.${name} not supported`);
  }
  get value(): unknown {
    return this.prop("value");
  }
  delete(): void {
    this.context.push(`Setting.delete(${this.key})`, 16, () => {
      this.fake.settings.delete(this.key);
    });
  }
}

class WorkbookProtectionProxy extends ProxyBase {
  protected readonly typeName = "WorkbookProtection";
  protected resolve(name: string): unknown {
    if (name === "protected") return this.fake.structureProtected;
    throw new Error(`FakeExcel: WorkbookProtection.${name} not supported`);
  }
  get protected(): boolean {
    return this.prop("protected");
  }
}

function namespaceOf(xml: string): string {
  return /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

class CustomXmlPartCollectionProxy extends ProxyBase {
  protected readonly typeName = "CustomXmlPartCollection";
  protected resolve(): unknown {
    throw new Error("FakeExcel: CustomXmlPartCollection.load not supported");
  }
  getByNamespace(ns: string): CustomXmlPartScopedProxy {
    return new CustomXmlPartScopedProxy(this.context, ns);
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => id);
  }
  add(xml: string): CustomXmlPartProxy {
    let id = "";
    this.context.push("CustomXmlPartCollection.add", estimate(xml), () => {
      id = `{00000000-0000-0000-0000-${String(++this.fake.xmlCounter).padStart(12, "0")}}`;
      this.fake.customXmlParts.push({ id, xml });
    });
    return new CustomXmlPartProxy(this.context, () => id);
  }
}

class CustomXmlPartScopedProxy extends ProxyBase {
  protected readonly typeName = "CustomXmlPartScopedCollection";
  constructor(
    ctx: Ctx,
    private readonly ns: string,
  ) {
    super(ctx);
  }
  protected resolve(name: string): unknown {
    const prop = name.replace(/^items\//, "");
    const items =
      (this.loaded.get("items") as CustomXmlPartProxy[] | undefined) ??
      this.fake.customXmlParts
        .filter((p) => namespaceOf(p.xml) === this.ns)
        .map((p) => new CustomXmlPartProxy(this.context, () => p.id));
    for (const it of items) it.setLoaded(prop);
    this.loaded.set("items", items);
    return items;
  }
  get items(): CustomXmlPartProxy[] {
    return this.prop("items");
  }
}

class CustomXmlPartProxy extends ProxyBase {
  protected readonly typeName = "CustomXmlPart";
  constructor(
    ctx: Ctx,
    private readonly idOf: () => string,
  ) {
    super(ctx);
  }
  setLoaded(prop: string): void {
    this.loaded.set(prop, this.resolve(prop));
  }
  private part(): { id: string; xml: string } {
    const p = this.fake.customXmlParts.find((x) => x.id === this.idOf());
    if (!p) throw officeError("ItemNotFound", `No custom XML part ${this.idOf()}`);
    return p;
  }
  protected resolve(name: string): unknown {
    if (name === "id") return this.part().id;
    if (name === "namespaceUri") return namespaceOf(this.part().xml);
    throw new Error(`FakeExcel: CustomXmlPart.${name} not supported`);
  }
  get id(): string {
    return this.prop("id");
  }
  getXml(): ClientResult<string> {
    const res = new ClientResult<string>();
    this.context.push("CustomXmlPart.getXml", 16, () => {
      const xml = this.part().xml;
      res.set(xml);
      return estimate(xml);
    });
    return res;
  }
  delete(): void {
    this.context.push("CustomXmlPart.delete", 16, () => {
      const p = this.part();
      this.fake.customXmlParts = this.fake.customXmlParts.filter((x) => x !== p);
    });
  }
}

class WorksheetCollectionProxy extends ProxyBase {
  protected readonly typeName = "WorksheetCollection";
  readonly onSelectionChanged = {
    add: (handler: (args: any) => unknown) => {
      const fake = this.fake;
      const context = this.context;
      this.context.push("WorksheetCollection.onSelectionChanged.add", 16, () => {
        fake.handlers.add(handler);
      });
      return {
        context,
        remove: () => {
          context.push("EventHandlerResult.remove", 16, () => {
            fake.handlers.delete(handler);
          });
        },
      };
    },
  };
  protected resolve(name: string): unknown {
    const prop = name.replace(/^items\//, "");
    const items =
      (this.loaded.get("items") as WorksheetProxy[] | undefined) ??
      this.fake.sheets.map((s) => new WorksheetProxy(this.context, () => s));
    for (const it of items) it.setLoaded(prop);
    this.loaded.set("items", items);
    return items;
  }
  get items(): WorksheetProxy[] {
    return this.prop("items");
  }
  getItem(nameOrId: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.fake.sheet(nameOrId));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => this.fake.sheet(name),
      () => this.fake.findSheet(name) !== undefined,
    );
  }
  add(name: string): WorksheetProxy {
    this.context.push(`WorksheetCollection.add(${name})`, estimate(name), () => {
      if (this.fake.structureProtected) throw officeError("AccessDenied", "The workbook structure is protected.");
      this.fake.addSheet(name);
    });
    return this.getItem(name);
  }
}

class WorksheetProxy extends NullableProxy {
  protected readonly typeName = "Worksheet";
  readonly protection: ProtectionProxy;
  readonly notes: NoteCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    ctx: Ctx,
    readonly target: () => FakeSheet,
    private readonly present: () => boolean = () => true,
  ) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, target);
    this.notes = new NoteCollectionProxy(ctx, target);
    this.charts = new ChartCollectionProxy(ctx, target);
    this.freezePanes = {
      freezeRows: (n: number) =>
        ctx.push("Worksheet.freezePanes.freezeRows", 8, () => {
          target().frozenRows = n;
        }),
    };
  }
  protected exists(): boolean {
    return this.present();
  }
  /** Collection loads fill item properties directly. */
  setLoaded(prop: string): void {
    if (prop.startsWith("protection/")) {
      this.protection.setLoaded(prop.slice("protection/".length));
      return;
    }
    this.loaded.set(prop, this.resolve(prop));
  }
  protected resolve(name: string): unknown {
    const s = this.target();
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.fake.sheets.indexOf(s);
      default:
        throw new Error(`FakeExcel: Worksheet.${name} not supported`);
    }
  }
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  getRange(address?: string): RangeProxy {
    if (address === undefined) throw new Error("FakeExcel: whole-sheet getRange() is not used by the gateway");
    this.fake.noteAddress(address);
    this.fake.log.push(`Worksheet.getRange(${address})`);
    return new RangeProxy(this.context, this.target, () => parseRect(address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.fake.log.push(`Worksheet.getRangeByIndexes(${row},${col},${rows},${cols})`);
    return new RangeProxy(this.context, this.target, () => ({
      r0: row,
      c0: col,
      r1: row + rows - 1,
      c1: col + cols - 1,
    }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      this.target,
      () => this.fake.usedRect(this.target(), valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      this.target,
      () => this.fake.usedRect(this.target(), valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      () => this.fake.usedRect(this.target(), valuesOnly === true) !== null,
    );
  }
  getRanges(address: string): RangeAreasProxy {
    this.fake.noteAddress(address);
    this.fake.log.push(`Worksheet.getRanges(${address.length} chars)`);
    return new RangeAreasProxy(this.context, this.target, () => address.split(/[,;]/).map((a) => parseRect(a)));
  }
  activate(): void {
    this.context.push("Worksheet.activate", 8, () => {
      this.fake.activeSheet = this.target().name;
    });
  }
  delete(): void {
    this.context.push("Worksheet.delete", 8, () => {
      if (this.fake.structureProtected) throw officeError("AccessDenied", "The workbook structure is protected.");
      const s = this.target();
      this.fake.sheets = this.fake.sheets.filter((x) => x !== s);
    });
  }
}

class ProtectionProxy extends ProxyBase {
  protected readonly typeName = "WorksheetProtection";
  constructor(
    ctx: Ctx,
    private readonly target: () => FakeSheet,
  ) {
    super(ctx);
  }
  setLoaded(prop: string): void {
    this.loaded.set(prop, this.resolve(prop));
  }
  protected resolve(name: string): unknown {
    if (name === "protected") return this.target().protected;
    throw new Error(`FakeExcel: WorksheetProtection.${name} not supported`);
  }
  get protected(): boolean {
    return this.prop("protected");
  }
}

function guardWritable(s: FakeSheet): void {
  if (s.protected)
    throw officeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${s.name}).`);
}

class FillProxy {
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => FakeSheet,
    private readonly rects: () => Rect[],
  ) {}
  set color(color: string) {
    this.ctx.push(`RangeFill.color=${color}`, estimate(color), () => this.apply(color.toUpperCase()));
  }
  clear(): void {
    this.ctx.push("RangeFill.clear", 8, () => this.apply(undefined));
  }
  private apply(color: string | undefined): void {
    const s = this.target();
    guardWritable(s);
    for (const r of this.rects()) {
      for (let row = r.r0; row <= r.r1; row++) {
        for (let col = r.c0; col <= r.c1; col++) this.ctx.fake.setFill(s.name, a1(row, col), color);
      }
    }
  }
}

class FormatProxy {
  readonly fill: FillProxy;
  readonly font: { bold: boolean; size: number };
  constructor(
    private readonly ctx: Ctx,
    private readonly target: () => FakeSheet,
    private readonly rects: () => Rect[],
  ) {
    this.fill = new FillProxy(ctx, target, rects);
    const self = this;
    this.font = {
      set bold(v: boolean) {
        ctx.push("RangeFont.bold", 8, () => {
          for (const r of self.rects()) v ? target().bold.add(rectA1(r)) : target().bold.delete(rectA1(r));
        });
      },
      get bold(): boolean {
        throw officeError("PropertyNotLoaded", "The property 'bold' is not available.");
      },
      set size(v: number) {
        ctx.push("RangeFont.size", 8, () => {
          for (const r of self.rects()) target().fontSizes.set(rectA1(r), v);
        });
      },
      get size(): number {
        throw officeError("PropertyNotLoaded", "The property 'size' is not available.");
      },
    };
  }
  set columnWidth(w: number) {
    this.ctx.push("RangeFormat.columnWidth", 8, () => {
      for (const r of this.rects()) for (let c = r.c0; c <= r.c1; c++) this.target().columnWidths.set(c, w);
    });
  }
  get columnWidth(): number {
    throw officeError("PropertyNotLoaded", "The property 'columnWidth' is not available.");
  }
  set wrapText(v: boolean) {
    this.ctx.push("RangeFormat.wrapText", 8, () => {
      for (const r of this.rects()) v ? this.target().wrap.add(rectA1(r)) : this.target().wrap.delete(rectA1(r));
    });
  }
  get wrapText(): boolean {
    throw officeError("PropertyNotLoaded", "The property 'wrapText' is not available.");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw officeError("InvalidArgument", `Bad verticalAlignment ${v}`);
    this.ctx.push("RangeFormat.verticalAlignment", 8, () => {
      for (const r of this.rects()) this.target().verticalAlignment.set(rectA1(r), v);
    });
  }
  get verticalAlignment(): string {
    throw officeError("PropertyNotLoaded", "The property 'verticalAlignment' is not available.");
  }
  autofitRows(): void {
    this.ctx.push("RangeFormat.autofitRows", 8, () => {
      for (const r of this.rects()) this.target().autofitRows.add(rectA1(r));
    });
  }
}

class ClientResult<T> {
  private v: T | undefined;
  private ready = false;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw officeError("PropertyNotLoaded", "The value of the result object has not been loaded yet.");
    return this.v as T;
  }
}

class RangeProxy extends NullableProxy {
  protected readonly typeName = "Range";
  readonly format: FormatProxy;
  constructor(
    ctx: Ctx,
    readonly target: () => FakeSheet,
    readonly rect: () => Rect,
    private readonly present: () => boolean = () => true,
  ) {
    super(ctx);
    this.format = new FormatProxy(ctx, target, () => [rect()]);
  }
  protected exists(): boolean {
    return this.present();
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const s = this.target();
    const out: T[][] = [];
    for (let row = r.r0; row <= r.r1; row++) {
      const line: T[] = [];
      for (let col = r.c0; col <= r.c1; col++) line.push(f(s.cells.get(key(row, col))));
      out.push(line);
    }
    return out;
  }
  protected resolve(name: string): unknown {
    const r = this.rect();
    switch (name) {
      case "address":
        return qualify(this.target().name, rectA1(r));
      case "rowCount":
        return r.r1 - r.r0 + 1;
      case "columnCount":
        return r.c1 - r.c0 + 1;
      case "values":
        return this.grid((c) => {
          const v = c?.value ?? null;
          if (v === null) return "";
          if (typeof v === "object") return v.error;
          return v;
        });
      case "valueTypes":
        return this.grid((c) => {
          const v = c?.value ?? null;
          if (v === null) return "Empty";
          if (typeof v === "object") return "Error";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      case "formulas":
        return this.grid((c) => {
          if (c?.formula) return c.formula;
          const v = c?.value ?? null;
          if (v === null) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`FakeExcel: Range.${name} not supported`);
    }
  }
  get address(): string {
    return this.prop("address");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.context.push("Range.values=", estimate(v), () => {
      const s = this.target();
      guardWritable(s);
      const r = this.rect();
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          if (x === null) return;
          const value = x === "" ? null : (x as FakeValue);
          const c = s.cells.get(key(r.r0 + i, r.c0 + j)) ?? { value: null };
          c.value = value;
          c.formula = undefined;
          s.cells.set(key(r.r0 + i, r.c0 + j), c);
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.context.push("Range.numberFormat=", estimate(v), () => {
      const s = this.target();
      guardWritable(s);
      const r = this.rect();
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          if (x === null) return;
          const c = s.cells.get(key(r.r0 + i, r.c0 + j)) ?? { value: null };
          c.numberFormat = x;
          s.cells.set(key(r.r0 + i, r.c0 + j), c);
        }),
      );
    });
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.push("Range.hyperlink=", estimate(h), () => {
      const s = this.target();
      guardWritable(s);
      const r = this.rect();
      s.hyperlinks.set(a1(r.r0, r.c0), h);
    });
  }
  getCellProperties(opts: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): ClientResult<any[][]> {
    const res = new ClientResult<any[][]>();
    this.context.push("Range.getCellProperties", estimate(opts), () => {
      const fill = opts.format?.fill ?? {};
      const g = this.grid((c) => {
        const f: Record<string, string> = {};
        if (fill.color) f.color = c?.fill ?? "#FFFFFF";
        if (fill.pattern) f.pattern = c?.fill ? "Solid" : "None";
        return { format: { fill: f } };
      });
      res.set(g);
      return estimate(g);
    });
    return res;
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      this.target,
      () => {
        const r = this.rect();
        return this.target()
          .merges.map((m) => parseRect(m))
          .filter((m) => m.r0 <= r.r1 && m.r1 >= r.r0 && m.c0 <= r.c1 && m.c1 >= r.c0);
      },
      true,
    );
  }
  getBoundingRect(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, this.target, () => {
      const a = this.rect();
      const b = other.rect();
      return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
    });
  }
  getIntersection(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, this.target, () => {
      const a = this.rect();
      const b = other.rect();
      const r = {
        r0: Math.max(a.r0, b.r0),
        c0: Math.max(a.c0, b.c0),
        r1: Math.min(a.r1, b.r1),
        c1: Math.min(a.c1, b.c1),
      };
      if (r.r0 > r.r1 || r.c0 > r.c1) throw officeError("ItemNotFound", "The ranges do not intersect");
      return r;
    });
  }
  select(): void {
    this.context.push("Range.select", 8, () => {
      this.fake.activeSheet = this.target().name;
      this.fake.selection = { sheet: this.target().name, address: rectA1(this.rect()) };
    });
  }
}

class RangeAreasProxy extends NullableProxy {
  protected readonly typeName = "RangeAreas";
  readonly format: FormatProxy;
  constructor(
    ctx: Ctx,
    readonly target: () => FakeSheet,
    readonly rects: () => Rect[],
    private readonly nullWhenEmpty = false,
  ) {
    super(ctx);
    this.format = new FormatProxy(ctx, target, rects);
  }
  protected exists(): boolean {
    return !this.nullWhenEmpty || this.rects().length > 0;
  }
  protected resolve(name: string): unknown {
    if (name === "address")
      return this.rects()
        .map((r) => qualify(this.target().name, rectA1(r)))
        .join(",");
    if (name === "areaCount") return this.rects().length;
    throw new Error(`FakeExcel: RangeAreas.${name} not supported`);
  }
  get address(): string {
    return this.prop("address");
  }
  select(): void {
    this.context.push("RangeAreas.select", 8, () => {
      this.fake.activeSheet = this.target().name;
      this.fake.selection = { sheet: this.target().name, address: this.rects().map(rectA1).join(",") };
    });
  }
}

class NoteCollectionProxy extends ProxyBase {
  protected readonly typeName = "NoteCollection";
  constructor(
    ctx: Ctx,
    private readonly target: () => FakeSheet,
  ) {
    super(ctx);
  }
  private guard(): void {
    if (!this.fake.supports("1.18")) throw officeError("ApiNotFound", "worksheet.notes needs ExcelApi 1.18");
  }
  protected resolve(name: string): unknown {
    const prop = name.replace(/^items\//, "");
    const s = this.target();
    const items =
      (this.loaded.get("items") as NoteProxy[] | undefined) ??
      [...s.notes.keys()].map((a) => new NoteProxy(this.context, this.target, a));
    for (const it of items) it.setLoaded(prop);
    this.loaded.set("items", items);
    return items;
  }
  override load(names?: string | string[] | { select?: string }): this {
    this.guard();
    super.load(names);
    return this;
  }
  get items(): NoteProxy[] {
    return this.prop("items");
  }
  add(cell: RangeProxy | string, content: string): NoteProxy {
    this.guard();
    const addrFn = () => (typeof cell === "string" ? parseRect(cell) : cell.rect());
    this.context.push("NoteCollection.add", estimate(content) + 32, () => {
      const s = this.target();
      guardWritable(s);
      const r = addrFn();
      if (r.r0 !== r.r1 || r.c0 !== r.c1) throw officeError("InvalidCellAddress", "A note needs a single cell");
      const a = a1(r.r0, r.c0);
      if (s.notes.has(a)) throw officeError("InvalidArgument", `The cell ${a} already has a note`);
      s.notes.set(a, content);
    });
    return new NoteProxy(this.context, this.target, typeof cell === "string" ? cell : "?");
  }
  getItem(address: string): NoteProxy {
    this.guard();
    return new NoteProxy(this.context, this.target, address, true);
  }
  getItemOrNullObject(address: string): NoteProxy {
    this.guard();
    return new NoteProxy(this.context, this.target, address);
  }
  getCount(): ClientResult<number> {
    this.guard();
    const res = new ClientResult<number>();
    this.context.push("NoteCollection.getCount", 8, () => res.set(this.target().notes.size));
    return res;
  }
}

class NoteProxy extends NullableProxy {
  protected readonly typeName = "Note";
  constructor(
    ctx: Ctx,
    private readonly target: () => FakeSheet,
    private readonly address: string,
    private readonly strict = false,
  ) {
    super(ctx);
  }
  setLoaded(prop: string): void {
    this.loaded.set(prop, this.resolve(prop));
  }
  protected exists(): boolean {
    return this.target().notes.has(this.address.toUpperCase());
  }
  private need(): string {
    const a = this.address.toUpperCase();
    if (!this.target().notes.has(a)) throw officeError("ItemNotFound", `No note at ${a}`);
    return a;
  }
  protected resolve(name: string): unknown {
    if (name === "content") return this.exists() ? this.target().notes.get(this.address.toUpperCase()) : null;
    throw new Error(`FakeExcel: Note.${name} not supported`);
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.context.push("Note.content=", estimate(v), () => {
      guardWritable(this.target());
      this.target().notes.set(this.need(), v);
    });
  }
  delete(): void {
    this.context.push("Note.delete", 8, () => {
      guardWritable(this.target());
      this.target().notes.delete(this.need());
    });
  }
  getLocation(): RangeProxy {
    const a = this.address;
    return new RangeProxy(this.context, this.target, () => parseRect(a));
  }
  get strictLookup(): boolean {
    return this.strict;
  }
}

// ------------------------------------------------------------------ charts (ExcelApi 1.1)

const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

class ChartCollectionProxy extends ProxyBase {
  protected readonly typeName = "ChartCollection";
  constructor(
    ctx: Ctx,
    private readonly target: () => FakeSheet,
  ) {
    super(ctx);
  }
  private guard(): void {
    if (!this.fake.supports("1.1")) throw officeError("ApiNotFound", "worksheet.charts needs ExcelApi 1.1");
  }
  protected resolve(name: string): unknown {
    if (name === "count") return this.target().charts.length;
    const prop = name.replace(/^items\//, "");
    const items =
      (this.loaded.get("items") as ChartProxy[] | undefined) ??
      this.target().charts.map((c) => new ChartProxy(this.context, this.target, () => c));
    for (const it of items) it.setLoaded(prop);
    this.loaded.set("items", items);
    return items;
  }
  override load(names?: string | string[] | { select?: string }): this {
    this.guard();
    super.load(names);
    return this;
  }
  get items(): ChartProxy[] {
    return this.prop("items");
  }
  get count(): number {
    return this.prop("count");
  }
  getCount(): ClientResult<number> {
    this.guard();
    const res = new ClientResult<number>();
    this.context.push("ChartCollection.getCount", 8, () => res.set(this.target().charts.length));
    return res;
  }
  add(type: string, source: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    this.guard();
    if (!CHART_TYPES.has(type)) throw officeError("InvalidArgument", `FakeExcel: chart type ${type} not supported`);
    if (!SERIES_BY.has(seriesBy)) throw officeError("InvalidArgument", `Bad seriesBy ${seriesBy}`);
    if (!(source instanceof RangeProxy)) throw officeError("InvalidArgument", "The chart source must be a Range");
    let chart: FakeChart | undefined;
    this.context.push(`ChartCollection.add(${type})`, 64, () => {
      const s = this.target();
      const failure = this.fake.chartFailure;
      if (failure) {
        throw new FakeOfficeError(failure, `Simulated ${failure} in ChartCollection.add`, {
          code: failure,
          message: `Simulated ${failure}`,
          errorLocation: "ChartCollection.add",
        });
      }
      guardWritable(s);
      const src = source.target();
      const local = rectA1(source.rect());
      chart = {
        name: `图表 ${s.charts.length + 1}`,
        type,
        source: src === s ? local : qualify(src.name, local),
        seriesBy,
        title: null,
        legendVisible: true,
        from: null,
        to: null,
      };
      s.charts.push(chart);
    });
    return new ChartProxy(this.context, this.target, () => {
      if (!chart) throw officeError("ItemNotFound", "The chart was not added");
      return chart;
    });
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, this.target, () => {
      const c = this.target().charts.find((x) => x.name === name);
      if (!c) throw officeError("ItemNotFound", `No chart ${name}`);
      return c;
    });
  }
}

class ChartProxy extends ProxyBase {
  protected readonly typeName = "Chart";
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  constructor(
    ctx: Ctx,
    private readonly sheet: () => FakeSheet,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx);
    const self = this;
    this.title = {
      set text(v: string) {
        ctx.push("ChartTitle.text=", estimate(v), () => {
          self.writable().title = v;
        });
      },
      get text(): string {
        throw officeError("PropertyNotLoaded", "The property 'text' is not available.");
      },
    };
    this.legend = {
      set visible(v: boolean) {
        ctx.push("ChartLegend.visible=", 8, () => {
          self.writable().legendVisible = v;
        });
      },
      get visible(): boolean {
        throw officeError("PropertyNotLoaded", "The property 'visible' is not available.");
      },
    };
  }
  private writable(): FakeChart {
    guardWritable(this.sheet());
    return this.chart();
  }
  setLoaded(prop: string): void {
    this.loaded.set(prop, this.resolve(prop));
  }
  protected resolve(name: string): unknown {
    const c = this.chart();
    switch (name) {
      case "name":
        return c.name;
      case "chartType":
        return c.type;
      default:
        throw new Error(`FakeExcel: Chart.${name} not supported`);
    }
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.context.push("Chart.name=", estimate(v), () => {
      this.writable().name = v;
    });
  }
  get chartType(): string {
    return this.prop("chartType");
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const rectOf = (x: RangeProxy | string) => (typeof x === "string" ? parseRect(x) : x.rect());
    this.context.push("Chart.setPosition", 32, () => {
      const c = this.writable();
      const a = rectOf(startCell);
      c.from = a1(a.r0, a.c0);
      if (endCell !== undefined) {
        const b = rectOf(endCell);
        c.to = a1(b.r1, b.c1);
      }
    });
  }
  delete(): void {
    this.context.push("Chart.delete", 8, () => {
      const s = this.sheet();
      guardWritable(s);
      const c = this.chart();
      s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

// ------------------------------------------------------------------ globals

export interface FakeExcelGlobals {
  Excel: any;
  Office: any;
  OfficeExtension: any;
}

export function createGlobals(fake: FakeWorkbook): FakeExcelGlobals {
  const Excel = {
    async run(a: any, b?: any): Promise<unknown> {
      const batch = typeof a === "function" ? a : b;
      if (a instanceof Ctx) {
        // Excel.run(previousContext, batch): the same request context again.
        fake.log.push("Excel.run(context)");
        return batch(a);
      }
      const options = typeof a === "function" ? undefined : a;
      fake.runs.push({ options });
      fake.log.push(`Excel.run(${options ? JSON.stringify(options) : ""})`);
      const ctx = new Ctx(fake);
      return batch(ctx);
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      itemNotFound: "ItemNotFound",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      inactiveWorkbook: "InactiveWorkbook",
      undoNotSupported: "UndoNotSupported",
    },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (typeof version !== "string" && version !== undefined)
            throw new Error("isSetSupported: version must be a string");
          return name === "ExcelApi" && fake.supports(version ?? "1.1");
        },
      },
      officeTheme: { bodyBackgroundColor: "#FFFFFF" },
    },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  const OfficeExtension = { Error: FakeOfficeError };
  return { Excel, Office, OfficeExtension };
}

/** Installs the fake as global Excel / Office / OfficeExtension; returns an uninstall function. */
export function installFakeExcel(fake: FakeWorkbook, target: any = globalThis): () => void {
  const g = createGlobals(fake);
  const before = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
  target.Excel = g.Excel;
  target.Office = g.Office;
  target.OfficeExtension = g.OfficeExtension;
  return () => {
    target.Excel = before.Excel;
    target.Office = before.Office;
    target.OfficeExtension = before.OfficeExtension;
  };
}
