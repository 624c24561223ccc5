/**
 * tong-hop.xlsx of a consolidated run over files of several periods, a task in several of them:
 * "Tổng hợp" and "Danh sách nhiệm vụ" say the same, under the newest period's names.
 */
import * as ExcelJS from 'exceljs';
import { combineReports, defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';
import { formatReport } from '../../../src/cli/format';
import { writeSummaryWorkbook } from '../../../src/xlsx';
import { AS_OF } from '../../helpers/fixtures';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';
import { blockRows, rowsOf } from '../../helpers/sheet-rows';

const WORKSHOP = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';
const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng', 'Ghi chú'];

/** A unit's own sheet of Quý III, Tháng 7. */
function unitFile(fileName: string, title: string, rows: CellValue[][], period?: string): FileReport {
  return analyse([sheet('Quý III', [[title], UNIT_HEADER, ['I', 'Quý III'], [null, 'Tháng 7'], ...rows])], { fileName, period });
}

/** Phòng BCVT&CĐS's sheet (first in the folder), the programme naming both units, Phòng KH-CN's sheet of early 2025. */
function files(): FileReport[] {
  const bcvt = unitFile('bcvt.xlsx', 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG BCVT&CĐS', [
    [1, WORKSHOP, 'Phòng BCVT&CĐS', 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện', null],
  ]);
  const programme = analyse(
    [sheet('Phụ lục II', programme2025([task(1, WORKSHOP, { lead: 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS' }), task(2, 'Báo cáo công tác văn phòng tháng 7', { lead: 'Văn phòng Sở' })]))],
    { fileName: 'chuong-trinh.xlsx' },
  );
  const khcn = unitFile(
    'kh-cn.xlsx',
    'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG KH-CN',
    [
      [1, WORKSHOP, 'Phòng KH-CN', 'Hội thảo', 'PGĐ Phan Văn Hiếu', 'Hoàn thành', null],
      [2, 'Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng KH-CN', null, 'PGĐ Phan Văn Hiếu', null, 'Nhiệm vụ quan trọng tham mưu UBND tỉnh'],
    ],
    '2025-03',
  );
  return [bcvt, programme, khcn];
}

async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return rowsOf(wb.getWorksheet(name)!);
}

describe('the task list of tong-hop.xlsx', () => {
  it('names on a shared task\'s counted row the lead units of all its copies, newest names, so a unit\'s filter gives its count in "Tổng hợp"', async () => {
    const report = combineReports(files(), AS_OF, [], defaultDirectory);
    const s = report.summary;
    expect(s.sharedTasks!.map((t) => [t.task, t.leadUnits, t.copies.map((c) => c.file)])).toEqual([
      [WORKSHOP, ['Phòng BCVT&CĐS', 'Phòng QLKH&ĐMST'], ['bcvt.xlsx', 'chuong-trinh.xlsx', 'kh-cn.xlsx']],
    ]);
    const bytes = await writeSummaryWorkbook(report, { asOf: AS_OF, directory: defaultDirectory });
    const [header, ...rows] = await sheetRows(bytes, 'Danh sách nhiệm vụ');
    const unitColumn = header.indexOf('Đơn vị chủ trì');
    const withColumn = header.indexOf('Tính chung với');
    const counted = rows.filter((row) => !row[withColumn]);
    expect(counted.map((row) => [row[0], row[6], row[unitColumn]])).toEqual([
      ['bcvt.xlsx', WORKSHOP, 'Phòng BCVT&CĐS; Phòng QLKH&ĐMST'],
      ['chuong-trinh.xlsx', 'Báo cáo công tác văn phòng tháng 7', 'Văn phòng Sở'],
      ['kh-cn.xlsx', 'Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST'],
    ]);
    // Excel's "Contains" filter on a unit, over the rows counted, gives "Tổng hợp"'s count of it.
    for (const [unit, n] of Object.entries(s.byLeadUnit)) {
      expect([unit, counted.filter((row) => String(row[unitColumn]).split('; ').includes(unit)).length]).toEqual([unit, n]);
    }
  });
});

/** Phòng HCTH's sheet of 2024, its leader under the name of then. */
const hcth2024 = () =>
  analyse(
    [
      sheet('Quý IV', [
        ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2024 CỦA PHÒNG HCTH'],
        UNIT_HEADER,
        ['I', 'Quý IV'],
        [null, 'Tháng 10'],
        [1, 'Tổng kết công tác văn thư lưu trữ năm 2024', 'Phòng HCTH', 'Báo cáo', 'PGĐ Trần Công Hòa', 'Đang thực hiện', null],
      ]),
    ],
    { fileName: 'hcth-2024.xlsx', period: '2024' },
  );

describe('"Tổng hợp" of files of several periods', () => {
  it('lists the missing, overdue and important tasks under the names it counts them by (the last a period gives them)', async () => {
    const report = combineReports([...files(), hcth2024()], AS_OF, [], defaultDirectory);
    const s = report.summary;
    expect(Object.keys(s.byLeadUnit).sort()).toEqual(['Phòng BCVT&CĐS', 'Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(Object.keys(s.byLeader)).toContain('PGĐ Sở Trần Công Hòa');
    const rows = await sheetRows(await writeSummaryWorkbook(report, { asOf: AS_OF, directory: defaultDirectory }), 'Tổng hợp');
    // Columns: TT, task, lead units, (leaders,) …, file, place.
    expect(blockRows(rows, /Nhiệm vụ thiếu/).map((row) => [row[1], row[2], row[6]])).toEqual([['Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'kh-cn.xlsx']]);
    expect(blockRows(rows, /Nhiệm vụ quan trọng/).map((row) => [row[1], row[2], row[5]])).toEqual([['Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'kh-cn.xlsx']]);
    expect(blockRows(rows, /Nhiệm vụ quá hạn/).map((row) => [row[1], row[2], row[3], row[6] ?? null, row[9]])).toEqual([
      // The shared workshop once, as its first copy, with the status and the lead units counted.
      [WORKSHOP, 'Phòng BCVT&CĐS; Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện', 'bcvt.xlsx'],
      ['Báo cáo công tác văn phòng tháng 7', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', null, 'chuong-trinh.xlsx'],
      ['Xây dựng kế hoạch kiểm tra sau nghiệm thu', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', null, 'kh-cn.xlsx'],
      ['Tổng kết công tác văn thư lưu trữ năm 2024', 'Văn phòng Sở', 'PGĐ Sở Trần Công Hòa', 'Đang thực hiện', 'hcth-2024.xlsx'],
    ]);
    // The printed report's consolidated list says the same.
    const printed = formatReport(report);
    const overdue = printed.slice(printed.indexOf('━━ TỔNG HỢP CHUNG ━━')).split('\n').filter((l) => l.includes(' · ') && l.includes('(hạn '));
    expect(overdue.map((l) => l.slice(l.indexOf('(hạn ')))).toEqual([
      '(hạn 31/07/2025; Phòng BCVT&CĐS, Phòng QLKH&ĐMST; "Đang thực hiện")',
      '(hạn 31/07/2025; Văn phòng Sở)',
      '(hạn 31/07/2025; Phòng QLKH&ĐMST)',
      '(hạn 31/10/2024; Văn phòng Sở; "Đang thực hiện")',
    ]);
  });
});

describe('the task list\'s counted row of a task shared with a unit sheet by quarter only', () => {
  // The unit's sheet (first in the run) has no month rows, no leader, no deadline; the programme
  // gives Tháng 8, the leader and 20/8. "Tổng hợp" counts the task in August under that leader.
  const REPORT_DATE = '2025-10-15';
  const unit = () =>
    analyse(
      [
        sheet('Quý III', [
          ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG BCVT&CĐS'],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Tình trạng'],
          ['I', 'Quý III'],
          [1, WORKSHOP, 'Phòng BCVT&CĐS', null, 'Đang thực hiện'],
          [2, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Hoàn thành'],
        ]),
      ],
      { fileName: 'bcvt.xlsx' },
    );
  const programme = () =>
    analyse(
      [
        sheet('Phụ lục II', [
          ['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
          ['I', 'Quý III'],
          [null, 'Tháng 7'],
          [1, 'Báo cáo công tác văn phòng tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', '31/7/2025'],
          [null, 'Tháng 8'],
          [2, WORKSHOP, 'Phòng BCVT&CĐS', 'Hội thảo', 'PGĐ Sở Nguyễn Quốc Huy Hoàng', '20/8/2025'],
        ]),
      ],
      { fileName: 'chuong-trinh.xlsx' },
    );

  it('says the month, leader, product and deadline "Tổng hợp" counts it by', async () => {
    const report = combineReports([unit(), programme()], REPORT_DATE, [], defaultDirectory);
    const s = report.summary;
    expect([s.taskCount, s.byMonth, s.byLeader]).toEqual([3, { '7': 1, '8': 1 }, { 'PGĐ Sở Nguyễn Quốc Huy Hoàng': 1, '(chưa có)': 1, 'Giám đốc Sở': 1 }]);
    const bytes = await writeSummaryWorkbook(report, { asOf: REPORT_DATE, directory: defaultDirectory });
    const [header, ...rows] = await sheetRows(bytes, 'Danh sách nhiệm vụ');
    const at = (name: string) => header.indexOf(name);
    const counted = rows.filter((row) => !row[at('Tính chung với')]);
    // An empty cell reads back as undefined (or "" for an empty list of leaders).
    const shown = (row: unknown[]) => ['Tệp', 'Tháng', 'Nhiệm vụ', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn'].map((h) => (row[at(h)] === undefined || row[at(h)] === '' ? null : row[at(h)]));
    expect(counted.map(shown)).toEqual([
      ['bcvt.xlsx', 8, WORKSHOP, 'PGĐ Sở Nguyễn Quốc Huy Hoàng', 'Hội thảo', new Date(Date.UTC(2025, 7, 20))],
      ['bcvt.xlsx', null, 'Cập nhật cơ sở dữ liệu viễn thông', null, 'Cơ sở dữ liệu', null],
      ['chuong-trinh.xlsx', 7, 'Báo cáo công tác văn phòng tháng 7', 'Giám đốc Sở', 'Báo cáo', new Date(Date.UTC(2025, 6, 31))],
    ]);
    // A filter on "Tháng" over the rows counted gives "Tổng hợp"'s count of that month.
    for (const [month, n] of Object.entries(s.byMonth)) expect(counted.filter((row) => row[at('Tháng')] === Number(month))).toHaveLength(n);
  });
});
