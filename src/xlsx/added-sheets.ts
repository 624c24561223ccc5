/**
 * Sheets a user added to a marked copy (notes, a working table, a sheet of the original renamed
 * there): the copy written over it carries them on, or what was typed there would be lost.
 */
import * as ExcelJS from 'exceljs';
import { sameSheetName, sheetNameKey, type SheetGrid } from '../engine/grid';
import { ownSheetKind, ownSheetOf } from '../engine/own-sheets';
import { summaryCountedSheet, trackerOf } from '../engine/own-outputs';

/**
 * The sheets of the copy about to be replaced (`grids`) that the new copy (`fresh`) would not have: not
 * one of CTCT's (its summary, the tracker carried, hidden records), not named as a sheet of the new
 * copy, and not a sheet of the original since renamed there: a programme sheet whose tasks the old
 * tracker lists, or a sheet holding the very values of one of the new copy's sheets the old one
 * lacks by name and never named ("Rà soát QLCN&CN" now "Rà soát"). Its content is in the original,
 * not the user's.
 */
export function addedSheets(grids: readonly (SheetGrid & { ws: ExcelJS.Worksheet })[], fresh: readonly (SheetGrid & { ws: ExcelJS.Worksheet })[]): ExcelJS.Worksheet[] {
  const tracker = ownSheetOf(grids, 'tracker');
  const sources = new Set(tracker ? trackerOf(tracker).rows.map((r) => sheetNameKey(r.source.sheet)) : []);
  // A sheet of the new copy the old one lacks by name, unless the old copy named it as CTCT wrote it
  // (the user then renamed it in the copy, "Chỉ tiêu 2025" → "Chỉ tiêu (VP sửa)": hers to keep).
  const renamed = new Set(
    fresh
      .filter((f) => !grids.some((g) => sameSheetName(g.ws.name, f.ws.name)))
      .filter((f) => !sources.has(sheetNameKey(f.ws.name)) && !summaryCountedSheet(grids, f.ws.name))
      .map(contentKey),
  );
  return grids
    .filter((g) => g !== tracker)
    .filter((g) => { const kind = ownSheetKind(g); return kind !== 'summary' && kind !== 'internal'; })
    .filter((g) => !fresh.some((f) => sameSheetName(f.ws.name, g.ws.name)))
    .filter((g) => !sources.has(sheetNameKey(g.ws.name)))
    .filter((g) => !renamed.has(contentKey(g)))
    .map((g) => g.ws);
}

/** A sheet's values, as a key: two sheets with the same key hold the same cells. */
const contentKey = (g: SheetGrid) => JSON.stringify(g.cells);

/** Adds `sheet` (values, formulas, notes, styles, merges, widths, validations, formats) to `wb`; pictures and tables are not carried (true: it had some). */
export function carrySheet(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): boolean {
  const ws = wb.addWorksheet(sheet.name);
  const model = sheet.model as ExcelJS.WorksheetModel & { media?: unknown[]; tables?: unknown[]; merges?: string[] };
  // The getter names merges "merges", the setter reads "mergeCells" (exceljs).
  ws.model = { ...model, id: ws.id, name: ws.name, media: [], tables: [], mergeCells: model.merges ?? [] } as ExcelJS.WorksheetModel;
  ws.state = sheet.state;
  return !!(model.media?.length || model.tables?.length);
}
