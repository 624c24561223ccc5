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
import type { ApplyResult, CellChange, JournalEntry } from './host';
import { addInternalSheet, hasSheet, listSheetNames, nextFreeRow, queueTableLoad, tableRows, writeTextRows } from './internal';
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
];

/** A journal row: the public entry plus the old formula (restored as a formula). */
export interface JournalRecord extends JournalEntry {
  oldFormula: string | null;
}

/** The last column's text for an entry undo left alone (its reason follows the colon). */
export const SKIPPED_CHANGED = 'bỏ qua: ô đã bị sửa sau khi CTCT ghi';
export const SKIPPED_MISSING = 'bỏ qua: không còn trang tính hoặc ô này';

function stateText(r: JournalRecord): string {
  if (r.undone) return 'có';
  if (r.skipped) return r.skipReason === 'missing' ? SKIPPED_MISSING : SKIPPED_CHANGED;
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
  ];
}

export function rowToRecord(row: unknown[]): JournalRecord | null {
  const id = Number(row[0]);
  if (!Number.isInteger(id) || id <= 0) return null;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const formula = text(row[6]);
  const state = text(row[9]).trim();
  const skipped = /^b[ỏo]\s*qua/i.test(state.normalize('NFC'));
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
    undone: /^(có|co|x|true|1|yes)$/i.test(state.normalize('NFC')),
    ...(skipped ? { skipped: true, skipReason: state.normalize('NFC') === SKIPPED_MISSING ? ('missing' as const) : ('changed' as const) } : {}),
  };
}

/** Neither restored nor skipped: what undo still has to do. */
function isOpen(r: JournalEntry): boolean {
  return !r.undone && !r.skipped;
}

function toEntry(r: JournalRecord): JournalEntry {
  const { oldFormula: _formula, ...entry } = r;
  return entry;
}

interface LoadedRecord {
  record: JournalRecord;
  /** Its sheet row, for marking it undone. */
  row: number;
}

function parseRows(used: Excel.Range | null): LoadedRecord[] {
  if (!used) return [];
  const out: LoadedRecord[] = [];
  for (const { row, values } of tableRows(used)) {
    const record = rowToRecord(values);
    if (record) out.push({ record, row });
  }
  return out;
}

/** Reads the journal (two syncs; none of the workbook's values). */
async function readRecords(context: Excel.RequestContext): Promise<{ names: string[]; loaded: LoadedRecord[] | null }> {
  const names = await listSheetNames(context);
  if (!hasSheet(names, JOURNAL_SHEET)) return { names, loaded: null };
  const used = queueTableLoad(context, JOURNAL_SHEET);
  await context.sync();
  return { names, loaded: parseRows(used) };
}

export async function readJournal(env: HostEnv): Promise<JournalEntry[]> {
  return env.run(async (context) => ((await readRecords(context)).loaded ?? []).map((l) => toEntry(l.record)));
}

function cellKey(sheet: string, address: string): string {
  return `${sheet.normalize('NFC').toLowerCase()}!${address.replace(/\$/g, '').toUpperCase()}`;
}

/**
 * Writes the changes whose cell still shows `from`, and their journal rows, in one batch
 * (four syncs whatever the number of changes: sheets, journal, current cells, write).
 */
export async function applyChanges(env: HostEnv, caps: AdapterCapabilities, changes: CellChange[]): Promise<ApplyResult> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const journalExists = hasSheet(names, JOURNAL_SHEET);
    const journalUsed = journalExists ? queueTableLoad(context, JOURNAL_SHEET) : null;

    const skipped: CellChange[] = [];
    const seen = new Set<string>();
    const targets: { change: CellChange; range: Excel.Range }[] = [];
    for (const change of changes) {
      const key = cellKey(change.sheet, change.address);
      const sheetName = names.find((n) => sameSheet(n, change.sheet));
      if (!sheetName || seen.has(key)) {
        skipped.push(change);
        continue;
      }
      seen.add(key);
      const range = context.workbook.worksheets.getItem(sheetName).getRange(change.address);
      range.load('values,formulas');
      targets.push({ change, range });
    }
    await context.sync();

    const records = parseRows(journalUsed).map((l) => l.record);
    let nextId = records.reduce((m, r) => Math.max(m, r.id), 0) + 1;
    const batch = `L${nextId}`;
    const time = env.now().toISOString();
    const applied: CellChange[] = [];
    const rows: string[][] = [];
    for (const { change, range } of targets) {
      const value = range.values[0][0];
      // The user may have typed in the cell since the preview: never overwrite what they did not see.
      if (displayText(value) !== change.from) {
        skipped.push(change);
        continue;
      }
      const formula = range.formulas[0][0];
      rows.push(
        recordToRow({
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
        }),
      );
      range.values = [[toExcelInput(change.to)]];
      applied.push(change);
    }
    if (applied.length === 0) return { applied, skipped, batch: '' };

    if (applied.length > env.limits.largeWriteCells && caps.screenUpdating) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    const journal = journalExists
      ? context.workbook.worksheets.getItem(JOURNAL_SHEET)
      : addInternalSheet(context, caps, JOURNAL_SHEET, JOURNAL_HEADER);
    writeTextRows(journal, nextFreeRow(journalUsed), rows);
    await context.sync();
    return { applied, skipped, batch };
  });
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
 * "Hoàn tác": restores the old value (or formula) of each cell of the batch that still holds the
 * value CTCT wrote; a cell the user changed since is left alone, counted as skipped and recorded so
 * (the batch is then settled). Without `batch`, the last batch with open entries; with a batch
 * named, its skipped entries are tried again too (the user may have put CTCT's value back).
 */
export async function undoBatch(env: HostEnv, caps: AdapterCapabilities, batch?: string): Promise<{ restored: number; skipped: number }> {
  return env.run(async (context) => {
    const { names, loaded } = await readRecords(context);
    if (!loaded) return { restored: 0, skipped: 0 };
    const target = batch ?? lastOpenBatch(loaded.map((l) => l.record));
    const open = loaded
      .filter(({ record }) => record.batch === target && !record.undone && (batch !== undefined || !record.skipped))
      .map(({ record, row }) => ({ r: record, row }));
    if (open.length === 0) return { restored: 0, skipped: 0 };

    const cells = open.map((o) => {
      const sheetName = names.find((n) => sameSheet(n, o.r.sheet));
      if (!sheetName) return { ...o, range: null };
      const range = context.workbook.worksheets.getItem(sheetName).getRange(o.r.address);
      range.load('values');
      return { ...o, range };
    });
    await context.sync();

    const journal = context.workbook.worksheets.getItem(JOURNAL_SHEET);
    let restored = 0;
    let skipped = 0;
    if (cells.length > env.limits.largeWriteCells && caps.screenUpdating) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    // Newest first, so a cell changed twice in one batch ends at its oldest value.
    for (const c of [...cells].reverse()) {
      if (!c.range || !sameValue(c.range.values[0][0], c.r.newValue)) {
        const skipReason = c.range ? ('changed' as const) : ('missing' as const);
        writeTextRows(journal, c.row, [recordToRow({ ...c.r, undone: false, skipped: true, skipReason })]);
        skipped++;
        continue;
      }
      if (c.r.oldFormula) c.range.formulas = [[c.r.oldFormula]];
      else c.range.values = [[toExcelInput(c.r.oldValue)]];
      const { skipped: _s, skipReason: _r, ...rest } = c.r;
      writeTextRows(journal, c.row, [recordToRow({ ...rest, undone: true })]);
      restored++;
    }
    await context.sync();
    return { restored, skipped };
  });
}
