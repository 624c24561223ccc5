/**
 * Lead and coordinating units are known and current. Coordinating units are free text naming
 * outside bodies too: only names that look internal are checked there, as info.
 */
import type { NameMatch } from '../directory/matcher';
import { foldKey } from '../text';
import type { AnalysedTask, Check, CheckContext, SheetScope } from './context';
import { fieldCell, replaceNamesInCell, replaceNamesTyped, type CellAt, type NameFix, type NameReplacement } from './context';
import { isJoined, type KpiUnitCell } from '../reading/model';

export const units: Check = {
  codes: ['unknown-unit', 'outdated-unit'],
  run(ctx) {
    const coordSeen = new Set<string>();
    const groupsSeen = new Set<string>();
    // A name with a safe fix is reported in every cell ("fix all" must reach them all); an
    // unknown one once per spelling and sheet, so outside bodies never flood the report.
    const coordinating = (t: AnalysedTask, names: NameMatch[]) =>
      names.filter((m) => {
        if (m.status === 'external' || m.status === 'collective' || m.status === 'current') return false;
        if (replacement(m)) return true;
        const key = `${t.parsed.sheet}|${m.written}`;
        if (coordSeen.has(key)) return false;
        coordSeen.add(key);
        return true;
      });
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const leadText = t.parsed.text.lead ?? '';
      if (leadText && t.lead.some(needsLook) && !t.leadSwapped) report(ctx, t, 'lead', t.lead);
      else if (!leadText && t.parsed.groupAt && t.lead.some(needsLook)) reportGroup(ctx, t, groupsSeen);
      // A table with no lead column, led by the unit its title names under an old name: reported at the title.
      else if (!leadText && t.scope.titleAt && t.parsed.table.columns.lead === undefined && t.lead.some(needsLook)) reportGroupCell(ctx, t, t.scope.titleAt, groupsSeen, () => t.lead, true);
      if (t.parsed.unitGroup) reportGroupName(ctx, t, t.parsed.unitGroup, groupsSeen);
      // "Phòng QLKH&ĐMST chủ trì, phối hợp Phòng KH-CN": who coordinates, checked as in their column.
      if (t.leadCoord.some(needsLook)) report(ctx, t, 'lead', coordinating(t, t.leadCoord), 'info');
      // "PGĐ Sở X; Phối hợp: Phòng KH-CN" in the leader cell: checked as in their column too.
      if (t.leaderCoord.some(needsLook)) report(ctx, t, 'leader', coordinating(t, t.leaderCoord), 'info');
      if (t.coord.some(needsLook)) report(ctx, t, 'coord', coordinating(t, t.coord));
    }
    for (const sheet of ctx.sheets) reportKpiUnits(ctx, sheet.kpiUnits);
  },
};

/**
 * The units KPI tables name ("Phòng/đơn vị tham mưu"), checked as a task's lead units. A cell merged
 * down is read once, at its top; an empty cell is no gap (a unit advises on the KPIs under it).
 */
function reportKpiUnits(ctx: CheckContext, cells: readonly KpiUnitCell[]): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const scope = ctx.scopes.get(cell.sheet);
    if (!scope) continue;
    const at: CellAt = { sheet: cell.sheet, row: cell.row, col: cell.col };
    const own = scope.matcher.matchLeadUnits(cell.text).filter(needsLook);
    const rest = continuation(cells[i + 1], cell);
    const whole = rest && unread(own) ? scope.matcher.matchLeadUnits(`${cell.text} ${rest.text}`).filter(needsLook) : null;
    if (whole && unread(whole) < unread(own)) {
      // A name cut at a page break ("Phòng Bưu chính - Viễn thông và Công" | "nghệ thông tin"): read whole, no fix.
      emitNames(ctx, scope, at, 'lead', whole, null);
      i++;
    } else if (own.length) emitNames(ctx, scope, at, 'lead', own, replaceNamesInCell(ctx, at, replacementsIn(cell.text, own)));
  }
}

/** Names the directory knows in no form: the part of a cut name. */
function unread(names: NameMatch[]): number {
  return names.filter((m) => m.status === 'unknown' || m.status === 'external' || m.status === 'later').length;
}

/** The next filled cell of the column, when it starts lower-case: the rest of the cell's text, cut at a page break. */
function continuation(next: KpiUnitCell | undefined, cell: KpiUnitCell): KpiUnitCell | null {
  return next && next.sheet === cell.sheet && next.col === cell.col && /^\p{Ll}/u.test(next.text.trimStart()) ? next : null;
}

/** Names known and current, or groups, are fine as they are (most cells). */
function needsLook(m: NameMatch): boolean {
  return m.status !== 'current' && m.status !== 'collective';
}

