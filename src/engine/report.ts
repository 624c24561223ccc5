/**
 * The Report: the engine's only output, and the JSON contract other tools read (`ctct check --json`).
 * Field names are part of the contract: add fields, never rename or remove them.
 */
import { z } from 'zod';

export const FIELDS = ['stt', 'task', 'lead', 'coord', 'product', 'leader', 'deadline', 'status', 'result', 'note', 'section', 'start', 'month', 'quarter', 'proposal', 'completed'] as const;
export const fieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof fieldSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** Counts keyed by a label (quarter number, month number, unit name, leader name, status). */
const countsSchema = z.record(z.string(), z.number().int().nonnegative());

export const tableSchema = z.object({
  sheet: z.string(),
  /** tasks: a work-programme table; kpi: Chỉ tiêu (counted, not checked); review: a unit's proposals (Đề xuất). */
  kind: z.enum(['tasks', 'kpi', 'review']),
  headerRows: z.array(z.number().int().positive()),
  /** Field → column letter, e.g. { stt: "A", task: "B", lead: "C" }. KPI tables use their own keys. */
  columns: z.record(z.string(), z.string()),
  firstRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
  /** The nearest heading above the table (e.g. "1. Nhiệm vụ trọng tâm: Gồm 06 nội dung"), if any. */
  title: z.string().nullable(),
  /** Number of data rows (tasks, KPI rows or proposals) read from the table. */
  rowCount: z.number().int().nonnegative(),
});
export type Table = z.infer<typeof tableSchema>;

export const taskSchema = z.object({
  sheet: z.string(),
  /** The row of the task's number (the first row when the task spans several). */
  row: z.number().int().positive(),
  /**
   * The column of the task's number cell (its table's STT column, else its task column): with
   * tables side by side, two tasks share a row and this tells them apart. Absent in older reports.
   */
  column: z.string().regex(/^[A-Z]+$/).optional(),
  /** The last row the task's text spans (continuation rows, vertical merges). */
  endRow: z.number().int().positive(),
  stt: z.string(),
  quarter: z.number().int().min(1).max(4).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  /** The year the task's quarter or month heading names ("Quý I/2026"), or its sheet's where that differs from the file's; null: the file's year. */
  year: z.number().int().nullable().optional(),
  /** Label of the section the task stands under ("Quý III", "Nhiệm vụ trọng tâm"...). */
  section: z.string().nullable(),
  task: z.string(),
  /** Canonical names (the directory's) where known; as written otherwise. */
  leadUnits: z.array(z.string()),
  coordinatingUnits: z.array(z.string()),
  leaders: z.array(z.string()),
  product: z.string(),
  deadline: z.string().nullable(),
  status: z.string().nullable(),
  /**
   * The status the workbook's "Theo dõi" gives the task, where it differs from `status` (the
   * source's): the one the summary counts (null: the tracker's row has none). Absent otherwise.
   */
  trackerStatus: z.string().nullable().optional(),
  result: z.string().nullable(),
  /**
   * The day the source's "Ngày hoàn thành" column gives (yyyy-mm-dd; as written when it is no whole
   * date, "20/8"): the tracker's column of that name takes it. Absent when the cell is blank.
   */
  completedOn: z.string().optional(),
  note: z.string(),
  important: z.boolean(),
  /** Under a heading of work outside the programme ("NHIỆM VỤ PHÁT SINH"): counted apart in the summary (`arising`). Absent otherwise. */
  arising: z.literal(true).optional(),
  /** Stable identity across re-imports (used by the tracker): not the row number. */
  key: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const findingSchema = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  severity: severitySchema,
  sheet: z.string(),
  row: z.number().int().positive(),
  column: z.string().regex(/^[A-Z]+$/),
  field: fieldSchema,
  message: z.string(),
  suggestion: z.string().nullable(),
  /** A safe whole-cell fix, where one exists; `font`: the cell's font to set with it (a TCVN3/VNI cell's Unicode equivalent). */
  fix: z.object({ value: z.string(), font: z.string().optional() }).nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const sectionCountSchema = z.object({
  /** Set in consolidated summaries (several files). */
  file: z.string().optional(),
  sheet: z.string(),
  row: z.number().int().positive(),
  /** The heading cell's column (tables side by side have headings on one row). Absent in older reports. */
  column: z.string().regex(/^[A-Z]+$/).optional(),
  label: z.string(),
  declared: z.number().int().nonnegative(),
  actual: z.number().int().nonnegative(),
  /** "kpi": the heading counts KPIs ("Gồm 15 chỉ tiêu" over a KPI table), not tasks. Absent otherwise. */
  counts: z.literal('kpi').optional(),
});
export type SectionCount = z.infer<typeof sectionCountSchema>;

export const taskRefSchema = z.object({
  /** Set in consolidated summaries (several files). */
  file: z.string().optional(),
  sheet: z.string(),
  row: z.number().int().positive(),
  /** As Task.column. */
  column: z.string().regex(/^[A-Z]+$/).optional(),
  stt: z.string(),
  quarter: z.number().int().nullable(),
  task: z.string(),
  leadUnits: z.array(z.string()),
  /** Work outside the programme (Task.arising): its quarter is where the unit reported it. Absent otherwise. */
  arising: z.literal(true).optional(),
});
export type TaskRef = z.infer<typeof taskRefSchema>;

export const proposalSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  /** As Task.column: which of the tables side by side the row is in. */
  column: z.string().regex(/^[A-Z]+$/).optional(),
  stt: z.string(),
  task: z.string(),
  leadUnits: z.array(z.string()),
  month: z.number().int().min(1).max(12).nullable(),
  proposal: z.string(),
  /** drop: "Đề xuất bỏ"; add: "Bổ sung"; adjust: anything else that was written. */
  kind: z.enum(['drop', 'add', 'adjust', 'none']),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** Where a task or proposal stands: its sheet, row and number column (tables side by side share rows). */
export function rowSlot(x: { sheet: string; row: number; column?: string }): string {
  return `${x.sheet}\u0000${x.row}\u0000${x.column ?? ''}`;
}

/** rowSlot within one file of a run (copies of a task in several files, lines of a consolidated list). */
export function fileRowSlot(file: string | undefined, x: { sheet: string; row: number; column?: string }): string {
  return `${file ?? ''}\u0000${rowSlot(x)}`;
}

/** One copy of a task found in several files (`Summary.sharedTasks`). */
export const taskCopySchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
  /** As Task.column. */
  column: z.string().regex(/^[A-Z]+$/).optional(),
  /** The status this copy counts under in its own file ("Theo dõi"'s where it has one; null: none). */
  status: z.string().nullable(),
  /** The unit whose own workbook the copy's file is (it leads clearly most of its tasks); absent for the programme. */
  unit: z.string().optional(),
  /** The copy whose status the consolidated summary counts. */
  counted: z.literal(true).optional(),
});
export type TaskCopy = z.infer<typeof taskCopySchema>;

