/**
 * `ctct check`: reads each workbook, checks it, prints the report (or JSON), optionally writes a
 * marked copy. One unreadable file does not stop the others; exit 2 says at least one failed.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyseWorkbook, combineReports, CtctInputError, Directory, FileReport, parseDirectory } from '../engine';
import type { UnreadableFile } from '../engine/report';
import { readFileBytes, writeFileBytes } from '../xlsx/node';
import { readWorkbookGrid, writeMarkedCopyDetailed, writeSummaryWorkbook } from '../xlsx';
import { CheckArgs, parseCliArgs, USAGE, UsageError } from './args';
import { formatCatalog, formatReport } from './format';

export const SAMPLE = path.resolve(__dirname, '../../assets/samples/chuong-trinh-cong-tac-mau.xlsx');

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
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
    io.err(e instanceof CtctInputError ? e.message : `Lỗi không mong đợi: ${(e as Error).message}`);
    return 2;
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  // Without --directory the engine uses the workbook's own "Danh mục" sheet, else the default.
  const directory = args.directory ? await loadDirectory(args.directory) : undefined;
  const files = args.files.length ? await expandInputs(args.files, io) : [SAMPLE];
  const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
  if (args.out) guardOutput(args.out, files);

  const reports: { file: string; bytes: Uint8Array; report: FileReport }[] = [];
  const failures: UnreadableFile[] = [];
  for (const file of files) {
    try {
      const bytes = await readFileBytes(file);
      const grid = await readWorkbookGrid(bytes, { fileName: path.basename(file) });
      const report = analyseWorkbook(grid, { fileName: path.basename(file), directory, period: args.period, sheet: args.sheet, asOf });
      reports.push({ file, bytes, report });
    } catch (e) {
      if (!(e instanceof CtctInputError)) throw e;
      // A wrong --period is the user's option, not the file's fault: stop here.
      if (e.code === 'unknown-period') throw e;
      failures.push({ file: path.basename(file), code: e.code, message: e.message });
      io.err(e.message);
    }
  }

  const report = combineReports(
    reports.map((r) => r.report),
    asOf,
    failures,
  );
  if (args.json) io.out(JSON.stringify(report, null, 2));
  else if (reports.length) io.out(formatReport(report));

  if (args.out && reports.length) {
    const written = await writeOutputs(args.out, reports, report, asOf, io);
    if (!args.json) io.out(`\nĐã ghi: ${written.join(', ')}`);
    if (reports.length > 1 && /\.xlsx$/i.test(args.out)) {
      io.err(`Nhiều tệp: ${args.out} là bảng tổng hợp chung; muốn có bản sao đánh dấu của từng tệp, dùng --out THƯ-MỤC.`);
    }
  }
  if (failures.length) return 2;
  return report.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}

async function loadDirectory(file: string): Promise<Directory> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new CtctInputError('not-found', `Không tìm thấy tệp danh mục "${file}".`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CtctInputError('bad-directory', `Tệp danh mục "${file}" không phải là JSON hợp lệ.`);
  }
  return parseDirectory(json, path.basename(file));
}

/** What `--out FOLDER` writes: each file's marked copy, and the consolidated summary. */
const COPY_SUFFIX = '-kiem-tra.xlsx';
const SUMMARY_FILE = 'tong-hop.xlsx';
/** A later run over the same folder does not check those as units' sheets. */
const isOwnOutput = (name: string) => name.toLowerCase().endsWith(COPY_SUFFIX) || name.toLowerCase() === SUMMARY_FILE;

/**
 * Files as given; a folder gives its .xlsx files, leaving out Excel's "~$" lock files and what an
 * earlier `--out` into that folder wrote (named on stderr).
 */
async function expandInputs(inputs: string[], io: Io): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const all = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
      const names = all.filter((n) => !isOwnOutput(n));
      if (names.length < all.length) io.err(`Bỏ qua ${all.length - names.length} tệp do CTCT ghi ra trong "${input}" (…${COPY_SUFFIX}, ${SUMMARY_FILE}).`);
      if (!names.length) throw new CtctInputError('not-found', `Thư mục "${input}" không có tệp .xlsx nào.`);
      out.push(...names.map((n) => path.join(input, n)));
    } else out.push(input);
  }
  return out;
}

/** The input is never written to. */
function guardOutput(out: string, files: string[]): void {
  const target = path.resolve(out);
  if (files.some((f) => path.resolve(f) === target)) {
    throw new CtctInputError('not-xlsx', `Không ghi đè tệp đang kiểm tra "${out}": hãy chọn tên khác cho --out.`);
  }
}

async function writeOutputs(out: string, reports: { file: string; bytes: Uint8Array; report: FileReport }[], report: ReturnType<typeof combineReports>, asOf: string, io: Io): Promise<string[]> {
  const single = reports.length === 1;
  /** One file's marked copy, and a word on stderr about what the copy could not keep. */
  const writeCopy = async (target: string, r: (typeof reports)[number]) => {
    const name = path.basename(r.file);
    const copy = await writeMarkedCopyDetailed(r.bytes, r.report, combineReports([r.report], asOf), { asOf, fileName: name });
    await writeFileBytes(target, copy.bytes);
    if (copy.lost.length) io.err(`Lưu ý: bản sao ${path.basename(target)} không giữ được ${copy.lost.join(', ')} của ${name} (thư viện ghi tệp không hỗ trợ); tệp gốc không bị thay đổi.`);
  };
  if (single && /\.xlsx$/i.test(out)) {
    await writeCopy(out, reports[0]);
    return [out];
  }
  if (/\.xlsx$/i.test(out)) {
    await writeFileBytes(out, await writeSummaryWorkbook(report, { asOf }));
    return [out];
  }
  await fs.mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const r of reports) {
    const target = path.join(out, `${path.basename(r.file, path.extname(r.file))}${COPY_SUFFIX}`);
    guardOutput(target, reports.map((x) => x.file));
    await writeCopy(target, r);
    written.push(target);
  }
  if (!single) {
    const summary = path.join(out, SUMMARY_FILE);
    await writeFileBytes(summary, await writeSummaryWorkbook(report, { asOf }));
    written.push(summary);
  }
  return written;
}
