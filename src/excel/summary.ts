/**
 * "Tổng hợp" in the open workbook: paints the engine's host-neutral layout (summaryLayout →
 * placeLayout) with Office.js. An existing summary is refreshed in place (ExcelApi 1.9), so formulas
 * pointing at it keep working; cells a user changed there since CTCT wrote it (told by a record of
 * what it wrote, a sheet-scoped name) go to the journal first, for undo. Links are HYPERLINK formulas
 * to the source cells; the chart (tasks per quarter and unit) is built from `placed.chartRange`.
 */
import { cellAddress, columnLetter, type CellValue } from '../engine/grid';
import type { Report } from '../engine/report';
import {
  placeLayout,
  placedValues,
  SUMMARY_SHEET,
  summaryLayout,
  type PlacedKind,
  type PlacedRow,
} from '../engine/summary/layout';
import { COLORS, hexColor } from '../engine/track/style';
import { ownSheetKind } from '../engine/own-sheets';
import { MARKER_NAMES, markOwned } from './sheets';
import type { AdapterCapabilities } from './capabilities';
import { toExcelInput } from './cells';
import type { HostEnv } from './env';
import { ACTION_BYTES, jsonBytes, rowBlocks, type SyncBudget, writeBudget } from './batch';
import { a4Landscape, FONT_NAME, hyperlinkFormula, locateOutput, setColumnWidths, thinBorders, writeInPlace, writeReplacing, type OutputSheet } from './output';
import { dropBatch, journalHasBatch, journalWriter, SUMMARY_EDIT_REASON, type OverwrittenCell } from './journal';
import { ExcelHostError } from './errors';
import type { PlainValue } from './cells';
import { listSheetNames } from './internal';
import { recordKey, recordText, textHash } from '../engine/own-sheets';


/** A "Tổng hợp" sheet CTCT wrote starts with the summary title. */
/** CTCT's summary, by the engine's rule (the same that keeps it out of the analysis). */
export function looksLikeSummary(values: CellValue[][]): boolean {
  return ownSheetKind({ name: '', cells: values }) === 'summary';
}

/** Consecutive placed rows of the same kind and width: one formatting call each. */
interface Run {
  kind: PlacedKind;
  top: number;
  bottom: number;
  columns: number;
}

function runsOf(rows: PlacedRow[], width: number): Run[] {
  const runs: Run[] = [];
  for (const p of rows) {
    const columns = p.kind === 'title' || p.kind === 'subtitle' || p.kind === 'note' ? width : Math.max(1, p.values.length);
    const last = runs[runs.length - 1];
    if (last && last.kind === p.kind && last.columns === columns && last.bottom === p.row - 1) last.bottom = p.row;
    else runs.push({ kind: p.kind, top: p.row, bottom: p.row, columns });
  }
  return runs;
}

const TITLE_HEIGHT = 24;

function styleRun(sheet: Excel.Worksheet, run: Run): void {
  const range = sheet.getRange(`A${run.top}:${columnLetter(run.columns)}${run.bottom}`);
  const f = range.format;
  f.verticalAlignment = 'Top';
  switch (run.kind) {
    case 'title':
      f.font.bold = true;
      f.font.size = 14;
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Center';
      break;
    case 'subtitle':
      f.font.italic = true;
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      break;
    case 'heading':
      f.font.bold = true;
      break;
    case 'header':
      f.font.bold = true;
      f.fill.color = hexColor(COLORS.headerFill);
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Center';
      f.wrapText = true;
      thinBorders(range);
      break;
    case 'total':
      f.font.bold = true;
      f.fill.color = hexColor(COLORS.totalFill);
      thinBorders(range);
      break;
    case 'note':
      f.font.italic = true;
      f.font.size = 11;
      f.wrapText = true;
      break;
    case 'empty':
      f.font.italic = true;
      thinBorders(range);
      break;
    case 'data':
    default:
      thinBorders(range);
      break;
  }
}

