/**
 * Statuses ticked, not written: one column per status ("Hoàn thành | Đang thực hiện | Chưa thực
 * hiện", under "Tình hình thực hiện" or on the header row itself), an "x" under the one that applies.
 */
import type { SheetView } from '../sheet/view';
import { readStatus, type Status } from '../status';
import { isBlankField } from './model';
import { foldKey } from '../text';
import { QUARTER_NAMES, QUARTER_TOKEN, quarterOf } from './headings';
import { isTimeGroupHeader } from './headers';

export interface TickColumn {
  col: number;
  status: Status;
}

/** A mark that ticks a box: "x" (or "×" from the symbols), "v", "✓", "1", a checkbox's TRUE; a Gantt's "●", "■", "*", "+". */
const TICK = /^(?:x|×|✗|✘|v|✓|✔|√|☑|☒|1|true|●|■|▪|◼|\*|\+)$/iu;
/** A checkbox left unticked: FALSE, no mark. */
const UNTICKED = 'FALSE';

/** A header cell naming one status ("Hoàn thành", "Chưa thực hiện"): short, with no day or share in it. */
function statusHeader(text: string): Status | null {
  return text && text.length <= 30 && !/\d/.test(text) ? readStatus(text) : null;
}

/**
 * The first run of two or more adjacent cells of a header row each naming another status, else
 * null. One alone is no such run: "Tiến độ" over "Bắt đầu | Hoàn thành" holds a deadline.
 */
export function tickColumns(view: SheetView, row: number): TickColumn[] | null {
  let run: TickColumn[] = [];
  for (let c = 1; c <= view.colCount + 1; c++) {
    const status = c <= view.colCount ? statusHeader(view.text(row, c)) : null;
    if (status && !run.some((t) => t.status === status)) {
      run.push({ col: c, status });
      continue;
    }
    if (run.length >= 2) return run;
    run = status ? [{ col: c, status }] : [];
  }
  return null;
}

/**
 * What a task row's marks say: the status ticked, or (`ticked` false) for two marks or a mark that
 * is no tick, the marks with their columns' statuses ("x (Hoàn thành); x (Đang thực hiện)"), for a
 * person to read. `col`: the first marked cell. Null when nothing is marked ("-" is no mark).
 */
export function readTicks(view: SheetView, row: number, ticks: readonly TickColumn[]): { text: string; col: number; ticked: boolean } | null {
  const marked = ticks.map((t) => ({ ...t, mark: view.text(row, t.col) })).filter((t) => !isBlankField(t.mark) && t.mark !== UNTICKED);
  if (marked.length === 0) return null;
  if (marked.length === 1 && TICK.test(marked[0].mark.trim())) return { text: marked[0].status, col: marked[0].col, ticked: true };
  return { text: marked.map((t) => `${t.mark} (${t.status})`).join('; '), col: marked[0].col, ticked: false };
}

/** How far below its header a lone column's marks are looked at. */
const LONE_ROWS = 300;

/**
 * A lone "Hoàn thành" column ("Đã hoàn thành", "Xong"; no run of status columns) whose cells under
 * the header are all ticks or blank, one ticked at least: the tasks ticked are done. A column of
 * days under it (a deadline, the day done) is none. `taken`: columns the header gave another meaning.
 */
export function loneDoneColumn(view: SheetView, row: number, taken: ReadonlySet<number>): TickColumn[] | null {
  for (let c = 1; c <= view.colCount; c++) {
    if (taken.has(c) || statusHeader(view.text(row, c)) !== 'Hoàn thành') continue;
    let ticked = 0;
    for (let r = row + 1; r <= Math.min(view.rowCount, row + LONE_ROWS); r++) {
      const mark = view.text(r, c).trim();
      if (isBlankField(mark) || mark === UNTICKED) continue;
      if (!TICK.test(mark)) {
        ticked = 0;
        break;
      }
      ticked++;
    }
    if (ticked) return [{ col: c, status: 'Hoàn thành' }];
  }
  return null;
}

/** Periods ticked in a column each ("Quý I | Quý II | Quý III | Quý IV", "Tháng 1 … Tháng 12"), often under "Thời gian thực hiện". */
export interface PeriodTicks {
  field: 'quarter' | 'month';
  cols: { col: number; n: number }[];
}

