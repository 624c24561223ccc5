import { FakeWorkbook } from './fake-excel';
import { hostFor, programmeRows, syncsOf } from './helpers';
import { encodeTcvn3 } from '../text/encoders';
import { analyseWorkbook } from '../../../src/engine';
import { findingItems, fixChanges } from '../../../src/taskpane/analysis';
import type { CellChange } from '../../../src/excel/host';

function workbook() {
  const wb = new FakeWorkbook();
  wb.addSheet('Phụ lục II', [
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Mã', 'Số'],
    [1, 'Kế hoạch', 'Phòng QLKH', '0123', 5],
    ['=A2+1', 'Báo cáo', 'Phòng HC-TH', '', 7],
    [3, 'Hội nghị', 'Tổ chuyên đổi số', 'TRUE', '- ghi chú'],
  ]);
  // A string that looks like a number: the sheet holds text, as a unit typed it with an apostrophe.
  return wb;
}

const change = (address: string, from: string, to: string, reason = 'unit-variant'): CellChange => ({
  sheet: 'Phụ lục II',
  address,
  from,
  to,
  reason,
});

describe('applyChanges and undo', () => {
  it('leaves a cell alone when its row moved since (a row inserted above): the address is another task\'s now', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    const anchored = (address: string, from: string, to: string, task: string): CellChange => ({ ...change(address, from, to), anchor: { address: `B${address.slice(1)}`, text: task } });
    await host.applyChanges([anchored('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST', 'Kế hoạch'), anchored('C4', 'Tổ chuyên đổi số', 'Phòng QLKH&ĐMST', 'Hội nghị')]);
    // The user inserts a task at row 3 whose unit is already the new name: row 4 is now "Báo cáo".
    wb.insertRows('Phụ lục II', 3, 1);
    const sheet = wb.sheet('Phụ lục II')!;
    ['4', 'Tập huấn', 'Phòng QLKH&ĐMST'].forEach((v, i) => (wb.cell(sheet, 3, i + 1).value = v));
    // And renames the unit of "Báo cáo" (now row 4) itself: C4 holds what CTCT wrote in the old row 4.
    wb.cell(sheet, 4, 3).value = 'Phòng QLKH&ĐMST';
    expect(await host.undo()).toEqual({ restored: 1, skipped: 1 });
    expect(['C2', 'C3', 'C4', 'C5'].map((a) => wb.peek('Phụ lục II', a).value)).toEqual(['Phòng QLKH', 'Phòng QLKH&ĐMST', 'Phòng QLKH&ĐMST', 'Phòng QLKH&ĐMST']);
    expect((await host.journal()).map((e) => [e.address, e.undone, e.skipReason])).toEqual([
      ['C2', true, undefined],
      ['C4', false, 'moved'],
    ]);
  });

  it('undoes a batch that also rewrote the anchor cells (a TCVN3 row converted whole): the rows did not move', async () => {
    const wb = new FakeWorkbook();
    const rows = programmeRows(6, (i) => `Xây dựng kế hoạch số ${i} về khoa học`).map((r) => r.map((v) => (typeof v === 'string' ? encodeTcvn3(v) : v)));
    const sheet = wb.addSheet('Phụ lục', rows);
    for (const c of sheet.cells.values()) c.font = { name: '.VnTime', size: 13 };
    const host = hostFor(wb);
    const before = wb.valuesOf('Phụ lục');
    const grid = await host.readGrid('active');
    const report = analyseWorkbook(grid, { fileName: 'x.xlsx', asOf: '2025-09-30' });
    const changes = fixChanges(findingItems([{ report, index: 0 }]).filter((i) => i.finding.code === 'legacy-encoding'), grid);
    // Task text, unit, leader and product cells of six rows: every anchor candidate is rewritten too.
    expect(changes.length).toBeGreaterThanOrEqual(18);
    expect((await host.applyChanges(changes)).skipped).toEqual([]);
    expect(await host.undo()).toEqual({ restored: changes.length, skipped: 0 });
    expect(wb.valuesOf('Phụ lục')).toEqual(before);
  });

  it('writes into a cell formatted as Text without an apostrophe (it would stay in the text), and undoes it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S', [['TT', 'Nội dung'], ['1', '-  Tổ chức hội nghị  ']], { formats: [['@', '@'], ['@', '@']] });
    const host = hostFor(wb);
    const r = await host.applyChanges([{ sheet: 'S', address: 'B2', from: '-  Tổ chức hội nghị  ', to: '- Tổ chức hội nghị', reason: 'irregular-whitespace' }]);
    expect(r.applied).toHaveLength(1);
    expect(wb.peek('S', 'B2').value).toBe('- Tổ chức hội nghị');
    expect(await host.undo()).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('S', 'B2').value).toBe('-  Tổ chức hội nghị  ');
  });

  it('takes an anchor showing what the same batch wrote there as the row in place', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    await host.applyChanges([
      { ...change('B2', 'Kế hoạch', 'Kế hoạch năm'), reason: 'test' },
      { ...change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST'), anchor: { address: 'B2', text: 'Kế hoạch' } },
    ]);
    expect(await host.undo()).toEqual({ restored: 2, skipped: 0 });
    expect(['B2', 'C2'].map((a) => wb.peek('Phụ lục II', a).value)).toEqual(['Kế hoạch', 'Phòng QLKH']);
  });

  it('writes the changes, journals them, and undo restores every old value exactly', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    const changes = [
      change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST'),
      change('C3', 'Phòng HC-TH', 'Văn phòng Sở'),
      change('D2', '0123', '0124', 'test-text-number'),
      change('D3', '', '10.000', 'test-empty'),
      change('E2', '5', '6', 'test-number'),
      change('A3', '2', '2', 'test-formula'),
      change('D4', 'TRUE', 'đúng', 'test-boolean-text'),
      change('C4', 'Tổ chuyên đổi số', '- Tổ chuyển đổi số', 'test-dash'),
    ];
    const result = await host.applyChanges(changes);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(changes.length);
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng QLKH&ĐMST');
    expect(wb.peek('Phụ lục II', 'D2').value).toBe('0124'); // text, not the number 124
    expect(wb.peek('Phụ lục II', 'D3').value).toBe('10.000'); // not 10000
    expect(wb.peek('Phụ lục II', 'E2').value).toBe('6'); // `to` is text: written as text
    expect(wb.peek('Phụ lục II', 'A3').formula).toBeNull(); // a fix replaces a formula by its value
    expect(wb.peek('Phụ lục II', 'C4').value).toBe('- Tổ chuyển đổi số'); // not a #NAME? formula
    expect(wb.peek('Phụ lục II', 'D4').value).toBe('đúng'); // was TRUE

    const journal = await host.journal();
    expect(journal).toHaveLength(changes.length);
    expect(journal[0]).toMatchObject({ id: 1, batch: result.batch, sheet: 'Phụ lục II', address: 'C2', oldValue: 'Phòng QLKH', newValue: 'Phòng QLKH&ĐMST', reason: 'unit-variant', undone: false });
    expect(journal[4]).toMatchObject({ oldValue: 5 });
    expect(journal[3]).toMatchObject({ oldValue: null });
    expect(wb.sheet('CTCT_NhatKy')?.visibility).toBe('VeryHidden');

    const undone = await host.undo();
    expect(undone).toEqual({ restored: changes.length, skipped: 0 });
    const cell = (a: string) => wb.peek('Phụ lục II', a);
    expect(cell('C2').value).toBe('Phòng QLKH');
    expect(cell('C3').value).toBe('Phòng HC-TH');
    expect(cell('D2').value).toBe('0123');
    expect(cell('D3').value).toBe('');
    expect(cell('E2').value).toBe(5);
    expect(cell('A3').formula).toBe('=A2+1');
    expect(cell('A3').value).toBe(2);
    expect(cell('D4').value).toBe('TRUE');
    expect(cell('C4').value).toBe('Tổ chuyên đổi số');
    expect((await host.journal()).every((e) => e.undone)).toBe(true);
    // Nothing left to undo.
    expect(await host.undo()).toEqual({ restored: 0, skipped: 0 });
  });

  it('undoes after the workbook was closed and reopened (a new host over the same file)', async () => {
    const wb = workbook();
    const first = await hostFor(wb).applyChanges([change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST')]);
    const second = await hostFor(wb).applyChanges([change('C3', 'Phòng HC-TH', 'Văn phòng Sở')]);
    expect(second.batch).not.toBe(first.batch);

    const reopened = hostFor(wb);
    const journal = await reopened.journal();
    expect(journal.map((e) => e.id)).toEqual([1, 2]);
    // The journal each write read comes back with it, as the journal reads after it: the pane need not read it again.
    expect(second.journal).toEqual(journal);
    expect(first.journal).toEqual(journal.slice(0, 1));
    // The first batch, by name, while the second stays.
    expect(await reopened.undo(first.batch)).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng QLKH');
    expect(wb.peek('Phụ lục II', 'C3').value).toBe('Văn phòng Sở');
    // Default: the last batch with something left.
    expect(await hostFor(wb).undo()).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('Phụ lục II', 'C3').value).toBe('Phòng HC-TH');
  });

  it('skips a cell changed since the preview, and never touches it', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    wb.peek('Phụ lục II', 'C2').value = 'Phòng KH-CN'; // the user typed meanwhile
    const result = await host.applyChanges([change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST'), change('C3', 'Phòng HC-TH', 'Văn phòng Sở')]);
    expect(result.skipped.map((c) => c.address)).toEqual(['C2']);
    expect(result.applied.map((c) => c.address)).toEqual(['C3']);
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng KH-CN');
    expect(await host.journal()).toHaveLength(1);
  });

  it('skips a missing sheet and a second change to the same cell', async () => {
    const wb = workbook();
    const result = await hostFor(wb).applyChanges([
      change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST'),
      change('c2', 'Phòng QLKH', 'Khác'),
      { ...change('C2', 'x', 'y'), sheet: 'Không có' },
    ]);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(2);
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng QLKH&ĐMST');
  });

  it('undo leaves alone a cell the user edited after the fix', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    await host.applyChanges([change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST'), change('C3', 'Phòng HC-TH', 'Văn phòng Sở')]);
    wb.peek('Phụ lục II', 'C3').value = 'Văn phòng Sở (đã sửa tay)';
    expect(await host.undo()).toEqual({ restored: 1, skipped: 1 });
    expect(wb.peek('Phụ lục II', 'C3').value).toBe('Văn phòng Sở (đã sửa tay)');
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng QLKH');
  });

  it('a partly skipped undo settles its batch: the next "Hoàn tác" goes to the batch before', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    const first = await host.applyChanges([change('C2', 'Phòng QLKH', 'Phòng QLKH&ĐMST')]);
    const second = await host.applyChanges([change('C3', 'Phòng HC-TH', 'Văn phòng Sở'), change('D2', '0123', '0124')]);
    wb.peek('Phụ lục II', 'C3').value = 'Văn phòng Sở (đã sửa tay)';

    expect(await host.undo()).toEqual({ restored: 1, skipped: 1 });
    const journal = await host.journal();
    const c3 = journal.find((e) => e.address === 'C3')!;
    expect(c3).toMatchObject({ batch: second.batch, undone: false, skipped: true, skipReason: 'changed' });
    expect(journal.find((e) => e.address === 'D2')).toMatchObject({ undone: true });
    expect(journal.find((e) => e.address === 'D2')!.skipped).toBeUndefined();

    // Not stuck on the second batch: the first one is undone, and the user's edit stays.
    expect(await host.undo()).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng QLKH');
    expect(wb.peek('Phụ lục II', 'C3').value).toBe('Văn phòng Sở (đã sửa tay)');
    expect((await host.journal()).find((e) => e.batch === first.batch)).toMatchObject({ undone: true });
    expect(await host.undo()).toEqual({ restored: 0, skipped: 0 });

    // Named explicitly, a batch's skipped entries are tried again (the user put CTCT's value back).
    wb.peek('Phụ lục II', 'C3').value = 'Văn phòng Sở';
    expect(await host.undo(second.batch)).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('Phụ lục II', 'C3').value).toBe('Phòng HC-TH');
    expect((await host.journal()).find((e) => e.address === 'C3')).toMatchObject({ undone: true });
  });

  it('records an entry whose sheet is gone as skipped, and reads journals written before "bỏ qua" existed', async () => {
    const wb = workbook();
    // A journal as the previous version wrote it: the last column "có" or empty.
    const header = ['Mã', 'Lô', 'Thời gian', 'Trang tính', 'Ô', 'Giá trị cũ', 'Công thức cũ', 'Giá trị mới', 'Lý do', 'Đã hoàn tác'];
    const journal = wb.addSheet('CTCT_NhatKy', [
      header,
      ['1', 'L1', '2025-09-01T08:00:00.000Z', 'Phụ lục II', 'C2', '"Phòng KH-CN"', '', '"Phòng QLKH"', 'unit-variant', ''],
      ['2', 'L2', '2025-09-02T08:00:00.000Z', 'Phụ lục II', 'C3', '"Phòng HCTH"', '', '"Phòng HC-TH"', 'unit-variant', 'có'],
      ['3', 'L3', '2025-09-03T08:00:00.000Z', 'Đã xoá', 'A1', '"x"', '', '"y"', 'unit-variant', ''],
    ], { visibility: 'VeryHidden' });
    for (const cell of journal.cells.values()) cell.numberFormat = '@';
    const host = hostFor(wb);
    const before = await host.journal();
    expect(before.map((e) => [e.id, e.undone, e.skipped ?? false])).toEqual([[1, false, false], [2, true, false], [3, false, false]]);

    expect(await host.undo()).toEqual({ restored: 0, skipped: 1 }); // L3: its sheet is gone
    expect((await host.journal())[2]).toMatchObject({ skipped: true, skipReason: 'missing', undone: false });
    expect(await host.undo()).toEqual({ restored: 1, skipped: 0 }); // on to L1 (L2 was undone long ago)
    expect(wb.peek('Phụ lục II', 'C2').value).toBe('Phòng KH-CN');
  });

  it('a TCVN3 cell converted takes a Unicode font with its text, and undo gives both back', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    const sheet = wb.sheet('Phụ lục II')!;
    wb.cell(sheet, 2, 2).value = 'KÕ ho¹ch';
    wb.cell(sheet, 2, 2).font = { name: '.VnTime', size: 13 };
    const result = await host.applyChanges([{ ...change('B2', 'KÕ ho¹ch', 'Kế hoạch', 'legacy-encoding'), font: 'Times New Roman' }]);
    expect(result.applied).toHaveLength(1);
    expect(wb.peek('Phụ lục II', 'B2').value).toBe('Kế hoạch');
    expect(wb.peek('Phụ lục II', 'B2').font).toEqual({ name: 'Times New Roman', size: 13 });
    // The journal keeps both fonts; a change without one keeps the font as it is.
    expect(['L1', 'M1', 'L2', 'M2'].map((a) => wb.peek('CTCT_NhatKy', a).value)).toEqual(['Phông cũ', 'Phông mới', '.VnTime', 'Times New Roman']);
    expect(await host.undo()).toEqual({ restored: 1, skipped: 0 });
    expect(wb.peek('Phụ lục II', 'B2').value).toBe('KÕ ho¹ch');
    expect(wb.peek('Phụ lục II', 'B2').font).toEqual({ name: '.VnTime', size: 13 });
  });

  it('undo leaves a font the user chose since the fix', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    const sheet = wb.sheet('Phụ lục II')!;
    wb.cell(sheet, 2, 2).value = 'KÕ ho¹ch';
    wb.cell(sheet, 2, 2).font = { name: '.VnTime' };
    await host.applyChanges([{ ...change('B2', 'KÕ ho¹ch', 'Kế hoạch', 'legacy-encoding'), font: 'Times New Roman' }]);
    wb.cell(sheet, 2, 2).font = { name: 'Arial' };
    await host.undo();
    expect(wb.peek('Phụ lục II', 'B2')).toMatchObject({ value: 'KÕ ho¹ch', font: { name: 'Arial' } });
  });

  it('costs the same number of syncs for 1 change and 500', async () => {
    const counts: number[] = [];
    for (const n of [1, 500]) {
      const wb = new FakeWorkbook();
      wb.addSheet('S', Array.from({ length: n }, (_, i) => [`Phòng QLKH ${i}`]));
      const host = hostFor(wb);
      const changes = Array.from({ length: n }, (_, i) => ({ sheet: 'S', address: `A${i + 1}`, from: `Phòng QLKH ${i}`, to: `Phòng QLKH&ĐMST ${i}`, reason: 'x' }));
      counts.push((await syncsOf(wb, () => host.applyChanges(changes))).count);
      counts.push((await syncsOf(wb, () => host.undo())).count);
      if (n === 500) expect(wb.screenSuspensions).toBe(0); // 500 cells is not a large write
    }
    expect(counts[0]).toBe(counts[2]);
    expect(counts[1]).toBe(counts[3]);
  });
});

