/**
 * A folder run's marked copy names its original with the unit's folder ("Tệp: a/ctct.xlsx"). Gathered
 * later in one folder with that original (no "a/" any more), it is still its copy, not a second programme.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reportSchema } from '../../../src/engine';
import { runCli } from '../../helpers/cli';
import { FIXTURES } from '../../helpers/fixtures';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-gathered-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder "name" holding vp.xlsx (from `vpFixture`) and another unit's file, checked with its copies written beside them. */
async function checkedFolder(name: string, vpFixture: string, other: string): Promise<string> {
  const units = path.join(tmp, name);
  fs.mkdirSync(units);
  fs.copyFileSync(path.join(FIXTURES, vpFixture), path.join(units, 'vp.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(units, other));
  await runCli('check', units, '--out', units);
  return units;
}

it('a copy of "a/ctct.xlsx" beside a "ctct.xlsx" it was made from is left out, not counted a second time', async () => {
  for (const [unit, fixture] of [['a', 'ctct-2025.xlsx'], ['b', 'phu-luc-II-2025.xlsx']]) {
    fs.mkdirSync(path.join(tmp, 'units', unit), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, fixture), path.join(tmp, 'units', unit, 'ctct.xlsx'));
  }
  await runCli('check', path.join(tmp, 'units'), '--out', path.join(tmp, 'out'));
  const flat = path.join(tmp, 'flat');
  fs.mkdirSync(flat);
  fs.copyFileSync(path.join(tmp, 'units/a/ctct.xlsx'), path.join(flat, 'ctct.xlsx'));
  fs.copyFileSync(path.join(tmp, 'out/a-ctct-kiem-tra.xlsx'), path.join(flat, 'a-ctct-kiem-tra.xlsx'));
  const alone = reportSchema.parse(JSON.parse((await runCli('check', path.join(flat, 'ctct.xlsx'), '--json')).out));

  const r = await runCli('check', flat, '--json');
  const report = reportSchema.parse(JSON.parse(r.out));
  expect(report.files.map((f) => f.file)).toEqual(['ctct.xlsx']);
  expect(report.summary.kpiCount).toBe(alone.summary.kpiCount);
  expect(r.err).toContain('Bỏ qua 1 tệp do CTCT ghi ra');
  expect(r.err).toContain('a-ctct-kiem-tra.xlsx (bản sao đánh dấu của ctct.xlsx');
});

it('another unit\'s copy ("Tệp: ctct.xlsx") beside a "ctct.xlsx" with no task in common is checked as a programme of its own', async () => {
  const b = path.join(tmp, 'unit-b');
  fs.mkdirSync(b);
  fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(b, 'ctct.xlsx'));
  const shared = path.join(tmp, 'shared');
  fs.mkdirSync(shared);
  await runCli('check', path.join(b, 'ctct.xlsx'), '--out', path.join(shared, 'ctct-b-kiem-tra.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), path.join(shared, 'ctct.xlsx'));
  const alone = async (file: string) => reportSchema.parse(JSON.parse((await runCli('check', file, '--json')).out)).summary.taskCount;

  const r = await runCli('check', shared, '--json');
  const report = reportSchema.parse(JSON.parse(r.out));
  expect(report.files.map((f) => f.file).sort()).toEqual(['ctct-b-kiem-tra.xlsx', 'ctct.xlsx']);
  expect(report.summary.taskCount).toBe((await alone(path.join(shared, 'ctct.xlsx'))) + (await alone(path.join(b, 'ctct.xlsx'))));
  expect(r.err).not.toContain('Bỏ qua');
  expect(r.err).toContain('“ctct-b-kiem-tra.xlsx” là bản sao đánh dấu ghi ra từ một tệp tên “ctct.xlsx”, nhưng không có nhiệm vụ nào chung với “ctct.xlsx”');
});

it('a folder run\'s own copy ("vp-kiem-tra.xlsx", "Tệp: vp.xlsx") beside vp.xlsx rewritten whole (next year\'s programme) is still its copy, left out', async () => {
  const units = await checkedFolder('nam-moi', 'ctct-2024.xlsx', 'qlkh.xlsx');
  fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), path.join(units, 'vp.xlsx'));

  const r = await runCli('check', units, '--out', units, '--json');
  expect(reportSchema.parse(JSON.parse(r.out)).files.map((f) => f.file).sort()).toEqual(['qlkh.xlsx', 'vp.xlsx']);
  expect(r.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx');
  expect(r.err).not.toContain('không có nhiệm vụ nào chung');
  expect(fs.readdirSync(units).sort()).toEqual(['qlkh-kiem-tra.xlsx', 'qlkh.xlsx', 'tong-hop.xlsx', 'vp-kiem-tra.xlsx', 'vp.xlsx']);
});

it('a copy ("vp-kiem-tra.xlsx", "Tệp: vp.xlsx") beside its original renamed ("vp thang 10.xlsx") is that file\'s copy, not a second programme', async () => {
  const units = await checkedFolder('doi-ten', 'ctct-2025.xlsx', 'kh.xlsx');
  fs.renameSync(path.join(units, 'vp.xlsx'), path.join(units, 'vp thang 10.xlsx'));
  const alone = reportSchema.parse(JSON.parse((await runCli('check', path.join(units, 'vp thang 10.xlsx'), '--json')).out));

  const r = await runCli('check', units, '--json');
  const report = reportSchema.parse(JSON.parse(r.out));
  expect(report.files.map((f) => f.file).sort()).toEqual(['kh.xlsx', 'vp thang 10.xlsx']);
  const vp = report.files.find((f) => f.file === 'vp thang 10.xlsx')!;
  expect(vp.findings.length).toBe(alone.files[0]!.findings.length);
  expect(r.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp thang 10.xlsx)');
});

it('a copy whose original is gone stays a programme of its own beside another unit\'s file sharing a task or two', async () => {
  const units = path.join(tmp, 'mat-goc');
  fs.mkdirSync(units);
  fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), path.join(units, 'vp.xlsx'));
  await runCli('check', path.join(units, 'vp.xlsx'), '--out', path.join(units, 'vp-kiem-tra.xlsx'));
  fs.renameSync(path.join(units, 'vp.xlsx'), path.join(tmp, 'vp-da-chuyen.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(units, 'kh.xlsx'));

  const r = await runCli('check', units, '--json');
  const report = reportSchema.parse(JSON.parse(r.out));
  expect(report.files.map((f) => f.file).sort()).toEqual(['kh.xlsx', 'vp-kiem-tra.xlsx']);
});
