/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandaloneApp, SAMPLE_NAME } from '../../../src/taskpane/standalone/StandaloneApp';
import type { XlsxApi } from '../../../src/taskpane/services';
import type { FileReport, Report } from '../../../src/engine/report';
import { CtctInputError } from '../../../src/engine/errors';
import type { LostPart } from '../../../src/engine/copy-losses';
import { fakeEngine, fileReport, findings, grid, summaryOf, tasks } from './helpers';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** A fake exceljs adapter: "PK" files are workbooks; anything else is refused like the real one does. */
function fakeXlsx() {
  const calls = { read: 0, marked: [] as { original: Uint8Array; file: FileReport; report: Report }[], summaries: [] as Report[] };
  const api: XlsxApi = {
    async readWorkbookGrid(data, options) {
      calls.read++;
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new CtctInputError('not-xlsx', 'Tệp này không phải tệp Excel .xlsx.');
      // Each file its own workbook (a note naming it): the page counts one content opened twice once.
      const g = grid();
      return { ...g, sheets: [...g.sheets, { name: 'Ghi chú', cells: [[String(options?.fileName)]], merges: [], fonts: [] }] };
    },
    async writeMarkedCopyDetailed(original, file, report) {
      calls.marked.push({ original, file, report });
      // "bieu-do…" files hold charts and an external name the copy cannot keep.
      const lostParts: LostPart[] = file.file.startsWith('bieu-do') ? [{ kind: 'charts' }, { kind: 'external-names', names: ['DanhSach'] }] : [];
      if (file.file.endsWith('.xlsm')) lostParts.push({ kind: 'macros' });
      return { bytes: new Uint8Array([0x50, 0x4b, 1]), lostParts };
    },
    async writeSummaryWorkbook(report) {
      calls.summaries.push(report);
      return new Uint8Array([0x50, 0x4b, 2]);
    },
  };
  return { api, calls };
}

/** Files named "nho…" hold only the quarter-4 task, so totals can be told apart. */
const engine = () =>
  fakeEngine((_, o) => {
    // "theo-doi…" files hold a tracker whose statuses the summary counted.
    if (o.fileName.startsWith('theo-doi')) return fileReport(o.fileName, { tasks, findings: [], summary: { ...summaryOf(tasks, []), statusFromTracker: 3 } });
    if (!o.fileName.startsWith('nho')) return fileReport(o.fileName);
    const ts = tasks.filter((t) => t.quarter === 4);
    return fileReport(o.fileName, { tasks: ts, findings: [], summary: summaryOf(ts, []) });
  });

