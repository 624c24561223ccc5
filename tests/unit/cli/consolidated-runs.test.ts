/**
 * `ctct check` over a folder of units' workbooks, as Văn phòng Sở runs it every quarter: what the
 * consolidated summary says about files that add nothing, and how CTCT's own outputs in the folder
 * are told apart from units' workbooks.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyseWorkbook, combineReports, reportSchema, type CellValue } from '../../../src/engine';
import { readWorkbookGrid, writeMarkedCopy } from '../../../src/xlsx';
import { programme2025, task } from '../../helpers/grid';
import { runCli } from '../../helpers/cli';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-cons-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fresh = (name: string) => fs.mkdtempSync(path.join(tmp, `${name}-`));

async function writeWorkbook(file: string, sheet: string, rows: CellValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet).addRows(rows.map((r) => r.map((v) => v ?? null)));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

async function cellTexts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
  return texts;
}

const KPI_ROWS: CellValue[][] = [
  ['CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025'],
  ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Phòng/đơn vị tham mưu', 'Ghi chú'],
  [1, 'Số doanh nghiệp được hỗ trợ áp dụng ISO', 'Doanh nghiệp', '10', 'Phòng QLTCĐLCL', null],
  [2, 'Số phương tiện đo được kiểm định', 'Phương tiện', '10.000', 'Trung tâm KTTCĐLCL', null],
];

describe('a workbook with targets and no task table in a consolidated run', () => {
  it('is checked, and the consolidated summary says it adds no task (printed and in tong-hop.xlsx); exit as for the others', async () => {
    const dir = fresh('chi-tieu');
    await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN')]));
    await writeWorkbook(path.join(dir, 'tdc-chi-tieu.xlsx'), 'Chỉ tiêu', KPI_ROWS);
    const r = await runCli('check', dir);
    expect(r.code).toBe(0);
    const consolidated = r.out.slice(r.out.indexOf('TỔNG HỢP CHUNG'));
    expect(consolidated).toContain('⚠ Tệp “tdc-chi-tieu.xlsx” chỉ có bảng chỉ tiêu, không có bảng nhiệm vụ: tổng hợp chỉ tính 2 chỉ tiêu của tệp, không có nhiệm vụ nào');
    expect(consolidated).toMatch(/Tổng số nhiệm vụ: 1; 2 chỉ tiêu/);
    // A file with tasks gets no such line.
    expect(consolidated).not.toContain('qlkh.xlsx” chỉ có');
    const out = fresh('chi-tieu-ra');
    await runCli('check', dir, '--out', out);
    expect((await cellTexts(path.join(out, 'tong-hop.xlsx'), 'Tổng hợp')).join('\n')).toContain('Tệp “tdc-chi-tieu.xlsx” chỉ có bảng chỉ tiêu, không có bảng nhiệm vụ');
  });
});

describe('inputs that are not regular files', () => {
  const bin = path.resolve(__dirname, '../../../src/cli/ctct.cjs');
  const ctct = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args, '--as-of', '2025-10-15'], { encoding: 'utf8', timeout: 15_000 });

  it('a named pipe given as a file, as --directory or as --out is one Vietnamese sentence (exit 2), never a run that hangs; the other files are checked', async () => {
    const dir = fresh('ong-dan');
    const pipe = path.join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [pipe]);
    const good = await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN')]));
    const r = ctct(pipe, good, '--json');
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => f.file)).toEqual(['qlkh.xlsx']);
    expect(report.errors).toEqual([{ file: 'ong.xlsx', code: 'not-xlsx', message: `“${pipe}” không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket), không phải là bảng tính Excel .xlsx.` }]);
    expect(r.stderr.trim()).toBe(report.errors![0]!.message);

    const directory = path.join(dir, 'danh-muc.json');
    execFileSync('mkfifo', [directory]);
    const d = ctct(good, '--directory', directory);
    expect(d.error).toBeUndefined();
    expect([d.status, d.stderr.trim()]).toEqual([2, `"${directory}" không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket): --directory cần một tệp .json.`]);

    const out = path.join(dir, 'ra.xlsx');
    execFileSync('mkfifo', [out]);
    const o = ctct(good, '--out', out);
    expect(o.error).toBeUndefined();
    expect(o.status).toBe(2);
    expect(o.stderr.trim()).toBe(`Không ghi được vào “${out}”: đó không phải là một tệp thông thường (là ống dẫn, thiết bị hay socket); hãy chọn tên khác cho --out.`);
  }, 60_000);
});

/** Opens a marked copy, lets `type` change its "Theo dõi" as a user would in Excel, and saves it. */
async function editTracker(file: string, type: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  type(wb.getWorksheet('Theo dõi')!);
  await wb.xlsx.writeFile(file);
}

/** Types a status into the first task row of a marked copy's "Theo dõi", as the office does. */
async function typeStatus(file: string, status: string): Promise<void> {
  await editTracker(file, (ws) => {
    expect(ws.getCell('J1').value).toBe('Trạng thái');
    ws.getCell('J2').value = status;
  });
}

async function trackerStatus(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('Theo dõi')!.getCell('J2').value;
}

