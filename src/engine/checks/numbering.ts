/**
 * Numbers run 1, 2, 3… within a part (they restart per quarter or section): no repeats, no gaps. A
 * whole task without a number stands for the next one: it is reported once (missing-number, with
 * the number it most likely had), not again as a gap at the number after it.
 */
import { romanValue } from '../reading/headings';
import type { ParsedTask } from '../reading/model';
import type { AnalysedTask, Check, CheckContext } from './context';
import { checkLetter, checkPeriodPrefix, checkSubNumber, followsLetter, hierarchical, isRowMonth, lettered, nextLetter, nextSubNumber, romanPrefix, subRange, type LetterList, type PeriodPrefixes, type SubNumber, type SubNumbers } from './number-lists';
import { shorten } from './required-fields';

/** An unnumbered task, waiting for the next number of its part to tell which number it had. */
interface Unnumbered {
  task: AnalysedTask;
  /** The number it most likely had: 7, "1.2", "b"; null when none can be told. */
  guess: number | string | null;
  /** Whether a numbered task below follows that guess (6, _, 8), or null when it is of another kind and says nothing. */
  follows(next: ParsedTask): boolean | null;
  /** In a list of hierarchical or lettered numbers: the next numbered task of any kind settles it. */
  inList: boolean;
  /** The first task under a new heading (a month), numbered tasks above it: it may be a restart's 1. */
  startsBlock?: boolean;
}

/** What the part's last numbered task was: an unnumbered task after it stands for the next of that kind. */
type Kind = 'integer' | 'sub' | 'letter';

interface Scope {
  previous: number | null;
  written: number | null;
  seen: Map<number, number>;
  block: number;
  period: number;
  unnumbered: Unnumbered | null;
  /** The numbering has started again at 1 under a heading inside the part (each month's own). */
  perBlock: boolean;
  subs: SubNumbers;
  letters: LetterList | null;
  kind: Kind | null;
  /** A number out of the integers' sequence right after one ("I.1" after 2): where the next integer skips one, it stood for that one. */
  stray: { task: ParsedTask; after: number } | null;
}

