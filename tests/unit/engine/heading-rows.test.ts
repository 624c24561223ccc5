/**
 * Rows between tasks that read as headings: the rest of a task cut at a page break ("quý II năm
 * 2025 …"), headings naming two quarters, a review's "ĐỀ XUẤT BỔ SUNG" written in the task column.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
const read = (rows: CellValue[][], merges: string[] = []): FileReport => analyse([sheet('KH', rows, { merges })], { fileName: 'x.xlsx' });
const where = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const job = (n: number, text: string, product = 'Báo cáo'): CellValue[] => [n, text, 'Văn phòng Sở', product, 'Giám đốc Sở'];

describe('the rest of a task cut at a page break that reads as a quarter or month', () => {
  /** "Quý III (3 nhiệm vụ)": task 2 cut at the page break, its rest on the row below. */
  const cut = (two: CellValue[], rest: CellValue[]): CellValue[][] => [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
    HEADER,
    ['I', 'Quý III (3 nhiệm vụ)'],
    job(1, 'Tổ chức Hội nghị sơ kết', 'Hội nghị'),
    two,
    rest,
    job(3, 'Tổ chức Tháng cao điểm tuyên truyền', 'Kế hoạch'),
    ['II', 'Quý IV (1 nhiệm vụ)'],
    job(1, 'Tổng kết năm'),
  ];
  const placed = (r: FileReport) => r.tasks.map((t) => [t.stt, t.quarter, t.endRow]);

  it.each<[string, CellValue[], CellValue[]]>([
    ['in lower case', job(2, 'Báo cáo kết quả thực hiện nhiệm vụ KH&CN', 'Báo cáo của'), [null, 'quý II năm 2025 gửi UBND tỉnh', null, 'UBND tỉnh']],
    ['filling a cell cut mid-phrase', job(2, 'Báo cáo kết quả thực hiện nhiệm vụ KH&CN', 'Báo cáo của'), [null, 'Quý II năm 2025 gửi UBND tỉnh', null, 'UBND tỉnh']],
    ['alone, under task text cut mid-phrase', job(2, 'Báo cáo kết quả thực hiện nhiệm vụ KH&CN của'), [null, 'Quý II năm 2025 gửi UBND tỉnh']],
    ['beside a lower-case word in a task cell', job(2, 'Báo cáo kết quả thực hiện nhiệm vụ', 'Báo'), [null, 'Quý II năm 2025 gửi UBND tỉnh', null, 'cáo']],
    ['as a month, filling a cut cell', job(2, 'Báo cáo kết quả thực hiện nhiệm vụ KH&CN', 'Báo cáo của'), [null, 'Tháng 6 năm 2025', null, 'UBND tỉnh']],
  ])('continues the task above: %s', (_, two, rest) => {
    const r = read(cut(two, rest));
    expect([placed(r), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [['1', 3, 4], ['2', 3, 6], ['3', 3, 7], ['1', 4, 9]],
      [['Quý III', 3, 3], ['Quý IV', 1, 1]],
      [],
    ]);
    expect(r.tasks[1].task).toContain(String(rest[1]));
  });

  it('keeps a capitalised quarter or month row under a whole task a heading, and one merged across under a cut task', () => {
    const whole = read([
      HEADER,
      ['I', 'Quý III (2 nhiệm vụ)'],
      [null, 'Tháng 7'],
      job(1, 'Tổ chức Hội nghị sơ kết', 'Hội nghị'),
      [null, 'Tháng 8'],
      job(2, 'Báo cáo kết quả thực hiện nhiệm vụ'),
      [null, 'Quý IV (1 nhiệm vụ)'],
      job(1, 'Tổng kết năm'),
    ]);
    expect([whole.tasks.map((t) => [t.quarter, t.month]), where(whole)]).toEqual([[[3, 7], [3, 8], [4, null]], []]);
    const merged = read([HEADER, ['I', 'Quý III (1 nhiệm vụ)'], job(1, 'Báo cáo kết quả thực hiện nhiệm vụ của'), [null, 'Quý IV (1 nhiệm vụ)'], job(1, 'Tổng kết năm')], ['B4:E4']);
    expect([merged.tasks.map((t) => [t.quarter, t.task]), where(merged)]).toEqual([[[3, 'Báo cáo kết quả thực hiện nhiệm vụ của'], [4, 'Tổng kết năm']], []]);
  });
});

