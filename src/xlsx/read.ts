/**
 * readWorkbookGrid: .xlsx bytes → WorkbookGrid (Node and browser; no file system here).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CtctInputError } from '../engine/errors';
import type { WorkbookGrid } from '../engine/grid';
import { worksheetGrid } from './cells';
import { assertXlsx, unreadableError } from './detect';
import { listedSheets } from './held-validations';
import { resolveReferences } from './references';

export interface ReadOptions {
  /** Named in error messages ("Tệp “a.xls” là bảng tính Excel cũ …"). */
  fileName?: string;
}

/** Worksheet parts the grid does not use: exceljs skips parsing them (faster on big sheets). */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'picture',
  'drawing',
  'tableParts',
  'autoFilter',
  'extLst',
  'sheetProtection',
];

/**
 * Loads .xlsx bytes with exceljs. `full` keeps every part (for writing a copy); otherwise parts
 * the grid does not need are skipped. Any failure → CtctInputError (never a library error).
 */
export async function loadWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions & { full?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  const bytes = assertXlsx(data, options.fileName);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; JSZip takes any Uint8Array/ArrayBuffer.
    const load = wb.xlsx.load as (d: unknown, o?: unknown) => Promise<ExcelJS.Workbook>;
    await load.call(wb.xlsx, bytes, options.full ? undefined : { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    if (e instanceof CtctInputError) throw e;
    throw unreadableError(options.fileName);
  }
  return wb;
}

export function workbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(worksheetGrid) };
}

/**
 * Every worksheet as a SheetGrid: values (rich text flattened, formulas → cached result, formula
 * errors → `{ kind: 'error' }`, dates → `{ kind: 'date' }`, hyperlinks → their text, merged
 * areas' other cells → null), merges, fonts, formulas ("=A10+1"), hidden state; with the sheets
 * workbook.xml lists whose part the file lacks (`missingSheets`).
 */
export async function readWorkbookGrid(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const listed = await worksheetsListed(data);
  const wb = await loadWorkbook(data, options);
  const grid = workbookGrid(wb);
  resolveReferences(grid);
  const read = new Set(wb.worksheets.map((w) => w.name));
  const missing = listed.filter((name) => !read.has(name));
  // Not one sheet left: the file is damaged, not a workbook without a task table.
  if (missing.length && !grid.sheets.length) throw unreadableError(options.fileName);
  if (missing.length) grid.missingSheets = missing;
  return grid;
}

/** Worksheets workbook.xml lists (chart sheets aside), whether or not the file holds their part. */
async function worksheetsListed(data: Uint8Array | ArrayBuffer): Promise<string[]> {
  try {
    const sheets = await listedSheets(await JSZip.loadAsync(data));
    return sheets.filter(([, part]) => !part || /\/worksheets\//i.test(part)).map(([name]) => name);
  } catch {
    // Not a zip JSZip reads: exceljs says why, in the load that follows.
    return [];
  }
}
