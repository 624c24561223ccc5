/** Task statuses: the tracker's dropdown, and the words units write that mean the same. */
import { foldKey, isVietnameseSyllable, matchKey, normalizeText } from './text';
import { memo } from './memo';
import { daysInMonth, makeIso, todayIso } from './dates';
import { safeNearest, type Candidate } from './directory/fuzzy';
import { QUARTER_TOKEN, quarterOf } from './reading/headings';
import { DOCUMENT_NUMBER, DOCUMENT_WORDS } from './reading/documents';

export const STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Đề xuất bỏ', 'Đề nghị điều chỉnh'] as const;
export type Status = (typeof STATUSES)[number];

/** "Tạm dừng", "Tạm ngừng (thực hiện)", "Tạm hoãn" (folded). */
const PAUSED = ['tam dung', 'tam dung thuc hien', 'tam ngung', 'tam ngung thuc hien', 'tam hoan', 'tam hoan thuc hien'];

/**
 * Stopped for good, not paused ("Dừng thực hiện", "Đã ngừng triển khai", "Đã dừng", "Dừng"; folded): not
 * carried out, as "Không thực hiện". "Đã dùng", "Dùng" fold as "dừng" does: otherWordFor tells them apart.
 */
const STOPPED = ['dung', 'ngung'].flatMap((verb) => [verb, `da ${verb}`].flatMap((head) => [head, `${head} thuc hien`, `${head} trien khai`]));

/** "Hủy", "Đã hủy (bỏ)", "Không thực hiện", "Xin rút", "Đã rút", "(Đề nghị) rút khỏi chương trình", "Dừng thực hiện" (folded). */
const DROPPED = ['huy', 'da huy', 'bi huy', 'huy bo', 'da huy bo', 'khong thuc hien', 'khong trien khai', 'khong thuc hien duoc', 'khong trien khai duoc', 'khong to chuc', 'khong to chuc duoc', 'xin rut', 'rut', 'da rut', 'rut khoi chuong trinh', 'da rut khoi chuong trinh', 'dua ra khoi chuong trinh', ...STOPPED];

/**
 * Late ("Quá hạn", "Chậm tiến độ"; "Trễ", "Chậm" alone as "Trễ hạn" is; folded): still open, so overdue
 * once past the deadline. Done late is written "Hoàn thành trễ".
 */
const LATE = ['qua han', 'da qua han', 'cham tien do', 'dang cham tien do', 'bi cham tien do', 'tre han', 'tre tien do', 'tre', 'cham', 'bi tre', 'bi cham'];

/** Submitted, awaiting approval ("Chờ phê duyệt"; folded): still open. */
const AWAITING = ['dang trinh', 'cho phe duyet', 'dang cho phe duyet', 'cho duyet', 'dang cho duyet'];

/** Going on from before ("Tiếp tục thực hiện"; folded): under way, and says more than "Đang thực hiện". */
const GOING_ON = ['tiep tuc thuc hien', 'dang tiep tuc thuc hien', 'tiep tuc trien khai', 'dang tiep tuc trien khai'];

/** Partly done ("Hoàn thành một phần", "… phần lớn"; folded): the rest still to do, so under way (overdue once past the deadline). */
const PARTLY_DONE = ['hoan thanh mot phan', 'da hoan thanh mot phan', 'hoan thanh 1 phan', 'da hoan thanh 1 phan', 'moi hoan thanh mot phan', 'hoan thanh phan lon', 'da hoan thanh phan lon'];

/** "Chưa tổ chức", "Chưa tiến hành" (folded): not begun, in the words of the task's own work. */
const NOT_BEGUN = ['chua to chuc', 'chua to chuc duoc', 'chua to chuc thuc hien', 'chua tien hanh', 'chua trien khai thuc hien', 'chua trien khai duoc'];

/** The statuses in English, as some copy them from another tool or a template (folded). */
const ENGLISH: Record<string, Status> = {
  'not started': 'Chưa thực hiện',
  'in progress': 'Đang thực hiện',
  'ongoing': 'Đang thực hiện',
  'on going': 'Đang thực hiện',
  'done': 'Hoàn thành',
  'completed': 'Hoàn thành',
  'complete': 'Hoàn thành',
  'finished': 'Hoàn thành',
  'cancelled': 'Đề xuất bỏ',
  'canceled': 'Đề xuất bỏ',
};

const SYNONYMS: Record<string, Status> = {
  'chua thuc hien': 'Chưa thực hiện',
  'chua trien khai': 'Chưa thực hiện',
  'chua bat dau': 'Chưa thực hiện',
  'chua lam': 'Chưa thực hiện',
  'chua thuc hien duoc': 'Chưa thực hiện',
  // "Chưa" + another verb of doing: not begun ("Chưa tổ chức, chuyển sang tháng 10" a move, as after "Chưa thực hiện").
  ...Object.fromEntries(NOT_BEGUN.map((key) => [key, 'Chưa thực hiện' as const])),
  'dang thuc hien': 'Đang thực hiện',
  // "TH", "t/h" for "thực hiện": "Đang TH", "Chưa t/h".
  'dang th': 'Đang thực hiện',
  'dang t/h': 'Đang thực hiện',
  'chua th': 'Chưa thực hiện',
  'chua t/h': 'Chưa thực hiện',
  'dang trien khai': 'Đang thực hiện',
  'dang lam': 'Đang thực hiện',
  'dang trien khai thuc hien': 'Đang thực hiện',
  ...Object.fromEntries(GOING_ON.map((key) => [key, 'Đang thực hiện' as const])),
  // Being finished: not finished yet.
  'dang hoan thanh': 'Đang thực hiện',
  ...Object.fromEntries([...LATE, ...AWAITING, ...PARTLY_DONE].map((key) => [key, 'Đang thực hiện' as const])),
  'hoan thanh': 'Hoàn thành',
  'da hoan thanh': 'Hoàn thành',
  'ht': 'Hoàn thành',
  'da ht': 'Hoàn thành',
  'hoan tat': 'Hoàn thành',
  'da hoan tat': 'Hoàn thành',
  'xong': 'Hoàn thành',
  'da xong': 'Hoàn thành',
  'hoan thanh xong': 'Hoàn thành',
  'da hoan thanh xong': 'Hoàn thành',
  'thuc hien xong': 'Hoàn thành',
  'da thuc hien xong': 'Hoàn thành',
  'da thuc hien': 'Hoàn thành',
  // The document the task was to produce is out, the event it was to hold held.
  'da ban hanh': 'Hoàn thành',
  'da to chuc': 'Hoàn thành',
  'de xuat bo': 'Đề xuất bỏ',
  'de nghi bo': 'Đề xuất bỏ',
  'bo': 'Đề xuất bỏ',
  // Out of the programme: the list has no "cancelled", and a dropped task is listed with the
  // proposals to drop (never overdue), as a review's "Không thực hiện", "Xin rút" are.
  ...Object.fromEntries(DROPPED.map((key) => [key, 'Đề xuất bỏ' as const])),
  'de nghi dieu chinh': 'Đề nghị điều chỉnh',
  'de xuat dieu chinh': 'Đề nghị điều chỉnh',
  'dieu chinh': 'Đề nghị điều chỉnh',
  'lui thoi gian': 'Đề nghị điều chỉnh',
  'lui thoi han': 'Đề nghị điều chỉnh',
  'gia han': 'Đề nghị điều chỉnh',
  // Paused: the task no longer keeps to the programme's schedule, which has to be adjusted for it.
  ...Object.fromEntries(PAUSED.map((key) => [key, 'Đề nghị điều chỉnh' as const])),
  ...ENGLISH,
};

