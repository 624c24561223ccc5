/**
 * Tasks present in several files of one run (the whole programme and a unit's own workbook; a task
 * two units lead, in both units' workbooks). The consolidated summary counts each once: the same
 * quarter and month (a sheet with no month rows names none), the same words (case, accents, spacing
 * and punctuation aside), a lead unit in common under the newest period's names, and no two
 * programme years. Its status is chosen whatever the order of the files (`chooseStatus`).
 */
import { fileRowSlot, rowSlot, type FileReport, type Proposal, type SharedTask, type Summary, type Task, type TaskRef } from '../report';
import { taskTextKey } from '../reading/task-key';
import { sheetNamePeriod } from '../reading/headings';
import { foldKey } from '../text';
import { isClosedOn, statusOn } from '../status';
import { dueDate } from '../dates';
import { matchKey } from '../text';
import { countedStatus, statusSpellings, summarise, taskYear, unifyStatusSpellings } from './summarise';

/** Each file's tasks as the consolidated summary counts them (`countedTasks` in combine.ts). */
export interface FileTasks {
  file: Pick<FileReport, 'file' | 'proposals' | 'year' | 'sheetYears'>;
  tasks: readonly Task[];
  /** The unit whose own workbook it is, when known beyond `tasks` (`fileUnit` of them otherwise). */
  unit?: string | null;
}

interface Copy {
  file: string;
  fileIndex: number;
  /** Position in the run: files in order, then their tasks. */
  order: number;
  task: Task;
  year: number | null;
  /** What its own row proposes (its status, its proposal column), if anything. */
  proposal: Proposal['kind'] | null;
  /** The unit whose own workbook its file is (`fileUnit`), if any. */
  unit: string | null;
}

/** Why the status counted was chosen among copies that differ. */
export type StatusRule = NonNullable<SharedTask['statusRule']>;

/** One task found in several files: its copies in run order, and the task as it is counted. */
export interface SharedGroup {
  copies: Copy[];
  counted: Task;
  /** The copy whose status is counted (null: no copy writes one), and why it was chosen. */
  statusFrom: Copy | null;
  rule: StatusRule | null;
}

/** The words of a task without case, accents, spacing or punctuation. */
function wordsKey(text: string): string {
  return taskTextKey(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐðÐ]/g, 'd'));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A unit leads a file "clearly" when it leads this share of its tasks that name a lead unit. */
const OWN_SHARE = 3 / 4;

/**
 * The unit whose own workbook a file is: the one unit leading clearly most of its tasks (a task of
 * two units counts for each). The programme, every unit leading some of its tasks, is no unit's.
 */
export function fileUnit(tasks: readonly Pick<Task, 'leadUnits'>[]): string | null {
  const led = tasks.filter((t) => t.leadUnits.length);
  const counts = new Map<string, number>();
  for (const t of led) for (const u of new Set(t.leadUnits)) counts.set(u, (counts.get(u) ?? 0) + 1);
  const clear = [...counts].filter(([, n]) => n >= led.length * OWN_SHARE);
  return clear.length === 1 ? clear[0][0] : null;
}

/** Tasks in several of the files, each counted once; statuses are read on the report date `asOf`. */
export function findSharedTasks(files: readonly FileTasks[], asOf: string): SharedGroup[] {
  if (files.length < 2) return [];
  const bySlot = new Map<string, Copy[]>();
  let order = 0;
  files.forEach(({ file, tasks, unit: given }, fileIndex) => {
    const unit = given !== undefined ? given : fileUnit(tasks);
    const proposed = new Map(file.proposals.filter((p) => p.kind !== 'none').map((p) => [rowSlot(p), p.kind]));
    for (const task of tasks) {
      const words = wordsKey(task.task);
      if (!words) continue;
      const year = taskYear(task, file);
      // The month is matched below: a unit's sheet by quarter only names none.
      push(bySlot, `${task.quarter ?? ''}.${words}`, { file: file.file, fileIndex, order: order++, task, year, proposal: proposed.get(rowSlot(task)) ?? null, unit });
    }
  });
  const groups: SharedGroup[] = [];
  for (const list of bySlot.values()) {
    if (list.length > 1 && list.some((c) => c.fileIndex !== list[0].fileIndex)) groups.push(...groupsIn(list, asOf));
  }
  return groups.sort((a, b) => a.copies[0].order - b.copies[0].order);
}

