/** @jest-environment jsdom */
/**
 * The standalone page with several files, as a folder run: CTCT's marked copy ("--out") is paired
 * with its original, its summary workbook is not checked as a programme, and the same workbook
 * twice is counted once. The files are written by the real `ctct` command; their grids are read by
 * the real exceljs adapter in a Node process (jsdom cannot load exceljs) and given to the page.
 */
import '@testing-library/jest-dom';
import { screen, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { StandaloneApp } from '../../../src/taskpane/standalone/StandaloneApp';
import { engine } from '../../../src/taskpane/engine';
import type { XlsxApi } from '../../../src/taskpane/services';
import type { WorkbookGrid } from '../../../src/engine/grid';

const ROOT = path.resolve(__dirname, '../../..');
const AS_OF = '2025-10-15';
let tmp: string;
const grids = new Map<string, WorkbookGrid>();

const ctct = (...args: string[]) => execFileSync('node', [path.join(ROOT, 'src/cli/ctct.cjs'), 'check', ...args, '--as-of', AS_OF], { cwd: tmp, stdio: 'pipe' });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-page-own-'));
  fs.mkdirSync(path.join(tmp, 'units'));
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/ctct-2025.xlsx'), path.join(tmp, 'units/vp.xlsx'));
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/ctct-2024.xlsx'), path.join(tmp, 'units/b.xlsx'));
  // The marked copy of one file, and the folder run's summary (errors found: exit code 1).
  try {
    ctct('units/vp.xlsx', '--out', 'vp-kiem-tra.xlsx');
  } catch (e) {
    if ((e as { status?: number }).status !== 1) throw e;
  }
  try {
    ctct('units', '--out', 'out');
  } catch (e) {
    if ((e as { status?: number }).status !== 1) throw e;
  }
  const read = `
    const { loadBundle } = require(${JSON.stringify(path.join(ROOT, 'src/cli/bundle.cjs'))});
    const { readWorkbookGrid } = loadBundle(${JSON.stringify(path.join(ROOT, 'src/xlsx/index.ts'))}, 'xlsx-page-own-outputs-test');
    const fs = require('fs');
    (async () => {
      const out = {};
      for (const f of process.argv.slice(1)) out[f] = await readWorkbookGrid(new Uint8Array(fs.readFileSync(f)), { fileName: f });
      process.stdout.write(JSON.stringify(out));
    })();`;
  const files = { 'vp.xlsx': 'units/vp.xlsx', 'b.xlsx': 'units/b.xlsx', 'vp-kiem-tra.xlsx': 'vp-kiem-tra.xlsx', 'tong-hop.xlsx': 'out/tong-hop.xlsx' };
  const json = JSON.parse(execFileSync('node', ['-e', read, ...Object.values(files)], { cwd: tmp, maxBuffer: 1 << 28 }).toString());
  for (const [name, file] of Object.entries(files)) grids.set(name, json[file]);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The real engine; the workbook read is the grid the real adapter read from the file of that name. */
function setup(edited: Record<string, WorkbookGrid> = {}) {
  const user = userEvent.setup();
  const xlsx: XlsxApi = {
    async readWorkbookGrid(_data, options) {
      const name = String(options?.fileName).replace(/ \(\d+\)$/, '');
      if (edited[name]) return edited[name];
      return JSON.parse(JSON.stringify(grids.get(name) ?? grids.get(name.replace(/^copy of /, '')))) as WorkbookGrid;
    },
    async writeMarkedCopyDetailed() {
      return { bytes: new Uint8Array([0x50, 0x4b]), lostParts: [] };
    },
    async writeSummaryWorkbook() {
      return new Uint8Array([0x50, 0x4b]);
    },
  };
  render(<StandaloneApp engine={engine} xlsx={xlsx} today={() => AS_OF} lang="vi" save={() => undefined} sampleUrl="sample.xlsx" />);
  return { user };
}

const file = (name: string) => new File(['PK\u0003\u0004'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const row = (label: string) => screen.getAllByTestId('file-row').find((r) => r.getAttribute('data-file') === label)!;
const tasksOf = (name: string) => engine.analyseWorkbook(grids.get(name)!, { fileName: name, asOf: AS_OF }).tasks.length;

async function open(...names: string[]) {
  return openEdited({}, ...names);
}

async function openEdited(edited: Record<string, WorkbookGrid>, ...names: string[]) {
  const { user } = setup(edited);
  await user.upload(screen.getByTestId('file-input'), names.map(file));
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(names.length));
  return user;
}

test('the original, its marked copy and the summary: the original is counted once, the summary is no error', async () => {
  await open('vp.xlsx', 'vp-kiem-tra.xlsx', 'tong-hop.xlsx');
  // One file counted: its own summary, not "Tất cả (2 tệp)".
  expect(screen.getByRole('heading', { name: 'Tất cả (1 tệp)' })).toBeInTheDocument();
  expect(screen.getByTestId('task-count')).toHaveTextContent(String(tasksOf('vp.xlsx')));
  expect(within(row('tong-hop.xlsx')).getByTestId('left-out')).toHaveTextContent('bảng tổng hợp do CTCT ghi ra');
  expect(within(row('tong-hop.xlsx')).queryByRole('alert')).toBeNull();
  expect(document.body.textContent).not.toContain('Không tìm thấy bảng nhiệm vụ');
  expect(within(row('vp-kiem-tra.xlsx')).getByTestId('left-out')).toHaveTextContent('bản sao đánh dấu của "vp.xlsx": không tính lần nữa');
  expect(within(row('vp.xlsx')).queryByTestId('left-out')).toBeNull();
});

test('two units, one copy and the summary: the combined summary adds the two units only', async () => {
  await open('vp.xlsx', 'b.xlsx', 'vp-kiem-tra.xlsx', 'tong-hop.xlsx');
  expect(screen.getByRole('heading', { name: 'Tất cả (2 tệp)' })).toBeInTheDocument();
  expect(screen.getByTestId('task-count')).toHaveTextContent(String(tasksOf('vp.xlsx') + tasksOf('b.xlsx')));
  expect(screen.getAllByTestId('per-file-row').map((r) => r.getAttribute('data-file'))).toEqual(['vp.xlsx', 'b.xlsx']);
});

test('the copy alone is checked as a programme', async () => {
  await open('vp-kiem-tra.xlsx');
  expect(screen.queryByTestId('left-out')).toBeNull();
  expect(screen.getByTestId('task-count')).toHaveTextContent(String(tasksOf('vp.xlsx')));
});

test('the summary alone is said to be CTCT\'s summary, not a file without a task table', async () => {
  await open('tong-hop.xlsx');
  expect(screen.getByTestId('left-out')).toHaveTextContent('bảng tổng hợp do CTCT ghi ra');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(document.body.textContent).not.toContain('Không tìm thấy bảng nhiệm vụ');
});

test('the same workbook under two names is counted once', async () => {
  await open('vp.xlsx', 'copy of vp.xlsx');
  expect(screen.getByRole('heading', { name: 'Tất cả (1 tệp)' })).toBeInTheDocument();
  expect(within(row('copy of vp.xlsx')).getByTestId('left-out')).toHaveTextContent('cùng nội dung với "vp.xlsx": chỉ kiểm tra một lần');
  expect(screen.getByTestId('task-count')).toHaveTextContent(String(tasksOf('vp.xlsx')));
});

test('an original whose marked copy was edited since (a task deleted in the copy): the copy is checked in its place', async () => {
  const copy = JSON.parse(JSON.stringify(grids.get('vp-kiem-tra.xlsx'))) as WorkbookGrid;
  const last = engine.analyseWorkbook(copy, { fileName: 'vp-kiem-tra.xlsx', asOf: AS_OF }).tasks.at(-1)!;
  const sheet = copy.sheets.find((s) => s.name === last.sheet)!;
  for (let r = last.row; r <= last.endRow; r++) sheet.cells[r - 1] = sheet.cells[r - 1]!.map(() => null);
  await openEdited({ 'vp-kiem-tra.xlsx': copy }, 'vp.xlsx', 'vp-kiem-tra.xlsx');
  expect(screen.getByRole('heading', { name: 'Tất cả (1 tệp)' })).toBeInTheDocument();
  expect(within(row('vp.xlsx')).getByTestId('left-out')).toHaveTextContent('bản sao đánh dấu "vp-kiem-tra.xlsx" đã được sửa sau khi CTCT ghi ra');
  expect(within(row('vp-kiem-tra.xlsx')).queryByTestId('left-out')).toBeNull();
  expect(screen.getByTestId('task-count')).toHaveTextContent(String(tasksOf('vp.xlsx') - 1));
});

test('statuses typed in the marked copy\'s "Theo dõi" count for its original', async () => {
  const copy = JSON.parse(JSON.stringify(grids.get('vp-kiem-tra.xlsx'))) as WorkbookGrid;
  const tracker = copy.sheets.find((s) => s.name === 'Theo dõi')!;
  const header = tracker.cells.findIndex((r) => r?.includes('Trạng thái'));
  const column = tracker.cells[header]!.indexOf('Trạng thái');
  for (let r = header + 1; r <= header + 5; r++) tracker.cells[r]![column] = 'Hoàn thành';
  await openEdited({ 'vp-kiem-tra.xlsx': copy }, 'vp.xlsx', 'vp-kiem-tra.xlsx');
  expect(within(row('vp-kiem-tra.xlsx')).getByTestId('left-out')).toHaveTextContent('trạng thái ở trang “Theo dõi” của nó được tính cho "vp.xlsx"');
  expect(screen.getByTestId('status-from-tracker')).toHaveTextContent(`Trạng thái của 5/${tasksOf('vp.xlsx')} nhiệm vụ lấy từ trang "Theo dõi"`);
});

/** Runs a script in Node (jsdom cannot load exceljs), with the real xlsx adapter as `x`. */
function inNode(script: string, ...args: string[]): string {
  const code = `
    const { loadBundle } = require(${JSON.stringify(path.join(ROOT, 'src/cli/bundle.cjs'))});
    const x = loadBundle(${JSON.stringify(path.join(ROOT, 'src/xlsx/index.ts'))}, 'xlsx-page-own-outputs-test');
    const fs = require('fs');
    const args = process.argv.slice(1);
    (async () => { ${script} })().catch((e) => { console.error(e); process.exit(1); });`;
  return execFileSync('node', ['-e', code, ...args], { cwd: ROOT, maxBuffer: 1 << 28 }).toString();
}

/** The "Theo dõi" of a workbook's bytes: its "Trạng thái" by task "Mã". */
function trackerStatuses(bytes: Uint8Array): Map<string, unknown> {
  const file = path.join(tmp, `read-${Date.now()}.xlsx`);
  fs.writeFileSync(file, bytes);
  const grid = JSON.parse(inNode('process.stdout.write(JSON.stringify(await x.readWorkbookGrid(new Uint8Array(fs.readFileSync(args[0])), {})));', file)) as WorkbookGrid;
  const cells = grid.sheets.find((s) => s.name === 'Theo dõi')!.cells;
  const header = cells.findIndex((r) => r?.includes('Trạng thái'));
  const [status, key] = ['Trạng thái', 'Mã'].map((c) => cells[header]!.indexOf(c));
  return new Map(cells.slice(header + 1).flatMap((r) => (r?.[key!] ? [[String(r[key!]), r[status!]]] : [])));
}

test('"Tải về" on the original carries its marked copy\'s "Theo dõi": the statuses typed in the copy are in the downloaded copy', async () => {
  // The unit types "Hoàn thành" for five tasks in the copy's "Theo dõi", in Excel (here exceljs).
  const typed = path.join(tmp, 'typed-vp-kiem-tra.xlsx');
  const keys = JSON.parse(
    inNode(
      `const ExcelJS = require('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(args[0]);
      const ws = wb.getWorksheet('Theo dõi');
      let header = 1;
      while (!ws.getRow(header).values.includes('Trạng thái')) header++;
      const values = ws.getRow(header).values;
      const [status, key] = [values.indexOf('Trạng thái'), values.indexOf('Mã')];
      const keys = [];
      for (let r = header + 1; r <= header + 5; r++) {
        ws.getRow(r).getCell(status).value = 'Hoàn thành';
        keys.push(String(ws.getRow(r).getCell(key).value));
      }
      await wb.xlsx.writeFile(args[1]);
      process.stdout.write(JSON.stringify(keys));`,
      path.join(tmp, 'vp-kiem-tra.xlsx'),
      typed,
    ),
  ) as string[];
  const typedGrid = JSON.parse(inNode('process.stdout.write(JSON.stringify(await x.readWorkbookGrid(new Uint8Array(fs.readFileSync(args[0])), {})));', typed)) as WorkbookGrid;
  const bytesOf: Record<string, string> = { 'vp.xlsx': path.join(tmp, 'units/vp.xlsx'), 'vp-kiem-tra.xlsx': typed };
  const gridOf: Record<string, WorkbookGrid> = { 'vp.xlsx': grids.get('vp.xlsx')!, 'vp-kiem-tra.xlsx': typedGrid };

  // The page's writer is the real one, run in Node with what the page gives it.
  const xlsx: XlsxApi = {
    async readWorkbookGrid(_data, options) {
      return JSON.parse(JSON.stringify(gridOf[String(options?.fileName)]!)) as WorkbookGrid;
    },
    async writeMarkedCopyDetailed(original, fileReport, report, options) {
      const dir = fs.mkdtempSync(path.join(tmp, 'write-'));
      fs.writeFileSync(path.join(dir, 'original.xlsx'), original);
      if (options.previousCopy) fs.writeFileSync(path.join(dir, 'previous.xlsx'), options.previousCopy);
      fs.writeFileSync(path.join(dir, 'args.json'), JSON.stringify({ fileReport, report, asOf: options.asOf }));
      inNode(
        `const { fileReport, report, asOf } = JSON.parse(fs.readFileSync(args[0] + '/args.json', 'utf8'));
        const previous = args[0] + '/previous.xlsx';
        const options = { asOf, ...(fs.existsSync(previous) ? { previousCopy: new Uint8Array(fs.readFileSync(previous)) } : {}) };
        const copy = await x.writeMarkedCopyDetailed(new Uint8Array(fs.readFileSync(args[0] + '/original.xlsx')), fileReport, report, options);
        fs.writeFileSync(args[0] + '/out.xlsx', copy.bytes);`,
        dir,
      );
      return { bytes: new Uint8Array(fs.readFileSync(path.join(dir, 'out.xlsx'))), lostParts: [] };
    },
    async writeSummaryWorkbook() {
      return new Uint8Array([0x50, 0x4b]);
    },
  };
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const user = userEvent.setup();
  render(<StandaloneApp engine={engine} xlsx={xlsx} today={() => AS_OF} lang="vi" save={(bytes, name) => saved.push({ bytes, name })} sampleUrl="sample.xlsx" />);
  const real = (name: string) => new File([new Uint8Array(fs.readFileSync(bytesOf[name]!))], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  await user.upload(screen.getByTestId('file-input'), [real('vp.xlsx'), real('vp-kiem-tra.xlsx')]);
  await waitFor(() => expect(screen.getByTestId('status-from-tracker')).toHaveTextContent(`Trạng thái của 5/${tasksOf('vp.xlsx')} nhiệm vụ lấy từ trang "Theo dõi"`));

  await user.click(within(row('vp.xlsx')).getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 60_000 });
  expect(saved[0]!.name).toBe('vp (đã kiểm tra).xlsx');
  const statuses = trackerStatuses(saved[0]!.bytes);
  expect(statuses.size).toBe(tasksOf('vp.xlsx'));
  expect(keys.map((k) => statuses.get(k))).toEqual(Array(5).fill('Hoàn thành'));
}, 120_000);

test('a marked copy left out beside its original has no "Tải về" of its own (a copy of a copy): it says to download from the original\'s line', async () => {
  await open('vp.xlsx', 'vp-kiem-tra.xlsx');
  expect(within(row('vp-kiem-tra.xlsx')).queryByTestId('download-button')).toBeNull();
  expect(within(row('vp-kiem-tra.xlsx')).getByTestId('left-out')).toHaveTextContent('tải bản sao mới ở dòng "vp.xlsx"');
  expect(within(row('vp.xlsx')).getByTestId('download-button')).toBeEnabled();
});

test('a marked copy opened alone keeps its "Tải về"', async () => {
  await open('vp-kiem-tra.xlsx');
  expect(within(row('vp-kiem-tra.xlsx')).getByTestId('download-button')).toBeEnabled();
});

test('"Tải về" of the original says, in the reader\'s language, which sheets added to its marked copy lost their pictures or tables, and to keep that copy', async () => {
  // jsdom has no ResizeObserver; Fluent's MessageBar, which shows the note, measures itself with one.
  if (!('ResizeObserver' in window)) (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
  for (const lang of ['vi', 'en'] as const) {
    const replaced: (Uint8Array | undefined)[] = [];
    const xlsx: XlsxApi = {
      async readWorkbookGrid(_data, options) {
        return JSON.parse(JSON.stringify(grids.get(String(options?.fileName)))) as WorkbookGrid;
      },
      // As the real writer answers when a sheet added to the copy it replaces holds a table.
      async writeMarkedCopyDetailed(_original, _fileReport, _report, options) {
        replaced.push(options.replaces);
        return { bytes: new Uint8Array([0x50, 0x4b]), lostParts: [], carriedWithout: options.replaces ? ['Bảng VP'] : [] };
      },
      async writeSummaryWorkbook() {
        return new Uint8Array([0x50, 0x4b]);
      },
    };
    const user = userEvent.setup();
    const { unmount } = render(<StandaloneApp engine={engine} xlsx={xlsx} today={() => AS_OF} lang={lang} save={() => undefined} sampleUrl="sample.xlsx" />);
    const copyBytes = new Uint8Array([0x50, 0x4b, 3, 4, 9]);
    await user.upload(screen.getByTestId('file-input'), [file('vp.xlsx'), new File([copyBytes], 'vp-kiem-tra.xlsx')]);
    await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(2));

    await user.click(within(row('vp.xlsx')).getByTestId('download-button'));

    const note = await screen.findByTestId('copy-sheets-lost');
    expect(Array.from(replaced[0]!)).toEqual(Array.from(copyBytes));
    expect(note).toHaveTextContent(
      lang === 'vi'
        ? 'Lưu ý: hình ảnh và bảng (Format as Table) ở trang “Bảng VP” người dùng đã thêm vào bản sao "vp-kiem-tra.xlsx" không chép được sang "vp (đã kiểm tra).xlsx" (các trang đó được chép, thiếu những phần này): hãy giữ lại "vp-kiem-tra.xlsx".'
        : 'the sheet "Bảng VP" users added to the copy "vp-kiem-tra.xlsx" could not be carried into "vp (checked).xlsx" (the sheets are, without them): keep "vp-kiem-tra.xlsx".',
    );
    expect(screen.queryByTestId('copy-lost')).toBeNull();
    unmount();
  }
});

test('"Tải về" of the original says, in the reader\'s language, that its marked copy was edited since CTCT wrote it (the new copy lacks the edits), and to keep it', async () => {
  if (!('ResizeObserver' in window)) (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
  for (const lang of ['vi', 'en'] as const) {
    const xlsx: XlsxApi = {
      async readWorkbookGrid(_data, options) {
        return JSON.parse(JSON.stringify(grids.get(String(options?.fileName)))) as WorkbookGrid;
      },
      // As the real writer answers when the copy it replaces holds a note typed in its "Tổng hợp".
      async writeMarkedCopyDetailed(_original, _fileReport, _report, options) {
        return { bytes: new Uint8Array([0x50, 0x4b]), lostParts: [], carriedWithout: [], replacedEdited: options.replaces ? ['Tổng hợp'] : [] };
      },
      async writeSummaryWorkbook() {
        return new Uint8Array([0x50, 0x4b]);
      },
    };
    const user = userEvent.setup();
    const { unmount } = render(<StandaloneApp engine={engine} xlsx={xlsx} today={() => AS_OF} lang={lang} save={() => undefined} sampleUrl="sample.xlsx" />);
    await user.upload(screen.getByTestId('file-input'), [file('vp.xlsx'), new File([new Uint8Array([0x50, 0x4b, 3, 4, 9])], 'vp-kiem-tra.xlsx')]);
    await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(2));
    await user.click(within(row('vp.xlsx')).getByTestId('download-button'));
    expect(await screen.findByTestId('copy-edited')).toHaveTextContent(
      lang === 'vi'
        ? 'Lưu ý: bản sao "vp-kiem-tra.xlsx" đã được sửa sau khi CTCT ghi (trang “Tổng hợp”); "vp (đã kiểm tra).xlsx" làm lại từ tệp gốc nên không có những chỗ sửa đó: hãy giữ lại "vp-kiem-tra.xlsx".'
        : 'Note: the copy "vp-kiem-tra.xlsx" was edited after CTCT wrote it (the sheet "Tổng hợp"); "vp (checked).xlsx" is made again from the original file, without those edits: keep "vp-kiem-tra.xlsx".',
    );
    unmount();
  }
});
