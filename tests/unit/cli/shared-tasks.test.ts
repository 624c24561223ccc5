/**
 * `ctct check` over the whole programme and units' own workbooks: a task in several files counts
 * once in the consolidated summary (printed, --json, tong-hop.xlsx), and copies whose statuses
 * differ are named with their file and row.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { reportSchema, type CellValue } from '../../../src/engine';
import { programme2025, task } from '../../helpers/grid';
import { runCli } from '../../helpers/cli';
import { blockRows, rowsOf } from '../../helpers/sheet-rows';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-shared-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function writeWorkbook(file: string, sheet: string, rows: CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet).addRows(rows.map((r) => r.map((v) => v ?? null)));
  const at = path.join(tmp, file);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  await wb.xlsx.writeFile(at);
  return at;
}

const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
const PLAN = 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN';
const WORKSHOP = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';

/**
 * The programme (no status column) and two units' sheets holding some of its tasks, with statuses;
 * in `dir` when given, Phòng BCVT&CĐS's named `bcvtName`.
 */
async function inputs(dir = '', bcvtName = path.join('bcvt', 'bcvt.xlsx')): Promise<string[]> {
  return Promise.all([
    writeWorkbook(path.join(dir, 'chuong-trinh.xlsx'), 'Phụ lục II', programme2025([task(1, PLAN), task(2, WORKSHOP, { lead: 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS' }), task(3, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })])),
    writeWorkbook(path.join(dir, 'qlkh', 'qlkh.xlsx'), 'Quý III', [
      ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG QLKH&ĐMST'],
      UNIT_HEADER,
      ['I', 'Quý III'],
      [null, 'Tháng 7'],
      [1, PLAN, 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', 'Hoàn thành'],
      [2, WORKSHOP, 'Phòng QLKH&ĐMST', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', 'Hoàn thành'],
    ]),
    writeWorkbook(path.join(dir, bcvtName), 'Quý III', [
      ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG BCVT&CĐS'],
      UNIT_HEADER,
      ['I', 'Quý III'],
      [null, 'Tháng 7'],
      [1, WORKSHOP, 'Phòng BCVT&CĐS', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện'],
    ]),
  ]);
}

describe('a task in the programme and in units\' workbooks', () => {
  it('is counted once in the consolidated JSON summary, each file\'s own summary unchanged', async () => {
    const r = await runCli('check', ...(await inputs()), '--json');
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.files.map((f) => f.summary.taskCount)).toEqual([3, 2, 1]);
    expect(report.summary.taskCount).toBe(3);
    // The workshop both units lead: done in Phòng QLKH&ĐMST's file, under way in Phòng BCVT&CĐS's.
    expect(report.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Đang thực hiện': 1, 'Chưa cập nhật': 1 });
    expect(report.summary.sharedTasks!.map((t) => [t.task, t.status, t.statusesDiffer, t.statusRule ?? null, t.copies.map((c) => `${c.file}:${c.row}${c.counted ? ' counted' : ''}`)])).toEqual([
      [PLAN, 'Hoàn thành', false, null, ['chuong-trinh.xlsx:6', 'qlkh.xlsx:5 counted']],
      [WORKSHOP, 'Đang thực hiện', true, 'lead-units-least', ['chuong-trinh.xlsx:7', 'qlkh.xlsx:6', 'bcvt.xlsx:5 counted']],
    ]);
  });

  it('counts the same statuses whatever the files are named: a folder with bcvt.xlsx renamed van-bcvt.xlsx', async () => {
    const run = async (dir: string, bcvtName: string) => {
      await inputs(dir, bcvtName);
      const s = reportSchema.parse(JSON.parse((await runCli('check', path.join(tmp, dir), '--json')).out)).summary;
      return { byStatus: s.byStatus, byLeadUnitAndStatus: s.byLeadUnitAndStatus, overdue: s.overdue.map((o) => [o.task, o.status]).sort(), shared: s.sharedTasks!.map((t) => [t.task, t.status]).sort() };
    };
    const before = await run('thu-muc-1', 'bcvt.xlsx');
    const after = await run('thu-muc-2', 'van-bcvt.xlsx');
    expect(after).toEqual(before);
    expect(before.shared).toEqual([
      [WORKSHOP, 'Đang thực hiện'],
      [PLAN, 'Hoàn thành'],
    ]);
    expect(before.overdue).toContainEqual([WORKSHOP, 'Đang thực hiện']);
  });

  it('says in the printed summary how many were counted once, and where the statuses differ', async () => {
    const r = await runCli('check', ...(await inputs()));
    const consolidated = r.out.slice(r.out.indexOf('━━ TỔNG HỢP CHUNG ━━'));
    expect(consolidated).toContain(
      `2 nhiệm vụ có trong nhiều tệp (cùng nội dung, cùng quý, tháng, có chung đơn vị chủ trì), như "${PLAN}" (chuong-trinh.xlsx, qlkh.xlsx), được tính một lần trong tổng hợp chung, theo tình trạng ghi ở tệp riêng của đơn vị chủ trì (tệp có gần hết nhiệm vụ do đơn vị đó chủ trì); không có tệp như vậy, hoặc các tệp ấy ghi khác nhau, thì theo tình trạng ít tiến triển nhất đã ghi (bản không ghi tình trạng không được tính). 1 nhiệm vụ trong số đó có tình trạng ghi khác nhau ở các tệp.`,
    );
    expect(consolidated).toContain(
      `Tình trạng ghi khác nhau ở các tệp (tình trạng được tính và vì sao):\n  • "${WORKSHOP}" — tính "Đang thực hiện", tệp của các đơn vị chủ trì ghi khác nhau: tình trạng ít tiến triển nhất trong các tệp ấy (bcvt.xlsx): chuong-trinh.xlsx (Phụ lục II, dòng 7): chưa ghi; qlkh.xlsx (Quý III, dòng 6): Hoàn thành; bcvt.xlsx (Quý III, dòng 5): Đang thực hiện`,
    );
    expect(consolidated).toContain('Tổng số nhiệm vụ: 3');
    expect(consolidated).not.toContain('đếm trùng');
  });

  it('writes tong-hop.xlsx the same way: the count, the differing statuses, the list\'s copies naming the task counted', async () => {
    const out = path.join(tmp, 'ra');
    const r = await runCli('check', ...(await inputs()), '--out', out);
    expect(r.err).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'tong-hop.xlsx'));
    const summary = rowsOf(wb.getWorksheet('Tổng hợp')!);
    expect(summary).toContainEqual([1, 'Tổng số nhiệm vụ', 3]);
    expect(summary).toContainEqual([2, 'Trong đó: nhiệm vụ có trong nhiều tệp (mỗi nhiệm vụ tính một lần)', 2]);
    const heading = summary.findIndex((row) => typeof row[0] === 'string' && row[0].endsWith('Nhiệm vụ có trong nhiều tệp, ghi trạng thái khác nhau'));
    expect(heading).toBeGreaterThan(0);
    expect(summary[heading + 2]).toEqual([
      1,
      WORKSHOP,
      'Phòng QLKH&ĐMST; Phòng BCVT&CĐS',
      'Quý III',
      'Tháng 7',
      'Đang thực hiện',
      'tệp của các đơn vị chủ trì ghi khác nhau: tình trạng ít tiến triển nhất trong các tệp ấy (bcvt.xlsx)',
      'chuong-trinh.xlsx, Phụ lục II, dòng 7: chưa ghi; qlkh.xlsx, Quý III, dòng 6: Hoàn thành; bcvt.xlsx, Quý III, dòng 5: Đang thực hiện',
    ]);
    // Overdue: the workshop (under way in Phòng BCVT&CĐS's file), the office's report (no status); not the plan done.
    expect(blockRows(summary, /^\d+\. Nhiệm vụ quá hạn/).map((row) => row[1])).toEqual([WORKSHOP, 'Báo cáo công tác văn phòng tháng 7']);

    const list = rowsOf(wb.getWorksheet('Danh sách nhiệm vụ')!);
    expect(list[0]![13]).toBe('Tính chung với');
    // A shared task is counted on the row whose status counts; the other copies name it and have no count of their own.
    expect(list.slice(1).map((row) => [row[0], row[6], row[11] ?? null, row[12] ?? null, row[13] ?? null])).toEqual([
      ['chuong-trinh.xlsx', PLAN, null, null, 'qlkh.xlsx, Quý III, dòng 5'],
      ['chuong-trinh.xlsx', WORKSHOP, null, null, 'bcvt.xlsx, Quý III, dòng 5'],
      ['chuong-trinh.xlsx', 'Báo cáo công tác văn phòng tháng 7', null, 'Chưa cập nhật', null],
      ['qlkh.xlsx', PLAN, 'Hoàn thành', 'Hoàn thành', null],
      ['qlkh.xlsx', WORKSHOP, 'Hoàn thành', null, 'bcvt.xlsx, Quý III, dòng 5'],
      ['bcvt.xlsx', WORKSHOP, 'Đang thực hiện', 'Đang thực hiện', null],
    ]);
  });
});
