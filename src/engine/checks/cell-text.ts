/**
 * The form of the text in every cell of a task table: legacy encodings (TCVN3/VNI), formula errors,
 * stray spaces and hidden characters, decomposed Unicode. Each has a safe whole-cell fix but errors.
 */
import { isErrorCell } from '../grid';
import type { Field } from '../report';
import type { ColumnKind, KpiColumn } from '../reading/headers';
import type { Check } from './context';
import { tidyText, unicodeFontFor } from '../text';

/** Every column a task or review table may have, and the field its findings name. */
const FIELD_OF: Record<Exclude<ColumnKind, KpiColumn>, Field> = {
  stt: 'stt',
  reviewNo: 'stt',
  task: 'task',
  lead: 'lead',
  coord: 'coord',
  product: 'product',
  leader: 'leader',
  note: 'note',
  deadline: 'deadline',
  start: 'start',
  status: 'status',
  result: 'result',
  completed: 'completed',
  month: 'month',
  quarter: 'quarter',
  proposal: 'proposal',
};

/** Columns whose text form (encoding, spaces, marks) is checked too; in the others only formula errors. */
const TEXT_CHECKED = new Set<ColumnKind>(['stt', 'task', 'lead', 'coord', 'product', 'leader', 'note', 'deadline', 'status', 'result']);

/** Only text with combining marks can be other than NFC (checked first: normalize() is costly). */
const COMBINING = /[\u0300-\u036f]/;
/** Not the soft hyphen: it is TCVN3's "ư", and invisible in Unicode text anyway. */
const HIDDEN = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/;
const STRAY_SPACES = / {2,}|^[ \t]|[ \t]$|\t/m;
/** A line break left at a cell's start or end: a filter lists "Phòng X" and "Phòng X↵" apart. */
const EDGE_BREAKS = /^\s*\n|\n\s*$/;

export const cellText: Check = {
  codes: ['legacy-encoding', 'formula-error', 'irregular-whitespace', 'decomposed-unicode', 'external-reference'],
  run(ctx) {
    for (const sheet of ctx.sheets) {
      const view = ctx.views.get(sheet.sheet)!;
      for (const table of sheet.tables) {
        if (table.kind === 'kpi') continue;
        const checked = (Object.entries(table.columns) as [ColumnKind, number][]).filter(([k]) => k in FIELD_OF);
        const cols = checked.map(([, c]) => c);
        const fields = checked.map(([k]) => FIELD_OF[k as keyof typeof FIELD_OF]);
        const textChecked = checked.map(([k]) => TEXT_CHECKED.has(k));
        const skip = new Set([...table.headerRows, ...table.repeatedHeaderRows]);
        for (let r = table.headerRows[table.headerRows.length - 1] + 1; r <= table.lastRow; r++) {
          if (skip.has(r)) continue;
          // Rows without merged cells (most) are read whole: their stored values and their texts.
          const merged = view.hasMergedBelow(r);
          const raw = view.rawRow(r);
          const texts = merged ? null : view.rowTexts(r);
          for (let i = 0; i < cols.length; i++) {
            const c = cols[i];
            const v = texts ? (raw[c - 1] ?? null) : view.value(r, c);
            if (v === null) {
              const book = texts || !view.isMergedBelow(r, c) ? otherWorkbook(view.formula(r, c)) : null;
              if (book !== null) ctx.emit('external-reference', { sheet: sheet.sheet, row: r, col: c }, { book: book ? ` (${book})` : '' }, { field: fields[i] });
              continue;
            }
            if (typeof v === 'number' || (!texts && view.isMergedBelow(r, c))) continue;
            // Text read as it was typed (most cells) has no legacy encoding, marks or stray spaces.
            if (typeof v === 'string' ? v === '' || (texts ? texts[c] : view.text(r, c)) === v : !isErrorCell(v)) continue;
            const at = { sheet: sheet.sheet, row: r, col: c };
            const field = fields[i];
            if (isErrorCell(v)) {
              const formula = view.formula(r, c);
              ctx.emit('formula-error', at, { value: v.code, formula: formula ? ` (=${formula.replace(/^=/, '')})` : '' }, { field });
              continue;
            }
            if (typeof v !== 'string' || !textChecked[i]) continue;
            const legacy = view.legacyAt(r, c);
            if (legacy) {
              ctx.emit('legacy-encoding', at, { encoding: legacy.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI', converted: legacy.converted }, { field, fix: legacy.fixed, fixFont: unicodeFontFor(view.font(legacy.row, legacy.col)), tidies: true });
              continue;
            }
            if (COMBINING.test(v) && v !== v.normalize('NFC')) {
              ctx.emit('decomposed-unicode', at, {}, { field, fix: tidyText(v), tidies: true });
            } else if (HIDDEN.test(v) || STRAY_SPACES.test(v) || EDGE_BREAKS.test(v)) {
              ctx.emit('irregular-whitespace', at, {}, { field, fix: tidyText(v), tidies: true });
            }
          }
        }
      }
    }
  },
};

/** "[Khac.xlsx]" in "='[Khac.xlsx]Sheet1'!A1", "[1]" as a file stores it: a cell of another workbook. */
const OTHER_BOOK = /\[([^\]]*?\.xl[a-z]{1,2}|\d+)\][^!]*!/i;

/** The other workbook a formula reads ('' when the file names it by number), or null when it reads none. */
export function otherWorkbook(formula: string | null): string | null {
  const m = formula ? OTHER_BOOK.exec(formula) : null;
  if (!m) return null;
  return /^\d+$/.test(m[1]!) ? '' : m[1]!;
}
