/**
 * "Theo dõi" in the open workbook: an Excel table with one row per task. What users typed
 * (Trạng thái, Ngày hoàn thành, Kết quả) is read back from the old sheet and kept by the engine's
 * mergeTracker (tasks matched by identity, not row number); vanished tasks stay, greyed.
 */
import { freeTableName } from '../engine/track/style';
import { columnLetter, type CellValue } from '../engine/grid';
import type { Report, Task } from '../engine/report';
import {
  COLORS,
  hexColor,
  mergeTracker,
  TRACKER_COLUMN_FORMAT,
  TRACKER_EXTRA_COLUMN_WIDTH,
  TRACKER_COLUMN_INDEX,
  TRACKER_COLUMNS,
  TRACKER_DATE_COLUMNS,
  TRACKER_SHEET,
  TRACKER_STATUSES,
  STATUS_ALERT,
  TRACKER_TABLE_NAME,
  readTracker,
  trackerRowStyle,
  trackerSourceAddress,
  trackerToValues,
  trackerMergeOptions,
  type ColumnLook,
  type TrackerRow,
} from '../engine/track';
import { ownSheetKind } from '../engine/own-sheets';
import type { TrackerSheet } from '../engine/track';
import { markOwned } from './sheets';
import type { AdapterCapabilities } from './capabilities';
import { toExcelInput } from './cells';
import type { HostEnv } from './env';
import type { RebuiltTable, TrackerResult } from './host';
import { ACTION_BYTES, jsonBytes, rowBlocks, runsWhere, SyncBudget, writeBudget } from './batch';
import { addNotesInParts, carriedCells, carriedFillCells, carriedLooseCells, carriedNoteCells, nothingCarried, readCarried, restoreOldNotes, type CarriedColumns, type OldNote } from './tracker-carry';
import {
  a4Landscape,
  FONT_NAME,
  hyperlinkFormula,
  locateOutput,
  setColumnWidths,
  thinBorders,
  writeInPlace,
  writeReplacing,
  type OutputSheet,
} from './output';

const WIDTH = TRACKER_COLUMNS.length;
const SOURCE = TRACKER_COLUMN_INDEX['Nguồn'];
const STATUS = TRACKER_COLUMN_INDEX['Trạng thái'];
const DATE_FORMAT = 'dd/mm/yyyy';

/** A sheet holding a tracker header row (as CTCT or the standalone page wrote it). */
/** CTCT's tracker, by the engine's rule (the same that keeps it out of the analysis). */
export function looksLikeTracker(values: CellValue[][]): boolean {
  return ownSheetKind({ name: '', cells: values }) === 'tracker';
}

/** The tasks of the report: one workbook's (a pane report covers the open workbook). */
function tasksOf(report: Report): Task[] {
  return report.tasks ?? report.files.flatMap((f) => f.tasks);
}

/** Consecutive data rows with the same look: one formatting call each. */
function styleRuns(rows: readonly TrackerRow[]): { style: ReturnType<typeof trackerRowStyle>; top: number; bottom: number }[] {
  const runs: { style: ReturnType<typeof trackerRowStyle>; top: number; bottom: number }[] = [];
  rows.forEach((row, i) => {
    const style = trackerRowStyle(row);
    const excelRow = i + 2;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.bottom === excelRow - 1) last.bottom = excelRow;
    else runs.push({ style, top: excelRow, bottom: excelRow });
  });
  return runs;
}

