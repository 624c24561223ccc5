/**
 * How the hosts colour the tracker and the marks, shared so exceljs and Office.js look the same.
 * Colours are ARGB hex (exceljs) — Office.js takes `#` + the last six digits (`hexColor`).
 */
import { cellAddress, columnLetter } from '../grid';
import { TRACKER_COLUMN_INDEX, type TrackerColumn, type TrackerRow } from './columns';

export const COLORS = {
  /** Finding fills by severity. */
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
  /** Tracker: an overdue row. */
  overdueFill: 'FFFFC7CE',
  overdueFont: 'FF9C0006',
  /** Tracker: a row whose task left the source. */
  vanishedFill: 'FFEDEDED',
  vanishedFont: 'FF808080',
  /** Summary/tracker header rows. */
  headerFill: 'FFD9E1F2',
  totalFill: 'FFF2F2F2',
  link: 'FF0563C1',
} as const;

/** 'FFFFC7CE' → '#FFC7CE'. */
export function hexColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

/** The fills CTCT's row styles give a whole tracker row (overdue, vanished), "#RRGGBB". */
const ROW_STYLE_FILLS: readonly string[] = [hexColor(COLORS.overdueFill), hexColor(COLORS.vanishedFill)];

/**
 * Whether a status cell's fill (`color`, "#RRGGBB") is nobody's, so it does not go with its task: white, or
 * the fill CTCT's style gave its row, as the row's `rowColor` shows (see rowStyleColumn; null: no fill).
 * Excel's "Bad" cell style is the overdue colour: on a row CTCT did not colour, it is a user's.
 */
export function isPlainStatusFill(color: string, rowColor: string | null | undefined): boolean {
  const c = color.toUpperCase();
  return c === '#FFFFFF' || (ROW_STYLE_FILLS.includes(c) && rowColor?.toUpperCase() === c);
}

/** The column (0-based) whose fill shows a tracker row's own style: the hidden key "Mã" nobody colours, else the task's. */
export function rowStyleColumn(columns: ReadonlyMap<TrackerColumn, number>): number | undefined {
  return columns.get('Mã') ?? columns.get('Nhiệm vụ');
}

export type TrackerRowStyle = 'normal' | 'overdue' | 'vanished';

export function trackerRowStyle(row: Pick<TrackerRow, 'vanished' | 'overdue'>): TrackerRowStyle {
  if (row.vanished) return 'vanished';
  return row.overdue ? 'overdue' : 'normal';
}

/** Where "Nguồn" links to: the task's first row, column A (`'Phụ lục II'!A10`); null for vanished rows. */
export function trackerSourceAddress(row: Pick<TrackerRow, 'source' | 'vanished'>): string | null {
  if (row.vanished || !row.source.sheet || row.source.row < 1) return null;
  return cellAddress(row.source.sheet, row.source.row, 'A');
}

/** Column letters of the tracker's columns when the table starts in column A. */
export function trackerColumnLetter(column: keyof typeof TRACKER_COLUMN_INDEX): string {
  return columnLetter(TRACKER_COLUMN_INDEX[column] + 1);
}

/** Column widths (Excel characters) and wrapping for the tracker, by column. */
export const TRACKER_COLUMN_FORMAT: Readonly<Record<keyof typeof TRACKER_COLUMN_INDEX, { width: number; wrap?: boolean; hidden?: boolean }>> = {
  Quý: { width: 6 },
  Tháng: { width: 7 },
  STT: { width: 6 },
  'Nhiệm vụ': { width: 60, wrap: true },
  'Đơn vị chủ trì': { width: 22, wrap: true },
  'Đơn vị phối hợp': { width: 22, wrap: true },
  'Sản phẩm': { width: 26, wrap: true },
  'Lãnh đạo chỉ đạo': { width: 22, wrap: true },
  'Thời hạn': { width: 12 },
  'Trạng thái': { width: 19 },
  'Ngày hoàn thành': { width: 13 },
  'Kết quả': { width: 30, wrap: true },
  Nguồn: { width: 26, wrap: true },
  /** The key: hidden by the hosts (it must stay in the sheet for the next run). */
  Mã: { width: 14, hidden: true },
};

/** Width (Excel characters) of a column a user added to the tracker: its own width is not kept. */
export const TRACKER_EXTRA_COLUMN_WIDTH = 18;

/** The table's name in Excel (structured references: TheoDoi[Trạng thái]). */
export const TRACKER_TABLE_NAME = 'TheoDoi';

/** `wanted`, or `wanted2`, `wanted3`…: Excel wants a table's name unique in the workbook (a unit may have its own "TheoDoi"). */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!lower.has(`${wanted}${i}`.toLowerCase())) return `${wanted}${i}`;
}

/** Excel list-validation source for "Trạng thái" (a quoted, comma-separated list). */
export function trackerStatusListFormula(statuses: readonly string[]): string {
  return `"${statuses.join(',')}"`;
}
