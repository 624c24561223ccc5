import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../../src/engine';
import { CtctInputError, withNextStep } from '../../../src/engine/errors';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid';
import { detectKind, readWorkbookGrid } from '../../../src/xlsx';
import { readFileBytes, readWorkbookGridFile } from '../../../src/xlsx/node';
import { encodeTcvn3 } from '../text/encoders';

const FIXTURES = path.join(__dirname, '../../fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Value at an A1 address. */
function at(s: SheetGrid, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return s.cells[Number(m[2]) - 1]?.[col - 1] ?? null;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readWorkbookGrid on the fixtures', () => {
  it('phu-luc-II-2025.xlsx: sheets, merges, numbers, text, fonts', async () => {
    const grid = await readWorkbookGridFile(fixture('phu-luc-II-2025.xlsx'));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Rà soát QLCN&CN']);
    const s = sheet(grid, 'Phụ lục II');
    expect(s.merges).toContainEqual({ top: 8, left: 2, bottom: 8, right: 7 });
    expect(s.merges).toContainEqual({ top: 4, left: 1, bottom: 4, right: 7 });
    expect(at(s, 'A10')).toBe(1);
    expect(at(s, 'A7')).toBe('STT');
    expect(at(s, 'B7')).toBe('Nhiệm vụ');
    expect(at(s, 'B8')).toBe('Quý III (96 nhiệm vụ)');
    // The other cells of a merged area are empty, as Office.js reports them.
    expect(at(s, 'C8')).toBeNull();
    expect(at(s, 'C10')).toBe('Phòng QLKH&ĐMST');
    expect(at(s, 'F10')).toBe('PGĐ Sở Phan Văn Hiếu');
    expect(s.fonts?.[9]?.[1]).toBe('Times New Roman');
    expect(s.hidden).toBeUndefined();
    expect(s.cells).toHaveLength(191);
    const review = sheet(grid, 'Rà soát QLCN&CN');
    expect(at(review, 'E7')).toBe('Đề xuất');
    expect(at(review, 'A8')).toBe(32);
  });

  it('ctct-2024.xlsx: four sheets, numbers stored as text stay text', async () => {
    const grid = await readWorkbookGridFile(fixture('ctct-2024.xlsx'));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2024', 'Trọng tâm - Xuyên suốt', 'Nhiệm vụ theo quý', 'Phụ lục NV KHCN']);
    const kpi = sheet(grid, 'Chỉ tiêu 2024');
    expect(at(kpi, 'A4')).toBe('CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(kpi.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 6 }]);
    expect(at(kpi, 'B4')).toBeNull();
    expect(at(kpi, 'D10')).toBe('22');
    expect(at(kpi, 'D11')).toBe('05');
    const q = sheet(grid, 'Nhiệm vụ theo quý');
    expect(at(q, 'A6')).toBe('1. Những nội dung hoàn thành trong Quý I: Gồm 26 nhiệm vụ');
    expect(at(q, 'G13')).toBe('Thời hạn trình UBND tỉnh: 10/02/2024');
  });

  it('ctct-2025.xlsx and ctct-2024-dan-tu-pdf.xlsx', async () => {
    const g25 = await readWorkbookGridFile(fixture('ctct-2025.xlsx'));
    expect(g25.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2025', 'Trọng tâm - Xuyên suốt']);
    expect(at(sheet(g25, 'Trọng tâm - Xuyên suốt'), 'A8')).toBe('1.');
    const pdf = await readWorkbookGridFile(fixture('ctct-2024-dan-tu-pdf.xlsx'));
    expect(pdf.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    const s = pdf.sheets[0]!;
    expect(s.merges).toBeUndefined();
    // The header repeated at the page break.
    expect(s.cells[2]!.slice(0, 2)).toEqual(['TT', 'Nội dung']);
    expect(s.cells[7]!.slice(0, 2)).toEqual(['TT', 'Nội dung']);
    expect(at(s, 'A4')).toBe(1);
  });

  it('accepts ArrayBuffer and Uint8Array alike', async () => {
    const buf = fs.readFileSync(fixture('ctct-2025.xlsx'));
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const a = await readWorkbookGrid(ab);
    const b = await readWorkbookGrid(new Uint8Array(buf));
    expect(a).toEqual(b);
  });
});

describe('a workbook saved with no formula results (written by a tool, not by Excel)', () => {
  it('gives a formula that only points at a cell ("=DS!A1", "=\'Danh sách\'!$A$2", "=C5" pointing on) that cell\'s value, so its task is read as Excel shows it', async () => {
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('Danh sách');
    list.getCell('A1').value = 'Xây dựng kế hoạch chuyển đổi số';
    list.getCell('A2').value = 'Tổ chức hội nghị khoa học';
    const ws = wb.addWorksheet('KH');
    ws.addRow(['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']);
    ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']);
    ws.addRow(['I', 'Quý III (3 nhiệm vụ)']);
    const noResult = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;
    ws.addRow([1, noResult("'Danh sách'!A1"), 'Văn phòng Sở', 'Kế hoạch', 'Giám đốc Sở']);
    ws.addRow([2, noResult("'Danh sách'!$A$2"), noResult('C4'), 'Hội nghị', noResult('E4')]);
    ws.addRow([3, 'Báo cáo tổng kết', noResult('C5'), 'Báo cáo', noResult('CONCATENATE("Giám đốc"," Sở")')]);
    const grid = await readWorkbookGrid(await bytesOf(wb));
    const r = analyseWorkbook(grid, { fileName: 'kh.xlsx', asOf: '2025-07-20' });
    expect(r.tasks.map((t) => [t.task, t.leadUnits, t.leaders])).toEqual([
      ['Xây dựng kế hoạch chuyển đổi số', ['Văn phòng Sở'], ['Giám đốc Sở']],
      ['Tổ chức hội nghị khoa học', ['Văn phòng Sở'], ['Giám đốc Sở']],
      ['Báo cáo tổng kết', ['Văn phòng Sở'], []],
    ]);
    // Only what no reference gives stays unread: a computed text the file keeps no result of.
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['missing-leader E6']);
    expect(sheet(grid, 'KH').formulas?.[3]?.[1]).toBe("='Danh sách'!A1");
  });

  it('gives a reference to a cell typed in TCVN3 (.VnTime) that cell\'s font too, so the text is read as TCVN3 there as well', async () => {
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('DS');
    list.getCell('A1').value = encodeTcvn3('Văn phòng Sở');
    list.getCell('A1').font = { name: '.VnTime', size: 13 };
    const ws = wb.addWorksheet('KH');
    ws.addRow(['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']);
    ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']);
    ws.addRow([1, 'Xây dựng kế hoạch chuyển đổi số', { formula: 'DS!A1' } as ExcelJS.CellFormulaValue, 'Kế hoạch', 'Giám đốc Sở']);
    const grid = await readWorkbookGrid(await bytesOf(wb));
    expect(sheet(grid, 'KH').fonts?.[2]?.[2]).toBe('.VnTime');
    const r = analyseWorkbook(grid, { fileName: 'kh.xlsx', asOf: '2025-07-20' });
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Văn phòng Sở']]);
    expect(r.findings.filter((f) => f.code === 'legacy-encoding').map((f) => `${f.sheet}!${f.column}${f.row}`)).toEqual(['KH!C3']);
  });

  it('says at the cell that a value taken from another workbook (no result kept) cannot be read, once, instead of reading it as a silent gap', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    const noResult = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;
    ws.addRow(['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']);
    ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']);
    ws.addRow([1, 'Xây dựng kế hoạch chuyển đổi số', noResult("'[Khac.xlsx]DS'!B2"), 'Kế hoạch', 'Giám đốc Sở']);
    ws.addRow([2, 'Tổ chức hội nghị khoa học', 'Văn phòng Sở', 'Hội nghị', noResult('[1]DS!B3')]);
    ws.addRow([3, 'Báo cáo tổng kết', '', 'Báo cáo', 'Giám đốc Sở']);
    const grid = await readWorkbookGrid(await bytesOf(wb));
    const r = analyseWorkbook(grid, { fileName: 'kh.xlsx', asOf: '2025-07-20' });
    const found = r.findings.filter((f) => f.row >= 3).map((f) => [f.code, `${f.column}${f.row}`, f.field, f.severity]);
    // Once per cell, in its column: not also "missing" there; a cell simply empty is still missing.
    expect(found).toEqual([
      ['external-reference', 'C3', 'lead', 'warning'],
      ['external-reference', 'E4', 'leader', 'warning'],
      ['missing-lead-unit', 'C5', 'lead', 'error'],
    ]);
    const messages = r.findings.filter((f) => f.code === 'external-reference').map((f) => f.message);
    expect(messages[0]).toContain('(Khac.xlsx)');
    expect(messages[1]).toContain('CTCT không đọc được sổ đó');
  });

  it('finds the sheet a reference names whatever its case ("=ds!b2", "=\'DANH SÁCH\'!A1"), as Excel does, and no sheet of another workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').getCell('B2').value = 'Văn phòng Sở';
    wb.addWorksheet('Danh sách').getCell('A1').value = 'Xây dựng kế hoạch chuyển đổi số';
    const ws = wb.addWorksheet('KH');
    const noResult = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;
    ws.getCell('A1').value = noResult("'DANH SÁCH'!A1");
    ws.getCell('B1').value = noResult('ds!b2');
    ws.getCell('C1').value = noResult('[1]DS!B2');
    ws.getCell('D1').value = noResult("'[Khac.xlsx]DS'!B2");
    const grid = await readWorkbookGrid(await bytesOf(wb));
    expect([0, 1, 2, 3].map((c) => sheet(grid, 'KH').cells[0]?.[c] ?? null)).toEqual(['Xây dựng kế hoạch chuyển đổi số', 'Văn phòng Sở', null, null]);
  });
});

