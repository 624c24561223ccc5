/**
 * CTCT's own outputs among the workbooks of a run, told by what they hold, whatever their name: a
 * consolidated summary (only CTCT's summary and task list) is never a unit's sheet; a marked copy
 * whose original is in the run would count that original's tasks twice. Both are left out; the
 * copy's "Theo dõi" (where users type statuses) then counts for its original.
 */
import type { FileReport } from './report';
import { namedOwnSheet, ownSheetKind, ownSheetOf, type OwnSheetKind } from './own-sheets';
import { sheetNameKey, type SheetGrid, type WorkbookGrid } from './grid';
import { readTracker, rowFromTask, type TrackerRow, type TrackerSheet } from './track';
import { TOTAL_TASKS_LABEL } from './summary/layout';

/**
 * A workbook of the run, read: `file` is its path as the host knows it (folders split by "/" or
 * "\\"; the page knows only the name), `label` how the report names it.
 */
export interface OwnOutputFile {
  input: { file: string; label: string };
  grid: WorkbookGrid;
}

/** What `--out FOLDER` writes: each file's marked copy, and the consolidated summary. */
export const COPY_SUFFIX = '-kiem-tra.xlsx';
export const SUMMARY_FILE = 'tong-hop.xlsx';

export const folded = (name: string) => name.normalize('NFC').toLowerCase();

/** A workbook's name without its extension, as its marked copy is named ("m.xlsm" → "m"). */
export const workbookStem = (name: string) => name.replace(/\.(xlsx|xlsm)$/i, '');

/**
 * A "Theo dõi" sheet as read, with its formulas where the host read them: every reader of a copy's
 * tracker tells a total typed as a formula ("=COUNTIF(…)&\"/16\"") from a task the same way.
 */
export function trackerOf(sheet: SheetGrid): TrackerSheet {
  return readTracker(sheet.cells, sheet.formulas);
}

/**
 * Whether a workbook's sheets, by kind, are what CTCT writes as that output: a marked copy holds
 * CTCT's summary, tracker or hidden sheets; a summary holds nothing but its summary and task list
 * (and the hidden record of what it wrote).
 */
export function writtenByCtct(kinds: readonly (OwnSheetKind | null)[], output: 'copy' | 'summary'): boolean {
  if (output === 'copy') return kinds.some((k) => k === 'summary' || k === 'tracker' || k === 'internal');
  return kinds.some((k) => k === 'summary' || k === 'task-list') && kinds.every((k) => k === 'summary' || k === 'task-list' || k === 'internal');
}

/** The parts of a path, folders first ("a/b\\c.xlsx" → a, b, c.xlsx). */
const pathParts = (p: string) => p.split(/[\\/]+/).filter(Boolean);
const baseName = (p: string) => pathParts(p).slice(-1)[0] ?? '';
const folderOf = (p: string) => pathParts(p).slice(0, -1).join('/');

/** `where`: a file's full path (the CLI resolves relative paths; by default the path as given). */
type Where = (file: string) => string;

/**
 * A workbook left out: CTCT's summary, a marked copy of `original` (another workbook of the run),
 * or an original `superseded` by its copy (`original` is then the copy checked in its place).
 * `programme`: how a copy's programme compares with its original's, where they differ.
 */
export interface SkippedOutput<T extends OwnOutputFile = OwnOutputFile> {
  read: T;
  kind: 'summary' | 'copy' | 'superseded';
  original?: T;
  programme?: ProgrammeDiff;
}

/**
 * Where a marked copy's programme differs from its original's: tasks (text, quarter, month, units,
 * product, leader, status, deadline) only in the copy, only in the original, and which was edited
 * since CTCT wrote the copy, as the copy's "Theo dõi" (the original's tasks then) tells.
 */
export interface ProgrammeDiff {
  onlyInCopy: number;
  onlyInOriginal: number;
  newer: 'copy' | 'original' | 'unknown';
}

/** A workbook's tasks as checked (undefined when it cannot be). */
export type Programme<T extends OwnOutputFile = OwnOutputFile> = (file: T) => FileReport | undefined;