export async function writeTracker(env: HostEnv, caps: AdapterCapabilities, report: Report): Promise<TrackerResult> {
  const tasks = tasksOf(report);
  const asOf = report.asOf;
  return env.run(async (context) => {
    const out = await locateOutput(context, env, caps, 'tracker', TRACKER_SHEET, looksLikeTracker, true, true);
    // A check of the active sheet only must not mark the other sheets' tasks as vanished; rows of a
    // sheet renamed or deleted since are matched again.
    const options = report.files[0] ? trackerMergeOptions(report.files[0], out.sheetNames) : {};
    // With its formulas: a total users typed under the tasks ("0/16") is no task of theirs.
    const old = out.values ? readTracker(out.values, out.formulas ?? undefined, out.valuesAt?.rowIndex ?? 0) : null;
    const merged = mergeTracker(tasks, old?.rows ?? [], asOf, options);
    const rows = merged.rows;
    // Columns users added to the old tracker go on after its own, each cell (and every note) on its
    // task's new row.
    const carried = old ? await readCarried(context, env, caps, out, old) : nothingCarried();
    const notes = old ? carriedNoteCells(carried.notes, old, rows) : [];
    // A status cell's fill (a user's, a mark's) goes with its task, as its note does.
    const fills = old ? carriedFillCells(carried.statusFills, old, rows, STATUS) : [];
    const paintFills = (s: Excel.Worksheet) => {
      for (const f of fills) s.getRange(f.address).format.fill.color = f.color;
    };

    // Large trackers take several syncs on the web: the old sheet stays until the new one is written.
    const loose = old && carried.columns && old.looseLines.length ? carriedLooseCells(carried.columns, old, rows.length) : null;
    const budget = writeBudget(context, env, caps, (rows.length + (loose?.formulas.length ?? 0)) * (WIDTH + (carried.columns?.headers.length ?? 0)));
    const noteBytes = (note: { content: string }) => ACTION_BYTES + jsonBytes(note.content);
    const notesBytes = notes.reduce((n, note) => n + noteBytes(note), 0);
    /** `reserved`: the caller reserved `notesBytes` already. */
    const addNotes = async (s: Excel.Worksheet, reserved: boolean) => {
      for (const note of notes) {
        if (!reserved) await budget.reserve(noteBytes(note));
        s.notes.add(s.getRange(note.address), note.content);
      }
    };
    const finishBytes = (area: TrackerArea) => ACTION_BYTES * (10 + 3 * area.width + 2 * carried.looks.size);
    const finishSheet = (s: Excel.Worksheet, area: TrackerArea) => {
      formatColumns(s, area, carried.looks);
      if (caps.dataValidation) statusValidation(s, area);
      if (caps.freezePanes) s.freezePanes.freezeRows(1);
    };
    // Old notes deleted in requests ahead of the clear's, each with the budget's flush count when queued.
    const deletedEarly: { note: OldNote; flush: number }[] = [];
    let clearFlush: number | null = null;
    // Notes past the clear's request: added once the refresh went through, in requests of their own.
    let notesAfter = false;
    // CTCT's table made again (not resized): the pane says what users lose with it.
    let rebuilt = null as RebuiltTable | null;
    const refreshInPlace = async (oldTracker: TrackerSheet) => {
      try {
        return await writeInPlace(
          context,
          out,
          async (scratch) => writeRows(scratch, rows, carried.columns, loose, budget),
          async (s, scratch, area) => {
            // Reserved at once, so the budget syncs (if at all) before the clear, never between it and
            // the copy, the table's size, the dropdown or the notes: one batch, not transactional, for all.
            // Notes past one request's share (thousands, on the web) cannot join it: they follow it.
            // Old notes past that request's share (some 18,000 on the web) are deleted in requests of
            // their own just before it: should the refresh fail before its clear goes through, they are put back.
            const room = Math.floor((budget.limit - finishBytes(area) - ACTION_BYTES * 12) / ACTION_BYTES);
            const early = carried.oldNotes.length - Math.max(0, room);
            for (const n of early > 0 ? carried.oldNotes.slice(0, early) : []) {
              await budget.reserve(ACTION_BYTES);
              n.note.delete();
              deletedEarly.push({ note: n, flush: budget.flushes });
            }
            const last = early > 0 ? carried.oldNotes.slice(early) : carried.oldNotes;
            const rest = finishBytes(area) + ACTION_BYTES * (last.length + fills.length + 12);
            const together = rest + notesBytes <= budget.limit;
            await budget.reserve(together ? rest + notesBytes : rest);
            clearFlush = budget.flushes;
            // The old sheet's notes go (before the clear, which may take them already: a delete after it
            // would fail half-way); the kept ones come back on their task's new row.
            for (const n of last) n.note.delete();
            refreshCells(s, scratch, area, out, caps);
            rebuilt = keepTable(s, area, out, oldTracker, caps);
            if (!out.marked) markOwned(s, 'tracker', caps);
            finishSheet(s, area);
            paintFills(s);
            if (together) await addNotes(s, true);
            else notesAfter = true;
          },
        );
      } catch (e) {
        // Refused before the clear's request went through, the old sheet stays: so do the notes deleted ahead of it.
        const cleared = clearFlush !== null && budget.flushes > clearFlush;
        if (!cleared) await restoreOldNotes(context, env, out.name, deletedEarly.filter((d) => d.flush < budget.flushes).map((d) => d.note));
        throw e;
      }
    };
    const sheet =
      out.exists && caps.rangeCopy && old
        ? await refreshInPlace(old)
        : await writeReplacing(
            context,
            caps,
            out,
            'tracker',
            async (s) => {
              const area = await writeRows(s, rows, carried.columns, loose, budget);
              // The table goes over values already written, so the link formulas do not become a calculated column.
              const table = addTable(s, area);
              await budget.reserve(finishBytes(area) + ACTION_BYTES * fills.length);
              finishSheet(s, area);
              paintFills(s);
              await addNotes(s, false);
              return table;
            },
            // The table is named once the old sheet (and its table, of the same name) is gone.
            (table) => (table.name = freeTableName(TRACKER_TABLE_NAME, out.tableNames)),
          );

    // The old sheet is gone: a note Excel refuses is retried in smaller requests, and one it still
    // refuses is handed to the pane with its cell and text, never dropped without a word.
    const notesNotAdded = notesAfter ? await addNotesInParts(context, env, sheet, notes) : [];
    if (caps.pageLayout) {
      await a4Landscape(context, sheet, '$1:$1');
    }
    // The pane says so: formulas, charts or PivotTables of other sheets pointing to the old sheet show #REF! now.
    const replacedSheet = out.exists && !caps.rangeCopy;
    return {
      sheet: out.name,
      added: merged.added,
      kept: merged.kept,
      vanished: merged.vanished,
      ...(notesNotAdded.length ? { notesNotAdded } : {}),
      ...(replacedSheet ? { replacedSheet: true as const } : {}),
      ...(rebuilt ? { rebuiltTable: rebuilt as RebuiltTable } : {}),
    };
  });
}

