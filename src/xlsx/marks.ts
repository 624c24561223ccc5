/**
 * Marks in a marked copy: each finding's cell gets a fill by severity and a note. The fill it had
 * before goes to the hidden sheet CTCT_DanhDau, in the record the add-in keeps too, so marking the
 * copy again (or clearing its marks in the add-in) gives the cell its own fill back; whatever people
 * typed in a note, around CTCT's lines or before them, is kept.
 */
import * as ExcelJS from 'exceljs';
import { columnLetter, columnNumber, sameSheetName, type SheetGrid } from '../engine/grid';
import { anchorColumn, anchorRow, anchorText, movedAddress, RowAnchors } from '../engine/row-anchor';
import { worksheetGrid } from './cells';
import {
  composeNote,
  ownNoteKey,
  findingsNote,
  isNoFill,
  MARK_COLORS,
  MARKS_HEADER,
  MARKS_SHEET,
  recordToRow,
  rowToRecord,
  isMarkColor,
  sameColor,
  SEVERITY_RANK,
  userTextOfNote,
  type MarkRecord,
} from '../engine/marks';
import type { Finding, Severity } from '../engine/report';
import { COLORS } from '../engine/track/style';
import { colorToHex, themePalette, type FileColor } from './colors';
import { solid } from './render-summary';

/** exceljs pattern names → Office.js ones (the same 18 patterns of Excel's Format Cells). */
const OFFICE_PATTERN: Record<string, string> = {
  none: 'None',
  solid: 'Solid',
  mediumGray: 'Gray50',
  darkGray: 'Gray75',
  lightGray: 'Gray25',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
  gray125: 'Gray16',
  gray0625: 'Gray8',
};
const FILE_PATTERN = Object.fromEntries(Object.entries(OFFICE_PATTERN).map(([file, office]) => [office, file]));

type PatternFill = { type?: string; pattern?: string; fgColor?: FileColor; bgColor?: FileColor };

const rgb = (color: { argb?: string } | undefined) => (color?.argb ? `#${color.argb.slice(-6).toUpperCase()}` : '');

/**
 * A cell's fill as the add-in records it (theme and indexed colours as the RGB they show, from the
 * workbook's `palette`). A gradient has no Office.js equivalent: ''.
 */
export function officeFill(fill: ExcelJS.Fill | undefined, palette: readonly string[]): Pick<MarkRecord, 'color' | 'pattern' | 'patternColor'> {
  const f = fill as PatternFill | undefined;
  if (!f || (f.type === 'pattern' && (f.pattern ?? 'none') === 'none')) return { color: '#FFFFFF', pattern: 'None', patternColor: '' };
  if (f.type !== 'pattern') return { color: '', pattern: '', patternColor: '' };
  // Solid: the colour is the foreground. Patterns: background inside, foreground for the pattern.
  if (f.pattern === 'solid') return { color: colorToHex(f.fgColor, palette), pattern: 'Solid', patternColor: '' };
  return { color: colorToHex(f.bgColor, palette), pattern: OFFICE_PATTERN[f.pattern ?? ''] ?? '', patternColor: colorToHex(f.fgColor, palette) };
}

/** The fill a record remembers, as exceljs writes it; undefined for no fill. */
function fileFill(r: MarkRecord): ExcelJS.Fill | undefined {
  if (r.fileFill) {
    try {
      return JSON.parse(r.fileFill) as ExcelJS.Fill;
    } catch {
      // A record edited by hand: fall back on the colours.
    }
  }
  if (isNoFill(r)) return undefined;
  const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
  const pattern = FILE_PATTERN[r.pattern];
  if (!pattern || pattern === 'solid' || !r.patternColor) return solid(argb(r.color));
  return { type: 'pattern', pattern, fgColor: { argb: argb(r.patternColor) }, bgColor: { argb: argb(r.color) } } as ExcelJS.Fill;
}

function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  // A new style object: exceljs shares loaded style objects between cells of the same style.
  const { fill: _old, ...rest } = cell.style ?? {};
  cell.style = fill ? { ...rest, fill } : rest;
}

function markColorOf(cell: ExcelJS.Cell): string {
  const f = cell.style?.fill as PatternFill | undefined;
  return f?.type === 'pattern' && f.pattern === 'solid' ? rgb(f.fgColor) : '';
}

