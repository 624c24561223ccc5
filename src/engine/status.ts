/** Task statuses: the tracker's dropdown, and the words units write that mean the same. */
import { foldKey } from './text';
import { memo } from './memo';
import { levenshtein } from './directory/fuzzy';

export const STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Đề xuất bỏ', 'Đề nghị điều chỉnh'] as const;
export type Status = (typeof STATUSES)[number];

const SYNONYMS: Record<string, Status> = {
  'chua thuc hien': 'Chưa thực hiện',
  'chua trien khai': 'Chưa thực hiện',
  'chua bat dau': 'Chưa thực hiện',
  'chua lam': 'Chưa thực hiện',
  'dang thuc hien': 'Đang thực hiện',
  'dang trien khai': 'Đang thực hiện',
  'dang lam': 'Đang thực hiện',
  'hoan thanh': 'Hoàn thành',
  'da hoan thanh': 'Hoàn thành',
  'xong': 'Hoàn thành',
  'da xong': 'Hoàn thành',
  'da thuc hien': 'Hoàn thành',
  'de xuat bo': 'Đề xuất bỏ',
  'de nghi bo': 'Đề xuất bỏ',
  'bo': 'Đề xuất bỏ',
  'de nghi dieu chinh': 'Đề nghị điều chỉnh',
  'de xuat dieu chinh': 'Đề nghị điều chỉnh',
  'dieu chinh': 'Đề nghị điều chỉnh',
};

/** Words after a status that leave it as it is: "Hoàn thành đúng hạn", "Đã hoàn thành 100%", "Hoàn thành (chậm)". */
const QUALIFIER = /[\s,(-]+(?:dung han|dung tien do|dung ke hoach|truoc han|tre han|qua han|cham tien do|cham|100\s*%)\)?$/;

/** The canonical status a text means, or null when it is none of them (cached: a column repeats a few words). */
export const canonicalStatus = memo((text: string): Status | null => {
  const key = foldKey(text).replace(/[.!]+$/, '').replace(QUALIFIER, '');
  return Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : null; // not "constructor" and the like
});

/** Done with: finished, or proposed for removal. Not overdue, whatever the date. */
export function isClosedStatus(status: string | null | undefined): boolean {
  const s = status ? canonicalStatus(status) : null; // canonicalStatus folds spaces (NBSP too) itself
  return s === 'Hoàn thành' || s === 'Đề xuất bỏ';
}

/** The status a mistyped text most likely means (at most two letters off, and unambiguous). */
export function nearestStatus(text: string): Status | null {
  const f = foldKey(text);
  const scored = Object.entries(SYNONYMS)
    .map(([k, s]) => ({ s, d: levenshtein(f, k, 3) }))
    .sort((a, b) => a.d - b.d);
  if (!scored.length || scored[0].d > 2) return null;
  const rival = scored.find((x) => x.s !== scored[0].s);
  return rival && rival.d - scored[0].d < 2 ? null : scored[0].s;
}
