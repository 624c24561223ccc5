/** Status cells use the tracker's words (synonyms such as "Đã hoàn thành" are understood). */
import { STATUSES, canonicalStatus, nearestStatus } from '../status';
import type { Check } from './context';
import { fieldCell } from './context';

export const status: Check = {
  codes: ['unknown-status'],
  run(ctx) {
    for (const t of ctx.tasks) {
      const cell = t.parsed.cells.status;
      const at = fieldCell(t, 'status');
      if (!cell || !at || canonicalStatus(cell.text)) continue;
      const near = nearestStatus(cell.text);
      const hint = near ? `Có phải "${near}"?` : `Dùng một trong: ${STATUSES.join(', ')}.`;
      ctx.emit('unknown-status', at, { value: cell.text, hint }, { fix: near && !cell.joined ? near : null });
    }
  },
};
