/** What `--out` writes: a marked copy per file (its tracker carried over from the copy it replaces), and the summary. */
import { promises as fs, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { combineReports, CtctInputError, ownSheetKind, ownSheetOf, type Directory, type FileReport, type OwnSheetKind } from '../engine';
import type { SheetGrid, WorkbookGrid } from '../engine/grid';
import { FILE_ON_PATH, pathProblem, readFileBytes, writeFileBytes } from '../xlsx/node';
import { editedSinceWritten, readWorkbookGrid, writeMarkedCopyDetailed, writeSummaryWorkbook } from '../xlsx';
import { COPY_SUFFIX, folded, type Input, lockFileBeside, lockingProgram, sameFile, SUMMARY_FILE, workbookStem, writtenByCtct } from './inputs';
import type { Io } from './io';
import { copyLostNote } from '../engine/copy-losses';
import { quotedNames, sheetsPhrase } from '../engine/wording';
import { endsWithPath, ownTrackerWins, sourceLabel, trackerHeldProgramme, trackerOf } from '../engine/own-outputs';
import { trackerHasTyped } from '../xlsx/tracker-carry';

/** A file read and checked: what its marked copy is made from. */
export interface Checked {
  input: Input;
  bytes: Uint8Array;
  grid: WorkbookGrid;
  report: FileReport;
  /** A marked copy of it left out of the run, whose tracker counted (its new copy carries it on). */
  carried?: CarriedTracker;
}

/** A marked copy's tracker, standing in for its original's: the copy's name and bytes, the tracker. */
export interface CarriedTracker {
  name: string;
  bytes: Uint8Array;
  tracker: SheetGrid;
}

/** What `--out` writes: in a folder, a marked copy per file (and the summary); else one file. */
export interface OutputPlan {
  out: string;
  folder: boolean;
  /** How many files the run was given. */
  inputs: number;
  copyOf: Map<string, string>;
  summary?: string;
  /** A marked copy checked without its original → the original's label, which its new copy's "Tổng hợp" names. */
  originalOf?: ReadonlyMap<string, string>;
}

/** A file already where an output goes: the kinds of CTCT sheets it holds and, a marked copy written earlier, its tracker. */
export interface ExistingFile {
  bytes: Uint8Array;
  /** `ownSheetKind` of each sheet ([] when CTCT cannot read it). */
  kinds: (OwnSheetKind | null)[];
  /** Its sheets' names, as `kinds`. */
  names?: string[];
  tracker?: SheetGrid;
  /** The file a marked copy's "Tổng hợp" says it was made from ("a/ctct.xlsx"). */
  source?: string;
  /** A summary CTCT wrote whose values were edited since (its record says so). */
  edited?: true;
  /** The workbook as read (a marked copy's programme tells whether it was edited since). */
  grid?: WorkbookGrid;
}

/** A spreadsheet's or a text table's name that is not .xlsx: an --out so named is a file's name. */
const OTHER_SHEET_FILE = /\.(xlsm|xls|xlsb|xltx|xltm|xlt|ods|csv)$/i;

/**
 * `inputs`: the files read, each to get its copy. `given`: every file the run was given but CTCT's
 * own outputs (those that could not be read too): how many decides copy or summary, and none of
 * them is ever written to.
 */
export function planOutputs(
  out: string,
  inputs: Input[],
  given: readonly string[] = inputs.map((i) => i.file),
  /** A marked copy checked in its original's place: the original's label, which its copy is named after. */
  standsFor: ReadonlyMap<string, string> = new Map(),
  /** The sheets a user added to an earlier summary at this path, which made it an input of the run. */
  addedToSummary: (target: string) => string[] | undefined = () => undefined,
): OutputPlan {
  const files = [...given];
  if (/\.xlsx$/i.test(out)) {
    guardOutput(out, files, 'hãy chọn tên khác cho --out');
    return { out, folder: false, inputs: files.length, copyOf: new Map() };
  }
  const stat = statIfReachable(out);
  // "x.xlsm", "x.xls" name a file, never a folder to make: what CTCT writes is an .xlsx.
  const kind = OTHER_SHEET_FILE.exec(out)?.[0];
  if (kind && !stat?.isDirectory()) {
    throw new CtctInputError('cannot-write', `Không ghi được “${out}”: CTCT ghi bản sao và bảng tổng hợp dạng .xlsx, không ghi được dạng ${kind.toLowerCase()}; hãy đặt tên --out kết thúc bằng .xlsx (hoặc nêu một thư mục).`);
  }
  if (stat && !stat.isDirectory()) {
    throw new CtctInputError('cannot-write', `Không ghi được vào “${out}”: đó là một tệp đã có, không phải thư mục; --out cần một thư mục (hoặc một tên tệp .xlsx).`);
  }
  // Copies of files with the same name get their folders' names too; never two copies on one name.
  const copyOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const input of inputs) {
    const stem = workbookStem(standsFor.get(input.file) ?? input.label).split(/[\\/]+/).join('-');
    let name = `${stem}${COPY_SUFFIX}`;
    // Nor on a file of the run: the copy "vp-kiem-tra.xlsx" checked in vp.xlsx's place, --out its folder.
    const free = (n: string) => !taken.has(folded(n)) && !files.some((f) => sameFile(f, path.join(out, n)));
    for (let n = 2; !free(name); n++) name = `${stem}-${n}${COPY_SUFFIX}`;
    taken.add(folded(name));
    const target = path.join(out, name);
    guardOutput(target, files, 'hãy chọn thư mục khác cho --out');
    copyOf.set(input.file, target);
  }
  let summary: string | undefined;
  if (files.length > 1) {
    summary = path.join(out, SUMMARY_FILE);
    const added = addedToSummary(summary);
    if (added?.length) {
      throw new CtctInputError('cannot-write', `Không ghi đè “${summary}”: ${summaryAddedTo(added)}, nên được coi là bảng tính của người dùng, có trong lần kiểm tra này. Hãy đổi tên tệp đó (để giữ những gì đã thêm) hoặc chọn thư mục khác cho --out.`);
    }
    guardOutput(summary, files, `--out ghi bảng tổng hợp chung vào tên ${SUMMARY_FILE}; hãy chọn thư mục khác cho --out`);
  }
  return { out, folder: true, inputs: files.length, copyOf, summary };
}

