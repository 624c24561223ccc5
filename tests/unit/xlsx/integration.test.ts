/**
 * The exceljs adapter with the real engine on the real fixtures: read → analyse → marked copy →
 * read the copy again → analyse again.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { analyseWorkbook, combineReports, ownSheetKind, type FileReport } from '../../../src/engine';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { parseKeyCell, readTracker } from '../../../src/engine/track';
import { COLORS } from '../../../src/engine/track/style';
import { NOTE_PREFIX, readWorkbookGrid, writeMarkedCopyDetailed, writeSummaryWorkbook } from '../../../src/xlsx';

const ASOF = '2025-11-21';
const DIR = path.join(__dirname, '../../fixtures');
const FIXTURES = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();

async function analyse(bytes: Uint8Array, fileName: string): Promise<FileReport> {
  return analyseWorkbook(await readWorkbookGrid(bytes, { fileName }), { fileName, asOf: ASOF });
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join('');
}

it('has the four fixtures', () => {
  expect(FIXTURES).toEqual(['ctct-2024-dan-tu-pdf.xlsx', 'ctct-2024.xlsx', 'ctct-2025.xlsx', 'phu-luc-II-2025.xlsx']);
});

describe.each(FIXTURES)('%s', (name) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, name)));
  let fr: FileReport;
  let out: Awaited<ReturnType<typeof writeMarkedCopyDetailed>>;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    fr = await analyse(bytes, name);
    out = await writeMarkedCopyDetailed(bytes, fr, combineReports([fr], ASOF), { asOf: ASOF });
    wb = await open(out.bytes);
  });

  it('finds tasks', () => {
    expect(fr.tasks.length).toBeGreaterThan(20);
  });

  it('notes every finding cell once', () => {
    const cells = new Set(fr.findings.map((f) => `${f.sheet}!${f.column}${f.row}`));
    expect(out.marked).toBe(cells.size);
    let noted = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          if (noteText(c).startsWith(NOTE_PREFIX)) noted++;
        }),
      );
    }
    expect(noted).toBe(cells.size);
    for (const f of fr.findings) {
      expect(noteText(wb.getWorksheet(f.sheet)!.getCell(`${f.column}${f.row}`))).toContain(f.message);
    }
  });

  it('writes the summary and a tracker row per task', async () => {
    const grid = await readWorkbookGrid(out.bytes);
    const summary = grid.sheets.find((s) => s.name === 'Tổng hợp')!;
    const total = summary.cells.find((r) => r[1] === 'Tổng số nhiệm vụ');
    expect(total?.[2]).toBe(fr.tasks.length);
    const layout = summaryLayout(combineReports([fr], ASOF), { asOf: ASOF });
    expect(summary.cells[0]![0]).toBe(layout.title);
    const rows = readTracker(grid.sheets.find((s) => s.name === 'Theo dõi')!.cells).rows;
    expect(rows.map((r) => r.key)).toEqual(fr.tasks.map((t) => t.key));
    expect(out.tracker).toEqual({ added: fr.tasks.length, kept: 0, vanished: 0 });
  });

  it('the marked copy analyses like the original (its own sheets are skipped) and re-marks cleanly', async () => {
    const again = await analyse(out.bytes, name);
    expect(again.tasks.map((t) => t.key)).toEqual(fr.tasks.map((t) => t.key));
    expect(again.findings.map((f) => `${f.code}@${f.sheet}!${f.column}${f.row}`)).toEqual(
      fr.findings.map((f) => `${f.code}@${f.sheet}!${f.column}${f.row}`),
    );
    const second = await writeMarkedCopyDetailed(out.bytes, again, combineReports([again], ASOF), { asOf: ASOF });
    expect(second.tracker).toEqual({ added: 0, kept: fr.tasks.length, vanished: 0 });
    expect(second.marked).toBe(out.marked);
  });
});

/** A fixture, its report and its first marked copy: where the tests of later runs start. */
async function markedOnce(name: string) {
  const original = new Uint8Array(fs.readFileSync(path.join(DIR, name)));
  const fr1 = await analyse(original, name);
  const first = await writeMarkedCopyDetailed(original, fr1, combineReports([fr1], ASOF), { asOf: ASOF });
  return { name, fr1, first };
}

