/** A damaged .xlsx whose sheet part is gone (still listed in workbook.xml): named, the others read. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { reportSchema } from '../../../src/engine';
import { readWorkbookGrid } from '../../../src/xlsx';
import { runCli } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

/** ctct-2024.xlsx with some parts removed (or changed) in its zip. */
async function damaged(edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, 'ctct-2024.xlsx')));
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The part of the sheet of that name, as workbook.xml and its relationships give it. */
async function partOf(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return `xl/${target!.replace(/^\/?xl\//, '')}`;
}

describe('a sheet listed in the workbook whose part is missing', () => {
  it('is named in missingSheets; the other sheets are read', async () => {
    const bytes = await damaged(async (zip) => void zip.remove(await partOf(zip, 'Nhiệm vụ theo quý')));
    const grid = await readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2024', 'Trọng tâm - Xuyên suốt', 'Phụ lục NV KHCN']);
    expect(grid.missingSheets).toEqual(['Nhiệm vụ theo quý']);
  });

  it('with every sheet gone, the file is damaged (unreadable), not a workbook without a task table', async () => {
    const bytes = await damaged(async (zip) => {
      for (const name of ['Chỉ tiêu 2024', 'Trọng tâm - Xuyên suốt', 'Nhiệm vụ theo quý', 'Phụ lục NV KHCN']) zip.remove(await partOf(zip, name));
    });
    await expect(readWorkbookGrid(bytes, { fileName: 'don-vi.xlsx' })).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('“don-vi.xlsx” bị hỏng nên không đọc được') });
  });

  it('a whole workbook has none', async () => {
    const grid = await readWorkbookGrid(fs.readFileSync(path.join(FIXTURES, 'ctct-2024.xlsx')));
    expect(grid.missingSheets).toBeUndefined();
  });

  it('a chart sheet (never read as a table) is not said missing', async () => {
    const bytes = await damaged(async (zip) => {
      const part = await partOf(zip, 'Phụ lục NV KHCN');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      // The last sheet becomes a chart sheet: its relationship's type and target say so.
      const target = part.replace(/^xl\//, '');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace(new RegExp(`Type="[^"]*"( Target="${target}")|Target="${target}"`), (m) =>
        m.replace(/Type="[^"]*"/, 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"').replace(target, 'chartsheets/sheet1.xml')));
      zip.file('xl/chartsheets/sheet1.xml', zip.file(part)!.async('uint8array'));
      zip.remove(part);
    });
    const grid = await readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).not.toContain('Phụ lục NV KHCN');
    expect(grid.missingSheets).toBeUndefined();
  });

  it('ctct check says which sheet it could not check, on stderr, and checks the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-missing-'));
    try {
      const file = path.join(dir, 'don-vi.xlsx');
      fs.writeFileSync(file, await damaged(async (zip) => void zip.remove(await partOf(zip, 'Nhiệm vụ theo quý'))));
      const r = await runCli('check', file, '--json');
      const report = reportSchema.parse(JSON.parse(r.out));
      expect(report.files[0]!.sheets).not.toContain('Nhiệm vụ theo quý');
      expect(report.files[0]!.sheets).toContain('Phụ lục NV KHCN');
      // The others as a whole file gives them: every task but the lost sheet's, none lost beside it.
      const whole = reportSchema.parse(JSON.parse((await runCli('check', path.join(FIXTURES, 'ctct-2024.xlsx'), '--json')).out));
      const rows = (tasks: typeof report.tasks) => tasks!.map((t) => `${t.sheet}!${t.row}`);
      expect(rows(report.tasks)).toEqual(rows(whole.tasks!.filter((t) => t.sheet !== 'Nhiệm vụ theo quý')));
      expect(report.tasks!.length).toBeGreaterThan(0);
      // The other sheets' tasks are all there, as in the intact workbook.
      const intact = reportSchema.parse(JSON.parse((await runCli('check', path.join(FIXTURES, 'ctct-2024.xlsx'), '--json')).out));
      const at = (tasks: { sheet: string; row: number }[]) => tasks.map((t) => `${t.sheet}!${t.row}`);
      expect(at(report.tasks!)).toEqual(at(intact.tasks!.filter((t) => t.sheet !== 'Nhiệm vụ theo quý')));
      expect(r.err).toContain('Lưu ý: tệp “don-vi.xlsx” bị hỏng một phần: trang “Nhiệm vụ theo quý” có tên trong sổ làm việc nhưng nội dung không có trong tệp');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a damaged unit in a folder run: said where a secretary reads the results, not on stderr alone', () => {
  it('the JSON names the lost sheet per file; the printed "TỔNG HỢP CHUNG", tong-hop.xlsx and the file\'s "Tổng hợp" say it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-missing-run-'));
    try {
      const units = path.join(dir, 'units');
      fs.mkdirSync(units);
      fs.writeFileSync(path.join(units, 'hong.xlsx'), await damaged(async (zip) => void zip.remove(await partOf(zip, 'Nhiệm vụ theo quý'))));
      fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(units, 'lanh.xlsx'));
      const json = reportSchema.parse(JSON.parse((await runCli('check', units, '--json')).out));
      expect(json.files.find((f) => f.file === 'hong.xlsx')!.missingSheets).toEqual(['Nhiệm vụ theo quý']);
      expect(json.files.find((f) => f.file === 'lanh.xlsx')!.missingSheets).toBeUndefined();

      const out = path.join(dir, 'out');
      const printed = (await runCli('check', units, '--out', out)).out;
      const said = 'Tệp “hong.xlsx” bị hỏng một phần: trang “Nhiệm vụ theo quý” mất nội dung, không được kiểm tra và không được tính vào tổng hợp';
      expect(printed.slice(printed.indexOf('TỔNG HỢP CHUNG'))).toContain(said);
      for (const [file, sheet] of [['tong-hop.xlsx', 'Tổng hợp'], ['hong-kiem-tra.xlsx', 'Tổng hợp']] as const) {
        const grid = await readWorkbookGrid(fs.readFileSync(path.join(out, file)));
        const texts = grid.sheets.find((s) => s.name === sheet)!.cells.flat().filter((v): v is string => typeof v === 'string');
        expect(texts.some((t) => t.includes(said))).toBe(true);
      }
      const healthy = await readWorkbookGrid(fs.readFileSync(path.join(out, 'lanh-kiem-tra.xlsx')));
      expect(healthy.sheets.find((s) => s.name === 'Tổng hợp')!.cells.flat().some((v) => typeof v === 'string' && v.includes('bị hỏng'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
