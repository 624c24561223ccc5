/**
 * Gaps in reading that units' sheets showed: tasks under a unit's group row with their unit cell
 * left blank, a page-break remainder that is only a unit's name, a numbered section title over
 * numbering that goes on, month words in a "Tháng" column, "Quý I" in a "Tháng" column across the
 * year's end.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyseWorkbook } from '../../../src/engine';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
const read = (rows: CellValue[][], merges: string[] = [], name = 'Phụ lục II'): FileReport => analyse([sheet(name, rows, { merges })], { fileName: 'x.xlsx' });
const where = (r: FileReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`);
/** A task row with its unit cell as given (null: left blank). */
const row = (n: number | string | null, text: string, lead: string | null = null): CellValue[] => [n, text, lead, null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'];

describe('tasks under a unit\'s group row with their own unit cell blank', () => {
  it('take the unit the group row names, numbered or dashed; a unit cell of their own wins', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      [1, 'Phòng QLKH&ĐMST'],
      row(1, 'Xây dựng kế hoạch kiểm tra sau nghiệm thu'),
      row(2, 'Tổ chức hội thảo khởi nghiệp', 'Trung tâm CĐS&ĐMST'),
      ['(2)', 'Văn phòng Sở:'],
      row(null, '- Tổng hợp báo cáo tháng 8'),
      row(null, '- Tổ chức hội nghị cải cách hành chính'),
      [null, 'Trung tâm CĐS&ĐMST'],
      row(1, 'Xuất bản Bản tin CĐS số 04/2025'),
      row(2, 'Vận hành cổng thông tin điện tử', '-'),
    ]);
    expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['Xây dựng kế hoạch kiểm tra sau nghiệm thu', ['Phòng QLKH&ĐMST']],
      ['Tổ chức hội thảo khởi nghiệp', ['Trung tâm CĐS&ĐMST']],
      ['- Tổng hợp báo cáo tháng 8', ['Văn phòng Sở']],
      ['- Tổ chức hội nghị cải cách hành chính', ['Văn phòng Sở']],
      ['Xuất bản Bản tin CĐS số 04/2025', ['Trung tâm CĐS&ĐMST']],
      ['Vận hành cổng thông tin điện tử', ['Trung tâm CĐS&ĐMST']],
    ]);
    expect([where(r), r.summary.missing.lead]).toEqual([[], []]);
  });

  it('take a unit the directory knows by its short name, and its new name where the group row writes the old one', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      ['(1)', 'Thanh tra Sở:'],
      row(1, 'Thanh tra hành chính'),
      ['(2)', 'TTCĐS&ĐMST:'],
      row(1, 'Xuất bản Bản tin'),
      ['(3)', 'Phòng KH-CN:'],
      row(1, 'Kiểm tra sau nghiệm thu'),
    ]);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Thanh tra Sở'], ['Trung tâm CĐS&ĐMST'], ['Phòng QLKH&ĐMST']]);
    // Old names are the group rows': reported there, as in a task's own cell (Thanh tra Sở has no successor in 2025-09).
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.fix?.value ?? null])).toEqual([
      ['outdated-unit', 'B3', null],
      ['outdated-unit', 'B7', 'Phòng QLKH&ĐMST:'],
    ]);
  });

  it('report an old or unknown name on the group row once, at its cell, not at the blank unit cells of its tasks', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      [1, 'Phòng KH-CN'],
      row('-', 'Xây dựng kế hoạch kiểm tra'),
      row('-', 'Tổ chức hội thảo khởi nghiệp'),
      row('-', 'Kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST'),
      [null, 'Phòng HCTH'],
      row(1, 'Tổng hợp báo cáo tháng 8'),
      row(2, 'Tổ chức hội nghị'),
      ['b', 'Phòng Quản lý XYZ'],
      row(1, 'Rà soát thủ tục'),
    ]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.suggestion, f.fix?.value ?? null])).toEqual([
      ['outdated-unit', 'B3', 'Đổi thành "Phòng QLKH&ĐMST".', 'Phòng QLKH&ĐMST'],
      ['outdated-unit', 'B7', 'Đổi thành "Văn phòng Sở".', 'Văn phòng Sở'],
      ['unknown-unit', 'B10', null, null],
    ]);
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 3, 'Văn phòng Sở': 2, 'Phòng Quản lý XYZ': 1 });
  });

  it('report an old name on the group row once at its cell when every task under it has its own unit cell too', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      [1, 'Phòng KH-CN'],
      row('1.1', 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST'),
      row('1.2', 'Tổ chức hội thảo khởi nghiệp', 'Phòng QLKH&ĐMST'),
      [null, 'Văn phòng Sở'],
      row(1, 'Tổng hợp báo cáo tháng 8', 'Văn phòng Sở'),
      [null, 'Công tác thanh tra'],
      row(1, 'Thanh tra hành chính', 'Văn phòng Sở'),
    ]);
    // A current unit's group row, or a group that names no unit, is nothing to report.
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.suggestion, f.fix?.value ?? null])).toEqual([['outdated-unit', 'B3', 'Đổi thành "Phòng QLKH&ĐMST".', 'Phòng QLKH&ĐMST']]);
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2, 'Văn phòng Sở': 2 });
  });

  it('keep a unit over its own quarter rows; a unit inside a quarter ends with it', () => {
    const outer = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, [null, 'VĂN PHÒNG SỞ'], [null, 'Quý I'], row(1, 'Việc một'), [null, 'Quý IV'], row(2, 'Việc bốn')]);
    expect([outer.tasks.map((t) => t.leadUnits), where(outer)]).toEqual([[['Văn phòng Sở'], ['Văn phòng Sở']], []]);
    const inner = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], [null, 'Văn phòng Sở'], row(1, 'Việc ba'), ['II', 'Quý IV'], row(1, 'Việc bốn')]);
    expect([inner.tasks.map((t) => t.leadUnits), where(inner)]).toEqual([[['Văn phòng Sở'], []], ['missing-lead-unit C7']]);
    const overMonths = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], ['a', 'Văn phòng Sở'], [null, 'Tháng 7'], row(1, 'Việc bảy'), [null, 'Tháng 8'], row(2, 'Việc tám'), ['II', 'Quý IV'], row(1, 'Việc mười')]);
    expect(overMonths.tasks.map((t) => t.leadUnits)).toEqual([['Văn phòng Sở'], ['Văn phòng Sở'], []]);
  });

  it('take the unit\'s group row over a title naming no unit ("2 | Tổ chức các hội nghị:" over "2.1", "2.2") and after it', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      ['(1)', 'Phòng HCTH:'],
      row(1, 'Tổng hợp báo cáo'),
      [2, 'Tổ chức các hội nghị:'],
      row('2.1', 'Hội nghị cán bộ'),
      row('2.2', 'Hội nghị tổng kết'),
      row(3, 'Kiểm tra nội bộ'),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.leadUnits])).toEqual([
      ['1', ['Văn phòng Sở']],
      ['2.1', ['Văn phòng Sở']],
      ['2.2', ['Văn phòng Sở']],
      ['3', ['Văn phòng Sở']],
    ]);
    // Its old name reported once, at the unit's group row.
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['outdated-unit B3']);
  });

  it('keep the unit past a task\'s lettered items with no cells ("1 | Tổ chức các hội nghị, gồm:" over "a) Hội nghị sơ kết"): items, not sections', () => {
    const r = read([['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'], HEADER, [1, 'Văn phòng Sở'], row(1, 'Tổ chức các hội nghị, gồm:'), ['a)', 'Hội nghị sơ kết'], ['b)', 'Hội nghị chuyên đề'], row(2, 'Kiểm tra nội bộ')]);
    expect(r.tasks.map((t) => [t.stt, t.endRow, t.task, t.leadUnits])).toEqual([
      ['1', 6, 'Tổ chức các hội nghị, gồm: Hội nghị sơ kết Hội nghị chuyên đề', ['Văn phòng Sở']],
      ['2', 7, 'Kiểm tra nội bộ', ['Văn phòng Sở']],
    ]);
    expect(where(r)).toEqual([]);
  });

  it('keep a unit over its own month rows past a title\'s items ("2.1") that end at a month row', () => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], ['A', 'VĂN PHÒNG SỞ'], [null, 'Tháng 7'], row(1, 'Tổng hợp báo cáo'), [2, 'Tổ chức các hội nghị:'], row('2.1', 'Hội nghị cán bộ'), [null, 'Tháng 8'], row(1, 'Kiểm tra nội bộ'), ['II', 'Quý IV'], row(1, 'Việc mười')]);
    expect(r.tasks.map((t) => [t.stt, t.month, t.leadUnits])).toEqual([
      ['1', 7, ['Văn phòng Sở']],
      ['2.1', 7, ['Văn phòng Sở']],
      ['1', 8, ['Văn phòng Sở']],
      ['1', null, []],
    ]);
  });

  it('take nothing from a group row that names no unit: a blank unit cell is still reported', () => {
    const r = read([
      ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025'],
      HEADER,
      [1, 'Các đơn vị sự nghiệp:'],
      row(1, 'Tổng hợp báo cáo quý'),
      [2, 'Công tác văn phòng:'],
      row(1, 'Tổ chức hội nghị cán bộ'),
      [null, '1. Công tác quản lý khoa học'],
      row(1, 'Xây dựng kế hoạch kiểm tra'),
      [3, 'Phòng chống tham nhũng, tiêu cực:'],
      row(1, 'Kê khai tài sản, thu nhập'),
    ]);
    expect(r.tasks.map((t) => [t.stt, t.leadUnits])).toEqual([
      ['1', []],
      ['1', []],
      ['1', []],
      ['1', []],
    ]);
    expect(where(r)).toEqual(['missing-lead-unit C4', 'missing-lead-unit C6', 'missing-lead-unit C8', 'missing-lead-unit C10']);
  });
});

