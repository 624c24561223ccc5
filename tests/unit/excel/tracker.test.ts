import { analyseWorkbook, combineReports } from '../../../src/engine';
import { charsToPoints } from '../../../src/engine/summary/layout';
import { TRACKER_COLUMNS, TRACKER_EXTRA_COLUMN_WIDTH, TRACKER_STATUSES, VANISHED_LABEL, COLORS, hexColor } from '../../../src/engine/track';
import type { ExcelHost } from '../../../src/excel/host';
import { colLetters, FakeWorkbook } from './fake-excel';
import { hostFor, programmeRows, syncsOf } from './helpers';
import { DEFAULT_LIMITS } from '../../../src/excel/env';
import { ACTION_BYTES, BUDGET_SHARE } from '../../../src/excel/batch';
import { fixtureWorkbook, loadGrid } from './workbook-fixture';

const col = (name: (typeof TRACKER_COLUMNS)[number]) => TRACKER_COLUMNS.indexOf(name) + 1;
const SOURCE = 'Phụ lục II';

async function check(host: ExcelHost, asOf: string) {
  const grid = await host.readGrid('workbook');
  return combineReports([analyseWorkbook(grid, { fileName: 'phu-luc-II-2025.xlsx', asOf })], asOf);
}

/** The tracker row (1-based sheet row) whose "Nhiệm vụ" starts with `text`. */
function trackerRow(wb: FakeWorkbook, text: string): number {
  const values = wb.valuesOf('Theo dõi');
  const i = values.findIndex((r) => typeof r[col('Nhiệm vụ') - 1] === 'string' && String(r[col('Nhiệm vụ') - 1]).startsWith(text));
  if (i < 0) throw new Error(`no tracker row for ${text}`);
  return i + 1;
}

/** The Phụ lục II fixture with its tracker written once: the workbook, the tracker sheet, its last row. */
async function fixtureWithTracker() {
  const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
  const host = hostFor(wb);
  await host.writeTracker(await check(host, '2025-10-15'));
  return { wb, tracker: wb.sheet('Theo dõi')!, last: wb.valuesOf('Theo dõi').length };
}

const T1 = 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu';
const T4 = 'Tổ chức Không gian đổi mới sáng tạo';
const T13 = 'Xây dựng Kế hoạch bồi dưỡng, tập huấn chuyên môn nghiệp vụ';

