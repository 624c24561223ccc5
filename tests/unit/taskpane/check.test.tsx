/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPaneApp } from '../../../src/taskpane/excel/TaskPaneApp';
import { CtctInputError } from '../../../src/engine/errors';
import { FakeHost, fakeEngine, fileReport, grid, inputError, sheetDirectory, SHEET } from './helpers';

const today = () => '2025-09-15';

function setup(host = new FakeHost(), engine = fakeEngine()) {
  const user = userEvent.setup();
  render(<TaskPaneApp host={host} engine={engine} today={today} debounceMs={0} lang="vi" />);
  return { host, engine, user };
}

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('Kiểm tra', () => {
  test('idle → running (progress bar) → result with counts and findings', async () => {
    const { host, engine, user } = setup();
    const panel = screen.getByTestId('panel-check');
    expect(within(panel).getByTestId('check-idle')).toHaveTextContent('Bấm "Kiểm tra"');
    expect(within(panel).queryAllByTestId('finding')).toHaveLength(0);

    const release = host.hold('readGrid');
    await user.click(within(panel).getByTestId('check-button'));
    const running = await within(panel).findByTestId('check-running');
    expect(within(running).getByRole('progressbar')).toBeInTheDocument();
    expect(engine.calls).toHaveLength(0);

    await act(async () => release());
    const result = await within(panel).findByTestId('check-result');
    expect(result).toHaveTextContent('Đã kiểm tra 4 nhiệm vụ trong 1 trang tính.');
    expect(within(panel).queryByTestId('check-running')).toBeNull();

    expect(host.called('readGrid')[0].args).toEqual(['active']);
    expect(engine.calls).toHaveLength(1);
    expect(engine.calls[0].options.asOf).toBe('2025-09-15');
    expect(engine.calls[0].options.period).toBeUndefined();

    expect(within(panel).getByTestId('severity-count-error')).toHaveTextContent('1Lỗi');
    expect(within(panel).getByTestId('severity-count-warning')).toHaveTextContent('2Cảnh báo');
    expect(within(panel).getByTestId('severity-count-info')).toHaveTextContent('1Thông tin');
    const rows = within(panel).getAllByTestId('finding');
    expect(rows).toHaveLength(4);
    // Errors first, each with its address and the engine's Vietnamese message.
    expect(rows[0]).toHaveAttribute('data-code', 'missing-leader');
    expect(rows[0]).toHaveAttribute('data-row', '11');
    expect(rows[0]).toHaveAttribute('data-field', 'leader');
    expect(rows[0]).toHaveTextContent("'Phụ lục II'!F11");
    expect(rows[0]).toHaveTextContent('Nhiệm vụ 2 chưa có lãnh đạo Sở chỉ đạo.');
    // "Kiểm tra lại" in one click.
    expect(within(panel).getByTestId('check-button')).toHaveTextContent('Kiểm tra lại');
    await user.click(within(panel).getByTestId('check-button'));
    await waitFor(() => expect(engine.calls).toHaveLength(2));
    expect(within(panel).getByTestId('directory-source')).toHaveTextContent('danh mục mặc định');
  });

  test('an input error shows its Vietnamese message; anything else a generic sentence, never a stack', async () => {
    const { host, user } = setup();
    host.fail('readGrid', inputError('Không tìm thấy bảng nhiệm vụ nào trong trang tính "Sheet1".'));
    await user.click(screen.getByTestId('check-button'));
    const error = await screen.findByTestId('error-message');
    expect(error).toHaveTextContent('Không tìm thấy bảng nhiệm vụ nào trong trang tính "Sheet1".');

    const boom = new TypeError('Cannot read properties of undefined (reading "values")');
    host.fail('readGrid', boom);
    await user.click(screen.getByTestId('check-button'));
    await waitFor(() => expect(screen.getByTestId('error-message')).toHaveTextContent('Đã có lỗi không mong muốn'));
    expect(screen.getByTestId('error-message')).not.toHaveTextContent('Cannot read');
    expect(screen.getByTestId('error-message')).not.toHaveTextContent('at ');
  });

  test('the report is named after the workbook; "no task table" is said of the trang tính checked, not of a "tệp"', async () => {
    const host = new FakeHost();
    host.workbookName = 'CTCT Quý III.xlsx';
    const engine = fakeEngine((_, o) => {
      throw new CtctInputError('no-task-table', `Không tìm thấy bảng nhiệm vụ nào trong tệp ${o.fileName}: cần một dòng tiêu đề.`);
    });
    const { user } = setup(host, engine);
    await waitFor(() => expect(host.called('info')).toHaveLength(1));
    await act(async () => undefined);
    await user.click(screen.getByTestId('check-button'));
    const error = await screen.findByTestId('error-message');
    expect(engine.calls[0].options.fileName).toBe('CTCT Quý III.xlsx');
    expect(error).toHaveTextContent(`Không tìm thấy bảng nhiệm vụ nào trong trang tính "${SHEET}"`);
    expect(error).not.toHaveTextContent('tệp');

    // The whole workbook: said of the workbook, by its name.
    await user.click(screen.getByRole('radio', { name: 'Cả sổ làm việc' }));
    host.readGridResult = { sheets: [...grid().sheets, { name: 'Quý IV', cells: [] }] };
    await user.click(screen.getByTestId('check-button'));
    await waitFor(() => expect(screen.getByTestId('error-message')).toHaveTextContent('trong sổ làm việc "CTCT Quý III.xlsx"'));
  });

  test('without the workbook’s name (before ExcelApi 1.7) the report is the "Sổ làm việc", never a sheet', async () => {
    const { engine, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    expect(engine.calls[0].options.fileName).toBe('Sổ làm việc');
  });

  test('the scope is the active sheet or the whole workbook', async () => {
    const { host, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Cả sổ làm việc' }));
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    expect(host.called('readGrid').map((c) => c.args[0])).toEqual(['workbook']);
  });

  test("the directory's periods are listed; the chosen one is used and shown, a change re-checks", async () => {
    const { engine, user } = setup();
    const picker = screen.getByTestId('period-picker') as HTMLSelectElement;
    expect(Array.from(picker.options).map((o) => o.value)).toEqual(['', '2025-09', '2024']);
    expect(picker.options[1].textContent).toBe('2025-09 (từ 01/07/2025)');

    await user.click(screen.getByTestId('check-button'));
    await screen.findByText('Giai đoạn đã dùng: 2025-09 (đọc từ bảng)');

    await user.selectOptions(picker, '2024');
    await waitFor(() => expect(engine.calls).toHaveLength(2));
    expect(engine.calls[1].options.period).toBe('2024');
    await screen.findByText('Giai đoạn đã dùng: 2024 (do bạn chọn)');
  });

  test("a workbook's Danh mục sheet is used for the check, and the pane says so", async () => {
    const host = new FakeHost();
    host.directoryInSheet = sheetDirectory;
    const { engine, user } = setup(host);
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    expect(engine.calls[0].options.directory).toBe(sheetDirectory);
    expect(screen.getByTestId('directory-source')).toHaveTextContent('Đang dùng danh mục từ trang "Danh mục" trong sổ này.');
    // The period picker lists that directory's periods.
    const picker = screen.getByTestId('period-picker') as HTMLSelectElement;
    expect(Array.from(picker.options).map((o) => o.value)).toEqual(['', 'danh-muc']);
  });

  test('clicking a finding selects its cell in Excel and highlights it', async () => {
    const { host, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    const row = screen.getAllByTestId('finding').find((r) => r.getAttribute('data-code') === 'outdated-unit')!;
    await user.click(row);
    await waitFor(() => expect(host.called('selectCell')).toHaveLength(1));
    expect(host.called('selectCell')[0].args).toEqual([SHEET, 'D12']);
    expect(row).toHaveAttribute('data-selected', 'true');
    expect(row).toHaveAttribute('aria-pressed', 'true');

    // Keyboard: a focused finding is selected with Enter.
    const other = screen.getAllByTestId('finding').find((r) => r.getAttribute('data-code') === 'missing-leader')!;
    other.focus();
    expect(other).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.called('selectCell')).toHaveLength(2));
    expect(host.called('selectCell')[1].args).toEqual([SHEET, 'F11']);
    expect(other).toHaveAttribute('data-selected', 'true');
    expect(row).toHaveAttribute('data-selected', 'false');
  });

  test('a finding on a hidden sheet: the adapter shows the sheet and the pane says it was hidden', async () => {
    const host = new FakeHost();
    host.hiddenSheets.add(SHEET);
    const { user } = setup(host);
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    await user.click(screen.getAllByTestId('finding')[0]);
    expect(await screen.findByTestId('select-result')).toHaveTextContent(`Trang tính "${SHEET}" đang bị ẩn nên đã được hiện ra để chọn ô.`);
    await user.click(screen.getAllByTestId('finding')[1]);
    await waitFor(() => expect(host.called('selectCell')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('select-result')).toBeNull());
  });

  test('a failed selection shows an error', async () => {
    const { host, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    host.fail('selectCell', new Error('InvalidArgument'));
    await user.click(screen.getAllByTestId('finding')[0]);
    expect(await screen.findByTestId('error-message')).toHaveTextContent('Đã có lỗi không mong muốn');
  });

  test('findings filter by severity, kind and unit, and group by unit', async () => {
    const { user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    await user.selectOptions(screen.getByTestId('filter-severity'), 'warning');
    expect(screen.getAllByTestId('finding').map((r) => r.getAttribute('data-code')).sort()).toEqual(['declared-count-mismatch', 'outdated-unit']);
    expect(screen.getByTestId('findings-shown')).toHaveTextContent('Đang hiện 2/4 phát hiện');
    await user.selectOptions(screen.getByTestId('filter-severity'), '');

    await user.selectOptions(screen.getByTestId('filter-code'), 'irregular-whitespace');
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    await user.selectOptions(screen.getByTestId('filter-code'), '');

    await user.selectOptions(screen.getByTestId('filter-unit'), 'Phòng QLKH&ĐMST');
    expect(screen.getAllByTestId('finding').map((r) => r.getAttribute('data-row'))).toEqual(['11']);
    await user.selectOptions(screen.getByTestId('filter-unit'), '');

    await user.selectOptions(screen.getByTestId('group-by'), 'unit');
    const groups = screen.getAllByTestId('finding-group').map((g) => g.getAttribute('data-group'));
    expect(groups).toEqual(['Phòng QLKH', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', '']);
    expect(screen.getAllByTestId('finding-group')[3]).toHaveTextContent('(không gắn với đơn vị)');
  });

  test('automatic re-check subscribes to changes, re-checks on a change, unsubscribes when off', async () => {
    const { host, engine, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi trang tính thay đổi' }));
    await waitFor(() => expect(host.changeListeners.size).toBe(1));
    act(() => host.change());
    await waitFor(() => expect(engine.calls).toHaveLength(2));
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi trang tính thay đổi' }));
    await waitFor(() => expect(host.unsubscribed).toBe(1));
    expect(host.changeListeners.size).toBe(0);
  });
});

test('missing Excel features: the adapter’s warnings are shown and auto re-check is off', async () => {
  const host = new FakeHost();
  host.noEvents = true;
  host.missingFeatures = ['events'];
  setup(host);
  expect(await screen.findByTestId('capability-warnings')).toHaveTextContent('cần ExcelApi 1.7');
  expect(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi trang tính thay đổi' })).toBeDisabled();
});

test('an Excel error the adapter put in words is shown as it is', async () => {
  const { host, user } = setup();
  host.fail('readGrid', Object.assign(new Error('Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.'), { name: 'ExcelHostError' }));
  await user.click(screen.getByTestId('check-button'));
  expect(await screen.findByTestId('error-message')).toHaveTextContent('Excel đang ở chế độ sửa ô');
});

test("when the engine reports it used the workbook's own Danh mục sheet, the pane says so", async () => {
  const host = new FakeHost();
  const engine = fakeEngine((_, o) => fileReport(o.fileName, { directorySource: 'workbook' }));
  const { user } = setup(host, engine);
  await user.click(screen.getByTestId('check-button'));
  await screen.findByTestId('check-result');
  expect(engine.calls[0].options.directory).toBeUndefined();
  expect(screen.getByTestId('directory-source')).toHaveTextContent('Đang dùng danh mục từ trang "Danh mục" trong sổ này.');
});
