/**
 * Row anchors: another cell of a cell's row whose text no other row of its column has (the task's
 * own words, most often). What both hosts keep beside a cell they changed or marked, to tell later
 * whether its row is still where it was (rows inserted, deleted or sorted since) and where it went.
 */
import { columnLetter, columnNumber, type CellValue } from './grid';

export interface RowAnchor {
  /** The anchor cell ("B12"). */
  address: string;
  text: string;
}

type Cells = readonly (readonly CellValue[] | undefined)[];

/** Anchors of one sheet's cells, its columns' texts counted once. */
export class RowAnchors {
  private readonly counts = new Map<number, Map<string, number>>();

  constructor(private readonly cells: Cells) {}

  /**
   * The anchor of the cell at `row` (1-based) and `column` (a letter): the longest text of the row
   * found once in its column, among cells `avoid` does not name (cells changing at the same time,
   * as "C12") if there are any. The cell itself only with `orSelf`, when no other cell will do (a
   * mark leaves the value alone; a fix changes it).
   */
  of(row: number, column: string, avoid: ReadonlySet<string> = new Set(), orSelf = false): RowAnchor | null {
    const line = this.cells[row - 1] ?? [];
    const self = columnNumber(column) - 1;
    let best: { col: number; text: string; rank: number } | null = null;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if ((c === self && !orSelf) || typeof v !== 'string' || v.trim().length < 4 || this.countOf(c).get(v) !== 1) continue;
      // Another cell the batch leaves alone, then one it changes, then the cell itself.
      const rank = c === self ? 0 : avoid.has(`${columnLetter(c + 1)}${row}`) ? 1 : 2;
      if (!best || rank > best.rank || (rank === best.rank && v.length > best.text.length)) best = { col: c, text: v, rank };
    }
    return best ? { address: `${columnLetter(best.col + 1)}${row}`, text: best.text } : null;
  }

  private countOf(col: number): Map<string, number> {
    let m = this.counts.get(col);
    if (!m) {
      m = new Map();
      for (const line of this.cells) {
        const v = line?.[col];
        if (typeof v === 'string') m.set(v, (m.get(v) ?? 0) + 1);
      }
      this.counts.set(col, m);
    }
    return m;
  }
}

/** An anchor's text as a cell may give it back: spaces and Unicode forms do not count. */
export function anchorText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Where an anchored cell is now: its address on the row where the anchor's text is, when exactly
 * one row of the anchor's column holds it (`columnTexts`, top to bottom from `firstRow`); null when
 * none or several do.
 */
export function movedAddress(address: string, anchor: RowAnchor, columnTexts: readonly string[], firstRow = 1): string | null {
  const want = anchorText(anchor.text);
  let found = -1;
  for (let i = 0; i < columnTexts.length; i++) {
    if (anchorText(columnTexts[i] ?? '') !== want) continue;
    if (found >= 0) return null;
    found = i;
  }
  if (found < 0) return null;
  const shift = firstRow + found - anchorRow(anchor);
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, '').toUpperCase()) ?? [];
  return col ? `${col}${Number(row) + shift}` : null;
}

export function anchorRow(anchor: RowAnchor): number {
  return Number(/\d+$/.exec(anchor.address)?.[0] ?? 0);
}

export function anchorColumn(anchor: RowAnchor): string {
  return /^[A-Z]+/.exec(anchor.address)?.[0] ?? 'A';
}

/** An anchor in one cell of the hosts' records: "B12", a tab, the text. */
export function encodeAnchor(anchor: RowAnchor | undefined): string {
  return anchor ? `${anchor.address}\t${anchor.text}` : '';
}

export function decodeAnchor(text: string): RowAnchor | undefined {
  const m = /^([A-Z]+\d+)\t(.*)$/s.exec(text);
  return m ? { address: m[1], text: m[2] } : undefined;
}
