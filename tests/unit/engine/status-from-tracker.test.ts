/**
 * How many statuses the summary takes from "Theo dõi" (statusFromTracker): the tasks whose counted
 * status the tracker changed, each task once, in a file's summary and in a consolidated one.
 */
import { combineReports, defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';
import { mergeTracker, readTracker, trackerToValues, type TrackerRow } from '../../../src/engine/track';
import { formatFileReport } from '../../../src/cli/format';
import { summaryLayout } from '../../../src/engine/summary/layout';
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

describe('a status the sheet changed under one typed in "Theo dõi"', () => {
  /** The tracker written when the sheet said `then`, `typed` (by task) typed there since; the sheet now says `now`. */
  function changed(then: [CellValue, CellValue], typed: (string | null)[], now: [CellValue, CellValue]): { fr: FileReport; tracker: CellValue[][] } {
    const before = analyse([sheet('Quý III', unitSheet(then))], { fileName: 'bcvt.xlsx' });
    const rows = mergeTracker(before.tasks, [], AS_OF).rows.map((r, i) => ({ ...r, status: typed[i] ?? r.status }));
    const tracker = trackerToValues(rows);
    return { fr: analyse([sheet('Quý III', unitSheet(now)), sheet('Theo dõi', tracker)], { fileName: 'bcvt.xlsx' }), tracker };
  }
  /** The tracker as CTCT writes it again after checking `fr` (`--out`, "Cập nhật trang Theo dõi"), `edit` applied to its rows. */
  function rewritten(fr: FileReport, tracker: CellValue[][], edit: (r: TrackerRow) => TrackerRow = (r) => r): CellValue[][] {
    return trackerToValues(mergeTracker(fr.tasks, readTracker(tracker).rows, AS_OF).rows.map(edit));
  }
  const conflicts = (fr: FileReport) => fr.findings.filter((f) => f.code === 'source-status-changed').map((f) => [f.sheet, `${f.column}${f.row}`, f.severity, f.message]);

  it('is said at the sheet\'s status cell, naming both, while the typed status still counts', () => {
    const { fr } = changed([null, null], ['Đang thực hiện', null], ['Hoàn thành', null]);
    expect(conflicts(fr)).toEqual([
      ['Quý III', 'F5', 'warning', 'Bảng nguồn nay ghi "Hoàn thành" (trước: để trống); trang "Theo dõi" vẫn ghi "Đang thực hiện", trạng thái được tính.'],
    ]);
    expect(fr.tasks[0]!.trackerStatus).toBe('Đang thực hiện');
    expect(fr.summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Chưa cập nhật': 1 });
  });

  it('is said again after the tracker is written again, until the two agree or the typed status is cleared', () => {
    const first = changed([null, null], ['Đang thực hiện', null], ['Hoàn thành', null]);
    const again = rewritten(first.fr, first.tracker);
    const next = analyse([sheet('Quý III', unitSheet(['Hoàn thành', null])), sheet('Theo dõi', again)], { fileName: 'bcvt.xlsx' });
    expect(conflicts(next).map((c) => c[1])).toEqual(['F5']);
    for (const status of ['Hoàn thành', '']) {
      const settled = rewritten(next, again, (r) => (r.task === WORKSHOP ? { ...r, status } : r));
      expect(conflicts(analyse([sheet('Quý III', unitSheet(['Hoàn thành', null])), sheet('Theo dõi', settled)], { fileName: 'bcvt.xlsx' }))).toEqual([]);
    }
  });

  it('is said too where a completion day typed in "Theo dõi" counts the task done, before and after the tracker is written again', () => {
    // Written when the sheet said "Đang thực hiện"; since, a day typed in "Ngày hoàn thành"; now the sheet says "Chưa thực hiện".
    const then: [CellValue, CellValue] = ['Đang thực hiện', null];
    const now: [CellValue, CellValue] = ['Chưa thực hiện', null];
    const written = analyse([sheet('Quý III', unitSheet(then))], { fileName: 'bcvt.xlsx' });
    const tracker = trackerToValues(mergeTracker(written.tasks, [], AS_OF).rows.map((r) => (r.task === WORKSHOP ? { ...r, completedOn: '2025-08-20' } : r)));
    const fr = analyse([sheet('Quý III', unitSheet(now)), sheet('Theo dõi', tracker)], { fileName: 'bcvt.xlsx' });
    expect(fr.tasks[0]!.trackerStatus).toBe('Hoàn thành');
    const said = ['Quý III', 'F5', 'info', 'Bảng nguồn nay ghi "Chưa thực hiện" (trước: "Đang thực hiện"); trang "Theo dõi" vẫn ghi "Hoàn thành", trạng thái được tính.'];
    expect(conflicts(fr)).toEqual([said]);
    const again = rewritten(fr, tracker);
    expect(conflicts(analyse([sheet('Quý III', unitSheet(now)), sheet('Theo dõi', again)], { fileName: 'bcvt.xlsx' }))).toEqual([said]);
    // The source done too: the two agree.
    expect(conflicts(analyse([sheet('Quý III', unitSheet(['Hoàn thành', null])), sheet('Theo dõi', again)], { fileName: 'bcvt.xlsx' }))).toEqual([]);
  });

  it('is said in the overdue list where the source now says done: the summary, the printed list and "Tổng hợp"', () => {
    const { fr } = changed([null, null], ['Đang thực hiện', 'Đang thực hiện'], ['Hoàn thành', 'Đang thực hiện']);
    expect(fr.summary.overdue.map((o) => [o.task, o.status, o.sourceStatus])).toEqual([
      [WORKSHOP, 'Đang thực hiện', 'Hoàn thành'],
      [REPORT, 'Đang thực hiện', undefined],
    ]);
    expect(formatFileReport(fr)).toContain('; "Đang thực hiện" ở "Theo dõi", bảng nguồn ghi "Hoàn thành")');
    const overdue = summaryLayout(combineReports([fr], AS_OF), { asOf: AS_OF }).blocks.find((b) => b.id === 'overdue')!;
    expect(overdue.rows.map((r) => r[overdue.columns.indexOf('Trạng thái')])).toEqual(['Đang thực hiện (bảng nguồn: Hoàn thành)', 'Đang thực hiện']);
  });

  it('is information when the typed status is the further on, and not said when the sheet did not change or now agrees', () => {
    expect(conflicts(changed([null, null], ['Hoàn thành', null], ['Đang thực hiện', null]).fr).map((c) => [c[1], c[2]])).toEqual([['F5', 'info']]);
    expect(conflicts(changed(['Đang thực hiện', null], ['Hoàn thành', null], ['Đang thực hiện', null]).fr)).toEqual([]);
    expect(conflicts(changed([null, null], ['Hoàn thành', null], ['Hoàn thành', null]).fr)).toEqual([]);
  });
});