/** What writing the summary did: its sheet, and the cells a user had changed there, kept in the journal. */
export interface SummaryResult {
  sheet: string;
  /** The old summary was changed since CTCT wrote it: its cells differing from the new one are journal batch `batch`. */
  keptEdits?: { cells: number; batch: string };
  /** Excel could not refresh the sheet in place (before ExcelApi 1.9): it was deleted and written again. */
  replacedSheet?: true;
  /** Excel refused the in-place refresh half-way (its code): the sheet was written anew instead (`replacedSheet`). */
  refreshFailed?: string;
  /** Refreshed in place, the sheet had values below the rows CTCT reads (and clears): left as they were from this row on. */
  leftFrom?: number;
  /** The sheet written anew (`replacedSheet`) lost what the user had added to it: charts (by title) and names. */
  lost?: { charts: string[]; names: string[] };
}

export async function writeSummary(env: HostEnv, caps: AdapterCapabilities, report: Report): Promise<SummaryResult> {
  const asOf = report.asOf;
  const layout = summaryLayout(report, { asOf });
  const placed = placeLayout(layout);
  const values = placedValues(placed);
  const links = linkFormulas(placed);
  return env.run(async (context) => {
    // Refreshed in place, the old sheet's cells are read: what a user changed there goes to the journal.
    const out = await locateOutput(context, env, caps, 'summary', SUMMARY_SHEET, looksLikeSummary, caps.rangeCopy, caps.rangeCopy, rowsRead(placed.lastRow));
    // A summary of a very large programme (long lists of tasks) is written in several syncs on the web.
    const budget = writeBudget(context, env, caps, 'large');
    let result: SummaryResult = { sheet: out.name };
    let sheet: Excel.Worksheet;
    // The summary on a new sheet that then takes the old one's place (`before` queued first).
    const rewrite = (target: OutputSheet, b: SyncBudget, before: () => Promise<void> = async () => undefined) =>
      writeReplacing(context, caps, target, 'summary', async (s) => {
        await before();
        await fillCells(s, b, layout, placed, values, links);
        await b.reserve(sheetBytes(placed, layout));
        fillSheet(s, caps, layout, placed, values, links, []);
      });
    const progress: RefreshProgress = { cleared: false, edits: null };
    if (!(out.exists && caps.rangeCopy)) {
      // The old summary stays until the new one is written (several syncs on the web): a refused
      // request never leaves a workbook without its summary or with half of one.
      const lost = out.exists ? await usersOwn(context, out, layout.chart.title) : null;
      sheet = await rewrite(out, budget);
      if (out.exists) result = { ...result, replacedSheet: true, ...(lost ? { lost } : {}) };
    } else {
      try {
        // In place: formulas elsewhere pointing at the summary ('Tổng hợp'!B5) keep working.
        const refreshed = await refreshInPlace(context, env, caps, out, budget, layout, placed, values, links, progress);
        sheet = refreshed.sheet;
        if (refreshed.kept) result = { ...result, keptEdits: refreshed.kept };
        if (out.unreadFrom !== null) result = { ...result, leftFrom: out.unreadFrom };
      } catch (e) {
        if (!progress.cleared) {
          // The old summary is whole: journal rows already sent for it describe a refresh that did not happen.
          if (progress.begun) await dropBatch(context, env, progress.begun);
          throw e;
        }
        const code = (e as { code?: string }).code ?? 'GeneralException';
        // Excel on the web drops a refused request whole: the old summary is as it was, and writing it
        // anew would lose what is the user's there (charts, formulas elsewhere pointing at it).
        if (await refusedWhole(context, env, caps, out, rowsRead(placed.lastRow))) {
          if (progress.begun) await dropBatch(context, env, progress.begun);
          throw refreshRefused(out.name, code, e);
        }
        // Office.js keeps what ran before the failing operation: the old sheet may be cleared and half
        // written. It is written anew, the user's changed cells journaled (once) with the write.
        const lost = await usersOwn(context, out, layout.chart.title);
        const fresh = { ...out, sheetNames: await listSheetNames(context) };
        const again = writeBudget(context, env, caps, 'large');
        const edits = progress.edits;
        const journal = edits ? await journalWriter(context, env, caps, fresh.sheetNames) : null;
        let batch = '';
        try {
          sheet = await rewrite(fresh, again, async () => {
            if (journal && edits) batch = await journal(edits.cells, SUMMARY_EDIT_REASON, again, { written: edits.batch });
          });
        } catch (second) {
          if (!edits) throw second;
          // Excel on the web drops a refused request whole: the refresh's journal rows, and the clear
          // sent after them, never happened. "Hoàn tác" would then undo another, earlier batch.
          const kept = batch || edits.batch;
          if (!(await journalHasBatch(context, env, kept))) throw summaryLeftAsItWas(out.name, code, second);
          throw editsLeftInJournal(out.name, edits.cells.length, kept, code, second);
        }
        result = { ...result, replacedSheet: true, refreshFailed: code, ...(edits ? { keptEdits: { cells: edits.cells.length, batch } } : {}), ...(lost ? { lost } : {}) };
      }
    }
    if (caps.pageLayout) {
      await a4Landscape(context, sheet, undefined);
    }
    return result;
  });
}

