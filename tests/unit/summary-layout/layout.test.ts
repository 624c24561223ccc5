import {
  SUMMARY_TITLE,
  placeLayout,
  placedValues,
  summaryLayout,
  type LayoutBlock,
  type SheetLayout,
} from '../../../src/engine/summary/layout';
import { fileReport, report, sampleFileReport, task } from './sample-report';

const ASOF = '2025-11-21';

function block(layout: SheetLayout, id: LayoutBlock['id']): LayoutBlock {
  const b = layout.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}

describe('summaryLayout', () => {
  const single = report([sampleFileReport(ASOF)], ASOF);
  const layout = summaryLayout(single, { asOf: ASOF });

  it('has the title, the date, the file and the sheets counted in the subtitle', () => {
    expect(layout.sheetName).toBe('Tổng hợp');
    // The programme's year when every file has the same one.
    expect(layout.title).toBe(`${SUMMARY_TITLE} NĂM 2025`);
    expect(summaryLayout(report([{ ...sampleFileReport(ASOF), year: null }], ASOF), { asOf: ASOF }).title).toBe(SUMMARY_TITLE);
    expect(layout.subtitle).toBe('Ngày lập: 21/11/2025 · Tệp: phu-luc.xlsx · Trang tính: Phụ lục II');
    expect(summaryLayout(single, { asOf: ASOF, title: 'BÁO CÁO QUÝ III' }).title).toBe('BÁO CÁO QUÝ III');
  });

  it('says under the leaders\' table that a task of several leaders is counted for each only when one is (as the CLI and the pane)', () => {
    expect(block(layout, 'leader').note).toBeUndefined();
    const two = task({ row: 30, task: 'Hội nghị tổng kết', leaders: ['Giám đốc Sở', 'PGĐ Sở Trần Công Hòa'] });
    const shared = summaryLayout(report([fileReport('a.xlsx', [...sampleFileReport(ASOF).tasks, two])], ASOF), { asOf: ASOF });
    expect(block(shared, 'leader').note).toBe('Nhiệm vụ do nhiều lãnh đạo chỉ đạo được tính cho từng lãnh đạo.');
    expect(block(shared, 'leader').rows.find((r) => r[1] === 'Giám đốc Sở')![2]).toBe(3);
  });

  it('says under the units\' tables that a task of several units is counted for each only when one is (as the CLI and the pane)', () => {
    expect(block(layout, 'quarter-unit').note).toBeUndefined();
    expect(block(layout, 'status-unit').note).toBeUndefined();
    const two = task({ row: 30, task: 'Hội nghị tổng kết', leadUnits: ['Phòng QLKH&ĐMST', 'Phòng QLCN&CN'] });
    const shared = summaryLayout(report([fileReport('a.xlsx', [...sampleFileReport(ASOF).tasks, two])], ASOF), { asOf: ASOF });
    expect(block(shared, 'quarter-unit').note).toBe('Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng "Tổng số nhiệm vụ" tính mỗi nhiệm vụ một lần.');
    expect(block(shared, 'status-unit').note).toBe('Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị.');
    const rows = block(shared, 'quarter-unit').rows;
    expect(rows.find((r) => r[1] === 'Tổng số nhiệm vụ')!.at(-1)).toBe(sampleFileReport(ASOF).tasks.length + 1);
    // The note is the row right under the totals.
    const placed = placeLayout(shared);
    const q = placed.blocks['quarter-unit']!;
    expect(placed.rows.find((r) => r.row === q.lastRow + 1)!.kind).toBe('note');
  });

  it('has every block, numbered, each row as wide as its columns', () => {
    expect(layout.blocks.map((b) => b.id)).toEqual([
      'overview', 'quarter-unit', 'leader', 'status', 'status-quarter', 'status-unit', 'month', 'sections', 'missing', 'overdue', 'important',
      'proposals-drop', 'proposals-other', 'findings',
    ]);
    layout.blocks.forEach((b, i) => {
      expect(b.heading.startsWith(`${i + 1}. `)).toBe(true);
      for (const r of b.rows) expect(r).toHaveLength(b.columns.length);
      if (b.links) expect(b.links).toHaveLength(b.rows.length);
    });
  });

  it('builds the quarter × unit matrix with totals row and column', () => {
    const m = block(layout, 'quarter-unit');
    expect(m.columns).toEqual(['TT', 'Đơn vị chủ trì', 'Quý III', 'Quý IV', 'Tổng cộng']);
    expect(m.rows).toEqual([
      [1, 'Phòng QLKH&ĐMST', 3, 0, 3],
      [2, 'Phòng BCVT&CĐS', 0, 1, 1],
      [3, 'Phòng QLCN&CN', 1, 0, 1],
      [4, '(Chưa có đơn vị chủ trì)', 0, 1, 1],
      [null, 'Tổng số nhiệm vụ', 4, 2, 6],
    ]);
    expect(m.totals).toBe(true);
    expect(m.totalColumn).toBe(true);
    expect(layout.chart).toEqual({ blockId: 'quarter-unit', title: 'Số nhiệm vụ theo quý và đơn vị chủ trì' });
  });

  it('counts per leader, status and month', () => {
    expect(block(layout, 'leader').rows).toEqual([
      [1, 'Giám đốc Sở', 2],
      [2, 'PGĐ Sở Phan Văn Hiếu', 2],
      [3, 'PGĐ Sở Trần Công Hòa', 1],
      [4, '(Chưa có lãnh đạo chỉ đạo)', 1],
    ]);
    // The dropdown's order first; tasks without a status ("Chưa cập nhật") last.
    expect(block(layout, 'status').rows).toEqual([
      [1, 'Hoàn thành', 1, 16.7],
      [2, 'Chưa cập nhật trạng thái', 5, 83.3],
      [null, 'Tổng cộng', 6, 100],
    ]);
    expect(block(layout, 'month').rows).toEqual([
      [1, 'Tháng 7', 4],
      [2, 'Tháng 10', 1],
      [3, 'Tháng 11', 1],
      [null, 'Tổng cộng', 6],
    ]);
  });

  it('compares declared and actual counts with a "Lệch" column', () => {
    const s = block(layout, 'sections');
    expect(s.columns).toEqual(['TT', 'Mục', 'Khai báo', 'Thực tế', 'Lệch', 'Vị trí']);
    expect(s.rows).toEqual([[1, 'Quý III (96 nhiệm vụ)', 96, 4, -92, 'Phụ lục II!A8']]);
  });

  it('lists tasks with gaps once each, linked to the missing cell', () => {
    const m = block(layout, 'missing');
    expect(m.columns).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Quý', 'Còn thiếu', 'Vị trí']);
    expect(m.rows).toEqual([
      [1, 'Tổ chức điều tra chuyên gia', 'Phòng QLKH&ĐMST', '2', 'Quý III', 'lãnh đạo chỉ đạo, sản phẩm', 'Phụ lục II!F11'],
      [2, 'Hội thảo đổi mới sáng tạo', '', '12', 'Quý IV', 'đơn vị chủ trì', 'Phụ lục II!C21'],
    ]);
    expect(m.links).toEqual([
      { sheet: 'Phụ lục II', row: 11, column: 'F' },
      { sheet: 'Phụ lục II', row: 21, column: 'C' },
    ]);
    expect(m.linkColumn).toBe(6);
  });

  it('lists overdue, important tasks and proposals to drop', () => {
    const o = block(layout, 'overdue');
    expect(o.heading).toBe('10. Nhiệm vụ quá hạn (tính đến ngày 21/11/2025)');
    expect(o.columns).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'STT', 'Quý', 'Trạng thái', 'Hạn', 'Số ngày quá hạn', 'Vị trí']);
    // The training course its unit proposes to drop (row 13) is not overdue.
    expect(o.rows.map((r) => [r[1], r[7], r[8], r[9]])).toEqual([
      ['Tổ chức điều tra chuyên gia', '31/07/2025', 113, 'Phụ lục II!A11'],
      ['Tham mưu Chỉ thị của Chủ tịch UBND tỉnh', '31/07/2025', 113, 'Phụ lục II!A12'],
      ['Báo cáo chuyển đổi số quý IV', '31/10/2025', 21, 'Phụ lục II!A20'],
    ]);
    expect(block(layout, 'important').rows).toEqual([[1, 'Tham mưu Chỉ thị của Chủ tịch UBND tỉnh', 'Phòng QLKH&ĐMST', '3', 'Quý III', 'Phụ lục II!A12']]);
    expect(block(layout, 'proposals-drop').rows).toEqual([
      [1, 'Tổ chức lớp tập huấn sở hữu trí tuệ', 'Phòng QLCN&CN', '4', 'Tháng 7', 'Đề xuất bỏ vì đã tổ chức lớp tập huấn', 'Phụ lục II!A13'],
    ]);
    expect(block(layout, 'proposals-other').rows).toEqual([]);
    expect(block(layout, 'proposals-other').emptyText).toBe('Không có đề xuất bổ sung, điều chỉnh.');
  });

  it('counts findings by severity', () => {
    expect(block(layout, 'findings').rows).toEqual([
      [1, 'Lỗi (cần sửa)', 3],
      [2, 'Cảnh báo (nên xem lại)', 1],
      [3, 'Thông tin', 1],
      [null, 'Tổng cộng', 5],
    ]);
  });

  it('consolidates several files: a "Tệp" column, no links by default', () => {
    const other = fileReport('van-phong.xlsx', [task({ row: 30, task: 'Nhiệm vụ của Văn phòng', product: '', leadUnits: ['Văn phòng Sở'] })]);
    const two = report([sampleFileReport(ASOF), other], ASOF);
    const l = summaryLayout(two, { asOf: ASOF });
    expect(l.subtitle).toBe('Ngày lập: 21/11/2025 · Tệp: phu-luc.xlsx, van-phong.xlsx · Trang tính: Phụ lục II');
    const m = block(l, 'missing');
    expect(m.columns).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Quý', 'Còn thiếu', 'Tệp', 'Vị trí']);
    expect(m.rows.map((r) => r[6])).toEqual(['phu-luc.xlsx', 'phu-luc.xlsx', 'van-phong.xlsx']);
    expect(m.rows[2]![7]).toBe('Phụ lục II!E30');
    expect(m.links).toBeUndefined();
    expect(block(summaryLayout(two, { asOf: ASOF, links: true }), 'missing').links).toHaveLength(3);
  });

  it('warns when the files are of several years (their quarters add up different years); not for one year', () => {
    const y = (name: string, year: number | null) => ({ ...fileReport(name, [task({ row: 10, task: `Nhiệm vụ ${name}` })]), year });
    const mixed = summaryLayout(report([y('a.xlsx', 2025), y('b.xlsx', 2024), y('c.xlsx', null)], ASOF), { asOf: ASOF });
    expect(block(mixed, 'overview').note).toBe('Các tệp thuộc 2 năm khác nhau (2024, 2025): số nhiệm vụ theo quý, theo tháng là cộng dồn các năm; nên tổng hợp riêng từng năm.');
    expect(block(summaryLayout(report([y('a.xlsx', 2025), y('b.xlsx', 2025), y('c.xlsx', null)], ASOF), { asOf: ASOF }), 'overview').note).toBeUndefined();
  });

  it('says when the same task is in two files (same words, quarter and month, a lead unit in common): the total counts it once', () => {
    const shared = (name: string, units: string[], status: string | null = null) => fileReport(name, [task({ row: 10, task: 'Báo cáo chung của hai phòng', leadUnits: units, status })]);
    const both = ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS'];
    const once = summaryLayout(report([shared('qlkh.xlsx', both), shared('bcvt.xlsx', [...both].reverse())], ASOF), { asOf: ASOF });
    expect(block(once, 'overview').note).toBe(
      '1 nhiệm vụ có trong nhiều tệp (cùng nội dung, cùng quý, tháng, có chung đơn vị chủ trì), như "Báo cáo chung của hai phòng" (qlkh.xlsx, bcvt.xlsx), được tính một lần trong tổng hợp chung, theo tình trạng ghi ở tệp riêng của đơn vị chủ trì (tệp có gần hết nhiệm vụ do đơn vị đó chủ trì); không có tệp như vậy, hoặc các tệp ấy ghi khác nhau, thì theo tình trạng ít tiến triển nhất đã ghi (bản không ghi tình trạng không được tính).',
    );
    expect(block(once, 'overview').rows.slice(0, 2)).toEqual([
      [1, 'Tổng số nhiệm vụ', 1],
      [2, 'Trong đó: nhiệm vụ có trong nhiều tệp (mỗi nhiệm vụ tính một lần)', 1],
    ]);
    expect(once.blocks.map((b) => b.id)).not.toContain('shared-status');
    // Statuses that differ are listed, each copy with its file and row, the one counted and why: both
    // files are of both units (none's own), so the least advanced.
    const differ = summaryLayout(report([shared('qlkh.xlsx', both, 'Hoàn thành'), shared('bcvt.xlsx', both, 'Đang thực hiện')], ASOF), { asOf: ASOF });
    expect(block(differ, 'shared-status').rows).toEqual([
      [
        1,
        'Báo cáo chung của hai phòng',
        'Phòng QLKH&ĐMST; Phòng BCVT&CĐS',
        'Quý III',
        'Tháng 7',
        'Đang thực hiện',
        'không tệp riêng nào của đơn vị chủ trì ghi: tình trạng ít tiến triển nhất đã ghi (bcvt.xlsx)',
        'qlkh.xlsx, Phụ lục II, dòng 10: Hoàn thành; bcvt.xlsx, Phụ lục II, dòng 10: Đang thực hiện',
      ],
    ]);
    expect(block(differ, 'shared-status').note).toContain('tên và thứ tự các tệp không làm đổi tình trạng được tính');
    // Each unit's own monthly report of the same words is not the same task.
    const own = summaryLayout(report([shared('qlkh.xlsx', ['Phòng QLKH&ĐMST']), shared('bcvt.xlsx', ['Phòng BCVT&CĐS'])], ASOF), { asOf: ASOF });
    expect(block(own, 'overview').note).toBeUndefined();
    expect(block(own, 'overview').rows[0]).toEqual([1, 'Tổng số nhiệm vụ', 2]);
  });

  it('names in the subtitle the sheets whose tables were counted, each once, the first eight when there are more', () => {
    const withSheets = (name: string, sheets: string[], counted: string[]) => {
      const f = fileReport(name, [task({ row: 10, task: `Nhiệm vụ của ${name}` })]);
      return { ...f, sheets, tables: counted.map((sheet) => ({ ...f.tables[0]!, sheet })) };
    };
    // "Ghi chú" was read but holds no table; "Quý III" is in both files.
    const unit = withSheets('qlkh.xlsx', ['Quý III', 'Ghi chú', 'Quý IV'], ['Quý IV', 'Quý III']);
    const office = withSheets('van-phong.xlsx', ['Quý III', 'Chỉ tiêu'], ['Quý III', 'Chỉ tiêu']);
    expect(summaryLayout(report([unit, office], ASOF), { asOf: ASOF }).subtitle).toBe(
      'Ngày lập: 21/11/2025 · Tệp: qlkh.xlsx, van-phong.xlsx · Trang tính: Quý III, Quý IV, Chỉ tiêu',
    );
    const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
    expect(summaryLayout(report([withSheets('thang.xlsx', months, months)], ASOF), { asOf: ASOF }).subtitle).toBe(
      'Ngày lập: 21/11/2025 · Tệp: thang.xlsx · Trang tính: T1, T2, T3, T4, T5, T6, T7, T8 và 4 trang khác',
    );
    expect(summaryLayout(report([withSheets('rong.xlsx', ['Danh sách'], [])], ASOF), { asOf: ASOF }).subtitle).toBe('Ngày lập: 21/11/2025 · Tệp: rong.xlsx');
  });

  it('names first the files that could not be read, and counts them in the subtitle', () => {
    const l = summaryLayout({ ...report([sampleFileReport(ASOF)], ASOF), errors: [{ file: 'hong.xlsx', code: 'legacy-xls', message: 'Tệp hong.xlsx là tệp .xls cũ.' }] }, { asOf: ASOF });
    expect(l.blocks[0]).toMatchObject({ id: 'unreadable', heading: '1. Tệp không đọc được (không có trong các số liệu dưới đây)', rows: [[1, 'hong.xlsx', 'Tệp hong.xlsx là tệp .xls cũ.']] });
    expect(l.blocks[1]!.heading).toBe('2. Tổng quan');
    expect(l.subtitle).toBe('Ngày lập: 21/11/2025 · Tệp: phu-luc.xlsx · Trang tính: Phụ lục II · 1 tệp không đọc được');
  });

  it('adds a "Cả năm" column for all-year tasks (trọng tâm, xuyên suốt)', () => {
    const f = fileReport('ctct.xlsx', [
      task({ row: 8, task: 'Nhiệm vụ trọng tâm', quarter: null, month: null, section: 'Nhiệm vụ trọng tâm' }),
      task({ row: 9, task: 'Nhiệm vụ xuyên suốt', quarter: null, month: null, leadUnits: ['Văn phòng Sở'] }),
      task({ row: 20, task: 'Nhiệm vụ quý I', quarter: 1, month: null }),
    ]);
    const m = block(summaryLayout(report([f], ASOF), { asOf: ASOF }), 'quarter-unit');
    expect(m.columns).toEqual(['TT', 'Đơn vị chủ trì', 'Quý I', 'Cả năm', 'Tổng cộng']);
    expect(m.rows).toEqual([
      [1, 'Phòng QLKH&ĐMST', 1, 1, 2],
      [2, 'Văn phòng Sở', 0, 1, 1],
      [null, 'Tổng số nhiệm vụ', 1, 2, 3],
    ]);
  });

  it('handles an empty report', () => {
    const empty = report([fileReport('rong.xlsx', [])], ASOF);
    const l = summaryLayout(empty, { asOf: ASOF });
    expect(block(l, 'quarter-unit').rows).toEqual([]);
    expect(block(l, 'status').rows).toEqual([]);
    const placed = placeLayout(l);
    expect(placed.chartRange).toBeNull();
    expect(placed.rows.filter((r) => r.kind === 'empty').length).toBeGreaterThan(3);
  });
});

