/**
 * Marking findings in place: each finding's cell gets a fill by severity and, where notes exist
 * (ExcelApi 1.18), a note with the messages. The fill it had before is remembered in the hidden
 * sheet "CTCT_DanhDau", so removing the marks restores it exactly; values are never touched.
 * Marking again replaces the previous marks (cells no longer in the findings get their fill back).
 */
import type { Finding, Severity } from '../engine/report';
import { COLORS, hexColor } from '../engine/track/style';
import type { AdapterCapabilities } from './capabilities';
import type { HostEnv } from './env';
import { addInternalSheet, hasSheet, listSheetNames, queueTableLoad, tableRows, writeTextRows } from './internal';
import { deleteInternalSheet, MARKS_SHEET, sameSheet } from './sheets';

/** The engine's severity fills (shared with the exceljs host), as Office.js colours. */
export const MARK_COLORS: Record<Severity, string> = {
  error: hexColor(COLORS.error),
  warning: hexColor(COLORS.warning),
  info: hexColor(COLORS.info),
};

import { NOTE_PREFIX } from '../engine/marks';
export { NOTE_PREFIX };

export const MARKS_HEADER = ['Trang tính', 'Ô', 'Màu nền cũ', 'Kiểu nền cũ', 'Màu mẫu cũ', 'Màu đánh dấu', 'Ghi chú CTCT'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Addresses per getRanges call (its address string has a length limit). */
const AREAS_PER_CALL = 100;

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The fill before CTCT marked the cell. */
  color: string;
  /** "None" for no fill; "" when the Excel version cannot tell (before ExcelApi 1.9). */
  pattern: string;
  patternColor: string;
  markColor: string;
  /** CTCT added a note to this cell. */
  note: boolean;
}

export function recordToRow(r: MarkRecord): string[] {
  return [r.sheet, r.address, r.color, r.pattern, r.patternColor, r.markColor, r.note ? 'có' : ''];
}

export function rowToRecord(row: unknown[]): MarkRecord | null {
  const t = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  if (!t(row[0]) || !t(row[1])) return null;
  return {
    sheet: t(row[0]),
    address: t(row[1]),
    color: t(row[2]),
    pattern: t(row[3]),
    patternColor: t(row[4]),
    markColor: t(row[5]),
    note: t(row[6]).trim() !== '',
  };
}

interface Target {
  sheet: string;
  address: string;
  severity: Severity;
  lines: string[];
}

/** Findings → one target per cell, with the worst severity and every message. */
export function targetsOf(findings: Finding[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    const address = `${f.column}${f.row}`;
    const key = `${f.sheet.normalize('NFC').toLowerCase()}!${address}`;
    const line = f.suggestion ? `${f.message} → ${f.suggestion}` : f.message;
    const t = byCell.get(key);
    if (!t) {
      byCell.set(key, { sheet: f.sheet, address, severity: f.severity, lines: [line] });
    } else {
      if (RANK[f.severity] > RANK[t.severity]) t.severity = f.severity;
      if (!t.lines.includes(line)) t.lines.push(line);
    }
  }
  return [...byCell.values()];
}

export function noteText(lines: string[]): string {
  return [`${NOTE_PREFIX}:`, ...lines.map((l) => `• ${l}`)].join('\n');
}

const key = (sheet: string, address: string) => `${sheet.normalize('NFC').toLowerCase()}!${address.toUpperCase()}`;
const sameColor = (a: string, b: string) => a.replace('#', '').toUpperCase() === b.replace('#', '').toUpperCase();

function loadFill(range: Excel.Range, caps: AdapterCapabilities): Excel.RangeFill {
  const fill = range.format.fill;
  fill.load(caps.fillPattern ? 'color,pattern,patternColor' : 'color');
  return fill;
}

/** Restores a remembered fill: no fill is cleared, not painted white. */
function restoreFill(range: Excel.Range, r: MarkRecord, caps: AdapterCapabilities): void {
  const fill = range.format.fill;
  const noFill = r.pattern === 'None' || (r.pattern === '' && (!r.color || sameColor(r.color, '#FFFFFF')));
  if (noFill) {
    fill.clear();
    return;
  }
  fill.color = r.color;
  if (caps.fillPattern && r.pattern && r.pattern !== 'Solid') {
    fill.pattern = r.pattern as Excel.FillPattern;
    if (r.patternColor) fill.patternColor = r.patternColor;
  }
}

/** Sets one colour on many cells: RangeAreas (1.9) in chunks, else cell by cell. */
function paint(context: Excel.RequestContext, sheet: string, addresses: string[], color: string, caps: AdapterCapabilities): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  if (caps.rangeAreas) {
    for (let i = 0; i < addresses.length; i += AREAS_PER_CALL) {
      ws.getRanges(addresses.slice(i, i + AREAS_PER_CALL).join(',')).format.fill.color = color;
    }
  } else {
    for (const a of addresses) ws.getRange(a).format.fill.color = color;
  }
}

async function loadMarks(context: Excel.RequestContext, names: string[]): Promise<MarkRecord[]> {
  if (!hasSheet(names, MARKS_SHEET)) return [];
  const used = queueTableLoad(context, MARKS_SHEET);
  await context.sync();
  return tableRows(used)
    .map((r) => rowToRecord(r.values))
    .filter((r): r is MarkRecord => r !== null);
}

