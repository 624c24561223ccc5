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