/**
 * Both the refresh and the rewrite failed: the sheet may be empty or half written, the user's edits
 * on it are only in the journal (batch `batch`), and "Hoàn tác" puts them back.
 */
function editsLeftInJournal(sheet: string, cells: number, batch: string, code: string, cause: unknown): ExcelHostError {
  const message =
    `Excel không ghi được trang "${sheet}" (${code}), kể cả khi ghi lại trên trang mới: trang đó có thể đang trống hoặc mới ghi một phần. ` +
    `${cells} ô anh/chị đã sửa ở đó được giữ trong nhật ký (trang ẩn CTCT_NhatKy, lô ${batch}): bấm "Hoàn tác" để đặt lại chúng, rồi bấm "Ghi trang Tổng hợp" để ghi lại bảng.`;
  return new ExcelHostError('SummaryNotWritten', message, cause, { sheet, cells: String(cells), batch, detail: code });
}

/** Both the refresh and the rewrite were refused whole: the sheet is as it was before the button. */
function summaryLeftAsItWas(sheet: string, code: string, cause: unknown): ExcelHostError {
  const message = `Excel không ghi được trang "${sheet}" (${code}), kể cả khi ghi lại trên trang mới, và đã bỏ cả lần ghi: trang đó vẫn như trước khi bấm nút, các ô anh/chị đã sửa vẫn còn. Hãy thử lại sau; nếu vẫn lỗi, xin báo cho Văn phòng Sở.`;
  return new ExcelHostError('SummaryRefused', message, cause, { sheet, detail: code });
}

/**
 * What a user added to the old summary that a sheet written anew does not bring: their charts (by
 * title, else name) and the sheet's own names (CTCT's aside); null when there is none, or Excel cannot say.
 */
async function usersOwn(context: Excel.RequestContext, out: OutputSheet, chartTitle: string): Promise<SummaryResult['lost'] | null> {
  try {
    const charts = context.workbook.worksheets.getItem(out.name).charts;
    charts.load('items/name,items/title/text');
    await context.sync();
    const recorded = out.ownNames.some((n) => n.startsWith(STAMP_PREFIX));
    const lost = {
      charts: charts.items.filter((c) => !isOwnChart(c, recorded, chartTitle)).map((c) => c.title.text || c.name),
      names: out.ownNames.filter((n) => !n.startsWith(MARKER_NAMES.summary)),
    };
    return lost.charts.length || lost.names.length ? lost : null;
  } catch {
    return null;
  }
}

