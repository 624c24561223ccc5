/** Deadlines as staff write them: Excel dates, "31/7/2025", "Tháng 7/2025", "Quý III/2025". */
import type { CellValue } from '../grid';
import { isDateCell } from '../grid';
import { foldKey } from '../text';
import { memo } from '../memo';
import { MONTH_WORD, MONTH_WORDS, MONTHS_IN_TEXT, monthSpan, ordinalsAsFigures, QUARTER_AFTER_WORD, QUARTER_TOKEN, QUARTER_WORD, quarterOf } from './headings';
import { excelSerialToIso, makeIso, monthEnd, parseDateText, quarterEnd } from '../dates';
import { DOCUMENT_NUMBER, DOCUMENT_WORDS } from './documents';

export interface ParsedDate {
  /** yyyy-mm-dd, or null when the text is not a date. */
  iso: string | null;
  /** The text looks like a date but is none (31/4/2025, 29/02/2023, 12/13/2025). */
  invalid: boolean;
}

/** A date serial that lost its format: 01/01/2000 (36526) to 31/12/2100 (73415), as a number or as text. */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 73415;

/**
 * A deadline from a cell. `fallbackYear` completes "31/7" and "Tháng 7". A number in the serials'
 * range is a date that lost its format (a time of day after it too: 45900.5); others are no date.
 */
export function parseDeadline(value: CellValue, text: string, fallbackYear: number | null): ParsedDate {
  if (isDateCell(value)) return { iso: value.iso.slice(0, 10), invalid: false };
  if (typeof value === 'number') {
    if (value >= FIRST_SERIAL && value < LAST_SERIAL + 1) return { iso: excelSerialToIso(value), invalid: false };
    return { iso: null, invalid: isNoDateNumber(value) };
  }
  return deadlineFromText(text, fallbackYear);
}

/**
 * A number that can be no deadline: four digits or more, neither a year nor a date serial ("12345",
 * "3172025" for 31/7/2025 typed with no "/"). Fewer digits may be a month, a day or a duration in a
 * "Thời hạn (tháng)" column: left alone.
 */
function isNoDateNumber(n: number): boolean {
  return Math.abs(n) >= 1000 && !(Number.isInteger(n) && n >= 1900 && n <= 2100);
}

/** Deadline texts repeat down a column ("31/7/2025", "Tháng 7", "Quý III"): each is read once per year. */
const readersByYear = new Map<number | null, (text: string) => ParsedDate>();

function deadlineFromText(text: string, fallbackYear: number | null): ParsedDate {
  let read = readersByYear.get(fallbackYear);
  if (!read) readersByYear.set(fallbackYear, (read = memo((t) => Object.freeze(readDeadlineText(t, fallbackYear)))));
  return read(text);
}

/**
 * Where a day/month or month/year may stand in a (folded) deadline text: after words ("Trước 15/7",
 * "Hoàn thành trước ngày 20/8") but not glued to letters, digits or "/" (so not inside "123/QĐ-UBND"
 * or "13/2023/NĐ-CP"), not after "tháng" or "quý" ("tháng 7/8" is July, "quý 3/2025" a quarter) and
 * not after a document's name ("Quyết định 15/7", "số 10/2025" are numbers).
 */
const DATE_START = String.raw`(?<![a-z\d/.-])(?<!\b(?:thang|quy|qui|so|quyet dinh|nghi dinh|nghi quyet|thong tu|cong van|chi thi)\s*)`;
/** "15/7", "Trước ngày 20/8", "31.7" (the year comes from the sheet); not "1.5.3", a clause's number. */
const DAY_MONTH = new RegExp(String.raw`${DATE_START}(\d{1,2})(?:\s*/\s*|\.)(\d{1,2})(?![\d/]|\.\d)`);
/** "10/2025", "T10/2025", "Th9/2025", "T.9/2025" (T, Th for tháng). */
const MONTH_YEAR = new RegExp(String.raw`${DATE_START}(?:th?\.?\s*)?(\d{1,2})\s*[/-]\s*(\d{4})(?![\d/])`);
const MONTH_YEAR_ALL = new RegExp(MONTH_YEAR.source, 'g');
/** The dash of a range between two months with their years ("t12/2025 - t1/2026", "12/2025-01/2026"), folded. */
const MONTH_YEAR_DASH = /(\/\s*\d{4})\s*[-–—]\s*(?=(?:th?\.?\s*)?\d{1,2}\s*[/-]\s*\d{4})/g;

