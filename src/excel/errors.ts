/**
 * Office.js errors → one Vietnamese sentence for the pane's error bar (never a stack trace).
 * The original error stays in `cause` for the console. The pane words the error in its own
 * language from `code` and `params` (i18n.tsx); `message` is the Vietnamese sentence.
 */
import { CtctInputError } from '../engine/errors';

export class ExcelHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    override readonly cause?: unknown,
    /** What the sentence names (a sheet, a cell, Excel's own detail), for the pane's other language. */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

/** The Vietnamese sentence of each Office.js error code the pane explains (English: the pane's i18n.tsx). */
export const EXCEL_ERROR_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.',
  ItemNotFound: 'Không tìm thấy trang tính hoặc ô cần dùng: có thể nó vừa bị đổi tên hoặc xoá. Hãy kiểm tra lại rồi thử lại.',
  AccessDenied: 'Excel không cho phép thao tác này: trang tính hoặc sổ làm việc có thể đang được bảo vệ hoặc chỉ được đọc.',
  InsertDeleteConflict: 'Không thể ghi vì vùng ô đang chồng lên một bảng hoặc vùng gộp khác.',
  InvalidArgument: 'Excel từ chối dữ liệu CTCT gửi sang (tham số không hợp lệ). Hãy thử lại; nếu vẫn lỗi, xin báo cho Văn phòng Sở.',
  ExcelTooOld:
    'Phiên bản Excel này quá cũ cho add-in CTCT (cần ExcelApi 1.7: Excel 2019 trở về sau, Microsoft 365, Excel trên web hay trên Mac). Với Excel 2016, hãy dùng trang CTCT ngoài Excel hoặc lệnh ctct: kết quả kiểm tra như nhau.',
  ApiNotFound: 'Phiên bản Excel này thiếu một chức năng CTCT cần; hãy cập nhật Excel hoặc dùng Excel trên web.',
  ResponsePayloadSizeLimitExceeded: 'Trang tính quá lớn để Excel trên web gửi một lần; hãy thu hẹp vùng dữ liệu hoặc kiểm tra từng trang tính.',
  RequestPayloadSizeLimitExceeded: 'Dữ liệu cần ghi quá lớn cho Excel trên web; hãy thử với ít ô hơn.',
  PayloadTooLarge: 'Dữ liệu quá lớn cho Excel trên web; hãy thử với ít ô hơn.',
  RangeExceedsLimit: 'Vùng dữ liệu vượt giới hạn số ô Excel cho phép đọc một lần.',
  InactiveWorkbook: 'Sổ làm việc không còn mở: hãy mở lại sổ rồi thử lại.',
  Conflict: 'Sổ làm việc vừa được người khác sửa cùng lúc; hãy thử lại.',
};

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return /PayloadSizeLimitExceeded|PayloadTooLarge|RangeExceedsLimit|OperationCellsExceedLimit/.test(code);
}

export function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return '';
}

/** Anything thrown inside a batch → an error the pane can show as it is. */
export function explainExcelError(e: unknown): Error {
  if (e instanceof CtctInputError || e instanceof ExcelHostError) return e;
  const code = errorCode(e);
  const known = EXCEL_ERROR_MESSAGES[code];
  if (known) return new ExcelHostError(code, known, e);
  const detail = e instanceof Error && e.message ? e.message : '';
  return new ExcelHostError(code || 'Unknown', `Excel báo lỗi khi CTCT làm việc với sổ${detail ? ` (${detail})` : ''}. Hãy thử lại.`, e, { detail });
}
