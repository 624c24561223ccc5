/**
 * Legacy text (TCVN3, VNI) mixed with Unicode the way real sheets mix them: Unicode rows typed into
 * an old sheet, a .VnTimeH letterhead left above a table pasted into Times New Roman, single cells
 * pasted from an old document, text converted in place that kept its .VnTime font.
 */
import type { CellValue, FileReport, SheetGrid } from '../../../src/engine';
import { convertLegacy, detectLegacyEncoding, isUppercaseLegacyFont } from '../../../src/engine/text';
import { encodeTcvn3, encodeVni } from '../text/encoders';
import { analyse, HEADER_2025 as HEADER, programme2025, sheet, task } from '../../helpers/grid';

const legacy = (r: FileReport) => r.findings.filter((f) => f.code === 'legacy-encoding').map((f) => `${f.column}${f.row} ${f.fix?.value}`);
const encodeAll = (rows: CellValue[][], encode: (s: string) => string) => rows.map((row) => row.map((v) => (typeof v === 'string' ? encode(v) : v)));
/** Every text cell of the rows in `font`. */
function withFont(grid: SheetGrid, font: string, rows: number[]): SheetGrid {
  const fonts = grid.fonts!.map((r) => [...(r ?? [])]);
  for (const r of rows) grid.cells[r - 1]?.forEach((v, c) => typeof v === 'string' && ((fonts[r - 1] ??= [])[c] = font));
  return { ...grid, fonts };
}

