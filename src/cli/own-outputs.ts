/**
 * CTCT's own outputs among the workbooks of a run, told by what they hold, whatever their name: a
 * consolidated summary (only CTCT's summary and task list) is never a unit's sheet; a marked copy
 * whose original is in the run would count that original's tasks twice. Both are left out; the
 * copy's "Theo dõi" (where users type statuses) then counts for its original.
 */
import * as path from 'node:path';
import { ownSheetKind, ownSheetOf } from '../engine';
import { namedOwnSheet } from '../engine/own-sheets';
import type { WorkbookGrid } from '../engine/grid';
import { COPY_SUFFIX, folded, type Input, workbookStem, writtenByCtct } from './inputs';

/** A workbook of the run, read. `folder`: the folder given on the command line it was found in. */
export interface ReadInput {
  input: Input;
  bytes: Uint8Array;
  grid: WorkbookGrid;
  folder?: string;
}

/** A workbook left out: CTCT's summary, or a marked copy of `original` (another workbook of the run). */
export interface SkippedOutput {
  read: ReadInput;
  kind: 'summary' | 'copy';
  original?: ReadInput;
}

export interface OwnOutputs {
  kept: ReadInput[];
  skipped: SkippedOutput[];
}

export function sortOwnOutputs(files: readonly ReadInput[]): OwnOutputs {
  const skipped: SkippedOutput[] = [];
  const copies = new Map<ReadInput, ReadInput>();
  for (const f of files) {
    const kinds = f.grid.sheets.map(ownSheetKind);
    if (writtenByCtct(kinds, 'summary')) skipped.push({ read: f, kind: 'summary' });
    else if (writtenByCtct(kinds, 'copy')) {
      const original = originalOf(f, files);
      if (original) copies.set(f, original);
    }
  }
  const summaries = new Set(skipped.map((s) => s.read));
  // A copy of a copy counts for the workbook the chain starts from.
  const root = (f: ReadInput) => {
    let at = f;
    for (let i = 0; i < files.length && copies.has(at); i++) at = copies.get(at)!;
    return copies.has(at) || summaries.has(at) ? null : at;
  };
  for (const [copy] of copies) {
    const original = root(copy);
    if (original) skipped.push({ read: copy, kind: 'copy', original });
  }
  const left = new Set(skipped.map((s) => s.read));
  return { kept: files.filter((f) => !left.has(f)), skipped: files.flatMap((f) => skipped.filter((s) => s.read === f)) };
}

/**
 * The workbook of the run a marked copy was written from: the one its "Tổng hợp" names ("Tệp:
 * b/x.xlsx"), else the one its name comes from ("b-x-kiem-tra.xlsx", "b-x-2-kiem-tra.xlsx"). Not
 * itself: the add-in writes "Tổng hợp" into the unit's own workbook too.
 */
function originalOf(copy: ReadInput, files: readonly ReadInput[]): ReadInput | undefined {
  const name = folded(path.basename(copy.input.file));
  // A copy never bears its original's name; two units' "ctct.xlsx" are not copies of each other.
  const others = files.filter((f) => f !== copy && folded(path.basename(f.input.file)) !== name);
  const named = sourceLabel(copy.grid);
  if (named !== undefined) return closest(copy, others.filter((f) => endsWithPath(f.input.file, named)));
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
