/** The summary's own keys in its counts (Vietnamese, as the report is); hosts show them translated. */

/** The key of tasks with no lead unit or no leader, in the counts by unit and by leader. */
export const NONE = '(chưa có)';
/** The key of tasks with no status, in the counts by status. */
export const NO_STATUS = 'Chưa cập nhật';
/** The key of all-year tasks in `byQuarterAndStatus`. */
export const ALL_YEAR_KEY = '0';
/** At most this many tasks of a list are printed, or shown in a consolidated view; the rest are counted. */
export const TASKS_SHOWN = 10;

/** What a count by unit or by leader adds up to: more than the tasks when a task of several is counted for each. */
export function countsTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((n, v) => n + v, 0);
}
