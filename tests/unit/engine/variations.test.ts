/**
 * The variations real sheets have (DOMAIN.md), on small hand-built sheets: column order, two-row
 * headers, merges, continuation rows, encodings, dates, numbering, counts, names.
 */
import { CellValue, CtctInputError, Finding, FileReport, ownSheetKind } from '../../../src/engine';
import { encodeTcvn3, encodeVni } from '../text/encoders';
import { analyse, HEADER_2025, programme2025, sheet, task } from '../../helpers/grid';
import { taskTextHash } from '../../../src/engine/reading/task-key';
import { mergeTracker, trackerYear } from '../../../src/engine/track';
import { AS_OF } from '../../helpers/fixtures';

const codes = (r: FileReport) => r.findings.map((f) => f.code);
const at = (r: FileReport, code: string): Finding[] => r.findings.filter((f) => f.code === code);

describe('a correct sheet', () => {
  it('has no findings and reads every field', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo', { lead: 'Phòng QLCN&CN; Phòng BCVT&CĐS', leader: 'Giám đốc Sở' })]))]);
    expect(r.findings).toEqual([]);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month, t.leadUnits, t.leaders])).toEqual([
      ['1', 3, 7, ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
      ['2', 3, 7, ['Phòng QLCN&CN', 'Phòng BCVT&CĐS'], ['Giám đốc Sở']],
    ]);
    expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', coord: 'D', product: 'E', leader: 'F', note: 'G' });
  });
});