/** Paused or stopped (folded). */
const HALTED = new Set([...PAUSED, ...STOPPED]);

/** How a status was kept to (folded): "đúng hạn", "vượt tiến độ". */
const DEGREE = 'dung han|dung thoi han|truoc thoi han|xuat sac|dung tien do|dung ke hoach|dam bao tien do|truoc han|som|tre han|qua han|cham tien do|cham|tre|vuot tien do|vuot ke hoach|tot';
/** Words after a status that leave it as it is: "Hoàn thành đúng hạn", "Đã hoàn thành 100%", "Hoàn thành (chậm)". */
const QUALIFIER = new RegExp(String.raw`[\s,(-]+(?:${DEGREE}|100\s*%)\)?$`);
/** A share done (folded): "80%", "đạt 80%", "đã đạt được 100%". Group: the figure. */
const SHARE_DONE = String.raw`(?:(?:da )?dat(?: duoc)? )?(\d{1,3}(?:[.,]\d+)?)\s*%`;
/** A share done after the status: "Hoàn thành 80%", "Đang thực hiện (50%)", "Đang thực hiện, đạt 70%". */
const PERCENT = new RegExp(String.raw`^(.+?)[\s,:(-]+${SHARE_DONE}\)?$`);
/** A share done alone (folded): "60%", "Đạt 80%", "Đã đạt được 100%". */
const SHARE = new RegExp(`^${SHARE_DONE}$`);
/** "Đề xuất/Đề nghị" + "bỏ"/"điều chỉnh" + more words (matchKey: lower case, marks kept). */
const PROPOSAL_WITH_WORDS = /^đề (?:xuất|nghị) (bỏ|điều chỉnh)\s+[\p{L}\d]/u;
/** A move in time (folded): "Chuyển sang Quý IV", "Lùi thời gian sang tháng 10", "Dời đến 30/10/2025". */
const MOVED = /^(?:chuyen|lui|doi|day lui|lui thoi gian|lui thoi han|gia han|dieu chinh)(?:\s+(?:sang|den|toi|vao|qua|xuong))?\s+(?:thuc hien\s+)?(?:trong\s+|vao\s+)?(?:quy|thang|nam|ky|dot|giai doan|tuan|\d|q\.?\s*(?:[1-4]|iv|i{1,3})\b)/;
/** A reason after a status (matchKey: "do" is not "đó"): "Chưa thực hiện do chưa có kinh phí", "… vì …", "… chờ …", "… theo chỉ đạo …". */
const REASON = /^(.+?)\s+(?:do|vì|bởi|bởi vì|tại vì|chờ|đợi|theo chỉ đạo)\s+\S/u;
/** A day alone (folded): "20/08/2025", "20/8", "ngày 20/8". Groups: "ngày", day, month, year. */
const DAY_ALONE = /^(?:(ngay)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/;

/** A text that is a day alone: "20/08/2025", "20/8", "ngày 20/8" (any case, marks or spaces). */
export function isDayAlone(text: string): boolean {
  return DAY_ALONE.test(foldKey(text));
}

/**
 * Awaiting another body (matchKey: "chờ", not "cho" as in "được cho ý kiến"): "Đang trình UBND tỉnh",
 * "Chờ UBND tỉnh phê duyệt", "Đã trình, chờ phê duyệt". "Đã trình UBND tỉnh" alone is not: done or not depends on the product.
 */
const AWAITING_WORDS = /^(?:đang\s+trình(?!\p{L})|(?:đã\s+trình(?!\p{L})[^,;]*?[,;]?\s*|đang\s+)?chờ\s+(?:[\p{L}&.]+\s+){0,4}?(?:phê\s+duyệt|duyệt|ký|ban\s+hành|ý\s+kiến|thẩm\s+định)(?!\p{L}))/u;
/**
 * The same words typed with no marks at all ("De nghi dieu chinh sang Quy IV", "Dang trinh UBND
 * tinh"): read folded, but for what the marks alone tell apart: "bo sung" is "bổ sung" (to add),
 * "duoc cho y kien" is "được cho ý kiến" (given, not awaiting).
 */
const PROPOSAL_UNMARKED = /^de (?:xuat|nghi) (bo(?! sung\b)|dieu chinh)\s+[a-z\d]/;
const REASON_UNMARKED = /^(.+?)\s+(?:do|vi|boi|boi vi|tai vi|cho|doi|theo chi dao)\s+\S/;
const AWAITING_UNMARKED = /^(?:dang\s+trinh(?![a-z])|(?:da\s+trinh(?![a-z])[^,;]*?[,;]?\s*|dang\s+)?(?<!duoc\s)cho\s+(?:[a-z&.]+\s+){0,4}?(?:phe\s+duyet|duyet|ky|ban\s+hanh|y\s+kien|tham\s+dinh)(?![a-z]))/;

/** Text (matchKey) with no Vietnamese letter: typed with no marks, or a code ("HT"). */
const unmarked = (words: string): boolean => !/[^\x00-\x7f]/.test(words);
const proposalIn = (words: string) => (unmarked(words) ? PROPOSAL_UNMARKED : PROPOSAL_WITH_WORDS).exec(words);
const reasonIn = (words: string) => (unmarked(words) ? REASON_UNMARKED : REASON).exec(words);
/**
 * Sent to another body for what it is to do (matchKey): "Đã gửi UBND tỉnh xem xét", "Đã trình UBND
 * tỉnh ban hành", "Đã trình dự thảo Quyết định": waiting on it, so under way. Not "… và được cho ý
 * kiến" (given), nor "… và UBND tỉnh đã ban hành …", "… thẩm định xong" (done since, or not: asked), nor what
 * was sent ("Đã gửi văn bản góp ý", "Đã gửi Quyết định số …": the department's own part, asked); "Đã trình UBND tỉnh" alone says nothing of what is awaited.
 */
const SENT_FOR = /^đã\s+(?:trình|gửi|nộp|chuyển)(?!\p{L})\s*(?:(?!(?:được|đã)\s)[\p{L}&.]+\s+){0,5}?(?:để\s+|đề\s+nghị\s+)?(?:xem\s+xét|phê\s+duyệt|duyệt|ký|ban\s+hành|(?:cho|xin)\s+ý\s+kiến|(?<=(?:để|nghị|xin|lấy)\s+)góp\s+ý|thẩm\s+định|(?<!(?:trình|gửi|nộp|chuyển)\s+)quyết\s+định(?!\s+số))(?!\p{L})(?!\s+xong(?!\p{L}))(?![^]*(?<!\p{L})(?:đã|được)(?!\p{L}))/u;
const SENT_FOR_UNMARKED = /^da\s+(?:trinh|gui|nop|chuyen)(?![a-z])\s*(?:(?!(?:duoc|da)\s)[a-z&.]+\s+){0,5}?(?:de\s+|de\s+nghi\s+)?(?:xem\s+xet|phe\s+duyet|duyet|ky|ban\s+hanh|(?:cho|xin)\s+y\s+kien|(?<=(?:de|nghi|xin|lay)\s+)gop\s+y|tham\s+dinh|(?<!(?:trinh|gui|nop|chuyen)\s+)quyet\s+dinh(?!\s+so))(?![a-z])(?!\s+xong(?![a-z]))(?![^]*\b(?:da|duoc)\b)/;
const isAwaiting = (words: string): boolean => (unmarked(words) ? [AWAITING_UNMARKED, SENT_FOR_UNMARKED] : [AWAITING_WORDS, SENT_FOR]).some((re) => re.test(words));

/** A remark after a status, set off by punctuation: "Đang thực hiện, dự kiến xong 30/9". */
const REMARK = /^(.+?)\s*(?:[,;:(]|\s[-–]\s)/;

const exact = (key: string): Status | null => (Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : null); // not "constructor" and the like

/** A bullet before a status, as pasted from a list: "- Đã hoàn thành", "+ Hoàn thành", "• Đang thực hiện" (folded). */
const BULLET = /^(?:[-+•*–—]\s*)+/;
/** A status in quotes or brackets alone (folded): "“Hoàn thành”", "(Hoàn thành)". */
const FRAMED = /^(?:"([^"]+)"|“([^“”]+)”|\(([^()]+)\))$/;

/**
 * A status cell folded, a bullet before it, its closing punctuation and quotes or brackets around
 * it aside: "ĐÃ HOÀN THÀNH." → "da hoan thanh", "- Hoàn thành;" → "hoan thanh".
 */
function wholeKey(text: string): string {
  const key = foldKey(text).replace(BULLET, '').replace(/[.!;,]+$/, '');
  const framed = FRAMED.exec(key);
  return framed ? (framed[1] ?? framed[2] ?? framed[3])!.trim() : key;
}

/** The status key of a text: folded, end punctuation, how late and harmless qualifiers dropped. */
function statusKey(text: string): string {
  return wholeKey(text).replace(LATE_BY, '').replace(QUALIFIER, '');
}

/** What a delay is measured against (folded): "so với kế hoạch", "so với thời hạn được giao". */
const AGAINST = String.raw`so voi (?:ke hoach|kh|thoi han|tien do|quy dinh|yeu cau|du kien)(?: (?:de ra|duoc giao|ban dau))?`;
/**
 * How late, after a late word (folded): "Quá hạn 5 ngày", "Chậm tiến độ 2 tháng", "Hoàn thành chậm
 * 01 tuần", "Quá hạn 05 ngày so với kế hoạch", "Chậm tiến độ so với kế hoạch"; in brackets, "Hoàn thành (trễ 5 ngày)";
 * how early too: "Hoàn thành sớm 5 ngày", "Hoàn thành trước hạn 5 ngày".
 */
const LATE_BY = new RegExp(String.raw`(?<=\b(?:qua han|tre han|cham tien do|tre tien do|cham|tre|truoc han|som))(?: \d{1,3} (?:ngay(?: lam viec)?|tuan|thang)(?: ${AGAINST})?| ${AGAINST})\)?$`);

/**
 * Words that say more than the status they count as, so are never written as it: "Bỏ", "Hủy" may
 * record a decision, not a proposal; "Đã ban hành", "Đã tổ chức" name what was done; "Gia hạn" an adjustment granted;
 * "Tạm dừng" what happened to the task, not yet a request.
 */
const READ_ONLY_SYNONYMS = new Set(['bo', ...DROPPED, ...NOT_BEGUN, 'da ban hanh', 'da to chuc', 'lui thoi gian', 'lui thoi han', 'gia han', ...PAUSED, ...LATE, ...AWAITING, ...GOING_ON, ...PARTLY_DONE]);

/**
 * The canonical status a text means when it holds nothing but the status's words ("đã xong",
 * "ĐÃ HOÀN THÀNH."), else null (cached: a column repeats a few words). Safe to write back in its
 * place (the tracker does): "Hoàn thành trễ hạn" says more than the status, and is kept as typed.
 */
export const canonicalStatus = memo((text: string): Status | null => {
  if (otherWordFor(text)) return null;
  const key = wholeKey(text);
  return READ_ONLY_SYNONYMS.has(key) ? null : exact(key);
});

/**
 * The status a text means, qualifiers after it aside ("Hoàn thành đúng hạn", "Đã hoàn thành 100%");
 * whole first, as a qualifier may be the status: "Đang chậm tiến độ".
 */
const qualifiedStatus = memo((text: string): Status | null => exact(wholeKey(text)) ?? exact(statusKey(text)));

/**
 * The status a text is understood as, for checking and counting: `canonicalStatus`, or a status
 * with a share done or a remark after it. These keep what the unit wrote (a share, a date), so
 * they are not rewritten as the bare status; "Chưa hoàn thành" and "Hoàn thành 50%" neither,
 * as the text does not say whether the work has begun.
 */
export const readStatus = memo((text: string): Status | null => ownStatus(text) ?? (reportsDone(text) ? 'Hoàn thành' : null));

/** The status a text's own words give (`statusOf`); cached: a result cell that gives a blank status its own is read again as that status. */
const ownStatus = memo((text: string): Status | null => statusOf(text, true));

/** The one-word statuses as they are spelled (folded key → marked word). */
const ONE_WORD: Record<string, string> = { bo: 'bỏ', huy: 'hủy', rut: 'rút', tre: 'trễ', cham: 'chậm', xong: 'xong', ht: 'ht', dung: 'dừng' };
/** First words of the statuses of more words ("tre han", "huy bo"): a slip in one of these is still read. */
const LONGER_STARTS = new Set(Object.keys(SYNONYMS).filter((key) => key.includes(' ')).map((key) => key.split(' ', 2).join(' ')));
/** Hỏi and ngã, which many write one for the other ("Trể hạn"): the same word either way. */
const hoiNga = (word: string): string => word.normalize('NFD').replace(/\u0303/g, '\u0309').normalize('NFC');

/**
 * The one-word status a text starts with when it is typed with other marks, so is another word:
 * "Chấm" is not "Chậm", "Bố" not "Bỏ", "Xông" not "Xong" (folded they are the same). Typed with no
 * marks ("cham"), or hỏi for ngã ("Trể"), it is the status; "Đã" before it aside. Null when the text does not start so.
 * Cached: `canonicalStatus` and `readStatus` both ask it of every status cell.
 */
export const otherWordFor = memo((text: string): string | null => {
  const all = matchKey(text).replace(/^[^\p{L}]+/u, '').split(/[^\p{L}]+/u);
  // After "Đã" as alone: "Đã dừng" is stopped, "Đã dùng" is not.
  const words = all[0] === 'đã' && all.length > 1 ? all.slice(1) : all;
  const folded = foldKey(words[0]);
  const meant = Object.hasOwn(ONE_WORD, folded) ? ONE_WORD[folded] : null;
  if (!meant || LONGER_STARTS.has(`${folded} ${foldKey(words[1] ?? '')}`)) return null;
  return unmarked(words[0]) || hoiNga(words[0]) === hoiNga(matchKey(meant)) ? null : meant;
});

/** `readStatus`; `lines`: also read a new line typed in the cell (a capital after a status) as a part's end. */
function statusOf(text: string, lines: boolean): Status | null {
  if (otherWordFor(text)) return null;
  const whole = qualifiedStatus(text);
  if (whole) return whole;
  const key = statusKey(text);
  if (key === NOT_FINISHED) return 'Đang thực hiện';
  // A share done alone: "100%" is done, "60%", "Đạt 60%" under way.
  // Read before "100%" goes as a qualifier: "Đạt 100%".
  const folded = wholeKey(text);
  const share = SHARE.exec(key) ?? SHARE.exec(folded);
  if (share) {
    const done = Number(share[1].replace(',', '.'));
    return done > 100 ? null : done === 100 ? 'Hoàn thành' : done > 0 ? 'Đang thực hiện' : null;
  }
  const pct = PERCENT.exec(key) ?? PERCENT.exec(folded);
  if (pct) {
    // "Đang khảo sát 60%": "Đang" before other words of work is under way, as without the share.
    const s = exact(pct[1]) ?? (pct[1].startsWith('dang ') ? ongoing(pct[1]) : null);
    const share = Number(pct[2].replace(',', '.'));
    // "(Đang) tạm dừng 50%", "Dừng thực hiện 30%": how far the work got before it stopped; paused or stopped still.
    if (share <= 100 && HALTED.has(pct[1].replace(/^dang /, ''))) return s;
    // "Hoàn thành 80%" is work four-fifths done: under way, not finished. A share after any other
    // status ("Chưa thực hiện 30%"), or none done after "Hoàn thành" ("Hoàn thành 0%": not begun,
    // or not yet measured), contradicts it, and is left for a person to read.
    if (share > 100 || (s !== 'Đang thực hiện' && s !== 'Hoàn thành') || (s === 'Hoàn thành' && share === 0)) return null;
    return share < 100 ? 'Đang thực hiện' : s;
  }
  // A proposal says why or to what, with no punctuation: "Đề xuất bỏ vì đã lồng ghép", "Đề nghị
  // điều chỉnh sang Quý IV". Read with its marks: "Đề xuất bổ sung" proposes to add, not to drop.
  const proposal = proposalIn(matchKey(text));
  if (proposal) return proposal[1] === 'bỏ' || proposal[1] === 'bo' ? 'Đề xuất bỏ' : 'Đề nghị điều chỉnh';
  const asked = askedFor(text);
  if (asked) return asked;
  if (isDoneOnRecord(key)) return 'Hoàn thành';
  if (MOVED.test(key)) return 'Đề nghị điều chỉnh';
  const later = laterStatus(text, lines);
  if (later) return later;
  if (isAwaiting(matchKey(text))) return 'Đang thực hiện';
  // A day typed alone in the status column is the day the task was done (one still ahead is planned: statusOn).
  const day = DAY_ALONE.exec(key);
  if (day) return isDay(day[1], Number(day[2]), Number(day[3]), day[4]) ? 'Hoàn thành' : null;
  // A remark or a reason keeps the status ("Đang thực hiện, dự kiến…", "Đề xuất bỏ (trùng nhiệm vụ
  // 5)", "Chưa thực hiện do chưa có kinh phí"), but not after "Hoàn thành": "Hoàn thành, còn 2 nội
  // dung" may undo it, and a task wrongly read as finished drops off the overdue list. That one is
  // left for a person to read.
  const remark = REMARK.exec(key);
  const s = statusBefore(remark) ?? statusBefore(reasonIn(matchKey(text)));
  if (s) return s !== 'Hoàn thành' ? s : null;
  return key.startsWith('dang ') ? ongoing(text) : null;
}

/**
 * "Đang" before work in other words than the status's ("Đang xây dựng dự thảo", "Đang tổ chức thực
 * hiện", "Đang rà soát"): under way, unless what follows asks to drop or adjust ("Đang đề xuất bỏ").
 */
function ongoing(text: string): Status {
  const s = readStatus(text.trim().replace(/^\S+\s+/u, ''));
  return s === 'Đề xuất bỏ' || s === 'Đề nghị điều chỉnh' ? s : 'Đang thực hiện';
}

/** Asking ("Đề nghị", "Đề xuất", "Xin"; matchKey) before what is asked for. */
const ASKING = /^(?:đề\s+(?:xuất|nghị)|xin)\s+(?=\S)/u;

/**
 * A drop or an adjustment asked for in other words than the status's own: "Đề nghị chuyển sang
 * Quý IV", "Xin lùi thời gian", "Đề xuất không thực hiện". Asking for anything else (done, more
 * funds) is no status.
 */
function askedFor(text: string): Status | null {
  const words = matchKey(text);
  const head = ASKING.exec(words);
  if (!head) return null;
  const s = readStatus(words.slice(head[0].length));
  return s === 'Đề xuất bỏ' || s === 'Đề nghị điều chỉnh' ? s : null;
}

/** Late and awaiting words (folded): a status written after them ("Quá hạn, đã hoàn thành ngày …") says more. */
const OPEN_WORDS = new Set([...LATE, ...AWAITING]);

/**
 * What happened next, written after an open status: units append to the cell. After a late or
 * awaiting word any status counts ("Quá hạn, đề xuất bỏ", "Chờ phê duyệt; đã hoàn thành 20/11/2025");
 * after "Chưa/Đang thực hiện" only done on record, with its day or document ("Đang thực hiện\nHoàn
 * thành ngày 20/11/2025"; "Đang thực hiện, hoàn thành trước 30/9" is a plan), or a proposal. A line
 * break is a part's end.
 */
function laterStatus(text: string, lines: boolean): Status | null {
  const words = matchKey(text.split(/\s*\n\s*/).filter(Boolean).map((line, i, all) => (i < all.length - 1 && !/[,;:.(]$/.test(line) ? `${line};` : line)).join(' '));
  for (const sep of words.matchAll(PART_END)) {
    const head = words.slice(0, sep.index);
    const rest = words.slice(sep.index + sep[0].length);
    const after = sep[0].includes('(') ? rest.replace(/\)$/, '') : rest;
    const key = statusKey(head);
    // A day alone there may be the day it was submitted: no later status. A step done ("… thẩm định xong") leaves it to what follows.
    if (OPEN_WORDS.has(key) || isAwaiting(head.replace(/\s+xong$/u, ''))) return isDayAlone(after) ? null : readStatus(after);
    // "Chưa thực hiện do chưa có kinh phí, đề xuất bỏ": the status before its reason.
    const begun = partStatus(key) ?? statusBefore(reasonIn(head));
    if (begun === 'Chưa thực hiện' || begun === 'Đang thực hiện') return afterBegun(after, sep[0]);
    // "Đã dừng, chuyển sang năm 2026": stopped this year to be done later, a move, not a drop.
    if (HALTED.has(key) && MOVED.test(statusKey(after))) return 'Đề nghị điều chỉnh';
  }
  return doneAfterOpen(foldKey(words)) ?? (lines ? laterLine(text) : null);
}

/**
 * What counts after "Chưa/Đang thực hiện": done on record (in brackets, a day beside it is the one
 * planned), or a proposal ("Chưa thực hiện, đề xuất bỏ"); any other remark leaves the status.
 */
function afterBegun(after: string, separator: string): Status | null {
  if (!separator.includes('(') && isDoneOnRecord(foldKey(after))) return 'Hoàn thành';
  const s = readStatus(after);
  return s === 'Đề xuất bỏ' || s === 'Đề nghị điều chỉnh' ? s : null;
}

/**
 * An open status then done on record with nothing between (a line break read as a space: "Chờ phê
 * duyệt Đã hoàn thành 20/11/2025"): the open part must be the status's words alone.
 */
function doneAfterOpen(key: string): Status | null {
  for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
    const s = exact(key.slice(0, at));
    if ((s === 'Chưa thực hiện' || s === 'Đang thực hiện') && isDoneOnRecord(key.slice(at + 1))) return 'Hoàn thành';
  }
  return null;
}

