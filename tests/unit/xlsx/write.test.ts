import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { FileReport, Task } from '../../../src/engine/report';
import { TRACKER_COLUMNS, TRACKER_STATUSES, parseKeyCell, readTracker, type TrackerRow } from '../../../src/engine/track';
import {
  NOTE_PREFIX,
  readWorkbookGrid,
  writeMarkedCopy,
  writeMarkedCopyDetailed,
  writeSummaryWorkbook,
} from '../../../src/xlsx';
import { regroupDataValidations } from '../../../src/xlsx/write';
import { restoreFormats } from '../../../src/xlsx/held-formats';
import { copyLostNote } from '../../../src/engine/copy-losses';
import { fileReport, finding, report, sampleFileReport, task } from '../summary-layout/sample-report';
import { analyseWorkbook, cellAddress, combineReports, defaultDirectory, type CellValue } from '../../../src/engine';
import { mergeTracker, trackerMergeOptions, trackerToValues } from '../../../src/engine/track';
import { programme2025, sheet, task as gridTask } from '../../helpers/grid';

const ASOF = '2025-11-21';
const FIXTURE = path.join(__dirname, '../../fixtures/phu-luc-II-2025.xlsx');

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.style?.fill as ExcelJS.FillPattern | undefined;
  return f?.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}

/** The tabs a user sees (CTCT's record of fills is a very hidden sheet). */
const visibleSheets = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => void out.push(c)));
  return out;
}

async function trackerRows(bytes: Uint8Array): Promise<TrackerRow[]> {
  const grid = await readWorkbookGrid(bytes);
  // As the hosts read it: with its formulas, which tell a total from a task users typed.
  const sheet = grid.sheets.find((s) => s.name === 'Theo dõi')!;
  return readTracker(sheet.cells, sheet.formulas).rows;
}

function trackerSheetRow(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (parseKeyCell(String(row.getCell(14).value ?? '')).key === key) found = row;
  });
  if (!found) throw new Error(`no tracker row ${key}`);
  return found;
}

/** The fixture as `writeMarkedCopy` first writes it, opened, and its "Theo dõi": for tests that edit it as a user would. */
async function markedTracker(fr: FileReport): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = await open(await writeMarkedCopy(new Uint8Array(fs.readFileSync(FIXTURE)), fr, report([fr], ASOF), { asOf: ASOF }));
  return { wb, ws: wb.getWorksheet('Theo dõi')! };
}

describe('writeMarkedCopy', () => {
  const original = new Uint8Array(fs.readFileSync(FIXTURE));
  const pristine = original.slice();
  const fr = sampleFileReport(ASOF);
  let out: Uint8Array;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    out = await writeMarkedCopy(original, fr, report([fr], ASOF), { asOf: ASOF });
    wb = await open(out);
  });

  it('never modifies the input bytes', () => {
    expect(Buffer.compare(Buffer.from(original), Buffer.from(pristine))).toBe(0);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(out.length).toBeGreaterThan(1000);
  });

  it('keeps the sheets and adds "Tổng hợp" and "Theo dõi" at the end, the record of fills hidden after them', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục II', 'Rà soát QLCN&CN', 'Tổng hợp', 'Theo dõi', 'CTCT_DanhDau', 'CTCT_DaGhi']);
    expect(visibleSheets(wb)).toEqual(['Phụ lục II', 'Rà soát QLCN&CN', 'Tổng hợp', 'Theo dõi']);
    expect(wb.getWorksheet('CTCT_DanhDau')!.state).toBe('veryHidden');
    // The record of what CTCT wrote (every sheet but the tracker), very hidden too.
    expect(wb.getWorksheet('CTCT_DaGhi')!.state).toBe('veryHidden');
  });

  it('fills each finding cell by its worst severity', () => {
    const ws = wb.getWorksheet('Phụ lục II')!;
    expect(fillOf(ws.getCell('E11'))).toBe('FFFFC7CE');
    expect(fillOf(ws.getCell('F11'))).toBe('FFFFC7CE');
    expect(fillOf(ws.getCell('C13'))).toBe('FFFFEB9C');
    expect(fillOf(ws.getCell('C21'))).toBe('FFFFC7CE');
    // Cells that share the marked cells' style are not touched (exceljs shares loaded styles).
    for (const a of ['E10', 'E12', 'F10', 'C12', 'A11', 'B11']) expect(fillOf(ws.getCell(a))).toBeUndefined();
    expect(ws.getCell('E10').font?.name).toBe('Times New Roman');
    expect(ws.getCell('E11').font?.name).toBe('Times New Roman');
  });

  it('writes one note per cell listing its findings with suggestions, values untouched', () => {
    const ws = wb.getWorksheet('Phụ lục II')!;
    const note = noteOf(ws.getCell('E11'));
    expect(note.startsWith(`${NOTE_PREFIX} (21/11/2025):`)).toBe(true);
    expect(note).toContain('• Lỗi: Nhiệm vụ chưa có sản phẩm.');
    expect(note).toContain('  Gợi ý: Ghi sản phẩm đầu ra, ví dụ "Kế hoạch của Sở".');
    expect(note).toContain('• Thông tin: Sản phẩm nên ghi rõ cấp ban hành.');
    expect(note.indexOf('Lỗi')).toBeLessThan(note.indexOf('Thông tin'));
    expect(noteOf(ws.getCell('C13'))).toContain('• Cảnh báo: Tên đơn vị "Phòng QLCN&CN" đã cũ.');
    expect(noteOf(ws.getCell('F11'))).not.toContain('Gợi ý');
    expect(ws.getCell('E11').value).toBe('Báo cáo kết quả điều tra và lập danh sách chuyên gia, cá nhân tư vấn');
    const notes = wb.worksheets.flatMap(allCells).filter((c) => noteOf(c));
    expect(notes).toHaveLength(4);
  });

  it('renders "Tổng hợp": title, date, A4 landscape, Times New Roman, bold bordered headers, links', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBe('Ngày lập: 21/11/2025 · Tệp: phu-luc.xlsx · Trang tính: Phụ lục II');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    const cells = allCells(ws);
    const header = cells.find((c) => c.value === 'Đơn vị chủ trì')!;
    expect(header.font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(header.border?.top?.style).toBe('thin');
    const links = cells.filter((c) => c.type === ExcelJS.ValueType.Formula).map((c) => c.formula);
    expect(links).toContain('HYPERLINK("#\'Phụ lục II\'!F11","Phụ lục II!F11")');
    expect(links).toContain('HYPERLINK("#\'Phụ lục II\'!C21","Phụ lục II!C21")');
    const texts = cells.map((c) => c.value);
    expect(texts).toContain('2. Số nhiệm vụ theo quý và đơn vị chủ trì');
    expect(texts).toContain('Tổng cộng');
    expect(texts).toContain('Đề xuất bỏ vì đã tổ chức lớp tập huấn');
  });

  it('renders "Theo dõi" as a table with a status dropdown, overdue highlighted, a hidden key, links to the source', () => {
    const ws = wb.getWorksheet('Theo dõi')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...TRACKER_COLUMNS]);
    // One row per task under the header, every tracker column (N is the 14th).
    const table = (ws.getTable('TheoDoi') as unknown as { table: { tableRef: string; columns: { name: string }[] } }).table;
    expect([table.tableRef, table.columns.map((c) => c.name)]).toEqual([`A1:N${fr.tasks.length + 1}`, [...TRACKER_COLUMNS]]);
    expect(ws.getColumn(14).hidden).toBe(true);
    expect(ws.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: [`"${TRACKER_STATUSES.join(',')}"`] });
    expect(ws.getCell('J7').dataValidation?.type).toBe('list');
    const done = trackerSheetRow(ws, fr.tasks[0]!.key);
    expect(done.getCell(10).value).toBe('Hoàn thành');
    expect(fillOf(done.getCell(4))).toBeUndefined();
    const late = trackerSheetRow(ws, fr.tasks[1]!.key);
    // Blank until someone says; overdue all the same.
    expect(late.getCell(10).value).toBeNull();
    expect(fillOf(late.getCell(4))).toBe('FFFFC7CE');
    expect(late.getCell(13).formula).toBe('HYPERLINK("#\'Phụ lục II\'!A11","Phụ lục II, dòng 11")');
    expect(ws.rowCount).toBe(fr.tasks.length + 1);
  });

  it('is read back by readWorkbookGrid/readTracker', async () => {
    const rows = await trackerRows(out);
    expect(rows.map((r) => r.key)).toEqual(fr.tasks.map((t) => t.key));
    expect(rows[1]).toMatchObject({ source: { sheet: 'Phụ lục II', row: 11 }, status: '', vanished: false });
  });

  it('accepts an ArrayBuffer', async () => {
    const ab = original.buffer.slice(original.byteOffset, original.byteOffset + original.byteLength);
    const again = await writeMarkedCopy(ab, fr, report([fr], ASOF), { asOf: ASOF });
    expect((await open(again)).worksheets.map((w) => w.name)).toContain('Theo dõi');
  });
});

