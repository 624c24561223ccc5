/**
 * A list of counts with no tasks under it: the 2025 programme's decision lists "Quý I: Gồm 71
 * nhiệm vụ" … "Quý IV: Gồm 57 nhiệm vụ" and attaches the tasks ("nhiệm vụ cụ thể kèm theo"), in
 * another sheet or file. Each listed count counts the workbook's tasks of its period.
 */
import { foldKey } from '../text';
import type { ParsedSection, ParsedTask, SheetParse } from './model';

/** Gives each listed count the workbook's tasks of its period; one whose tasks are in no sheet (another file) is dropped. */
export function countListedSections(parses: SheetParse[]): void {
  if (!parses.some((p) => p.sections.some((s) => s.listed))) return;
  const tasks = parses.flatMap((p) => p.tasks.filter((t) => t.table.kind === 'tasks'));
  for (const p of parses) {
    if (!p.sections.some((s) => s.listed)) continue;
    p.sections = p.sections.filter((s) => {
      if (!s.listed) return true;
      s.actual = tasks.reduce((n, t) => n + (ofPeriod(s, t) ? 1 : 0), 0);
      return s.actual > 0;
    });
  }
}

/** Whether a task is of the period a listed count names: its month, quarter, all-year section, or (a total) any quarter. */
function ofPeriod(s: ParsedSection, t: ParsedTask): boolean {
  if (s.level === 3 && s.month !== null) return t.month === s.month;
  if (s.quarter !== null) return t.quarter === s.quarter;
  if (s.allYear) return t.quarter === null && t.section !== null && foldKey(t.section) === foldKey(s.label);
  return t.quarter !== null;
}
