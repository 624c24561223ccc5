/**
 * Edits a staff member could make to a work-programme workbook without changing what it says
 * (DOMAIN.md, "How staff keep these sheets"). Each gives the edited model, where every cell of the
 * original went (`map`), and the finding codes the edit may add (double spaces are reported, rightly).
 */
import type ExcelJS from 'exceljs';
import type { FileReport, MergeArea, Table } from '../../src/engine';
import { columnLetter, columnNumber } from '../../src/engine';
import { convertLegacy } from '../../src/engine/text';
import { encodeTcvn3 } from '../unit/text/encoders';
import { CellModel, cellsOf, cloneModel, getCell, lastColumn, setCell, SheetModel, WorkbookModel } from './model';

export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export interface Transformed {
  model: WorkbookModel;
  map(p: Place): Place;
  /** Finding codes the edited workbook may report in addition (or in place of) the original's. */
  adds?: string[];
}

export interface Transformation {
  name: string;
  apply(m: WorkbookModel, base: FileReport): Transformed;
}

const same = (p: Place): Place => p;

// ───────────────────────────────────────── moving cells ─────────────────────────────────────────

/** Moves every cell and merge of a sheet by `f` (a merge keeps its corners' images). */
function moveSheet(s: SheetModel, f: (r: number, c: number) => [number, number]): void {
  const cells = new Map<number, Map<number, CellModel>>();
  for (const [r, row] of s.cells)
    for (const [c, cell] of row) {
      const [r2, c2] = f(r, c);
      if (!cells.has(r2)) cells.set(r2, new Map());
      cells.get(r2)!.set(c2, cell);
    }
  s.cells = cells;
  s.merges = s.merges.map((a) => {
    const corners = [f(a.top, a.left), f(a.bottom, a.right), f(a.top, a.right), f(a.bottom, a.left)];
    return {
      top: Math.min(...corners.map((x) => x[0])),
      bottom: Math.max(...corners.map((x) => x[0])),
      left: Math.min(...corners.map((x) => x[1])),
      right: Math.max(...corners.map((x) => x[1])),
    };
  });
  settleMerges(s);
}

/** A merged area shows its top-left cell only: a value moved inside it goes there. */
function settleMerges(s: SheetModel): void {
  for (const a of s.merges) {
    if (getCell(s, a.top, a.left)) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const cell = getCell(s, r, c);
        if (!cell) continue;
        setCell(s, r, c, undefined);
        setCell(s, a.top, a.left, cell);
        return settleMerges(s);
      }
  }
}

/** A transformation moving cells sheet by sheet with one function of (sheet, row, col). */
function moving(name: string, f: (s: SheetModel, base: FileReport) => ((r: number, c: number) => [number, number]) | null): Transformation {
  return {
    name,
    apply(m0, base) {
      const m = cloneModel(m0);
      const fs = new Map<string, (r: number, c: number) => [number, number]>();
      for (const s of m.sheets) {
        const g = f(s, base);
        if (!g) continue;
        fs.set(s.name, g);
        moveSheet(s, g);
      }
      return {
        model: m,
        map: (p) => {
          const g = fs.get(p.sheet);
          if (!g) return p;
          const [row, col] = g(p.row, p.col);
          return { sheet: p.sheet, row, col };
        },
      };
    },
  };
}

// ───────────────────────────────────────── text of every cell ─────────────────────────────────────────

/** Applies `f` to every text a cell shows (plain, rich-text runs, a formula's text result). */
function mapTexts(m0: WorkbookModel, f: (s: string, r: number, c: number) => string): WorkbookModel {
  const m = cloneModel(m0);
  for (const s of m.sheets)
    for (const [r, row] of s.cells)
      for (const [c, cell] of row) {
        const v = cell.value as unknown;
        if (typeof v === 'string') cell.value = f(v, r, c);
        else if (v && typeof v === 'object' && Array.isArray((v as ExcelJS.CellRichTextValue).richText))
          cell.value = { richText: (v as ExcelJS.CellRichTextValue).richText.map((run) => ({ ...run, text: f(run.text, r, c) })) };
      }
  return m;
}

