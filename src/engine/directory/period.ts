/**
 * Which period of the directory a sheet belongs to: units are renamed between periods, so a name
 * valid in a 2024 sheet is outdated in a late-2025 one. The sheet's title and headings date it;
 * where that leaves several periods possible ("NĂM 2025": before or after the July merger?), the
 * names the sheet itself uses decide.
 */
import { CtctInputError } from '../errors';
import { makeIso, quarterEnd } from '../dates';
import { foldKey } from '../text';
import { MONTH_WITH_YEAR, MONTHS_IN_TEXT, monthSpan, wordedTitleMonth } from '../reading/headings';
import type { Directory, Period } from './types';

export interface ProgrammeDate {
  year: number;
  /** 1-12 when the sheet says it (a decision date of that year, "6 tháng cuối năm", a quarter). */
  month: number | null;
  /** With a year only: the first and last quarter the sheet's headings or name give its tasks. */
  quarters?: [number, number];
  /**
   * The year comes only from the years the tasks name. A task naming a year mostly reports on the
   * year before the programme's ("Báo cáo kết quả … năm 2024" in a 2025 programme), so that year
   * and the next are both possible: the sheet's names decide.
   */
  fromTasks?: boolean;
}

/**
 * The programme's year (and month when stated) from its title lines and headings. The year the
 * title names ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024") wins over the date of the decision that issued
 * it ("ngày 29/12/2023"); that date gives the month only when it falls in the same year.
 */
export function programmeDate(
  titleLines: string[],
  quarters: number[],
  headingYears: number[],
  weakHints: { fileName?: string; taskTexts?: () => string[] } = {},
): ProgrammeDate | null {
  let named: number | null = null;
  let half: ProgrammeDate | null = null;
  let dated: ProgrammeDate | null = null;
  let bare: number | null = null;
  let monthTitle: ProgrammeDate | null = null;
  for (const line of titleLines) {
    const f = foldKey(line);
    const h = /6 thang (cuoi|dau) nam\s+(20\d{2})/.exec(f);
    if (h && !half) half = { year: Number(h[2]), month: h[1] === 'cuoi' ? 7 : 1 };
    const d = firstOfMonths(f) ?? /\/\s*(\d{1,2})\s*\/\s*(20\d{2})\b/.exec(f) ?? /thang\s+(\d{1,2})\s+nam\s+(20\d{2})/.exec(f);
    if (d && !dated && Number(d[1]) >= 1 && Number(d[1]) <= 12) dated = { year: Number(d[2]), month: Number(d[1]) };
    const n = /\bnam\s+(20\d{2})\b/.exec(f);
    if (n && named === null && !h) named = Number(n[1]);
    const b = /\b(20\d{2})\b/.exec(f);
    if (b && bare === null) bare = Number(b[1]);
    // A month plan's title, "THÁNG 7/2025", the short "T7/2025" or "THÁNG BẢY NĂM 2025": over a decision date beside it.
    const t = MONTH_WITH_YEAR.exec(f) ?? wordedTitleMonth(f);
    if (t && !monthTitle && Number(t[1]) >= 1 && Number(t[1]) <= 12) monthTitle = { year: Number(t[2]), month: Number(t[1]) };
  }
  if (monthTitle) dated = monthTitle;
  if (half) return dated && dated.year === half.year && dated.month! >= half.month! ? dated : half;
  const span = quarters.length ? ([Math.min(...quarters), Math.max(...quarters)] as [number, number]) : undefined;
  if (named !== null) return dated && dated.year === named ? { year: named, month: dated.month } : { year: named, month: null, quarters: span };
  if (dated) return dated;
  // A heading's year ("Quý III/2025") dates the tasks, so its first quarter gives the month.
  if (headingYears.length) return { year: headingYears[0], month: quarters.length ? (Math.min(...quarters) - 1) * 3 + 1 : null };
  if (bare !== null) return { year: bare, month: null, quarters: span };
  const weak = weakYear(weakHints);
  return weak === null ? null : { year: weak.year, month: null, quarters: span, ...(weak.fromTasks ? { fromTasks: true } : {}) };
}

/**
 * A (folded) title's range of months with its year ("từ tháng 1 đến tháng 3 năm 2025", "tháng 1, 2, 3
 * năm 2025"): [, its first month, that month's year]. The plan starts then, as "Quý I" does: not in March.
 */
