/** "Tháng 10" under "Quý III": a month row in a quarter its month is not in. */
import type { Check } from './context';
import { quarterLabel } from '../summary/layout';


export const monthInQuarter: Check = {
  codes: ['month-outside-quarter'],
  run(ctx) {
    for (const sheet of ctx.sheets) {
      for (const s of sheet.sections) {
        if (s.outsideQuarter === undefined || s.month === null) continue;
        ctx.emit(
          'month-outside-quarter',
          { sheet: s.sheet, row: s.row, col: s.col },
          { label: s.label, quarter: quarterLabel(s.outsideQuarter), month: s.month, monthQuarter: quarterLabel(Math.ceil(s.month / 3)) },
        );
      }
    }
  },
};