function textual(name: string, f: (s: string, r: number, c: number) => string, adds?: string[]): Transformation {
  return { name, apply: (m) => ({ model: mapTexts(m, f), map: same, adds }) };
}

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const NEW_STYLE_TONE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** The text in the form it came in: NFD stays NFD (a Mac's cell keeps its form when its tones move). */
const sameForm = (before: string, after: string): string => (before !== before.normalize('NFC') ? after.normalize('NFD') : after.normalize('NFC'));

/** "Hoà", "khoẻ", "thuỷ" → "Hòa", "khỏe", "thủy" (old-style placement). */
export function toOldTone(s: string): string {
  return sameForm(s, s.normalize('NFD').replace(NEW_STYLE_TONE, (_m, o?: string, ae?: string, t1?: string, u?: string, y?: string, t2?: string) => (o ? `${o}${t1}${ae}` : `${u}${t2}${y}`)));
}

/** "Hòa" → "Hoà": the inverse of toOldTone. */
export function toNewTone(s: string): string {
  const old = new RegExp(`([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])|([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`, 'gu');
  return sameForm(s, s.normalize('NFD').replace(old, (_m, o?: string, t1?: string, ae?: string, u?: string, t2?: string, y?: string) => (o ? `${o}${ae}${t1}` : `${u}${y}${t2}`)));
}

/** Every other cell: first space a no-break space; the others: a double space after the first word. */
function oddSpaces(s: string, r: number, c: number): string {
  if (!s.includes(' ')) return s;
  return (r + c) % 2 ? s.replace(' ', '\u00a0') : s.replace(' ', '  ');
}

// ───────────────────────────────────────── tables ─────────────────────────────────────────

function taskTables(base: FileReport, sheet?: string): Table[] {
  return base.tables.filter((t) => t.kind !== 'kpi' && (!sheet || t.sheet === sheet));
}

function sheetOf(m: WorkbookModel, name: string): SheetModel {
  return m.sheets.find((s) => s.name === name)!;
}

/** The task's number cell, where its table has a number column. */
function sttCells(base: FileReport): { sheet: string; row: number; col: number }[] {
  return base.tasks.flatMap((t) => {
    const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
    const letter = table?.columns.stt;
    return letter && t.column === letter ? [{ sheet: t.sheet, row: t.row, col: columnNumber(letter) }] : [];
  });
}

/** TT typed as text in the ways staff type it: "1", "01", "1.". */
function sttAsText(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  sttCells(base).forEach((p, i) => {
    const cell = getCell(sheetOf(m, p.sheet), p.row, p.col);
    const n = typeof cell?.value === 'number' ? cell.value : Number(String(cell?.value ?? '').replace(/\.$/, ''));
    if (!cell || !Number.isInteger(n)) return;
    cell.value = [String(n), n < 10 ? `0${n}` : String(n), `${n}.`, n][i % 4];
  });
  return { model: m, map: same };
}

/** TT as formulas "=A10+1" under a typed first number, with the results Excel saves. */
function sttFormulas(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  const cells = sttCells(base);
  const value = (p: Place) => {
    const v = getCell(sheetOf(m, p.sheet), p.row, p.col)?.value;
    return typeof v === 'number' ? v : /^\d+\.?$/.test(String(v ?? '')) ? parseInt(String(v), 10) : NaN;
  };
  for (let i = cells.length - 1; i > 0; i--) {
    const [prev, p] = [cells[i - 1], cells[i]];
    if (prev.sheet !== p.sheet || value(p) !== value(prev) + 1) continue;
    const letter = columnLetter(prev.col);
    setCell(sheetOf(m, p.sheet), p.row, p.col, { value: { formula: `${letter}${prev.row}+1`, result: value(p) } as ExcelJS.CellFormulaValue });
  }
  return { model: m, map: same };
}

/** Rich text: the first word of every text cell of two words or more in bold. */
function richText(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  for (const cell of cellsOf(m)) {
    const v = cell.value;
    if (typeof v !== 'string') continue;
    const i = v.indexOf(' ');
    if (i <= 0) continue;
    cell.value = { richText: [{ text: v.slice(0, i), font: { bold: true } }, { text: v.slice(i) }] };
  }
  return { model: m, map: same };
}

/** Inserts a column before `at` in every sheet; header rows of task tables get `label`, task rows `value`. */
function insertColumn(at: number, label: string | null, value: ExcelJS.CellValue): Transformation {
  return {
    name: `insert column ${columnLetter(at)}${label ? ` "${label}"` : ''}`,
    apply(m0, base) {
      const t = moving('', () => (r, c) => [r, c >= at ? c + 1 : c]).apply(m0, base);
      if (label === null) return t;
      for (const table of taskTables(base)) {
        const s = sheetOf(t.model, table.sheet);
        // typed in the header's first row, merged down over its other rows as the headers beside it are
        const [top, bottom] = [table.headerRows[0], table.headerRows[table.headerRows.length - 1]];
        setCell(s, top, at, { value: label });
        if (bottom > top) s.merges.push({ top, left: at, bottom, right: at });
      }
      if (value !== null)
        for (const task of base.tasks) setCell(sheetOf(t.model, task.sheet), task.row, at, { value });
      return t;
    },
  };
}

/** A run of task rows keeps its lead unit (or leader) in the top cell of a vertical merge. */
function mergeDown(field: 'lead' | 'leader'): Transformation {
  return {
    name: `same ${field} merged down`,
    apply(m0, base) {
      const m = cloneModel(m0);
      const tops = new Map<string, number>(); // "sheet|row|col" of a cleared cell → its top row
      const tasks = base.tasks.filter((t) => t.row === t.endRow);
      let i = 0;
      while (i < tasks.length) {
        const t = tasks[i];
        const table = taskTables(base, t.sheet).find((x) => x.firstRow <= t.row && t.row <= x.lastRow);
        const letter = table?.columns[field];
        if (!letter) {
          i++;
          continue;
        }
        const col = columnNumber(letter);
        const s = sheetOf(m, t.sheet);
        const top = getCell(s, t.row, col);
        let j = i + 1;
        while (j < tasks.length && tasks[j].sheet === t.sheet && tasks[j].row === tasks[j - 1].row + 1 && top && sameValue(getCell(s, tasks[j].row, col), top)) j++;
        if (j - i >= 2 && !s.merges.some((a) => a.left <= col && col <= a.right && a.top <= tasks[j - 1].row && t.row <= a.bottom)) {
          for (let k = i + 1; k < j; k++) {
            setCell(s, tasks[k].row, col, undefined);
            tops.set(`${t.sheet}|${tasks[k].row}|${col}`, t.row);
          }
          s.merges.push({ top: t.row, left: col, bottom: tasks[j - 1].row, right: col });
        }
        i = j;
      }
      return { model: m, map: (p) => ({ ...p, row: tops.get(`${p.sheet}|${p.row}|${p.col}`) ?? p.row }) };
    },
  };
}

function sameValue(a: CellModel | undefined, b: CellModel): boolean {
  return !!a && typeof a.value === 'string' && a.value === b.value && a.value.trim() !== '';
}

/** Inserts rows: `extra(sheet)` lists, bottom-up irrelevant, the rows after which new rows come and what they hold. */
interface Insertion {
  after: number;
  /** `rest`: the rest of the task above, cut at a page break. */
  rows: (s: SheetModel) => { cells: Map<number, CellModel>; merges?: MergeArea[]; rest?: boolean }[];
}

function insertRows(m: WorkbookModel, sheet: string, insertions: Insertion[]): (r: number) => number {
  const s = sheetOf(m, sheet);
  const sorted = [...insertions].sort((a, b) => a.after - b.after);
  const shift = (r: number) => {
    let d = 0;
    for (const ins of sorted) if (r > ins.after) d += ins.rows(s).length;
    return r + d;
  };
  const made = sorted.map((ins) => ({ at: shift(ins.after) + 1, rows: ins.rows(s) }));
  moveSheet(s, (r, c) => [shift(r), c]);
  for (const { at, rows } of made)
    rows.forEach((row, k) => {
      for (const [c, cell] of row.cells) setCell(s, at + k, c, cell);
      for (const a of row.merges ?? []) s.merges.push({ ...a, top: a.top + at + k, bottom: a.bottom + at + k });
    });
  return shift;
}

function copyRow(s: SheetModel, r: number): Map<number, CellModel> {
  return new Map([...(s.cells.get(r) ?? new Map<number, CellModel>())].map(([c, cell]) => [c, { ...cell }]));
}

/** The header's lead and coordinating columns under a merged "Đơn vị": "Chủ trì | Phối hợp" on a second row. */
function twoRowHeader(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  const shifts = new Map<string, (r: number) => number>();
  const bySheet = new Map<string, Table[]>();
  for (const t of taskTables(base)) {
    const [lead, coord] = [t.columns.lead, t.columns.coord].map((x) => (x ? columnNumber(x) : 0));
    if (t.kind === 'tasks' && t.headerRows.length === 1 && lead && coord === lead + 1) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  }
  for (const [sheet, tables] of bySheet) {
    const s = sheetOf(m, sheet);
    const insertions: Insertion[] = tables.map((t) => {
      const h = t.headerRows[0];
      const lead = columnNumber(t.columns.lead!);
      return {
        after: h,
        rows: () => [{ cells: new Map([[lead, { value: 'Chủ trì' }], [lead + 1, { value: 'Phối hợp' }]]) }],
      };
    });
    const shift = insertRows(m, sheet, insertions);
    for (const t of tables) {
      const h = shift(t.headerRows[0]);
      const lead = columnNumber(t.columns.lead!);
      setCell(s, h, lead, { value: 'Đơn vị' });
      setCell(s, h, lead + 1, undefined);
      s.merges.push({ top: h, left: lead, bottom: h, right: lead + 1 });
      for (const c of s.cells.get(h)?.keys() ?? []) if (c !== lead && c !== lead + 1) s.merges.push({ top: h, left: c, bottom: h + 1, right: c });
    }
    shifts.set(sheet, shift);
  }
  return { model: m, map: (p) => ({ ...p, row: shifts.get(p.sheet)?.(p.row) ?? p.row }) };
}

/** Every `every` tasks a page break: the header row repeated; with `split`, the task before it cut in two around it. */
function pageBreaks(every: number, split: boolean, repeatHeader = true): Transformation {
  return {
    name: repeatHeader ? `page break every ${every} tasks, header repeated${split ? ', task split across it' : ''}` : `page break every ${every} tasks, no header repeated, task split across it`,
    apply(m0, base) {
      const m = cloneModel(m0);
      const shifts = new Map<string, (r: number) => number>();
      const bySheet = new Map<string, Insertion[]>();
      base.tasks.forEach((t, i) => {
        if (i % every !== every - 1 || t.row !== t.endRow) return;
        const table = base.tables.find((x) => x.kind === 'tasks' && x.sheet === t.sheet && x.firstRow <= t.row && t.row <= x.lastRow);
        if (!table || table.headerRows.length !== 1 || !table.columns.task) return;
        const h = table.headerRows[0];
        const taskCol = columnNumber(table.columns.task);
        const list = bySheet.get(t.sheet) ?? [];
        list.push({
          after: t.row,
          rows: (s) => {
            const header = repeatHeader ? [{ cells: copyRow(s, h) }] : [];
            const text = getCell(s, t.row, taskCol)?.value;
            const words = typeof text === 'string' ? text.split(' ') : [];
            if (!split || words.length < 6) return header;
            const cut = Math.ceil(words.length / 2);
            // the first part stays on the task's row (set below, once rows have moved)
            return [...header, { cells: new Map([[taskCol, { value: words.slice(cut).join(' ') }]]), rest: true }];
          },
        });
        bySheet.set(t.sheet, list);
      });
      for (const [sheet, insertions] of bySheet) {
        const s = sheetOf(m, sheet);
        const before = new Map(insertions.map((ins) => [ins.after, ins.rows(s)]));
        const shift = insertRows(m, sheet, insertions.map((ins) => ({ after: ins.after, rows: () => before.get(ins.after)! })));
        if (split)
          for (const [after, rows] of before) {
            const last = rows[rows.length - 1];
            if (!last?.rest) continue;
            const [c, rest] = [...last.cells][0];
            const cell = getCell(s, shift(after), c)!;
            const text = cell.value as string;
            cell.value = text.slice(0, text.length - (rest.value as string).length - 1);
          }
        shifts.set(sheet, shift);
      }
      // the rest cut off is a cell of its own: an odd space or a decomposed letter in it is reported there too
      return { model: m, map: (p) => ({ ...p, row: shifts.get(p.sheet)?.(p.row) ?? p.row }), adds: split ? ['irregular-whitespace', 'decomposed-unicode'] : [] };
    },
  };
}

/** Sheets that are not the programme: an empty first sheet, a hidden staff list, an empty "Chart1". */
function extraSheets(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  const sheet = (name: string, state: SheetModel['state'], rows: string[][]): SheetModel => ({
    name,
    state,
    merges: [],
    cells: new Map(rows.map((row, r) => [r + 1, new Map(row.map((v, c) => [c + 1, { value: v }]))])),
  });
  m.sheets.unshift(sheet('Sheet1 (2)', 'visible', []));
  m.sheets.push(
    sheet('DS cán bộ', 'hidden', [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'],
      ['1', 'Nguyễn Văn An', 'Chuyên viên', ''],
      ['2', 'Trần Thị Bình', 'Phó Trưởng phòng', 'Nghỉ phép tháng 7'],
    ]),
    sheet('Chart1', 'visible', []),
  );
  return { model: m, map: same };
}

/** Sheets renamed "Trang 1", "Trang 2"…: the names staff gave them carry no reading. */
function renameSheets(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  const names = new Map<string, string>();
  m.sheets.forEach((s, i) => {
    names.set(s.name, `Trang ${i + 1}`);
    s.name = `Trang ${i + 1}`;
  });
  return { model: m, map: (p) => ({ ...p, sheet: names.get(p.sheet) ?? p.sheet }) };
}

/** A date typed "31/7/2025". */
const DMY_SLASHES = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Dates: an Excel date cell becomes "31/7/2025" text and the text the Excel date (as typed in either way). */
function datesSwapped(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  for (const cell of cellsOf(m)) {
    const v = cell.value;
    if (v instanceof Date) {
      cell.value = `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}`;
      delete cell.numFmt;
    } else if (typeof v === 'string' && DMY_SLASHES.test(v.trim())) {
      const [, d, mo, y] = DMY_SLASHES.exec(v.trim())!.map(Number);
      if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) continue; // "31/4/2025" stays: no such day
      cell.value = new Date(Date.UTC(y, mo - 1, d));
      cell.numFmt = 'dd/mm/yyyy';
    }
  }
  return { model: m, map: same };
}

