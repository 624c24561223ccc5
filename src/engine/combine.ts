/** Several files' reports into one (the consolidated view Văn phòng Sở works from). */
import type { FileReport, Report, Summary, TaskRef, UnreadableFile } from './report';
import type { Directory } from './directory/types';
import { DirectoryMatcher } from './directory/matcher';
import { Tallies, Tally } from './summary/tally';
import { mergeSummaries } from './summary/summarise';
import { keyFamily } from './reading/task-key';

/**
 * `unreadable`: files of the run that could not be read; the report lists them (`errors`).
 * `directory`: the directory the files were checked against; files of an earlier period then
 * count their units under the names of the newest period among the files (the unit a renamed one
 * became), so one unit is one line of the consolidated summary.
 */
export function combineReports(files: FileReport[], asOf: string, unreadable: readonly UnreadableFile[] = [], directory?: Directory): Report {
  const newest = directory ? newestPeriod(directory, files) : null;
  const tagged = files.map((f) => ({
    ...(newest && f.period !== newest ? renamedUnits(f.summary, laterNames(directory!, f.period, newest)) : f.summary),
    sections: f.summary.sections.map((s) => ({ ...s, file: f.file })),
    missing: {
      lead: f.summary.missing.lead.map((r) => ({ ...r, file: f.file })),
      leader: f.summary.missing.leader.map((r) => ({ ...r, file: f.file })),
      product: f.summary.missing.product.map((r) => ({ ...r, file: f.file })),
    },
    important: f.summary.important.map((r) => ({ ...r, file: f.file })),
    overdue: f.summary.overdue.map((r) => ({ ...r, file: f.file })),
  }));
  const report: Report = { asOf, files, summary: files.length === 1 ? files[0].summary : mergeSummaries(tagged) };
  if (files.length === 1) {
    report.tasks = files[0].tasks;
    report.findings = files[0].findings;
  }
  if (unreadable.length) report.errors = unreadable.map((u) => ({ file: u.file, code: u.code, message: u.message }));
  return report;
}

/** The files' period that starts last, among the directory's; null when they all share one. */
function newestPeriod(directory: Directory, files: readonly FileReport[]): string | null {
  const periods = directory.periods.filter((p) => files.some((f) => f.period === p.id));
  if (periods.length < 2) return null;
  return periods.reduce((a, b) => (b.from > a.from ? b : a)).id;
}

/** Each unit of period `from` that has another name in period `to` (renamed, merged), by its name then. */
function laterNames(directory: Directory, from: string, to: string): Map<string, string> {
  const index = directory.periods.findIndex((p) => p.id === from);
  const out = new Map<string, string>();
  if (index < 0) return out;
  const later = new DirectoryMatcher(directory, to);
  for (const unit of directory.periods[index].units) {
    const successor = later.currentSuccessor(unit, index);
    if (successor && successor.short !== unit.short) out.set(unit.short, successor.short);
  }
  return out;
}

/** A summary with unit names replaced (`names`), counts of units that became one added together. */
function renamedUnits(summary: Summary, names: ReadonlyMap<string, string>): Summary {
  if (!names.size) return summary;
  const name = (n: string) => names.get(n) ?? n;
  const counts = (c: Record<string, number>) => {
    const t = new Tally();
    for (const [k, n] of Object.entries(c)) t.add(name(k), n);
    return t.record();
  };
  const refs = <T extends TaskRef>(list: T[]) => list.map((r) => ({ ...r, leadUnits: [...new Set(r.leadUnits.map(name))] }));
  return {
    ...summary,
    byLeadUnit: counts(summary.byLeadUnit),
    byQuarterAndUnit: Object.fromEntries(Object.entries(summary.byQuarterAndUnit).map(([q, c]) => [q, counts(c)])),
    ...(summary.byLeadUnitAndStatus ? { byLeadUnitAndStatus: mergedKeys(summary.byLeadUnitAndStatus, name) } : {}),
    missing: { lead: refs(summary.missing.lead), leader: refs(summary.missing.leader), product: refs(summary.missing.product) },
    important: refs(summary.important),
    overdue: refs(summary.overdue),
  };
}

function mergedKeys(nested: Record<string, Record<string, number>>, name: (n: string) => string): Record<string, Record<string, number>> {
  const out = new Tallies();
  for (const [k, c] of Object.entries(nested)) out.of(name(k)).addAll(c);
  return out.record();
}

/** The programme years of the files' sheets (each sheet's own where known, else its file's), in order. */
export function programmeYears(report: Pick<Report, 'files'>): number[] {
  const yearsOf = (f: FileReport) => (f.sheetYears && Object.keys(f.sheetYears).length ? Object.values(f.sheetYears) : f.year !== null ? [f.year] : []);
  return [...new Set(report.files.flatMap(yearsOf))].sort((a, b) => a - b);
}

/**
 * Sheets of several programme years summed together (a unit's 2024 and 2025 files in one run, or
 * both years' sheets in one workbook): quarters and months then add up different years. A
 * Vietnamese sentence saying so, else null.
 */
export function mixedYearsWarning(report: Pick<Report, 'files'>): string | null {
  const years = programmeYears(report);
  if (years.length < 2) return null;
  const what = report.files.length > 1 ? 'Các tệp' : 'Các trang';
  return `${what} thuộc ${years.length} năm khác nhau (${years.join(', ')}): số nhiệm vụ theo quý, theo tháng là cộng dồn các năm; nên tổng hợp riêng từng năm.`;
}

/**
 * The same task in several files (a task two units lead, in both units' workbooks; or a unit's
 * file and the whole programme checked together): counted once per file. A Vietnamese sentence
 * saying how many and naming one, else null.
 */
export function sharedTasksWarning(report: Pick<Report, 'files'>): string | null {
  if (report.files.length < 2) return null;
  const filesOf = new Map<string, { task: string; files: Set<string> }>();
  for (const f of report.files) {
    for (const t of f.tasks) {
      // Same words in the same month (the key without its ".2"), same lead units.
      const sig = `${keyFamily(t.key)}|${[...t.leadUnits].sort().join(';')}`;
      const e = filesOf.get(sig) ?? { task: t.task, files: new Set<string>() };
      e.files.add(f.file);
      filesOf.set(sig, e);
    }
  }
  const shared = [...filesOf.values()].filter((e) => e.files.size > 1);
  if (!shared.length) return null;
  const first = shared[0];
  const example = first.task.length > 60 ? `${first.task.slice(0, 57)}…` : first.task;
  return `${shared.length} nhiệm vụ có trong nhiều tệp (cùng nội dung, cùng tháng, cùng đơn vị chủ trì), như "${example}" (${[...first.files].join(', ')}): mỗi tệp đếm một lần, nên tổng chung đếm trùng.`;
}

/** What a consolidated summary must say before its numbers. */
export function consolidationWarnings(report: Pick<Report, 'files'>): string[] {
  return [mixedYearsWarning(report), sharedTasksWarning(report)].filter((w): w is string => w !== null);
}
