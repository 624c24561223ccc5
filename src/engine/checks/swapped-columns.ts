/**
 * A leader's name in the lead-unit column, or a unit's in the leader column (alone, or beside the
 * leader); a leader's in the coordinating column.
 */
import { columnLetter } from '../grid';
import type { Check } from './context';
import { fieldCell } from './context';

export const swappedColumns: Check = {
  codes: ['swapped-columns'],
  run(ctx) {
    const coordSeen = new Set<string>();
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const lead = t.parsed.text.lead ?? '';
      const leader = t.parsed.text.leader ?? '';
      const coord = t.parsed.text.coord ?? '';
      // As analyse decided, so the findings and the summary's counts agree.
      const { leadSwapped, leaderSwapped } = t;
      // "Lãnh đạo Sở và Văn phòng Sở": a leader, and a unit that belongs in the unit column.
      const unitsBeside = leader !== '' && !leaderSwapped ? t.scope.matcher.unitsInLeaders(t.leaderTyped) : [];
      const leadersBeside = lead !== '' && !leadSwapped ? t.scope.matcher.leadersInLeadUnits(t.leadTyped) : [];
      // Coordinating cells are free text: a leader alone there is a note, once per spelling and sheet.
      const coordKey = coord !== '' && t.scope.matcher.looksLikeLeader(t.coordTyped) ? `${t.parsed.sheet}|${coord}` : '';
      const coordAt = coordKey && !coordSeen.has(coordKey) ? fieldCell(t, 'coord') : null;
      if (!leadSwapped && !leaderSwapped && !unitsBeside.length && !leadersBeside.length && !coordAt) continue;
      const leaderAt = fieldCell(t, 'leader');
      if (coordAt) {
        coordSeen.add(coordKey);
        const target = leaderAt ? columnLetter(leaderAt.col) : 'lãnh đạo chỉ đạo (bảng chưa có cột này)';
        ctx.emit('swapped-columns', coordAt, { column: columnLetter(coordAt.col), value: coord, what: 'tên lãnh đạo', target }, { field: 'coord' });
      }
      const leadAt = fieldCell(t, 'lead');
      // A table with no leader column (or no unit column) still gets told: the name has no place there.
      const leaderTarget = leaderAt ? columnLetter(leaderAt.col) : 'lãnh đạo chỉ đạo (bảng chưa có cột này)';
      if (leadSwapped && leadAt) {
        ctx.emit('swapped-columns', leadAt, { column: columnLetter(leadAt.col), value: lead, what: 'tên lãnh đạo', target: leaderTarget }, { field: 'lead' });
      }
      // The unit is there: a warning, naming only the leader part.
      if (leadersBeside.length && leadAt) {
        const value = leadersBeside.map((m) => m.written).join('; ');
        ctx.emit('swapped-columns', leadAt, { column: columnLetter(leadAt.col), value, what: 'tên lãnh đạo', target: leaderTarget }, { field: 'lead', severity: 'warning' });
      }
      const unitTarget = leadAt ? columnLetter(leadAt.col) : 'đơn vị chủ trì (bảng chưa có cột này)';
      if (leaderSwapped && leaderAt) {
        ctx.emit('swapped-columns', leaderAt, { column: columnLetter(leaderAt.col), value: leader, what: 'tên đơn vị', target: unitTarget }, { field: 'leader' });
      }
      // The leader is there: a warning, naming only the unit part.
      if (unitsBeside.length && leaderAt) {
        const value = unitsBeside.map((m) => m.written).join('; ');
        ctx.emit('swapped-columns', leaderAt, { column: columnLetter(leaderAt.col), value, what: 'tên đơn vị', target: unitTarget }, { field: 'leader', severity: 'warning' });
      }
    }
  },
};
