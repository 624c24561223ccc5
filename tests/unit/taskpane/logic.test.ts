/** @jest-environment jsdom */
import { cellText, cellValueAt, errorMessage, findingItems, fixChanges, localTime, sortedCounts, taskAt, todayIso } from '../../../src/taskpane/analysis';
import { startWhenReady } from '../../../src/taskpane/start';
import { DICTIONARIES } from '../../../src/taskpane/i18n';
import { CtctInputError, mendInExcel } from '../../../src/engine/errors';
import { EXCEL_ERROR_MESSAGES, ExcelHostError, explainExcelError } from '../../../src/excel/errors';
import { fileReport, grid, SHEET, tasks } from './helpers';

describe('findings joined to tasks', () => {
  test('each finding gets its address, task and units; ids are unique', () => {
    const items = findingItems([{ report: fileReport('a.xlsx'), index: 0 }, { report: fileReport('b.xlsx'), index: 1 }]);
    expect(items).toHaveLength(8);
    expect(new Set(items.map((i) => i.id)).size).toBe(8);
    const outdated = items.find((i) => i.finding.code === 'outdated-unit' && i.file === 'b.xlsx')!;
    expect(outdated.address).toBe("'Phụ lục II'!D12");
    expect(outdated.task?.stt).toBe('3');
    expect(outdated.units).toEqual(['Phòng QLKH']);
    const section = items.find((i) => i.finding.code === 'declared-count-mismatch')!;
    expect(section.task).toBeNull();
    expect(section.units).toEqual([]);
  });

  test('a task spans its rows', () => {
    const spanning = [{ ...tasks[0], row: 10, endRow: 12 }];
    expect(taskAt(spanning, SHEET, 11)?.row).toBe(10);
    expect(taskAt(spanning, SHEET, 13)).toBeNull();
    expect(taskAt(spanning, 'Khác', 11)).toBeNull();
  });

  test('with tables side by side, a cell belongs to the task whose number column is nearest left of it', () => {
    const beside = [{ ...tasks[0], row: 5, endRow: 5, column: 'I', stt: '1b' }, { ...tasks[0], row: 5, endRow: 6, column: 'A', stt: '1a' }];
    expect(taskAt(beside, SHEET, 5, 'F')?.stt).toBe('1a');
    expect(taskAt(beside, SHEET, 5, 'N')?.stt).toBe('1b');
    expect(taskAt(beside, SHEET, 6, 'N')?.stt).toBe('1a');
    expect(taskAt(beside, SHEET, 5)?.stt).toBe('1b');
  });
});

test('fix changes carry the cell value the preview shows, one per cell, none when already fixed', () => {
  const items = findingItems([{ report: fileReport(), index: 0 }]);
  const g = grid();
  const changes = fixChanges(items, g);
  expect(changes).toEqual([
    // Each with its row's longest other text: undo leaves the cell alone if that row has moved.
    { sheet: SHEET, address: 'D12', from: 'Phòng QLKH', to: 'Phòng QLKH&ĐMST', reason: 'outdated-unit', anchor: { address: 'B12', text: 'Kiểm tra đo lường' } },
    { sheet: SHEET, address: 'B10', from: 'Xây dựng kế hoạch  chuyển đổi số', to: 'Xây dựng kế hoạch chuyển đổi số', reason: 'irregular-whitespace', anchor: { address: 'D10', text: 'Văn phòng Sở' } },
  ]);
  g.sheets[0].cells[11][3] = 'Phòng QLKH&ĐMST';
  expect(fixChanges(items, g).map((c) => c.address)).toEqual(['B10']);
});

test('cell values as text', () => {
  const g = grid();
  expect(cellValueAt(g, SHEET, 12, 'D')).toBe('Phòng QLKH');
  expect(cellValueAt(g, SHEET, 500, 'D')).toBeNull();
  expect(cellValueAt(g, 'Không có', 1, 'A')).toBeNull();
  expect(cellText({ kind: 'date', iso: '2025-07-31' })).toBe('2025-07-31');
  expect(cellText({ kind: 'error', code: '#REF!' })).toBe('#REF!');
  expect(cellText(12)).toBe('12');
  expect(cellText(null)).toBe('');
});

test('error messages: input errors as they are, anything else generic', () => {
  const t = DICTIONARIES.vi;
  expect(errorMessage(new CtctInputError('not-xlsx', 'Tệp không phải .xlsx.'), t)).toBe('Tệp không phải .xlsx.');
  // A file to mend in Excel: the page says its own next step (the CLI says "rồi chạy lại lệnh").
  expect(errorMessage(mendInExcel('legacy-xls', 'Tệp “a.xls” là bảng tính Excel cũ (.xls): hãy lưu dưới dạng .xlsx'), t)).toBe('Tệp “a.xls” là bảng tính Excel cũ (.xls): hãy lưu dưới dạng .xlsx rồi chọn lại tệp.');
  // By name, so an error from another bundle copy of the class still counts.
  const foreign = Object.assign(new Error('Thiếu cột.'), { name: 'CtctInputError' });
  expect(errorMessage(foreign, t)).toBe('Thiếu cột.');
  const excel = Object.assign(new Error('Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.'), { name: 'ExcelHostError' });
  expect(errorMessage(excel, t)).toBe('Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.');
  expect(errorMessage(new Error('boom'), t)).toBe(t.genericError);
  expect(errorMessage('boom', DICTIONARIES.en)).toBe(DICTIONARIES.en.genericError);
});