describe('a quarter heading naming two quarters', () => {
  const H = [...HEADER, 'Thời hạn'];
  const due = (n: number, text: string, deadline: CellValue = null): CellValue[] => [...job(n, text), deadline];

  it('counts its own tasks, gives them its last quarter, and ends at the next quarter heading', () => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      H,
      [1, 'Những nội dung hoàn thành trong Quý I và Quý II: Gồm 02 nhiệm vụ'],
      due(1, 'Xây dựng kế hoạch kiểm tra'),
      due(2, 'Tổng kết 6 tháng'),
      [2, 'Những nội dung hoàn thành trong Quý III: Gồm 01 nhiệm vụ'],
      due(1, 'Kiểm tra chuyên ngành'),
    ]);
    expect([r.tasks.map((t) => t.quarter), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [2, 2, 3],
      [['Quý I và Quý II', 2, 2], ['Quý III', 1, 1]],
      [],
    ]);
  });

  it.each([
    ['Quý III - 3 nhiệm vụ', 'Quý III'],
    ['Quý I, II và III: Gồm 3 nhiệm vụ', 'Quý I đến Quý III'],
  ])('reads "%s" to its last quarter (a count after a dash is no quarter)', (heading, label) => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [null, heading], due(1, 'Xây dựng kế hoạch'), due(2, 'Kiểm tra chuyên ngành'), due(3, 'Tổng kết')]);
    expect([r.tasks.map((t) => t.quarter), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([[3, 3, 3], [[label, 3, 3]], []]);
  });

  it('lets a month row or a deadline inside it say which of its quarters, as a title naming two does', () => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      H,
      [null, 'Quý III và Quý IV (4 nhiệm vụ)'],
      due(1, 'Xây dựng kế hoạch kiểm tra', '30/9/2025'),
      due(2, 'Tổng kết năm', '15/12/2025'),
      due(3, 'Hội nghị tổng kết'),
      [null, 'Tháng 9'],
      due(4, 'Kiểm tra chuyên ngành'),
    ]);
    expect([r.tasks.map((t) => [t.quarter, t.month]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [[3, null], [4, null], [4, null], [3, 9]],
      [['Quý III và Quý IV', 4, 4]],
      [],
    ]);
  });
});

describe('a review block headed in the task column', () => {
  const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng', 'Đề xuất'];
  const row = (n: CellValue, text: string, product: string, month: string, proposal: string | null): CellValue[] => [n, text, 'Phòng BCVT&CĐS', product, 'PGĐ Sở Nguyễn Quốc Huy Hoàng', month, proposal];

  it.each(['ĐỀ XUẤT BỔ SUNG', 'Đề xuất bổ sung nhiệm vụ:', 'ĐỀ XUẤT BỔ SUNG (1 nhiệm vụ)'])('"%s" with no number starts the block of added tasks', (title) => {
    const r = analyse(
      [
        sheet('Rà soát', [
          ['RÀ SOÁT CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
          H,
          row(15, 'Tập huấn an toàn thông tin', '01 lớp', 'Tháng 10', 'Xin rút nhiệm vụ này'),
          row(16, 'Quy hoạch hạ tầng viễn thông thụ động', 'Quyết định', 'Tháng 11', 'Không thực hiện do chưa có hướng dẫn'),
          [null, title],
          row('BS1', 'Xây dựng bản đồ số hạ tầng viễn thông', 'Bản đồ số', 'Tháng 12', null),
        ]),
      ],
      { fileName: 'x.xlsx' },
    );
    expect([r.tasks.map((t) => [t.stt, t.task]), r.summary.proposals, r.proposals.map((p) => [p.stt, p.kind])]).toEqual([
      [['15', 'Tập huấn an toàn thông tin'], ['16', 'Quy hoạch hạ tầng viễn thông thụ động']],
      { drop: 2, add: 1, adjust: 0 },
      [['15', 'drop'], ['16', 'drop'], ['BS1', 'add']],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('keeps the rest of a task cut at a page break that starts so on the task', () => {
    const r = read([HEADER, ['I', 'Quý IV (1 nhiệm vụ)'], job(1, 'Rà soát chương trình, tổng hợp và'), [null, 'Đề xuất bổ sung nhiệm vụ năm 2026']]);
    expect([r.tasks.map((t) => t.task), r.summary.proposals, where(r)]).toEqual([['Rà soát chương trình, tổng hợp và Đề xuất bổ sung nhiệm vụ năm 2026'], { drop: 0, add: 0, adjust: 0 }, []]);
  });
});

describe('quarter and month rows written short or in words', () => {
  it('reads "Q4 - 3 nhiệm vụ" as Quý IV and "Tháng Mười" as month 10, not as the task above', () => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      HEADER,
      [null, 'QUÝ 3/2025 (2 nhiệm vụ)'],
      [null, 'THÁNG 7 NĂM 2025'],
      job(1, 'Xây dựng kế hoạch'),
      [null, 'Tháng 8/2025'],
      job(2, 'Kiểm tra chuyên ngành'),
      [null, 'Q4 - 3 nhiệm vụ'],
      [null, 'Tháng Mười'],
      job(1, 'Tập huấn nghiệp vụ'),
      [null, 'THÁNG MƯỜI MỘT'],
      job(2, 'Hội nghị tổng kết'),
      [null, 'Tháng Chạp năm 2025'],
      job(3, 'Tổng kết năm'),
    ]);
    expect([r.tasks.map((t) => [t.task, t.quarter, t.month]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [
        ['Xây dựng kế hoạch', 3, 7],
        ['Kiểm tra chuyên ngành', 3, 8],
        ['Tập huấn nghiệp vụ', 4, 10],
        ['Hội nghị tổng kết', 4, 11],
        ['Tổng kết năm', 4, 12],
      ],
      [['Quý III', 2, 2], ['Quý IV', 3, 3]],
      [],
    ]);
  });
});

describe('a month row written short with its count', () => {
  it('"T7 (2 nhiệm vụ)", "T8: 1 nhiệm vụ" are months 7 and 8 whose counts are checked, as "Q4 - 3 nhiệm vụ" is a quarter', () => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], [null, 'T7 (2 nhiệm vụ)'], job(1, 'Xây dựng kế hoạch'), [null, 'T8: 1 nhiệm vụ'], job(2, 'Kiểm tra chuyên ngành'), job(3, 'Tổng kết')]);
    expect([r.tasks.map((t) => [t.stt, t.month]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [['1', 7], ['2', 8], ['3', 8]],
      [['Tháng 7', 2, 1], ['Tháng 8', 1, 2]],
      ['declared-count-mismatch B4', 'declared-count-mismatch B6'],
    ]);
  });
});