describe('writeMarkedCopy on its own output', () => {
  it('keeps typed statuses after a row insert and a delete, marks the vanished task, replaces old marks', async () => {
    const fr1 = sampleFileReport(ASOF);
    // A user types in the tracker and adds their own note on a source cell.
    const { wb, ws } = await markedTracker(fr1);
    const chi = fr1.tasks[2]!; // "Tham mưu Chỉ thị…", source row 12
    const row = trackerSheetRow(ws, chi.key);
    row.getCell(10).value = 'Hoàn thành';
    row.getCell(11).value = new Date(Date.UTC(2025, 9, 1));
    row.getCell(12).value = 'Đã trình UBND tỉnh';
    trackerSheetRow(ws, fr1.tasks[1]!.key).getCell(10).value = 'Đang thực hiện';
    wb.getWorksheet('Phụ lục II')!.getCell('B10').note = 'Ghi chú của phòng';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    // The source changed: a task inserted at row 11 (rows below move down), the task at row 13 deleted.
    const shift = (t: Task): Task => (t.row >= 11 ? { ...t, row: t.row + 1, endRow: t.endRow + 1 } : t);
    const tasks2 = [
      fr1.tasks[0]!,
      task({ row: 11, task: 'Nhiệm vụ mới bổ sung', key: 'k-new' }),
      ...fr1.tasks.slice(1).filter((t) => t.row !== 13).map(shift),
    ];
    const fr2: FileReport = fileReport('phu-luc.xlsx', tasks2, [
      finding({ row: 12, column: 'E' }),
      finding({ row: 10, column: 'B', severity: 'warning', code: 'spelling', field: 'task', message: 'Có thể viết sai chính tả.' }),
    ]);
    const result = await writeMarkedCopyDetailed(edited, fr2, report([fr2], ASOF), { asOf: ASOF });
    expect(result.tracker).toEqual({ added: 1, kept: 5, vanished: 1 });
    expect(result.marked).toBe(2);

    const rows = await trackerRows(result.bytes);
    expect(rows.map((r) => r.key)).toEqual([...tasks2.map((t) => t.key), fr1.tasks[3]!.key]);
    const chiRow = rows.find((r) => r.key === chi.key)!;
    expect(chiRow).toMatchObject({
      status: 'Hoàn thành',
      completedOn: '2025-10-01',
      result: 'Đã trình UBND tỉnh',
      source: { sheet: 'Phụ lục II', row: 13 },
      vanished: false,
    });
    expect(rows.find((r) => r.key === fr1.tasks[1]!.key)).toMatchObject({ status: 'Đang thực hiện', source: { row: 12 } });
    expect(rows.find((r) => r.key === 'k-new')).toMatchObject({ status: '', source: { row: 11 } });
    const gone = rows[rows.length - 1]!;
    expect(gone).toMatchObject({ key: fr1.tasks[3]!.key, vanished: true, source: { sheet: 'Phụ lục II', row: 13 } });

    const wb2 = await open(result.bytes);
    expect(visibleSheets(wb2)).toEqual(['Phụ lục II', 'Rà soát QLCN&CN', 'Tổng hợp', 'Theo dõi']);
    const t2 = wb2.getWorksheet('Theo dõi')!;
    const goneRow = trackerSheetRow(t2, fr1.tasks[3]!.key);
    expect(goneRow.getCell(13).value).toBe('Không còn trong bảng nguồn (Phụ lục II, dòng 13)');
    expect(fillOf(goneRow.getCell(4))).toBe('FFEDEDED');
    expect(goneRow.getCell(11).value).toBeNull();
    const completed = trackerSheetRow(t2, chi.key).getCell(11);
    expect(completed.value).toEqual(new Date(Date.UTC(2025, 9, 1)));
    expect(completed.numFmt).toBe('dd/mm/yyyy');

    // Old marks are gone (F11, C13, C21), new ones are there, the user's note survives.
    const src = wb2.getWorksheet('Phụ lục II')!;
    for (const a of ['E11', 'F11', 'C13', 'C21']) {
      expect(fillOf(src.getCell(a))).toBeUndefined();
      expect(noteOf(src.getCell(a))).toBe('');
    }
    expect(fillOf(src.getCell('E12'))).toBe('FFFFC7CE');
    const b10 = noteOf(src.getCell('B10'));
    expect(b10.startsWith(NOTE_PREFIX)).toBe(true);
    expect(b10).toContain('Có thể viết sai chính tả.');
    expect(b10.endsWith('Ghi chú trước đó:\nGhi chú của phòng')).toBe(true);
    expect(b10.split(NOTE_PREFIX)).toHaveLength(2);

    // Run again with no finding on B10: the user's note comes back as it was.
    const fr3 = fileReport('phu-luc.xlsx', tasks2, []);
    const third = await writeMarkedCopyDetailed(result.bytes, fr3, report([fr3], ASOF), { asOf: ASOF });
    expect(third.tracker).toEqual({ added: 0, kept: 6, vanished: 1 });
    const src3 = (await open(third.bytes)).getWorksheet('Phụ lục II')!;
    expect(noteOf(src3.getCell('B10'))).toBe('Ghi chú của phòng');
    expect(fillOf(src3.getCell('B10'))).toBeUndefined();
    expect(fillOf(src3.getCell('E12'))).toBeUndefined();
    expect((await trackerRows(third.bytes)).find((r) => r.key === chi.key)!.status).toBe('Hoàn thành');
    expect((await open(third.bytes)).getWorksheet('CTCT_DanhDau')).toBeUndefined();
  });

  it('keeps the position of the "Tổng hợp"/"Theo dõi" sheets CTCT wrote before', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Theo dõi').addRow([...TRACKER_COLUMNS]);
    wb.addWorksheet('Phụ lục II').getCell('A10').value = 1;
    const old = wb.addWorksheet('Tổng hợp');
    old.getCell('A1').value = 'TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024';
    old.getCell('A2').value = 'Ngày lập: 30/09/2024 · Tệp: x.xlsx';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fr = fileReport('x.xlsx', [task({ row: 10, task: 'A' })]);
    const out = await open(await writeMarkedCopy(bytes, fr, report([fr], ASOF), { asOf: ASOF }));
    expect(out.worksheets.map((w) => w.name)).toEqual(['Theo dõi', 'Phụ lục II', 'Tổng hợp', 'CTCT_DaGhi']);
    expect(out.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025');
  });
});

describe('the copy written over', () => {
  it('says which sheets CTCT wrote there were edited since (a note typed in "Tổng hợp"); its tracker, typed in, is no edit', async () => {
    const bytes = new Uint8Array(fs.readFileSync(FIXTURE));
    const fr = sampleFileReport(ASOF);
    const first = await writeMarkedCopyDetailed(bytes, fr, report([fr], ASOF), { asOf: ASOF });
    const wb = await open(first.bytes);
    const summary = wb.getWorksheet('Tổng hợp')!;
    summary.getCell(`A${summary.rowCount + 2}`).value = 'Đã đối chiếu';
    wb.getWorksheet('Theo dõi')!.getCell('J2').value = 'Hoàn thành';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const again = await writeMarkedCopyDetailed(bytes, fr, report([fr], ASOF), { asOf: ASOF, previousCopy: edited, replaces: edited });
    expect(again.replacedEdited).toEqual(['Tổng hợp']);
    const untouched = await writeMarkedCopyDetailed(bytes, fr, report([fr], ASOF), { asOf: ASOF, previousCopy: again.bytes, replaces: again.bytes });
    expect(untouched.replacedEdited).toEqual([]);
  });
});

