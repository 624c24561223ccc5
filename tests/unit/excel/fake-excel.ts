/**
 * A fake Excel object model: just the Office.js surface src/excel uses, with Office.js's proxy
 * semantics. Writes apply in call order (as Excel runs a batch in order); a loaded property is
 * readable only after the next `context.sync()` (reading it earlier throws, like Office.js);
 * errors of queued operations surface at sync. Every sync is recorded with the byte size of what
 * was written (request) and loaded (response); with `payloadLimit` set, a larger sync fails like
 * Excel on the web.
 *
 * Independent of src/excel on purpose: addresses, coercion and formulas are modelled here again,
 * so a bug in the adapter's helpers cannot hide behind the same bug in the fake.
 */

export type Scalar = string | number | boolean;

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
}

export interface CellModel {
  /** '' = empty. */
  value: Scalar;
  formula: string | null;
  error: boolean;
  numberFormat: string;
  fill: Fill;
  font: Record<string, unknown>;
  format: Record<string, unknown>;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  /** Rows (1-based) its filter hides; the filter is on while there are any. */
  filteredRows: Set<number>;
}

export interface ValidationModel {
  rect: Rect;
  rule: unknown;
  errorAlert?: unknown;
}

export interface ChartModel {
  type: string;
  source: string;
  seriesBy: string;
  props: Record<string, unknown>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellModel>;
  merges: Rect[];
  names: { name: string; comment?: string }[];
  notes: Map<string, string>;
  charts: ChartModel[];
  validations: ValidationModel[];
  pageLayout: Record<string, unknown>;
  columns: Map<number, Record<string, unknown>>;
  /** Hidden rows (1-based), by the user or by a table's filter. */
  hiddenRows: Set<number>;
  props: Record<string, unknown>;
}

export interface SyncRecord {
  request: number;
  response: number;
  /** The structural operations the sync ran, in order ("range.clear", "notes.add"…), to tell which went in one batch. */
  ops: string[];
}

