/**
 * @jest-environment jsdom
 *
 * A month-end snapshot of "Theo dõi" pasted into a sheet of its own ("Theo dõi T7") is the user's
 * copy: the summary of the whole workbook counts the statuses kept in "Theo dõi" itself.
 */
import { within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const statusLines = (wb: FakeWorkbook) =>
  wb
    .valuesOf('Tổng hợp')
    .map((r) => r.filter((x) => x !== '' && x !== null).join(' | '))
    .filter((l) => /^\d+ \| (Hoàn thành|Đang thực hiện|Chưa cập nhật trạng thái) \|/.test(l));

test('the summary counts "Theo dõi", not a snapshot of it, in either scope', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(4));
  const { user } = mountPane(wb);
  let panel = await openTab(user, 'Kiểm tra');
  await clickAndWait(user, panel, 'check-button', 'check');
  panel = await openTab(user, 'Theo dõi');
  await clickAndWait(user, panel, 'tracker-button', 'tracker');
  const status = (wb.valuesOf('Theo dõi')[0] as string[]).indexOf('Trạng thái') + 1;
  const tracker = wb.sheet('Theo dõi')!;
  wb.cell(tracker, 2, status).value = 'Đang thực hiện';
  // End of July: the values of the tracker copied into a sheet of their own.
  wb.addSheet('Theo dõi T7', wb.valuesOf('Theo dõi') as unknown[][]);
  // August: every task done in "Theo dõi".
  for (const r of [2, 3, 4, 5]) wb.cell(tracker, r, status).value = 'Hoàn thành';
  wb.activeId = wb.sheet('CTCT')!.id;

  panel = await openTab(user, 'Tổng hợp');
  await clickAndWait(user, panel, 'summary-button', 'summary');
  expect(statusLines(wb)).toEqual(['1 | Hoàn thành | 4 | 100']);
  await user.click(within(panel).getByTestId('summary-scope-active'));
  await clickAndWait(user, panel, 'summary-button', 'summary');
  expect(statusLines(wb)).toEqual(['1 | Hoàn thành | 4 | 100']);
});
