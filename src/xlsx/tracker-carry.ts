/**
 * What users added to the old tracker sheet besides its own columns' values: columns of their own
 * (values, formulas, number formats) and notes on any cell. Captured before the old sheet is
 * removed, written back on each task's new row by `renderTrackerSheet`.
 */
import type * as ExcelJS from 'exceljs';
import { TRACKER_COLUMNS, trackerColumnMoves, type TrackerSheet } from '../engine/track';

export interface CarriedCell {
  value?: ExcelJS.CellValue;
  /** A formula (without "=") and the cell it was in, to move it like Excel's copy does. */
  formula?: { text: string; row: number; column: number };
  numFmt?: string;
  note?: ExcelJS.Comment | string;
}

export interface CarriedTrackerCells {
  /** Headers of the columns users added, written after the tracker's own. */
  extraHeaders: string[];
  /** By the old line (`TrackerRow.origin`): the carried cells by their new 0-based column. */
  byLine: Map<number, Map<number, CarriedCell>>;
}

const FORMULA = 6; // exceljs ValueType.Formula

export function captureTrackerCells(ws: ExcelJS.Worksheet, sheet: TrackerSheet): CarriedTrackerCells {
  // Old column (1-based) → new column (0-based); the users' columns follow the tracker's own.
  const targets = [...trackerColumnMoves(sheet)].map(([from, to]) => [from + 1, to, to >= TRACKER_COLUMNS.length] as const);

  const byLine = new Map<number, Map<number, CarriedCell>>();
  for (const row of sheet.rows) {
    if (row.origin === undefined) continue;
    const excelRow = ws.findRow(row.origin + 1);
    if (!excelRow) continue;
    const cells = new Map<number, CarriedCell>();
    for (const [from, to, extra] of targets) {
      const cell = excelRow.findCell(from);
      if (!cell) continue;
      const carried: CarriedCell = {};
      if (cell.note) carried.note = cell.note;
      if (extra) {
        const formula = (cell.type as unknown as number) === FORMULA ? cell.formula : undefined;
        if (formula) carried.formula = { text: formula, row: excelRow.number, column: from };
        const value = cell.value;
        // A formula's cached result is written with it; other values are copied as they are.
        carried.value = formula ? (cell.result ?? null) : value;
        if (cell.numFmt) carried.numFmt = cell.numFmt;
      }
      if (Object.keys(carried).length) cells.set(to, carried);
    }
    if (cells.size) byLine.set(row.origin, cells);
  }
  return { extraHeaders: sheet.extraColumns.map((c) => c.header), byLine };
}
