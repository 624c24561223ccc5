/**
 * The directory as a sheet table ("Danh mục"), pure: Directory → rows and rows → Directory.
 * One row per unit, leader or collective leadership phrase, each row carrying its period, so the
 * table can be sorted and filtered in Excel without losing anything. Lists inside a cell (aliases,
 * the units a leader directs) are separated by "; ".
 *
 * Pure: the add-in writes and reads this sheet, and the engine uses it when a workbook has one.
 */
import type { CellValue } from '../grid';
import { HeaderVocabulary } from '../sheet/header-row';
import { isDateCell } from '../grid';
import { CtctInputError } from '../errors';
import { parseDirectory } from './load';
import type { Directory, Leader, Period, Unit } from './types';
import { excelSerialToIso, isoToExcelSerial, parseDateText } from '../dates';
import { foldKey, foldText } from '../text';

export const DIRECTORY_COLUMNS = [
  'Kỳ',
  'Từ ngày',
  'Loại',
  'Tên dùng trong báo cáo',
  'Tên đầy đủ',
  'Tên khác',
  'Đổi tên thành',
  'Chức danh',
  'Chỉ đạo',
  'Nguồn',
] as const;
export type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number];

/** Row kinds ("Loại"): a unit, a group of units, a leader, a collective leadership phrase. */
export const DIRECTORY_KINDS = ['Đơn vị', 'Nhóm đơn vị', 'Lãnh đạo', 'Tập thể'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const LIST_SEPARATOR = '; ';

export type DirectoryValue = string | number | null;

export interface DirectoryValuesOptions {
  /** 'serial': "Từ ngày" as an Excel date serial (the host formats it dd/mm/yyyy); 'iso': yyyy-mm-dd text. */
  dates?: 'serial' | 'iso';
}

const list = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.join(LIST_SEPARATOR) : null);
const text = (s: string | undefined) => (s ? s : null);

/** Header row + one row per unit, leader and collective phrase, period by period. */
export function directoryToValues(directory: Directory, options: DirectoryValuesOptions = {}): DirectoryValue[][] {
  const out: DirectoryValue[][] = [[...DIRECTORY_COLUMNS]];
  for (const p of directory.periods) {
    const from = options.dates === 'serial' ? isoToExcelSerial(p.from) ?? p.from : p.from;
    let first = true;
    const row = (kind: DirectoryKind, cells: Partial<Record<DirectoryColumn, DirectoryValue>>): DirectoryValue[] => {
      const r = DIRECTORY_COLUMNS.map((c) => cells[c] ?? null);
      r[0] = p.id;
      r[1] = from;
      r[2] = kind;
      if (first) r[9] = text(p.source);
      first = false;
      return r;
    };
    for (const u of p.units) {
      out.push(
        row(u.collective ? 'Nhóm đơn vị' : 'Đơn vị', {
          'Tên dùng trong báo cáo': u.short,
          'Tên đầy đủ': u.name,
          'Tên khác': list(u.aliases),
          'Đổi tên thành': text(u.renamedTo),
        }),
      );
    }
    for (const l of p.leaders) {
      out.push(
        row('Lãnh đạo', {
          'Tên dùng trong báo cáo': l.name,
          'Tên đầy đủ': text(l.person),
          'Tên khác': list(l.aliases),
          'Chức danh': text(l.title),
          'Chỉ đạo': list(l.directs),
        }),
      );
    }
    for (const c of p.collective) out.push(row('Tập thể', { 'Tên dùng trong báo cáo': c }));
    // A period with nothing in it still needs a row to exist in the sheet.
    if (first) out.push(row('Tập thể', {}));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading back

const HEADER_ALIASES: Record<DirectoryColumn, string[]> = {
  Kỳ: ['ky', 'ma ky', 'giai doan'],
  'Từ ngày': ['tu ngay', 'ap dung tu', 'ngay ap dung'],
  Loại: ['loai'],
  'Tên dùng trong báo cáo': ['ten dung trong bao cao', 'ten chuan', 'ten viet tat', 'ten goi'],
  'Tên đầy đủ': ['ten day du', 'ho ten', 'ho va ten'],
  'Tên khác': ['ten khac', 'cach viet khac', 'bi danh'],
  'Đổi tên thành': ['doi ten thanh', 'doi thanh'],
  'Chức danh': ['chuc danh', 'chuc vu'],
  'Chỉ đạo': ['chi dao', 'don vi chi dao'],
  Nguồn: ['nguon', 'can cu'],
};
const HEADERS = new HeaderVocabulary(DIRECTORY_COLUMNS, HEADER_ALIASES);
const KIND_BY_FOLDED = new Map<string, DirectoryKind>([
  ['don vi', 'Đơn vị'],
  ['phong', 'Đơn vị'],
  ['nhom don vi', 'Nhóm đơn vị'],
  ['nhom', 'Nhóm đơn vị'],
  ['lanh dao', 'Lãnh đạo'],
  ['tap the', 'Tập thể'],
  ['lanh dao tap the', 'Tập thể'],
]);

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isDateCell(v)) return v.iso;
  return '';
}

