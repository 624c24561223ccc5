/**
 * Header recognition by meaning, not position: the same column is called "Phòng/Đơn vị chủ trì",
 * "Đơn vị chủ trì" or "Chủ trì" under a merged "Đơn vị", in any order.
 */
import { foldKey } from '../text';
import { memo } from '../memo';

export type TaskColumn =
  | 'stt'
  | 'task'
  | 'lead'
  | 'coord'
  | 'product'
  | 'leader'
  | 'note'
  | 'deadline'
  | 'status'
  | 'result'
  | 'completed'
  | 'month'
  | 'quarter'
  | 'proposal'
  | 'reviewNo';
export type KpiColumn = 'kpiName' | 'kpiUnit' | 'kpiPlan' | 'kpiAdvisor';
/**
 * 'start': when a task starts ("Bắt đầu" under "Thời gian"). Recognised so that it is not taken for
 * the deadline and such a group reads as a two-row header; never read into tasks.
 */
export type ColumnKind = TaskColumn | KpiColumn | 'start';

/** Leader headers: who directs ("LĐ" is read as "Lãnh đạo") × how ("chỉ đạo", "phụ trách", "theo dõi"). */
const LEADER_HEADERS = ['lanh dao', 'lanh dao so'].flatMap((who) => ['chi dao', 'phu trach', 'theo doi'].map((how) => `${who} ${how}`));
/** Deadline headers: a word of time before "hoàn thành" ("Thời điểm hoàn thành", "Dự kiến hoàn thành"). */
const DONE_BY_HEADERS = ['thoi han', 'han', 'thoi gian', 'thoi diem', 'du kien', 'tien do'].map((when) => `${when} hoan thanh`);

/**
 * Header texts as `canonicalHeader` reads them (so "Phòng/Đơn vị chủ trì", "Cơ quan chủ trì" and
 * "Bộ phận chủ trì" are all "don vi chu tri"). A header matches when its text equals an entry or
 * starts with it followed by a space, "(", "/", "," or "-" ("Kế hoạch 2025", "Thời hạn (ngày)").
 */
const VOCABULARY: Array<[ColumnKind, string[]]> = [
  ['stt', ['tt', 'stt', 'so tt', 'so thu tu', 'thu tu']],
  ['reviewNo', ['tt ra soat', 'stt ra soat']],
  [
    'task',
    [
      'noi dung',
      'nhiem vu',
      'noi dung nhiem vu',
      'ten nhiem vu',
      'noi dung cong viec',
      'cong viec',
      'cac nhiem vu khoa hoc va cong nghe',
      'nhiem vu cu the',
      'noi dung cong tac',
      'ten cong viec',
    ],
  ],
  ['lead', ['don vi chu tri', 'chu tri', 'don vi thuc hien', 'don vi chu tri thuc hien']],
  ['coord', ['don vi phoi hop', 'phoi hop']],
  // "Kết quả/sản phẩm đầu ra" names the product, not the result.
  // "Kết quả dự kiến" (what the task should deliver) and "Hình thức văn bản" name the product too.
  ['product', ['san pham', 'san pham dau ra', 'cap ban hanh', 'ket qua dau ra', 'hinh thuc san pham', 'ket qua/san pham', 'ket qua, san pham', 'du kien san pham', 'ket qua du kien', 'hinh thuc van ban']],
  ['leader', ['chi dao', 'nguoi chi dao', 'lanh dao', 'lanh dao so', 'phan cong lanh dao', 'lanh dao duoc phan cong', 'pho giam doc phu trach', 'pgd phu trach', 'giam doc phu trach', ...LEADER_HEADERS]],
  ['note', ['ghi chu']],
  // "Tiến độ hoàn thành" holds "Tháng 7", "Quý III": a deadline, though "Tiến độ" alone is a status.
  ['deadline', ['thoi han', 'thoi gian', 'thoi gian thuc hien', 'thoi gian ket thuc', 'han xu ly', 'moc thoi gian', 'ket thuc', 'ngay ket thuc', 'den ngay', ...DONE_BY_HEADERS]],
  ['start', ['bat dau', 'ngay bat dau', 'thoi gian bat dau', 'thoi diem bat dau', 'tu ngay']],
  ['status', ['tinh trang', 'trang thai', 'tien do', 'tinh hinh thuc hien', 'tien do thuc hien', 'muc do hoan thanh']],
  ['result', ['ket qua', 'ket qua thuc hien']],
  // The day the task was done, as in the tracker; beside no deadline, status or result it may be the
  // day it is due, and is left unread (classifyColumns).
  ['completed', ['ngay hoan thanh', 'ngay hoan thanh thuc te', 'thoi gian hoan thanh thuc te', 'thoi diem hoan thanh thuc te']],
  ['month', ['thang']],
  ['quarter', ['quy', 'qui']],
  ['proposal', ['de xuat', 'kien nghi', 'de xuat dieu chinh', 'de nghi', 'noi dung de xuat', 'y kien de xuat', 'phuong an de xuat']],
  ['kpiName', ['chi tieu', 'chi tieu chu yeu', 'ten chi tieu', 'noi dung chi tieu', 'muc tieu, chi tieu', 'muc tieu chi tieu', 'muc tieu']],
  ['kpiUnit', ['don vi tinh', 'dvt']],
  ['kpiPlan', ['ke hoach', 'ke hoach nam', 'chi tieu ke hoach']],
  // In a task table the advisor is the lead unit (see classifyColumns).
  ['kpiAdvisor', ['don vi tham muu']],
];

