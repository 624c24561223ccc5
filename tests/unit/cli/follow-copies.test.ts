/**
 * Which earlier copy in the --out folder a file takes when its own name changed: the copy of a file
 * renamed in its unit folder, the folder as a label written on Windows gives it ("b\ctct.xlsx") too.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetGrid } from '../../../src/engine';
import { rowFromTask, trackerToValues } from '../../../src/engine/track';
import { followEarlierCopies, unclaimedCopyNote, type ExistingFile } from '../../../src/cli/outputs';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

let out: string;
beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-follow-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

it('a copy "Tệp: b\\ctct.xlsx" (labelled on Windows) is taken by "b/ctct-b.xlsx" holding its tasks, not by "c/ctct-c.xlsx" holding them too', async () => {
  const report = analyse([sheet('Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'), task(2, 'Tổ chức hội đồng tư vấn')]))]);
  const tracker: SheetGrid = { name: 'Theo dõi', cells: trackerToValues(report.tasks.map(rowFromTask)) as SheetGrid['cells'], merges: [], fonts: [] };
  fs.writeFileSync(path.join(out, 'b-ctct-kiem-tra.xlsx'), '');
  const earlier: ExistingFile = { bytes: new Uint8Array(), kinds: ['summary', 'tracker'], tracker, source: 'b\\ctct.xlsx' };
  const inputs = ['units/c/ctct-c.xlsx', 'units/b/ctct-b.xlsx'].map((file) => ({ file, label: path.basename(file) }));
  const plan = { out, folder: true, inputs: 2, copyOf: new Map(inputs.map((i) => [i.file, path.join(out, i.label.replace('.xlsx', '-kiem-tra.xlsx'))])) };

  await followEarlierCopies(plan, inputs, async (target) => (path.basename(target) === 'b-ctct-kiem-tra.xlsx' ? earlier : null), () => report);

  expect(plan.copyOf.get('units/b/ctct-b.xlsx')).toBe(path.join(out, 'b-ctct-kiem-tra.xlsx'));
  expect(plan.copyOf.get('units/c/ctct-c.xlsx')).toBe(path.join(out, 'ctct-c-kiem-tra.xlsx'));
});

describe('a unit folder renamed ("don-vi-03/" → "QLKH/")', () => {
  const report = analyse([sheet('Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'), task(2, 'Tổ chức hội đồng tư vấn')]))]);
  const trackerWith = (status: string): SheetGrid => {
    const rows = report.tasks.map(rowFromTask);
    rows[0]!.status = status;
    return { name: 'Theo dõi', cells: trackerToValues(rows) as SheetGrid['cells'], merges: [], fonts: [] };
  };
  const run = async (dir: string, status: string) => {
    fs.mkdirSync(dir);
    for (const n of ['don-vi-01-ctct-kiem-tra.xlsx', 'don-vi-03-ctct-kiem-tra.xlsx']) fs.writeFileSync(path.join(dir, n), '');
    const earlier = (source: string): ExistingFile => ({ bytes: new Uint8Array(), kinds: ['summary', 'tracker'], tracker: trackerWith(status), source });
    const at: Record<string, ExistingFile> = { 'don-vi-01-ctct-kiem-tra.xlsx': earlier('don-vi-01/ctct.xlsx'), 'don-vi-03-ctct-kiem-tra.xlsx': earlier('don-vi-03/ctct.xlsx') };
    const inputs = ['units/don-vi-01/ctct.xlsx', 'units/QLKH/ctct.xlsx'].map((file) => ({ file, label: file.replace('units/', '') }));
    const plan = { out: dir, folder: true, inputs: 2, copyOf: new Map(inputs.map((i) => [i.file, path.join(dir, `${i.label.replace('/', '-').replace('.xlsx', '')}-kiem-tra.xlsx`)])) };
    const unclaimed = await followEarlierCopies(plan, inputs, async (target) => at[path.basename(target)] ?? null, () => report);
    return { plan, unclaimed };
  };

  it('its copy holding typed statuses is not handed to the file of the new folder (units often share a programme) but said, with how to hand it on', async () => {
    const { plan, unclaimed } = await run(path.join(out, 'renamed'), 'Hoàn thành');
    expect(plan.copyOf.get('units/QLKH/ctct.xlsx')).toBe(path.join(out, 'renamed', 'QLKH-ctct-kiem-tra.xlsx'));
    expect(unclaimed).toEqual([{ name: 'don-vi-03-ctct-kiem-tra.xlsx', source: 'don-vi-03/ctct.xlsx', for: [{ label: 'QLKH/ctct.xlsx', copy: 'QLKH-ctct-kiem-tra.xlsx' }] }]);
    const note = unclaimedCopyNote(unclaimed[0]!);
    expect(note).toContain('Bản sao don-vi-03-ctct-kiem-tra.xlsx (làm từ don-vi-03/ctct.xlsx, tệp không còn trong lần chạy này)');
    expect(note).toContain('hãy xóa bản sao mới QLKH-ctct-kiem-tra.xlsx, đổi tên don-vi-03-ctct-kiem-tra.xlsx thành QLKH-ctct-kiem-tra.xlsx rồi chạy lại');
  });

  it('says nothing when nothing was typed in the old copy', async () => {
    const { unclaimed } = await run(path.join(out, 'untyped'), '');
    expect(unclaimed).toEqual([]);
  });
});
