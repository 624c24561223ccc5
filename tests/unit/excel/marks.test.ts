import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { FakeWorkbook } from './fake-excel';
import { loadGrid } from './workbook-fixture';
import { readWorkbookGrid, writeMarkedCopy } from '../../../src/xlsx';
import { report, sampleFileReport } from '../summary-layout/sample-report';
import { hostFor, syncsOf } from './helpers';
import type { Finding } from '../../../src/engine/report';
import { MARK_COLORS, NOTE_PREFIX } from '../../../src/engine/marks';
import { markAnchors } from '../../../src/taskpane/analysis';

const finding = (row: number, column: string, severity: Finding['severity'], message = `Lỗi ở ${column}${row}`): Finding => ({
  code: 'missing-leader',
  severity,
  sheet: 'Quý III',
  row,
  column,
  field: 'leader',
  message,
  suggestion: null,
  fix: null,
});

function workbook() {
  const wb = new FakeWorkbook();
  const s = wb.addSheet('Quý III', [
    ['TT', 'Nội dung', 'Lãnh đạo'],
    [1, 'Kế hoạch', ''],
    [2, 'Báo cáo', 'PGĐ Mai Thoan'],
    [3, 'Hội nghị', 'Giám đốc'],
  ]);
  // A fill and a note the unit put there themselves.
  wb.cell(s, 3, 3).fill = { color: '#00B050', pattern: 'Solid', patternColor: '#000000' };
  wb.cell(s, 4, 3).fill = { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' };
  s.notes.set('C4', 'Ghi chú của phòng');
  return wb;
}

const fills = (wb: FakeWorkbook) =>
  ['C2', 'C3', 'C4', 'B2'].map((a) => {
    const f = wb.peek('Quý III', a).fill;
    return `${a}:${f.color}/${f.pattern}/${f.patternColor}`;
  });

describe('marks after the user inserted rows above them', () => {
  /** Marks C2 (no fill of its own), then a task is typed into a row inserted above it: C2 is now C3. */
  async function markedThenMoved() {
    const wb = workbook();
    const host = hostFor(wb);
    const findings = [finding(2, 'C', 'error')];
    await host.markFindings(findings, '2025-09-30', markAnchors(findings, await host.readGrid('active')));
    wb.insertRows('Quý III', 2, 1);
    ['1', 'Tập huấn', 'PGĐ Mai Thoan'].forEach((v, i) => (wb.cell(wb.sheet('Quý III')!, 2, i + 1).value = v));
    return { wb, host };
  }

  it('clearing finds the mark where the row went: no red, no CTCT note left behind', async () => {
    const { wb, host } = await markedThenMoved();
    expect(wb.peek('Quý III', 'C3').fill.color).toBe(MARK_COLORS.error);
    expect(await host.clearMarks()).toEqual({ cleared: 1 });
    expect(wb.peek('Quý III', 'C3').fill.pattern).toBe('None');
    expect(wb.sheet('Quý III')!.notes.get('C3')).toBeUndefined();
    // The unit's own fill on the row that moved down from 3 to 4 is untouched.
    expect(wb.peek('Quý III', 'C4').fill.color).toBe('#00B050');
  });

  it('marking again takes the moved mark for CTCT\'s, not for the cell\'s own fill: clearing then leaves no red', async () => {
    const { wb, host } = await markedThenMoved();
    const again = [finding(3, 'C', 'error')];
    await host.markFindings(again, '2025-09-30', markAnchors(again, await host.readGrid('active')));
    expect(wb.peek('Quý III', 'C3').fill.color).toBe(MARK_COLORS.error);
    await host.clearMarks();
    expect(wb.peek('Quý III', 'C3').fill.pattern).toBe('None');
    expect(wb.peek('Quý III', 'C4').fill.color).toBe('#00B050');
  });
});

describe('marks whose row has no other anchor, or that lost their row', () => {
  const at = (row: number, column: string, severity: Finding['severity']): Finding => ({ ...finding(row, column, severity), code: 'irregular-whitespace', field: 'task' });
  const fillOf = (wb: FakeWorkbook, a: string) => wb.peek('Quý III', a).fill.color;

  it('a mark on the task text itself (its own anchor) is found after a row is inserted above: the cell\'s own fill comes back', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Quý III', [
      ['TT', 'Nội dung', 'Lãnh đạo'],
      [1, 'Kế hoạch  năm', 'Giám đốc'],
      [2, 'Báo cáo', 'Giám đốc'],
    ]);
    wb.cell(s, 2, 2).fill = { color: '#FFC000', pattern: 'Solid', patternColor: '#000000' };
    const host = hostFor(wb);
    const first = [at(2, 'B', 'info')];
    await host.markFindings(first, '2025-09-30', markAnchors(first, await host.readGrid('active')));
    wb.insertRows('Quý III', 2, 1);
    ['0', 'Mới', 'Giám đốc'].forEach((v, i) => (wb.cell(wb.sheet('Quý III')!, 2, i + 1).value = v));
    const again = [at(3, 'B', 'info')];
    await host.markFindings(again, '2025-09-30', markAnchors(again, await host.readGrid('active')));
    await host.clearMarks();
    expect([fillOf(wb, 'B2'), fillOf(wb, 'B3')]).toEqual(['#FFFFFF', '#FFC000']);
    expect(wb.sheet('Quý III')!.notes.size).toBe(0);
  });

  it('a marked row deleted: clearing neither fails nor gives the row below the deleted row\'s fill', async () => {
    const wb = workbook();
    wb.cell(wb.sheet('Quý III')!, 2, 3).fill = { color: '#7030A0', pattern: 'Solid', patternColor: '#000000' };
    const host = hostFor(wb);
    const findings = [at(2, 'C', 'error'), at(3, 'C', 'error')];
    await host.markFindings(findings, '2025-09-30', markAnchors(findings, await host.readGrid('active')));
    wb.deleteRows('Quý III', 2, 1);
    await host.clearMarks();
    // "Báo cáo", now on row 2, has its green back, not the purple of the row deleted.
    expect(fillOf(wb, 'C2')).toBe('#00B050');
  });
});

