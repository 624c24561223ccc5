/**
 * The hidden bookkeeping sheets (journal, marks): plain tables of text cells with a header row.
 * Every cell is formatted as text ("@") before it is written, so Excel keeps "0123" or "true"
 * exactly as written. Lookups go through the sheet list (ExcelApi 1.1) instead of *OrNullObject.
 */
import type { AdapterCapabilities } from './capabilities';
import { ACTION_BYTES, jsonBytes, loadValues, rowBlocks, type SyncBudget } from './batch';
import type { HostEnv } from './env';
import { hideSheet, sameSheet } from './sheets';

/** One sync: the names of every sheet (hidden ones included). */
export async function listSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

export function hasSheet(names: string[], name: string): boolean {
  return names.some((n) => sameSheet(n, name));
}

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  values: unknown[];
}

/** Non-empty rows below the header (row 1), with their sheet row numbers. */
function rowsBelowHeader(values: unknown[][], rowIndex: number): TableRow[] {
  return values
    .map((row, i) => ({ row: rowIndex + i + 1, values: row }))
    .filter((r) => r.row > 1 && r.values.some((v) => v !== '' && v !== null));
}

/**
 * A table sheet's rows, read in one sync off the web and, on the web, its size first and then its
 * values in blocks that each fit one response (a sheet of thousands of marks).
 */
export async function loadTableRows(context: Excel.RequestContext, env: Pick<HostEnv, 'web' | 'limits'>, name: string): Promise<TableRow[]> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true);
  if (!env.web) {
    used.load('values,rowIndex');
    await context.sync();
    return rowsBelowHeader(used.values, used.rowIndex);
  }
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  return rowsBelowHeader(await loadValues(context, env, sheet, used), used.rowIndex);
}

/** Writes rows as text at `firstRow` (1-based), columns from A. */
export function writeTextRows(sheet: Excel.Worksheet, firstRow: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  const range = sheet.getRangeByIndexes(firstRow - 1, 0, padded.length, width);
  range.numberFormat = padded.map((r) => r.map(() => '@'));
  range.values = padded;
}

/**
 * Writes many text rows in blocks, each within the budget (one block, hence no extra sync, unless
 * the rows are over the web's request limit).
 */
export async function writeTextRowsInBlocks(sheet: Excel.Worksheet, firstRow: number, rows: string[][], budget: SyncBudget): Promise<void> {
  // Each cell is sent twice: its value and its "@" format.
  const bytesOf = (i: number) => jsonBytes(rows[i]) + rows[i].length * 4;
  for (const [first, last, bytes] of rowBlocks(rows.length, bytesOf, budget.limit - ACTION_BYTES * 2)) {
    await budget.reserve(bytes + ACTION_BYTES * 2);
    writeTextRows(sheet, firstRow + first, rows.slice(first, last + 1));
  }
}

/** Adds a hidden table sheet with its header. */
export function addInternalSheet(
  context: Excel.RequestContext,
  caps: AdapterCapabilities,
  name: string,
  header: string[],
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  writeTextRows(sheet, 1, [header]);
  sheet.getRangeByIndexes(0, 0, 1, header.length).format.font.bold = true;
  hideSheet(sheet, caps);
  return sheet;
}
