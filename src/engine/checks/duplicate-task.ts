/**
 * The same task twice in a quarter. Tasks that recur every month ("Xuất bản Bản tin…" in Tháng 7 and
 * Tháng 8) are not duplicates: when the sheet has months, only the same month counts.
 */
import type { Check } from './context';

export const duplicateTask: Check = {
  codes: ['duplicate-task'],
  run(ctx) {
    // Per part of the sheet, task text → first row (nested maps: no long concatenated keys).
    const seen = new Map<string, Map<string, number>>();
    for (const t of ctx.tasks) {
      const p = t.parsed;
      const text = p.cells.task?.text;
      const col = p.table.columns.task;
      if (!text || col === undefined || text.length < 8) continue;
      const where = p.quarter !== null ? `q${p.quarter}|m${p.month ?? ''}` : `s${p.scope}`;
      const part = `${p.sheet}|${where}`;
      let rows = seen.get(part);
      if (!rows) seen.set(part, (rows = new Map()));
      const otherRow = rows.get(t.textKey);
      if (otherRow === undefined) {
        rows.set(t.textKey, p.row);
        continue;
      }
      const scope = p.month ? `tháng ${p.month}` : p.quarter ? `quý ${p.quarter}` : (p.section ?? 'cùng phần');
      ctx.emit('duplicate-task', { sheet: p.sheet, row: p.cells.task?.row ?? p.row, col }, { otherRow, scope });
    }
  },
};
