/**
 * `ctct check`: reads each workbook, checks it, prints the report (or JSON), optionally writes a
 * marked copy. One unreadable file (or empty folder) does not stop the others; exit 2 says at
 * least one failed.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyseWorkbook, combineReports, CtctInputError, defaultDirectory, Directory, ownSheetKind, ownSheetOf, parseDirectoryText, periodById, todayIso, withNextStep } from '../engine';
import type { FileReport, Report, UnreadableFile } from '../engine/report';
import { readFileBytes } from '../xlsx/node';
import { readWorkbookGrid } from '../xlsx';
import { CheckArgs, parseCliArgs, USAGE, UsageError } from './args';
import { formatCatalog, formatReport } from './format';
import { expandInputs, type Input, labelled, lockFileBeside, lockingProgram, sameFile, type Source, withoutTrailingSlash } from './inputs';
import { defaultIo, quietOnClosedPipe, type Io } from './io';
import { type CarriedTracker, type Checked, existingFile, followEarlierCopies, type ExistingFile, type OutputPlan, planOutputs, readExisting, sheetsAddedToSummary, unclaimedCopyNote, writeOutputs } from './outputs';
import { ownTrackerWins, type ProgrammeDiff, type ReadInput, type SkippedOutput, sortOwnOutputs } from './own-outputs';
import { copyEditedSinceWritten, copyOriginalLabel, oncePerContent as sameContentOnce, trackersFromCopies } from '../engine/own-outputs';
import { sheetsPhrase } from '../engine/wording';

export const SAMPLE = path.resolve(__dirname, '../../assets/samples/chuong-trinh-cong-tac-mau.xlsx');

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  if (io === defaultIo) quietOnClosedPipe();
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'codes') {
      io.out(formatCatalog());
      return 0;
    }
    return await check(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(e instanceof CtctInputError ? cliText(e) : `Lỗi không mong đợi: ${(e as Error).message}`);
    return 2;
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  // Without --directory the engine uses the workbook's own "Danh mục" sheet, else the default.
  const directory = args.directory ? await loadDirectory(await withoutTrailingSlash(args.directory)) : undefined;
  // A period the directory in use lacks is the option's fault: said once, before any file.
  if (args.period) periodById(directory ?? defaultDirectory, args.period);
  const failures: UnreadableFile[] = [];
  const sources = args.files.length ? await expandInputs(args.files, failures, io) : [{ file: SAMPLE }];
  const asOf = args.asOf ?? todayIso();

  // Every workbook is read once; CTCT's own outputs among them are told by what they hold.
  const all = await readAll(sources, failures, io);
  const { read, sameAs } = oncePerContent(all, io);
  // Once per workbook: an original (or a copy in a chain) is compared with each of its copies.
  const programmes = new Map<ReadInput, FileReport | undefined>();
  const programme = (r: ReadInput) => {
    if (programmes.has(r)) return programmes.get(r);
    let report: FileReport | undefined;
    try {
      report = analyseWorkbook(r.grid, { fileName: r.input.label, directory, period: args.period, sheet: args.sheet, asOf });
    } catch {
      report = undefined;
    }
    programmes.set(r, report);
    return report;
  };
  const { kept, skipped, unpaired } = sortOwnOutputs(read, programme, sameAs);
  // What the user asked for: every file given but CTCT's outputs and a content given twice, read or not.
  const leftOut = new Set([...skipped.map((s) => s.read), ...sameAs.keys()].map((r) => r.input.file));
  const wanted = sources.map((s) => s.file).filter((f) => !leftOut.has(f));
  // Labelled among all of these, read or not: a unit's file that cannot be read this week does not turn
  // "a/ctct.xlsx" into "ctct.xlsx", whose copy would then miss the statuses typed in "a-ctct-kiem-tra.xlsx".
  const labels = new Map(labelled(wanted).map((i) => [i.file, i]));
  const inputs = kept.map((r) => (r.input = labels.get(r.input.file) ?? r.input));
  for (const u of unpaired) io.err(unpairedNote(u.read.input.label, u.named.input.label));
  // A copy checked in its original's place writes the original's copy: "vp-kiem-tra.xlsx", never "vp-kiem-tra-kiem-tra.xlsx".
  const standsFor = new Map(skipped.flatMap((s) => (s.kind === 'superseded' ? [[s.original!.input.file, s.read.input.label] as const] : [])));
  // A marked copy checked as a programme of its own (its original absent or unreadable) too: "vp-kiem-tra.xlsx".
  const copiesChecked = kept.flatMap((r) => {
    const original = standsFor.has(r.input.file) ? undefined : copyOriginalLabel(r);
    return original ? [[r.input.file, original] as const] : [];
  });
  for (const [file, original] of copiesChecked) standsFor.set(file, original);
  const plan = args.out ? { ...planOutputs(args.out, inputs, wanted, standsFor, (target) => addedToSummary(kept, target)), originalOf: new Map(copiesChecked) } : undefined;
  if (plan?.folder) for (const [file, original] of copiesChecked) io.err(copyCheckedNote(file, original, plan.copyOf.get(file)));

  const previous = new Map<string, ExistingFile | null>();
  // A copy read as an input is not read again as the file its new copy replaces.
  for (const s of skipped) previous.set(path.resolve(s.read.input.file), existingFile(s.read.bytes, s.read.grid));
  const previousAt = async (target: string | undefined) => {
    if (target === undefined) return null;
    const key = path.resolve(target);
    if (!previous.has(key)) previous.set(key, await readExisting(target));
    return previous.get(key)!;
  };
  /** Where this file's marked copy goes, as far as it is known before the others are read. */
  const plannedTarget = (input: Input) => (plan?.folder ? plan.copyOf.get(input.file) : plan?.inputs === 1 ? plan.out : undefined);
  const keptBy = new Map(kept.map((r) => [r.input.file, r]));
  const programmeOf = (input: Input) => {
    const r = keptBy.get(input.file);
    return r && programme(r);
  };
  const unclaimed = plan ? await followEarlierCopies(plan, inputs, previousAt, programmeOf, sources.map((s) => s.file)) : [];
  for (const c of unclaimed) io.err(unclaimedCopyNote(c));
  const replaced = async (r: ReadInput) => {
    const target = plannedTarget(r.input);
    return (await previousAt(target))?.tracker ? target : undefined;
  };
  const { carried, sayLeftOut } = await carriedTrackers(skipped, replaced);

  const checked: Checked[] = [];
  for (const r of kept) {
    try {
      const old = await previousAt(plannedTarget(r.input));
      // The statuses kept in a copy's tracker count in the summary, as they will in the new copy:
      // the copy --out replaces, else a marked copy of the file left out of this run.
      const from = old?.tracker ? undefined : carried.get(r);
      const tracker = old?.tracker ?? from?.tracker;
      const report = analyseWorkbook(tracker ? { ...r.grid, tracker } : r.grid, { fileName: r.input.label, directory, period: args.period, sheet: args.sheet, asOf });
      checked.push({ input: r.input, bytes: r.bytes, grid: r.grid, report, ...(from ? { carried: from } : {}) });
    } catch (e) {
      fail(r.input, e, failures, io);
    }
  }
  const reports = new Map(checked.map((c) => [c.input.file, c.report]));
  sayLeftOut((original) => reports.get(original.input.file)?.summary.statusFromTracker ?? 0, rewrittenBy(plan), io);
  skippedFolders(sources, read, skipped, kept, failures, io);

  // A unit renamed between the files' periods is one line of the consolidated summary.
  const combinedWith = directory ?? defaultDirectory;
  const report = combineReports(
    checked.map((r) => r.report),
    asOf,
    failures,
    combinedWith,
  );
  if (!args.json && checked.length) io.out(formatReport(report));

  // Nothing read: no copy, and not the summary either (it would hold no file's numbers).
  if (plan && !checked.length) io.err(`Không ghi gì vào “${plan.out}”: không đọc được tệp nào.`);
  // Written before the JSON is printed: a copy that could not be written is in its `errors`.
  // A copy about to be written over whose programme was edited there: checked as it is now.
  const copyEdited = (old: ExistingFile) => {
    if (!old.grid || !old.tracker) return false;
    try {
      return copyEditedSinceWritten(old.grid, analyseWorkbook(old.grid, { fileName: old.source ?? 'ban-sao.xlsx', directory, period: args.period, sheet: args.sheet, asOf }));
    } catch {
      return false;
    }
  };
  const notWritten = plan && checked.length ? await writeAll(plan, checked, report, asOf, previousAt, io, combinedWith, args.json, copyEdited) : undefined;
  if (notWritten) report.errors = [...(report.errors ?? []), notWritten];
  if (args.json) io.out(JSON.stringify(report, null, 2));
  if (notWritten) io.err(notWritten.message);
  if (failures.length || notWritten) return 2;
  return report.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}