/** The in-place refresh's last batch was refused and none of it ran: the summary is as it was read before. */
async function refusedWhole(context: Excel.RequestContext, env: HostEnv, caps: AdapterCapabilities, out: OutputSheet, maxRows: (ownNames: string[]) => number): Promise<boolean> {
  try {
    const now = await locateOutput(context, env, caps, 'summary', SUMMARY_SHEET, looksLikeSummary, true, true, maxRows);
    if (now.name !== out.name || !now.exists || now.ownNames.includes(REFRESHING)) return false;
    const [before, after] = [oldGrid(out), oldGrid(now)];
    return stampOf(before.values, before.formulas) === stampOf(after.values, after.formulas);
  } catch {
    return false;
  }
}

/** The refresh was refused whole: the sheet is untouched, and is not written anew. */
function refreshRefused(sheet: string, code: string, cause: unknown): ExcelHostError {
  const message =
    `Excel không làm mới được trang "${sheet}" (${code}) và đã bỏ cả lần ghi: trang đó vẫn như trước khi bấm nút, các ô anh/chị đã sửa vẫn còn. ` +
    `CTCT không xóa rồi ghi lại trang, để không mất biểu đồ, tên hay công thức ở trang khác trỏ tới nó. Hãy thử lại; nếu vẫn lỗi, đổi tên hoặc xóa trang "${sheet}" rồi bấm "Ghi trang Tổng hợp" để CTCT ghi một trang mới.`;
  return new ExcelHostError('SummaryRefreshRefused', message, cause, { sheet, detail: code });
}

/** How far an in-place refresh went: whether the old sheet's clear was sent, and the edits it journals. */
interface RefreshProgress {
  cleared: boolean;
  edits: { cells: OverwrittenCell[]; batch: string } | null;
  /** The journal batch whose rows began to go out. */
  begun?: string;
}

/** The chart CTCT adds to its summary (a chart a user adds there is left alone). */
const CHART_NAME = 'CTCT_BieuDo';
/** A sheet-scoped name recording what CTCT wrote on the summary (its values' hash follows). */
const STAMP_PREFIX = 'CTCT_TongHop_Ghi_';
/** A sheet-scoped name that lives only within a refresh's last batch: left behind, that batch ran in part. */
const REFRESHING = 'CTCT_TongHop_DangLamMoi';

