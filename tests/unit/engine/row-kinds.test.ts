/**
 * Rows that look like tasks but are not, and headings written the way units write them: a row
 * numbering the columns, numbered quarter and month rows, Roman-numbered months, a numbered group
 * over "2.1", "2.2", remarks under the table; the period a sheet's name or title gives.
 */
import { analyseWorkbook, combineReports, mixedYearsWarning, type CellValue, type FileReport } from '../../../src/engine';
import { formatReport } from '../../../src/cli/format';
import { analyse as analyseSheets, HEADER_2025 as HEADER, sheet, task } from '../../helpers/grid';

const analyse = (...sheets: ReturnType<typeof sheet>[]): FileReport => analyseSheets(sheets, { fileName: 'x.xlsx' });
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const TITLE = ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'];
const placed = (r: FileReport) => r.tasks.map((t) => [t.stt, t.quarter, t.month]);

describe('rows that are not tasks', () => {
  it('a row numbering the columns under the header ("1 | 2 | … | 7", "(1) | (2) …") is not a task', () => {
    for (const numbers of [[1, 2, 3, 4, 5, 6, 7], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'], ['1', '2', '3', '4', '5']]) {
      const r = analyse(sheet('KH', [TITLE, HEADER, numbers, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B')]));
      expect(r.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A', 'Tổ chức hội thảo B']);
      expect(codes(r)).toEqual([]);
    }
  });

  it('so is one whose numbers moved with their columns ("(1) | (3) | (2) | …": columns reordered, not renumbered)', () => {
    for (const numbers of [[1, 3, 2, 4, 5, 6, 7], ['(1)', '(2)', '(7)', '(6)', '(5)', '(4)', '(3)']]) {
      const r = analyse(sheet('KH', [TITLE, HEADER, numbers, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B')]));
      expect(r.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A', 'Tổ chức hội thảo B']);
      expect(codes(r)).toEqual([]);
    }
  });

  it('a whole task numbered in Roman by slip ("III | Tổ chức hội thảo C | unit | … | leader") is a task of its quarter, not a section swallowing it', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (4 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội nghị B'), task('III', 'Tổ chức hội thảo C'), task(4, 'Báo cáo D'), ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Tổng kết E')]));
    expect(r.tasks.map((t) => [t.stt, t.task, t.quarter])).toEqual([['1', 'Xây dựng kế hoạch A', 3], ['2', 'Tổ chức hội nghị B', 3], ['III', 'Tổ chức hội thảo C', 3], ['4', 'Báo cáo D', 3], ['1', 'Tổng kết E', 4]]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 4, 4], ['Quý IV', 1, 1]]);
    expect(codes(r).filter((c) => c.startsWith('declared-count'))).toEqual([]);
    // A Roman row naming a part stays a section, its unit's cells or not.
    const part = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (1 nhiệm vụ)', 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở'], task(1, 'Xây dựng kế hoạch A')]));
    expect([part.tasks.map((t) => [t.task, t.quarter]), part.summary.sections.map((s) => [s.label, s.declared, s.actual])]).toEqual([[['Xây dựng kế hoạch A', 3]], [['Quý III', 1, 1]]]);
    // Nor one that does not follow the number above: "II | Công tác thanh tra | Thanh tra Sở | … | PGĐ" after tasks 1–3 heads its own.
    const group = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Công tác quản lý khoa học'], task(1, 'A'), task(2, 'B'), task(3, 'C'), ['II', 'Công tác thanh tra', 'Văn phòng Sở', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'], task(1, 'D')]));
    expect(group.tasks.map((t) => [t.stt, t.task])).toEqual([['1', 'A'], ['2', 'B'], ['3', 'C'], ['1', 'D']]);
    expect(group.tasks[3].section).toMatch(/^Công tác thanh tra/);
    // Nor one that follows a part of a single task: the numbers below it start again at 1.
    const single = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Công tác quản lý khoa học'], task(1, 'A'), ['II', 'Công tác thanh tra', 'Văn phòng Sở', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'], task(1, 'D'), task(2, 'E')]));
    expect(single.tasks.map((t) => [t.stt, t.task, t.section?.startsWith('Công tác thanh tra') ?? false])).toEqual([['1', 'A', false], ['1', 'D', true], ['2', 'E', true]]);
    expect(single.findings.filter((f) => f.code === 'duplicate-number')).toEqual([]);
  });

  it('a task numbered in Roman by slip is reported at its own number, with the number it stands for, and the number after it is no gap', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (4 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội nghị B'), task('III', 'Tổ chức hội thảo C'), task(4, 'Báo cáo D'), task(5, 'Kiểm tra E')]));
    const numbering = r.findings.filter((f) => f.field === 'stt');
    expect(numbering.map((f) => [f.code, `${f.column}${f.row}`, f.message, f.fix?.value])).toEqual([['number-gap', 'A6', 'Số thứ tự "III" viết bằng số La Mã (nên là 3).', '3']]);
  });

  it('a whole task numbered "II" between 2 and 4 (any Roman value) is the task 3 it stands for, reported at its number; a real section row stays a heading', () => {
    const rows = (roman: CellValue[]) => [TITLE, HEADER, ['I', 'Quý III (4 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội nghị B'), roman, task(4, 'Báo cáo D'), ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Tổng kết E')];
    for (const n of ['II', 'IV']) {
      const r = analyse(sheet('KH', rows(task(n, 'Ban hành quyết định C'))));
      expect(r.tasks.map((t) => [t.stt, t.task, t.quarter])).toEqual([['1', 'Xây dựng kế hoạch A', 3], ['2', 'Tổ chức hội nghị B', 3], [n, 'Ban hành quyết định C', 3], ['4', 'Báo cáo D', 3], ['1', 'Tổng kết E', 4]]);
      expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 4, 4], ['Quý IV', 1, 1]]);
      expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, `${f.column}${f.row}`, f.message])).toEqual([['number-gap', 'A6', `Số thứ tự "${n}" không theo dãy số (giữa 2 và 4, nên là 3).`]]);
    }
    // Its leader merged down from task 1 across it: a task's run, no heading's.
    const merged = analyse(sheet('KH', rows(task('II', 'Ban hành quyết định C', { leader: '' })).map((row, i) => (i === 4 || i === 6 ? [...row.slice(0, 5), '', ...row.slice(6)] : row)), { merges: ['F4:F7'] }));
    expect(merged.tasks.map((t) => [t.stt, t.leaders])).toEqual([['1', ['PGĐ Sở Phan Văn Hiếu']], ['2', ['PGĐ Sở Phan Văn Hiếu']], ['II', ['PGĐ Sở Phan Văn Hiếu']], ['4', ['PGĐ Sở Phan Văn Hiếu']], ['1', ['PGĐ Sở Phan Văn Hiếu']]]);
    // Missing its leader (or its cells empty, a heading's), it is no such slip: a section as before.
    const noLeader = analyse(sheet('KH', rows(task('II', 'Ban hành quyết định C', { leader: '' }))));
    expect(noLeader.tasks.map((t) => t.stt)).toEqual(['1', '2', '4', '1']);
    const section = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'A'), task(2, 'B'), ['II', 'NHIỆM VỤ TRỌNG TÂM'], task(1, 'C')]));
    expect(section.tasks.map((t) => [t.stt, t.quarter])).toEqual([['1', 3], ['2', 3], ['1', null]]);
  });

  it('a whole first task numbered "I" over 2, 3 is task 1, reported as a Roman slip; so is one opening a month numbered again', () => {
    const first = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (3 nhiệm vụ)'], task('I', 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội nghị B'), task(3, 'Báo cáo C')]));
    expect(first.tasks.map((t) => [t.stt, t.quarter])).toEqual([['I', 3], ['2', 3], ['3', 3]]);
    expect(first.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, `${f.column}${f.row}`, f.message, f.fix?.value])).toEqual([['number-gap', 'A4', 'Số thứ tự "I" viết bằng số La Mã (nên là 1).', '1']]);
    const month = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (4 nhiệm vụ)'], [null, 'Tháng 7'], task(1, 'A'), task(2, 'B'), [null, 'Tháng 8'], task('I', 'C'), task(2, 'D')]));
    expect(month.tasks.map((t) => [t.stt, t.month])).toEqual([['1', 7], ['2', 7], ['I', 8], ['2', 8]]);
    expect(month.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, `${f.column}${f.row}`])).toEqual([['number-gap', 'A8']]);
  });

  it('a stray number between two that skip one ("1, 2, I.1, 4") is reported at its own cell, as the number it stands for, and the number after it is no gap', () => {
    const numbering = (stray: string, after = 4) => {
      const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội nghị B'), task(stray, 'Tổ chức hội thảo C'), task(after, 'Báo cáo D'), task(after + 1, 'Kiểm tra E')]));
      return r.findings.filter((f) => f.field === 'stt').map((f) => [f.code, `${f.column}${f.row}`, f.message]);
    };
    for (const stray of ['I.1', 'IV.2', '1.1', 'B.2']) expect(numbering(stray)).toEqual([['number-gap', 'A6', `Số thứ tự "${stray}" không theo dãy số (giữa 2 và 4, nên là 3).`]]);
    // A part of task 2 ("2.1"), the first of task 3 ("3.1") or an item of a list ("a)") is in the sequence: the gap is where it is.
    expect(numbering('2.1')).toEqual([['number-gap', 'A7', 'Số thứ tự nhảy từ 2 sang 4 (thiếu 3).']]);
    expect(numbering('3.1')).toEqual([]);
    expect(numbering('a)')).toEqual([['number-gap', 'A7', 'Số thứ tự nhảy từ 2 sang 4 (thiếu 3).']]);
    // Not between two that skip one: nothing is said of it, the gap is said as before.
    expect(numbering('I.1', 6)).toEqual([['number-gap', 'A7', 'Số thứ tự nhảy từ 2 sang 6 (thiếu 3–5).']]);
  });

  it('a Roman part row carrying a unit, product and leader is named by its title cell alone, in tasks and in its count\'s message', () => {
    const part = (title: string): CellValue[] => ['II', title, 'Văn phòng Sở', null, 'Báo cáo', 'PGĐ Sở Mai Thoan'];
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Công tác quản lý khoa học'], task(1, 'A'), task(2, 'B'), task(3, 'C'), part('Công tác thanh tra'), task(1, 'D')]));
    expect(r.tasks.map((t) => t.section)).toEqual(['Công tác quản lý khoa học', 'Công tác quản lý khoa học', 'Công tác quản lý khoa học', 'Công tác thanh tra']);
    // Its count in the title cell is read, and the message names the part by its title.
    const counted = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Công tác quản lý khoa học'], task(1, 'A'), task(2, 'B'), task(3, 'C'), part('Công tác thanh tra (1 nhiệm vụ)'), task(1, 'D'), task(2, 'E')]));
    expect(counted.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Công tác thanh tra', 1, 2]]);
    expect(counted.findings.map((f) => [f.code, f.row, f.message])).toEqual([['declared-count-mismatch', 7, expect.stringMatching(/^"Công tác thanh tra" ghi 1 nhiệm vụ/)]]);
  });

  it('numbered quarter and month rows with no unit, leader or product are headings (the 2024 programme)', () => {
    const r = analyse(
      sheet('KH', [
        TITLE,
        HEADER,
        ['II', 'NHIỆM VỤ CỤ THỂ THEO QUÝ'],
        [1, 'Những nội dung hoàn thành trong Quý III: Gồm 2 nhiệm vụ'],
        task(1, 'Xây dựng kế hoạch A'),
        task(2, 'Tổ chức hội thảo B'),
        [2, 'Những nội dung hoàn thành trong Quý IV: Gồm 2 nhiệm vụ'],
        [1, 'Tháng 10'],
        task('1.1', 'Kiểm tra C'),
        task('1.2', 'Báo cáo năm D'),
      ]),
    );
    expect(placed(r)).toEqual([['1', 3, null], ['2', 3, null], ['1.1', 4, 10], ['1.2', 4, 10]]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 2, 2], ['Quý IV', 2, 2]]);
    expect(codes(r)).toEqual([]);
    // A task that mentions a quarter is still a task.
    const task5 = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý IV (1 nhiệm vụ)'], task(1, 'Báo cáo kết quả Quý III')]));
    expect(task5.tasks.map((t) => t.task)).toEqual(['Báo cáo kết quả Quý III']);
  });

  it('Roman-numbered months under a lettered quarter keep the quarter', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['A', 'QUÝ III (4 nhiệm vụ)'], ['I', 'Tháng 7'], task(1, 'A'), task(2, 'B'), ['II', 'Tháng 8'], task(3, 'C'), task(4, 'D')]));
    expect(placed(r)).toEqual([['1', 3, 7], ['2', 3, 7], ['3', 3, 8], ['4', 3, 8]]);
    expect(codes(r)).toEqual([]);
  });

  it('a month row under a quarter it is not in ("Tháng 10" under "Quý III") is pointed at; a range partly in it is not', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (3 nhiệm vụ)'], ['', 'Tháng 7'], task(1, 'A'), ['', 'Tháng 10'], task(2, 'B'), ['', 'Tháng 11'], task(3, 'C')]));
    expect(codes(r)).toEqual(['month-outside-quarter B6']);
    const f = r.findings[0];
    expect(f.message).toBe('"Tháng 10" nằm trong phần Quý III, nhưng tháng 10 thuộc Quý IV.');
    expect(f.severity).toBe('warning');
    // The tasks go with their month (a warning, not a guess); the heading's count still holds.
    expect(placed(r)).toEqual([['1', 3, 7], ['2', 4, 10], ['3', 4, 11]]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 3, 3]]);
    // "Tháng 9-10" is partly in Quý III; a sheet named "Quý III" is a quarter too.
    expect(codes(analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III'], ['', 'Tháng 9-10'], task(1, 'A')])))).toEqual([]);
    expect(codes(analyse(sheet('Quý III', [TITLE, HEADER, ['', 'Tháng 12'], task(1, 'A')])))).toEqual(['month-outside-quarter B3']);
    // Month rows with no quarter heading: "Tháng 10" after "Tháng 8" is no slip.
    expect(codes(analyse(sheet('KH', [TITLE, HEADER, ['', 'Tháng 8'], task(1, 'A'), ['', 'Tháng 10'], task(2, 'B')])))).toEqual([]);
    // A new section ends the quarter: its months are its own.
    expect(codes(analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III'], task(1, 'A'), ['II', 'Nhiệm vụ phát sinh'], ['', 'Tháng 10'], task(1, 'B')])))).toEqual([]);
  });

  it('a numbered group with no cells over "2.1", "2.2" is not a task, and its number is not a gap', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III'], task(1, 'Xây dựng kế hoạch A'), [2, 'Công tác quản lý nhiệm vụ KH&CN:'], task('2.1', 'Kiểm tra B'), task('2.2', 'Đánh giá C'), task(3, 'Báo cáo D')]));
    expect(r.tasks.map((t) => t.stt)).toEqual(['1', '2.1', '2.2', '3']);
    expect(codes(r)).toEqual([]);
  });

  it('a remark under the table ("Ghi chú: …", "* Ghi chú:" and its "- " lines) is neither task text nor a heading', () => {
    const below = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [null, 'Ghi chú: Các nhiệm vụ in đậm là nhiệm vụ quan trọng.']]));
    expect(below.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A', 'Tổ chức hội thảo B']);
    const bullets = analyse(
      sheet('KH', [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [], ['* Ghi chú:'], ['- Tổng số có 2 nhiệm vụ trong quý III'], ['- Các phòng cập nhật tiến độ trước ngày 25 hằng tháng']]),
    );
    expect(bullets.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 2, 2]]);
    expect(codes(bullets)).toEqual([]);
    // A remark inside the table (under the header, between tasks) does not end it: numbered tasks follow.
    for (const at of [3, 5]) {
      const rows = [TITLE, HEADER, ['I', 'Quý III (3 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), task(3, 'Kiểm tra C')];
      rows.splice(at, 0, [null, 'Ghi chú: bảng cập nhật ngày 15/9/2025']);
      const inside = analyse(sheet('KH', rows));
      expect([at, inside.tasks.map((t) => t.task), codes(inside)]).toEqual([at, ['Xây dựng kế hoạch A', 'Tổ chức hội thảo B', 'Kiểm tra C'], []]);
    }
    // A signature block ends it for good.
    const signed = analyse(sheet('KH', [TITLE, HEADER, task(1, 'Xây dựng kế hoạch A'), [null, 'Nơi nhận:'], [1, '- UBND tỉnh (b/c);', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo']]));
    expect(signed.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A']);
  });

  it('a footnote right under the last task ("(*) …", "* …", "Nguồn: …"), in the task or the number column, ends the table', () => {
    for (const note of ['(*) Nhiệm vụ chuyển tiếp từ năm 2024', '* Nhiệm vụ chuyển tiếp từ năm 2024', 'Nguồn: Quyết định số 12/QĐ-SKHCN ngày 10/01/2025 của Giám đốc Sở']) {
      for (const footnote of [[null, note], [note]]) {
        const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), footnote]));
        expect([note, r.tasks.map((t) => t.task), r.summary.sections.map((s) => [s.label, s.declared, s.actual]), codes(r)]).toEqual([note, ['Xây dựng kế hoạch A', 'Tổ chức hội thảo B'], [['Quý III', 2, 2]], []]);
      }
    }
    // Between two quarters, numbered tasks after it are still the table's.
    const inside = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), [null, '(*) Nhiệm vụ chuyển tiếp'], ['II', 'Quý IV (1 nhiệm vụ)'], task(1, 'Tổ chức hội thảo B')]));
    expect([inside.tasks.map((t) => [t.task, t.quarter]), codes(inside)]).toEqual([[['Xây dựng kế hoạch A', 3], ['Tổ chức hội thảo B', 4]], []]);
    // "* " items of a task that opens a list, and the rest of a task cut at a page break, stay the task's.
    const items = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Tổ chức các hoạt động gồm:'), [null, '* Hội thảo khoa học'], [null, '* Triển lãm'], task(2, 'Tổ chức hội thảo khoa học tại'), [null, 'Quảng Ngãi năm 2025']]));
    expect(items.tasks.map((t) => t.task)).toEqual(['Tổ chức các hoạt động gồm:\n* Hội thảo khoa học\n* Triển lãm', 'Tổ chức hội thảo khoa học tại Quảng Ngãi năm 2025']);
  });

  it('numbers 1, 1, 2, 3: one duplicate, no gap', () => {
    const r = analyse(sheet('KH', [TITLE, HEADER, ['I', 'Quý III'], task(1, 'A'), task(1, 'B'), task(2, 'C'), task(3, 'D')]));
    expect(codes(r)).toEqual(['duplicate-number A5']);
  });
});

