/**
 * The same task on two sheets of one workbook (an old and a new version, the programme and a
 * unit's copy): counted once in the workbook's summary, as a task of several files is in a
 * consolidated one, and said at the later copy's cell; months split over sheets and tasks whose
 * words differ are not merged.
 */
import { analyseWorkbook, CellValue, combineReports, reportSchema, SheetGrid } from '../../../src/engine';
import { defaultDirectory } from '../../../src/engine/directory/load';
import { writeSummaryWorkbook } from '../../../src/xlsx';
import { sheet } from '../../helpers/grid';
import { rowsOf } from '../../helpers/sheet-rows';
import * as ExcelJS from 'exceljs';

const AS_OF = '2025-10-15';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
const PLAN = 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN';
const WORKSHOP = 'Tổ chức Hội thảo đổi mới sáng tạo';
const REVIEW = 'Rà soát thủ tục hành chính năm 2025';

/** A quarter-III sheet: title, header, "Quý III", then month rows ("Tháng 7") and task rows. */
function quarterSheet(name: string, rows: CellValue[][]): SheetGrid {
  return sheet(name, [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], HEADER, ['I', 'Quý III'], ...rows]);
}

const row = (n: number, text: string, lead: string, status: string | null): CellValue[] => [n, text, lead, 'Báo cáo', 'Giám đốc Sở', status];

const analyse = (sheets: SheetGrid[], fileName = 'ban-cu-ban-moi.xlsx') => analyseWorkbook({ sheets }, { fileName, asOf: AS_OF });