function xlsxFile(name: string, body = 'PK\u0003\u0004 fake') {
  return new File([body], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

function setup() {
  const user = userEvent.setup();
  const xlsx = fakeXlsx();
  const saved: { bytes: Uint8Array; name: string }[] = [];
  const eng = engine();
  render(
    <StandaloneApp engine={eng} xlsx={xlsx.api} today={() => '2025-09-15'} lang="vi" save={(bytes, name) => saved.push({ bytes, name })} sampleUrl="sample.xlsx" />,
  );
  return { user, xlsx, saved, engine: eng };
}

test('the page says that no file leaves the machine, and has a labelled file input', () => {
  setup();
  expect(screen.getByTestId('privacy-note')).toHaveTextContent('không tệp nào rời khỏi máy của bạn');
  const input = screen.getByTestId('file-input');
  expect(input).toHaveAttribute('type', 'file');
  expect(input).toHaveAttribute('multiple');
  expect(screen.getByLabelText('Chọn một hoặc nhiều tệp Excel .xlsx để kiểm tra')).toBe(input);
});

test('a summary that counted the statuses of "Theo dõi" says so', async () => {
  const { user } = setup();
  await user.upload(screen.getByTestId('file-input'), xlsxFile('theo-doi.xlsx'));
  expect(await screen.findByTestId('status-from-tracker')).toHaveTextContent(`Trạng thái của 3/${tasks.length} nhiệm vụ lấy từ trang "Theo dõi"`);
});

test('one file: counts, findings with addresses, click shows the cell context, download the marked copy', async () => {
  const { user, xlsx, saved } = setup();
  await user.upload(screen.getByTestId('file-input'), xlsxFile('Phụ lục II.xlsx'));
  expect(await screen.findByTestId('task-count')).toHaveTextContent('4');
  expect(screen.getByTestId('quarter-count-3')).toHaveTextContent('3');
  expect(screen.getByTestId('quarter-count-4')).toHaveTextContent('1');
  expect(screen.queryByTestId('status-from-tracker')).toBeNull(); // no tracker in this file
  expect(screen.getAllByTestId('section-row')[0]).toHaveAttribute('data-mismatch', 'true');
  const rows = screen.getAllByTestId('finding');
  expect(rows).toHaveLength(findings.length);
  const outdated = rows.find((r) => r.getAttribute('data-code') === 'outdated-unit')!;
  expect(outdated).toHaveAttribute('data-row', '12');
  expect(outdated).toHaveAttribute('data-field', 'lead');
  expect(outdated).toHaveTextContent("'Phụ lục II'!D12");

  await user.click(outdated);
  expect(outdated).toHaveAttribute('data-selected', 'true');
  const context = screen.getByTestId('finding-context');
  expect(within(context).getByTestId('context-task')).toHaveTextContent('3. Kiểm tra đo lường — Phòng QLKH');
  expect(within(context).getByTestId('context-value')).toHaveTextContent('Phòng QLKH');

  await user.click(screen.getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0].name).toBe('Phụ lục II (đã kiểm tra).xlsx');
  expect(xlsx.calls.marked[0].file.file).toBe('Phụ lục II.xlsx');
  expect(xlsx.calls.marked[0].report.asOf).toBe('2025-09-15');
  // The original bytes go to the writer, untouched.
  expect(Buffer.from(xlsx.calls.marked[0].original).toString('latin1')).toBe('PK\u0003\u0004 fake');
});

test('the marked copy says what it could not keep of the file (charts, external names), as the CLI does; in English too', async () => {
  const { user, saved } = setup();
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('bieu-do.xlsx'), xlsxFile('nho.xlsx')]);
  const row = async (name: string) => (await screen.findAllByTestId('file-row')).find((r) => r.getAttribute('data-file') === name)!;
  await user.click(within(await row('bieu-do.xlsx')).getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(await screen.findByTestId('copy-lost')).toHaveTextContent(
    'Lưu ý: bản sao bieu-do (đã kiểm tra).xlsx không giữ được biểu đồ, tên định nghĩa “DanhSach” (trỏ tới sổ làm việc khác) của bieu-do.xlsx (thư viện ghi tệp không hỗ trợ); tệp gốc không bị thay đổi.',
  );
  // A copy that keeps everything says nothing.
  await user.click(within(await row('nho.xlsx')).getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(2));
  expect(screen.queryByTestId('copy-lost')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  await user.click(within(await row('bieu-do.xlsx')).getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(3));
  expect(await screen.findByTestId('copy-lost')).toHaveTextContent(
    'Note: the copy "bieu-do (checked).xlsx" does not keep the charts, defined names "DanhSach" (pointing into another workbook) of "bieu-do.xlsx" (the library that writes it cannot); the original file is unchanged.',
  );
});

test('the file picker takes an .xlsm too (the CLI reads it): its copy is an .xlsx that says its macros are not kept', async () => {
  const { user, saved } = setup();
  expect(screen.getByTestId('file-input').getAttribute('accept')).toContain('.xlsm');
  await user.upload(screen.getByTestId('file-input'), new File(['PK\u0003\u0004 fake'], 'co-macro.xlsm', { type: 'application/vnd.ms-excel.sheet.macroEnabled.12' }));
  const row = await screen.findByTestId('file-row');
  expect(row).toHaveAttribute('data-file', 'co-macro.xlsm');
  expect(row).toHaveAttribute('data-ok', 'true');
  await user.click(within(row).getByTestId('download-button'));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0].name).toBe('co-macro (đã kiểm tra).xlsx');
  expect(await screen.findByTestId('copy-lost')).toHaveTextContent(
    'Lưu ý: bản sao co-macro (đã kiểm tra).xlsx không giữ được macro (VBA) của co-macro.xlsm (thư viện ghi tệp không hỗ trợ); tệp gốc không bị thay đổi.',
  );
});

test('a bad file shows the Vietnamese error; other files still load', async () => {
  const { user } = setup();
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('ghi-chu.xlsx', 'just text'), xlsxFile('nho.xlsx')]);
  expect(await screen.findByTestId('error-message')).toHaveTextContent('Tệp này không phải tệp Excel .xlsx.');
  const bad = screen.getAllByTestId('file-row').find((r) => r.getAttribute('data-file') === 'ghi-chu.xlsx')!;
  expect(bad).toHaveAttribute('data-ok', 'false');
  expect(within(bad).queryByTestId('download-button')).toBeNull();
  expect(screen.getByTestId('task-count')).toHaveTextContent('1');
});

