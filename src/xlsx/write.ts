/**
 * Writing workbooks with exceljs (Node and browser): a marked copy of a checked workbook, and a
 * standalone consolidated summary.
 */
import * as ExcelJS from 'exceljs';
import { copySheetsEdited, recordCopySheets, recordedTrackerTyped, writeWithRecord } from './written-record';
import { columnLetter, columnNumber, sameSheetName, type SheetGrid } from '../engine/grid';
import { fileRowSlot, type FileReport, type Report, type SharedTask, type Task } from '../engine/report';
import type { Directory } from '../engine/directory/types';
import { defaultDirectory } from '../engine/directory/load';
import { countedTasks } from '../engine/combine';
import { countedStatus, taskYear } from '../engine/summary/summarise';
import { sharedAcrossSheets } from '../engine/summary/shared';
import { SUMMARY_SHEET, summaryLayout } from '../engine/summary/layout';
import { namedOwnSheet, ownSheetKind, ownSheetOf, TASK_LIST_HEADER } from '../engine/own-sheets';
import { holdLargeValidations, restoreValidations } from './held-validations';
import { definedNameList, readDefinedNames, restoreDefinedNames } from './defined-names';
import { MARKS_SHEET } from '../engine/marks';
import { lostPartText, type LostPart } from '../engine/copy-losses';
import {
  TRACKER_SHEET,
  mergeTracker,
  readTracker,
  trackerMergeOptions,
  trackerNewRows,
  type MergeResult,
  type TrackerSheet,
} from '../engine/track';
import { worksheetGrid } from './cells';
import { addedSheets, carrySheet } from './added-sheets';
import { partsTheCopyLoses, toBytes } from './detect';
import { loadWorkbook } from './read';
import { fillsUnderMarks, remarkWorkbook } from './marks';
import { A4_LANDSCAPE, PAGE_FOOTER, renderSummarySheet } from './render-summary';
import { isoToDate, renderTrackerSheet } from './render-tracker';
import { captureTrackerCells, trackerHasTyped, typedDigest, type CarriedTrackerCells } from './tracker-carry';

export interface WriteOptions {
  /** yyyy-mm-dd: "Ngày lập", overdue. */
  asOf: string;
  title?: string;
  /** For error messages. */
  fileName?: string;
  /**
   * The original the copy's "Tổng hợp" names ("Tệp: vp.xlsx") when the file checked is a marked copy
   * of it: a copy of that copy, checked later, is named after the original again.
   */
  source?: string;
  /**
   * The bytes of a marked copy written earlier to the place this copy goes (it is about to be
   * replaced). When it holds CTCT's tracker and the workbook has none of its own, that tracker is
   * the one brought up to date: what users typed there since (statuses, their columns and notes)
   * is not lost when the copy is written again from the source.
   */
  previousCopy?: Uint8Array | ArrayBuffer;
  /**
   * The bytes of the marked copy this one is written over: the sheets users added there (see
   * added-sheets.ts) are carried into the new copy, not lost with the file.
   */
  replaces?: Uint8Array | ArrayBuffer;
  /**
   * The directory the files were checked against (default: the built-in one), as given to
   * `combineReports`: the consolidated task list names units and leaders as the summary counts them.
   */
  directory?: Directory;
}

export { findingsNote, NOTE_PREFIX } from '../engine/marks';

function orderOf(ws: ExcelJS.Worksheet): number {
  return (ws as unknown as { orderNo: number }).orderNo;
}

function toPlainBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  const u = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  // A plain Uint8Array (not a Node Buffer) with its own memory.
  return new Uint8Array(u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength));
}

/**
 * exceljs keeps data validations per cell and, on writing, squeezes them back into ranges after
 * sorting addresses as text ("J10" before "J2"), which writes overlapping ranges (exceljs #2820)
 * that Excel repairs or drops. Regroup them ourselves into column runs keyed by range: exceljs
 * writes a range key as it is.
 */
