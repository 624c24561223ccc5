/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPaneApp } from '../../../src/taskpane/excel/TaskPaneApp';
import type { CellChange } from '../../../src/excel/host';
import type { Finding, Report } from '../../../src/engine/report';
import { DICTIONARIES } from '../../../src/taskpane/i18n';
import { directory, FakeHost, fakeEngine, fileReport, findings, grid, inputError, SHEET } from './helpers';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function setup(host = new FakeHost(), engine = fakeEngine()) {
  const user = userEvent.setup();
  render(<TaskPaneApp host={host} engine={engine} today={() => '2025-09-15'} debounceMs={0} lang="vi" />);
  return { host, engine, user };
}

async function openTab(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}

test('the six actions are tabs, activated from the keyboard', async () => {
  const { user } = setup();
  const names = ['Kiểm tra', 'Đánh dấu', 'Sửa', 'Tổng hợp', 'Theo dõi', 'Danh mục'];
  expect(screen.getAllByRole('tab')).toEqual(names.map((name) => screen.getByRole('tab', { name })));
  // (Arrow-key movement between tabs is Fluent's, tested in Chromium; jsdom has no layout.)
  screen.getByRole('tab', { name: 'Đánh dấu' }).focus();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('tab', { name: 'Đánh dấu' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tabpanel', { name: 'Đánh dấu' })).toBeVisible();
});

describe('Đánh dấu', () => {
  test('mark: idle → running → result; the check runs first when there is none', async () => {
    const { host, engine, user } = setup();
    const panel = await openTab(user, 'Đánh dấu');
    expect(within(panel).queryByTestId('mark-result')).toBeNull();
    const release = host.hold('markFindings');
    await user.click(within(panel).getByRole('button', { name: 'Đánh dấu các ô có phát hiện' }));
    expect(await within(panel).findByTestId('mark-running')).toHaveTextContent('Đang đánh dấu…');
    expect(within(within(panel).getByTestId('mark-running')).getByRole('progressbar')).toBeInTheDocument();
    await act(async () => release());
    expect(await within(panel).findByTestId('mark-result')).toHaveTextContent('Đã đánh dấu 4 ô (tô màu và ghi chú).');
    expect(engine.calls).toHaveLength(1);
    const marked = host.called('markFindings')[0].args[0] as { code: string }[];
    expect(marked.map((f) => f.code).sort()).toEqual(['declared-count-mismatch', 'irregular-whitespace', 'missing-leader', 'outdated-unit']);
  });

  test('remove marks: result and error', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Đánh dấu');
    await user.click(within(panel).getByRole('button', { name: 'Xoá mọi dấu' }));
    expect(await within(panel).findByTestId('clear-marks-result')).toHaveTextContent('Đã xoá dấu ở 4 ô và trả lại màu nền cũ.');
    host.fail('clearMarks', inputError('Phiên bản Excel này không hỗ trợ tô màu.'));
    await user.click(within(panel).getByRole('button', { name: 'Xoá mọi dấu' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Phiên bản Excel này không hỗ trợ tô màu.');
  });

  test('mark: error state', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Đánh dấu');
    host.fail('markFindings', new Error('GeneralException'));
    await user.click(within(panel).getByRole('button', { name: 'Đánh dấu các ô có phát hiện' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Đã có lỗi không mong muốn');
  });
});

describe('Sửa', () => {
  test('one fix is previewed; nothing is written until confirmed; cancel writes nothing', async () => {
    const { host, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    const panel = await openTab(user, 'Sửa');
    const groups = within(panel).getAllByTestId('fix-group').map((g) => g.getAttribute('data-code'));
    expect(groups).toEqual(['outdated-unit', 'irregular-whitespace']);

    await user.click(within(panel).getByRole('button', { name: "Xem trước cách sửa ô 'Phụ lục II'!D12" }));
    const preview = await within(panel).findByTestId('fix-preview');
    const rows = within(preview).getAllByTestId('fix-change');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('D12');
    expect(rows[0]).toHaveTextContent('Phòng QLKH');
    expect(rows[0]).toHaveTextContent('Phòng QLKH&ĐMST');
    expect(host.called('applyChanges')).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Huỷ' }));
    expect(within(panel).queryByTestId('fix-preview')).toBeNull();
    expect(host.called('applyChanges')).toHaveLength(0);
  });

  test('all of one kind: preview → confirm → applyChanges with the previewed values → journal → undo', async () => {
    const { host, engine, user } = setup();
    const panel = await openTab(user, 'Sửa');
    // No check yet: the preview runs it.
    expect(within(panel).getByText(/Bấm "Kiểm tra"/)).toBeInTheDocument();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    await user.click(within(panel).getByRole('button', { name: 'Xem trước cách sửa 1 ô loại "Khoảng trắng bất thường"' }));
    const preview = await within(panel).findByTestId('fix-preview');
    expect(within(preview).getAllByTestId('fix-change')).toHaveLength(1);
    expect(within(preview).getByRole('heading')).toHaveTextContent('Xem trước 1 thay đổi');
    expect(host.called('applyChanges')).toHaveLength(0);

    const release = host.hold('applyChanges');
    await user.click(within(preview).getByRole('button', { name: 'Áp dụng 1 thay đổi' }));
    expect(await within(panel).findByTestId('fix-running')).toHaveTextContent('Đang sửa…');
    await act(async () => release());
    expect(await within(panel).findByTestId('fix-result')).toHaveTextContent('Đã sửa 1 ô.');
    const applied = host.called('applyChanges')[0].args[0] as CellChange[];
    expect(applied).toEqual([
      { sheet: SHEET, address: 'B10', from: 'Xây dựng kế hoạch  chuyển đổi số', to: 'Xây dựng kế hoạch chuyển đổi số', reason: 'irregular-whitespace', anchor: { address: 'D10', text: 'Văn phòng Sở' } },
    ]);
    expect(within(panel).queryByTestId('fix-preview')).toBeNull();
    // The journal is shown and the sheet checked again; the journal came with the write, not read a second time.
    const journal = await within(panel).findByTestId('journal');
    expect(within(journal).getAllByTestId('journal-entry')).toHaveLength(1);
    expect(journal).toHaveTextContent('B10');
    expect(host.called('journal')).toHaveLength(0);
    await waitFor(() => expect(engine.calls.length).toBe(2));

    await user.click(within(panel).getByRole('button', { name: 'Hoàn tác' }));
    expect(await within(panel).findByTestId('undo-result')).toHaveTextContent('Đã khôi phục 1 ô.');
    expect(host.called('undo')).toHaveLength(1);
    expect(host.called('undo')[0].args).toEqual([undefined]);
    await waitFor(() => expect(within(panel).getByTestId('journal-entry')).toHaveAttribute('data-undone', 'true'));
  });

  test('normalise spaces and Unicode previews the engine’s whitespace and Unicode fixes only', async () => {
    // B11 typed in NFD: the engine's decomposed-unicode finding joins the whitespace one (B10);
    // the outdated-unit fix (D12) is not a normalisation and stays out.
    const host = new FakeHost();
    const nfd = 'Tổ chức hội thảo khoa học'.normalize('NFD');
    host.readGridResult = grid();
    host.readGridResult.sheets[0].cells[10][1] = nfd;
    const decomposed: Finding = { code: 'decomposed-unicode', severity: 'info', sheet: SHEET, row: 11, column: 'B', field: 'task', message: 'Ô dùng Unicode tổ hợp (dấu tách rời).', suggestion: null, fix: { value: nfd.normalize('NFC') } };
    const { user } = setup(host, fakeEngine((_, o) => fileReport(o.fileName, { findings: [...findings, decomposed] })));
    const panel = await openTab(user, 'Sửa');
    await user.click(within(panel).getByTestId('normalise-preview'));
    const preview = await within(panel).findByTestId('fix-preview');
    const rows = within(preview).getAllByTestId('fix-change');
    expect(rows.map((r) => r.textContent?.match(/B1[01]|D12/)?.[0])).toEqual(['B10', 'B11']);
    expect(host.called('applyChanges')).toHaveLength(0);
  });

  test('apply and undo errors are shown', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Sửa');
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    await user.click(within(panel).getByRole('button', { name: "Xem trước cách sửa ô 'Phụ lục II'!D12" }));
    host.fail('applyChanges', inputError('Trang tính đang được bảo vệ: không sửa được.'));
    await user.click(await within(panel).findByRole('button', { name: 'Áp dụng 1 thay đổi' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Trang tính đang được bảo vệ: không sửa được.');
    // The preview stays so the user can try again.
    expect(within(panel).getByTestId('fix-preview')).toBeInTheDocument();

    host.fail('undo', new Error('x'));
    await user.click(within(panel).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(within(panel).getAllByTestId('error-message').some((e) => e.getAttribute('data-action') === 'undo')).toBe(true));
  });
});

describe('Sửa: after the write', () => {
  test('a failed re-check after "Áp dụng" is shown, and the stale findings are not', async () => {
    const { host, engine, user } = setup();
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    const panel = await openTab(user, 'Sửa');
    await user.click(within(panel).getByRole('button', { name: "Xem trước cách sửa ô 'Phụ lục II'!D12" }));
    host.fail('readGrid', inputError('Trang tính "Phụ lục II" vừa bị đổi tên.'));
    await user.click(await within(panel).findByRole('button', { name: 'Áp dụng 1 thay đổi' }));
    expect(await within(panel).findByTestId('fix-result')).toHaveTextContent('Đã sửa 1 ô.');
    const error = within(panel)
      .getAllByTestId('error-message')
      .find((e) => e.getAttribute('data-action') === 'recheck');
    expect(error).toHaveTextContent('Đã ghi xong, nhưng không kiểm tra lại được');
    expect(error).toHaveTextContent('Trang tính "Phụ lục II" vừa bị đổi tên.');
    expect(within(panel).queryAllByTestId('fix-group')).toHaveLength(0);
    expect(within(panel).getByTestId('fixable-stale')).toBeInTheDocument();
    expect(engine.calls).toHaveLength(1);

    // A check that works again brings the findings back.
    host.recover('readGrid');
    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await user.click(screen.getByTestId('check-button'));
    await waitFor(() => expect(engine.calls).toHaveLength(2));
    await user.click(screen.getByRole('tab', { name: 'Sửa' }));
    expect(await within(panel).findAllByTestId('fix-group')).toHaveLength(2);
    expect(within(panel).queryAllByTestId('error-message').filter((e) => e.getAttribute('data-action') === 'recheck')).toHaveLength(0);
  });

  test('the journal shows clearly which entries "Hoàn tác" left alone, and why', async () => {
    const host = new FakeHost();
    const entry = { batch: 'L1', time: '2025-09-15T10:00:00', sheet: SHEET, reason: 'outdated-unit', oldValue: 'a', newValue: 'b' };
    host.journalEntries = [
      { ...entry, id: 1, address: 'D12', undone: true },
      { ...entry, id: 2, address: 'D13', undone: false, skipped: true, skipReason: 'changed' },
      { ...entry, id: 3, address: 'D14', undone: false, skipped: true, skipReason: 'missing' },
    ];
    const { user } = setup(host);
    const panel = await openTab(user, 'Sửa');
    await user.click(within(panel).getByRole('button', { name: 'Xem nhật ký' }));
    const entries = await within(panel).findAllByTestId('journal-entry');
    const byAddress = (a: string) => entries.find((e) => e.textContent!.includes(a))!;
    expect(byAddress('D12')).toHaveAttribute('data-undone', 'true');
    expect(byAddress('D12')).toHaveAttribute('data-skipped', 'false');
    expect(byAddress('D13')).toHaveAttribute('data-skipped', 'true');
    expect(within(byAddress('D13')).getByTestId('journal-skipped')).toHaveTextContent('không hoàn tác: ô đã bị sửa sau khi CTCT ghi');
    expect(within(byAddress('D14')).getByTestId('journal-skipped')).toHaveTextContent('không hoàn tác: trang tính hoặc ô không còn');
  });
});

describe('Tổng hợp, Theo dõi, Danh mục', () => {
  test('summary: running → result; writeSummary gets the report', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Tổng hợp');
    const release = host.hold('writeSummary');
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('summary-running')).toBeInTheDocument();
    await act(async () => release());
    expect(await within(panel).findByTestId('summary-result')).toHaveTextContent('Đã ghi trang "Tổng hợp".');
    const report = host.called('writeSummary')[0].args[0] as Report;
    expect(report.asOf).toBe('2025-09-15');
    expect(report.summary.taskCount).toBe(4);
    // The pane previews the same counts.
    expect(within(panel).getByTestId('task-count')).toHaveTextContent('4');
    expect(within(panel).getByTestId('quarter-count-3')).toHaveTextContent('3');
    expect(within(panel).getByTestId('quarter-count-4')).toHaveTextContent('1');
  });

  test('summary: says that cells changed on the old summary were kept in the journal, and that an old Excel replaced the sheet', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Tổng hợp');
    host.summaryResult = { sheet: 'Tổng hợp', keptEdits: { cells: 3, batch: 'L7' } };
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('summary-kept-edits')).toHaveTextContent('Trang "Tổng hợp" cũ đã được sửa hoặc gõ thêm sau lần CTCT ghi trước');
    expect(within(panel).getByTestId('summary-kept-edits')).toHaveTextContent('3 ô cũ khác với bảng mới đã được lưu vào nhật ký');
    expect(within(panel).getByTestId('summary-kept-edits')).toHaveTextContent('bấm "Hoàn tác"');
    expect(within(panel).queryByTestId('summary-replaced')).toBeNull();
    host.summaryResult = { sheet: 'Tổng hợp', replacedSheet: true };
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('summary-replaced')).toHaveTextContent('#REF!');
    // Excel refused the in-place refresh half-way: the pane says why the sheet was written anew.
    host.summaryResult = { sheet: 'Tổng hợp', replacedSheet: true, refreshFailed: 'InvalidOperation', keptEdits: { cells: 1, batch: 'L8' } };
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('summary-replaced')).toHaveTextContent('Excel không làm mới được trang "Tổng hợp" tại chỗ (InvalidOperation)');
    expect(within(panel).getByTestId('summary-kept-edits')).toHaveTextContent('1 ô cũ');
  });

  test('summary: says from which row the values below the rows CTCT reads were left as they were', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Tổng hợp');
    host.summaryResult = { sheet: 'Tổng hợp', leftFrom: 10_001 };
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('summary-left-below')).toHaveTextContent('từ dòng 10.001 trở xuống');
    host.summaryResult = { sheet: 'Tổng hợp' };
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    await within(panel).findByTestId('summary-result');
    expect(within(panel).queryByTestId('summary-left-below')).toBeNull();
  });

  test('summary: error', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Tổng hợp');
    host.fail('writeSummary', new Error('x'));
    await user.click(within(panel).getByRole('button', { name: 'Ghi trang Tổng hợp' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Đã có lỗi không mong muốn');
  });

  test('tracker: running → added / kept / vanished; error', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Theo dõi');
    const release = host.hold('writeTracker');
    await user.click(within(panel).getByRole('button', { name: 'Cập nhật trang Theo dõi' }));
    expect(await within(panel).findByTestId('tracker-running')).toBeInTheDocument();
    await act(async () => release());
    const result = await within(panel).findByTestId('tracker-result');
    expect(result).toHaveTextContent('Đã cập nhật trang "Theo dõi".');
    expect(within(result).getByTestId('tracker-added')).toHaveTextContent('3');
    expect(within(result).getByTestId('tracker-kept')).toHaveTextContent('1');
    expect(within(result).getByTestId('tracker-vanished')).toHaveTextContent('2');

    host.fail('writeTracker', inputError('Không tìm thấy bảng nhiệm vụ nào.'));
    await user.click(within(panel).getByRole('button', { name: 'Cập nhật trang Theo dõi' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Không tìm thấy bảng nhiệm vụ nào.');
  });

  test('tracker: notes Excel would not take on the new sheet are listed, each with its cell and text', async () => {
    const { host, user } = setup();
    const notesNotAdded = [
      { address: 'L17', content: 'Chờ ý kiến Giám đốc Sở' },
      { address: 'M20', content: 'Đã gửi dự thảo ngày 5/10' },
    ];
    jest.spyOn(host, 'writeTracker').mockResolvedValue({ sheet: 'Theo dõi', added: 0, kept: 4, vanished: 0, notesNotAdded });
    const panel = await openTab(user, 'Theo dõi');
    await user.click(within(panel).getByRole('button', { name: 'Cập nhật trang Theo dõi' }));
    const list = await within(panel).findByTestId('tracker-notes-not-added');
    expect(list).toHaveTextContent('Excel không nhận 2 ghi chú bạn đã viết ở trang "Theo dõi" cũ');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['L17: Chờ ý kiến Giám đốc Sở', 'M20: Đã gửi dự thảo ngày 5/10']);
  });

  test('tracker: the notes not added are counted in words that fit their number, in English too', () => {
    expect(DICTIONARIES.en.trackerNotesNotAdded(1, 'Theo dõi')).toContain('Excel would not take 1 note you wrote on the old "Theo dõi" sheet: it is not on the new one yet. Add it again');
    expect(DICTIONARIES.en.trackerNotesNotAdded(2, 'Theo dõi')).toContain('Excel would not take 2 notes you wrote on the old "Theo dõi" sheet: they are not on the new one yet. Add them again');
  });

  test('tracker: every note taken, nothing listed', async () => {
    const { user } = setup();
    const panel = await openTab(user, 'Theo dõi');
    await user.click(within(panel).getByRole('button', { name: 'Cập nhật trang Theo dõi' }));
    await within(panel).findByTestId('tracker-result');
    expect(within(panel).queryByTestId('tracker-notes-not-added')).toBeNull();
  });

  test('directory: insert the default, read it back, and the next check uses it', async () => {
    const { host, engine, user } = setup();
    const panel = await openTab(user, 'Danh mục');
    await user.click(within(panel).getByRole('button', { name: 'Đọc danh mục trong sổ' }));
    expect(await within(panel).findByTestId('read-directory-result')).toHaveTextContent('Sổ chưa có trang "Danh mục"');

    const release = host.hold('insertDirectory');
    await user.click(within(panel).getByRole('button', { name: 'Chèn trang Danh mục mặc định' }));
    expect(await within(panel).findByTestId('insert-directory-running')).toBeInTheDocument();
    await act(async () => release());
    expect(await within(panel).findByTestId('insert-directory-result')).toHaveTextContent('Đã chèn trang "Danh mục".');
    expect(host.called('insertDirectory')[0].args[0]).toBe(directory);

    await user.click(within(panel).getByRole('button', { name: 'Đọc danh mục trong sổ' }));
    expect(await within(panel).findByTestId('read-directory-result')).toHaveTextContent('2 giai đoạn, 3 đơn vị, 2 lãnh đạo');

    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await user.click(screen.getByTestId('check-button'));
    await screen.findByTestId('check-result');
    expect(engine.calls[0].options.directory).toBe(directory);
    expect(screen.getByTestId('directory-source')).toHaveTextContent('Đang dùng danh mục từ trang "Danh mục"');
  });

  test('directory: error', async () => {
    const { host, user } = setup();
    const panel = await openTab(user, 'Danh mục');
    host.fail('readDirectory', inputError('Trang "Danh mục" thiếu cột "Tên viết tắt".'));
    await user.click(within(panel).getByRole('button', { name: 'Đọc danh mục trong sổ' }));
    expect(await within(panel).findByTestId('error-message')).toHaveTextContent('Trang "Danh mục" thiếu cột "Tên viết tắt".');
  });
});

test('language switch: English labels, catalog titles in English, the engine’s message kept', async () => {
  const { user } = setup();
  await user.click(screen.getByTestId('check-button'));
  await screen.findByTestId('check-result');
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  const names = ['Check', 'Mark', 'Fix', 'Summary', 'Tracker', 'Directory'];
  expect(screen.getAllByRole('tab')).toEqual(names.map((name) => screen.getByRole('tab', { name })));
  expect(screen.getByTestId('check-button')).toHaveTextContent('Check again');
  const first = screen.getAllByTestId('finding')[0];
  expect(first).toHaveTextContent('Missing directing leader');
  expect(first).toHaveTextContent('Nhiệm vụ 2 chưa có lãnh đạo Sở chỉ đạo.');
  expect(screen.getAllByTestId('finding-group')[0]).toHaveTextContent('Missing directing leader');
  expect(document.documentElement.lang).toBe('en');
  await user.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' }));
  expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toBeInTheDocument();
  expect(screen.getAllByTestId('finding-group')[0]).toHaveTextContent('Thiếu lãnh đạo chỉ đạo');
});