describe('marking a marked copy again', () => {
  // The unit's own fills on cells that get findings: RGB, a theme colour with a tint, a pattern.
  const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;
  const THEME = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999938962981048 }, bgColor: { indexed: 64 } } as ExcelJS.Fill;
  const HATCH = { type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FF92D050' } } as ExcelJS.Fill;

  async function unitWorkbook(): Promise<Uint8Array> {
    const wb = await open(new Uint8Array(fs.readFileSync(FIXTURE)));
    const ws = wb.getWorksheet('Phụ lục II')!;
    ws.getCell('E11').style = { ...ws.getCell('E11').style, fill: YELLOW };
    ws.getCell('F11').style = { ...ws.getCell('F11').style, fill: THEME };
    ws.getCell('C13').style = { ...ws.getCell('C13').style, fill: HATCH };
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('gives each cell its own fill back and keeps what people typed into CTCT\'s notes', async () => {
    const fr = sampleFileReport(ASOF);
    const first = await writeMarkedCopy(await unitWorkbook(), fr, report([fr], ASOF), { asOf: ASOF });
    const marked = await open(first);
    const src = marked.getWorksheet('Phụ lục II')!;
    expect(['E11', 'F11', 'C13'].map((a) => fillOf(src.getCell(a)))).toEqual(['FFFFC7CE', 'FFFFC7CE', 'FFFFEB9C']);

    // Someone answers in the note under CTCT's lines and on the end of one, and adds a note of their own on C13.
    const answered = noteOf(src.getCell('E11')).split('\n');
    answered[1] += ' → đã báo phòng';
    src.getCell('E11').note = `${answered.join('\n')}\nĐã hỏi phòng QLKH, chờ trả lời.`;
    src.getCell('C13').note = `${noteOf(src.getCell('C13'))}\n\nPhòng đã đổi tên từ tháng 7.`;
    const edited = new Uint8Array(await marked.xlsx.writeBuffer());

    // Checked again, E11 still has its finding: CTCT's lines are new, the answer stays under them.
    const e11Only = fileReport('phu-luc.xlsx', fr.tasks, fr.findings.filter((f) => `${f.column}${f.row}` === 'E11'));
    const second = await writeMarkedCopy(edited, e11Only, report([e11Only], ASOF), { asOf: '2025-12-01' });
    const again = (await open(second)).getWorksheet('Phụ lục II')!;
    const e11 = noteOf(again.getCell('E11'));
    expect(e11.startsWith(`${NOTE_PREFIX} (01/12/2025):`)).toBe(true);
    expect(e11.endsWith(`\n\nGhi chú trước đó:\n${answered[1]}\nĐã hỏi phòng QLKH, chờ trả lời.`)).toBe(true);
    expect(e11.split(NOTE_PREFIX)).toHaveLength(2);
    expect(fillOf(again.getCell('E11'))).toBe('FFFFC7CE');
    // Cells no longer found: their own fills, exactly, and only what people wrote in the notes.
    expect(again.getCell('F11').fill).toEqual(THEME);
    expect(again.getCell('C13').fill).toEqual(HATCH);
    expect(noteOf(again.getCell('F11'))).toBe('');
    expect(noteOf(again.getCell('C13'))).toBe('Phòng đã đổi tên từ tháng 7.');

    // Nothing found at all: every fill is the unit's again, and no record is left behind.
    const none = fileReport('phu-luc.xlsx', fr.tasks, []);
    const clean = await open(await writeMarkedCopy(second, none, report([none], ASOF), { asOf: ASOF }));
    const cleanSrc = clean.getWorksheet('Phụ lục II')!;
    expect(cleanSrc.getCell('E11').fill).toEqual(YELLOW);
    expect(noteOf(cleanSrc.getCell('E11'))).toBe(`${answered[1]}\nĐã hỏi phòng QLKH, chờ trả lời.`);
    expect(fillOf(cleanSrc.getCell('C21'))).toBeUndefined();
    expect(clean.getWorksheet('CTCT_DanhDau')).toBeUndefined();
  });

  it('finds its marks where rows inserted above moved them: the unit\'s fill back there, nothing on the row now at the old address', async () => {
    const fr = sampleFileReport(ASOF);
    const marked = await open(await writeMarkedCopy(await unitWorkbook(), fr, report([fr], ASOF), { asOf: ASOF }));
    const src = marked.getWorksheet('Phụ lục II')!;
    expect(fillOf(src.getCell('E11'))).toBe('FFFFC7CE');
    // A task inserted above row 11, as Excel does it: the marked cells move down one row.
    src.spliceRows(11, 0, [null, 'Nhiệm vụ bổ sung do phòng thêm', 'Phòng QLKH&ĐMST']);
    expect(fillOf(src.getCell('E12'))).toBe('FFFFC7CE');
    const none = fileReport('phu-luc.xlsx', fr.tasks, []);
    const clean = (await open(await writeMarkedCopy(new Uint8Array(await marked.xlsx.writeBuffer()), none, report([none], ASOF), { asOf: ASOF }))).getWorksheet('Phụ lục II')!;
    expect(clean.getCell('E12').fill).toEqual(YELLOW);
    expect(clean.getCell('F12').fill).toEqual(THEME);
    expect(clean.getCell('C14').fill).toEqual(HATCH);
    expect(['E11', 'F11', 'C13'].map((a) => fillOf(clean.getCell(a)))).toEqual([undefined, undefined, undefined]);
  });

  it('finds its marks by the notes it wrote when the sheet was renamed, and a deleted marked row gives its fill to nobody', async () => {
    const fr = sampleFileReport(ASOF);
    const marked = await open(await writeMarkedCopy(await unitWorkbook(), fr, report([fr], ASOF), { asOf: ASOF }));
    const src = marked.getWorksheet('Phụ lục II')!;
    src.name = 'Phụ lục II (sửa)';
    const none = fileReport('phu-luc.xlsx', fr.tasks.map((t) => ({ ...t, sheet: 'Phụ lục II (sửa)' })), []);
    const clean = (await open(await writeMarkedCopy(new Uint8Array(await marked.xlsx.writeBuffer()), none, report([none], ASOF), { asOf: ASOF }))).getWorksheet('Phụ lục II (sửa)')!;
    expect([clean.getCell('E11').fill, clean.getCell('F11').fill, clean.getCell('C13').fill]).toEqual([YELLOW, THEME, HATCH]);
    expect(noteOf(clean.getCell('E11'))).toBe('');

    // Row 11 (marked E11, F11) deleted: C13, now C12, gets its own fill back, not row 11's.
    const again = await open(await writeMarkedCopy(await unitWorkbook(), fr, report([fr], ASOF), { asOf: ASOF }));
    again.getWorksheet('Phụ lục II')!.spliceRows(11, 1);
    const after = (await open(await writeMarkedCopy(new Uint8Array(await again.xlsx.writeBuffer()), fileReport('phu-luc.xlsx', fr.tasks, []), report([fileReport('phu-luc.xlsx', fr.tasks, [])], ASOF), { asOf: ASOF }))).getWorksheet('Phụ lục II')!;
    expect(after.getCell('C12').fill).toEqual(HATCH);
    expect(fillOf(after.getCell('E11'))).toBeUndefined();
  });

  it('restores fills the add-in remembered (its record, no file fill), pattern included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Quý III');
    ws.getCell('C2').value = '';
    ws.getCell('C2').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } };
    ws.getCell('C2').note = `${NOTE_PREFIX} (30/09/2025):\n• Lỗi: Thiếu lãnh đạo chỉ đạo.`;
    ws.getCell('C3').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } } };
    ws.getCell('C4').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } };
    const record = wb.addWorksheet('CTCT_DanhDau', { state: 'veryHidden' });
    record.addRow(['Trang tính', 'Ô', 'Màu nền cũ', 'Kiểu nền cũ', 'Màu mẫu cũ', 'Màu đánh dấu', 'Ghi chú CTCT']);
    record.addRow(['Quý III', 'C2', '#00B050', 'Solid', '#000000', '#FFC7CE', 'có']);
    record.addRow(['Quý III', 'C3', '#FFFF00', 'Gray25', '#FF0000', '#FFEB9C', '']);
    record.addRow(['Quý III', 'C4', '#FFFFFF', 'None', '#000000', '#FFEBF7', '']); // a colour that is not on C4
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fr = fileReport('x.xlsx', [task({ sheet: 'Quý III', row: 2, task: 'A' })], []);
    const out = (await open(await writeMarkedCopy(bytes, fr, report([fr], ASOF), { asOf: ASOF }))).getWorksheet('Quý III')!;
    expect(out.getCell('C2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(noteOf(out.getCell('C2'))).toBe('');
    expect(out.getCell('C3').fill).toMatchObject({ type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFFFFF00' } });
    // C4 is not CTCT's colour any more (someone changed it): it stays as it is.
    expect(fillOf(out.getCell('C4'))).toBe('FFDDEBF7');
  });
});