/** A plan in an awaiting part: "Đang chờ phê duyệt, dự kiến Hoàn thành …" (matchKey or folded). */
const PLANNED = /(?<!\p{L})(?:dự kiến|du kien|sẽ|se)(?!\p{L})/u;

/**
 * A cell's lines read as its parts (the line break read as a space, the new line's capital kept):
 * after a status, a capitalised word starts a part as after ";", so "Quá hạn" + "Đã hoàn thành" is
 * done, "Đang trình UBND tỉnh" + "Hoàn thành ngày 20/11/2025" too, "Chưa thực hiện" + "Đề xuất bỏ"
 * a drop, "Đang thực hiện" + "Dự kiến hoàn thành 30/12" under way. The first part that changes the
 * status wins. With no capital the words may be one sentence ("… dự kiến hoàn thành ngày …").
 */
function laterLine(text: string): Status | null {
  const words = normalizeText(text).split(' ');
  const keys = matchKey(text).split(' ');
  const folded = foldKey(text).split(' ');
  // Most texts that come this far start with no status: not read word by word.
  if (keys.length !== words.length || folded.length !== words.length || !STATUS_START.has(folded[0])) return null;
  let first: Status | null = null;
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]) || /[,;:.(]$/.test(words[i - 1])) continue;
    const key = keys.slice(0, i).join(' ');
    if (PLANNED.test(key)) break;
    const own = exact(statusKey(folded.slice(0, i).join(' '))) ?? (isAwaiting(key) ? 'Đang thực hiện' : null);
    if (!own) continue;
    // Not readStatus: the same text with ";" would try each line again.
    const s = statusOf(`${words.slice(0, i).join(' ')}; ${words.slice(i).join(' ')}`, false);
    if (s && s !== own) return s;
    first ??= s;
  }
  return first;
}