describe('placeLayout', () => {
  const layout = summaryLayout(report([sampleFileReport(ASOF)], ASOF), { asOf: ASOF });
  const placed = placeLayout(layout);

  it('puts the title and subtitle on rows 1–2, merged across the widest block', () => {
    expect(placed.width).toBe(Math.max(...layout.blocks.map((b) => b.columns.length)));
    expect(placed.rows[0]).toEqual({ row: 1, kind: 'title', values: ['TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'] });
    expect(placed.merges[0]).toEqual({ top: 1, left: 1, bottom: 1, right: placed.width });
    expect(placed.rows[1]!.kind).toBe('subtitle');
  });

  it('stacks blocks with a heading, a header, data, totals and a blank row between', () => {
    const q = placed.blocks['quarter-unit']!;
    const at = (row: number) => placed.rows.find((r) => r.row === row)!;
    expect(at(q.headingRow).values[0]).toBe('2. Số nhiệm vụ theo quý và đơn vị chủ trì');
    expect(at(q.headerRow).kind).toBe('header');
    expect(at(q.firstRow).kind).toBe('data');
    expect(at(q.lastRow).kind).toBe('total');
    // No note under it (each task has one unit): the blank row comes next.
    expect(placed.rows.some((r) => r.row === q.lastRow + 1)).toBe(false);
    const rowsSeen = placed.rows.map((r) => r.row);
    expect(new Set(rowsSeen).size).toBe(rowsSeen.length);
  });

  it('gives the chart range without TT, the totals row and the totals column', () => {
    const q = placed.blocks['quarter-unit']!;
    expect(placed.chartRange).toEqual({
      top: q.headerRow,
      left: 2,
      bottom: q.lastRow - 1,
      right: 4,
      address: `B${q.headerRow}:D${q.lastRow - 1}`,
    });
  });

  it('carries links with their 1-based column', () => {
    const linked = placed.rows.filter((r) => r.link);
    expect(linked.length).toBe(2 + 1 + 3 + 1 + 1); // missing, sections, overdue, important, drop
    const first = placed.rows.find((r) => r.blockId === 'missing' && r.link)!;
    expect(first.link).toEqual({ column: 7, target: { sheet: 'Phụ lục II', row: 11, column: 'F' } });
    expect(first.values[6]).toBe('Phụ lục II!F11');
  });

  it('flattens to one rectangular values array', () => {
    const values = placedValues(placed);
    expect(values).toHaveLength(placed.lastRow);
    for (const line of values) expect(line).toHaveLength(placed.width);
    expect(values[0]![0]).toBe('TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025');
    const q = placed.blocks['quarter-unit']!;
    expect(values[q.headerRow - 1]!.slice(0, 5)).toEqual(['TT', 'Đơn vị chủ trì', 'Quý III', 'Quý IV', 'Tổng cộng']);
  });

  it('sizes columns from content, the task column widest and wrapped', () => {
    expect(layout.columnWidths).toHaveLength(placed.width);
    expect(layout.columnWidths[0]).toBeLessThanOrEqual(8);
    expect(layout.columnWidths[1]).toBeGreaterThan(30);
    for (const w of layout.columnWidths) expect(w).toBeLessThanOrEqual(60);
  });
});