describe('data validations over whole columns', () => {
  it('are copied as they are, without exceljs expanding them cell by cell (12 columns to row 1,048,576 never finished)', async () => {
    const fr = sampleFileReport(ASOF);
    const wb = await open(new Uint8Array(fs.readFileSync(FIXTURE)));
    const ws = wb.getWorksheet('Phụ lục II')!;
    // (exceljs has the API, not its type.)
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations;
    validations.add('A1:L1048576', { type: 'list', allowBlank: true, formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'] });
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await writeMarkedCopy(input, fr, report([fr], ASOF), { asOf: ASOF });
    const sheetXml = zipEntry(out, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toMatch(/<\/sheetData>.*<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:L1048576"><formula1>&quot;Chưa thực hiện,Đang thực hiện,Hoàn thành&quot;<\/formula1><\/dataValidation><\/dataValidations>/s);
    // The marks are there (the copy is not opened with exceljs here: it would expand the validation
    // into 12.6 million cells), and the copy is copied again the same way.
    expect(zipEntry(out, 'xl/comments1.xml')).toContain(fr.findings[0]!.message);
    const again = await writeMarkedCopy(out, fr, report([fr], ASOF), { asOf: ASOF });
    expect(zipEntry(again, 'xl/worksheets/sheet1.xml')).toContain('sqref="A1:L1048576"');
  });

  it('go back after the conditional formats, never inside a data bar\'s rule (its <extLst> is no place for them: Excel repairs the file)', async () => {
    const fr = sampleFileReport(ASOF);
    const wb = await open(new Uint8Array(fs.readFileSync(FIXTURE)));
    const ws = wb.getWorksheet('Phụ lục II')!;
    ws.addConditionalFormatting({ ref: 'A5:A20', rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } } as unknown as ExcelJS.ConditionalFormattingRule] });
    (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add('H1:H1048576', { type: 'list', allowBlank: true, formulae: ['"Hoàn thành,Đang thực hiện"'] });
    const out = await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr, report([fr], ASOF), { asOf: ASOF });
    const xml = zipEntry(out, 'xl/worksheets/sheet1.xml');
    const rule = /<cfRule type="dataBar"[^]*?<\/cfRule>/.exec(xml)![0];
    expect(rule).not.toContain('dataValidation');
    expect(xml.indexOf('<dataValidations')).toBeGreaterThan(xml.lastIndexOf('</conditionalFormatting>'));
    expect(xml).toContain('sqref="H1:H1048576"');
  });
});

describe('a drop-down whose list is on another sheet (Excel keeps it in the sheet\'s <extLst>, x14)', () => {
  /** The fixture with a "Tình trạng" drop-down on H5:H40 listing DM!$A$1:$A$3, as Excel 2010 and later save it. */
  async function withSheetList(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ext =
      '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1">' +
      '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{5B5A3C4D-0000-4000-8000-000000000001}">' +
      '<x14:formula1><xm:f>DM!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H5:H40</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
    // Namespaces declared on the sheet's root, as some programs write them.
    const root = xml.replace(/<worksheet\b([^>]*)>/, '<worksheet$1 xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">');
    zip.file('xl/worksheets/sheet1.xml', root.replace('</worksheet>', `<extLst>${ext}</extLst></worksheet>`));
    return zip.generateAsync({ type: 'uint8array' });
  }
  const SHEET_LIST = /<extLst>(?:(?!<\/extLst>)[^])*<x14:dataValidation type="list"[^>]*><x14:formula1><xm:f>DM!\$A\$1:\$A\$3<\/xm:f><\/x14:formula1><xm:sqref>H5:H40<\/xm:sqref><\/x14:dataValidation>(?:(?!<\/extLst>)[^])*<\/extLst><\/worksheet>$/;

  it('is kept in the copy, in the sheet\'s own <extLst> with its namespaces, once however often the copy is copied', async () => {
    const fr = sampleFileReport(ASOF);
    const out = await writeMarkedCopy(await withSheetList(), fr, report([fr], ASOF), { asOf: ASOF });
    const xml = zipEntry(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(SHEET_LIST);
    expect(xml).toMatch(/<ext uri="\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}" xmlns:x14="[^"]+" xmlns:xm="http:\/\/schemas.microsoft.com\/office\/excel\/2006\/main"><x14:dataValidations count="1">/);
    // The copy's root declares no "xr": the attribute of that namespace is left out.
    expect(xml).not.toContain('xr:uid');
    // Still a workbook exceljs (and Excel) reads, with the marks.
    expect(noteOf((await open(out)).getWorksheet('Phụ lục II')!.getCell(`${fr.findings[0]!.column}${fr.findings[0]!.row}`))).toContain(fr.findings[0]!.message);
    const again = zipEntry(await writeMarkedCopy(out, fr, report([fr], ASOF), { asOf: ASOF }), 'xl/worksheets/sheet1.xml');
    expect(again).toMatch(SHEET_LIST);
    expect(again.split('<x14:dataValidation ')).toHaveLength(2);
  });
});

describe('conditional formats Excel 2010 keeps in the sheet\'s <extLst> (x14)', () => {
  const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
  const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
  const BAR_ID = '{11111111-2222-3333-4444-555555555555}';
  /** A "Tình trạng" rule using another sheet's cells, a 3-star icon set and a data bar with negative colours, as Excel saves them. */
  const X14_RULES =
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="3" id="{BBBBBBBB-2222-3333-4444-555555555555}"><xm:f>COUNTIF(DM!$A$1:$A$3,$H5)&gt;0</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>H5:H40</xm:sqref></x14:conditionalFormatting>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="iconSet" priority="1" id="{AAAAAAAA-2222-3333-4444-555555555555}"><x14:iconSet iconSet="3Stars"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>E5:E40</xm:sqref></x14:conditionalFormatting>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${BAR_ID}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>F5:F40</xm:sqref></x14:conditionalFormatting>`;

  async function withX14Formats(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const bar = `<conditionalFormatting sqref="F5:F40"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
    const ext = `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>${X14_RULES}</x14:conditionalFormattings></ext>`;
    zip.file('xl/worksheets/sheet1.xml', xml.replace('<pageMargins', `${bar}<pageMargins`).replace('</worksheet>', `<extLst>${ext}</extLst></worksheet>`));
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('are kept as they were (a rule using another sheet no longer stops the copy), the data bar linked to its x14 part, copy after copy', async () => {
    const fr = sampleFileReport(ASOF);
    let copy = await withX14Formats();
    for (let round = 0; round < 2; round++) {
      const result = await writeMarkedCopyDetailed(copy, fr, report([fr], ASOF), { asOf: ASOF });
      copy = result.bytes;
      expect(result.lost).toEqual([]);
      const xml = zipEntry(copy, 'xl/worksheets/sheet1.xml');
      expect(xml).toContain(`<x14:conditionalFormattings>${X14_RULES}</x14:conditionalFormattings>`);
      expect(xml.split('<x14:conditionalFormattings>')).toHaveLength(2);
      // The sheet's own data bar names its x14 part (negative colours, border, axis).
      expect([...xml.matchAll(/<cfRule type="dataBar"[^]*?<\/cfRule>/g)].map((m) => /<x14:id>([^<]*)</.exec(m[0])?.[1])).toEqual([BAR_ID]);
      expect(xml).toMatch(/<legacyDrawing[^>]*\/><extLst>(?:(?!<extLst>)[^])*<\/extLst><\/worksheet>$/);
    }
    expect(noteOf((await open(copy)).getWorksheet('Phụ lục II')!.getCell(`${fr.findings[0]!.column}${fr.findings[0]!.row}`))).toContain(fr.findings[0]!.message);
  });

  it('are named in the "Lưu ý" when the sheet\'s data bars cannot be matched to their x14 parts', () => {
    const held = { ext: '<ext/>', barIds: [BAR_ID] };
    expect(restoreFormats('<worksheet><sheetData/></worksheet>', held)).toBeNull();
    expect(restoreFormats('<worksheet><sheetData/><conditionalFormatting sqref="F5"><cfRule type="dataBar" priority="1"><dataBar/></cfRule></conditionalFormatting></worksheet>', held)).toBe(
      `<worksheet><sheetData/><conditionalFormatting sqref="F5"><cfRule type="dataBar" priority="1"><dataBar/><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting><extLst><ext/></extLst></worksheet>`,
    );
    expect(copyLostNote('a-kiem-tra.xlsx', 'a.xlsx', [{ kind: 'x14-formats', names: ['Phụ lục II'] }])).toBe(
      'Lưu ý: bản sao a-kiem-tra.xlsx không giữ được định dạng có điều kiện kiểu Excel 2010 (bộ biểu tượng, thanh dữ liệu, quy tắc dùng ô của trang khác) ở trang “Phụ lục II” của a.xlsx (thư viện ghi tệp không hỗ trợ); tệp gốc không bị thay đổi.',
    );
    expect(copyLostNote('a-kiem-tra.xlsx', 'a.xlsx', [{ kind: 'x14-formats', names: ['Quý III', 'Quý IV'] }])).toContain('ở các trang “Quý III”, “Quý IV” của a.xlsx');
  });
});

describe('notes on a sheet with a table or Excel 2010 formats', () => {
  /** The top-level elements that end the sheet, in order ("tableParts", "legacyDrawing"…). */
  const tail = (xml: string) => [...xml.slice(xml.indexOf('</sheetData>')).matchAll(/<(legacyDrawing|tableParts|extLst|conditionalFormatting)\b/g)].map((m) => m[1]);

  it('come before the table and the <extLst> (the schema\'s order): Excel opens the copy without repairing it', async () => {
    const fr = sampleFileReport(ASOF);
    const wb = await open(new Uint8Array(fs.readFileSync(FIXTURE)));
    const ws = wb.getWorksheet('Phụ lục II')!;
    // A table beside the programme ("Format as Table"), and a 3-star icon set exceljs keeps in the <extLst>.
    ws.addTable({ name: 'BangPhu', ref: 'Z1', headerRow: true, columns: [{ name: 'Mã' }, { name: 'Số' }], rows: [['a', 1], ['b', 2]] } as ExcelJS.TableProperties);
    ws.addConditionalFormatting({ ref: 'A5:A40', rules: [{ type: 'iconSet', iconSet: '3Stars', priority: 1, cfvo: [0, 33, 67].map((value) => ({ type: 'percent', value })) } as unknown as ExcelJS.ConditionalFormattingRule] });
    const original = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(tail(zipEntry(original, 'xl/worksheets/sheet1.xml'))).toEqual(['tableParts', 'extLst']);
    const copy = await writeMarkedCopy(original, fr, report([fr], ASOF), { asOf: ASOF });
    const xml = zipEntry(copy, 'xl/worksheets/sheet1.xml');
    expect(tail(xml)).toEqual(['legacyDrawing', 'tableParts', 'extLst']);
    expect(xml).toMatch(/<\/extLst><\/worksheet>$/);
    const again = await open(copy);
    const sheet = again.getWorksheet('Phụ lục II')!;
    expect(noteOf(sheet.getCell(`${fr.findings[0]!.column}${fr.findings[0]!.row}`))).toContain(fr.findings[0]!.message);
    // The table itself comes through: its range, its header and its rows.
    const table = sheet.getTable('BangPhu') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe('Z1:AA3');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Mã', 'Số']);
    expect([sheet.getCell('Z2').value, sheet.getCell('AA3').value]).toEqual(['a', 2]);
  });
});

describe('page setup of the user\'s sheets', () => {
  it('keeps each sheet\'s page numbering: "Auto" stays auto (printed together, pages go on), a first page number set stays', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const setup = async (entry: string, element: string) => {
      const xml = await zip.file(entry)!.async('string');
      zip.file(entry, xml.replace(/<pageSetup\b[^>]*\/>/, element));
    };
    await setup('xl/worksheets/sheet1.xml', '<pageSetup paperSize="9" orientation="landscape"/>');
    await setup('xl/worksheets/sheet2.xml', '<pageSetup paperSize="9" orientation="portrait" firstPageNumber="5" useFirstPageNumber="1"/>');
    const original = await zip.generateAsync({ type: 'uint8array' });
    const fr = sampleFileReport(ASOF);
    const pageSetupOf = (bytes: Uint8Array, entry: string) => /<pageSetup\b[^>]*>/.exec(zipEntry(bytes, entry))![0];
    let copy = original;
    for (let round = 0; round < 2; round++) {
      copy = await writeMarkedCopy(copy, fr, report([fr], ASOF), { asOf: ASOF });
      const auto = pageSetupOf(copy, 'xl/worksheets/sheet1.xml');
      expect(auto).toMatch(/paperSize="9" orientation="landscape"/);
      expect(auto).not.toMatch(/useFirstPageNumber|firstPageNumber/);
      expect(pageSetupOf(copy, 'xl/worksheets/sheet2.xml')).toMatch(/firstPageNumber="5" useFirstPageNumber="1"/);
    }
  });
});

describe('defined names of the workbook', () => {
  /** The fixture with the names old workbooks carry, as Excel writes them into xl/workbook.xml. */
  async function withNames(definedNames: string, workbook: Uint8Array = fs.readFileSync(FIXTURE)): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(workbook);
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace(/<definedNames>[^]*?<\/definedNames>/, '').replace('</sheets>', `</sheets><definedNames>${definedNames}</definedNames>`));
    return zip.generateAsync({ type: 'uint8array' });
  }
  const entries = (xml: string) => xml.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [];
  /** The sample's marked copy of `input`, and the defined names the copy's workbook.xml holds. */
  async function copyNames(input: Uint8Array) {
    const fr = sampleFileReport(ASOF);
    const copy = await writeMarkedCopyDetailed(input, fr, report([fr], ASOF), { asOf: ASOF });
    return { copy, names: entries(zipEntry(copy.bytes, 'xl/workbook.xml')) };
  }

  it('are kept exactly as the original has them (a print area at #REF!, a formula, a broken reference); a link to another workbook the copy cannot carry is named', async () => {
    const kept = [
      '<definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Rà soát QLCN&amp;CN\'!$3:$3</definedName>',
      '<definedName name="Hong">#REF!$A$1</definedName>',
      '<definedName name="Tong" comment="Tổng kinh phí">SUM(\'Phụ lục II\'!$A$3:$A$4)</definedName>',
      '<definedName name="DonVi">\'Phụ lục II\'!$C$5:$C$40</definedName>',
    ];
    const external = '<definedName name="DanhSach">[1]Sheet1!$A$1:$A$10</definedName>';
    const { copy, names } = await copyNames(await withNames([kept[0], kept[1], external, ...kept.slice(2)].join('')));
    for (const entry of kept) expect(names).toContain(entry);
    // No mangled "'[1]Sheet1'!": the name is left out, and the user is told.
    expect(names.filter((n) => n.includes('DanhSach'))).toEqual([]);
    expect(copy.lost).toEqual(['tên định nghĩa “DanhSach” (trỏ tới sổ làm việc khác)']);
    expect(copy.lostParts).toEqual([{ kind: 'external-names', names: ['DanhSach'] }]);
    // The new tracker's print titles (its header row on every page) are the copy's own.
    const wb = await open(copy.bytes);
    const tracker = wb.worksheets.findIndex((w) => w.name === 'Theo dõi');
    expect(names.some((n) => n.includes(`localSheetId="${tracker}"`) && n.includes('Print_Titles'))).toBe(true);
  });
  it('the "Theo dõi" table takes a name no defined name has (of the workbook or of a sheet, any case): Excel would repair the file', async () => {
    const input = await withNames(
      [
        '<definedName name="TheoDoi">OFFSET(\'Phụ lục II\'!$A$3,0,0,COUNTA(\'Phụ lục II\'!$A:$A),7)</definedName>',
        '<definedName name="theodoi2" localSheetId="1">\'Rà soát QLCN&amp;CN\'!$A$1</definedName>',
      ].join(''),
    );
    const fr = sampleFileReport(ASOF);
    const copy = await writeMarkedCopyDetailed(input, fr, report([fr], ASOF), { asOf: ASOF });

    const zip = await JSZip.loadAsync(copy.bytes);
    const tables = await Promise.all(zip.file(/^xl\/tables\/[^/]+\.xml$/).map((f) => f.async('string')));
    const tableNames = tables.map((t) => /<table\b[^>]*\sname="([^"]*)"/.exec(t)![1]!);
    expect(tableNames).toContain('TheoDoi3');
    const names = entries(await zip.file('xl/workbook.xml')!.async('string')).map((n) => /name="([^"]*)"/.exec(n)![1]!.toLowerCase());
    for (const t of tableNames) expect(names).not.toContain(t.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['theodoi', 'theodoi2']));
  });
  it('gain no name the original never had: a name of a sheet stays the sheet\'s, without a twin of the workbook; the add-in\'s marks stay on CTCT\'s sheets', async () => {
    const fr = sampleFileReport(ASOF);
    const first = await writeMarkedCopy(fs.readFileSync(FIXTURE), fr, report([fr], ASOF), { asOf: ASOF });
    const sheets = (await open(first)).worksheets.map((w) => w.name);
    const tracker = sheets.indexOf('Theo dõi');
    const local = [
      '<definedName name="DanhSach" localSheetId="0">\'Phụ lục II\'!$B$5:$B$6</definedName>',
      '<definedName name="DanhSach" localSheetId="1">\'Rà soát QLCN&amp;CN\'!$A$1</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Rà soát QLCN&amp;CN\'!$3:$3</definedName>',
    ];
    const marker = `<definedName name="CTCT_TheoDoi" localSheetId="${tracker}">'Theo dõi'!$A$1</definedName>`;
    const input = await withNames([...local, marker].join(''), first);
    const copy = await writeMarkedCopyDetailed(input, fr, report([fr], ASOF), { asOf: ASOF });

    const names = entries(zipEntry(copy.bytes, 'xl/workbook.xml'));
    expect(names.filter((n) => n.includes('"DanhSach"'))).toEqual(local.slice(0, 2));
    expect(names.filter((n) => n.includes('CTCT_TheoDoi'))).toEqual([marker]);
    const titles = names.filter((n) => n.includes('Print_Titles')).map((n) => /localSheetId="(\d+)"/.exec(n)?.[1]);
    expect(titles.sort()).toEqual(['1', String(tracker)].sort());
    expect((await open(copy.bytes)).worksheets[tracker]!.name).toBe('Theo dõi');
  });
  it('a column of a table named like a number ("Bang[2025]") is no link to another workbook: such a name is kept; "[1]Sheet1!", "\'[2]Quý III\'!", "[Book.xlsx]Sheet1!" are', async () => {
    const structured = [
      '<definedName name="Nam2025">SUM(Bang[[#Data],[2025]])</definedName>',
      '<definedName name="Cot2025">Bang[2025]</definedName>',
      '<definedName name="HaiNam">Bang[[2024]:[2025]]</definedName>',
    ];
    const external = [
      '<definedName name="NgoaiSo">[1]Sheet1!$A$1</definedName>',
      '<definedName name="NgoaiTen">\'[2]Quý III\'!$A$1:$A$9</definedName>',
      '<definedName name="NgoaiTep">[Book.xlsx]Sheet1!$B$2</definedName>',
    ];
    const { copy, names } = await copyNames(await withNames([...structured, ...external].join('')));
    for (const entry of structured) expect(names).toContain(entry);
    expect(names.filter((n) => n.includes('Ngoai'))).toEqual([]);
    expect(copy.lost).toEqual(['tên định nghĩa “NgoaiSo”, “NgoaiTen”, “NgoaiTep” (trỏ tới sổ làm việc khác)']);
  });
});

