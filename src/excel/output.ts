/**
 * Output sheets ("Tổng hợp", "Theo dõi", "Danh mục"): finding the one CTCT wrote before, and
 * replacing it (delete and re-add at the same position) without ever deleting a user's own sheet.
 * A sheet is CTCT's when it carries CTCT's marker name, or when it has the expected name and its
 * content is recognisably CTCT's (e.g. a tracker written by the standalone page's marked copy).
 */
import type { CellValue } from '../engine/grid';
import { charsToPoints } from '../engine/summary/layout';
import type { AdapterCapabilities } from './capabilities';
import { loadGrids } from './batch';
import { isFormula, plainFromExcel } from './cells';
import type { HostEnv } from './env';
import { markOwned, outputSheetName, ownedKindOf, sameSheet, type OwnedKind, type SheetEntry } from './sheets';

export interface OutputSheet {
  /** Where to write. */
  name: string;
  /** A CTCT sheet of this kind exists under `name` and will be replaced. */
  exists: boolean;
  /** The old sheet's position (the new one takes it), or null to append. */
  position: number | null;
  /** The old sheet's used-range values (when asked for), row r = its r-th used row. */
  values: CellValue[][] | null;
  /**
   * The old sheet's formulas, by the same cells as `values` (null where a cell holds none), read
   * with them: a line adding the tasks up is told by them (`readTracker`).
   */
  formulas: (string | null)[][] | null;
  /** Where `values[0][0]` is on the old sheet (0-based), when values were read. */
  valuesAt: { rowIndex: number; columnIndex: number } | null;
  /** The first row (1-based) of the old sheet's values left unread (`maxRows`), null when all were read. */
  unreadFrom: number | null;
  /**
   * Names a new table cannot take: every table in the workbook (except those on the sheet being
   * replaced) and every defined name, of the workbook's scope or a sheet's.
   */
  tableNames: string[];
  /** Names of every sheet in the workbook (before the write). */
  sheetNames: string[];
  /** The old sheet carries CTCT's marker name (false where Excel cannot list sheet names). */
  marked: boolean;
  /** Names of the tables on the old sheet. */
  ownTables: string[];
  /** The old sheet's own (sheet-scoped) names ([] where Excel cannot list them). */
  ownNames: string[];
  /** The old sheet's tab colour ('' none; null where Excel cannot say): a sheet written anew keeps it. */
  tabColor: string | null;
}

/** Raw Office.js values → CellValue (numbers stay numbers: dates are serials). */
export function toCellValues(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => plainFromExcel(v)));
}

/** Rows the recognisers look at (a tracker's header within 50 rows, a directory's within 20). */
const RECOGNISE_ROWS = 60;

/**
 * The sheet list; marker names, the same-named sheet's size and all table names; then the values
 * needed (the chosen sheet's, for the tracker; else only the top rows that tell whether the
 * same-named sheet is CTCT's), read in blocks that each fit one response on the web; with them the
 * formulas, `withFormulas`, in the same syncs.
 */
