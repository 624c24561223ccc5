/** The `ctct` command as users run it: output, exit codes, bad input, --json, --out, folders. */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { reportSchema } from '../../../src/engine';
import { readWorkbookGrid } from '../../../src/xlsx';
import { FIXTURES } from '../../helpers/fixtures';
import { runCli } from '../../helpers/cli';
import { main } from '../../../src/cli/main';

const run = runCli;

const fixture = (name: string) => path.join(FIXTURES, name);
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('ctct check', () => {
  it('checks the bundled sample when given no file, in Vietnamese, with cell addresses', async () => {
    const r = await run('check');
    expect(r.code).toBe(1);
    expect(r.out).toContain("'Phụ lục II'!E34");
    expect(r.out).toContain('[missing-product] Nhiệm vụ 25 chưa có sản phẩm.');
    expect(r.out).toContain('Tổng số nhiệm vụ: 176');
    expect(r.out).toMatch(/Quý III\s+96/);
    expect(r.err).toBe('');
  });

  it('exits 0 when a workbook has no error', async () => {
    const r = await run('check', fixture('ctct-2025.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kỳ danh mục: 2025-03');
  });

  it('prints only the JSON contract with --json', async () => {
    const r = await run('check', fixture('phu-luc-II-2025.xlsx'), '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files[0].summary.byQuarter).toEqual({ '3': 96, '4': 80 });
    expect(report.tasks).toHaveLength(176);
    expect(report.findings?.find((f) => f.severity === 'error')).toMatchObject({ code: 'missing-product', sheet: 'Phụ lục II', row: 34, column: 'E', field: 'product' });
  });

  it('checks several files and adds a consolidated summary that adds up', async () => {
    const files = ['phu-luc-II-2025.xlsx', 'ctct-2024.xlsx', 'ctct-2025.xlsx'].map(fixture);
    const r = await run('check', ...files, '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.summary.taskCount)).toEqual([176, 99, 45]);
    expect(report.summary.taskCount).toBe(320);
    expect(report.summary.byQuarter).toEqual({ '1': 26, '2': 19, '3': 13 + 96, '4': 14 + 80 });
    expect(report.tasks).toBeUndefined();
    const human = await run('check', ...files);
    expect(human.out).toContain('TỔNG HỢP CHUNG ━━\n3 tệp\n⚠ Các tệp thuộc 2 năm khác nhau (2024, 2025)');
  });

  it('reads a folder, and a bad file there does not stop the others (exit 2, one Vietnamese sentence each)', async () => {
    const dir = path.join(tmp, 'hop-thu');
    fs.mkdirSync(dir);
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(dir, 'a.xlsx'));
    fs.writeFileSync(path.join(dir, 'b.xlsx'), 'không phải bảng tính');
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    fs.writeFileSync(path.join(dir, 'c.xlsx'), ole);
    fs.writeFileSync(path.join(dir, '~$a.xlsx'), 'lock file');
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain('━━ a.xlsx ━━');
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    // a.xlsx is open in Excel (its lock file beside it): checked as saved, and said so.
    expect(lines[0]).toMatch(/^Lưu ý: tệp “a\.xlsx” đang mở trong Excel/);
    expect(lines[1]).toMatch(/b\.xlsx.*không phải là bảng tính Excel \.xlsx/);
    expect(lines[2]).toMatch(/c\.xlsx.*\.xls/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('names a LibreOffice sheet (.ods) in a folder as a file to save as .xlsx, instead of leaving its tasks out unsaid', async () => {
    const dir = path.join(tmp, 'hop-thu-ods');
    fs.mkdirSync(path.join(dir, 'phong-b'), { recursive: true });
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(dir, 'a.xlsx'));
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    ods.file('content.xml', '<office:document-content/>');
    fs.writeFileSync(path.join(dir, 'phong-b', 'b.ods'), await ods.generateAsync({ type: 'uint8array' }));
    const r = await run('check', dir, '--json');
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['a.xlsx']);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'b.ods', code: 'not-xlsx' })]);
    expect(r.err.trim()).toMatch(/^Tệp “b\.ods” không phải là bảng tính Excel \.xlsx: .*lưu dưới dạng Sổ làm việc Excel \(\.xlsx\)/);
  });

  it('counts a unit renamed between the files\' periods once, under its newest name (2025-03 and 2025-09 files)', async () => {
    const r = await run('check', fixture('ctct-2025.xlsx'), fixture('phu-luc-II-2025.xlsx'), '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.period)).toEqual(['2025-03', '2025-09']);
    const [early, late] = report.files.map((f) => f.summary.byLeadUnit);
    expect(early!['Phòng KH-CN']).toBeGreaterThan(0);
    const byUnit = report.summary.byLeadUnit;
    expect(Object.keys(byUnit)).not.toContain('Phòng KH-CN');
    expect(byUnit['Phòng QLKH&ĐMST']).toBe(early!['Phòng KH-CN']! + late!['Phòng QLKH&ĐMST']!);
    expect(byUnit['Phòng BCVT&CĐS']).toBe(early!['Phòng BCVTCNTT']! + late!['Phòng BCVT&CĐS']!);
    // Every task still counted once.
    expect(Object.values(report.summary.byQuarterAndUnit).flatMap((c) => Object.values(c)).reduce((a, b) => a + b, 0)).toBe(
      report.files.flatMap((f) => Object.values(f.summary.byQuarterAndUnit).flatMap((c) => Object.values(c))).reduce((a, b) => a + b, 0),
    );
  });

  it('names the files it could not read in the consolidated summary, the JSON and tong-hop.xlsx', async () => {
    const dir = path.join(tmp, 'hop-thu-2');
    fs.mkdirSync(dir);
    fs.copyFileSync(fixture('ctct-2024.xlsx'), path.join(dir, 'a.xlsx'));
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(dir, 'b.xlsx'));
    fs.writeFileSync(path.join(dir, 'c.xlsx'), 'không phải bảng tính');
    const json = await run('check', dir, '--json');
    expect(json.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(json.out));
    expect(report.files.map((f) => f.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(report.summary.taskCount).toBe(99 + 45);
    expect(report.errors).toEqual([{ file: 'c.xlsx', code: 'not-xlsx', message: expect.stringMatching(/c\.xlsx.*không phải là bảng tính Excel \.xlsx/) }]);

    const human = await run('check', dir);
    expect(human.out).toMatch(/TỔNG HỢP CHUNG ━━\n2 tệp; 1 tệp không đọc được, không tính:\n  • c\.xlsx: .*không phải là bảng tính/);

    const out = path.join(tmp, 'hop-thu-2-ra');
    await run('check', dir, '--out', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'tong-hop.xlsx'));
    const texts = wb.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map(String);
    expect(texts).toContain('1. Tệp không đọc được (không có trong các số liệu dưới đây)');
    expect(texts).toContain('c.xlsx');
    expect(texts.find((t) => t.startsWith('Ngày lập'))).toContain('1 tệp không đọc được');
  });

  it('rejects a workbook with no task table and a missing file, with exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Danh sách').addRow(['Họ tên', 'Chức vụ']);
    const file = path.join(tmp, 'khong-co-bang.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('check', file, path.join(tmp, 'khong-co.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không tìm thấy bảng nhiệm vụ nào trong tệp “khong-co-bang.xlsx”:');
    expect(r.err).toContain('Không tìm thấy tệp');
  });

  it('writes a marked copy with --out and never touches the input', async () => {
    const input = path.join(tmp, 'pl.xlsx');
    fs.copyFileSync(fixture('phu-luc-II-2025.xlsx'), input);
    const before = fs.readFileSync(input);
    const out = path.join(tmp, 'pl-kiem-tra.xlsx');
    const r = await run('check', input, '--out', out);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Phụ lục II', 'Tổng hợp', 'Theo dõi']));
    const marked = wb.getWorksheet('Phụ lục II')!.getCell('E34');
    expect(JSON.stringify(marked.note)).toContain('chưa có sản phẩm');
    expect((await run('check', input, '--out', input)).code).toBe(2);
    expect(r.err).not.toContain('không giữ được');
  });

  it('says when the marked copy cannot keep the workbook’s charts (exceljs does not write them)', async () => {
    const out = path.join(tmp, 'chart-kiem-tra.xlsx');
    const r = await run('check', fixture('parts/with-chart-sheet.xlsx'), '--out', out);
    expect(r.err).toContain('Lưu ý: bản sao chart-kiem-tra.xlsx không giữ được biểu đồ, trang biểu đồ của with-chart-sheet.xlsx');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('says when the marked copy of an .xlsm cannot keep its macros (the copy is an .xlsx)', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(fixture('ctct-2025.xlsx')));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml').replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    zip.file('xl/vbaProject.bin', new Uint8Array(512));
    const input = path.join(tmp, 'macro.xlsm');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));
    const out = path.join(tmp, 'macro-out');
    const r = await run('check', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Lưu ý: bản sao macro-kiem-tra.xlsx không giữ được macro (VBA) của macro.xlsm');
    const copy = await JSZip.loadAsync(fs.readFileSync(path.join(out, 'macro-kiem-tra.xlsx')));
    expect(copy.file('xl/vbaProject.bin')).toBeNull();
    expect(await copy.file('[Content_Types].xml')!.async('string')).not.toContain('macroEnabled');
  });

  it('writes one marked copy per file and tong-hop.xlsx into an --out folder', async () => {
    const out = path.join(tmp, 'ket-qua');
    const r = await run('check', fixture('ctct-2024.xlsx'), fixture('ctct-2025.xlsx'), '--out', out);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['ctct-2024-kiem-tra.xlsx', 'ctct-2025-kiem-tra.xlsx', 'tong-hop.xlsx']);
  });

  it('checks a folder again into itself without taking its own earlier outputs for units\' sheets', async () => {
    const dir = path.join(tmp, 'cung-thu-muc');
    fs.mkdirSync(dir);
    for (const f of ['ctct-2024.xlsx', 'ctct-2025.xlsx']) fs.copyFileSync(fixture(f), path.join(dir, f));
    const first = await run('check', dir, '--out', dir, '--json');
    const again = await run('check', dir, '--out', dir, '--json');
    expect(again.code).toBe(first.code);
    expect(again.err).toContain('Bỏ qua 3 tệp do CTCT ghi ra');
    expect(JSON.parse(again.out).summary.taskCount).toBe(JSON.parse(first.out).summary.taskCount);
    expect(fs.readdirSync(dir).sort()).toEqual(['ctct-2024-kiem-tra.xlsx', 'ctct-2024.xlsx', 'ctct-2025-kiem-tra.xlsx', 'ctct-2025.xlsx', 'tong-hop.xlsx']);
  });

  it('says in Vietnamese when the copy cannot be written, and what one .xlsx for several files holds', async () => {
    const missing = await run('check', fixture('ctct-2025.xlsx'), '--out', path.join(tmp, 'khong-co-thu-muc', 'x.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toMatch(/^Không ghi được tệp “.*x\.xlsx”: thư mục “.*khong-co-thu-muc” không tồn tại\.$/);
    const several = await run('check', fixture('ctct-2024.xlsx'), fixture('ctct-2025.xlsx'), '--out', path.join(tmp, 'chung.xlsx'));
    expect(several.err).toContain('là bảng tổng hợp chung; muốn có bản sao đánh dấu của từng tệp, dùng --out THƯ-MỤC');
    const noValue = await run('check', '--out');
    expect([noValue.code, noValue.err.split('\n')[0]]).toEqual([2, 'Tùy chọn --out không hợp lệ hoặc thiếu giá trị.']);
  });

  it('says in Vietnamese why --out cannot be written where no file can be (a file on the path, a name too long), never blaming the file checked', async () => {
    const blocker = path.join(tmp, 'chan-duong');
    fs.writeFileSync(blocker, '');
    const long = path.join(tmp, `${'a'.repeat(300)}.xlsx`);
    const cases: [string, string][] = [
      [path.join(blocker, 'x.xlsx'), `Không ghi được tệp “${path.join(blocker, 'x.xlsx')}”: trên đường dẫn có một tệp trùng tên, không phải thư mục.`],
      [`${blocker}/sub/`, `Không tạo được thư mục “${blocker}/sub/” cho --out: trên đường dẫn có một tệp trùng tên, không phải thư mục.`],
      [long, `Không ghi được tệp “${long}”: tên tệp hay đường dẫn quá dài, hãy chọn tên hoặc thư mục ngắn hơn.`],
    ];
    for (const [out, message] of cases) {
      const r = await run('check', fixture('ctct-2025.xlsx'), '--out', out);
      expect([r.code, r.err.trim()]).toEqual([2, message]);
    }
  });

  it('takes an empty option value (a script\'s unset variable: --out "") for a missing one, not for no option', async () => {
    for (const option of ['--out', '--sheet', '--period', '--directory']) {
      const r = await run('check', fixture('ctct-2025.xlsx'), option, ' ');
      expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([2, '', `Tùy chọn ${option} không hợp lệ hoặc thiếu giá trị.`]);
      // Truly empty, as the title's --out "" is.
      const empty = await run('check', fixture('ctct-2025.xlsx'), option, '');
      expect([option, empty.code, empty.out, empty.err.split('\n')[0]]).toEqual([option, 2, '', `Tùy chọn ${option} không hợp lệ hoặc thiếu giá trị.`]);
    }
  });

  it('uses a directory file and a period given on the command line; says what is wrong with them', async () => {
    const dir = path.join(tmp, 'danh-muc.json');
    fs.writeFileSync(dir, JSON.stringify({ periods: [{ id: 'X', from: '2020-01-01', units: [{ name: 'Phòng A', short: 'Phòng A' }], leaders: [] }] }));
    const r = await run('check', fixture('ctct-2025.xlsx'), '--directory', dir, '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files[0].period).toBe('X');
    expect(report.findings?.some((f) => f.code === 'unknown-unit')).toBe(true);

    // Saved by Notepad as "Unicode": UTF-16 with its byte-order mark.
    const utf16 = path.join(tmp, 'danh-muc-utf16.json');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(dir, 'utf8'), 'utf16le')]));
    expect(reportSchema.parse(JSON.parse((await run('check', fixture('ctct-2025.xlsx'), '--directory', utf16, '--json')).out)).files[0].period).toBe('X');

    fs.writeFileSync(dir, '{ hỏng');
    expect((await run('check', '--directory', dir)).err).toContain('không phải là JSON hợp lệ');
    fs.writeFileSync(dir, JSON.stringify({ periods: [] }));
    expect((await run('check', '--directory', dir)).err).toMatch(/Danh mục "danh-muc.json" không hợp lệ/);
    const folder = await run('check', '--directory', tmp);
    expect([folder.code, folder.err.trim()]).toEqual([2, `"${tmp}" là một thư mục, không phải tệp danh mục: --directory cần một tệp .json.`]);
    const bad = await run('check', '--period', '1990');
    expect([bad.code, bad.err.trim()]).toEqual([2, 'Không có kỳ "1990" trong danh mục (các kỳ có: 2024, 2025-03, 2025-09).']);
  });

  it('takes --as-of as Vietnamese users type a date (30/10/2025, 3/9/2025) or yyyy-mm-dd; a date that does not exist, a wrong form, each said', async () => {
    const asOf = async (value: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['check', fixture('ctct-2025.xlsx'), '--json', '--as-of', value], { out: (s) => out.push(s), err: (s) => err.push(s) });
      return code === 2 ? err.join('\n').split('\n')[0] : (JSON.parse(out.join('')) as { asOf: string; summary: { overdue: unknown[] } });
    };
    const dmy = await asOf('30/10/2025');
    const iso = await asOf('2025-10-30');
    expect(dmy).toMatchObject({ asOf: '2025-10-30' });
    // The same day however typed: the same overdue tasks.
    expect(dmy).toEqual(iso);
    expect(await asOf('3/9/2025')).toMatchObject({ asOf: '2025-09-03' });
    expect(await asOf('31/9/2025')).toBe('Ngày "31/9/2025" không có thật (tháng 9/2025 có 30 ngày).');
    expect(await asOf('29/02/2025')).toBe('Ngày "29/02/2025" không có thật (tháng 2/2025 có 28 ngày).');
    expect(await asOf('30/13/2025')).toBe('Ngày "30/13/2025" không có thật (không có tháng 13).');
    // Read as a date cell is (parseDateText): a two-digit year, spaces around the marks, a year before 1900 said.
    expect(await asOf('30/10/25')).toMatchObject({ asOf: '2025-10-30' });
    expect(await asOf('30 / 10 / 2025')).toMatchObject({ asOf: '2025-10-30' });
    expect(await asOf('31/9/25')).toBe('Ngày "31/9/25" không có thật (tháng 9/2025 có 30 ngày).');
    expect(await asOf('1899-12-31')).toBe('Ngày "1899-12-31" không có thật (năm phải từ 1900 trở đi).');
    for (const wrong of ['30/10', '2025/10/30', '10-2025', 'hôm nay', '300/10/2025']) {
      expect(await asOf(wrong)).toBe(`Ngày "${wrong}" không đúng dạng: hãy gõ dd/mm/yyyy (30/10/2025) hoặc yyyy-mm-dd (2025-10-30).`);
    }
  });

  it('explains a wrong option and lists the codes', async () => {
    const r = await run('check', '--nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tùy chọn --nope không hợp lệ');
    const err: string[] = [];
    const noDay = await main(['check', '--as-of', '2025-02-30'], { out: () => undefined, err: (s) => err.push(s) });
    expect([noDay, err.join('\n').split('\n')[0]]).toEqual([2, 'Ngày "2025-02-30" không có thật (tháng 2/2025 có 28 ngày).']);
    const codes = await run('codes');
    expect(codes.out).toContain('declared-count-mismatch');
  });
});

