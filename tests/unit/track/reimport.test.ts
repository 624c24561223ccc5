/**
 * Re-imports a probe of real edits got wrong: the programme sheet renamed, statuses the unit
 * later fills in its source column, the same text twice in a month or on two sheets, a task
 * replaced by a similar one, one report reworded in every month, a deadline typed in words.
 */
import { mergeTracker, readTracker, trackerToValues, type TrackerRow } from '../../../src/engine/track';
import { withTrackerStatuses } from '../../../src/engine/track/statuses';
import { task } from '../summary-layout/sample-report';

const ASOF = '2025-10-01';
const statuses = (rows: readonly TrackerRow[]) => rows.map((r) => [r.task, r.status, r.result, r.vanished]);
const typed = (rows: readonly TrackerRow[], by: (r: TrackerRow, i: number) => Partial<TrackerRow>) => rows.map((r, i) => ({ ...r, ...by(r, i) }));

it('a renamed programme sheet keeps every typed status; a sheet not read this time (still there) is kept aside', () => {
  const tasks = [task({ row: 7, task: 'Nhiệm vụ A', key: '3.7.a' }), task({ row: 8, task: 'Nhiệm vụ B', key: '3.7.b' })];
  const first = typed(mergeTracker(tasks, [], ASOF).rows, (_, i) => ({ status: i ? 'Đang thực hiện' : 'Hoàn thành', result: `KQ ${i}` }));
  const renamed = tasks.map((t) => ({ ...t, sheet: 'Phụ lục II (điều chỉnh)' }));
  const options = { coveredSheets: ['Phụ lục II (điều chỉnh)'], workbookSheets: ['Phụ lục II (điều chỉnh)', 'Theo dõi'] };
  const after = mergeTracker(renamed, first, ASOF, options);
  expect([after.kept, after.vanished, after.added]).toEqual([2, 0, 0]);
  expect(after.rows.map((r) => [r.source.sheet, r.status, r.result])).toEqual([
    ['Phụ lục II (điều chỉnh)', 'Hoàn thành', 'KQ 0'],
    ['Phụ lục II (điều chỉnh)', 'Đang thực hiện', 'KQ 1'],
  ]);
  // The old name still in the workbook (a check of another sheet only): its rows stay as they are.
  const aside = mergeTracker(renamed, first, ASOF, { ...options, workbookSheets: [...options.workbookSheets, 'Phụ lục II'] });
  expect([aside.kept, aside.added, aside.rows.filter((r) => r.source.sheet === 'Phụ lục II' && !r.vanished).length]).toEqual([0, 2, 2]);
});

it('a status the unit later puts in its source column fills a blank tracker status, never replaces one a user typed ("Chưa thực hiện" too)', () => {
  const tasks = [1, 2, 3, 4].map((i) => task({ row: 6 + i, task: `Nhiệm vụ ${i}`, key: `k${i}` }));
  const first = typed(mergeTracker(tasks, [], ASOF).rows, (r) => (r.key === 'k3' ? { status: 'Đề xuất bỏ' } : r.key === 'k4' ? { status: 'Chưa thực hiện', result: 'Đơn vị ghi nhầm, chưa làm' } : {}));
  // CTCT does not know a new task has not begun: its status is blank until someone says.
  expect(first.map((r) => r.status)).toEqual(['', '', 'Đề xuất bỏ', 'Chưa thực hiện']);
  const updated = tasks.map((t, i) => ({ ...t, status: ['Hoàn thành', null, 'Đang thực hiện', 'Hoàn thành'][i]! }));
  expect(mergeTracker(updated, first, ASOF).rows.map((r) => r.status)).toEqual(['Hoàn thành', '', 'Đề xuất bỏ', 'Chưa thực hiện']);
});