export interface FakeOptions {
  /** ExcelApi minor versions supported: 1.x for x ≤ this. Default 18. */
  apiVersion?: number;
  /** Bytes per request and per response; exceeded → ResponsePayloadSizeLimitExceeded at sync. */
  payloadLimit?: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// --------------------------------------------------------------------------------------------
// Addresses (an independent little parser)

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function stripSheet(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

export function parseRect(address: string): Rect {
  const a = stripSheet(address).replace(/\$/g, '').toUpperCase().trim();
  const [p1, p2 = p1] = a.split(':');
  const m1 = /^([A-Z]*)(\d*)$/.exec(p1);
  const m2 = /^([A-Z]*)(\d*)$/.exec(p2);
  if (!m1 || !m2 || (!m1[1] && !m1[2])) throw new OfficeError('InvalidArgument', `Bad address ${address}`);
  const top = m1[2] ? Number(m1[2]) : 1;
  const bottom = m2[2] ? Number(m2[2]) : MAX_ROWS;
  const left = m1[1] ? colNumber(m1[1]) : 1;
  const right = m2[1] ? colNumber(m2[1]) : MAX_COLS;
  return { top, left, bottom, right };
}

export function rectText(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetters(r.right)}${r.bottom}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const key = (row: number, col: number) => `${row},${col}`;
const cellsOf = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const inside = (r: Rect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function bytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
}

function newCell(): CellModel {
  return {
    value: '',
    formula: null,
    error: false,
    numberFormat: 'General',
    fill: { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' },
    font: { name: 'Calibri', size: 11 },
    format: {},
  };
}

// --------------------------------------------------------------------------------------------
// The workbook (the "file": it survives hosts, contexts and runs)

export class FakeWorkbook {
  /** What workbook.name returns (ExcelApi 1.7). */
  name = 'Chương trình công tác.xlsx';
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Defined names of workbook scope (sheet-scoped ones are on their sheet). */
  names: { name: string; comment?: string }[] = [];
  activeId = '';
  selection: { sheet: string; address: string } | null = null;
  syncs: SyncRecord[] = [];
  /** Ids of the sheets deleted, in order. */
  deletedSheets: string[] = [];
  /** The ranges cleared ("Tổng hợp!A1:L40"), in order. */
  cleared: string[] = [];
  screenSuspensions = 0;
  /** Change handlers: for every sheet (sheet null) or one sheet. */
  handlers: { handler: (e: unknown) => Promise<unknown> | void; removed: boolean; sheet: SheetModel | null }[] = [];
  private nextId = 1;
  readonly apiVersion: number;
  payloadLimit: number | null;
  /**
   * When set, a sync whose operations it picks is refused whole (RequestPayloadSizeLimitExceeded),
   * as Excel on the web refuses a request: nothing queued since the previous sync stays applied.
   * A function returned instead is run after that rollback: it puts back what Excel kept of the
   * batch (off the web, the operations before the failing one stay).
   */
  refuse: ((ops: readonly string[]) => boolean | (() => void)) | null = null;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? 18;
    this.payloadLimit = options.payloadLimit ?? null;
  }

  isSetSupported = (set: string, version: string): boolean => {
    if (set !== 'ExcelApi') return false;
    const minor = Number(version.split('.')[1] ?? 0);
    return minor <= this.apiVersion;
  };

  /** Excel.run: a fresh context per batch; queued writes left at the end are flushed by one last sync. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.dirty) await ctx.sync();
    return result;
  };

  runIn = async <T>(context: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = context as FakeContext;
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.dirty) await ctx.sync();
    return result;
  };

  /** The model as it is now; the function returned puts it back (once), sheet and table objects kept. */
  snapshot(): () => void {
    const sheets = this.sheets.map((sheet) => [sheet, structuredClone(sheet)] as const);
    const tables = this.tables.map((table) => [table, structuredClone({ ...table, sheet: null })] as const);
    const names = structuredClone(this.names);
    const { activeId, selection } = this;
    const deletedSheets = [...this.deletedSheets];
    return () => {
      for (const [live, copy] of sheets) Object.assign(live, copy);
      for (const [live, copy] of tables) Object.assign(live, { ...copy, sheet: live.sheet });
      this.sheets = sheets.map(([live]) => live);
      this.tables = tables.map(([live]) => live);
      Object.assign(this, { names, activeId, selection, deletedSheets });
    };
  }

  // ---- test helpers ----

  addSheet(name: string, rows: unknown[][] = [], options: { visibility?: SheetModel['visibility']; at?: Rect; formats?: string[][] } = {}): SheetModel {
    const sheet = this.createSheet(name);
    if (options.visibility) sheet.visibility = options.visibility;
    const top = options.at?.top ?? 1;
    const left = options.at?.left ?? 1;
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        const cell = this.cell(sheet, top + i, left + j);
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          const r = evaluate(this, sheet, v);
          cell.value = r.value;
          cell.error = r.error;
        } else if (typeof v === 'string' && ERRORS.has(v)) {
          cell.value = v;
          cell.error = true;
        } else {
          cell.value = v as Scalar;
        }
        const f = options.formats?.[i]?.[j];
        if (f) cell.numberFormat = f;
      }),
    );
    return sheet;
  }

  createSheet(name: string): SheetModel {
    const sheet = sheetModel(`{S${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: SheetModel, row: number, col: number): CellModel {
    let c = sheet.cells.get(key(row, col));
    if (!c) {
      c = newCell();
      sheet.cells.set(key(row, col), c);
    }
    return c;
  }

  peek(sheetName: string, address: string): CellModel {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const r = parseRect(address);
    return sheet.cells.get(key(r.top, r.left)) ?? newCell();
  }

  /** Displayed values of a sheet's used area, rows from 1 (for assertions). */
  valuesOf(sheetName: string): Scalar[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const used = usedRect(sheet) ?? { top: 1, left: 1, bottom: 1, right: 1 };
    const out: Scalar[][] = [];
    for (let r = 1; r <= used.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = 1; c <= used.right; c++) row.push(sheet.cells.get(key(r, c))?.value ?? '');
      out.push(row);
    }
    return out;
  }

  /** Inserts `count` empty rows before `row` (cells and merges below move down), as Excel does. */
  insertRows(sheetName: string, row: number, count: number): void {
    this.shift(sheetName, row, count);
  }

  /** Inserts `count` empty columns before `column` (cells, merges and tables to the right move right; a table it cuts grows). */
  insertColumns(sheetName: string, column: number, count: number): void {
    const sheet = this.sheet(sheetName)!;
    const moved = new Map<string, CellModel>();
    for (const [k, c] of sheet.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(col >= column ? key(r, col + count) : k, c);
    }
    sheet.cells = moved;
    const right = <T extends Rect>(m: T): T => (m.left >= column ? { ...m, left: m.left + count, right: m.right + count } : m.right >= column ? { ...m, right: m.right + count } : m);
    sheet.merges = sheet.merges.map(right);
    for (const t of this.tables) if (t.sheet === sheet) t.rect = right(t.rect);
  }

  /** Deletes `count` rows from `row` (cells and merges below move up). */
  deleteRows(sheetName: string, row: number, count: number): void {
    const sheet = this.sheet(sheetName)!;
    for (const k of [...sheet.cells.keys()]) {
      const r = Number(k.split(',')[0]);
      if (r >= row && r < row + count) sheet.cells.delete(k);
    }
    sheet.merges = sheet.merges.filter((m) => m.bottom < row || m.top >= row + count);
    for (let r = row; r < row + count; r++) sheet.hiddenRows.delete(r);
    this.shift(sheetName, row + count, -count);
  }

  private shift(sheetName: string, from: number, delta: number): void {
    const sheet = this.sheet(sheetName)!;
    const moved = new Map<string, CellModel>();
    for (const [k, c] of sheet.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= from ? key(r + delta, col) : k, c);
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges.map((m) => (m.top >= from ? { ...m, top: m.top + delta, bottom: m.bottom + delta } : m));
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map((r) => (r >= from ? r + delta : r)));
    // Notes move with their cells, as in Excel.
    sheet.notes = new Map(
      [...sheet.notes].map(([a, text]) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a)!;
        return [Number(row) >= from ? `${col}${Number(row) + delta}` : a, text];
      }),
    );
  }

  /** A filter on a table's column, as users set it: the data rows whose value is not among `shown` are hidden. */
  filterTable(table: TableModel, column: number, shown: Scalar[]): void {
    for (let r = table.rect.top + (table.hasHeaders ? 1 : 0); r <= table.rect.bottom; r++) {
      const value = table.sheet.cells.get(key(r, table.rect.left + column))?.value ?? '';
      if (shown.includes(value)) continue;
      table.filteredRows.add(r);
      table.sheet.hiddenRows.add(r);
    }
  }

  async fireChanged(sheetName: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    for (const h of this.handlers) {
      if (h.removed || (h.sheet && h.sheet !== sheet)) continue;
      await h.handler({ worksheetId: sheet?.id, address: 'A1', changeType: 'RangeEdited' });
    }
  }

  deleteSheet(sheet: SheetModel): void {
    this.deletedSheets.push(sheet.id);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // As in Excel: formulas elsewhere that name the sheet lose their reference for good.
    const names = [`${sheetPrefix(sheet.name)}!`.toLowerCase(), `'${sheet.name.replace(/'/g, "''")}'!`.toLowerCase()];
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) {
        if (!cell.formula || !names.some((n) => cell.formula!.toLowerCase().includes(n))) continue;
        cell.formula = names.reduce((f, n) => f.split(new RegExp(n.replace(/[.*+?^${}()|[\]\\']/g, '\\$&'), 'i')).join('#REF!'), cell.formula);
        cell.value = '#REF!';
        cell.error = true;
      }
    }
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeId === sheet.id) this.activeId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? '';
  }
}

function sheetModel(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    names: [],
    notes: new Map(),
    charts: [],
    validations: [],
    pageLayout: {},
    columns: new Map(),
    hiddenRows: new Set(),
    props: {},
  };
}

/** The used range's cells: those with a value or formula, and (not `valuesOnly`) those formatted too, as Excel counts them. */
function usedRect(sheet: SheetModel, valuesOnly = true): Rect | null {
  let r: Rect | null = null;
  const plain = JSON.stringify(newCell());
  for (const [k, c] of sheet.cells) {
    if (c.value === '' && !c.formula && (valuesOnly || JSON.stringify({ ...c, value: '', formula: null, error: false }) === plain)) continue;
    const [row, col] = k.split(',').map(Number);
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

/** The few formulas tests use: =HYPERLINK("…","text"), =A10, =A10+1, =A10-2. */
function evaluate(wb: FakeWorkbook, sheet: SheetModel, formula: string): { value: Scalar; error: boolean } {
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return { value: link[1].replace(/""/g, '"'), error: false };
  const other = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]+)\$?(\d+)$/i.exec(formula);
  if (other) {
    const target = wb.sheet((other[1] ?? other[2]).replace(/''/g, "'"));
    if (!target) return { value: '#REF!', error: true };
    const c = target.cells.get(key(Number(other[4]), colNumber(other[3])));
    return { value: c?.value ?? 0, error: c?.error ?? false };
  }
  const ref = /^=\$?([A-Z]+)\$?(\d+)\s*(?:([+-])\s*(\d+(?:\.\d+)?))?$/i.exec(formula);
  if (ref) {
    const c = sheet.cells.get(key(Number(ref[2]), colNumber(ref[1])));
    const base = c?.value === '' || c === undefined ? 0 : c.value;
    if (typeof base !== 'number') return ref[3] ? { value: '#VALUE!', error: true } : { value: base, error: false };
    const n = ref[3] ? Number(ref[4]) * (ref[3] === '-' ? -1 : 1) : 0;
    return { value: base + n, error: false };
  }
  void wb;
  return { value: '#NAME?', error: true };
}

