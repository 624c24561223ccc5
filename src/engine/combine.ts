/** Several files' reports into one (the consolidated view Văn phòng Sở works from). */
import type { FileReport, Report, SharedTask, Summary, Task, TaskRef, UnreadableFile } from './report';
import type { Directory } from './directory/types';
import { newestPeriod, renamedTask, renamedTasks, renamingBetween } from './directory/renaming';
import { mergeSummaries, nameTallies } from './summary/summarise';
import { countOnce, findSharedTasks, sharedAcrossSheets } from './summary/shared';
import { sheetsPhrase } from './wording';

/**
 * `unreadable`: files of the run that could not be read; the report lists them (`errors`).
 * `directory`: the directory the files were checked against; sheets of an earlier period then
 * count their units and leaders under the names of the newest period among the files (the unit a
 * renamed one became), so one unit, one leader is one line of the consolidated summary.
 */
export function combineReports(files: FileReport[], asOf: string, unreadable: readonly UnreadableFile[] = [], directory?: Directory): Report {
  const summary = files.length === 1 ? files[0].summary : consolidated(files, directory, asOf);
  const report: Report = { asOf, files, summary };
  if (files.length === 1) {
    report.tasks = files[0].tasks;
    report.findings = files[0].findings;
  }
  if (unreadable.length) report.errors = unreadable.map((u) => ({ file: u.file, code: u.code, message: u.message }));
  return report;
}

/** The files' summaries added up, under the newest names, a task in several files counted once. */
function consolidated(files: FileReport[], directory: Directory | undefined, asOf: string): Summary {
  // A task on several sheets of a file once, as the file's own summary counts it.
  const counted = countedTasks(files, directory).map(({ file, tasks }) => ({ file, tasks: onceInFile(file, tasks, asOf) }));
  const newest = directory ? newestPeriod(directory, files.flatMap(periodsOf)) : null;
  const tagged = counted.map(({ file: f, tasks }) => {
    // Counts and lists alike under the newest names; each line says which file it is from.
    const s = newest ? underNames(f, newest, directory!, tasks, asOf) : f.summary;
    const tag = <T>(r: T) => ({ ...r, file: f.file });
    return {
      ...s,
      sections: s.sections.map(tag),
      missing: { lead: s.missing.lead.map(tag), leader: s.missing.leader.map(tag), product: s.missing.product.map(tag) },
      important: s.important.map(tag),
      overdue: s.overdue.map(tag),
    };
  });
  // A task in several files (the programme and a unit's own workbook) counts once.
  return countOnce(mergeSummaries(tagged), findSharedTasks(counted, asOf), asOf);
}

/** A file's tasks with each task on several of its sheets once (`sharedAcrossSheets`): the copy first listed, as counted. */
function onceInFile(file: FileReport, tasks: Task[], asOf: string): Task[] {
  const groups = sharedAcrossSheets(file, tasks, asOf);
  if (!groups.length) return tasks;
  const copies = new Set(groups.flatMap((g) => g.copies.map((c) => c.task)));
  const counted = new Map(groups.map((g) => [g.copies[0].task, g.counted]));
  return tasks.flatMap((t) => counted.get(t) ?? (copies.has(t) ? [] : [t]));
}

/** The periods of a file's sheets (its own period when it has none per sheet). */
function periodsOf(f: FileReport): string[] {
  const own = Object.values(f.sheetPeriods ?? {});
  return own.length ? own : [f.period];
}

/**
 * Every file's tasks as the consolidated summary counts them: the status users keep in "Theo dõi"
 * (`trackerStatus`) where it has one, units and leaders under the newest period's names among the
 * files (with `directory`). The consolidated task list shows them so, and agrees with "Tổng hợp".
 */
export function countedTasks(files: readonly FileReport[], directory?: Directory): { file: FileReport; tasks: Task[] }[] {
  const newest = directory ? newestPeriod(directory, files.flatMap(periodsOf)) : null;
  return files.map((file) => ({ file, tasks: countedTasksOf(file, newest, directory) }));
}

function countedTasksOf(f: FileReport, newest: string | null, directory: Directory | undefined): Task[] {
  const counted = f.tasks.map((t) => (t.trackerStatus !== undefined ? { ...t, status: t.trackerStatus } : t));
  return newest ? renamedTasks(counted, directory!, (sheet) => f.sheetPeriods?.[sheet] ?? f.period, newest) : counted;
}

/**
 * A file's summary under the newest period's names: the counts by unit and leader counted again
 * from its `counted` tasks (a task of two units that became one counts once for it), the lists renamed.
 */
