/**
 * The tracker as a 2-D array of cell values (what hosts write to and read from the sheet).
 */
import { HeaderVocabulary } from '../sheet/header-row';
import { columnLetter, isDateCell, isErrorCell, type CellValue } from '../grid';
import {
  TRACKER_COLUMNS,
  TRACKER_COLUMN_INDEX,
  keyCell,
  normaliseStatus,
  parseKeyCell,
  parseSourceLabel,
  sourceLabel,
  type TrackerColumn,
  type TrackerRow,
} from './columns';
import { excelSerialToIso, formatDateVi, isIsoDate, isoToExcelSerial, parseDateText } from '../dates';
import { foldText } from './text';
import { remapFormula } from './formula';

export type TrackerValue = string | number | null;

export interface TrackerValuesOptions {
  /**
   * How dates are written: 'text' (default) `dd/mm/yyyy` strings; 'serial' Excel date serials
   * (for hosts that set the cells' number format to dd/mm/yyyy, e.g. Office.js, whose
   * `range.values` would otherwise parse "01/02/2025" with the user's locale); 'iso' `yyyy-mm-dd`.
   * A date that is not a real date (text a user typed) is always written as the text.
   */
  dates?: 'text' | 'serial' | 'iso';
}

function dateOut(value: string | null, mode: TrackerValuesOptions['dates']): TrackerValue {
  if (value === null || value === '') return null;
  if (!isIsoDate(value)) return value;
  if (mode === 'serial') return isoToExcelSerial(value);
  if (mode === 'iso') return value;
  return formatDateVi(value);
}

/** "12" → 12 (so Excel does not flag a number stored as text); "1." or "a" stay text. */
function sttOut(stt: string): TrackerValue {
  const s = stt.trim();
  if (!s) return null;
  return /^\d{1,9}$/.test(s) ? Number(s) : s;
}

function textOut(s: string): TrackerValue {
  return s === '' ? null : s;
}

/** One row's cells, in `TRACKER_COLUMNS` order. */
export function trackerRowToValues(row: TrackerRow, options: TrackerValuesOptions = {}): TrackerValue[] {
  return [
    row.quarter,
    row.month,
    sttOut(row.stt),
    textOut(row.task),
    textOut(row.leadUnits),
    textOut(row.coordinatingUnits),
    textOut(row.product),
    textOut(row.leaders),
    dateOut(row.deadline, options.dates),
    textOut(row.status),
    dateOut(row.completedOn, options.dates),
    textOut(row.result),
    textOut(sourceLabel(row)),
    textOut(keyCell(row)),
  ];
}

/** The header row and one row per tracker row. */
export function trackerToValues(rows: readonly TrackerRow[], options: TrackerValuesOptions = {}): TrackerValue[][] {
  return [[...TRACKER_COLUMNS], ...rows.map((r) => trackerRowToValues(r, options))];
}

// ---------------------------------------------------------------------------------------------
// Reading back

/** Header texts accepted for each column (folded), besides the column's own name. */
const HEADER_ALIASES: Record<TrackerColumn, string[]> = {
  Quý: ['quy'],
  Tháng: ['thang'],
  STT: ['stt', 'tt', 'so tt', 'so thu tu'],
  'Nhiệm vụ': ['nhiem vu', 'noi dung', 'noi dung nhiem vu'],
  'Đơn vị chủ trì': ['don vi chu tri', 'phong don vi chu tri', 'chu tri', 'phong chu tri'],
  'Đơn vị phối hợp': ['don vi phoi hop', 'phong don vi phoi hop', 'phoi hop'],
  'Sản phẩm': ['san pham', 'san pham dau ra'],
  'Lãnh đạo chỉ đạo': ['lanh dao chi dao', 'lanh dao so chi dao', 'chi dao'],
  'Thời hạn': ['thoi han', 'thoi han hoan thanh', 'han'],
  'Trạng thái': ['trang thai', 'tinh trang', 'trang thai thuc hien', 'tinh trang thuc hien', 'tien do'],
  'Ngày hoàn thành': ['ngay hoan thanh', 'ngay ht', 'ngay hoan thanh thuc te'],
  'Kết quả': ['ket qua'],
  Nguồn: ['nguon'],
  Mã: ['ma', 'ma nhiem vu'],
};
const HEADERS = new HeaderVocabulary(TRACKER_COLUMNS, HEADER_ALIASES);

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\u00a0/g, ' ').trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return formatDateVi(v.iso);
  if (isErrorCell(v)) return '';
  return '';
}