/** What Excel stores when a value is typed (or assigned through `values`/`formulas`). */
function assign(wb: FakeWorkbook, sheet: SheetModel, cell: CellModel, input: unknown): void {
  cell.formula = null;
  cell.error = false;
  if (input === null || input === undefined || input === '') {
    cell.value = '';
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (cell.numberFormat === '@') {
    cell.value = s; // a text cell keeps what it is given
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith('=')) {
    cell.formula = s;
    const r = evaluate(wb, sheet, s);
    cell.value = r.value;
    cell.error = r.error;
    return;
  }
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s.trim())) {
    cell.value = Number(s.trim());
    return;
  }
  if (/^\d{1,3}(\.\d{3})+$/.test(s.trim()) || /^\d{1,3}(,\d{3})+$/.test(s.trim())) {
    cell.value = Number(s.trim().replace(/[.,]/g, ''));
    return;
  }
  if (/^(true|false)$/i.test(s.trim())) {
    cell.value = s.trim().toUpperCase() === 'TRUE';
    return;
  }
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(s.trim());
  if (date) {
    const y = date[3] ? Number(date[3]) : 2025;
    cell.value = Math.round((Date.UTC(y, Number(date[2]) - 1, Number(date[1])) - Date.UTC(1899, 11, 30)) / 86_400_000);
    cell.numberFormat = 'm/d/yyyy';
    return;
  }
  if (/^[+-]/.test(s)) {
    // Excel reads "- abc" as a formula and shows #NAME?.
    cell.formula = `=${s}`;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  cell.value = s;
}

// --------------------------------------------------------------------------------------------
// Context and proxies

/** What a queued load adds to the request: the query and the object path it needs (two of batch.ts's actions). */
const LOAD_REQUEST_BYTES = 400;

export class FakeContext {
  pendingLoads = new Set<Proxy>();
  request = 0;
  response = 0;
  error: OfficeError | null = null;
  syncCount = 0;
  dirty = false;
  ops: string[] = [];
  readonly workbook: WorkbookProxy;
  /** Undoes what was queued since the last sync (only while `wb.refuse` is set). */
  private rollback: (() => void) | null;

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.rollback = wb.refuse ? wb.snapshot() : null;
  }

  fail(code: string, message: string): void {
    this.error ??= new OfficeError(code, message);
  }

  wrote(value: unknown, op?: string): void {
    this.request += bytes(value);
    this.dirty = true;
    if (op) this.ops.push(op);
  }

  async sync(): Promise<void> {
    const record = { request: this.request, response: this.response, ops: this.ops };
    this.wb.syncs.push(record);
    this.ops = [];
    const error = this.error;
    const limit = this.wb.payloadLimit;
    const loads = [...this.pendingLoads];
    this.pendingLoads.clear();
    this.request = 0;
    this.response = 0;
    this.error = null;
    this.dirty = false;
    this.syncCount++;
    await Promise.resolve();
    const refused = this.wb.refuse?.(record.ops) ?? false;
    if (refused) this.rollback?.();
    if (typeof refused === 'function') refused();
    this.rollback = this.wb.refuse ? this.wb.snapshot() : null;
    if (refused) throw new OfficeError('RequestPayloadSizeLimitExceeded', 'Request refused');
    if (error) throw error;
    if (limit !== null && record.response > limit) {
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `Response payload ${record.response} > ${limit}`);
    }
    if (limit !== null && record.request > limit) {
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `Request payload ${record.request} > ${limit}`);
    }
    for (const l of loads) l.commit();
  }

  get trackedObjects() {
    return { add: () => undefined, remove: () => undefined };
  }
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (typeof arg === 'object' && arg !== null) return parseLoad((arg as { select?: string }).select ?? '');
  return String(arg)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Base of every proxy: load → snapshot now, readable after the next sync. */
abstract class Proxy {
  private pending = new Map<string, unknown>();
  private loaded = new Map<string, unknown>();
  readonly createdAt: number;

  constructor(readonly ctx: FakeContext) {
    this.createdAt = ctx.syncCount;
  }

  get context(): FakeContext {
    return this.ctx;
  }

  protected abstract snapshot(prop: string): unknown;

  load(arg?: unknown): this {
    for (const prop of parseLoad(arg)) {
      const value = this.snapshot(prop);
      this.pending.set(prop, value);
      this.ctx.response += bytes(value);
    }
    // A load is an action of the request too (its object path and properties, as JSON).
    this.ctx.request += LOAD_REQUEST_BYTES;
    this.ctx.pendingLoads.add(this);
    return this;
  }

  commit(): void {
    for (const [k, v] of this.pending) this.loaded.set(k, v);
    this.pending.clear();
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Items of a collection are created loaded by the collection's own load. */
  preload(prop: string, value: unknown): void {
    this.pending.set(prop, value);
    this.ctx.pendingLoads.add(this);
  }

  protected checkSynced(): void {
    if (this.ctx.syncCount === this.createdAt) {
      throw new OfficeError('PropertyNotLoaded', 'isNullObject is not available before context.sync().');
    }
  }
}

/**
 * Anything whose properties the tests do not inspect in detail (borders, charts, page layout…):
 * records every assignment in `store` and every method call as `store["name()"]`.
 */
function sink(ctx: FakeContext, store: Record<string, unknown>, name = '', parent?: Record<string, unknown>): any {
  const target = function () {
    /* callable, so methods can be recorded */
  };
  return new globalThis.Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      const v = store[prop];
      if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) return v;
      const child = (store[prop] ??= {}) as Record<string, unknown>;
      return sink(ctx, child, prop, store);
    },
    set(_t, prop, value) {
      ctx.wrote(value);
      store[String(prop)] = value;
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      ctx.wrote(args);
      if (parent) parent[`${name}()`] = args;
      return undefined;
    },
  });
}

/** worksheet.onChanged (ExcelApi 1.7) and worksheets.onChanged (1.9). */
function changeEvents(ctx: FakeContext, sheet: SheetModel | null, minor: number) {
  return {
    add: (handler: (e: unknown) => Promise<unknown> | void) => {
      if (ctx.wb.apiVersion < minor) ctx.fail('ApiNotFound', `onChanged needs ExcelApi 1.${minor}`);
      const entry = { handler, removed: false, sheet };
      ctx.wb.handlers.push(entry);
      return {
        context: ctx,
        remove: () => {
          entry.removed = true;
        },
      };
    },
  };
}