export const numbering: Check = {
  codes: ['duplicate-number', 'number-gap', 'missing-number'],
  run(ctx) {
    const scopesBySheet = new Map<string, Map<number, Scope>>();
    /** The last number of each sheet's numbering, its row and column: where the next part's numbers start from. */
    const lastBySheet = new Map<string, LastNumber>();
    const runs = new Map<string, Run>();
    const periodPrefixes = new Map<string, PeriodPrefixes>();
    /** Each sheet's last hierarchical number, while the numbering's last task has one: where the next part's "1.1" or "1.3" starts from. */
    const lastSubBySheet = new Map<string, LastSub>();
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
      const col = p.table.columns.stt;
      if (col === undefined) continue;
      let scopes = scopesBySheet.get(p.sheet);
      if (!scopes) scopesBySheet.set(p.sheet, (scopes = new Map()));
      let scope = scopes.get(p.scope);
      const partStart = !scope;
      // The task's quarter and month as one number: a "Quý"/"Tháng" column changes it without a heading.
      const period = (p.quarter ?? 0) * 100 + (p.month ?? 0);
      if (!scope) {
        scopes.set(p.scope, (scope = { previous: null, written: null, seen: new Map(), block: p.block, period, unnumbered: null, perBlock: false, subs: { byPrefix: new Map(), last: null, perBlock: false }, letters: null, kind: null, stray: null }));
        if (!runs.has(p.sheet)) runs.set(p.sheet, { ranOn: null, rows: new Map() });
        firstOfPart(ctx, t, lastBySheet.get(p.sheet), runs.get(p.sheet)!);
      }
      // Numbering that starts again at 1 under a new heading (a unit's group, a month), a numbered
      // group row ("2 | Phòng QLKH&ĐMST:") or in another quarter or month of its column is a restart.
      const newBlock = p.block !== scope.block || p.groupNumber !== null || period !== scope.period;
      // Where each block numbers its own, one starting at 2 lost its first task: not a repeat of the block above's 2.
      const lostFirst = newBlock && scope.perBlock && p.sttNumber !== null && p.sttNumber > 1 && scope.previous !== null && p.sttNumber <= scope.previous;
      if (lostFirst) ctx.emit('number-gap', { sheet: p.sheet, row: p.row, col }, { jump: `bắt đầu lại từ ${p.sttNumber}`, missing: ` (thiếu ${range(1, p.sttNumber! - 1)})` });
      // "I" typed for the first task, 2 next: a 1 (the reader took it for a task by the 2 under it).
      const romanOne = (scope.previous === null || newBlock) && p.sttNumber === null && romanValue(p.stt.trim()) === 1 && nextInScope(ctx.tasks, i)?.sttNumber === 2;
      if ((p.sttNumber === 1 || romanOne || lostFirst) && newBlock && scope.previous !== null) {
        scope.perBlock = true;
        runs.set(p.sheet, { ranOn: false, rows: new Map() });
        settle(ctx, scope.unnumbered, null);
        scope.unnumbered = null;
        scope.previous = null;
        scope.written = null;
        scope.seen = new Map();
      }
      scope.block = p.block;
      scope.period = period;
      if (p.sttMissing) {
        // The next number, unless the number after it says otherwise (settled there).
        settle(ctx, scope.unnumbered, null);
        scope.unnumbered = { ...standsFor(scope), task: t, startsBlock: newBlock && scope.written !== null };
        // Counted as the next integer: the part below goes on from it.
        if (!scope.unnumbered.inList && scope.previous !== null) noteLast(lastBySheet, p.sheet, p.row, col, scope.previous, scope.written);
        continue;
      }
      // "III" typed for task 3 between 2 and 4 (read as a task by its place): that slip, no gap at 4.
      const roman = romanOne ? 1 : p.sttNumber === null && scope.kind === 'integer' && scope.previous !== null ? romanValue(p.stt.trim()) : null;
      if (roman !== null && (romanOne || roman === scope.previous! + 1) && !scope.seen.has(roman)) {
        scope.kind = 'integer';
        settle(ctx, scope.unnumbered, p);
        scope.unnumbered = null;
        ctx.emit('number-gap', { sheet: p.sheet, row: p.row, col }, { jump: `"${p.stt.trim()}" viết bằng số La Mã`, missing: ` (nên là ${roman})` }, { fix: String(roman) });
        scope.seen.set(roman, p.row);
        scope.previous = scope.written = roman;
        noteLast(lastBySheet, p.sheet, p.row, col, roman, roman);
        runs.get(p.sheet)!.rows.set(roman, p.row);
        continue;
      }
      if (p.sttNumber === null) {
        if (scope.unnumbered?.inList) {
          settle(ctx, scope.unnumbered, p);
          scope.unnumbered = null;
        }
        const h = hierarchical(p.stt);
        const l = h ? null : lettered(p.stt);
        if (h) {
          checkSubNumber(ctx, scope.subs, h, p, col);
          let months = periodPrefixes.get(p.sheet);
          if (!months) periodPrefixes.set(p.sheet, (months = { block: -1, done: false, byMonth: null }));
          // A prefix that does not follow its period row is that row's slip, not a lost or repeated number.
          if (!checkPeriodPrefix(ctx, months, h, p, col) && partStart) firstSubOfPart(ctx, p, h, lastSubBySheet.get(p.sheet), lastBySheet.get(p.sheet));
          lastSubBySheet.set(p.sheet, { ...h, row: p.row, col });
        }
        scope.letters = l ? checkLetter(ctx, scope.letters, l, p, col) : null;
        scope.stray = scope.kind === 'integer' && scope.previous !== null && !l && !p.sttFormula && isStray(p.stt, h, scope.previous) ? { task: p, after: scope.previous } : null;
        scope.kind = h ? 'sub' : l ? 'letter' : null;
        // A broken formula (#REF!), or one whose result the file does not keep, most likely stood for the next number; "2.1" and "7a" stand under
        // a 2 and a 7 (which they may be the first of), and "a)" under the group row above it.
        const top = /^(\d+)(?:\.|\s?\p{L}(?!\p{L}))/u.exec(p.stt);
        const group = top ? Number(top[1]) : p.groupNumber;
        if (scope.previous !== null && (p.stt.startsWith('#') || p.sttFormula || group === scope.previous + 1)) scope.previous++;
        continue;
      }
      const n = p.sttNumber;
      if (restartsAfterUnnumbered(scope, n)) {
        // "Tháng 8 | _ | 2" after July's 1, 2: the unnumbered task was August's 1, not a repeat of July's 2.
        scope.perBlock = true;
        runs.set(p.sheet, { ranOn: false, rows: new Map([[1, scope.unnumbered!.task.parsed.row]]) });
        scope.unnumbered = { ...scope.unnumbered!, guess: 1, follows: (q) => (q.sttNumber === null ? null : q.sttNumber === 2) };
        scope.seen = new Map([[1, scope.unnumbered.task.parsed.row]]);
        scope.previous = scope.written = 1;
      }
      lastSubBySheet.delete(p.sheet);
      settle(ctx, scope.unnumbered, p);
      scope.unnumbered = null;
      scope.letters = null;
      scope.kind = 'integer';
      settleStray(ctx, scope, n, col, runs.get(p.sheet)!);
      const otherRow = scope.seen.get(n);
      if (otherRow !== undefined) {
        ctx.emit('duplicate-number', { sheet: p.sheet, row: p.row, col }, { stt: n, otherRow, expected: (scope.previous ?? 0) + 1 });
      } else if (scope.previous !== null && n !== scope.previous + 1 && n !== (scope.written ?? NaN) + 1) {
        // Not a gap either: the number after a repeated one (1, 1, 2, 3), already reported as a duplicate.
        const missing = n > scope.previous + 1 ? ` (thiếu ${range(scope.previous + 1, n - 1)})` : ' (lùi lại)';
        ctx.emit('number-gap', { sheet: p.sheet, row: p.row, col }, { jump: `nhảy từ ${scope.previous} sang ${n}`, missing });
      }
      if (otherRow === undefined) scope.seen.set(n, p.row);
      // After a repeated number (19, 19, 21) the second was most likely meant as the next one.
      scope.previous = otherRow === undefined ? n : Math.max((scope.previous ?? n) + 1, n);
      scope.written = n;
      noteLast(lastBySheet, p.sheet, p.row, col, scope.previous, n);
      const run = runs.get(p.sheet)!;
      if (!run.rows.has(n)) run.rows.set(n, p.row);
    }
    for (const scopes of scopesBySheet.values()) for (const scope of scopes.values()) settle(ctx, scope.unnumbered, null);
  },
};

