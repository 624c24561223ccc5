import type { CellValue } from '../../../src/engine/grid';
import {
  TRACKER_COLUMNS,
  readTracker,
  trackerFormulaMovers,
  trackerNewRows,
  carriedColumnLooks,
  excelSerialToIso,
  formatDateVi,
  isoToExcelSerial,
  mergeTracker,
  normaliseStatus,
  parseDateText,
  trackerToValues,
  type TrackerRow,
} from '../../../src/engine/track';
import { task } from '../summary-layout/sample-report';
import { isClosedOn, readStatus } from '../../../src/engine/status';
import { ownSheetKind } from '../../../src/engine/own-sheets';

function sampleRows(): TrackerRow[] {
  const rows = mergeTracker(
    [
      task({ row: 10, task: 'Xây dựng Kế hoạch kiểm tra', key: 'a', deadline: '2025-07-31', leadUnits: ['Phòng QLKH&ĐMST', 'Văn phòng Sở'] }),
      task({ row: 11, task: 'Tổ chức điều tra', key: 'b', stt: '2.', leaders: [] }),
    ],
    [],
    '2025-08-15',
  ).rows;
  rows[0] = { ...rows[0]!, status: 'Hoàn thành', completedOn: '2025-07-20', result: 'Đã ban hành' };
  rows.push({ ...rows[1]!, key: 'gone', task: 'Nhiệm vụ đã bỏ', vanished: true, overdue: false, due: null, source: { sheet: 'Phụ lục II', row: 40 } });
  return rows;
}

describe('trackerToValues', () => {
  it('writes the header and one row per task, dates dd/mm/yyyy, stt as a number when it is one', () => {
    const values = trackerToValues(sampleRows());
    expect(values[0]).toEqual([...TRACKER_COLUMNS]);
    expect(values[1]).toEqual([
      3, 7, 1, 'Xây dựng Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST; Văn phòng Sở', 'Văn phòng Sở', 'Kế hoạch của Sở',
      'PGĐ Sở Phan Văn Hiếu', '31/07/2025', 'Hoàn thành', '20/07/2025', 'Đã ban hành', 'Phụ lục II, dòng 10',
      // The key, then what was copied from the source (no status, its deadline), in the hidden "Mã".
      'a\t\t2025-07-31',
    ]);
    expect(values[2]![2]).toBe('2.');
    expect(values[2]![7]).toBeNull();
    expect(values[3]![12]).toBe('Không còn trong bảng nguồn (Phụ lục II, dòng 40)');
  });

  it('can write Excel serials or ISO dates', () => {
    expect(trackerToValues(sampleRows(), { dates: 'serial' })[1]![8]).toBe(45869);
    expect(trackerToValues(sampleRows(), { dates: 'iso' })[1]![10]).toBe('2025-07-20');
  });
});