/** Applies `f` to the text cells of every task table's header rows. */
function headerTexts(name: string, f: (s: string) => string): Transformation {
  return {
    name,
    apply(m0, base) {
      const m = cloneModel(m0);
      for (const t of taskTables(base))
        for (const h of t.headerRows)
          for (const cell of sheetOf(m, t.sheet).cells.get(h)?.values() ?? []) if (typeof cell.value === 'string') cell.value = f(cell.value);
      return { model: m, map: same };
    },
  };
}

/** Other wordings of the same headers, as DOMAIN.md lists them. */
const SYNONYMS: Record<string, string> = {
  TT: 'STT',
  STT: 'TT',
  'Nội dung': 'Nội dung nhiệm vụ',
  'Nhiệm vụ': 'Nội dung',
  'Phòng/Đơn vị chủ trì': 'Đơn vị chủ trì',
  'Đơn vị chủ trì': 'Phòng chủ trì',
  'Phòng/Đơn vị phối hợp': 'Đơn vị phối hợp',
  'Đơn vị phối hợp': 'Phòng/Đơn vị phối hợp',
  'Lãnh đạo Sở chỉ đạo': 'Lãnh đạo chỉ đạo',
  'Sản phẩm': 'Sản phẩm đầu ra',
};

/** Header words broken over two lines (Alt+Enter) in the middle: "Đơn vị\nchủ trì". */
function brokenLine(s: string): string {
  const words = s.split(' ');
  if (words.length < 2) return s;
  const cut = Math.ceil(words.length / 2);
  return `${words.slice(0, cut).join(' ')}\n${words.slice(cut).join(' ')}`;
}

