/**
 * What both hosts write on a marked cell, and what they remember of it. Notes CTCT writes start
 * with NOTE_PREFIX, so either host (the add-in, or a marked copy of the file) recognises and
 * replaces its own lines, and never a line a person wrote. The fill a cell had before it was
 * marked is kept in the hidden sheet MARKS_SHEET, one row per cell, in a form both hosts read: a
 * copy marked by `ctct check --out` can be cleared in the add-in, and the reverse.
 */
import { formatDateVi } from './dates';
import type { Finding, Severity } from './report';
import { COLORS, hexColor } from './track/style';
import { decodeAnchor, encodeAnchor, type RowAnchor } from './row-anchor';

export const NOTE_PREFIX = 'CTCT – kết quả kiểm tra';
/** Between CTCT's lines and the note a person had written on the cell before (marked copies). */
export const PREVIOUS_NOTE = '\n\nGhi chú trước đó:\n';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The severity fills as `#RRGGBB` (Office.js, and the remembered marks of both hosts). */
export const MARK_COLORS: Record<Severity, string> = {
  error: hexColor(COLORS.error),
  warning: hexColor(COLORS.warning),
  info: hexColor(COLORS.info),
};

const SUGGESTION = '  Gợi ý: ';
/** One line per finding, whatever a message holds: the lines are how CTCT's part is told apart. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The note on one marked cell, worded alike by both hosts: its findings, most severe first, with their suggestions. */
export function findingsNote(findings: readonly Finding[], asOf: string): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const lines = [`${NOTE_PREFIX} (${formatDateVi(asOf)}):`];
  for (const f of sorted) {
    lines.push(`• ${SEVERITY_LABEL[f.severity]}: ${oneLine(f.message)}`);
    if (f.suggestion) lines.push(`${SUGGESTION}${oneLine(f.suggestion)}`);
  }
  return lines.join('\n');
}

const FINDING_LINE = new RegExp(`^• (${Object.values(SEVERITY_LABEL).join('|')}): `);
/** The first line exactly as findingsNote writes it, nothing typed after it. */
const HEADER_LINE = new RegExp(`^${NOTE_PREFIX} \\(\\d{2}/\\d{2}/\\d{4}\\):$`);

/**
 * What people wrote in a note that CTCT wrote on: the note it replaced (after PREVIOUS_NOTE) and
 * any line typed into CTCT's part, in that order. Null when the note is not CTCT's at all; '' when
 * it holds nothing but CTCT's lines. `written`, CTCT's part as it was written (the marks record
 * keeps it), tells CTCT's lines exactly: a line of CTCT's that somebody typed on is then theirs,
 * kept whole. Without it (records of older versions) CTCT's lines are told by their form.
 */
export function userTextOfNote(text: string, written = ''): string | null {
  const parts = noteParts(text);
  if (!parts) return null;
  const { above, ours, previous } = parts;
  const lines = ours.split('\n');
  // What CTCT wrote tells its lines exactly, if it is this note's: a row inserted above moves a
  // cell's note down, and the record at its old address is then another cell's.
  const typed = (isWrittenFor(lines, written) ? linesNotWritten(lines, written) : linesNotOfCtctForm(lines)).join('\n').trim();
  return [above, previous.trim(), typed].filter(Boolean).join('\n');
}

/**
 * A note CTCT wrote on, in its parts: what was typed above CTCT's first line ("Chị Lan: …"), CTCT's
 * part, and the note it set aside (after PREVIOUS_NOTE). CTCT's part begins at the note's start or
 * at a line's; null when the note is not CTCT's. Line breaks as CTCT wrote them, whichever way
 * Excel gives them back.
 */
function noteParts(text: string): { above: string; ours: string; previous: string } | null {
  const whole = text.replace(/\r\n?/g, '\n');
  let start = 0;
  if (!whole.startsWith(NOTE_PREFIX)) {
    const at = whole.indexOf(`\n${NOTE_PREFIX}`);
    if (at < 0) return null;
    start = at + 1;
  }
  const note = whole.slice(start);
  const cut = note.indexOf(PREVIOUS_NOTE);
  return {
    above: whole.slice(0, start).trim(),
    ours: cut >= 0 ? note.slice(0, cut) : note,
    previous: cut >= 0 ? note.slice(cut + PREVIOUS_NOTE.length) : '',
  };
}

/** CTCT's part of a note as a key (line ends and runs of spaces aside): what finds a note that moved with its cell. Null: not CTCT's. */
export function ownNoteKey(text: string): string | null {
  const parts = noteParts(text);
  return parts ? parts.ours.split('\n').map(lineKey).join('\n') : null;
}