test('Excel errors: Vietnamese as the adapter words them, English from their code and params', () => {
  const { vi, en } = DICTIONARIES;
  for (const code of Object.keys(EXCEL_ERROR_MESSAGES)) {
    const e = explainExcelError(Object.assign(new Error('x'), { code }));
    expect(errorMessage(e, vi)).toBe(EXCEL_ERROR_MESSAGES[code]);
    expect(errorMessage(e, en)).toBe(en.excelErrors!.byCode[code]!({}));
  }
  expect(errorMessage(explainExcelError(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' })), en)).toBe(
    'Excel is editing a cell: press Enter or Esc, then try again.',
  );
  // A code without a sentence of its own: Excel's detail, in the pane's words.
  const other = explainExcelError(Object.assign(new Error('boom'), { code: 'GeneralException' }));
  expect(errorMessage(other, vi)).toBe('Excel báo lỗi khi CTCT làm việc với sổ (boom). Hãy thử lại.');
  expect(errorMessage(other, en)).toBe('Excel reported an error while CTCT was working on the workbook (boom). Try again.');
  // The adapter's own codes, with what they name.
  const hidden = new ExcelHostError('SheetHidden', 'Trang tính «Phụ lục ẩn» đang bị ẩn…', undefined, { sheet: 'Phụ lục ẩn', address: 'C4' });
  expect(errorMessage(hidden, vi)).toBe('Trang tính «Phụ lục ẩn» đang bị ẩn…');
  expect(errorMessage(hidden, en)).toMatch(/^The sheet "Phụ lục ẩn" is hidden, so cell C4 cannot be selected/);
  const edited = new ExcelHostError('DirectoryEdited', 'Trang "Danh mục (2)" của sổ đã được sửa…', undefined, { sheet: 'Danh mục (2)' });
  expect(errorMessage(edited, en)).toMatch(/^The workbook's own directory is the "Danh mục \(2\)" sheet/);
  const lost = new ExcelHostError('SummaryNotWritten', 'Excel không ghi được trang…', undefined, { sheet: 'Tổng hợp', cells: '2', batch: 'L9', detail: 'GeneralException' });
  expect(errorMessage(lost, en)).toMatch(/^Excel could not write the "Tổng hợp" sheet \(GeneralException\).* 2 cells .*batch L9\): press "Undo"/);
});

test('counts sort by number or by size', () => {
  expect(sortedCounts({ '10': 1, '2': 5, '': 3 }, true).map(([k]) => k)).toEqual(['2', '10', '']);
  expect(sortedCounts({ 'Phòng B': 2, 'Phòng A': 2, 'Văn phòng Sở': 7 }, false).map(([k]) => k)).toEqual(['Văn phòng Sở', 'Phòng A', 'Phòng B']);
});

test('today is the local date', () => {
  expect(todayIso(new Date(2025, 8, 5, 23, 30))).toBe('2025-09-05');
});

test('the journal\'s times (UTC) are shown on the user\'s clock', () => {
  // Vietnam is UTC+7: 17:56 UTC is 00:56 the next day there.
  // Vietnamese shows the date the Vietnamese way; English keeps ISO order.
  expect(localTime('2026-11-21T17:56:30.000Z', 7 * 60)).toBe('22/11/2026 00:56');
  expect(localTime('2026-11-21T17:56:30.000Z', 0)).toBe('21/11/2026 17:56');
  expect(localTime('2026-11-21T17:56:30.000Z', 7 * 60, 'en')).toBe('2026-11-22 00:56');
  expect(localTime('not a time')).toBe('not a time');
});

test('both dictionaries have the same keys', () => {
  expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.vi).sort());
  expect(Object.keys(DICTIONARIES.en.severity).sort()).toEqual(Object.keys(DICTIONARIES.vi.severity).sort());
});

describe('start: inside Excel or not', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
    jest.useRealTimers();
  });

  test('no Office.js: the page starts outside Excel at once', () => {
    const excel = jest.fn();
    const outside = jest.fn();
    startWhenReady({ excel, outside });
    expect(outside).toHaveBeenCalledTimes(1);
    expect(excel).not.toHaveBeenCalled();
  });

  test('Office reports Excel: the pane starts', () => {
    g.Office = { HostType: { Excel: 'Excel' }, onReady: (cb: (i: unknown) => void) => cb({ host: 'Excel', platform: 'OfficeOnline' }) };
    const excel = jest.fn();
    const outside = jest.fn();
    startWhenReady({ excel, outside });
    expect(excel).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
  });

  test('Office reports no host (a plain browser): outside', () => {
    g.Office = { HostType: { Excel: 'Excel' }, onReady: (cb: (i: unknown) => void) => cb({ host: null, platform: null }) };
    const excel = jest.fn();
    const outside = jest.fn();
    startWhenReady({ excel, outside });
    expect(outside).toHaveBeenCalledTimes(1);
    expect(excel).not.toHaveBeenCalled();
  });

  test('Office never answers: outside after the timeout', () => {
    jest.useFakeTimers();
    g.Office = { HostType: { Excel: 'Excel' }, onReady: () => undefined };
    const excel = jest.fn();
    const outside = jest.fn();
    startWhenReady({ excel, outside }, 1000);
    expect(outside).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    expect(outside).toHaveBeenCalledTimes(1);
  });
});
