/**
 * The numbers Văn phòng Sở puts in the quarterly report: tasks per quarter, month, unit, leader and
 * status; declared against actual counts; what is missing, important, overdue, proposed for removal.
 */
import { Tallies, Tally } from './tally';
import { rowSlot, type Finding, type Proposal, type SectionCount, type Summary, type Task, type TaskRef } from '../report';
import { isClosedOn, statusOn } from '../status';
import { dueDate } from '../dates';
import { ALL_YEAR_KEY, NONE, NO_STATUS } from './keys';
import { matchKey } from '../text';

const NONE_LIST = [NONE];

export function taskRef(t: Task): TaskRef {
  const ref: TaskRef = { sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, quarter: t.quarter, task: t.task, leadUnits: t.leadUnits };
  if (t.arising) ref.arising = true;
  return ref;
}

/** A literal, not taskRef + due: most tasks of a past programme are overdue, and one shape is cheaper. */
function overdueRef(t: Task, due: string): Summary['overdue'][number] {
  const ref: Summary['overdue'][number] = { sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, quarter: t.quarter, task: t.task, leadUnits: t.leadUnits, due, status: t.status, leaders: t.leaders };
  if (t.arising) ref.arising = true;
  return ref;
}

const QUARTER_KEYS = ['0', '1', '2', '3', '4'];
const MONTH_KEYS = Array.from({ length: 13 }, (_, m) => String(m));


export interface SummaryInput {
  tasks: Task[];
  sections: SectionCount[];
  findings: Finding[];
  proposals: Proposal[];
  kpiCount: number;
  /** Sub-indicators under a numbered KPI ("- Cấp tỉnh" with no number): not in `kpiCount`. */
  kpiParts?: number;
  asOf: string;
  /** The programme's year; a task is due in its heading's year, else its sheet's (`sheetYears`), else this one. */
  year: number | null;
  sheetYears?: Readonly<Record<string, number>>;
  /** Whether the table of tasks[index] has the column at all: a table without "Sản phẩm" lacks no product. */
  hasColumn?: (index: number, field: 'lead' | 'leader' | 'product') => boolean;
  /** How many of `tasks` carry the status of the workbook's tracker (`withTrackerStatuses`). */
  statusFromTracker?: number;
  /** Tasks (their `rowSlot`) a review elsewhere in the workbook proposes to drop: not overdue either. */
  droppedElsewhere?: ReadonlySet<string>;
}

/**
 * The status a task counts under on the report date (`statusOn`): by meaning ("Hoàn thành 80%" is
 * under way, a day alone still ahead planned), else as written, else "Chưa cập nhật".
 */
export function countedStatus(status: string | null, asOf?: string, year?: number | null, product?: string | null): string {
  return (status && statusOn(status, asOf, year, product)) || status || NO_STATUS;
}

/**
 * Statuses one spelling apart (case, spacing, tone placement, Unicode form: "HOÀN THÀN", "Hoàn thàn")
 * under one key each, the most counted spelling (the first between equals): statuses CTCT cannot
 * read are counted as written, and would otherwise split.
 */
export function statusSpellings(byStatus: Readonly<Record<string, number>>): Map<string, string> {
  const best = new Map<string, [string, number]>();
  for (const [status, n] of Object.entries(byStatus)) {
    const key = matchKey(status);
    const seen = best.get(key);
    if (!seen || n > seen[1]) best.set(key, [status, n]);
  }
  return new Map([...best].map(([key, [status]]) => [key, status]));
}

/** Counts by status with each status under its spelling in `spellings` (`statusSpellings`), added up. */
function respelled(counts: Readonly<Record<string, number>>, spellings: ReadonlyMap<string, string>): Record<string, number> {
  const out = new Tally();
  for (const [status, n] of Object.entries(counts)) out.add(spellings.get(matchKey(status)) ?? status, n);
  return out.record();
}

/** `s` (a summary of its own, changed in place) with every count by status under `spellings`, by default those of its own `byStatus`. */
export function unifyStatusSpellings(s: Summary, spellings = statusSpellings(s.byStatus)): Summary {
  const nested = (counts: Record<string, Record<string, number>>) => Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, respelled(c, spellings)]));
  s.byStatus = respelled(s.byStatus, spellings);
  if (s.byQuarterAndStatus) s.byQuarterAndStatus = nested(s.byQuarterAndStatus);
  if (s.byLeadUnitAndStatus) s.byLeadUnitAndStatus = nested(s.byLeadUnitAndStatus);
  if (s.arisingByStatus) s.arisingByStatus = respelled(s.arisingByStatus, spellings);
  return s;
}

