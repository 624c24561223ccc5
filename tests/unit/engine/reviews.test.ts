/**
 * Units' reviews of the programme (seed 003): what they propose to drop, add or adjust, in the
 * shapes they send it — a "Đề xuất" column beside the programme, the department's own review block
 * (the proposal in "Ghi chú", "Cấp ban hành" and "Chỉ đạo" left empty), blocks headed "ĐỀ XUẤT BỎ".
 */
import type { CellValue, FileReport } from '../../../src/engine';
import { proposalKind } from '../../../src/engine/reading/proposals';
import { mergeTracker, trackerMergeOptions, trackerToValues } from '../../../src/engine/track';
import { AS_OF } from '../../helpers/fixtures';
import { analyse as analyseSheets, sheet } from '../../helpers/grid';

const analyse = (rows: CellValue[][], merges: string[] = []): FileReport => analyseSheets([sheet('Rà soát', rows, { merges })], { fileName: 'x.xlsx' });
const proposals = (r: FileReport) => r.proposals.map((p) => [p.row, p.stt, p.kind, p.month]);
const codes = (r: FileReport) => r.findings.map((f) => `${f.code} ${f.column}${f.row}`);
const TITLE = ['RÀ SOÁT CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025'];

describe('what a proposal says', () => {
  it.each([
    ['Đề xuất bỏ, vì nội dung đã được bổ sung vào nhiệm vụ thường xuyên', 'drop'],
    ['Bỏ (đã lồng ghép, bổ sung vào nhiệm vụ số 12)', 'drop'],
    ['Xin rút khỏi chương trình', 'drop'],
    ['Không thực hiện, do không còn phù hợp', 'drop'],
    ['Đưa ra khỏi chương trình công tác', 'drop'],
    ['Bổ sung nhiệm vụ mới', 'add'],
    ['Đề nghị bổ sung nhiệm vụ', 'add'],
    ['Bổ sung sản phẩm: Quyết định của UBND tỉnh', 'adjust'],
    ['Lùi sang Quý IV để bổ sung hồ sơ', 'adjust'],
    ['Điều chỉnh phân bổ kinh phí', 'adjust'],
    ['Đề nghị điều chỉnh sang tháng 11 do chờ hướng dẫn của Bộ KH&CN', 'adjust'],
    ['Bố trí lại thời gian: tháng 12', 'adjust'],
    ['Giữ nguyên', 'none'],
    ['Không đề xuất', 'none'],
    ['-', 'none'],
    ['Chưa bố trí được kinh phí', null],
  ])('%j → %s', (text, kind) => expect(proposalKind(text)).toBe(kind));
});

