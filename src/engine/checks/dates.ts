/** Deadlines and start dates are real dates; deadlines fall inside the task's quarter. */
import type { AnalysedTask, Check, CheckContext } from './context';
import { dueDate, formatDateVi, makeIso, quarterOfIso } from '../dates';
import { DOCUMENT_NUMBER, DOCUMENT_WORDS } from '../reading/documents';
import { foldKey } from '../text';
import { isDateCell, isErrorCell, type CellValue } from '../grid';
import { parseDeadline } from '../reading/dates';
import { fieldCell } from './context';

const QUARTER_NAMES = ['quý I', 'quý II', 'quý III', 'quý IV'];

export const dates: Check = {
  codes: ['invalid-date', 'unread-deadline', 'deadline-outside-quarter'],
  run(ctx) {
    const unreadSeen = new Set<string>();
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
      if (p.table.columns.start !== undefined) checkStart(ctx, t, p.table.columns.start);
      if (!t.deadline) continue;
      // The cell the deadline was read from: the deadline's own, or the note that states it. Where
      // it is not in the table (`fieldCell` null) nothing is said; it is looked up for a finding only.
      const field = p.text.deadline ? 'deadline' : 'note';
      const source = p.text[field] ?? '';
      if (t.deadline.invalid) {
        const at = fieldCell(t, field);
        if (at) ctx.emit('invalid-date', at, { value: source }, { field });
        continue;
      }
      const iso = t.deadline.iso;
      if (!iso && field === 'deadline' && citesDocumentOnly(source) && !unreadSeen.has(`${p.sheet}|${source}`)) {
        const at = fieldCell(t, field);
        if (!at) continue;
        unreadSeen.add(`${p.sheet}|${source}`);
        ctx.emit('unread-deadline', at, { value: source, fallback: fallbackDue(t) }, { field });
      }
      if (!iso || p.quarter === null) continue;
      const year = Number(iso.slice(0, 4));
      const quarter = quarterOfIso(iso);
      const programmeYear = p.year ?? t.scope.year;
      const wrongYear = programmeYear !== null && year !== programmeYear;
      const at = quarter !== p.quarter || wrongYear ? fieldCell(t, field) : null;
      if (at) {
        const label = `${QUARTER_NAMES[p.quarter - 1]}${programmeYear ? `/${programmeYear}` : ''}`;
        const swapped = field === 'deadline' && !wrongYear ? swappedInPlace(ctx.views.get(at.sheet)?.value(at.row, at.col), iso, p.quarter, p.month) : null;
        const swap = swapped ? ` Có thể là ${formatDateVi(swapped)}, ngày và tháng bị đảo.` : '';
        ctx.emit('deadline-outside-quarter', at, { date: dateAsRead(iso, source, programmeYear), quarter: label, swap }, { field, fix: swapped ? formatDateVi(swapped) : null });
      }
    }
  },
};

/**
 * A real date (not text) whose day and month swapped fall in the task's quarter and month: an Excel
 * set to month/day turned a typed "05/10/2025" into 10 May. The date meant, or null.
 */
function swappedInPlace(value: CellValue | undefined, iso: string, quarter: number, month: number | null): string | null {
  if (!isDateCell(value) && typeof value !== 'number') return null;
  const [year, m, d] = iso.split('-').map(Number);
  if (d > 12 || d === m) return null;
  const swapped = makeIso(year, d, m);
  return swapped && quarterOfIso(swapped) === quarter && (month === null || d === month) ? swapped : null;
}

/**
 * The date a finding names. A day early in the year with no year written, on a task of Quý IV, is
 * the next year's: the cell is quoted so "31/3" is not taken for a misreading of 31/03/2026 (it may
 * be a slip for 31/12, or a task carried over).
 */
function dateAsRead(iso: string, source: string, programmeYear: number | null): string {
  const next = programmeYear !== null && Number(iso.slice(0, 4)) === programmeYear + 1 && !writesYear(source, iso, programmeYear);
  if (!next) return formatDateVi(iso);
  const typed = source.trim();
  return typed.length <= 40 ? `"${typed}" (không ghi năm, tính là ${formatDateVi(iso)})` : `${formatDateVi(iso)} (không ghi năm, tính là năm sau)`;
}

/** Whether the cell writes the date's year, in four figures or two ("15/1/26"): read in the programme's year, it is the same date. */
function writesYear(source: string, iso: string, programmeYear: number): boolean {
  return /\d{4}/.test(source) || parseDeadline(source, source, programmeYear).iso === iso;
}

/** Laws and decrees besides the department's own documents (folded): "Nghị định 13/2023/NĐ-CP", "Thông tư 02/2024". */
const LEGAL_WORDS = 'nghi dinh|thong tu|luat';
/**
 * A document cited by its name and number, or its name and day (folded): "QĐ số 123/QĐ-UBND",
 * "Kế hoạch 45/KH-SKHCN", "Công văn của UBND tỉnh ngày 10/6/2025".
 */
const DOCUMENT_CITED = new RegExp(String.raw`(?:^|[\s(])(?:${DOCUMENT_WORDS}|${LEGAL_WORDS})\.?\s*(?:so\s*)?\d|(?:^|[\s(])${DOCUMENT_NUMBER}|(?:^|[\s(])(?:${DOCUMENT_WORDS}|${LEGAL_WORDS})\b.*\bngay\s*\d`);

/** A deadline that gives no date of its own but cites a document, whose date (if any) is not the deadline. */
function citesDocumentOnly(text: string): boolean {
  return DOCUMENT_CITED.test(foldKey(text));
}

/** What the task is due by instead: its month's or quarter's end, or nothing. */
function fallbackDue(t: AnalysedTask): string {
  const p = t.parsed;
  const due = dueDate({ deadline: null, quarter: p.quarter, month: p.month }, p.year ?? t.scope.year);
  if (!due) return 'nhiệm vụ được tính là không có thời hạn';
  const by = p.month !== null ? `cuối tháng ${p.month}` : `cuối ${QUARTER_NAMES[p.quarter! - 1]}`;
  return `nhiệm vụ được tính hạn ${by} (${formatDateVi(due)})`;
}

/**
 * The start a time group gives ("Bắt đầu", "Từ ngày"): its first filled cell over the task's rows is
 * a real date when it looks like one. It is never the task's deadline.
 */
function checkStart(ctx: CheckContext, t: AnalysedTask, col: number): void {
  const view = ctx.views.get(t.parsed.sheet)!;
  for (let r = t.parsed.row; r <= t.parsed.endRow; r++) {
    const text = view.text(r, col);
    if (!text) continue;
    const value = view.value(r, col);
    // An error shown by a formula is formula-error's.
    if (!isErrorCell(value) && parseDeadline(value, text, t.parsed.year ?? t.scope.year).invalid) {
      ctx.emit('invalid-date', { sheet: t.parsed.sheet, row: view.sourceRow(r, col), col }, { value: text }, { field: 'start' });
    }
    return;
  }
}