/** Said when a marked copy checked on its own gets its copy named after its original. */
function copyCheckedNote(file: string, original: string, target: string | undefined): string {
  const name = target ? path.basename(target) : '';
  return `“${file}” là bản sao đánh dấu CTCT đã ghi (của ${original}) và được kiểm tra như một chương trình: bản sao mới của nó mang tên của tệp gốc, “${name}”, không phải “${path.basename(file, path.extname(file))}-kiem-tra.xlsx”; chạy lại thì bản sao đó được ghi đè, tệp đang kiểm tra không bị sửa.`;
}

/** Writes what --out asks for; what could not be written (a missing folder, a file not CTCT's) is returned, not thrown. */
async function writeAll(
  plan: OutputPlan,
  checked: Checked[],
  report: Report,
  asOf: string,
  previousAt: (target: string) => Promise<ExistingFile | null>,
  io: Io,
  directory: Directory,
  json: boolean,
  copyEdited: (old: ExistingFile) => boolean,
): Promise<UnreadableFile | undefined> {
  try {
    const written = await writeOutputs(plan, checked, report, asOf, previousAt, io, directory, copyEdited);
    if (!json) io.out(writtenNote(plan, written));
  } catch (e) {
    if (!(e instanceof CtctInputError)) throw e;
    return { file: plan.out, code: e.code, message: cliText(e) };
  }
  if (plan.inputs > 1 && !plan.folder) {
    io.err(`Nhiều tệp: ${plan.out} là bảng tổng hợp chung; muốn có bản sao đánh dấu của từng tệp, dùng --out THƯ-MỤC.`);
  }
  return undefined;
}

