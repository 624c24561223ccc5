/** Leaders are known in the sheet's period ("Lãnh đạo Sở" and other collective phrases are valid). */
import type { Check } from './context';
import { fieldCell, replaceNamesTyped } from './context';
import { isJoined } from '../reading/model';
import type { Leader } from '../directory/types';

/** The deputies of the period by name; the one who directs the task's lead units, when only one does. */
function deputiesHint(deputies: Leader[], units: string[]): string | null {
  if (deputies.length === 0) return null;
  const directing = units.length ? deputies.filter((l) => units.every((u) => l.directs?.includes(u))) : [];
  if (directing.length === 1) return `Ghi tên Phó Giám đốc chỉ đạo; thường chỉ đạo ${units.join(', ')}: ${directing[0].name}.`;
  return `Ghi tên Phó Giám đốc chỉ đạo: ${deputies.map((l) => l.name).join('; ')}.`;
}

export const leaders: Check = {
  codes: ['unknown-leader'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const text = t.parsed.text.leader;
      if (!text || t.leaders.every((m) => m.status === 'current' || m.status === 'collective')) continue;
      const at = fieldCell(t, 'leader');
      if (!at || t.leaderSwapped) continue;
      // Every misspelt leader of the cell at once: each finding offers the same fix.
      const replacements = t.leaders.flatMap((m) => (m.status === 'misspelt' && m.canonical ? [[m.written, m.canonical] as const] : []));
      const fix = isJoined(t.parsed, 'leader') ? null : replaceNamesTyped(ctx, t, 'leader', text, replacements);
      for (const m of t.leaders) {
        if (m.status === 'current' || m.status === 'collective') continue;
        if (m.status === 'unknown' && t.scope.matcher.namesRoleOnly(m.written)) {
          // "PGĐ Sở" alone names a title, not a person: which deputy directs is left unsaid.
          ctx.emit('unknown-leader', at, { name: m.written, problem: 'chỉ ghi chức danh, chưa rõ Phó Giám đốc nào', hint: deputiesHint(t.scope.matcher.deputies(), t.lead.map((u) => u.canonical).filter((x): x is string => !!x)) });
          continue;
        }
        const other = m.status === 'outdated' || m.status === 'later' ? ` (tên này có trong kỳ ${m.periodId})` : '';
        const candidate = m.status === 'misspelt' ? m.canonical : null;
        const problem = `không có trong danh mục kỳ ${t.scope.period.id}${other}`;
        ctx.emit('unknown-leader', at, { name: m.written, problem, hint: candidate ? `Có phải "${candidate}"?` : null }, { fix: candidate ? fix : null, names: { task: t, field: 'leader', replacements } });
      }
    }
  },
};