export function regroupDataValidations(ws: ExcelJS.Worksheet): void {
  const dv = (ws as unknown as { dataValidations?: { model?: Record<string, object | undefined> } }).dataValidations;
  const model = dv?.model;
  if (!dv || !model) return;
  const keyOf = new Map<object, string>();
  const groups = new Map<string, { validation: object; cells: number[][]; ranges: string[] }>();
  let singles = 0;
  for (const address in model) {
    const v = model[address];
    if (!v) continue;
    let key = keyOf.get(v);
    if (key === undefined) keyOf.set(v, (key = JSON.stringify(v)));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { validation: v, cells: [], ranges: [] }));
    const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
    if (m) {
      g.cells.push([columnNumber(m[1]!), Number(m[2])]);
      singles++;
    } else {
      g.ranges.push(address);
    }
  }
  if (singles === 0) return;
  const out: Record<string, object> = {};
  for (const g of groups.values()) {
    for (const r of g.ranges) out[r] = g.validation;
    g.cells.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    let i = 0;
    while (i < g.cells.length) {
      const [col, top] = g.cells[i] as [number, number];
      let bottom = top;
      let j = i + 1;
      while (j < g.cells.length && g.cells[j]![0] === col && g.cells[j]![1]! <= bottom + 1) {
        bottom = Math.max(bottom, g.cells[j]![1]!);
        j++;
      }
      const letter = columnLetter(col);
      out[`${letter}${top}:${letter}${bottom}`] = g.validation;
      i = j;
    }
  }
  dv.model = out;
}

async function writeBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  for (const ws of wb.worksheets) regroupDataValidations(ws);
  const out = await wb.xlsx.writeBuffer();
  return toPlainBytes(out as ArrayBuffer);
}

export interface MarkedCopyResult {
  bytes: Uint8Array;
  /** Cells filled and noted. */
  marked: number;
  tracker: Omit<MergeResult, 'rows'>;
  /** What the original has and the copy cannot keep ("biểu đồ", "bảng PivotTable"): tell the user. */
  lost: string[];
  /** The same, by kind: for a host that words it in another language. */
  lostParts: LostPart[];
  /** The old tracker (the workbook's, else `previousCopy`'s) held something users typed, which the copy keeps. */
  trackerTyped: boolean;
  /** The same, but from an earlier copy only when typed there since CTCT wrote it (its record says; always, without one). */
  trackerTypedSince: boolean;
  /** The sheets users added to the copy replaced (`options.replaces`), carried into this one. */
  carriedSheets: string[];
  /** Those of them whose pictures or tables (Format as Table) could not be carried. */
  carriedWithout: string[];
  /** Sheets CTCT wrote in the copy replaced that were edited there since (its record says; "Theo dõi" aside): not in this copy. */
  replacedEdited: string[];
  /**
   * The workbook's own "Theo dõi" is the one brought up to date, and the copy replaced has one where users
   * typed something since CTCT wrote it (`trackerTypedSinceWritten`): that is not in this copy.
   */
  replacedTrackerTyped: boolean;
}

/**
 * A copy of the workbook (the input bytes are never modified) where each finding's cell gets a
 * fill by severity and a note (message + suggestion; several findings on one cell share a note),
 * plus a "Tổng hợp" sheet (this file's summary, linked to its cells) and a "Theo dõi" tracker.
 * Existing "Tổng hợp"/"Theo dõi" sheets are replaced in place; statuses, completion dates and
 * results typed in the old tracker are kept (mergeTracker), with the columns and notes users added
 * there; without one, `options.previousCopy`'s tracker is the old tracker. Marks from a previous
 * run are removed first, so running it on its own output does not pile them up.
 *
 * `report` is the whole run; the copy's "Tổng hợp" summarises `fileReport` alone so its links stay
 * inside this workbook (the consolidated summary is `writeSummaryWorkbook`).
 */
