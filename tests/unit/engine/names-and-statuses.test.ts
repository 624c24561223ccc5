/**
 * How units write statuses, leaders and units in their own words: "HT", "Chưa hoàn thành",
 * "Đang thực hiện (50%)"; "Phó GĐ Phan Văn Hiếu", "Đ/c Phan Văn Hiếu - PGĐ Sở", "Giám đốc Sở (Đ/c
 * Trường)"; "Phòng QLKH và ĐMST", "Phòng QLKH&ĐMST/Văn phòng Sở". None of these is a mistake.
 */
import { analyseWorkbook, type CellValue, type FileReport } from '../../../src/engine';
import { combineReports } from '../../../src/engine/combine';
import { DirectoryMatcher } from '../../../src/engine/directory/matcher';
import { defaultDirectory } from '../../../src/engine/directory/load';
import { canonicalStatus, readStatus } from '../../../src/engine/status';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';
import { mergeTracker } from '../../../src/engine/track';
import { AS_OF } from '../../helpers/fixtures';

const TITLE = 'PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025';
const HEADER = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng'];

/** Late-2025 tasks, one per row: [lead unit, leader, status]; all due 15/8/2025 (past, for the report date). */
function sheetOf(rows: [CellValue, CellValue, CellValue][]): FileReport {
  const tasks = rows.map(([lead, leader, status], i) => [i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, lead, leader, 'Kế hoạch của Sở', '15/8/2025', status]);
  return analyse([sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${rows.length} nhiệm vụ)`], ...tasks])]);
}
const withStatus = (...statuses: string[]) => sheetOf(statuses.map((s) => ['Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', s]));
const withLeader = (...leaders: string[]) => sheetOf(leaders.map((l) => ['Phòng QLKH&ĐMST', l, 'Đang thực hiện']));
const withLead = (...units: string[]) => sheetOf(units.map((u) => [u, 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện']));
/** One task per status cell, all due 15/8/2025, checked on `asOf`. */
function statusSheet(cells: readonly string[], asOf: string): FileReport {
  const tasks = cells.map((s, i) => [i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '15/8/2025', s]);
  return analyseWorkbook({ sheets: [sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${tasks.length} nhiệm vụ)`], ...tasks])] }, { fileName: 'thu.xlsx', asOf });
}

const findings = (r: FileReport, code: string) => r.findings.filter((f) => f.code === code);
const late2025 = new DirectoryMatcher(defaultDirectory, '2025-09');

/** The directory of late 2025 with one more deputy like "PGĐ Sở Nguyễn Quốc Huy Hoàng", to see a short name fit two. */
function withAnotherDeputy(name: string, person: string): DirectoryMatcher {
  const twins = JSON.parse(JSON.stringify(defaultDirectory));
  const period = twins.periods.find((p: { id: string }) => p.id === '2025-09');
  period.leaders.push({ ...period.leaders.find((l: { name: string }) => l.name.endsWith('Huy Hoàng')), name, person, aliases: [] });
  return new DirectoryMatcher(twins, '2025-09');
}

describe('statuses in units\' own words', () => {
  it('reads "HT" and "Đã HT" as Hoàn thành, never as a proposal to drop', () => {
    const r = withStatus('HT', 'Đã HT', 'HT.');
    expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Hoàn thành', 'Hoàn thành']);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.overdue).toEqual([]);
  });

  it('guesses nothing for a short unknown word, however near "Bỏ" it is', () => {
    const r = withStatus('BS', 'TD', 'ĐX');
    const found = findings(r, 'unknown-status');
    expect(found.map((f) => [f.row, f.fix])).toEqual([[4, null], [5, null], [6, null]]);
    expect(found.every((f) => !f.suggestion?.includes('Có phải'))).toBe(true);
    // A longer misspelling is still fixed.
    expect(findings(withStatus('Hoàn thàn'), 'unknown-status')[0].fix).toEqual({ value: 'Hoàn thành' });
  });

  it('does not read another word that folds to a one-word status ("Chấm", "Bố", "Xông") as it; no marks, or hỏi for ngã, still do', () => {
    const r = withStatus('Chấm', 'Bố', 'Xông', 'Chấm, dự kiến 30/9', 'Chậm', 'cham', 'Trể hạn', 'Bõ');
    const found = findings(r, 'unknown-status');
    expect(found.map((f) => [f.row, f.column, f.suggestion, f.fix])).toEqual([
      [4, 'G', 'Có phải "Chậm"?', null],
      [5, 'G', 'Có phải "Bỏ"?', null],
      [6, 'G', 'Có phải "Xong"?', null],
      [7, 'G', expect.stringMatching(/^Dùng một trong/), null],
    ]);
    expect(r.summary.byStatus).toEqual({ 'Chấm': 1, 'Bố': 1, 'Xông': 1, 'Chấm, dự kiến 30/9': 1, 'Đang thực hiện': 3, 'Đề xuất bỏ': 1 });
  });

  it('counts a status it cannot read once whatever its case, spacing, tone placement or Unicode form, under its most written spelling, in every count and across files', () => {
    const r = withStatus('HOÀN THÀN', 'Hoàn thàn', 'hoàn  thàn', 'Hoàn thàn'.normalize('NFD'), 'Chờ hoà giải', 'Chờ hòa giải', 'CHỜ HÒA GIẢI');
    // "Hoàn thàn" is written twice (NFC, NFD), the others once; the three "Chờ hoà giải" once each: the first.
    expect(r.summary.byStatus).toEqual({ 'Hoàn thàn': 4, 'Chờ hoà giải': 3 });
    expect(r.summary.byQuarterAndStatus).toEqual({ '3': { 'Hoàn thàn': 4, 'Chờ hoà giải': 3 } });
    expect(r.summary.byLeadUnitAndStatus).toEqual({ 'Phòng QLKH&ĐMST': { 'Hoàn thàn': 4, 'Chờ hoà giải': 3 } });
    // Different letters or marks stay apart: "Hoàn thàn" is not "Hoan than".
    expect(withStatus('Hoàn thàn', 'Hoan than').summary.byStatus).toEqual({ 'Hoàn thàn': 1, 'Hoan than': 1 });
    // Two files, each its own spelling (task 1 in both, counted once): one entry in the consolidated summary.
    const combined = combineReports([withStatus('HOÀN THÀN', 'HOÀN THÀN'), withStatus('Hoàn thàn')], AS_OF);
    expect(combined.summary.taskCount).toBe(2);
    expect(combined.summary.byStatus).toEqual({ 'HOÀN THÀN': 2 });
    expect(combined.summary.sharedTasks?.map((t) => t.statusesDiffer)).toEqual([false]);
  });

  it('does not hint a one-word status for another word with other letters ("Đúng" is not "Dừng", "Đừng" neither), while slips in the marks alone ("Rụt", "Hùy") are still asked', () => {
    const r = withStatus('Đúng', 'Đừng', 'Rụt', 'Hùy');
    const found = findings(r, 'unknown-status');
    expect(found.map((f) => [f.row, f.suggestion?.startsWith('Có phải') ? f.suggestion : 'list'])).toEqual([
      [4, 'list'],
      [5, 'list'],
      [6, 'Có phải "Rút"?'],
      [7, 'Có phải "Hủy"?'],
    ]);
    expect(r.summary.byStatus).toEqual({ 'Đúng': 1, 'Đừng': 1, 'Rụt': 1, 'Hùy': 1 });
  });

  it('understands "Chưa hoàn thành" and a status with a share or a remark as a status still open', () => {
    const cells = ['Chưa hoàn thành', 'Đang thực hiện (50%)', 'Đang thực hiện, dự kiến xong 30/9', 'Hoàn thành 80%', 'Hoàn thành (80%)'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    // Four-fifths done is under way, not done: all five are overdue on the report date.
    expect(cells.map(readStatus)).toEqual(cells.map(() => 'Đang thực hiện'));
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8]);
    // The quarterly report counts them by what they mean; the tasks keep the words as written.
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 5 });
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    // A remark after "Đề xuất bỏ" (its reason) keeps the task closed.
    expect(withStatus('Đề xuất bỏ (trùng nhiệm vụ 3)').summary.overdue).toEqual([]);
    // What a unit wrote is kept where statuses are rewritten (the tracker): a share or a date is not lost.
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
    expect(canonicalStatus('Đã HT')).toBe('Hoàn thành');
  });

  it('leaves "Hoàn thành 0%" and a question ("Đề xuất bỏ?") for a person to read, with no fix', () => {
    const r = withStatus('Hoàn thành 0%', 'Hoàn thành (0%)', 'Đề xuất bỏ?', 'Đang thực hiện 0%');
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.fix])).toEqual([[4, null], [5, null], [6, null]]);
    expect(r.summary.byStatus['Đang thực hiện']).toBe(1);
    expect(r.summary.proposals.drop).toBe(0);
  });

  it('reads a proposal followed by its reason with no punctuation ("Đề xuất bỏ vì…", "Đề nghị điều chỉnh sang Quý IV"), never "Đề xuất bổ sung" as a drop', () => {
    const r = withStatus('Đề xuất bỏ vì trùng nhiệm vụ 12', 'Đề nghị điều chỉnh thời gian', 'Đề xuất điều chỉnh sang Quý IV', 'Đề xuất bổ sung kinh phí');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7]);
    expect(r.summary.proposals).toMatchObject({ drop: 1, adjust: 2 });
    // Proposed for dropping: not overdue. An adjustment not yet granted still is.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 6, 7]);
    expect(r.tasks.map((t) => t.status)).toEqual(['Đề xuất bỏ vì trùng nhiệm vụ 12', 'Đề nghị điều chỉnh thời gian', 'Đề xuất điều chỉnh sang Quý IV', 'Đề xuất bổ sung kinh phí']);
  });

  it('reads a drop or a move asked for in other words ("Đề nghị chuyển sang Quý IV", "Xin lùi thời gian", "Đề xuất không thực hiện") as that proposal', () => {
    const cells = ['Đề nghị chuyển sang Quý IV', 'Đề xuất lùi sang tháng 10', 'Xin lùi thời gian', 'Đề xuất không thực hiện', 'Đề nghị hủy', 'Đề nghị hoàn thành', 'Xin ý kiến UBND tỉnh'];
    const r = withStatus(...cells);
    // Asking for anything but a drop or a move (rows 9, 10) is still left for a person to read.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9, 10]);
    expect(r.summary.proposals).toMatchObject({ drop: 2, adjust: 3 });
    expect(r.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 3, 'Đề xuất bỏ': 2, [cells[5]]: 1, [cells[6]]: 1 });
    // Proposed for dropping: not overdue; a move not yet granted still is. The words stay the unit's.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 9, 10]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('reads "Đang triển khai thực hiện", "Tiếp tục thực hiện" as under way, "Hoàn tất" as done, "Chuyển sang Q4" as a move', () => {
    const cells = ['Đang triển khai thực hiện', 'Tiếp tục thực hiện', 'Đang tiếp tục triển khai', 'Hoàn tất', 'Đã hoàn tất ngày 10/8/2025', 'Chuyển sang Q4', 'Lùi sang Q.IV'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 3, 'Hoàn thành': 2, 'Đề nghị điều chỉnh': 2 });
    // Due 15/8/2025: the open ones are overdue, the done ones not.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 9, 10]);
    // Only a status's own words are rewritten; "Tiếp tục" (going on from before) says more, and stays.
    expect(cells.map(canonicalStatus)).toEqual(['Đang thực hiện', null, null, 'Hoàn thành', null, null, null]);
  });

  it('reads "Chưa tổ chức" as not begun, with a move after it as a proposal to adjust, as "Chưa thực hiện, chuyển sang …"', () => {
    const cells = ['Chưa tổ chức', 'Chưa tổ chức, chuyển sang tháng 10', 'Chưa thực hiện, chuyển sang tháng 10', 'Chưa tiến hành', 'Chưa tổ chức được'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Chưa thực hiện': 3, 'Đề nghị điều chỉnh': 2 });
    // Open, so overdue on the report date; the unit's words are kept where statuses are rewritten.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8]);
    expect(canonicalStatus('Chưa tổ chức')).toBeNull();
  });

  it('reads "Đã dừng", "Dừng", "Dừng … theo chỉ đạo …", "Không thực hiện được" as stopped (dropped), never "Đã dùng", "Dùng"', () => {
    const cells = ['Đã dừng', 'Dừng', 'Dừng thực hiện theo chỉ đạo của UBND tỉnh', 'Không thực hiện được', 'Đã dùng', 'Dùng'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8, 9]);
    expect(r.summary.proposals.drop).toBe(4);
    // Dropped: never overdue; the two other words still are, as unread statuses.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8, 9]);
  });

  it('reads a stop with a move after it ("Đã dừng, chuyển sang năm 2026") as a proposal to adjust, as "Chưa tổ chức, chuyển sang …", not as a drop', () => {
    const cells = ['Đã dừng, chuyển sang năm 2026', 'Dừng thực hiện; chuyển sang Quý I/2026', 'Tạm dừng, chuyển sang năm sau', 'Đã dừng, theo chỉ đạo của UBND tỉnh'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[4, 'adjust'], [5, 'adjust'], [6, 'adjust'], [7, 'drop']]);
    // Moved, not dropped: still overdue past its deadline.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6]);
  });

  it('counts "Tạm dừng" as asking for an adjustment, not as an unknown status, and keeps it as written', () => {
    const cells = ['Tạm dừng', 'Tạm dừng thực hiện', 'Tạm ngừng', 'Đang thực hiện'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 3, 'Đang thực hiện': 1 });
    expect([r.summary.proposals, r.proposals.map((p) => [p.row, p.kind, p.proposal])]).toEqual([
      { drop: 0, add: 0, adjust: 3 },
      [
        [4, 'adjust', 'Tạm dừng'],
        [5, 'adjust', 'Tạm dừng thực hiện'],
        [6, 'adjust', 'Tạm ngừng'],
      ],
    ]);
    // Paused is not done: past its deadline, still overdue; the words stay the unit's.
    expect(r.summary.overdue.map((o) => [o.row, o.status])).toEqual([
      [4, 'Tạm dừng'],
      [5, 'Tạm dừng thực hiện'],
      [6, 'Tạm ngừng'],
      [7, 'Đang thực hiện'],
    ]);
    expect([r.tasks.map((t) => t.status), cells.slice(0, 3).map(canonicalStatus)]).toEqual([cells, [null, null, null]]);
  });

  it('reads a pause with how far it got ("Đang tạm dừng 50%", "Tạm ngưng (30%)") as the pause, and "Dừng thực hiện" (stopped for good) as a drop, as "Không thực hiện"', () => {
    const cells = ['Đang tạm dừng 50%', 'Tạm ngưng (30%)', 'Tạm dừng, đạt 50%', 'Dừng thực hiện', 'Ngừng triển khai', 'Đã dừng thực hiện 40%', 'Tạm dừng 150%'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[10, 'G']]);
    expect(r.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 3, 'Đề xuất bỏ': 3, 'Tạm dừng 150%': 1 });
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[4, 'adjust'], [5, 'adjust'], [6, 'adjust'], [7, 'drop'], [8, 'drop'], [9, 'drop']]);
    // Paused is still overdue past its deadline; stopped, as dropped, is not. Both kept as typed.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 10]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('counts "Hoàn thành một phần" (part done) as under way, not unknown: overdue past the deadline, kept as written', () => {
    const cells = ['Hoàn thành một phần', 'Đã hoàn thành 1 phần', 'Hoàn thành một phần, còn 01 lớp', 'Hoàn thành phần lớn'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 4 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7]);
    // The share done is what the unit reports: never rewritten as the bare status.
    expect(cells.map(canonicalStatus)).toEqual([null, null, null, null]);
  });

  it('keeps a remark after "Hoàn thành" for a person to read, as it may undo it', () => {
    const r = withStatus('Hoàn thành (100%)', 'Hoàn thành, còn 2 nội dung chưa xong', 'Đang thực hiện, dự kiến xong 30/9');
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.fix])).toEqual([[5, null]]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 6]);
  });
});

