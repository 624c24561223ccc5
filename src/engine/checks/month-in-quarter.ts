/**
 * "Tháng 10" under "Quý III", a task's own "Tháng" cell outside its "Quý" cell ("IV | 1"), its "Quý"
 * cell outside its heading ("IV" under "Quý III"), or a part of it ("1.2") in another month.
 */
import { fieldCell, type Check } from './context';
import { quarterLabel } from '../summary/layout';
import { findDateInText } from '../dates';
import { monthFigures } from '../reading/read-sheet';

/** "9" or "T9" in a "Tháng" cell as a month's label ("Tháng 9", or `word` "tháng" inside a sentence); null for a date or other text. */
const monthLabel = (text: string, word = 'Tháng'): string | null => {
  const figures = monthFigures(text);
  return figures === null ? null : `${word} ${figures}`;
};

export const monthInQuarter: Check = {
  codes: ['month-outside-quarter', 'quarter-outside-heading', 'part-period', 'unread-period-mark'],
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
    // Index loops: for…of makes an iterator result per task where the first check runs (interpreted).
    const tasks = ctx.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      const p = t.parsed;
      const at = p.monthOutsideQuarter !== undefined && p.month !== null ? fieldCell(t, 'month') : null;
      if (!at) continue;
      const text = p.text.month!.trim();
      const label = monthLabel(text) ?? text;
      ctx.emit('month-outside-quarter', at, { label, quarter: quarterLabel(p.monthOutsideQuarter!), month: p.month, monthQuarter: quarterLabel(Math.ceil(p.month! / 3)) });
    }
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      const p = t.parsed;
      const at = p.quarterOutsideHeading ? fieldCell(t, 'quarter') : null;
      if (!at) continue;
      const [heading, own] = p.quarterOutsideHeading!;
      // A plan of several quarters ("Quý III–IV" in its title or the sheet's name): "kế hoạch Quý III–IV".
      const part = typeof heading === 'number' ? quarterLabel(heading) : `kế hoạch ${quarterLabel(heading[0])}–${quarterLabel(heading[1]).slice(4)}`;
      ctx.emit('quarter-outside-heading', at, { label: p.text.quarter!.trim(), heading: part, cellQuarter: quarterLabel(own), counted: quarterLabel(p.quarter ?? own) }, { field: 'quarter' });
    }
    // "Hoàn thành" under "Tháng 8" in a table of ticked months: not read, said where it is.
    for (const t of ctx.tasks) {
      const p = t.parsed;
      const field = p.table.periodTicks?.field;
      if (!p.strayPeriodMarks || !field) continue;
      const counted = p.month !== null ? `ở tháng ${p.month}` : p.quarter !== null ? `ở ${quarterLabel(p.quarter)}` : 'cả năm';
      for (const m of p.strayPeriodMarks) {
        const period = field === 'quarter' ? quarterLabel(m.n) : `Tháng ${m.n}`;
        ctx.emit('unread-period-mark', { sheet: p.sheet, row: m.row, col: m.col }, { value: m.text, period, counted }, { field });
      }
    }
    // "1.2 | … | Tháng 9" folded into task 1 of Tháng 7: its month is said, not lost.
    for (const t of ctx.tasks) {
      const p = t.parsed;
      for (const part of p.partPeriods ?? []) {
        const col = part.col ?? p.table.columns[part.field]!;
        // A date is said as written ("ghi 15/08/2025"), a month's figure as a month ("ghi tháng 8").
        const written = part.text.trim();
        const own = (part.field === 'month' ? monthLabel(written, 'tháng') : null) ?? (findDateInText(written) ? written : `"${written}"`);
        const counted = p.month !== null ? `tháng ${p.month}` : p.quarter !== null ? quarterLabel(p.quarter) : `"${p.text[part.field]!.split(/\s+/)[0]}"`;
        ctx.emit('part-period', { sheet: p.sheet, row: part.row, col }, { part: part.stt, own, task: p.stt, counted }, { field: part.field });
      }
    }
  },
};