describe('a quarter written with a zero after "Quý" ("Quý 03", "QUÝ 04/2025")', () => {
  it('is that quarter in a quarter row and a deadline; a count after a dash is no second quarter', () => {
    const H = [...HEADER, 'Thời hạn'];
    const due = (n: number, text: string, deadline: CellValue = null): CellValue[] => [...job(n, text), deadline];
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      H,
      ['I', 'Quý 03 - 02 (hai) nhiệm vụ'],
      due(1, 'Xây dựng kế hoạch', 'Quý 03/2025'),
      due(2, 'Kiểm tra chuyên ngành'),
      ['II', 'QUÝ 04/2025'],
      due(1, 'Tổng kết năm', 'Quý 04'),
    ]);
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.deadline]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [['1', 3, '2025-09-30'], ['2', 3, null], ['1', 4, '2025-12-31']],
      [['Quý III', 2, 2]],
      [],
    ]);
  });
});

describe('"Quí", the older spelling of "Quý"', () => {
  it('reads quarter rows, totals, a sheet\'s name and deadlines so written as "Quý" ones', () => {
    const H = [...HEADER, 'Thời hạn'];
    const due = (n: number, text: string, deadline: CellValue = null): CellValue[] => [...job(n, text), deadline];
    const r = analyse([sheet('Quí III', [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      H,
      due(1, 'Xây dựng kế hoạch'),
      ['II', 'Quí IV (2 nhiệm vụ)'],
      due(1, 'Kiểm tra chuyên ngành', 'Quí IV/2025'),
      due(2, 'Tổng kết năm', 'Quí III/2025'),
      [null, 'Cộng quí IV', 2],
    ])], { fileName: 'x.xlsx' });
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.deadline]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [['1', 3, null], ['1', 4, '2025-12-31'], ['2', 4, '2025-09-30']],
      [['Quý IV', 2, 2], ['Tổng cộng', 2, 2]],
      // A deadline in Quí III under Quí IV is outside its quarter, as "Quý III/2025" would be.
      ['deadline-outside-quarter F6'],
    ]);
  });
});