describe('phu-luc-II-2025.xlsx edited between runs', () => {
  it('keeps typed statuses when a row is inserted and another deleted in the source', async () => {
    const { name, fr1, first } = await markedOnce('phu-luc-II-2025.xlsx');

    const wb = await open(first.bytes);
    const src = wb.getWorksheet('Phụ lục II')!;
    const text = (r: number) => String(src.getCell(`B${r}`).value);
    const moved = text(15);
    const deleted = text(20);
    const key = (t: string) => fr1.tasks.find((x) => x.task === t)!.key;

    // The user marks two tasks in the tracker.
    const tracker = wb.getWorksheet('Theo dõi')!;
    tracker.eachRow((row) => {
      const k = parseKeyCell(String(row.getCell(14).value ?? '')).key;
      if (k === key(moved)) {
        row.getCell(10).value = 'Hoàn thành';
        row.getCell(11).value = new Date(Date.UTC(2025, 6, 25));
        row.getCell(12).value = 'Đã ban hành';
      }
      if (k === key(deleted)) row.getCell(10).value = 'Đang thực hiện';
    });
    // The unit inserts a task at row 11 and deletes the one at row 20 (rows 11–19 move down one).
    for (let r = 20; r > 11; r--) {
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) src.getCell(`${c}${r}`).value = src.getCell(`${c}${r - 1}`).value;
    }
    const newRow: ExcelJS.CellValue[] = [2, 'Tổ chức tọa đàm về chuyển giao công nghệ', 'Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', ''];
    ['A', 'B', 'C', 'D', 'E', 'F', 'G'].forEach((c, i) => (src.getCell(`${c}11`).value = newRow[i]!));
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const fr2 = await analyse(edited, name);
    expect(fr2.tasks.length).toBe(fr1.tasks.length);
    const second = await writeMarkedCopyDetailed(edited, fr2, combineReports([fr2], ASOF), { asOf: ASOF });
    expect(second.tracker).toEqual({ added: 1, kept: fr1.tasks.length - 1, vanished: 1 });

    const rows = readTracker((await readWorkbookGrid(second.bytes)).sheets.find((s) => s.name === 'Theo dõi')!.cells).rows;
    const m = rows.find((r) => r.task === moved)!;
    expect(m).toMatchObject({ status: 'Hoàn thành', completedOn: '2025-07-25', result: 'Đã ban hành', source: { row: 16 }, vanished: false });
    const d = rows[rows.length - 1]!;
    expect(d).toMatchObject({ task: deleted, status: 'Đang thực hiện', vanished: true, source: { row: 20 } });
    expect(rows.find((r) => r.task === 'Tổ chức tọa đàm về chuyển giao công nghệ')).toMatchObject({ status: '', source: { row: 11 } });
  });
});

describe('statuses typed in "Theo dõi"', () => {
  it('are what the summary counts (statuses, overdue) on the next check, and "Tổng hợp" says so', async () => {
    const { name, fr1, first } = await markedOnce('phu-luc-II-2025.xlsx');
    expect(fr1.summary.statusFromTracker).toBe(0);

    // Three tasks of Quý III (overdue on 21/11/2025) are done, one is dropped: typed in the tracker only.
    const keyAt = (ref: { sheet: string; row: number }) => fr1.tasks.find((t) => t.sheet === ref.sheet && t.row === ref.row)!.key;
    const done = fr1.summary.overdue.slice(0, 3).map(keyAt);
    const dropped = keyAt(fr1.summary.overdue[3]!);
    const wb = await open(first.bytes);
    wb.getWorksheet('Theo dõi')!.eachRow((row) => {
      const k = parseKeyCell(String(row.getCell(14).value ?? '')).key;
      if (done.includes(k)) row.getCell(10).value = 'Hoàn thành';
      if (k === dropped) row.getCell(10).value = 'Đề xuất bỏ';
    });
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const fr2 = await analyse(edited, name);
    // The tasks as the source has them; the four typed in the tracker also say what it gives them.
    expect(fr2.tasks.map(({ trackerStatus: _, ...t }) => t)).toEqual(fr1.tasks);
    expect(fr2.tasks.filter((t) => t.trackerStatus !== undefined).map((t) => [t.key, t.trackerStatus])).toEqual(
      fr1.tasks.filter((t) => done.includes(t.key) || t.key === dropped).map((t) => [t.key, t.key === dropped ? 'Đề xuất bỏ' : 'Hoàn thành']),
    );
    // The four typed; the others' statuses are blank there, as nobody has said yet.
    expect(fr2.summary.statusFromTracker).toBe(4);
    expect(fr2.summary.byStatus).toEqual({ 'Hoàn thành': 3, 'Đề xuất bỏ': 1, 'Chưa cập nhật': fr1.tasks.length - 4 });
    expect(fr2.summary.overdue.map(keyAt)).toEqual(fr1.summary.overdue.map(keyAt).filter((k) => !done.includes(k) && k !== dropped));

    const second = await writeMarkedCopyDetailed(edited, fr2, combineReports([fr2], ASOF), { asOf: ASOF });
    const summary = (await readWorkbookGrid(second.bytes)).sheets.find((s) => s.name === 'Tổng hợp')!.cells;
    expect(summary.find((r) => r[1] === 'Hoàn thành')?.[2]).toBe(3);
    expect(summary.flat()).toContain(`Trạng thái của 4/${fr1.tasks.length} nhiệm vụ lấy từ trang "Theo dõi"; các nhiệm vụ khác theo cột Tình trạng của bảng nguồn.`);
  });
});

