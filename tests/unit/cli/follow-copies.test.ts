/**
 * Which earlier copy in the --out folder a file takes when its own name changed: the copy of a file
 * renamed in its unit folder, the folder as a label written on Windows gives it ("b\ctct.xlsx") too.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetGrid } from '../../../src/engine';
import { rowFromTask, trackerToValues } from '../../../src/engine/track';
import { followEarlierCopies, type ExistingFile } from '../../../src/cli/outputs';
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
