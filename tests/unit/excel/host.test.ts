import { analyseWorkbook, combineReports, defaultDirectory } from '../../../src/engine';
import { createExcelHost, DEGRADED_MESSAGES } from '../../../src/excel';
import { detectCapabilities, officeJsHas } from '../../../src/excel/capabilities';
import { explainExcelError, ExcelHostError } from '../../../src/excel/errors';
import { readWorkbookGridFile } from '../../../src/xlsx/node';
import { FakeWorkbook } from './fake-excel';
import { hostFor, programmeRows } from './helpers';
import { fixtureWorkbook } from './workbook-fixture';
import type { Report } from '../../../src/engine/report';

/** Tasks per quarter and all-year tasks of the department's documents, counted by hand. */
const KNOWN: Record<string, { byQuarter: Record<string, number>; allYear: number }> = {
  'phu-luc-II-2025.xlsx': { byQuarter: { 3: 96, 4: 80 }, allYear: 0 },
  'ctct-2024.xlsx': { byQuarter: { 1: 26, 2: 19, 3: 13, 4: 14 }, allYear: 27 },
  'ctct-2024-dan-tu-pdf.xlsx': { byQuarter: { 1: 26, 2: 19, 3: 13, 4: 14 }, allYear: 0 },
  'ctct-2025.xlsx': { byQuarter: {}, allYear: 45 },
};

describe('the adapter reads a fixture, put into the fake Excel, as the exceljs host reads the file', () => {
  // The fake workbook is filled from the file's cells (values, merges, number formats): this shows
  // the Office.js path (used range, merges, dates, blocks) loses nothing, plus hand-counted figures.
  it.each(['ctct-2024.xlsx', 'ctct-2025.xlsx', 'phu-luc-II-2025.xlsx', 'ctct-2024-dan-tu-pdf.xlsx'])(
    '%s: same tasks and findings through the Office.js adapter',
    async (file) => {
      const { wb } = await fixtureWorkbook(file);
      const viaOffice = await hostFor(wb).readGrid('workbook');
      const viaExcelJs = await readWorkbookGridFile(`tests/fixtures/${file}`);
      const options = { fileName: file, asOf: '2025-09-30' };
      const a = analyseWorkbook(viaOffice, options);
      const b = analyseWorkbook(viaExcelJs, options);
      expect(a.tasks).toEqual(b.tasks);
      expect(a.findings).toEqual(b.findings);
      expect({ byQuarter: a.summary.byQuarter, allYear: a.summary.allYear }).toEqual(KNOWN[file]);
    },
  );
});

