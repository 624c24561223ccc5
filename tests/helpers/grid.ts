/** Small hand-built sheets for engine tests: rows of values, optional merges (A1 ranges) and fonts. */
import { analyseWorkbook, CellValue, columnNumber, FileReport, MergeArea, SheetGrid } from '../../src/engine';
import { AS_OF } from './fixtures';

export function range(a1: string): MergeArea {
  const [from, to] = a1.split(':');
  const parse = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { col: columnNumber(m[1]), row: Number(m[2]) };
  };
  const f = parse(from);
  const t = parse(to ?? from);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

export function sheet(name: string, cells: CellValue[][], extra: { merges?: string[]; fonts?: Record<string, string> } = {}): SheetGrid {
  const fonts: (string | null)[][] = [];
  for (const [a1, font] of Object.entries(extra.fonts ?? {})) {
    const { top, left } = range(a1);
    (fonts[top - 1] ??= [])[left - 1] = font;
  }
  return { name, cells, merges: (extra.merges ?? []).map(range), fonts };
}

export function analyse(sheets: SheetGrid[], options: { period?: string; fileName?: string } = {}): FileReport {
  return analyseWorkbook({ sheets }, { fileName: options.fileName ?? 'thu.xlsx', asOf: AS_OF, period: options.period });
}

export const HEADER_2025 = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];

/** A late-2025 programme: title, header, "Quý III (n nhiệm vụ)", "Tháng 7", then the given task rows. */
export function programme2025(tasks: CellValue[][], declared = tasks.length): CellValue[][] {
  return [['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], [], HEADER_2025, ['I', `Quý III (${declared} nhiệm vụ)`], [null, 'Tháng 7'], ...tasks];
}

/** A complete, correct task row of the 2025-09 period. */
export function task(n: number | string, text: string, over: Partial<Record<'lead' | 'coord' | 'product' | 'leader' | 'note', CellValue>> = {}): CellValue[] {
  return [n, text, over.lead ?? 'Phòng QLKH&ĐMST', over.coord ?? 'Văn phòng Sở', over.product ?? 'Kế hoạch của Sở', over.leader ?? 'PGĐ Sở Phan Văn Hiếu', over.note ?? null];
}