export async function locateOutput(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  caps: AdapterCapabilities,
  kind: OwnedKind,
  wanted: string,
  recognise: (values: CellValue[][]) => boolean,
  withValues: boolean,
  withFormulas = false,
  /**
   * Rows of the old sheet's values read at most (a value typed at row 1,048,576 would make them a
   * million); or that number told by the sheet's own names (what CTCT recorded there).
   */
  maxRows: number | ((ownNames: string[]) => number) = Infinity,
): Promise<OutputSheet> {
  const bounded = typeof maxRows === 'function' || Number.isFinite(maxRows);
  const sheets = context.workbook.worksheets;
  sheets.load(`items/name,items/visibility,items/position${caps.tabColor ? ',items/tabColor' : ''}`);
  await context.sync();
  const items = sheets.items;
  const names = caps.names
    ? items.map((s) => {
        s.names.load('items/name');
        return s.names;
      })
    : null;
  const sameNamed = items.find((s) => sameSheet(s.name, wanted));
  const sameUsed = sameNamed ? sameNamed.getUsedRange(true) : null;
  sameUsed?.load(usedLoad(env, withValues && withFormulas, bounded));
  const tables = context.workbook.tables;
  tables.load('items/name');
  const defined = context.workbook.names;
  defined.load('items/name');
  const sameTables = sameNamed ? sameNamed.tables : null;
  sameTables?.load('items/name');
  await context.sync();

  const namesOf = (s: Excel.Worksheet) => (names ? names[items.indexOf(s)]!.items.map((n) => n.name) : []);
  const rowsOf = (s: Excel.Worksheet) => (typeof maxRows === 'function' ? maxRows(namesOf(s)) : maxRows);
  const sameGrid = sameNamed && sameUsed ? await usedGrid(context, env, sameNamed, sameUsed, withValues && withFormulas, withValues ? rowsOf(sameNamed) : RECOGNISE_ROWS, bounded) : null;
  const sameValues = sameGrid?.values ?? null;
  const entries: SheetEntry[] = items.map((s, i) => {
    let owned = names ? ownedKindOf(names[i].items.map((n) => n.name)) : null;
    if (!owned && s === sameNamed && sameValues && recognise(sameValues)) owned = kind;
    return { name: s.name, visibility: String(s.visibility), owned };
  });
  const target = outputSheetName(entries, kind, wanted);
  const old = target.exists ? items.find((s) => sameSheet(s.name, target.name)) ?? null : null;
  const ownNames = old !== null ? namesOf(old) : [];
  const marked = ownedKindOf(ownNames) === kind;

  let values: CellValue[][] | null = null;
  let formulas: (string | null)[][] | null = null;
  let valuesAt: OutputSheet['valuesAt'] = null;
  let unreadFrom: number | null = null;
  let oldTables: string[] = [];
  if (old && old === sameNamed) {
    values = withValues ? sameValues : null;
    formulas = sameGrid?.formulas ?? null;
    if (values && sameUsed) valuesAt = { rowIndex: sameUsed.rowIndex, columnIndex: sameUsed.columnIndex };
    if (values) unreadFrom = sameGrid?.unreadFrom ?? null;
    oldTables = sameTables ? sameTables.items.map((t) => t.name) : [];
  } else if (old) {
    const used = withValues ? old.getUsedRange(true) : null;
    used?.load(usedLoad(env, withFormulas, bounded));
    old.tables.load('items/name');
    await context.sync();
    const grid = used ? await usedGrid(context, env, old, used, withFormulas, rowsOf(old), bounded) : null;
    values = grid?.values ?? null;
    formulas = grid?.formulas ?? null;
    unreadFrom = grid?.unreadFrom ?? null;
    if (used) valuesAt = { rowIndex: used.rowIndex, columnIndex: used.columnIndex };
    oldTables = old.tables.items.map((t) => t.name);
  }
  const tableNames = [
    ...tables.items.map((t) => t.name).filter((n) => !oldTables.includes(n)),
    ...definedNames(defined, names),
  ];
  return {
    name: target.name,
    exists: target.exists,
    position: old ? old.position : null,
    values,
    formulas,
    valuesAt,
    unreadFrom,
    tableNames,
    sheetNames: items.map((s) => s.name),
    marked,
    ownTables: oldTables,
    ownNames,
    tabColor: old && caps.tabColor ? old.tabColor : null,
  };
}

/** The workbook's defined names and, where Excel lists them (ExcelApi 1.4), the sheets' own. */
function definedNames(workbook: Excel.NamedItemCollection, sheets: Excel.NamedItemCollection[] | null): string[] {
  return [...workbook.items, ...(sheets ?? []).flatMap((c) => c.items)].map((n) => n.name);
}

/**
 * Off the web a used range's values (and formulas, `withFormulas`) come in the same sync as its
 * size (no payload limit); on the web only its size does, and the cells follow in blocks that each
 * fit one response.
 */
