/** @jest-environment jsdom */
/**
 * "Theo dõi" keeps one order — the workbook's sheets, then their rows — whichever programme sheet
 * the "Trang tính đang mở" scope checked last, and the statuses typed survive every update.
 */
import { screen, within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, columnBy, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(120_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('two programme sheets checked one at a time: Quý III tasks, then Quý IV tasks, every time', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Quý III', quarterRows(3, 'III', (i) => `Quý ba nhiệm vụ số ${i}`));
  wb.addSheet('Quý IV', quarterRows(3, 'IV', (i) => `Quý bốn nhiệm vụ số ${i}`));
  const { user } = mountPane(wb);
  const tasksInOrder = () => (wb.valuesOf('Theo dõi') as unknown[][]).slice(1).map((row) => row[3]);
  const expected = [1, 2, 3].map((i) => `Quý ba nhiệm vụ số ${i}`).concat([1, 2, 3].map((i) => `Quý bốn nhiệm vụ số ${i}`));
  const checkThenTrack = async (sheet: string) => {
    wb.activeId = wb.sheet(sheet)!.id;
    await clickAndWait(user, await openTab(user, 'Kiểm tra'), 'check-button', 'check');
    expect(screen.getByTestId('check-result')).toHaveTextContent('Đã kiểm tra 3 nhiệm vụ trong 1 trang tính.');
    await clickAndWait(user, await openTab(user, 'Theo dõi'), 'tracker-button', 'tracker');
  };

  await checkThenTrack('Quý IV');
  await checkThenTrack('Quý III');
  expect((wb.valuesOf('Theo dõi')[0] as unknown[])[3]).toBe('Nhiệm vụ');
  expect(tasksInOrder()).toEqual(expected);

  // Statuses typed in the tracker, one per task.
  const tracker = wb.sheet('Theo dõi')!;
  const status = (wb.valuesOf('Theo dõi')[0] as string[]).indexOf('Trạng thái') + 1;
  for (let row = 2; row <= 7; row++) wb.cell(tracker, row, status).value = row % 2 ? 'Hoàn thành' : 'Đang thực hiện';
  const typed = columnBy(wb, 'Theo dõi', 'Nhiệm vụ', 'Trạng thái');

  for (const sheet of ['Quý IV', 'Quý III', 'Quý IV']) {
    await checkThenTrack(sheet);
    expect(within(await openTab(user, 'Theo dõi')).getByTestId('tracker-result')).toHaveTextContent('Giữ nguyên3');
    expect(tasksInOrder()).toEqual(expected);
    expect(columnBy(wb, 'Theo dõi', 'Nhiệm vụ', 'Trạng thái')).toEqual(typed);
  }
});