/**
 * A file whose copy is not where its label puts it this week ("ctct-kiem-tra.xlsx": the other unit's
 * "ctct.xlsx" was renamed or left) takes the copy of the folder whose "Tổng hợp" says it was made from
 * this very file ("a-ctct-kiem-tra.xlsx", "Tệp: a/ctct.xlsx"): the statuses typed there are counted and kept.
 * The file itself renamed ("b/ctct.xlsx" → "b/ctct-b.xlsx"), it takes the copy made from a file no
 * longer given, in its own folder, whose "Theo dõi" held its tasks.
 */
export async function followEarlierCopies(
  plan: OutputPlan,
  inputs: readonly Input[],
  previousAt: (target: string) => Promise<ExistingFile | null>,
  /** A file's tasks as checked (undefined: none known). */
  programmeOf: (input: Input) => FileReport | undefined = () => undefined,
  /** Every file given: a copy among them is paired by the engine, and a copy made from one of them is that file's. */
  given: readonly string[] = inputs.map((i) => i.file),
): Promise<UnclaimedCopy[]> {
  if (!plan.folder) return [];
  let names: string[];
  try {
    names = await fs.readdir(plan.out);
  } catch {
    return []; // No folder yet: no copy either.
  }
  const taken = new Set([...plan.copyOf.values()].map((t) => folded(path.basename(t))));
  const labels = new Set(inputs.map((i) => folded(i.label)));
  const take = (input: Input, name: string) => {
    taken.delete(folded(path.basename(plan.copyOf.get(input.file)!)));
    taken.add(folded(name));
    plan.copyOf.set(input.file, path.join(plan.out, name));
  };
  // Another file of the run labelled so is that copy's file.
  const madeFrom = (input: Input, source: string) => endsWithPath(input.file, source) && !(labels.has(folded(source)) && folded(source) !== folded(input.label));
  const orphans: Input[] = [];
  for (const input of inputs) {
    const target = plan.copyOf.get(input.file);
    if (!target || statSync(target, { throwIfNoEntry: false })) continue;
    const tail = folded(`-${path.basename(target)}`);
    let found: string | undefined;
    for (const name of names.filter((n) => folded(n).endsWith(tail) && !taken.has(folded(n)))) {
      const source = (await previousAt(path.join(plan.out, name)))?.source;
      if (source && madeFrom(input, source)) {
        found = name;
        break;
      }
    }
    if (found) take(input, found);
    else orphans.push(input);
  }
  const copies = names.filter((n) => folded(n).endsWith(COPY_SUFFIX) && !given.some((f) => sameFile(f, path.join(plan.out, n))));
  const fresh: Input[] = [];
  for (const input of orphans) {
    const found = await renamedFilesCopy(input, copies.filter((n) => !taken.has(folded(n))), plan.out, previousAt, madeFrom, programmeOf, given);
    if (found) take(input, found);
    else fresh.push(input);
  }
  return unclaimedCopies(copies.filter((n) => !taken.has(folded(n))), fresh, plan, previousAt, programmeOf, given);
}