test('the combined summary workbook names the files that could not be read, in Vietnamese', async () => {
  const { user, xlsx, saved } = setup();
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('a.xlsx'), xlsxFile('ghi-chu.xlsx', 'just text'), xlsxFile('nho.xlsx')]);
  await waitFor(() => expect(screen.getAllByTestId('per-file-row')).toHaveLength(2));
  await user.click(screen.getByTestId('download-summary-button'));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(xlsx.calls.summaries[0].files.map((f) => f.file)).toEqual(['a.xlsx', 'nho.xlsx']);
  expect(xlsx.calls.summaries[0].errors).toEqual([{ file: 'ghi-chu.xlsx', code: 'not-xlsx', message: 'Tệp này không phải tệp Excel .xlsx.' }]);
});

test('an unexpected read failure gives a sentence naming the file, not a stack', async () => {
  const { user, xlsx } = setup();
  xlsx.api.readWorkbookGrid = async () => {
    throw new RangeError('Offset is outside the bounds of the DataView');
  };
  await user.upload(screen.getByTestId('file-input'), xlsxFile('hong.xlsx'));
  const error = await screen.findByTestId('error-message');
  expect(error).toHaveTextContent('Không đọc được tệp "hong.xlsx". Hãy kiểm tra đó là tệp Excel .xlsx.');
  expect(error).not.toHaveTextContent('DataView');
});

test('several files: per-file and combined counts add up; the combined summary workbook downloads', async () => {
  const { user, xlsx, saved } = setup();
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('a.xlsx'), xlsxFile('nho-1.xlsx'), xlsxFile('nho-2.xlsx')]);
  await waitFor(() => expect(screen.getAllByTestId('per-file-row')).toHaveLength(3));
  const perFile = screen.getAllByTestId('file-task-count').map((c) => Number(c.textContent));
  expect(perFile).toEqual([4, 1, 1]);
  expect(screen.getByTestId('task-count')).toHaveTextContent('6');
  // Findings of every file, each with its file.
  expect(screen.getAllByTestId('finding').every((r) => r.getAttribute('data-file') === 'a.xlsx')).toBe(true);
  expect(screen.getAllByTestId('download-button')).toHaveLength(3);

  await user.click(screen.getByTestId('download-summary-button'));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0].name).toBe('Tổng hợp CTCT 2025-09-15.xlsx');
  expect(xlsx.calls.summaries[0].files).toHaveLength(3);

  // One file's view.
  await user.selectOptions(screen.getByTestId('view-picker'), screen.getByRole('option', { name: 'nho-1.xlsx' }));
  expect(screen.getByTestId('task-count')).toHaveTextContent('1');
  expect(screen.queryByTestId('per-file-table')).toBeNull();
});

test('files with the same name (mailed by several units) are all kept, told apart, and download under distinct names', async () => {
  const { user, xlsx, saved } = setup();
  await user.upload(screen.getByTestId('file-input'), xlsxFile('ctct.xlsx'));
  await screen.findByTestId('task-count');
  // The same name again (another unit's file), then twice more in one go.
  await user.upload(screen.getByTestId('file-input'), xlsxFile('ctct.xlsx', 'PK\u0003\u0004 second'));
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('nho.xlsx'), xlsxFile('ctct.xlsx', 'PK\u0003\u0004 third')]);
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(4));
  expect(screen.getAllByTestId('file-row').map((r) => r.getAttribute('data-file'))).toEqual(['ctct.xlsx', 'ctct.xlsx (2)', 'nho.xlsx', 'ctct.xlsx (3)']);
  expect(screen.getAllByTestId('per-file-row').map((r) => r.getAttribute('data-file'))).toEqual(['ctct.xlsx', 'ctct.xlsx (2)', 'nho.xlsx', 'ctct.xlsx (3)']);
  expect(screen.getByTestId('task-count')).toHaveTextContent('13');

  // The file filter tells them apart.
  const filter = screen.getByTestId('filter-file') as HTMLSelectElement;
  expect(Array.from(filter.options).map((o) => o.textContent)).toEqual(['Tất cả', 'ctct.xlsx', 'ctct.xlsx (2)', 'ctct.xlsx (3)']);
  await user.selectOptions(filter, within(filter).getByRole('option', { name: 'ctct.xlsx (2)' }));
  expect(screen.getAllByTestId('finding')).toHaveLength(findings.length);
  expect(screen.getAllByTestId('finding').every((r) => r.getAttribute('data-file') === 'ctct.xlsx (2)')).toBe(true);

  // Each downloads its own bytes, under its own name.
  const buttons = screen.getAllByTestId('download-button');
  await user.click(buttons[0]);
  await user.click(buttons[1]);
  await user.click(buttons[3]);
  await waitFor(() => expect(saved).toHaveLength(3));
  expect(saved.map((f) => f.name)).toEqual(['ctct (đã kiểm tra).xlsx', 'ctct (2) (đã kiểm tra).xlsx', 'ctct (3) (đã kiểm tra).xlsx']);
  expect(xlsx.calls.marked.map((c) => Buffer.from(c.original).toString('latin1'))).toEqual([
    'PK\u0003\u0004 fake',
    'PK\u0003\u0004 second',
    'PK\u0003\u0004 third',
  ]);

  // Removing the first leaves the others as they are; a new one takes the free name.
  await user.click(screen.getAllByTestId('remove-file')[0]);
  await user.upload(screen.getByTestId('file-input'), xlsxFile('ctct.xlsx'));
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(4));
  expect(screen.getAllByTestId('file-row').map((r) => r.getAttribute('data-file'))).toEqual(['ctct.xlsx (2)', 'nho.xlsx', 'ctct.xlsx (3)', 'ctct.xlsx']);
});

