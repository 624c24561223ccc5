/**
 * Tables side by side: some sheets put Quý I in columns A–G and Quý II in I–O, their header rows
 * level or not, or a table of targets beside the tasks. Each band of columns is then read as a sheet
 * of its own, in the sheet's own coordinates (cells outside the band blanked), and the bands' parses
 * are joined into the sheet's parse.
 */
import type { SheetGrid } from '../grid';
import { SheetView } from '../sheet/view';
import { type ColumnKind, type ColumnMap, classifyColumns, recogniseHeader } from './headers';
import type { SheetParse } from './model';
import { headerColumns, readSheet } from './read-sheet';

/** Reads a sheet, band by band when its header rows hold tables side by side. */
export function readSheetInBands(view: SheetView, grid: SheetGrid): SheetParse {
  const whole = readSheet(view);
  const starts = new Set<number>();
  for (const t of whole.tables) for (const s of sideBySideStarts(view, t.headerRows)) starts.add(s);
  if (!starts.size) for (const s of separatedStarts(grid)) starts.add(s);
  if (!starts.size) return whole;
  const edges = [1, ...[...starts].sort((a, b) => a - b), view.colCount + 1];
  const parses: SheetParse[] = [];
  for (let i = 0; i + 1 < edges.length; i++) parses.push(readSheet(new SheetView(bandGrid(grid, edges[i], edges[i + 1] - 1))));
  return joinParses(parses);
}

/**
 * Where further tables start in a header row: at each column that repeats the row's first header
 * kind ("STT … STT …"), when the columns on each side make a table of their own.
 */
function sideBySideStarts(view: SheetView, headerRows: number[]): number[] {
  const kinds: (ColumnKind | null)[] = [];
  for (let c = 1; c <= view.colCount; c++) kinds[c] = recogniseHeader(view.text(headerRows[0], c));
  const first = kinds.find((k) => k);
  if (!first) return [];
  const starts = [1];
  for (let c = 2; c <= view.colCount; c++) if (kinds[c] === first) starts.push(c);
  if (starts.length < 2) return [];
  const groups = starts.map((lo, i) => columnsIn(view, headerRows, lo, (starts[i + 1] ?? view.colCount + 1) - 1));
  return groups.every((g) => classifyColumns(g) !== null) ? starts.slice(1) : [];
}

/**
 * Where further tables start when empty columns part the sheet into blocks that each hold a table
 * of their own: tables side by side whose header rows are not level (the right one's one row
 * lower), which the header rows alone do not show. A block with no table goes with the one before.
 */
function separatedStarts(grid: SheetGrid): number[] {
  const blocks = columnBlocks(grid);
  if (blocks.length < 2) return [];
  const tabled = blocks.filter(([lo, hi]) => readSheet(new SheetView(bandGrid(grid, lo, hi))).tables.length > 0);
  return tabled.length < 2 ? [] : tabled.slice(1).map(([lo]) => lo);
}

/** Runs of columns holding some value, [first, last] (1-based), parted by wholly empty columns. */
function columnBlocks(grid: SheetGrid): [number, number][] {
  const used: boolean[] = [];
  // Columns 1..known are all used already: a row no wider than that has nothing new to say (once
  // the header is read, nearly every row), and a wider one is read from there on.
  let known = 0;
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    if (!row || row.length <= known) continue;
    for (let c = known; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== '') used[c + 1] = true;
    }
    while (used[known + 1]) known++;
  }
  const blocks: [number, number][] = [];
  for (let c = 1; c < used.length; c++) {
    if (!used[c]) continue;
    const last = blocks[blocks.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else blocks.push([c, c]);
  }
  return blocks;
}

/** The header kinds named in columns lo..hi of the header rows (a sub-header row included). */
function columnsIn(view: SheetView, rows: number[], lo: number, hi: number): ColumnMap {
  // The first row's columns win; a sub-header row adds the kinds the first row lacks.
  return rows.reduceRight<ColumnMap>((map, r) => ({ ...map, ...headerColumns(view, r, lo, hi) }), {});
}

/** The sheet with every cell outside columns lo..hi blank; merges that start in the band, cut to it. */
function bandGrid(grid: SheetGrid, lo: number, hi: number): SheetGrid {
  const cells = grid.cells.map((row) => (row ? row.slice(0, hi).map((v, i) => (i + 1 < lo ? null : v)) : row));
  const merges = (grid.merges ?? []).filter((m) => m.left >= lo && m.left <= hi).map((m) => ({ ...m, right: Math.min(m.right, hi) }));
  return { ...grid, cells, merges };
}

/**
 * One parse from the bands' parses, band by band. Numbering scopes and heading blocks stay apart:
 * each band's numbers are offset past the previous band's.
 */
function joinParses(parses: SheetParse[]): SheetParse {
  const out: SheetParse = { ...parses[0], tables: [], tasks: [], sections: [], proposals: [], titleLines: [], headingYears: [], unread: [], kpiUnits: [] };
  let offset = 0;
  for (const p of parses) {
    let top = offset;
    for (const t of p.tasks) {
      t.scope += offset;
      t.block += offset;
      top = Math.max(top, t.scope, t.block);
    }
    offset = top + 1;
    out.tables.push(...p.tables);
    out.tasks.push(...p.tasks);
    out.sections.push(...p.sections);
    out.proposals.push(...p.proposals);
    out.titleLines.push(...p.titleLines);
    out.headingYears.push(...p.headingYears);
    out.unread.push(...p.unread);
    out.kpiUnits.push(...p.kpiUnits);
  }
  return out;
}
