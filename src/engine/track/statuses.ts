/**
 * The statuses users keep in the workbook's "Theo dõi" sheet, for the summary: where the tracker
 * knows a task, its status (and a deadline typed only there) is what "Tổng hợp" counts, so the
 * two sheets of one workbook never disagree on what is done or overdue.
 */
import type { SheetGrid } from '../grid';
import type { Task } from '../report';
import { deadlineDate } from '../dates';
import { mergeTracker, type MergeOptions } from './merge';
import { readTracker } from './values';

export interface TrackedTasks {
  /**
   * The tasks with the tracker's status (and deadline) where it has them; a task it does not hold
   * yet with the status its new row will get (the source's, else none).
   */
  tasks: Task[];
  /** How many tasks took their status from the tracker. */
  fromTracker: number;
}

export function withTrackerStatuses(tasks: readonly Task[], tracker: SheetGrid, asOf: string, options: MergeOptions = {}): TrackedTasks {
  const previous = readTracker(tracker.cells).rows;
  if (!previous.length) return { tasks: [...tasks], fromTracker: 0 };
  // The first rows of a merge are the tasks', in order; a row read from the tracker has an origin.
  const rows = mergeTracker(tasks, previous, asOf, options).rows;
  let fromTracker = 0;
  const out = tasks.map((task, i) => {
    const row = rows[i];
    if (!row) return task;
    if (row.origin === undefined) return row.status ? { ...task, status: row.status } : task;
    // As the tracker judges it: a date typed there counts, and one in words ("Tháng 11") is due when the row is.
    const deadline = row.deadline ? (deadlineDate(row.deadline) ?? row.due ?? task.deadline) : task.deadline;
    // A blank status says nothing, and one CTCT copied from the source is the source's: the
    // task keeps its own ("Chưa cập nhật" when none), as before the tracker.
    if (!row.status || row.status === row.copied?.status) return { ...task, deadline };
    fromTracker++;
    return { ...task, status: row.status, deadline };
  });
  return { tasks: out, fromTracker };
}