/** The first words (folded) a status or an awaiting part may start with. */
const STATUS_START = new Set([...Object.keys(SYNONYMS).map((key) => key.split(' ')[0]), 'dang', 'da', 'cho']);

/** Where a status cell's part ends (matchKey; a line break made ";"): a remark's punctuation (as REMARK) or a sentence's end. */
const PART_END = /\s*(?:[,;:(]|\s[-–]\s|\.\s)\s*/g;

// Not finished, begun or not: open either way. "Đang thực hiện" is what it most often means
// (a task not begun is "chưa thực hiện/triển khai").
const NOT_FINISHED = 'chua hoan thanh';

/** The status a part's words (statusKey) are, "Chưa hoàn thành" as under way. */
const partStatus = (key: string): Status | null => exact(key) ?? (key === NOT_FINISHED ? 'Đang thực hiện' : null);

const statusBefore = (head: RegExpExecArray | null): Status | null => (head ? partStatus(statusKey(head[1])) : null);

/**
 * `readStatus` on the report date `asOf` (today when none): a day after it given as the day done
 * ("20/11/2025" alone, "HT 20/11") is the day planned, so the task is still open ("Đang thực hiện").
 * A day with no year ("20/8") is in `year` (the programme's), else in the report date's.
 */
export function statusOn(text: string, asOf?: string, year?: number | null, product?: string | null): Status | null {
  const s = readStatus(text) ?? (product ? submittedStatus(text, product) : null);
  if (s !== 'Hoàn thành') return s;
  // Most statuses name no day: done, with no closure (nor its context) made for them.
  const days = namedDays(text);
  if (!days.length) return s;
  const on = asOf || todayIso();
  const latest = latestDay(days, year, on);
  return latest && latest > on ? 'Đang thực hiện' : s;
}

/** The latest of the days a status names, a year written nowhere being `year`, else that of `on`. */
function latestDay(days: readonly { day: number; month: number; year: number | null }[], year: number | null | undefined, on: string): string | null {
  return days.reduce<string | null>((last, d) => {
    const iso = makeIso(d.year ?? year ?? Number(on.slice(0, 4)), d.month, d.day);
    return iso && (!last || iso > last) ? iso : last;
  }, null);
}

/** "Đã trình UBND tỉnh", "Đã gửi Sở", "Đã nộp hồ sơ" (folded), saying nothing of what is awaited. */
export const SUBMITTED = /^da (?:trinh|gui|nop)\b/;
/** A product the submission itself delivers (folded): "Tờ trình …", "Hồ sơ đăng ký …", "01 Báo cáo". */
const SENT_PRODUCT = /^(?:\d+\s+)?(?:to trinh|ho so|bao cao)\b/;
/** A product another body issues (folded): "Quyết định của UBND tỉnh", "Kế hoạch do UBND tỉnh ban hành". */
const ISSUED_PRODUCT = /\b(?:cua|do) (?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|tinh uy|chu tich ubnd)\b/;

/** Whether the product (folded) is what a submission delivers ("sent") or what another body issues ("issued"); null when it does not say. */
export function productKind(product: string): 'sent' | 'issued' | null {
  if (ISSUED_PRODUCT.test(product)) return 'issued';
  return SENT_PRODUCT.test(product) ? 'sent' : null;
}

/** NOT_YET's words typed with no marks, those "chờ" and "chưa" do not share with "cho", "chua" ("Da nop ho so, dang cho tham dinh"). */
const NOT_YET_UNMARKED = /\b(?:dang|con|du kien|du thao|tiep tuc)\b|%/;

/** Whether a submission says nothing of what is not done yet (NOT_YET: "đang chờ thẩm định", "chờ góp ý", "Đã gửi dự thảo"): only then does the product tell done from under way. */
export function bareSubmission(text: string): boolean {
  const words = matchKey(text);
  return !(unmarked(words) ? NOT_YET_UNMARKED : NOT_YET).test(words);
}

/**
 * A submission no status reads ("Đã trình UBND tỉnh", "Đã nộp hồ sơ") by the task's product: done
 * when the submission is the product ("Tờ trình", "Hồ sơ"), under way when another body is to issue
 * it ("Quyết định của UBND tỉnh"); null when the product says neither.
 */
function submittedStatus(text: string, product: string): Status | null {
  if (!SUBMITTED.test(foldKey(text)) || !bareSubmission(text)) return null;
  const kind = productKind(foldKey(product));
  return kind === 'sent' ? 'Hoàn thành' : kind === 'issued' ? 'Đang thực hiện' : null;
}

/** The words that say done ("đã hoàn thành", "ht", "đã ban hành"; folded), longest first. */
const DONE_WORDS = Object.keys(SYNONYMS)
  .filter((key) => SYNONYMS[key] === 'Hoàn thành')
  .sort((a, b) => b.length - a.length);
/** A document cited (folded): "Công văn số 123/SKHCN-VP", "QĐ số 123", "số 45/TTr-SKHCN", "120/BC-SKHCN". */
const DOCUMENT = new RegExp(String.raw`\b(?:(?:${DOCUMENT_WORDS})\s*(?:so\s*)?\d+(?:\/[a-z\d&.-]+)*|${DOCUMENT_NUMBER})`, 'g');
/** A day (folded): "ngày 20/8/2025", "20/8", "20.8.2025", "ngày 20 tháng 8 năm 2025". Groups: "ngày", day, month, year; day, month, year in words. */
const DAY = /(?:\b(ngay)\s+)?(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])|\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
/** What may stand between the records: "tại", "theo", "vào", "đúng hạn", "đã ban hành" (the document), punctuation. */
const RECORD_GLUE = new RegExp(String.raw`\b(?:tai|theo|bang|kem|vao|luc|(?:da )?ban hanh|${DEGREE})\b|[\s(),:;.\-–]`, 'g');

