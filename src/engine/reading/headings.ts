/**
 * Headings between and inside tables: quarters ("I | Quý III (96 nhiệm vụ)", "Những nội dung hoàn
 * thành trong Quý I: Gồm 26 nhiệm vụ", "Quý III/2025"), months ("Tháng 7", "Tháng 7/2025"),
 * sections ("1. Nhiệm vụ trọng tâm: Gồm 06 nội dung", "II"), and the counts they declare.
 */
import { DIGIT_WORDS, foldKey, NUMBER_WORD, NUMBER_WORDS_WRITTEN, numberInWords, ORDINAL_WORDS } from '../text';
import { SECTION_MARK } from './markers';
import { headingProposalKind } from './proposals';

export interface Heading {
  /**
   * 0: a total ("Tổng cộng 288 nhiệm vụ"); 1: a section; 2: a quarter; 3: a month; 4: a sub-section
   * inside a quarter ("a | Phòng QLKH&ĐMST"), which keeps the quarter and month in force.
   */
  level: 0 | 1 | 2 | 3 | 4;
  quarter: number | null;
  month: number | null;
  year: number | null;
  declared: number | null;
  /** "Quý III", "Tháng 7", "Nhiệm vụ trọng tâm". */
  label: string;
  /** Section headings that say the tasks under them run all year (trọng tâm, xuyên suốt, thường xuyên). */
  allYear: boolean;
  /** A month range's first month ("Tháng 9-10": 9); `month` is its last. */
  firstMonth?: number;
  /** A range back across the year's end naming no year ("Tháng 12-1"): its last month is in the year after the one in force. */
  monthNextYear?: true;
  /** The first quarter of a heading naming several ("Quý I và Quý II": 1); `quarter` is its last. */
  firstQuarter?: number;
  /**
   * Only words a deadline, quarter or month cell holds too ("Cả năm", "Thường xuyên", "Quý I - Quý IV"):
   * a heading in the number or task column (or merged across), elsewhere the rest of a task split at a page.
   */
  cellWords?: true;
  /** A quarter heading's month written after it in the same cell ("Quý III (96 nhiệm vụ) - Tháng 7"). */
  thenMonth?: Heading;
  /** A count of KPIs ("Gồm 03 chỉ tiêu"): it counts the KPI rows under the heading, if any, never tasks. */
  kpiDeclared?: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** A quarter's Roman numeral, as the department writes it: QUARTER_NAMES[2] is "III". */
export const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

export function romanValue(s: string): number | null {
  return ROMAN[s.toLowerCase()] ?? null;
}

/** "Quý", or "Quí" in the older spelling (folded). */
export const QUARTER_WORD = 'qu[yi]';

/** A quarter as written after "Quý" (folded): "iii" or "3". One pattern for every place that reads one. */
export const QUARTER_TOKEN = '(iv|iii|ii|i|[1-4])';
/** After the word "Quý" itself a quarter may be written with a zero too, as months are: "Quý 03", "QUÝ 04/2025". */
export const QUARTER_AFTER_WORD = '(iv|iii|ii|i|0?[1-4])';

/** A quarter as written after "Quý": "III", "3" or "03" → 3. */
export function quarterOf(token: string): number | null {
  return /^0?\d$/.test(token) ? Number(token) : romanValue(token);
}

export function isRomanNumeral(s: string): boolean {
  return /^(x{0,3})(ix|iv|v?i{0,3})\.?$/i.test(s.trim()) && s.trim().replace('.', '') !== '';
}

/** "Phần II", "PHẦN THỨ HAI", "Phần 2" opening a line; the rest after a mark ("Phần I. …", "Phần I: …"). */
const PART = /^\s*phần\s+(?:thứ\s+(nhất|hai|ba|tư|năm|sáu)|([ivx]+|[1-9]))(?![\p{L}\d])\s*(?:[.:)–-]\s*)?/iu;
const PART_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/**
 * A part of the document written with its word ("Phần II", "PHẦN THỨ HAI: NHIỆM VỤ CỤ THỂ") as the
 * Roman-numbered section it is: "II", "II. NHIỆM VỤ CỤ THỂ". Other text as it is.
 */
export function partAsRoman(text: string): string {
  // Asked of every row's number cell: most are ruled out at the first letter.
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x70 && first !== 0x20) return text;
  const m = PART.exec(text);
  if (!m) return text;
  const n = m[1] ? ORDINAL_WORDS[foldKey(m[1])] : /\d/.test(m[2]) ? Number(m[2]) : romanValue(m[2]);
  if (!n || n > PART_ROMAN.length) return text;
  const rest = text.slice(m[0].length);
  return rest ? `${PART_ROMAN[n - 1]}. ${rest}` : PART_ROMAN[n - 1];
}

/** "a", "b)", "c." — letter section markers. */
export function isLetterMarker(s: string): boolean {
  return /^[a-zđ][.)]?$/i.test(s.trim());
}

/** A section's marker before its words: "1 ", "2. ", "II ", "b) ". */
const MARKER = new RegExp(String.raw`^${SECTION_MARK}(?:[.)]\s*|\s+)(?=\D)`);

/** What a count counts, folded: "3 nhiệm vụ", "02 nội dung", "5 việc", "04 đầu việc". */
const TASK_WORDS = 'nhiem vu|noi dung|nv|n/v|cong viec|dau viec|viec';
/** "NV", "n/v" for "nhiệm vụ", also typed against the figure: "(12NV)". */
const TASK_SHORT = String.raw`(?:nv|n/v)\b`;
/**
 * A count's figure: "96", or with Vietnamese thousands "1.200" (and "1,200": three digits after the
 * mark). Never from inside a longer number: "(10001 nhiệm vụ)" is 10001, not the "0001" it ends with.
 */