describe('columns and notes users add to "Theo dõi"', () => {
  it('are kept on their task\'s row when the tracker is written again (values, dates, formulas, notes)', async () => {
    const fr1 = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr1);
    // Three columns of their own to the right of the table (O, P, Q), one with no header, and a note on "Kết quả".
    ws.getCell('O1').value = 'Người theo dõi';
    ws.getCell('P1').value = 'Ngày báo cáo';
    const chi = fr1.tasks[2]!;
    const gone = fr1.tasks[3]!;
    const chiRow = trackerSheetRow(ws, chi.key);
    const r = chiRow.number;
    chiRow.getCell(15).value = 'Chị Lan';
    chiRow.getCell(16).value = new Date(Date.UTC(2025, 9, 3));
    chiRow.getCell(16).numFmt = 'dd/mm/yyyy';
    chiRow.getCell(17).value = { formula: `IF(J${r}="Hoàn thành","Xong","Chưa")&" "&$O$1`, result: 'Chưa Người theo dõi' };
    chiRow.getCell(12).note = 'Chờ ý kiến Giám đốc';
    // Notes on the header row: on a column of the tracker's own and on one of theirs.
    ws.getCell('L1').note = 'Ghi số văn bản ban hành';
    ws.getCell('O1').note = 'Cột của phòng';
    trackerSheetRow(ws, gone.key).getCell(15).value = 'Anh Minh';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    // The source changed: a task inserted at row 11 (the rows below move down), the task at row 13 gone.
    const shift = (t: Task): Task => (t.row >= 11 ? { ...t, row: t.row + 1, endRow: t.endRow + 1 } : t);
    const tasks2 = [fr1.tasks[0]!, task({ row: 11, task: 'Nhiệm vụ mới bổ sung', key: 'k-new' }), ...fr1.tasks.slice(1).filter((t) => t !== gone).map(shift)];
    const fr2 = fileReport('phu-luc.xlsx', tasks2, []);
    const again = await open(await writeMarkedCopy(edited, fr2, report([fr2], ASOF), { asOf: ASOF }));

    const t2 = again.getWorksheet('Theo dõi')!;
    expect([15, 16, 17].map((c) => t2.getRow(1).getCell(c).value)).toEqual(['Người theo dõi', 'Ngày báo cáo', 'Cột Q']);
    const moved = trackerSheetRow(t2, chi.key);
    expect(moved.number).toBe(r + 1);
    expect(moved.getCell(15).value).toBe('Chị Lan');
    expect(moved.getCell(16).value).toEqual(new Date(Date.UTC(2025, 9, 3)));
    expect(moved.getCell(16).numFmt).toBe('dd/mm/yyyy');
    expect(moved.getCell(17).formula).toBe(`IF(J${r + 1}="Hoàn thành","Xong","Chưa")&" "&$O$1`);
    expect(noteOf(moved.getCell(12))).toBe('Chờ ý kiến Giám đốc');
    expect([noteOf(t2.getCell('L1')), noteOf(t2.getCell('O1'))]).toEqual(['Ghi số văn bản ban hành', 'Cột của phòng']);
    expect(trackerSheetRow(t2, gone.key).getCell(15).value).toBe('Anh Minh');
    expect(trackerSheetRow(t2, 'k-new').getCell(15).value).toBeNull();
    // They are columns of the table, and read back as the tracker's own columns are.
    const table = (t2 as unknown as { tables: Record<string, { table: { columns: { name: string }[] } }> }).tables;
    expect(Object.values(table)[0]!.table.columns.map((c) => c.name).slice(-3)).toEqual(['Người theo dõi', 'Ngày báo cáo', 'Cột Q']);
    expect((await trackerRows(await again.xlsx.writeBuffer().then((b) => new Uint8Array(b)))).map((row) => row.key)).toContain(chi.key);
  });
  it('a status typed as a percentage (0.8 shown "80%") stays a number in its format, written again and again', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr);
    const status = trackerSheetRow(ws, fr.tasks[1]!.key).getCell(10);
    status.value = 0.8;
    status.numFmt = '0%';
    let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
    for (let run = 0; run < 2; run++) {
      bytes = await writeMarkedCopy(bytes, fr, report([fr], ASOF), { asOf: ASOF });
      const cell = trackerSheetRow((await open(bytes)).getWorksheet('Theo dõi')!, fr.tasks[1]!.key).getCell(10);
      expect([cell.value, cell.numFmt]).toEqual([0.8, '0%']);
    }
    expect((await trackerRows(bytes)).find((r) => r.key === fr.tasks[1]!.key)!.status).toBe('80%');
  });

  it('their notes go before the tracker\'s table (the schema\'s order): Excel opens the copy without repairing it', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr);
    trackerSheetRow(ws, fr.tasks[2]!.key).getCell(12).note = 'Chờ ý kiến Giám đốc';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    /** The tracker's sheet part, by the sheet's name in workbook.xml and its relationship. */
    const trackerXml = (bytes: Uint8Array) => {
      const id = /<sheet [^>]*name="Theo dõi"[^>]*r:id="([^"]+)"/.exec(zipEntry(bytes, 'xl/workbook.xml'))![1];
      const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(zipEntry(bytes, 'xl/_rels/workbook.xml.rels'))![1];
      return zipEntry(bytes, `xl/${target}`);
    };
    const order = (xml: string) => [...xml.matchAll(/<(legacyDrawing|tableParts)\b/g)].map((m) => m[1]);
    // The workbook's own tracker, and the one of the copy --out replaces.
    const own = await writeMarkedCopy(edited, fr, report([fr], ASOF), { asOf: ASOF });
    const fromPrevious = await writeMarkedCopy(new Uint8Array(fs.readFileSync(FIXTURE)), fr, report([fr], ASOF), { asOf: ASOF, previousCopy: edited });
    for (const copy of [own, fromPrevious]) {
      expect(order(trackerXml(copy))).toEqual(['legacyDrawing', 'tableParts']);
      expect(noteOf(trackerSheetRow((await open(copy)).getWorksheet('Theo dõi')!, fr.tasks[2]!.key).getCell(12))).toBe('Chờ ý kiến Giám đốc');
    }
  });
  it('of the copy --out replaces win over a tracker of the workbook under another name ("Theo dõi T7"), which stays as it is', async () => {
    const fr = sampleFileReport(ASOF);
    // The earlier copy, a status typed in its "Theo dõi".
    const typed = await markedTracker(fr);
    trackerSheetRow(typed.ws, fr.tasks[1]!.key).getCell(10).value = 'Hoàn thành';
    const previousCopy = new Uint8Array(await typed.wb.xlsx.writeBuffer());
    // The workbook checked keeps a monthly snapshot of a tracker, renamed, nothing typed in it.
    const snapshot = await markedTracker(fr);
    snapshot.ws.name = 'Theo dõi T7';
    const original = new Uint8Array(await snapshot.wb.xlsx.writeBuffer());
    const copy = await open(await writeMarkedCopy(original, fr, report([fr], ASOF), { asOf: ASOF, previousCopy }));
    expect(trackerSheetRow(copy.getWorksheet('Theo dõi')!, fr.tasks[1]!.key).getCell(10).value).toBe('Hoàn thành');
    expect(trackerSheetRow(copy.getWorksheet('Theo dõi T7')!, fr.tasks[1]!.key).getCell(10).value).toBeNull();
  });

  it('are kept when users renamed the tracker\'s headers ("Tên nhiệm vụ", "Tình trạng"): it is still CTCT\'s tracker', async () => {
    // Keys as the engine makes them (quarter.month.hash): they tell CTCT's tracker once its headers are renamed.
    const sample = sampleFileReport(ASOF);
    const fr1: FileReport = { ...sample, tasks: sample.tasks.map((t, i) => ({ ...t, key: `3.7.k${i}x9f2q` })) };
    const { wb, ws } = await markedTracker(fr1);
    ws.getCell('D1').value = 'Tên nhiệm vụ';
    ws.getCell('J1').value = 'Tình trạng';
    const row = trackerSheetRow(ws, fr1.tasks[2]!.key);
    row.getCell(10).value = 'Hoàn thành';
    row.getCell(12).value = 'Đã ban hành Kế hoạch 12/KH';
    ws.getCell('O1').value = 'Người theo dõi';
    row.getCell(15).value = 'Chị Lan';
    const again = await open(await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr1, report([fr1], ASOF), { asOf: ASOF }));
    expect(visibleSheets(again).filter((n) => n.startsWith('Theo dõi'))).toEqual(['Theo dõi']);
    const kept = trackerSheetRow(again.getWorksheet('Theo dõi')!, fr1.tasks[2]!.key);
    expect([10, 12, 15].map((c) => kept.getCell(c).value)).toEqual(['Hoàn thành', 'Đã ban hành Kế hoạch 12/KH', 'Chị Lan']);
  });

  it('keeps a link, a formula or a number typed in the tracker\'s own columns as they are (not their text)', async () => {
    const fr1 = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr1);
    const row = trackerSheetRow(ws, fr1.tasks[2]!.key);
    const r = row.number;
    row.getCell(12).value = { text: 'Quyết định 123/QĐ-SKHCN', hyperlink: 'https://example.org/qd123.pdf' };
    row.getCell(10).value = { formula: `IF(L${r}<>"","Hoàn thành","Đang thực hiện")`, result: 'Hoàn thành' };
    const other = trackerSheetRow(ws, fr1.tasks[1]!.key);
    other.getCell(12).value = 95;
    const again = await open(await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr1, report([fr1], ASOF), { asOf: ASOF }));
    const t2 = again.getWorksheet('Theo dõi')!;
    const kept = trackerSheetRow(t2, fr1.tasks[2]!.key);
    expect(kept.getCell(12).value).toEqual({ text: 'Quyết định 123/QĐ-SKHCN', hyperlink: 'https://example.org/qd123.pdf' });
    expect(kept.getCell(10).formula).toBe(`IF(L${kept.number}<>"","Hoàn thành","Đang thực hiện")`);
    expect(trackerSheetRow(t2, fr1.tasks[1]!.key).getCell(12).value).toBe(95);
  });

  it('a header typed on two lines (Alt+Enter) keeps its line break, written in the table as Excel writes it', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr);
    ws.getCell('O1').value = 'Ghi chú\nphòng';
    trackerSheetRow(ws, fr.tasks[0]!.key).getCell(15).value = 'đã gọi điện';
    const again = await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr, report([fr], ASOF), { asOf: ASOF });
    // A raw line break in the column's name would not match the header cell: Excel would repair the file.
    expect(zipEntry(again, 'xl/tables/table1.xml')).toContain('name="Ghi chú_x000a_phòng"');
    const t2 = (await open(again)).getWorksheet('Theo dõi')!;
    expect(t2.getCell('O1').value).toBe('Ghi chú\nphòng');
    expect(trackerSheetRow(t2, fr.tasks[0]!.key).getCell(15).value).toBe('đã gọi điện');
  });

  it('the table takes a name of its own when a sheet of the unit already has a table "TheoDoi"', async () => {
    const fr = sampleFileReport(ASOF);
    const wb = await open(new Uint8Array(fs.readFileSync(FIXTURE)));
    const own = wb.addWorksheet('Sổ công văn');
    own.addTable({ name: 'TheoDoi', ref: 'A1', headerRow: true, columns: [{ name: 'Số' }, { name: 'Ngày' }], rows: [[1, 'x']] } as ExcelJS.TableProperties);
    const out = await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr, report([fr], ASOF), { asOf: ASOF });
    const names = (await open(out)).worksheets.flatMap((w) => (w.getTables() as unknown as { name: string }[]).map((t) => t.name));
    expect(names.sort()).toEqual(['TheoDoi', 'TheoDoi2']);
  });

  it('move their formulas\' references with the columns they name: a column inserted mid-table goes after the tracker\'s own', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr);
    const chi = fr.tasks[2]!;
    const r = trackerSheetRow(ws, chi.key).number;
    // The user inserted "Đạt" after "Trạng thái" (J), which pushed "Ngày hoàn thành", "Kết quả"… one
    // column right (K → L, L → M…), and keeps a ratio over whole columns in P.
    const last = ws.rowCount;
    for (let r = 1; r <= last; r++) {
      for (let c = TRACKER_COLUMNS.length; c >= 11; c--) ws.getRow(r).getCell(c + 1).value = ws.getRow(r).getCell(c).value;
      ws.getRow(r).getCell(11).value = null;
    }
    ws.getCell('K1').value = 'Đạt';
    ws.getCell('P1').value = 'Tỷ lệ';
    ws.getCell(`K${r}`).value = { formula: `IF(J${r}="Hoàn thành","✓","")&M${r}`, result: '' };
    ws.getCell(`P${r}`).value = { formula: `COUNTIF(K:K,"✓")/COUNTA($M:$M)&'Phụ lục II'!F12`, result: 0 };
    const again = await open(await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr, report([fr], ASOF), { asOf: ASOF }));

    const t2 = again.getWorksheet('Theo dõi')!;
    expect(t2.getRow(1).getCell(15).value).toBe('Đạt');
    expect(t2.getRow(1).getCell(16).value).toBe('Tỷ lệ');
    const row = trackerSheetRow(t2, chi.key);
    // "Trạng thái" is J again and "Kết quả" L; "Đạt" is O; the programme sheet's cell stays.
    expect(row.getCell(15).formula).toBe(`IF(J${row.number}="Hoàn thành","✓","")&L${row.number}`);
    expect(row.getCell(16).formula).toBe(`COUNTIF(O:O,"✓")/COUNTA($L:$L)&'Phụ lục II'!F12`);
  });
});