describe('readTracker(…).rows', () => {
  it('round-trips', () => {
    const rows = sampleRows();
    const back = readTracker(trackerToValues(rows)).rows;
    expect(back).toEqual(rows.map((r, i) => ({ ...r, overdue: false, due: null, origin: i + 1 })));
    expect(readTracker(trackerToValues(rows, { dates: 'serial' })).rows).toEqual(back);
  });

  it('reads a sheet a user edited: title rows above, columns moved, Excel dates, blanks, a repeated header', () => {
    const header = ['Mã', 'Nhiệm vụ', 'Trạng thái', 'Ngày hoàn thành', 'Thời hạn', 'Quý', 'Tháng', 'STT', 'Nguồn', 'Kết quả', 'Ghi chú riêng'];
    const values: CellValue[][] = [
      ['THEO DÕI NHIỆM VỤ QUÝ III'],
      [],
      header,
      ['a', 'Xây dựng Kế hoạch', 'hoàn thành', { kind: 'date', iso: '2025-07-20' }, 45869, 'III', 'Tháng 7', 1, 'Phụ lục II, dòng 10', 'Xong', 'x'],
      [null, null, null, null, null, null, null, null, null, null, null],
      header,
      ['b', 'Tổ chức điều tra'.normalize('NFD'), 'Đang thực hiện', '21/8/2025', 'cuối tháng 8', 3, 8, '2.', 'Không còn trong bảng nguồn (Phụ lục II, dòng 11)', null],
      ['c', 'Nhiệm vụ khác', 'Tạm dừng', 'chưa rõ', { kind: 'error', code: '#N/A' }, 'Quý IV', null, '', "'Phụ lục II'!A12", 42],
    ];
    const rows = readTracker(values).rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      key: 'a',
      status: 'Hoàn thành',
      completedOn: '2025-07-20',
      deadline: '2025-07-31',
      quarter: 3,
      month: 7,
      stt: '1',
      source: { sheet: 'Phụ lục II', row: 10 },
      vanished: false,
      result: 'Xong',
      leadUnits: '',
    });
    expect(rows[1]).toMatchObject({ status: 'Đang thực hiện', completedOn: '2025-08-21', deadline: 'cuối tháng 8', month: 8, stt: '2.', vanished: true, source: { row: 11 } });
    expect(rows[2]).toMatchObject({ status: 'Tạm dừng', completedOn: 'chưa rõ', deadline: null, quarter: 4, month: null, source: { sheet: 'Phụ lục II', row: 12 }, result: '42' });
  });

  it('lists the columns users added (by header, or by data under no header) and where each row was', () => {
    const header = [...TRACKER_COLUMNS, 'Ghi chú', null, 'Kết quả'];
    const line = (key: string, extra: CellValue[]): CellValue[] => [...TRACKER_COLUMNS.map((c) => (c === 'Mã' ? key : c === 'Nhiệm vụ' ? `Nhiệm vụ ${key}` : null)), ...extra];
    const values: CellValue[][] = [['THEO DÕI'], header, line('a', ['x', null, null]), [], line('b', [null, 7, 'thêm'])];
    const sheet = readTracker(values);
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows.map((r) => [r.key, r.origin])).toEqual([['a', 2], ['b', 4]]);
    // A second "Kết quả" is the user's own column: renamed, since a table's headers are unique.
    expect(sheet.extraColumns).toEqual([
      { header: 'Ghi chú', index: 14 },
      { header: 'Cột P', index: 15 },
      { header: 'Kết quả (2)', index: 16 },
    ]);
    expect(sheet.columns.get('Mã')).toBe(13);
    expect(readTracker([header, line('a', [])]).extraColumns.map((c) => c.header)).toEqual(['Ghi chú', 'Kết quả (2)']);
  });

  it('gives the widths and hidden columns users set to the columns\' new places', () => {
    // The user moved "Kết quả" first and added "Ghi chú" after the tracker's columns, then hid it.
    const own = TRACKER_COLUMNS.filter((c) => c !== 'Kết quả');
    const header = ['Kết quả', ...own, 'Ghi chú'];
    const sheet = readTracker([header, header.map((c) => (c === 'Mã' ? 'a' : c === 'Nhiệm vụ' ? 'Nhiệm vụ a' : null))]);
    const widths: Record<string, number> = { 'Kết quả': 55, 'Nhiệm vụ': 0, 'Ghi chú': 0 };
    const looks = carriedColumnLooks(sheet, (from) => ({ width: widths[header[from]!], hidden: header[from] === 'Ghi chú' }));
    expect([...looks]).toEqual([
      [TRACKER_COLUMNS.indexOf('Kết quả'), { width: 55, hidden: false }],
      // A hidden column Excel gives as 0 wide stays hidden, with CTCT's width; a 0 width alone says nothing.
      [TRACKER_COLUMNS.length, { width: undefined, hidden: true }],
    ]);
  });

  it('lists the lines users typed that are not tasks (a total, a remark), and their formulas\' new references', () => {
    const header = [...TRACKER_COLUMNS, 'Ghi chú'];
    const at = (key: string): CellValue[] => TRACKER_COLUMNS.map((c) => (c === 'Mã' ? key : c === 'Nhiệm vụ' ? `Nhiệm vụ ${key}` : null));
    // Row 1 header, rows 2–4 tasks, row 5 a total (STT "Tổng", a count under Trạng thái), row 7 a remark in the user's column.
    const total: CellValue[] = TRACKER_COLUMNS.map((c) => (c === 'STT' ? 'Tổng' : null));
    const remark: CellValue[] = [...TRACKER_COLUMNS.map(() => null), 'Số liệu đến 30/11'];
    const values: CellValue[][] = [header, at('a'), at('b'), at('c'), total, [], remark];
    const sheet = readTracker(values);
    expect(sheet.rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(sheet.looseLines).toEqual([4, 6]);
    expect(sheet.extraColumns).toEqual([{ header: 'Ghi chú', index: 14 }]);

    // Five tasks now (b gone, two new, c first): the header stays on row 1, each old task line goes
    // to its task's row, the loose lines to rows 7 and 8; the blank line 5 has no place. The total's
    // range grows with the tasks, a reference to the remark follows it, the header stays, absolute or not.
    const merged = [{ origin: 3 }, { origin: 1 }, {}, {}, { origin: 2 }];
    expect(new Map(trackerNewRows(sheet, merged))).toEqual(new Map([[0, 1], [3, 2], [1, 3], [2, 6], [4, 7], [6, 8]]));
    expect(trackerFormulaMovers(sheet).looseLine('=COUNTIF(J2:J4,"Hoàn thành")&" / "&COUNTA($D$2:$D$4)', 5)).toBe('=COUNTIF(J2:J6,"Hoàn thành")&" / "&COUNTA($D$2:$D$6)');
    expect(trackerFormulaMovers(sheet).looseLine('=O7&J1&J3', 5)).toBe('=O8&J1&J3');
    // Read from B3 on (Office.js reads the used range): the same rule in sheet coordinates.
    expect(trackerFormulaMovers(sheet, { row: 2, column: 1 }).looseLine('=COUNTA(E4:E6)&P9', 5)).toBe('=COUNTA(D2:D6)&O8');
    // Another sheet's cells do not move with the tracker's.
    expect(trackerFormulaMovers(sheet).looseLine("=COUNTA('Phụ lục II'!F2:F4)+O7", 5)).toBe("=COUNTA('Phụ lục II'!F2:F4)+O8");
  });

  it('takes a total labelled in the task column for a loose line, not a task users typed: its range grows with the tasks', () => {
    const col = (name: (typeof TRACKER_COLUMNS)[number]) => TRACKER_COLUMNS.indexOf(name);
    const line = (cells: Partial<Record<(typeof TRACKER_COLUMNS)[number], CellValue>>): CellValue[] => TRACKER_COLUMNS.map((c) => cells[c] ?? null);
    const at = (key: string) => line({ Quý: 3, Tháng: 7, 'Nhiệm vụ': `Nhiệm vụ ${key}`, 'Trạng thái': 'Hoàn thành', Mã: key });
    // Rows 2–4 tasks; row 5 the user's own task (no key: a meeting they track too); row 7 a count,
    // its label where the text fits, the task column; row 8 a share written as text ("2/3").
    const own = line({ Quý: 3, Tháng: 7, 'Nhiệm vụ': 'Họp giao ban tháng 7', 'Đơn vị chủ trì': 'Văn phòng Sở', 'Trạng thái': 'Hoàn thành' });
    const count = line({ 'Nhiệm vụ': 'Số nhiệm vụ hoàn thành', 'Trạng thái': 3 });
    const share = line({ 'Nhiệm vụ': 'Tỷ lệ hoàn thành', 'Trạng thái': '3/4' });
    const values: CellValue[][] = [[...TRACKER_COLUMNS], at('a'), at('b'), at('c'), own, [], count, share];
    const J = String.fromCharCode(65 + col('Trạng thái'));
    const formulas: (string | null)[][] = [];
    formulas[6] = [];
    formulas[6][col('Trạng thái')] = `=COUNTIF(${J}2:${J}5,"Hoàn thành")`;
    formulas[7] = [];
    formulas[7][col('Trạng thái')] = `=COUNTIF(${J}2:${J}5,"Hoàn thành")&"/"&COUNTA(D2:D5)`;

    // From values alone (a host giving no formulas) the count is told by holding a label and a number.
    const byValues = readTracker(values);
    expect(byValues.rows.map((r) => r.task)).toEqual(['Nhiệm vụ a', 'Nhiệm vụ b', 'Nhiệm vụ c', 'Họp giao ban tháng 7', 'Tỷ lệ hoàn thành']);
    expect(byValues.looseLines).toEqual([6]);
    // With the formulas, the share too; the user's own task stays a row.
    const sheet = readTracker(values, formulas);
    expect(sheet.rows.map((r) => r.task)).toEqual(['Nhiệm vụ a', 'Nhiệm vụ b', 'Nhiệm vụ c', 'Họp giao ban tháng 7']);
    expect(sheet.looseLines).toEqual([6, 7]);
    // Two tasks more: the total, right under the six rows, still counts them all.
    expect(trackerFormulaMovers(sheet).looseLine(formulas[6][col('Trạng thái')]!, 6)).toBe(`=COUNTIF(${J}2:${J}7,"Hoàn thành")`);
  });

  it('moves a users\' column\'s formulas with its task row, each column reference to the column it names', () => {
    // The user inserted "Đạt" between "Trạng thái" and what follows, and keeps a count in "Tỷ lệ" at the end.
    const status = TRACKER_COLUMNS.indexOf('Trạng thái');
    const header = [...TRACKER_COLUMNS.slice(0, status + 1), 'Đạt', ...TRACKER_COLUMNS.slice(status + 1), 'Tỷ lệ'];
    const sheet = readTracker([header]);
    const letter = (n: number) => String.fromCharCode(65 + n);
    const oldStatus = letter(status);
    const oldResult = letter(header.indexOf('Kết quả'));
    const oldDat = letter(header.indexOf('Đạt'));
    expect(sheet.extraColumns.map((c) => c.header)).toEqual(['Đạt', 'Tỷ lệ']);
    // Written again: "Đạt" and "Tỷ lệ" after the tracker's own columns; "Kết quả" back one column left.
    const newResult = letter(TRACKER_COLUMNS.indexOf('Kết quả'));
    const newDat = letter(TRACKER_COLUMNS.length);
    // The task moved from row 5 to row 3: same-row references follow it, columns go where they went.
    expect(trackerFormulaMovers(sheet).taskRow(`=IF(${oldStatus}5="Hoàn thành";${oldResult}5;"")`, -2)).toBe(`=IF(${oldStatus}3="Hoàn thành";${newResult}3;"")`);
    expect(trackerFormulaMovers(sheet).taskRow(`=COUNTIF(${oldDat}:${oldDat};"x")/COUNTA($${oldResult}$2:${oldResult}9)`, -2)).toBe(`=COUNTIF(${newDat}:${newDat};"x")/COUNTA($${newResult}$2:${newResult}7)`);
    // The programme sheet's cells stay where they are.
    expect(trackerFormulaMovers(sheet).taskRow(`='Phụ lục II'!F57&${oldDat}5`, 4)).toBe(`='Phụ lục II'!F57&${newDat}9`);
  });

  describe('its own tracker, whatever users renamed or deleted', () => {
    const rows = mergeTracker(
      [1, 2, 3].map((i) => task({ row: 9 + i, task: `Nhiệm vụ số ${i}`, key: `3.7.k${i}x9f2q` })),
      [],
      '2025-08-15',
    ).rows.map((r, i) => ({ ...r, status: i ? 'Đang thực hiện' : 'Hoàn thành', result: `KQ ${i}` }));
    const edited = (edit: (header: CellValue[]) => void, drop?: (typeof TRACKER_COLUMNS)[number]) => {
      const values: CellValue[][] = trackerToValues(rows).map((line) => [...line]);
      edit(values[0]!);
      if (drop) for (const line of values) line.splice(TRACKER_COLUMNS.indexOf(drop), 1);
      return values;
    };
    const rename = (from: string, to: string) => (header: CellValue[]) => (header[header.indexOf(from)] = to);
    it.each([
      ['"Nhiệm vụ" renamed "Tên nhiệm vụ"', edited(rename('Nhiệm vụ', 'Tên nhiệm vụ'))],
      ['"Nhiệm vụ" renamed "Nội dung công việc"', edited(rename('Nhiệm vụ', 'Nội dung công việc'))],
      ['"Trạng thái" renamed "Tình trạng"', edited(rename('Trạng thái', 'Tình trạng'))],
      ['"Mã" renamed "ID"', edited(rename('Mã', 'ID'))],
      ['"Ngày hoàn thành" renamed "Ngày HT"', edited(rename('Ngày hoàn thành', 'Ngày HT'))],
      ['"Nguồn" deleted', edited(() => {}, 'Nguồn')],
      ['"Nguồn" deleted, "Trạng thái" renamed "Tiến độ"', edited(rename('Trạng thái', 'Tiến độ'), 'Nguồn')],
    ])('%s: still CTCT\'s tracker, every typed status and result read', (_, values) => {
      expect(ownSheetKind({ name: 'Theo dõi', cells: values })).toBe('tracker');
      const read = readTracker(values);
      expect(read.rows.map((r) => [r.task, r.status, r.result])).toEqual([
        ['Nhiệm vụ số 1', 'Hoàn thành', 'KQ 0'],
        ['Nhiệm vụ số 2', 'Đang thực hiện', 'KQ 1'],
        ['Nhiệm vụ số 3', 'Đang thực hiện', 'KQ 2'],
      ]);
      // Nothing of CTCT's taken for a column of the user's.
      expect(read.extraColumns).toEqual([]);
    });

    it('a unit\'s programme sheet with the same headers is not one (no keys; source-like notes do not count)', () => {
      const programme: CellValue[][] = [
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Kết quả', 'Ghi chú'],
        [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan', '31/7/2025', 'Hoàn thành', null, 'Đã ban hành', 'Theo Kế hoạch 12/KH-SKHCN, dòng 3'],
        [2, 'Tổ chức hội nghị', 'Văn phòng Sở', 'Giám đốc Sở', '15/8/2025', null, null, null, 'Mã 3.7.k2'],
      ];
      expect(ownSheetKind({ name: 'Theo dõi', cells: programme })).toBeNull();
      // Nor one numbering its tasks "1.1.1" in a column of codes: numbers, not CTCT's keys.
      const coded: CellValue[][] = [
        ['Mã số', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Tình trạng'],
        ['1.1.1', 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan', 'Hoàn thành'],
        ['3.7.12', 'Tổ chức hội nghị', 'Văn phòng Sở', 'Giám đốc Sở', null],
      ];
      expect(ownSheetKind({ name: 'CTCT', cells: coded })).toBeNull();
      // One note that reads like CTCT's source label, or a unit's own codes ("2.4.qlkh1"), are not CTCT's.
      const noted: CellValue[][] = [
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Trạng thái', 'Ghi chú', 'Mã'],
        [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'Hoàn thành', 'Bổ sung theo Công văn 1234/SKHCN, dòng 5', '2.4.qlkh1'],
        [2, 'Tổ chức hội nghị', 'Văn phòng Sở', null, null, '2.4.qlkh2'],
      ];
      expect(ownSheetKind({ name: 'Kế hoạch', cells: noted })).toBeNull();
    });

    it('lines above the header (a title, a count) are carried, their formulas following the tasks', () => {
      const values: CellValue[][] = [['THEO DÕI NHIỆM VỤ QUÝ III'], [null, null, null, 'Hoàn thành:', '=COUNTIF(J4:J6,"Hoàn thành")'], ...trackerToValues(rows)];
      const sheet = readTracker(values);
      expect(sheet.rows).toHaveLength(3);
      expect(sheet.looseLines).toEqual([0, 1]);
      expect(new Map(trackerNewRows(sheet, sheet.rows))).toEqual(new Map([[2, 1], [3, 2], [4, 3], [5, 4], [0, 5], [1, 6]]));
      expect(trackerFormulaMovers(sheet).looseLine('=COUNTIF(J4:J6,"Hoàn thành")', 3)).toBe('=COUNTIF(J2:J4,"Hoàn thành")');
    });
  });

  it('returns [] without a header row', () => {
    expect(readTracker([['Nhiệm vụ'], ['a']]).rows).toEqual([]);
    expect(readTracker([]).rows).toEqual([]);
  });
});

describe('dates and statuses', () => {
  it('parses and formats Vietnamese and ISO dates', () => {
    expect(parseDateText('31/7/2025')).toBe('2025-07-31');
    expect(parseDateText('31-07-2025')).toBe('2025-07-31');
    expect(parseDateText('2025-07-31T00:00:00.000Z')).toBe('2025-07-31');
    expect(parseDateText('31/02/2025')).toBeNull();
    // Two-digit years as the deadline column reads them: what staff type into the tracker too.
    expect(parseDateText('31/7/25')).toBe('2025-07-31');
    expect(parseDateText('1.10.25')).toBe('2025-10-01');
    expect(parseDateText('31/7/025')).toBeNull();
    expect(parseDateText('31/7/5')).toBeNull();
    expect(parseDateText('Tháng 7')).toBeNull();
    expect(formatDateVi('2026-11-21')).toBe('21/11/2026');
  });

  it('converts Excel serials both ways, including around the 1900 leap-year bug', () => {
    expect(excelSerialToIso(45869)).toBe('2025-07-31');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '2024-02-29', '2025-12-31']) {
      expect(excelSerialToIso(isoToExcelSerial(iso)!)).toBe(iso);
    }
  });

  it('normalises typed statuses', () => {
    expect(normaliseStatus('  ĐÃ HOÀN THÀNH ')).toBe('Hoàn thành');
    expect(normaliseStatus('Đang thực hiện'.normalize('NFD'))).toBe('Đang thực hiện');
    expect(normaliseStatus('đề xuất điều chỉnh')).toBe('Đề nghị điều chỉnh');
    expect(normaliseStatus('Tạm dừng')).toBe('Tạm dừng');
    expect(normaliseStatus(null)).toBe('');
    // What staff type: other words for done or not started, and words that qualify a status.
    expect(normaliseStatus('đã xong')).toBe('Hoàn thành');
    expect(normaliseStatus('chưa làm')).toBe('Chưa thực hiện');
    // Words after the status say more than it ("late"): kept as typed, counted as the status.
    const qualified = ['Hoàn thành đúng hạn', 'Đã hoàn thành 100%', 'Hoàn thành (chậm)', 'Hoàn thành trễ hạn', 'Đang thực hiện, chậm tiến độ'];
    expect(qualified.map(normaliseStatus)).toEqual(qualified);
    expect(qualified.map(readStatus)).toEqual(['Hoàn thành', 'Hoàn thành', 'Hoàn thành', 'Hoàn thành', 'Đang thực hiện']);
    // A share done alone, as some units track: counted, kept as typed.
    expect(['100%', '60 %', '0%', '120%'].map(readStatus)).toEqual(['Hoàn thành', 'Đang thực hiện', null, null]);
    expect(normaliseStatus('100%')).toBe('100%');
    // "Bỏ" may be a decision: counted as proposed for removal, not rewritten as the proposal.
    expect([normaliseStatus('Bỏ'), readStatus('Bỏ')]).toEqual(['Bỏ', 'Đề xuất bỏ']);
    // Words that name what was done, granted or happened: counted, never rewritten; a pause asks for an adjustment.
    const said = ['Đã ban hành', 'Lùi thời gian', 'Gia hạn', 'Tạm dừng', 'Tạm ngừng thực hiện'];
    expect(said.map(normaliseStatus)).toEqual(said);
    expect(said.map(readStatus)).toEqual(['Hoàn thành', 'Đề nghị điều chỉnh', 'Đề nghị điều chỉnh', 'Đề nghị điều chỉnh', 'Đề nghị điều chỉnh']);
    // Not done: a part, or "not yet".
    expect(normaliseStatus('Hoàn thành 50%')).toBe('Hoàn thành 50%');
    expect(normaliseStatus('Chưa hoàn thành')).toBe('Chưa hoàn thành');
  });

  it('closes a task on "Hoàn thành" or "Đề xuất bỏ" however spaced, not on a part', () => {
    const closed = (s: string | null | undefined) => isClosedOn(s, undefined);
    expect(['\u00a0Hoàn\u00a0thành ', '\tĐã xong.', 'Đề xuất bỏ\n'].map(closed)).toEqual([true, true, true]);
    expect(['Hoàn thành 50%', 'Đang thực hiện', '', null, undefined].map(closed)).toEqual([false, false, false, false, false]);
  });
});