/** The end of the latest month a (folded) text names with its year: "10/2025", "T12/2025 - T1/2026" (a range is due at its end). */
function monthYearDeadline(f: string): string | null {
  let due: string | null = null;
  for (const m of f.replace(MONTH_YEAR_DASH, '$1 den ').matchAll(MONTH_YEAR_ALL)) {
    const month = Number(m[1]);
    const iso = month >= 1 && month <= 12 ? monthEnd(Number(m[2]), month) : null;
    if (iso && (!due || iso > due)) due = iso;
  }
  return due;
}

/**
 * A whole (folded) deadline cell written short, as the "Quý"/"Tháng" columns are: "T9", "Th 9",
 * "Tháng Chín", "Q3", "Q.III", "QIII/2025", "Trước T9", "Tháng Năm 2025" (May: the year after a
 * plain space). Groups: month, month's name, quarter, year, the year after a space.
 */
const SHORT_DEADLINE = new RegExp(
  String.raw`^(?:(?:truoc|trong|cuoi|het|den|han)\s+)?(?:th?\.?\s*(\d{1,2})|thang\s+${MONTH_WORD}|q\.?\s*${QUARTER_TOKEN})(?:\s*(?:[/-]|nam)\s*(\d{4})|\s+(\d{4}))?[.;]?$`,
);

/**
 * Half a year or the year's end as a whole (folded) deadline cell: "6 tháng đầu năm" (30/6), "6
 * tháng cuối năm 2025", "Cuối năm", "Trước cuối năm", "Đến hết năm" (31/12). "Trong năm", "Đầu
 * năm" are left alone: they say no day ("Trong năm" is often all year, as "Cả năm").
 * Groups: "đầu"/"cuối" of the half, "cuối"/"hết" of the year, the year.
 */
const HALF_YEAR = /^(?:(?:truoc|trong|den|vao|han)\s+)?(?:0?6\s+thang\s+(dau|cuoi)|(cuoi|het))\s+nam(?:\s*(?:[/-]|nam)?\s*(\d{4}))?[.;]?$/;

/** Every quarter of a list ("iii, iv"). */
const QUARTER_TOKENS = new RegExp(String.raw`${QUARTER_AFTER_WORD}\b`, 'g');
/** "quý iii", "quý 03/2025", "quý iii năm 2025", "quý iii – iv" (folded). Groups: the first quarter, the rest of the list; the year is the last. */
const QUARTER_DEADLINES = new RegExp(String.raw`\b${QUARTER_WORD}\s+${QUARTER_AFTER_WORD}\b((?:\s*(?:,|[-–—]|va|den)\s*(?:${QUARTER_WORD}\s+)?${QUARTER_AFTER_WORD}\b)*)(?:\s*(?:\/|nam)\s*(\d{4}))?`, 'g');

/**
 * The end of the last quarter one "quý …" names, in its year or the sheet's; a list back across the
 * year's end ("Quý IV – I") that writes no year ends in the next year's quarter.
 */
function quarterDeadline(m: RegExpMatchArray, fallbackYear: number | null): string | null {
  const more = m[2] ? m[2].match(QUARTER_TOKENS) ?? [] : [];
  const q = quarterOf(more.length ? more[more.length - 1] : m[1])!;
  const written = m[m.length - 1];
  const y = written ? Number(written) : fallbackYear !== null && q < quarterOf(m[1])! ? fallbackYear + 1 : fallbackYear;
  return y ? quarterEnd(y, q) : null;
}