/** Maps each tracker column to its 0-based column index in a header row; null when it is not one. */
function headerMap(row: readonly CellValue[] | undefined): Map<TrackerColumn, number> | null {
  const map = HEADERS.columnsOf(row);
  // A header row names the task column and at least three other tracker columns.
  return map.has('Nhiệm vụ') && map.size >= 4 ? map : null;
}

/**
 * A task key as CTCT writes it in "Mã": quarter.month.hash (a 32-bit hash in base 36, six or seven
 * characters with a letter, but for one key in seventy), an occurrence number after
 * ("3.7.k2x1f0.2"). Not a numbering or a unit's own code ("1.1.1", "3.7.12", "2.4.qlkh1").
 */
const TASK_KEY = /^(?:[1-4]|n)\.(?:[1-9]|1[0-2]|n)\.(?=[0-9]*[a-z])[0-9a-z]{6,7}(?:\.\d+)?$/;
/** Where CTCT's own header texts are looked for, and the lines below them whose cells tell its columns. */
const HEADER_LINES = 60;
const SAMPLE_LINES = 200;
/** The four headers only CTCT writes together. */
const SIGNATURE = ['ma', 'nguon', 'trang thai', 'ngay hoan thanh'];

/**
 * How column `c` under `line` reads: cells holding CTCT's task keys, other non-blank cells, and the
 * lines with anything in them (the sample's first SAMPLE_LINES).
 */
function keysIn(values: readonly (readonly CellValue[] | undefined)[], line: number, c: number): { keys: number; other: number; lines: number } {
  let keys = 0;
  let other = 0;
  let lines = 0;
  for (let r = line + 1; r < Math.min(values.length, line + 1 + SAMPLE_LINES); r++) {
    const row = values[r];
    if (!row?.some((v) => !isBlank(v))) continue;
    lines++;
    const v = row[c];
    if (isBlank(v)) continue;
    if (typeof v === 'string' && TASK_KEY.test(parseKeyCell(v).key)) keys++;
    else other++;
  }
  return { keys, other, lines };
}

/** A key column: CTCT's keys on most lines under the header, hardly anything else. */
const holdsKeys = (k: { keys: number; other: number; lines: number }) => k.keys > 0 && k.keys * 2 >= k.lines && k.other * 4 <= k.keys;

/**
 * CTCT's tracker header: a line with CTCT's four header names (as it writes them); or a line naming
 * three of its columns or more over a column of CTCT's task keys ("Mã", whatever its header says
 * now). Users rename headers ("Trạng thái" → "Tình trạng", "Nhiệm vụ" → "Tên nhiệm vụ") and delete
 * columns: the columns are named again here, so that what they typed is read, not lost. A unit's
 * own sheet (codes of its own, no keys) is not one. Null when the values are not a tracker.
 */
export function trackerHeader(values: readonly (readonly CellValue[] | undefined)[]): { line: number; columns: Map<TrackerColumn, number> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_LINES); r++) {
    const columns = HEADERS.columnsOf(values[r]);
    if (columns.size < 3) continue;
    const texts = (values[r] ?? []).map((v) => (typeof v === 'string' ? foldText(v) : ''));
    const named = new Set(columns.values());
    if (!SIGNATURE.every((h) => texts.includes(h))) {
      const key = columns.get('Mã');
      if (key === undefined || !holdsKeys(keysIn(values, r, key))) {
        // Renamed ("ID") or its header deleted: the column whose cells are keys.
        const width = Math.max(texts.length, values[r + 1]?.length ?? 0);
        const found = Array.from({ length: width }, (_, c) => c).find((c) => !named.has(c) && holdsKeys(keysIn(values, r, c)));
        if (found === undefined) continue;
        columns.set('Mã', found);
        named.add(found);
      }
    }
    if (!columns.has('Nhiệm vụ')) {
      // Renamed, as long as it still says what it holds: "Tên nhiệm vụ", "Nội dung công việc".
      const task = texts.findIndex((t, c) => !named.has(c) && /\b(?:nhiem vu|noi dung|cong viec)\b/.test(t));
      if (task >= 0) columns.set('Nhiệm vụ', task);
    }
    return { line: r, columns };
  }
  return null;
}