function usedLoad(env: Pick<HostEnv, 'web'>, withFormulas: boolean, bounded = false): string {
  return env.web || bounded ? 'rowIndex,columnIndex,rowCount,columnCount' : withFormulas ? 'values,formulas,rowIndex,columnIndex' : 'values,rowIndex,columnIndex';
}

async function usedGrid(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  withFormulas: boolean,
  maxRows = Infinity,
  /** Only the used range's size was loaded (its rows are read up to `maxRows`, off the web too). */
  sized = false,
): Promise<{ values: CellValue[][]; formulas: (string | null)[][] | null; unreadFrom: number | null }> {
  const props = withFormulas ? (['values', 'formulas'] as const) : (['values'] as const);
  const grids: { values: unknown[][]; formulas?: unknown[][] } = env.web || sized
    ? await loadGrids(context, env, sheet, used, props, maxRows)
    : { values: used.values.slice(0, maxRows), ...(withFormulas ? { formulas: used.formulas.slice(0, maxRows) } : {}) };
  const unread = (env.web || sized ? used.rowCount : used.values.length) > maxRows;
  return {
    values: toCellValues(grids.values),
    formulas: grids.formulas ? formulasOnly(grids.formulas, grids.values) : null,
    unreadFrom: unread ? used.rowIndex + maxRows + 1 : null,
  };
}

/** Formulas only: Excel gives a constant's value as its "formula" (text "=…" typed with an apostrophe too). */
function formulasOnly(formulas: unknown[][], values: unknown[][]): (string | null)[][] {
  return formulas.map((row, r) => row.map((f, c) => (isFormula(f, values[r]?.[c]) ? f : null)));
}

/**
 * A write that may take several syncs goes to a new sheet first; the old one is deleted only by
 * `finishReplace`, in the last sync, so a failure half-way never loses what the old sheet held
 * (the statuses users typed in the tracker). When there is no old sheet, the new one gets its
 * final name and place at once and `finishReplace` has nothing to swap.
 */
function addReplacement(context: Excel.RequestContext, caps: AdapterCapabilities, out: OutputSheet, kind: OwnedKind): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(out.exists ? temporaryName(out.sheetNames) : out.name);
  if (!out.exists && out.position !== null) sheet.position = out.position;
  if (out.tabColor) sheet.tabColor = out.tabColor;
  markOwned(sheet, kind, caps);
  return sheet;
}

/** Queues the swap: the old sheet goes, the new one takes its name and position. */
function finishReplace(context: Excel.RequestContext, out: OutputSheet, sheet: Excel.Worksheet): void {
  if (!out.exists) return;
  context.workbook.worksheets.getItem(out.name).delete();
  sheet.name = out.name;
  if (out.position !== null) sheet.position = out.position;
}

/**
 * Writes an output sheet the safe way: `fill` writes the new sheet (in as many syncs as it needs),
 * then it takes the old one's place and `named` names what must wait for the old one to go (its
 * table); on failure the half-written sheet is discarded and the old one stays.
 */
export async function writeReplacing<T>(
  context: Excel.RequestContext,
  caps: AdapterCapabilities,
  out: OutputSheet,
  kind: OwnedKind,
  fill: (sheet: Excel.Worksheet) => Promise<T>,
  named: (written: T) => void = () => undefined,
): Promise<Excel.Worksheet> {
  const sheet = addReplacement(context, caps, out, kind);
  return writeThrough(context, out, sheet, fill, (written) => {
    finishReplace(context, out, sheet);
    named(written);
    return sheet;
  });
}

/**
 * Fills the new sheet `fresh`, then `settle` queues what makes it the output (and gives the output
 * sheet), sent in the last sync with the output sheet activated; on failure `fresh` is discarded.
 */