describe('writeTracker', () => {
  it('keeps typed statuses across a re-import where source rows were inserted and deleted', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    const first = await check(host, '2025-10-15');
    const tasks = first.tasks!.length;
    expect(tasks).toBeGreaterThan(100);

    const r1 = await host.writeTracker(first);
    expect(r1).toEqual({ sheet: 'Theo dõi', added: tasks, kept: 0, vanished: 0 });
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([['TheoDoi', 'Theo dõi']]);
    expect(wb.valuesOf('Theo dõi')[0]).toEqual([...TRACKER_COLUMNS]);

    // The unit types in the tracker.
    const tracker = wb.sheet('Theo dõi')!;
    const type = (row: number, name: (typeof TRACKER_COLUMNS)[number], value: string | number) => {
      wb.cell(tracker, row, col(name)).value = value;
    };
    type(trackerRow(wb, T1), 'Trạng thái', 'Hoàn thành');
    type(trackerRow(wb, T1), 'Ngày hoàn thành', 45870); // 01/08/2025
    type(trackerRow(wb, T1), 'Kết quả', 'Đã ban hành Kế hoạch số 12/KH-SKHCN');
    type(trackerRow(wb, T4), 'Trạng thái', 'đang thực hiện'); // typed loosely
    type(trackerRow(wb, T13), 'Trạng thái', 'Đề xuất bỏ');

    // The source changes: two new tasks inserted above task 3, task 13 deleted.
    wb.insertRows(SOURCE, 12, 2);
    const src = wb.sheet(SOURCE)!;
    ['Nhiệm vụ bổ sung thứ nhất về đo lường', 'Nhiệm vụ bổ sung thứ hai về tiêu chuẩn'].forEach((text, i) => {
      const row = 12 + i;
      const cells = [100 + i, text, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'];
      cells.forEach((v, c) => (wb.cell(src, row, c + 1).value = v));
    });
    wb.deleteRows(SOURCE, 24, 1); // task 13, row 22 before the insertion

    const second = await check(host, '2025-10-15');
    const r2 = await hostFor(wb).writeTracker(second); // a fresh host: nothing kept in memory
    expect(r2).toEqual({ sheet: 'Theo dõi', added: 2, kept: tasks - 1, vanished: 1 });
    expect(wb.sheets.filter((s) => s.name.startsWith('Theo dõi'))).toHaveLength(1);
    expect(wb.tables).toHaveLength(1);

    const v = wb.valuesOf('Theo dõi');
    const get = (text: string, name: (typeof TRACKER_COLUMNS)[number]) => v[trackerRow(wb, text) - 1][col(name) - 1];
    expect(get(T1, 'Trạng thái')).toBe('Hoàn thành');
    expect(get(T1, 'Ngày hoàn thành')).toBe(45870);
    expect(get(T1, 'Kết quả')).toBe('Đã ban hành Kế hoạch số 12/KH-SKHCN');
    expect(get(T4, 'Trạng thái')).toBe('Đang thực hiện');
    expect(get(T13, 'Trạng thái')).toBe('Đề xuất bỏ');
    expect(String(get(T13, 'Nguồn'))).toContain(VANISHED_LABEL);
    // A new task's status is blank until someone says.
    expect(get('Nhiệm vụ bổ sung thứ nhất', 'Trạng thái')).toBe('');

    // "Nguồn" follows the task to its new row (task 4 moved from row 13 to 15).
    const link = wb.peek('Theo dõi', `${colLetters(col('Nguồn'))}${trackerRow(wb, T4)}`);
    expect(link.formula).toBe(`=HYPERLINK("#'Phụ lục II'!A15","Phụ lục II, dòng 15")`);
    expect(wb.peek('Theo dõi', `${colLetters(col('Nguồn'))}${trackerRow(wb, T13)}`).formula).toBeNull();

    // Overdue (quarter III ended before 15/10) and vanished rows are formatted; done tasks are not.
    const fillOf = (text: string) => wb.peek('Theo dõi', `A${trackerRow(wb, text)}`).fill.color;
    expect(fillOf(T4)).toBe(hexColor(COLORS.overdueFill));
    expect(fillOf(T13)).toBe(hexColor(COLORS.vanishedFill));
    expect(fillOf(T1)).toBe('#FFFFFF');

    // Status dropdown on the whole column; dates shown as dates; the key column hidden.
    const sheet = wb.sheet('Theo dõi')!;
    expect(sheet).toBe(tracker); // refreshed in place
    expect(sheet.validations).toHaveLength(1);
    // Header + (tasks − 1 kept + 2 added + 1 vanished) rows.
    expect(sheet.validations[0]).toMatchObject({
      rect: { top: 2, left: col('Trạng thái'), right: col('Trạng thái'), bottom: tasks + 3 },
      rule: { list: { inCellDropDown: true, source: TRACKER_STATUSES.join(',') } },
    });
    expect(wb.peek('Theo dõi', `${colLetters(col('Ngày hoàn thành'))}${trackerRow(wb, T1)}`).numberFormat).toBe('dd/mm/yyyy');
    expect(sheet.columns.get(col('Mã'))?.hidden).toBe(true);
    expect(sheet.names.map((n) => n.name)).toEqual(['CTCT_TheoDoi']);
  });

  it('keeps the columns and notes users added, each cell on its task’s new row (values, number formats, formulas moved)', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    await host.writeTracker(await check(host, '2025-10-15'));
    const tracker = wb.sheet('Theo dõi')!;
    const O = TRACKER_COLUMNS.length + 1;
    // Typed to the right of the table: a header, a name, a date shown as a date, a formula on the row.
    wb.cell(tracker, 1, O).value = 'Người theo dõi';
    wb.cell(tracker, 1, O + 1).value = 'Hạn nội bộ';
    const r = trackerRow(wb, T4);
    wb.cell(tracker, r, O).value = 'Chị Lan';
    wb.cell(tracker, r, O + 1).value = 45933;
    wb.cell(tracker, r, O + 1).numberFormat = 'dd/mm/yyyy';
    const typed = wb.cell(tracker, r, O + 2);
    typed.formula = `=${colLetters(O + 1)}${r}+7`;
    typed.value = 45940;
    wb.cell(tracker, trackerRow(wb, T13), O).value = 'Anh Minh';
    const KQ = colLetters(col('Kết quả'));
    tracker.notes.set(`${KQ}${r}`, 'Chờ ý kiến Giám đốc');
    tracker.notes.set(`${colLetters(O)}1`, 'Cột của phòng');

    // Two tasks inserted above task 4, task 13 deleted: task 4's row moves down by two.
    wb.insertRows(SOURCE, 12, 2);
    const src = wb.sheet(SOURCE)!;
    ['Nhiệm vụ bổ sung thứ nhất', 'Nhiệm vụ bổ sung thứ hai'].forEach((text, i) =>
      [100 + i, text, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(src, 12 + i, c + 1).value = v)),
    );
    wb.deleteRows(SOURCE, 24, 1);
    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));

    const v = wb.valuesOf('Theo dõi');
    expect(v[0].slice(O - 1, O + 2)).toEqual(['Người theo dõi', 'Hạn nội bộ', `Cột ${colLetters(O + 2)}`]);
    const moved = trackerRow(wb, T4);
    expect(moved).toBe(r + 2);
    expect(v[moved - 1].slice(O - 1, O + 2)).toEqual(['Chị Lan', 45933, 45940]);
    expect(wb.peek('Theo dõi', `${colLetters(O + 1)}${moved}`).numberFormat).toBe('dd/mm/yyyy');
    expect(wb.peek('Theo dõi', `${colLetters(O + 2)}${moved}`).formula).toBe(`=${colLetters(O + 1)}${moved}+7`);
    expect(v[trackerRow(wb, T13) - 1][O - 1]).toBe('Anh Minh');
    expect(v[trackerRow(wb, 'Nhiệm vụ bổ sung thứ nhất') - 1][O - 1]).toBe('');
    // The table spans them; notes follow their cells.
    expect(wb.tables[0]!.rect.right).toBe(O + 2);
    expect(Object.fromEntries(wb.sheet('Theo dõi')!.notes)).toEqual({ [`${KQ}${moved}`]: 'Chờ ý kiến Giám đốc', [`${colLetters(O)}1`]: 'Cột của phòng' });
  });

  it('moves the formulas of users\' columns with the columns they name, a column inserted mid-table included', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));
    const tracker = wb.sheet('Theo dõi')!;
    // "Đạt" inserted after "Trạng thái": "Ngày hoàn thành", "Kết quả"… move one column right.
    const st = col('Trạng thái');
    wb.insertColumns('Theo dõi', st + 1, 1);
    const [J, K, M] = [st, st + 1, col('Kết quả') + 1].map(colLetters);
    const P = TRACKER_COLUMNS.length + 2;
    wb.cell(tracker, 1, st + 1).value = 'Đạt';
    wb.cell(tracker, 1, P).value = 'Tỷ lệ';
    const r = trackerRow(wb, T4);
    wb.cell(tracker, r, st + 1).formula = `=IF(${J}${r}="Hoàn thành","✓","")&${M}${r}`;
    wb.cell(tracker, r, P).formula = `=COUNTIF(${K}:${K},"✓")/COUNTA($${M}:$${M})&'Phụ lục II'!F12`;

    // Two tasks inserted above task 4 in the programme: its row moves down by two.
    wb.insertRows(SOURCE, 12, 2);
    const src = wb.sheet(SOURCE)!;
    ['Nhiệm vụ bổ sung thứ nhất', 'Nhiệm vụ bổ sung thứ hai'].forEach((text, i) =>
      [100 + i, text, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(src, 12 + i, c + 1).value = v)),
    );
    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));

    const O = TRACKER_COLUMNS.length + 1;
    expect(wb.valuesOf('Theo dõi')[0].slice(O - 1, O + 1)).toEqual(['Đạt', 'Tỷ lệ']);
    const moved = trackerRow(wb, T4);
    expect(moved).toBe(r + 2);
    const [newJ, newL, newO] = [st, col('Kết quả'), O].map(colLetters);
    expect(wb.peek('Theo dõi', `${newO}${moved}`).formula).toBe(`=IF(${newJ}${moved}="Hoàn thành","✓","")&${newL}${moved}`);
    expect(wb.peek('Theo dõi', `${colLetters(O + 1)}${moved}`).formula).toBe(`=COUNTIF(${newO}:${newO},"✓")/COUNTA($${newL}:$${newL})&'Phụ lục II'!F12`);
  });

  it('writes the lines users typed that are not tasks under the tasks again: a total whose range grows, a remark, notes', async () => {
    const { wb, tracker, last } = await fixtureWithTracker();
    const J = colLetters(col('Trạng thái'));
    const O = TRACKER_COLUMNS.length + 1;
    // A total right under the tasks, a remark two rows lower in a column of its own.
    wb.cell(tracker, last + 1, col('STT')).value = 'Tổng';
    const total = wb.cell(tracker, last + 1, col('Trạng thái'));
    total.formula = `=COUNTIF(${J}2:${J}${last},"Hoàn thành")`;
    total.value = 0;
    tracker.notes.set(`${J}${last + 1}`, 'Đếm tự động');
    wb.cell(tracker, last + 3, O).value = 'Số liệu đến 30/11';

    // Two tasks inserted in the source: the tracker has two rows more.
    wb.insertRows(SOURCE, 12, 2);
    const src = wb.sheet(SOURCE)!;
    ['Nhiệm vụ bổ sung thứ nhất', 'Nhiệm vụ bổ sung thứ hai'].forEach((text, i) =>
      [100 + i, text, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(src, 12 + i, c + 1).value = v)),
    );
    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));

    const newLast = last + 2;
    const v = wb.valuesOf('Theo dõi');
    expect(v).toHaveLength(newLast + 2);
    expect(v[newLast][col('STT') - 1]).toBe('Tổng');
    expect(wb.peek('Theo dõi', `${J}${newLast + 1}`).formula).toBe(`=COUNTIF(${J}2:${J}${newLast},"Hoàn thành")`);
    expect(v[0][O - 1]).toBe(`Cột ${colLetters(O)}`);
    expect(v[newLast + 1][O - 1]).toBe('Số liệu đến 30/11');
    expect(Object.fromEntries(wb.sheet('Theo dõi')!.notes)).toEqual({ [`${J}${newLast + 1}`]: 'Đếm tự động' });
    // Inside the table, which still holds every task.
    expect(wb.tables[0]!.rect.bottom).toBe(newLast + 2);
    expect(v.slice(1, newLast).every((row) => row[col('Mã') - 1] !== '')).toBe(true);
  });

  it('reads a total labelled in the task column whose formula gives text ("0/16") by its formula: no task of the user\'s, its range grows', async () => {
    const { wb, tracker, last } = await fixtureWithTracker();
    const J = colLetters(col('Trạng thái'));
    const D = colLetters(col('Nhiệm vụ'));
    // A blank row, then the label where the text fits and a share counted as text.
    wb.cell(tracker, last + 2, col('Nhiệm vụ')).value = 'Số nhiệm vụ hoàn thành';
    const share = wb.cell(tracker, last + 2, col('Trạng thái'));
    share.formula = `=COUNTIF(${J}2:${J}${last},"Hoàn thành")&"/"&COUNTA(${D}2:${D}${last})`;
    share.value = `0/${last - 1}`;

    wb.insertRows(SOURCE, 12, 2);
    const src = wb.sheet(SOURCE)!;
    ['Nhiệm vụ bổ sung thứ nhất', 'Nhiệm vụ bổ sung thứ hai'].forEach((text, i) =>
      [100 + i, text, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(src, 12 + i, c + 1).value = v)),
    );
    const result = await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));

    const newLast = last + 2;
    const v = wb.valuesOf('Theo dõi');
    // The line stays under the tasks (none of them a "task" named by the label), counting them all.
    expect(v.slice(1, newLast).map((r) => r[col('Nhiệm vụ') - 1])).not.toContain('Số nhiệm vụ hoàn thành');
    expect(result.added).toBe(2);
    expect(v[newLast][col('Nhiệm vụ') - 1]).toBe('Số nhiệm vụ hoàn thành');
    expect(wb.peek('Theo dõi', `${J}${newLast + 1}`).formula).toBe(`=COUNTIF(${J}2:${J}${newLast},"Hoàn thành")&"/"&COUNTA(${D}2:${D}${newLast})`);
  });

  it('writes text typed in users\' columns and loose lines back as text: "- Đã gửi", "0123", "1/2" (formulas drops their apostrophe)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet(SOURCE, programmeRows(3));
    const host = hostFor(wb);
    await host.writeTracker(await check(host, '2025-10-15'));
    const tracker = wb.sheet('Theo dõi')!;
    const O = TRACKER_COLUMNS.length + 1;
    const typed = [
      ['Ghi chú thêm', 'Số văn bản'],
      ['- Đã gửi báo cáo', '0123'],
      ['=chưa rõ', '1/2'],
    ];
    // As Excel keeps what was typed with an apostrophe: text.
    typed.forEach((row, r) => row.forEach((v, c) => (wb.cell(tracker, r + 1, O + c).value = v)));
    const last = wb.valuesOf('Theo dõi').length;
    wb.cell(tracker, last + 2, col('STT')).value = '- Ghi chú cuối bảng';
    const total = wb.cell(tracker, last + 2, O + 1);
    total.formula = '=1+1';
    total.value = 2;

    await host.writeTracker(await check(host, '2025-10-15'));
    const v = wb.valuesOf('Theo dõi');
    expect(v.slice(0, 3).map((r) => r.slice(O - 1, O + 1))).toEqual(typed);
    // The loose line comes right under the tasks, its formula a formula still.
    expect(v[last][col('STT') - 1]).toBe('- Ghi chú cuối bảng');
    expect(wb.peek('Theo dõi', `${colLetters(O + 1)}${last + 1}`).formula).toBe('=1+1');
  });

  it('keeps the widths users set and the columns they hid, on the columns’ new places', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    await host.writeTracker(await check(host, '2025-10-15'));
    const look = (name: string) => {
      const sheet = wb.sheet('Theo dõi')!;
      const c = wb.valuesOf('Theo dõi')[0]!.indexOf(name) + 1;
      return { get: () => sheet.columns.get(c) ?? {}, set: (v: Record<string, unknown>) => sheet.columns.set(c, { ...sheet.columns.get(c), ...v }) };
    };
    const ctctWidth = look('Nhiệm vụ').get().columnWidth;
    const O = TRACKER_COLUMNS.length + 1;
    wb.cell(wb.sheet('Theo dõi')!, 1, O).value = 'Người theo dõi';
    look('Kết quả').set({ columnWidth: 310 });
    look('Nguồn').set({ hidden: true });
    look('Người theo dõi').set({ columnWidth: 150 });
    // A column of theirs nobody sized gets CTCT's width for added columns, as in a marked copy.
    wb.cell(wb.sheet('Theo dõi')!, 1, O + 1).value = 'Ghi chú của phòng';

    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));
    expect(look('Kết quả').get().columnWidth).toBe(310);
    expect(look('Nguồn').get().hidden).toBe(true);
    expect(look('Người theo dõi').get().columnWidth).toBe(150);
    expect(look('Ghi chú của phòng').get().columnWidth).toBe(charsToPoints(TRACKER_EXTRA_COLUMN_WIDTH));
    // Untouched columns keep CTCT's widths; the key stays hidden.
    expect(look('Nhiệm vụ').get().columnWidth).toBe(ctctWidth);
    expect(look('Mã').get().hidden).toBe(true);
  });

  it('keeps the users’ columns on Excel without notes (before ExcelApi 1.18)', async () => {
    const wb = new FakeWorkbook({ apiVersion: 15 });
    wb.addSheet('Phụ lục II', programmeRows(3));
    const write = async () => hostFor(wb).writeTracker(combineReports([analyseWorkbook(await hostFor(wb).readGrid('workbook'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30'));
    await write();
    const O = TRACKER_COLUMNS.length + 1;
    wb.cell(wb.sheet('Theo dõi')!, 1, O).value = 'Ghi chú';
    wb.cell(wb.sheet('Theo dõi')!, trackerRow(wb, 'Nhiệm vụ số 2'), O).value = 'gọi lại';
    wb.sheet('Theo dõi')!.columns.set(O, { columnWidth: 150 });
    await expect(write()).resolves.toMatchObject({ kept: 3 });
    expect(wb.valuesOf('Theo dõi')[trackerRow(wb, 'Nhiệm vụ số 2') - 1][O - 1]).toBe('gọi lại');
    expect(wb.sheet('Theo dõi')!.columns.get(O)?.columnWidth).toBe(150);
  });

  it('is read with the programme (apart from its sheets) so the summary counts the statuses typed in it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', programmeRows(4));
    const host = hostFor(wb);
    const analyse = async (scope: 'active' | 'workbook') => {
      const grid = await hostFor(wb).readGrid(scope);
      return { grid, report: analyseWorkbook(grid, { fileName: 'x.xlsx', asOf: '2025-09-30' }) };
    };
    expect((await analyse('workbook')).report.summary.statusFromTracker).toBe(0);
    await host.writeTracker(combineReports([(await analyse('workbook')).report], '2025-09-30'));
    wb.cell(wb.sheet('Theo dõi')!, trackerRow(wb, 'Nhiệm vụ số 2'), col('Trạng thái')).value = 'Hoàn thành';

    wb.activeId = wb.sheet('Phụ lục II')!.id;
    for (const scope of ['active', 'workbook'] as const) {
      const { grid, report } = await analyse(scope);
      expect(grid.sheets.map((s) => s.name)).toEqual(['Phụ lục II']);
      expect(grid.tracker?.name).toBe('Theo dõi');
      // Only the status typed there: the three left blank are not the tracker's word.
      expect(report.summary.statusFromTracker).toBe(1);
      expect(report.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 3 });
    }
  });

  it('reports a status typed there that CTCT cannot read at its cell, as the CLI does for the workbook\'s own tracker', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', programmeRows(3));
    const host = hostFor(wb);
    await host.writeTracker(await check(host, '2025-09-30'));
    const row = trackerRow(wb, 'Nhiệm vụ số 2');
    wb.cell(wb.sheet('Theo dõi')!, row, col('Trạng thái')).value = 'Chấm';
    wb.activeId = wb.sheet('Phụ lục II')!.id;
    for (const scope of ['active', 'workbook'] as const) {
      const report = analyseWorkbook(await host.readGrid(scope), { fileName: 'x.xlsx', asOf: '2025-09-30' });
      const unknown = report.findings.filter((f) => f.code === 'unknown-status');
      expect(unknown.map((f) => [f.sheet, `${f.column}${f.row}`, f.fix])).toEqual([['Theo dõi', `${colLetters(col('Trạng thái'))}${row}`, null]]);
      // Still counted as typed.
      expect(report.summary.byStatus).toEqual({ 'Chấm': 1, 'Chưa cập nhật': 2 });
    }
  });

  it('names its table past the defined names the workbook already has ("TheoDoi" of the workbook or of a sheet)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', programmeRows(3));
    // A unit's own names: one of the workbook, one scoped to its sheet.
    wb.names.push({ name: 'TheoDoi' });
    wb.sheet('Phụ lục II')!.names.push({ name: 'TheoDoi2' });
    const host = hostFor(wb);
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    expect(await host.writeTracker(report)).toMatchObject({ sheet: 'Theo dõi', added: 3 });
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([['TheoDoi3', 'Theo dõi']]);
    expect(wb.valuesOf('Theo dõi')).toHaveLength(4);
  });

  it('is refreshed in place: formulas elsewhere that point at it and its table keep their reference, in few syncs', async () => {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    const first = await syncsOf(wb, async () => host.writeTracker(await check(host, '2025-10-15')));
    const tracker = wb.sheet('Theo dõi')!;
    const table = wb.tables[0]!;
    const status = colLetters(col('Trạng thái'));
    const r = trackerRow(wb, T4);
    wb.cell(tracker, r, col('Trạng thái')).value = 'Hoàn thành';
    // The unit's own report sheet reads the tracker.
    const report = wb.addSheet('Báo cáo', [['Tình trạng nhiệm vụ 4', `='Theo dõi'!${status}${r}`]]);
    expect(wb.peek('Báo cáo', 'B1').value).toBe('Hoàn thành');

    // A task is added to the programme: the tracker grows by one row.
    wb.insertRows(SOURCE, 12, 1);
    ['100', 'Nhiệm vụ bổ sung về đo lường', 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(wb.sheet(SOURCE)!, 12, c + 1).value = v));
    const fresh = hostFor(wb);
    const second = await syncsOf(wb, async () => fresh.writeTracker(await check(fresh, '2025-10-15')));
    expect(second.result).toMatchObject({ sheet: 'Theo dõi', added: 1, vanished: 0 });

    // The same sheet and table, never deleted: the report's formula still reads it.
    expect(wb.sheet('Theo dõi')).toBe(tracker);
    expect(wb.deletedSheets).not.toContain(tracker.id);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Rà soát QLCN&CN', 'Theo dõi', 'Báo cáo']);
    expect(report.cells.get('1,2')).toMatchObject({ formula: `='Theo dõi'!${status}${r}`, error: false });
    expect(wb.tables).toEqual([table]);
    expect(table).toMatchObject({ name: 'TheoDoi', sheet: tracker, rect: { top: 1, left: 1, bottom: wb.valuesOf('Theo dõi').length } });
    // What was typed is on its task's row; the rows are the new ones, formatted and with their dropdown.
    expect(wb.valuesOf('Theo dõi')[trackerRow(wb, T4) - 1][col('Trạng thái') - 1]).toBe('Hoàn thành');
    expect(wb.valuesOf('Theo dõi')[0]).toEqual([...TRACKER_COLUMNS]);
    expect(wb.peek('Theo dõi', `A${trackerRow(wb, 'Nhiệm vụ bổ sung về đo lường')}`).font.name).toBe('Times New Roman');
    expect(tracker.validations).toHaveLength(1);
    expect(tracker.validations[0]!.rect).toMatchObject({ top: 2, bottom: wb.valuesOf('Theo dõi').length });
    expect(tracker.columns.get(col('Mã'))?.hidden).toBe(true);
    expect(tracker.names.map((n) => n.name)).toEqual(['CTCT_TheoDoi']);
    // Only the scratch sheet the rows were written to went; as many syncs as a replacement took.
    expect(wb.sheets.some((s) => s.name.startsWith('CTCT_'))).toBe(false);
    expect(second.count).toBeLessThanOrEqual(first.count + 1);
  });

  it('shows every row again when refreshed in place: rows filtered out or hidden by hand would now hold other tasks', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet(SOURCE, programmeRows(5));
    const analyse = async () => combineReports([analyseWorkbook(await hostFor(wb).readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await hostFor(wb).writeTracker(await analyse());
    const tracker = wb.sheet('Theo dõi')!;
    const table = wb.tables[0]!;
    // Staff hide the finished tasks with the table's filter, and one more row by hand.
    for (const task of ['Nhiệm vụ số 1', 'Nhiệm vụ số 2']) wb.cell(tracker, trackerRow(wb, task), col('Trạng thái')).value = 'Hoàn thành';
    wb.filterTable(table, col('Trạng thái') - 1, ['']);
    tracker.hiddenRows.add(trackerRow(wb, 'Nhiệm vụ số 5'));
    expect([...tracker.hiddenRows].sort()).toEqual([2, 3, 6]);

    // A task added at the top of the programme: every row below moves down one.
    wb.insertRows(SOURCE, 4, 1);
    [0, 'Nhiệm vụ mới đầu năm', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở'].forEach((v, c) => (wb.cell(wb.sheet(SOURCE)!, 4, c + 1).value = v));
    wb.activeId = wb.sheet(SOURCE)!.id;
    expect(await hostFor(wb).writeTracker(await analyse())).toMatchObject({ added: 1, kept: 5 });

    expect(wb.sheet('Theo dõi')).toBe(tracker);
    expect(trackerRow(wb, 'Nhiệm vụ mới đầu năm')).toBe(2);
    expect([...tracker.hiddenRows]).toEqual([]);
    expect(table.filteredRows.size).toBe(0);
    expect(wb.valuesOf('Theo dõi')[trackerRow(wb, 'Nhiệm vụ số 1') - 1][col('Trạng thái') - 1]).toBe('Hoàn thành');
  });

  it('before ExcelApi 1.13 (no table resize) is still refreshed in place, its table made again under the same name', async () => {
    const wb = new FakeWorkbook({ apiVersion: 12 });
    wb.addSheet('Phụ lục II', programmeRows(3));
    const host = hostFor(wb);
    const analyse = async () => combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeTracker(await analyse());
    const tracker = wb.sheet('Theo dõi')!;
    wb.activeId = wb.sheet('Phụ lục II')!.id;
    wb.cell(wb.sheet('Phụ lục II')!, 7, 1).value = 4;
    ['Nhiệm vụ số 4', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở'].forEach((v, c) => (wb.cell(wb.sheet('Phụ lục II')!, 7, c + 2).value = v));
    expect(await host.writeTracker(await analyse())).toMatchObject({ added: 1, kept: 3, rebuiltTable: { name: 'TheoDoi', reason: 'no-resize' } });
    expect(wb.sheet('Theo dõi')).toBe(tracker);
    expect(wb.deletedSheets).not.toContain(tracker.id);
    expect(wb.tables.map((t) => [t.name, t.sheet.name, t.rect.bottom])).toEqual([['TheoDoi', 'Theo dõi', 5]]);
  });

  it('never deletes a unit’s own sheet called "Theo dõi"', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm'], [1, 'Kế hoạch', 'Phòng QLKH&ĐMST', 'Giám đốc Sở', 'Kế hoạch']]);
    wb.addSheet('Theo dõi', [['Sổ theo dõi công văn đến'], ['Số', 'Ngày', 'Trích yếu']]);
    const host = hostFor(wb);
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    const r = await host.writeTracker(report);
    expect(r.sheet).toBe('Theo dõi (CTCT)');
    expect(wb.valuesOf('Theo dõi')[0][0]).toBe('Sổ theo dõi công văn đến');
  });

  it('writes in a constant number of syncs, whatever the size', async () => {
    const firsts: number[] = [];
    const rewrites: number[] = [];
    for (const file of ['ctct-2024.xlsx', 'phu-luc-II-2025.xlsx']) {
      const { wb } = await fixtureWorkbook(file);
      const host = hostFor(wb);
      const report = combineReports([analyseWorkbook(await host.readGrid('workbook'), { fileName: file, asOf: '2025-09-30' })], '2025-09-30');
      firsts.push((await syncsOf(wb, () => host.writeTracker(report))).count);
      rewrites.push((await syncsOf(wb, () => host.writeTracker(report))).count);
    }
    expect(new Set(firsts).size).toBe(1);
    expect(new Set(rewrites).size).toBe(1);
    // A rewrite also reads the old tracker's notes and column widths (one sync).
    expect(rewrites[0]).toBe(firsts[0]! + 1);
  });

  it('a check of the active sheet keeps the other sheets’ tasks as they are, not vanished', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(4, (i) => `Nhiệm vụ quý ba số ${i}`));
    wb.addSheet('Quý IV', programmeRows(3, (i) => `Nhiệm vụ quý bốn số ${i}`));
    const host = hostFor(wb);
    const all = await host.readGrid('workbook');
    const first = await host.writeTracker(combineReports([analyseWorkbook(all, { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30'));
    expect(first).toMatchObject({ added: 7, vanished: 0 });
    const typed = trackerRow(wb, 'Nhiệm vụ quý bốn số 2');
    wb.cell(wb.sheet('Theo dõi')!, typed, col('Trạng thái')).value = 'Hoàn thành';

    // Only "Quý III" is checked (the default scope, that sheet active).
    wb.activeId = wb.sheet('Quý III')!.id;
    const one = await host.readGrid('active');
    expect(one.sheets.map((s) => s.name)).toEqual(['Quý III']);
    const second = await hostFor(wb).writeTracker(combineReports([analyseWorkbook(one, { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30'));
    expect(second).toMatchObject({ added: 0, kept: 4, vanished: 0 });
    const v = wb.valuesOf('Theo dõi');
    expect(v.filter((r) => String(r[col('Nguồn') - 1]).includes(VANISHED_LABEL))).toEqual([]);
    expect(v.slice(1).map((r) => r[col('Nhiệm vụ') - 1])).toHaveLength(7);
    expect(v[trackerRow(wb, 'Nhiệm vụ quý bốn số 2') - 1][col('Trạng thái') - 1]).toBe('Hoàn thành');
  });

  it('a task moved to another sheet keeps its status when the sheet it left holds no table any more, as the summary counts it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Quý III', programmeRows(2, (i) => `Nhiệm vụ quý ba số ${i}`));
    const q4 = wb.addSheet('Quý IV', programmeRows(1, () => 'Nhiệm vụ chuyển sang quý ba'));
    const host = hostFor(wb);
    const analyse = async () => combineReports([analyseWorkbook(await host.readGrid('workbook'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeTracker(await analyse());
    wb.cell(wb.sheet('Theo dõi')!, trackerRow(wb, 'Nhiệm vụ chuyển sang quý ba'), col('Trạng thái')).value = 'Hoàn thành';

    // The unit moves the task to "Quý III"; "Quý IV" keeps only a remark.
    ['3', 'Nhiệm vụ chuyển sang quý ba', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở'].forEach((v, c) => (wb.cell(wb.sheet('Quý III')!, 6, c + 1).value = v));
    q4.cells.clear();
    wb.cell(q4, 1, 1).value = 'Các nhiệm vụ đã chuyển sang trang Quý III.';
    const report = await analyse();
    expect(report.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });

    expect(await host.writeTracker(report)).toMatchObject({ added: 0, kept: 3, vanished: 0 });
    const row = wb.valuesOf('Theo dõi')[trackerRow(wb, 'Nhiệm vụ chuyển sang quý ba') - 1];
    expect([row[col('Trạng thái') - 1], row[col('Nguồn') - 1]]).toEqual(['Hoàn thành', 'Quý III, dòng 6']);
    expect(wb.valuesOf('Theo dõi')).toHaveLength(4);
  });

  it('writes a 20,000-task tracker on the web in row blocks, each request under 5 MB; small ones in one sync', async () => {
    const limit = DEFAULT_LIMITS.payloadBytes;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('Phụ lục II', programmeRows(20_000, (i) => `Xây dựng và triển khai kế hoạch chuyển đổi số, đo lường chất lượng số ${i}`));
    const host = hostFor(wb, { web: true });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    expect(report.tasks).toHaveLength(20_000);
    const first = await syncsOf(wb, () => host.writeTracker(report));
    expect(first.maxRequest).toBeLessThanOrEqual(limit);
    expect(first.maxRequest).toBeGreaterThan(limit / 4); // blocks, not a sync per row
    expect(wb.valuesOf('Theo dõi')).toHaveLength(20_001);
    expect(wb.peek('Theo dõi', `${colLetters(col('Nguồn'))}20001`).formula).toBe(`=HYPERLINK("#'Phụ lục II'!A20003","Phụ lục II, dòng 20003")`);
    expect(wb.tables.map((t) => t.name)).toEqual(['TheoDoi']);

    // Updating it reads the old tracker back in blocks too, and keeps what was typed.
    wb.cell(wb.sheet('Theo dõi')!, 2, col('Trạng thái')).value = 'Hoàn thành';
    const again = await syncsOf(wb, () => host.writeTracker(report));
    expect(again.maxRequest).toBeLessThanOrEqual(limit);
    expect(again.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.valuesOf('Theo dõi')[1][col('Trạng thái') - 1]).toBe('Hoàn thành');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Theo dõi']);
    expect(wb.tables.map((t) => t.name)).toEqual(['TheoDoi']);

    // A small tracker on the web: one sync for all its values and formats, as before.
    const small = new FakeWorkbook({ payloadLimit: limit });
    small.addSheet('Phụ lục II', programmeRows(50));
    const smallHost = hostFor(small, { web: true });
    const smallReport = combineReports([analyseWorkbook(await smallHost.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    const plain = new FakeWorkbook();
    plain.addSheet('Phụ lục II', programmeRows(50));
    const offWeb = await syncsOf(plain, () => hostFor(plain).writeTracker(smallReport));
    expect((await syncsOf(small, () => smallHost.writeTracker(smallReport))).count).toBe(offWeb.count);
  }, 60_000);

  /** A 300-task programme and its tracker, written on the web with a 120 KB request limit. */
  async function webTrackerWritten() {
    const limit = 120_000;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('Phụ lục II', programmeRows(300));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeTracker(report);
    return { limit, wb, host, report };
  }

  it('on the web, refreshes in place with the clear in one request together with the copy, table size, dropdown and notes: the clear never goes without them', async () => {
    const { limit, wb, host, report } = await webTrackerWritten();
    // Notes on 150 rows: with the rows' own writes, more than one request's share.
    const tracker = wb.sheet('Theo dõi')!;
    const KQ = colLetters(col('Kết quả'));
    for (let r = 2; r <= 151; r++) tracker.notes.set(`${KQ}${r}`, `Ghi chú số ${r}: chờ ý kiến Giám đốc Sở`);

    const before = wb.syncs.length;
    await host.writeTracker(report);
    const syncs = wb.syncs.slice(before);
    expect(Math.max(...syncs.map((s) => s.request))).toBeLessThanOrEqual(limit);
    const last = syncs.find((s) => s.ops.includes('range.clear'))!;
    expect(syncs.filter((s) => s.ops.includes('range.clear'))).toEqual([last]);
    for (const op of ['table.clearFilters', 'range.rowHidden', 'range.copyFrom', 'table.resize', 'dataValidation.rule']) expect(last.ops).toContain(op);
    expect(last.ops.filter((o) => o === 'notes.add')).toHaveLength(150);
    expect(last.ops.filter((o) => o === 'note.delete')).toHaveLength(150);
    expect(last.ops.indexOf('note.delete')).toBeLessThan(last.ops.indexOf('range.clear'));
    expect(tracker.notes.size).toBe(150);
    expect(tracker.notes.get(`${KQ}151`)).toBe('Ghi chú số 151: chờ ý kiến Giám đốc Sở');
  });

  it('on the web, old notes past one request’s share are deleted in requests of their own before the clear, never all in its request; every note comes back', async () => {
    const { limit, wb, host, report } = await webTrackerWritten();
    // 600 notes: their deletes alone (an action each) are more than one request may carry.
    const tracker = wb.sheet('Theo dõi')!;
    const [KQ, NHT] = [colLetters(col('Kết quả')), colLetters(col('Ngày hoàn thành'))];
    for (let r = 2; r <= 301; r++) for (const c of [KQ, NHT]) tracker.notes.set(`${c}${r}`, `Ghi chú ${c}${r}`);

    const before = wb.syncs.length;
    await host.writeTracker(report);
    const syncs = wb.syncs.slice(before);
    const share = Math.floor(limit * BUDGET_SHARE);
    for (const s of syncs) expect(s.ops.filter((o) => o === 'note.delete').length * ACTION_BYTES).toBeLessThanOrEqual(share);
    expect(syncs.flatMap((s) => s.ops).filter((o) => o === 'note.delete')).toHaveLength(600);
    // Those in the clear's request still go before it.
    const clear = syncs.find((s) => s.ops.includes('range.clear'))!;
    expect(clear.ops).toContain('note.delete');
    expect(clear.ops.lastIndexOf('note.delete')).toBeLessThan(clear.ops.indexOf('range.clear'));
    expect(syncs.indexOf(clear)).toBeGreaterThan(syncs.findIndex((s) => s.ops.includes('note.delete')));
    // None is deleted after the clear's request.
    expect(syncs.slice(syncs.indexOf(clear) + 1).filter((s) => s.ops.includes('note.delete'))).toEqual([]);
    // Every note back on its own cell, with its own text.
    const expected = new Map<string, string>();
    for (let r = 2; r <= 301; r++) for (const c of [KQ, NHT]) expected.set(`${c}${r}`, `Ghi chú ${c}${r}`);
    expect(new Map(tracker.notes)).toEqual(expected);
  });

  it('on the web, a refused clear puts the old notes deleted in requests ahead of it back on their cells, and the error still reaches the pane', async () => {
    const { limit, wb, host, report } = await webTrackerWritten();
    const tracker = wb.sheet('Theo dõi')!;
    const [KQ, NHT] = [colLetters(col('Kết quả')), colLetters(col('Ngày hoàn thành'))];
    for (let r = 2; r <= 301; r++) for (const c of [KQ, NHT]) tracker.notes.set(`${c}${r}`, `Ghi chú ${c}${r}`);
    wb.cell(tracker, 2, col('Trạng thái')).value = 'Hoàn thành';
    const notes = new Map(tracker.notes);
    const values = wb.valuesOf('Theo dõi');

    // Excel refuses the request that clears the old sheet (nothing of it applies).
    wb.refuse = (ops) => ops.includes('range.clear');
    const before = wb.syncs.length;
    await expect(host.writeTracker(report)).rejects.toMatchObject({ name: 'ExcelHostError', code: 'RequestPayloadSizeLimitExceeded' });
    const syncs = wb.syncs.slice(before);
    const clear = syncs.findIndex((s) => s.ops.includes('range.clear'));
    // Notes were deleted in requests of their own before it…
    expect(syncs.slice(0, clear).some((s) => s.ops.includes('note.delete'))).toBe(true);
    // …and are back: every old note on its own cell with its own text, the old values unchanged.
    expect(wb.sheet('Theo dõi')).toBe(tracker);
    expect(new Map(tracker.notes)).toEqual(notes);
    expect(wb.valuesOf('Theo dõi')).toEqual(values);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Theo dõi']);
    expect(Math.max(...syncs.map((s) => s.request))).toBeLessThanOrEqual(limit);
    expect(syncs.slice(clear + 1).filter((s) => s.ops.includes('notes.add'))).toHaveLength(1); // in one request

    // Accepted again, the refresh keeps them all.
    wb.refuse = null;
    await host.writeTracker(report);
    expect(new Map(tracker.notes)).toEqual(notes);
    expect(wb.valuesOf('Theo dõi')[1][col('Trạng thái') - 1]).toBe('Hoàn thành');
  });

  it('on the web, notes Excel refuses after the clear went through are tried in smaller requests, then handed to the pane by cell, never put back as old notes', async () => {
    const { wb, host, report } = await webTrackerWritten();
    const tracker = wb.sheet('Theo dõi')!;
    const [KQ, NHT] = [colLetters(col('Kết quả')), colLetters(col('Ngày hoàn thành'))];
    for (let r = 2; r <= 301; r++) for (const c of [KQ, NHT]) tracker.notes.set(`${c}${r}`, `Ghi chú ${c}${r}`);
    const notes = new Map(tracker.notes);
    wb.cell(tracker, 2, col('Trạng thái')).value = 'Hoàn thành';

    // 600 notes do not fit in the clear's request: they follow it; Excel refuses every request adding notes.
    wb.refuse = (ops) => ops.includes('notes.add');
    const before = wb.syncs.length;
    const result = await host.writeTracker(report);
    const syncs = wb.syncs.slice(before);
    const refused = syncs.findIndex((s) => s.ops.includes('notes.add'));
    expect(syncs.findIndex((s) => s.ops.includes('range.clear'))).toBeLessThan(refused);
    // The tracker is refreshed (what was typed kept); no old note is put back on the new rows…
    expect(wb.valuesOf('Theo dõi')[1][col('Trạng thái') - 1]).toBe('Hoàn thành');
    expect(tracker.notes.size).toBe(0);
    // …every note is handed back with its cell and its text (the tasks kept their rows)…
    expect(new Map(result.notesNotAdded!.map((n) => [n.address, n.content]))).toEqual(notes);
    // …after a few smaller tries, not one request per note.
    expect(syncs.filter((s) => s.ops.includes('notes.add')).length).toBeLessThan(15);
  });

  it('on the web, a request of notes refused for its size is sent again in smaller ones: every note is on the new sheet', async () => {
    const { wb, host, report } = await webTrackerWritten();
    const tracker = wb.sheet('Theo dõi')!;
    const [KQ, NHT] = [colLetters(col('Kết quả')), colLetters(col('Ngày hoàn thành'))];
    for (let r = 2; r <= 301; r++) for (const c of [KQ, NHT]) tracker.notes.set(`${c}${r}`, `Ghi chú ${c}${r}`);
    const notes = new Map(tracker.notes);

    // Excel takes at most 100 notes a request (its own measure of a request's size differs from CTCT's estimate).
    wb.refuse = (ops) => ops.filter((o) => o === 'notes.add').length > 100;
    const result = await host.writeTracker(report);
    expect(result.notesNotAdded).toBeUndefined();
    expect(new Map(tracker.notes)).toEqual(notes);
  });

  it('a refused write leaves the old tracker (and what was typed in it) in place, no half-written sheet', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Phụ lục II', programmeRows(600));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: 120_000 } });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeTracker(report);
    const old = wb.sheet('Theo dõi')!;
    wb.cell(old, 2, col('Trạng thái')).value = 'Hoàn thành';
    // Excel accepts less than the adapter planned for: a block of values is refused (the status and key
    // columns' fills, read first, still fit).
    wb.payloadLimit = 70_000;
    await expect(host.writeTracker(report)).rejects.toMatchObject({ name: 'ExcelHostError', code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Theo dõi')).toBe(old);
    expect(wb.valuesOf('Theo dõi')[1][col('Trạng thái') - 1]).toBe('Hoàn thành');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Theo dõi']);
  });

  it('a "Theo dõi" written anew (before ExcelApi 1.9) keeps the tab colour the user gave it; one without colour gets none', async () => {
    const { grids } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const wb = new FakeWorkbook({ apiVersion: 8 });
    for (const g of grids) loadGrid(wb, g);
    const host = hostFor(wb);
    const report = await check(host, '2025-10-15');
    await host.writeTracker(report);
    expect(await host.writeTracker(report)).toMatchObject({ replacedSheet: true });
    expect(wb.sheet('Theo dõi')!.props.tabColor).toBeUndefined();
    wb.sheet('Theo dõi')!.props.tabColor = '#FFC000';
    await host.writeTracker(report);
    expect(wb.sheet('Theo dõi')!.props.tabColor).toBe('#FFC000');
  });

  /**
   * Task 4's status cell given `fill` (and a note) in a written tracker, then `inserted` tasks added above
   * it in the programme and the tracker written again: where the row was and where it went.
   */
  async function statusCellMoved(fill: { color: string; pattern: string }, inserted: number) {
    const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
    const host = hostFor(wb);
    await host.writeTracker(await check(host, '2025-10-15'));
    const tracker = wb.sheet('Theo dõi')!;
    const status = colLetters(col('Trạng thái'));
    const r = trackerRow(wb, T4);
    const cell = wb.cell(tracker, r, col('Trạng thái'));
    cell.fill = { ...cell.fill, ...fill };
    tracker.notes.set(`${status}${r}`, 'Chờ ý kiến Giám đốc');
    wb.insertRows(SOURCE, 12, inserted);
    const src = wb.sheet(SOURCE)!;
    for (let i = 0; i < inserted; i++) {
      [100 + i, `Nhiệm vụ bổ sung thứ ${i + 1}`, 'Phòng QLTCĐLCL', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan'].forEach((v, c) => (wb.cell(src, 12 + i, c + 1).value = v));
    }
    await hostFor(wb).writeTracker(await check(hostFor(wb), '2025-10-15'));
    return { wb, tracker, r, moved: trackerRow(wb, T4), at: (row: number) => wb.peek('Theo dõi', `${status}${row}`) };
  }

  it('a status cell\'s fill (a user\'s, or CTCT\'s mark) follows its task to its new row, as its note does; the row it left keeps none', async () => {
    const { wb, tracker, r, moved, at } = await statusCellMoved({ color: '#FFFF00', pattern: 'Solid' }, 2);
    expect(moved).toBe(r + 2);
    expect(wb.sheet('Theo dõi')).toBe(tracker);
    expect(tracker.notes.get(`${colLetters(col('Trạng thái'))}${moved}`)).toBe('Chờ ý kiến Giám đốc');
    expect(at(moved).fill.color).toBe('#FFFF00');
    expect(at(r).fill.color).not.toBe('#FFFF00');
  });

  it('on the web, the status fills of a long tracker are read in blocks a response can carry', async () => {
    const limit = 120_000;
    const wb = new FakeWorkbook({ payloadLimit: limit });
    wb.addSheet('Phụ lục II', programmeRows(2_500));
    const host = hostFor(wb, { web: true, limits: { payloadBytes: limit } });
    const report = combineReports([analyseWorkbook(await host.readGrid('active'), { fileName: 'x.xlsx', asOf: '2025-09-30' })], '2025-09-30');
    await host.writeTracker(report);
    const tracker = wb.sheet('Theo dõi')!;
    const last = wb.cell(tracker, 2_501, col('Trạng thái'));
    last.fill = { ...last.fill, color: '#FFFF00', pattern: 'Solid' };
    const again = await syncsOf(wb, () => host.writeTracker(report));
    expect(again.maxResponse).toBeLessThanOrEqual(limit);
    expect(wb.peek('Theo dõi', `${colLetters(col('Trạng thái'))}2501`).fill.color).toBe('#FFFF00');
  }, 60_000);

  it('Excel\'s "Bad" style (CTCT\'s overdue colour) on a status cell of a row CTCT did not colour is the user\'s; an overdue row\'s own colour is not', async () => {
    const badOn = async (asOf: string, done: boolean) => {
      const { wb } = await fixtureWorkbook('phu-luc-II-2025.xlsx');
      const host = hostFor(wb);
      await host.writeTracker(await check(host, asOf));
      const cell = wb.cell(wb.sheet('Theo dõi')!, trackerRow(wb, T4), col('Trạng thái'));
      if (done) cell.value = 'Hoàn thành';
      else cell.fill = { ...cell.fill, color: '#FFC7CE', pattern: 'Solid' };
      await hostFor(wb).writeTracker(await check(hostFor(wb), asOf));
      return wb.peek('Theo dõi', `${colLetters(col('Trạng thái'))}${trackerRow(wb, T4)}`).fill.color;
    };
    // Not yet overdue on 1/7 (its row white): the user's "Bad" stays.
    expect(await badOn('2025-07-01', false)).toBe('#FFC7CE');
    // Overdue on 15/10, then done: the row's colour was CTCT's and goes.
    expect(await badOn('2025-10-15', true)).toBe('#FFFFFF');
  });

  it('a status cell with no fill is not painted on refresh, whatever colour Excel reports for it', async () => {
    // Some Excel builds report a theme colour, not white, for a cell without fill.
    const { r, moved, at } = await statusCellMoved({ color: '#F2F2F2', pattern: 'None' }, 1);
    expect(moved).toBe(r + 1);
    expect(at(moved).fill.color).not.toBe('#F2F2F2');
  });
});
