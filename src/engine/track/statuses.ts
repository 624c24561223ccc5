/**
 * The statuses users keep in the workbook's "Theo dõi" sheet, for the summary: where the tracker
 * knows a task, its status (and a deadline typed only there) is what "Tổng hợp" counts, so the
 * two sheets of one workbook never disagree on what is done or overdue.
 */
import type { SheetGrid } from '../grid';
import type { Task } from '../report';
import { mergeTracker, sourceDay, trackedStatus, trackerRowYear, type MergeOptions } from './merge';
import { readTracker } from './values';

export interface TrackedTasks {
  /**
   * The tasks with the tracker's status (and deadline) where it has them; a task it does not hold
   * yet with the status its new row will get (the source's, else none).
   */
  tasks: Task[];
  /** How many tasks took their status from the tracker. */
  fromTracker: number;
  /**
   * Where a status users typed in the tracker is the one a task counts: the task's index, and the
   * cell (0-based line and column in the tracker's cells). Absent when none.
   */
  typed?: { task: number; line: number; column: number }[];
  /**
   * Tasks whose source status changed since CTCT copied it, under a status typed in the tracker
   * that still counts: the task's index, what the source said before (`TrackerRow.copied.before`)
   * and the tracker's status. Absent when none.
   */
  changed?: { task: number; before: string; tracker: string }[];
}

export function withTrackerStatuses(tasks: readonly Task[], tracker: SheetGrid, asOf: string, options: MergeOptions = {}): TrackedTasks {
  const read = readTracker(tracker.cells, tracker.formulas);
  const previous = read.rows;
  if (!previous.length) return { tasks: [...tasks], fromTracker: 0 };
  const statusColumn = read.columns.get('Trạng thái');
  const typed: NonNullable<TrackedTasks['typed']> = [];
  const changed: NonNullable<TrackedTasks['changed']> = [];
  // The first rows of a merge are the tasks', in order; a row read from the tracker has an origin.
  const rows = mergeTracker(tasks, previous, asOf, options).rows;
  let fromTracker = 0;
  const out = tasks.map((task, i) => {
    const row = rows[i];
    if (!row) return task;
    if (row.origin === undefined) return row.status ? { ...task, status: row.status } : task;
    // As the tracker judges it (refreshOverdue): a deadline typed there, "30/9" or "T9" too, else when the row is due.
    const deadline = row.deadline ? (row.due ?? task.deadline) : task.deadline;
    // A blank status says nothing, and one CTCT copied from the source is the source's: the
    // task keeps its own ("Chưa cập nhật" when none), as before the tracker.
    // The day done as the source gives it is the source's too: the task's own status already says it.
    const sourceDone = row.completedOn !== null && row.completedOn === sourceDay(task);
    const status = trackedStatus(sourceDone ? { ...row, completedOn: null } : row, asOf, trackerRowYear(row, asOf, options));
    if (!status || status === row.copied?.status) return { ...task, deadline };
    fromTracker++;
    // The cell's own words (not "Hoàn thành" for a day typed): what the user wrote there.
    if (status === row.status && statusColumn !== undefined) typed.push({ task: i, line: row.origin, column: statusColumn });
    const before = row.copied?.before;
    if (status === row.status && before !== undefined) changed.push({ task: i, before, tracker: status });
    return { ...task, status, deadline };
  });
  return { tasks: out, fromTracker, ...(typed.length ? { typed } : {}), ...(changed.length ? { changed } : {}) };
}
