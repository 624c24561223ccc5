/** The `ctct` command as users run it: output, exit codes, bad input, --json, --out, folders. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { reportSchema } from '../../../src/engine';
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
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/b\.xlsx.*không phải là bảng tính Excel \.xlsx/);
    expect(lines[1]).toMatch(/c\.xlsx.*\.xls/);
    expect(r.err).not.toMatch(/\n\s+at /);
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
    expect(r.err).toContain('Không tìm thấy bảng nhiệm vụ nào trong tệp khong-co-bang.xlsx');
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

  it('uses a directory file and a period given on the command line; says what is wrong with them', async () => {
    const dir = path.join(tmp, 'danh-muc.json');
    fs.writeFileSync(dir, JSON.stringify({ periods: [{ id: 'X', from: '2020-01-01', units: [{ name: 'Phòng A', short: 'Phòng A' }], leaders: [] }] }));
    const r = await run('check', fixture('ctct-2025.xlsx'), '--directory', dir, '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files[0].period).toBe('X');
    expect(report.findings?.some((f) => f.code === 'unknown-unit')).toBe(true);

    fs.writeFileSync(dir, '{ hỏng');
    expect((await run('check', '--directory', dir)).err).toContain('không phải là JSON hợp lệ');
    fs.writeFileSync(dir, JSON.stringify({ periods: [] }));
    expect((await run('check', '--directory', dir)).err).toMatch(/Danh mục "danh-muc.json" không hợp lệ/);
    const bad = await run('check', '--period', '1990');
    expect([bad.code, bad.err.trim()]).toEqual([2, 'Không có kỳ "1990" trong danh mục (các kỳ có: 2024, 2025-03, 2025-09).']);
  });

  it('explains a wrong option and lists the codes', async () => {
    const r = await run('check', '--nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tùy chọn --nope không hợp lệ');
    const err: string[] = [];
    const noDay = await main(['check', '--as-of', '2025-02-30'], { out: () => undefined, err: (s) => err.push(s) });
    expect([noDay, err.join('\n').split('\n')[0]]).toEqual([2, 'Ngày "2025-02-30" phải là một ngày có thật, dạng yyyy-mm-dd.']);
    const codes = await run('codes');
    expect(codes.out).toContain('declared-count-mismatch');
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
    expect(bad.stderr.trim()).toBe('Tệp “cli.test.ts” không phải là bảng tính Excel .xlsx.');
    expect(execFileSync(process.execPath, [bin, 'help'], { encoding: 'utf8' })).toContain('Cách dùng');
    // Run from its bundle, the command still finds the sample it ships.
    const sample = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    expect(sample.status).toBe(1);
    expect(sample.stdout).toContain('━━ chuong-trinh-cong-tac-mau.xlsx ━━');
    expect(sample.stdout).toContain('Tổng số nhiệm vụ: 176');
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
    expect(lines).toContain('  … và 15 ô khác [legacy-encoding] (Chữ gõ bằng bảng mã cũ)');
  });
});
