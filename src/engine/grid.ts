/**
 * The engine's input: a worksheet as a grid of plain values. Hosts (exceljs, Office.js) build it;
 * the engine never sees a workbook object.
 */

/** A date as the sheet holds it (an Excel date cell). `iso` is `yyyy-mm-dd`. */
export interface DateCell {
  kind: 'date';
  iso: string;
}

/** A formula error such as `#N/A` or `#REF!`. */
export interface ErrorCell {
  kind: 'error';
  code: string;
}

/** Rich text is flattened to a string by the host; formulas give their cached result. */
export type CellValue = string | number | boolean | null | DateCell | ErrorCell;

/** A merged area, 1-based and inclusive, as Excel shows it (A1 = row 1, column 1). */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** cells[r][c] is the cell at Excel row r+1, column c+1. Rows may be ragged or missing (sparse). */
  cells: CellValue[][];
  merges?: MergeArea[];
  /** fonts[r][c]: the cell's font name where the host knows it (".VnTime", "VNI-Times" mark legacy text). */
  fonts?: (string | null | undefined)[][];
  /** Formulas the host saw, by cell (for `formula-error` messages); optional. */
  formulas?: (string | null | undefined)[][];
  hidden?: boolean;
  /** Columns (1-based) the user has hidden, where the host knows them. */
  hiddenColumns?: number[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /**
   * CTCT's tracker ("Theo dõi"), for hosts that read it apart from `sheets` (the add-in reads the
   * programme sheets only): the summary counts the statuses users keep in it. A tracker among
   * `sheets` serves too, and comes first (it is recognised by its content, never read as a
   * programme): then this one, an earlier copy's, is not used.
   */
  tracker?: SheetGrid;
  /**
   * `tracker` is this workbook's own sheet, read apart (the add-in), not an earlier copy's: a status
   * typed there is checked as one typed in `sheets` is.
   */
  trackerIsOwn?: boolean;
  /**
   * A damaged file (the xlsx reader says so): sheets its workbook lists whose content is missing,
   * so not read. The report names them, and every summary made from it.
   */
  missingSheets?: string[];
}

export function isDateCell(v: CellValue | undefined): v is DateCell {
  return typeof v === 'object' && v !== null && v.kind === 'date';
}

export function isErrorCell(v: CellValue | undefined): v is ErrorCell {
  return typeof v === 'object' && v !== null && v.kind === 'error';
}

/**
 * A number as a percentage format shows it ("0%", "0.0%": 0.8 → "80%", "80.0%"), or the number
 * itself under any other format: a status typed "80%" is stored as 0.8 and must read as it shows.
 */
export function percentShown(value: number, format: string | null | undefined): CellValue {
  if (!format || !format.includes('%')) return value;
  // Only the first section (positive numbers) decides; quoted text and escapes show no sign.
  const first = format.split(';')[0]!.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (!first.includes('%') || !Number.isFinite(value)) return value;
  const decimals = /\.([0#?]+)/.exec(first)?.[1]!.length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
}

/** 1-based column number → Excel letters (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel letters → 1-based column number (A → 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `'Phụ lục II'!F57`: a cell address as Excel writes it in a formula. */
export function cellAddress(sheet: string, row: number, column: string): string {
  return `${sheetReference(sheet)}!${column}${row}`;
}

/**
 * A sheet name as a formula names it: bare only when Excel reads it as a name ("CTCT", "Sheet_1");
 * quoted when it has other characters, starts with a digit, or reads as a cell itself: "T7", "Q3"
 * (A1 style), "R2C3", "R", "C" (R1C1 style), where `T7!E4` would be taken for cells.
 */
export function sheetReference(sheet: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^(?:R\d*)?(?:C\d*)?$/i.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: case-insensitively (Unicode NFC), accents kept. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** A sheet name as a key (sets, maps): equal for the names `sameSheetName` finds the same. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
