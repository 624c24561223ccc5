/**
 * Regression suite of variant workbooks (tests/variants/recipes.ts): the department's documents laid
 * out the ways units really write them, each checked against a hand-written expectation. Workbooks
 * are built once, in memory, and read back through the exceljs adapter as a user's file would be.
 * Two `ctct check` behaviours are checked through the CLI itself: refusing a workbook that holds no
 * programme, and honouring the workbook's own "Danh mục" sheet.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook, CtctInputError, reportSchema } from '../../../src/engine';
import { readWorkbookGrid } from '../../../src/xlsx';
import { runCli } from '../../helpers/cli';
import { AS_OF } from '../../helpers/fixtures';
import { RECIPES } from '../../variants/recipes';
import { discrepancies } from '../../variants/compare';
import type { Expectation } from '../../variants/lib';

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i;
const STACK = /\n\s+at .+:\d+:\d+|TypeError|ReferenceError|RangeError/;

type Built = { ex: Expectation; bytes: Buffer } | { error: unknown };
const built = new Map<string, Built>();

function workbook(name: string): { ex: Expectation; bytes: Buffer } {
  const b = built.get(name);
  if (!b) throw new Error(`no recipe ${name}`);
  if ('error' in b) throw b.error;
  return b;
}

beforeAll(async () => {
  for (const r of RECIPES) {
    try {
      const { workbook: wb, ex } = await r.build();
      built.set(r.name, { ex, bytes: Buffer.from(await wb.xlsx.writeBuffer()) });
    } catch (error) {
      built.set(r.name, { error }); // reported by that recipe's test, not by every test
    }
  }
}, 60_000);

describe('variant workbooks read as a careful checker would', () => {
  for (const r of RECIPES) {
    it(r.name, async () => {
      const { ex, bytes } = workbook(r.name);
      const analyse = async () => analyseWorkbook(await readWorkbookGrid(bytes, { fileName: ex.fileName }), { fileName: ex.fileName, asOf: AS_OF });
      if (ex.exit === 2) {
        await expect(analyse()).rejects.toThrow(CtctInputError);
        await expect(analyse()).rejects.toThrow(VIETNAMESE);
        return;
      }
      expect(discrepancies(ex, await analyse())).toEqual([]);
    });
  }
});

describe('ctct check on variant workbooks', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-variants-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function file(name: string): Promise<{ ex: Expectation; file: string }> {
    const { ex, bytes } = workbook(name);
    const f = path.join(tmp, ex.fileName);
    fs.writeFileSync(f, bytes);
    return { ex, file: f };
  }
  const run = runCli;

  it('refuses a workbook with no task table: exit 2, one Vietnamese sentence naming the file, no stack trace', async () => {
    const { ex, file: f } = await file('v23-not-a-programme');
    const human = await run('check', f);
    const json = await run('check', f, '--json');
    for (const r of [human, json]) {
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(ex.fileName);
      expect(r.err).toMatch(VIETNAMESE);
      expect(r.err).not.toMatch(STACK);
    }
    expect(human.out).toBe('');
  });

  it("uses the workbook's own \"Danh mục\" sheet, in --json and in the human report alike", async () => {
    const { ex, file: f } = await file('v26-workbook-directory-sheet');
    const json = await run('check', f, '--json');
    const report = reportSchema.parse(JSON.parse(json.out));
    expect(report.files[0].directorySource).toBe('workbook');
    expect(discrepancies(ex, report.files[0])).toEqual([]);
    expect(json.code).toBe(0);
    const human = await run('check', f);
    expect(human.code).toBe(json.code);
    expect(json.err + human.err).toBe('');
  });
});
