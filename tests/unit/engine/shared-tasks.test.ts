/**
 * A task in several files of one run (the whole programme and the units' own workbooks): the
 * consolidated summary counts it once, with the status of its lead unit's own file (else the least
 * advanced written), whatever the files' order; each file's own summary stays as it is.
 */
import { analyseWorkbook, CellValue, combineReports, FileReport, reportSchema } from '../../../src/engine';
import { defaultDirectory } from '../../../src/engine/directory/load';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { AS_OF } from '../../helpers/fixtures';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

/** The whole programme (no status column): Quý III, Tháng 7. */
const programme = () =>
  analyse(
    [
      sheet(
        'Phụ lục II',
        programme2025([
          task(1, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN'),
          task(2, 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', { lead: 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS' }),
          task(3, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', { lead: 'Văn phòng Sở' }),
          task(4, 'Cập nhật cơ sở dữ liệu viễn thông', { lead: 'Phòng BCVT&CĐS' }),
        ]),
      ),
    ],
    { fileName: 'chuong-trinh.xlsx' },
  );

const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];

/** A unit's own tracking sheet: its quarter, months and statuses. */
function unitFile(fileName: string, title: string, rows: CellValue[][], period?: string): FileReport {
  return analyse([sheet('Quý III', [[title], UNIT_HEADER, ['I', 'Quý III'], ...rows])], { fileName, period });
}

