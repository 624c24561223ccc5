/** @jest-environment jsdom */
/**
 * In English the pane words what Excel lacks and what Excel refused in English: the adapter hands
 * over the missing features and the error's code and params, never a finished Vietnamese sentence.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { DEGRADED_MESSAGES } from '../../../src/excel/capabilities';
import { DICTIONARIES } from '../../../src/taskpane/i18n';
import { directoryToValues } from '../../../src/engine/directory/sheet';
import { engine } from '../../../src/taskpane/engine';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

/** At ExcelApi 1.7, the add-in's minimum: no notes, drop-downs, multi-range fills, merged areas, page layout. */
const MISSING_AT_1_7 = ['notes', 'dataValidation', 'rangeAreas', 'mergedAreas', 'pageLayout'] as const;

const warningLines = () => within(screen.getByTestId('capability-warnings')).getAllByRole('listitem').map((li) => li.textContent);

test('ExcelApi 1.7: the capability warnings follow the language switch', async () => {
  const wb = new FakeWorkbook({ apiVersion: 7 });
  wb.addSheet('CTCT', quarterRows(2));
  const { user } = mountPane(wb, 'vi');
  await screen.findByTestId('capability-warnings');
  expect(warningLines()).toEqual(MISSING_AT_1_7.map((f) => DEGRADED_MESSAGES[f]));

  await user.click(screen.getByTestId('language-switch'));
  const english = warningLines();
  expect(english).toEqual(MISSING_AT_1_7.map((f) => DICTIONARIES.en.featureMissing[f]));
  expect(english[0]).toMatch(/^This Excel .* does not support notes on cells \(needs ExcelApi 1\.18\)/);
  for (const line of english) expect(line).not.toMatch(/Phiên bản|chưa hỗ trợ|cần ExcelApi/);
});

test('English: "Insert the default directory sheet" over an edited directory says why in English, naming the sheet', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  const { user } = mountPane(wb, 'en');
  const panel = await openTab(user, 'Directory');
  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  const sheet = wb.sheet('Danh mục')!;
  wb.cell(sheet, 2, 4).value = `${wb.valuesOf('Danh mục')[1][3]} (sửa tay)`;

  await clickAndWait(user, panel, 'insert-directory-button', 'insert-directory');
  const error = within(panel).getByTestId('error-message');
  expect(error).toHaveTextContent(
    `The workbook's own directory is the "Danh mục" sheet (edited, or under another name), so CTCT does not overwrite it`,
  );
  expect(error.textContent).not.toMatch(/đã được sửa|không ghi đè/);
});

test('an engine error (a "Danh mục" with a broken rename) is introduced in English, its Vietnamese detail kept', async () => {
  const values = directoryToValues(engine.defaultDirectory, { dates: 'serial' });
  const head = values[0] as string[];
  for (const row of values.slice(1)) if (row[head.indexOf('Tên dùng trong báo cáo')] === 'Phòng KH-CN') row[head.indexOf('Đổi tên thành')] = 'Phòng QLKH-ĐMST';
  const wb = new FakeWorkbook();
  wb.addSheet('CTCT', quarterRows(3));
  wb.addSheet('Danh mục', values as unknown[][]);
  wb.activeId = wb.sheet('CTCT')!.id;
  const { user } = mountPane(wb, 'en');
  const panel = await openTab(user, 'Check');
  await clickAndWait(user, panel, 'check-button', 'check');
  const [message] = screen.getAllByTestId('error-message').map((e) => e.textContent ?? '');
  expect(message).toContain(DICTIONARIES.en.inputErrorLeads!["bad-directory"]!);
  expect(message).toContain('Danh mục "trang Danh mục" không hợp lệ');
});

test('before ExcelApi 1.9 a refresh of "Theo dõi" deletes and writes the sheet again: the pane says so, in the chosen language; not on its first write, nor where it is refreshed in place', async () => {
  for (const [apiVersion, replaced] of [[8, true], [9, false]] as const) {
    const wb = new FakeWorkbook({ apiVersion });
    wb.addSheet('CTCT', quarterRows(3));
    const { user } = mountPane(wb, 'vi');
    const panel = await openTab(user, 'Theo dõi');
    await clickAndWait(user, panel, 'tracker-button', 'tracker');
    const first = wb.sheet('Theo dõi')!;
    expect(within(panel).queryByTestId('tracker-replaced')).toBeNull();

    await clickAndWait(user, panel, 'tracker-button', 'tracker');
    expect(wb.deletedSheets.includes(first.id)).toBe(replaced);
    if (!replaced) {
      expect(within(panel).queryByTestId('tracker-replaced')).toBeNull();
      cleanup();
      continue;
    }
    expect(within(panel).getByTestId('tracker-replaced')).toHaveTextContent('cần ExcelApi 1.9): trang "Theo dõi" đã được xóa và ghi lại thay vì cập nhật tại chỗ');
    await user.click(screen.getByTestId('language-switch'));
    const english = await openTab(user, 'Tracker');
    await clickAndWait(user, english, 'tracker-button', 'tracker');
    expect(within(english).getByTestId('tracker-replaced')).toHaveTextContent('needs ExcelApi 1.9): the "Theo dõi" sheet was deleted and written again');
    cleanup();
  }
});

test('before ExcelApi 1.13 a refresh of "Theo dõi" makes its table "TheoDoi" again (a range, then a new table): the pane says so, in the chosen language; not where the table is resized', async () => {
  for (const [apiVersion, rebuilt] of [[12, true], [13, false]] as const) {
    const wb = new FakeWorkbook({ apiVersion });
    wb.addSheet('CTCT', quarterRows(3));
    const { user } = mountPane(wb, 'vi');
    const panel = await openTab(user, 'Theo dõi');
    await clickAndWait(user, panel, 'tracker-button', 'tracker');
    expect(within(panel).queryByTestId('tracker-table-rebuilt')).toBeNull();

    await clickAndWait(user, panel, 'tracker-button', 'tracker');
    expect(wb.tables.map((t) => t.name)).toEqual(['TheoDoi']);
    if (!rebuilt) {
      expect(within(panel).queryByTestId('tracker-table-rebuilt')).toBeNull();
      cleanup();
      continue;
    }
    const said = within(panel).getByTestId('tracker-table-rebuilt');
    expect(said).toHaveTextContent('(cần ExcelApi 1.13): bảng "TheoDoi" của trang "Theo dõi" đã được chuyển thành vùng ô thường và tạo lại với cùng tên');
    expect(said).toHaveTextContent('TheoDoi[Trạng thái]');
    await user.click(screen.getByTestId('language-switch'));
    const english = await openTab(user, 'Tracker');
    await clickAndWait(user, english, 'tracker-button', 'tracker');
    expect(within(english).getByTestId('tracker-table-rebuilt')).toHaveTextContent('(needs ExcelApi 1.13): the "TheoDoi" table of the "Theo dõi" sheet was turned into a plain range');
    cleanup();
  }
});
