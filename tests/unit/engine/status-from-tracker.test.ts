/**
 * How many statuses the summary takes from "Theo dõi" (statusFromTracker): the tasks whose counted
 * status the tracker changed, each task once, in a file's summary and in a consolidated one.
 */
import { combineReports, defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';
import { mergeTracker, trackerToValues } from '../../../src/engine/track';
import { AS_OF } from '../../helpers/fixtures';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
const WORKSHOP = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';
const REPORT = 'Báo cáo kết quả chuyển đổi số quý III';

function unitSheet(statuses: [CellValue, CellValue]): CellValue[][] {
  return [
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG BCVT&CĐS'],
    UNIT_HEADER,
    ['I', 'Quý III'],
    [null, 'Tháng 7'],
    [1, WORKSHOP, 'Phòng BCVT&CĐS', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', statuses[0]],
    [2, REPORT, 'Phòng BCVT&CĐS', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', statuses[1]],
  ];
}

/**
 * Phòng BCVT&CĐS's workbook with its "Theo dõi": written when the sheet had no status, then the user
 * typed "Đang thực hiện" for the workshop and "Hoàn thành" for the report there; since, the unit's
 * sheet says "Đang thực hiện" for both.
 */
function bcvt(): FileReport {
  const before = analyse([sheet('Quý III', unitSheet([null, null]))], { fileName: 'bcvt.xlsx' });
  const rows = mergeTracker(before.tasks, [], AS_OF).rows.map((r) => ({ ...r, status: r.task === WORKSHOP ? 'Đang thực hiện' : 'Hoàn thành' }));
  return analyse([sheet('Quý III', unitSheet(['Đang thực hiện', 'Đang thực hiện'])), sheet('Theo dõi', trackerToValues(rows))], { fileName: 'bcvt.xlsx' });
}

const programme = () =>
  analyse([sheet('Phụ lục II', programme2025([task(1, WORKSHOP, { lead: 'Phòng BCVT&CĐS' }), task(2, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]))], {
    fileName: 'chuong-trinh.xlsx',
  });

describe('statuses taken from "Theo dõi"', () => {
  it('are those the tracker changes: one typed the same as the sheet now says is the sheet\'s', () => {
    const fr = bcvt();
    expect(fr.tasks.map((t) => [t.task, t.status, t.trackerStatus])).toEqual([
      [WORKSHOP, 'Đang thực hiện', undefined],
      [REPORT, 'Đang thực hiện', 'Hoàn thành'],
    ]);
    expect(fr.summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1 });
    expect(fr.summary.statusFromTracker).toBe(1);
  });

  it('count each task once in a consolidated run, a shared copy among them', () => {
    const report = combineReports([programme(), bcvt()], AS_OF, [], defaultDirectory);
    const s = report.summary;
    expect(s.sharedTasks!.map((t) => [t.task, t.status])).toEqual([[WORKSHOP, 'Đang thực hiện']]);
    expect([s.taskCount, s.byStatus]).toEqual([3, { 'Chưa cập nhật': 1, 'Đang thực hiện': 1, 'Hoàn thành': 1 }]);
    // Only the report's status is the tracker's; the workshop counts the sheet's (the same words).
    expect(s.statusFromTracker).toBe(1);
  });
});

describe('a status typed in "Theo dõi" that CTCT cannot read', () => {
  /** Phòng BCVT&CĐS's workbook, its tracker written with no status, then typed `typed` (by task) there. */
  function typedIn(typed: (string | null)[], sheetStatuses: [CellValue, CellValue] = [null, null]): FileReport {
    const before = analyse([sheet('Quý III', unitSheet(sheetStatuses))], { fileName: 'bcvt.xlsx' });
    const rows = mergeTracker(before.tasks, [], AS_OF).rows.map((r, i) => ({ ...r, status: typed[i] ?? r.status }));
    return analyse([sheet('Quý III', unitSheet(sheetStatuses)), sheet('Theo dõi', trackerToValues(rows))], { fileName: 'bcvt.xlsx' });
  }
  const unknown = (fr: FileReport) => fr.findings.filter((f) => f.code === 'unknown-status').map((f) => [f.sheet, `${f.column}${f.row}`, f.suggestion, f.fix]);

  it('is reported at its cell of "Theo dõi", as in the sheet, with no fix', () => {
    const fr = typedIn(['Chấm', 'Hoàn thàn']);
    expect(unknown(fr)).toEqual([
      ['Theo dõi', 'J2', 'Có phải "Chậm"?', null],
      ['Theo dõi', 'J3', 'Có phải "Hoàn thành"?', null],
    ]);
    // Counted as typed, as before.
    expect(fr.summary.byStatus).toEqual({ 'Chấm': 1, 'Hoàn thàn': 1 });
  });

  it('is not reported where it reads, nor again where it is the sheet\'s own (reported there)', () => {
    expect(unknown(typedIn(['Đang thực hiện', 'Hoàn thành']))).toEqual([]);
    // CTCT copied the sheet's "Chờ kinh phí" into "Theo dõi": the sheet's cell is the one reported.
    expect(unknown(typedIn([null, null], ['Chờ kinh phí', 'Đang thực hiện']))).toEqual([['Quý III', 'F5', expect.any(String), null]]);
  });
});