/** Quarter and month headings in capitals ("QUÝ III (96 NHIỆM VỤ)", "THÁNG 7"), as in many titles. */
const HEADING = /^\s*(quý|tháng)\s/i;

/** A cell a user cleared with the space bar: " " in the empty cells of task rows inside the table. */
function spaceInEmptyCells(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  for (const t of base.tasks) {
    const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
    if (!table) continue;
    const s = sheetOf(m, t.sheet);
    for (const letter of Object.values(table.columns)) {
      const c = columnNumber(letter);
      const cell = getCell(s, t.row, c);
      if (!s.merges.some((a) => a.top <= t.row && t.row <= a.bottom && a.left <= c && c <= a.right) && (!cell || cell.value === '' || cell.value === null)) setCell(s, t.row, c, { value: ' ' });
    }
  }
  return { model: m, map: same };
}

/** Units listed with ";" on lines of their own in the cell instead (Alt+Enter); a comma may join words of one body. */
function unitsOnLines(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  for (const t of base.tasks) {
    const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
    for (const field of ['lead', 'coord'] as const) {
      const letter = table?.columns[field];
      const cell = letter ? getCell(sheetOf(m, t.sheet), t.row, columnNumber(letter)) : undefined;
      if (cell && typeof cell.value === 'string') cell.value = cell.value.replace(/\s*;\s*/g, '\n');
    }
  }
  return { model: m, map: same };
}

/** Blank rows after every `every` tasks (a row left empty between tasks, as staff leave them). */
function blankRows(every: number): Transformation {
  return {
    name: `a blank row after every ${every} tasks`,
    apply(m0, base) {
      const m = cloneModel(m0);
      const bySheet = new Map<string, Insertion[]>();
      base.tasks.forEach((t, i) => {
        if (i % every !== every - 1) return;
        bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), { after: t.endRow, rows: () => [{ cells: new Map() }] }]);
      });
      const shifts = new Map<string, (r: number) => number>();
      for (const [sheet, insertions] of bySheet) shifts.set(sheet, insertRows(m, sheet, insertions));
      return { model: m, map: (p) => ({ ...p, row: shifts.get(p.sheet)?.(p.row) ?? p.row }) };
    },
  };
}

/** The sheets in reverse order. */
function sheetsReversed(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  m.sheets.reverse();
  return { model: m, map: same };
}