describe('a quarter heading whose cell goes on to the first month', () => {
  const plan = (q3: string, q4: string) =>
    read([
      ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
      HEADER,
      ['I', q3],
      job(1, 'Xây dựng kế hoạch'),
      [null, 'Tháng 8'],
      job(2, 'Kiểm tra chuyên ngành'),
      ['II', q4],
      job(1, 'Tập huấn nghiệp vụ'),
      [null, 'Tháng 11'],
      job(2, 'Hội nghị tổng kết'),
    ]);

  it('gives the tasks under it that month ("Quý III (2 nhiệm vụ)", Alt+Enter, "Tháng 7"; "Quý IV - Tháng 10")', () => {
    const r = plan('Quý III (2 nhiệm vụ)\nTháng 7', 'Quý IV (2 nhiệm vụ) - Tháng 10');
    expect([r.tasks.map((t) => [t.quarter, t.month]), r.summary.byMonth, r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [[3, 7], [3, 8], [4, 10], [4, 11]],
      { 7: 1, 8: 1, 10: 1, 11: 1 },
      [['Quý III', 2, 2], ['Quý IV', 2, 2]],
      [],
    ]);
  });

  it('the count written after the month is the month\'s, not the quarter\'s ("Quý III - Tháng 7 (1 nhiệm vụ)")', () => {
    const r = plan('Quý III - Tháng 7 (1 nhiệm vụ)', 'Quý IV (2 nhiệm vụ) - Tháng 10 (1 nhiệm vụ)');
    expect([r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [['Tháng 7', 1, 1], ['Quý IV', 2, 2], ['Tháng 10', 1, 1]],
      [],
    ]);
    // A month's count that does not match is the month's finding only.
    const wrong = plan('Quý III - Tháng 7 (2 nhiệm vụ)', 'Quý IV');
    expect(wrong.findings.filter((f) => f.code === 'declared-count-mismatch').map((f) => `${f.column}${f.row} ${f.message}`)).toEqual(['B3 "Tháng 7" ghi 2 nhiệm vụ nhưng bảng có 1.']);
  });

  it('takes no month from the quarter\'s months or a remark, and points at a month outside the quarter as a month row of its own', () => {
    const r = plan('Quý III (tháng 7-9): 2 nhiệm vụ', 'Quý IV - Tháng 7');
    expect([r.tasks.map((t) => [t.quarter, t.month]), where(r)]).toEqual([[[3, null], [3, 8], [3, 7], [4, 11]], ['month-outside-quarter B7']]);
    expect(plan('Quý III (hoàn thành trước tháng 9)', 'Quý IV').tasks.map((t) => t.month)).toEqual([null, 8, null, 11]);
  });
});

describe('"Tháng Năm" (May) written with its year', () => {
  it('is May on a month row and in a "Tháng" cell, "Năm" standing for the month, not for the year', () => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      HEADER,
      [null, 'Quý II (4 nhiệm vụ)'],
      [null, 'Tháng Tư'],
      job(1, 'Xây dựng kế hoạch'),
      [null, 'Tháng Năm 2025'],
      job(2, 'Kiểm tra chuyên ngành'),
      [null, 'Tháng năm năm 2025 (1 nhiệm vụ)'],
      job(3, 'Tập huấn nghiệp vụ'),
      [null, 'Tháng Sáu/2025'],
      job(4, 'Sơ kết 6 tháng'),
      [null, 'Quý IV (1 nhiệm vụ)'],
      [null, 'Tháng Mười 2025'],
      job(1, 'Tổng kết năm'),
    ]);
    expect([r.tasks.map((t) => [t.task, t.quarter, t.month]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [
        ['Xây dựng kế hoạch', 2, 4],
        ['Kiểm tra chuyên ngành', 2, 5],
        ['Tập huấn nghiệp vụ', 2, 5],
        ['Sơ kết 6 tháng', 2, 6],
        ['Tổng kết năm', 4, 10],
      ],
      [['Quý II', 4, 4], ['Tháng 5', 1, 1], ['Quý IV', 1, 1]],
      [],
    ]);
  });

  it('gives May in a "Tháng" column; "Tháng 5 năm 2025" and "tháng 12 năm 2025" keep their numbers', () => {
    const header = ['STT', 'Nhiệm vụ', 'Tháng', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
    const cells = ['Tháng Năm 2025', 'tháng năm năm 2025', 'THÁNG NĂM/2025', 'Tháng 5 năm 2025', 'tháng 12 năm 2025'];
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], header, ...cells.map((m, i): CellValue[] => [i + 1, `Nhiệm vụ ${i + 1}`, m, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'])]);
    expect(r.tasks.map((t) => [t.month, t.quarter])).toEqual([[5, 2], [5, 2], [5, 2], [5, 2], [12, 4]]);
  });

  it('reads a title\'s month in words with its year ("THÁNG CHÍN NĂM 2025", "tháng Năm năm 2025") as the same title in figures', () => {
    const cases: [string, string][] = [
      ['KẾ HOẠCH CÔNG TÁC THÁNG CHÍN NĂM 2025', 'KẾ HOẠCH CÔNG TÁC THÁNG 9 NĂM 2025'],
      ['Chương trình công tác tháng chín 2025', 'Chương trình công tác tháng 9/2025'],
      ['Chương trình công tác tháng Mười Hai năm 2025', 'Chương trình công tác tháng 12 năm 2025'],
      ['Kế hoạch công tác tháng Năm năm 2025', 'Kế hoạch công tác tháng 5 năm 2025'],
      ['KẾ HOẠCH CÔNG TÁC THÁNG BA NĂM 2025', 'KẾ HOẠCH CÔNG TÁC THÁNG 3 NĂM 2025'],
    ];
    const seen = (title: string) => {
      const r = read([[title], HEADER, job(1, 'Xây dựng kế hoạch'), job(2, 'Tổ chức hội thảo')]);
      return [r.tasks.map((t) => [t.quarter, t.month]), r.period, r.summary.overdue.length];
    };
    for (const [words, figures] of cases) expect([words, seen(words)]).toEqual([words, seen(figures)]);
    expect(seen('KẾ HOẠCH CÔNG TÁC THÁNG CHÍN NĂM 2025')[0]).toEqual([[3, 9], [3, 9]]);
    // Each title in words names its own month, not only the same one as in figures.
    expect(cases.map(([words]) => [words, seen(words)[0]])).toEqual([
      [cases[0]![0], [[3, 9], [3, 9]]],
      [cases[1]![0], [[3, 9], [3, 9]]],
      [cases[2]![0], [[4, 12], [4, 12]]],
      [cases[3]![0], [[2, 5], [2, 5]]],
      [cases[4]![0], [[1, 3], [1, 3]]],
    ]);
    // Two months, or a month word with no year ("tháng sáu" may be "next month"), name no month's plan.
    for (const title of ['Kế hoạch công tác tháng Bảy và tháng Tám năm 2025', 'Kế hoạch công tác tháng sau', 'Kế hoạch công tác tháng năm 2025']) {
      expect([title, seen(title)[0]]).toEqual([title, [[null, null], [null, null]]]);
    }
  });

  it('does not make a month of a title\'s "tháng … năm 2025" nor of "Năm 2025" alone', () => {
    for (const title of ['KẾ HOẠCH THỰC HIỆN NHIỆM VỤ TRONG 6 THÁNG CUỐI NĂM 2025', 'Kế hoạch tháng năm 2025', 'Năm 2025']) {
      const r = read([[title], HEADER, [null, 'Quý III (1 nhiệm vụ)'], job(1, 'Xây dựng kế hoạch')]);
      expect([title, r.tasks.map((t) => [t.quarter, t.month])]).toEqual([title, [[3, null]]]);
    }
  });
});

