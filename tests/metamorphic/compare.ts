/**
 * Compares the report of an original workbook with the report of an edited one, after moving the
 * original's places as the edit moved cells: same tasks (quarter, month, units, leaders, product,
 * status…), same finding codes on the corresponding cells, same summary counts. Texts compare as a
 * reader sees them (NFC, spaces collapsed, tone placement unified). Returns the differences in words.
 */
import { isDeepStrictEqual } from 'util';
import { columnLetter, columnNumber, FileReport, Task } from '../../src/engine';
import { matchKey, normalizeText, unifyTonePlacement } from '../../src/engine/text';
import type { WorkbookModel } from './model';
import type { Place } from './transforms';

const norm = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : unifyTonePlacement(normalizeText(s)));
const sttNorm = (s: string): string => normalizeText(s).replace(/\.$/, '').replace(/^0+(?=\d)/, '');

/** A task as a reader sees it; its year, where its heading names none, its sheet's (`sheetYears`), else the file's. */
function taskView(t: Task, r: FileReport): Record<string, unknown> {
  return {
    quarter: t.quarter,
    month: t.month,
    year: t.year ?? r.sheetYears?.[t.sheet] ?? r.year,
    section: norm(t.section),
    stt: sttNorm(t.stt),
    task: norm(t.task),
    leadUnits: t.leadUnits.map(norm),
    coordinatingUnits: t.coordinatingUnits.map(norm),
    leaders: t.leaders.map(norm),
    product: norm(t.product),
    deadline: t.deadline,
    status: t.status === null ? null : matchKey(t.status),
    result: norm(t.result),
    note: norm(t.note),
    important: t.important,
    arising: t.arising ?? false,
    completedOn: t.completedOn ?? null,
  };
}

/** A cell inside a merged area is the area's top-left cell (where Excel keeps the value). */
function master(model: WorkbookModel, p: Place): Place {
  const s = model.sheets.find((x) => x.name === p.sheet);
  const a = s?.merges.find((x) => x.top <= p.row && p.row <= x.bottom && x.left <= p.col && p.col <= x.right);
  return a ? { ...p, row: a.top, col: a.left } : p;
}

const label = (p: Place) => `'${p.sheet}'!${columnLetter(p.col)}${p.row}`;

export interface Edit {
  model: WorkbookModel;
  map(p: Place): Place;
  adds?: string[];
}

export function differences(base: FileReport, baseModel: WorkbookModel, edited: FileReport, edit: Edit): string[] {
  const out: string[] = [];
  const moved = (sheet: string, row: number, letter = 'A') => edit.map({ sheet, row, col: columnNumber(letter) });
  const rowKey = (sheet: string, row: number) => `${sheet}|${row}`;

  // tasks, by the row of their number cell
  const got = new Map(edited.tasks.map((t) => [rowKey(t.sheet, t.row), t]));
  const seen = new Set<string>();
  for (const t of base.tasks) {
    const p = moved(t.sheet, t.row, t.column);
    const k = rowKey(p.sheet, p.row);
    seen.add(k);
    const e = got.get(k);
    if (!e) {
      out.push(`task ${t.stt} at '${t.sheet}'!${t.row} (now ${label(p)}) not read: "${t.task.slice(0, 60)}"`);
      continue;
    }
    const [a, b] = [taskView(t, base), taskView(e, edited)];
    for (const f of Object.keys(a)) if (!isDeepStrictEqual(a[f], b[f])) out.push(`task ${t.stt} at ${label(p)}: ${f} ${JSON.stringify(a[f])} became ${JSON.stringify(b[f])}`);
  }
  for (const e of edited.tasks) if (!seen.has(rowKey(e.sheet, e.row))) out.push(`new task ${e.stt} at '${e.sheet}'!${e.row}: "${e.task.slice(0, 60)}"`);

  // findings, by code and cell (a merged cell counting as its area's top-left one)
  const ignored = new Set(edit.adds ?? []);
  // how many of each (a cell may hold two findings of one code: two unknown units)
  const findingKeys = (r: FileReport, place: (p: Place) => Place) => {
    const n = new Map<string, number>();
    for (const f of r.findings) {
      if (ignored.has(f.code)) continue;
      const k = `${f.code} at ${label(place({ sheet: f.sheet, row: f.row, col: columnNumber(f.column) }))}`;
      n.set(k, (n.get(k) ?? 0) + 1);
    }
    return n;
  };
  const before = findingKeys(base, (p) => master(edit.model, edit.map(master(baseModel, p))));
  const after = findingKeys(edited, (p) => master(edit.model, p));
  for (const [k, n] of before) if ((after.get(k) ?? 0) < n) out.push(`finding lost: ${k}`);
  for (const [k, n] of after) if ((before.get(k) ?? 0) < n) out.push(`finding added: ${k} — ${edited.findings.find((f) => k.startsWith(`${f.code} at`) && k.endsWith(`${f.column}${f.row}`))?.message ?? ''}`);

  if (edited.period !== base.period) out.push(`period ${base.period} became ${edited.period}`);

  // summary counts
  const [s0, s1] = [base.summary, edited.summary];
  for (const k of ['taskCount', 'allYear', 'byQuarter', 'byMonth', 'byLeadUnit', 'byLeader', 'byStatus', 'byQuarterAndUnit', 'byQuarterAndStatus', 'byLeadUnitAndStatus', 'kpiCount', 'kpiParts', 'proposals', 'arising', 'arisingByStatus', 'arisingByUnit'] as const) {
    const [a, b] = [s0[k], s1[k]];
    if (!isDeepStrictEqual(normKeys(a), normKeys(b))) out.push(`summary.${k}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
  }
  const sections = (r: FileReport, place: (sheet: string, row: number) => Place) =>
    r.summary.sections.map((x) => `${label({ ...place(x.sheet, x.row), col: 1 })} ${norm(x.label)} ${x.declared}/${x.actual}`).sort();
  const [sa, sb] = [sections(base, (sh, r) => moved(sh, r)), sections(edited, (sheet, row) => ({ sheet, row, col: 1 }))];
  if (!isDeepStrictEqual(sa, sb)) out.push(`summary.sections: ${JSON.stringify(sa)} became ${JSON.stringify(sb)}`);
  // a task's row moves with its number cell (its column matters where an edit moves cells of one column only)
  const refs = (r: FileReport, place: (sheet: string, row: number, letter?: string) => Place, list: (r: FileReport) => { sheet: string; row: number; column?: string }[]) =>
    list(r).map((x) => label({ ...place(x.sheet, x.row, x.column), col: 1 })).sort();
  for (const [name, list] of [
    ['missing.lead', (r: FileReport) => r.summary.missing.lead],
    ['missing.leader', (r: FileReport) => r.summary.missing.leader],
    ['missing.product', (r: FileReport) => r.summary.missing.product],
    ['overdue', (r: FileReport) => r.summary.overdue],
    ['important', (r: FileReport) => r.summary.important],
  ] as const) {
    const [a, b] = [refs(base, (sh, r, letter) => moved(sh, r, letter), list), refs(edited, (sheet, row) => ({ sheet, row, col: 1 }), list)];
    if (!isDeepStrictEqual(a, b)) out.push(`summary.${name}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
  }
  return out;
}

/** Counts keyed by a name compare by the name as a reader sees it (a status unread, "Hoàn thàn", in any case). */
function normKeys(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, n]) => [matchKey(k), normKeys(n)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}