/**
 * A document cited with the day it was issued (folded): "QĐ 123/QĐ-UBND ngày 15/7/2025", "Kế hoạch số
 * 45/KH-SKHCN của UBND tỉnh ngày 02/3/2025", "Căn cứ Công văn ngày 10/6/2025", "QĐ số 123/QĐ-UBND, ngày
 * 20/8/2025". That day is the document's, no deadline.
 */
const CITED_DAY = new RegExp(
  String.raw`(?:\b(?:${DOCUMENT_WORDS})\s*(?:so\s*\d+(?:\/[a-z\d&.-]+)*|\d+(?:\/[a-z\d&.-]+)+)|${DOCUMENT_NUMBER}|\bcan cu\s+(?:${DOCUMENT_WORDS})\b)` +
    String.raw`(?:\s+cua\s+[a-z ]{1,40}?)?(?:\s*,)?\s+ngay\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)(?![\d/])`,
  'g',
);

/** A (folded) deadline text with the days of the documents it cites left out. */
function withoutCitedDays(f: string): string {
  return f.includes('ngay') ? f.replace(CITED_DAY, ' ') : f;
}

/** d/m/yyyy (or d-m-yy, d.m.yyyy), not a month range "tháng 7-8/2025". */
const DMY_ALL = /(?:^|[^\d/])(?<!thang\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})(?![\d/])/g;
/** "ngày 15 tháng 8 năm 2025", "trước ngày 15 tháng 8" (folded). */
const DAY_OF_MONTH = /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
const DAY_MONTH_ALL = new RegExp(DAY_MONTH.source, 'g');

/** A number stored as text: "12345", "3172025", or a date serial ("'45900"). */
const DIGITS_ONLY = /^\s*(\d+)\s*$/;

function readDeadlineText(text: string, fallbackYear: number | null): ParsedDate {
  const digits = DIGITS_ONLY.exec(text);
  if (digits) {
    const n = Number(digits[1]);
    if (digits[1].length === 5 && n >= FIRST_SERIAL && n <= LAST_SERIAL) return { iso: excelSerialToIso(n), invalid: false };
    return { iso: null, invalid: isNoDateNumber(n) };
  }
  // "2025-07-31" typed as text (or pasted from another tool): the shared whole-text date reader.
  if (/^\s*\d{4}-\d{1,2}-\d{1,2}\b/.test(text)) {
    const iso = parseDateText(text);
    return { iso, invalid: iso === null };
  }
  const f = ordinalsAsFigures(withoutCitedDays(foldKey(text)));
  const dates = writtenDates(f, fallbackYear);
  // A period ("Từ ngày 01/10/2025 đến ngày 30/11/2025", "15/9 - 30/11", "01-15/8", "Dự thảo 15/7;
  // trình UBND 30/9") is due at its end: the latest date written counts.
  if (dates.length) return dates.includes(null) ? { iso: null, invalid: true } : { iso: dueBefore((dates as string[]).reduce((a, b) => (b > a ? b : a)), f), invalid: false };
  const half = HALF_YEAR.exec(f);
  if (half) {
    const y = half[3] ? Number(half[3]) : fallbackYear;
    return { iso: y ? (half[1] === 'dau' ? monthEnd(y, 6) : monthEnd(y, 12)) : null, invalid: false };
  }
  const toShort = periodToShortEnd(f);
  if (toShort) return { iso: toShort, invalid: false };
  const part = partOfMonthDeadline(f, fallbackYear) ?? weekListDeadline(f, fallbackYear) ?? partOfQuarterDeadline(f, fallbackYear);
  if (part) return part;
  // A month in brackets is a remark on the deadline ("Tháng 9 (trình UBND tỉnh tháng 10)"), not one more.
  const outsideBrackets = f.replace(/\([^()]*\)/g, ' ');
  const months = monthsDeadline(outsideBrackets, fallbackYear) ?? (outsideBrackets === f ? null : monthsDeadline(f, fallbackYear));
  if (months) return months;
  // "10/2025", "T10/2025", "T12/2025 - T1/2026": the end of the (last) month.
  const my = monthYearDeadline(f);
  if (my) return { iso: my, invalid: false };
  // "Quý III, IV", "Quý III-IV", "Quý IV/2025 - Quý I/2026": due at the end of the last one.
  const quarters = [...f.matchAll(QUARTER_DEADLINES)].map((m) => quarterDeadline(m, fallbackYear)).filter((iso): iso is string => iso !== null);
  if (quarters.length) return { iso: quarters.reduce((a, b) => (b > a ? b : a)), invalid: false };
  const short = SHORT_DEADLINE.exec(f);
  return short ? shortDeadline(short, fallbackYear) : (shortRangeDeadline(f, fallbackYear) ?? { iso: null, invalid: false });
}

