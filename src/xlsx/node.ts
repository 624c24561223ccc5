/**
 * Node-only helpers (the CLI): reading and writing files. Not for the browser bundle.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CtctInputError } from '../engine/errors';
import type { WorkbookGrid } from '../engine/grid';
import { readWorkbookGrid } from './read';

/** The file's bytes; a missing or unreadable path → CtctInputError('not-found'). */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    // A named pipe or a device would be read forever (or block the run): only regular files.
    const stat = await fs.stat(file);
    if (!stat.isFile() && !stat.isDirectory()) throw new CtctInputError('not-xlsx', `“${file}” không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket), không phải là bảng tính Excel .xlsx.`);
    const buf = await fs.readFile(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof CtctInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new CtctInputError('not-xlsx', `“${file}” là một thư mục, không phải là bảng tính Excel .xlsx.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CtctInputError('not-found', `Không đọc được tệp “${file}”: không có quyền đọc.`);
    if (code === 'EBUSY') throw new CtctInputError('not-found', `Không đọc được tệp “${file}”: tệp đang bị khóa (đang mở trong chương trình khác?).`);
    throw new CtctInputError('not-found', `Không tìm thấy tệp “${file}”.`);
  }
}

export async function readWorkbookGridFile(file: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readFileBytes(file), { fileName: path.basename(file) });
}

/** A file where a folder of the path should be. */
export const FILE_ON_PATH = 'trên đường dẫn có một tệp trùng tên, không phải thư mục';

/** Why a path cannot be written to, beyond a missing folder or permission: a file on the way, a name too long, else the system's. */
export function pathProblem(code: string | undefined): string {
  return code === 'ENOTDIR' ? FILE_ON_PATH
    : code === 'ENAMETOOLONG' ? 'tên tệp hay đường dẫn quá dài, hãy chọn tên hoặc thư mục ngắn hơn'
    : 'lỗi hệ thống tệp';
}

/** Writes the file; a missing folder, no permission or an open lock → CtctInputError('cannot-write'). */
export async function writeFileBytes(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.writeFile(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? `thư mục “${path.dirname(file)}” không tồn tại`
      : code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' ? 'không có quyền ghi, hoặc tệp đang mở trong Excel'
      : code === 'EISDIR' ? 'đó là một thư mục'
      : pathProblem(code);
    throw new CtctInputError('cannot-write', `Không ghi được tệp “${file}”: ${why}.`);
  }
}