/**
 * A period's id ("Kỳ"). Typed "2025-03", Excel may make it a date (01/03/2025): that date names the
 * period of its month. "2025-3" and "3/2025" are the same month written shorter.
 */
function periodIdIn(v: CellValue | undefined): string {
  return isDateCell(v) ? v.iso.slice(0, 7) : periodIdText(cellText(v));
}

/** "2025-3", "2025/3", "3/2025" → "2025-03"; anything else as written (a directory's own ids). */
export function periodIdText(id: string): string {
  const yearFirst = /^(20\d{2})\s*[-/.]\s*(\d{1,2})$/.exec(id);
  const monthFirst = /^(\d{1,2})\s*[-/.]\s*(20\d{2})$/.exec(id);
  const [year, month] = yearFirst ? [yearFirst[1], yearFirst[2]] : monthFirst ? [monthFirst[2], monthFirst[1]] : [null, null];
  return year && Number(month) >= 1 && Number(month) <= 12 ? `${year}-${month!.padStart(2, '0')}` : id;
}

function splitList(s: string): string[] {
  return s
    .split(/\s*[;\n]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function headerMap(row: readonly CellValue[] | undefined): Map<DirectoryColumn, number> | null {
  const map = HEADERS.columnsOf(row);
  return map.has('Kỳ') && map.has('Loại') && map.has('Tên dùng trong báo cáo') ? map : null;
}

/** How far down a directory's header row may be. */
export const DIRECTORY_HEADER_ROWS = 20;

/** True when some row in the first DIRECTORY_HEADER_ROWS is the directory's header row. */
export function looksLikeDirectory(values: readonly (readonly CellValue[] | undefined)[]): boolean {
  return values.slice(0, DIRECTORY_HEADER_ROWS).some((r) => headerMap(r) !== null);
}

/** Of the sheets that read as a directory, the one checks use: "Danh mục" if one is so named, else the first. */
export function pickDirectorySheet<T extends { name: string }>(found: readonly T[]): T | undefined {
  return found.find((s) => foldKey(s.name) === 'danh muc') ?? found[0];
}

function bad(message: string): CtctInputError {
  return new CtctInputError('bad-directory', message);
}

function dateIn(v: CellValue | undefined, row: number, where: string): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (isDateCell(v)) return v.iso;
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    if (iso) return iso;
  }
  const iso = parseDateText(cellText(v));
  if (!iso) throw bad(`${where}, dòng ${row}: «Từ ngày» phải là một ngày (dd/mm/yyyy), không phải «${cellText(v)}».`);
  return iso;
}

/**
 * Reads the sheet's values (as the grid gives them: row r is Excel row r+1) into a Directory,
 * validated with the engine's schema. A sheet that cannot be read gets one Vietnamese sentence
 * naming the row and the column (CtctInputError 'bad-directory').
 */