describe('a page-break remainder that is only a unit\'s name', () => {
  const office = (n: number | string | null, text: string): CellValue[] => [n, text, 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'];
  const cutTask = (n: number | string | null, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Quy chế', 'PGĐ Sở Phan Văn Hiếu'];

  it('is the rest of a task cut mid-phrase right above it, even where the tasks below are that unit\'s', () => {
    for (const cut of ['Xây dựng quy chế phối hợp giữa Phòng QLKH&ĐMST và', 'Kiểm tra hồ sơ lưu trữ của', 'Ký kết quy chế phối hợp với', 'Tổ chức giao ban định kỳ giữa', 'Phối hợp với Phòng QLKH&ĐMST, Trung tâm CĐS&ĐMST,']) {
      const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], cutTask(1, cut), [null, 'Văn phòng Sở'], office(2, 'Tổng hợp báo cáo quý'), office(3, 'Kiểm tra nội bộ')]);
      expect([cut, r.tasks.map((t) => [t.stt, t.task, t.endRow]), where(r)]).toEqual([
        cut,
        [
          ['1', `${cut} Văn phòng Sở`, 4],
          ['2', 'Tổng hợp báo cáo quý', 5],
          ['3', 'Kiểm tra nội bộ', 6],
        ],
        [],
      ]);
    }
    const dashed = read([['KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025'], HEADER, cutTask(null, '- Xây dựng quy chế phối hợp giữa Phòng QLKH&ĐMST và'), [null, 'Văn phòng Sở'], office(null, '- Tổng hợp báo cáo tháng 7')]);
    expect(dashed.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['- Xây dựng quy chế phối hợp giữa Phòng QLKH&ĐMST và Văn phòng Sở', ['Phòng QLKH&ĐMST']],
      ['- Tổng hợp báo cáo tháng 7', ['Văn phòng Sở']],
    ]);
  });

  it('stays a group when merged across, written in capitals, after a blank row, over numbering from 1, or under a whole task', () => {
    const cut = cutTask(1, 'Xây dựng quy chế phối hợp giữa Phòng QLKH&ĐMST và');
    const cases: [string, CellValue[][], string[]][] = [
      ['merged', [cut, [null, 'Văn phòng Sở'], office(2, 'Tổng hợp báo cáo quý')], ['B4:F4']],
      ['capitals', [cut, [null, 'VĂN PHÒNG SỞ'], office(2, 'Tổng hợp báo cáo quý')], []],
      ['blank row', [cut, [], [null, 'Văn phòng Sở'], office(2, 'Tổng hợp báo cáo quý')], []],
      ['from 1', [cut, [null, 'Văn phòng Sở'], office(1, 'Tổng hợp báo cáo quý')], []],
      ['whole', [cutTask(1, 'Xây dựng quy chế phối hợp'), [null, 'Văn phòng Sở'], office(2, 'Tổng hợp báo cáo quý')], []],
    ].map(([label, rows, merges]) => [label as string, rows as CellValue[][], merges as string[]]);
    for (const [label, rows, merges] of cases) {
      const r = read([HEADER, ['I', 'Quý III'], ...rows], merges);
      expect([label, r.tasks.map((t) => t.task)]).toEqual([label, [(rows[0][1] as string), 'Tổng hợp báo cáo quý']]);
    }
  });
});

