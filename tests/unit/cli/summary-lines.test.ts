/** The printed summary's lists by unit and leader, as a department head reads them against the total. */
import { formatFileReport, formatSummary } from '../../../src/cli/format';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';
import type { CellValue } from '../../../src/engine';

describe('printed summary by unit and leader', () => {
  it('says why the list adds up to more than the tasks when a task has two units or leaders', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Nhiệm vụ A', { lead: 'Phòng QLKH&ĐMST; Văn phòng Sở' }), task(2, 'Nhiệm vụ B')]))]);
    const text = formatSummary(r.summary).join('\n');
    expect(r.summary.taskCount).toBe(2);
    expect(text).toContain('(nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị: cộng lại 3, nhiều hơn 2 nhiệm vụ)');
    expect(text).not.toContain('từng lãnh đạo');
  });
});

describe('printed overdue list', () => {
  it('marks a task arising outside the programme', () => {
    const header = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'];
    const row = (n: number, text: string): CellValue[] => [n, text, 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan', '15/8/2025', 'Đang thực hiện'];
    const r = analyse([sheet('BC', [['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], header, ['I', 'Quý III'], row(1, 'Kế hoạch A'), [null, 'Công việc phát sinh'], row(1, 'Văn bản đột xuất B')])]);
    const lines = formatSummary(r.summary).filter((l) => l.includes('hạn 15/08/2025'));
    expect(lines.map((l) => l.includes('phát sinh ngoài chương trình'))).toEqual([false, true]);
  });
});

describe('printed period of the directory', () => {
  it('names each period a workbook\'s sheets were checked by, where they differ, not the first sheet\'s alone', () => {
    const header = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
    const quarter = (name: string, lead: string, leader: string) => sheet(name, [[`KẾ HOẠCH CÔNG TÁC ${name.toUpperCase()} NĂM 2025`], header, [1, 'Tổng kết', lead, 'Báo cáo', leader]]);
    const r = analyse([quarter('Quý I', 'Phòng HCTH', 'Giám đốc Sở'), quarter('Quý II', 'Văn phòng Sở', 'Giám đốc Sở'), quarter('Quý III', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan'), quarter('Quý IV', 'Văn phòng Sở', 'Giám đốc Sở')]);
    expect(r.findings).toEqual([]);
    expect(formatFileReport(r).split('\n')[1]).toBe('Kỳ danh mục: 2024 (Quý I), 2025-03 (Quý II), 2025-09 (Quý III, Quý IV)');
    // One period for every sheet: said once.
    expect(formatFileReport(analyse([quarter('Quý III', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan')])).split('\n')[1]).toBe('Kỳ danh mục: 2025-09');
  });
});