it('a status typed in "Theo dõi" with the day it was done ("Đã hoàn thành ngày 5/10") is done there and in "Tổng hợp", not overdue', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Quý III').addRows([
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn'],
    [1, 'Xây dựng kế hoạch kiểm tra đo lường năm 2026', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '31/8/2025'],
    [2, 'Tổ chức hội thảo khoa học cấp tỉnh', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Hội thảo', '30/9/2025'],
  ]);
  const first = new Uint8Array(await wb.xlsx.writeBuffer());
  const fr1 = await analyse(first, 'x.xlsx');
  expect(fr1.summary.overdue.map((o) => o.row)).toEqual([3, 4]);
  const copy = await open((await writeMarkedCopyDetailed(first, fr1, combineReports([fr1], ASOF), { asOf: ASOF })).bytes);
  copy.getWorksheet('Theo dõi')!.eachRow((row) => {
    if (row.getCell(4).value === 'Xây dựng kế hoạch kiểm tra đo lường năm 2026') row.getCell(10).value = 'Đã hoàn thành ngày 5/10';
  });
  const edited = new Uint8Array(await copy.xlsx.writeBuffer());

  const fr2 = await analyse(edited, 'x.xlsx');
  expect([fr2.summary.byStatus, fr2.summary.overdue.map((o) => o.row)]).toEqual([{ 'Hoàn thành': 1, 'Chưa cập nhật': 1 }, [4]]);
  // Written again: the words stay as typed, and only the open task is painted overdue.
  const again = await open((await writeMarkedCopyDetailed(edited, fr2, combineReports([fr2], ASOF), { asOf: ASOF })).bytes);
  const tracker = again.getWorksheet('Theo dõi')!;
  const painted = [2, 3].map((r) => [tracker.getCell(r, 10).value, (tracker.getCell(r, 4).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === COLORS.overdueFill]);
  expect(painted).toEqual([
    ['Đã hoàn thành ngày 5/10', false],
    [null, true],
  ]);
});