describe('ctct check --out never loses what is on disk', () => {
  const md5 = (file: string) => createHash('md5').update(fs.readFileSync(file)).digest('hex');
  const fresh = (name: string) => fs.mkdtempSync(path.join(tmp, `${name}-`));
  const copy = (name: string, to: string) => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(fixture(name), to);
    return to;
  };
  const sheetNames = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => w.name);
  };
  /** `a.xlsx` (ctct-2025.xlsx) in a units' folder, checked once with --out: `target` is its marked copy. */
  const checkedOnce = async (name: string) => {
    const dir = fresh(name);
    const units = path.join(dir, 'units');
    const input = copy('ctct-2025.xlsx', path.join(units, 'a.xlsx'));
    const out = path.join(dir, 'out');
    await run('check', units, '--out', out);
    return { dir, units, input, out, target: path.join(out, 'a-kiem-tra.xlsx') };
  };
  /** Opens `file`, applies `change`, saves it: a user's edit in Excel. */
  const editFile = async (file: string, change: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    change(wb);
    await wb.xlsx.writeFile(file);
  };
  /** Two units' files in `units` (a.xlsx: 2024, b.xlsx: 2025), checked once with `--out out`. */
  const twoUnitsChecked = async (units: string, out: string) => {
    copy('ctct-2024.xlsx', path.join(units, 'a.xlsx'));
    copy('ctct-2025.xlsx', path.join(units, 'b.xlsx'));
    await run('check', units, '--out', out);
  };
  const addNotesSheet = (wb: ExcelJS.Workbook) => (wb.addWorksheet('Ghi chú của VP').getCell('A1').value = 'Nhắc đơn vị gửi lại bảng');

  it('an earlier tong-hop.xlsx a user added a sheet to, in the folder checked into itself: the refusal says so, not "tệp đang kiểm tra" alone', async () => {
    const dir = fresh('tong-hop-them-trang');
    await twoUnitsChecked(dir, dir);
    const summary = path.join(dir, 'tong-hop.xlsx');
    await editFile(summary, addNotesSheet);
    const before = md5(summary);
    const r = await run('check', dir, '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bảng tổng hợp CTCT ghi lần trước đã được thêm trang “Ghi chú của VP”');
    expect(r.err).toContain('Hãy đổi tên tệp đó');
    expect(md5(summary)).toBe(before);
  });

  it('an earlier tong-hop.xlsx a user added a sheet to, in a separate --out folder: the refusal names the sheet, not "tệp đó không do CTCT ghi ra"', async () => {
    const dir = fresh('tong-hop-rieng');
    const [units, out] = [path.join(dir, 'units'), path.join(dir, 'out')];
    await twoUnitsChecked(units, out);
    const summary = path.join(out, 'tong-hop.xlsx');
    await editFile(summary, addNotesSheet);
    const before = md5(summary);
    const r = await run('check', units, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bảng tổng hợp CTCT ghi lần trước đã được thêm trang “Ghi chú của VP”');
    expect(r.err).not.toContain('CTCT_DaGhi');
    expect(r.err).not.toContain('không do CTCT ghi ra');
    expect(md5(summary)).toBe(before);
  });

  it('an earlier tong-hop.xlsx a user edited (a status typed in "Danh sách nhiệm vụ") is kept as tong-hop-ban-cu.xlsx, said; an untouched one, or one without CTCT\'s record, is written over', async () => {
    const dir = fresh('tong-hop-sua');
    const [units, out] = [path.join(dir, 'units'), path.join(dir, 'out')];
    await twoUnitsChecked(units, out);
    const summary = path.join(out, 'tong-hop.xlsx');
    const kept = path.join(out, 'tong-hop-ban-cu.xlsx');
    /** Opens the summary and saves it, `edit` done to its task list first (the status column, "Tình trạng"). */
    const resave = (edit?: (ws: ExcelJS.Worksheet) => void, dropRecord = false) =>
      editFile(summary, (wb) => {
        const ws = wb.getWorksheet('Danh sách nhiệm vụ')!;
        expect(ws.getCell('L1').value).toBe('Tình trạng');
        edit?.(ws);
        if (dropRecord) wb.removeWorksheet(wb.worksheets.find((w) => w.state === 'veryHidden')!.id);
      });
    const typed = 'Hoàn thành (VP đã xác nhận)';
    const statusOf = async (file: string) => (await readWorkbookGrid(fs.readFileSync(file))).sheets.find((s) => s.name === 'Danh sách nhiệm vụ')!.cells[1]![11];

    // Opened and saved, nothing changed: written over, nothing said.
    await resave();
    const untouched = await run('check', units, '--out', out);
    expect(untouched.err).not.toContain('tong-hop-ban-cu');
    expect(fs.existsSync(kept)).toBe(false);

    await resave((ws) => (ws.getCell('L2').value = typed));
    const edited = await run('check', units, '--out', out);
    expect(edited.code).not.toBe(2);
    expect(edited.err).toContain('Bảng tổng hợp tong-hop.xlsx đã được sửa sau lần CTCT ghi trước, nên được giữ lại với tên tong-hop-ban-cu.xlsx');
    expect(await statusOf(kept)).toBe(typed);
    expect(await statusOf(summary)).not.toBe(typed);

    // A summary written before CTCT kept its record: as before, written over.
    await resave((ws) => (ws.getCell('L2').value = typed), true);
    const older = await run('check', units, '--out', out);
    expect(older.err).not.toContain('tong-hop-ban-cu');
    expect(fs.readdirSync(out).filter((n) => n.startsWith('tong-hop-ban-cu'))).toEqual(['tong-hop-ban-cu.xlsx']);
  });

  it('a marked copy whose programme was edited in it (a leader typed in the copy) is kept as …-kiem-tra-ban-cu.xlsx before it is written again from the original, said; statuses typed in its "Theo dõi" alone are no edit', async () => {
    const { units, out, target } = await checkedOnce('ban-sao-sua');
    const kept = path.join(out, 'a-kiem-tra-ban-cu.xlsx');
    const edit = (change: (wb: ExcelJS.Workbook) => void) => editFile(target, change);
    const leaderCell = (wb: ExcelJS.Workbook) => wb.getWorksheet('Trọng tâm - Xuyên suốt')!.getCell('C36');
    await edit((wb) => {
      const tracker = wb.getWorksheet('Theo dõi')!;
      const status = (tracker.getRow(1).values as unknown[]).indexOf('Trạng thái');
      tracker.getRow(2).getCell(status).value = 'Hoàn thành';
    });
    const typed = await run('check', units, '--out', out);
    expect(typed.err).not.toContain('ban-cu');
    expect(fs.existsSync(kept)).toBe(false);

    await edit((wb) => {
      expect(leaderCell(wb).value).toBe('Lãnh đạo Sở theo lĩnh vực được giao');
      leaderCell(wb).value = 'PGĐ Sở Trần Công Hòa';
    });
    const edited = await run('check', units, '--out', out);
    expect(edited.err).toContain('Chương trình trong bản sao a-kiem-tra.xlsx đã được sửa sau khi CTCT ghi');
    expect(edited.err).toContain('được giữ lại với tên a-kiem-tra-ban-cu.xlsx; hãy sửa ở chính a.xlsx');
    const sheetOf = async (file: string) => (await readWorkbookGrid(fs.readFileSync(file))).sheets.find((s) => s.name === 'Trọng tâm - Xuyên suốt')!;
    expect((await sheetOf(kept)).cells[35]![2]).toBe('PGĐ Sở Trần Công Hòa');
    expect((await sheetOf(target)).cells[35]![2]).toBe('Lãnh đạo Sở theo lĩnh vực được giao');
    // The new copy holds the original's programme: the next run keeps nothing more.
    const again = await run('check', units, '--out', out);
    expect(again.err).not.toContain('ban-cu');
    expect(fs.readdirSync(out).filter((n) => n.includes('ban-cu'))).toEqual(['a-kiem-tra-ban-cu.xlsx']);
  });

  it('a marked copy edited elsewhere than its programme (a note typed in "Tổng hợp", a target corrected in "Chỉ tiêu") is kept as …-ban-cu.xlsx, said, in a folder run and a one-file run alike', async () => {
    const { dir, units, input, out, target } = await checkedOnce('ban-sao-sua-khac');
    const note = 'Đã đối chiếu với Văn phòng ngày 10/10';
    await editFile(target, (wb) => {
      const summary = wb.getWorksheet('Tổng hợp')!;
      summary.getCell(`A${summary.rowCount + 2}`).value = note;
    });
    const first = await run('check', units, '--out', out);
    expect(first.err).toContain('Bản sao a-kiem-tra.xlsx đã được sửa sau khi CTCT ghi (trang “Tổng hợp”)');
    expect(first.err).toContain('bản sao cũ được giữ lại với tên a-kiem-tra-ban-cu.xlsx');
    const values = async (file: string, sheet: string) => (await readWorkbookGrid(fs.readFileSync(file))).sheets.find((s) => s.name === sheet)!.cells.flat();
    expect(await values(path.join(out, 'a-kiem-tra-ban-cu.xlsx'), 'Tổng hợp')).toContain(note);
    expect(await values(target, 'Tổng hợp')).not.toContain(note);
    // Written again untouched: nothing more is kept.
    const again = await run('check', units, '--out', out);
    expect(again.err).not.toContain('ban-cu');

    // One file's copy: a value corrected in a table that holds no tasks.
    const one = path.join(dir, 'mot.xlsx');
    await run('check', input, '--out', one);
    await editFile(one, (wb) => {
      const targets = wb.worksheets.find((ws) => ws.name.startsWith('Chỉ tiêu'))!;
      const cell = targets.getCell('D6');
      cell.value = 12345;
    });
    const single = await run('check', input, '--out', one);
    expect(single.err).toMatch(/Bản sao mot\.xlsx đã được sửa sau khi CTCT ghi \(trang “Chỉ tiêu[^”]*”\)/);
    expect(fs.existsSync(path.join(dir, 'mot-ban-cu.xlsx'))).toBe(true);
    expect(await values(path.join(dir, 'mot-ban-cu.xlsx'), (await readWorkbookGrid(fs.readFileSync(one))).sheets.find((s) => s.name.startsWith('Chỉ tiêu'))!.name)).toContain(12345);
  });

  it('a copy saved by Excel, which recalculated a formula of the programme (=TODAY()), is no edit: nothing is kept as …-ban-cu.xlsx', async () => {
    const dir = fresh('ban-sao-tinh-lai');
    const units = path.join(dir, 'units');
    const input = copy('ctct-2025.xlsx', path.join(units, 'a.xlsx'));
    await editFile(input, (wb) => {
      wb.worksheets[0]!.getCell('Z1').value = { formula: 'TODAY()', result: 45940 };
    });
    const out = path.join(dir, 'out');
    await run('check', units, '--out', out);
    const target = path.join(out, 'a-kiem-tra.xlsx');
    // Opened the next day and saved: the formula's result changed, nothing else.
    await editFile(target, (wb) => {
      wb.worksheets[0]!.getCell('Z1').value = { formula: 'TODAY()', result: 45941 };
    });
    const again = await run('check', units, '--out', out);
    expect(again.err).not.toContain('ban-cu');
    expect(fs.readdirSync(out).filter((n) => n.includes('ban-cu'))).toEqual([]);
    // The formula itself changed is an edit.
    await editFile(target, (wb) => {
      wb.worksheets[0]!.getCell('Z1').value = { formula: 'TODAY()-1', result: 45940 };
    });
    expect((await run('check', units, '--out', out)).err).toContain('bản sao cũ được giữ lại với tên a-kiem-tra-ban-cu.xlsx');
  });

  it('a sheet the user added to a marked copy, edited there after a run carried it, goes on into the next copy: no …-ban-cu.xlsx, nothing said', async () => {
    const dir = fresh('ban-sao-trang-them');
    const input = copy('ctct-2025.xlsx', path.join(dir, 'a.xlsx'));
    const target = path.join(dir, 'a-kiem-tra.xlsx');
    await run('check', input, '--out', target);
    await editFile(target, (wb) => {
      wb.addWorksheet('Ghi chú VP').getCell('A1').value = 'Họp giao ban ngày 6/10';
    });
    // Carried into the copy written over it.
    const carried = await run('check', input, '--out', target);
    expect(carried.err).not.toContain('ban-cu');
    await editFile(target, (wb) => {
      wb.getWorksheet('Ghi chú VP')!.getCell('A2').value = 'Họp giao ban ngày 13/10';
    });
    const again = await run('check', input, '--out', target);
    expect(again.err).not.toContain('đã được sửa sau khi CTCT ghi');
    expect(fs.existsSync(path.join(dir, 'a-kiem-tra-ban-cu.xlsx'))).toBe(false);
    const note = (await readWorkbookGrid(fs.readFileSync(target))).sheets.find((s) => s.name === 'Ghi chú VP')!;
    expect(note.cells.flat()).toEqual(expect.arrayContaining(['Họp giao ban ngày 6/10', 'Họp giao ban ngày 13/10']));
  });

  it('refuses an --out folder whose summary file would replace an input named tong-hop.xlsx', async () => {
    const dir = fresh('tong-hop-vao');
    const input = copy('ctct-2024.xlsx', path.join(dir, 'tong-hop.xlsx'));
    const other = copy('ctct-2025.xlsx', path.join(dir, 'b.xlsx'));
    const before = md5(input);
    const r = await run('check', input, other, '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Không ghi đè tệp đang kiểm tra ".*tong-hop\.xlsx": .*hãy chọn thư mục khác cho --out\.$/);
    expect(md5(input)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['b.xlsx', 'tong-hop.xlsx']);
  });

  it('never replaces a file CTCT did not write, nor a copy with a tracker by a summary', async () => {
    const dir = fresh('ghi-de');
    const a = copy('ctct-2025.xlsx', path.join(dir, 'a.xlsx'));
    const other = copy('ctct-2024.xlsx', path.join(dir, 'don-vi-khac.xlsx'));
    const before = md5(other);
    const mistyped = await run('check', a, '--out', other);
    expect(mistyped.code).toBe(2);
    expect(mistyped.err.trim()).toBe(`Không ghi đè “${other}”: tệp đó không do CTCT ghi ra. Hãy chọn tên khác cho --out (hoặc tự xóa tệp đó nếu không cần nữa).`);
    expect(md5(other)).toBe(before);

    // A copy written earlier is CTCT's: written again (its tracker kept); a summary over it is refused.
    const marked = path.join(dir, 'ket-qua.xlsx');
    expect((await run('check', a, '--out', marked)).code).toBe(0);
    expect((await run('check', a, '--out', marked)).code).toBe(0);
    const kept = md5(marked);
    const summary = await run('check', a, other, '--out', marked);
    expect(summary.err).toContain('đó là một bản sao có trang “Theo dõi”, không phải bảng tổng hợp');
    expect(md5(marked)).toBe(kept);
  });

  it('writes the consolidated summary asked for even when only one file could be read, naming the other', async () => {
    const dir = fresh('mot-hong');
    const zero = path.join(dir, 'zero.xlsx');
    fs.writeFileSync(zero, '');
    const out = path.join(dir, 'chung.xlsx');
    const r = await run('check', fixture('ctct-2025.xlsx'), zero, '--out', out);
    expect(r.code).toBe(2);
    // The summary workbook, not a marked copy of the one file read.
    expect(await sheetNames(out)).toEqual(['Tổng hợp', 'CTCT_DaGhi']);
    const cells = (await readWorkbookGrid(new Uint8Array(fs.readFileSync(out)))).sheets[0]!.cells.flat();
    expect(cells.some((v) => typeof v === 'string' && v.includes('zero.xlsx'))).toBe(true);
  });

  it('a --period one workbook\'s own "Danh mục" lacks fails that file only; the others are checked', async () => {
    const dir = fresh('ky-rieng');
    const own = path.join(dir, 'co-danh-muc.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('ctct-2025.xlsx'));
    const s = wb.addWorksheet('Danh mục');
    s.addRow(['Kỳ', 'Từ ngày', 'Loại', 'Tên dùng trong báo cáo', 'Tên đầy đủ', 'Tên khác', 'Đổi tên thành', 'Chức danh', 'Chỉ đạo', 'Nguồn']);
    s.addRow(['Năm 2025', '01/01/2025', 'Đơn vị', 'Văn phòng Sở', 'Văn phòng Sở']);
    s.addRow(['Năm 2025', '01/01/2025', 'Lãnh đạo', 'Giám đốc Sở', 'Giám đốc Sở', '', '', 'Giám đốc']);
    await wb.xlsx.writeFile(own);
    const r = await run('check', fixture('phu-luc-II-2025.xlsx'), own, '--period', '2025-09', '--json');
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['phu-luc-II-2025.xlsx']);
    expect(report.errors?.map((e) => [e.file, e.code])).toEqual([['co-danh-muc.xlsx', 'unknown-period']]);
    expect(r.err).toContain('co-danh-muc.xlsx');
  });

  it('refuses an --out that reaches the input through a symbolic or a hard link', async () => {
    const dir = fresh('lien-ket');
    const input = copy('ctct-2025.xlsx', path.join(dir, 'don-vi.xlsx'));
    const before = md5(input);
    fs.symlinkSync(input, path.join(dir, 'mem.xlsx'));
    fs.linkSync(input, path.join(dir, 'cung.xlsx'));
    for (const out of ['mem.xlsx', 'cung.xlsx']) {
      const r = await run('check', input, '--out', path.join(dir, out));
      expect([r.code, r.err.trim()]).toEqual([2, `Không ghi đè tệp đang kiểm tra "${path.join(dir, out)}": hãy chọn tên khác cho --out.`]);
      expect(md5(input)).toBe(before);
    }
    // A folder linked to the input's folder: the copy would not replace the input, it is written.
    fs.symlinkSync(dir, path.join(tmp, `${path.basename(dir)}-thu-muc`));
    const folder = await run('check', input, '--out', path.join(tmp, `${path.basename(dir)}-thu-muc`));
    expect(folder.code).toBe(0);
    expect(md5(input)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'don-vi-kiem-tra.xlsx'))).toBe(true);
  });

  it('gives same-named files from two folders their own copy and their own label', async () => {
    const dir = fresh('trung-ten');
    const a = copy('ctct-2024.xlsx', path.join(dir, 'a', 'don-vi.xlsx'));
    const b = copy('ctct-2025.xlsx', path.join(dir, 'b', 'don-vi.xlsx'));
    const out = path.join(dir, 'ra');
    const r = await run('check', a, b, '--out', out, '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual([path.join('a', 'don-vi.xlsx'), path.join('b', 'don-vi.xlsx')]);
    expect(fs.readdirSync(out).sort()).toEqual(['a-don-vi-kiem-tra.xlsx', 'b-don-vi-kiem-tra.xlsx', 'tong-hop.xlsx']);
    expect(await sheetNames(path.join(out, 'a-don-vi-kiem-tra.xlsx'))).toContain('Chỉ tiêu 2024');
    expect(await sheetNames(path.join(out, 'b-don-vi-kiem-tra.xlsx'))).toContain('Chỉ tiêu 2025');
    const human = await run('check', a, b);
    expect(human.out).toContain(`━━ ${path.join('a', 'don-vi.xlsx')} ━━`);
    expect(human.out).toContain(`━━ ${path.join('b', 'don-vi.xlsx')} ━━`);
  });

  it('keeps the statuses typed in the tracker of the copy it writes again (folder into itself, and one --out file)', async () => {
    const setStatus = async (file: string, status: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('Theo dõi')!;
      expect(ws.getCell('J1').value).toBe('Trạng thái');
      ws.getCell('J2').value = status;
      ws.getCell('L2').value = 'đã gọi điện';
      expect(ws.getCell('N1').value).toBe('Mã');
      ws.getCell('O1').value = 'Ghi chú của tôi';
      ws.getCell('O2').value = 'hẹn tuần sau';
      await wb.xlsx.writeFile(file);
    };
    const tracker = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('Theo dõi')!;
      return [ws.getCell('J2').value, ws.getCell('L2').value, ws.getCell('O1').value, ws.getCell('O2').value];
    };
    const dir = fresh('theo-doi');
    const input = copy('ctct-2025.xlsx', path.join(dir, 'a.xlsx'));
    const before = md5(input);
    await run('check', dir, '--out', dir);
    const marked = path.join(dir, 'a-kiem-tra.xlsx');
    await setStatus(marked, 'Hoàn thành');
    const again = await run('check', dir, '--out', dir, '--json');
    expect(await tracker(marked)).toEqual(['Hoàn thành', 'đã gọi điện', 'Ghi chú của tôi', 'hẹn tuần sau']);
    const report = reportSchema.parse(JSON.parse(again.out));
    expect(report.summary.byStatus['Hoàn thành']).toBe(1);
    // The one status typed there; the other rows' blank statuses are nobody's word.
    expect(report.files[0]!.summary.statusFromTracker).toBe(1);
    expect(again.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước a-kiem-tra.xlsx.');
    expect(md5(input)).toBe(before);

    const one = path.join(dir, 'mot.xlsx');
    await run('check', input, '--out', one);
    await setStatus(one, 'Đang thực hiện');
    await run('check', input, '--out', one);
    expect(await tracker(one)).toEqual(['Đang thực hiện', 'đã gọi điện', 'Ghi chú của tôi', 'hẹn tuần sau']);

    // The user went on in that copy; checking it again into the older copy keeps the newer entries.
    const older = path.join(dir, 'cu.xlsx');
    fs.copyFileSync(one, older);
    await setStatus(one, 'Hoàn thành');
    const newer = await run('check', one, '--out', older, '--json');
    expect(await tracker(older)).toEqual(['Hoàn thành', 'đã gọi điện', 'Ghi chú của tôi', 'hẹn tuần sau']);
    expect(reportSchema.parse(JSON.parse(newer.out)).summary.byStatus['Hoàn thành']).toBe(1);
    expect(newer.err).toContain('Trang “Theo dõi” của mot.xlsx được dùng; trang “Theo dõi” của bản sao trước cu.xlsx không được dùng.');
  });

  it('reads a total typed as a formula under the tasks of the copy written over as a total, not as a task typed there', async () => {
    const dir = fresh('tong-cong-thuc');
    const input = copy('ctct-2025.xlsx', path.join(dir, 'a.xlsx'));
    const one = path.join(dir, 'mot.xlsx');
    await run('check', input, '--out', one);
    // The older copy: nothing typed, only a count of the finished tasks whose result is text ("0/16").
    const older = path.join(dir, 'cu.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    const ws = wb.getWorksheet('Theo dõi')!;
    const last = ws.actualRowCount;
    ws.getCell(`D${last + 1}`).value = 'Số nhiệm vụ hoàn thành';
    ws.getCell(`J${last + 1}`).value = { formula: `COUNTIF(J2:J${last},"Hoàn thành")&"/${last - 1}"`, result: `0/${last - 1}` };
    await wb.xlsx.writeFile(older);
    // Checking the copy (its own tracker wins) into the older one: that tracker held nothing of the user's.
    const r = await run('check', one, '--out', older);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('không được dùng');
  });
});