const versions = () =>
  analyse([
    quarterSheet('Bản cũ', [
      [null, 'Tháng 7'],
      row(1, PLAN, 'Phòng QLKH&ĐMST', 'Đang thực hiện'),
      row(2, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hoàn thành'),
      row(3, REVIEW, 'Văn phòng Sở', null),
    ]),
    quarterSheet('Bản mới', [
      [null, 'Tháng 7'],
      // Written with other capitals and a full stop: the same words.
      row(1, 'Xây dựng kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN.', 'Phòng QLKH&ĐMST', 'Hoàn thành'),
      row(2, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hoàn thành'),
      // Adjusted words: another task.
      row(3, `${REVIEW} (điều chỉnh)`, 'Văn phòng Sở', null),
    ]),
  ]);

describe('a task on two sheets of one workbook', () => {
  const r = reportSchema.shape.files.element.parse(versions());

  it('is counted once in the summary, the others as they are', () => {
    expect(r.tasks).toHaveLength(6);
    expect(r.summary.taskCount).toBe(4);
    expect(r.summary.byMonth).toEqual({ '7': 4 });
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Văn phòng Sở': 2 });
    // Copies that differ count the least advanced status written, as copies in several files do.
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
    expect(r.summary.overdue.map((o) => [o.sheet, o.row])).toEqual([
      ['Bản cũ', 5],
      ['Bản cũ', 7],
      ['Bản mới', 7],
    ]);
    expect(r.summary.sharedTasks).toBeUndefined();
  });

  it('is said at the later copy, naming the first', () => {
    const found = r.findings.filter((f) => f.code === 'task-on-several-sheets');
    expect(found.map((f) => [f.sheet, f.column + f.row, f.severity])).toEqual([
      ['Bản mới', 'B5', 'info'],
      ['Bản mới', 'B6', 'info'],
    ]);
    expect(found[0].message).toBe('Nhiệm vụ này cũng có ở trang "Bản cũ" dòng 5: tổng hợp tính một lần, tình trạng được tính: "Đang thực hiện".');
    expect(found[1].message).toBe('Nhiệm vụ này cũng có ở trang "Bản cũ" dòng 6: tổng hợp tính một lần.');
    expect(r.summary.findingsBySeverity.info).toBe(2);
  });

  it('counts the status of the unit sheet of the task’s lead unit over the programme’s', () => {
    const own = analyse([
      quarterSheet('Chương trình', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', null), row(2, REVIEW, 'Văn phòng Sở', 'Chưa thực hiện')]),
      quarterSheet('Phòng QLKH', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', 'Hoàn thành'), row(2, WORKSHOP, 'Phòng QLKH&ĐMST', 'Đang thực hiện')]),
    ]);
    expect(own.summary.taskCount).toBe(3);
    expect(own.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa thực hiện': 1, 'Đang thực hiện': 1 });
    expect(own.summary.overdue.map((o) => o.task)).toEqual([REVIEW, WORKSHOP]);
  });

  it('keeps months split over sheets apart, a monthly task of each month its own', () => {
    const bulletin = 'Xuất bản Bản tin khoa học và công nghệ';
    const months = analyse([
      quarterSheet('T7', [[null, 'Tháng 7'], row(1, bulletin, 'Văn phòng Sở', 'Hoàn thành'), row(2, PLAN, 'Phòng QLKH&ĐMST', null)]),
      quarterSheet('T8', [[null, 'Tháng 8'], row(1, bulletin, 'Văn phòng Sở', null), row(2, WORKSHOP, 'Phòng QLKH&ĐMST', null)]),
    ]);
    expect(months.summary.taskCount).toBe(4);
    expect(months.summary.byMonth).toEqual({ '7': 2, '8': 2 });
    expect(months.findings.filter((f) => f.code === 'task-on-several-sheets')).toEqual([]);
  });

  it('keeps sheets named for months apart when their tasks name no month (a quarter title, no month rows)', () => {
    const meeting = 'Tổ chức họp giao ban Sở';
    // Tabs for each month of a quarter, each with the quarter's title: the month is in the tab's name only.
    const tabs = (names: string[], title: CellValue[][]) =>
      analyse(names.map((name, i) => sheet(name, [...title, HEADER, row(1, meeting, 'Văn phòng Sở', i === 0 ? 'Hoàn thành' : null), row(2, `${PLAN} đợt ${i + 1}`, 'Phòng QLKH&ĐMST', null)])));
    for (const months of [tabs(['Tháng 7', 'Tháng 8', 'Tháng 9'], [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025']]), tabs(['T7', 'T8'], [])]) {
      expect(months.summary.taskCount).toBe(months.tasks.length);
      expect(months.findings.filter((f) => f.code === 'task-on-several-sheets')).toEqual([]);
    }
  });

  it('is counted once in a consolidated run with another file holding it too', () => {
    const unit = analyse([quarterSheet('Quý III', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', 'Hoàn thành'), row(2, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hoàn thành')])], 'qlkh.xlsx');
    const s = combineReports([versions(), unit], AS_OF, [], defaultDirectory).summary;
    expect(s.taskCount).toBe(4);
    // The unit's own file gives the status of its tasks.
    expect(s.byStatus).toEqual({ 'Hoàn thành': 2, 'Chưa cập nhật': 2 });
    expect(s.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Văn phòng Sở': 2 });
    expect(s.sharedTasks!.map((t) => t.copies.map((c) => [c.file, c.sheet, c.row]))).toEqual([
      [
        ['ban-cu-ban-moi.xlsx', 'Bản cũ', 5],
        ['qlkh.xlsx', 'Quý III', 5],
      ],
      [
        ['ban-cu-ban-moi.xlsx', 'Bản cũ', 6],
        ['qlkh.xlsx', 'Quý III', 6],
      ],
    ]);
  });

  it('counts a consolidated run’s statuses from the copy the workbook counts, whichever sheet comes first', () => {
    const workbook = analyse([
      quarterSheet('Bản cũ', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', 'Hoàn thành'), row(2, REVIEW, 'Văn phòng Sở', 'Hoàn thành')]),
      quarterSheet('Bản mới', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', 'Chưa thực hiện'), row(2, REVIEW, 'Văn phòng Sở', 'Hoàn thành')]),
    ]);
    // No unit's own workbook: the least advanced status.
    expect(workbook.summary.byStatus).toEqual({ 'Chưa thực hiện': 1, 'Hoàn thành': 1 });
    const unit = analyse([quarterSheet('Quý III', [[null, 'Tháng 7'], row(1, PLAN, 'Phòng QLKH&ĐMST', 'Đang thực hiện')])], 'qlkh.xlsx');
    const s = combineReports([workbook, unit], AS_OF, [], defaultDirectory).summary;
    // The unit's own file gives the status of its task.
    expect(s.taskCount).toBe(2);
    expect(s.byStatus).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1 });
    expect(s.byQuarterAndStatus).toEqual({ '3': { 'Đang thực hiện': 1, 'Hoàn thành': 1 } });
  });

  it('is one counted row of the task list of tong-hop.xlsx, the other copies naming it in "Tính chung với"', async () => {
    const single = analyse([quarterSheet('Quý III', [[null, 'Tháng 7'], row(1, REVIEW, 'Văn phòng Sở', 'Hoàn thành')])], 'vp.xlsx');
    const report = combineReports([versions(), single], AS_OF, [], defaultDirectory);
    expect(report.summary.taskCount).toBe(4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeSummaryWorkbook(report, { asOf: AS_OF, directory: defaultDirectory })) as unknown as ExcelJS.Buffer);
    const [header, ...rows] = rowsOf(wb.getWorksheet('Danh sách nhiệm vụ')!);
    const at = (name: string) => header.indexOf(name);
    expect(rows.map((r) => [r[at('Trang')], r[at('Dòng')], r[at('Tính chung với')] ?? null])).toEqual([
      ['Bản cũ', 5, null],
      ['Bản cũ', 6, null],
      // Another file's task of the same words and unit: one task.
      ['Bản cũ', 7, 'vp.xlsx, Quý III, dòng 5'],
      ['Bản mới', 5, 'ban-cu-ban-moi.xlsx, Bản cũ, dòng 5'],
      ['Bản mới', 6, 'ban-cu-ban-moi.xlsx, Bản cũ, dòng 6'],
      ['Bản mới', 7, null],
      ['Quý III', 5, null],
    ]);
    // The counted rows are "Tổng hợp"'s tasks, with the statuses it counts.
    const counted = rows.filter((r) => !r[at('Tính chung với')]);
    expect(counted).toHaveLength(report.summary.taskCount);
    expect(counted.map((r) => r[at('Tình trạng trong Tổng hợp')] ?? null)).toEqual(['Đang thực hiện', 'Hoàn thành', 'Chưa cập nhật', 'Hoàn thành']);
  });
});
