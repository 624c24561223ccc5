/**
 * Reading sheets into the engine's grid with a constant number of syncs: (1) which sheets and
 * their used ranges, (2) every block's values, value types, number formats, column fonts and merged
 * areas at once, (3) only when the sheet has formula errors, those cells' formulas. Blocks exist
 * only to respect Excel's limits (5 million cells per range read; on the web 5 MB per response);
 * on the web a response that still proves too large is retried with smaller groups.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../engine/grid';
import type { AdapterCapabilities } from './capabilities';
import { parseAddressList, type Rect } from './address';
import { toCellValue } from './cells';
import type { HostEnv, Limits } from './env';
import { isPayloadError } from './errors';
import { isCtctSheet, ownedKindOf, sameSheet, TRACKER_SHEET } from './sheets';
import { foldKey } from '../engine/text';
import type { Scope } from './host';

/**
 * Smallest possible response per cell: `""`, `"Empty"`, `"General"` with separators. A read whose
 * lower bound already exceeds the limit is split before trying; estimates grow on each retry.
 */
export const MIN_BYTES_PER_CELL = 24;
const RETRY_GROWTH = 4;
const MAX_ATTEMPTS = 4;
/**
 * Column fonts and merged areas are loaded for this many columns of a sheet's used range, from its
 * left: every task table fits (a KPI table of twelve months included). A stray value far right (in
 * XFD) would otherwise cost a font load per column and a merge load per row or two, over the web's
 * 5 MB per request.
 */
const DETAIL_COLUMNS = 64;
/** Formulas are fetched for at most this many error cells (for the engine's messages). */
const MAX_ERROR_FORMULAS = 500;

export interface SheetRead {
  name: string;
  hidden: boolean;
  /** The used range (values only), 1-based. */
  rect: Rect;
  /** CTCT's tracker, read for the statuses typed in it (`WorkbookGrid.tracker`), not as a programme. */
  tracker?: boolean;
}

export interface Block {
  sheet: string;
  rect: Rect;
}

/** Splits `rect` into row blocks within the per-read cell limit and the per-sync byte budget. */
export function blockRows(columns: number, limits: Limits, web: boolean, bytesPerCell: number): number {
  const byCells = Math.floor(limits.cellsPerRead / columns);
  const byBytes = web ? Math.floor(limits.payloadBytes / (columns * bytesPerCell)) : Infinity;
  return Math.max(1, Math.min(byCells, byBytes));
}

/**
 * Groups of blocks, one group per sync. Off the web there is no payload limit: every block goes
 * into one sync. On the web blocks are packed into groups whose estimate stays under the limit.
 */
export function planReads(sheets: SheetRead[], limits: Limits, web: boolean, bytesPerCell = MIN_BYTES_PER_CELL): Block[][] {
  const groups: Block[][] = [[]];
  let groupBytes = 0;
  for (const s of sheets) {
    const cols = s.rect.right - s.rect.left + 1;
    const step = blockRows(cols, limits, web, bytesPerCell);
    for (let top = s.rect.top; top <= s.rect.bottom; top += step) {
      const rect = { ...s.rect, top, bottom: Math.min(s.rect.bottom, top + step - 1) };
      const bytes = (rect.bottom - rect.top + 1) * cols * bytesPerCell;
      if (web && groupBytes > 0 && groupBytes + bytes > limits.payloadBytes) {
        groups.push([]);
        groupBytes = 0;
      }
      groups[groups.length - 1].push({ sheet: s.name, rect });
      groupBytes += bytes;
    }
  }
  return groups.filter((g) => g.length > 0);
}

/** Row chunks small enough that getMergedAreasOrNullObject stays under its 512-area limit. */
export function mergeChunks(rect: Rect, limits: Limits): Rect[] {
  const cols = rect.right - rect.left + 1;
  const step = Math.max(1, Math.floor(limits.mergeAreasPerRead / cols));
  const out: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += step) out.push({ ...rect, top, bottom: Math.min(rect.bottom, top + step - 1) });
  return out;
}

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
}