const COUNT_FIGURE = String.raw`(?<!\d)(\d{1,3}(?:[.,]\d{3})+|\d{1,6})`;
/**
 * "96 nhiệm vụ", "(96 nhiệm vụ)", and as official texts write a count, in figures and words: "04
 * (bốn) nhiệm vụ", "bốn (04) nhiệm vụ". A figure in brackets follows a word, not a marker ("(1) Nhiệm
 * vụ trọng tâm"). Groups: the figure (one of two), what it counts.
 */
const COUNT = new RegExp(
  String.raw`(?:gom|co|tong cong|tong so|tong)?\s*(?:\(?\s*${COUNT_FIGURE}(?:\s+(?:\([a-z ]{2,30}\)\s*)?|(?=${TASK_SHORT}))|(?<=[a-z]{2}\s*)\(\s*${COUNT_FIGURE}\s*\)\s*)(${TASK_WORDS}|chi tieu)\b`,
);

/** The number a COUNT_FIGURE match writes: "1.200" → 1200. */
function figureValue(figure: string): number {
  return Number(figure.replace(/[.,]/g, ''));
}

const FIGURE_ALONE = /^\(?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*\)?$/;

/** A count alone in its cell, as a total row shows it: "72", "(72)", "1.200", "1,200"; null for anything else. */
export function figureCount(text: string): number | null {
  const m = FIGURE_ALONE.exec(text.trim());
  return m ? figureValue(m[1]) : null;
}

/** Declared count in a heading: "(96 nhiệm vụ)", "Gồm 26 nhiệm vụ", "Gồm 06 nội dung". */
export function declaredCount(folded: string): number | null {
  // Not the row's own number: "1 | Nhiệm vụ trọng tâm" joins as "1 nhiem vu trong tam".
  return countIn(folded.replace(MARKER, ''));
}

/** A count of KPIs in (folded) text: "gồm 03 chỉ tiêu", "(15 chỉ tiêu)". */
export function kpiCountIn(folded: string): number | null {
  const m = COUNT.exec(folded.replace(MARKER, ''));
  return m && m[3] === 'chi tieu' ? figureValue(m[1] ?? m[2]) : null;
}

/** A count of tasks written in (folded) text: "96 nhiệm vụ", "gồm 06 nội dung", "(bốn nhiệm vụ)". */
export function countIn(folded: string): number | null {
  const m = COUNT.exec(folded);
  // "Gồm 15 chỉ tiêu" counts KPI rows, which are not checked as tasks.
  if (m) return m[3] !== 'chi tieu' ? figureValue(m[1] ?? m[2]) : null;
  const w = WORDED_COUNT.exec(folded);
  return w ? numberInWords(w[1]) : null;
}

/**
 * A count in words only, in brackets or after "gồm", "có" (folded): "(bốn nhiệm vụ)", "gồm hai mươi
 * mốt nội dung". Not words before "nhiệm vụ" in a sentence ("Triển khai ba nhiệm vụ …").
 */
const NUMBER_WORDS = String.raw`(?:${NUMBER_WORD}\s+)+`;
/** A number in words ending a line (folded): "bon", "hai muoi mot". */
const NUMBER_WORDS_AT_END = String.raw`(${NUMBER_WORD}(?:\s+${NUMBER_WORD})*)`;
const WORDED_COUNT = new RegExp(String.raw`(?:\(\s*|\b(?:gom|co|tong cong|tong so)\s*:?\s+)(${NUMBER_WORDS})(?:${TASK_WORDS})\b`);

/**
 * Months as written (folded): "thang 7", "thang thu 8", "thang 7/2025", "thang 7 nam 2025", and ranges "thang 7-8",
 * "thang 7, 8 va 9", "thang 7 den thang 8/2025", "thang 11/2025 - thang 1/2026"; not a count after a dash
 * ("thang 7 - 2 nhiem vu"). Groups: first month,
 * its year, the rest of the range, the year at the end.
 */
const MONTHS = String.raw`\bthang\s+(?:thu\s+)?(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?((?:\s*(?:[-–—]|,|;|va|den|toi)\s*(?:thang\s+)?\d{1,2}\b(?!\s*[/.]\s*\d{1,2}\b)(?!\s*(?:\([a-z ]{2,30}\)\s*)?(?:${TASK_WORDS})\b))*)(?:\s*(?:[/–—-]|nam)\s*(\d{4}))?\b`;
export const MONTHS_IN_TEXT = new RegExp(MONTHS);
// After an optional marker: "2.", "b)", "II." ("II | Tháng 8" under "A | QUÝ III"), and words
// that say what the month holds: "Nhiệm vụ tháng 7", "Các nhiệm vụ hoàn thành trong tháng 8".
const MONTH_LEAD = String.raw`(?:(?:cac\s+)?(?:nhiem vu|cong viec|noi dung)(?:\s+[a-z]+){0,3}?\s+(?:trong\s+)?)?`;
const MONTH_HEADING = new RegExp(String.raw`^(?:${SECTION_MARK}[.)]?\s+)?` + MONTH_LEAD + MONTHS);
/** Words before a bare figure in a heading's brackets (folded): "Quý III (Tổng: 03)", "(gồm 03)". */
const FIGURE_WORDS = String.raw`(?:(?:tong cong|tong so|tong|gom|co)\s*:?\s*)?`;
/** A count after a short quarter or month ("Q4 - 3 nhiệm vụ", "T7 (4 nhiệm vụ)", "T8: 2 nhiệm vụ", "T7 (02)"), to the line's end. */
const SHORT_COUNT = String.raw`(?:\s*[-–:(]?\s*(?:gom|co)?\s*${COUNT_FIGURE}\s+(?:${TASK_WORDS})\s*\)?|\s*[-–:]?\s*\(\s*${FIGURE_WORDS}\d{1,4}\s*\)|\s*:\s*\d{1,4})?$`;
/**
 * "Q4", "Q.IV/2025", "Q1 năm 2025", "Q4 - 3 nhiệm vụ", "Q3 (1.200 nhiệm vụ)" alone on a heading
 * line, as sheet names write a quarter ("Q3-2025"): the quarter, its year.
 */