/** "PGĐ" written out: "Phó Giám đốc Sở Phan Văn Hiếu". */
// Not \b: it stands between ASCII word characters only, and "Đ" is none.
const LONG_TITLES = (s: string) => s.replace(/(?<![\p{L}\p{N}])PGĐ(?![\p{L}\p{N}])/gu, 'Phó Giám đốc');

/** Month headings in the other forms staff type: "Tháng 07", "THÁNG 7", "Tháng 7/2025" (the programme's year). */
function monthForms(m0: WorkbookModel, base: FileReport): Transformed {
  let i = 0;
  const model = mapTexts(m0, (s) => {
    const m = /^Tháng (\d{1,2})$/.exec(s.trim());
    if (!m) return s;
    const forms = [`Tháng 0${m[1]}`.replace(/^Tháng 0(\d\d)$/, 'Tháng $1'), `THÁNG ${m[1]}`, base.year ? `Tháng ${m[1]}/${base.year}` : s, base.year ? `Tháng ${m[1]} năm ${base.year}` : s];
    return forms[i++ % forms.length];
  });
  return { model, map: same };
}

/** Merges across a row undone: a merged title or section row shows the same text, spilling over the empty cells. */
function mergesUndone(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  // Only merges across one row: a unit merged down names every row it covers, unmerged only the top one.
  for (const s of m.sheets) s.merges = s.merges.filter((a) => a.top !== a.bottom);
  return { model: m, map: same };
}

/** The empty rows of the title block removed: the table starts higher up. */
function titleRowsTightened(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  const shifts = new Map<string, (r: number) => number>();
  for (const s of m.sheets) {
    const first = Math.min(...base.tables.filter((t) => t.sheet === s.name).map((t) => t.headerRows[0]));
    if (!Number.isFinite(first)) continue;
    const empty: number[] = [];
    for (let r = 1; r < first; r++) if (!(s.cells.get(r)?.size) && !s.merges.some((a) => a.top <= r && r <= a.bottom)) empty.push(r);
    if (!empty.length) continue;
    const shift = (r: number) => r - empty.filter((e) => e < r).length;
    moveSheet(s, (r, c) => [shift(r), c]);
    shifts.set(s.name, shift);
  }
  return { model: m, map: (p) => ({ ...p, row: shifts.get(p.sheet)?.(p.row) ?? p.row }) };
}

/** Statuses typed in other cases ("hoàn thành", "ĐANG THỰC HIỆN"). */
function statusCase(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  base.tasks.forEach((t, i) => {
    const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
    const letter = table?.columns.status;
    const cell = letter ? getCell(sheetOf(m, t.sheet), t.row, columnNumber(letter)) : undefined;
    if (cell && typeof cell.value === 'string') cell.value = i % 2 ? cell.value.toLowerCase() : cell.value.toUpperCase();
  });
  return { model: m, map: same };
}

/** A leader's title and name on two lines of the cell: "PGĐ Sở⏎Phan Văn Hiếu". */
const LEADER_LINES = (s: string) => s.replace(/^(PGĐ Sở|PGĐ|Phó Giám đốc Sở) (?=\p{Lu})/u, '$1\n');

/** Roman numerals of section rows with a dot: "I." */
function romanDot(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  for (const t of base.tables) {
    const letter = t.columns.stt;
    if (!letter) continue;
    const s = sheetOf(m, t.sheet);
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const cell = getCell(s, r, columnNumber(letter));
      if (cell && typeof cell.value === 'string' && /^[IVX]+$/.test(cell.value.trim())) cell.value = `${cell.value.trim()}.`;
    }
  }
  return { model: m, map: same };
}

/** Quarter headings in other forms: "Quý 3", "Quý III/2025", "Quý III: Gồm 96 nhiệm vụ". */
function quarterForms(m0: WorkbookModel, base: FileReport): Transformed {
  let i = 0;
  const arabic: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
  const model = mapTexts(m0, (s) => {
    const m = /^Quý (IV|III|II|I) \((\d+) nhiệm vụ\)$/.exec(s.trim());
    if (!m) return s;
    const forms = [`Quý ${arabic[m[1]]} (${m[2]} nhiệm vụ)`, base.year ? `Quý ${m[1]}/${base.year} (${m[2]} nhiệm vụ)` : s, `Quý ${m[1]}: Gồm ${m[2]} nhiệm vụ`];
    return forms[i++ % forms.length];
  });
  return { model, map: same };
}

