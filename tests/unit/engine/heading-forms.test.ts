/**
 * Heading forms of the department's sheets: "Quý thứ III", "Tháng thứ 8", counts in words ("Quý III
 * (bốn nhiệm vụ)"), a count line under a quarter ("Số nhiệm vụ: 4"), half-year heading rows.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet } from '../../helpers/grid';

const TITLE = ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'];
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn'];
const read = (rows: CellValue[][]): FileReport => analyse([sheet('KH', rows)], { fileName: 'x.xlsx' });
const job = (n: number, text: string): CellValue[] => [n, text, 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', null];
const where = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const sections = (r: FileReport) => r.summary.sections.map((s) => [s.label, s.declared, s.actual]);
const placed = (r: FileReport) => r.tasks.map((t) => [t.stt, t.quarter, t.month]);

describe('a count line\'s words in the quarter or month heading itself', () => {
  it('"Quý III. Số nhiệm vụ: 03", "Tháng 7 (Số lượng: 01)" declare their counts, a wrong one reported', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III. Số nhiệm vụ: 03'], [null, 'Tháng 7 (Số lượng: 01)'], job(1, 'Xây dựng kế hoạch'), [null, 'Tháng 8 - Số nhiệm vụ: 2'], job(2, 'Tổ chức hội thảo'), ['II', 'Quý IV (Số lượng nhiệm vụ: 1)'], job(1, 'Tổng kết năm')]);
    expect([sections(r), where(r)]).toEqual([[['Quý III', 3, 2], ['Tháng 7', 1, 1], ['Tháng 8', 2, 1], ['Quý IV', 1, 1]], ['declared-count-mismatch B3', 'declared-count-mismatch B6']]);
    // The short month too ("T7 (Số nhiệm vụ: 1)", "T8. Số lượng: 02").
    const short = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'T7 (Số nhiệm vụ: 1)'], job(1, 'Xây dựng kế hoạch'), [null, 'T8. Số lượng: 02'], job(2, 'Tổ chức hội thảo')]);
    expect([placed(short), sections(short), where(short)]).toEqual([[['1', 3, 7], ['2', 3, 8]], [['Tháng 7', 1, 1], ['Tháng 8', 2, 1]], ['declared-count-mismatch B6']]);
    // Another count after "số lượng" is no count of tasks: the quarter declares none.
    expect(sections(read([TITLE, HEADER, ['I', 'Quý III (số lượng doanh nghiệp: 5)'], job(1, 'Xây dựng kế hoạch')]))).toEqual([]);
  });
});

describe('"thứ" between "Quý" or "Tháng" and its number', () => {
  it.each(['Quý thứ III', 'Quý thứ 3', 'QUÝ THỨ III'])('reads "%s" as the quarter, and "Tháng thứ 8" as the month', (quarter) => {
    const r = read([
      TITLE,
      HEADER,
      ['I', `${quarter} (2 nhiệm vụ)`],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      [null, 'Tháng thứ 8'],
      job(2, 'Báo cáo kết quả thực hiện nhiệm vụ'),
      ['II', 'Quý thứ IV (1 nhiệm vụ)'],
      job(1, 'Tổng kết năm'),
    ]);
    expect([placed(r), sections(r), where(r)]).toEqual([
      [['1', 3, null], ['2', 3, 8], ['1', 4, null]],
      [['Quý III', 2, 2], ['Quý IV', 1, 1]],
      [],
    ]);
  });

  it('reads a quarter written as an ordinal word, "Quý thứ nhất" … "Quý thứ tư"', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý thứ nhất (1 nhiệm vụ)'], job(1, 'Xây dựng kế hoạch'), ['II', 'QUÝ THỨ BA (1 nhiệm vụ)'], job(1, 'Tổ chức Hội nghị sơ kết'), ['III', 'Quý thứ tư (1 nhiệm vụ)'], job(1, 'Tổng kết năm')]);
    expect([placed(r), sections(r), where(r)]).toEqual([
      [['1', 1, null], ['1', 3, null], ['1', 4, null]],
      [['Quý I', 1, 1], ['Quý III', 1, 1], ['Quý IV', 1, 1]],
      [],
    ]);
  });
});

describe('a count written in words only', () => {
  it.each<[string, number]>([
    ['Quý III (bốn nhiệm vụ)', 4],
    ['Quý III (mười nhiệm vụ)', 10],
    ['Quý III: gồm mười một nhiệm vụ', 11],
    ['Quý III (hai mươi mốt nhiệm vụ)', 21],
    ['Quý III (ba mươi lăm nhiệm vụ)', 35],
    ['Quý III (hai mươi tư nội dung)', 24],
    ['Quý III (một trăm linh hai nhiệm vụ)', 102],
  ])('"%s" declares %d, checked against the tasks under it', (text, count) => {
    const r = read([TITLE, HEADER, ['I', text], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả thực hiện nhiệm vụ'), ['II', 'Quý IV (một nhiệm vụ)'], job(1, 'Tổng kết năm')]);
    expect([sections(r), where(r)]).toEqual([[['Quý III', count, 2], ['Quý IV', 1, 1]], ['declared-count-mismatch B3']]);
  });

  it('reads a section\'s worded count and keeps it out of the label; a task naming "ba nhiệm vụ" stays a task', () => {
    const r = read([
      TITLE,
      HEADER,
      ['I', 'Nhiệm vụ trọng tâm (hai nhiệm vụ)'],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      job(2, 'Triển khai ba nhiệm vụ trọng điểm'),
      ['II', 'Quý IV (hai nhiệm vụ)'],
      job(1, 'Tổng kết năm'),
    ]);
    expect([r.tasks.map((t) => [t.stt, t.section]), sections(r), where(r)]).toEqual([
      [['1', 'Nhiệm vụ trọng tâm'], ['2', 'Nhiệm vụ trọng tâm'], ['1', 'Quý IV']],
      [['Nhiệm vụ trọng tâm', 2, 2], ['Quý IV', 2, 1]],
      ['declared-count-mismatch B6'],
    ]);
  });
});

describe('a count written short against its figure ("(12NV)", "(12 n/v)")', () => {
  it.each(['Quý III (3NV)', 'Quý III (3 n/v)', 'QUÝ III - 03NV'])('"%s" declares 3, checked against the tasks under it', (heading) => {
    const r = read([TITLE, HEADER, ['I', heading], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả')]);
    expect([sections(r), where(r)]).toEqual([[['Quý III', 3, 2]], ['declared-count-mismatch B3']]);
  });

  it('keeps it out of a section\'s label', () => {
    const r = read([TITLE, HEADER, ['A', 'NHIỆM VỤ TRỌNG TÂM (2NV)'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả')]);
    expect([sections(r), where(r)]).toEqual([[['NHIỆM VỤ TRỌNG TÂM', 2, 2]], []]);
  });
});

describe('a count after a full stop or a semicolon ("NHIỆM VỤ TRỌNG TÂM. Gồm 2 nhiệm vụ")', () => {
  it.each(['NHIỆM VỤ TRỌNG TÂM. Gồm 2 nhiệm vụ', 'NHIỆM VỤ TRỌNG TÂM. Tổng cộng 2 nhiệm vụ', 'NHIỆM VỤ TRỌNG TÂM; gồm 02 nội dung'])('"%s" is labelled with no stop left at its end', (heading) => {
    const r = read([TITLE, HEADER, ['A', heading], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), job(3, 'Tổng kết năm')]);
    expect([sections(r), r.findings.map((f) => f.message)]).toEqual([[['NHIỆM VỤ TRỌNG TÂM', 2, 3]], ['"NHIỆM VỤ TRỌNG TÂM" ghi 2 nhiệm vụ nhưng bảng có 3.']]);
  });
});

describe('a half year\'s heading row inside the table', () => {
  const due = (n: number, text: string, deadline: string | null = null): CellValue[] => [n, text, 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', deadline];

  it.each([
    ['Nhiệm vụ 06 tháng đầu năm (1 nhiệm vụ)', 'Nhiệm vụ 06 tháng cuối năm (3 nhiệm vụ)'],
    ['NHIỆM VỤ 6 THÁNG ĐẦU NĂM (1 nhiệm vụ)', 'NHIỆM VỤ SÁU THÁNG CUỐI NĂM (3 nhiệm vụ)'],
  ])('gives its tasks its two quarters, as "Quý III và Quý IV" does: "%s", "%s"', (first, second) => {
    const r = read([
      TITLE,
      HEADER,
      ['I', first],
      due(1, 'Xây dựng kế hoạch năm'),
      ['II', second],
      due(1, 'Tổ chức Hội nghị sơ kết', '30/9/2025'),
      due(2, 'Báo cáo kết quả thực hiện nhiệm vụ', 'Tháng 8'),
      due(3, 'Tổng kết năm'),
    ]);
    expect([r.tasks.map((t) => [t.stt, t.quarter]), sections(r), where(r)]).toEqual([
      [['1', 2], ['1', 3], ['2', 3], ['3', 4]],
      [['Quý I và Quý II', 1, 1], ['Quý III và Quý IV', 3, 3]],
      [],
    ]);
  });
});

describe('a half year\'s title row with no number or count, merged across', () => {
  it('starts its two quarters; a task\'s text cut before "nhiệm vụ 6 tháng cuối năm" still goes on', () => {
    const rows: CellValue[][] = [
      TITLE,
      HEADER,
      [null, 'NHIỆM VỤ 6 THÁNG CUỐI NĂM'],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      [2, 'Báo cáo kết quả thực hiện', 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', 'Tháng 8'],
      [null, 'nhiệm vụ 6 tháng cuối năm'],
    ];
    const r = analyse([sheet('KH', rows, { merges: ['B3:F3'] })], { fileName: 'x.xlsx' });
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.section, t.task]), where(r)]).toEqual([
      [
        ['1', 4, 'Quý III và Quý IV', 'Tổ chức Hội nghị sơ kết'],
        ['2', 3, 'Quý III và Quý IV', 'Báo cáo kết quả thực hiện nhiệm vụ 6 tháng cuối năm'],
      ],
      [],
    ]);
  });
});

describe('a count line under a quarter or month row: "Số nhiệm vụ: 4"', () => {
  it.each(['Số nhiệm vụ: 4', 'Số lượng: 04', 'Số lượng nhiệm vụ: 4 nhiệm vụ', 'Số nội dung 4'])('"%s" right under a quarter row with no count gives it 4', (line) => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, line], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), job(3, 'Kiểm tra chuyên ngành'), ['II', 'Quý IV'], job(1, 'Tổng kết năm')]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, null], ['2', 3, null], ['3', 3, null], ['1', 4, null]], [['Quý III', 4, 3]], ['declared-count-mismatch B4']]);
  });

  it('under a quarter row that wrote its own count is that count again: one section, the count that disagrees reported where it is written', () => {
    const tasks = [job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), job(3, 'Kiểm tra chuyên ngành')];
    const cases: [string, string, string[]][] = [
      ['Quý III (3 nhiệm vụ)', 'Gồm 4 nhiệm vụ', ['declared-count-mismatch B4 4']],
      ['Quý III (4 nhiệm vụ)', 'Gồm 3 nhiệm vụ', ['declared-count-mismatch B3 4']],
      ['Quý III (3 nhiệm vụ)', 'Số nhiệm vụ: 3', []],
      // Both wrong, and not the same: said once, at the quarter row.
      ['Quý III (5 nhiệm vụ)', 'Gồm 4 nhiệm vụ', ['declared-count-mismatch B3 5']],
    ];
    for (const [quarter, line, expected] of cases) {
      const r = read([TITLE, HEADER, ['I', quarter], [null, line], ...tasks]);
      const counts = r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.message.match(/ghi (\d+)/)?.[1]}`);
      expect([quarter, line, r.summary.sections.map((s) => [s.label, s.row, s.actual]), r.tasks.map((t) => t.task), counts]).toEqual([
        quarter,
        line,
        [['Quý III', 3, 3]],
        tasks.map((t) => t[1]),
        expected,
      ]);
    }
  });

  it('is no count of the heading when it counts only some of its tasks ("(Có 1 nhiệm vụ chuyển tiếp)"), though "…, trong đó …" may follow a whole count', () => {
    const tasks = [job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), job(3, 'Kiểm tra chuyên ngành')];
    for (const quarter of ['Quý III', 'Quý III (3 nhiệm vụ)']) {
      for (const line of ['(Có 1 nhiệm vụ chuyển tiếp)', 'Có 2 nhiệm vụ quan trọng']) {
        const r = read([TITLE, HEADER, ['I', quarter], [null, line], ...tasks]);
        expect([quarter, line, sections(r), r.tasks.map((t) => t.task), where(r)]).toEqual([quarter, line, quarter === 'Quý III' ? [] : [['Quý III', 3, 3]], tasks.map((t) => t[1]), []]);
      }
    }
    const whole = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Gồm 04 nhiệm vụ, trong đó 01 nhiệm vụ trọng tâm'], ...tasks]);
    expect([sections(whole), where(whole)]).toEqual([[['Quý III', 4, 3]], ['declared-count-mismatch B4']]);
  });

  it('gives a month row its count; between tasks, it is the count of the heading in force, no task\'s text', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng 7'], [null, 'Số nhiệm vụ: 2'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), [null, 'Tháng 8'], job(3, 'Kiểm tra chuyên ngành'), [null, 'Số nhiệm vụ: 4'], job(4, 'Tổng kết')]);
    expect([placed(r), sections(r), where(r), r.tasks.map((t) => [t.task, t.endRow])]).toEqual([
      [['1', 3, 7], ['2', 3, 7], ['3', 3, 8], ['4', 3, 8]],
      [['Tháng 7', 2, 2], ['Tháng 8', 4, 2]],
      ['declared-count-mismatch B10'],
      [['Tổ chức Hội nghị sơ kết', 6], ['Báo cáo kết quả', 7], ['Kiểm tra chuyên ngành', 9], ['Tổng kết', 11]],
    ]);
    // Closing the month's tasks, it counts them: the same count again under "Tháng 8 (2 nhiệm vụ)" says nothing more.
    const end = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng 8 (2 nhiệm vụ)'], job(1, 'Kiểm tra chuyên ngành'), job(2, 'Tổng kết'), [null, 'Số nhiệm vụ: 2']]);
    expect([sections(end), where(end), end.tasks.map((t) => t.endRow)]).toEqual([[['Tháng 8', 2, 2]], [], [5, 6]]);
  });
});

describe('a quarter row whose count in words is followed by its first month', () => {
  it('reads "Quý III (ba nhiệm vụ) - Tháng 7" as the quarter, its count, and the month of its first tasks', () => {
    const r = read([
      TITLE,
      HEADER,
      ['I', 'Quý III (ba nhiệm vụ) - Tháng 7'],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      job(2, 'Báo cáo kết quả thực hiện nhiệm vụ'),
      [null, 'Tháng 8'],
      job(3, 'Kiểm tra chuyên ngành'),
    ]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, 7], ['2', 3, 7], ['3', 3, 8]], [['Quý III', 3, 3]], []]);
  });
});

describe('a count of "đầu việc"', () => {
  it('reads "Quý III (03 đầu việc)" and "1. Nhiệm vụ trọng tâm: Gồm 02 đầu việc" as counts, kept out of the label', () => {
    const r = read([
      TITLE,
      HEADER,
      ['I', 'Nhiệm vụ trọng tâm: Gồm 02 đầu việc'],
      job(1, 'Xây dựng kế hoạch'),
      job(2, 'Triển khai đề án'),
      ['II', 'Quý III (03 đầu việc)'],
      job(1, 'Tổ chức Hội nghị sơ kết'),
      job(2, 'Tổng kết năm'),
    ]);
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.section]), sections(r), where(r)]).toEqual([
      [['1', null, 'Nhiệm vụ trọng tâm'], ['2', null, 'Nhiệm vụ trọng tâm'], ['1', 3, 'Quý III'], ['2', 3, 'Quý III']],
      [['Nhiệm vụ trọng tâm', 2, 2], ['Quý III', 3, 2]],
      ['declared-count-mismatch B6'],
    ]);
  });
});

describe('counts and ordinals written as units word them', () => {
  const three = [job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), job(3, 'Kiểm tra chuyên ngành')];

  it.each([
    ['Quý III (04)', 4],
    ['Quý III - (04)', 4],
    ['Quý III (03)', 3],
    ['Quý III (2025)', null],
    ['Quý III: 2025', null],
    ['Quý III - 04', 4],
    ['Quý III – 3', 3],
  ])('"%s": a figure alone in brackets after the quarter is its count (a year is not)', (quarter, declared) => {
    const r = read([TITLE, HEADER, ['I', quarter], ...three]);
    expect([r.summary.sections.map((s) => [s.label, s.declared]), where(r)]).toEqual([
      declared === null ? [] : [['Quý III', declared]],
      declared === 4 ? ['declared-count-mismatch B3'] : [],
    ]);
  });

  it.each([
    ['T8 (02)', 'Tháng 8'],
    ['Tháng Tám (02)', 'Tháng 8'],
    ['Q3 (02)', 'Quý III'],
    ['Q3(02)', 'Quý III'],
    ['Tháng 8(02)', 'Tháng 8'],
    ['Quý III: 02', 'Quý III'],
    ['Quý III (Tổng: 02)', 'Quý III'],
    ['Q3 (tổng số: 02)', 'Quý III'],
    ['Q3: 02', 'Quý III'],
  ])('"%s": a short or worded heading takes its count in brackets (no space before them, words inside) or after a colon too', (heading, label) => {
    const r = read([TITLE, HEADER, ['I', heading], ...three]);
    expect([sections(r), where(r)]).toEqual([[[label, 2, 3]], ['declared-count-mismatch B3']]);
  });

  it('"Quý III - 03", "Quý IV - 2": a figure after a dash is the quarter\'s count, not a range of quarters (its tasks keep their quarter)', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III - 03'], ...three, ['II', 'Quý IV - 2'], job(1, 'Tổng kết năm')]);
    expect([r.tasks.map((t) => t.quarter), sections(r), where(r)]).toEqual([[3, 3, 3, 4], [['Quý III', 3, 3], ['Quý IV', 2, 1]], ['declared-count-mismatch B7']]);
    // Quarters written alike are a range still.
    const range = read([TITLE, HEADER, ['I', 'Quý III-IV'], ...three]);
    expect(range.tasks.map((t) => t.quarter)).toEqual([4, 4, 4]);
  });

  it('"Tháng 7 - 2": a figure after a dash going back more than a season is the month\'s count, not a range to next February', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng 7 - 2'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), [null, 'Tháng 8 - 2'], job(3, 'Kiểm tra chuyên ngành')]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, 7], ['2', 3, 7], ['3', 3, 8]], [['Tháng 7', 2, 2], ['Tháng 8', 2, 1]], ['declared-count-mismatch B7']]);
    // A range across the year's end a season long, or naming its year, stays a range.
    const late = read([TITLE, HEADER, ['I', 'Quý IV'], [null, 'Tháng 12 - 1'], job(1, 'Tổng kết năm')]);
    expect(late.tasks.map((t) => t.month)).toEqual([1]);
  });

  it('"Tháng 7 – 8" with an en or em dash (as Word writes " - ") is a range as "Tháng 7-8" is, not July with a count of 8', () => {
    for (const dash of ['–', '—']) {
      const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, `Tháng 7 ${dash} 8`], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), [null, `Tháng 9 ${dash} 1`], job(3, 'Kiểm tra chuyên ngành')]);
      expect([dash, placed(r), sections(r), where(r)]).toEqual([dash, [['1', 3, 8], ['2', 3, 8], ['3', 3, 9]], [['Tháng 9', 1, 1]], []]);
    }
  });

  it('"Tháng 8 (2)": a figure alone in brackets after a month is its count', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng 8 (2)'], ...three]);
    expect([sections(r), where(r)]).toEqual([[['Tháng 8', 2, 3]], ['declared-count-mismatch B4']]);
  });

  it.each(['Số nhiệm vụ: bốn', 'Số lượng: bốn nhiệm vụ', 'Gồm bốn nhiệm vụ'])('"%s" under a quarter row is its count in words, at its own cell', (line) => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, line], ...three]);
    expect([sections(r), r.tasks.map((t) => t.task), where(r)]).toEqual([[['Quý III', 4, 3]], three.map((t) => t[1]), ['declared-count-mismatch B4']]);
  });

  it('"Tháng thứ tám", "Tháng thứ mười hai" are months 8 and 12, as "Tháng thứ 8" is', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng thứ tám'], job(1, 'Báo cáo kết quả'), ['II', 'Quý IV'], [null, 'Tháng thứ mười hai (1 nhiệm vụ)'], job(1, 'Tổng kết năm')]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, 8], ['1', 4, 12]], [['Tháng 12', 1, 1]], []]);
  });

  it.each(['Quý thứ tư', 'Trong quý thứ IV', 'Quý thứ 4 năm 2025'])('a deadline "%s" is due at the end of Quý IV', (deadline) => {
    const r = read([TITLE, HEADER, ['I', 'Quý IV'], [1, 'Tổng kết năm', 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', deadline]]);
    expect([r.tasks.map((t) => t.deadline), where(r)]).toEqual([['2025-12-31'], []]);
  });

  it('"Tháng thứ tám" as a deadline is due at the end of August', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [1, 'Báo cáo kết quả', 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', 'Tháng thứ tám']]);
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-08-31']);
  });
});

describe('a total\'s words on the count line right under a quarter or month row ("Tổng số: 2 nhiệm vụ")', () => {
  it.each(['Tổng số: 2 nhiệm vụ', 'Tổng cộng: 2 nhiệm vụ', 'Tổng số nhiệm vụ: 2'])('"%s" is that row\'s count, not a total of the whole table', (line) => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, line], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), ['II', 'Quý IV'], [null, line], job(1, 'Kiểm tra chuyên ngành'), job(2, 'Tổng kết'), job(3, 'Tổng kết năm')]);
    expect([sections(r), where(r)]).toEqual([[['Quý III', 2, 2], ['Quý IV', 2, 3]], ['declared-count-mismatch B8']]);
  });

  it('under a quarter row with its own count, is that count again; closing the tasks, it is still a total', () => {
    const again = read([TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], [null, 'Tổng số: 3 nhiệm vụ'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả')]);
    expect([sections(again), where(again)]).toEqual([[['Quý III', 2, 2]], ['declared-count-mismatch B4']]);
    const closing = read([TITLE, HEADER, ['I', 'Quý III'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả'), [null, 'Tổng cộng: 2 nhiệm vụ']]);
    expect([sections(closing), where(closing)]).toEqual([[['Tổng cộng', 2, 2]], []]);
  });
});

describe('a month row with its count after a dash ("Tháng 7 - 2 nhiệm vụ")', () => {
  it.each(['Tháng 7 - 2 nhiệm vụ', 'Tháng 7 – 02 nhiệm vụ', 'Tháng 7 - 02 (hai) nhiệm vụ', 'Tháng 7, 2 nội dung'])('"%s" is July with its count, not a range from July to February', (month) => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, month], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả')]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, 7], ['2', 3, 7]], [['Tháng 7', 2, 2]], []]);
  });

  it('a range is still a range: "Tháng 7 - 8 (2 nhiệm vụ)"', () => {
    const r = read([TITLE, HEADER, ['I', 'Quý III'], [null, 'Tháng 7 - 8 (2 nhiệm vụ)'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Báo cáo kết quả')]);
    expect([placed(r), sections(r), where(r)]).toEqual([[['1', 3, 8], ['2', 3, 8]], [['Tháng 7-8', 2, 2]], []]);
  });
});

describe('"Quý thứ tư", "Tháng thứ tám" in the "Quý" and "Tháng" columns', () => {
  it('give the quarter and month, as "Quý IV" and "Tháng 8" do', () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Quý', 'Tháng'];
    const row = (n: number, quarter: string, month: string | null): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', quarter, month];
    const r = read([TITLE, header, row(1, 'Quý thứ ba', 'Tháng thứ tám'), row(2, 'Quý thứ IV', 'Tháng thứ 10'), row(3, 'Quý thứ tư', null)]);
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.month]), where(r)]).toEqual([[['1', 3, 8], ['2', 4, 10], ['3', 4, null]], []]);
  });
});
