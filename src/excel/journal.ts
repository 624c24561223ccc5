/**
 * The change journal: every value CTCT changes is written, in the same batch as the change, to the
 * hidden sheet "CTCT_NhatKy" (old value, old formula, new value, reason). "Hoàn tác" reads it back,
 * so undo works after the workbook was closed and reopened. Values are stored as JSON text so a
 * number stays a number and "0123" stays a string.
 *
 * The last column says what undo did with the entry: "có" (restored) or "bỏ qua: …" (left alone
 * because the user changed the cell since, or its sheet is gone). Either settles the entry, so
 * the next "Hoàn tác" goes on to the batch before; journals written before "bỏ qua" existed
 * (only "có" or empty) read as they always did.
 */
import type { AdapterCapabilities } from './capabilities';
import {
  decodePlain,
  displayText,
  encodePlain,
  isFormula,
  plainFromExcel,
  toExcelInput,
  type PlainValue,
} from './cells';
import type { HostEnv } from './env';
import { columnLetter, sheetNameKey } from '../engine/grid';
import { anchorText, decodeAnchor, encodeAnchor } from '../engine/row-anchor';
import type { ApplyResult, CellChange, JournalEntry } from './host';
import { ACTION_BYTES, jsonBytes, SyncBudget, writeBudget } from './batch';
import { addInternalSheet, hasSheet, listSheetNames, loadTableRows, writeTextRows, writeTextRowsInBlocks } from './internal';
import { JOURNAL_SHEET, sameSheet } from './sheets';

export const JOURNAL_HEADER = [
  'Mã',
  'Lô',
  'Thời gian',
  'Trang tính',
  'Ô',
  'Giá trị cũ',
  'Công thức cũ',
  'Giá trị mới',
  'Lý do',
  'Đã hoàn tác',
  'Neo dòng',
  'Phông cũ',
  'Phông mới',
];

/** A journal row: the public entry plus the old formula (restored as a formula) and the fonts a fix changed. */
export interface JournalRecord extends JournalEntry {
  oldFormula: string | null;
  /** The cell's font before and after (text converted from TCVN3/VNI takes a Unicode font). */
  font?: { old: string; new: string };
}

/** The reason of the cells a "Tổng hợp" refresh writes over (a user's edits there). */
export const SUMMARY_EDIT_REASON = 'Làm mới trang Tổng hợp đã được sửa hoặc gõ thêm sau lần CTCT ghi trước: giá trị cũ của ô';

/** The last column's text for an entry undo left alone (its reason follows the colon). */
export const SKIPPED_CHANGED = 'bỏ qua: ô đã bị sửa sau khi CTCT ghi';
export const SKIPPED_MISSING = 'bỏ qua: không còn trang tính hoặc ô này';
export const SKIPPED_MOVED = 'bỏ qua: dòng đã dời chỗ sau khi CTCT ghi (chèn, xóa hoặc sắp xếp dòng)';

const SKIPPED_TEXT = { changed: SKIPPED_CHANGED, missing: SKIPPED_MISSING, moved: SKIPPED_MOVED } as const;

function stateText(r: JournalRecord): string {
  if (r.undone) return 'có';
  if (r.skipped) return SKIPPED_TEXT[r.skipReason ?? 'changed'];
  return '';
}

export function recordToRow(r: JournalRecord): string[] {
  return [
    String(r.id),
    r.batch,
    r.time,
    r.sheet,
    r.address,
    encodePlain(r.oldValue),
    r.oldFormula ?? '',
    encodePlain(r.newValue),
    r.reason,
    stateText(r),
    encodeAnchor(r.anchor),
    r.font?.old ?? '',
    r.font?.new ?? '',
  ];
}

export function rowToRecord(row: unknown[]): JournalRecord | null {
  const id = Number(row[0]);
  if (!Number.isInteger(id) || id <= 0) return null;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const formula = text(row[6]);
  const state = text(row[9]).trim().normalize('NFC');
  const skipped = /^b[ỏo]\s*qua/i.test(state);
  const skipReason = (['missing', 'moved'] as const).find((k) => state === SKIPPED_TEXT[k]) ?? 'changed';
  const anchor = decodeAnchor(text(row[10]));
  return {
    id,
    batch: text(row[1]),
    time: text(row[2]),
    sheet: text(row[3]),
    address: text(row[4]),
    oldValue: decodePlain(row[5]),
    oldFormula: formula.startsWith('=') ? formula : null,
    newValue: decodePlain(row[7]),
    reason: text(row[8]),
    undone: /^(có|co|x|true|1|yes)$/i.test(state),
    ...(skipped ? { skipped: true, skipReason } : {}),
    ...(anchor ? { anchor } : {}),
    ...(text(row[12]) ? { font: { old: text(row[11]), new: text(row[12]) } } : {}),
  };
}

