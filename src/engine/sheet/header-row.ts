/**
 * Tables CTCT writes and reads back (the tracker, the directory) find their header row by column
 * names, in any order, accents and case aside, with a few aliases users type.
 */
import type { CellValue } from '../grid';
import { foldText } from '../text';

export class HeaderVocabulary<K extends string> {
  private readonly byHeader = new Map<string, K>();

  constructor(columns: readonly K[], aliases: Record<K, readonly string[]>) {
    for (const col of columns) {
      this.byHeader.set(foldText(col), col);
      for (const a of aliases[col]) if (!this.byHeader.has(a)) this.byHeader.set(a, col);
    }
  }

  /** Each recognised column's 0-based index in the row (the first one when named twice). */
  columnsOf(row: readonly CellValue[] | undefined): Map<K, number> {
    const map = new Map<K, number>();
    row?.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const col = this.byHeader.get(foldText(v));
      if (col && !map.has(col)) map.set(col, c);
    });
    return map;
  }
}
