import fc from 'fast-check';
import type { Task } from '../../../src/engine/report';
import {
  TRACKER_COLUMNS,
  TRACKER_STATUSES,
  dueDate,
  mergeTracker,
  refreshOverdue,
  readTracker,
  trackerToValues,
  type TrackerRow,
} from '../../../src/engine/track';
import { summarise, task } from '../summary-layout/sample-report';

const ASOF = '2025-08-15';

function base(): Task[] {
  return [
    task({ row: 10, task: 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', key: 'a' }),
    task({ row: 11, task: 'Tổ chức điều tra chuyên gia tư vấn', key: 'b' }),
    task({ row: 12, task: 'Tham mưu Chỉ thị của Chủ tịch UBND tỉnh', key: 'c' }),
    task({ row: 13, task: 'Tổ chức Không gian đổi mới sáng tạo', key: 'd', leadUnits: ['Phòng QLCN&CN'] }),
  ];
}

/** What a user does: types statuses, a completion date and a result. */
function typeInto(rows: TrackerRow[]): TrackerRow[] {
  return rows.map((r) => {
    if (r.key === 'a') return { ...r, status: 'Hoàn thành', completedOn: '2025-07-20', result: 'Đã ban hành KH 12/KH-SKHCN' };
    if (r.key === 'b') return { ...r, status: 'Đang thực hiện' };
    if (r.key === 'd') return { ...r, status: 'Đề xuất bỏ', result: 'Trùng nhiệm vụ thường xuyên' };
    return r;
  });
}

describe('constants', () => {
  it('exports the columns and statuses as specified', () => {
    expect(TRACKER_COLUMNS).toEqual([
      'Quý', 'Tháng', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm',
      'Lãnh đạo chỉ đạo', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành', 'Kết quả', 'Nguồn', 'Mã',
    ]);
    expect(TRACKER_STATUSES).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Đề xuất bỏ', 'Đề nghị điều chỉnh']);
  });
});

describe('mergeTracker', () => {
  it('builds a fresh tracker from tasks', () => {
    const { rows, added, kept, vanished } = mergeTracker(base(), [], ASOF);
    expect({ added, kept, vanished }).toEqual({ added: 4, kept: 0, vanished: 0 });
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[0]).toMatchObject({
      quarter: 3,
      month: 7,
      stt: '1',
      leadUnits: 'Phòng QLKH&ĐMST',
      coordinatingUnits: 'Văn phòng Sở',
      leaders: 'PGĐ Sở Phan Văn Hiếu',
      status: '',
      source: { sheet: 'Phụ lục II', row: 10 },
      vanished: false,
      overdue: true,
      due: '2025-07-31',
    });
  });

  it('keeps typed columns when rows are inserted and deleted in the source (match by key, not row)', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    // A row inserted at the top shifts every row down; task "c" is deleted.
    const next = [
      task({ row: 10, task: 'Nhiệm vụ mới chèn vào', key: 'new' }),
      ...base()
        .filter((t) => t.key !== 'c')
        .map((t) => ({ ...t, row: t.row + 1, endRow: t.row + 1 })),
    ];
    const { rows, added, kept, vanished } = mergeTracker(next, first, ASOF);
    expect({ added, kept, vanished }).toEqual({ added: 1, kept: 3, vanished: 1 });
    expect(rows.map((r) => r.key)).toEqual(['new', 'a', 'b', 'd', 'c']);
    const a = rows.find((r) => r.key === 'a')!;
    expect(a).toMatchObject({ status: 'Hoàn thành', completedOn: '2025-07-20', result: 'Đã ban hành KH 12/KH-SKHCN', source: { row: 11 } });
    expect(rows.find((r) => r.key === 'b')!.status).toBe('Đang thực hiện');
    const c = rows.find((r) => r.key === 'c')!;
    expect(c).toMatchObject({ vanished: true, overdue: false, due: null, source: { row: 12 } });
    expect(rows.find((r) => r.key === 'new')!.status).toBe('');
  });

  it('follows a reorder (source order, vanished at the end)', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    const reordered = base().reverse().map((t, i) => ({ ...t, row: 10 + i, endRow: 10 + i, stt: String(i + 1) }));
    const { rows, kept } = mergeTracker(reordered, first, ASOF);
    expect(kept).toBe(4);
    expect(rows.map((r) => r.key)).toEqual(['d', 'c', 'b', 'a']);
    expect(rows.map((r) => r.stt)).toEqual(['1', '2', '3', '4']);
    expect(rows[3]!.status).toBe('Hoàn thành');
  });

  it('keeps the entries of two tasks with the same text with their units when they move or one goes', () => {
    // Keys as the engine gives them: the second of a text in a month gets ".2".
    const same = 'Báo cáo kết quả thực hiện nhiệm vụ tháng 7';
    const qlkh = task({ row: 10, task: same, key: '3.7.k1', leadUnits: ['Phòng QLKH&ĐMST'] });
    const bcvt = task({ row: 19, task: same, key: '3.7.k1.2', leadUnits: ['Phòng BCVT&CĐS'] });
    const first = mergeTracker([qlkh, bcvt], [], ASOF).rows.map((r) => ({ ...r, result: `KQ của ${r.leadUnits}`, status: r.leadUnits.includes('QLKH') ? 'Hoàn thành' : 'Đang thực hiện' }));
    const swapped = mergeTracker([{ ...bcvt, row: 10, key: '3.7.k1' }, { ...qlkh, row: 19, key: '3.7.k1.2' }], first, ASOF);
    expect(swapped.rows.map((r) => [r.leadUnits, r.status, r.result])).toEqual([
      ['Phòng BCVT&CĐS', 'Đang thực hiện', 'KQ của Phòng BCVT&CĐS'],
      ['Phòng QLKH&ĐMST', 'Hoàn thành', 'KQ của Phòng QLKH&ĐMST'],
    ]);
    const oneGone = mergeTracker([{ ...bcvt, row: 10, key: '3.7.k1' }], first, ASOF);
    expect(oneGone.rows.map((r) => [r.leadUnits, r.status, r.vanished])).toEqual([
      ['Phòng BCVT&CĐS', 'Đang thực hiện', false],
      ['Phòng QLKH&ĐMST', 'Hoàn thành', true],
    ]);
  });

  it('refreshes source-derived columns but never typed ones', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    const changed = base().map((t) =>
      t.key === 'a'
        ? { ...t, quarter: 4, month: 10, stt: '7', product: 'Quyết định của UBND tỉnh', leaders: ['Giám đốc Sở'], leadUnits: ['Văn phòng Sở'], status: 'Chưa thực hiện' }
        : t,
    );
    const a = mergeTracker(changed, first, ASOF).rows[0]!;
    expect(a).toMatchObject({
      quarter: 4,
      month: 10,
      stt: '7',
      product: 'Quyết định của UBND tỉnh',
      leaders: 'Giám đốc Sở',
      leadUnits: 'Văn phòng Sở',
      status: 'Hoàn thành',
      completedOn: '2025-07-20',
    });
  });

  it('falls back to task text + lead unit when keys change (accents, spacing, case)', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    const rekeyed = base().map((t) => ({
      ...t,
      key: `new-${t.key}`,
      task: t.key === 'b' ? '  TỔ CHỨC  điều tra chuyên gia tư vấn.' : t.task.normalize('NFD'),
    }));
    const { rows, kept, added, vanished } = mergeTracker(rekeyed, first, ASOF);
    expect({ kept, added, vanished }).toEqual({ kept: 4, added: 0, vanished: 0 });
    expect(rows.map((r) => r.status)).toEqual(['Hoàn thành', 'Đang thực hiện', '', 'Đề xuất bỏ']);
    expect(rows[0]!.key).toBe('new-a');
  });

  it('keeps the status through a small edit of the task text', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    const edited = base().map((t) =>
      t.key === 'a' ? { ...t, key: 'a2', task: 'Xây dựng Kế hoạch kiểm tra sau khi nghiệm thu' } : t,
    );
    const { rows, kept, added } = mergeTracker(edited, first, ASOF);
    expect({ kept, added }).toEqual({ kept: 4, added: 0 });
    expect(rows[0]).toMatchObject({ key: 'a2', status: 'Hoàn thành', task: 'Xây dựng Kế hoạch kiểm tra sau khi nghiệm thu' });
  });

  it('does not guess between two equally similar rows', () => {
    const tasks = [
      task({ row: 10, task: 'Báo cáo kết quả quý III', key: 'x' }),
      task({ row: 11, task: 'Báo cáo kết quả quý IV', key: 'y' }),
    ];
    const prev = typeInto(mergeTracker(tasks, [], ASOF).rows).map((r) => ({ ...r, status: 'Hoàn thành' }));
    // Both rows' keys are gone and the new text is as close to either.
    const { added, vanished } = mergeTracker([task({ row: 10, task: 'Báo cáo kết quả quý', key: 'z' })], prev, ASOF);
    expect(added).toBe(1);
    expect(vanished).toBe(2);
  });

  it('does not match a similar text of another lead unit', () => {
    const prev = mergeTracker([task({ row: 10, task: 'Tổ chức lớp tập huấn', key: 'p', leadUnits: ['Phòng TĐC'] })], [], ASOF).rows;
    prev[0]!.status = 'Hoàn thành';
    const { added, vanished } = mergeTracker(
      [task({ row: 10, task: 'Tổ chức lớp tập huấn.', key: 'q', leadUnits: ['Phòng QLKH&ĐMST'] }), task({ row: 11, task: 'Tổ chức lớp tập huấn', key: 'r', leadUnits: ['Văn phòng Sở'] })],
      prev,
      ASOF,
    );
    // Text alone is shared by two tasks after folding: not unique, and lead units differ.
    expect(added).toBe(2);
    expect(vanished).toBe(1);
  });

  it('revives a vanished row when its task comes back', () => {
    const first = typeInto(mergeTracker(base(), [], ASOF).rows);
    const without = mergeTracker(base().slice(1), first, ASOF).rows;
    expect(without.find((r) => r.key === 'a')!.vanished).toBe(true);
    const back = mergeTracker(base(), without, ASOF);
    expect(back.vanished).toBe(0);
    expect(back.rows[0]).toMatchObject({ key: 'a', vanished: false, status: 'Hoàn thành' });
  });

  it('is idempotent: merging twice with the same tasks changes nothing', () => {
    const once = mergeTracker(base(), typeInto(mergeTracker(base(), [], ASOF).rows), ASOF).rows;
    const twice = mergeTracker(base(), once, ASOF);
    expect(twice.rows).toEqual(once);
    expect(twice.kept).toBe(4);
  });

  it('takes a deadline from the source, keeps one typed in the tracker when the source has none', () => {
    const tasks = [task({ row: 10, task: 'A', key: 'a', deadline: 'Thời hạn trình UBND tỉnh: 10/02/2025' }), task({ row: 11, task: 'B', key: 'b' })];
    const first = mergeTracker(tasks, [], ASOF).rows;
    expect(first[0]!.deadline).toBe('2025-02-10');
    first[1]!.deadline = '2025-08-01';
    const again = mergeTracker(tasks, first, ASOF).rows;
    expect(again[1]!.deadline).toBe('2025-08-01');
    expect(again[1]).toMatchObject({ overdue: true, due: '2025-08-01' });
  });

  it('starts a new row from the status/result the source gives', () => {
    const rows = mergeTracker([task({ row: 10, task: 'A', status: 'đã hoàn thành', result: 'Xong' })], [], ASOF).rows;
    expect(rows[0]).toMatchObject({ status: 'Hoàn thành', result: 'Xong', overdue: false });
  });
});