/** "Đã ghi: x.xlsx", or, for a folder, each file on its line under the folder (20 units' copies are no one line). */
function writtenNote(plan: OutputPlan, written: readonly string[]): string {
  if (written.length < 2) return `\nĐã ghi: ${written.join(', ')}`;
  return `\nĐã ghi ${written.length} tệp vào “${plan.out}”:\n${written.map((f) => `  ${path.relative(plan.out, f)}`).join('\n')}`;
}

/** An earlier summary at `target` that a user added sheets to (so it is read as a workbook of the run): those sheets. */
function addedToSummary(kept: readonly ReadInput[], target: string): string[] | undefined {
  const sheets = kept.find((r) => sameFile(r.input.file, target))?.grid.sheets;
  return sheets && sheetsAddedToSummary(sheets.map(ownSheetKind), sheets.map((s) => s.name));
}

/** Each source read (bytes and grid), in order; one that cannot be read is its failure, the others go on. */
async function readAll(sources: readonly Source[], failures: UnreadableFile[], io: Io): Promise<ReadInput[]> {
  const inputs = labelled(sources.map((s) => s.file));
  const read: ReadInput[] = [];
  for (let i = 0; i < sources.length; i++) {
    const input = inputs[i]!;
    try {
      const bytes = await readFileBytes(input.file);
      const grid = await readWorkbookGrid(bytes, { fileName: input.label });
      sayOpenInExcel(input, io);
      sayMissingSheets(input, grid.missingSheets, io);
      const folder = sources[i]!.folder;
      read.push(folder === undefined ? { input, bytes, grid } : { input, bytes, grid, folder });
    } catch (e) {
      fail(input, e, failures, io);
    }
  }
  return read;
}