/**
 * Tasks of one workbook on several of its sheets (an old and a new version, the programme and its
 * adjustment, a unit's copy), grouped as tasks of several files are, each sheet taken as a file
 * (file ""): only tasks of the same quarter and the same words (case, spacing, punctuation aside,
 * `Task.key`) on two sheets are compared; a sheet is a unit's own by all its tasks.
 */
export function sharedAcrossSheets(file: Pick<FileReport, 'proposals' | 'year' | 'sheetYears'>, tasks: readonly Task[], asOf: string): SharedGroup[] {
  // Most workbooks hold their tasks on one sheet: no key to split then.
  const first = tasks[0]?.sheet;
  if (tasks.every((t) => t.sheet === first)) return [];
  const slot = (t: Task) => {
    const [quarter, , hash] = t.key.split('.', 3);
    return `${quarter}.${hash}`;
  };
  const sheetsOf = new Map<string, Set<string>>();
  for (const t of tasks) {
    const sheets = sheetsOf.get(slot(t));
    if (sheets) sheets.add(t.sheet);
    else sheetsOf.set(slot(t), new Set([t.sheet]));
  }
  const bySheet = new Map<string, Task[]>();
  for (const t of tasks) push(bySheet, t.sheet, t);
  const shared: FileTasks[] = [];
  for (const [sheet, own] of bySheet) {
    const candidates = own.filter((t) => sheetsOf.get(slot(t))!.size > 1);
    if (!candidates.length) continue;
    const proposals = file.proposals.filter((p) => p.sheet === sheet);
    shared.push({ file: { file: '', proposals, year: file.year, sheetYears: file.sheetYears }, tasks: candidates, unit: fileUnit(own) });
  }
  return findSharedTasks(shared, asOf).filter((g) => !namesTwoMonths(g.copies));
}

/**
 * The month a sheet's name gives ("Tháng 8", "T8/2025"; beside other sheets a bare "T8" too, which
 * alone may be a page): a month's tab whose tasks name none (its title names the quarter).
 */
function sheetNameMonth(sheet: string): number | null {
  const named = sheetNamePeriod(sheet).month;
  if (named !== null) return named;
  const bare = /^t\s*(\d{1,2})$/.exec(foldKey(sheet));
  return bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12 ? Number(bare[1]) : null;
}

/** Copies on the tabs of two months ("T7", "T8"): a monthly task of each month, not one task. */
function namesTwoMonths(copies: readonly Copy[]): boolean {
  const months = new Set(copies.map((c) => c.task.month ?? sheetNameMonth(c.task.sheet)).filter((m) => m !== null));
  return months.size > 1;
}

/** What a copy says of when: its programme year and month, each null when it names none. */
const when = (c: Copy): [number | null, number | null] => [c.year, c.task.month];

/** Whether two whens can be one: each part equal where both name it. */
const agree = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.every((x, i) => x === null || b[i] === null || x === b[i]);

function sameTask(a: Copy, b: Copy): boolean {
  return a.fileIndex !== b.fileIndex && agree(when(a), when(b)) && a.task.leadUnits.some((u) => b.task.leadUnits.includes(u));
}

/**
 * Copies of one slot and words, linked when they are the same task (the programme's task of two
 * units links each unit's copy). A file listing it twice has two: the k-th copy of each file is one task.
 */
