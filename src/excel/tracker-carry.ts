/**
 * What users added to the old "Theo dõi" besides its own columns' values: columns of their own
 * (values, formulas, number formats), notes on any cell, and lines that are not tasks (a total, a
 * remark). Read from the old sheet before it is replaced; written on each task's new row, the
 * users' columns after the tracker's own, the loose lines under the tasks.
 */
import { columnLetter } from '../engine/grid';
import { isPlainStatusFill, rowStyleColumn } from '../engine/track/style';
import { TRACKER_COLUMNS, carriedColumnLooks, trackerColumnMoves, trackerFormulaMovers, trackerNewRows, type ColumnLook, type TrackerFormulaMovers, type TrackerRow, type TrackerSheet } from '../engine/track';
import type { AdapterCapabilities } from './capabilities';
import { ACTION_BYTES, jsonBytes, loadGrids, rowBlocks, SyncBudget, syncBudgetBytes } from './batch';
import { isPayloadError } from './errors';
import { rewriteInput } from './cells';
import type { HostEnv } from './env';
import type { OutputSheet } from './output';

export interface CarriedColumns {
  headers: string[];
  /** Per old line (`TrackerRow.origin`), per loaded column: the cell's formula or constant, as written back (rewriteInput). */
  formulas: unknown[][];
  numberFormats: unknown[][];
  /** 0-based sheet row of line 0 on the old sheet. */
  rowIndex: number;
  /** Index of each added column in the loaded grids. */
  offsets: number[];
  /** The old column (0-based in the values read) of the grids' first column, and its sheet column. */
  firstColumn: number;
  columnIndex: number;
  /** How the old sheet's formulas read on the new one (in the sheet coordinates they were read in). */
  move: TrackerFormulaMovers;
}

/** A note on a cell of the old tracker: `line` and `column` are 0-based in the values read. */
export interface CarriedNote {
  line: number;
  column: number;
  content: string;
}

/** A note of the old sheet as it was read: itself (to delete it), its cell ("K7") and its text. */
export interface OldNote {
  note: { delete(): void };
  address: string;
  content: string;
}

export interface CarriedTracker {
  columns: CarriedColumns | null;
  notes: CarriedNote[];
  /** Widths (points) and hidden columns users set, by new 0-based column. */
  looks: Map<number, ColumnLook>;
  /** The old sheet's notes (deleted when the tracker is refreshed in place; `notes` come back). */
  oldNotes: OldNote[];
  /** Fills a user or CTCT's marks gave the status cells (not CTCT's row styles): `line` 0-based in the values read, `color` "#RRGGBB". */
  statusFills: { line: number; color: string }[];
}

/** What an old tracker with no task lines (or no old tracker) carries. */
export const nothingCarried = (): CarriedTracker => ({ columns: null, notes: [], looks: new Map(), oldNotes: [], statusFills: [] });

/** What loading a note's cell brings back (its row and column). */
const LOCATION_RESPONSE_BYTES = 64;

/**
 * Reads the users' columns, the notes and the column widths of the old tracker: one sync for the
 * columns (row blocks on the web), the notes (ExcelApi 1.18) and the widths, one more for the
 * notes' cells when there are any.
 */
export async function readCarried(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  caps: Pick<AdapterCapabilities, 'notes' | 'cellProperties'>,
  out: OutputSheet,
  old: TrackerSheet,
): Promise<CarriedTracker> {
  const at = out.valuesAt;
  if (!out.exists || !out.values || !at || !(old.rows.length || old.looseLines.length)) return nothingCarried();
  const sheet = context.workbook.worksheets.getItem(out.name);
  const notes = caps.notes ? sheet.notes : null;
  notes?.load('items/content');
  const width = out.values.reduce((w, row) => Math.max(w, row.length), 0);
  // One more column, right of the tracker: a column nobody sized has its width (the sheet's standard).
  const columnRanges = Array.from({ length: width + 1 }, (_, c) => {
    const range = sheet.getRangeByIndexes(at.rowIndex, at.columnIndex + c, 1, 1);
    range.format.load('columnWidth');
    range.load('columnHidden');
    return range;
  });
  const status = old.columns.get('Trạng thái');
  const styled = rowStyleColumn(old.columns);
  const fills = caps.cellProperties && status !== undefined ? await loadStatusFills(context, env, sheet, at, [status, ...(styled === undefined ? [] : [styled])], out.values.length) : [];
  let columns: CarriedColumns | null = null;
  if (old.extraColumns.length || old.looseLines.length) columns = await readColumns(context, env, sheet, at, out.values.length, width, old);
  else await context.sync();
  const standard = columnRanges[width]!.format.columnWidth;
  const looks = carriedColumnLooks(old, (from) => {
    const w = columnRanges[from]?.format.columnWidth ?? undefined;
    // Unsized, it gets CTCT's width, as in a marked copy (exceljs has no width for such a column).
    return { width: w === standard ? undefined : w, hidden: columnRanges[from]?.columnHidden };
  });
  const statusFills = fills.flatMap((block) => ownFills(block.cells.map((c) => c.value), block.first));
  if (!notes?.items.length) return { columns, notes: [], looks, oldNotes: [], statusFills };
  // Each note's cell is a load of its own: thousands of them take more than one request on the web.
  const budget = new SyncBudget(context, env);
  const cells: Excel.Range[] = [];
  for (const n of notes.items) {
    await budget.reserve(ACTION_BYTES * 2, LOCATION_RESPONSE_BYTES);
    cells.push(n.getLocation().load('rowIndex,columnIndex'));
  }
  await context.sync();
  return {
    columns,
    notes: notes.items.map((n, i) => ({ line: cells[i]!.rowIndex - at.rowIndex, column: cells[i]!.columnIndex - at.columnIndex, content: n.content })),
    looks,
    oldNotes: notes.items.map((n, i) => ({ note: n, address: `${columnLetter(cells[i]!.columnIndex + 1)}${cells[i]!.rowIndex + 1}`, content: n.content })),
    statusFills,
  };
}