describe('a heading over the whole year written as a range of quarters', () => {
  const H = [...HEADER, 'Thời hạn'];
  const due = (n: number, text: string, deadline: CellValue = null): CellValue[] => [...job(n, text), deadline];

  const label = 'Quý I đến Quý IV';
  it.each<[string, CellValue[], boolean]>([
    ['with its count', [null, 'Từ Quý I đến Quý IV (3 nhiệm vụ)'], true],
    ['numbered', ['II', 'Quý I - Quý IV'], false],
    ['alone on its line', [null, 'Quý I đến Quý IV'], false],
    ['listing the four', [null, 'Quý I, II, III, IV'], false],
  ])('%s: its tasks are all-year, not Quý IV, unless a deadline says their quarter', (_, heading, counted) => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      H,
      ['I', 'Quý I (1 nhiệm vụ)'],
      due(1, 'Xây dựng kế hoạch năm', '31/3/2025'),
      heading,
      due(1, 'Theo dõi, cập nhật cơ sở dữ liệu nhiệm vụ KH&CN'),
      due(2, 'Tiếp nhận hồ sơ thủ tục hành chính', 'Thường xuyên'),
      due(3, 'Tổng kết 6 tháng', '30/6/2025'),
      ['III', 'Quý III (1 nhiệm vụ)'],
      due(1, 'Kiểm tra chuyên ngành'),
    ]);
    expect([r.tasks.map((t) => [t.stt, t.quarter]), r.summary.byQuarter, r.summary.allYear, r.summary.overdue.map((o) => o.row), where(r)]).toEqual([
      [['1', 1], ['1', null], ['2', null], ['3', 2], ['1', 3]],
      { '1': 1, '2': 1, '3': 1 },
      2,
      [4, 8, 10],
      [],
    ]);
    // Its declared count, where it has one, is checked against its own tasks.
    const range = counted ? [[label, 3, 3]] : [];
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý I', 1, 1], ...range, ['Quý III', 1, 1]]);
  });

  it('reads a title naming the four quarters as a whole-year plan: tasks with no period of their own are all-year', () => {
    const r = read([['KẾ HOẠCH CÔNG TÁC TỪ QUÝ I ĐẾN QUÝ IV NĂM 2025'], H, due(1, 'Theo dõi, cập nhật cơ sở dữ liệu'), due(2, 'Tổng kết năm', '15/12/2025')]);
    expect([r.tasks.map((t) => t.quarter), r.summary.byQuarter, r.summary.allYear]).toEqual([[null, 4], { '4': 1 }, 1]);
  });

  it('reads a plain list of the year (no quarter or month anywhere) as the whole year: a dated task is in its deadline\'s quarter, an undated one all-year', () => {
    const r = read([['DANH SÁCH NHIỆM VỤ NĂM 2025'], H, due(1, 'Xây dựng kế hoạch', '31/7/2025'), due(2, 'Tổ chức hội thảo', '30/9/2025'), due(3, 'Tổng kết chương trình', '15/11/2025'), due(4, 'Quản lý hoạt động', 'Thường xuyên')]);
    expect([r.tasks.map((t) => [t.quarter, t.month]), r.summary.byQuarter, r.summary.allYear]).toEqual([[[3, null], [3, null], [4, null], [null, null]], { '3': 2, '4': 1 }, 1]);
    // An all-year section keeps its dated tasks all-year; a deadline in another year places nothing.
    const focus = read([['DANH SÁCH NHIỆM VỤ NĂM 2025'], H, ['I', 'NHIỆM VỤ TRỌNG TÂM'], due(1, 'Triển khai Nghị quyết', '31/7/2025'), ['II', 'NHIỆM VỤ CỤ THỂ'], due(1, 'Tổng kết', '15/11/2025'), due(2, 'Chuẩn bị năm sau', '15/1/2026')]);
    expect(focus.tasks.map((t) => t.quarter)).toEqual([null, 4, null]);
    // So does a list titled as all-year tasks, whatever words are around them.
    for (const title of ['CHƯƠNG TRÌNH CÔNG TÁC TRỌNG TÂM NĂM 2025 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'DANH MỤC NHIỆM VỤ THƯỜNG XUYÊN NĂM 2025']) {
      const titled = read([[title], H, due(1, 'Xây dựng kế hoạch', '31/7/2025'), due(2, 'Tổng kết', '15/11/2025')]);
      expect([title, titled.tasks.map((t) => t.quarter)]).toEqual([title, [null, null]]);
    }
  });

  it('keeps the all-year section of a plan titled with two quarters all-year, not in the last quarter', () => {
    const r = read([['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025'], H, ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'], due(1, 'Theo dõi, cập nhật cơ sở dữ liệu'), due(2, 'Trực ban'), ['II', 'Công tác thanh tra'], due(1, 'Thanh tra chuyên ngành'), due(2, 'Tổng kết năm', '15/12/2025')]);
    // Another section's tasks are the plan's: due by its last quarter, or their deadline's.
    expect([r.tasks.map((t) => [t.stt, t.quarter]), r.summary.byQuarter, r.summary.allYear]).toEqual([[['1', null], ['2', null], ['1', 4], ['2', 4]], { '4': 2 }, 2]);
  });

  it('reads a title naming half the year ("6 THÁNG CUỐI NĂM", "06 tháng đầu năm") as its two quarters: a deadline says which, else the last', () => {
    const half = (title: string, deadlines: CellValue[]) => read([[title], H, ...deadlines.map((d, i) => due(i + 1, `Nhiệm vụ ${i + 1}`, d))]);
    const late = half('KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025', ['15/8/2025', '30/11/2025', null]);
    expect([late.tasks.map((t) => t.quarter), late.summary.byQuarter]).toEqual([[3, 4, 4], { '3': 1, '4': 2 }]);
    const early = half('Chương trình công tác 06 tháng đầu năm 2025', ['15/2/2025', null]);
    expect(early.tasks.map((t) => t.quarter)).toEqual([1, 2]);
    // A title naming both halves (last half's results, next half's tasks) gives neither: a plain
    // list of the year, where a deadline says the quarter and an undated task is all-year (not Quý IV).
    const both = half('BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025', ['15/8/2025', null]);
    expect(both.tasks.map((t) => t.quarter)).toEqual([3, null]);
  });

  it('keeps two quarters named a part of the year, due by its last quarter', () => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [null, 'Quý II đến Quý III'], due(1, 'Xây dựng kế hoạch'), due(2, 'Sơ kết', '30/6/2025')]);
    expect([r.tasks.map((t) => t.quarter), r.summary.allYear]).toEqual([[3, 2], 0]);
  });
});