function groupsIn(list: Copy[], asOf: string): SharedGroup[] {
  const parent = list.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  // The year and month of each linked set (its root's): two years, or two months, are never one task.
  const whenOf = list.map(when);
  const links: [number, number][] = [];
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) if (sameTask(list[a], list[b])) links.push([a, b]);
  }
  // Links of copies naming both first: a copy naming no year or month then joins one such task, never links two:
  // the earliest (year, month) it can, whatever the order of the files.
  const known = ([a, b]: [number, number]) => [...when(list[a]), ...when(list[b])].every((x) => x !== null);
  const named = ([a, b]: [number, number]) => when(list[a]).map((x, i) => x ?? when(list[b])[i] ?? Infinity);
  const earlier = (l: [number, number], m: [number, number]) => {
    const [x, y] = [named(l), named(m)];
    return x[0] - y[0] || x[1] - y[1];
  };
  for (const [a, b] of [...links.filter(known), ...links.filter((l) => !known(l)).sort(earlier)]) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb || !agree(whenOf[ra], whenOf[rb])) continue;
    parent[rb] = ra;
    whenOf[ra] = whenOf[ra].map((x, i) => x ?? whenOf[rb][i]) as [number | null, number | null];
  }
  const components = new Map<number, Copy[]>();
  list.forEach((c, i) => push(components, root(i), c));
  const groups: SharedGroup[] = [];
  for (const component of components.values()) {
    const byFile = new Map<number, Copy[]>();
    for (const c of component) push(byFile, c.fileIndex, c);
    if (byFile.size < 2) continue;
    const depth = Math.max(...[...byFile.values()].map((l) => l.length));
    for (let k = 0; k < depth; k++) {
      const copies = [...byFile.values()].flatMap((l) => (l[k] ? [l[k]] : [])).sort((x, y) => x.order - y.order);
      if (copies.length > 1) groups.push(countedOnce(copies, asOf));
    }
  }
  return groups;
}

const written = (status: string | null | undefined) => !!status && status.trim() !== '';

/** A copy's status as the summary counts it on the report date. */
const statusOf = (c: Copy, asOf: string) => countedStatus(c.task.status, asOf, c.year, c.task.product);

/**
 * Statuses from the least advanced: a proposal first (the task will not be done as planned, and
 * awaits a decision), then not begun, under way; a text read as none of them next (it does not say
 * done); done last.
 */
const ADVANCE: readonly string[] = ['Đề xuất bỏ', 'Đề nghị điều chỉnh', 'Chưa thực hiện', 'Đang thực hiện'];
const advance = (status: string) => {
  const i = ADVANCE.indexOf(status);
  return status === 'Hoàn thành' ? ADVANCE.length + 1 : i >= 0 ? i : ADVANCE.length;
};

/** The copy of the least advanced status; between equals, by the words (then the tracker's), never by the file's place in the run. */
function leastAdvanced(copies: Copy[], asOf: string): Copy {
  // Each copy's rank read once, not again at every comparison.
  const ranked = copies.map((c) => {
    const status = statusOf(c, asOf);
    return { c, rank: [advance(status), status, c.task.status ?? '', c.task.trackerStatus !== undefined ? 0 : 1] as const };
  });
  const before = (x: (typeof ranked)[number]['rank'], y: (typeof ranked)[number]['rank']) => {
    const i = x.findIndex((v, k) => v !== y[k]);
    return i >= 0 && x[i] < y[i];
  };
  return ranked.reduce((best, r) => (before(r.rank, best.rank) ? r : best)).c;
}

/**
 * The copy whose status counts: a copy with none never. That of the file of a lead unit of the task
 * (its own workbook); of several such files, or of none, the least advanced status written.
 */
function chooseStatus(copies: Copy[], leadUnits: readonly string[], asOf: string): { from: Copy | null; rule: StatusRule | null } {
  const withStatus = copies.filter((c) => written(c.task.status));
  if (!withStatus.length) return { from: null, rule: null };
  const own = withStatus.filter((c) => c.unit !== null && leadUnits.includes(c.unit));
  if (!own.length) return { from: leastAdvanced(withStatus, asOf), rule: 'least-advanced' };
  const one = new Set(own.map((c) => matchKey(statusOf(c, asOf)))).size === 1;
  return { from: leastAdvanced(own, asOf), rule: one ? 'lead-unit' : 'lead-units-least' };
}