/** The year a period header may name after it: "Quý I/2025", "Tháng 7-2025", "Quý I năm 2025". */
const HEADER_YEAR = String.raw`(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?`;
const QUARTER_HEADER = new RegExp(String.raw`^(?:qu[yi]|q\.?)\s*${QUARTER_TOKEN}${HEADER_YEAR}$`);
const MONTH_HEADER = new RegExp(String.raw`^(?:thang|th?\.?)\s*(\d{1,2})${HEADER_YEAR}$`);

/** The quarter ("Quý I", "Quý 3", "Q.IV", "Quý I/2025") or month ("Tháng 7", "T7") a header cell names, and nothing else. */
function periodHeader(text: string): { field: PeriodTicks['field']; n: number } | null {
  // The longest: "Tháng 12 năm 2025:".
  if (!text || text.length > 20) return null;
  const folded = foldKey(text).replace(/[:.]+$/, '').trim();
  const q = QUARTER_HEADER.exec(folded);
  if (q) return { field: 'quarter', n: quarterOf(q[1])! };
  const m = MONTH_HEADER.exec(folded);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? { field: 'month', n: month } : null;
}

/** The first run of two or more adjacent cells of a header row naming quarters (or months) in order, else null. */
export function periodTickColumns(view: SheetView, row: number): PeriodTicks | null {
  let run: PeriodTicks | null = null;
  for (let c = 1; c <= view.colCount + 1; c++) {
    const p = c <= view.colCount ? periodHeader(view.text(row, c)) : null;
    const last = run?.cols[run.cols.length - 1];
    if (p && run && last && p.field === run.field && p.n > last.n) {
      run.cols.push({ col: c, n: p.n });
      continue;
    }
    if (run && run.cols.length >= 2) return run;
    run = p ? { field: p.field, cols: [{ col: c, n: p.n }] } : null;
  }
  return null;
}

/**
 * Periods numbered bare under a group of time ("Thời gian thực hiện (tháng)", "Tiến độ thực hiện"
 * over "1 | 2 | … | 12", figures or text): the first run of two or more cells counting up by one,
 * right under that group cell ("Quý", "Tháng" merged over them too). Months, unless the group says
 * "quý" or they are Roman ("I | II | III | IV"); under a group naming neither, "1 | 2 | 3 | 4" are
 * the year's quarters (a month's plan: its weeks, not read). A row numbering every column ("1 | 2 | 3 …" from "TT" on) stands under no such group.
 */
export function numberedPeriodColumns(view: SheetView, row: number, monthPlan: () => boolean = () => false): PeriodTicks | null {
  if (row <= 1) return null;
  const figures = firstCountingRun(view, row, false);
  const cols = figures ?? firstCountingRun(view, row, true);
  if (!cols) return null;
  const group = view.text(row - 1, cols[0].col);
  if (!isTimeGroupHeader(group)) return null;
  const over = view.mergedTo(row - 1, cols[0].col);
  if (cols.some((t) => t.col > over && view.text(row - 1, t.col) !== '')) return null;
  const folded = foldKey(group);
  const last = cols[cols.length - 1].n;
  // In a month's plan, "1 | 2 | 3 | 4" under a group naming neither are its weeks, no quarters.
  const field = !figures || /\bqu[yi]\b/.test(folded) ? 'quarter' : /\bthang\b/.test(folded) || last > 4 ? 'month' : cols.length === 4 && !monthPlan() ? 'quarter' : null;
  if (!field || last > (field === 'quarter' ? 4 : 12)) return null;
  return { field, cols };
}

/**
 * Months numbered bare under their quarters ("Quý I" merged over "1 | 2 | 3", "Quý II" over
 * "4 | 5 | 6" …, under "Thời gian thực hiện" or not): the months, ticked in a column each. Every
 * cell over the run is blank or the quarter of the month under it, at that quarter's first month.
 */
export function monthsUnderQuarters(view: SheetView, row: number): PeriodTicks | null {
  if (row <= 1) return null;
  const cols = firstCountingRun(view, row, false);
  if (!cols || cols[cols.length - 1].n > 12 || !view.text(row - 1, cols[0].col)) return null;
  let quarters = 0;
  for (const t of cols) {
    const over = view.text(row - 1, t.col);
    if (!over) continue;
    const p = periodHeader(over);
    if (p?.field !== 'quarter' || p.n !== Math.ceil(t.n / 3) || t.n % 3 !== 1) return null;
    quarters++;
  }
  return quarters >= 2 ? { field: 'month', cols } : null;
}

const ROMAN_QUARTER = /^\s*(iv|iii|ii|i)\s*$/;