function dateIn(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (isDateCell(v)) return v.iso;
  if (typeof v === 'number') return excelSerialToIso(v) ?? String(v);
  const s = cellText(v);
  if (!s) return null;
  return parseDateText(s) ?? s;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterIn(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 4 ? v : null;
  const s = foldText(cellText(v)).replace(/^quy\s*/, '');
  if (/^[1-4]$/.test(s)) return Number(s);
  return ROMAN[s] ?? null;
}

function monthIn(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 12 ? v : null;
  const s = foldText(cellText(v)).replace(/^thang\s*/, '');
  if (!/^\d{1,2}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 12 ? n : null;
}

/** A column a user added to the tracker: kept, after the tracker's own columns, on every rewrite. */
export interface TrackerExtraColumn {
  /** Its header as typed; "Cột O" when it has none (a table column needs one). */
  header: string;
  /** Its 0-based column index in the values read. */
  index: number;
}

export interface TrackerSheet {
  rows: TrackerRow[];
  /** Columns of the header row that are not the tracker's own (in sheet order). */
  extraColumns: TrackerExtraColumn[];
  /** 0-based index, in the values read, of the line holding the header. */
  headerLine: number;
  /** Where each of the tracker's own columns was, 0-based (some may have been removed). */
  columns: ReadonlyMap<TrackerColumn, number>;
  /**
   * Lines users typed that are not tasks (neither task text nor key: a total, a remark, a title
   * above the header), 0-based in the values read. Written again under the tasks, every cell as it
   * was (`TrackerFormulaMovers.looseLine`).
   */
  looseLines: number[];
}

/** A header line repeated further down (at a page break), as the user named its columns. */
function sameTexts(line: readonly CellValue[], header: readonly CellValue[]): boolean {
  return header.some((v) => !isBlank(v)) && header.every((v, c) => cellText(v) === cellText(line[c]));
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The columns a user added: every column of the header line, or of a data line, that is not one of
 * the tracker's own. Headers stay as typed, made unique (an Excel table needs unique names).
 */
function extraColumnsOf(
  values: readonly (readonly CellValue[] | undefined)[],
  headerLine: number,
  own: ReadonlyMap<TrackerColumn, number>,
  dataLines: readonly number[],
): TrackerExtraColumn[] {
  const taken = new Set<number>(own.values());
  const header = values[headerLine] ?? [];
  let width = header.length;
  for (const r of dataLines) width = Math.max(width, values[r]?.length ?? 0);
  const names = new Set<string>(TRACKER_COLUMNS.map((c) => foldText(c)));
  const extras: TrackerExtraColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const named = !isBlank(header[c]);
    if (!named && dataLines.every((r) => isBlank(values[r]?.[c]))) continue;
    const base = named ? cellText(header[c]) : `Cột ${columnLetter(c + 1)}`;
    let name = base;
    for (let n = 2; names.has(foldText(name)); n++) name = `${base} (${n})`;
    names.add(foldText(name));
    extras.push({ header: name, index: c });
  }
  return extras;
}

/**
 * Reads a tracker sheet back (as a user may have edited it): finds the header row (`trackerHeader`:
 * anywhere in the first 50 rows; columns may have been moved, renamed, some removed), then reads
 * every non-empty row below it. Tolerates Excel date cells, date serials, dd/mm/yyyy or ISO text,
 * numbers, empty and error cells. Repeated header rows are skipped. `overdue`/`due` are not read
 * (they are computed: run `refreshOverdue` or `mergeTracker`). Columns a user added are listed in
 * `extraColumns`, each row's line in `origin`. Returns no rows when there is no header. A line
 * adding the tasks up is a loose line, not a task users typed (`isTotalLine`); `formulas`, by the
 * same cells as `values` (read from A1, or from the 0-based sheet row `top`), tell it by its
 * formulas where the host gives them.
 */
export function readTracker(values: readonly (readonly CellValue[] | undefined)[], formulas?: readonly (readonly (string | null | undefined)[] | undefined)[], top = 0): TrackerSheet {
  const found = trackerHeader(values);
  if (!found) return { rows: [], extraColumns: [], headerLine: -1, columns: new Map(), looseLines: [] };
  const h = found.columns;
  const start = found.line + 1;
  const header = values[found.line] ?? [];
  const rows: TrackerRow[] = [];
  // Lines above the header (a title, a total) are carried as the lines under the tasks are.
  const looseLines: number[] = [];
  for (let r = 0; r < found.line; r++) if (values[r]?.some((v) => !isBlank(v))) looseLines.push(r);
  for (let r = start; r < values.length; r++) {
    const line = values[r];
    if (!line) continue;
    const get = (col: TrackerColumn): CellValue | undefined => {
      const c = h.get(col);
      return c === undefined ? undefined : line[c];
    };
    const text = (col: TrackerColumn) => cellText(get(col));
    if (headerMap(line) || sameTexts(line, header)) continue;
    const task = text('Nhiệm vụ');
    // Raw: its trailing tabs say what was copied, blanks included.
    const keyValue = get('Mã');
    const { key, copied } = parseKeyCell(typeof keyValue === 'string' ? keyValue : text('Mã'));
    const source = parseSourceLabel(text('Nguồn'));
    if ((!task && !key) || (!key && !source.sheet && isTotalLine(line, top + r, h, formulas?.[r]))) {
      if (line.some((v) => !isBlank(v))) looseLines.push(r);
      continue;
    }
    const sttCell = get('STT');
    rows.push({
      key,
      quarter: quarterIn(get('Quý')),
      month: monthIn(get('Tháng')),
      stt: typeof sttCell === 'number' ? String(sttCell) : cellText(sttCell),
      task,
      leadUnits: text('Đơn vị chủ trì'),
      coordinatingUnits: text('Đơn vị phối hợp'),
      product: text('Sản phẩm'),
      leaders: text('Lãnh đạo chỉ đạo'),
      deadline: dateIn(get('Thời hạn')),
      status: normaliseStatus(text('Trạng thái')),
      completedOn: dateIn(get('Ngày hoàn thành')),
      result: text('Kết quả'),
      source: { sheet: source.sheet, row: source.row },
      vanished: source.vanished,
      overdue: false,
      due: null,
      origin: r,
      ...(copied ? { copied } : {}),
    });
  }
  const extraColumns = extraColumnsOf(values, start - 1, h, [...rows.map((row) => row.origin!), ...looseLines]);
  return { rows, extraColumns, headerLine: start - 1, columns: h, looseLines };
}

/**
 * A line users typed under the tasks to add them up, its label in the task column ("Số nhiệm vụ
 * hoàn thành" | … | =COUNTIF(J2:J17;…)): no task of theirs but a loose line, so its formulas follow
 * the tasks. Told by a formula reading other rows of the sheet (where the host gives formulas), or,
 * from values alone, by holding nothing but labels and numbers outside "Quý", "Tháng" and "STT".
 */
function isTotalLine(line: readonly CellValue[], r: number, h: ReadonlyMap<TrackerColumn, number>, formulas: readonly (string | null | undefined)[] | undefined): boolean {
  if (formulas?.some((f) => typeof f === 'string' && readsOtherRows(f, r + 1))) return true;
  const labels = new Set((['Nhiệm vụ', 'STT'] as const).map((c) => h.get(c)));
  const numbered = new Set((['Quý', 'Tháng', 'STT'] as const).map((c) => h.get(c)));
  let count = false;
  for (let c = 0; c < line.length; c++) {
    const v = line[c];
    if (isBlank(v) || labels.has(c)) continue;
    if (typeof v !== 'number') return false;
    if (!numbered.has(c)) count = true;
  }
  return count;
}

/** A formula naming a cell of another row of its own sheet, or a whole column ("J:J", asked as its row 1). */
function readsOtherRows(formula: string, ownRow: number): boolean {
  let other = false;
  remapFormula(formula.startsWith('=') ? formula : `=${formula}`, (row, column, _rowAbsolute, _columnAbsolute, otherSheet) => {
    if (!otherSheet && row !== ownRow) other = true;
    return [row, column];
  });
  return other;
}

/**
 * The 1-based sheet row of each loose line on the rewritten sheet: under the `rowCount` task rows
 * (row 1 is the header), in their old order, inside the table.
 */
function trackerLooseRows(old: Pick<TrackerSheet, 'looseLines'>, rowCount: number): Map<number, number> {
  return new Map(old.looseLines.map((line, k) => [line, rowCount + 2 + k]));
}

/**
 * Where the old tracker's lines go when it is written again with `rows` (as `mergeTracker` gave
 * them): 0-based old line → 1-based new row. The header goes to row 1, each task's line to its
 * row's place, the loose lines under the tasks; blank lines have no place. Both hosts put what they
 * carry (users' columns, notes, loose lines) where this says.
 */
export function trackerNewRows(old: Pick<TrackerSheet, 'headerLine' | 'looseLines'>, rows: readonly Pick<TrackerRow, 'origin'>[]): Map<number, number> {
  const at = new Map<number, number>([[old.headerLine, 1]]);
  rows.forEach((row, i) => {
    if (row.origin !== undefined) at.set(row.origin, i + 2);
  });
  for (const [line, row] of trackerLooseRows(old, rows.length)) at.set(line, row);
  return at;
}

/** How the formulas users keep in the old tracker read on the rewritten sheet (`trackerFormulaMovers`). */
export interface TrackerFormulaMovers {
  /**
   * A formula of a users' column on a task row, on the task's new row (`rowShift` rows further
   * down). Columns follow the column they name, as when Excel moves columns: "=IF(H5=…)" still
   * reads the status after the users' column moved, "J:J" still the same column. Rows move as
   * Excel's copy moves them (each task row moves on its own).
   */
  taskRow(formula: string, rowShift: number): string;
  /**
   * A loose line's formula once the sheet holds `rowCount` tasks. Every reference follows the cell
   * it names: a reference to a loose line or the header goes where that line goes; one to the last
   * task row goes to the new last task row, so a total over "J2:J180" still covers every task when
   * tasks were added ("J2:J185"). Other task rows keep their distance from the header (tasks are
   * reordered, not moved as a block).
   */
  looseLine(formula: string, rowCount: number): string;
}

/**
 * The formula movers for one old tracker, its column moves worked out once (a formula column runs
 * down every task). References to other sheets stay as they are: the programme sheet does not move.
 * `at`: the 0-based sheet row and column of `values[0][0]` as read.
 */
export function trackerFormulaMovers(
  old: Pick<TrackerSheet, 'columns' | 'extraColumns' | 'looseLines' | 'headerLine' | 'rows'>,
  at: { row: number; column: number } = { row: 0, column: 0 },
): TrackerFormulaMovers {
  const columns = trackerColumnMoves(old);
  const newColumn = (column: number) => {
    const moved = columns.get(column - 1 - at.column);
    return moved === undefined ? column : moved + 1;
  };
  const lastTask = old.rows.reduce((last, r) => Math.max(last, r.origin ?? -1), -1);
  return {
    taskRow: (formula, rowShift) =>
      remapFormula(formula, (row, column, rowAbs, _colAbs, otherSheet) => (otherSheet ? [row, column] : [rowAbs ? row : row + rowShift, newColumn(column)])),
    looseLine: (formula, rowCount) => {
      const lines = trackerLooseRows(old, rowCount);
      lines.set(old.headerLine, 1);
      if (lastTask >= 0 && rowCount > 0) lines.set(lastTask, rowCount + 1);
      return remapFormula(formula, (row, column, _rowAbs, _colAbs, otherSheet) => {
        if (otherSheet) return [row, column];
        const line = row - 1 - at.row;
        // Lines below the header keep their distance from it (the header goes to row 1); blank lines above it are not rewritten.
        return [lines.get(line) ?? (line > old.headerLine ? line - old.headerLine + 1 : row), newColumn(column)];
      });
    },
  };
}

/**
 * Where each column of the old tracker goes when it is written again (0-based old index → 0-based
 * new index): the tracker's own columns to their place, the users' columns after them, in order.
 */
export function trackerColumnMoves(old: Pick<TrackerSheet, 'columns' | 'extraColumns'>): Map<number, number> {
  const moves = new Map<number, number>();
  for (const [column, index] of old.columns) moves.set(index, TRACKER_COLUMN_INDEX[column]);
  old.extraColumns.forEach((extra, k) => moves.set(extra.index, TRACKER_COLUMNS.length + k));
  return moves;
}

/** How a column of the tracker looks to its users: its width (in the host's unit) and whether it is hidden. */
export interface ColumnLook {
  width?: number;
  hidden?: boolean;
}

/**
 * The looks users gave the old tracker's columns (by old 0-based index), by the new tracker's
 * columns: a widened "Kết quả" or a hidden "Nguồn" stays so when the tracker is written again.
 */
export function carriedColumnLooks(old: Pick<TrackerSheet, 'columns' | 'extraColumns'>, lookOf: (oldIndex: number) => ColumnLook): Map<number, ColumnLook> {
  const looks = new Map<number, ColumnLook>();
  for (const [from, to] of trackerColumnMoves(old)) {
    const look = lookOf(from);
    // Excel may give a hidden column's width as 0: it then keeps CTCT's width, hidden.
    const width = look.width !== undefined && look.width > 0 ? look.width : undefined;
    if (width !== undefined || look.hidden) looks.set(to, { width, hidden: look.hidden === true });
  }
  return looks;
}