/** The task after task i when it is of the same sheet and part, else undefined. */
function nextInScope(tasks: readonly AnalysedTask[], i: number): ParsedTask | undefined {
  const [p, next] = [tasks[i].parsed, tasks[i + 1]?.parsed];
  return next && next.sheet === p.sheet && next.scope === p.scope ? next : undefined;
}

/**
 * A number that is none of the integers' sequence after `previous`: not a formula's error, not a
 * part of that task or the first of the next ("2.1", "3.1"; "II.1" too), not a Roman slip for the next ("III").
 */
function isStray(stt: string, h: SubNumber | null, previous: number): boolean {
  const s = stt.trim();
  if (!s || s.startsWith('#')) return false;
  const top = h ? romanPrefix(h.prefix) : null;
  if (top === previous || top === previous + 1) return false;
  return h !== null || romanValue(s) !== previous + 1;
}

/**
 * At the integer `n` after a stray number: where `n` skips exactly one ("1, 2, I.1, 4"), the stray
 * stood for it and is reported at its own cell, the number it should be named, and `n` is no gap.
 */
function settleStray(ctx: CheckContext, scope: Scope, n: number, col: number, run: Run): void {
  const stray = scope.stray;
  scope.stray = null;
  if (!stray || scope.previous !== stray.after || n !== stray.after + 2 || scope.seen.has(stray.after + 1)) return;
  const meant = stray.after + 1;
  ctx.emit('number-gap', { sheet: stray.task.sheet, row: stray.task.row, col }, { jump: `"${stray.task.stt.trim()}" không theo dãy số`, missing: ` (giữa ${stray.after} và ${n}, nên là ${meant})` });
  scope.seen.set(meant, stray.task.row);
  scope.previous = meant;
  if (!run.rows.has(meant)) run.rows.set(meant, stray.task.row);
}

