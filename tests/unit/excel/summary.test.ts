import { analyseWorkbook, combineReports } from '../../../src/engine';
import { SUMMARY_TITLE, placeLayout, summaryLayout } from '../../../src/engine/summary/layout';
import { FakeWorkbook } from './fake-excel';
import { hostFor, programmeRows, syncsOf } from './helpers';
import { fixtureWorkbook, loadGrid } from './workbook-fixture';

async function reportOf(wb: FakeWorkbook, asOf = '2025-09-30') {
  const host = hostFor(wb);
  const grid = await host.readGrid('workbook');
  return combineReports([analyseWorkbook(grid, { fileName: 'phu-luc-II-2025.xlsx', asOf })], asOf);
}

/** The fixture programme in a fake Excel of those options (an older ExcelApi, Excel on the web's size limit). */
async function fixtureIn(options: ConstructorParameters<typeof FakeWorkbook>[0]): Promise<FakeWorkbook> {
  const { grids } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
  const wb = new FakeWorkbook(options);
  for (const g of grids) loadGrid(wb, g);
  return wb;
}

/** The fixture programme with its "Tổng hợp" written once; `webLimit`: Excel on the web, requests up to that many bytes. */
async function writtenSummary(webLimit?: number) {
  const wb = webLimit ? await fixtureIn({ payloadLimit: webLimit }) : (await fixtureWorkbook('phu-luc-II-2025.xlsx')).wb;
  const host = webLimit ? hostFor(wb, { web: true, limits: { payloadBytes: webLimit } }) : hostFor(wb);
  const report = await reportOf(wb);
  const written = await host.writeSummary(report);
  return { wb, host, report, written, sheet: wb.sheet('Tổng hợp')! };
}

/** Long notes typed right of the tables, in rows 1..count: their journal rows take several requests. */
function typeLongNotes(wb: FakeWorkbook, count: number) {
  const sheet = wb.sheet('Tổng hợp')!;
  for (let r = 1; r <= count; r++) wb.cell(sheet, r, 14).value = `Ghi chú dòng ${r}: ${'đối chiếu số liệu với Văn phòng Sở '.repeat(60)}`;
}

/** The refresh's last batch (clear, then copy) fails at the copy, once: what ran before it stays, the sheet emptied. */
function cutShortAtCopy(wb: FakeWorkbook): () => boolean {
  let refused = false;
  wb.refuse = (ops) => {
    if (refused || !ops.includes('range.copyFrom')) return false;
    refused = true;
    const kept = wb.snapshot();
    return () => {
      kept();
      wb.sheet('Tổng hợp')!.cells = new Map();
    };
  };
  return () => refused;
}

