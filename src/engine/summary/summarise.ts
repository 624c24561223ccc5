/**
 * The numbers Văn phòng Sở puts in the quarterly report: tasks per quarter, month, unit, leader and
 * status; declared against actual counts; what is missing, important, overdue, proposed for removal.
 */
import type { Finding, Proposal, SectionCount, Summary, Task, TaskRef } from '../report';
import { isClosedStatus, readStatus } from '../status';
import { dueDate } from '../dates';

/** The key of tasks with no lead unit or no leader, in the counts by unit and by leader. */
export const NONE = '(chưa có)';
const NONE_LIST = [NONE];
export const NO_STATUS = 'Chưa cập nhật';

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export function taskRef(t: Task): TaskRef {
  return { sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, quarter: t.quarter, task: t.task, leadUnits: t.leadUnits };
}

/** A literal, not taskRef + due: most tasks of a past programme are overdue, and one shape is cheaper. */
function overdueRef(t: Task, due: string): Summary['overdue'][number] {
  return { sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, quarter: t.quarter, task: t.task, leadUnits: t.leadUnits, due, status: t.status, leaders: t.leaders };
}

/** The key of all-year tasks in `byQuarterAndStatus`. */
export const ALL_YEAR_KEY = '0';
const QUARTER_KEYS = ['0', '1', '2', '3', '4'];


export interface SummaryInput {
  tasks: Task[];
  sections: SectionCount[];
  findings: Finding[];
  proposals: Proposal[];
  kpiCount: number;
  asOf: string;
  year: number | null;
  /** Whether the table of tasks[index] has the column at all: a table without "Sản phẩm" lacks no product. */
  hasColumn?: (index: number, field: 'lead' | 'leader' | 'product') => boolean;
  /** How many of `tasks` carry the status of the workbook's tracker (`withTrackerStatuses`). */
  statusFromTracker?: number;
  /** Tasks ("sheet\u0000row") a review elsewhere in the workbook proposes to drop: not overdue either. */
  droppedElsewhere?: ReadonlySet<string>;
}

export function summarise(input: SummaryInput): Summary {
  const s = emptySummary();
  s.taskCount = input.tasks.length;
  const byQuarterAndStatus: Record<string, Record<string, number>> = {};
  const byLeadUnitAndStatus: Record<string, Record<string, number>> = {};
  // A task its unit proposes to drop is not overdue, as one whose status says so.
  const dropped = new Set([...input.proposals.filter((p) => p.kind === 'drop').map((p) => `${p.sheet}\u0000${p.row}`), ...(input.droppedElsewhere ?? [])]);
  for (let i = 0; i < input.tasks.length; i++) {
    const t = input.tasks[i];
    if (t.quarter) bump(s.byQuarter, String(t.quarter));
    else s.allYear++;
    if (t.month) bump(s.byMonth, String(t.month));
    const leads = t.leadUnits.length ? t.leadUnits : NONE_LIST;
    for (let k = 0; k < leads.length; k++) {
      bump(s.byLeadUnit, leads[k]);
      if (t.quarter) bump((s.byQuarterAndUnit[String(t.quarter)] ??= {}), leads[k]);
    }
    const leaders = t.leaders.length ? t.leaders : NONE_LIST;
    for (let k = 0; k < leaders.length; k++) bump(s.byLeader, leaders[k]);
    // Counted by meaning ("Hoàn thành 80%" is under way); the task keeps the words the unit wrote.
    const status = (t.status && readStatus(t.status)) || t.status || NO_STATUS;
    bump(s.byStatus, status);
    bump((byQuarterAndStatus[t.quarter ? QUARTER_KEYS[t.quarter] ?? String(t.quarter) : ALL_YEAR_KEY] ??= {}), status);
    for (let k = 0; k < leads.length; k++) bump((byLeadUnitAndStatus[leads[k]] ??= {}), status);
    const has = input.hasColumn;
    if (!t.leadUnits.length && (!has || has(i, 'lead'))) s.missing.lead.push(taskRef(t));
    if (!t.leaders.length && (!has || has(i, 'leader'))) s.missing.leader.push(taskRef(t));
    if (!t.product && (!has || has(i, 'product'))) s.missing.product.push(taskRef(t));
    if (t.important) s.important.push(taskRef(t));
    const due = dueDate(t, input.year);
    if (due && due < input.asOf && !isClosedStatus(t.status) && !(dropped.size && dropped.has(`${t.sheet}\u0000${t.row}`))) s.overdue.push(overdueRef(t, due));
  }
  s.byQuarterAndStatus = byQuarterAndStatus;
  s.byLeadUnitAndStatus = byLeadUnitAndStatus;
  s.sections = input.sections;
  s.kpiCount = input.kpiCount;
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
  for (const x of list) {
    s.taskCount += x.taskCount;
    s.allYear += x.allYear;
    s.kpiCount += x.kpiCount;
    s.statusFromTracker += x.statusFromTracker;
    for (const key of ['byQuarter', 'byMonth', 'byLeadUnit', 'byLeader', 'byStatus'] as const) {
      for (const [k, v] of Object.entries(x[key])) bump(s[key], k, v);
    }
    for (const [q, units] of Object.entries(x.byQuarterAndUnit)) for (const [u, v] of Object.entries(units)) bump((s.byQuarterAndUnit[q] ??= {}), u, v);
    for (const key of ['byQuarterAndStatus', 'byLeadUnitAndStatus'] as const) {
      for (const [a, counts] of Object.entries(x[key] ?? {})) for (const [b, v] of Object.entries(counts)) bump(((s[key] ??= {})[a] ??= {}), b, v);
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
  return s;
}