describe('readWorkbookGrid on cells staff produce', () => {
  let grid: WorkbookGrid;
  let s: SheetGrid;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.getCell('A1').value = { richText: [{ text: 'Phòng ', font: { bold: true } }, { text: 'QLKH&ĐMST' }] };
    ws.getCell('A2').value = 1;
    ws.getCell('A3').value = { formula: 'A2+1', result: 2 };
    ws.getCell('A4').value = { formula: 'VLOOKUP(Z1,Z2:Z3,2,FALSE)', result: { error: '#N/A' } };
    ws.getCell('A5').value = { formula: '#REF!+1', result: { error: '#REF!' } };
    ws.getCell('A6').value = { formula: 'A5*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('A7').value = { formula: 'A3&""', result: '' };
    ws.getCell('A8').value = { formula: 'A2=1', result: true };
    ws.getCell('A9').value = { formula: 'A2-1', result: 0 };
    ws.getCell('B1').value = new Date(Date.UTC(2025, 6, 31));
    ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B2').value = '103,0';
    ws.getCell('B3').value = '10.000';
    ws.getCell('B4').value = 'Phßng Qu¶n lý';
    ws.getCell('B4').font = { name: '.VnTime', size: 13 };
    ws.getCell('B5').value = 'Phoøng Quaûn lyù';
    ws.getCell('B5').font = { name: 'VNI-Times' };
    ws.getCell('B6').value = { text: 'Quyết định 12/QĐ', hyperlink: 'https://example.vn/qd12' };
    ws.getCell('B7').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('B8').value = false;
    ws.getCell('B9').value = 'Phòng\u00a0QLKH'.normalize('NFD');
    ws.getCell('C2').value = 'PGĐ Sở Phan Văn Hiếu';
    ws.mergeCells('C2:C5');
    ws.getCell('D1').value = { formula: 'DATE(2025,7,31)', result: new Date(Date.UTC(2025, 6, 31)) };
    ws.getCell('D1').numFmt = 'dd/mm/yyyy';
    ws.getCell('E10').value = 'cuối';
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('A1').value = 'x';
    wb.addWorksheet('Trống');
    grid = await readWorkbookGrid(await bytesOf(wb));
    s = grid.sheets[0]!;
  });

  it('flattens rich text and keeps Unicode as written', () => {
    expect(at(s, 'A1')).toBe('Phòng QLKH&ĐMST');
    expect(at(s, 'B9')).toBe('Phòng\u00a0QLKH'.normalize('NFD'));
  });

  it('gives formulas their cached result, errors as error cells, no result as null', () => {
    expect(at(s, 'A3')).toBe(2);
    expect(at(s, 'A4')).toEqual({ kind: 'error', code: '#N/A' });
    expect(at(s, 'A5')).toEqual({ kind: 'error', code: '#REF!' });
    expect(at(s, 'A6')).toBeNull();
    expect(at(s, 'A8')).toBe(true);
    expect(at(s, 'A9')).toBe(0);
    expect(at(s, 'D1')).toEqual({ kind: 'date', iso: '2025-07-31' });
    expect(s.formulas?.[2]?.[0]).toBe('=A2+1');
    expect(s.formulas?.[3]?.[0]).toBe('=VLOOKUP(Z1,Z2:Z3,2,FALSE)');
    expect(s.formulas?.[5]?.[0]).toBe('=A5*2');
    expect(s.formulas?.[0]?.[0]).toBeUndefined();
  });

  it('reads dates, numbers stored as text, hyperlinks, error values and booleans', () => {
    expect(at(s, 'B1')).toEqual({ kind: 'date', iso: '2025-07-31' });
    expect(at(s, 'A2')).toBe(1);
    expect(at(s, 'B2')).toBe('103,0');
    expect(at(s, 'B3')).toBe('10.000');
    expect(at(s, 'B6')).toBe('Quyết định 12/QĐ');
    expect(at(s, 'B7')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(at(s, 'B8')).toBe(false);
  });

  it('reports legacy fonts per cell', () => {
    expect(s.fonts?.[3]?.[1]).toBe('.VnTime');
    expect(s.fonts?.[4]?.[1]).toBe('VNI-Times');
    expect(at(s, 'B4')).toBe('Phßng Qu¶n lý');
  });

  it('reports a vertical merge with the value in its top cell only', () => {
    expect(s.merges).toEqual([{ top: 2, left: 3, bottom: 5, right: 3 }]);
    expect(at(s, 'C2')).toBe('PGĐ Sở Phan Văn Hiếu');
    expect(at(s, 'C3')).toBeNull();
    expect(at(s, 'C5')).toBeNull();
  });

  it('has one array per row up to the last used row, and ragged rows', () => {
    expect(s.cells).toHaveLength(10);
    for (const row of s.cells) expect(Array.isArray(row)).toBe(true);
    expect(s.cells[9]).toEqual([null, null, null, null, 'cuối']);
  });

  it('keeps hidden and empty sheets', () => {
    expect(grid.sheets.map((x) => [x.name, x.hidden ?? false, x.cells.length])).toEqual([
      ['Nhiệm vụ', false, 10],
      ['Ẩn', true, 1],
      ['Trống', false, 0],
    ]);
  });

  it('reads shared formulas with their results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = { formula: 'A1+1', result: 2, shareType: 'shared', ref: 'A2:A4' } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
    ws.getCell('A3').value = { sharedFormula: 'A2', result: 3 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A4').value = { sharedFormula: 'A2', result: 4 } as ExcelJS.CellSharedFormulaValue;
    const g = await readWorkbookGrid(await bytesOf(wb));
    expect(g.sheets[0]!.cells.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(g.sheets[0]!.formulas?.[3]?.[0]).toBe('=A3+1');
  });

  // Speed is measured in tests/bench, not asserted here.
  it('reads 20,000 rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lớn');
    for (let r = 1; r <= 20000; r++) {
      ws.addRow([r, `Nhiệm vụ số ${r} tổ chức triển khai`, 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Kế hoạch của Sở', 'PGĐ Sở Phan Văn Hiếu', r % 7 ? null : 'Nhiệm vụ quan trọng']);
    }
    const g = await readWorkbookGrid(await bytesOf(wb));
    expect(g.sheets[0]!.cells).toHaveLength(20000);
    expect(g.sheets[0]!.cells[19999]![0]).toBe(20000);
    expect(g.sheets[0]!.cells[19999]![1]).toBe('Nhiệm vụ số 20000 tổ chức triển khai');
  }, 30000);
});

describe('a share typed "80%" (stored 0.8 under a percentage format)', () => {
  it('reads as Excel shows it, so a status "80%" is under way and "100%" done, not unknown "0.8"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL II');
    ws.addRows([
      ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng'],
      ['I', 'Quý III (4 nhiệm vụ)'],
    ]);
    const shares: [number | { formula: string; result: number }, string][] = [[0.8, '0%'], [1, '0%'], [0.455, '0.0%'], [{ formula: '2/4', result: 0.5 }, '0%']];
    shares.forEach(([v, format], i) => {
      const row = ws.addRow([i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '31/8/2025', v]);
      row.getCell(7).numFmt = format;
    });
    ws.getCell('H4').value = 0.8; // no format: the number as it is
    const grid = await readWorkbookGrid(await bytesOf(wb));
    expect(['G4', 'G5', 'G6', 'G7', 'H4'].map((a) => at(grid.sheets[0]!, a))).toEqual(['80%', '100%', '45.5%', '50%', 0.8]);
    const r = analyseWorkbook(grid, { fileName: 'x.xlsx', asOf: '2025-10-15' });
    expect(r.findings.filter((f) => f.code === 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 3, 'Hoàn thành': 1 });
  });
});