const SHORT_QUARTER = new RegExp(
  String.raw`^(?:${SECTION_MARK}[.)]?\s+)?q\.?\s?${QUARTER_TOKEN}(?:\s*(?:[/-]|nam)\s*(\d{4}))?${SHORT_COUNT}`,
);
/** Months in words (folded): the digits' words but "lăm" (it only ends a number), "mười" …, "giêng", "chạp". */
const MONTH_DIGITS = Object.fromEntries(Object.entries(DIGIT_WORDS).filter(([w]) => w !== 'lam'));
export const MONTH_WORDS: Record<string, number> = { gieng: 1, ...MONTH_DIGITS, muoi: 10, 'muoi mot': 11, 'muoi hai': 12, chap: 12 };
/** A month's name after "tháng" (folded): "giêng", "một" … "mười hai", "chạp"; longest first. */
export const MONTH_WORD = `(${Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
/**
 * "Tháng Mười", "Tháng Giêng năm 2026", "tháng Mười Hai", "Tháng Năm 2025" alone on a heading line or
 * in a "Tháng" cell (folded): the month's word, its year. Alone on its line, "Tháng Năm 2025" and
 * "Tháng năm năm 2025" are May: a line is no heading for "a month of the year 2025".
 */
const WORDED_MONTH = new RegExp(String.raw`^(?:${SECTION_MARK}[.)]?\s+)?thang\s+${MONTH_WORD}(?:(?:\s*(?:[/-]|nam)\s*|\s+)(\d{4}))?$`);

/** Whether some month of first..last lies in the quarter ("Tháng 9-10" is partly in Quý III). */
export function monthsInQuarter(first: number, last: number, quarter: number): boolean {
  const from = Math.ceil(first / 3);
  const to = Math.ceil(last / 3);
  // "Tháng 12-1/2026" runs from Quý IV into the next year's Quý I.
  return from <= to ? from <= quarter && quarter <= to : quarter >= from || quarter <= to;
}

/** The month a month written in words names ("thang muoi hai", folded): 12; null for other text. */
export function wordedMonth(folded: string): number | null {
  const m = WORDED_MONTH.exec(folded);
  return m ? MONTH_WORDS[m[1]] : null;
}
/** A month's abbreviation before its figure (folded): "t7", "th.8", "t 10/2025" in a "Tháng" cell; replace by "$1". */
export const MONTH_ABBREVIATION = /(^|[\s,;-])th?\.?\s*(?=\d)/g;
/** "T7", "T.8/2025", "T7 (4 nhiệm vụ)" alone on a heading line. */
const SHORT_MONTH_HEAD = String.raw`^(?:${SECTION_MARK}[.)]?\s+)?t\.?\s?(\d{1,2})(?:\s*\/\s*(\d{4}))?`;
const SHORT_MONTH = new RegExp(SHORT_MONTH_HEAD + SHORT_COUNT);
/** "T7" with a count line's words after it, "T7 (Số nhiệm vụ: 3)": the month; countLineAfter reads the count. */
const SHORT_MONTH_COUNTED = new RegExp(SHORT_MONTH_HEAD + String.raw`(?=\s*[(.:;,–-]\s*so\s)`);

/**
 * The months a match of MONTHS_IN_TEXT names. A range counts as its last month: a task "in tháng
 * 7-8" is due by the end of August. A range back to an earlier month runs into the next year
 * ("tháng 12-1/2026", "tháng 10 đến tháng 3 năm 2026"): `acrossYear`, and `year` is the last month's.
 * Null when a month is not 1–12.
 */
export function monthSpan(m: RegExpExecArray): { first: number; last: number; year: number | null; acrossYear: boolean } | null {
  const first = Number(m[1]);
  const rest = m[3] ? m[3].match(/\d{1,2}/g)! : [];
  const last = rest.length ? Number(rest[rest.length - 1]) : first;
  if (first < 1 || first > 12 || last < 1 || last > 12) return null;
  const acrossYear = last < first;
  const firstYear = m[2] ? Number(m[2]) : null;
  const year = m[4] ? Number(m[4]) : firstYear !== null ? firstYear + (acrossYear ? 1 : 0) : null;
  return { first, last, year, acrossYear };
}

/** "quý iii", "quý 3/2025", "quý iii năm 2025", "quý thứ iii" (folded): quarter, year. */
const QUARTER_HEADING = new RegExp(String.raw`\b${QUARTER_WORD}\s+(?:thu\s+)?${QUARTER_AFTER_WORD}\b(?:\s*(?:[/-]|nam)\s*(\d{4}))?`);
/** A month with its year, "tháng 7/2025" or abbreviated "t7/2025", "t.07-2025" (folded): month, year. */
export const MONTH_WITH_YEAR = /\b(?:thang|t)\.?\s*(\d{1,2})\s*[/.-]\s*(20\d{2})\b/;

/**
 * "quý iii và quý iv", "quý iii, iv", "quý 3-4", "quý i, ii và iii" (folded): the first quarter, and
 * the last named. Not a count after a dash ("Quý III - 3 nhiệm vụ", "Quý III - 04 (bốn) nhiệm vụ").
 */
const SEVERAL_QUARTERS = new RegExp(
  String.raw`\b${QUARTER_WORD}\s+${QUARTER_AFTER_WORD}\b(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?(?:\s*(?:,|-|–|va|den)\s*(?:${QUARTER_WORD}\s+)?${QUARTER_AFTER_WORD}\b(?!\s*(?:\([a-z ]{2,30}\)\s*)?(?:${TASK_WORDS})\b))+`,
);
/** Quarters named alone on a line: "Quý I đến Quý IV", "Từ Quý I - Quý IV năm 2025", "Quý I, II, III, IV" (folded, remark cut). */
const QUARTERS_ALONE = new RegExp(String.raw`^(?:${SECTION_MARK}[.)]?\s+)?(?:tu\s+)?${SEVERAL_QUARTERS.source}(?:\s*(?:[/-]|nam)\s*\d{4})?$`);

/** Whether the quarters a heading or title names are the whole year: "Quý I đến Quý IV". */
export function wholeYear([first, last]: [number, number]): boolean {
  return first === 1 && last === 4;
}

/**
 * The first and last quarter a title naming several gives ("… QUÝ III VÀ QUÝ IV NĂM 2025"), or half
 * the year ("… 6 THÁNG CUỐI NĂM 2025": Quý III and IV; "06 tháng đầu năm": Quý I and II).
 */
export function quartersNamed(text: string): [number, number] | null {
  const folded = foldKey(text);
  return severalQuarters(folded) ?? halfYear(folded) ?? monthsOverQuarters(folded);
}

/**
 * The quarters of a range of months in a (folded) title that spans more than one: "từ tháng 7 đến
 * tháng 12 năm 2025" → [3, 4], "từ tháng 10/2025 đến tháng 3/2026" → [4, 1].
 */
function monthsOverQuarters(folded: string): [number, number] | null {
  const m = MONTHS_IN_TEXT.exec(folded);
  const span = m ? monthSpan(m) : null;
  if (!span) return null;
  const [first, last] = [Math.ceil(span.first / 3), Math.ceil(span.last / 3)];
  return span.acrossYear || first < last ? [first, last] : null;
}

/** "6 tháng cuối năm", "06 tháng đầu năm" in a title (folded); not "… trong 6 tháng" nor "tháng cuối năm" alone. */
const HALF_YEAR_TITLE = /\b(?:0?6|sau) thang (dau|cuoi) nam\b/g;

/** The quarters of the half year a (folded) title or heading names: "6 tháng cuối năm" → [3, 4]. */
function halfYear(folded: string): [number, number] | null {
  if (!folded.includes(' thang ')) return null;
  const halves = new Set(Array.from(folded.matchAll(HALF_YEAR_TITLE), (m) => m[1]));
  // Both halves ("Kết quả 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm"): neither is the plan's own.
  const half = halves.size === 1 ? [...halves][0] : null;
  return half === 'dau' ? [1, 2] : half === 'cuoi' ? [3, 4] : null;
}

/** A title naming quarters across the year's end: "Quý IV/2025 và Quý I/2026". */
export function turnsYear(line: string): boolean {
  const q = quartersNamed(line);
  return q !== null && q[0] > q[1];
}

function severalQuarters(folded: string): [number, number] | null {
  const m = SEVERAL_QUARTERS.exec(folded);
  if (!m) return null;
  const [first, last] = [quarterOf(m[1])!, quarterOf(m[2])!];
  // "Quý III - 03", "Quý IV - 2": one quarter and its count (a range writes its quarters alike, "III-IV", "3-4").
  return first === last || (/^[iv]+$/.test(m[1]) && /^\d/.test(m[2])) ? null : [first, last];
}

/** A total's words (folded): "tổng cộng", "tổng số nhiệm vụ", "cộng". */
export const TOTAL_WORDS = String.raw`(?:tong cong|tong so|cong)(?:\s+(?:nhiem vu|noi dung|cong viec))?`;
/** The period a total's words may name (folded): " quý iii", " tháng 7/2025". */
export const TOTAL_PERIOD = String.raw`\s+(?:${QUARTER_WORD}|thang)\s+[\divx]+(?:\s*[/-]\s*\d{4})?`;
/**
 * A total's number alone ("tổng cộng: 72", "tổng số nhiệm vụ: 72", "cộng 72"), or after the period it
 * totals ("cộng quý iii: 4", "tổng cộng tháng 7 4"; not "cộng tháng 12"), folded.
 */
const BARE_TOTAL = new RegExp(String.raw`^${TOTAL_WORDS}(?:\s*:?\s*|${TOTAL_PERIOD}(?:\s*:\s*|\s+))${COUNT_FIGURE}$`);
/** "Cộng:", "Cộng 3", "Cộng Quý III", "Cộng nhiệm vụ" (lower case, unfolded). */
const COUNTED_TOTAL = /^cộng(?:\s*:|\s*$|\s+\d|\s+(?:quý|quí|tháng)(?=[\s\d])|\s+(?:nhiệm vụ|nội dung|công việc)(?!\p{L}))/u;

/** A total row's heading, from its (folded) words: "Tổng cộng Quý IV: 3 nhiệm vụ" totals that quarter. */
export function totalHeading(folded: string, declared: number): Heading {
  const q = QUARTER_HEADING.exec(folded);
  return { level: 0, quarter: q ? quarterOf(q[1]) : null, month: null, year: null, declared, label: 'Tổng cộng', allYear: false };
}
const QUARTER_SHEET_NAME = new RegExp(String.raw`^(?:${QUARTER_WORD}|q)\s*${QUARTER_TOKEN}\b`);
/** "Quý III-IV", "Q3-Q4", "Quý III, IV", "Quý III và IV" (folded); not "Q3-2025". */
const QUARTERS_SHEET_NAME = new RegExp(String.raw`^(?:${QUARTER_WORD}|q)\s*${QUARTER_TOKEN}\s*(?:,|-|–|\+|&|va|den)\s*(?:${QUARTER_WORD}|q)?\s*${QUARTER_TOKEN}\b`);

/**
 * The first and last quarter a sheet's name gives when it names two ("Quý III-IV"), or months or
 * half a year over two ("Tháng 7-12", "6 tháng cuối năm"), as a title naming them does.
 */
export function sheetNameQuarters(name: string): [number, number] | null {
  const f = foldKey(name);
  const m = QUARTERS_SHEET_NAME.exec(f);
  if (m) return [quarterOf(m[1])!, quarterOf(m[2])!];
  const months = sheetNameMonths(f);
  const quarters = months ? ([Math.ceil(months.first / 3), Math.ceil(months.last / 3)] as [number, number]) : null;
  // Back across the year's end ("Tháng 10-3"): [4, 1], as "TỪ THÁNG 10/2025 ĐẾN THÁNG 3/2026" is.
  return quarters && quarters[0] !== quarters[1] ? quarters : /^(?:0?6|sau) thang/.test(f) ? halfYear(f) : null;
}

/** The months a (folded) sheet's name spans ("thang 7-9", "thang 7 - 12", "thang 7, 8, 9", "thang 10-3" across the year's end); null for one month. */
function sheetNameMonths(f: string): { first: number; last: number } | null {
  if (!f.startsWith('thang')) return null;
  const m = MONTHS_IN_TEXT.exec(f);
  const span = m && m.index === 0 ? monthSpan(m) : null;
  return span && span.first !== span.last ? span : null;
}

/**
 * An all-year or half-year section's title with no number or count ("NHIỆM VỤ THƯỜNG XUYÊN", "Các
 * nhiệm vụ trọng tâm", "Nhiệm vụ 6 tháng cuối năm"): short, and about tasks, not a task itself.
 */
const ALL_YEAR_TITLE = new RegExp(String.raw`^(?:${SECTION_MARK}[.)]?\s+)?(?:cac |nhung )?(?:nhiem vu|noi dung|cong viec)\b[^.;:]{0,50}$`);

/** "Cả năm", "Thường xuyên:", "Cả năm (2 nhiệm vụ)" alone on a heading line (folded): all-year tasks follow. */
const ALL_YEAR_ALONE = new RegExp(String.raw`^(?:${SECTION_MARK}[.)]?\s+)?(?:ca nam|thuong xuyen)\s*:?(?:\s*\([^()]*\))?$`);

const NUMBERED = new RegExp(String.raw`^${SECTION_MARK}[.)]\s*\S`);

/** Words that say a section's tasks run all year (folded): "trọng tâm", "xuyên suốt", "thường xuyên", "cả năm". */
export const ALL_YEAR_WORDS = /\b(trong tam|xuyen suot|thuong xuyen|ca nam|phan khai hang nam)\b/;

/** A heading of work done outside the programme (folded): "Nhiệm vụ phát sinh", "Công việc phát sinh ngoài chương trình". */
export const ARISING_WORDS = /\bphat sinh\b/;

/** "Quý thứ nhất" … "Quý thứ tư" (folded): the quarter in words, read as "quý 1" … "quý 4". */
const QUARTER_ORDINAL = new RegExp(String.raw`\b(${QUARTER_WORD})\s+thu\s+(nhat|hai|ba|tu)\b`, 'g');
/** "Tháng thứ nhất" … "Tháng thứ mười hai" (folded): the month in words, read as "tháng 1" … "tháng 12". */
const MONTH_ORDINALS: Record<string, number> = { ...MONTH_WORDS, nhat: 1 };
const MONTH_ORDINAL = new RegExp(String.raw`\b(thang)\s+thu\s+(${Object.keys(MONTH_ORDINALS).sort((a, b) => b.length - a.length).join('|')})\b`, 'g');

/** "Thứ" before a quarter's or month's figure or numeral (folded): "quý thứ iv", "tháng thứ 8". */
const ORDINAL_FIGURE = new RegExp(String.raw`\b(${QUARTER_WORD}|thang)\s+thu\s+(?=[ivx\d])`, 'g');

/**
 * "Quý thứ", "Tháng thứ" and the ordinal after them (folded) as the plain forms: "quý thứ tư" →
 * "quý 4", "tháng thứ tám" → "tháng 8", "quý thứ iv" → "quý iv".
 */
export function ordinalsAsFigures(folded: string): string {
  if (!folded.includes(' thu ')) return folded;
  return folded
    .replace(QUARTER_ORDINAL, (_, word: string, n: string) => `${word} ${ORDINAL_WORDS[n]}`)
    .replace(MONTH_ORDINAL, (_, word: string, n: string) => `${word} ${MONTH_ORDINALS[n]}`)
    .replace(ORDINAL_FIGURE, '$1 ');
}

/** "… theo từng quý" (folded): the quarters are below, the heading is none of them. */
const BY_QUARTER = new RegExp(String.raw`\btheo tung ${QUARTER_WORD}\b`);

/** Parse one heading text (the row's joined text). Returns null for text that is not a heading. */
export function parseHeading(text: string): Heading | null {
  const h = headingOf(text);
  const kpis = h && h.declared === null ? kpiCountIn(foldKey(text)) : null;
  return kpis === null ? h : { ...h!, kpiDeclared: kpis };
}

function headingOf(text: string): Heading | null {
  const written = foldKey(text);
  const folded = ordinalsAsFigures(written);
  // A bullet ("- Tổng số có 3 nhiệm vụ trong quý III") is a remark's line, not a heading.
  if (!folded || /^\s*[-+*•]/.test(text)) return null;
  const declared = declaredCount(folded) ?? (folded.startsWith('so ') ? countLineFigure(folded) : null);

  // "Cộng" is read unfolded (folded, it is "Công tác …" too), and only before its count or what it
  // counts: not "cộng đồng".
  const total = /^(tong cong|tong so)\b/.test(folded) || COUNTED_TOTAL.test(text.trim().toLowerCase());
  // "Tổng cộng | | 72", "Tổng số nhiệm vụ: 72": the number alone, in a cell of its own.
  const bare = total ? BARE_TOTAL.exec(folded) : null;
  const count = declared ?? (bare ? figureValue(bare[1]) : null);
  if (total && count !== null) return totalHeading(folded, count);

  const q = QUARTER_HEADING.exec(folded) ?? SHORT_QUARTER.exec(folded);
  const several = q ? severalQuarters(folded) : null;
  // "KẾ HOẠCH … QUÝ III VÀ QUÝ IV": no one quarter for the tasks below.
  if (q && !BY_QUARTER.test(folded) && !several) {
    const quarter = quarterOf(q[1])!;
    const rest = folded.slice(q.index + q[0].length);
    const h: Heading = {
      level: 2,
      quarter,
      month: null,
      year: q[2] ? Number(q[2]) : null,
      declared: declared ?? bracketCount(rest || endBracket(folded)) ?? countLineAfter(rest),
      label: `Quý ${QUARTER_NAMES[quarter - 1]}`,
      allYear: false,
    };
    const after = q.index + q[0].length;
    const then = monthAfter(folded.slice(after));
    if (!then) return h;
    // A count after the month is the month's ("Quý III - Tháng 7 (3 nhiệm vụ)"): the quarter's stands before it.
    return { ...h, declared: declaredCount(folded.slice(0, after + then.at)), thenMonth: then.heading };
  }

  // A remark after the month, in brackets or after a colon ("Tháng 9 (hoàn thành trước 30/9)"), does not count.
  const head = folded.replace(/\s*[(:].*$/s, '');
  const countedMonth = SHORT_MONTH_COUNTED.exec(folded);
  const short = WORDED_MONTH.exec(head) ?? SHORT_MONTH.exec(folded) ?? (countedMonth && countLineAfter(folded.slice(countedMonth[0].length)) !== null ? countedMonth : null);
  const month = short ? (MONTH_WORDS[short[1]] ?? Number(short[1])) : 0;
  if (short && month >= 1 && month <= 12) {
    const count = declared ?? bracketCount(endBracket(folded)) ?? countLineAfter(folded.slice(short.index + short[0].length));
    return { level: 3, quarter: Math.ceil(month / 3), month, firstMonth: month, year: short[2] ? Number(short[2]) : null, declared: count, label: `Tháng ${month}`, allYear: false };
  }
  const m = MONTH_HEADING.exec(folded);
  const months = m && monthSpan(m);
  const counted = m && months ? countAfterDash(m, months) : null;
  if (counted !== null) {
    const month = months!.first;
    return { level: 3, quarter: Math.ceil(month / 3), month, firstMonth: month, year: null, declared: declared ?? counted, label: `Tháng ${month}`, allYear: false };
  }
  if (months && head.length <= 40) {
    const { first, last, year, acrossYear } = months;
    const label = first === last ? `Tháng ${last}` : `Tháng ${first}-${last}`;
    const count = declared ?? bracketCount(folded.slice(m.index + m[0].length)) ?? countLineAfter(folded.slice(m.index + m[0].length));
    const h: Heading = { level: 3, quarter: Math.ceil(last / 3), month: last, firstMonth: first, year, declared: count, label, allYear: false };
    return acrossYear && year === null ? { ...h, monthNextYear: true } : h;
  }

  const allYear = ALL_YEAR_WORDS.test(folded);
  // A numbered or Roman section title, or a heading-sized line that declares a count: not a
  // sentence that mentions one ("Căn cứ Quyết định số 39/QĐ-SKHCN … (tổng cộng 288 nhiệm vụ);").
  const numbered = NUMBERED.test(folded);
  const sentence = folded.length > 100 || /^(can cu|theo|thuc hien|trien khai)\b/.test(folded);
  const reviewBlock = folded.length <= 60 && headingProposalKind(text) !== null;
  const half = several ? null : halfYear(folded);
  // "NHIỆM VỤ 6 THÁNG CUỐI NĂM" with no number or count: a title, as "NHIỆM VỤ THƯỜNG XUYÊN" is.
  const titleOnly = numbered || ((declared !== null || COUNT.test(folded)) && !sentence) || ((allYear || half !== null) && ALL_YEAR_TITLE.test(folded)) || reviewBlock;
  const cellWords = !titleOnly && ((several !== null && QUARTERS_ALONE.test(head)) || ALL_YEAR_ALONE.test(folded));
  if (!titleOnly && !cellWords) return null;
  // "1 | Những nội dung hoàn thành trong Quý I và Quý II: Gồm 02 nhiệm vụ": a part of the year, due by its last quarter.
  // Not a review's block ("ĐỀ XUẤT BỎ NHIỆM VỤ QUÝ III VÀ QUÝ IV") nor tasks carried over from
  // those quarters ("Nhiệm vụ Quý II, Quý III chưa hoàn thành chuyển sang"): no quarter of their own.
  // A half year's heading row ("II | Nhiệm vụ 06 tháng cuối năm (4 nhiệm vụ)") names its two quarters.
  const part = several ?? (titleOnly ? half : null);
  const h =
    part && part[0] < part[1] && !reviewBlock && !CARRIED_OVER.test(folded)
      ? quartersHeading(part, declared)
      : { level: 1 as const, quarter: null, month: null, year: null, declared, label: sectionLabel(text), allYear };
  return cellWords ? { ...h, cellWords } : h;
}

/**
 * "Tháng 7 - 2" alone (folded, MONTH_HEADING's match and its span): July and its count, not July to
 * next February; a range across the year names its year or spans a season at most ("Tháng 12 - 1").
 */
function countAfterDash(m: RegExpExecArray, span: NonNullable<ReturnType<typeof monthSpan>>): number | null {
  if (!span.acrossYear || span.year !== null || !/^\s*[-–—]\s*\d{1,2}$/.test(m[3]) || m.index + m[0].length !== m.input.length) return null;
  return 12 - span.first + span.last + 1 > 3 ? span.last : null;
}

/**
 * A figure alone in brackets ending a quarter or month heading (folded): "quý iii (04)", "tháng 7 -
 * (3)", "quý iii (tổng: 03)"; or after a colon: "quý iii: 03". Not a year, "(2025)".
 */
const BRACKET_COUNT = new RegExp(String.raw`^\s*[-–:]?\s*\(\s*${FIGURE_WORDS}(\d{1,4})\s*\)\s*[.:]?$|^\s*[-–:]\s*(\d{1,4})\s*\.?$`);

/** The bracket or colon ending a short or worded heading ("t7 (02)", "q3(04)", "thang bay (02)", "q3: 04"), for `bracketCount`. */
function endBracket(folded: string): string {
  const i = /\)[\s.:]*$/.test(folded) ? folded.lastIndexOf('(') : folded.lastIndexOf(':');
  return i > 0 ? folded.slice(i) : '';
}

function bracketCount(rest: string): number | null {
  const found = BRACKET_COUNT.exec(rest);
  const m = found && [found[0], found[1] ?? found[2]];
  return m && !/^(19|20)\d\d$/.test(m[1]) ? Number(m[1]) : null;
}

/** "Số nhiệm vụ", "Số lượng", "Số lượng nhiệm vụ" (folded): the words a count line opens with. */
const COUNT_LINE_WORDS = String.raw`so\s+(?:luong(?:\s+(?:${TASK_WORDS}))?|(?:${TASK_WORDS}))\s*:?\s*`;
/**
 * "Số nhiệm vụ: 4", "Số lượng: 04", "Số lượng nhiệm vụ: 4 nhiệm vụ", "Số nhiệm vụ: bốn" (folded), a
 * count on its own line: the figure, or the number in words.
 */
const COUNT_LINE_FIGURE = new RegExp(String.raw`^${COUNT_LINE_WORDS}(?:${COUNT_FIGURE}|${NUMBER_WORDS_AT_END})(?:\s+(?:${TASK_WORDS}))?\s*\.?$`);

function countLineFigure(folded: string): number | null {
  const m = COUNT_LINE_FIGURE.exec(folded);
  return !m ? null : m[1] ? figureValue(m[1]) : numberInWords(m[2]);
}

/** A count line's words after a quarter or month (folded): "quý iii. số nhiệm vụ: 02", "tháng 7 (số lượng: 3)". */
function countLineAfter(rest: string): number | null {
  const m = /^\s*[(.:;,–-]\s*(so\s.*?)\s*\)?\s*\.?$/.exec(rest);
  return m ? countLineFigure(m[1]) : null;
}

/** A line that only states a count (folded): "Gồm 5 nhiệm vụ", "(có 3 nhiệm vụ)", "Gồm bốn nhiệm vụ", "Số nhiệm vụ: 4", "Số lượng: bốn". */
const COUNT_LINE = new RegExp(String.raw`^\(?\s*(?:(?:gom|co)\s+|${COUNT_LINE_WORDS})(?:\d|${NUMBER_WORD}\b)`);

export function isCountLine(text: string): boolean {
  const folded = foldKey(text);
  if (!COUNT_LINE.test(folded)) return false;
  // "(Có 1 nhiệm vụ chuyển tiếp)" counts some of the tasks: the count must end its words ("Gồm 5 nhiệm vụ, trong đó …").
  const m = COUNT.exec(folded) ?? WORDED_COUNT.exec(folded);
  return !m || COUNT_ENDS.test(folded.slice(m.index + m[0].length));
}

/** What may follow a count line's count (folded): nothing, a mark, or words that go on to its parts ("cụ thể", "trong đó"). */
const COUNT_ENDS = /^\s*\)?\s*(?:$|[,.;:(]|(?:trong do|cu the|nhu sau|gom)\b)/;

/** What stands between a quarter heading and the month its cell goes on to: marks, its count ("(96 nhiệm vụ)", "(bốn nhiệm vụ)"). */
const BEFORE_THEN_MONTH = new RegExp(String.raw`^[\s:;,.()–-]*(?:(?:gom|co)\s*)?(?:(?:${COUNT_FIGURE}\s+|${NUMBER_WORDS})(?:${TASK_WORDS})\b)?[\s:;,.()–-]*`);

/**
 * The one month a quarter heading's cell goes on to ("quý iii (96 nhiệm vụ)\ntháng 7", "quý iv - tháng
 * 10", folded), and where it starts in `rest`: the month row of its first tasks. Not the quarter's
 * months ("(tháng 7-9)") nor a remark ("hoàn thành trước tháng 9").
 */
function monthAfter(rest: string): { heading: Heading; at: number } | null {
  const start = rest.replace(BEFORE_THEN_MONTH, '');
  if (!/^(thang|t\.?\s?\d)/.test(start)) return null;
  const h = parseHeading(start);
  return h && h.level === 3 && h.firstMonth === h.month ? { heading: h, at: rest.length - start.length } : null;
}

/** Not a date's or a progress's month ("(ngày) 15 tháng 7", "đến (hết) tháng 8"), folded: a lookbehind. */
const NOT_A_DATES_MONTH = String.raw`(?<!\b(?:(?:ngay\s*)?\d{1,2}|den(?:\s+het)?|tu|truoc|sau|toi)\s*)`;
/** "… tháng 8/2025", "tháng 8 năm 2025" in a title (folded), not several months ("tháng 7, 8"): [, month, year]. */
const TITLE_MONTH = new RegExp(String.raw`${NOT_A_DATES_MONTH}\bthang\s+(\d{1,2})\b(?!\s*(?:,|va|den|-)\s*\d{1,2}\b)(?:\s*(?:[/-]|nam)\s*(\d{4}))?`);

/** MONTH_WITH_YEAR in a title: "… THÁNG 8/2025", not "tiến độ đến tháng 8/2025". */
const TITLE_MONTH_WITH_YEAR = new RegExp(NOT_A_DATES_MONTH + MONTH_WITH_YEAR.source);

/** A title of a plan, or of a unit's report on one ("BÁO CÁO KẾT QUẢ THỰC HIỆN THÁNG 9", "THEO DÕI TIẾN ĐỘ …") (folded). */
const PLAN_TITLE = /\b(cong tac|ke hoach|chuong trinh|nhiem vu|bao cao|ket qua|theo doi|tien do)\b/;

/**
 * The month a plan's title names ("KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025", "Chương trình công tác
 * tháng 8/2025"): a month heading for every task below it. Not a date ("ngày 15 tháng 7 năm 2025"),
 * not several months ("tháng 7, 8 và 9", "… tháng 8 và nhiệm vụ tháng 9"), not "6 tháng cuối năm", not
 * a progress date ("tiến độ … đến tháng 8").
 */
export function titleMonth(text: string): Heading | null {
  const folded = foldKey(text);
  if (!PLAN_TITLE.test(folded)) return null;
  if ((folded.match(SOME_MONTH) ?? []).length > 1) return null;
  // "… THÁNG 8/2025", or abbreviated with its year: "… T8/2025", "T.08-2025".
  const m =
    TITLE_MONTH.exec(folded) ??
    TITLE_MONTH_WITH_YEAR.exec(folded) ??
    wordedTitleMonth(folded);
  const month = m ? Number(m[1]) : 0;
  if (month < 1 || month > 12) return null;
  return { level: 3, quarter: Math.ceil(month / 3), month, year: m![2] ? Number(m![2]) : null, declared: null, label: `Tháng ${month}`, allYear: false };
}

/**
 * The quarter a plan's title names by its months ("… TỪ THÁNG 7 ĐẾN THÁNG 9 NĂM 2025", "tháng 7, 8,
 * 9"): a quarter heading for every task below it, as "QUÝ III" would be. Months of several quarters
 * are a plan of those quarters (quartersNamed).
 */
export function titleQuarterOfMonths(text: string): Heading | null {
  const folded = foldKey(text);
  if (!PLAN_TITLE.test(folded)) return null;
  const m = MONTHS_IN_TEXT.exec(folded);
  const span = m ? monthSpan(m) : null;
  if (!span || span.acrossYear || span.first === span.last || Math.ceil(span.first / 3) !== Math.ceil(span.last / 3)) return null;
  const quarter = Math.ceil(span.last / 3);
  return { level: 2, quarter, month: null, year: span.year, declared: null, label: `Quý ${QUARTER_NAMES[quarter - 1]}`, allYear: false };
}

/** A month named in figures or words (folded): two in a title make it no month's plan. */
const SOME_MONTH = new RegExp(String.raw`\bthang\s+(?:\d|${MONTH_WORD}\b)`, 'g');

/**
 * A month in words in a title, with its year ("THÁNG CHÍN NĂM 2025", "tháng Mười Hai 2025",
 * "tháng Năm năm 2025"; folded): [, month, year]. Only with the year: alone, "tháng sáu", "tháng
 * một" may be "next month", "one month"; and "tháng năm 2025" is a month of the year 2025, not May.
 */
const WORDED_TITLE_MONTH = new RegExp(String.raw`${NOT_A_DATES_MONTH}\bthang\s+(?!nam\s+\d)${MONTH_WORD}(?:\s*(?:[/-]|nam)\s*|\s+)(20\d{2})\b`);

export function wordedTitleMonth(folded: string): [string, string, string] | null {
  const m = WORDED_TITLE_MONTH.exec(folded);
  return m ? [m[0], String(MONTH_WORDS[m[1]]), m[2]] : null;
}

/**
 * The quarter or month a sheet's name gives: "Quý III", "Q3-2025", "Tháng 8", "T8/2025". A bare "T2"
 * may be a page ("tờ 2"): "T" counts as "tháng" only with a year after it. A name of two quarters
 * ("Quý III-IV") gives none: `sheetNameQuarters`.
 */
export function sheetNamePeriod(name: string): { quarter: number | null; month: number | null } {
  const f = foldKey(name);
  if (QUARTERS_SHEET_NAME.test(f)) return { quarter: null, month: null };
  const q = QUARTER_SHEET_NAME.exec(f);
  if (q) return { quarter: quarterOf(q[1]), month: null };
  // The months of one quarter ("Tháng 7-9") are that quarter; of several ("Tháng 7-12"), `sheetNameQuarters`.
  const months = sheetNameMonths(f);
  if (months) return Math.ceil(months.first / 3) === Math.ceil(months.last / 3) ? { quarter: Math.ceil(months.last / 3), month: null } : { quarter: null, month: null };
  const m = /^thang\s*(\d{1,2})\b/.exec(f) ?? /^t\s*(\d{1,2})\s*[/.-]\s*20\d\d\b/.exec(f);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? { quarter: Math.ceil(month / 3), month } : { quarter: null, month: null };
}

const CARRIED_OVER = /\b(chuyen sang|chuyen tiep|chua hoan thanh|con lai)\b/;

/** A heading naming several quarters: the last, with the first for month rows and deadlines to choose from. */
function quartersHeading([first, last]: [number, number], declared: number | null): Heading {
  const label = `Quý ${QUARTER_NAMES[first - 1]}${last - first === 1 ? ' và Quý ' : ' đến Quý '}${QUARTER_NAMES[last - 1]}`;
  return { level: 2, quarter: last, firstQuarter: first, month: null, year: null, declared, label, allYear: false };
}

/** The count ending a section's title, as written, in figures or words (`sectionLabel`). */
const COUNT_AT_END = new RegExp(
  String.raw`[:,.;]?\s*\(?\s*(?:gồm|có|tổng cộng|tổng số)?\s*:?\s*(?:\p{L}+\s*\(\s*\d[\d.,]*\s*\)\s*|\d[\d.,]*(?:\s+(?:\([\p{L} ]{2,30}\)\s*)?|(?=(?:nv|n\/v)\b))|(?:(?:${NUMBER_WORDS_WRITTEN.join('|')})\s+)+)(?:nhiệm vụ|nội dung|chỉ tiêu|công việc|đầu việc|nv|n\/v)\s*\)?(?:\s*,?\s*cụ thể)?\s*[.:]?\s*$`,
  'iu',
);

/** "1. Nhiệm vụ trọng tâm: Gồm 06 nội dung" → "Nhiệm vụ trọng tâm". */
function sectionLabel(text: string): string {
  const t = text
    .replace(/^\s*(?:[IVXivx]+|\d+|[a-zA-Z])(?:[.)]\s*|\s+(?=\p{Lu}))/u, '')
    // "…: Gồm 06 nội dung", "… (96 nhiệm vụ)", "…, tháng: Tổng cộng 288 nhiệm vụ, cụ thể:".
    // "…: Gồm 04 (bốn) nội dung", "…: Gồm bốn (04) nội dung", "… (bốn nhiệm vụ)" too.
    .replace(COUNT_AT_END, '')
    .trim();
  return t || text.trim();
}
