/**
 * How units write deadlines, numbers, counts and statuses beyond the plain forms: a period as a
 * deadline, a date typed in the "Tháng" column, "(2)" and "a)" as numbers, a count on a line of its
 * own or after a marker in its own cell, a total above the tasks, a mistyped month row.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyseWorkbook } from '../../../src/engine';
import { analyse, HEADER_2025, sheet, task } from '../../helpers/grid';

const HEADER = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng', 'Ghi chú'];
const TITLE = ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'];
let n = 0;
const row = (stt: CellValue, over: { deadline?: CellValue; status?: CellValue; note?: CellValue; lead?: CellValue } = {}): CellValue[] => [
  stt,
  `Xây dựng kế hoạch nội dung số ${++n}`,
  over.lead ?? 'Phòng QLKH&ĐMST',
  'Kế hoạch của Sở',
  'PGĐ Sở Phan Văn Hiếu',
  over.deadline ?? null,
  over.status ?? null,
  over.note ?? null,
];
const read = (rows: CellValue[][], header = HEADER): FileReport => analyse([sheet('KH', [TITLE, [], header, ...rows])]);
const found = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);

describe('deadlines', () => {
  it('a period is due at its end (the overdue list reads that date), and is not outside its quarter', () => {
    const r = read([
      ['I', 'Quý IV'],
      row(1, { deadline: 'Từ ngày 01/10/2025 đến ngày 30/11/2025', status: 'Đang thực hiện' }),
      row(2, { deadline: '15/10/2025 - 30/11/2025', status: 'Đang thực hiện' }),
      row(3, { deadline: '1/11-15/11' }),
      row(4, { deadline: 'Dự thảo 15/10; trình UBND 30/11' }),
      row(5, { deadline: 'Trước ngày 15 tháng 11 năm 2025' }),
      row(6, { deadline: 'Quý III, IV' }),
    ]);
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-11-30', '2025-11-30', '2025-11-15', '2025-11-30', '2025-11-15', '2025-12-31']);
    expect(found(r)).toEqual([]);
  });

  it('a deadline read from the note is reported at the note, not at the empty "Thời hạn" cell', () => {
    const r = read([['I', 'Quý III'], row(1, { note: 'Thời hạn trình UBND tỉnh: 31/9/2025' }), row(2, { note: 'Thời hạn trình UBND tỉnh: 15/11/2025' })]);
    expect(found(r)).toEqual(['invalid-date H5', 'deadline-outside-quarter H6']);
  });

  it('a deadline in the note with no colon ("Thời hạn 30/9/2025", "Thời hạn trình UBND tỉnh 10/9/2025") or a part starting "hạn" is read', () => {
    const notes = [
      'Thời hạn trình UBND tỉnh 10/9/2025',
      'Thời hạn 30/9/2025',
      'hạn trình: 10/8/2025',
      'Nhiệm vụ quan trọng tham mưu UBND tỉnh; hạn trình UBND tỉnh 15/8/2025',
      'Nhiệm vụ quan trọng. Thời hạn hoàn thành 20/9/2025',
      'Thời hạn trình UBND tỉnh, HĐND tỉnh: 25/9/2025',
      // Not deadlines: late, extended, limited, or "thời hạn" as a topic inside a sentence.
      'Quá hạn 10 ngày',
      'Hạn chế tổ chức hội nghị, 15/8 họp giao ban',
      'Rút ngắn thời hạn giải quyết còn 1/2',
    ];
    const r = read([['I', 'Quý III'], ...notes.map((note, i) => row(i + 1, { note }))]);
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-10', '2025-09-30', '2025-08-10', '2025-08-15', '2025-09-20', '2025-09-25', null, null, null]);
    expect(found(r)).toEqual([]);
  });

  it('quarters each written with their year ("Quý IV/2025 - Quý I/2026") are due at the end of the last', () => {
    const deadlines = ['Quý IV/2025 - Quý I/2026', 'Từ Quý IV/2025 đến Quý I/2026', 'Quý III/2025, Quý IV/2025', 'Quý III - Quý IV', 'Quý I/2026'];
    const r = read(deadlines.map((deadline, i) => row(i + 1, { deadline })));
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2026-03-31', '2026-03-31', '2025-12-31', '2025-12-31', '2026-03-31']);
  });

  it('half a year or the year\'s end in the deadline column ("6 tháng đầu năm", "6 tháng cuối năm 2025", "Cuối năm") is due on 30/6 or 31/12; vague ones are left alone', () => {
    const deadlines = ['6 tháng đầu năm', '6 tháng cuối năm', '06 tháng đầu năm 2025', 'Trong 6 tháng cuối năm 2025', 'Cuối năm', 'Trước cuối năm 2025', 'Đến hết năm', 'Trong năm', 'Đầu năm', 'Cả năm'];
    const r = analyseWorkbook({ sheets: [sheet('KH', [TITLE, [], HEADER, ...deadlines.map((deadline, i) => row(i + 1, { deadline }))])] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    const due = ['2025-06-30', '2025-12-31', '2025-06-30', '2025-12-31', '2025-12-31', '2025-12-31', '2025-12-31', null, null, null];
    expect(r.tasks.map((t) => t.deadline)).toEqual(due);
    expect(found(r)).toEqual([]);
    // Past 30/6 on 15/10/2025 and not done: overdue; the year's end is still ahead.
    expect(r.summary.overdue.map((t) => t.stt)).toEqual(['1', '3']);
  });

  it('a date typed in the "Tháng" column ("8/2025" becomes 01/08/2025 in Excel) gives its month', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng'];
    const r = analyse([sheet('KH', [TITLE, header, [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', { kind: 'date', iso: '2025-08-01' }]])]);
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8]]);
  });
});

describe('a plan across the year\'s end', () => {
  const columnsHeader = ['STT', 'Quý', 'Tháng', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn'];
  const columnTask = (n: number, quarter: CellValue, month: CellValue, deadline: string): CellValue[] => [n, quarter, month, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', deadline];
  const plan = (title: string, tasks: CellValue[][]) =>
    analyseWorkbook({ sheets: [sheet('KH', [[title], [], columnsHeader, ...tasks])] }, { fileName: 'x.xlsx', asOf: '2026-02-01' });

  it('with "Quý"/"Tháng" columns: the tasks after the column turns back to Quý I are of the next year, and the plan is checked against Quý IV\'s names', () => {
    const r = plan('KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026', [columnTask(1, 'IV', 11, '30/11'), columnTask(2, 'IV', 12, '20/12'), columnTask(3, 'I', 1, '15/01'), columnTask(4, 'I', 3, '31/3')]);
    expect(r.period).toBe('2025-09');
    expect(r.tasks.map((t) => [t.quarter, t.month, t.deadline])).toEqual([
      [4, 11, '2025-11-30'],
      [4, 12, '2025-12-20'],
      [1, 1, '2026-01-15'],
      [1, 3, '2026-03-31'],
    ]);
    // The 2025-09 names are current: nothing to report; only what was due before 1/2/2026 is overdue.
    expect(r.findings).toEqual([]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6]);
  });

  it('a title writing "năm" before each year ("QUÝ IV NĂM 2025 VÀ QUÝ I NĂM 2026") is a plan across the year\'s end too', () => {
    const r = plan('KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025 VÀ QUÝ I NĂM 2026', [columnTask(1, 'IV', 11, '30/11'), columnTask(2, 'I', 1, '15/01'), columnTask(3, 'I', 3, '31/3')]);
    expect([r.tasks.map((t) => [t.quarter, t.month, t.deadline]), r.findings, r.summary.overdue.map((o) => o.row)]).toEqual([
      [
        [4, 11, '2025-11-30'],
        [1, 1, '2026-01-15'],
        [1, 3, '2026-03-31'],
      ],
      [],
      [4, 5],
    ]);
  });

  it('with a "Quý" column written once per run (IV, –, I, –): the turn is no disorder, each run carries down', () => {
    const r = plan('KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026', [columnTask(1, 'IV', null, '30/11'), columnTask(2, null, null, '20/12'), columnTask(3, 'I', null, '15/01'), columnTask(4, null, null, '31/3')]);
    expect(r.tasks.map((t) => [t.quarter, t.deadline])).toEqual([
      [4, '2025-11-30'],
      [4, '2025-12-20'],
      [1, '2026-01-15'],
      [1, '2026-03-31'],
    ]);
  });

  it('a year written in a task\'s own "Quý" cell ("Quý I/2026", "Quý 1 năm 2026") places it in that year, once, under a title of one year or across the year\'s end', () => {
    const cells: CellValue[] = ['Quý I/2026', 'Quý 1 năm 2026', 'Quý IV/2025', 'I'];
    const one = plan('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025', cells.map((q, i) => columnTask(i + 1, q, null, '31/1')));
    const across = plan('KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026', cells.map((q, i) => columnTask(i + 1, q, null, '31/1')));
    expect(one.tasks.map((t) => [t.quarter, t.year ?? 2025, t.deadline])).toEqual([
      [1, 2026, '2026-01-31'],
      [1, 2026, '2026-01-31'],
      // "31/1" on a task of Quý IV is the next January, as without the year.
      [4, 2025, '2026-01-31'],
      [1, 2025, '2025-01-31'],
    ]);
    expect(across.tasks.map((t) => [t.quarter, t.year ?? 2025, t.deadline])).toEqual([
      [1, 2026, '2026-01-31'],
      [1, 2026, '2026-01-31'],
      [4, 2025, '2026-01-31'],
      [1, 2026, '2026-01-31'],
    ]);
  });

  it('under a title of one year, a "Quý" column going back is no year turn', () => {
    const r = plan('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025', [columnTask(1, 'IV', 11, '30/11'), columnTask(2, 'I', 1, '15/01')]);
    expect(r.tasks.map((t) => [t.quarter, t.deadline])).toEqual([
      [4, '2025-11-30'],
      [1, '2025-01-15'],
    ]);
  });

  it('a task no quarter or month places is of its deadline\'s quarter in the plan, in the next year for Quý I ("31/1" is 31/1/2026), else of the last quarter', () => {
    const rows = [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], [], HEADER, row(1, { deadline: '31/1' }), row(2, { deadline: '30/11' }), row(3, { deadline: 'Tháng 2' }), row(4), row(5, { deadline: '31/1/2025' })];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => [t.quarter, t.year ?? 2025, t.deadline]), r.summary.overdue.map((o) => o.stt), found(r)]).toEqual([
      [[1, 2026, '2026-01-31'], [4, 2025, '2025-11-30'], [1, 2026, '2026-02-28'], [1, 2026, null], [1, 2026, '2025-01-31']],
      ['5'],
      ['deadline-outside-quarter F8'],
    ]);
  });

  it('a title naming months across the year\'s end ("TỪ THÁNG 10/2025 ĐẾN THÁNG 3/2026") is such a plan: "31/1" is 31/1/2026, in Quý I/2026', () => {
    for (const title of ['KẾ HOẠCH CÔNG TÁC TỪ THÁNG 10/2025 ĐẾN THÁNG 3/2026', 'Kế hoạch công tác từ tháng 10 năm 2025 đến tháng 3 năm 2026']) {
      const rows = [[title], [], HEADER, row(1, { deadline: '31/1' }), row(2, { deadline: '30/11' })];
      const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
      expect([title, r.tasks.map((t) => [t.quarter, t.year ?? 2025, t.deadline]), r.summary.overdue, found(r)]).toEqual([
        title,
        [
          [1, 2026, '2026-01-31'],
          [4, 2025, '2025-11-30'],
        ],
        [],
        [],
      ]);
    }
  });

  it('a title naming months of two quarters in one year ("TỪ THÁNG 7 ĐẾN THÁNG 12 NĂM 2025", "từ tháng 1 đến tháng 6") is a plan of those quarters, as "6 tháng cuối năm" is', () => {
    const plans: [string, number[]][] = [
      ['CHƯƠNG TRÌNH CÔNG TÁC TỪ THÁNG 7 ĐẾN THÁNG 12 NĂM 2025', [3, 4, 4, 4]],
      ['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025', [3, 4, 4, 4]],
      ['Chương trình công tác từ tháng 1 đến tháng 6 năm 2025', [1, 2, 2, 2]],
    ];
    for (const [title, quarters] of plans) {
      const outside = quarters[0] === 1 ? '30/9' : '31/3';
      // A plan of early 2025 in the names of then.
      const lead = quarters[0] === 1 ? 'Phòng HCTH' : 'Phòng QLKH&ĐMST';
      const rows = [[title], [], HEADER, row(1, { lead, deadline: `28/${quarters[0] * 3 - 1}` }), row(2, { lead, deadline: `15/${quarters[1] * 3 - 1}` }), row(3, { lead }), row(4, { lead, deadline: outside })];
      const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-01-15' });
      // Each task in the quarter of its deadline; one with none, or due outside the plan, in the plan's last, as under "Quý III và Quý IV".
      expect([title, r.tasks.map((t) => t.quarter), found(r)]).toEqual([title, quarters, ['deadline-outside-quarter F7']]);
    }
  });

  it('a title naming the months of one quarter ("TỪ THÁNG 7 ĐẾN THÁNG 9 NĂM 2025", "tháng 7, 8, 9") is a plan of that quarter, as "QUÝ III" is', () => {
    for (const title of ['CHƯƠNG TRÌNH CÔNG TÁC TỪ THÁNG 7 ĐẾN THÁNG 9 NĂM 2025', 'Kế hoạch công tác tháng 7, 8, 9 năm 2025', 'KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']) {
      const rows = [[title], [], HEADER, row(1, { deadline: '31/8' }), row(2), row(3, { deadline: '15/11' })];
      const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
      // Every task of Quý III, due by its end when it says no day; one due in November lies outside it.
      expect([title, r.tasks.map((t) => t.quarter), r.summary.overdue.map((o) => [o.row, o.due]), found(r)]).toEqual([
        title,
        [3, 3, 3],
        [
          [4, '2025-08-31'],
          [5, '2025-09-30'],
        ],
        ['deadline-outside-quarter F6'],
      ]);
    }
  });

  it('tasks under "Quý I/2026" are of 2026: their deadlines, their quarter check and their due dates', () => {
    const rows = [TITLE, [], HEADER, ['I', 'Quý IV/2025'], row(1, { deadline: '31/12/2025' }), ['II', 'Quý I/2026'], row(1, { deadline: '31/01/2026' }), row(2, { deadline: 'Trước 15/3' }), row(3)];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect(r.tasks.map((t) => [t.quarter, t.year, t.deadline])).toEqual([
      [4, 2025, '2025-12-31'],
      [1, 2026, '2026-01-31'],
      [1, 2026, '2026-03-15'],
      [1, 2026, null],
    ]);
    expect(found(r)).toEqual([]);
    expect(r.summary.overdue).toEqual([]);
  });
});

describe('a sheet named with its year', () => {
  it('dates its tasks where the title names no year ("T1-2026", "Quý I năm 2026"): "20/1" is 20/1/2026, not overdue since 2025', () => {
    for (const name of ['T1-2026', 'Quý I năm 2026']) {
      const r = analyseWorkbook({ sheets: [sheet(name, [['KẾ HOẠCH CÔNG TÁC'], [], HEADER, row(1, { deadline: '20/1' }), row(2)])] }, { fileName: 'x.xlsx', asOf: '2025-12-15' });
      expect([r.tasks.map((t) => [t.quarter, t.deadline]), r.summary.overdue, found(r)]).toEqual([[[1, '2026-01-20'], [1, null]], [], []]);
    }
  });
});

describe('months across the year\'s end', () => {
  it('"Tháng 12-1/2026" and "Tháng 11/2025 - tháng 1/2026" are due at the end of January 2026; the month row is no error', () => {
    const rows = [TITLE, [], HEADER, ['I', 'Quý IV'], row(1, { deadline: 'Tháng 12-1/2026' }), row(2, { deadline: 'Tháng 11/2025 - tháng 1/2026' }), row(3, { deadline: 'Tháng 10 đến tháng 3 năm 2026' }), [null, 'Tháng 12-1/2026'], row(1)];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect(r.tasks.map((t) => [t.month, t.deadline])).toEqual([
      [null, '2026-01-31'],
      [null, '2026-01-31'],
      [null, '2026-03-31'],
      [1, null],
    ]);
    expect(r.tasks[3].year).toBe(2026);
    expect(found(r).filter((f) => !f.startsWith('deadline-outside-quarter'))).toEqual([]);
  });
});

describe('deadlines written with a long dash', () => {
  it('"Quý III – IV" (an en dash, as Word writes " - ") is due at the end of Quý IV, as "Quý III - IV" is', () => {
    const r = read([['I', 'Quý IV'], row(1, { deadline: 'Quý III – IV' }), row(2, { deadline: 'Quý III — IV' }), row(3, { deadline: 'Quý III - IV' })]);
    expect([r.tasks.map((t) => t.deadline), found(r)]).toEqual([['2025-12-31', '2025-12-31', '2025-12-31'], []]);
  });
});

describe('a month range across the year\'s end that names no year', () => {
  const plan = (quarter: string, asOf: string) => analyseWorkbook({ sheets: [sheet('KH', [TITLE, [], HEADER, ['I', quarter], [null, 'Tháng 12 - 1'], row(1)])] }, { fileName: 'x.xlsx', asOf });
  it('"Tháng 12 - 1" under "Quý IV" is due at the end of next January, not overdue since last January', () => {
    const r = plan('Quý IV', '2025-10-15');
    expect([r.tasks.map((t) => [t.quarter, t.month, t.year]), r.summary.overdue, found(r)]).toEqual([[[4, 1, 2026]], [], []]);
    expect(plan('Quý IV', '2026-02-02').summary.overdue.map((o) => o.due)).toEqual(['2026-01-31']);
  });

  it('in a "Tháng" column beside "Quý IV" too, and a range naming its years ends in the last one', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng'];
    const task = (n: number, quarter: string, month: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', quarter, month];
    const rows = [TITLE, header, task(1, 'IV', 'Tháng 12 - 1'), task(2, 'IV', '12/2025 - 1/2026'), task(3, 'IV', '12'), task(4, 'I', '12-1')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => [t.quarter, t.month, t.year]), r.summary.overdue.map((o) => [o.stt, o.due])]).toEqual([
      [
        [4, 1, 2026],
        [4, 1, 2026],
        [4, 12, null],
        [1, 1, null],
      ],
      [['4', '2025-01-31']],
    ]);
  });

  it('under "Quý I" it ends in that quarter\'s own January', () => {
    const r = plan('Quý I', '2025-10-15');
    expect([r.tasks.map((t) => [t.quarter, t.month, t.year ?? 2025]), r.summary.overdue.map((o) => o.due)]).toEqual([[[1, 1, 2025]], ['2025-01-31']]);
  });
});

describe('a task\'s own "Tháng" cell outside its "Quý" cell', () => {
  const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng'];
  const task = (n: number, quarter: string | null, month: CellValue): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', quarter, month];
  const check = (...tasks: CellValue[][]) => analyseWorkbook({ sheets: [sheet('KH', [TITLE, header, ...tasks])] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });

  it('is reported at the month cell, and the task counts in the month\'s quarter, as under a month row', () => {
    const r = check(task(1, 'III', 7), task(2, 'IV', 1), task(3, 'Quý II', 'Tháng 8'), task(4, 'III', '9-10'), task(5, 'I-II', 5), task(6, 'IV', 12));
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.month]), found(r)]).toEqual([
      [['1', 3, 7], ['2', 1, 1], ['3', 3, 8], ['4', 3, 10], ['5', 2, 5], ['6', 4, 12]],
      ['month-outside-quarter G4', 'month-outside-quarter G5'],
    ]);
    expect(r.findings[0].message).toBe('"Tháng 1" nằm trong phần Quý IV, nhưng tháng 1 thuộc Quý I.');
  });

  it('in a plan across the year\'s end, the month\'s quarter is the next year\'s: January is not overdue a year early', () => {
    const r = analyseWorkbook({ sheets: [sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], header, task(1, 'IV', 1), task(2, 'IV', 11), task(3, 'I', 1)])] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => [t.quarter, t.month, t.year]), r.summary.overdue, found(r)]).toEqual([[[1, 1, 2026], [4, 11, null], [1, 1, 2026]], [], ['month-outside-quarter G3']]);
  });

  it('in a plan across the year\'s end, a deadline with no year ("31/1") is of the year the month moved the task to', () => {
    const dated = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng', 'Thời hạn'];
    const job = (n: number, quarter: string, month: number, deadline: string): CellValue[] => [...task(n, quarter, month), deadline];
    const r = analyseWorkbook({ sheets: [sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], dated, job(1, 'IV', 1, '31/1'), job(2, 'IV', 2, 'Trước 15/2'), job(3, 'IV', 11, '30/11')])] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => [t.quarter, t.month, t.deadline]), r.summary.overdue, found(r)]).toEqual([
      [[1, 1, '2026-01-31'], [1, 2, '2026-02-15'], [4, 11, '2025-11-30']],
      [],
      ['month-outside-quarter G3', 'month-outside-quarter G4'],
    ]);
  });

  it('under a quarter heading or a sheet named for a quarter, with no "Quý" column, too; under a title of two quarters the month says which', () => {
    const plain = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng'];
    const job = (n: number, month: number): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', month];
    const run = (name: string, rows: CellValue[][]) => analyseWorkbook({ sheets: [sheet(name, rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    const headed = run('KH', [TITLE, plain, ['I', 'Quý III'], job(1, 7), job(2, 10), ['II', 'Quý IV'], job(1, 11)]);
    expect([headed.tasks.map((t) => [t.quarter, t.month]), found(headed)]).toEqual([[[3, 7], [4, 10], [4, 11]], ['month-outside-quarter F5']]);
    const named = run('Quý III', [TITLE, plain, job(1, 7), job(2, 10)]);
    expect([named.tasks.map((t) => [t.quarter, t.month]), found(named)]).toEqual([[[3, 7], [4, 10]], ['month-outside-quarter F4']]);
    const two = run('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025'], plain, job(1, 7), job(2, 10)]);
    expect([two.tasks.map((t) => [t.quarter, t.month]), found(two)]).toEqual([[[3, 7], [4, 10]], []]);
  });

  it('also under a "Quý" written once for its run', () => {
    const r = check(task(1, 'III', 7), task(2, null, 8), task(3, null, 10), task(4, 'IV', 11));
    expect([r.tasks.map((t) => [t.quarter, t.month]), found(r)]).toEqual([[[3, 7], [3, 8], [4, 10], [4, 11]], ['month-outside-quarter G5']]);
  });
});

describe('a task\'s own "Quý" cell naming another quarter than its heading', () => {
  const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng', 'Thời hạn'];
  const job = (n: number, quarter: string, month: CellValue = null, deadline: CellValue = null): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', quarter, month, deadline];
  const run = (name: string, rows: CellValue[][]) => analyseWorkbook({ sheets: [sheet(name, rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });

  it('is reported at the "Quý" cell; the task counts in its own quarter, unless its month is the heading\'s', () => {
    const r = run('KH', [TITLE, header, ['I', 'Quý III (4 nhiệm vụ)'], job(1, 'III', 7), job(2, 'IV', null, '30/11/2025'), job(3, 'IV', 11), job(4, 'Quý IV', 8), ['II', 'Quý IV (1 nhiệm vụ)'], job(1, 'III-IV')]);
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.month]), found(r)]).toEqual([
      [['1', 3, 7], ['2', 4, null], ['3', 4, 11], ['4', 3, 8], ['1', 4, null]],
      ['quarter-outside-heading F5', 'quarter-outside-heading F6', 'quarter-outside-heading F7'],
    ]);
    expect([r.findings[0].message, r.findings[0].field, r.findings[2].suggestion]).toEqual([
      'Ô "Quý" ghi "IV", nhưng nhiệm vụ nằm trong phần Quý III.',
      'quarter',
      'Sửa ô "Quý", hoặc chuyển nhiệm vụ sang phần Quý IV. CTCT đang tính nhiệm vụ này vào Quý III.',
    ]);
  });

  it('keeps the task in its heading\'s quarter where its deadline is of it too ("IV" under "Quý III", due 30/9): only the "Quý" cell is reported', () => {
    const r = run('KH', [TITLE, header, ['I', 'Quý III'], job(1, 'IV', null, '30/9/2025'), job(2, 'IV', null, '15/8'), job(3, 'IV', null, '30/11/2025')]);
    expect([r.tasks.map((t) => [t.quarter, t.deadline]), found(r)]).toEqual([
      [[3, '2025-09-30'], [3, '2025-08-15'], [4, '2025-11-30']],
      ['quarter-outside-heading F4', 'quarter-outside-heading F5', 'quarter-outside-heading F6'],
    ]);
    expect(r.findings[0].suggestion).toBe('Sửa ô "Quý", hoặc chuyển nhiệm vụ sang phần Quý IV. CTCT đang tính nhiệm vụ này vào Quý III.');
  });

  it('under a month row too, which places the task: not where one of the row\'s months is of it ("IV" beside "Tháng 9, 10", "I" beside "Tháng 12 - 1")', () => {
    const rows = [TITLE, header, ['I', 'Quý III'], [null, 'Tháng 7'], job(1, 'IV'), job(2, 'III'), [null, 'Tháng 9, 10'], job(3, 'IV'), ['II', 'Quý IV'], [null, 'Tháng 12 - 1'], job(1, 'I'), job(2, 'II')];
    const r = run('KH', rows);
    expect([r.tasks.map((t) => [t.quarter, t.month]), found(r)]).toEqual([
      [[3, 7], [3, 7], [3, 10], [4, 1], [4, 1]],
      ['quarter-outside-heading F5', 'quarter-outside-heading F12'],
    ]);
  });

  it('compares only a cell that names a quarter and nothing else: a month ("Tháng 3"), a year ("Quý I/2026") or a remark leave the task under its heading', () => {
    const r = run('KH', [TITLE, header, ['I', 'Quý IV'], job(1, 'Tháng 3'), job(2, 'Quý I/2026'), job(3, 'III (chuyển tiếp)'), job(4, 'I')]);
    expect([r.tasks.map((t) => t.quarter), r.summary.overdue.map((o) => o.row), found(r)]).toEqual([[4, 4, 4, 1], [7], ['quarter-outside-heading F7']]);
  });

  it('under a sheet named for a quarter too, and across the year\'s end in the cell\'s own year', () => {
    const named = run('Quý III', [TITLE, header, job(1, 'III'), job(2, 'IV')]);
    expect([named.tasks.map((t) => t.quarter), found(named)]).toEqual([[3, 4], ['quarter-outside-heading F4']]);
    const plan = run('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], header, ['I', 'Quý IV'], job(1, 'I', null, '31/1'), ['II', 'Quý I'], job(1, 'IV', null, '20/12')]);
    expect([plan.tasks.map((t) => [t.quarter, t.deadline]), plan.summary.overdue, found(plan)]).toEqual([
      [[1, '2026-01-31'], [4, '2025-12-20']],
      [],
      ['quarter-outside-heading F4', 'quarter-outside-heading F6'],
    ]);
  });
});

describe('a "Quý" cell naming two quarters ("III-IV", "Quý III, IV")', () => {
  it('is due by the last, unless its "Tháng" cell or deadline says which, as a heading naming two quarters is', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng', 'Thời hạn'];
    const task = (n: number, quarter: string, month: CellValue, deadline: CellValue = null): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', quarter, month, deadline];
    const rows = [TITLE, header, task(1, 'III-IV', null), task(2, 'Quý III, IV', null), task(3, 'I-II', 5), task(4, 'III và IV', null, '15/8/2025'), task(5, 'Quý I (trước 15/3)', null)];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.month]), r.summary.overdue.map((o) => [o.stt, o.due]), found(r)]).toEqual([
      [['1', 4, null], ['2', 4, null], ['3', 2, 5], ['4', 3, null], ['5', 1, null]],
      [['3', '2025-05-31'], ['4', '2025-08-15'], ['5', '2025-03-31']],
      [],
    ]);
  });
});

describe('numbers as units write them', () => {
  it('"1.10" that Excel kept as the number 1.1 (and "1.20" as 1.2) is no repeat where 1.10 is due; a "1.1" typed as text is', () => {
    const list = (n: number, at10: CellValue, at20: CellValue = 1.2) =>
      read([['I', 'Quý III'], [1, 'Công tác quản lý khoa học:'], ...Array.from({ length: n }, (_, i) => row(i === 9 ? at10 : i === 19 ? at20 : Number(`1.${i + 1}`)))]);
    expect(found(list(21, 1.1))).toEqual([]);
    expect(found(list(11, '1.1'))).toEqual(['duplicate-number A15']);
    // A page break's rest under 1.9 changes nothing.
    const cut = read([['I', 'Quý III'], [1, 'Công tác quản lý khoa học:'], ...Array.from({ length: 9 }, (_, i) => row(Number(`1.${i + 1}`))), [null, 'năm 2025'], row(1.1), row(1.11)]);
    expect(found(cut)).toEqual([]);
    // 1.1 as a number where 1.4 is due is a repeat all the same.
    expect(found(read([['I', 'Quý III'], [1, 'Công tác quản lý khoa học:'], row(1.1), row(1.2), row(1.3), row(1.1)]))).toEqual(['duplicate-number A9']);
  });

  it('"(2)" and "3-" are the numbers 2 and 3; lettered tasks with their own cells are tasks under the group row above them', () => {
    const r = read([['I', 'Quý III'], row(1), row('(2)'), row('3-'), [4, 'Công tác quản lý khoa học:'], row('a)'), row('b)'), row(5)]);
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '2', '3', 'a', 'b', '5']);
    expect(found(r)).toEqual([]);
  });

  it('a group row whose unit and leader are merged down over its lettered or "2.1" items is their group: no task, no missing product, not counted', () => {
    for (const [first, second] of [['a)', 'b)'], ['4.1', '4.2']]) {
      // Rows 5.. : 1, 2, 3 | 4 "… gồm:" (unit and leader merged C8:C10, E8:E10) | items | 5.
      const cells = [TITLE, [], HEADER, ['I', 'Quý III (6 nhiệm vụ)'], row(1), row(2), row(3), [4, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:', 'Phòng QLKH&ĐMST', null, 'PGĐ Sở Phan Văn Hiếu'], [first, 'Hội thảo khoa học', null, '01 Hội thảo'], [second, 'Triển lãm sản phẩm', null, '01 Triển lãm'], row(5)];
      const r = analyse([sheet('KH', cells, { merges: ['C8:C10', 'E8:E10'] })]);
      expect([first, r.tasks.map((t) => [t.row, t.leadUnits, t.leaders])]).toEqual([first, [
        [5, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
        [6, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
        [7, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
        [9, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
        [10, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
        [11, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
      ]]);
      expect([first, found(r)]).toEqual([first, []]);
    }
    // Its own product, or a unit not merged down over the items, keeps it a task.
    const own = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III'], row(1), [2, 'Tổ chức hội thảo, gồm:', 'Phòng QLKH&ĐMST', null, 'PGĐ Sở Phan Văn Hiếu'], ['a)', 'Hội thảo khoa học', 'Phòng QLKH&ĐMST', '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu']])]);
    expect(own.tasks.map((t) => t.row)).toEqual([5, 6, 7]);
    expect(found(own)).toEqual(['missing-product D6']);
  });

  it('a row ending "gồm:" with its unit typed, no product nor leader, over lettered or "4.1" items with their own cells is their group: no task, nothing missing', () => {
    for (const [first, second] of [['a)', 'b)'], ['4.1', '4.2']]) {
      const item = (stt: string, text: string): CellValue[] => [stt, text, 'Phòng QLCN&CN', '01 Hội thảo', 'PGĐ Sở Mai Thoan'];
      const r = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III (6 nhiệm vụ)'], row(1), row(2), row(3), [4, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], item(first, 'Hội thảo khoa học'), item(second, 'Triển lãm sản phẩm'), row(5)])]);
      expect([first, r.tasks.map((t) => [t.row, t.leadUnits])]).toEqual([first, [[5, ['Phòng QLKH&ĐMST']], [6, ['Phòng QLKH&ĐMST']], [7, ['Phòng QLKH&ĐMST']], [9, ['Phòng QLCN&CN']], [10, ['Phòng QLCN&CN']], [11, ['Phòng QLKH&ĐMST']]]]);
      expect([first, found(r)]).toEqual([first, []]);
    }
    // An item lacking a product or leader of its own too: the row stays a task.
    const bare = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III'], row(1), [2, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], ['a)', 'Hội thảo khoa học', null, '01 Hội thảo', null]])]);
    expect(bare.tasks.map((t) => t.row)).toEqual([5, 6, 7]);
    expect(found(bare)).toContain('missing-product D6');
  });

  it('items "1.1", "1.2" with none of a task\'s cells under a task "1" with its own are parts of it: not tasks, not counted, nothing missing', () => {
    const r = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III (3 nhiệm vụ)'], row(1), ['1.1', 'Hội nghị sơ kết'], ['1.2', 'Hội nghị chuyên đề'], row(2), row(3)])]);
    expect(r.tasks.map((t) => [t.stt, t.row, t.endRow])).toEqual([['1', 5, 7], ['2', 8, 8], ['3', 9, 9]]);
    expect(r.tasks[0].task).toContain('Hội nghị chuyên đề');
    expect(found(r)).toEqual([]);
  });

  it('a part "1.2" whose own "Tháng" or "Quý" cell names another period than its task\'s is said at that cell; the task counts at its first month', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng'];
    const own = (stt: CellValue, quarter: CellValue, month: CellValue): CellValue[] => [stt, `Xây dựng kế hoạch ${stt}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', quarter, month];
    const part = (stt: string, quarter: CellValue, month: CellValue): CellValue[] => [stt, `Hội nghị ${stt}`, null, null, null, quarter, month];
    const r = read([own(1, 'III', 7), part('1.1', 'III', 7), part('1.2', 'III', 9), part('1.3', 'IV', 10), own(2, 'III', 8)], header);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month, t.endRow])).toEqual([['1', 3, 7, 7], ['2', 3, 8, 8]]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.severity, f.message])).toEqual([
      ['part-period', 'G6', 'warning', 'Phần "1.2" ghi tháng 9, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
      ['part-period', 'G7', 'warning', 'Phần "1.3" ghi tháng 10, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
    ]);
    // Only a "Quý" cell: the quarter is said. Parts of the task's own month, or with none, say nothing.
    const quarters = read([own(1, 'III', null), part('1.1', 'IV', null), part('1.2', null, null), part('1.3', 'III', null)], header);
    expect(quarters.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([['part-period', 'F5', 'Phần "1.1" ghi "IV", nhưng được đọc là phần của nhiệm vụ 1, tính ở Quý III.']]);
  });

  it('a part\'s month typed abbreviated ("T9", "Th9", "T9-10/2025") is said as a month, as the reader reads it, not as typed', () => {
    const header = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý', 'Tháng'];
    const own = (stt: CellValue, month: CellValue): CellValue[] => [stt, `Xây dựng kế hoạch ${stt}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', 'III', month];
    const part = (stt: string, month: CellValue): CellValue[] => [stt, `Hội nghị ${stt}`, null, null, null, 'III', month];
    const r = read([own(1, 'T7'), part('1.1', 'T9'), part('1.2', 'Th9'), part('1.3', 'T.9'), part('1.4', 'T9-10/2025'), own(2, 'T8')], header);
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7], ['2', 8]]);
    expect(r.findings.filter((f) => f.code === 'part-period').map((f) => [`${f.column}${f.row}`, f.message])).toEqual([
      ['G5', 'Phần "1.1" ghi tháng 9, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
      ['G6', 'Phần "1.2" ghi tháng 9, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
      ['G7', 'Phần "1.3" ghi tháng 9, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
      ['G8', 'Phần "1.4" ghi tháng 9-10/2025, nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.'],
    ]);
  });

  it('a row ending "gồm:" with its unit typed, no product nor leader, over items with a product and leader but no unit is their group: they take its unit', () => {
    for (const [first, second] of [['a)', 'b)'], ['4.1', '4.2']]) {
      const item = (stt: string, text: string): CellValue[] => [stt, text, null, '01 Hội thảo', 'PGĐ Sở Mai Thoan'];
      const r = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III (6 nhiệm vụ)'], row(1), row(2), row(3), [4, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], item(first, 'Hội thảo khoa học'), item(second, 'Triển lãm sản phẩm'), [5, 'Báo cáo kết quả', null, 'Báo cáo', 'PGĐ Sở Mai Thoan']])]);
      // The next task numbered as the title was ("5") is no item: its blank unit is its own gap.
      expect([first, r.tasks.map((t) => [t.row, t.leadUnits])]).toEqual([first, [[5, ['Phòng QLKH&ĐMST']], [6, ['Phòng QLKH&ĐMST']], [7, ['Phòng QLKH&ĐMST']], [9, ['Phòng QLCN&CN']], [10, ['Phòng QLCN&CN']], [11, []]]]);
      expect([first, found(r), r.summary.byLeadUnit['Phòng QLCN&CN']]).toEqual([first, ['missing-lead-unit C11'], 2]);
    }
    // Under a unit's group row, the task after the items is that unit's again.
    const nested = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III'], [null, 'Văn phòng Sở'], [1, 'Tổng hợp báo cáo', null, 'Báo cáo', 'Giám đốc Sở'], [2, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], ['a)', 'Hội thảo khoa học', null, '01 Hội thảo', 'PGĐ Sở Mai Thoan'], [3, 'Kiểm tra nội bộ', null, 'Báo cáo', 'Giám đốc Sở']])]);
    expect([nested.tasks.map((t) => [t.row, t.leadUnits]), found(nested)]).toEqual([[[6, ['Văn phòng Sở']], [8, ['Phòng QLCN&CN']], [9, ['Văn phòng Sở']]], []]);
  });

  it('a heading may count a group of items once, as its number does, or each item: both agree, in the check and the summary alike', () => {
    for (const [first, second] of [['a)', 'b)'], ['4.1', '4.2'], ['-', '-']]) {
      const item = (stt: string, text: string): CellValue[] => [stt, text, 'Phòng QLCN&CN', '01 Hội thảo', 'PGĐ Sở Mai Thoan'];
      const plan = (declared: number) => read([['I', `Quý III (${declared} nhiệm vụ)`], row(1), row(2), row(3), [4, 'Tổ chức các hoạt động, gồm:'], item(first, 'Hội thảo khoa học'), item(second, 'Triển lãm sản phẩm'), row(5)]);
      // "5 nhiệm vụ" numbers the group once (1–5), "6" counts its items: the items are the tasks either way.
      for (const declared of [5, 6]) {
        const r = plan(declared);
        expect([first, declared, r.tasks.map((t) => t.row), found(r), r.summary.sections.map((s) => [s.declared, s.actual])]).toEqual([first, declared, [5, 6, 7, 9, 10, 11], [], [[declared, declared]]]);
      }
      // Neither: the message gives both counts.
      const wrong = plan(7);
      expect([first, wrong.findings.map((f) => [f.code, f.message])]).toEqual([first, [['declared-count-mismatch', '"Quý III" ghi 7 nhiệm vụ nhưng bảng có 6 (tính từng mục dưới dòng nhóm; tính mỗi nhóm là một nhiệm vụ như số thứ tự thì có 5).']]]);
    }
    // A total under the tasks counts so too, "Cộng Quý III: 3" over tasks 1, 2 and "3 | … gồm:" with two items.
    const item = (stt: string, text: string): CellValue[] => [stt, text, 'Phòng QLCN&CN', '01 Hội thảo', 'PGĐ Sở Mai Thoan'];
    for (const total of ['Cộng Quý III: 3 nhiệm vụ', 'Tổng cộng: 3 nhiệm vụ', 'Tổng cộng: 4 nhiệm vụ']) {
      const r = read([['I', 'Quý III'], row(1), row(2), [3, 'Tổ chức các hoạt động, gồm:'], item('a)', 'Hội thảo khoa học'), item('b)', 'Triển lãm sản phẩm'), [null, total]]);
      expect([total, found(r), r.summary.sections.map((s) => [s.declared, s.actual])]).toEqual([total, [], [[Number(total.match(/\d(?= nhiệm vụ)/)![0]), Number(total.match(/\d(?= nhiệm vụ)/)![0])]]]);
    }
    // A unit's group row over its tasks ("1 | Phòng QLKH&ĐMST" over dashed rows) is no title: its tasks are counted each.
    const unit = read([['I', 'Quý III (2 nhiệm vụ)'], [1, 'Phòng QLKH&ĐMST'], ['-', 'Xây dựng kế hoạch A', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'], ['-', 'Tổ chức hội thảo B', null, 'Kỷ yếu', 'PGĐ Sở Phan Văn Hiếu']]);
    expect([unit.tasks.length, found(unit)]).toEqual([2, []]);
    expect(read([['I', 'Quý III (1 nhiệm vụ)'], [1, 'Phòng QLKH&ĐMST'], ['-', 'Xây dựng kế hoạch A', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'], ['-', 'Tổ chức hội thảo B', null, 'Kỷ yếu', 'PGĐ Sở Phan Văn Hiếu']]).findings.map((f) => f.code)).toEqual(['declared-count-mismatch']);
  });

  it('a row ending "gồm:" with its unit typed, no product nor leader, over unnumbered items dashed in their text with a product and leader is their group, as over "a)"', () => {
    const item = (text: string, product: string): CellValue[] => [null, text, null, product, 'PGĐ Sở Mai Thoan'];
    const r = read([['I', 'Quý III (6 nhiệm vụ)'], row(1), row(2), row(3), [4, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], item('- Hội thảo', '01 Hội thảo'), item('- Triển lãm', '01 Triển lãm'), [5, 'Báo cáo kết quả', null, 'Báo cáo', 'PGĐ Sở Mai Thoan']]);
    // Each item keeps its own product; the task after them numbered as the title was is no item.
    expect(r.tasks.map((t) => [t.row, t.leadUnits, t.product])).toEqual([
      [5, ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở'],
      [6, ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở'],
      [7, ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở'],
      [9, ['Phòng QLCN&CN'], '01 Hội thảo'],
      [10, ['Phòng QLCN&CN'], '01 Triển lãm'],
      [11, [], 'Báo cáo'],
    ]);
    expect(found(r)).toEqual(['missing-lead-unit C11']);
    // Dashed lines with no cells of their own stay the title's words.
    const lines = read([['I', 'Quý III'], row(1), [2, 'Tổ chức các hoạt động, gồm:', 'Phòng QLCN&CN'], [null, '- Hội thảo'], [null, '- Triển lãm'], row(3)]);
    expect(lines.tasks.map((t) => t.row)).toEqual([5, 6, 9]);
  });

  it('a row ending "gồm:" with no product nor leader, its unit typed or not, over dashed items each with its own unit, product and leader (a leader merged down them too) is their group', () => {
    for (const titleUnit of [null, 'Phòng QLCN&CN']) {
      const item = (text: string, unit: string, product: string, leader: string | null): CellValue[] => [null, text, unit, product, leader];
      const r = analyse([sheet('KH', [TITLE, [], HEADER, ['I', 'Quý III (3 nhiệm vụ)'], row(1), [2, 'Tổ chức các hoạt động, gồm:', titleUnit], item('- Hội thảo khoa học', 'Phòng QLCN&CN', '01 Hội thảo', 'PGĐ Sở Mai Thoan'), item('- Triển lãm sản phẩm', 'Văn phòng Sở', '01 Triển lãm', null), row(3)], { merges: ['E7:E8'] })]);
      expect([titleUnit, r.tasks.map((t) => [t.row, t.leadUnits, t.product, t.leaders])]).toEqual([titleUnit, [
        [5, ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở', ['PGĐ Sở Phan Văn Hiếu']],
        [7, ['Phòng QLCN&CN'], '01 Hội thảo', ['PGĐ Sở Mai Thoan']],
        [8, ['Văn phòng Sở'], '01 Triển lãm', ['PGĐ Sở Mai Thoan']],
        [9, ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở', ['PGĐ Sở Phan Văn Hiếu']],
      ]]);
      expect([titleUnit, found(r), r.summary.byLeadUnit]).toEqual([titleUnit, [], { 'Phòng QLKH&ĐMST': 2, 'Phòng QLCN&CN': 1, 'Văn phòng Sở': 1 }]);
    }
  });

  it('a unit named alone in the task column, numbers restarting under it, is a group row, not the end of the task above', () => {
    const r = read([['I', 'Quý III (4 nhiệm vụ)'], [null, 'Phòng QLKH&ĐMST'], row(1), row(2), [null, 'Văn phòng Sở'], row(1), row(2)]);
    expect(r.tasks.map((t) => [t.row, t.endRow, t.stt])).toEqual([[6, 6, '1'], [7, 7, '2'], [9, 9, '1'], [10, 10, '2']]);
    expect(found(r)).toEqual([]);
    // A list starting under it ("1.1", "a)") starts again as numbers at 1 do.
    for (const [first, second] of [['1.1', '1.2'], ['a)', 'b)']]) {
      const list = read([['I', 'Quý III'], [null, 'Phòng QLKH&ĐMST'], row(first), row(second), [null, 'Văn phòng Sở'], row(first), row(second)]);
      expect(list.tasks.map((t) => [t.row, t.endRow, t.task.endsWith('Văn phòng Sở')])).toEqual([[6, 6, false], [7, 7, false], [9, 9, false], [10, 10, false]]);
    }
    // Numbering going on under it, the task above whole: a group still (after a cut phrase, the rest of that task).
    const split = read([['I', 'Quý III'], row(1), [null, 'Văn phòng Sở'], row(2)]);
    expect(split.tasks.map((t) => [t.row, t.endRow])).toEqual([[5, 5], [7, 7]]);
  });
});

describe('the first number of a part', () => {
  const plan = (q4: number[], header: boolean) =>
    read([['I', 'Quý III (3 nhiệm vụ)'], row(1), row(2), row(3), ...(header ? [['II. Quý IV'], HEADER] : [['II', 'Quý IV']]), ...q4.map((k) => row(k))]);
  const gaps = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap').map((f) => `${f.column}${f.row} ${f.message}`);

  it.each([false, true])('starts again at 1 or goes on from the part above; else a task is missing (own header row: %s)', (header) => {
    const row9 = header ? 10 : 9;
    expect(gaps(plan([1, 2], header))).toEqual([]);
    expect(gaps(plan([4, 5], header))).toEqual([]);
    expect(gaps(plan([2, 3], header))).toEqual([`A${row9} Số thứ tự của Quý IV bắt đầu từ 2 (thiếu 1).`]);
    expect(gaps(plan([5, 6], header))).toEqual([`A${row9} Số thứ tự nhảy từ 3 sang 5 (thiếu 4).`]);
  });

  it('a part starting at the number the part above ended at repeats it: numbering that runs on, not a restart that lost 1–2', () => {
    const numbers = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap' || f.code === 'duplicate-number').map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
    expect(numbers(plan([3, 4], false))).toEqual(['duplicate-number A9 Số thứ tự 3 trùng với dòng 7.']);
    // Parts that have run on: a number of the run again is a repeat of its row.
    const three = (q1: number[]) => read([['I', 'Quý III'], row(1), row(2), row(3), ['II', 'Quý IV'], row(4), row(5), ['III', 'Nhiệm vụ phát sinh'], ...q1.map((k) => row(k))]);
    expect(numbers(three([5, 6]))).toEqual(['duplicate-number A12 Số thứ tự 5 trùng với dòng 10.']);
    expect(numbers(three([4, 5]))).toEqual(['duplicate-number A12 Số thứ tự 4 trùng với dòng 9.']);
    // Parts that have restarted at 1: a part starting at the last number lost its first tasks.
    const restarted = read([['I', 'Quý III'], row(1), row(2), ['II', 'Quý IV'], row(1), row(2), ['III', 'Nhiệm vụ phát sinh'], row(2), row(3)]);
    expect(numbers(restarted)).toEqual(['number-gap A11 Số thứ tự của Nhiệm vụ phát sinh bắt đầu từ 2 (thiếu 1).']);
    // So have months that each number from 1.
    const months = read([['I', 'Quý III'], [null, 'Tháng 7'], row(1), row(2), [null, 'Tháng 8'], row(1), row(2), ['II', 'Quý IV'], row(2), row(3)]);
    expect(numbers(months)).toEqual(['number-gap A12 Số thứ tự của Quý IV bắt đầu từ 2 (thiếu 1).']);
  });

  it('goes on from an unnumbered or repeated last task of the part above as the part itself would', () => {
    const numbers = (r: FileReport) => r.findings.filter((f) => ['number-gap', 'duplicate-number', 'missing-number'].includes(f.code)).map((f) => `${f.code} ${f.column}${f.row}`);
    // 1, 2, _ | 4, 5: the unnumbered task is the 3 (reported once), 4 goes on from it.
    expect(numbers(read([['I', 'Quý III'], row(1), row(2), row(''), ['II', 'Quý IV'], row(4), row(5)]))).toEqual(['missing-number A7']);
    // 1, 2, 2 | 3, 4: the repeat is reported, not a part starting at 3 that lost 1–2.
    expect(numbers(read([['I', 'Quý III'], row(1), row(2), row(2), ['II', 'Quý IV'], row(3), row(4)]))).toEqual(['duplicate-number A7']);
  });

  it('under month rows that each number from 1, a month starting at 2 lost its first task: no repeat of the month above\'s 2', () => {
    const months = (july: number[], august: number[], september: number[]) =>
      read([['I', 'Quý III'], [null, 'Tháng 7'], ...july.map((k) => row(k)), [null, 'Tháng 8'], ...august.map((k) => row(k)), [null, 'Tháng 9'], ...september.map((k) => row(k))]);
    const numbers = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap' || f.code === 'duplicate-number').map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
    expect(numbers(months([1, 2], [1, 2], [1, 2]))).toEqual([]);
    expect(numbers(months([1, 2], [1, 2], [2, 3]))).toEqual(['number-gap A12 Số thứ tự bắt đầu lại từ 2 (thiếu 1).']);
    // Numbered on from month to month, a 2 again is a repeat.
    expect(numbers(months([1, 2], [2, 3], [4]))).toEqual(['duplicate-number A9 Số thứ tự 2 trùng với dòng 7.']);
  });

  it('under month rows numbering from 1, an unnumbered first task then 2 is the month\'s 1: missing its number, the 2 no repeat of the month above\'s', () => {
    const numbers = (r: FileReport) => r.findings.filter((f) => /number/.test(f.code)).map((f) => `${f.code} ${f.column}${f.row} ${f.suggestion ?? ''}`);
    const july = [[null, 'Tháng 7'], row(1), row(2), [null, 'Tháng 8']];
    expect(numbers(read([['I', 'Quý III'], ...july, row(null), row(2), [null, 'Tháng 9'], row(1)]))).toEqual(['missing-number A9 Đánh số 1.']);
    // The PDF form, its 1 typed in its text: the same.
    const pdf = read([['I', 'Quý III'], ...july, [null, '1. Tổ chức hội nghị tổng kết', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'], row(2)]);
    expect(numbers(pdf)).toEqual(['missing-number A9 Đánh số 1.']);
    // Numbered on from July (_ then 4), the unnumbered task is 3; a 3 after it stays unsettled, never a restart.
    expect(numbers(read([['I', 'Quý III'], ...july, row(null), row(4)]))).toEqual(['missing-number A9 Đánh số 3.']);
    expect(numbers(read([['I', 'Quý III'], ...july, row(null), row(3)]))).toEqual(['missing-number A9 ']);
    // Within one month, 1, 2, _, 2 is still a repeat.
    expect(numbers(read([['I', 'Quý III'], [null, 'Tháng 7'], row(1), row(2), row(null), row(2)])).map((f) => f.split(' ', 2).join(' '))).toEqual(['missing-number A8', 'duplicate-number A9']);
  });

  it('numbered "1.1", "1.2"… after a part numbered so: starts again at .1 or runs on; else a number was lost or repeated', () => {
    const numbers = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap' || f.code === 'duplicate-number').map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
    const parts = (q4: string[]) => read([['I', 'Quý III'], row('1.1'), row('1.2'), ['II', 'Quý IV'], ...q4.map((k) => row(k))]);
    for (const right of [['1.1', '1.2'], ['2.1', '2.2'], ['1.3', '1.4']]) {
      const r = parts(right);
      expect([right, r.tasks.map((t) => [t.stt, t.quarter]), numbers(r)]).toEqual([right, [['1.1', 3], ['1.2', 3], [right[0], 4], [right[1], 4]], []]);
    }
    expect(numbers(parts(['2.2', '2.3']))).toEqual(['number-gap A8 Số thứ tự của Quý IV bắt đầu từ 2.2 (thiếu 2.1).']);
    expect(numbers(parts(['1.4', '1.5']))).toEqual(['number-gap A8 Số thứ tự nhảy từ 1.2 sang 1.4 (thiếu 1.3).']);
    expect(numbers(parts(['1.2', '1.3']))).toEqual(['duplicate-number A8 Số thứ tự 1.2 trùng với dòng 6.']);
  });

  it('numbered by the Roman part ("I.1", "I.2" under "I | Quý III", "II.1" under "II | Quý IV"): a number repeated or lost is reported, as with "1.1"', () => {
    const numbers = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap' || f.code === 'duplicate-number').map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
    const parts = (q3: string[], q4: string[]) => read([['I', 'Quý III'], ...q3.map((k) => row(k)), ['II', 'Quý IV'], ...q4.map((k) => row(k))]);
    expect(numbers(parts(['I.1', 'I.2', 'I.3'], ['II.1', 'II.2']))).toEqual([]);
    expect(numbers(parts(['I.1', 'I.2', 'I.2'], ['II.1', 'II.3']))).toEqual(['duplicate-number A7 Số thứ tự I.2 trùng với dòng 6.', 'number-gap A10 Số thứ tự nhảy từ II.1 sang II.3 (thiếu II.2).']);
    expect(numbers(parts(['I.1', 'I.3'], ['II.1']))).toEqual(['number-gap A6 Số thứ tự nhảy từ I.1 sang I.3 (thiếu I.2).']);
  });

  it('is not compared with a table beside it, nor is a sheet\'s first part (a unit\'s extract keeps the programme\'s numbers)', () => {
    const side = (k: number, text: string): CellValue[] => [k, text, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'];
    const r = analyse([
      sheet('KH', [
        TITLE,
        [],
        ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', null, 'STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
        ['I', 'Quý III', null, null, null, null, 'II', 'Quý IV'],
        [...side(12, 'Tổng hợp báo cáo quý III'), null, ...side(7, 'Tổng hợp báo cáo quý IV')],
        [...side(13, 'Kiểm tra nội bộ quý III'), null, ...side(8, 'Kiểm tra nội bộ quý IV')],
      ]),
    ]);
    expect([r.tasks.length, gaps(r)]).toEqual([4, []]);
  });
});

describe('hierarchical numbers ("1.1", "1.2" under "1 | Tháng 7")', () => {
  const numbers = (r: FileReport) => r.findings.filter((f) => f.code === 'number-gap' || f.code === 'duplicate-number').map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
  const months = (july: string[], august: string[]) =>
    read([['I', 'Quý III'], ['1', 'Tháng 7'], ...july.map((k) => row(k)), ['2', 'Tháng 8'], ...august.map((k) => row(k))]);

  it('are read as tasks of their quarter and month, with their own numbers', () => {
    const r = months(['1.1', '1.2'], ['2.1', '2.2']);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([['1.1', 3, 7], ['1.2', 3, 7], ['2.1', 3, 8], ['2.2', 3, 8]]);
    expect(numbers(r)).toEqual([]);
  });

  it('a number skipped or repeated under the same prefix is reported at its cell', () => {
    expect(numbers(months(['1.1', '1.2'], ['2.1', '2.3']))).toEqual(['number-gap A10 Số thứ tự nhảy từ 2.1 sang 2.3 (thiếu 2.2).']);
    expect(numbers(months(['1.1', '1.2'], ['2.1', '2.1', '2.2']))).toEqual(['duplicate-number A10 Số thứ tự 2.1 trùng với dòng 9.']);
    // A prefix whose first number is not .1 lost it.
    expect(numbers(months(['1.1', '1.2'], ['2.2', '2.3']))).toEqual(['number-gap A9 Số thứ tự nhảy từ 1.2 sang 2.2 (thiếu 2.1).']);
  });

  it('a prefix that does not follow its month row is reported once, at the month\'s first number', () => {
    // "2 | Tháng 8": its tasks are 2.1, 2.2, not July's list copied or run on.
    expect(numbers(months(['1.1', '1.2'], ['1.1', '1.2']))).toEqual(['number-gap A9 Số thứ tự 1.1 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 2).']);
    expect(numbers(months(['1.1', '1.2'], ['1.3', '1.4']))).toEqual(['number-gap A9 Số thứ tự 1.3 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 2).']);
    expect(numbers(months(['1.1', '1.2'], ['7.1', '7.2']))).toEqual(['number-gap A9 Số thứ tự 7.1 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 2).']);
    // Tasks numbered by their month under unnumbered month rows: "Tháng 8" keeping July's 7 is a slip; 8.1 is not.
    const byMonth = (august: string[]) => read([['I', 'Quý III'], [null, 'Tháng 7'], row('7.1'), row('7.2'), [null, 'Tháng 8'], ...august.map((k) => row(k))]);
    expect(numbers(byMonth(['7.3', '7.4']))).toEqual(['number-gap A9 Số thứ tự 7.3 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 8).']);
    const right = byMonth(['8.1', '8.2']);
    expect([right.tasks.map((t) => [t.stt, t.month]), numbers(right)]).toEqual([[['7.1', 7], ['7.2', 7], ['8.1', 8], ['8.2', 8]], []]);
    // Lists that each start again at "1.1" under unnumbered months, or run on by prefix, follow no month: nothing to say.
    expect(numbers(read([['I', 'Quý I'], [null, 'Tháng 1'], row('1.1'), row('1.2'), [null, 'Tháng 2'], row('1.3'), row('1.4')]))).toEqual([]);
    expect(numbers(read([['I', 'Quý III'], [null, 'Tháng 7'], row('1.1'), row('1.2'), [null, 'Tháng 8'], row('2.1'), row('2.2')]))).toEqual([]);
  });

  it('a single month\'s block numbered by another month of its quarter ("7.1" under "Tháng 8", no month before it) is reported at its first number', () => {
    const alone = (month: string, numbers: string[]) => read([['I', 'Quý III'], [null, month], ...numbers.map((k) => row(k))]);
    expect(numbers(alone('Tháng 8', ['7.1', '7.2']))).toEqual(['number-gap A6 Số thứ tự 7.1 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 8).']);
    expect(numbers(alone('Tháng 8', ['9.1', '9.2']))).toEqual(['number-gap A6 Số thứ tự 9.1 không khớp dòng "Tháng 8" phía trên (số mẹ nên là 8).']);
    // Its own month, the quarter's number, a part's number or a month's place in the quarter, a month of its range: no slip.
    for (const [month, first] of [['Tháng 8', '8.1'], ['Tháng 8', '3.1'], ['Tháng 8', '1.1'], ['Tháng 8', '2.1'], ['Tháng 7-8', '7.1'], ['Tháng 8', '5.1']]) {
      const r = alone(month, [first]);
      expect([month, first, r.tasks.map((t) => t.stt), numbers(r)]).toEqual([month, first, [first], []]);
    }
  });

  it('a part\'s first prefix is compared with the part above\'s: "3.1" after "1.2" skips 2; after integers, "1.2" first lost 1.1', () => {
    const parts = (q3: CellValue[], q4: string[]) => read([['I', 'Quý III'], ...q3.map((k) => row(k)), ['II', 'Quý IV'], ...q4.map((k) => row(k))]);
    expect(numbers(parts(['1.1', '1.2'], ['3.1', '3.2']))).toEqual(['number-gap A8 Số thứ tự nhảy từ 1.2 sang 3.1 (số mẹ nên là 2).']);
    expect(numbers(parts([1, 2], ['1.2', '1.3']))).toEqual(['number-gap A8 Số thứ tự của Quý IV bắt đầu từ 1.2 (thiếu 1.1).']);
    // The next prefix, 1 again, the quarter's own number, or a ".1" after integers: no slip.
    for (const [q3, q4] of [[['1.1', '1.2'], ['2.1']], [['1.1', '1.2'], ['1.1']], [['3.1', '3.2'], ['4.1']], [[1, 2], ['1.1', '1.2']], [[1, 2], ['2.1']]] as [CellValue[], string[]][]) {
      const r = parts(q3, q4);
      expect([q3, q4, r.tasks.length, numbers(r)]).toEqual([q3, q4, q3.length + q4.length, []]);
    }
  });

  it('a prefix that does not follow its numbered quarter row ("3.1" or "1.1" under "2 | Quý IV") is reported as under a month row', () => {
    const quarters = (q4: string[]) => read([['1', 'Quý III'], row('1.1'), row('1.2'), ['2', 'Quý IV'], ...q4.map((k) => row(k))]);
    expect(numbers(quarters(['3.1', '3.2']))).toEqual(['number-gap A8 Số thứ tự 3.1 không khớp dòng "Quý IV" phía trên (số mẹ nên là 2).']);
    expect(numbers(quarters(['1.1', '1.2']))).toEqual(['number-gap A8 Số thứ tự 1.1 không khớp dòng "Quý IV" phía trên (số mẹ nên là 2).']);
    // Quý III's last number again is that slip, said once: not also a repeat of row 6.
    expect(numbers(quarters(['1.2', '1.3']))).toEqual(['number-gap A8 Số thứ tự 1.2 không khớp dòng "Quý IV" phía trên (số mẹ nên là 2).']);
    const right = quarters(['2.1', '2.2']);
    expect([right.tasks.map((t) => [t.stt, t.quarter]), numbers(right)]).toEqual([[['1.1', 3], ['1.2', 3], ['2.1', 4], ['2.2', 4]], []]);
    // Numbered by the quarter itself ("4.1" under "2 | Quý IV") is no slip.
    expect(numbers(read([['1', 'Quý III'], row('3.1'), row('3.2'), ['2', 'Quý IV'], row('4.1'), row('4.2')]))).toEqual([]);
  });

  it('"1.10" follows "1.9", and "1.1." is 1.1', () => {
    const ten = ['1.1.', '1.2.', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11'];
    expect(numbers(months(ten, ['2.1']))).toEqual([]);
    expect(numbers(months(['1.1', '1.1.'], ['2.1']))).toEqual(['duplicate-number A7 Số thứ tự 1.1 trùng với dòng 6.']);
  });

  it('a task left unnumbered among them stands for the next one ("1.1", _, "1.3": 1.2), not for an integer', () => {
    const numbered = (r: FileReport) => r.findings.filter((f) => ['missing-number', 'number-gap', 'duplicate-number'].includes(f.code)).map((f) => `${f.code} ${f.column}${f.row} ${f.suggestion}`);
    expect(numbered(months(['1.1', '', '1.3'], ['2.1', '']))).toEqual(['missing-number A7 Đánh số 1.2.', 'missing-number A11 Đánh số 2.2.']);
    // Numbered "1.2" below it, it has no number to suggest.
    expect(numbered(months(['1.1', '', '1.2'], ['2.1']))).toEqual(['missing-number A7 null']);
    // Under a group row "2 | …:" the task after it is still 3, no repeat or gap.
    const group = read([['I', 'Quý III'], row(1), [2, 'Công tác văn phòng:'], row('2.1'), row(''), row(3)]);
    expect(numbered(group)).toEqual(['missing-number A8 Đánh số 2.2.']);
  });

  it('months that each start again at "1.1" are no repeats', () => {
    const r = read([['I', 'Quý III'], [null, 'Tháng 7'], row('1.1'), row('1.2'), [null, 'Tháng 8'], row('1.1'), row('1.2')]);
    expect(numbers(r)).toEqual([]);
    // Read as four tasks, in their months: no finding because none is a repeat, not because none was read.
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1.1', 7], ['1.2', 7], ['1.1', 8], ['1.2', 8]]);
    // Nor are groups under a unit's name or a title with no number of its own.
    for (const title of ['Văn phòng Sở', 'Công tác thanh tra:']) {
      expect(numbers(read([['I', 'Quý III'], [null, 'Phòng QLKH&ĐMST'], row('1.1'), row('1.2'), [null, title], row('1.1'), row('1.2')]))).toEqual([]);
    }
    // Once they have, one starting at "1.2" lost its first; numbered on from month to month, "1.2" again is a repeat.
    const lost = read([['I', 'Quý III'], [null, 'Tháng 7'], row('1.1'), row('1.2'), [null, 'Tháng 8'], row('1.1'), row('1.2'), [null, 'Tháng 9'], row('1.2'), row('1.3')]);
    expect(numbers(lost)).toEqual(['number-gap A12 Số thứ tự bắt đầu lại từ 1.2 (thiếu 1.1).']);
    const on = read([['I', 'Quý III'], [null, 'Tháng 7'], row('1.1'), row('1.2'), [null, 'Tháng 8'], row('1.2'), row('1.3')]);
    expect(numbers(on)).toEqual(['duplicate-number A9 Số thứ tự 1.2 trùng với dòng 7.']);
  });
});

describe('lettered tasks ("a)", "b)" under a group row; "2a", "2b" after a 2)', () => {
  const numbered = (r: FileReport) => r.findings.filter((f) => ['missing-number', 'number-gap', 'duplicate-number'].includes(f.code)).map((f) => `${f.code} ${f.column}${f.row} ${f.message}`);
  const group = (letters: string[]) => read([['I', 'Quý III'], row(1), [2, 'Công tác văn phòng:'], ...letters.map((k) => row(k)), row(3)]);

  it('a letter repeated or skipped in its list is reported at its cell', () => {
    expect(numbered(group(['a)', 'b)', 'b)']))).toEqual(['duplicate-number A9 Số thứ tự b trùng với dòng 8.']);
    expect(numbered(group(['a)', 'b)', 'd)']))).toEqual(['number-gap A9 Số thứ tự nhảy từ b sang d (thiếu c).']);
    expect(numbered(read([['I', 'Quý III'], row(1), row(2), row('2a'), row('2a'), row(3)]))).toEqual(['duplicate-number A8 Số thứ tự 2a trùng với dòng 7.']);
    expect(numbered(read([['I', 'Quý III'], row(1), row(2), row('2a'), row('2c'), row(3)]))).toEqual(['number-gap A8 Số thứ tự nhảy từ 2a sang 2c (thiếu 2b).']);
  });

  it('runs in the Vietnamese alphabet (d, đ, e, g) or the Latin one, and starts again under each group', () => {
    const vietnamese = group(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)']);
    expect(numbered(vietnamese)).toEqual([]);
    // Every letter read as a task of its own, between tasks 1 and 3.
    expect(vietnamese.tasks.map((t) => t.stt)).toEqual(['1', 'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', '3']);
    expect(numbered(group(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)']))).toEqual([]);
    const groups = read([['I', 'Quý III'], row(1), [2, 'Công tác văn phòng:'], row('a)'), row('b)'), [3, 'Công tác thanh tra:'], row('a)'), row('b)'), row(4), row('4a'), row(5)]);
    expect(numbered(groups)).toEqual([]);
    // Groups under a unit's name or a title with no number start their letters again too.
    for (const title of ['Thanh tra Sở', 'Công tác thanh tra:']) {
      expect(numbered(read([['I', 'Quý III'], [null, 'Văn phòng Sở'], row('a)'), row('b)'), [null, title], row('a)'), row('b)')]))).toEqual([]);
    }
  });

  it('a task left unnumbered in the list stands for the next letter, not for the next integer', () => {
    const r = group(['a)', '', 'c)']);
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.suggestion}`)).toEqual(['missing-number A8 Đánh số b.']);
    // After "d)" the next is "đ)" or "e)": no letter is guessed, and neither follows it as a gap.
    expect(group(['a)', 'b)', 'c)', 'd)', '', 'f)']).findings.map((f) => `${f.code} ${f.column}${f.row} ${f.suggestion}`)).toEqual(['missing-number A11 null']);
  });
});

describe('numbers written by formulas', () => {
  it('a number whose formula result the file does not keep (saved by another tool) is no forgotten number', () => {
    const rows = [TITLE, [], HEADER, ['I', 'Quý III'], row(1), row(null), row(null)];
    const formulas: (string | null)[][] = [];
    formulas[5] = ['=A5+1'];
    formulas[6] = ['=A6+1'];
    const r = analyseWorkbook({ sheets: [{ ...sheet('KH', rows), formulas }] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect(r.tasks).toHaveLength(3);
    expect(found(r)).toEqual([]);
  });

  it('stands for the next number: the numbers typed after it go on without a gap, a skip after it is still one', () => {
    const plan = (next: number) => {
      const formulas: (string | null)[][] = [];
      formulas[5] = ['=A5+1'];
      const rows = [TITLE, [], HEADER, ['I', 'Quý III'], row(1), row(null), row(next)];
      return analyseWorkbook({ sheets: [{ ...sheet('KH', rows), formulas }] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    };
    expect([plan(3).tasks.length, found(plan(3))]).toEqual([3, []]);
    expect(found(plan(5))).toEqual(['number-gap A7']);
  });
});

describe('counts', () => {
  it('a count that does not match is pointed at the cell of the heading row that states it', () => {
    const r = analyse([
      sheet('PL', [
        ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
        HEADER_2025,
        ['I', 'Quý III', null, null, '(3 nhiệm vụ)'],
        [null, 'Tháng 7'],
        task(1, 'Xây dựng kế hoạch kiểm tra'),
        task(2, 'Tổ chức hội thảo khởi nghiệp'),
        ['II', 'Quý IV', null, null, null, null, 'Gồm 5 nhiệm vụ'],
        task(1, 'Tổng kết năm'),
        ['III', 'Quý I/2026 (4 nhiệm vụ)'],
        task(1, 'Xây dựng chương trình công tác năm 2026'),
        [null, 'Tổng cộng', null, null, 7],
      ]),
    ]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([
      ['declared-count-mismatch', 'E3', '"Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.'],
      ['declared-count-mismatch', 'G7', '"Quý IV" ghi 5 nhiệm vụ nhưng bảng có 1.'],
      // The count written with its heading, in one cell: that cell, as ever.
      ['declared-count-mismatch', 'B9', '"Quý I" ghi 4 nhiệm vụ nhưng bảng có 1.'],
      ['declared-count-mismatch', 'E11', '"Tổng cộng" ghi 7 nhiệm vụ nhưng bảng có 4.'],
    ]);
    // The summary's sections keep the heading's own cell.
    expect(r.summary.sections.map((s) => `${s.column}${s.row}`)).toEqual(['B3', 'B7', 'B9', 'B11']);
  });

  it('a quarter\'s or month\'s count written as a figure alone in a cell of its own ("Quý III | 3") is read and checked there', () => {
    const r = read([
      ['I', 'Quý III', 3],
      [null, 'Tháng 7', null, null, null, null, null, '(1)'],
      row(1),
      [null, 'Tháng 8'],
      row(2),
      [2, 'Quý IV', '2'],
      row(1),
      ['III', 'Quý I/2026', 2026],
      row(1),
    ]);
    // The numbered "2 | Quý IV | 2" is a quarter row, not a task whose unit is "2"; "2026" is a year, no count.
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([['1', 3, 7], ['2', 3, 8], ['1', 4, null], ['1', 1, null]]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 3, 2], ['Tháng 7', 1, 1], ['Quý IV', 2, 1]]);
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.message}`)).toEqual([
      'declared-count-mismatch C4 "Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.',
      'declared-count-mismatch C9 "Quý IV" ghi 2 nhiệm vụ nhưng bảng có 1.',
    ]);
    // A figure under the deadline or status column (a date serial that lost its format) counts no tasks.
    const dated = read([['I', 'Quý III', null, null, null, 45930], row(1), ['II', 'Quý IV', null, null, null, null, 2], row(1)]);
    expect([dated.tasks.map((t) => t.quarter), dated.summary.sections, found(dated)]).toEqual([[3, 4], [], []]);
  });

  it('a marker in its own cell before a long title with a count ("III | … Tổng cộng 6 nhiệm vụ, cụ thể:") declares it', () => {
    const r = read([
      ['III', 'Những nhiệm vụ tổ chức triển khai thực hiện, hoàn thành theo từng Quý, tháng: Tổng cộng 6 nhiệm vụ, cụ thể:'],
      ['1. Những nội dung hoàn thành trong Quý III: Gồm 3 nhiệm vụ'],
      row(1),
      row(2),
      row(3),
      ['2. Những nội dung hoàn thành trong Quý IV: Gồm 2 nhiệm vụ'],
      row(1),
      row(2),
    ]);
    expect(r.summary.sections.map((s) => [s.row, s.declared, s.actual])).toEqual([[4, 6, 5], [5, 3, 3], [9, 2, 2]]);
    expect(found(r)).toEqual(['declared-count-mismatch B4']);
    // The finding names the title, not its count again.
    expect(r.findings[0].message).toBe('"Những nhiệm vụ tổ chức triển khai thực hiện, hoàn thành theo từng Quý, tháng" ghi 6 nhiệm vụ nhưng bảng có 5.');
  });

  describe('a list of counts with no tasks under it (the decision\'s "Quý I: Gồm 2 nhiệm vụ" …, "nhiệm vụ cụ thể kèm theo")', () => {
    const list = (q1: number): CellValue[][] => [
      TITLE,
      ['1. Nhiệm vụ trọng tâm: Gồm 01 nội dung'],
      HEADER,
      row(1),
      ['III. Những nhiệm vụ tổ chức triển khai thực hiện, hoàn thành theo từng Quý: Tổng cộng 3 nhiệm vụ, cụ thể:'],
      [`1. Những nội dung hoàn thành trong Quý I: Gồm ${q1} nhiệm vụ`],
      ['2. Những nội dung hoàn thành trong Quý II: Gồm 1 nhiệm vụ'],
      ['(nhiệm vụ cụ thể kèm theo)'],
    ];
    const annex: CellValue[][] = [['PHỤ LỤC. Nhiệm vụ cụ thể năm 2025'], HEADER, ['I', 'Quý I (2 nhiệm vụ)'], row(1), row(2), ['II', 'Quý II (1 nhiệm vụ)'], row(1)];
    const counts = (r: FileReport) => r.summary.sections.map((s) => `${s.sheet}!${s.column}${s.row} ${s.declared}/${s.actual}`);
    const mismatches = (r: FileReport) => r.findings.filter((f) => f.code === 'declared-count-mismatch').map((f) => `${f.sheet}!${f.column}${f.row} ${f.message}`);

    it('counts the tasks of the annex sheet, and reports a count the annex does not have', () => {
      const right = analyse([sheet('CTCT', list(2)), sheet('Phụ lục', annex)]);
      expect([counts(right), mismatches(right)]).toEqual([['CTCT!A2 1/1', 'CTCT!A5 3/3', 'CTCT!A6 2/2', 'CTCT!A7 1/1', 'Phụ lục!B3 2/2', 'Phụ lục!B6 1/1'], []]);
      const wrong = analyse([sheet('CTCT', list(3)), sheet('Phụ lục', annex)]);
      expect(mismatches(wrong)).toEqual([
        'CTCT!A6 "Quý I" ghi 3 nhiệm vụ nhưng bảng có 2.',
      ]);
    });

    it('has nothing to count when the tasks are attached in another file', () => {
      const r = analyse([sheet('CTCT', list(2))]);
      expect([counts(r), mismatches(r)]).toEqual([['CTCT!A2 1/1'], []]);
    });
  });

  it('a count in figures and words, as official texts write it ("Gồm 04 (bốn) nhiệm vụ", "gồm bốn (04) nhiệm vụ"), is read; a bracketed marker is no count', () => {
    for (const heading of ['Quý III: Gồm 04 (bốn) nhiệm vụ', 'Quý III: Gồm bốn (04) nhiệm vụ', 'Quý III (04) nhiệm vụ']) {
      const r = read([['I', heading], row(1), row(2), row(3)]);
      expect([heading, r.summary.sections.map((s) => [s.label, s.declared, s.actual]), found(r)]).toEqual([heading, [['Quý III', 4, 3]], ['declared-count-mismatch B4']]);
    }
    // A section's label keeps its words only.
    const section = read([['1', 'Nhiệm vụ trọng tâm: Gồm 02 (hai) nội dung'], row(1), row(2)]);
    expect([section.summary.sections.map((s) => [s.label, s.declared, s.actual]), found(section)]).toEqual([[['Nhiệm vụ trọng tâm', 2, 2]], []]);
    // "(1)" numbering the title under a Roman part, in the title's cell, counts nothing.
    const marked = read([['I', '(1) Nhiệm vụ trọng tâm'], row(1), row(2)]);
    expect([marked.tasks.length, marked.summary.sections, found(marked)]).toEqual([2, [], []]);
  });

  it('"Gồm 5 nhiệm vụ" on its own line under the quarter heading gives the quarter its count', () => {
    const r = read([[null, 'Những nội dung hoàn thành trong Quý III:'], [null, 'Gồm 5 nhiệm vụ'], row(1), row(2), row(3)]);
    expect(r.summary.sections.map((s) => [s.row, s.label, s.declared, s.actual])).toEqual([[4, 'Quý III', 5, 3]]);
  });

  it('a total above the tasks sums the quarters, as one under them does', () => {
    const allYear = [['A', 'NHIỆM VỤ TRỌNG TÂM'], row(1), row(2)];
    const quarters = [['I', 'Quý III'], row(1), row(2), row(3), ['II', 'Quý IV'], row(1), row(2)];
    const top = read([[null, 'Tổng cộng 5 nhiệm vụ'], ...allYear, ...quarters]);
    const bottom = read([...allYear, ...quarters, [null, 'Tổng cộng 5 nhiệm vụ']]);
    expect(found(top)).toEqual([]);
    expect(found(bottom)).toEqual([]);
  });

  it('one mistyped month row is reported alone: the correct month row after it is not', () => {
    const r = read([['I', 'Quý III'], [null, 'Tháng 7'], row(1), [null, 'Tháng 11'], row(1), [null, 'Tháng 9'], row(1)]);
    expect(found(r).filter((f) => f.startsWith('month-outside-quarter'))).toEqual(['month-outside-quarter B7']);
  });
});

describe('statuses', () => {
  it('"Đang hoàn thành" is under way; "Dừng thực hiện" is no slip for "Đang thực hiện" but stopped (not carried out), so never fixed to it', () => {
    const r = read([['I', 'Quý III'], row(1, { status: 'Đang hoàn thành' }), row(2, { status: 'Dừng thực hiện' }), row(3, { status: 'Hoàn thàn' })]);
    expect([r.summary.byStatus['Đang thực hiện'], r.summary.byStatus['Đề xuất bỏ']]).toEqual([1, 1]);
    expect(r.findings.filter((f) => f.code === 'unknown-status').map((f) => [`${f.column}${f.row}`, f.fix?.value ?? null])).toEqual([['G7', 'Hoàn thành']]);
  });
});

describe('Roman-numbered sections inside a period set above them', () => {
  const units = [['I', 'Phòng QLKH&ĐMST'], task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khởi nghiệp'), ['II', 'Văn phòng Sở'], task(1, 'Tổng hợp báo cáo quý', { lead: 'Văn phòng Sở' })];
  const periods = (r: FileReport) => r.tasks.map((t) => [t.quarter, t.month]);

  it('a month plan\'s title, or a sheet named for its quarter, holds its unit sections: no task becomes all-year', () => {
    const monthly = analyse([sheet('KH', [['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER_2025, ...units])]);
    expect(periods(monthly)).toEqual([[3, 7], [3, 7], [3, 7]]);
    expect(monthly.summary.allYear).toBe(0);
    const quarterly = analyse([sheet('Quý III', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER_2025, ...units])]);
    expect(periods(quarterly)).toEqual([[3, null], [3, null], [3, null]]);
  });

  it('a quarter heading lettered above them ("A | QUÝ III (3 nhiệm vụ)") keeps its tasks and its count', () => {
    const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER_2025, ['A', 'QUÝ III (3 nhiệm vụ)'], ...units])]);
    expect(periods(r)).toEqual([[3, null], [3, null], [3, null]]);
    expect(r.findings.filter((f) => f.code === 'declared-count-mismatch')).toEqual([]);
  });
});

describe('what other units\' sheets write', () => {
  it('reads "Tên công việc", "PGĐ phụ trách" and "Kết quả dự kiến" as the task, leader and product columns', () => {
    const r = analyse([sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], ['STT', 'Tên công việc', 'Đơn vị chủ trì', 'Kết quả dự kiến', 'PGĐ phụ trách'], [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', '', 'PGĐ Sở Phan Văn Hiếu']])]);
    expect(r.tables.map((t) => Object.keys(t.columns).sort())).toEqual([['lead', 'leader', 'product', 'stt', 'task']]);
    expect(r.findings.map((f) => f.code)).toContain('missing-product');
    expect(r.tasks[0]!.leaders).toEqual(['PGĐ Sở Phan Văn Hiếu']);
  });

  it('ends the table at a signature block right under the last task ("GIÁM ĐỐC", "(Đã ký)", place and date)', () => {
    const r = analyse([
      sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], HEADER_2025, task(1, 'Xây dựng kế hoạch kiểm tra', { leader: 'Giám đốc Sở' }), [null, null, null, null, 'Quảng Ngãi, ngày 15 tháng 7 năm 2025'], [null, null, null, null, 'GIÁM ĐỐC'], [null, null, null, null, '(Đã ký)'], [null, null, null, null, 'Trần Văn B']]),
    ]);
    expect(r.tasks.map((t) => [t.task, t.product, t.leaders])).toEqual([['Xây dựng kế hoạch kiểm tra', 'Kế hoạch của Sở', ['Giám đốc Sở']]]);
  });

  it('reads "Ð" (U+00D0), which looks like "Đ", as "Đ" in names', () => {
    const r = analyse([sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], HEADER_2025, task(1, 'Xây dựng kế hoạch kiểm tra', { lead: 'Phòng QLKH&ÐMST' })])]);
    expect(r.tasks[0]!.leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(r.findings.filter((f) => f.code === 'unknown-unit')).toEqual([]);
  });
});

describe('month rows as units word them', () => {
  it.each(['Nhiệm vụ tháng 8', 'Các nhiệm vụ hoàn thành trong tháng 8', 'T8'])('"%s" is August\'s heading, not text of the task above', (heading) => {
    const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER_2025, [null, 'Tháng 7'], task(1, 'Xây dựng kế hoạch kiểm tra'), [null, heading], task(2, 'Tổ chức hội thảo khởi nghiệp')])]);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Xây dựng kế hoạch kiểm tra', 7],
      ['Tổ chức hội thảo khởi nghiệp', 8],
    ]);
  });
});

describe('numbered unit groups', () => {
  it('"1 | Phòng QLKH&ĐMST", "(2) | Các đơn vị sự nghiệp:" over tasks numbered again from 1 are groups, not tasks without cells', () => {
    const r = analyse([
      sheet('KH', [
        ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
        HEADER_2025,
        [1, 'Phòng QLKH&ĐMST'],
        task(1, 'Xây dựng kế hoạch kiểm tra'),
        task(2, 'Tổ chức hội thảo khởi nghiệp'),
        ['(2)', 'Các đơn vị sự nghiệp:'],
        task(1, 'Tổng hợp báo cáo quý', { lead: 'Trung tâm CĐS&ĐMST' }),
      ]),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task])).toEqual([
      ['1', 'Xây dựng kế hoạch kiểm tra'],
      ['2', 'Tổ chức hội thảo khởi nghiệp'],
      ['1', 'Tổng hợp báo cáo quý'],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });
});

it('a unit\'s name merged across the table, as the quarter and month rows are, heads its tasks even where numbering goes on', () => {
  const r = analyse([
    sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], HEADER_2025, task(1, 'Xuất bản Bản tin CĐS số 04/2025', { lead: 'Trung tâm CĐS&ĐMST' }), [null, 'Trung tâm KTTCĐLCL'], task(2, 'Kiểm định phương tiện đo', { lead: 'Trung tâm KTTCĐLCL' })], { merges: ['B4:G4'] }),
  ]);
  expect(r.tasks.map((t) => t.task)).toEqual(['Xuất bản Bản tin CĐS số 04/2025', 'Kiểm định phương tiện đo']);
});

it('tasks a unit lists with bullets ("-") under numbered group rows are tasks, not the text of the row above', () => {
  const r = analyse([
    sheet('KH', [
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER_2025,
      ['(1)', 'Văn phòng Sở:'],
      task('-', 'Tham mưu văn bản chỉ đạo các phòng', { lead: 'Văn phòng Sở' }),
      task('-', 'Tổ chức hội nghị cải cách hành chính', { lead: 'Văn phòng Sở' }),
      ['(2)', 'Phòng QLKH&ĐMST:'],
      task('-', 'Tham mưu phê duyệt danh mục nhiệm vụ'),
    ]),
  ]);
  expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
    ['Tham mưu văn bản chỉ đạo các phòng', ['Văn phòng Sở']],
    ['Tổ chức hội nghị cải cách hành chính', ['Văn phòng Sở']],
    ['Tham mưu phê duyệt danh mục nhiệm vụ', ['Phòng QLKH&ĐMST']],
  ]);
  expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
});

describe('tables without quarter or month rows', () => {
  const header = ['STT', 'Quý', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
  const row = (n: number, q: string, text: string, deadline: string) => [n, q, text, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', deadline];

  it('numbering that starts again at 1 in each quarter of a "Quý" column is no repeat', () => {
    const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], header, row(1, 'III', 'Xây dựng kế hoạch kiểm tra', '31/7/2025'), row(2, 'III', 'Tổ chức hội thảo khởi nghiệp', '31/8/2025'), row(1, 'IV', 'Tổng kết năm', '15/12/2025')])]);
    expect(r.tasks.map((t) => t.quarter)).toEqual([3, 3, 4]);
    expect(r.findings.filter((f) => f.code === 'duplicate-number' || f.code === 'number-gap')).toEqual([]);
  });

  it('a monthly report due in different months is no duplicate, the same one twice in a month is', () => {
    const report = 'Báo cáo tình hình thực hiện nhiệm vụ hằng tháng';
    const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], header, row(1, 'III', report, '25/7/2025'), row(2, 'III', report, '25/8/2025'), row(3, 'III', report, '28/8/2025')])]);
    expect(r.findings.filter((f) => f.code === 'duplicate-task').map((f) => f.row)).toEqual([5]);
  });
});

it('a total under the tasks with its number in a cell of its own ("Tổng cộng | | 2") counts them, and is not task text', () => {
  const rows = [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], HEADER_2025, task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khởi nghiệp')];
  const right = analyse([sheet('KH', [...rows, [null, 'Tổng cộng', null, null, 2]])]);
  expect(right.tasks.map((t) => t.product)).toEqual(['Kế hoạch của Sở', 'Kế hoạch của Sở']);
  expect(right.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Tổng cộng', 2, 2]]);
  const wrong = analyse([sheet('KH', [...rows, [null, 'Tổng cộng', null, null, 3]])]);
  expect(wrong.findings.filter((f) => f.code === 'declared-count-mismatch').map((f) => f.row)).toEqual([5]);
});

it.each(['I.1', 'BS1', '[1]', '•'])('a row numbered "%s" with a task\'s cells is a task (numbering around it says what is amiss), not dropped', (code) => {
  const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], HEADER_2025, task(1, 'Xây dựng kế hoạch kiểm tra'), task(code, 'Tổ chức hội thảo khởi nghiệp'), task(3, 'Tổng kết quý')])]);
  expect(r.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch kiểm tra', 'Tổ chức hội thảo khởi nghiệp', 'Tổng kết quý']);
  expect(r.findings.filter((f) => f.code === 'missing-number')).toEqual([]);
});
