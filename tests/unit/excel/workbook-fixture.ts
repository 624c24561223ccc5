/** Puts a real workbook (read with exceljs, as the CLI reads it) into the fake Excel. */
import type { SheetGrid } from '../../../src/engine/grid';
import { readWorkbookGridFile } from '../../../src/xlsx/node';
import { FakeWorkbook } from './fake-excel';

const EPOCH = Date.UTC(1899, 11, 30);

export function loadGrid(wb: FakeWorkbook, grid: SheetGrid): void {
  const sheet = wb.createSheet(grid.name);
  if (grid.hidden) sheet.visibility = 'Hidden';
  grid.cells.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const cell = wb.cell(sheet, r + 1, c + 1);
      if (typeof v === 'object' && v.kind === 'date') {
        const [y, m, d] = v.iso.split('-').map(Number);
        cell.value = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / 86_400_000);
        cell.numberFormat = 'dd/mm/yyyy';
      } else if (typeof v === 'object' && v.kind === 'error') {
        cell.value = v.code;
        cell.error = true;
      } else {
        cell.value = v as string | number | boolean;
      }
    }),
  );
  sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
}

export async function fixtureWorkbook(file: string): Promise<{ wb: FakeWorkbook; grids: SheetGrid[] }> {
  const grid = await readWorkbookGridFile(`tests/fixtures/${file}`);
  const wb = new FakeWorkbook();
  for (const s of grid.sheets) loadGrid(wb, s);
  return { wb, grids: grid.sheets };
}