/** Declared counts with or without a leading zero: "Gồm 06 nội dung" ↔ "Gồm 6 nội dung". */
const COUNT_ZERO = (s: string): string => {
  // One way or the other: both in turn would put back the zero just taken away.
  const dropped = s.replace(/((?:Gồm|gồm) ?|\()0(\d) (nhiệm vụ|nội dung|chỉ tiêu)/g, '$1$2 $3');
  return dropped !== s ? dropped : s.replace(/(Gồm|gồm) ([1-9]) (nhiệm vụ|nội dung|chỉ tiêu)/g, '$1 0$2 $3');
};

/** In the columns of one field of every task: `f` on the cell's text. */
function inField(name: string, field: 'lead' | 'leader', f: (s: string) => string): Transformation {
  return {
    name,
    apply(m0, base) {
      const m = cloneModel(m0);
      // a task cut over rows (a PDF's page break) may hold part of a name only: left as it is
      for (const t of base.tasks.filter((x) => x.row === x.endRow)) {
        const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
        const letter = table?.columns[field];
        const cell = letter ? getCell(sheetOf(m, t.sheet), t.row, columnNumber(letter)) : undefined;
        if (cell && typeof cell.value === 'string') cell.value = f(cell.value);
      }
      return { model: m, map: same };
    },
  };
}

/** Every text typed in TCVN3 with the .VnTime font, as in sheets kept since before Unicode. */
function tcvn3(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  for (const cell of cellsOf(m))
    if (typeof cell.value === 'string' && /[^\x00-\x7f]/.test(cell.value)) {
      // TCVN3 has no curly quotes nor "…", and .VnTime no accented capitals (.VnTimeH has them):
      // a cell it cannot hold stays in Unicode (a sheet of mixed cells).
      const encoded = encodeTcvn3(cell.value.normalize('NFC'));
      // Its capitals in control codes ("QU\u0016") are lost on the way through exceljs: such a cell too.
      if (convertLegacy(encoded, 'tcvn3') !== cell.value.normalize('NFC') || /[\x00-\x1f]/.test(encoded)) continue;
      cell.value = encoded;
      cell.font = '.VnTime';
    }
  // (a cell decomposed or oddly spaced before is reported once, as legacy text: its fix is the whole cell)
  return { model: m, map: same, adds: ['legacy-encoding', 'decomposed-unicode', 'irregular-whitespace'] };
}

/** The lead unit repeated from the row above by a formula ("=C10"), with the result Excel saves or none (a tool's file). */
function leadByFormula(cached: boolean): Transformation {
  return {
    name: `same lead unit as the row above by formula (=C10)${cached ? '' : ', no saved result'}`,
    apply(m0, base) {
      const m = cloneModel(m0);
      const tasks = base.tasks.filter((t) => t.row === t.endRow);
      for (let i = tasks.length - 1; i > 0; i--) {
        const [prev, t] = [tasks[i - 1], tasks[i]];
        const table = base.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks' && x.firstRow <= t.row && t.row <= x.lastRow);
        const letter = table?.columns.lead;
        if (!letter || prev.sheet !== t.sheet || prev.row !== t.row - 1) continue;
        const s = sheetOf(m, t.sheet);
        const [above, cell] = [getCell(s, prev.row, columnNumber(letter)), getCell(s, t.row, columnNumber(letter))];
        if (!above || !cell || typeof cell.value !== 'string' || above.value !== cell.value) continue;
        cell.value = { formula: `${letter}${prev.row}`, ...(cached ? { result: cell.value } : {}) } as ExcelJS.CellFormulaValue;
      }
      return { model: m, map: same };
    },
  };
}

/** The Roman numeral of quarter rows left out: "| Quý III (96 nhiệm vụ)". */
function quarterNumeralsCleared(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  for (const sec of base.summary.sections) {
    if (!/^Quý/i.test(sec.label)) continue;
    const table = base.tables.find((x) => x.sheet === sec.sheet && x.kind === 'tasks' && x.firstRow <= sec.row && sec.row <= x.lastRow);
    const letter = table?.columns.stt;
    const cell = letter ? getCell(sheetOf(m, sec.sheet), sec.row, columnNumber(letter)) : undefined;
    if (cell && typeof cell.value === 'string' && /^[IVX]+\.?$/.test(cell.value.trim())) setCell(sheetOf(m, sec.sheet), sec.row, columnNumber(letter!), undefined);
  }
  return { model: m, map: same };
}

/** Hidden characters and spaces pasted from the web: a zero-width space, a space or a line break at a cell's end. */
function pastedEdges(s: string, r: number, c: number): string {
  if (s.trim() === '') return s;
  return [`${s} `, `${s}\n`, s.replace(' ', ' \u200b'), ` ${s}`][(r + c) % 4];
}

/** Each quarter on a sheet of its own: the title block and header copied over the later quarters. */
function quarterSheets(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  const moves = new Map<string, { at: number; name: string; offset: number }[]>();
  for (const s of [...m.sheets]) {
    const tables = base.tables.filter((t) => t.sheet === s.name && t.kind === 'tasks');
    if (tables.length !== 1 || tables[0].headerRows.length !== 1) continue;
    const h = tables[0].headerRows[0];
    const quarters = base.summary.sections.filter((x) => x.sheet === s.name && /^Quý/i.test(x.label) && x.row > h).map((x) => x.row);
    if (quarters.length < 2) continue;
    const cuts = quarters.slice(1);
    const list = cuts.map((at, i) => ({ at, name: `${s.name} (${i + 2})`.slice(0, 31), offset: at - h - 1 }));
    moves.set(s.name, list);
    const made = list.map((x, i) => {
      const end = cuts[i + 1] ?? Infinity;
      const cells = new Map<number, Map<number, CellModel>>();
      for (let r = 1; r <= h; r++) if (s.cells.has(r)) cells.set(r, copyRow(s, r));
      for (const [r, row] of s.cells) if (r >= x.at && r < end) cells.set(r - x.offset, row);
      const merges = [
        ...s.merges.filter((a) => a.bottom <= h).map((a) => ({ ...a })),
        ...s.merges.filter((a) => a.top >= x.at && a.top < end).map((a) => ({ ...a, top: a.top - x.offset, bottom: a.bottom - x.offset })),
      ];
      return { name: x.name, state: s.state, cells, merges } as SheetModel;
    });
    for (const r of [...s.cells.keys()]) if (r >= cuts[0]) s.cells.delete(r);
    s.merges = s.merges.filter((a) => a.top < cuts[0]);
    m.sheets.splice(m.sheets.indexOf(s) + 1, 0, ...made);
  }
  return {
    model: m,
    map: (p) => {
      const list = moves.get(p.sheet);
      const x = list ? [...list].reverse().find((y) => p.row >= y.at) : undefined;
      return x ? { sheet: x.name, row: p.row - x.offset, col: p.col } : p;
    },
  };
}

/**
 * Every `every` tasks, one written over two rows as a PDF paste leaves it: the rest of its text on
 * the row below, its other cells (number, units, leader, product…) merged down over both rows.
 */
function splitMergedTask(every: number): Transformation {
  return {
    name: `a task over two rows every ${every} tasks, its other cells merged down`,
    apply(m0, base) {
      const m = cloneModel(m0);
      const bySheet = new Map<string, { task: FileReport['tasks'][number]; table: Table }[]>();
      base.tasks.forEach((t, i) => {
        const table = base.tables.find((x) => x.kind === 'tasks' && x.sheet === t.sheet && x.firstRow <= t.row && t.row <= x.lastRow);
        if (i % every !== every - 1 || t.row !== t.endRow || !table?.columns.task) return;
        bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), { task: t, table }]);
      });
      const shifts = new Map<string, (r: number) => number>();
      for (const [sheet, list] of bySheet) {
        const s = sheetOf(m, sheet);
        const rests = new Map<number, string>();
        for (const { task, table } of list) {
          const text = getCell(s, task.row, columnNumber(table.columns.task!))?.value;
          const words = typeof text === 'string' ? text.split(' ') : [];
          if (words.length >= 6 && !s.merges.some((a) => a.top <= task.row && task.row <= a.bottom && a.top !== a.bottom)) rests.set(task.row, words.slice(Math.ceil(words.length / 2)).join(' '));
        }
        const shift = insertRows(m, sheet, [...rests.keys()].map((after) => ({ after, rows: () => [{ cells: new Map() }] })));
        for (const { task, table } of list) {
          const rest = rests.get(task.row);
          if (rest === undefined) continue;
          const r = shift(task.row);
          const taskCol = columnNumber(table.columns.task!);
          const cell = getCell(s, r, taskCol)!;
          cell.value = (cell.value as string).slice(0, (cell.value as string).length - rest.length - 1);
          setCell(s, r + 1, taskCol, { value: rest });
          for (const letter of Object.values(table.columns)) {
            const c = columnNumber(letter);
            if (c !== taskCol) s.merges.push({ top: r, left: c, bottom: r + 1, right: c });
          }
        }
        shifts.set(sheet, shift);
      }
      return { model: m, map: (p) => ({ ...p, row: shifts.get(p.sheet)?.(p.row) ?? p.row }), adds: ['irregular-whitespace', 'decomposed-unicode'] };
    },
  };
}