export function directoryFromValues(values: readonly (readonly CellValue[] | undefined)[], sheetName = 'Danh mục'): Directory {
  const where = `Sheet «${sheetName}»`;
  let header: Map<DirectoryColumn, number> | null = null;
  let start = -1;
  for (let r = 0; r < Math.min(values.length, 20); r++) {
    header = headerMap(values[r]);
    if (header) {
      start = r + 1;
      break;
    }
  }
  if (!header) {
    throw bad(`${where} không có dòng tiêu đề gồm các cột «Kỳ», «Loại» và «Tên dùng trong báo cáo».`);
  }
  const h = header;
  const periods = new Map<string, Period & { firstRow: number }>();
  /** The row of each unit, leader and collective phrase ("2025-09 units 3"), to name it in a problem. */
  const rowOf = new Map<string, number>();
  const add = <T>(period: Period, list: 'units' | 'leaders' | 'collective', item: T, row: number) => {
    rowOf.set(`${period.id} ${list} ${period[list].length}`, row);
    (period[list] as T[]).push(item);
  };
  for (let r = start; r < values.length; r++) {
    const line = values[r];
    if (!line) continue;
    const excelRow = r + 1;
    const get = (c: DirectoryColumn) => {
      const i = h.get(c);
      return i === undefined ? undefined : line[i];
    };
    const t = (c: DirectoryColumn) => cellText(get(c));
    if (DIRECTORY_COLUMNS.every((c) => t(c) === '')) continue;
    if (headerMap(line)) continue; // a repeated header row

    const id = periodIdIn(get('Kỳ'));
    if (!id) throw bad(`${where}, dòng ${excelRow}: thiếu «Kỳ».`);
    const from = dateIn(get('Từ ngày'), excelRow, where);
    let period = periods.get(id);
    if (!period) {
      if (!from) throw bad(`${where}, dòng ${excelRow}: kỳ «${id}» thiếu «Từ ngày».`);
      period = { id, from, units: [], leaders: [], collective: [], firstRow: excelRow };
      periods.set(id, period);
    } else if (from && from !== period.from) {
      throw bad(
        `${where}, dòng ${excelRow}: kỳ «${id}» có «Từ ngày» khác với dòng ${period.firstRow} (${from} và ${period.from}).`,
      );
    }
    const source = t('Nguồn');
    if (source && !period.source) period.source = source;

    const kindText = t('Loại');
    const kind = KIND_BY_FOLDED.get(foldText(kindText));
    const name = t('Tên dùng trong báo cáo');
    if (!kind) {
      throw bad(`${where}, dòng ${excelRow}: «Loại» phải là ${DIRECTORY_KINDS.join(', ')}, không phải «${kindText}».`);
    }
    if (!name) {
      // An empty collective row only keeps an otherwise empty period in the sheet.
      if (kind === 'Tập thể') continue;
      throw bad(`${where}, dòng ${excelRow}: thiếu «Tên dùng trong báo cáo».`);
    }
    const aliases = splitList(t('Tên khác'));
    if (kind === 'Đơn vị' || kind === 'Nhóm đơn vị') {
      const unit: Unit = { name: t('Tên đầy đủ') || name, short: name, aliases };
      const renamed = t('Đổi tên thành');
      if (renamed) unit.renamedTo = renamed;
      if (kind === 'Nhóm đơn vị') unit.collective = true;
      add(period, 'units', unit, excelRow);
    } else if (kind === 'Lãnh đạo') {
      const leader: Leader = { name, title: t('Chức danh'), aliases };
      const person = t('Tên đầy đủ');
      if (person) leader.person = person;
      const directs = splitList(t('Chỉ đạo'));
      if (directs.length) leader.directs = directs;
      add(period, 'leaders', leader, excelRow);
    } else {
      add(period, 'collective', name, excelRow);
    }
  }
  if (periods.size === 0) throw bad(`${where} chưa có dòng nào dưới dòng tiêu đề.`);
  const list = [...periods.values()];
  const json = { periods: list.map(({ firstRow: _row, ...p }) => p) };
  const placeOf = (path: readonly PropertyKey[]) => {
    const period = typeof path[1] === 'number' ? list[path[1]] : undefined;
    if (!period) return null;
    const row = typeof path[3] === 'number' ? rowOf.get(`${period.id} ${String(path[2])} ${path[3]}`) : period.firstRow;
    return row === undefined ? null : `${where}, dòng ${row}`;
  };
  return parseDirectory(json, `trang ${sheetName}`, placeOf);
}