/** Bytes a status cell's fill takes in a response ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}, with margin). */
const FILL_RESPONSE_BYTES = 100;

/**
 * The fills of the status column and of the column showing each row's style (`columns`, 0-based in the
 * values read), queued with the loads before them: one block on the desktop and for a usual tracker on
 * the web; a tracker whose fills would not fit one web response is read in blocks.
 */
async function loadStatusFills(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  at: { rowIndex: number; columnIndex: number },
  columns: readonly number[],
  rows: number,
): Promise<{ first: number; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]>[] }[]> {
  const budget = new SyncBudget(context, env);
  const blocks = [];
  for (const [first, last, bytes] of rowBlocks(rows, () => FILL_RESPONSE_BYTES * columns.length, budget.limit)) {
    await budget.reserve(ACTION_BYTES * columns.length, bytes);
    const cells = columns.map((c) => sheet.getRangeByIndexes(at.rowIndex + first, at.columnIndex + c, last - first + 1, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } }));
    blocks.push({ first, cells });
  }
  return blocks;
}

/** A cell's fill colour, null when unfilled (such a cell reports pattern "None" whatever colour Excel gives it). */
function fillColor(cell: Excel.CellProperties | undefined): string | null {
  const fill = cell?.format?.fill;
  return fill?.color && fill.pattern !== 'None' ? fill.color : null;
}

/** The status cells' fills someone set (see isPlainStatusFill), by line (`first` the block's first line); `[status, row style]` columns. */
function ownFills([status, styled]: Excel.CellProperties[][][], first: number): { line: number; color: string }[] {
  return status!.flatMap((row, i) => {
    const color = fillColor(row[0]);
    return color && !isPlainStatusFill(color, fillColor(styled?.[i]?.[0])) ? [{ line: first + i, color }] : [];
  });
}

/** Where each status fill goes on the new sheet ("J17"): its task's new row; fills of lines not kept (or the header) are dropped. */
export function carriedFillCells(fills: CarriedTracker['statusFills'], old: TrackerSheet, rows: readonly TrackerRow[], statusColumn: number): { address: string; color: string }[] {
  const newRow = trackerNewRows(old, rows);
  return fills.flatMap((f) => {
    const row = newRow.get(f.line);
    return row !== undefined && row > 1 ? [{ address: `${columnLetter(statusColumn + 1)}${row}`, color: f.color }] : [];
  });
}

/**
 * Best effort after a refresh that failed before its clear went through: puts the old notes it
 * deleted ahead of it back on their own cells of the old sheet, in as few syncs as the limit allows.
 */
export async function restoreOldNotes(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheetName: string,
  notes: readonly OldNote[],
): Promise<void> {
  if (!notes.length) return;
  try {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const budget = new SyncBudget(context, env);
    for (const n of notes) {
      await budget.reserve(ACTION_BYTES + jsonBytes(n.content));
      sheet.notes.add(sheet.getRange(n.address), n.content);
    }
    await context.sync();
  } catch {
    // The refresh's own error is the one reported; a refused restore must not hide it.
  }
}

/**
 * Adds notes in requests under the web's limit. A request Excel refuses for its size is tried again
 * in halves, down to one note; once a note alone or a request refused for another reason (a cell
 * being edited, a protected sheet) is refused, the notes left are not tried. Returns the notes
 * not added, with their cells, for the pane to show.
 */
export async function addNotesInParts(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  notes: readonly { address: string; content: string }[],
): Promise<{ address: string; content: string }[]> {
  const notAdded: { address: string; content: string }[] = [];
  let refused = false;
  const send = async (part: readonly { address: string; content: string }[]): Promise<void> => {
    if (refused) {
      notAdded.push(...part);
      return;
    }
    for (const n of part) sheet.notes.add(sheet.getRange(n.address), n.content);
    try {
      await context.sync();
    } catch (e) {
      // One note alone is far under the limit: a request refused even then, Excel refuses them all.
      if (!isPayloadError(e) || part.length === 1) refused = true;
      if (refused) {
        notAdded.push(...part);
        return;
      }
      const half = Math.ceil(part.length / 2);
      await send(part.slice(0, half));
      await send(part.slice(half));
    }
  };
  const bytes = (i: number) => ACTION_BYTES * 2 + jsonBytes(notes[i]!.content);
  for (const [first, last] of rowBlocks(notes.length, bytes, syncBudgetBytes(env))) await send(notes.slice(first, last + 1));
  return notAdded;
}

