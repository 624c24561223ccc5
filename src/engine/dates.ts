/**
 * Dates as the engine, the tracker and the summary handle them. Internally every date is an ISO `yyyy-mm-dd`
 * string (no time, no time zone); users see the Vietnamese `dd/mm/yyyy`.
 */

import { memo } from './memo';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const DMY_INSIDE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const ISO_INSIDE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Today as the user's clock shows it, `yyyy-mm-dd`: the default run date ("Ngày lập", overdue).
 * Not the UTC date, which in Vietnam (UTC+7) is still yesterday until 07:00.
 */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date → `yyyy-mm-dd`; null when it does not exist (31/02, month 13). */
export function makeIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * A whole cell's text as a date: `31/7/2025`, `31-07-2025`, `31.07.2025`, `31/7/25` (day first,
 * the Vietnamese way; a two-digit year is 20yy, as the deadline reader takes it) or ISO `2025-07-31`
 * (a time part is ignored). Null when the text is not a date.
 */
export function parseDateText(text: string): string | null {
  const parts = dateTextParts(text);
  return parts && makeIso(parts.year, parts.month, parts.day);
}

/** The numbers of a text in one of `parseDateText`'s forms, whether or not they make a date (31/9); null for another text. */
export function dateTextParts(text: string): { year: number; month: number; day: number } | null {
  const s = text.replace(/\u00a0/g, ' ').trim();
  let m = ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = DMY.exec(s);
  if (m) return { year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  return null;
}

/** The first date written anywhere in a text ("Thời hạn trình UBND tỉnh: 10/02/2024" → 2024-02-10). */
export function findDateInText(text: string): string | null {
  const whole = parseDateText(text);
  if (whole) return whole;
  let m = DMY_INSIDE.exec(text);
  if (m) {
    const iso = makeIso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) return iso;
  }
  m = ISO_INSIDE.exec(text);
  if (m) return makeIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** The quarter (1–4) of an ISO date. */
export function quarterOfIso(iso: string): number {
  return Math.ceil(Number(iso.slice(5, 7)) / 3);
}

/** `2026-11-21` → `21/11/2026`; text that is not an ISO date is returned as it is. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const PLAIN_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a plain `yyyy-mm-dd` that is a real date. */
export function isIsoDate(s: string | null | undefined): s is string {
  const m = typeof s === 'string' ? PLAIN_ISO.exec(s) : null;
  return m !== null && +m[1] >= 1900 && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= daysInMonth(+m[1], +m[2]);
}

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, shifted for its fictitious 29/02/1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial (1900 system) → `yyyy-mm-dd`; null outside 1900-01-01 … 9999-12-31. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  // Serials 1..59 are 1900-01-01..1900-02-28; Excel's serial 60 is the non-existent 29/02/1900.
  if (days === 60) return null;
  const ms = days < 60 ? EXCEL_EPOCH_MS + (days + 1) * DAY_MS : EXCEL_EPOCH_MS + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** `yyyy-mm-dd` → Excel date serial (1900 system). */
export function isoToExcelSerial(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / DAY_MS);
}

const monthEnds = new Map<number, string>();
/** The last day of a month: (2025, 2) → `2025-02-28`. */
export function monthEnd(year: number, month: number): string {
  // Asked for every task of the summary: a dozen different answers a year.
  const key = year * 16 + month;
  let end = monthEnds.get(key);
  if (end === undefined) monthEnds.set(key, (end = makeIso(year, month, daysInMonth(year, month)) as string));
  return end;
}

/** The last day of a quarter: 1 → `yyyy-03-31`, 3 → `yyyy-09-30`. */
export function quarterEnd(year: number, quarter: number): string {
  const month = quarter * 3;
  return makeIso(year, month, daysInMonth(year, month)) as string;
}

/** The year of a directory period or an ISO date ("2025-09" → 2025); null when there is none. */
export function yearOf(text: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-|$)/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

/** The date a deadline cell means: itself when ISO, else a date written in its text ("trước 15/8/2025"; cached: a column repeats a few). */
export const deadlineDate = memo((text: string): string | null => (isIsoDate(text) ? text : findDateInText(text)));

/**
 * When a task is due: its deadline (a date, or a date written in its text), else the end of its
 * month, else the end of its quarter, in the programme's year. One rule for the summary's overdue
 * list and the tracker's, so they always agree.
 */
export function dueDate(task: { deadline: string | null; quarter: number | null; month: number | null }, year: number | null): string | null {
  if (task.deadline) {
    const d = deadlineDate(task.deadline);
    if (d) return d;
  }
  if (year === null) return null;
  if (task.month !== null && task.month >= 1 && task.month <= 12) return monthEnd(year, task.month);
  if (task.quarter !== null && task.quarter >= 1 && task.quarter <= 4) return quarterEnd(year, task.quarter);
  return null;
}
