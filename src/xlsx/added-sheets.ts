/**
 * Sheets a user added to a marked copy (notes, a working table, a sheet of the original renamed
 * there): the copy written over it carries them on, or what was typed there would be lost.
 */
import * as ExcelJS from 'exceljs';
import { sameSheetName, type SheetGrid } from '../engine/grid';
import { ownSheetKind, ownSheetOf } from '../engine/own-sheets';
import { readTracker } from '../engine/track';

/**
 * The sheets of `old` (the copy about to be replaced) that the new copy `wb` would not have: not
 * one of CTCT's (its summary, the tracker carried, hidden records), not named as a sheet of `wb`, and
 * not a programme sheet of the original whose tasks the old tracker lists (the original has since
 * renamed or dropped it: its content is in the original, not the user's).
 */
export function addedSheets(old: ExcelJS.Workbook, grids: readonly (SheetGrid & { ws: ExcelJS.Worksheet })[], wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const tracker = ownSheetOf(grids, 'tracker');
  const sources = new Set(tracker ? readTracker(tracker.cells).rows.map((r) => r.source.sheet.normalize('NFC')) : []);
  return grids
    .filter((g) => g !== tracker)
    .filter((g) => { const kind = ownSheetKind(g); return kind !== 'summary' && kind !== 'internal'; })
    .filter((g) => !wb.worksheets.some((ws) => sameSheetName(ws.name, g.ws.name)))
    .filter((g) => !sources.has(g.ws.name.normalize('NFC')))
    .map((g) => g.ws);
}

/** Adds `sheet` (values, formulas, notes, styles, merges, widths, validations, formats) to `wb`; pictures and tables are not carried (true: it had some). */
export function carrySheet(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): boolean {
  const ws = wb.addWorksheet(sheet.name);
  const model = sheet.model as ExcelJS.WorksheetModel & { media?: unknown[]; tables?: unknown[]; merges?: string[] };
  // The getter names merges "merges", the setter reads "mergeCells" (exceljs).
  ws.model = { ...model, id: ws.id, name: ws.name, media: [], tables: [], mergeCells: model.merges ?? [] } as ExcelJS.WorksheetModel;
  ws.state = sheet.state;
  return !!(model.media?.length || model.tables?.length);
}
