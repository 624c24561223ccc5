/**
 * What kind of file the bytes are, before exceljs sees them, so the user gets one clear
 * Vietnamese sentence instead of a zip library's error.
 */
import { mendInExcel, type CtctInputError } from '../engine/errors';
import type { LostKind, LostPart } from '../engine/copy-losses';

export type FileKind = 'xlsx' | 'xlsb' | 'zip-not-xlsx' | 'zip-corrupt' | 'legacy-xls' | 'encrypted' | 'other';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Byte search (first occurrence); `needle` is short. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from;
  const first = needle[0]!;
  const end = bytes.length - n;
  for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < n && bytes[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

const WORKBOOK_PART = ascii('xl/workbook.');
const BINARY_WORKBOOK_PART = ascii('xl/workbook.bin');
const END_OF_CENTRAL_DIRECTORY = new Uint8Array([0x50, 0x4b, 0x05, 0x06]);
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

export function detectKind(data: Uint8Array | ArrayBuffer): FileKind {
  const bytes = toBytes(data);
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    // Zip local headers and the central directory store part names uncompressed.
    if (indexOfBytes(bytes, BINARY_WORKBOOK_PART) >= 0) return 'xlsb';
    if (indexOfBytes(bytes, WORKBOOK_PART) >= 0) return 'xlsx';
    // Without its end-of-central-directory record the zip is cut short: a damaged file, not another kind.
    const tail = Math.max(0, bytes.length - 65_557);
    return indexOfBytes(bytes, END_OF_CENTRAL_DIRECTORY, tail) >= 0 ? 'zip-not-xlsx' : 'zip-corrupt';
  }
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE container holding the streams EncryptionInfo and EncryptedPackage.
    if (indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0 || indexOfBytes(bytes, ENCRYPTION_INFO) >= 0) return 'encrypted';
    return 'legacy-xls';
  }
  return 'other';
}

function named(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'này';
}

/** Not a workbook: an empty file (a copy or download cut short), or another kind (a .csv, an .ods, a text). */
export function notXlsxError(fileName?: string, empty = false): CtctInputError {
  if (empty) {
    return mendInExcel(
      'not-xlsx',
      `Tệp ${named(fileName)} trống (0 byte), không phải là bảng tính Excel .xlsx: hãy chép hay tải lại tệp, hoặc mở bảng tính gốc trong Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx)`,
    );
  }
  return mendInExcel(
    'not-xlsx',
    `Tệp ${named(fileName)} không phải là bảng tính Excel .xlsx: nếu đó là bảng tính lưu dạng khác (.csv, .ods…), hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx)`,
  );
}

export function legacyXlsError(fileName?: string): CtctInputError {
  return mendInExcel(
    'legacy-xls',
    `Tệp ${named(fileName)} là bảng tính Excel cũ (.xls): hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx)`,
  );
}

export function encryptedError(fileName?: string): CtctInputError {
  return mendInExcel(
    'encrypted',
    `Tệp ${named(fileName)} được bảo vệ bằng mật khẩu: hãy mở tệp trong Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại`,
  );
}

export function unreadableError(fileName?: string): CtctInputError {
  return mendInExcel(
    'unreadable',
    `Tệp ${named(fileName)} bị hỏng nên không đọc được: hãy mở tệp trong Excel, lưu thành một bản mới`,
  );
}

/** Throws the CtctInputError for anything that is not an .xlsx; returns the bytes otherwise. */
export function assertXlsx(data: Uint8Array | ArrayBuffer, fileName?: string): Uint8Array {
  const bytes = toBytes(data);
  switch (detectKind(bytes)) {
    case 'xlsx':
      return bytes;
    case 'legacy-xls':
      throw legacyXlsError(fileName);
    case 'xlsb':
      throw mendInExcel(
        'xlsb',
        `Tệp ${named(fileName)} là sổ làm việc nhị phân Excel (.xlsb): hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx)`,
      );
    case 'encrypted':
      throw encryptedError(fileName);
    case 'zip-corrupt':
      throw unreadableError(fileName);
    default:
      throw notXlsxError(fileName, bytes.length === 0);
  }
}

/** Workbook parts exceljs does not write back, by the zip entry names that hold them. */
const PARTS_NOT_COPIED: [string, LostKind][] = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'chart-sheets'],
  ['xl/pivotTables/', 'pivot-tables'],
  ['xl/slicers/', 'slicers'],
  ['xl/threadedComments/', 'threaded-comments'],
  // An .xlsm's macros: the copy is an .xlsx, which holds none.
  ['xl/vbaProject.bin', 'macros'],
];

/**
 * What a copy written with exceljs will not have (charts, chart sheets, PivotTables, slicers,
 * threaded comments, macros): the user is told, since the copy may be taken for the workbook. Zip
 * entry names are plain ASCII in the file, so a byte search finds them without unzipping.
 */
export function partsTheCopyLoses(data: Uint8Array | ArrayBuffer): LostPart[] {
  const bytes = toBytes(data);
  return PARTS_NOT_COPIED.filter(([prefix]) => indexOfBytes(bytes, new TextEncoder().encode(prefix)) >= 0).map(([, kind]) => ({ kind }));
}