/** A 2 that would repeat one above, right after an unnumbered first task under a new heading: the numbering restarted there. */
function restartsAfterUnnumbered(scope: Scope, n: number): boolean {
  const u = scope.unnumbered;
  return !!u?.startsBlock && !u.inList && n === 2 && scope.seen.has(2);
}

interface LastNumber {
  row: number;
  col: number;
  /** The number the last task had, or stood for (unnumbered, or meant after a repeat: 2, 2 is 2, 3). */
  number: number | null;
  /** The last number written: the next part may go on from it too (2, 2 | 3). */
  written: number | null;
}

/** Notes a sheet's last number, in place: one record per sheet, not one per task. */
function noteLast(last: Map<string, LastNumber>, sheet: string, row: number, col: number, number: number | null, written: number | null): void {
  const known = last.get(sheet);
  if (!known) {
    last.set(sheet, { row, col, number, written });
    return;
  }
  known.row = row;
  known.col = col;
  known.number = number;
  known.written = written;
}

/** How a sheet's parts have numbered so far: on from the part above (`ranOn`), or from 1 again; the rows of the numbers since. */
interface Run {
  ranOn: boolean | null;
  rows: Map<number, number>;
}

/**
 * A part (a quarter, a section) numbers its tasks from 1 again, or goes on from the part above it
 * (1–3, then 4): its first number is one of those two, else a task is missing ("Quý IV" starting
 * at 2), or, where the numbering runs on, a number is repeated (1–3, then 3, or a number of the run
 * once parts have run on). A part in a table beside the one above (same rows, another column) is
 * not compared.
 */
function firstOfPart(ctx: CheckContext, t: AnalysedTask, before: LastNumber | undefined, run: Run): void {
  const p = t.parsed;
  const n = p.sttNumber;
  if (n === null || !before || before.number === null || p.row <= before.row || p.table.columns.stt !== before.col) return;
  if (n === 1 || n === before.number + 1 || n === (before.written ?? NaN) + 1) {
    run.ranOn = n !== 1;
    if (n === 1) run.rows = new Map();
    return;
  }
  const at = { sheet: p.sheet, row: p.row, col: before.col };
  // Losing exactly the tasks before the last number is less likely than typing that number again.
  const repeated = n <= before.number && (run.ranOn === true || (run.ranOn === null && n === before.number)) ? run.rows.get(n) : undefined;
  if (repeated !== undefined) ctx.emit('duplicate-number', at, { stt: n, otherRow: repeated, expected: before.number + 1 });
  else if (n > before.number) ctx.emit('number-gap', at, { jump: `nhảy từ ${before.number} sang ${n}`, missing: ` (thiếu ${range(before.number + 1, n - 1)})` });
  else ctx.emit('number-gap', at, { jump: `của ${p.section ?? 'phần này'} bắt đầu từ ${n}`, missing: ` (thiếu ${range(1, n - 1)})` });
}

interface LastSub extends SubNumber {
  row: number;
  col: number;
}

/**
 * A part numbered "1.1", "1.2"… after a part whose numbers were too: it starts again at .1, or runs
 * on from the part above ("1.3" after "1.2"); else a number was lost ("2.2" first, "1.4" after "1.2")
 * or repeated ("1.2" after "1.2"), as `firstOfPart` says of integers. Its ".1" takes the prefix
 * after the part above's, or 1, or its quarter's or month's number ("3.1" after "1.2" skips 2).
 * After a part of integers, a first ".2" lost its ".1".
 */