/** Phòng QLKH's workbook, still under its name of early 2025 ("Phòng KH-CN"). */
const qlkh = () =>
  unitFile(
    'kh-cn.xlsx',
    'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG KH-CN',
    [
      [null, 'Tháng 7'],
      // The same task, written with other capitals and a full stop.
      [1, 'Xây dựng kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN.', 'Phòng KH-CN', 'Kế hoạch', 'Giám đốc Sở', 'Hoàn thành'],
      [2, 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', 'Phòng KH-CN', 'Hội thảo', 'Giám đốc Sở', 'Hoàn thành'],
      // Its own monthly report: the programme's of the same words is Văn phòng Sở's.
      [3, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', 'Phòng KH-CN', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
    ],
    '2025-03',
  );

const bcvt = () =>
  unitFile('bcvt.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG BCVT&CĐS', [
    [null, 'Tháng 7'],
    [1, 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', 'Phòng BCVT&CĐS', 'Hội thảo', 'Giám đốc Sở', 'Đang thực hiện'],
    // Moved to August in the unit's sheet: another month, not the programme's task of July.
    [null, 'Tháng 8'],
    [2, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Giám đốc Sở', 'Đang thực hiện'],
  ]);

describe('a task in several files is counted once in the consolidated summary', () => {
  const files = [programme(), qlkh(), bcvt()];
  const report = reportSchema.parse(combineReports(files, AS_OF, [], defaultDirectory));
  const s = report.summary;

  it('reads the files as expected (each file counts its own tasks)', () => {
    expect(files.map((f) => [f.period, f.summary.taskCount])).toEqual([
      ['2025-09', 4],
      ['2025-03', 3],
      ['2025-09', 2],
    ]);
  });

  it('counts each shared task once: in the total, by quarter and month, by unit', () => {
    expect(s.taskCount).toBe(6);
    expect(s.byQuarter).toEqual({ '3': 6 });
    expect(s.byMonth).toEqual({ '7': 5, '8': 1 });
    expect(s.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 3, 'Phòng BCVT&CĐS': 3, 'Văn phòng Sở': 1 });
    expect(s.byQuarterAndUnit).toEqual({ '3': { 'Phòng QLKH&ĐMST': 3, 'Phòng BCVT&CĐS': 3, 'Văn phòng Sở': 1 } });
    // The shared tasks under the leaders of the copy whose status counts (the units' files').
    expect(s.byLeader).toEqual({ 'PGĐ Sở Phan Văn Hiếu': 2, 'Giám đốc Sở': 4 });
  });

  it('counts the lead units\' own files\' status, the least advanced when they differ, and lists overdue what it says is not done', () => {
    // The workshop: Phòng KH-CN's file says done, Phòng BCVT&CĐS's under way; both lead it: under way.
    expect(s.byStatus).toEqual({ 'Chưa cập nhật': 2, 'Hoàn thành': 2, 'Đang thực hiện': 2 });
    expect(s.byQuarterAndStatus).toEqual({ '3': { 'Chưa cập nhật': 2, 'Hoàn thành': 2, 'Đang thực hiện': 2 } });
    expect(s.byLeadUnitAndStatus!['Phòng QLKH&ĐMST']).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 1 });
    expect(s.byLeadUnitAndStatus!['Phòng BCVT&CĐS']).toEqual({ 'Đang thực hiện': 2, 'Chưa cập nhật': 1 });
    expect(s.overdue.map((o) => [o.file, o.task, o.status])).toEqual([
      ['chuong-trinh.xlsx', 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', 'Đang thực hiện'],
      ['chuong-trinh.xlsx', 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', null],
      ['chuong-trinh.xlsx', 'Cập nhật cơ sở dữ liệu viễn thông', null],
      ['bcvt.xlsx', 'Cập nhật cơ sở dữ liệu viễn thông', 'Đang thực hiện'],
    ]);
  });

  it('lists the shared tasks with every copy, and says where the copies\' statuses differ', () => {
    expect(s.sharedTasks).toEqual([
      {
        task: 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN',
        quarter: 3,
        month: 7,
        leadUnits: ['Phòng QLKH&ĐMST'],
        leaders: ['Giám đốc Sở'],
        status: 'Hoàn thành',
        statusesDiffer: false,
        copies: [
          { file: 'chuong-trinh.xlsx', sheet: 'Phụ lục II', row: 6, column: 'A', status: null },
          { file: 'kh-cn.xlsx', sheet: 'Quý III', row: 5, column: 'A', status: 'Hoàn thành', unit: 'Phòng QLKH&ĐMST', counted: true },
        ],
      },
      {
        task: 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo',
        quarter: 3,
        month: 7,
        leadUnits: ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS'],
        leaders: ['Giám đốc Sở'],
        status: 'Đang thực hiện',
        statusesDiffer: true,
        statusRule: 'lead-units-least',
        copies: [
          // The programme, of every unit, is none's own.
          { file: 'chuong-trinh.xlsx', sheet: 'Phụ lục II', row: 7, column: 'A', status: null },
          { file: 'kh-cn.xlsx', sheet: 'Quý III', row: 6, column: 'A', status: 'Hoàn thành', unit: 'Phòng QLKH&ĐMST' },
          { file: 'bcvt.xlsx', sheet: 'Quý III', row: 5, column: 'A', status: 'Đang thực hiện', unit: 'Phòng BCVT&CĐS', counted: true },
        ],
      },
    ]);
  });

  it('leaves each file\'s own summary as it is', () => {
    expect(report.files.map((f) => f.summary.taskCount)).toEqual([4, 3, 2]);
    expect(report.files[0].summary.overdue).toHaveLength(4);
  });

  it('counts the same whatever the order of the files, by status and by leader', () => {
    const strip = (x: typeof s) => ({ ...x, sharedTasks: undefined, sections: [], missing: undefined, important: [], overdue: x.overdue.map((o) => [o.task, o.status]).sort() });
    for (const order of [[bcvt(), qlkh(), programme()], [qlkh(), programme(), bcvt()]]) {
      const other = combineReports(order, AS_OF, [], defaultDirectory).summary;
      const statuses = (x: typeof s) => x.sharedTasks!.map((t) => `${t.leadUnits.length} ${t.status}`).sort();
      expect(statuses(other)).toEqual(statuses(s));
      expect(strip(other)).toEqual(strip(s));
    }
  });
});

describe('what is not the same task', () => {
  it('two units\' own tasks of the same words (no lead unit in common), or of other programme years, count apart', () => {
    const monthly = (fileName: string, lead: string, year: number) =>
      unitFile(fileName, `CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM ${year}`, [[null, 'Tháng 7'], [1, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', lead, 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành']]);
    const units = combineReports([monthly('a.xlsx', 'Văn phòng Sở', 2025), monthly('b.xlsx', 'Phòng BCVT&CĐS', 2025)], AS_OF, [], defaultDirectory).summary;
    expect([units.taskCount, units.sharedTasks]).toEqual([2, []]);
    const years = combineReports([monthly('a.xlsx', 'Văn phòng Sở', 2025), monthly('b.xlsx', 'Văn phòng Sở', 2026)], AS_OF, [], defaultDirectory).summary;
    expect([years.taskCount, years.sharedTasks]).toEqual([2, []]);
  });

  it('a unit sheet by quarter only (no month rows) shares the programme\'s task of a month of that quarter: counted once, in its month', () => {
    const unit = unitFile('qlkh.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG QLKH&ĐMST', [
      [1, 'Xây dựng kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
    expect(unit.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, null]]);
    const s = combineReports([programme(), unit], AS_OF, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(4);
    expect(s.byMonth).toEqual({ '7': 4 });
    expect(s.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 3 });
    expect(s.sharedTasks!.map((t) => [t.task, t.month, t.copies.map((c) => c.file)])).toEqual([
      ['Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN', 7, ['chuong-trinh.xlsx', 'qlkh.xlsx']],
    ]);
    // Two months of the programme are two tasks: a copy with no month is one of them, never links both.
    const twoMonths = analyse(
      [sheet('Phụ lục II', [...programme2025([task(1, 'Kiểm tra nhiệm vụ KH&CN')]), [null, 'Tháng 8'], task(2, 'Kiểm tra nhiệm vụ KH&CN')])],
      { fileName: 'chuong-trinh.xlsx' },
    );
    const once = unitFile('qlkh.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', [[1, 'Kiểm tra nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành']]);
    expect(combineReports([twoMonths, once], AS_OF, [], defaultDirectory).summary.taskCount).toBe(2);
  });

  it('a file naming no year does not make one task of two years\' copies: the 2024 task done and the 2025 one under way both count', () => {
    const monthly = (fileName: string, title: string, status: string) =>
      unitFile(fileName, title, [[null, 'Tháng 7'], [1, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', status]], '2025-09');
    const files = [
      monthly('vp-2024.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2024', 'Hoàn thành'),
      monthly('vp-2025.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', 'Đang thực hiện'),
      monthly('vp.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III', ''),
    ];
    expect(files.map((f) => f.year)).toEqual([2024, 2025, null]);
    const s = combineReports(files, AS_OF, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(2);
    expect(s.byStatus).toEqual({ 'Hoàn thành': 1, 'Đang thực hiện': 1 });
    // The yearless copy is one of them, never a link between the two years.
    expect(s.sharedTasks!.map((t) => t.copies.map((c) => c.file))).toEqual([['vp-2024.xlsx', 'vp.xlsx']]);
  });

  it('a file listing a task twice still counts it twice: another file\'s copy stands for one of them', () => {
    const twice = unitFile('vp.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', [
      [null, 'Tháng 7'],
      [1, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Giám đốc Sở', 'Hoàn thành'],
      [2, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
    const s = combineReports([programme(), twice], AS_OF, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(4 + 2 - 1);
    expect(s.sharedTasks!.map((t) => t.copies.map((c) => `${c.file}:${c.row}`))).toEqual([['chuong-trinh.xlsx:9', 'vp.xlsx:5']]);
  });
});

/** A unit's sheet checked on a report date of its own (not the suite's AS_OF). */
const checkedOn = (fileName: string, asOf: string, rows: CellValue[][]) => analyseWorkbook({ sheets: [sheet('Quý', rows)] }, { fileName, asOf });

const WORKSHOP = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';

/** The unit's Quý III sheet with no deadline column: the workshop under way, due at the quarter's end. */
const unitWorkshopUnderWay = (asOf: string) =>
  checkedOn('a-don-vi.xlsx', asOf, [
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
    UNIT_HEADER,
    ['I', 'Quý III'],
    [1, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', 'Đang thực hiện'],
  ]);

describe('a shared task judged on the report date, not on today', () => {
  // A day typed alone in the status column, still ahead on the report date: planned, not done
  // (it would be done on today's date, a year later).
  const REPORT_DATE = '2025-10-15';
  const file = (fileName: string, lead: string) =>
    checkedOn(fileName, REPORT_DATE, [
      ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
      [...UNIT_HEADER, 'Thời hạn'],
      ['I', 'Quý III'],
      [null, 'Tháng 9'],
      [1, 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', lead, 'Hội thảo', 'Giám đốc Sở', '20/12/2025', '30/9/2025'],
    ]);

  it('counts it under way and keeps it overdue, as each file does', () => {
    const files = [file('a.xlsx', 'Phòng QLKH&ĐMST'), file('b.xlsx', 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS')];
    expect(files.map((f) => f.summary.byStatus)).toEqual([{ 'Đang thực hiện': 1 }, { 'Đang thực hiện': 1 }]);
    const s = combineReports(files, REPORT_DATE, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(1);
    expect(s.byStatus).toEqual({ 'Đang thực hiện': 1 });
    expect(s.sharedTasks!.map((t) => [t.status, t.statusesDiffer])).toEqual([['20/12/2025', false]]);
    expect(s.overdue.map((o) => [o.file, o.row, o.due])).toEqual([['a.xlsx', 5, '2025-09-30']]);
  });
});

describe('a day with no year in the status column, read in the programme\'s year', () => {
  // In the January review of the 2025 programme, "20/12" is 20/12/2025: done, not a day still ahead.
  const REVIEW_DATE = '2026-01-10';
  const file = (fileName: string, other: string) =>
    checkedOn(fileName, REVIEW_DATE, [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      UNIT_HEADER,
      ['I', 'Quý IV'],
      [null, 'Tháng 12'],
      [1, 'Tổng kết công tác năm 2025', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', '20/12'],
      [2, other, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
    ]);

  it('counts it done by unit as by status, in a file and in a run where it is shared', () => {
    const a = file('a.xlsx', 'Báo cáo công tác cải cách hành chính năm 2025');
    expect([a.summary.byStatus, a.summary.byLeadUnitAndStatus]).toEqual([{ 'Hoàn thành': 2 }, { 'Văn phòng Sở': { 'Hoàn thành': 2 } }]);
    const s = combineReports([a, file('b.xlsx', 'Báo cáo công tác thi đua khen thưởng năm 2025')], REVIEW_DATE, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(3);
    expect(s.byStatus).toEqual({ 'Hoàn thành': 3 });
    expect(s.byLeadUnitAndStatus).toEqual({ 'Văn phòng Sở': { 'Hoàn thành': 3 } });
    expect(s.overdue).toEqual([]);
  });
});

describe('a shared task overdue: listed with the deadline a copy writes, not a quarter end', () => {
  // The unit's sheet has no deadline column (its task is due at the quarter's end); the programme
  // gives 31/7. Whichever file comes first, the list says the task was due on 31/7.
  const REPORT_DATE = '2025-10-15';
  const unit = () => unitWorkshopUnderWay(REPORT_DATE);
  const whole = () =>
    checkedOn('chuong-trinh.xlsx', REPORT_DATE, [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      ['I', 'Quý III'],
      [1, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', '31/7/2025'],
    ]);

  it.each([
    ['unit first', () => [unit(), whole()]],
    ['programme first', () => [whole(), unit()]],
  ])('%s', (_, files) => {
    const s = combineReports(files(), REPORT_DATE, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(1);
    expect(s.overdue.map((o) => [o.file, o.row, o.due, o.status])).toEqual([['chuong-trinh.xlsx', 4, '2025-07-31', 'Đang thực hiện']]);
  });
});

describe('a shared task both units propose to drop is proposed once', () => {
  const REPORT_DATE = '2025-10-15';
  const file = (fileName: string, lead: string, statuses: [string, string]) =>
    checkedOn(fileName, REPORT_DATE, [
      ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
      UNIT_HEADER,
      ['I', 'Quý III'],
      [1, 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', lead, 'Hội thảo', 'Giám đốc Sở', statuses[0]],
      [2, 'Điều tra thống kê khoa học và công nghệ', lead, 'Báo cáo', 'Giám đốc Sở', statuses[1]],
    ]);

  it('in the counts and in the lists of "Tổng hợp"; proposals of another kind still count', () => {
    const files = [
      file('a.xlsx', 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS', ['Đề xuất bỏ', 'Đề xuất bỏ']),
      file('b.xlsx', 'Phòng BCVT&CĐS', ['Đề xuất bỏ vì trùng nhiệm vụ khác', 'Chuyển sang Quý IV']),
    ];
    expect(files.map((f) => f.summary.proposals)).toEqual([{ drop: 2, add: 0, adjust: 0 }, { drop: 1, add: 0, adjust: 1 }]);
    const report = combineReports(files, REPORT_DATE, [], defaultDirectory);
    expect(report.summary.taskCount).toBe(2);
    expect(report.summary.proposals).toEqual({ drop: 2, add: 0, adjust: 1 });
    const layout = summaryLayout(report, { asOf: REPORT_DATE });
    const rows = (id: string) => layout.blocks.find((b) => b.id === id)!.rows.map((r) => [r[1], r[r.length - 2]]);
    expect(rows('proposals-drop')).toEqual([
      ['Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo', 'a.xlsx'],
      ['Điều tra thống kê khoa học và công nghệ', 'a.xlsx'],
    ]);
    expect(rows('proposals-other')).toEqual([['Điều tra thống kê khoa học và công nghệ', 'b.xlsx']]);
  });
});

describe('a shared task counted under way, its deadline passed in a copy done there', () => {
  // The unit's sheet (first) says "Đang thực hiện" and has no deadline: due at the quarter's end,
  // 30/9, not passed on 15/8. The programme's copy says done, by 31/7. The task counts under way,
  // the least advanced status of the two: on 15/8 it is overdue since 31/7.
  const REPORT_DATE = '2025-08-15';
  const unit = () => unitWorkshopUnderWay(REPORT_DATE);
  const whole = (status: string) =>
    checkedOn('chuong-trinh.xlsx', REPORT_DATE, [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      [...UNIT_HEADER, 'Thời hạn'],
      ['I', 'Quý III'],
      [1, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', status, '31/7/2025'],
    ]);

  it('is overdue since the copy\'s deadline, with the status counted', () => {
    const files = [unit(), whole('Hoàn thành')];
    expect(files.map((f) => f.summary.overdue.length)).toEqual([0, 0]);
    const s = combineReports(files, REPORT_DATE, [], defaultDirectory).summary;
    expect([s.taskCount, s.byStatus]).toEqual([1, { 'Đang thực hiện': 1 }]);
    expect(s.overdue.map((o) => [o.file, o.row, o.due, o.status, o.leadUnits])).toEqual([['chuong-trinh.xlsx', 4, '2025-07-31', 'Đang thực hiện', ['Phòng QLKH&ĐMST']]]);
  });

  it('is not, when the copy proposes to drop it', () => {
    const s = combineReports([unit(), whole('Đề xuất bỏ')], REPORT_DATE, [], defaultDirectory).summary;
    expect(s.overdue).toEqual([]);
  });
});

describe('a shared task a unit proposes to drop in a proposal column, past its month in the programme', () => {
  // The unit's review ("Đề xuất" column, no status) proposes to drop the workshop of July; the
  // programme's copy has no status. On 15/10 its own file does not list it overdue (a task its unit
  // proposes to drop is not), nor may the consolidated summary; the other task, kept, still is.
  const REPORT_DATE = '2025-10-15';
  const review = () =>
    checkedOn('b-don-vi.xlsx', REPORT_DATE, [
      ['RÀ SOÁT NHIỆM VỤ QUÝ III NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Đề xuất'],
      ['I', 'Quý III'],
      [null, 'Tháng 7'],
      [1, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', 'Đề xuất bỏ'],
      [2, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', 'Giữ nguyên'],
    ]);
  const whole = () =>
    analyseWorkbook(
      { sheets: [sheet('Phụ lục II', programme2025([task(1, WORKSHOP, { product: 'Hội thảo', leader: 'Giám đốc Sở' }), task(2, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN')]))] },
      { fileName: 'a-chuong-trinh.xlsx', asOf: REPORT_DATE },
    );

  it.each([
    ['the programme first', () => [whole(), review()]],
    ['the review first', () => [review(), whole()]],
  ])('is not overdue in the consolidated summary either (%s)', (_, files) => {
    const list = files();
    const own = Object.fromEntries(list.map((f) => [f.file, f.summary.overdue.map((o) => o.task)]));
    expect(own['b-don-vi.xlsx']).toEqual(['Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN']);
    const s = combineReports(list, REPORT_DATE, [], defaultDirectory).summary;
    expect([s.taskCount, s.proposals.drop]).toEqual([2, 1]);
    expect(s.overdue.map((o) => o.task)).toEqual(['Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN']);
  });
});

describe('which status a task of several files counts', () => {
  const TASK = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';
  /** A sheet of several units' tasks with statuses (the programme Văn phòng Sở tracks): no unit's own. */
  const whole = (fileName: string, status: string | null) =>
    unitFile(fileName, 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', [
      [null, 'Tháng 7'],
      [1, TASK, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', status],
      [2, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
      [3, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
  /** Phòng QLKH&ĐMST's own sheet: it leads every task. */
  const own = (fileName: string, status: string | null) =>
    unitFile(fileName, 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG QLKH&ĐMST', [
      [null, 'Tháng 7'],
      [1, TASK, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', status],
      [2, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
  /** The shared task as counted, whichever of the two orders the files come in. */
  const counted = (a: FileReport, b: FileReport) => {
    const [one, two] = [[a, b], [b, a]].map((files) => combineReports(files, AS_OF, [], defaultDirectory).summary.sharedTasks!.find((t) => t.task === TASK)!);
    expect([two.status, two.statusRule]).toEqual([one.status, one.statusRule]);
    return [one.status, one.statusRule ?? null, one.copies.filter((c) => c.counted).map((c) => c.file)];
  };

  it('is the lead unit\'s own file\'s, more or less advanced than the others\'', () => {
    expect(counted(whole('a.xlsx', 'Hoàn thành'), own('z.xlsx', 'Đang thực hiện'))).toEqual(['Đang thực hiện', 'lead-unit', ['z.xlsx']]);
    expect(counted(whole('a.xlsx', 'Chưa thực hiện'), own('z.xlsx', 'Hoàn thành'))).toEqual(['Hoàn thành', 'lead-unit', ['z.xlsx']]);
  });

  it('is never a copy\'s with none: the lead unit\'s file writing none leaves the others\'', () => {
    expect(counted(whole('a.xlsx', 'Hoàn thành'), own('z.xlsx', null))).toEqual(['Hoàn thành', null, ['a.xlsx']]);
  });

  it('with no copy of the lead unit\'s own, or several, is the least advanced written', () => {
    expect(counted(whole('a.xlsx', 'Hoàn thành'), whole('z.xlsx', 'Chưa thực hiện'))).toEqual(['Chưa thực hiện', 'least-advanced', ['z.xlsx']]);
    expect(counted(own('a.xlsx', 'Hoàn thành'), own('z.xlsx', 'Đang thực hiện'))).toEqual(['Đang thực hiện', 'lead-units-least', ['z.xlsx']]);
  });

  it('ranks a proposal below not begun, and a status it cannot read below done only', () => {
    expect(counted(whole('a.xlsx', 'Đề nghị điều chỉnh sang Quý IV'), whole('z.xlsx', 'Chưa thực hiện'))[0]).toBe('Đề nghị điều chỉnh sang Quý IV');
    expect(counted(whole('a.xlsx', 'Đang thực hiện'), whole('z.xlsx', 'Đề xuất bỏ'))[0]).toBe('Đề xuất bỏ');
    expect(counted(whole('a.xlsx', 'Hoàn thành'), whole('z.xlsx', 'Đã trình UBND tỉnh'))[0]).toBe('Đã trình UBND tỉnh');
    expect(counted(whole('a.xlsx', 'Đang thực hiện'), whole('z.xlsx', 'Đã trình UBND tỉnh'))[0]).toBe('Đang thực hiện');
  });
});

describe('a unit\'s sheet by quarter only, its task in two months of other files', () => {
  const TASK = 'Kiểm tra công tác văn thư lưu trữ';
  const monthFile = (fileName: string, month: number, other: string) =>
    unitFile(fileName, 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', [
      [null, `Tháng ${month}`],
      [1, TASK, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', null],
      [2, other, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'Giám đốc Sở', null],
    ]);
  const july = () => monthFile('a-thang-7.xlsx', 7, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN');
  const august = () => monthFile('b-thang-8.xlsx', 8, 'Cập nhật cơ sở dữ liệu viễn thông');
  const office = () => unitFile('vp.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA VĂN PHÒNG SỞ', [[1, TASK, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành']]);

  it('is counted with the earliest month\'s, whatever the order of the files: the other month\'s stays overdue', () => {
    for (const files of [[july(), august(), office()], [august(), july(), office()]]) {
      const s = combineReports(files, AS_OF, [], defaultDirectory).summary;
      expect(s.sharedTasks!.map((t) => [t.month, t.status, t.copies.map((c) => c.file).sort()])).toEqual([[7, 'Hoàn thành', ['a-thang-7.xlsx', 'vp.xlsx']]]);
      expect(s.overdue.filter((o) => o.task === TASK).map((o) => o.file)).toEqual(['b-thang-8.xlsx']);
    }
  });
});

describe('the words shown for a task in several files', () => {
  it('are those of the copy that writes them most fully (with their accents), whatever the files\' order', () => {
    const HEADER = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'];
    const file = (name: string, text: string) =>
      analyse([sheet('BC', [['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], HEADER, ['I', 'Quý III'], [1, text, 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan', '30/9/2025', 'Đang thực hiện']])], { fileName: name });
    // Typed without accents in one unit's sheet; overdue on the report date.
    const bare = file('a.xlsx', 'Xay dung ke hoach kiem tra do luong');
    const full = file('b.xlsx', 'Xây dựng kế hoạch kiểm tra đo lường');
    for (const files of [[bare, full], [full, bare]]) {
      const s = combineReports(files, AS_OF, [], defaultDirectory).summary;
      expect(s.sharedTasks!.map((t) => t.task)).toEqual(['Xây dựng kế hoạch kiểm tra đo lường']);
      expect(s.overdue.map((t) => t.task)).toEqual(['Xây dựng kế hoạch kiểm tra đo lường']);
    }
  });
});