/**
 * A task found in several files of one run (same quarter and month, same words, a lead unit in
 * common under the newest period's names), counted once in the consolidated summary.
 */
export const sharedTaskSchema = z.object({
  task: z.string(),
  quarter: z.number().int().nullable(),
  month: z.number().int().nullable(),
  /** Every copy's lead units: the task counts once for each. */
  leadUnits: z.array(z.string()),
  /** The leaders it counts for: the copy's whose status counts, else a lead unit's own file's, else a copy's. Absent in older reports. */
  leaders: z.array(z.string()).optional(),
  /**
   * The status counted, whatever the order of the files: a lead unit's own file's; of several such
   * files, or of none, the least advanced written (a copy with none never counts).
   */
  status: z.string().nullable(),
  /** Two copies write statuses that count differently ("Hoàn thành", "Đang thực hiện"). */
  statusesDiffer: z.boolean(),
  /**
   * When they differ, why the one counted was: `lead-unit` (the lead unit's own file's), `lead-units-least`
   * (the lead units' own files differ: the least advanced of theirs), `least-advanced` (no lead unit's own file
   * writes one: the least advanced written).
   */
  statusRule: z.enum(['lead-unit', 'lead-units-least', 'least-advanced']).optional(),
  /** In the run's order. */
  copies: z.array(taskCopySchema),
});
export type SharedTask = z.infer<typeof sharedTaskSchema>;