describe('markFindings and clearMarks', () => {
  it('fills by severity, notes where possible, and clearing restores the exact previous fills', async () => {
    const wb = workbook();
    const before = fills(wb);
    const values = wb.valuesOf('Quý III');
    const host = hostFor(wb);
    const r = await host.markFindings([finding(2, 'C', 'error'), finding(2, 'C', 'info', 'Gợi ý thêm'), finding(3, 'C', 'warning'), finding(4, 'C', 'info')], '2025-09-30');
    expect(r).toEqual({ marked: 3, notes: true });
    expect(wb.peek('Quý III', 'C2').fill.color).toBe(MARK_COLORS.error);
    expect(wb.peek('Quý III', 'C3').fill.color).toBe(MARK_COLORS.warning);
    expect(wb.peek('Quý III', 'C4').fill.color).toBe(MARK_COLORS.info);
    const sheet = wb.sheet('Quý III')!;
    expect(sheet.notes.get('C2')).toBe(`${NOTE_PREFIX} (30/09/2025):\n• Lỗi: Lỗi ở C2\n• Thông tin: Gợi ý thêm`);
    expect(sheet.notes.get('C4')).toBe('Ghi chú của phòng'); // a person's note is left alone
    expect(wb.sheet('CTCT_DanhDau')?.visibility).toBe('VeryHidden');

    const cleared = await hostFor(wb).clearMarks(); // after "reopening"
    expect(cleared).toEqual({ cleared: 3 });
    expect(fills(wb)).toEqual(before);
    expect(sheet.notes.has('C2')).toBe(false);
    expect(sheet.notes.get('C4')).toBe('Ghi chú của phòng');
    expect(wb.valuesOf('Quý III')).toEqual(values);
    expect(wb.sheet('CTCT_DanhDau')).toBeUndefined();
    expect(await host.clearMarks()).toEqual({ cleared: 0 });
  });

  it('marking again keeps the original fills and removes marks no longer found', async () => {
    const wb = workbook();
    const before = fills(wb);
    const host = hostFor(wb);
    await host.markFindings([finding(2, 'C', 'error'), finding(3, 'C', 'warning')], '2025-09-30');
    await host.markFindings([finding(3, 'C', 'error'), finding(2, 'B', 'info')], '2025-09-30');
    expect(wb.peek('Quý III', 'C2').fill).toMatchObject({ color: '#FFFFFF', pattern: 'None' }); // restored
    expect(wb.sheet('Quý III')!.notes.has('C2')).toBe(false);
    expect(wb.peek('Quý III', 'C3').fill.color).toBe(MARK_COLORS.error);
    expect(wb.sheet('Quý III')!.notes.get('C3')).toContain('Lỗi ở C3');
    await host.clearMarks();
    expect(fills(wb)).toEqual(before);
  });

  it('keeps a fill the user chose after marking', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    await host.markFindings([finding(2, 'C', 'error')], '2025-09-30');
    wb.peek('Quý III', 'C2').fill = { color: '#0070C0', pattern: 'Solid', patternColor: '#000000' };
    await host.clearMarks();
    expect(wb.peek('Quý III', 'C2').fill.color).toBe('#0070C0');
    // Marked again before clearing: the user's fill is the one clearing gives back.
    await host.markFindings([finding(2, 'C', 'error')], '2025-09-30');
    wb.peek('Quý III', 'C2').fill = { color: '#00B050', pattern: 'Solid', patternColor: '#000000' };
    await host.markFindings([finding(2, 'C', 'error')], '2025-09-30');
    expect(wb.peek('Quý III', 'C2').fill.color).not.toBe('#00B050');
    await host.clearMarks();
    expect(wb.peek('Quý III', 'C2').fill.color).toBe('#00B050');
  });

  it('costs the same number of syncs for 3 findings and 900', async () => {
    const counts: number[] = [];
    for (const n of [3, 900]) {
      const wb = new FakeWorkbook();
      wb.addSheet('Quý III', Array.from({ length: n + 1 }, (_, i) => [i, 'x', '']));
      const host = hostFor(wb);
      const list = Array.from({ length: n }, (_, i) => finding(i + 2, 'C', i % 2 ? 'warning' : 'error'));
      counts.push((await syncsOf(wb, () => host.markFindings(list, '2025-09-30'))).count);
      counts.push((await syncsOf(wb, () => host.clearMarks())).count);
    }
    expect(counts[0]).toBe(counts[2]);
    expect(counts[1]).toBe(counts[3]);
  });

  it('without notes (before ExcelApi 1.18) or RangeAreas (1.9): fills only, same restore', async () => {
    for (const apiVersion of [17, 8]) {
      const wb = new FakeWorkbook({ apiVersion });
      const s = wb.addSheet('Quý III', [['TT', 'Nội dung', 'Lãnh đạo'], [1, 'Kế hoạch', '']]);
      wb.cell(s, 2, 3).fill = { color: '#00B050', pattern: 'Solid', patternColor: '#000000' };
      const host = hostFor(wb);
      expect(await host.markFindings([finding(2, 'C', 'error')], '2025-09-30')).toEqual({ marked: 1, notes: false });
      expect(wb.peek('Quý III', 'C2').fill.color).toBe(MARK_COLORS.error);
      expect(s.notes.size).toBe(0);
      await host.clearMarks();
      expect(wb.peek('Quý III', 'C2').fill.color).toBe('#00B050');
    }
  });
});

