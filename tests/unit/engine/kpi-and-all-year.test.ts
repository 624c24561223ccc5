/**
 * KPI tables and all-year tasks beside the quarterly ones, as the programmes put them: "Chỉ tiêu"
 * tables in their wordings, all-year sections with no number, counts over KPIs, totals under the
 * quarters; and a task row whose words look like headers.
 */
import { analyseWorkbook, combineReports, type CellValue, type FileReport } from '../../../src/engine';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { formatSummary } from '../../../src/cli/format';
import { analyse as analyseSheets, programme2025, sheet, task as taskRow } from '../../helpers/grid';

const analyse = (rows: CellValue[][], merges: string[] = []): FileReport => analyseSheets([sheet('KH', rows, { merges })], { fileName: 'x.xlsx' });
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const placed = (r: FileReport) => r.tasks.map((t) => [t.stt, t.quarter]);

const TITLE = ['KẾ HOẠCH CÔNG TÁC NĂM 2025'];
const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn'];
const task = (n: CellValue, text: string, product = 'Báo cáo'): CellValue[] => [n, text, 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', product, null];
const KPI_HEADER = ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Đơn vị tham mưu', 'Ghi chú'];
const kpi = (n: CellValue, name: string): CellValue[] => [n, name, '%', '103,0', 'Văn phòng Sở', null];

describe('a task row whose cells read like headers', () => {
  it('with its number typed as text ("2", "3.") is a task, not a new table', () => {
    const r = analyse([
      ['Quý III (4 nhiệm vụ)'],
      HEADER,
      task('1', 'Báo cáo 6 tháng đầu năm'),
      ['2', 'Xây dựng kế hoạch chuyển đổi số năm 2026', 'Phòng BCVT&CĐS', 'Lãnh đạo Sở', 'Kế hoạch của Sở', null, 'Nhiệm vụ quan trọng tham mưu UBND tỉnh'],
      task('3.', 'Tổ chức 01 lớp tập huấn chuyển đổi số'),
      task('4', 'Kiểm tra đo lường hàng đóng gói sẵn', ''),
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4']);
    expect(codes(r)).toEqual(['missing-product E6']);
  });
});

describe('all-year sections', () => {
  it('an unnumbered title ("NHIỆM VỤ THƯỜNG XUYÊN", "Các nhiệm vụ thực hiện cả năm") ends the quarter above it', () => {
    for (const title of ['NHIỆM VỤ THƯỜNG XUYÊN', 'Các nhiệm vụ thực hiện cả năm']) {
      // Merged across from the number column, or alone in the task column.
      for (const [row, merges] of [[[title], ['A6:F6']], [[null, title], []]] as [CellValue[], string[]][]) {
        const r = analyse([TITLE, HEADER, ['I', 'Quý IV (2 nhiệm vụ)'], task(1, 'Báo cáo quý IV'), task(2, 'Tổng kết năm'), row, task(1, 'Cập nhật cơ sở dữ liệu'), task(2, 'Trực ban')], merges);
        expect(placed(r)).toEqual([['1', 4], ['2', 4], ['1', null], ['2', null]]);
        expect([r.summary.allYear, r.tasks[1].task, codes(r)]).toEqual([2, 'Tổng kết năm', []]);
      }
    }
    // A task's text split at a page, in lower case, is still its text.
    const split = analyse([TITLE, HEADER, ['I', 'Quý IV'], task(1, 'Rà soát các'), [null, 'nhiệm vụ thường xuyên']]);
    expect(split.tasks.map((t) => t.task)).toEqual(['Rà soát các nhiệm vụ thường xuyên']);
  });

  it('a number before the title is not its count ("1 | Nhiệm vụ trọng tâm"), a "Gồm 04 nội dung" after it is', () => {
    const sub = (n: string) => task(n, `Nội dung ${n}`);
    const plain = analyse([TITLE, HEADER, [1, 'Nhiệm vụ trọng tâm'], sub('1.1'), sub('1.2'), sub('1.3')]);
    expect([plain.summary.sections, codes(plain)]).toEqual([[], []]);
    const counted = analyse([TITLE, HEADER, [1, 'Nhiệm vụ trọng tâm: Gồm 04 nội dung'], sub('1.1'), sub('1.2'), sub('1.3')]);
    expect(counted.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Nhiệm vụ trọng tâm', 4, 3]]);
  });

  it('a numbered all-year title with no count ("1 | Nhiệm vụ trọng tâm", "(2) | NHIỆM VỤ THƯỜNG XUYÊN") over tasks numbered from 1 is a section, not a task', () => {
    for (const [n, title] of [[1, 'Nhiệm vụ trọng tâm'], ['(2)', 'NHIỆM VỤ THƯỜNG XUYÊN']] as [CellValue, string][]) {
      const r = analyse([TITLE, HEADER, [n, title], task(1, 'Cập nhật cơ sở dữ liệu'), task(2, 'Trực ban'), ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Tổng kết năm')]);
      // Two all-year tasks numbered 1 and 2: no task "1 | Nhiệm vụ trọng tâm" missing its unit, no repeated 1.
      expect([title, placed(r), r.tasks[0].section, r.summary.allYear, codes(r)]).toEqual([title, [['1', null], ['2', null], ['1', 4]], title, 2, []]);
    }
  });

  it('a group title with no number inside an all-year section ("Công tác thanh tra") keeps its tasks in that section', () => {
    for (const title of ['Công tác thanh tra', 'Công tác thanh tra:']) {
      const r = analyse([TITLE, HEADER, ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'], task(1, 'Cập nhật cơ sở dữ liệu'), task(2, 'Trực ban'), [null, title], task(3, 'Tiếp công dân'), ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Tổng kết năm')]);
      expect([title, r.tasks.map((t) => [t.stt, t.quarter, t.section]), r.summary.allYear, codes(r)]).toEqual([
        title,
        [['1', null, 'NHIỆM VỤ THƯỜNG XUYÊN'], ['2', null, 'NHIỆM VỤ THƯỜNG XUYÊN'], ['3', null, 'NHIỆM VỤ THƯỜNG XUYÊN'], ['1', 4, 'Quý IV']],
        3,
        [],
      ]);
    }
    // Under a title naming two quarters it is no task of the last quarter either.
    const two = analyse([['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025'], HEADER, ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'], task(1, 'Cập nhật cơ sở dữ liệu'), [null, 'Công tác thanh tra'], task(2, 'Tiếp công dân')]);
    expect([two.tasks.map((t) => t.quarter), two.summary.allYear]).toEqual([[null, null], 2]);
  });

  it('a "Tổng cộng" under the quarters sums them, not the all-year tasks above', () => {
    const r = analyse([TITLE, HEADER, ['I', 'NHIỆM VỤ TRỌNG TÂM'], task(1, 'A'), task(2, 'B'), ['II', 'Quý I (2 nhiệm vụ)'], task(1, 'C'), task(2, 'D'), [null, 'Tổng cộng: 2 nhiệm vụ']]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý I', 2, 2], ['Tổng cộng', 2, 2]]);
    expect(codes(r)).toEqual([]);
    // With no quarters, a total counts every task.
    expect(codes(analyse([TITLE, HEADER, task(1, 'A'), task(2, 'B'), [null, 'Tổng cộng: 3 nhiệm vụ']]))).toEqual(['declared-count-mismatch B5']);
  });
});

describe('KPI tables', () => {
  it('a lettered part right under the KPIs ("B | NHIỆM VỤ CỤ THỂ") is no KPI: it ends the part above, whose count counts the KPIs only', () => {
    const r = analyse([
      TITLE,
      ['A', 'CÁC CHỈ TIÊU CHỦ YẾU: Gồm 03 nội dung'],
      ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch năm 2025', 'Phòng/đơn vị tham mưu'],
      ['I', 'Khoa học công nghệ'],
      [1, 'Số doanh nghiệp KH&CN', 'Doanh nghiệp', '10', 'Phòng KH-CN'],
      [2, 'Số đơn đăng ký sở hữu trí tuệ', 'Đơn', '1.000', 'Phòng QLCN'],
      ['II', 'Chuyển đổi số'],
      [3, 'Tỷ lệ hồ sơ trực tuyến', '%', '80,0', 'Phòng BCVTCNTT'],
      ['B', 'NHIỆM VỤ CỤ THỂ'],
      HEADER,
      ['I', 'Quý I (2 nhiệm vụ)'],
      task(1, 'Xây dựng kế hoạch'),
      task(2, 'Tổng hợp báo cáo'),
    ]);
    expect(r.summary.kpiCount).toBe(3);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['CÁC CHỈ TIÊU CHỦ YẾU', 3, 3], ['Quý I', 2, 2]]);
    expect(codes(r)).toEqual([]);
  });

  it('"Nội dung chỉ tiêu" and "Mục tiêu, chỉ tiêu" name KPIs: the rows are not checked as tasks', () => {
    for (const name of ['Nội dung chỉ tiêu', 'Mục tiêu, chỉ tiêu']) {
      const r = analyse([TITLE, ['TT', name, 'ĐVT', 'Kế hoạch 2025', 'Đơn vị tham mưu', 'Lãnh đạo phụ trách'], [1, 'Số doanh nghiệp KH&CN', 'DN', '5', 'Phòng KH-CN', null], [null, '- Cấp tỉnh', 'DN', '3', null, null]]);
      // "- Cấp tỉnh" with no number is a part of KPI 1, as the programmes count (kpiParts).
      expect([r.tables.map((t) => t.kind), r.summary.kpiCount, r.summary.kpiParts, r.summary.taskCount, codes(r)]).toEqual([['kpi'], 1, 1, 0, []]);
    }
  });

  it('a dashed row with no number under a numbered KPI is a sub-indicator: the summary and the heading\'s count agree', () => {
    const rows = (declared: number): CellValue[][] => [
      TITLE,
      [`A. CÁC CHỈ TIÊU CHỦ YẾU: Gồm 0${declared} chỉ tiêu`],
      KPI_HEADER,
      kpi(1, 'Tổng số đề tài, dự án'),
      kpi(2, 'Số tổ chức KH&CN'),
      kpi(null, '- Số doanh nghiệp KH&CN'),
    ];
    const two = analyse(rows(2));
    expect([two.summary.kpiCount, two.summary.kpiParts, codes(two)]).toEqual([2, 1, []]);
    const three = analyse(rows(3));
    expect([three.summary.kpiCount, codes(three)]).toEqual([2, ['declared-count-mismatch A2']]);
    expect(three.findings[0].message).toContain('bảng có 2 (không tính 1 dòng "-" không số');
  });

  it('a KPI heading\'s count is said to count KPIs where "Tổng hợp" and the printed summary list the counts', () => {
    const r = analyse([TITLE, ['A. CÁC CHỈ TIÊU CHỦ YẾU: Gồm 02 chỉ tiêu'], KPI_HEADER, kpi(1, 'Tỷ lệ A'), kpi(2, 'Tỷ lệ B'), ['B', 'NHIỆM VỤ CỤ THỂ'], HEADER, ['I', 'Quý I (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch')]);
    expect(r.summary.sections.map((s) => [s.label, s.counts])).toEqual([['CÁC CHỈ TIÊU CHỦ YẾU', 'kpi'], ['Quý I', undefined]]);
    const rows = summaryLayout(combineReports([r], '2025-10-15'), { asOf: '2025-10-15' }).blocks.find((b) => b.id === 'sections')!.rows;
    expect(rows.map((row) => row[1])).toEqual(['CÁC CHỈ TIÊU CHỦ YẾU (số chỉ tiêu)', 'Quý I']);
    expect(formatSummary(r.summary).join('\n')).toContain('CÁC CHỈ TIÊU CHỦ YẾU (KH, dòng 2): 2 / 2 chỉ tiêu — khớp');
    // Numbered dashed rows (the 2024 programme's "2 | - Cấp nhà nước") are KPIs of their own.
    const numbered = analyse([TITLE, ['Gồm 03 chỉ tiêu'], KPI_HEADER, kpi(1, 'Tổng số đề tài'), kpi(2, '- Cấp nhà nước'), kpi(3, '- Cấp tỉnh')]);
    expect([numbered.summary.kpiCount, numbered.summary.kpiParts, codes(numbered)]).toEqual([3, undefined, []]);
  });

  it('a count over a KPI table counts its KPIs; a signature block, a remark or a column-numbering row is not a KPI', () => {
    const r = analyse([
      TITLE,
      ['1. Các chỉ tiêu kinh tế - xã hội năm 2025: Gồm 03 nội dung'],
      KPI_HEADER,
      [1, 2, 3, 4, 5, 6],
      kpi(1, 'Tỷ lệ A'),
      kpi(2, 'Tỷ lệ B'),
      kpi(3, 'Tỷ lệ C'),
      [],
      [null, 'Nơi nhận:'],
      [null, '- UBND tỉnh (b/c);'],
    ]);
    expect([r.summary.kpiCount, codes(r)]).toEqual([3, []]);
    expect(r.summary.sections.map((s) => [s.declared, s.actual])).toEqual([[3, 3]]);
    const wrong = analyse([TITLE, ['1. Các chỉ tiêu năm 2025: Gồm 04 nội dung'], KPI_HEADER, kpi(1, 'Tỷ lệ A'), kpi(2, 'Tỷ lệ B'), kpi(3, 'Tỷ lệ C')]);
    expect(codes(wrong)).toEqual(['declared-count-mismatch A2']);
  });

  it('a count over a KPI table leaves out the dashed parts with no number under a numbered KPI ("- Cấp tỉnh")', () => {
    const r = analyse([
      TITLE,
      ['1. Các chỉ tiêu kinh tế - xã hội năm 2025: Gồm 03 nội dung'],
      KPI_HEADER,
      ['I', 'Nghiên cứu khoa học và công nghệ'],
      [1, 'Tổng số đề tài, dự án', 'Đề tài, dự án', 14, 'Phòng KH-CN'],
      [null, '- Cấp nhà nước', '"', '01'],
      [null, '- Cấp tỉnh', '"', '13'],
      ['II', 'Sở hữu trí tuệ', null, null, 'Phòng KH-CN'],
      [null, '- Hướng dẫn doanh nghiệp đăng ký bảo hộ sở hữu công nghiệp', 'DN', 45],
      kpi(3, 'Tỷ lệ thuê bao điện thoại/100 dân'),
    ]);
    expect(r.summary.sections.map((s) => [s.declared, s.actual])).toEqual([[3, 3]]);
    expect(codes(r)).toEqual([]);
  });

  it('the unit advising on a KPI ("Phòng/đơn vị tham mưu") is checked as a lead unit: old, unknown, cut at a page; an empty cell is no gap, and KPIs are no tasks', () => {
    const kpiRow = (n: CellValue, name: string, unit: CellValue): CellValue[] => [n, name, '%', '80,0', unit, null];
    const r = analyse(
      [
        ['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'],
        KPI_HEADER,
        ['I', 'Khoa học và công nghệ', null, null, 'Phòng QLKH&ĐMST'],
        kpiRow(1, 'Tỷ lệ A', 'Phòng KH-CN'),
        kpiRow(2, 'Tỷ lệ B', 'Phòng Kế hoạch Tổng hợp'),
        kpiRow(3, 'Tỷ lệ C', null),
        // Merged down over two KPIs: one finding, at its top.
        kpiRow(4, 'Tỷ lệ D', 'Phòng HCTH'),
        kpiRow(5, 'Tỷ lệ E', null),
        // One name cut at a page break, its rest further down the column.
        kpiRow(6, 'Số thuê bao', 'Phòng Bưu chính - Viễn thông và Công'),
        kpiRow(7, 'Số điểm bưu điện', null),
        kpiRow(8, 'Số xã có thư báo', 'nghệ thông tin (Phòng BCVTCNTT)'),
        [],
        HEADER,
        ['I', 'Quý IV (1 nhiệm vụ)'],
        task(1, 'Báo cáo quý IV'),
      ],
      ['E7:E8'],
    );
    expect([r.summary.kpiCount, r.summary.taskCount]).toEqual([8, 1]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.field, f.fix?.value ?? null])).toEqual([
      ['outdated-unit', 'E4', 'lead', 'Phòng QLKH&ĐMST'],
      ['unknown-unit', 'E5', 'lead', null],
      ['outdated-unit', 'E7', 'lead', 'Văn phòng Sở'],
      // The cut name read whole: its old name said at its first cell, no fix (its text is in two cells).
      ['outdated-unit', 'E9', 'lead', null],
    ]);
    expect(r.findings[3].message).toContain('Phòng Bưu chính - Viễn thông và Công nghệ thông tin');
    // A year's targets alone: their units say which of the year's directories they are written in.
    for (const [unit, period] of [['Phòng QLKH&ĐMST', '2025-09'], ['Phòng KH-CN', '2025-03']]) {
      const only = analyse([TITLE, KPI_HEADER, kpiRow(1, 'Tỷ lệ A', unit), kpiRow(2, 'Tỷ lệ B', 'Văn phòng Sở')]);
      expect([only.period, only.findings]).toEqual([period, []]);
    }
  });

  it('a section after the KPIs ("II | Nhiệm vụ thường xuyên (2 nhiệm vụ)") is a heading: its tasks are all-year', () => {
    const r = analyse([
      ['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'],
      HEADER,
      ['I', 'Quý IV (1 nhiệm vụ)'],
      task(1, 'Báo cáo quý IV'),
      [],
      KPI_HEADER,
      ['I', 'Chỉ tiêu về KH&CN'],
      kpi(1, 'Tỷ lệ A'),
      ['II', 'Nhiệm vụ thường xuyên (2 nhiệm vụ)'],
      HEADER,
      task(1, 'Trực ban'),
      task(2, 'Cập nhật cơ sở dữ liệu'),
    ]);
    expect(placed(r)).toEqual([['1', 4], ['1', null], ['2', null]]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý IV', 1, 1], ['Nhiệm vụ thường xuyên', 2, 2]]);
    expect([r.summary.kpiCount, codes(r)]).toEqual([1, []]);
  });

  it.each(['I', 'I.'])('a KPI group row numbered "%s" keeps its KPIs under the heading counting them ("Gồm 3 chỉ tiêu")', (roman) => {
    const r = analyse([
      TITLE,
      ['1. Các chỉ tiêu kinh tế - xã hội của Sở: Gồm 3 chỉ tiêu'],
      KPI_HEADER,
      [roman, 'Nghiên cứu khoa học và công nghệ'],
      kpi(1, 'Tỷ lệ A'),
      kpi(2, 'Tỷ lệ B'),
      [roman.replace('I', 'II'), 'Quản lý công nghệ'],
      kpi(3, 'Tỷ lệ C'),
    ]);
    expect(r.summary.sections.map((s) => [s.row, s.declared, s.actual, s.counts])).toEqual([[2, 3, 3, 'kpi']]);
    expect([r.summary.kpiCount, codes(r)]).toEqual([3, []]);
  });

  it('a header merged down over a second row of sub-headers ("Kế hoạch" over "Năm 2025 | 6 tháng") is one table', () => {
    const r = analyse(
      [
        TITLE,
        [],
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', null, 'Đơn vị tham mưu'],
        [null, null, null, 'Năm 2025', '6 tháng cuối năm', null],
        kpi(1, 'Tỷ lệ A'),
        kpi(2, 'Tỷ lệ B'),
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'],
    );
    expect(r.tables.map((t) => [t.kind, t.headerRows, t.rowCount])).toEqual([['kpi', [3, 4], 2]]);
  });
});

it('a table headed "Nội dung | Đơn vị tính | Kế hoạch 2025" is one of targets, not of tasks without units', () => {
  const r = analyseSheets([
    sheet('Chỉ tiêu', [
      ['CHỈ TIÊU CHỦ YẾU NĂM 2025'],
      ['TT', 'Nội dung', 'Đơn vị tính', 'Kế hoạch 2025', 'Phòng/đơn vị tham mưu', 'Ghi chú'],
      [1, 'Số nhiệm vụ KH&CN cấp tỉnh được nghiệm thu', 'Nhiệm vụ', 12, null, null],
      [2, 'Số doanh nghiệp được hỗ trợ đổi mới công nghệ', 'Doanh nghiệp', 5, null, null],
    ]),
    sheet('Nhiệm vụ', programme2025([taskRow(1, 'Xây dựng kế hoạch kiểm tra')])),
  ]);
  expect(r.tables.map((t) => [t.sheet, t.kind])).toEqual([['Chỉ tiêu', 'kpi'], ['Nhiệm vụ', 'tasks']]);
  expect(r.summary.kpiCount).toBe(2);
  expect(r.findings.filter((f) => f.sheet === 'Chỉ tiêu')).toEqual([]);
});

describe('a count of KPIs ("Gồm 03 chỉ tiêu")', () => {
  const kpis = (heading: string): CellValue[][] => [TITLE, ['A', heading], KPI_HEADER, kpi(1, 'Tỷ lệ A'), kpi(2, 'Tỷ lệ B'), kpi(3, 'Tỷ lệ C'), ['B', 'NHIỆM VỤ CỤ THỂ'], HEADER, ['I', 'Quý I (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch')];

  it('over a KPI table is read and counts its KPIs', () => {
    const r = analyse(kpis('CÁC CHỈ TIÊU CHỦ YẾU: Gồm 03 chỉ tiêu'));
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['CÁC CHỈ TIÊU CHỦ YẾU', 3, 3], ['Quý I', 1, 1]]);
    expect(codes(r)).toEqual([]);
  });

  it('that disagrees is reported in KPIs, not tasks', () => {
    for (const heading of ['CÁC CHỈ TIÊU CHỦ YẾU: Gồm 04 chỉ tiêu', 'CÁC CHỈ TIÊU CHỦ YẾU: Gồm 04 nội dung']) {
      const r = analyse(kpis(heading));
      expect(codes(r)).toEqual(['declared-count-mismatch B2']);
      expect(r.findings[0]!.message).toBe('"CÁC CHỈ TIÊU CHỦ YẾU" ghi 4 chỉ tiêu nhưng bảng có 3.');
      expect(r.findings[0]!.suggestion).toBe('Sửa số ở tiêu đề thành 3, hoặc kiểm tra chỉ tiêu còn thiếu.');
    }
  });

  it('under what the table has asks for a row typed twice or added, not for one missing', () => {
    const r = analyse(kpis('CÁC CHỈ TIÊU CHỦ YẾU: Gồm 02 chỉ tiêu'));
    expect(r.findings.map((f) => [f.message, f.suggestion])).toEqual([['"CÁC CHỈ TIÊU CHỦ YẾU" ghi 2 chỉ tiêu nhưng bảng có 3.', 'Sửa số ở tiêu đề thành 3, hoặc kiểm tra chỉ tiêu thừa hay ghi trùng.']]);
    const tasks = analyse([TITLE, HEADER, ['I', 'Quý I (1 nhiệm vụ)'], task(1, 'A'), task(2, 'B')]);
    expect(tasks.findings.map((f) => f.suggestion)).toEqual(['Sửa số ở tiêu đề thành 2, hoặc kiểm tra nhiệm vụ thừa hay ghi trùng.']);
  });

  it('over tasks is no count of them', () => {
    const r = analyse([TITLE, HEADER, ['I', 'Quý I: Gồm 15 chỉ tiêu'], task(1, 'A'), task(2, 'B')]);
    expect(codes(r)).toEqual([]);
  });
});

describe('recurring work listed in a month', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng'];
  const row = (n: number, text: string, due: string | null, status: string | null): CellValue[] => [n, text, 'Phòng BCVT&CĐS', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', due, status];
  const rows = [
    ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
    header,
    row(1, 'Vận hành Cổng dữ liệu tỉnh', null, 'Đang vận hành ổn định'),
    row(2, 'Cập nhật tin bài trên Cổng thông tin điện tử', 'Thường xuyên', 'Đang thực hiện'),
    row(3, 'Báo cáo tình hình an toàn thông tin', 'Hàng tháng', null),
    row(4, 'Kiểm tra an toàn thông tin', 'Định kỳ', 'Đang thực hiện'),
    row(5, 'Theo dõi, cập nhật thường xuyên dữ liệu', null, 'Đang thực hiện'),
    row(6, 'Xây dựng kế hoạch A', '20/8/2025', 'Đang thực hiện'),
    row(7, 'Tổ chức hội thảo B', null, 'Đang thực hiện'),
    // "Duy trì" in a task's text is what the task is about (ISO), not how often: due with its month.
    row(8, 'Hướng dẫn xây dựng, áp dụng, duy trì và cải tiến HTQLCL theo TCVN ISO 9001:2015', null, 'Đang thực hiện'),
  ];
  const at = (asOf: string) => analyseWorkbook({ sheets: [sheet('T8', rows)] }, { fileName: 'x.xlsx', asOf });

  it('("Thường xuyên", "Hàng tháng", "Định kỳ" as its deadline, "thường xuyên" in its text, "Đang vận hành ổn định") is due at the year\'s end, not the month\'s', () => {
    const r = at('2025-10-15');
    expect(r.summary.overdue.map((t) => [t.stt, t.due])).toEqual([['6', '2025-08-20'], ['7', '2025-08-31'], ['8', '2025-08-31']]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 7, 'Chưa cập nhật': 1 });
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-12-31', '2025-12-31', '2025-12-31', '2025-12-31', '2025-12-31', '2025-08-20', null, null]);
    // Past the plan's end it is overdue like any other.
    expect(at('2026-01-15').summary.overdue.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