async function writeThrough<T>(
  context: Excel.RequestContext,
  out: OutputSheet,
  fresh: Excel.Worksheet,
  fill: (sheet: Excel.Worksheet) => Promise<T>,
  settle: (written: T) => Excel.Worksheet | Promise<Excel.Worksheet>,
): Promise<Excel.Worksheet> {
  try {
    const sheet = await settle(await fill(fresh));
    sheet.activate();
    await context.sync();
    return sheet;
  } catch (e) {
    await discardReplacement(context, out, fresh);
    throw e;
  }
}

/**
 * Best effort after a failed write: removes the half-written new sheet while it still has its
 * temporary name (then the old sheet is intact; once swapped, the new sheet is the only copy).
 */
async function discardReplacement(context: Excel.RequestContext, out: OutputSheet, sheet: Excel.Worksheet): Promise<void> {
  if (!out.exists) return;
  try {
    sheet.load('name');
    await context.sync();
    if (!sheet.name.startsWith(TEMPORARY_NAME)) return;
    sheet.delete();
    await context.sync();
  } catch {
    // Excel may refuse while the workbook is in a bad state; the "CTCT_" name keeps it out of checks.
  }
}

/**
 * Refreshes an existing output sheet in place, so formulas, charts and PivotTables elsewhere that
 * point at it keep their reference: the new cells go to a scratch sheet first (in as many syncs
 * as they need, the old sheet untouched meanwhile); in the last sync `finish` clears the old
 * sheet and copies them over (ExcelApi 1.9), and the scratch sheet goes.
 */
export async function writeInPlace<T>(
  context: Excel.RequestContext,
  out: OutputSheet,
  fill: (scratch: Excel.Worksheet) => Promise<T>,
  finish: (sheet: Excel.Worksheet, scratch: Excel.Worksheet, written: T) => Promise<void>,
): Promise<Excel.Worksheet> {
  const scratch = context.workbook.worksheets.add(temporaryName(out.sheetNames));
  return writeThrough(context, out, scratch, fill, async (written) => {
    const sheet = context.workbook.worksheets.getItem(out.name);
    await finish(sheet, scratch, written);
    scratch.delete();
    return sheet;
  });
}

const TEMPORARY_NAME = 'CTCT_DangGhi';

/** A free sheet name for the new sheet while it is written ("CTCT_" sheets are never read as data). */
function temporaryName(taken: string[]): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? TEMPORARY_NAME : `${TEMPORARY_NAME}${i}`;
    if (!taken.some((n) => sameSheet(n, name))) return name;
  }
}


export const FONT_NAME = 'Times New Roman';

/** `=HYPERLINK("#'Phụ lục II'!F57","text")`: a link that stays inside the workbook. */
export function hyperlinkFormula(address: string, text: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(address)}","${q(text)}")`;
}

/** Column widths given in Excel characters. */
export function setColumnWidths(sheet: Excel.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Thin grey borders around and inside a range. */
export function thinBorders(range: Excel.Range): void {
  for (const edge of EDGES) {
    const b = range.format.borders.getItem(edge);
    b.style = 'Continuous';
    b.weight = 'Thin';
    b.color = '#808080';
  }
}

/**
 * A4 landscape, centred, fit to one page wide (ExcelApi 1.9), after the sheet is written. Page
 * setup is cosmetic: each step is its own best-effort sync, so a printer setting Excel refuses
 * (fit-to-width on some builds) neither undoes the sheet nor the other settings.
 */
export async function a4Landscape(context: Excel.RequestContext, sheet: Excel.Worksheet, printTitleRows?: string): Promise<void> {
  const page = sheet.pageLayout;
  page.orientation = 'Landscape';
  page.paperSize = 'A4';
  page.centerHorizontally = true;
  page.leftMargin = 36;
  page.rightMargin = 36;
  page.topMargin = 43;
  page.bottomMargin = 43;
  page.headersFooters.defaultForAllPages.centerFooter = 'Trang &P/&N';
  if (printTitleRows) page.setPrintTitleRows(printTitleRows);
  await trySync(context);
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  await trySync(context);
}

async function trySync(context: Excel.RequestContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