describe('the same text twice', () => {
  const same = 'Tổ chức lớp tập huấn về sở hữu trí tuệ cho doanh nghiệp';
  const qn = task({ row: 8, task: same, key: '3.8.k', product: '01 lớp tại Quảng Ngãi', leadUnits: ['Phòng QLCN&CN'] });
  const kt = task({ row: 9, task: same, key: '3.8.k.2', product: '01 lớp tại Kon Tum', leadUnits: ['Phòng QLCN&CN'] });
  const first = typed(mergeTracker([qn, kt], [], ASOF).rows, (_, i) => ({ status: i ? 'Đang thực hiện' : 'Hoàn thành', result: i ? 'Kon Tum' : 'Quảng Ngãi' }));

  it('in one month, same unit: told apart by product when one goes or another comes above', () => {
    const oneGone = mergeTracker([{ ...kt, row: 8, key: '3.8.k' }], first, ASOF);
    expect(statuses(oneGone.rows)).toEqual([
      [same, 'Đang thực hiện', 'Kon Tum', false],
      [same, 'Hoàn thành', 'Quảng Ngãi', true],
    ]);
    const dakTo = task({ row: 8, task: same, key: '3.8.k', product: '01 lớp tại Đắk Tô', leadUnits: ['Phòng QLCN&CN'] });
    const inserted = mergeTracker([dakTo, { ...qn, row: 9, key: '3.8.k.2' }, { ...kt, row: 10, key: '3.8.k.3' }], first, ASOF);
    expect(inserted.rows.map((r) => [r.product, r.status, r.result])).toEqual([
      ['01 lớp tại Đắk Tô', '', ''],
      ['01 lớp tại Quảng Ngãi', 'Hoàn thành', 'Quảng Ngãi'],
      ['01 lớp tại Kon Tum', 'Đang thực hiện', 'Kon Tum'],
    ]);
  });

  it('in one month, differing only in coordinating unit and deadline: the one deleted takes its entry with it', () => {
    const text = 'Rà soát các văn bản QPPL thuộc lĩnh vực khoa học và công nghệ';
    const round1 = task({ row: 8, task: text, key: '3.7.r', coordinatingUnits: ['Sở Tư pháp'], deadline: '2025-07-15' });
    const round2 = task({ row: 9, task: text, key: '3.7.r.2', coordinatingUnits: ['Các phòng thuộc Sở'], deadline: '2025-09-30' });
    const rows = typed(mergeTracker([round1, round2], [], ASOF).rows, (_, i) => ({ status: i ? 'Chưa thực hiện' : 'Hoàn thành', result: i ? 'Đợt 2 chưa làm' : 'Đợt 1 đã xong' }));
    const after = mergeTracker([{ ...round2, row: 8, key: '3.7.r' }], rows, ASOF);
    expect(after.rows.map((r) => [r.coordinatingUnits, r.status, r.result, r.vanished])).toEqual([
      ['Các phòng thuộc Sở', 'Chưa thực hiện', 'Đợt 2 chưa làm', false],
      ['Sở Tư pháp', 'Hoàn thành', 'Đợt 1 đã xong', true],
    ]);
  });

  it('on two sheets whose tabs swap places: each keeps its own', () => {
    const a = { ...qn, sheet: 'Phụ lục II', product: 'Lớp' };
    const b = { ...qn, sheet: 'QLCN&CN', key: '3.8.k.2', product: 'Lớp' };
    const tracked = typed(mergeTracker([a, b], [], ASOF).rows, (r) => ({ result: `lớp của ${r.source.sheet}` }));
    const swapped = mergeTracker([{ ...b, key: '3.8.k' }, { ...a, key: '3.8.k.2' }], tracked, ASOF);
    expect(swapped.rows.map((r) => [r.source.sheet, r.result])).toEqual([
      ['QLCN&CN', 'lớp của QLCN&CN'],
      ['Phụ lục II', 'lớp của Phụ lục II'],
    ]);
  });

  it('an exact repeat deleted (as duplicate-task advises): what was typed on either copy stays with the task left', () => {
    const text = 'Rà soát thủ tục hành chính';
    const one = task({ row: 6, task: text, key: '3.7.t' });
    const two = task({ row: 8, task: text, key: '3.7.t.2' });
    for (const typedOn of [0, 1]) {
      const rows = typed(mergeTracker([one, two], [], ASOF).rows, (_, i) => (i === typedOn ? { status: 'Hoàn thành', result: 'Đã rà soát' } : {}));
      // Either row deleted from the programme: the task left is first of its text, '3.7.t'.
      const after = mergeTracker([{ ...one, row: 7 }], rows, ASOF);
      expect([after.kept, after.vanished]).toEqual([1, 1]);
      expect(statuses(after.rows)).toEqual([
        [text, 'Hoàn thành', 'Đã rà soát', false],
        [text, '', '', true],
      ]);
    }
    // Both typed: they stay in their order, as before.
    const both = typed(mergeTracker([one, two], [], ASOF).rows, (_, i) => ({ status: i ? 'Đang thực hiện' : 'Hoàn thành' }));
    expect(mergeTracker([one], both, ASOF).rows.map((r) => [r.status, r.vanished])).toEqual([
      ['Hoàn thành', false],
      ['Đang thực hiện', true],
    ]);
  });
});