/**
 * The leaders a shared task counts for: those of the copy whose status counts, else of a lead unit's
 * own file, else of any copy; between copies alike, by the names, never by the file's place in the run.
 */
function chooseLeaders(copies: Copy[], from: Copy | null, leadUnits: readonly string[]): string[] {
  const rank = (c: Copy) => `${c === from ? 0 : c.unit !== null && leadUnits.includes(c.unit) ? 1 : 2}\u0000${c.task.leaders.join('\u0000')}`;
  const named = copies.filter((c) => c.task.leaders.length);
  return named.length ? named.reduce((best, c) => (rank(c) < rank(best) ? c : best)).task.leaders : copies[0].task.leaders;
}

/**
 * The words shown for the task: the copy's that writes most letters and accents (the copies' words
 * are the same but for accents, case, spacing and punctuation: "Xay dung" typed bare shows as "Xây dựng"); between equals, the first copy's.
 */
function fullestText(copies: Copy[]): string {
  const size = (text: string) => text.normalize('NFD').replace(/[^\p{L}\p{M}\p{N}]/gu, '').length;
  return copies.map((c) => c.task.task).reduce((best, text) => (size(text) > size(best) ? text : best));
}

/** The task as counted once: every copy's lead units, the status `chooseStatus` gives, the leaders `chooseLeaders` gives. */
function countedOnce(copies: Copy[], asOf: string): SharedGroup {
  const first = copies[0].task;
  const leadUnits = [...new Set(copies.flatMap((c) => c.task.leadUnits))];
  const { from, rule } = chooseStatus(copies, leadUnits, asOf);
  const leaders = chooseLeaders(copies, from, leadUnits);
  // Copies of one task are of one programme year and month (or say none): the counted task is read in them.
  const year = copies.find((c) => c.year !== null)?.year ?? null;
  const month = copies.find((c) => c.task.month !== null)?.task.month ?? null;
  const withStatus = from?.task ?? first;
  const counted: Task = { ...first, task: fullestText(copies), year, month, leadUnits, leaders, status: withStatus.status };
  // A programme task in one file, arising in a unit's report: it is in the programme.
  if (!copies.every((c) => c.task.arising)) delete counted.arising;
  if (withStatus.trackerStatus !== undefined) counted.trackerStatus = withStatus.trackerStatus;
  else delete counted.trackerStatus;
  return { copies, counted, statusFrom: from, rule };
}

/**
 * The counts of a list of tasks (as `summarise` makes them on the report date `asOf`), to take out
 * of or put into a summary.
 */
function countsOf(tasks: Task[], asOf: string): Summary {
  return summarise({ tasks, sections: [], findings: [], proposals: [], kpiCount: 0, asOf, year: null });
}

const FLAT = ['byQuarter', 'byMonth', 'byLeadUnit', 'byLeader', 'byStatus'] as const;
const NESTED = ['byQuarterAndUnit', 'byQuarterAndStatus', 'byLeadUnitAndStatus'] as const;

/** A count of a record by its own key: "constructor", "__proto__" are names like any other. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** `counts` minus `less` plus `more`, keys left at 0 dropped, new keys last. */
function adjust(counts: Record<string, number>, less: Record<string, number>, more: Record<string, number>): Record<string, number> {
  const out: [string, number][] = [];
  for (const k of new Set([...Object.keys(counts), ...Object.keys(more)])) {
    const n = (own(counts, k) ?? 0) - (own(less, k) ?? 0) + (own(more, k) ?? 0);
    if (n > 0) out.push([k, n]);
  }
  return Object.fromEntries(out);
}

/** The same for counts by two keys ("3" → unit → n). */
function adjustNested(counts: Record<string, Record<string, number>>, less: Record<string, Record<string, number>>, more: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const out: [string, Record<string, number>][] = [];
  for (const k of new Set([...Object.keys(counts), ...Object.keys(more)])) {
    const inner = adjust(own(counts, k) ?? {}, own(less, k) ?? {}, own(more, k) ?? {});
    if (Object.keys(inner).length) out.push([k, inner]);
  }
  return Object.fromEntries(out);
}