function underNames(f: FileReport, newest: string, directory: Directory, counted: Task[], asOf: string): Summary {
  const periods = periodsOf(f);
  const fileNewest = newestPeriod(directory, periods) ?? periods[0];
  // renamingBetween(x, x) renames nothing: a file of the newest period alone is as it is.
  if (fileNewest === newest) return f.summary;
  const renaming = renamingBetween(directory, fileNewest, newest);
  // The summary's lists already bear the file's newest names (analyseWorkbook): from those on.
  const refs = <T extends TaskRef>(list: T[]) => list.map((r) => renamedTask(r, renaming));
  const s = f.summary;
  return {
    ...s,
    ...nameTallies(counted, asOf, f),
    missing: { lead: refs(s.missing.lead), leader: refs(s.missing.leader), product: refs(s.missing.product) },
    important: refs(s.important),
    overdue: refs(s.overdue),
  };
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
 * The directory's periods a file's sheets were checked by, each with its sheets in the file's order
 * (sorted by period); one entry, all its sheets, when they share one.
 */
export function periodsOfSheets(r: Pick<FileReport, 'period' | 'sheetPeriods'>): { period: string; sheets: string[] }[] {
  const sheets = Object.entries(r.sheetPeriods);
  const ids = [...new Set(sheets.map(([, id]) => id))].sort();
  if (ids.length < 2) return [{ period: r.period, sheets: sheets.map(([name]) => name) }];
  return ids.map((period) => ({ period, sheets: sheets.filter(([, p]) => p === period).map(([name]) => name) }));
}

/**
 * The tasks found in several files (`summary.sharedTasks`), each counted once: a Vietnamese sentence
 * saying how many and naming one, and how many of them the files give different statuses; else null.
 */
export function sharedTasksNote(report: Pick<Report, 'summary'>): string | null {
  const shared = report.summary.sharedTasks ?? [];
  if (!shared.length) return null;
  const first = shared[0];
  const example = first.task.length > 60 ? `${first.task.slice(0, 57)}…` : first.task;
  const files = [...new Set(first.copies.map((c) => c.file))].join(', ');
  const differ = shared.filter((t) => t.statusesDiffer).length;
  const statuses = differ ? ` ${differ} nhiệm vụ trong số đó có tình trạng ghi khác nhau ở các tệp.` : '';
  return `${shared.length} nhiệm vụ có trong nhiều tệp (cùng nội dung, cùng quý, tháng, có chung đơn vị chủ trì), như "${example}" (${files}), được tính một lần trong tổng hợp chung, ${STATUS_RULE}.${statuses}`;
}

/** How the status of a task in several files is chosen (Vietnamese), whatever the files' names and order. */
export const STATUS_RULE =
  'theo tình trạng ghi ở tệp riêng của đơn vị chủ trì (tệp có gần hết nhiệm vụ do đơn vị đó chủ trì); không có tệp như vậy, hoặc các tệp ấy ghi khác nhau, thì theo tình trạng ít tiến triển nhất đã ghi (bản không ghi tình trạng không được tính)';

/** Why a task of several files whose copies' statuses differ counts the status it does (Vietnamese), else null. */
export function statusReason(t: SharedTask): string | null {
  const from = t.copies.find((c) => c.counted);
  if (!t.statusesDiffer || !t.statusRule || !from) return null;
  if (t.statusRule === 'lead-unit') return `ghi ở tệp của đơn vị chủ trì ${from.unit} (${from.file})`;
  if (t.statusRule === 'lead-units-least') return `tệp của các đơn vị chủ trì ghi khác nhau: tình trạng ít tiến triển nhất trong các tệp ấy (${from.file})`;
  return `không tệp riêng nào của đơn vị chủ trì ghi: tình trạng ít tiến triển nhất đã ghi (${from.file})`;
}

/**
 * Files of a consolidated run that hold targets and no task table (a unit sent its "Chỉ tiêu" sheet
 * alone): checked and their targets counted, but none of their tasks is in the summary.
 */
export function kpiOnlyWarnings(report: Pick<Report, 'files'>): string[] {
  if (report.files.length < 2) return [];
  return report.files
    .filter((f) => f.tables.length > 0 && f.tables.every((t) => t.kind === 'kpi'))
    .map((f) => `Tệp “${f.file}” chỉ có bảng chỉ tiêu, không có bảng nhiệm vụ: tổng hợp chỉ tính ${f.summary.kpiCount} chỉ tiêu của tệp, không có nhiệm vụ nào (tệp gửi nhầm?).`);
}

/** What a consolidated summary must say before its numbers. */
export function consolidationWarnings(report: Pick<Report, 'files'>): string[] {
  return [...damagedFileWarnings(report), mixedYearsWarning(report), ...kpiOnlyWarnings(report)].filter((w): w is string => w !== null);
}

/** Files read in part (`missingSheets`): the sheets left out of every figure, by name. */
export function damagedFileWarnings(report: Pick<Report, 'files'>): string[] {
  return report.files
    .filter((f) => f.missingSheets?.length)
    .map((f) => `Tệp “${f.file}” bị hỏng một phần: ${sheetsPhrase(f.missingSheets!)} mất nội dung, không được kiểm tra và không được tính vào tổng hợp; hãy mở tệp bằng Excel để sửa hoặc đề nghị gửi lại tệp.`);
}