/** Two units' workbooks (one task, two tasks), no status column: what "Theo dõi" says is all the statuses there are. */
async function twoUnits(dir: string, [one, two] = ['vp.xlsx', 'qlkh.xlsx']): Promise<void> {
  await writeWorkbook(path.join(dir, one), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
  await writeWorkbook(path.join(dir, two), 'Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'), task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ')]));
}

const json = (r: { out: string }) => reportSchema.parse(JSON.parse(r.out));

describe('CTCT’s own outputs among the inputs, told by what they hold', () => {
  it('a folder checked into itself after two copies wanted one name ("b-x-2-kiem-tra.xlsx") counts only the units’ files, and --out writes again', async () => {
    const dir = fresh('trung-ten');
    await writeWorkbook(path.join(dir, 'b', 'x.xlsx'), 'Phụ lục II', programme2025([task(1, 'Thẩm định nhiệm vụ khoa học và công nghệ')]));
    await writeWorkbook(path.join(dir, 'b-x.xlsx'), 'Phụ lục II', programme2025([task(1, 'Nghiệm thu nhiệm vụ khoa học và công nghệ'), task(2, 'Kiểm tra tiến độ nhiệm vụ')]));
    await writeWorkbook(path.join(dir, 'x.xlsx'), 'Phụ lục II', programme2025([task(1, 'Xây dựng quy chế phối hợp', { lead: 'Văn phòng Sở' })]));
    const first = await runCli('check', dir, '--out', dir, '--json');
    // No error in these tasks: exit 0 (1 would mean errors found, 2 a failure).
    expect(first.code).toBe(0);
    expect(json(first).summary.taskCount).toBe(4);
    const names = fs.readdirSync(dir).sort();
    expect(names).toContain('b-x-2-kiem-tra.xlsx');
    const again = await runCli('check', dir, '--out', dir, '--json');
    expect(again.code).toBe(0);
    expect(json(again).files.map((f) => f.file).sort()).toEqual(['b-x.xlsx', 'b/x.xlsx', `${path.basename(dir)}/x.xlsx`].sort());
    expect(json(again).summary.taskCount).toBe(4);
    expect(again.err).toContain(`Bỏ qua 4 tệp do CTCT ghi ra trong "${dir}" ở lần chạy trước, sẽ được ghi lại lần này.`);
    expect(fs.readdirSync(dir).sort()).toEqual(names);
  });

  it('a weekly run into the same folder says its own earlier outputs, which it writes again, in one short line; another output of CTCT\'s is still named', async () => {
    const dir = fresh('hang-tuan-bo-qua');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    const week = await runCli('check', dir, '--out', dir);
    const skipped = week.err.split('\n').filter((l) => l.startsWith('Bỏ qua'));
    expect(skipped).toEqual([`Bỏ qua 3 tệp do CTCT ghi ra trong "${dir}" ở lần chạy trước, sẽ được ghi lại lần này.`]);
    // A summary saved under another name is not written again: it is still named, with why.
    await runCli('check', path.join(dir, 'vp.xlsx'), path.join(dir, 'qlkh.xlsx'), '--out', path.join(dir, 'TH-quy3.xlsx'));
    const next = await runCli('check', dir, '--out', dir);
    expect(next.err.split('\n').filter((l) => l.startsWith('Bỏ qua'))).toEqual([
      `Bỏ qua 4 tệp do CTCT ghi ra trong "${dir}": 3 tệp của lần chạy trước, sẽ được ghi lại lần này; TH-quy3.xlsx (bảng tổng hợp).`,
    ]);
  });

  it('a summary saved under any name is left out with a note, in a folder or given by name; alone it leaves nothing to check', async () => {
    const dir = fresh('th-doi-ten');
    await twoUnits(dir);
    const th = path.join(dir, 'TH-quy3.xlsx');
    await runCli('check', path.join(dir, 'vp.xlsx'), path.join(dir, 'qlkh.xlsx'), '--out', th);
    const folder = await runCli('check', dir, '--json');
    expect(folder.code).toBe(0);
    expect(json(folder).errors).toBeUndefined();
    expect(json(folder).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(folder.err.trim()).toBe(`Bỏ qua 1 tệp do CTCT ghi ra trong "${dir}": TH-quy3.xlsx (bảng tổng hợp).`);
    const named = await runCli('check', th, path.join(dir, 'vp.xlsx'), '--json');
    expect([named.code, json(named).files.map((f) => f.file), json(named).errors]).toEqual([0, ['vp.xlsx'], undefined]);
    expect(named.err.trim()).toBe('Bỏ qua 1 tệp do CTCT ghi ra: TH-quy3.xlsx (bảng tổng hợp).');
    const alone = await runCli('check', th);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('Không có bảng tính nào để kiểm tra: các tệp đã nêu đều do CTCT ghi ra.');
  });

  it('a marked copy renamed by the user is left out beside its original, and checked when its original is not in the run', async () => {
    const dir = fresh('ban-sao-doi-ten');
    await twoUnits(dir);
    await runCli('check', path.join(dir, 'vp.xlsx'), '--out', path.join(dir, 'vp ban sao gui lanh dao.xlsx'));
    const r = await runCli('check', dir, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(json(r).summary.taskCount).toBe(3);
    expect(r.err).toContain('vp ban sao gui lanh dao.xlsx (bản sao đánh dấu của vp.xlsx');
    const alone = await runCli('check', path.join(dir, 'vp ban sao gui lanh dao.xlsx'), path.join(dir, 'qlkh.xlsx'), '--json');
    expect(json(alone).files.map((f) => f.file)).toEqual(['vp ban sao gui lanh dao.xlsx', 'qlkh.xlsx']);
    expect(alone.err).toBe('');
  });
});

describe('statuses typed in a marked copy beside its original', () => {
  it('count the same with and without --out: the copy’s "Theo dõi" stands for its original, and the next copy keeps them', async () => {
    const dir = fresh('theo-doi-ban-sao');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    await typeStatus(path.join(dir, 'vp-kiem-tra.xlsx'), 'Hoàn thành');
    const without = await runCli('check', dir, '--json');
    const within = await runCli('check', dir, '--out', dir, '--json');
    const elsewhere = fresh('noi-khac');
    const fresher = await runCli('check', dir, '--out', elsewhere, '--json');
    for (const r of [without, within, fresher]) {
      expect(json(r).summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
      expect(json(r).files.find((f) => f.file === 'vp.xlsx')!.summary.statusFromTracker).toBe(1);
    }
    expect(without.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx; trạng thái ở trang “Theo dõi” của nó được tính cho vp.xlsx)');
    expect(fresher.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao vp-kiem-tra.xlsx.');
    expect(await trackerStatus(path.join(elsewhere, 'vp-kiem-tra.xlsx'))).toBe('Hoàn thành');
    expect(await trackerStatus(path.join(dir, 'vp-kiem-tra.xlsx'))).toBe('Hoàn thành');
    // A copy where --out writes holds statuses of its own: that one is kept on (never lost), and said so.
    await typeStatus(path.join(elsewhere, 'vp-kiem-tra.xlsx'), 'Đang thực hiện');
    const replaced = await runCli('check', dir, '--out', elsewhere, '--json');
    expect(json(replaced).summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Chưa cập nhật': 2 });
    expect(replaced.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx; trang “Theo dõi” của vp-kiem-tra.xlsx, bản sao mà --out ghi đè, được dùng)');
    expect(await trackerStatus(path.join(elsewhere, 'vp-kiem-tra.xlsx'))).toBe('Đang thực hiện');
  });
});

describe('a unit\'s copy follows its file whatever its label this week', () => {
  it('"a/ctct.xlsx" labelled "ctct.xlsx" once b\'s same-named file is renamed still counts and keeps the statuses typed in "a-ctct-kiem-tra.xlsx"', async () => {
    const dir = fresh('nhan-doi');
    const units = path.join(dir, 'units');
    const out = path.join(dir, 'out');
    await twoUnits(units, ['a/ctct.xlsx', 'b/ctct.xlsx']);
    await runCli('check', units, '--out', out);
    await typeStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'), 'Hoàn thành');
    fs.renameSync(path.join(units, 'b', 'ctct.xlsx'), path.join(units, 'b', 'ctct-b.xlsx'));

    const r = await runCli('check', units, '--out', out, '--json');
    const a = json(r).files.find((f) => f.file === 'ctct.xlsx')!;
    expect(a.summary.statusFromTracker).toBe(1);
    expect(json(r).summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
    expect(fs.existsSync(path.join(out, 'ctct-kiem-tra.xlsx'))).toBe(false);
    expect(await trackerStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'))).toBe('Hoàn thành');
  });

  it('"b/ctct.xlsx" renamed "b/ctct-b.xlsx" (its label changing too) still counts and keeps the statuses typed in "b-ctct-kiem-tra.xlsx", week after week', async () => {
    const dir = fresh('doi-ten-ca-nhan');
    const units = path.join(dir, 'units');
    const out = path.join(dir, 'out');
    await twoUnits(units, ['a/ctct.xlsx', 'b/ctct.xlsx']);
    await runCli('check', units, '--out', out);
    await typeStatus(path.join(out, 'b-ctct-kiem-tra.xlsx'), 'Hoàn thành');
    fs.renameSync(path.join(units, 'b', 'ctct.xlsx'), path.join(units, 'b', 'ctct-b.xlsx'));

    for (const week of [1, 2]) {
      const r = await runCli('check', units, '--out', out, '--json');
      const b = json(r).files.find((f) => f.file === 'ctct-b.xlsx')!;
      expect([week, b.summary.statusFromTracker]).toEqual([week, 1]);
      expect(json(r).summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
      expect(fs.readdirSync(out).sort()).toEqual(['a-ctct-kiem-tra.xlsx', 'b-ctct-kiem-tra.xlsx', 'tong-hop.xlsx']);
      expect(await trackerStatus(path.join(out, 'b-ctct-kiem-tra.xlsx'))).toBe('Hoàn thành');
    }
  });

  it('checked into the units\' folder itself, the copy of "b/ctct.xlsx" beside "b/ctct-b.xlsx" (renamed) is its copy, left out: never a programme of its own nor copied again', async () => {
    const units = fresh('doi-ten-tai-cho');
    await twoUnits(units, ['a/ctct.xlsx', 'b/ctct.xlsx']);
    await runCli('check', units, '--out', units);
    await typeStatus(path.join(units, 'b-ctct-kiem-tra.xlsx'), 'Hoàn thành');
    fs.renameSync(path.join(units, 'b', 'ctct.xlsx'), path.join(units, 'b', 'ctct-b.xlsx'));

    const r = await runCli('check', units, '--out', units, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['ctct.xlsx', 'ctct-b.xlsx']);
    expect(json(r).summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
    expect(r.err).toContain('b-ctct-kiem-tra.xlsx (bản sao đánh dấu của ctct-b.xlsx; trạng thái ở trang “Theo dõi” của nó được tính cho ctct-b.xlsx)');
    expect(fs.readdirSync(units).filter((n) => n.endsWith('.xlsx')).sort()).toEqual(['a-ctct-kiem-tra.xlsx', 'b-ctct-kiem-tra.xlsx', 'ctct-b-kiem-tra.xlsx', 'tong-hop.xlsx']);
    expect(await trackerStatus(path.join(units, 'ctct-b-kiem-tra.xlsx'))).toBe('Hoàn thành');
  });

  it('a file renamed does not take the copy of another unit\'s file that could not be checked this week, nor one of another folder', async () => {
    const dir = fresh('doi-ten-khac');
    const units = path.join(dir, 'units');
    const out = path.join(dir, 'out');
    const tasks = [task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN'), task(2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ')];
    await writeWorkbook(path.join(units, 'a', 'ctct.xlsx'), 'Phụ lục II', programme2025(tasks));
    await writeWorkbook(path.join(units, 'b', 'ctct.xlsx'), 'Phụ lục II', programme2025([...tasks, task(3, 'Báo cáo công tác văn phòng tháng 7')]));
    await runCli('check', units, '--out', out);
    await typeStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'), 'Hoàn thành');
    fs.renameSync(path.join(units, 'b', 'ctct.xlsx'), path.join(units, 'b', 'ctct-b.xlsx'));
    fs.writeFileSync(path.join(units, 'a', 'ctct.xlsx'), 'hỏng');

    const r = await runCli('check', units, '--out', out, '--json');
    expect(json(r).files.find((f) => f.file === 'ctct-b.xlsx')!.summary.statusFromTracker).toBe(0);
    expect(await trackerStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'))).toBe('Hoàn thành');
  });
});

/** Writes the values of `from`'s sheet over those of the same sheet of `to` (a sheet left as it was while the rest changed). */
async function copySheetValues(from: string, to: string, sheet: string): Promise<void> {
  const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await a.xlsx.readFile(from);
  await b.xlsx.readFile(to);
  const [src, dst] = [a.getWorksheet(sheet)!, b.getWorksheet(sheet)!];
  dst.eachRow((row) => row.eachCell((c) => (c.value = null)));
  src.eachRow((row, r) => row.eachCell((c, col) => (dst.getCell(r, col).value = c.value)));
  await b.xlsx.writeFile(to);
}

/** Writes a marked copy again in the workbook itself, its "Tổng hợp" naming it, as the add-in does. */
async function rewriteInPlace(file: string): Promise<void> {
  const fileName = path.basename(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const asOf = '2025-10-15';
  const fileReport = analyseWorkbook(await readWorkbookGrid(bytes, { fileName }), { fileName, asOf });
  fs.writeFileSync(file, await writeMarkedCopy(bytes, fileReport, combineReports([fileReport], asOf), { asOf, fileName }));
}

/** Adds a task under the last one of a workbook's "Phụ lục II" (and its count to the quarter row), as a user does in Excel. */
async function addTask(file: string, text: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Phụ lục II')!;
  const n = ws.rowCount - 5;
  ws.getRow(ws.rowCount + 1).values = task(n + 1, text, { lead: 'Văn phòng Sở' }).map((v) => (v ?? null) as string | number | null);
  ws.getCell('B4').value = `Quý III (${n + 1} nhiệm vụ)`;
  await wb.xlsx.writeFile(file);
}

describe('a marked copy whose "Tổng hợp" names the copy itself', () => {
  it('(written again in the copy, by the add-in or a check of the copy) is still its original’s copy by its name: left out, its tracker counted', async () => {
    const dir = fresh('tong-hop-ban-sao');
    await twoUnits(dir);
    await runCli('check', path.join(dir, 'vp.xlsx'), '--out', path.join(dir, 'vp-kiem-tra.xlsx'));
    // The summary written in the copy itself says "Tệp: vp-kiem-tra.xlsx", as the add-in's does.
    await rewriteInPlace(path.join(dir, 'vp-kiem-tra.xlsx'));
    expect((await cellTexts(path.join(dir, 'vp-kiem-tra.xlsx'), 'Tổng hợp')).join('\n')).toContain('Tệp: vp-kiem-tra.xlsx');
    await typeStatus(path.join(dir, 'vp-kiem-tra.xlsx'), 'Hoàn thành');
    const r = await runCli('check', dir, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(json(r).summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Chưa cập nhật': 2 });
    expect(r.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx; trạng thái ở trang “Theo dõi” của nó được tính cho vp.xlsx)');
  });
});

describe('a marked copy whose programme was edited, beside its original', () => {
  it('is checked in its original’s place when only the copy changed since CTCT wrote it, and said so; else the original is used and the difference said', async () => {
    const dir = fresh('sua-ban-sao');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    await addTask(path.join(dir, 'vp-kiem-tra.xlsx'), 'Kiểm tra công tác văn thư lưu trữ');
    const copyEdited = await runCli('check', dir, '--json');
    expect(json(copyEdited).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp-kiem-tra.xlsx']);
    expect(json(copyEdited).summary.taskCount).toBe(4);
    expect(copyEdited.err).toContain('Dùng vp-kiem-tra.xlsx thay cho vp.xlsx: chương trình trong bản sao đánh dấu đã được sửa sau khi CTCT ghi ra (1 nhiệm vụ chỉ có ở bản sao), vp.xlsx vẫn như lúc đó.');
    // Both edited since: which is newer cannot be told; the original counts, and the run says what the copy holds.
    await addTask(path.join(dir, 'vp.xlsx'), 'Rà soát quy chế làm việc của Sở');
    const both = await runCli('check', dir, '--json');
    expect(json(both).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(json(both).summary.taskCount).toBe(4);
    expect(both.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx; chương trình trong bản sao khác tệp gốc (1 nhiệm vụ chỉ có ở bản sao, 1 nhiệm vụ chỉ có ở tệp gốc): không rõ tệp nào sửa sau');

    const later = fresh('sua-tep-goc');
    await twoUnits(later);
    await runCli('check', later, '--out', later);
    await addTask(path.join(later, 'vp.xlsx'), 'Rà soát quy chế làm việc của Sở');
    const originalEdited = await runCli('check', later, '--json');
    expect(json(originalEdited).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(json(originalEdited).summary.taskCount).toBe(4);
    expect(originalEdited.err).toContain('(1 nhiệm vụ chỉ có ở tệp gốc): vp.xlsx đã sửa sau khi có bản sao, chương trình của vp.xlsx được dùng');
  });

  it('a tracker refreshed in the edited copy (as the add-in does) is not taken for the original edited: the copy’s "Tổng hợp" of then tells, newer unknown, the original used', async () => {
    const dir = fresh('cap-nhat-ban-sao');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    const copy = path.join(dir, 'vp-kiem-tra.xlsx');
    await addTask(copy, 'Kiểm tra công tác văn thư lưu trữ');
    // "Cập nhật trang Theo dõi" in the copy: its tracker now holds the copy's two tasks; "Tổng hợp" stays as CTCT wrote it.
    const refreshed = path.join(fresh('cap-nhat-ra'), 'vp-kiem-tra.xlsx');
    await runCli('check', copy, '--out', refreshed);
    await copySheetValues(copy, refreshed, 'Tổng hợp');
    fs.copyFileSync(refreshed, copy);
    const r = await runCli('check', dir, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp.xlsx']);
    expect(r.err).toContain('vp-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx; chương trình trong bản sao khác tệp gốc (1 nhiệm vụ chỉ có ở bản sao): không rõ tệp nào sửa sau');
    expect(r.err).not.toContain('vp.xlsx đã sửa sau khi có bản sao');
  });

  it('a copy checked in its place writes its copy under the original’s name, never doubling the suffix: elsewhere vp-kiem-tra.xlsx, beside it vp-2-kiem-tra.xlsx', async () => {
    const dir = fresh('ten-ban-sao');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    await addTask(path.join(dir, 'vp-kiem-tra.xlsx'), 'Kiểm tra công tác văn thư lưu trữ');
    const out = fresh('ten-ban-sao-ra');
    await runCli('check', dir, '--out', out);
    expect(fs.readdirSync(out).sort()).toEqual(['qlkh-kiem-tra.xlsx', 'tong-hop.xlsx', 'vp-kiem-tra.xlsx']);
    // Made from the copy checked (its added task is there), which its "Tổng hợp" names.
    const texts = (await cellTexts(path.join(out, 'vp-kiem-tra.xlsx'), 'Theo dõi')).join('\n');
    expect(texts).toContain('Kiểm tra công tác văn thư lưu trữ');
    expect((await cellTexts(path.join(out, 'vp-kiem-tra.xlsx'), 'Tổng hợp')).join('\n')).toContain('Tệp: vp-kiem-tra.xlsx');
    // Beside it, the name it would take is the copy checked itself, never written to: the next free one.
    const beside = await runCli('check', dir, '--out', dir);
    expect(beside.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['qlkh-kiem-tra.xlsx', 'qlkh.xlsx', 'tong-hop.xlsx', 'vp-2-kiem-tra.xlsx', 'vp-kiem-tra.xlsx', 'vp.xlsx']);
    // Run again, that copy is the one replaced, and left out as the copy of the copy checked.
    const again = await runCli('check', dir, '--out', dir, '--json');
    expect(json(again).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp-kiem-tra.xlsx']);
    expect(fs.readdirSync(dir)).toHaveLength(6);
  });

  it('a marked copy checked without its original (gone, or unreadable) gets its copy under the original’s name, never "vp-kiem-tra-kiem-tra.xlsx", and says so', async () => {
    const dir = fresh('chi-ban-sao');
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
    await runCli('check', path.join(dir, 'vp.xlsx'), '--out', dir);
    fs.rmSync(path.join(dir, 'vp.xlsx'));
    const copy = path.join(dir, 'vp-kiem-tra.xlsx');
    const beside = await runCli('check', copy, '--out', dir);
    expect(beside.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['vp-2-kiem-tra.xlsx', 'vp-kiem-tra.xlsx']);
    expect(beside.err).toContain('bản sao đánh dấu CTCT đã ghi (của vp.xlsx)');
    expect(beside.err).toContain('“vp-2-kiem-tra.xlsx”');
    // Run again over the folder: the same copy is replaced, left out as the copy of the copy checked.
    const again = await runCli('check', dir, '--out', dir, '--json');
    expect(json(again).files.map((f) => f.file)).toEqual(['vp-kiem-tra.xlsx']);
    expect(fs.readdirSync(dir).sort()).toEqual(['vp-2-kiem-tra.xlsx', 'vp-kiem-tra.xlsx']);
    // Elsewhere, the copy takes the original's copy name itself.
    const out = fresh('chi-ban-sao-ra');
    await runCli('check', copy, '--out', out);
    expect(fs.readdirSync(out)).toEqual(['vp-kiem-tra.xlsx']);
    // The original unreadable this week: the copy is checked in its place, named the same way.
    fs.writeFileSync(path.join(dir, 'vp.xlsx'), 'không phải tệp Excel');
    fs.rmSync(path.join(dir, 'vp-2-kiem-tra.xlsx'));
    const unreadable = await runCli('check', dir, '--out', dir);
    expect(unreadable.code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['tong-hop.xlsx', 'vp-2-kiem-tra.xlsx', 'vp-kiem-tra.xlsx', 'vp.xlsx']);
  });

  it('a copy written from a copy checked without its original names that original, so a copy of it (renamed, moved) is named after the original too', async () => {
    const dir = fresh('ban-sao-cua-ban-sao');
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
    await runCli('check', path.join(dir, 'vp.xlsx'), '--out', dir);
    // Last month's copy kept under another name, checked on its own: its copy is vp-kiem-tra.xlsx.
    const kept = path.join(fresh('ban-sao-thang-9'), 'vp-thang9.xlsx');
    fs.copyFileSync(path.join(dir, 'vp-kiem-tra.xlsx'), kept);
    const first = fresh('ban-sao-cua-ban-sao-1');
    await runCli('check', kept, '--out', first);
    expect(fs.readdirSync(first)).toEqual(['vp-kiem-tra.xlsx']);
    expect((await cellTexts(path.join(first, 'vp-kiem-tra.xlsx'), 'Tổng hợp')).join('\n')).toContain('Tệp: vp.xlsx');
    // That copy, renamed and checked on its own in turn: still the original's name, not "vp-thang9-kiem-tra.xlsx".
    const renamed = path.join(fresh('ban-sao-doi-ten'), 'bao-cao-vp.xlsx');
    fs.copyFileSync(path.join(first, 'vp-kiem-tra.xlsx'), renamed);
    const second = fresh('ban-sao-cua-ban-sao-2');
    const r = await runCli('check', renamed, '--out', second);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(second)).toEqual(['vp-kiem-tra.xlsx']);
    expect(r.err).toContain('(của vp.xlsx)');
  });

  it('an older copy checked on its own over the copy the user types in keeps that copy beside: its statuses are never written over', async () => {
    const dir = fresh('ban-sao-cu-de');
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
    await runCli('check', path.join(dir, 'vp.xlsx'), '--out', dir);
    const copy = path.join(dir, 'vp-kiem-tra.xlsx');
    // Last month's copy, kept elsewhere; the office goes on typing in this week's.
    const elsewhere = fresh('ban-sao-cu-de-thang-9');
    const older = path.join(elsewhere, 'vp-thang9.xlsx');
    fs.copyFileSync(copy, older);
    await typeStatus(copy, 'Hoàn thành');
    const r = await runCli('check', older, '--out', dir);
    expect(r.code).toBe(0);
    // The new copy takes the original's name; what was typed in the one it replaces is kept beside.
    expect(fs.readdirSync(dir).sort()).toEqual(['vp-kiem-tra-ban-cu.xlsx', 'vp-kiem-tra.xlsx', 'vp.xlsx']);
    expect(await trackerStatus(path.join(dir, 'vp-kiem-tra-ban-cu.xlsx'))).toBe('Hoàn thành');
    expect(r.err).toContain('được giữ lại với tên vp-kiem-tra-ban-cu.xlsx');
    // Run again: the copy written then holds nothing typed since, and is replaced as usual.
    const again = await runCli('check', older, '--out', dir);
    expect(again.err).not.toContain('giữ lại');
    expect(fs.readdirSync(dir).sort()).toEqual(['vp-kiem-tra-ban-cu.xlsx', 'vp-kiem-tra.xlsx', 'vp.xlsx']);
  });

  it('a copy of the copy checked in its place, edited in turn, is the one checked: neither older file counts', async () => {
    const dir = fresh('sua-hai-lan');
    await twoUnits(dir);
    await runCli('check', dir, '--out', dir);
    await addTask(path.join(dir, 'vp-kiem-tra.xlsx'), 'Kiểm tra công tác văn thư lưu trữ');
    await runCli('check', dir, '--out', dir);
    expect(fs.existsSync(path.join(dir, 'vp-2-kiem-tra.xlsx'))).toBe(true);
    await addTask(path.join(dir, 'vp-2-kiem-tra.xlsx'), 'Rà soát quy chế làm việc của Sở');
    const r = await runCli('check', dir, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['qlkh.xlsx', 'vp-2-kiem-tra.xlsx']);
    expect(json(r).summary.taskCount).toBe(5);
    expect(r.err).toContain('Dùng vp-2-kiem-tra.xlsx thay cho vp.xlsx');
  });
});

describe('the same workbook twice under other names', () => {
  it('is checked once (a copy Windows made, one saved again), said so; a task with no lead unit is not counted twice', async () => {
    const dir = fresh('hai-lan');
    const vp = await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' }), task(2, 'Tổng hợp báo cáo tháng 7 của Sở', { lead: '' })]));
    fs.copyFileSync(vp, path.join(dir, 'vp - Copy.xlsx'));
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(vp);
    fs.mkdirSync(path.join(dir, 'don-vi'));
    await saved.xlsx.writeFile(path.join(dir, 'don-vi', 'vp (1).xlsx'));
    const r = await runCli('check', dir, '--json');
    expect(json(r).files.map((f) => f.file)).toEqual(['vp.xlsx']);
    expect(json(r).summary.taskCount).toBe(2);
    expect(json(r).summary.missing.lead).toHaveLength(1);
    expect(r.err).toContain('Tệp “vp (1).xlsx” có cùng nội dung với “vp.xlsx”: chỉ kiểm tra một lần.');
    expect(r.err).toContain('Tệp “vp - Copy.xlsx” có cùng nội dung với “vp.xlsx”: chỉ kiểm tra một lần.');
    // The marked copies an earlier run made of each (vp-kiem-tra.xlsx, "vp - Copy-kiem-tra.xlsx") are still left out.
    const marked = fresh('hai-lan-ban-sao');
    fs.copyFileSync(vp, path.join(marked, 'vp.xlsx'));
    fs.copyFileSync(vp, path.join(marked, 'vp - Copy.xlsx'));
    for (const name of ['vp.xlsx', 'vp - Copy.xlsx']) await runCli('check', path.join(marked, name), '--out', path.join(marked, name.replace('.xlsx', '-kiem-tra.xlsx')));
    const again = await runCli('check', marked, '--json');
    expect(json(again).files.map((f) => f.file)).toEqual(['vp.xlsx']);
    expect(json(again).summary.taskCount).toBe(2);
    expect(again.err).toContain('vp - Copy-kiem-tra.xlsx (bản sao đánh dấu của vp.xlsx)');
    // Another unit's workbook of other content is still checked.
    await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Phụ lục II', programme2025([task(1, 'Tổng hợp báo cáo tháng 7 của Sở', { lead: '' })]));
    expect(json(await runCli('check', dir, '--json')).summary.taskCount).toBe(3);
  });
});

describe('the task list of tong-hop.xlsx', () => {
  it('gives each task the status "Tổng hợp" counts it under beside the one written, so filtering on it gives the same numbers', async () => {
    const dir = fresh('tinh-trang');
    const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
    const unit = (rows: CellValue[][]): CellValue[][] => [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], header, ['I', 'Quý III'], [null, 'Tháng 7'], ...rows];
    await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Quý III', unit([
      [1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', '100%'],
      [2, 'Tổ chức hội đồng tư vấn xác định nhiệm vụ', 'Phòng QLKH&ĐMST', 'Biên bản', 'PGĐ Sở Phan Văn Hiếu', '50%'],
    ]));
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Quý III', unit([
      [1, 'Báo cáo công tác văn phòng tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
      [2, 'Rà soát quy chế làm việc của Sở', 'Văn phòng Sở', 'Quy chế', 'Giám đốc Sở', null],
    ]));
    const out = fresh('tinh-trang-ra');
    const r = await runCli('check', dir, '--out', out, '--json');
    const byStatus = json(r).summary.byStatus;
    expect(byStatus).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 1, 'Chưa cập nhật': 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'tong-hop.xlsx'));
    const rows: unknown[][] = [];
    wb.getWorksheet('Danh sách nhiệm vụ')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(11)).toEqual(['Tình trạng', 'Tình trạng trong Tổng hợp', 'Tính chung với']);
    expect(rows.slice(1).map((row) => [row[11] ?? null, row[12]])).toEqual([
      ['100%', 'Hoàn thành'],
      ['50%', 'Đang thực hiện'],
      ['Hoàn thành', 'Hoàn thành'],
      [null, 'Chưa cập nhật'],
    ]);
    const filtered: Record<string, number> = {};
    for (const row of rows.slice(1)) filtered[row[12] as string] = (filtered[row[12] as string] ?? 0) + 1;
    expect(filtered).toEqual(byStatus);
  });
});

describe('files that are no workbook', () => {
  it('say how to make one (an empty file, a .csv), and --out says nothing was written when no file could be read', async () => {
    const dir = fresh('khong-phai');
    const empty = path.join(dir, 'rong.xlsx');
    fs.writeFileSync(empty, '');
    const csv = path.join(dir, 'ds.csv');
    fs.writeFileSync(csv, 'STT,Nhiệm vụ,Đơn vị chủ trì\n1,Xây dựng kế hoạch,Phòng QLKH&ĐMST\n');
    const out = path.join(dir, 'ket-qua');
    const r = await runCli('check', empty, csv, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      'Tệp “rong.xlsx” trống (0 byte), không phải là bảng tính Excel .xlsx: hãy chép hay tải lại tệp, hoặc mở bảng tính gốc trong Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx) rồi chạy lại lệnh.',
      'Tệp “ds.csv” không phải là bảng tính Excel .xlsx: nếu đó là bảng tính lưu dạng khác (.csv, .ods…), hãy mở tệp trong Excel, chọn Tệp > Lưu thành và lưu dưới dạng Sổ làm việc Excel (.xlsx) rồi chạy lại lệnh.',
      `Không ghi gì vào “${out}”: không đọc được tệp nào.`,
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('--period as users type it', () => {
  it('takes "2025-9" and "9/2025" for the period 2025-09, as a "Danh mục" sheet does; an unknown period is still refused', async () => {
    const dir = fresh('ky');
    const file = await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN')]));
    for (const typed of ['2025-9', '9/2025', ' 2025-09 ']) {
      const r = await runCli('check', file, '--period', typed, '--json');
      expect([typed, r.code, json(r).files[0]!.period]).toEqual([typed, 0, '2025-09']);
    }
    const wrong = await runCli('check', file, '--period', '2025-13');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Không có kỳ "2025-13" trong danh mục');
  });
});

describe('the printed report', () => {
  it('lists the overdue tasks (the first ten, the rest counted), each with its cell, deadline, units and status', async () => {
    const dir = fresh('qua-han');
    const tasks = Array.from({ length: 12 }, (_, i) => task(i + 1, `Nhiệm vụ kiểm tra số ${i + 1} của phòng`));
    tasks[0] = [1, 'Nhiệm vụ kiểm tra số 1 của phòng', 'Phòng QLKH&ĐMST; Văn phòng Sở', null, 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', null];
    await writeWorkbook(path.join(dir, 'qlkh.xlsx'), 'Phụ lục II', programme2025(tasks));
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
    const r = await runCli('check', dir);
    const own = r.out.slice(r.out.indexOf('━━ qlkh.xlsx'), r.out.indexOf('━━ vp.xlsx'));
    expect(own).toContain(
      [
        '  Quá hạn (chưa hoàn thành): 12.',
        "    'Phụ lục II'!A6: Nhiệm vụ kiểm tra số 1 của phòng (hạn 31/07/2025; Phòng QLKH&ĐMST, Văn phòng Sở)",
        "    'Phụ lục II'!A7: Nhiệm vụ kiểm tra số 2 của phòng (hạn 31/07/2025; Phòng QLKH&ĐMST)",
      ].join('\n'),
    );
    expect(own).toContain("    'Phụ lục II'!A15: Nhiệm vụ kiểm tra số 10 của phòng (hạn 31/07/2025; Phòng QLKH&ĐMST)\n    … và 2 nhiệm vụ quá hạn khác");
    expect(own).not.toContain('số 11 của phòng');
    // In the consolidated summary, each line names its file.
    const all = r.out.slice(r.out.indexOf('TỔNG HỢP CHUNG'));
    expect(all).toContain("  Quá hạn (chưa hoàn thành): 13.\n    qlkh.xlsx · 'Phụ lục II'!A6: Nhiệm vụ kiểm tra số 1 của phòng");
    expect(all).toContain('    … và 3 nhiệm vụ quá hạn khác');
  });
});

describe('a weekly re-run with --out into the same folder', () => {
  it('says "Giữ lại … Theo dõi" only for copies whose tracker holds something users typed (a note, a deadline), not for untouched ones', async () => {
    const dir = fresh('hang-tuan');
    await twoUnits(dir);
    const out = fresh('hang-tuan-ra');
    await runCli('check', dir, '--out', out);
    const untouched = await runCli('check', dir, '--out', out);
    expect(untouched.err).not.toContain('Giữ lại');

    await editTracker(path.join(out, 'vp-kiem-tra.xlsx'), (ws) => {
      ws.getCell('D2').note = 'Chờ ý kiến Giám đốc';
    });
    const noted = await runCli('check', dir, '--out', out);
    expect(noted.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước vp-kiem-tra.xlsx.');
    expect(noted.err).not.toContain('qlkh-kiem-tra.xlsx');

    await editTracker(path.join(out, 'qlkh-kiem-tra.xlsx'), (ws) => {
      expect(ws.getCell('I1').value).toBe('Thời hạn');
      ws.getCell('I2').value = '30/9/2025';
    });
    const dated = await runCli('check', dir, '--out', out);
    // Only qlkh's copy was typed in since the last run: named; vp's note, carried unchanged, only counted.
    expect(dated.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước qlkh-kiem-tra.xlsx.');
    expect(dated.err).toContain('Trang “Theo dõi” của 1 bản sao trước không đổi từ lần CTCT ghi: những gì đã gõ ở đó vẫn được giữ.');
    expect(dated.err).not.toContain('vp-kiem-tra.xlsx');
    // Typed in both since: one list for the run, each copy once (not a sentence a copy).
    for (const [file, cell, value] of [['vp-kiem-tra.xlsx', 'I2', '31/10/2025'], ['qlkh-kiem-tra.xlsx', 'I3', '15/10/2025']] as const) {
      await editTracker(path.join(out, file), (ws) => {
        ws.getCell(cell).value = value;
      });
    }
    const both = await runCli('check', dir, '--out', out);
    expect(both.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của 2 bản sao trước:\n  qlkh-kiem-tra.xlsx\n  vp-kiem-tra.xlsx');
    expect(both.err.match(/Giữ lại|không đổi/g)).toHaveLength(1);
    // Next week, nothing typed: one short line, no copy named.
    const quiet = await runCli('check', dir, '--out', out);
    expect(quiet.err).not.toContain('Giữ lại');
    expect(quiet.err).toContain('Trang “Theo dõi” của 2 bản sao trước không đổi từ lần CTCT ghi: những gì đã gõ ở đó vẫn được giữ.');
  });
});

describe('a weekly re-run after a user edits a task line they added in "Theo dõi"', () => {
  it('names the copy ("Giữ lại …"), not "không đổi": the line\'s task, unit and product are what the user typed', async () => {
    const dir = fresh('dong-them');
    await twoUnits(dir);
    const out = fresh('dong-them-ra');
    await runCli('check', dir, '--out', out);
    const edit = (task: string, unit: string) =>
      editTracker(path.join(out, 'vp-kiem-tra.xlsx'), (ws) => {
        expect([ws.getCell('D1').value, ws.getCell('E1').value]).toEqual(['Nhiệm vụ', 'Đơn vị chủ trì']);
        ws.getCell('D3').value = task;
        ws.getCell('E3').value = unit;
      });
    await edit('Họp giao ban tháng 8 (phát sinh)', 'Văn phòng Sở');
    const added = await runCli('check', dir, '--out', out);
    expect(added.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước vp-kiem-tra.xlsx.');
    const quiet = await runCli('check', dir, '--out', out);
    expect(quiet.err).toContain('Trang “Theo dõi” của 1 bản sao trước không đổi từ lần CTCT ghi');
    // The line's text corrected, its unit changed: typed since, so named again, and carried as typed.
    await edit('Họp giao ban tháng 9 (phát sinh)', 'Phòng QLKH&ĐMST');
    const corrected = await runCli('check', dir, '--out', out);
    expect(corrected.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước vp-kiem-tra.xlsx.');
    expect(corrected.err).not.toContain('không đổi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'vp-kiem-tra.xlsx'));
    const ws = wb.getWorksheet('Theo dõi')!;
    expect([ws.getCell('D3').value, ws.getCell('E3').value]).toEqual(['Họp giao ban tháng 9 (phát sinh)', 'Phòng QLKH&ĐMST']);
  });
});

describe('a weekly re-run after Excel recalculated a formula in a column users added to "Theo dõi"', () => {
  it('says "không đổi": the formula is what they typed, its result (a count of days from TODAY()) is Excel\'s', async () => {
    const dir = fresh('cong-thuc');
    await twoUnits(dir);
    const out = fresh('cong-thuc-ra');
    await runCli('check', dir, '--out', out);
    const type = (result: number, formula = 'TODAY()-DATE(2025,9,30)') =>
      editTracker(path.join(out, 'vp-kiem-tra.xlsx'), (ws) => {
        // The users' column "Số ngày", added after the tracker's own the first time.
        const header = ws.getRow(1);
        const found = [...Array(header.cellCount).keys()].map((i) => i + 1).find((c) => header.getCell(c).value === 'Số ngày');
        const at = found ?? header.cellCount + 1;
        header.getCell(at).value = 'Số ngày';
        ws.getCell(2, at).value = { formula, result } as ExcelJS.CellFormulaValue;
      });
    await type(10);
    const added = await runCli('check', dir, '--out', out);
    expect(added.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước vp-kiem-tra.xlsx.');
    // Opened in Excel a day later: the same formula, another result.
    await type(11);
    const recalculated = await runCli('check', dir, '--out', out);
    expect(recalculated.err).not.toContain('Giữ lại');
    expect(recalculated.err).toContain('Trang “Theo dõi” của 1 bản sao trước không đổi từ lần CTCT ghi');
    // The formula changed: typed since.
    await type(3, 'TODAY()-DATE(2025,10,7)');
    const changed = await runCli('check', dir, '--out', out);
    expect(changed.err).toContain('Giữ lại những gì đã ghi ở trang “Theo dõi” của bản sao trước vp-kiem-tra.xlsx.');
  });
});

describe('a weekly folder run with one copy open in Excel', () => {
  it('writes nothing, and says so: not only that copy, none of the run\'s files was written', async () => {
    const dir = fresh('dang-mo');
    await twoUnits(dir);
    const out = fresh('dang-mo-ra');
    await runCli('check', dir, '--out', out);
    await typeStatus(path.join(out, 'qlkh-kiem-tra.xlsx'), 'Hoàn thành');
    await writeWorkbook(path.join(dir, 'vp.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 8', { lead: 'Văn phòng Sở' })]));
    const before = fs.readFileSync(path.join(out, 'vp-kiem-tra.xlsx'));
    fs.writeFileSync(path.join(out, '~$qlkh-kiem-tra.xlsx'), '');

    const r = await runCli('check', dir, '--out', out);

    expect(r.code).toBe(2);
    expect(r.err).toContain('tệp đang mở trong Excel (có tệp khóa “~$qlkh-kiem-tra.xlsx” bên cạnh)');
    expect(r.err).toContain('Chưa tệp nào của lần chạy này được ghi (cả 3 tệp: bản sao của các tệp khác và bảng tổng hợp).');
    expect(fs.readFileSync(path.join(out, 'vp-kiem-tra.xlsx')).equals(before)).toBe(true);
  });
});

describe('two units\' "ctct.xlsx" in their folders, one of them unreadable one week', () => {
  it('the other keeps its label "a/ctct.xlsx" and its copy: the statuses typed in "a-ctct-kiem-tra.xlsx" still count and go on', async () => {
    const dir = fresh('cung-ten');
    await writeWorkbook(path.join(dir, 'a', 'ctct.xlsx'), 'Phụ lục II', programme2025([task(1, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]));
    await writeWorkbook(path.join(dir, 'b', 'ctct.xlsx'), 'Phụ lục II', programme2025([task(1, 'Xây dựng kế hoạch kiểm tra nhiệm vụ KH&CN')]));
    const out = fresh('cung-ten-ra');
    await runCli('check', dir, '--out', out);
    await typeStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'), 'Hoàn thành');
    fs.writeFileSync(path.join(dir, 'b', 'ctct.xlsx'), 'không phải bảng tính');

    const r = await runCli('check', dir, '--out', out, '--json');
    const report = json(r);
    expect(report.files.map((f) => f.file)).toEqual(['a/ctct.xlsx']);
    expect(report.errors!.map((e) => e.file)).toEqual(['b/ctct.xlsx']);
    expect(report.summary.byStatus['Hoàn thành']).toBe(1);
    expect(fs.existsSync(path.join(out, 'ctct-kiem-tra.xlsx'))).toBe(false);
    expect(await trackerStatus(path.join(out, 'a-ctct-kiem-tra.xlsx'))).toBe('Hoàn thành');
  });
});