/**
 * Done, with the day or the document that records it and nothing else: "Hoàn thành ngày 20/8/2025",
 * "HT 20/8", "Đã hoàn thành (QĐ số 123/QĐ-SKHCN)", "Đã ban hành Kế hoạch số 12/KH-SKHCN". Any other
 * word may undo it ("Hoàn thành 20/8, còn 2 nội dung"), and "trước 30/9" is a plan.
 */
function isDoneOnRecord(key: string): boolean {
  const head = DONE_WORDS.find((w) => key.startsWith(w) && /^[\s(,;:.-]/.test(key.slice(w.length)));
  if (!head) return false;
  let records = 0;
  let rest = withoutRecords(key.slice(head.length), () => records++);
  // After "Đã …" (done, not a plan: "Hoàn thành tháng 8" may be one), the month, quarter or half-year it was done in is a record too.
  if (head.startsWith('da ')) rest = rest.replace(MONTH_DONE, (m, month: string) => (isMonth(month) ? (records++, ' ') : m)).replace(QUARTER_DONE, () => (records++, ' ')).replace(HALF_DONE, () => (records++, ' '));
  return records > 0 && rest.replace(RECORD_GLUE, '') === '';
}

/** The month a task was done in (folded): "tháng 8/2025", "trong tháng 8", "tháng 8 năm 2025". Groups: month, year. */
const MONTH_DONE = /\b(?:trong\s+)?thang\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+nam\s+(\d{4}))?(?![\d/])/g;
/** The quarter a task was done in (folded): "Quý III/2025", "trong quý 3 năm 2025", "Q3/2025". Groups: quarter, year. */
const QUARTER_DONE = new RegExp(String.raw`\b(?:trong\s+)?(?:quy\s+|q\.?\s*)${QUARTER_TOKEN}\b(?:\s*[/-]\s*(\d{4})|\s+nam\s+(\d{4}))?(?![\d/])`, 'g');
/** The half-year a task was done in (folded): "6 tháng đầu năm", "trong 6 tháng cuối năm 2025". Groups: first or last, year. */
const HALF_DONE = /\b(?:trong\s+)?(?:6|sau)\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?(?![\d/])/g;
const isMonth = (month: string): boolean => Number(month) >= 1 && Number(month) <= 12;

