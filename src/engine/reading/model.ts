/** What reading a sheet yields, before checks: tables, tasks with their cells, headings with counts. */
import type { ProposalKind } from './proposals';
import type { ColumnMap, TaskColumn } from './headers';
import type { PeriodTicks, TickColumn } from './ticks';

export interface ParsedTable {
  sheet: string;
  kind: 'tasks' | 'kpi' | 'review';
  headerRows: number[];
  /** Rows where the header was repeated (page breaks). */
  repeatedHeaderRows: number[];
  columns: ColumnMap;
  /** Statuses ticked in a column each ("Hoàn thành | Đang thực hiện | Chưa thực hiện"); `columns.status` is the first. */
  ticks?: TickColumn[];
  /** Quarters or months ticked in a column each ("Quý I | … | Quý IV"); `columns.quarter` (or `month`) is the first. */
  periodTicks?: PeriodTicks;
  firstRow: number;
  lastRow: number;
  title: string | null;
  rowCount: number;
  /** KPI rows that are parts of the numbered KPI above ("- Cấp tỉnh" with no number): in `rowCount`, not KPIs of their own. */
  kpiParts?: number;
}

export interface ParsedSection {
  sheet: string;
  row: number;
  col: number;
  level: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** A section of all-year tasks (trọng tâm, xuyên suốt): a quarter heading ends it. */
  allYear: boolean;
  declared: number | null;
  /** What the count counts when the section holds KPIs only ("Gồm 03 chỉ tiêu", "Gồm 03 nội dung" over a KPI table). */
  counts?: 'kpi';
  /** Under a KPI count, the sub-indicators ("- Cấp tỉnh" with no number) not counted in `actual`. */
  kpiParts?: number;
  /**
   * Items under group titles ("2 | Tổ chức các hoạt động, gồm:" over "a)", "b)" or "- …"), past each
   * group's first: counted in `actual`, while a count that numbers each group once, as the TT column does, leaves them out.
   */
  groupedItems?: number;
  /** Where `declared` is written when a count line under the heading gave it ("Quý III" over "Gồm 4 nhiệm vụ"). */
  countAt?: { row: number; col: number };
  /** A count line under a heading that wrote its own count, saying another ("Quý III (3 nhiệm vụ)" over "Gồm 4 nhiệm vụ"). */
  alsoDeclared?: { declared: number; row: number; col: number };
  quarter: number | null;
  month: number | null;
  actual: number;
  /** A month heading under a quarter its months are not in ("Tháng 10" under "Quý III"): that quarter. */
  outsideQuarter?: number;
  /** A heading of a review: it counts the proposals under it, not tasks. */
  review?: boolean;
  /** A heading of work outside the programme ("NHIỆM VỤ PHÁT SINH"): its tasks are counted apart. */
  arising?: true;
  /**
   * One of a list of counts with no task under any ("Quý I: Gồm 71 nhiệm vụ", "Quý II: Gồm 91 nhiệm
   * vụ", "(nhiệm vụ cụ thể kèm theo)"): it counts the workbook's tasks of its period, wherever they are.
   */
  listed?: true;
}

/** A quarter or month row numbered with an integer: "2 | Tháng 8" is { number: 2, label: "Tháng 8" }. */
export interface PeriodRow {
  number: number;
  label: string;
}