/** A marked copy kept as a programme of its own: the file its "Tổng hợp" names (`named`) shares no task with it. */
export interface UnpairedCopy<T extends OwnOutputFile = OwnOutputFile> {
  read: T;
  named: T;
}

export interface OwnOutputs<T extends OwnOutputFile = OwnOutputFile> {
  kept: T[];
  skipped: SkippedOutput<T>[];
  /** Copies whose named file is in the run but shares no task with them (another unit's file of that name). */
  unpaired: UnpairedCopy<T>[];
}

/** `sameAs`: workbooks left out of the run as the same content as one of `files`, a copy's original standing for that one. */
export function sortOwnOutputs<T extends OwnOutputFile>(
  files: readonly T[],
  programme?: Programme<T>,
  sameAs: ReadonlyMap<T, T> = new Map(),
  where: Where = (file) => file,
): OwnOutputs<T> {
  const skipped: SkippedOutput<T>[] = [];
  const copies = new Map<T, T>();
  const unpaired: UnpairedCopy<T>[] = [];
  for (const f of files) {
    const kinds = f.grid.sheets.map(ownSheetKind);
    if (writtenByCtct(kinds, 'summary')) skipped.push({ read: f, kind: 'summary' });
    else if (writtenByCtct(kinds, 'copy')) {
      const { found, refused } = originalOf(f, [...files, ...sameAs.keys()], where, programme);
      const original = found && (sameAs.get(found) ?? found);
      if (original) copies.set(f, original);
      else if (refused) unpaired.push({ read: f, named: sameAs.get(refused) ?? refused });
    }
  }
  const summaries = new Set(skipped.map((s) => s.read));
  // A copy whose programme was edited since CTCT wrote it, its original not, is the unit's workbook now.
  const diffs = new Map<T, ProgrammeDiff>();
  const supersededBy = new Map<T, T>();
  for (const [copy, original] of programme ? copies : []) {
    const diff = compareProgrammes(copy, original, programme!, where);
    if (!diff) continue;
    diffs.set(copy, diff);
    if (diff.newer !== 'copy' || supersededBy.has(original)) continue;
    supersededBy.set(original, copy);
    copies.delete(copy);
  }
  // A copy of a copy counts for the workbook the chain starts from (or the copy used in its place).
  const next = (f: T) => copies.get(f) ?? supersededBy.get(f);
  const root = (f: T) => {
    let at = f;
    for (let i = 0; i <= files.length && next(at); i++) at = next(at)!;
    return next(at) || summaries.has(at) ? null : at;
  };
  for (const [copy, parent] of copies) {
    const original = root(copy);
    const diff = original === parent ? diffs.get(copy) : undefined;
    if (original) skipped.push({ read: copy, kind: 'copy', original, ...(diff ? { programme: diff } : {}) });
  }
  for (const [original, copy] of supersededBy) {
    const used = root(copy);
    if (used) skipped.push({ read: original, kind: 'superseded', original: used, programme: diffs.get(copy)! });
  }
  const left = new Set(skipped.map((s) => s.read));
  return { kept: files.filter((f) => !left.has(f)), skipped: files.flatMap((f) => skipped.filter((s) => s.read === f)), unpaired };
}

/**
 * The workbooks read, each content once (`contentKey`: what tells two contents apart, a hash or
 * the grid itself): the same workbook under another name ("vp - Copy.xlsx", "vp (1).xlsx", saved
 * again) would count its tasks twice. The shortest name is kept (the others are usually it with
 * something added); `sameAs` maps each left out to the one kept, in the order they were read
 * within each content (a marked copy made from one left out is the kept one's copy).
 */
export function oncePerContent<T extends OwnOutputFile>(read: readonly T[], contentKey: (f: T) => string): { read: T[]; sameAs: Map<T, T> } {
  const sameAs = new Map<T, T>();
  if (read.length < 2) return { read: [...read], sameAs };
  const byContent = new Map<string, T[]>();
  for (const r of read) {
    const key = contentKey(r);
    byContent.set(key, [...(byContent.get(key) ?? []), r]);
  }
  const kept = new Set<T>();
  for (const same of byContent.values()) {
    const name = (r: T) => baseName(r.input.file).length;
    const first = same.reduce((a, b) => (name(b) < name(a) ? b : a));
    kept.add(first);
    for (const r of same.filter((x) => x !== first)) sameAs.set(r, first);
  }
  return { read: read.filter((r) => kept.has(r)), sameAs };
}

