/**
 * What CTCT wrote into a workbook it makes whole (the consolidated summary, tong-hop.xlsx): a
 * fingerprint of every sheet's values, kept in a very hidden sheet (a sheet, unlike a defined name,
 * survives a save by LibreOffice or WPS). A file at the target whose values differ from its
 * fingerprint was edited since (a status or note typed in "Danh sách nhiệm vụ"): the CLI keeps it
 * before writing over it. A file without the record (an older CTCT's) says nothing.
 */
import type * as ExcelJS from 'exceljs';
import type { SheetGrid, WorkbookGrid } from '../engine/grid';
import { RECORD_SHEET, recordKey, recordText, textHash } from '../engine/own-sheets';
import { workbookGrid } from './read';
const VERSION = 'v1';

/**
 * A sheet's values, trailing blanks aside, as one text; `byFormula`, a formula's cell by its formula
 * (Excel recalculating =TODAY() on opening is no edit; a changed formula is).
 */
function sheetText(sheet: SheetGrid, byFormula = false): string {
  const keys = sheet.cells.map((row, r) =>
    (row ?? []).map((v, c) => {
      const formula = byFormula ? sheet.formulas?.[r]?.[c] : undefined;
      return formula ? `f${formula}` : recordKey(v);
    }),
  );
  return recordText(keys, '\u0001', '\u0003');
}

/** The values of every sheet, trailing blanks aside, as one text. */
function valuesText(grid: WorkbookGrid): string {
  return grid.sheets
    .filter((sheet) => sheet.name !== RECORD_SHEET)
    .map((sheet) => `${sheet.name.normalize('NFC')}\u0002${sheetText(sheet)}`)
    .join('\u0004');
}

function fingerprint(grid: WorkbookGrid): string {
  return `${VERSION}:${textHash(valuesText(grid))}`;
}

/**
 * `wb` written with the record of its values, once: they are read from the workbook as built, which
 * reads as its bytes do (the same cell reader, `worksheetGrid`).
 */
export async function writeWithRecord(wb: ExcelJS.Workbook, write: (wb: ExcelJS.Workbook) => Promise<Uint8Array>): Promise<Uint8Array> {
  const record = fingerprint(workbookGrid(wb));
  wb.addWorksheet(RECORD_SHEET, { state: 'veryHidden' }).getCell('A1').value = record;
  return write(wb);
}

/** Whether a workbook CTCT wrote holds other values than it recorded; false without a record. */
export function editedSinceWritten(grid: WorkbookGrid): boolean {
  const recorded = grid.sheets.find((s) => s.name === RECORD_SHEET)?.cells[0]?.[0];
  if (typeof recorded !== 'string' || !recorded.startsWith(`${VERSION}:`)) return false;
  return recorded !== fingerprint(grid);
}

/**
 * A marked copy's record: each sheet CTCT wrote there but its tracker (whose typed statuses the next
 * copy carries) with the hash of its values, one row each under the version. A sheet whose values
 * differ later was edited in the copy (a note typed in "Tổng hợp", a target corrected in "Chỉ tiêu").
 */
const COPY_VERSION = 'c1';

/**
 * Adds the record of `sheets` (as they are in `wb`, about to be written) in a very hidden sheet;
 * beside the version, `trackerTyped`: what users typed in its tracker, as CTCT carried it there.
 */
export function recordCopySheets(wb: ExcelJS.Workbook, sheets: readonly SheetGrid[], trackerTyped?: string): void {
  const old = wb.getWorksheet(RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const record = wb.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  record.getCell(1, 1).value = COPY_VERSION;
  if (trackerTyped) record.getCell(1, 2).value = trackerTyped;
  sheets.forEach((sheet, i) => {
    record.getCell(i + 2, 1).value = sheet.name;
    record.getCell(i + 2, 2).value = textHash(sheetText(sheet, true));
  });
}

/** The sheets of a marked copy whose values differ from its record ([] without a record, as in older copies). */
export function copySheetsEdited(grid: WorkbookGrid): string[] {
  const record = grid.sheets.find((s) => s.name === RECORD_SHEET);
  if (record?.cells[0]?.[0] !== COPY_VERSION) return [];
  const edited: string[] = [];
  for (const [name, hash] of record.cells.slice(1).map((row) => [row?.[0], row?.[1]])) {
    if (typeof name !== 'string' || typeof hash !== 'string') continue;
    const sheet = grid.sheets.find((s) => s.name === name);
    if (sheet && textHash(sheetText(sheet, true)) !== hash) edited.push(name);
  }
  return edited;
}

/** What a marked copy's record says users had typed in its tracker when CTCT wrote it (null: no record, an older copy). */
export function recordedTrackerTyped(sheets: readonly SheetGrid[]): string | null {
  const record = sheets.find((s) => s.name === RECORD_SHEET);
  const typed = record?.cells[0]?.[1];
  return record?.cells[0]?.[0] === COPY_VERSION && typeof typed === 'string' ? typed : null;
}