interface Stale {
  record: MarkRecord;
  fill: Excel.RangeFill | null;
  note: Excel.Note | null;
  range: Excel.Range | null;
}

/** Loads what removing old marks needs: the cell's current fill and CTCT's note. */
function queueStale(context: Excel.RequestContext, names: string[], records: MarkRecord[], caps: AdapterCapabilities): Stale[] {
  return records.map((record) => {
    const sheetName = names.find((n) => sameSheet(n, record.sheet));
    if (!sheetName) return { record, fill: null, note: null, range: null };
    const ws = context.workbook.worksheets.getItem(sheetName);
    const range = ws.getRange(record.address);
    const fill = loadFill(range, caps);
    let note: Excel.Note | null = null;
    if (record.note && caps.notes) {
      note = ws.notes.getItemOrNullObject(record.address);
      note.load('content');
    }
    return { record, fill, note, range };
  });
}

/** Restores stale marks whose fill is still CTCT's (a fill the user chose since is kept). */
function undoStale(stale: Stale[], caps: AdapterCapabilities): number {
  let n = 0;
  for (const s of stale) {
    if (!s.range || !s.fill) continue;
    if (sameColor(String(s.fill.color ?? ''), s.record.markColor)) restoreFill(s.range, s.record, caps);
    if (s.note && !s.note.isNullObject && String(s.note.content ?? '').startsWith(NOTE_PREFIX)) s.note.delete();
    n++;
  }
  return n;
}

export async function markFindings(env: HostEnv, caps: AdapterCapabilities, findings: Finding[]): Promise<{ marked: number; notes: boolean }> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const targets = targetsOf(findings)
      .map((t) => ({ ...t, sheet: names.find((n) => sameSheet(n, t.sheet)) ?? '' }))
      .filter((t) => t.sheet !== '');
    const previous = await loadMarks(context, names);
    const previousByKey = new Map(previous.map((r) => [key(r.sheet, r.address), r]));
    const targetKeys = new Set(targets.map((t) => key(t.sheet, t.address)));

    // One sync: current fills and notes of the cells to mark, and of old marks to remove.
    const loads = targets.map((t) => {
      const ws = context.workbook.worksheets.getItem(t.sheet);
      const fill = loadFill(ws.getRange(t.address), caps);
      let note: Excel.Note | null = null;
      if (caps.notes) {
        note = ws.notes.getItemOrNullObject(t.address);
        note.load('content');
      }
      return { target: t, fill, note };
    });
    const stale = queueStale(
      context,
      names,
      previous.filter((r) => !targetKeys.has(key(r.sheet, r.address))),
      caps,
    );
    await context.sync();

    if (targets.length + stale.length > env.limits.largeWriteCells && caps.screenUpdating) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    undoStale(stale, caps);

    const records: MarkRecord[] = [];
    const byColor = new Map<string, string[]>();
    let notes = false;
    for (const { target, fill, note } of loads) {
      const markColor = MARK_COLORS[target.severity];
      const before = previousByKey.get(key(target.sheet, target.address));
      const ws = context.workbook.worksheets.getItem(target.sheet);
      let ourNote = false;
      if (note) {
        const existing = note.isNullObject ? null : String(note.content ?? '');
        if (existing === null) {
          ws.notes.add(ws.getRange(target.address), noteText(target.lines));
          ourNote = true;
        } else if (existing.startsWith(NOTE_PREFIX)) {
          note.content = noteText(target.lines);
          ourNote = true;
        }
        // A note somebody wrote stays as it is; the fill alone marks the cell.
      }
      notes ||= ourNote;
      records.push(
        before
          ? { ...before, markColor, note: before.note || ourNote }
          : {
              sheet: target.sheet,
              address: target.address,
              color: String(fill.color ?? ''),
              pattern: caps.fillPattern ? String(fill.pattern ?? '') : '',
              patternColor: caps.fillPattern ? String(fill.patternColor ?? '') : '',
              markColor,
              note: ourNote,
            },
      );
      const list = byColor.get(`${target.sheet}\u0000${markColor}`) ?? [];
      list.push(target.address);
      byColor.set(`${target.sheet}\u0000${markColor}`, list);
    }
    for (const [k, addresses] of byColor) {
      const [sheet, color] = k.split('\u0000');
      paint(context, sheet, addresses, color, caps);
    }

    // The remembered fills are rewritten whole: the sheet holds exactly the current marks.
    if (hasSheet(names, MARKS_SHEET)) deleteInternalSheet(context.workbook.worksheets.getItem(MARKS_SHEET), caps);
    if (records.length > 0) {
      const sheet = addInternalSheet(context, caps, MARKS_SHEET, MARKS_HEADER);
      writeTextRows(sheet, 2, records.map(recordToRow));
    }
    await context.sync();
    return { marked: targets.length, notes };
  });
}

export async function clearMarks(env: HostEnv, caps: AdapterCapabilities): Promise<{ cleared: number }> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const previous = await loadMarks(context, names);
    if (!hasSheet(names, MARKS_SHEET)) return { cleared: 0 };
    const stale = queueStale(context, names, previous, caps);
    await context.sync();
    if (stale.length > env.limits.largeWriteCells && caps.screenUpdating) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    const cleared = undoStale(stale, caps);
    deleteInternalSheet(context.workbook.worksheets.getItem(MARKS_SHEET), caps);
    await context.sync();
    return { cleared };
  });
}