/**
 * The "Theo dõi" each original takes from a marked copy left out of the run: the first copy that
 * has one, unless the original has its own (that one counts, as analyseWorkbook counts it).
 */
export function trackersFromCopies<T extends OwnOutputFile>(skipped: readonly SkippedOutput<T>[]): Map<T, { copy: T; tracker: SheetGrid }> {
  const carried = new Map<T, { copy: T; tracker: SheetGrid }>();
  for (const s of skipped) {
    const tracker = s.kind === 'copy' && s.original ? ownSheetOf(s.read.grid.sheets, 'tracker') : undefined;
    if (!tracker || carried.has(s.original!) || ownTrackerWins(s.original!.grid)) continue;
    carried.set(s.original!, { copy: s.read, tracker });
  }
  return carried;
}

/**
 * The workbook of the run a marked copy was written from: the one its "Tổng hợp" names ("Tệp:
 * b/x.xlsx"), else the one its name comes from ("b-x-kiem-tra.xlsx", "b-x-2-kiem-tra.xlsx"). A
 * "Tổng hợp" naming the copy itself (the add-in writes one into any workbook) does not count.
 */
function originalOf<T extends OwnOutputFile>(copy: T, files: readonly T[], where: Where, programme?: Programme<T>): { found?: T; refused?: T } {
  const name = folded(baseName(copy.input.file));
  // A copy never bears its original's name; two units' "ctct.xlsx" are not copies of each other.
  const others = files.filter((f) => f !== copy && folded(baseName(f.input.file)) !== name);
  const closest = (candidates: T[]) => closestOf(copy, candidates, where, programme);
  const named = sourceLabel(copy.grid);
  // A "Tổng hợp" written again in the copy (by the add-in) names the copy itself: its name then tells.
  if (named !== undefined && !endsWithPath(where(copy.input.file), named)) {
    // The standalone page names the second "ctct.xlsx" it opens "ctct.xlsx (2)": that file is a "ctct.xlsx".
    const file = named.replace(/(\.xls[xm]) \(\d+\)$/i, '$1');
    // Even a file of the exact name is its original only with a task in common (its original edited
    // since still shares most of them): another unit's "ctct.xlsx" beside this copy is not. A copy
    // also named as CTCT names that file's copy ("vp-kiem-tra.xlsx") is its own, even rewritten whole (next year's).
    const exact = others.filter((f) => endsWithPath(where(f.input.file), named) || endsWithPath(where(f.input.file), file));
    const related = exact.filter((f) => sharesTasks(copy, f, programme) || copyNameOf(name, f));
    if (related.length) return { found: closest(related) };
    // A folder run's copy names "a/ctct.xlsx": opened on the page, or gathered in one folder, its original
    // is a "ctct.xlsx" elsewhere, one with a task in common (not another unit's file of that name).
    const byName = others.filter((f) => endsWithPath(where(f.input.file), baseName(file)));
    // No file of that name at all: its original renamed ("ctct.xlsx" → "ctct thang 10.xlsx") beside it.
    const renamed = () => closest(others.filter((f) => renamedOriginal(copy, f, where, named, programme)));
    if (!exact.length && !byName.length) {
      const found = renamed();
      if (found) return { found };
    }
    // Only other units' files of that name ("a/ctct.xlsx" beside the copy of "b/ctct.xlsx", renamed "b/ctct-b.xlsx"): the renamed one is its original.
    const found = closest(byName.filter((f) => sharesTasks(copy, f, programme))) ?? (exact.length ? undefined : renamed());
    return found ? { found } : { refused: closest(exact.length ? exact : byName) };
  }
  if (!name.endsWith(COPY_SUFFIX)) return {};
  const stem = name.slice(0, -COPY_SUFFIX.length);
  // A second copy of the same name got "-2" (two labels giving one name).
  const stems = [stem, stem.replace(/-\d+$/, '')];
  const found = closest(
    others.filter((f) => {
      const own = workbookStem(folded(baseName(f.input.file)));
      const label = workbookStem(folded(f.input.label)).split(/[\\/]+/).join('-');
      return stems.some((s) => s === label || s === own || s.endsWith(`-${own}`));
    }),
  );
  return found ? { found } : {};
}

