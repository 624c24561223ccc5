/**
 * The files open on the standalone page, sorted as a folder run sorts its workbooks (the engine's
 * own-outputs): CTCT's summary, a marked copy of another open file, an original whose copy was
 * edited since, and the same workbook twice are left out of the combined summary; the copy's
 * "Theo dõi" counts for its original.
 */
import type { SheetGrid, WorkbookGrid } from '../../engine/grid';
import type { FileReport } from '../../engine/report';
import { oncePerContent, sortOwnOutputs, trackersFromCopies } from '../../engine/own-outputs';

export interface OpenFile {
  id: number;
  name: string;
  label: string;
  grid: WorkbookGrid | null;
  report: FileReport | null;
}

/** Why a file is not counted, and the label of the file it stands for or is used instead of it. */
export type LeftOut =
  | { kind: 'summary' }
  | { kind: 'copy'; original: string; tracker: boolean; programmeDiffers: boolean }
  | { kind: 'superseded'; copy: string }
  | { kind: 'same'; as: string };

export interface SortedFiles {
  leftOut: Map<number, LeftOut>;
  /** The report each counted file adds (an original's with its copy's "Theo dõi"). */
  reports: Map<number, FileReport>;
  /** By a counted original's id, the id of the left-out copy whose "Theo dõi" it takes: its download carries that tracker on, as `--out` does. */
  trackerFrom: Map<number, number>;
}

type Item = { input: { file: string; label: string }; grid: WorkbookGrid; file: OpenFile };

/** `withTracker`: the file analysed again with the tracker it takes from its copy (null: it cannot be). */
export function sortOpenFiles(files: readonly OpenFile[], withTracker: (file: OpenFile, tracker: SheetGrid) => FileReport | null): SortedFiles {
  const items: Item[] = files.flatMap((f) => (f.grid ? [{ input: { file: f.name, label: f.label }, grid: f.grid, file: f }] : []));
  const once = oncePerContent(items, (i) => JSON.stringify(i.grid));
  const { kept, skipped } = sortOwnOutputs(once.read, (i) => i.file.report ?? undefined, once.sameAs);
  const carried = trackersFromCopies(skipped);
  const leftOut = new Map<number, LeftOut>();
  for (const [item, first] of once.sameAs) leftOut.set(item.file.id, { kind: 'same', as: first.file.label });
  for (const s of skipped) {
    if (s.kind === 'summary') leftOut.set(s.read.file.id, { kind: 'summary' });
    else if (s.kind === 'superseded') leftOut.set(s.read.file.id, { kind: 'superseded', copy: s.original!.file.label });
    else {
      const tracker = carried.get(s.original!)?.copy === s.read;
      leftOut.set(s.read.file.id, { kind: 'copy', original: s.original!.file.label, tracker, programmeDiffers: s.programme !== undefined });
    }
  }
  const reports = new Map<number, FileReport>();
  const trackerFrom = new Map<number, number>();
  for (const item of kept) {
    const { file } = item;
    const from = carried.get(item);
    const report = from ? withTracker(file, from.tracker) ?? file.report : file.report;
    if (report) reports.set(file.id, report);
    if (from) trackerFrom.set(file.id, from.copy.file.id);
  }
  // Files that could not be read are not sorted: they stay as they are (named in the summary).
  return { leftOut, reports, trackerFrom };
}
