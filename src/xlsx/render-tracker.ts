/**
 * Paints the tracker ("Theo dõi") with exceljs: an Excel table, a status dropdown, overdue rows
 * highlighted, vanished rows greyed, "Nguồn" linking to the source row, the key column hidden.
 */
import type * as ExcelJS from 'exceljs';
import {
  TRACKER_COLUMNS,
  TRACKER_COLUMN_FORMAT,
  TRACKER_EXTRA_COLUMN_WIDTH,
  TRACKER_COLUMN_INDEX,
  TRACKER_DATE_COLUMNS,
  TRACKER_SHEET,
  TRACKER_STATUSES,
  STATUS_ALERT,
  TRACKER_TABLE_NAME,
  freeTableName,
  COLORS,
  isIsoDate,
  formatDateVi,
  trackerRowStyle,
  trackerRowToValues,
  trackerSourceAddress,
  trackerStatusListFormula,
  trackerColumnLetter,
  trackerNewRows,
  type TrackerRow,
} from '../engine/track';
import { A4_LANDSCAPE, BORDER, font, LINK_FONT, linkFormulaValue, solid } from './render-summary';
import { NOTHING_CARRIED, TYPED_COLUMNS, type CarriedCell, type CarriedTrackerCells } from './tracker-carry';
import { dateToIso, plainText } from './cells';
import { percentShown } from '../engine/grid';

export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const DATE_COLUMNS = new Set(TRACKER_DATE_COLUMNS.map((c) => TRACKER_COLUMN_INDEX[c]));
const SOURCE_COLUMN = TRACKER_COLUMN_INDEX['Nguồn'];
const STATUS_COLUMN = TRACKER_COLUMN_INDEX['Trạng thái'];
const OWN_WIDTH = TRACKER_COLUMNS.length;

/** A carried cell's value on its new row, a formula moved by `move` (given the formula and the rows it moved down). */
function carriedValue(cell: CarriedCell | undefined, row: number, move: (text: string, rowShift: number) => string): ExcelJS.CellValue {
  if (!cell) return null;
  if (!cell.formula) return cell.value ?? null;
  const moved = move(cell.formula.text, row - cell.formula.row);
  const result = cell.value ?? undefined;
  return { formula: moved, ...(result === undefined ? {} : { result }) } as ExcelJS.CellFormulaValue;
}

/** What a cell shows, as the tracker row reads it back (dates as ISO, links and formatted text as their text, 0.8 as "80%" in a percent format). */
function shownText(v: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (typeof v === 'number') return plainText(percentShown(v, numFmt));
  return v instanceof Date ? (dateToIso(v) ?? '') : plainText(v).trim();
}

/** A carried cell shows what the row holds (a date in a text column as the row writes it, dd/mm/yyyy). */
function showsAs(carried: ExcelJS.CellValue | undefined, now: ExcelJS.CellValue, numFmt?: string): boolean {
  const text = shownText(carried, numFmt);
  return text === shownText(now) || (carried instanceof Date && formatDateVi(text) === now);
}

