/**
 * Numbers below a task's own: hierarchical ("2.1", "2.2" under "2 | Tháng 8") and lettered ("a)",
 * "b)" under a group row; "7a", "7b" inserted after a 7). Each list runs on from its first without
 * repeats or gaps, as the integers of a part do.
 */
import type { ParsedTask } from '../reading/model';
import type { CheckContext } from './context';
import { romanValue } from '../reading/headings';

/** The hierarchical numbers of a part: each prefix numbers its own from 1. */
export interface SubNumbers {
  byPrefix: Map<string, { block: number; row: number; last: number; written: number; seen: Map<number, number> }>;
  /** The part's last hierarchical number (written, or stood for by an unnumbered task). */
  last: SubNumber | null;
  /** A prefix's list has started again at .1 under a new heading (each month numbers "1.1", "1.2"…). */
  perBlock: boolean;
}

export interface SubNumber {
  prefix: string;
  sub: number;
}

/**
 * "2.3", "2.3.", "1.2.3", "II.3" (a Roman part's number, kept as written): the prefix ("2", "1.2",
 * "II") and the last number; null for anything else.
 */
export function hierarchical(stt: string): SubNumber | null {
  const m = /^((?:\d{1,3}|[IVX]{1,4})(?:\.\d{1,3})*)\.(\d{1,3})\.?$/.exec(stt.trim());
  if (!m || romanPrefix(m[1]) === null) return null;
  return { prefix: m[1].split('.').map((part) => (/^\d/.test(part) ? String(Number(part)) : part)).join('.'), sub: Number(m[2]) };
}

/** A prefix's first part as a number: "2" → 2, "II" → 2 (not "IIII", "VX"); null when it is no number. */
export function romanPrefix(prefix: string): number | null {
  const first = prefix.split('.')[0];
  return /^\d/.test(first) ? Number(first) : romanValue(first);
}

/** The integer checks for hierarchical numbers, within each prefix: repeats, gaps, a first number above .1. */
export function checkSubNumber(ctx: CheckContext, subs: SubNumbers, written: SubNumber, p: ParsedTask, col: number): void {
  let list = subs.byPrefix.get(written.prefix);
  const h = list && list.block === p.block && keptAsDecimal(ctx, p, col, written.sub, list.last + 1) ? { prefix: written.prefix, sub: list.last + 1 } : written;
  const { prefix, sub } = h;
  const label = `${prefix}.${sub}`;
  const at = { sheet: p.sheet, row: p.row, col };
  if (list && separated(list, p) && (sub === 1 || (subs.perBlock && sub <= list.last))) {
    // A new heading's own list ("1.1" again under "Tháng 8"); one starting above .1 lost its first.
    if (sub > 1) ctx.emit('number-gap', at, { jump: `bắt đầu lại từ ${label}`, missing: ` (thiếu ${subRange(prefix, 1, sub - 1)})` });
    subs.perBlock = true;
    list = undefined;
  } else if (!list && sub > 1 && subs.last !== null) {
    ctx.emit('number-gap', at, { jump: `nhảy từ ${subs.last.prefix}.${subs.last.sub} sang ${label}`, missing: ` (thiếu ${subRange(prefix, 1, sub - 1)})` });
  }
  subs.last = h;
  if (!list) {
    subs.byPrefix.set(prefix, { block: p.block, row: p.row, last: sub, written: sub, seen: new Map([[sub, p.row]]) });
    return;
  }
  const otherRow = list.seen.get(sub);
  if (otherRow !== undefined) {
    ctx.emit('duplicate-number', at, { stt: label, otherRow, expected: `${prefix}.${list.last + 1}` });
  } else if (sub !== list.last + 1 && sub !== list.written + 1) {
    const missing = sub > list.last + 1 ? ` (thiếu ${subRange(prefix, list.last + 1, sub - 1)})` : ' (lùi lại)';
    ctx.emit('number-gap', at, { jump: `nhảy từ ${prefix}.${list.last} sang ${label}`, missing });
  }
  if (otherRow === undefined) list.seen.set(sub, p.row);
  list.last = otherRow === undefined ? sub : Math.max(list.last + 1, sub);
  list.written = sub;
  list.block = p.block;
  list.row = p.row;
}