describe('many fixes on the web', () => {
  it('applies and undoes 3,000 changes with every request and response under the limit', async () => {
    const limit = 100_000;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('S', Array.from({ length: 3000 }, (_, i) => [`Phòng Quản lý khoa học số ${i}`, i]));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const changes = Array.from({ length: 3000 }, (_, i) => ({
      sheet: 'S',
      address: `A${i + 1}`,
      from: `Phòng Quản lý khoa học số ${i}`,
      to: `Phòng Quản lý khoa học và Đổi mới sáng tạo số ${i}`,
      reason: 'outdated-unit',
    }));
    const applying = await syncsOf(wb, () => host.applyChanges(changes));
    expect(applying.result.applied).toHaveLength(3000);
    expect(applying.maxRequest).toBeLessThanOrEqual(limit);
    expect(applying.maxResponse).toBeLessThanOrEqual(limit);
    expect(applying.count).toBeGreaterThan(4); // it had to split
    expect(wb.peek('S', 'A3000').value).toBe('Phòng Quản lý khoa học và Đổi mới sáng tạo số 2999');
    expect(await host.journal()).toHaveLength(3000);

    const undoing = await syncsOf(wb, () => host.undo());
    expect(undoing.result).toEqual({ restored: 3000, skipped: 0 });
    expect(undoing.maxRequest).toBeLessThanOrEqual(limit);
    expect(undoing.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.peek('S', 'A1').value).toBe('Phòng Quản lý khoa học số 0');
    expect(wb.peek('S', 'A3000').value).toBe('Phòng Quản lý khoa học số 2999');
    expect((await host.journal()).every((e) => e.undone)).toBe(true);
  });
});