describe('overdue', () => {
  const year = { year: 2025 };
  it('uses the deadline when there is one', () => {
    const [r] = mergeTracker([task({ row: 10, task: 'A', deadline: '2025-07-31' })], [], '2025-08-01', year).rows;
    expect(r).toMatchObject({ due: '2025-07-31', overdue: true });
    const [s] = mergeTracker([task({ row: 10, task: 'A', deadline: '31/07/2025' })], [], '2025-07-31', year).rows;
    expect(s).toMatchObject({ due: '2025-07-31', overdue: false });
  });

  it('uses the end of the month, else of the quarter (year from options), like the engine summary', () => {
    const tasks = [
      task({ row: 10, task: 'A', quarter: 3, month: null }),
      task({ row: 11, task: 'B', quarter: 4, month: 11 }),
      task({ row: 12, task: 'C', quarter: null, month: null }),
    ];
    const rows = mergeTracker(tasks, [], '2026-01-05', year).rows;
    expect(rows.map((r) => r.due)).toEqual(['2025-09-30', '2025-11-30', null]);
    // All-year tasks are never overdue.
    expect(rows.map((r) => r.overdue)).toEqual([true, true, false]);
    // Without a year, asOf's year: a 2025 programme checked in 2026 would be judged for 2026.
    expect(mergeTracker(tasks, [], '2026-01-05').rows[0]!.due).toBe('2026-09-30');
  });

  it('dues a task under "Quý I/2026" in its own year, in a plan across the year\'s end', () => {
    const tasks = [task({ row: 10, task: 'A', quarter: 4, month: null }), task({ row: 12, task: 'B', quarter: 1, month: null, year: 2026 })];
    const rows = mergeTracker(tasks, [], '2025-10-15', year).rows;
    expect(rows.map((r) => [r.due, r.overdue])).toEqual([
      ['2025-12-31', false],
      ['2026-03-31', false],
    ]);
    // Read back from the sheet (no year column), the row takes the year again from its task.
    const again = mergeTracker(tasks, readTracker(trackerToValues(rows)).rows, '2026-01-05', year).rows;
    expect(again.map((r) => [r.due, r.overdue])).toEqual([
      ['2025-12-31', true],
      ['2026-03-31', false],
    ]);
  });

  it('agrees with the engine summary on which tasks are overdue', () => {
    const tasks = [
      task({ row: 10, task: 'A', quarter: 3, month: 7 }),
      task({ row: 11, task: 'B', quarter: 3, month: 9, status: 'Hoàn thành' }),
      task({ row: 12, task: 'C', quarter: 4, month: null }),
      task({ row: 13, task: 'D', quarter: 3, month: 8, deadline: '2025-12-01' }),
      task({ row: 14, task: 'E', quarter: null, month: null }),
    ];
    const asOf = '2025-10-15';
    const fromSummary = summarise(tasks, [], [], asOf).overdue.map((r) => [r.row, r.due]);
    const fromTracker = mergeTracker(tasks, [], asOf, year).rows.filter((r) => r.overdue).map((r) => [r.source.row, r.due]);
    expect(fromTracker).toEqual(fromSummary);
    expect(fromTracker).toEqual([[10, '2025-07-31']]);
  });

  it('is never overdue when done or proposed for dropping, or vanished', () => {
    const rows = mergeTracker([task({ row: 10, task: 'A', key: 'a' }), task({ row: 11, task: 'B', key: 'b' })], [], '2025-10-01', year).rows;
    expect(rows.every((r) => r.overdue)).toBe(true);
    const done = refreshOverdue(
      rows.map((r, i) => ({ ...r, status: i === 0 ? 'Hoàn thành' : 'Đề xuất bỏ' })),
      '2025-10-01',
      year,
    );
    expect(done.map((r) => r.overdue)).toEqual([false, false]);
    const adj = refreshOverdue([{ ...rows[0]!, status: 'Đề nghị điều chỉnh' }], '2025-10-01', year);
    expect(adj[0]!.overdue).toBe(true);
    expect(refreshOverdue([{ ...rows[0]!, vanished: true }], '2025-10-01', year)[0]).toMatchObject({ overdue: false, due: null });
  });

  it('keeps a row whose status is a day still ahead (planned, not done) overdue, and closes it once that day is past', () => {
    const rows = mergeTracker([task({ row: 10, task: 'A', key: 'a', quarter: 3, month: 7 })], [], '2025-08-18', year).rows;
    const planned = (status: string, asOf: string) => refreshOverdue([{ ...rows[0]!, status }], asOf, year)[0]!.overdue;
    expect(['20/08/2025', '30/9', '10/8/2025'].map((s) => planned(s, '2025-08-18'))).toEqual([true, true, false]);
    expect(['20/08/2025', '30/9'].map((s) => planned(s, '2025-10-01'))).toEqual([false, false]);
    // Done on a day still ahead ("HT 20/8") is planned too.
    expect(['HT 20/8', 'Hoàn thành ngày 20/08/2025', 'HT 10/8'].map((s) => planned(s, '2025-08-18'))).toEqual([true, true, false]);
  });

  it('reads a deadline typed short in the tracker as the sheet\'s deadline column does, in the programme\'s year', () => {
    // A July task; on 15/8/2025 it is overdue by its month, not by the deadline moved to September.
    const rows = mergeTracker([task({ row: 10, task: 'A', key: 'a', quarter: 3, month: 7 })], [], '2025-08-15', year).rows;
    const short = ['T9', 'Th9/2025', 'Q3', 'QIII/2025', 'Tháng Chín', 'Trước T9', '30/9', '45930'];
    const read = refreshOverdue(short.map((deadline) => ({ ...rows[0]!, deadline })), '2025-08-15', year);
    expect(read.map((r) => [r.deadline, r.due, r.overdue])).toEqual(short.map((d) => [d, '2025-09-30', false]));
    // In a sheet of the 2024 programme, its year.
    const old = refreshOverdue([{ ...rows[0]!, deadline: 'T9' }], '2025-08-15', { year: 2024 });
    expect(old.map((r) => [r.due, r.overdue])).toEqual([['2024-09-30', true]]);
  });

  it('takes a document\'s date typed in the tracker\'s deadline cell for no deadline, as the sheet\'s deadline column does', () => {
    // A July task: due at the end of its month, not on the decision's day.
    const rows = mergeTracker([task({ row: 10, task: 'A', key: 'a', quarter: 3, month: 7 })], [], '2025-07-20', year).rows;
    const read = refreshOverdue([{ ...rows[0]!, deadline: 'Theo QĐ 123/QĐ-UBND ngày 15/7/2025' }], '2025-07-20', year);
    expect(read.map((r) => [r.due, r.overdue])).toEqual([['2025-07-31', false]]);
  });

  it('dueDate reads a deadline typed as text', () => {
    expect(dueDate({ deadline: 'trước 15/8/2025', quarter: 3, month: null }, 2025)).toBe('2025-08-15');
    expect(dueDate({ deadline: 'cuối quý', quarter: 2, month: null }, 2025)).toBe('2025-06-30');
    // A deadline a user types into the tracker the short way counts as the source's deadline column does.
    expect(dueDate({ deadline: '15/8/25', quarter: 3, month: 9 }, 2025)).toBe('2025-08-15');
    expect(dueDate({ deadline: null, quarter: 1, month: 2 }, 2024)).toBe('2024-02-29');
  });
});

