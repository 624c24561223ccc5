/**
 * Layouts units' sheets take that the reader once got wrong: rows crossed by vertical merges,
 * titles merged two rows tall, bulleted task lists, other total lines, repeated headers that differ.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, sheet } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
const read = (rows: CellValue[][], merges: string[] = [], name = 'Phụ lục II'): FileReport => analyse([sheet(name, rows, { merges })], { fileName: 'x.xlsx' });
const where = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);

describe('rows crossed by vertical merges', () => {
  it('reads a month row that a lead unit and a leader merged down a run of tasks cross', () => {
    const r = read(
      [
        HEADER,
        ['I', 'Quý III (4 nhiệm vụ)'],
        [null, 'Tháng 7'],
        [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        [2, 'Điều tra chuyên gia', null, null, 'Báo cáo', null],
        [null, 'Tháng 8'],
        [3, 'Hội thảo đổi mới sáng tạo', null, null, 'Hội thảo', null],
        [4, 'Kiểm tra đo lường', 'Phòng QLTCĐLCL', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'],
      ],
      ['C4:C7', 'F4:F7'],
    );
    expect(r.tasks.map((t) => [t.stt, t.task, t.month, t.leadUnits])).toEqual([
      ['1', 'Xây dựng Kế hoạch kiểm tra', 7, ['Phòng QLKH&ĐMST']],
      ['2', 'Điều tra chuyên gia', 7, ['Phòng QLKH&ĐMST']],
      ['3', 'Hội thảo đổi mới sáng tạo', 8, ['Phòng QLKH&ĐMST']],
      ['4', 'Kiểm tra đo lường', 8, ['Phòng QLTCĐLCL']],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('counts a title or a heading merged two rows tall once', () => {
    const tasks = [
      [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Điều tra chuyên gia', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
    ];
    const title = read([['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025 (2 nhiệm vụ)'], [], [], HEADER, ...tasks], ['A1:F2']);
    expect([title.tasks.map((t) => t.quarter), title.summary.sections.map((s) => [s.row, s.declared, s.actual]), where(title)]).toEqual([[3, 3], [[1, 2, 2]], []]);
    const heading = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], ['Những nội dung hoàn thành trong Quý III: Gồm 2 nhiệm vụ'], [], HEADER, ...tasks], ['A3:F4']);
    expect([heading.tasks.map((t) => t.quarter), heading.summary.sections.map((s) => [s.row, s.declared, s.actual]), where(heading)]).toEqual([[3, 3], [[3, 2, 2]], []]);
  });
});

describe('tasks listed with a dash in the task column', () => {
  const plan = (header: CellValue[], stt: boolean): CellValue[][] => {
    const row = (text: string, lead: string, product: string, leader: string): CellValue[] => (stt ? [null, text, lead, product, leader] : [text, lead, product, leader]);
    const heading = (text: string): CellValue[] => (stt ? [null, text] : [text]);
    return [
      header,
      heading('Tháng 7'),
      row('- Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'),
      row('- Tổ chức điều tra chuyên gia', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'),
      heading('Tháng 8'),
      row('+ Kiểm tra đo lường', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan'),
      row('• Hội thảo đổi mới sáng tạo', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'),
    ];
  };

  it('reads each dashed row as a task, with or without a number column, and asks for no number', () => {
    for (const [header, stt] of [
      [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'], true],
      [['Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'], false],
    ] as const) {
      const r = read(plan([...header], stt), [], 'Quý III');
      expect(r.tasks.map((t) => [t.task, t.quarter, t.month, t.leadUnits])).toEqual([
        ['- Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 3, 7, ['Phòng QLKH&ĐMST']],
        ['- Tổ chức điều tra chuyên gia', 3, 7, ['Phòng QLKH&ĐMST']],
        ['+ Kiểm tra đo lường', 3, 8, ['Phòng QLTCĐLCL']],
        ['• Hội thảo đổi mới sáng tạo', 3, 8, ['Phòng QLKH&ĐMST']],
      ]);
      expect(where(r)).toEqual([]);
    }
  });

  it('keeps a "-" sub-item with its own product and leader a line of its own in the task: its product never run into the task\'s', () => {
    for (const sub of [['-', 'Tổ chức hội thảo'], [null, '- Tổ chức hội thảo']]) {
      const r = read([
        [...HEADER, 'Ghi chú'],
        ['I', 'Quý III (2 nhiệm vụ)'],
        [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        [...sub, null, null, 'Kỷ yếu', 'PGĐ Sở Mai Thoan'],
        [2, 'Báo cáo tình hình thực hiện Quý III', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      ]);
      expect(r.tasks.map((t) => [t.stt, t.task, t.product, t.leaders, t.leadUnits])).toEqual([
        ['1', 'Xây dựng kế hoạch\n- Tổ chức hội thảo', 'Kế hoạch\nKỷ yếu', ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan'], ['Phòng QLKH&ĐMST']],
        ['2', 'Báo cáo tình hình thực hiện Quý III', 'Báo cáo', ['Giám đốc Sở'], ['Văn phòng Sở']],
      ]);
      expect(r.findings).toEqual([]);
    }
    // The rest of a cell cut at a page break ("Kỷ yếu của" + "Sở") is still joined as words.
    const cut = read([HEADER, ['I', 'Quý III'], [1, 'Tổ chức các hội thảo, gồm:', 'Phòng QLKH&ĐMST', null, 'Kỷ yếu của', 'PGĐ Sở Phan Văn Hiếu'], [null, '- Hội thảo B', null, null, 'Sở', 'PGĐ Sở Phan Văn Hiếu']]);
    expect(cut.tasks.map((t) => t.product)).toEqual(['Kỷ yếu của Sở']);
  });

  it('reads dashed rows each with its own unit, product and leader under a numbered title with none ("2 | … gồm:") as its items: tasks, the title counted once as numbered', () => {
    const r = read([
      [...HEADER, 'Ghi chú'],
      ['I', 'Quý III (3 nhiệm vụ)'],
      [null, 'Tháng 7'],
      [1, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:'],
      [null, '- Hội thảo khoa học về đổi mới sáng tạo', 'Phòng QLKH&ĐMST', null, '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
      [null, '- Triển lãm sản phẩm tiêu chuẩn đo lường chất lượng', 'Phòng QLTCĐLCL', null, '01 Triển lãm', 'PGĐ Sở Mai Thoan'],
      [3, 'Báo cáo tình hình thực hiện Quý III', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.leadUnits, t.product, t.leaders])).toEqual([
      ['1', 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở', ['PGĐ Sở Phan Văn Hiếu']],
      ['', '- Hội thảo khoa học về đổi mới sáng tạo', ['Phòng QLKH&ĐMST'], '01 Hội thảo', ['PGĐ Sở Phan Văn Hiếu']],
      ['', '- Triển lãm sản phẩm tiêu chuẩn đo lường chất lượng', ['Phòng QLTCĐLCL'], '01 Triển lãm', ['PGĐ Sở Mai Thoan']],
      ['3', 'Báo cáo tình hình thực hiện Quý III', ['Văn phòng Sở'], 'Báo cáo', ['Giám đốc Sở']],
    ]);
    expect(r.summary.sections.map((s) => [s.declared, s.actual])).toEqual([[3, 3]]);
    expect(r.findings.filter((f) => f.row === 6)).toEqual([]);
    // A title with no number ("Tổ chức các hoạt động, gồm:" alone) over such items is their title too, not the rest of the task above.
    const unnumbered = read([[...HEADER, 'Ghi chú'], ['I', 'Quý III (4 nhiệm vụ)'], [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'], [null, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:'], [null, '- Hội thảo khoa học', 'Phòng QLKH&ĐMST', null, '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu'], [null, '- Triển lãm sản phẩm', 'Phòng QLTCĐLCL', null, '01 Triển lãm', 'PGĐ Sở Mai Thoan'], [2, 'Báo cáo tình hình thực hiện Quý III', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]);
    expect([unnumbered.tasks.map((t) => [t.row, t.task, t.leadUnits]), where(unnumbered)]).toEqual([[
      [3, 'Xây dựng Kế hoạch kiểm tra', ['Phòng QLKH&ĐMST']],
      [5, '- Hội thảo khoa học', ['Phòng QLKH&ĐMST']],
      [6, '- Triển lãm sản phẩm', ['Phòng QLTCĐLCL']],
      [7, 'Báo cáo tình hình thực hiện Quý III', ['Văn phòng Sở']],
    ], []]);
    // One such item alone may be the title's own cells a PDF pushed a line down: it stays the title's words.
    const one = read([[...HEADER, 'Ghi chú'], ['I', 'Quý III'], [1, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:'], [null, '- Hội thảo khoa học về đổi mới sáng tạo', 'Phòng QLKH&ĐMST', null, '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu']]);
    expect(one.tasks.map((t) => [t.stt, t.endRow])).toEqual([['1', 4]]);
  });

  it('keeps "+" lines with no cells under a dashed task as its parts, with or without a number column', () => {
    for (const stt of [true, false]) {
      const row = (...cells: CellValue[]): CellValue[] => (stt ? [null, ...cells] : cells);
      const r = read(
        [
          stt ? ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'] : ['Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
          row('Tháng 7'),
          row('- Kiểm tra việc thực hiện nhiệm vụ KH&CN, gồm:', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'),
          row('+ Kiểm tra tại cơ sở'),
          row('+ Kiểm tra hồ sơ nghiệm thu'),
          row('- Tổ chức hội thảo khoa học', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'),
        ],
        [],
        'Quý III',
      );
      expect([r.tasks.map((t) => [t.row, t.endRow, t.task]), where(r)]).toEqual([
        [
          [3, 5, '- Kiểm tra việc thực hiện nhiệm vụ KH&CN, gồm:\n+ Kiểm tra tại cơ sở\n+ Kiểm tra hồ sơ nghiệm thu'],
          [6, 6, '- Tổ chức hội thảo khoa học'],
        ],
        [],
      ]);
    }
  });

  it('reads dashed rows under a unit\'s group row, numbered or not, as that unit\'s tasks (a blank unit cell is the group\'s unit)', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'],
      HEADER,
      [1, 'Phòng QLKH&ĐMST'],
      [null, '- Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      [null, '- Tổ chức hội thảo khoa học về đổi mới sáng tạo', null, null, '01 Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
      [null, '+ tại Trung tâm Hội nghị tỉnh'],
      ['(2)', 'Văn phòng Sở:'],
      [null, '- Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      [null, 'Trung tâm CĐS&ĐMST'],
      [null, '- Xuất bản Bản tin CĐS số 04/2025', 'Trung tâm CĐS&ĐMST', null, 'Bản tin', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
    ]);
    expect(r.tasks.map((t) => [t.row, t.endRow, t.task, t.leadUnits, t.month])).toEqual([
      [4, 4, '- Xây dựng kế hoạch kiểm tra sau nghiệm thu', ['Phòng QLKH&ĐMST'], 7],
      [5, 6, '- Tổ chức hội thảo khoa học về đổi mới sáng tạo\n+ tại Trung tâm Hội nghị tỉnh', ['Phòng QLKH&ĐMST'], 7],
      [8, 8, '- Tổng hợp báo cáo tháng 7', ['Văn phòng Sở'], 7],
      [10, 10, '- Xuất bản Bản tin CĐS số 04/2025', ['Trung tâm CĐS&ĐMST'], 7],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('reads rows with a dash for their number under a unit\'s group row as that unit\'s tasks, not one task\'s text; a blank unit cell in a dashed list is reported', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'],
      HEADER,
      [1, 'Phòng QLKH&ĐMST'],
      ['-', 'Tổ chức Hội đồng tư vấn xác định nhiệm vụ', null, 'Sở Tài chính', 'Quyết định của Sở', 'PGĐ Sở Phan Văn Hiếu'],
      ['-', 'Kiểm tra tiến độ thực hiện nhiệm vụ', null, null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Văn phòng Sở'],
      ['-', 'Tổng hợp báo cáo tháng 7', null, null, 'Báo cáo', 'Giám đốc Sở'],
      ['-', 'Rà soát quy chế chi tiêu nội bộ', 'Văn phòng Sở', null, 'Quy chế', 'Giám đốc Sở'],
      ['-', 'Cập nhật cơ sở dữ liệu', null, null, 'Cơ sở dữ liệu', 'Giám đốc Sở'],
    ]);
    expect(r.tasks.map((t) => [t.row, t.task, t.leadUnits])).toEqual([
      [4, 'Tổ chức Hội đồng tư vấn xác định nhiệm vụ', ['Phòng QLKH&ĐMST']],
      [5, 'Kiểm tra tiến độ thực hiện nhiệm vụ', ['Phòng QLKH&ĐMST']],
      [7, 'Tổng hợp báo cáo tháng 7', ['Văn phòng Sở']],
      [8, 'Rà soát quy chế chi tiêu nội bộ', ['Văn phòng Sở']],
      [9, 'Cập nhật cơ sở dữ liệu', ['Văn phòng Sở']],
    ]);
    expect(where(r)).toEqual([]);
    // With no group row over them, a dashed row lacking its unit is a task missing it, not the task above's rest.
    const plain = read([['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER, ['-', 'Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'], ['-', 'Rà soát quy chế chi tiêu nội bộ', null, null, 'Quy chế', 'Giám đốc Sở'], ['-', 'Cập nhật cơ sở dữ liệu', 'Văn phòng Sở', null, 'Cơ sở dữ liệu', 'Giám đốc Sở']]);
    expect(plain.tasks.map((t) => t.task)).toEqual(['Tổng hợp báo cáo tháng 7', 'Rà soát quy chế chi tiêu nội bộ', 'Cập nhật cơ sở dữ liệu']);
    expect(where(plain)).toEqual(['missing-lead-unit C4']);
    // Under a dashed task opening a list ("… tập huấn:"), rows dashed alike with a product only are its items.
    const list = read([['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER, ['-', 'Tổ chức các lớp tập huấn:', 'Văn phòng Sở', null, null, 'Giám đốc Sở'], ['-', 'Lớp nghiệp vụ văn thư', null, null, '01 lớp'], ['-', 'Lớp lưu trữ', null, null, '01 lớp'], ['-', 'Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]);
    expect(list.tasks.map((t) => [t.row, t.endRow])).toEqual([[3, 5], [6, 6]]);
    expect(where(list)).toEqual([]);
  });

  it('reads a "-" row under a numbered task whose own text is dashed ("1 | - Xây dựng …") as the list\'s next task, its blank unit reported, not as the rest of that task', () => {
    for (const text of ['Tổ chức hội thảo khởi nghiệp', '- Tổ chức hội thảo khởi nghiệp']) {
      const r = read([
        ['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'],
        HEADER,
        [1, '- Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        ['-', text, null, null, 'Kỷ yếu', 'PGĐ Sở Phan Văn Hiếu'],
        [2, '- Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      ]);
      expect([text, r.tasks.map((t) => [t.row, t.endRow, t.task, t.product])]).toEqual([
        text,
        [
          [3, 3, '- Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Kế hoạch'],
          [4, 4, text, 'Kỷ yếu'],
          [5, 5, '- Tổng hợp báo cáo tháng 7', 'Báo cáo'],
        ],
      ]);
      expect([text, where(r)]).toEqual([text, ['missing-lead-unit C4']]);
    }
    // A dashed task opening a list ("- Tổ chức các lớp tập huấn:") keeps its items.
    const list = read([['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER, [1, '- Tổ chức các lớp tập huấn:', 'Văn phòng Sở', null, null, 'Giám đốc Sở'], ['-', 'Lớp nghiệp vụ văn thư', null, null, '01 lớp'], [2, '- Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]);
    expect(list.tasks.map((t) => [t.row, t.endRow])).toEqual([[3, 4], [5, 5]]);
  });

  it('reads a team named in lower-case words ("1 | Tổ chuyển đổi số") as a unit\'s group row over its dashed tasks; "Tổ chức …" stays a task\'s words', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2024'],
      HEADER,
      [1, 'Tổ chuyển đổi số'],
      ['-', 'Cập nhật cơ sở dữ liệu chuyển đổi số', null, null, 'Báo cáo', 'Giám đốc Sở'],
      ['-', 'Xây dựng kế hoạch chuyển đổi số năm 2025', null, null, 'Kế hoạch', 'Giám đốc Sở'],
      [2, 'Tổ chức hội thảo chuyển đổi số', 'Phòng QLKH', null, 'Hội thảo', 'Giám đốc Sở'],
    ]);
    expect(r.tasks.map((t) => [t.row, t.task, t.leadUnits])).toEqual([
      [4, 'Cập nhật cơ sở dữ liệu chuyển đổi số', ['Tổ chuyển đổi số']],
      [5, 'Xây dựng kế hoạch chuyển đổi số năm 2025', ['Tổ chuyển đổi số']],
      [6, 'Tổ chức hội thảo chuyển đổi số', ['Phòng QLKH']],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('reads a unit\'s name alone over its dashed tasks as a group in a table with no number column', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'],
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      ['Phòng QLKH&ĐMST'],
      ['- Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      ['Văn phòng Sở'],
      ['- Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
    ]);
    expect([r.tasks.map((t) => [t.task, t.leadUnits]), where(r)]).toEqual([
      [
        ['- Xây dựng kế hoạch kiểm tra sau nghiệm thu', ['Phòng QLKH&ĐMST']],
        ['- Tổng hợp báo cáo tháng 7', ['Văn phòng Sở']],
      ],
      [],
    ]);
  });

  it('takes a unit\'s full name as a group over dashed tasks, and a numbered title\'s dashed items with their own cells as its tasks', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 2 NĂM 2025'],
      HEADER,
      [1, 'Phòng Hành chính – Tổng hợp:'],
      [null, '- Tổng hợp báo cáo tháng 2', 'Phòng HCTH', null, 'Báo cáo', 'Giám đốc Sở'],
      [null, '- Tổ chức hội nghị cán bộ công chức', 'Phòng HCTH', null, 'Hội nghị', 'Giám đốc Sở'],
      [2, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:'],
      [null, '- Hội thảo khoa học về đổi mới sáng tạo', 'Phòng QLKH', null, '01 Hội thảo', 'PGĐ Phan Văn Hiếu'],
      [null, '- Triển lãm sản phẩm khoa học và công nghệ', 'Phòng QLKH', null, '01 Triển lãm', 'PGĐ Phan Văn Hiếu'],
    ]);
    expect([r.tasks.map((t) => [t.row, t.endRow, t.stt]), where(r)]).toEqual([
      [
        [4, 4, ''],
        [5, 5, ''],
        [7, 7, ''],
        [8, 8, ''],
      ],
      [],
    ]);
  });
});

describe('a progress report with a "Kiến nghị" column', () => {
  it('is a table of tasks to check, not a review of the programme', () => {
    for (const last of ['Kiến nghị', 'Đề xuất, kiến nghị']) {
      const r = read([
        ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ II NĂM 2025'],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', last],
        [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng KH-CN', '30/6/2025', 'Hoàn thành', null],
        [2, 'Tổ chức hội thảo', null, '31/4/2025', 'Hoàn thàn', 'Đề nghị bổ sung kinh phí'],
      ]);
      expect([r.tables.map((t) => t.kind), r.summary.taskCount]).toEqual([['tasks'], 2]);
      expect(where(r)).toEqual(['missing-lead-unit C4', 'invalid-date D4', 'unknown-status E4']);
    }
  });
});

describe('total lines', () => {
  /** Quý III (2 tasks) then Quý IV (3 tasks), each closed by the given total line. */
  const blocks = (total: (q: string, n: number) => CellValue[]): CellValue[][] => [
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
    ['I', 'Quý III (2 nhiệm vụ)'],
    [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
    [2, 'Điều tra chuyên gia', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
    total('III', 2),
    ['II', 'Quý IV (3 nhiệm vụ)'],
    [1, 'Kiểm tra đo lường', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan'],
    [2, 'Tổng kết', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
    [3, 'Kế hoạch 2026', 'Văn phòng Sở', 'Kế hoạch', 'Giám đốc Sở'],
    total('IV', 3),
  ];

  it('reads a total at the end of each quarter in every wording as counting that quarter, never as task text', () => {
    const forms: ((q: string, n: number) => CellValue[])[] = [
      (q, n) => [null, `Tổng cộng Quý ${q}: ${n} nhiệm vụ`],
      (_, n) => [null, `Cộng: ${n} nhiệm vụ`],
      (_, n) => [null, 'Cộng', null, n],
      (_, n) => [null, `Tổng số nhiệm vụ: ${n}`],
      (_, n) => [null, 'Tổng cộng', `${n} nhiệm vụ`],
      (_, n) => ['Cộng', `${n} nhiệm vụ`],
      (_, n) => [null, `Tổng số: ${n} nhiệm vụ`],
    ];
    for (const form of forms) {
      const r = read(blocks(form), [], 'Phụ lục II');
      expect([JSON.stringify(form('III', 2)), r.tasks.map((t) => t.task)]).toEqual([JSON.stringify(form('III', 2)), ['Xây dựng Kế hoạch kiểm tra', 'Điều tra chuyên gia', 'Kiểm tra đo lường', 'Tổng kết', 'Kế hoạch 2026']]);
      expect([JSON.stringify(form('III', 2)), r.summary.sections.map((s) => [s.row, s.declared, s.actual])]).toEqual([
        JSON.stringify(form('III', 2)),
        [[2, 2, 2], [5, 2, 2], [6, 3, 3], [10, 3, 3]],
      ]);
      expect(where(r)).toEqual([]);
    }
  });

  it('still counts a grand total under subtotals, and reports a subtotal that is wrong', () => {
    const rows = blocks((_, n) => [null, `Cộng: ${n} nhiệm vụ`]);
    const r = read([...rows.slice(0, 9), [null, 'Cộng: 4 nhiệm vụ'], [null, 'Tổng cộng: 5 nhiệm vụ']]);
    expect(r.summary.sections.map((s) => [s.row, s.declared, s.actual])).toEqual([[2, 2, 2], [5, 2, 2], [6, 3, 3], [10, 4, 3], [11, 5, 5]]);
    expect(where(r)).toEqual(['declared-count-mismatch B10']);
  });

  describe('a total row of another column', () => {
    const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng', 'Kinh phí (triệu đồng)'];
    const tasks: CellValue[][] = [
      [1, 'Sản xuất giống nấm', 'Trung tâm UDKHCN', 'Mô hình', 'PGĐ Sở Phan Văn Hiếu', 'Hoàn thành', 150],
      [2, 'Phân tích mẫu', 'Trung tâm UDKHCN', 'Kết quả phân tích', 'PGĐ Sở Phan Văn Hiếu', null, 120],
      [3, 'Chuyển giao công nghệ', 'Trung tâm UDKHCN', 'Hợp đồng', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện', 80],
    ];
    /** The sheet as Excel keeps it: the title, the header, the tasks, then the total row (row 6) and its formulas. */
    const withTotal = (total: CellValue[], formulas: Record<number, string> = {}): FileReport => {
      const s = sheet('KH Quý III', [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025 - TRUNG TÂM UDKHCN'], H, ...tasks, total]);
      s.formulas = [];
      s.formulas[5] = [];
      for (const [col, f] of Object.entries(formulas)) s.formulas[5][Number(col) - 1] = f;
      return analyse([s], { fileName: 'x.xlsx' });
    };
    const counts = (r: FileReport) => r.summary.sections.map((s) => [s.label, `${s.column}${s.row}`, s.declared, s.actual]);
    const last = (r: FileReport) => [r.tasks.length, r.tasks[2].task, r.tasks[2].endRow];

    it('a sum of the budget column ("Tổng cộng | … | =SUM(G3:G5)") counts no tasks and is no part of the last task', () => {
      const r = withTotal([null, 'Tổng cộng', null, null, null, null, 350], { 7: '=SUM(G3:G5)' });
      expect(where(r)).toEqual([]);
      expect(counts(r)).toEqual([]);
      expect(last(r)).toEqual([3, 'Chuyển giao công nghệ', 5]);
    });

    it('an Excel Table\'s total row counting the statuses ("Cộng | … | SUBTOTAL(103,[Tình trạng])") counts no tasks', () => {
      const r = withTotal(['Cộng', null, null, null, null, 2], { 6: '=SUBTOTAL(103,NhiemVu[Tình trạng])' });
      expect(where(r)).toEqual([]);
      expect(counts(r)).toEqual([]);
      expect(last(r)).toEqual([3, 'Chuyển giao công nghệ', 5]);
    });

    it('a total row whose formula kept no result ends the tasks: it is not the rest of the last one', () => {
      for (const total of [['Cộng'], [null, 'Tổng cộng'], [null, 'Tổng số:']] as CellValue[][]) {
        const r = withTotal(total, { 6: '=SUBTOTAL(103,NhiemVu[Tình trạng])' });
        expect([total, last(r), counts(r), where(r)]).toEqual([total, [3, 'Chuyển giao công nghệ', 5], [], []]);
      }
    });

    it('still reads a count in the number or task column, or beside a budget sum, and checks it', () => {
      const right = withTotal(['Cộng', 3], { 2: '=SUBTOTAL(103,NhiemVu[Nhiệm vụ])' });
      expect(counts(right)).toEqual([['Tổng cộng', 'A6', 3, 3]]);
      expect(where(right)).toEqual([]);
      // 2 after tasks 1–3 is no row number (4, "=COUNT(A3:A5)+1", would be: total-rows.test.ts).
      const inNumber = withTotal([2, 'Tổng cộng', null, null, null, null, 350], { 7: '=SUM(G3:G5)' });
      expect([inNumber.tasks.map((t) => t.task), counts(inNumber), where(inNumber)]).toEqual([
        ['Sản xuất giống nấm', 'Phân tích mẫu', 'Chuyển giao công nghệ'],
        [['Tổng cộng', 'A6', 2, 3]],
        ['declared-count-mismatch A6'],
      ]);
      const wrong = withTotal([null, 'Tổng cộng', null, 4, null, null, 350]);
      expect(counts(wrong)).toEqual([['Tổng cộng', 'B6', 4, 3]]);
      expect(where(wrong)).toEqual(['declared-count-mismatch D6']);
      expect(last(wrong)).toEqual([3, 'Chuyển giao công nghệ', 5]);
    });
  });
});

describe('a title naming two quarters', () => {
  it('gives no one quarter to the tasks: their months say it', () => {
    for (const title of ['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025', 'KẾ HOẠCH CÔNG TÁC QUÝ III, IV NĂM 2025']) {
      const r = read([
        [title],
        [],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
        [null, 'Tháng 9'],
        [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '30/9/2025'],
        [null, 'Tháng 10'],
        [1, 'Tổng kết', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '15/12/2025'],
      ]);
      expect(r.tasks.map((t) => [t.quarter, t.month])).toEqual([
        [3, 9],
        [4, 10],
      ]);
      expect(where(r)).toEqual([]);
    }
  });

  it('is what a sheet named after two quarters is: month rows decide, else deadlines, else its last quarter', () => {
    const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const t = (n: number, text: string, deadline: string | null): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const title = ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'];
    const months: CellValue[][] = [title, H, [null, 'Tháng 9'], t(1, 'Xây dựng kế hoạch kiểm tra', '30/9/2025'), [null, 'Tháng 10'], t(1, 'Tổng kết công tác năm', '15/12/2025')];
    const deadlines: CellValue[][] = [title, H, t(1, 'Xây dựng kế hoạch kiểm tra', '30/9/2025'), t(2, 'Tổng kết công tác năm', '15/12/2025'), t(3, 'Hội nghị sơ kết', null)];
    for (const name of ['Quý III-IV', 'Q3-Q4', 'Quý III, IV', 'Quý III và IV', 'Tháng 7-12', 'Tháng 7 - 12', '6 tháng cuối năm']) {
      const byMonth = read(months, [], name);
      const byDeadline = read(deadlines, [], name);
      expect([name, byMonth.tasks.map((x) => [x.quarter, x.month]), where(byMonth), byDeadline.tasks.map((x) => x.quarter), where(byDeadline)]).toEqual([
        name,
        [
          [3, 9],
          [4, 10],
        ],
        [],
        [3, 4, 4],
        [],
      ]);
    }
    // One quarter named (a year after it is no second quarter): the sheet's tasks are of it.
    // The months of one quarter ("Tháng 7-9", "Tháng 7, 8, 9") are that quarter, not its first month.
    for (const [name, q, cell] of [['Quý IV', 4, 'F3'], ['Q3-2025', 3, 'F4'], ['Tháng 7-9', 3, 'F4'], ['Tháng 7, 8, 9', 3, 'F4']] as const) {
      const one = read(deadlines, [], name);
      expect([name, one.tasks.map((x) => x.quarter), where(one)]).toEqual([name, [q, q, q], [`deadline-outside-quarter ${cell}`]]);
    }
  });
});

describe('a task\'s own "Quý" cell outside a plan of several quarters', () => {
  it('("II" in a plan of Quý III–IV by title, sheet name or "6 tháng cuối năm") is told as under a "Quý III" heading; a quarter of the plan is not', () => {
    const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Quý'];
    const t = (n: number, q: string): CellValue[] => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', q];
    const plans: [string, string][] = [
      ['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025', 'KH'],
      ['KẾ HOẠCH CÔNG TÁC NĂM 2025', 'Quý III-IV'],
      ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025', 'KH'],
    ];
    for (const [title, name] of plans) {
      const r = read([[title], H, t(1, 'III'), t(2, 'II'), t(3, 'IV')], [], name);
      expect([title, name, r.tasks.map((x) => x.quarter), r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.message}`)]).toEqual([
        title,
        name,
        [3, 2, 4],
        ['quarter-outside-heading F4 Ô "Quý" ghi "II", nhưng nhiệm vụ nằm trong phần kế hoạch Quý III–IV.'],
      ]);
    }
    // Across the year's end ("Tháng 10-3"): "I" is of the plan, "II" is not.
    const across = read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, t(1, 'IV'), t(2, 'I'), t(3, 'II')], [], 'Tháng 10-3');
    expect(across.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['quarter-outside-heading F5']);
    // A whole-year plan has no quarter outside it.
    expect(read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, t(1, 'II'), t(2, 'III')], [], 'Quý I-IV').findings.filter((f) => f.code === 'quarter-outside-heading')).toEqual([]);
  });
});

describe('a sheet named after months back across the year\'s end', () => {
  it('("Tháng 10-3") is a plan from October to March of the next year, as "TỪ THÁNG 10/2025 ĐẾN THÁNG 3/2026" is', () => {
    const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const t = (n: number, text: string, deadline: string | null): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const rows = (title: string): CellValue[][] => [[title], H, t(1, 'Tổng kết công tác năm', '15/11/2025'), t(2, 'Báo cáo quý I', '20/2/2026'), t(3, 'Hội nghị sơ kết', null)];
    const placedIn = (r: FileReport) => r.tasks.map((x) => [x.quarter, x.month, x.deadline]);
    const byTitle = read(rows('KẾ HOẠCH CÔNG TÁC TỪ THÁNG 10/2025 ĐẾN THÁNG 3/2026'));
    const byName = read(rows('KẾ HOẠCH CÔNG TÁC NĂM 2025'), [], 'Tháng 10-3');
    expect(placedIn(byName)).toEqual([
      [4, null, '2025-11-15'],
      [1, null, '2026-02-20'],
      [1, null, null],
    ]);
    expect([placedIn(byName), where(byName)]).toEqual([placedIn(byTitle), where(byTitle)]);
    expect(where(byName)).toEqual([]);
  });
});

describe('a time group over start and end', () => {
  it('takes the end, never the start, for the deadline under every wording of the group', () => {
    const groups: [string, string, string][] = [
      ['Thời gian thực hiện', 'Bắt đầu', 'Kết thúc'],
      ['Thời gian thực hiện', 'Bắt đầu', 'Hoàn thành'],
      ['Thời hạn', 'Bắt đầu', 'Kết thúc'],
      ['Thời gian', 'Từ ngày', 'Đến ngày'],
      ['Thời gian', 'Ngày bắt đầu', 'Ngày kết thúc'],
      ['Tiến độ', 'Bắt đầu', 'Hoàn thành'],
    ];
    for (const [group, start, end] of groups) {
      const r = read(
        [
          ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', group, null],
          [null, null, null, null, start, end],
          [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '01/7/2025', '31/7/2025'],
          [2, 'Tổ chức hội thảo', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '01/8/2025', '15/9/2025'],
        ],
        ['E2:F2'],
      );
      expect([group, end, r.tables[0].columns.deadline, r.tasks.map((t) => t.deadline)]).toEqual([group, end, 'F', ['2025-07-31', '2025-09-15']]);
      expect([group, where(r)]).toEqual([group, []]);
    }
  });

  it('reports a start that is no real date at its own cell, and never takes a start for the deadline', () => {
    for (const [group, start, end] of [
      ['Thời gian thực hiện', 'Bắt đầu', 'Kết thúc'],
      ['Thời gian', 'Từ ngày', 'Đến ngày'],
    ]) {
      const r = read(
        [
          ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', group, null],
          [null, null, null, null, start, end],
          [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '32/13/2025', '31/7/2025'],
          [2, 'Tổ chức hội thảo', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', '31/4/2025', null],
          [3, 'Kiểm tra đo lường', 'Phòng QLCN&CN', 'PGĐ Sở Mai Thoan', { kind: 'date', iso: '2025-08-01' }, '15/9/2025'],
          [4, 'Điều tra chuyên gia', 'Phòng QLCN&CN', 'PGĐ Sở Mai Thoan', 'Tháng 8', '30/9/2025'],
          [5, 'Báo cáo quý III', 'Văn phòng Sở', 'Giám đốc Sở', null, '30/9/2025'],
        ],
        ['E2:F2'],
      );
      expect([group, where(r), r.findings.map((f) => [f.field, f.message])]).toEqual([
        group,
        ['invalid-date E4', 'invalid-date E5'],
        [
          ['start', '"32/13/2025" không phải là ngày hợp lệ.'],
          ['start', '"31/4/2025" không phải là ngày hợp lệ.'],
        ],
      ]);
      // The start with no end beside it is no deadline.
      expect(r.tasks.map((t) => t.deadline)).toEqual(['2025-07-31', null, '2025-09-15', '2025-09-30', '2025-09-30']);
    }
  });
});

describe('a header repeated at a page break', () => {
  it('is the same table when a cell of it was left blank or reworded, and the split task keeps its rest', () => {
    const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
    const r = read([
      H,
      ['I', 'Quý III (4 nhiệm vụ)'],
      [null, 'Tháng 7'],
      [1, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Tham mưu UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ trên địa bàn tỉnh', 'Phòng QLKH&ĐMST', null, 'Quyết định của', 'PGĐ Sở Phan Văn Hiếu'],
      [...H.slice(0, 6), null],
      [null, 'Quảng Ngãi (thay thế Quyết định số 12/2020)', null, null, 'UBND tỉnh', null],
      [3, 'Báo cáo tình hình thực hiện', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Chỉ đạo', 'Ghi chú'],
      [4, 'Kiểm tra đo lường', 'Phòng QLTCĐLCL', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'],
    ]);
    expect(r.tables.map((t) => t.headerRows)).toEqual([[1]]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.product])).toEqual([
      ['1', 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Kế hoạch của Sở'],
      ['2', 'Tham mưu UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ trên địa bàn tỉnh Quảng Ngãi (thay thế Quyết định số 12/2020)', 'Quyết định của UBND tỉnh'],
      ['3', 'Báo cáo tình hình thực hiện', 'Báo cáo'],
      ['4', 'Kiểm tra đo lường', 'Báo cáo'],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('is the same table when the lead unit and the leader are merged down across it, and the split task takes none of its words', () => {
    const H = ['STT', 'Lãnh đạo Sở chỉ đạo', 'Nội dung', 'Phòng chủ trì', 'Sản phẩm', 'Phòng phối hợp', 'Ghi chú'];
    const r = read(
      [
        H,
        ['Tháng 7'],
        [1, 'Giám đốc Sở', 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', 'Văn phòng Sở', 'Báo cáo của Sở', 'Các phòng, đơn vị'],
        [2, null, 'Kế hoạch tổ chức Hội nghị sơ kết 6 tháng của Sở Khoa học và', null, 'Kế hoạch của', 'Các phòng, đơn vị'],
        H,
        [null, null, 'Công nghệ', null, 'Sở'],
        [3, null, 'Tổng hợp báo cáo cải cách hành chính', null, 'Báo cáo'],
      ],
      ['B3:B7', 'D3:D7'],
      'Quý III',
    );
    expect(r.tables.map((t) => t.headerRows)).toEqual([[1]]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.leadUnits, t.coordinatingUnits, t.product, t.leaders, t.note])).toEqual([
      ['1', 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', ['Văn phòng Sở'], ['Các phòng, đơn vị'], 'Báo cáo của Sở', ['Giám đốc Sở'], ''],
      ['2', 'Kế hoạch tổ chức Hội nghị sơ kết 6 tháng của Sở Khoa học và Công nghệ', ['Văn phòng Sở'], ['Các phòng, đơn vị'], 'Kế hoạch của Sở', ['Giám đốc Sở'], ''],
      ['3', 'Tổng hợp báo cáo cải cách hành chính', ['Văn phòng Sở'], [], 'Báo cáo', ['Giám đốc Sở'], ''],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('keeps the rest of the split task when a blank row comes before the repeated header, or stands alone for the page break', () => {
    const H = ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì', 'Phòng/Đơn vị phối hợp', 'Ghi chú'];
    const cut = ['6.', 'Kế hoạch xây dựng Hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2022 - 2025, định hướng đến', 'PGĐ Sở Phan Văn', 'Phòng QLCN&CN', 'Văn Phòng Sở, Trung'];
    const rest = [null, 'năm 2030 thực hiện trong năm 2025', 'Hiếu', null, 'tâm CĐS&ĐMST'];
    const next = ['7.', 'Chương trình phát triển tài sản trí tuệ đến năm 2030', 'PGĐ Sở Mai Thoan', 'Phòng QLCN&CN', 'Văn Phòng Sở'];
    for (const rows of [[H, cut, [], H, rest, next], [H, cut, [], rest, next]]) {
      const r = read(rows, [], 'Xuyên suốt');
      expect(r.tasks.map((t) => [t.stt, t.task, t.leaders, t.coordinatingUnits])).toEqual([
        ['6', 'Kế hoạch xây dựng Hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2022 - 2025, định hướng đến năm 2030 thực hiện trong năm 2025', ['PGĐ Sở Phan Văn Hiếu'], ['Văn phòng Sở', 'Trung tâm CĐS&ĐMST']],
        ['7', 'Chương trình phát triển tài sản trí tuệ đến năm 2030', ['PGĐ Sở Mai Thoan'], ['Văn phòng Sở']],
      ]);
      expect(where(r)).toEqual([]);
    }
  });

  it('keeps the lead and coordinating columns when only the row with the merged "Đơn vị" is repeated', () => {
    const H1 = ['STT', 'Nhiệm vụ', 'Đơn vị', null, 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
    const H2 = [null, null, 'Chủ trì', 'Phối hợp'];
    const r = read(
      [
        H1,
        H2,
        ['I', 'Quý III (2 nhiệm vụ)'],
        [1, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
        H1.slice(0, 6),
        [2, 'Kiểm tra nhà nước về đo lường', 'Phòng QLCN&CN', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2', 'G1:G2', 'C5:D5'],
    );
    expect(r.tables.map((t) => t.headerRows)).toEqual([[1, 2]]);
    expect(r.tasks.map((t) => [t.stt, t.leadUnits, t.coordinatingUnits])).toEqual([
      ['1', ['Phòng QLKH&ĐMST'], ['Văn phòng Sở']],
      ['2', ['Phòng QLCN&CN'], ['Văn phòng Sở']],
    ]);
    expect(where(r)).toEqual([]);
  });
});

describe('a unit or leader written on two lines and cut between them by a page break', () => {
  it('joins "Phòng" with "BCVT&CĐS" and "PGĐ Sở" with the name below: the rest of the task, not a task without a number', () => {
    const r = read([
      HEADER,
      ['I', 'Quý III (2 nhiệm vụ)'],
      [1, 'Triển khai bồi dưỡng, tập huấn về Bộ chỉ số DBI cho các doanh nghiệp tỉnh', 'Phòng', 'Doanh nghiệp; Ban QL', 'Lớp tập huấn', 'PGĐ Sở Nguyễn Quốc'],
      [null, 'Quảng Ngãi', 'BCVT&CĐS', 'KKT DQ', null, 'Huy Hoàng'],
      [2, 'Tổ chức Hội thảo đánh giá kết quả thực hiện Nghị quyết 08/NQ-TU', 'Phòng QLKH&ĐMST', null, 'Hội thảo', 'PGĐ Sở'],
      [null, 'Giai đoạn tiếp theo', 'QLKH&ĐMST', null, null, 'Phan Văn Hiếu'],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.leadUnits, t.leaders])).toEqual([
      ['1', 'Triển khai bồi dưỡng, tập huấn về Bộ chỉ số DBI cho các doanh nghiệp tỉnh Quảng Ngãi', ['Phòng BCVT&CĐS'], ['PGĐ Sở Nguyễn Quốc Huy Hoàng']],
      ['2', 'Tổ chức Hội thảo đánh giá kết quả thực hiện Nghị quyết 08/NQ-TU Giai đoạn tiếp theo', ['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
    ]);
    expect(where(r)).toEqual([]);
  });
});

describe('"Quý" and "Tháng" columns written once per run', () => {
  it('give the blank cells below the value above, as a merge would, up to the next quarter', () => {
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
      ['Quý', 'Tháng', 'STT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      ['Quý III', 7, 1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      [null, null, 2, 'Điều tra chuyên gia', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
      [null, 8, 3, 'Kiểm tra đo lường', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan'],
      [null, null, 4, 'Hội thảo', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu'],
      ['Quý IV', null, 5, 'Tổng kết', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
      [null, 'Tháng 11', 6, 'Kế hoạch 2026', 'Văn phòng Sở', 'Kế hoạch', 'Giám đốc Sở'],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.month])).toEqual([
      ['1', 3, 7],
      ['2', 3, 7],
      ['3', 3, 8],
      ['4', 3, 8],
      ['5', 4, null],
      ['6', 4, 11],
    ]);
    expect(r.summary.byQuarter).toEqual({ '3': 4, '4': 2 });
  });
});

describe('tables side by side whose header rows are not level', () => {
  /** A task table in A–F (header row 3) and, after an empty column, `right` from column H. */
  const sideBySide = (right: CellValue[][], top: number): CellValue[][] => {
    const left: CellValue[][] = [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      [],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
      ['I', 'Quý III (2 nhiệm vụ)'],
      [1, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Tổ chức điều tra chuyên gia', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
    ];
    const rows = left.map((r) => [...r, ...new Array<CellValue>(7 - r.length).fill(null)]);
    right.forEach((cells, i) => {
      const r = (rows[top - 1 + i] ??= new Array<CellValue>(7).fill(null));
      r.push(...cells);
    });
    return rows;
  };

  it('reads a table of targets one row lower beside the tasks as targets, the tasks as tasks', () => {
    const kpi = [
      ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Phòng/đơn vị tham mưu'],
      [1, 'Số nhiệm vụ KH&CN cấp tỉnh', 'Nhiệm vụ', '15', 'Phòng QLKH&ĐMST'],
      [2, 'Số doanh nghiệp KH&CN', 'Doanh nghiệp', '3', 'Phòng QLCN&CN'],
    ];
    for (const top of [2, 4, 6]) {
      const r = read(sideBySide(kpi, top), [], 'CTCT 2025');
      expect([top, r.tables.map((t) => [t.kind, t.headerRows])]).toEqual([top, [['tasks', [3]], ['kpi', [top]]]]);
      expect([top, r.tasks.map((t) => [t.stt, t.quarter]), r.summary.kpiCount, where(r)]).toEqual([top, [['1', 3], ['2', 3]], 2, []]);
    }
  });

  it('reads a second quarter whose heading and header sit one row lower', () => {
    const q4 = [
      ['Quý IV (2 nhiệm vụ)'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'],
      [1, 'Kiểm tra đo lường cuối năm', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan'],
      [2, 'Tổng kết công tác năm 2025', 'Văn phòng Sở', 'Báo cáo tổng kết', 'Giám đốc Sở'],
    ];
    const r = read(sideBySide(q4, 3), [], 'Q3-Q4');
    expect(r.tasks.map((t) => [t.stt, t.quarter, t.task])).toEqual([
      ['1', 3, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu'],
      ['2', 3, 'Tổ chức điều tra chuyên gia'],
      ['1', 4, 'Kiểm tra đo lường cuối năm'],
      ['2', 4, 'Tổng kết công tác năm 2025'],
    ]);
    expect([r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
      [
        ['Quý III', 2, 2],
        ['Quý IV', 2, 2],
      ],
      [],
    ]);
  });
});

describe('months and quarters across the headings', () => {
  const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
  const t = (n: number, deadline: CellValue = null): CellValue[] => [n, `Nhiệm vụ số ${n}`, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];

  it('keeps a month range that runs past its quarter ("Tháng 9, 10" under "Quý III") in that quarter', () => {
    const r = read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, ['I', 'Quý III (2 nhiệm vụ)'], [null, 'Tháng 9, 10'], t(1), t(2)]);
    expect([r.tasks.map((x) => [x.quarter, x.month]), r.summary.byQuarter, where(r)]).toEqual([
      [
        [3, 10],
        [3, 10],
      ],
      { '3': 2 },
      [],
    ]);
  });

  it('dates "Quý I" after "Quý IV", and "Tháng 1" after "Tháng 12", in the next year', () => {
    const quarters = read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, ['I', 'Quý IV'], t(1, '31/12/2025'), ['II', 'Quý I'], t(1, '31/3/2026'), t(2, 'Trước 15/3')]);
    expect([quarters.tasks.map((x) => [x.quarter, x.year, x.deadline]), where(quarters)]).toEqual([
      [
        [4, null, '2025-12-31'],
        [1, 2026, '2026-03-31'],
        [1, 2026, '2026-03-15'],
      ],
      [],
    ]);
    const named = read([['KẾ HOẠCH CÔNG TÁC'], H, ['I', 'Quý IV/2025'], t(1, '31/12/2025'), ['II', 'Quý I'], t(1, 'Trước 15/3')]);
    expect(named.tasks.map((x) => [x.year, x.deadline])).toEqual([
      [2025, '2025-12-31'],
      [2026, '2026-03-15'],
    ]);
    // Checked against the names in force in Quý IV/2025, not those of a year earlier.
    for (const [title, q4, q1] of [
      ['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 - QUÝ I/2026', 'Quý IV', 'Quý I'],
      ['KẾ HOẠCH CÔNG TÁC', 'Quý IV năm 2025', 'Quý I năm 2026'],
    ]) {
      const lead = (n: number, unit: string): CellValue[] => [n, `Nhiệm vụ số ${n}`, unit, 'Kế hoạch', 'PGĐ Sở Mai Thoan', null];
      const r = read([[title], H, ['I', q4], lead(1, 'Phòng QLKH&ĐMST'), ['II', q1], lead(1, 'Phòng BCVT&CĐS')]);
      expect([title, r.period, r.tasks.map((x) => x.year ?? 2025), where(r)]).toEqual([title, '2025-09', [2025, 2026], []]);
    }
    const months = read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, [null, 'Tháng 12'], t(1, 'Trước 20/12'), [null, 'Tháng 1'], t(2, 'Trước 15/1')]);
    expect([months.tasks.map((x) => [x.month, x.deadline]), where(months)]).toEqual([
      [
        [12, '2025-12-20'],
        [1, '2026-01-15'],
      ],
      [],
    ]);
  });
});

describe('a month plan titled with the month abbreviated', () => {
  it('dates its tasks to that month, as "THÁNG 7/2025" does', () => {
    for (const title of ['CHƯƠNG TRÌNH CÔNG TÁC T7/2025', 'KẾ HOẠCH CÔNG TÁC T.07-2025', 'CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7/2025']) {
      const r = read([[title], [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'], [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']], [], 'Sheet1');
      expect([title, r.tasks.map((t) => [t.quarter, t.month]), r.period]).toEqual([title, [[3, 7]], '2025-09']);
    }
  });
});

describe('a unit named on a line of its own over tasks numbered on', () => {
  it('is a group of that unit, not the end of the task above; after a cut phrase it is the rest of it', () => {
    const r = read([
      HEADER,
      ['I', 'Quý III (4 nhiệm vụ)'],
      [null, 'Phòng QLKH&ĐMST'],
      [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Tổ chức hội nghị giao ban với sự tham gia của', 'Phòng QLKH&ĐMST', null, 'Hội nghị', 'PGĐ Sở Phan Văn Hiếu'],
      [null, 'Trung tâm CĐS&ĐMST'],
      [null, 'Văn phòng Sở'],
      [3, 'Tổng hợp báo cáo quý', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      [4, 'Kiểm tra nội bộ', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
    ]);
    expect(r.tasks.map((t) => [t.stt, t.task])).toEqual([
      ['1', 'Xây dựng kế hoạch kiểm tra'],
      ['2', 'Tổ chức hội nghị giao ban với sự tham gia của Trung tâm CĐS&ĐMST'],
      ['3', 'Tổng hợp báo cáo quý'],
      ['4', 'Kiểm tra nội bộ'],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('is the rest of a task ending in "và" right above it, even when the tasks below it are that unit\'s; in capitals, a group', () => {
    const cut = [2, 'Kiểm tra hoạt động của các tổ chức KH&CN và', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'];
    const office = (n: number, text: string): CellValue[] => [n, text, 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'];
    const numbered = read([HEADER, ['I', 'Quý III (4 nhiệm vụ)'], [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'], cut, [null, 'Văn phòng Sở'], office(3, 'Tổng hợp báo cáo quý'), office(4, 'Kiểm tra nội bộ')]);
    expect([numbered.tasks.map((t) => [t.stt, t.task]), where(numbered)]).toEqual([
      [
        ['1', 'Xây dựng kế hoạch kiểm tra'],
        ['2', 'Kiểm tra hoạt động của các tổ chức KH&CN và Văn phòng Sở'],
        ['3', 'Tổng hợp báo cáo quý'],
        ['4', 'Kiểm tra nội bộ'],
      ],
      [],
    ]);
    // In capitals over its own month row: a group.
    const month = read([HEADER, ['I', 'Quý III (2 nhiệm vụ)'], [null, 'Tháng 7'], [1, ...cut.slice(1)], [null, 'VĂN PHÒNG SỞ'], [null, 'Tháng 8'], office(2, 'Tổng hợp báo cáo tháng 8')]);
    expect(month.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Kiểm tra hoạt động của các tổ chức KH&CN và', 7],
      ['Tổng hợp báo cáo tháng 8', 8],
    ]);
    const dashed = read([['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER, [null, `- ${cut[1]}`, ...cut.slice(2)], [null, 'Văn phòng Sở'], [null, '- Tổng hợp báo cáo tháng 7', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]);
    expect(dashed.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['- Kiểm tra hoạt động của các tổ chức KH&CN và Văn phòng Sở', ['Phòng QLKH&ĐMST']],
      ['- Tổng hợp báo cáo tháng 7', ['Văn phòng Sở']],
    ]);
  });
});

describe('a section numbered in its own text over tasks numbered again from 1', () => {
  it('is a section, not the end of the task above, whatever that task ends with', () => {
    for (const end of ['', ' và']) {
      const r = read([
        ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
        HEADER,
        [null, '1. Công tác quản lý khoa học'],
        [1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
        [2, `Kiểm tra hoạt động của các tổ chức KH&CN${end}`, 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
        [null, '2. Công tác văn phòng'],
        [1, 'Tổng hợp báo cáo kết quả thực hiện quý III', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
      ]);
      expect([r.tasks.map((t) => [t.stt, t.task, t.quarter]), where(r)]).toEqual([
        [
          ['1', 'Xây dựng kế hoạch kiểm tra', 3],
          ['2', `Kiểm tra hoạt động của các tổ chức KH&CN${end}`, 3],
          ['1', 'Tổng hợp báo cáo kết quả thực hiện quý III', 3],
        ],
        [],
      ]);
    }
  });

  it('leaves quarter, month, Roman and lettered rows after a task ending in "và" headings', () => {
    const cut = [1, 'Kiểm tra hoạt động của các tổ chức KH&CN và', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'];
    const next = [1, 'Tổng hợp báo cáo', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'];
    for (const heading of [[null, 'Quý IV (1 nhiệm vụ)'], ['II', 'Quý IV (1 nhiệm vụ)'], [null, 'Tháng 8'], ['b', 'Văn phòng Sở']]) {
      const r = read([HEADER, ['I', 'Quý III (1 nhiệm vụ)'], [null, 'Tháng 7'], ['a', 'Phòng QLKH&ĐMST'], cut, heading, next]);
      expect([heading, r.tasks.map((t) => [t.task, t.endRow])]).toEqual([heading, [[cut[1], 5], [next[1], 7]]]);
    }
  });
});

describe('what the regression check of these rules taught', () => {
  const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const whole = (n: number | null, text: string, coord: string | null, note: string | null = null): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', coord, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', note];

  it('takes "-", "," and ";" at the end of a list or a note for whole cells: the whole rows below are tasks', () => {
    const noNumber = read([
      H.slice(1),
      ...[whole(null, 'Xây dựng kế hoạch', '-'), whole(null, 'Tổ chức điều tra', 'Văn phòng Sở,'), whole(null, 'Tổ chức hội thảo', 'Các phòng, đơn vị;', '-'), whole(null, 'Kiểm tra nội bộ', null)].map((r) => r.slice(1)),
    ]);
    expect(noNumber.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch', 'Tổ chức điều tra', 'Tổ chức hội thảo', 'Kiểm tra nội bộ']);
    const forgotten = read([H, ['I', 'Quý III (3 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', '-'), whole(null, 'Tổ chức điều tra', null), whole(2, 'Kiểm tra nội bộ', null)]);
    expect([forgotten.tasks.map((t) => t.task), where(forgotten)]).toEqual([['Xây dựng kế hoạch', 'Tổ chức điều tra', 'Kiểm tra nội bộ'], ['missing-number A4']]);
  });

  it('reads "cộng đồng" after a cut phrase as the rest of the task, not as a total', () => {
    const r = read([H, ['I', 'Quý III (1 nhiệm vụ)'], whole(1, 'Tổ chức truyền thông về khoa học và công nghệ cho', null), [null, 'cộng đồng (02 nội dung)']]);
    expect([r.tasks.map((t) => t.task), where(r)]).toEqual([['Tổ chức truyền thông về khoa học và công nghệ cho cộng đồng (02 nội dung)'], []]);
  });

  it('carries a "Quý"/"Tháng" cell down to the next heading only', () => {
    const r = read([
      ['STT', 'Nhiệm vụ', 'Quý', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      ['I', 'NHIỆM VỤ THEO QUÝ'],
      [1, 'Một', 'Quý III', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      [2, 'Hai', 'Quý IV', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
      ['II', 'NHIỆM VỤ THƯỜNG XUYÊN'],
      [1, 'Ba', null, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
    ]);
    expect(r.tasks.map((t) => t.quarter)).toEqual([3, 4, null]);
  });

  it('does not turn the year where a second table or a unit\'s block goes through the year again', () => {
    const D = [...H.slice(0, 6), 'Thời hạn'];
    const t = (n: number, deadline: string, unit = 'A'): CellValue[] => [n, `Nhiệm vụ ${n} của ${unit}`, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const table = (unit: string): CellValue[][] => [D, ['I', 'Quý I'], t(1, 'Trước 15/3', unit), ['II', 'Quý IV'], t(2, '31/12/2025', unit)];
    const tables = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], ...table('A'), [], ['Phòng QLKH&ĐMST'], ...table('B')]);
    expect([tables.tasks.map((x) => [x.year ?? 2025, x.deadline]), where(tables)]).toEqual([
      [
        [2025, '2025-03-15'],
        [2025, '2025-12-31'],
        [2025, '2025-03-15'],
        [2025, '2025-12-31'],
      ],
      [],
    ]);
    const months = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], D, ['a', 'Phòng QLKH&ĐMST'], [null, 'Tháng 1'], t(1, 'Trước 20/1'), [null, 'Tháng 12'], t(2, 'Trước 20/12'), ['b', 'Văn phòng Sở'], [null, 'Tháng 1'], t(1, 'Trước 20/1', 'B')]);
    expect(months.tasks.map((x) => [x.year ?? 2025, x.deadline])).toEqual([
      [2025, '2025-01-20'],
      [2025, '2025-12-20'],
      [2025, '2025-01-20'],
    ]);
  });

  it('keeps a dashed sub-item after a blank row off the task list', () => {
    const r = read([H, ['I', 'Quý III (2 nhiệm vụ)'], [1, 'Kiểm tra chuyên ngành, gồm:', 'Phòng QLTCĐLCL', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'], [null, '- Kiểm tra tại cơ sở', 'Phòng QLTCĐLCL', null, 'Biên bản', 'PGĐ Sở Mai Thoan'], [], [null, '- Kiểm tra hồ sơ', 'Phòng QLTCĐLCL', null, 'Biên bản', 'PGĐ Sở Mai Thoan'], whole(2, 'Tổng kết', null)]);
    expect([r.tasks.map((t) => t.stt), where(r)]).toEqual([['1', '2'], []]);
    // It is the next item of task 1's list, not lost.
    expect(r.tasks[0].task).toBe('Kiểm tra chuyên ngành, gồm:\n- Kiểm tra tại cơ sở\n- Kiểm tra hồ sơ');
  });

  it('skips a page number pasted from PDF over the repeated header ("2" in a cell, "- 2 -", "Trang 2"): no task\'s text, no finding', () => {
    for (const page of [[null, null, null, null, null, '2'], [null, '- 2 -'], [null, 'Trang 2']]) {
      const r = read([H, ['I', 'Quý III (3 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), page, H, whole(3, 'Tổng kết', null)]);
      expect([page, r.tasks.map((t) => [t.stt, t.endRow, t.leaders]), where(r)]).toEqual([page, [['1', 3, ['PGĐ Sở Phan Văn Hiếu']], ['2', 4, ['PGĐ Sở Phan Văn Hiếu']], ['3', 7, ['PGĐ Sở Phan Văn Hiếu']]], []]);
    }
  });

  it('skips the running title of a PDF page over the repeated header ("Phụ lục II (tiếp theo)", a page number above it or not): not the rest of a task cut at the page', () => {
    const cut = [2, 'Tổ chức điều tra chuyên gia về khoa học và', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'];
    const rest = [null, 'công nghệ trên địa bàn tỉnh'];
    for (const top of [[[null, 'Phụ lục II (tiếp theo)']], [[null, null, null, 'Trang 2/5'], [], [null, 'Nhiệm vụ cụ thể 6 tháng cuối năm 2025 (tiếp)']]]) {
      const r = read([H, ['I', 'Quý III (3 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), cut, ...top, H, rest, whole(3, 'Tổng kết', null)]);
      expect([r.tasks.map((t) => [t.stt, t.task]), where(r)]).toEqual([
        [
          ['1', 'Xây dựng kế hoạch'],
          ['2', 'Tổ chức điều tra chuyên gia về khoa học và công nghệ trên địa bàn tỉnh'],
          ['3', 'Tổng kết'],
        ],
        [],
      ]);
    }
  });

  it('reads a task whose number PDF put in its text ("| 4. Tổ chức …") or whose text it put in the number cell ("4 Tổ chức … |"), not the rest of the task above', () => {
    const fourth = 'Tổ chức Không gian đổi mới sáng tạo';
    const rows = (row4: CellValue[]) => [H, ['I', 'Quý III (5 nhiệm vụ)'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), whole(3, 'Nhiệm vụ C', null), row4, whole(5, 'Nhiệm vụ E', null)];
    const cells = ['Phòng QLKH&ĐMST', null, 'Sự kiện', 'Giám đốc Sở'];
    for (const row4 of [[null, `4. ${fourth}`, ...cells], [null, `4 ${fourth}`, ...cells], [`4 ${fourth}`, null, ...cells], [`4. ${fourth}`, null, ...cells]]) {
      const r = read(rows(row4));
      expect([row4.slice(0, 2), r.tasks.map((t) => [t.task, t.product, t.leaders])]).toEqual([
        row4.slice(0, 2),
        [
          ['Nhiệm vụ A', 'Kế hoạch', ['PGĐ Sở Phan Văn Hiếu']],
          ['Nhiệm vụ B', 'Kế hoạch', ['PGĐ Sở Phan Văn Hiếu']],
          ['Nhiệm vụ C', 'Kế hoạch', ['PGĐ Sở Phan Văn Hiếu']],
          [row4[1] ?? fourth, 'Sự kiện', ['Giám đốc Sở']],
          ['Nhiệm vụ E', 'Kế hoạch', ['PGĐ Sở Phan Văn Hiếu']],
        ],
      ]);
      // The count is met; a number typed in the text leaves the number cell empty: that is reported, nothing else.
      expect(where(r)).toEqual(row4[0] === null ? ['missing-number A6'] : []);
    }
    // The first task under a month row, numbers starting again at 1.
    for (const row1 of [[null, `1. ${fourth}`, ...cells], [`1 ${fourth}`, null, ...cells]]) {
      const r = read([H, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Tháng 7'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), [null, 'Tháng 8'], row1, whole(2, 'Nhiệm vụ D', null)]);
      expect(r.tasks.map((t) => [t.stt, t.month, t.product])).toEqual([['1', 7, 'Kế hoạch'], ['2', 7, 'Kế hoạch'], [row1[0] === null ? '' : '1', 8, 'Sự kiện'], ['2', 8, 'Kế hoạch']]);
      // (An unnumbered task opening a month also sets off "duplicate-number" on the "2" below it: the numbering check's, as for any such task.)
      if (row1[0] === null) expect(where(r)).toContain('missing-number A7');
      else expect(where(r)).toEqual([]);
    }
  });

  it('skips a running title among the tasks with no header repeated under it: neither a task\'s text nor a new part, while a table\'s first line "Quý III (tiếp theo)" still gives its quarter', () => {
    for (const title of ['PHỤ LỤC II (tiếp theo)', 'Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025 (tiếp theo)']) {
      const r = read([['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], H, ['I', 'Quý III (3 nhiệm vụ)'], [null, 'Tháng 8'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), [null, title], whole(3, 'Nhiệm vụ C', null), ['II', 'Quý IV (1 nhiệm vụ)'], whole(1, 'Nhiệm vụ D', null)]);
      expect([title, r.tasks.map((t) => [t.task, t.quarter, t.month]), where(r)]).toEqual([
        title,
        [
          ['Nhiệm vụ A', 3, 8],
          ['Nhiệm vụ B', 3, 8],
          ['Nhiệm vụ C', 3, 8],
          ['Nhiệm vụ D', 4, null],
        ],
        [],
      ]);
    }
    const next = read([['KẾ HOẠCH CÔNG TÁC NĂM 2025'], H, [null, 'Quý III (tiếp theo)'], whole(5, 'Nhiệm vụ E', null)]);
    expect(next.tasks.map((t) => [t.task, t.quarter])).toEqual([['Nhiệm vụ E', 3]]);
  });

  it('takes a "(tiếp theo)" line naming another month, quarter or the all-year part than the one in force ("Tháng 7 (tiếp)" under Tháng 8) for a heading: its tasks go back there', () => {
    const months = read([H, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Tháng 7'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), [null, 'Tháng 8'], whole(3, 'Nhiệm vụ C', null), [null, 'Tháng 7 (tiếp)'], whole(4, 'Nhiệm vụ D', null)]);
    expect(months.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Nhiệm vụ A', 7],
      ['Nhiệm vụ B', 7],
      ['Nhiệm vụ C', 8],
      ['Nhiệm vụ D', 7],
    ]);
    const quarters = read([H, ['I', 'Quý III (3 nhiệm vụ)'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), ['II', 'Quý IV (1 nhiệm vụ)'], whole(1, 'Nhiệm vụ C', null), [null, 'Quý III (tiếp theo)'], whole(3, 'Nhiệm vụ D', null)]);
    // Quý IV holds one task, as it says: task 3 is no second one of it.
    expect([quarters.tasks.map((t) => [t.task, t.quarter]), quarters.summary.sections.find((s) => s.label === 'Quý IV')?.actual]).toEqual([
      [
        ['Nhiệm vụ A', 3],
        ['Nhiệm vụ B', 3],
        ['Nhiệm vụ C', 4],
        ['Nhiệm vụ D', 3],
      ],
      1,
    ]);
    const allYear = read([H, ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'], whole(1, 'Nhiệm vụ A', null), whole(2, 'Nhiệm vụ B', null), ['II', 'Quý III (2 nhiệm vụ)'], whole(1, 'Nhiệm vụ C', null), whole(2, 'Nhiệm vụ D', null), [null, 'NHIỆM VỤ THƯỜNG XUYÊN (tiếp theo)'], whole(3, 'Nhiệm vụ E', null)]);
    expect([allYear.tasks.map((t) => [t.task, t.quarter]), where(allYear)]).toEqual([
      [
        ['Nhiệm vụ A', null],
        ['Nhiệm vụ B', null],
        ['Nhiệm vụ C', 3],
        ['Nhiệm vụ D', 3],
        ['Nhiệm vụ E', null],
      ],
      [],
    ]);
  });

  it('reports a row read as nothing (no number, after a blank row, too long for a title) at its cell, and reads the tasks around it as before', () => {
    const line = 'Nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026 theo kế hoạch';
    const r = read([H, ['I', 'Quý III (3 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), [], [null, line], whole(3, 'Tổng kết', null)]);
    expect([r.tasks.map((t) => [t.stt, t.task]), where(r)]).toEqual([[['1', 'Xây dựng kế hoạch'], ['2', 'Tổ chức hội thảo'], ['3', 'Tổng kết']], ['unread-row B6']]);
    expect(r.findings[0]).toMatchObject({ severity: 'info', field: 'task' });
    expect(r.findings[0].message).toContain('Nhiệm vụ khoa học và công nghệ cấp tỉnh');
    // An aside in brackets is a remark, not reported; a note under the table ends it, no task.
    const aside = read([H, ['I', 'Quý III (1 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), [], [null, '(Nhiệm vụ chuyển tiếp từ năm 2024)'], [], [null, 'Ghi chú: các nhiệm vụ trên do các phòng cập nhật hằng tháng.']]);
    expect([aside.tasks.length, where(aside)]).toEqual([1, []]);
  });

  it('names a title merged across from the number column by all its words, in the tasks and in findings', () => {
    const title = 'Nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng';
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [title], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Xây dựng kế hoạch', null)], ['A3:G3']);
    expect([r.tasks.map((t) => t.section), r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.message}`)]).toEqual([
      [title, title],
      [`duplicate-task B5 Nhiệm vụ trùng với dòng 4 (${title}).`],
    ]);
  });

  it('reports the first row under the last task that has a task\'s text and some of its cells but is read as nothing, at its first cell', () => {
    const misread: CellValue[] = [null, 'Tổ chức hội thảo khoa học', null, null, 'Kỷ yếu', null];
    const r = read([H, ['I', 'Quý III (2 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), [], misread, [null, 'Tổ chức triển lãm', null, null, 'Triển lãm', null], [], [null, 'Các phòng cập nhật tiến độ hằng tháng.']]);
    expect([r.tasks.map((t) => t.task), where(r)]).toEqual([['Xây dựng kế hoạch', 'Tổ chức hội thảo'], ['unread-row B6']]);
    expect(r.findings[0].message).toContain('"Tổ chức hội thảo khoa học Kỷ yếu" không được đọc là nhiệm vụ');
  });

  it('does not report what a document writes under its table (footnotes, the signer\'s block), only rows between its tasks', () => {
    const at = (col: number, text: string): CellValue[] => [...Array<CellValue>(col).fill(null), text];
    const tails: CellValue[][][] = [
      [at(1, 'Các phòng cập nhật tiến độ hằng tháng và gửi Văn phòng Sở trước ngày 25.')],
      [at(1, '* Nhiệm vụ có dấu (*) là nhiệm vụ quan trọng tham mưu UBND tỉnh')],
      [at(4, 'Quảng Ngãi, ngày ... tháng ... năm ...'), at(4, 'THỦ TRƯỞNG ĐƠN VỊ'), at(4, '(Ký, ghi rõ họ tên)'), [], at(4, 'Lê Văn Bình')],
      [[null, 'Nơi nhận:', null, null, 'KT. GIÁM ĐỐC'], [null, '- Như trên;', null, null, 'PHÓ GIÁM ĐỐC'], [null, '- Lưu: VT, VP.'], [], [null, null, null, null, 'Phan Văn Hiếu']],
    ];
    for (const tail of tails) {
      const r = read([H, ['I', 'Quý III (2 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), [], ...tail]);
      expect([tail[0], r.tasks.map((t) => [t.task, t.endRow]), where(r)]).toEqual([tail[0], [['Xây dựng kế hoạch', 3], ['Tổ chức hội thảo', 4]], []]);
    }
    // Right under the last task, no blank row between, the signer's block is none of its text.
    for (const line of ['Quảng Ngãi, ngày ... tháng ... năm ...', 'Quảng Ngãi, ngày …/…/2025', 'Q. GIÁM ĐỐC', 'THỦ TRƯỞNG ĐƠN VỊ']) {
      const r = read([H, ['I', 'Quý III (1 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), at(4, line), at(4, '(Ký tên, đóng dấu)'), at(4, 'Lê Văn Bình')]);
      expect([line, r.tasks.map((t) => [t.task, t.product, t.endRow]), where(r)]).toEqual([line, [['Xây dựng kế hoạch', 'Kế hoạch', 3]], []]);
    }
    // Between two tables of a sheet, under the first one's last task: the first one's footnote.
    const two = read([H, ['I', 'Quý III (1 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), [], at(1, 'Các phòng cập nhật tiến độ hằng tháng.'), [], ['NHIỆM VỤ THƯỜNG XUYÊN'], H, whole(1, 'Tổng kết', null)]);
    expect([two.tasks.length, where(two)]).toEqual([2, []]);
  });

  it('reports once a line under the last task with a task\'s text in the task column alone (a task left unnumbered and without cells), not a remark, a name or a date there', () => {
    const at = (col: number, text: string): CellValue[] => [...Array<CellValue>(col).fill(null), text];
    const plan = (...tail: CellValue[][]) => read([H, ['I', 'Quý III (2 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), [], ...tail]);
    const dropped = plan(at(1, 'Tổ chức kiểm tra đột xuất các cơ sở'), at(1, 'Tổ chức tập huấn nghiệp vụ'));
    expect([dropped.tasks.map((t) => [t.task, t.endRow]), where(dropped)]).toEqual([[['Xây dựng kế hoạch', 3], ['Tổ chức hội thảo', 4]], ['unread-row B6']]);
    expect(dropped.findings[0].message).toContain('"Tổ chức kiểm tra đột xuất các cơ sở" không được đọc');
    // Between two quarters, a line opening with "Tổ chức" or "Ban hành" is a lost task's text, no unit's group row.
    for (const line of ['Tổ chức kiểm tra đột xuất', 'Ban hành quy chế nội bộ']) {
      const between = read([H, ['I', 'Quý III (1 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch', null), [], [null, line], ['II', 'Quý IV (1 nhiệm vụ)'], whole(1, 'Tổng kết', null)]);
      expect([line, between.tasks.map((t) => [t.task, t.quarter]), where(between)]).toEqual([line, [['Xây dựng kế hoạch', 3], ['Tổng kết', 4]], ['unread-row B5']]);
    }
    for (const line of ['Lê Văn Bình', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Các phòng cập nhật tiến độ hằng tháng.', 'Quảng Ngãi, ngày 15 tháng 7 năm 2025', '(Đã ký)', 'Ghi chú: nhiệm vụ in đậm là nhiệm vụ quan trọng', '* Nhiệm vụ chuyển tiếp từ năm 2024', 'Ghi chú', 'Nơi nhận', 'Lưu VT', 'Giám đốc', 'Thủ trưởng đơn vị', 'Xác nhận của lãnh đạo phòng', 'Ngày 15 tháng 7 năm 2025', 'Phụ lục III', 'Kèm theo Quyết định số 12/QĐ-SKHCN', 'Danh sách này có 25 nhiệm vụ', 'Biểu này gửi Văn phòng Sở']) {
      expect([line, where(plan(at(1, line)))]).toEqual([line, []]);
    }
    // A task's words that start like those still are one.
    expect(where(plan(at(1, 'Lưu trữ hồ sơ nhiệm vụ năm 2024')))).toEqual(['unread-row B6']);
  });

  it('reads a line merged across the task\'s columns as a group title, however long: tasks and numbering go on across it', () => {
    const line = 'Nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026 theo kế hoạch';
    const plan = (blank: boolean, next: number) => {
      const rows = [H, ['I', 'Quý III (3 nhiệm vụ)'], [null, 'Tháng 7'], whole(1, 'Xây dựng kế hoạch', null), whole(2, 'Tổ chức hội thảo', null), ...(blank ? [[]] : []), [null, line], whole(next, 'Tổng kết', null)];
      const at = blank ? 7 : 6;
      return read(rows, [`B${at}:G${at}`]);
    };
    for (const blank of [true, false]) {
      for (const next of [3, 1]) {
        const r = plan(blank, next);
        expect([blank, next, r.tasks.map((t) => [t.task, t.quarter, t.month]), where(r)]).toEqual([
          blank,
          next,
          [
            ['Xây dựng kế hoạch', 3, 7],
            ['Tổ chức hội thảo', 3, 7],
            ['Tổng kết', 3, 7],
          ],
          [],
        ]);
      }
    }
    // A number skipped across it is still a gap: the title does not restart the numbering.
    expect(where(plan(true, 4))).toEqual(['number-gap A8']);
    // Merged as a PDF converter merges lines, the rest of a task cut mid-phrase or the items it lists are still its own.
    const items = read([H, ['I', 'Quý III (2 nhiệm vụ)'], whole(1, 'Kiểm tra chuyên ngành, gồm:', null), [null, '- Kiểm tra tại cơ sở'], [null, '- Kiểm tra hồ sơ'], whole(2, 'Tổng kết', null)], ['B4:G4', 'B5:G5']);
    const cut = read([H, ['I', 'Quý III (2 nhiệm vụ)'], whole(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ khoa học và', null), [null, 'Công nghệ cấp tỉnh năm 2025'], whole(2, 'Tổng kết', null)], ['B4:G4']);
    expect([items, cut].map((r) => [r.tasks.map((t) => t.task), where(r)])).toEqual([
      [['Kiểm tra chuyên ngành, gồm:\n- Kiểm tra tại cơ sở\n- Kiểm tra hồ sơ', 'Tổng kết'], []],
      [['Xây dựng kế hoạch kiểm tra nhiệm vụ khoa học và Công nghệ cấp tỉnh năm 2025', 'Tổng kết'], []],
    ]);
  });

  it('under a title naming two quarters and no quarter rows, gives each task the quarter of its deadline', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC QUÝ III VÀ QUÝ IV NĂM 2025'],
      [],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
      [1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '30/9/2025'],
      [2, 'Tổng kết công tác năm 2025', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '15/12/2025'],
    ]);
    expect([r.tasks.map((t) => t.quarter), r.summary.byQuarter, where(r)]).toEqual([[3, 4], { '3': 1, '4': 1 }, []]);
  });
});

describe('what the second regression check taught', () => {
  const H = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];

  it('keeps a whole task whose lead unit is named in full as a task, whatever the row above ends with', () => {
    const r = read([
      H,
      ['I', 'Quý III (3 nhiệm vụ)'],
      [1, 'Tổ chức kiểm tra, đánh giá hoạt động của các tổ chức KH&CN và', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
      [null, 'Tổ chức hội nghị tổng kết', 'Văn phòng Sở', null, 'Hội nghị', 'Giám đốc Sở'],
      [2, 'Kiểm tra nội bộ', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
    ]);
    expect([r.tasks.map((t) => t.task), where(r)]).toEqual([
      ['Tổ chức kiểm tra, đánh giá hoạt động của các tổ chức KH&CN và', 'Tổ chức hội nghị tổng kết', 'Kiểm tra nội bộ'],
      ['missing-number A4'],
    ]);
  });

  it('reads a line opening with a unit and going on in words as the rest of the task above, not a group', () => {
    const r = read([H, ['I', 'Quý III (2 nhiệm vụ)'], [1, 'Báo cáo kết quả thực hiện nhiệm vụ quý III gửi', 'Phòng QLKH&ĐMST', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'], [null, 'Văn phòng Sở tổng hợp'], [2, 'Kiểm tra nội bộ', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở']]);
    expect(r.tasks.map((t) => t.task)).toEqual(['Báo cáo kết quả thực hiện nhiệm vụ quý III gửi Văn phòng Sở tổng hợp', 'Kiểm tra nội bộ']);
  });

  it('leaves a blank "Quý" cell blank where the column runs out of order or the deadline says all year', () => {
    const t = (n: number, q: string | null, deadline: string): CellValue[] => [n, `Nhiệm vụ ${n}`, q, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', deadline];
    const head = ['STT', 'Nhiệm vụ', 'Quý', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'];
    const unordered = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], head, t(1, 'I', '31/3/2025'), t(2, null, 'Thường xuyên'), t(3, 'III', '30/9/2025'), t(4, null, 'Cả năm'), t(5, 'II', '30/6/2025')]);
    expect(unordered.tasks.map((x) => x.quarter)).toEqual([1, null, 3, null, 2]);
    const allYear = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], head, t(1, 'I', '31/3/2025'), t(2, null, 'Thường xuyên'), t(3, null, '31/3/2025')]);
    expect(allYear.tasks.map((x) => x.quarter)).toEqual([1, null, 1]);
  });

  it('reads "Cộng tháng 7: 2 nhiệm vụ" and "Cộng Quý III: 2 nhiệm vụ" as totals, and a total counting all-year tasks too', () => {
    const task = (n: number, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];
    const months = read([H, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Tháng 7'], task(1, 'Một'), task(2, 'Hai'), [null, 'Cộng tháng 7: 2 nhiệm vụ'], [null, 'Tháng 8'], task(3, 'Ba'), task(4, 'Bốn'), [null, 'Cộng tháng 8: 2 nhiệm vụ']]);
    expect([months.tasks.map((t) => t.task), where(months)]).toEqual([['Một', 'Hai', 'Ba', 'Bốn'], []]);
    const quarters = read([H, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Một'), task(2, 'Hai'), [null, 'Cộng Quý III: 2 nhiệm vụ'], ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Ba'), [null, 'Cộng Quý IV: 1 nhiệm vụ']]);
    expect([quarters.tasks.map((t) => t.task), where(quarters)]).toEqual([['Một', 'Hai', 'Ba'], []]);
    const withAllYear = read([H, ['I', 'NHIỆM VỤ TRỌNG TÂM'], task(1, 'Một'), ['II', 'Quý III (2 nhiệm vụ)'], task(1, 'Hai'), task(2, 'Ba'), [null, 'Tổng cộng: 3 nhiệm vụ']]);
    expect(where(withAllYear)).toEqual([]);
  });

  it('dates the tasks of a two-quarter plan with no month rows and no deadline by its last quarter, not all year', () => {
    const r = read([['KẾ HOẠCH CÔNG TÁC QUÝ III, IV NĂM 2025'], [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'], [1, 'Một', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']]);
    expect([r.tasks.map((t) => t.quarter), r.summary.byQuarter]).toEqual([[4], { '4': 1 }]);
  });
});

describe('a unit line over its own quarter rows', () => {
  it('is a group, not the end of the task above', () => {
    const task = (n: number, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, [null, 'PHÒNG QLKH&ĐMST'], [null, 'Quý I'], task(1, 'Việc một A'), [null, 'Quý IV'], task(2, 'Việc bốn A'), [null, 'VĂN PHÒNG SỞ'], [null, 'Quý I'], task(1, 'Việc một B'), [null, 'Quý IV'], task(2, 'Việc bốn B')]);
    expect(r.tasks.map((t) => [t.stt, t.task, t.quarter])).toEqual([
      ['1', 'Việc một A', 1],
      ['2', 'Việc bốn A', 4],
      ['1', 'Việc một B', 1],
      ['2', 'Việc bốn B', 4],
    ]);
  });
});