function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/**
 * exceljs has no API to remove a note: drop it from the cell and from the loaded value model, which
 * still carries the note it was read with (the cell's model getter copies it back on writing).
 */
function removeNote(cell: ExcelJS.Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((s) => s.name === name) ?? wb.worksheets.find((s) => sameSheetName(s.name, name));
}

/** The remembered fills of the workbook's record. */
function readRecords(wb: ExcelJS.Workbook): MarkRecord[] {
  const ws = findSheet(wb, MARKS_SHEET);
  if (!ws) return [];
  const records: MarkRecord[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const r = rowToRecord(values);
    if (r) records.push(r);
  });
  return records;
}

/** The remembered fills, read and taken out of the workbook (the sheet is written anew). */
function takeRecords(wb: ExcelJS.Workbook): MarkRecord[] {
  const records = readRecords(wb);
  const ws = findSheet(wb, MARKS_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
  return records;
}

/** The workbook theme's colours (exceljs keeps the theme part as it read it, unparsed). */
export function workbookPalette(wb: ExcelJS.Workbook): string[] {
  return themePalette((wb as unknown as { _themes?: Record<string, string> })._themes?.theme1);
}

/**
 * The fills CTCT's marks cover on a sheet, by the marked cell's address now ("J7"; undefined: no
 * fill), as the workbook's record remembers them: for a sheet whose marks do not go with it into
 * another workbook (an earlier copy's "Theo dõi"), so a mark's colour is not taken for a user's.
 */
export function fillsUnderMarks(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): Map<string, ExcelJS.Fill | undefined> {
  const under = new Map<string, ExcelJS.Fill | undefined>();
  const records = readRecords(wb).filter((r) => findSheet(wb, r.sheet) === ws);
  if (!records.length) return under;
  const cells = worksheetGrid(ws).cells;
  for (const r of records) {
    const { address } = whereNow(r, cells);
    if (sameColor(markColorOf(ws.getCell(address)), r.markColor)) under.set(address, fileFill(r));
  }
  return under;
}

/**
 * The address a remembered cell has now, and whether that is sure: where its row anchor's text is,
 * when rows were inserted, deleted or sorted since it was marked (sure when the anchor is where it
 * was, or in one place now); its own address otherwise, not sure.
 */
function whereNow(r: MarkRecord, cells: SheetGrid['cells']): { address: string; sure: boolean } {
  if (!r.anchor) return { address: r.address, sure: false };
  const col = columnNumber(anchorColumn(r.anchor)) - 1;
  const text = (row: SheetGrid['cells'][number]) => {
    const v = row?.[col];
    return typeof v === 'string' ? v : '';
  };
  if (anchorText(text(cells[anchorRow(r.anchor) - 1])) === anchorText(r.anchor.text)) return { address: r.address, sure: true };
  const moved = movedAddress(r.address, r.anchor, Array.from(cells, text));
  return moved ? { address: moved, sure: true } : { address: r.address, sure: false };
}

/**
 * Takes off what earlier runs (of either host) put on the workbook: CTCT's lines in notes, and its
 * fills, which go back to the remembered fill. A fill the user chose since is kept. Each record is
 * found where its cell went: by its row anchor, else by the note CTCT wrote there (notes move with
 * their cells, a renamed sheet's too), else at its address; two never take one cell, a sure place
 * first. Cells marked by versions that kept no record lose CTCT's fill colours only.
 */
function clearMarks(wb: ExcelJS.Workbook, records: MarkRecord[], cellsOf: (ws: ExcelJS.Worksheet) => SheetGrid['cells']): void {
  // The cells carrying CTCT's notes, found once: by CTCT's part of the note, and in sheet order.
  const byNote = new Map<string, ExcelJS.Cell[]>();
  const noted: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const key = ownNoteKey(noteText(cell.note));
        if (key === null) return;
        noted.push(cell);
        const list = byNote.get(key);
        if (list) list.push(cell);
        else byNote.set(key, [cell]);
      });
    });
  }
  const located = records.map((r) => {
    const ws = findSheet(wb, r.sheet);
    const at = ws ? whereNow(r, cellsOf(ws)) : null;
    if (at?.sure) return { r, cell: ws!.getCell(at.address), sure: true };
    const written = r.noteText ? byNote.get(ownNoteKey(r.noteText) ?? '') : undefined;
    // The note CTCT wrote, in one cell only: of the record's sheet, or of any when that name is gone.
    const here = written?.filter((c) => !ws || c.worksheet === ws);
    if (here?.length === 1) return { r, cell: here[0]!, sure: true };
    return { r, cell: ws && at ? ws.getCell(at.address) : null, sure: false };
  });
  const recordOf = new Map<ExcelJS.Cell, MarkRecord>();
  for (const { r, cell } of [...located.filter((l) => l.sure), ...located.filter((l) => !l.sure)]) {
    if (!cell || recordOf.has(cell)) continue;
    recordOf.set(cell, r);
    if (sameColor(markColorOf(cell), r.markColor)) setFill(cell, fileFill(r));
  }
  for (const cell of noted) {
    const kept = userTextOfNote(noteText(cell.note), recordOf.get(cell)?.noteText) ?? '';
    if (kept) cell.note = kept;
    else removeNote(cell);
    if (!recordOf.has(cell) && isMarkColor(markColorOf(cell))) setFill(cell, undefined);
  }
}