/** The workbooks read, each content once (engine/own-outputs): each one left out is said. */
function oncePerContent(read: readonly ReadInput[], io: Io): { read: ReadInput[]; sameAs: Map<ReadInput, ReadInput> } {
  const once = sameContentOnce(read, (r) => createHash('sha256').update(JSON.stringify(r.grid)).digest('hex'));
  for (const [r, first] of once.sameAs) io.err(`Tệp “${r.input.label}” có cùng nội dung với “${first.input.label}”: chỉ kiểm tra một lần.`);
  return once;
}

/** A workbook open in Excel (or LibreOffice) is checked as last saved: a notice, not a failure. */
function sayOpenInExcel(input: Input, io: Io): void {
  const lock = lockFileBeside(input.file);
  if (!lock) return;
  io.err(`Lưu ý: tệp “${input.label}” đang mở trong ${lockingProgram(lock)} (có tệp khóa “${path.basename(lock)}” bên cạnh): CTCT kiểm tra bản đã lưu, những gì chưa lưu không được kiểm tra; hãy lưu tệp rồi chạy lại nếu cần.`);
}

/** Sheets a damaged file lists but lacks: not checked nor counted, said by name; the others go on. */
function sayMissingSheets(input: Input, missing: readonly string[] | undefined, io: Io): void {
  if (!missing?.length) return;
  io.err(`Lưu ý: tệp “${input.label}” bị hỏng một phần: ${sheetsPhrase(missing)} có tên trong sổ làm việc nhưng nội dung không có trong tệp, nên không được kiểm tra, không được tính vào tổng hợp và không có trong bản sao đánh dấu; các trang khác vẫn được kiểm tra. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp) hoặc đề nghị gửi lại tệp.`);
}

function fail(input: Input, e: unknown, failures: UnreadableFile[], io: Io): void {
  // A --period a workbook's own "Danh mục" lacks is that file's failure (see above).
  const failure = fileFailure(input, e);
  failures.push(failure);
  io.err(failure.message);
}

/**
 * The tracker each original takes from its marked copy left out of the run (the first copy that
 * has one), unless the original has its own or the copy --out replaces has one (`replacedWithTracker`):
 * then the copy's is not used, and `sayLeftOut` says which is, one line per folder naming what was
 * left out (once the files are checked: a copy's tracker is named only where it gave a status).
 */
async function carriedTrackers(
  skipped: readonly SkippedOutput[],
  replacedWithTracker: (original: ReadInput) => Promise<string | undefined>,
): Promise<{ carried: Map<ReadInput, CarriedTracker>; sayLeftOut: (fromTracker: (original: ReadInput) => number, rewritten: (file: string) => boolean, io: Io) => void }> {
  const carried = new Map<ReadInput, CarriedTracker>();
  const why = new Map<SkippedOutput, string | 'counted'>();
  // Which copy's tracker each original takes is the engine's rule (the standalone page's too).
  const firstCopy = trackersFromCopies(skipped);
  for (const s of skipped) {
    const tracker = s.original && s.kind === 'copy' && ownSheetOf(s.read.grid.sheets, 'tracker');
    if (!s.original || !tracker) continue;
    const first = firstCopy.get(s.original);
    const replaced = await replacedWithTracker(s.original);
    if (ownTrackerWins(s.original.grid)) why.set(s, `; ${s.original.input.label} có trang “Theo dõi” riêng, trang đó được dùng`);
    // --out writes over this very copy: its tracker is read as the one replaced.
    else if (replaced && sameFile(replaced, s.read.input.file)) why.set(s, 'counted');
    else if (replaced) why.set(s, `; trang “Theo dõi” của ${path.basename(replaced)}, bản sao mà --out ghi đè, được dùng`);
    else if (first && first.copy !== s.read) why.set(s, `; trang “Theo dõi” của bản sao ${path.basename(first.copy.input.file)} được dùng`);
    else {
      carried.set(s.original, { name: path.basename(s.read.input.file), bytes: s.read.bytes, tracker });
      why.set(s, 'counted');
    }
  }
  const sayLeftOut = (fromTracker: (original: ReadInput) => number, rewritten: (file: string) => boolean, io: Io) => {
    const notes = new Map<string, string[]>();
    // The run's own outputs of last week, which it writes again: counted, not named (a weekly run says what changed).
    const routine = new Map<string, number>();
    for (const s of skipped) {
      const name = path.basename(s.read.input.file);
      if (s.kind === 'superseded') {
        io.err(supersededNote(s));
        continue;
      }
      const where = s.read.folder ?? '';
      if (rewritten(s.read.input.file) && !s.programme && (!s.original || why.get(s) === 'counted')) {
        routine.set(where, (routine.get(where) ?? 0) + 1);
        continue;
      }
      let note = `${name} (bảng tổng hợp)`;
      if (s.original) {
        const original = s.original.input.label;
        const w = why.get(s) ?? '';
        const clause = w !== 'counted' ? w : fromTracker(s.original) ? `; trạng thái ở trang “Theo dõi” của nó được tính cho ${original}` : '';
        note = `${name} (bản sao đánh dấu của ${original}${clause}${s.programme ? programmeClause(s.programme, original) : ''})`;
      }
      notes.set(where, [...(notes.get(where) ?? []), note]);
    }
    for (const folder of new Set([...routine.keys(), ...notes.keys()])) io.err(leftOutLine(folder, routine.get(folder) ?? 0, notes.get(folder) ?? []));
  };
  return { carried, sayLeftOut };
}

