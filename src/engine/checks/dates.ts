/** Deadlines and start dates are real dates; deadlines fall inside the task's quarter. */
import type { AnalysedTask, Check, CheckContext } from './context';
import { formatDateVi, monthEnd, quarterOfIso } from '../dates';
import { foldKey } from '../text';
import { isErrorCell } from '../grid';
import { parseDeadline } from '../reading/dates';
import { fieldCell } from './context';

const QUARTER_NAMES = ['quý I', 'quý II', 'quý III', 'quý IV'];

export const dates: Check = {
  codes: ['invalid-date', 'deadline-outside-quarter'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
      if (p.table.columns.start !== undefined) checkStart(ctx, t, p.table.columns.start);
      if (!t.deadline) continue;
      // The cell the deadline was read from: the deadline's own, or the note that states it.
      const field = p.text.deadline ? 'deadline' : 'note';
      const at = fieldCell(t, field);
      if (!at) continue;
      const source = p.text[field] ?? '';
      if (t.deadline.invalid) {
        ctx.emit('invalid-date', at, { value: source }, { field });
        continue;
      }
      const iso = t.deadline.iso;
      if (!iso || p.quarter === null) continue;
      const due = dueBefore(iso, source);
      const year = Number(due.slice(0, 4));
      const quarter = quarterOfIso(due);
      const programmeYear = p.year ?? t.scope.year;
      const wrongYear = programmeYear !== null && year !== programmeYear;
      if (quarter !== p.quarter || wrongYear) {
        const label = `${QUARTER_NAMES[p.quarter - 1]}${programmeYear ? `/${programmeYear}` : ''}`;
        ctx.emit('deadline-outside-quarter', at, { date: formatDateVi(iso), quarter: label }, { field });
      }
    }
  },
};

/**
 * "Trước ngày 01/10/2025": before the 1st is by the end of the month before (30/9, still quarter III);
 * otherwise the date as read.
 */
function dueBefore(iso: string, source: string): string {
  if (!iso.endsWith('-01')) return iso;
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const before = BEFORE_FIRST.exec(foldKey(source));
  if (!before || Number(before[1] ?? before[2]) !== m) return iso;
  return m === 1 ? monthEnd(y - 1, 12) : monthEnd(y, m - 1);
}

/** "trước (ngày) 01/10", "trước ngày 1 tháng 10", folded: the month after the 1st. */
const BEFORE_FIRST = /\btruoc\s+(?:ngay\s+)?0?1\s*(?:[/.-]\s*0?(\d{1,2})|thang\s+0?(\d{1,2}))(?!\d)/;

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
