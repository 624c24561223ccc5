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
