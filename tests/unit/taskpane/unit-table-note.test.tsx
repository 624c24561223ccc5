/** @jest-environment jsdom */
/**
 * The line under "Theo đơn vị chủ trì" is a sentence: when it only says that a task of two lead
 * units counts for each, it begins with a capital, as the leaders' line does.
 */
import '@testing-library/jest-dom';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { I18nProvider, type Lang } from '../../../src/taskpane/i18n';
import { analyseWorkbook, type CellValue } from '../../../src/engine';

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'];
const task = (n: number, units: string): CellValue[] => [n, `Xây dựng kế hoạch số ${n}`, units, 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'];

const summary = () =>
  analyseWorkbook(
    { sheets: [{ name: 'KH', cells: [['KẾ HOẠCH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý I'], task(1, 'Văn phòng Sở'), task(2, 'Văn phòng Sở; Phòng QLKH&ĐMST')], merges: [], fonts: [] }] },
    { fileName: 'kh.xlsx', asOf: '2025-10-15' },
  ).summary;

test.each([
  ['vi', 'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị.'],
  ['en', 'A task with several lead units counts for each.'],
] as const)('%s: "%s"', (lang: Lang, said) => {
  const s = summary();
  expect(s.taskCount).toBe(2);
  expect(s.byLeadUnit).toMatchObject({ 'Văn phòng Sở': 2, 'Phòng QLKH&ĐMST': 1 });
  render(
    <I18nProvider lang={lang}>
      <SummaryView summary={s} />
    </I18nProvider>,
  );
  expect(screen.getByTestId('unit-table-note')).toHaveTextContent(said);
  cleanup();
});
