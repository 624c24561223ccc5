/**
 * A workbook as plain data for metamorphic tests: each sheet's cells (exceljs values: text, numbers,
 * dates, rich text, formulas with their cached result), merges and visibility. Transformations edit
 * this model; `buildBytes` writes it back to .xlsx bytes, read by the exceljs adapter as a user's file.
 */
import ExcelJS from 'exceljs';
import type { MergeArea } from '../../src/engine';
import { sheetMerges } from '../../src/xlsx/cells';

export interface CellModel {
  value: ExcelJS.CellValue;
  numFmt?: string;
  /** The font's name, where one is set (".VnTime" marks TCVN3 text). */
  font?: string;
}

export interface SheetModel {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** row → column → cell, 1-based as Excel. */
  cells: Map<number, Map<number, CellModel>>;
  merges: MergeArea[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
}

/** A formula cell as exceljs gives it back on a shared formula: kept as its own formula and result. */
function ownValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  return cell.value;
}

export function modelOf(wb: ExcelJS.Workbook): WorkbookModel {
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells = new Map<number, Map<number, CellModel>>();
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === ExcelJS.ValueType.Merge || cell.value === null || cell.value === undefined) return;
          const m: CellModel = { value: ownValue(cell) };
          if (cell.numFmt) m.numFmt = cell.numFmt;
          if (cell.font?.name) m.font = cell.font.name;
          if (!cells.has(r)) cells.set(r, new Map());
          cells.get(r)!.set(c, m);
        });
      });
      return { name: ws.name, state: (ws.state ?? 'visible') as SheetModel['state'], cells, merges: sheetMerges(ws) };
    }),
  };
}

export async function loadModel(bytes: Uint8Array | Buffer): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await (wb.xlsx.load as (d: unknown) => Promise<ExcelJS.Workbook>).call(wb.xlsx, bytes);
  return modelOf(wb);
}

export function cloneModel(m: WorkbookModel): WorkbookModel {
  return {
    sheets: m.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([r, row]) => [r, new Map([...row].map(([c, cell]) => [c, { ...cell }]))])),
      merges: s.merges.map((a) => ({ ...a })),
    })),
  };
}

export function getCell(s: SheetModel, r: number, c: number): CellModel | undefined {
  return s.cells.get(r)?.get(c);
}

export function setCell(s: SheetModel, r: number, c: number, cell: CellModel | undefined): void {
  if (!cell) {
    s.cells.get(r)?.delete(c);
    return;
  }
  if (!s.cells.has(r)) s.cells.set(r, new Map());
  s.cells.get(r)!.set(c, cell);
}

/** Every cell of the workbook, to edit in place. */
export function* cellsOf(m: WorkbookModel): Generator<CellModel> {
  for (const s of m.sheets) for (const row of s.cells.values()) yield* row.values();
}

export function lastColumn(s: SheetModel): number {
  let max = 0;
  for (const row of s.cells.values()) for (const c of row.keys()) max = Math.max(max, c);
  for (const a of s.merges) max = Math.max(max, a.right);
  return max;
}

export async function buildBytes(m: WorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of m.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const [r, row] of s.cells)
      for (const [c, cell] of row) {
        const x = ws.getCell(r, c);
        x.value = cell.value;
        if (cell.numFmt) x.numFmt = cell.numFmt;
        if (cell.font) x.font = { name: cell.font };
      }
    for (const a of s.merges) ws.mergeCells(a.top, a.left, a.bottom, a.right);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
