/**
 * The sheets the add-in writes, and how it recognises them: a sheet-scoped name (ExcelApi 1.4)
 * marks a sheet as CTCT's, so a unit's own sheet that happens to be called "Tổng hợp" is never
 * deleted or read as output.
 */
import { sameSheetName } from '../engine/grid';
import { MARKS_SHEET } from '../engine/marks';
import { MARKER_NAMES, type OwnedKind } from '../engine/own-sheets';
import type { AdapterCapabilities } from './capabilities';

export const JOURNAL_SHEET = 'CTCT_NhatKy';
// The engine names the sheets it lays out; the add-in writes them under the same names.
export { TRACKER_SHEET } from '../engine/track/columns';
export { MARKS_SHEET };
export const DIRECTORY_SHEET = 'Danh mục';
// The add-in marks its sheets; the marked copy keeps the marks.
export { MARKER_NAMES, type OwnedKind };

/** Hidden bookkeeping sheets: never read as data, never shown. */
export const INTERNAL_SHEETS = [JOURNAL_SHEET, MARKS_SHEET];

export interface SheetEntry {
  name: string;
  visibility: string;
  /** Set when the sheet carries one of CTCT's marker names. */
  owned: OwnedKind | null;
}

/** Sheet names compare case-insensitively in Excel (the engine's rule, shared with the exceljs host). */
export const sameSheet = sameSheetName;

/**
 * A sheet of CTCT's own: its bookkeeping ("CTCT_…" sheets) or an output sheet carrying a marker
 * name (`markerNames`: the sheet's scoped names, null when Excel cannot list them).
 */
export function isCtctSheet(name: string, markerNames: string[] | null): boolean {
  if (/^ctct_/i.test(name.normalize('NFC')) || INTERNAL_SHEETS.some((n) => sameSheet(n, name))) return true;
  return markerNames !== null && ownedKindOf(markerNames) !== null;
}

export function ownedKindOf(names: string[]): OwnedKind | null {
  for (const kind of Object.keys(MARKER_NAMES) as OwnedKind[]) {
    if (names.some((n) => n.toLowerCase() === MARKER_NAMES[kind].toLowerCase())) return kind;
  }
  return null;
}

/**
 * Where to write an output sheet of `kind`: the existing CTCT sheet of that kind (preferably the
 * one with the usual name), else the usual name if free, else "<name> (CTCT)", "<name> (CTCT 2)"...
 */
export function outputSheetName(sheets: SheetEntry[], kind: OwnedKind, wanted: string): { name: string; exists: boolean } {
  const ours = sheets.filter((s) => s.owned === kind);
  const preferred = ours.find((s) => sameSheet(s.name, wanted)) ?? ours[0];
  if (preferred) return { name: preferred.name, exists: true };
  const taken = (n: string) => sheets.some((s) => sameSheet(s.name, n));
  if (!taken(wanted)) return { name: wanted, exists: false };
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${wanted} (CTCT)` : `${wanted} (CTCT ${i})`;
    if (!taken(candidate)) return { name: candidate, exists: false };
  }
}

/** Marks a freshly written sheet as CTCT's (no-op without ExcelApi 1.4). */
export function markOwned(sheet: Excel.Worksheet, kind: OwnedKind, caps: AdapterCapabilities): void {
  if (!caps.names) return;
  sheet.names.add(MARKER_NAMES[kind], sheet.getRange('A1'), 'Trang tính do CTCT tạo; CTCT ghi đè trang tính này khi làm mới.');
}

/** Hides a bookkeeping sheet as far as the Excel version allows (VeryHidden: not in the Unhide list). */
export function hideSheet(sheet: Excel.Worksheet, caps: AdapterCapabilities): void {
  if (!caps.hiddenSheets) return;
  sheet.visibility = 'VeryHidden';
}

/** Excel refuses to delete a VeryHidden sheet: it is made merely hidden first (where CTCT hid it). */
export function deleteInternalSheet(sheet: Excel.Worksheet, caps: AdapterCapabilities): void {
  if (caps.hiddenSheets) sheet.visibility = 'Hidden';
  sheet.delete();
}
