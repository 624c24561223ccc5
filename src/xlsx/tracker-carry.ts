/**
 * What users added to the old tracker sheet besides its own columns' values: columns of their own
 * (values, formulas, number formats), notes on any cell, and lines that are not tasks (a total, a
 * remark). Captured before the old sheet is removed, written back by `renderTrackerSheet` where the
 * engine's `trackerNewRows` puts each old line.
 */
import type * as ExcelJS from 'exceljs';
import { T_FORMULA } from './cells';
import { textHash } from '../engine/own-sheets';
import { officeFill, workbookPalette } from './marks';
import { isPlainStatusFill, rowStyleColumn, TRACKER_COLUMNS, TRACKER_COLUMN_INDEX, carriedColumnLooks, rowHasTyped, trackerColumnMoves, trackerFormulaMovers, type ColumnLook, type TrackerRow, type TrackerSheet } from '../engine/track';

export interface CarriedCell {
  value?: ExcelJS.CellValue;
  /** A formula (without "=") and the cell it was in, to move it with its row. */
  formula?: { text: string; row: number };
  numFmt?: string;
  note?: ExcelJS.Comment | string;
}

export interface CarriedTrackerCells {
  /** Headers of the columns users added, written after the tracker's own. */
  extraHeaders: string[];
  /**
   * By the old line (0-based, as `TrackerRow.origin`), the carried cells by their new 0-based column:
   * a task line's users' columns and notes, every cell of a loose line, the header line's notes.
   */
  byLine: Map<number, Map<number, CarriedCell>>;
  /** The old sheet's header and loose lines, for `trackerNewRows`. */
  lines: Pick<TrackerSheet, 'headerLine' | 'looseLines'>;
  /** A loose line's formula (without "=") once the tracker holds `rowCount` tasks. */
  looseFormula: (text: string, rowCount: number) => string;
  /** A task row's formula (without "=") moved `rowShift` rows down, its columns following the columns they name. */
  rowFormula: (text: string, rowShift: number) => string;
  /** Widths (characters) and hidden columns users set, by new 0-based column. */
  looks: Map<number, ColumnLook>;
  /** By the old line, the fill a user (or CTCT's mark) gave its "Trạng thái" cell: it goes with its task, as in the add-in. */
  statusFills: Map<number, ExcelJS.Fill>;
}

export const NOTHING_CARRIED: CarriedTrackerCells = { extraHeaders: [], byLine: new Map(), lines: { headerLine: 0, looseLines: [] }, looseFormula: (text) => text, rowFormula: (text) => text, looks: new Map(), statusFills: new Map() };

/** The tracker's own columns users type in (by 0-based column). */
export const TYPED_COLUMNS: ReadonlySet<number> = new Set((['Trạng thái', 'Ngày hoàn thành', 'Kết quả'] as const).map((c) => TRACKER_COLUMN_INDEX[c]));

/**
 * More than the text the tracker row keeps: a formula, a hyperlink, formatted text, a number or date
 * in a text column; a status typed as a number ("80%": 0.8 shown as a percentage).
 */
function isRich(cell: ExcelJS.Cell, to: number): boolean {
  const v = cell.value;
  if ((cell.type as unknown as number) === T_FORMULA) return true;
  if (v instanceof Date) return to === TRACKER_COLUMN_INDEX['Kết quả'];
  const numberKept = to === TRACKER_COLUMN_INDEX['Kết quả'] || to === TRACKER_COLUMN_INDEX['Trạng thái'];
  return (typeof v === 'object' && v !== null) || (typeof v === 'number' && numberKept);
}

type UnderMarks = ReadonlyMap<string, ExcelJS.Fill | undefined>;

/** A cell's fill; under a mark `underMarks` remembers, the fill the mark covers. */
function fillOf(cell: ExcelJS.Cell, underMarks?: UnderMarks): ExcelJS.Fill | undefined {
  return underMarks?.has(cell.address) ? underMarks.get(cell.address) : cell.style?.fill;
}

/** A pattern fill's colour as the add-in reads it ("#RRGGBB"), null when none. */
function fillColor(fill: ExcelJS.Fill | undefined, palette: readonly string[]): string | null {
  if (!fill || fill.type === 'gradient') return null;
  const { color, pattern } = officeFill(fill, palette);
  return color && pattern !== 'None' ? color : null;
}

/** The fill someone gave a status cell, by the add-in's rule (isPlainStatusFill; `row`: the cell showing its row's style). */
function ownFill(cell: ExcelJS.Cell, row: ExcelJS.Cell | undefined, palette: readonly string[], underMarks?: UnderMarks): ExcelJS.Fill | undefined {
  const fill = fillOf(cell, underMarks);
  if (fill?.type === 'gradient') return fill;
  const color = fillColor(fill, palette);
  return color && !isPlainStatusFill(color, row ? fillColor(fillOf(row, underMarks), palette) : null) ? fill : undefined;
}

/** The status cells' own fills (see ownFill), by line: the header's aside. */
function statusFills(ws: ExcelJS.Worksheet, sheet: TrackerSheet, underMarks?: UnderMarks): Map<number, ExcelJS.Fill> {
  const fills = new Map<number, ExcelJS.Fill>();
  const status = sheet.columns.get('Trạng thái');
  if (status === undefined) return fills;
  const styled = rowStyleColumn(sheet.columns);
  const palette = workbookPalette(ws.workbook);
  const lines = [...sheet.rows.flatMap((r) => (r.origin === undefined ? [] : [r.origin])), ...sheet.looseLines];
  for (const line of lines) {
    const row = ws.findRow(line + 1);
    const cell = row?.findCell(status + 1);
    const fill = cell && ownFill(cell, styled === undefined ? undefined : row!.findCell(styled + 1), palette, underMarks);
    if (fill) fills.set(line, fill);
  }
  return fills;
}

