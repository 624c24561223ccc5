/**
 * Units and leaders under the names of a later period: the department was reorganised twice, and a
 * summary over sheets or files of several periods shows one line per unit and per leader, by the
 * newest period's names ("Phòng KH-CN" → "Phòng QLKH&ĐMST", "PGĐ Phan Văn Hiếu" → "PGĐ Sở Phan Văn Hiếu").
 * One function for a workbook whose sheets fall in two periods and for a run over several files.
 */
import type { Directory, Leader, Period, Unit } from './types';
import { successorIn, unitNamed } from './rename';

export interface Renaming {
  units: ReadonlyMap<string, string>;
  leaders: ReadonlyMap<string, string>;
}

const NONE: Renaming = { units: new Map(), leaders: new Map() };

/** Of the given periods, the one of the directory that starts last; null when fewer than two are given. */
export function newestPeriod(directory: Directory, periodIds: Iterable<string>): string | null {
  const ids = new Set(periodIds);
  const periods = directory.periods.filter((p) => ids.has(p.id));
  if (periods.length < 2) return null;
  return periods.reduce((a, b) => (b.from > a.from ? b : a)).id;
}

const cache = new WeakMap<Directory, Map<string, Renaming>>();

/**
 * Names of period `from` that are other names in period `to`: each unit by the unit that took its
 * work over (renamed, merged), each leader by the same person's entry (a name or alias in common),
 * followed period by period, as a sheet of period `to` reads the old name ("Phòng TĐC" of 2024 is
 * "Phòng QLTCĐLCL" of 2025-09, whichever file or sheet writes it). One gone before `to` with no unit
 * of `to` carrying it on keeps the name of the last period that has it ("Phòng QLCN" of 2025-03), so a
 * file of each period still counts it on one line.
 */
export function renamingBetween(directory: Directory, from: string, to: string): Renaming {
  if (from === to) return NONE;
  let byPair = cache.get(directory);
  if (!byPair) cache.set(directory, (byPair = new Map()));
  const pair = `${from}→${to}`;
  let out = byPair.get(pair);
  if (!out) byPair.set(pair, (out = build(directory, from, to)));
  return out;
}

function build(directory: Directory, from: string, to: string): Renaming {
  const ordered = [...directory.periods].sort((a, b) => a.from.localeCompare(b.from));
  const first = ordered.findIndex((p) => p.id === from);
  const last = ordered.findIndex((p) => p.id === to);
  if (first < 0 || last <= first) return NONE;
  const chain = ordered.slice(first, last + 1);
  const units = new Map<string, string>();
  for (const unit of chain[0].units) {
    const latest = latestUnit(unit, chain);
    if (latest.short !== unit.short) units.set(unit.short, latest.short);
  }
  const leaders = new Map<string, string>();
  for (const leader of chain[0].leaders) {
    const latest = latestLeader(leader, chain);
    if (latest.name !== leader.name) leaders.set(leader.name, latest.name);
  }
  return { units, leaders };
}

/**
 * The unit of the last of `chain` that carries `unit`'s work on, as a sheet of that period reads the
 * old name (`successorIn`: "Phòng TĐC" of 2024 is "Phòng QLTCĐLCL" of 2025-09); where there is none,
 * the last unit the renames reach (without a rename, the same name).
 */
function latestUnit(unit: Unit, chain: readonly Period[]): Unit {
  const successor = successorIn(chain, unit, 0, chain.length - 1);
  if (successor) return successor;
  let latest = unit;
  for (let i = 1; i < chain.length; i++) {
    const next = unitNamed(chain[i], latest.renamedTo ?? latest.short);
    if (!next) break;
    latest = next;
  }
  return latest;
}

const key = (n: string) => n.normalize('NFC').trim().toLowerCase();

/** The same person's entry in the last of `chain` that has one (a period without them is passed over). */
function latestLeader(leader: Leader, chain: readonly Period[]): Leader {
  let latest = leader;
  const names = new Set([leader.name, ...leader.aliases].map(key));
  const persons = new Set(leader.person ? [key(leader.person)] : []);
  for (let i = 1; i < chain.length; i++) {
    const same = chain[i].leaders.filter((l) => (l.person && persons.has(key(l.person))) || [l.name, ...l.aliases].some((n) => names.has(key(n))));
    // Two entries of one period for the same person would be a guess.
    if (same.length > 1) break;
    if (!same.length) continue;
    latest = same[0];
    for (const n of [latest.name, ...latest.aliases]) names.add(key(n));
    if (latest.person) persons.add(key(latest.person));
  }
  return latest;
}

/** Names renamed, each once: a task of "Phòng QLCN&CN; Phòng TĐC" is one task of "Phòng QLCN". */
export function renamedNames(names: readonly string[], map: ReadonlyMap<string, string>): string[] {
  if (!names.some((n) => map.has(n))) return names as string[];
  return [...new Set(names.map((n) => map.get(n) ?? n))];
}

/** Tasks under the names of period `to`, each from its own sheet's period (one renaming per sheet). */
export function renamedTasks<T extends { sheet: string; leadUnits: string[]; leaders?: string[] }>(
  tasks: readonly T[],
  directory: Directory,
  periodOf: (sheet: string) => string,
  to: string,
): T[] {
  const bySheet = new Map<string, Renaming>();
  return tasks.map((t) => {
    let renaming = bySheet.get(t.sheet);
    if (!renaming) bySheet.set(t.sheet, (renaming = renamingBetween(directory, periodOf(t.sheet), to)));
    return renamedTask(t, renaming);
  });
}

/** A task (or a reference to one) under the later names; the same object when nothing changes. */
export function renamedTask<T extends { leadUnits: string[]; leaders?: string[] }>(task: T, renaming: Renaming): T {
  const leadUnits = renamedNames(task.leadUnits, renaming.units);
  const leaders = task.leaders && renamedNames(task.leaders, renaming.leaders);
  if (leadUnits === task.leadUnits && leaders === task.leaders) return task;
  return { ...task, leadUnits, ...(leaders ? { leaders } : {}) };
}