/** The first run of two or more adjacent cells holding bare figures (or Roman numbers) that count up by one ("1 | 2 | 3", "7 | 8 | 9", "I | II"). */
function firstCountingRun(view: SheetView, row: number, roman: boolean): { col: number; n: number }[] | null {
  let run: { col: number; n: number }[] = [];
  for (let c = 1; c <= view.colCount + 1; c++) {
    const text = c <= view.colCount ? view.text(row, c) : '';
    const m = roman ? ROMAN_QUARTER.exec(foldKey(text)) : /^\s*0?(\d{1,2})\s*$/.exec(text);
    const n = m ? (roman ? quarterOf(m[1])! : Number(m[1])) : 0;
    if (n >= 1 && run.length && n === run[run.length - 1].n + 1) {
      run.push({ col: c, n });
      continue;
    }
    if (run.length >= 2) return run;
    run = n >= 1 ? [{ col: c, n }] : [];
  }
  return null;
}

/** A day written in a period's column ("15/8", "15/8/2025", a date cell) in that very month (quarter): a tick with its day. */
function dayInPeriod(mark: string, field: PeriodTicks['field'], n: number): boolean {
  const m = DAY_MONTH.exec(mark);
  if (!m) return false;
  const month = Number(m[1]);
  return field === 'month' ? month === n : Math.ceil(month / 3) === n;
}

/** "15/8", "15/08/2025", "15-8", "Ngày 15/8": its month. */
const DAY_MONTH = /^(?:ng[aà]y\s+)?(?:[1-9]|[12]\d|3[01])\s*[/.-]\s*(1[0-2]|0?[1-9])(?:\s*[/.-]\s*(?:\d{2}|\d{4}))?$/iu;

/**
 * The marks of a task's row in period columns that are neither ticks nor a day of the column's own
 * period ("Hoàn thành", "15/9" under "Tháng 8"): `readPeriodTicks` reads past them. A blank, "-",
 * "0" and an unticked box say no.
 */
export function strayPeriodMarks(view: SheetView, row: number, ticks: PeriodTicks): { col: number; n: number; text: string }[] {
  let reach = 0;
  const out: { col: number; n: number; text: string }[] = [];
  for (const t of ticks.cols) {
    const mark = view.text(row, t.col).trim();
    if (TICK.test(mark) || dayInPeriod(mark, ticks.field, t.n)) reach = view.mergedTo(row, t.col);
    else if (t.col > reach && !isBlankField(mark) && mark !== UNTICKED && mark !== '0') out.push({ col: t.col, n: t.n, text: mark });
  }
  return out;
}

/** The day written as the last tick of a row ("15/8" under "Tháng 8", after an "x" under "Tháng 7" too), else null. */
export function lastTickedDay(view: SheetView, row: number, ticks: PeriodTicks): { col: number; text: string } | null {
  for (let i = ticks.cols.length - 1; i >= 0; i--) {
    const t = ticks.cols[i];
    const mark = view.text(row, t.col).trim();
    if (dayInPeriod(mark, ticks.field, t.n)) return { col: t.col, text: mark };
    if (TICK.test(mark)) return null;
  }
  return null;
}

/**
 * The period a task's ticks give, as its "Quý"/"Tháng" cell would say it: one ticked, that one
 * ("III", "Tháng 7"); several, the first to the last ("III-IV", "Tháng 7-9"). Null for no tick, or
 * ticks over the whole year (an all-year task). `col`: the first ticked cell.
 */
export function readPeriodTicks(view: SheetView, row: number, ticks: PeriodTicks): { text: string; col: number } | null {
  // An "x" merged across two or three columns ticks each of them.
  let reach = 0;
  const ticked = ticks.cols.filter((t) => {
    const mark = view.text(row, t.col).trim();
    if (!TICK.test(mark) && !dayInPeriod(mark, ticks.field, t.n)) return t.col <= reach;
    reach = view.mergedTo(row, t.col);
    return true;
  });
  if (!ticked.length) return null;
  const [first, last] = [ticked[0].n, ticked[ticked.length - 1].n];
  const quarters = ticks.field === 'quarter';
  if (first === 1 && last === (quarters ? 4 : 12)) return null;
  const name = (n: number) => (quarters ? QUARTER_NAMES[n - 1] : String(n));
  const span = first === last ? name(first) : `${name(first)}-${name(last)}`;
  return { text: quarters ? span : `Tháng ${span}`, col: ticked[0].col };
}
