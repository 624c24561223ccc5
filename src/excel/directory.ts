/**
 * The "Danh mục" sheet: the directory of units and leaders as an Excel table users edit in
 * Excel. `insertDirectory` writes it (replacing CTCT's previous one only while it still holds
 * exactly what CTCT wrote: a directory the department edited is never overwritten);
 * `readDirectory` reads it back through the pure conversion in engine/directory/sheet.ts.
 */
import { freeTableName } from '../engine/track/style';
import { columnLetter } from '../engine/grid';
import type { Directory } from '../engine/directory/types';
import type { AdapterCapabilities } from './capabilities';
import { toExcelInput } from './cells';
import {
  DIRECTORY_COLUMNS,
  DIRECTORY_KINDS,
  directoryFromValues,
  directoryToValues,
  DIRECTORY_HEADER_ROWS,
  looksLikeDirectory,
  pickDirectorySheet,
} from '../engine/directory/sheet';
import type { HostEnv } from './env';
import { ExcelHostError } from './errors';
import type { CellValue } from '../engine/grid';
import { FONT_NAME, locateOutput, setColumnWidths, thinBorders, toCellValues, writeReplacing } from './output';
import { DIRECTORY_SHEET, ownedKindOf, sameSheet } from './sheets';

export const DIRECTORY_TABLE_NAME = 'DanhMuc';
const WIDTHS = [10, 12, 13, 30, 42, 40, 22, 14, 36, 40];
const WRAP = new Set(['Tên đầy đủ', 'Tên khác', 'Chỉ đạo', 'Nguồn']);

export async function insertDirectory(env: HostEnv, caps: AdapterCapabilities, directory: Directory): Promise<{ sheet: string }> {
  const values = directoryToValues(directory, { dates: 'serial' });
  return env.run(async (context) => {
    const out = await locateOutput(context, env, caps, 'directory', DIRECTORY_SHEET, looksLikeDirectory, true);
    if (out.exists && !holdsExactly(out.values ?? [], out.valuesAt, values)) {
      throw new ExcelHostError(
        DIRECTORY_EDITED,
        `Trang "${out.name}" của sổ đã được sửa (khác danh mục mặc định) nên CTCT không ghi đè: mọi chỗ Sở đã sửa được giữ nguyên và các lần kiểm tra vẫn dùng nó. Muốn dùng lại danh mục mặc định, hãy đổi tên hoặc xoá trang "${out.name}" rồi bấm lại.`,
        undefined,
        { sheet: out.name },
      );
    }
    // A directory of the department's under another name ("Danh mục đơn vị") is the one checks use:
    // a new "Danh mục" would take its place.
    const own = out.exists ? undefined : await directoryByHeader(context, await loadedSheets(context));
    if (own) {
      throw new ExcelHostError(
        DIRECTORY_EDITED,
        `Sổ đã có danh mục riêng ở trang "${own.name}" nên CTCT không chèn thêm trang "${DIRECTORY_SHEET}": các lần kiểm tra dùng trang đó. Muốn dùng danh mục mặc định, hãy đổi tên hoặc xoá trang "${own.name}" rồi bấm lại.`,
        undefined,
        { sheet: own.name },
      );
    }
    // What users typed into the old directory stays until the new one is written: the new sheet is
    // filled in one request and swapped in by a second, small one.
    await writeReplacing(
      context,
      caps,
      out,
      'directory',
      async (sheet) => {
        const table = fillDirectory(sheet, caps, values);
        if (out.exists) await context.sync();
        return table;
      },
      // Named once the old sheet (and its table of the same name) is gone.
      (table) => (table.name = freeTableName(DIRECTORY_TABLE_NAME, out.tableNames)),
    );
    return { sheet: out.name };
  });
}

/** The error code of a refused insert: the workbook's directory differs from the one to write. */
export const DIRECTORY_EDITED = 'DirectoryEdited';

/** A cell as the comparison sees it: empty is empty, whatever Excel returns for it. */
function comparable(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Whether the sheet's used range (`values`, starting at `at`) holds exactly `wanted` from A1: any
 * cell the department typed, changed or emptied, a row added or moved, makes it differ.
 */
export function holdsExactly(
  values: CellValue[][],
  at: { rowIndex: number; columnIndex: number } | null,
  wanted: readonly (readonly (CellValue | undefined)[])[],
): boolean {
  const top = at?.rowIndex ?? 0;
  const left = at?.columnIndex ?? 0;
  const cellOf = (r: number, c: number) => comparable(values[r - top]?.[c - left]);
  const rows = Math.max(top + values.length, wanted.length);
  const columns = Math.max(left + Math.max(0, ...values.map((row) => row.length)), ...wanted.map((row) => row.length));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (cellOf(r, c) !== comparable(wanted[r]?.[c])) return false;
    }
  }
  return true;
}