describe('the look users give "Theo dõi"', () => {
  it('keeps the widths they set and the columns they hid, on the columns\' new places', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb, ws } = await markedTracker(fr);
    const col = (name: string) => (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf(name);
    const defaults = { result: ws.getColumn(col('Kết quả')).width, task: ws.getColumn(col('Nhiệm vụ')).width };
    ws.getColumn(col('Kết quả')).width = 55;
    ws.getColumn(col('Nguồn')).hidden = true;
    ws.getCell('O1').value = 'Người theo dõi';
    ws.getColumn(15).width = 31;
    const again = (await open(await writeMarkedCopy(new Uint8Array(await wb.xlsx.writeBuffer()), fr, report([fr], ASOF), { asOf: ASOF }))).getWorksheet('Theo dõi')!;
    const at = (name: string) => again.getColumn((again.getRow(1).values as ExcelJS.CellValue[]).indexOf(name));
    expect(defaults.result).not.toBe(55);
    expect(at('Kết quả').width).toBe(55);
    expect(at('Nguồn').hidden).toBe(true);
    expect(at('Người theo dõi').width).toBe(31);
    // Columns nobody touched keep CTCT's widths; the key stays hidden.
    expect(at('Nhiệm vụ').width).toBe(defaults.task);
    expect(at('Mã').hidden).toBe(true);
  });
});

