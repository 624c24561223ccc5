/**
 * The same task twice in a quarter, for the same unit: "Báo cáo kết quả tháng" led by two units is
 * each unit's own report. Tasks that recur every month ("Xuất bản Bản tin…" in Tháng 7 and
 * Tháng 8) are not duplicates: when the sheet has months, only the same month counts, and so do
 * deadlines in different months where it has none.
 */
import { fieldCell, type AnalysedTask, type Check } from './context';
import { taskTextKey } from '../reading/task-key';
import { nameOf } from '../directory/matcher';
import { QUARTER_NAMES } from '../reading/headings';

export const duplicateTask: Check = {
  // task-on-several-sheets is said by analyse, where the summary counts such a task once.
  codes: ['duplicate-task', 'task-on-several-sheets'],
  run(ctx) {
    // Per sheet and part of it, text hash → the task (or tasks) with that hash (numbers: no long keys to build).
    const seen = new Map<string, Map<number, Map<number, AnalysedTask | AnalysedTask[]>>>();
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const p = t.parsed;
      const text = p.text.task;
      const col = p.table.columns.task;
      if (!text || col === undefined || text.length < 8) continue;
      // A quarter and month (month 0: none), or else the numbering scope, as one number.
      const part = p.quarter !== null ? p.quarter * 100 + (p.month ?? 0) : -1 - p.scope;
      let parts = seen.get(p.sheet);
      if (!parts) seen.set(p.sheet, (parts = new Map()));
      let byHash = parts.get(part);
      if (!byHash) parts.set(part, (byHash = new Map()));
      const earlier = byHash.get(t.textHash);
      if (!earlier) {
        byHash.set(t.textHash, t);
        continue;
      }
      // Equal hashes, almost always equal texts: the keys decide.
      const same = Array.isArray(earlier) ? earlier : [earlier];
      const key = taskTextKey(text);
      // Due in different months (a monthly report with no month rows, its month in "Thời hạn"): each month's own.
      const month = (x: AnalysedTask) => x.deadline?.iso?.slice(0, 7) ?? null;
      const other = same.find((o) => taskTextKey(o.parsed.text.task!) === key && (month(o) === null || month(t) === null || month(o) === month(t)) && shareLead(o, t));
      if (!other) {
        byHash.set(t.textHash, [...same, t]);
        continue;
      }
      const otherRow = other.parsed.row;
      const scope = p.month ? `tháng ${p.month}` : p.quarter ? `quý ${QUARTER_NAMES[p.quarter - 1]}` : (p.section ?? 'cùng phần');
      ctx.emit('duplicate-task', fieldCell(t, 'task')!, { otherRow, scope });
    }
  },
};

/** Whether two tasks may be one: a lead unit in common, or one of them names none. */
function shareLead(a: AnalysedTask, b: AnalysedTask): boolean {
  if (!a.lead.length || !b.lead.length) return true;
  return a.lead.some((x) => b.lead.some((y) => nameOf(x) === nameOf(y)));
}