/** Where a file's tasks take their year from when their heading names none (`SummaryInput`, `FileReport`). */
export interface ProgrammeYears {
  year?: number | null;
  sheetYears?: Readonly<Record<string, number>>;
}

/** The year a task's dates are read in: its heading's, else its sheet's, else the programme's. */
export function taskYear(t: Pick<Task, 'year' | 'sheet'>, programme: ProgrammeYears): number | null {
  return t.year ?? programme.sheetYears?.[t.sheet] ?? programme.year ?? null;
}

/** The counts keyed by lead unit or leader: what changes when names are renamed (combine.ts). */
export type NameTallies = Pick<Summary, 'byLeadUnit' | 'byLeader' | 'byQuarterAndUnit' | 'arisingByUnit'> & { byLeadUnitAndStatus: Record<string, Record<string, number>> };

/** Tasks per lead unit, leader, quarter × unit ("0": all-year; arising apart) and unit × status; a task counts once per distinct name. */
export function nameTallies(tasks: readonly Pick<Task, 'quarter' | 'leadUnits' | 'leaders' | 'status' | 'year' | 'sheet' | 'arising' | 'product'>[], asOf: string, programme: ProgrammeYears): NameTallies {
  const byLeadUnit = new Tally();
  const byLeader = new Tally();
  const byQuarterAndUnit = new Tallies();
  const byLeadUnitAndStatus = new Tallies();
  const arisingByUnit = new Tally();
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const quarter = t.quarter ? (QUARTER_KEYS[t.quarter] ?? String(t.quarter)) : null;
    const leads = t.leadUnits.length ? t.leadUnits : NONE_LIST;
    const status = countedStatus(t.status, asOf, taskYear(t, programme), t.product);
    for (let k = 0; k < leads.length; k++) {
      byLeadUnit.add(leads[k]);
      // Work outside the programme is in no quarter's count (the unit's total keeps it).
      if (t.arising) arisingByUnit.add(leads[k]);
      else byQuarterAndUnit.of(quarter ?? ALL_YEAR_KEY).add(leads[k]);
      byLeadUnitAndStatus.of(leads[k]).add(status);
    }
    const leaders = t.leaders.length ? t.leaders : NONE_LIST;
    for (let k = 0; k < leaders.length; k++) byLeader.add(leaders[k]);
  }
  const arising = arisingByUnit.record();
  return {
    byLeadUnit: byLeadUnit.record(),
    byLeader: byLeader.record(),
    byQuarterAndUnit: byQuarterAndUnit.record(),
    byLeadUnitAndStatus: byLeadUnitAndStatus.record(),
    ...(Object.keys(arising).length ? { arisingByUnit: arising } : {}),
  };
}