describe('many marks on the web', () => {
  it('marks and clears 3,000 cells with every request and response under the limit', async () => {
    const limit = 100_000;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('Quý III', Array.from({ length: 3001 }, (_, i) => [i, 'x', '']));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const list = Array.from({ length: 3000 }, (_, i) =>
      finding(i + 2, 'C', i % 2 ? 'warning' : 'error', `Nhiệm vụ ${i + 1} chưa có lãnh đạo Sở chỉ đạo (cột «Lãnh đạo chỉ đạo» còn trống).`),
    );
    const marked = await syncsOf(wb, () => host.markFindings(list, '2025-09-30'));
    expect(marked.maxRequest).toBeLessThanOrEqual(limit);
    expect(marked.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.peek('Quý III', 'C3001').fill.color).toBe(MARK_COLORS.warning);
    expect(wb.sheet('Quý III')!.notes.get('C3001')).toContain('Nhiệm vụ 3000');
    // Marking again reads the 3,000 remembered fills back, in blocks.
    const again = await syncsOf(wb, () => host.markFindings(list.slice(0, 1000), '2025-09-30'));
    expect(again.maxRequest).toBeLessThanOrEqual(limit);
    expect(again.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.peek('Quý III', 'C3001').fill.color).toBe('#FFFFFF');
    expect(wb.sheet('Quý III')!.notes.has('C3001')).toBe(false);
    const cleared = await syncsOf(wb, () => host.clearMarks());
    expect(cleared.maxRequest).toBeLessThanOrEqual(limit);
    expect(cleared.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.peek('Quý III', 'C2').fill.color).toBe('#FFFFFF');
    expect(wb.sheet('CTCT_DanhDau')).toBeUndefined();
  });
});

describe('what people type into a CTCT note', () => {
  it('stays under the new findings when marking again, and alone when the marks are cleared', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    await host.markFindings([finding(2, 'C', 'error')], '2025-09-30');
    const notes = wb.sheet('Quý III')!.notes;
    notes.set('C2', `${notes.get('C2')}\nĐã hỏi Giám đốc, chờ phân công.`);

    await host.markFindings([finding(2, 'C', 'warning', 'Lãnh đạo chưa rõ')], '2025-10-15');
    expect(notes.get('C2')).toBe(`${NOTE_PREFIX} (15/10/2025):\n• Cảnh báo: Lãnh đạo chưa rõ\n\nGhi chú trước đó:\nĐã hỏi Giám đốc, chờ phân công.`);

    await host.clearMarks();
    expect(notes.get('C2')).toBe('Đã hỏi Giám đốc, chờ phân công.');
    expect(wb.peek('Quý III', 'C2').fill).toMatchObject({ pattern: 'None' });
  });

  it('is kept when typed on the end of one of CTCT\'s lines, even where Excel gives the note back with CR LF', async () => {
    const wb = workbook();
    const host = hostFor(wb);
    await host.markFindings([finding(2, 'C', 'error')], '2025-09-30');
    const notes = wb.sheet('Quý III')!.notes;
    const lines = notes.get('C2')!.split('\n');
    lines[1] += ' — đã ghi PGĐ Hiếu';
    notes.set('C2', lines.join('\r\n'));

    await host.markFindings([finding(2, 'C', 'warning', 'Lãnh đạo chưa rõ')], '2025-10-15');
    expect(notes.get('C2')).toBe(`${NOTE_PREFIX} (15/10/2025):\n• Cảnh báo: Lãnh đạo chưa rõ\n\nGhi chú trước đó:\n${lines[1]}`);

    notes.set('C2', notes.get('C2')!.replace(/\n/g, '\r\n'));
    await host.clearMarks();
    expect(notes.get('C2')).toBe(lines[1]);
  });
});