async function readColumns(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  at: { rowIndex: number; columnIndex: number },
  rowCount: number,
  width: number,
  old: TrackerSheet,
): Promise<CarriedColumns> {
  const indexes = old.extraColumns.map((c) => c.index);
  // Lines that are not tasks are carried whole: every column is read (in the same sync).
  const first = old.looseLines.length ? 0 : Math.min(...indexes);
  const last = old.looseLines.length ? width - 1 : Math.max(...indexes);
  const rect = { rowIndex: at.rowIndex, columnIndex: at.columnIndex + first, rowCount, columnCount: last - first + 1 };
  const grids = await loadGrids(context, env, sheet, rect, ['values', 'formulas', 'numberFormat']);
  return {
    headers: old.extraColumns.map((c) => c.header),
    formulas: grids.formulas.map((row, r) => row.map((f, c) => rewriteInput(f, grids.values[r]?.[c], grids.numberFormat[r]?.[c]))),
    numberFormats: grids.numberFormat,
    rowIndex: at.rowIndex,
    offsets: indexes.map((i) => i - first),
    firstColumn: first,
    columnIndex: at.columnIndex,
    move: trackerFormulaMovers(old, { row: at.rowIndex, column: at.columnIndex }),
  };
}

const GENERAL = 'General';

/**
 * The added columns' cells on the new sheet: the header row, then one row per tracker row (new
 * tasks get empty cells). Formulas move with their row (`TrackerFormulaMovers.taskRow`).
 */
export function carriedCells(carried: CarriedColumns, rows: readonly TrackerRow[]): { formulas: unknown[][]; numberFormats: string[][] } {
  const formulas: unknown[][] = [carried.headers];
  // Headers as text: "01/02" stays a name, not a date.
  const numberFormats: string[][] = [carried.headers.map(() => '@')];
  rows.forEach((row, i) => {
    const line = row.origin;
    const f = line === undefined ? undefined : carried.formulas[line];
    const n = line === undefined ? undefined : carried.numberFormats[line];
    const newRow = i + 2;
    formulas.push(
      carried.offsets.map((o) => {
        const v = f?.[o];
        if (typeof v !== 'string' || !v.startsWith('=')) return v ?? '';
        return carried.move.taskRow(v, newRow - (carried.rowIndex + line! + 1));
      }),
    );
    numberFormats.push(carried.offsets.map((o) => (typeof n?.[o] === 'string' ? (n[o] as string) : GENERAL)));
  });
  return { formulas, numberFormats };
}

/**
 * The lines users typed that are not tasks, each on its new row under the `rowCount` tasks: every
 * cell in its column's new place, formulas following the cells they name (`TrackerFormulaMovers.looseLine`).
 */
export function carriedLooseCells(carried: CarriedColumns, old: TrackerSheet, rowCount: number): { formulas: unknown[][]; numberFormats: string[][] } {
  const width = TRACKER_COLUMNS.length + carried.headers.length;
  const moves = trackerColumnMoves(old);
  const formulas: unknown[][] = [];
  const numberFormats: string[][] = [];
  for (const line of old.looseLines) {
    const f: unknown[] = new Array(width).fill('');
    const n: string[] = new Array(width).fill(GENERAL);
    for (const [from, to] of moves) {
      const v = carried.formulas[line]?.[from - carried.firstColumn];
      const format = carried.numberFormats[line]?.[from - carried.firstColumn];
      f[to] = typeof v === 'string' && v.startsWith('=') ? carried.move.looseLine(v, rowCount) : (v ?? '');
      if (typeof format === 'string') n[to] = format;
    }
    formulas.push(f);
    numberFormats.push(n);
  }
  return { formulas, numberFormats };
}

/**
 * Where each carried note goes on the new sheet ("L17"): its row's task's new row (the header's
 * notes stay on the header), its column's new place; notes of rows or columns not kept are dropped.
 */
export function carriedNoteCells(notes: readonly CarriedNote[], old: TrackerSheet, rows: readonly TrackerRow[]): { address: string; content: string }[] {
  const columns = trackerColumnMoves(old);
  const newRow = trackerNewRows(old, rows);
  const out: { address: string; content: string }[] = [];
  for (const note of notes) {
    const row = newRow.get(note.line);
    const column = columns.get(note.column);
    if (row !== undefined && column !== undefined) out.push({ address: `${columnLetter(column + 1)}${row}`, content: note.content });
  }
  return out;
}