describe('lines users type in "Theo dõi" that are not tasks', () => {
  it('are written again under the tasks: a total whose range grows with them, a remark, their notes', async () => {
    const fr1 = sampleFileReport(ASOF);
    const { wb: first, ws } = await markedTracker(fr1);
    const last = fr1.tasks.length + 1;
    // A total typed right under the tasks (Excel takes it into the table), a remark two rows lower.
    ws.getCell(`C${last + 1}`).value = 'Tổng';
    ws.getCell(`J${last + 1}`).value = { formula: `COUNTIF(J2:J${last},"Hoàn thành")&"/"&COUNTA(D2:D${last})`, result: `0/${fr1.tasks.length}` };
    ws.getCell(`J${last + 1}`).note = 'Đếm tự động';
    ws.getCell(`O${last + 3}`).value = 'Số liệu đến 30/11';
    const edited = new Uint8Array(await first.xlsx.writeBuffer());

    // One task more, one gone (it stays, greyed): the tracker has two rows more.
    const tasks2 = [...fr1.tasks.slice(0, 3), task({ row: 40, task: 'Nhiệm vụ mới bổ sung', key: 'k-new' }), ...fr1.tasks.slice(4), task({ row: 41, task: 'Nhiệm vụ thứ hai', key: 'k-new-2' })];
    const fr2 = fileReport('phu-luc.xlsx', tasks2, []);
    const again = await writeMarkedCopy(edited, fr2, report([fr2], ASOF), { asOf: ASOF });
    const t2 = (await open(again)).getWorksheet('Theo dõi')!;
    const rows = await trackerRows(again);
    expect(rows.map((r) => r.key)).toEqual([...tasks2.map((t) => t.key), fr1.tasks[3]!.key]);
    const newLast = rows.length + 1;
    expect(t2.getCell(`C${newLast + 1}`).value).toBe('Tổng');
    expect(t2.getCell(`J${newLast + 1}`).formula).toBe(`COUNTIF(J2:J${newLast},"Hoàn thành")&"/"&COUNTA(D2:D${newLast})`);
    expect(noteOf(t2.getCell(`J${newLast + 1}`))).toBe('Đếm tự động');
    expect(t2.getCell(`O1`).value).toBe('Cột O');
    expect(t2.getCell(`O${newLast + 2}`).value).toBe('Số liệu đến 30/11');

    // And again, unchanged: nothing doubles, nothing drifts.
    const third = (await open(await writeMarkedCopy(again, fr2, report([fr2], ASOF), { asOf: ASOF }))).getWorksheet('Theo dõi')!;
    expect(third.getCell(`J${newLast + 1}`).formula).toBe(`COUNTIF(J2:J${newLast},"Hoàn thành")&"/"&COUNTA(D2:D${newLast})`);
    expect(third.getCell(`O${newLast + 2}`).value).toBe('Số liệu đến 30/11');
    expect(third.getCell(`O${newLast + 3}`).value).toBeNull();
  });

  it('a total labelled in the task column ("Số nhiệm vụ hoàn thành") is such a line: its range grows with the tasks, no task of the user\'s', async () => {
    const fr1 = sampleFileReport(ASOF);
    const { wb: first, ws } = await markedTracker(fr1);
    const last = fr1.tasks.length + 1;
    // A blank row, then the label where the text fits and a share counted as text ("0/5").
    ws.getCell(`D${last + 2}`).value = 'Số nhiệm vụ hoàn thành';
    ws.getCell(`J${last + 2}`).value = { formula: `COUNTIF(J2:J${last},"Hoàn thành")&"/"&COUNTA(D2:D${last})`, result: `0/${fr1.tasks.length}` };
    const edited = new Uint8Array(await first.xlsx.writeBuffer());

    const tasks2 = [...fr1.tasks, task({ row: 40, task: 'Nhiệm vụ mới bổ sung', key: 'k-new' }), task({ row: 41, task: 'Nhiệm vụ thứ hai', key: 'k-new-2' })];
    const fr2 = fileReport('phu-luc.xlsx', tasks2, []);
    const again = await writeMarkedCopy(edited, fr2, report([fr2], ASOF), { asOf: ASOF });
    const rows = await trackerRows(again);
    expect(rows.map((r) => r.key)).toEqual(tasks2.map((t) => t.key));
    const t2 = (await open(again)).getWorksheet('Theo dõi')!;
    const newLast = rows.length + 1;
    expect(t2.getCell(`D${newLast + 1}`).value).toBe('Số nhiệm vụ hoàn thành');
    expect(t2.getCell(`J${newLast + 1}`).formula).toBe(`COUNTIF(J2:J${newLast},"Hoàn thành")&"/"&COUNTA(D2:D${newLast})`);
  });
});

describe('a tracker users rearranged', () => {
  it('keeps a column inserted mid-table and what was typed in columns they moved', async () => {
    const fr = sampleFileReport(ASOF);
    const { wb: first, ws } = await markedTracker(fr);
    // Rebuild the sheet as a user would leave it: "Ghi chú" inserted after "Nhiệm vụ", "Trạng thái" moved first.
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const status = TRACKER_COLUMNS.indexOf('Trạng thái');
    const task = TRACKER_COLUMNS.indexOf('Nhiệm vụ');
    const rearranged = rows.map((r, i) => {
      const cells = [...r];
      const [st] = cells.splice(status, 1);
      cells.splice(task, 0, i === 0 ? 'Ghi chú' : null);
      return [st, ...cells];
    });
    const key = fr.tasks[1]!.key;
    const line = rearranged.findIndex((r) => r.some((v) => typeof v === 'string' && parseKeyCell(v).key === key));
    rearranged[line]![0] = 'Hoàn thành';
    rearranged[line]![task + 1] = 'hỏi lại phòng'; // "Ghi chú", just before "Nhiệm vụ"
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await first.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
    wb.removeWorksheet(wb.getWorksheet('Theo dõi')!.id);
    wb.addWorksheet('Theo dõi').addRows(rearranged);
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const again = await writeMarkedCopy(edited, fr, report([fr], ASOF), { asOf: ASOF });
    const back = (await open(again)).getWorksheet('Theo dõi')!;
    expect((back.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual([...TRACKER_COLUMNS, 'Ghi chú']);
    const row = trackerSheetRow(back, key);
    expect(row.getCell(status + 1).value).toBe('Hoàn thành');
    expect(row.getCell(TRACKER_COLUMNS.length + 1).value).toBe('hỏi lại phòng');
    expect((await trackerRows(again)).find((r) => r.key === key)).toMatchObject({ status: 'Hoàn thành', task: fr.tasks[1]!.task });
  });
});

describe('data validations of the user survive the round trip', () => {
  it('writes them as non-overlapping column ranges (exceljs alone writes H10:H300 and H2:H300)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục II');
    ws.getCell('A10').value = 1;
    const dv = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    dv.add('H2:H300', { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] });
    dv.add('C5:D6', { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 9] });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fr = fileReport('x.xlsx', [task({ row: 10, task: 'A' })]);
    const out = await writeMarkedCopy(bytes, fr, report([fr], ASOF), { asOf: ASOF });
    const xml = zipEntry(out, 'xl/worksheets/sheet1.xml');
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(sqrefs).toEqual(['C5:C6', 'D5:D6', 'H2:H300']);
    const back = await open(out);
    expect(back.getWorksheet('Phụ lục II')!.getCell('H150').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
  });

  it('regroupDataValidations leaves range keys alone', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    const dv = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void; model: Record<string, unknown> } }).dataValidations;
    const v: ExcelJS.DataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
    dv.add('J2:J9', v);
    regroupDataValidations(ws);
    expect(Object.keys(dv.model)).toEqual(['J2:J9']);
    for (const a of ['B3', 'B4', 'B5', 'B7']) dv.add(a, v);
    regroupDataValidations(ws);
    expect(Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).sort()).toEqual(['B3:B5', 'B7:B7', 'J2:J9']);
  });
});

/** One part of a zip (via its central directory), inflated: enough to look at the XML exceljs wrote. */
function zipEntry(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const entry = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`no ${name}`);
}

describe('writeSummaryWorkbook', () => {
  it('writes the consolidated "Tổng hợp", without links to other files, and the list of every file\'s tasks', async () => {
    const other = fileReport('van-phong.xlsx', [task({ row: 30, task: 'Nhiệm vụ của Văn phòng', product: '', leadUnits: ['Văn phòng Sở'] })]);
    const all = report([sampleFileReport(ASOF), other], ASOF);
    const bytes = await writeSummaryWorkbook(all, { asOf: ASOF, title: 'TỔNG HỢP QUÝ IV/2025' });
    const wb = await open(bytes);
    // And, very hidden, the record of what CTCT wrote (an edit made later is never written over silently).
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Tổng hợp', 'visible'], ['Danh sách nhiệm vụ', 'visible'], ['CTCT_DaGhi', 'veryHidden']]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP QUÝ IV/2025');
    expect(ws.getCell('A2').value).toBe('Ngày lập: 21/11/2025 · Tệp: phu-luc.xlsx, van-phong.xlsx · Trang tính: Phụ lục II');
    const cells = allCells(ws);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.map((c) => c.value)).toContain('van-phong.xlsx');
    expect(ws.pageSetup.orientation).toBe('landscape');
  });
});

