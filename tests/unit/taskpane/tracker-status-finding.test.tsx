/** @jest-environment jsdom */
/** A status typed in the workbook's own "Theo dõi" that CTCT cannot read is a finding in the pane, as in the CLI. */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('"Chấm" typed in "Theo dõi" is listed at its cell there, selected on click, marked, and unmarked after its row moved', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Quý III', quarterRows(3));
  const { host, user } = mountPane(wb);
  await clickAndWait(user, await openTab(user, 'Kiểm tra'), 'check-button', 'check');
  expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  await clickAndWait(user, await openTab(user, 'Theo dõi'), 'tracker-button', 'tracker');

  const head = wb.valuesOf('Theo dõi')[0] as string[];
  const row = (wb.valuesOf('Theo dõi') as unknown[][]).findIndex((r) => r[head.indexOf('Nhiệm vụ')] === 'Nhiệm vụ thử số 2 về đo lường') + 1;
  const column = String.fromCharCode(65 + head.indexOf('Trạng thái'));
  const tracker = wb.sheet('Theo dõi')!;
  wb.cell(tracker, row, head.indexOf('Trạng thái') + 1).value = 'Chấm';
  wb.activeId = wb.sheet('Quý III')!.id;

  const spy = jest.spyOn(host, 'selectCell');
  const panel = await openTab(user, 'Kiểm tra');
  await clickAndWait(user, panel, 'check-button', 'check');
  const findings = within(panel).getAllByTestId('finding');
  expect(findings.map((f) => [f.getAttribute('data-code'), f.getAttribute('data-sheet'), f.getAttribute('data-row')])).toEqual([['unknown-status', 'Theo dõi', String(row)]]);
  expect(findings[0]).toHaveTextContent(`'Theo dõi'!${column}${row}`);
  expect(findings[0]).toHaveTextContent('Có phải "Chậm"?');
  await user.click(findings[0]);
  await waitFor(() => expect(spy).toHaveBeenCalledWith('Theo dõi', `${column}${row}`));

  await clickAndWait(user, await openTab(user, 'Đánh dấu'), 'mark-button', 'mark');
  expect(tracker.notes.get(`${column}${row}`)).toMatch(/Chấm/);

  // A task added above moves its tracker row down: "Xóa dấu" still finds the mark (anchored by the task).
  const source = wb.sheet('Quý III')!;
  wb.insertRows('Quý III', 5, 1);
  [0, 'Nhiệm vụ mới chèn thêm', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'].forEach((v, c) => (wb.cell(source, 5, c + 1).value = v));
  await clickAndWait(user, await openTab(user, 'Theo dõi'), 'tracker-button', 'tracker');
  expect(wb.cell(tracker, row + 1, head.indexOf('Trạng thái') + 1).value).toBe('Chấm');
  await clickAndWait(user, await openTab(user, 'Đánh dấu'), 'clear-marks-button', 'clear-marks');
  expect([...tracker.notes.values()].filter((n) => /CTCT/.test(n))).toEqual([]);
});