/** Compared as Excel may give a note back: line ends and runs of spaces do not count. */
const lineKey = (line: string) => line.replace(/\s+/g, ' ').trim();

/** `written` is CTCT's part of this note: some finding line of the note is one of it (typed on or not). */
function isWrittenFor(lines: string[], written: string): boolean {
  if (!written.startsWith(NOTE_PREFIX)) return false;
  const ours = written.split('\n').filter((l) => FINDING_LINE.test(l)).map(lineKey);
  const findingLines = lines.filter((l) => FINDING_LINE.test(l)).map(lineKey);
  return findingLines.length === 0 || findingLines.some((l) => ours.some((w) => l.startsWith(w)));
}

function linesNotWritten(lines: string[], written: string): string[] {
  const left = new Map<string, number>();
  for (const k of written.split('\n').map(lineKey)) left.set(k, (left.get(k) ?? 0) + 1);
  return lines.filter((line) => {
    const k = lineKey(line);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

function linesNotOfCtctForm(lines: string[]): string[] {
  return lines.filter((line, i) => (i === 0 ? !HEADER_LINE.test(lineKey(line)) : !FINDING_LINE.test(line) && !line.startsWith(SUGGESTION)));
}

/** CTCT's lines, then what people had written on the cell (userTextOfNote), kept whole. */
export function composeNote(ours: string, userText: string): string {
  return userText ? `${ours}${PREVIOUS_NOTE}${userText}` : ours;
}

/** The hidden sheet of remembered fills, and its columns. */
export const MARKS_SHEET = 'CTCT_DanhDau';
export const MARKS_HEADER = ['Trang tính', 'Ô', 'Màu nền cũ', 'Kiểu nền cũ', 'Màu mẫu cũ', 'Màu đánh dấu', 'Ghi chú CTCT', 'Nền cũ (tệp)', 'Neo dòng'];

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The fill before CTCT marked the cell, as Office.js gives it (`#RRGGBB`); '' when unknown. */
  color: string;
  /** "None" for no fill; "" when it cannot be told (before ExcelApi 1.9, or a fill Office.js has no name for). */
  pattern: string;
  patternColor: string;
  markColor: string;
  /** CTCT added a note to this cell. */
  note: boolean;
  /** CTCT's part of that note as written (findingsNote); '' when not known (records of older versions). */
  noteText: string;
  /** The fill as the file has it (exceljs JSON), for an exact restore of a marked copy; '' from the add-in. */
  fileFill: string;
  /** Where the cell's row is (row-anchor.ts): rows inserted above it since, its marks are found where it went. */
  anchor?: RowAnchor;
}

export function recordToRow(r: MarkRecord): string[] {
  return [r.sheet, r.address, r.color, r.pattern, r.patternColor, r.markColor, r.note ? r.noteText || 'có' : '', r.fileFill, encodeAnchor(r.anchor)];
}

export function rowToRecord(row: readonly unknown[]): MarkRecord | null {
  const t = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  if (!t(row[0]) || !t(row[1])) return null;
  return {
    sheet: t(row[0]),
    address: t(row[1]).toUpperCase(),
    color: t(row[2]),
    pattern: t(row[3]),
    patternColor: t(row[4]),
    markColor: t(row[5]),
    // Older versions wrote "có" here; the note's own text is kept since.
    note: t(row[6]).trim() !== '',
    noteText: t(row[6]).startsWith(NOTE_PREFIX) ? t(row[6]) : '',
    fileFill: t(row[7]),
    ...(decodeAnchor(t(row[8])) ? { anchor: decodeAnchor(t(row[8])) } : {}),
  };
}

/** Whether a fill is one of CTCT's mark colours (a mark left where no record says so). */
export function isMarkColor(color: string): boolean {
  return Object.values(MARK_COLORS).some((c) => sameColor(color, c));
}

/** Colours compare as six hex digits, whatever their case or `#`/alpha prefix. */
export function sameColor(a: string, b: string): boolean {
  const six = (s: string) => s.replace('#', '').slice(-6).toUpperCase();
  return six(a) !== '' && six(a) === six(b);
}

/**
 * A remembered fill restored as no fill: none at all, white where the pattern is unknown (Excel
 * gives white for an empty cell), or a colour that could not be told (a gradient in a file).
 */
export function isNoFill(r: Pick<MarkRecord, 'color' | 'pattern'>): boolean {
  return r.pattern === 'None' || !r.color || (r.pattern === '' && sameColor(r.color, '#FFFFFF'));
}
