/** Leaders are known in the sheet's period ("Lãnh đạo Sở" and other collective phrases are valid). */
import type { Check } from './context';
import { fieldCell, replaceNamesTyped } from './context';
import { isJoined } from '../reading/model';

export const leaders: Check = {
  codes: ['unknown-leader'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const text = t.parsed.text.leader;
      if (!text || t.leaders.every((m) => m.status === 'current' || m.status === 'collective')) continue;
      const at = fieldCell(t, 'leader');
      if (!at || t.scope.matcher.looksLikeUnit(t.leaderTyped)) continue;
      // Every misspelt leader of the cell at once: each finding offers the same fix.
      const replacements = t.leaders.flatMap((m) => (m.status === 'misspelt' && m.canonical ? [[m.written, m.canonical] as const] : []));
      const fix = isJoined(t.parsed, 'leader') ? null : replaceNamesTyped(ctx, t, 'leader', text, replacements);
      for (const m of t.leaders) {
        if (m.status === 'current' || m.status === 'collective') continue;
        const other = m.status === 'outdated' || m.status === 'later' ? ` (tên này có trong kỳ ${m.periodId})` : '';
        const candidate = m.status === 'misspelt' ? m.canonical : null;
        ctx.emit('unknown-leader', at, { name: m.written, period: t.scope.period.id, otherPeriod: other, candidate }, { fix: candidate ? fix : null, names: { task: t, field: 'leader', replacements } });
      }
    }
  },
};