it('a day typed in "Ngày hoàn thành" under the status copied from the source shows "Hoàn thành" in "Theo dõi" when written again, as "Tổng hợp" counts it', async () => {
  const wb = new ExcelJS.Workbook();
  const tasks = ['Xây dựng kế hoạch kiểm tra đo lường năm 2026', 'Tổ chức hội thảo khoa học cấp tỉnh', 'Báo cáo tình hình chuyển đổi số', 'Tập huấn sở hữu trí tuệ'];
  wb.addWorksheet('Quý III').addRows([
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng'],
    ...tasks.map((t, i) => [i + 1, t, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '31/8/2025', 'Đang thực hiện']),
  ]);
  const first = new Uint8Array(await wb.xlsx.writeBuffer());
  const fr1 = await analyse(first, 'x.xlsx');
  const copy = await open((await writeMarkedCopyDetailed(first, fr1, combineReports([fr1], ASOF), { asOf: ASOF })).bytes);
  // 1: a day, the status left as copied; 2: a day and a status of the user's own; 3: a day still ahead of 21/11/2025.
  const typed: Record<string, [Date, string?]> = { [tasks[0]!]: [new Date(Date.UTC(2025, 9, 5))], [tasks[1]!]: [new Date(Date.UTC(2025, 9, 6)), 'Đề nghị điều chỉnh'], [tasks[2]!]: [new Date(Date.UTC(2025, 11, 20))] };
  copy.getWorksheet('Theo dõi')!.eachRow((row) => {
    const t = typed[String(row.getCell(4).value)];
    if (!t) return;
    row.getCell(11).value = t[0];
    if (t[1]) row.getCell(10).value = t[1];
  });
  const edited = new Uint8Array(await copy.xlsx.writeBuffer());
  const fr2 = await analyse(edited, 'x.xlsx');
  expect(fr2.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 2 });

  const again = await open((await writeMarkedCopyDetailed(edited, fr2, combineReports([fr2], ASOF), { asOf: ASOF })).bytes);
  const statuses = () => [2, 3, 4, 5].map((r) => again.getWorksheet('Theo dõi')!.getCell(r, 10).value);
  expect(statuses()).toEqual(['Hoàn thành', 'Đề nghị điều chỉnh', 'Đang thực hiện', 'Đang thực hiện']);
  // Written once more, the same: the status stays, the day too.
  const twice = new Uint8Array(await again.xlsx.writeBuffer());
  const fr3 = await analyse(twice, 'x.xlsx');
  expect(fr3.summary.byStatus).toEqual(fr2.summary.byStatus);
  const third = await open((await writeMarkedCopyDetailed(twice, fr3, combineReports([fr3], ASOF), { asOf: ASOF })).bytes);
  expect([2, 3, 4, 5].map((r) => third.getWorksheet('Theo dõi')!.getCell(r, 10).value)).toEqual(statuses());

  // The day cleared (typed by mistake): the status cell shows what was copied again, and the task counts so.
  third.getWorksheet('Theo dõi')!.getCell(2, 11).value = null;
  const cleared = new Uint8Array(await third.xlsx.writeBuffer());
  const fr4 = await analyse(cleared, 'x.xlsx');
  expect(fr4.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 3 });
  const fourth = await open((await writeMarkedCopyDetailed(cleared, fr4, combineReports([fr4], ASOF), { asOf: ASOF })).bytes);
  expect([2, 3, 4, 5].map((r) => fourth.getWorksheet('Theo dõi')!.getCell(r, 10).value)).toEqual(['Đang thực hiện', 'Đề nghị điều chỉnh', 'Đang thực hiện', 'Đang thực hiện']);
});

