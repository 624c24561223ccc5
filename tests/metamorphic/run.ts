/**
 * Runs one transformation on one base workbook: both written with the same builder, read through the
 * exceljs adapter as a user's file, analysed, compared (compare.ts). Bases and their reports are cached.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { analyseWorkbook, FileReport } from '../../src/engine';
import { readWorkbookGrid } from '../../src/xlsx';
import { AS_OF, FIXTURES } from '../helpers/fixtures';
import { RECIPES } from '../variants/recipes';
import { differences } from './compare';
import { buildBytes, loadModel, modelOf, WorkbookModel } from './model';
import type { Transformation } from './transforms';

export interface Base {
  name: string;
  model: WorkbookModel;
  report: FileReport;
}

const bases = new Map<string, Promise<Base>>();

export async function analyseModel(model: WorkbookModel, fileName: string): Promise<FileReport> {
  const bytes = await buildBytes(model);
  return analyseWorkbook(await readWorkbookGrid(bytes, { fileName }), { fileName, asOf: AS_OF });
}

/** A fixture of tests/fixtures, or a variant recipe by name ("v09-deadline-status-result"). */
export function base(name: string): Promise<Base> {
  if (!bases.has(name))
    bases.set(
      name,
      (async () => {
        const recipe = RECIPES.find((r) => r.name === name);
        const model = recipe ? modelOf((await recipe.build()).workbook) : await loadModel(fs.readFileSync(path.join(FIXTURES, name)));
        return { name, model, report: await analyseModel(model, fileNameOf(name)) };
      })(),
    );
  return bases.get(name)!;
}

/** The name the workbook is checked under: a recipe's carries no year, as its expectation says. */
function fileNameOf(name: string): string {
  return name.endsWith('.xlsx') ? name : `${name}.xlsx`;
}

/** The workbooks the suite edits: one test file each (tests/unit/metamorphic). */
export const BASES = ['ctct-2024.xlsx', 'ctct-2024-dan-tu-pdf.xlsx', 'ctct-2025.xlsx', 'phu-luc-II-2025.xlsx', 'v03-two-row-header-merged-runs', 'v09-deadline-status-result'];

/** Whether the transformation changes anything in the base (one with no dated cell has no date to retype). */
export function edits(t: Transformation, b: Base): boolean {
  return !isDeepStrictEqual(t.apply(b.model, b.report).model, b.model);
}

export async function check(name: string, t: Transformation): Promise<string[]> {
  const b = await base(name);
  const edit = t.apply(b.model, b.report);
  // The base itself, unchanged: nothing to compare (comparison.test.ts sees that each transformation edits some base).
  if (isDeepStrictEqual(edit.model, b.model)) return [];
  const edited = await analyseModel(edit.model, fileNameOf(name));
  return differences(b.report, b.model, edited, edit);
}