/** The real days a status names, documents' numbers aside: day, month and the year written, if any. */
const namedDays = memo((text: string): { day: number; month: number; year: number | null }[] => {
  const key = foldKey(text).replace(DOCUMENT, ' ');
  const days = [...key.matchAll(DAY)].flatMap((m) => {
    const [ngay, day, month, year] = m[2] ? [m[1], m[2], m[3], m[4]] : ['ngay', m[5], m[6], m[7]];
    if (!isDay(ngay, Number(day), Number(month), year)) return [];
    return [{ day: Number(day), month: Number(month), year: year ? Number(year) + (year.length === 2 ? 2000 : 0) : null }];
  });
  // A month done in ("Đã hoàn thành tháng 12/2025") counts from its first day: one not yet begun is planned.
  const months = [...key.matchAll(MONTH_DONE)].flatMap((m) => (isMonth(m[1]) ? [{ day: 1, month: Number(m[1]), year: m[2] || m[3] ? Number(m[2] || m[3]) : null }] : []));
  // A quarter likewise, from its first month.
  const quarters = [...key.matchAll(QUARTER_DONE)].map((m) => ({ day: 1, month: quarterOf(m[1])! * 3 - 2, year: m[2] || m[3] ? Number(m[2] || m[3]) : null }));
  // A half-year likewise, from January or July.
  const halves = [...key.matchAll(HALF_DONE)].map((m) => ({ day: 1, month: m[1] === 'dau' ? 1 : 7, year: m[2] ? Number(m[2]) : null }));
  return [...days, ...months, ...quarters, ...halves];
});