describe('"Cả năm" or "Thường xuyên" alone on a line over tasks', () => {
  it.each(['Cả năm', 'Thường xuyên:', 'THƯỜNG XUYÊN (2 nhiệm vụ)'])('"%s" heads all-year tasks: not the end of the task above, not the quarter above', (title) => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      HEADER,
      ['I', 'Quý I (1 nhiệm vụ)'],
      job(1, 'Xây dựng kế hoạch năm'),
      [null, title],
      job(1, 'Theo dõi, cập nhật cơ sở dữ liệu'),
      job(2, 'Tiếp nhận hồ sơ thủ tục hành chính'),
      ['II', 'Quý II (1 nhiệm vụ)'],
      job(1, 'Sơ kết 6 tháng'),
    ]);
    expect([r.tasks.map((t) => [t.task, t.quarter]), r.summary.allYear, where(r)]).toEqual([
      [
        ['Xây dựng kế hoạch năm', 1],
        ['Theo dõi, cập nhật cơ sở dữ liệu', null],
        ['Tiếp nhận hồ sơ thủ tục hành chính', null],
        ['Sơ kết 6 tháng', 2],
      ],
      2,
      [],
    ]);
  });

  it.each(['thường xuyên', 'Thường xuyên cập nhật trên Cổng thông tin'])('stays the rest of the task above when it reads as one: "%s"', (rest) => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý I (2 nhiệm vụ)'], job(1, 'Theo dõi, cập nhật cơ sở dữ liệu'), [null, rest], job(2, 'Sơ kết')]);
    expect([r.tasks.map((t) => [t.task, t.quarter]), where(r)]).toEqual([[[`Theo dõi, cập nhật cơ sở dữ liệu ${rest}`, 1], ['Sơ kết', 1]], []]);
  });
});

