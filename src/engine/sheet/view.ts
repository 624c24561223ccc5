/**
 * A merge-aware, text-first view of one sheet. Vertical merges give their value to every row they
 * cover (the same leader merged down a run of tasks); horizontal merges keep it in the top-left
 * cell only, so a section row merged across still reads as one cell.
 */
import { CellValue, MergeArea, SheetGrid, isDateCell, isErrorCell } from '../grid';
import { formatDateVi } from '../dates';
import { convertLegacy, detectLegacyEncoding, isUppercaseLegacyFont, legacyFontEncoding, hasUnicodeVietnamese, clearlyLegacy, normalizeText, sheetLegacyEncoding, tidyText, type LegacyContext, type LegacyEncoding, type SheetEncoding } from '../text';

export interface LegacyCell {
  row: number;
  col: number;
  encoding: 'tcvn3' | 'vni';
  original: string;
  /** The text read, on one line. */
  converted: string;
  /** What the cell should hold: the converted text with its line breaks. */
  fixed: string;
}

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Key `row*COLS+col` of each non-top cell of a vertical merge → the merge's top row. */
  private readonly mergedFrom = new Map<number, number>();
  /** Cells whose text was typed in TCVN3/VNI, converted for reading. */
  readonly legacy = new Map<number, LegacyCell>();
  /** texts[r][c]: the computed text, filled as cells are read (arrays: far cheaper than a Map here). */
  private readonly texts: (string | undefined)[][] = [];
  /** Key of the top-left cell of each merge wider than one column → its rightmost column. */
  private readonly mergedAcross = new Map<number, number>();
  /** The rightmost column a vertical merge gives its value down. */
  private mergedRight = 0;
  /** Rows holding a cell below the top of a vertical merge (their texts come partly from above). */
  private readonly rowsMergedBelow = new Set<number>();
  /** Unicode text (not legacy-encoded, ordinary font) → its normalised form. */
  private readonly plainTexts = new Map<string, string>();
  /** Whether any cell has a legacy font: when none does (most sheets), fonts need no look per cell. */
  private readonly legacyFonts: boolean;
  /** Whether a row ("row\u0000encoding") holds a cell clearly in that legacy encoding (asked for few rows). */
  private readonly legacyRows = new Map<string, boolean>();
  /** The row of the cell being read, for `legacyContext.rowIsLegacy` (one context for every cell: no allocation per cell). */
  private legacyRow = 0;
  /** Whether reading the current cell asked about its row: then its text depends on the row, not on the text alone (not cached). */
  private rowAsked = false;
  private readonly legacyContext: LegacyContext;
  /** Cells in a legacy font hold Unicode Vietnamese too: text converted in place, its font kept. */
  private readonly fontsHoldUnicode: boolean;
  /** Where no font says so: the legacy encoding most of the sheet's text is in, if any. */
  private readonly sheetEncoding: SheetEncoding | null;
  /**
   * A row of texts not computed yet. Rows are copies of it, not `[]` grown cell by cell: a copy is
   * one allocation of the right size, and V8 does not move it to the old generation mid-run (see
   * TaskRecord in reading/read-sheet.ts).
   */
  private readonly blankLine: (string | undefined)[];
  /**
   * The row rowTexts last gave whole, and its texts (complete: they change no more). The reading
   * asks for a row several times running (blank? a page number? its task's cells).
   */
  private lastRow = 0;
  /** Row 0's texts to begin with, as rowTexts(0) gives them: no cells. */
  private lastLine: readonly string[] = [''];

  constructor(private readonly grid: SheetGrid) {
    this.name = grid.name;
    this.rowCount = grid.cells.length;
    let cols = 0;
    for (let r = 0; r < grid.cells.length; r++) cols = Math.max(cols, grid.cells[r]?.length ?? 0);
    for (const m of grid.merges ?? []) cols = Math.max(cols, m.right);
    this.colCount = cols;
    this.blankLine = new Array<string | undefined>(cols + 1).fill(undefined);
    for (const m of grid.merges ?? []) this.indexMerge(m);
    this.legacyFonts = usesLegacyFont(grid);
    this.fontsHoldUnicode = this.legacyFonts && someLegacyFontText(grid, hasUnicodeVietnamese);
    // Cells in a legacy font say what they are; the others may still be legacy text pasted into a
    // Unicode font (a .VnTimeH letterhead left above a table converted to Times New Roman).
    this.sheetEncoding = sheetLegacyEncoding(this.legacyFonts ? unicodeFontStrings(grid) : stringsOf(grid));
    this.legacyContext = { sheet: this.sheetEncoding, fontsHoldUnicode: this.fontsHoldUnicode, rowIsLegacy: (enc) => ((this.rowAsked = true), this.rowIsLegacy(this.legacyRow, enc)) };
  }

  private key(row: number, col: number): number {
    return row * (this.colCount + 1) + col;
  }

  private indexMerge(m: MergeArea): void {
    if (m.right > m.left) this.mergedAcross.set(this.key(m.top, m.left), m.right);
    if (m.bottom <= m.top) return;
    if (m.left > this.mergedRight) this.mergedRight = m.left;
    // A block merge gives its value down the master column only: the other columns stay empty.
    for (let r = m.top + 1; r <= m.bottom; r++) {
      this.mergedFrom.set(this.key(r, m.left), m.top);
      this.rowsMergedBelow.add(r);
    }
  }

  /** The raw value at (1-based) row/col, a vertical merge's value included. */
  value(row: number, col: number): CellValue {
    const r = this.mergedFrom.size ? (this.mergedFrom.get(this.key(row, col)) ?? row) : row;
    return this.grid.cells[r - 1]?.[col - 1] ?? null;
  }

  /** The row's raw values as stored (0-based columns), merges not applied. */
  rawRow(row: number): readonly CellValue[] {
    return this.grid.cells[row - 1] ?? NO_CELLS;
  }

  /** The last column the cell's merge covers (its own when it is not merged across). */
  mergedTo(row: number, col: number): number {
    return this.mergedAcross.get(this.key(row, col)) ?? col;
  }

  /** Whether some cell of the row lies below the top of a vertical merge (most rows: none). */
  hasMergedBelow(row: number): boolean {
    return this.rowsMergedBelow.has(row);
  }

  /** Whether the user has hidden the column (where the host says so). */
  isColumnHidden(col: number): boolean {
    return this.grid.hiddenColumns?.includes(col) ?? false;
  }

  /** True for a cell below the top of a vertical merge (its value is the top cell's). */
  isMergedBelow(row: number, col: number): boolean {
    return this.mergedFrom.size > 0 && this.mergedFrom.has(this.key(row, col));
  }

  /** Where the value of (row, col) is really stored. */
  sourceRow(row: number, col: number): number {
    return this.mergedFrom.size ? (this.mergedFrom.get(this.key(row, col)) ?? row) : row;
  }

  font(row: number, col: number): string | null {
    return this.grid.fonts?.[row - 1]?.[col - 1] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row - 1]?.[col - 1] ?? null;
  }

  /**
   * A row's texts, none computed yet: as wide as the row's stored values. Not the sheet's width: one
   * stray value in column XFD would make every row 16,384 slots wide.
   */
  private newLine(row: number): (string | undefined)[] {
    const width = this.grid.cells[row - 1]?.length ?? 0;
    return width >= this.colCount ? this.blankLine.slice() : this.blankLine.slice(0, width + 1);
  }

  /** The cell as the user reads it: normalised text, legacy encodings converted, dates dd/mm/yyyy. */
  text(row: number, col: number): string {
    // A row rowTexts gave whole lies below no vertical merge: each cell's text is its own.
    if (row === this.lastRow) return this.lastLine[col] ?? '';
    const r = this.sourceRow(row, col);
    const line = (this.texts[r] ??= this.newLine(r));
    // Beyond the row's stored values (a vertical merge's value is stored in its top row).
    if (col >= line.length) return '';
    let t = line[col];
    if (t === undefined) line[col] = t = this.computeText(r, col);
    return t;
  }

  private computeText(row: number, col: number): string {
    return this.textOf(this.grid.cells[row - 1]?.[col - 1] ?? null, row, col);
  }

  /** computeText of the value stored at (row, col). */
  private textOf(v: CellValue, row: number, col: number): string {
    if (v === null) return '';
    if (typeof v === 'string') {
      if (v.length === 0) return '';
      // Names, products and dates repeat down their columns: text in an ordinary font is read once.
      const plain = !this.legacyFonts || legacyFontEncoding(this.font(row, col)) === null;
      const known = plain && v.length <= PLAIN_TEXT_CACHED ? this.plainTexts.get(v) : undefined;
      if (known !== undefined) return known;
      this.legacyRow = row;
      this.rowAsked = false;
      const encoding = detectLegacyEncoding(v, this.legacyFonts ? this.font(row, col) : null, this.legacyContext);
      if (encoding) {
        const upper = isUppercaseLegacyFont(this.font(row, col) ?? '');
        const whole = convertLegacy(v, encoding, { upper });
        const converted = normalizeText(whole);
        // "I", "12", "Báo cáo" in a .VnTime cell read the same either way: nothing to report.
        if (converted !== normalizeText(v)) this.legacy.set(this.key(row, col), { row, col, encoding, original: v, converted, fixed: tidyText(whole) });
        return converted;
      }
      const text = normalizeText(v);
      // Short texts repeat (names, products, dates); long ones are tasks, each different. One its row
      // decided ("01 líp" left as typed beside Unicode cells) may be TCVN3 in another row: not kept.
      if (plain && v.length <= PLAIN_TEXT_CACHED && !this.rowAsked) this.plainTexts.set(v, text);
      return text;
    }
    return cellToText(v);
  }

  /** Whether some cell of the row is clearly typed in `encoding` (for cells that could be read either way). */
  private rowIsLegacy(row: number, encoding: LegacyEncoding): boolean {
    const key = `${row}\u0000${encoding}`;
    let yes = this.legacyRows.get(key);
    if (yes === undefined) {
      yes = (this.grid.cells[row - 1] ?? []).some((v) => typeof v === 'string' && clearlyLegacy(v, encoding));
      this.legacyRows.set(key, yes);
    }
    return yes;
  }

  /** The legacy-encoded original of a cell, if it was typed in TCVN3/VNI. */
  legacyAt(row: number, col: number): LegacyCell | undefined {
    this.text(row, col);
    return this.legacy.get(this.key(this.sourceRow(row, col), col));
  }

  /**
   * Every text of a row at once, indexed by column (1-based): what `text(row, c)` gives for each c,
   * up to the row's last stored value (past it, undefined: an empty cell). Reading whole rows is the
   * common case (every task row), and far cheaper than cell by cell.
   */
  rowTexts(row: number): readonly string[] {
    if (row === this.lastRow) return this.lastLine;
    if (this.rowsMergedBelow.has(row)) {
      const merged = [''];
      const width = Math.max(this.grid.cells[row - 1]?.length ?? 0, this.mergedRight);
      for (let c = 1; c <= width; c++) merged.push(this.text(row, c));
      return merged;
    }
    const line = (this.texts[row] ??= this.newLine(row));
    if (line.includes(undefined)) {
      line[0] = '';
      const cells = this.grid.cells[row - 1] ?? NO_CELLS;
      for (let c = 1; c < line.length; c++) if (line[c] === undefined) line[c] = this.textOf(cells[c - 1] ?? null, row, c);
    }
    this.lastRow = row;
    this.lastLine = line as string[];
    return line as string[];
  }

  /** Columns 1..n that hold text in the row (after merges). */
  filledColumns(row: number): number[] {
    const line = this.rowTexts(row);
    const out: number[] = [];
    for (let c = 1; c < line.length; c++) if (line[c] !== '') out.push(c);
    return out;
  }

  isBlankRow(row: number): boolean {
    const line = this.rowTexts(row);
    for (let c = 1; c < line.length; c++) if (line[c] !== '') return false;
    return true;
  }
}

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

