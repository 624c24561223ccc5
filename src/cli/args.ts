/** Command-line options, parsed with Node's own parseArgs; mistakes get a Vietnamese sentence. */
import { dateTextParts, daysInMonth, makeIso } from '../engine/dates';
import { periodIdText } from '../engine/directory/sheet';
import { parseArgs } from 'node:util';

export interface CheckArgs {
  command: 'check' | 'codes' | 'help';
  files: string[];
  sheet?: string;
  period?: string;
  directory?: string;
  json: boolean;
  out?: string;
  asOf?: string;
}

export class UsageError extends Error {}

export const USAGE = `Cách dùng:
  ctct check [TỆP.xlsx | THƯ-MỤC …] [tùy chọn]   Kiểm tra chương trình công tác (không có tệp: kiểm tra tệp mẫu)
  ctct codes                                      Liệt kê các mã lỗi
  ctct help                                       Hướng dẫn này

Tùy chọn của check:
  --sheet TÊN          chỉ kiểm tra trang này
  --period KỲ          kỳ danh mục (vd. 2024, 2025-03, 2025-09); mặc định: đọc từ năm/tiêu đề của bảng
  --directory TỆP.json danh mục đơn vị, lãnh đạo của Sở (mặc định: danh mục kèm theo)
  --json               in kết quả dạng JSON (cho công cụ khác), không in gì khác
  --out TỆP.xlsx       ghi bản sao có đánh dấu lỗi, trang "Tổng hợp" và "Theo dõi" (tệp gốc không bị sửa);
                       nhiều tệp: --out THƯ-MỤC (mỗi tệp một bản sao + tong-hop.xlsx)
  --as-of NGÀY         ngày tính quá hạn (dd/mm/yyyy hoặc yyyy-mm-dd), mặc định hôm nay

Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc tùy chọn sai.`;

export function parseCliArgs(argv: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        period: { type: 'string' },
        directory: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    // Node says "Unknown option '--x'" or "Option '--out <value>' argument missing".
    const m = /'(--?[\w-]+)(?: <value>)?'/.exec((e as Error).message);
    throw new UsageError(m ? `Tùy chọn ${m[1]} không hợp lệ hoặc thiếu giá trị.` : 'Tùy chọn không hợp lệ.');
  }
  // An empty value ("--out \"\"", a script's unset variable) is no value: never an option silently dropped.
  for (const name of ['sheet', 'period', 'directory', 'out', 'as-of'] as const) {
    if (parsed.values[name]?.trim() === '') throw new UsageError(`Tùy chọn --${name} không hợp lệ hoặc thiếu giá trị.`);
  }
  const [command = 'check', ...files] = parsed.positionals;
  if (parsed.values.help || command === 'help') return { command: 'help', files: [], json: false };
  if (command !== 'check' && command !== 'codes') throw new UsageError(`Không có lệnh "${command}" (dùng: check, codes, help).`);
  const asOf = parsed.values['as-of'] === undefined ? undefined : dateOption(parsed.values['as-of']);
  return {
    command,
    files,
    sheet: parsed.values.sheet,
    period: parsed.values.period === undefined ? undefined : periodOption(parsed.values.period),
    directory: parsed.values.directory,
    json: parsed.values.json ?? false,
    out: parsed.values.out,
    asOf,
  };
}

/**
 * A date option as a date cell is read (`parseDateText`'s forms): `30/10/2025`, `3/9/2025`, `30-10-25` or
 * `2025-10-30`, as `yyyy-mm-dd`. A date that does not exist and a text in no such form are told apart.
 */
export function dateOption(text: string): string {
  const parts = dateTextParts(text);
  if (!parts) throw new UsageError(`Ngày "${text}" không đúng dạng: hãy gõ dd/mm/yyyy (30/10/2025) hoặc yyyy-mm-dd (2025-10-30).`);
  const { year, month, day } = parts;
  const date = makeIso(year, month, day);
  if (date) return date;
  const why = month < 1 || month > 12 ? `không có tháng ${month}` : year < 1900 ? 'năm phải từ 1900 trở đi' : `tháng ${month}/${year} có ${daysInMonth(year, month)} ngày`;
  throw new UsageError(`Ngày "${text}" không có thật (${why}).`);
}

/**
 * A period as users type it: "2025-9", "2025/9" and "9/2025" are "2025-09", as in a "Danh mục"
 * sheet's "Kỳ" column. Anything else is kept as typed (a directory's own ids).
 */
export function periodOption(text: string): string {
  return periodIdText(text.trim());
}