describe('properties', () => {
  const letters = fc.constantFrom(...'abcdeghiklmnoơôưđáàảãạ0123456789'.split(''));
  const arbTasks = fc
    .uniqueArray(fc.string({ unit: letters, minLength: 1, maxLength: 12 }), { minLength: 0, maxLength: 12 })
    .map((names) => names.map((n, i) => task({ row: 10 + i, task: `Nhiệm vụ ${n}`, key: `key-${n}` })));

  it('every previous row is kept or vanished, never lost; typed statuses survive', () => {
    fc.assert(
      fc.property(arbTasks, arbTasks, (before, after) => {
        const prev = mergeTracker(before, [], ASOF).rows.map((r, i) => ({
          ...r,
          status: TRACKER_STATUSES[i % 5]!,
          result: `typed-${i}`,
        }));
        const { rows, added, kept, vanished } = mergeTracker(after, prev, ASOF);
        expect(rows.length).toBe(after.length + vanished);
        expect(added + kept).toBe(after.length);
        expect(kept + vanished).toBe(prev.length);
        for (const p of prev) {
          const found = rows.filter((x) => x.result === p.result);
          expect(found).toHaveLength(1);
          expect(found[0]!.status).toBe(p.status);
          // Same key → same row, never vanished.
          if (after.some((t) => t.key === p.key)) expect(found[0]).toMatchObject({ key: p.key, vanished: false });
        }
        expect(rows.slice(0, after.length).map((r) => r.key)).toEqual(after.map((t) => t.key));
      }),
    );
  });

  it('survives a round trip through values', () => {
    fc.assert(
      fc.property(arbTasks, (tasks) => {
        const rows = mergeTracker(tasks, [], ASOF).rows;
        const back = refreshOverdue(readTracker(trackerToValues(rows)).rows, ASOF);
        expect(back).toEqual(rows.map((r, i) => ({ ...r, origin: i + 1 })));
      }),
    );
  });
});

