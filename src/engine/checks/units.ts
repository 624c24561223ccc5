/**
 * Lead and coordinating units are known and current. Coordinating units are free text naming
 * outside bodies too: only names that look internal are checked, once per spelling and sheet, as info.
 */
import type { NameMatch } from '../directory/matcher';
import { foldKey } from '../text';
import type { Check, CheckContext, AnalysedTask } from './context';
import { fieldCell, replaceName } from './context';

export const units: Check = {
  codes: ['unknown-unit', 'outdated-unit'],
  run(ctx) {
    const coordSeen = new Set<string>();
    for (const t of ctx.tasks) {
      const leadText = t.parsed.cells.lead?.text ?? '';
      if (leadText && !ctx.matcher.looksLikeLeader(leadText)) for (const m of t.lead) report(ctx, t, 'lead', m);
      for (const m of t.coord) {
        if (m.status === 'external' || m.status === 'collective' || m.status === 'current') continue;
        const key = `${t.parsed.sheet}|${m.written}`;
        if (coordSeen.has(key)) continue;
        coordSeen.add(key);
        report(ctx, t, 'coord', m);
      }
    }
  },
};

function report(ctx: CheckContext, t: AnalysedTask, field: 'lead' | 'coord', m: NameMatch): void {
  const at = fieldCell(t, field);
  if (!at) return;
  const cell = t.parsed.cells[field];
  const severity = field === 'coord' ? 'info' : undefined;
  // A bare "Trung tâm" or "Phòng" could mean several units today: never replaced automatically.
  const generic = ['trung tam', 'phong', 'van phong', 'to'].includes(foldKey(m.written));
  const fix = (to: string | null) => (to && cell && !cell.joined && !generic ? replaceName(cell.text, m.written, to) : null);
  const base = { name: m.written, period: ctx.period.id };
  switch (m.status) {
    case 'outdated':
      ctx.emit('outdated-unit', at, { ...base, oldPeriod: m.periodId, current: generic ? null : m.canonical }, { field, severity, fix: fix(m.canonical) });
      return;
    case 'misspelt':
      ctx.emit('unknown-unit', at, { ...base, candidate: m.canonical }, { field, severity, fix: fix(m.canonical) });
      return;
    case 'later':
      ctx.emit('unknown-unit', at, { ...base, candidate: null }, { field, severity });
      return;
    case 'unknown':
    case 'external':
      if (field === 'lead' || m.status === 'unknown') ctx.emit('unknown-unit', at, { ...base, candidate: null }, { field, severity });
      return;
    default:
      return;
  }
}
