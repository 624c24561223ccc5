/** The "Tổng hợp" sheet `ctct check --out` writes: what it says under its title, how it prints. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/engine';
import { HEADER_2025, task } from '../../helpers/grid';
import { runCli } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-summary-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** One quarter's programme sheet as a unit keeps it: title, header, quarter heading, a month, tasks. */
function quarterSheet(quarter: 'III' | 'IV', month: number, texts: string[]): CellValue[][] {
  return [
    [`CHƯƠNG TRÌNH CÔNG TÁC QUÝ ${quarter} NĂM 2025`],
    [],
    HEADER_2025,
    ['I', `Quý ${quarter} (${texts.length} nhiệm vụ)`],
    [null, `Tháng ${month}`],
    ...texts.map((text, i) => task(i + 1, text)),
  ];
}

async function writeWorkbook(file: string, sheets: Record<string, CellValue[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows.map((r) => r.map((v) => v ?? null)));
  const at = path.join(tmp, file);
  await wb.xlsx.writeFile(at);
  return at;
}

/** A unit's workbook: one sheet per quarter, and a sheet of its own notes that is no programme. */
function unitWorkbook(dir: string): Promise<string> {
  fs.mkdirSync(path.join(tmp, dir), { recursive: true });
  return writeWorkbook(path.join(dir, 'qlkh.xlsx'), {
    'Quý III': quarterSheet('III', 7, ['Xây dựng Kế hoạch kiểm tra sau nghiệm thu', 'Tổ chức điều tra chuyên gia khoa học']),
    'Ghi chú': [['Ghi chú của phòng'], ['Nộp báo cáo trước ngày 25 hằng tháng']],
    'Quý IV': quarterSheet('IV', 10, ['Tổ chức Hội thảo đổi mới sáng tạo']),
  });
}

async function summarySheet(file: string, name = 'Tổng hợp'): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}`);
  return ws;
}

describe('the subtitle of "Tổng hợp" names the sheets counted', () => {
  it('in the marked copy of a workbook with several programme sheets', async () => {
    const input = await unitWorkbook('mot-tep');
    const out = path.join(tmp, 'mot-tep', 'qlkh-kiem-tra.xlsx');
    const r = await runCli('check', input, '--out', out);
    expect(r.err).toBe('');
    const ws = await summarySheet(out);
    expect(ws.getCell('A2').value).toBe('Ngày lập: 21/11/2026 · Tệp: qlkh.xlsx · Trang tính: Quý III, Quý IV');
  });

  it('in tong-hop.xlsx, the consolidated summary of several files', async () => {
    const unit = await unitWorkbook('hop-thu');
    const office = await writeWorkbook(path.join('hop-thu', 'van-phong.xlsx'), {
      'CTCT 2025': quarterSheet('III', 8, ['Báo cáo tình hình thực hiện nhiệm vụ tháng 8']),
    });
    const out = path.join(tmp, 'hop-thu-ra');
    const r = await runCli('check', unit, office, '--out', out);
    expect(r.err).toBe('');
    const ws = await summarySheet(path.join(out, 'tong-hop.xlsx'));
    expect(ws.getCell('A2').value).toBe('Ngày lập: 21/11/2026 · Tệp: qlkh.xlsx, van-phong.xlsx · Trang tính: Quý III, Quý IV, CTCT 2025');
  });
});

describe('"Tổng hợp" prints on A4 landscape, one page wide at full size', () => {
  /** Width in pixels of the sheet's columns (a column `w` characters wide is about 7w pixels in CTCT's workbooks). */
  const columnsPixels = (ws: ExcelJS.Worksheet) => {
    let chars = 0;
    for (let c = 1; c <= ws.columnCount; c++) chars += ws.getColumn(c).width ?? 8.43;
    return chars * 7;
  };
  const expectFullSizeOnA4 = (ws: ExcelJS.Worksheet) => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const { left, right } = ws.pageSetup.margins!;
    expect(left).toBeLessThanOrEqual(0.75);
    expect(right).toBeLessThanOrEqual(0.75);
    // Fit to the width of the page needs no shrinking: the columns fit A4 landscape within the margins.
    expect(columnsPixels(ws)).toBeLessThanOrEqual((11.69 - left - right) * 96);
    expect(ws.getCell('A2').alignment).toMatchObject({ wrapText: true });
  };

  it('in the marked copy of the whole programme', async () => {
    const out = path.join(tmp, 'phu-luc-kiem-tra.xlsx');
    await runCli('check', path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), '--out', out);
    expectFullSizeOnA4(await summarySheet(out));
  });

  it('in tong-hop.xlsx of several programmes', async () => {
    const out = path.join(tmp, 'ba-tep-ra');
    await runCli('check', ...['phu-luc-II-2025.xlsx', 'ctct-2024.xlsx', 'ctct-2025.xlsx'].map((f) => path.join(FIXTURES, f)), '--out', out);
    const ws = await summarySheet(path.join(out, 'tong-hop.xlsx'));
    expectFullSizeOnA4(ws);
    // Its two-year warning wraps across the page instead of running past its edge.
    const warning = ws.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith('Các tệp thuộc 2 năm khác nhau'));
    expect(warning).toBeGreaterThan(0);
    expect(ws.getCell(`K${warning}`).isMerged).toBe(true);
    expect(ws.getCell(`A${warning}`).alignment).toMatchObject({ wrapText: true });
  });
});
