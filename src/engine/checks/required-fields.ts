/** Every task has a lead unit, a leader and a product (where the table has those columns), and a text. */
import type { Period } from '../directory/types';
import type { AnalysedTask, Check, CheckContext } from './context';
import type { ParsedTable, ParsedTask } from '../reading/model';
import type { NameMatch } from '../directory/matcher';
import type { FindingCode } from './catalog';
import { hasFormulaError, isBlankField } from '../reading/model';
import { otherWorkbook } from './cell-text';
import { foldKey } from '../text';

export const requiredFields: Check = {
  codes: ['missing-lead-unit', 'missing-leader', 'missing-product', 'missing-task', 'lead-unit-from-title'],
  run(ctx) {
    leadFromTitle(ctx);
    let usage: Map<string, Set<string>> | null = null;
    const hintFor = (t: AnalysedTask, units: string[]) => sheetLeaderHint((usage ??= leadersByUnits(ctx.tasks)), t, units) ?? leaderHint(t.scope.period, units);
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
      const text = p.text;
      const columns = p.table.columns;
      // Fields by name, not in a loop over names: this runs for every task of the sheet. A field
      // emptied by a formula error is not reported again: formula-error already points at it.
      if (isBlankField(text.task) && !hasFormulaError(p, 'task')) missing(ctx, p, 'missing-task', columns.task);
      // A task listed under its unit's group row ("1 | Phòng QLKH&ĐMST") has its unit from there.
      if (isBlankField(text.lead) && !p.groupUnit && !hasFormulaError(p, 'lead')) missing(ctx, p, 'missing-lead-unit', columns.lead, columns.lead === undefined ? null : unitHint(t));
      if (isBlankField(text.leader) && columns.leader !== undefined && !hasFormulaError(p, 'leader')) missing(ctx, p, 'missing-leader', columns.leader, hintFor(t, leadUnits(t)));
      if (isBlankField(text.product) && !hasFormulaError(p, 'product')) missing(ctx, p, 'missing-product', columns.product);
    }
  },
};

/** A field missing in the task's row; a function of its own, not a closure made for every task. */
function missing(ctx: CheckContext, p: ParsedTask, code: FindingCode, col: number | undefined, hint: string | null = null): void {
  if (col === undefined) return;
  // A cell read from another workbook CTCT cannot open: external-reference already says so there.
  if (otherWorkbook(ctx.views.get(p.sheet)?.formula(p.row, col) ?? null) !== null) return;
  ctx.emit(code, { sheet: p.sheet, row: p.row, col }, { stt: p.stt || '(không số)', hint });
}

/**
 * A sheet's tasks' lead units (sheet and names as one key) → the leaders their cells name. Plain loops
 * and a key built only for a task that names a leader: it runs over every task of a 20,000-task sheet.
 */
function leadersByUnits(tasks: readonly AnalysedTask[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Equal lead cells share their matches: a sheet's key for them is built once.
  const keys = new Map<string, Map<NameMatch[], string>>();
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const leaders = t.leaders;
    let set: Set<string> | undefined;
    for (let j = 0; j < leaders.length; j++) {
      const m = leaders[j];
      if (!m.canonical || (m.status !== 'current' && m.status !== 'collective')) continue;
      if (!set) {
        const key = sharedUnitsKey(keys, t);
        if (!key) break;
        set = out.get(key);
        if (!set) out.set(key, (set = new Set<string>()));
      }
      set.add(m.canonical);
    }
  }
  return out;
}

/** unitsKey of the task's lead units, looked up by its sheet and its (shared) lead matches. */
function sharedUnitsKey(keys: Map<string, Map<NameMatch[], string>>, t: AnalysedTask): string {
  let bySheet = keys.get(t.parsed.sheet);
  if (!bySheet) keys.set(t.parsed.sheet, (bySheet = new Map()));
  let key = bySheet.get(t.lead);
  if (key === undefined) bySheet.set(t.lead, (key = unitsKey(t, leadUnits(t))));
  return key;
}

/** The canonical names of a task's lead units. */
function leadUnits(t: AnalysedTask): string[] {
  const units: string[] = [];
  for (const m of t.lead) if (m.canonical) units.push(m.canonical);
  return units;
}

function unitsKey(t: AnalysedTask, units: string[]): string {
  if (!units.length) return '';
  return `${t.parsed.sheet}\n${units.length === 1 ? units[0] : [...units].sort().join('\n')}`;
}

/** "Các nhiệm vụ khác của Phòng X trong trang tính do PGĐ Sở Y chỉ đạo": the sheet's own usage, when it names one leader. */
function sheetLeaderHint(usage: Map<string, Set<string>>, t: AnalysedTask, units: string[]): string | null {
  const leaders = usage.get(unitsKey(t, units));
  return leaders?.size === 1 ? `Các nhiệm vụ khác của ${units.join(', ')} trong trang tính do ${[...leaders][0]} chỉ đạo.` : null;
}

/** "Lãnh đạo thường chỉ đạo Phòng X: PGĐ Sở Y" — from the directory's `directs`, only when one leader fits. */
function leaderHint(period: Period, units: string[]): string | null {
  if (units.length === 0) return null;
  const fits = period.leaders.filter((l) => units.every((u) => l.directs?.includes(u)));
  return fits.length === 1 ? `Lãnh đạo thường chỉ đạo ${units.join(', ')} trong danh mục: ${fits[0].name}.` : null;
}

/** Each table with no lead column whose tasks the title's unit leads (the scope's `titleUnit`): said once, at its header row. */
function leadFromTitle(ctx: CheckContext): void {
  const counts = new Map<ParsedTable, { task: AnalysedTask; count: number }>();
  for (const t of ctx.tasks) {
    const table = t.parsed.table;
    if (table.columns.lead !== undefined || !t.scope.titleUnit || !t.lead.length || t.parsed.groupUnit) continue;
    const seen = counts.get(table);
    if (seen) seen.count++;
    else counts.set(table, { task: t, count: 1 });
  }
  for (const [table, { task, count }] of counts) {
    const col = table.columns.task ?? table.columns.stt;
    if (col === undefined) continue;
    ctx.emit('lead-unit-from-title', { sheet: table.sheet, row: table.headerRows[0], col }, { count, unit: task.lead[0].canonical ?? task.lead[0].written, title: task.scope.titleUnit });
  }
}

/** A unit's title at the start of a name (folded): "Phòng …", "Trung tâm …", "Văn phòng Sở". */
const UNIT_TITLE = /^(?:phong|trung tam|van phong|vp|thanh tra|to)\b/;

/**
 * The unit a task's text ends with ("… số hóa Phòng BCVT&CĐS": PDF left the lead unit there), as a
 * hint for its empty lead cell; only a hint, as a text may end by naming a unit it is about.
 */
function unitHint(t: AnalysedTask): string {
  const words = (t.parsed.text.task ?? '').replace(/[\s.;,]+$/u, '').split(' ');
  for (let k = Math.min(6, words.length - 3); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (!UNIT_TITLE.test(foldKey(tail))) continue;
    const m = t.scope.matcher.matchUnits(tail);
    const unit = m.length === 1 && m[0].written === tail && (m[0].status === 'current' || m[0].status === 'outdated') ? m[0].canonical : null;
    if (unit) return `Cuối nội dung nhiệm vụ có "${tail}" (chép từ PDF, tên đơn vị có thể bị dồn vào nội dung): nếu đó là đơn vị chủ trì, ghi "${unit}" vào ô này.`;
  }
  return 'Ghi tên phòng/đơn vị chủ trì theo danh mục.';
}

export function shorten(s: string, n = 60): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