/** Neither restored nor skipped: what undo still has to do. */
function isOpen(r: JournalEntry): boolean {
  return !r.undone && !r.skipped;
}

function toEntry(r: JournalRecord): JournalEntry {
  const { oldFormula: _formula, font: _font, ...entry } = r;
  return entry;
}

interface LoadedRecord {
  record: JournalRecord;
  /** Its sheet row, for marking it undone. */
  row: number;
}

interface LoadedJournal {
  loaded: LoadedRecord[];
  /** The first row below the journal's last entry. */
  nextRow: number;
}

/** Reads the journal (its rows in blocks on the web, where a long journal would pass 5 MB), or null when there is none. */
async function readRecords(context: Excel.RequestContext, env: HostEnv, names: string[]): Promise<LoadedJournal | null> {
  if (!hasSheet(names, JOURNAL_SHEET)) return null;
  const rows = await loadTableRows(context, env, JOURNAL_SHEET);
  const loaded: LoadedRecord[] = [];
  for (const { row, values } of rows) {
    const record = rowToRecord(values);
    if (record) loaded.push({ record, row });
  }
  return { loaded, nextRow: rows.reduce((next, r) => Math.max(next, r.row + 1), 2) };
}

export async function readJournal(env: HostEnv): Promise<JournalEntry[]> {
  return env.run(async (context) => ((await readRecords(context, env, await listSheetNames(context)))?.loaded ?? []).map((l) => toEntry(l.record)));
}

function cellKey(sheet: string, address: string): string {
  return `${sheetNameKey(sheet)}!${address.replace(/\$/g, '').toUpperCase()}`;
}

/** What loading one cell's values and formulas may bring back (its text twice, with JSON around). */
const cellResponseBytes = (text: string) => 2 * jsonBytes(text) + 64;

/**
 * Writes the changes whose cell still shows `from`, and their journal rows (four syncs whatever
 * the number of changes: sheets, journal, current cells, write; on the web more, each request and
 * response under the 5 MB limit). Journal rows go out before the values they describe, so no
 * change is ever written without its record.
 */
export async function applyChanges(env: HostEnv, caps: AdapterCapabilities, changes: CellChange[]): Promise<ApplyResult> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const journal = await readRecords(context, env, names);

    const reading = new SyncBudget(context, env);
    const skipped: CellChange[] = [];
    const seen = new Set<string>();
    const targets: { change: CellChange; range: Excel.Range; anchor: Excel.Range | null }[] = [];
    for (const change of changes) {
      const key = cellKey(change.sheet, change.address);
      const sheetName = names.find((n) => sameSheet(n, change.sheet));
      if (!sheetName || seen.has(key)) {
        skipped.push(change);
        continue;
      }
      seen.add(key);
      await reading.reserve(ACTION_BYTES * 2, cellResponseBytes(change.from) + cellResponseBytes(change.anchor?.text ?? ''));
      const ws = context.workbook.worksheets.getItem(sheetName);
      const range = ws.getRange(change.address);
      range.load('values,formulas,numberFormat');
      if (change.font) range.format.font.load('name');
      const anchor = change.anchor ? ws.getRange(change.anchor.address) : null;
      anchor?.load('values');
      targets.push({ change, range, anchor });
    }
    await context.sync();

    let nextId = (journal?.loaded ?? []).reduce((m, l) => Math.max(m, l.record.id), 0) + 1;
    const batch = `L${nextId}`;
    const time = env.now().toISOString();
    const applied: { change: CellChange; range: Excel.Range }[] = [];
    const records: JournalRecord[] = [];
    for (const target of targets) {
      const { change, range, anchor } = target;
      const value = range.values[0][0];
      // The user may have typed in the cell, or moved its row, since the preview: never overwrite what they did not see.
      if (displayText(value) !== change.from || (anchor && !sameText(anchor.values[0][0], change.anchor!.text))) {
        skipped.push(change);
        continue;
      }
      const formula = range.formulas[0][0];
      records.push({
        id: nextId++,
        batch,
        time,
        sheet: change.sheet,
        address: change.address,
        oldValue: plainFromExcel(value),
        oldFormula: isFormula(formula, value) ? formula : null,
        newValue: change.to,
        reason: change.reason,
        undone: false,
        ...(change.anchor ? { anchor: change.anchor } : {}),
        ...(change.font ? { font: { old: range.format.font.name ?? '', new: change.font } } : {}),
      });
      applied.push(target);
    }
    // The journal as it is after this write, read once: the pane shows it without reading it again.
    const entries = [...(journal?.loaded ?? []).map((l) => l.record), ...records].map(toEntry);
    if (applied.length === 0) return { applied: [], skipped, batch: '', journal: entries };
    const rows = records.map(recordToRow);

    const budget = writeBudget(context, env, caps, applied.length);
    const journalSheet = journal ? context.workbook.worksheets.getItem(JOURNAL_SHEET) : addInternalSheet(context, caps, JOURNAL_SHEET, JOURNAL_HEADER);
    // A journal begun by an earlier version has fewer columns: its header names them all again.
    if (journal) writeTextRows(journalSheet, 1, [JOURNAL_HEADER]);
    await writeTextRowsInBlocks(journalSheet, journal?.nextRow ?? 2, rows, budget);
    for (const { change, range } of applied) {
      const input = toExcelInput(change.to, range.numberFormat[0][0]);
      await budget.reserve(ACTION_BYTES * 2 + jsonBytes(input));
      range.values = [[input]];
      // Converted text in its .VnTime font would still show as garbage.
      if (change.font) range.format.font.name = change.font;
    }
    await context.sync();
    return { applied: applied.map((a) => a.change), skipped, batch, journal: entries };
  });
}