const MONTHS_ALL = new RegExp(MONTHS_IN_TEXT.source, 'g');

/**
 * The end of the latest month a (folded) text names, each month or range read on its own: a list
 * whose months each have their word ("Cuối tháng 8, cuối tháng 9") is due at its last, as "Tháng 8,
 * tháng 9" is. Null when it names none, or no year is known.
 */
function monthsDeadline(f: string, fallbackYear: number | null): ParsedDate | null {
  let due: string | null = null;
  for (const m of f.matchAll(MONTHS_ALL)) {
    const span = monthSpan(m);
    // A month past 12 is a wrong date when it comes first, as it was read before; a later one is left out.
    if (!span) {
      if (due === null) return { iso: null, invalid: true };
      continue;
    }
    const y = span.year ?? (fallbackYear !== null && span.acrossYear ? fallbackYear + 1 : fallbackYear);
    if (!y) return null;
    const iso = monthEnd(y, span.last);
    if (!due || iso > due) due = iso;
  }
  return due ? { iso: due, invalid: false } : null;
}

/**
 * The early or middle part of a month as a whole (folded) deadline cell, by the month's three ten-day
 * parts: "Đầu tháng 8", "Thượng tuần tháng 8" (due the 10th), "Giữa tháng 8", "Trung tuần tháng 8" (the
 * 20th); a week ("Tuần 2 tháng 8", "Tuần thứ hai tháng 8", "Tuần đầu tháng 8") by its last day (the
 * 14th, the 7th), the 4th week on ("Tuần cuối") at the month's end, as "Cuối tháng 8" is. Groups: the
 * part, the week (figure or word), the month (figure or word), the year.
 */
const PART_OF_MONTH = new RegExp(
  String.raw`^(?:(?:truoc|trong|vao|han|den)\s+)?(dau|giua|thuong tuan|trung tuan|tuan\s+(?:thu\s+)?(\d|nhat|dau|hai|ba|tu|bon|cuoi))(?:\s+cua)?\s+thang\s+(?:(\d{1,2})|${MONTH_WORD})(?:\s*(?:[/-]|nam)\s*(\d{4}))?[.;]?$`,
);

/** A week in words (folded): "Tuần thứ hai", "Tuần đầu"; "Tuần cuối" as the 4th week on, due at the month's end. */
const WEEK_WORDS: Record<string, number> = { nhat: 1, dau: 1, hai: 2, ba: 3, tu: 4, bon: 4, cuoi: 4 };

function partOfMonthDeadline(f: string, fallbackYear: number | null): ParsedDate | null {
  const m = PART_OF_MONTH.exec(f);
  if (!m) return null;
  const month = m[3] ? Number(m[3]) : MONTH_WORDS[m[4]];
  if (month < 1 || month > 12) return { iso: null, invalid: true };
  const y = m[5] ? Number(m[5]) : fallbackYear;
  if (!y) return { iso: null, invalid: false };
  const week = m[2] ? (WEEK_WORDS[m[2]] ?? Number(m[2])) : null;
  if (week === 0) return null;
  const day = week ? (week < 4 ? week * 7 : 31) : m[1] === 'giua' || m[1] === 'trung tuan' ? 20 : 10;
  return { iso: makeIso(y, month, day) ?? monthEnd(y, month), invalid: false };
}