export async function writeMarkedCopyDetailed(
  original: Uint8Array | ArrayBuffer,
  fileReport: FileReport,
  report: Report,
  options: WriteOptions,
): Promise<MarkedCopyResult> {
  // exceljs reads from a private copy: the caller's bytes stay untouched.
  const copy = toBytes(original).slice();
  const fileName = options.fileName ?? fileReport.file;
  // Whole-column and Excel's x14 validations, and x14 conditional formats, stay out of exceljs (see held-validations.ts, held-formats.ts) and go back into the copy.
  const { bytes: light, held } = await holdLargeValidations(copy);
  const names = await readDefinedNames(copy);
  const wb = await loadWorkbook(light, { full: true, fileName });
  keepPageNumbering(wb);
  const asOf = options.asOf || report.asOf;

  // CTCT's own tracker (its typed columns, the columns and notes users added survive) and summary
  // are replaced at the same position. They are known by their content: a unit's own sheet called
  // "Tổng hợp" is never touched.
  // The tracker the engine counted (analyseWorkbook): the workbook's own under CTCT's name, else the
  // earlier copy's, else a tracker of the workbook under another name. One of each is rewritten:
  // copies the user keeps beside it ("Theo dõi T7", a monthly snapshot) stay as they are.
  // Every sheet's grid, built once: the three look-ups below read the same, unchanged workbook.
  const grids = sheetGrids(wb);
  const named = namedOwnSheet(grids, 'tracker');
  // The copy written over is often the one whose tracker goes on (the CLI's weekly run): read once for both.
  let replaced: Promise<ExcelJS.Workbook> | undefined;
  const loadReplaced = (bytes: Uint8Array | ArrayBuffer) => (replaced ??= loadWorkbook(bytes, { full: true, fileName }));
  const loadPrevious = (bytes: Uint8Array | ArrayBuffer) => (bytes === options.replaces ? loadReplaced(bytes) : loadWorkbook(bytes, { fileName }));
  const previousGrids = options.previousCopy && !named ? sheetGrids(await loadPrevious(options.previousCopy)) : undefined;
  // The same workbook's grids serve carrying its added sheets (not built a second time).
  const replacedGrids = options.previousCopy === options.replaces ? previousGrids : undefined;
  const previousTracker = previousGrids ? ownSheetOf(previousGrids, 'tracker') : undefined;
  const oldTracker = named ?? (previousTracker ? undefined : ownSheetOf(grids, 'tracker'));
  const oldSummary = ownSheetOf(grids, 'summary');
  const rewritten = [oldTracker?.ws.name, oldSummary?.ws.name, MARKS_SHEET].filter((n): n is string => !!n);
  const trackerOrder = oldTracker && orderOf(oldTracker.ws);
  const summaryOrder = oldSummary && orderOf(oldSummary.ws);
  // One at most: an earlier copy's tracker is read only when the workbook has none under CTCT's name.
  const takenFrom = previousTracker ?? oldTracker;
  // Under CTCT's marks the fills they cover are the ones carried: an earlier copy's record stays behind,
  // and the workbook's own may remember a row's look since changed (an overdue row's red, once done).
  const underMarks = takenFrom && fillsUnderMarks(takenFrom.ws.workbook, takenFrom.ws);
  const { taken, carried } = takenFrom ? takeTracker(takenFrom, underMarks) : { taken: undefined, carried: undefined };
  const previousRows = taken?.rows ?? [];
  if (oldTracker) wb.removeWorksheet(oldTracker.ws.id);
  if (oldSummary) wb.removeWorksheet(oldSummary.ws.id);
  const summaryName = freeSheetName(wb, SUMMARY_SHEET);
  const trackerName = freeSheetName(wb, TRACKER_SHEET);

  const single: Report = {
    asOf,
    files: [fileReport],
    summary: fileReport.summary,
    tasks: fileReport.tasks,
    findings: fileReport.findings,
  };
  const layout = { ...summaryLayout(single, { asOf, title: options.title, links: true, source: options.source }), sheetName: summaryName };
  renderSummarySheet(wb, layout, summaryOrder);

  const merged = mergeTracker(fileReport.tasks, previousRows, asOf, trackerMergeOptions(fileReport, wb.worksheets.map((w) => w.name)));
  renderTrackerSheet(wb, merged.rows, trackerOrder, trackerName, carried, definedNameList(names));
  const { carriedSheets, carriedWithout, replacedEdited, replacedTrackerTyped } = options.replaces ? await carryAddedSheets(wb, loadReplaced(options.replaces), replacedGrids, !!named) : nothingReplaced();
  // After the visible sheets: the hidden record of fills goes last in the tab order.
  const marked = remarkWorkbook(wb, trackerFindingsMoved(fileReport, oldTracker && !previousTracker ? { old: taken!, rows: merged.rows, name: trackerName } : null), asOf);
  // What the copy holds, recorded (its tracker aside): an edit made there is never written over silently.
  // Sheets users added are carried from copy to copy (their edits too): theirs, not recorded.
  const written = sheetGrids(wb);
  const recorded = written.filter((g) => g.ws.name !== trackerName && ownSheetKind(g) !== 'internal' && !carriedSheets.includes(g.ws.name));
  recordCopySheets(wb, recorded, trackerDigest(written.find((g) => g.ws.name === trackerName)));

  const ours = [...rewritten, summaryName, trackerName];
  if (carriesNotes(carried)) held.tails.add(trackerName);
  const kept = await restoreValidations(await writeBytes(wb), held, ours);
  const restored = await restoreDefinedNames(kept.bytes, names, ours);
  const lostParts = partsTheCopyLoses(original);
  if (kept.formatsLost.length) lostParts.push({ kind: 'x14-formats', names: kept.formatsLost });
  if (restored.notKept.length) lostParts.push({ kind: 'external-names', names: restored.notKept });
  const lost = lostParts.map(lostPartText);
  const trackerTyped = trackerHasTyped(previousRows, carried);
  // The earlier copy's typed tracker as CTCT carried it there: nothing typed since (its record says).
  const typedBefore = previousGrids && recordedTrackerTyped(previousGrids);
  const trackerTypedSince = trackerTyped && !(typedBefore && typedBefore === typedDigest(previousRows, carried));
  return { bytes: restored.bytes, marked, tracker: { added: merged.added, kept: merged.kept, vanished: merged.vanished }, lost, lostParts, trackerTyped, trackerTypedSince, carriedSheets, carriedWithout, replacedEdited, replacedTrackerTyped };
}