describe('a review', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const row = (n: CellValue, task: string, product: CellValue, leader: CellValue, note: CellValue): CellValue[] => [n, task, 'Phòng QLCN&CN', 'Văn phòng Sở', product, leader, note];

  it('as a "Đề xuất" column beside the programme: its tasks stay tasks, and what they propose is listed', () => {
    const r = analyse([
      TITLE,
      [...HEADER, 'Đề xuất'],
      ['I', 'Quý III (3 nhiệm vụ)'],
      [null, 'Tháng 7'],
      [...row(32, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', '01 lớp', 'PGĐ Sở Phan Văn Hiếu', null), 'Đề xuất bỏ vì đã tổ chức ngày 24/4/2025'],
      [...row(33, 'Tập huấn về an toàn bức xạ', '01 lớp', 'PGĐ Sở Phan Văn Hiếu', null), null],
      [...row(34, 'Báo cáo kết quả hợp tác với Trường ĐH Tôn Đức Thắng', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', null), 'Lùi sang tháng 9'],
    ]);
    expect(r.summary.taskCount).toBe(3);
    expect(proposals(r)).toEqual([[5, '32', 'drop', 7], [7, '34', 'adjust', 7]]);
    expect(r.summary.proposals).toEqual({ drop: 1, add: 0, adjust: 1 });
    expect(codes(r)).toEqual([]);
  });

  it('as the department\'s review block (product and leader empty, the proposal in "Ghi chú"): proposals, not tasks, and no false errors', () => {
    const r = analyse([
      TITLE,
      HEADER,
      [null, 'Tháng 7'],
      row(32, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', null, null, 'Đề xuất bỏ vì đã tổ chức lớp tập huấn vào ngày 24/4/2025'),
      row(33, 'Tập huấn về ATBX và hạt nhân', null, null, 'Đề xuất bỏ nội dung này'),
      row(34, 'Báo cáo kết quả thực hiện Kế hoạch số 01/KH-UBND-TDTU', null, null, null),
      [null, 'Tháng 12'],
      row(51, 'Báo cáo kết quả triển khai Kế hoạch 670/KH-UBND', null, null, 'Bổ sung'),
    ]);
    expect([r.tables.map((t) => t.kind), r.summary.taskCount, codes(r)]).toEqual([['review'], 0, []]);
    expect(proposals(r)).toEqual([[4, '32', 'drop', 7], [5, '33', 'drop', 7], [6, '34', 'none', 7], [8, '51', 'add', 12]]);
    // The same table with its products and leaders is the programme, its notes remarks.
    const programme = analyse([TITLE, HEADER, row(1, 'Tổ chức lớp tập huấn', '01 lớp', 'PGĐ Sở Phan Văn Hiếu', 'Nhiệm vụ quan trọng tham mưu UBND tỉnh')]);
    expect([programme.summary.taskCount, programme.proposals]).toEqual([1, []]);
  });

  it('in blocks headed "ĐỀ XUẤT BỎ", "ĐỀ XUẤT BỔ SUNG (1 nhiệm vụ)", "III. Đề xuất điều chỉnh": the heading says what, the cell why', () => {
    const r = analyse([
      TITLE,
      ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lý do'],
      ['ĐỀ XUẤT BỎ'],
      [1, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Phòng QLCN&CN', 'Đã tổ chức ngày 24/4/2025'],
      [2, 'Xây dựng sàn giao dịch công nghệ', 'Phòng QLCN&CN', 'Chưa bố trí được kinh phí'],
      ['ĐỀ XUẤT BỔ SUNG (1 nhiệm vụ)'],
      [1, 'Báo cáo kết quả triển khai Kế hoạch 670/KH-UBND', 'Phòng QLCN&CN', null],
      ['III. Đề xuất điều chỉnh'],
      [1, 'Tuyên truyền về an toàn bức xạ', 'Phòng QLCN&CN', 'Lùi từ tháng 8 sang tháng 11'],
    ]);
    expect(r.summary.proposals).toEqual({ drop: 2, add: 1, adjust: 1 });
    expect([r.summary.taskCount, codes(r)]).toEqual([0, []]);
  });

  it('blocks headed in other words of the same proposals ("ĐỀ XUẤT RÚT KHỎI CHƯƠNG TRÌNH", "NHIỆM VỤ XIN RÚT", "Đề nghị gia hạn:") hold proposals; a task proposing further on is a task', () => {
    const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
    const row = (stt: number, text: string): CellValue[] => [stt, text, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở'];
    const cases: [string, 'drop' | 'add' | 'adjust'][] = [
      ['ĐỀ XUẤT RÚT KHỎI CHƯƠNG TRÌNH', 'drop'],
      ['NHIỆM VỤ XIN RÚT', 'drop'],
      ['ĐỀ NGHỊ KHÔNG THỰC HIỆN', 'drop'],
      ['Đề xuất loại bỏ', 'drop'],
      ['ĐỀ XUẤT LÙI THỜI HẠN', 'adjust'],
      ['Đề nghị gia hạn:', 'adjust'],
    ];
    for (const [heading, kind] of cases) {
      const r = analyse([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], row(1, 'Tổng hợp báo cáo tháng'), ['II', heading], row(1, 'Rà soát quy chế chi tiêu nội bộ'), row(2, 'Cập nhật cơ sở dữ liệu')]);
      expect([heading, r.summary.taskCount, r.proposals.map((p) => [p.row, p.kind])]).toEqual([heading, 1, [[6, kind], [7, kind]]]);
    }
    const task = analyse([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], row(1, 'Tổng hợp báo cáo tháng'), row(2, 'Rà soát, đề xuất bổ sung danh mục nhiệm vụ KH&CN'), row(3, 'Cập nhật cơ sở dữ liệu')]);
    expect([task.summary.taskCount, task.proposals]).toEqual([3, []]);
  });

  it('in a review table: rows with no number that propose are read (a new task "Bổ sung", "BS1"), a proposal split at a page is whole', () => {
    const r = analyse([
      TITLE,
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đề xuất'],
      [32, 'Tổ chức lớp tập huấn về sở hữu', 'Phòng QLCN&CN', 'Đề xuất'],
      [null, 'trí tuệ', null, 'bỏ nội dung này'],
      [null, 'Tổ chức Hội chợ công nghệ năm 2025', 'Phòng QLCN&CN', 'Bổ sung nhiệm vụ mới'],
      ['BS1', 'Báo cáo kết quả triển khai Kế hoạch 670/KH-UBND', 'Phòng QLCN&CN', 'Bổ sung'],
    ]);
    expect(r.proposals.map((p) => [p.row, p.stt, p.task, p.proposal, p.kind])).toEqual([
      [3, '32', 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Đề xuất bỏ nội dung này', 'drop'],
      [5, '', 'Tổ chức Hội chợ công nghệ năm 2025', 'Bổ sung nhiệm vụ mới', 'add'],
      [6, 'BS1', 'Báo cáo kết quả triển khai Kế hoạch 670/KH-UBND', 'Bổ sung', 'add'],
    ]);
  });

  it('a coded row ("BS1", "I.2") whose note or deadline names a quarter ("Thực hiện Quý IV", "Chuyển sang Quý IV") is a task or proposal, not a quarter heading', () => {
    const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
    const row = (stt: string, text: string, note: string | null): CellValue[] => [stt, text, 'Văn phòng Sở', null, 'Báo cáo', 'Giám đốc Sở', note];
    const block = analyse([['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'], HEADER, ['I', 'Quý III (1 nhiệm vụ)'], row('1', 'Tổng hợp báo cáo tháng', null), ['II', 'ĐỀ XUẤT BỔ SUNG'], row('BS1', 'Rà soát quy chế chi tiêu nội bộ', 'Thực hiện Quý IV'), row('BS2', 'Cập nhật cơ sở dữ liệu', null)]);
    expect(block.proposals.map((p) => [p.row, p.stt, p.kind])).toEqual([[6, 'BS1', 'add'], [7, 'BS2', 'add']]);
    const coded = analyse([['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], HEADER, ['I', 'Quý III'], row('I.1', 'Tổng hợp báo cáo tháng', null), row('I.2', 'Rà soát quy chế', 'Chuyển sang Quý IV'), row('I.3', 'Cập nhật cơ sở dữ liệu', null)]);
    expect(coded.tasks.map((t) => [t.row, t.stt, t.quarter])).toEqual([[4, 'I.1', 3], [5, 'I.2', 3], [6, 'I.3', 3]]);
  });

  it('a count in a heading of the review counts its proposals', () => {
    const r = analyse([TITLE, ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đề xuất'], [null, 'Tháng 7 (2 nhiệm vụ)'], [32, 'Tập huấn A', 'Phòng QLCN&CN', 'Bỏ'], [33, 'Tập huấn B', 'Phòng QLCN&CN', 'Giữ nguyên']]);
    expect([r.summary.sections.map((s) => [s.declared, s.actual]), codes(r)]).toEqual([[[2, 2]], []]);
  });
});

it('a task a separate review sheet proposes to drop is not overdue in the programme', () => {
  const programme = sheet('Phụ lục II', [
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn'],
    ['I', 'Quý III'],
    [32, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Phòng QLCN&CN', '01 lớp', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025'],
    [33, 'Tập huấn về an toàn bức xạ', 'Phòng QLCN&CN', '01 lớp', 'PGĐ Sở Phan Văn Hiếu', '31/7/2025'],
  ]);
  const review = sheet('Rà soát', [TITLE, ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đề xuất'], [32, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Phòng QLCN&CN', 'Đề xuất bỏ']]);
  const r = analyseSheets([programme, review], { fileName: 'x.xlsx' });
  expect([r.summary.proposals.drop, r.summary.overdue.map((o) => o.row)]).toEqual([1, [5]]);
});

it('a draft programme with products and leaders still empty and one note proposing stays a programme: its gaps are reported', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const rows = Array.from({ length: 8 }, (_, i): CellValue[] => [i + 1, `Nhiệm vụ dự thảo số ${i + 1}`, 'Phòng QLCN&CN', null, null, i === 0 ? 'Đề xuất bỏ, trùng nhiệm vụ thường xuyên' : null]);
  const draft = analyseSheets([sheet('Quý IV', [['DỰ THẢO KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER, ...rows])], { fileName: 'x.xlsx' });
  expect([draft.tables.map((t) => t.kind), draft.summary.taskCount, draft.summary.proposals.drop]).toEqual([['tasks'], 8, 1]);
  expect(draft.findings.filter((f) => f.code === 'missing-product')).toHaveLength(8);
  // The same table in a sheet named for the review is the review.
  const named = analyseSheets([sheet('Rà soát QLCN&CN', [['DỰ THẢO KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], HEADER, ...rows])], { fileName: 'x.xlsx' });
  expect([named.tables.map((t) => t.kind), named.summary.taskCount, named.findings]).toEqual([['review'], 0, []]);
});

describe('a task proposed for dropping both by a review and by its status', () => {
  const programme = (status: string | null) =>
    sheet('Phụ lục II', [
      ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'],
      ['I', 'Quý III'],
      [32, 'Tập huấn về ATBX và hạt nhân', 'Phòng QLCN&CN', '01 lớp', 'PGĐ Sở Nguyễn Trọng Tâm', status],
      [33, 'Tuyên truyền nâng cao nhận thức về ATBX', 'Phòng QLCN&CN', 'Tin bài', 'PGĐ Sở Nguyễn Trọng Tâm', 'Đang thực hiện'],
    ]);
  const review = sheet('Rà soát QLCN&CN', [TITLE, ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đề xuất'], [1, 'Tập huấn về ATBX và hạt nhân', 'Phòng QLCN&CN', 'Đề xuất bỏ nội dung này']]);
  const drops = (r: FileReport) => [r.summary.proposals.drop, r.proposals.filter((p) => p.kind === 'drop').map((p) => p.sheet)];

  it('in the programme\'s status column is one proposal, the review\'s', () => {
    const r = analyseSheets([programme('Đề xuất bỏ'), review], { fileName: 'x.xlsx' });
    expect(r.summary.byStatus['Đề xuất bỏ']).toBe(1);
    expect(drops(r)).toEqual([1, ['Rà soát QLCN&CN']]);
  });

  it('chosen in "Theo dõi" is one proposal too', () => {
    const first = analyseSheets([programme(null), review], { fileName: 'x.xlsx' });
    const rows = mergeTracker(first.tasks, [], AS_OF, trackerMergeOptions(first)).rows.map((row) => (row.task.startsWith('Tập huấn') ? { ...row, status: 'Đề xuất bỏ' } : row));
    const tracker = { name: 'Theo dõi', cells: trackerToValues(rows) };
    const r = analyseSheets([programme(null), review, tracker], { fileName: 'x.xlsx' });
    expect(r.summary.byStatus['Đề xuất bỏ']).toBe(1);
    expect(drops(r)).toEqual([1, ['Rà soát QLCN&CN']]);
  });

  it('a status "Đề xuất bỏ" on a task no review names is still a proposal', () => {
    const r = analyseSheets([programme('Đề xuất bỏ')], { fileName: 'x.xlsx' });
    expect(drops(r)).toEqual([1, ['Phụ lục II']]);
  });
});

/** A programme with a status and a note column, its rows of Phòng QLCN&CN: for review blocks under it. */
const STATUS_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng', 'Ghi chú'];
const statusRow = (n: number, text: string, status: string | null, note: string | null): CellValue[] => [n, text, 'Phòng QLCN&CN', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', status, note];

it('a block "ĐỀ XUẤT BỎ" with no proposal column: "Ghi chú" is the reason, the month that of the task it names, listed in row order with a status column\'s', () => {
  const r = analyse([
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    STATUS_HEADER,
    ['I', 'Quý III'],
    ['Tháng 7'],
    statusRow(1, 'Xây dựng kế hoạch', 'Đề xuất bỏ', null),
    ['Tháng 8'],
    statusRow(2, 'Diễn tập ứng phó sự cố bức xạ', 'Đang thực hiện', null),
    ['II', 'ĐỀ XUẤT BỎ'],
    statusRow(1, 'Diễn tập ứng phó sự cố bức xạ', null, 'Chưa bố trí được kinh phí'),
    statusRow(2, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', null, 'Lùi sang năm 2026 do đã tổ chức lớp khác'),
  ]);
  expect(r.proposals.map((p) => [p.row, p.stt, p.kind, p.month, p.proposal])).toEqual([
    [5, '1', 'drop', 7, 'Đề xuất bỏ'],
    [9, '1', 'drop', 8, 'Chưa bố trí được kinh phí'],
    [10, '2', 'drop', null, 'Lùi sang năm 2026 do đã tổ chức lớp khác'],
  ]);
  expect(r.summary.proposals).toEqual({ drop: 3, add: 0, adjust: 0 });
});

it('a proposal of a review block whose task is not in the file is in the month its note or text names ("Tháng 8", "tháng 9/2025", "T10"), not one it is moved to', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng', 'Ghi chú'];
  const row = (n: number, text: string, note: string | null): CellValue[] => [n, text, 'Phòng QLCN&CN', 'Báo cáo', 'PGĐ Sở Phan Văn Hiếu', null, note];
  const r = analyse([
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    HEADER,
    ['I', 'NHIỆM VỤ THƯỜNG XUYÊN'],
    row(1, 'Cập nhật cơ sở dữ liệu', null),
    ['II', 'Quý III'],
    ['Tháng 7'],
    row(1, 'Xây dựng kế hoạch', null),
    ['III', 'ĐỀ XUẤT BỎ'],
    row(1, 'Tổ chức lớp tập huấn về sở hữu trí tuệ', 'Tháng 8'),
    row(2, 'Hội thảo khởi nghiệp', 'Chưa bố trí kinh phí (tháng 9/2025)'),
    row(3, 'Kiểm tra đo lường', 'T10 - chưa có kinh phí'),
    row(4, 'Báo cáo tình hình tháng 11', 'Không cần thiết'),
    row(5, 'Xây dựng kế hoạch', 'Tháng 12'),
    row(6, 'Điều tra thống kê', 'Đã thực hiện trong tháng 3/2024'),
    row(7, 'Cập nhật cơ sở dữ liệu', 'Tháng 9'),
    ['IV', 'Đề xuất điều chỉnh'],
    row(1, 'Diễn tập ứng phó sự cố', 'Lùi sang tháng 12'),
    row(2, 'Hội thảo chuyển đổi số', 'Chuyển thời gian thực hiện vào tháng 12'),
    row(3, 'Kiểm tra hàng đóng gói', 'Đề nghị lùi thời gian thực hiện đến cuối tháng 12'),
    // A month the task is planned in, not moved to: kept.
    row(4, 'Chuyển giao công nghệ tháng 8', 'Tổ chức vào tháng 8 thay vì tháng 7'),
  ]);
  // A task found in the programme gives its own month (7, or none for an all-year task), whatever the note says.
  expect(r.proposals.map((p) => [p.row, p.kind, p.month])).toEqual([
    [9, 'drop', 8],
    [10, 'drop', 9],
    [11, 'drop', 10],
    [12, 'drop', 11],
    [13, 'drop', 7],
    [14, 'drop', null],
    [15, 'drop', null],
    [17, 'adjust', null],
    [18, 'adjust', null],
    [19, 'adjust', null],
    [20, 'adjust', 8],
  ]);
});

it('a review row names its programme task by its words, whatever the dash before them or the full stop after them', () => {
  const r = analyse([
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    STATUS_HEADER,
    ['I', 'Quý III'],
    ['Tháng 7'],
    statusRow(1, 'Xây dựng kế hoạch kiểm tra.', 'Đề xuất bỏ', null),
    ['Tháng 8'],
    statusRow(2, '- Kiểm tra đo lường', null, null),
    ['II', 'ĐỀ XUẤT BỎ'],
    statusRow(1, 'Xây dựng kế hoạch kiểm tra', null, 'Trùng nhiệm vụ khác'),
    statusRow(2, 'Kiểm tra đo lường.', null, 'Không cần thiết'),
  ]);
  // Each row in its task's month; the task a review row names proposes once, not by its status again.
  expect(r.proposals.map((p) => [p.row, p.kind, p.month])).toEqual([
    [9, 'drop', 7],
    [10, 'drop', 8],
  ]);
  expect(r.summary.proposals).toEqual({ drop: 2, add: 0, adjust: 0 });
});

it('a row with no number in a block headed "ĐỀ XUẤT BỎ" or "ĐỀ XUẤT BỔ SUNG", its task and unit or note its own, is a proposal of its own; a cut row\'s rest is not', () => {
  const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'];
  const row = (n: number | null, text: string, note: string | null, lead: string | null = 'Phòng QLCN&CN'): CellValue[] => [n, text, lead, null, null, note];
  const r = analyse([
    ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025'],
    HEADER,
    ['I', 'Quý III'],
    [1, 'Xây dựng kế hoạch', 'Phòng QLCN&CN', 'Kế hoạch', 'PGĐ Sở Phan Văn Hiếu', null],
    ['II', 'ĐỀ XUẤT BỎ'],
    row(1, 'Hội thảo khoa học về', 'Không cần thiết'),
    row(null, 'Đổi mới sáng tạo', null, null),
    row(null, 'Hội thảo khởi nghiệp', 'Trùng nhiệm vụ khác'),
    ['III', 'ĐỀ XUẤT BỔ SUNG'],
    row(null, 'Tổ chức tọa đàm', null),
    row(null, 'Tổ chức hội nghị', 'Thực hiện tháng 9', null),
  ]);
  expect(r.proposals.map((p) => [p.row, p.kind, p.task, p.leadUnits])).toEqual([
    [6, 'drop', 'Hội thảo khoa học về Đổi mới sáng tạo', ['Phòng QLCN&CN']],
    [8, 'drop', 'Hội thảo khởi nghiệp', ['Phòng QLCN&CN']],
    [10, 'add', 'Tổ chức tọa đàm', ['Phòng QLCN&CN']],
    [11, 'add', 'Tổ chức hội nghị', []],
  ]);
  expect(r.summary.proposals).toEqual({ drop: 2, add: 2, adjust: 0 });
});
