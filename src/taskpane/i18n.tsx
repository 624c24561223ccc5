/**
 * Every string the user reads in the pane and the standalone page. Vietnamese first; English is a
 * switch. Finding messages come from the engine (Vietnamese); in English the pane shows the
 * catalog's English title next to them.
 */
import React, { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Report, Severity, SharedTask } from '../engine/report';
import type { InputErrorCode } from '../engine/errors';
import { copyLostNote, type LostKind, type LostPart } from '../engine/copy-losses';
import { NONE, NO_STATUS } from '../engine/summary/keys';
import { mixedYearsWarning, programmeYears, statusReason } from '../engine/combine';
import { sheetsPhrase } from '../engine/wording';
import { DEGRADED_MESSAGES } from '../excel/capabilities';
import type { VisibleFeature } from '../excel/host';
import type { CopyLeftOut } from './standalone/own-outputs';

/** What an Excel error (ExcelHostError) names: `sheet`, `address`, Excel's own `detail`. */
export type ExcelErrorParams = Readonly<Record<string, string | undefined>>;

/** An Excel error worded from its code and params; `other` for a code without its own sentence. */
export interface ExcelErrorWords {
  byCode: Partial<Record<string, (p: ExcelErrorParams) => string>>;
  other: (p: ExcelErrorParams) => string;
}