describe('"Thường xuyên", "Cả năm" or "Quý I - Quý IV" alone in a deadline, quarter or month column', () => {
  it.each<[string, string]>([
    ['Thời hạn', 'Thường xuyên'],
    ['Thời hạn', 'Cả năm'],
    ['Thời hạn', 'Quý I - Quý IV'],
    ['Quý', 'Cả năm'],
    ['Tháng', 'Thường xuyên'],
  ])('under "%s", "%s" is the rest of the task above split at a page, not a heading', (column, words) => {
    const header = [...HEADER, column];
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      header,
      ['I', 'Quý III (3 nhiệm vụ)'],
      [...job(1, 'Xây dựng kế hoạch kiểm tra'), null],
      [...job(2, 'Tổ chức hội nghị tổng kết'), null],
      [null, null, null, null, null, words],
      [...job(3, 'Báo cáo tình hình thực hiện'), null],
    ]);
    expect([r.tasks.map((t) => [t.stt, t.quarter, t.endRow]), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), r.findings.filter((f) => f.code === 'declared-count-mismatch')]).toEqual([
      [['1', 3, 4], ['2', 3, 6], ['3', 3, 7]],
      [['Quý III', 3, 3]],
      [],
    ]);
  });

  it('in the task column, or merged across the table, still heads all-year tasks', () => {
    const header = [...HEADER, 'Thời hạn'];
    for (const [row, merges] of [[[null, 'Thường xuyên'], []], [['Cả năm'], ['A6:F6']]] as [CellValue[], string[]][]) {
      const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], header, ['I', 'Quý III (2 nhiệm vụ)'], job(1, 'Xây dựng kế hoạch'), job(2, 'Sơ kết'), row, job(1, 'Theo dõi cơ sở dữ liệu')], merges);
      expect([row, r.tasks.map((t) => [t.stt, t.quarter]), r.summary.allYear]).toEqual([row, [['1', 3], ['2', 3], ['1', null]], 1]);
    }
  });
});

describe('the quarter or month in force written again over the next page', () => {
  const sections = (r: FileReport) => r.summary.sections.map((s) => [s.label, s.declared, s.actual]);

  it.each(['Quý III (tiếp theo)', 'QUÝ III (TIẾP)', 'Quý III'])('"%s" after the repeated header goes on with the quarter: its count counts every task', (again) => {
    const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], job(1, 'Tổ chức hội nghị'), job(2, 'Báo cáo kết quả'), HEADER, ['I', again], job(3, 'Kiểm tra chuyên ngành')]);
    expect([r.tasks.map((t) => [t.stt, t.quarter]), sections(r), where(r)]).toEqual([[['1', 3], ['2', 3], ['3', 3]], [['Quý III', 3, 3]], []]);
  });

  it('a month row again ("Tháng 7 (tiếp theo)") goes on with the month, inside its quarter', () => {
    const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], [null, 'Tháng 7 (3 nhiệm vụ)'], job(1, 'Tổ chức hội nghị'), job(2, 'Báo cáo kết quả'), HEADER, [null, 'Tháng 7 (tiếp theo)'], job(3, 'Kiểm tra chuyên ngành')]);
    expect([r.tasks.map((t) => [t.stt, t.month]), sections(r), where(r)]).toEqual([[['1', 7], ['2', 7], ['3', 7]], [['Quý III', 3, 3], ['Tháng 7', 3, 3]], []]);
  });

  it.each([['II', 'NHIỆM VỤ THƯỜNG XUYÊN (tiếp theo)'], [null, 'NHIỆM VỤ THƯỜNG XUYÊN (tiếp theo)'], ['II', 'NHIỆM VỤ THƯỜNG XUYÊN']])('an all-year section written again, "%s | %s", goes on with it', (marker, again) => {
    const r = read([HEADER, ['II', 'NHIỆM VỤ THƯỜNG XUYÊN (3 nhiệm vụ)'], job(1, 'Tổ chức hội nghị'), job(2, 'Báo cáo kết quả'), HEADER, [marker, again], job(3, 'Kiểm tra chuyên ngành')]);
    expect([r.tasks.map((t) => [t.stt, t.section]), sections(r), where(r)]).toEqual([
      [['1', 'NHIỆM VỤ THƯỜNG XUYÊN'], ['2', 'NHIỆM VỤ THƯỜNG XUYÊN'], ['3', 'NHIỆM VỤ THƯỜNG XUYÊN']],
      [['NHIỆM VỤ THƯỜNG XUYÊN', 3, 3]],
      [],
    ]);
  });

  it('is a part of its own with its own count, numbers starting again at 1, or another quarter', () => {
    const own = read([HEADER, ['I', 'Quý III (2 nhiệm vụ)'], job(1, 'Tổ chức hội nghị'), job(2, 'Báo cáo kết quả'), ['I', 'Quý III (1 nhiệm vụ)'], job(1, 'Kiểm tra chuyên ngành')]);
    expect([sections(own), where(own)]).toEqual([[['Quý III', 2, 2], ['Quý III', 1, 1]], []]);
    const again = read([HEADER, ['I', 'Quý III'], [null, 'Tháng 7'], job(1, 'Tổ chức hội nghị'), job(2, 'Báo cáo kết quả'), [null, 'Tháng 7'], job(1, 'Kiểm tra chuyên ngành')]);
    expect([again.tasks.map((t) => [t.stt, t.month]), where(again)]).toEqual([[['1', 7], ['2', 7], ['1', 7]], []]);
  });
});

