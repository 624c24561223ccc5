/**
 * Compares a variant's hand-written expectation with the engine's report for it and lists every
 * discrepancy in words (empty list: the engine read the workbook as a careful checker would).
 * Rules: counts per quarter/month/all-year exact; every declared-count section found and no other;
 * every expected warning/error finding at its exact cell; no other warning/error finding except the
 * expected bulk counts and the tolerated duplicates; chosen tasks' fields equal; errors present iff
 * an expected finding is an error (`ctct check` exit 1 vs 0).
 */
import { isDeepStrictEqual } from 'util';
import type { FileReport } from '../../src/engine';
import type { Expectation } from './lib';

/** Error-level codes as the department's rules classify them (independent of the engine's catalog). */
export const ERROR_CODES = new Set(['missing-lead-unit', 'missing-leader', 'missing-product', 'missing-task', 'swapped-columns', 'duplicate-number', 'declared-count-mismatch', 'invalid-date', 'formula-error']);

const fmt = (o: Record<string, number> | undefined): string => (o ? Object.entries(o).map(([k, v]) => `${k}:${v}`).join(' ') : '-');
const short = (v: unknown): string => JSON.stringify(v)?.slice(0, 200) ?? 'undefined';

export function discrepancies(ex: Expectation, file: FileReport): string[] {
  const out: string[] = [];
  const note = (s: string) => out.push(s);
  const sum = file.summary;

  const wantsErrors = ex.findings.some((x) => ERROR_CODES.has(x.code));
  const hasErrors = file.findings.some((x) => x.severity === 'error');
  if (wantsErrors !== hasErrors) note(`exit code: expected ${wantsErrors ? 1 : 0}, got ${hasErrors ? 1 : 0}`);

  if (ex.period && file.period !== ex.period) note(`period: expected ${ex.period}, got ${file.period} (${file.periodSource})`);
  if (sum.taskCount !== ex.taskCount) note(`taskCount: expected ${ex.taskCount}, got ${sum.taskCount}`);
  if (!isDeepStrictEqual(sum.byQuarter, ex.byQuarter)) note(`byQuarter: expected ${fmt(ex.byQuarter)}, got ${fmt(sum.byQuarter)}`);
  if (ex.byMonth && !isDeepStrictEqual(sum.byMonth, ex.byMonth)) note(`byMonth: expected ${fmt(ex.byMonth)}, got ${fmt(sum.byMonth)}`);
  if ((ex.allYear ?? 0) !== (sum.allYear ?? 0)) note(`allYear: expected ${ex.allYear ?? 0}, got ${sum.allYear}`);
  if (ex.kpiCount !== undefined && sum.kpiCount !== ex.kpiCount) note(`kpiCount: expected ${ex.kpiCount}, got ${sum.kpiCount}`);
  if (ex.proposals && !isDeepStrictEqual(sum.proposals, ex.proposals)) note(`proposals: expected ${short(ex.proposals)}, got ${short(sum.proposals)}`);

  // sections with a declared count ("Quý III (96 nhiệm vụ)")
  for (const s of ex.sections) {
    const a = sum.sections.find((x) => x.sheet === s.sheet && x.row === s.row);
    if (!a) note(`section "${s.label}" (${s.declared}) at '${s.sheet}'!${s.row}: not recognised`);
    else if (a.declared !== s.declared || a.actual !== s.actual) note(`section '${s.sheet}'!${s.row} "${s.label}": expected declared ${s.declared}/actual ${s.actual}, got ${a.declared}/${a.actual} (label "${a.label}")`);
  }
  for (const a of sum.sections) if (!ex.sections.some((s) => s.sheet === a.sheet && s.row === a.row)) note(`unexpected section '${a.sheet}'!${a.row} "${a.label}" declared ${a.declared} actual ${a.actual}`);

  // findings at warning/error level: each expected one at its cell, no others
  const serious = file.findings.filter((x) => x.severity !== 'info');
  const used = new Set<number>();
  for (const e of ex.findings) {
    const cells = [e.cell, ...(e.alt ?? [])];
    const i = serious.findIndex((x, k) => !used.has(k) && x.code === e.code && x.sheet === e.sheet && cells.includes(`${x.column}${x.row}`));
    if (i >= 0) {
      used.add(i);
      const at = `${serious[i].column}${serious[i].row}`;
      if (at !== e.cell) note(`${e.code} reported at ${at}, a checker would point at ${e.cell} (${e.why})`);
      continue;
    }
    const near = serious.filter((x) => x.sheet === e.sheet && cells.includes(`${x.column}${x.row}`)).map((x) => x.code);
    const asInfo = file.findings.some((x) => x.severity === 'info' && x.code === e.code && x.sheet === e.sheet && cells.includes(`${x.column}${x.row}`));
    note(`MISSING ${e.code} at '${e.sheet}'!${e.cell} (${e.why})${near.length ? `; there: ${near.join(', ')}` : ''}${asInfo ? ' [reported only as info]' : ''}`);
  }
  const bulk = new Map((ex.bulk ?? []).map((b) => [b.code, b]));
  const bulkCount = new Map<string, number>();
  serious.forEach((x, k) => {
    if (used.has(k)) return;
    if (bulk.has(x.code)) {
      bulkCount.set(x.code, (bulkCount.get(x.code) ?? 0) + 1);
      return;
    }
    if ((ex.tolerated ?? []).some((t) => t.code === x.code && t.sheet === x.sheet && t.cell === `${x.column}${x.row}`)) return;
    note(`UNEXPECTED ${x.severity} ${x.code} at '${x.sheet}'!${x.column}${x.row}: ${x.message}`);
  });
  for (const [code, b] of bulk) {
    const n = bulkCount.get(code) ?? 0;
    if (n !== b.count) note(`${code}: expected ${b.count} (${b.why}), got ${n}`);
  }

  // fields of chosen tasks
  for (const tc of ex.taskChecks) {
    const t = file.tasks.find((x) => x.sheet === tc.sheet && x.row === tc.row) as Record<string, unknown> | undefined;
    if (!t) {
      note(`no task read at '${tc.sheet}'!row ${tc.row} (expected ${short(tc.fields)})`);
      continue;
    }
    for (const [k, v] of Object.entries(tc.fields)) if (!isDeepStrictEqual(t[k], v)) note(`task at '${tc.sheet}'!${tc.row} field ${k}: expected ${short(v)}, got ${short(t[k])}`);
  }
  return out;
}
