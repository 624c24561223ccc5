/**
 * A sheet the secretary added to a marked copy (her notes, a sheet of the original renamed there)
 * is not lost when the next run writes that copy again: it is carried into the new copy, and said.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-added-'));
  fs.mkdirSync(path.join(tmp, 'units'));
  fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), path.join(tmp, 'units', 'vp.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(tmp, 'units', 'kh.xlsx'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

it('keeps a sheet added to the copy (values, formulas, merges, widths, styles) and a sheet of the original renamed there', async () => {
  const units = path.join(tmp, 'units');
  const out = path.join(tmp, 'out');
  await runCli('check', units, '--out', out);
  const copy = path.join(out, 'vp-kiem-tra.xlsx');
  const wb = await load(copy);
  const notes = wb.addWorksheet('Ghi chú của VP');
  notes.getCell('A1').value = 'Nhắc phòng QLKH nộp báo cáo';
  notes.getCell('A1').font = { bold: true };
  notes.getCell('B2').value = { formula: 'LEN(A1)' } as ExcelJS.CellFormulaValue;
  notes.mergeCells('A3:C3');
  notes.getColumn(1).width = 42;
  const renamed = wb.worksheets.find((ws) => ws.name === 'Chỉ tiêu 2025')!;
  renamed.name = 'Chỉ tiêu (VP sửa)';
  await wb.xlsx.writeFile(copy);

  const r = await runCli('check', units, '--out', out);

  const again = await load(copy);
  const names = again.worksheets.map((ws) => ws.name);
  expect(names).toEqual(expect.arrayContaining(['Ghi chú của VP', 'Chỉ tiêu (VP sửa)', 'Chỉ tiêu 2025']));
  const kept = again.getWorksheet('Ghi chú của VP')!;
  expect(kept.getCell('A1').value).toBe('Nhắc phòng QLKH nộp báo cáo');
  expect(kept.getCell('A1').font?.bold).toBe(true);
  expect((kept.getCell('B2').value as ExcelJS.CellFormulaValue).formula).toBe('LEN(A1)');
  expect(kept.getCell('C3').isMerged).toBe(true);
  expect(kept.getColumn(1).width).toBe(42);
  expect(r.err).toContain('Chép các trang “Chỉ tiêu (VP sửa)”, “Ghi chú của VP” người dùng đã thêm vào bản sao vp-kiem-tra.xlsx sang bản sao mới.');
  // The other unit's untouched copy says nothing.
  expect(r.err).not.toContain('kh-kiem-tra.xlsx sang');
});

it('keeps the old copy beside as "…-kiem-tra-ban-cu.xlsx" when a table on a sheet added there cannot be carried', async () => {
  const units = path.join(tmp, 'units');
  const out = path.join(tmp, 'out-table');
  await runCli('check', units, '--out', out);
  const copy = path.join(out, 'kh-kiem-tra.xlsx');
  const wb = await load(copy);
  wb.addWorksheet('Bảng VP').addTable({ name: 'BangVP', ref: 'A1', headerRow: true, columns: [{ name: 'Đơn vị' }, { name: 'Số' }], rows: [['Văn phòng Sở', 1]] });
  await wb.xlsx.writeFile(copy);

  const r = await runCli('check', units, '--out', out);

  expect(r.err).toContain('bản sao cũ được giữ lại với tên kh-kiem-tra-ban-cu.xlsx');
  const old = await load(path.join(out, 'kh-kiem-tra-ban-cu.xlsx'));
  expect(old.getWorksheet('Bảng VP')!.getTable('BangVP')).toBeDefined();
  // The old copy is the one the user filled: the table's row is still there.
  expect([old.getWorksheet('Bảng VP')!.getCell('A2').value, old.getWorksheet('Bảng VP')!.getCell('B2').value]).toEqual(['Văn phòng Sở', 1]);
  expect((await load(copy)).getWorksheet('Bảng VP')!.getCell('A2').value).toBe('Văn phòng Sở');
});

it('does not bring back, beside the original\'s sheets, an old copy\'s sheet the unit renamed in the original since (no stale duplicate)', async () => {
  const units = path.join(tmp, 'units-renamed');
  const out = path.join(tmp, 'out-renamed');
  fs.mkdirSync(units);
  const kh = path.join(units, 'kh.xlsx');
  const original = await load(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'));
  original.addWorksheet('Ghi chú').getCell('A1').value = 'Số liệu tính đến ngày 30/9';
  await original.xlsx.writeFile(kh);
  await runCli('check', units, '--out', out);
  const renamed = await load(kh);
  renamed.getWorksheet('Rà soát QLCN&CN')!.name = 'Rà soát';
  renamed.getWorksheet('Ghi chú')!.name = 'Ghi chú quý III';
  await renamed.xlsx.writeFile(kh);

  const r = await runCli('check', units, '--out', out);

  const copy = await load(path.join(out, 'kh-kiem-tra.xlsx'));
  expect(copy.worksheets.map((ws) => ws.name)).toEqual(['Phụ lục II', 'Rà soát', 'Ghi chú quý III', 'Tổng hợp', 'Theo dõi', 'CTCT_DanhDau', 'CTCT_DaGhi']);
  expect(copy.getWorksheet('Ghi chú quý III')!.getCell('A1').value).toBe('Số liệu tính đến ngày 30/9');
  expect(r.err).not.toContain('Chép');
});

it('does not bring back an old copy\'s programme sheet the user retyped in capitals there, once the unit renamed it in the original (Excel: same sheet name)', async () => {
  const units = path.join(tmp, 'units-case');
  const out = path.join(tmp, 'out-case');
  fs.mkdirSync(units);
  const vp = path.join(units, 'vp.xlsx');
  fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), vp);
  await runCli('check', units, '--out', out);
  // In the copy: the sheet's name retyped in capitals (its tracker still names it as CTCT wrote it).
  const copyFile = path.join(out, 'vp-kiem-tra.xlsx');
  const old = await load(copyFile);
  const retyped = old.getWorksheet('Trọng tâm - Xuyên suốt')!;
  retyped.name = 'tmp'; // exceljs refuses a name equal to the sheet's own but for the case
  retyped.name = 'TRỌNG TÂM - XUYÊN SUỐT';
  await old.xlsx.writeFile(copyFile);
  // In the original: the sheet renamed, and a note added to it (its values are no longer the copy's).
  const original = await load(vp);
  const sheet = original.getWorksheet('Trọng tâm - Xuyên suốt')!;
  sheet.name = 'Trọng tâm';
  sheet.getCell('G8').value = 'Đã báo cáo Giám đốc Sở';
  await original.xlsx.writeFile(vp);

  const r = await runCli('check', units, '--out', out);

  const names = (await load(copyFile)).worksheets.map((ws) => ws.name);
  expect(names).toContain('Trọng tâm');
  expect(names).not.toContain('TRỌNG TÂM - XUYÊN SUỐT');
  expect(r.err).not.toContain('Chép');
});

it('a folder run says the sheets carried into several copies in one list, each copy once, and lists the files written one a line', async () => {
  const units = path.join(tmp, 'units');
  const out = path.join(tmp, 'out-many');
  await runCli('check', units, '--out', out);
  for (const [name, sheet] of [['vp-kiem-tra.xlsx', 'Ghi chú của VP'], ['kh-kiem-tra.xlsx', 'Nhắc việc']]) {
    const wb = await load(path.join(out, name));
    wb.addWorksheet(sheet).getCell('A1').value = 'Nhắc phòng nộp báo cáo';
    await wb.xlsx.writeFile(path.join(out, name));
  }

  const r = await runCli('check', units, '--out', out);

  expect(r.err).toContain('Chép trang người dùng đã thêm vào 2 bản sao sang bản sao mới:\n  kh-kiem-tra.xlsx: “Nhắc việc”\n  vp-kiem-tra.xlsx: “Ghi chú của VP”');
  expect(r.err.match(/Chép/g)).toHaveLength(1);
  expect(r.out).toContain(`Đã ghi 3 tệp vào “${out}”:\n  kh-kiem-tra.xlsx\n  vp-kiem-tra.xlsx\n  tong-hop.xlsx`);
  for (const [name, sheet] of [['vp-kiem-tra.xlsx', 'Ghi chú của VP'], ['kh-kiem-tra.xlsx', 'Nhắc việc']]) {
    expect((await load(path.join(out, name))).getWorksheet(sheet)!.getCell('A1').value).toBe('Nhắc phòng nộp báo cáo');
  }
});