/**
 * An earlier copy no file of the run took, whose file is no longer given and whose "Theo dõi" holds
 * what users typed, while files given hold its programme (`for`: those, each with its new copy's
 * name): likely the same unit under a renamed folder ("don-vi-03/" → "QLKH/"). Never handed over
 * (units often hold the same programme: another unit's statuses would count), but said.
 */
export interface UnclaimedCopy {
  name: string;
  source: string;
  for: { label: string; copy: string }[];
}

async function unclaimedCopies(
  names: readonly string[],
  fresh: readonly Input[],
  plan: OutputPlan,
  previousAt: (target: string) => Promise<ExistingFile | null>,
  programmeOf: (input: Input) => FileReport | undefined,
  given: readonly string[],
): Promise<UnclaimedCopy[]> {
  if (!fresh.length) return [];
  const unclaimed: UnclaimedCopy[] = [];
  for (const name of names) {
    const found = await previousAt(path.join(plan.out, name));
    const { source, tracker } = found ?? {};
    if (!source || !tracker || given.some((f) => endsWithPath(f, source))) continue;
    if (!trackerHasTyped(trackerOf(tracker).rows)) continue;
    const held = fresh.filter((input) => {
      const report = programmeOf(input);
      return report && trackerHeldProgramme(tracker, report);
    });
    if (held.length) unclaimed.push({ name, source, for: held.map((i) => ({ label: i.label, copy: path.basename(plan.copyOf.get(i.file)!) })) });
  }
  return unclaimed;
}

/** An unclaimed copy, said: what it holds, why it is not used, and how to hand it on. */
export function unclaimedCopyNote(c: UnclaimedCopy): string {
  const candidates = c.for.map((f) => f.label).join(', ');
  const how =
    c.for.length === 1
      ? `nếu ${c.for[0]!.label} là tệp đó (thư mục hay tệp đã đổi tên), hãy xóa bản sao mới ${c.for[0]!.copy}, đổi tên ${c.name} thành ${c.for[0]!.copy} rồi chạy lại`
      : `nếu một trong các tệp đó là tệp cũ đã đổi tên, hãy xóa bản sao mới của nó, đổi tên ${c.name} thành tên bản sao đó rồi chạy lại`;
  return `Bản sao ${c.name} (làm từ ${c.source}, tệp không còn trong lần chạy này) có những gì đã ghi ở trang “Theo dõi” nhưng không được dùng, vì CTCT không chắc tệp nào thay nó (cùng chương trình: ${candidates}); ${how}.`;
}

/**
 * The earlier copy (of `names`, in `out`) of a file whose copy has another name: one made from it
 * (kept under the name its label gave then), else one made from a file no longer given in the same
 * unit folder, whose "Theo dõi" held this file's tasks (the file renamed with its label).
 */