/**
 * Queues the values, links, table and formats, syncing between row blocks only when the budget
 * says so (one block, hence no extra sync, unless the tracker is over the web's request limit).
 */
async function writeRows(
  sheet: Excel.Worksheet,
  rows: readonly TrackerRow[],
  carried: CarriedColumns | null,
  loose: { formulas: unknown[][]; numberFormats: string[][] } | null,
  budget: SyncBudget,
): Promise<TrackerArea> {
  const values = trackerToValues(rows, { dates: 'serial' });
  const extra = carried ? carriedCells(carried, rows) : null;
  const width = WIDTH + (carried?.headers.length ?? 0);
  const lastCol = columnLetter(width);
  const looseCount = loose?.formulas.length ?? 0;
  // Excel needs one data row under a table's header.
  if (values.length === 1 && looseCount === 0) {
    values.push(TRACKER_COLUMNS.map(() => null));
    extra?.formulas.push(carried!.headers.map(() => ''));
    extra?.numberFormats.push(carried!.headers.map(() => 'General'));
  }
  // Lines users typed that are not tasks go under the tasks, inside the table.
  const lastRow = values.length + looseCount;
  const inputs = values.map((row) => row.map((v) => toExcelInput(v)));
  // "Nguồn" links to the task's row in the source sheet (vanished rows keep plain text).
  const links = values.map((row, i) => {
    if (i === 0 || i > rows.length) return null;
    const target = trackerSourceAddress(rows[i - 1]);
    const label = row[SOURCE];
    return target && typeof label === 'string' ? hyperlinkFormula(target, label) : null;
  });

  const all = sheet.getRange(`A1:${lastCol}${lastRow}`);
  await budget.reserve(ACTION_BYTES * 4);
  all.format.font.name = FONT_NAME;
  all.format.font.size = 12;
  all.format.verticalAlignment = 'Top';

  const dateCols = TRACKER_DATE_COLUMNS.map((col) => columnLetter(TRACKER_COLUMN_INDEX[col] + 1));
  const sourceCol = columnLetter(SOURCE + 1);
  const extraCols = (top: number, bottom: number) => `${columnLetter(WIDTH + 1)}${top}:${lastCol}${bottom}`;
  const dateBytes = dateCols.length * jsonBytes([DATE_FORMAT]);
  const extraBytes = (i: number) => (extra ? jsonBytes(extra.formulas[i]) + jsonBytes(extra.numberFormats[i]) : 0);
  const rowBytes = (i: number) => jsonBytes(inputs[i]) + (i > 0 ? dateBytes : 0) + (links[i] ? jsonBytes([links[i]]) : 0) + extraBytes(i);
  const blockOverhead = ACTION_BYTES * (dateCols.length + 4);
  for (const [first, last, bytes] of rowBlocks(inputs.length, rowBytes, budget.limit - blockOverhead)) {
    await budget.reserve(bytes + blockOverhead);
    const top = first + 1;
    const bottom = last + 1;
    // Number formats first: the serials then show as dates, and typed text stays text.
    const dateTop = Math.max(2, top);
    if (bottom >= dateTop) {
      const formats = Array.from({ length: bottom - dateTop + 1 }, () => [DATE_FORMAT]);
      for (const c of dateCols) sheet.getRange(`${c}${dateTop}:${c}${bottom}`).numberFormat = formats;
    }
    sheet.getRange(`A${top}:${columnLetter(WIDTH)}${bottom}`).values = inputs.slice(first, last + 1);
    if (extra) {
      // Formats first, as above; then formulas and constants as the user had them.
      const cells = sheet.getRange(extraCols(top, bottom));
      cells.numberFormat = extra.numberFormats.slice(first, last + 1);
      cells.formulas = extra.formulas.slice(first, last + 1);
    }
    // One formula write per run of linked rows (not one per cell: a request has a size limit).
    for (const [a, b] of runsWhere(last - first + 1, (k) => links[first + k] !== null)) {
      await budget.reserve(ACTION_BYTES * 3);
      const cells = sheet.getRange(`${sourceCol}${top + a}:${sourceCol}${top + b}`);
      cells.formulas = links.slice(first + a, first + b + 1).map((f) => [f as string]);
      cells.format.font.color = hexColor(COLORS.link);
      cells.format.font.underline = 'Single';
    }
  }

  if (loose) {
    const top = values.length + 1;
    for (const [first, last, bytes] of rowBlocks(looseCount, (i) => jsonBytes(loose.formulas[i]) + jsonBytes(loose.numberFormats[i]), budget.limit - ACTION_BYTES * 3)) {
      await budget.reserve(bytes + ACTION_BYTES * 3);
      const cells = sheet.getRange(`A${top + first}:${lastCol}${top + last}`);
      cells.numberFormat = loose.numberFormats.slice(first, last + 1);
      cells.formulas = loose.formulas.slice(first, last + 1);
    }
  }

  await budget.reserve(ACTION_BYTES * (10 + 2 * width));
  const header = sheet.getRange(`A1:${lastCol}1`);
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.horizontalAlignment = 'Center';
  thinBorders(all);
  TRACKER_COLUMNS.forEach((name, i) => {
    const col = sheet.getRange(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`);
    if (TRACKER_COLUMN_FORMAT[name].wrap) col.format.wrapText = true;
    if (i < 3) col.format.horizontalAlignment = 'Center';
  });
  for (const run of styleRuns(rows)) {
    if (run.style === 'normal') continue;
    await budget.reserve(ACTION_BYTES * 4);
    const range = sheet.getRange(`A${run.top}:${lastCol}${run.bottom}`);
    if (run.style === 'overdue') {
      range.format.fill.color = hexColor(COLORS.overdueFill);
      range.format.font.color = hexColor(COLORS.overdueFont);
    } else {
      range.format.fill.color = hexColor(COLORS.vanishedFill);
      range.format.font.color = hexColor(COLORS.vanishedFont);
      range.format.font.italic = true;
    }
  }
  return { width, lastCol, lastRow };
}

/** The tracker's cells as written: header row 1, `lastRow` its last line, `width` columns. */
interface TrackerArea {
  width: number;
  lastCol: string;
  lastRow: number;
}

function addTable(sheet: Excel.Worksheet, area: TrackerArea): Excel.Table {
  const table = sheet.tables.add(`A1:${area.lastCol}${area.lastRow}`, true);
  table.style = 'TableStyleLight9';
  return table;
}

/** What belongs to the sheet rather than its cells: column widths, hidden columns, the header's height. */
function formatColumns(sheet: Excel.Worksheet, area: TrackerArea, looks: Map<number, ColumnLook>): void {
  sheet.getRange('A1').format.rowHeight = 32;
  setColumnWidths(sheet, [...TRACKER_COLUMNS.map((c) => TRACKER_COLUMN_FORMAT[c].width), ...Array<number>(area.width - WIDTH).fill(TRACKER_EXTRA_COLUMN_WIDTH)]);
  // The key must stay for the next run, out of the way.
  TRACKER_COLUMNS.forEach((name, i) => {
    if (TRACKER_COLUMN_FORMAT[name].hidden) sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().columnHidden = true;
  });
  // Widths users set and columns they hid, on the columns' new places.
  for (const [c, look] of looks) {
    const column = sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn();
    if (look.width !== undefined) column.format.columnWidth = look.width;
    if (look.hidden) column.columnHidden = true;
  }
}

function statusValidation(sheet: Excel.Worksheet, area: TrackerArea): void {
  const c = columnLetter(STATUS + 1);
  const status = sheet.getRange(`${c}2:${c}${area.lastRow}`).dataValidation;
  status.clear();
  status.rule = { list: { inCellDropDown: true, source: TRACKER_STATUSES.join(',') } };
  status.errorAlert = {
    showAlert: true,
    style: 'Warning',
    title: STATUS_ALERT.title,
    message: STATUS_ALERT.message,
  };
}

/** CTCT's table on the old sheet (or the one table there), by name. */
function ownTable(out: OutputSheet): string | undefined {
  return out.ownTables.find((n) => /^theodoi\d*$/i.test(n)) ?? out.ownTables[0];
}

/**
 * The old tracker's cells (values, formats, dropdowns) give way to the scratch sheet's. Rows that
 * were filtered out or hidden show again: they would hold other tasks now (ExcelApi 1.2, below the
 * 1.9 of the copy).
 */
function refreshCells(sheet: Excel.Worksheet, scratch: Excel.Worksheet, area: TrackerArea, out: OutputSheet, caps: AdapterCapabilities): void {
  const at = out.valuesAt ?? { rowIndex: 0, columnIndex: 0 };
  const rows = Math.max(1, out.values?.length ?? 0);
  const columns = Math.max(1, ...(out.values ?? []).map((r) => r.length));
  const table = ownTable(out);
  if (table) sheet.tables.getItem(table).clearFilters();
  sheet.getRangeByIndexes(0, 0, Math.max(at.rowIndex + rows, area.lastRow), 1).rowHidden = false;
  const old = sheet.getRangeByIndexes(at.rowIndex, at.columnIndex, rows, columns);
  old.clear('All');
  if (caps.dataValidation) old.dataValidation.clear();
  const address = `A1:${area.lastCol}${area.lastRow}`;
  sheet.getRange(address).copyFrom(scratch.getRange(address), 'All');
}

/**
 * CTCT's table stays (structured references to it, TheoDoi[Trạng thái], keep working), at its new
 * size; where Excel cannot resize a table (before ExcelApi 1.13) or it no longer heads the sheet,
 * it becomes a range and a table of the same name takes its place: returned, for the pane to say so.
 */
function keepTable(sheet: Excel.Worksheet, area: TrackerArea, out: OutputSheet, old: TrackerSheet, caps: AdapterCapabilities): RebuiltTable | null {
  const name = ownTable(out);
  const atTop = out.valuesAt?.rowIndex === 0 && out.valuesAt.columnIndex === 0 && old.headerLine === 0;
  if (name && atTop && caps.tableResize) {
    sheet.tables.getItem(name).resize(`A1:${area.lastCol}${area.lastRow}`);
    return null;
  }
  if (name) sheet.tables.getItem(name).convertToRange();
  addTable(sheet, area).name = name ?? freeTableName(TRACKER_TABLE_NAME, out.tableNames);
  return name ? { name, reason: caps.tableResize ? 'moved' : 'no-resize' } : null;
}
