/**
 * CTCT's own outputs among the workbooks of a run, told by what they hold, whatever their name: a
 * consolidated summary (only CTCT's summary and task list) is never a unit's sheet; a marked copy
 * whose original is in the run would count that original's tasks twice. Both are left out; the
 * copy's "Theo dõi" (where users type statuses) then counts for its original.
 */
import * as path from 'node:path';
import { type FileReport, ownSheetKind, ownSheetOf } from '../engine';
import { namedOwnSheet } from '../engine/own-sheets';
import type { WorkbookGrid } from '../engine/grid';
import { readTracker, rowFromTask, type TrackerRow } from '../engine/track';
import { TOTAL_TASKS_LABEL } from '../engine/summary/layout';
import { COPY_SUFFIX, folded, type Input, workbookStem, writtenByCtct } from './inputs';

/** A workbook of the run, read. `folder`: the folder given on the command line it was found in. */
export interface ReadInput {
  input: Input;
  bytes: Uint8Array;
  grid: WorkbookGrid;
  folder?: string;
}

/**
 * A workbook left out: CTCT's summary, a marked copy of `original` (another workbook of the run),
 * or an original `superseded` by its copy (`original` is then the copy checked in its place).
 * `programme`: how a copy's programme compares with its original's, where they differ.
 */
