/** A workbook's path typed with a slash after it (a shell's completion) is still that workbook. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reportSchema } from '../../../src/engine';
import { runCli } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-slash-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('ctct check FILE.xlsx/', () => {
  it('checks the file, named without the slash', async () => {
    const file = path.join(tmp, 'don-vi.xlsx');
    fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), file);
    const r = await runCli('check', `${file}/`, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['don-vi.xlsx']);
    expect(report.files[0]!.summary.taskCount).toBe(45);
  });

  it('writes its marked copy with --out as without the slash', async () => {
    const file = path.join(tmp, 'vp.xlsx');
    fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), file);
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    const r = await runCli('check', `${file}//`, path.join(FIXTURES, 'ctct-2024.xlsx'), '--out', out);
    expect(fs.readdirSync(out).sort()).toEqual(['ctct-2024-kiem-tra.xlsx', 'tong-hop.xlsx', 'vp-kiem-tra.xlsx']);
    expect(r.err).not.toContain('Không tìm thấy');
  });

  it('a path that names nothing is still not found, as typed', async () => {
    const r = await runCli('check', `${path.join(tmp, 'khong-co.xlsx')}/`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Không tìm thấy tệp “${path.join(tmp, 'khong-co.xlsx')}/”.`);
  });

  it('--directory FILE.json/ reads that directory file', async () => {
    const json = path.join(tmp, 'danh-muc.json');
    fs.copyFileSync(path.join(__dirname, '../../../src/engine/directory/default-directory.json'), json);
    const r = await runCli('check', path.join(FIXTURES, 'ctct-2025.xlsx'), '--directory', `${json}/`, '--json');
    expect(r.err).toBe('');
    expect(reportSchema.parse(JSON.parse(r.out)).files[0]!.directorySource).toBe('option');
  });
});
