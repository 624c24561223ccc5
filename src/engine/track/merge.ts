/**
 * mergeTracker: brings the tracker up to date with the work programme without losing what users
 * typed in it.
 *
 * Matching a task to a previous row, in this order (each row is used once):
 *  1. the same `key` (column "Mã");
 *  2. the same folded task text + lead units, when exactly one task and one row have it;
 *  3. the same folded task text alone, when exactly one task and one row have it;
 *  4. a small edit: the most similar row (character-bigram Dice ≥ 0.8) with the same lead units,
 *     when the task is also that row's most similar task and no other row comes close; rows of
 *     the task's quarter and month first (≥ 0.9 for a row of another month), and never across a
 *     replaced number ("quý III" → "quý IV").
 * Before these, tasks whose text repeats in one month (same key but for ".2") are told apart by
 * sheet, lead units, product, leaders, coordinating units and deadline; where one of two alike
 * rows went (a repeat deleted), the one users typed in stays with the task left.
 * Rows a user typed into the tracker (no key, no source) are kept as they are when nothing matches them.
 * Row numbers are never used to match: inserting or deleting source rows moves every row.
 *
 * Overdue (see `dueDate`): a task is overdue when its status is not "Hoàn thành"/"Đề xuất bỏ" and
 * the as-of date is after its due date: its deadline when it has one, else the end of its month,
 * else the end of its quarter — the same rule as the engine's `summary.overdue`, so "Tổng hợp" and
 * "Theo dõi" agree. All-year tasks (no deadline, month or quarter) are never overdue. The year is
 * the row's sheet's (`options.sheetYears`), else `options.year` (hosts pass the programme's year:
 * `trackerYear(fileReport)`); without either, the year of `asOf`. A vanished row is never overdue (it is no longer in the programme).
 */
import type { Task } from '../report';
import { keyFamily } from '../reading/task-key';
import { normaliseStatus, rowHasTyped, type TrackerRow } from './columns';
import { dueDate, findDateInText, isIsoDate, parseDateText, yearOf } from '../dates';
import { parseDeadline } from '../reading/dates';
import { isClosedOn, isDayAlone, readStatus } from '../status';
import { foldText, similarity } from './text';

export interface MergeOptions {
  /** The year the tasks' quarters belong to (default: the year of `asOf`). */
  year?: number;
  /**
   * Each sheet's programme year, where its title or headings give one (`FileReport.sheetYears`):
   * a workbook keeping the 2024 and the 2025 programme has each sheet's tasks due in its own year.
   */
  sheetYears?: Readonly<Record<string, number>>;
  /**
   * The sheets the tasks were read from. A row whose source sheet was not read this time (the
   * check covered one sheet of several) is kept as it is, not marked vanished.
   */
  coveredSheets?: readonly string[];
  /**
   * Every sheet of the workbook. A row of a sheet no longer there (renamed, deleted) is not kept
   * aside as another sheet's: it is matched like the others (its task may be under the new name),
   * or marked vanished. Without it, every row of an uncovered sheet is kept as it is.
   */
  workbookSheets?: readonly string[];
}

export interface MergeResult {
  rows: TrackerRow[];
  /** Tasks that had no row yet. */
  added: number;
  /** Tasks matched to a previous row (their typed columns kept). */
  kept: number;
  /** Previous rows whose task is no longer in the source (kept, flagged `vanished`). */
  vanished: number;
}

const SIMILAR = 0.8;
const SIMILAR_MARGIN = 0.05;
const SIMILAR_MOVED = 0.9;
/** Above this many task × row comparisons, step 4 is skipped (it is quadratic). */
const SIMILAR_BUDGET = 4_000_000;

/**
 * The year a file's quarters and months belong to: `fileReport.year` if the report carries one,
 * else the year of its directory period ("2025-09" → 2025); null when neither says.
 */
export function trackerYear(fileReport: { period: string; year?: number | null }): number | null {
  if (typeof fileReport.year === 'number') return fileReport.year;
  return yearOf(fileReport.period);
}

