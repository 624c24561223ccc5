/** Deadlines are real dates and fall inside the task's quarter. */
import type { Check } from './context';
import { formatDateVi, quarterOfIso } from '../dates';
import { fieldCell } from './context';

const QUARTER_NAMES = ['quý I', 'quý II', 'quý III', 'quý IV'];

export const dates: Check = {
  codes: ['invalid-date', 'deadline-outside-quarter'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
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
