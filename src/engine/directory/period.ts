/**
 * Which period of the directory a sheet belongs to: units are renamed between periods, so a name
 * valid in a 2024 sheet is outdated in a late-2025 one.
 */
import { CtctInputError } from '../errors';
import { foldKey } from '../text';
import type { Directory, Period } from './types';

export interface ProgrammeDate {
  year: number;
  /** 1-12 when the sheet says it (a decision date, "6 tháng cuối năm", a quarter). */
  month: number | null;
}

/** Reads the programme's year (and month when stated) from title lines and headings. */
export function programmeDate(
  titleLines: string[],
  quarters: number[],
  headingYears: number[],
  weakHints: { fileName?: string; taskTexts?: () => string[] } = {},
): ProgrammeDate | null {
  let year: number | null = null;
  let month: number | null = null;
  for (const line of titleLines) {
    const f = foldKey(line);
    const dated = /(?:ngay\s*\d{0,2}\s*)?\/\s*(\d{1,2})\s*\/\s*(20\d{2})\b/.exec(f) ?? /thang\s+(\d{1,2})\s+nam\s+(20\d{2})/.exec(f);
    if (dated && Number(dated[1]) >= 1 && Number(dated[1]) <= 12) {
      year = Number(dated[2]);
      month = Number(dated[1]);
      continue;
    }
    const half = /6 thang (cuoi|dau) nam\s+(20\d{2})/.exec(f);
    if (half) {
      year = Number(half[2]);
      month = month ?? (half[1] === 'cuoi' ? 7 : 1);
      continue;
    }
    const y = /\bnam\s+(20\d{2})\b/.exec(f) ?? /\b(20\d{2})\b/.exec(f);
    if (y && year === null) year = Number(y[1]);
  }
  // A title's year dates the document ("NĂM 2025" was written in March, whatever its quarters);
  // a heading's year ("Quý III/2025") dates the tasks, so its quarter gives the month.
  if (year === null && headingYears.length) {
    year = headingYears[0];
    if (month === null && quarters.length) month = (Math.min(...quarters) - 1) * 3 + 1;
  }
  if (year === null) year = weakYear(weakHints);
  if (year === null) return null;
  return { year, month };
}

/** The period in force at the programme's date; with the year only, the first period of that year. */
export function pickPeriod(directory: Directory, date: ProgrammeDate | null): Period {
  const periods = directory.periods;
  if (!date) return periods[periods.length - 1];
  if (date.month !== null) {
    const ref = `${date.year}-${String(date.month).padStart(2, '0')}-01`;
    const before = periods.filter((p) => p.from <= ref);
    return before.length ? before[before.length - 1] : periods[0];
  }
  const sameYear = periods.filter((p) => p.from.startsWith(String(date.year)));
  if (sameYear.length) return sameYear[0];
  const before = periods.filter((p) => p.from < `${date.year}`);
  return before.length ? before[before.length - 1] : periods[0];
}

export function periodById(directory: Directory, id: string): Period {
  const p = directory.periods.find((x) => x.id === id);
  if (!p) {
    const ids = directory.periods.map((x) => x.id).join(', ');
    throw new CtctInputError('unknown-period', `Không có kỳ "${id}" trong danh mục (các kỳ có: ${ids}).`);
  }
  return p;
}

/**
 * Without a title: the year in the file name ("ctct-2024.xlsx"), else the year the tasks name most
 * ("Kế hoạch … năm 2024"). Weak evidence, used only when the sheet says nothing better.
 */
function weakYear(hints: { fileName?: string; taskTexts?: () => string[] }): number | null {
  const inName = /(?:^|\D)(20\d{2})(?!\d)/.exec(hints.fileName ?? '');
  if (inName) return Number(inName[1]);
  const counts = new Map<number, number>();
  for (const t of hints.taskTexts?.() ?? []) {
    for (const m of foldKey(t).matchAll(/\bnam\s+(20\d{2})\b/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best && best[1] >= 2 ? best[0] : null;
}
