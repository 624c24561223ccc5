/** @jest-environment jsdom */
/**
 * The Sửa tab says what the last action did: after "Hoàn tác" the earlier "Đã sửa" is gone, and a
 * fix applied after an undo no longer sits under "Đã khôi phục", which read as the new fix undone.
 */
import { within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('apply, undo, apply again: only the last outcome is shown, and the cell holds the fix', async () => {
  const wb = new FakeWorkbook();
  const rows = quarterRows(3);
  rows[5][2] = 'Phòng QLKH'; // an outdated name: a safe fix
  wb.addSheet('CTCT', rows);
  const { user } = mountPane(wb);
  await clickAndWait(user, await openTab(user, 'Kiểm tra'), 'check-button', 'check');
  const panel = await openTab(user, 'Sửa');
  const outcome = () => within(panel).getByTestId('fix-outcome');

  await user.click(within(panel).getAllByTestId('fix-preview-one')[0]!);
  await clickAndWait(user, panel, 'fix-confirm', 'fix');
  expect(outcome()).toHaveTextContent(/^Đã sửa 1 ô\.$/);

  await clickAndWait(user, panel, 'undo-button', 'undo');
  expect(wb.valuesOf('CTCT')[5][2]).toBe('Phòng QLKH');
  expect(outcome()).toHaveTextContent(/^Đã khôi phục 1 ô\.$/);

  await user.click(within(panel).getAllByTestId('fix-preview-one')[0]!);
  await clickAndWait(user, panel, 'fix-confirm', 'fix');
  expect(wb.valuesOf('CTCT')[5][2]).toBe('Phòng QLKH&ĐMST');
  expect(outcome()).toHaveTextContent(/^Đã sửa 1 ô\.$/);
});
