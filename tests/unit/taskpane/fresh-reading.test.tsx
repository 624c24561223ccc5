/** @jest-environment jsdom */
/**
 * Marks, the tracker and the summary are written from what the workbook holds when the button is
 * pressed, never from an older check; a check that fails leaves no old findings behind.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, columnBy, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

async function check(user: Parameters<typeof openTab>[0]) {
  const panel = await openTab(user, 'Kiểm tra');
  await clickAndWait(user, panel, 'check-button', 'check');
  return panel;
}

test('"Cập nhật trang Theo dõi" takes the task added and the status typed in the source since the last check', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  const { user } = mountPane(wb);
  await check(user);
  const panel = await openTab(user, 'Theo dõi');
  await clickAndWait(user, panel, 'tracker-button', 'tracker');
  expect(within(panel).getByTestId('tracker-added')).toHaveTextContent('3');

  // A week later the unit adds task 4 and writes "Hoàn thành" for task 1, then updates the tracker.
  const source = wb.sheet('CTCT')!;
  [4, 'Nhiệm vụ mới bổ sung tuần này', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'].forEach((v, c) => (wb.cell(source, 8, c + 1).value = v));
  wb.cell(source, 5, 6).value = 'Hoàn thành';
  wb.activeId = source.id;
  await clickAndWait(user, panel, 'tracker-button', 'tracker');

  expect(within(panel).getByTestId('tracker-added')).toHaveTextContent('1');
  expect(within(panel).getByTestId('tracker-kept')).toHaveTextContent('3');
  const statuses = columnBy(wb, 'Theo dõi', 'Nhiệm vụ', 'Trạng thái');
  // The new task has a line of its own, its status left for the user to choose.
  expect(statuses).toHaveProperty(['Nhiệm vụ mới bổ sung tuần này'], '');
  expect(statuses['Nhiệm vụ thử số 1 về đo lường']).toBe('Hoàn thành');
});

test('"Ghi trang Tổng hợp" counts the statuses typed in "Theo dõi" since the last check', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(5));
  const { user } = mountPane(wb);
  await check(user);
  let panel = await openTab(user, 'Theo dõi');
  await clickAndWait(user, panel, 'tracker-button', 'tracker');
  const head = wb.valuesOf('Theo dõi')[0] as string[];
  const tracker = wb.sheet('Theo dõi')!;
  for (const row of [2, 3, 4]) wb.cell(tracker, row, head.indexOf('Trạng thái') + 1).value = 'Hoàn thành';

  panel = await openTab(user, 'Tổng hợp');
  await clickAndWait(user, panel, 'summary-button', 'summary');
  expect(within(panel).getByTestId('summary-result')).toBeInTheDocument();
  const lines = wb.valuesOf('Tổng hợp').map((r) => r.filter((x) => x !== '' && x !== null).join(' | '));
  expect(lines).toContain('1 | Hoàn thành | 3 | 60');
  expect(lines).toContain('2 | Chưa cập nhật trạng thái | 2 | 40');
});

test('"Đánh dấu" after rows were inserted marks the cell that has the problem now, not the one it had', async () => {
  const wb = new FakeWorkbook();
  const rows = quarterRows(5);
  rows[6][3] = ''; // task 3 (row 7) has no leader
  wb.addSheet('CTCT', rows);
  const { user } = mountPane(wb);
  await check(user);
  expect(screen.getAllByTestId('finding').map((f) => f.textContent).join()).toContain('CTCT!D7');

  // The user inserts a row above task 1 and types a complete task there: task 3 is now on row 8.
  wb.insertRows('CTCT', 5, 1);
  const sheet = wb.sheet('CTCT')!;
  ['0', 'Nhiệm vụ mới chèn thêm', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'].forEach((v, c) => (wb.cell(sheet, 5, c + 1).value = v));
  const panel = await openTab(user, 'Đánh dấu');
  await clickAndWait(user, panel, 'mark-button', 'mark');

  expect(within(panel).getByTestId('mark-result')).toBeInTheDocument();
  // D8 is task 3's empty leader cell now; D7 is task 2's, filled in: no mark there.
  expect(wb.valuesOf('CTCT')[7][1]).toBe('Nhiệm vụ thử số 3 về đo lường');
  expect(sheet.notes.get('D8')).toMatch(/chưa có lãnh đạo/);
  expect(sheet.notes.has('D7')).toBe(false);
});

test('a check that fails (no table on the active sheet) clears the previous findings, and "Đánh dấu" does not mark them', async () => {
  const wb = new FakeWorkbook();
  const rows = quarterRows(3);
  rows[5][3] = '';
  wb.addSheet('CTCT', rows);
  wb.addSheet('Ghi chép', [['Họp giao ban thứ Hai'], ['Việc cần làm: gọi điện cho Phòng QLKH']]);
  const { user } = mountPane(wb);
  await check(user);
  expect(screen.getAllByTestId('finding')).toHaveLength(1);

  wb.activeId = wb.sheet('Ghi chép')!.id;
  await check(user);
  expect(screen.getByTestId('error-message')).toHaveTextContent('Ghi chép');
  expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  expect(screen.getByTestId('check-button')).toHaveTextContent(/^Kiểm tra$/);

  const panel = await openTab(user, 'Đánh dấu');
  await clickAndWait(user, panel, 'mark-button', 'mark');
  expect(within(panel).queryByTestId('mark-result')).toBeNull();
  expect(within(panel).getByTestId('error-message')).toHaveTextContent('Ghi chép');
  await waitFor(() => expect(wb.sheet('CTCT')!.notes.size).toBe(0));
});