describe('the period a sheet says where it has no headings', () => {
  const plain = (name: string, title = 'KẾ HOẠCH CÔNG TÁC NĂM 2025') => sheet(name, [[title], HEADER, task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B')]);

  it('a sheet per quarter or month ("Quý III", "Tháng 8", "T10/2025"); a bare "T2" may be a page', () => {
    const r = analyse(plain('Quý III'), plain('Tháng 8'), plain('T10/2025'), plain('T2'));
    expect(r.tasks.map((t) => [t.sheet, t.quarter, t.month])).toEqual([
      ['Quý III', 3, null],
      ['Quý III', 3, null],
      ['Tháng 8', 3, 8],
      ['Tháng 8', 3, 8],
      ['T10/2025', 4, 10],
      ['T10/2025', 4, 10],
      ['T2', null, null],
      ['T2', null, null],
    ]);
  });

  it('a title "… đến tháng 8" or naming two months does not put every task in one month', () => {
    for (const title of ['TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2025 ĐẾN THÁNG 8', 'NHIỆM VỤ THÁNG 8 VÀ NHIỆM VỤ TRỌNG TÂM THÁNG 9 NĂM 2025']) {
      expect(analyse(plain('KH', title)).tasks.map((t) => t.month)).toEqual([null, null]);
    }
    expect(analyse(plain('KH', 'KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025')).tasks.map((t) => t.month)).toEqual([8, 8]);
  });
});

it('a "Kết quả thực hiện" column saying "Đã hoàn thành" gives the status where there is no status column', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Kết quả thực hiện'];
  const row = (n: number, result: string) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', result];
  const r = analyse(sheet('KH', [TITLE, header, ['I', 'Quý III'], row(1, 'Đã hoàn thành'), row(2, 'Báo cáo số 12/BC-SKHCN'), row(3, 'Chưa thực hiện')]));
  expect(r.tasks.map((t) => [t.status, t.result])).toEqual([
    ['Hoàn thành', 'Đã hoàn thành'],
    [null, 'Báo cáo số 12/BC-SKHCN'],
    ['Chưa thực hiện', 'Chưa thực hiện'],
  ]);
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['2', '3']);
});

