/** Real workbooks for tests: read once per test file with the exceljs adapter, analysed by the engine. */
import * as path from 'path';
import { analyseWorkbook, AnalyseOptions, FileReport, WorkbookGrid } from '../../src/engine';
import { readWorkbookGridFile } from '../../src/xlsx/node';

export const FIXTURES = path.resolve(__dirname, '../fixtures');
export const AS_OF = '2026-11-21';

const grids = new Map<string, Promise<WorkbookGrid>>();

export function fixtureGrid(name: string): Promise<WorkbookGrid> {
  if (!grids.has(name)) grids.set(name, readWorkbookGridFile(path.join(FIXTURES, name)));
  return grids.get(name)!;
}

export async function analyseFixture(name: string, options: Partial<AnalyseOptions> = {}): Promise<FileReport> {
  return analyseWorkbook(await fixtureGrid(name), { fileName: name, asOf: AS_OF, ...options });
}