describe('headers', () => {
  it('matches columns by meaning in any order, with extra tracking columns', () => {
    const r = analyse([
      sheet('S', [
        ['Chương trình công tác Quý III/2025'],
        ['Lãnh đạo chỉ đạo', 'TT', 'Sản phẩm đầu ra', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Thời hạn hoàn thành', 'Tình trạng', 'Kết quả'],
        ['Giám đốc Sở', 1, 'Báo cáo', 'Báo cáo quý', 'Văn phòng Sở', { kind: 'date', iso: '2025-09-30' }, 'Đã hoàn thành', 'Đã gửi UBND'],
      ]),
    ]);
    expect(r.tables[0].columns).toMatchObject({ leader: 'A', stt: 'B', product: 'C', task: 'D', lead: 'E', deadline: 'F', status: 'G', result: 'H' });
    expect(r.tasks[0]).toMatchObject({ task: 'Báo cáo quý', deadline: '2025-09-30', status: 'Hoàn thành', result: 'Đã gửi UBND', quarter: 3 });
    expect(r.findings).toEqual([]);
  });

  it('reads a two-row header with a merged "Đơn vị" over "Chủ trì | Phối hợp"', () => {
    const r = analyse([
      sheet(
        'S',
        [
          ['TT', 'Nội dung', 'Đơn vị', null, 'Sản phẩm', 'Lãnh đạo chỉ đạo'],
          [null, null, 'Chủ trì', 'Phối hợp', null, null],
          ['I', 'Quý III (1 nhiệm vụ)'],
          [1, 'Kiểm tra đo lường', 'Phòng QLTCĐLCL', 'Trung tâm KTTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'] },
      ),
    ]);
    expect(r.tables[0]).toMatchObject({ headerRows: [1, 2], columns: { stt: 'A', task: 'B', lead: 'C', coord: 'D', product: 'E', leader: 'F' } });
    expect(r.tasks[0].coordinatingUnits).toEqual(['Trung tâm KTTCĐLCL']);
    expect(r.findings).toEqual([]);
  });

  it('reads sub-headers under a group header that is itself a column name ("Đơn vị thực hiện")', () => {
    const r = analyse([
      sheet(
        'S',
        [
          ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', null, 'Lãnh đạo Sở chỉ đạo'],
          [null, null, 'Chủ trì', 'Phối hợp', null],
          [1, 'Một', 'Văn phòng Sở', 'Phòng QLKH&ĐMST', 'Giám đốc Sở'],
        ],
        { merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2'] },
      ),
    ]);
    expect(r.tables[0].columns).toMatchObject({ lead: 'C', coord: 'D', leader: 'E' });
  });

  it('reads several tables in one sheet and several sheets, KPI tables counted apart', () => {
    const r = analyse([
      sheet('Chỉ tiêu', [
        ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Phòng/đơn vị tham mưu'],
        ['I', 'Nghiên cứu'],
        [1, 'Tổng số đề tài', 'Đề tài', '14', 'Phòng QLKH&ĐMST'],
        [null, '- Cấp tỉnh', '"', '13'],
        [],
        ['2. Nhiệm vụ trọng tâm: Gồm 01 nội dung'],
        ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì'],
        [1, 'Triển khai Nghị quyết 57', 'Giám đốc Sở', 'Phòng QLKH&ĐMST'],
      ]),
      sheet('PL', programme2025([task(1, 'Một nhiệm vụ')])),
    ]);
    expect(r.tables.map((t) => [t.sheet, t.kind, t.rowCount])).toEqual([
      ['Chỉ tiêu', 'kpi', 2],
      ['Chỉ tiêu', 'tasks', 1],
      ['PL', 'tasks', 1],
    ]);
    // Two KPI rows, one KPI: "- Cấp tỉnh" with no number is a part of KPI 1.
    expect(r.summary).toMatchObject({ taskCount: 2, allYear: 1, kpiCount: 1, kpiParts: 1 });
  });

  it('says clearly when a workbook has no task table', () => {
    expect(() => analyse([sheet('S', [['Danh sách cán bộ'], ['Họ tên', 'Chức vụ']])])).toThrow(CtctInputError);
    expect(() => analyse([sheet('S', [['x']])])).toThrow(/Không tìm thấy bảng nhiệm vụ/);
  });
});

describe('rows', () => {
  it('merges a task split by a page break (repeated header, empty number) back into it', () => {
    const r = analyse([
      sheet(
        'PL',
        programme2025([
          task(1, 'Tổ chức tập huấn về', { leader: 'PGĐ Sở Phan', coord: 'Văn phòng Sở,' }),
          HEADER_2025,
          [null, 'sở hữu trí tuệ', null, 'Trung tâm CĐS&ĐMST', null, 'Văn Hiếu'],
          task(2, 'Nhiệm vụ hai'),
        ], 2),
      ),
    ]);
    expect(r.tasks).toHaveLength(2);
    expect(r.tasks[0]).toMatchObject({
      task: 'Tổ chức tập huấn về sở hữu trí tuệ',
      leaders: ['PGĐ Sở Phan Văn Hiếu'],
      coordinatingUnits: ['Văn phòng Sở', 'Trung tâm CĐS&ĐMST'],
      row: 6,
      endRow: 8,
    });
    expect(r.findings).toEqual([]);
  });

  it('takes words after a page break that begin with an acronym for the rest of the task, even with its names repeated', () => {
    const r = analyse([
      sheet(
        'PL',
        programme2025([
          task(1, 'Thông báo tuyển chọn tổ chức chủ trì nhiệm vụ', { product: 'Báo cáo' }),
          HEADER_2025,
          // The next page repeats the lead unit and leader of a run merged down from here.
          [null, 'KH&CN cấp tỉnh năm 2026 (đợt 2)', 'Phòng QLKH&ĐMST', null, 'kết quả thực hiện', 'PGĐ Sở Phan Văn Hiếu'],
          task(2, 'Nhiệm vụ hai', { lead: null, leader: null }),
        ], 2),
        { merges: ['C8:C9', 'F8:F9'] },
      ),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.product, t.leadUnits])).toEqual([
      ['1', 'Thông báo tuyển chọn tổ chức chủ trì nhiệm vụ KH&CN cấp tỉnh năm 2026 (đợt 2)', 'Báo cáo kết quả thực hiện', ['Phòng QLKH&ĐMST']],
      ['2', 'Nhiệm vụ hai', 'Kế hoạch của Sở', ['Phòng QLKH&ĐMST']],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('takes a capitalised remainder for the rest of the task when a cell above was cut mid-phrase, not a forgotten number', () => {
    const r = analyse([
      sheet(
        'PL',
        programme2025([
          task(1, 'Xây dựng kế hoạch ứng dụng khoa học và công nghệ tại tỉnh', { lead: 'Phòng QLKH&', product: 'Kế hoạch của', leader: 'PGĐ Sở Phan' }),
          HEADER_2025,
          [null, 'Quảng Ngãi năm 2025', 'ĐMST', null, 'UBND tỉnh', 'Văn Hiếu'],
          task(2, 'Tổ chức hội thảo khoa học (đợt', { lead: 'Trung tâm CĐS&ĐMST' }),
          [null, 'Ba) năm 2025', 'Trung tâm CĐS&ĐMST', null, 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
          // Nothing above was cut: a whole task whose number was forgotten stays a task.
          [null, 'Tổng kết công tác năm', 'Văn phòng Sở', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
          task(3, 'Nhiệm vụ ba'),
        ], 4),
      ),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.leadUnits, t.product, t.leaders])).toEqual([
      ['1', 'Xây dựng kế hoạch ứng dụng khoa học và công nghệ tại tỉnh Quảng Ngãi năm 2025', ['Phòng QLKH&ĐMST'], 'Kế hoạch của UBND tỉnh', ['PGĐ Sở Phan Văn Hiếu']],
      ['2', 'Tổ chức hội thảo khoa học (đợt Ba) năm 2025', ['Trung tâm CĐS&ĐMST'], 'Kế hoạch của Sở', ['PGĐ Sở Phan Văn Hiếu']],
      ['', 'Tổng kết công tác năm', ['Văn phòng Sở'], 'Báo cáo', ['PGĐ Sở Phan Văn Hiếu']],
      ['3', 'Nhiệm vụ ba', ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở', ['PGĐ Sở Phan Văn Hiếu']],
    ]);
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['missing-number A11']);
  });

  it('gives a vertically merged leader or lead unit to every row of the merge', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một'), task(2, 'Hai', { leader: null, lead: null }), task(3, 'Ba', { leader: null, lead: null })]), { merges: ['F6:F8', 'C6:C8'] })]);
    expect(r.tasks.map((t) => [t.leaders, t.leadUnits])).toEqual([
      [['PGĐ Sở Phan Văn Hiếu'], ['Phòng QLKH&ĐMST']],
      [['PGĐ Sở Phan Văn Hiếu'], ['Phòng QLKH&ĐMST']],
      [['PGĐ Sở Phan Văn Hiếu'], ['Phòng QLKH&ĐMST']],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('keeps a task whose number is merged over two rows as one task', () => {
    const rows = programme2025([task(1, 'Phần đầu'), [null, 'phần sau', null, null, null, null], task(2, 'Hai')]);
    const r = analyse([sheet('PL', rows, { merges: ['A6:A7'] })]);
    expect(r.tasks.map((t) => t.task)).toEqual(['Phần đầu phần sau', 'Hai']);
  });

  it('reads sub-items ("- ") into the task and month rows "Tháng 8/2025"', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Kiểm tra:'), [null, '- cơ sở X quang'], [null, 'Tháng 8/2025'], task(2, 'Hai')]))]);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Kiểm tra:\n- cơ sở X quang', 7],
      ['Hai', 8],
    ]);
  });

  it('reads quarter and month from their own columns', () => {
    const r = analyse([sheet('S', [['Quý', 'Tháng', 'TT', 'Nội dung', 'Chủ trì', 'Lãnh đạo chỉ đạo'], ['III', 'Tháng 8', 1, 'Một', 'Văn phòng Sở', 'Giám đốc Sở'], ['Quý IV', '11', 2, 'Hai', 'Văn phòng Sở', 'Giám đốc Sở']])]);
    expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([
      [3, 8],
      [4, 11],
    ]);
  });

  it('reads the short forms units type in those columns: "Q3", "QI", "T12", "Th8", "T.10/2025"', () => {
    const header = ['Quý', 'Tháng', 'TT', 'Nội dung', 'Chủ trì', 'Lãnh đạo chỉ đạo'];
    const rows = [['Q3', 'T7', 'Một'], ['q4', 'T12', 'Hai'], ['QI', null, 'Ba'], ['Q.IV', 'T.10/2025', 'Bốn'], ['Q3', 'Th8', 'Năm']];
    const r = analyse([sheet('S', [header, ...rows.map(([q, m, text], i) => [q, m, i + 1, text, 'Văn phòng Sở', 'Giám đốc Sở'])])]);
    expect(r.tasks.map((t) => [t.task, t.quarter, t.month])).toEqual([
      ['Một', 3, 7],
      ['Hai', 4, 12],
      ['Ba', 1, null],
      ['Bốn', 4, 10],
      ['Năm', 3, 8],
    ]);
  });

  it('"Quý IV" written in the "Tháng" column gives the quarter', () => {
    const header = ['TT', 'Nội dung', 'Chủ trì', 'Lãnh đạo chỉ đạo', 'Tháng'];
    const rows = [[1, 'Một', 'Văn phòng Sở', 'Giám đốc Sở', 'Quý IV'], [2, 'Hai', 'Văn phòng Sở', 'Giám đốc Sở', 'T8']];
    const r = analyse([sheet('S', [header, ...rows])]);
    expect(r.tasks.map((t) => [t.task, t.quarter, t.month])).toEqual([
      ['Một', 4, null],
      ['Hai', 3, 8],
    ]);
  });

  it('infers the quarter from a month heading when no quarter heading is given', () => {
    const r = analyse([sheet('S', [HEADER_2025, [null, 'Tháng 11'], task(1, 'Một')])]);
    expect(r.tasks[0]).toMatchObject({ month: 11, quarter: 4 });
  });

  it("dates a month plan's tasks by its title, not by a decision date in the title block", () => {
    const plan = (title: string[]) => analyse([sheet('S', [...title.map((t) => [t]), HEADER_2025, task(1, 'Một'), task(2, 'Hai')])]);
    const monthOf = (title: string[]) => plan(title).tasks.map((t) => [t.quarter, t.month]);
    expect(monthOf(['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025', 'CỦA PHÒNG QUẢN LÝ KHOA HỌC'])).toEqual([[3, 8], [3, 8]]);
    expect(monthOf(['Chương trình công tác tháng 11/2025'])).toEqual([[4, 11], [4, 11]]);
    expect(plan(['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025']).findings).toEqual([]);
    // Not a month plan: a decision's date, several months, half a year.
    expect(monthOf(['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025', 'Quảng Ngãi, ngày 15 tháng 7 năm 2025'])).toEqual([[null, null], [null, null]]);
    // The months of one quarter are that quarter's plan, as "QUÝ III" is: no month.
    expect(monthOf(['Kế hoạch công tác tháng 7, 8 và 9 năm 2025'])).toEqual([[3, null], [3, null]]);
    // Half a year names Quý III and IV, as "QUÝ III VÀ QUÝ IV" does: no month; with no deadline, due by its last quarter.
    expect(monthOf(['Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'])).toEqual([[4, null], [4, null]]);
  });

  it('reads numbers stored as text, "1." and formulas results alike', () => {
    const r = analyse([sheet('PL', programme2025([task('1', 'Một'), task('2.', 'Hai'), task(3, 'Ba')]))]);
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
    expect(codes(r)).toEqual([]);
  });

  it('keeps an inserted "2a" task as its own task', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một'), task('1a', 'Chèn thêm'), task(2, 'Hai')], 3))]);
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '1a', '2']);
    expect(codes(r)).toEqual([]);
  });
});

describe('text forms', () => {
  it('converts TCVN3 and VNI cells (font known or not), and offers the Unicode text as a fix', () => {
    const tcvn = encodeTcvn3('Phòng Quản lý Khoa học và Đổi mới sáng tạo');
    const vni = encodeVni('Tổ chức hội thảo khoa học');
    const r = analyse([
      sheet('PL', programme2025([task(1, vni, { lead: tcvn }), task(2, 'Hai', { lead: encodeTcvn3('Văn phòng Sở') })]), { fonts: { B6: 'VNI-Times', C7: '.VnTime' } }),
    ]);
    expect(r.tasks[0].task).toBe('Tổ chức hội thảo khoa học');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(r.tasks[1].leadUnits).toEqual(['Văn phòng Sở']);
    const legacy = at(r, 'legacy-encoding');
    expect(legacy.map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([
      ['B6', 'Tổ chức hội thảo khoa học'],
      ['C6', 'Phòng Quản lý Khoa học và Đổi mới sáng tạo'],
      ['C7', 'Văn phòng Sở'],
    ]);
  });

  it('reads a sheet typed wholly in TCVN3 or VNI whose fonts were lost, short cells included', () => {
    const unicode = programme2025([
      task(1, 'Xây dựng kế hoạch kiểm tra', { product: '01 lớp' }),
      task(2, 'Tổ chức hội thảo khoa học', { lead: 'Văn phòng Sở', product: 'Hội thảo' }),
    ]);
    for (const encode of [encodeTcvn3, encodeVni]) {
      const typed = unicode.map((row) => row.map((v) => (typeof v === 'string' ? encode(v) : v)));
      // "Nội dung"-like short headers and "01 lớp" alone would not be read as legacy text.
      expect(typed[2][1]).not.toBe('Nhiệm vụ');
      const r = analyse([sheet('PL', typed)]);
      expect(r.tasks.map((t) => [t.quarter, t.month, t.task, t.leadUnits, t.product])).toEqual([
        [3, 7, 'Xây dựng kế hoạch kiểm tra', ['Phòng QLKH&ĐMST'], '01 lớp'],
        [3, 7, 'Tổ chức hội thảo khoa học', ['Văn phòng Sở'], 'Hội thảo'],
      ]);
      expect(codes(r).every((c) => c === 'legacy-encoding')).toBe(true);
      expect(at(r, 'legacy-encoding').some((f) => f.column === 'E' && f.fix?.value === '01 lớp')).toBe(true);
    }
  });

  it('leaves a Unicode sheet with a few Latin-1-only words alone', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Báo cáo tình hình', { product: 'Báo cáo' }), task(2, 'Hội nghị', { product: 'Hoàn thành' })]))]);
    expect(r.tasks.map((t) => t.product)).toEqual(['Báo cáo', 'Hoàn thành']);
    expect(at(r, 'legacy-encoding')).toEqual([]);
  });

  it('matches NFD text, old tone placement and stray spaces, and says how to tidy them', () => {
    const r = analyse([
      sheet(
        'S',
        [
          ['Chương trình công tác năm 2024'],
          ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì', 'Sản phẩm'],
          ['1. Những nội dung hoàn thành trong Quý I: Gồm 2 nhiệm vụ'],
          [1, 'Tập huấn', 'PGĐ Trần Công Hoà'.normalize('NFD'), 'Phòng  QLCN&CN', '01 lớp'],
          [2, 'Kiểm tra\u00a0ISO', 'PGĐ Trần Công Hòa', 'Phòng TĐC', 'Kết luận'],
        ],
      ),
    ]);
    expect(r.period).toBe('2024');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Trần Công Hòa'], ['PGĐ Trần Công Hòa']]);
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLCN&CN']);
    expect(at(r, 'decomposed-unicode').map((f) => `${f.column}${f.row}`)).toEqual(['C4']);
    expect(at(r, 'irregular-whitespace').map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([
      ['D4', 'Phòng QLCN&CN'],
      ['B5', 'Kiểm tra ISO'],
    ]);
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('reports a line break left at the start or end of a cell (a filter lists it apart), not one inside', () => {
    const r = analyse([
      sheet('PL', programme2025([
        task(1, 'Tổ chức hội chợ\ncông nghệ', { lead: 'Phòng QLCN&CN\n' }),
        task(2, 'Kiểm tra đo lường', { lead: 'Phòng QLTCĐLCL', product: '\nBáo cáo' }),
        task(3, 'Hội thảo', { leader: 'PGĐ Sở Phan Văn Hiếu\r\nPGĐ Sở Mai Thoan' }),
      ])),
    ]);
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLCN&CN']);
    const found = at(r, 'irregular-whitespace').map((f) => [f.field, f.fix?.value]);
    expect(found).toEqual([
      ['lead', 'Phòng QLCN&CN'],
      ['product', 'Báo cáo'],
    ]);
  });

  it('reports formula errors in the table with their cell', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một'), [{ kind: 'error', code: '#REF!' }, 'Hai', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]))]);
    expect(at(r, 'formula-error')).toMatchObject([{ row: 7, column: 'A', severity: 'error' }]);
  });

  it('reports a formula error in every column of the table, the quarter, month and start columns too, once per cell', () => {
    const err = (code: string) => ({ kind: 'error' as const, code });
    const rows: CellValue[][] = [
      ['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
      [],
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Quý', 'Tháng', 'Thời gian thực hiện', null, 'Tình trạng'],
      [null, null, null, null, null, null, null, 'Bắt đầu', 'Kết thúc', null],
      [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch', 'Quý III', 'Tháng 7', '01/07/2025', '31/07/2025', 'Hoàn thành'],
      [2, 'Tổ chức hội thảo', 'Văn phòng Sở', 'Giám đốc Sở', 'Hội thảo', err('#REF!'), err('#N/A'), err('#VALUE!'), '31/08/2025', 'Đang thực hiện'],
      [3, 'Báo cáo quý', 'Văn phòng Sở', 'Giám đốc Sở', 'Báo cáo', 'Quý III', 'Tháng 9', '01/09/2025', err('#VALUE!'), err('#N/A')],
    ];
    const s = sheet('Q3', rows, { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:I3', 'J3:J4'] });
    // The quarter and month come from another sheet by formula, as a unit's copy of the programme keeps them.
    s.formulas = [];
    s.formulas[5] = [];
    s.formulas[5][5] = "'Tổng hợp'!#REF!";
    s.formulas[5][6] = 'VLOOKUP(B6,DanhSach!A:C,3,0)';
    const r = analyse([s]);
    expect(r.findings.map((f) => [f.code, f.field, `${f.column}${f.row}`, f.message])).toEqual([
      ['formula-error', 'quarter', 'F6', "Ô có lỗi công thức #REF! (='Tổng hợp'!#REF!)."],
      ['formula-error', 'month', 'G6', 'Ô có lỗi công thức #N/A (=VLOOKUP(B6,DanhSach!A:C,3,0)).'],
      ['formula-error', 'start', 'H6', 'Ô có lỗi công thức #VALUE!.'],
      ['formula-error', 'deadline', 'I7', 'Ô có lỗi công thức #VALUE!.'],
      ['formula-error', 'status', 'J7', 'Ô có lỗi công thức #N/A.'],
    ]);
  });

  it('reports a formula error in the proposal column of a review', () => {
    const r = analyse([
      sheet('Rà soát', [
        ['RÀ SOÁT CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
        ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đề xuất'],
        [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'Đề xuất bỏ'],
        [2, 'Tổ chức hội thảo', 'Văn phòng Sở', { kind: 'error', code: '#NAME?' }],
      ]),
    ]);
    expect(r.tables[0].kind).toBe('review');
    expect(at(r, 'formula-error').map((f) => [f.field, `${f.column}${f.row}`])).toEqual([['proposal', 'D4']]);
  });

  it('never takes an error shown by a broken formula for a name or a product', () => {
    const na = { kind: 'error' as const, code: '#N/A' };
    const ref = { kind: 'error' as const, code: '#REF!' };
    const r = analyse([
      sheet('PL', programme2025([task(1, 'Một', { lead: na }), task(2, 'Hai', { leader: ref, product: na }), [null, 'tiếp theo', null, null, null, ref]], 2)),
    ]);
    // One finding per broken cell (the error), not also "unknown unit" or "missing product" there.
    expect(r.findings.map((f) => [f.code, f.column, f.row])).toEqual([
      ['formula-error', 'C', 6],
      ['formula-error', 'E', 7],
      ['formula-error', 'F', 7],
      ['formula-error', 'F', 8],
    ]);
    expect(r.tasks.map((t) => [t.task, t.leadUnits, t.leaders, t.product])).toEqual([
      ['Một', [], ['PGĐ Sở Phan Văn Hiếu'], 'Kế hoạch của Sở'],
      ['Hai tiếp theo', ['Phòng QLKH&ĐMST'], [], ''],
    ]);
    // The summary counts them where something is missing, not under a unit called "#N/A".
    expect(Object.keys(r.summary.byLeadUnit)).not.toContain('#N/A');
    expect(r.summary.missing.lead.map((x) => x.row)).toEqual([6]);
    expect(r.summary.missing.leader.map((x) => x.row)).toEqual([7]);
    expect(r.summary.missing.product.map((x) => x.row)).toEqual([7]);
  });
});

describe('names', () => {
  it('flags an outdated unit and offers the current name, keeping the rest of the cell', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Phòng QLKH & HCTH' }), task(2, 'Hai', { lead: 'Phòng KH-CN (chủ trì); Văn phòng Sở' })]))]);
    const outdated = at(r, 'outdated-unit');
    expect(outdated.map((f) => [f.row, f.fix?.value])).toEqual([
      [6, 'Phòng QLKH&ĐMST; Văn phòng Sở'],
      [6, 'Phòng QLKH&ĐMST; Văn phòng Sở'],
      [7, 'Phòng QLKH&ĐMST (chủ trì); Văn phòng Sở'],
    ]);
    expect(outdated[0].message).toContain('kỳ 2024');
  });

  it('suggests only when clearly better: a short acronym one letter off gets none', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Phòng QLCH' }), task(2, 'Hai', { lead: 'Trung tâm KTTCĐKCL' })]))]);
    const unknown = at(r, 'unknown-unit');
    expect(unknown.map((f) => [f.row, f.suggestion, f.fix])).toEqual([
      [6, null, null],
      [7, 'Có phải "Trung tâm KTTCĐLCL"?', { value: 'Trung tâm KTTCĐLCL' }],
    ]);
  });

  it('checks only internal-looking coordinating units, once per spelling, as info', () => {
    const coord = 'Sở Tài chính; Phòng XYZ; UBND các xã';
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { coord }), task(2, 'Hai', { coord })]))]);
    expect(r.findings.map((f) => [f.code, f.severity, f.row])).toEqual([['unknown-unit', 'info', 6]]);
    // Outside bodies' "Phòng…", "Trung tâm…" in plain words are not ours; a "Tổ…" of ours still is.
    const outside = 'Phòng Tài chính - Kế hoạch; Trung tâm Phục vụ hành chính công tỉnh; Phòng Cảnh sát kinh tế - Công an tỉnh';
    const o = analyse([sheet('PL', programme2025([task(1, 'Một', { coord: outside }), task(2, 'Hai', { coord: 'Tổ công tác liên ngành' })]))]);
    expect(o.findings.map((f) => [f.code, f.row, f.message])).toEqual([['unknown-unit', 7, expect.stringContaining('Tổ công tác liên ngành')]]);
    // In the lead column any unknown name is still reported: the lead must be one of ours.
    const l = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Phòng Tài chính - Kế hoạch' })]))]);
    expect(l.findings.map((f) => [f.code, f.severity, f.column])).toEqual([['unknown-unit', 'warning', 'C']]);
  });

  it('detects a leader written in the lead column and a unit in the leader column', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'PGĐ Sở Mai Thoan', leader: 'Phòng QLTCĐLCL' })]))]);
    expect(at(r, 'swapped-columns').map((f) => f.column)).toEqual(['C', 'F']);
    expect(codes(r)).not.toContain('unknown-unit');
    expect(codes(r)).not.toContain('unknown-leader');
  });

  it('counts a row with both columns swapped for the unit and the leader it names, findings staying at their cells', () => {
    const r = analyse([
      sheet('PL', programme2025([task(1, 'Một', { lead: 'PGĐ Sở Mai Thoan', leader: 'Phòng TĐC' }), task(2, 'Hai', { lead: 'PGĐ Sở Mai Thoan', leader: '' }), task(3, 'Ba', { lead: 'Văn phòng Sở', leader: 'Phòng QLKH&ĐMST' })])),
    ]);
    // Both swapped: the old unit counts for the unit it became; one column alone swapped still lacks the field.
    expect(r.tasks.map((t) => [t.leadUnits, t.leaders])).toEqual([[['Phòng QLTCĐLCL'], ['PGĐ Sở Mai Thoan']], [[], []], [['Văn phòng Sở'], []]]);
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLTCĐLCL': 1, '(chưa có)': 1, 'Văn phòng Sở': 1 });
    expect(r.summary.missing.lead.map((x) => x.row)).toEqual([7]);
    expect(r.summary.missing.leader.map((x) => x.row)).toEqual([7, 8]);
    // No old-name finding or fix moved to the lead cell: the swapped text is reported where it is.
    expect(r.findings.filter((f) => f.row === 6).map((f) => [f.code, `${f.column}${f.row}`, f.fix?.value ?? null])).toEqual([
      ['swapped-columns', 'C6', null],
      ['swapped-columns', 'F6', null],
    ]);
  });

  it.each(['Lãnh đạo Sở', 'Giám đốc Sở', 'Các PGĐ Sở', 'Ban Giám đốc Sở', 'Tập thể Lãnh đạo Sở'])('detects the leadership as a whole, %j, written in the lead column', (lead) => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead, leader: 'Phòng QLKH&ĐMST' }), task(2, 'Hai', { lead })]))]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`])).toEqual([
      ['swapped-columns', 'C6'],
      ['swapped-columns', 'F6'],
      ['swapped-columns', 'C7'],
    ]);
  });

  it('a lead cell naming the leadership and a unit too is no swap ("Lãnh đạo Sở và Văn phòng Sở")', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Lãnh đạo Sở và Văn phòng Sở' })]))]);
    expect(codes(r)).not.toContain('swapped-columns');
    // The task is read, its lead cell kept in the lead column.
    expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([['Một', ['Lãnh đạo Sở', 'Văn phòng Sở']]]);
  });

  it('notes a leader alone in the coordinating column, once per spelling and sheet; units with a leader there are free text', () => {
    const r = analyse([
      sheet('PL', programme2025([task(1, 'Một', { coord: 'PGĐ Sở Mai Thoan' }), task(2, 'Hai', { coord: 'PGĐ Sở Mai Thoan' }), task(3, 'Ba', { coord: 'Văn phòng Sở; PGĐ Sở Mai Thoan' }), task(4, 'Bốn', { coord: 'Sở Tài chính' })])),
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, `${f.column}${f.row}`, f.suggestion])).toEqual([['swapped-columns', 'info', 'D6', 'Chuyển nội dung sang cột F.']]);
  });

  it('detects a leader written in the lead column of a table that has no leader column', () => {
    const r = analyse([sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm'], [1, 'Một', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch'], [2, 'Hai', 'Phòng QLKH&ĐMST', 'Báo cáo']])]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.suggestion])).toEqual([['swapped-columns', 'C3', 'Chuyển nội dung sang cột lãnh đạo chỉ đạo (bảng chưa có cột này).']]);
  });

  it('knows leaders named without title, several at once, and collective leadership', () => {
    const r = analyse([
      sheet(
        'PL',
        programme2025([
          task(1, 'Một', { leader: 'Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan' }),
          task(2, 'Hai', { leader: 'PGĐ Nguyễn Quốc Huy Hoàng PGĐ Nguyễn Trọng Tâm' }),
          task(3, 'Ba', { leader: 'Lãnh đạo Sở theo lĩnh vực được giao' }),
          task(4, 'Bốn', { leader: 'PGĐ Sở Trần Văn Không' }),
          task(5, 'Năm', { leader: 'Đ/c Mai Thoan' }),
          task(6, 'Sáu', { leader: 'P.GĐ. Nguyễn Trọng Tâm' }),
        ]),
      ),
    ]);
    expect(r.tasks.map((t) => t.leaders)).toEqual([
      ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan'],
      ['PGĐ Sở Nguyễn Quốc Huy Hoàng', 'PGĐ Sở Nguyễn Trọng Tâm'],
      ['Lãnh đạo Sở'],
      ['PGĐ Sở Trần Văn Không'],
      ['PGĐ Sở Mai Thoan'],
      ['PGĐ Sở Nguyễn Trọng Tâm'],
    ]);
    expect(at(r, 'unknown-leader').map((f) => f.row)).toEqual([9]);
  });

  it('reports one unit written several ways in one sheet', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Văn phòng Sở' }), task(2, 'Hai', { lead: 'VP Sở' })]))]);
    expect(at(r, 'inconsistent-spelling')).toMatchObject([{ row: 7, column: 'C', fix: { value: 'Văn phòng Sở' } }]);
  });

  it('takes capitals alone for no other spelling: Excel filters "Văn Phòng Sở" with "Văn phòng Sở"', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Văn Phòng Sở' }), task(2, 'Hai', { lead: 'Văn phòng Sở' }), task(3, 'Ba', { lead: 'VĂN PHÒNG SỞ' })]))]);
    expect(at(r, 'inconsistent-spelling')).toEqual([]);
  });
});

describe('required fields, numbering, counts', () => {
  it('reports missing lead unit, leader, product and task text', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: '', leader: '', product: '-' }), [2, null, 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]))]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`])).toEqual([
      ['missing-lead-unit', 'C6'],
      ['missing-product', 'E6'],
      ['missing-leader', 'F6'],
      ['missing-task', 'B7'],
    ]);
  });

  it('reports duplicate numbers, gaps, a count that does not match, and a whole task with no number', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Một'), task(2, 'Hai'), task(2, 'Ba'), task(5, 'Năm'), task(null as unknown as number, 'Sáu')], 4))]);
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([
      ['declared-count-mismatch', 4],
      ['duplicate-number', 8],
      ['number-gap', 9],
      ['missing-number', 10],
    ]);
    expect(at(r, 'declared-count-mismatch')[0].message).toBe('"Quý III" ghi 4 nhiệm vụ nhưng bảng có 5.');
    // The repeated 2 counts as 3 (a slip), so only 4 is missing.
    expect(at(r, 'number-gap')[0].message).toBe('Số thứ tự nhảy từ 3 sang 5 (thiếu 4).');
  });

  it('reports a forgotten number once, with the number it had, and reads "7a" as a 7', () => {
    const unnumbered = (text: string) => [null, text, 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'];
    const numbers = (r: FileReport) => r.findings.filter((f) => ['missing-number', 'number-gap'].includes(f.code)).map((f) => [f.code, f.row, f.suggestion]);
    const gap = analyse([sheet('PL', programme2025([task(5, 'Năm'), task(6, 'Sáu'), unnumbered('Bảy'), task(8, 'Tám')]))]);
    expect(numbers(gap)).toEqual([['missing-number', 8, 'Đánh số 7.']]);
    // The number below does not follow: no number is guessed (the row may be no task of the count).
    const noGap = analyse([sheet('PL', programme2025([task(1, 'Một'), unnumbered('Chen giữa'), task(2, 'Hai')]))]);
    expect(numbers(noGap)).toEqual([['missing-number', 7, null]]);
    const lettered = analyse([sheet('PL', programme2025([task(6, 'Sáu'), task('7a', 'Bảy a'), task('7b', 'Bảy b'), task(8, 'Tám')]))]);
    expect(numbers(lettered)).toEqual([]);
  });

  it('flags the same task twice in a month, not a task that recurs every month', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Xuất bản Bản tin số 1'), task(2, 'Xuất bản Bản tin số 1'), [null, 'Tháng 8'], task(3, 'Xuất bản Bản tin số 1')]))]);
    expect(at(r, 'duplicate-task').map((f) => f.row)).toEqual([7]);
  });

  it('names the quarter of a repeat the way the sheet does ("quý II"), where the sheet has no month rows', () => {
    const r = analyse([sheet('KH', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER_2025, ['II', 'Quý II'], task(1, 'Xuất bản Bản tin số 1'), task(2, 'Xuất bản Bản tin số 1')])]);
    expect(at(r, 'duplicate-task').map((f) => [f.row, f.message])).toEqual([[5, 'Nhiệm vụ trùng với dòng 4 (quý II).']]);
  });

  it('does not flag the same report by two units as a duplicate, but does by one unit written two ways', () => {
    const text = 'Báo cáo kết quả thực hiện nhiệm vụ tháng';
    const r = analyse([
      sheet('PL', programme2025([task(1, text), task(2, text, { lead: 'Phòng QLTCĐLCL' }), task(3, text, { lead: 'Phòng QLKH & ĐMST' }), task(4, text, { lead: null })])),
    ]);
    // Row 8 is the first unit's again (spaced otherwise); row 9 names no unit, so it may be either.
    expect(at(r, 'duplicate-task').map((f) => f.row)).toEqual([8, 9]);
  });

  it('tells apart two different tasks whose identity hashes collide', () => {
    // Found by search: FNV-1a gives both 2919549599. Only the third task (row 8) repeats one (row 7).
    const [a, b] = ['Nhiemvuphsmgyuy', 'nhiemvunpqkcgkg'];
    expect(taskTextHash(a)).toBe(taskTextHash(b));
    const r = analyse([sheet('PL', programme2025([task(1, a), task(2, b), task(3, `${b}.`)]))]);
    expect(at(r, 'duplicate-task').map((f) => f.row)).toEqual([8]);
    expect(at(r, 'duplicate-task')[0].message).toContain('dòng 7');
  });
});

