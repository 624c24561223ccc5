/**
 * Statuses ticked, not written: "Tình hình thực hiện" (or "Tiến độ", "Kết quả thực hiện") over
 * "Hoàn thành | Đang thực hiện | Chưa thực hiện", an "x" under the one that applies; or those
 * three headers on one row with no group cell over them.
 */
import { analyseWorkbook, type CellValue, type FileReport } from '../../../src/engine';
import { sheet } from '../../helpers/grid';

const TITLE = 'PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025';
const TICKS = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

/** Tasks due 15/8/2025, one per row of marks (under Hoàn thành, Đang thực hiện, Chưa thực hiện). */
function rowsOf(marks: CellValue[][]): CellValue[][] {
  return marks.map((m, i) => [i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '15/8/2025', ...m]);
}

/** Two-row header: the group cell merged over the three sub-columns (G..I), the others merged down. */
function grouped(group: string, marks: CellValue[][]): FileReport {
  const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', group, null, null];
  const sub = [null, null, null, null, null, null, ...TICKS];
  const merges = ['G2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3'];
  const rows = [[TITLE], header, sub, ['I', `Quý III (${marks.length} nhiệm vụ)`], ...rowsOf(marks)];
  return analyseWorkbook({ sheets: [sheet('PL', rows, { merges })] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
}

function oneRow(marks: CellValue[][]): FileReport {
  const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', ...TICKS];
  const rows = [[TITLE], header, ['I', `Quý III (${marks.length} nhiệm vụ)`], ...rowsOf(marks)];
  return analyseWorkbook({ sheets: [sheet('PL', rows)] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
}

const unknown = (r: FileReport) => r.findings.filter((f) => f.code === 'unknown-status').map((f) => [f.row, f.column]);

describe('statuses ticked in one column per status', () => {
  it.each(['Tình hình thực hiện', 'Tiến độ', 'Kết quả thực hiện'])('reads the sub-column holding the mark under "%s" as the status', (group) => {
    const r = grouped(group, [['x', null, null], [null, 'X', null], [null, null, '✓'], ['v', null, null], [1, null, null]]);
    expect(unknown(r)).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Hoàn thành', 'Hoàn thành']);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 3, 'Đang thực hiện': 1, 'Chưa thực hiện': 1 });
    // Due 15/8/2025: the two open ones are overdue on 15/10/2025.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 7]);
  });

  it('reads the row under a one-row header as its second when the group cell is merged across the ticks only', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình hình thực hiện', null, null];
    const sub = [null, null, null, null, null, null, ...TICKS];
    const rows = [[TITLE], header, sub, ['I', 'Quý III (2 nhiệm vụ)'], ...rowsOf([[null, null, 'x'], ['x', null, null]])];
    const r = analyseWorkbook({ sheets: [sheet('PL', rows, { merges: ['G2:I2'] })] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
    expect(unknown(r)).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(['Chưa thực hiện', 'Hoàn thành']);
  });

  it('reads the same three headers on one row, with no group cell over them', () => {
    const r = oneRow([[null, 'x', null], ['x', null, null], [null, null, null]]);
    expect(unknown(r)).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(['Đang thực hiện', 'Hoàn thành', null]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 6]);
  });

  it('reports two marks in one row, and a mark that is no tick, at the marked cell', () => {
    const r = grouped('Tình hình thực hiện', [['x', 'x', null], [null, 'đang làm hồ sơ', null], [null, null, 'x']]);
    // Columns G, H: the first mark of the two, the text that is no tick.
    expect(unknown(r)).toEqual([[5, 'G'], [6, 'H']]);
    expect(r.tasks[2].status).toBe('Chưa thực hiện');
    expect(r.summary.byStatus['Chưa thực hiện']).toBe(1);
    expect(r.summary.byStatus['Hoàn thành']).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'unknown-status')).toMatchObject({ message: 'Tình trạng "x (Hoàn thành); x (Đang thực hiện)" không thuộc danh sách.', fix: null });
  });

  it('reads the marks on the second row of a task cut at a page break', () => {
    const cut = (marks: CellValue[]) => [...rowsOf([[null, null, null]]).map((row) => [...row.slice(0, 1), `${row[1]} và`, ...row.slice(2)]), [null, 'triển khai nội dung', null, null, null, null, ...marks]];
    const under = (marks: CellValue[]) => analyseWorkbook({ sheets: [sheet('PL', [[TITLE], ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', ...TICKS], ['I', 'Quý III (1 nhiệm vụ)'], ...cut(marks)])] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
    const done = under(['x', null, null]);
    expect([done.tasks.map((t) => t.status), unknown(done)]).toEqual([['Hoàn thành'], []]);
    const open = under([null, 'x', null]);
    expect([open.tasks.map((t) => t.status), unknown(open)]).toEqual([['Đang thực hiện'], []]);
  });

  it('keeps "Tiến độ" over "Bắt đầu | Hoàn thành" a deadline: one status word is no tick columns', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Tiến độ', null];
    const sub = [null, null, null, null, null, 'Bắt đầu', 'Hoàn thành'];
    const rows = [[TITLE], header, sub, ['I', 'Quý III (1 nhiệm vụ)'], [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', 'Tháng 7', 'Tháng 8']];
    const r = analyseWorkbook({ sheets: [sheet('PL', rows, { merges: ['F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3'] })] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
    expect(r.tasks.map((t) => [t.status, t.deadline])).toEqual([[null, '2025-08-31']]);
  });
});

describe('a lone "Hoàn thành" column ticked', () => {
  /** One-row header with a "Hoàn thành" column of its own (G) after the deadline. */
  const lone = (marks: CellValue[], head = 'Hoàn thành') => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', head];
    const rows = [[TITLE], header, ['I', `Quý III (${marks.length} nhiệm vụ)`], ...rowsOf(marks.map((m) => [m]))];
    return analyseWorkbook({ sheets: [sheet('PL', rows)] }, { fileName: 'thu.xlsx', asOf: '2025-10-15' });
  };

  it.each(['Hoàn thành', 'Đã hoàn thành'])('"%s" with "x", ✓ or a checkbox\'s TRUE: the tasks ticked are done, the others still overdue', (head) => {
    const r = lone(['x', null, '✓', true, false], head);
    expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành', null, 'Hoàn thành', 'Hoàn thành', null]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 3, 'Chưa cập nhật': 2 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 8]);
    expect(r.findings).toEqual([]);
  });

  it('holding days (the day done or due) is no tick column', () => {
    const r = lone(['20/8/2025', null, '10/9/2025']);
    expect(r.tables[0].columns.status).toBeUndefined();
    expect(r.summary.byStatus).toEqual({ 'Chưa cập nhật': 3 });
  });
});