/**
 * "1.10" typed where Excel takes it for a number: it keeps 1.1, and shows "1.1" under the General
 * format. A number x.1 (or x.2 for x.20) in a number cell where x.10 (x.20) is due is that number.
 */
function keptAsDecimal(ctx: CheckContext, p: ParsedTask, col: number, sub: number, due: number): boolean {
  return due % 10 === 0 && String(due).replace(/0+$/, '') === String(sub) && typeof ctx.views.get(p.sheet)?.value(p.row, col) === 'number';
}

/**
 * A heading or any other row stands between the list's last task and this one: a list starting
 * again there ("1.1", "a)") is a new group's. The row may be a group row ("Văn phòng Sở", "Công tác
 * thanh tra:") that reading took for the rest of the task above.
 */
function separated(list: { block: number; row: number }, p: ParsedTask): boolean {
  return list.block !== p.block || p.row > list.row + 1;
}

/** How a sheet's hierarchical numbers follow its quarter and month rows: the block checked, and the month whose number the last month's tasks took. */
export interface PeriodPrefixes {
  block: number;
  /** A slip was reported in the block, or its first number was read: the block's other numbers follow that one. */
  done: boolean;
  /** The month and prefix of the last block whose tasks were numbered by their month ("7.1" under "Tháng 7"). */
  byMonth: { month: number; prefix: string } | null;
}

/**
 * A hierarchical number whose prefix does not follow its quarter or month row: not the row's own
 * number ("1.1" under "2 | Tháng 8", "3.1" under "2 | Quý IV"), or, where the months before numbered
 * their tasks by the month ("7.1" under "Tháng 7"), the last month's number kept ("7.3" under
 * "Tháng 8"). Once per block, at its first. Under a numbered group row the prefix is the group's.
 * Whether it was reported.
 */
export function checkPeriodPrefix(ctx: CheckContext, s: PeriodPrefixes, h: SubNumber, p: ParsedTask, col: number): boolean {
  if (s.block !== p.block) [s.block, s.done] = [p.block, false];
  if (s.done) return false;
  s.done = true;
  const month = p.month !== null ? String(p.month) : null;
  const row = p.periodRow;
  // "II.1" under "II | Quý IV" follows its row as "2.1" does.
  const parts = h.prefix.split('.').map((part, i) => (i === 0 ? String(romanPrefix(part)) : part));
  let expected: string | null = null;
  if (p.groupNumber !== null) expected = null;
  // The row's own number, or the month's or quarter's ("4.1" under "2 | Quý IV"), as units number them.
  else if (row) expected = parts.includes(String(row.number)) || (month !== null && parts.includes(month)) || (p.quarter !== null && parts.includes(String(p.quarter))) ? null : String(row.number);
  else if (month !== null && s.byMonth && s.byMonth.month !== p.month && s.byMonth.prefix === h.prefix) expected = month;
  else if (namesAnotherMonth(h.prefix, p)) expected = month;
  if (expected !== null) {
    ctx.emit('number-gap', { sheet: p.sheet, row: p.row, col }, { jump: `${h.prefix}.${h.sub} không khớp dòng "${row?.label ?? `Tháng ${month}`}" phía trên`, missing: ` (số mẹ nên là ${expected})` });
    return true;
  }
  // "1.1" under "Tháng 1" may as well be the first part's 1 ("1.1", "1.2" then "1.3" under "Tháng 2"): no sign of numbering by month.
  s.byMonth = !row && p.month !== null && h.prefix === month && month !== '1' ? { month: p.month, prefix: h.prefix } : null;
  return false;
}

/**
 * A prefix under a month row (not numbered itself) that can only be another month of its quarter,
 * or the month before it: "7.1" under "Tháng 8", a month's numbers kept. Not 1–3 (a part, a month's
 * place in its quarter), the quarter's own number, nor a month of the row's range ("7.1" under "Tháng 7-8").
 */
function namesAnotherMonth(prefix: string, p: ParsedTask): boolean {
  if (p.month === null || !/^\d{1,2}$/.test(prefix)) return false;
  const n = Number(prefix);
  if (n < 4 || n > 12 || n === p.quarter || isRowMonth(n, p)) return false;
  return Math.ceil(n / 3) === Math.ceil(p.month / 3) || n === (p.firstMonth ?? p.month) - 1;
}