describe('Unicode rows added to a sheet typed in TCVN3 or VNI whose fonts were lost', () => {
  it.each([
    ['TCVN3', encodeTcvn3],
    ['VNI', encodeVni],
  ])('%s: the Unicode month row and cells are read as they are, not "converted" into other words', (_, encode) => {
    const old = encodeAll(programme2025([task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khoa học', { lead: 'Văn phòng Sở' })], 4), encode);
    const added: CellValue[][] = [[null, 'Tháng 8'], task(3, 'Tổ chức lớp tập huấn', { lead: 'Phòng QLCN&CN', product: 'Khóa học' }), [4, 'Hoàn thành báo cáo quý', 'Phòng QLCN&CN', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành']];
    const r = analyse([sheet('PL', [...old, ...added])]);
    expect(r.tasks.map((t) => [t.month, t.task, t.leadUnits, t.product, t.note])).toEqual([
      [7, 'Xây dựng kế hoạch kiểm tra', ['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở', ''],
      [7, 'Tổ chức hội thảo khoa học', ['Văn phòng Sở'], 'Kế hoạch của Sở', ''],
      [8, 'Tổ chức lớp tập huấn', ['Phòng QLCN&CN'], 'Khóa học', ''],
      [8, 'Hoàn thành báo cáo quý', ['Phòng QLCN&CN'], 'Báo cáo', 'Hoàn thành'],
    ]);
    // Only the old rows are reported, each with a fix that reads right.
    expect(legacy(r).filter((f) => Number(f.split(' ')[0].slice(1)) >= 8)).toEqual([]);
    expect(r.findings.filter((f) => f.code !== 'legacy-encoding')).toEqual([]);
  });
});

describe('a short text that reads either way ("01 líp": TCVN3 for "01 lớp", or as typed)', () => {
  // Two old rows in TCVN3 ("01 lớp" typed so) and a Unicode row where "01 líp" stays as typed.
  const old = encodeAll([task(1, 'Xây dựng kế hoạch kiểm tra', { product: '01 lớp' }), task(2, 'Tổ chức hội thảo khoa học', { lead: 'Văn phòng Sở', product: '01 lớp' })], encodeTcvn3);
  const added = task(3, 'Tổ chức lớp tập huấn', { lead: 'Phòng QLCN&CN', product: '01 líp' });
  const read = (tasks: CellValue[][]) => {
    const rows = programme2025(tasks);
    const r = analyse([sheet('PL', [...encodeAll(rows.slice(0, 3), encodeTcvn3), ...rows.slice(3)])]);
    return r.tasks.map((t) => [t.stt, t.product]).sort();
  };

  it('is read by its own row, whichever row comes first', () => {
    const expected = [['1', '01 lớp'], ['2', '01 lớp'], ['3', '01 líp']];
    expect(read([...old, added])).toEqual(expected);
    expect(read([added, ...old])).toEqual(expected);
  });
});

describe('a letterhead left in a legacy font above a table pasted into a Unicode font', () => {
  it.each([
    ['.VnTimeH', encodeTcvn3],
    ['VNI-Times', encodeVni],
  ])('%s letterhead: the table is still found, every column of it', (font, encode) => {
    const rows = encodeAll(programme2025([task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khoa học', { lead: 'Văn phòng Sở' })]), encode);
    const r = analyse([withFont(sheet('PL', rows), font, [1])]);
    expect(r.tables.map((t) => Object.keys(t.columns).sort())).toEqual([['coord', 'lead', 'leader', 'note', 'product', 'stt', 'task']]);
    expect(r.tasks.map((t) => [t.task, t.leadUnits])).toEqual([
      ['Xây dựng kế hoạch kiểm tra', ['Phòng QLKH&ĐMST']],
      ['Tổ chức hội thảo khoa học', ['Văn phòng Sở']],
    ]);
  });
});

describe('single cells pasted from an old document', () => {
  it('a unit or a leader in TCVN3 or VNI, beside ASCII words, is read and reported', () => {
    const rows = programme2025([
      task(1, 'Xây dựng kế hoạch kiểm tra', { lead: encodeTcvn3('Phòng QLCN&CN'), leader: encodeVni('PGĐ Sở Mai Thoan') }),
      task(2, 'Tổ chức hội thảo khoa học', { lead: encodeVni('Phòng QLCN&CN'), coord: encodeTcvn3('Thanh tra Sở') }),
    ]);
    const r = analyse([sheet('PL', rows)]);
    expect(r.tasks.map((t) => [t.leadUnits, t.leaders])).toEqual([
      [['Phòng QLCN&CN'], ['PGĐ Sở Mai Thoan']],
      [['Phòng QLCN&CN'], ['PGĐ Sở Phan Văn Hiếu']],
    ]);
    expect(legacy(r)).toEqual(['C6 Phòng QLCN&CN', 'F6 PGĐ Sở Mai Thoan', 'C7 Phòng QLCN&CN', 'D7 Thanh tra Sở']);
  });

  it('a TCVN3 "ư" (read as a soft hyphen) is converted, never deleted as a hidden character', () => {
    const rows = programme2025([task(1, 'Xây dựng kế hoạch kiểm tra', { note: encodeTcvn3('Tham mưu') }), task(2, 'Tổ chức hội thảo khoa học', { note: encodeTcvn3('Trung ương') })]);
    expect(encodeTcvn3('Tham mưu')).toContain('\u00ad');
    const r = analyse([sheet('PL', rows)]);
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row} ${f.fix?.value}`)).toEqual(['legacy-encoding G6 Tham mưu', 'legacy-encoding G7 Trung ương']);
  });

  it('a cell of several lines keeps its line breaks in the fix', () => {
    const text = 'Xây dựng kế hoạch kiểm tra\n- Đợt 1: tháng 7\n- Đợt 2: tháng 8';
    const rows = programme2025([task(1, encodeTcvn3(text)), task(2, 'Tổ chức hội thảo khoa học')]);
    const r = analyse([withFont(sheet('PL', rows), '.VnTime', [6])]);
    expect(r.tasks[0].task).toBe('Xây dựng kế hoạch kiểm tra - Đợt 1: tháng 7 - Đợt 2: tháng 8');
    expect(r.findings.find((f) => f.code === 'legacy-encoding' && f.column === 'B')?.fix?.value).toBe(text);
  });
});

describe('a heading pasted in TCVN3 or VNI into a Unicode sheet', () => {
  it.each([
    ['TCVN3', encodeTcvn3],
    ['VNI', encodeVni],
  ])('%s "Quý III (3 nhiệm vụ)" (one word only legacy shows in) is read with its count, which is checked', (_, encode) => {
    const heading = `Quý III (3 ${encode('nhiệm vụ')})`;
    const r = analyse([sheet('PL', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], HEADER, ['I', heading], task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khoa học')])]);
    expect([r.summary.sections.map((s) => [s.row, s.label, s.declared, s.actual]), r.findings.map((f) => `${f.code} ${f.column}${f.row}`)]).toEqual([
      [[4, 'Quý III', 3, 2]],
      ['declared-count-mismatch B4', 'legacy-encoding B4'],
    ]);
    expect(legacy(r)).toEqual(['B4 Quý III (3 nhiệm vụ)']);
  });

  it('Unicode cells of the same letters stay as written', () => {
    for (const s of ['Quý III (3 nhiệm vụ)', 'Công tác quý III', 'Báo cáo tháng 7', 'Café và Noël', 'José có 3 tác phẩm']) expect([s, detectLegacyEncoding(s)]).toEqual([s, null]);
  });
});

describe('text converted in place that kept its .VnTime font', () => {
  it('is read as Unicode, even words made of Latin-1 letters only ("Phòng", "Báo cáo")', () => {
    const converted = programme2025([task(1, 'Xây dựng kế hoạch kiểm tra', { lead: 'Phòng QLCN&CN', product: 'Báo cáo' }), task(2, 'Tổ chức hội thảo khoa học')]);
    const r = analyse([withFont(sheet('PL', converted), '.VnTime', [6, 7])]);
    expect(r.tasks.map((t) => [t.leadUnits, t.product])).toEqual([
      [['Phòng QLCN&CN'], 'Báo cáo'],
      [['Phòng QLKH&ĐMST'], 'Kế hoạch của Sở'],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('while a cell of that font still in TCVN3 is converted', () => {
    const rows = programme2025([task(1, 'Xây dựng kế hoạch kiểm tra'), task(2, 'Tổ chức hội thảo khoa học', { lead: encodeTcvn3('Văn phòng Sở') })]);
    const r = analyse([withFont(sheet('PL', rows), '.VnTime', [6, 7])]);
    expect(legacy(r)).toEqual(['C7 Văn phòng Sở']);
  });

  it.each([
    ['.VnTime', encodeTcvn3],
    ['VNI-Times', encodeVni],
  ])('so is a %s cell whose only legacy letter is a capital of an acronym ("PG§ Mai Thoan", "PGÑ Mai Thoan", "QLTC§LCL")', (font, encode) => {
    const rows = programme2025([
      task(1, 'Xây dựng kế hoạch kiểm tra'),
      task(2, 'Kiểm tra đo lường', { lead: encode('QLTCĐLCL'), leader: encode('PGĐ Mai Thoan') }),
    ]);
    const r = analyse([withFont(sheet('PL', rows), font, [6, 7])]);
    expect(r.tasks.map((t) => [t.leadUnits, t.leaders])).toEqual([
      [['Phòng QLKH&ĐMST'], ['PGĐ Sở Phan Văn Hiếu']],
      [['Phòng QLTCĐLCL'], ['PGĐ Sở Mai Thoan']],
    ]);
    expect(legacy(r)).toEqual(['C7 QLTCĐLCL', 'F7 PGĐ Mai Thoan']);
    expect(r.findings.filter((f) => f.code === 'unknown-leader' || f.code === 'unknown-unit')).toEqual([]);
  });
});

describe('the fix of a cell in a legacy font', () => {
  it('sets the Unicode font that shows the same (its text would show as garbage in .VnTime); a cell in a Unicode font keeps its own', () => {
    const rows = programme2025([
      task(1, encodeTcvn3('Xây dựng kế hoạch kiểm tra'), { lead: encodeTcvn3('Văn phòng Sở'), product: encodeVni('Kế hoạch của Sở') }),
      task(2, 'Tổ chức hội thảo khoa học', { coord: encodeTcvn3('Phòng QLKH&ĐMST') }),
    ]);
    const grid = sheet('PL', rows, { fonts: { B6: '.VnTime', C6: '.VnArialH', E6: 'VNI-Times' } });
    const r = analyse([grid]);
    expect(r.findings.filter((f) => f.code === 'legacy-encoding').map((f) => [`${f.column}${f.row}`, f.fix?.font ?? null])).toEqual([
      ['B6', 'Times New Roman'],
      ['C6', 'Arial'],
      ['E6', 'Times New Roman'],
      ['D7', null],
    ]);
  });
});

describe('cp1252 punctuation in TCVN3 text', () => {
  it('an apostrophe, an en dash or an ellipsis between letters stays what it is', () => {
    expect(convertLegacy(encodeTcvn3('giống gà') + ' H’re', 'tcvn3')).toBe('giống gà H’re');
    expect(convertLegacy(encodeTcvn3('Phòng') + ' KH–CN', 'tcvn3')).toBe('Phòng KH–CN');
    expect(convertLegacy(encodeTcvn3('Báo cáo') + '…v.v', 'tcvn3')).toBe('Báo cáo…v.v');
  });

  it('a font name in lower case is still an all-capital font', () => {
    expect(isUppercaseLegacyFont('.vntimeh')).toBe(true);
    expect(detectLegacyEncoding('Ñôn vò chuû trì')).toBe('vni');
  });
});

describe('a fix of a name in a cell set in a legacy font', () => {
  it('carries the Unicode font, whichever check made it, so the fixed cell does not show garbage', () => {
    const rows = programme2025([
      task(1, 'Tổ chức hội thảo khoa học', { lead: encodeTcvn3('Phòng Hành chính - Tổng hợp') }),
      task(2, 'Xây dựng kế hoạch', { leader: encodeVni('PGĐ Sở Phan Văn Hiu') }),
      task(3, 'Tổng hợp báo cáo', { lead: 'Phòng HCTH' }),
    ]);
    const r = analyse([sheet('PL', rows, { fonts: { C6: '.VnTime', F7: 'VNI-Times' } })]);
    const fixes = r.findings.filter((f) => f.fix).map((f) => [f.code, `${f.column}${f.row}`, f.fix]);
    expect(fixes).toEqual([
      ['outdated-unit', 'C6', { value: 'Văn phòng Sở', font: 'Times New Roman' }],
      ['legacy-encoding', 'C6', { value: 'Văn phòng Sở', font: 'Times New Roman' }],
      ['unknown-leader', 'F7', { value: 'PGĐ Sở Phan Văn Hiếu', font: 'Times New Roman' }],
      ['legacy-encoding', 'F7', { value: 'PGĐ Sở Phan Văn Hiếu', font: 'Times New Roman' }],
      // A cell in a Unicode font keeps its font.
      ['outdated-unit', 'C8', { value: 'Văn phòng Sở' }],
    ]);
  });
});

describe('a cell typed in a legacy encoding that names an outdated unit', () => {
  it('offers one fix for the cell, converted with the current names and its line breaks, in a Unicode font', () => {
    const rows = programme2025([
      task(1, 'Tổ chức hội thảo khoa học', { lead: encodeTcvn3('Phòng KH-CN (chủ trì);\nVăn phòng Sở') }),
      task(2, 'Xây dựng kế hoạch chuyển đổi số', { coord: encodeVni('Phòng BCVTCNTT, VP Sở') }),
      task(3, 'Báo cáo công tác cải cách hành chính', { lead: 'Phòng  HCTH' }),
      task(4, 'Tổng hợp báo cáo tháng', { lead: 'Văn phòng Sở' }),
    ]);
    const r = analyse([sheet('PL', rows, { fonts: { C6: '.VnTime', D7: 'VNI-Times' } })]);
    const fixes = new Map<string, Set<string>>();
    for (const f of r.findings.filter((x) => x.fix)) {
      const cell = `${f.column}${f.row}`;
      fixes.set(cell, (fixes.get(cell) ?? new Set()).add(JSON.stringify(f.fix)));
    }
    expect([...fixes].map(([cell, values]) => [cell, [...values].map((v) => JSON.parse(v))])).toEqual([
      ['C6', [{ value: 'Phòng QLKH&ĐMST (chủ trì);\nVăn phòng Sở', font: 'Times New Roman' }]],
      ['D7', [{ value: 'Phòng BCVT&CĐS, Văn phòng Sở', font: 'Times New Roman' }]],
      ['C8', [{ value: 'Văn phòng Sở' }]],
    ]);
    // Each cell's findings all offer that fix: the legacy-encoding one (or the spacing one) too.
    expect(r.findings.filter((f) => ['C6', 'D7', 'C8'].includes(`${f.column}${f.row}`)).map((f) => `${f.code} ${f.column}${f.row}`)).toEqual([
      'outdated-unit C6',
      'legacy-encoding C6',
      'outdated-unit D7',
      'legacy-encoding D7',
      'inconsistent-spelling D7',
      'outdated-unit C8',
      'irregular-whitespace C8',
    ]);
  });
});