async function refreshInPlace(
  context: Excel.RequestContext,
  env: HostEnv,
  caps: AdapterCapabilities,
  out: OutputSheet,
  budget: SyncBudget,
  layout: ReturnType<typeof summaryLayout>,
  placed: ReturnType<typeof placeLayout>,
  values: ReturnType<typeof placedValues>,
  links: Map<string, string>,
  progress: RefreshProgress,
): Promise<{ sheet: Excel.Worksheet; kept: SummaryResult['keptEdits'] | null }> {
  const ws = context.workbook.worksheets.getItem(out.name);
  const charts = ws.charts;
  charts.load('items/name,items/title/text');
  // Cells formatted past the last value (a longer summary's rows whose text was deleted) are cleared too.
  const formatted = ws.getUsedRange(false);
  formatted.load('rowIndex,columnIndex,rowCount,columnCount');
  // A marker left by an earlier failed refresh goes first: left behind after this refresh, it must mean this one ran in part.
  if (caps.names && out.ownNames.includes(REFRESHING)) ws.names.getItem(REFRESHING).delete();
  await context.sync();
  const recorded = out.ownNames.find((n) => n.startsWith(STAMP_PREFIX));
  const old = oldGrid(out);
  // Unchanged since CTCT wrote it: nothing of the user's to keep. Without a record (an older CTCT, the
  // standalone page), every cell the refresh changes is kept.
  const edited = recorded !== undefined && stampHash(recorded) === stampOf(old.values, old.formulas) ? [] : changedCells(out.name, old, values, links);
  // The journal (all of it, in blocks on the web) is read only when there is something to add to it.
  const journal = edited.length ? await journalWriter(context, env, caps, out.sheetNames) : null;
  let batch = '';
  const sheet = await writeInPlace(
    context,
    out,
    (scratch) => fillCells(scratch, budget, layout, placed, values, links),
    async (s, scratch) => {
      if (journal) batch = await journal(edited, SUMMARY_EDIT_REASON, budget, { begun: (b) => (progress.begun = b) });
      if (journal) progress.edits = { cells: edited, batch };
      // Reserved at once: the budget never syncs between the clear and the copy.
      await budget.reserve(sheetBytes(placed, layout) + ACTION_BYTES * (14 + charts.items.length));
      const { rows, columns } = staleExtent(formatted, old.values, placed.width, placed.lastRow, rowsRead(placed.lastRow)(out.ownNames));
      const stale = s.getRangeByIndexes(0, 0, rows, columns);
      if (caps.names) s.names.add(REFRESHING, s.getRange('A1'), 'CTCT đang làm mới trang này.');
      // Excel merges no cells inside a table ("Format as Table" on the summary): its cells stay, as cells.
      for (const t of out.ownTables) s.tables.getItem(t).convertToRange();
      progress.cleared = true;
      stale.unmerge();
      stale.clear('All');
      stale.format.useStandardHeight = true;
      for (const chart of charts.items) if (isOwnChart(chart, recorded !== undefined, layout.chart.title)) chart.delete();
      const area = `A1:${columnLetter(placed.width)}${placed.lastRow}`;
      s.getRange(area).copyFrom(scratch.getRange(area), 'All');
      // Merges are the sheet's: made again here, whether or not the copy brought them.
      s.getRange(area).unmerge();
      // A summary the standalone page wrote (recognised by its title) is CTCT's from now on.
      if (!out.marked) markOwned(s, 'summary', caps);
      fillSheet(s, caps, layout, placed, values, links, out.ownNames.filter((n) => n.startsWith(STAMP_PREFIX)));
      if (caps.names) s.names.getItem(REFRESHING).delete();
    },
  );
  return { sheet, kept: edited.length ? { cells: edited.length, batch } : null };
}

/**
 * Rows of the old summary a refresh reads (to journal a user's edits) and may clear: well past any
 * summary of this programme, never a million because of a value typed at the sheet's bottom or a
 * whole column filled; and every row CTCT wrote there last (its record says how many), so a long
 * old summary is compared with its record and cleared whole. What lies below stays as it is.
 */
function rowsRead(lastRow: number): (ownNames: string[]) => number {
  return (ownNames) => Math.max(10_000, 4 * lastRow, writtenRows(ownNames));
}

/** A record's name: the prefix, the hash of the cells, then the rows CTCT wrote (an older CTCT's record has none). */
const RECORD = new RegExp(`^(${STAMP_PREFIX}[0-9a-z]+)(?:_(\\d+))?$`, 'i');

/** The record without the rows written: what `stampOf` gives for the same cells. */
function stampHash(record: string): string {
  return RECORD.exec(record)?.[1] ?? record;
}

/** The rows CTCT wrote on the summary last, by its record (0 when it does not say). */
function writtenRows(ownNames: string[]): number {
  for (const n of ownNames) {
    const rows = RECORD.exec(n)?.[2];
    if (rows) return Number(rows);
  }
  return 0;
}

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * The old summary's area a refresh clears: its values, the new summary, and the cells formatted
 * past them (a longer summary's rows whose text was deleted), but not a formatting that runs to the
 * sheet's last row or column (a user's whole columns or rows): Excel would work on a million rows.
 */
function staleExtent(
  formatted: { rowIndex: number; rowCount: number; columnIndex: number; columnCount: number },
  values: readonly (readonly unknown[])[],
  width: number,
  lastRow: number,
  maxRows: number,
): { rows: number; columns: number } {
  const bottom = formatted.rowIndex + formatted.rowCount;
  const right = formatted.columnIndex + formatted.columnCount;
  return {
    rows: Math.max(values.length, lastRow, bottom < SHEET_ROWS ? Math.min(bottom, maxRows) : 0),
    columns: Math.max(width, right < SHEET_COLUMNS ? right : 0, ...values.map((r) => r.length)),
  };
}

