/**
 * A department's own directory as it arrives: saved by Notepad (a BOM), in NFD, with a typo in a
 * date or a period twice, or with a unit renamed. Each problem gets one Vietnamese sentence.
 */
import { CtctInputError, defaultDirectory, parseDirectoryText } from '../../../src/engine';
import { DirectoryMatcher } from '../../../src/engine/directory/matcher';

const text = (dir: unknown) => JSON.stringify(dir);
const copy = () => JSON.parse(text(defaultDirectory));
const problem = (t: string) => {
  try {
    parseDirectoryText(t, 'dm.json');
  } catch (e) {
    expect(e).toBeInstanceOf(CtctInputError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('a directory file', () => {
  it('saved with a byte-order mark or in NFD reads as the same directory, in NFC', () => {
    expect(parseDirectoryText('\uFEFF' + text(defaultDirectory), 'dm.json')).toEqual(defaultDirectory);
    const nfd = parseDirectoryText(text(defaultDirectory).normalize('NFD'), 'dm.json');
    expect(nfd).toEqual(defaultDirectory);
    expect(new DirectoryMatcher(nfd, '2025-09').matchUnits('Phòng QLKH&ĐMST')[0].known).toBe('Phòng QLKH&ĐMST');
  });

  it('with a problem is refused in Vietnamese, naming where', () => {
    expect(problem('{x')).toBe('Tệp danh mục "dm.json" không phải là JSON hợp lệ.');
    expect(problem('{}')).toBe('Danh mục "dm.json" không hợp lệ: mục periods còn thiếu.');
    expect(problem('{"periods": []}')).toBe('Danh mục "dm.json" không hợp lệ: mục periods cần ít nhất 1 mục.');
    expect(problem('{"periods": "2025"}')).toBe('Danh mục "dm.json" không hợp lệ: mục periods phải là một danh sách [...].');
    const badDate = copy();
    badDate.periods[2].from = '2025-13-45';
    expect(problem(text(badDate))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[3].from phải là một ngày có thật, dạng yyyy-mm-dd.');
    const sameDay = copy();
    sameDay.periods.push({ ...sameDay.periods[1], id: '2025-03-01' });
    expect(problem(text(sameDay))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[4].from sai: kỳ "2025-03-01" bắt đầu cùng ngày 01/03/2025 với kỳ "2025-03", mỗi kỳ phải bắt đầu một ngày khác.');
    const twice = copy();
    twice.periods.push(twice.periods[0]);
    expect(problem(text(twice))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[4].id bị trùng: kỳ "2024" đã có ở trên.');
    const blank = copy();
    blank.periods[0].units[0].name = '  ';
    expect(problem(text(blank))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[1].units[1].name không được để trống.');
    const blankAlias = copy();
    blankAlias.periods[2].leaders[1].aliases.push(' ');
    expect(problem(text(blankAlias))).toMatch(/mục periods\[3\]\.leaders\[2\]\.aliases\[\d+\] không được để trống\.$/);
    const noShort = copy();
    delete noShort.periods[0].units[0].short;
    expect(problem(text(noShort))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[1].units[1].short còn thiếu.');
  });

  it('naming one unit or leader twice in a period, or with a misspelt key, is refused: which one a cell means would be left to chance', () => {
    const shared = copy();
    const [first, second] = shared.periods[2].units;
    second.aliases = [...second.aliases, first.aliases[0] ?? first.short];
    expect(problem(text(shared))).toMatch(/^Danh mục "dm\.json" không hợp lệ: mục periods\[3\]\.units\[2\] tên ".+" đã dùng cho ".+" trong cùng kỳ\.$/);
    const sameShort = copy();
    sameShort.periods[2].units.push({ ...sameShort.periods[2].units[0], name: 'Phòng khác', aliases: [] });
    expect(problem(text(sameShort))).toContain('đã dùng cho');
    const tone = copy();
    tone.periods[1].leaders.push({ ...tone.periods[1].leaders[2], name: 'PGĐ Sở Trần Công Hoà', aliases: [] });
    expect(problem(text(tone))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[2].leaders[5] tên "PGĐ Sở Trần Công Hoà" đã dùng cho "PGĐ Sở Trần Công Hòa" trong cùng kỳ.');
    const typo = copy();
    typo.periods[2].units[0].renameTo = 'Phòng mới';
    expect(problem(text(typo))).toBe('Danh mục "dm.json" không hợp lệ: mục periods[3].units[1] có khóa không dùng được: renameTo.');
  });

  it('with a rename written as the next unit\'s full name or another of its names, suggests that unit for the old name', () => {
    for (const target of ['Phòng Quản lý Khoa học và Đổi mới sáng tạo', 'QLKH&ĐMST', 'phòng qlkh & đmst']) {
      const edited = copy();
      edited.periods[1].units.find((u: { short: string }) => u.short === 'Phòng KH-CN').renamedTo = target;
      const m = new DirectoryMatcher(parseDirectoryText(text(edited), 'dm.json'), '2025-09');
      expect(m.matchUnits('Phòng KH-CN').map((x) => [x.status, x.canonical])).toEqual([['outdated', 'Phòng QLKH&ĐMST']]);
    }
  });

  it('with a rename naming no unit of the next period, or in the last period, is refused in Vietnamese', () => {
    const typo = copy();
    typo.periods[1].units.find((u: { short: string }) => u.short === 'Phòng KH-CN').renamedTo = 'Phòng QLKH&DMST';
    expect(problem(text(typo))).toBe(
      'Danh mục "dm.json" không hợp lệ: đơn vị "Phòng KH-CN" của kỳ "2025-03" có «Đổi tên thành» (renamedTo) "Phòng QLKH&DMST", không phải tên một đơn vị của kỳ sau "2025-09" (các đơn vị: Phòng QLKH&ĐMST, Phòng QLCN&CN, Phòng QLTCĐLCL, Phòng BCVT&CĐS, Văn phòng Sở, Trung tâm CĐS&ĐMST, Trung tâm KTTCĐLCL, Trung tâm UDKHCN, Các đơn vị sự nghiệp).',
    );
    const last = copy();
    last.periods[2].units[0].renamedTo = 'Phòng KHCN&ĐMST';
    expect(problem(text(last))).toBe('Danh mục "dm.json" không hợp lệ: đơn vị "Phòng QLKH&ĐMST" của kỳ "2025-09" có «Đổi tên thành» (renamedTo) "Phòng KHCN&ĐMST" nhưng không có kỳ nào sau kỳ "2025-09".');
  });

  it('without a unit\'s "&" name leaves that name whole and unknown, not split into two wrong units', () => {
    const renamed = copy();
    const unit = renamed.periods[2].units.find((u: { short: string }) => u.short === 'Phòng QLKH&ĐMST');
    Object.assign(unit, { short: 'Phòng KHCN&ĐMST', aliases: [] });
    renamed.periods[1].units.find((u: { short: string }) => u.short === 'Phòng KH-CN').renamedTo = 'Phòng KHCN&ĐMST';
    const m = new DirectoryMatcher(parseDirectoryText(text(renamed), 'dm.json'), '2025-09');
    expect(m.matchUnits('Phòng QLKH&ĐMST').map((x) => [x.written, x.status])).toEqual([['Phòng QLKH&ĐMST', 'unknown']]);
    // Two known units joined by a bare "&" still split.
    expect(new DirectoryMatcher(defaultDirectory, '2024').matchUnits('Phòng QLKH&HCTH').map((x) => x.known)).toEqual(['Phòng QLKH', 'Phòng HCTH']);
  });
});
