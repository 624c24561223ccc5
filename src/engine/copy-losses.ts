/**
 * What a marked copy (written with exceljs) cannot keep of the workbook, by kind: the hosts word
 * it in the reader's language; the Vietnamese "Lưu ý" sentence is the CLI's and the page's.
 */
import { quotedNames, sheetsPhrase } from './wording';

export type LostKind = 'charts' | 'chart-sheets' | 'pivot-tables' | 'slicers' | 'threaded-comments' | 'macros' | 'external-names' | 'x14-formats';

export interface LostPart {
  kind: LostKind;
  /** The defined names left out ('external-names'), the sheets whose formats were ('x14-formats'). */
  names?: string[];
}

const VI: Record<LostKind, (p: LostPart) => string> = {
  charts: () => 'biểu đồ',
  'chart-sheets': () => 'trang biểu đồ',
  'pivot-tables': () => 'bảng PivotTable',
  slicers: () => 'slicer',
  'threaded-comments': () => 'bình luận (comment) dạng hội thoại',
  macros: () => 'macro (VBA)',
  'external-names': (p) => `tên định nghĩa ${quotedNames(p.names ?? [])} (trỏ tới sổ làm việc khác)`,
  'x14-formats': (p) => `định dạng có điều kiện kiểu Excel 2010 (bộ biểu tượng, thanh dữ liệu, quy tắc dùng ô của trang khác) ở ${sheetsPhrase(p.names ?? [])}`,
};

export function lostPartText(part: LostPart): string {
  return VI[part.kind](part);
}

/** "Lưu ý: bản sao X không giữ được biểu đồ, macro (VBA) của Y …". */
export function copyLostNote(copy: string, file: string, parts: readonly LostPart[]): string {
  return `Lưu ý: bản sao ${copy} không giữ được ${parts.map(lostPartText).join(', ')} của ${file} (thư viện ghi tệp không hỗ trợ); tệp gốc không bị thay đổi.`;
}