/**
 * What users put in the old tracker's cells beyond its rows' text. `underMarks`: the fills CTCT's
 * marks cover on it when its marks record stays behind (an earlier copy's tracker; see fillsUnderMarks).
 */
export function captureTrackerCells(ws: ExcelJS.Worksheet, sheet: TrackerSheet, underMarks?: ReadonlyMap<string, ExcelJS.Fill | undefined>): CarriedTrackerCells {
  // Old column (1-based) → new column (0-based); the users' columns follow the tracker's own.
  const targets = [...trackerColumnMoves(sheet)].map(([from, to]) => [from + 1, to, to >= TRACKER_COLUMNS.length] as const);

  /** A line's cells: notes on every column; values, formulas and formats of `whole` columns. */
  const lineCells = (line: number, whole: (extra: boolean, cell: ExcelJS.Cell, to: number) => boolean): Map<number, CarriedCell> => {
    const cells = new Map<number, CarriedCell>();
    const excelRow = ws.findRow(line + 1);
    if (!excelRow) return cells;
    for (const [from, to, extra] of targets) {
      const cell = excelRow.findCell(from);
      if (!cell) continue;
      const carried: CarriedCell = {};
      if (cell.note) carried.note = cell.note;
      if (whole(extra, cell, to)) {
        const formula = (cell.type as unknown as number) === T_FORMULA ? cell.formula : undefined;
        if (formula) carried.formula = { text: formula, row: excelRow.number };
        const value = cell.value;
        // A formula's cached result is written with it; other values are copied as they are.
        carried.value = formula ? (cell.result ?? null) : value;
        if (cell.numFmt) carried.numFmt = cell.numFmt;
      }
      if (Object.keys(carried).length) cells.set(to, carried);
    }
    return cells;
  };

  const byLine = new Map<number, Map<number, CarriedCell>>();
  const carry = (line: number, whole: (extra: boolean, cell: ExcelJS.Cell, to: number) => boolean) => {
    const cells = lineCells(line, whole);
    if (cells.size) byLine.set(line, cells);
  };
  // The header is written anew: only its notes are carried.
  carry(sheet.headerLine, () => false);
  // A task's own columns are written from the tracker row; the users' columns are carried, and
  // what the row's text cannot hold in the columns users type in: a formula, a link, a number.
  for (const row of sheet.rows) if (row.origin !== undefined) carry(row.origin, (extra, cell, to) => extra || (TYPED_COLUMNS.has(to) && isRich(cell, to)));
  for (const line of sheet.looseLines) carry(line, () => true);
  const movers = trackerFormulaMovers(sheet);
  return {
    extraHeaders: sheet.extraColumns.map((c) => c.header),
    byLine,
    lines: { headerLine: sheet.headerLine, looseLines: sheet.looseLines },
    looseFormula: (text, rowCount) => movers.looseLine(`=${text}`, rowCount).slice(1),
    rowFormula: (text, rowShift) => movers.taskRow(`=${text}`, rowShift).slice(1),
    looks: carriedColumnLooks(sheet, (from) => {
      const column = ws.getColumn(from + 1);
      return { width: column.width, hidden: column.hidden };
    }),
    statusFills: statusFills(ws, sheet, underMarks),
  };
}

/**
 * What users typed in a tracker, as one text: the typed rows' own cells, the columns and the cells
 * they added (values, formulas, notes), by line. Read the same way from the same sheet, the same text.
 * A formula by its text: its result is Excel's (=TODAY()-I5 changes every day), not typed.
 */
export function typedDigest(rows: readonly TrackerRow[], carried?: CarriedTrackerCells): string {
  const typed = rows.filter(rowHasTyped).map((r) => [r.key, r.source.sheet, r.status, r.deadline, r.completedOn, r.result, ...ownLine(r)]);
  const cells = [...(carried?.byLine ?? [])].map(([line, byColumn]) => [line, [...byColumn].map(([column, c]) => [column, noteText(c.note), c.formula ? null : (c.value ?? null), c.formula?.text ?? null])]);
  return textHash(JSON.stringify([typed, carried?.extraHeaders ?? [], cells]));
}

/** A line users added (no task of the programme behind it): all of it is theirs, carried as typed. */
function ownLine(r: TrackerRow): unknown[] {
  return r.key || r.source.sheet ? [] : [r.quarter, r.month, r.stt, r.task, r.leadUnits, r.coordinatingUnits, r.product, r.leaders];
}

function noteText(note: CarriedCell['note']): string {
  if (note === undefined || typeof note === 'string') return note ?? '';
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Whether an old tracker holds anything users typed, which a new copy keeps: a status, deadline,
 * completion day or result of their own, a line or column they added, a note (`carried`).
 */
export function trackerHasTyped(rows: readonly TrackerRow[], carried?: CarriedTrackerCells): boolean {
  if (carried && (carried.extraHeaders.length || carried.lines.looseLines.length || carried.byLine.size)) return true;
  return rows.some(rowHasTyped);
}
