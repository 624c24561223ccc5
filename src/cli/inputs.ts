/**
 * The files a run checks: as given, or a folder's workbooks, its subfolders' too (not Excel's lock
 * files, not what an earlier `--out` wrote there), each once, with a label that tells same-named
 * files apart.
 */
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ownSheetKind, type OwnSheetKind } from '../engine';
import type { WorkbookGrid } from '../engine/grid';
import type { UnreadableFile } from '../engine/report';
import { readFileBytes } from '../xlsx/node';
import { readWorkbookGrid } from '../xlsx';
import type { Io } from './io';

/** A file to check, and how the report and its copy name it (the file name, or more when two share it). */
export interface Input {
  file: string;
  label: string;
}

/** What `--out FOLDER` writes: each file's marked copy, and the consolidated summary. */
export const COPY_SUFFIX = '-kiem-tra.xlsx';
export const SUMMARY_FILE = 'tong-hop.xlsx';
/** What a summary saved under another name still starts with ("tong-hop-quy-3.xlsx"). */
const SUMMARY_STEM = 'tong-hop';

export const folded = (name: string) => name.normalize('NFC').toLowerCase();

/** Excel's "~$" lock files and the "._" files macOS leaves on other disks: never workbooks. */
const isJunk = (name: string) => name.startsWith('~$') || name.startsWith('._');

/** What a folder gives to check: Excel workbooks (an .xls or .xlsb one then says it must be saved as .xlsx). */
const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb)$/i;

/** A workbook's name without its extension, as its marked copy is named ("m.xlsm" → "m"). */
export const workbookStem = (name: string) => name.replace(/\.(xlsx|xlsm)$/i, '');

/**
 * What an earlier `--out` into a folder wrote, so a later run over that folder does not check it
 * as a unit's sheet: a file named as CTCT names its outputs that also holds what CTCT writes. A
 * marked copy ("X-kiem-tra.xlsx": CTCT's "Tổng hợp"/"Theo dõi" or its hidden sheets) only where
 * its original "X.xlsx" is in the same folder tree (alone, it is the copy a unit went on working
 * in, and sent); a summary
 * ("tong-hop….xlsx") holding nothing but CTCT's summary and task list. A unit's own
 * "ke-hoach-kiem-tra.xlsx" is checked.
 */
async function isOwnOutput(file: string, present: ReadonlySet<string>): Promise<boolean> {
  const name = folded(path.basename(file));
  const copy = name.endsWith(COPY_SUFFIX);
  // A copy is named after its original's label, folders joined by "-" ("a/don-vi.xlsx" → "a-don-vi-kiem-tra.xlsx").
  const stem = copy ? name.slice(0, -COPY_SUFFIX.length) : '';
  const ofOriginal = [...present].some((original) => stem === original || stem.endsWith(`-${original}`));
  if (copy ? !ofOriginal : !(name.startsWith(SUMMARY_STEM) && name.endsWith('.xlsx'))) return false;
  let grid: WorkbookGrid;
  try {
    grid = await readWorkbookGrid(await readFileBytes(file), { fileName: path.basename(file) });
  } catch {
    return false;
  }
  return writtenByCtct(grid.sheets.map(ownSheetKind), copy ? 'copy' : 'summary');
}

/**
 * Whether a workbook's sheets, by kind, are what CTCT writes as that output: a marked copy holds
 * CTCT's summary, tracker or hidden sheets; a summary holds nothing but its summary and task list.
 */
export function writtenByCtct(kinds: readonly (OwnSheetKind | null)[], output: 'copy' | 'summary'): boolean {
  if (output === 'copy') return kinds.some((k) => k === 'summary' || k === 'tracker' || k === 'internal');
  return kinds.length > 0 && kinds.every((k) => k === 'summary' || k === 'task-list');
}

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
 * Files as given; a folder gives its workbooks and its subfolders' (a folder per unit), leaving
 * out Excel's lock files, macOS "._" files and what an earlier `--out` into that folder wrote
 * (counted on stderr). A folder with nothing to check is a failure of its own; the other inputs
 * are still checked. A file given twice (also through a folder, a link or another spelling of its
 * path) is checked once.
 */
export async function expandInputs(inputs: string[], failures: UnreadableFile[], io: Io): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const id = fileIdentity(file);
    if (seen.has(id)) {
      io.err(`Tệp “${file}” đã có trong lần kiểm tra này: chỉ kiểm tra một lần.`);
      return;
    }
    seen.add(id);
    out.push(file);
  };
  const fail = (input: string, code: UnreadableFile['code'], message: string) => {
    failures.push({ file: input, code, message });
    io.err(message);
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      add(input);
      continue;
    }
    const { files: all, unreadable } = await folderWorkbooks(input);
    for (const dir of unreadable) fail(dir, 'not-found', `Không đọc được thư mục "${dir}" (không có quyền đọc?).`);
    if (unreadable.includes(input)) continue;
    // A copy's original may be in another folder of the tree (--out into a subfolder): names without extension.
    const present = new Set(all.map((g) => workbookStem(folded(path.basename(g)))));
    const names: string[] = [];
    for (const f of all) if (!(await isOwnOutput(f, present))) names.push(f);
    if (names.length < all.length) io.err(`Bỏ qua ${all.length - names.length} tệp do CTCT ghi ra trong "${input}" (…${COPY_SUFFIX} có tệp gốc cùng thư mục, ${SUMMARY_FILE}).`);
    if (!names.length) {
      fail(input, 'not-found', all.length ? `Thư mục "${input}" chỉ có tệp do CTCT ghi ra, không có bảng tính nào để kiểm tra.` : `Thư mục "${input}" không có tệp .xlsx nào.`);
      continue;
    }
    for (const n of names) add(n);
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