describe('printing on A4', () => {
  /** CTCT's .xlsx: a column `w` characters wide is about 7w pixels; A4 landscape within 0.5" margins is 10.69". */
  const fitsA4LandscapeAtFullSize = (widths: number[]) => widths.reduce((a, b) => a + b, 0) * 7 <= (11.69 - 0.5 - 0.5) * 96;
  const longTask = (i: number) =>
    `Tham mưu UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, phần việc ${i}`;
  const shared = ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS', 'Trung tâm CĐS&ĐMST'];
  const unitFile = fileReport(
    'phong-quan-ly-khoa-hoc-va-doi-moi-sang-tao-2025.xlsx',
    [1, 2, 3, 4].map((i) =>
      task({ row: 10 + i, task: longTask(i), leadUnits: shared, leaders: ['PGĐ Sở Nguyễn Quốc Huy Hoàng', 'PGĐ Sở Mai Thoan'], product: i % 2 ? '' : 'Quyết định của UBND tỉnh', deadline: '2025-08-15' }),
    ),
  );
  const officeFile = fileReport('van-phong-so-tong-hop-6-thang-cuoi-nam-2025.xlsx', [
    task({ row: 30, task: 'Báo cáo tình hình thực hiện nhiệm vụ khoa học và công nghệ tháng 7 gửi UBND tỉnh và Bộ Khoa học và Công nghệ', leadUnits: ['Văn phòng Sở'], leaders: [] }),
    // The units' task is in the office's file too: the overview warns of it.
    task({ row: 31, task: longTask(1), leadUnits: shared }),
  ]);
  const wide = summaryLayout(report([unitFile, officeFile], ASOF), { asOf: ASOF });

  it('narrows the columns of a consolidated summary of long tasks to one A4 landscape page at full size', () => {
    expect(wide.columnWidths).toHaveLength(11);
    expect(fitsA4LandscapeAtFullSize(wide.columnWidths)).toBe(true);
    // The task column keeps a readable line; a date is never broken.
    expect(wide.columnWidths[1]).toBeGreaterThanOrEqual(36);
    const overdue = block(wide, 'overdue');
    expect(overdue.rows[0]![7]).toBe('15/08/2025');
    expect(wide.columnWidths[7]).toBeGreaterThanOrEqual('15/08/2025'.length + 2);
    // Whatever text no longer fits its column wraps.
    for (const b of wide.blocks) {
      for (const row of b.rows) {
        row.forEach((v, c) => {
          if (typeof v === 'string' && v.length + 2 > wide.columnWidths[c]!) expect(wide.wrapColumns).toContain(c);
        });
      }
    }
    // The single-file sample fits too.
    expect(fitsA4LandscapeAtFullSize(layout().columnWidths)).toBe(true);
  });

  it('wraps the subtitle and the notes across the sheet, as tall as their text', () => {
    const placed = placeLayout(wide);
    const subtitle = placed.rows[1]!;
    expect(wide.subtitle.length).toBeGreaterThan(placed.width * 10);
    expect(subtitle.height).toBeGreaterThanOrEqual(32);
    const notes = placed.rows.filter((r) => r.kind === 'note');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(placed.merges).toContainEqual({ top: n.row, left: 1, bottom: n.row, right: placed.width });
    // The overview's warning (the same task in both files) takes more than one line.
    const warning = notes.find((n) => n.blockId === 'overview');
    expect(warning?.height).toBeGreaterThanOrEqual(30);
    // A short subtitle keeps the default height.
    expect(placeLayout(layout()).rows[1]!.height).toBeUndefined();
  });

  function layout(): SheetLayout {
    return summaryLayout(report([sampleFileReport(ASOF)], ASOF), { asOf: ASOF });
  }
});
