/**
 * Reading across the rows that part a table: a month row between a list's title and its items or
 * parts, a title line over a second table, a quarter continued after the next one; and the marks
 * that open a list item in a task's text.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

const read = (rows: CellValue[][]): FileReport => analyse([sheet('Phụ lục II', rows)], { fileName: 'x.xlsx' });
const where = (r: FileReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`);

describe('a list item\'s bullet in a task\'s continuation row', () => {
  it.each(['-', '+', '•', '*', '–', '—'])('"%s " starts a line of its own, as "- " does', (mark) => {
    const r = read(programme2025([task(1, 'Tổ chức kiểm tra, gồm:'), [null, `${mark} Kiểm tra tại cơ sở`]], 1));
    expect(r.tasks.map((t) => t.task)).toEqual([`Tổ chức kiểm tra, gồm:\n${mark} Kiểm tra tại cơ sở`]);
  });
});

describe('a part\'s Tháng or Quý cell holding a date', () => {
  const HEAD = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng'];
  const rows = (part: CellValue): CellValue[][] => [
    ['PHỤ LỤC II'],
    HEAD,
    ['I', 'Quý III (1 nhiệm vụ)'],
    [1, 'Tổ chức các hội nghị, gồm:', 'Phòng QLKH&ĐMST', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', 7],
    ['1.1', 'Hội nghị sơ kết', null, null, null, '20/7/2025'],
    ['1.2', 'Hội nghị tổng kết', null, null, null, part],
  ];

  it.each([['15/8/2025'], [{ kind: 'date', iso: '2025-08-15' } as CellValue]])('is read by its month: %j under a task of Tháng 7 is a part in another period', (part) => {
    const r = read(rows(part));
    expect(r.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7]]);
    expect(where(r)).toEqual(['part-period F6']);
    expect(r.findings.find((f) => f.code === 'part-period')?.message).toMatch(/^Phần "1\.2" ghi 15\/0?8\/2025, .* tính ở tháng 7\.$/);
  });

  it('of the task\'s own month is no other period, whatever its day', () => {
    expect(where(read(rows('31/7/2025')))).toEqual([]);
  });
});