/**
 * Entries that match only alone or before a bracket: "Thời gian" is the deadline, but "Thời gian
 * bắt đầu" is not (and over "Bắt đầu | Hoàn thành", "Thời gian" is a group header).
 */
const WHOLE_ONLY = new Set(['thoi gian']);

/** Words naming a unit, alone or joined: "Phòng", "Cơ quan, đơn vị", "Phòng/Đơn vị", "Bộ phận". */
const UNIT_WORD = String.raw`(?:phong chuyen mon|phong|don vi|co quan|bo phan)\b`;
const UNIT_WORDS = new RegExp(String.raw`^${UNIT_WORD}(?:(?:\s*[/,]\s*|\s+va\s+|\s+)${UNIT_WORD})*(?:\s+duoc giao\b)?`);

/**
 * A header's text reduced to its meaning: folded, trailing ":" "." "*" dropped, a leading plural
 * ("Các", "Những") dropped, the words naming a unit read as "don vi" ("Cơ quan, đơn vị được giao
 * chủ trì" → "don vi chu tri"), "LĐ" read as "lanh dao".
 */
function canonicalHeader(text: string): string {
  return foldKey(text)
    .replace(/[:.*]+$/g, '')
    .replace(/\s*\/\s*/g, '/')
    .trim()
    .replace(/^(?:cac|nhung)\s+/, '')
    .replace(UNIT_WORDS, 'don vi')
    .replace(/^ld\b/, 'lanh dao');
}

const EXACT = new Map<string, ColumnKind>();
for (const [kind, texts] of VOCABULARY) for (const t of texts) EXACT.set(canonicalHeader(t), kind);

const recognised = memo(recogniseHeaderText);

/** The column a header cell names, if any (cached: every short cell of a sheet is asked). */
export function recogniseHeader(text: string): ColumnKind | null {
  // Longer than a header, only one listing its values in brackets is asked (a task's text is not).
  return !text || (text.length > 80 && (text.length > 160 || !text.trimEnd().endsWith(')'))) ? null : recognised(text);
}

/** The values a header lists in brackets: "Tình trạng (Hoàn thành/Đang thực hiện/Chưa thực hiện)". */
const LISTED = /\s*\([^()]*\)$/;

