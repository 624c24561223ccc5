/**
 * Pure helpers shared by both containers: findings joined to their tasks and units, fix and
 * normalisation changes computed from the grid, error messages for the user.
 */
import { cellAddress, columnNumber, isDateCell, isErrorCell, type CellValue, type WorkbookGrid } from '../engine/grid';
import type { FileReport, Finding, Severity, Task } from '../engine/report';
import { withNextStep, type InputErrorCode } from '../engine/errors';
import type { CellChange } from '../excel/host';
import { RowAnchors, type RowAnchor } from '../engine/row-anchor';
import { formatDate, type Dict, type ExcelErrorParams, type ExcelErrorWords } from './i18n';
import { combineCellFixes } from './cell-fixes';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingItem {
  /** Unique within the list shown: file index, sheet, cell, code. */
  id: string;
  finding: Finding;
  file: string;
  fileIndex: number;
  /** `'Phụ lục II'!F57`. */
  address: string;
  /** The task whose rows hold the finding's cell, if any. */
  task: Task | null;
  /** The task's lead units (empty when none or no task). */
  units: string[];
}

/**
 * The task of a sheet whose rows span `row`. With tables side by side two tasks span it: the one
 * whose number column is the nearest left of `column` (or is it).
 */
export function taskAt(tasks: Task[], sheet: string, row: number, column?: string): Task | null {
  const at = column ? columnNumber(column) : 0;
  /** How near left of the column the task's number is; 0 when it says nothing (right of it, or unknown). */
  const nearness = (t: Task) => (t.column && columnNumber(t.column) <= at ? columnNumber(t.column) : 0);
  let found: Task | null = null;
  for (const task of tasks) {
    if (task.sheet !== sheet || row < task.row || row > task.endRow) continue;
    if (!found || nearness(task) > nearness(found)) found = task;
  }
  return found;
}

export function findingItems(files: { report: FileReport; index: number }[]): FindingItem[] {
  const items: FindingItem[] = [];
  for (const { report, index } of files) {
    const seen = new Map<string, number>();
    for (const finding of report.findings) {
      const task = taskAt(report.tasks, finding.sheet, finding.row, finding.column);
      let id = `${index}|${finding.sheet}|${finding.column}${finding.row}|${finding.code}`;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      if (n > 0) id += `|${n}`;
      items.push({
        id,
        finding,
        file: report.file,
        fileIndex: index,
        address: cellAddress(finding.sheet, finding.row, finding.column),
        task,
        units: task ? task.leadUnits : [],
      });
    }
  }
  return items;
}

/** The value of a cell of the grid (1-based row, column letters); null when outside it. */
export function cellValueAt(grid: WorkbookGrid, sheet: string, row: number, column: string): CellValue {
  const s = grid.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  const r = s.cells[row - 1];
  if (!r) return null;
  const v = r[columnNumber(column) - 1];
  return v === undefined ? null : v;
}

/** A cell value as text, the way the preview shows it. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return v.iso;
  if (isErrorCell(v)) return v.code;
  return String(v);
}

/**
 * The changes the findings' fixes make, one per cell, with the current cell values (the preview's
 * "from"). A cell several findings fix gets all their fixes at once (combineCellFixes), so fixing
 * every finding of a kind leaves none of them behind; the number of changes is the number of cells.
 */
export function fixChanges(items: FindingItem[], grid: WorkbookGrid): CellChange[] {
  const byCell = new Map<string, Finding[]>();
  for (const { finding } of items) {
    if (!finding.fix) continue;
    const key = `${finding.sheet}!${finding.column}${finding.row}`;
    const list = byCell.get(key);
    if (list) list.push(finding);
    else byCell.set(key, [finding]);
  }
  const changes: CellChange[] = [];
  const anchors = sheetAnchors(grid);
  // Cells this batch rewrites are poor anchors: what they show changes with the batch.
  const fixed = [...byCell.keys()];
  for (const findings of byCell.values()) {
    const { sheet, row, column } = findings[0];
    const from = cellText(cellValueAt(grid, sheet, row, column));
    const { value: to, applied } = combineCellFixes(from, findings.map((f) => f.fix!.value));
    if (to === from) continue;
    const inSheet = new Set(fixed.filter((k) => k.startsWith(`${sheet}!`)).map((k) => k.slice(sheet.length + 1)));
    const anchor = anchors(sheet)?.of(row, column, inSheet);
    const font = applied.map((i) => findings[i].fix!.font).find(Boolean);
    const reason = findings[applied[0]].code;
    changes.push({ sheet, address: `${column}${row}`, from, to, reason, ...(anchor ? { anchor } : {}), ...(font ? { font } : {}) });
  }
  return changes;
}