describe('dates and statuses', () => {
  const tracked = (deadline: unknown, status: string | null) => [
    ['Chương trình công tác năm 2025'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'],
    ['II', 'Quý IV (1 nhiệm vụ)'],
    [1, 'Báo cáo năm', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', deadline, status],
  ];

  it('accepts a deadline inside the quarter, as a date cell or as text', () => {
    for (const [d, due] of [[{ kind: 'date', iso: '2025-12-15' }, '2025-12-15'], ['15/12/2025', '2025-12-15'], ['Tháng 12/2025', '2025-12-31'], ['2025-12-15', '2025-12-15']] as const) {
      const r = analyse([sheet('S', tracked(d, 'Đang thực hiện') as never)]);
      expect([codes(r), r.tasks[0].deadline]).toEqual([[], due]);
    }
  });

  it('reports an impossible date, a deadline outside the quarter, an unknown status', () => {
    expect(codes(analyse([sheet('S', tracked('31/11/2025', null) as never)]))).toEqual(['invalid-date']);
    expect(codes(analyse([sheet('S', tracked('2025-11-31', null) as never)]))).toEqual(['invalid-date']);
    expect(at(analyse([sheet('S', tracked('2025-06-30', null) as never)]), 'deadline-outside-quarter')).toHaveLength(1);
    const outside = analyse([sheet('S', tracked('30/06/2025', null) as never)]);
    expect(at(outside, 'deadline-outside-quarter')[0].message).toBe('Thời hạn 30/06/2025 nằm ngoài quý IV/2025.');
    const status = analyse([sheet('S', tracked(null, 'Hoàn thàn') as never)]);
    expect(at(status, 'unknown-status')[0]).toMatchObject({ fix: { value: 'Hoàn thành' }, column: 'G' });
  });

  it('lists overdue tasks (past deadline, not done) in the summary', () => {
    const late = analyse([sheet('S', tracked('15/12/2025', 'Đang thực hiện') as never)]);
    expect(late.summary.overdue).toMatchObject([{ stt: '1', due: '2025-12-15' }]);
    const done = analyse([sheet('S', tracked('15/12/2025', 'Hoàn thành') as never)]);
    expect(done.summary.overdue).toEqual([]);
    expect(done.summary.byStatus).toEqual({ 'Hoàn thành': 1 });
  });

  it('agrees with the tracker on what is overdue when the sheet names no year', () => {
    const noYear = [['Chương trình công tác'], ...tracked(null, 'Đang thực hiện').slice(1), [2, 'Kiểm tra', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', null, 'Hoàn thành']];
    const r = analyse([sheet('S', noYear as never)]);
    expect(r.year).toBeNull();
    // The period's year (the default directory's latest) stands in, as for the tracker.
    const year = trackerYear(r)!;
    expect(r.summary.overdue).toEqual([expect.objectContaining({ stt: '1', due: `${year}-12-31` })]);
    const rows = mergeTracker(r.tasks, [], AS_OF, { year }).rows;
    expect(rows.filter((row) => row.overdue).map((row) => [row.stt, row.due])).toEqual(r.summary.overdue.map((o) => [o.stt, o.due]));
  });
});

describe('period', () => {
  it('is read from the title, or given', () => {
    const rows = (title: string) => [[title], ...programme2025([task(1, 'Một', { lead: 'Phòng KH-CN', leader: 'Giám đốc Sở' })]).slice(1)];
    // A year alone: the periods in force in the sheet's quarters, the names deciding among them.
    // Quý III of 2025 is after the July reorganisation, so "Phòng KH-CN" is outdated there.
    const q3 = analyse([sheet('S', rows('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'))]);
    expect([q3.period, codes(q3)]).toEqual(['2025-09', ['outdated-unit']]);
    const q1 = rows('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025').map((row) => row.map((c) => (c === 'Quý III (1 nhiệm vụ)' ? 'Quý I (1 nhiệm vụ)' : c === 'Tháng 7' ? 'Tháng 3' : c)));
    expect([analyse([sheet('S', q1)]).period, codes(analyse([sheet('S', q1)]))]).toEqual(['2025-03', []]);
    expect(analyse([sheet('S', rows('Phụ lục (Kèm theo Quyết định ngày 15/9/2025)'))]).period).toBe('2025-09');
    const given = analyse([sheet('S', rows('Năm 2025'))], { period: '2025-03' });
    expect([given.period, given.periodSource, codes(given)]).toEqual(['2025-03', 'option', []]);
    expect(() => analyse([sheet('S', rows('x'))], { period: '1999' })).toThrow(/Không có kỳ "1999"/);
  });
});

describe('directory', () => {
  it("uses the workbook's own Danh mục sheet when it has one", () => {
    const { directoryToValues } = require('../../../src/engine/directory/sheet');
    const { defaultDirectory } = require('../../../src/engine');
    const edited = JSON.parse(JSON.stringify(defaultDirectory));
    edited.periods[2].units.push({ name: 'Phòng Thí điểm', short: 'Phòng TĐ', aliases: [] });
    const programme = sheet('PL', programme2025([task(1, 'Một', { lead: 'Phòng TĐ' })]));
    expect(analyse([programme]).findings.map((f) => f.code)).toEqual(['unknown-unit']);
    const withDirectory = analyse([programme, { name: 'Danh mục', cells: directoryToValues(edited) }]);
    expect(withDirectory.directorySource).toBe('workbook');
    expect(withDirectory.findings).toEqual([]);
    expect(withDirectory.tasks[0].leadUnits).toEqual(['Phòng TĐ']);
  });
});

describe('what the variant workbooks taught', () => {
  it("reads a unit's sheets called 'CTCT Quý IV' or 'Tổng hợp', skips only CTCT's own", () => {
    const own = sheet('Tổng hợp', [['TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC'], ['Ngày lập: 30/09/2025'], HEADER_2025, task(1, 'Không đọc')]);
    // A unit's own summary titled like CTCT's, and a sheet called "CTCT_Quy2", are programmes to check.
    expect(ownSheetKind(sheet('TH', [['TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2025 CỦA PHÒNG QLCN'], HEADER_2025, task(1, 'Đọc')]))).toBeNull();
    expect(ownSheetKind(sheet('CTCT_Quy2', [HEADER_2025, task(1, 'Đọc')]))).toBeNull();
    expect(ownSheetKind(sheet('CTCT_DanhDau', [['x']]))).toBe('internal');
    const r = analyse([sheet('CTCT Quý IV', programme2025([task(1, 'Một')], 1)), sheet('Tổng hợp', programme2025([task(1, 'Hai')], 1)), { ...own, name: 'Tổng hợp (CTCT)' }]);
    expect(r.tasks.map((t) => [t.sheet, t.task])).toEqual([
      ['CTCT Quý IV', 'Một'],
      ['Tổng hợp', 'Hai'],
    ]);
  });

  it('gives each sheet its own period', () => {
    const old = sheet('2024', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì'], [1, 'Một', 'PGĐ Trần Công Hòa', 'Phòng QLKH']]);
    const late = sheet('PL', programme2025([task(1, 'Hai', { lead: 'Phòng QLKH' })], 1));
    const r = analyse([old, late]);
    expect(r.sheetPeriods).toEqual({ '2024': '2024', PL: '2025-09' });
    expect(r.findings.map((f) => [f.sheet, f.code])).toEqual([['PL', 'outdated-unit']]);
  });

  it('lets the names decide between the periods of a year-only title', () => {
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], ...programme2025([task(1, 'Một'), task(2, 'Hai', { lead: 'Phòng QLTCĐLCL', leader: 'PGĐ Sở Mai Thoan' })], 2).slice(1)];
    const r = analyse([sheet('S', rows)]);
    expect([r.period, r.findings]).toEqual(['2025-09', []]);
  });

  it('keeps the quarter under lettered sub-sections whose numbering restarts', () => {
    const r = analyse([
      sheet('PL', programme2025([['a', 'Phòng QLKH&ĐMST'], task(1, 'Một'), task(2, 'Hai'), ['b', 'Văn phòng Sở'], task(1, 'Ba', { lead: 'Văn phòng Sở' })], 3)),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([
      ['1', 3, 7],
      ['2', 3, 7],
      ['1', 3, 7],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('reads "Phó Giám đốc X" as one leader and "Phòng QLCN&CN & TĐC" as two units', () => {
    const r = analyse([
      sheet('S', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì'], [1, 'Một', 'Phó Giám đốc Trần Công Hòa', 'Phòng QLCN&CN & TĐC'], [2, 'Hai', 'Giám đốc Sở và PGĐ Phan Văn Hiếu', 'Phòng TĐC']]),
    ]);
    expect(r.tasks.map((t) => [t.leaders, t.leadUnits])).toEqual([
      [['PGĐ Trần Công Hòa'], ['Phòng QLCN&CN', 'Phòng TĐC']],
      [['Giám đốc Sở', 'PGĐ Phan Văn Hiếu'], ['Phòng TĐC']],
    ]);
    expect(r.findings).toEqual([]);
  });
});