/** Whether a copy's (folded) name is the one CTCT gives `f`'s copy: "vp-kiem-tra.xlsx", "a-ctct-kiem-tra.xlsx", "vp-2-kiem-tra.xlsx". */
function copyNameOf(name: string, f: OwnOutputFile): boolean {
  if (!name.endsWith(COPY_SUFFIX)) return false;
  const stem = name.slice(0, -COPY_SUFFIX.length);
  const own = workbookStem(folded(baseName(f.input.file)));
  const label = workbookStem(folded(f.input.label)).split(/[\\/]+/).join('-');
  return [stem, stem.replace(/-\d+$/, '')].some((s) => s === label || s === own);
}

/**
 * How a marked copy's programme differs from its original's (undefined: the same, or either cannot
 * be checked). The copy's "Theo dõi" holds the original's tasks when CTCT wrote it: the one still
 * holding them was not edited since; with no such tracker, or both edited, which is newer is unknown.
 */
function compareProgrammes<T extends OwnOutputFile>(copy: T, original: T, programme: Programme<T>, where: Where): ProgrammeDiff | undefined {
  const [mine, theirs] = [programme(copy), programme(original)];
  if (!mine || !theirs) return undefined;
  const copyTasks = mine.tasks.map((t) => taskSignature(rowFromTask(t)));
  const originalTasks = theirs.tasks.map((t) => taskSignature(rowFromTask(t)));
  const onlyInCopy = without(copyTasks, originalTasks).length;
  const onlyInOriginal = without(originalTasks, copyTasks).length;
  if (!onlyInCopy && !onlyInOriginal) return undefined;
  const tracker = ownSheetOf(copy.grid.sheets, 'tracker');
  const read = new Set(theirs.sheets);
  const then = tracker ? trackerOf(tracker).rows.filter((r) => !r.vanished && read.has(r.source.sheet)) : [];
  // An older tracker does not say what it copied of statuses and deadlines: compare without them.
  const full = then.length > 0 && then.every((r) => r.copied);
  const sign = (rows: string[], tasks: FileReport['tasks']) => (full ? rows : tasks.map((t) => taskSignature(rowFromTask(t), false)));
  const snapshot = then.map((r) => taskSignature(r, full));
  const unchanged = (rows: string[], tasks: FileReport['tasks']) => then.length > 0 && sameTasks(sign(rows, tasks), snapshot);
  const copyKept = unchanged(copyTasks, mine.tasks);
  const originalKept = unchanged(originalTasks, theirs.tasks);
  let newer: ProgrammeDiff['newer'] = originalKept && !copyKept ? 'copy' : copyKept && !originalKept ? 'original' : 'unknown';
  // A tracker refreshed in the copy (by the add-in) holds the copy's tasks, not the original's then:
  // the task count in the "Tổng hợp" CTCT wrote then, differing from the copy's, gives it away.
  const counted = countWhenWritten(copy, original, where);
  if (newer === 'original' && counted !== undefined && counted !== mine.summary.taskCount) newer = 'unknown';
  return { onlyInCopy, onlyInOriginal, newer };
}

/**
 * Whether the programme in a marked copy (`copy`, checked as `report`) was edited since CTCT wrote
 * it: its tasks differ from those its "Theo dõi" took from the original then (a name fixed in the
 * copy, a task added there). A tracker refreshed in the copy since (the add-in) holds the copy's
 * tasks: no edit is seen, as none can be told.
 */