function firstSubOfPart(ctx: CheckContext, p: ParsedTask, h: SubNumber, before: LastSub | undefined, integers: LastNumber | undefined): void {
  const at = { sheet: p.sheet, row: p.row, col: p.table.columns.stt! };
  const label = `${h.prefix}.${h.sub}`;
  if (!before) {
    if (h.sub > 1 && integers && integers.row < p.row && integers.col === at.col) ctx.emit('number-gap', at, { jump: `của ${p.section ?? 'phần này'} bắt đầu từ ${label}`, missing: ` (thiếu ${subRange(h.prefix, 1, h.sub - 1)})` });
    return;
  }
  if (p.row <= before.row || at.col !== before.col) return;
  if (h.sub === 1) {
    if (skipsPrefix(h.prefix, before.prefix, p)) ctx.emit('number-gap', at, { jump: `nhảy từ ${before.prefix}.${before.sub} sang ${label}`, missing: ` (số mẹ nên là ${Number(before.prefix) + 1})` });
    return;
  }
  const same = h.prefix === before.prefix;
  if (same && h.sub === before.sub + 1) return;
  if (same && h.sub === before.sub) ctx.emit('duplicate-number', at, { stt: label, otherRow: before.row, expected: `${h.prefix}.${h.sub + 1}` });
  else if (same && h.sub > before.sub) ctx.emit('number-gap', at, { jump: `nhảy từ ${before.prefix}.${before.sub} sang ${label}`, missing: ` (thiếu ${subRange(h.prefix, before.sub + 1, h.sub - 1)})` });
  else ctx.emit('number-gap', at, { jump: `của ${p.section ?? 'phần này'} bắt đầu từ ${label}`, missing: ` (thiếu ${subRange(h.prefix, 1, h.sub - 1)})` });
}

/**
 * Whether a part's first prefix skips the one after the part above's ("3.1" after "1.2"): both
 * whole numbers, and the new one neither 1, the same again, the next, nor its quarter's or month's.
 */
function skipsPrefix(prefix: string, above: string, p: ParsedTask): boolean {
  if (!/^\d+$/.test(prefix) || !/^\d+$/.test(above) || p.periodRow !== null || p.groupNumber !== null) return false;
  const n = Number(prefix);
  const m = Number(above);
  return n !== 1 && n !== m && n !== m + 1 && n !== p.quarter && !isRowMonth(n, p);
}

/**
 * What an unnumbered task stands for: the next number of the list above it ("1.1", _: 1.2; "a)",
 * _: b), and of the part's integers after an integer (counted, so the number below is no gap).
 */
function standsFor(scope: Scope): Omit<Unnumbered, 'task'> {
  const sub = scope.kind === 'sub' ? nextSubNumber(scope.subs) : null;
  if (sub) {
    const follows = (q: ParsedTask) => {
      const h = hierarchical(q.stt);
      return h && h.prefix === sub.prefix ? h.sub === sub.sub + 1 : null;
    };
    return { guess: `${sub.prefix}.${sub.sub}`, follows, inList: true };
  }
  const list = scope.kind === 'letter' ? scope.letters : null;
  if (list) {
    const letter = list.last === null ? null : nextLetter(list.last);
    list.last = letter;
    const follows = (q: ParsedTask) => {
      const l = lettered(q.stt);
      return l && letter !== null && l.prefix === list.prefix ? followsLetter(letter, l.letter) : null;
    };
    return { guess: letter === null ? null : list.prefix + letter, follows, inList: true };
  }
  const expected = (scope.previous ?? 0) + 1;
  if (scope.previous !== null) scope.previous++;
  return { guess: expected, follows: (q) => (q.sttNumber === null ? null : q.sttNumber === expected + 1), inList: false };
}

/**
 * Reports an unnumbered task with the number it most likely had: the one after the number above,
 * when the number below follows it (6, _, 8) or none does; otherwise (6, _, 7) no number is guessed.
 */
function settle(ctx: CheckContext, u: Unnumbered | null, next: ParsedTask | null): void {
  if (!u) return;
  const p = u.task.parsed;
  // A number of another kind below (an integer after "1.2") does not say.
  const expected = next && u.follows(next) === false ? null : u.guess;
  ctx.emit('missing-number', { sheet: p.sheet, row: p.row, col: p.table.columns.stt! }, { task: shorten(p.text.task ?? ''), expected });
}

function range(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}