describe('writeSummary', () => {
  it('refreshes "Tổng hợp" in place (never duplicates it), with links, a chart and A4 landscape', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    const report = await reportOf(wb);
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp' });
    const firstId = wb.sheet('Tổng hợp')!.id;
    const position = wb.sheets.findIndex((s) => s.name === 'Tổng hợp');
    // The user moves it first; refreshing keeps it there.
    wb.sheets.unshift(...wb.sheets.splice(position, 1));
    expect(await hostFor(wb).writeSummary(report)).toEqual({ sheet: 'Tổng hợp' });

    const sheets = wb.sheets.filter((s) => s.name.startsWith('Tổng hợp'));
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0];
    expect(sheet.id).toBe(firstId); // the same sheet: formulas pointing at it keep working
    expect(wb.sheets[0]).toBe(sheet);
    expect(wb.activeId).toBe(sheet.id);

    const values = wb.valuesOf('Tổng hợp');
    expect(values[0][0]).toBe(`${SUMMARY_TITLE} NĂM 2025`);
    expect(String(values[1][0])).toContain('30/09/2025');
    expect(wb.peek('Tổng hợp', 'A1').font.name).toBe('Times New Roman');
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: expect.any(Number) });

    // Every link row of the layout became a HYPERLINK to its source cell.
    const placed = placeLayout(summaryLayout(report, { asOf: report.asOf }));
    const links = placed.rows.filter((r) => r.link);
    expect(links.length).toBeGreaterThan(0);
    for (const r of links) {
      const cell = wb.peek('Tổng hợp', `${String.fromCharCode(64 + r.link!.column)}${r.row}`);
      expect(cell.formula).toMatch(/^=HYPERLINK\("#'Phụ lục II'!|^=HYPERLINK\("#'Rà soát QLCN&CN'!/);
      expect(cell.formula).toContain(`!${r.link!.target.column}${r.link!.target.row}"`);
    }

    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', source: placed.chartRange!.address });
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(sheet.names.map((n) => n.name)).toEqual(['CTCT_TongHop', expect.stringMatching(/^CTCT_TongHop_Ghi_/)]);
  });

  it('keeps a note typed on "Tổng hợp" and a total changed there in the journal, for undo, and only when something was changed', async () => {
    const { wb, host, report, written, sheet } = await writtenSummary();
    expect(written).toEqual({ sheet: 'Tổng hợp' });
    // Refreshed untouched: nothing is the user's, nothing goes to the journal; a handful of syncs.
    const again = await syncsOf(wb, () => host.writeSummary(report));
    expect(again.result).toEqual({ sheet: 'Tổng hợp' });
    // The old sheet's size is read before its cells (at most so many rows of them are read).
    expect(again.count).toBeLessThanOrEqual(7);
    expect(await host.journal()).toEqual([]);
    expect(sheet.charts).toHaveLength(1);

    // The secretary types a note under the tables and to the right, and corrects a number.
    const values = wb.valuesOf('Tổng hợp');
    const numberAt = values.findIndex((r) => typeof r[2] === 'number');
    const below = values.length + 3;
    wb.cell(sheet, below, 1).value = 'Ghi chú: số liệu đã đối chiếu với Văn phòng ngày 29/9';
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    wb.cell(sheet, numberAt + 1, 3).value = 999;
    const refreshed = await syncsOf(wb, () => host.writeSummary(report));
    expect(refreshed.result).toEqual({ sheet: 'Tổng hợp', keptEdits: { cells: 3, batch: expect.any(String) } });
    expect(refreshed.count).toBeLessThanOrEqual(8);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(sheet.charts).toHaveLength(1);
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    const journal = await host.journal();
    expect(journal.map((e) => [e.address, e.oldValue])).toEqual(
      expect.arrayContaining([
        [`A${below}`, 'Ghi chú: số liệu đã đối chiếu với Văn phòng ngày 29/9'],
        ['L3', 'Xem lại Quý IV'],
        [`C${numberAt + 1}`, 999],
      ]),
    );
    // Undo puts them back.
    await host.undo();
    expect(wb.peek('Tổng hợp', `A${below}`).value).toBe('Ghi chú: số liệu đã đối chiếu với Văn phòng ngày 29/9');
    expect(wb.peek('Tổng hợp', 'L3').value).toBe('Xem lại Quý IV');
  });

  it('refreshing an untouched "Tổng hợp" does not read the journal: as many syncs with a journal as without', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const without = await syncsOf(wb, () => host.writeSummary(report));
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    expect(await host.writeSummary(report)).toMatchObject({ keptEdits: { cells: 1 } });
    expect(await host.journal()).toHaveLength(1);
    const withJournal = await syncsOf(wb, () => host.writeSummary(report));
    expect(withJournal.result).toEqual({ sheet: 'Tổng hợp' });
    expect(withJournal.count).toBe(without.count);
  });

  it('prints on A4 landscape, one page wide, its columns narrow enough to print at 85% or more (ExcelApi 1.9)', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    await hostFor(wb).writeSummary(await reportOf(wb));
    const sheet = wb.sheet('Tổng hợp')!;
    const page = sheet.pageLayout as Record<string, number> & { zoom: unknown };
    expect(page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', centerHorizontally: true });
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // Fit to the page's width shrinks to (printable width / columns' width): 842 pt is A4's long side.
    const columnsPoints = [...sheet.columns.values()].reduce((n, c) => n + Number(c.columnWidth ?? 0), 0);
    expect((842 - page.leftMargin - page.rightMargin) / columnsPoints).toBeGreaterThanOrEqual(0.85);
    // The subtitle and the notes wrap across the sheet instead of running past the page.
    expect(wb.peek('Tổng hợp', 'A2').format.wrapText).toBe(true);
    const note = wb.valuesOf('Tổng hợp').findIndex((r) => String(r[0]).startsWith('Nhiệm vụ có nhiều đơn vị chủ trì'));
    expect(sheet.merges).toContainEqual({ top: note + 1, left: 1, bottom: note + 1, right: expect.any(Number) });
    expect(wb.peek('Tổng hợp', `A${note + 1}`).format.wrapText).toBe(true);
  });

  it('is written without a page setup where Excel has none (before ExcelApi 1.9)', async () => {
    const wb = await fixtureIn({ apiVersion: 8 });
    expect(await hostFor(wb).writeSummary(await reportOf(wb))).toEqual({ sheet: 'Tổng hợp' });
    expect(wb.valuesOf('Tổng hợp')[0][0]).toBe(`${SUMMARY_TITLE} NĂM 2025`);
    expect(wb.sheet('Tổng hợp')!.pageLayout).toEqual({});
  });

  it('a "Tổng hợp" written anew (before ExcelApi 1.9, or a refresh cut short) names what the user had added there and is gone: their chart, their names', async () => {
    const old = await fixtureIn({ apiVersion: 8 });
    const host = hostFor(old);
    const report = await reportOf(old);
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp' });
    // Written again untouched: nothing of the user's to name.
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp', replacedSheet: true });
    const sheet = old.sheet('Tổng hợp')!;
    sheet.charts.push({ type: 'Pie', source: 'C5:C9', seriesBy: 'Columns', props: { title: { text: 'Tỷ lệ hoàn thành' } } });
    sheet.names.push({ name: 'SoLieuQuy3' });
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp', replacedSheet: true, lost: { charts: ['Tỷ lệ hoàn thành'], names: ['SoLieuQuy3'] } });

    const { wb, host: web, report: again, sheet: refreshed } = await writtenSummary();
    refreshed.charts.push({ type: 'Pie', source: 'C5:C9', seriesBy: 'Columns', props: { title: { text: 'Tỷ lệ hoàn thành' } } });
    cutShortAtCopy(wb);
    expect(await web.writeSummary(again)).toMatchObject({ replacedSheet: true, lost: { charts: ['Tỷ lệ hoàn thành'], names: [] } });
  });

  it('puts statuses outside the list under one "Khác" column per quarter and per unit, as the CLI\'s copy does', async () => {
    const wb = new FakeWorkbook();
    const odd = ['Đã trình UBND tỉnh', 'Chờ kinh phí', 'x', 'Đạt', 'Chưa'];
    wb.addSheet('Quý III', [
      ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Tình trạng'],
      ...['Hoàn thành', 'Đang thực hiện', ...odd].map((st, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', st]),
    ]);
    await hostFor(wb).writeSummary(await reportOf(wb));
    const values = wb.valuesOf('Tổng hợp');
    const headerUnder = (heading: string) => values[values.findIndex((r) => String(r[0]).endsWith(heading)) + 1].filter((v) => v !== '' && v !== null);
    expect(headerUnder('Trạng thái theo quý')).toEqual(['TT', 'Quý', 'Đang thực hiện', 'Hoàn thành', 'Khác', 'Tổng cộng']);
    expect(headerUnder('Trạng thái theo đơn vị chủ trì')).toEqual(['TT', 'Đơn vị chủ trì', 'Đang thực hiện', 'Hoàn thành', 'Khác', 'Tổng cộng']);
    expect(values.find((r) => r[1] === 'Quý III')?.slice(0, 6)).toEqual([1, 'Quý III', 1, 1, 5, 7]);
  });

  it('leaves a unit’s own "Tổng hợp" alone and writes next to it', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    wb.addSheet('Tổng hợp', [['Bảng tổng hợp kinh phí của phòng'], ['Mục', 'Số tiền'], ['Hội thảo', 12_000_000]]);
    const report = await reportOf(wb);
    expect(await hostFor(wb).writeSummary(report)).toEqual({ sheet: 'Tổng hợp (CTCT)' });
    expect(await hostFor(wb).writeSummary(report)).toEqual({ sheet: 'Tổng hợp (CTCT)' });
    expect(wb.valuesOf('Tổng hợp')[2]).toEqual(['Hội thảo', 12_000_000]);
    expect(wb.sheets.filter((s) => s.name.startsWith('Tổng hợp'))).toHaveLength(2);
  });

  it('recognises a summary written by the standalone page (no marker name) and replaces it', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    wb.addSheet('Tổng hợp', [[SUMMARY_TITLE], ['Ngày lập: 01/09/2025']]);
    // Without CTCT's record, what it held may be the user's: kept in the journal.
    expect(await hostFor(wb).writeSummary(await reportOf(wb))).toEqual({ sheet: 'Tổng hợp', keptEdits: { cells: 2, batch: 'L1' } });
    expect(wb.sheets.filter((s) => s.name.startsWith('Tổng hợp'))).toHaveLength(1);
    // Marked as CTCT's, as a summary the add-in wrote is.
    expect(wb.sheet('Tổng hợp')!.names.map((n) => n.name)).toContain('CTCT_TongHop');
  });

  it('without a record of what CTCT wrote, removes only the chart titled as CTCT titles its own: a chart the user made there stays', async () => {
    const { host, report, sheet } = await writtenSummary();
    // As an older CTCT left it: marked, no record, its chart unnamed.
    sheet.names = sheet.names.filter((n) => !n.name.startsWith('CTCT_TongHop_Ghi_'));
    delete sheet.charts[0]!.props.name;
    // The secretary adds a chart of her own beside it.
    sheet.charts.push({ type: 'Pie', source: 'C5:C9', seriesBy: 'Columns', props: { title: { text: 'Tỷ lệ hoàn thành' } } });
    await host.writeSummary(report);
    const title = summaryLayout(report, { asOf: report.asOf }).chart.title;
    expect(sheet.charts.map((c) => [c.type, (c.props.title as { text?: string } | undefined)?.text])).toEqual([
      ['Pie', 'Tỷ lệ hoàn thành'],
      ['ColumnClustered', title],
    ]);
  });

  it('writes in the same number of syncs for a small and a large programme', async () => {
    const counts: number[] = [];
    for (const file of ['ctct-2024-dan-tu-pdf.xlsx', 'phu-luc-II-2025.xlsx']) {
      const { wb } = await fixtureWorkbook(file);
      const report = await reportOf(wb);
      counts.push((await syncsOf(wb, () => hostFor(wb).writeSummary(report))).count);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('a summary listing thousands of tasks is written on the web in blocks, each request under the limit', async () => {
    const limit = 200_000;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    // No leader anywhere: every task is listed (with a link) under "missing information".
    wb.addSheet('Phụ lục II', programmeRows(3000).map((r, i) => (i > 2 ? [r[0], r[1], r[2], '', r[4], r[5]] : r)));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    expect(report.summary.missing.leader).toHaveLength(3000);
    const cost = await syncsOf(wb, () => host.writeSummary(report));
    expect(cost.maxRequest).toBeLessThanOrEqual(limit);
    const values = wb.valuesOf('Tổng hợp');
    expect(values.some((r) => r.includes('Nhiệm vụ số 3000'))).toBe(true);
    // Refreshed in place, with a cell the user changed kept in the journal: each request under the limit too.
    const sheet = wb.sheet('Tổng hợp')!;
    wb.cell(sheet, values.length + 2, 1).value = 'Ghi chú của Văn phòng';
    const refresh = await syncsOf(wb, () => host.writeSummary(report));
    expect(refresh.result).toMatchObject({ keptEdits: { cells: 1 } });
    expect(refresh.maxRequest).toBeLessThanOrEqual(limit);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
  });

  it('a refused write keeps the old summary whole, with no half-written sheet beside it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', programmeRows(3000).map((r, i) => (i > 2 ? [r[0], r[1], r[2], '', r[4], r[5]] : r)));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: 200_000 } });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeSummary(report);
    const old = wb.sheet('Tổng hợp')!;
    const before = wb.valuesOf('Tổng hợp');
    // Excel accepts less than the adapter planned for: a block of the new summary is refused.
    wb.payloadLimit = 100_000;
    await expect(host.writeSummary(report)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Tổng hợp')).toBe(old);
    expect(wb.valuesOf('Tổng hợp')).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Tổng hợp']);
  });

  it('refreshes a "Tổng hợp" the user formatted as a table: the table becomes cells, the summary is whole, in place', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const values = wb.valuesOf('Tổng hợp');
    // "Format as Table" over the first rows, title included (Excel merges no cells in a table).
    wb.tables.push({ name: 'Bang1', sheet, rect: { top: 1, left: 1, bottom: 12, right: 6 }, hasHeaders: true, style: 'TableStyleMedium2', filteredRows: new Set() });
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp' });
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    expect(wb.tables.filter((t) => t.sheet === sheet)).toEqual([]);
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: expect.any(Number) });
    expect(wb.sheets.some((s) => s.name.startsWith('CTCT_DangGhi'))).toBe(false);
  });

  it('an in-place refresh Excel cuts short after the clear is written anew: a whole summary, the user\'s edits journaled once, the pane told', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const values = wb.valuesOf('Tổng hợp');
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    const names = wb.sheets.map((s) => s.name);
    const refused = cutShortAtCopy(wb);
    const result = await host.writeSummary(report);
    expect(refused()).toBe(true);
    expect(result).toEqual({ sheet: 'Tổng hợp', replacedSheet: true, refreshFailed: 'RequestPayloadSizeLimitExceeded', keptEdits: { cells: 1, batch: expect.any(String) } });
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    expect(wb.sheets.map((s) => s.name)).toEqual([...names, 'CTCT_NhatKy']);
    expect(wb.sheet('Tổng hợp')!.names.map((n) => n.name)).toEqual(['CTCT_TongHop', expect.stringMatching(/^CTCT_TongHop_Ghi_/)]);
    // The edit is in the journal once, and undo puts it back.
    const journal = await host.journal();
    expect(journal.map((e) => [e.batch, e.address, e.oldValue])).toEqual([[result.keptEdits!.batch, 'L3', 'Xem lại Quý IV']]);
    wb.refuse = null;
    await host.undo();
    expect(wb.peek('Tổng hợp', 'L3').value).toBe('Xem lại Quý IV');
  });

  it('an in-place refresh cut short after the clear, then a rewrite refused too: the pane says so, and undo puts the user\'s edits back into the emptied sheet', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    // Excel keeps the refresh's last batch up to the copy (its journal rows, the clear) and fails at the
    // copy; then it refuses the rewrite's first large write (its cells).
    let stage = 0;
    wb.refuse = (ops) => {
      if (stage === 0 && ops.includes('range.copyFrom')) {
        stage = 1;
        const kept = wb.snapshot();
        return () => {
          kept();
          wb.sheet('Tổng hợp')!.cells = new Map();
        };
      }
      if (stage === 1 && wb.syncs[wb.syncs.length - 1]!.request > 5000) return (stage = 2), true;
      return false;
    };
    const error = await host.writeSummary(report).then(() => null, (e: unknown) => e as Error & { code?: string; params?: Record<string, string> });
    expect(stage).toBe(2);
    wb.refuse = null;
    expect(error).toMatchObject({ name: 'ExcelHostError', code: 'SummaryNotWritten', params: { sheet: 'Tổng hợp', cells: '1' } });
    expect(error!.message).toContain('Hoàn tác');
    expect(wb.peek('Tổng hợp', 'L3').value ?? '').toBe('');
    // The edit is in the journal, under the batch the pane names, and undo puts it back.
    const journal = await host.journal();
    expect(journal.map((e) => [e.batch, e.address, e.oldValue])).toEqual([[error!.params!.batch, 'L3', 'Xem lại Quý IV']]);
    expect(await host.undo()).toMatchObject({ restored: 1, skipped: 0 });
    expect(wb.peek('Tổng hợp', 'L3').value).toBe('Xem lại Quý IV');
  });

  it('a refresh Excel refuses whole (as on the web) after its journal went out stops there: the sheet, the user\'s chart and edits as they were, no rewrite, no journal batch, the pane told', async () => {
    const { wb, host, report, sheet } = await writtenSummary(200_000);
    typeLongNotes(wb, 150);
    sheet.charts.push({ type: 'Pie', source: 'C5:C9', seriesBy: 'Columns', props: { title: { text: 'Tỷ lệ hoàn thành' } } });
    const values = wb.valuesOf('Tổng hợp');
    const names = wb.sheets.map((s) => s.name);
    // Excel on the web rolls the refused batch back whole (its last journal rows and the clear with it).
    let refused = 0;
    wb.refuse = (ops) => ops.includes('range.copyFrom') && ++refused > 0;
    const error = await host.writeSummary(report).then(() => null, (e: unknown) => e as Error & { code?: string; params?: Record<string, string> });
    wb.refuse = null;
    expect(refused).toBe(1);
    expect(error).toMatchObject({ name: 'ExcelHostError', code: 'SummaryRefreshRefused', params: { sheet: 'Tổng hợp', detail: 'RequestPayloadSizeLimitExceeded' } });
    expect(error!.message).toContain('vẫn như trước khi bấm nút');
    expect(error!.message).not.toContain('Hoàn tác');
    // The same sheet, untouched: not deleted and written anew, the user's chart still there.
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    expect(sheet.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Pie']);
    // No sheet beside it but the journal, which the first rows sent before the refused batch began.
    expect(wb.sheets.map((s) => s.name).filter((n) => n !== 'CTCT_NhatKy')).toEqual(names);
    expect(sheet.names.map((n) => n.name)).toEqual(['CTCT_TongHop', expect.stringMatching(/^CTCT_TongHop_Ghi_/)]);
    // The journal rows sent before the refused batch are gone: undo has no batch of this write to trip on.
    expect((await host.journal()).filter((e) => e.address.startsWith('N'))).toEqual([]);
    // Tried again, the refresh goes through, the notes journaled once.
    expect(await host.writeSummary(report)).toMatchObject({ sheet: 'Tổng hợp', keptEdits: { cells: 150 } });
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
  });

  it('a refresh clears the old summary\'s formatting past its last value (rows whose text was deleted), not only its values', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const rows = wb.valuesOf('Tổng hợp').length;
    // Below the summary, rows a longer summary had: coloured and wrapped, their text deleted.
    for (const row of [rows + 3, rows + 4]) {
      const cell = wb.cell(sheet, row, 2);
      cell.fill = { ...cell.fill, color: '#FFF2CC', pattern: 'Solid' };
      cell.format = { ...cell.format, wrapText: true };
    }
    await host.writeSummary(report);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    for (const row of [rows + 3, rows + 4]) {
      const cell = wb.peek('Tổng hợp', `B${row}`);
      expect(cell.fill.color).toBe('#FFFFFF');
      expect(cell.format.wrapText).toBeUndefined();
    }
  });

  it('a refresh of a "Tổng hợp" formatted down to the sheet\'s last row clears the summary\'s rows, not a million', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const rows = wb.valuesOf('Tổng hợp').length;
    // Column B filled down to row 1,048,576 by the user.
    for (const row of [rows + 40, 1_048_576]) {
      const cell = wb.cell(sheet, row, 2);
      cell.fill = { ...cell.fill, color: '#FFF2CC', pattern: 'Solid' };
    }
    wb.cleared = [];
    await host.writeSummary(report);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    const [cleared] = wb.cleared.filter((r) => r.startsWith('Tổng hợp!'));
    expect(Number(cleared!.match(/(\d+)$/)![1])).toBe(rows);
    expect(wb.valuesOf('Tổng hợp')).toHaveLength(rows);
    // The user's column fill below the summary stays.
    expect(wb.peek('Tổng hợp', `B${rows + 40}`).fill.color).toBe('#FFF2CC');
    expect(wb.peek('Tổng hợp', 'B1048576').fill.color).toBe('#FFF2CC');
  });

  it('a value typed at the sheet\'s last row of "Tổng hợp" does not make a refresh read or clear a million rows: it stays, the user\'s edits above still journaled', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const values = wb.valuesOf('Tổng hợp');
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    wb.cell(sheet, 1_048_576, 1).value = 'Người lập: Nguyễn Văn A';
    wb.cleared = [];
    const refresh = await syncsOf(wb, () => host.writeSummary(report));
    // Left as it was, and said: from the first row not read.
    expect(refresh.result).toMatchObject({ sheet: 'Tổng hợp', keptEdits: { cells: 1 }, leftFrom: 10_001 });
    // What was read is the summary's rows, not a million of them (a few bytes each would be megabytes).
    expect(refresh.maxResponse).toBeLessThan(2_000_000);
    const [cleared] = wb.cleared.filter((r) => r.startsWith('Tổng hợp!'));
    expect(Number(cleared!.match(/(\d+)$/)![1])).toBeLessThan(20_000);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.peek('Tổng hợp', 'A1048576').value).toBe('Người lập: Nguyễn Văn A');
    expect(wb.valuesOf('Tổng hợp').slice(0, values.length)).toEqual(values);
    expect((await host.journal()).map((e) => [e.address, e.oldValue])).toEqual([['L3', 'Xem lại Quý IV']]);
  });

  it('on the web, a journal that went out before the refused batch is not written twice when the summary is written anew', async () => {
    const { wb, host, report } = await writtenSummary(200_000);
    const values = wb.valuesOf('Tổng hợp');
    typeLongNotes(wb, 150);
    const refused = cutShortAtCopy(wb);
    const result = await host.writeSummary(report);
    expect(refused()).toBe(true);
    expect(result).toMatchObject({ replacedSheet: true, keptEdits: { cells: 150 } });
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    const journal = await host.journal();
    expect(journal).toHaveLength(150);
    expect(new Set(journal.map((e) => e.batch))).toEqual(new Set([result.keptEdits!.batch]));
    // Undo puts every note back, the first and the last.
    wb.refuse = null;
    expect(await host.undo()).toMatchObject({ restored: 150, skipped: 0 });
    expect(String(wb.peek('Tổng hợp', 'N1').value)).toMatch(/^Ghi chú dòng 1:/);
    expect(String(wb.peek('Tổng hợp', 'N150').value)).toMatch(/^Ghi chú dòng 150:/);
  });

  it('on the web, a refresh refused before the clear, after part of its journal went out, leaves no journal batch for undo to trip on', async () => {
    const { wb, host, report, sheet } = await writtenSummary(200_000);
    typeLongNotes(wb, 300);
    const before = wb.valuesOf('Tổng hợp');
    // The journal's rows go out in several large requests before the clear; the second is refused.
    let large = 0;
    wb.refuse = (ops) => ops.length === 0 && wb.syncs[wb.syncs.length - 1]!.request > 100_000 && ++large === 2;
    await expect(host.writeSummary(report)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(large).toBeGreaterThanOrEqual(2);
    wb.refuse = null;
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.valuesOf('Tổng hợp')).toEqual(before);
    expect(await host.journal()).toEqual([]);
    expect(await host.undo()).toEqual({ restored: 0, skipped: 0 });
    // Tried again, the refresh journals the notes once.
    expect(await host.writeSummary(report)).toMatchObject({ keptEdits: { cells: 300 } });
    expect(await host.journal()).toHaveLength(300);
  });

  it('a marker of an earlier failed refresh left on "Tổng hợp" does not turn a refresh Excel refuses whole into a rewrite: the sheet, its chart and edits stay', async () => {
    const { wb, host, report, sheet } = await writtenSummary(200_000);
    // Left by an earlier refresh cut short whose rewrite failed too (the summary was then written back by hand).
    sheet.names.push({ name: 'CTCT_TongHop_DangLamMoi' });
    wb.cell(sheet, 3, 12).value = 'Xem lại Quý IV';
    sheet.charts.push({ type: 'Pie', source: 'C5:C9', seriesBy: 'Columns', props: { title: { text: 'Tỷ lệ hoàn thành' } } });
    const values = wb.valuesOf('Tổng hợp');
    wb.refuse = (ops) => ops.includes('range.copyFrom');
    const error = await host.writeSummary(report).then(() => null, (e: unknown) => e as Error & { code?: string });
    wb.refuse = null;
    expect(error).toMatchObject({ name: 'ExcelHostError', code: 'SummaryRefreshRefused' });
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(wb.valuesOf('Tổng hợp')).toEqual(values);
    expect(sheet.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Pie']);
    // Tried again, the refresh goes through and leaves no marker behind.
    expect(await host.writeSummary(report)).toMatchObject({ sheet: 'Tổng hợp', keptEdits: { cells: 1 } });
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
    expect(sheet.names.map((n) => n.name)).toEqual(['CTCT_TongHop', expect.stringMatching(/^CTCT_TongHop_Ghi_/)]);
  });

  it('a "Tổng hợp" written anew (before ExcelApi 1.9) keeps the tab colour the user gave it', async () => {
    const wb = await fixtureIn({ apiVersion: 8 });
    const host = hostFor(wb);
    const report = await reportOf(wb);
    await host.writeSummary(report);
    wb.sheet('Tổng hợp')!.props.tabColor = '#00B050';
    expect(await host.writeSummary(report)).toMatchObject({ replacedSheet: true });
    expect(wb.sheet('Tổng hợp')!.props.tabColor).toBe('#00B050');
  });

  it('a "Tổng hợp" CTCT wrote longer than 10,000 rows is refreshed whole by a much shorter one: no row of it left below, nothing journaled as the user\'s', async () => {
    const wb = new FakeWorkbook();
    // No leader anywhere: every task is listed under "missing information".
    const full = programmeRows(10_100);
    const source = wb.addSheet('Phụ lục II', full.map((r, i) => (i > 2 ? [r[0], r[1], r[2], '', r[4], r[5]] : r)));
    const host = hostFor(wb);
    const check = async () => combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeSummary(await check());
    const long = wb.valuesOf('Tổng hợp').length;
    expect(long).toBeGreaterThan(10_000);
    // The units fill the programme in: the summary lists nothing now.
    full.forEach((row, i) => row.forEach((v, c) => v !== '' && (wb.cell(source, i + 1, c + 1).value = v as string | number)));
    wb.activeId = source.id;
    const report = await check();
    const short = placeLayout(summaryLayout(report, { asOf: report.asOf })).lastRow;
    expect(4 * short).toBeLessThan(10_000);
    const result = await host.writeSummary(report);
    expect(result).toEqual({ sheet: 'Tổng hợp' });
    expect(wb.valuesOf('Tổng hợp').length).toBeLessThanOrEqual(short);
    expect(wb.valuesOf('Tổng hợp').some((r) => r.includes('Nhiệm vụ số 10100'))).toBe(false);
    expect(await host.journal()).toEqual([]);
  });

  it('a record written by an older CTCT (without the rows it wrote) still tells an untouched summary: nothing journaled', async () => {
    const { wb, host, report, sheet } = await writtenSummary();
    const record = sheet.names.find((n) => n.name.startsWith('CTCT_TongHop_Ghi_'))!;
    expect(record.name).toMatch(/^CTCT_TongHop_Ghi_[0-9a-z]+_\d+$/);
    record.name = record.name.replace(/_\d+$/, '');
    expect(await host.writeSummary(report)).toEqual({ sheet: 'Tổng hợp' });
    expect(await host.journal()).toEqual([]);
    expect(wb.sheet('Tổng hợp')).toBe(sheet);
  });
});