/**
 * The consolidated summary `s` (each file's summary added up) with each shared task counted once, on the report date `asOf`:
 * its counts taken out copy by copy and put back once; the lists keep one entry of it.
 */
export function countOnce(s: Summary, groups: readonly SharedGroup[], asOf: string): Summary {
  const out: Summary = { ...s, sharedTasks: groups.map((g) => sharedTask(g, asOf)) };
  if (!groups.length) return out;
  // Each copy as its file counted it: in its programme's year.
  // Under the spellings of `s`, whose statuses each list's are: their keys meet.
  const spellings = statusSpellings(s.byStatus);
  const less = unifyStatusSpellings(countsOf(groups.flatMap((g) => g.copies.map((c) => ({ ...c.task, year: c.year }))), asOf), spellings);
  const more = unifyStatusSpellings(countsOf(groups.map((g) => g.counted), asOf), spellings);
  out.taskCount += more.taskCount - less.taskCount;
  out.allYear += more.allYear - less.allYear;
  const arising = (s.arising ?? 0) + (more.arising ?? 0) - (less.arising ?? 0);
  if (arising > 0) {
    out.arising = arising;
    out.arisingByStatus = adjust(s.arisingByStatus ?? {}, less.arisingByStatus ?? {}, more.arisingByStatus ?? {});
    out.arisingByUnit = adjust(s.arisingByUnit ?? {}, less.arisingByUnit ?? {}, more.arisingByUnit ?? {});
  } else {
    delete out.arising;
    delete out.arisingByStatus;
    delete out.arisingByUnit;
  }
  for (const key of FLAT) out[key] = adjust(s[key], less[key], more[key]);
  for (const key of NESTED) out[key] = adjustNested(s[key] ?? {}, less[key] ?? {}, more[key] ?? {});
  // Two units proposing to drop the task they share propose it once.
  out.proposals = { ...s.proposals };
  for (const g of groups) {
    for (const kind of ['drop', 'add', 'adjust'] as const) {
      const n = g.copies.filter((c) => c.proposal === kind).length;
      if (n > 1) out.proposals[kind] -= n - 1;
    }
  }
  const fromTracker = (t: Task) => (t.trackerStatus !== undefined ? 1 : 0);
  out.statusFromTracker = Math.max(0, s.statusFromTracker + groups.reduce((n, g) => n + fromTracker(g.counted) - g.copies.reduce((m, c) => m + fromTracker(c.task), 0), 0));

  const groupOf = new Map<string, SharedGroup>();
  for (const g of groups) for (const c of g.copies) groupOf.set(fileRowSlot(c.file, c.task), g);
  // Missing a field unless a copy gives it; overdue unless the status counted closes it.
  const unlessGiven = (has: (t: Task) => boolean) => (g: SharedGroup) => (g.copies.some((c) => has(c.task)) ? null : {});
  out.missing = {
    lead: onceIn(s.missing.lead, groupOf, unlessGiven((t) => t.leadUnits.length > 0)),
    leader: onceIn(s.missing.leader, groupOf, unlessGiven((t) => t.leaders.length > 0)),
    product: onceIn(s.missing.product, groupOf, unlessGiven((t) => !!t.product)),
  };
  out.important = onceIn(s.important, groupOf);
  // A copy with no deadline is due at its quarter's end: the earliest deadline any copy gives is the task's.
  const earliest = (a: Summary['overdue'][number], b: Summary['overdue'][number]) => b.due < a.due;
  out.overdue = onceIn(s.overdue, groupOf, (g) => (notDue(g, asOf) ? null : { status: g.counted.status }), earliest);
  const listed = new Set(s.overdue.map((r) => groupOf.get(fileRowSlot(r.file, r))));
  out.overdue.push(...groups.filter((g) => !listed.has(g)).flatMap((g) => overdueDespiteCopy(g, asOf)));
  return out;
}

