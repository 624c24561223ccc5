/**
 * Work outside the programme in a unit's report ("II | NHIỆM VỤ PHÁT SINH", "Công việc phát sinh"):
 * still checked as tasks, counted apart from the programme's quarters, months and all-year tasks.
 */
import type { CellValue, FileReport, Summary } from '../../../src/engine';
import { summarySchema } from '../../../src/engine/report';
import { combineReports } from '../../../src/engine';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { analyse as analyseSheets, sheet } from '../../helpers/grid';

const analyse = (rows: CellValue[][]): FileReport => analyseSheets([sheet('BC', rows)], { fileName: 'x.xlsx' });
const TITLE = ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'];
const HEADER = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'];
const task = (n: CellValue, text: string, product = 'Báo cáo'): CellValue[] => [n, text, 'Văn phòng Sở', product, 'PGĐ Sở Mai Thoan', '30/9/2025', 'Hoàn thành'];

describe('tasks arising outside the programme', () => {
  it.each([['II', 'NHIỆM VỤ PHÁT SINH'], [null, 'Nhiệm vụ phát sinh ngoài chương trình'], ['B', 'CÔNG VIỆC PHÁT SINH']])('under "%s | %s" are counted apart, not in the quarter', (n, title) => {
    const r = analyse([TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [n, title], task(1, 'Tham mưu văn bản đột xuất C'), task(2, 'Kiểm tra đột xuất D', '')]);
    expect(r.tasks.map((t) => [t.stt, t.arising ?? false])).toEqual([['1', false], ['2', false], ['1', true], ['2', true]]);
    expect(r.summary).toMatchObject({ taskCount: 4, byQuarter: { '3': 2 }, allYear: 0, arising: 2 });
    expect(r.summary.byQuarterAndUnit).toEqual({ '3': { 'Văn phòng Sở': 2 } });
    // Still checked as tasks: the missing product is found.
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['missing-product D8']);
  });

  it.each(['Công việc phát sinh (3 nhiệm vụ)', 'Nhiệm vụ phát sinh: 3 nhiệm vụ', 'NHIỆM VỤ PHÁT SINH (3 nhiệm vụ)'])('"%s" with no marker has its count checked against its arising tasks, as with one', (title) => {
    const rows = (declared: string): CellValue[][] => [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [null, declared], task(1, 'Tham mưu văn bản đột xuất C'), task(2, 'Kiểm tra đột xuất D')];
    const wrong = analyse(rows(title));
    expect(wrong.tasks.map((t) => [t.stt, t.task, t.arising ?? false])).toEqual([['1', 'Xây dựng kế hoạch A', false], ['2', 'Tổ chức hội thảo B', false], ['1', 'Tham mưu văn bản đột xuất C', true], ['2', 'Kiểm tra đột xuất D', true]]);
    expect(wrong.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([['declared-count-mismatch', 'B6', expect.stringMatching(/ghi 3 nhiệm vụ nhưng bảng có 2/)]]);
    expect(analyse(rows(title.replace('3', '2'))).findings).toEqual([]);
  });

  it('a total naming the quarter ("Tổng cộng Quý III: 2") counts its programme tasks only', () => {
    const r = analyse([TITLE, HEADER, ['I', 'Quý III'], task(1, 'Kế hoạch A'), task(2, 'Hội thảo B'), [null, 'Công việc phát sinh'], task(1, 'Văn bản đột xuất'), [null, 'Tổng cộng Quý III: 2 nhiệm vụ']]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Tổng cộng', 2, 2]]);
    expect(r.findings.map((f) => f.code)).toEqual([]);
  });

  it('the quarter after them is the programme\'s again; a plan with none has no `arising`', () => {
    const r = analyse([TITLE, HEADER, ['I', 'NHIỆM VỤ PHÁT SINH'], task(1, 'Văn bản đột xuất'), ['II', 'Quý IV'], task(1, 'Tổng kết năm')]);
    expect(r.tasks.map((t) => [t.quarter, t.arising ?? false])).toEqual([[3, true], [4, false]]);
    expect(r.summary).toMatchObject({ byQuarter: { '4': 1 }, allYear: 0, arising: 1 });
    const plain = analyse([TITLE, HEADER, ['I', 'Quý III'], task(1, 'Xây dựng kế hoạch A')]);
    expect('arising' in plain.summary).toBe(false);
  });

  it('"Tổng hợp" lists them on a line of their own and in a column of the quarter table that adds up', () => {
    const r = analyse([TITLE, HEADER, ['I', 'Quý III'], task(1, 'Xây dựng kế hoạch A'), ['II', 'NHIỆM VỤ PHÁT SINH'], task(1, 'Văn bản đột xuất')]);
    const layout = summaryLayout(combineReports([r], '2025-10-15'), { asOf: '2025-10-15' });
    const overview = layout.blocks.find((b) => b.id === 'overview')!;
    expect(overview.rows.find((row) => String(row[1]).startsWith('Nhiệm vụ phát sinh'))?.[2]).toBe(1);
    const matrix = layout.blocks.find((b) => b.id === 'quarter-unit')!;
    expect(matrix.columns).toEqual(['TT', 'Đơn vị chủ trì', 'Quý III', 'Phát sinh', 'Tổng cộng']);
    expect(matrix.rows).toEqual([[1, 'Văn phòng Sở', 1, 1, 2], [null, 'Tổng số nhiệm vụ', 1, 1, 2]]);
  });

  it('"Tổng hợp": the status by quarter has a "Phát sinh" row and a total that match the status table; the lists mark them', () => {
    const late = (n: CellValue, text: string, status: string): CellValue[] => [n, text, 'Văn phòng Sở', '', 'PGĐ Sở Mai Thoan', '15/8/2025', status];
    const r = analyse([
      TITLE, HEADER, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Tháng 8'],
      task(1, 'Kế hoạch A'), task(2, 'Hội thảo B'), task(3, 'Báo cáo C'), late(4, 'Kiểm tra D', 'Đang thực hiện'),
      [null, 'Công việc phát sinh'], late(1, 'Văn bản đột xuất E', 'Đang thực hiện'), task(2, 'Họp đột xuất F'),
    ]);
    expect(r.summary.arisingByStatus).toEqual({ 'Hoàn thành': 1, 'Đang thực hiện': 1 });
    expect(r.summary.overdue.map((o) => [o.stt, o.arising ?? false])).toEqual([['4', false], ['1', true]]);
    const layout = summaryLayout(combineReports([r], '2025-10-15'), { asOf: '2025-10-15' });
    const block = (id: string) => layout.blocks.find((b) => b.id === id)!;
    const byQuarter = block('status-quarter');
    expect(byQuarter.columns).toEqual(['TT', 'Quý', 'Đang thực hiện', 'Hoàn thành', 'Tổng cộng']);
    expect(byQuarter.rows).toEqual([[1, 'Quý III', 1, 3, 4], [2, 'Phát sinh', 1, 1, 2], [null, 'Tổng cộng', 2, 4, 6]]);
    expect(byQuarter.totals).toBe(true);
    expect(block('status').rows.at(-1)).toEqual([null, 'Tổng cộng', 6, 100]);
    // The months' total is short of the tasks by the arising ones, and says so.
    expect(block('month').rows.at(-1)).toEqual([null, 'Tổng cộng', 4]);
    expect(block('month').note).toBe('Không tính 2 nhiệm vụ phát sinh ngoài chương trình.');
    // The quarter column of each list says which tasks are outside the programme.
    const quarterOf = (id: string) => {
      const b = block(id);
      return b.rows.map((row) => [row[b.columns.indexOf('STT')], row[b.columns.indexOf('Quý')]]);
    };
    expect(quarterOf('overdue')).toEqual([['4', 'Quý III'], ['1', 'Quý III (phát sinh)']]);
    expect(quarterOf('missing')).toEqual([['4', 'Quý III'], ['1', 'Quý III (phát sinh)']]);
  });

  it('after a Roman part row, an arising task of no quarter is listed as "Phát sinh"', () => {
    const r = analyse([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'NHIỆM VỤ TRỌNG TÂM'], task(1, 'Kế hoạch A'), ['II', 'NHIỆM VỤ PHÁT SINH'], [1, 'Văn bản đột xuất', 'Văn phòng Sở', '', 'PGĐ Sở Mai Thoan', '', 'Hoàn thành']]);
    expect(r.tasks.map((t) => [t.quarter, t.arising ?? false])).toEqual([[null, false], [null, true]]);
    const layout = summaryLayout(combineReports([r], '2025-10-15'), { asOf: '2025-10-15' });
    const missing = layout.blocks.find((b) => b.id === 'missing')!;
    expect(missing.rows.map((row) => [row[1], row[missing.columns.indexOf('Quý')]])).toEqual([['Văn bản đột xuất', 'Phát sinh']]);
    const byQuarter = layout.blocks.find((b) => b.id === 'status-quarter')!;
    expect(byQuarter.rows.map((row) => [row[1], row.at(-1)])).toEqual([['Cả năm', 1], ['Phát sinh', 1], ['Tổng cộng', 2]]);
  });

  it('the consolidated summary of two units adds up their arising tasks by status', () => {
    const unit = (lead: string) => analyseSheets([sheet('BC', [TITLE, HEADER, ['I', 'Quý III'], [1, `Kế hoạch ${lead}`, lead, 'Báo cáo', 'PGĐ Sở Mai Thoan', '30/9/2025', 'Hoàn thành'], [null, 'Công việc phát sinh'], [1, `Văn bản ${lead}`, lead, 'Báo cáo', 'PGĐ Sở Mai Thoan', '30/9/2025', 'Hoàn thành']])], { fileName: `${lead}.xlsx` });
    const report = combineReports([unit('Văn phòng Sở'), unit('Thanh tra Sở')], '2025-10-15');
    expect(report.summary).toMatchObject({ taskCount: 4, arising: 2, arisingByStatus: { 'Hoàn thành': 2 } });
    const byQuarter = summaryLayout(report, { asOf: '2025-10-15' }).blocks.find((b) => b.id === 'status-quarter')!;
    expect(byQuarter.rows).toEqual([[1, 'Quý III', 2, 2], [2, 'Phát sinh', 2, 2], [null, 'Tổng cộng', 4, 4]]);
  });

  it('are counted by lead unit (`arisingByUnit`): with the quarters and the year each unit adds up to its total, in a consolidated summary too, a task in two files once', () => {
    const row = (n: CellValue, text: string, lead: string): CellValue[] => [n, text, lead, 'Báo cáo', 'PGĐ Sở Mai Thoan', '30/9/2025', 'Hoàn thành'];
    const unit = (lead: string, arising: CellValue[][]) => analyseSheets([sheet('BC', [TITLE, HEADER, ['I', 'Quý III'], row(1, `Kế hoạch ${lead}`, lead), [null, 'Công việc phát sinh'], ...arising])], { fileName: `${lead}.xlsx` });
    const vp = unit('Văn phòng Sở', [row(1, 'Văn bản đột xuất chung', 'Văn phòng Sở; Thanh tra Sở'), row(2, 'Văn bản riêng', 'Văn phòng Sở')]);
    expect(vp.summary.arisingByUnit).toEqual({ 'Văn phòng Sở': 2, 'Thanh tra Sở': 1 });
    const addsUp = (s: Summary) => Object.entries(s.byLeadUnit).map(([u, n]) => Object.values(s.byQuarterAndUnit).reduce((m, byUnit) => m + (byUnit[u] ?? 0), 0) + (s.arisingByUnit?.[u] ?? 0) - n);
    expect(addsUp(vp.summary)).toEqual([0, 0]);
    expect(summarySchema.parse(vp.summary).arisingByUnit).toEqual(vp.summary.arisingByUnit);
    expect('arisingByUnit' in analyse([TITLE, HEADER, ['I', 'Quý III'], task(1, 'Kế hoạch A')]).summary).toBe(false);

    // Thanh tra Sở's own file has the shared task too: counted once.
    const tt = unit('Thanh tra Sở', [row(1, 'Văn bản đột xuất chung', 'Văn phòng Sở; Thanh tra Sở')]);
    const report = combineReports([vp, tt], '2025-10-15');
    expect(report.summary.sharedTasks).toHaveLength(1);
    expect(report.summary).toMatchObject({ arising: 2, arisingByUnit: { 'Văn phòng Sở': 2, 'Thanh tra Sở': 1 } });
    expect(addsUp(report.summary)).toEqual([0, 0]);
  });
  it('a task arising in one file and in the programme of another counts as a programme task, whatever the files\' order', () => {
    const row = (n: CellValue, text: string, status = 'Hoàn thành'): CellValue[] => [n, text, 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan', '30/9/2025', status];
    const file = (name: string, rows: CellValue[][]) => analyseSheets([sheet('BC', [TITLE, HEADER, ['I', 'Quý III'], ...rows])], { fileName: name });
    // Reported as arising by the unit, though the programme lists it in Quý III; still under way after its deadline.
    const unitReport = file('vp.xlsx', [row(1, 'Kế hoạch A'), [null, 'Công việc phát sinh'], row(1, 'Văn bản chung', 'Đang thực hiện')]);
    const plan = file('ct.xlsx', [row(1, 'Kế hoạch B'), row(2, 'Văn bản chung', 'Đang thực hiện')]);
    expect(unitReport.summary.arising).toBe(1);
    for (const files of [[unitReport, plan], [plan, unitReport]]) {
      const s = combineReports(files, '2025-10-15').summary;
      expect(s.sharedTasks).toHaveLength(1);
      expect(s).toMatchObject({ taskCount: 3, byQuarter: { '3': 3 } });
      expect(s.arising).toBeUndefined();
      expect(s.overdue.map((o) => [o.task, o.arising ?? false])).toEqual([['Văn bản chung', false]]);
    }
  });
});