function firstOfMonths(f: string): [string, string, string] | null {
  const m = MONTHS_IN_TEXT.exec(f);
  const span = m ? monthSpan(m) : null;
  if (!span || span.first === span.last || span.year === null) return null;
  return [m![0], String(span.first), String(span.acrossYear ? span.year - 1 : span.year)];
}

/**
 * The periods a sheet of that date may belong to, the likeliest first: with a month, the period in
 * force then (and one starting within the next quarter, as decisions lag); with a year only, the
 * period in force on 1 January and those starting that year; with no date, all, latest first.
 */
export function candidatePeriods(directory: Directory, date: ProgrammeDate | null): Period[] {
  const periods = directory.periods;
  if (!date) return [...periods].reverse();
  if (date.fromTasks) {
    // The tasks' year first (a tie keeps it), then the next year's periods.
    const { fromTasks: _weak, ...named } = date;
    return [...new Set([...candidatePeriods(directory, named), ...candidatePeriods(directory, { ...named, year: date.year + 1 })])];
  }
  const inForce = (iso: string) => [...periods].reverse().find((p) => p.from <= iso) ?? periods[0];
  if (date.month !== null) {
    const ref = `${date.year}-${String(date.month).padStart(2, '0')}-01`;
    const soon = `${date.month > 9 ? date.year + 1 : date.year}-${String(((date.month + 2) % 12) + 1).padStart(2, '0')}-01`;
    const current = inForce(ref);
    return [current, ...periods.filter((p) => p.from > ref && p.from < soon && p !== current)];
  }
  const sameYear = periods.filter((p) => p.from.startsWith(String(date.year)));
  const january = inForce(`${date.year}-01-01`);
  // "NĂM 2025" is most likely the programme issued that year: its first period leads.
  const all = [...new Set([...sameYear, january])];
  if (!date.quarters) return all;
  // A sheet of Quý IV only was written for the names in force then, whatever names it still uses.
  const [first, last] = date.quarters;
  const start = makeIso(date.year, (first - 1) * 3 + 1, 1)!;
  const end = quarterEnd(date.year, last);
  const inSpan = all.filter((p) => {
    const next = periods[periods.indexOf(p) + 1];
    return p.from <= end && (!next || next.from > start);
  });
  return inSpan.length ? inSpan : all;
}

/** The first candidate unless another one knows clearly more of the sheet's names. */
export function choosePeriod(candidates: Period[], fit: (p: Period) => number): Period {
  if (candidates.length === 1) return candidates[0];
  let best = candidates[0];
  let bestFit = fit(best);
  for (const p of candidates.slice(1)) {
    const f = fit(p);
    if (f > bestFit) {
      best = p;
      bestFit = f;
    }
  }
  return best;
}

/**
 * The year a sheet's deadlines are read in: a year known only from the tasks' words is the next one
 * when the names chose a period that starts in that next year.
 */
export function sheetYear(date: ProgrammeDate, period: Period): number {
  return date.fromTasks && Number(period.from.slice(0, 4)) > date.year ? date.year + 1 : date.year;
}

/**
 * Without a title: the year in the file name ("ctct-2024.xlsx"), else the year the tasks name most
 * ("Kế hoạch … năm 2024"). Weak evidence, used only when the sheet says nothing better.
 */
function weakYear(hints: { fileName?: string; taskTexts?: () => string[] }): { year: number; fromTasks: boolean } | null {
  const inName = /(?:^|\D)(20\d{2})(?!\d)/.exec(hints.fileName ?? '');
  if (inName) return { year: Number(inName[1]), fromTasks: false };
  const counts = new Map<number, number>();
  for (const t of hints.taskTexts?.() ?? []) {
    for (const m of foldKey(t).matchAll(/\bnam\s+(20\d{2})\b/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best && best[1] >= 2 ? { year: best[0], fromTasks: true } : null;
}

export function periodById(directory: Directory, id: string): Period {
  const p = directory.periods.find((x) => x.id === id);
  if (!p) {
    const ids = directory.periods.map((x) => x.id).join(', ');
    throw new CtctInputError('unknown-period', `Không có kỳ "${id}" trong danh mục (các kỳ có: ${ids}).`);
  }
  return p;
}
