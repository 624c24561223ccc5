/**
 * What Văn phòng Sở copies into the quarterly report (seed 004) from "Tổng hợp": tasks per quarter
 * each counted once, done or not per quarter and per unit, who owes what is overdue, and every
 * proposal to drop, whether written as a proposal or as a status.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyseWorkbook, combineReports, reportSchema } from '../../../src/engine';
import { mergeTracker, trackerMergeOptions } from '../../../src/engine/track';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { analyse as analyseSheets, sheet } from '../../helpers/grid';
import { AS_OF } from '../../helpers/fixtures';

const HEADER = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng'];
const row = (n: number, lead: string, status: CellValue, due = '31/7/2025'): CellValue[] => [n, `Nhiệm vụ số ${n} của quý`, lead, 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', due, status];
const programme = (rows: CellValue[][]): FileReport =>
  analyseSheets([sheet('PL', [['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], HEADER, ['I', 'Quý III'], ...rows.slice(0, 3), ['II', 'Quý IV'], ...rows.slice(3)])], { fileName: 'x.xlsx' });
const block = (r: FileReport, id: string) => summaryLayout(combineReports([r], AS_OF), { asOf: AS_OF }).blocks.find((b) => b.id === id)!;

const report = programme([
  row(1, 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS', 'Hoàn thành'),
  row(2, 'Phòng QLKH&ĐMST', 'Đang thực hiện'),
  row(3, 'Phòng KH-CN', 'Đề xuất bỏ'),
  row(1, 'Phòng BCVT&CĐS', null, '31/10/2025'),
]);

it('counts each task once in the quarter totals, though a task of two units is in both units\' rows', () => {
  const m = block(report, 'quarter-unit');
  expect(m.rows[m.rows.length - 1]).toEqual([null, 'Tổng số nhiệm vụ', 3, 1, 4]);
  expect(m.rows.slice(0, -1).reduce((n, r) => n + (r[r.length - 1] as number), 0)).toBe(5);
});

it('gives the status per quarter and per lead unit; an outdated unit counts for the unit it became', () => {
  const q = block(report, 'status-quarter');
  expect(q.columns).toEqual(['TT', 'Quý', 'Đang thực hiện', 'Hoàn thành', 'Đề xuất bỏ', 'Chưa cập nhật trạng thái', 'Tổng cộng']);
  expect(q.rows).toEqual([
    [1, 'Quý III', 1, 1, 1, 0, 3],
    [2, 'Quý IV', 0, 0, 0, 1, 1],
    [null, 'Tổng cộng', 1, 1, 1, 1, 4],
  ]);
  expect(q.totals).toBe(true);
  expect(block(report, 'status-unit').rows).toEqual([
    [1, 'Phòng QLKH&ĐMST', 1, 1, 1, 0, 3],
    [2, 'Phòng BCVT&CĐS', 0, 1, 0, 1, 2],
  ]);
  expect(report.tasks[2]!.leadUnits).toEqual(['Phòng QLKH&ĐMST']);
  expect(report.findings.filter((f) => f.code === 'outdated-unit').map((f) => f.row)).toEqual([6]);
});

it('groups the statuses not in the list under one "Khác" column per quarter and per unit, each still counted on its own line', () => {
  const odd = ['Đã có kết quả', 'Chờ kinh phí', 'x', 'Đạt'];
  const r = programme([row(1, 'Phòng QLKH&ĐMST', 'Hoàn thành'), row(2, 'Phòng QLKH&ĐMST', odd[0]), row(3, 'Phòng BCVT&CĐS', odd[1]), row(1, 'Phòng BCVT&CĐS', odd[2], '31/10/2025'), row(2, 'Phòng QLKH&ĐMST', odd[3], '31/10/2025'), row(3, 'Phòng QLKH&ĐMST', null, '31/10/2025')]);
  const q = block(r, 'status-quarter');
  expect(q.columns).toEqual(['TT', 'Quý', 'Hoàn thành', 'Khác', 'Chưa cập nhật trạng thái', 'Tổng cộng']);
  expect(q.rows).toEqual([
    [1, 'Quý III', 1, 2, 0, 3],
    [2, 'Quý IV', 0, 2, 1, 3],
    [null, 'Tổng cộng', 1, 4, 1, 6],
  ]);
  const u = block(r, 'status-unit');
  expect([u.columns, u.rows]).toEqual([
    ['TT', 'Đơn vị chủ trì', 'Hoàn thành', 'Khác', 'Chưa cập nhật trạng thái', 'Tổng cộng'],
    [
      [1, 'Phòng QLKH&ĐMST', 1, 2, 1, 4],
      [2, 'Phòng BCVT&CĐS', 0, 2, 0, 2],
    ],
  ]);
  expect([q.note, u.note]).toEqual([expect.stringContaining('"Khác"'), expect.stringContaining('"Khác"')]);
  // The list by status names each as written; the JSON counts are unchanged.
  expect(block(r, 'status').rows.map((x) => x[1])).toEqual(['Hoàn thành', ...[...odd].sort((a, b) => a.localeCompare(b, 'vi')), 'Chưa cập nhật trạng thái', 'Tổng cộng']);
  expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Đã có kết quả': 1, 'Chờ kinh phí': 1, x: 1, 'Đạt': 1, 'Chưa cập nhật': 1 });
});

it('lists a task whose status is "Đề xuất bỏ" among the proposals to drop, and not as overdue; the overdue list says who directs it and what the unit wrote', () => {
  expect([report.summary.proposals.drop, report.summary.byStatus['Đề xuất bỏ']]).toEqual([1, 1]);
  expect(report.proposals.map((p) => [p.row, p.kind, p.proposal])).toEqual([[6, 'drop', 'Đề xuất bỏ']]);
  expect(report.summary.overdue.map((o) => [o.row, o.status, o.leaders])).toEqual([
    [5, 'Đang thực hiện', ['PGĐ Sở Phan Văn Hiếu']],
    [8, null, ['PGĐ Sở Phan Văn Hiếu']],
  ]);
  expect(block(report, 'overdue').rows[0]!.slice(1, 8)).toEqual(['Nhiệm vụ số 2 của quý', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '2', 'Quý III', 'Đang thực hiện', '31/07/2025']);
});

it('counts names that are also names of object properties ("constructor", "__proto__") like any other', () => {
  const odd = programme([row(1, 'constructor', 'Hoàn thành'), row(2, '__proto__', 'constructor'), row(3, 'Phòng QLKH&ĐMST', null)]);
  expect(Object.entries(odd.summary.byLeadUnit)).toEqual([['constructor', 1], ['__proto__', 1], ['Phòng QLKH&ĐMST', 1]]);
  expect(odd.summary.byStatus).toEqual({ 'Hoàn thành': 1, constructor: 1, 'Chưa cập nhật': 1 });
  // Two units' files: each file's counts added up.
  const other = { ...odd, file: 'y.xlsx', tasks: odd.tasks.map((t) => ({ ...t, task: `${t.task} của đơn vị khác` })) };
  const both = combineReports([odd, other], AS_OF).summary;
  expect(Object.entries(both.byLeadUnit)).toEqual([['constructor', 2], ['__proto__', 2], ['Phòng QLKH&ĐMST', 2]]);
  expect(Object.entries(both.byLeadUnitAndStatus!['__proto__'])).toEqual([['constructor', 2]]);
  // The same file twice: its tasks are in both, each counted once.
  const twice = combineReports([odd, { ...odd, file: 'x-ban-sao.xlsx' }], AS_OF).summary;
  expect(twice.sharedTasks).toHaveLength(3);
  expect(Object.entries(twice.byLeadUnit)).toEqual([['constructor', 1], ['__proto__', 1], ['Phòng QLKH&ĐMST', 1]]);
  expect(Object.entries(twice.byLeadUnitAndStatus!['__proto__'])).toEqual([['constructor', 1]]);
  expect(twice.byStatus).toEqual({ 'Hoàn thành': 1, constructor: 1, 'Chưa cập nhật': 1 });
});

describe('a workbook keeping the 2024 and the 2025 programme, one sheet each', () => {
  const yearSheet = (year: number, unit: string) =>
    sheet(`CTCT ${year}`, [
      [`CHƯƠNG TRÌNH CÔNG TÁC NĂM ${year} CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ`],
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'],
      ['I', 'Quý IV (2 nhiệm vụ)'],
      [1, `Tổng kết công tác năm ${year}`, unit, 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo'],
      [2, `Xây dựng chương trình công tác năm ${year + 1}`, unit, 'PGĐ Sở Phan Văn Hiếu', 'Chương trình'],
    ]);
  const asOf = '2025-06-15';
  const r = analyseWorkbook({ sheets: [yearSheet(2024, 'Phòng HCTH'), yearSheet(2025, 'Văn phòng Sở')] }, { fileName: 'hai-nam.xlsx', asOf });

  it('has each sheet\'s tasks due in its own year: in June 2025 only the 2024 ones are overdue', () => {
    expect(r.sheetYears).toEqual({ 'CTCT 2024': 2024, 'CTCT 2025': 2025 });
    expect(r.summary.overdue.map((o) => [o.sheet, o.due])).toEqual([
      ['CTCT 2024', '2024-12-31'],
      ['CTCT 2024', '2024-12-31'],
    ]);
  });

  it('"Theo dõi" marks the same tasks overdue, each due in its sheet\'s year', () => {
    const rows = mergeTracker(r.tasks, [], asOf, trackerMergeOptions(r)).rows;
    expect(rows.map((row) => [row.source.sheet, row.due, row.overdue])).toEqual([
      ['CTCT 2024', '2024-12-31', true],
      ['CTCT 2024', '2024-12-31', true],
      ['CTCT 2025', '2025-12-31', false],
      ['CTCT 2025', '2025-12-31', false],
    ]);
  });

  it('gives each task its year where its sheet\'s differs from the file\'s (null is the file\'s), whichever sheet comes first', () => {
    for (const [first, second] of [[2024, 2025], [2025, 2024]]) {
      const both = analyseWorkbook({ sheets: [yearSheet(first, first === 2024 ? 'Phòng HCTH' : 'Văn phòng Sở'), yearSheet(second, second === 2024 ? 'Phòng HCTH' : 'Văn phòng Sở')] }, { fileName: 'hai-nam.xlsx', asOf });
      expect([both.year, both.tasks.map((t) => [t.sheet, t.year])]).toEqual([first, [[`CTCT ${first}`, null], [`CTCT ${first}`, null], [`CTCT ${second}`, second], [`CTCT ${second}`, second]]]);
      expect(reportSchema.parse(combineReports([both], asOf)).files[0].tasks.map((t) => t.year ?? both.year)).toEqual([first, first, second, second]);
    }
  });

  it('"Tổng hợp" is titled with both years, not the first sheet\'s', () => {
    expect(summaryLayout(combineReports([r], asOf), { asOf }).title).toBe('TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024–2025');
    expect(summaryLayout(combineReports([analyseWorkbook({ sheets: [yearSheet(2025, 'Văn phòng Sở')] }, { fileName: 'a.xlsx', asOf })], asOf), { asOf }).title).toBe(
      'TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025',
    );
  });
});

it('counts all-year tasks per unit under "0" in byQuarterAndUnit, as byQuarterAndStatus does, and "Tổng hợp" shows them as "Cả năm"', () => {
  const r = analyseSheets(
    [
      sheet('PL', [
        ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
        HEADER,
        ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'],
        [1, 'Theo dõi tình hình đổi mới sáng tạo', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', null, null],
        [2, 'Tham mưu công tác chuyển đổi số', 'Phòng BCVT&CĐS; Phòng QLKH&ĐMST', 'PGĐ Sở Nguyễn Quốc Huy Hoàng', 'Báo cáo', null, null],
        ['II', 'Quý III'],
        row(1, 'Phòng QLKH&ĐMST', 'Hoàn thành'),
      ]),
    ],
    { fileName: 'x.xlsx' },
  );
  expect(r.summary.allYear).toBe(2);
  expect(r.summary.byQuarterAndUnit).toEqual({ '0': { 'Phòng QLKH&ĐMST': 2, 'Phòng BCVT&CĐS': 1 }, '3': { 'Phòng QLKH&ĐMST': 1 } });
  // Every unit's count, quarter by quarter and all-year, adds up to its total.
  for (const [unit, n] of Object.entries(r.summary.byLeadUnit)) {
    expect(Object.values(r.summary.byQuarterAndUnit).reduce((sum, byUnit) => sum + (byUnit[unit] ?? 0), 0)).toBe(n);
  }
  const m = block(r, 'quarter-unit');
  expect(m.columns).toEqual(['TT', 'Đơn vị chủ trì', 'Quý III', 'Cả năm', 'Tổng cộng']);
  expect(m.rows).toEqual([
    [1, 'Phòng QLKH&ĐMST', 1, 2, 3],
    [2, 'Phòng BCVT&CĐS', 0, 1, 1],
    [null, 'Tổng số nhiệm vụ', 1, 2, 3],
  ]);
  // Two files' all-year tasks add up under "0" too.
  const other = analyseSheets([sheet('PL', [['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], HEADER, ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'], [1, 'Công tác văn thư, lưu trữ', 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', null, null]])], { fileName: 'y.xlsx' });
  expect(combineReports([r, other], AS_OF).summary.byQuarterAndUnit['0']).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Phòng BCVT&CĐS': 1, 'Văn phòng Sở': 1 });
});