/** How a file's tasks are merged into its tracker: the same in the summary and in both hosts. */
export function trackerMergeOptions(
  fileReport: { period: string; year?: number | null; sheets: readonly string[]; sheetYears?: Readonly<Record<string, number>> },
  workbookSheets?: readonly string[],
): MergeOptions {
  const year = trackerYear(fileReport);
  const sheetYears = fileReport.sheetYears;
  return { ...(year ? { year } : {}), ...(sheetYears ? { sheetYears } : {}), coveredSheets: fileReport.sheets, ...(workbookSheets ? { workbookSheets } : {}) };
}

export function joinNames(names: readonly string[]): string {
  return names
    .map((n) => n.trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * Recomputes `due` and `overdue` of every row for `asOf` (returns new rows). A row is due by its
 * deadline, else the end of its month, else of its quarter (dueDate, as the summary judges it);
 * all-year tasks (trọng tâm, xuyên suốt) are never due.
 */
export function refreshOverdue(rows: readonly TrackerRow[], asOf: string, options: MergeOptions = {}): TrackerRow[] {
  return rows.map((row) => {
    if (row.vanished) return { ...row, overdue: false, due: null };
    const rowYear = trackerRowYear(row, asOf, options);
    const deadline = trackerDeadline(row.deadline, rowYear);
    const due = dueDate(deadline === row.deadline ? row : { deadline, quarter: row.quarter, month: row.month }, rowYear);
    return { ...row, due, overdue: due !== null && !isClosedOn(trackedStatus(row, asOf, rowYear), asOf, rowYear, row.product) && asOf > due };
  });
}

/**
 * The year a row's dates belong to: a task under "Quý I/2026" in a plan across the year's end is
 * due in its own year; a task of the sheet of another year's programme, in that sheet's year.
 */
export function trackerRowYear(row: Pick<TrackerRow, 'year' | 'source'>, asOf: string, options: MergeOptions = {}): number {
  return row.year ?? options.sheetYears?.[row.source.sheet] ?? options.year ?? yearOf(asOf) ?? new Date().getUTCFullYear();
}

/**
 * The status a row counts under on `asOf`: its own, but done when a user typed the day it was done
 * (on or before `asOf`) and no status of their own (blank, or as CTCT copied it from the source):
 * staff fill in "Ngày hoàn thành" and leave the dropdown. A day still ahead is planned, as in the status column.
 * A day typed as text is read as a deadline is ("20/9" in `year`, the row's: `trackerRowYear`; "Ngày 20/9/2025").
 */
export function trackedStatus(row: Pick<TrackerRow, 'status' | 'copied' | 'completedOn'>, asOf: string, year: number): string {
  // "Hoàn thành" CTCT showed for the day typed (doneAsCounted) is not the user's: as copied, but for the day.
  const own = shownByDay(row) ? row.copied!.status : row.status;
  const typed = own !== '' && own !== row.copied?.status;
  if (typed || !row.completedOn) return own;
  const day = isIsoDate(row.completedOn) ? row.completedOn : parseDeadline(row.completedOn, row.completedOn, year).iso;
  return day && day <= asOf ? DONE : own;
}
const shownByDay = (row: Pick<TrackerRow, 'status' | 'copied'>): boolean => row.copied?.byDay === true && row.status === DONE;
const DONE = 'Hoàn thành';

/**
 * A row counted done by the day a user typed (`trackedStatus`) shows "Hoàn thành" in its status
 * cell, not the status CTCT copied there, so "Theo dõi" and "Tổng hợp" say the same. What CTCT
 * copied is still remembered, so the cell now reads as set in the tracker and stays.
 */
function doneAsCounted(row: TrackerRow, asOf: string, options: MergeOptions): TrackerRow {
  const status = trackedStatus(row, asOf, trackerRowYear(row, asOf, options));
  if (status === row.status || !row.copied) return row;
  return { ...row, status, copied: { ...row.copied, byDay: true } };
}

/**
 * A deadline typed in the tracker, read as the sheet's deadline column is ("T9", "Q3", "30/9" in the
 * programme's year); none from text that names no deadline ("Theo QĐ 123/QĐ-UBND ngày 15/7/2025").
 */
function trackerDeadline(deadline: string | null, year: number): string | null {
  if (!deadline || isIsoDate(deadline)) return deadline;
  return parseDeadline(deadline, deadline, year).iso;
}

function normaliseDeadline(deadline: string | null): string | null {
  const s = (deadline ?? '').trim();
  if (!s) return null;
  return findDateInText(s) ?? s;
}

/** A new tracker row from a task (the typed columns start from what the source says, if anything). */
export function rowFromTask(task: Task, year: number | null = null): TrackerRow {
  const copied = copiedFrom(task, year);
  return {
    key: task.key,
    ...sourceColumns(task),
    deadline: copied.deadline,
    // Blank until someone says: CTCT does not know the task has not begun ("Chưa cập nhật" in the summary).
    status: copied.status,
    copied,
    completedOn: sourceDay(task),
    result: (task.result ?? '').trim(),
    vanished: false,
    overdue: false,
    due: null,
  };
}

function sourceColumns(task: Task) {
  return {
    quarter: task.quarter,
    month: task.month,
    // Only where a heading names one: a row read back from the sheet has none.
    ...(task.year ? { year: task.year } : {}),
    stt: task.stt,
    task: task.task,
    leadUnits: joinNames(task.leadUnits),
    coordinatingUnits: joinNames(task.coordinatingUnits),
    product: task.product,
    leaders: joinNames(task.leaders),
    source: { sheet: task.sheet, row: task.row },
  };
}

/**
 * What the tracker's "Trạng thái" and "Thời hạn" take from the source (`TrackerRow.copied`). A day
 * given for a status (the source's "Ngày hoàn thành", or a day alone in its status column) goes to
 * "Ngày hoàn thành" (`sourceDay`), not to the status list: the day counts the task done once past.
 */
function copiedFrom(task: Task, year: number | null): NonNullable<TrackerRow['copied']> {
  const day = sourceDay(task);
  const dayOnly = task.status !== null && day !== null && dayOf(task.status) === day;
  return { status: dayOnly ? '' : normaliseStatus(task.status), deadline: normaliseDeadline(task.deadline), ...(year ? { year } : {}) };
}

/**
 * The programme year a task's sheet or heading states ("Quý I/2026", "… NĂM 2025"), null where
 * none does: not the year of a directory period, which a new period in the directory would move.
 */
function statedYear(task: Task, options: MergeOptions): number | null {
  return task.year ?? options.sheetYears?.[task.sheet] ?? null;
}

/** The day the source gives the task done: its "Ngày hoàn thành", else a whole date as its status. */
export function sourceDay(task: Task): string | null {
  if (task.completedOn) return task.completedOn;
  const status = (task.status ?? '').trim();
  // "20/8" too (in the programme's year, as the tracker reads a day typed there), not a share "1/2".
  if (!isDayAlone(status) || readStatus(status) !== 'Hoàn thành') return null;
  return parseDateText(status) ?? status;
}

/** A status text as the day it gives, when it is one; else the text. */
function dayOf(text: string): string {
  return parseDateText(text) ?? text.trim();
}

/** The status CTCT wrote in new rows before it kept what it copied: its own word, or the user's. */
const OLD_DEFAULT_STATUS = 'Chưa thực hiện';

/**
 * The previous row refreshed from its task: source columns replaced, typed columns kept. A status
 * or deadline still as CTCT copied it from the source follows the source; one a user typed stays,
 * and what is remembered as copied never equals it, so it stays typed when the source happens to
 * say the same. Trackers written before CTCT kept what it copied (no `copied`): a blank status, the
 * old default "Chưa thực hiện" or the source's own words follow the source; other text is kept, and
 * stays of unknown origin; a deadline in the source wins.
 */
function refreshRow(prev: TrackerRow, task: Task, year: number | null): TrackerRow {
  const now = copiedFrom(task, year);
  const was = prev.copied;
  // "Hoàn thành" CTCT showed for a day typed reads as the status it stood for; doneAsCounted shows it again while the day stays.
  const typedStatus = shownByDay(prev) ? normaliseStatus(was!.status) : normaliseStatus(prev.status);
  let status = typedStatus;
  let copiedStatus: string | undefined;
  let before: string | undefined;
  if (was) {
    if (typedStatus === '' || typedStatus === normaliseStatus(was.status)) {
      status = copiedStatus = now.status;
      // A day typed here counts the task done (trackedStatus): the source moving on is said as under a typed status.
      if (prev.completedOn !== null && prev.completedOn !== sourceDay(task)) before = sourceMovedFrom(was, now.status, DONE);
    } else {
      copiedStatus = now.status === typedStatus ? was.status : now.status;
      before = sourceMovedFrom(was, now.status, typedStatus);
    }
  } else if (typedStatus === '' || typedStatus === now.status || (typedStatus === OLD_DEFAULT_STATUS && now.status)) {
    status = now.status || typedStatus;
    copiedStatus = status === now.status ? now.status : undefined;
  }
  const deadlineTyped = was !== undefined && prev.deadline !== null && prev.deadline !== was.deadline;
  // A deadline the source no longer gives stays, still as copied: the next one the source gives replaces it.
  const deadline = deadlineTyped ? prev.deadline : (now.deadline ?? prev.deadline);
  const copiedDeadline = deadlineTyped ? (now.deadline === prev.deadline ? was!.deadline : now.deadline) : deadline;
  const { copied: _old, ...rest } = prev;
  return {
    ...rest,
    key: task.key,
    ...sourceColumns(task),
    deadline,
    status,
    ...(copiedStatus !== undefined ? { copied: { status: copiedStatus, deadline: copiedDeadline, ...(now.year ? { year: now.year } : {}), ...(before !== undefined ? { before } : {}) } } : {}),
    result: prev.result.trim() ? prev.result : (task.result ?? '').trim(),
    // Typed in the tracker, it stays (as the result does); blank, it takes the source's day.
    completedOn: prev.completedOn ?? sourceDay(task),
    vanished: false,
  };
}

/**
 * The status the source said before it changed under one typed in the tracker (`copied.before`):
 * set when the source's status moved on since CTCT copied it, kept while the source still says
 * another status than the typed one; none once they agree or the source is blank.
 */
function sourceMovedFrom(was: NonNullable<TrackerRow['copied']>, sourceNow: string, typed: string): string | undefined {
  if (sourceNow === '' || sourceNow === typed) return undefined;
  const then = was.before ?? was.status;
  return normaliseStatus(then) !== sourceNow ? then : undefined;
}

/** The numbers a folded text names: "01" and "1" alike; a quarter or phase in Roman numerals too. */
function numbersIn(folded: string): string[] {
  const out = (folded.match(/\d+/g) ?? []).map((n) => String(Number(n)));
  for (const m of folded.matchAll(/\b(?:quy|dot|giai doan|phu luc)\s+([ivx]+)\b/g)) out.push(m[1]!);
  return out;
}

/** One text has a number the other lacks, and the other way round: a number was replaced, not added. */
function numbersReplaced(a: readonly string[], b: readonly string[]): boolean {
  return a.some((n) => !b.includes(n)) && b.some((n) => !a.includes(n));
}

/** Tasks whose key family holds several tasks, now or in the previous tracker (the same text twice in one month). */
function repeatedKeyTasks(tasks: readonly Task[], previous: readonly TrackerRow[]): number[] {
  const repeats = (keys: string[]) => {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const k of keys) if (k) (seen.has(keyFamily(k)) ? twice : seen).add(keyFamily(k));
    return twice;
  };
  const now = repeats(tasks.map((t) => t.key));
  const before = repeats(previous.map((r) => r.key));
  const out: number[] = [];
  tasks.forEach((t, i) => {
    if (t.key && (now.has(keyFamily(t.key)) || before.has(keyFamily(t.key)))) out.push(i);
  });
  return out;
}

/** Tasks and rows grouped by signature (a blank one groups nothing), tasks and rows each in the order given. */
function bySignature(taskIdx: number[], rowIdx: number[], taskSig: (i: number) => string, rowSig: (i: number) => string): Iterable<{ t: number[]; r: number[] }> {
  const bySig = new Map<string, { t: number[]; r: number[] }>();
  for (const t of taskIdx) {
    const s = taskSig(t);
    if (!s) continue;
    let e = bySig.get(s);
    if (!e) bySig.set(s, (e = { t: [], r: [] }));
    e.t.push(t);
  }
  for (const r of rowIdx) {
    const s = rowSig(r);
    const e = s ? bySig.get(s) : undefined;
    if (e) e.r.push(r);
  }
  return bySig.values();
}

/** Pairs items of `tasks` and `rows` that share a signature held by exactly one of each. */
function pairUnique(
  taskIdx: number[],
  rowIdx: number[],
  taskSig: (i: number) => string,
  rowSig: (i: number) => string,
  pair: (t: number, r: number) => void,
): void {
  for (const e of bySignature(taskIdx, rowIdx, taskSig, rowSig)) if (e.t.length === 1 && e.r.length === 1) pair(e.t[0]!, e.r[0]!);
}

/**
 * Where more rows than tasks share a signature, some typed in and some not, pairs the tasks in
 * order with the typed rows in order: the rows left over are the ones without entries.
 */
function pairTypedFirst(
  taskIdx: number[],
  rowIdx: number[],
  taskSig: (i: number) => string,
  rowSig: (i: number) => string,
  typed: (r: number) => boolean,
  pair: (t: number, r: number) => void,
): void {
  for (const e of bySignature(taskIdx, rowIdx, taskSig, rowSig)) {
    if (e.r.length <= e.t.length) continue;
    const entered = e.r.filter(typed);
    if (!entered.length || entered.length === e.r.length) continue;
    entered.slice(0, e.t.length).forEach((r, i) => pair(e.t[i]!, r));
  }
}

/**
 * Rows grouped by their source sheet, in `sheetOrder` (the workbook's sheets; a sheet's first
 * place counts), each sheet's rows in the order they come; rows of no listed sheet (typed by a
 * user: no source) after them.
 */
export function inSheetOrder(rows: readonly TrackerRow[], sheetOrder: readonly string[]): TrackerRow[] {
  const rank = new Map<string, number>();
  sheetOrder.forEach((sheet, i) => {
    if (sheet && !rank.has(sheet)) rank.set(sheet, i);
  });
  const rankOf = (row: TrackerRow) => rank.get(row.source.sheet) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: rows of one sheet keep their order.
  return [...rows].sort((a, b) => rankOf(a) - rankOf(b));
}

export function mergeTracker(
  tasks: readonly Task[],
  previous: readonly TrackerRow[],
  asOf: string,
  options: MergeOptions = {},
): MergeResult {
  // Rows of sheets this check did not read stay as they are, each sheet's rows in the workbook's
  // sheet order with the refreshed ones: the order does not depend on which sheet was checked last.
  if (options.coveredSheets) {
    const covered = new Set(options.coveredSheets);
    const present = options.workbookSheets ? new Set(options.workbookSheets) : null;
    const elsewhere = previous.filter((r) => !r.vanished && !covered.has(r.source.sheet) && (!present || present.has(r.source.sheet)));
    if (elsewhere.length) {
      const result = mergeTracker(tasks, previous.filter((r) => !elsewhere.includes(r)), asOf, { ...options, coveredSheets: undefined });
      const live = result.rows.filter((r) => !r.vanished);
      const gone = result.rows.filter((r) => r.vanished);
      const order = options.workbookSheets ?? [...previous, ...live].map((r) => r.source.sheet);
      return { ...result, rows: [...inSheetOrder([...live, ...refreshOverdue(elsewhere, asOf, options)], order), ...gone] };
    }
  }
  const matchOf: (number | undefined)[] = new Array(tasks.length);
  const used = new Array<boolean>(previous.length).fill(false);
  // A row of another programme year (next year's programme typed over this one's) is never this task's.
  const years = tasks.map((task) => statedYear(task, options));
  const sameYear = (t: number, r: number) => {
    const rowYear = previous[r]!.copied?.year;
    return !rowYear || !years[t] || rowYear === years[t];
  };
  const pair = (t: number, r: number) => {
    if (!sameYear(t, r)) return;
    matchOf[t] = r;
    used[r] = true;
  };

  // 0. Tasks with the same text in the same month share a key but for the occurrence number
  // (".2"), which changes when one of them moves or goes (or their sheets swap places): told
  // apart by their sheet, lead units, product and leaders, then by fewer of these.
  const repeated = repeatedKeyTasks(tasks, previous);
  if (repeated.length) {
    type Parts = { sheet: string; lead: string; product: string; leaders: string; coord: string; deadline: string };
    const ofTask = (t: number): Parts => {
      const task = tasks[t]!;
      const deadline = normaliseDeadline(task.deadline) ?? '';
      return { sheet: task.sheet, lead: joinNames(task.leadUnits), product: task.product, leaders: joinNames(task.leaders), coord: joinNames(task.coordinatingUnits), deadline };
    };
    const ofRow = (r: number): Parts => {
      const row = previous[r]!;
      return { sheet: row.source.sheet, lead: row.leadUnits, product: row.product, leaders: row.leaders, coord: row.coordinatingUnits, deadline: row.deadline ?? '' };
    };
    // Two rounds of one task may differ only in whom they work with or when they are due.
    const signatures: ((p: Parts) => string)[] = [
      (p) => `${p.sheet}|${p.lead}|${p.product}|${p.leaders}|${p.coord}|${p.deadline}`,
      (p) => `${p.sheet}|${p.lead}|${p.product}|${p.leaders}|${p.coord}`,
      (p) => `${p.sheet}|${p.lead}|${p.product}|${p.leaders}`,
      (p) => `${p.lead}|${p.product}|${p.leaders}`,
      (p) => `${p.sheet}|${p.lead}`,
      (p) => p.lead,
    ];
    const unmatched = () => repeated.filter((t) => matchOf[t] === undefined);
    const unused = () => previous.map((_, r) => r).filter((r) => !used[r]);
    const taskSig = (sig: (p: Parts) => string) => (t: number) => `${keyFamily(tasks[t]!.key)}|${sig(ofTask(t))}`;
    const rowSig = (sig: (p: Parts) => string) => (r: number) => (previous[r]!.key ? `${keyFamily(previous[r]!.key)}|${sig(ofRow(r))}` : '');
    for (const sig of signatures) pairUnique(unmatched(), unused(), taskSig(sig), rowSig(sig), pair);
    // One of two alike rows deleted (as duplicate-task advises): what users typed goes on with the task left.
    pairTypedFirst(unmatched(), unused(), taskSig(signatures[1]!), rowSig(signatures[1]!), (r) => rowHasTyped(previous[r]!), pair);
  }

  // 1. By key.
  const byKey = new Map<string, number[]>();
  previous.forEach((row, r) => {
    if (!row.key) return;
    const list = byKey.get(row.key);
    if (list) list.push(r);
    else byKey.set(row.key, [r]);
  });
  tasks.forEach((task, t) => {
    if (matchOf[t] !== undefined) return;
    const list = task.key ? byKey.get(task.key) : undefined;
    const r = list?.find((i) => !used[i] && sameYear(t, i));
    if (r !== undefined) pair(t, r);
  });

  // 2–4. Fallbacks for what is left.
  const openTasks = () => tasks.map((_, t) => t).filter((t) => matchOf[t] === undefined);
  const openRows = () => previous.map((_, r) => r).filter((r) => !used[r]);
  // Folded texts, only for what the keys left unmatched (folding is the costly part).
  const foldedTask: string[] = [];
  const foldedTaskLead: string[] = [];
  const foldedRow: string[] = [];
  const foldedRowLead: string[] = [];
  for (const t of openTasks()) {
    foldedTask[t] = foldText(tasks[t]!.task);
    foldedTaskLead[t] = foldText(joinNames(tasks[t]!.leadUnits));
  }
  for (const r of openRows()) {
    foldedRow[r] = foldText(previous[r]!.task);
    foldedRowLead[r] = foldText(previous[r]!.leadUnits);
  }

  pairUnique(
    openTasks(),
    openRows(),
    (t) => (foldedTask[t] ? `${foldedTask[t]}|${foldedTaskLead[t]}` : ''),
    (r) => (foldedRow[r] ? `${foldedRow[r]}|${foldedRowLead[r]}` : ''),
    pair,
  );
  pairUnique(openTasks(), openRows(), (t) => foldedTask[t]!, (r) => foldedRow[r]!, pair);

  // 4. A small edit, first among rows of the task's own quarter and month (the same report every
  // month, reworded once: each month's row stays with its month), then among all.
  const slot = (q: number | null, m: number | null) => `${q ?? ''}.${m ?? ''}`;
  const numbers: string[][] = [];
  for (const t of openTasks()) numbers[t] = numbersIn(foldedTask[t]!);
  const rowNumbers: string[][] = [];
  for (const r of openRows()) rowNumbers[r] = numbersIn(foldedRow[r]!);
  const similar = (sameSlot: boolean) => {
    const ts = openTasks();
    const rs = openRows();
    if (!ts.length || !rs.length || ts.length * rs.length > SIMILAR_BUDGET) return;
    const best = new Map<number, { r: number; s: number; second: number }>();
    const bestForRow = new Map<number, { t: number; s: number }>();
    for (const t of ts) {
      if (!foldedTask[t]) continue;
      const task = tasks[t]!;
      let top = { r: -1, s: 0, second: 0 };
      for (const r of rs) {
        if (!foldedRow[r]) continue;
        if (foldedTaskLead[t] !== foldedRowLead[r] && foldedTaskLead[t] && foldedRowLead[r]) continue;
        if (!sameYear(t, r)) continue;
        if (sameSlot && slot(task.quarter, task.month) !== slot(previous[r]!.quarter, previous[r]!.month)) continue;
        // "quý III" → "quý IV", "01 lớp" → "02 lớp": another task, however alike the words.
        if (numbersReplaced(numbers[t]!, rowNumbers[r]!)) continue;
        const s = similarity(foldedTask[t]!, foldedRow[r]!);
        if (s > top.s) top = { r, s, second: top.s };
        else if (s > top.second) top.second = s;
        const rb = bestForRow.get(r);
        if (!rb || s > rb.s) bestForRow.set(r, { t, s });
      }
      if (top.r >= 0) best.set(t, top);
    }
    for (const [t, top] of best) {
      // Moved to another month and reworded at once: only a very small edit is still the same task.
      if (top.s < (sameSlot ? SIMILAR : SIMILAR_MOVED) || top.s - top.second < SIMILAR_MARGIN) continue;
      if (bestForRow.get(top.r)?.t !== t || used[top.r]) continue;
      pair(t, top.r);
    }
  };
  similar(true);
  similar(false);

  let added = 0;
  let kept = 0;
  const rows: TrackerRow[] = tasks.map((task, t) => {
    const r = matchOf[t];
    if (r === undefined) {
      added++;
      return doneAsCounted(rowFromTask(task, years[t]), asOf, options);
    }
    kept++;
    return doneAsCounted(refreshRow(previous[r]!, task, years[t]), asOf, options);
  });
  let vanished = 0;
  previous.forEach((row, r) => {
    if (used[r]) return;
    // A row a user typed into the tracker (no key, no source): theirs, never "no longer in the source".
    if (!row.key && !row.source.sheet) {
      rows.push(row);
      return;
    }
    vanished++;
    rows.push({ ...row, vanished: true });
  });

  return { rows: refreshOverdue(rows, asOf, options), added, kept, vanished };
}
