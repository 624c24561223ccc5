/**
 * Header wordings seen in units' sheets that name a known column in other words ("Cơ quan, đơn vị
 * chủ trì", "LĐ Sở chỉ đạo", "Thời gian"), and deadlines written without a year ("Trước 15/7") or
 * without a day ("10/2025").
 */
import type { CellValue } from '../../../src/engine';
import type { FileReport } from '../../../src/engine';
import { analyseWorkbook } from '../../../src/engine';
import { analyse as analyseSheets, sheet } from '../../helpers/grid';

const TITLE = ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'];
const analyse = (rows: CellValue[][], merges: string[] = []): FileReport => analyseSheets([sheet('Q3', rows, { merges })], { fileName: 'x.xlsx' });
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);

/** Title, blank row, the header (row 3), "Quý III" (row 4), then the task rows from row 5. */
const table = (header: CellValue[], rows: CellValue[][]): FileReport => analyse([TITLE, [], header, ['I', 'Quý III'], ...rows]);

describe('header wordings', () => {
  it('reads lead-unit headers that name the unit in other words, so a missing lead unit is reported', () => {
    for (const lead of ['Cơ quan, đơn vị chủ trì', 'Phòng, đơn vị thực hiện', 'Cơ quan thực hiện', 'Bộ phận chủ trì', 'Đơn vị được giao chủ trì']) {
      const r = table(
        ['STT', 'Nhiệm vụ', lead, 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
        [
          [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
          [2, 'Tổ chức hội thảo B', null, 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
        ],
      );
      expect([lead, r.tables[0].columns]).toEqual([lead, { stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E' }]);
      expect([lead, codes(r)]).toEqual([lead, ['missing-lead-unit C6']]);
    }
  });

  it('reads leader headers "Người chỉ đạo", "LĐ Sở chỉ đạo", "Lãnh đạo theo dõi", "Lãnh đạo" alone, so a missing leader is reported', () => {
    for (const leader of ['Người chỉ đạo', 'LĐ Sở chỉ đạo', 'Lãnh đạo theo dõi', 'Phân công lãnh đạo', 'Lãnh đạo được phân công', 'Lãnh đạo']) {
      const r = table(
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', leader],
        [
          [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', null],
          [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
        ],
      );
      expect([leader, r.tables[0].columns.leader, codes(r)]).toEqual([leader, 'E', ['missing-leader E5']]);
    }
  });

  it('reads deadline headers "Thời gian", "Dự kiến hoàn thành", "Thời điểm hoàn thành" and "Tiến độ hoàn thành" (not a status)', () => {
    for (const deadline of ['Thời gian', 'Dự kiến hoàn thành', 'Thời điểm hoàn thành', 'Tiến độ hoàn thành']) {
      const r = table(
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', deadline],
        [
          [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', 'Tháng 7'],
          [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', 'Quý III'],
          [3, 'Tổng kết C', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', 'Tháng 12'],
        ],
      );
      expect([deadline, r.tables[0].columns]).toEqual([deadline, { stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E', deadline: 'F' }]);
      expect([deadline, r.tasks.map((t) => [t.deadline, t.status])]).toEqual([
        deadline,
        [
          ['2025-07-31', null],
          ['2025-09-30', null],
          ['2025-12-31', null],
        ],
      ]);
      expect([deadline, codes(r)]).toEqual([deadline, ['deadline-outside-quarter F7']]);
    }
  });

  it('"Thời gian" over "Bắt đầu | Hoàn thành" stays a two-row group: the deadline is "Hoàn thành", not the start', () => {
    const r = analyse(
      [
        TITLE,
        [],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Thời gian', null],
        [null, null, null, null, 'Bắt đầu', 'Hoàn thành'],
        ['I', 'Quý III'],
        [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Tháng 7', 'Tháng 8'],
        [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Tháng 9', 'Tháng 12'],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3'],
    );
    expect(r.tables[0]).toMatchObject({ headerRows: [3, 4] });
    expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', leader: 'D', start: 'E', deadline: 'F' });
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-08-31', '2025-12-31']);
    expect(codes(r)).toEqual(['deadline-outside-quarter F7']);
  });

  it('under any cell merged across them ("Theo dõi thực hiện", "Kết quả thực hiện") the sub-headers name the columns: "Thời hạn" is the deadline, "Tình trạng" the status', () => {
    for (const group of ['Theo dõi thực hiện', 'Kết quả thực hiện']) {
      const r = analyse(
        [
          TITLE,
          [],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', group, null, null],
          [null, null, null, null, 'Thời hạn', 'Tình trạng', 'Kết quả'],
          ['I', 'Quý III'],
          [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', 'Đang thực hiện', null],
          [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '15/9/2025', 'Hoàn thành', 'Đã tổ chức ngày 10/9/2025'],
        ],
        ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'],
      );
      expect([group, r.tables[0].columns]).toEqual([group, { stt: 'A', task: 'B', lead: 'C', leader: 'D', deadline: 'E', status: 'F', result: 'G' }]);
      expect([group, r.tasks.map((t) => [t.deadline, t.status])]).toEqual([group, [['2025-07-31', 'Đang thực hiện'], ['2025-09-15', 'Hoàn thành']]]);
    }
  });

  it('reads "Các nội dung công việc" as the task column', () => {
    const r = table(
      ['STT', 'Các nội dung công việc', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      [[1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']],
    );
    expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E' });
    expect(r.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A']);
  });

  it('"Đơn vị tham mưu" is the lead unit in a task table and the advisor in a KPI table', () => {
    const tasks = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị tham mưu', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      [
        [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        [2, 'Tổ chức hội thảo B', null, 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
      ],
    );
    expect(tasks.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E' });
    expect(tasks.tasks.map((t) => t.leadUnits)).toEqual([['Phòng QLKH&ĐMST'], []]);
    expect(codes(tasks)).toEqual(['missing-lead-unit C6']);

    const kpi = analyseSheets([
      sheet('Chỉ tiêu', [
        ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Đơn vị tham mưu'],
        [1, 'Tổng số đề tài', 'Đề tài', '14', 'Phòng QLKH&ĐMST'],
      ]),
      sheet('Q3', [TITLE, [], ['STT', 'Nhiệm vụ', 'Đơn vị tham mưu', 'Lãnh đạo Sở chỉ đạo'], [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu']]),
    ]);
    expect(kpi.tables.map((t) => [t.kind, t.columns])).toEqual([
      ['kpi', { stt: 'A', kpiName: 'B', kpiUnit: 'C', kpiPlan: 'D', kpiAdvisor: 'E' }],
      ['tasks', { stt: 'A', task: 'B', lead: 'C', leader: 'D' }],
    ]);
  });

  it('reads "Kết quả/sản phẩm đầu ra" as the product, so a missing product is reported', () => {
    const r = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả/sản phẩm đầu ra', 'Lãnh đạo Sở chỉ đạo'],
      [
        [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', null, 'PGĐ Sở Phan Văn Hiếu'],
      ],
    );
    expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E' });
    expect(codes(r)).toEqual(['missing-product D6']);
  });
});

it('reads "Mốc thời gian" as the deadline and "Mức độ hoàn thành" as the status', () => {
  const r = table(
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Mốc thời gian', 'Mức độ hoàn thành'],
    [[1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '15/8/2025', 'Hoàn thành 80%']],
  );
  expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E', deadline: 'F', status: 'G' });
  expect([r.tasks[0].deadline, r.summary.byStatus, codes(r)]).toEqual(['2025-08-15', { 'Đang thực hiện': 1 }, []]);
});

it('reads a header listing its values in brackets, however long ("Tình hình thực hiện (đã hoàn thành/đang thực hiện/chưa thực hiện)"), but no long task text as one', () => {
  const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn hoàn thành (ngày/tháng/năm)', 'Tình hình thực hiện (đã hoàn thành/đang thực hiện/chưa thực hiện)'];
  const row = (n: number, text: string, status: string) => [n, text, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '15/8/2025', status];
  const r = table(header, [row(1, 'Xây dựng kế hoạch A', 'Đã hoàn thành'), row(2, 'Tiến độ thực hiện Đề án chuyển đổi số của tỉnh giai đoạn 2021 - 2025 (theo Kế hoạch số 12/KH-UBND)', 'Đang thực hiện')]);
  expect(r.tables[0].columns).toEqual({ stt: 'A', task: 'B', lead: 'C', product: 'D', leader: 'E', deadline: 'F', status: 'G' });
  expect([r.tasks.map((t) => t.status), r.summary.byStatus, codes(r)]).toEqual([['Hoàn thành', 'Đang thực hiện'], { 'Hoàn thành': 1, 'Đang thực hiện': 1 }, []]);
});

describe('hidden columns', () => {
  const rows = (header: CellValue[]): CellValue[][] => [
    TITLE,
    header,
    ['I', null, 'Quý III'],
    [1, 'Phòng HCTH', 'Tổng hợp báo cáo quý', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
    [2, 'Phòng QLKH', 'Xây dựng kế hoạch kiểm tra', 'Phòng Không Có', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
  ];
  const read = (cells: CellValue[][], hiddenColumns: number[]) => analyseSheets([{ ...sheet('Q3', cells), hiddenColumns }], { fileName: 'x.xlsx' });
  const leads = (r: FileReport) => r.tasks.map((t) => t.leadUnits);
  const header = ['TT', 'Phòng chủ trì (cũ)', 'Nội dung', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];

  it('a hidden column beside a visible one of the same meaning is not read: the visible one is checked', () => {
    const r = read(rows(header), [2]);
    expect(leads(r)).toEqual([['Văn phòng Sở'], ['Phòng Không Có']]);
    expect(codes(r)).toEqual(['unknown-unit D5']);
  });

  it('so under a two-row header ("Đơn vị" over "Chủ trì | Chủ trì (cũ)")', () => {
    const two = [TITLE, ['TT', 'Đơn vị', null, 'Nội dung', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'], [null, 'Chủ trì', 'Chủ trì (cũ)'], ['I', null, null, 'Quý III'],
      [1, 'Văn phòng Sở', 'Phòng HCTH', 'Tổng hợp báo cáo quý', 'Báo cáo', 'Giám đốc Sở'], [2, 'Phòng Không Có', 'Phòng QLKH', 'Xây dựng kế hoạch kiểm tra', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']];
    const r = analyseSheets([{ ...sheet('Q3', two, { merges: ['B2:C2'] }), hiddenColumns: [3] }], { fileName: 'x.xlsx' });
    expect(leads(r)).toEqual([['Văn phòng Sở'], ['Phòng Không Có']]);
    expect(codes(r)).toEqual(['unknown-unit B6']);
  });

  it('a hidden column still counts when it is the only one of its meaning, or the visible one comes first', () => {
    expect(leads(read(rows(['TT', 'Ghi chú', 'Nội dung', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']), [4]))).toEqual([['Văn phòng Sở'], ['Phòng Không Có']]);
    expect(codes(read(rows(['TT', 'Phòng chủ trì', 'Nội dung', 'Phòng chủ trì (mới)', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']), [4]))).toEqual(['outdated-unit B4', 'outdated-unit B5']);
  });
});

describe('a numbered copy of a column ("Ghi chú 2") before the plain one', () => {
  const note = 'Nhiệm vụ quan trọng tham mưu UBND tỉnh. Thời hạn trình UBND tỉnh: 10/8/2025';
  const task = (extra: CellValue): CellValue[] => [1, 'Xây dựng kế hoạch kiểm tra', extra, 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', note];

  it.each(['Ghi chú 2', 'Ghi chú (2)', 'GHI CHÚ 3'])('reads the notes under "Ghi chú", not the empty "%s" added before it', (copy) => {
    const r = table(['STT', 'Nhiệm vụ', copy, 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'], [task(null)]);
    expect(r.tasks.map((t) => [t.note, t.important, t.deadline])).toEqual([[note, true, '2025-08-10']]);
  });

  it('still reads the first of two numbered copies ("Ghi chú 1 | Ghi chú 2")', () => {
    const r = table(['STT', 'Nhiệm vụ', 'Ghi chú 1', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú 2'], [task('Nhiệm vụ quan trọng')]);
    expect(r.tasks.map((t) => [t.note, t.important])).toEqual([['Nhiệm vụ quan trọng', true]]);
  });

  it.each([
    ['Tiến độ đến tháng 9', 'Tình hình thực hiện', 'status'],
    ['Kết quả thực hiện đến tháng 9', 'Kết quả thực hiện', 'result'],
  ] as const)('a header ending in a figure ("%s") is no copy of another of its kind ("%s"): the first is read', (first, second, kind) => {
    const row: CellValue[] = [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện', null];
    const r = table(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', first, second], [row]);
    expect(r.tasks.map((t) => t.status)).toEqual(['Đang thực hiện']);
    expect(r.tables[0].columns[kind]).toBe('F');
  });
});

describe('deadlines without a year or without a day', () => {
  it('reads "Trước 15/7" and "31.7" with the sheet\'s year and "10/2025" as the end of October, but no document number', () => {
    const cells = [
      'Trước 15/7',
      'Trước ngày 20/8',
      'Trước 31/12',
      'trước 31/10',
      '10/2025',
      'T10/2025',
      'Tháng 10/2025',
      '15/10',
      'Ngày 15/10',
      '31/7/2025',
      'Quý III',
      'Quý 3/2025',
      'Tháng 7-8/2025',
      'Tháng 7/8',
      'Trước 31/9',
      '01 lớp',
      'Quyết định 123/QĐ-UBND',
      'Nghị định 13/2023/NĐ-CP',
      'Thông tư 02/2024',
      '31.7',
      'Trước 15.8',
      'Điều 1.5.3',
    ];
    const r = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]),
    );
    expect(r.tasks.map((t, i) => [cells[i], t.deadline])).toEqual([
      ['Trước 15/7', '2025-07-15'],
      ['Trước ngày 20/8', '2025-08-20'],
      ['Trước 31/12', '2025-12-31'],
      ['trước 31/10', '2025-10-31'],
      ['10/2025', '2025-10-31'],
      ['T10/2025', '2025-10-31'],
      ['Tháng 10/2025', '2025-10-31'],
      ['15/10', '2025-10-15'],
      ['Ngày 15/10', '2025-10-15'],
      ['31/7/2025', '2025-07-31'],
      ['Quý III', '2025-09-30'],
      ['Quý 3/2025', '2025-09-30'],
      ['Tháng 7-8/2025', '2025-08-31'],
      ['Tháng 7/8', '2025-07-31'],
      ['Trước 31/9', null],
      ['01 lớp', null],
      ['Quyết định 123/QĐ-UBND', null],
      ['Nghị định 13/2023/NĐ-CP', null],
      ['Thông tư 02/2024', null],
      ['31.7', '2025-07-31'],
      ['Trước 15.8', '2025-08-15'],
      ['Điều 1.5.3', null],
    ]);
    // Rows 5.. hold the cells in order: 31/12, 31/10 and every October date lie outside Quý III
    // ("31.7" and "15.8" lie inside it); a document cited instead of a day is told as read so.
    expect(codes(r)).toEqual([
      'deadline-outside-quarter F7',
      'deadline-outside-quarter F8',
      'deadline-outside-quarter F9',
      'deadline-outside-quarter F10',
      'deadline-outside-quarter F11',
      'deadline-outside-quarter F12',
      'deadline-outside-quarter F13',
      'invalid-date F19',
      'unread-deadline F21',
      'unread-deadline F22',
      'unread-deadline F23',
    ]);
  });

  it('reads the early or middle part of a month by its ten-day parts ("Đầu tháng 8" the 10th, "Giữa tháng 8" the 20th, "Tuần 2 tháng 8" the 14th), so a task is overdue from then; "Cuối tháng 8" stays the month\'s end', () => {
    const cells = ['Đầu tháng 8', 'Giữa tháng 8', 'Tuần 2 tháng 8', 'Tuần đầu tháng 9', 'Trung tuần tháng Tám', 'Thượng tuần tháng 9/2025', 'Cuối tháng 8', 'Tuần 4 tháng 8'];
    const r = analyseWorkbook(
      { sheets: [sheet('Q3', [TITLE, [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'], ['I', 'Quý III'], ...cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d, 'Đang thực hiện'])])] },
      { fileName: 'x.xlsx', asOf: '2025-08-25' },
    );
    expect(r.tasks.map((t, i) => [cells[i], t.deadline])).toEqual([
      ['Đầu tháng 8', '2025-08-10'],
      ['Giữa tháng 8', '2025-08-20'],
      ['Tuần 2 tháng 8', '2025-08-14'],
      ['Tuần đầu tháng 9', '2025-09-07'],
      ['Trung tuần tháng Tám', '2025-08-20'],
      ['Thượng tuần tháng 9/2025', '2025-09-10'],
      ['Cuối tháng 8', '2025-08-31'],
      ['Tuần 4 tháng 8', '2025-08-31'],
    ]);
    // On 25/8 the early and middle parts of August are past.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 6, 7, 9]);
  });

  const deadlines = (cells: string[]) =>
    analyse([TITLE, [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'], ['I', 'Quý III'], ...cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d])]).tasks.map(
      (t, i) => [cells[i], t.deadline],
    );

  it('reads a list of months each with its own word ("Cuối tháng 8, cuối tháng 9") by the last, as "Tháng 8, tháng 9"', () => {
    const cells = ['Tháng 8, tháng 9', 'Cuối tháng 8, cuối tháng 9', 'Tháng 8, cuối tháng 9', 'Đầu tháng 8, giữa tháng 9', 'Hết tháng 7 và hết tháng 9', 'Cuối tháng 9, cuối tháng 8'];
    expect(deadlines(cells)).toEqual(cells.map((c) => [c, '2025-09-30']));
  });

  it('reads a month in brackets as a remark on the deadline, not one more month ("Tháng 9 (trình UBND tỉnh tháng 10)"); a month only in brackets still counts', () => {
    expect(deadlines(['Tháng 9 (trình UBND tỉnh tháng 10)', '(Tháng 9)'])).toEqual([
      ['Tháng 9 (trình UBND tỉnh tháng 10)', '2025-09-30'],
      ['(Tháng 9)', '2025-09-30'],
    ]);
  });

  it('reads a week written in words ("Tuần thứ hai tháng 8") as its figure ("Tuần 2 tháng 8")', () => {
    expect(deadlines(['Tuần thứ nhất tháng 8', 'Tuần thứ hai tháng 8', 'Tuần ba tháng 8', 'Tuần thứ tư tháng 8', 'Tuần thứ bốn tháng 8', 'Tuần cuối tháng 8', 'Tuần thứ hai của tháng 9'])).toEqual([
      ['Tuần thứ nhất tháng 8', '2025-08-07'],
      ['Tuần thứ hai tháng 8', '2025-08-14'],
      ['Tuần ba tháng 8', '2025-08-21'],
      ['Tuần thứ tư tháng 8', '2025-08-31'],
      ['Tuần thứ bốn tháng 8', '2025-08-31'],
      ['Tuần cuối tháng 8', '2025-08-31'],
      ['Tuần thứ hai của tháng 9', '2025-09-14'],
    ]);
  });

  it('reads the early or middle part of a quarter as of a month ("Đầu quý III" by the end of July, "Giữa quý III" of August); "Cuối quý III" stays the quarter\'s end', () => {
    expect(deadlines(['Đầu quý III', 'Giữa quý III/2025', 'Trước giữa quý 3', 'Cuối quý III'])).toEqual([
      ['Đầu quý III', '2025-07-31'],
      ['Giữa quý III/2025', '2025-08-31'],
      ['Trước giữa quý 3', '2025-08-31'],
      ['Cuối quý III', '2025-09-30'],
    ]);
  });

  it('reads a list of weeks by its latest week\'s day, as one week alone is read, not at the month\'s end', () => {
    expect(deadlines(['Tuần 2 tháng 8, tuần 3 tháng 8', 'Tuần 1, 2 tháng 9', 'Tuần 1-2 tháng 9', 'Trong tuần 1 và 2 tháng 9/2025', 'Tuần thứ nhất, thứ hai tháng 9', 'Tuần 4 tháng 7 và tuần 1 tháng 8', 'Tuần 3 tháng 8; tuần 1 tháng 8'])).toEqual([
      ['Tuần 2 tháng 8, tuần 3 tháng 8', '2025-08-21'],
      ['Tuần 1, 2 tháng 9', '2025-09-14'],
      ['Tuần 1-2 tháng 9', '2025-09-14'],
      ['Trong tuần 1 và 2 tháng 9/2025', '2025-09-14'],
      ['Tuần thứ nhất, thứ hai tháng 9', '2025-09-14'],
      // The 4th week is the month's end, as alone.
      ['Tuần 4 tháng 7 và tuần 1 tháng 8', '2025-08-07'],
      ['Tuần 3 tháng 8; tuần 1 tháng 8', '2025-08-21'],
    ]);
    // A week beside a whole month is due at that month's end.
    expect(deadlines(['Tuần 2 tháng 8, tháng 9'])).toEqual([['Tuần 2 tháng 8, tháng 9', '2025-09-30']]);
  });

  it('reads a list of weeks across the year\'s end naming no year ("Tuần 4 tháng 12, tuần 1 tháng 1") in the next year for its January, as "Tháng 12, tháng 1" is', () => {
    expect(deadlines(['Tuần 4 tháng 12, tuần 1 tháng 1', 'Tuần 3 tháng 12 và tuần 2 tháng 1', 'Tuần 1 tháng 9; tuần 3 tháng 8', 'Tháng 12, tháng 1'])).toEqual([
      ['Tuần 4 tháng 12, tuần 1 tháng 1', '2026-01-07'],
      ['Tuần 3 tháng 12 và tuần 2 tháng 1', '2026-01-14'],
      // Out of order within the year: no year turned.
      ['Tuần 1 tháng 9; tuần 3 tháng 8', '2025-09-07'],
      ['Tháng 12, tháng 1', '2026-01-31'],
    ]);
  });
});

describe('a deadline cell that cites a document with its date', () => {
  it('takes the day a decision, plan or letter was issued for no deadline: the task is due at its quarter\'s end', () => {
    const cells = [
      'Theo QĐ 123/QĐ-UBND ngày 15/7/2025',
      'Theo Kế hoạch số 45/KH-SKHCN ngày 02/3/2025',
      'Căn cứ Công văn số 12/UBND-KT ngày 10/6/2025',
      'Căn cứ Công văn của UBND tỉnh ngày 10/6/2025',
      'Theo Quyết định số 123/QĐ-UBND ngày 15 tháng 7 năm 2025',
      // A deadline beside the citation still counts, also after a comma when it says so ("trước").
      'KH 45/KH-SKHCN ngày 02/3/2025; trình trước 15/8/2025',
      'Theo QĐ số 123/QĐ-UBND, trước ngày 20/8/2025',
      'Báo cáo trước ngày 15/9/2025',
      // A comma between the number and its day is still the citation's day, as written in documents.
      'QĐ số 123/QĐ-UBND, ngày 20/8/2025',
      'Thời hạn theo Kế hoạch số 45/KH-UBND của UBND tỉnh, ngày 02/9/2025',
    ];
    const r = analyseWorkbook(
      { sheets: [sheet('Q3', [TITLE, [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'], ['I', 'Quý III'], ...cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d])])] },
      { fileName: 'x.xlsx', asOf: '2025-09-20' },
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual([null, null, null, null, null, '2025-08-15', '2025-08-20', '2025-09-15', null, null]);
    // Not "outside the quarter" for a document of March or June, nor overdue by it before the quarter ends;
    // the cells citing a document only are told, as info, that no deadline was read there and what counts instead.
    expect(codes(r)).toEqual(['unread-deadline F5', 'unread-deadline F6', 'unread-deadline F7', 'unread-deadline F8', 'unread-deadline F9', 'unread-deadline F13', 'unread-deadline F14']);
    expect(r.findings.find((f) => f.row === 5)).toMatchObject({
      severity: 'info',
      message: 'Thời hạn "Theo QĐ 123/QĐ-UBND ngày 15/7/2025" chỉ dẫn văn bản, không ghi ngày phải xong; nhiệm vụ được tính hạn cuối quý III (30/09/2025).',
    });
    // Only the rows with a real deadline, all past on 20/9.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([10, 11, 12]);
  });
});

describe('a deadline cell citing a document only, told once per spelling and sheet', () => {
  it('tells the first cell of each citation, under a month row the month\'s end it counts instead; words with no document stay silent', () => {
    const cells = ['Theo QĐ số 123/QĐ-UBND ngày 20/8/2025', 'Theo QĐ số 123/QĐ-UBND ngày 20/8/2025', 'Theo yêu cầu', 'Thường xuyên', 'Theo kế hoạch', 'Theo Công văn 12/SKHCN-VP'];
    const r = analyseWorkbook(
      { sheets: [sheet('Q3', [TITLE, [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'], ['I', 'Quý III'], [null, 'Tháng 8'], ...cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d])])] },
      { fileName: 'x.xlsx', asOf: '2025-09-20' },
    );
    expect(codes(r)).toEqual(['unread-deadline F6', 'unread-deadline F11']);
    expect(r.findings[0].message).toBe('Thời hạn "Theo QĐ số 123/QĐ-UBND ngày 20/8/2025" chỉ dẫn văn bản, không ghi ngày phải xong; nhiệm vụ được tính hạn cuối tháng 8 (31/08/2025).');
    // Due at the month's end, as the message says: overdue on 20/9, as every task here with no day read but the recurring one ("Thường xuyên": the year's end).
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 7, 8, 10, 11]);
  });
});

describe('a deadline kept as a date serial in text', () => {
  it('reads five digits within 2000–2100 as the date they number, and reports other long numbers as no date', () => {
    const cells = ['45900', '45930', '12345', '99999', '459000'];
    const r = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]),
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-08-31', '2025-09-30', null, null, null]);
    // Both dates inside Quý III/2025: nothing to report on them; the others can be no day.
    expect(codes(r)).toEqual(['invalid-date F7', 'invalid-date F8', 'invalid-date F9']);
  });

  it('reports a number cell or text of four digits or more that is no year nor serial ("12345", "3172025"); a year or a small number is left alone', () => {
    const cells: CellValue[] = [12345, 3172025, '31072025', 1507, 45900, 2025, '2025', 8, '15'];
    const r = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]),
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual([null, null, null, null, '2025-08-31', null, null, null, null]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([
      ['invalid-date', 'F5', '"12345" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F6', '"3172025" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F7', '"31072025" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F8', '"1507" không phải là ngày hợp lệ.'],
    ]);
  });
});

describe('a deadline kept as a date serial in a number cell', () => {
  it('reads the same range as text does (2000–2100, a time of day after it too), and reports a number outside it as no date', () => {
    const cells: CellValue[] = [45900, 45900.5, 25000, '25000', 35000, 80001];
    const r = table(
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      cells.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]),
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-08-31', '2025-08-31', null, null, null, null]);
    // 25000 is no deadline of 1968 (reported outside the quarter), as "25000" typed as text is none.
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([
      ['invalid-date', 'F7', '"25000" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F8', '"25000" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F9', '"35000" không phải là ngày hợp lệ.'],
      ['invalid-date', 'F10', '"80001" không phải là ngày hợp lệ.'],
    ]);
  });
});

describe('deadlines written short, as in the "Quý"/"Tháng" columns', () => {
  const cells = ['T9', 'Th9/2025', 'T.9/2025', 'Th 9', 'Th.9', 'Trước T9', 'Q3', 'Q3/2025', 'QIII/2025', 'Q.III', 'Q1/2026', 'Tháng Chín', 'Hết tháng Chín', 'T10', 'T13', 'Thường xuyên', 'Tổ 9'];
  const rows = (deadlines: string[]): CellValue[][] => [
    TITLE,
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
    ['I', 'Quý III'],
    [null, 'Tháng 8'],
    ...deadlines.map((d, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]),
  ];
  const deadlinesOf = (written: string[]) => analyse(rows(written)).tasks.map((t) => t.deadline);

  it('reads a month as its last day and a quarter as its last, in the sheet\'s year or the one written', () => {
    const r = analyse(rows(cells));
    expect(r.tasks.map((t, i) => [cells[i], t.deadline])).toEqual([
      ['T9', '2025-09-30'],
      ['Th9/2025', '2025-09-30'],
      ['T.9/2025', '2025-09-30'],
      ['Th 9', '2025-09-30'],
      ['Th.9', '2025-09-30'],
      ['Trước T9', '2025-09-30'],
      ['Q3', '2025-09-30'],
      ['Q3/2025', '2025-09-30'],
      ['QIII/2025', '2025-09-30'],
      ['Q.III', '2025-09-30'],
      ['Q1/2026', '2026-03-31'],
      ['Tháng Chín', '2025-09-30'],
      ['Hết tháng Chín', '2025-09-30'],
      ['T10', '2025-10-31'],
      ['T13', null],
      // Recurring work listed in a month: due by the year's end, not the month's.
      ['Thường xuyên', '2025-12-31'],
      ['Tổ 9', null],
    ]);
    // Rows 6..: "Q1/2026" and "T10" lie outside Quý III/2025; a thirteenth month is no date.
    expect(codes(r)).toEqual(['deadline-outside-quarter F16', 'deadline-outside-quarter F19', 'invalid-date F20']);
  });

  it('reads a month in words with its year after a space ("Tháng Năm 2025" is May, "năm" also meaning year)', () => {
    const written = ['Tháng Chín 2025', 'Tháng Năm 2025', 'Tháng năm năm 2025', 'Tháng Mười 2025', 'T9 2025'];
    const r = analyse(rows(written));
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-05-31', '2025-05-31', '2025-10-31', '2025-09-30']);
    // May and October lie outside Quý III: said so, not taken for no date.
    expect(codes(r)).toEqual(['deadline-outside-quarter F7', 'deadline-outside-quarter F8', 'deadline-outside-quarter F9']);
  });

  it('reads two short deadlines joined by a dash ("T7 - T9", "Q2-Q3") as due at the end of the second, as "Tháng 7 - 9" is', () => {
    const written = ['T7 - T9', 'Th7-Th9/2025', 'Q2 – Q3', 'T8 - Tháng 9', 'T9-2025', 'T8 - x'];
    const r = analyse(rows(written));
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30', null]);
    expect(codes(r)).toEqual([]);
  });

  it('reads a list of short deadlines ("T9, T10", "Q3/Q4", "T8 và T9") as due at the end of the last, as "Tháng 9, 10" is', () => {
    const written = ['T8, T9', 'Q2/Q3', 'T8 và T9', 'T7; T8; T9', 'T9, trình UBND'];
    const r = analyse(rows(written));
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-09-30', '2025-09-30', '2025-09-30', null]);
    expect(codes(r)).toEqual([]);
  });

  it('reads a short range or a quarter list back across the year\'s end ("T12 - T1", "Q4 - Q1", "Quý IV – I") as due in the next year', () => {
    const written = ['T12 - T1', 'Q4 - Q1', 'Quý IV – I', 'Quý IV, I', 'Q4 - Q1/2025'];
    expect(deadlinesOf(written)).toEqual(['2026-01-31', '2026-03-31', '2026-03-31', '2026-03-31', '2025-03-31']);
  });

  it('reads a range of months each with its year ("T12/2025 - T1/2026", "12/2025-01/2026") as due at the end of the last', () => {
    const written = ['T12/2025 - T1/2026', '12/2025-01/2026', 'Từ T12/2025 đến T1/2026', 'T7/2025 - T9/2025', '8/2025 – 9/2025'];
    expect(deadlinesOf(written)).toEqual(['2026-01-31', '2026-01-31', '2026-01-31', '2025-09-30', '2025-09-30']);
  });

  it('reads a month or quarter with its year, then an end with none ("T12/2025 - T1", "Tháng 10/2025 - T11", "Quý IV/2025 - Quý I") as due at that end, in the year written or the next', () => {
    const written = ['T12/2025 - T1', 'Tháng 10/2025 - T11', 'Th9/2025 đến Th10', 'Quý IV/2025 - Quý I', 'Q4/2024 - Q1', 'Quý III năm 2025 - IV', '12/2025 - 1'];
    // Two bare figures ("12/2025 - 1") name no month at the end: the month written is kept.
    expect(deadlinesOf(written)).toEqual(['2026-01-31', '2025-11-30', '2025-10-31', '2026-03-31', '2025-03-31', '2025-12-31', '2025-12-31']);
  });

  it('reads a range of days back across the year\'s end with no year ("15/12 - 15/1", "Từ 01/12 đến 15/01") as due in the next year', () => {
    const written = ['15/12 - 15/1', 'Từ ngày 01/12 đến ngày 15/01', '15/9 - 30/11', 'Dự thảo 15/8; trình UBND 30/9'];
    expect(deadlinesOf(written)).toEqual(['2026-01-15', '2026-01-15', '2025-11-30', '2025-09-30']);
  });

  it('reads a full date, then a day with no year back across the year\'s end ("15/12/2025 - 15/1", "Từ 01/12/2025 đến 15/01") as due in the next year', () => {
    const written = ['15/12/2025 - 15/1', 'Từ ngày 01/12/2025 đến ngày 15/01', '15/12/2024 - 15/1', 'Dự thảo 15/8/2025; trình UBND 30/9', '15/12/2025; 15/1'];
    // A list's steps ("…; 15/1") follow in time as a range's ends do: the submission after the draft, in the next year.
    expect(deadlinesOf(written)).toEqual(['2026-01-15', '2026-01-15', '2025-01-15', '2025-09-30', '2026-01-15']);
  });

  it('reads a range to a full date back across the year\'s end ("15/12 - 15/1/2026", "Từ ngày 15/12 đến ngày 15/01/2026") as beginning the year before, due at its end', () => {
    const written = ['15/12 - 15/1/2026', 'Từ ngày 15/12 đến ngày 15/01/2026', 'Từ ngày 15 tháng 12 đến ngày 15 tháng 1 năm 2026', '15/12 - 15/1/26', 'Từ 20/11 đến 10/12/2025', '1/12 - 31/12/2025'];
    expect(deadlinesOf(written)).toEqual(['2026-01-15', '2026-01-15', '2026-01-15', '2026-01-15', '2025-12-10', '2025-12-31']);
  });

  it('reads steps listed back across the year\'s end ("Dự thảo 15/12; trình 15/1/2026") as the range they are: the day with no year in the year before the full date', () => {
    const written = ['Dự thảo 15/12; trình 15/1/2026', 'Dự thảo 15/12, trình UBND ngày 15/1/2026', 'Dự thảo 15/12/2025; trình 15/1', '30/9; 15/7/2025', 'Dự thảo 15/8; trình UBND 30/9/2025'];
    // Two days written out of order, months apart ("30/9; 15/7/2025"), are not read back across the year: the later counts, in the year written.
    expect(deadlinesOf(written)).toEqual(['2026-01-15', '2026-01-15', '2026-01-15', '2025-09-30', '2025-09-30']);
  });

  it('reads a range written in words back across the year\'s end ("ngày 15 tháng 12 năm 2025 đến 15/1", "từ ngày 15 tháng 12 đến ngày 15 tháng 1") as due in the next year, as "15/12/2025 - 15/1" is', () => {
    const written = ['ngày 15 tháng 12 năm 2025 đến 15/1', 'Từ ngày 15 tháng 12 năm 2025 đến ngày 15 tháng 1', 'Từ ngày 15 tháng 12 đến ngày 15 tháng 1', 'Từ 15/12 đến ngày 15 tháng 1', 'ngày 15 tháng 12 năm 2025; 15/1', 'Từ ngày 15 tháng 7 đến ngày 30 tháng 9'];
    // A list's steps ("…; 15/1") follow in time as a range's ends do.
    expect(deadlinesOf(written)).toEqual(['2026-01-15', '2026-01-15', '2026-01-15', '2026-01-15', '2026-01-15', '2025-09-30']);
  });

  it('still says a day written in words that does not exist ("ngày 31 tháng 9") is no date, beside a full date too', () => {
    const r = analyse(rows(['ngày 31 tháng 9', 'Dự thảo 15/7/2025; trình UBND ngày 31 tháng 9', 'Dự thảo 15/7/2025; đạt 31/40 chỉ tiêu']));
    expect([r.tasks.map((t) => t.deadline), codes(r).filter((c) => c.startsWith('invalid'))]).toEqual([[null, null, '2025-07-15'], ['invalid-date F6', 'invalid-date F7']]);
  });

  it('ends a range back across the year\'s end on a task of Quý I in that quarter\'s year, as it began the December before', () => {
    const job = (n: number, deadline: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], header, ['I', 'Quý I'], job(1, 'T12 - T1'), job(2, '15/12 - 15/1'), job(3, 'Quý IV – I'), job(4, '31/1/2026'), ['II', 'Quý IV'], job(1, 'T12 - T1')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => t.deadline), codes(r)]).toEqual([['2025-01-31', '2025-01-15', '2025-03-31', '2026-01-31', '2026-01-31'], ['deadline-outside-quarter F8', 'deadline-outside-quarter F10']]);
  });

  it('reads a day early in the year with no year ("Trước 10/1", "T1") on a task of Quý IV as the next year\'s, not nine months before it', () => {
    const job = (n: number, deadline: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], header, ['I', 'Quý I'], job(1, '10/1'), ['II', 'Quý IV'], job(1, 'Trước 10/1'), job(2, 'T1'), job(3, '10/1/2025'), job(4, '15/4')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-12-15' });
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-01-10', '2026-01-10', '2026-01-31', '2025-01-10', '2025-04-15']);
    // Only what was written so, or is of Quý I itself, is overdue in December.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 9, 10]);
  });

  it('quotes a day with no year read as the next year\'s on a task of Quý IV ("31/3": 31/03/2026) when it lies outside the quarter, so the year is not taken for a misreading', () => {
    const job = (n: number, deadline: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], header, ['II', 'Quý IV'], job(1, '31/3'), job(2, '31/3/2026'), job(3, '30/6'), job(4, '15/12')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    // The date is still read as before: only the message says how.
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2026-03-31', '2026-03-31', '2025-06-30', '2025-12-15']);
    expect(r.findings.map((f) => `${f.column}${f.row} ${f.message}`)).toEqual([
      'F5 Thời hạn "31/3" (không ghi năm, tính là 31/03/2026) nằm ngoài quý IV/2025.',
      'F6 Thời hạn 31/03/2026 nằm ngoài quý IV/2025.',
      'F7 Thời hạn 30/06/2025 nằm ngoài quý IV/2025.',
    ]);
  });

  it('does not say "không ghi năm" of a date whose year is written in two figures ("15/1/26"), only of one with none ("15/1")', () => {
    const job = (n: number, deadline: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], header, ['II', 'Quý IV'], job(1, '15/1/26'), job(2, '15/1')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2026-01-15', '2026-01-15']);
    expect(r.findings.map((f) => `${f.column}${f.row} ${f.message}`)).toEqual([
      'F5 Thời hạn 15/01/2026 nằm ngoài quý IV/2025.',
      'F6 Thời hạn "15/1" (không ghi năm, tính là 15/01/2026) nằm ngoài quý IV/2025.',
    ]);
  });

  it('keeps a task due in September off the overdue list in September, not due at the end of its month row', () => {
    const short = ['T9', 'Q3', 'Th9/2025', 'Tháng Chín', 'Thường xuyên'];
    const r = analyseWorkbook({ sheets: [sheet('Q3', rows(short))] }, { fileName: 'x.xlsx', asOf: '2025-09-20' });
    // None: the recurring task ("Thường xuyên") is due by the year's end, not its month row's (Tháng 8).
    expect(r.summary.overdue.map((o) => [o.row, o.due])).toEqual([]);
  });
});

describe('a deadline before the first of a month', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
  const row = (n: number, deadline: CellValue): CellValue[] => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];

  it('"Trước ngày 01/10/2025" under Quý III is due by 30/9: inside the quarter; "Trước ngày 02/10/2025" and "01/10/2025" are not', () => {
    const r = table(HEADER, [row(1, 'Trước ngày 01/10/2025'), row(2, 'trước 1/10'), row(3, 'Trước ngày 1 tháng 10 năm 2025'), row(4, 'Trước ngày 02/10/2025'), row(5, '01/10/2025')]);
    // The due day itself is the 30th, so the overdue lists count from 01/10, not a day late.
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-09-30', '2025-09-30', '2025-10-02', '2025-10-01']);
    expect(codes(r)).toEqual(['deadline-outside-quarter F8', 'deadline-outside-quarter F9']);
  });

  it('"Trước 1/1" with no year is due by the end of the sheet\'s year, not of the year before; "Trước 01/01/2026" too', () => {
    const rows = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], HEADER, ['II', 'Quý IV'], row(1, 'Trước 1/1'), row(2, 'Trước ngày 1 tháng 1'), row(3, 'Trước 01/01/2026'), row(4, 'Trước 1/1/2025')];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect([r.tasks.map((t) => t.deadline), codes(r)]).toEqual([['2025-12-31', '2025-12-31', '2025-12-31', '2024-12-31'], ['deadline-outside-quarter F8']]);
  });

  it('"Trước ngày 01/10/2025" is overdue on 01/10, not from 02/10', () => {
    const r = analyseWorkbook({ sheets: [sheet('Q3', [TITLE, [], HEADER, ['I', 'Quý III'], row(1, 'Trước ngày 01/10/2025')])] }, { fileName: 'x.xlsx', asOf: '2025-10-01' });
    expect(r.summary.overdue.map((o) => [o.row, o.due])).toEqual([[5, '2025-09-30']]);
  });
});

describe('a deadline cell with a full date and a day without its year', () => {
  it('is due at the latest day written, the day without a year in the year the cell gives ("Dự thảo 15/7/2025; trình UBND 30/9")', () => {
    const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const cells = ['Dự thảo 15/7/2025; trình UBND 30/9', 'Trước 30/8/2025 (dự thảo); 30/9 (ban hành)', 'Ngày 15 tháng 7, trình UBND 30/8', '15/9/2025 (đạt 31/40 chỉ tiêu)'];
    const r = table(HEADER, cells.map((d, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', d]));
    expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-09-30', '2025-08-30', '2025-09-15']);
    // A figure that is no day beside a full date is no wrong date.
    expect(codes(r)).toEqual([]);
  });
});

describe('a date whose day and month an Excel set to month/day swapped', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
  const row = (n: number, deadline: CellValue): CellValue[] => [n, `Xây dựng kế hoạch ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
  const quarterIV = (rows: CellValue[][]) => analyse([['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], [], HEADER, ['I', 'Quý IV'], ...rows]);
  const outside = (r: FileReport) => r.findings.filter((f) => f.code === 'deadline-outside-quarter').map((f) => [`${f.column}${f.row}`, f.message, f.fix?.value ?? null]);

  it('suggests the swapped day when it falls in the task\'s quarter ("10/05/2025" stored, "05/10/2025" typed), with that fix', () => {
    const r = quarterIV([row(1, { kind: 'date', iso: '2025-05-10' }), row(2, 45787 /* 10/05/2025 as a serial */)]);
    expect(outside(r)).toEqual([
      ['F5', 'Thời hạn 10/05/2025 nằm ngoài quý IV/2025. Có thể là 05/10/2025, ngày và tháng bị đảo.', '05/10/2025'],
      ['F6', 'Thời hạn 10/05/2025 nằm ngoài quý IV/2025. Có thể là 05/10/2025, ngày và tháng bị đảo.', '05/10/2025'],
    ]);
    // The fix, typed as text, is read as the day meant.
    expect(outside(quarterIV([row(1, '05/10/2025')]))).toEqual([]);
  });

  it('suggests nothing when the swap is no date in the quarter, or the date was typed as text', () => {
    const r = quarterIV([row(1, { kind: 'date', iso: '2025-05-20' }), row(2, { kind: 'date', iso: '2025-05-02' }), row(3, '10/05/2025'), row(4, { kind: 'date', iso: '2025-05-05' })]);
    expect(outside(r).map(([at, , fix]) => [at, fix])).toEqual([['F5', null], ['F6', null], ['F7', null], ['F8', null]]);
    expect(outside(r).every(([, message]) => !String(message).includes('bị đảo'))).toBe(true);
  });
});