interface Target {
  ws: ExcelJS.Worksheet;
  cell: ExcelJS.Cell;
  findings: Finding[];
}

function targetsOf(wb: ExcelJS.Workbook, findings: readonly Finding[]): Target[] {
  const byCell = new Map<ExcelJS.Cell, Target>();
  for (const f of findings) {
    const ws = findSheet(wb, f.sheet);
    if (!ws) continue;
    let cell = ws.getCell(`${f.column}${f.row}`);
    if (cell.isMerged && cell.master && cell.master !== cell) cell = cell.master;
    const t = byCell.get(cell);
    if (t) t.findings.push(f);
    else byCell.set(cell, { ws, cell, findings: [f] });
  }
  return [...byCell.values()];
}

function writeRecords(wb: ExcelJS.Workbook, records: MarkRecord[]): void {
  if (records.length === 0) return;
  const ws = wb.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  // Text cells, as the add-in writes them: "0123" or "TRUE" stay as written.
  for (const values of [MARKS_HEADER, ...records.map(recordToRow)]) {
    const row = ws.addRow(values);
    row.eachCell((c) => (c.numFmt = '@'));
  }
  ws.getRow(1).font = { bold: true };
}

/**
 * Replaces the marks of earlier runs with the findings' marks: fill by worst severity, one note per
 * cell (CTCT's lines first, then what people had written there), and the record of fills. Returns
 * the number of cells marked.
 */
export function remarkWorkbook(wb: ExcelJS.Workbook, findings: readonly Finding[], asOf: string): number {
  // Each sheet's values, read when first needed (anchors): they do not change while marking.
  const grids = new Map<ExcelJS.Worksheet, SheetGrid['cells']>();
  const cellsOf = (ws: ExcelJS.Worksheet) => grids.get(ws) ?? grids.set(ws, worksheetGrid(ws).cells).get(ws)!;
  const anchors = new Map<ExcelJS.Worksheet, RowAnchors>();
  const anchorsOf = (ws: ExcelJS.Worksheet) => anchors.get(ws) ?? anchors.set(ws, new RowAnchors(cellsOf(ws))).get(ws)!;
  const previous = takeRecords(wb);
  clearMarks(wb, previous, cellsOf);
  const records: MarkRecord[] = [];
  const targets = targetsOf(wb, findings);
  const palette = workbookPalette(wb);
  for (const { ws, cell, findings: list } of targets) {
    const worst = list.reduce((a, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[a] ? f.severity : a), 'info' as Severity);
    const before = cell.style?.fill;
    const ours = findingsNote(list, asOf);
    const anchor = anchorsOf(ws).of(Number(cell.row), columnLetter(Number(cell.col)), undefined, true);
    records.push({
      sheet: ws.name,
      address: cell.address,
      ...officeFill(before, palette),
      markColor: MARK_COLORS[worst],
      note: true,
      noteText: ours,
      fileFill: before ? JSON.stringify(before) : '',
      ...(anchor ? { anchor } : {}),
    });
    setFill(cell, solid(COLORS[worst]));
    // Notes were cleared of CTCT's lines above: what is left was written by people.
    cell.note = composeNote(ours, noteText(cell.note));
  }
  writeRecords(wb, records);
  return targets.length;
}