/** Each sheet's RowAnchors, made when first asked for. */
export function sheetAnchors(grid: WorkbookGrid): (sheet: string) => RowAnchors | undefined {
  const made = new Map<string, RowAnchors>();
  return (sheet) => {
    let a = made.get(sheet);
    if (!a) {
      // The workbook's own tracker too (read apart): a status typed there is marked.
      const cells = (grid.sheets.find((x) => x.name === sheet) ?? (grid.tracker?.name === sheet ? grid.tracker : undefined))?.cells;
      if (!cells) return undefined;
      made.set(sheet, (a = new RowAnchors(cells)));
    }
    return a;
  };
}

/** The anchors of the cells findings mark ("Sheet!C12" → anchor), for the marks record. */
export function markAnchors(findings: readonly Finding[], grid: WorkbookGrid): Record<string, RowAnchor> {
  const anchors = sheetAnchors(grid);
  const out: Record<string, RowAnchor> = {};
  for (const f of findings) {
    const key = `${f.sheet}!${f.column}${f.row}`;
    if (key in out) continue;
    const anchor = anchors(f.sheet)?.of(f.row, f.column, undefined, true);
    if (anchor) out[key] = anchor;
  }
  return out;
}

/**
 * "Normalise spaces and Unicode": the engine flags such cells (in task tables) with a whole-cell fix,
 * so normalising is applying the fixes of these codes; the pane does not normalise text itself.
 */
export const NORMALISE_CODES = ['irregular-whitespace', 'decomposed-unicode'];

/**
 * A user input error (CtctInputError) is shown as it is; an Excel error (ExcelHostError) in the
 * pane's language, from its code and params (in Vietnamese, the adapter's own sentence); anything
 * else as one generic sentence.
 */
export function errorMessage(error: unknown, t: Dict): string {
  if (!isInputError(error) || !error.message) return t.genericError;
  if (error.name === 'ExcelHostError' && t.excelErrors) return excelErrorText(error, t.excelErrors);
  // The engine's sentences name rows and cells in Vietnamese: in English, a lead says what they are about.
  const lead = error.name === 'CtctInputError' ? t.inputErrorLeads?.[inputErrorCode(error) as InputErrorCode] : undefined;
  // A file to mend in Excel: the page's next step is to pick it again.
  const message = withNextStep(error, 'rồi chọn lại tệp');
  return lead ? `${lead} ${message}` : message;
}

function excelErrorText(error: Error, words: ExcelErrorWords): string {
  const { code, params } = error as Error & { code?: unknown; params?: ExcelErrorParams };
  const say = (typeof code === 'string' && words.byCode[code]) || words.other;
  return say(params ?? {});
}

const USER_FACING = new Set(['CtctInputError', 'ExcelHostError']);

/** True for the engine's and the adapters' user-facing errors (by name: instanceof fails across bundles). */
export function isInputError(error: unknown): error is Error {
  return error instanceof Error && USER_FACING.has(error.name);
}

/** The engine's code for a file that could not be read ("not-xlsx", "no-task-table"…), else "unreadable". */
export function inputErrorCode(error: unknown): string {
  const code = isInputError(error) ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code ? code : 'unreadable';
}

/**
 * A time the journal keeps (ISO, UTC) as the user's clock shows it: "dd/mm/yyyy HH:MM" in
 * Vietnamese, "yyyy-mm-dd HH:MM" in English.
 */
export function localTime(iso: string, offsetMinutes?: number, lang: 'vi' | 'en' = 'vi'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.replace('T', ' ').slice(0, 16);
  // The clock's offset from UTC at that moment (east positive), unless given.
  const local = new Date(d.getTime() + (offsetMinutes ?? -d.getTimezoneOffset()) * 60_000).toISOString();
  return `${formatDate(local.slice(0, 10), lang)} ${local.slice(11, 16)}`;
}

/** Today in local time, yyyy-mm-dd (overdue is judged against it): the engine's, as the CLI's. */
export { todayIso } from '../engine/dates';

/** Sorts count entries: numeric keys in order, others by count (descending) then name. */
export function sortedCounts(counts: Record<string, number>, numeric: boolean): [string, number][] {
  const entries = Object.entries(counts);
  if (numeric) {
    return entries.sort(([a], [b]) => {
      const na = Number(a);
      const nb = Number(b);
      const fa = Number.isFinite(na) && a !== '';
      const fb = Number.isFinite(nb) && b !== '';
      if (fa && fb) return na - nb;
      if (fa) return -1;
      if (fb) return 1;
      return a.localeCompare(b, 'vi');
    });
  }
  return entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi'));
}
