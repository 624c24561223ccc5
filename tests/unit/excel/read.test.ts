import { analyseWorkbook, combineReports, defaultDirectory } from '../../../src/engine';
import { colLetters, FakeWorkbook } from './fake-excel';
import { hostFor, programmeRows, syncsOf } from './helpers';
import { planReads, MIN_BYTES_PER_CELL } from '../../../src/excel/read';
import { DEFAULT_LIMITS } from '../../../src/excel/env';
import { isDateFormat } from '../../../src/excel/cells';

describe('readGrid: values, dates, errors, merges, fonts', () => {
  it('anchors the grid at A1 and converts each kind of cell', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet(
      'Phụ lục II',
      [
        ['TT', 'Nội dung', 'Thời hạn', 'Ghi chú'],
        [1, 'Xây dựng kế hoạch', 45869, '#N/A'],
        ['=B1', '', 45869, true],
      ],
      { at: { top: 3, left: 2, bottom: 3, right: 2 }, formats: [[], ['General', 'General', 'dd/mm/yyyy'], ['General', 'General', '0.00']] },
    );
    sheet.merges.push({ top: 4, left: 3, bottom: 5, right: 3 });
    const grid = await hostFor(wb).readGrid('active');
    expect(grid.sheets).toHaveLength(1);
    const g = grid.sheets[0];
    expect(g.name).toBe('Phụ lục II');
    expect(g.cells[0]).toEqual([]); // rows above the used range
    expect(g.cells[2].slice(0, 5)).toEqual([null, 'TT', 'Nội dung', 'Thời hạn', 'Ghi chú']);
    expect(g.cells[3][3]).toEqual({ kind: 'date', iso: '2025-07-31' });
    expect(g.cells[3][4]).toEqual({ kind: 'error', code: '#N/A' });
    expect(g.cells[4][3]).toBe(45869); // a number format without day/month/year stays a number
    expect(g.cells[4][4]).toBe(true);
    expect(g.merges).toEqual([{ top: 4, left: 3, bottom: 5, right: 3 }]);
    // Uniform column fonts are reported per cell (Calibri is the fake's default).
    expect(g.fonts?.[3]?.[2]).toBe('Calibri');
  });

  it('reads a share typed "80%" (0.8 under a percentage format) as Excel shows it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Tỉ lệ', [[0.8, 0.455, 1, 0.8]], { formats: [['0%', '0.0%', '0%', 'General']] });
    const g = (await hostFor(wb).readGrid('active')).sheets[0]!;
    expect(g.cells[0]).toEqual(['80%', '45.5%', '100%', 0.8]);
  });

  it('fetches formulas only for error cells, in one extra sync', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S', [['=ZZZ(1)', 'x']]);
    const host = hostFor(wb);
    const cost = await syncsOf(wb, () => host.readGrid('active'));
    const grid = await host.readGrid('active');
    expect(grid.sheets[0].cells[0][0]).toEqual({ kind: 'error', code: '#NAME?' });
    expect(grid.sheets[0].formulas?.[0]?.[0]).toBe('=ZZZ(1)');
    expect(cost.count).toBe(3);
  });

  it('reads legacy fonts where a column uses one font throughout', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('S', [['Phßng Qu¶n lý', 'x'], ['Tæ chuyÓn ®æi sè', 'y']]);
    for (const r of [1, 2]) wb.cell(s, r, 1).font = { name: '.VnTime' };
    wb.cell(s, 2, 2).font = { name: 'Arial' };
    const g = (await hostFor(wb).readGrid('active')).sheets[0];
    expect(g.fonts?.[0]?.[0]).toBe('.VnTime');
    expect(g.fonts?.[1]?.[0]).toBe('.VnTime');
    expect(g.fonts?.[0]?.[1]).toBeNull(); // mixed column: unknown, not guessed
  });

  it('says which columns are hidden, in the same syncs: the visible column of two with one meaning is read', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('KH', [
      ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
      ['STT', 'Phòng chủ trì (cũ)', 'Nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      [1, 'Phòng HCTH', 'Tổng hợp báo cáo quý', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
      [2, 'Phòng QLKH', 'Xây dựng kế hoạch kiểm tra', 'Phòng Không Có', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
    ]);
    const host = hostFor(wb);
    const before = await syncsOf(wb, () => host.readGrid('active'));
    s.columns.set(2, { hidden: true });
    const cost = await syncsOf(wb, () => host.readGrid('active'));
    const grid = await host.readGrid('active');
    expect([grid.sheets[0].hiddenColumns, cost.count]).toEqual([[2], before.count]);
    const r = analyseWorkbook(grid, { fileName: 'an.xlsx', asOf: '2025-10-15' });
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['unknown-unit D4']);
  });

  it('says which columns are hidden right of the 64th too, in the same syncs: a table far right reads its visible column', async () => {
    const rows = [
      ['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'],
      ['STT', 'Phòng chủ trì (cũ)', 'Nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'],
      [1, 'Phòng HCTH', 'Tổng hợp báo cáo quý', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'],
      [2, 'Phòng QLKH', 'Xây dựng kế hoạch kiểm tra', 'Phòng Không Có', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu'],
    ];
    // The used range from A1, the table from column BO (67): its old lead column is BP (68); one column further right, BW (75), hidden too.
    const wb = new FakeWorkbook();
    const s = wb.addSheet('KH', rows, { at: { top: 1, left: 67, bottom: 1, right: 67 } });
    wb.cell(s, 1, 1).value = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
    wb.cell(s, 1, 75).value = 'ghi chú';
    const host = hostFor(wb);
    const before = await syncsOf(wb, () => host.readGrid('active'));
    for (const c of [68, 75]) s.columns.set(c, { hidden: true });
    const cost = await syncsOf(wb, () => host.readGrid('active'));
    const grid = await host.readGrid('active');
    expect([grid.sheets[0].hiddenColumns, cost.count]).toEqual([[68, 75], before.count]);
    const r = analyseWorkbook(grid, { fileName: 'an.xlsx', asOf: '2025-10-15' });
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.column}${f.row}`)).toEqual([`unknown-unit ${colLetters(70)}4`]);
    // Excel without RangeAreas (before ExcelApi 1.9) knows the first 64 only, as before.
    const old = new FakeWorkbook({ apiVersion: 8 });
    const o = old.addSheet('KH', rows, { at: { top: 1, left: 67, bottom: 1, right: 67 } });
    old.cell(o, 1, 1).value = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
    o.columns.set(68, { hidden: true });
    expect((await hostFor(old).readGrid('active')).sheets[0].hiddenColumns).toBeUndefined();
  });

  it('recognises date formats, not times or plain numbers', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('[$-42A]d mmmm yyyy;@')).toBe(true);
    expect(isDateFormat('mmm-yy')).toBe(true);
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat('[h]:mm:ss')).toBe(false);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('"Ngày" 0')).toBe(false);
  });
});

describe('readGrid: a constant number of syncs', () => {
  it('reads 100 and 20,000 rows with the same number of syncs (Excel on the web, 5 MB limit)', async () => {
    const small = new FakeWorkbook({ payloadLimit: DEFAULT_LIMITS.payloadBytes });
    small.addSheet('CTCT', programmeRows(100));
    const big = new FakeWorkbook({ payloadLimit: DEFAULT_LIMITS.payloadBytes });
    big.addSheet('CTCT', programmeRows(20_000));
    const a = await syncsOf(small, () => hostFor(small, { web: true }).readGrid('active'));
    const b = await syncsOf(big, () => hostFor(big, { web: true }).readGrid('active'));
    expect(b.count).toBe(a.count);
    expect(a.count).toBe(2); // where the data is, then all of it
    expect(b.maxResponse).toBeLessThanOrEqual(DEFAULT_LIMITS.payloadBytes);
    expect(b.maxResponse).toBeGreaterThan(1_000_000); // it really was one big response
    const grid = await hostFor(big, { web: true }).readGrid('active');
    expect(grid.sheets[0].cells).toHaveLength(20_003);
    expect(grid.sheets[0].cells[20_002][1]).toBe('Nhiệm vụ số 20000');
  });

  it('reads a sheet with one stray value in column XFD on the web: fonts and merges of the leftmost columns only, every request under 5 MB', async () => {
    const wb = new FakeWorkbook({ payloadLimit: DEFAULT_LIMITS.payloadBytes });
    const s = wb.addSheet('CTCT', programmeRows(20));
    wb.cell(s, 1, 16_384).value = 'x';
    const read = await syncsOf(wb, () => hostFor(wb, { web: true }).readGrid('active'));
    expect(read.maxRequest).toBeLessThanOrEqual(DEFAULT_LIMITS.payloadBytes);
    const grid = read.result.sheets[0];
    expect([grid.cells.length, grid.cells[0].length, grid.cells[22][1]]).toEqual([23, 16_384, 'Nhiệm vụ số 20']);
  });

  it('reads every sheet of the workbook in a constant number of syncs', async () => {
    const counts: number[] = [];
    for (const n of [1, 6]) {
      const wb = new FakeWorkbook();
      for (let i = 0; i < n; i++) wb.addSheet(`Quý ${i + 1}`, programmeRows(50 * (i + 1)));
      counts.push((await syncsOf(wb, () => hostFor(wb).readGrid('workbook'))).count);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('splits into blocks only above the payload limit, each sync under it, same grid', async () => {
    const limit = 200_000;
    const rows = programmeRows(3000);
    const plain = new FakeWorkbook();
    plain.addSheet('CTCT', rows);
    const expected = await hostFor(plain, { web: true, limits: { payloadBytes: limit } }).readGrid('active');

    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('CTCT', rows);
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const before = wb.syncs.length;
    const grid = await host.readGrid('active');
    const made = wb.syncs.slice(before);
    expect(grid).toEqual(expected);
    expect(made.length).toBeGreaterThan(2);
    // Split before trying (the lower bound alone is over the limit); text longer than the lower
    // bound may cost one refused sync, after which every sync is under the limit.
    const refused = made.filter((s) => s.response > limit);
    expect(refused.length).toBeLessThanOrEqual(1);
    const afterRefusal = made.slice(refused.length ? made.indexOf(refused[0]) + 1 : 0);
    for (const s of afterRefusal) expect(s.response).toBeLessThanOrEqual(limit);

    // Under the limit: no blocks.
    const few = new FakeWorkbook({ payloadLimit: limit });
    few.addSheet('CTCT', programmeRows(50));
    expect((await syncsOf(few, () => hostFor(few, { web: true, limits: { payloadBytes: limit } }).readGrid('active'))).count).toBe(2);
  });

  it('plans one group off the web and lower-bound groups on the web', () => {
    const sheets = [{ name: 'S', hidden: false, rect: { top: 1, left: 1, bottom: 100_000, right: 10 } }];
    expect(planReads(sheets, DEFAULT_LIMITS, false)).toHaveLength(1);
    const web = planReads(sheets, DEFAULT_LIMITS, true);
    const cells = 100_000 * 10 * MIN_BYTES_PER_CELL;
    expect(web.length).toBe(Math.ceil(cells / DEFAULT_LIMITS.payloadBytes));
    // 5 million cells per read, even off the web.
    const huge = [{ name: 'S', hidden: false, rect: { top: 1, left: 1, bottom: 1_000_000, right: 12 } }];
    const blocks = planReads(huge, DEFAULT_LIMITS, false)[0];
    expect(blocks.length).toBe(3);
    for (const b of blocks) expect((b.rect.bottom - b.rect.top + 1) * 12).toBeLessThanOrEqual(5_000_000);
  });

  it('retries with smaller groups when text is longer than estimated', async () => {
    const limit = 400_000;
    const long = (i: number) => `Nhiệm vụ ${i}: ${'xây dựng, triển khai và tổng kết kế hoạch '.repeat(4)}`;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('CTCT', programmeRows(1500, long));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const grid = await host.readGrid('active');
    expect(grid.sheets[0].cells[1502][1]).toBe(long(1500));
    // The failed attempt is visible in the log: one sync over the limit, then only syncs under it.
    const over = wb.syncs.filter((s) => s.response > limit);
    expect(over).toHaveLength(1);
    expect(wb.syncs[wb.syncs.length - 1].response).toBeLessThanOrEqual(limit);
  });

  it('reads more than 512 merged areas (getMergedAreas fails above that in one call)', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('S', programmeRows(700));
    for (let r = 4; r <= 703; r++) s.merges.push({ top: r, left: 5, bottom: r, right: 6 });
    const g = (await hostFor(wb).readGrid('active')).sheets[0];
    expect(g.merges).toHaveLength(700);
  });
});

describe('readGrid: which sheets', () => {
  it('skips the journal, the marks and the sheets CTCT wrote', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    wb.addSheet('CTCT_NhatKy', [['Mã']], { visibility: 'VeryHidden' });
    const own = wb.addSheet('Tổng hợp', [['TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC'], ['Ngày lập: 30/09/2025']]);
    own.names.push({ name: 'CTCT_TongHop' });
    wb.addSheet('Ẩn', [['x']], { visibility: 'Hidden' });
    const grid = await hostFor(wb).readGrid('workbook');
    expect(grid.sheets.map((s) => s.name)).toEqual(['Quý III', 'Ẩn']);
    expect(grid.sheets[1].hidden).toBe(true);
  });
});

describe('readGrid: the active sheet is one of CTCT’s own', () => {
  async function checked(host: ReturnType<typeof hostFor>, scope: 'active' | 'workbook' = 'active') {
    const grid = await host.readGrid(scope);
    return { grid, report: combineReports([analyseWorkbook(grid, { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30') };
  }

  it('after writing the summary, the tracker or the directory (each activates its sheet) the last checked sheet is read', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    wb.addSheet('Quý IV', programmeRows(5));
    wb.activeId = wb.sheet('Quý IV')!.id;
    const host = hostFor(wb);
    const { report } = await checked(host);
    for (const write of [() => host.writeSummary(report), () => host.writeTracker(report), () => host.insertDirectory(defaultDirectory)]) {
      const { sheet } = await write();
      expect(wb.sheets.find((s) => s.id === wb.activeId)?.name).toBe(sheet);
      const again = await checked(host);
      expect(again.grid.sheets.map((s) => s.name)).toEqual(['Quý IV']);
      expect(again.report.tasks).toHaveLength(5);
    }
    // The user moves to another programme sheet: that one is checked (and remembered) from now on.
    wb.activeId = wb.sheet('Quý III')!.id;
    expect((await host.readGrid('active')).sheets.map((s) => s.name)).toEqual(['Quý III']);
    wb.activeId = wb.sheet('Theo dõi')!.id;
    expect((await host.readGrid('active')).sheets.map((s) => s.name)).toEqual(['Quý III']);
  });

  it('with nothing remembered (a new pane) or the sheet gone, the whole workbook is read', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    wb.addSheet('Quý IV', programmeRows(5));
    const first = hostFor(wb);
    const { report } = await checked(first, 'workbook');
    await first.writeTracker(report);
    const { grid, report: again } = await checked(hostFor(wb));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Quý III', 'Quý IV']);
    expect(again.tasks).toHaveLength(8);

    // Remembered, then renamed.
    wb.activeId = wb.sheet('Quý IV')!.id;
    const host = hostFor(wb);
    await host.readGrid('active');
    wb.sheet('Quý IV')!.name = 'Quý 4';
    wb.activeId = wb.sheet('Theo dõi')!.id;
    expect((await host.readGrid('active')).sheets.map((s) => s.name)).toEqual(['Quý III', 'Quý 4']);
  });

  it('never reads a CTCT_ sheet as the active sheet', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(3));
    const journal = wb.addSheet('CTCT_NhatKy', [['Mã']]);
    wb.activeId = journal.id;
    expect((await hostFor(wb).readGrid('active')).sheets.map((s) => s.name)).toEqual(['Quý III']);
  });
});