class WorkbookProxy extends Proxy {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  protected snapshot(prop: string): unknown {
    if (prop !== 'name') throw new OfficeError('InvalidArgument', `Cannot load workbook.${prop}`);
    if (this.ctx.wb.apiVersion < 7) throw new OfficeError('ApiNotFound', 'workbook.name needs ExcelApi 1.7');
    return this.ctx.wb.name;
  }

  /** ExcelApi 1.7. */
  get name(): string {
    return this.got('name');
  }

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollection(ctx, null);
    this.names = new NamedItemCollection(ctx, ctx.wb);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        if (ctx.wb.apiVersion < 9) ctx.fail('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
        ctx.wb.screenSuspensions++;
      },
    };
  }

  get notes(): never {
    throw new Error('The adapter uses worksheet.notes');
  }
}

class WorksheetCollection extends Proxy {
  private itemsLoaded: WorksheetProxy[] | null = null;
  private itemProps: string[] = [];

  readonly onChanged = changeEvents(this.ctx, null, 9);

  protected snapshot(prop: string): unknown {
    if (prop.startsWith('items/')) {
      this.itemProps.push(prop.slice(6));
      return null;
    }
    throw new OfficeError('InvalidArgument', `Cannot load ${prop} on worksheets`);
  }

  override load(arg?: unknown): this {
    this.itemProps = [];
    super.load(arg);
    const sheets = [...this.ctx.wb.sheets];
    const items = sheets.map((s) => {
      const p = new WorksheetProxy(this.ctx, s);
      for (const prop of this.itemProps) {
        const v = p.snapshotOf(prop);
        this.ctx.response += bytes(v);
        p.preload(prop, v);
      }
      return p;
    });
    this.pendingItems = items;
    return this;
  }

  private pendingItems: WorksheetProxy[] | null = null;

  override commit(): void {
    super.commit();
    if (this.pendingItems) this.itemsLoaded = this.pendingItems;
    this.pendingItems = null;
  }

  get items(): WorksheetProxy[] {
    if (!this.itemsLoaded) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsLoaded;
  }

  getItem(name: string): WorksheetProxy {
    const sheet = this.ctx.wb.sheet(name);
    if (!sheet) this.ctx.fail('ItemNotFound', `The requested resource doesn't exist (sheet ${name}).`);
    return new WorksheetProxy(this.ctx, sheet ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    const sheet = this.ctx.wb.sheets.find((s) => s.id === this.ctx.wb.activeId) ?? null;
    return new WorksheetProxy(this.ctx, sheet);
  }

  add(name: string): WorksheetProxy {
    this.ctx.wrote(name);
    if (this.ctx.wb.sheet(name)) {
      this.ctx.fail('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      return new WorksheetProxy(this.ctx, null);
    }
    return new WorksheetProxy(this.ctx, this.ctx.wb.createSheet(name));
  }
}

export class WorksheetProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly model: SheetModel | null,
  ) {
    super(ctx);
  }

  private need(): SheetModel {
    if (!this.model) {
      this.ctx.fail('ItemNotFound', 'The worksheet does not exist.');
      return sheetModel('{invalid}', '');
    }
    return this.model;
  }

  snapshotOf(prop: string): unknown {
    const m = this.need();
    switch (prop) {
      case 'name':
        return m.name;
      case 'visibility':
        return m.visibility;
      case 'position':
        return this.ctx.wb.sheets.indexOf(m);
      case 'id':
        return m.id;
      case 'tabColor':
        if (this.ctx.wb.apiVersion < 7) throw new OfficeError('ApiNotFound', 'worksheet.tabColor needs ExcelApi 1.7');
        return (m.props.tabColor as string | undefined) ?? '';
      default:
        throw new OfficeError('InvalidArgument', `Cannot load worksheet.${prop}`);
    }
  }

  protected snapshot(prop: string): unknown {
    return this.snapshotOf(prop);
  }

  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.ctx.wrote(v);
    const m = this.need();
    if (this.ctx.wb.sheets.some((s) => s !== m && s.name.toLowerCase() === v.toLowerCase())) {
      this.ctx.fail('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      return;
    }
    m.name = v;
  }
  get visibility(): string {
    return this.got('visibility');
  }
  set visibility(v: string) {
    this.ctx.wrote(v);
    if (this.ctx.wb.apiVersion < 2) this.ctx.fail('ApiNotFound', 'Setting visibility needs ExcelApi 1.2');
    this.need().visibility = v as SheetModel['visibility'];
  }
  get position(): number {
    return this.got('position');
  }
  set position(p: number) {
    this.ctx.wrote(p);
    const m = this.need();
    const list = this.ctx.wb.sheets.filter((s) => s !== m);
    list.splice(Math.min(p, list.length), 0, m);
    this.ctx.wb.sheets = list;
  }
  get id(): string {
    return this.got('id');
  }
  /** '' = no colour, as Office.js gives it. */
  get tabColor(): string {
    return this.got('tabColor');
  }
  set tabColor(v: string) {
    this.ctx.wrote(v);
    if (this.ctx.wb.apiVersion < 7) this.ctx.fail('ApiNotFound', 'worksheet.tabColor needs ExcelApi 1.7');
    this.need().props.tabColor = v === '' ? undefined : v;
  }
  set showGridlines(v: boolean) {
    this.ctx.wrote(v);
    this.need().props.showGridlines = v;
  }

  // Navigation properties return the same proxy each time, as in Office.js.
  private _names?: NamedItemCollection;
  private _tables?: TableCollection;
  private _notes?: NoteCollection;
  get onChanged() {
    return changeEvents(this.ctx, this.need(), 7);
  }