/**
 * A list of the summary (tagged with files) with one entry per shared task, where its first copy
 * is listed: that copy, or the listed copy `better` prefers; naming the lead units counted (every
 * copy's). `keep` gives what else it says of the task counted, or null to drop it.
 */
function onceIn<T extends TaskRef>(
  list: T[],
  groupOf: Map<string, SharedGroup>,
  keep: (g: SharedGroup) => Partial<T> | null = () => ({}),
  better?: (chosen: T, other: T) => boolean,
): T[] {
  const chosen = new Map<SharedGroup, T>();
  for (const entry of list) {
    const g = groupOf.get(fileRowSlot(entry.file, entry));
    const current = g && chosen.get(g);
    if (g && (!current || better?.(current, entry))) chosen.set(g, entry);
  }
  const done = new Set<SharedGroup>();
  const out: T[] = [];
  for (const entry of list) {
    const g = groupOf.get(fileRowSlot(entry.file, entry));
    if (!g) {
      out.push(entry);
      continue;
    }
    if (done.has(g)) continue;
    done.add(g);
    const more = keep(g);
    if (!more) continue;
    const once: T = { ...chosen.get(g)!, task: g.counted.task, leadUnits: g.counted.leadUnits, ...more };
    if (!g.counted.arising) delete once.arising;
    out.push(once);
  }
  return out;
}

/**
 * A shared task owes nothing when the status counted closes it, or when a copy's file proposes to
 * drop it (a proposal column, a review): that file does not list it overdue, nor may the run.
 */
function notDue(g: SharedGroup, asOf: string): boolean {
  return isClosedOn(g.counted.status, asOf, g.counted.year, g.counted.product) || g.copies.some((c) => c.proposal === 'drop');
}

/**
 * A shared task no file lists overdue because a copy done in its file has the passed deadline, while
 * the status counted (another file's) is not done: overdue, on that copy's deadline.
 */
function overdueDespiteCopy(g: SharedGroup, asOf: string): Summary['overdue'] {
  if (notDue(g, asOf)) return [];
  const passed = g.copies
    .map((c) => ({ c, due: dueDate(c.task, c.year) }))
    .filter(({ c, due }) => due && due < asOf && c.task.status && statusOn(c.task.status, asOf, c.year, c.task.product) === 'Hoàn thành')
    .sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
  if (!passed) return [];
  const t = passed.c.task;
  const { leadUnits, leaders, status } = g.counted;
  return [{ file: passed.c.file, sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, quarter: t.quarter, task: g.counted.task, leadUnits, due: passed.due!, status, leaders }];
}

function sharedTask(g: SharedGroup, asOf: string): SharedTask {
  // "HOÀN THÀN" and "Hoàn thàn" are one status, as they are counted.
  const statuses = new Set(g.copies.filter((c) => written(c.task.status)).map((c) => matchKey(statusOf(c, asOf))));
  const differ = statuses.size > 1;
  return {
    task: g.counted.task,
    quarter: g.counted.quarter,
    month: g.counted.month,
    leadUnits: g.counted.leadUnits,
    leaders: g.counted.leaders,
    status: g.counted.status,
    statusesDiffer: differ,
    ...(differ && g.rule ? { statusRule: g.rule } : {}),
    copies: g.copies.map((c) => ({
      file: c.file,
      sheet: c.task.sheet,
      row: c.task.row,
      ...(c.task.column ? { column: c.task.column } : {}),
      status: c.task.status,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c === g.statusFrom ? { counted: true } : {}),
    })),
  };
}

/**
 * A workbook's summary with each task on several of its sheets (`sharedAcrossSheets`) counted once,
 * as `countOnce` counts a task of several files; the findings name the copies, not `sharedTasks`.
 */
export function countOnceAcrossSheets(s: Summary, groups: readonly SharedGroup[], asOf: string): Summary {
  if (!groups.length) return s;
  const { sharedTasks: _, ...out } = countOnce(s, groups, asOf);
  // A line `overdueDespiteCopy` adds names its copy's file: none here.
  out.overdue = out.overdue.map(({ file, ...o }) => (file ? { file, ...o } : o));
  return out;
}