/** The (folded) text with each document cited and each real day made a space; `found` is told of each. */
function withoutRecords(text: string, found: () => void = () => {}): string {
  return text
    .replace(DOCUMENT, () => (found(), ' '))
    .replace(DAY, (m, ngay?: string, d?: string, mo?: string, y?: string) => (d && !isDay(ngay, Number(d), Number(mo), y) ? m : (found(), ' ')));
}

/** A real day and month; "1/2", "3/4" with no year nor "ngày" are shares done, not days. */
function isDay(ngay: string | undefined, day: number, month: number, year: string | undefined): boolean {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ? Number(year) + (year.length === 2 ? 2000 : 0) : 2024, month)) return false;
  return !!ngay || !!year || day >= month || month > 4;
}

/**
 * A result that reports the product issued or the event held ("Đã ban hành Báo cáo số …", "Đã tổ chức hội
 * nghị …", "Đã được UBND tỉnh phê duyệt"; matchKey). "Đã nghiệm thu (cấp) cơ sở" is a project's first
 * acceptance, not its last. A report sent ("Đã gửi báo cáo", "Đã nộp báo cáo UBND tỉnh") is delivered: no other
 * body is to issue it (sent for a decision, "… xem xét", it waits: SENT_FOR); not one that asks for something
 * ("… đề nghị/xin/đề xuất …" within the next words, not after "và": "… và đề xuất nhiệm vụ năm 2026" is the
 * report's content) or reports progress ("báo cáo tiến độ", "giữa kỳ"): those are asked about. Others' words before "thực hiện", "tổ chức" ("Đã được gia hạn thực hiện",
 * "Đã được UBND tỉnh giao thực hiện") say what the task was given, not that it was done.
 */