describe('missing requirement sets degrade with a Vietnamese message', () => {
  it('before ExcelApi 1.7 (Excel 2016 bought once): one sentence naming what to use instead, no call made', async () => {
    const wb = new FakeWorkbook({ apiVersion: 6 });
    wb.addSheet('Phụ lục II', programmeRows(5));
    const host = hostFor(wb);
    const tooOld = { name: 'ExcelHostError', code: 'ExcelTooOld', message: expect.stringMatching(/^Phiên bản Excel này quá cũ .*cần ExcelApi 1\.7.*trang CTCT ngoài Excel hoặc lệnh ctct/) };
    await expect(host.info()).rejects.toMatchObject(tooOld);
    await expect(host.readGrid('active')).rejects.toMatchObject(tooOld);
    await expect(host.writeSummary({} as Report)).rejects.toMatchObject(tooOld);
    expect(wb.syncs).toHaveLength(0);
    // Without the guard the first read would fail on a call this Excel lacks (the fake refuses it as Excel does).
    await expect(wb.run(async (context) => context.workbook.worksheets.getItem('Phụ lục II').getRangeByIndexes(0, 0, 1, 1))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('ExcelApi 1.7, the minimum: every action still works, and info() says what is missing', async () => {
    const wb = new FakeWorkbook({ apiVersion: 7 });
    const source = wb.addSheet('Phụ lục II', programmeRows(5));
    source.merges.push({ top: 1, left: 1, bottom: 1, right: 6 });
    const host = hostFor(wb);

    const info = await host.info();
    expect(info.capabilities).toEqual({ notes: false, dataValidation: false, rangeAreas: false, events: true, hiddenSheets: true });
    expect(info.missingFeatures).toEqual(['notes', 'dataValidation', 'rangeAreas', 'mergedAreas', 'pageLayout']);
    for (const w of Object.values(DEGRADED_MESSAGES)) expect(w).toMatch(/cần ExcelApi 1\.\d+/);

    const grid = await host.readGrid('active');
    expect(grid.sheets[0].merges).toBeUndefined(); // no merged areas before 1.13: not read, not guessed
    const report = combineReports([analyseWorkbook(grid, { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');

    expect(await host.markFindings(report.findings!.length ? report.findings! : [{ code: 'x', severity: 'error', sheet: 'Phụ lục II', row: 4, column: 'B', field: 'task', message: 'm', suggestion: null, fix: null }], '2025-09-30')).toMatchObject({ notes: false });
    expect((await host.clearMarks()).cleared).toBeGreaterThan(0);

    const applied = await host.applyChanges([{ sheet: 'Phụ lục II', address: 'C4', from: 'Phòng QLKH&ĐMST', to: 'Văn phòng Sở', reason: 'x' }]);
    expect(applied.applied).toHaveLength(1);
    expect(wb.sheet('CTCT_NhatKy')?.visibility).toBe('VeryHidden');
    expect(await host.undo()).toEqual({ restored: 1, skipped: 0 });

    expect((await host.writeSummary(report)).sheet).toBe('Tổng hợp');
    // Before ExcelApi 1.9 (no range copy) CTCT's own summary is replaced, and the pane is told.
    expect(await host.writeSummary(report)).toMatchObject({ sheet: 'Tổng hợp', replacedSheet: true });
    expect(wb.sheets.filter((s) => s.name.startsWith('Tổng hợp'))).toHaveLength(1);
    expect((await host.writeTracker(report)).sheet).toBe('Theo dõi');
    expect(wb.sheet('Theo dõi')!.validations).toEqual([]);
    expect(await host.insertDirectory(defaultDirectory)).toEqual({ sheet: 'Danh mục' });
    const { about: _a, ...read } = (await host.readDirectory())!;
    const { about: _b, ...inserted } = defaultDirectory;
    expect(read).toEqual(inserted);

    const unsubscribe = await host.onChanged(() => undefined);
    expect(wb.handlers.length).toBeGreaterThan(0); // one handler per sheet before ExcelApi 1.9
    unsubscribe();
  });
});

describe('info, selectCell, onChanged, errors', () => {
  it('lists the user’s sheets and selects a finding’s cell', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    wb.addSheet('Phụ lục II', programmeRows(3));
    wb.addSheet('CTCT_NhatKy', [['Mã']], { visibility: 'VeryHidden' });
    const host = hostFor(wb);
    const info = await host.info();
    expect(info).toMatchObject({ activeSheet: 'Quý III', sheets: ['Quý III', 'Phụ lục II'], missingFeatures: [] });
    await host.selectCell('Phụ lục II', 'F5');
    expect(wb.selection).toEqual({ sheet: 'Phụ lục II', address: 'F5' });
    expect(wb.sheets.find((s) => s.id === wb.activeId)?.name).toBe('Phụ lục II');
    await expect(host.selectCell('Không có', 'A1')).rejects.toMatchObject({ name: 'ExcelHostError', code: 'ItemNotFound' });
  });

  it('names the workbook when Excel can (ExcelApi 1.7), not before', async () => {
    const wb = new FakeWorkbook();
    wb.name = 'CTCT Quý III 2025.xlsx';
    wb.addSheet('Quý III', programmeRows(3));
    expect((await hostFor(wb).info()).workbookName).toBe('CTCT Quý III 2025.xlsx');
    // The Office.js copy CTCT ships may lack the member: the sheet is named instead.
    const without = createExcelHost({ run: wb.run, runIn: wb.runIn, isSetSupported: wb.isSetSupported, hasSurface: (f) => f !== 'workbookName', web: false });
    expect((await without.info()).workbookName).toBeUndefined();
  });

  it('selecting a cell on a hidden sheet shows the sheet first, and says so', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    wb.addSheet('Phụ lục ẩn', programmeRows(3), { visibility: 'Hidden' });
    expect(await hostFor(wb).selectCell('Phụ lục ẩn', 'C4')).toEqual({ unhidden: true });
    expect(wb.sheet('Phụ lục ẩn')!.visibility).toBe('Visible');
    expect(wb.selection).toEqual({ sheet: 'Phụ lục ẩn', address: 'C4' });
    expect(await hostFor(wb).selectCell('Quý III', 'B4')).toEqual({ unhidden: false });

    // Where CTCT cannot change a sheet's visibility (its Office.js copy lacks it): one sentence on what to do.
    const old = new FakeWorkbook();
    old.addSheet('Quý III', programmeRows(3));
    old.addSheet('Phụ lục ẩn', programmeRows(3), { visibility: 'Hidden' });
    const host = createExcelHost({ run: old.run, runIn: old.runIn, isSetSupported: old.isSetSupported, hasSurface: (f) => f !== 'hiddenSheets', web: false });
    await expect(host.selectCell('Phụ lục ẩn', 'C4')).rejects.toMatchObject({
      name: 'ExcelHostError',
      message: expect.stringMatching(/^Trang tính «Phụ lục ẩn» đang bị ẩn .*Bỏ ẩn/),
    });
  });

  it('speaks of "trang tính", never "sheet", in what the user reads', () => {
    const texts = [
      ...Object.values(DEGRADED_MESSAGES),
      ...['ItemNotFound', 'AccessDenied', 'ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'Other'].map(
        (code) => explainExcelError(Object.assign(new Error('x'), { code })).message,
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(/sheet/i);
  });

  it.each([18, 8])('calls back on user changes, not on its own writes, until unsubscribed (ExcelApi 1.%i)', async (apiVersion) => {
    const wb = new FakeWorkbook({ apiVersion });
    wb.addSheet('Quý III', [['Phòng QLKH']]);
    let now = 1_000_000;
    const host = hostFor(wb, { now: () => new Date(now) });
    let calls = 0;
    const unsubscribe = await host.onChanged(() => calls++);
    await wb.fireChanged('Quý III');
    expect(calls).toBe(1);
    await host.applyChanges([{ sheet: 'Quý III', address: 'A1', from: 'Phòng QLKH', to: 'Phòng QLKH&ĐMST', reason: 'x' }]);
    await wb.fireChanged('Quý III'); // the echo of CTCT's own write
    expect(calls).toBe(1);
    now += 10_000;
    await wb.fireChanged('Quý III');
    expect(calls).toBe(2);
    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    await wb.fireChanged('Quý III');
    expect(calls).toBe(2);
  });

  it('turns Office.js errors into one Vietnamese sentence', () => {
    const e = explainExcelError(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' }));
    expect(e).toBeInstanceOf(ExcelHostError);
    expect(e.message).toBe('Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.');
    expect(explainExcelError(new Error('boom')).message).toMatch(/^Excel báo lỗi .* \(boom\)/);
  });
});

describe('capabilities follow the Office.js copy as well as the host', () => {
  it('detects a member missing from the loaded Office.js even when the host supports its set', () => {
    class Worksheet {
      get names() {
        return null;
      }
    }
    const excel = { Worksheet, Range: class {} };
    expect(officeJsHas(excel, 'names')).toBe(true);
    expect(officeJsHas(excel, 'notes')).toBe(false); // Office.js 1.1.110 has no notes
    expect(officeJsHas(excel, 'mergedAreas')).toBe(false);
    expect(officeJsHas(excel, 'fillPattern')).toBe(true); // RangeFill unknown here: trust the host
    expect(officeJsHas(undefined, 'notes')).toBe(true);
    const caps = detectCapabilities(() => true, (f) => officeJsHas(excel, f));
    expect(caps.notes).toBe(false);
    expect(caps.names).toBe(true);
  });

  it('marks without notes when the Office.js copy lacks them, and says so', async () => {
    const wb = new FakeWorkbook({ apiVersion: 18 });
    wb.addSheet('Quý III', [['TT', 'Nội dung'], [1, '']]);
    const host = createExcelHost({ run: wb.run, runIn: wb.runIn, isSetSupported: wb.isSetSupported, hasSurface: (f) => f !== 'notes', web: false });
    expect((await host.info()).missingFeatures).toEqual(['notes']);
    const r = await host.markFindings([{ code: 'x', severity: 'error', sheet: 'Quý III', row: 2, column: 'B', field: 'task', message: 'Thiếu nội dung', suggestion: null, fix: null }], '2025-09-30');
    expect(r).toEqual({ marked: 1, notes: false });
    expect(wb.sheet('Quý III')!.notes.size).toBe(0);
  });
});
