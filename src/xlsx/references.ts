/**
 * A formula that only points at another cell ("=B7", "=DS!A1", "='Quý III'!$B$7") in a file saved
 * with no results (written by a tool, not by Excel): the cell shows the cell it points at, so it is
 * given that cell's value rather than read as empty (a task text, a unit pulled from a list).
 */
import { columnNumber, sheetNameKey, type CellValue, type WorkbookGrid } from '../engine/grid';

/** "=B7", "=$B$7", "=DS!A1", "='Quý III'!B7". Groups: quoted sheet, bare sheet, column, row. */
const REFERENCE = /^=(?:'((?:[^']|'')+)'!|([^'!()\s,;"]+)!)?\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

/** How many references in a row are followed ("=C5" where C5 holds "=DS!A1"): no loop runs for ever. */
const MAX_HOPS = 8;

export function resolveReferences(grid: WorkbookGrid): void {
  // Excel finds a sheet by its name in any case ("=ds!B2" points at "DS").
  const byName = new Map(grid.sheets.map((s) => [sheetNameKey(s.name), s]));
  for (const sheet of grid.sheets) {
    const formulas = sheet.formulas;
    if (!formulas) continue;
    for (let r = 0; r < formulas.length; r++) {
      const row = formulas[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const f = row[c];
        if (!f || (sheet.cells[r]?.[c] ?? null) !== null) continue;
        const found = referenced(byName, sheet.name, f);
        if (!found) continue;
        while (sheet.cells.length <= r) sheet.cells.push([]);
        const line = sheet.cells[r];
        while (line.length < c) line.push(null);
        line[c] = found.value;
        // Text typed in .VnTime shows as such through the reference: its font tells TCVN3 apart.
        if (found.font && !sheet.fonts?.[r]?.[c]) ((sheet.fonts ??= [])[r] ??= [])[c] = found.font;
      }
    }
  }
}

/** The value a reference chain ends at, with that cell's font; null when it leaves plain references or ends at an empty cell. */
function referenced(byName: Map<string, WorkbookGrid['sheets'][number]>, sheetName: string, formula: string): { value: CellValue; font: string | null } | null {
  let [name, f] = [sheetName, formula];
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const m = REFERENCE.exec(f);
    if (!m) return null;
    name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? name);
    const target = byName.get(sheetNameKey(name));
    if (!target) return null;
    const [r, c] = [Number(m[4]) - 1, columnNumber(m[3]) - 1];
    const value = target.cells[r]?.[c] ?? null;
    if (value !== null) return { value, font: target.fonts?.[r]?.[c] ?? null };
    const next = target.formulas?.[r]?.[c];
    if (!next) return null;
    f = next;
  }
  return null;
}