describe('a changed text', () => {
  it('is not the same task when a number in it was replaced ("quý III" → "quý IV", "01 lớp" → "02 lớp")', () => {
    for (const [before, after] of [
      ['Báo cáo kết quả thực hiện chương trình công tác quý III', 'Báo cáo kết quả thực hiện chương trình công tác quý IV'],
      ['Tổ chức 01 lớp tập huấn về chuyển đổi số', 'Tổ chức 02 lớp tập huấn về chuyển đổi số'],
    ]) {
      const old = typed(mergeTracker([task({ row: 7, task: before, key: 'x' })], [], ASOF).rows, () => ({ status: 'Hoàn thành' }));
      const next = mergeTracker([task({ row: 7, task: after, key: 'y' })], old, ASOF);
      expect([next.added, next.kept, next.vanished]).toEqual([1, 0, 1]);
    }
    // A number added (a date) keeps it the same task.
    const old = mergeTracker([task({ row: 7, task: 'Tổ chức hội nghị tổng kết công tác năm 2025', key: 'x' })], [], ASOF).rows;
    expect(mergeTracker([task({ row: 7, task: 'Tổ chức hội nghị tổng kết công tác năm 2025 (trước 20/12)', key: 'y' })], old, ASOF).kept).toBe(1);
  });

  it('reworded in every month keeps each month\'s entry with its month; a move and a rewording at once needs a very small edit', () => {
    const text = 'Báo cáo tình hình thực hiện nhiệm vụ hàng tháng';
    const months = [7, 8, 9].map((m) => task({ row: m, task: text, month: m, key: `3.${m}.k` }));
    const old = typed(mergeTracker(months, [], ASOF).rows, (r) => ({ result: `BC tháng ${r.month}` }));
    const reworded = months.map((t) => ({ ...t, task: 'Báo cáo tình hình thực hiện nhiệm vụ định kỳ hằng tháng', key: `${t.key}2` }));
    expect(mergeTracker(reworded, old, ASOF).rows.map((r) => [r.month, r.result, r.vanished])).toEqual([
      [7, 'BC tháng 7', false],
      [8, 'BC tháng 8', false],
      [9, 'BC tháng 9', false],
    ]);
    const inspection = mergeTracker([task({ row: 7, task: 'Xây dựng Kế hoạch thanh tra năm 2026', month: 11, quarter: 4, key: 'a' })], [], ASOF).rows;
    const check = mergeTracker([task({ row: 7, task: 'Xây dựng Kế hoạch kiểm tra năm 2026', month: 12, quarter: 4, key: 'b' })], inspection, ASOF);
    expect([check.added, check.kept]).toEqual([1, 0]);
  });
});

it('a deadline typed in words in the tracker makes the summary\'s overdue list agree with the tracker', () => {
  const t = task({ row: 7, task: 'Rà soát văn bản QPPL', month: 9, key: 'a' });
  const rows = typed(mergeTracker([t], [], '2025-09-01').rows, () => ({ deadline: 'trước 15/8/2025' }));
  const merged = mergeTracker([t], rows, '2025-09-01', { year: 2025 }).rows;
  expect([merged[0]!.due, merged[0]!.overdue]).toEqual(['2025-08-15', true]);
  const tracker = { name: 'Theo dõi', cells: trackerToValues(rows) };
  expect(withTrackerStatuses([t], tracker, '2025-09-01', { year: 2025 }).tasks[0]!.deadline).toBe('2025-08-15');
});

