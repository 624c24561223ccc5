/**
 * What surrounds a programme table in real sheets: totals under it, preambles and cover pages that
 * mention counts, signature blocks right under the last task, month rows with a remark, titles
 * that name the quarter and year in words.
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { analyseWorkbook, combineReports } from '../../../src/engine';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { analyse as analyseSheets, HEADER_2025 as HEADER, sheet, task } from '../../helpers/grid';
import { AS_OF } from '../../helpers/fixtures';

const analyse = (...sheets: ReturnType<typeof sheet>[]): FileReport => analyseSheets(sheets, { fileName: 'x.xlsx' });
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);

describe('around the table', () => {
  it('a total line under the tasks counts the tasks above it', () => {
    const ok = analyse(sheet('Q4', [['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], [], HEADER, ['I', 'Quý IV (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [null, 'Tổng cộng: 02 nhiệm vụ']]));
    expect(ok.summary.taskCount).toBe(2);
    expect(codes(ok)).toEqual([]);
    expect(ok.summary.sections.map((s) => [s.row, s.declared, s.actual])).toEqual([[4, 2, 2], [7, 2, 2]]);
    const wrong = analyse(sheet('Q4', [HEADER, task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B'), [null, 'Tổng số: 03 nhiệm vụ']]));
    expect(codes(wrong)).toEqual(['declared-count-mismatch B4']);
  });

  it('a preamble sentence or a cover page that mentions a count is not a counted section', () => {
    const preamble = analyse(
      sheet('KH', [
        ['Căn cứ Quyết định số 123/QĐ-SKHCN ngày 15/9/2025 điều chỉnh Chương trình công tác năm 2025 (tổng cộng 176 nhiệm vụ);'],
        [],
        HEADER,
        [null, 'Tháng 7'],
        task(1, 'Xây dựng kế hoạch A'),
        task(2, 'Tổ chức hội thảo B'),
      ]),
    );
    expect(codes(preamble)).toEqual([]);
    const cover = analyse(
      sheet('Bìa', [['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'], ['(Gồm 2 nhiệm vụ của Phòng QLKH&ĐMST)']]),
      sheet('Nhiệm vụ', [['NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'], [], HEADER, ['I', 'Quý III (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B')]),
    );
    expect(codes(cover)).toEqual([]);
    expect(cover.summary.sections.map((s) => [s.sheet, s.declared, s.actual])).toEqual([['Nhiệm vụ', 2, 2]]);
  });

  it('a signature block right under the last task ends the table', () => {
    const r = analyse(
      sheet('Q4', [
        ['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'],
        [],
        HEADER,
        [null, 'Tháng 10'],
        task(1, 'Xây dựng kế hoạch A'),
        task(2, 'Tổ chức hội thảo B'),
        [null, 'Nơi nhận:', null, null, null, 'KT. GIÁM ĐỐC'],
        [null, '- Lưu: VT, VP.', null, null, null, 'PHÓ GIÁM ĐỐC'],
        [null, null, null, null, null, 'Phan Văn Hiếu'],
      ]),
    );
    expect(r.tasks.map((t) => [t.task, t.leaders, t.endRow])).toEqual([
      ['Xây dựng kế hoạch A', ['PGĐ Sở Phan Văn Hiếu'], 5],
      ['Tổ chức hội thảo B', ['PGĐ Sở Phan Văn Hiếu'], 6],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('a month row with a remark in brackets is still a month row', () => {
    const r = analyse(
      sheet('PL', [
        ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
        [],
        HEADER,
        ['I', 'Quý III (3 nhiệm vụ)'],
        [null, 'Tháng 7'],
        task(1, 'Xây dựng kế hoạch A'),
        [null, 'Tháng 9 (hoàn thành trước ngày 30/9/2025)'],
        task(2, 'Tổ chức hội thảo B'),
        task(3, 'Tổ chức kiểm tra C'),
      ]),
    );
    expect(r.tasks.map((t) => [t.task, t.month])).toEqual([['Xây dựng kế hoạch A', 7], ['Tổ chức hội thảo B', 9], ['Tổ chức kiểm tra C', 9]]);
    expect(codes(r)).toEqual([]);
  });

  it('takes the year from a title "… QUÝ III NĂM 2025", not from years the tasks mention', () => {
    const r = analyse(
      sheet('Q3', [
        ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
        [],
        [...HEADER, 'Thời hạn hoàn thành'],
        [null, 'Tháng 9'],
        [...task(1, 'Xây dựng Đề án phát triển A đến năm 2030'), { kind: 'date', iso: '2025-09-30' }],
        [...task(2, 'Trình Kế hoạch B giai đoạn đến năm 2030'), '30/9/2025'],
        [...task(3, 'Tổ chức hội thảo C'), 'Tháng 9'],
      ]),
    );
    expect(r.year).toBe(2025);
    expect(r.tasks.map((t) => [t.quarter, t.month, t.deadline])).toEqual([[3, 9, '2025-09-30'], [3, 9, '2025-09-30'], [3, 9, '2025-09-30']]);
    expect(codes(r)).toEqual([]);
  });

  it('a range of months ("Tháng 7-8", "Tháng 10, 11 và 12") counts as its last month, in a heading, a deadline or a month column', () => {
    const r = analyse(
      sheet('Q3', [
        ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
        [],
        [...HEADER, 'Thời hạn'],
        ['I', 'Quý III (3 nhiệm vụ)'],
        [null, 'Tháng 7-8'],
        [...task(1, 'Xây dựng kế hoạch A'), null],
        [...task(2, 'Tổ chức hội thảo B'), 'Tháng 7-8/2025'],
        [null, 'Tháng 9'],
        [...task(3, 'Tổng kết C'), 'Tháng 8 - tháng 9'],
        ['II', 'Quý IV (1 nhiệm vụ)'],
        [null, 'Tháng 10, 11 và 12'],
        [...task(1, 'Báo cáo năm D'), '15/12/2025'],
      ]),
    );
    expect(r.tasks.map((t) => [t.quarter, t.month, t.deadline])).toEqual([
      [3, 8, null],
      [3, 8, '2025-08-31'],
      [3, 9, '2025-09-30'],
      [4, 12, '2025-12-15'],
    ]);
    expect(r.summary.byMonth).toEqual({ 8: 2, 9: 1, 12: 1 });
    expect(codes(r)).toEqual([]);

    const column = analyse(sheet('KH', [['KẾ HOẠCH CÔNG TÁC NĂM 2025'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tháng'], [1, 'Xây dựng kế hoạch A', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '7-8'], [2, 'Tổ chức hội thảo B', 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', 'Tháng 11']]));
    expect(column.tasks.map((t) => [t.quarter, t.month])).toEqual([[3, 8], [4, 11]]);
  });

  it('reads tables side by side (Quý III in A–G, Quý IV in I–O) as two tables, each task with its own cells', () => {
    const rows = [
      ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
      [],
      [...HEADER, null, ...HEADER],
      ['I', 'Quý III (2 nhiệm vụ)', null, null, null, null, null, null, 'II', 'Quý IV (3 nhiệm vụ)'],
      [...task(1, 'Xây dựng kế hoạch A'), null, ...task(1, 'Tổ chức hội thảo B', { product: '' })],
      [...task(2, 'Báo cáo C', { leader: '' }), null, ...task(2, 'Kiểm tra D', { leader: '' })],
      [null, null, null, null, null, null, null, null, ...task(3, 'Tổng kết E')],
    ];
    const r = analyse(sheet('KH', rows, { merges: ['A1:O1'] }));
    expect(r.tables.map((t) => [t.columns.stt, t.columns.task, t.firstRow, t.lastRow, t.rowCount])).toEqual([
      ['A', 'B', 3, 6, 2],
      ['I', 'J', 3, 7, 3],
    ]);
    expect(r.tasks.map((t) => [t.row, t.quarter, t.stt, t.task])).toEqual([
      [5, 3, '1', 'Xây dựng kế hoạch A'],
      [6, 3, '2', 'Báo cáo C'],
      [5, 4, '1', 'Tổ chức hội thảo B'],
      [6, 4, '2', 'Kiểm tra D'],
      [7, 4, '3', 'Tổng kết E'],
    ]);
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([['Quý III', 2, 2], ['Quý IV', 3, 3]]);
    // Numbers restart in each table: no duplicate-number; each gap is reported in its own column.
    expect(codes(r)).toEqual(['missing-product M5', 'missing-leader F6', 'missing-leader N6']);
    expect(r.year).toBe(2025);
    // Two tasks on one row stay two in the summary's lists, each linked to its own cells.
    const blocks = summaryLayout(combineReports([r], AS_OF), { asOf: AS_OF }).blocks;
    const links = (id: string) => blocks.find((b) => b.id === id)!.links!.map((l) => `${l!.column}${l!.row}`);
    expect(links('sections')).toEqual(['B4', 'J4']);
    expect(links('missing')).toEqual(['M5', 'F6', 'N6']);
    expect(links('overdue')).toEqual(['A5', 'A6', 'I5', 'I6', 'I7']);
  });

  it('a proposal to drop in one table leaves the task on the same row of the table beside it overdue', () => {
    const rows = [
      ['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
      [...HEADER, null, ...HEADER],
      ['I', 'Quý III', null, null, null, null, null, null, 'II', 'Quý IV'],
      [...task(1, 'Xây dựng kế hoạch A'), null, ...task(1, 'Tổ chức hội thảo B', { note: 'Đề xuất bỏ vì trùng nhiệm vụ của Sở' })],
    ];
    const r = analyse(sheet('KH', rows));
    expect(r.proposals.map((p) => [p.row, p.column, p.task, p.kind])).toEqual([[4, 'I', 'Tổ chức hội thảo B', 'drop']]);
    expect(r.summary.overdue.map((o) => `${o.column}${o.row} ${o.task}`)).toEqual(['A4 Xây dựng kế hoạch A']);
    // The list of proposals links to the right table's row.
    const drops = summaryLayout(combineReports([r], AS_OF), { asOf: AS_OF }).blocks.find((b) => b.id === 'proposals-drop')!;
    expect(drops.links!.map((l) => `${l!.column}${l!.row}`)).toEqual(['I4']);
  });

  it('tables side by side with two-row headers (merged "Đơn vị" over "Chủ trì | Phối hợp") and NFD text', () => {
    const top = ['STT', 'Nội dung', 'Đơn vị', null, 'Sản phẩm', 'Lãnh đạo chỉ đạo'];
    const sub = [null, null, 'Chủ trì', 'Phối hợp', null, null];
    const row = (n: number, text: string) => [n, text, 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'];
    const nfd = (cells: (string | number)[]) => cells.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v));
    const r = analyse(
      sheet('KH', [['KẾ HOẠCH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'], [...top, null, ...top], [...sub, null, ...sub], ['I', 'Quý III (2 nhiệm vụ)', null, null, null, null, null, 'II', 'Quý IV (1 nhiệm vụ)'], [...row(1, 'A'), null, ...nfd(row(1, 'C'))], row(2, 'B')], { merges: ['C2:D2', 'J2:K2'] }),
    );
    expect(r.tables.map((t) => [t.headerRows, t.columns.lead, t.columns.coord])).toEqual([[[2, 3], 'C', 'D'], [[2, 3], 'J', 'K']]);
    expect(r.tasks.map((t) => [t.column, t.quarter, t.task, t.leadUnits])).toEqual([
      ['A', 3, 'A', ['Phòng QLKH&ĐMST']],
      ['A', 3, 'B', ['Phòng QLKH&ĐMST']],
      ['H', 4, 'C', ['Phòng QLKH&ĐMST']],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

it('asked for a sheet CTCT wrote, or one not there, says so and lists only the programme\'s sheets', () => {
  const programme = sheet('KH', [['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER, task(1, 'Xây dựng kế hoạch A')]);
  const summary = sheet('Tổng hợp', [['TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC'], ['Ngày lập: 21/11/2025 · Tệp: x.xlsx']]);
  const internal = { ...sheet('CTCT_DanhDau', [['x']]), hidden: true };
  const grid = { sheets: [programme, summary, internal] };
  expect(() => analyseWorkbook(grid, { fileName: 'x.xlsx', sheet: 'Tổng hợp', asOf: AS_OF })).toThrow('Trang "Tổng hợp" của tệp “x.xlsx” do CTCT ghi ra, không phải bảng nhiệm vụ.');
  expect(() => analyseWorkbook(grid, { fileName: 'x.xlsx', sheet: 'Quý I', asOf: AS_OF })).toThrow('Tệp “x.xlsx” không có trang "Quý I" (các trang: "KH").');
  // The file named in quotes, as in the other messages about a file.
  expect(() => analyseWorkbook({ sheets: [summary] }, { fileName: 'x.xlsx', asOf: AS_OF })).toThrow('Không tìm thấy bảng nhiệm vụ nào trong tệp “x.xlsx”:');
});

it('a unit or leader merged down a run of tasks is pointed at once, in the merge\'s top cell where its fix goes', () => {
  const rows = [['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER, ['I', 'Quý IV (3 nhiệm vụ)'], task(1, 'A', { lead: 'Phòng KH-CN' }), task(2, 'B', { lead: null }), task(3, 'C', { lead: null })];
  const r = analyse(sheet('Q4', rows, { merges: ['C4:C6'] }));
  expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.fix?.value])).toEqual([['outdated-unit', 'C4', 'Phòng QLKH&ĐMST']]);
  expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Phòng QLKH&ĐMST'], ['Phòng QLKH&ĐMST'], ['Phòng QLKH&ĐMST']]);
});

it('a stray value in the last column and another far down do not make every row as wide as the sheet', () => {
  // Before, each row read was 16,384 columns wide: 65,536 rows of them ran out of memory.
  const rows: CellValue[][] = [['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER, ['I', 'Quý IV (2 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch A'), task(2, 'Tổ chức hội thảo B')];
  rows[0][16383] = 'x';
  rows[65535] = ['y'];
  const r = analyse(sheet('Q4', rows));
  expect(r.tasks.map((t) => t.task)).toEqual(['Xây dựng kế hoạch A', 'Tổ chức hội thảo B']);
  expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

describe('the summary lists of a workbook of month sheets', () => {
  it('list tasks with gaps in the workbook\'s sheet order ("Tháng 9" before "Tháng 10"), as the overdue list does', () => {
    const month = (m: number) =>
      sheet(`Tháng ${m}`, [[`KẾ HOẠCH CÔNG TÁC THÁNG ${m} NĂM 2025`], HEADER, task(1, `Tổng kết tháng ${m}`, { leader: '' }), task(2, `Họp giao ban tháng ${m}`, { lead: '' })]);
    const r = analyseWorkbook({ sheets: [month(9), month(10), month(11)] }, { fileName: 'thang.xlsx', asOf: '2025-12-20' });
    const blocks = summaryLayout(combineReports([r], '2025-12-20'), { asOf: '2025-12-20' }).blocks;
    const links = (id: string) => blocks.find((b) => b.id === id)!.links!.map((l) => `${l!.sheet}!${l!.column}${l!.row}`);
    expect(links('overdue')).toEqual(['Tháng 9!A3', 'Tháng 9!A4', 'Tháng 10!A3', 'Tháng 10!A4', 'Tháng 11!A3', 'Tháng 11!A4']);
    expect(links('missing')).toEqual(['Tháng 9!F3', 'Tháng 9!C4', 'Tháng 10!F3', 'Tháng 10!C4', 'Tháng 11!F3', 'Tháng 11!C4']);
  });
});
