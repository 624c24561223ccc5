/**
 * The printed consolidated report lists the shared tasks whose copies' statuses differ as it lists
 * the overdue tasks: the first ten, the rest counted.
 */
import { combineReports, defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';
import { formatReport } from '../../../src/cli/format';
import { AS_OF } from '../../helpers/fixtures';
import { analyse, sheet } from '../../helpers/grid';

const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
const JOINT = 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS';
const tasks = Array.from({ length: 12 }, (_, i) => `Hội thảo chuyển đổi số và đổi mới sáng tạo chuyên đề ${i + 1}`);

/** A unit's sheet of Quý III listing the twelve tasks both units lead, each with the unit's status. */
function unitFile(fileName: string, status: string): FileReport {
  const rows: CellValue[][] = tasks.map((t, i) => [i + 1, t, JOINT, 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', status]);
  return analyse([sheet('Quý III', [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], UNIT_HEADER, ['I', 'Quý III'], [null, 'Tháng 8'], ...rows])], { fileName });
}

describe('the printed list of shared tasks whose statuses differ', () => {
  it('stops at ten, and counts the rest in the words of the overdue list', () => {
    const report = combineReports([unitFile('qlkh.xlsx', 'Hoàn thành'), unitFile('bcvt.xlsx', 'Đang thực hiện')], AS_OF, [], defaultDirectory);
    expect(report.summary.sharedTasks!.filter((t) => t.statusesDiffer)).toHaveLength(12);
    const printed = formatReport(report);
    const consolidated = printed.slice(printed.indexOf('━━ TỔNG HỢP CHUNG ━━')).split('\n');
    const listed = consolidated.filter((l) => l.startsWith('  • '));
    expect(listed).toHaveLength(10);
    // Both files list the tasks of both units (none's own): the least advanced status counts.
    expect(listed[9]).toBe(`  • "${tasks[9]}" — tính "Đang thực hiện", không tệp riêng nào của đơn vị chủ trì ghi: tình trạng ít tiến triển nhất đã ghi (bcvt.xlsx): qlkh.xlsx (Quý III, dòng 14): Hoàn thành; bcvt.xlsx (Quý III, dòng 14): Đang thực hiện`);
    expect(consolidated[consolidated.indexOf(listed[9]) + 1]).toBe('  … và 2 nhiệm vụ khác (đủ trong --json và trang "Tổng hợp" của --out).');
    expect(printed).not.toContain(tasks[10]);
  });
});
