/** @jest-environment jsdom */
/** The Danh mục tab never overwrites the directory the department edited. */
import { within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('"Chèn trang Danh mục mặc định" again keeps the edited directory and says why', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  const { user } = mountPane(wb);
  const panel = await openTab(user, 'Danh mục');
  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  expect(within(panel).getByTestId('insert-directory-result')).toHaveTextContent('Đã chèn trang "Danh mục"');

  // The office adds its own alias to a unit, and the pane confirms the workbook's directory is read.
  const sheet = wb.sheet('Danh mục')!;
  const values = wb.valuesOf('Danh mục');
  const aliases = (values[0] as string[]).indexOf('Tên khác');
  const row = values.findIndex((r) => r[3] === 'Phòng QLKH&ĐMST') + 1;
  const edited = `${values[row - 1][aliases]}; P.KH thêm tay`;
  wb.cell(sheet, row, aliases + 1).value = edited;
  await clickAndWait(user, panel, 'read-directory-button', 'read-directory');

  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  expect(within(panel).queryByTestId('insert-directory-result')).toBeNull();
  expect(within(panel).getByTestId('error-message')).toHaveTextContent('đã được sửa (khác danh mục mặc định) nên CTCT không ghi đè');
  expect(wb.sheet('Danh mục')).toBe(sheet);
  expect(wb.valuesOf('Danh mục')[row - 1][aliases]).toBe(edited);
  expect(wb.sheets.map((s) => s.name)).toEqual(['CTCT', 'Danh mục']);
});
