/**
 * Every finding code, its severity and its Vietnamese message template, in one place. The catalog
 * doubles as documentation (README's table and `ctct codes` print it). Codes are stable: tools
 * filter on them. Templates use {name} placeholders.
 */
import { memo } from '../memo';
import type { Field, Severity } from '../report';

export interface CatalogEntry {
  severity: Severity;
  /** Another severity where the finding is in another column (the coordinating column's free text). */
  severityByField?: Partial<Record<Field, Severity>>;
  field: Field;
  /** Short Vietnamese title, for grouping in reports. */
  title: string;
  titleEn: string;
  /** What the check looks at, and why it matters (Vietnamese). */
  description: string;
  message: string;
  suggestion: string | null;
}

export const FINDING_CATALOG = {
  'missing-lead-unit': {
    severity: 'error',
    field: 'lead',
    title: 'Thiếu đơn vị chủ trì',
    titleEn: 'Missing lead unit',
    description: 'Mỗi nhiệm vụ phải có phòng/đơn vị chủ trì. Nội dung nhiệm vụ kết thúc bằng tên một đơn vị trong danh mục ("… số hóa Phòng BCVT&CĐS", như khi chép từ PDF) thì gợi ý ghi đơn vị đó (không tự sửa).',
    message: 'Nhiệm vụ {stt} chưa có phòng/đơn vị chủ trì.',
    suggestion: '{hint}',
  },
  'missing-leader': {
    severity: 'error',
    field: 'leader',
    title: 'Thiếu lãnh đạo chỉ đạo',
    titleEn: 'Missing directing leader',
    description: 'Mỗi nhiệm vụ phải có lãnh đạo Sở chỉ đạo (khi bảng có cột này). Gợi ý sửa: lãnh đạo mà các nhiệm vụ khác của cùng đơn vị chủ trì trong trang tính ghi (khi chỉ có một người), nếu không thì lãnh đạo danh mục ghi là thường chỉ đạo đơn vị đó.',
    message: 'Nhiệm vụ {stt} chưa có lãnh đạo Sở chỉ đạo.',
    suggestion: '{hint}',
  },
  'missing-product': {
    severity: 'error',
    field: 'product',
    title: 'Thiếu sản phẩm',
    titleEn: 'Missing product',
    description: 'Mỗi nhiệm vụ phải nêu sản phẩm đầu ra (khi bảng có cột này).',
    message: 'Nhiệm vụ {stt} chưa có sản phẩm.',
    suggestion: 'Ghi sản phẩm đầu ra, ví dụ "Kế hoạch của Sở", "Báo cáo", "01 lớp".',
  },
  'missing-task': {
    severity: 'error',
    field: 'task',
    title: 'Thiếu nội dung nhiệm vụ',
    titleEn: 'Missing task text',
    description: 'Dòng có số thứ tự và các cột khác nhưng trống nội dung nhiệm vụ.',
    message: 'Dòng số {stt} chưa có nội dung nhiệm vụ.',
    suggestion: null,
  },
  'missing-number': {
    severity: 'warning',
    field: 'stt',
    title: 'Thiếu số thứ tự',
    titleEn: 'Missing number',
    description: 'Một nhiệm vụ đầy đủ các cột nhưng chưa được đánh số thứ tự. Nhiệm vụ đó được tính là số kế tiếp (số sau nó không bị báo nhảy cóc); gợi ý số cần đánh khi số ở dòng dưới khớp (giữa các số nhiều cấp là số kế tiếp cùng số mẹ: "1.1", dòng không số, "1.3" gợi ý 1.2; sau "a)" gợi ý b). Nhiệm vụ không số đầu tiên dưới dòng tháng, sau nó là 2 mà tháng trên cũng có, là số 1 của tháng đó: số 2 không bị báo trùng.',
    message: 'Nhiệm vụ "{task}" chưa có số thứ tự.',
    suggestion: 'Đánh số {expected}.',
  },
  'unknown-unit': {
    severity: 'warning',
    // Coordinating units are free text, often outside bodies: a note to read, not a warning.
    severityByField: { coord: 'info' },
    field: 'lead',
    title: 'Đơn vị không có trong danh mục',
    titleEn: 'Unknown unit',
    description: 'Tên phòng/đơn vị không khớp danh mục của kỳ. Cột phối hợp chỉ xét các tên có dạng đơn vị của Sở (Văn phòng Sở…, Tổ…, Phòng…/Trung tâm… viết tắt như của Sở hoặc gần giống một tên trong danh mục), mỗi cách viết báo một lần; tên cơ quan ngoài Sở viết đủ chữ, không viết tắt ("Phòng Tài chính - Kế hoạch"), văn phòng, thanh tra của sở khác ("Thanh tra Sở Tài chính", "Văn phòng Sở Nội vụ") và "Tổ chuyên gia" được bỏ qua. Tên chỉ có ở kỳ sau ("Văn phòng Sở" trong bảng năm 2024) được báo kèm kỳ có tên đó; "TT" đứng một mình được báo kèm các đơn vị có thể là ("Trung tâm" hay "Thanh tra Sở"). "Trung tâm" đứng một mình, khi kỳ của bảng có nhiều trung tâm, không phải tên cũ mà là tên chưa đủ: được tính đúng như đã ghi, không gán cho trung tâm nào, báo kèm các trung tâm của kỳ (không tự sửa). Ở cột phối hợp, kết quả ở mức thông tin.',
    message: 'Đơn vị "{name}" không có trong danh mục kỳ {period}.',
    suggestion: '{hint}',
  },
  'outdated-unit': {
    severity: 'warning',
    // Coordinating units are free text, often outside bodies: a note to read, not a warning.
    severityByField: { coord: 'info' },
    field: 'lead',
    title: 'Tên đơn vị cũ',
    titleEn: 'Outdated unit name',
    description: 'Tên đơn vị của một kỳ trước (đơn vị đã đổi tên hoặc sáp nhập). Tên cũ viết sai ("Tổ chuyên đổi số") được báo bằng tên đúng của đơn vị cũ, gợi ý nêu chỗ viết sai. Ở cột phối hợp, kết quả ở mức thông tin.',
    message: '"{name}" là tên đơn vị kỳ {oldPeriod}; kỳ {period} không còn tên này.',
    // 'Đổi thành "<current name>".', or for a bare "Trung tâm" the units it may be.
    suggestion: '{hint}',
  },
  'unknown-leader': {
    severity: 'warning',
    field: 'leader',
    title: 'Lãnh đạo không có trong danh mục',
    titleEn: 'Unknown leader',
    description: 'Tên lãnh đạo chỉ đạo không khớp danh mục lãnh đạo của kỳ, hoặc chỉ ghi chức danh ("PGĐ Sở", "Phó Giám đốc Sở") mà không rõ là Phó Giám đốc nào.',
    message: 'Lãnh đạo "{name}" {problem}.',
    suggestion: '{hint}',
  },
  'swapped-columns': {
    severity: 'error',
    severityByField: { coord: 'info' },
    field: 'lead',
    title: 'Nhầm cột đơn vị và lãnh đạo',
    titleEn: 'Unit and leader columns swapped',
    description: 'Cột đơn vị chủ trì ghi tên lãnh đạo (cả lãnh đạo chung: "Lãnh đạo Sở", "Các PGĐ Sở", "Ban Giám đốc Sở"), hoặc cột lãnh đạo ghi tên đơn vị (tên đơn vị ghi kèm lãnh đạo, "Lãnh đạo Sở và Văn phòng Sở", "PGĐ Sở Phan Văn Hiếu, Phòng KH-CN": chỉ báo phần tên đơn vị, ở mức cảnh báo; lãnh đạo vẫn được tính; cũng vậy với tên một lãnh đạo ghi kèm đơn vị ở cột đơn vị chủ trì, "Phòng QLKH&ĐMST, PGĐ Sở Phan Văn Hiếu", hay lãnh đạo chung ghi kèm đơn vị, "Phòng QLKH&ĐMST; Lãnh đạo Sở" (không nối bằng "và"): đơn vị vẫn là đơn vị chủ trì; nối bằng "và", "Lãnh đạo Sở và Văn phòng Sở", lãnh đạo cùng chủ trì, không bị báo là đơn vị ngoài danh mục). Cột phối hợp chỉ ghi tên lãnh đạo (không kèm đơn vị) cũng được báo, ở mức thông tin, mỗi cách viết một lần.',
    message: 'Cột {column} ghi "{value}", là {what}.',
    suggestion: 'Chuyển nội dung sang cột {target}.',
  },
  'duplicate-number': {
    severity: 'error',
    field: 'stt',
    title: 'Trùng số thứ tự',
    titleEn: 'Duplicate number',
    description: 'Hai nhiệm vụ cùng một số thứ tự trong cùng một phần (số thứ tự đánh lại theo quý hoặc theo phần), kể cả số nhiều cấp cùng số mẹ ("2.1" hai lần) và mục chữ trong cùng danh sách ("b)", "7a" hai lần), hay phần sau bắt đầu bằng số cuối của phần trên (Quý III hết ở 3, Quý IV bắt đầu từ 3: số đánh tiếp bị lặp, trừ khi các phần trước đã đánh lại từ 1; hết ở "1.2", bắt đầu từ "1.2"). Số "1.10" Excel lưu thành số 1.1 (và "1.20" thành 1.2) ngay sau "1.9" được hiểu là 1.10, không phải trùng.',
    message: 'Số thứ tự {stt} trùng với dòng {otherRow}.',
    suggestion: 'Đánh lại số thứ tự (số tiếp theo là {expected}).',
  },
  'number-gap': {
    severity: 'warning',
    field: 'stt',
    title: 'Số thứ tự không liên tục',
    titleEn: 'Gap in numbering',
    description: 'Số thứ tự nhảy cóc hoặc lùi lại trong cùng một phần ("7a", "7b" được tính là số 7), hay phần sau không bắt đầu từ 1 mà cũng không đánh tiếp số của phần trên ("Quý IV" bắt đầu từ 2; sau phần đánh "1.1", "1.2": "Quý IV" bắt đầu từ "2.2", hay "1.4"); số nhiều cấp được xét trong từng số mẹ ("2.1" rồi "2.3": thiếu 2.2; "1.10" tiếp sau "1.9"; số mẹ phải theo dòng quý, tháng: "1.1" dưới "2 | Tháng 8" hay "2 | Quý IV", hay "7.3" dưới "Tháng 8" khi tháng 7 đánh "7.1", "7.2", được báo một lần ở số đầu của tháng), các mục chữ ("a)", "b)" dưới một dòng nhóm; "7a", "7b") đi liền nhau theo bảng chữ cái (tiếng Việt d, đ, e, g hay a–z); một nhiệm vụ gõ nhầm số La Mã ("III" giữa 2 và 4) được báo ở ô đó, gợi ý số 3; một số lạc giữa hai số cách nhau một ("1, 2, I.1, 4") cũng được báo ở ô của nó, là số 3, thay vì báo nhảy từ 2 sang 4.',
    message: 'Số thứ tự {jump}{missing}.',
    suggestion: 'Kiểm tra có nhiệm vụ bị xóa hoặc đánh số nhầm.',
  },
  'duplicate-task': {
    severity: 'warning',
    field: 'task',
    title: 'Nhiệm vụ trùng lặp',
    titleEn: 'Duplicate task',
    description: 'Cùng một nội dung nhiệm vụ của cùng đơn vị chủ trì xuất hiện hai lần trong cùng quý (cùng tháng, nếu bảng chia theo tháng).',
    message: 'Nhiệm vụ trùng với dòng {otherRow} ({scope}).',
    suggestion: 'Xóa một dòng hoặc ghi rõ sự khác nhau.',
  },
  'task-on-several-sheets': {
    severity: 'info',
    field: 'task',
    title: 'Nhiệm vụ có ở nhiều trang',
    titleEn: 'Task on several sheets',
    description:
      'Cùng một nội dung nhiệm vụ (chữ hoa, dấu câu, khoảng trắng không kể), cùng quý và tháng, có chung đơn vị chủ trì, ở hai trang của một tệp (bản cũ và bản mới, chương trình và phụ lục điều chỉnh, bản chép của đơn vị): tổng hợp tính một lần, như nhiệm vụ có trong nhiều tệp (tình trạng theo trang riêng của đơn vị chủ trì, không có thì theo tình trạng ít tiến triển nhất đã ghi). Kết quả ở ô nhiệm vụ của bản sau, nêu trang và dòng của bản đầu.',
    message: 'Nhiệm vụ này cũng có ở trang "{otherSheet}" dòng {otherRow}: tổng hợp tính một lần{status}.',
    suggestion: 'Nếu hai trang là hai phiên bản, chỉ giữ bản đang dùng (hoặc ẩn trang cũ) để tổng hợp theo đúng bản ấy.',
  },
  'declared-count-mismatch': {
    severity: 'error',
    field: 'section',
    title: 'Số nhiệm vụ ghi ở tiêu đề không khớp',
    titleEn: 'Declared count mismatch',
    description: 'Tiêu đề ghi số nhiệm vụ ("Quý III (96 nhiệm vụ)") khác với số nhiệm vụ thực có bên dưới. Kết quả chỉ ô ghi số: ô riêng của dòng tiêu đề khi số được ghi tách ra ("Quý III | (96 nhiệm vụ)", "Tổng cộng | | 72").',
    message: '"{label}" ghi {declared} {counted} nhưng bảng có {actual}{parts}.',
    suggestion: 'Sửa số ở tiêu đề thành {actual}, hoặc kiểm tra {counted} {gap}.',
  },
  'month-outside-quarter': {
    severity: 'warning',
    field: 'section',
    title: 'Tháng nằm ngoài quý',
    titleEn: 'Month outside its quarter',
    description: 'Một dòng tháng nằm trong phần của một quý mà tháng đó không thuộc về ("Tháng 10" dưới "Quý III"), hay ô "Tháng" của một nhiệm vụ ghi tháng không thuộc quý ở ô "Quý" của chính nó ("IV" và "1") hay của tiêu đề quý, tên trang quý bên trên: kết quả chỉ ô tháng, nhiệm vụ được tính vào quý của tháng.',
    message: '"{label}" nằm trong phần {quarter}, nhưng tháng {month} thuộc {monthQuarter}.',
    suggestion: 'Sửa lại số tháng, hoặc ghi quý cho đúng (thêm tiêu đề "{monthQuarter}" phía trên, hay sửa ô "Quý" của nhiệm vụ). CTCT đang tính các nhiệm vụ của tháng này vào {monthQuarter}.',
  },
  'quarter-outside-heading': {
    severity: 'warning',
    field: 'section',
    title: 'Quý khác tiêu đề',
    titleEn: 'Quarter cell outside its heading',
    description: 'Ô "Quý" của một nhiệm vụ chỉ ghi một quý ("IV", "Quý IV"), khác với tiêu đề quý, tên trang quý hay dòng tháng bên trên ("IV" dưới "Quý III"), hay ngoài các quý của kế hoạch ("II" trong kế hoạch Quý III–IV theo tiêu đề, tên trang; ô ghi thêm tháng, năm hay lời giải thích thì không so): kết quả chỉ ô quý; nhiệm vụ được tính vào quý ở ô của nó, trừ khi dòng tháng hay ô "Tháng" ghi tháng của quý ở tiêu đề, hay thời hạn thuộc quý ở tiêu đề.',
    message: 'Ô "Quý" ghi "{label}", nhưng nhiệm vụ nằm trong phần {heading}.',
    suggestion: 'Sửa ô "Quý", hoặc chuyển nhiệm vụ sang phần {cellQuarter}. CTCT đang tính nhiệm vụ này vào {counted}.',
  },
  'part-period': {
    severity: 'warning',
    field: 'month',
    title: 'Phần của nhiệm vụ ở kỳ khác',
    titleEn: 'Part of a task in another period',
    description: 'Một mục không có ô đơn vị, sản phẩm, lãnh đạo dưới một nhiệm vụ ("1.2", "b)" dưới nhiệm vụ 1) được đọc là phần của nhiệm vụ đó, nhưng ô "Tháng" hay "Quý" của nó ghi kỳ khác với nhiệm vụ (hay nó nằm ngay dưới một dòng tháng, quý khác: kết quả chỉ ô số thứ tự của nó khi bảng không có cột đó): nhiệm vụ được tính ở kỳ đầu tiên ghi cho nó, kỳ của phần này không được tính riêng. Kết quả chỉ ô tháng (quý) của phần.',
    message: 'Phần "{part}" ghi {own}, nhưng được đọc là phần của nhiệm vụ {task}, tính ở {counted}.',
    suggestion: 'Nếu đây là một nhiệm vụ riêng, ghi số thứ tự và các ô đơn vị, sản phẩm, lãnh đạo của nó; nếu không, CTCT tính cả nhiệm vụ {task} ở {counted}.',
  },
  'unread-period-mark': {
    severity: 'warning',
    field: 'month',
    title: 'Dấu đánh kỳ không đọc được',
    titleEn: 'Period mark not read',
    description: 'Trong bảng đánh dấu quý, tháng ("Thời gian thực hiện" trên "Quý I … Quý IV" hay "Tháng 1 … Tháng 12"), một ô ghi chữ không phải dấu ("Hoàn thành", "đang làm", ngày của tháng khác như "15/9" ở cột "Tháng 8"): ô đó không được tính, nhiệm vụ được tính theo các dấu khác, không có dấu nào thì cả năm. Ngày của chính tháng (quý) của cột ("15/8" ở cột "Tháng 8") là dấu; ô trống, "-", "0", ô đánh dấu chưa chọn thì không bị báo.',
    message: 'Cột "{period}" ghi "{value}", không phải dấu đánh kỳ: ô này không được tính, nhiệm vụ được tính {counted}.',
    suggestion: 'Đánh dấu "x" ở cột của kỳ thực hiện; tình trạng, ngày ghi ở cột riêng (Tình trạng, Thời hạn).',
  },
  'invalid-date': {
    severity: 'error',
    field: 'deadline',
    title: 'Ngày không hợp lệ',
    titleEn: 'Invalid date',
    description: 'Ô thời hạn, hay ô ngày bắt đầu ("Bắt đầu", "Từ ngày"), có dạng ngày nhưng không phải ngày có thật (31/4, 29/02 năm không nhuận, tháng 13…), hay là một số không thể là ngày (12345).',
    message: '"{value}" không phải là ngày hợp lệ.',
    suggestion: 'Ghi theo dạng ngày/tháng/năm, ví dụ 31/07/2025.',
  },
  'lead-unit-from-title': {
    severity: 'info',
    field: 'lead',
    title: 'Đơn vị chủ trì lấy từ tiêu đề',
    titleEn: 'Lead unit taken from the title',
    description: 'Bảng của một đơn vị không có cột đơn vị chủ trì, mà tiêu đề trang ghi đúng một đơn vị trong danh mục ("VĂN PHÒNG SỞ", "(Đơn vị: Văn phòng Sở)"): các nhiệm vụ của bảng được tính cho đơn vị đó; báo một lần cho mỗi bảng, ở dòng tiêu đề cột.',
    message: 'Bảng không có cột đơn vị chủ trì: {count} nhiệm vụ được tính cho {unit}, theo tiêu đề trang ("{title}").',
    suggestion: null,
  },
  'unread-deadline': {
    severity: 'info',
    field: 'deadline',
    title: 'Thời hạn không ghi ngày',
    titleEn: 'Deadline gives no date',
    description: 'Ô thời hạn chỉ dẫn một văn bản ("Theo QĐ số 123/QĐ-UBND ngày 20/8/2025"), không ghi ngày phải xong: ngày của văn bản không phải thời hạn, nên nhiệm vụ được tính hạn theo tháng, quý của nó (báo một lần cho mỗi cách ghi trong một trang).',
    message: 'Thời hạn "{value}" chỉ dẫn văn bản, không ghi ngày phải xong; {fallback}.',
    suggestion: 'Ghi ngày phải xong theo văn bản ấy, ví dụ "30/09/2025 (theo QĐ số 123/QĐ-UBND)".',
  },
  'deadline-outside-quarter': {
    severity: 'warning',
    field: 'deadline',
    title: 'Thời hạn ngoài quý',
    titleEn: 'Deadline outside the quarter',
    description: 'Thời hạn của nhiệm vụ không nằm trong quý mà nhiệm vụ được xếp vào ("Trước ngày 01/10/2025" là hạn đến 30/9, vẫn trong quý III; "Trước 1/1" không ghi năm là hạn đến 31/12 năm của bảng). Ô ngày thật (không phải chữ) mà đảo ngày và tháng thì rơi vào đúng quý, tháng của nhiệm vụ (Excel kiểu Mỹ đọc "05/10/2025" gõ vào thành 10/5) được gợi ý sửa thành ngày đó ("có thể là 05/10/2025, ngày và tháng bị đảo"); tổng hợp vẫn tính theo ngày đang ghi cho đến khi sửa.',
    message: 'Thời hạn {date} nằm ngoài {quarter}.{swap}',
    suggestion: 'Kiểm tra lại thời hạn hoặc chuyển nhiệm vụ sang quý phù hợp.',
  },
  'unknown-status': {
    severity: 'warning',
    field: 'status',
    title: 'Tình trạng không theo danh sách',
    titleEn: 'Unknown status',
    description: 'Tình trạng nên là một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành, Đề xuất bỏ, Đề nghị điều chỉnh.',
    message: 'Tình trạng "{value}" không thuộc danh sách.',
    suggestion: '{hint}',
  },
  'source-status-changed': {
    severity: 'warning',
    field: 'status',
    title: 'Tình trạng ở bảng nguồn đã đổi',
    titleEn: 'Source status changed',
    description:
      'Tình trạng ở bảng nguồn đã đổi từ lần CTCT chép sang trang "Theo dõi", mà ở đó người dùng đã chọn trạng thái khác: trạng thái ở "Theo dõi" vẫn được tính (như đã quy định), nên kết quả chỉ ô ở bảng nguồn, nêu cả hai, và còn báo cho đến khi hai trang ghi như nhau hay ô ở "Theo dõi" được xóa. Mức cảnh báo khi bảng nguồn nay ghi hoàn thành (hay đề xuất bỏ) mà "Theo dõi" chưa (nhiệm vụ vẫn bị tính quá hạn); còn lại ở mức thông tin.',
    message: 'Bảng nguồn nay ghi "{source}" (trước: {before}); trang "{sheet}" vẫn ghi "{tracker}", trạng thái được tính.',
    suggestion: 'Nếu bảng nguồn đúng, chọn "{source}" (hoặc xóa ô trạng thái) ở trang "{sheet}"; nếu "{sheet}" đúng, sửa ô này.',
  },
  'legacy-encoding': {
    severity: 'warning',
    field: 'task',
    title: 'Chữ gõ bằng bảng mã cũ',
    titleEn: 'Legacy encoding (TCVN3/VNI)',
    description: 'Ô được gõ bằng bảng mã TCVN3 (ABC) hoặc VNI, hiển thị sai trên máy khác và không tìm kiếm được.',
    message: 'Ô được gõ bằng bảng mã {encoding}: đọc là "{converted}".',
    suggestion: 'Chuyển sang Unicode.',
  },
  'formula-error': {
    severity: 'error',
    field: 'stt',
    title: 'Lỗi công thức',
    titleEn: 'Formula error',
    description: 'Ô trong bảng nhiệm vụ hiển thị lỗi công thức (#N/A, #REF!…).',
    message: 'Ô có lỗi công thức {value}{formula}.',
    suggestion: 'Sửa công thức hoặc nhập giá trị.',
  },
  'external-reference': {
    severity: 'warning',
    field: 'task',
    title: 'Ô lấy giá trị từ sổ khác',
    titleEn: 'Value from another workbook',
    description: 'Ô trong bảng nhiệm vụ là công thức lấy giá trị từ một sổ làm việc khác (\'[Khac.xlsx]Sheet1\'!A1) mà tệp không lưu kết quả (tệp do công cụ khác ghi): CTCT không mở được sổ đó, nên ô được đọc là trống (không báo thêm là thiếu).',
    message: 'Ô lấy giá trị từ sổ làm việc khác{book} mà tệp không lưu kết quả: CTCT không đọc được sổ đó, nên ô được coi là trống.',
    suggestion: 'Mở tệp bằng Excel, cập nhật liên kết rồi lưu lại; hoặc dán giá trị (Paste Values) vào ô.',
  },
  'unread-row': {
    severity: 'info',
    field: 'task',
    title: 'Dòng không được đọc',
    titleEn: 'Row not read',
    description: 'Một dòng trong bảng không đọc được là nhiệm vụ (không số thứ tự, thiếu các cột), tiêu đề phần hay phần tiếp của nhiệm vụ trên (sau một dòng trống): không được tính vào đâu. Dưới nhiệm vụ cuối của bảng chỉ dòng đầu tiên có chữ ở ô nội dung cùng ô đơn vị, sản phẩm hay lãnh đạo, hay chỉ ở ô nội dung mà đọc như một nhiệm vụ, được báo (lời chú thích, chữ ký, ngày tháng thì không).',
    message: 'Dòng "{text}" không được đọc là nhiệm vụ, tiêu đề hay phần tiếp của nhiệm vụ nào, nên không được tính.',
    suggestion: 'Nếu là nhiệm vụ, ghi số thứ tự và các cột; nếu là tiêu đề phần, ghi số La Mã (I, II…) ở cột số thứ tự; nếu là phần tiếp của nhiệm vụ trên, bỏ dòng trống ở giữa.',
  },
  'inconsistent-spelling': {
    severity: 'info',
    field: 'lead',
    title: 'Một đơn vị viết nhiều cách',
    titleEn: 'Inconsistent spelling',
    description: 'Cùng một đơn vị được viết theo nhiều cách trong một trang (chỉ khác chữ hoa, chữ thường như "Văn Phòng Sở" thì không tính: bộ lọc của Excel coi là một, và lời báo nêu mỗi cách viết khác một lần).',
    message: '"{name}" còn được viết là {others} trong trang này.',
    suggestion: 'Thống nhất thành "{canonical}".',
  },
  'product-spelling': {
    severity: 'info',
    field: 'product',
    title: 'Sản phẩm viết khác thường',
    titleEn: 'Unusual spelling in a product',
    description: 'Chữ sau số lượng của sản phẩm viết dấu khác với cách trang này viết ở ít nhất 3 nhiệm vụ khác và nhiều hơn gấp đôi số ô viết khác ("01 Lốp" giữa các "01 lớp"; chữ viết nhầm được chép sang dòng khác cũng được báo ở từng ô); dấu thanh đặt kiểu cũ hay mới ("thoả", "thỏa") là cùng một cách viết; chữ chỉ sản phẩm khác ("01 Sổ tay" giữa các "12 số") không bị báo. Cách sửa chỉ thay chữ đó, giữ nguyên phần còn lại của ô.',
    message: 'Sản phẩm "{value}": "{word}" khác với "{usual}" ở {count} nhiệm vụ khác trong trang.',
    suggestion: 'Có phải "{fixed}"?',
  },
  'irregular-whitespace': {
    severity: 'info',
    field: 'task',
    title: 'Khoảng trắng thừa, ký tự ẩn',
    titleEn: 'Irregular spacing',
    description: 'Ô có khoảng trắng kép, khoảng trắng không ngắt (NBSP), dấu xuống dòng thừa ở đầu hay cuối ô hoặc ký tự ẩn, thường do dán từ PDF/web: làm sai tìm kiếm và lọc.',
    message: 'Ô có khoảng trắng thừa hoặc ký tự ẩn.',
    suggestion: 'Chuẩn hóa khoảng trắng.',
  },
  'decomposed-unicode': {
    severity: 'info',
    field: 'task',
    title: 'Unicode tổ hợp',
    titleEn: 'Decomposed Unicode',
    description: 'Ô dùng Unicode tổ hợp (NFD, dấu tách khỏi chữ): trông giống nhưng không khớp khi tìm kiếm, lọc.',
    message: 'Ô dùng Unicode tổ hợp (dấu tách rời).',
    suggestion: 'Chuyển sang Unicode dựng sẵn (NFC).',
  },
} satisfies Record<string, CatalogEntry>;

export type FindingCode = keyof typeof FINDING_CATALOG;

export const FINDING_CODES = Object.keys(FINDING_CATALOG) as FindingCode[];

/** A template cut at its {placeholders}: texts at even indexes, placeholder names at odd ones. */
const templateParts = memo((template: string): string[] => template.split(/\{(\w+)\}/));

/** The placeholder names a template uses. */
export const placeholders = memo((template: string): string[] => templateParts(template).filter((_, i) => i % 2 === 1));

/** Fills a template's {placeholders}; unknown ones become empty. */
export function fillTemplate(template: string, params: Record<string, string | number | null | undefined>): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    out += (v === null || v === undefined ? '' : String(v)) + parts[i + 1];
  }
  return out;
}