/** A bare "Trung tâm" or "Phòng" could mean several units today: never replaced automatically. */
export function isGeneric(written: string): boolean {
  return ['trung tam', 'phong', 'van phong', 'to'].includes(foldKey(written));
}

/**
 * What to tell about a name the period does not know: a later period's name ("Văn phòng Sở" in a
 * 2024 sheet), or a shorthand several units share ("TT": Trung tâm or Thanh tra Sở).
 */
function unknownHint(scope: SheetScope, m: NameMatch): string | null {
  if (m.status === 'later') return `Tên này có trong kỳ ${m.periodId}.`;
  const units = scope.matcher.unitsByShorthand(m.written);
  return units.length > 1 ? `"${m.written}" có thể là ${units.map((u) => `"${u}"`).join(' hay ')}: ghi rõ tên đơn vị.` : null;
}

/** What to put instead of an old name: its current name. */
function outdatedHint(m: NameMatch): string | null {
  return m.canonical ? `Đổi thành "${m.canonical}".` : null;
}

/** A bare "Trung tâm" (an incomplete name, never replaced): the period's units it may be ("Trung tâm CĐS&ĐMST" hay …). */
function incompleteHint(scope: SheetScope, m: NameMatch): string {
  const word = foldKey(m.written);
  const units = scope.matcher.period.units.filter((u) => !u.collective && foldKey(u.short).startsWith(`${word} `)).map((u) => `"${u.short}"`);
  return units.length ? `"${m.written}" chưa đủ tên, có thể là ${units.join(' hay ')}: ghi rõ tên đơn vị.` : `"${m.written}" chưa đủ tên: ghi rõ tên đơn vị.`;
}

/** The name this finding would put instead of the written one, if it is safe to. */
function replacement(m: NameMatch): string | null {
  if (isGeneric(m.written)) return null;
  return m.status === 'outdated' || m.status === 'misspelt' ? m.canonical : null;
}

/**
 * An old name after a head's title, fixed as Vietnamese writes the new unit's head: "Trưởng phòng KH-CN"
 * → "Trưởng phòng QLKH&ĐMST" ("phòng" small, as written; "P." too), "Trưởng phòng HCTH" → "Chánh Văn phòng Sở"
 * (an office's or inspectorate's head is its Chánh). Alone, a name keeps its capital. `at`: where the
 * name stands in the text; after a title, the title is replaced with it, so the name written twice
 * ("Phòng HCTH; Trưởng phòng HCTH") is replaced at each place by its own.
 */
function besideHeadTitle(text: string, at: number, written: string, to: string): NameReplacement {
  const title = at > 0 ? /(?<!\S)((?:phó\s+)?trưởng|lãnh đạo)\s+$/iu.exec(text.slice(0, at)) : null;
  if (!title) return [written, to];
  const titled = text.slice(title.index, at);
  if (/^(?:văn phòng|thanh tra)\s/iu.test(to) && /trưởng$/iu.test(title[1])) return [titled + written, `${title[1].replace(/trưởng$/iu, 'Chánh')} ${to}`];
  // "Trưởng P. KH-CN": "P." is "phòng" cut short, written out small.
  return [titled + written, titled + (/^(?:phòng\s|P\.)/u.test(written) && to.startsWith('Phòng ') ? `p${to.slice(1)}` : to)];
}

/** Where each name stands in the text, in order: a name written twice, its first place, then its second. */
function placesInOrder(text: string, named: NameMatch[]): number[] {
  const from = new Map<string, number>();
  return named.map((m) => {
    const at = text.indexOf(m.written, from.get(m.written) ?? 0);
    if (at >= 0) from.set(m.written, at + m.written.length);
    return at;
  });
}

/** The replacement of each old name of a cell, at its own place (a name written twice, each place its own). */
function replacementsIn(text: string, named: NameMatch[]): NameReplacement[] {
  const places = placesInOrder(text, named);
  return named.flatMap((m, i) => {
    const to = replacement(m);
    if (!to) return [];
    const head = headInRemark(text, places[i], m.written, to);
    return [besideHeadTitle(text, places[i], m.written, to), ...(head ? [head] : [])];
  });
}

/**
 * The unit's head named in the bracket after it, "Phòng KH-CN (Trưởng phòng KH-CN)": the matcher reads
 * the bracket as a remark, so the old name there is fixed with the unit's, as "Trưởng phòng QLKH&ĐMST".
 */
function headInRemark(text: string, at: number, written: string, to: string): NameReplacement | null {
  if (at < 0) return null;
  const open = text.indexOf('(', at + written.length);
  const close = text.indexOf(')', open);
  if (open < 0 || close < 0) return null;
  const again = text.slice(0, close).toLowerCase().indexOf(written.toLowerCase(), open);
  if (again < 0) return null;
  const same = text.slice(again, again + written.length);
  // Read from inside the bracket: the title starts right after "(".
  const head = besideHeadTitle(text.slice(open + 1), again - open - 1, same, to);
  return head[0] !== same ? head : null;
}

