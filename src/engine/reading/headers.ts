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
  | 'month'
  | 'quarter'
  | 'proposal'
  | 'reviewNo';
export type KpiColumn = 'kpiName' | 'kpiUnit' | 'kpiPlan' | 'kpiAdvisor';
export type ColumnKind = TaskColumn | KpiColumn;

/**
 * Folded header texts (no diacritics, lowercase). A header matches when its folded text equals an
 * entry or starts with it followed by a space, "(" or "/" (e.g. "Kế hoạch 2025", "Thời hạn (ngày)").
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
    ],
  ],
  [
    'lead',
    [
      'phong/don vi chu tri',
      'phong, don vi chu tri',
      'don vi chu tri',
      'phong chu tri',
      'chu tri',
      'don vi thuc hien',
      'phong/don vi thuc hien',
      'co quan chu tri',
      'don vi chu tri thuc hien',
    ],
  ],
  ['coord', ['phong/don vi phoi hop', 'phong, don vi phoi hop', 'don vi phoi hop', 'phong phoi hop', 'phoi hop', 'co quan phoi hop']],
  ['product', ['san pham', 'san pham dau ra', 'cap ban hanh', 'ket qua dau ra', 'hinh thuc san pham']],
  ['leader', ['lanh dao so chi dao', 'lanh dao chi dao', 'chi dao', 'lanh dao phu trach', 'lanh dao so phu trach', 'lanh dao so']],
  ['note', ['ghi chu']],
  ['deadline', ['thoi han', 'thoi han hoan thanh', 'han hoan thanh', 'thoi gian hoan thanh', 'thoi gian thuc hien', 'han xu ly']],
  ['status', ['tinh trang', 'trang thai', 'tien do', 'tinh hinh thuc hien', 'tien do thuc hien']],
  ['result', ['ket qua', 'ket qua thuc hien']],
  ['month', ['thang']],
  ['quarter', ['quy']],
  ['proposal', ['de xuat', 'kien nghi', 'de xuat dieu chinh', 'de nghi']],
  ['kpiName', ['chi tieu', 'chi tieu chu yeu', 'ten chi tieu']],
  ['kpiUnit', ['don vi tinh', 'dvt']],
  ['kpiPlan', ['ke hoach', 'ke hoach nam', 'chi tieu ke hoach']],
  ['kpiAdvisor', ['phong/don vi tham muu', 'don vi tham muu', 'phong tham muu']],
];

const EXACT = new Map<string, ColumnKind>();
for (const [kind, texts] of VOCABULARY) for (const t of texts) EXACT.set(t, kind);

function cleanHeader(text: string): string {
  return foldKey(text)
    .replace(/[:.*]+$/g, '')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const recognised = memo(recogniseHeaderText);

/** The column a header cell names, if any (cached: every short cell of a sheet is asked). */
export function recogniseHeader(text: string): ColumnKind | null {
  return !text || text.length > 80 ? null : recognised(text);
}

function recogniseHeaderText(text: string): ColumnKind | null {
  const h = cleanHeader(text);
  if (!h || h.length > 60) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  // "Kế hoạch 2025", "Thời hạn (dự kiến)": the longest vocabulary entry that prefixes the header.
  let best: [ColumnKind, number] | null = null;
  for (const [t, kind] of EXACT) {
    if (h.length > t.length && h.startsWith(t) && /[\s(/,-]/.test(h[t.length]) && (!best || t.length > best[1])) best = [kind, t.length];
  }
  return best ? best[0] : null;
}

/** A group header that stands over sub-headers in a two-row header ("Đơn vị" over "Chủ trì | Phối hợp"). */
export function isGroupHeader(text: string): boolean {
  const h = cleanHeader(text);
  return ['don vi', 'phong/don vi', 'phong, don vi', 'co quan', 'don vi thuc hien', 'phong/don vi thuc hien', 'lanh dao', 'thoi gian'].includes(h);
}

export type ColumnMap = Partial<Record<ColumnKind, number>>;

/** A table is a task table when it names the task and who leads or directs it. */
export function classifyColumns(map: ColumnMap): 'tasks' | 'kpi' | 'review' | null {
  if (map.kpiName !== undefined && (map.kpiUnit !== undefined || map.kpiPlan !== undefined)) return 'kpi';
  if (map.task === undefined) return null;
  const known = (Object.keys(map) as ColumnKind[]).filter((k) => k !== 'task').length;
  if (map.lead === undefined && map.leader === undefined) return null;
  if (known < 2) return null;
  if (map.proposal !== undefined && map.product === undefined && map.leader === undefined) return 'review';
  return 'tasks';
}