  get names(): NamedItemCollection {
    if (this.ctx.wb.apiVersion < 4) this.ctx.fail('ApiNotFound', 'worksheet.names needs ExcelApi 1.4');
    return (this._names ??= new NamedItemCollection(this.ctx, this.need()));
  }
  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.ctx, this.need()));
  }
  get notes(): NoteCollection {
    if (this.ctx.wb.apiVersion < 18) this.ctx.fail('ApiNotFound', 'notes need ExcelApi 1.18');
    return (this._notes ??= new NoteCollection(this.ctx, this.need()));
  }
  get charts(): ChartCollection {
    return new ChartCollection(this.ctx, this.need());
  }
  get pageLayout() {
    if (this.ctx.wb.apiVersion < 9) this.ctx.fail('ApiNotFound', 'pageLayout needs ExcelApi 1.9');
    return sink(this.ctx, this.need().pageLayout);
  }
  get freezePanes() {
    return sink(this.ctx, (this.need().props.freezePanes ??= {}) as Record<string, unknown>);
  }

  activate(): void {
    this.ctx.wrote('activate');
    const m = this.need();
    if (m.visibility !== 'Visible') {
      this.ctx.fail('InvalidOperation', 'A hidden worksheet cannot be activated.');
      return;
    }
    this.ctx.wb.activeId = m.id;
  }

  delete(): void {
    this.ctx.wrote('delete');
    const m = this.need();
    if (m.visibility === 'VeryHidden') {
      this.ctx.fail('InvalidOperation', 'A VeryHidden worksheet cannot be deleted.');
      return;
    }
    if (m.visibility === 'Visible' && this.ctx.wb.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
      this.ctx.fail('InvalidOperation', 'The last visible sheet cannot be deleted.');
      return;
    }
    this.ctx.wb.deleteSheet(m);
  }

  getRange(address?: string): RangeProxy {
    const rect = address ? parseRect(address) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
    return new RangeProxy(this.ctx, this.need(), rect);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (this.ctx.wb.apiVersion < 7) throw new OfficeError('ApiNotFound', 'getRangeByIndexes needs ExcelApi 1.7');
    return this.rangeAt(row, col, rows, cols);
  }

  getCell(row: number, col: number): RangeProxy {
    return this.rangeAt(row, col, 1, 1);
  }

  private rangeAt(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this.need(), { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
  }

  getRanges(addresses: string): RangeAreasProxy {
    if (this.ctx.wb.apiVersion < 9) this.ctx.fail('ApiNotFound', 'getRanges needs ExcelApi 1.9');
    const m = this.need();
    return new RangeAreasProxy(this.ctx, m, addresses.split(',').map((a) => parseRect(a)));
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    const m = this.need();
    return new RangeProxy(this.ctx, m, usedRect(m, valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
}

class NamedItemCollection extends Proxy {
  private loadedItems: { name: string }[] | null = null;
  private pendingItems: { name: string }[] | null = null;
  constructor(
    ctx: FakeContext,
    /** The sheet's names, or the workbook's (`names` holds the list either way). */
    readonly sheet: { names: { name: string; comment?: string }[] },
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'items/name') throw new OfficeError('InvalidArgument', `names.${prop}`);
    this.pendingItems = this.sheet.names.map((n) => ({ name: n.name }));
    return this.pendingItems;
  }
  override commit(): void {
    super.commit();
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): { name: string }[] {
    if (!this.loadedItems) throw new OfficeError('PropertyNotLoaded', "names.items not loaded");
    return this.loadedItems;
  }
  add(name: string, reference: unknown, comment?: string): void {
    this.ctx.wrote([name, comment]);
    if (this.sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      this.ctx.fail('ItemAlreadyExists', `Name ${name} exists.`);
      return;
    }
    void reference;
    this.sheet.names.push({ name, comment });
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () => {
        this.ctx.wrote(['name.delete', name]);
        const at = this.sheet.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
        if (at < 0) this.ctx.fail('ItemNotFound', `Name ${name} not found.`);
        else this.sheet.names.splice(at, 1);
      },
    };
  }
}

type ChartItem = { name: string; title: { text: string }; delete(): void };

/**
 * A sheet's charts: added, listed by name (a chart's name is its props.name, "Chart N" unset) and
 * title (props.title.text, "" unset), deleted.
 */
class ChartCollection extends Proxy {
  private loadedItems: ChartItem[] | null = null;
  private pendingItems: ChartItem[] | null = null;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'items/name' && prop !== 'items/title/text') throw new OfficeError('InvalidArgument', `charts.${prop}`);
    this.pendingItems = this.sheet.charts.map((chart, i) => ({
      name: typeof chart.props.name === 'string' ? chart.props.name : `Chart ${i + 1}`,
      title: { text: String((chart.props.title as { text?: unknown } | undefined)?.text ?? '') },
      delete: () => {
        this.ctx.wrote('chart.delete');
        const at = this.sheet.charts.indexOf(chart);
        if (at >= 0) this.sheet.charts.splice(at, 1);
      },
    }));
    return this.pendingItems.map((c) => (prop === 'items/name' ? c.name : c.title.text));
  }
  override commit(): void {
    super.commit();
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): ChartItem[] {
    if (!this.loadedItems) throw new OfficeError('PropertyNotLoaded', 'charts.items not loaded');
    return this.loadedItems;
  }
  add(type: string, source: RangeProxy, seriesBy: string): any {
    const chart: ChartModel = { type, source: rectText(source.rect), seriesBy, props: {} };
    this.ctx.wrote([type, seriesBy]);
    this.sheet.charts.push(chart);
    return sink(this.ctx, chart.props);
  }
}

class TableCollection extends Proxy {
  private loadedItems: { name: string }[] | null = null;
  private pendingItems: { name: string }[] | null = null;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel | null,
  ) {
    super(ctx);
  }
  private list(): TableModel[] {
    return this.ctx.wb.tables.filter((t) => !this.sheet || t.sheet === this.sheet);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'items/name') throw new OfficeError('InvalidArgument', `tables.${prop}`);
    this.pendingItems = this.list().map((t) => ({ name: t.name }));
    return this.pendingItems;
  }
  override commit(): void {
    super.commit();
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): { name: string }[] {
    if (!this.loadedItems) throw new OfficeError('PropertyNotLoaded', 'tables.items not loaded');
    return this.loadedItems;
  }
  getItem(name: string) {
    const table = this.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) this.ctx.fail('ItemNotFound', `No table ${name}.`);
    return tableProxy(this.ctx, table ?? null);
  }
  add(address: string, hasHeaders: boolean) {
    if (!this.sheet) throw new Error('tables.add on the workbook collection is not used');
    const rect = parseRect(address);
    this.ctx.wrote([address, hasHeaders]);
    if (this.ctx.wb.tables.some((t) => t.sheet === this.sheet && intersects(t.rect, rect))) {
      this.ctx.fail('InvalidOperation', 'Tables cannot overlap.');
    }
    const table: TableModel = { name: `Table${this.ctx.wb.tables.length + 1}`, sheet: this.sheet, rect, hasHeaders, style: 'TableStyleMedium2', filteredRows: new Set() };
    this.ctx.wb.tables.push(table);
    return tableProxy(this.ctx, table);
  }
}

