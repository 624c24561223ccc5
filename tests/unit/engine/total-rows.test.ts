/**
 * A total row that does not match the tasks above it ("Cộng: 3 nhiệm vụ" over two tasks) is
 * reported in the words the row itself uses, so the user finds the line the finding means.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet, task } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
const read = (rows: CellValue[][]): FileReport => analyse([sheet('Phụ lục II', rows)], { fileName: 'x.xlsx' });
const mismatches = (r: FileReport) => r.findings.filter((f) => f.code === 'declared-count-mismatch').map((f) => `${f.column}${f.row} ${f.message}`);

const quarter = (heading: string, total: CellValue[]): CellValue[][] => [
  ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
  HEADER,
  ['I', heading],
  task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'),
  task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ'),
  total,
];

it('names a wrong total by its own words ("Cộng", "Tổng số nhiệm vụ", "Tổng cộng Quý III"), not as "Tổng cộng"', () => {
  const cases: [CellValue[], string][] = [
    [[null, 'Cộng: 3 nhiệm vụ'], 'B6 "Cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Cộng', null, 3], 'D6 "Cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng số nhiệm vụ: 3'], 'B6 "Tổng số nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng cộng Quý III: 3 nhiệm vụ'], 'B6 "Tổng cộng Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng cộng 3 nhiệm vụ'], 'B6 "Tổng cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
  ];
  for (const [total, finding] of cases) expect([total, mismatches(read(quarter('Quý III', total)))]).toEqual([total, [finding]]);
  // A heading keeps its label; a total that matches is not reported.
  expect(mismatches(read(quarter('Quý III (3 nhiệm vụ)', [null, 'Cộng: 2 nhiệm vụ'])))).toEqual(['B3 "Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.']);
});

describe('a total row numbered in the number column', () => {
  const codes = (r: FileReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`);

  it('is named by its label, not by its number ("5 | Tổng cộng", "3 | Tổng cộng | | | 3")', () => {
    const cases: [CellValue[], string][] = [
      [[5, 'Tổng cộng'], 'A6 "Tổng cộng" ghi 5 nhiệm vụ nhưng bảng có 2.'],
      [[3, 'Tổng cộng', null, null, 3], 'E6 "Tổng cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
      [['3.', 'Cộng Quý III', null, 3], 'D6 "Cộng Quý III" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    ];
    for (const [total, finding] of cases) {
      const r = read(quarter('Quý III', total));
      expect([total, mismatches(r), r.tasks.length]).toEqual([total, [finding], 2]);
    }
  });

  it('declares nothing by the next task number alone ("3 | Tổng cộng" after tasks 1–2); another figure there is its count', () => {
    const sections = (r: FileReport) => r.summary.sections.map((s) => [s.label, s.declared, s.actual]);
    const cases: [CellValue[], string[], (string | number | null)[][]][] = [
      [[3, 'Tổng cộng'], [], []],
      [['3.', 'Tổng cộng', null, null, null, null, null], [], []],
      [[2, 'Tổng cộng'], [], [['Tổng cộng', 2, 2]]],
      [[4, 'Tổng cộng'], ['A6 "Tổng cộng" ghi 4 nhiệm vụ nhưng bảng có 2.'], [['Tổng cộng', 4, 2]]],
    ];
    for (const [total, found, counted] of cases) {
      const r = read(quarter('Quý III', total));
      expect([total, mismatches(r), codes(r), sections(r), r.tasks.length]).toEqual([total, found, found.length ? ['declared-count-mismatch A6'] : [], counted, 2]);
    }
  });

  it('counts by the figure beside it when it has one; its own number is no task number (no duplicate, no gap, no task)', () => {
    const cases: CellValue[][] = [
      [3, 'Tổng cộng', null, null, 2],
      [2, 'Tổng cộng', null, 2],
      [7, 'Tổng cộng', null, null, null, null, 2],
    ];
    for (const total of cases) {
      const rows = [...quarter('Quý III', total), ['II', 'Quý IV'], task(1, 'Tổng kết công tác năm 2025')];
      const r = read(rows);
      expect([total, codes(r), r.tasks.map((t) => [t.stt, t.quarter]), r.summary.sections.map((s) => [s.label, s.declared, s.actual])]).toEqual([
        total,
        [],
        [['1', 3], ['2', 3], ['1', 4]],
        [['Tổng cộng', 2, 2]],
      ]);
    }
  });
});

it('reads the count beside every total label ("Cộng nhiệm vụ | | 3", "Tổng số nhiệm vụ: | 3", "Cộng: | 3") and reports it when wrong', () => {
  const cases: [CellValue[], string][] = [
    [[null, 'Cộng nhiệm vụ', null, 3], 'D6 "Cộng nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [['Cộng nhiệm vụ', null, 3], 'C6 "Cộng nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Cộng nội dung:', 3], 'C6 "Cộng nội dung" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Cộng nhiệm vụ: 3'], 'B6 "Cộng nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Tổng số nhiệm vụ:', 3], 'C6 "Tổng số nhiệm vụ" ghi 3 nhiệm vụ nhưng bảng có 2.'],
    [[null, 'Cộng:', null, 3], 'D6 "Cộng" ghi 3 nhiệm vụ nhưng bảng có 2.'],
  ];
  for (const [total, finding] of cases) {
    const r = read(quarter('Quý III', total));
    expect([total, mismatches(r), r.tasks.map((t) => t.endRow)]).toEqual([total, [finding], [4, 5]]);
  }
  expect(mismatches(read(quarter('Quý III', [null, 'Cộng nhiệm vụ', null, 2])))).toEqual([]);
});

it('reads a count written with a thousands separator ("1.200", "1,200") as one number, in a total row or a heading', () => {
  const cases: [string, CellValue[], string][] = [
    ['Quý III', [null, 'Tổng cộng', null, null, '1.200'], 'E6 "Tổng cộng" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Quý III', [null, 'Tổng cộng', null, null, '1,200'], 'E6 "Tổng cộng" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Quý III', [null, 'Cộng:', '(1.200)'], 'C6 "Cộng" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Quý III', [null, 'Tổng cộng: 1.200 nhiệm vụ'], 'B6 "Tổng cộng" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Quý III', [null, 'Tổng số nhiệm vụ: 1.200'], 'B6 "Tổng số nhiệm vụ" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Quý III (1.200 nhiệm vụ)', [null, 'Cộng: 2 nhiệm vụ'], 'B3 "Quý III" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    // A quarter written short ("Q3") with such a count is Quý III too, not a section named "Q3".
    ['Q3 (1.200 nhiệm vụ)', [null, 'Cộng: 2 nhiệm vụ'], 'B3 "Quý III" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Q3 - 1,200 nhiệm vụ', [null, 'Cộng: 2 nhiệm vụ'], 'B3 "Quý III" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
    ['Nhiệm vụ trọng tâm: Gồm 1.200 nội dung', [null, 'Cộng: 2 nhiệm vụ'], 'B3 "Nhiệm vụ trọng tâm" ghi 1200 nhiệm vụ nhưng bảng có 2.'],
  ];
  for (const [heading, total, finding] of cases) expect([heading, total, mismatches(read(quarter(heading, total)))]).toEqual([heading, total, [finding]]);
  // Five figures or more are read whole, not from their last four ("10001" was read as 1).
  expect(mismatches(read(quarter('Quý III (10001 nhiệm vụ)', [])))).toEqual(['B3 "Quý III" ghi 10001 nhiệm vụ nhưng bảng có 2.']);
  expect(mismatches(read(quarter('Quý III (12000 nhiệm vụ)', [])))).toEqual(['B3 "Quý III" ghi 12000 nhiệm vụ nhưng bảng có 2.']);
  // A comma before fewer or more than three digits groups no thousands: no count is read from it.
  expect(mismatches(read(quarter('Quý III', [null, 'Tổng cộng', null, null, '1,5'])))).toEqual([]);
});

it('a total label whose figure is no number ("Tổng cộng quý III | | x", "Cộng: | -") ends the tasks, declares nothing and is no part of the last task', () => {
  const cases: CellValue[][] = [
    [null, 'Tổng cộng quý III', null, 'x'],
    [null, 'Tổng cộng', null, null, '-'],
    [null, 'Cộng:', 'không'],
    ['Tổng số nhiệm vụ', null, null, 'x'],
    [3, 'Tổng cộng', null, null, '–'],
  ];
  for (const total of cases) {
    const r = read([...quarter('Quý III', total), ['II', 'Quý IV'], task(1, 'Tổng kết công tác năm 2025')]);
    const seen = r.tasks.map((t) => [t.task, t.coordinatingUnits.join(), t.product, t.endRow, t.quarter]);
    expect([total, seen, r.findings.filter((f) => f.severity !== 'info').map((f) => f.code), r.summary.sections]).toEqual([
      total,
      [
        ['Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN', 'Văn phòng Sở', 'Kế hoạch của Sở', 4, 3],
        ['Tổ chức hội đồng tư vấn xác định nhiệm vụ', 'Văn phòng Sở', 'Kế hoạch của Sở', 5, 3],
        ['Tổng kết công tác năm 2025', 'Văn phòng Sở', 'Kế hoạch của Sở', 8, 4],
      ],
      [],
      [],
    ]);
  }
});

it('reads a total naming its period before a bare count ("Cộng Quý III: 2", "Tổng số nhiệm vụ Quý IV: 3", "Cộng tháng 7 2") as that period\'s total', () => {
  const r = read([
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    HEADER,
    ['I', 'Quý III'],
    [null, 'Tháng 7'],
    task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'),
    task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ'),
    [null, 'Cộng tháng 7 2'],
    [null, 'Cộng Quý III: 2'],
    ['II', 'Quý IV'],
    task(1, 'Tổng kết năm'),
    [null, 'Tổng số nhiệm vụ Quý IV: 3'],
  ]);
  // Each a total of its own, no text of the task above it; the wrong one named in its words.
  expect([r.tasks.map((t) => t.endRow - t.row), mismatches(r)]).toEqual([[0, 0, 0], ['B11 "Tổng số nhiệm vụ Quý IV" ghi 3 nhiệm vụ nhưng bảng có 1.']]);
  expect(r.summary.sections.map((s) => [s.row, s.declared, s.actual])).toEqual([[7, 2, 2], [8, 2, 2], [11, 3, 1]]);
});

describe('a plain total closing a quarter ("Tổng số: 3 nhiệm vụ" under its last task, over the next quarter row)', () => {
  const rows = (total: string): CellValue[][] => [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
    HEADER,
    ['I', 'NHIỆM VỤ TRỌNG TÂM'],
    task(1, 'Triển khai Nghị quyết'),
    ['II', 'Quý I'],
    task(1, 'Xây dựng kế hoạch'),
    task(2, 'Tổ chức hội đồng'),
    ['III', 'Quý II'],
    task(1, 'Kiểm tra nhiệm vụ'),
    task(2, 'Đánh giá nhiệm vụ'),
    task(3, 'Nghiệm thu nhiệm vụ'),
    [null, total],
    ['IV', 'Quý III'],
    task(1, 'Sơ kết'),
  ];
  const counts = (r: FileReport) => r.summary.sections.map((s) => [s.row, s.declared, s.actual]);

  it("counts that quarter's tasks, not every quarter's above it", () => {
    const r = read(rows('Tổng số: 3 nhiệm vụ'));
    expect([counts(r), mismatches(r)]).toEqual([[[12, 3, 3]], []]);
    // A wrong count is reported against the quarter's own tasks.
    expect(mismatches(read(rows('Tổng số: 4 nhiệm vụ')))).toEqual(['B12 "Tổng số" ghi 4 nhiệm vụ nhưng bảng có 3.']);
  });

  it('keeps a running total (every quarter above it) as one', () => {
    const r = read(rows('Tổng số: 5 nhiệm vụ'));
    expect([counts(r), mismatches(r)]).toEqual([[[12, 5, 5]], []]);
  });
});
