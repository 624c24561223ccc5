/**
 * The fill a user gives a "Trạng thái" cell of the marked copy's "Theo dõi" goes with its task when
 * the copy is written again from a changed source, as the add-in does (getCellProperties).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { FileReport, Task } from '../../../src/engine/report';
import { parseKeyCell, TRACKER_COLUMN_INDEX } from '../../../src/engine/track';
import { writeMarkedCopy, writeMarkedCopyDetailed } from '../../../src/xlsx';
import { fileReport, finding, report, sampleFileReport, task } from '../summary-layout/sample-report';

const ASOF = '2025-11-21';
const FIXTURE = path.join(__dirname, '../../fixtures/phu-luc-II-2025.xlsx');
const STATUS = TRACKER_COLUMN_INDEX['Trạng thái'] + 1;
const GREEN = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } } as ExcelJS.Fill;
const HATCH = { type: 'pattern', pattern: 'lightGrid', fgColor: { theme: 4 }, bgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function statusCell(wb: ExcelJS.Workbook, key: string): ExcelJS.Cell {
  const ws = wb.getWorksheet('Theo dõi')!;
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (parseKeyCell(String(row.getCell(14).value ?? '')).key === key) found = row.getCell(STATUS);
  });
  if (!found) throw new Error(`no tracker row ${key}`);
  return found;
}

/** A fill set as Excel sets it: on this cell alone (exceljs shares style objects between cells). */
function paint(cell: ExcelJS.Cell, fill: ExcelJS.Fill): void {
  cell.style = { ...cell.style, fill };
}

const fillOf = (cell: ExcelJS.Cell) => {
  const f = cell.style?.fill as ExcelJS.FillPattern | undefined;
  return f && f.pattern !== 'none' ? f : undefined;
};

const source = () => new Uint8Array(fs.readFileSync(FIXTURE));
const before = sampleFileReport(ASOF);
// The source changed: a task inserted at row 11 moves the tasks below it down in "Theo dõi".
const shift = (t: Task): Task => (t.row >= 11 ? { ...t, row: t.row + 1, endRow: t.endRow + 1 } : t);
const inserted = task({ row: 11, task: 'Nhiệm vụ mới bổ sung', key: 'k-new' });
const after: FileReport = fileReport('phu-luc.xlsx', [before.tasks[0]!, inserted, ...before.tasks.slice(1).map(shift)]);

/** The first copy, where a user coloured two tasks' status cells (one typed too); the new task's row is where the first was. */
async function colouredCopy(): Promise<{ bytes: Uint8Array; oldAddress: string }> {
  const wb = await open(await writeMarkedCopy(source(), before, report([before], ASOF), { asOf: ASOF }));
  const first = statusCell(wb, before.tasks[1]!.key);
  first.value = 'Đang thực hiện';
  paint(first, GREEN);
  paint(statusCell(wb, before.tasks[2]!.key), HATCH);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), oldAddress: first.address };
}