function recogniseHeaderText(text: string): ColumnKind | null {
  const h = canonicalHeader(text);
  // A header too long for one may list its values in brackets: the words before them name the
  // column, when they are a header's whole text (not a task's "Tiến độ thực hiện Đề án (…)").
  if (h.length > 60) return EXACT.get(h.replace(LISTED, '')) ?? null;
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  // "Kế hoạch 2025", "Thời hạn (dự kiến)": the longest vocabulary entry that prefixes the header.
  let best: [ColumnKind, number] | null = null;
  for (const [t, kind] of EXACT) {
    if (h.length <= t.length || !h.startsWith(t) || (best && t.length <= best[1])) continue;
    const rest = h.slice(t.length);
    if (WHOLE_ONLY.has(t) ? /^\s*\(/.test(rest) : /^[\s(/,-]/.test(rest)) best = [kind, t.length];
  }
  return best ? best[0] : null;
}

/** "Ghi chú 2", "Ghi chú (2)": a second column of a kind, added beside the plain one. */
const COPY_NUMBER = /(?:\s|\s?\()[2-9]\)?$/;

/** Whether `copy` is `plain` with a number after it ("Ghi chú 2" of "Ghi chú"), not another header ending in a figure ("Tiến độ đến tháng 9"). */
export function isNumberedCopyOf(copy: string, plain: string): boolean {
  const h = canonicalHeader(copy);
  return COPY_NUMBER.test(h) && h.replace(COPY_NUMBER, '').trim() === canonicalHeader(plain);
}

/**
 * A group header that stands over sub-headers in a two-row header ("Đơn vị" over "Chủ trì | Phối
 * hợp"; "Thời gian thực hiện", "Thời hạn" or "Tiến độ" over "Bắt đầu | Kết thúc", where the
 * sub-header, not the group's own meaning, says which column is the deadline).
 */
export function isGroupHeader(text: string): boolean {
  return GROUP_HEADERS.has(groupHeader(text));
}

const TIME_GROUP_HEADERS = ['thoi gian', 'thoi gian thuc hien', 'thoi han', 'thoi han thuc hien', 'tien do', 'tien do thuc hien'];
const GROUP_HEADERS = new Set(['don vi', 'don vi thuc hien', 'lanh dao', ...TIME_GROUP_HEADERS]);
const TIME_GROUPS = new Set(TIME_GROUP_HEADERS);

/** A group header of time ("Thời gian thực hiện", "Tiến độ"): what may stand over quarters or months ticked in a column each. */
export function isTimeGroupHeader(text: string): boolean {
  const h = groupHeader(text);
  return TIME_GROUPS.has(h) || PERIOD_GROUPS.has(h);
}

/** Over periods ticked only: "Quý" over "I | II | III | IV", "Tháng" over "1 … 12", "Thời gian hoàn thành" over "Quý I …". */
const PERIOD_GROUPS = new Set(['quy', 'qui', 'thang', 'thoi gian hoan thanh', 'thoi han hoan thanh']);

/** A group header's words without the unit or year of the columns under it: "Thời gian thực hiện (tháng)", "(quý)", "… năm 2025". */
function groupHeader(text: string): string {
  return canonicalHeader(text)
    .replace(/\s*\((?:thang|quy)\)$/, '')
    .replace(/\s+(?:nam\s+)?20\d{2}$/, '');
}

export type ColumnMap = Partial<Record<ColumnKind, number>>;

/**
 * A table is a task table when it names the task and who leads or directs it. In a table with a
 * task column and no KPI name, "Đơn vị tham mưu" is who leads the task: the map is changed to say so.
 */
export function classifyColumns(map: ColumnMap): 'tasks' | 'kpi' | 'review' | null {
  if (map.kpiName !== undefined && (map.kpiUnit !== undefined || map.kpiPlan !== undefined)) return 'kpi';
  if (map.task === undefined) return null;
  // "Nội dung | Đơn vị tính | Kế hoạch 2025": a unit of measure and a plan figure make targets, not tasks.
  if (map.kpiUnit !== undefined && map.kpiPlan !== undefined) {
    map.kpiName = map.task;
    delete map.task;
    return 'kpi';
  }
  if (map.kpiName === undefined && map.kpiAdvisor !== undefined && map.lead === undefined) {
    map.lead = map.kpiAdvisor;
    delete map.kpiAdvisor;
  }
  // "Ngày hoàn thành" is the day done only beside a deadline, a status or a result: alone it may be the day due.
  if (map.completed !== undefined && map.deadline === undefined && map.status === undefined && map.result === undefined) delete map.completed;
  const known = (Object.keys(map) as ColumnKind[]).filter((k) => k !== 'task').length;
  if (map.lead === undefined && map.leader === undefined) return null;
  if (known < 2) return null;
  // A unit's progress report ("Tình trạng | Kiến nghị") tracks its tasks: a table of tasks to check.
  const tracked = map.status !== undefined || map.result !== undefined;
  if (map.proposal !== undefined && map.product === undefined && map.leader === undefined && !tracked) return 'review';
  return 'tasks';
}