describe('a part numbered in capitals in the task column, right over a quarter row', () => {
  it('"II. NHIỆM VỤ CỤ THỂ THEO QUÝ" ends the all-year part above: no text of its last task', () => {
    for (const title of ['II. NHIỆM VỤ CỤ THỂ THEO QUÝ', 'B. Nhiệm vụ cụ thể theo quý']) {
      const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, [null, 'I. NHIỆM VỤ TRỌNG TÂM'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Cải cách hành chính'), [null, title], [null, 'Quý III (1 nhiệm vụ)'], job(1, 'Tổng kết quý')]);
      expect([title, r.tasks.map((t) => [t.task, t.quarter, t.endRow]), where(r)]).toEqual([title, [['Tổ chức Hội nghị sơ kết', null, 4], ['Cải cách hành chính', null, 5], ['Tổng kết quý', 3, 8]], []]);
    }
    // An item of a list the task above opens ("… gồm:") stays that task's.
    const list = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'NHIỆM VỤ TRỌNG TÂM'], job(1, 'Tổ chức các hội nghị, gồm:'), [null, 'B. Hội nghị sơ kết'], [null, 'Quý III'], job(1, 'Tổng kết quý')]);
    expect(list.tasks[0].task).toBe('Tổ chức các hội nghị, gồm: B. Hội nghị sơ kết');
  });
});

describe('parts written with their word: "Phần I", "PHẦN THỨ HAI"', () => {
  it('are Roman-numbered sections, in the number or the task column, their counts checked', () => {
    const inNumber = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['Phần I', 'Nhiệm vụ trọng tâm (3 nhiệm vụ)'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Cải cách hành chính'), ['PHẦN THỨ HAI', 'NHIỆM VỤ CỤ THỂ THEO QUÝ'], ['I', 'Quý III (1 nhiệm vụ)'], job(1, 'Tổng kết quý')]);
    expect([inNumber.tasks.map((t) => [t.task, t.quarter, t.section]), inNumber.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(inNumber)]).toEqual([
      [['Tổ chức Hội nghị sơ kết', null, 'Nhiệm vụ trọng tâm'], ['Cải cách hành chính', null, 'Nhiệm vụ trọng tâm'], ['Tổng kết quý', 3, 'Quý III']],
      [['Nhiệm vụ trọng tâm', 3, 2], ['Quý III', 1, 1]],
      ['declared-count-mismatch B3'],
    ]);
    const inTask = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, [null, 'PHẦN I. NHIỆM VỤ TRỌNG TÂM'], job(1, 'Tổ chức Hội nghị sơ kết'), job(2, 'Cải cách hành chính'), [null, 'PHẦN II: NHIỆM VỤ CỤ THỂ THEO QUÝ'], [null, 'Quý III (1 nhiệm vụ)'], job(1, 'Tổng kết quý')]);
    expect([inTask.tasks.map((t) => [t.task, t.quarter, t.section]), where(inTask)]).toEqual([[['Tổ chức Hội nghị sơ kết', null, 'NHIỆM VỤ TRỌNG TÂM'], ['Cải cách hành chính', null, 'NHIỆM VỤ TRỌNG TÂM'], ['Tổng kết quý', 3, 'Quý III']], []]);
    // "Phần mềm …" is a task's words.
    expect(read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], job(1, 'Phần mềm quản lý văn bản')]).tasks.map((t) => t.task)).toEqual(['Phần mềm quản lý văn bản']);
  });
});