/** One folder's line of CTCT's outputs left out: the run's own earlier ones counted, the others named with why. */
function leftOutLine(folder: string, routine: number, named: readonly string[]): string {
  const where = folder ? ` trong "${folder}"` : '';
  const again = 'sẽ được ghi lại lần này';
  if (!named.length) return `Bỏ qua ${routine} tệp do CTCT ghi ra${where} ở lần chạy trước, ${again}.`;
  const earlier = routine ? `${routine} tệp của lần chạy trước, ${again}; ` : '';
  return `Bỏ qua ${routine + named.length} tệp do CTCT ghi ra${where}: ${earlier}${named.join(', ')}.`;
}

/** Whether --out writes over `file` in this run (its copies, its summary). */
function rewrittenBy(plan: OutputPlan | undefined): (file: string) => boolean {
  const targets = new Set(plan ? [...plan.copyOf.values(), plan.summary, plan.out].filter((t): t is string => !!t).map((t) => path.resolve(t)) : []);
  return (file) => targets.has(path.resolve(file));
}

/** How a copy's programme differs: "1 nhiệm vụ chỉ có ở bản sao, 2 chỉ có ở tệp gốc". */
function differences(d: ProgrammeDiff): string {
  const parts = [d.onlyInCopy ? `${d.onlyInCopy} nhiệm vụ chỉ có ở bản sao` : '', d.onlyInOriginal ? `${d.onlyInOriginal} nhiệm vụ chỉ có ở tệp gốc` : ''];
  return parts.filter(Boolean).join(', ');
}

/** Said of a copy left out whose programme is not its original's: the original's is used, and why. */
function programmeClause(d: ProgrammeDiff, original: string): string {
  const why = d.newer === 'original' ? `${original} đã sửa sau khi có bản sao` : 'không rõ tệp nào sửa sau';
  return `; chương trình trong bản sao khác tệp gốc (${differences(d)}): ${why}, chương trình của ${original} được dùng, những gì sửa trong bản sao không được tính`;
}

/** Said of a marked copy whose named file is another unit's (no task in common): it is checked as a programme. */
function unpairedNote(copy: string, named: string): string {
  return `Lưu ý: “${copy}” là bản sao đánh dấu ghi ra từ một tệp tên “${path.basename(named)}”, nhưng không có nhiệm vụ nào chung với “${named}”: không coi là bản sao của tệp đó, được kiểm tra và tính như một chương trình riêng.`;
}

