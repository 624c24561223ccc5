/** @jest-environment jsdom */
/**
 * The standalone page's summary of several files names the file of each listed task and of each
 * heading count, as the printed "TỔNG HỢP CHUNG" does: two units' sheets are both "Sheet1" with
 * a "Quý III" heading, and "Sheet1, dòng 5" alone does not say whose task is missing a product.
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { analyseWorkbook, combineReports, type CellValue } from '../../../src/engine';

const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'];

const unitFile = (file: string, unit: string, product: string) =>
  analyseWorkbook(
    {
      sheets: [
        {
          name: 'Sheet1',
          cells: [
            ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
            HEADER,
            ['I', 'Quý III (2 nhiệm vụ)'],
            [1, `Kế hoạch kiểm tra của ${unit}`, unit, 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch'],
            [2, `Báo cáo tổng kết của ${unit}`, unit, 'PGĐ Sở Phan Văn Hiếu', product],
          ],
          merges: [],
          fonts: [],
        },
      ],
    },
    { fileName: file, asOf: '2025-08-15' },
  );

test('each missing product and each heading count names its file', () => {
  const report = combineReports([unitFile('vp.xlsx', 'Văn phòng Sở', 'Báo cáo'), unitFile('qlkh.xlsx', 'Phòng QLKH&ĐMST', '')], '2025-08-15');
  expect(report.summary.missing.product).toHaveLength(1);
  render(<SummaryView summary={report.summary} />);

  const missing = screen.getByTestId('missing-product').closest('div')!;
  expect(within(missing).getByText(/Báo cáo tổng kết của Phòng QLKH&ĐMST/).closest('li')).toHaveTextContent(/^qlkh\.xlsx · Sheet1, dòng 5:/);

  const rows = screen.getAllByTestId('section-row').map((r) => within(r).getByRole('rowheader').textContent);
  expect(rows).toEqual(['vp.xlsx · Quý III', 'qlkh.xlsx · Quý III']);
});
