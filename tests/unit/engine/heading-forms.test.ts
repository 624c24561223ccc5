/**
 * Heading forms of the department's sheets: "Quý thứ III", "Tháng thứ 8", counts in words ("Quý III
 * (bốn nhiệm vụ)"), a count line under a quarter ("Số nhiệm vụ: 4"), half-year heading rows.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet } from '../../helpers/grid';

const TITLE = ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'];
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn'];
const read = (rows: CellValue[][]): FileReport => analyse([sheet('KH', rows)], { fileName: 'x.xlsx' });
const job = (n: number, text: string): CellValue[] => [n, text, 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', null];
const where = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const sections = (r: FileReport) => r.summary.sections.map((s) => [s.label, s.declared, s.actual]);
const placed = (r: FileReport) => r.tasks.map((t) => [t.stt, t.quarter, t.month]);

describe('"thứ" between "Quý" or "Tháng" and its number', () => {
  it.each(['Quý thứ III', 'Quý thứ 3', 'QUÝ THỨ III'])('reads "%s" as the quarter, and "Tháng thứ 8" as the month', (quarter) => {
    const r = read([
      TITLE,
      HEADER,
      ['I', `${quarter} (2 nhiệm vụ)`],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      [null, 'Tháng thứ 8'],
      job(2, 'Báo cáo kết quả thực hiện nhiệm vụ'),
      ['II', 'Quý thứ IV (1 nhiệm vụ)'],
      job(1, 'Tổng kết năm'),
    ]);
    expect([placed(r), sections(r), where(r)]).toEqual([
      [['1', 3, null], ['2', 3, 8], ['1', 4, null]],
      [['Quý III', 2, 2], ['Quý IV', 1, 1]],
      [],
    ]);
  });
});
