/**
 * The standalone page with two units' workbooks of the same name ("ctct.xlsx", "ctct.xlsx (2)")
 * and the marked copy of each: each copy goes with the workbook it was made from, whichever was
 * opened first, and none is counted as a programme of its own.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, combineReports, type FileReport } from '../../../src/engine';
import type { WorkbookGrid } from '../../../src/engine/grid';
import { sortOpenFiles, type CopyLeftOut, type OpenFile } from '../../../src/taskpane/standalone/own-outputs';
import { DICTIONARIES } from '../../../src/taskpane/i18n';
import { readWorkbookGrid, writeMarkedCopyDetailed } from '../../../src/xlsx';
import { FIXTURES } from '../../helpers/fixtures';

const AS_OF = '2025-10-15';
const analyse = (grid: WorkbookGrid, label: string) => analyseWorkbook(grid, { fileName: label, asOf: AS_OF });

interface Unit { grid: WorkbookGrid; copy: WorkbookGrid; tasks: number; folderRunCopy: WorkbookGrid }
const units = new Map<string, Unit>();

beforeAll(async () => {
  // Each unit's workbook, and the copy the page wrote of it when it was opened as "ctct.xlsx" or "ctct.xlsx (2)".
  // And the copy `ctct check units --out out` wrote of it from its unit's folder ("Tệp: a/ctct.xlsx").
  for (const [fixture, label, folderLabel] of [['ctct-2025.xlsx', 'ctct.xlsx', 'a/ctct.xlsx'], ['ctct-2024.xlsx', 'ctct.xlsx (2)', 'b/ctct.xlsx']] as const) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, fixture)));
    const grid = await readWorkbookGrid(bytes.slice());
    const copyOf = async (name: string) => {
      const report = analyse(grid, name);
      return readWorkbookGrid((await writeMarkedCopyDetailed(bytes.slice(), report, combineReports([report], AS_OF), { asOf: AS_OF })).bytes);
    };
    units.set(fixture, { grid, copy: await copyOf(label), tasks: analyse(grid, label).tasks.length, folderRunCopy: await copyOf(folderLabel) });
  }
}, 60_000);

let nextId = 0;
function open(name: string, label: string, grid: WorkbookGrid): OpenFile {
  return { id: nextId++, name, label, grid, report: analyse(grid, label) };
}

function sorted(files: OpenFile[]) {
  const s = sortOpenFiles(files, (f, tracker) => analyse({ ...f.grid!, tracker }, f.label));
  const label = (id: number) => files.find((f) => f.id === id)!.label;
  return {
    counted: [...s.reports.entries()].map(([id, r]: [number, FileReport]) => [label(id), r.tasks.length]),
    copyOf: Object.fromEntries([...s.leftOut.entries()].map(([id, why]) => [label(id), why.kind === 'copy' ? why.original : why.kind])),
  };
}

describe('two workbooks named "ctct.xlsx" and their marked copies', () => {
  it('opened in the order the copies were made: each copy goes with its own workbook', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const b = units.get('ctct-2024.xlsx')!;
    const s = sorted([open('ctct.xlsx', 'ctct.xlsx', a.grid), open('ctct.xlsx', 'ctct.xlsx (2)', b.grid), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy), open('ctct (2) (đã kiểm tra).xlsx', 'ctct (2) (đã kiểm tra).xlsx', b.copy)]);
    expect(s.counted).toEqual([['ctct.xlsx', a.tasks], ['ctct.xlsx (2)', b.tasks]]);
    expect(s.copyOf).toEqual({ 'ctct (đã kiểm tra).xlsx': 'ctct.xlsx', 'ctct (2) (đã kiểm tra).xlsx': 'ctct.xlsx (2)' });
  });

  it('opened the other way round next time: each copy still goes with the workbook it was made from', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const b = units.get('ctct-2024.xlsx')!;
    const s = sorted([open('ctct.xlsx', 'ctct.xlsx', b.grid), open('ctct.xlsx', 'ctct.xlsx (2)', a.grid), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy), open('ctct (2) (đã kiểm tra).xlsx', 'ctct (2) (đã kiểm tra).xlsx', b.copy)]);
    expect(s.counted).toEqual([['ctct.xlsx', b.tasks], ['ctct.xlsx (2)', a.tasks]]);
    expect(s.copyOf).toEqual({ 'ctct (đã kiểm tra).xlsx': 'ctct.xlsx (2)', 'ctct (2) (đã kiểm tra).xlsx': 'ctct.xlsx' });
  });
});

describe('copies a folder run wrote ("Tệp: a/ctct.xlsx"), opened on the page with the originals', () => {
  it('each goes with the "ctct.xlsx" whose tasks it holds: none is counted as a programme of its own', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const b = units.get('ctct-2024.xlsx')!;
    const s = sorted([open('ctct.xlsx', 'ctct.xlsx', b.grid), open('ctct.xlsx', 'ctct.xlsx (2)', a.grid), open('a-ctct-kiem-tra.xlsx', 'a-ctct-kiem-tra.xlsx', a.folderRunCopy), open('b-ctct-kiem-tra.xlsx', 'b-ctct-kiem-tra.xlsx', b.folderRunCopy)]);
    expect(s.counted).toEqual([['ctct.xlsx', b.tasks], ['ctct.xlsx (2)', a.tasks]]);
    expect(s.copyOf).toEqual({ 'a-ctct-kiem-tra.xlsx': 'ctct.xlsx (2)', 'b-ctct-kiem-tra.xlsx': 'ctct.xlsx' });
  });

  it('with only another unit\'s "ctct.xlsx" open (no task in common), the copy is not taken for its copy', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const b = units.get('ctct-2024.xlsx')!;
    const s = sorted([open('ctct.xlsx', 'ctct.xlsx', b.grid), open('a-ctct-kiem-tra.xlsx', 'a-ctct-kiem-tra.xlsx', a.folderRunCopy)]);
    expect(s.copyOf).toEqual({});
    expect(s.counted).toEqual([['ctct.xlsx', b.tasks], ['a-ctct-kiem-tra.xlsx', a.tasks]]);
  });
});

describe('a copy naming "ctct.xlsx" opened with another unit\'s "ctct.xlsx" (no task in common)', () => {
  it('is counted as a programme of its own, not as that file\'s copy, and the page says why', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const b = units.get('ctct-2024.xlsx')!;
    const files = [open('ctct.xlsx', 'ctct.xlsx', b.grid), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy)];
    const s = sortOpenFiles(files, (f, tracker) => analyse({ ...f.grid!, tracker }, f.label));
    expect(s.leftOut.size).toBe(0);
    expect([...s.reports.values()].map((r) => r.tasks.length)).toEqual([b.tasks, a.tasks]);
    expect(s.trackerFrom.size).toBe(0);
    expect(s.unpaired.get(files[1]!.id)).toBe('ctct.xlsx');
    expect(DICTIONARIES.vi.unpairedCopy('ctct.xlsx')).toContain('không có nhiệm vụ nào chung');
  });
});

describe('a marked copy whose "Theo dõi" does not count for its original: the page says why', () => {
  const vi = DICTIONARIES.vi;
  const en = DICTIONARIES.en;

  it('the original has a "Theo dõi" of its own', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const tracker = a.copy.sheets.find((s) => s.name === 'Theo dõi')!;
    const own = { ...a.grid, sheets: [...a.grid.sheets, tracker] };
    const files = [open('ctct.xlsx', 'ctct.xlsx', own), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy)];
    const why = sortOpenFiles(files, (f, t) => analyse({ ...f.grid!, tracker: t }, f.label)).leftOut.get(files[1]!.id)!;
    expect(why).toMatchObject({ kind: 'copy', original: 'ctct.xlsx', tracker: false, trackerUnused: { why: 'own' } });
    expect(vi.leftOutCopy(why as CopyLeftOut)).toContain('"ctct.xlsx" có trang “Theo dõi” riêng, trang đó được dùng, trạng thái ở trang “Theo dõi” của bản sao này không được tính');
    expect(en.leftOutCopy(why as CopyLeftOut)).toContain('"ctct.xlsx" has a “Theo dõi” sheet of its own, which is used');
  });

  it('the original cannot be checked again with the copy\'s "Theo dõi": counted alone, the line no longer says the statuses count', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const files = [open('ctct.xlsx', 'ctct.xlsx', a.grid), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy)];
    const s = sortOpenFiles(files, () => null);
    expect(s.reports.get(files[0]!.id)).toBe(files[0]!.report);
    // Its download does not carry on the tracker its summary does not count.
    expect(s.trackerFrom.has(files[0]!.id)).toBe(false);
    const why = s.leftOut.get(files[1]!.id)!;
    expect(why).toMatchObject({ kind: 'copy', tracker: false, trackerUnused: { why: 'failed' } });
    expect(vi.leftOutCopy(why as CopyLeftOut)).not.toContain('được tính cho "ctct.xlsx"');
    expect(vi.leftOutCopy(why as CopyLeftOut)).toContain('không kiểm tra được "ctct.xlsx" cùng trang “Theo dõi” của bản sao này: trạng thái ghi ở đó không được tính');
    expect(en.leftOutCopy(why as CopyLeftOut)).toContain('the statuses there do not count, "ctct.xlsx" is counted alone');
    expect(vi.leftOutCopy(why as CopyLeftOut)).toContain('bản tải về của "ctct.xlsx" không mang trang “Theo dõi” này');
    expect(en.leftOutCopy(why as CopyLeftOut)).toContain('the download of "ctct.xlsx" does not carry that sheet on');
  });

  it('two copies of one original: the second names the first, whose "Theo dõi" is used', () => {
    const a = units.get('ctct-2025.xlsx')!;
    const files = [open('ctct.xlsx', 'ctct.xlsx', a.grid), open('ctct (đã kiểm tra).xlsx', 'ctct (đã kiểm tra).xlsx', a.copy), open('ctct (đã kiểm tra) (1).xlsx', 'ctct (đã kiểm tra) (1).xlsx', JSON.parse(JSON.stringify(a.copy)))];
    // The second copy differs from the first (a note typed in its "Theo dõi"), or it would be the same workbook twice.
    files[2]!.grid!.sheets.find((s) => s.name === 'Theo dõi')!.cells[0]![20] = 'ghi chú';
    const s = sortOpenFiles(files, (f, t) => analyse({ ...f.grid!, tracker: t }, f.label));
    expect(s.leftOut.get(files[1]!.id)).toMatchObject({ tracker: true });
    const why = s.leftOut.get(files[2]!.id)!;
    expect(why).toMatchObject({ tracker: false, trackerUnused: { why: 'other-copy', copy: 'ctct (đã kiểm tra).xlsx' } });
    expect(vi.leftOutCopy(why as CopyLeftOut)).toContain('trang “Theo dõi” của bản sao "ctct (đã kiểm tra).xlsx" được dùng');
  });
});