/** Said of an original left out for its marked copy, edited since CTCT wrote it. */
function supersededNote(s: SkippedOutput): string {
  const copy = s.original!.input.label;
  const original = path.basename(s.read.input.file);
  return `Dùng ${copy} thay cho ${original}: chương trình trong bản sao đánh dấu đã được sửa sau khi CTCT ghi ra (${differences(s.programme!)}), ${original} vẫn như lúc đó.`;
}

/**
 * A folder whose every workbook was one of CTCT's outputs had nothing to check: a failure of its
 * own, as an empty folder. So is a run whose every file was.
 */
function skippedFolders(sources: readonly Source[], read: readonly ReadInput[], skipped: readonly SkippedOutput[], kept: readonly ReadInput[], failures: UnreadableFile[], io: Io): void {
  const left = new Set(skipped.map((s) => s.read));
  const folders = [...new Set(sources.flatMap((s) => (s.folder === undefined ? [] : [s.folder])))];
  for (const folder of folders) {
    const all = sources.filter((s) => s.folder === folder).length;
    const outputs = read.filter((r) => r.folder === folder && left.has(r)).length;
    if (!outputs || outputs < all) continue;
    const message = `Thư mục "${folder}" chỉ có tệp do CTCT ghi ra, không có bảng tính nào để kiểm tra.`;
    failures.push({ file: folder, code: 'not-found', message });
    io.err(message);
  }
  if (!kept.length && skipped.length && !failures.length) {
    const message = 'Không có bảng tính nào để kiểm tra: các tệp đã nêu đều do CTCT ghi ra.';
    failures.push({ file: path.basename(skipped[0]!.read.input.file), code: 'not-found', message });
    io.err(message);
  }
}

/**
 * One file that could not be checked: its Vietnamese sentence, naming the file (a bad "Danh mục"
 * sheet's message names only the sheet), or what an Excel lock file or a macOS "._" file is.
 */
function fileFailure(input: Input, e: unknown): UnreadableFile {
  if (!(e instanceof CtctInputError)) {
    const why = e instanceof Error ? e.message : String(e);
    return { file: input.label, code: 'unexpected', message: `Lỗi không mong đợi khi kiểm tra tệp “${input.label}”: ${why}` };
  }
  const name = path.basename(input.file);
  if (e.code !== 'not-found' && e.code !== 'bad-directory' && e.code !== 'no-such-sheet' && e.code !== 'no-task-table') {
    if (name.startsWith('~$')) {
      return { file: input.label, code: e.code, message: `“${input.label}” là tệp khóa do Excel tạo ra khi một bảng tính đang mở, không phải là bảng tính: hãy kiểm tra chính bảng tính đó.` };
    }
    if (name.startsWith('._')) {
      return { file: input.label, code: e.code, message: `“${input.label}” là tệp phụ do macOS tạo ra khi chép tệp, không phải là bảng tính: hãy kiểm tra tệp “${name.slice(2)}”.` };
    }
  }
  const text = cliText(e);
  const named = [input.label, input.file, name].some((n) => text.normalize('NFC').includes(n.normalize('NFC')));
  return { file: input.label, code: e.code, message: named ? text : `Tệp “${input.label}”: ${text}` };
}

/** An input error's sentence with the CLI's own next step where it has one ("… (.xlsx) rồi chạy lại lệnh."). */
function cliText(e: CtctInputError): string {
  return withNextStep(e, 'rồi chạy lại lệnh');
}

async function loadDirectory(file: string): Promise<Directory> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() && !stat.isDirectory()) throw new CtctInputError('not-found', `"${file}" không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket): --directory cần một tệp .json.`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CtctInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new CtctInputError('not-found', `"${file}" là một thư mục, không phải tệp danh mục: --directory cần một tệp .json.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CtctInputError('not-found', `Không có quyền đọc tệp danh mục "${file}".`);
    throw new CtctInputError('not-found', `Không tìm thấy tệp danh mục "${file}".`);
  }
  return parseDirectoryText(decodeText(bytes), path.basename(file));
}

/** A text file as Windows saves it: UTF-8, or UTF-16 with its byte-order mark (Notepad's "Unicode"). */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return bytes.toString('utf8');
}

