/**
 * Marking findings in place: each finding's cell gets a fill by severity and, where notes exist
 * (ExcelApi 1.18), a note with the messages. The fill it had before is remembered in the hidden
 * sheet "CTCT_DanhDau", so removing the marks restores it exactly; values are never touched.
 * Marking again replaces the previous marks (cells no longer in the findings get their fill back).
 */
import type { Finding, Severity } from '../engine/report';
import {
  findingsNote,
  isNoFill,
  MARK_COLORS,
  MARKS_HEADER,
  isMarkColor,
  sameColor,
  SEVERITY_RANK,
  composeNote,
  userTextOfNote,
  recordToRow,
  rowToRecord,
  type MarkRecord,
} from '../engine/marks';
import type { AdapterCapabilities } from './capabilities';
import type { HostEnv } from './env';
import { ACTION_BYTES, jsonBytes, loadGrids, SyncBudget, writeBudget } from './batch';
import { displayText } from './cells';
import { columnNumber, sheetNameKey } from '../engine/grid';
import { anchorColumn, anchorText, movedAddress, type RowAnchor } from '../engine/row-anchor';
import { addInternalSheet, hasSheet, listSheetNames, loadTableRows, writeTextRowsInBlocks } from './internal';
import { deleteInternalSheet, MARKS_SHEET, sameSheet } from './sheets';

/** Addresses per getRanges call (its address string has a length limit). */
const AREAS_PER_CALL = 100;

interface Target {
  sheet: string;
  address: string;
  severity: Severity;
  findings: Finding[];
  anchor?: RowAnchor;
}

/** Findings → one target per cell, with the worst severity and every message. */
export function targetsOf(findings: Finding[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    const address = `${f.column}${f.row}`;
    const key = `${sheetNameKey(f.sheet)}!${address}`;
    const t = byCell.get(key);
    if (!t) {
      byCell.set(key, { sheet: f.sheet, address, severity: f.severity, findings: [f] });
    } else {
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[t.severity]) t.severity = f.severity;
      t.findings.push(f);
    }
  }
  return [...byCell.values()];
}


const key = (sheet: string, address: string) => `${sheetNameKey(sheet)}!${address.toUpperCase()}`;

function loadFill(range: Excel.Range, caps: AdapterCapabilities): Excel.RangeFill {
  const fill = range.format.fill;
  fill.load(caps.fillPattern ? 'color,pattern,patternColor' : 'color');
  return fill;
}

