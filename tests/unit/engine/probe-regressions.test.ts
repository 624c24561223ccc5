/**
 * Ordinary sheets that today's new reading rules first misread (a regression probe compared each
 * with the version before them): the rules must leave these as they were read.
 */
import type { CellValue } from '../../../src/engine';
import { analyseWorkbook } from '../../../src/engine';
import { DirectoryMatcher } from '../../../src/engine/directory/matcher';
import { defaultDirectory } from '../../../src/engine/directory/load';
import { analyse, HEADER_2025, programme2025, sheet, task } from '../../helpers/grid';

const late2025 = new DirectoryMatcher(defaultDirectory, '2025-09');
const texts = (cells: CellValue[][], declared?: number) => analyse([sheet('PL', programme2025(cells, declared))]);

describe('rows the new reading rules must leave alone', () => {
  it('a task\'s line that proposes ("Đề xuất bổ sung kinh phí năm 2026") is the rest of the task, not a proposal block', () => {
    const r = texts([task(1, 'Rà soát danh mục nhiệm vụ KH&CN năm 2026:'), [null, 'Đề xuất bổ sung nhiệm vụ mới'], [null, 'Đề nghị điều chỉnh nhiệm vụ chuyển tiếp'], task(2, 'Tổ chức hội thảo'), task(3, 'Kiểm tra cơ sở')], 3);
    expect(r.tasks.map((t) => t.task)).toEqual(['Rà soát danh mục nhiệm vụ KH&CN năm 2026: Đề xuất bổ sung nhiệm vụ mới Đề nghị điều chỉnh nhiệm vụ chuyển tiếp', 'Tổ chức hội thảo', 'Kiểm tra cơ sở']);
    expect(r.summary.proposals).toEqual({ drop: 0, add: 0, adjust: 0 });
    expect(r.findings.filter((f) => f.code === 'declared-count-mismatch')).toEqual([]);
  });

  it('a review block naming two quarters ("ĐỀ XUẤT BỎ NHIỆM VỤ QUÝ III VÀ QUÝ IV") still holds proposals', () => {
    const r = analyse([sheet('PL', [['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], HEADER_2025, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch'), ['II', 'ĐỀ XUẤT BỎ NHIỆM VỤ QUÝ III VÀ QUÝ IV'], task(1, 'Tổ chức hội thảo cũ'), task(2, 'Kiểm tra cũ')])]);
    expect([r.summary.taskCount, r.summary.proposals]).toEqual([1, { drop: 2, add: 0, adjust: 0 }]);
  });

  it('a quarter or month row typed in lower case ("tháng 8", "quý IV (1 nhiệm vụ)") is a heading, however the task above ends', () => {
    const r = texts([task(1, 'Kiểm tra hàng đóng gói sẵn'), [null, 'tháng 8'], task(2, 'Tập huấn đo lường'), [null, 'quý IV (1 nhiệm vụ)'], task(1, 'Tổng kết năm')], 2);
    expect(r.tasks.map((t) => [t.task, t.quarter, t.month])).toEqual([
      ['Kiểm tra hàng đóng gói sẵn', 3, 7],
      ['Tập huấn đo lường', 3, 8],
      ['Tổng kết năm', 4, null],
    ]);
  });

  it('a lower-case period with its year ("tháng 7 năm 2025") under a task that does not end its sentence is that task\'s rest, not a month row', () => {
    const r = texts([[null, 'Tháng 8'], task(1, 'Báo cáo kết quả thực hiện nhiệm vụ'), [null, 'tháng 7 năm 2025'], task(2, 'Tập huấn đo lường'), task(3, 'Kiểm tra hàng đóng gói sẵn.'), [null, 'tháng 9 năm 2025'], task(4, 'Tổng kết')], 4);
    expect(r.tasks.map((t) => [t.task, t.endRow - t.row, t.month])).toEqual([
      ['Báo cáo kết quả thực hiện nhiệm vụ tháng 7 năm 2025', 1, 8],
      ['Tập huấn đo lường', 0, 8],
      // A task ending its sentence: the line is a month row.
      ['Kiểm tra hàng đóng gói sẵn.', 0, 8],
      ['Tổng kết', 0, 9],
    ]);
  });

  it('a month row with a remark ("Tháng 8 (hoàn thành trước 25/8)") is a heading after a task cut at "(đợt 2"', () => {
    const r = texts([task(1, 'Tham mưu công nhận sáng kiến cấp tỉnh (đợt 2'), [null, 'Tháng 8 (hoàn thành trước 25/8)'], task(2, 'Tập huấn')], 2);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Tham mưu công nhận sáng kiến cấp tỉnh (đợt 2', 7],
      ['Tập huấn', 8],
    ]);
  });

  it('tasks carried over from two past quarters ("Nhiệm vụ Quý II, Quý III chưa hoàn thành chuyển sang") get neither quarter', () => {
    const r = analyseWorkbook({ sheets: [sheet('Quý IV', [['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER_2025, ['I', 'Nhiệm vụ Quý II, Quý III chưa hoàn thành chuyển sang thực hiện (1 nhiệm vụ)'], task(1, 'Xây dựng quy chế')])] }, { fileName: 'x.xlsx', asOf: '2025-12-01' });
    expect(r.tasks.map((t) => t.quarter)).not.toContain(2);
    expect(r.tasks.map((t) => t.quarter)).not.toContain(3);
    expect(r.summary.overdue).toEqual([]);
  });

  it('the last item of a list inside a task ("2. Hội nghị …") over a month row stays the task\'s', () => {
    const r = texts([task(1, 'Tổ chức các hoạt động:'), [null, '1. Hội thảo khoa học'], [null, '2. Hội nghị tập huấn'], [null, 'Tháng 8'], task(1, 'Kiểm tra cơ sở')], 2);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Tổ chức các hoạt động: 1. Hội thảo khoa học 2. Hội nghị tập huấn', 7],
      ['Kiểm tra cơ sở', 8],
    ]);
  });

  it('a sheet named "Quý III-IV" is dated by its first quarter: the late-2025 names', () => {
    // Names both periods know: only the date can choose.
    const r = analyse([sheet('Quý III-IV', [['KẾ HOẠCH CÔNG TÁC NĂM 2025'], HEADER_2025, task(1, 'Xây dựng kế hoạch', { lead: 'Văn phòng Sở', leader: 'Giám đốc Sở' })])]);
    expect(r.period).toBe('2025-09');
  });
});

describe('names the new splitting rules must leave alone', () => {
  const units = (cell: string) => late2025.matchUnits(cell).map((m) => [m.written, m.status]);

  it('keeps an outside body joined by "và" to a known unit ("Trung tâm CĐS&ĐMST và Viễn thông Quảng Ngãi")', () => {
    expect(units('Trung tâm CĐS&ĐMST và Viễn thông Quảng Ngãi')).toEqual([
      ['Trung tâm CĐS&ĐMST', 'current'],
      ['Viễn thông Quảng Ngãi', 'external'],
    ]);
    expect(units('Văn phòng Sở và Bưu điện tỉnh').map((m) => m[0])).toEqual(['Văn phòng Sở', 'Bưu điện tỉnh']);
  });

  it('keeps "Các phòng, Trung tâm" (the centres in general) one group', () => {
    expect(units('Các phòng, Trung tâm')).toEqual([['Các phòng, Trung tâm', 'collective']]);
  });
});

describe('"Quý"/"Tháng" columns', () => {
  const header = ['STT', 'Quý', 'Tháng', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn'];
  const row = (n: number, q: CellValue, m: CellValue, deadline: CellValue = null): CellValue[] => [n, q, m, `Nhiệm vụ ${n}`, 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', deadline];

  it('a range of short months ("T10-T11") counts as its last month, as "Tháng 10-11" does', () => {
    const r = analyse([sheet('KH', [['KẾ HOẠCH CÔNG TÁC NĂM 2025'], header, row(1, 'IV', 'T10-T11'), row(2, 'IV', 'Tháng 10-11')])]);
    expect(r.tasks.map((t) => t.month)).toEqual([11, 11]);
  });

  it('a plan across the year\'s end sorted by unit (IV, I, IV, I): only the Quý I rows are the next year\'s', () => {
    const r = analyseWorkbook(
      { sheets: [sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], header, row(1, 'IV', 10, '31/10'), row(2, 'I', 1, '31/01'), row(3, 'IV', 11, '30/11'), row(4, 'I', 2, '28/02')])] },
      { fileName: 'x.xlsx', asOf: '2026-02-01' },
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-10-31', '2026-01-31', '2025-11-30', '2026-02-28']);
  });
});