export interface SkippedOutput {
  read: ReadInput;
  kind: 'summary' | 'copy' | 'superseded';
  original?: ReadInput;
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
export type Programme = (file: ReadInput) => FileReport | undefined;

export interface OwnOutputs {
  kept: ReadInput[];
  skipped: SkippedOutput[];
}

/** `sameAs`: workbooks left out of the run as the same content as one of `files`, a copy's original standing for that one. */
export function sortOwnOutputs(files: readonly ReadInput[], programme?: Programme, sameAs: ReadonlyMap<ReadInput, ReadInput> = new Map()): OwnOutputs {
  const skipped: SkippedOutput[] = [];
  const copies = new Map<ReadInput, ReadInput>();
  for (const f of files) {
    const kinds = f.grid.sheets.map(ownSheetKind);
    if (writtenByCtct(kinds, 'summary')) skipped.push({ read: f, kind: 'summary' });
    else if (writtenByCtct(kinds, 'copy')) {
      const found = originalOf(f, [...files, ...sameAs.keys()]);
      const original = found && (sameAs.get(found) ?? found);
      if (original) copies.set(f, original);
    }
  }
  const summaries = new Set(skipped.map((s) => s.read));
  // A copy whose programme was edited since CTCT wrote it, its original not, is the unit's workbook now.
  const diffs = new Map<ReadInput, ProgrammeDiff>();
  const supersededBy = new Map<ReadInput, ReadInput>();
  for (const [copy, original] of programme ? copies : []) {
    const diff = compareProgrammes(copy, original, programme!);
    if (!diff) continue;
    diffs.set(copy, diff);
    if (diff.newer !== 'copy' || supersededBy.has(original)) continue;
    supersededBy.set(original, copy);
    copies.delete(copy);
  }
  // A copy of a copy counts for the workbook the chain starts from (or the copy used in its place).
  const next = (f: ReadInput) => copies.get(f) ?? supersededBy.get(f);
  const root = (f: ReadInput) => {
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
  return { kept: files.filter((f) => !left.has(f)), skipped: files.flatMap((f) => skipped.filter((s) => s.read === f)) };
}

/**
 * The workbook of the run a marked copy was written from: the one its "Tổng hợp" names ("Tệp:
 * b/x.xlsx") unless that is the copy itself, else the one its name comes from ("b-x-kiem-tra.xlsx", "b-x-2-kiem-tra.xlsx"). Not
 * itself: the add-in writes "Tổng hợp" into the unit's own workbook too.
 */
function originalOf(copy: ReadInput, files: readonly ReadInput[]): ReadInput | undefined {
  const name = folded(path.basename(copy.input.file));
  // A copy never bears its original's name; two units' "ctct.xlsx" are not copies of each other.
  const others = files.filter((f) => f !== copy && folded(path.basename(f.input.file)) !== name);
  const named = sourceLabel(copy.grid);
  // A "Tổng hợp" written again in the copy (by the add-in) names the copy itself: its name then tells.
  if (named !== undefined && !endsWithPath(copy.input.file, named)) return closest(copy, others.filter((f) => endsWithPath(f.input.file, named)));
  if (!name.endsWith(COPY_SUFFIX)) return undefined;
  const stem = name.slice(0, -COPY_SUFFIX.length);
  // A second copy of the same name got "-2" (two labels giving one name).
  const stems = [stem, stem.replace(/-\d+$/, '')];
  return closest(
    copy,
    others.filter((f) => {
      const own = workbookStem(folded(path.basename(f.input.file)));
      const label = workbookStem(folded(f.input.label)).split(/[\\/]+/).join('-');
      return stems.some((s) => s === label || s === own || s.endsWith(`-${own}`));
    }),
  );
}

/**
 * How a marked copy's programme differs from its original's (undefined: the same, or either cannot
 * be checked). The copy's "Theo dõi" holds the original's tasks when CTCT wrote it: the one still
 * holding them was not edited since; with no such tracker, or both edited, which is newer is unknown.
 */
function compareProgrammes(copy: ReadInput, original: ReadInput, programme: Programme): ProgrammeDiff | undefined {
  const [mine, theirs] = [programme(copy), programme(original)];
  if (!mine || !theirs) return undefined;
  const copyTasks = mine.tasks.map((t) => taskSignature(rowFromTask(t)));
  const originalTasks = theirs.tasks.map((t) => taskSignature(rowFromTask(t)));
  const onlyInCopy = without(copyTasks, originalTasks).length;
  const onlyInOriginal = without(originalTasks, copyTasks).length;
  if (!onlyInCopy && !onlyInOriginal) return undefined;
  const tracker = ownSheetOf(copy.grid.sheets, 'tracker');
  const read = new Set(theirs.sheets);
  const then = tracker ? readTracker(tracker.cells).rows.filter((r) => !r.vanished && read.has(r.source.sheet)) : [];
  // An older tracker does not say what it copied of statuses and deadlines: compare without them.
  const full = then.length > 0 && then.every((r) => r.copied);
  const sign = (rows: string[], tasks: FileReport['tasks']) => (full ? rows : tasks.map((t) => taskSignature(rowFromTask(t), false)));
  const snapshot = then.map((r) => taskSignature(r, full));
  const unchanged = (rows: string[], tasks: FileReport['tasks']) => then.length > 0 && sameTasks(sign(rows, tasks), snapshot);
  const copyKept = unchanged(copyTasks, mine.tasks);
  const originalKept = unchanged(originalTasks, theirs.tasks);
  let newer: ProgrammeDiff['newer'] = originalKept && !copyKept ? 'copy' : copyKept && !originalKept ? 'original' : 'unknown';
  // A tracker refreshed in the copy (by the add-in) holds the copy's tasks, not the original's then:
  // the copy's "Tổng hợp" of then, counting other tasks than the copy holds, gives it away.
  const counted = countWhenWritten(copy, original);
  if (newer === 'original' && counted !== undefined && counted !== mine.summary.taskCount) newer = 'unknown';
  return { onlyInCopy, onlyInOriginal, newer };
}

/** The tasks the copy's "Tổng hợp" counted when CTCT wrote it from `original` (undefined: no such summary, or one written since). */
function countWhenWritten(copy: ReadInput, original: ReadInput): number | undefined {
  const named = sourceLabel(copy.grid);
  if (named === undefined || !endsWithPath(original.input.file, named)) return undefined;
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

/** Of several candidates, one in the copy's own folder; else the first. */
function closest(copy: ReadInput, candidates: ReadInput[]): ReadInput | undefined {
  const dir = path.dirname(path.resolve(copy.input.file));
  return candidates.find((f) => path.dirname(path.resolve(f.input.file)) === dir) ?? candidates[0];
}

/** Whether a path ends with a label's folders and name ("b/x.xlsx"), as the system spells neither exactly. */
function endsWithPath(file: string, label: string): boolean {
  const parts = (p: string) => folded(p).split(/[\\/]+/).filter(Boolean);
  const tail = parts(label);
  const all = parts(path.resolve(file));
  return tail.length > 0 && tail.length <= all.length && tail.every((p, i) => all[all.length - tail.length + i] === p);
}

/** The file a marked copy's "Tổng hợp" says it was made from: "Ngày lập: … · Tệp: b/x.xlsx · Trang tính: …". */
function sourceLabel(grid: WorkbookGrid): string | undefined {
  const summary = ownSheetOf(grid.sheets, 'summary');
  for (const row of summary?.cells.slice(0, 4) ?? []) {
    for (const v of row) {
      if (typeof v !== 'string' || !/^Ngày lập:/u.test(v.normalize('NFC'))) continue;
      const part = v.normalize('NFC').split(' · ').find((p) => p.startsWith('Tệp: '));
      // One file only: "Tệp: a.xlsx, b.xlsx" is a summary of several.
      return part && !part.includes(', ') ? part.slice('Tệp: '.length).trim() : undefined;
    }
  }
  return undefined;
}

/** Whether the workbook's own tracker is the one its summary counts (analyseWorkbook's rule). */
export function ownTrackerWins(grid: WorkbookGrid): boolean {
  return namedOwnSheet(grid.sheets, 'tracker') !== undefined;
}
