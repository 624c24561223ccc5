/**
 * Quarters or months ticked, not written: "Thời gian thực hiện" (or "Tiến độ", "Thời gian") over
 * "Quý I | Quý II | Quý III | Quý IV" or "Tháng 1 … Tháng 12", an "x" under the period(s) of the task;
 * or those headers on the header row itself.
 */
import { analyseWorkbook, type CellValue, type FileReport } from '../../../src/engine';
import { sheet } from '../../helpers/grid';

const TITLE = 'KẾ HOẠCH CÔNG TÁC NĂM 2025 CỦA PHÒNG QLKH&ĐMST';
const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/** One task per row of marks (columns F..), no deadline column. */
function rowsOf(marks: CellValue[][]): CellValue[][] {
  return marks.map((m, i) => [i + 1, `Tổ chức nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan', 'Báo cáo', ...m]);
}

function check(rows: CellValue[][], merges: string[] = []): FileReport {
  return analyseWorkbook({ sheets: [sheet('KH 2025', [[TITLE], ...rows], { merges })] }, { fileName: 'kh.xlsx', asOf: '2025-10-15' });
}

/** "group" merged over F..I, the other header cells merged down the two header rows. */
function grouped(group: string, marks: CellValue[][]): FileReport {
  const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', group, null, null, null, 'Ghi chú'];
  const sub = [null, null, null, null, null, ...QUARTERS, null];
  return check([header, sub, ...rowsOf(marks)], ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3']);
}

const quarters = (r: FileReport) => r.tasks.map((t) => t.quarter);
const overdueRows = (r: FileReport) => r.summary.overdue.map((o) => [o.row, o.due]);

describe('quarters and months ticked in one column each', () => {
  it.each(['Thời gian thực hiện', 'Tiến độ', 'Thời gian'])('places a task in the quarter ticked under "%s"', (group) => {
    const r = grouped(group, [['x', null, null, null], [null, 'X', null, null], [null, null, '✓', null], [null, null, null, 'v']]);
    expect(quarters(r)).toEqual([1, 2, 3, 4]);
    expect(r.summary.byQuarter).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 });
    expect(r.summary.allYear).toBe(0);
    // On 15/10/2025 the tasks of Quý I-III are past their quarter's end.
    expect(overdueRows(r)).toEqual([[4, '2025-03-31'], [5, '2025-06-30'], [6, '2025-09-30']]);
    expect(r.tables[0].columns.quarter).toBe('F');
    expect(r.tables[0].columns.deadline).toBeUndefined();
  });

  it('runs a task ticked in several quarters to the last, as a "III-IV" cell; ticked in all or none, all year', () => {
    const r = grouped('Thời gian thực hiện', [[null, null, 'x', 'x'], ['x', 'x', null, null], ['x', 'x', 'x', 'x'], [null, null, null, null]]);
    expect(quarters(r)).toEqual([4, 2, null, null]);
    expect(r.summary.byQuarter).toEqual({ 2: 1, 4: 1 });
    expect(r.summary.allYear).toBe(2);
    expect(overdueRows(r)).toEqual([[5, '2025-06-30']]);
  });

  it('reads "Quý I … Quý IV" on a one-row header, and a blank under them as no quarter, not the one above', () => {
    const r = check([['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS], ...rowsOf([['x', null, null, null], [null, null, null, null]])]);
    expect(quarters(r)).toEqual([1, null]);
  });

  it('places a task in the month ticked under a group cell not merged, several months to the last', () => {
    const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
    const marks = (...ticked: number[]) => months.map((_, i) => (ticked.includes(i + 1) ? 'x' : null));
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện'];
    const r = check([header, [null, null, null, null, null, ...months], ...rowsOf([marks(2), marks(7, 8)])]);
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[1, 2], [3, 8]]);
    expect(r.summary.byMonth).toEqual({ 2: 1, 8: 1 });
    expect(overdueRows(r)).toEqual([[4, '2025-02-28'], [5, '2025-08-31']]);
  });

  it('keeps a "Thời hạn" column after the ticked quarters as the deadline, beside "Đơn vị" over "Chủ trì | Phối hợp"', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị', null, 'Lãnh đạo chỉ đạo', 'Thời gian thực hiện', null, null, null, 'Thời hạn'];
    const sub = [null, null, 'Chủ trì', 'Phối hợp', null, ...QUARTERS, null];
    const task = (n: number, marks: CellValue[], due: CellValue) => [n, `Tổ chức nội dung ${n}`, 'Văn phòng Sở', null, 'Giám đốc Sở', ...marks, due];
    const r = check([header, sub, task(1, [null, 'x', null, null], '15/5/2025'), task(2, [null, null, 'x', null], null)], ['C2:D2', 'F2:I2']);
    expect(r.tables[0].columns).toMatchObject({ lead: 'C', coord: 'D', quarter: 'F', deadline: 'J' });
    expect(r.tasks.map((t) => [t.quarter, t.deadline])).toEqual([[2, '2025-05-15'], [3, null]]);
    expect(overdueRows(r)).toEqual([[4, '2025-05-15'], [5, '2025-09-30']]);
  });

  it('reads the ticks on the second row of a task cut at a page break', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS];
    const r = check([header, [1, 'Tổ chức hội nghị và', 'Văn phòng Sở', 'Giám đốc Sở', 'Hội nghị', null, null, null, null], [null, 'triển khai nhiệm vụ', null, null, null, null, null, 'x', null]]);
    expect(r.tasks.map((t) => [t.endRow, t.quarter])).toEqual([[4, 3]]);
  });
});

describe('months under another kind of column', () => {
  it('keeps "Kết quả thực hiện" over "Tháng 9 | Tháng 10" as the result, its text no tick', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Kết quả thực hiện', null];
    const sub = [null, null, null, null, null, 'Tháng 9', 'Tháng 10'];
    const r = check([header, sub, ...rowsOf([['Đã tổ chức hội nghị', 'Tiếp tục']])], ['F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3']);
    expect(r.tables[0].columns.result).toBe('F');
    expect(r.tasks.map((t) => [t.result, t.status])).toEqual([['Đã tổ chức hội nghị', 'Hoàn thành']]);
  });
});

describe('quarter headers naming their year', () => {
  it.each([['Quý I/2025', 'Quý II/2025', 'Quý III/2025', 'Quý IV/2025'], ['Quý I năm 2025', 'Quý II năm 2025', 'Quý III năm 2025', 'Quý IV năm 2025'], ['QI', 'QII', 'QIII', 'QIV']])('reads "%s" … as the quarters ticked, not a deadline', (...names) => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện', null, null, null, 'Ghi chú'];
    const r = check([header, [null, null, null, null, null, ...names, null], ...rowsOf([['x', null, null, null], [null, null, 'x', null]])], ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3']);
    expect(r.tables[0].columns).toMatchObject({ quarter: 'F' });
    expect(r.tables[0].columns.deadline).toBeUndefined();
    expect(quarters(r)).toEqual([1, 3]);
  });

  it.each(['Tháng %d năm 2025', 'Tháng %d/2025'])('reads months 10 to 12 as it reads 7 to 9 under "%s"', (form) => {
    const months = [7, 8, 9, 10, 11, 12].map((m) => form.replace('%d', String(m)));
    const r = check([['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...months], ...rowsOf([['x'], [null, null, null, 'x'], [null, null, null, null, null, 'x']])]);
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 7], [4, 10], [4, 12]]);
  });
});

describe('an "x" merged across quarter columns', () => {
  it('ticks every quarter it covers: II–III is due at the end of III, II–IV at the end of IV', () => {
    const r = grouped('Thời gian thực hiện', [[null, 'x', null, null], [null, 'x', null, null], [null, 'x', null, null]].map((m) => [...m, null]));
    expect(quarters(r)).toEqual([2, 2, 2]);
    const merged = check(
      [['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện', null, null, null, 'Ghi chú'], [null, null, null, null, null, ...QUARTERS, null], ...rowsOf([[null, 'x', null, null], [null, 'x', null, null], ['x', null, null, null]])],
      ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3', 'G4:H4', 'G5:I5'],
    );
    expect(quarters(merged)).toEqual([3, 4, 1]);
    expect(merged.summary.byQuarter).toEqual({ 1: 1, 3: 1, 4: 1 });
  });
});

describe('periods numbered bare under a group of time', () => {
  const numbers = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);
  const months = (...ticked: number[]) => numbers(12).map((m) => (ticked.includes(m) ? 'x' : null));

  it.each([
    ['Thời gian thực hiện (tháng)', numbers(12)],
    ['Tiến độ thực hiện', numbers(12).map(String)],
    ['Thời gian thực hiện (tháng)', numbers(12).map((m) => `Tháng ${m}`)],
  ])('"%s" over "1 | 2 | … | 12" (or "Tháng 1 …") places a task in the month ticked', (group, subs) => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', group];
    const r = check([header, [null, null, null, null, null, ...subs], ...rowsOf([months(2), months(7, 8)])]);
    expect(r.tables[0].columns).toMatchObject({ month: 'F' });
    expect(r.tables[0].columns.status).toBeUndefined();
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[1, 2], [3, 8]]);
    expect(overdueRows(r)).toEqual([[4, '2025-02-28'], [5, '2025-08-31']]);
  });

  it('"Tiến độ" merged over "1 | 2 | 3 | 4" are quarters, "(quý)" says so too', () => {
    expect(quarters(grouped('Tiến độ', [['x', null, null, null], [null, null, 'x', null]]))).toEqual([1, 3]);
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện (quý)', null, null, null, 'Ghi chú'];
    const r = check([header, [null, null, null, null, null, '1', '2', '3', '4', null], ...rowsOf([[null, 'x', null, null]])], ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3']);
    expect(quarters(r)).toEqual([2]);
  });

  it('in a month\'s plan "Tiến độ thực hiện" over "1 | 2 | 3 | 4" are its weeks, not the quarters: no quarter is read from them', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Tiến độ thực hiện', null, null, null, 'Ghi chú'];
    const weeks = [null, null, null, null, null, 1, 2, 3, 4, null];
    const r = analyseWorkbook(
      { sheets: [sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC THÁNG 8 NĂM 2025'], header, weeks, ...rowsOf([['x', null, null, null], [null, null, null, 'x']])], { merges: ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3'] })] },
      { fileName: 'kh.xlsx', asOf: '2025-10-15' },
    );
    expect(r.tables[0].columns.quarter).toBeUndefined();
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8], [3, 8]]);
    expect(r.findings.filter((f) => f.code === 'quarter-outside-heading')).toEqual([]);
  });

  it('reads them beside "Đơn vị" over "Chủ trì | Phối hợp", months 7 to 12 of a half-year plan', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị', null, 'Lãnh đạo chỉ đạo', 'Thời gian thực hiện (tháng)', null, null, null, null, null, 'Sản phẩm'];
    const sub = [null, null, 'Chủ trì', 'Phối hợp', null, ...numbers(6, 7), null];
    const task = (n: number, marks: CellValue[]) => [n, `Tổ chức nội dung ${n}`, 'Văn phòng Sở', null, 'Giám đốc Sở', ...marks, 'Báo cáo'];
    const r = check([header, sub, task(1, [null, 'x', null, null, null, null]), task(2, [null, null, null, null, 'x', 'x'])], ['C2:D2', 'F2:K2', 'A2:A3', 'B2:B3', 'E2:E3', 'L2:L3']);
    expect(r.tables[0].columns).toMatchObject({ lead: 'C', coord: 'D', month: 'F', product: 'L' });
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8], [4, 12]]);
  });

  it('leaves a row numbering the columns ("1 | 2 | … | 7" from TT on) as no ticks: the time column stays the deadline', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện', 'Ghi chú'];
    const r = check([header, numbers(7), ...rowsOf([['Tháng 7', null], ['Tháng 9', null]])]);
    expect(r.tables[0].columns).toMatchObject({ deadline: 'F' });
    expect(r.tasks.map((t) => [t.stt, t.deadline])).toEqual([['1', '2025-07-31'], ['2', '2025-09-30']]);
  });
});

describe('a part of a task ticked in another period', () => {
  const part = (marks: CellValue[]) =>
    check([
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS],
      [1, 'Tổ chức các hội nghị, gồm:', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan', 'Hội nghị', null, null, 'x', null],
      ['1.1', 'Hội nghị sơ kết', null, null, null, null, null, 'x', null],
      ['1.2', 'Hội nghị tổng kết', null, null, null, ...marks],
    ]);
  const partPeriods = (r: FileReport) => r.findings.filter((f) => f.code === 'part-period').map((f) => [`${f.column}${f.row}`, f.message]);

  it('is reported at its tick, as a written "Quý" cell of another quarter is; the task counts in its own', () => {
    const r = part([null, null, null, 'x']);
    expect(r.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3]]);
    expect(partPeriods(r)).toEqual([['I5', 'Phần "1.2" ghi "Quý IV", nhưng được đọc là phần của nhiệm vụ 1, tính ở Quý III.']]);
  });

  it('ticked in the task\'s quarter, or from it on ("III-IV"), or not at all, it is not', () => {
    for (const marks of [[null, null, 'x', null], [null, null, 'x', 'x'], [null, null, null, null]]) expect(partPeriods(part(marks))).toEqual([]);
  });

  it('a task ticked over several periods has its parts in any of them: a Gantt\'s steps, one a month, are in their task', () => {
    const months = [7, 8, 9, 10].map((m) => `Tháng ${m}`);
    const r = check([
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...months],
      [1, 'Tổ chức hội nghị tổng kết, gồm:', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan', 'Hội nghị', 'x', 'x', 'x', null],
      ['1.1', 'Xây dựng kế hoạch', null, null, null, 'x', null, null, null],
      ['1.2', 'Chuẩn bị tài liệu', null, null, null, null, 'x', 'x', null],
      ['1.3', 'Tổ chức hội nghị', null, null, null, null, null, 'x', null],
      ['1.4', 'Báo cáo kết quả', null, null, null, null, null, null, 'x'],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([['1', 3, 9]]);
    // Only the step past the task's months is another period's.
    expect(partPeriods(r)).toEqual([['I7', 'Phần "1.4" ghi "Tháng 10", nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 9.']]);
  });
});

describe('months numbered bare under their quarters', () => {
  const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => i + from);
  const months = (from: number, to: number, ...ticked: number[]) => numbers(from, to).map((m) => (ticked.includes(m) ? 'x' : null));

  it('"Thời gian thực hiện" over "Quý I … Quý IV" each merged over its three months: the month ticked, the header three rows', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện', ...Array(11).fill(null)];
    const quarterRow = [null, null, null, null, null, ...QUARTERS.flatMap((q) => [q, null, null])];
    const r = check([header, quarterRow, [null, null, null, null, null, ...numbers(1, 12)], ...rowsOf([months(1, 12, 7), months(1, 12, 11, 12)])], ['F2:Q2', 'F3:H3', 'I3:K3', 'L3:N3', 'O3:Q3', 'A2:A4', 'B2:B4', 'C2:C4', 'D2:D4', 'E2:E4']);
    expect(r.tables[0].columns).toMatchObject({ month: 'F' });
    expect(r.tables[0].columns.deadline).toBeUndefined();
    expect(r.tasks.map((t) => [t.row, t.quarter, t.month])).toEqual([[5, 3, 7], [6, 4, 12]]);
  });

  it('a half-year plan with "Quý III | Quý IV" on the header row itself over "7 … 12"', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Quý III', null, null, 'Quý IV', null, null];
    const r = check([header, [null, null, null, null, null, ...numbers(7, 12)], ...rowsOf([months(7, 12, 8), months(7, 12, 10)])], ['F2:H2', 'I2:K2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3']);
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8], [4, 10]]);
  });

  it('quarters standing over other months than their own are no such header', () => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Quý I', null, null, 'Quý II', null, null];
    const r = check([header, [null, null, null, null, null, ...numbers(2, 7)], ...rowsOf([months(2, 7, 3)])], ['F2:H2', 'I2:K2']);
    expect(r.tables[0].columns.month).toBeUndefined();
  });
});

describe('more ways to head the ticked periods', () => {
  const n = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  const tick = (subs: CellValue[], i: number) => subs.map((_, j) => (j === i ? 'x' : null));
  /** `group` merged over `subs` on a two-row header; task 1 ticked in the second, task 2 in the one before last. */
  const under = (group: string, subs: CellValue[]) => {
    const last = String.fromCharCode(69 + subs.length);
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', group, ...Array(subs.length - 1).fill(null)];
    return check([header, [null, null, null, null, null, ...subs], ...rowsOf([tick(subs, 1), tick(subs, subs.length - 2)])], [`F2:${last}2`, 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3']);
  };
  const placed = (r: FileReport) => r.tasks.map((t) => [t.quarter, t.month]);

  it.each([
    ['Quý', ['I', 'II', 'III', 'IV']],
    ['Thời gian thực hiện', ['I', 'II', 'III', 'IV']],
    ['Quý', n(4)],
    ['Thời gian thực hiện năm 2025', QUARTERS],
    ['Thời gian hoàn thành', QUARTERS],
  ])('"%s" over %j: the quarter ticked', (group, subs) => {
    expect(placed(under(group, subs as CellValue[]))).toEqual([[2, null], [3, null]]);
  });

  it.each([['Tháng'], ['Thời gian hoàn thành (tháng)']])('"%s" over "1 … 12": the month ticked', (group) => {
    expect(placed(under(group, n(12)))).toEqual([[1, 2], [4, 11]]);
  });
});

describe('marks of a Gantt chart', () => {
  it.each(['×', '●', '■', '*', '+'])('"%s" under a quarter ticks it, as "x" does', (mark) => {
    const r = check([['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS], ...rowsOf([[null, mark, null, null], [null, null, mark, mark]])]);
    expect(quarters(r)).toEqual([2, 4]);
  });

  it.each(['-', '0', 'o'])('"%s" is no tick: the task is all-year', (mark) => {
    const r = check([['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS], ...rowsOf([[null, mark, null, null]])]);
    expect(quarters(r)).toEqual([null]);
  });
});

describe('a day written in a month\'s column', () => {
  const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
  const marked = (mark: CellValue, at: number) => {
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện'];
    return check([header, [null, null, null, null, null, ...months], ...rowsOf([months.map((_, i) => (i === at - 1 ? mark : null))])]);
  };

  it.each([['15/8'], ['15/8/2025'], [{ kind: 'date', iso: '2025-08-15' } as CellValue]])('%j under "Tháng 8" ticks August', (mark) => {
    expect(marked(mark, 8).tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8]]);
  });

  it('is the task\'s deadline where none is written: due that day, not at the month\'s end; a "Thời hạn" cell or a deadline in the note wins', () => {
    for (const mark of ['15/8', { kind: 'date', iso: '2025-08-15' } as CellValue]) {
      const r = marked(mark, 8);
      expect([r.tasks.map((t) => [t.month, t.deadline]), overdueRows(r)]).toEqual([[[8, '2025-08-15']], [[4, '2025-08-15']]]);
    }
    // Ticked over two months: a day in the last is the deadline; a day in an earlier one is only a tick.
    const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện'];
    const span = (marks: [number, CellValue][], ...after: CellValue[]) => months.map((_, i) => marks.find(([m]) => m === i + 1)?.[1] ?? null).concat(after);
    const two = check([header, [null, null, null, null, null, ...months], ...rowsOf([span([[7, 'x'], [8, '20/8']]), span([[7, '15/7'], [8, 'x']])])]);
    expect(two.tasks.map((t) => [t.month, t.deadline])).toEqual([[8, '2025-08-20'], [8, null]]);
    // A "Thời hạn" column, or a deadline in the note, is the deadline, as beside ticks of "x".
    const written = check([[...header, ...months.slice(1).map(() => null), 'Thời hạn', 'Ghi chú'], [null, null, null, null, null, ...months, null, null], ...rowsOf([span([[8, '15/8']], '31/8/2025', null), span([[8, '15/8']], null, 'Thời hạn: 25/8/2025')])]);
    expect(written.tasks.map((t) => [t.month, t.deadline])).toEqual([[8, '2025-08-31'], [8, '2025-08-25']]);
  });

  it('a day of another month, or words, are no tick', () => {
    expect(marked('15/9', 8).tasks.map((t) => t.month)).toEqual([null]);
    expect(marked('Hoàn thành', 8).tasks.map((t) => t.month)).toEqual([null]);
  });
});

describe('a mark in a period column that is no tick', () => {
  const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
  const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời gian thực hiện'];
  const monthMarks = (...marks: [number, CellValue][]) => months.map((_, i) => marks.find(([m]) => m === i + 1)?.[1] ?? null);
  const found = (r: FileReport) => r.findings.filter((f) => f.code === 'unread-period-mark').map((f) => [`${f.column}${f.row}`, f.field, f.message]);

  it('is reported at its cell, with where the task is counted: all year with no tick, else the ticked period', () => {
    const r = check([header, [null, null, null, null, null, ...months], ...rowsOf([monthMarks([8, 'Hoàn thành']), monthMarks([8, '15/9']), monthMarks([7, 'x'], [9, 'đang làm'])])]);
    expect(r.tasks.map((t) => t.month)).toEqual([null, null, 7]);
    expect(found(r)).toEqual([
      ['M4', 'month', 'Cột "Tháng 8" ghi "Hoàn thành", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính cả năm.'],
      ['M5', 'month', 'Cột "Tháng 8" ghi "15/9", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính cả năm.'],
      ['N6', 'month', 'Cột "Tháng 9" ghi "đang làm", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính ở tháng 7.'],
    ]);
  });

  it('in quarter columns too; ticks, days of the column\'s own period, "-", "0" and unticked boxes are not reported', () => {
    const r = check([['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', ...QUARTERS], ...rowsOf([[null, null, 'Chưa làm', null], ['x', '-', '0', false], [null, '15/5', null, null]])]);
    expect(quarters(r)).toEqual([null, 1, 2]);
    expect(found(r)).toEqual([['H3', 'quarter', 'Cột "Quý III" ghi "Chưa làm", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính cả năm.']]);
  });

  it('on a part\'s row ("1.2" under task 1) too, where the task already has its ticked period', () => {
    const part: CellValue[] = ['1.2', 'Tổng kết', null, null, null, ...monthMarks([9, 'Hoàn thành'])];
    const r = check([header, [null, null, null, null, null, ...months], ...rowsOf([monthMarks([7, 'x'])]), part]);
    expect(r.tasks.map((t) => [t.row, t.month])).toEqual([[4, 7]]);
    expect(found(r)).toEqual([['N5', 'month', 'Cột "Tháng 9" ghi "Hoàn thành", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính ở tháng 7.']]);
  });
});
