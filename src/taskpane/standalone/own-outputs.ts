/**
 * The files open on the standalone page, sorted as a folder run sorts its workbooks (the engine's
 * own-outputs): CTCT's summary, a marked copy of another open file, an original whose copy was
 * edited since, and the same workbook twice are left out of the combined summary; the copy's
 * "Theo dõi" counts for its original.
 */
import type { SheetGrid, WorkbookGrid } from '../../engine/grid';
import type { FileReport } from '../../engine/report';
import { ownSheetOf } from '../../engine/own-sheets';
import { oncePerContent, ownTrackerWins, sortOwnOutputs, trackersFromCopies } from '../../engine/own-outputs';

export interface OpenFile {
  id: number;
  name: string;
  label: string;
  grid: WorkbookGrid | null;
  report: FileReport | null;
}

/**
 * A marked copy left out beside its original. `tracker`: its "Theo dõi" counts for the original;
 * `trackerUnused`: why the "Theo dõi" it has does not (the original's own, another copy's, or the
 * original could not be checked again with it and is counted alone).
 */
export interface CopyLeftOut {
  kind: 'copy';
  original: string;
  tracker: boolean;
  programmeDiffers: boolean;
  trackerUnused?: { why: 'own' } | { why: 'other-copy'; copy: string } | { why: 'failed' };
}

/** Why a file is not counted, and the label of the file it stands for or is used instead of it. */
export type LeftOut =
  | { kind: 'summary' }
  | CopyLeftOut
  | { kind: 'superseded'; copy: string }
  | { kind: 'same'; as: string };

export interface SortedFiles {
  leftOut: Map<number, LeftOut>;
  /** The report each counted file adds (an original's with its copy's "Theo dõi"). */
  reports: Map<number, FileReport>;
  /** By a counted original's id, the id of the left-out copy whose "Theo dõi" its summary counts: its download carries that tracker on, as `--out` does. */
  trackerFrom: Map<number, number>;
  /** By id, a marked copy counted as a programme of its own: the label of the file of its original's name, which shares no task with it. */
  unpaired: Map<number, string>;
}

type Item = { input: { file: string; label: string }; grid: WorkbookGrid; file: OpenFile };

/** `withTracker`: the file analysed again with the tracker it takes from its copy (null: it cannot be). */
export function sortOpenFiles(files: readonly OpenFile[], withTracker: (file: OpenFile, tracker: SheetGrid) => FileReport | null): SortedFiles {
  const items: Item[] = files.flatMap((f) => (f.grid ? [{ input: { file: f.name, label: f.label }, grid: f.grid, file: f }] : []));
  const once = oncePerContent(items, (i) => JSON.stringify(i.grid));
  const { kept, skipped, unpaired } = sortOwnOutputs(once.read, (i) => i.file.report ?? undefined, once.sameAs);
  const carried = trackersFromCopies(skipped);
  const reports = new Map<number, FileReport>();
  const trackerFrom = new Map<number, number>();
  const failed = new Set<Item>();
  for (const item of kept) {
    const { file } = item;
    const from = carried.get(item);
    const withIt = from ? withTracker(file, from.tracker) : null;
    if (from && !withIt) failed.add(item);
    const report = withIt ?? file.report;
    if (report) reports.set(file.id, report);
    // Counted alone, its download does not carry the copy's tracker on either: the two agree.
    if (from && withIt) trackerFrom.set(file.id, from.copy.file.id);
  }
  const leftOut = new Map<number, LeftOut>();
  for (const [item, first] of once.sameAs) leftOut.set(item.file.id, { kind: 'same', as: first.file.label });
  for (const s of skipped) {
    if (s.kind === 'summary') leftOut.set(s.read.file.id, { kind: 'summary' });
    else if (s.kind === 'superseded') leftOut.set(s.read.file.id, { kind: 'superseded', copy: s.original!.file.label });
    else leftOut.set(s.read.file.id, copyLeftOut(s.read, s.original!, s.programme !== undefined, carried.get(s.original!)?.copy, failed.has(s.original!)));
  }
  // Files that could not be read are not sorted: they stay as they are (named in the summary).
  return { leftOut, reports, trackerFrom, unpaired: new Map(unpaired.map((u) => [u.read.file.id, u.named.file.label])) };
}

/** What the page says of a copy left out: whether its "Theo dõi" counts for its original, and if not, why. */
function copyLeftOut(copy: Item, original: Item, programmeDiffers: boolean, trackerCopy: Item | undefined, failed: boolean): CopyLeftOut {
  const why: CopyLeftOut = { kind: 'copy', original: original.file.label, tracker: trackerCopy === copy && !failed, programmeDiffers };
  if (why.tracker || !ownSheetOf(copy.grid.sheets, 'tracker')) return why;
  if (ownTrackerWins(original.grid)) return { ...why, trackerUnused: { why: 'own' } };
  if (trackerCopy && trackerCopy !== copy) return { ...why, trackerUnused: { why: 'other-copy', copy: trackerCopy.file.label } };
  return failed ? { ...why, trackerUnused: { why: 'failed' } } : why;
}