it('a task a user typed into the tracker (no key, no source) stays theirs, not "no longer in the source"', () => {
  const tasks = [task({ row: 7, task: 'Nhiệm vụ A', key: '3.7.a' })];
  const first = mergeTracker(tasks, [], ASOF).rows;
  const own: TrackerRow = { ...first[0]!, key: '', task: 'Việc phòng tự thêm: chuẩn bị hội thảo', source: { sheet: '', row: 0 }, status: 'Đang thực hiện' };
  const after = mergeTracker(tasks, [...first, own], ASOF);
  expect([after.kept, after.vanished]).toEqual([1, 0]);
  expect(after.rows.map((r) => [r.task, r.status, r.vanished])).toEqual([
    ['Nhiệm vụ A', '', false],
    ['Việc phòng tự thêm: chuẩn bị hội thảo', 'Đang thực hiện', false],
  ]);
});

describe('what CTCT copied from the source, and what a user typed', () => {
  const tasks = [1, 2, 3].map((i) => task({ row: 6 + i, task: `Nhiệm vụ ${i}`, key: `k${i}`, status: 'Đang thực hiện', deadline: '2025-07-15' }));
  const written = () => readTracker(trackerToValues(mergeTracker(tasks, [], ASOF).rows)).rows;

  it('a status copied from the source follows the source each month; one typed in the tracker stays', () => {
    // Task 2's status typed in the tracker (the same words as the source's are not typed: task 3).
    const before = typed(written(), (r) => (r.key === 'k2' ? { status: 'Chưa thực hiện', result: 'Đơn vị ghi nhầm' } : {}));
    const nextMonth = tasks.map((t) => ({ ...t, status: 'Hoàn thành' }));
    const after = mergeTracker(nextMonth, before, ASOF).rows;
    expect(after.map((r) => r.status)).toEqual(['Hoàn thành', 'Chưa thực hiện', 'Hoàn thành']);
    // The summary counts the tracker's word only where it was typed.
    const tracker = { name: 'Theo dõi', cells: trackerToValues(before) };
    const counted = withTrackerStatuses(nextMonth, tracker, ASOF);
    expect([counted.fromTracker, counted.tasks.map((t) => t.status)]).toEqual([1, ['Hoàn thành', 'Chưa thực hiện', 'Hoàn thành']]);
  });

  it('a deadline the source drops stays as copied, so the next one the source gives replaces it', () => {
    let rows = written();
    const run = (deadline: string | null) => (rows = readTracker(trackerToValues(mergeTracker(tasks.map((t) => ({ ...t, deadline })), rows, ASOF).rows)).rows);
    run(null);
    expect(rows.map((r) => r.deadline)).toEqual(['2025-07-15', '2025-07-15', '2025-07-15']);
    run('2025-12-15');
    expect(rows.map((r) => r.deadline)).toEqual(['2025-12-15', '2025-12-15', '2025-12-15']);
  });

  it('a typed status the source later says too stays typed when the source changes again', () => {
    let rows = typed(written(), (r) => (r.key === 'k1' ? { status: 'Hoàn thành' } : {}));
    const run = (status: string) => (rows = readTracker(trackerToValues(mergeTracker(tasks.map((t) => ({ ...t, status })), rows, ASOF).rows)).rows);
    run('Hoàn thành');
    run('Đang thực hiện');
    expect(rows.map((r) => r.status)).toEqual(['Hoàn thành', 'Đang thực hiện', 'Đang thực hiện']);
  });

  it('a tracker of the previous version: the source\'s words and the old default follow the source, other text stays', () => {
    const old = typed(written(), (r) => ({ status: r.key === 'k1' ? 'Đang thực hiện' : r.key === 'k2' ? 'Chưa thực hiện' : 'Tạm dừng' })).map(({ copied: _c, ...r }) => r);
    const next = tasks.map((t) => ({ ...t, status: 'Hoàn thành' }));
    // k1 shows what the source said then (now "Hoàn thành"): ambiguous, kept; k2 the old default: follows.
    const first = readTracker(trackerToValues(mergeTracker(next, old, ASOF).rows)).rows;
    expect(first.map((r) => r.status)).toEqual(['Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
    const same = readTracker(trackerToValues(mergeTracker(tasks, old, ASOF).rows)).rows;
    // Equal to the source now: the source's, and it follows the source from then on.
    expect(same[0]!.copied).toEqual({ status: 'Đang thực hiện', deadline: '2025-07-15' });
    expect(mergeTracker(next, same, ASOF).rows[0]!.status).toBe('Hoàn thành');
  });

  it('a deadline typed in words in the tracker is due when the tracker says, in the summary too', () => {
    const before = typed(written(), (r) => (r.key === 'k1' ? { deadline: 'Tháng 11' } : {}));
    const tracker = { name: 'Theo dõi', cells: trackerToValues(before) };
    const merged = mergeTracker(tasks, before, '2025-10-31').rows;
    expect(withTrackerStatuses(tasks, tracker, '2025-10-31').tasks[0]!.deadline).toBe(merged[0]!.due);
  });

  it('a deadline a user moved in the tracker stays; one left as copied follows the source', () => {
    const before = typed(written(), (r) => (r.key === 'k1' ? { deadline: '2025-11-30' } : {}));
    const moved = tasks.map((t) => ({ ...t, deadline: '2025-08-15' }));
    const after = mergeTracker(moved, before, '2025-10-01').rows;
    expect(after.map((r) => [r.deadline, r.overdue])).toEqual([
      ['2025-11-30', false],
      ['2025-08-15', true],
      ['2025-08-15', true],
    ]);
    const tracker = { name: 'Theo dõi', cells: trackerToValues(before) };
    expect(withTrackerStatuses(moved, tracker, '2025-10-01').tasks.map((t) => t.deadline)).toEqual(['2025-11-30', '2025-08-15', '2025-08-15']);
  });
});

describe('next year\'s programme put in the same workbook', () => {
  // The unit keeps one file and one copy: in January the 2025 programme is replaced by 2026's, whose
  // recurring tasks have the same words. 2025's typed rows must not become 2026's statuses.
  const recurring = 'Kiểm tra đo lường đối với cơ sở kinh doanh xăng dầu';
  const of2025 = [task({ row: 7, task: recurring, key: '1.1.x', quarter: 1, month: 1, sheet: 'CTCT' }), task({ row: 8, task: 'Nhiệm vụ riêng năm 2025', key: '1.1.y', quarter: 1, month: 1, sheet: 'CTCT' })];
  const tracked2025 = typed(mergeTracker(of2025, [], '2025-02-01', { sheetYears: { CTCT: 2025 } }).rows, () => ({ status: 'Hoàn thành', result: 'Đã kiểm tra 12 cơ sở (2025)' }));
  // Written to the sheet and read back, as the next run finds it.
  const readBack = readTracker(trackerToValues(tracked2025)).rows;

  it('keeps last year\'s typed rows aside (no longer in the source), the same words this year starting blank', () => {
    const of2026 = [task({ row: 7, task: recurring, key: '1.1.x', quarter: 1, month: 1, sheet: 'CTCT' })];
    const after = mergeTracker(of2026, readBack, '2026-02-01', { sheetYears: { CTCT: 2026 } });
    expect([after.kept, after.added, after.vanished]).toEqual([0, 1, 2]);
    expect(statuses(after.rows)).toEqual([
      [recurring, '', '', false],
      [recurring, 'Hoàn thành', 'Đã kiểm tra 12 cơ sở (2025)', true],
      ['Nhiệm vụ riêng năm 2025', 'Hoàn thành', 'Đã kiểm tra 12 cơ sở (2025)', true],
    ]);
  });

  it('still follows the same year\'s task from week to week, and a sheet stating no year as before', () => {
    const again = mergeTracker(of2025.map((t) => ({ ...t, row: t.row + 1 })), readBack, '2025-03-01', { sheetYears: { CTCT: 2025 } });
    expect([again.kept, again.vanished]).toEqual([2, 0]);
    expect(again.rows.map((r) => r.status)).toEqual(['Hoàn thành', 'Hoàn thành']);
    const noYear = mergeTracker(of2025, readBack, '2026-02-01');
    expect([noYear.kept, noYear.vanished]).toEqual([2, 0]);
  });
});