async function renamedFilesCopy(
  input: Input,
  names: readonly string[],
  out: string,
  previousAt: (target: string) => Promise<ExistingFile | null>,
  madeFrom: (input: Input, source: string) => boolean,
  programmeOf: (input: Input) => FileReport | undefined,
  given: readonly string[],
): Promise<string | undefined> {
  const earlier: { name: string; source: string; tracker?: SheetGrid }[] = [];
  for (const name of names) {
    const found = await previousAt(path.join(out, name));
    if (found?.source) earlier.push({ name, source: found.source, ...(found.tracker ? { tracker: found.tracker } : {}) });
  }
  const own = earlier.find((c) => madeFrom(input, c.source));
  if (own) return own.name;
  const report = programmeOf(input);
  if (!report) return undefined;
  const folder = path.dirname(input.file);
  return earlier.find((c) => {
    // "b/ctct.xlsx", or "b\ctct.xlsx" as labelled on Windows: the unit folder "b".
    const sourceFolder = c.source.split(/[\\/]+/).slice(0, -1).join('/');
    return c.tracker && !given.some((f) => endsWithPath(f, c.source)) && (!sourceFolder || endsWithPath(folder, sourceFolder)) && trackerHeldProgramme(c.tracker, report);
  })?.name;
}

/**
 * A file already at `target` is replaced only when CTCT wrote it as what it writes now: a marked
 * copy (holding CTCT's summary, tracker or hidden sheets) by a copy, a summary (nothing else) by a
 * summary. Another unit's workbook, or a copy whose tracker holds typed statuses, is never lost to
 * a mistyped --out.
 */
function guardExisting(target: string, kind: 'copy' | 'summary', existing: ExistingFile | null): void {
  if (!existing) return;
  const { kinds } = existing;
  if (writtenByCtct(kinds, kind)) return;
  const added = addedSheets(existing, kind);
  if (added) throw new CtctInputError('cannot-write', `Không ghi đè “${target}”: ${added}. Hãy đổi tên tệp đó (để giữ những gì đã thêm) hoặc chọn thư mục khác cho --out.`);
  const what = kind === 'summary' && kinds.includes('tracker') ? 'đó là một bản sao có trang “Theo dõi”, không phải bảng tổng hợp' : 'tệp đó không do CTCT ghi ra';
  throw new CtctInputError('cannot-write', `Không ghi đè “${target}”: ${what}. Hãy chọn tên khác cho --out (hoặc tự xóa tệp đó nếu không cần nữa).`);
}

/** An earlier summary a user added sheets to: those sheets, said (undefined for anything else). */
function addedSheets({ kinds, names }: ExistingFile, kind: 'copy' | 'summary'): string | undefined {
  const added = kind === 'summary' && names ? sheetsAddedToSummary(kinds, names) : undefined;
  return added && `${summaryAddedTo(added)}, ghi đè thì những gì thêm vào sẽ mất`;
}

/** An earlier summary a user added sheets to, said the same wherever --out meets it. */
function summaryAddedTo(added: readonly string[]): string {
  return `bảng tổng hợp CTCT ghi lần trước đã được thêm ${sheetsPhrase(added)}`;
}

/** A workbook holding CTCT's summary and task list (a summary it wrote): the other sheets, added by a user. Undefined: not a summary. */
export function sheetsAddedToSummary(kinds: readonly (OwnSheetKind | null)[], names: readonly string[]): string[] | undefined {
  if (!kinds.includes('summary') || !kinds.includes('task-list')) return undefined;
  return names.filter((_, i) => kinds[i] !== 'summary' && kinds[i] !== 'task-list' && kinds[i] !== 'internal');
}

/**
 * A file open in Excel or LibreOffice (its lock file beside it) is not written over: what the user typed
 * there and has not saved would be lost, or would overwrite the new copy when saved. Windows
 * refuses such a write itself; other systems and shared folders do not.
 */
function guardNotOpen(target: string): void {
  const lock = lockFileBeside(target);
  if (!lock) return;
  throw new CtctInputError(
    'cannot-write',
    `Không ghi đè “${target}”: tệp đang mở trong ${lockingProgram(lock)} (có tệp khóa “${path.basename(lock)}” bên cạnh). Hãy lưu và đóng tệp rồi chạy lại; nếu ${lockingProgram(lock)} không mở tệp đó, xóa tệp khóa.`,
  );
}