/**
 * The findings to mark, those on the workbook's own tracker (a status typed there: no sheet of the
 * report's) moved to where their rows are written again, as users' notes are (`trackerNewRows`);
 * when the tracker written goes on from another (an earlier copy's), they have no place and are not marked.
 */
function trackerFindingsMoved(fileReport: FileReport, tracker: { old: TrackerSheet; rows: MergeResult['rows']; name: string } | null): FileReport['findings'] {
  const lines = tracker && trackerNewRows(tracker.old, tracker.rows);
  return fileReport.findings.flatMap((f) => {
    if (fileReport.sheets.includes(f.sheet)) return [f];
    const row = lines?.get(f.row - 1);
    return row ? [{ ...f, sheet: tracker!.name, row }] : [];
  });
}

/** A tracker read (`taken`: where its lines go, for the findings on its cells) with what users typed or added in its cells. */
function takeTracker(sheet: { ws: ExcelJS.Worksheet; cells: SheetGrid['cells']; formulas?: SheetGrid['formulas'] }, underMarks?: Map<string, ExcelJS.Fill | undefined>): { taken: TrackerSheet; carried: CarriedTrackerCells } {
  const taken = readTracker(sheet.cells, sheet.formulas);
  return { taken, carried: captureTrackerCells(sheet.ws, taken, underMarks) };
}

type ReplacedCopy = Pick<MarkedCopyResult, 'carriedSheets' | 'carriedWithout' | 'replacedEdited' | 'replacedTrackerTyped'>;

/** What the copy replaced gives the new one when there is none (or it cannot be read). */
const nothingReplaced = (): ReplacedCopy => ({ carriedSheets: [], carriedWithout: [], replacedEdited: [], replacedTrackerTyped: false });

/**
 * The sheets users added to the copy being replaced, added to `wb` after CTCT's; their names.
 * `ownTracker`: the workbook's own tracker is the one kept, so the replaced copy's is asked whether typed in since (read only then).
 */
async function carryAddedSheets(wb: ExcelJS.Workbook, replaced: Promise<ExcelJS.Workbook>, replacedGrids: ReturnType<typeof sheetGrids> | undefined, ownTracker: boolean): Promise<ReplacedCopy> {
  let old: ExcelJS.Workbook;
  try {
    old = await replaced;
  } catch {
    // Not readable: the guard before writing refuses such a file anyway.
    return nothingReplaced();
  }
  const grids = replacedGrids ?? sheetGrids(old);
  // Read before any sheet is carried out of it.
  const replacedTrackerTyped = ownTracker && trackerTypedSinceWritten(grids);
  const added = addedSheets(grids, sheetGrids(wb));
  const carriedWithout = added.filter((ws) => carrySheet(wb, ws)).map((ws) => ws.name);
  const carriedSheets = added.map((ws) => ws.name);
  // A carried sheet keeps its edits (a copy written before recorded the sheets it carried).
  const replacedEdited = copySheetsEdited({ sheets: grids }).filter((name) => !carriedSheets.includes(name));
  return { carriedSheets, carriedWithout, replacedEdited, replacedTrackerTyped };
}