export type Lang = 'vi' | 'en';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** Clauses joined into one sentence: "; " between them, a capital first, a full stop last. */
function sentence(clauses: readonly string[]): string {
  const text = clauses.filter(Boolean).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const vi = {
  lang: 'vi' as Lang,
  appTitle: 'CTCT — Kiểm tra Chương trình công tác',
  appSubtitle: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',

  // Generic states
  running: 'Đang xử lý…',
  genericError: 'Đã có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy báo cho Văn phòng Sở.',
  errorTitle: 'Không thực hiện được',

  // Tabs (Excel)
  tabs: 'Chức năng',
  tabCheck: 'Kiểm tra',
  tabMark: 'Đánh dấu',
  tabFix: 'Sửa',
  tabSummary: 'Tổng hợp',
  tabTracker: 'Theo dõi',
  tabDirectory: 'Danh mục',

  // Check
  scope: 'Phạm vi kiểm tra',
  scopeActive: 'Trang tính đang mở',
  scopeWorkbook: 'Cả sổ làm việc',
  period: 'Giai đoạn của danh mục',
  periodAuto: 'Tự động (theo năm của bảng)',
  periodLabel: (id: string, from: string) => `${id} (từ ${formatDate(from, 'vi')})`,
  /** `periods`: one, or each with its sheets when the sheets were checked by several (periodsOfSheets). */
  periodUsed: (periods: { period: string; sheets: string[] }[], source: 'option' | 'sheet' | 'default') => {
    const how = source === 'option' ? 'do bạn chọn' : source === 'sheet' ? 'đọc từ bảng' : 'mặc định';
    if (periods.length < 2) return `Giai đoạn đã dùng: ${periods[0]?.period ?? ''} (${how})`;
    return `Giai đoạn đã dùng (${how}): ${periods.map((p) => `${p.period} cho ${p.sheets.join(', ')}`).join('; ')}`;
  },
  check: 'Kiểm tra',
  recheck: 'Kiểm tra lại',
  checking: 'Đang đọc và kiểm tra bảng…',
  autoRecheck: 'Tự kiểm tra lại khi trang tính thay đổi',
  autoRecheckUnsupported: 'Phiên bản Excel này không báo thay đổi của trang tính (cần ExcelApi 1.7): hãy bấm "Kiểm tra lại".',
  checkIdle: 'Bấm "Kiểm tra" để đọc bảng và tìm chỗ thiếu, sai tên, lệch số lượng.',
  checkedAt: (n: number, sheets: number) => `Đã kiểm tra ${n} nhiệm vụ trong ${sheets} trang tính.`,
  noTaskTableSheet: (sheet: string) =>
    `Không tìm thấy bảng nhiệm vụ nào trong trang tính "${sheet}": cần một dòng tiêu đề có các cột như "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo". Hãy mở trang tính có Chương trình công tác rồi kiểm tra lại, hoặc chọn "Cả sổ làm việc".`,
  noTaskTableWorkbook: (workbook?: string) =>
    `Không tìm thấy bảng nhiệm vụ nào trong ${workbook ? `sổ làm việc "${workbook}"` : 'sổ làm việc này'}: cần một trang tính có dòng tiêu đề với các cột như "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo".`,
  sheetUnhidden: (sheet: string) => `Trang tính "${sheet}" đang bị ẩn nên đã được hiện ra để chọn ô.`,
  directoryFromSheet: 'Đang dùng danh mục từ trang "Danh mục" trong sổ này.',
  directoryDefault: 'Đang dùng danh mục mặc định.',
  /** A feature this Excel lacks: what still works without it (the adapter's own sentences). */
  featureMissing: DEGRADED_MESSAGES as Record<VisibleFeature, string>,
  /** Excel errors by code; null: the adapter's own Vietnamese sentence, as it is. */
  excelErrors: null as ExcelErrorWords | null,
  /** What an engine error is about, said before its Vietnamese detail; null: the detail alone, as it is. */
  inputErrorLeads: null as Partial<Record<InputErrorCode, string>> | null,

  // Findings
  findings: 'Phát hiện',
  findingsCount: (n: number) => `${n} phát hiện`,
  shownOf: (shown: number, all: number) => `Đang hiện ${shown}/${all} phát hiện`,
  noFindings: 'Không có phát hiện nào.',
  noFindingsFiltered: 'Không có phát hiện nào khớp bộ lọc.',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as Record<Severity, string>,
  /** One finding's severity. */
  severityOne: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as Record<Severity, string>,
  filterSeverity: 'Mức độ',
  filterCode: 'Loại phát hiện',
  filterUnit: 'Đơn vị',
  filterFile: 'Tệp',
  all: 'Tất cả',
  groupBy: 'Nhóm theo',
  groupByCode: 'Loại phát hiện',
  groupByUnit: 'Đơn vị chủ trì',
  noUnit: '(không gắn với đơn vị)',
  selectFindingHint: 'Bấm vào một phát hiện để chọn ô của nó.',
  /** The standalone page: no Excel to select the cell in, the click shows it under the finding. */
  showFindingHint: 'Bấm vào một phát hiện để xem ô, nhiệm vụ và giá trị của nó.',
  /** Sheets of several programme years summed in the summary shown: said, as in the printed summary; else null. */
  mixedYears: (report: Pick<Report, 'files'>): string | null => mixedYearsWarning(report),
  suggestion: 'Gợi ý',
  fixTo: 'Sửa thành',
  rowAt: (sheet: string, row: number) => `${sheet}, dòng ${row}:`,

  // Summary view
  tasks: 'Số nhiệm vụ',
  /** After the summary's big count: "176 nhiệm vụ". */
  tasksCounted: (_n: number) => 'nhiệm vụ',
  byQuarter: 'Theo quý',
  quarter: (q: string) => (/^[1-4]$/.test(q) ? `Quý ${ROMAN[Number(q)]}` : q === '' || q === 'null' ? 'Không rõ quý' : `Quý ${q}`),
  allYear: 'Cả năm (trọng tâm, xuyên suốt)',
  /** The unit × quarter table's columns of tasks in no quarter, and the line under it saying what they hold. */
  allYearColumn: 'Cả năm',
  arisingColumn: 'Phát sinh',
  eachLeader: 'Nhiệm vụ do nhiều lãnh đạo chỉ đạo được tính cho từng lãnh đạo.',
  unitTableNote: (allYear: boolean, arising: boolean, eachUnit: boolean) =>
    sentence([
      allYear ? '"Cả năm": nhiệm vụ trọng tâm, xuyên suốt, không thuộc quý nào' : '',
      arising ? '"Phát sinh": nhiệm vụ phát sinh ngoài chương trình, không tính vào quý' : '',
      eachUnit ? 'nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị' : '',
    ]),
  byMonth: 'Theo tháng',
  month: (m: string) => (/^\d+$/.test(m) ? `Tháng ${m}` : 'Không rõ tháng'),
  byUnit: 'Theo đơn vị chủ trì',
  byLeader: 'Theo lãnh đạo chỉ đạo',
  byStatus: 'Theo trạng thái',
  statusFromTracker: (n: number, all: number) => `Trạng thái của ${n}/${all} nhiệm vụ lấy từ trang "Theo dõi"; các nhiệm vụ khác theo bảng nguồn.`,
  sections: 'Số nhiệm vụ khai báo và thực có',
  sectionsWithKpi: 'Số nhiệm vụ, chỉ tiêu khai báo và thực có',
  section: 'Mục',
  declared: 'Khai báo',
  actual: 'Thực có',
  mismatch: 'lệch',
  count: 'Số',
  missing: 'Nhiệm vụ còn thiếu',
  missingLead: 'Thiếu đơn vị chủ trì',
  missingLeader: 'Thiếu lãnh đạo chỉ đạo',
  missingProduct: 'Thiếu sản phẩm',
  overdue: 'Quá hạn',
  /** Tasks the programme calls important ("Nhiệm vụ quan trọng" in a note or status), as the printed summary counts them. */
  important: 'Nhiệm vụ quan trọng',
  kpis: (n: number, parts?: number) => `${n} chỉ tiêu${parts ? ` (kèm ${parts} chỉ tiêu thành phần)` : ''}`,
  arisingAmong: (n: number) => `trong đó ${n} nhiệm vụ phát sinh ngoài chương trình`,
  /** An overdue task's mark when it arose outside the programme (as the printed list says it). */
  arisingTask: 'phát sinh ngoài chương trình',
  /** An overdue task's status typed in "Theo dõi" where the source now says another (as the printed list says it). */
  sourceSays: (status: string, source: string) => `"${status}" ở "Theo dõi", bảng nguồn ghi "${source}"`,
  kpiSection: 'chỉ tiêu',
  proposals: (d: number, a: number, j: number) => `Đề xuất: bỏ ${d}, bổ sung ${a}, điều chỉnh ${j}`,
  noData: 'Chưa có số liệu.',
  unknown: '(không rõ)',
  none: NONE,
  noStatus: NO_STATUS,
  /** A file that could not be read, by the engine's code; the engine's own (Vietnamese) sentence where none. */
  fileErrorByCode: {} as Partial<Record<string, (name: string) => string>>,
  others: (n: number) => `và ${n} mục khác`,
  sharedTasks: 'Nhiệm vụ có trong nhiều tệp (mỗi nhiệm vụ tính một lần)',
  sharedCounted: (status: string) => `tính "${status}"`,
  statusesDiffer: 'tình trạng ghi khác nhau',
  /** Why a task of several files counts the status it does (SharedTask.statusRule), as the printed report says it; null: no reason given. */
  statusReason: (x: SharedTask): string | null => statusReason(x),
  notWritten: 'chưa ghi',
  moreTasks: (n: number) => `… và ${n} nhiệm vụ khác`,

  // Mark
  markHelp: 'Tô màu (và ghi chú, nếu Excel hỗ trợ) các ô có phát hiện. Giá trị trong ô không thay đổi.',
  markButton: 'Đánh dấu các ô có phát hiện',
  marking: 'Đang đánh dấu…',
  marked: (n: number, notes: boolean) =>
    `Đã đánh dấu ${n} ô${notes ? ' (tô màu và ghi chú).' : ' (tô màu; phiên bản Excel này không hỗ trợ ghi chú).'}`,
  clearMarks: 'Xoá mọi dấu',
  clearing: 'Đang xoá dấu…',
  cleared: (n: number) => `Đã xoá dấu ở ${n} ô và trả lại màu nền cũ.`,

  // Fix
  fixHelp:
    'Xem trước mọi thay đổi: không ô nào bị sửa trước khi bạn xác nhận. Mỗi thay đổi được ghi vào nhật ký và có thể hoàn tác.',
  fixable: 'Phát hiện sửa tự động được',
  fixableNone: 'Không có phát hiện nào sửa tự động được.',
  previewOne: 'Xem trước',
  previewOneLabel: (address: string) => `Xem trước cách sửa ô ${address}`,
  /** The number of cells the fixes change (a cell two findings fix counts once). */
  previewAll: (n: number) => (n === 1 ? 'Xem trước 1 ô' : `Xem trước cả ${n} ô`),
  previewAllLabel: (n: number, title: string) => `Xem trước cách sửa ${n === 1 ? '1 ô' : `cả ${n} ô`} loại "${title}"`,
  normalise: 'Chuẩn hoá khoảng trắng và Unicode',
  normaliseHelp: 'Trong các bảng nhiệm vụ: bỏ khoảng trắng thừa, khoảng trắng không ngắt, ký tự ẩn và đưa chữ về dạng Unicode dựng sẵn (NFC). Chữ xuống dòng được giữ.',
  nothingToNormalise: 'Không có ô nào cần chuẩn hoá.',
  previewTitle: (n: number) => `Xem trước ${n} thay đổi`,
  previewNote: 'Chưa có gì thay đổi. Kiểm tra từng dòng rồi bấm "Áp dụng".',
  before: 'Hiện tại',
  after: 'Sẽ thành',
  confirm: (n: number) => `Áp dụng ${n} thay đổi`,
  cancel: 'Huỷ',
  applying: 'Đang sửa…',
  applied: (a: number, s: number) =>
    `Đã sửa ${a} ô.${s ? ` Bỏ qua ${s} ô vì giá trị đã đổi từ lúc xem trước.` : ''}`,
  undo: 'Hoàn tác',
  undoing: 'Đang hoàn tác…',
  undone: (r: number, s: number) =>
    r === 0 && s === 0
      ? 'Không có thay đổi nào để hoàn tác.'
      : `Đã khôi phục ${r} ô.${s ? ` Bỏ qua ${s} ô vì giá trị đã bị sửa tiếp sau đó.` : ''}`,
  journal: 'Nhật ký thay đổi',
  showJournal: 'Xem nhật ký',
  journalEmpty: 'Chưa có thay đổi nào.',
  journalUndone: 'đã hoàn tác',
  journalSkipped: (reason?: 'changed' | 'missing' | 'moved'): string =>
    reason === 'missing'
      ? 'không hoàn tác: trang tính hoặc ô không còn'
      : reason === 'moved'
        ? 'không hoàn tác: dòng đã dời chỗ (chèn, xóa hoặc sắp xếp dòng), ô này giờ là của nhiệm vụ khác'
        : 'không hoàn tác: ô đã bị sửa sau khi CTCT ghi, giữ nguyên giá trị đó',
  recheckFailed: 'Đã ghi xong, nhưng không kiểm tra lại được: các phát hiện dưới đây có thể đã cũ.',
  findingsStale: 'Các phát hiện cũ đã được ẩn vì bảng vừa thay đổi. Hãy bấm "Kiểm tra lại" ở thẻ Kiểm tra.',
  journalOld: 'Giá trị cũ',
  journalNew: 'Giá trị mới',
  emptyValue: '(trống)',

  // Summary sheet
  summaryHelp:
    'Ghi hoặc làm mới trang "Tổng hợp": số nhiệm vụ theo quý và đơn vị, theo lãnh đạo, theo trạng thái; số khai báo và thực có; nhiệm vụ còn thiếu thông tin; biểu đồ. Chỉ trang đó được thay.',
  writeSummary: 'Ghi trang Tổng hợp',
  writingSummary: 'Đang ghi trang Tổng hợp…',
  summaryWritten: (sheet: string) => `Đã ghi trang "${sheet}".`,
  summaryKeptEdits: (n: number, sheet: string) =>
    `Trang "${sheet}" cũ đã được sửa hoặc gõ thêm sau lần CTCT ghi trước (hoặc CTCT không có bản ghi của lần đó): ${n} ô cũ khác với bảng mới đã được lưu vào nhật ký (trang ẩn CTCT_NhatKy) trước khi làm mới; bấm "Hoàn tác" để đặt lại.`,
  summaryReplaced: (sheet: string) =>
    `Phiên bản Excel này chưa chép được vùng ô (cần ExcelApi 1.9): trang "${sheet}" đã được xóa và ghi lại thay vì làm mới tại chỗ; công thức hay biểu đồ ở trang khác trỏ tới trang đó nay báo lỗi #REF! và cần trỏ lại.`,
  summaryRefreshFailed: (sheet: string, code: string) =>
    `Excel không làm mới được trang "${sheet}" tại chỗ (${code}); trang đó đã được xóa và ghi lại đầy đủ. Công thức hay biểu đồ ở trang khác trỏ tới trang đó nay báo lỗi #REF! và cần trỏ lại.`,
  summaryLeftBelow: (sheet: string, row: number) =>
    `Trang "${sheet}" có dữ liệu từ dòng ${row.toLocaleString('vi-VN')} trở xuống, ngoài phần CTCT đọc và làm mới: phần đó được giữ nguyên, không vào nhật ký. Nếu không cần, hãy tự xóa.`,
  summaryLost: (charts: string[], names: string[]) =>
    `Trang cũ được xóa và ghi lại nên không còn những gì anh/chị đã thêm vào đó: ${[charts.length ? `biểu đồ ${charts.map((c) => `"${c}"`).join(', ')}` : '', names.length ? `tên ${names.map((n) => `"${n}"`).join(', ')} (Name Manager)` : ''].filter(Boolean).join('; ')}. Hãy tạo lại trên trang mới nếu cần.`,
  summaryScope: 'Tổng hợp từ',
  summaryScopeWorkbook: 'Mọi trang chương trình của sổ',
  summaryScopeActive: 'Chỉ trang tính đang mở',
  summaryCovers: (sheets: string[]) =>
    sheets.length === 0 ? 'Không có trang nào có bảng nhiệm vụ.' : `Tính từ ${sheets.length} trang tính: ${sheets.join(', ')}.`,

  // Tracker sheet
  trackerHelp:
    'Tạo hoặc cập nhật trang "Theo dõi" (một dòng mỗi nhiệm vụ). Trạng thái, ngày hoàn thành, kết quả đã nhập, cột và ghi chú bạn tự thêm được giữ nguyên theo từng nhiệm vụ, độ rộng cột và cột bạn ẩn cũng vậy; dòng bạn gõ thêm không phải nhiệm vụ (dòng tổng, ghi chú) được đặt lại dưới các nhiệm vụ; nhiệm vụ không còn trong bảng được đánh dấu chứ không bị xoá.',
  writeTracker: 'Cập nhật trang Theo dõi',
  writingTracker: 'Đang cập nhật trang Theo dõi…',
  trackerWritten: (sheet: string) => `Đã cập nhật trang "${sheet}".`,
  trackerReplaced: (sheet: string) =>
    `Phiên bản Excel này chưa chép được vùng ô (cần ExcelApi 1.9): trang "${sheet}" đã được xóa và ghi lại thay vì cập nhật tại chỗ. Những gì đã nhập ở đó vẫn được giữ, nhưng công thức, biểu đồ hay PivotTable ở trang khác trỏ tới trang hay bảng của nó nay báo lỗi #REF! và cần trỏ lại.`,
  trackerTableRebuilt: (sheet: string, table: string, reason: 'no-resize' | 'moved') =>
    `${
      reason === 'no-resize'
        ? `Phiên bản Excel này chưa đổi được kích thước bảng (cần ExcelApi 1.13): bảng "${table}" của trang "${sheet}"`
        : `Bảng "${table}" không còn bắt đầu ở ô A1 của trang "${sheet}" nên`
    } đã được chuyển thành vùng ô thường và tạo lại với cùng tên, thay vì nới rộng. Những gì đã nhập vẫn được giữ, nhưng kiểu bảng đã chọn trở về mặc định, slicer của bảng không còn, và công thức hay PivotTable ở trang khác dùng tên bảng (như ${table}[Trạng thái]) nay trỏ tới vùng ô cũ cố định, không tính nhiệm vụ mới: cần trỏ lại tới bảng.`,
  trackerAdded: 'Thêm mới',
  trackerKept: 'Giữ nguyên',
  trackerVanished: 'Không còn trong bảng',
  trackerNotesNotAdded: (n: number, sheet: string) =>
    `Excel không nhận ${n} ghi chú bạn đã viết ở trang "${sheet}" cũ: chúng chưa có trên trang mới. Hãy thêm lại theo danh sách dưới đây, mỗi ghi chú với ô của nó:`,

  // Directory
  directoryHelp:
    'Danh mục đơn vị và lãnh đạo dùng để kiểm tra tên. Chèn danh mục mặc định thành trang "Danh mục" rồi sửa ngay trong Excel; khi sổ có trang này, tiện ích dùng nó. Trang đã sửa không bao giờ bị ghi đè.',
  insertDirectory: 'Chèn trang Danh mục mặc định',
  insertingDirectory: 'Đang chèn trang Danh mục…',
  directoryInserted: (sheet: string) => `Đã chèn trang "${sheet}". Sửa trực tiếp trong Excel; lần kiểm tra sau sẽ dùng nó.`,
  readDirectory: 'Đọc danh mục trong sổ',
  readingDirectory: 'Đang đọc danh mục…',
  directoryFound: (periods: number, units: number, leaders: number) =>
    `Sổ có trang "Danh mục": ${periods} giai đoạn, ${units} đơn vị, ${leaders} lãnh đạo. Các lần kiểm tra sẽ dùng danh mục này.`,
  directoryNone: 'Sổ chưa có trang "Danh mục": dùng danh mục mặc định.',

  // Standalone page
  standaloneIntro:
    'Mở một hoặc nhiều tệp Chương trình công tác (.xlsx) để xem số nhiệm vụ theo quý, tháng, đơn vị, lãnh đạo và các chỗ cần sửa.',
  privacy: 'Mọi xử lý diễn ra ngay trong trình duyệt này: không tệp nào rời khỏi máy của bạn.',
  pickFiles: 'Chọn tệp .xlsx',
  pickFilesLabel: 'Chọn một hoặc nhiều tệp Excel .xlsx để kiểm tra',
  dropHere: 'hoặc kéo thả tệp vào đây',
  dropActive: 'Thả tệp để kiểm tra',
  sample: 'Xem thử với tệp mẫu',
  loading: 'Đang đọc và kiểm tra tệp…',
  loadingFile: (name: string) => `Đang đọc "${name}"…`,
  files: 'Tệp đã mở',
  allFiles: (n: number) => `Tất cả (${n} tệp)`,
  view: 'Xem',
  fileTasks: (n: number) => `${n} nhiệm vụ`,
  fileOwnDirectory: 'theo trang Danh mục của tệp',
  missingSheets: (names: readonly string[]) =>
    `tệp hỏng một phần: ${sheetsPhrase(names)} có tên trong tệp nhưng mất nội dung, không được kiểm tra, không được tính và không có trong bản tải về; các trang khác vẫn được kiểm tra`,
  leftOutSummary: 'bảng tổng hợp do CTCT ghi ra: không kiểm tra như một chương trình, không tính vào tổng hợp chung',
  leftOutCopy: ({ original, tracker, programmeDiffers, trackerUnused }: CopyLeftOut) =>
    `bản sao đánh dấu của "${original}": không tính lần nữa${tracker ? `; trạng thái ở trang “Theo dõi” của nó được tính cho "${original}"` : ''}${
      trackerUnused?.why === 'own'
        ? `; "${original}" có trang “Theo dõi” riêng, trang đó được dùng, trạng thái ở trang “Theo dõi” của bản sao này không được tính`
        : trackerUnused?.why === 'other-copy'
          ? `; trang “Theo dõi” của bản sao "${trackerUnused.copy}" được dùng, trạng thái ở trang “Theo dõi” của bản sao này không được tính`
          : trackerUnused?.why === 'failed'
            ? `; không kiểm tra được "${original}" cùng trang “Theo dõi” của bản sao này: trạng thái ghi ở đó không được tính, "${original}" được tính một mình, và bản tải về của "${original}" không mang trang “Theo dõi” này (hãy giữ bản sao này)`
            : ''
    }${programmeDiffers ? `; chương trình trong bản sao khác tệp gốc, chương trình của "${original}" được dùng` : ''}; tải bản sao mới ở dòng "${original}"`,
  leftOutSuperseded: (copy: string) => `không tính: chương trình trong bản sao đánh dấu "${copy}" đã được sửa sau khi CTCT ghi ra, "${copy}" được dùng thay cho tệp này`,
  leftOutSame: (other: string) => `cùng nội dung với "${other}": chỉ kiểm tra một lần`,
  unpairedCopy: (named: string) => `bản sao đánh dấu ghi ra từ một tệp tên như "${named}" nhưng không có nhiệm vụ nào chung với tệp đó: được kiểm tra và tính như một chương trình riêng`,
  removeFile: (name: string) => `Bỏ tệp "${name}"`,
  remove: 'Bỏ',
  download: 'Tải về',
  downloadLabel: (name: string) => `Tải về bản "${name}" đã đánh dấu, kèm trang Tổng hợp và Theo dõi`,
  downloadSummary: 'Tải về bảng tổng hợp các tệp',
  preparingDownload: 'Đang tạo tệp tải về…',
  copyLost: (copy: string, file: string, parts: readonly LostPart[]) => copyLostNote(copy, file, parts),
  copyEdited: (copy: string, from: string, sheets: readonly string[]) =>
    `Lưu ý: bản sao "${from}" đã được sửa sau khi CTCT ghi (${sheetsPhrase(sheets)}); "${copy}" làm lại từ tệp gốc nên không có những chỗ sửa đó: hãy giữ lại "${from}".`,
  copySheetsLost: (copy: string, from: string, sheets: readonly string[]) =>
    `Lưu ý: hình ảnh và bảng (Format as Table) ở ${sheetsPhrase(sheets)} người dùng đã thêm vào bản sao "${from}" không chép được sang "${copy}" (các trang đó được chép, thiếu những phần này): hãy giữ lại "${from}".`,
  fileError: (name: string) => `Không đọc được tệp "${name}". Hãy kiểm tra đó là tệp Excel .xlsx.`,
  sampleError: 'Không tải được tệp mẫu.',
  context: 'Ô đang chọn',
  contextTask: 'Nhiệm vụ',
  contextValue: 'Giá trị trong ô',
  contextNoTask: 'Ô này không thuộc nhiệm vụ nào.',
  notInExcel: 'Trang này là bảng điều khiển của tiện ích trong Excel.',
  openStandalone: 'Ngoài Excel, hãy mở trang kiểm tra tệp',
};

export type Dict = typeof vi;

const quotedEn = (names: readonly string[] = []) => names.map((n) => `"${n}"`).join(', ');

const LOST_EN: Record<LostKind, (p: LostPart) => string> = {
  charts: () => 'charts',
  'chart-sheets': () => 'chart sheets',
  'pivot-tables': () => 'PivotTables',
  slicers: () => 'slicers',
  'threaded-comments': () => 'threaded comments',
  macros: () => 'macros (VBA)',
  'external-names': (p) => `defined names ${quotedEn(p.names)} (pointing into another workbook)`,
  'x14-formats': (p) => `Excel 2010 conditional formats (icon sets, data bars, rules using another sheet's cells) of ${(p.names?.length ?? 0) > 1 ? 'sheets' : 'sheet'} ${quotedEn(p.names)}`,
};

const lostPartEn = (p: LostPart) => LOST_EN[p.kind](p);

const en: Dict = {
  lang: 'en',
  appTitle: 'CTCT — Work programme checker',
  appSubtitle: 'Department of Science and Technology, Quảng Ngãi',
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển sang tiếng Việt',

  running: 'Working…',
  genericError: 'Something went wrong. Try again; if it persists, tell the department office (Văn phòng Sở).',
  errorTitle: 'Could not finish',

  tabs: 'Actions',
  tabCheck: 'Check',
  tabMark: 'Mark',
  tabFix: 'Fix',
  tabSummary: 'Summary',
  tabTracker: 'Tracker',
  tabDirectory: 'Directory',

  scope: 'What to check',
  scopeActive: 'Active sheet',
  scopeWorkbook: 'Whole workbook',
  period: 'Directory period',
  periodAuto: "Automatic (from the sheet's year)",
  periodLabel: (id, from) => `${id} (from ${formatDate(from, 'en')})`,
  periodUsed: (periods, source) => {
    const how = source === 'option' ? 'chosen by you' : source === 'sheet' ? 'read from the sheet' : 'default';
    if (periods.length < 2) return `Period used: ${periods[0]?.period ?? ''} (${how})`;
    return `Periods used (${how === 'read from the sheet' ? 'read from the sheets' : how}): ${periods.map((p) => `${p.period} for ${p.sheets.join(', ')}`).join('; ')}`;
  },
  check: 'Check',
  recheck: 'Check again',
  checking: 'Reading and checking the table…',
  autoRecheck: 'Check again when the sheet changes',
  autoRecheckUnsupported: 'This Excel does not report sheet changes (needs ExcelApi 1.7): press "Check again".',
  checkIdle: 'Press "Check" to read the table and find gaps, wrong names and count mismatches.',
  checkedAt: (n, sheets) => `Checked ${n} tasks in ${sheets} sheet(s).`,
  noTaskTableSheet: (sheet) =>
    `No task table found in the sheet "${sheet}": it needs a header row with columns such as "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo". Open the sheet with the work programme and check again, or choose "Whole workbook".`,
  noTaskTableWorkbook: (workbook) =>
    `No task table found in ${workbook ? `the workbook "${workbook}"` : 'this workbook'}: a sheet needs a header row with columns such as "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo".`,
  sheetUnhidden: (sheet) => `The sheet "${sheet}" was hidden; it has been unhidden to select the cell.`,
  directoryFromSheet: 'Using the directory from this workbook\'s "Danh mục" sheet.',
  directoryDefault: 'Using the default directory.',
  featureMissing: {
    notes:
      'This Excel (or the Office.js copy CTCT ships) does not support notes on cells (needs ExcelApi 1.18): cells with problems are only filled; read the problems in the CTCT pane.',
    dataValidation:
      'This Excel does not support drop-down lists in cells (needs ExcelApi 1.8): the "Trạng thái" column of the "Theo dõi" sheet has to be typed.',
    rangeAreas:
      'This Excel cannot work on several ranges at once (needs ExcelApi 1.9): cells are filled one by one, more slowly, with the same result.',
    events: 'This Excel does not report sheet changes (needs ExcelApi 1.7): after editing, press "Check again".',
    hiddenSheets:
      'This Excel cannot hide sheets (needs ExcelApi 1.4): the sheets "CTCT_NhatKy" and "CTCT_DanhDau" will show; please do not edit or delete them, they are used to undo changes and remove marks.',
    mergedAreas:
      'This Excel cannot read merged cells (needs ExcelApi 1.13): merged cells are read as ordinary cells, so rows inside a merged area may be reported as missing a unit or a leader.',
    pageLayout:
      'This Excel cannot set up printing (needs ExcelApi 1.9): when printing the "Tổng hợp" sheet, choose A4 landscape yourself.',
    names:
      'This Excel does not support sheet-scoped names (needs ExcelApi 1.4): CTCT does not overwrite an existing "Tổng hợp" or "Theo dõi" sheet but adds a new sheet next to it.',
  },
  inputErrorLeads: {
    'bad-directory': "The workbook's directory (the \"Danh mục\" sheet) cannot be used; fix the row named here (in Vietnamese):",
    'unknown-period': 'That period is not in the directory in use (details in Vietnamese):',
    'no-such-sheet': 'No sheet of that name (details in Vietnamese):',
    'no-task-table': 'No task table was found (details in Vietnamese):',
    'not-found': 'Not found (details in Vietnamese):',
    'cannot-write': 'Could not write (details in Vietnamese):',
  },
  excelErrors: {
    byCode: {
      InvalidOperationInCellEditMode: () => 'Excel is editing a cell: press Enter or Esc, then try again.',
      ItemNotFound: () => 'The sheet or cell CTCT needs was not found: it may just have been renamed or deleted. Check, then try again.',
      AccessDenied: () => 'Excel does not allow this: the sheet or the workbook may be protected or read-only.',
      InsertDeleteConflict: () => 'Cannot write: the range overlaps another table or merged area.',
      InvalidArgument: () => 'Excel refused the data CTCT sent (invalid argument). Try again; if it persists, tell the department office (Văn phòng Sở).',
      ExcelTooOld: () =>
        'This Excel is too old for the CTCT add-in (it needs ExcelApi 1.7: Excel 2019 or later, Microsoft 365, Excel on the web or on the Mac). With Excel 2016, use the CTCT page outside Excel or the ctct command: the check is the same.',
      ApiNotFound: () => 'This Excel lacks a feature CTCT needs; update Excel or use Excel on the web.',
      ResponsePayloadSizeLimitExceeded: () =>
        'The sheet is too large for Excel on the web to send at once; narrow the data range or check one sheet at a time.',
      RequestPayloadSizeLimitExceeded: () => 'The data to write is too large for Excel on the web; try with fewer cells.',
      PayloadTooLarge: () => 'The data is too large for Excel on the web; try with fewer cells.',
      RangeExceedsLimit: () => 'The data range exceeds the number of cells Excel lets CTCT read at once.',
      InactiveWorkbook: () => 'The workbook is no longer open: open it again, then try again.',
      Conflict: () => 'Someone else edited the workbook at the same time; try again.',
      SheetHidden: (p) =>
        `The sheet "${p.sheet}" is hidden, so cell ${p.address} cannot be selected: unhide it (right-click a sheet's tab → Unhide), then select the finding again.`,
      SummaryNotWritten: (p) =>
        `Excel could not write the "${p.sheet}" sheet (${p.detail}), not even anew on a new sheet: it may be empty or half written. The ${p.cells} cells you had changed there are kept in the journal (hidden sheet CTCT_NhatKy, batch ${p.batch}): press "Undo" to put them back, then "Write the summary sheet" to write the summary again.`,
      SummaryRefused: (p) =>
        `Excel could not write the "${p.sheet}" sheet (${p.detail}), not even anew on a new sheet, and dropped the whole write: the sheet is as it was before you pressed the button, and the cells you had changed there are still there. Try again later; if it persists, tell the department office (Văn phòng Sở).`,
      SummaryRefreshRefused: (p) =>
        `Excel could not refresh the "${p.sheet}" sheet (${p.detail}) and dropped the whole write: the sheet is as it was before you pressed the button, and the cells you had changed there are still there. CTCT does not delete and write the sheet again, so its charts, names and the formulas on other sheets pointing to it are not lost. Try again; if it persists, rename or delete the "${p.sheet}" sheet, then press "Write the summary sheet" for CTCT to write a new one.`,
      DirectoryEdited: (p) =>
        `The workbook's own directory is the "${p.sheet}" sheet (edited, or under another name), so CTCT does not overwrite it or add another: every edit is kept and checks still use it. To start again from the default directory, rename or delete the "${p.sheet}" sheet, then press the button again.`,
    },
    other: (p) => `Excel reported an error while CTCT was working on the workbook${p.detail ? ` (${p.detail})` : ''}. Try again.`,
  },

  findings: 'Findings',
  findingsCount: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  shownOf: (shown, all) => `Showing ${shown} of ${all} findings`,
  noFindings: 'No findings.',
  noFindingsFiltered: 'No finding matches the filters.',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  severityOne: { error: 'Error', warning: 'Warning', info: 'Info' },
  filterSeverity: 'Severity',
  filterCode: 'Kind',
  filterUnit: 'Unit',
  filterFile: 'File',
  all: 'All',
  groupBy: 'Group by',
  groupByCode: 'Kind',
  groupByUnit: 'Lead unit',
  noUnit: '(no unit)',
  selectFindingHint: 'Click a finding to select its cell.',
  showFindingHint: 'Click a finding to see its cell, task and value.',
  mixedYears: (report) => {
    const years = programmeYears(report);
    if (years.length < 2) return null;
    const what = report.files.length > 1 ? 'The files are' : 'The sheets are';
    return `${what} of ${years.length} programme years (${years.join(', ')}): the counts by quarter and month add the years up; summarise each year apart.`;
  },
  suggestion: 'Suggestion',
  fixTo: 'Fix to',
  rowAt: (sheet, row) => `${sheet}, row ${row}:`,

  tasks: 'Tasks',
  tasksCounted: (n) => (n === 1 ? 'task' : 'tasks'),
  byQuarter: 'By quarter',
  quarter: (q) => (/^[1-4]$/.test(q) ? `Q${q}` : q === '' || q === 'null' ? 'No quarter' : `Q${q}`),
  allYear: 'All year (focus, cross-cutting)',
  allYearColumn: 'All year',
  arisingColumn: 'Arising',
  eachLeader: 'A task directed by several leaders counts for each.',
  unitTableNote: (allYear, arising, eachUnit) =>
    sentence([
      allYear ? '"All year": focus and cross-cutting tasks, in no quarter' : '',
      arising ? '"Arising": tasks arising outside the programme, in no quarter' : '',
      eachUnit ? 'a task with several lead units counts for each' : '',
    ]),
  byMonth: 'By month',
  month: (m) => (/^\d+$/.test(m) ? `Month ${m}` : 'No month'),
  byUnit: 'By lead unit',
  byLeader: 'By leader',
  byStatus: 'By status',
  statusFromTracker: (n, all) => `Statuses of ${n}/${all} tasks come from the "Theo dõi" sheet; the others from the source table.`,
  sections: 'Declared vs actual task counts',
  sectionsWithKpi: 'Declared vs actual task and KPI counts',
  section: 'Section',
  declared: 'Declared',
  actual: 'Actual',
  mismatch: 'off',
  count: 'Count',
  missing: 'Tasks missing information',
  missingLead: 'No lead unit',
  missingLeader: 'No leader',
  missingProduct: 'No product',
  overdue: 'Overdue',
  important: 'Important tasks',
  kpis: (n, parts) => `${n} target${n === 1 ? '' : 's'} (KPIs)${parts ? `, plus ${parts} sub-indicator${parts === 1 ? '' : 's'}` : ''}`,
  arisingAmong: (n) => `of which ${n} arising outside the programme`,
  arisingTask: 'arising outside the programme',
  sourceSays: (status, source) => `"${status}" in "Theo dõi", the source says "${source}"`,
  kpiSection: 'targets',
  proposals: (d, a, j) => `Proposals: drop ${d}, add ${a}, adjust ${j}`,
  noData: 'No data yet.',
  unknown: '(unknown)',
  none: '(none)',
  noStatus: 'Not updated',
  fileErrorByCode: {
    'not-xlsx': (name) => `"${name}" is not an Excel .xlsx workbook: if it is a spreadsheet saved another way (.csv, .ods…), open it in Excel, save it as an Excel Workbook (.xlsx) and check that copy.`,
    empty: (name) => `"${name}" is empty (0 bytes), not an Excel .xlsx workbook: copy or download it again, or open the original workbook in Excel and save it as an Excel Workbook (.xlsx).`,
    'legacy-xls': (name) => `"${name}" is an old Excel .xls file: open it in Excel, save it as an Excel Workbook (.xlsx) and check that copy.`,
    xlsb: (name) => `"${name}" is an Excel Binary Workbook (.xlsb): open it in Excel, save it as an Excel Workbook (.xlsx) and check that copy.`,
    encrypted: (name) => `"${name}" is protected by a password: remove the password in Excel (File › Info › Protect Workbook) and check it again.`,
    'no-task-table': (name) =>
      `No task table found in "${name}": a sheet needs a header row with columns such as "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo".`,
    unreadable: (name) => `Could not read "${name}". Check that it is an Excel .xlsx file.`,
  },
  others: (n) => `and ${n} more`,
  sharedTasks: 'Tasks in several files (each counted once)',
  sharedCounted: (status) => `counted as "${status}"`,
  statusesDiffer: 'statuses differ',
  statusReason: (x) => {
    const from = x.copies.find((c) => c.counted);
    if (!x.statusesDiffer || !x.statusRule || !from) return null;
    if (x.statusRule === 'lead-unit') return `as written in the own file of the lead unit ${from.unit ?? ''} (${from.file})`;
    if (x.statusRule === 'lead-units-least') return `the lead units' own files differ: the least advanced of theirs (${from.file})`;
    return `no lead unit's own file writes one: the least advanced written (${from.file})`;
  },
  notWritten: 'not written',
  moreTasks: (n) => `… and ${n} more tasks`,

  markHelp: "Fill (and add a note to, where Excel supports it) the findings' cells. Cell values do not change.",
  markButton: "Mark the findings' cells",
  marking: 'Marking…',
  marked: (n, notes) => `Marked ${n} cells${notes ? ' (fill and note).' : ' (fill only; this Excel does not support notes).'}`,
  clearMarks: 'Remove all marks',
  clearing: 'Removing marks…',
  cleared: (n) => `Removed the marks from ${n} cells and restored their previous fill.`,

  fixHelp: 'Every change is previewed: no cell changes before you confirm. Each change is journaled and can be undone.',
  fixable: 'Findings that can be fixed automatically',
  fixableNone: 'No finding can be fixed automatically.',
  previewOne: 'Preview',
  previewOneLabel: (address) => `Preview the fix of cell ${address}`,
  previewAll: (n) => (n === 1 ? 'Preview 1 cell' : `Preview all ${n} cells`),
  previewAllLabel: (n, title) => `Preview the fix of ${n === 1 ? '1 cell' : `all ${n} cells`} of kind "${title}"`,
  normalise: 'Normalise spaces and Unicode',
  normaliseHelp: 'In task tables: removes extra and non-breaking spaces and hidden characters, and converts text to composed Unicode (NFC). Line breaks are kept.',
  nothingToNormalise: 'No cell needs normalising.',
  previewTitle: (n) => `Preview of ${n} change${n === 1 ? '' : 's'}`,
  previewNote: 'Nothing has changed yet. Check each line, then press "Apply".',
  before: 'Now',
  after: 'Will be',
  confirm: (n) => `Apply ${n} change${n === 1 ? '' : 's'}`,
  cancel: 'Cancel',
  applying: 'Fixing…',
  applied: (a, s) => `Fixed ${a} ${a === 1 ? 'cell' : 'cells'}.${s ? ` Skipped ${s} ${s === 1 ? 'cell' : 'cells'} whose value changed since the preview.` : ''}`,
  undo: 'Undo',
  undoing: 'Undoing…',
  undone: (r, s) => (r === 0 && s === 0 ? 'Nothing to undo.' : `Restored ${r} cells.${s ? ` Skipped ${s} cells edited again since.` : ''}`),
  journal: 'Change journal',
  showJournal: 'Show the journal',
  journalEmpty: 'No change yet.',
  journalUndone: 'undone',
  journalSkipped: (reason) =>
    reason === 'missing'
      ? 'not undone: the sheet or cell is gone'
      : reason === 'moved'
        ? 'not undone: the row moved (rows inserted, deleted or sorted); the cell is now another task\'s'
        : 'not undone: the cell was edited after CTCT wrote it, that value kept',
  recheckFailed: 'The change was written, but checking again failed: the findings below may be out of date.',
  findingsStale: 'The old findings are hidden because the table just changed. Press "Check again" on the Check tab.',
  journalOld: 'Old value',
  journalNew: 'New value',
  emptyValue: '(empty)',

  summaryHelp:
    'Writes or refreshes the "Tổng hợp" sheet: tasks per quarter and unit, per leader, per status; declared vs actual; tasks missing information; a chart. Only that sheet is replaced.',
  writeSummary: 'Write the summary sheet',
  writingSummary: 'Writing the summary sheet…',
  summaryWritten: (sheet) => `Wrote the "${sheet}" sheet.`,
  summaryKeptEdits: (n, sheet) =>
    `The old "${sheet}" sheet was changed or typed in after CTCT last wrote it (or CTCT has no record of that write): its ${n} cells that differ from the new summary were saved in the journal (hidden sheet CTCT_NhatKy) before the refresh; press "Undo" to put them back.`,
  summaryReplaced: (sheet) =>
    `This Excel cannot copy ranges (needs ExcelApi 1.9): the "${sheet}" sheet was deleted and written again instead of refreshed in place; formulas or charts on other sheets pointing to it now show #REF! and need pointing again.`,
  summaryRefreshFailed: (sheet, code) =>
    `Excel could not refresh the "${sheet}" sheet in place (${code}); it was deleted and written again in full. Formulas or charts on other sheets pointing to it now show #REF! and need pointing again.`,
  summaryLeftBelow: (sheet, row) =>
    `The "${sheet}" sheet has data from row ${row.toLocaleString('en-US')} down, beyond what CTCT reads and refreshes: it was left as it was, not journaled. Delete it yourself if it is not needed.`,
  summaryLost: (charts, names) =>
    `The old sheet was deleted and written again, so what you had added to it is gone: ${[charts.length ? `chart${charts.length > 1 ? 's' : ''} ${charts.map((c) => `"${c}"`).join(', ')}` : '', names.length ? `name${names.length > 1 ? 's' : ''} ${names.map((n) => `"${n}"`).join(', ')} (Name Manager)` : ''].filter(Boolean).join('; ')}. Make them again on the new sheet if needed.`,
  summaryScope: 'Summarise',
  summaryScopeWorkbook: "Every programme sheet of the workbook",
  summaryScopeActive: 'Only the active sheet',
  summaryCovers: (sheets) =>
    sheets.length === 0 ? 'No sheet has a task table.' : `Counted from ${sheets.length} sheet${sheets.length === 1 ? '' : 's'}: ${sheets.join(', ')}.`,

  trackerHelp:
    'Creates or updates the "Theo dõi" sheet (one row per task). Statuses, completion dates and results typed there, and the columns and notes you added, are kept with their task, and so are the column widths you set and the columns you hid; lines you added that are not tasks (a total, a remark) go back under the tasks; tasks no longer in the table are marked, never deleted.',
  writeTracker: 'Update the tracker sheet',
  writingTracker: 'Updating the tracker sheet…',
  trackerWritten: (sheet) => `Updated the "${sheet}" sheet.`,
  trackerReplaced: (sheet) =>
    `This Excel cannot copy ranges (needs ExcelApi 1.9): the "${sheet}" sheet was deleted and written again instead of being refreshed in place. What was typed there is kept, but formulas, charts or PivotTables on other sheets that pointed to the sheet or its table now show #REF! and must be pointed to it again.`,
  trackerTableRebuilt: (sheet, table, reason) =>
    `${
      reason === 'no-resize'
        ? `This Excel cannot resize tables (needs ExcelApi 1.13): the "${table}" table of the "${sheet}" sheet`
        : `The "${table}" table no longer began at cell A1 of the "${sheet}" sheet, so it`
    } was turned into a plain range and made again under the same name instead of being resized. What was typed is kept, but the table style chosen is back to the default, the table's slicers are gone, and formulas or PivotTables on other sheets that used the table's name (such as ${table}[Trạng thái]) now point to the old fixed cells, without the new tasks: point them to the table again.`,
  trackerAdded: 'Added',
  trackerKept: 'Kept',
  trackerVanished: 'No longer in the table',
  trackerNotesNotAdded: (n, sheet) =>
    `Excel would not take ${n === 1 ? '1 note' : `${n} notes`} you wrote on the old "${sheet}" sheet: ${n === 1 ? 'it is' : 'they are'} not on the new one yet. Add ${n === 1 ? 'it' : 'them'} again from the list below, each with its cell:`,

  directoryHelp:
    'The directory of units and leaders used to check names. Insert the default one as a "Danh mục" sheet and edit it in Excel; when the workbook has that sheet, the add-in uses it. A sheet you edited is never overwritten.',
  insertDirectory: 'Insert the default directory sheet',
  insertingDirectory: 'Inserting the directory sheet…',
  directoryInserted: (sheet) => `Inserted the "${sheet}" sheet. Edit it in Excel; the next check uses it.`,
  readDirectory: "Read the workbook's directory",
  readingDirectory: 'Reading the directory…',
  directoryFound: (periods, units, leaders) =>
    `The workbook has a "Danh mục" sheet: ${periods} period(s), ${units} units, ${leaders} leaders. Checks use it.`,
  directoryNone: 'The workbook has no "Danh mục" sheet: the default directory is used.',

  standaloneIntro:
    'Open one or several work-programme workbooks (.xlsx) to see task counts per quarter, month, unit and leader, and what needs fixing.',
  privacy: 'Everything happens in this browser: no file leaves your computer.',
  pickFiles: 'Choose .xlsx files',
  pickFilesLabel: 'Choose one or several Excel .xlsx files to check',
  dropHere: 'or drop files here',
  dropActive: 'Drop the files to check them',
  sample: 'Try the sample workbook',
  loading: 'Reading and checking files…',
  loadingFile: (name) => `Reading "${name}"…`,
  files: 'Open files',
  allFiles: (n) => `All (${n} file${n === 1 ? '' : 's'})`,
  view: 'View',
  fileTasks: (n) => `${n} task${n === 1 ? '' : 's'}`,
  fileOwnDirectory: "checked against the file's Danh mục sheet",
  missingSheets: (names) =>
    `partly damaged file: the ${names.length > 1 ? 'sheets' : 'sheet'} ${names.map((n) => `“${n}”`).join(', ')} ${names.length > 1 ? 'are' : 'is'} listed in the file but ${names.length > 1 ? 'their' : 'its'} content is missing: not checked, not counted, not in the download; the other sheets are checked`,
  leftOutSummary: 'a summary written by CTCT: not checked as a programme, not counted in the combined summary',
  leftOutCopy: ({ original, tracker, programmeDiffers, trackerUnused }) =>
    `marked copy of "${original}": not counted again${tracker ? `; the statuses in its “Theo dõi” sheet count for "${original}"` : ''}${
      trackerUnused?.why === 'own'
        ? `; "${original}" has a “Theo dõi” sheet of its own, which is used: the statuses in this copy's “Theo dõi” do not count`
        : trackerUnused?.why === 'other-copy'
          ? `; the “Theo dõi” sheet of the copy "${trackerUnused.copy}" is used: the statuses in this copy's “Theo dõi” do not count`
          : trackerUnused?.why === 'failed'
            ? `; "${original}" could not be checked with this copy's “Theo dõi” sheet: the statuses there do not count, "${original}" is counted alone, and the download of "${original}" does not carry that sheet on (keep this copy)`
            : ''
    }${programmeDiffers ? `; its programme differs from the original's, the programme of "${original}" is used` : ''}; download the new copy from the "${original}" line`,
  leftOutSuperseded: (copy) => `not counted: the programme in the marked copy "${copy}" was edited after CTCT wrote it, "${copy}" is used instead of this file`,
  leftOutSame: (other) => `same content as "${other}": checked once`,
  unpairedCopy: (named) => `a marked copy made from a file named like "${named}", but it has no task in common with that file: checked and counted as a programme of its own`,
  removeFile: (name) => `Remove "${name}"`,
  remove: 'Remove',
  download: 'Download',
  downloadLabel: (name) => `Download "${name}" with findings marked, plus the summary and tracker sheets`,
  downloadSummary: 'Download the combined summary',
  preparingDownload: 'Preparing the download…',
  copyEdited: (copy, from, sheets) =>
    `Note: the copy "${from}" was edited after CTCT wrote it (${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${quotedEn(sheets)}); "${copy}" is made again from the original file, without those edits: keep "${from}".`,
  copySheetsLost: (copy, from, sheets) =>
    `Note: the pictures and tables (Format as Table) on ${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${quotedEn(sheets)} users added to the copy "${from}" could not be carried into "${copy}" (the sheets are, without them): keep "${from}".`,
  copyLost: (copy, file, parts) =>
    `Note: the copy "${copy}" does not keep the ${parts.map(lostPartEn).join(', ')} of "${file}" (the library that writes it cannot); the original file is unchanged.`,
  fileError: (name) => `Could not read "${name}". Check that it is an Excel .xlsx file.`,
  sampleError: 'Could not load the sample workbook.',
  context: 'Selected cell',
  contextTask: 'Task',
  contextValue: 'Cell value',
  contextNoTask: 'This cell belongs to no task.',
  notInExcel: 'This page is the add-in’s task pane in Excel.',
  openStandalone: 'Outside Excel, open the file checker',
};

export const DICTIONARIES: Record<Lang, Dict> = { vi, en };

/** `2025-07-01` → `01/07/2025` (vi) or `1 Jul 2025`-like ISO kept as is (en). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

interface I18nValue {
  lang: Lang;
  t: Dict;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18nValue>({ lang: 'vi', t: vi, setLang: () => undefined });

const STORAGE_KEY = 'ctct.lang';

function initialLang(given?: Lang): Lang {
  if (given) return given;
  try {
    const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage may be blocked (Office on the web in private mode): Vietnamese by default.
  }
  return 'vi';
}

export function I18nProvider({ lang: given, children }: { lang?: Lang; children: React.ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(given));
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted: fine
    }
  }, []);
  const value = useMemo(() => ({ lang, t: DICTIONARIES[lang], setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