/** What is at `target`; nothing where nothing can be (a name too long, a file on the way): writing says why. */
function statIfReachable(target: string): Stats | undefined {
  try {
    return statSync(target, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The input is never written to, under whatever name or link it is reached; nor a pipe or device (writing would block). */
function guardOutput(target: string, files: string[], advice: string): void {
  if (files.some((f) => sameFile(f, target))) {
    throw new CtctInputError('cannot-write', `Không ghi đè tệp đang kiểm tra "${target}": ${advice}.`);
  }
  const stat = statIfReachable(target);
  if (stat && !stat.isFile() && !stat.isDirectory()) {
    throw new CtctInputError('cannot-write', `Không ghi được vào “${target}”: đó không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket); ${advice}.`);
  }
}

/** The file at `target`, read once for both uses: may it be replaced, and what users typed in its tracker. Null: no file. */
export async function readExisting(target: string): Promise<ExistingFile | null> {
  if (!statIfReachable(target)?.isFile()) return null;
  try {
    const bytes = await readFileBytes(target);
    return existingFile(bytes, await readWorkbookGrid(bytes, { fileName: path.basename(target) }));
  } catch {
    // Not a workbook CTCT can read: not one it wrote.
    return { bytes: new Uint8Array(), kinds: [] };
  }
}

/** A workbook already read, as a file an output may replace. */
export function existingFile(bytes: Uint8Array, grid: WorkbookGrid): ExistingFile {
  const source = sourceLabel(grid);
  const kinds = grid.sheets.map(ownSheetKind);
  const edited = writtenByCtct(kinds, 'summary') && editedSinceWritten(grid);
  return { bytes, kinds, grid, names: grid.sheets.map((s) => s.name), tracker: ownSheetOf(grid.sheets, 'tracker'), ...(source ? { source } : {}), ...(edited ? { edited: true as const } : {}) };
}

async function makeFolder(out: string): Promise<void> {
  try {
    await fs.mkdir(out, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' ? FILE_ON_PATH
      : code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi'
      : pathProblem(code);
    throw new CtctInputError('cannot-write', `Không tạo được thư mục “${out}” cho --out: ${why}.`);
  }
}

export async function writeOutputs(
  plan: OutputPlan,
  checked: Checked[],
  report: ReturnType<typeof combineReports>,
  asOf: string,
  previousAt: (target: string) => Promise<ExistingFile | null>,
  io: Io,
  /** The directory `report` was combined with: the task list names units as its summary counts them. */
  directory?: Directory,
  /** Whether the programme of a marked copy about to be written over was edited in it since CTCT wrote it. */
  copyEdited: (old: ExistingFile) => boolean = () => false,
): Promise<string[]> {
  // What the user asked for: one file's copy, or the consolidated summary of several (those that
  // could not be read named in it), however many could be read.
  const single = plan.inputs === 1;
  const carriedWhole: [string, string[]][] = [];
  const keptTyped: KeptTyped[] = [];
  /** One file's marked copy (its tracker carried over from the copy it replaces), and a word on stderr about what it could not keep. */
  const writeCopy = async (target: string, r: Checked) => {
    const name = r.input.label;
    const old = await previousAt(target);
    // The copy replaced, else a marked copy of the file left out of the run: what users typed there goes on.
    const previousCopy = old?.tracker ? old.bytes : r.carried?.bytes;
    // The copy written over: the sheets users added there go on in the new one.
    const replaces = old?.bytes.length ? old.bytes : undefined;
    const copy = await writeMarkedCopyDetailed(r.bytes, r.report, combineReports([r.report], asOf), { asOf, fileName: name, source: plan.originalOf?.get(r.input.file), previousCopy, ...(replaces ? { replaces } : {}) });
    // What could not be carried stays in the old copy, kept beside under another name: so does a programme edited there,
    // and any other sheet CTCT wrote there whose values changed since (its record says which; "Theo dõi" goes on anyway).
    const edited = replaces && old && copyEdited(old);
    const editedSheets = copy.replacedEdited;
    // The workbook's own tracker under CTCT's name wins (it is where the user works); the earlier copy's stands in otherwise, as the engine counts it.
    const own = ownTrackerWins(r.grid);
    // Statuses typed in the copy written over since CTCT wrote it, which the workbook's own tracker does not take.
    const typedDropped = !!(own && replaces && old?.tracker && copy.replacedTrackerTyped);
    const kept = (copy.carriedWithout.length || edited || editedSheets.length || typedDropped) && replaces ? await keepOldCopy(target, replaces) : undefined;
    if (edited) io.err(`Chương trình trong bản sao ${path.basename(target)} đã được sửa sau khi CTCT ghi (bản sao mới làm lại từ ${name}, không có những chỗ sửa đó), nên bản sao cũ được giữ lại với tên ${kept}; hãy sửa ở chính ${name}.`);
    else if (editedSheets.length) io.err(`Bản sao ${path.basename(target)} đã được sửa sau khi CTCT ghi (${sheetsPhrase(editedSheets)}); bản sao mới làm lại từ ${name} không có những chỗ sửa đó, nên bản sao cũ được giữ lại với tên ${kept}.`);
    await writeFileBytes(target, copy.bytes);
    const from = old?.tracker ? `bản sao trước ${path.basename(target)}` : r.carried ? `bản sao ${r.carried.name}` : null;
    // Said only where users typed something there: a weekly re-run of untouched copies says nothing.
    if (from) {
      if (own && trackerHasTyped(trackerOf(old?.tracker ?? r.carried!.tracker).rows)) {
        const keptNote = typedDropped ? ` Những gì đã ghi ở đó sau lần CTCT ghi trước vẫn còn trong bản sao cũ, được giữ lại với tên ${kept}.` : '';
        io.err(`Trang “Theo dõi” của ${name} được dùng; trang “Theo dõi” của ${from} không được dùng.${keptNote}`);
      } else if (typedDropped) {
        io.err(`Trang “Theo dõi” của ${from} có những gì đã gõ thêm sau lần CTCT ghi trước (dòng, cột, ghi chú) mà bản sao mới, theo trang “Theo dõi” của ${name}, không có: bản sao cũ được giữ lại với tên ${kept}.`);
      } else if (!own && copy.trackerTyped) keptTyped.push({ from, copy: old?.tracker ? path.basename(target) : r.carried!.name, since: copy.trackerTypedSince || !old?.tracker });
    }
    // What could not be carried is said at once; the sheets carried whole, once for the run.
    if (copy.carriedWithout.length) io.err(carriedSheetsNote(path.basename(target), copy.carriedSheets, copy.carriedWithout, kept));
    else if (copy.carriedSheets.length) carriedWhole.push([path.basename(target), copy.carriedSheets]);
    if (copy.lostParts.length) io.err(copyLostNote(path.basename(target), name, copy.lostParts));
  };
  const targets: [string, 'copy' | 'summary'][] = plan.folder
    ? [...checked.map((r): [string, 'copy'] => [plan.copyOf.get(r.input.file)!, 'copy']), ...(plan.summary ? [[plan.summary, 'summary'] as [string, 'summary']] : [])]
    : [[plan.out, single ? 'copy' : 'summary']];
  for (const [target, kind] of targets) {
    const existing = await previousAt(target);
    try {
      guardExisting(target, kind, existing);
      if (existing) guardNotOpen(target);
    } catch (e) {
      // Every target is checked before any is written: one refused, none of the run's files is (not only that one).
      if (!(e instanceof CtctInputError) || targets.length < 2) throw e;
      throw new CtctInputError(e.code, `${e.message} Chưa tệp nào của lần chạy này được ghi (cả ${targets.length} tệp: bản sao của các tệp khác và bảng tổng hợp).`);
    }
  }
  /** The summary, the one it replaces kept beside first when a user edited it since CTCT wrote it. */
  const writeSummary = async (target: string) => {
    const bytes = await writeSummaryWorkbook(report, { asOf, directory });
    const old = await previousAt(target);
    if (old?.edited) {
      const kept = await keepOldCopy(target, old.bytes);
      io.err(`Bảng tổng hợp ${path.basename(target)} đã được sửa sau lần CTCT ghi trước, nên được giữ lại với tên ${kept} trước khi ghi bảng mới; những gì đã sửa hay gõ thêm ở đó không được chép sang bảng mới.`);
    }
    await writeFileBytes(target, bytes);
  };
  if (!plan.folder) {
    if (single) await writeCopy(plan.out, checked[0]!);
    else await writeSummary(plan.out);
    sayKeptTyped(keptTyped, io);
    sayCarriedWhole(carriedWhole, io);
    return [plan.out];
  }
  await makeFolder(plan.out);
  const written: string[] = [];
  for (const r of checked) {
    const target = plan.copyOf.get(r.input.file)!;
    await writeCopy(target, r);
    written.push(target);
  }
  sayKeptTyped(keptTyped, io);
  sayCarriedWhole(carriedWhole, io);
  if (plan.summary) {
    await writeSummary(plan.summary);
    written.push(plan.summary);
  }
  return written;
}

/** Sheets a user added to the copy written over, carried into the new one: said, so she knows where they are. */
function carriedSheetsNote(copy: string, sheets: readonly string[], without: readonly string[], kept: string | undefined): string {
  const lost = without.length && kept ? `; hình ảnh và bảng (Format as Table) ở ${sheetsPhrase(without)} không chép được: bản sao cũ được giữ lại với tên ${kept}` : '';
  return `Chép ${sheetsPhrase(sheets)} người dùng đã thêm vào bản sao ${copy} sang bản sao mới${lost}.`;
}

/**
 * The earlier copies whose typed "Theo dõi" went on: those typed in since CTCT wrote them in one
 * sentence, or one list for the run (a weekly run of 20 units); those carried unchanged, counted.
 */
function sayKeptTyped(all: readonly KeptTyped[], io: Io): void {
  const kept = all.filter((k) => k.since);
  if (kept.length === 1) io.err(`Giữ lại những gì đã ghi ở trang “Theo dõi” của ${kept[0]!.from}.`);
  if (kept.length > 1) io.err(`Giữ lại những gì đã ghi ở trang “Theo dõi” của ${kept.length} bản sao trước:\n${kept.map((k) => `  ${k.copy}`).join('\n')}`);
  const same = all.length - kept.length;
  if (same) io.err(`Trang “Theo dõi” của ${same} bản sao trước không đổi từ lần CTCT ghi: những gì đã gõ ở đó vẫn được giữ.`);
}

interface KeptTyped {
  from: string;
  copy: string;
  /** Typed there since CTCT wrote that copy; always so of a copy other than the one written over (named where the statuses come from). */
  since: boolean;
}

/**
 * The sheets carried whole into the new copies, one line for the run: a weekly run of 20 units whose
 * copies each hold the secretary's notes says each copy once, briefly, not 20 sentences.
 */
function sayCarriedWhole(carried: readonly [string, string[]][], io: Io): void {
  if (carried.length === 1) io.err(carriedSheetsNote(carried[0]![0], carried[0]![1], [], undefined));
  if (carried.length < 2) return;
  const each = carried.map(([copy, sheets]) => `  ${copy}: ${quotedNames(sheets)}`);
  io.err(`Chép trang người dùng đã thêm vào ${carried.length} bản sao sang bản sao mới:\n${each.join('\n')}`);
}

/** The copy (or summary) about to be written over, kept as "X-kiem-tra-ban-cu.xlsx", "tong-hop-ban-cu.xlsx" (or "-2", …, never over a file); its name. */
async function keepOldCopy(target: string, bytes: Uint8Array): Promise<string> {
  const stem = target.replace(/\.xlsx$/i, '');
  let name = `${stem}-ban-cu.xlsx`;
  for (let n = 2; statSync(name, { throwIfNoEntry: false }); n++) name = `${stem}-ban-cu-${n}.xlsx`;
  await writeFileBytes(name, bytes);
  return path.basename(name);
}