test('drag and drop opens files', async () => {
  setup();
  const zone = screen.getByTestId('standalone');
  const file = xlsxFile('keo-tha.xlsx');
  fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
  expect(screen.getByTestId('drop-zone')).toHaveTextContent('Thả tệp để kiểm tra');
  fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
  expect(await screen.findByTestId('task-count')).toHaveTextContent('4');
  expect(screen.getByTestId('file-row')).toHaveAttribute('data-file', 'keo-tha.xlsx');
});

test('a file dropped while another of the same name still loads gets a label of its own', async () => {
  setup();
  const zone = screen.getByTestId('standalone');
  fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [xlsxFile('ctct.xlsx')] } });
  fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [xlsxFile('ctct.xlsx')] } });
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(2));
  expect(screen.getAllByTestId('file-row').map((r) => r.getAttribute('data-file')).sort()).toEqual(['ctct.xlsx', 'ctct.xlsx (2)']);
});

test('removing a file with the keyboard leaves the focus on the next file\'s "Bỏ", then on "Chọn tệp"', async () => {
  const { user } = setup();
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('a.xlsx'), xlsxFile('nho.xlsx')]);
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(2));
  screen.getAllByTestId('remove-file')[0].focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getAllByTestId('remove-file')[0]).toHaveFocus());
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByTestId('pick-button')).toHaveFocus());
});

test('the sample button fetches the bundled workbook; a failed fetch says so', async () => {
  const { user } = setup();
  const fetchMock = jest.fn(async () => ({ ok: true, status: 200, arrayBuffer: async () => new Uint8Array(Buffer.from('PK sample', 'latin1')).buffer }));
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  await user.click(screen.getByTestId('sample-button'));
  expect(await screen.findByTestId('task-count')).toHaveTextContent('4');
  expect(fetchMock).toHaveBeenCalledWith('sample.xlsx');
  expect(screen.getByTestId('file-row')).toHaveAttribute('data-file', SAMPLE_NAME);

  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({ ok: false, status: 404 }));
  await user.click(screen.getByTestId('sample-button'));
  expect(await screen.findByTestId('error-message')).toHaveTextContent('Không tải được tệp mẫu.');
});

test('the loading state shows a progress bar while a file is read', async () => {
  const { user, xlsx } = setup();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const read = xlsx.api.readWorkbookGrid;
  xlsx.api.readWorkbookGrid = async (d) => {
    await gate;
    return read(d);
  };
  await user.upload(screen.getByTestId('file-input'), xlsxFile('cham.xlsx'));
  const loading = await screen.findByTestId('loading');
  expect(loading).toHaveTextContent('Đang đọc "cham.xlsx"…');
  expect(within(loading).getByRole('progressbar')).toBeInTheDocument();
  await act(async () => release());
  expect(await screen.findByTestId('task-count')).toHaveTextContent('4');
  expect(screen.queryByTestId('loading')).toBeNull();
});