describe('coveredSheets', () => {
  it('keeps rows of sheets this check did not read, instead of marking them vanished', () => {
    const a = task({ sheet: 'A', row: 10, task: 'Nhiệm vụ trang A', key: 'a' });
    const b = task({ sheet: 'B', row: 20, task: 'Nhiệm vụ trang B', key: 'b' });
    const first = mergeTracker([a, b], [], '2025-08-01');
    const typed = first.rows.map((r) => ({ ...r, status: 'Đang thực hiện' }));
    const onlyB = mergeTracker([b], typed, '2025-08-01', { coveredSheets: ['B'] });
    // In the order the tracker had its sheets (A, then B), not the checked sheet first.
    expect(onlyB.rows.map((r) => [r.source.sheet, r.vanished, r.status])).toEqual([
      ['A', false, 'Đang thực hiện'],
      ['B', false, 'Đang thực hiện'],
    ]);
    expect(mergeTracker([b], typed, '2025-08-01').vanished).toBe(1);
  });

  it("orders rows by the workbook's sheets, then row, whichever sheet was checked last", () => {
    const workbookSheets = ['Quý III', 'Quý IV', 'Theo dõi'];
    const q3 = [1, 2].map((i) => task({ sheet: 'Quý III', row: 4 + i, quarter: 3, task: `Quý ba nhiệm vụ số ${i}`, key: `q3.${i}` }));
    const q4 = [1, 2].map((i) => task({ sheet: 'Quý IV', row: 4 + i, quarter: 4, task: `Quý bốn nhiệm vụ số ${i}`, key: `q4.${i}` }));
    const typedByUser: TrackerRow = { ...mergeTracker([q3[0]!], [], ASOF).rows[0]!, key: '', task: 'Ghi chú của phòng', source: { sheet: '', row: 0 } };
    const expected = ['Quý ba nhiệm vụ số 1', 'Quý ba nhiệm vụ số 2', 'Quý bốn nhiệm vụ số 1', 'Quý bốn nhiệm vụ số 2', 'Ghi chú của phòng'];

    const check = (sheet: string, tasks: Task[], previous: TrackerRow[]) => mergeTracker(tasks, previous, ASOF, { coveredSheets: [sheet], workbookSheets }).rows;
    const type = (rows: TrackerRow[], sheet: string, status: string) => rows.map((r) => (r.source.sheet === sheet ? { ...r, status } : r));

    // Quý IV checked first, then Quý III, then Quý IV and Quý III again: the order stays, and the statuses typed.
    let rows = [...type(check('Quý IV', q4, []), 'Quý IV', 'Hoàn thành'), typedByUser];
    rows = type(check('Quý III', q3, rows), 'Quý III', 'Đang thực hiện');
    expect(rows.map((r) => r.task)).toEqual(expected);
    rows = check('Quý IV', q4, rows);
    expect(rows.map((r) => r.task)).toEqual(expected);
    rows = check('Quý III', q3, rows);
    expect(rows.map((r) => r.task)).toEqual(expected);
    expect(rows.map((r) => r.status)).toEqual(['Đang thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành', typedByUser.status]);
    // The whole workbook checked: the same order.
    expect(mergeTracker([...q3, ...q4], rows, ASOF, { coveredSheets: ['Quý III', 'Quý IV'], workbookSheets }).rows.map((r) => r.task)).toEqual(expected);
  });
});
