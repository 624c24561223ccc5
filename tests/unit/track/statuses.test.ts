import { analyseWorkbook, type CellValue, type SheetGrid } from '../../../src/engine';
import { mergeTracker, readTracker, trackerToValues } from '../../../src/engine/track';
import { withTrackerStatuses } from '../../../src/engine/track/statuses';
import { task } from '../summary-layout/sample-report';

const ASOF = '2025-10-15';

describe('withTrackerStatuses', () => {
  const a = task({ row: 10, task: 'Nhiệm vụ A', key: 'a', status: null });
  const b = task({ row: 11, task: 'Nhiệm vụ B', key: 'b', status: null });
  const rows = mergeTracker([a, b], [], ASOF).rows;
  rows[0] = { ...rows[0]!, status: 'Hoàn thành', deadline: '2025-08-31' };
  const tracker = { name: 'Theo dõi', cells: trackerToValues(rows) };

  it('gives the tasks the tracker holds its status and a deadline typed only there; the source is untouched', () => {
    const out = withTrackerStatuses([a, b], tracker, ASOF);
    // B's status is blank in the tracker (nobody said): it says nothing, B stays without a status.
    expect(out.fromTracker).toBe(1);
    expect(out.tasks.map((t) => [t.status, t.deadline])).toEqual([['Hoàn thành', '2025-08-31'], [null, null]]);
    expect(a.status).toBeNull();
  });

  it('gives a task the tracker does not hold yet the status its new row will get', () => {
    const c = task({ row: 12, task: 'Nhiệm vụ C mới', key: 'c', status: null });
    const d = task({ row: 13, task: 'Nhiệm vụ D mới', key: 'd', status: 'Đang thực hiện' });
    const out = withTrackerStatuses([a, b, c, d], tracker, ASOF);
    expect(out.fromTracker).toBe(1);
    expect(out.tasks.slice(2).map((t) => t.status)).toEqual([null, 'Đang thực hiện']);
  });

  it('gives a task the deadline typed short in the tracker ("T9", "30/9"), in the programme\'s year', () => {
    const july = [task({ row: 10, task: 'Nhiệm vụ tháng 7', key: 'j', quarter: 3, month: 7, status: null }), task({ row: 11, task: 'Nhiệm vụ tháng 7 khác', key: 'k', quarter: 3, month: 7, status: null })];
    const typed = mergeTracker(july, [], '2025-08-15', { year: 2025 }).rows.map((r, i) => ({ ...r, deadline: ['T9', '30/9'][i]! }));
    const out = withTrackerStatuses(july, { name: 'Theo dõi', cells: trackerToValues(typed) }, '2025-08-15', { year: 2025 });
    expect(out.tasks.map((t) => t.deadline)).toEqual(['2025-09-30', '2025-09-30']);
  });

  it('counts a task done when a user typed the day it was done and no status of their own; overdue no more', () => {
    const july = ['A', 'B', 'C', 'D'].map((x, i) => task({ row: 10 + i, task: `Nhiệm vụ ${x}`, key: x, quarter: 3, month: 7, status: i === 1 ? 'Chưa thực hiện' : null }));
    const typed = mergeTracker(july, [], ASOF, { year: 2025 }).rows.map((r, i) => ({
      ...r,
      // A: day only; B: day over the status copied from the source; C: a status typed too; D: a day still ahead.
      completedOn: ['2025-07-20', '2025-07-25', '2025-07-28', '2025-11-02'][i]!,
      ...(i === 2 ? { status: 'Đang thực hiện' } : {}),
    }));
    const tracker = { name: 'Theo dõi', cells: trackerToValues(typed) };
    const out = withTrackerStatuses(july, tracker, ASOF, { year: 2025 });
    expect(out.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Hoàn thành', 'Đang thực hiện', null]);
    expect(out.fromTracker).toBe(3);
    // The tracker agrees: due 31/07/2025, only the rows still open are overdue on 15/10.
    expect(mergeTracker(july, readTracker(tracker.cells).rows, ASOF, { year: 2025 }).rows.map((r) => r.overdue)).toEqual([false, false, true, true]);
  });

  it('reads a day typed as text in "Ngày hoàn thành" ("20/9", "Ngày 20/9/2025") as a deadline is, in the programme\'s year', () => {
    const july = ['A', 'B', 'C', 'D'].map((x, i) => task({ row: 10 + i, task: `Nhiệm vụ ${x}`, key: x, quarter: 3, month: 7, status: 'Đang thực hiện' }));
    // Text, as Excel keeps "20/9" typed where the day does not come first; D: a day still ahead of 15/10.
    const typed = mergeTracker(july, [], ASOF, { year: 2025 }).rows.map((r, i) => ({ ...r, completedOn: ['20/9', 'Ngày 20/9/2025', '20/9/2025', '20/11'][i]! }));
    const tracker = { name: 'Theo dõi', cells: trackerToValues(typed, { dates: 'text' }) };
    const out = withTrackerStatuses(july, tracker, ASOF, { year: 2025 });
    expect(out.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Hoàn thành', 'Hoàn thành', 'Đang thực hiện']);
    // The tracker agrees: only D is open, overdue since 31/07, and its status cell is left as copied.
    const again = mergeTracker(july, readTracker(tracker.cells).rows, ASOF, { year: 2025 }).rows;
    expect(again.map((r) => [r.status, r.completedOn, r.overdue])).toEqual([
      ['Hoàn thành', '20/9', false],
      ['Hoàn thành', 'Ngày 20/9/2025', false],
      ['Hoàn thành', '2025-09-20', false],
      ['Đang thực hiện', '20/11', true],
    ]);
  });

  it('reads a status typed in "Theo dõi" with a TCVN3 or VNI keyboard ("Hoµn thµnh", "Ñang thöïc hieän") as the status it spells', () => {
    const tasks = ['A', 'B', 'C', 'D'].map((x, i) => task({ row: 10 + i, task: `Nhiệm vụ ${x}`, key: x, quarter: 3, month: 7, status: null }));
    // A unit that still types in .VnTime keeps its keyboard in the tracker too; a remark in words stays words.
    const typed = ['Hoµn thµnh', 'Ñang thöïc hieän', '§Ò xuÊt bá', '§ang chê UBND tØnh phª duyÖt'];
    const rows = mergeTracker(tasks, [], ASOF, { year: 2025 }).rows.map((r, i) => ({ ...r, status: typed[i]! }));
    const tracker = { name: 'Theo dõi', cells: trackerToValues(rows) };
    expect(readTracker(tracker.cells).rows.map((r) => r.status)).toEqual(['Hoàn thành', 'Đang thực hiện', 'Đề xuất bỏ', 'Đang chờ UBND tỉnh phê duyệt']);
    const out = withTrackerStatuses(tasks, tracker, ASOF, { year: 2025 });
    expect(out.fromTracker).toBe(4);
    expect(out.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Đang thực hiện', 'Đề xuất bỏ', 'Đang chờ UBND tỉnh phê duyệt']);
  });

  it('leaves the tasks as they are when the tracker has no rows', () => {
    const empty = withTrackerStatuses([a], { name: 'Theo dõi', cells: trackerToValues([]) }, ASOF);
    expect(empty).toEqual({ tasks: [a], fromTracker: 0 });
  });
});

describe('the day done the source gives ("Ngày hoàn thành" column, or a day alone as the status)', () => {
  const header = ['TT', 'Nội dung nhiệm vụ', 'Phòng chủ trì', 'Sản phẩm', 'Lãnh đạo chỉ đạo', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành'];
  const row = (n: number, status: string | null, done: CellValue) => [n, `Nhiệm vụ ${n}`, 'Phòng QLKH&ĐMST', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', '30/9/2025', status, done];
  const sheetOf = (rows: CellValue[][]): SheetGrid => ({ name: 'KH', cells: [['KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2025'], header, ['I', 'Quý III'], ...rows], merges: [], fonts: [] });
  const tasks = analyseWorkbook(
    { sheets: [sheetOf([row(1, null, { kind: 'date', iso: '2025-08-15' }), row(2, null, '20/8/2025'), row(3, 'Hoàn thành', '10/9/2025'), row(4, '25/8/2025', null), row(5, 'Đang thực hiện', null), row(6, '20/8', null), row(7, '1/2', null)])] },
    { fileName: 'x.xlsx', asOf: ASOF },
  ).tasks;

  it('goes to the tracker\'s "Ngày hoàn thành", not its status; the task shows done, as the summary counts it', () => {
    const rows = mergeTracker(tasks, [], ASOF, { year: 2025 }).rows;
    expect(rows.map((r) => [r.status, r.completedOn, r.overdue])).toEqual([
      ['Hoàn thành', '2025-08-15', false],
      ['Hoàn thành', '2025-08-20', false],
      ['Hoàn thành', '2025-09-10', false],
      ['Hoàn thành', '2025-08-25', false],
      ['Đang thực hiện', null, true],
      // A day with no year is kept as written, in the programme's year; a share done ("1/2") is no day.
      ['Hoàn thành', '20/8', false],
      ['1/2', null, true],
    ]);
  });

  it('written and read back, the tracker says what the source says: no status is taken from it', () => {
    const written = { name: 'Theo dõi', cells: trackerToValues(mergeTracker(tasks, [], ASOF, { year: 2025 }).rows) };
    const again = mergeTracker(tasks, readTracker(written.cells).rows, ASOF, { year: 2025 }).rows;
    expect(again.map((r) => [r.status, r.completedOn])).toEqual([
      ['Hoàn thành', '2025-08-15'],
      ['Hoàn thành', '2025-08-20'],
      ['Hoàn thành', '2025-09-10'],
      ['Hoàn thành', '2025-08-25'],
      ['Đang thực hiện', null],
      ['Hoàn thành', '20/8'],
      ['1/2', null],
    ]);
    expect(withTrackerStatuses(tasks, written, ASOF, { year: 2025 }).fromTracker).toBe(0);
  });
});
