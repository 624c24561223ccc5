/** A total row under the tasks, as `ctct check` reports it from a workbook saved by Excel. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../helpers/cli';
import { HEADER_2025, task } from '../../helpers/grid';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-totals-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** "Quý III" over two tasks, then the given total row; the total's figures as formulas with their results. */
async function workbook(name: string, total: ExcelJS.CellValue[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục II');
  ws.addRow(['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025']);
  ws.addRow(HEADER_2025);
  ws.addRow(['I', 'Quý III']);
  ws.addRow(task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN') as ExcelJS.CellValue[]);
  ws.addRow(task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ') as ExcelJS.CellValue[]);
  ws.addRow(total);
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

it('names a numbered total row by its words ("3 | Tổng cộng"), not by its number', async () => {
  const file = await workbook('so-tt.xlsx', [{ formula: 'A5+1', result: 3 }, 'Tổng cộng', null, null, { formula: 'COUNTA(B4:B5)+1', result: 3 }]);
  const r = await runCli('check', file);
  const lines = r.out.split('\n').filter((l) => l.includes('declared-count-mismatch'));
  expect(lines).toEqual([expect.stringContaining('"Tổng cộng" ghi 3 nhiệm vụ nhưng bảng có 2.')]);
  expect(lines[0]).toContain("'Phụ lục II'!E6");
  expect(r.out).not.toMatch(/missing-lead-unit|missing-leader|duplicate-number|number-gap/);
});