export function summarise(input: SummaryInput): Summary {
  const s = emptySummary();
  s.taskCount = input.tasks.length;
  const byQuarter = new Tally();
  const byMonth = new Tally();
  const byStatus = new Tally();
  const byQuarterAndStatus = new Tallies();
  const arisingByStatus = new Tally();
  // A task its unit proposes to drop is not overdue, as one whose status says so.
  const dropped = new Set([...input.proposals.filter((p) => p.kind === 'drop').map(rowSlot), ...(input.droppedElsewhere ?? [])]);
  for (let i = 0; i < input.tasks.length; i++) {
    const t = input.tasks[i];
    const quarter = t.quarter ? (QUARTER_KEYS[t.quarter] ?? String(t.quarter)) : null;
    // Work outside the programme ("NHIỆM VỤ PHÁT SINH") is counted apart, in no quarter or month of it.
    if (t.arising) s.arising = (s.arising ?? 0) + 1;
    else if (quarter) byQuarter.add(quarter);
    else s.allYear++;
    if (t.month && !t.arising) byMonth.add(MONTH_KEYS[t.month] ?? String(t.month));
    // Counted by meaning ("Hoàn thành 80%" is under way); the task keeps the words the unit wrote.
    const year = taskYear(t, input);
    const status = countedStatus(t.status, input.asOf, year, t.product);
    byStatus.add(status);
    if (t.arising) arisingByStatus.add(status);
    else byQuarterAndStatus.of(quarter ?? ALL_YEAR_KEY).add(status);
    const has = input.hasColumn;
    if (!t.leadUnits.length && (!has || has(i, 'lead'))) s.missing.lead.push(taskRef(t));
    if (!t.leaders.length && (!has || has(i, 'leader'))) s.missing.leader.push(taskRef(t));
    if (!t.product && (!has || has(i, 'product'))) s.missing.product.push(taskRef(t));
    if (t.important) s.important.push(taskRef(t));
    const due = dueDate(t, year);
    if (due && due < input.asOf && !isClosedOn(t.status, input.asOf, year, t.product) && !(dropped.size && dropped.has(rowSlot(t)))) s.overdue.push(overdueRef(t, due));
  }
  s.byQuarter = byQuarter.record();
  s.byMonth = byMonth.record();
  Object.assign(s, nameTallies(input.tasks, input.asOf, input));
  s.byStatus = byStatus.record();
  s.byQuarterAndStatus = byQuarterAndStatus.record();
  if (s.arising) s.arisingByStatus = arisingByStatus.record();
  unifyStatusSpellings(s);
  s.sections = input.sections;
  s.kpiCount = input.kpiCount;
  if (input.kpiParts) s.kpiParts = input.kpiParts;
  s.statusFromTracker = input.statusFromTracker ?? 0;
  for (const p of input.proposals) if (p.kind !== 'none') s.proposals[p.kind]++;
  for (const f of input.findings) s.findingsBySeverity[f.severity]++;
  return s;
}

export function emptySummary(): Summary {
  return {
    taskCount: 0,
    byQuarter: {},
    allYear: 0,
    byMonth: {},
    byLeadUnit: {},
    byLeader: {},
    byStatus: {},
    byQuarterAndUnit: {},
    sections: [],
    missing: { lead: [], leader: [], product: [] },
    important: [],
    overdue: [],
    kpiCount: 0,
    proposals: { drop: 0, add: 0, adjust: 0 },
    findingsBySeverity: { error: 0, warning: 0, info: 0 },
    statusFromTracker: 0,
  };
}

/** Several files' summaries added up (Văn phòng Sở's consolidated view). */
export function mergeSummaries(list: Summary[]): Summary {
  const s = emptySummary();
  const counts = { byQuarter: new Tally(), byMonth: new Tally(), byLeadUnit: new Tally(), byLeader: new Tally(), byStatus: new Tally() };
  const arisingByStatus = new Tally();
  const arisingByUnit = new Tally();
  const nested = { byQuarterAndUnit: new Tallies(), byQuarterAndStatus: new Tallies(), byLeadUnitAndStatus: new Tallies() };
  for (const x of list) {
    s.taskCount += x.taskCount;
    s.allYear += x.allYear;
    if (x.arising) s.arising = (s.arising ?? 0) + x.arising;
    if (x.arisingByStatus) arisingByStatus.addAll(x.arisingByStatus);
    if (x.arisingByUnit) arisingByUnit.addAll(x.arisingByUnit);
    s.kpiCount += x.kpiCount;
    if (x.kpiParts) s.kpiParts = (s.kpiParts ?? 0) + x.kpiParts;
    s.statusFromTracker += x.statusFromTracker;
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key].addAll(x[key]);
    for (const key of Object.keys(nested) as (keyof typeof nested)[]) {
      for (const [a, byB] of Object.entries(x[key] ?? {})) nested[key].of(a).addAll(byB);
    }
    s.sections.push(...x.sections);
    s.missing.lead.push(...x.missing.lead);
    s.missing.leader.push(...x.missing.leader);
    s.missing.product.push(...x.missing.product);
    s.important.push(...x.important);
    s.overdue.push(...x.overdue);
    for (const k of ['drop', 'add', 'adjust'] as const) s.proposals[k] += x.proposals[k];
    for (const k of ['error', 'warning', 'info'] as const) s.findingsBySeverity[k] += x.findingsBySeverity[k];
  }
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) s[key] = counts[key].record();
  for (const key of Object.keys(nested) as (keyof typeof nested)[]) s[key] = nested[key].record();
  if (s.arising) s.arisingByStatus = arisingByStatus.record();
  if (s.arising) s.arisingByUnit = arisingByUnit.record();
  return unifyStatusSpellings(s);
}
