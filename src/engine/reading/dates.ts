/** Deadlines as staff write them: Excel dates, "31/7/2025", "Tháng 7/2025", "Quý III/2025". */
import type { CellValue } from '../grid';
import { isDateCell } from '../grid';
import { foldKey } from '../text';
import { romanValue } from './headings';

export interface ParsedDate {
  /** yyyy-mm-dd, or null when the text is not a date. */
  iso: string | null;
  /** The text looks like a date but is none (31/4/2025, 29/02/2023, 12/13/2025). */
  invalid: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

export function monthEnd(y: number, m: number): string {
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return `${y}-${pad(m)}-${pad(days[m - 1])}`;
}

export function quarterEnd(y: number, q: number): string {
  return monthEnd(y, q * 3);
}

/** Excel's serial day number (1900 system) → yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A deadline from a cell. `fallbackYear` completes "31/7" and "Tháng 7". Numbers between 20000 and
 * 80000 are date serials that lost their format.
 */
export function parseDeadline(value: CellValue, text: string, fallbackYear: number | null): ParsedDate {
  if (isDateCell(value)) return { iso: value.iso.slice(0, 10), invalid: false };
  if (typeof value === 'number') {
    if (value > 20000 && value < 80000) return { iso: serialToIso(value), invalid: false };
    return { iso: null, invalid: false };
  }
  const f = foldKey(text);
  const dmy = /(?:^|[^\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})(?![\d/])/.exec(` ${f}`);
  if (dmy) {
    let y = Number(dmy[3]);
    if (y < 100) y += 2000;
    const m = Number(dmy[2]);
    const d = Number(dmy[1]);
    return isValidDate(y, m, d) ? { iso: `${y}-${pad(m)}-${pad(d)}`, invalid: false } : { iso: null, invalid: true };
  }
  const dm = /^(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(f);
  if (dm && fallbackYear) {
    const d = Number(dm[1]);
    const m = Number(dm[2]);
    return isValidDate(fallbackYear, m, d) ? { iso: `${fallbackYear}-${pad(m)}-${pad(d)}`, invalid: false } : { iso: null, invalid: true };
  }
  const month = /\bthang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?\b/.exec(f);
  if (month) {
    const m = Number(month[1]);
    const y = month[2] ? Number(month[2]) : fallbackYear;
    if (m >= 1 && m <= 12 && y) return { iso: monthEnd(y, m), invalid: false };
    if (m < 1 || m > 12) return { iso: null, invalid: true };
  }
  const quarter = /\bquy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(f);
  if (quarter) {
    const q = /\d/.test(quarter[1]) ? Number(quarter[1]) : romanValue(quarter[1])!;
    const y = quarter[2] ? Number(quarter[2]) : fallbackYear;
    if (y) return { iso: quarterEnd(y, q), invalid: false };
  }
  return { iso: null, invalid: false };
}

/** "Thời hạn trình UBND tỉnh: 10/02/2024" in a note. */
export function deadlineInNote(note: string, fallbackYear: number | null): ParsedDate | null {
  const m = /thời hạn[^:]*:\s*([^;,]+)/iu.exec(note);
  if (!m) return null;
  const parsed = parseDeadline(m[1], m[1], fallbackYear);
  return parsed.iso || parsed.invalid ? parsed : null;
}