it('a "Kết quả thực hiện" reporting the product issued or held ("Đã ban hành Báo cáo số …", "Đã tổ chức …") is done where there is no status column', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Kết quả thực hiện'];
  const row = (n: number, result: string) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', result];
  const results = [
    'Đã ban hành Báo cáo số 120/BC-SKHCN ngày 15/7/2025',
    'Đã tổ chức hội nghị tổng kết với 120 đại biểu tham dự',
    'Đã ban hành Kế hoạch số 12/KH-SKHCN; đang triển khai thực hiện',
    'Đã tổ chức 01/02 lớp tập huấn',
    'Đã trình UBND tỉnh (Tờ trình số 45/TTr-SKHCN)',
    'Đang thực hiện, dự kiến xong 30/9',
  ];
  const r = analyse(sheet('KH', [TITLE, header, ['I', 'Quý III'], ...results.map((x, i) => row(i + 1, x))]));
  // Done as written, or as "Hoàn thành" when the words are a report rather than a status; under way
  // and part done are not done, and a submission is left unsaid (done or not depends on the product).
  expect(r.tasks.map((t) => t.status)).toEqual([results[0], 'Hoàn thành', null, null, null, results[5]]);
  expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Chưa cập nhật': 3, 'Đang thực hiện': 1 });
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['3', '4', '5', '6']);
  expect(r.tasks.map((t) => t.result)).toEqual(results);

  // Where the table has a status column and the status is blank, the result is read by the same rules.
  const withStatus = analyse(sheet('KH', [TITLE, [...header, 'Tình trạng'], ['I', 'Quý III'], [...row(1, results[1]), null], [...row(2, 'Đã tổ chức'), null]]));
  expect(withStatus.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Đã tổ chức']);
});