/** Sheets renamed with the marks Excel quotes in references: "Bảng (một)", "KH của VP'Sở". */
function renameQuoted(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  const names = new Map<string, string>();
  const pick = ['Bảng (một)', "KH của VP'Sở", 'Bảng - hai', 'Bảng & ba', 'Bảng năm', 'Bảng sáu'];
  m.sheets.forEach((s, i) => {
    const name = pick[i] ?? `Bảng số ${'abcdefgh'[i]}`;
    names.set(s.name, name);
    s.name = name;
  });
  return { model: m, map: (p) => ({ ...p, sheet: names.get(p.sheet) ?? p.sheet }) };
}

/** Dates in other forms staff type: an Excel date as "31.07.2025" text, "31/7/2025" text as "31-07-2025". */
function datesOtherForms(m0: WorkbookModel): Transformed {
  const m = cloneModel(m0);
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const cell of cellsOf(m)) {
    const v = cell.value;
    if (v instanceof Date) {
      cell.value = `${pad(v.getUTCDate())}.${pad(v.getUTCMonth() + 1)}.${v.getUTCFullYear()}`;
      delete cell.numFmt;
    } else if (typeof v === 'string' && DMY_SLASHES.test(v.trim())) {
      const [, d, mo, y] = DMY_SLASHES.exec(v.trim())!;
      cell.value = `${pad(Number(d))}-${pad(Number(mo))}-${y}`;
    }
  }
  return { model: m, map: same };
}

/** Section rows written in one cell: "I. Quý III (96 nhiệm vụ)" in the number column, merged across the table. */
function headingsInOneCell(m0: WorkbookModel, base: FileReport): Transformed {
  const m = cloneModel(m0);
  for (const sec of base.summary.sections) {
    const table = base.tables.find((x) => x.sheet === sec.sheet && x.kind === 'tasks' && x.firstRow <= sec.row && sec.row <= x.lastRow);
    if (!table?.columns.stt || !table.columns.task) continue;
    const s = sheetOf(m, sec.sheet);
    const [a, b] = [columnNumber(table.columns.stt), columnNumber(table.columns.task)];
    const [num, text] = [getCell(s, sec.row, a)?.value, getCell(s, sec.row, b)?.value];
    if (typeof num !== 'string' || !/^[IVX]+$/.test(num.trim()) || typeof text !== 'string' || b !== a + 1) continue;
    const right = Math.max(...Object.values(table.columns).map(columnNumber));
    s.merges = s.merges.filter((x) => !(x.top <= sec.row && sec.row <= x.bottom));
    setCell(s, sec.row, a, { value: `${num.trim()}. ${text}` });
    setCell(s, sec.row, b, undefined);
    s.merges.push({ top: sec.row, left: a, bottom: sec.row, right });
  }
  return { model: m, map: same };
}

// ───────────────────────────────────────── the list ─────────────────────────────────────────

function simple(name: string, apply: (m: WorkbookModel, base: FileReport) => Transformed): Transformation {
  return { name, apply };
}

