/** @jest-environment jsdom */
/** The Sửa tab from the keyboard: the preview takes the focus on "Áp dụng", then the result does. */
import { waitFor, within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('"Xem trước cả 2" with Enter moves the focus to the preview\'s "Áp dụng", and applying moves it to the result', async () => {
  const wb = new FakeWorkbook();
  const rows = quarterRows(5);
  rows[5][2] = 'Phòng QLKH'; // an outdated name, twice
  rows[6][2] = 'Phòng QLKH';
  wb.addSheet('CTCT', rows);
  const { user } = mountPane(wb);
  await clickAndWait(user, await openTab(user, 'Kiểm tra'), 'check-button', 'check');
  const panel = await openTab(user, 'Sửa');

  within(panel).getByTestId('fix-preview-all').focus();
  await user.keyboard('{Enter}');
  const confirm = await within(panel).findByTestId('fix-confirm');
  await waitFor(() => expect(document.activeElement).toBe(confirm));
  expect(confirm).toHaveAccessibleName('Áp dụng 2 thay đổi');
  expect(confirm).toHaveAccessibleDescription(within(panel).getByTestId('fix-preview-title').textContent!);

  await user.keyboard('{Enter}');
  const result = await within(panel).findByTestId('fix-result');
  expect(result).toHaveTextContent('Đã sửa 2 ô.');
  await waitFor(() => expect(within(panel).getByTestId('fix-outcome')).toBe(document.activeElement));
  expect(document.activeElement).toContainElement(result);
  expect(wb.valuesOf('CTCT')[5][2]).toBe('Phòng QLKH&ĐMST');
});