const ISSUED = /^đã (?:được (?:(?!chờ )[\p{L}&.]+ ){0,4}?(?:ban hành|ký ban hành|phê duyệt|công bố|nghiệm thu)|(?:được )?(?:ban hành|ký ban hành|tổ chức|phát hành|hoàn thành|thực hiện|phê duyệt|công bố|nghiệm thu)|(?:gửi|nộp|trình) báo cáo(?!\p{L})(?!(?:\s+(?!và(?!\p{L}))[\p{L}\p{N}&./]+){0,4}?\s+(?:đề nghị|đề xuất|xin|giữa kỳ|tiến độ)(?!\p{L})))(?!\p{L})/u;
/** The issuing advised, as the department's reports say it ("Đã tham mưu UBND tỉnh ban hành Kế hoạch số …"; matchKey): done with the document's number. */
const ADVISED = /^đã tham mưu (?:[\p{L}&.]+ ){0,4}?(?:ban hành|ký ban hành|phê duyệt|công bố)(?!\p{L})/u;
/** Words that say it is not (all) done yet: "đang triển khai", "còn 01 lớp", "dự kiến", "một phần", a first acceptance ("nghiệm thu cơ sở"). */
const NOT_YET = /(?<!\p{L})(?:chưa|đang|còn|một phần|dự kiến|sẽ|tiếp tục|chờ|dự thảo|xin ý kiến|bước đầu|nghiệm thu (?:cấp )?cơ sở)(?!\p{L})|%/u;

/**
 * The status a "Kết quả thực hiện" cell gives a task whose status is blank: the cell itself when
 * it reads as one, else "Hoàn thành" when it reports the product issued or the event held and
 * nothing says otherwise (a share "01/02 lớp", "đang triển khai"). "Đã trình …" is not: whether the
 * department's part is done depends on the product.
 */
export function resultStatus(text: string): string | null {
  if (ownStatus(text)) return text;
  return reportsDone(text) ? 'Hoàn thành' : null;
}

/**
 * The product issued or the event held, and nothing says otherwise ("Đã tổ chức hội nghị tổng kết",
 * not "Đã tổ chức 01/02 lớp", "Đã ban hành …; đang triển khai"): done, in a status cell as in a result.
 */
function reportsDone(text: string): boolean {
  const words = matchKey(text);
  const issued = ISSUED.test(words);
  if ((!issued && !ADVISED.test(words)) || NOT_YET.test(words)) return false;
  let cited = 0;
  const rest = withoutRecords(foldKey(text), () => cited++);
  return (issued || cited > 0) && !/\d\s*\/\s*\d/.test(rest);
}

/**
 * The status a note gives a task whose status and result are blank: the note itself when it reads as
 * done, under way or not begun. A proposal in a note is the proposals' (reading/proposals).
 */
export function noteStatus(text: string): string | null {
  // Most notes are remarks ("Nhiệm vụ quan trọng …", "Thời hạn trình …"): none starts as a status does.
  const key = foldKey(text);
  const first = key.split(' ', 1)[0];
  // "Tiếp tục thực hiện" in a plan's note carries a task over from last year: a plan, not progress.
  if (!STATUS_START.has(first) || first === 'tiep') return null;
  // "Đã được UBND tỉnh phê duyệt tại Quyết định số …": what others did, the task's basis in a plan.
  if (key.startsWith('da duoc ')) return null;
  const s = readStatus(text);
  return s === 'Hoàn thành' || s === 'Đang thực hiện' || s === 'Chưa thực hiện' ? text : null;
}

/** Done with on the report date (`statusOn`): finished, or proposed for removal. Not overdue, whatever the date. */
export function isClosedOn(status: string | null | undefined, asOf: string | undefined, year?: number | null, product?: string | null): boolean {
  const s = status ? statusOn(status, asOf, year, product) : null; // readStatus folds spaces (NBSP too) itself
  return s === 'Hoàn thành' || s === 'Đề xuất bỏ';
}

const CANDIDATES: Candidate<Status>[] = Object.entries(SYNONYMS).map(([key, s]) => ({ key, group: s, value: s }));

/**
 * The status a mistyped text most likely means: by the same rule as names (none for short words,
 * one edit up to 12 letters, and clearly nearer than any other status). "HT" is two edits from
 * "bỏ": guessing there would turn a finished task into one proposed for removal.
 */
export function nearestStatus(text: string): Status | null {
  // A question ("Đề xuất bỏ?") is not yet the status it asks about.
  if (text.includes('?')) return null;
  const key = statusKey(text);
  const near = safeNearest(key, key.replace(/[^a-z0-9]/g, '').length, CANDIDATES);
  return near && !otherWordWritten(text, near) ? near : null;
}

/**
 * A slip keeps a word's vowel ("Hoàn thàn", "Hoàn thàng" for "thành"); another word in its place,
 * or one more, says something else ("Dừng thực hiện" is not "Đang thực hiện", "Tạm hoàn thành" not
 * "Hoàn thành"): no guess then.
 */
function otherWordWritten(text: string, status: Status): boolean {
  const typed = text.normalize('NFC').toLowerCase().split(/[\s,.;:()]+/u).filter(Boolean);
  const meant = status.toLowerCase().split(' ');
  if (typed.length !== meant.length) return typed.some((w) => !meant.some((m) => foldKey(m) === foldKey(w)) && isVietnameseSyllable(w));
  return typed.some((w, i) => foldKey(w) !== foldKey(meant[i]) && isVietnameseSyllable(w) && vowels(w) !== vowels(meant[i]));
}

/** A word's vowels with their marks: "ừ" in "dừng", "a" in "đang". */
function vowels(word: string): string {
  return word.replace(/[^aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu, '');
}
