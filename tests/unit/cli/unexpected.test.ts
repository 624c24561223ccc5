/** An internal failure while reading one workbook is reported for that file; the others are still checked. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reportSchema } from '../../../src/engine';
import { FIXTURES } from '../../helpers/fixtures';
import { runCli } from '../../helpers/cli';

// A bug inside the reader (not a CtctInputError), for one file only.
jest.mock('../../../src/xlsx', () => {
  const real = jest.requireActual('../../../src/xlsx');
  return {
    ...real,
    readWorkbookGrid: (bytes: Uint8Array, options?: { fileName?: string }) => {
      if (options?.fileName === 'hong.xlsx') throw new TypeError("Cannot read properties of undefined (reading 'model')");
      return real.readWorkbookGrid(bytes, options);
    },
  };
});

it('reports an unexpected error for its file and checks the others', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-cli-unexpected-'));
  try {
    fs.copyFileSync(path.join(FIXTURES, 'ctct-2025.xlsx'), path.join(dir, 'a.xlsx'));
    fs.copyFileSync(path.join(FIXTURES, 'ctct-2024.xlsx'), path.join(dir, 'hong.xlsx'));
    const r = await runCli('check', dir, '--json');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("Lỗi không mong đợi khi kiểm tra tệp “hong.xlsx”: Cannot read properties of undefined (reading 'model')");
    expect(r.err).not.toMatch(/\n\s+at /);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.file)).toEqual(['a.xlsx']);
    expect(report.errors).toEqual([{ file: 'hong.xlsx', code: 'unexpected', message: r.err.trim() }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