describe('a copy marked by `ctct check --out`, opened in Excel', () => {
  it('has its marks cleared by the add-in: the unit\'s own fills back, CTCT\'s lines gone from the notes', async () => {
    const fixture = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures/phu-luc-II-2025.xlsx')));
    const unit = new ExcelJS.Workbook();
    await unit.xlsx.load(Buffer.from(fixture) as unknown as ExcelJS.Buffer);
    const e11 = unit.getWorksheet('Phụ lục II')!.getCell('E11');
    e11.style = { ...e11.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
    // Fills picked from Excel's palette: a theme colour with a tint (the file's theme is Office 2013,
    // Accent 1 = 4472C4) and a colour of the legacy indexed palette.
    const themes = (unit as unknown as { _themes: Record<string, string> })._themes;
    themes.theme1 = themes.theme1!.replace('<a:accent1> <a:srgbClr val="4F81BD"/>', '<a:accent1> <a:srgbClr val="4472C4"/>');
    const f11 = unit.getWorksheet('Phụ lục II')!.getCell('F11');
    f11.style = { ...f11.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999938962981048 }, bgColor: { indexed: 64 } } as ExcelJS.Fill };
    const c13 = unit.getWorksheet('Phụ lục II')!.getCell('C13');
    c13.style = { ...c13.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { indexed: 43 } } as ExcelJS.Fill };
    const fr = sampleFileReport('2025-11-21');
    const copy = await writeMarkedCopy(new Uint8Array(await unit.xlsx.writeBuffer()), fr, report([fr], '2025-11-21'), { asOf: '2025-11-21' });

    // The copy in the fake Excel: its values and hidden sheets, and the fills and notes of its marked cells.
    const wb = new FakeWorkbook();
    for (const sheet of (await readWorkbookGrid(copy)).sheets) loadGrid(wb, sheet);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
    const src = marked.getWorksheet('Phụ lục II')!;
    const addresses = fr.findings.map((f) => `${f.column}${f.row}`).filter((a, i, all) => all.indexOf(a) === i);
    for (const a of addresses) {
      const fill = src.getCell(a).fill as ExcelJS.FillPattern;
      wb.peek('Phụ lục II', a).fill = { color: `#${fill.fgColor!.argb!.slice(2)}`, pattern: 'Solid', patternColor: '#000000' };
      wb.sheet('Phụ lục II')!.notes.set(a, String(src.getCell(a).note));
    }
    wb.sheet('Phụ lục II')!.notes.set('E11', `${wb.sheet('Phụ lục II')!.notes.get('E11')}\nĐã sửa ở bản gốc.`);

    expect(await hostFor(wb).clearMarks()).toEqual({ cleared: addresses.length });
    expect(wb.peek('Phụ lục II', 'E11').fill).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
    // "Blue, Accent 1, Lighter 60%" (Excel shows B4C6E7) and indexed 43, not cleared to no fill.
    expect(wb.peek('Phụ lục II', 'F11').fill).toMatchObject({ color: '#B4C7E7', pattern: 'Solid' });
    expect(wb.peek('Phụ lục II', 'C13').fill).toMatchObject({ color: '#FFFF99', pattern: 'Solid' });
    const own = ['E11', 'F11', 'C13'];
    expect(own.every((a) => addresses.includes(a))).toBe(true);
    for (const a of addresses.filter((x) => !own.includes(x))) expect(wb.peek('Phụ lục II', a).fill.pattern).toBe('None');
    expect(wb.sheet('Phụ lục II')!.notes.get('E11')).toBe('Đã sửa ở bản gốc.');
    expect([...wb.sheet('Phụ lục II')!.notes.keys()]).toEqual(['E11']);
    expect(wb.sheet('CTCT_DanhDau')).toBeUndefined();
  });
});