/**
 * exceljs reads a <pageSetup> with no useFirstPageNumber as starting at page 1 and writes it back
 * with useFirstPageNumber="1": printed together, every sheet would start again at page 1 instead of
 * going on from the sheet before (Excel's "Auto"). Only a first page number the sheet uses is kept.
 */
function keepPageNumbering(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber) delete setup.firstPageNumber;
  }
}

/** Whether the old tracker's cells carried over include users' notes. */
function carriesNotes(carried: CarriedTrackerCells | undefined): boolean {
  return !!carried && [...carried.byLine.values()].some((cells) => [...cells.values()].some((c) => c.note));
}

/**
 * Whether users typed in a marked copy's "Theo dõi" since CTCT wrote it (a status, a note, a column
 * of their own): what it holds differs from what CTCT recorded. A copy with no record (an older
 * CTCT): whether it holds anything typed at all.
 */
function trackerTypedSinceWritten(grids: ReturnType<typeof sheetGrids>): boolean {
  const tracker = ownSheetOf(grids, 'tracker');
  if (!tracker) return false;
  const recorded = recordedTrackerTyped(grids);
  if (recorded) return recorded !== trackerDigest(tracker);
  const now = readTracker(tracker.cells, tracker.formulas);
  return trackerHasTyped(now.rows, captureTrackerCells(tracker.ws, now));
}

/** What users typed in the tracker as written (read as the next run reads it). */
function trackerDigest(sheet: { ws: ExcelJS.Worksheet; cells: SheetGrid['cells']; formulas?: SheetGrid['formulas'] } | undefined): string | undefined {
  if (!sheet) return undefined;
  const now = readTracker(sheet.cells, sheet.formulas);
  return typedDigest(now.rows, captureTrackerCells(sheet.ws, now));
}

/** Each worksheet with its grid (what CTCT's own sheets are recognised by). */
function sheetGrids(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => ({ ws, ...worksheetGrid(ws) }));
}

