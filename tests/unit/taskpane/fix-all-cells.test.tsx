/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * "Xem trước cả N" fixes every finding of the kind: a cell two findings fix (two unit names
 * written two ways in one cell) gets both fixes, and N counts the cells that change.
 */
import { screen, within } from '@testing-library/react';
import { fixtureWorkbook } from '../excel/workbook-fixture';
import { clickAndWait, mountPane, openTab } from './excel-pane';

jest.setTimeout(120_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('ctct-2024.xlsx: fixing all inconsistent spellings changes the 17 cells announced and leaves none behind', async () => {
  const { wb } = await fixtureWorkbook('ctct-2024.xlsx');
  const { user } = mountPane(wb, 'vi', '2025-10-15');
  await user.click(screen.getByTestId('scope-workbook'));
  await clickAndWait(user, document.body, 'check-button', 'check');
  const panel = await openTab(user, 'Sửa');

  const group = () => within(panel).queryAllByTestId('fix-group').find((g) => g.getAttribute('data-code') === 'inconsistent-spelling');
  // 19 findings, in 17 cells: two cells hold two differently written units each.
  expect(within(group()!).getAllByTestId('fix-preview-one')).toHaveLength(19);
  const all = within(group()!).getByTestId('fix-preview-all');
  expect(all).toHaveTextContent('Xem trước cả 17 ô');
  await user.click(all);
  expect(within(panel).getAllByTestId('fix-change')).toHaveLength(17);

  await clickAndWait(user, panel, 'fix-confirm', 'fix');
  expect(within(panel).getByTestId('fix-result')).toHaveTextContent('Đã sửa 17 ô.');
  // Both spellings of the cell "Phòng HC-TH, TTUD" are fixed at once.
  const sheet = wb.valuesOf('Trọng tâm - Xuyên suốt');
  expect(sheet[10][4]).toBe('Phòng HCTH, Trung tâm');
  expect(sheet[21][4]).toBe('Phòng HCTH, Trung tâm');
  // The check after the write finds no inconsistent spelling left.
  expect(group()).toBeUndefined();
});