it('in a table with a status column, a blank status beside a result reporting completion counts the result; a status written wins', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng', 'Kết quả'];
  const row = (n: number, status: string | null, result: string) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', status, result];
  const r = analyse(
    sheet('KH', [
      TITLE,
      header,
      ['I', 'Quý III'],
      row(1, null, 'Hoàn thành ngày 5/8/2025'),
      row(2, null, 'Đã ban hành Báo cáo số 120/BC-SKHCN ngày 5/8/2025'),
      row(3, 'Đang thực hiện', 'Đã ban hành Báo cáo số 121/BC-SKHCN'),
      row(4, null, 'Đã trình UBND tỉnh (Tờ trình số 45/TTr-SKHCN)'),
      row(5, null, 'Đã ban hành Kế hoạch số 12/KH-SKHCN; đang triển khai thực hiện'),
    ]),
  );
  expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành ngày 5/8/2025', 'Đã ban hành Báo cáo số 120/BC-SKHCN ngày 5/8/2025', 'Đang thực hiện', null, null]);
  expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 1, 'Chưa cập nhật': 2 });
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['3', '4', '5']);
  expect(codes(r)).toEqual([]);
});

it('"Đã tổ chức" in the status column is done, kept as written', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng'];
  const row = (n: number, status: string) => [n, `Tổ chức hội thảo ${n}`, 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', status];
  const r = analyse(sheet('KH', [TITLE, header, ['I', 'Quý III'], row(1, 'Đã tổ chức'), row(2, 'Đã tổ chức ngày 20/7/2025')]));
  expect([codes(r), r.summary.byStatus, r.summary.overdue, r.tasks.map((t) => t.status)]).toEqual([[], { 'Hoàn thành': 2 }, [], ['Đã tổ chức', 'Đã tổ chức ngày 20/7/2025']]);
});

