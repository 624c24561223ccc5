/** Every task has a lead unit, a leader and a product (where the table has those columns), and a text. */
import type { Period } from '../directory/types';
import type { Check } from './context';

const EMPTY = /^[\s\-–—.]*$/;

const REQUIRED = [
  ['task', 'missing-task'],
  ['lead', 'missing-lead-unit'],
  ['leader', 'missing-leader'],
  ['product', 'missing-product'],
] as const;

export const requiredFields: Check = {
  codes: ['missing-lead-unit', 'missing-leader', 'missing-product', 'missing-task', 'missing-number'],
  run(ctx) {
    for (const t of ctx.tasks) {
      const p = t.parsed;
      for (const [field, code] of REQUIRED) {
        const text = p.cells[field]?.text;
        if (text && !EMPTY.test(text)) continue;
        const col = p.table.columns[field];
        if (col === undefined) continue;
        const hint = field === 'leader' ? leaderHint(t.scope.period, t.lead.map((m) => m.canonical).filter((x): x is string => !!x)) : null;
        ctx.emit(code, { sheet: p.sheet, row: p.row, col }, { stt: p.stt || '(không số)', hint });
      }
      if (p.sttMissing && p.table.columns.stt !== undefined) {
        ctx.emit('missing-number', { sheet: p.sheet, row: p.row, col: p.table.columns.stt }, { task: shorten(p.cells.task?.text ?? ''), expected: null });
      }
    }
  },
};

/** "Lãnh đạo thường chỉ đạo Phòng X: PGĐ Sở Y" — from the directory's `directs`, only when one leader fits. */
function leaderHint(period: Period, units: string[]): string | null {
  if (units.length === 0) return null;
  const fits = period.leaders.filter((l) => units.every((u) => l.directs?.includes(u)));
  return fits.length === 1 ? `Lãnh đạo thường chỉ đạo ${units.join(', ')} trong danh mục: ${fits[0].name}.` : null;
}

export function shorten(s: string, n = 60): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