export function copyEditedSinceWritten(copy: WorkbookGrid, report: FileReport): boolean {
  const tracker = ownSheetOf(copy.sheets, 'tracker');
  const read = new Set(report.sheets);
  const then = tracker ? trackerOf(tracker).rows.filter((r) => r.key && !r.vanished && read.has(r.source.sheet)) : [];
  if (!then.length) return false;
  const full = then.every((r) => r.copied);
  const now = report.tasks.map((t) => taskSignature(rowFromTask(t), full));
  return !sameTasks(now, then.map((r) => taskSignature(r, full)));
}

/** The tasks the copy's "Tổng hợp" counted when CTCT wrote it from `original` (undefined: no such summary, or one written since). */
function countWhenWritten(copy: OwnOutputFile, original: OwnOutputFile, where: Where): number | undefined {
  const named = sourceLabel(copy.grid);
  if (named === undefined || !endsWithPath(where(original.input.file), named)) return undefined;
  for (const row of ownSheetOf(copy.grid.sheets, 'summary')?.cells.slice(0, 12) ?? []) {
    const at = row.findIndex((v) => typeof v === 'string' && v.normalize('NFC').trim() === TOTAL_TASKS_LABEL);
    const count = at >= 0 ? row[at + 1] : undefined;
    if (typeof count === 'number') return count;
  }
  return undefined;
}

/** What a task is, as the tracker copies it from the source (its row aside: rows move). */
function taskSignature(r: TrackerRow, withCopied = true): string {
  const copied = withCopied ? [r.copied?.status ?? '', r.copied?.deadline ?? ''] : [];
  return [r.key, r.task, r.leadUnits, r.coordinatingUnits, r.product, r.leaders, ...copied].map((v) => String(v ?? '').normalize('NFC').trim()).join('\u0001');
}

/** The items of `a` not in `b`, as many times as `a` has more of them. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n) left.set(x, n - 1);
    return !n;
  });
}

const sameTasks = (a: readonly string[], b: readonly string[]) => a.length === b.length && !without(a, b).length;
/** Whether more than half of `a` (by signature, each counted once) is in `b`. */
const mostlyIn = (a: readonly string[], b: readonly string[]) => (a.length - without(a, b).length) * 2 > a.length;

/**
 * Whether `f`, in the copy's folder (or the unit folder its "Tổng hợp" names under it, "b/" of
 * "Tệp: b/ctct.xlsx"), may be its original under a new name: a unit's workbook (not CTCT's output)
 * holding most of the copy's tasks; a task or two shared with another unit is not enough.
 */
function renamedOriginal<T extends OwnOutputFile>(copy: T, f: T, where: Where, named: string, programme?: Programme<T>): boolean {
  const folder = folderOf(where(f.input.file));
  const copyFolder = folderOf(where(copy.input.file));
  const unitFolder = [copyFolder, folderOf(named)].filter(Boolean).join('/');
  if (folded(folder) !== folded(copyFolder) && folded(folder) !== folded(unitFolder)) return false;
  const kinds = f.grid.sheets.map(ownSheetKind);
  if (writtenByCtct(kinds, 'copy') || writtenByCtct(kinds, 'summary')) return false;
  const [mine, theirs] = [copy, f].map((x) => programme?.(x)?.tasks.map((t) => taskSignature(rowFromTask(t), false)));
  if (!mine?.length || !theirs) return false;
  return mostlyIn(mine, theirs);
}

/**
 * Whether a marked copy's "Theo dõi" (its original's tasks when CTCT wrote it) was written from this
 * programme, its file renamed since: more than half of the tasks it held are the programme's, as
 * `renamedOriginal` asks of a copy's own tasks.
 */
export function trackerHeldProgramme(tracker: SheetGrid, report: FileReport): boolean {
  const then = trackerOf(tracker).rows.filter((r) => r.key && !r.vanished).map((r) => taskSignature(r, false));
  const now = report.tasks.map((t) => taskSignature(rowFromTask(t), false));
  return then.length > 0 && mostlyIn(then, now);
}

/** Whether two workbooks have a task in common (true when either cannot be checked). */
function sharesTasks<T extends OwnOutputFile>(a: T, b: T, programme?: Programme<T>): boolean {
  const [mine, theirs] = [a, b].map((f) => programme?.(f)?.tasks.map((t) => taskSignature(rowFromTask(t), false)));
  if (!mine || !theirs) return true;
  return without(mine, theirs).length < mine.length;
}