export const summarySchema = z.object({
  taskCount: z.number().int().nonnegative(),
  byQuarter: countsSchema,
  /** Tasks that belong to no quarter (trọng tâm, xuyên suốt: all year). */
  allYear: z.number().int().nonnegative(),
  byMonth: countsSchema,
  byLeadUnit: countsSchema,
  byLeader: countsSchema,
  byStatus: countsSchema,
  /** Quarter × lead unit: { "3": { "Phòng QLKH&ĐMST": 20, … } }. */
  byQuarterAndUnit: z.record(z.string(), countsSchema),
  /** Quarter × status, as `byStatus` counts them ("0": the all-year tasks). Absent in older reports. */
  byQuarterAndStatus: z.record(z.string(), countsSchema).optional(),
  /** Lead unit × status (a task of two units counts for each). Absent in older reports. */
  byLeadUnitAndStatus: z.record(z.string(), countsSchema).optional(),
  sections: z.array(sectionCountSchema),
  missing: z.object({
    lead: z.array(taskRefSchema),
    leader: z.array(taskRefSchema),
    product: z.array(taskRefSchema),
  }),
  important: z.array(taskRefSchema),
  /**
   * With the status as the unit wrote it (null: none) and who directs the task; `sourceStatus`: the
   * source's status where it changed under the one typed in "Theo dõi" that counts (source-status-changed).
   */
  overdue: z.array(
    taskRefSchema.extend({ due: z.string(), status: z.string().nullable().optional(), sourceStatus: z.string().optional(), leaders: z.array(z.string()).optional() }),
  ),
  kpiCount: z.number().int().nonnegative(),
  /** Tasks under a heading of work outside the programme ("NHIỆM VỤ PHÁT SINH"): in `taskCount`, not in `byQuarter`, `allYear` or `byMonth`. Absent when none. */
  arising: z.number().int().nonnegative().optional(),
  /** The `arising` tasks by status, as `byStatus` counts them: with `byQuarterAndStatus` they add up to `byStatus`. Absent when none. */
  arisingByStatus: countsSchema.optional(),
  /** The `arising` tasks by lead unit, as `byLeadUnit` counts them: with `byQuarterAndUnit` (its "0" too) they add up to `byLeadUnit`. Absent when none. */
  arisingByUnit: countsSchema.optional(),
  /** Sub-indicators ("- Cấp tỉnh" with no number under a numbered KPI), not counted in `kpiCount`; absent when none. */
  kpiParts: z.number().int().nonnegative().optional(),
  proposals: z.object({ drop: z.number().int(), add: z.number().int(), adjust: z.number().int() }),
  findingsBySeverity: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  /**
   * Tasks whose status (in `byStatus` and `overdue`) is the one users keep in the workbook's
   * "Theo dõi" sheet, not the source's Tình trạng column; 0 when the workbook has no tracker.
   */
  statusFromTracker: z.number().int().nonnegative(),
  /**
   * Consolidated summaries of several files only: the tasks present in more than one file, each
   * counted once in every figure above. Absent in a file's own summary and in older reports.
   */
  sharedTasks: z.array(sharedTaskSchema).optional(),
});
export type Summary = z.infer<typeof summarySchema>;

export const fileReportSchema = z.object({
  file: z.string(),
  /** The directory period used ("2025-09"). */
  period: z.string(),
  /** The programme's year as the sheet states it (title, headings, file name), when it does. */
  year: z.number().int().nullable(),
  /** Which directory names were checked against: given, the workbook's own "Danh mục" sheet, or the default. */
  directorySource: z.enum(['option', 'workbook', 'default']),
  /** Where the period came from: given by the user, or read from the sheet (its year or title). */
  periodSource: z.enum(['option', 'sheet', 'default']),
  /**
   * The sheets this check read (CTCT's own left out), tables or not. The tracker's rows of other
   * sheets are kept as they are; those of a sheet read here whose task is gone are marked vanished.
   */
  sheets: z.array(z.string()),
  /** Each sheet's period, where sheets differ (a 2024 sheet and a late-2025 sheet in one workbook). */
  sheetPeriods: z.record(z.string(), z.string()),
  /** Each sheet's programme year, where its title or headings give one. */
  sheetYears: z.record(z.string(), z.number()).optional(),
  tables: z.array(tableSchema),
  tasks: z.array(taskSchema),
  proposals: z.array(proposalSchema),
  findings: z.array(findingSchema),
  summary: summarySchema,
  /**
   * A damaged file: sheets its workbook lists whose content is missing from the file, so not
   * checked and not counted. Absent when none (and in older reports).
   */
  missingSheets: z.array(z.string()).optional(),
});
export type FileReport = z.infer<typeof fileReportSchema>;

/** A file of the run that could not be read: it counts nowhere, and the summary says so. */
export const unreadableFileSchema = z.object({
  file: z.string(),
  /** The CtctInputError code: "not-xlsx", "legacy-xls", "encrypted", "no-task-table", "not-found"… */
  code: z.string(),
  /** One Vietnamese sentence, as `ctct check` prints it. */
  message: z.string(),
});
export type UnreadableFile = z.infer<typeof unreadableFileSchema>;

export const reportSchema = z.object({
  /** ISO date the report was made for (overdue is judged against it). */
  asOf: z.string(),
  files: z.array(fileReportSchema),
  summary: summarySchema,
  /** Present when some files of the run could not be read (left out of `files` and `summary`). */
  errors: z.array(unreadableFileSchema).optional(),
  /** Present with exactly one file: that file's tasks and findings. */
  tasks: z.array(taskSchema).optional(),
  findings: z.array(findingSchema).optional(),
});
export type Report = z.infer<typeof reportSchema>;
