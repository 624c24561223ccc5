/**
 * The sheets CTCT writes itself ("Tổng hợp", "Theo dõi", "Danh mục", its hidden CTCT_* sheets),
 * recognised by what they hold, not by name alone: a unit's own sheet may well be called "Tổng hợp"
 * or "CTCT Quý IV". Never read back as a programme; the only sheets a refresh may replace.
 */
import { sameSheetName, type CellValue, type SheetGrid } from './grid';
import { looksLikeDirectory } from './directory/sheet';
import { SUMMARY_SHEET, SUMMARY_TITLE } from './summary/layout';
import { TRACKER_SHEET } from './track/columns';
import { trackerHeader } from './track/values';
import { foldKey } from './text';

export type OwnedKind = 'summary' | 'tracker' | 'directory';

/** Sheet-scoped names the add-in puts on the sheets it wrote (the marked copy keeps them on theirs). */
export const MARKER_NAMES: Record<OwnedKind, string> = {
  summary: 'CTCT_TongHop',
  tracker: 'CTCT_TheoDoi',
  directory: 'CTCT_DanhMuc',
};

export type OwnSheetKind = 'summary' | 'tracker' | 'task-list' | 'directory' | 'internal';

/** The consolidated task list of `tong-hop.xlsx` (every file's tasks, to filter). */
export const TASK_LIST_HEADER = ['Tệp', 'Trang', 'Dòng', 'Quý', 'Tháng', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng', 'Tình trạng trong Tổng hợp', 'Tính chung với'];
const TASK_LIST_KEYS = TASK_LIST_HEADER.slice(0, 3).map(foldKey);

/** The consolidated summary's record of what CTCT wrote in it (very hidden). */
export const RECORD_SHEET = 'CTCT_DaGhi';

/**
 * CTCT's hidden bookkeeping sheets: the remembered fills, the add-in's journal, a sheet it is
 * writing, the summary's record. Not any "CTCT_…" name: CTCT is what units call their programme ("CTCT_Quy2").
 */
const INTERNAL_SHEET = /^ctct_(?:danhdau|nhatky|dangghi\d*|daghi)$/i;
/** The summary's title ("TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC", "… NĂM 2025", "… NĂM 2024–2025", "… NĂM 2023, 2025") and the line under it. */
const SUMMARY_TITLE_KEY = new RegExp(`^${foldKey(SUMMARY_TITLE)}(?: nam \\d{4}(?:[–-]\\d{4}|(?:, \\d{4})+)?)?$`);
const SUMMARY_DATE_KEY = /^ngay lap: \d{2}\/\d{2}\/\d{4}/;

export function ownSheetKind(sheet: SheetGrid): OwnSheetKind | null {
  if (INTERNAL_SHEET.test(sheet.name.normalize('NFC'))) return 'internal';
  const top = sheet.cells.slice(0, 12);
  const texts = (row: CellValue[] | undefined) => (row ?? []).map((v) => (typeof v === 'string' ? foldKey(v) : ''));
  // CTCT's title alone, and its "Ngày lập:" line: a unit's "TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC QUÝ II CỦA PHÒNG…" is a programme.
  const summaryTitle = top.some((row) => texts(row).some((t) => SUMMARY_TITLE_KEY.test(t)));
  if (summaryTitle && top.some((row) => texts(row).some((t) => SUMMARY_DATE_KEY.test(t)))) return 'summary';
  if (trackerHeader(sheet.cells)) return 'tracker';
  if (top.some((row) => TASK_LIST_KEYS.every((h, i) => texts(row)[i] === h))) return 'task-list';
  if (looksLikeDirectory(sheet.cells)) return 'directory';
  return null;
}

export function isOwnSheet(sheet: SheetGrid): boolean {
  return ownSheetKind(sheet) !== null;
}

/**
 * Of the sheets of a kind, the one CTCT writes to: the one with its name ("Theo dõi", or "Theo dõi
 * (CTCT)" beside a unit's own), else the first of the kind. The others are the user's copies of it
 * (a monthly snapshot "Theo dõi T7"): never replaced, never taken for the tracker in use.
 */
export function ownSheetOf<T extends SheetGrid>(sheets: readonly T[], kind: 'tracker' | 'summary'): T | undefined {
  const ofKind = sheets.filter((s) => ownSheetKind(s) === kind);
  return ofKind.find((s) => hasOwnName(s, kind)) ?? ofKind[0];
}

/** The sheet of a kind CTCT writes to, only when it bears CTCT's name for it (not a first copy standing in). */
export function namedOwnSheet<T extends SheetGrid>(sheets: readonly T[], kind: 'tracker' | 'summary'): T | undefined {
  const own = ownSheetOf(sheets, kind);
  return own && hasOwnName(own, kind) ? own : undefined;
}

/** Whether a sheet bears the name CTCT gives a sheet of that kind ("Theo dõi", "Theo dõi (CTCT 2)"). */
export function hasOwnName(sheet: SheetGrid, kind: 'tracker' | 'summary'): boolean {
  const name = kind === 'tracker' ? TRACKER_SHEET : SUMMARY_SHEET;
  return sameSheetName(sheet.name, name) || new RegExp(String.raw`^${escapeRegExp(name)} \(CTCT(?: \d+)?\)$`, 'iu').test(sheet.name.normalize('NFC'));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A cell's value as CTCT's records of what it wrote compare it (the add-in's record on "Tổng hợp", a
 * file's CTCT_DaGhi): blanks alike, numbers to 12 digits (what a save may round), text in NFC.
 */
export function recordKey(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return `n${Number(v.toPrecision(12))}`;
  if (typeof v === 'object') return v.kind === 'date' ? `d${v.iso}` : `e${v.code}`;
  return `${typeof v === 'string' ? 's' : 'b'}${String(v).normalize('NFC')}`;
}

/** Rows of cells' keys as one text, each row's trailing blanks and the trailing blank rows aside. */
export function recordText(rows: readonly (readonly string[])[], cellSeparator: string, rowSeparator: string): string {
  const lines = rows.map((row) => {
    const keys = [...row];
    while (keys.length && keys[keys.length - 1] === '') keys.pop();
    return keys.join(cellSeparator);
  });
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join(rowSeparator);
}

/** cyrb53: a short hash of a text (not cryptographic: it tells an edit, not an attack). */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