describe('ctct check inputs', () => {
  const fresh = (name: string) => fs.mkdtempSync(path.join(tmp, `${name}-`));

  it('checks a file named twice (also through its folder or another spelling of its path) once', async () => {
    const dir = fresh('hai-lan');
    const file = path.join(dir, 'x.xlsx');
    fs.copyFileSync(fixture('ctct-2025.xlsx'), file);
    for (const argv of [[file, file], [dir, file], [path.relative(process.cwd(), file), file]]) {
      const r = await run('check', ...argv, '--json');
      const report = reportSchema.parse(JSON.parse(r.out));
      expect(report.files).toHaveLength(1);
      expect(report.summary.taskCount).toBe(45);
      expect(r.err.trim()).toBe(`Tệp “${file}” đã có trong lần kiểm tra này: chỉ kiểm tra một lần.`);
    }
  });

  it('checks a unit’s file whose name ends in -kiem-tra.xlsx, and skips only what CTCT wrote', async () => {
    const dir = fresh('ke-hoach');
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(dir, 'ke-hoach-kiem-tra.xlsx'));
    const first = await run('check', dir, '--json');
    expect(first.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(first.out)).files.map((f) => f.file)).toEqual(['ke-hoach-kiem-tra.xlsx']);
    await run('check', dir, '--out', dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['ke-hoach-kiem-tra-kiem-tra.xlsx', 'ke-hoach-kiem-tra.xlsx']);
    const again = await run('check', dir, '--json');
    expect(again.err).toContain(`Bỏ qua 1 tệp do CTCT ghi ra trong "${dir}"`);
    expect(reportSchema.parse(JSON.parse(again.out)).files.map((f) => f.file)).toEqual(['ke-hoach-kiem-tra.xlsx']);
  });

  it('reports an empty folder, or one holding only CTCT’s outputs, and still checks the other inputs', async () => {
    const empty = fresh('trong');
    const outputs = fresh('chi-co-ban-sao');
    // A summary saved under a name of the user's ("tong-hop-quy-3.xlsx") is still CTCT's.
    await run('check', fixture('ctct-2025.xlsx'), fixture('ctct-2024.xlsx'), '--out', path.join(outputs, 'tong-hop-quy-3.xlsx'));
    const r = await run('check', empty, outputs, fixture('ctct-2024.xlsx'), '--json');
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['ctct-2024.xlsx']);
    expect(report.errors?.map((e) => e.file)).toEqual([empty, outputs]);
    expect(r.err).toContain(`Thư mục "${empty}" không có tệp .xlsx nào.`);
    expect(r.err).toContain(`Thư mục "${outputs}" chỉ có tệp do CTCT ghi ra, không có bảng tính nào để kiểm tra.`);
  });

  it('reads a folder of unit folders, and .xlsm files; says what an .xls is; a marked copy sent alone is the unit\'s working copy', async () => {
    const inbox = fresh('hop-thu');
    fs.mkdirSync(path.join(inbox, 'Phòng QLKH'));
    fs.mkdirSync(path.join(inbox, 'Văn phòng'));
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(inbox, 'Phòng QLKH', 'ctct.xlsx'));
    fs.copyFileSync(fixture('ctct-2024.xlsx'), path.join(inbox, 'Văn phòng', 'ctct.xlsm'));
    fs.writeFileSync(path.join(inbox, 'cu.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    // A unit that went on working in its marked copy sends that copy alone.
    const unit = fresh('don-vi');
    fs.copyFileSync(fixture('phu-luc-II-2025.xlsx'), path.join(unit, 'pl.xlsx'));
    await run('check', path.join(unit, 'pl.xlsx'), '--out', path.join(inbox, 'pl-kiem-tra.xlsx'));
    const r = await run('check', inbox, '--json');
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    // In the order of the folder's names, subfolders among them.
    expect(report.files.map((f) => [f.file, f.summary.taskCount])).toEqual([
      ['ctct.xlsx', 45],
      ['pl-kiem-tra.xlsx', 176],
      ['ctct.xlsm', expect.any(Number)],
    ]);
    expect(report.errors?.map((e) => e.file)).toEqual(['cu.xls']);
    expect(r.err).not.toContain('Bỏ qua');
  });

  it('checks a folder of unit folders again into itself: its copies (named with their folders, of .xlsm files too) are skipped', async () => {
    const inbox = fresh('chay-lai');
    // Two units' workbooks of one name (not of one content: that is the same workbook twice, checked once).
    for (const [unit, from] of [['x', 'ctct-2025.xlsx'], ['y', 'phu-luc-II-2025.xlsx']]) {
      fs.mkdirSync(path.join(inbox, unit));
      fs.copyFileSync(fixture(from), path.join(inbox, unit, 'dv.xlsx'));
    }
    fs.copyFileSync(fixture('ctct-2024.xlsx'), path.join(inbox, 'm.xlsm'));
    expect((await run('check', inbox, '--out', inbox)).code).toBeLessThan(2);
    expect(fs.readdirSync(inbox).filter((n) => n.endsWith('-kiem-tra.xlsx')).sort()).toEqual(['m-kiem-tra.xlsx', 'x-dv-kiem-tra.xlsx', 'y-dv-kiem-tra.xlsx']);
    const again = await run('check', inbox, '--out', inbox, '--json');
    expect(again.code).toBeLessThan(2);
    expect(reportSchema.parse(JSON.parse(again.out)).files.map((f) => f.file).sort()).toEqual(['m.xlsm', 'x/dv.xlsx', 'y/dv.xlsx']);
    expect(again.err).toContain('Bỏ qua 4 tệp do CTCT ghi ra');
  });

  it('a bad path among the inputs (a file used as a folder) is that input\'s failure, in Vietnamese; the others are checked', async () => {
    const r = await run('check', fixture('ctct-2025.xlsx'), path.join(fixture('ctct-2024.xlsx'), 'x.xlsx'), '--json');
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['ctct-2025.xlsx']);
    expect(report.errors?.map((e) => e.code)).toEqual(['not-found']);
    expect(r.err).not.toMatch(/ENOTDIR|Lỗi không mong đợi/);
  });

  it('takes an --out named like a workbook of another kind (x.xlsm, x.xls) for a file it cannot write, never a folder to make', async () => {
    const dir = fresh('dang-khac');
    for (const name of ['ban-sao.xlsm', 'ban-sao.XLS', 'ban-sao.ods']) {
      const out = path.join(dir, name);
      const r = await run('check', fixture('ctct-2025.xlsx'), '--out', out);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe(`Không ghi được “${out}”: CTCT ghi bản sao và bảng tổng hợp dạng .xlsx, không ghi được dạng ${path.extname(name).toLowerCase()}; hãy đặt tên --out kết thúc bằng .xlsx (hoặc nêu một thư mục).`);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    // A folder that exists under such a name is still a folder.
    fs.mkdirSync(path.join(dir, 'nam.xls'));
    expect((await run('check', fixture('ctct-2025.xlsx'), '--out', path.join(dir, 'nam.xls'))).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'nam.xls'))).toEqual(['ctct-2025-kiem-tra.xlsx']);
  });

  it('does not write over a copy open in Excel (its "~$" lock file beside it), in a folder or named', async () => {
    const dir = fresh('dang-mo');
    const copy = path.join(dir, 'ctct-2025-kiem-tra.xlsx');
    expect((await run('check', fixture('ctct-2025.xlsx'), '--out', copy)).code).toBe(0);
    const before = fs.readFileSync(copy);
    fs.writeFileSync(path.join(dir, '~$ctct-2025-kiem-tra.xlsx'), 'lock file');
    for (const out of [copy, dir]) {
      const r = await run('check', fixture('ctct-2025.xlsx'), '--out', out);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe(`Không ghi đè “${copy}”: tệp đang mở trong Excel (có tệp khóa “~$ctct-2025-kiem-tra.xlsx” bên cạnh). Hãy lưu và đóng tệp rồi chạy lại; nếu Excel không mở tệp đó, xóa tệp khóa.`);
      expect(fs.readFileSync(copy).equals(before)).toBe(true);
    }
    // Open in LibreOffice (its ".~lock.…#" lock file): not written over either.
    fs.renameSync(path.join(dir, '~$ctct-2025-kiem-tra.xlsx'), path.join(dir, '.~lock.ctct-2025-kiem-tra.xlsx#'));
    const libre = await run('check', fixture('ctct-2025.xlsx'), '--out', copy);
    expect([libre.code, libre.err.trim()]).toEqual([2, `Không ghi đè “${copy}”: tệp đang mở trong LibreOffice (có tệp khóa “.~lock.ctct-2025-kiem-tra.xlsx#” bên cạnh). Hãy lưu và đóng tệp rồi chạy lại; nếu LibreOffice không mở tệp đó, xóa tệp khóa.`]);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    // Closed (the lock file gone): written again.
    fs.rmSync(path.join(dir, '.~lock.ctct-2025-kiem-tra.xlsx#'));
    expect((await run('check', fixture('ctct-2025.xlsx'), '--out', copy)).code).toBe(0);
  });

  it('--json with an --out it cannot write: the JSON\'s errors say so, as the exit code does', async () => {
    const out = path.join(fresh('khong-co'), 'missing', 'x.xlsx');
    const r = await run('check', fixture('ctct-2025.xlsx'), '--json', '--out', out);
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['ctct-2025.xlsx']);
    const message = `Không ghi được tệp “${out}”: thư mục “${path.dirname(out)}” không tồn tại.`;
    expect(report.errors).toEqual([{ file: out, code: 'cannot-write', message }]);
    expect(r.err.trim()).toBe(message);
    // A file that is not CTCT's is not written over: said in the JSON too.
    const theirs = path.join(fresh('cua-don-vi'), 'bang.xlsx');
    fs.copyFileSync(fixture('ctct-2024.xlsx'), theirs);
    const kept = await run('check', fixture('ctct-2025.xlsx'), '--json', '--out', theirs);
    expect(kept.code).toBe(2);
    expect(reportSchema.parse(JSON.parse(kept.out)).errors).toEqual([{ file: theirs, code: 'cannot-write', message: kept.err.trim() }]);
    // Written: no error.
    const written = await run('check', fixture('ctct-2025.xlsx'), '--json', '--out', path.join(path.dirname(theirs), 'ok.xlsx'));
    expect([written.code, reportSchema.parse(JSON.parse(written.out)).errors]).toEqual([0, undefined]);
  });

  it('says that a workbook open in Excel (its "~$" lock file beside it) is checked as last saved, with the same exit code', async () => {
    const dir = fresh('dang-sua');
    const file = path.join(dir, 'ctct-2025.xlsx');
    fs.copyFileSync(fixture('ctct-2025.xlsx'), file);
    const closed = await run('check', file);
    expect([closed.code, closed.err]).toEqual([0, '']);
    fs.writeFileSync(path.join(dir, '~$ctct-2025.xlsx'), 'lock file');
    const notice = 'Lưu ý: tệp “ctct-2025.xlsx” đang mở trong Excel (có tệp khóa “~$ctct-2025.xlsx” bên cạnh): CTCT kiểm tra bản đã lưu, những gì chưa lưu không được kiểm tra; hãy lưu tệp rồi chạy lại nếu cần.';
    for (const args of [[file], [file, '--json'], [dir]]) {
      const r = await run('check', ...args);
      expect([r.code, r.err.trim()]).toEqual([0, notice]);
    }
    // The report itself is the same.
    expect((await run('check', file)).out).toBe(closed.out);
    const json = await run('check', file, '--json');
    expect(reportSchema.parse(JSON.parse(json.out)).errors).toBeUndefined();
    // Open in LibreOffice: its own lock file, named in the notice.
    fs.renameSync(path.join(dir, '~$ctct-2025.xlsx'), path.join(dir, '.~lock.ctct-2025.xlsx#'));
    const libre = await run('check', file);
    expect([libre.code, libre.err.trim()]).toEqual([0, 'Lưu ý: tệp “ctct-2025.xlsx” đang mở trong LibreOffice (có tệp khóa “.~lock.ctct-2025.xlsx#” bên cạnh): CTCT kiểm tra bản đã lưu, những gì chưa lưu không được kiểm tra; hãy lưu tệp rồi chạy lại nếu cần.']);
    // Another file's lock file says nothing of this one.
    fs.renameSync(path.join(dir, '.~lock.ctct-2025.xlsx#'), path.join(dir, '~$khac.xlsx'));
    expect((await run('check', file)).err).toBe('');
  });

  it('says in Vietnamese that an existing file is not a folder for --out', async () => {
    const notes = path.join(fresh('ghi-chu'), 'notes.txt');
    fs.writeFileSync(notes, 'ghi chú');
    const r = await run('check', fixture('ctct-2024.xlsx'), fixture('ctct-2025.xlsx'), '--out', notes);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Không ghi được vào “${notes}”: đó là một tệp đã có, không phải thư mục; --out cần một thư mục (hoặc một tên tệp .xlsx).`);
    expect(fs.readFileSync(notes, 'utf8')).toBe('ghi chú');
  });

  it('leaves out Excel lock files and macOS "._" files in a folder, and says what a lock file given by name is', async () => {
    const dir = fresh('rac');
    fs.copyFileSync(fixture('ctct-2025.xlsx'), path.join(dir, 'a.xlsx'));
    fs.writeFileSync(path.join(dir, '._a.xlsx'), Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]));
    fs.writeFileSync(path.join(dir, '~$a.xlsx'), 'lock file');
    const r = await run('check', dir, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Lưu ý: tệp “a\.xlsx” đang mở trong Excel[^\n]*\n$/);
    expect(reportSchema.parse(JSON.parse(r.out)).files.map((f) => f.file)).toEqual(['a.xlsx']);
    const lock = await run('check', path.join(dir, '~$a.xlsx'));
    expect([lock.code, lock.err.trim()]).toEqual([2, '“~$a.xlsx” là tệp khóa do Excel tạo ra khi một bảng tính đang mở, không phải là bảng tính: hãy kiểm tra chính bảng tính đó.']);
  });

  it('names the file whose "Danh mục" sheet cannot be read', async () => {
    const dir = fresh('danh-muc-hong');
    fs.copyFileSync(fixture('ctct-2024.xlsx'), path.join(dir, 'a.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('ctct-2025.xlsx'));
    const sheet = wb.addWorksheet('Danh mục');
    sheet.addRow(['Kỳ', 'Từ ngày', 'Loại', 'Tên dùng trong báo cáo', 'Tên đầy đủ', 'Tên khác', 'Đổi tên thành', 'Chức danh', 'Chỉ đạo', 'Nguồn']);
    sheet.addRow(['2025-09', '31/02/2025', 'Đơn vị', 'Văn phòng Sở', 'Văn phòng Sở']);
    await wb.xlsx.writeFile(path.join(dir, 'b.xlsx'));
    const r = await run('check', dir, '--json');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Tệp “b\.xlsx”: .*Danh mục/);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['a.xlsx']);
    expect(report.errors).toEqual([{ file: 'b.xlsx', code: 'bad-directory', message: r.err.trim() }]);
  });
});

describe('the ctct bin', () => {
  it('runs from a shell with exit codes and no stack trace', () => {
    const bin = path.resolve(__dirname, '../../../src/cli/ctct.cjs');
    const ok = spawnSync(process.execPath, [bin, 'check', fixture('ctct-2025.xlsx'), '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).files[0].file).toBe('ctct-2025.xlsx');
    const bad = spawnSync(process.execPath, [bin, 'check', __filename], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^Tệp “cli\.test\.ts” không phải là bảng tính Excel \.xlsx: .*lưu dưới dạng Sổ làm việc Excel \(\.xlsx\)/);
    expect(execFileSync(process.execPath, [bin, 'help'], { encoding: 'utf8' })).toContain('Cách dùng');
    // Run from its bundle, the command still finds the sample it ships.
    const sample = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    expect(sample.status).toBe(1);
    expect(sample.stdout).toContain('━━ chuong-trinh-cong-tac-mau.xlsx ━━');
    expect(sample.stdout).toContain('Tổng số nhiệm vụ: 176');
  });

  it('stops quietly, with its exit code, when the reader of its output goes away (--json | head)', () => {
    const bin = path.resolve(__dirname, '../../../src/cli/ctct.cjs');
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check "${fixture('ctct-2024.xlsx')}" "${fixture('phu-luc-II-2025.xlsx')}" --json | head -c 10`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('{\n  "asOf"');
  });

  it('runs a source edited after its bundle was built as it now is', () => {
    const { loadBundle, ROOT } = require('../../../src/cli/bundle.cjs') as { loadBundle: unknown; ROOT: string };
    expect(typeof loadBundle).toBe('function');
    const dir = fs.mkdtempSync(path.join(tmp, 'bundle-'));
    const entry = path.join(dir, 'entry.ts');
    const part = path.join(dir, 'part.ts');
    fs.writeFileSync(entry, "import { value } from './part';\nexport const answer: number = value * 2;\n");
    fs.writeFileSync(part, 'export const value: number = 1;\n');
    const name = `test-${process.pid}`;
    const load = () =>
      execFileSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(path.join(ROOT, 'src/cli/bundle.cjs'))}).loadBundle(${JSON.stringify(entry)}, ${JSON.stringify(name)}).answer)`], { encoding: 'utf8' }).trim();
    try {
      expect(load()).toBe('2');
      expect(load()).toBe('2');
      // An imported file changes (a later mtime, as an editor or git checkout gives it).
      fs.writeFileSync(part, 'export const value: number = 21;\n');
      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(part, later, later);
      expect(load()).toBe('42');
    } finally {
      for (const f of [`${name}.cjs`, `${name}.inputs.json`]) fs.rmSync(path.join(ROOT, 'node_modules/.cache/ctct', f), { force: true });
    }
  });
});

describe('human report', () => {
  it('folds long runs of one warning or info code, never errors', async () => {
    const { formatFindings } = await import('../../../src/cli/format');
    const at = (code: string, severity: 'error' | 'warning' | 'info', row: number) => ({
      code, severity, sheet: 'PL', row, column: 'B', field: 'task' as const, message: `m${row}`, suggestion: null, fix: null,
    });
    const lines = formatFindings([
      ...Array.from({ length: 30 }, (_, i) => at('missing-product', 'error', i + 1)),
      ...Array.from({ length: 25 }, (_, i) => at('legacy-encoding', 'warning', i + 1)),
    ]);
    expect(lines.filter((l) => l.includes('[missing-product]'))).toHaveLength(30);
    expect(lines.filter((l) => l.includes('[legacy-encoding] m'))).toHaveLength(10);
    expect(lines).toContain(`  ${'… và 15 ô khác'.padEnd(22)} [legacy-encoding] (Chữ gõ bằng bảng mã cũ)`);
    // Its code stands where the codes of the lines above it do.
    const codeAt = (l: string) => l.indexOf('[legacy-encoding]');
    expect(new Set(lines.filter((l) => l.includes('[legacy-encoding]')).map(codeAt))).toEqual(new Set([codeAt(lines.find((l) => l.includes('[legacy-encoding] m'))!)]));
  });
});
