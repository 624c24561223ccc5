/**
 * A total row that does not match the tasks above it ("Cộng: 3 nhiệm vụ" over two tasks) is
 * reported in the words the row itself uses, so the user finds the line the finding means.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet, task } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
const read = (rows: CellValue[][]): FileReport => analyse([sheet('Phụ lục II', rows)], { fileName: 'x.xlsx' });
const mismatches = (r: FileReport) => r.findings.filter((f) => f.code === 'declared-count-mismatch').map((f) => `${f.column}${f.row} ${f.message}`);

const quarter = (heading: string, total: CellValue[]): CellValue[][] => [
  ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
  HEADER,
  ['I', heading],
  task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'),
  task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ'),
  total,
];

it('names a wrong total by its own words ("Cộng", "Tổng số nhiệm vụ", "Tổng cộng Quý III"), not as "Tổng cộng"', () => {
  const cases: [CellValue[], string][] = [
    [[null, 'Cộng: 3 nhiệm vụ'], 'B6 "Cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Cộng', null, 3], 'D6 "Cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng số nhiệm vụ: 3'], 'B6 "Tổng số nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng cộng Quý III: 3 nhiệm vụ'], 'B6 "Tổng cộng Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng cộng 3 nhiệm vụ'], 'B6 "Tổng cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
  ];
  for (const [total, finding] of cases) expect([total, mismatches(read(quarter('Quý III', total)))]).toEqual([total, [finding]]);
  // A heading keeps its label; a total that matches is not reported.
  expect(mismatches(read(quarter('Quý III (3 nhiệm vụ)', [null, 'Cộng: 2 nhiệm vụ'])))).toEqual(['B3 "Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.']);
});