/**
 * Of several candidates, those in the copy's own folder (else all); of these, the one whose tasks
 * differ least from the copy's (two units' "ctct.xlsx" opened on the page, in no folder); else the first.
 */
function closestOf<T extends OwnOutputFile>(copy: T, candidates: T[], where: Where, programme?: Programme<T>): T | undefined {
  const dir = folderOf(where(copy.input.file));
  const near = candidates.filter((f) => folderOf(where(f.input.file)) === dir);
  const pool = near.length ? near : candidates;
  if (pool.length < 2 || !programme) return pool[0];
  const mine = programme(copy)?.tasks.map((t) => taskSignature(rowFromTask(t), false));
  if (!mine) return pool[0];
  const distance = (f: T) => {
    const theirs = programme(f)?.tasks.map((t) => taskSignature(rowFromTask(t), false));
    return theirs ? without(mine, theirs).length + without(theirs, mine).length : Infinity;
  };
  return pool.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}

/** Whether a path ends with a label's folders and name ("b/x.xlsx"), as the system spells neither exactly. */
export function endsWithPath(file: string, label: string): boolean {
  const parts = (p: string) => pathParts(folded(p));
  const tail = parts(label);
  const all = parts(file);
  return tail.length > 0 && tail.length <= all.length && tail.every((p, i) => all[all.length - tail.length + i] === p);
}

/** The line under a marked copy's "Tổng hợp" title, split: "Ngày lập: …", "Tệp: b/x.xlsx", "Trang tính: …". */
function summaryLineParts(sheets: readonly SheetGrid[]): string[] | undefined {
  const summary = ownSheetOf(sheets, 'summary');
  for (const row of summary?.cells.slice(0, 4) ?? []) {
    for (const v of row) {
      if (typeof v === 'string' && /^Ngày lập:/u.test(v.normalize('NFC'))) return v.normalize('NFC').split(' · ');
    }
  }
  return undefined;
}

/** The file a marked copy's "Tổng hợp" says it was made from: "Ngày lập: … · Tệp: b/x.xlsx · Trang tính: …". */
export function sourceLabel(grid: WorkbookGrid): string | undefined {
  const parts = summaryLineParts(grid.sheets);
  if (!parts) return undefined;
  const part = parts.find((p) => p.startsWith('Tệp: '));
  // One file only: "Tệp: a.xlsx, b.xlsx" is a summary of several.
  return part && !part.includes(', ') ? part.slice('Tệp: '.length).trim() : undefined;
}

/**
 * The original a marked copy checked as a programme stands for (its original is not in the run, or
 * could not be read): the file its "Tổng hợp" names, else its own name without "-kiem-tra"; its
 * new copy is named after that one, never "vp-kiem-tra-kiem-tra.xlsx". Undefined for a unit's file.
 */
export function copyOriginalLabel(file: OwnOutputFile): string | undefined {
  if (!writtenByCtct(file.grid.sheets.map(ownSheetKind), 'copy')) return undefined;
  const named = sourceLabel(file.grid);
  if (named !== undefined && !endsWithPath(file.input.file, named)) return named;
  const label = file.input.label;
  return folded(label).endsWith(COPY_SUFFIX) ? `${label.slice(0, -COPY_SUFFIX.length)}.xlsx` : undefined;
}

/** Whether a marked copy's "Tổng hợp" names `sheet` among the sheets it counted ("Trang tính: Phụ lục II, Rà soát"). */
export function summaryCountedSheet(sheets: readonly SheetGrid[], sheet: string): boolean {
  const listed = summaryLineParts(sheets)?.find((p) => p.startsWith('Trang tính: '))?.slice('Trang tính: '.length);
  return listed !== undefined && sheetNameKey(`, ${listed}, `).includes(`, ${sheetNameKey(sheet)}, `);
}

/** Whether the workbook's own tracker is the one its summary counts (analyseWorkbook's rule). */
export function ownTrackerWins(grid: WorkbookGrid): boolean {
  return namedOwnSheet(grid.sheets, 'tracker') !== undefined;
}