/** "Đầu quý IV", "Giữa quý III/2025", "Trước giữa quý 3" as a whole (folded) deadline cell. Groups: the part, the quarter, the year. */
const PART_OF_QUARTER = new RegExp(String.raw`^(?:(?:truoc|trong|vao|han|den)\s+)?(dau|giua)\s+${QUARTER_WORD}\s+${QUARTER_AFTER_WORD}(?:\s*(?:\/|-|nam)\s*(\d{4}))?[.;]?$`);

/** The early or middle part of a quarter, as of a month ("Đầu tháng 8"): by the end of its first or second month. */
function partOfQuarterDeadline(f: string, fallbackYear: number | null): ParsedDate | null {
  const m = PART_OF_QUARTER.exec(f);
  if (!m) return null;
  const y = m[3] ? Number(m[3]) : fallbackYear;
  return { iso: y ? monthEnd(y, (quarterOf(m[2])! - 1) * 3 + (m[1] === 'dau' ? 1 : 2)) : null, invalid: false };
}

/** Where a (folded) list of weeks parts: ",", ";", "và", "đến", a dash before a week ("Tuần 1-2 tháng 9"), not before a year. */
const WEEK_LIST_SEPARATOR = /\s*(?:[,;]|\bva\b|\bden\b|[-–—](?=\s*(?:tuan\b|(?:thu\s+)?(?:\d|nhat|dau|hai|ba|tu|bon|cuoi)\b(?!\s*\d))))\s*/;
/** A week of a list written without its month ("Tuần 1" of "Tuần 1, 2 tháng 9"), or without "Tuần" ("2 tháng 9"). */
const WEEK_ALONE = /^(?:tuan\s+)?(?:thu\s+)?(?:\d|nhat|dau|hai|ba|tu|bon|cuoi)$/;
const WEEK_WITHOUT_WORD = /^(?:thu\s+)?(?:\d|nhat|dau|hai|ba|tu|bon|cuoi)\s+(?:cua\s+)?thang\b/;

/**
 * A list of weeks ("Tuần 2 tháng 8, tuần 3 tháng 8", "Tuần 1, 2 tháng 9", "Tuần 4 tháng 8 và tuần 1
 * tháng 9"), each week read as one alone is: due on the latest week's day. A week written without
 * its month takes the next one's. Null unless every part is a week of a month.
 */