export function renderTrackerSheet(
  wb: ExcelJS.Workbook,
  rows: readonly TrackerRow[],
  orderNo?: number,
  name: string = TRACKER_SHEET,
  carried: CarriedTrackerCells = NOTHING_CARRIED,
  /** The workbook's defined names: the table cannot take one either. */
  definedNames: readonly string[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { ...A4_LANDSCAPE, printTitlesRow: '1:1' },
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;

  const headers = [...TRACKER_COLUMNS, ...carried.extraHeaders];
  const width = headers.length;
  // What was carried from the old sheet's line that lands on each new row.
  const lineOn = new Map<number, number>();
  for (const [line, at] of trackerNewRows(carried.lines, rows)) lineOn.set(at, line);
  const carriedOn = (excelRow: number) => {
    const line = lineOn.get(excelRow);
    return line === undefined ? undefined : carried.byLine.get(line);
  };
  const data: ExcelJS.CellValue[][] = rows.map((row, i) => {
    const values: ExcelJS.CellValue[] = trackerRowToValues(row, { dates: 'iso' });
    const cells = carriedOn(i + 2);
    // A formula, link or number typed in a column of the tracker's own stays so, where the row kept what it shows.
    for (const c of TYPED_COLUMNS) {
      const kept = cells?.get(c);
      if (kept && (kept.formula || kept.value !== undefined) && showsAs(kept.value, values[c], kept.numFmt)) values[c] = carriedValue(kept, i + 2, carried.rowFormula);
    }
    for (let c = OWN_WIDTH; c < width; c++) values.push(carriedValue(cells?.get(c), i + 2, carried.rowFormula));
    for (const c of DATE_COLUMNS) {
      const v = values[c];
      if (typeof v === 'string' && isIsoDate(v)) values[c] = isoToDate(v);
    }
    const target = trackerSourceAddress(row);
    const label = values[SOURCE_COLUMN];
    if (target && typeof label === 'string') values[SOURCE_COLUMN] = linkFormulaValue(target, label);
    return values;
  });
  // Lines users typed that are not tasks, under the tasks, every cell as it was.
  const looseMove = (text: string) => carried.looseFormula(text, rows.length);
  for (let at = rows.length + 2; lineOn.has(at); at++) {
    const cells = carriedOn(at);
    data.push(headers.map((_, c) => carriedValue(cells?.get(c), at, looseMove)));
  }
  // Excel needs at least one data row in a table.
  if (data.length === 0) data.push(headers.map(() => null));

  const tables = wb.worksheets.flatMap((w) => (w.getTables() as unknown as { name: string }[]).map((t) => t.name));
  const tableName = freeTableName(TRACKER_TABLE_NAME, [...tables, ...definedNames]);
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    // A header typed on two lines (Alt+Enter): Excel writes the line break in a column's name as
    // _x000a_; a raw one would not match the header cell, and Excel would repair the file.
    columns: headers.map((name) => ({ name: name.replace(/\r?\n/g, '_x000a_'), filterButton: true })),
    rows: data,
  } as ExcelJS.TableProperties);
  headers.forEach((name, i) => {
    if (/\n/.test(name)) ws.getRow(1).getCell(i + 1).value = name;
  });

  TRACKER_COLUMNS.forEach((name, i) => {
    const f = TRACKER_COLUMN_FORMAT[name];
    const col = ws.getColumn(i + 1);
    col.width = f.width;
    if (f.hidden) col.hidden = true;
  });
  for (let c = OWN_WIDTH; c < width; c++) ws.getColumn(c + 1).width = TRACKER_EXTRA_COLUMN_WIDTH;
  for (const [c, look] of carried.looks) {
    if (look.width !== undefined) ws.getColumn(c + 1).width = look.width;
    if (look.hidden) ws.getColumn(c + 1).hidden = true;
  }

  const header = ws.getRow(1);
  header.height = 32;
  const headerNotes = carriedOn(1);
  headers.forEach((_, i) => {
    const cell = header.getCell(i + 1);
    cell.style = {
      font: font({ bold: true, color: { argb: 'FFFFFFFF' } }),
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: BORDER,
    };
    const note = headerNotes?.get(i)?.note;
    if (note) cell.note = note;
  });

  const statusList = trackerStatusListFormula(TRACKER_STATUSES);
  const count = data.length;
  // One style object per (column, row kind), shared by the cells: exceljs dedups styles by object
  // identity first, so sharing keeps writing a 20,000-row tracker fast.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (c: number, kind: string, link: boolean, numFmt?: string): Partial<ExcelJS.Style> => {
    const key = `${c}|${kind}|${link}|${numFmt ?? ''}`;
    let style = styles.get(key);
    if (style) return style;
    const own = TRACKER_COLUMNS[c];
    const wrap = own ? TRACKER_COLUMN_FORMAT[own].wrap === true : true;
    style = {
      font: font(),
      border: BORDER,
      alignment: { vertical: 'top', wrapText: wrap, horizontal: c < 3 ? 'center' : undefined },
    };
    if (DATE_COLUMNS.has(c)) style.numFmt = 'dd/mm/yyyy';
    if (numFmt) style.numFmt = numFmt;
    if (kind === 'overdue') {
      style.fill = solid(COLORS.overdueFill);
      style.font = font({ color: { argb: COLORS.overdueFont } });
    } else if (kind === 'vanished') {
      style.fill = solid(COLORS.vanishedFill);
      style.font = font({ color: { argb: COLORS.vanishedFont }, italic: true });
    }
    if (link) style.font = LINK_FONT;
    styles.set(key, style);
    return style;
  };
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    const kind = row ? trackerRowStyle(row) : 'normal';
    const excelRow = ws.getRow(i + 2);
    const cells = carriedOn(i + 2);
    const line = lineOn.get(i + 2);
    const statusFill = line === undefined ? undefined : carried.statusFills.get(line);
    for (let c = 0; c < width; c++) {
      const cell = excelRow.getCell(c + 1);
      const link = c === SOURCE_COLUMN && kind !== 'vanished' && typeof cell.value === 'object' && cell.value !== null;
      const kept = cells?.get(c);
      const style = styleOf(c, kind, link, kept?.numFmt);
      // A fill someone gave the status cell goes with its task (a style of its own: the others are shared).
      cell.style = c === STATUS_COLUMN && statusFill ? { ...style, fill: statusFill } : style;
      if (kept?.note) cell.note = kept.note;
    }
  }
  // One range validation (per-cell validations hit an exceljs bug: it writes overlapping ranges).
  const letter = trackerColumnLetter('Trạng thái');
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  validations.add(`${letter}2:${letter}${count + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [statusList],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: STATUS_ALERT.title,
    error: STATUS_ALERT.message,
  });
  return ws;
}