/**
 * CTCT's chart, which a refresh replaces: by its name; an older CTCT's has none (nor a record on its
 * sheet), so by its title there. Any other chart is the user's and stays.
 */
function isOwnChart(chart: { name: string; title: { text: string } }, recorded: boolean, title: string): boolean {
  return chart.name === CHART_NAME || (!recorded && chart.title.text === title);
}

/** What a refresh costs in the sheet's own settings (merges, row heights, widths, chart, record). */
function sheetBytes(placed: ReturnType<typeof placeLayout>, layout: ReturnType<typeof summaryLayout>): number {
  const tall = placed.rows.filter((p) => p.kind === 'title' || p.height).length;
  return ACTION_BYTES * (placed.merges.length + tall + layout.columnWidths.length + 12);
}

/** The HYPERLINK formula of each linked cell ("C7" → formula). */
function linkFormulas(placed: ReturnType<typeof placeLayout>): Map<string, string> {
  const links = new Map<string, string>();
  for (const p of placed.rows) {
    if (!p.link) continue;
    const text = p.values[p.link.column - 1];
    const target = p.link.target;
    const address = cellAddress(target.sheet, target.row, target.column);
    links.set(`${columnLetter(p.link.column)}${p.row}`, hyperlinkFormula(address, typeof text === 'string' ? text : `${target.sheet}!${target.column}${target.row}`));
  }
  return links;
}

/** The old summary's cells from A1 (values and formulas), wherever its used range began. */
function oldGrid(out: OutputSheet): { values: PlainValue[][]; formulas: (string | null)[][] } {
  const at = out.valuesAt ?? { rowIndex: 0, columnIndex: 0 };
  const pad = <T,>(rows: T[][] | null, blank: T): T[][] => [
    ...Array.from({ length: at.rowIndex }, () => [] as T[]),
    ...(rows ?? []).map((r) => [...new Array<T>(at.columnIndex).fill(blank), ...r]),
  ];
  return { values: pad(out.values as PlainValue[][] | null, null), formulas: pad(out.formulas, null) };
}

/** A cell as compared: as CTCT's records compare it, with a formula of the user's (not CTCT's link). */
function cellKey(value: PlainValue | undefined, formula: string | null | undefined): string {
  const v = recordKey(value);
  return formula && !/^=HYPERLINK\(/i.test(formula) ? `${v}\u0001${formula}` : v;
}

/** The record's name for a summary's cells. */
function stampOf(values: readonly (readonly PlainValue[])[], formulas: readonly (readonly (string | null)[])[]): string {
  const keys = values.map((row, r) => row.map((v, c) => cellKey(v, formulas[r]?.[c])));
  return `${STAMP_PREFIX}${textHash(recordText(keys, '\u0002', '\u0003'))}`;
}

/** The new summary's formulas, by cell, as `stampOf` reads them (its links). */
function newFormulas(values: readonly (readonly unknown[])[], links: Map<string, string>): (string | null)[][] {
  return values.map((row, r) => row.map((_, c) => links.get(`${columnLetter(c + 1)}${r + 1}`) ?? null));
}

/** The old summary's cells the refresh changes (a value or a user's formula), each with what it held. */
function changedCells(sheet: string, old: ReturnType<typeof oldGrid>, values: ReturnType<typeof placedValues>, links: Map<string, string>): OverwrittenCell[] {
  const cells: OverwrittenCell[] = [];
  old.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = old.formulas[r]?.[c] ?? null;
      if (cellKey(value, formula) === '') return;
      const address = `${columnLetter(c + 1)}${r + 1}`;
      const now = (values[r]?.[c] ?? null) as PlainValue;
      if (cellKey(value, formula) === cellKey(now, links.get(address))) return;
      cells.push({ sheet, address, oldValue: value, oldFormula: formula, newValue: now === '' ? null : now });
    }),
  );
  return cells;
}

