/**
 * Paints a `SheetLayout` ("Tổng hợp") with exceljs. All decisions about content and placement are
 * in src/engine/summary/layout.ts; this file only maps row kinds to styles.
 */
import type * as ExcelJS from 'exceljs';
import { cellAddress } from '../engine/grid';
import { placeLayout, type LayoutLink, type PlacedKind, type SheetLayout } from '../engine/summary/layout';
import { COLORS } from '../engine/track/style';

export const FONT_NAME = 'Times New Roman';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function font(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size: 12, ...extra };
}

export function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** A same-workbook link as a HYPERLINK formula (exceljs 4.4 writes `#Sheet!A1` hyperlinks wrongly). */
export function linkFormulaValue(target: LayoutLink | string, text: string): ExcelJS.CellFormulaValue {
  const address = typeof target === 'string' ? target : cellAddress(target.sheet, target.row, target.column);
  const q = (s: string) => s.replace(/"/g, '""');
  return { formula: `HYPERLINK("#${q(address)}","${q(text)}")`, result: text, date1904: false };
}

export const LINK_FONT = font({ color: { argb: COLORS.link }, underline: true });

export const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** "Trang 2/5" centred at the foot of each printed page. */
export const PAGE_FOOTER = '&C&"Times New Roman"&10Trang &P/&N';

function styleFor(kind: PlacedKind): Partial<ExcelJS.Style> {
  switch (kind) {
    case 'title':
      return { font: font({ bold: true, size: 14 }), alignment: { horizontal: 'center', vertical: 'middle' } };
    case 'subtitle':
      return { font: font({ italic: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
    case 'heading':
      return { font: font({ bold: true }), alignment: { vertical: 'middle' } };
    case 'header':
      return {
        font: font({ bold: true }),
        fill: solid(COLORS.headerFill),
        border: BORDER,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'total':
      return { font: font({ bold: true }), fill: solid(COLORS.totalFill), border: BORDER, alignment: { vertical: 'top' } };
    case 'note':
      return { font: font({ italic: true, size: 11 }), alignment: { vertical: 'top', wrapText: true } };
    case 'empty':
      return { font: font({ italic: true }), border: BORDER, alignment: { horizontal: 'left', vertical: 'top' } };
    case 'data':
    default:
      return { font: font(), border: BORDER, alignment: { vertical: 'top' } };
  }
}

/**
 * Adds the sheet to `wb` (at the end, or at `orderNo` when given) and returns it.
 * Links become HYPERLINK formulas to `#'Sheet'!F57`. No chart: exceljs cannot write one (the
 * Office.js host builds it from `placeLayout(layout).chartRange`).
 */
export function renderSummarySheet(wb: ExcelJS.Workbook, layout: SheetLayout, orderNo?: number): ExcelJS.Worksheet {
  const placed = placeLayout(layout);
  const ws = wb.addWorksheet(layout.sheetName, {
    pageSetup: { ...A4_LANDSCAPE },
    views: [{ showGridLines: false }],
    headerFooter: { oddFooter: PAGE_FOOTER },
  });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  const wrap = new Set(layout.wrapColumns);
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  // Shared style objects (exceljs dedups styles by identity first: fast on long lists).
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (kind: PlacedKind, variant: 'plain' | 'wrap' | 'number' | 'tt' | 'link'): Partial<ExcelJS.Style> => {
    const key = `${kind}|${variant}`;
    let style = styles.get(key);
    if (style) return style;
    const base = styleFor(kind);
    style = { ...base };
    if (variant === 'wrap') style.alignment = { ...base.alignment, wrapText: true };
    if (variant === 'number') style.alignment = { ...base.alignment, horizontal: 'right' };
    if (variant === 'tt') style.alignment = { ...base.alignment, horizontal: 'center' };
    if (variant === 'link') style.font = LINK_FONT;
    styles.set(key, style);
    return style;
  };
  for (const p of placed.rows) {
    const row = ws.getRow(p.row);
    if (p.kind === 'title') row.height = 24;
    if (p.height) row.height = p.height;
    const body = p.kind === 'data' || p.kind === 'total';
    p.values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      let variant: 'plain' | 'wrap' | 'number' | 'tt' | 'link' = 'plain';
      if (body && typeof v === 'number') variant = c === 0 ? 'tt' : 'number';
      else if (body && typeof v === 'string' && wrap.has(c)) variant = 'wrap';
      cell.style = styleOf(p.kind, variant);
    });
    if (p.link) {
      const cell = row.getCell(p.link.column);
      const text = typeof cell.value === 'string' ? cell.value : `${p.link.target.sheet}!${p.link.target.column}${p.link.target.row}`;
      cell.value = linkFormulaValue(p.link.target, text);
      cell.style = styleOf(p.kind, 'link');
    }
  }
  for (const m of placed.merges) {
    if (m.right > m.left || m.bottom > m.top) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return ws;
}
