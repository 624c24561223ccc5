/** The printed summary's lists by unit and leader, as a department head reads them against the total. */
import { formatSummary } from '../../../src/cli/format';
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