describe('a section title numbered in its own text over numbering that goes on', () => {
  const lead = (n: number, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];
  const office = (n: number, text: string): CellValue[] => [n, text, 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'];

  it('is a section, not the end of the task above', () => {
    for (const title of ['2. Công tác văn phòng', '3. Công tác hành chính, tổng hợp:']) {
      const r = read([['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], HEADER, [null, '1. Công tác quản lý khoa học'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức hội thảo khởi nghiệp'), [null, title], office(3, 'Tổng hợp báo cáo quý'), office(4, 'Kiểm tra nội bộ')]);
      expect([title, r.tasks.map((t) => [t.stt, t.task, t.endRow, t.quarter]), where(r)]).toEqual([
        title,
        [
          ['1', 'Xây dựng kế hoạch kiểm tra', 4, 3],
          ['2', 'Tổ chức hội thảo khởi nghiệp', 5, 3],
          ['3', 'Tổng hợp báo cáo quý', 7, 3],
          ['4', 'Kiểm tra nội bộ', 8, 3],
        ],
        [],
      ]);
    }
  });

  it('stays the rest of the task above in lower case, after a cut phrase or a list, as a first item, with other cells, or over no next number', () => {
    const cases: [string, CellValue[][], string][] = [
      ['lower case', [lead(1, 'Tổ chức hội nghị'), [null, '2. tổng kết công tác năm'], lead(2, 'Kiểm tra')], 'Tổ chức hội nghị 2. tổng kết công tác năm'],
      ['cut', [lead(1, 'Tổ chức hội nghị của'), [null, '2. Công tác văn phòng'], lead(2, 'Kiểm tra')], 'Tổ chức hội nghị của 2. Công tác văn phòng'],
      ['list', [lead(1, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm:'), [null, '1. Hội thảo khoa học'], [null, '2. Triển lãm sản phẩm'], lead(2, 'Kiểm tra')], 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN, gồm: 1. Hội thảo khoa học 2. Triển lãm sản phẩm'],
      ['first item', [lead(1, 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN'), [null, '1. Hội thảo khoa học'], lead(2, 'Kiểm tra')], 'Tổ chức các hoạt động hưởng ứng Ngày KH&CN 1. Hội thảo khoa học'],
      ['other cells', [lead(1, 'Tổ chức hội nghị'), [null, '2. Hội nghị tổng kết', null, null, 'Báo cáo'], lead(2, 'Kiểm tra')], 'Tổ chức hội nghị 2. Hội nghị tổng kết'],
      ['month below', [lead(1, 'Tổ chức hội nghị'), [null, '2. Hội nghị tổng kết'], [null, 'Tháng 8'], lead(2, 'Kiểm tra')], 'Tổ chức hội nghị 2. Hội nghị tổng kết'],
      ['number jumps', [lead(1, 'Tổ chức hội nghị'), [null, '2. Hội nghị tổng kết'], lead(5, 'Kiểm tra')], 'Tổ chức hội nghị 2. Hội nghị tổng kết'],
    ];
    for (const [label, rows, first] of cases) {
      const r = read([HEADER, ['I', 'Quý III'], [null, 'Tháng 7'], ...rows]);
      expect([label, r.tasks.map((t) => t.task)]).toEqual([label, [first, 'Kiểm tra']]);
    }
  });
});

describe('a group title with no number over a whole task', () => {
  const lead = (n: number, text: string, leader = 'PGĐ Sở Phan Văn Hiếu'): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', leader];
  const tasks = (r: FileReport) => r.tasks.map((t) => [t.stt, t.task, t.endRow]);

  it('is a group row when the numbers start again at 1, or go on under a title ending with ":"', () => {
    for (const title of ['Công tác thanh tra:', 'Công tác thanh tra', 'Lĩnh vực thông tin và truyền thông:']) {
      const r = read([HEADER, ['I', 'Quý III'], [null, 'Công tác văn phòng:'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức hội thảo khởi nghiệp'), [null, title], lead(1, 'Tổng hợp báo cáo quý'), lead(2, 'Kiểm tra nội bộ')]);
      expect([title, tasks(r), where(r)]).toEqual([title, [['1', 'Xây dựng kế hoạch kiểm tra', 4], ['2', 'Tổ chức hội thảo khởi nghiệp', 5], ['1', 'Tổng hợp báo cáo quý', 7], ['2', 'Kiểm tra nội bộ', 8]], []]);
    }
    const on = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức hội thảo khởi nghiệp'), [null, 'Công tác thanh tra:'], lead(3, 'Tổng hợp báo cáo quý')]);
    expect(tasks(on)).toEqual([['1', 'Xây dựng kế hoạch kiểm tra', 3], ['2', 'Tổ chức hội thảo khởi nghiệp', 4], ['3', 'Tổng hợp báo cáo quý', 6]]);
  });

  it('is a group row over numbering that goes on when it opens with a group\'s words and the task above has all its cells', () => {
    for (const title of ['Công tác thanh tra', 'CÔNG TÁC THANH TRA', 'Nhiệm vụ chuyển tiếp từ năm 2024', 'Lĩnh vực thông tin và truyền thông']) {
      const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức hội thảo khởi nghiệp'), [null, title], lead(3, 'Tổng hợp báo cáo quý')]);
      // Task 2 ends on its own row; the title is no text of it, and the quarter still counts three tasks.
      expect([title, tasks(r), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
        title,
        [['1', 'Xây dựng kế hoạch kiểm tra', 3], ['2', 'Tổ chức hội thảo khởi nghiệp', 4], ['3', 'Tổng hợp báo cáo quý', 6]],
        [['Quý III', 3, 3]],
        [],
      ]);
      expect(r.tasks[1].endRow).toBe(4);
    }
    // The task above with no unit of its own on its row: the words may be its rest.
    const blank = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), [2, 'Tổ chức hội thảo khởi nghiệp', null, null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'], [null, 'Công tác thanh tra'], lead(3, 'Tổng hợp báo cáo quý')]);
    expect(blank.tasks[1].task).toBe('Tổ chức hội thảo khởi nghiệp Công tác thanh tra');
  });

  it('is a group row over numbering that goes on, whatever its words, under a whole task whose text ends its sentence', () => {
    for (const title of ['Hoạt động thông tin, tuyên truyền', 'Hợp tác quốc tế']) {
      const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], lead(1, 'Xây dựng kế hoạch kiểm tra.'), lead(2, 'Tổ chức hội thảo khởi nghiệp.'), [null, title], lead(3, 'Tổng hợp báo cáo quý.')]);
      expect([title, tasks(r), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), where(r)]).toEqual([
        title,
        [['1', 'Xây dựng kế hoạch kiểm tra.', 3], ['2', 'Tổ chức hội thảo khởi nghiệp.', 4], ['3', 'Tổng hợp báo cáo quý.', 6]],
        [['Quý III', 3, 3]],
        [],
      ]);
    }
    // Not after an abbreviation a name follows ("… do TS."), "...", nor a task whose text goes on without its end.
    for (const [above, rest] of [['Hội thảo do TS.', 'Nguyễn Văn An chủ trì'], ['Tổ chức hội thảo...', 'Quảng Ngãi'], ['Tổ chức hội thảo khởi nghiệp', 'Hoạt động thông tin, tuyên truyền']]) {
      const r = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra.'), lead(2, above), [null, rest], lead(3, 'Tổng hợp báo cáo quý.')]);
      expect([above, r.tasks.map((t) => [t.task, t.endRow])]).toEqual([above, [['Xây dựng kế hoạch kiểm tra.', 3], [`${above} ${rest}`, 5], ['Tổng hợp báo cáo quý.', 6]]]);
    }
  });

  it('right under a header repeated at a page break, opening with a group\'s words, is the rest of the task the break cut', () => {
    const r = read([HEADER, ['I', 'Quý III (3 nhiệm vụ)'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức xét chọn'), HEADER, [null, 'Nhiệm vụ KH&CN cấp tỉnh năm 2026'], lead(3, 'Tổng hợp báo cáo quý')]);
    expect([tasks(r), where(r)]).toEqual([[['1', 'Xây dựng kế hoạch kiểm tra', 3], ['2', 'Tổ chức xét chọn Nhiệm vụ KH&CN cấp tỉnh năm 2026', 6], ['3', 'Tổng hợp báo cáo quý', 7]], []]);
    // A title ending with ":", or over numbers starting again at 1, stays a title there.
    for (const [title, next] of [['Công tác thanh tra:', 3], ['Công tác thanh tra', 1]] as const) {
      const t = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức xét chọn'), HEADER, [null, title], lead(next, 'Tổng hợp báo cáo quý')]);
      expect([title, t.tasks.map((x) => [x.task, x.endRow])]).toEqual([title, [['Xây dựng kế hoạch kiểm tra', 3], ['Tổ chức xét chọn', 4], ['Tổng hợp báo cáo quý', 7]]]);
    }
  });

  it('stays the rest of the task above when that task is cut or opens a list, or the title has no ":" over numbering that goes on', () => {
    const cases: [string, CellValue[][], string][] = [
      ['cut text', [lead(1, 'Tổ chức hội nghị tại'), [null, 'Quảng Ngãi năm 2025'], lead(1, 'Kiểm tra')], 'Tổ chức hội nghị tại Quảng Ngãi năm 2025'],
      ['cut leader', [lead(1, 'Tổ chức hội nghị', 'PGĐ Sở'), [null, 'Công tác thanh tra:'], lead(1, 'Kiểm tra')], 'Tổ chức hội nghị Công tác thanh tra:'],
      ['list', [lead(1, 'Tổ chức các hoạt động, gồm:'), [null, 'Hội thảo khoa học'], lead(1, 'Kiểm tra')], 'Tổ chức các hoạt động, gồm: Hội thảo khoa học'],
      ['numbers go on', [lead(1, 'Tổ chức hội nghị'), [null, 'Quảng Ngãi năm 2025'], lead(2, 'Kiểm tra')], 'Tổ chức hội nghị Quảng Ngãi năm 2025'],
    ];
    for (const [label, rows, first] of cases) {
      const r = read([HEADER, ['I', 'Quý III'], ...rows]);
      expect([label, r.tasks.map((t) => t.task)[0]]).toEqual([label, first]);
      // The row below is no task (nor a group) of its own: two tasks, the first ending on it.
      expect([label, r.tasks.map((t) => t.endRow - t.row)]).toEqual([label, [1, 0]]);
    }
  });
});

describe('month words in a "Tháng" column', () => {
  it('give the month, and its quarter, as "Tháng 12" does', () => {
    const words: [string, number][] = [
      ['Tháng Giêng', 1],
      ['Tháng Một', 1],
      ['tháng hai', 2],
      ['Tháng Tư', 4],
      ['Tháng Năm', 5],
      ['tháng bảy', 7],
      ['THÁNG TÁM', 8],
      ['Tháng Mười', 10],
      ['Tháng Mười Một', 11],
      ['Tháng Mười Hai', 12],
      ['Tháng Chạp', 12],
    ];
    const r = read([
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Tháng', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      ...words.map(([word], i): CellValue[] => [i + 1, `Nhiệm vụ ${i + 1}`, word, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']),
    ]);
    expect(r.tasks.map((t) => [t.month, t.quarter])).toEqual(words.map(([, m]) => [m, Math.ceil(m / 3)]));
    expect(r.summary.byMonth).toEqual({ '1': 2, '2': 1, '4': 1, '5': 1, '7': 1, '8': 1, '10': 1, '11': 1, '12': 2 });
  });

  it('"Tháng Một" on a month row is January, as "Tháng Giêng" is', () => {
    const r = read([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026'], HEADER, ['I', 'Quý I'], [null, 'Tháng Một'], row(1, 'Xây dựng kế hoạch năm', 'Phòng QLKH&ĐMST'), [null, 'Tháng Hai'], row(2, 'Tổ chức hội nghị triển khai', 'Phòng QLKH&ĐMST')]);
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([
      ['Xây dựng kế hoạch năm', 1],
      ['Tổ chức hội nghị triển khai', 2],
    ]);
  });
});

describe('"Quý I" written in the "Tháng" column of a plan across the year\'s end', () => {
  it('is the next year\'s Quý I, as in a "Quý" column: its deadlines and due dates too', () => {
    const header = ['STT', 'Tháng', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn'];
    const task = (n: number, month: string, deadline: string | null): CellValue[] => [n, month, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', deadline];
    const rows = [['KẾ HOẠCH CÔNG TÁC QUÝ IV/2025 VÀ QUÝ I/2026'], [], header, task(1, 'Quý IV', '20/12'), task(2, 'Quý I', 'Trước 15/3'), task(3, 'Quý I', null)];
    const r = analyseWorkbook({ sheets: [sheet('KH', rows)] }, { fileName: 'x.xlsx', asOf: '2026-02-01' });
    expect(r.period).toBe('2025-09');
    expect(r.tasks.map((t) => [t.quarter, t.month, t.year ?? 2025, t.deadline])).toEqual([
      [4, null, 2025, '2025-12-20'],
      [1, null, 2026, '2026-03-15'],
      [1, null, 2026, null],
    ]);
    // On 1/2/2026 only the task due in December 2025 is overdue.
    expect(r.summary.overdue.map((o) => [o.row, o.due])).toEqual([[4, '2025-12-20']]);
  });
});

describe('the rest of a task cut mid-phrase on a row that repeats its unit', () => {
  const lead = (n: number | null, text: string, unit = 'Phòng QLKH&ĐMST'): CellValue[] => [n, text, unit, null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];

  it('is that task\'s rest, capitalised or not, as a PDF page repeats a unit merged down a run', () => {
    for (const rest of ['Công nghệ cấp tỉnh năm 2026', 'công nghệ cấp tỉnh năm 2026']) {
      const r = read([HEADER, ['I', 'Quý III (2 nhiệm vụ)'], lead(1, 'Xét chọn nhiệm vụ khoa học và'), lead(null, rest), lead(2, 'Tổng hợp báo cáo quý')]);
      expect([rest, r.tasks.map((t) => [t.stt, t.task, t.endRow]), where(r)]).toEqual([rest, [['1', `Xét chọn nhiệm vụ khoa học và ${rest}`, 4], ['2', 'Tổng hợp báo cáo quý', 5]], []]);
    }
  });

  it('is a task of its own, its number forgotten, when it names another unit', () => {
    const r = read([HEADER, ['I', 'Quý III'], lead(1, 'Xét chọn nhiệm vụ khoa học và'), lead(null, 'Công nghệ cấp tỉnh năm 2026', 'Văn phòng Sở'), lead(3, 'Tổng hợp báo cáo quý')]);
    expect(r.tasks.map((t) => [t.stt, t.task])).toEqual([['1', 'Xét chọn nhiệm vụ khoa học và'], ['', 'Công nghệ cấp tỉnh năm 2026'], ['3', 'Tổng hợp báo cáo quý']]);
  });
});

describe('a task with no number and its unit or leader left blank', () => {
  const lead = (n: number, text: string): CellValue[] => [n, text, 'Phòng QLKH&ĐMST', null, 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];
  const bare: CellValue[] = [null, 'Tổ chức hội thảo khoa học', null, null, 'Kỷ yếu', null];

  it('is a task of its own, reported as such, where the number below skips the one it would have (2, _, 4)', () => {
    const r = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức xét chọn'), bare, lead(4, 'Tổng hợp báo cáo quý')]);
    expect([r.tasks.map((t) => [t.stt, t.task, t.product]), where(r)]).toEqual([
      [['1', 'Xây dựng kế hoạch kiểm tra', 'Kế hoạch'], ['2', 'Tổ chức xét chọn', 'Kế hoạch'], ['', 'Tổ chức hội thảo khoa học', 'Kỷ yếu'], ['4', 'Tổng hợp báo cáo quý', 'Kế hoạch']],
      ['missing-number A5', 'missing-lead-unit C5', 'missing-leader F5'],
    ]);
  });

  it('stays the rest of the task above where the numbers go on, or that task was cut mid-phrase', () => {
    const on = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức xét chọn'), bare, lead(3, 'Tổng hợp báo cáo quý')]);
    expect(on.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch kiểm tra', 'Tổ chức xét chọn Tổ chức hội thảo khoa học', 'Tổng hợp báo cáo quý']);
    const cut = read([HEADER, ['I', 'Quý III'], lead(1, 'Xây dựng kế hoạch kiểm tra'), lead(2, 'Tổ chức xét chọn của'), [null, 'Hội đồng khoa học', null, null, 'Kỷ yếu', null], lead(4, 'Tổng hợp báo cáo quý')]);
    expect(cut.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch kiểm tra', 'Tổ chức xét chọn của Hội đồng khoa học', 'Tổng hợp báo cáo quý']);
  });
});

describe('a lead unit a PDF conversion left at the end of the task\'s text', () => {
  it('suggests the unit the text ends with for the empty lead cell, with no fix; a text naming no unit at its end keeps the usual hint', () => {
    const r = analyse([
      sheet('PL', programme2025([
        task(1, 'Xây dựng kế hoạch chuyển đổi số và số hóa Phòng BCVT&CĐS', { lead: '' }),
        task(2, 'Tổ chức hội nghị tổng kết năm', { lead: '' }),
        task(3, 'Rà soát thủ tục hành chính Văn phòng Sở.', { lead: '' }),
        task(4, 'Hỗ trợ doanh nghiệp Phòng XYZ', { lead: '' }),
      ])),
    ]);
    const found = r.findings.filter((f) => f.code === 'missing-lead-unit');
    expect(found.map((f) => [`${f.column}${f.row}`, f.suggestion, f.fix])).toEqual([
      ['C6', 'Cuối nội dung nhiệm vụ có "Phòng BCVT&CĐS" (chép từ PDF, tên đơn vị có thể bị dồn vào nội dung): nếu đó là đơn vị chủ trì, ghi "Phòng BCVT&CĐS" vào ô này.', null],
      ['C7', 'Ghi tên phòng/đơn vị chủ trì theo danh mục.', null],
      ['C8', 'Cuối nội dung nhiệm vụ có "Văn phòng Sở" (chép từ PDF, tên đơn vị có thể bị dồn vào nội dung): nếu đó là đơn vị chủ trì, ghi "Văn phòng Sở" vào ô này.', null],
      ['C9', 'Ghi tên phòng/đơn vị chủ trì theo danh mục.', null],
    ]);
    // The text stays as typed; the task still counts under no unit until the cell is filled.
    expect(r.tasks[0].task).toBe('Xây dựng kế hoạch chuyển đổi số và số hóa Phòng BCVT&CĐS');
  });
});

describe('a unit\'s own sheet with no lead-unit column, its title naming the unit', () => {
  const unitSheet = (title: CellValue[][]) =>
    analyse([
      sheet('VP', [
        ...title,
        ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2025'],
        [],
        ['STT', 'Nội dung', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
        ['I', 'Quý IV'],
        [1, 'Xây dựng kế hoạch A', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '30/11/2025'],
        [2, 'Tổ chức hội nghị B', 'Hội nghị', 'PGĐ Sở Phan Văn Hiếu', '30/12/2025'],
      ]),
    ]);
  const fromTitle = (r: FileReport) => r.findings.filter((f) => f.code === 'lead-unit-from-title').map((f) => [`${f.column}${f.row}`, f.severity, f.message]);

  it.each([
    [['VĂN PHÒNG SỞ'], 'Văn phòng Sở'],
    [['(Đơn vị: Văn phòng Sở)'], 'Văn phòng Sở'],
    [['PHÒNG QLKH&ĐMST'], 'Phòng QLKH&ĐMST'],
  ])('counts the tasks for the unit the title names, %j, and says so once at the header row', (title, unit) => {
    const r = unitSheet([title]);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([[unit], [unit]]);
    expect(r.summary.byLeadUnit).toEqual({ [unit]: 2 });
    expect(fromTitle(r)).toEqual([['B4', 'info', expect.stringContaining(`2 nhiệm vụ được tính cho ${unit}`)]]);
  });

  it('takes no unit from a title naming none (the department) or two', () => {
    for (const title of [[['SỞ KHOA HỌC VÀ CÔNG NGHỆ']], [['VĂN PHÒNG SỞ'], ['PHÒNG QLKH&ĐMST']], [['Kế hoạch công tác của Văn phòng Sở và Phòng QLKH&ĐMST']], [['Kế hoạch công tác của Sở KH&CN năm 2025']]]) {
      const r = unitSheet(title);
      expect([title, r.tasks.map((t) => t.leadUnits), fromTitle(r)]).toEqual([title, [[], []], []]);
    }
  });

  it('reports an old unit name in the title ("PHÒNG HÀNH CHÍNH - TỔNG HỢP") at the title cell, as in a unit cell, its fix in the title\'s capitals', () => {
    const r = unitSheet([['PHÒNG HÀNH CHÍNH - TỔNG HỢP']]);
    expect(r.summary.byLeadUnit).toEqual({ 'Văn phòng Sở': 2 });
    const old = r.findings.filter((f) => f.code === 'outdated-unit');
    expect(old.map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([['A1', 'VĂN PHÒNG SỞ']]);
  });

  it('keeps the unit the title names when a line below cites a document of another unit ("(Theo Thông báo số 45/TB-VP … của Văn phòng Sở)")', () => {
    const r = unitSheet([['PHÒNG QLKH&ĐMST'], ['(Theo Thông báo số 45/TB-VP ngày 10/9/2025 của Văn phòng Sở)']]);
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 2 });
  });

  it('takes no unit from a title that only cites a document of a unit ("(Kèm theo Công văn số 45/VP của Văn phòng Sở)")', () => {
    const r = unitSheet([['KẾ HOẠCH CÔNG TÁC THÁNG 9'], ['(Kèm theo Công văn số 45/VP-SKHCN ngày 10/9/2025 của Văn phòng Sở)']]);
    expect(r.summary.byLeadUnit['Văn phòng Sở']).toBeUndefined();
    expect(r.findings.some((f) => f.code === 'lead-unit-from-title')).toBe(false);
  });

  it('reads the one unit a title\'s sentence names after "của", then a period or nothing ("Kế hoạch công tác của Văn phòng Sở tháng 9")', () => {
    for (const [title, unit] of [
      ['Kế hoạch công tác của Văn phòng Sở tháng 9', 'Văn phòng Sở'],
      ['CHƯƠNG TRÌNH CÔNG TÁC CỦA PHÒNG QLKH&ĐMST', 'Phòng QLKH&ĐMST'],
      // "Theo dõi" is no citation ("Theo Thông báo …"): a tracking sheet's title names its unit.
      ['THEO DÕI THỰC HIỆN NHIỆM VỤ CỦA VĂN PHÒNG SỞ', 'Văn phòng Sở'],
      // Nor is "Thực hiện" opening a title (a citation has its document's number: "Thực hiện Kế hoạch số 12/KH-UBND …").
      ['THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC THÁNG 9 CỦA VĂN PHÒNG SỞ', 'Văn phòng Sở'],
    ]) {
      const r = unitSheet([[title]]);
      expect([title, r.summary.byLeadUnit, fromTitle(r).length]).toEqual([title, { [unit]: 2 }, 1]);
    }
    // An old name there is reported at the title, its fix keeping the sentence.
    const old = unitSheet([['Kế hoạch công tác của Phòng HCTH quý IV']]).findings.filter((f) => f.code === 'outdated-unit');
    expect(old.map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([['A1', 'Kế hoạch công tác của Văn phòng Sở quý IV']]);
  });
});
