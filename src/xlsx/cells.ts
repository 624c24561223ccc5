/**
 * exceljs cells → the engine's `CellValue`s.
 */
import type * as ExcelJS from 'exceljs';
import type { CellValue, MergeArea, SheetGrid } from '../engine/grid';
import { percentShown } from '../engine/grid';

// exceljs ValueType numbers (Enums.ValueType), so we can switch without importing its enums.
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
export const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

/** A JS Date from exceljs (UTC-based) → `yyyy-mm-dd`, rounding away float noise (…T23:59:59.999Z). */
export function dateToIso(d: Date): string | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  return new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 10);
}

/** Plain text of a string, rich text ({ richText: [{ text }] }) or hyperlink text. */
export function plainText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; text?: unknown };
    if (Array.isArray(o.richText)) {
      let s = '';
      for (const run of o.richText) s += typeof run?.text === 'string' ? run.text : '';
      return s;
    }
    if (o.text !== undefined) return plainText(o.text);
  }
  return '';
}

/** A formula's cached result → CellValue (no result → null; `{ error }` → ErrorCell). */
function resultValue(result: unknown): CellValue {
  if (result === null || result === undefined) return null;
  if (typeof result === 'number' || typeof result === 'boolean') return result;
  if (typeof result === 'string') return result;
  if (result instanceof Date) {
    const iso = dateToIso(result);
    return iso ? { kind: 'date', iso } : null;
  }
  if (typeof result === 'object') {
    const err = (result as { error?: unknown }).error;
    if (typeof err === 'string') return { kind: 'error', code: err };
    const text = plainText(result);
    return text === '' ? null : text;
  }
  return null;
}

/** One exceljs cell's value (a merged area's other cells → null, like Office.js `values`). */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const type = cell.type as unknown as number;
  switch (type) {
    case T_NULL:
    case T_MERGE:
      return null;
    case T_NUMBER:
      return percentShown(cell.value as number, cell.numFmt);
    case T_BOOLEAN:
      return cell.value as boolean;
    case T_STRING:
    case T_SHARED_STRING: {
      const v = cell.value;
      return typeof v === 'string' ? v : plainText(v);
    }
    case T_RICH_TEXT:
    case T_HYPERLINK:
      return plainText(cell.value);
    case T_DATE: {
      const v = cell.value;
      if (v instanceof Date) {
        const iso = dateToIso(v);
        return iso ? { kind: 'date', iso } : null;
      }
      return null;
    }
    case T_FORMULA: {
      const v = resultValue(cell.result);
      return typeof v === 'number' ? percentShown(v, cell.numFmt) : v;
    }
    case T_ERROR: {
      const v = cell.value as { error?: string } | null;
      return { kind: 'error', code: v?.error ?? '#VALUE!' };
    }
    default:
      return resultValue(cell.value);
  }
}

interface Dims {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged areas (1-based, inclusive). */
export function sheetMerges(ws: ExcelJS.Worksheet): MergeArea[] {
  const internal = (ws as unknown as { _merges?: Record<string, Dims> })._merges;
  const out: MergeArea[] = [];
  if (internal) {
    for (const m of Object.values(internal)) {
      if (m) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/**
 * A worksheet → SheetGrid. Walks only the cells exceljs holds (no `getCell`, which would create
 * cells), and allocates the fonts/formulas rows only where there is something to record.
 */
export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: CellValue[][] = [];
  let fonts: (string | null | undefined)[][] | undefined;
  let formulas: (string | null | undefined)[][] | undefined;
  let lastRow = 0;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let line: CellValue[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const type = cell.type as unknown as number;
      if (type === T_MERGE) return;
      const c = colNumber - 1;
      const value = cellValue(cell);
      if (value !== null) {
        if (!line) line = [];
        while (line.length < c) line.push(null);
        line[c] = value;
      }
      const fontName = cell.style?.font?.name;
      if (fontName && value !== null) {
        if (!fonts) fonts = [];
        (fonts[r] ??= [])[c] = fontName;
      }
      if (type === T_FORMULA) {
        const f = cell.formula;
        if (f) {
          if (!formulas) formulas = [];
          (formulas[r] ??= [])[c] = f.startsWith('=') ? f : `=${f}`;
        }
      }
    });
    if (line) {
      cells[r] = line;
      lastRow = rowNumber;
    }
  });
  // Dense outer array: rows without values are empty arrays (no holes for forEach to skip).
  cells.length = lastRow;
  for (let r = 0; r < lastRow; r++) if (!cells[r]) cells[r] = [];

  const grid: SheetGrid = { name: ws.name, cells };
  const merges = sheetMerges(ws);
  if (merges.length) grid.merges = merges;
  if (fonts) grid.fonts = fonts;
  if (formulas) grid.formulas = formulas;
  if (ws.state && ws.state !== 'visible') grid.hidden = true;
  const hiddenColumns = (ws.columns ?? []).flatMap((col, i) => (col?.hidden ? [col.number ?? i + 1] : []));
  if (hiddenColumns.length) grid.hiddenColumns = hiddenColumns;
  return grid;
}