/** Restores a remembered fill: no fill is cleared, not painted white. */
function restoreFill(range: Excel.Range, r: MarkRecord, caps: AdapterCapabilities): void {
  const fill = range.format.fill;
  if (isNoFill(r)) {
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
async function paint(
  context: Excel.RequestContext,
  sheet: string,
  addresses: string[],
  color: string,
  caps: AdapterCapabilities,
  budget: SyncBudget,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  if (caps.rangeAreas) {
    for (let i = 0; i < addresses.length; i += AREAS_PER_CALL) {
      const chunk = addresses.slice(i, i + AREAS_PER_CALL).join(',');
      await budget.reserve(ACTION_BYTES * 3 + jsonBytes(chunk));
      ws.getRanges(chunk).format.fill.color = color;
    }
  } else {
    for (const a of addresses) {
      await budget.reserve(ACTION_BYTES * 3);
      ws.getRange(a).format.fill.color = color;
    }
  }
}

async function loadMarks(context: Excel.RequestContext, env: HostEnv, names: string[]): Promise<MarkRecord[]> {
  if (!hasSheet(names, MARKS_SHEET)) return [];
  const records = (await loadTableRows(context, env, MARKS_SHEET))
    .map((r) => rowToRecord(r.values))
    .filter((r): r is MarkRecord => r !== null);
  return relocate(context, env, names, records);
}

/**
 * The records at their cells' addresses now: a row anchor that no longer shows its text means rows
 * were inserted, deleted or sorted since the marking; the record then goes where the anchor's text
 * is (one sync for the anchors, one more, for their columns, only when some moved).
 */
async function relocate(context: Excel.RequestContext, env: HostEnv, names: string[], records: MarkRecord[]): Promise<MarkRecord[]> {
  const budget = new SyncBudget(context, env);
  const checks: { i: number; sheet: string; cell: Excel.Range }[] = [];
  for (const [i, r] of records.entries()) {
    const sheet = names.find((n) => sameSheet(n, r.sheet));
    if (!r.anchor || !sheet) continue;
    await budget.reserve(ACTION_BYTES * 2, 2 * jsonBytes(r.anchor.text) + 64);
    const cell = context.workbook.worksheets.getItem(sheet).getRange(r.anchor.address);
    cell.load('values');
    checks.push({ i, sheet, cell });
  }
  if (!checks.length) return records;
  await context.sync();
  const moved = checks.filter((c) => anchorText(displayText(c.cell.values[0][0])) !== anchorText(records[c.i].anchor!.text));
  if (!moved.length) return records;
  const out = [...records];
  const lost = new Set(moved.map((m) => m.i));
  for (const sheet of new Set(moved.map((m) => m.sheet))) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRange(true);
    used.load('rowIndex,rowCount');
    await context.sync();
    const here = moved.filter((m) => m.sheet === sheet);
    for (const column of new Set(here.map((m) => anchorColumn(records[m.i].anchor!)))) {
      const rect = { rowIndex: 0, columnIndex: columnNumber(column) - 1, rowCount: used.rowIndex + used.rowCount, columnCount: 1 };
      const texts = (await loadGrids(context, env, ws, rect, ['values'])).values.map((row) => displayText(row[0]));
      for (const m of here.filter((x) => anchorColumn(records[x.i].anchor!) === column)) {
        const r = records[m.i];
        const address = movedAddress(r.address, r.anchor!, texts);
        const anchor = movedAddress(r.anchor!.address, r.anchor!, texts);
        if (address && anchor) {
          out[m.i] = { ...r, address, anchor: { ...r.anchor!, address: anchor } };
          lost.delete(m.i);
        }
      }
    }
  }
  // A record whose cell could not be found again yields its address to one that moved there.
  const placed = new Set(out.filter((_, i) => !lost.has(i)).map((r) => key(r.sheet, r.address)));
  return out.filter((r, i) => !lost.has(i) || !placed.has(key(r.sheet, r.address)));
}

/** What loading one cell's fill and note may bring back (a note somebody wrote can be long). */
const FILL_RESPONSE_BYTES = 80;
const NOTE_RESPONSE_BYTES = 400;

interface Stale {
  record: MarkRecord;
  fill: Excel.RangeFill | null;
  note: Excel.Note | null;
  range: Excel.Range | null;
}

/** Loads what removing old marks needs: the cell's current fill and CTCT's note. */
async function queueStale(
  context: Excel.RequestContext,
  names: string[],
  records: MarkRecord[],
  caps: AdapterCapabilities,
  budget: SyncBudget,
): Promise<Stale[]> {
  const out: Stale[] = [];
  for (const record of records) {
    const sheetName = names.find((n) => sameSheet(n, record.sheet));
    if (!sheetName) {
      out.push({ record, fill: null, note: null, range: null });
      continue;
    }
    const withNote = record.note && caps.notes;
    await budget.reserve(ACTION_BYTES * 3, FILL_RESPONSE_BYTES + (withNote ? NOTE_RESPONSE_BYTES : 0));
    const ws = context.workbook.worksheets.getItem(sheetName);
    const range = ws.getRange(record.address);
    const fill = loadFill(range, caps);
    let note: Excel.Note | null = null;
    if (withNote) {
      note = ws.notes.getItemOrNullObject(record.address);
      note.load('content');
    }
    out.push({ record, fill, note, range });
  }
  return out;
}

/** Restores stale marks whose fill is still CTCT's (a fill the user chose since is kept). */
async function undoStale(stale: Stale[], caps: AdapterCapabilities, budget: SyncBudget): Promise<number> {
  let n = 0;
  for (const s of stale) {
    if (!s.range || !s.fill) continue;
    await budget.reserve(ACTION_BYTES * 4);
    if (sameColor(String(s.fill.color ?? ''), s.record.markColor)) restoreFill(s.range, s.record, caps);
    if (s.note && !s.note.isNullObject) removeOwnLines(s.note, s.record.noteText);
    n++;
  }
  return n;
}

/** Takes CTCT's lines off a note: what people typed there stays, a note left empty goes. */
function removeOwnLines(note: Excel.Note, written: string): void {
  const kept = userTextOfNote(String(note.content ?? ''), written);
  if (kept === null) return;
  if (kept) note.content = kept;
  else note.delete();
}

/** `asOf`: the date the findings were made for, shown in each note (as the marked copy shows it). */
/**
 * `anchors`: each marked cell's row anchor ("Sheet!C12" → anchor, as the findings name the sheet),
 * kept in the record so that the mark is found again after rows are inserted above it.
 */
export async function markFindings(
  env: HostEnv,
  caps: AdapterCapabilities,
  findings: Finding[],
  asOf: string,
  anchors: Readonly<Record<string, RowAnchor>> = {},
): Promise<{ marked: number; notes: boolean }> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const targets = targetsOf(findings)
      .map((t) => ({ ...t, anchor: anchors[`${t.sheet}!${t.address}`], sheet: names.find((n) => sameSheet(n, t.sheet)) ?? '' }))
      .filter((t) => t.sheet !== '');
    const previous = await loadMarks(context, env, names);
    const previousByKey = new Map(previous.map((r) => [key(r.sheet, r.address), r]));
    const targetKeys = new Set(targets.map((t) => key(t.sheet, t.address)));

    // One sync (more only above the web's payload limit): current fills and notes of the cells to
    // mark, and of old marks to remove.
    const reads = new SyncBudget(context, env);
    const loads: { target: Target; fill: Excel.RangeFill; note: Excel.Note | null }[] = [];
    for (const t of targets) {
      await reads.reserve(ACTION_BYTES * 4, FILL_RESPONSE_BYTES + (caps.notes ? NOTE_RESPONSE_BYTES : 0));
      const ws = context.workbook.worksheets.getItem(t.sheet);
      const fill = loadFill(ws.getRange(t.address), caps);
      let note: Excel.Note | null = null;
      if (caps.notes) {
        note = ws.notes.getItemOrNullObject(t.address);
        note.load('content');
      }
      loads.push({ target: t, fill, note });
    }
    const stale = await queueStale(
      context,
      names,
      previous.filter((r) => !targetKeys.has(key(r.sheet, r.address))),
      caps,
      reads,
    );
    await context.sync();

    // Written in an order that is safe to cut between syncs: old marks removed, then the new fills
    // remembered, and only then the cells painted (a cell is never painted without its old fill kept).
    const writes = writeBudget(context, env, caps, targets.length + stale.length);
    await undoStale(stale, caps, writes);

    const records: MarkRecord[] = [];
    const noteWrites: { ws: Excel.Worksheet; target: Target; note: Excel.Note | null; add: boolean; text: string }[] = [];
    const byColor = new Map<string, string[]>();
    let notes = false;
    for (const { target, fill, note } of loads) {
      const markColor = MARK_COLORS[target.severity];
      const before = previousByKey.get(key(target.sheet, target.address));
      const ours = findingsNote(target.findings, asOf);
      let ourNote = false;
      if (note) {
        const existing = note.isNullObject ? null : String(note.content ?? '');
        // What people typed into CTCT's note is kept under the new findings.
        const kept = existing === null ? '' : userTextOfNote(existing, before?.noteText);
        const ws = context.workbook.worksheets.getItem(target.sheet);
        if (kept !== null) {
          noteWrites.push({ ws, target, note: existing === null ? null : note, add: existing === null, text: composeNote(ours, kept) });
          ourNote = true;
        }
        // A note somebody wrote stays as it is; the fill alone marks the cell.
      }
      notes ||= ourNote;
      // The fill it has now is the one to give back, unless it is still CTCT's mark: a fill the user
      // chose since the last marking is theirs.
      const currentFill = {
        color: String(fill.color ?? ''),
        pattern: caps.fillPattern ? String(fill.pattern ?? '') : '',
        patternColor: caps.fillPattern ? String(fill.patternColor ?? '') : '',
        fileFill: '',
      };
      const refilled = before !== undefined && !sameColor(currentFill.color, before.markColor);
      // A cell in CTCT's colours with no record of its own is a mark that moved here unseen: its
      // fill is CTCT's, not the cell's (given back as none).
      const strayMark = before === undefined && previous.length > 0 && isMarkColor(currentFill.color);
      if (strayMark) Object.assign(currentFill, { color: '#FFFFFF', pattern: 'None', patternColor: '' });
      const anchor = target.anchor ?? before?.anchor;
      records.push({
        ...(before
          ? { ...before, ...(refilled ? currentFill : {}), markColor, note: before.note || ourNote, noteText: ourNote ? ours : before.noteText }
          : { sheet: target.sheet, address: target.address, ...currentFill, markColor, note: ourNote, noteText: ourNote ? ours : '' }),
        ...(anchor ? { anchor } : {}),
      });
      const list = byColor.get(`${target.sheet}\u0000${markColor}`) ?? [];
      list.push(target.address);
      byColor.set(`${target.sheet}\u0000${markColor}`, list);
    }

    // The remembered fills are rewritten whole: the sheet holds exactly the current marks.
    await writes.reserve(ACTION_BYTES * 8);
    if (hasSheet(names, MARKS_SHEET)) deleteInternalSheet(context.workbook.worksheets.getItem(MARKS_SHEET), caps);
    if (records.length > 0) {
      const sheet = addInternalSheet(context, caps, MARKS_SHEET, MARKS_HEADER);
      await writeTextRowsInBlocks(sheet, 2, records.map(recordToRow), writes);
    }
    for (const w of noteWrites) {
      await writes.reserve(ACTION_BYTES * 2 + jsonBytes(w.text));
      if (w.add) w.ws.notes.add(w.ws.getRange(w.target.address), w.text);
      else if (w.note) w.note.content = w.text;
    }
    for (const [k, addresses] of byColor) {
      const [sheet, color] = k.split('\u0000');
      await paint(context, sheet, addresses, color, caps, writes);
    }
    await context.sync();
    return { marked: targets.length, notes };
  });
}

export async function clearMarks(env: HostEnv, caps: AdapterCapabilities): Promise<{ cleared: number }> {
  return env.run(async (context) => {
    const names = await listSheetNames(context);
    const previous = await loadMarks(context, env, names);
    if (!hasSheet(names, MARKS_SHEET)) return { cleared: 0 };
    const stale = await queueStale(context, names, previous, caps, new SyncBudget(context, env));
    await context.sync();
    // Fills back first; the remembered fills go last, so a cut between syncs can be cleared again.
    const cleared = await undoStale(stale, caps, writeBudget(context, env, caps, stale.length));
    deleteInternalSheet(context.workbook.worksheets.getItem(MARKS_SHEET), caps);
    await context.sync();
    return { cleared };
  });
}
