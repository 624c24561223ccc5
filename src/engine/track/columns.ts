/**
 * The tracker ("Theo dõi"): one row per task, the columns users fill in (Trạng thái, Ngày hoàn
 * thành, Kết quả) next to the columns taken from the work programme.
 */
import { canonicalStatus, STATUSES, type Status } from '../status';
import { foldText } from './text';
import { convertLegacy, detectLegacyEncoding } from '../text';

/** The tracker sheet's name in the workbook. */
export const TRACKER_SHEET = 'Theo dõi';

/** The header row, in this order and spelled exactly so; "Mã" (the task's key) comes last. */
export const TRACKER_COLUMNS = [
  'Quý',
  'Tháng',
  'STT',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Sản phẩm',
  'Lãnh đạo chỉ đạo',
  'Thời hạn',
  'Trạng thái',
  'Ngày hoàn thành',
  'Kết quả',
  'Nguồn',
  'Mã',
] as const;
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** 0-based index of each column in `TRACKER_COLUMNS` (and in `trackerToValues` rows). */
export const TRACKER_COLUMN_INDEX: Readonly<Record<TrackerColumn, number>> = Object.fromEntries(
  TRACKER_COLUMNS.map((name, i) => [name, i]),
) as Record<TrackerColumn, number>;

/** Columns holding dates (written dd/mm/yyyy, or as Excel dates by the hosts). */
export const TRACKER_DATE_COLUMNS: readonly TrackerColumn[] = ['Thời hạn', 'Ngày hoàn thành'];

/** The Trạng thái dropdown (the engine's `STATUSES`). */
export const TRACKER_STATUSES = STATUSES;

/** The status dropdown's warning, as both hosts show it when a typed status is not in the list. */
export const STATUS_ALERT = { title: 'Trạng thái', message: `Chọn một trong: ${STATUSES.join(', ')}.` } as const;
export type TrackerStatus = Status;


/** How the hosts show a row whose task is no longer in the source (in the Nguồn column). */
export const VANISHED_LABEL = 'Không còn trong bảng nguồn';

export interface TrackerRow {
  /** `Task.key`: the identity used to match rows on the next run (column "Mã"). */
  key: string;
  quarter: number | null;
  month: number | null;
  /** The year its heading names ("Quý I/2026", `Task.year`), from the source: not a column of the sheet. */
  year?: number | null;
  stt: string;
  task: string;
  /** Unit names joined with "; ". */
  leadUnits: string;
  coordinatingUnits: string;
  product: string;
  /** Leader names joined with "; ". */
  leaders: string;
  /** `yyyy-mm-dd` when it is a date; the text as written otherwise; null when none. */
  deadline: string | null;
  /** Normally one of `TRACKER_STATUSES`; other text a user typed is kept as it is; '' = blank. */
  status: string;
  /** `yyyy-mm-dd` when it is a date; the text as typed otherwise; null when blank. */
  completedOn: string | null;
  result: string;
  /** Where the task is in the work programme (its first row). */
  source: { sheet: string; row: number };
  /** The task is no longer in the source: the row is kept (with what users typed) and flagged. */
  vanished: boolean;
  /** Computed by `mergeTracker`/`refreshOverdue`: open and past `due` on the as-of date. */
  overdue: boolean;
  /** The date the task is due by (`yyyy-mm-dd`): its deadline, or the end of its quarter/year. */
  due: string | null;
  /**
   * Set by `readTracker`: the 0-based index of the row's line in the values read, where hosts find
   * the cells users added next to the tracker's own (extra columns, notes) to carry them over.
   */
  origin?: number;
  /**
   * What CTCT last copied from the source into "Trạng thái" and "Thời hạn" (kept with the key, in
   * the hidden "Mã" cell): a cell still showing it was not typed, and follows the source when the
   * unit updates it; one showing anything else was typed, and stays. Absent in older trackers.
   * `byDay`: the status cell shows "Hoàn thành" because a user typed the day it was done, not
   * because they picked it: with the day cleared it shows what was copied again.
   * `before`: the source's status when it changed under a status typed here (as copied before the
   * change): kept while the two differ, so every check says the source moved on, not just the first.
   */
  copied?: { status: string; deadline: string | null; byDay?: boolean; year?: number; before?: string };
}

