/** @jest-environment jsdom */
/** The Danh mục tab never overwrites the directory the department edited. */
import { screen, waitFor, within } from '@testing-library/react';
import { directoryToValues } from '../../../src/engine/directory/sheet';
import { engine } from '../../../src/taskpane/engine';
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

test("the period picker offers the workbook's own Danh mục periods before any check", async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  const { user } = mountPane(wb);
  let panel = await openTab(user, 'Danh mục');
  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  // The office renames its period 2025-09 in its own words.
  const sheet = wb.sheet('Danh mục')!;
  wb.valuesOf('Danh mục').forEach((row, i) => {
    if (i > 0 && row[0] === '2025-09') wb.cell(sheet, i + 1, 1).value = 'Sau hợp nhất';
  });

  panel = await openTab(user, 'Kiểm tra');
  const picker = within(panel).getByTestId('period-picker') as HTMLSelectElement;
  await waitFor(() => expect([...picker.options].map((o) => o.value)).toEqual(['', 'Sau hợp nhất', '2025-03', '2024']));
  await user.selectOptions(picker, 'Sau hợp nhất');
  await clickAndWait(user, panel, 'check-button', 'check');
  expect(within(panel).getByTestId('check-result')).toHaveTextContent('Đã kiểm tra 3 nhiệm vụ');
  expect(within(panel).queryByTestId('error-message')).toBeNull();
});

test('a directory sheet renamed "Danh mục đơn vị" is the one the pane checks with, as the CLI does', async () => {
  const values = directoryToValues(engine.defaultDirectory, { dates: 'serial' });
  const head = values[0] as string[];
  const alias = head.indexOf('Tên khác');
  // The department adds "Phòng Khoa học" as another name of Phòng QLKH&ĐMST.
  for (const row of values.slice(1)) if (row[head.indexOf('Tên dùng trong báo cáo')] === 'Phòng QLKH&ĐMST') row[alias] = [row[alias], 'Phòng Khoa học'].filter(Boolean).join('; ');
  const wb = new FakeWorkbook();
  const rows = quarterRows(3);
  rows[4][2] = 'Phòng Khoa học';
  wb.addSheet('CTCT', rows);
  wb.addSheet('Danh mục đơn vị', values as unknown[][]);
  wb.activeId = wb.sheet('CTCT')!.id;
  const { user } = mountPane(wb);
  const panel = await openTab(user, 'Kiểm tra');
  await clickAndWait(user, panel, 'check-button', 'check');
  const findings = screen.queryAllByTestId('finding').map((f) => f.textContent ?? '');
  // Known by the department's own name for it (only told it is written two ways in the sheet).
  expect(findings.filter((f) => f.includes('không có trong danh mục'))).toEqual([]);
  expect(findings.some((f) => f.includes('"Phòng Khoa học" còn được viết là "Phòng QLKH&ĐMST"'))).toBe(true);
});

test('"Chèn trang Danh mục mặc định" adds no second directory beside one the department renamed', async () => {
  const values = directoryToValues(engine.defaultDirectory, { dates: 'serial' });
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  wb.addSheet('Danh mục đơn vị', values as unknown[][]);
  wb.activeId = wb.sheet('CTCT')!.id;
  const { user } = mountPane(wb);
  const panel = await openTab(user, 'Danh mục');
  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  expect(wb.sheet('Danh mục')).toBeUndefined();
  expect(within(panel).getAllByTestId('error-message').map((e) => e.textContent).join(' ')).toContain('Danh mục đơn vị');
});