it('the copy\'s "Tổng hợp" puts statuses outside the list under one "Khác" column per quarter and per unit', async () => {
  const wb = new ExcelJS.Workbook();
  const statuses = ['Hoàn thành', 'Đã trình UBND tỉnh', 'Chờ kinh phí', 'x', 'Đạt', 'Chưa', null];
  wb.addWorksheet('Quý III').addRows([
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'],
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Tình trạng'],
    ...statuses.map((st, i) => [i + 1, `Nhiệm vụ số ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', st]),
  ]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const fr = await analyse(bytes, 'x.xlsx');
  const copy = await writeMarkedCopyDetailed(bytes, fr, combineReports([fr], ASOF), { asOf: ASOF });
  const cells = (await readWorkbookGrid(copy.bytes)).sheets.find((s) => s.name === 'Tổng hợp')!.cells;
  const at = cells.findIndex((r) => String(r[0]).endsWith('Trạng thái theo quý'));
  expect([cells[at + 1].filter((v) => v !== null), cells[at + 2].filter((v) => v !== null)]).toEqual([
    ['TT', 'Quý', 'Hoàn thành', 'Khác', 'Chưa cập nhật trạng thái', 'Tổng cộng'],
    [1, 'Quý III', 1, 5, 1, 7],
  ]);
});

it('a task moved to another sheet keeps its status when the sheet it left holds no table any more, as the summary counts it', async () => {
  const rows = (texts: string[]) => [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm'],
    ...texts.map((t, i) => [i + 1, t, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở']),
  ];
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Quý III').addRows(rows(['Nhiệm vụ quý ba số 1', 'Nhiệm vụ quý ba số 2']));
  wb.addWorksheet('Quý IV').addRows(rows(['Nhiệm vụ chuyển sang quý ba']));
  const first = new Uint8Array(await wb.xlsx.writeBuffer());
  const fr1 = await analyse(first, 'x.xlsx');
  const copy = await open((await writeMarkedCopyDetailed(first, fr1, combineReports([fr1], ASOF), { asOf: ASOF })).bytes);
  copy.getWorksheet('Theo dõi')!.eachRow((row) => {
    if (row.getCell(4).value === 'Nhiệm vụ chuyển sang quý ba') row.getCell(10).value = 'Hoàn thành';
  });
  // The unit moves the task to "Quý III"; "Quý IV" keeps only a remark.
  copy.getWorksheet('Quý III')!.addRow([3, 'Nhiệm vụ chuyển sang quý ba', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở']);
  copy.removeWorksheet(copy.getWorksheet('Quý IV')!.id);
  copy.addWorksheet('Quý IV').getCell('A1').value = 'Các nhiệm vụ đã chuyển sang trang Quý III.';
  const moved = new Uint8Array(await copy.xlsx.writeBuffer());

  const fr2 = await analyse(moved, 'x.xlsx');
  expect(fr2.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
  const second = await writeMarkedCopyDetailed(moved, fr2, combineReports([fr2], ASOF), { asOf: ASOF });
  expect(second.tracker).toEqual({ added: 0, kept: 3, vanished: 0 });
  const tracked = readTracker((await readWorkbookGrid(second.bytes)).sheets.find((s) => s.name === 'Theo dõi')!.cells).rows;
  expect(tracked.map((r) => [r.task, r.status, r.source.sheet])).toEqual([
    ['Nhiệm vụ quý ba số 1', '', 'Quý III'],
    ['Nhiệm vụ quý ba số 2', '', 'Quý III'],
    ['Nhiệm vụ chuyển sang quý ba', 'Hoàn thành', 'Quý III'],
  ]);
});

it('writes a consolidated summary of all fixtures', async () => {
  const reports = await Promise.all(FIXTURES.map(async (f) => analyse(new Uint8Array(fs.readFileSync(path.join(DIR, f))), f)));
  const all = combineReports(reports, ASOF);
  const wb = await open(await writeSummaryWorkbook(all, { asOf: ASOF }));
  expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Tổng hợp', 'Danh sách nhiệm vụ']);
  const grid = await readWorkbookGrid(await writeSummaryWorkbook(all, { asOf: ASOF }));
  const total = grid.sheets[0]!.cells.find((r) => r[1] === 'Tổng số nhiệm vụ');
  const taskCount = reports.reduce((n, r) => n + r.tasks.length, 0);
  // The 2024 programme pasted from its PDF is the 2024 programme: each of its 72 tasks is counted once.
  const pasted = reports.find((r) => r.file === 'ctct-2024-dan-tu-pdf.xlsx')!;
  expect(all.summary.sharedTasks!.map((t) => t.copies.map((c) => c.file))).toEqual(pasted.tasks.map(() => ['ctct-2024-dan-tu-pdf.xlsx', 'ctct-2024.xlsx']));
  expect(total?.[2]).toBe(taskCount - pasted.tasks.length);
  // The sheets counted, each name once ("Trọng tâm - Xuyên suốt" is in two files).
  expect(grid.sheets[0]!.cells[1]![0]).toBe(
    `Ngày lập: 21/11/2025 · Tệp: ${FIXTURES.join(', ')} · Trang tính: Sheet1, Chỉ tiêu 2024, Trọng tâm - Xuyên suốt, Nhiệm vụ theo quý, Chỉ tiêu 2025, Phụ lục II, Rà soát QLCN&CN`,
  );
  // Every file's tasks in one table to filter, a row each, with its file, sheet and row.
  const list = grid.sheets[1]!;
  expect(list.cells.length).toBe(taskCount + 1);
  const first = reports[0]!.tasks[0]!;
  expect(list.cells[1]!.slice(0, 7)).toEqual([FIXTURES[0], first.sheet, first.row, first.quarter, first.month, first.stt, first.task]);
  expect(wb.getWorksheet('Danh sách nhiệm vụ')!.getTables().length).toBe(1);
  // CTCT's own: checking tong-hop.xlsx again finds no programme in it.
  expect(grid.sheets.map(ownSheetKind)).toEqual(['summary', 'task-list', 'internal']);
  expect(() => analyseWorkbook(grid, { fileName: 'tong-hop.xlsx', asOf: ASOF })).toThrow(/Không tìm thấy bảng nhiệm vụ/);
});

describe("a unit's own sheets named like CTCT's", () => {
  it('keeps them and writes the summary and tracker beside them', async () => {
    const ExcelJSLib = (await import('exceljs')).default;
    const fs = await import('fs');
    const path = await import('path');
    const { readWorkbookGrid, writeMarkedCopy } = await import('../../../src/xlsx');
    const { analyseWorkbook, combineReports } = await import('../../../src/engine');
    const wb = new ExcelJSLib.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.resolve(__dirname, '../../fixtures/phu-luc-II-2025.xlsx')) as unknown as ArrayBuffer);
    wb.getWorksheet('Phụ lục II')!.name = 'Tổng hợp';
    wb.addWorksheet('Theo dõi').getCell('A1').value = 'Sổ theo dõi riêng của phòng';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = analyseWorkbook(await readWorkbookGrid(bytes), { fileName: 'x.xlsx', asOf: '2026-11-21' });
    expect(report.summary.taskCount).toBe(176);
    const out = await writeMarkedCopy(bytes, report, combineReports([report], '2026-11-21'), { asOf: '2026-11-21' });
    const back = new ExcelJSLib.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Theo dõi', 'Tổng hợp (CTCT)', 'Theo dõi (CTCT)']));
    expect(back.getWorksheet('Theo dõi')!.getCell('A1').value).toBe('Sổ theo dõi riêng của phòng');
    expect(back.getWorksheet('Tổng hợp')!.getCell('B10').value).toContain('Xây dựng Kế hoạch kiểm tra');
    // Checking the copy again reads the unit's sheets and skips CTCT's own.
    const again = analyseWorkbook(await readWorkbookGrid(out), { fileName: 'x.xlsx', asOf: '2026-11-21' });
    expect(again.summary.taskCount).toBe(176);
  });
});

describe('copies of CTCT\'s sheets the user keeps', () => {
  it('a monthly snapshot ("Tổng hợp T7", "Theo dõi T7") survives the next run; the tracker in use stays "Theo dõi"', async () => {
    const { name, fr1, first } = await markedOnce('phu-luc-II-2025.xlsx');
    const wb = await open(first.bytes);
    // The user copies both sheets as July's snapshot, and marks a task done in the snapshot only.
    for (const [from, to] of [['Tổng hợp', 'Tổng hợp T7'], ['Theo dõi', 'Theo dõi T7']]) {
      const a = wb.getWorksheet(from)!;
      const b = wb.addWorksheet(to);
      a.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (c, k) => (b.getCell(r, k).value = c.result ?? (c.formula ? null : c.value))));
    }
    wb.getWorksheet('Theo dõi T7')!.getCell('J2').value = 'Hoàn thành';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const fr2 = await analyse(edited, name);
    // The summary counts the statuses of "Theo dõi", not of the snapshot.
    expect(fr2.summary.byStatus['Hoàn thành']).toBeUndefined();
    const second = await writeMarkedCopyDetailed(edited, fr2, combineReports([fr2], ASOF), { asOf: ASOF });
    const out = await open(second.bytes);
    const visible = (w: ExcelJS.Workbook) => w.worksheets.filter((x) => x.state === 'visible').map((x) => x.name);
    expect(visible(out)).toEqual([...visible(await open(first.bytes)), 'Tổng hợp T7', 'Theo dõi T7']);
    expect(out.getWorksheet('Theo dõi T7')!.getCell('J2').value).toBe('Hoàn thành');
    expect(readTracker((await readWorkbookGrid(second.bytes)).sheets.find((s) => s.name === 'Theo dõi')!.cells).rows[0].status).toBe('');
  });
});