/** Whether n is a month of the task's month row or range ("7" or "8" under "Tháng 7-8"). */
export function isRowMonth(n: number, p: ParsedTask): boolean {
  return p.month !== null && n >= (p.firstMonth ?? p.month) && n <= p.month;
}

/** An unnumbered task after a hierarchical number stands for the next of its prefix (1.1, _: 1.2). */
export function nextSubNumber(subs: SubNumbers): SubNumber | null {
  const list = subs.last ? subs.byPrefix.get(subs.last.prefix) : undefined;
  if (!list || !subs.last) return null;
  list.last++;
  subs.last = { prefix: subs.last.prefix, sub: list.last };
  return subs.last;
}

export function subRange(prefix: string, a: number, b: number): string {
  return a === b ? `${prefix}.${a}` : `${prefix}.${a}–${prefix}.${b}`;
}

/** A list of lettered tasks; `last` is null after an unnumbered task whose letter cannot be told. */
export interface LetterList {
  prefix: string;
  block: number;
  row: number;
  last: string | null;
  seen: Map<string, number>;
}

export interface Lettered {
  /** The number the letter follows ("7" for "7a"), "" for "a)". */
  prefix: string;
  letter: string;
}

// Vietnamese lists go a, b, c, d, đ, e, g… (no f, j, w, z); others a–z.
const VIETNAMESE = 'abcdđeghiklmnopqrstuvxy';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const ORDER = 'abcdđefghijklmnopqrstuvwxyz';

/** "a)", "b.", "7a", "12b)": the number the letter follows and the letter (lower case). */
export function lettered(stt: string): Lettered | null {
  const m = /^(\d{0,5})\s?([a-zđ])\s*[.)]?$/iu.exec(stt.trim());
  return m ? { prefix: m[1] && String(Number(m[1])), letter: m[2].toLowerCase() } : null;
}

function after(alphabet: string, letter: string): string | null {
  const i = alphabet.indexOf(letter);
  return i < 0 ? null : (alphabet[i + 1] ?? null);
}

/** The letter after `letter` in both alphabets; null where they differ (after d: đ or e). */
export function nextLetter(letter: string): string | null {
  const vi = after(VIETNAMESE, letter);
  const latin = after(LATIN, letter);
  return vi === null || latin === null || vi === latin ? (vi ?? latin) : null;
}

/** `next` comes right after `letter` in either alphabet (d, đ or d, e). */
export function followsLetter(letter: string, next: string): boolean {
  return after(VIETNAMESE, letter) === next || after(LATIN, letter) === next;
}

/**
 * Checks a lettered task against its list: a new list under a numbered group row, a heading or
 * another prefix (where it may start anywhere), or at "a" past a row between; in it, a letter again
 * is a repeat, one skipped a gap.
 */
export function checkLetter(ctx: CheckContext, list: LetterList | null, l: Lettered, p: ParsedTask, col: number): LetterList {
  if (!list || list.prefix !== l.prefix || list.block !== p.block || p.groupNumber !== null || (l.letter === 'a' && separated(list, p))) {
    return { prefix: l.prefix, block: p.block, row: p.row, last: l.letter, seen: new Map([[l.letter, p.row]]) };
  }
  const at = { sheet: p.sheet, row: p.row, col };
  const label = l.prefix + l.letter;
  const otherRow = list.seen.get(l.letter);
  if (otherRow !== undefined) {
    const next = list.last === null ? null : nextLetter(list.last);
    ctx.emit('duplicate-number', at, { stt: label, otherRow, expected: next === null ? null : l.prefix + next });
  } else if (list.last !== null && !followsLetter(list.last, l.letter)) {
    const from = ORDER.indexOf(list.last);
    const to = ORDER.indexOf(l.letter);
    // Only letters both alphabets have between them are surely missing (d to g: e).
    const missing = [...VIETNAMESE].filter((c) => LATIN.includes(c) && ORDER.indexOf(c) > from && ORDER.indexOf(c) < to);
    const jump = `nhảy từ ${l.prefix}${list.last} sang ${label}`;
    if (to < from) ctx.emit('number-gap', at, { jump, missing: ' (lùi lại)' });
    else if (missing.length) ctx.emit('number-gap', at, { jump, missing: ` (thiếu ${missing.map((c) => l.prefix + c).join(', ')})` });
  }
  if (otherRow === undefined) list.seen.set(l.letter, p.row);
  list.last = l.letter;
  list.row = p.row;
  return list;
}