/**
 * Whether users typed in a tracker row: a status, deadline, completion day or result of their own
 * (not what CTCT copied from the source), or the whole row (no key, no source).
 */
export function rowHasTyped(row: TrackerRow): boolean {
  if (!row.key && !row.source.sheet) return true;
  if (row.completedOn !== null || row.result.trim() !== '') return true;
  const copied = row.copied;
  // Older trackers do not say what CTCT copied: any status there may be the user's.
  if (!copied) return row.status !== '';
  return (row.status !== '' && row.status !== copied.status) || (row.deadline ?? null) !== (copied.deadline ?? null);
}

/**
 * The "Mã" cell: the key, then what was copied from the source (tab-separated, blank ones too), and
 * the programme year its sheet states ("y2025"), so that next year's programme in the same workbook
 * does not take this year's row of a task of the same words.
 */
export function keyCell(row: Pick<TrackerRow, 'key' | 'copied'>): string {
  const c = row.copied;
  if (!c) return row.key;
  const before = c.before !== undefined ? `\t${BEFORE}${c.before}` : '';
  return `${row.key}\t${c.status}\t${c.deadline ?? ''}${c.byDay ? `\t${BY_DAY}` : ''}${c.year ? `\ty${c.year}` : ''}${before}`;
}
const BY_DAY = 'd';
const BEFORE = 'b=';
const YEAR_FIELD = /^y(\d{4})$/;

/** Reads `keyCell`'s text back. */
export function parseKeyCell(text: string): Pick<TrackerRow, 'key' | 'copied'> {
  const [key = '', status, deadline, ...more] = text.split('\t');
  if (status === undefined) return { key: key.trim() };
  const year = more.map((f) => YEAR_FIELD.exec(f.trim())).find((m) => m);
  const before = more.find((f) => f.startsWith(BEFORE))?.slice(BEFORE.length);
  return {
    key: key.trim(),
    copied: { status, deadline: deadline || null, ...(more.includes(BY_DAY) ? { byDay: true } : {}), ...(year ? { year: Number(year[1]) } : {}), ...(before !== undefined ? { before } : {}) },
  };
}

/**
 * A status as typed ("đã hoàn thành", "HOÀN THÀNH", "xong", NFD text) → the dropdown value (the
 * engine's `canonicalStatus`); other text is returned trimmed, as typed; blank → ''. Typed with a
 * TCVN3 or VNI keyboard ("Hoµn thµnh"), as units still on .VnTime do, it is read in Unicode, as the
 * programme's own cells are.
 */
export function normaliseStatus(text: string | null | undefined): string {
  let s = (text ?? '').replace(/\u00a0/g, ' ').trim();
  if (!s) return '';
  const legacy = detectLegacyEncoding(s);
  if (legacy) s = convertLegacy(s, legacy);
  return canonicalStatus(s) ?? s;
}

/** "Phụ lục II, dòng 10"; vanished rows: "Không còn trong bảng nguồn (Phụ lục II, dòng 10)". */
export function sourceLabel(row: Pick<TrackerRow, 'source' | 'vanished'>): string {
  const where = row.source.sheet ? `${row.source.sheet}, dòng ${row.source.row}` : '';
  if (!row.vanished) return where;
  return where ? `${VANISHED_LABEL} (${where})` : VANISHED_LABEL;
}

/** Reads `sourceLabel`'s text back. */
export function parseSourceLabel(text: string): { sheet: string; row: number; vanished: boolean } {
  let s = text.replace(/\u00a0/g, ' ').trim();
  let vanished = false;
  const folded = foldText(s);
  const label = foldText(VANISHED_LABEL);
  if (folded.startsWith(label)) {
    vanished = true;
    const open = s.indexOf('(');
    s = open >= 0 ? s.slice(open + 1, s.endsWith(')') ? -1 : undefined).trim() : '';
  }
  const m = /^(.*?)\s*[,;]\s*d[oò]ng\s*(\d+)$/iu.exec(s.normalize('NFC'));
  if (m) return { sheet: m[1]!.trim(), row: Number(m[2]), vanished };
  const a1 = /^'?(.*?)'?!\$?[A-Z]{1,3}\$?(\d+)$/.exec(s);
  if (a1) return { sheet: a1[1]!.replace(/''/g, "'"), row: Number(a1[2]), vanished };
  return { sheet: s, row: 0, vanished };
}