function tableProxy(ctx: FakeContext, table: TableModel | null) {
  const need = (): TableModel => {
    if (!table) ctx.fail('ItemNotFound', 'The table does not exist.');
    return table ?? ({ name: '', rect: { top: 1, left: 1, bottom: 1, right: 1 } } as TableModel);
  };
  return {
    /** ExcelApi 1.13: the header stays on its row; the new range must overlap the old one. */
    resize(address: string) {
      ctx.wrote(['resize', address], 'table.resize');
      if (ctx.wb.apiVersion < 13) return ctx.fail('ApiNotFound', 'table.resize needs ExcelApi 1.13');
      const t = need();
      const rect = parseRect(address);
      if (rect.top !== t.rect.top || !intersects(rect, t.rect)) return ctx.fail('InvalidArgument', 'The table header must stay on its row.');
      if (ctx.wb.tables.some((o) => o !== t && o.sheet === t.sheet && intersects(o.rect, rect))) return ctx.fail('InvalidOperation', 'Tables cannot overlap.');
      t.rect = rect;
    },
    /** ExcelApi 1.2: the rows its filter hid show again (rows users hid by hand stay hidden). */
    clearFilters() {
      ctx.wrote('clearFilters', 'table.clearFilters');
      if (ctx.wb.apiVersion < 2) return ctx.fail('ApiNotFound', 'table.clearFilters needs ExcelApi 1.2');
      const t = need();
      for (const r of t.filteredRows) t.sheet.hiddenRows.delete(r);
      t.filteredRows.clear();
    },
    convertToRange() {
      ctx.wrote('convertToRange');
      const t = need();
      ctx.wb.tables = ctx.wb.tables.filter((o) => o !== t);
    },
    get name() {
      return need().name;
    },
    set name(n: string) {
      ctx.wrote(n);
      const table = need();
      if (ctx.wb.tables.some((t) => t !== table && t.name.toLowerCase() === n.toLowerCase())) {
        ctx.fail('InvalidArgument', `A table named ${n} exists.`);
        return;
      }
      // A table's name is a defined name too: it cannot take one the workbook or a sheet already has.
      const named = [...ctx.wb.names, ...ctx.wb.sheets.flatMap((s) => s.names)];
      if (named.some((d) => d.name.toLowerCase() === n.toLowerCase())) {
        ctx.fail('InvalidArgument', `The name ${n} is already defined.`);
        return;
      }
      table.name = n;
    },
    set style(s: string) {
      ctx.wrote(s);
      need().style = s;
    },
  };
}

class NoteCollection extends Proxy {
  private loadedItems: NoteProxy[] | null = null;
  private pendingItems: NoteProxy[] | null = null;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'items/content') throw new OfficeError('InvalidArgument', `notes.${prop}`);
    this.pendingItems = [...this.sheet.notes.keys()].map((a) => {
      const note = new NoteProxy(this.ctx, this.sheet, a);
      note.preload('content', this.sheet.notes.get(a));
      return note;
    });
    return [...this.sheet.notes.values()];
  }
  override commit(): void {
    super.commit();
    if (this.pendingItems) this.loadedItems = this.pendingItems;
  }
  get items(): NoteProxy[] {
    if (!this.loadedItems) throw new OfficeError('PropertyNotLoaded', 'notes.items not loaded');
    return this.loadedItems;
  }
  add(cell: RangeProxy | string, content: string): void {
    const rect = typeof cell === 'string' ? parseRect(cell) : cell.rect;
    this.ctx.wrote(content, 'notes.add');
    const a = rectText({ ...rect, bottom: rect.top, right: rect.left });
    if (cellsOf(rect) !== 1) this.ctx.fail('InvalidCellAddress', 'A note goes on one cell.');
    else if (this.sheet.notes.has(a)) this.ctx.fail('InvalidArgument', `Cell ${a} already has a note.`);
    else this.sheet.notes.set(a, content);
  }
  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.sheet, rectText(parseRect(address)));
  }
  getItem(address: string): NoteProxy {
    const a = rectText(parseRect(address));
    if (!this.sheet.notes.has(a)) this.ctx.fail('ItemNotFound', `No note on ${a}.`);
    return new NoteProxy(this.ctx, this.sheet, a);
  }
}

class NoteProxy extends Proxy {
  private readonly exists: boolean;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
    readonly address: string,
  ) {
    super(ctx);
    this.exists = sheet.notes.has(address);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'content') throw new OfficeError('InvalidArgument', `note.${prop}`);
    return this.sheet.notes.get(this.address) ?? null;
  }
  get isNullObject(): boolean {
    this.checkSynced();
    return !this.exists;
  }
  get content(): string {
    return this.got('content');
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, parseRect(this.address));
  }
  set content(v: string) {
    this.ctx.wrote(v);
    if (!this.sheet.notes.has(this.address)) this.ctx.fail('ItemNotFound', 'No note.');
    else this.sheet.notes.set(this.address, v);
  }
  delete(): void {
    this.ctx.wrote('delete', 'note.delete');
    if (!this.sheet.notes.delete(this.address)) this.ctx.fail('ItemNotFound', 'No note to delete.');
  }
}

class FillProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly cells: () => CellModel[],
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (!['color', 'pattern', 'patternColor'].includes(prop)) throw new OfficeError('InvalidArgument', `fill.${prop}`);
    if (prop !== 'color' && this.ctx.wb.apiVersion < 9) throw new OfficeError('ApiNotFound', `fill.${prop} needs 1.9`);
    const vals = new Set(this.cells().map((c) => c.fill[prop as keyof Fill]));
    return vals.size === 1 ? [...vals][0] : null;
  }
  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.ctx.wrote(v);
    for (const c of this.cells()) c.fill = { ...c.fill, color: v.toUpperCase(), pattern: 'Solid' };
  }
  get pattern(): string {
    return this.got('pattern');
  }
  set pattern(v: string) {
    this.ctx.wrote(v);
    for (const c of this.cells()) c.fill = { ...c.fill, pattern: v };
  }
  get patternColor(): string {
    return this.got('patternColor');
  }
  set patternColor(v: string) {
    this.ctx.wrote(v);
    for (const c of this.cells()) c.fill = { ...c.fill, patternColor: v };
  }
  clear(): void {
    this.ctx.wrote('clear');
    for (const c of this.cells()) c.fill = newCell().fill;
  }
}

/** Excel's width of a column nobody sized (8.43 characters), in points. */
export const DEFAULT_COLUMN_POINTS = 48;

class ColumnWidthProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
    readonly columns: number[],
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'columnWidth') throw new OfficeError('InvalidArgument', `format.${prop}`);
    const widths = new Set(this.columns.map((c) => (this.sheet.columns.get(c)?.columnWidth as number | undefined) ?? DEFAULT_COLUMN_POINTS));
    return widths.size === 1 ? [...widths][0] : null;
  }
  get columnWidth(): number | null {
    return this.got('columnWidth');
  }
}

class FontProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly cells: () => CellModel[],
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    const vals = new Set(this.cells().map((c) => c.font[prop]));
    return vals.size === 1 ? [...vals][0] ?? null : null;
  }
  get name(): string {
    return this.got('name');
  }
  private set(prop: string, v: unknown) {
    this.ctx.wrote(v);
    for (const c of this.cells()) c.font = { ...c.font, [prop]: v };
  }
  set name(v: string) {
    this.set('name', v);
  }
  set size(v: number) {
    this.set('size', v);
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  set color(v: string) {
    this.set('color', v);
  }
  set underline(v: string) {
    this.set('underline', v);
  }
}

/** A ClientResult: its value is there after the next sync. */
class CellPropertiesResult extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly read: () => unknown,
  ) {
    super(ctx);
  }
  protected snapshot(): unknown {
    return this.read();
  }
  get value(): unknown {
    return this.got('value');
  }
}

export class RangeProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {
    super(ctx);
  }

  private cellCount(): number {
    return cellsOf(this.rect);
  }

  /** Every cell of the range (created on demand); refuses whole-sheet ranges, which Excel would not materialise either. */
  cells(): CellModel[] {
    if (this.cellCount() > 2_000_000) throw new Error(`fake: refusing to walk ${rectText(this.rect)}`);
    const out: CellModel[] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      for (let c = this.rect.left; c <= this.rect.right; c++) out.push(this.ctx.wb.cell(this.sheet, r, c));
    }
    return out;
  }

  grid<T>(f: (c: CellModel | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(f(this.sheet.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }

  protected snapshot(prop: string): unknown {
    const heavy = ['values', 'valueTypes', 'numberFormat', 'formulas', 'text'];
    if (heavy.includes(prop) && this.cellCount() > 5_000_000) {
      throw new OfficeError('RangeExceedsLimit', 'The range has more than 5 million cells.');
    }
    switch (prop) {
      case 'values':
        return this.grid((c) => c?.value ?? '');
      case 'formulas':
        return this.grid((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((c) => {
          if (!c || c.value === '') return 'Empty';
          if (c.error) return 'Error';
          if (typeof c.value === 'number') return 'Double';
          if (typeof c.value === 'boolean') return 'Boolean';
          return 'String';
        });
      case 'rowIndex':
        return this.rect.top - 1;
      case 'columnIndex':
        return this.rect.left - 1;
      case 'rowCount':
        return this.rect.bottom - this.rect.top + 1;
      case 'columnCount':
        return this.rect.right - this.rect.left + 1;
      case 'address':
        return `${sheetPrefix(this.sheet.name)}!${rectText(this.rect)}`;
      case 'columnHidden':
        return this.columnsOf().every((c) => this.sheet.columns.get(c)?.hidden === true);
      case 'rowHidden': {
        const hidden = new Set(this.rowsOf().map((r) => this.sheet.hiddenRows.has(r)));
        return hidden.size === 1 ? [...hidden][0] : null;
      }
      default:
        throw new OfficeError('InvalidArgument', `Cannot load range.${prop}`);
    }
  }

  get values(): unknown[][] {
    return this.got('values');
  }
  set values(v: unknown[][]) {
    this.write(v, 'values');
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(v, 'formulas');
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.wrote(v);
    if (!this.sameShape(v)) return;
    v.forEach((row, i) => row.forEach((f, j) => (this.ctx.wb.cell(this.sheet, this.rect.top + i, this.rect.left + j).numberFormat = String(f))));
  }
  get valueTypes(): string[][] {
    return this.got('valueTypes');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get address(): string {
    return this.got('address');
  }

  private sameShape(v: unknown[][]): boolean {
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      this.ctx.fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of ${rectText(this.rect)}.`);
      return false;
    }
    return true;
  }

  private write(v: unknown[][], what: string): void {
    this.ctx.wrote(v);
    if (!this.sameShape(v)) return;
    v.forEach((row, i) =>
      row.forEach((x, j) => assign(this.ctx.wb, this.sheet, this.ctx.wb.cell(this.sheet, this.rect.top + i, this.rect.left + j), x)),
    );
    void what;
  }

  private _format?: unknown;
  get format(): any {
    return (this._format ??= this.makeFormat());
  }

  private makeFormat() {
    const ctx = this.ctx;
    const cells = () => this.cells();
    const sheet = this.sheet;
    const rect = this.rect;
    const fill = new FillProxy(ctx, cells);
    const font = new FontProxy(ctx, cells);
    const widths = new ColumnWidthProxy(ctx, sheet, this.columnsOf());
    const wholeColumns = rect.top === 1 && rect.bottom === MAX_ROWS;
    const store: Record<string, unknown> = {};
    return new globalThis.Proxy(store, {
      get(_t, prop: string) {
        if (prop === 'fill') return fill;
        if (prop === 'font') return font;
        if (prop === 'borders') return { getItem: () => sink(ctx, {}) };
        // Only the column width loads (as Excel: null when the columns differ); other formats are write-only here.
        if (prop === 'load') return (arg?: unknown) => (parseLoad(arg).includes('columnWidth') ? widths.load('columnWidth') : undefined);
        if (prop === 'columnWidth') return widths.columnWidth;
        return undefined;
      },
      set(_t, prop: string, value) {
        ctx.wrote(value);
        if (wholeColumns) {
          for (let c = rect.left; c <= rect.right; c++) {
            const col = sheet.columns.get(c) ?? {};
            col[prop] = value;
            sheet.columns.set(c, col);
          }
        } else {
          for (const c of cells()) c.format[prop] = value;
        }
        return true;
      },
    });
  }

  columnsOf(): number[] {
    return Array.from({ length: this.rect.right - this.rect.left + 1 }, (_, i) => this.rect.left + i);
  }

  rowsOf(): number[] {
    return Array.from({ length: this.rect.bottom - this.rect.top + 1 }, (_, i) => this.rect.top + i);
  }

  /** ExcelApi 1.2: whether the range's (whole) rows are hidden. Rows a filter hid show too, the filter staying on. */
  get rowHidden(): boolean | null {
    return this.got('rowHidden');
  }
  set rowHidden(v: boolean) {
    this.ctx.wrote(v, 'range.rowHidden');
    if (this.ctx.wb.apiVersion < 2) {
      this.ctx.fail('ApiNotFound', 'rowHidden needs ExcelApi 1.2');
      return;
    }
    for (const r of this.rowsOf()) {
      if (v) this.sheet.hiddenRows.add(r);
      else this.sheet.hiddenRows.delete(r);
    }
  }

  get columnHidden(): boolean {
    return this.got('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.ctx.wrote(v);
    for (let c = this.rect.left; c <= this.rect.right; c++) {
      const col = this.sheet.columns.get(c) ?? {};
      col.hidden = v;
      this.sheet.columns.set(c, col);
    }
  }

  get dataValidation() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    const rect = this.rect;
    if (ctx.wb.apiVersion < 8) ctx.fail('ApiNotFound', 'dataValidation needs ExcelApi 1.8');
    return {
      clear() {
        ctx.wrote('clear');
        sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
      },
      set rule(rule: unknown) {
        ctx.wrote(rule, 'dataValidation.rule');
        sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
        sheet.validations.push({ rect, rule });
      },
      set errorAlert(alert: unknown) {
        ctx.wrote(alert);
        const v = sheet.validations.find((x) => x.rect === rect);
        if (v) v.errorAlert = alert;
      },
    };
  }

  /**
   * Clears values, formulas and cell formats; "All" (the default) also the notes in the range, as
   * Excel's Clear All does. Tables and data validation stay (as far as this model says).
   */
  clear(applyTo?: string): void {
    this.ctx.wrote(['clear', applyTo], 'range.clear');
    this.ctx.wb.cleared.push(`${this.sheet.name}!${rectText(this.rect)}`);
    if (applyTo === undefined || applyTo === 'All') {
      for (const a of [...this.sheet.notes.keys()]) {
        const at = parseRect(a);
        if (inside(this.rect, at.top, at.left)) this.sheet.notes.delete(a);
      }
    }
    for (const k of [...this.sheet.cells.keys()]) {
      const [r, c] = k.split(',').map(Number);
      if (!inside(this.rect, r, c)) continue;
      if (applyTo === 'Contents') Object.assign(this.sheet.cells.get(k)!, { value: '', formula: null, error: false });
      else this.sheet.cells.delete(k);
    }
  }

  /** ExcelApi 1.9: copies the source's cells (values, formulas, formats) to this range's top-left, at the source's size. */
  copyFrom(source: RangeProxy | string, copyType?: string): void {
    this.ctx.wrote(['copyFrom', copyType], 'range.copyFrom');
    if (this.ctx.wb.apiVersion < 9) {
      this.ctx.fail('ApiNotFound', 'copyFrom needs ExcelApi 1.9');
      return;
    }
    const from = typeof source === 'string' ? new RangeProxy(this.ctx, this.sheet, parseRect(source)) : source;
    const copies: [number, number, CellModel][] = [];
    for (const [k, c] of from.sheet.cells) {
      const [r, col] = k.split(',').map(Number);
      if (inside(from.rect, r, col)) copies.push([r - from.rect.top + this.rect.top, col - from.rect.left + this.rect.left, c]);
    }
    for (const [r, col, c] of copies) {
      const to = this.ctx.wb.cell(this.sheet, r, col);
      if (copyType !== 'Formats') Object.assign(to, { value: c.value, formula: c.formula, error: c.error });
      if (copyType !== 'Values' && copyType !== 'Formulas') Object.assign(to, { numberFormat: c.numberFormat, fill: { ...c.fill }, font: { ...c.font }, format: { ...c.format } });
    }
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, { top: 1, left: this.rect.left, bottom: MAX_ROWS, right: this.rect.right });
  }

  unmerge(): void {
    this.ctx.wrote('unmerge');
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
  }

  merge(across?: boolean): void {
    this.ctx.wrote(['merge', across]);
    if (this.sheet.merges.some((m) => intersects(m, this.rect))) {
      this.ctx.fail('InvalidOperation', 'Cannot merge over a merged area.');
      return;
    }
    // Excel merges no cells of a table.
    if (this.ctx.wb.tables.some((t) => t.sheet === this.sheet && intersects(t.rect, this.rect))) {
      this.ctx.fail('InvalidOperation', 'Cannot merge cells in a table.');
      return;
    }
    this.sheet.merges.push({ ...this.rect });
  }

  select(): void {
    this.ctx.wrote('select');
    this.ctx.wb.selection = { sheet: this.sheet.name, address: rectText(this.rect) };
  }

  /** Only the fill is modelled: `{ format: { fill: { color, pattern } } }` per cell (ExcelApi 1.9). */
  getCellProperties(_options: unknown): CellPropertiesResult {
    if (this.ctx.wb.apiVersion < 9) this.ctx.fail('ApiNotFound', 'getCellProperties needs ExcelApi 1.9');
    return new CellPropertiesResult(this.ctx, () => this.grid((c) => ({ format: { fill: { color: c?.fill.color ?? '#FFFFFF', pattern: c?.fill.pattern ?? 'None' } } }))).load('value');
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    if (this.ctx.wb.apiVersion < 13) this.ctx.fail('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
    // Like Excel: the merged areas whose top-left cell lies in this range, at their full size.
    const areas = this.sheet.merges.filter((m) => inside(this.rect, m.top, m.left));
    if (areas.length > 512) this.ctx.fail('GeneralException', 'More than 512 merged areas.');
    return new RangeAreasProxy(this.ctx, this.sheet, areas, areas.length === 0);
  }
  /** Like Excel: the cells of the range in no hidden row or column, as runs of visible rows by runs of visible columns. */
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    if (this.ctx.wb.apiVersion < 9) this.ctx.fail('ApiNotFound', 'getSpecialCellsOrNullObject needs ExcelApi 1.9');
    if (type !== 'Visible') throw new OfficeError('InvalidArgument', `special cells ${type}`);
    const runs = (items: number[], hidden: (n: number) => boolean) => {
      const out: [number, number][] = [];
      for (const n of items.filter((x) => !hidden(x))) {
        const last = out[out.length - 1];
        if (last && last[1] === n - 1) last[1] = n;
        else out.push([n, n]);
      }
      return out;
    };
    const rows = runs(this.rowsOf(), (r) => this.sheet.hiddenRows.has(r));
    const cols = runs(this.columnsOf(), (c) => this.sheet.columns.get(c)?.hidden === true);
    const areas = rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
    return new RangeAreasProxy(this.ctx, this.sheet, areas, areas.length === 0);
  }
}

export class RangeAreasProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetModel,
    readonly areas: Rect[],
    private readonly isNull = false,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'address') return this.areas.map((a) => `${sheetPrefix(this.sheet.name)}!${rectText(a)}`).join(',');
    if (prop === 'areaCount') return this.areas.length;
    throw new OfficeError('InvalidArgument', `rangeAreas.${prop}`);
  }
  get isNullObject(): boolean {
    this.checkSynced();
    return this.isNull;
  }
  get address(): string {
    return this.got('address');
  }
  get format() {
    const ranges = this.areas.map((a) => new RangeProxy(this.ctx, this.sheet, a));
    const ctx = this.ctx;
    return {
      fill: {
        set color(v: string) {
          ctx.wrote(v);
          for (const r of ranges) for (const c of r.cells()) c.fill = { ...c.fill, color: v.toUpperCase(), pattern: 'Solid' };
        },
      },
    };
  }
}
