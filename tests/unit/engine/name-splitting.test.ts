/**
 * Splitting a cell into the units or leaders it names: line breaks (Alt+Enter) between units, two
 * names joined by a space (a task's two rows), "&" inside acronyms, and collective leaders
 * ("Giám đốc và các PGĐ Sở").
 */
import { CellValue, FileReport } from '../../../src/engine';
import { DirectoryMatcher } from '../../../src/engine/directory/matcher';
import { defaultDirectory } from '../../../src/engine/directory/load';
import { analyse, sheet } from '../../helpers/grid';
import { encodeTcvn3 } from '../text/encoders';

const TITLE = 'PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025';
const HEADER = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'];
/** The header with a coordinating units' column, as sheets that name partners have it. */
const HEADER_COORDINATING = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'];

/** One late-2025 task with the given lead unit and leader cells. */
function oneTask(lead: CellValue, leader: CellValue, title = TITLE): FileReport {
  return analyse([sheet('PL', [[title], HEADER, [1, 'Xây dựng kế hoạch chuyển đổi số', lead, leader, 'Kế hoạch của Sở']])]);
}

/** Findings about the lead-unit (C) or leader (D) cells. */
const nameFindings = (r: FileReport) => r.findings.filter((f) => f.column === 'C' || f.column === 'D').map((f) => `${f.code}: ${f.message}`);
/** The fixes offered for a lead cell (column C) under a known leader, each once; null where a finding offers none. */
const leadFixes = (cell: string) => [...new Set(oneTask(cell, 'Giám đốc Sở').findings.filter((f) => f.column === 'C').map((f) => f.fix?.value ?? null))];

const late2025 = new DirectoryMatcher(defaultDirectory, '2025-09');
const units = (cell: string, m = late2025) => m.matchUnits(cell).map((x) => [x.written, x.status, x.canonical]);
const leaders = (cell: string, m = late2025) => m.matchLeaders(cell).map((x) => [x.status, x.canonical]);

/** A lead-unit cell read as these known units, with nothing to report. */
function readsAsUnits(lead: string, expected: string[]): void {
  const r = oneTask(lead, 'Giám đốc Sở');
  expect(r.tasks[0].leadUnits).toEqual(expected);
  expect(nameFindings(r)).toEqual([]);
}

