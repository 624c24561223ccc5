/** A leader's name in the lead-unit column, or a unit's in the leader column. */
import { columnLetter } from '../grid';
import type { Check } from './context';
import { fieldCell } from './context';

export const swappedColumns: Check = {
  codes: ['swapped-columns'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const lead = t.parsed.text.lead ?? '';
      const leader = t.parsed.text.leader ?? '';
      const leadSwapped = lead !== '' && t.scope.matcher.looksLikeLeader(lead);
      const leaderSwapped = leader !== '' && t.scope.matcher.looksLikeUnit(leader);
      if (!leadSwapped && !leaderSwapped) continue;
      const leadAt = fieldCell(t, 'lead');
      const leaderAt = fieldCell(t, 'leader');
      if (!leadAt || !leaderAt) continue;
      if (leadSwapped) {
        ctx.emit('swapped-columns', leadAt, { column: columnLetter(leadAt.col), value: lead, what: 'tên lãnh đạo', target: columnLetter(leaderAt.col) }, { field: 'lead' });
      }
      if (leaderSwapped) {
        ctx.emit('swapped-columns', leaderAt, { column: columnLetter(leaderAt.col), value: leader, what: 'tên đơn vị', target: columnLetter(leadAt.col) }, { field: 'leader' });
      }
    }
  },
};
