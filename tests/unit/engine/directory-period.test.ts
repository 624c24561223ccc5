/**
 * Which period of the directory a sheet is checked against, when the sheet dates itself poorly:
 * no title, only years its tasks name, a month title written the short way ("T7/2025").
 */
import { defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';
import { directoryToValues } from '../../../src/engine/directory/sheet';
import { analyse } from '../../helpers/grid';

const HEADER = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Phòng/Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);

describe('a sheet with no year in its title', () => {
  // A unit's Quý II sheet of the 2025 programme: two tasks report on 2024, as such tasks do.
  const quarterTwo2025: CellValue[][] = [
    [],
    HEADER,
    ['I', 'Quý II (5 nhiệm vụ)'],
    [1, 'Báo cáo kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2024', 'Phòng KH-CN', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
    [2, 'Tổng kết công tác chuyển đổi số năm 2024', 'Phòng BCVTCNTT', null, 'Báo cáo', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
    [3, 'Xây dựng kế hoạch sở hữu trí tuệ', 'Phòng QLCN', null, 'Kế hoạch của Sở', 'PGĐ Sở Trần Công Hòa'],
    [4, 'Báo cáo công tác cải cách hành chính', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'],
    [5, 'Vận hành sàn giao dịch công nghệ', 'Trung tâm CĐS&ĐMST', null, 'Báo cáo', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
  ];

  it('is not dated to the year its tasks report on when its names are of the next year', () => {
    const r = analyse([{ name: 'Sheet1', cells: quarterTwo2025, merges: [] }], { fileName: 'dv-quy-ii.xlsx' });
    expect([r.period, r.year]).toEqual(['2025-03', 2025]);
    expect(codes(r)).toEqual([]);
  });

  it('still belongs to the year its tasks name when its names are of that year', () => {
    const of2024 = quarterTwo2025.map((row) =>
      row.map((c) => ({ 'Phòng KH-CN': 'Phòng QLKH', 'Phòng BCVTCNTT': 'Phòng HCTH', 'Phòng QLCN': 'Phòng TĐC', 'Văn phòng Sở': 'Phòng HCTH', 'Trung tâm CĐS&ĐMST': 'Trung tâm', 'PGĐ Sở Nguyễn Quốc Huy Hoàng': 'PGĐ Trần Công Hòa' })[c as string] ?? c),
    );
    const r = analyse([{ name: 'Sheet1', cells: of2024, merges: [] }], { fileName: 'dv-quy-ii.xlsx' });
    expect([r.period, r.year]).toEqual(['2024', 2024]);
    expect(codes(r)).toEqual([]);
  });
});

describe('a month plan', () => {
  const plan = (title: string): CellValue[][] => [
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
    [title],
    [],
    HEADER,
    [1, 'Xây dựng kế hoạch A', 'Văn phòng Sở', null, 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
    [2, 'Xây dựng kế hoạch B', 'Trung tâm CĐS&ĐMST', null, 'Kế hoạch của Sở', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
    [3, 'Xây dựng kế hoạch C', 'Phòng KH-CN', null, 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
  ];

  it('titled the short way ("T7/2025") is dated to that month: a name outdated since July is flagged', () => {
    for (const title of ['CHƯƠNG TRÌNH CÔNG TÁC T7/2025', 'CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7/2025', 'Kế hoạch công tác T.07-2025']) {
      const r = analyse([{ name: 'KH', cells: plan(title), merges: [] }]);
      expect([title, r.period, r.year, codes(r)]).toEqual([title, '2025-09', 2025, ['outdated-unit C7']]);
    }
    const march = analyse([{ name: 'KH', cells: plan('CHƯƠNG TRÌNH CÔNG TÁC T4/2025'), merges: [] }]);
    expect([march.period, codes(march)]).toEqual(['2025-03', []]);
  });

  it('a unit\'s monthly report titled by its results ("BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 7 NĂM 2025") holds that month\'s tasks, not all-year ones', () => {
    for (const title of ['BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 7 NĂM 2025', 'PHÒNG BCVT&CĐS - KẾT QUẢ THÁNG 7/2025', 'Theo dõi tiến độ tháng 7/2025', 'BÁO CÁO THÁNG 7/2025']) {
      const r = analyse([{ name: 'KH', cells: plan(title), merges: [] }]);
      expect([title, r.tasks.map((t) => [t.quarter, t.month]), r.period, codes(r)]).toEqual([title, [[3, 7], [3, 7], [3, 7]], '2025-09', ['outdated-unit C7']]);
    }
    // A progress report up to a month, or a date, is no month's plan.
    for (const title of ['BÁO CÁO TIẾN ĐỘ THỰC HIỆN ĐẾN THÁNG 7 NĂM 2025', 'BÁO CÁO KẾT QUẢ NGÀY 15 THÁNG 7 NĂM 2025', 'THEO DÕI TIẾN ĐỘ ĐẾN HẾT THÁNG 7 NĂM 2025', 'KẾT QUẢ THỰC HIỆN TÍNH ĐẾN THÁNG 7/2025', 'BÁO CÁO KẾT QUẢ (SỐ LIỆU ĐẾN 15 THÁNG 7 NĂM 2025)']) {
      const r = analyse([{ name: 'KH', cells: plan(title), merges: [] }]);
      expect([title, r.tasks.map((t) => t.month)]).toEqual([title, [null, null, null]]);
    }
  });
});

describe('a sheet titled by a range of months', () => {
  // A Quý I plan of 2025 in the 2024 names (before the March 2025 renames).
  const plan = (title: string): CellValue[][] => [
    [title],
    [],
    HEADER,
    [1, 'Xây dựng kế hoạch A', 'Phòng HCTH', null, 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu'],
    [2, 'Xây dựng kế hoạch B', 'Phòng QLKH', null, 'Kế hoạch của Sở', 'PGĐ Sở Trần Công Hòa'],
  ];

  it('is dated to its first month ("TỪ THÁNG 1 ĐẾN THÁNG 3 NĂM 2025" from January), as "QUÝ I NĂM 2025" is: its names of then are not outdated', () => {
    for (const title of ['KẾ HOẠCH CÔNG TÁC TỪ THÁNG 1 ĐẾN THÁNG 3 NĂM 2025', 'Kế hoạch công tác từ tháng 1 đến tháng 6 năm 2025', 'KẾ HOẠCH CÔNG TÁC QUÝ I NĂM 2025']) {
      const r = analyse([{ name: 'KH', cells: plan(title), merges: [] }]);
      expect([title, r.period, r.year, codes(r)]).toEqual([title, '2024', 2025, []]);
    }
  });
});

describe("a workbook's own directory sheet", () => {
  it('with a period typed as a date ("2025-03" made 01/03/2025 by Excel) adds to that period, not a new one', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    values.push([{ kind: 'date', iso: '2025-03-01' }, { kind: 'date', iso: '2025-03-01' }, 'Đơn vị', 'Tổ Kiểm tra nội bộ', 'Tổ Kiểm tra nội bộ', null, null, null, null, null]);
    const programme: CellValue[][] = [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
      HEADER,
      ['I', 'Quý II (2 nhiệm vụ)'],
      [1, 'Xây dựng kế hoạch kiểm tra nội bộ', 'Tổ Kiểm tra nội bộ', null, 'Kế hoạch', 'Giám đốc Sở'],
      [2, 'Báo cáo kết quả thực hiện nhiệm vụ khoa học', 'Phòng KH-CN', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
    ];
    const r = analyse([{ name: 'KH', cells: programme, merges: [] }, { name: 'Danh mục', cells: values, merges: [] }]);
    expect([r.directorySource, r.period]).toEqual(['workbook', '2025-03']);
    expect(codes(r)).toEqual([]);
  });

  it('with a rename written as the next unit\'s full name suggests that unit for the outdated name', () => {
    const values = (directoryToValues(defaultDirectory) as CellValue[][]).map((r) =>
      r[0] === '2025-03' && r[3] === 'Phòng KH-CN' ? r.map((c, i) => (i === 6 ? 'Phòng Quản lý Khoa học và Đổi mới sáng tạo' : c)) : r,
    );
    const programme: CellValue[][] = [['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], [1, 'Việc A', 'Phòng KH-CN', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']];
    const r = analyse([{ name: 'PL II', cells: programme, merges: [] }, { name: 'Danh mục', cells: values, merges: [] }]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.fix?.value])).toEqual([['outdated-unit', 'C4', 'Phòng QLKH&ĐMST']]);
  });

  it('is used whatever the sheet is called ("Danh mục đơn vị", "Danh mục (2)"), and its problems name that sheet', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    values.push(['2025-09', '01/07/2025', 'Đơn vị', 'Tổ Kiểm tra nội bộ', 'Tổ Kiểm tra nội bộ', null, null, null, null, null]);
    const programme: CellValue[][] = [['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], [1, 'Việc A', 'Tổ Kiểm tra nội bộ', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']];
    const tasks = { name: 'PL II', cells: programme, merges: [] };
    expect(codes(analyse([tasks]))).toEqual(['unknown-unit C4']);
    for (const name of ['Danh mục đơn vị', 'Danh mục (2)']) {
      const r = analyse([tasks, { name, cells: values, merges: [] }]);
      expect([r.directorySource, codes(r)]).toEqual(['workbook', []]);
    }
    const broken = values.map((row, i) => (i === 3 ? row.map((c, j) => (j === 2 ? 'Phòng ban' : c)) : row));
    expect(() => analyse([tasks, { name: 'Danh mục đơn vị', cells: broken, merges: [] }])).toThrow('Sheet «Danh mục đơn vị», dòng 4: «Loại» phải là');
  });

  it('names the row of a name given to two units of a period, not a JSON path ("periods[3].units[10]")', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    values.push(['2025-09', '01/07/2025', 'Đơn vị', 'Phòng KHTC', 'Phòng Kế hoạch - Tài chính', 'Văn phòng Sở', null, null, null, null]);
    const programme: CellValue[][] = [['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], HEADER, [1, 'Việc A', 'Phòng KHTC', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']];
    const run = () => analyse([{ name: 'PL II', cells: programme, merges: [] }, { name: 'Danh mục', cells: values, merges: [] }]);
    expect(run).toThrow(`Sheet «Danh mục», dòng ${values.length}: tên "Văn phòng Sở" đã dùng cho "Văn phòng Sở" trong cùng kỳ.`);
  });
});

describe('a sheet dated by its year only, beside sheets of that year dated by quarter', () => {
  const H = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
  const quarters = [
    { name: 'Quý III', cells: [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [1, 'Báo cáo quý III', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'], [2, 'Kiểm tra an toàn thông tin', 'Phòng BCVT&CĐS', 'Báo cáo', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']], merges: [] },
    { name: 'Quý IV', cells: [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [1, 'Báo cáo năm', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở']], merges: [] },
  ];
  // The all-year sheet still writes the names of early 2025.
  const focus = {
    name: 'Trọng tâm',
    cells: [
      ['NHIỆM VỤ TRỌNG TÂM NĂM 2025'],
      H,
      [1, 'Triển khai Nghị quyết 57 về chuyển đổi số', 'Phòng BCVTCNTT', 'Kế hoạch', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
      [2, 'Phát triển thị trường khoa học công nghệ', 'Phòng KH-CN', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu'],
      [3, 'Quản lý tiêu chuẩn đo lường', 'Phòng QLCN', 'Báo cáo', 'PGĐ Sở Trần Công Hòa'],
    ] as CellValue[][],
    merges: [],
  };
  const outdated = (r: FileReport) => r.findings.filter((f) => f.sheet === 'Trọng tâm').map((f) => [f.code, `${f.column}${f.row}`, f.fix?.value ?? null]);

  it('is checked against the names of the newest of them: its old names are outdated, the current one suggested', () => {
    const r = analyse([...quarters, focus], { fileName: 'ctct-cuoi-2025.xlsx' });
    expect(r.sheetPeriods).toEqual({ 'Quý III': '2025-09', 'Quý IV': '2025-09', 'Trọng tâm': '2025-09' });
    expect(outdated(r)).toEqual([
      ['outdated-unit', 'C3', 'Phòng BCVT&CĐS'],
      ['outdated-unit', 'C4', 'Phòng QLKH&ĐMST'],
      // Split in two since July: no one name to suggest; a deputy director no longer in office.
      ['outdated-unit', 'C5', null],
      ['unknown-leader', 'E5', null],
    ]);
    // The summary counts the renamed units under today's names.
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng BCVT&CĐS': 2, 'Văn phòng Sở': 2, 'Phòng QLKH&ĐMST': 1, 'Phòng QLCN': 1 });
  });

  it('keeps the best-fitting period of its year when no sheet dates itself more closely', () => {
    const r = analyse([focus], { fileName: 'trong-tam.xlsx' });
    expect([r.sheetPeriods, outdated(r)]).toEqual([{ 'Trọng tâm': '2025-03' }, []]);
  });

  it('is never held to names older than its own: beside an early Quý I sheet, a sheet in today\'s names keeps them', () => {
    const early = { name: 'Quý I', cells: [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], H, [1, 'Báo cáo quý I', 'Phòng KH-CN', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu']], merges: [] };
    const current = { ...focus, cells: [focus.cells[0], H, [1, 'Triển khai Nghị quyết 57 về chuyển đổi số', 'Phòng BCVT&CĐS', 'Kế hoạch', 'PGĐ Sở Nguyễn Quốc Huy Hoàng'], [2, 'Kiểm định phương tiện đo', 'Phòng QLTCĐLCL', 'Báo cáo', 'PGĐ Sở Mai Thoan']] };
    const r = analyse([early, current], { fileName: 'ctct-2025.xlsx' });
    expect([r.sheetPeriods, outdated(r)]).toEqual([{ 'Quý I': '2025-03', 'Trọng tâm': '2025-09' }, []]);
  });
});
