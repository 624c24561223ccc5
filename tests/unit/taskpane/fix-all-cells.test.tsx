/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * "Xem trước cả N ô" fixes every finding of the kind, and N counts the cells that change (how two
 * fixes of one cell combine is tested in cell-fixes.test.ts).
 */
import { screen, within } from '@testing-library/react';
import { fixtureWorkbook } from '../excel/workbook-fixture';
import { clickAndWait, mountPane, openTab } from './excel-pane';

jest.setTimeout(120_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('ctct-2024.xlsx: fixing all inconsistent spellings changes the cells announced and leaves none behind', async () => {
  const { wb } = await fixtureWorkbook('ctct-2024.xlsx');
  const { user } = mountPane(wb, 'vi', '2025-10-15');
  await user.click(screen.getByTestId('scope-workbook'));
  await clickAndWait(user, document.body, 'check-button', 'check');
  const panel = await openTab(user, 'Sửa');

  const group = () => within(panel).queryAllByTestId('fix-group').find((g) => g.getAttribute('data-code') === 'inconsistent-spelling');
  // One preview per finding; the button counts the cells they change.
  const ones = within(group()!).getAllByTestId('fix-preview-one');
  const cells = new Set(ones.map((b) => b.getAttribute('aria-label')));
  const all = within(group()!).getByTestId('fix-preview-all');
  expect(all).toHaveTextContent(`Xem trước cả ${cells.size} ô`);
  await user.click(all);
  expect(within(panel).getAllByTestId('fix-change')).toHaveLength(cells.size);

  await clickAndWait(user, panel, 'fix-confirm', 'fix');
  expect(within(panel).getByTestId('fix-result')).toHaveTextContent(`Đã sửa ${cells.size} ô.`);
  // The cell "Phòng HC-TH, TTUD" gets one fix, whichever of its findings offered it.
  const sheet = wb.valuesOf('Trọng tâm - Xuyên suốt');
  expect(sheet[10][4]).toBe('Phòng HCTH, TTUD');
  expect(sheet[21][4]).toBe('Phòng HCTH, TTUD');
  // The check after the write finds no inconsistent spelling left.
  expect(group()).toBeUndefined();
});

test.each([
  ['vi', 'Xem trước 1 ô', 'Xem trước cách sửa 1 ô loại'],
  ['en', 'Preview 1 cell', 'Preview the fix of 1 cell of kind'],
] as const)('a kind whose fixes change one cell says so without "all" (%s)', async (lang, text, label) => {
  const { wb } = await fixtureWorkbook('ctct-2024.xlsx');
  const { user } = mountPane(wb, lang, '2025-10-15');
  await user.click(screen.getByTestId('scope-workbook'));
  await clickAndWait(user, document.body, 'check-button', 'check');
  const panel = await openTab(user, lang === 'vi' ? 'Sửa' : 'Fix');
  // "01 Lốp" is the product misspelt in one cell only.
  const group = within(panel).getAllByTestId('fix-group').find((g) => g.getAttribute('data-code') === 'product-spelling')!;
  expect(within(group).getAllByTestId('fix-preview-one')).toHaveLength(1);
  const all = within(group).getByTestId('fix-preview-all');
  expect(all).toHaveTextContent(new RegExp(`^${text}$`));
  expect(all.getAttribute('aria-label')).toContain(label);
});