describe('more wordings of a status', () => {
  it('reads "Hủy bỏ", "Đề nghị rút khỏi chương trình" as dropped, "Tạm hoãn" as paused, "Hoàn thành trước thời hạn", "Hoàn thành xuất sắc" as done; kept as written', () => {
    const cells = ['Hủy bỏ', 'Đã hủy bỏ', 'Đề nghị rút khỏi chương trình', 'Đề xuất rút', 'Tạm hoãn', 'Hoàn thành trước thời hạn', 'Hoàn thành xuất sắc'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Đề xuất bỏ': 4, 'Đề nghị điều chỉnh': 1, 'Hoàn thành': 2 });
    // Dropped and done are closed; paused past its deadline is still overdue.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8]);
    expect(r.summary.proposals).toMatchObject({ drop: 4, adjust: 1 });
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });
});

describe('done, with the day it was done or the document that did it', () => {
  it('counts "Hoàn thành ngày 20/8/2025", "HT 20/8", "Đã hoàn thành tại Công văn số …" as done, kept as written', () => {
    const cells = [
      'Hoàn thành ngày 20/8/2025',
      'Đã hoàn thành ngày 20/8',
      'HT 20/8',
      'Đã hoàn thành (20/8/2025)',
      'Hoàn thành - 20/8/2025',
      'Đã hoàn thành tại Công văn số 123/SKHCN-VP',
      'Đã hoàn thành (QĐ số 123/QĐ-SKHCN ngày 15/8/2025)',
      'Đã ban hành Kế hoạch số 12/KH-SKHCN',
      'Hoàn thành vượt tiến độ',
      'Đã hoàn thành đúng hạn, theo Báo cáo số 45/BC-SKHCN',
    ];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': cells.length });
    expect(r.summary.overdue).toEqual([]);
    // The report keeps the day and the document; the tracker does not rewrite them as the bare status.
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('counts "Đã hoàn thành tháng 8/2025" (done, with the month it was done) as done; a month not yet begun is planned, "Hoàn thành tháng 8" may be a plan', () => {
    const cells = ['Đã hoàn thành tháng 8/2025', 'Đã hoàn thành (tháng 8/2025)', 'Đã hoàn thành trong tháng 8', 'Đã tổ chức tháng 8 năm 2025', 'Hoàn thành tháng 8', 'Đã hoàn thành tháng 12/2026'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    // Report of 21/11/2026: December 2026 has not begun.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8, 9]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Hoàn thành tháng 8': 1, 'Đang thực hiện': 1 });
  });

  it('counts "Đã hoàn thành Quý III/2025" (done, with the quarter it was done) as done, as in "Kết quả"; a quarter not yet begun is planned', () => {
    const cells = ['Đã hoàn thành Quý III/2025', 'Đã hoàn thành trong quý 3 năm 2025', 'Đã ban hành (Quý III)', 'Hoàn thành Quý III', 'Đã hoàn thành Quý IV/2026'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    // Report of 21/11/2026: Quý IV/2026 has begun; the one without "Đã" may be a plan.
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Hoàn thành Quý III': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([7]);
    const early = analyseWorkbook({ sheets: [sheet('PL', [[TITLE], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], [1, 'Xây dựng kế hoạch', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '15/8/2025', 'Đã hoàn thành Quý IV/2025']])] }, { fileName: 'thu.xlsx', asOf: '2025-09-20' });
    expect(early.summary.byStatus).toEqual({ 'Đang thực hiện': 1 });
    expect(early.summary.overdue.map((o) => o.row)).toEqual([4]);
  });

  it('counts "Đã hoàn thành 6 tháng đầu năm" (done, with the half-year it was done) as done; a half-year not yet begun is planned', () => {
    const cells = ['Đã hoàn thành 6 tháng đầu năm', 'Đã hoàn thành trong 6 tháng đầu năm 2025', 'Đã ban hành 6 tháng cuối năm 2025', 'Hoàn thành 6 tháng đầu năm'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    // Without "Đã" it may be a plan: still asked about.
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 3, 'Hoàn thành 6 tháng đầu năm': 1 });
    const early = statusSheet(['Đã hoàn thành 6 tháng cuối năm 2025'], '2025-06-20');
    expect(early.summary.byStatus).toEqual({ 'Đang thực hiện': 1 });
  });

  it('reads the record after a semicolon or a full stop as after a comma: "Đã hoàn thành; Báo cáo số …" is done, "Hoàn thành; còn …" is not', () => {
    const cells = ['Đã hoàn thành; Báo cáo số 120/BC-SKHCN', 'Đã hoàn thành. Công văn số 12/SKHCN-VP ngày 5/8/2025', 'Hoàn thành; còn 2 nội dung chưa xong'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([6]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, [cells[2]]: 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('does not take part done, a plan or a remark that may undo it for done', () => {
    const cells = [
      'Hoàn thành một phần',
      'Chưa hoàn thành',
      'Hoàn thành 50%',
      'Hoàn thành 20/8, còn 2 nội dung chưa xong',
      'Đã hoàn thành (chờ UBND tỉnh phê duyệt)',
      'Hoàn thành trước 30/9',
      'HT 1/2',
      'Đã trình UBND tỉnh (Tờ trình số 45/TTr-SKHCN)',
    ];
    const r = withStatus(...cells);
    // Rows 4..11 in order: part done and under way are counted so, the others left for a person.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7, 8, 9, 10, 11]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.summary.byStatus['Hoàn thành']).toBeUndefined();
  });
});

describe('other common ways of writing a status', () => {
  it('reads a move to a later quarter, month or year ("Chuyển sang Quý IV", "Lùi sang quý IV") as asking for an adjustment', () => {
    const cells = ['Chuyển sang Quý IV', 'Lùi sang quý IV', 'Chuyển sang năm 2026', 'Lùi thời gian sang tháng 10 do chờ kinh phí', 'Dời đến 30/10/2025', 'Chuyển sang Phòng QLKH&ĐMST'];
    const r = withStatus(...cells);
    // The last moves the task to another unit, not in time: left for a person to read.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9]);
    expect(r.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 5, [cells[5]]: 1 });
    expect(r.summary.proposals).toMatchObject({ drop: 0, adjust: 5 });
    // An adjustment not yet granted: still overdue. The words stay the unit's.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('reads "Hủy", "Đã hủy", "Không thực hiện" as dropped (listed among the proposals to drop, not overdue), kept as written', () => {
    const cells = ['Hủy', 'Đã huỷ', 'Không thực hiện', 'Không triển khai', 'Xin rút'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect([r.summary.byStatus, r.summary.proposals.drop, r.summary.overdue]).toEqual([{ 'Đề xuất bỏ': 5 }, 5, []]);
    expect([r.tasks.map((t) => t.status), cells.map(canonicalStatus)]).toEqual([cells, cells.map(() => null)]);
  });

  it('reads the statuses in English ("Done", "In progress (80%)", "Not started", "Cancelled") as their Vietnamese words', () => {
    const cells = ['Done', 'Completed 20/8/2025', 'In progress (80%)', 'Ongoing', 'Not started', 'Cancelled'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 2, 'Chưa thực hiện': 1, 'Đề xuất bỏ': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 7, 8]);
    // A whole English word is the tracker's word, as "HT" is; with more said, kept as written.
    expect(r.tasks.map((t) => t.status)).toEqual(['Hoàn thành', 'Completed 20/8/2025', 'In progress (80%)', 'Đang thực hiện', 'Chưa thực hiện', 'Đề xuất bỏ']);
  });

  it('reads "Không tổ chức" (an event not held) as dropped, as "Không triển khai" is; "Chưa tổ chức" stays not begun', () => {
    const r = withStatus('Không tổ chức', 'Không tổ chức được', 'Chưa tổ chức');
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect([r.summary.byStatus, r.summary.proposals.drop]).toEqual([{ 'Đề xuất bỏ': 2, 'Chưa thực hiện': 1 }, 2]);
  });

  it('reads "Đã rút (khỏi chương trình)" (withdrawn) as dropped, as "Xin rút" and "Đã hủy" are', () => {
    const r = withStatus('Đã rút', 'Đã rút khỏi chương trình');
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect([r.summary.byStatus, r.summary.proposals.drop, r.summary.overdue]).toEqual([{ 'Đề xuất bỏ': 2 }, 2, []]);
  });

  it('reads a reason after "do", "vì", "chờ" as leaving the status as it is, except after "Hoàn thành"', () => {
    const cells = ['Chưa thực hiện do chưa có kinh phí', 'Chưa triển khai vì chờ hướng dẫn của Bộ', 'Đang thực hiện chờ ý kiến UBND tỉnh', 'Hoàn thành do đơn vị khác thực hiện'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7]);
    expect(r.summary.byStatus).toEqual({ 'Chưa thực hiện': 2, 'Đang thực hiện': 1, [cells[3]]: 1 });
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('reads a date alone in the status column, typed or an Excel date, as the day the task was done', () => {
    const r = sheetOf(
      (['20/08/2025', '20/8', { kind: 'date', iso: '2025-08-20' }, '1/2', '31/13/2025'] as CellValue[]).map((s) => ['Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', s]),
    );
    // "1/2" is half, not the first of February; a thirteenth month is no day.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7, 8]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 3, '1/2': 1, '31/13/2025': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([7, 8]);
    expect(r.tasks.map((t) => t.status)).toEqual(['20/08/2025', '20/8', '20/08/2025', '1/2', '31/13/2025']);
  });

  it('reads late and awaiting-approval statuses as under way, kept as written and overdue past the deadline; "Đạt", "x" stay unknown', () => {
    const open = ['Quá hạn', 'Chậm tiến độ', 'Đang chậm tiến độ', 'Đang trình UBND tỉnh', 'Chờ phê duyệt', 'Đang chờ phê duyệt', 'Đã trình, chờ phê duyệt'];
    const r = withStatus(...open, 'Đạt', 'x', 'Đã trình UBND tỉnh');
    // Rows 4–10 are the open ones; "Đạt" (met what?), "x" (a tick for what?) and "Đã trình" (done or not by the product) are asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([11, 12, 13]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 7, 'Đạt': 1, x: 1, 'Đã trình UBND tỉnh': 1 });
    expect(r.tasks.slice(0, 7).map((t) => t.status)).toEqual(open);
    // Due 15/8/2025: every one of them is still overdue on the report date.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('reads sent to another body for what it is to do ("Đã gửi UBND tỉnh xem xét") as under way, approved or issued ("Đã được UBND tỉnh phê duyệt") as done; "Đã trình UBND tỉnh" alone is asked about by its product', () => {
    const cells = ['Đã gửi UBND tỉnh xem xét', 'Đã trình UBND tỉnh ban hành', 'Da gui So Tai chinh tham dinh', 'Đã phê duyệt', 'Đã được UBND tỉnh phê duyệt tại Quyết định số 123/QĐ-UBND', 'Đã ký ban hành', 'Đã trình UBND tỉnh', 'Đã phê duyệt dự thảo'];
    const r = withStatus(...cells);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 3, 'Hoàn thành': 3, 'Đã trình UBND tỉnh': 1, 'Đã phê duyệt dự thảo': 1 });
    // Due 15/8/2025: the ones still waiting are overdue; kept as typed.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 10, 11]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    const asked = findings(r, 'unknown-status');
    expect(asked.map((f) => [f.row, f.column])).toEqual([[10, 'G'], [11, 'G']]);
    // Done or not by the product: the hint names it.
    expect(asked[0].suggestion).toContain('"Hoàn thành" nếu sản phẩm ("Kế hoạch của Sở")');
  });

  it('reads a report sent ("Đã gửi báo cáo", "Đã nộp báo cáo UBND tỉnh") as done, the report being delivered; sent for a decision ("Đã gửi báo cáo UBND tỉnh xem xét") still waits', () => {
    const cells = ['Đã gửi báo cáo', 'Đã nộp báo cáo UBND tỉnh', 'Đã gửi báo cáo số 45/BC-SKHCN ngày 20/7/2025', 'Đã gửi báo cáo UBND tỉnh xem xét', 'Đã gửi báo cáo, chờ ý kiến'];
    const r = withStatus(...cells);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 3, 'Đang thực hiện': 1, 'Đã gửi báo cáo, chờ ý kiến': 1 });
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[8, 'G']]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([7, 8]);
    // Kept as typed.
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
  });

  it('does not read as done a report sent to ask for a decision, an extension or an adjustment ("Đã gửi báo cáo đề nghị UBND tỉnh phê duyệt")', () => {
    const cells = ['Đã gửi báo cáo đề nghị UBND tỉnh phê duyệt', 'Đã trình báo cáo xin gia hạn', 'Đã trình báo cáo đề xuất điều chỉnh'];
    const r = withStatus(...cells);
    expect(r.summary.byStatus['Hoàn thành']).toBeUndefined();
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6]);
  });

  it('reads a progress report sent ("Đã gửi báo cáo tiến độ", "… giữa kỳ") as asked, not done, while a report sent to a body stays done', () => {
    const r = withStatus('Đã gửi báo cáo tiến độ', 'Đã nộp báo cáo giữa kỳ', 'Đã gửi báo cáo UBND tỉnh');
    expect(r.tasks.map((t) => readStatus(t.status ?? ''))).toEqual([null, null, 'Hoàn thành']);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5]);
  });

  it('reads a report sent for a body to compile ("Đã gửi báo cáo về Sở Nội vụ để tổng hợp") as done: "để" alone asks for nothing', () => {
    const cells = ['Đã gửi báo cáo về Sở Nội vụ để tổng hợp', 'Đã nộp báo cáo kết quả năm 2025 để Bộ KH&CN theo dõi', 'Đã gửi báo cáo đề nghị UBND tỉnh phê duyệt'];
    const r = withStatus(...cells);
    expect(r.tasks.map((t) => readStatus(t.status ?? ''))).toEqual(['Hoàn thành', 'Hoàn thành', null]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6]);
  });

  it('reads a report sent with its proposals for next year ("Đã gửi báo cáo kết quả năm 2025 và đề xuất nhiệm vụ năm 2026") as done', () => {
    const r = withStatus('Đã gửi báo cáo kết quả năm 2025 và đề xuất nhiệm vụ năm 2026');
    expect(r.tasks.map((t) => readStatus(t.status ?? ''))).toEqual(['Hoàn thành']);
    expect(r.summary.overdue).toEqual([]);
  });

  it('asks about "Đã trình UBND tỉnh", "Đã nộp hồ sơ" by the product: done when the product is what was sent ("Tờ trình", "Hồ sơ …"), under way when another body issues it ("Quyết định của UBND tỉnh")', () => {
    const rows = [
      ['Đã trình UBND tỉnh', 'Tờ trình của Sở'],
      ['Đã nộp hồ sơ', 'Hồ sơ đề nghị xét tặng giải thưởng'],
      ['Đã trình UBND tỉnh', 'Quyết định của UBND tỉnh'],
      ['Đã trình UBND tỉnh', 'Kế hoạch của Sở'],
    ];
    const tasks = rows.map(([s, product], i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', product, '15/8/2025', s]);
    const r = analyse([sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${tasks.length} nhiệm vụ)`], ...tasks])]);
    const asked = findings(r, 'unknown-status');
    expect(asked.map((f) => f.row)).toEqual([4, 5, 6, 7]);
    expect(asked.map((f) => f.suggestion?.split('?')[0])).toEqual(['Có phải "Hoàn thành"', 'Có phải "Hoàn thành"', 'Có phải "Đang thực hiện"', expect.stringContaining('nếu sản phẩm ("Kế hoạch của Sở")')]);
    // Asked, never rewritten: the unit says which.
    expect(asked.every((f) => !f.fix)).toBe(true);
    // Meanwhile counted as the product says, in the summary and in "Theo dõi" alike; a product saying neither, as written.
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đang thực hiện': 1, 'Đã trình UBND tỉnh': 1 });
    expect(r.summary.byLeadUnitAndStatus).toEqual({ 'Phòng QLKH&ĐMST': { 'Hoàn thành': 2, 'Đang thực hiện': 1, 'Đã trình UBND tỉnh': 1 } });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 7]);
    expect(mergeTracker(r.tasks, [], AS_OF).rows.map((row) => row.overdue)).toEqual([false, false, true, true]);
  });

  it('does not count done by the product a submission that says it still waits or sent a draft ("Đã nộp hồ sơ, đang chờ thẩm định", "Đã gửi dự thảo lấy ý kiến")', () => {
    const rows = [
      ['Đã nộp hồ sơ, đang chờ thẩm định', 'Hồ sơ đề nghị xét tặng giải thưởng'],
      ['Đã trình dự thảo lần 1, chờ góp ý', 'Tờ trình của Sở'],
      ['Đã gửi dự thảo lấy ý kiến', 'Báo cáo'],
      ['Da nop ho so, dang cho tham dinh', 'Hồ sơ đề nghị xét tặng giải thưởng'],
      // Nothing awaited: the submission is the product.
      ['Đã gửi báo cáo cho UBND tỉnh', 'Báo cáo'],
    ];
    const tasks = rows.map(([s, product], i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', product, '15/8/2025', s]);
    const r = analyse([sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${tasks.length} nhiệm vụ)`], ...tasks])]);
    expect(r.summary.byStatus['Hoàn thành']).toBe(1);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7]);
    expect(mergeTracker(r.tasks, [], AS_OF).rows.map((row) => row.overdue)).toEqual([true, true, true, true, false]);
    // Asked without guessing "Hoàn thành" from the product.
    expect(findings(r, 'unknown-status').filter((f) => f.suggestion?.startsWith('Có phải "Hoàn thành"'))).toEqual([]);
  });

  it('does not read as waiting a submission the other body has acted on since ("Đã trình và UBND tỉnh đã ban hành …"): asked about, never overdue as under way', () => {
    const cells = ['Đã trình và UBND tỉnh đã ban hành Quyết định số 12/QĐ-UBND', 'Đã gửi Sở Tư pháp thẩm định, UBND tỉnh đã ban hành QĐ số 5/QĐ-UBND', 'Đã trình UBND tỉnh phê duyệt và đã được phê duyệt', 'Da trinh UBND tinh phe duyet, da duoc phe duyet', 'Đã trình UBND tỉnh ban hành'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[4, 'G'], [5, 'G'], [6, 'G'], [7, 'G']]);
    expect(r.summary.byStatus['Đang thực hiện']).toBe(1);
  });

  it('does not read as waiting a step the sentence says is finished ("Đã gửi Sở Tài chính thẩm định xong"): asked about; what is written after it still counts', () => {
    const cells = ['Đã gửi Sở Tài chính thẩm định xong', 'Da gui So Tai chinh tham dinh xong', 'Đã trình UBND tỉnh phê duyệt xong', 'Đã gửi Sở Tài chính thẩm định xong, chờ UBND tỉnh phê duyệt', 'Đã gửi Sở Tài chính thẩm định'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[4, 'G'], [5, 'G'], [6, 'G']]);
    expect(r.summary.byStatus['Đang thực hiện']).toBe(2);
  });

  it('does not read as waiting what the department sent as its own part ("Đã gửi văn bản góp ý", "Đã gửi Quyết định số …"): asked about, while "Đã gửi các Sở để góp ý", "Đã trình dự thảo Quyết định" wait', () => {
    const r = withStatus('Đã gửi văn bản góp ý', 'Đã gửi Quyết định số 12/QĐ-SKHCN đến các phòng', 'Da gui van ban gop y', 'Đã gửi các Sở để góp ý', 'Đã trình dự thảo Quyết định');
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[4, 'G'], [5, 'G'], [6, 'G']]);
    expect(r.summary.byStatus['Đang thực hiện']).toBe(2);
  });

  it('does not take what others gave the task ("Đã được gia hạn thực hiện", "Đã được UBND tỉnh giao thực hiện") for done, as "Đã được UBND tỉnh phê duyệt", "Đã được tổ chức" are', () => {
    const r = withStatus('Đã được gia hạn thực hiện', 'Đã được UBND tỉnh giao thực hiện', 'Đã được bố trí kinh phí tổ chức', 'Đã được UBND tỉnh phê duyệt', 'Đã được tổ chức');
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[4, 'G'], [5, 'G'], [6, 'G']]);
    expect(r.summary.byStatus['Hoàn thành']).toBe(2);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6]);
  });

  it('does not take a project\'s first acceptance ("Đã nghiệm thu cơ sở") for done, as its final one ("Đã nghiệm thu cấp tỉnh") is', () => {
    const r = withStatus('Đã nghiệm thu cơ sở', 'Đã nghiệm thu cấp cơ sở', 'Đã nghiệm thu cấp tỉnh', 'Đã tổ chức nghiệm thu cơ sở', 'Đã tổ chức nghiệm thu cấp tỉnh');
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[4, 'G'], [5, 'G'], [7, 'G']]);
    expect(r.summary.byStatus['Hoàn thành']).toBe(2);
  });

  it('reads sent for opinions ("Đã trình UBND tỉnh xin ý kiến") as under way, and the issuing advised with its document ("Đã tham mưu UBND tỉnh ban hành Kế hoạch số …") as done, as the department reports it', () => {
    const cells = ['Đã trình UBND tỉnh xin ý kiến', 'Đã tham mưu UBND tỉnh ban hành Kế hoạch số 51/KH-UBND ngày 07/3/2025', 'Đã tham mưu UBND tỉnh ban hành'];
    const r = withStatus(...cells);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 1, 'Hoàn thành': 1, 'Đã tham mưu UBND tỉnh ban hành': 1 });
    // With no document, whether it was issued is not said: asked about.
    expect(findings(r, 'unknown-status').map((f) => [f.row, f.column])).toEqual([[6, 'G']]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 6]);
  });

  it('reads "chờ" with its marks: "Đã trình UBND tỉnh và được cho ý kiến" awaits nothing, and is asked about', () => {
    const r = withStatus('Đã trình UBND tỉnh và được cho ý kiến', 'Đã trình UBND tỉnh, chờ ý kiến');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([4]);
    expect(r.summary.byStatus).toEqual({ 'Đã trình UBND tỉnh và được cho ý kiến': 1, 'Đang thực hiện': 1 });
  });

  it('reads the status written after a late word ("Quá hạn, đề xuất bỏ") as that status, else the late word\'s', () => {
    const cells = ['Quá hạn, đã hoàn thành ngày 10/8/2025', 'Quá hạn, đề xuất bỏ', 'Chậm tiến độ, đề nghị điều chỉnh sang Quý IV', 'Quá hạn (đã hoàn thành)', 'Quá hạn, hoàn thành, còn 2 nội dung', 'Chậm tiến độ, do thiếu kinh phí'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đề xuất bỏ': 1, 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 2 });
    // The done one and the one proposed for removal drop off the overdue list; the proposals are listed as such.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 8, 9]);
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[5, 'drop'], [6, 'adjust']]);
    expect(r.summary.proposals).toEqual({ drop: 1, add: 0, adjust: 1 });
  });

  it('reads a day alone still ahead of the report date as planned: open, and overdue once past the deadline', () => {
    // Due 15/8/2025, report of 18/8/2025: "10/8/2025" was the day it was done; "20/08/2025", "30/9" (the
    // programme's year) and a date cell of 01/09/2025 are days planned, not done.
    const statuses: CellValue[] = ['10/8/2025', '20/08/2025', '30/9', { kind: 'date', iso: '2025-09-01' }];
    const tasks = statuses.map((s, i) => [i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '15/8/2025', s]);
    const grid = { sheets: [sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${tasks.length} nhiệm vụ)`], ...tasks])] };
    const r = analyseWorkbook(grid, { fileName: 'thu.xlsx', asOf: '2025-08-18' });
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 1, 'Đang thực hiện': 3 });
    expect(r.summary.byLeadUnitAndStatus?.['Phòng QLKH&ĐMST']).toEqual({ 'Hoàn thành': 1, 'Đang thực hiện': 3 });
    expect(r.summary.overdue.map((o) => [o.row, o.status])).toEqual([[5, '20/08/2025'], [6, '30/9'], [7, '01/09/2025']]);
    // Read on a later day, the same cells are the days the tasks were done.
    const later = analyseWorkbook(grid, { fileName: 'thu.xlsx', asOf: '2025-10-01' });
    expect(later.summary.byStatus).toEqual({ 'Hoàn thành': 4 });
    expect(later.summary.overdue).toEqual([]);
  });

  it('reads done on a day still ahead of the report date ("HT 20/11") as planned: open, and overdue past the deadline', () => {
    // Due 15/8/2025, report of 15/10/2025: the days after it are planned, not the days the tasks were done.
    const cells = ['HT 20/11', 'Hoàn thành ngày 20/11/2025', 'Đã hoàn thành 20/11', 'Đã hoàn thành ngày 20 tháng 11 năm 2025', 'Hoàn thành ngày 10/10/2025', 'Quá hạn, đã hoàn thành ngày 20/11/2025'];
    const r = statusSheet(cells, '2025-10-15');
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 5, 'Hoàn thành': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 9]);
    // Once the day has come, they are done.
    expect(statusSheet(cells, '2025-11-20').summary).toMatchObject({ byStatus: { 'Hoàn thành': 6 }, overdue: [] });
  });
  it('counts a proposal written after "Chưa/Đang thực hiện" ("Chưa thực hiện, đề xuất bỏ"), as after a late word; other remarks leave the status', () => {
    const cells = ['Chưa thực hiện, đề xuất bỏ', 'Đang thực hiện; đề nghị điều chỉnh sang Quý IV', 'Chưa thực hiện do chưa có kinh phí, đề xuất bỏ', 'Đang thực hiện, đề xuất bổ sung kinh phí', 'Chưa thực hiện, dự kiến tháng 10'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    expect(r.summary.byStatus).toEqual({ 'Đề xuất bỏ': 2, 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 1, 'Chưa thực hiện': 1 });
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[4, 'drop'], [5, 'adjust'], [6, 'drop']]);
    // The ones proposed for removal drop off the overdue list (due 15/8/2025).
    expect(r.summary.overdue.map((o) => o.row)).toEqual([5, 7, 8]);
  });

  it('reads "Chưa hoàn thành" followed by a move, a proposal or a reason as "Chưa/Đang thực hiện" so followed, not an unknown status', () => {
    const cells = ['Chưa hoàn thành, chuyển sang tháng 9', 'Chưa hoàn thành, đề xuất bỏ', 'Chưa hoàn thành do chưa có kinh phí', 'Chưa hoàn thành; dự kiến tháng 10'];
    const r = withStatus(...cells);
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells);
    expect(r.summary.byStatus).toEqual({ 'Đề nghị điều chỉnh': 1, 'Đề xuất bỏ': 1, 'Đang thực hiện': 2 });
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[4, 'adjust'], [5, 'drop']]);
  });
});

describe('statuses typed with no marks at all', () => {
  const unmarked = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  it('reads each as its marked form ("Dang trinh UBND tinh", "De nghi dieu chinh sang Quy IV"), "bo sung" and "duoc cho" still told apart', () => {
    const cells = [
      'Đang trình UBND tỉnh',
      'Đã trình, chờ phê duyệt',
      'Chờ UBND tỉnh phê duyệt',
      'Đề xuất bỏ vì trùng nhiệm vụ 12',
      'Đề nghị điều chỉnh sang Quý IV',
      'Chưa thực hiện vì chưa có kinh phí',
      'Chậm tiến độ, đề nghị điều chỉnh sang Quý IV',
      'Đề xuất bổ sung kinh phí',
      'Đã trình UBND tỉnh và được cho ý kiến',
    ];
    const marked = withStatus(...cells);
    const plain = withStatus(...cells.map(unmarked));
    const read = (r: FileReport) => [findings(r, 'unknown-status').map((f) => f.row), Object.values(r.summary.byStatus), r.proposals.map((p) => [p.row, p.kind]), r.summary.overdue.map((o) => o.row)];
    expect(read(plain)).toEqual(read(marked));
    // Rows 4–6 awaiting, 7 and 10 proposals with their reason, 8 not begun for a reason, 9 late then an adjustment;
    // "bổ sung" proposes to add and "được cho ý kiến" awaits nothing: both asked about.
    expect(findings(plain, 'unknown-status').map((f) => f.row)).toEqual([11, 12]);
    expect(plain.proposals.map((p) => [p.row, p.kind])).toEqual([[7, 'drop'], [8, 'adjust'], [10, 'adjust']]);
    // Counted by their marked names (the two asked about kept as written); all but the one proposed for removal overdue (due 15/8/2025).
    expect(plain.summary.byStatus).toEqual({
      'Đang thực hiện': 3,
      'Đề xuất bỏ': 1,
      'Đề nghị điều chỉnh': 2,
      'Chưa thực hiện': 1,
      'De xuat bo sung kinh phi': 1,
      'Da trinh UBND tinh va duoc cho y kien': 1,
    });
    expect(plain.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 8, 9, 10, 11, 12]);
  });
});

describe('a status written after an earlier one, as units append to the cell', () => {
  it('counts a later done on record ("Chờ phê duyệt; đã hoàn thành 20/11/2025", on a line of its own too) as done, and leaves plans and days submitted open', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = [
      'Chờ phê duyệt; đã hoàn thành 20/11/2025',
      'Đang trình UBND tỉnh; Hoàn thành ngày 20/11/2025',
      'Đang thực hiện\nĐã hoàn thành ngày 20/11/2025',
      'Đã trình, chờ phê duyệt. Đã ban hành Kế hoạch số 12/KH-SKHCN',
      'Chờ phê duyệt; đã hoàn thành 20/12/2025',
      'Đang thực hiện, hoàn thành trước 30/11',
      'Đang thực hiện (hoàn thành 10/10/2025)',
      'Đang trình UBND tỉnh, 20/11/2025',
    ];
    const r = statusSheet(cells, '2025-12-01');
    expect(findings(r, 'unknown-status')).toEqual([]);
    // Kept as written, a line break (Alt+Enter) read as a space.
    expect(r.tasks.map((t) => t.status)).toEqual(cells.map((c) => c.replace('\n', ' ')));
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Đang thực hiện': 4 });
    // A day still ahead is planned; "hoàn thành trước" is a plan; in brackets beside "Đang thực hiện" a day is planned; a day alone after "Đang trình" is the day submitted.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8, 9, 10, 11]);
  });

  it('counts done on record typed on a new line after an awaiting status with its object ("Đang trình UBND tỉnh" + line break + "Hoàn thành ngày 20/11/2025") as done', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = [
      'Đang trình UBND tỉnh\nHoàn thành ngày 20/11/2025',
      'Chờ UBND tỉnh phê duyệt\nĐã ban hành Kế hoạch số 12/KH-SKHCN',
      'Đã trình, chờ phê duyệt\nHT 20/11',
      'Dang trinh UBND tinh\nDa hoan thanh ngay 20/11/2025',
      // A day still ahead is planned; a day alone may be the day submitted; "dự kiến hoàn thành" in one sentence is a plan.
      'Đang trình UBND tỉnh\nHoàn thành ngày 20/12/2025',
      'Đang trình UBND tỉnh\n20/11/2025',
      'Đang chờ phê duyệt dự kiến hoàn thành ngày 20/11/2025',
      'Đang chờ phê duyệt dự kiến Hoàn thành ngày 20/11/2025',
    ];
    const r = statusSheet(cells, '2025-12-01');
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.tasks.map((t) => t.status)).toEqual(cells.map((c) => c.replace('\n', ' ')));
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Đang thực hiện': 4 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8, 9, 10, 11]);
  });

  it('counts any status on a new line after a late or awaiting one, as after ";": "Quá hạn" + line break + "Đã hoàn thành" is done, not an unknown status', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Quá hạn\nĐã hoàn thành', 'Chờ phê duyệt\nĐề xuất bỏ', 'Chậm tiến độ\nĐề nghị điều chỉnh sang Quý IV', 'Đang trình UBND tỉnh\nĐề xuất bỏ', 'Quá hạn\nđã hoàn thành một phần'];
    const r = statusSheet(cells, '2025-12-01');
    // The last one is no status after "Quá hạn" (not one line of its own): still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8]);
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[5, 'drop'], [6, 'adjust'], [7, 'drop']]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 8]);
  });

  it('reads a late word with how late ("Quá hạn 5 ngày") as the late word: what follows it on a new line or after a comma counts', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Quá hạn 5 ngày\nHoàn thành ngày 20/11/2025', 'Chậm tiến độ 2 tháng, đề xuất bỏ', 'Trễ hạn 10 ngày\nĐề nghị điều chỉnh sang Quý IV', 'Quá hạn 5 ngày', 'Hoàn thành chậm 5 ngày', 'Hoàn thành 5 ngày'];
    const tasks = cells.map((s, i) => [i + 1, `Xây dựng kế hoạch nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '15/8/2025', s]);
    const r = analyseWorkbook({ sheets: [sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${tasks.length} nhiệm vụ)`], ...tasks])] }, { fileName: 'thu.xlsx', asOf: '2025-12-01' });
    // "Hoàn thành 5 ngày" says no lateness: still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đề xuất bỏ': 1, 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 1, 'Hoàn thành 5 ngày': 1 });
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[5, 'drop'], [6, 'adjust']]);
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 7, 9]);
    // Written back as typed: it says more than the status.
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('reads how late measured against the plan ("Quá hạn 05 ngày so với kế hoạch") as the late word: a later status on a new line counts', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = [
      'Quá hạn 05 ngày so với kế hoạch\nHoàn thành ngày 20/11/2025',
      'Chậm tiến độ so với kế hoạch, đề xuất bỏ',
      'Trễ hạn 10 ngày so với thời hạn được giao',
      'Hoàn thành chậm 5 ngày so với kế hoạch',
      // Not a comparison: still asked about.
      'Quá hạn so với Quyết định 12',
    ];
    const r = statusSheet(cells, '2025-12-01');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 2, 'Đề xuất bỏ': 1, 'Đang thực hiện': 1, 'Quá hạn so với Quyết định 12': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 8]);
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('reads "Hoàn thành trễ 5 ngày" as "Hoàn thành chậm 5 ngày" is, in brackets or after a comma too: done, kept as typed', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Hoàn thành trễ 5 ngày', 'Hoàn thành (trễ 5 ngày)', 'Hoàn thành, trễ 5 ngày', 'Hoàn thành (chậm 5 ngày)', 'Hoàn thành trễ', 'Trễ', 'Chậm', 'Chậm – chờ UBND'];
    const r = statusSheet(cells, '2025-12-01');
    // "Trễ", "Chậm" alone say late as "Trễ hạn", "Quá hạn" do: still open, under way and overdue, not asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 5, 'Đang thực hiện': 3 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([9, 10, 11]);
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('reads a share "achieved" ("Đạt 80%", "Đang thực hiện, đạt 70%") as the share alone: under way, done at 100%', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Đạt 80%', 'Đạt 100%', 'Đã đạt được 100%', 'Đang thực hiện (đạt 70%)', 'Hoàn thành, đạt 100%', 'Đạt 0%', 'Chưa thực hiện, đạt 30%'];
    const r = statusSheet(cells, '2025-12-01');
    // None done, or a share that contradicts the status: still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9, 10]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 2, 'Hoàn thành': 3, 'Đạt 0%': 1, 'Chưa thực hiện, đạt 30%': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 7, 9, 10]);
  });

  it('reads a status with a bullet before it, a "," or ";" after it, or in quotes or brackets, and "Đang TH", "Chưa t/h", as the status', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['- Đã hoàn thành', '+ Hoàn thành', '• Đang thực hiện', 'Hoàn thành;', '“Hoàn thành”', '(Hoàn thành)', 'Đang TH', 'Chưa t/h', '(Hoàn thành) (chậm)'];
    const r = statusSheet(cells, '2025-12-01');
    // Two brackets are more than one status framed: still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([12]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 5, 'Đang thực hiện': 2, 'Chưa thực hiện': 1, '(Hoàn thành) (chậm)': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([6, 10, 11, 12]);
    // Nothing but the status: written back as it.
    expect(cells.slice(0, 8).map(canonicalStatus)).toEqual(['Hoàn thành', 'Hoàn thành', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện']);
  });

  it('reads "Chưa thực hiện được" (not yet able to) as not begun, with no unknown status, its reason kept', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Chưa thực hiện được', 'Chưa thực hiện được do chưa có kinh phí'];
    const r = statusSheet(cells, '2025-12-01');
    expect(findings(r, 'unknown-status')).toEqual([]);
    expect(r.summary.byStatus).toEqual({ 'Chưa thực hiện': 2 });
    expect(r.summary.overdue).toHaveLength(2);
    expect(r.tasks.map((t) => t.status)).toEqual(['Chưa thực hiện', 'Chưa thực hiện được do chưa có kinh phí']);
  });

  it('reads "Đã hoàn thành xong", "Thực hiện xong", "Hoàn thành tốt" and "Hoàn thành (đã ban hành KH số …)" as done', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Đã hoàn thành xong', 'Thực hiện xong', 'Hoàn thành tốt', 'Hoàn thành (đã ban hành KH số 12/KH-SKHCN)', 'Hoàn thành tốt, còn 2 lớp'];
    const r = statusSheet(cells, '2025-12-01');
    // Words that may undo it are still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Hoàn thành tốt, còn 2 lớp': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8]);
    // "Hoàn thành tốt" says more than the status: kept as typed.
    expect(cells.slice(0, 3).map(canonicalStatus)).toEqual(['Hoàn thành', 'Hoàn thành', null]);
  });

  it('reads "Đang" before work in other words ("Đang xây dựng dự thảo", "Đang rà soát") as under way, unless it asks to drop or adjust', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Đang xây dựng dự thảo', 'Đang tổ chức thực hiện', 'Dang ra soat', 'Đang đề xuất bỏ', 'Đang tạm dừng', 'Đang'];
    const r = statusSheet(cells, '2025-12-01');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 3, 'Đề xuất bỏ': 1, 'Đề nghị điều chỉnh': 1, 'Đang': 1 });
    // Under way and adjusting stay overdue; a drop does not.
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 8, 9]);
    // Kept as typed.
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('reads "Đang" before work in other words with a share done ("Đang khảo sát 60%", "Đang xây dựng dự thảo (70%)") as under way, as without it', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Đang khảo sát 60%', 'Đang xây dựng dự thảo (70%)', 'Đang rà soát, đạt 50%', 'Đang đề xuất bỏ 50%', 'Đang 60%'];
    const r = statusSheet(cells, '2025-12-01');
    // A drop with a share contradicts itself; "Đang" alone says nothing: both still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([7, 8]);
    expect(r.summary.byStatus).toEqual({ 'Đang thực hiện': 3, 'Đang đề xuất bỏ 50%': 1, 'Đang 60%': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([4, 5, 6, 7, 8]);
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('reads done ahead of time ("Hoàn thành sớm 5 ngày", "Hoàn thành trước hạn 5 ngày", "Hoàn thành đảm bảo tiến độ") as done, kept as typed', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = ['Hoàn thành sớm', 'Hoàn thành sớm 5 ngày', 'Hoàn thành trước hạn 5 ngày', 'Hoàn thành đảm bảo tiến độ', 'Đảm bảo tiến độ'];
    const r = statusSheet(cells, '2025-12-01');
    // On schedule says nothing of done: still asked about.
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([8]);
    expect(r.summary.byStatus).toEqual({ 'Hoàn thành': 4, 'Đảm bảo tiến độ': 1 });
    expect(r.summary.overdue.map((o) => o.row)).toEqual([8]);
    expect(cells.map(canonicalStatus)).toEqual(cells.map(() => null));
  });

  it('takes a dash alone in the status column ("-", "--") for no status yet, as in the product column: not a word outside the list', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const r = statusSheet(['-', '--', 'x'], '2025-12-01');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([6]);
    expect(r.summary.byStatus).toEqual({ 'Chưa cập nhật': 2, x: 1 });
    expect(r.tasks.map((t) => t.status)).toEqual([null, null, 'x']);
  });

  it('reads a new line after "Chưa/Đang thực hiện" as after ";": a proposal or done on record counts, a remark leaves the status', () => {
    // Due 15/8/2025, report of 01/12/2025.
    const cells = [
      'Chưa thực hiện\nĐề xuất bỏ',
      'Đang thực hiện\nĐề nghị điều chỉnh sang Quý IV',
      'Đang thực hiện\nDự kiến hoàn thành 30/12/2025',
      'Đang triển khai\nĐã có dự thảo',
      // Done with no day or document after "Đang thực hiện" is not enough, as after ";"; a remark after "Hoàn thành" is still asked about.
      'Đang thực hiện\nĐã hoàn thành',
      'Hoàn thành\nCòn 2 nội dung',
    ];
    const r = statusSheet(cells, '2025-12-01');
    const semi = statusSheet(cells.map((c) => c.replace('\n', '; ')), '2025-12-01');
    expect(findings(r, 'unknown-status').map((f) => f.row)).toEqual([9]);
    expect(r.proposals.map((p) => [p.row, p.kind])).toEqual([[4, 'drop'], [5, 'adjust']]);
    expect(r.summary.byStatus).toEqual({ 'Đề xuất bỏ': 1, 'Đề nghị điều chỉnh': 1, 'Đang thực hiện': 3, 'Hoàn thành Còn 2 nội dung': 1 });
    expect(Object.values(r.summary.byStatus)).toEqual(Object.values(semi.summary.byStatus));
  });
});

describe('leaders with their title written out, shortened or after the name', () => {
  it('names the longest collective entry a cell starts with: "Lãnh đạo Sở theo lĩnh vực được giao" is its own', () => {
    const early2025 = new DirectoryMatcher(defaultDirectory, '2025-03');
    expect(early2025.matchLeaders('Lãnh đạo Sở theo lĩnh vực được giao').map((m) => [m.status, m.known])).toEqual([['collective', 'Lãnh đạo Sở theo lĩnh vực được giao']]);
    expect(early2025.matchLeaders('Lãnh đạo Sở').map((m) => m.known)).toEqual(['Lãnh đạo Sở']);
  });

  it.each(['Phó Giám đốc Phan Văn Hiếu', 'Phó GĐ Phan Văn Hiếu', 'P. Giám đốc Phan Văn Hiếu', 'P. GĐ Phan Văn Hiếu', 'Đ/c Phan Văn Hiếu - PGĐ Sở', 'Phan Văn Hiếu (PGĐ Sở)', 'Đồng chí Phan Văn Hiếu, Phó Giám đốc Sở', 'Phan Văn Hiếu, PGĐ Sở'])(
    'reads %j as the current "PGĐ Sở Phan Văn Hiếu"',
    (cell) => {
      const r = withLeader(cell);
      expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu']);
      expect(findings(r, 'unknown-leader')).toEqual([]);
    },
  );

  it('reports a deputy\'s title with no name ("PGĐ Sở", "Phó Giám đốc Sở", "PGĐ") as a leader not named, with the deputies by name', () => {
    const r = sheetOf([
      ['Phòng QLKH&ĐMST', 'PGĐ Sở', 'Đang thực hiện'],
      ['Phòng QLKH&ĐMST; Phòng BCVT&CĐS', 'Phó Giám đốc Sở', 'Đang thực hiện'],
      ['Phòng QLCN&CN', 'PGĐ', 'Đang thực hiện'],
    ]);
    const all = 'Ghi tên Phó Giám đốc chỉ đạo: PGĐ Sở Phan Văn Hiếu; PGĐ Sở Mai Thoan; PGĐ Sở Nguyễn Quốc Huy Hoàng; PGĐ Sở Nguyễn Trọng Tâm.';
    expect(findings(r, 'unknown-leader').map((f) => [f.column + f.row, f.severity, f.message, f.suggestion, f.fix])).toEqual([
      ['D4', 'warning', 'Lãnh đạo "PGĐ Sở" chỉ ghi chức danh, chưa rõ Phó Giám đốc nào.', 'Ghi tên Phó Giám đốc chỉ đạo; thường chỉ đạo Phòng QLKH&ĐMST: PGĐ Sở Phan Văn Hiếu.', null],
      ['D5', 'warning', 'Lãnh đạo "Phó Giám đốc Sở" chỉ ghi chức danh, chưa rõ Phó Giám đốc nào.', all, null],
      ['D6', 'warning', 'Lãnh đạo "PGĐ" chỉ ghi chức danh, chưa rõ Phó Giám đốc nào.', 'Ghi tên Phó Giám đốc chỉ đạo; thường chỉ đạo Phòng QLCN&CN: PGĐ Sở Nguyễn Trọng Tâm.', null],
    ]);
    // A name still unknown keeps its message; a title with a name, or "PGĐ phụ trách", is no gap.
    expect(findings(withLeader('PGĐ Sở Lê Văn Xyz'), 'unknown-leader').map((f) => f.message)).toEqual(['Lãnh đạo "PGĐ Sở Lê Văn Xyz" không có trong danh mục kỳ 2025-09.']);
    expect(findings(withLeader('PGĐ Sở Phan Văn Hiếu', 'PGĐ phụ trách'), 'unknown-leader')).toEqual([]);
  });

  it('reads the director with a name in brackets, whether or not the directory names him', () => {
    for (const period of ['2025-03', '2025-09']) {
      const m = new DirectoryMatcher(defaultDirectory, period);
      expect(m.matchLeaders('Giám đốc Sở (Đ/c Trường)').map((x) => [x.status, x.canonical])).toEqual([['current', 'Giám đốc Sở']]);
    }
    expect(withLeader('Giám đốc Sở (Đ/c Trường)').tasks[0].leaders).toEqual(['Giám đốc Sở']);
  });

  it('reads a given name alone when one leader of the period bears it, and "GĐ" as the director', () => {
    const r = withLeader('Đ/c Hiếu', 'GĐ, PGĐ Hiếu', 'đ/c Thoan', 'đồng chí Nguyễn Trọng Tâm');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Phan Văn Hiếu'], ['Giám đốc Sở', 'PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Mai Thoan'], ['PGĐ Sở Nguyễn Trọng Tâm']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
  });

  it('reads "Đc" (đồng chí typed without the slash) as "Đ/c"', () => {
    const r = withLeader('Đc Hiếu', 'Đc. Phan Văn Hiếu', 'đc Thoan', 'Giám đốc Sở (Đc Trường)');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Mai Thoan'], ['Giám đốc Sở']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
  });

  it('reads the middle and given names alone ("PGĐ Trọng Tâm", "Đ/c Văn Hiếu") as the one leader of the period who bears them', () => {
    const r = withLeader('PGĐ Trọng Tâm', 'Đ/c Văn Hiếu', 'PGĐ Sở Quốc Huy Hoàng');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Nguyễn Trọng Tâm'], ['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Nguyễn Quốc Huy Hoàng']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
    // Two names that are nobody's: still unknown.
    expect(late2025.matchLeaders('PGĐ Văn Tâm').map((m) => m.status)).toEqual(['unknown']);
  });

  it('reads the leadership named by its role ("Ban Giám đốc Sở", "PGĐ phụ trách") as the period\'s collective entry, not "Ban" + the director', () => {
    const r = withLeader('Ban Giám đốc Sở', 'PGĐ phụ trách', 'PGĐ Sở phụ trách lĩnh vực', 'Ban lãnh đạo Sở', 'Giám đốc Sở, Ban Giám đốc');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Giám đốc Sở', 'Lãnh đạo Sở']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
    // Where the period has an entry for the leader of each field, "phụ trách lĩnh vực" is that one.
    const early2025 = new DirectoryMatcher(defaultDirectory, '2025-03');
    expect(early2025.matchLeaders('Phó Giám đốc phụ trách lĩnh vực').map((m) => m.known)).toEqual(['Lãnh đạo Sở theo lĩnh vực được giao']);
    // "Ban" before anything else is not leadership.
    expect(late2025.matchLeaders('Ban Quản lý dự án').map((m) => m.status)).toEqual(['unknown']);
  });

  it('reads the leadership as a body ("Tập thể Lãnh đạo Sở", "Tập thể Ban Giám đốc") as the collective entry, as "Lãnh đạo Sở", "Ban Giám đốc" are', () => {
    const r = withLeader('Tập thể Lãnh đạo Sở', 'Tập thể Ban Giám đốc', 'Tập thể BGĐ Sở', 'Lãnh đạo Sở', 'Ban Giám đốc');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Lãnh đạo Sở'], ['Lãnh đạo Sở']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
    // A unit's body is no leadership.
    expect(late2025.matchLeaders('Tập thể Phòng QLKH&ĐMST').map((m) => m.status)).not.toContain('collective');
  });

  it('reads a named leader with what they do after the name ("phụ trách", "chỉ đạo")', () => {
    const r = withLeader('PGĐ Sở Phan Văn Hiếu phụ trách', 'PGĐ Hiếu (chỉ đạo)', 'Phan Văn Hiếu, phụ trách lĩnh vực KHCN', 'Giám đốc Sở phụ trách chung');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Phan Văn Hiếu'], ['Giám đốc Sở']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
  });

  it('reads the director an earlier period names as the director of a period that names none', () => {
    // 2025-03 names the director (Trần Thanh Trường); 2025-09 has a "Giám đốc Sở" with no name.
    const r = withLeader('Giám đốc Sở Trần Thanh Trường', 'Giám đốc Sở (Đ/c Trường)');
    expect(r.tasks.map((t) => t.leaders)).toEqual([['Giám đốc Sở'], ['Giám đốc Sở']]);
    expect(findings(r, 'unknown-leader')).toEqual([]);
    // A deputy of an earlier period is still reported, and so is a director the period names otherwise.
    expect(late2025.matchLeaders('PGĐ Sở Trần Công Hòa').map((x) => [x.status, x.periodId])).toEqual([['outdated', '2025-03']]);
    const named = JSON.parse(JSON.stringify(defaultDirectory));
    named.periods[2].leaders[0].person = 'Nguyễn Văn Mới';
    expect(new DirectoryMatcher(named, '2025-09').matchLeaders('Giám đốc Sở Trần Thanh Trường').map((x) => [x.status, x.periodId])).toEqual([['outdated', '2025-03']]);
  });

  it('suggests the one leader of the period a name with initials fits ("PGĐ Nguyễn Q. Huy Hoàng"), and no one where two fit or none does', () => {
    const r = withLeader('PGĐ Nguyễn Q. Huy Hoàng', 'PGĐ P.V. Hiếu', 'PGĐ Nguyễn Q.H. Hoàng');
    expect(findings(r, 'unknown-leader').map((f) => [f.row, f.fix?.value])).toEqual([
      [4, 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
      [5, 'PGĐ Sở Phan Văn Hiếu'],
      [6, 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
    ]);
    // Another given name, another role, or the given name itself an initial: no one.
    for (const cell of ['PGĐ Nguyễn Q. Huy Hiếu', 'Giám đốc Sở Nguyễn Q. Huy Hoàng', 'PGĐ Nguyễn Quốc Huy H.']) expect(late2025.matchLeaders(cell).map((m) => [m.status, m.canonical])).toEqual([['unknown', null]]);
    // Two deputies the initials fit: which one is the user's call.
    expect(withAnotherDeputy('PGĐ Sở Nguyễn Quang Huy Hoàng', 'Nguyễn Quang Huy Hoàng').matchLeaders('PGĐ Nguyễn Q. Huy Hoàng').map((m) => m.status)).toEqual(['unknown']);
  });

  it('suggests the one leader of the period a name with its middle name left out fits ("PGĐ Phan Hiếu", "PGĐ Nguyễn Hoàng"), and no one where two fit or none does', () => {
    const r = withLeader('PGĐ Phan Hiếu', 'PGĐ Sở Nguyễn Hoàng', 'Đ/c Phan Hiếu');
    expect(findings(r, 'unknown-leader').map((f) => [f.row, f.fix?.value])).toEqual([
      [4, 'PGĐ Sở Phan Văn Hiếu'],
      [5, 'PGĐ Sở Nguyễn Quốc Huy Hoàng'],
      [6, 'PGĐ Sở Phan Văn Hiếu'],
    ]);
    // Another family name, another role, a name of one word or the whole name reordered: no one.
    for (const cell of ['PGĐ Trần Hiếu', 'Giám đốc Sở Phan Hiếu', 'PGĐ Hiếu Phan']) expect(late2025.matchLeaders(cell).map((m) => [m.status, m.canonical])).toEqual([['unknown', null]]);
    // Two deputies "Nguyễn … Hoàng": which one is the user's call.
    expect(withAnotherDeputy('PGĐ Sở Nguyễn Văn Hoàng', 'Nguyễn Văn Hoàng').matchLeaders('PGĐ Nguyễn Hoàng').map((m) => m.status)).toEqual(['unknown']);
  });

  it('still reads a title after a dash as another leader when it is not the named one\'s', () => {
    expect(late2025.matchLeaders('Phan Văn Hiếu - Giám đốc Sở').map((x) => x.canonical)).toEqual(['PGĐ Sở Phan Văn Hiếu', 'Giám đốc Sở']);
    expect(late2025.matchLeaders('Giám đốc Sở (Đ/c Hiếu)').map((x) => x.status)).toEqual(['unknown']);
    // A leader of an earlier period, whatever the title, is still reported.
    expect(late2025.matchLeaders('Phó Giám đốc Trần Công Hòa').map((x) => [x.status, x.periodId])).toEqual([['outdated', '2025-03']]);
  });
});

describe('units written with "và", "&" or "/"', () => {
  it.each([
    ['Phòng QLKH và ĐMST', ['Phòng QLKH&ĐMST']],
    ['Trung tâm CĐS và ĐMST', ['Trung tâm CĐS&ĐMST']],
    ['Phòng BCVT và CĐS', ['Phòng BCVT&CĐS']],
    ['Phòng Quản lý Khoa học & Đổi mới sáng tạo', ['Phòng QLKH&ĐMST']],
    ['Phòng QLKH&ĐMST/Văn phòng Sở', ['Phòng QLKH&ĐMST', 'Văn phòng Sở']],
  ])('reads %j as %j, without findings', (cell, expected) => {
    const r = withLead(cell);
    expect(r.tasks[0].leadUnits).toEqual(expected);
    expect(r.findings.filter((f) => f.field === 'lead')).toEqual([]);
  });

  it('still splits two units joined by "và", and keeps a "/" that does not separate known names', () => {
    expect(late2025.matchUnits('Phòng QLKH&ĐMST và Phòng BCVT&CĐS').map((x) => x.canonical)).toEqual(['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']);
    expect(late2025.matchUnits('Phòng QLKH và HCTH').map((x) => [x.written, x.status])).toEqual([['Phòng QLKH', 'outdated'], ['HCTH', 'outdated']]);
    expect(late2025.matchUnits('Phòng QLKH&ĐMST/Sở Tài chính').map((x) => x.written)).toEqual(['Phòng QLKH&ĐMST/Sở Tài chính']);
    expect(late2025.matchUnits('Phòng QLKH&ĐMST / VP Sở').map((x) => x.canonical)).toEqual(['Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(late2025.matchUnits('Phòng QLKH&ĐMST, Văn phòng Sở/Phòng BCVT&CĐS').map((x) => x.canonical)).toEqual(['Phòng QLKH&ĐMST', 'Văn phòng Sở', 'Phòng BCVT&CĐS']);
  });
});

describe('units written in the department\'s shorthand', () => {
  it.each([
    ['TT CĐS&ĐMST', 'Trung tâm CĐS&ĐMST'],
    ['TTUDKHCN', 'Trung tâm UDKHCN'],
    ['TT. KTTCĐLCL', 'Trung tâm KTTCĐLCL'],
    ['VP Sở', 'Văn phòng Sở'],
    ['Văn phòng', 'Văn phòng Sở'],
    ['VP', 'Văn phòng Sở'],
  ])('reads %j as %j, a known unit', (cell, unit) => {
    const [m] = late2025.matchUnits(cell);
    expect([m.status, m.canonical]).toEqual(['current', unit]);
    expect(withLead(cell).findings.filter((f) => f.field === 'lead')).toEqual([]);
  });

  it('reads a current name with its old one in brackets ("Trung tâm UDKHCN (TTUD)") as the current unit', () => {
    const r = withLead('Trung tâm UDKHCN (TTUD)', 'Phòng QLKH&ĐMST (Phòng KH-CN)', 'Trung tâm UDKHCN (Trung tâm)');
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Trung tâm UDKHCN'], ['Phòng QLKH&ĐMST'], ['Trung tâm UDKHCN']]);
    expect([...findings(r, 'outdated-unit'), ...findings(r, 'unknown-unit')]).toEqual([]);
    // An old name with nothing current beside it is still outdated.
    expect(late2025.matchUnits('Phòng KH-CN (Phòng QLKH)').map((m) => [m.status, m.canonical])).toEqual([['outdated', 'Phòng QLKH&ĐMST']]);
  });

  it('reads a head count after the lead unit ("Văn phòng Sở 2 người", "Phòng QLKH&ĐMST - 03 CB", "…, 2 người") as no unit: the unit counts alone, nothing unknown', () => {
    const r = withLead('Văn phòng Sở 2 người', 'Phòng QLKH&ĐMST - 03 CB', 'Văn phòng Sở, 02 cán bộ', 'Phòng QLKH&ĐMST; Văn phòng Sở (2 người)', 'Phòng HCTH 2 người');
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Văn phòng Sở'], ['Phòng QLKH&ĐMST'], ['Văn phòng Sở'], ['Phòng QLKH&ĐMST', 'Văn phòng Sở'], ['Văn phòng Sở']]);
    expect(r.summary.byLeadUnit).toEqual({ 'Văn phòng Sở': 4, 'Phòng QLKH&ĐMST': 2 });
    expect(findings(r, 'unknown-unit')).toEqual([]);
    // An old name before the count is still outdated; the fix keeps the count.
    expect(findings(r, 'outdated-unit').map((f) => [f.row, f.fix?.value])).toEqual([[8, 'Văn phòng Sở 2 người']]);
  });

  it('does not take another department\'s office or inspectorate, or "Tổ chuyên gia", for one of ours', () => {
    const r = analyse([
      sheet(
        'PL',
        programme2025([
          task(1, 'Thanh tra chuyên ngành', { coord: 'Thanh tra Sở Tài chính' }),
          task(2, 'Thẩm định đề án', { coord: 'Văn phòng Sở Nội vụ; Tổ chuyên gia' }),
          task(3, 'Tổng hợp báo cáo', { coord: 'Văn Phòng Sở tham mưu chung; Tổ chuyên đổi số' }),
        ]),
      ),
    ]);
    expect(r.tasks.map((t) => t.coordinatingUnits)).toEqual([['Thanh tra Sở Tài chính'], ['Văn phòng Sở Nội vụ', 'Tổ chuyên gia'], ['Văn phòng Sở', 'Tổ chuyển đổi số']]);
    // Only the slip for our own (former) team is reported.
    expect(r.findings.map((f) => `${f.code} ${f.column}${f.row}`)).toEqual(['outdated-unit D8']);
  });

  it('an old unit name written with a slip ("Tổ chuyên đổi số") is reported under the old unit\'s own name, the slip in the hint', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Hội nghị A', { lead: 'Tổ chuyên đổi số' }), task(2, 'Báo cáo B', { lead: 'Phong HCTH' }), task(3, 'Báo cáo C', { lead: 'Phòng HCTH' })]))]);
    expect(r.findings.map((f) => [f.code, `${f.column}${f.row}`, f.message, f.suggestion, f.fix?.value ?? null])).toEqual([
      ['outdated-unit', 'C6', '"Tổ chuyển đổi số" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', '"Tổ chuyên đổi số" là viết sai của "Tổ chuyển đổi số".', null],
      ['outdated-unit', 'C7', '"Phòng HCTH" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', '"Phong HCTH" là viết sai của "Phòng HCTH". Đổi thành "Văn phòng Sở".', 'Văn phòng Sở'],
      ['outdated-unit', 'C8', '"Phòng HCTH" là tên đơn vị kỳ 2024; kỳ 2025-09 không còn tên này.', 'Đổi thành "Văn phòng Sở".', 'Văn phòng Sở'],
    ]);
  });

  it('reads "VP sở", "vp Sở" in any case as the office', () => {
    for (const cell of ['VP sở', 'vp Sở', 'vp sở']) expect(late2025.matchUnits(cell).map((m) => [m.status, m.canonical])).toEqual([['current', 'Văn phòng Sở']]);
  });

  it('expands only the shorthand: "VP UBND tỉnh" is not the department\'s office, "TTHC" no centre of it', () => {
    expect(late2025.matchUnits('VP UBND tỉnh').map((m) => m.canonical)).toEqual([null]);
    expect(late2025.matchUnits('Văn phòng UBND tỉnh').map((m) => m.canonical)).toEqual([null]);
    expect(late2025.matchUnits('Phòng QLKH&ĐMST + VP').map((m) => m.canonical)).toEqual(['Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(late2025.matchUnits('TTHC').map((m) => m.canonical)).toEqual([null]);
  });
});

describe('a product word written with other tone marks than the rest of the sheet', () => {
  const products = (...ps: string[]) =>
    analyse([sheet('PL', [[TITLE], HEADER, ['I', `Quý III (${ps.length} nhiệm vụ)`], ...ps.map((p, i) => [i + 1, `Tổ chức tập huấn nội dung ${i + 1}`, 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', p, '15/9/2025', null])])]);

  it('"01 Lốp" among three "lớp" is pointed at, with its fix keeping the capital', () => {
    const r = products('01 lớp', '02 lớp', '01 Lốp', '01 lớp (50 người)');
    const found = findings(r, 'product-spelling');
    expect(found.map((f) => [f.severity, `${f.column}${f.row}`, f.message, f.fix])).toEqual([
      ['info', 'E6', 'Sản phẩm "01 Lốp": "Lốp" khác với "lớp" ở 3 nhiệm vụ khác trong trang.', { value: '01 Lớp' }],
    ]);
  });

  it('fixes only the slipped word in the cell as typed, its line break kept', () => {
    const r = products('01 lớp', '02 lớp', '01 Lốp\n(50 học viên)', '01 lớp');
    expect(findings(r, 'product-spelling').map((f) => [`${f.column}${f.row}`, f.fix])).toEqual([['E6', { value: '01 Lớp\n(50 học viên)' }]]);
  });

  it('takes another product word for no slip: "01 Sổ tay" among "12 số" is a handbook', () => {
    expect(findings(products('12 số Bản tin', '06 số', '12 số', '01 Sổ tay hướng dẫn'), 'product-spelling')).toEqual([]);
  });

  it('points at a slip copied to a second row, each with its fix, where the usual spelling is far more common', () => {
    const r = products('01 lớp', '02 lớp', '01 Lốp', '01 lớp', '03 lớp', '01 Lốp', '02 lớp');
    expect(findings(r, 'product-spelling').map((f) => [`${f.column}${f.row}`, f.message, f.fix])).toEqual([
      ['E6', 'Sản phẩm "01 Lốp": "Lốp" khác với "lớp" ở 5 nhiệm vụ khác trong trang.', { value: '01 Lớp' }],
      ['E9', 'Sản phẩm "01 Lốp": "Lốp" khác với "lớp" ở 5 nhiệm vụ khác trong trang.', { value: '01 Lớp' }],
    ]);
  });

  it('takes old and new tone placement for one spelling: "01 thoả thuận" among "thỏa thuận" is no slip', () => {
    expect(findings(products('01 thỏa thuận', '02 thỏa thuận', '01 thoả thuận', '01 thỏa thuận'), 'product-spelling')).toEqual([]);
  });

  it('is quiet for two habits, a capital only, or too few to tell', () => {
    expect(findings(products('01 lớp', '02 lớp', '01 Lốp', '03 Lốp', '01 lớp'), 'product-spelling')).toEqual([]);
    expect(findings(products('01 Khóa', '01 khóa', '02 khóa', '01 khóa'), 'product-spelling')).toEqual([]);
    expect(findings(products('01 lớp', '02 lớp', '01 Lốp'), 'product-spelling')).toEqual([]);
  });
});

describe('a remark in brackets after a unit or a leader', () => {
  it('fixes the name only, keeping the remark, for an outdated unit and a misspelt leader', () => {
    const r = sheetOf([
      ['Phòng KH-CN (đầu mối)', 'PGĐ Sở Mai Thoa (phụ trách)', 'Đang thực hiện'],
      ['Phòng HCTH (tham mưu tổng hợp)', 'PGĐ Sở Phan Văn Hiếu', 'Đang thực hiện'],
    ]);
    expect(findings(r, 'outdated-unit').map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([
      ['C4', 'Phòng QLKH&ĐMST (đầu mối)'],
      ['C5', 'Văn phòng Sở (tham mưu tổng hợp)'],
    ]);
    expect(findings(r, 'unknown-leader').map((f) => [`${f.column}${f.row}`, f.fix?.value])).toEqual([['D4', 'PGĐ Sở Mai Thoan (phụ trách)']]);
  });

  it('still sees a near miss before a remark, and fixes it keeping the remark', () => {
    const r = withLead('Trung tâm KTTCĐKCL (thực hiện)');
    expect(findings(r, 'unknown-unit').map((f) => [f.message, f.fix?.value])).toEqual([
      ['Đơn vị "Trung tâm KTTCĐKCL" không có trong danh mục kỳ 2025-09.', 'Trung tâm KTTCĐLCL (thực hiện)'],
    ]);
    expect(r.tasks[0].leadUnits).toEqual(['Trung tâm KTTCĐLCL']);
  });

  it('names each other spelling once, "Văn phòng Sở" and "Văn Phòng Sở" being one', () => {
    const r = withLead('VP Sở', 'Văn phòng Sở', 'Phòng QLKH&ĐMST, Văn phòng Sở', 'Văn Phòng Sở');
    expect(findings(r, 'inconsistent-spelling').map((f) => [`${f.column}${f.row}`, f.message])).toEqual([
      ['C4', '"VP Sở" còn được viết là "Văn phòng Sở" trong trang này.'],
    ]);
  });

  it('does not take a remark for another spelling of the unit', () => {
    const r = withLead('Văn phòng Sở (tham mưu)', 'Văn phòng Sở', 'Phòng QLKH&ĐMST (đầu mối)', 'Phòng QLKH&ĐMST');
    expect(findings(r, 'inconsistent-spelling')).toEqual([]);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Văn phòng Sở'], ['Văn phòng Sở'], ['Phòng QLKH&ĐMST'], ['Phòng QLKH&ĐMST']]);
  });

  it('reads a known leader with a remark as that leader, and counts them in the summary', () => {
    const r = withLeader('PGĐ Sở Nguyễn Quốc Huy Hoàng (phụ trách Phòng BCVT&CĐS)');
    expect(findings(r, 'unknown-leader')).toEqual([]);
    expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Nguyễn Quốc Huy Hoàng']);
    expect(r.summary.byLeader).toEqual({ 'PGĐ Sở Nguyễn Quốc Huy Hoàng': 1 });
  });
});

describe('one fix per cell when it names several units or leaders', () => {
  it('gives every finding of a cell the same fix, with all its names replaced', () => {
    const r = withLeader('PGĐ Sở Mai Thoa, PGĐ Sở Phan Văn Hiu');
    expect(findings(r, 'unknown-leader').map((f) => f.fix?.value)).toEqual(['PGĐ Sở Mai Thoan, PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan, PGĐ Sở Phan Văn Hiếu']);
  });

  it('gives the same fix where two checks replace names in one cell (an outdated name, another spelling)', () => {
    const r = withLead('Phòng KH-CN, VP Sở', 'Văn phòng Sở', 'Văn phòng Sở');
    const fixes = r.findings.filter((f) => f.row === 4 && f.fix).map((f) => [f.code, f.fix?.value]);
    expect(fixes).toEqual([
      ['outdated-unit', 'Phòng QLKH&ĐMST, Văn phòng Sở'],
      ['inconsistent-spelling', 'Phòng QLKH&ĐMST, Văn phòng Sở'],
    ]);
  });

  it('offers a fix for two old units joined by a bare "&" ("Phòng QLKH&HCTH"), parting the new names with "; "', () => {
    const fix = findings(withLead('Phòng QLKH&HCTH'), 'outdated-unit').map((f) => f.fix?.value);
    expect(fix).toEqual(['Phòng QLKH&ĐMST; Văn phòng Sở', 'Phòng QLKH&ĐMST; Văn phòng Sở']);
    expect(withLead(fix[0]!).findings.filter((f) => f.field === 'lead')).toEqual([]);
  });

  it('offers a fix for an old name joined by a bare "&" to a current one, before or after it ("Phòng QLKH&ĐMST&HCTH"), the acronyms\' own "&" kept', () => {
    const cells = ['Phòng QLKH&ĐMST&HCTH', 'Phòng HCTH&BCVT&CĐS', 'Phòng QLCN&CN&TĐC'];
    const r = withLead(...cells);
    expect(findings(r, 'outdated-unit').map((f) => [f.row, f.fix?.value])).toEqual([
      [4, 'Phòng QLKH&ĐMST; Văn phòng Sở'],
      [5, 'Văn phòng Sở; BCVT&CĐS'],
      [6, 'Phòng QLCN&CN; Phòng QLTCĐLCL'],
    ]);
    // Each fixed cell reads as the current units it names, with nothing more to report.
    const fixed = withLead(...findings(r, 'outdated-unit').map((f) => f.fix!.value));
    expect(fixed.findings.filter((f) => f.field === 'lead')).toEqual([]);
    expect(fixed.tasks.map((t) => t.leadUnits)).toEqual(r.tasks.map((t) => t.leadUnits));
    // An unknown part keeps the cell one unknown name, with no fix.
    expect(findings(withLead('Phòng QLKH&ĐMST&XYZ'), 'unknown-unit').map((f) => [f.message.split('"')[1], f.fix])).toEqual([['Phòng QLKH&ĐMST&XYZ', null]]);
  });

  it('offers no fix that would name one unit twice', () => {
    const r = withLead('Phòng QLKH&ĐMST, Phòng KH-CN');
    expect(findings(r, 'outdated-unit').map((f) => [f.message.split('"')[1], f.fix])).toEqual([['Phòng KH-CN', null]]);
  });

  it('writes "; " for a bare "&" between two units replaced (it would read as part of "QLKH&ĐMST"), and the fixed cell reads as the two current units', () => {
    const fix = findings(withLead('Phòng QLKH & HCTH'), 'outdated-unit').map((f) => f.fix?.value);
    expect(fix).toEqual(['Phòng QLKH&ĐMST; Văn phòng Sở', 'Phòng QLKH&ĐMST; Văn phòng Sở']);
    // Other separators, and the rest of the cell, stay as typed.
    expect(findings(withLead('Phòng QLKH và HCTH (chủ trì)'), 'outdated-unit').map((f) => f.fix?.value)).toEqual(['Phòng QLKH&ĐMST và Văn phòng Sở (chủ trì)', 'Phòng QLKH&ĐMST và Văn phòng Sở (chủ trì)']);
    expect(findings(withLead('Phòng QLKH & HCTH (chủ trì)'), 'outdated-unit').map((f) => f.fix?.value)).toEqual(['Phòng QLKH&ĐMST; Văn phòng Sở (chủ trì)', 'Phòng QLKH&ĐMST; Văn phòng Sở (chủ trì)']);
    const again = withLead(fix[0]!);
    expect(again.tasks[0].leadUnits).toEqual(['Phòng QLKH&ĐMST', 'Văn phòng Sở']);
    expect(again.findings.filter((f) => f.field === 'lead')).toEqual([]);
  });
});