describe('a status cell\'s fill in the marked copy\'s "Theo dõi"', () => {
  it.each([
    ['the copy written over (--out on the same file)', 'previous'],
    ['the copy checked itself', 'own'],
  ])('goes with its task to its new row: %s', async (_, how) => {
    const { bytes, oldAddress } = await colouredCopy();
    const options = how === 'previous' ? { asOf: ASOF, previousCopy: bytes, replaces: bytes } : { asOf: ASOF };
    const again = await open((await writeMarkedCopyDetailed(how === 'previous' ? source() : bytes, after, report([after], ASOF), options)).bytes);
    const moved = statusCell(again, before.tasks[1]!.key);
    expect(moved.address).not.toBe(oldAddress);
    expect(moved.value).toBe('Đang thực hiện');
    expect(fillOf(moved)).toEqual(GREEN);
    expect(fillOf(statusCell(again, before.tasks[2]!.key))).toEqual(HATCH);
    // The new task on the old row gets no fill of another task's: its row's look (overdue, here).
    const fresh = statusCell(again, 'k-new');
    expect(fresh.address).toBe(oldAddress);
    expect(fillOf(fresh)).toEqual(fillOf(fresh.worksheet.getCell(`D${fresh.row}`)));
  });

  it('Excel\'s "Bad" style (CTCT\'s overdue colour) on a row CTCT did not colour is the user\'s; the overdue row\'s own colour is not', async () => {
    const BAD = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' }, bgColor: { indexed: 64 } } as ExcelJS.Fill;
    const wb = await open(await writeMarkedCopy(source(), before, report([before], ASOF), { asOf: ASOF }));
    const done = before.tasks[0]!.key;
    const overdue = before.tasks[1]!.key;
    expect(fillOf(statusCell(wb, done))).toBeUndefined();
    expect(fillOf(statusCell(wb, overdue))).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    paint(statusCell(wb, done), BAD);
    // Done since: no longer overdue, its row's colour gone with it.
    statusCell(wb, overdue).value = 'Hoàn thành';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const again = await open((await writeMarkedCopyDetailed(source(), after, report([after], ASOF), { asOf: ASOF, previousCopy: bytes, replaces: bytes })).bytes);
    expect(fillOf(statusCell(again, done))).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(fillOf(statusCell(again, overdue))).toBeUndefined();
  });

  it('under a mark of the earlier copy is the user\'s fill the mark covered, not the mark\'s colour', async () => {
    const { bytes } = await colouredCopy();
    const key = before.tasks[1]!.key;
    // The copy checked itself: a status CTCT cannot read there is marked on its cell, over the user's fill.
    const at = statusCell(await open(bytes), key);
    const onTracker = { ...before, findings: [finding({ sheet: 'Theo dõi', row: Number(at.row), column: at.address.replace(/\d+/g, ''), severity: 'warning', code: 'unknown-status', field: 'status', message: 'Tình trạng "abc" không thuộc danh sách.' })] };
    const marked = await writeMarkedCopy(bytes, onTracker, report([onTracker], ASOF), { asOf: ASOF });
    expect(fillOf(statusCell(await open(marked), key))).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    // Written again from the source over that copy: the user's fill, not the mark's yellow left with no record.
    const again = await open((await writeMarkedCopyDetailed(source(), after, report([after], ASOF), { asOf: ASOF, previousCopy: marked, replaces: marked })).bytes);
    expect(fillOf(statusCell(again, key))).toEqual(GREEN);
  });

  it('under a mark of its own copy, with no fill of a user\'s, takes its row\'s new look when the row is no longer overdue', async () => {
    const key = before.tasks[1]!.key;
    const first = await writeMarkedCopy(source(), before, report([before], ASOF), { asOf: ASOF });
    const at = statusCell(await open(first), key);
    const onTracker = { ...before, findings: [finding({ sheet: 'Theo dõi', row: Number(at.row), column: at.address.replace(/\d+/g, ''), severity: 'warning', code: 'unknown-status', field: 'status', message: 'Tình trạng "abc" không thuộc danh sách.' })] };
    // Marked over the overdue row's red: the mark's record remembers that red.
    const marked = await writeMarkedCopy(first, onTracker, report([onTracker], ASOF), { asOf: ASOF });
    expect(fillOf(statusCell(await open(marked), key))).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    // The source now says done and the finding is gone: the copy checked itself shows the row as done, no red left.
    const done = fileReport('phu-luc.xlsx', before.tasks.map((t) => (t.key === key ? { ...t, status: 'Hoàn thành' } : t)));
    const again = await open(await writeMarkedCopy(marked, done, report([done], ASOF), { asOf: ASOF }));
    const cell = statusCell(again, key);
    expect(fillOf(cell.worksheet.getCell(`D${cell.row}`))).toBeUndefined();
    expect(fillOf(cell)).toBeUndefined();
  });
});