/** A cell an output sheet's refresh writes over: recorded so undo can put it back. */
export interface OverwrittenCell {
  sheet: string;
  address: string;
  oldValue: PlainValue;
  oldFormula: string | null;
  newValue: PlainValue;
}

/**
 * Reads the journal (one sync, more on the web); the function returned queues `cells` as one batch,
 * within `budget`, to go out with the write they describe. Returns the batch ('' for no cells); a
 * batch `written` the journal already holds, in whole or in part (a retried write), gets only its missing cells.
 */
export async function journalWriter(
  context: Excel.RequestContext,
  env: HostEnv,
  caps: AdapterCapabilities,
  names: string[],
): Promise<(cells: OverwrittenCell[], reason: string, budget: SyncBudget, options?: { written?: string; begun?: (batch: string) => void }) => Promise<string>> {
  const journal = await readRecords(context, env, names);
  return async (cells, reason, budget, { written, begun } = {}) => {
    if (!cells.length) return '';
    // A retried write's batch may have gone out in part (its first blocks on the web): only the rest is added to it.
    const done = new Set((journal?.loaded ?? []).filter((l) => written && l.record.batch === written).map((l) => cellKey(l.record.sheet, l.record.address)));
    const missing = cells.filter((c) => !done.has(cellKey(c.sheet, c.address)));
    let id = (journal?.loaded ?? []).reduce((m, l) => Math.max(m, l.record.id), 0) + 1;
    const batch = done.size ? written! : `L${id}`;
    if (!missing.length) return batch;
    begun?.(batch);
    const time = env.now().toISOString();
    const rows = missing.map((c) => recordToRow({ id: id++, batch, time, ...c, reason, undone: false }));
    const sheet = journal ? context.workbook.worksheets.getItem(JOURNAL_SHEET) : addInternalSheet(context, caps, JOURNAL_SHEET, JOURNAL_HEADER);
    if (journal) writeTextRows(sheet, 1, [JOURNAL_HEADER]);
    await writeTextRowsInBlocks(sheet, journal?.nextRow ?? 2, rows, budget);
    return batch;
  };
}

/**
 * Best effort: empties the journal rows of `batch`, a write that did not happen (Excel refused it
 * after the first blocks of its journal rows had gone out), so undo never finds them.
 */
export async function dropBatch(context: Excel.RequestContext, env: HostEnv, batch: string): Promise<void> {
  try {
    const journal = await readRecords(context, env, await listSheetNames(context));
    const rows = (journal?.loaded ?? []).filter((l) => l.record.batch === batch).map((l) => l.row);
    if (!rows.length) return;
    // A batch's rows were appended together: they are consecutive.
    const sheet = context.workbook.worksheets.getItem(JOURNAL_SHEET);
    sheet.getRange(`A${Math.min(...rows)}:${columnLetter(JOURNAL_HEADER.length)}${Math.max(...rows)}`).clear('Contents');
    await context.sync();
  } catch {
    // Left as it is: undo then reports the batch's cells as changed since, and changes nothing.
  }
}

/** Whether the journal holds rows of `batch`; when it cannot be read, true (the journal is then left to undo to judge). */
export async function journalHasBatch(context: Excel.RequestContext, env: HostEnv, batch: string): Promise<boolean> {
  try {
    const journal = await readRecords(context, env, await listSheetNames(context));
    return (journal?.loaded ?? []).some((l) => l.record.batch === batch);
  } catch {
    return true;
  }
}

/**
 * The batch undo acts on by default: the last one with something undo has not yet settled (an
 * entry skipped because the user changed its cell does not keep its batch open).
 */
export function lastOpenBatch(records: JournalRecord[]): string | null {
  for (let i = records.length - 1; i >= 0; i--) if (isOpen(records[i])) return records[i].batch;
  return null;
}

function sameValue(current: unknown, expected: PlainValue): boolean {
  return displayText(plainFromExcel(current)) === displayText(expected);
}