/** The directory's values and formats, as an Excel table, in its (new) sheet. */
function fillDirectory(sheet: Excel.Worksheet, caps: AdapterCapabilities, values: ReturnType<typeof directoryToValues>): Excel.Table {
  const last = columnLetter(DIRECTORY_COLUMNS.length);
  const lastRow = values.length;
  const all = sheet.getRange(`A1:${last}${lastRow}`);
  all.format.font.name = FONT_NAME;
  all.format.font.size = 12;
  all.format.verticalAlignment = 'Top';
  const from = columnLetter(DIRECTORY_COLUMNS.indexOf('Từ ngày') + 1);
  sheet.getRange(`${from}2:${from}${lastRow}`).numberFormat = values.slice(1).map(() => ['dd/mm/yyyy']);
  all.values = values.map((row) => row.map((v) => toExcelInput(v)));
  const table = sheet.tables.add(`A1:${last}${lastRow}`, true);
  table.style = 'TableStyleLight9';
  const header = sheet.getRange(`A1:${last}1`);
  header.format.font.bold = true;
  header.format.wrapText = true;
  thinBorders(all);
  setColumnWidths(sheet, WIDTHS);
  DIRECTORY_COLUMNS.forEach((name, i) => {
    if (WRAP.has(name)) sheet.getRange(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`).format.wrapText = true;
  });
  if (caps.dataValidation) {
    const kind = columnLetter(DIRECTORY_COLUMNS.indexOf('Loại') + 1);
    const dv = sheet.getRange(`${kind}2:${kind}${lastRow}`).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: DIRECTORY_KINDS.join(',') } };
  }
  if (caps.freezePanes) sheet.freezePanes.freezeRows(1);
  return table;
}

/**
 * The directory in the workbook's "Danh mục" sheet (or the sheet CTCT marked as its directory);
 * null when there is none, or when a sheet so named is not a directory. A sheet CTCT marked as its
 * directory that no longer reads as one throws CtctInputError.
 */
/**
 * With no marked sheet: the sheet whose header row reads as a directory's, "Danh mục" first, whatever
 * the others are called ("Danh mục đơn vị", "Danh mục (2)"), as the CLI finds it. The top rows of
 * every sheet come in one sync.
 */
async function directoryByHeader(context: Excel.RequestContext, items: Excel.Worksheet[]): Promise<Excel.Worksheet | undefined> {
  const tops = items.map((s) => {
    const top = s.getRangeByIndexes(0, 0, DIRECTORY_HEADER_ROWS, HEADER_SEARCH_COLUMNS);
    top.load('values');
    return top;
  });
  await context.sync();
  return pickDirectorySheet(items.filter((_, i) => looksLikeDirectory(toCellValues(tops[i].values))));
}

async function loadedSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items;
}

/** How far right a directory's header row is looked for. */
const HEADER_SEARCH_COLUMNS = 20;

export async function readDirectory(env: HostEnv, caps: AdapterCapabilities): Promise<Directory | null> {
  return env.run(async (context) => {
    const items = await loadedSheets(context);
    const names = caps.names
      ? items.map((s) => {
          s.names.load('items/name');
          return s.names;
        })
      : null;
    if (names) await context.sync();
    const marked = names ? items.find((_, i) => ownedKindOf(names[i].items.map((n) => n.name)) === 'directory') : undefined;
    // A "Danh mục" that does not read as one is looked at all the same: a broken one says what is wrong.
    const sheet = marked ?? (await directoryByHeader(context, items)) ?? items.find((s) => sameSheet(s.name, DIRECTORY_SHEET));
    if (!sheet) return null;
    const used = sheet.getUsedRange(true);
    used.load('values,rowIndex');
    await context.sync();
    // Row r of the grid is Excel row r+1: pad the rows above the used range so messages name real rows.
    const values = [...new Array(used.rowIndex).fill(undefined), ...toCellValues(used.values)];
    // A user's own sheet that happens to be called "Danh mục" is not a directory (the engine reads
    // it the same way); one CTCT wrote and the user broke says what is wrong.
    if (!marked && !looksLikeDirectory(values)) return null;
    return directoryFromValues(values, sheet.name);
  });
}