describe('a line break between units in one cell', () => {
  it.each([
    ['Phòng QLKH&ĐMST\nPhòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
    ['Trung tâm CĐS&ĐMST\nVăn phòng Sở', ['Trung tâm CĐS&ĐMST', 'Văn phòng Sở']],
    ['Phòng QLKH&ĐMST (chủ trì)\r\nPhòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
  ])('reads %j as two known units, without findings', readsAsUnits);

  it('never splits inside "QLKH&ĐMST" or "CĐS&ĐMST"', () => {
    expect(units('Phòng QLKH&ĐMST\nPhòng BCVT&CĐS')).toEqual([
      ['Phòng QLKH&ĐMST', 'current', 'Phòng QLKH&ĐMST'],
      ['Phòng BCVT&CĐS', 'current', 'Phòng BCVT&CĐS'],
    ]);
    expect(units('Trung tâm CĐS&ĐMST\nVăn phòng Sở')).toEqual([
      ['Trung tâm CĐS&ĐMST', 'current', 'Trung tâm CĐS&ĐMST'],
      ['Văn phòng Sở', 'current', 'Văn phòng Sở'],
    ]);
  });

  it('splits a group from a unit named after it with a comma ("Các phòng, Phòng KH-CN"), keeps "Các phòng, đơn vị thuộc Sở" whole', () => {
    expect(units('Các phòng, Phòng KH-CN')).toEqual([
      ['Các phòng', 'collective', null],
      ['Phòng KH-CN', 'outdated', 'Phòng QLKH&ĐMST'],
    ]);
    expect(units('Các phòng chuyên môn, Trung tâm UDDVKHCN').map((m) => m[1])).toEqual(['collective', 'outdated']);
    expect(units('Các phòng, đơn vị thuộc Sở').map((m) => m[1])).toEqual(['collective']);
  });

  it('cuts at each line break, but keeps a full name broken over two lines whole', () => {
    // A group on one line is not the whole cell.
    expect(units('Các phòng thuộc Sở\nVăn phòng Sở').map((m) => m[1])).toEqual(['collective', 'current']);
    expect(units('Phòng Quản lý Khoa học và\nĐổi mới sáng tạo; Văn phòng Sở')).toEqual([
      ['Phòng Quản lý Khoa học và Đổi mới sáng tạo', 'current', 'Phòng QLKH&ĐMST'],
      ['Văn phòng Sở', 'current', 'Văn phòng Sở'],
    ]);
  });

  it('reads every unit of a cell written one per line, as it reads a sheet (not only those starting with "Phòng")', () => {
    readsAsUnits('Phòng QLCN&CN\nQLTCĐLCL\nQLKH&ĐMST', ['Phòng QLCN&CN', 'Phòng QLTCĐLCL', 'Phòng QLKH&ĐMST']);
    // The group on its own line is read (no finding), but the task counts for the unit beside it.
    expect(units('Văn phòng Sở\nCác phòng, đơn vị thuộc Sở').map((m) => m[1])).toEqual(['current', 'collective']);
    readsAsUnits('Văn phòng Sở\nCác phòng, đơn vị thuộc Sở', ['Văn phòng Sở']);
    const r = oneTask('Phòng QLKH&ĐMST', 'Giám đốc Sở\nLãnh đạo Sở theo lĩnh vực được giao');
    expect(r.tasks[0].leaders).toEqual(['Giám đốc Sở', 'Lãnh đạo Sở']);
    expect(nameFindings(r)).toEqual([]);
  });

  it('reads the lines of a cell typed in TCVN3 as the lines of a Unicode one', () => {
    const lead = encodeTcvn3('Phòng QLCN&CN\nQLTCĐLCL\nQLKH&ĐMST');
    const r = analyse([sheet('PL', [[TITLE], HEADER, [1, 'Xây dựng kế hoạch chuyển đổi số', lead, 'Giám đốc Sở', 'Kế hoạch của Sở']], { fonts: { C3: '.VnTime' } })]);
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLCN&CN', 'Phòng QLTCĐLCL', 'Phòng QLKH&ĐMST']);
    expect(r.findings.map((f) => [f.code, f.fix?.value])).toEqual([['legacy-encoding', 'Phòng QLCN&CN\nQLTCĐLCL\nQLKH&ĐMST']]);
  });

  it('joins a name wrapped over two lines of a cell, keeps two names of two lines apart', () => {
    const r = analyse([
      sheet('PL', [
        [TITLE],
        HEADER_COORDINATING,
        [1, 'Hội thi sáng tạo kỹ thuật', 'Phòng QLKH&ĐMST', 'Sở Tài chính\nSở Nội vụ', 'PGĐ Sở Phan Văn Hiếu\n(phụ trách)', 'Kế hoạch của Sở'],
        [2, 'Hội thảo chuyển đổi số', 'Phòng BCVT&CĐS', 'Sở Giáo dục\nvà Đào tạo; UBND các xã,\nphường', 'PGĐ Sở Nguyễn Quốc Huy\nHoàng', 'Kế hoạch của Sở'],
      ]),
    ]);
    expect(r.tasks.map((t) => [t.coordinatingUnits, t.leaders])).toEqual([
      [['Sở Tài chính', 'Sở Nội vụ'], ['PGĐ Sở Phan Văn Hiếu']],
      [['Sở Giáo dục và Đào tạo', 'UBND các xã, phường'], ['PGĐ Sở Nguyễn Quốc Huy Hoàng']],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('keeps an outside body apart from a group on the line above ("Các doanh nghiệp⏎Ban QL KKT DQ")', () => {
    expect(units('Các doanh nghiệp\nBan QL KKT DQ').map((m) => m[0])).toEqual(['Các doanh nghiệp', 'Ban QL KKT DQ']);
    expect(units('Các DN\nSở TC').map((m) => m[0])).toEqual(['Các DN', 'Sở TC']);
    expect(units('Các sở, ban ngành liên quan\nUBND cấp xã').map((m) => m[0])).toEqual(['Các sở, ban ngành liên quan', 'UBND cấp xã']);
  });

  it('a fix renames the unit in the cell as typed: its line break stays', () => {
    const r = oneTask('Phòng KH-CN (chủ trì);\nPhòng BCVT&CĐS', 'PGĐ Sở Phan Văn Hiếu');
    expect(r.findings.map((f) => [f.code, f.fix?.value])).toEqual([['outdated-unit', 'Phòng QLKH&ĐMST (chủ trì);\nPhòng BCVT&CĐS']]);
  });
});

it('an en dash separates names as a hyphen does ("Phòng QLKH&ĐMST – Sở Tài chính")', () => {
  expect(units('Phòng QLKH&ĐMST – Sở Tài chính').map((m) => m[0])).toEqual(['Phòng QLKH&ĐMST', 'Sở Tài chính']);
});

describe('two known names one after the other (a task\'s two rows joined with a space)', () => {
  it.each([
    ['Phòng BCVT&CĐS Văn phòng Sở', ['Phòng BCVT&CĐS', 'Văn phòng Sở']],
    ['Phòng QLKH&ĐMST Phòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
    ['Trung tâm CĐS&ĐMST Văn phòng Sở', ['Trung tâm CĐS&ĐMST', 'Văn phòng Sở']],
  ])('reads %j as both units', readsAsUnits);

  it('reads the two rows of a task split at a page break as both units', () => {
    const r = analyse([
      sheet('PL', [
        [TITLE],
        HEADER,
        [1, 'Xây dựng kế hoạch chuyển đổi số', 'Phòng BCVT&CĐS', 'Giám đốc Sở', 'Kế hoạch của Sở'],
        [null, 'của Sở năm 2026', 'Văn phòng Sở', null, null],
      ]),
    ]);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].leadUnits).toEqual(['Phòng BCVT&CĐS', 'Văn phòng Sở']);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('a quantity typed after a unit\'s name ("Phòng QLKH&ĐMST 01 Lốp", a product\'s words in the wrong column)', () => {
  it('counts the unit and reports the rest once, at the cell, as it does after ";"', () => {
    const r = oneTask('Phòng QLKH&ĐMST 01 Lốp', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST', '01 Lốp']);
    expect(r.findings.filter((f) => f.column === 'C').map((f) => [`${f.column}${f.row}`, f.code, f.message])).toEqual([
      ['C3', 'unknown-unit', 'Đơn vị "01 Lốp" không có trong danh mục kỳ 2025-09.'],
    ]);
    // A head count is no quantity of a product: the unit alone (the count is no unit).
    expect(units('Văn phòng Sở 02 người').map(([written, status]) => [written, status === 'current'])).toEqual([['Văn phòng Sở', true]]);
    // Words after a name that are no quantity stay a remark on it.
    expect(units('Văn phòng Sở tham mưu chung')).toEqual([['Văn phòng Sở', 'current', 'Văn phòng Sở']]);
  });
});

describe('"&" between units and inside acronyms', () => {
  const y2024 = new DirectoryMatcher(defaultDirectory, '2024');

  it('keeps acronyms with "&" whole, and still splits "Phòng QLKH & HCTH" (2024) into two units', () => {
    expect(units('Trung tâm CĐS&ĐMST Phòng QLCN&CN').map((m) => m[2])).toEqual(['Trung tâm CĐS&ĐMST', 'Phòng QLCN&CN']);
    expect(units('Phòng QLCN&CN', y2024).map((m) => m[2])).toEqual(['Phòng QLCN&CN']);
    expect(units('Phòng QLKH & HCTH', y2024).map((m) => m[2])).toEqual(['Phòng QLKH', 'Phòng HCTH']);
    // A bare "&" between two acronyms that are not one name still separates.
    expect(units('Phòng QLKH&HCTH', y2024).map((m) => m[2])).toEqual(['Phòng QLKH', 'Phòng HCTH']);
  });
});

describe('"và" between names and inside one', () => {
  const y2024 = new DirectoryMatcher(defaultDirectory, '2024');

  it('keeps a full name with "và" whole, alone or beside another unit, and reports nothing in it', () => {
    readsAsUnits('Phòng Quản lý khoa học và Đổi mới sáng tạo và Văn phòng Sở', ['Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    readsAsUnits('Trung tâm Chuyển đổi số và Đổi mới sáng tạo và Phòng QLKH&ĐMST', ['Trung tâm CĐS&ĐMST', 'Phòng QLKH&ĐMST']);
    readsAsUnits('Văn phòng Sở Khoa học và Công nghệ', ['Văn phòng Sở']);
    // The department's own inspectorate by its full name (2024, when it had one).
    const r = oneTask('Thanh tra Sở Khoa học và Công nghệ', 'Giám đốc Sở', 'Chương trình công tác năm 2024');
    expect(r.tasks[0].leadUnits).toEqual(['Thanh tra Sở']);
    expect(nameFindings(r)).toEqual([]);
    expect(units('Thanh tra Sở Khoa học và Công nghệ; Phòng QLKH', y2024)).toEqual([
      ['Thanh tra Sở', 'current', 'Thanh tra Sở'],
      ['Phòng QLKH', 'current', 'Phòng QLKH'],
    ]);
  });

  it('keeps the full names of outside bodies whole in a coordinating cell', () => {
    const r = analyse([
      sheet('PL', [
        [TITLE],
        HEADER_COORDINATING,
        [1, 'Hội thi sáng tạo kỹ thuật', 'Phòng QLKH&ĐMST', 'Sở Khoa học và Công nghệ tỉnh Kon Tum; Sở Giáo dục và Đào tạo, Sở Tài nguyên và Môi trường', 'Giám đốc Sở', 'Kế hoạch của Sở'],
      ]),
    ]);
    expect(r.tasks[0].coordinatingUnits).toEqual(['Sở Khoa học và Công nghệ tỉnh Kon Tum', 'Sở Giáo dục và Đào tạo', 'Sở Tài nguyên và Môi trường']);
    expect(r.findings).toEqual([]);
  });

  it('still separates two units joined by "và"', () => {
    expect(units('Phòng QLKH và Văn phòng Sở').map((m) => [m[0], m[1]])).toEqual([
      ['Phòng QLKH', 'outdated'],
      ['Văn phòng Sở', 'current'],
    ]);
    expect(units('Phòng QLCN&CN và TĐC', y2024).map((m) => m[2])).toEqual(['Phòng QLCN&CN', 'Phòng TĐC']);
    readsAsUnits('Phòng QLKH&ĐMST và Phòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']);
    readsAsUnits('Văn phòng Sở và các đơn vị sự nghiệp', ['Văn phòng Sở', 'Các đơn vị sự nghiệp']);
    // An unknown unit after "và" is still a name of its own, and reported.
    expect(units('Phòng QLKH&ĐMST và Phòng XYZ').map((m) => [m[0], m[1]])).toEqual([
      ['Phòng QLKH&ĐMST', 'current'],
      ['Phòng XYZ', 'unknown'],
    ]);
  });

  it('reads the unit before "và các đơn vị liên quan" / "thuộc Sở", not only a group', () => {
    const r = oneTask('Phòng QLKH&ĐMST và các đơn vị liên quan', 'Giám đốc Sở');
    // The group beside the unit is no lead unit: the task counts for the unit only.
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(nameFindings(r)).toEqual([]);
    // An old name there is reported, and its fix keeps the group.
    const old = oneTask('Phòng KH-CN và các đơn vị có liên quan', 'Giám đốc Sở');
    expect(old.tasks[0].leadUnits[0]).toBe('Phòng QLKH&ĐMST');
    const f = old.findings.filter((x) => x.code === 'outdated-unit');
    expect(f.map((x) => [x.column, x.row, x.fix?.value])).toEqual([['C', 3, 'Phòng QLKH&ĐMST và các đơn vị có liên quan']]);
    expect(units('Phòng QLKH và các đơn vị thuộc Sở').map((m) => [m[1], m[2]])).toEqual([
      ['outdated', 'Phòng QLKH&ĐMST'],
      ['collective', null],
    ]);
  });
});

describe('a comma inside the full name of an outside body ("Sở Văn hóa, Thể thao và Du lịch")', () => {
  /** The coordinating units read from a late-2025 task whose coordinating cell is `coord`. */
  const coordinating = (coord: string) =>
    analyse([
      sheet('PL', [
        [TITLE],
        HEADER_COORDINATING,
        [1, 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo', 'Phòng QLKH&ĐMST', coord, 'Giám đốc Sở', 'Kế hoạch của Sở'],
      ]),
    ]);

  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch; Văn phòng Sở', ['Sở Văn hóa, Thể thao và Du lịch', 'Văn phòng Sở']],
    ['Văn phòng Sở, Sở Văn hóa, Thể thao và Du lịch', ['Văn phòng Sở', 'Sở Văn hóa, Thể thao và Du lịch']],
    ['Phòng BCVT&CĐS, Sở Lao động, Thương binh và Xã hội, Sở Tài chính', ['Phòng BCVT&CĐS', 'Sở Lao động, Thương binh và Xã hội', 'Sở Tài chính']],
    ['Bộ Văn hóa, Thể thao và Du lịch, Sở Tài chính', ['Bộ Văn hóa, Thể thao và Du lịch', 'Sở Tài chính']],
    ['Sở Văn hóa, Thể thao và Du lịch và Văn phòng Sở', ['Sở Văn hóa, Thể thao và Du lịch', 'Văn phòng Sở']],
  ])('keeps the body named in %j whole, beside the other names', (coord, expected) => {
    const r = coordinating(coord);
    expect(r.tasks[0].coordinatingUnits).toEqual(expected);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['Hội đồng Khoa học, Công nghệ tỉnh', ['Hội đồng Khoa học, Công nghệ tỉnh']],
    ['Phòng QLKH&ĐMST, Hội đồng Khoa học, Công nghệ tỉnh', ['Phòng QLKH&ĐMST', 'Hội đồng Khoa học, Công nghệ tỉnh']],
    ['Ban Chỉ đạo Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số; Văn phòng Sở', ['Ban Chỉ đạo Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số', 'Văn phòng Sở']],
    ['Văn phòng Sở, Hội đồng Thi đua, Khen thưởng tỉnh', ['Văn phòng Sở', 'Hội đồng Thi đua, Khen thưởng tỉnh']],
    ['Ban Thi đua, Khen thưởng, Phòng QLKH&ĐMST', ['Ban Thi đua, Khen thưởng', 'Phòng QLKH&ĐMST']],
    ['Văn phòng Sở, Đài Phát thanh, Truyền hình tỉnh', ['Văn phòng Sở', 'Đài Phát thanh, Truyền hình tỉnh']],
  ])('keeps a body whose name lists its fields with a comma whole, also in the lead cell: %j', (lead, expected) => {
    const r = oneTask(lead, 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(expected);
    const outside = expected.filter((u) => !/^(?:Phòng|Văn phòng)/u.test(u));
    expect(r.findings.filter((f) => f.column === 'C').map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual(
      outside.map((u) => ['unknown-unit', 'C3', `Đơn vị "${u}" không có trong danh mục kỳ 2025-09.`]),
    );
    // In the coordinating column too.
    expect(coordinating(lead).tasks[0].coordinatingUnits).toEqual(expected);
  });

  it.each([
    ['Văn phòng Sở, Phòng QLKH&ĐMST', ['Văn phòng Sở', 'Phòng QLKH&ĐMST']],
    ['Sở Tài chính, Sở Nội vụ', ['Sở Tài chính', 'Sở Nội vụ']],
    ['Sở Tài chính, Sở Nội vụ; Văn phòng Sở', ['Sở Tài chính', 'Sở Nội vụ', 'Văn phòng Sở']],
    // After a comma, a body's own first word starts another name, even before a "và".
    ['Sở Tài chính, Kho bạc Nhà nước và Cục Thuế tỉnh', ['Sở Tài chính', 'Kho bạc Nhà nước', 'Cục Thuế tỉnh']],
    // A field after a department's name is another department's: it takes the "Sở".
    ['Sở Y tế, Giáo dục; Văn phòng Sở', ['Sở Y tế', 'Sở Giáo dục', 'Văn phòng Sở']],
  ])('still separates the names listed in %j', (coord, expected) => {
    expect(coordinating(coord).tasks[0].coordinatingUnits).toEqual(expected);
  });

  it.each([
    ['Sở Y tế, Giáo dục và Đào tạo', ['Sở Y tế', 'Sở Giáo dục và Đào tạo']],
    ['Sở Tài chính, Kế hoạch và Đầu tư; Văn phòng Sở', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Văn phòng Sở']],
    ['Sở Tài chính, Nội vụ, Tư pháp', ['Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp']],
    ['Sở Y tế, Văn hóa, Thể thao và Du lịch', ['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Văn hoá, thể thao và du lịch tỉnh, Sở Y tế', ['Sở Văn hoá, thể thao và du lịch tỉnh', 'Sở Y tế']],
    ['Sở Y tế, Giáo dục và Đào tạo, UBND các huyện', ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'UBND các huyện']],
  ])('reads a comma outside the official names that hold one as two bodies: %j', (coord, expected) => {
    const r = coordinating(coord);
    expect([r.tasks[0].coordinatingUnits, r.findings]).toEqual([expected, []]);
  });

  it.each([
    ['Phòng QLKH&ĐMST, UBND các xã, phường, đặc khu', ['Phòng QLKH&ĐMST', 'UBND các xã, phường, đặc khu']],
    ['Văn phòng Sở, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh', ['Văn phòng Sở', 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh']],
    ['Phòng QLKH&ĐMST, các sở, ban, ngành', ['Phòng QLKH&ĐMST', 'các sở, ban, ngành']],
    ['Phòng QLKH&ĐMST, các tổ chức, cá nhân', ['Phòng QLKH&ĐMST', 'các tổ chức, cá nhân']],
    // A name of its own in lower case still stands apart.
    ['Phòng QLKH&ĐMST, văn phòng sở, các đơn vị liên quan', ['Phòng QLKH&ĐMST', 'Văn phòng Sở', 'các đơn vị liên quan']],
  ])('keeps words in lower case after a comma with the name they go on: %j', (coord, expected) => {
    expect(coordinating(coord).tasks[0].coordinatingUnits).toEqual(expected);
  });

  it('as lead units, the part of a name after its comma is no unknown unit of its own', () => {
    const r = oneTask('Phòng QLKH&ĐMST, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'Giám đốc Sở');
    expect(nameFindings(r)).toEqual(['unknown-unit: Đơn vị "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" không có trong danh mục kỳ 2025-09.']);
  });

  it.each([
    ['Sở Tài chính, Bảo hiểm xã hội tỉnh', ['Sở Tài chính', 'Bảo hiểm xã hội tỉnh']],
    ['Sở Nội vụ, Viettel Quảng Ngãi, Liên minh Hợp tác xã tỉnh', ['Sở Nội vụ', 'Viettel Quảng Ngãi', 'Liên minh Hợp tác xã tỉnh']],
  ])('puts no "Sở" before a body that names no department\'s field (%j: each body as written)', (coord, expected) => {
    expect(coordinating(coord).tasks[0].coordinatingUnits).toEqual(expected);
  });

  it('reports each department of a lead-unit cell "Sở Y tế, Giáo dục và Đào tạo" by its own name', () => {
    const r = oneTask('Sở Y tế, Giáo dục và Đào tạo', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(nameFindings(r)).toEqual([
      'unknown-unit: Đơn vị "Sở Y tế" không có trong danh mục kỳ 2025-09.',
      'unknown-unit: Đơn vị "Sở Giáo dục và Đào tạo" không có trong danh mục kỳ 2025-09.',
    ]);
  });

  it('reports such a body written as the lead unit once, by its whole name', () => {
    const r = oneTask('Sở Văn hóa, Thể thao và Du lịch; Phòng QLKH&ĐMST', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Phòng QLKH&ĐMST']);
    expect(nameFindings(r)).toEqual(['unknown-unit: Đơn vị "Sở Văn hóa, Thể thao và Du lịch" không có trong danh mục kỳ 2025-09.']);
  });
});

describe('"Môi trường" is no group, though it folds as "mọi …"', () => {
  it('reports a lead unit "Môi trường" as unknown, as any outside name', () => {
    const r = oneTask('Môi trường', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Môi trường']);
    expect(nameFindings(r)).toEqual(['unknown-unit: Đơn vị "Môi trường" không có trong danh mục kỳ 2025-09.']);
  });

  it('reads "Môi trường" beside a unit, or in a body\'s name, as an outside name', () => {
    expect(units('Văn phòng Sở, Môi trường')).toEqual([
      ['Văn phòng Sở', 'current', 'Văn phòng Sở'],
      ['Môi trường', 'external', null],
    ]);
    expect(units('Phòng QLKH&ĐMST và Môi trường').map((m) => m[1])).toEqual(['current', 'external']);
    expect(units('Sở Nông nghiệp và Môi trường')).toEqual([['Sở Nông nghiệp và Môi trường', 'external', null]]);
    const r = oneTask('Sở Nông nghiệp và Môi trường; Phòng QLKH&ĐMST', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Sở Nông nghiệp và Môi trường', 'Phòng QLKH&ĐMST']);
    expect(nameFindings(r)).toEqual(['unknown-unit: Đơn vị "Sở Nông nghiệp và Môi trường" không có trong danh mục kỳ 2025-09.']);
  });

  it.each(['Mọi đơn vị', 'mọi phòng chuyên môn', 'MỌI ĐƠN VỊ', 'Mỗi đơn vị', 'Các phòng, đơn vị thuộc Sở'])('still reads %j as a group, with nothing to report', (cell) => {
    expect(units(cell).map((m) => m[1])).toEqual(['collective']);
    expect(nameFindings(oneTask(cell, 'Giám đốc Sở'))).toEqual([]);
  });
});

describe('collective leaders', () => {
  it.each(['Giám đốc và các PGĐ Sở', 'Giám đốc Sở, các PGĐ Sở', 'Giám đốc Sở và các Phó Giám đốc Sở', 'Giám đốc Sở\nCác PGĐ Sở'])(
    'reads %j as the director and the deputies as a group, without findings',
    (leader) => {
      const r = oneTask('Phòng QLKH&ĐMST', leader);
      expect(r.tasks[0].leaders).toEqual(['Giám đốc Sở', 'Các PGĐ Sở']);
      expect(nameFindings(r)).toEqual([]);
    },
  );

  it.each(['các PGĐ Sở', 'Các Phó Giám đốc Sở'])('reads a bare %j as collective', (leader) => {
    expect(leaders(leader)).toEqual([['collective', 'Các PGĐ Sở']]);
    const r = oneTask('Phòng QLKH&ĐMST', leader);
    expect(nameFindings(r)).toEqual([]);
  });

  it('is collective in a period whose directory does not list "Các PGĐ Sở" (mid-2025)', () => {
    const mid2025 = new DirectoryMatcher(defaultDirectory, '2025-03');
    expect(leaders('Giám đốc và các PGĐ Sở', mid2025)).toEqual([
      ['current', 'Giám đốc Sở'],
      ['collective', 'Các PGĐ Sở'],
    ]);
  });

  it('still names the deputies a list gives, on one line or several', () => {
    for (const cell of ['Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan', 'Các PGĐ Sở:\nPhan Văn Hiếu\nMai Thoan']) {
      const r = oneTask('Phòng QLKH&ĐMST', cell);
      expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']);
      expect(nameFindings(r)).toEqual([]);
    }
  });
});

describe('leaders joined by "/", "+" or "&"', () => {
  it.each(['PGĐ Phan Văn Hiếu/PGĐ Mai Thoan', 'PGĐ Sở Phan Văn Hiếu / Mai Thoan', 'PGĐ Hiếu + PGĐ Thoan', 'PGĐ Hiếu & PGĐ Thoan', 'Đ/c Hiếu/Đ/c Thoan'])(
    'reads %j as the two deputies, with nothing to report',
    (leader) => {
      const r = oneTask('Phòng QLKH&ĐMST', leader);
      expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']);
      expect(nameFindings(r)).toEqual([]);
    },
  );

  it('still reports a misspelt one of them, and fixes only its name', () => {
    const r = oneTask('Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiêu/PGĐ Sở Mai Thoan');
    expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => [f.column, f.fix?.value])).toEqual([['D', 'PGĐ Sở Phan Văn Hiếu/PGĐ Sở Mai Thoan']]);
  });
});

describe('a list marker before each name of a cell ("1. ", "a) ", "+ ")', () => {
  it.each([
    ['1. Phòng QLKH&ĐMST\n2. Văn phòng Sở'],
    ['1) Phòng QLKH&ĐMST\n2) Văn phòng Sở'],
    ['(1) Phòng QLKH&ĐMST; (2) Văn phòng Sở'],
    ['a) Phòng QLKH&ĐMST\nb) Văn phòng Sở'],
  ])('reads %j as the two units, with nothing to report', (lead) => readsAsUnits(lead, ['Phòng QLKH&ĐMST', 'Văn phòng Sở']));

  it.each(['1. PGĐ Sở Phan Văn Hiếu\n2. PGĐ Sở Mai Thoan', '1) PGĐ Sở Phan Văn Hiếu; 2) PGĐ Sở Mai Thoan', '+ PGĐ Hiếu\n+ PGĐ Thoan'])('reads the leaders of %j, with nothing to report', (leader) => {
    const r = oneTask('Phòng QLKH&ĐMST', leader);
    expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']);
    expect(nameFindings(r)).toEqual([]);
  });

  it('fixes an old name there and keeps the markers', () => {
    const r = oneTask('1. Phòng KH-CN\n2. Văn phòng Sở', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(r.findings.map((f) => [f.code, f.column, f.fix?.value])).toEqual([['outdated-unit', 'C', '1. Phòng QLKH&ĐMST\n2. Văn phòng Sở']]);
  });
});

describe('an acronym cut after its "&" ("Phòng QLCN&")', () => {
  it.each(['Phòng QLCN&', 'Phòng QLKH&.'])('%j is no known name: not the older name before the "&"', (lead) => {
    const r = oneTask(lead, 'Giám đốc Sở');
    expect(r.findings.filter((f) => f.column === 'C').map((f) => [f.code, f.fix])).toEqual([['unknown-unit', null]]);
  });

  it('a "&" apart at the end is still dropped ("Phòng QLCN&CN &")', () => readsAsUnits('Phòng QLCN&CN &', ['Phòng QLCN&CN']));
});

describe('a name in full words with its tail as an acronym ("Phòng Quản lý khoa học và ĐMST")', () => {
  it.each([
    ['Phòng Quản lý khoa học và ĐMST', 'Phòng QLKH&ĐMST'],
    ['Trung tâm Chuyển đổi số & ĐMST', 'Trung tâm CĐS&ĐMST'],
    ['Phòng Bưu chính - Viễn thông và CĐS', 'Phòng BCVT&CĐS'],
    // An initial has no marks but "Đ" ("Ứng dụng" → "UD").
    ['Trung tâm Ứng dụng KHCN', 'Trung tâm UDKHCN'],
    // With the title written short too.
    ['TT Ứng dụng KHCN', 'Trung tâm UDKHCN'],
    ['P. Quản lý khoa học và ĐMST', 'Phòng QLKH&ĐMST'],
  ])('reads %j as %j, with nothing to report', (lead, unit) => readsAsUnits(lead, [unit]));

  it('takes "&" and "-" between two acronyms for one mark ("Phòng KH&CN" is the old Phòng KH-CN)', () => {
    expect(units('Phòng KH&CN')).toEqual([['Phòng KH&CN', 'outdated', 'Phòng QLKH&ĐMST']]);
    readsAsUnits('Phòng BCVT-CĐS', ['Phòng BCVT&CĐS']);
    readsAsUnits('Trung tâm CĐS-ĐMST', ['Trung tâm CĐS&ĐMST']);
    // "Sở KH&CN" is the department itself, no unit of it.
    expect(units('Sở KH&CN').map((m) => m[1])).toEqual(['external']);
  });

  it('drops the "và" where the short form has none ("Trung tâm Ứng dụng và Dịch vụ KHCN" → "Trung tâm UDDVKHCN", early 2025)', () => {
    const m = new DirectoryMatcher(defaultDirectory, '2025-03');
    expect(units('Trung tâm Ứng dụng và Dịch vụ KHCN', m)).toEqual([['Trung tâm Ứng dụng và Dịch vụ KHCN', 'current', 'Trung tâm UDDVKHCN']]);
  });

  it('two units, one in full words, one as an acronym, are still two ("Phòng Quản lý khoa học và HCTH", 2024)', () => {
    const r = oneTask('Phòng Quản lý khoa học và HCTH', 'Giám đốc Sở', 'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH', 'Phòng HCTH']);
  });
});

describe('who coordinates, written in the lead cell ("Phòng QLKH&ĐMST chủ trì, phối hợp Văn phòng Sở")', () => {
  it.each([
    'Phòng QLKH&ĐMST chủ trì, phối hợp Văn phòng Sở',
    'Phòng QLKH&ĐMST chủ trì; phối hợp: Văn phòng Sở',
    'Phòng QLKH&ĐMST chủ trì\nPhối hợp: Văn phòng Sở',
    'Phòng QLKH&ĐMST phối hợp với Văn phòng Sở',
    'Phòng QLKH&ĐMST (chủ trì); Văn phòng Sở (phối hợp)',
    'Phòng QLKH&ĐMST chủ trì, Văn phòng Sở phối hợp',
  ])('%j: only the lead unit leads, nothing to report', (lead) => readsAsUnits(lead, ['Phòng QLKH&ĐMST']));

  it('a coordinating outside body there is no unknown unit either', () => readsAsUnits('Phòng QLKH&ĐMST chủ trì, phối hợp các sở, ngành liên quan', ['Phòng QLKH&ĐMST']));

  it('"phối hợp" inside a name is no cut', () => {
    const r = oneTask('Tổ công tác phối hợp liên ngành', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Tổ công tác phối hợp liên ngành']);
  });
});

describe('a unit written in the leader column beside the leader ("Lãnh đạo Sở và Văn phòng Sở")', () => {
  it.each([
    ['Lãnh đạo Sở và Văn phòng Sở', 'Lãnh đạo Sở', 'Văn phòng Sở'],
    ['Lãnh đạo Sở, Phòng QLKH&ĐMST', 'Lãnh đạo Sở', 'Phòng QLKH&ĐMST'],
    ['PGĐ Sở Phan Văn Hiếu, Phòng KH-CN', 'PGĐ Sở Phan Văn Hiếu', 'Phòng KH-CN'],
    ['Giám đốc Sở\nVăn phòng Sở', 'Giám đốc Sở', 'Văn phòng Sở'],
    ['Lãnh đạo Sở\nVăn phòng Sở', 'Lãnh đạo Sở', 'Văn phòng Sở'],
    ['Các PGĐ Sở\nPhòng QLKH&ĐMST', 'Các PGĐ Sở', 'Phòng QLKH&ĐMST'],
    // Two lines or rows joined by a space.
    ['Lãnh đạo Sở Văn phòng Sở', 'Lãnh đạo Sở', 'Văn phòng Sở'],
  ])('%j: the leader counts, the unit is reported where it stands (a warning: the leader is there)', (cell, leader, unit) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual([leader]);
    expect(r.findings.filter((f) => f.column === 'C' || f.column === 'D').map((f) => [f.code, f.severity, f.column, f.row, f.message, f.suggestion])).toEqual([
      ['swapped-columns', 'warning', 'D', 3, `Cột D ghi "${unit}", là tên đơn vị.`, 'Chuyển nội dung sang cột C.'],
    ]);
  });

  it.each([
    ['Phòng QLKH&ĐMST, PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Phan Văn Hiếu'],
    ['Phòng QLKH&ĐMST - PGĐ Sở Mai Thoan', 'PGĐ Sở Mai Thoan'],
    // The leadership as a whole listed beside the unit, on its own line too.
    ['Phòng QLKH&ĐMST; Lãnh đạo Sở', 'Lãnh đạo Sở'],
    ['Phòng QLKH&ĐMST\nLãnh đạo Sở', 'Lãnh đạo Sở'],
    ['Phòng QLKH&ĐMST\nGiám đốc Sở', 'Giám đốc Sở'],
    ['Phòng QLKH&ĐMST, Các PGĐ Sở', 'Các PGĐ Sở'],
  ])('and a leader named in the lead-unit column beside the unit (%j): the unit leads, the leader is reported, no unknown unit', (cell, leader) => {
    const r = oneTask(cell, 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(r.findings.filter((f) => f.column === 'C' || f.column === 'D').map((f) => [f.code, f.severity, f.column, f.message, f.suggestion])).toEqual([
      ['swapped-columns', 'warning', 'C', `Cột C ghi "${leader}", là tên lãnh đạo.`, 'Chuyển nội dung sang cột D.'],
    ]);
  });

  it('"lãnh đạo" in lower case after a unit and a comma goes on its name: no party of its own ("Phòng QLKH&ĐMST, lãnh đạo các phòng")', () => {
    const r = oneTask('Phòng QLKH&ĐMST, lãnh đạo các phòng', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(nameFindings(r)).toEqual([]);
  });

  it('reads a label with a colon before a known unit ("Đầu mối: Văn phòng Sở") as no unit; a fix keeps the label', () => {
    readsAsUnits('Đầu mối: Văn phòng Sở', ['Văn phòng Sở']);
    readsAsUnits('Thực hiện: Văn phòng Sở; Phòng QLKH&ĐMST', ['Văn phòng Sở', 'Phòng QLKH&ĐMST']);
    const old = oneTask('Đầu mối: Phòng KH-CN', 'Giám đốc Sở');
    expect(old.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(old.findings.filter((f) => f.column === 'C').map((f) => [f.code, f.fix?.value])).toEqual([['outdated-unit', 'Đầu mối: Phòng QLKH&ĐMST']]);
  });

  it('names an unknown unit after a label ("Đầu mối: Phòng XYZ") without the label', () => {
    const r = oneTask('Đầu mối: Phòng XYZ', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng XYZ']);
    expect(nameFindings(r)).toEqual(['unknown-unit: Đơn vị "Phòng XYZ" không có trong danh mục kỳ 2025-09.']);
  });

  it.each([
    ['Trưởng phòng QLKH&ĐMST', 'Phòng QLKH&ĐMST'],
    ['Phó Trưởng phòng BCVT&CĐS', 'Phòng BCVT&CĐS'],
    ['Chánh Văn phòng Sở', 'Văn phòng Sở'],
    ['Giám đốc Trung tâm CĐS&ĐMST', 'Trung tâm CĐS&ĐMST'],
    ['Lãnh đạo Phòng QLKH&ĐMST', 'Phòng QLKH&ĐMST'],
    ['Lãnh đạo Văn phòng Sở', 'Văn phòng Sở'],
  ])('reads the head of a unit in the lead column (%j) as the unit: it leads, no unknown unit "Trưởng", no leader swapped in', (cell, unit) => {
    readsAsUnits(cell, [unit]);
  });

  it('reads the head of a unit in a 2025-03 sheet the same ("Chánh Thanh tra Sở"); an old name after the title is fixed, the title kept, an unknown one reported without it', () => {
    const spring = oneTask('Chánh Thanh tra Sở', 'Giám đốc Sở', 'Chương trình công tác tháng 4 năm 2025');
    expect(spring.tasks[0].leadUnits).toEqual(['Thanh tra Sở']);
    expect(nameFindings(spring)).toEqual([]);
    const old = oneTask('Trưởng Phòng KH-CN', 'Giám đốc Sở');
    expect(old.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(old.findings.filter((f) => f.column === 'C').map((f) => [f.code, f.fix?.value])).toEqual([['outdated-unit', 'Trưởng Phòng QLKH&ĐMST']]);
    expect(nameFindings(oneTask('Trưởng phòng XYZ', 'Giám đốc Sở'))).toEqual(['unknown-unit: Đơn vị "phòng XYZ" không có trong danh mục kỳ 2025-09.']);
  });

  it('fixes an old name after "Trưởng phòng" with "phòng" small, as Vietnamese writes it; the name alone keeps its capital', () => {
    const fixOf = (cell: string) => oneTask(cell, 'Giám đốc Sở').findings.filter((f) => f.column === 'C').map((f) => [f.code, f.fix?.value]);
    expect(fixOf('Trưởng phòng KH-CN')).toEqual([['outdated-unit', 'Trưởng phòng QLKH&ĐMST']]);
    expect(fixOf('Phó Trưởng phòng KH-CN (đầu mối)')).toEqual([['outdated-unit', 'Phó Trưởng phòng QLKH&ĐMST (đầu mối)']]);
    expect(fixOf('phòng KH-CN')).toEqual([['outdated-unit', 'Phòng QLKH&ĐMST']]);
    // "P." after the title is "phòng" cut short: written out small, as "Trưởng phòng" is.
    expect(fixOf('Trưởng P. KH-CN')).toEqual([['outdated-unit', 'Trưởng phòng QLKH&ĐMST']]);
    expect(fixOf('Phó trưởng P.KH-CN')).toEqual([['outdated-unit', 'Phó trưởng phòng QLKH&ĐMST']]);
    expect(fixOf('P. KH-CN')).toEqual([['outdated-unit', 'Phòng QLKH&ĐMST']]);
  });

  it('fixes the head of an old unit now an office as its Chánh ("Trưởng phòng HCTH" → "Chánh Văn phòng Sở"), not "Trưởng Văn phòng Sở"', () => {
    const fixOf = (cell: string) => oneTask(cell, 'Giám đốc Sở').findings.filter((f) => f.column === 'C').map((f) => f.fix?.value);
    expect(['Trưởng phòng HCTH', 'Phó Trưởng phòng HCTH (đầu mối)', 'Lãnh đạo phòng HCTH', 'Phòng HCTH'].map(fixOf)).toEqual([
      ['Chánh Văn phòng Sở'],
      ['Phó Chánh Văn phòng Sở (đầu mối)'],
      ['Lãnh đạo Văn phòng Sở'],
      ['Văn phòng Sở'],
    ]);
  });

  it('fixes an old name written twice in a cell, the unit and its head ("Phòng HCTH; Trưởng phòng HCTH"), each place by its own', () => {
    expect(['Phòng HCTH; Trưởng phòng HCTH', 'Phòng HCTH; Trưởng Phòng HCTH', 'Phòng KH-CN, Trưởng Phòng KH-CN', 'Trưởng phòng KH-CN; Phòng KH-CN', 'Phòng KH-CN; Phòng KH-CN'].map(leadFixes)).toEqual([
      ['Văn phòng Sở; Chánh Văn phòng Sở'],
      ['Văn phòng Sở; Chánh Văn phòng Sở'],
      ['Phòng QLKH&ĐMST, Trưởng Phòng QLKH&ĐMST'],
      ['Trưởng phòng QLKH&ĐMST; Phòng QLKH&ĐMST'],
      // The same unit twice is no place to tell apart: no fix.
      [null],
    ]);
  });

  it('fixes the old name of the unit\'s head in the bracket after it too ("Phòng KH-CN (Trưởng phòng KH-CN)"); another remark stays as written', () => {
    expect(['Phòng KH-CN (Trưởng phòng KH-CN)', 'Phòng KH-CN (Trưởng Phòng KH-CN)', 'Phòng HCTH (Trưởng phòng HCTH)', 'Phòng KH-CN (đầu mối)', 'Phòng KH-CN (Phó trưởng phòng KH-CN làm đầu mối)'].map(leadFixes)).toEqual([
      ['Phòng QLKH&ĐMST (Trưởng phòng QLKH&ĐMST)'],
      ['Phòng QLKH&ĐMST (Trưởng Phòng QLKH&ĐMST)'],
      ['Văn phòng Sở (Chánh Văn phòng Sở)'],
      ['Phòng QLKH&ĐMST (đầu mối)'],
      ['Phòng QLKH&ĐMST (Phó trưởng phòng QLKH&ĐMST làm đầu mối)'],
    ]);
  });

  it('keeps the head of a unit in the leader column a person to report ("Giám đốc Trung tâm CĐS&ĐMST"), not a unit swapped in', () => {
    const r = oneTask('Phòng QLKH&ĐMST', 'Giám đốc Trung tâm CĐS&ĐMST');
    expect(r.tasks[0].leaders).toEqual(['Giám đốc Trung tâm CĐS&ĐMST']);
    expect(r.findings.filter((f) => f.column === 'D').map((f) => f.code)).toEqual(['unknown-leader']);
  });

  it('keeps a unit\'s leadership in the leader column ("Lãnh đạo Phòng QLKH&ĐMST") one person to report, as its head is: not the Sở\'s leadership beside a unit', () => {
    for (const cell of ['Lãnh đạo Phòng QLKH&ĐMST', 'Lãnh đạo Văn phòng Sở']) {
      const r = oneTask('Phòng QLKH&ĐMST', cell);
      expect([r.tasks[0].leaders, r.summary.byLeader, nameFindings(r)]).toEqual([[cell], { [cell]: 1 }, [`unknown-leader: Lãnh đạo "${cell}" không có trong danh mục kỳ 2025-09.`]]);
    }
    // The Sở's leadership, then a unit (two lines joined), is still that.
    expect(oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở Văn phòng Sở').tasks[0].leaders).toEqual(['Lãnh đạo Sở']);
  });

  it('reads a unit\'s leadership or head after the Sở\'s leadership ("Lãnh đạo Sở, Lãnh đạo Phòng QLKH&ĐMST") as a second leader, not part of "Lãnh đạo Sở"', () => {
    for (const [cell, second] of [
      ['Lãnh đạo Sở, Lãnh đạo Phòng QLKH&ĐMST', 'Lãnh đạo Phòng QLKH&ĐMST'],
      ['Lãnh đạo Sở và Trưởng phòng QLKH&ĐMST', 'Trưởng phòng QLKH&ĐMST'],
    ]) {
      const r = oneTask('Phòng QLKH&ĐMST', cell);
      expect([r.tasks[0].leaders, r.summary.byLeader, nameFindings(r)]).toEqual([['Lãnh đạo Sở', second], { 'Lãnh đạo Sở': 1, [second]: 1 }, [`unknown-leader: Lãnh đạo "${second}" không có trong danh mục kỳ 2025-09.`]]);
    }
    // A known leader after it is counted too; the leadership by field stays one group.
    expect(oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở, PGĐ Sở Mai Thoan').tasks[0].leaders).toEqual(['Lãnh đạo Sở', 'PGĐ Sở Mai Thoan']);
    expect(oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở theo lĩnh vực, phụ trách').tasks[0].leaders).toEqual(['Lãnh đạo Sở']);
  });

  it('counts a named leader in brackets after the Sở\'s leadership ("Lãnh đạo Sở (PGĐ Hiếu)"), more precise than the group', () => {
    const r = oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở (PGĐ Hiếu)');
    expect([r.tasks[0].leaders, r.summary.byLeader, nameFindings(r)]).toEqual([['PGĐ Sở Phan Văn Hiếu'], { 'PGĐ Sở Phan Văn Hiếu': 1 }, []]);
    // A remark in brackets names no one: the group.
    expect(oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở (theo lĩnh vực)').tasks[0].leaders).toEqual(['Lãnh đạo Sở']);
  });

  it('counts a task led by a unit "và các đơn vị liên quan" for the unit only; a group alone keeps its own line', () => {
    const r = analyse([
      sheet('PL', [[TITLE], HEADER,
        [1, 'Một', 'Phòng QLKH&ĐMST và các đơn vị liên quan', 'Giám đốc Sở', 'Kế hoạch'],
        [2, 'Hai', 'Văn phòng Sở; các phòng, đơn vị liên quan', 'Giám đốc Sở', 'Kế hoạch'],
        [3, 'Ba', 'Các phòng thuộc Sở', 'Giám đốc Sở', 'Kế hoạch']]),
    ]);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Phòng QLKH&ĐMST'], ['Văn phòng Sở'], ['Các phòng thuộc Sở']]);
    expect(r.summary.byLeadUnit).toEqual({ 'Phòng QLKH&ĐMST': 1, 'Văn phòng Sở': 1, 'Các phòng thuộc Sở': 1 });
    expect(Object.keys(r.summary.byLeadUnitAndStatus ?? {}).sort()).toEqual(['Các phòng thuộc Sở', 'Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(nameFindings(r)).toEqual([]);
  });

  it.each(['Lãnh đạo Sở và Văn phòng Sở', 'Phòng QLKH&ĐMST và Lãnh đạo Sở'])('the leadership joined to a unit by "và" in the lead column (%j) leads with it: no unknown unit, no swap', (cell) => {
    const r = oneTask(cell, 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(cell.split(' và '));
    expect(nameFindings(r)).toEqual([]);
  });

  it('a group of units after the leadership stays one collective leader, with nothing to report', () => {
    const r = oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo Sở và các phòng');
    expect(r.tasks[0].leaders).toEqual(['Lãnh đạo Sở']);
    expect(nameFindings(r)).toEqual([]);
  });

  it.each([
    ['Giám đốc Sở và các phòng', 'Giám đốc Sở'],
    ['PGĐ Sở Phan Văn Hiếu và các đơn vị liên quan', 'PGĐ Sở Phan Văn Hiếu'],
  ])('units as a group beside a leader (%j) are no unknown leader: the leader counts, nothing to report', (cell, leader) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual([leader]);
    expect(nameFindings(r)).toEqual([]);
  });

  it('a unit alone in the leader column is still the columns swapped (an error)', () => {
    const r = oneTask('Phòng QLKH&ĐMST', 'Văn phòng Sở');
    expect(r.findings.filter((f) => f.column === 'D').map((f) => [f.code, f.severity])).toEqual([['swapped-columns', 'error']]);
  });
});

describe('who coordinates, written in the lead cell, is among the coordinating units and checked as they are', () => {
  const findingsOf = (r: FileReport) => r.findings.map((f) => [f.code, f.severity, `${f.column}${f.row}`, f.message, f.fix?.value ?? null]);

  it.each([
    ['Phòng QLKH&ĐMST chủ trì, phối hợp Phòng HCTH', 'Phòng QLKH&ĐMST chủ trì, phối hợp Văn phòng Sở'],
    ['Phòng QLKH&ĐMST (chủ trì); Phòng HCTH (phối hợp)', 'Phòng QLKH&ĐMST (chủ trì); Văn phòng Sở (phối hợp)'],
    ['Phòng QLKH&ĐMST chủ trì, Phòng HCTH phối hợp', 'Phòng QLKH&ĐMST chủ trì, Văn phòng Sở phối hợp'],
  ])('%j: an old name there is noted (info, as in the coordinating column), with its fix', (lead, fixed) => {
    const r = oneTask(lead, 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(r.tasks[0].coordinatingUnits).toEqual(['Văn phòng Sở']);
    expect(findingsOf(r)).toEqual([['outdated-unit', 'info', 'C3', '"Phòng HCTH" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', fixed]]);
  });

  it('an unknown unit of ours there is noted; an outside body is only listed', () => {
    const r = oneTask('Phòng QLKH&ĐMST chủ trì, phối hợp Phòng XYZ', 'Giám đốc Sở');
    expect(findingsOf(r)).toEqual([['unknown-unit', 'info', 'C3', 'Đơn vị "Phòng XYZ" không có trong danh mục kỳ 2025-09.', null]]);
    const outside = oneTask('Phòng QLKH&ĐMST chủ trì, phối hợp Sở Tài chính', 'Giám đốc Sở');
    expect(outside.tasks[0].coordinatingUnits).toEqual(['Sở Tài chính']);
    expect(findingsOf(outside)).toEqual([]);
  });

  it('takes every unit after the lead\'s own "(chủ trì)" as coordinating, not only the last before "(phối hợp)"', () => {
    const r = oneTask('Phòng QLKH&ĐMST (chủ trì); Văn phòng Sở, Phòng BCVT&CĐS (phối hợp)', 'Giám đốc Sở');
    expect([r.tasks[0].leadUnits, r.tasks[0].coordinatingUnits]).toEqual([['Phòng QLKH&ĐMST'], ['Văn phòng Sở', 'Phòng BCVT&CĐS']]);
    const two = oneTask('Phòng QLKH&ĐMST, Văn phòng Sở (chủ trì); Phòng BCVT&CĐS, Trung tâm CĐS&ĐMST (phối hợp)', 'Giám đốc Sở');
    expect([two.tasks[0].leadUnits, two.tasks[0].coordinatingUnits]).toEqual([['Phòng QLKH&ĐMST', 'Văn phòng Sở'], ['Phòng BCVT&CĐS', 'Trung tâm CĐS&ĐMST']]);
  });

  it('reads a "Chủ trì:" label as no unit ("Chủ trì: X; Phối hợp: Y")', () => {
    const r = oneTask('Chủ trì: Phòng QLKH&ĐMST; Phối hợp: Phòng HCTH', 'Giám đốc Sở');
    expect([r.tasks[0].leadUnits, r.tasks[0].coordinatingUnits]).toEqual([['Phòng QLKH&ĐMST'], ['Văn phòng Sở']]);
    expect(findingsOf(r)).toEqual([['outdated-unit', 'info', 'C3', '"Phòng HCTH" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', 'Chủ trì: Phòng QLKH&ĐMST; Phối hợp: Văn phòng Sở']]);
    readsAsUnits('Đơn vị chủ trì: Phòng QLKH&ĐMST', ['Phòng QLKH&ĐMST']);
  });

  it.each([
    ['CT: Phòng QLKH&ĐMST; PH: Phòng HCTH', 'CT: Phòng QLKH&ĐMST; PH: Văn phòng Sở'],
    ['CT: Phòng QLKH&ĐMST, P/h: Phòng HCTH', 'CT: Phòng QLKH&ĐMST, P/h: Văn phòng Sở'],
    ['Ct: Phòng QLKH&ĐMST\nPh: Phòng HCTH', 'Ct: Phòng QLKH&ĐMST\nPh: Văn phòng Sở'],
  ])('reads the labels written short in %j as "Chủ trì:" and "Phối hợp:"', (cell, fixed) => {
    const r = oneTask(cell, 'Giám đốc Sở');
    expect([r.tasks[0].leadUnits, r.tasks[0].coordinatingUnits]).toEqual([['Phòng QLKH&ĐMST'], ['Văn phòng Sở']]);
    expect(findingsOf(r)).toEqual([['outdated-unit', 'info', 'C3', '"Phòng HCTH" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', fixed]]);
  });

  it('joins the coordinating column\'s units', () => {
    const r = analyse([sheet('PL', [[TITLE], HEADER_COORDINATING, [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST chủ trì, phối hợp Văn phòng Sở', 'Sở Tài chính', 'Giám đốc Sở', 'Kế hoạch của Sở']])]);
    expect(r.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST']);
    expect(r.tasks[0].coordinatingUnits).toEqual(['Sở Tài chính', 'Văn phòng Sở']);
  });
});

describe('bodies and people the documents name, written short', () => {
  const TITLE_2024 = 'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024';
  const HEADER_2024 = ['TT', 'Nội dung', 'Lãnh đạo Sở chỉ đạo', 'Phòng/Đơn vị chủ trì', 'Phòng/Đơn vị phối hợp', 'Sản phẩm'];
  const sheet2024 = (lead: string, leader: string, coord = '') => analyse([sheet('CTCT', [[TITLE_2024], HEADER_2024, [1, 'Tổ chức kiểm tra', leader, lead, coord, 'Kết luận']])]);
  const findingsOf = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}: ${f.message}`);

  it.each([
    ['Thanh tra', 'Thanh tra Sở'],
    ['Tổ CĐS', 'Tổ chuyển đổi số'],
    ['Thanh tra, Tổ CĐS', 'Thanh tra Sở'],
  ])('2024: %j is the department\'s own unit, nothing to report', (lead, unit) => {
    const r = sheet2024(lead, 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits[0]).toBe(unit);
    expect(findingsOf(r)).toEqual([]);
  });

  it('"Thanh tra tỉnh" is the province\'s inspectorate, not "Thanh tra" with words after it', () => {
    const r = sheet2024('Thanh tra Sở', 'Giám đốc Sở', 'Thanh tra tỉnh');
    expect(r.tasks[0].coordinatingUnits).toEqual(['Thanh tra tỉnh']);
    expect(findingsOf(r)).toEqual([]);
  });

  it('early 2025: "Thanh tra Sở", which the 2025 programme names, is current', () => {
    const r = analyse([sheet('CTCT', [['Chương trình công tác năm 2025 của Sở Khoa học và Công nghệ'], HEADER_2024, [1, 'Tổ chức kiểm tra', 'Giám đốc Sở', 'Thanh tra Sở', 'Văn phòng Sở', 'Kết luận']])], { period: '2025-03' });
    expect(r.tasks[0].leadUnits).toEqual(['Thanh tra Sở']);
    expect(findingsOf(r)).toEqual([]);
  });

  it('a given name only another period knows says which ("Đ/c Trường" in 2024, "Đ/c Hòa" late 2025)', () => {
    expect(findingsOf(sheet2024('Thanh tra Sở', 'Đ/c Trường'))).toEqual(['unknown-leader C3: Lãnh đạo "Đ/c Trường" không có trong danh mục kỳ 2024 (tên này có trong kỳ 2025-03).']);
    expect(nameFindings(oneTask('Phòng QLCN&CN', 'Đ/c Hòa'))).toEqual(['unknown-leader: Lãnh đạo "Đ/c Hòa" không có trong danh mục kỳ 2025-09 (tên này có trong kỳ 2025-03).']);
    // The director the late-2025 period leaves unnamed is the one early 2025 names.
    expect(oneTask('Phòng QLKH&ĐMST', 'Đ/c Trường').tasks[0].leaders).toEqual(['Giám đốc Sở']);
  });
});

describe('"P." for "Phòng" in the coordinating column', () => {
  const coordinating = (coord: string) =>
    analyse([sheet('PL', [[TITLE], HEADER_COORDINATING, [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', coord, 'Giám đốc Sở', 'Kế hoạch của Sở']])]);

  it.each([
    ['P. XYZ', 'P. XYZ'],
    ['P.XYZ', 'P.XYZ'],
    ['Văn phòng Sở; P. XYZ', 'P. XYZ'],
  ])('%j: a unit of ours the directory does not know is noted, with or without a space after the dot', (coord, name) => {
    expect(coordinating(coord).findings.map((f) => [f.code, f.severity, `${f.column}${f.row}`, f.message])).toEqual([
      ['unknown-unit', 'info', 'D3', `Đơn vị "${name}" không có trong danh mục kỳ 2025-09.`],
    ]);
  });

  it('"P." is no full stop between two names: "P. QLKH & HCTH" (2024) is two units, no "P"', () => {
    const early = new DirectoryMatcher(defaultDirectory, '2024');
    for (const cell of ['P. QLKH & HCTH', 'P. QLKH&HCTH']) expect(units(cell, early).map((m) => [m[1], m[2]])).toEqual([['current', 'Phòng QLKH'], ['current', 'Phòng HCTH']]);
    expect(units('TT. UDDVKHCN & P. QLKH', early).map((m) => m[0])).toEqual(['TT. UDDVKHCN', 'P. QLKH']);
  });

  it('an outside body\'s "P." in plain words is only listed ("P. Kinh tế" of a commune)', () => {
    const r = coordinating('P. Kinh tế');
    expect([r.tasks[0].coordinatingUnits, r.findings]).toEqual([['P. Kinh tế'], []]);
  });
});

describe('the leadership written short ("LĐ Sở", "BGĐ Sở", "Lãnh đạo")', () => {
  it.each(['LĐ Sở', 'BGĐ Sở', 'Lãnh đạo', 'LĐ Sở theo lĩnh vực'])('%j in the leader column is the leadership, nothing to report', (leader) => {
    const r = oneTask('Phòng QLKH&ĐMST', leader);
    expect(r.tasks[0].leaders).toEqual(['Lãnh đạo Sở']);
    expect(nameFindings(r)).toEqual([]);
  });

  it('"LĐ Sở" in the lead-unit column is the columns swapped; "Lãnh đạo UBND tỉnh" is no leader of ours', () => {
    expect(oneTask('LĐ Sở', 'Giám đốc Sở').findings.map((f) => [f.code, `${f.column}${f.row}`])).toEqual([['swapped-columns', 'C3']]);
    expect(nameFindings(oneTask('Phòng QLKH&ĐMST', 'Lãnh đạo UBND tỉnh'))).toEqual(['unknown-leader: Lãnh đạo "Lãnh đạo UBND tỉnh" không có trong danh mục kỳ 2025-09.']);
  });
});

describe('a leader with the units in their charge after "phụ trách"', () => {
  it.each([
    ['PGĐ Sở Phan Văn Hiếu phụ trách Phòng QLKH&ĐMST, Văn phòng Sở', ['PGĐ Sở Phan Văn Hiếu']],
    ['PGĐ Hiếu phụ trách Phòng QLKH&ĐMST; PGĐ Thoan phụ trách Phòng QLTCĐLCL', ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']],
    ['PGĐ Hiếu phụ trách Phòng QLKH&ĐMST, PGĐ Thoan phụ trách Phòng QLTCĐLCL', ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']],
  ])('%j: the leaders count, the units named as their charge are no unit in the wrong column', (cell, expected) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual(expected);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('a "Chỉ đạo:" label before the leader', () => {
  it.each([
    ['Chỉ đạo: PGĐ Hiếu', 'PGĐ Sở Phan Văn Hiếu'],
    ['Lãnh đạo chỉ đạo: PGĐ Sở Mai Thoan', 'PGĐ Sở Mai Thoan'],
  ])('%j is the leader alone, nothing to report', (cell, leader) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual([leader]);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('labels and shorthands in name cells', () => {
  it.each(['CĐ: PGĐ Sở Phan Văn Hiếu', 'CĐ:PGĐ Hiếu', 'cđ: PGĐ Sở Phan Văn Hiếu'])('"CĐ:" (chỉ đạo) before the leader is a label, as "Chỉ đạo:" is (%j)', (cell) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu']);
    expect(nameFindings(r)).toEqual([]);
  });

  it.each([
    ['PGD Mai Thoan', 'PGĐ Sở Mai Thoan'],
    ['P.GD Sở Phan Văn Hiếu', 'PGĐ Sở Phan Văn Hiếu'],
    ['Đ/c Mai Thoan - PGD Sở', 'PGĐ Sở Mai Thoan'],
    ['GD Sở', 'Giám đốc Sở'],
  ])('a title typed without the "Đ" key (%j) is the title', (cell, leader) => {
    const r = oneTask('Phòng QLKH&ĐMST', cell);
    expect(r.tasks[0].leaders).toEqual([leader]);
    expect(nameFindings(r)).toEqual([]);
  });

  it('"Trung tâm" alone in a late-2025 sheet (three centres) is counted as written, not as one of the centres', () => {
    const r = oneTask('Trung tâm', 'Giám đốc Sở');
    expect(r.tasks[0].leadUnits).toEqual(['Trung tâm']);
    expect(r.summary.byLeadUnit).not.toHaveProperty(['Trung tâm UDKHCN']);
    // Not an old name (the generic word): an incomplete one, with the period's centres it may be, no fix.
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message, f.suggestion, f.fix])).toEqual([
      ['unknown-unit', 'C3', 'Đơn vị "Trung tâm" không có trong danh mục kỳ 2025-09.', '"Trung tâm" chưa đủ tên, có thể là "Trung tâm CĐS&ĐMST" hay "Trung tâm KTTCĐLCL" hay "Trung tâm UDKHCN": ghi rõ tên đơn vị.', null],
    ]);
  });

  const sheet2024 = (lead: string, coord: string) =>
    analyse([sheet('Q3', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'], ['I', 'Quý III (1 nhiệm vụ)'], [1, 'Một', lead, coord, 'PGĐ Phan Văn Hiếu', 'Kế hoạch']])]);
  const unitFindings = (r: FileReport) => r.findings.filter((f) => f.code === 'unknown-unit').map((f) => [`${f.column}${f.row}`, f.message, f.suggestion]);

  it('"TT" alone in a 2024 sheet is reported as ambiguous, naming the units it may stand for', () => {
    expect(unitFindings(sheet2024('Phòng QLKH; TT', 'Phòng HCTH'))).toEqual([
      ['C4', 'Đơn vị "TT" không có trong danh mục kỳ 2024.', '"TT" có thể là "Thanh tra Sở" hay "Trung tâm": ghi rõ tên đơn vị.'],
    ]);
  });

  it('the bare word "Trung tâm" in a 2024 sheet is no other spelling of the centre written "TTUD" elsewhere', () => {
    const spellings = (...leads: string[]) =>
      analyse([sheet('Q3', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'], ['I', `Quý III (${leads.length} nhiệm vụ)`], ...leads.map((lead, i) => [i + 1, `Việc ${i + 1}`, lead, 'Giám đốc Sở', 'Kế hoạch'])])])
        .findings.filter((f) => f.code === 'inconsistent-spelling')
        .map((f) => [`${f.column}${f.row}`, f.message]);
    expect(spellings('TTUD', 'Trung tâm', 'Trung tâm, Phòng HCTH')).toEqual([]);
    // Two real spellings still are, and the bare word's cell stays out of it.
    expect(spellings('TTUD', 'Trung tâm', 'TTUD&DV')).toEqual([
      ['C4', '"TTUD" còn được viết là "TTUD&DV" trong trang này.'],
      ['C6', '"TTUD&DV" còn được viết là "TTUD" trong trang này.'],
    ]);
  });

  it('a name only a later period has says which period has it ("Văn phòng Sở" in a 2024 sheet)', () => {
    expect(unitFindings(sheet2024('Phòng QLKH', 'Văn phòng Sở'))).toEqual([['D4', 'Đơn vị "Văn phòng Sở" không có trong danh mục kỳ 2024.', 'Tên này có trong kỳ 2025-03.']]);
  });
});