export interface ParsedTask {
  sheet: string;
  table: ParsedTable;
  row: number;
  endRow: number;
  stt: string;
  /** The integer the number column holds ("12", "12.", 12), null for "1.2", letters or none. */
  sttNumber: number | null;
  /** The number came from a missing-number guess (the row had no number but was a whole task). */
  sttMissing: boolean;
  /** Its number is a formula whose result the file does not keep ("=A5+1" saved by another tool): the next number. */
  sttFormula?: true;
  /** The number of the group row this task is the first of ("4 | Công tác …:" over "a)", "b)"). */
  groupNumber: number | null;
  /** An item of a group title past its first ("b)" after "2 | … gồm:" and "a)"): the title's number counts it already. */
  laterItem?: true;
  /** The quarter or month row over it numbered with an integer ("2 | Tháng 8" over "2.1", "2.2"): that number and the row's label. */
  periodRow: PeriodRow | null;
  /**
   * What the group row over the task names ("1 | Phòng QLKH&ĐMST", "Văn phòng Sở:"): its lead unit
   * when its own cell is blank, if that names a unit (analysis decides, with the directory).
   */
  groupUnit?: string;
  /** The group row's cell `groupUnit` is written in: an old or unknown name there is reported once, at it. */
  groupAt?: { row: number; col: number };
  /** A unit's group row over a task with its own unit cell: the row's name and cell, still checked there (set by analysis). */
  unitGroup?: { unit: string; at: { row: number; col: number } };
  /** Where its group is a title over items ("2 | Tổ chức các hội nghị:" over "2.1") inside a unit's group: that group's unit and cell. */
  outerGroup?: { unit: string; at: { row: number; col: number } };
  quarter: number | null;
  /** Its own "Quý" cell's quarter, where its own "Tháng" cell names a month outside it ("IV | 1"): `quarter` is the month's. */
  monthOutsideQuarter?: number;
  /** Its quarter heading's (or sheet name's) quarter and the other its own "Quý" cell names ("IV" under "Quý III": 3, 4). */
  quarterOutsideHeading?: readonly [heading: number | readonly [first: number, last: number], own: number];
  /** Under a heading naming several quarters ("Quý I và Quý II"), the first; `quarter` is the last. */
  firstQuarter?: number | null;
  month: number | null;
  /** Under a month range ("Tháng 7-8"), its first month; else `month`. */
  firstMonth?: number | null;
  /** The year its quarter or month heading names ("Quý I/2026"), else null (the sheet's year). */
  year: number | null;
  /** With no year named: how many years past the sheet's its headings turned ("Quý IV", then "Quý I"). */
  yearAfter: number;
  section: string | null;
  /** Under a heading of work outside the programme ("II | NHIỆM VỤ PHÁT SINH"). */
  arising?: true;
  /** Index of the numbering scope (numbers restart per quarter or section). */
  scope: number;
  /** Index of the block between two headings of any kind (numbering may restart at each). */
  block: number;
  /** Each field's text: its first row's, with the text of continuation rows appended. */
  text: Partial<Record<TaskColumn, string>>;
  /** Fields whose text starts below the task's own row (a continuation row filled them): that row. */
  fieldRows?: Partial<Record<TaskColumn, number>>;
  /** Fields whose text is in another column than the table's: the status ticked under "Đang thực hiện". */
  fieldCols?: Partial<Record<TaskColumn, number>>;
  /** Its status ticks are two, or a mark that is no tick: `text.status` lists them, for a person to read. */
  badTicks?: true;
  /** Marks in its period tick columns that are no tick ("Hoàn thành" under "Tháng 8"): not read, said at their cells. */
  strayPeriodMarks?: { row: number; col: number; n: number; text: string }[];
  /** A day written as its last period tick ("15/8" under "Tháng 8"): its deadline where none is written. */
  tickDay?: { row: number; col: number; text: string };
  /**
   * Parts folded into it ("1.2 | Hội nghị tổng kết | | Tháng 9" under task "1" of Tháng 7) whose own
   * Tháng or Quý cell names another period than the task's first (or, `col` given, it is under another
   * month or quarter row, `text` its label): the task is counted at its first.
   */
  partPeriods?: { row: number; stt: string; field: 'month' | 'quarter'; text: string; col?: number }[];
  /** Fields whose text came from more than one row. */
  joined?: TaskColumn[];
  /** Fields whose cell shows a formula error (#N/A, #REF!): no text; formula-error reports the cell. */
  errors?: TaskColumn[];
}

/** The row a field's text starts on (the task's own row, unless a continuation row filled it). */
export function fieldRow(task: ParsedTask, field: TaskColumn): number {
  return task.fieldRows?.[field] ?? task.row;
}

/** Whether a field's text came from several rows (then no whole-cell fix is safe). */
export function isJoined(task: ParsedTask, field: TaskColumn): boolean {
  return task.joined?.includes(field) ?? false;
}

/** Whether a field's cell shows a formula error (then the field is empty, but not left blank by the user). */
export function hasFormulaError(task: ParsedTask, field: TaskColumn): boolean {
  return task.errors?.includes(field) ?? false;
}

/** A row of a review (or a programme task with a proposal beside it). */
export interface ParsedProposal {
  /** The row as read: its texts joined over continuation rows, its quarter and month from the headings. */
  task: ParsedTask;
  /** Where what is proposed is written: its own column, or the note ("Đề xuất bỏ vì …"). */
  field: 'proposal' | 'note';
  /** What the block's heading proposes ("I. ĐỀ XUẤT BỎ"), for rows that do not say it themselves. */
  headingKind: ProposalKind | null;
}

export interface SheetParse {
  sheet: string;
  tables: ParsedTable[];
  tasks: ParsedTask[];
  sections: ParsedSection[];
  proposals: ParsedProposal[];
  /** Text above the first table (title block): where the programme's year and date are read. */
  titleLines: string[];
  /** Years named by quarter/month headings ("Quý III/2025"). */
  headingYears: number[];
  /** Rows inside a table read as nothing (no task, heading, rest of a task): reported, never lost unseen. */
  unread: UnreadRow[];
  /** The filled cells of KPI tables' unit column ("Phòng/đơn vị tham mưu"): checked as lead units are. */
  kpiUnits: KpiUnitCell[];
}

/** A cell naming who advises on a KPI (or a group of KPIs, on its section row); a vertical merge's top cell only. */
export interface KpiUnitCell {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/** A table row CTCT could not place: where it is and its words. */
export interface UnreadRow {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/** A field left empty: no text, or only dashes, dots and spaces ("-", "."; "…" is text). */
export function isBlankField(text: string | undefined): boolean {
  if (!text) return true;
  // A loop, not /^[\s\-–—.]*$/: runs on every field of every task, and nearly all exit at once.
  for (let i = 0; i < text.length; i++) if (!isBlankMark(text.charCodeAt(i))) return false;
  return true;
}

/** Dashes, dots and what \s matches (Unicode spaces, BOM). */
function isBlankMark(c: number): boolean {
  if (c === 0x2d || c === 0x2e || c === 0x2013 || c === 0x2014) return true;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
