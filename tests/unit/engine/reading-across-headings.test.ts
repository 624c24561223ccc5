/**
 * Reading across the rows that part a table: a month row between a list's title and its items or
 * parts, a title line over a second table, a quarter continued after the next one; and the marks
 * that open a list item in a task's text.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

const read = (rows: CellValue[][]): FileReport => analyse([sheet('Phụ lục II', rows)], { fileName: 'x.xlsx' });
const where = (r: FileReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`);

describe('a list item\'s bullet in a task\'s continuation row', () => {
  it.each(['-', '+', '•', '*', '–', '—'])('"%s " starts a line of its own, as "- " does', (mark) => {
    const r = read(programme2025([task(1, 'Tổ chức kiểm tra, gồm:'), [null, `${mark} Kiểm tra tại cơ sở`]], 1));
    expect(r.tasks.map((t) => t.task)).toEqual([`Tổ chức kiểm tra, gồm:\n${mark} Kiểm tra tại cơ sở`]);
  });
});

describe('a part\'s Tháng or Quý cell holding a date', () => {
  const HEAD = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng'];
  const rows = (part: CellValue): CellValue[][] => [
    ['PHỤ LỤC II'],
    HEAD,
    ['I', 'Quý III (1 nhiệm vụ)'],
    [1, 'Tổ chức các hội nghị, gồm:', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', 7],
    ['1.1', 'Hội nghị sơ kết', null, null, null, '20/7/2025'],
    ['1.2', 'Hội nghị tổng kết', null, null, null, part],
  ];

  it.each([['15/8/2025'], [{ kind: 'date', iso: '2025-08-15' } as CellValue]])('is read by its month: %j under a task of Tháng 7 is a part in another period', (part) => {
    const r = read(rows(part));
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7]]);
    expect(where(r)).toEqual(['part-period F6']);
    expect(r.findings.find((f) => f.code === 'part-period')?.message).toMatch(/^Phần "1\.2" ghi 15\/0?8\/2025, .* tính ở tháng 7\.$/);
  });

  it('of the task\'s own month is no other period, whatever its day', () => {
    expect(where(read(rows('31/7/2025')))).toEqual([]);
  });

  it.each(['7-8/2025', 'Tháng 7-8/2025', '7 - 8', 'Thang 7-8/2025', 'T7-8/2025', 'T7-8', 'T.7-8', 'T 7-8/2025', 'Th7-8', 'T7/2025'])('a range of months "%s" is read by its first month, not as a date: no other period under Tháng 7', (part) => {
    expect(where(read(rows(part)))).toEqual([]);
  });

  it.each([7, 'T7', 'Th.7'])('an abbreviated month is read as the task\'s own Tháng cell is: "T8" is another period under %j, "T7" is not', (own) => {
    const task = (part: CellValue) => rows(part).map((row, i) => (i === 3 ? [...row.slice(0, 5), own] : row));
    expect(where(read(task('T7')))).toEqual([]);
    expect(where(read(task('T8')))).toEqual(['part-period F6']);
    expect(where(read(task('T8/2025')))).toEqual(['part-period F6']);
  });

  it.each([['Q3', []], ['Q.III', []], ['Q4', ['part-period F5']], ['QIV', ['part-period F5']]])('a part\'s Quý cell "%s" is read as the task\'s own "Q3": abbreviated quarters compared', (part, found) => {
    const r = read([
      ['PHỤ LỤC II năm 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý'],
      [1, 'Tổ chức các hội nghị, gồm:', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', 'Q3'],
      ['1.1', 'Hội nghị sơ kết', null, null, null, null],
      ['1.2', 'Hội nghị tổng kết', null, null, null, part],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3]]);
    expect(where(r)).toEqual(found);
  });
});

describe('a month row between a task and what is its', () => {
  const bare = (n: CellValue, text: string): CellValue[] => [n, text, null, null, null, null, null];
  const item = (text: string): CellValue[] => [null, text, 'Phòng QLKH&ĐMST', null, '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu', null];

  it('"2 | … gồm:" over "Tháng 8" over dashed items with their own cells: the items are the tasks, as with no month row between', () => {
    const r = read([
      ['PHỤ LỤC II'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
      ['I', 'Quý III (4 nhiệm vụ)'],
      [null, 'Tháng 7 (1 nhiệm vụ)'],
      task(1, 'Xây dựng kế hoạch'),
      bare(2, 'Tổ chức các hoạt động, gồm:'),
      [null, 'Tháng 8 (3 nhiệm vụ)'],
      item('- Hội thảo khởi nghiệp'),
      item('- Hội thảo chuyển đổi số'),
      task(3, 'Báo cáo quý III'),
    ]);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Xây dựng kế hoạch', 7],
      ['- Hội thảo khởi nghiệp', 8],
      ['- Hội thảo chuyển đổi số', 8],
      ['Báo cáo quý III', 8],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('"1.2" with no cells of its own under another month row than its task 1: a part of it in another period, no task', () => {
    const r = read(programme2025([task(1, 'Tổ chức các hội nghị, gồm:'), bare('1.1', 'Hội nghị sơ kết'), [null, 'Tháng 8'], bare('1.2', 'Hội nghị tổng kết'), task(2, 'Báo cáo tháng 8')], 2));
    expect(r.tasks.map((t) => [t.stt, t.task, t.month])).toEqual([
      ['1', 'Tổ chức các hội nghị, gồm: Hội nghị sơ kết Hội nghị tổng kết', 7],
      ['2', 'Báo cáo tháng 8', 8],
    ]);
    expect(where(r)).toEqual(['part-period A9']);
    expect(r.findings.find((f) => f.code === 'part-period')?.message).toBe('Phần "1.2" ghi "Tháng 8", nhưng được đọc là phần của nhiệm vụ 1, tính ở tháng 7.');
  });

  it('"1.2" with cells of its own under another month row stays a task of that month', () => {
    const r = read(programme2025([task(1, 'Tổ chức các hội nghị'), [null, 'Tháng 8'], task('1.2', 'Hội nghị tổng kết'), task(2, 'Báo cáo tháng 8')], 3));
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7], ['1.2', 8], ['2', 8]]);
    expect(where(r).filter((w) => w.startsWith('missing') || w.startsWith('part-period'))).toEqual([]);
  });
});

describe('a title line over a second table with the same header', () => {
  const HEAD = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const first = [['PHỤ LỤC II'], [], HEAD, ['I', 'Quý III (2 nhiệm vụ)'], [null, 'Tháng 7'], task(1, 'Xây dựng kế hoạch'), task(2, 'Tổ chức hội thảo')];
  const second = [HEAD, task(1, 'Nhiệm vụ khoa học chuyển tiếp thứ nhất'), task(2, 'Nhiệm vụ khoa học chuyển tiếp thứ hai')];

  it.each([
    ['in the task column, right under the last task', [[null, 'Danh mục nhiệm vụ chuyển tiếp']]],
    ['in the number column', [['Danh mục nhiệm vụ chuyển tiếp']]],
    ['after a blank row, in capitals', [[], [null, 'DANH MỤC NHIỆM VỤ CHUYỂN TIẾP']]],
  ])('%s: titles the next table, which numbers its own tasks and is no part of the quarter above', (_, title) => {
    const r = read([...first, ...title, ...second]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.quarter])).toEqual([
      ['1', 'Xây dựng kế hoạch', 3],
      ['2', 'Tổ chức hội thảo', 3],
      ['1', 'Nhiệm vụ khoa học chuyển tiếp thứ nhất', null],
      ['2', 'Nhiệm vụ khoa học chuyển tiếp thứ hai', null],
    ]);
    expect(r.findings.map((f) => f.code)).toEqual([]);
  });

  it.each(['Danh mục nhiệm vụ chuyển tiếp', 'DANH SÁCH NHIỆM VỤ BỔ SUNG', 'Nhiệm vụ chuyển tiếp từ năm 2024'])('"%s" titles a list of its own even where the quarter above writes no count: its tasks are not the quarter\'s', (title) => {
    const uncounted = first.map((row) => (row[1] === 'Quý III (2 nhiệm vụ)' ? ['I', 'Quý III'] : row));
    const r = read([...uncounted, [null, title], ...second]);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([['1', 3, 7], ['2', 3, 7], ['1', null, null], ['2', null, null]]);
    expect(r.summary.byQuarter).toEqual({ 3: 2 });
    expect(where(r)).toEqual([]);
  });

  it.each(['Văn phòng Sở', 'Biểu dương, khen thưởng'])('with no count above, "%s" over the header again is still a block of the quarter', (title) => {
    const uncounted = first.map((row) => (row[1] === 'Quý III (2 nhiệm vụ)' ? ['I', 'Quý III'] : row));
    const r = read([...uncounted, [null, title], ...second]);
    expect(r.tasks.map((t) => t.quarter)).toEqual([3, 3, 3, 3]);
    expect(r.summary.byQuarter).toEqual({ 3: 4 });
  });

  it.each(['Biểu số 02', 'BIỂU MẪU 01', 'Biểu 03'])('"%s", a form of its own, titles a list that is no part of the quarter above', (title) => {
    const uncounted = first.map((row) => (row[1] === 'Quý III (2 nhiệm vụ)' ? ['I', 'Quý III'] : row));
    const r = read([...uncounted, [null, title], ...second]);
    expect(r.tasks.map((t) => t.quarter)).toEqual([3, 3, null, null]);
  });

  it('short of its count, the quarter goes on in the next table: a unit\'s block under a header of its own', () => {
    const r = read([['PHỤ LỤC II'], HEAD, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Phòng QLKH&ĐMST'], task(1, 'Xây dựng kế hoạch'), task(2, 'Tổ chức hội thảo'), [null, 'Văn phòng Sở'], HEAD, task(1, 'Tổng hợp báo cáo', { lead: 'Văn phòng Sở' }), task(2, 'Cải cách hành chính', { lead: 'Văn phòng Sở' })]);
    expect(r.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3], ['2', 3], ['1', 3], ['2', 3]]);
    expect(where(r)).toEqual([]);
  });

  it('the header repeated at a page break with numbers going on is the same table, its running title no new part', () => {
    const r = read([...first, [null, 'Phụ lục II (tiếp theo)'], HEAD, task(3, 'Báo cáo quý III')]);
    expect(r.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3], ['2', 3], ['3', 3]]);
    expect(where(r)).toEqual(['declared-count-mismatch B4']);
  });
});

describe('a quarter resumed after the next one ("Quý III (tiếp theo)" after Quý IV)', () => {
  const HEAD = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const rows = (resumed: string, numbers: [number, number]): CellValue[][] => [
    ['PHỤ LỤC II'],
    HEAD,
    ['I', 'Quý III (4 nhiệm vụ)'],
    task(1, 'Xây dựng kế hoạch'),
    task(2, 'Tổ chức hội thảo'),
    ['II', 'Quý IV (1 nhiệm vụ)'],
    task(1, 'Báo cáo năm'),
    ['I', resumed],
    task(numbers[0], 'Kiểm tra sau nghiệm thu'),
    task(numbers[1], 'Báo cáo quý III'),
  ];

  it.each([['Quý III (tiếp theo)'], ['Quý III (tiếp)'], ['QUÝ III (tt)']])('"%s": its tasks are Quý III\'s, in its count and numbered on from it', (resumed) => {
    const r = read(rows(resumed, [3, 4]));
    expect(r.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3], ['2', 3], ['1', 4], ['3', 3], ['4', 3]]);
    expect(where(r)).toEqual([]);
  });

  it('numbered again from 1 in the resumed part: no duplicate either', () => {
    expect(where(read(rows('Quý III (tiếp theo)', [1, 2])))).toEqual([]);
  });

  it('right after its own part, over numbers from 1, it is a block of its own, outside the count above it', () => {
    const r = read([['PHỤ LỤC II'], HEAD, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch'), task(2, 'Tổ chức hội thảo'), ['I', 'Quý III (tiếp theo)'], task(1, 'Tổng hợp báo cáo'), task(2, 'Cải cách hành chính')]);
    expect(r.tasks.map((t) => t.quarter)).toEqual([3, 3, 3, 3]);
    expect(where(r)).toEqual([]);
  });

  it('a count that leaves the resumed part out is reported as it stands', () => {
    const r = read(rows('Quý III (tiếp theo)', [3, 4]).map((row) => (row[1] === 'Quý III (4 nhiệm vụ)' ? ['I', 'Quý III (2 nhiệm vụ)'] : row)));
    expect(where(r)).toEqual(['declared-count-mismatch B3']);
  });
});

describe('a numbered row with a count and no cells ("2 | Giải quyết công việc phát sinh (3 nhiệm vụ)")', () => {
  const title: CellValue[] = [2, 'Giải quyết công việc phát sinh (3 nhiệm vụ)'];

  it('between tasks 1 and 3 is task 2 of that numbering, its blank cells reported', () => {
    const r = read(programme2025([task(1, 'Xây dựng kế hoạch'), title, task(3, 'Báo cáo quý III')], 3));
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
    expect(where(r)).toEqual(['missing-lead-unit C7', 'missing-product E7', 'missing-leader F7']);
  });

  it('over tasks numbered again from 1 is their heading, with its count', () => {
    const r = read(programme2025([task(1, 'Xây dựng kế hoạch'), title, task(1, 'Xử lý văn bản đột xuất'), task(2, 'Tiếp công dân'), task(3, 'Họp giao ban đột xuất')], 1));
    expect(r.tasks.map((t) => [t.stt, t.arising ?? false])).toEqual([['1', false], ['1', true], ['2', true], ['3', true]]);
    expect(where(r)).toEqual([]);
  });
});

describe('a group title read under an arising heading', () => {
  it('is taken out of the counts it was put in only: the quarter above keeps its own tasks', () => {
    const r = read([
      ['PHỤ LỤC II'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
      ['I', 'Quý III (2 nhiệm vụ)'],
      task(1, 'Xây dựng kế hoạch'),
      task(2, 'Tổ chức hội thảo'),
      [null, 'Công việc phát sinh'],
      [1, 'Tổ chức các hoạt động:'],
      task('1.1', 'Hội thảo khởi nghiệp'),
      task('1.2', 'Hội nghị chuyển đổi số'),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.arising ?? false])).toEqual([['1', false], ['2', false], ['1.1', true], ['1.2', true]]);
    expect(where(r)).toEqual([]);
  });
});

describe('a month row between a group title and its numbered items', () => {
  const numbered = (n: string, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, '01 Báo cáo', 'PGĐ Sở Phan Văn Hiếu', null];
  const rows = (month: boolean): CellValue[][] => [
    ['PHỤ LỤC II'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
    ['I', 'Quý III (4 nhiệm vụ)'],
    [null, `Tháng 7 (${month ? 1 : 4} nhiệm vụ)`],
    task(1, 'Xây dựng kế hoạch'),
    [2, 'Công tác quản lý:', null, null, null, null, null],
    ...(month ? [[null, 'Tháng 8 (3 nhiệm vụ)']] : []),
    numbered('2.1', 'Quản lý đề tài'),
    numbered('2.2', 'Quản lý dự án'),
    task(3, 'Báo cáo quý III'),
  ];

  it.each([[true], [false]])('"2 | Công tác quản lý:" over "2.1", "2.2" with their own cells (month row between: %s): the items are the tasks', (month) => {
    const r = read(rows(month));
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7], ['2.1', month ? 8 : 7], ['2.2', month ? 8 : 7], ['3', month ? 8 : 7]]);
    expect(r.summary.sections.find((s) => s.label.startsWith('Quý III'))?.actual).toBe(4);
    expect(where(r)).toEqual([]);
  });

  it('a bare "2 | Tổng kết:" ending Tháng 7 over "Tháng 8" / "1 | …": a month numbered from 1 again, row 2 stays a task', () => {
    const r = read([
      ['PHỤ LỤC II'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
      ['I', 'Quý III (3 nhiệm vụ)'],
      [null, 'Tháng 7'],
      task(1, 'Xây dựng kế hoạch'),
      [2, 'Tổng kết:', null, null, null, null, null],
      [null, 'Tháng 8'],
      numbered('1', 'Quản lý đề tài'),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7], ['2', 7], ['1', 8]]);
    expect(where(r).filter((w) => w.startsWith('missing'))).toEqual(['missing-lead-unit C6', 'missing-product E6', 'missing-leader F6']);
  });
});