describe('input errors', () => {
  async function failure(data: Uint8Array | ArrayBuffer, fileName?: string): Promise<CtctInputError> {
    try {
      await readWorkbookGrid(data, { fileName });
    } catch (e) {
      expect(e).toBeInstanceOf(CtctInputError);
      const err = e as CtctInputError;
      // One Vietnamese sentence, no library text, no stack in the message.
      expect(err.message).not.toMatch(/\n|\bat \w|Error|zip|undefined/i);
      expect(err.message.trim().endsWith('.')).toBe(true);
      return err;
    }
    throw new Error('no error');
  }

  function ole(withEncryption: boolean): Uint8Array {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = withEncryption ? 'EncryptedPackage' : 'Workbook';
    for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
    return bytes;
  }

  it('a text file is not an xlsx', async () => {
    const e = await failure(new TextEncoder().encode('STT,Nhiệm vụ\n1,Xây dựng kế hoạch\n'), 'ds.csv');
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toBe('Tệp “ds.csv” không phải là bảng tính Excel .xlsx: nếu đó là bảng tính lưu dạng khác (.csv, .ods…), hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx).');
    // Each host adds its own next step: the CLI runs the command again, the page picks the file again.
    expect(withNextStep(e, 'rồi chạy lại lệnh')).toMatch(/\(\.xlsx\) rồi chạy lại lệnh\.$/);
    expect(withNextStep(e, 'rồi chọn lại tệp')).toMatch(/\(\.xlsx\) rồi chọn lại tệp\.$/);
  });

  it('random bytes and an empty file are not an xlsx', async () => {
    const random = new Uint8Array(2000).map((_, i) => (i * 7919 + 13) % 251);
    expect((await failure(random)).code).toBe('not-xlsx');
    expect((await failure(new Uint8Array(0))).message).toBe('Tệp này trống (0 byte), không phải là bảng tính Excel .xlsx: hãy chép hay tải lại tệp, hoặc mở bảng tính gốc trong Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).');
  });

  it('an old .xls (OLE without EncryptedPackage) → legacy-xls, save as .xlsx', async () => {
    const e = await failure(ole(false), 'ctct.xls');
    expect(e.code).toBe('legacy-xls');
    expect(e.message).toContain('.xlsx');
    expect(e.message).toContain('Lưu thành');
  });

  it('a password-protected workbook (OLE with EncryptedPackage) → encrypted, remove the password', async () => {
    const e = await failure(ole(true), 'mat-khau.xlsx');
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('mật khẩu');
  });

  it('a truncated or damaged xlsx → unreadable', async () => {
    const full = new Uint8Array(fs.readFileSync(fixture('ctct-2025.xlsx')));
    for (const cut of [0.3, 0.5, 0.9]) {
      const e = await failure(full.slice(0, Math.floor(full.length * cut)), 'hong.xlsx');
      expect(e.code).toBe('unreadable');
      expect(e.message).toBe('Tệp “hong.xlsx” bị hỏng nên không đọc được: hãy mở tệp trong Excel, lưu thành một bản mới.');
    }
    // Whole, but with a part's compressed bytes scrambled.
    const scrambled = full.slice();
    for (let i = 200; i < 1200; i++) scrambled[i] = (scrambled[i]! * 31 + 7) % 256;
    expect((await failure(scrambled)).code).toBe('unreadable');
  });

  it('a zip that holds no workbook (a .docx, an archive) → not-xlsx', async () => {
    const full = new Uint8Array(fs.readFileSync(fixture('ctct-2025.xlsx')));
    const renamed = full.slice();
    const needle = new TextEncoder().encode('xl/workbook.');
    for (let i = 0; i + needle.length <= renamed.length; i++) {
      if (needle.every((b, j) => renamed[i + j] === b)) renamed[i + 3] = 'W'.charCodeAt(0);
    }
    expect(detectKind(renamed)).toBe('zip-not-xlsx');
    expect((await failure(renamed)).code).toBe('not-xlsx');
  });

  it('an Excel Binary Workbook (.xlsb, a zip with xl/workbook.bin) → xlsb, save as .xlsx', async () => {
    // A zip whose entry names say .xlsb: the parts renamed in an xlsx are enough for the test.
    const full = new Uint8Array(fs.readFileSync(fixture('ctct-2025.xlsx')));
    const xlsb = full.slice();
    const needle = new TextEncoder().encode('xl/workbook.xml');
    for (let i = 0; i + needle.length <= xlsb.length; i++) {
      if (needle.every((b, j) => xlsb[i + j] === b)) xlsb.set(new TextEncoder().encode('bin'), i + 12);
    }
    expect(detectKind(xlsb)).toBe('xlsb');
    const e = await failure(xlsb, 'ctct.xlsb');
    expect(e.code).toBe('xlsb');
    expect(e.message).toBe('Tệp “ctct.xlsb” là sổ làm việc nhị phân Excel (.xlsb): hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx).');
  });

  it('node helpers: a missing file → not-found', async () => {
    await expect(readFileBytes(path.join(FIXTURES, 'khong-co.xlsx'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(readWorkbookGridFile(path.join(FIXTURES, 'khong-co.xlsx'))).rejects.toBeInstanceOf(CtctInputError);
  });
});

describe('hidden rows', () => {
  it('are read like visible ones: a row hidden by hand or by a filter keeps its task in the programme', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRow(['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']);
    ws.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']);
    ws.addRow([1, 'Xây dựng kế hoạch kiểm tra', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']);
    ws.addRow([2, 'Tổng hợp báo cáo quý', null, 'Báo cáo', 'Giám đốc Sở']);
    ws.addRow([3, 'Kiểm tra nội bộ', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở']);
    ws.autoFilter = 'A2:E5';
    ws.getRow(4).hidden = true;
    ws.getRow(5).hidden = true;
    const bytes = await bytesOf(wb);
    // The file does hide them (and keeps its filter).
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect([back.getWorksheet('KH')!.getRow(4).hidden, back.getWorksheet('KH')!.getRow(5).hidden, !!back.getWorksheet('KH')!.autoFilter]).toEqual([true, true, true]);
    const grid = await readWorkbookGrid(bytes, { fileName: 'an.xlsx' });
    const r = analyseWorkbook(grid, { fileName: 'an.xlsx', asOf: '2025-10-15' });
    expect(r.tasks.map((t) => [t.row, t.task])).toEqual([
      [3, 'Xây dựng kế hoạch kiểm tra'],
      [4, 'Tổng hợp báo cáo quý'],
      [5, 'Kiểm tra nội bộ'],
    ]);
    expect([r.summary.taskCount, r.findings.filter((f) => f.code === 'missing-lead-unit').map((f) => f.row)]).toEqual([3, [4]]);
  });
});

describe('an Excel Table with its total row', () => {
  it('reads the total row of the status column as no count of tasks, and not as the rest of the last task', async () => {
    const build = async (statusTotal: ExcelJS.CellValue) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Quý III');
      ws.addRow(['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 - VĂN PHÒNG SỞ']);
      ws.addTable({
        name: 'NhiemVuQ3',
        ref: 'A3',
        headerRow: true,
        totalsRow: true,
        columns: [{ name: 'STT', totalsRowLabel: 'Cộng' }, { name: 'Nhiệm vụ' }, { name: 'Đơn vị chủ trì' }, { name: 'Sản phẩm' }, { name: 'Lãnh đạo Sở chỉ đạo' }, { name: 'Tình trạng', totalsRowFunction: 'count' }],
        rows: [
          [1, 'Báo cáo tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
          [2, 'Kiểm tra tài sản', 'Văn phòng Sở', 'Biên bản', 'Giám đốc Sở', null],
          [3, 'Rà soát quy chế', 'Văn phòng Sở', 'Quy chế', 'Giám đốc Sở', 'Đang thực hiện'],
        ],
      });
      // What Excel keeps in the total row: its formula, and its result once computed.
      ws.getCell('F7').value = statusTotal;
      const bytes = await bytesOf(wb);
      return analyseWorkbook(await readWorkbookGrid(bytes, { fileName: 'bang.xlsx' }), { fileName: 'bang.xlsx', asOf: '2025-10-15' });
    };
    for (const total of [{ formula: 'SUBTOTAL(103,NhiemVuQ3[Tình trạng])', result: 2 }, { formula: 'SUBTOTAL(103,NhiemVuQ3[Tình trạng])' }] as ExcelJS.CellValue[]) {
      const r = await build(total);
      expect(r.tasks.map((t) => [t.row, t.endRow, t.task])).toEqual([
        [4, 4, 'Báo cáo tháng 7'],
        [5, 5, 'Kiểm tra tài sản'],
        [6, 6, 'Rà soát quy chế'],
      ]);
      expect([r.summary.sections, r.findings.map((f) => f.code)]).toEqual([[], []]);
    }
  });
});

describe('hidden columns', () => {
  it('are given to the engine, which reads the visible column of two with the same meaning', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRow(['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025']);
    ws.addRow(['STT', 'Phòng chủ trì (cũ)', 'Nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo']);
    ws.addRow([1, 'Phòng HCTH', 'Tổng hợp báo cáo quý', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở']);
    ws.addRow([2, 'Phòng QLKH', 'Xây dựng kế hoạch kiểm tra', 'Phòng Không Có', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu']);
    ws.getColumn(2).hidden = true;
    ws.getColumn(6).width = 30;
    const grid = await readWorkbookGrid(await bytesOf(wb), { fileName: 'an.xlsx' });
    expect(sheet(grid, 'KH').hiddenColumns).toEqual([2]);
    const r = analyseWorkbook(grid, { fileName: 'an.xlsx', asOf: '2025-10-15' });
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['unknown-unit D4']);
  });
});