function usedRect(used: Excel.Range): Rect {
  return {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
}

/** What a host remembers between reads: the programme sheet the user last checked. */
export interface ReadMemory {
  lastActive: string | null;
}

/**
 * Step 1: the sheets to read and their used ranges (two syncs for the workbook, one for a sheet).
 * The active sheet may be one of CTCT's own (the summary or tracker it just wrote and activated, or
 * the tracker the user is typing statuses in): "the active sheet" then means the programme sheet
 * the user last checked, or, when there is none (or it is gone), the whole workbook.
 */
export async function locateSheets(
  context: Excel.RequestContext,
  caps: AdapterCapabilities,
  scope: Scope,
  memory: ReadMemory = { lastActive: null },
): Promise<SheetRead[]> {
  const worksheets = context.workbook.worksheets;
  if (scope === 'active') {
    const sheet = worksheets.getActiveWorksheet();
    sheet.load('name,visibility');
    const used = sheet.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const names = caps.names ? sheet.names : null;
    names?.load('items/name');
    worksheets.load('items/name,items/visibility');
    await context.sync();
    let programme: SheetRead | null = null;
    if (!isCtctSheet(sheet.name, names ? names.items.map((n) => n.name) : null)) {
      memory.lastActive = sheet.name;
      programme = toSheetRead(sheet, used);
    } else if (memory.lastActive) {
      programme = await locateNamed(context, memory.lastActive);
    }
    if (programme) {
      const tracker = await locateTracker(context, caps, worksheets.items);
      return tracker && !sameSheet(tracker.name, programme.name) ? [programme, tracker] : [programme];
    }
  }
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const candidates = worksheets.items.filter((s) => !isCtctSheet(s.name, null));
  const loaded = candidates.map((sheet) => {
    const used = sheet.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const names = caps.names ? sheet.names : null;
    names?.load('items/name');
    return { sheet, used, names };
  });
  await context.sync();
  const kindOf = (l: (typeof loaded)[number]) => (l.names ? ownedKindOf(l.names.items.map((n) => n.name)) : null);
  // Sheets CTCT wrote (summary, tracker, directory) are output, not work programmes; the tracker
  // is read apart, for the statuses typed in it.
  const tracker = loaded.find((l) => kindOf(l) === 'tracker');
  return [
    ...loaded.filter((l) => !kindOf(l)).map((l) => toSheetRead(l.sheet, l.used)),
    ...(tracker ? [{ ...toSheetRead(tracker.sheet, tracker.used), tracker: true }] : []),
  ];
}

/**
 * CTCT's tracker next to the active sheet (one sync): a sheet named like it ("Theo dõi",
 * "Theo dõi (CTCT)") carrying its marker name, or without marker names, the first so named (the
 * engine then tells a tracker by its content).
 */
async function locateTracker(context: Excel.RequestContext, caps: AdapterCapabilities, items: Excel.Worksheet[]): Promise<SheetRead | null> {
  const candidates = items
    .filter((s) => foldKey(s.name).startsWith(foldKey(TRACKER_SHEET)))
    .map((sheet) => {
      const used = sheet.getUsedRange(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const names = caps.names ? sheet.names : null;
      names?.load('items/name');
      return { sheet, used, names };
    });
  if (!candidates.length) return null;
  await context.sync();
  const found = candidates.find((c) => !c.names || ownedKindOf(c.names.items.map((n) => n.name)) === 'tracker');
  return found ? { ...toSheetRead(found.sheet, found.used), tracker: true } : null;
}

/** The sheet called `name` (renamed or deleted since: null). Two syncs. */
async function locateNamed(context: Excel.RequestContext, name: string): Promise<SheetRead | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const sheet = worksheets.items.find((s) => sameSheet(s.name, name));
  if (!sheet) return null;
  const used = sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  return toSheetRead(sheet, used);
}

/** A blank sheet reports A1 as its used range: it is read as one empty cell. */
function toSheetRead(sheet: Excel.Worksheet, used: Excel.Range): SheetRead {
  return { name: sheet.name, hidden: String(sheet.visibility) !== 'Visible', rect: usedRect(used) };
}

interface BlockLoad {
  block: Block;
  range: Excel.Range;
  columnFonts: Excel.RangeFont[];
  /** The detail columns, their hidden state loaded (none where the host cannot say). */
  columns: Excel.Range[];
  merges: Excel.RangeAreas[];
  /** The visible cells right of the detail columns (ExcelApi 1.9): the columns they miss are hidden. */
  visibleBeyond: Excel.RangeAreas | null;
}

/** Step 2 (+3): loads every planned group, one sync per group, into grids. */
async function loadBlocks(
  context: Excel.RequestContext,
  env: HostEnv,
  caps: AdapterCapabilities,
  sheets: SheetRead[],
  groups: Block[][],
): Promise<WorkbookGrid> {
  const grids = new Map<string, SheetGrid>();
  for (const s of sheets) {
    grids.set(s.name, { name: s.name, cells: [], merges: caps.mergedAreas ? [] : undefined, hidden: s.hidden || undefined });
  }
  const errorCells: { sheet: string; row: number; col: number }[] = [];

  for (const group of groups) {
    const loads: BlockLoad[] = group.map((block) => {
      const ws = context.workbook.worksheets.getItem(block.sheet);
      const range = rangeOf(ws, block.rect);
      range.load('values,valueTypes,numberFormat');
      // Fonts and merges are looked for in the leftmost columns only (see DETAIL_COLUMNS).
      const detail = { ...block.rect, right: detailRight(block.rect) };
      // A column's font name is returned only when uniform: cheap, and exact where it is given.
      const columnFonts: Excel.RangeFont[] = [];
      const columns: Excel.Range[] = [];
      for (let c = detail.left; c <= detail.right; c++) {
        const column = rangeOf(ws, { ...block.rect, left: c, right: c });
        const font = column.format.font;
        font.load('name');
        columnFonts.push(font);
        if (caps.hiddenColumns) {
          column.load('columnHidden');
          columns.push(column);
        }
      }
      const merges = caps.mergedAreas
        ? mergeChunks(detail, env.limits).map((chunk) => {
            const areas = rangeOf(ws, chunk).getMergedAreasOrNullObject();
            areas.load('address');
            return areas;
          })
        : [];
      // Right of them, one load for every column (a load each would cost a request per thousands):
      // the visible cells of the block's first row, one area per run of visible columns. One
      // column more is loaded as the others (a single cell's special cells are the whole sheet's).
      let visibleBeyond: Excel.RangeAreas | null = null;
      const beyond = { ...block.rect, bottom: block.rect.top, left: detail.right + 1 };
      if (caps.hiddenColumns && beyond.right === beyond.left) {
        const column = rangeOf(ws, { ...block.rect, left: beyond.left });
        column.load('columnHidden');
        columns.push(column);
      } else if (caps.hiddenColumns && caps.rangeAreas && beyond.right > beyond.left) {
        visibleBeyond = rangeOf(ws, beyond).getSpecialCellsOrNullObject('Visible');
        visibleBeyond.load('address');
      }
      return { block, range, columnFonts, columns, merges, visibleBeyond };
    });
    await context.sync();

    for (const load of loads) {
      const grid = grids.get(load.block.sheet)!;
      const { rect } = load.block;
      const values = load.range.values;
      const types = load.range.valueTypes;
      const formats = load.range.numberFormat;
      const fonts = load.columnFonts.map((f) => (typeof f.name === 'string' && f.name ? f.name : null));
      const hasFonts = fonts.some((f) => f !== null);
      if (hasFonts) grid.fonts ??= [];
      for (let i = 0; i < values.length; i++) {
        const row: CellValue[] = new Array(rect.right).fill(null);
        const fontRow: (string | null)[] | undefined = hasFonts ? new Array(rect.right).fill(null) : undefined;
        for (let j = 0; j < values[i].length; j++) {
          const v = toCellValue(values[i][j], types[i]?.[j], formats[i]?.[j]);
          row[rect.left - 1 + j] = v;
          if (typeof v === 'object' && v !== null && v.kind === 'error') {
            errorCells.push({ sheet: load.block.sheet, row: rect.top + i, col: rect.left + j });
          }
          if (fontRow && fonts[j]) fontRow[rect.left - 1 + j] = fonts[j];
        }
        grid.cells[rect.top - 1 + i] = row;
        if (fontRow) grid.fonts![rect.top - 1 + i] = fontRow;
      }
      load.columns.forEach((column, j) => {
        const c = rect.left + j;
        if (column.columnHidden !== true || grid.hiddenColumns?.includes(c)) return;
        (grid.hiddenColumns ??= []).push(c);
      });
      hiddenBeyond(load, detailRight(rect)).forEach((c) => {
        if (!grid.hiddenColumns?.includes(c)) (grid.hiddenColumns ??= []).push(c);
      });
      for (const areas of load.merges) {
        if (areas.isNullObject) continue;
        for (const a of parseAddressList(areas.address, rect)) {
          // Single cells come back when Excel reports only a merge's top-left: nothing to record.
          if (a.top === a.bottom && a.left === a.right) continue;
          grid.merges!.push({ top: a.top, left: a.left, bottom: a.bottom, right: a.right });
        }
      }
    }
  }

  // Rows above each used range are missing rows (the grid allows sparse rows).
  for (const g of grids.values()) {
    for (let r = 0; r < g.cells.length; r++) g.cells[r] ??= [];
    if (g.fonts) for (let r = 0; r < g.cells.length; r++) g.fonts[r] ??= [];
  }

  if (errorCells.length > 0) {
    const wanted = errorCells.slice(0, MAX_ERROR_FORMULAS).map((e) => {
      const cell = context.workbook.worksheets.getItem(e.sheet).getRangeByIndexes(e.row - 1, e.col - 1, 1, 1);
      cell.load('formulas');
      return { ...e, cell };
    });
    await context.sync();
    for (const w of wanted) {
      const f = w.cell.formulas[0][0];
      if (typeof f !== 'string' || !f.startsWith('=')) continue;
      const g = grids.get(w.sheet)!;
      g.formulas ??= [];
      (g.formulas[w.row - 1] ??= [])[w.col - 1] = f;
    }
  }
  const tracker = sheets.find((s) => s.tracker);
  return { sheets: sheets.filter((s) => !s.tracker).map((s) => grids.get(s.name)!), ...(tracker ? { tracker: grids.get(tracker.name)!, trackerIsOwn: true } : {}) };
}

const detailRight = (rect: Rect) => Math.min(rect.right, rect.left + DETAIL_COLUMNS - 1);

/**
 * The columns right of the detail columns that no visible cell of the block's first row lies in.
 * None known when that row is hidden (no visible cell at all): another block may tell.
 */
function hiddenBeyond(load: BlockLoad, from: number): number[] {
  const areas = load.visibleBeyond;
  if (!areas || areas.isNullObject) return [];
  const { rect } = load.block;
  const visible = new Set<number>();
  for (const a of parseAddressList(areas.address, rect)) for (let c = Math.max(a.left, from + 1); c <= Math.min(a.right, rect.right); c++) visible.add(c);
  const hidden: number[] = [];
  for (let c = from + 1; c <= rect.right; c++) if (!visible.has(c)) hidden.push(c);
  return hidden;
}

/** The whole read: locate, then load in as few syncs as the limits allow, retrying smaller on a payload error. */
export async function readWorkbook(env: HostEnv, caps: AdapterCapabilities, scope: Scope, memory?: ReadMemory): Promise<WorkbookGrid> {
  const sheets = await env.run((context) => locateSheets(context, caps, scope, memory));
  let bytesPerCell = MIN_BYTES_PER_CELL;
  for (let attempt = 1; ; attempt++) {
    const groups = planReads(sheets, env.limits, env.web, bytesPerCell);
    try {
      return await env.run((context) => loadBlocks(context, env, caps, sheets, groups));
    } catch (e) {
      if (!isPayloadError(e) || attempt >= MAX_ATTEMPTS) throw e;
      // The estimate was too low for this sheet's text: plan for bigger cells, hence smaller groups.
      bytesPerCell *= RETRY_GROWTH;
      if (!env.web) env = { ...env, web: true };
    }
  }
}