it('"Đã tổ chức hội nghị …", "Đã thực hiện kiểm tra …" in the status column are done, as in a result column; part done or awaiting is not', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng'];
  const row = (n: number, status: string) => [n, `Tổ chức hội thảo ${n}`, 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', status];
  const statuses = ['Đã tổ chức hội nghị tổng kết', 'Đã thực hiện kiểm tra 05 cơ sở', 'Đã tổ chức 01/02 lớp tập huấn', 'Đã trình, chờ phê duyệt', 'Đã xong 50%'];
  const r = analyse(sheet('KH', [TITLE, header, ['I', 'Quý III'], ...statuses.map((s, i) => row(i + 1, s))]));
  expect(codes(r)).toEqual(['unknown-status G6']);
  expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đã tổ chức 01/02 lớp tập huấn': 1, 'Đang thực hiện': 2 });
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['3', '4', '5']);
});

it('a hidden sheet (last year’s programme kept out of sight) is checked only when no visible sheet holds a table, or when named', () => {
  const visible = sheet('CTCT 2025', [TITLE, HEADER, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A')]);
  const hidden = { ...sheet('CTCT 2024', [['KẾ HOẠCH CÔNG TÁC NĂM 2024'], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Nhiệm vụ cũ B', { lead: 'Phòng QLKH' })]), hidden: true };
  const both = analyseSheets([visible, hidden], { fileName: 'x.xlsx' });
  expect([both.sheets, both.summary.taskCount]).toEqual([['CTCT 2025'], 1]);
  expect(analyseSheets([hidden], { fileName: 'x.xlsx' }).summary.taskCount).toBe(1);
  expect(analyseWorkbook({ sheets: [visible, hidden] }, { fileName: 'x.xlsx', sheet: 'CTCT 2024', asOf: '2026-11-21' }).tasks.map((t) => t.task)).toEqual(['Nhiệm vụ cũ B']);
});

it('two visible sheets of different years are both checked, and the summary says their counts add up two years', () => {
  const y2025 = sheet('CTCT 2025', [TITLE, HEADER, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A')]);
  const y2024 = sheet('CTCT 2024', [['KẾ HOẠCH CÔNG TÁC NĂM 2024'], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], task(1, 'Nhiệm vụ cũ B', { lead: 'Phòng QLKH' })]);
  const both = analyseSheets([y2025, y2024], { fileName: 'x.xlsx' });
  expect([both.summary.taskCount, both.sheetYears]).toEqual([2, { 'CTCT 2025': 2025, 'CTCT 2024': 2024 }]);
  expect(mixedYearsWarning(combineReports([both], '2026-11-21'))).toBe('Các trang thuộc 2 năm khác nhau (2024, 2025): số nhiệm vụ theo quý, theo tháng là cộng dồn các năm; nên tổng hợp riêng từng năm.');
  expect(mixedYearsWarning(combineReports([analyseSheets([y2025], { fileName: 'x.xlsx' })], '2026-11-21'))).toBeNull();
  // The command's report says it under the file's own summary.
  expect(formatReport(combineReports([both], '2026-11-21'))).toContain('TỔNG HỢP\n⚠ Các trang thuộc 2 năm khác nhau (2024, 2025)');
});

it('a note that is a status and nothing else ("Đã hoàn thành") gives the status where the status and the result say nothing', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Ghi chú'];
  const row = (n: number, note: string, ...more: (string | null)[]) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', note, ...more];
  const notes = ['Đã hoàn thành', 'Hoàn thành ngày 20/7/2025', 'Đang thực hiện', 'Nhiệm vụ quan trọng tham mưu UBND tỉnh', 'Hoàn thành trước 30/7', 'Tiếp tục thực hiện'];
  const r = analyse(sheet('KH', [TITLE, header, ['I', 'Quý III'], ...notes.map((x, i) => row(i + 1, x))]));
  // A remark or a plan in the note is no status ("Tiếp tục thực hiện": carried over from last year).
  expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành', notes[1], 'Đang thực hiện', null, null, null]);
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['3', '4', '5', '6']);
  expect(r.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);

  // A status or a result written wins over the note.
  const both = analyse(sheet('KH', [TITLE, [...header, 'Tình trạng', 'Kết quả'], ['I', 'Quý III'], row(1, 'Đã hoàn thành', 'Đang thực hiện', null), row(2, 'Đã hoàn thành', null, 'Chưa thực hiện')]));
  expect(both.tasks.map((t) => t.status)).toEqual(['Đang thực hiện', 'Chưa thực hiện']);
});

it('a plan\'s note saying what others approved ("Đã được UBND tỉnh phê duyệt tại Quyết định số …") is the task\'s basis, not its status', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Ghi chú'];
  const notes = ['Đã được UBND tỉnh phê duyệt tại Quyết định số 45/QĐ-UBND', 'Đã được Bộ KH&CN công bố năm 2024', 'Đã ban hành Kế hoạch số 12/KH-SKHCN'];
  const rows = notes.map((note, i) => [i + 1, `Triển khai Đề án ${i + 1}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', note]);
  const r = analyseWorkbook({ sheets: [sheet('KH', [TITLE, header, ['I', 'Quý III'], ...rows])] }, { fileName: 'x.xlsx', asOf: '2025-10-15' });
  // The unit's own deed ("Đã ban hành …") still reads as done; a passive approval stays a remark, so the task is still due.
  expect(r.tasks.map((t) => t.status)).toEqual([null, null, notes[2]]);
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['1', '2']);
});

it('a "Ngày hoàn thành" column beside the deadline gives a task with no status the day it was done: done, or planned while ahead', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành'];
  const row = (n: number, status: string | null, done: CellValue) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025', status, done];
  const r = analyseWorkbook(
    { sheets: [sheet('KH', [TITLE, header, ['I', 'Quý III'], row(1, null, { kind: 'date', iso: '2025-07-20' }), row(2, null, '25/7/2025'), row(3, null, '20/12/2025'), row(4, 'Đang thực hiện', '25/7/2025'), row(5, null, null)])] },
    { fileName: 'x.xlsx', asOf: '2025-10-15' },
  );
  // A status written wins; a day still ahead of the report date is planned, so under way and overdue.
  expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 2, 'Chưa cập nhật': 1 });
  expect(r.summary.overdue.map((t) => t.stt)).toEqual(['3', '4', '5']);
  expect(r.tasks[0]!.deadline).toBe('2025-07-31');

  // Alone, with no deadline, status or result beside it, the column may be the day due: not read as done.
  const alone = analyse(sheet('KH', [TITLE, ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Ngày hoàn thành'], ['I', 'Quý III'], [1, 'Nhiệm vụ 1', 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '25/7/2025']]));
  expect(alone.tasks.map((t) => t.status)).toEqual([null]);
});