/** The longest text kept read once for all (longer ones are tasks' texts, each different: not even looked up). */
const PLAIN_TEXT_CACHED = 64;

/** The sheet's texts, row by row. */
function* stringsOf(grid: SheetGrid): Generator<string> {
  for (const row of grid.cells) for (const v of row ?? []) if (typeof v === 'string') yield v;
}

/** Whether some cell in a legacy font has text that passes `test`. */
function someLegacyFontText(grid: SheetGrid, test: (s: string) => boolean): boolean {
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && legacyFontEncoding(grid.fonts?.[r]?.[c]) !== null && test(v)) return true;
    }
  }
  return false;
}

/** The texts of cells not in a legacy font, row by row. */
function* unicodeFontStrings(grid: SheetGrid): Generator<string> {
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && legacyFontEncoding(grid.fonts?.[r]?.[c]) === null) yield v;
    }
  }
}

function usesLegacyFont(grid: SheetGrid): boolean {
  const fonts = grid.fonts ?? [];
  let checked: string | null | undefined = null;
  for (let r = 0; r < fonts.length; r++) {
    const row = fonts[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      // Fonts run in long stretches of one name: each change is looked at once.
      const font = row[c];
      if (font === checked || !font) continue;
      if (legacyFontEncoding(font)) return true;
      checked = font;
    }
  }
  return false;
}

/** A non-string cell value as text: numbers as Excel shows them, dates as dd/mm/yyyy. */
function cellToText(v: Exclude<CellValue, string>): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e9) / 1e9);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return formatDateVi(v.iso.slice(0, 10));
  if (isErrorCell(v)) return v.code;
  return '';
}
