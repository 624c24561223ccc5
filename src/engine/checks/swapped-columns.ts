/**
 * A leader's name in the lead-unit column, or a unit's in the leader column (alone, or beside the
 * leader); a leader's in the coordinating column.
 */
import { columnLetter } from '../grid';
import type { Check } from './context';
import { fieldCell, type CellAt } from './context';
import type { Field, Severity } from '../report';
import type { NameMatch } from '../directory/matcher';

const writtenNames = (names: NameMatch[]) => names.map((m) => m.written).join('; ');

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
      // A name written in the column at `at`, which belongs in `target` (a column's letter, or the column the table lacks).
      const say = (at: CellAt, field: Field, value: string, what: string, target: string, severity?: Severity) =>
        ctx.emit('swapped-columns', at, { column: columnLetter(at.col), value, what, target }, { field, severity });
      // A table with no leader column (or no unit column) still gets told: the name has no place there.
      const leaderTarget = leaderAt ? columnLetter(leaderAt.col) : 'lãnh đạo chỉ đạo (bảng chưa có cột này)';
      if (coordAt) {
        coordSeen.add(coordKey);
        say(coordAt, 'coord', coord, 'tên lãnh đạo', leaderTarget);
      }
      const leadAt = fieldCell(t, 'lead');
      if (leadSwapped && leadAt) say(leadAt, 'lead', lead, 'tên lãnh đạo', leaderTarget);
      // The unit is there: a warning, naming only the leader part.
      if (leadersBeside.length && leadAt) say(leadAt, 'lead', writtenNames(leadersBeside), 'tên lãnh đạo', leaderTarget, 'warning');
      const unitTarget = leadAt ? columnLetter(leadAt.col) : 'đơn vị chủ trì (bảng chưa có cột này)';
      if (leaderSwapped && leaderAt) say(leaderAt, 'leader', leader, 'tên đơn vị', unitTarget);
      // The leader is there: a warning, naming only the unit part.
      if (unitsBeside.length && leaderAt) say(leaderAt, 'leader', writtenNames(unitsBeside), 'tên đơn vị', unitTarget, 'warning');
    }
  },
};
