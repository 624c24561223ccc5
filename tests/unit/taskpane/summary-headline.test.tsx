/** @jest-environment jsdom */
/**
 * The summary's headline reads as a count: "176 nhiệm vụ" ("176 tasks", "1 task"), not the column
 * header lowercased ("176 số nhiệm vụ", "number of tasks").
 */
import '@testing-library/jest-dom';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { I18nProvider, type Lang } from '../../../src/taskpane/i18n';
import { analyseWorkbook, type CellValue } from '../../../src/engine';

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'];
const task = (n: number): CellValue[] => [n, `Xây dựng kế hoạch số ${n}`, 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'];

const summaryOf = (count: number) =>
  analyseWorkbook(
    { sheets: [{ name: 'KH', cells: [['KẾ HOẠCH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý I'], ...Array.from({ length: count }, (_, i) => task(i + 1))], merges: [], fonts: [] }] },
    { fileName: 'kh.xlsx', asOf: '2025-10-15' },
  ).summary;

const headline = (lang: Lang, count: number) => {
  render(
    <I18nProvider lang={lang}>
      <SummaryView summary={summaryOf(count)} />
    </I18nProvider>,
  );
  const text = screen.getByTestId('task-count').parentElement!.textContent!.replace(/\s+/g, ' ').trim();
  cleanup();
  return text;
};

test.each([
  ['vi', 3, '3 nhiệm vụ'],
  ['vi', 1, '1 nhiệm vụ'],
  ['en', 3, '3 tasks'],
  ['en', 1, '1 task'],
] as const)('%s, %i tasks: "%s"', (lang, count, said) => {
  expect(headline(lang, count)).toBe(said);
});
