/**
 * Cell values between Office.js and the engine's grid: what Excel returns (values + valueTypes +
 * numberFormat) → `CellValue`, and plain values → what to assign so Excel stores them unchanged.
 */
import type { CellValue } from '../engine/grid';
import { percentShown } from '../engine/grid';
import { excelSerialToIso } from '../engine/dates';

/** A plain value as the journal keeps it. */
export type PlainValue = string | number | boolean | null;

/**
 * True when a number format shows a date: it has a day or year token, or a month token without
 * hours/seconds (in "h:mm" the m is minutes). Quoted text, escapes and [..] sections are ignored.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  // Only the first section (positive numbers) decides.
  const first = format.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/[dy]/i.test(bare)) return true;
  if (/m/i.test(bare)) return !/[hs]/i.test(bare);
  return false;
}

/** One cell as Office.js returns it → the engine's CellValue. */
export function toCellValue(value: unknown, type: string | undefined, format: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'Double':
    case 'Integer':
      if (typeof value === 'number' && isDateFormat(format)) {
        const iso = excelSerialToIso(value);
        if (iso) return { kind: 'date', iso };
      }
      return percentShown(typeof value === 'number' ? value : Number(value), format);
    case 'Boolean':
      return typeof value === 'boolean' ? value : String(value).toUpperCase() === 'TRUE';
    default:
      if (value === '' || value === undefined || value === null) return null;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      return String(value);
  }
}

/** Excel's Text number format: what is typed in such a cell is kept as typed, an apostrophe too. */
export const TEXT_FORMAT = '@';

/**
 * What to assign to `range.values` so Excel keeps `value` exactly: Excel parses strings as if typed,
 * so "0123", "10.000", "1/2", "TRUE", "=x" or "- abc" would become numbers, dates, booleans or
 * formulas. Those get the apostrophe prefix, which Excel strips and stores as text; not in a cell
 * formatted as Text (`numberFormat` '@'), which parses nothing and would keep the apostrophe.
 */
export function toExcelInput(value: PlainValue, numberFormat?: unknown): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return needsTextPrefix(value) && numberFormat !== TEXT_FORMAT ? `'${value}` : value;
}

/**
 * What to write back for a cell read as `formula`, `value` and `numberFormat`: its formula, or its
 * constant as toExcelInput gives it (`formulas` returns text constants without their apostrophe:
 * written back as formulas, "- Đã gửi" would become #NAME? and "0123" the number 123).
 */
export function rewriteInput(formula: unknown, value: unknown, numberFormat: unknown): unknown {
  if (isFormula(formula, value)) return formula;
  return typeof value === 'string' ? toExcelInput(value, numberFormat) : (value ?? '');
}

export function needsTextPrefix(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return true;
  if (/\d/.test(t) && /^[\d\s.,:/%$€₫()+\-eE]+$/.test(t)) return true;
  // Dates typed with month names ("1-Jan", "Jan 5") in an English locale.
  if (/^\d{1,2}[-\s/][a-z]{3,9}\b/i.test(t) || /^[a-z]{3,9}[-\s/]\d{1,4}$/i.test(t)) return true;
  return false;
}

/** A loaded cell value as the preview shows it (numbers as their JS string, empty as ""). */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** True when the cell holds a formula (not a constant that merely starts with "="). */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

/** JSON text for journal cells: keeps the type (a number stays a number, "0123" stays a string). */
export function encodePlain(value: PlainValue): string {
  return JSON.stringify(value);
}

export function decodePlain(text: unknown): PlainValue {
  // Excel may have turned the JSON text "12.5" or "true" into a number or boolean: same value.
  if (typeof text === 'number' || typeof text === 'boolean') return text;
  if (typeof text !== 'string' || text === '') return null;
  try {
    const v: unknown = JSON.parse(text);
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  } catch {
    // A hand-edited journal cell: take the text as it is.
  }
  return text;
}

/** Office.js "" for an empty cell → null, otherwise the value as loaded. */
export function plainFromExcel(value: unknown): PlainValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
