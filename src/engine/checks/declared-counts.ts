/** "Quý III (96 nhiệm vụ)": the count a heading states matches the tasks under it. */
import type { Check } from './context';

export const declaredCounts: Check = {
  codes: ['declared-count-mismatch'],
  run(ctx) {
    for (const sheet of ctx.sheets) {
      for (const s of sheet.sections) {
        if (s.declared === null || s.declared === s.actual) continue;
        ctx.emit('declared-count-mismatch', { sheet: s.sheet, row: s.row, col: s.col }, { label: s.label, declared: s.declared, actual: s.actual });
      }
    }
  },
};