/** "Tổng hợp", or "Tổng hợp (CTCT)" when a sheet of the unit's own already has that name. */
function freeSheetName(wb: ExcelJS.Workbook, name: string): string {
  const taken = (n: string) => wb.worksheets.some((ws) => sameSheetName(ws.name, n));
  if (!taken(name)) return name;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name} (CTCT)` : `${name} (CTCT ${i})`;
    if (!taken(candidate)) return candidate;
  }
}

export async function writeMarkedCopy(
  original: Uint8Array | ArrayBuffer,
  fileReport: FileReport,
  report: Report,
  options: WriteOptions,
): Promise<Uint8Array> {
  return (await writeMarkedCopyDetailed(original, fileReport, report, options)).bytes;
}

/** A new workbook holding only the consolidated "Tổng hợp" (no links: the sources are other files). */
export async function writeSummaryWorkbook(report: Report, options: WriteOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CTCT';
  const layout = summaryLayout(report, { asOf: options.asOf || report.asOf, title: options.title, links: false });
  renderSummarySheet(wb, layout);
  if (report.files.length > 1) renderTaskList(wb, report, options.directory ?? defaultDirectory);
  // What it holds, recorded: an edit made to it later is never written over silently.
  return writeWithRecord(wb, writeBytes);
}

/**
 * A shared task's counted row as "Tổng hợp" counts it: in the month a copy gives (a unit's sheet by
 * quarter names none), its leaders, the first product a copy gives, the earliest deadline.
 */
function countedCopy(first: Task, shared: SharedTask, taskAt: ReadonlyMap<string, Task>): Task {
  const copies = shared.copies.flatMap((c) => taskAt.get(fileRowSlot(c.file, c)) ?? []);
  const deadlines = copies.flatMap((c) => (c.deadline ? [c.deadline] : [])).sort();
  return {
    ...first,
    month: shared.month,
    leaders: shared.leaders ?? copies.find((c) => c.leaders.length)?.leaders ?? first.leaders,
    product: copies.find((c) => c.product)?.product ?? first.product,
    deadline: deadlines[0] ?? first.deadline,
  };
}

const TASK_LIST_SHEET = 'Danh sách nhiệm vụ';
/** Column widths of the task list (TASK_LIST_HEADER's order), and the columns whose text wraps. */
const TASK_LIST_WIDTHS = [11, 9, 6, 5, 6, 5, 32, 14, 13, 13, 11, 11, 11, 13];
const TASK_LIST_WRAP = new Set([1, 2, 7, 8, 9, 10, 12, 13, 14]);

/**
 * Every file's tasks in one filterable table: by quarter, unit, leader or status across units. As
 * "Tổng hợp" counts them: the status kept in a unit's "Theo dõi", the newest period's names; the
 * status as written ("100%") and the one it counts under ("Hoàn thành"), so a filter on the latter
 * gives "Tổng hợp"'s numbers. One row per task: a task of several lead units names them all.
 */
function renderTaskList(wb: ExcelJS.Workbook, report: Report, directory: Directory): void {
  // Printed as "Tổng hợp" is: A4 landscape, one page wide, the header row on every page.
  const ws = wb.addWorksheet(TASK_LIST_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...A4_LANDSCAPE, printTitlesRow: '1:1' },
    headerFooter: { oddFooter: PAGE_FOOTER },
  });
  // A task of several files is counted once, as the copy whose status counts (else its first): the
  // other copies name it ("Tính chung với"), so the rows without one are what "Tổng hợp" counts.
  // Its counted row names every copy's lead units, as "Tổng hợp" counts it for each.
  const countedWith = new Map<string, string>();
  const countedAs = new Map<string, SharedTask>();
  for (const shared of report.summary.sharedTasks ?? []) {
    const { copies } = shared;
    const row = copies.find((c) => c.counted) ?? copies[0];
    countedAs.set(fileRowSlot(row.file, row), shared);
    for (const c of copies) if (c !== row) countedWith.set(fileRowSlot(c.file, c), `${row.file}, ${row.sheet}, dòng ${row.row}`);
  }
  const files = countedTasks(report.files, directory);
  // A task on several sheets of one file counts once, as its first copy (the status its file counts): the other copies name it.
  const onSheets = new Map<string, Task>();
  for (const { file: f, tasks } of files) {
    for (const g of sharedAcrossSheets(f, tasks, report.asOf)) {
      const [first, ...others] = g.copies;
      onSheets.set(fileRowSlot(f.file, first.task), g.counted);
      for (const c of others) {
        const slot = fileRowSlot(f.file, c.task);
        // Named by the row the first copy is counted with, when it is another file's.
        if (!countedWith.has(slot)) countedWith.set(slot, countedWith.get(fileRowSlot(f.file, first.task)) ?? `${f.file}, ${first.task.sheet}, dòng ${first.task.row}`);
      }
    }
  }
  const taskAt = new Map(files.flatMap(({ file: f, tasks }) => tasks.map((t) => [fileRowSlot(f.file, t), t] as const)));
  const rows = files.flatMap(({ file: f, tasks }) =>
    tasks.map((task) => {
      const slot = fileRowSlot(f.file, task);
      const shared = countedAs.get(slot);
      const t = shared ? countedCopy(task, shared, taskAt) : (onSheets.get(slot) ?? task);
      const status = t.status || (shared?.status ?? null);
      const countedIn = countedWith.get(slot) ?? null;
      return [
        f.file,
        t.sheet,
        t.row,
        t.quarter,
        t.month,
        t.stt,
        t.task,
        (shared?.leadUnits ?? t.leadUnits).join('; '),
        t.leaders.join('; '),
        t.product,
        t.deadline ? isoToDate(t.deadline) : null,
        status,
        // A copy counted with another row has no count of its own.
        countedIn ? null : countedStatus(status, report.asOf, taskYear(t, f), t.product),
        countedIn,
      ];
    }),
  );
  ws.addTable({
    name: 'CTCT_NhiemVu',
    displayName: 'CTCT_NhiemVu',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: TASK_LIST_HEADER.map((name) => ({ name, filterButton: true })),
    rows: rows.length ? rows : [TASK_LIST_HEADER.map(() => null)],
  } as ExcelJS.TableProperties);
  // Narrow enough to print at about three quarters of full size; long texts wrap.
  TASK_LIST_WIDTHS.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    column.alignment = TASK_LIST_WRAP.has(i + 1) ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  ws.getColumn(11).numFmt = 'dd/mm/yyyy';
}
