/** Deadlines and start dates are real dates; deadlines fall inside the task's quarter. */
import type { AnalysedTask, Check, CheckContext } from './context';
import { formatDateVi, quarterOfIso } from '../dates';
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
      const year = Number(iso.slice(0, 4));
      const quarter = quarterOfIso(iso);
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
