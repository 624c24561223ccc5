/**
 * Columns users added to the old "Theo dõi" (values, formulas, number formats): read from the old
 * sheet before it is replaced, written on each task's new row after the tracker's own columns.
 */
import { TRACKER_COLUMNS, slideFormula, type TrackerRow, type TrackerSheet } from '../engine/track';
import { loadGrids } from './batch';
import type { HostEnv } from './env';
import type { OutputSheet } from './output';

export interface CarriedColumns {
  headers: string[];
  /** Per old line (`TrackerRow.origin`), per added column: the cell's formula or constant. */
  formulas: unknown[][];
  numberFormats: unknown[][];
  /** 0-based sheet row of line 0, and sheet column of each added column, on the old sheet. */
  rowIndex: number;
  columnIndexes: number[];
  /** Index of each added column in the loaded grids. */
  offsets: number[];
}

/** Reads the added columns of the old tracker (one sync; row blocks on the web); null when there are none. */
export async function readCarriedColumns(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  out: OutputSheet,
  old: TrackerSheet,
): Promise<CarriedColumns | null> {
  if (!old.extraColumns.length || !out.exists || !out.values || !out.valuesAt) return null;
  const indexes = old.extraColumns.map((c) => c.index);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const sheet = context.workbook.worksheets.getItem(out.name);
  const rect = { rowIndex: out.valuesAt.rowIndex, columnIndex: out.valuesAt.columnIndex + first, rowCount: out.values.length, columnCount: last - first + 1 };
  const grids = await loadGrids(context, env, sheet, rect, ['formulas', 'numberFormat']);
  return {
    headers: old.extraColumns.map((c) => c.header),
    formulas: grids.formulas,
    numberFormats: grids.numberFormat,
    rowIndex: out.valuesAt.rowIndex,
    columnIndexes: indexes.map((i) => out.valuesAt!.columnIndex + i),
    offsets: indexes.map((i) => i - first),
  };
}

const GENERAL = 'General';

/**
 * The added columns' cells on the new sheet: the header row, then one row per tracker row (new
 * tasks get empty cells). Formulas move with their row as Excel's copy moves them.
 */
export function carriedCells(carried: CarriedColumns, rows: readonly TrackerRow[]): { formulas: unknown[][]; numberFormats: string[][] } {
  const formulas: unknown[][] = [carried.headers];
  // Headers as text: "01/02" stays a name, not a date.
  const numberFormats: string[][] = [carried.headers.map(() => '@')];
  rows.forEach((row, i) => {
    const line = row.origin;
    const f = line === undefined ? undefined : carried.formulas[line];
    const n = line === undefined ? undefined : carried.numberFormats[line];
    const newRow = i + 2;
    formulas.push(
      carried.offsets.map((o, k) => {
        const v = f?.[o];
        if (typeof v !== 'string' || !v.startsWith('=')) return v ?? '';
        const newColumn = TRACKER_COLUMNS.length + k + 1;
        return slideFormula(v, newRow - (carried.rowIndex + line! + 1), newColumn - (carried.columnIndexes[k]! + 1));
      }),
    );
    numberFormats.push(carried.offsets.map((o) => (typeof n?.[o] === 'string' ? (n[o] as string) : GENERAL)));
  });
  return { formulas, numberFormats };
}