function weekListDeadline(f: string, fallbackYear: number | null): ParsedDate | null {
  if (!/\btuan\b/.test(f)) return null;
  const parts = f.replace(/^(?:truoc|trong|vao|han)\s+/, '').split(WEEK_LIST_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return null;
  const weeks = parts.map((p) => (WEEK_WITHOUT_WORD.test(p) ? `tuan ${p}` : p));
  let due: ParsedDate | null = null;
  let year = fallbackYear;
  let lastMonth = 0;
  for (let i = 0; i < weeks.length; i++) {
    const month = WEEK_ALONE.test(weeks[i]) ? weeks.slice(i + 1).find((w) => !WEEK_ALONE.test(w))?.match(/\bthang\b.*$/)?.[0] : '';
    if (month === undefined) return null;
    const week = month ? `${weeks[i].startsWith('tuan') ? '' : 'tuan '}${weeks[i]} ${month}` : weeks[i];
    if (!/\btuan\b/.test(week)) return null;
    let read = partOfMonthDeadline(week, year);
    if (!read || read.invalid || !read.iso) return read ?? null;
    // Across the year's end naming no year ("Tuần 4 tháng 12, tuần 1 tháng 1"): the next year's, as "Tháng 12, tháng 1".
    if (year !== null && acrossYearEnd(lastMonth, monthOf(read.iso)) && !/\b20\d\d\b/.test(week)) read = partOfMonthDeadline(week, ++year) ?? read;
    lastMonth = monthOf(read.iso!);
    if (!due || read.iso! > due.iso!) due = read;
  }
  return due;
}

const monthOf = (iso: string) => Number(iso.slice(5, 7));
/** From a month of the last quarter to one of the first: over the year's end, not a list out of order. */
const acrossYearEnd = (from: number, to: number) => from > 9 && to < 4;

/**
 * A month or quarter with its year, then a range's end with none (folded): "T12/2025 - T1", "Tháng
 * 10/2025 đến T11", "Quý IV/2025 - Quý I", "Q4/2024 - I". Groups: the month's or quarter's word, its
 * figure, the year, the end's word, the end's figure.
 */
const MONTH_YEAR_TO_MONTH = /^(?:tu\s+)?(thang\s*|th?\.?\s*)?(\d{1,2})\s*(?:[/-]|\s+nam)\s*(\d{4})\s*(?:[-–—]|\bden\b)\s*(thang\s*|th?\.?\s*)?(\d{1,2})[.;]?$/;
const QUARTER_YEAR_TO_QUARTER = new RegExp(
  String.raw`^(?:tu\s+)?(q\.?\s*|${QUARTER_WORD}\s+)${QUARTER_AFTER_WORD}\s*(?:\/|-|\s+nam)\s*(\d{4})\s*(?:[-–—]|\bden\b)\s*(q\.?\s*|${QUARTER_WORD}\s+)?${QUARTER_AFTER_WORD}[.;]?$`,
);

/**
 * The end of a range whose end writes no year, in the year its start writes, or the next when it
 * goes back across the year's end ("T12/2025 - T1": 31/1/2026, as "T12/2025 - T1/2026" is). A bare
 * figure at both ends ("12/2025 - 1") is no such range.
 */
function periodToShortEnd(f: string): string | null {
  const month = MONTH_YEAR_TO_MONTH.exec(f);
  if (month && (month[1] || month[4])) {
    const [from, to, y] = [Number(month[2]), Number(month[5]), Number(month[3])];
    return from >= 1 && from <= 12 && to >= 1 && to <= 12 ? monthEnd(to < from ? y + 1 : y, to) : null;
  }
  const quarter = QUARTER_YEAR_TO_QUARTER.exec(f);
  if (!quarter) return null;
  const [from, to, y] = [quarterOf(quarter[2])!, quarterOf(quarter[5])!, Number(quarter[3])];
  return quarterEnd(to < from ? y + 1 : y, to);
}

/**
 * "T10 - T11", "Th10-Th11/2025", "Q3 – Q4", or a list, "T9, T10", "Q3/Q4", "T9 và T10": short
 * deadlines joined by a dash, due at the end of the last (as "Tháng 10 - 11", "Tháng 9, 10" are);
 * back across the year's end ("T12 - T1", "Q4 - Q1"), in the next year unless it says its year.
 * Every part must read as a short deadline on its own.
 */
function shortRangeDeadline(f: string, fallbackYear: number | null): ParsedDate | null {
  const parts = f.split(/\s*(?:[-–—,;/]|\sva\s)\s*(?=[tq])/);
  const read = parts.length > 1 ? parts.map((p) => SHORT_DEADLINE.exec(p)) : [];
  if (!read.length || read.some((m) => !m)) return null;
  const [first, last] = [read[0]!, read[read.length - 1]!];
  const back = !(last[4] ?? last[5]) && fallbackYear !== null && lastMonthOf(last) < lastMonthOf(first);
  return shortDeadline(last, back ? fallbackYear + 1 : fallbackYear);
}

/** The last month a short deadline names: its month, or its quarter's last ("Q4": 12). */
function lastMonthOf(m: RegExpExecArray): number {
  return m[3] ? quarterOf(m[3])! * 3 : m[2] ? MONTH_WORDS[m[2]] : Number(m[1]);
}

/**
 * "Trước ngày 01/10/2025" (folded): before the 1st is by the end of the month before (30/9, still
 * quarter III); any other day as read ("Trước 15/7" is due 15/7, as staff mean it).
 */
function dueBefore(iso: string, f: string): string {
  if (!iso.endsWith('-01')) return iso;
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const before = BEFORE_FIRST.exec(f);
  if (!before || Number(before[1] ?? before[3]) !== m) return iso;
  // "Trước 1/1" with no year, read in the sheet's year, is by the end of that year, not of the one before.
  if (m === 1) return monthEnd(before[2] ?? before[4] ? y - 1 : y, 12);
  return monthEnd(y, m - 1);
}

/** "trước (ngày) 01/10", "trước ngày 1 tháng 10" (folded): the month after the 1st, and the year if written. */
const BEFORE_FIRST = /\btruoc\s+(?:ngay\s+)?0?1\s*(?:[/.-]\s*0?(\d{1,2})(\s*[/.-]\s*\d{2,4})?|thang\s+0?(\d{1,2})(\s+nam\s+\d{4})?)(?!\d)/;

/** The end of the month or quarter a short deadline names; a month past 12 ("T13") is no date. */
function shortDeadline(m: RegExpExecArray, fallbackYear: number | null): ParsedDate {
  const written = m[4] ?? m[5];
  const y = written ? Number(written) : fallbackYear;
  if (m[3]) return { iso: y ? quarterEnd(y, quarterOf(m[3])!) : null, invalid: false };
  const month = m[2] ? MONTH_WORDS[m[2]] : Number(m[1]);
  if (month < 1 || month > 12) return { iso: null, invalid: true };
  return { iso: y ? monthEnd(y, month) : null, invalid: false };
}

/**
 * Every day a (folded) deadline text names, as ISO dates (null for one that does not exist, as
 * 31/9): full dates, "ngày 15 tháng 8", and day/month in the sheet's year ("15/7", "01-15/8").
 */
function writtenDates(f: string, fallbackYear: number | null): (string | null)[] {
  const out: (string | null)[] = [];
  let year = fallbackYear;
  for (const m of ` ${f}`.matchAll(DMY_ALL)) {
    year = fullYear(m[3]);
    out.push(makeIso(year, Number(m[2]), Number(m[1])));
  }
  for (const m of f.matchAll(DAY_OF_MONTH)) {
    if (!m[3]) continue;
    year = Number(m[3]);
    out.push(makeIso(year, Number(m[2]), Number(m[1])));
  }
  if (!year) return out;
  // The days written without a year, beside full dates too ("Dự thảo 15/7/2025; trình UBND 30/9"):
  // in the year the cell writes, else the sheet's. A dash between days starts a range's end ("1/8-15/8", "01-15/8"): read it as "đến".
  // A full date stays as a mark of its month ("#12"): a range from it may end back across the year's end,
  // in either form ("ngày 15 tháng 12 năm 2025 đến 15/1"); "ngày 15 tháng 1" with no year is read as "ngày 15/1".
  // The mark holds its year too ("#1y2026"): a range to it from back across the year's end begins the year before.
  const rest = (out.length ? ` ${f}`.replace(DMY_ALL, (m, _d, month, y) => m.replace(/\d[\s\S]*$/u, ` #${Number(month)}y${fullYear(y)} `)) : f).replace(
    DAY_OF_MONTH,
    (_m, day, month, y) => (y ? ` #${Number(month)}y${y} ` : `ngay ${day}/${month}`),
  );
  const ranged = rest.replace(/(\d)\s*[-–]\s*(?=\d{1,2}\s*\/)/g, '$1 den ');
  const beside = out.length > 0;
  const fullDates = [...ranged.matchAll(/#(\d{1,2})y(\d{4})/g)];
  let prev: { month: number; end: number } | null = null;
  for (const m of ranged.matchAll(DAY_MONTH_ALL)) {
    const full = fullDates.filter((d) => d.index! < m.index!).pop();
    if (full && (!prev || full.index! >= prev.end)) prev = { month: Number(full[1]), end: full.index! + full[0].length };
    // A range back across the year's end ("15/12 - 15/1", "từ 01/12 đến 15/01") ends in the next year, as "T12 - T1" does.
    // Steps listed one after another ("Dự thảo 15/12/2025; trình 15/1") follow in time as a range's ends do.
    const back = prev !== null && Number(m[2]) < prev.month && joinsOn(/\bden\b/, prev.month, Number(m[2]), ranged.slice(prev.end, m.index));
    // A range to a full date back across the year's end ("15/12 - 15/1/2026", "từ 15/12 đến 15/01/2026") begins the year before it.
    const next = fullDates.find((d) => d.index! > m.index!);
    const before = next && Number(m[2]) > Number(next[1]) && joinsOn(RANGE_TO, Number(m[2]), Number(next[1]), ranged.slice(m.index! + m[0].length, next.index));
    const iso = makeIso(back ? year + 1 : before ? Number(next[2]) - 1 : year, Number(m[2]), Number(m[1]));
    prev = { month: Number(m[2]), end: m.index! + m[0].length };
    // Beside a full date, what is no day ("31/40 chỉ tiêu") is some other figure, not a wrong date; after "ngày" it is a wrong date.
    if (iso || !beside || /\bngay\s*$/.test(ranged.slice(0, m.index))) out.push(iso);
  }
  return out;
}

/** What joins a range's start to its end (folded): "-", "đến", "đến ngày". */
const RANGE_TO = /^\s*(?:[-–—]|den)\s*(?:ngay\s*)?$/;
/** What parts one step of a list from the next (folded): "; trình UBND", ", ban hành ngày", no other figure. */
const LIST_STEP = /^[^\d#]*[;,][^\d#]*$/;

/** The next step of a list, a few months on across the year's end ("15/12; 15/1"), not two dates written out of order ("30/9; 15/7"). */
function nextStep(fromMonth: number, toMonth: number, between: string): boolean {
  return 12 - fromMonth + toMonth <= 6 && LIST_STEP.test(between);
}

/** Two dates, fromMonth's then toMonth's, joined by `between` as a range's ends (`range`) or as steps of a list. */
function joinsOn(range: RegExp, fromMonth: number, toMonth: number, between: string): boolean {
  return range.test(between) || nextStep(fromMonth, toMonth, between);
}

/** A year as a date writes it: "25" is 2025. */
function fullYear(y: string): number {
  const n = Number(y);
  return n < 100 ? n + 2000 : n;
}

/** "Thời hạn trình UBND tỉnh: 10/02/2024" anywhere in a note. */
const NOTE_DEADLINE_COLON = /thời hạn[^:]*:\s*([^;,]+)/iu;
/**
 * A part of a note that starts with its deadline, no colon needed: "Thời hạn 30/9/2025", "Thời hạn
 * trình UBND tỉnh 10/02/2024", "…; hạn trình: 10/02/2024". Not "quá hạn", "gia hạn", "hạn chế", nor
 * "thời hạn" inside a sentence ("rút ngắn thời hạn giải quyết còn 1/2").
 */
const NOTE_DEADLINE_PART = /(?:^|[;,.(–-]\s*)(?:thời\s+)?hạn(?!\p{L})(?:[^:;]*:)?\s*([^;,]+)/iu;

/** A deadline stated in a note. */
export function deadlineInNote(note: string, fallbackYear: number | null): ParsedDate | null {
  for (const pattern of [NOTE_DEADLINE_COLON, NOTE_DEADLINE_PART]) {
    const m = pattern.exec(note);
    if (!m) continue;
    const parsed = parseDeadline(m[1], m[1], fallbackYear);
    if (parsed.iso || parsed.invalid) return parsed;
  }
  return null;
}