function report(ctx: CheckContext, t: AnalysedTask, field: 'lead' | 'coord' | 'leader', matches: NameMatch[], severity?: 'info'): void {
  // Most coordinating cells that get here name outside bodies only: nothing to report, no fix to work out.
  if (!matches.length) return;
  const at = fieldCell(t, field);
  const text = t.parsed.text[field];
  if (!at || !text) return;
  // Every replacement in the cell at once: fixing one finding fixes the cell, and the others agree.
  const named = field === 'leader' ? t.leaderCoord : field === 'lead' && t.leadCoord.length ? [...t.lead, ...t.leadCoord] : t[field];
  const replacements = replacementsIn(text, named);
  const fix = isJoined(t.parsed, field) ? null : replaceNamesTyped(ctx, t, field, text, replacements);
  emitNames(ctx, t.scope, at, field, matches, fix, { task: t, field, replacements }, severity);
}

/**
 * A group row's unit ("1 | Phòng KH-CN"), for the tasks under it whose unit cell is blank (`reportGroup`)
 * or over tasks with units of their own (`reportGroupName`): an old or unknown name is the group row's,
 * reported once at its cell, not at each task's.
 */
function reportGroupCell(ctx: CheckContext, t: AnalysedTask, groupAt: { row: number; col: number }, seen: Set<string>, namesOf: () => NameMatch[], title = false): void {
  const at: CellAt = { sheet: t.parsed.sheet, ...groupAt };
  const key = `${at.sheet}|${at.row}|${at.col}`;
  if (seen.has(key)) return;
  const names = namesOf();
  if (!names.length) return;
  seen.add(key);
  const text = ctx.views.get(at.sheet)?.text(at.row, at.col) ?? '';
  const replacements = replacementsIn(text, names);
  // A title in capitals ("PHÒNG QLKH") keeps them: "PHÒNG QLKH&ĐMST".
  const capitals = title && text === text.toUpperCase();
  emitNames(ctx, t.scope, at, 'lead', names, replaceNamesInCell(ctx, at, capitals ? replacements.map(([w, r]) => [w, r.toUpperCase()] as const) : replacements));
}

/** The tasks' blank unit cells under a group row: its names are theirs. */
function reportGroup(ctx: CheckContext, t: AnalysedTask, seen: Set<string>): void {
  reportGroupCell(ctx, t, t.parsed.groupAt!, seen, () => t.lead);
}

/** A unit's group row over tasks with units of their own: its names, matched on their own. */
function reportGroupName(ctx: CheckContext, t: AnalysedTask, group: { unit: string; at: { row: number; col: number } }, seen: Set<string>): void {
  reportGroupCell(ctx, t, group.at, seen, () => t.scope.matcher.matchLeadUnits(group.unit).filter(needsLook));
}

function emitNames(ctx: CheckContext, scope: SheetScope, at: CellAt, field: 'lead' | 'coord' | 'leader', matches: NameMatch[], fix: string | null, names?: NameFix, severity?: 'info'): void {
  for (const m of matches) {
    const base = { name: m.written, period: scope.period.id };
    const own = replacement(m) ? fix : null;
    switch (m.status) {
      case 'outdated':
        // A bare "Trung tâm" in a period of several centres is incomplete, not old: told as "TT" alone is.
        if (isGeneric(m.written)) ctx.emit('unknown-unit', at, { ...base, hint: incompleteHint(scope, m) }, { field, severity });
        // A slip in an old name: the message names the old unit as the directory spells it, the hint the slip.
        else if (m.misspelt && m.known) {
          const hint = [`"${m.written}" là viết sai của "${m.known}".`, outdatedHint(m)].filter(Boolean).join(' ');
          ctx.emit('outdated-unit', at, { ...base, name: m.known, oldPeriod: m.periodId, hint }, { field, fix: own, names, severity });
        } else ctx.emit('outdated-unit', at, { ...base, oldPeriod: m.periodId, hint: outdatedHint(m) }, { field, fix: own, names, severity });
        break;
      case 'misspelt':
        ctx.emit('unknown-unit', at, { ...base, hint: m.canonical ? `Có phải "${m.canonical}"?` : null }, { field, fix: own, names, severity });
        break;
      case 'later':
      case 'unknown':
        ctx.emit('unknown-unit', at, { ...base, hint: unknownHint(scope, m) }, { field, severity });
        break;
      case 'external':
        if (field === 'lead') ctx.emit('unknown-unit', at, { ...base, hint: unknownHint(scope, m) }, { field, severity });
        break;
      default:
        break;
    }
  }
}