export const TRANSFORMATIONS: Transformation[] = [
  moving('columns after the task column reversed', (s) => {
    const last = lastColumn(s);
    return (r, c) => [r, c >= 3 ? last + 3 - c : c];
  }),
  // Excel moves no part of a merged area: a sheet with a merge over B or C alone is left as it is.
  moving('task column moved after the lead unit (B and C swapped)', (s) =>
    s.merges.some((a) => a.left < a.right && (a.left <= 2 && 2 <= a.right) !== (a.left <= 3 && 3 <= a.right)) ? null : (r, c) => [r, c === 2 ? 3 : c === 3 ? 2 : c],
  ),
  insertColumn(3, null, null),
  insertColumn(3, 'Kinh phí', 120),
  insertColumn(3, 'Ghi chú 2', null),
  moving('table shifted to start at column C, 3 rows lower', () => (r, c) => [r + 3, c + 2]),
  // A cell both decomposed and oddly spaced is reported once, as decomposed (its fix tidies both).
  textual('every text in NFD', (s) => s.normalize('NFD'), ['decomposed-unicode', 'irregular-whitespace']),
  textual('old tone placement (Hòa)', toOldTone),
  textual('new tone placement (Hoà)', toNewTone),
  textual('no-break and double spaces', oddSpaces, ['irregular-whitespace']),
  simple('TT typed as text ("1", "01", "1.")', sttAsText),
  simple('TT as formulas (=A10+1) with cached results', sttFormulas),
  simple('header on two rows ("Đơn vị" over "Chủ trì | Phối hợp")', twoRowHeader),
  mergeDown('lead'),
  mergeDown('leader'),
  pageBreaks(7, false),
  pageBreaks(9, true),
  simple('rich text (first word bold)', richText),
  simple('extra empty, hidden and chart-like sheets', extraSheets),
  simple('sheets renamed', renameSheets),
  simple('dates as text and text dates as Excel dates', datesSwapped),
  headerTexts('headers in other wordings (TT/STT, Nội dung/Nhiệm vụ…)', (h) => SYNONYMS[h.trim()] ?? h),
  headerTexts('headers in capitals', (h) => h.toUpperCase()),
  headerTexts('headers broken over two lines in the cell', brokenLine),
  textual('quarter and month headings in capitals', (s) => (HEADING.test(s) && s.length < 60 ? s.toUpperCase() : s)),
  simple('a space typed in empty cells of task rows', (m, b) => ({ ...spaceInEmptyCells(m, b), adds: ['irregular-whitespace'] })),
  simple('several units on lines of their own in the cell', unitsOnLines),
  blankRows(6),
  simple('sheets in reverse order', sheetsReversed),
  textual('"PGĐ" written out "Phó Giám đốc"', LONG_TITLES),
  simple('month headings as "Tháng 07", "THÁNG 7", "Tháng 7/2025"', monthForms),
  simple('merges across a row undone', mergesUndone),
  simple('empty rows of the title block removed', titleRowsTightened),
  simple('statuses in lower or upper case', statusCase),
  textual('a leader\'s title and name on two lines', LEADER_LINES),
  simple('section numbers with a dot ("I.")', romanDot),
  simple('quarter headings as "Quý 3", "Quý III/2025", "Quý III: Gồm 96 nhiệm vụ"', quarterForms),
  textual('declared counts with or without a leading zero ("Gồm 06"/"Gồm 6")', COUNT_ZERO),
  pageBreaks(8, true, false),
  inField('leaders by name alone ("Phan Văn Hiếu")', 'leader', (s) => s.replace(/^(PGĐ Sở|PGĐ) (?=\p{Lu})/u, '')),
  inField('lead units with "P." for "Phòng"', 'lead', (s) => s.replace(/^Phòng (?=\p{Lu}{2})/u, 'P. ')),
  inField('lead units ending with a full stop', 'lead', (s) => (/[.)]$/.test(s.trim()) ? s : `${s.trim()}.`)),
  simple('every text in TCVN3 (.VnTime)', tcvn3),
  leadByFormula(true),
  leadByFormula(false),
  simple('quarter rows without their Roman numeral', quarterNumeralsCleared),
  textual('a space, line break or zero-width space pasted at cell edges', pastedEdges, ['irregular-whitespace']),
  // "inconsistent-spelling", "product-spelling" compare the spellings of one sheet: split, each has fewer to compare.
  splitMergedTask(9),
  simple('dates as "31.07.2025" and "31-07-2025" text', datesOtherForms),
  simple('section rows in one cell ("I. Quý III (96 nhiệm vụ)" merged across)', headingsInOneCell),
  moving('table moved right past column Z (from column AB)', () => (r, c) => [r, c + 27]),
  simple('sheets renamed with quotes and brackets', renameQuoted),
  simple('each quarter on a sheet of its own', (m, b) => ({ ...quarterSheets(m, b), adds: ['inconsistent-spelling', 'product-spelling'] })),
];

/** Several at once, applied left to right (each against the original's report, mapped). */
export function combined(...ts: Transformation[]): Transformation {
  return {
    name: ts.map((t) => t.name).join(' + '),
    apply(m, base) {
      let model = m;
      let map = same;
      const adds: string[] = [];
      let b = base;
      for (const t of ts) {
        const r = t.apply(model, b);
        const before = map;
        map = (p) => r.map(before(p));
        model = r.model;
        adds.push(...(r.adds ?? []));
        b = mappedReport(base, map);
      }
      return { model, map, adds };
    },
  };
}

/** The original's report with its places moved as `map` moves cells (for the next transformation of a chain). */
export function mappedReport(base: FileReport, map: (p: Place) => Place): FileReport {
  const at = (sheet: string, row: number, letter: string) => map({ sheet, row, col: columnNumber(letter) });
  return {
    ...base,
    tables: base.tables.map((t) => {
      const first = at(t.sheet, t.firstRow, 'A');
      const columns = Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k, columnLetter(at(t.sheet, t.headerRows[0], v).col)]));
      return { ...t, sheet: first.sheet, firstRow: first.row, lastRow: at(t.sheet, t.lastRow, 'A').row, headerRows: t.headerRows.map((h) => at(t.sheet, h, 'A').row), columns };
    }),
    tasks: base.tasks.map((t) => {
      const p = at(t.sheet, t.row, t.column ?? 'A');
      return { ...t, sheet: p.sheet, row: p.row, endRow: at(t.sheet, t.endRow, t.column ?? 'A').row, column: t.column ? columnLetter(p.col) : undefined };
    }),
  };
}