/**
 * The cell still holds what CTCT wrote; or, for a user's edit on "Tổng hợp", it is empty: a refresh
 * Excel cut short after clearing the sheet left it so, and putting the edit back loses nothing.
 */
function undoable(r: JournalRecord, current: unknown): boolean {
  return sameValue(current, r.newValue) || (r.reason === SUMMARY_EDIT_REASON && sameValue(current, null));
}

/** A row anchor's cell still shows its text (spaces and Unicode forms aside). */
function sameText(current: unknown, text: string): boolean {
  return anchorText(displayText(plainFromExcel(current))) === anchorText(text);
}

/**
 * "Hoàn tác": restores the old value (or formula) of each cell of the batch that still holds the
 * value CTCT wrote; a cell the user changed since is left alone, counted as skipped and recorded so
 * (the batch is then settled). Without `batch`, the last batch with open entries; with a batch
 * named, its skipped entries are tried again too (the user may have put CTCT's value back).
 */
export async function undoBatch(env: HostEnv, caps: AdapterCapabilities, batch?: string): Promise<{ restored: number; skipped: number }> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const journal = await readRecords(context, env, names);
    if (!journal) return { restored: 0, skipped: 0 };
    const target = batch ?? lastOpenBatch(journal.loaded.map((l) => l.record));
    const open = journal.loaded
      .filter(({ record }) => record.batch === target && !record.undone && (batch !== undefined || !record.skipped))
      .map(({ record, row }) => ({ r: record, row }));
    if (open.length === 0) return { restored: 0, skipped: 0 };

    const reading = new SyncBudget(context, env);
    const cells: { r: JournalRecord; row: number; range: Excel.Range | null; anchor: Excel.Range | null }[] = [];
    for (const o of open) {
      const sheetName = names.find((n) => sameSheet(n, o.r.sheet));
      if (!sheetName) {
        cells.push({ ...o, range: null, anchor: null });
        continue;
      }
      await reading.reserve(ACTION_BYTES * 2, cellResponseBytes(encodePlain(o.r.newValue)) + cellResponseBytes(o.r.anchor?.text ?? ''));
      const ws = context.workbook.worksheets.getItem(sheetName);
      const range = ws.getRange(o.r.address);
      range.load('values,numberFormat');
      if (o.r.font) range.format.font.load('name');
      const anchor = o.r.anchor ? ws.getRange(o.r.anchor.address) : null;
      anchor?.load('values');
      cells.push({ ...o, range, anchor });
    }
    await context.sync();

    const journalSheet = context.workbook.worksheets.getItem(JOURNAL_SHEET);
    const budget = writeBudget(context, env, caps, cells.length);
    // An anchor the batch itself rewrote (a TCVN3 row converted whole) shows what the batch wrote there.
    const written = new Map(open.map(({ r }) => [cellKey(r.sheet, r.address), r.newValue] as const));
    const anchorHolds = (c: (typeof cells)[number]) => {
      const now = c.anchor!.values[0][0];
      const ours = written.get(cellKey(c.r.sheet, c.r.anchor!.address));
      return sameText(now, c.r.anchor!.text) || (ours !== undefined && sameText(now, displayText(ours)));
    };
    let restored = 0;
    let skipped = 0;
    // Newest first, so a cell changed twice in one batch ends at its oldest value.
    for (const c of [...cells].reverse()) {
      // A row moved since (rows inserted, deleted, sorted): the cell at the address is another task's.
      const moved = c.anchor !== null && !anchorHolds(c);
      if (!c.range || moved || !undoable(c.r, c.range.values[0][0])) {
        const skipReason = !c.range ? ('missing' as const) : moved ? ('moved' as const) : ('changed' as const);
        const row = recordToRow({ ...c.r, undone: false, skipped: true, skipReason });
        await budget.reserve(ACTION_BYTES * 2 + jsonBytes(row) * 2);
        writeTextRows(journalSheet, c.row, [row]);
        skipped++;
        continue;
      }
      const { skipped: _s, skipReason: _r, ...rest } = c.r;
      const row = recordToRow({ ...rest, undone: true });
      const old = c.r.oldFormula ?? toExcelInput(c.r.oldValue, c.range.numberFormat[0][0]);
      await budget.reserve(ACTION_BYTES * 3 + jsonBytes(old) + jsonBytes(row) * 2);
      // The record says "restored" in the same request as the value it restores.
      if (c.r.oldFormula) c.range.formulas = [[c.r.oldFormula]];
      else c.range.values = [[old]];
      // The old font back too, unless the user chose another one since.
      if (c.r.font?.old && c.range.format.font.name === c.r.font.new) c.range.format.font.name = c.r.font.old;
      writeTextRows(journalSheet, c.row, [row]);
      restored++;
    }
    await context.sync();
    return { restored, skipped };
  });
}