/** A workbook written from plain rows, one sheet per entry: what a unit's file looks like to CTCT. */
async function workbookBytes(sheets: { name: string; rows: CellValue[][] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows.map((r) => r.map((v) => v ?? null)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('links to a sheet named like a cell', () => {
  it('quote the sheet name ("T7" is a cell to Excel) in "Tổng hợp" and in the tracker\'s "Nguồn"', async () => {
    const rows = programme2025([gridTask(1, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', { product: null }), gridTask(2, 'Báo cáo công tác tháng 7')]);
    const bytes = await workbookBytes([{ name: 'T7', rows }]);
    const fr = analyseWorkbook(await readWorkbookGrid(bytes), { fileName: 't7.xlsx', asOf: ASOF });
    const wb = await open(await writeMarkedCopy(bytes, fr, report([fr], ASOF), { asOf: ASOF }));
    const formulas = (name: string) => allCells(wb.getWorksheet(name)!).filter((c) => c.type === ExcelJS.ValueType.Formula).map((c) => c.formula);
    const summaryLinks = formulas('Tổng hợp');
    const trackerLinks = formulas('Theo dõi');
    expect(summaryLinks.length).toBeGreaterThan(0);
    expect(trackerLinks).toHaveLength(2);
    for (const f of [...summaryLinks, ...trackerLinks]) expect(f).toMatch(/^HYPERLINK\("#'T7'!/);
  });

  it('quotes A1- and R1C1-like names, keeps ordinary names bare', () => {
    expect(['T7', 'Q3', 'a1', 'XFD10', 'R', 'c', 'RC', 'R2C3', 'C12'].map((n) => cellAddress(n, 4, 'E'))).toEqual(
      ["'T7'!E4", "'Q3'!E4", "'a1'!E4", "'XFD10'!E4", "'R'!E4", "'c'!E4", "'RC'!E4", "'R2C3'!E4", "'C12'!E4"],
    );
    expect(['CTCT', 'Sheet1', 'Ke_hoach', 'Q3_2025', 'Rà soát'].map((n) => cellAddress(n, 4, 'E'))).toEqual(["CTCT!E4", 'Sheet1!E4', 'Ke_hoach!E4', 'Q3_2025!E4', "'Rà soát'!E4"]);
  });
});

describe('the consolidated task list ("Danh sách nhiệm vụ")', () => {
  it('prints on A4 landscape, one page wide, its header row on every page, as "Tổng hợp" does', async () => {
    const other = fileReport('van-phong.xlsx', [task({ row: 30, task: 'Nhiệm vụ của Văn phòng', leadUnits: ['Văn phòng Sở'] })]);
    const wb = await open(await writeSummaryWorkbook(report([sampleFileReport(ASOF), other], ASOF), { asOf: ASOF }));
    const list = wb.getWorksheet('Danh sách nhiệm vụ')!;
    const summary = wb.getWorksheet('Tổng hợp')!;
    const printed = (ws: ExcelJS.Worksheet) => {
      const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight } = ws.pageSetup;
      return { paperSize, orientation, fitToPage, fitToWidth, fitToHeight };
    };
    expect(printed(list)).toEqual({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(printed(list)).toEqual(printed(summary));
    expect(list.pageSetup.printTitlesRow).toBe('1:1');
    // "Trang 3/7", centred, in Times New Roman 10, on both sheets.
    expect([list.headerFooter.oddFooter, summary.headerFooter.oddFooter]).toEqual(Array(2).fill('&C&"Times New Roman"&10Trang &P/&N'));
    // Long texts wrap in their narrowed columns, so the page is not shrunk to a strip.
    expect(list.getCell('G2').alignment).toMatchObject({ wrapText: true });
    let chars = 0;
    for (let c = 1; c <= 14; c++) chars += list.getColumn(c).width ?? 8.43;
    expect(chars).toBeLessThanOrEqual(160);
  });

  it('shows each task as "Tổng hợp" counts it: the status chosen in the unit\'s "Theo dõi", units and leaders by the newest names', async () => {
    const programme = sheet('Phụ lục II', programme2025([gridTask(1, 'Xây dựng kế hoạch chuyển đổi số'), gridTask(2, 'Tổ chức hội thảo khoa học')]));
    const first = analyseWorkbook({ sheets: [programme] }, { fileName: 'don-vi-a.xlsx', asOf: ASOF });
    const rows = mergeTracker(first.tasks, [], ASOF, trackerMergeOptions(first)).rows.map((r) => (r.task.startsWith('Xây dựng') ? { ...r, status: 'Hoàn thành' } : r));
    const a = analyseWorkbook({ sheets: [programme, { name: 'Theo dõi', cells: trackerToValues(rows) }] }, { fileName: 'don-vi-a.xlsx', asOf: ASOF });
    const old = sheet('CTCT', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo'], ['I', 'Quý IV'], [1, 'Tổng kết hoạt động KH&CN', 'Phòng QLKH', 'Báo cáo', 'PGĐ Phan Văn Hiếu']]);
    const b = analyseWorkbook({ sheets: [old] }, { fileName: 'don-vi-b.xlsx', asOf: ASOF });
    const all = combineReports([a, b], ASOF, [], defaultDirectory);
    expect(all.summary.byStatus['Hoàn thành']).toBe(1);
    const wb = await open(await writeSummaryWorkbook(all, { asOf: ASOF }));
    const list = wb.getWorksheet('Danh sách nhiệm vụ')!;
    const listed: unknown[][] = [];
    list.eachRow((row, n) => n > 1 && listed.push([row.getCell(7).value, row.getCell(8).value, row.getCell(9).value, row.getCell(12).value]));
    expect(listed).toEqual([
      ['Xây dựng kế hoạch chuyển đổi số', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Hoàn thành'],
      ['Tổ chức hội thảo khoa học', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', null],
      ['Tổng kết hoạt động KH&CN', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', null],
    ]);
    // Every unit of the list is a line of "Tổng hợp".
    expect(Object.keys(all.summary.byLeadUnit)).toEqual(['Phòng QLKH&ĐMST']);
  });

  it('counts a day alone still ahead of the report date as planned, in the list and by unit, as "Tổng hợp" does', async () => {
    // Made on 18/08/2025: "20/08/2025" is the day planned, "10/8/2025" the day done. A 2024 file makes the run rename.
    const asOf = '2025-08-18';
    const rows = programme2025([gridTask(1, 'Xây dựng kế hoạch chuyển đổi số'), gridTask(2, 'Tổ chức hội thảo khoa học')]);
    const programme = sheet('Phụ lục II', [...rows.slice(0, 2), [...rows[2]!, 'Tình trạng'], ...rows.slice(3, 5), [...rows[5]!, '20/08/2025'], [...rows[6]!, '10/8/2025']]);
    const a = analyseWorkbook({ sheets: [programme] }, { fileName: 'don-vi-a.xlsx', asOf });
    const old = sheet('CTCT', [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo'], ['I', 'Quý IV'], [1, 'Tổng kết hoạt động KH&CN', 'Phòng QLKH', 'Báo cáo', 'PGĐ Phan Văn Hiếu']]);
    const b = analyseWorkbook({ sheets: [old] }, { fileName: 'don-vi-b.xlsx', asOf });
    const all = combineReports([a, b], asOf, [], defaultDirectory);
    expect(all.summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1, 'Chưa cập nhật': 1 });
    expect(all.summary.byLeadUnitAndStatus?.['Phòng QLKH&ĐMST']).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1, 'Chưa cập nhật': 1 });
    const list = (await open(await writeSummaryWorkbook(all, { asOf }))).getWorksheet('Danh sách nhiệm vụ')!;
    const listed: unknown[][] = [];
    list.eachRow((row, n) => n > 1 && listed.push([row.getCell(12).value, row.getCell(13).value]));
    expect(listed).toEqual([
      ['20/08/2025', 'Đang thực hiện'],
      ['10/8/2025', 'Hoàn thành'],
      [null, 'Chưa cập nhật'],
    ]);
  });
});

describe('a status typed in the copy\'s "Theo dõi" that CTCT cannot read', () => {
  it('is marked at its own row when the tracker is written again, though the user had sorted it', async () => {
    const check = async (bytes: Uint8Array) => analyseWorkbook(await readWorkbookGrid(bytes), { fileName: 'phu-luc.xlsx', asOf: ASOF });
    const original = new Uint8Array(fs.readFileSync(FIXTURE));
    const first = await check(original);
    const wb = await open(await writeMarkedCopy(original, first, report([first], ASOF), { asOf: ASOF }));
    // The user swaps two rows (a sort) and types a status of their own in one of them.
    const ws = wb.getWorksheet('Theo dõi')!;
    for (let c = 1; c <= TRACKER_COLUMNS.length; c++) {
      const [a, b] = [ws.getRow(3).getCell(c), ws.getRow(5).getCell(c)];
      [a.value, b.value] = [b.value, a.value];
    }
    ws.getCell('J3').value = 'Chấm';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const fr = await check(edited);
    expect(fr.findings.filter((f) => f.sheet === 'Theo dõi').map((f) => [f.code, `${f.column}${f.row}`])).toEqual([['unknown-status', 'J3']]);
    const t = (await open(await writeMarkedCopy(edited, fr, report([fr], ASOF), { asOf: ASOF }))).getWorksheet('Theo dõi')!;
    // Written again in the programme's order: the typed status and its mark went back to row 5 together.
    const marked = allCells(t).filter((c) => noteOf(c).startsWith(NOTE_PREFIX));
    expect(marked.map((c) => [c.address, c.value, fillOf(c)])).toEqual([['J5', 'Chấm', 'FFFFEB9C']]);
    expect(noteOf(marked[0]!)).toContain('Có phải "Chậm"?');
  });
});
