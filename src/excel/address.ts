/** A1 addresses as Office.js writes them ("'Phụ lục II'!A5:G5", "Sheet1!C3", "A1:B2,D4"). */
import { columnNumber, type MergeArea } from '../engine/grid';

/** 1-based, inclusive; the same shape as the grid's MergeArea. */
export type Rect = MergeArea;

export interface SheetRect extends Rect {
  sheet: string | null;
}

/** Splits "Sheet!A1:B2" into sheet and the bare range part; handles quoted names with ''. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const a = address.trim();
  if (a.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < a.length) {
      if (a[i] === "'" && a[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (a[i] === "'") {
        break;
      } else {
        name += a[i++];
      }
    }
    return { sheet: name, range: a.slice(i + 2) };
  }
  const bang = a.lastIndexOf('!');
  return bang < 0 ? { sheet: null, range: a } : { sheet: a.slice(0, bang), range: a.slice(bang + 1) };
}

/**
 * "A1", "A1:C3", "A:C" (whole columns) or "2:4" (whole rows) → a rectangle. Whole rows/columns
 * take their other extent from `bounds` (the used range).
 */
export function parseRange(range: string, bounds?: Rect): Rect | null {
  const parts = range.replace(/\$/g, '').toUpperCase().split(':');
  const ends = parts.map((p) => /^([A-Z]*)(\d*)$/.exec(p.trim()));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [m1, m2 = m1] = ends as RegExpExecArray[];
  const maxRow = bounds ? bounds.bottom : 1_048_576;
  const maxCol = bounds ? bounds.right : 16_384;
  const top = m1[2] ? Number(m1[2]) : bounds ? bounds.top : 1;
  const bottom = m2[2] ? Number(m2[2]) : maxRow;
  const left = m1[1] ? columnNumber(m1[1]) : bounds ? bounds.left : 1;
  const right = m2[1] ? columnNumber(m2[1]) : maxCol;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

export function parseAddress(address: string, bounds?: Rect): SheetRect | null {
  const { sheet, range } = splitSheet(address);
  const rect = parseRange(range, bounds);
  return rect ? { sheet, ...rect } : null;
}

/** "Sheet1!A1:B2, 'a, b'!C3" → areas; commas inside quoted sheet names are kept. */
export function parseAddressList(list: string, bounds?: Rect): SheetRect[] {
  const out: SheetRect[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") {
      if (quoted && list[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      push();
      current = '';
    } else {
      current += ch;
    }
  }
  push();
  return out;

  function push() {
    if (!current.trim()) return;
    const r = parseAddress(current, bounds);
    if (r) out.push(r);
  }
}
