/**
 * The files a run checks: as given, or a folder's workbooks, its subfolders' too (not Excel's lock
 * files), each once, with a label that tells same-named files apart.
 */
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { UnreadableFile } from '../engine/report';
import type { Io } from './io';

/** A file to check, and how the report and its copy name it (the file name, or more when two share it). */
export interface Input {
  file: string;
  label: string;
}

export { COPY_SUFFIX, folded, SUMMARY_FILE, workbookStem, writtenByCtct } from '../engine/own-outputs';

/** Excel's "~$" lock files and the "._" files macOS leaves on other disks: never workbooks. */
const isJunk = (name: string) => name.startsWith('~$') || name.startsWith('._');

/**
 * The lock file beside `file` while it is open (or left by a crash), if any: Excel's "~$name", or
 * LibreOffice's ".~lock.name#" (units save .ods and open .xlsx there too).
 */
export function lockFileBeside(file: string): string | undefined {
  const name = path.basename(file);
  for (const lockName of [`~$${name}`, `.~lock.${name}#`]) {
    const lock = path.join(path.dirname(file), lockName);
    try {
      if (statSync(lock, { throwIfNoEntry: false })) return lock;
    } catch {
      // Not reachable: as if none.
    }
  }
  return undefined;
}

/** The program a lock file says the workbook is open in. */
export const lockingProgram = (lock: string): string => (path.basename(lock).startsWith('.~lock.') ? 'LibreOffice' : 'Excel');

/**
 * What a folder gives to check: Excel workbooks, and spreadsheets saved in a form CTCT cannot read
 * (.xls, .xlsb, LibreOffice's .ods), which then say they must be saved as .xlsx rather than be missed.
 */
const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

/** The workbooks of a folder and of its subfolders (a folder per unit), by path; hidden folders left out. */
async function folderWorkbooks(dir: string): Promise<{ files: string[]; unreadable: string[] }> {
  const files: string[] = [];
  const unreadable: string[] = [];
  const walk = async (at: string) => {
    let entries;
    try {
      entries = await fs.readdir(at, { withFileTypes: true });
    } catch {
      unreadable.push(at);
      return;
    }
    for (const d of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, d.name);
      if (d.isDirectory() && !d.name.startsWith('.')) await walk(full);
      else if ((d.isFile() || d.isSymbolicLink()) && WORKBOOK.test(d.name) && !isJunk(d.name)) files.push(full);
    }
  };
  await walk(dir);
  return { files, unreadable };
}

/**
 * A file's path typed with a slash after it ("vp.xlsx/", a shell's completion of a folder-like name)
 * is that file; the path is kept as given when it is a folder or names nothing.
 */
export async function withoutTrailingSlash(input: string): Promise<string> {
  const bare = input.replace(/[\\/]+$/, '');
  if (!bare || bare === input || /^[A-Za-z]:$/.test(bare)) return input;
  const stat = await fs.stat(bare).catch(() => null);
  return stat?.isFile() ? bare : input;
}

/** A file to read: as given, or found in `folder` (an input that is a folder). */
export interface Source {
  file: string;
  folder?: string;
}

/**
 * Files as given; a folder gives its workbooks and its subfolders' (a folder per unit), leaving
 * out Excel's lock files and macOS "._" files (CTCT's own outputs are told apart once read, by what
 * they hold: own-outputs.ts). An empty folder is a failure of its own; the other inputs are still
 * checked. A file given twice (also through a folder, a link or another spelling of its path) is
 * checked once.
 */
export async function expandInputs(inputs: string[], failures: UnreadableFile[], io: Io): Promise<Source[]> {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (file: string, folder?: string) => {
    const id = fileIdentity(file);
    if (seen.has(id)) {
      io.err(`Tệp “${file}” đã có trong lần kiểm tra này: chỉ kiểm tra một lần.`);
      return;
    }
    seen.add(id);
    out.push(folder === undefined ? { file } : { file, folder });
  };
  const fail = (input: string, code: UnreadableFile['code'], message: string) => {
    failures.push({ file: input, code, message });
    io.err(message);
  };
  for (const given of inputs) {
    const input = await withoutTrailingSlash(given);
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      add(input);
      continue;
    }
    const { files, unreadable } = await folderWorkbooks(input);
    for (const dir of unreadable) fail(dir, 'not-found', `Không đọc được thư mục "${dir}" (không có quyền đọc?).`);
    if (unreadable.includes(input)) continue;
    if (!files.length) {
      fail(input, 'not-found', `Thư mục "${input}" không có tệp .xlsx nào.`);
      continue;
    }
    for (const f of files) add(f, input);
  }
  return out;
}

/**
 * Each file with its label: its name, or, for files of the same name from different folders, as
 * many of its folders as tell them apart ("a/don-vi.xlsx", "b/don-vi.xlsx").
 */
export function labelled(files: string[]): Input[] {
  const parts = files.map((f) => path.resolve(f).split(/[\\/]+/).filter(Boolean));
  const labels = files.map((f) => path.basename(f));
  const groups = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const key = label.normalize('NFC');
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const longest = Math.max(...group.map((i) => parts[i]!.length));
    for (let n = 2; n <= longest; n++) {
      const tails = group.map((i) => parts[i]!.slice(-n).join('/').normalize('NFC'));
      if (new Set(tails).size < tails.length && n < longest) continue;
      group.forEach((i) => (labels[i] = path.join(...parts[i]!.slice(-n))));
      break;
    }
  }
  return files.map((file, i) => ({ file, label: labels[i]! }));
}

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** The path with its links resolved (the folder's, when the file does not exist yet), compared as the system does. */
function realPath(file: string): string {
  const abs = path.resolve(file);
  let real = abs;
  try {
    real = realpathSync.native(abs);
  } catch {
    try {
      real = path.join(realpathSync.native(path.dirname(abs)), path.basename(abs));
    } catch {
      // Neither exists: the path as it is.
    }
  }
  real = real.normalize('NFC');
  return CASE_INSENSITIVE ? real.toLowerCase() : real;
}

/** The file itself: device and inode when it exists (a hard link is the same file), else its real path. */
function fileIdentity(file: string): string {
  let stat;
  try {
    stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    // Not reachable (a file's name used as a folder, no permission, a loop of links): reading it says why.
  }
  return stat && stat.ino !== 0n && !stat.isDirectory() ? `${stat.dev}:${stat.ino}` : realPath(file);
}

export function sameFile(a: string, b: string): boolean {
  return fileIdentity(a) === fileIdentity(b) || realPath(a) === realPath(b);
}

