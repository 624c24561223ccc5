/** @jest-environment jsdom */
/** "Tổng hợp" is the file's report: it covers every programme sheet, and says which it counted. */
import { screen, within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

function quarterlyWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Quý III', quarterRows(3, 'III', (i) => `Quý ba nhiệm vụ số ${i}`));
  wb.addSheet('Quý IV', quarterRows(4, 'IV', (i) => `Quý bốn nhiệm vụ số ${i}`));
  return wb;
}

const lines = (wb: FakeWorkbook) => wb.valuesOf('Tổng hợp').map((r) => r.filter((x) => x !== '' && x !== null).join(' | '));

test('"Ghi trang Tổng hợp" counts every programme sheet of the workbook and names them, on the sheet and in the pane', async () => {
  const wb = quarterlyWorkbook();
  const { user } = mountPane(wb);
  const panel = await openTab(user, 'Tổng hợp');
  expect(within(panel).getByRole('radio', { name: 'Mọi trang chương trình của sổ' })).toBeChecked();
  await clickAndWait(user, panel, 'summary-button', 'summary');

  expect(within(panel).getByTestId('summary-result')).toHaveTextContent('Tính từ 2 trang tính: Quý III, Quý IV.');
  expect(lines(wb)).toContain('1 | Tổng số nhiệm vụ | 7');
  expect(lines(wb)[1]).toMatch(/Trang tính: Quý III, Quý IV$/);
  // The Kiểm tra tab keeps its own scope: the active sheet.
  expect(screen.getByTestId('scope-active')).toBeChecked();
});

test('the summary of the active sheet only is a visible choice, and the sheet says which sheet it counted', async () => {
  const wb = quarterlyWorkbook();
  wb.activeId = wb.sheet('Quý IV')!.id;
  const { user } = mountPane(wb);
  const panel = await openTab(user, 'Tổng hợp');
  await user.click(within(panel).getByRole('radio', { name: 'Chỉ trang tính đang mở' }));
  await clickAndWait(user, panel, 'summary-button', 'summary');

  expect(within(panel).getByTestId('summary-result')).toHaveTextContent('Tính từ 1 trang tính: Quý IV.');
  expect(lines(wb)).toContain('1 | Tổng số nhiệm vụ | 4');
  expect(lines(wb)[1]).toMatch(/Trang tính: Quý IV$/);
});
