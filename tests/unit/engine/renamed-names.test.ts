/**
 * Units and leaders renamed between periods (2024 → 2025-03 → 2025-09) are one line of a summary,
 * under the newest period's names: across files (the consolidated summary) and across the sheets
 * of one workbook. A task is counted once per unit it has after renaming.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { combineReports, defaultDirectory } from '../../../src/engine';
import { analyse, sheet } from '../../helpers/grid';

const HEADER = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo'];
const ASOF = '2025-06-15';
const programme = (file: string, title: string, quarter: string, rows: CellValue[][], sheetName = 'CTCT'): FileReport =>
  analyse([sheet(sheetName, [[title], HEADER, ['I', quarter], ...rows])], { fileName: file });
const combined = (...files: FileReport[]) => combineReports(files, ASOF, [], defaultDirectory).summary;

it('a 2024 task of two units that became one unit counts once for it, in its quarter', () => {
  const a = programme('a-2024.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024', 'Quý IV', [[1, 'Kiểm tra đo lường hàng đóng gói sẵn', 'Phòng QLCN&CN; Phòng TĐC', 'Báo cáo kết quả', 'PGĐ Trần Công Hòa']]);
  const b = programme('b-2025.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025', 'Quý II', [[1, 'Kiểm tra nhà nước về chất lượng hàng hóa', 'Phòng QLCN', 'Báo cáo kết quả', 'PGĐ Sở Trần Công Hòa']]);
  expect([a.period, b.period]).toEqual(['2024', '2025-03']);
  expect(a.summary.byLeadUnit).toEqual({ 'Phòng QLCN&CN': 1, 'Phòng TĐC': 1 });
  const s = combined(a, b);
  expect(s.byLeadUnit).toEqual({ 'Phòng QLCN': 2 });
  expect(s.byQuarterAndUnit).toEqual({ '2': { 'Phòng QLCN': 1 }, '4': { 'Phòng QLCN': 1 } });
  expect(s.byLeadUnitAndStatus).toEqual({ 'Phòng QLCN': { 'Chưa cập nhật': 2 } });
  // The same person, written by each period's name, is one leader too.
  expect(s.byLeader).toEqual({ 'PGĐ Sở Trần Công Hòa': 2 });
  // The lists (overdue here: the files were checked on AS_OF, late 2026) name them as the counts do, each line with its file.
  expect(s.overdue.map((o) => [o.file, o.leadUnits, o.leaders])).toEqual([
    ['a-2024.xlsx', ['Phòng QLCN'], ['PGĐ Sở Trần Công Hòa']],
    ['b-2025.xlsx', ['Phòng QLCN'], ['PGĐ Sở Trần Công Hòa']],
  ]);
});

it('the same leader in two 2025 files, one classed in period 2024 (it still writes "Phòng QLKH"), is one line', () => {
  const old = programme('phong-qlkh.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2025', 'Quý I (2 nhiệm vụ)', [
    [1, 'Thông báo đề xuất nhiệm vụ KH&CN cấp tỉnh', 'Phòng QLKH', 'Thông báo', 'PGĐ Sở Phan Văn Hiếu'],
    [2, 'Tổ chức họp Hội đồng tư vấn', 'Phòng QLKH', 'Biên bản', 'PGĐ Sở Phan Văn Hiếu'],
  ]);
  const now = programme('phong-khcn.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2025', 'Quý II (1 nhiệm vụ)', [[1, 'Kiểm tra nhiệm vụ KH&CN', 'Phòng KH-CN', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']]);
  expect([old.period, now.period]).toEqual(['2024', '2025-03']);
  const s = combined(old, now);
  expect(s.byLeader).toEqual({ 'PGĐ Sở Phan Văn Hiếu': 3 });
  expect(s.byLeadUnit).toEqual({ 'Phòng KH-CN': 3 });
});

it('one workbook whose sheets fall in two periods counts each unit on one line, by the newest name', () => {
  const r = analyse(
    [
      sheet('6 tháng đầu năm', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 (6 THÁNG ĐẦU NĂM)'], HEADER, ['I', 'Quý II (2 nhiệm vụ)'], [1, 'Tổ chức họp Hội đồng KH&CN', 'Phòng KH-CN', 'Biên bản', 'PGĐ Sở Phan Văn Hiếu'], [2, 'Báo cáo chuyển đổi số 6 tháng', 'Phòng BCVTCNTT', 'Báo cáo', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']]),
      sheet('Phụ lục II', [['Phụ lục II'], ['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], HEADER, ['I', 'Quý III (2 nhiệm vụ)'], [1, 'Tổ chức Không gian đổi mới sáng tạo', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'], [2, 'Phát động phong trào bình dân học vụ số', 'Phòng BCVT&CĐS', 'Kế hoạch', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']]),
    ],
    { fileName: 'mot-tep.xlsx' },
  );
  expect(r.sheetPeriods).toEqual({ '6 tháng đầu năm': '2025-03', 'Phụ lục II': '2025-09' });
  expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Phòng BCVT&CĐS': 2 });
  expect(r.summary.byQuarterAndUnit['2']).toEqual({ 'Phòng QLKH&ĐMST': 1, 'Phòng BCVT&CĐS': 1 });
  expect(Object.keys(r.summary.byLeadUnitAndStatus!)).toEqual(['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']);
  // The tasks keep their sheet's names (the tracker shows what the sheet says).
  expect(r.tasks.map((t) => t.leadUnits[0])).toEqual(['Phòng KH-CN', 'Phòng BCVTCNTT', 'Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']);
  // Checked with another file of 2025-09, still one line per unit.
  const other = programme('pl.xlsx', 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', 'Quý III (1 nhiệm vụ)', [[1, 'Xây dựng kế hoạch chuyển đổi số', 'Phòng BCVT&CĐS', 'Kế hoạch', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']]);
  expect(combined(r, other).byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Phòng BCVT&CĐS': 3 });
});

it('a unit and a leader the newest period lacks are one line each, under the last name a period of the run gives them', () => {
  // Quý I/2025 written in January (period 2024 names), Quý II under the March names, Quý III under July's:
  // "Phòng QLCN" (2025-03) is carried on by no unit of 2025-09; so with the deputy.
  const q1 = programme('q1.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2025', 'Quý I', [[1, 'Kiểm tra đo lường xăng dầu dịp Tết', 'Phòng QLCN&CN', 'Báo cáo', 'PGĐ Trần Công Hòa']]);
  const q2 = programme('q2.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2025', 'Quý II', [[1, 'Kiểm tra chất lượng mũ bảo hiểm', 'Phòng QLCN', 'Báo cáo', 'PGĐ Sở Trần Công Hòa']]);
  const q3 = programme('q3.xlsx', 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', 'Quý III', [[1, 'Kiểm tra đo lường trong kinh doanh vàng', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan']]);
  expect([q1.period, q2.period, q3.period]).toEqual(['2024', '2025-03', '2025-09']);
  const s = combined(q1, q2, q3);
  // 2024's "Phòng QLCN&CN" is 2025-09's unit of that very name, as a 2025-09 sheet reads it.
  expect(s.byLeadUnit).toEqual({ 'Phòng QLCN&CN': 1, 'Phòng QLCN': 1, 'Phòng QLTCĐLCL': 1 });
  expect(s.byLeader).toEqual({ 'PGĐ Sở Trần Công Hòa': 2, 'PGĐ Sở Mai Thoan': 1 });
  expect(s.overdue.map((o) => [o.file, o.leadUnits, o.leaders])).toEqual([
    ['q1.xlsx', ['Phòng QLCN&CN'], ['PGĐ Sở Trần Công Hòa']],
    ['q2.xlsx', ['Phòng QLCN'], ['PGĐ Sở Trần Công Hòa']],
    ['q3.xlsx', ['Phòng QLTCĐLCL'], ['PGĐ Sở Mai Thoan']],
  ]);
});

it('an old name lands on the unit a sheet of the newest period gives it, whichever file writes it: "Phòng TĐC" of 2024 and of a 2025-09 sheet are one line', () => {
  const q1 = programme('q1.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2025', 'Quý I', [[1, 'Kiểm tra đo lường xăng dầu dịp Tết', 'Phòng TĐC', 'Báo cáo', 'PGĐ Trần Công Hòa']]);
  const q3 = programme('q3.xlsx', 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', 'Quý III', [[1, 'Kiểm tra đo lường trong kinh doanh vàng', 'Phòng TĐC', 'Báo cáo', 'PGĐ Sở Mai Thoan']]);
  expect([q1.period, q3.period]).toEqual(['2024', '2025-09']);
  expect(q3.summary.byLeadUnit).toEqual({ 'Phòng QLTCĐLCL': 1 });
  expect(combined(q1, q3).byLeadUnit).toEqual({ 'Phòng QLTCĐLCL': 2 });
  // With a 2025-03 file as the newest, the 2024 name lands on that period's unit, as its sheets read it.
  const q2 = programme('q2.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2025', 'Quý II', [[1, 'Kiểm tra chất lượng mũ bảo hiểm', 'Phòng TĐC', 'Báo cáo', 'PGĐ Sở Trần Công Hòa']]);
  expect(q2.summary.byLeadUnit).toEqual({ 'Phòng QLCN': 1 });
  expect(combined(q1, q2).byLeadUnit).toEqual({ 'Phòng QLCN': 2 });
  // One workbook holding both sheets counts them so too.
  const one = analyse(
    [
      sheet('Quý I', [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2025'], HEADER, ['I', 'Quý I'], [1, 'Kiểm tra đo lường xăng dầu dịp Tết', 'Phòng TĐC', 'Báo cáo', 'PGĐ Trần Công Hòa']]),
      sheet('Quý III', [['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], HEADER, ['I', 'Quý III'], [1, 'Kiểm tra chất lượng mũ bảo hiểm', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan']]),
    ],
    { fileName: 'ca-nam.xlsx' },
  );
  expect(one.sheetPeriods).toEqual({ 'Quý I': '2024', 'Quý III': '2025-09' });
  expect(one.summary.byLeader).toEqual({ 'PGĐ Sở Trần Công Hòa': 1, 'PGĐ Sở Mai Thoan': 1 });
  expect(one.summary.byLeadUnit).toEqual({ 'Phòng QLTCĐLCL': 2 });
});