/** The summary's cells: values, fonts, styles and links, written within the budget (copied as they are). */
async function fillCells(
  sheet: Excel.Worksheet,
  budget: SyncBudget,
  layout: ReturnType<typeof summaryLayout>,
  placed: ReturnType<typeof placeLayout>,
  values: ReturnType<typeof placedValues>,
  links: Map<string, string>,
): Promise<void> {
  const width = placed.width;
  const inputs = values.map((row) => row.map((v) => toExcelInput(v)));
  const all = sheet.getRange(`A1:${columnLetter(width)}${placed.lastRow}`);
  await budget.reserve(ACTION_BYTES * 3);
  all.format.font.name = FONT_NAME;
  all.format.font.size = 12;
  for (const [first, last, bytes] of rowBlocks(inputs.length, (i) => jsonBytes(inputs[i]), budget.limit - ACTION_BYTES)) {
    await budget.reserve(bytes + ACTION_BYTES);
    sheet.getRange(`A${first + 1}:${columnLetter(width)}${last + 1}`).values = inputs.slice(first, last + 1);
  }

  const runs = runsOf(placed.rows, width);
  for (const run of runs) {
    await budget.reserve(ACTION_BYTES * 12);
    styleRun(sheet, run);
  }
  // Long text wraps in the columns the layout says, one call per table's column (numbers do not wrap).
  for (const run of runs) {
    if (run.kind !== 'data' && run.kind !== 'total') continue;
    for (const c of layout.wrapColumns) {
      if (c >= run.columns) continue;
      await budget.reserve(ACTION_BYTES);
      sheet.getRange(`${columnLetter(c + 1)}${run.top}:${columnLetter(c + 1)}${run.bottom}`).format.wrapText = true;
    }
  }
  for (const [address, formula] of links) {
    await budget.reserve(ACTION_BYTES * 3 + jsonBytes(formula));
    const cell = sheet.getRange(address);
    cell.formulas = [[formula]];
    cell.format.font.color = hexColor(COLORS.link);
    cell.format.font.underline = 'Single';
  }
}

/**
 * What belongs to the sheet rather than its cells (a copy does not bring it): merges, row heights,
 * column widths, gridlines, the chart, and the record of what was written (`oldStamps` replaced).
 * Queued without syncing: the caller reserved `sheetBytes`.
 */
function fillSheet(
  sheet: Excel.Worksheet,
  caps: AdapterCapabilities,
  layout: ReturnType<typeof summaryLayout>,
  placed: ReturnType<typeof placeLayout>,
  values: ReturnType<typeof placedValues>,
  links: Map<string, string>,
  oldStamps: string[],
): void {
  const width = placed.width;
  if (caps.gridlines) sheet.showGridlines = false;
  setColumnWidths(sheet, layout.columnWidths);
  for (const m of placed.merges) {
    if (m.right > m.left || m.bottom > m.top) sheet.getRange(`${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`).merge(false);
  }
  // Excel does not fit a merged row to its wrapped text: the layout says how tall it is.
  for (const p of placed.rows) {
    const height = p.kind === 'title' ? TITLE_HEIGHT : p.height;
    if (height) sheet.getRange(`A${p.row}`).format.rowHeight = height;
  }
  if (placed.chartRange) {
    const r = placed.chartRange;
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange(r.address), 'Columns');
    chart.name = CHART_NAME;
    chart.title.text = layout.chart.title;
    chart.legend.position = 'Bottom';
    // Below the tables, as wide as they are: it prints on the last page.
    const top = placed.lastRow + 2;
    chart.setPosition(`A${top}`, `${columnLetter(Math.max(width, 8))}${top + 20}`);
  }
  if (caps.names) {
    for (const n of oldStamps) sheet.names.getItem(n).delete();
    sheet.names.add(`${stampOf(values as PlainValue[][], newFormulas(values, links))}_${placed.lastRow}`, sheet.getRange('A1'), 'Bản ghi của CTCT: những gì CTCT ghi ở trang này lần trước.');
  }
}
