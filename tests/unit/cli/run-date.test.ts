/**
 * The default run date is the day on the user's clock: in Quảng Ngãi (UTC+7) at 06:30 on 01/10 the
 * UTC date is still 30/09, and a task due 30/09 is overdue all the same.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { programme2025, task } from '../../helpers/grid';

const BIN = path.resolve(__dirname, '../../../src/cli/ctct.cjs');
let tmp: string;
let file: string;
let clock: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-run-date-'));
  file = path.join(tmp, 'thang-9.xlsx');
  const wb = new ExcelJS.Workbook();
  // Due at the end of its month, 30/09/2025.
  const rows = programme2025([task(1, 'Báo cáo tình hình thực hiện quý III')]).map((r) => (r[1] === 'Tháng 7' ? [null, 'Tháng 9'] : r));
  wb.addWorksheet('CTCT').addRows(rows);
  await wb.xlsx.writeFile(file);
  // The command's clock stops at 06:30 on 01/10/2025 in Vietnam, 23:30 on 30/09 in UTC.
  clock = path.join(tmp, 'clock.cjs');
  fs.writeFileSync(
    clock,
    `const at = Date.UTC(2025, 8, 30, 23, 30);
     const Real = Date;
     globalThis.Date = class extends Real { constructor(...a) { if (a.length) super(...a); else super(at); } static now() { return at; } };`,
  );
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('ctct check without --as-of dates its report by the local day, and what was due yesterday is overdue', () => {
  const run = spawnSync(process.execPath, ['--require', clock, BIN, 'check', file, '--json'], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout);
  expect(report.asOf).toBe('2025-10-01');
  expect(report.summary.overdue.map((o: { due: string }) => o.due)).toEqual(['2025-09-30']);
});