test('changing the period analyses the loaded files again with it', async () => {
  const { user, engine } = setup();
  await user.upload(screen.getByTestId('file-input'), xlsxFile('a.xlsx'));
  await screen.findByTestId('task-count');
  await user.selectOptions(screen.getByTestId('period-picker'), '2024');
  await waitFor(() => expect(engine.calls).toHaveLength(2));
  expect(engine.calls[1].options.period).toBe('2024');
});

test('a period a workbook\'s own directory lacks leaves that file read with its own period; a period is not imposed on files opened after all are closed', async () => {
  const user = userEvent.setup();
  const eng = fakeEngine((_, o) => {
    if (o.fileName.startsWith('co-danh-muc') && o.period) throw new CtctInputError('unknown-period', `Không có kỳ "${o.period}" trong danh mục (các kỳ có: 2025-H2).`);
    return fileReport(o.fileName, o.period ? { period: o.period, periodSource: 'option' } : {});
  });
  render(<StandaloneApp engine={eng} xlsx={fakeXlsx().api} today={() => '2025-09-15'} lang="vi" save={() => undefined} sampleUrl="sample.xlsx" />);
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('co-danh-muc.xlsx'), xlsxFile('a.xlsx')]);
  await screen.findByTestId('task-count');
  await user.selectOptions(screen.getByTestId('period-picker'), '2024');
  await waitFor(() => expect(eng.calls.filter((c) => c.options.period === '2024')).toHaveLength(2));
  expect(screen.getAllByTestId('file-row').map((r) => r.getAttribute('data-ok'))).toEqual(['true', 'true']);
  expect(screen.getByTestId('period-picker')).toHaveValue('2024');
  await user.click(screen.getAllByTestId('remove-file')[0]);
  await user.click(screen.getAllByTestId('remove-file')[0]);
  await user.upload(screen.getByTestId('file-input'), xlsxFile('b.xlsx'));
  await screen.findByTestId('task-count');
  expect(eng.calls[eng.calls.length - 1].options).toMatchObject({ fileName: 'b.xlsx', period: undefined });
});

test('English: the page and the findings switch language', async () => {
  const { user } = setup();
  await user.upload(screen.getByTestId('file-input'), xlsxFile('a.xlsx'));
  await screen.findByTestId('task-count');
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(screen.getByTestId('privacy-note')).toHaveTextContent('no file leaves your computer');
  expect(screen.getByTestId('sample-button')).toHaveTextContent('Try the sample workbook');
  expect(screen.getAllByTestId('finding')[0]).toHaveTextContent('Missing directing leader');
  expect(document.title).toBe('CTCT — Work programme checker');
});

test('English: a file that could not be read is said in English', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('ghi-chu.xlsx', 'just text'), xlsxFile('a.xlsx')]);
  expect(await screen.findByTestId('error-message')).toHaveTextContent('"ghi-chu.xlsx" is not an Excel .xlsx workbook: if it is a spreadsheet saved another way (.csv, .ods…), open it in Excel, save it as an Excel Workbook (.xlsx) and check that copy.');
});

test('English: an empty file is said to be empty (copy it again), not another kind of file to save as .xlsx', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('rong.xlsx', ''), xlsxFile('a.xlsx')]);
  expect(await screen.findByTestId('error-message')).toHaveTextContent('"rong.xlsx" is empty (0 bytes), not an Excel .xlsx workbook: copy or download it again, or open the original workbook in Excel and save it as an Excel Workbook (.xlsx).');
  expect(await screen.findByTestId('task-count')).toBeInTheDocument();
});

test("the engine picks each file's directory (its own Danh mục sheet when it has one) and the page says so", async () => {
  const user = userEvent.setup();
  const eng = fakeEngine((_, o) => fileReport(o.fileName, o.fileName === 'co-danh-muc.xlsx' ? { directorySource: 'workbook' } : {}));
  render(<StandaloneApp engine={eng} xlsx={fakeXlsx().api} today={() => '2025-09-15'} lang="vi" save={() => undefined} />);
  await user.upload(screen.getByTestId('file-input'), [xlsxFile('co-danh-muc.xlsx'), xlsxFile('khong.xlsx')]);
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(2));
  expect(eng.calls.map((c) => c.options.directory)).toEqual([undefined, undefined]);
  const [own, other] = screen.getAllByTestId('file-row');
  expect(within(own).getByTestId('own-directory')).toHaveTextContent('theo trang Danh mục của tệp');
  expect(within(other).queryByTestId('own-directory')).toBeNull();
});
