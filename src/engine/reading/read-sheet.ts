/**
 * Reads one sheet into tables, tasks and counted headings. A row is, in this order: a header row
 * (first or repeated at a page break), a heading (section, quarter, month), a task (it has a number),
 * a continuation of the task above (no number: a page break split it), or noise outside any table.
 */
import { SheetView } from '../sheet/view';
import { foldKey } from '../text';
import { isErrorCell } from '../grid';
import { findDateInText, quarterOfIso } from '../dates';
import { ColumnKind, ColumnMap, TaskColumn, classifyColumns, isGroupHeader, isNumberedCopyOf, isTimeGroupHeader, recogniseHeader } from './headers';
import { ARISING_WORDS, countIn, MONTH_ABBREVIATION, figureCount, Heading, isCountLine, isLetterMarker, isRomanNumeral, monthsInQuarter, parseHeading, partAsRoman, QUARTER_WORD, quarterOf, romanValue, sheetNamePeriod, titleMonth, titleQuarterOfMonths, totalHeading, TOTAL_PERIOD, TOTAL_WORDS, turnsYear } from './headings';
import { fieldRow, hasFormulaError, isBlankField, isJoined, type ParsedSection, type PeriodRow, type ParsedTable, type ParsedTask, type SheetParse, type UnreadRow } from './model';
import { headingProposalKind, noteProposes, proposalKind, proposesSomething, type ProposalKind } from './proposals';
import { loneDoneColumn, monthsUnderQuarters, numberedPeriodColumns, periodTickColumns, lastTickedDay, readPeriodTicks, readTicks, strayPeriodMarks, tickColumns, type PeriodTicks, type TickColumn } from './ticks';

const TASK_FIELDS: TaskColumn[] = ['task', 'lead', 'coord', 'product', 'leader', 'note', 'deadline', 'status', 'result', 'completed', 'month', 'quarter', 'proposal'];

/** How many of the tasks are of a quarter (a total sums the quarters, not the all-year tasks). */
function quarterlyCount(tasks: readonly ParsedTask[]): number {
  return tasks.reduce((n, t) => n + (t.quarter !== null ? 1 : 0), 0);
}

/** The tasks of a quarter, or all of them where none is: what a total sums. */
function quarterly(tasks: readonly ParsedTask[]): readonly ParsedTask[] {
  const of = tasks.filter((t) => t.quarter !== null);
  return of.length ? of : tasks;
}

/** A row's words joined, the column they start in, and how many cells hold them. */
interface RowText {
  text: string;
  col: number;
  cells: number;
}

interface HeaderMatch {
  columns: ColumnMap;
  rows: number[];
  ticks?: TickColumn[];
  periodTicks?: PeriodTicks;
  kind: 'tasks' | 'kpi' | 'review';
}

/** Recognised columns of one row (of columns lo..hi), each kind at its first visible column. */
export function headerColumns(view: SheetView, row: number, lo = 1, hi = view.colCount): ColumnMap {
  const map: ColumnMap = {};
  for (let c = lo; c <= hi; c++) {
    const kind = recogniseHeader(view.text(row, c));
    if (kind && takesKind(view, map, kind, row, c)) map[kind] = c;
  }
  return map;
}

/**
 * Whether column c of the header row is the one to read for a kind: the first of that meaning, or a
 * visible one where the first is hidden ("Phòng chủ trì (cũ)" hidden beside the current "Phòng chủ
 * trì"), or the plain one after a numbered copy ("Ghi chú 2", often empty, inserted before "Ghi chú").
 */
function takesKind(view: SheetView, map: ColumnMap, kind: ColumnKind, row: number, c: number): boolean {
  const taken = map[kind];
  if (taken === undefined) return true;
  const [hiddenTaken, hidden] = [view.isColumnHidden(taken), view.isColumnHidden(c)];
  if (hiddenTaken !== hidden) return hiddenTaken;
  // Months and quarters carry their own numbers ("Tháng 7"): no copy there.
  return kind !== 'month' && kind !== 'quarter' && isNumberedCopyOf(view.text(row, taken), view.text(row, c));
}

function countKeys(map: ColumnMap): number {
  return Object.keys(map).length;
}

/**
 * Header rows hold short words only: a number or a date in the row (a task's STT, typed as a
 * number or as text "2."), or a cell as long as a task's text, rules it out at once. A value merged
 * down from above is not the row's own (a lead unit merged down across a header repeated at a page break).
 */
function cannotBeHeader(view: SheetView, row: number): boolean {
  const merged = view.hasMergedBelow(row);
  for (let c = 1; c <= view.colCount; c++) {
    if (merged && view.isMergedBelow(row, c)) continue;
    const v = view.value(row, c);
    if (v === null) continue;
    if (typeof v === 'object' ? v.kind === 'date' : typeof v === 'number') return true;
    if (typeof v === 'string' && (v.length > 120 || (v.length <= 6 && isTaskNumber(v)))) return true;
  }
  return false;
}

/** The header starting at `row` (one the caller has not ruled out by `cannotBeHeader`), if any, with its tick columns. */
function detectHeader(view: SheetView, row: number): HeaderMatch | null {
  const match = detectColumns(view, row);
  return match?.kind === 'tasks' ? withPeriodTicks(view, withTicks(view, match)) : match;
}

/**
 * Quarters or months ticked in a column each, on the header's last row ("Thời gian thực hiện" over
 * "Quý I | Quý II | Quý III | Quý IV"), or on the row under a one-row header where a group cell or
 * a cell merged across stands over them: the "Quý" (or "Tháng") column is the first of them, no
 * other kind is read there ("Thời gian thực hiện" is then no deadline). Not where the table has a
 * "Quý" (or "Tháng") column of its own.
 */
/** A month's plan: the sheet's name ("T8") or a title line at the sheet's top ("… THÁNG 8 NĂM 2025") names one month. */
function isMonthPlan(view: SheetView, headerRow: number): boolean {
  if (sheetNamePeriod(view.name).month !== null) return true;
  for (let r = 1; r < Math.min(headerRow, TITLE_ROWS); r++) for (const c of view.filledColumns(r)) if (titleMonth(view.text(r, c))) return true;
  return false;
}
/** The rows a plan's title may stand in, over its first header. */
const TITLE_ROWS = 12;

function withPeriodTicks(view: SheetView, match: HeaderMatch): HeaderMatch {
  const last = match.rows[match.rows.length - 1];
  let rows = match.rows;
  // Months or quarters under another kind ("Kết quả thực hiện" over "Tháng 9 | Tháng 10") are that kind's columns, not ticks.
  const underTime = (run: PeriodTicks, row: number) => !view.text(row, run.cols[0].col) || isTimeGroupHeader(view.text(row, run.cols[0].col));
  const monthPlan = () => isMonthPlan(view, match.rows[0]);
  let ticks = periodTickColumns(view, last) ?? (rows.length > 1 ? numberedPeriodColumns(view, last, monthPlan) : null);
  if (ticks && rows.length > 1 && !underTime(ticks, last - 1)) return match;
  if (!ticks && rows.length === 1 && last < view.rowCount) {
    const below = periodTickColumns(view, last + 1) ?? numberedPeriodColumns(view, last + 1, monthPlan);
    const over = below ? view.text(last, below.cols[0].col) : '';
    if (below && over && underTime(below, last) && (isGroupHeader(over) || view.mergedTo(last, below.cols[0].col) >= below.cols[below.cols.length - 1].col)) [ticks, rows] = [below, [last, last + 1]];
  }
  // "Quý I" merged over "1 | 2 | 3" …: the months on the header's last row, or on the row under it, are the ticks.
  const months = ticks || rows.length === 1 ? null : monthsUnderQuarters(view, last);
  const monthsBelow = ticks || months || last >= view.rowCount ? null : monthsUnderQuarters(view, last + 1);
  if (months) ticks = months;
  else if (monthsBelow) [ticks, rows] = [monthsBelow, [...rows, last + 1]];
  if (!ticks) return match;
  const inRun = (c: number) => ticks!.cols.some((t) => t.col === c);
  const columns: ColumnMap = {};
  for (const [kind, c] of Object.entries(match.columns) as [ColumnKind, number][]) if (!inRun(c)) columns[kind] = c;
  if (columns[ticks.field] !== undefined) return match;
  columns[ticks.field] = ticks.cols[0].col;
  besidePeriodTicks(view, rows, columns);
  return { ...match, columns, rows, periodTicks: ticks };
}

/**
 * Kinds the header names outside the period columns, that "Thời gian thực hiện" over them had
 * displaced (a "Thời hạn" column after "Quý I … Quý IV" is the deadline): each at its first column.
 */
function besidePeriodTicks(view: SheetView, rows: readonly number[], columns: ColumnMap): void {
  const used = new Set(Object.values(columns));
  for (const r of rows) {
    for (let c = 1; c <= view.colCount; c++) {
      if (used.has(c) || view.mergedTo(r, c) > c) continue;
      const kind = recogniseHeader(view.text(r, c));
      if (kind && columns[kind] === undefined) {
        columns[kind] = c;
        used.add(c);
      }
    }
  }
}

/**
 * Statuses ticked in a column each, on the header's last row ("Tình hình thực hiện" over "Hoàn thành
 * | Đang thực hiện | Chưa thực hiện", or those alone on a one-row header), or on the row under a
 * one-row header where a cell merged across stands over them: the status column is the first of
 * them, no other kind is read there ("Tình hình thực hiện" + "Hoàn thành" is no status column of its own).
 */
function withTicks(view: SheetView, match: HeaderMatch): HeaderMatch {
  const last = match.rows[match.rows.length - 1];
  let rows = match.rows;
  let ticks = tickColumns(view, last);
  if (!ticks && rows.length === 1 && last < view.rowCount) {
    const below = tickColumns(view, last + 1);
    if (below && view.text(last, below[0].col) && view.mergedTo(last, below[0].col) >= below[below.length - 1].col) [ticks, rows] = [below, [last, last + 1]];
  }
  if (!ticks && match.columns.status === undefined && match.columns.result === undefined) ticks = loneDoneColumn(view, last, new Set(Object.values(match.columns)));
  if (!ticks) return match;
  const columns: ColumnMap = {};
  for (const [kind, c] of Object.entries(match.columns) as [ColumnKind, number][]) if (!ticks.some((t) => t.col === c)) columns[kind] = c;
  if (columns.status !== undefined) return match;
  columns.status = ticks[0].col;
  return { columns, rows, kind: match.kind, ticks };
}

function detectColumns(view: SheetView, row: number): HeaderMatch | null {
  const single = headerColumns(view, row);
  if (countKeys(single) < 2) return null;
  // Two-row header: a group cell ("Đơn vị") over sub-headers ("Chủ trì | Phối hợp") in the next row.
  if (row < view.rowCount) {
    const combined: ColumnMap = { ...single };
    let usedBelow = false;
    for (let c = 1; c <= view.colCount; c++) {
      const below = view.text(row + 1, c);
      if (!below || view.isMergedBelow(row + 1, c)) continue;
      const top = view.text(row, c) || groupAbove(view, row, c);
      // Under a group cell ("Đơn vị thực hiện", or any cell merged across its sub-headers: "Theo dõi
      // thực hiện" over "Thời hạn | Tình trạng | Kết quả") the sub-header says what the column is.
      const grouped = top === '' || isGroupHeader(top) || view.mergedTo(row, c) > c;
      const kind = grouped ? (recogniseHeader(below) ?? recogniseHeader(`${top} ${below}`)) : recogniseHeader(`${top} ${below}`);
      const taken = kind ? combined[kind] : undefined;
      const hiddenOverVisible = taken !== undefined && taken !== c && view.isColumnHidden(c) && !view.isColumnHidden(taken);
      if (kind && !hiddenOverVisible && (grouped || recogniseHeader(top) === null || recogniseHeader(top) === kind)) {
        const existing = (Object.keys(combined) as ColumnKind[]).find((k) => combined[k] === c);
        if (existing && existing !== kind) delete combined[existing];
        combined[kind] = c;
        usedBelow = true;
      }
    }
    const kind = classifyColumns(combined);
    if (usedBelow && kind && countKeys(combined) > countKeys(single)) return { columns: combined, rows: [row, row + 1], kind };
  }
  const kind = classifyColumns(single);
  if (countKeys(single) < 3 || !kind) return null;
  // Header cells merged down a second row ("Kế hoạch" over "Năm 2025 | 6 tháng" names no new
  // column): both rows are the header, the second not a table of its own.
  const tall = row < view.rowCount && Object.values(single).some((c) => view.isMergedBelow(row + 1, c!));
  return { columns: single, rows: tall ? [row, row + 1] : [row], kind };
}

/** The text of a horizontally merged group header that covers (row, col) from the left. */
function groupAbove(view: SheetView, row: number, col: number): string {
  for (let c = col - 1; c >= 1; c--) {
    const t = view.text(row, c);
    if (t) return isGroupHeader(t) ? t : '';
  }
  return '';
}

/**
 * Whether a header after tasks repeats the table's at a page break: the same columns in the same
 * places, one or two cells left blank or added ("Ghi chú" not copied onto the next page) aside.
 */
function sameLayout(a: ColumnMap, b: ColumnMap): boolean {
  const [small, large] = countKeys(a) <= countKeys(b) ? [a, b] : [b, a];
  const keys = Object.keys(small) as ColumnKind[];
  return small.task !== undefined && countKeys(large) - keys.length <= 2 && keys.every((k) => small[k] === large[k]);
}

/**
 * A header row repeating the open table's at a page break, though it names fewer of its columns:
 * those it lacks stand under a group cell of the row ("Đơn vị" repeated without its "Chủ trì | Phối
 * hợp" row) or under a lead unit or leader merged down across the page break. Its rows, or null.
 */
function repeatedHeaderRows(view: SheetView, r: number, table: ParsedTable): number[] | null {
  const own = ownHeaderColumns(view, r, 2);
  if (!own || own.task === undefined || own.task !== table.columns.task) return null;
  let differ = 0;
  for (const k of Object.keys(own) as ColumnKind[]) {
    if (table.columns[k] === undefined) differ++;
    else if (table.columns[k] !== own[k]) return null;
  }
  for (const k of Object.keys(table.columns) as ColumnKind[]) {
    if (own[k] === undefined && !coveredInHeader(view, r, table.columns[k]!)) differ++;
  }
  if (differ > 2) return null;
  return table.headerRows.length > 1 && r < view.rowCount && ownHeaderColumns(view, r + 1, 1) ? [r, r + 1] : [r];
}

/**
 * The kinds a row names in its own cells (not those a merge gives down from above), when every
 * one of them is a header's or a group header's words and at least `least` are recognised.
 */
function ownHeaderColumns(view: SheetView, r: number, least: number): ColumnMap | null {
  const map: ColumnMap = {};
  let named = 0;
  for (const c of view.filledColumns(r)) {
    if (view.isMergedBelow(r, c)) continue;
    const text = view.text(r, c);
    const kind = recogniseHeader(text);
    if (!kind) {
      if (isGroupHeader(text)) continue;
      return null;
    }
    if (takesKind(view, map, kind, r, c)) map[kind] = c;
    named++;
  }
  return named >= least ? map : null;
}

/** A header cell under a merge from above, or a group header's ("Đơn vị", or merged across it from the left). */
function coveredInHeader(view: SheetView, r: number, c: number): boolean {
  if (view.isMergedBelow(r, c)) return true;
  const text = view.text(r, c);
  if (text) return isGroupHeader(text);
  for (let left = c - 1; left >= 1; left--) {
    const t = view.text(r, left);
    if (t) return view.mergedTo(r, left) >= c && isGroupHeader(t);
  }
  return false;
}

/** "12", "12.", "12)", and as some units write them "(12)", "12-", "12/", "12,". */
const NUMBER_TEXT = /^\(?\d{1,5}\s*[.),:/-]?$/;
/** "2a", "12b)": a task inserted after another without renumbering. */
const SUFFIXED = /^\d{1,5}[a-zđ]\s*[.)]?$/i;
const HIERARCHICAL = /^\d{1,3}(\.\d{1,3})+\.?$/;

/** The integer a number cell holds: 12, "12", "12.", "12)"; null otherwise. */
export function sttInteger(text: string): number | null {
  const t = text.trim();
  return NUMBER_TEXT.test(t) ? parseInt(t.replace(/^\(/, ''), 10) : null;
}

/** The first of a list below a task's number, as 1 is of the integers: "1.1", "2.1.", "a)", "a". */
function startsList(text: string): boolean {
  const t = text.trim();
  return (HIERARCHICAL.test(t) && /\.1\.?$/.test(t)) || /^a\s*[.)]?$/i.test(t);
}

function isTaskNumber(text: string): boolean {
  const t = text.trim();
  return NUMBER_TEXT.test(t) || HIERARCHICAL.test(t) || SUFFIXED.test(t);
}

export function readSheet(view: SheetView): SheetParse {
  const out: SheetParse = { sheet: view.name, tables: [], tasks: [], sections: [], proposals: [], titleLines: [], headingYears: [], unread: [], kpiUnits: [] };
  let table: ParsedTable | null = null;
  /** The table a remark interrupted: numbered task rows after it are still its tasks. */
  let paused: ParsedTable | null = null;
  let lastTask: ParsedTask | null = null;
  let continuationOpen = false;
  /** Tasks listed with a dash in the task column: the dashed rows after one are tasks too, not its sub-items. */
  const bulleted = new WeakSet<ParsedTask>();
  /** Dashed tasks under a unit's group row: the unit is named above them, so their own unit cell may be blank. */
  const unitListed = new WeakSet<ParsedTask>();
  /** The last heading was a unit's group row ("Văn phòng Sở" alone in the task column). */
  let underUnitHeading = false;
  /** Items of a group title are being read ("2 | … gồm:" over "a)", "b)"): its items past the first are `groupedItems`. */
  let titleItems = false;
  /** The task right above the last quarter or month row: the items or parts right under that row may still be its ("1 | …" / "Tháng 8" / "1.2"). */
  let overPeriod: { task: ParsedTask; row: number; heading: Heading } | null = null;
  /**
   * The sections each task of out.tasks was counted in, index for index: a task read as a group
   * title after all (always the last one) is taken out of those. An array kept beside out.tasks,
   * not a WeakMap: 20,000 weak entries cost the garbage collector far more than the reading.
   */
  const countedIn: ParsedSection[][] = [];
  /** The group row the tasks below are listed under (its words), till the next group or section. */
  let listedUnder: TaskGroup | null = null;
  // A sheet per quarter or month ("Quý III", "T7"): its tasks are in it until a heading says otherwise.
  const named = sheetNamePeriod(view.name);
  let quarter: number | null = named.quarter;
  /** The quarter a quarter heading (or the sheet's name) set. */
  let quarterHeading: number | null = named.quarter;
  /** The first quarter of a quarter heading naming several ("Quý I và Quý II"); `quarterHeading` is its last. */
  let quarterFrom: number | null = null;
  /** The quarter months are taken to be in: the heading's, or the one a month outside it implied. */
  let quarterSection: number | null = named.quarter;
  let month: number | null = named.month;
  /** A month range's first month ("Tháng 7-8": 7); `month` is its last. */
  let monthFrom: number | null = named.month;
  /** The quarter or month row in force when numbered with an integer ("2 | Tháng 8"), shared by its tasks. */
  let periodRow: PeriodRow | null = null;
  /**
   * The period in force was set from outside the table (the sheet's name, its title), or by a
   * quarter heading lettered above Roman numerals ("A | QUÝ III"): Roman-numbered sections under
   * it (a unit, an area: "I | Phòng QLKH&ĐMST") are parts of that period, not new parts of the year.
   */
  let periodHoldsRoman = named.quarter !== null || named.month !== null;
  /** The year a quarter or month heading names ("Quý I/2026" in a plan across the year's end). */
  let headingYear: number | null = null;
  /** Years past the sheet's own that headings without a year have turned ("Quý IV" then "Quý I"). */
  let yearAfter = 0;
  /** The month row in force is a range into the next year naming none ("Tháng 12-1"): its tasks are due in that year. */
  let monthNextYear = false;
  /** The period in force when the table being read started: a table titled below it by a plain line goes back to it. */
  const periodState = () => ({ quarter, quarterHeading, quarterFrom, quarterSection, month, monthFrom, periodRow, monthNextYear });
  let tablePeriod = periodState();
  let lastQuarter: number | null = null;
  /** The year each quarter and month heading was first given: a second table (or a unit's block) going through the year again is in it again. */
  const quarterYears = new Map<number, { headingYear: number | null; yearAfter: number }>();
  const monthYears = new Map<number, { headingYear: number | null; yearAfter: number }>();
  /**
   * The year of a quarter or month heading: the one it names; the one it had where it came before;
   * the next one after the year's last ("Quý I" after "Quý IV", "Tháng 1" after "Tháng 12", in a plan
   * across the year's end); else the year in force.
   */
  const turnYear = (seen: Map<number, { headingYear: number | null; yearAfter: number }>, key: number, named: number | null, turns: boolean) => {
    const before = seen.get(key);
    if (named !== null) headingYear = named;
    else if (before) ({ headingYear, yearAfter } = before);
    else if (turns && headingYear !== null) headingYear++;
    else if (turns) yearAfter++;
    if (!before) seen.set(key, { headingYear, yearAfter });
  };
  let section: string | null = null;
  let lastHeadingText: string | null = null;
  let scope = 0;
  /** The last numbering scope given out: a quarter resumed takes its earlier scope back, a new part the next after this. */
  let scopeTop = 0;
  /** The numbering scope of each quarter's section, and the earlier section a quarter resumed after another goes on ("Quý III (tiếp theo)" after Quý IV). */
  const sectionScope = new Map<ParsedSection, number>();
  const resumes = new Map<ParsedSection, ParsedSection>();
  let block = 0;
  let afterHeading = false;
  const open: ParsedSection[] = [];
  /** A block of the review headed by what it proposes ("I. ĐỀ XUẤT BỎ"): its rows are proposals. */
  let proposalBlock: { kind: ProposalKind; level: number } | null = null;
  const kpiRowsUnder = new Map<ParsedSection, number>();
  const kpiPartsUnder = new Map<ParsedSection, number>();
  const kpiDeclared = new Map<ParsedSection, number>();
  /** Rows read as nothing, with their table: reported only inside its body (`unreadInBody`). */
  const unread: { row: UnreadRow; table: ParsedTable; taskLike: boolean }[] = [];
  /** The KPI table whose last KPI was numbered (since the last heading or group row): dashed rows with no number under it are its parts. */
  let kpiAbove: ParsedTable | null = null;

  /** The row of the last total under tasks: a total at the end of each quarter's block counts that block. */
  let lastTotalRow = 0;
  /**
   * What a total under tasks counts: its quarter's tasks when it names one ("Tổng cộng Quý IV: 3");
   * after another total, the tasks since it (a subtotal per block), unless its count is the whole
   * table's (a grand total under subtotals); right under a quarter's last task, over the next
   * quarter row, that quarter's tasks unless its count is all of them above it (a running total);
   * else every quarter's tasks above it.
   */
  const totalled = (h: Heading, row: number): readonly ParsedTask[] => {
    // Work outside the programme ("Công việc phát sinh" inside the quarter) is no task of the quarter's total.
    if (h.quarter !== null) return out.tasks.filter((t) => t.quarter === h.quarter && !t.arising);
    // A total that counts the all-year tasks too says so by its number.
    if (h.declared === out.tasks.length) return out.tasks;
    const all = quarterly(out.tasks);
    const closed = !lastTotalRow && h.declared !== all.length ? closedQuarter(row) : null;
    if (closed) return out.tasks.filter((t) => t.row > closed.row);
    const since = out.tasks.filter((t) => t.row > lastTotalRow);
    return lastTotalRow && since.length && h.declared !== all.length ? quarterly(since) : all;
  };

  /**
   * A section, quarter or month row naming, with no count of its own, the one open in the same table
   * (nothing between but a quarter's months), "(tiếp theo)" or not: the heading repeated at a page
   * break, not a new part.
   */
  const repeatsHeading = (h: Heading, row: number): boolean => {
    if (h.level === 0 || h.level === 4 || h.declared !== null || h.thenMonth || (h.year !== null && h.year !== headingYear)) return false;
    const top = open[open.length - 1];
    const same = top && top.level === h.level ? top : h.level === 2 && top?.level === 3 ? open[open.length - 2] : undefined;
    if (same === undefined || same.level !== h.level || headingKey(same.label) !== headingKey(h.label) || same.review || table === null || table.firstRow >= same.row) return false;
    // Numbers starting again at 1 under it: a block of its own (another unit's), as it was read before.
    return numberBelow(view, table.columns, row) !== 1;
  };

  /** The quarter and month rows read inside table t all have the tasks their counts say, and one says some. */
  const periodsFull = (t: ParsedTable): boolean => {
    let counted = false;
    for (const s of open) {
      if (s.row <= t.firstRow || (s.level !== 2 && s.level !== 3) || s.review || s.declared === null) continue;
      if (s.actual < s.declared) return false;
      counted = true;
    }
    return counted;
  };

  /**
   * The last section of this table before row r naming quarter q, with another quarter's between (right
   * after its own, "(tiếp theo)" over numbers from 1 is a block of its own, as `repeatsHeading` says).
   */
  const resumedQuarter = (q: number | null, r: number): ParsedSection | null => {
    let other = false;
    for (let i = out.sections.length - 1; i >= 0; i--) {
      const s = out.sections[i];
      if (table === null || s.row <= table.firstRow) return null;
      if (s.level !== 2 || s.review || s.row >= r) continue;
      if (s.quarter !== q) other = true;
      else return other ? s : null;
    }
    return null;
  };

  /** The quarter row open over a total at row r that the next quarter row right below closes. */
  const closedQuarter = (r: number): ParsedSection | null => {
    const quarterRow = open.find((s) => s.level === 2 && !s.review);
    return quarterRow && quarterRowBelow(view, r) ? quarterRow : null;
  };

  /** The task right above the quarter or month row right above row r (nothing else between), if any. */
  const taskOverPeriod = (r: number): ParsedTask | null => (overPeriod !== null && filledBelow(view, overPeriod.row) === r ? overPeriod.task : null);

  /**
   * A part ("1.2") read under another month or quarter row than its task's: said as a part whose own
   * period cell names another (`part-period`), at its period cell or else its number.
   */
  const notePartUnderPeriod = (task: ParsedTask, r: number, stt: string) => {
    const h = overPeriod!.heading;
    const field = h.level === 3 ? 'month' : 'quarter';
    if ((field === 'month' ? h.month : h.quarter) === task[field]) return;
    const col = task.table.columns[field] ?? task.table.columns.stt;
    (task.partPeriods ??= []).push({ row: r, stt: stt.trim(), field, text: h.label, ...(col !== undefined ? { col } : {}) });
  };

  /** Whether a task was read below row r (tasks are read in order: the last is enough). */
  const tasksBelow = (r: number): boolean => out.tasks.length > 0 && out.tasks[out.tasks.length - 1].row > r;

  const applyHeading = (heading: Heading, row: number, col: number, text: string, marker: 'roman' | 'letter' | null = null) => {
    lastHeadingText = text;
    titleItems = false;
    underUnitHeading = false;
    // Inside a quarter, a lettered or plain section ("a | Phòng QLKH&ĐMST") groups the quarter's
    // tasks; only a Roman-numbered or all-year section starts a new part of the programme.
    const roman = marker === 'roman' || /^\s*[IVX]+[.)]/.test(text);
    const topLevel = quarter === null || heading.allYear || (roman && !periodHoldsRoman);
    const h: Heading = heading.level === 1 && !topLevel ? { ...heading, level: 4 } : heading;
    if (h.year) out.headingYears.push(h.year);
    // "Tổng số: 2 nhiệm vụ" right under a quarter or month row, no task between: that row's count, as "Gồm 2 nhiệm vụ" is.
    const above = open[open.length - 1];
    if (h.level === 0 && h.quarter === null && h.declared !== null && above && (above.level === 2 || above.level === 3) && !above.review && row - above.row <= 2 && !tasksBelow(above.row)) {
      addCount(above, h.declared, row, col);
      return;
    }
    // A total under the tasks ("Tổng cộng: 96 nhiệm vụ" as the table's last line) counts those above it.
    // It sums the quarters (as the 2025 programme's 288 = 71 + 91 + 69 + 57), not the all-year tasks above them.
    if (h.level === 0 && out.tasks.length) {
      const counted = totalled(h, row);
      const groupedItems = counted.reduce((n, t) => n + (t.laterItem ? 1 : 0), 0);
      out.sections.push({ sheet: view.name, row, col, level: 0, label: h.label, declared: h.declared, quarter: h.quarter, month: null, allYear: false, actual: counted.length, ...(groupedItems ? { groupedItems } : {}) });
      lastTotalRow = row;
      return;
    }
    // A bare "Gồm 06 nội dung" line gives its count to the heading just above it; under a heading
    // that wrote its own, it is a second count of the same tasks, not a section of its own.
    const countOnly = isCountLine(text);
    const prev = open[open.length - 1];
    if (countOnly && prev && h.declared !== null && row - prev.row <= 2) {
      addCount(prev, h.declared, row, col);
      return;
    }
    // The section, quarter or month in force written again over the next page ("Quý III (tiếp theo)"): its tasks go on.
    if (repeatsHeading(h, row)) return;
    overPeriod = (h.level === 2 || h.level === 3) && lastTask !== null && out.tasks[out.tasks.length - 1] === lastTask ? { task: lastTask, row, heading: h } : null;
    listedUnder = groupAfter(listedUnder, h, row, col);
    if (h.level <= 3) {
      periodRow = null;
      monthNextYear = false;
    }
    // The quarter a quarter heading (or the sheet's name) set: not one a month row implied.
    const quarterAbove = quarterSection;
    const proposing = headingProposalKind(h.label);
    if (proposing) proposalBlock = { kind: proposing, level: h.level };
    else if (proposalBlock && h.level <= proposalBlock.level) proposalBlock = null;
    while (open.length && open[open.length - 1].level >= h.level) open.pop();
    // A quarter never stands inside an all-year section, nor after the tasks of an arising one: that section ended before it.
    if (h.level === 2) for (let i = open.length - 1; i >= 0; i--) if (open[i].allYear || (open[i].arising && open[i].actual > 0)) open.splice(i, 1);
    if (h.level === 1) {
      section = h.label;
      periodHoldsRoman = false;
      quarter = null;
      quarterHeading = quarterSection = quarterFrom = null;
      month = monthFrom = null;
      headingYear = null;
      yearAfter = 0;
      lastQuarter = null;
      quarterYears.clear();
      monthYears.clear();
    } else if (h.level === 2) {
      quarter = h.quarter;
      quarterHeading = quarterSection = h.quarter;
      quarterFrom = h.firstQuarter ?? null;
      month = monthFrom = null;
      section = h.label;
      turnYear(quarterYears, h.quarter!, h.year, lastQuarter === 4 && h.quarter === 1);
      lastQuarter = h.quarter;
      periodHoldsRoman = out.tables.length === 0 || marker === 'letter' || /^\s*[A-D][.)]?\s/u.test(text);
    } else if (h.level === 3) {
      turnYear(monthYears, h.month!, h.year, month === 12 && h.month === 1);
      month = h.month;
      monthFrom = h.firstMonth ?? h.month;
      quarter = h.quarter;
      // A month plan's title ("KẾ HOẠCH CÔNG TÁC THÁNG 7 NĂM 2025") holds the sheet's sections.
      if (out.tables.length === 0) periodHoldsRoman = true;
    }
    if (h.level <= 2) scope = ++scopeTop;
    block++;
    // One shape for every open section (addTask reads them for each task): all fields set here.
    // A heading of the review counts its proposals, not tasks.
    const review = proposalBlock !== null || table?.kind === 'review';
    const s: ParsedSection = { sheet: view.name, row, col, level: h.level, label: h.label, declared: h.declared, quarter: h.quarter, month: h.month, allYear: h.allYear, actual: 0, outsideQuarter: undefined, review };
    if (h.kpiDeclared !== undefined) kpiDeclared.set(s, h.kpiDeclared);
    if (!review && ARISING_WORDS.test(foldKey(h.label))) s.arising = true;
    if (quarterAbove !== null && h.level === 3 && h.month !== null) {
      const fits = (q: number | null, from = q) => q !== null && from !== null && inQuarters(h.firstMonth ?? h.month!, h.month!, from, q);
      if (fits(quarterHeading, quarterFrom ?? quarterHeading)) {
        quarterSection = quarterHeading;
        // "Tháng 9, 10" under "Quý III": the quarter's tasks, due by the range's end. Under "Quý I và
        // Quý II", "Tháng 3" is in Quý I.
        quarter = quarterFrom !== null && h.quarter! >= quarterFrom && h.quarter! <= quarterHeading! ? h.quarter : quarterHeading;
      } else if (!fits(quarterAbove)) {
        s.outsideQuarter = quarterHeading ?? quarterAbove;
        // Once said: the months after it ("Tháng 11", "Tháng 12") are of the quarter the heading lacks.
        quarterSection = h.quarter;
      }
    }
    // "Tháng 12-1" under Quý IV (or months alone) ends next January; under Quý I, in that quarter's year.
    if (h.monthNextYear && quarter !== 1) monthNextYear = true;
    if (h.level === 2) {
      // "Quý III (tiếp theo)" after Quý IV: Quý III goes on, its tasks counted in its heading's count and numbered on from it.
      const earlier = h.declared === null && RUNNING_TITLE.test(foldKey(text).trim()) ? resumedQuarter(h.quarter, row) : null;
      if (earlier) {
        resumes.set(s, earlier);
        scope = sectionScope.get(earlier) ?? scope;
      }
      sectionScope.set(s, scope);
    }
    open.push(s);
    out.sections.push(s);
    if (h.thenMonth) applyHeading(h.thenMonth, row, col, text);
  };

  /** A task row (or, in a review table, a proposal) under the headings in force. */
  // dashedItem: "- Hội thảo | | 01 Hội thảo | PGĐ …" under "4 | Tổ chức các hoạt động, gồm: | Phòng QLCN&CN", an item of that title as "a)" is.
  const addTask = (t: ParsedTable, r: number, sttText: string, dashed = false, dashedItem = false): ParsedTask => {
    let group: number | null = null;
    let nextItem = false;
    // "2 | Công tác quản lý:" / "Tháng 8" / "2.1": the title right over the month row heads its items as right over them.
    // A whole number there is no item: months often number their tasks from 1 again.
    const over = lastTask ?? (dashed || sttInteger(sttText) !== null ? null : taskOverPeriod(r));
    if (over && (dashed ? headsUnitGroup(over) || dashedItem : isGroupOver(view, over, sttText, r)) && out.tasks[out.tasks.length - 1] === over) {
      // "2 | Công tác quản lý …:" over "2.1", "2.2" or "a)", "b)": a group of tasks, not a task without cells.
      const parent = out.tasks.pop()!;
      group = parent.sttNumber;
      for (const s of countedIn.pop()!) s.actual--;
      titleItems = isGroupTitle(parent);
      // A title with its unit typed on it ("4 | Tổ chức …, gồm: | Phòng QLCN&CN"): that unit is its items'.
      const inner = isBlankField(parent.text.lead) ? newGroup(parent.text.task ?? '', fieldRow(parent, 'task'), t.columns.task ?? 1) : newGroup(parent.text.lead!, fieldRow(parent, 'lead'), t.columns.lead!);
      if (inner && (isItemNumber(sttText) || dashedItem)) inner.outer = listedUnder;
      listedUnder = inner;
    } else {
      // The next item of a title's ("b)" after "a)"): one the title's number counts already. A whole number ends the items.
      if (titleItems && sttInteger(sttText) === null) nextItem = true;
      else titleItems = false;
      // Items ("4.1", "a)") end at the next task numbered as their title was ("5"): the group around them goes on.
      if (listedUnder?.outer !== undefined && sttInteger(sttText) !== null) listedUnder = listedUnder.outer;
    }
    const firstQuarter = quarterFrom !== null && month === null && quarter === quarterHeading ? quarterFrom : null;
    // A plain literal, no spread of taskYear's: one per task, and a spread copies it field by field at run time.
    const years = taskYear(headingYear, yearAfter, monthNextYear);
    const task = startTask(view, t, r, sttText, { quarter, firstQuarter, month, firstMonth: monthFrom, periodRow, year: years.year, yearAfter: years.yearAfter, section, scope, block });
    task.groupNumber = group;
    if (nextItem) task.laterItem = true;
    const arisingAt = open.findIndex((s) => s.arising);
    if (arisingAt >= 0) task.arising = true;
    if (listedUnder) {
      task.groupUnit = listedUnder.name;
      task.groupAt = listedUnder.at;
      if (listedUnder.outer) task.outerGroup = { unit: listedUnder.outer.name, at: listedUnder.outer.at };
      listedUnder.tasks = true;
    }
    const review = t.kind === 'review' || proposalBlock !== null;
    // Work outside the programme is no task of the quarter or section over its heading ("Quý III (2 nhiệm vụ)").
    const counted: ParsedSection[] = [];
    if (review) out.proposals.push({ task, field: 'proposal', headingKind: proposalBlock?.kind ?? null });
    else {
      out.tasks.push(task);
      countedIn.push(counted);
      // A programme with the unit's proposals beside its tasks: a "Đề xuất" column, or a note that proposes.
      if (t.columns.proposal !== undefined) out.proposals.push({ task, field: 'proposal', headingKind: null });
      else if (task.text.note && noteProposes(task.text.note)) out.proposals.push({ task, field: 'note', headingKind: null });
    }
    for (let i = Math.max(0, arisingAt); i < open.length; i++) {
      if (open[i].review !== review) continue;
      countTask(open[i], counted, nextItem);
      const earlier = resumes.get(open[i]);
      if (earlier) countTask(earlier, counted, nextItem);
    }
    lastTask = task;
    continuationOpen = true;
    t.rowCount++;
    t.lastRow = r;
    return task;
  };

  /**
   * The row's own text; `col` is where its words are ("I | Quý III (96 nhiệm vụ)": B, not the "I").
   * Values a vertical merge gives down from above are not the row's: a "Tháng 8" row crossed by a
   * leader merged down a run of tasks is still a month row, and a title merged two rows tall one title.
   */
  const rowText = (row: number): RowText => {
    const cols = view.hasMergedBelow(row) ? view.filledColumns(row).filter((c) => !view.isMergedBelow(row, c)) : view.filledColumns(row);
    const texts = cols.map((c, i) => (i === 0 ? partAsRoman(view.text(row, c)) : view.text(row, c)));
    const wordy = texts.findIndex((t) => !isRomanNumeral(t) && !isLetterMarker(t) && !/^\d+[.)]?$/.test(t));
    return { text: texts.join(' '), col: cols[wordy >= 0 ? wordy : 0] ?? 1, cells: cols.length };
  };

  /** The row's cell under "Phòng/đơn vị tham mưu" (or "Đơn vị chủ trì"), kept when it names someone. */
  const kpiUnitCell = (t: ParsedTable, r: number): void => {
    const col = t.columns.kpiAdvisor ?? t.columns.lead;
    if (col === undefined || view.isMergedBelow(r, col)) return;
    const text = view.text(r, col);
    if (!isBlankField(text)) out.kpiUnits.push({ sheet: view.name, row: r, col, text });
  };

  /** A row of a KPI table: a KPI counted, a heading, or the footer that ends the table. */
  const kpiRow = (t: ParsedTable, r: number, sttText: string, lineOf: () => RowText): void => {
    if (isFooter(view, r)) {
      table = null;
      return;
    }
    kpiUnitCell(t, r);
    // A section row: no KPI name, or a Roman-numbered part that is a heading ("II | Nhiệm vụ
    // thường xuyên (2 nhiệm vụ)" after the KPIs); other Roman rows group KPIs.
    const name = t.columns.kpiName !== undefined ? view.text(r, t.columns.kpiName) : '';
    const roman = isRomanNumeral(sttText);
    // "B | NHIỆM VỤ CỤ THỂ" under the KPIs: the document's next part, as in a task table, no KPI.
    const letter = /^[A-ZĐ][.)]?$/u.test(sttText);
    const text = lineOf().text;
    // "I." groups KPIs as "I" does: its dot does not make any words after it a heading.
    const romanLine = roman && name && sttText.endsWith('.') && text.startsWith(sttText) ? `${sttText.slice(0, -1)}${text.slice(sttText.length)}` : text;
    const h = !name || roman ? parseHeading(romanLine) : letter && text.startsWith(sttText) ? parseHeading(`${sttText}.${text.slice(sttText.length)}`) : null;
    if (h) {
      applyHeading(h, r, lineOf().col, lineOf().text, roman ? 'roman' : letter ? 'letter' : null);
      afterHeading = true;
      kpiAbove = null;
      return;
    }
    if (name && !roman) {
      t.rowCount++;
      // "- Cấp tỉnh" with no number under "1 | Tổng số đề tài, dự án" is a part of that KPI: a heading's
      // count ("Gồm 04 nội dung") counts the numbered KPIs.
      const part = sttText === '' && kpiAbove === t && TEXT_BULLET.test(name);
      if (sttText !== '') kpiAbove = t;
      if (part) t.kpiParts = (t.kpiParts ?? 0) + 1;
      const under = part ? kpiPartsUnder : kpiRowsUnder;
      for (let i = 0; i < open.length; i++) under.set(open[i], (under.get(open[i]) ?? 0) + 1);
    } else kpiAbove = null;
    t.lastRow = r;
    afterHeading = false;
  };

  /**
   * "Tổng cộng | … | 350": a total row of figures. Only a number under the task's own columns counts
   * tasks; a budget summed or statuses counted end the tasks and declare nothing. False: no such row.
   */
  const totalLine = (t: ParsedTable, r: number, sttText: string): boolean => {
    const last = out.tasks[out.tasks.length - 1];
    const total = totalRow(view, t, r, sttText, last?.table === t ? last.sttNumber : null);
    if (!total) return false;
    const count = total.count !== null ? figureCount(total.count) : null;
    const h = count !== null ? totalHeading(foldKey(total.label), count) : null;
    if (h) applyHeading(h, r, total.col, total.label);
    continuationOpen = false;
    lastTask = null;
    t.lastRow = r;
    afterHeading = h !== null;
    return true;
  };

  /**
   * A table row that is no task number: the end of the table (a signature, a remark), a heading, a
   * review's row, a unit's group line, a whole task whose number was forgotten, or the rest of the
   * task above.
   */
  const otherRow = (t: ParsedTable, r: number, sttText: string, sttMerged: boolean, lineOf: () => RowText, underHeading: boolean): void => {
    // A signature block ("Nơi nhận:", "KT. GIÁM ĐỐC") ends the table, even with no blank line above it;
    // so does a remark ("Ghi chú: …"), unless tasks follow it. Neither is a section, even in the number column.
    const signature = isSignature(view, r);
    if (signature || isRemark(view, r) || isFootnote(view, r, continuationOpen ? lastTask : null)) {
      paused = signature ? null : t;
      table = null;
      lastTask = null;
      continuationOpen = false;
      return;
    }

    if (totalLine(t, r, sttText)) return;

    // Section rows: Roman numerals, letters, or one text merged across, or a heading in the number column.
    // "I", "II" number parts; inside a quarter a lower-case "i" or "v" is the 9th or 22nd letter.
    const romanMarker = sttText !== '' && !sttMerged && isRomanNumeral(sttText) && (sttText === sttText.toUpperCase() || quarter === null);
    // "II | Công tác thanh tra | Văn phòng Sở | … | PGĐ Sở Mai Thoan": the part is named by its title cell, not its other cells.
    const line = romanMarker ? titleLine(view, t.columns, r, sttText) ?? lineOf() : lineOf();
    // The task above goes on under a blank row (a page break pasted from PDF) when the row plainly continues it.
    const goesOn = continuationOpen || (lastTask !== null && !sttText && !sttMerged && continuesAfterBlank(view, lastTask, r));
    const letter = sttText !== '' && !sttMerged && isLetterMarker(sttText) && !hasTaskCells(view, t.columns, r);
    // A marker in its own cell numbers the title as "III." would: "III | Những nhiệm vụ … theo từng
    // Quý, tháng: Tổng cộng 288 nhiệm vụ, cụ thể:" declares its count however long it is.
    const heading = parseHeading(line.text) ?? ((romanMarker || letter) && line.text.startsWith(sttText) ? parseHeading(`${sttText}.${line.text.slice(sttText.length)}`) : null);
    // "III | Tổ chức hội thảo | Phòng QLKH&ĐMST | Hội thảo | PGĐ …" right after task 2: a whole task
    // numbered in Roman by slip, naming no period, count or all-year part, is a task, not a section.
    // Numbers starting again at 1 below it make it a part's heading ("II | Công tác thanh tra | …" after task 1).
    // "I | Xây dựng kế hoạch | …" over 2, 3: the first task, its "1" typed in Roman.
    const romanSlip =
      romanMarker &&
      ((lastTask?.sttNumber != null && (romanValue(sttText) === lastTask.sttNumber + 1 || standsForSkipped(view, t.columns, r, lastTask.sttNumber))) ||
        (romanValue(sttText) === 1 && numberBelow(view, t.columns, r) === 2)) &&
      isWholeTask(view, t.columns, r) &&
      !numberingRestarts(view, t.columns, r) &&
      (heading === null || (heading.level === 1 && !heading.allYear && heading.declared === null));
    const roman = romanMarker && !romanSlip;
    // "2. Những nội dung … Quý II: Gồm 19 nhiệm vụ" or a short "Quý I" merged across from the number column.
    // Not a coded task ("I.2 | … | Văn phòng Sở | … | Chuyển sang Quý IV"): its cells name no quarter of the table.
    const headingInNumberColumn =
      sttText !== '' && !sttMerged && !isTaskNumber(sttText) && (sttText.length > 6 || (heading !== null && (heading.level !== 1 || heading.cellWords === true))) && (!hasTaskCells(view, t.columns, r) || onlyFiguresInTaskCells(view, t.columns, r));
    // An unnumbered section title in the task column is a heading when it names a quarter or month,
    // all-year tasks ("NHIỆM VỤ THƯỜNG XUYÊN") or a review's block written as a title ("ĐỀ XUẤT BỔ
    // SUNG", "Đề xuất bổ sung nhiệm vụ:"); not a line in lower case (a task's text split at a page),
    // nor a task's line that proposes ("Đề xuất bổ sung kinh phí năm 2026").
    const blockTitle = headingProposalKind(line.text) !== null && (isUpperCaseTitle(line.text) || /:\s*$/.test(line.text) || heading?.declared != null);
    // "Thường xuyên" alone in the deadline column is a split task's deadline; in the number or task column, a heading.
    const placed = !heading?.cellWords || line.col === t.columns.stt || line.col === t.columns.task || view.mergedTo(r, line.col) > line.col;
    const titled = heading !== null && placed && (heading.level !== 1 || ((heading.allYear || blockTitle || isArisingCount(heading)) && /^\p{Lu}/u.test(line.text)));
    // "Gồm 5 nhiệm vụ" on its own line under a heading gives the heading its count.
    const countLine = underHeading && !sttText && heading !== null && heading.declared !== null && isCountLine(line.text);
    // "quý II năm 2025 gửi UBND tỉnh" under "Báo cáo của": the rest of the task above, not a heading.
    const continued = titled && !sttText && !sttMerged && goesOn && lastTask !== null && continuesTask(view, lastTask, r, line, heading!);
    // "2. Công tác thanh tra" alone in the task column, numbers starting again at 1 under it: a section, whatever the task above ends with.
    // Numbers going on under it, a section too when it reads as a title and the task above is whole.
    const section =
      heading !== null &&
      heading.level === 1 &&
      !sttText &&
      line.cells <= 2 &&
      MARKED_TITLE.test(line.text) &&
      (numberingRestarts(view, t.columns, r) || titleOverNumbering(view, t.columns, r, line, lastTask) || titleOverPeriod(view, r, line, lastTask));
    // "a) Hội nghị sơ kết" with no cells under a task opening a list ("1 | Tổ chức các hội nghị, gồm: | …"): its item, no section.
    if (letter && lastTask !== null && t.kind === 'tasks' && letteredItemOf(view, t.columns, sttText, lastTask, heading)) {
      notePartPeriods(view, lastTask, r, sttText);
      appendContinuation(view, lastTask, r);
      t.lastRow = r;
      return;
    }
    // (Written from the number column, the title is all of the row's text: "Danh mục …" in column A.)
    const tableTitle = !sttMerged && (!sttText || (line.col === t.columns.stt && sttText.length > 6 && !isTaskNumber(sttText))) && titlesTableBelow(view, t, r, line);
    // Titled by a line naming no period, the next table is no part of the quarter or month read inside this one
    // once that one has all the tasks its count says ("Quý III (2 nhiệm vụ)" over 1, 2); short of them, its
    // unit blocks may go on under a header of their own ("Văn phòng Sở" over the header again, 1, 2). A list
    // of its own ("Danh mục nhiệm vụ chuyển tiếp") is none of them, count or not.
    if (tableTitle && (heading === null || heading.level === 1) && (periodsFull(t) || LIST_TITLE.test(foldKey(line.text)))) {
      ({ quarter, quarterHeading, quarterFrom, quarterSection, month, monthFrom, periodRow, monthNextYear } = tablePeriod);
      while (open.length && open[open.length - 1].row > t.firstRow) open.pop();
    }
    if (roman || letter || headingInNumberColumn || countLine || section || tableTitle || (titled && line.cells <= 2 && !sttText && !continued)) {
      const marker = roman ? 'roman' : letter ? 'letter' : null;
      if (heading) applyHeading(countBeside(view, r, heading, line.col, t.columns), r, line.col, line.text, marker);
      // "II | Công tác …" joins as "II Công tác …": the label is after the marker; a title in the number column is all label.
      else applyHeading({ level: 1, quarter: null, month: null, year: null, declared: null, label: marker ? line.text.replace(/^\S+\s*/, '') : line.text, allYear: false }, r, line.col, line.text, marker);
      continuationOpen = false;
      lastTask = null;
      t.lastRow = r;
      afterHeading = true;
      return;
    }

    // In a review a row needs no unit or product to be one: a new task proposed ("BS1", no number).
    // Under "ĐỀ XUẤT BỎ", a row with no number is the next proposal, not the words of the one above.
    const blockRow = proposalBlock !== null && startsBlockRow(view, t.columns, r) && !(goesOn && lastTask !== null && fillsCutCell(view, lastTask, r));
    if ((t.kind === 'review' || proposalBlock) && !sttMerged && (blockRow || startsReviewRow(view, t.columns, r))) {
      addTask(t, r, sttText);
      return;
    }

    // A whole task with no number (the number was forgotten) is a task, not a continuation: a row
    // split by a page break starts in lower case or lacks most cells.
    // So is a row with a bullet or a code of its own for its number ("-", "•", "I.1", "BS1") and a
    // task's cells: a unit listing its tasks so (a number CTCT cannot read is no missing number).
    const coded = sttText !== '' && !isTaskNumber(sttText);
    const whole =
      ((!sttText || coded) && !sttMerged && isWholeTask(view, t.columns, r) && !(goesOn && lastTask && !coded && fillsCutCell(view, lastTask, r) && (!namesItsUnit(view, t.columns, r) || closesBracket(view, lastTask, r) || repeatsUnit(view, lastTask, r)))) ||
      (!sttText && !sttMerged && (takesSkippedNumber(view, t.columns, r, lastTask) || numberedInText(view, t.columns, r, lastTask))) ||
      (coded && !sttMerged && bulletListsOn(view, t.columns, r, sttText, lastTask));
    // A unit listing its tasks with a dash in the task column, no number ("- Xây dựng …" under
    // "Tháng 7"): each such row is a task, unless it is a sub-item of the numbered task above it.
    // (A blank row between does not part a sub-item from its task: headings are what end a task's items.)
    // Under a unit's group row ("1 | Phòng QLKH&ĐMST") the dashed rows are that unit's tasks.
    if (!whole && !sttText && !sttMerged) {
      const overUnitTitle = lastTask !== null && isTitleOverDashes(view, lastTask, r);
      const underUnit = lastTask ? unitListed.has(lastTask) || headsUnitGroup(lastTask) || overUnitTitle : underUnitHeading;
      // A title's items right under a month row below it ("2 | … gồm:" / "Tháng 8" / "- Hội thảo …") are its, as right under it.
      const titleOverPeriod = lastTask === null ? taskOverPeriod(r) : null;
      const title = lastTask ?? titleOverPeriod;
      const overTitle = title !== null && isBareTitleOverDashes(view, title, r);
      if ((underUnit || overTitle || !lastTask || (bulleted.has(lastTask) && !isSubItem(view, t.columns, r, lastTask))) && isBulletedTask(view, t.columns, r, underUnit)) {
        if (overTitle) lastTask = title;
        const task = addTask(t, r, sttText, true, overUnitTitle || overTitle);
        bulleted.add(task);
        if (underUnit) unitListed.add(task);
        return;
      }
    }
    // "Văn phòng Sở" alone in the task column, numbers starting again at 1 (or dashed tasks) under it: the unit's group.
    if (!sttText && !sttMerged && isUnitGroupRow(view, t.columns, r, continuationOpen ? lastTask : null)) {
      applyHeading({ level: 4, quarter: null, month: null, year: null, declared: null, label: line.text, allYear: false }, r, line.col, line.text);
      underUnitHeading = true;
      continuationOpen = false;
      lastTask = null;
      t.lastRow = r;
      afterHeading = true;
      return;
    }
    // "Công tác thanh tra:" alone in the task column under a whole task: a group's title, not its rest;
    // so is any line merged across the task's other columns, as section rows are, however long.
    if (!sttText && !sttMerged && (isUnnumberedTitle(view, t.columns, r, line, lastTask, underPageHeader(t, r)) || isMergedTitle(view, t.columns, r, line, lastTask))) {
      // Inside a section ("NHIỆM VỤ THƯỜNG XUYÊN") it groups that section's tasks, which stay in it.
      const level = section !== null ? 4 : 1;
      applyHeading({ level, quarter: null, month: null, year: null, declared: null, label: line.text.replace(/\s*:\s*$/, ''), allYear: false }, r, line.col, line.text);
      continuationOpen = false;
      lastTask = null;
      t.lastRow = r;
      afterHeading = true;
      return;
    }
    // "Số nhiệm vụ: 4" alone among the tasks of a quarter or month: that heading's count, no task's text.
    const counting = open[open.length - 1];
    if (!sttText && !sttMerged && line.cells === 1 && heading?.declared != null && counting && !counting.review && isCountLine(line.text)) {
      addCount(counting, heading.declared, r, line.col);
      continuationOpen = false;
      lastTask = null;
      t.lastRow = r;
      return;
    }
    if (lastTask && !whole && (goesOn || sttMerged)) {
      appendContinuation(view, lastTask, r);
      t.lastRow = r;
      return;
    }

    // A number written by a formula whose result the file does not keep (saved by another tool)
    // is a number all the same: not a forgotten one.
    if (whole) {
      const task = addTask(t, r, sttText);
      const formula = !coded && t.columns.stt !== undefined && !!view.formula(r, t.columns.stt);
      task.sttMissing = !coded && !formula;
      if (formula) task.sttFormula = true;
    }
    // The next item of the task's list ("- Kiểm tra hồ sơ" after a blank row under "… gồm:", "- Kiểm tra tại cơ sở").
    else if (lastTask && !sttText && !sttMerged && nextListItem(view, t.columns, r, lastTask)) {
      appendContinuation(view, lastTask, r);
      t.lastRow = r;
    }
    // A line read as nothing else is reported (checks/unread-rows.ts); an aside in brackets is a remark.
    else if (!/^\(.*\)$/s.test(line.text) && !isBlankField(line.text)) unread.push({ row: { sheet: view.name, row: r, col: line.col, text: line.text }, table: t, taskLike: filledAt(view, r, t.columns.task) && (hasTaskCells(view, t.columns, r) || readsAsTask(view, r, line, t.columns)) });
  };

  // The row's joined text, made when first asked (most task rows never ask). One closure for the
  // sheet: one made in the loop would take a context per row, `r` with it.
  let lineRow = 0;
  let lineCache: RowText | null = null;
  const lineOf = (): RowText => (lineCache ??= rowText(lineRow));

  for (let r = 1; r <= view.rowCount; r++) {
    if (view.isBlankRow(r)) {
      continuationOpen = false;
      continue;
    }
    const headerLike = !cannotBeHeader(view, r);
    let header = headerLike ? detectHeader(view, r) : null;
    // `table` is also set in closures, which TS does not follow: it would take it for null here.
    const current = table as ParsedTable | null;
    if (headerLike && current?.kind === 'tasks' && (!header || !sameLayout(current.columns, header.columns))) {
      const rows = repeatedHeaderRows(view, r, current);
      if (rows) header = { columns: { ...current.columns }, rows, kind: current.kind };
    }
    if (header) {
      // The same header again after tasks is a page break; after a heading it starts a new table.
      if (table && !afterHeading && table.kind === header.kind && sameLayout(table.columns, header.columns)) {
        table.repeatedHeaderRows.push(...header.rows);
        // A page break: the row under the header may be the rest of the task it cut, a blank row above the header or not.
        if (lastTask) continuationOpen = true;
      } else {
        table = {
          sheet: view.name,
          kind: header.kind,
          headerRows: header.rows,
          repeatedHeaderRows: [],
          columns: header.columns,
          ticks: header.ticks,
          periodTicks: header.periodTicks,
          firstRow: header.rows[0],
          lastRow: header.rows[header.rows.length - 1],
          title: lastHeadingText,
          rowCount: 0,
        };
        out.tables.push(table);
        tablePeriod = periodState();
        paused = null;
        titleItems = false;
        underUnitHeading = false;
        listedUnder = null;
        lastTask = null;
        continuationOpen = false;
        scope = ++scopeTop;
      }
      r = header.rows[header.rows.length - 1];
      afterHeading = false;
      continue;
    }

    if (!table && paused && resumesTable(view, paused, r)) {
      table = paused;
      paused = null;
    }
    if (!table) {
      const line = rowText(r);
      const h = parseHeading(line.text);
      if (h && line.cells <= 2) {
        applyHeading(countBeside(view, r, h, line.col), r, line.col, line.text);
        afterHeading = true;
        // A title can read as a heading too ("NHIỆM VỤ TRỌNG TÂM NĂM 2025"): its year still dates the sheet.
        if (out.tables.length === 0) out.titleLines.push(line.text);
      } else if (out.tables.length === 0) {
        out.titleLines.push(line.text);
        // A month plan's title ("KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025") dates its tasks as a month row would.
        const month = line.cells <= 2 ? (titleMonth(line.text) ?? titleQuarterOfMonths(line.text)) : null;
        if (month) applyHeading(month, r, line.col, line.text);
      }
      continue;
    }
    const underHeading = afterHeading;
    afterHeading = false;

    lineRow = r;
    lineCache = null;
    const cols = table.columns;
    const sttText = cols.stt !== undefined ? partAsRoman(view.text(r, cols.stt)) : '';
    const sttMerged = cols.stt !== undefined && view.isMergedBelow(r, cols.stt);

    // "1 | 2 | 3 | … | 7" under the header (and again at page breaks) numbers the columns.
    if (/^\(?1\)?$/.test(sttText) && isColumnNumbering(view, r)) {
      table.lastRow = r;
      continue;
    }

    if (table.kind === 'kpi') {
      kpiRow(table, r, sttText, lineOf);
      continue;
    }

    // A page number pasted from PDF ("2", "- 2 -", "Trang 2") over the header repeated on the next page: no task, no task's rest.
    // Asked once per row: both tests below read it.
    const page = pageLine(view, r, table);
    if (page !== null && isPageNumber(view, r, table, page)) {
      table.lastRow = r;
      continue;
    }
    // A page's running title among the tasks with no header repeated under it ("PHỤ LỤC II (tiếp
    // theo)"): no task's text, nor a new part, as it says the part goes on (numbers going on under
    // it); a task cut at the page goes on below it. A table's first line keeps its heading.
    // One naming another part than the one in force ("Tháng 7 (tiếp)" under Tháng 8, the all-year tasks under a quarter) takes its tasks back there: a heading.
    if (lastTask !== null && page === 'title' && numberBelow(view, cols, r) !== 1 && !namesOtherPart(lineOf().text, quarter, month)) {
      table.lastRow = r;
      continue;
    }

    // A number starts a task; a merged number cell continues the task above. A number whose
    // formula broke (#REF!) still starts a task: the formula-error check says what happened. But a
    // numbered quarter or month ("1 | Những nội dung hoàn thành trong Quý III: Gồm 26 nhiệm vụ",
    // "2 | Tháng 8") with no unit, leader or product is a heading, as in the 2024 programme.
    // (The row's text is joined only for rows without a task's cells: nearly every task row has them.)
    const numbered = sttText !== '' && !sttMerged && isTaskNumber(sttText);
    const bare = numbered && (!hasTaskCells(view, cols, r) || onlyFiguresInTaskCells(view, cols, r));
    // "3 | Tổng cộng", "3 | Tổng cộng | | | 3": a total row numbered as the next task would be.
    if (numbered && totalLine(table, r, sttText)) continue;
    const numberedHeading = bare && !countsAmongTasks(view, cols, r, sttText, lastTask) ? numberedHeadingOf(lineOf().text) : null;
    if (numberedHeading) {
      applyHeading(countBeside(view, r, numberedHeading, lineOf().col, cols), r, lineOf().col, lineOf().text);
      const number = sttInteger(sttText);
      if (number !== null && (numberedHeading.level === 2 || numberedHeading.level === 3)) periodRow = { number, label: numberedHeading.label };
      continuationOpen = false;
      lastTask = null;
      table.lastRow = r;
      afterHeading = true;
      continue;
    }
    // "1.1 | Hội nghị sơ kết" with none of a task's cells under task "1", which has its own: a part of it, not a task.
    // So is one right under a month row below task "1": its number says whose part it is.
    const partOf: ParsedTask | null = numbered && bare ? (lastTask ?? taskOverPeriod(r)) : null;
    if (partOf !== null && table.kind === 'tasks' && isPartNumber(sttText, partOf) && !isBareHeading(partOf)) {
      if (partOf === lastTask) notePartPeriods(view, partOf, r, sttText);
      else notePartUnderPeriod(partOf, r, sttText);
      appendContinuation(view, partOf, r);
      lastTask = partOf;
      continuationOpen = true;
      table.lastRow = r;
      continue;
    }
    if (numbered || (sttText && !sttMerged && isErrorCell(view.value(r, cols.stt!)))) {
      addTask(table, r, sttText);
      continue;
    }
    // "a) | Xây dựng … | Phòng … | …": a lettered task of its own (under a numbered group, or not).
    if (!sttMerged && isLetterMarker(sttText) && !isRomanNumeral(sttText) && hasTaskCells(view, cols, r)) {
      addTask(table, r, sttText);
      continue;
    }

    // "4 Tổ chức … | | Phòng … | …" after task 3: PDF put the task's words in its number cell.
    const spilled = table.kind === 'tasks' && !sttMerged ? wordsInNumberCell(view, cols, r, sttText, lastTask) : null;
    if (spilled) {
      const task = addTask(table, r, spilled.number);
      task.text.task = spilled.text;
      (task.fieldCols ??= {}).task = cols.stt;
      continue;
    }

    otherRow(table, r, sttText, sttMerged, lineOf, underHeading);
  }
  // Counts a sheet with no table declares (a cover page's "Gồm 12 nhiệm vụ") have nothing to count.
  if (!out.tables.length) out.sections = [];
  // A total above the tasks ("Tổng cộng 288 nhiệm vụ" as the table's first line) sums the quarters,
  // as one under them does: the all-year tasks below it are not in it.
  for (const s of out.sections) {
    if (s.level !== 0 || s.review || out.tasks.some((t) => t.row < s.row)) continue;
    const quarterly = quarterlyCount(out.tasks.filter((t) => t.row > s.row));
    if (quarterly && quarterly < s.actual) s.actual = quarterly;
  }
  periodCellsWrittenOnce(out.tasks, out.tables, out.titleLines.some(turnsYear));
  reviewsReadAsTasks(out);
  // A heading over KPIs only ("1. Các chỉ tiêu …: Gồm 04 nội dung") counts its KPI rows.
  // "Gồm 03 chỉ tiêu" counts them too; over tasks it counts nothing read.
  for (const s of out.sections) {
    const kpis = s.actual === 0 ? kpiRowsUnder.get(s) : undefined;
    if (!kpis) continue;
    [s.actual, s.counts] = [kpis, 'kpi'];
    if (kpiPartsUnder.has(s)) s.kpiParts = kpiPartsUnder.get(s);
    if (s.declared === null && kpiDeclared.has(s)) s.declared = kpiDeclared.get(s)!;
  }
  markCountLists(out);
  countGroupsOnce(out.sections);
  out.unread = unreadInBody(out, unread);
  return out;
}

/**
 * The rows read as nothing that stand between a table's rows, a task or proposal of it below them.
 * Under its last one is what a document writes under its table (a footnote, the signer's title,
 * name and seal, the place and date), however worded: nothing of the programme is lost there;
 * but the first row there with a task's text and some of its cells (a unit, product or leader),
 * which no footnote or signature has, is a task misread: reported too.
 */
function unreadInBody(out: SheetParse, rows: readonly { row: UnreadRow; table: ParsedTable; taskLike: boolean }[]): UnreadRow[] {
  if (!rows.length) return [];
  const lastRow = new Map<ParsedTable, number>();
  for (const t of out.tasks) lastRow.set(t.table, Math.max(lastRow.get(t.table) ?? 0, t.row));
  for (const p of out.proposals) lastRow.set(p.task.table, Math.max(lastRow.get(p.task.table) ?? 0, p.task.row));
  const tailSeen = new Set<ParsedTable>();
  return rows
    .filter((u) => {
      const last = lastRow.get(u.table) ?? 0;
      if (u.row.row < last) return true;
      if (!last || !u.taskLike || tailSeen.has(u.table)) return false;
      tailSeen.add(u.table);
      return true;
    })
    .map((u) => u.row);
}

/**
 * A line alone in the task column that reads as a task's text: it starts a sentence and ends none
 * ("Tổ chức kiểm tra đột xuất"); not a remark's sentence ("Các phòng cập nhật … trước ngày 25."), a
 * title or signer in capitals, a person's name ("Lê Văn Bình"), nor the title of a table right below.
 */
function readsAsTask(view: SheetView, r: number, line: RowText, cols: ColumnMap): boolean {
  const text = line.text.trim();
  if (line.cells !== 1 || line.col !== cols.task || !/^\p{Lu}/u.test(text) || text === text.toUpperCase()) return false;
  if (endsSentence(text) || PERSON_NAME.test(text)) return false;
  const key = foldKey(text);
  if (SIGNER.test(key) || UNDER_TABLE.test(key)) return false;
  const next = filledBelow(view, r);
  return next === null || detectHeader(view, next) === null;
}

/**
 * What a document writes under its table in any case (folded): "Ghi chú", "Nơi nhận" with no colon,
 * "Lưu VT", "Xác nhận của lãnh đạo", a date ("Ngày 15 tháng 7 năm 2025"), the next annex's title
 * ("Phụ lục III", "Kèm theo Quyết định số …"), a word on the list itself ("Danh sách này có …");
 * a signer's title is SIGNER.
 */
const UNDER_TABLE = /^(?:ghi chu|chu thich|luu y|noi nhan|luu\s*:?\s*(?:vt|van thu)\b|xac nhan cua|ngay\s*\d|phu luc\b|kem theo\b|(?:danh sach|bang|bieu) nay\b)/;

/** Two to five words, each capitalised: a name ("Lê Văn Bình"), no task's text. */
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;

/** The year of a task (`year`, or `yearAfter` the sheet's), a year on under a month range into the next year. */
function taskYear(year: number | null, yearAfter: number, nextYear: boolean): { year: number | null; yearAfter: number } {
  if (!nextYear) return { year, yearAfter };
  return year !== null ? { year: year + 1, yearAfter } : { year, yearAfter: yearAfter + 1 };
}

/** A heading's words without "(tiếp theo)", "(tiếp)", "(tt)" (folded): what a heading repeated on the next page shares with it. */
function headingKey(label: string): string {
  return foldKey(label).replace(/\s*\((?:tiep theo|tiep|tt)\)\s*$/, '');
}

/** One task more in a section (`counted` keeps where it went; a group's later item counted apart too). */
function countTask(s: ParsedSection, counted: ParsedSection[], laterItem: boolean): void {
  s.actual++;
  counted.push(s);
  if (laterItem) s.groupedItems = (s.groupedItems ?? 0) + 1;
}

/** A count line's count for a heading: its own when it wrote none, else a second one to check. */
function addCount(s: ParsedSection, declared: number, row: number, col: number): void {
  if (s.declared === null) [s.declared, s.countAt] = [declared, { row, col }];
  else if (s.declared !== declared) s.alsoDeclared = { declared, row, col };
}

/**
 * A heading whose count numbers each group of items once, as the TT column does ("Quý III (5 nhiệm
 * vụ)" over tasks 1–4 and "5 | Tổ chức các hoạt động, gồm:" over two items): its tasks are counted
 * so, in the check and in the summary alike. A count of every item agrees as it stands.
 */
function countGroupsOnce(sections: ParsedSection[]): void {
  for (const s of sections) if (s.groupedItems && s.declared === s.actual - s.groupedItems) s.actual = s.declared;
}

/** Two or more counted headings in a row with no task under any: a list of counts, the tasks being elsewhere (an annex). */
function markCountLists(out: SheetParse): void {
  const counted = out.sections.filter((s) => s.declared !== null && !s.review);
  for (let i = 0; i + 1 < counted.length; i++) {
    const a = counted[i];
    const b = counted[i + 1];
    if (a.actual || b.actual || out.tasks.some((t) => t.row > a.row && t.row < b.row)) continue;
    a.listed = b.listed = true;
  }
}

/**
 * "Quý III | 96", "Tháng 7 | (3)": a quarter's or month's count written as a figure alone in a cell of
 * its own, right of the heading's words, the row holding nothing else (markers left of them aside).
 * In a table, only under the columns a count of tasks is written under (not a deadline's serial). Not
 * a year ("Quý III | 2025").
 */
function countBeside(view: SheetView, r: number, h: Heading, col: number, cols?: ColumnMap): Heading {
  if (h.declared !== null || (h.level !== 2 && h.level !== 3) || h.thenMonth) return h;
  let declared: number | null = null;
  for (const c of view.filledColumns(r)) {
    if (c <= col || view.isMergedBelow(r, c)) continue;
    const text = view.text(r, c);
    const n = figureCount(text);
    const counting = !cols || COUNT_COLUMNS.some((k) => cols[k] === c);
    if (n === null || !counting || declared !== null || /^(19|20)\d\d$/.test(text.trim())) return h;
    declared = n;
  }
  return declared === null ? h : { ...h, declared };
}

/** A total row's label alone in its cell (folded): "Tổng cộng", "Cộng:", "Tổng số nhiệm vụ", "Cộng Quý III". */
const TOTAL_LABEL = new RegExp(String.raw`^${TOTAL_WORDS}(?:${TOTAL_PERIOD})?\s*:?$`);
/** A figure as a total row shows it: "350", "1.200", "(3)". */
const FIGURE = /^\(?-?\d[\d.,\s]*\)?$/;
/** The columns a count of tasks is written under: not a budget, a quantity, a status or a date. */
const COUNT_COLUMNS: TaskColumn[] = ['task', 'lead', 'coord', 'product', 'leader', 'note'];

/**
 * A total row under the tasks: a total's label in the number or task column, whatever its other
 * cells hold but a count in words. Its count of tasks is the one figure under the task's own
 * columns, if one is there; a sum of the budget or a count of the statuses is not. `col`: where
 * the row's count, or else its label, starts.
 */
function totalRow(view: SheetView, t: ParsedTable, r: number, sttText: string, lastNumber: number | null): { label: string; col: number; count: string | null } | null {
  const task = t.columns.task;
  const labelCol = isTotalLabel(sttText) ? t.columns.stt! : task !== undefined && isTotalLabel(view.text(r, task)) ? task : undefined;
  if (labelCol === undefined) return null;
  let count: string | null = null;
  let countCol = labelCol;
  let counted = 0;
  /** A figure in the number column: the row's number ("3 | Tổng cộng | | 2"), or its count when it is the only one and not the next task's number. */
  let numberFigure: string | null = null;
  for (const c of view.filledColumns(r)) {
    if (c === labelCol || view.isMergedBelow(r, c)) continue;
    const text = view.text(r, c);
    const figure = FIGURE.test(text);
    // Words beside the label ("Tổng cộng | 3 nhiệm vụ") say what they count: the row reads as a
    // heading. Other text ("x", "-") is no count: the row is still a total, declaring none from it.
    if (!figure && countIn(foldKey(text)) !== null) return null;
    if (c === t.columns.stt) numberFigure = figure ? text : null;
    else if (COUNT_COLUMNS.some((k) => t.columns[k] === c)) {
      count = figure ? text : null;
      countCol = c;
      counted++;
    }
  }
  // "4 | Tổng cộng" after tasks 1–3 numbers the row as the next task; "3 | Tổng cộng" there counts them.
  if (counted === 0 && numberFigure !== null && (lastNumber === null || sttInteger(numberFigure) !== lastNumber + 1)) {
    count = numberFigure;
    countCol = t.columns.stt!;
  }
  const figure = counted <= 1 ? count : null;
  return { label: view.text(r, labelCol).replace(/\s*:\s*$/, ''), col: figure !== null ? Math.min(labelCol, countCol) : labelCol, count: figure };
}

/** "Tổng cộng", "CỘNG:", "Tổng số nhiệm vụ", "Cộng Quý III" alone in a cell; not "cộng đồng", "Công tác". */
function isTotalLabel(text: string): boolean {
  // Asked of every numbered row's task cell: most are ruled out by length and first letter.
  if (text.length < 4 || text.length > 40) return false;
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x63) return false;
  const lower = text.toLowerCase();
  return (lower.startsWith('tổng') || lower.startsWith('cộng')) && TOTAL_LABEL.test(foldKey(text));
}

const FOOTER = /^(noi nhan|kt\.? ?giam doc|tl\.? ?giam doc|ky thay giam doc|nguoi lap( bieu)?)\s*:?$/;
/** "Ghi chú: …", "* Ghi chú:", "Lưu ý:", "Nguồn: …" opening a row: a remark under the table, not the task above's text. */
const REMARK = /^[*\s]*(ghi chu|chu thich|luu y|nguon)\s*:/;
/** "(*) Nhiệm vụ chuyển tiếp…", "* Nhiệm vụ…": a footnote's mark, then its words. */
const FOOTNOTE_MARK = /^(?:\(\*+\)\s*|\*+\s+)\S/;

/** A signer's line: "(Đã ký)", "Quảng Ngãi, ngày 15 tháng 7 năm 2025", or with the date left to write ("ngày ... tháng ... năm ..."). */
const SIGNED = /^(\(?da ky\)?|[a-z ]{2,30}, ngay .{0,40}(?:\d{4}|\.{2,}|…))$/;
/**
 * A signer's title alone, in capitals as a signature block writes it ("GIÁM ĐỐC", "Q. GIÁM ĐỐC",
 * "THỦ TRƯỞNG ĐƠN VỊ"; a leader cell says "Giám đốc Sở").
 */
const SIGNER = /^(?:(?:kt|tl|tm|q|ttl)\.? ?)?(pho )?(giam doc|truong phong|thu truong(?: don vi| co quan)?)( so)?$/;

/**
 * A line of the signature block under an official table: a cell that says only "Nơi nhận:", "KT.
 * GIÁM ĐỐC"…; or, on a line of one or two cells, "(Đã ký)", the place and date, "GIÁM ĐỐC".
 */
function isSignature(view: SheetView, r: number): boolean {
  const cols = view.filledColumns(r);
  if (cols.some((c) => FOOTER.test(foldKey(view.text(r, c))))) return true;
  if (cols.length > 2) return false;
  return cols.some((c) => {
    const text = view.text(r, c);
    const key = foldKey(text);
    return SIGNED.test(key) || (SIGNER.test(key) && text === text.toUpperCase());
  });
}

/** A remark that starts the row ("Ghi chú: …"). */
function isRemark(view: SheetView, r: number): boolean {
  const cols = view.filledColumns(r);
  return cols.length > 0 && REMARK.test(foldKey(view.text(r, cols[0])));
}

/**
 * A footnote alone on its row under a task table ("(*) Nhiệm vụ chuyển tiếp từ năm 2024"). A line
 * starting "* " right under a task that opens a list ("… gồm:"), or holds such items, is its next item.
 */
function isFootnote(view: SheetView, r: number, above: ParsedTask | null): boolean {
  const cols = view.filledColumns(r);
  if (cols.length !== 1) return false;
  const text = view.text(r, cols[0]);
  if (!FOOTNOTE_MARK.test(text)) return false;
  return text.startsWith('(') || !above || !(goesOnBelow(above) || /(?:^|\s)\*\s/.test(above.text.task ?? ''));
}

function isFooter(view: SheetView, r: number): boolean {
  return isRemark(view, r) || isSignature(view, r);
}

/** After a remark, a numbered row with a task's cells: the table goes on ("Ghi chú" was inside it). */
function resumesTable(view: SheetView, table: ParsedTable, r: number): boolean {
  const stt = table.columns.stt !== undefined ? view.text(r, table.columns.stt) : '';
  return stt !== '' && isTaskNumber(stt) && hasTaskCells(view, table.columns, r);
}

/** Whether some month of first..last lies in one of the quarters from..to ("Tháng 3" in "Quý I và Quý II"). */
function inQuarters(first: number, last: number, from: number, to: number): boolean {
  for (let q = from; q <= to; q++) if (monthsInQuarter(first, last, q)) return true;
  return false;
}

/**
 * Whether `parent` is a bare heading ("2 | … gồm:", no unit, leader or product) over sub-item `stt`
 * ("2.1") on row r; its unit or leader merged down over the sub-item is the items' own, not the heading's.
 */
function isGroupOver(view: SheetView, parent: ParsedTask, stt: string, r: number): boolean {
  // The parent's cells first: nearly every task has them, and is no group (no text is parsed then).
  if (!isBareHeading(parent) && !(parent.endRow === parent.row && (isBareBesideMerges(view, parent, r) || isTitleOverOwnCells(view, parent, r)))) return false;
  const s = stt.trim();
  // "2.1" under "2", or "a)" under any number.
  if (HIERARCHICAL.test(s)) return s.split('.')[0] === parent.stt;
  if (isLetterMarker(s)) return parent.sttNumber !== null;
  // "1 | Phòng QLKH&ĐMST", "(2) | Phòng Hành chính – Tổng hợp:" over tasks numbered again from 1, or bulleted.
  const text = parent.text.task ?? '';
  return (sttInteger(s) === 1 || BULLET.test(s)) && parent.sttNumber !== null && text.length <= 80 && (UNIT_TITLE.test(text) || /:\s*$/.test(text));
}

/**
 * A group row's words the tasks under it are listed by; the level of the quarter (2) or month (3)
 * rows of its own right under it (0: none); whether tasks came under it yet.
 */
interface TaskGroup {
  name: string;
  at: { row: number; col: number };
  over: number;
  tasks: boolean;
  /** A title's items ("4.1", "a)"): the group in force around the title, back after the items. */
  outer?: TaskGroup | null;
}

/**
 * Whether a lower-case letter ("a)", "b.") with no cells is an item of the task above: that task has
 * its own cells and its first row opens a list ("… gồm:"), the row reading as no quarter, month or count.
 */
function letteredItemOf(view: SheetView, cols: ColumnMap, stt: string, task: ParsedTask, heading: Heading | null): boolean {
  if (!/^[a-zđ]\s*[.)]?$/u.test(stt.trim()) || cols.task === undefined || isBareHeading(task)) return false;
  if (heading !== null && (heading.level === 2 || heading.level === 3 || heading.declared !== null)) return false;
  return /:\s*$/.test(view.text(task.row, cols.task));
}

/** "1.1", "1.2." under task "1" (or "1.2.1" under "1.2"): the number of a part of it. */
function isPartNumber(stt: string, parent: ParsedTask): boolean {
  const s = stt.trim();
  return parent.stt !== '' && HIERARCHICAL.test(s) && s.startsWith(`${parent.stt}.`);
}

/** An item's number under a title's: "4.1", "a)". */
function isItemNumber(stt: string): boolean {
  const s = stt.trim();
  return HIERARCHICAL.test(s) || isLetterMarker(s);
}

function newGroup(text: string, row: number, col: number): TaskGroup | null {
  const name = text.replace(/:\s*$/, '').trim();
  return name && name.length <= 60 ? { name, at: { row, col }, over: 0, tasks: false } : null;
}

/**
 * The group in force after a heading: a section or sub-section starts its own ("1 | Phòng
 * QLKH&ĐMST", "a | Văn phòng Sở"). A quarter or month row right under a group is its own, and so
 * are the next ones of that level and below; a quarter or month row after the group's tasks ends a
 * group it was inside of.
 */
function groupAfter(group: TaskGroup | null, h: Heading, row: number, col: number): TaskGroup | null {
  if (h.level === 0) return group;
  if (h.level === 1 || h.level === 4) return newGroup(h.label, row, col);
  // A title's items end at a quarter or month row: the group around the title decides.
  if (group?.outer !== undefined) group = group.outer;
  if (group && !group.tasks && !group.over) group.over = h.level;
  return group && group.over && h.level >= group.over ? group : null;
}

/**
 * A marked row's number and title cell alone ("II Công tác thanh tra"), when it has a task's other
 * cells too; not when another cell writes a count or period of its own ("I | Quý III | … | (3 nhiệm vụ)").
 */
function titleLine(view: SheetView, cols: ColumnMap, r: number, stt: string): RowText | null {
  if (cols.task === undefined || cols.task === cols.stt || !hasTaskCells(view, cols, r)) return null;
  if (view.filledColumns(r).some((c) => c !== cols.task && c !== cols.stt && parseHeading(view.text(r, c)) !== null)) return null;
  const title = view.text(r, cols.task);
  return title ? { text: `${stt} ${title}`, col: cols.task, cells: 2 } : null;
}

/** A group row that titles its items ("2 | Tổ chức các hoạt động, gồm:"), not one naming the unit whose tasks follow ("1 | Phòng QLKH&ĐMST"). */
function isGroupTitle(parent: ParsedTask): boolean {
  return !namesUnitAlone(parent.text.task ?? '');
}

/** A numbered row naming a unit and nothing more, none of a task's cells: a group over that unit's tasks ("1 | Phòng QLKH&ĐMST"). */
function headsUnitGroup(task: ParsedTask): boolean {
  return task.sttNumber !== null && isBareHeading(task) && namesUnitAlone(task.text.task ?? '');
}

const GROUP_FIELDS = ['lead', 'leader', 'product'] as const;

/** As isBareHeading, a cell merged down from the parent's row over row r (the run's unit, leader) counting as blank; its product blank. */
function isBareBesideMerges(view: SheetView, parent: ParsedTask, r: number): boolean {
  const cols = parent.table.columns;
  if (cols.product === undefined || !isBlankField(parent.text.product) || hasFormulaError(parent, 'product')) return false;
  let merged = false;
  for (const f of ['lead', 'leader'] as const) {
    const c = cols[f];
    if (c === undefined || isBlankField(parent.text[f])) continue;
    if (hasFormulaError(parent, f) || view.sourceRow(r, c) !== parent.row) return false;
    merged = true;
  }
  return merged;
}

/**
 * "4 | Tổ chức các hoạt động, gồm: | Phòng QLCN&CN", no product nor leader, over an item with its own
 * unit (the title's unit typed once more on it), or with no unit but its product and leader (the
 * unit typed once, on the title): a title over items.
 */
function isTitleOverOwnCells(view: SheetView, parent: ParsedTask, r: number): boolean {
  const cols = parent.table.columns;
  if (cols.product === undefined || cols.lead === undefined || !/:\s*$/.test(parent.text.task ?? '')) return false;
  if (!isBlankField(parent.text.product) || hasFormulaError(parent, 'product') || hasFormulaError(parent, 'lead')) return false;
  if (cols.leader !== undefined && (!isBlankField(parent.text.leader) || hasFormulaError(parent, 'leader'))) return false;
  if (view.sourceRow(r, cols.lead) !== r) return false;
  if (view.text(r, cols.lead) !== '') return true;
  const own = (c: number | undefined) => c !== undefined && view.sourceRow(r, c) === r && !isBlankField(view.text(r, c));
  return own(cols.product) && (cols.leader === undefined || own(cols.leader));
}

/**
 * A title with its unit typed ("4 | … gồm: | Phòng QLCN&CN", no product nor leader, one row) over an
 * item dashed in its text ("- Hội thảo") with no unit but its product and leader: the title's item,
 * as "a)" is. (Dashed items with cells of their own all: `isBareTitleOverDashes`.)
 */
function isTitleOverDashes(view: SheetView, parent: ParsedTask, r: number): boolean {
  const cols = parent.table.columns;
  if (cols.task === undefined || cols.lead === undefined || !TEXT_BULLET.test(view.text(r, cols.task))) return false;
  if (parent.endRow !== parent.row || parent.sttNumber === null || isBlankField(parent.text.lead) || view.text(r, cols.lead) !== '') return false;
  return isTitleOverOwnCells(view, parent, r);
}

/**
 * A numbered title opening a list with no product nor leader, its unit typed or not ("2 | Tổ chức
 * các hoạt động, gồm:"), over items dashed in their text, the first two each with its own unit,
 * product and leader: the items are tasks, the title their group. (One such item alone may be the
 * title's cells pushed down a line by a PDF: it stays the title's text.)
 */
function isBareTitleOverDashes(view: SheetView, parent: ParsedTask, r: number): boolean {
  const cols = parent.table.columns;
  if (parent.endRow !== parent.row || parent.sttNumber === null || !/(?::|\bgồm)\s*$/iu.test(parent.text.task ?? '')) return false;
  if (!(['product', 'leader'] as const).every((f) => cols[f] === undefined || (isBlankField(parent.text[f]) && !hasFormulaError(parent, f))) || hasFormulaError(parent, 'lead')) return false;
  return isOwnDashedItem(view, cols, r, r) && ownDashedItemBelow(view, cols, r, r);
}

/** The row below r (past blank rows) is a dashed item with its own unit, product and leader (`isOwnDashedItem`, merged from `from` on). */
function ownDashedItemBelow(view: SheetView, cols: ColumnMap, r: number, from: number): boolean {
  const next = filledBelow(view, r);
  return next !== null && isOwnDashedItem(view, cols, next, from);
}

/**
 * A row dashed in its task column ("- Hội thảo") with its own unit, product and leader (where the
 * table has them): typed on it, or merged down over it from an item's row (`from` on), not the title's.
 */
function isOwnDashedItem(view: SheetView, cols: ColumnMap, r: number, from: number): boolean {
  if (cols.task === undefined || cols.lead === undefined || !TEXT_BULLET.test(view.text(r, cols.task))) return false;
  if (cols.stt !== undefined && view.text(r, cols.stt) !== '') return false;
  return GROUP_FIELDS.every((f) => cols[f] === undefined || (view.sourceRow(r, cols[f]!) >= from && !isBlankField(view.text(r, cols[f]!))));
}

/** No unit, leader or product where the table has those columns (and no formula error there). */
function isBareHeading(task: ParsedTask): boolean {
  let any = false;
  for (const f of GROUP_FIELDS) {
    if (task.table.columns[f] === undefined) continue;
    if (!isBlankField(task.text[f]) || hasFormulaError(task, f)) return false;
    any = true;
  }
  return any;
}

/**
 * A row that numbers the columns under a header: only the integers from 1 to its number of cells,
 * each once, in at least three cells ("1 | 2 | 3", "(1) | (2) | (3)", "(1) | (3) | (2)").
 */
function isColumnNumbering(view: SheetView, r: number): boolean {
  const cols = view.filledColumns(r);
  if (cols.length < 3) return false;
  // In any order: columns moved after they were numbered keep their numbers.
  const numbers = new Set(cols.map((c) => view.text(r, c).replace(/^\((\d+)\)$/, '$1')));
  return numbers.size === cols.length && cols.every((_c, i) => numbers.has(String(i + 1)));
}

/**
 * The heading a numbered row with none of a task's cells is, if it is one: its text is a quarter or
 * month heading, an all-year part's title ("1 | Nhiệm vụ trọng tâm", "2 | NHIỆM VỤ THƯỜNG XUYÊN"), or
 * states a count. (A task that only mentions a quarter, "5 | Báo cáo kết quả Quý III | Phòng …", has
 * a task's cells and is not asked.)
 */
/** "2 quý iii …", "2 tháng 8" (folded): a number, then a quarter's or month's word. */
const NUMBERED_PERIOD = new RegExp(String.raw`^\S+\s+(?:${QUARTER_WORD}|thang)\s`);

/**
 * A numbered row between the tasks numbered just before and just after it ("1", "2 | Giải quyết công
 * việc phát sinh (3 nhiệm vụ)", "3"): a task of that numbering, not a section's title, whatever its
 * words (under a title the numbers start again at 1). A quarter or month row stays one.
 */
function countsAmongTasks(view: SheetView, cols: ColumnMap, r: number, sttText: string, above: ParsedTask | null): boolean {
  const n = sttInteger(sttText);
  if (n === null || above === null || above.sttNumber !== n - 1 || numberBelow(view, cols, r) !== n + 1) return false;
  const h = parseHeading(view.text(r, cols.task ?? cols.stt!));
  return h === null || (h.level === 1 && !h.allYear);
}

function numberedHeadingOf(text: string): Heading | null {
  // "(1) | Nhiệm vụ trọng tâm" is numbered as "1 | …" is.
  const h = parseHeading(text.replace(/^\((\d{1,3})\)/, '$1'));
  if (!h || h.level === 0) return null;
  const headingWords = NUMBERED_PERIOD.test(foldKey(text));
  return h.declared !== null || ((h.level === 2 || h.level === 3) && headingWords) || (h.level === 1 && h.allYear && !h.cellWords) ? h : null;
}

function hasTaskCells(view: SheetView, cols: ColumnMap, r: number): boolean {
  return filledAt(view, r, cols.lead) || filledAt(view, r, cols.leader) || filledAt(view, r, cols.product);
}

/**
 * A task's cells holding a figure alone, if any ("1 | Quý III | 96", the count under the unit's
 * column): a quarter or month row's count, no unit, leader or product. (Nearly every task's unit
 * cell starts with a letter, ruled out at its first character.)
 */
function onlyFiguresInTaskCells(view: SheetView, cols: ColumnMap, r: number): boolean {
  // Asked of every task row: no array, no regex, until a cell starts like a figure.
  return figureOrBlank(view, r, cols.lead) && figureOrBlank(view, r, cols.leader) && figureOrBlank(view, r, cols.product);
}

function figureOrBlank(view: SheetView, r: number, c: number | undefined): boolean {
  const text = c !== undefined ? view.text(r, c) : '';
  if (text === '') return true;
  const first = text.charCodeAt(0);
  return (first === 0x28 || (first >= 0x30 && first <= 0x39)) && figureCount(text) !== null;
}

function filledAt(view: SheetView, r: number, c: number | undefined): boolean {
  return c !== undefined && view.text(r, c) !== '';
}

/** The marks units put before a list item, in the number column or opening its text. */
const BULLET_MARKS = '[-+•*–—]';
/** A line opening with a bullet and a space ("- ", "– ", "* "): an item of its own in a task's text. */
const ITEM_LINE = new RegExp(`^${BULLET_MARKS}\\s`, 'u');
/** A bullet standing for a number in the number column. */
const BULLET = new RegExp(`^${BULLET_MARKS}$`);

/** Words a unit's name starts with: a group row naming one is no part of a task's text. */
/** The words a unit's name starts with ("Tổ chức", "Ban hành" open a task's words); what follows them is the rest of its name. */
const UNIT_WORD = String.raw`^(?:các\s+)?(?:phòng|văn phòng|trung tâm|thanh tra|chi cục|tổ(?!\s+chức(?!\p{L}))|ban(?!\s+hành(?!\p{L}))|đơn vị)\s+`;
const UNIT_TITLE = new RegExp(String.raw`${UNIT_WORD}\S`, 'iu');
const UNIT_NAME = new RegExp(String.raw`${UNIT_WORD}(.+)$`, 'iu');

/** A unit's name and nothing more: "Phòng QLKH&ĐMST", "Văn phòng Sở", not "Văn phòng Sở tổng hợp" (words after it). */
function isUnitName(text: string): boolean {
  const m = UNIT_NAME.exec(text.replace(/:\s*$/, ''));
  return m !== null && m[1].split(/\s+/).length <= 6 && m[1].split(/\s+/).every((w) => /^[\p{Lu}\d&(]/u.test(w) || /^(?:và|&|-|–)$/u.test(w));
}

/** A team named in lower-case words, as the directory writes them: "Tổ chuyển đổi số", "Tổ tham mưu" (not "Tổ chức …"). */
const TEAM_NAME = /^Tổ\s+(?!chức(?!\p{L}))\p{Ll}+(?:\s+\p{Ll}+){0,3}\s*:?$/u;

/**
 * A unit's name as a numbered group row writes it: `isUnitName`, or its full name with lower-case
 * words after a capital ("Phòng Hành chính – Tổng hợp:"). Not a task's words ("Tổ chức hội thảo…").
 */
function namesUnitAlone(text: string): boolean {
  if (isUnitName(text) || TEAM_NAME.test(text)) return true;
  const m = UNIT_NAME.exec(text.replace(/:\s*$/, ''));
  const words = m ? m[1].split(/\s+/) : [];
  return words.length > 0 && words.length <= 6 && /^[\p{Lu}\d]/u.test(words[0]) && !/[,;.]/.test(m![1]);
}

/**
 * A row naming a unit alone in the task column over numbered tasks: a group of that unit's tasks
 * (staff type it unmerged, as a line), not the rest of the task above. When the numbering goes on
 * under it, only if the task right above was not cut mid-phrase ("… giao cho", "… giữa Phòng
 * QLKH&ĐMST và" over "Văn phòng Sở": its rest, whoever leads the tasks below), unless the name is in
 * capitals as the task is not ("VĂN PHÒNG SỞ").
 */
function isUnitGroupRow(view: SheetView, cols: ColumnMap, r: number, above: ParsedTask | null): boolean {
  if (cols.task === undefined) return false;
  const filled = view.filledColumns(r);
  if (filled.length !== 1 || filled[0] !== cols.task) return false;
  const text = view.text(r, cols.task);
  if (text.length > 60 || !UNIT_TITLE.test(text)) return false;
  // Merged across the unit's columns as the quarter and month rows are: a heading, however numbered below.
  if (cols.lead !== undefined && view.mergedTo(r, cols.task) >= cols.lead) return true;
  // The unit's tasks may start under a quarter or month row of their own ("VĂN PHÒNG SỞ" over "Quý I").
  const next = rowBelowHeadings(view, cols, r);
  if (next > view.rowCount) return false;
  const nextStt = cols.stt !== undefined ? view.text(next, cols.stt) : '';
  const number = sttInteger(nextStt);
  if (number === 1 || startsList(nextStt)) return true;
  // Tasks numbered on, or listed with dashes ("- Tổng hợp báo cáo …"), under the unit's name alone.
  const listed = number !== null || (nextStt === '' && isBulletedTask(view, cols, next, true));
  if (!listed || !isUnitName(text) || !hasTaskCells(view, cols, next)) return false;
  return !above || !leftMidPhrase(above) || (isUpperCaseTitle(text) && !isUpperCaseTitle(above.text.task ?? ''));
}

/**
 * The first row below r that is not blank nor a quarter or month row: where the tasks under r start.
 * (A task naming a quarter, "1 | Báo cáo … quý III | Văn phòng Sở", has a task's cells.)
 */
function rowBelowHeadings(view: SheetView, cols: ColumnMap, r: number): number {
  let next = r + 1;
  while (next <= view.rowCount && (view.isBlankRow(next) || (!hasTaskCells(view, cols, next) && isPeriodRow(view, next)))) next++;
  return next;
}

/**
 * Whether a task's text stops mid-phrase ("… giữa Phòng QLKH&ĐMST và", "… của", a list left open
 * with a comma): the line right under it goes on its sentence, a unit's name included.
 */
function leftMidPhrase(task: ParsedTask): boolean {
  const text = task.text.task ?? '';
  return endsCut(text) || /,\s*$/.test(text);
}

/** A section title numbered in its own text: "2. Công tác thanh tra", "b) Lĩnh vực …", "II. …". */
const MARKED_TITLE = /^\s*(?:\d{1,3}|[IVXivx]+|[a-zđA-ZĐ])[.)]\s*\S/u;

/**
 * Whether the tasks right under row r (past blank rows) are numbered again from 1. Not past a
 * quarter or month row: that restarts the numbering itself ("2. Hội nghị …", the last item of a
 * task's list, over "Tháng 8").
 */
function numberingRestarts(view: SheetView, cols: ColumnMap, r: number): boolean {
  return numberBelow(view, cols, r) === 1;
}

/**
 * "1, 2, II, 4": a Roman-numbered row with a lead unit, leader and product (its own, or merged down
 * from the task above: no heading is crossed by a run) between Arabic numbers that skip exactly
 * its place stands for the number skipped, whatever its Roman value.
 */
function standsForSkipped(view: SheetView, cols: ColumnMap, r: number, previous: number): boolean {
  return filledAt(view, r, cols.lead) && filledAt(view, r, cols.leader) && filledAt(view, r, cols.product) && numberBelow(view, cols, r) === previous + 2;
}

/** The first row below r that is not blank; null where there is none. */
function filledBelow(view: SheetView, r: number): number | null {
  let next = r + 1;
  while (next <= view.rowCount && view.isBlankRow(next)) next++;
  return next <= view.rowCount ? next : null;
}

/** The task number of the first row below r that is not blank (null: none, or no number column). */
function numberBelow(view: SheetView, cols: ColumnMap, r: number): number | null {
  const next = filledBelow(view, r);
  return cols.stt !== undefined && next !== null ? sttInteger(view.text(next, cols.stt)) : null;
}

/**
 * A line right over a header with numbers starting again at 1 under it ("Danh mục nhiệm vụ chuyển
 * tiếp" over the header repeated): the next table's title, not the rest of the task above nor an
 * unread row. (A page's running title over the header repeated at a page break has numbers going on.)
 */
function titlesTableBelow(view: SheetView, t: ParsedTable, r: number, line: RowText): boolean {
  if (line.cells > 2 || !/^\p{Lu}/u.test(line.text)) return false;
  const next = filledBelow(view, r);
  if (next === null || cannotBeHeader(view, next)) return false;
  const header = detectHeader(view, next);
  const rows = header?.rows ?? (t.kind === 'tasks' ? repeatedHeaderRows(view, next, t) : null);
  return rows !== null && numberBelow(view, header?.columns ?? t.columns, rows[rows.length - 1]) === 1;
}

/**
 * A title opening a list or document of its own (folded): "Danh mục …", "Danh sách …", "Phụ lục …",
 * a form ("Biểu số 02", "Biểu mẫu 01", "Biểu 3", not "Biểu dương …"), or tasks carried over ("Nhiệm vụ chuyển tiếp từ năm 2024").
 */
const LIST_TITLE = /^(?:danh muc|danh sach|phu luc|bieu\s*(?:so|mau|\d+))\b|\bchuyen tiep\b/;

/** "2. Công tác văn phòng", "3. Công tác hành chính, tổng hợp:": a number from 2, a capital, a short title, no sentence. */
const NUMBERED_TITLE = /^([2-9]|[1-9]\d)\.\s*\p{Lu}[^.;:]{0,70}:?$/u;
/** A numbered item in a task's text ("… gồm: 1. Hội thảo"): the next numbered line is its next item. */
const LISTS_ITEMS = /(?:^|[\s:;])\d{1,2}[.)]\s+\S/;

/** Whether a task's text goes on below it: cut mid-phrase, or opening a list ("… gồm:", "1. Hội thảo" already in it). */
function goesOnBelow(task: ParsedTask): boolean {
  const text = task.text.task ?? '';
  return leftMidPhrase(task) || /:\s*$/.test(text) || LISTS_ITEMS.test(text);
}

/**
 * "2. Công tác văn phòng" alone in the task column where the numbering goes on under it (tasks 1, 2
 * above, 3 below): a section's title, not the rest of the task above. Not when that task was cut
 * mid-phrase, or lists items ("… gồm:", "1. Hội thảo" already in its text).
 */
function titleOverNumbering(view: SheetView, cols: ColumnMap, r: number, line: RowText, above: ParsedTask | null): boolean {
  if (!above || above.sttNumber === null || cols.stt === undefined || line.cells !== 1 || line.col !== cols.task || !NUMBERED_TITLE.test(line.text)) return false;
  if (goesOnBelow(above)) return false;
  return numberBelow(view, cols, r) === above.sttNumber + 1;
}

/** "II. NHIỆM VỤ CỤ THỂ", "B. Nhiệm vụ theo quý": a part numbered in capitals (a task's list numbers "2.", "b)"). */
const PART_TITLE = /^\s*(?:[IVX]+|[A-ZĐ])\.\s*\p{Lu}/u;

/**
 * "II. NHIỆM VỤ CỤ THỂ THEO QUÝ" alone in the task column right over a quarter or month row, under
 * a whole task: the part the quarters are in, not the rest of the task above.
 */
function titleOverPeriod(view: SheetView, r: number, line: RowText, above: ParsedTask | null): boolean {
  if (!PART_TITLE.test(line.text) || (above && !isWholeAbove(above))) return false;
  const next = filledBelow(view, r);
  return next !== null && isPeriodRow(view, next);
}

/** "Công việc phát sinh (3 nhiệm vụ)", "Nhiệm vụ phát sinh: 3 nhiệm vụ": arising work's title with its count, a section as a marked one is. */
const ARISING_TITLE = /^(?:cac |nhung )?(?:nhiem vu|cong viec|viec|noi dung)\b.*\bphat sinh\b/;

function isArisingCount(h: Heading): boolean {
  return h.level === 1 && h.declared !== null && ARISING_TITLE.test(foldKey(h.label));
}

/** "Công tác thanh tra:", "Lĩnh vực thông tin và truyền thông": a capital, a short title, no sentence. */
const GROUP_TITLE = /^\p{Lu}[^.;:]{0,70}:?$/u;

/** What a group's title opens with ("Công tác thanh tra", "Lĩnh vực …", "Nhiệm vụ chuyển tiếp …"); a task's text opens with what is done. */
const GROUP_WORDS = /^(?:các\s+|nhóm\s+)?(?:công tác|lĩnh vực|nhiệm vụ|nội dung)\s+\S/iu;

/**
 * A group's title with no number ("Công tác thanh tra:") alone in the task column: a title, not the
 * rest of the task above cut at a page break, when that task is whole (no cell of it cut mid-phrase,
 * no list it opens) and the numbers start again at 1 under it, or go on under a title ending with
 * ":", or at most 60 characters opening with a group's words ("Công tác thanh tra"; not right under
 * a header repeated at a page break, where it is more likely the rest of the task the break cut), or under a task
 * whose text ends its sentence ("… năm 2025." over "Hoạt động thông tin, tuyên truyền"), that task's
 * unit, and leader or product, filled (`hasItsCells`).
 */
function isUnnumberedTitle(view: SheetView, cols: ColumnMap, r: number, line: RowText, above: ParsedTask | null, pageTop = false): boolean {
  if (cols.stt === undefined || line.cells !== 1 || line.col !== cols.task || !GROUP_TITLE.test(line.text) || !startsSentence(line.text)) return false;
  if (above && !isWholeAbove(above)) return false;
  const next = numberBelow(view, cols, r);
  if (next === 1) return true;
  // "Tổ chức các hoạt động, gồm:" over dashed items each with its own cells: their title.
  if (/:$/.test(line.text) && ownDashedItemBelow(view, cols, r, r + 1) && ownDashedItemBelow(view, cols, filledBelow(view, r)!, r + 1)) return true;
  if (above === null || above.sttNumber === null || next !== above.sttNumber + 1) return false;
  // A task whose text ends its sentence ("… năm 2025.") leaves nothing for a title-like line to go on.
  // Right under a header repeated at a page break, a group's words are more likely the rest of a task the break cut.
  return /:$/.test(line.text) || (line.text.length <= 60 && ((GROUP_WORDS.test(line.text) && !pageTop) || endsSentence(above.text.task ?? '')) && hasItsCells(above));
}

/**
 * A line alone in the task column, merged across the columns right of it (its unit, product…), as
 * section rows are: a title of the tasks below, whatever its length. It starts a sentence (not in
 * lower case, not a dashed item) under a whole task: the rest of one cut mid-phrase or listing
 * items ("… gồm:") is that task's, merged or not (PDF converters merge such lines too).
 */
function isMergedTitle(view: SheetView, cols: ColumnMap, r: number, line: RowText, above: ParsedTask | null): boolean {
  if (cols.task === undefined || line.cells !== 1 || line.col !== cols.task || !startsSentence(line.text)) return false;
  const to = view.mergedTo(r, line.col);
  return to > line.col && Object.values(cols).some((c) => c !== undefined && c > line.col && c <= to) && (!above || isWholeAbove(above));
}

/** Whether row r is right under a header repeated at a page break (a blank row between ends the task above: `continuesAfterBlank`). */
function underPageHeader(t: ParsedTable, r: number): boolean {
  return t.repeatedHeaderRows.includes(r - 1);
}

/** "… năm 2025.", "… (đợt 2)!": a sentence's end; not an abbreviation a name may follow ("… do TS.", "TP."). */
function endsSentence(text: string): boolean {
  return /[.!?]\s*$/.test(text) && !/\.\.\s*$|(?:^|\s)\p{Lu}\p{L}{0,3}\.\s*$/u.test(text);
}

/** A task's unit, and its leader or product, filled (on its own rows): no cell left for the row below to complete. */
function hasItsCells(task: ParsedTask): boolean {
  const has = (f: TaskColumn) => task.table.columns[f] !== undefined && !isBlankField(task.text[f]);
  return task.table.columns.lead !== undefined ? has('lead') && (has('leader') || has('product')) : has('leader') && has('product');
}

/** Whether a task ends where it stands: no cell of its own cut mid-phrase, no list it opens ("… gồm:"). */
function isWholeAbove(task: ParsedTask): boolean {
  if (goesOnBelow(task)) return false;
  return CUT_FIELDS.every((f) => !task.text[f] || !endsCut(task.text[f]!));
}

/**
 * A row with no number that is a task of its own (the number was forgotten), not the rest of the
 * task above cut by a page break: its text starts a sentence, it names a lead unit, and a leader
 * or a product. A page-break remainder ("Quảng Ngãi …", "của UBND tỉnh", "Huy Hoàng") has no lead.
 */
function isWholeTask(view: SheetView, cols: ColumnMap, r: number): boolean {
  return cols.task !== undefined && startsSentence(view.text(r, cols.task)) && hasWholeCells(view, cols, r);
}

/**
 * A bullet for its number ("- | Kiểm tra … | | | Báo cáo") under a unit's group row or a task bulleted
 * alike (not one opening a list), with some of a task's cells: the list's next task (its blank unit cell the group's, or
 * reported), never the rest of the task above (a page break's rest has no number).
 */
function bulletListsOn(view: SheetView, cols: ColumnMap, r: number, sttText: string, above: ParsedTask | null): boolean {
  if (!above || !BULLET.test(sttText) || cols.task === undefined || !startsSentence(view.text(r, cols.task).replace(LEADING_BULLET, ''))) return false;
  const aboveBullet = cols.stt !== undefined && above.table.columns === cols ? view.text(above.row, cols.stt) : '';
  // "1 | - Xây dựng kế hoạch …": the dash of its text lists the unit's tasks as a "-" for a number does.
  const alike = aboveBullet === sttText || bulletOf(above.text.task ?? '') === bulletOf(sttText);
  // Under a task opening a list ("Tổ chức các lớp tập huấn:"), a row dashed alike is its item.
  return hasTaskCells(view, cols, r) && ((alike && !/:\s*$/.test(view.text(above.row, cols.task))) || headsUnitGroup(above));
}

/** A bullet opening a task's text ("- ", "• "). */
const LEADING_BULLET = new RegExp(`^${BULLET_MARKS}\\s*`, 'u');

/**
 * A task with no number and some of its cells left blank ("Tổ chức hội thảo | | Kỷ yếu"), not the
 * rest of the task above: that task is whole, the row starts a sentence and fills a unit, leader or
 * product cell of its own, and the number below skips the one it would have (2, _, 4).
 */
function takesSkippedNumber(view: SheetView, cols: ColumnMap, r: number, above: ParsedTask | null): boolean {
  if (!above || above.sttNumber === null || cols.task === undefined || !startsSentence(view.text(r, cols.task))) return false;
  const own = (c: number | undefined) => c !== undefined && view.text(r, c) !== '' && !view.isMergedBelow(r, c);
  if (!own(cols.lead) && !own(cols.leader) && !own(cols.product)) return false;
  return isWholeAbove(above) && numberBelow(view, cols, r) === above.sttNumber + 2;
}

/** A number typed before a task's words in one cell ("4. Tổ chức …", "4 Tổ chức …"): [, number, words]. */
const NUMBER_AND_WORDS = /^(\d{1,3})\s*[.)]?\s+(\S.*)$/su;

/** The number the next task takes: the one after the task above, 1 under a heading (null under an unnumbered task). */
function nextNumber(above: ParsedTask | null): number | null {
  return above === null ? 1 : above.sttNumber === null ? null : above.sttNumber + 1;
}

/**
 * "| 4. Tổ chức … | Phòng … | …" after task 3 (or "1. …" under a heading), its number cell empty,
 * with a task's cells: the next task, its number typed in its text (as PDF leaves it), not the rest
 * of task 3.
 */
function numberedInText(view: SheetView, cols: ColumnMap, r: number, above: ParsedTask | null): boolean {
  if (cols.task === undefined) return false;
  const m = NUMBER_AND_WORDS.exec(view.text(r, cols.task));
  return m !== null && Number(m[1]) === nextNumber(above) && startsSentence(m[2]) && hasWholeCells(view, cols, r);
}

/** "4 Tổ chức … | | Phòng … | …" after task 3, its task cell empty: the next task's number and words, PDF having put both in the number cell. */
function wordsInNumberCell(view: SheetView, cols: ColumnMap, r: number, sttText: string, above: ParsedTask | null): { number: string; text: string } | null {
  if (cols.task === undefined || cols.stt === undefined || view.text(r, cols.task) !== '') return null;
  const m = NUMBER_AND_WORDS.exec(sttText);
  if (!m || Number(m[1]) !== nextNumber(above) || !startsSentence(m[2]) || !hasWholeCells(view, cols, r)) return null;
  return { number: m[1], text: m[2] };
}

/**
 * "- Xây dựng kế hoạch…", "+ Kiểm tra…", "• Hội thảo…" with a task's cells. Under a unit's group row
 * the unit is named above: a leader or a product is enough (a blank unit cell is reported, not read as text).
 */
function isBulletedTask(view: SheetView, cols: ColumnMap, r: number, underUnit = false): boolean {
  if (cols.task === undefined) return false;
  const m = TEXT_BULLET.exec(view.text(r, cols.task));
  return m !== null && startsSentence(m[1]) && (underUnit ? hasTaskCells(view, cols, r) : hasWholeCells(view, cols, r));
}

const TEXT_BULLET = new RegExp(`^${BULLET_MARKS}\\s*(.+)$`, 'su');

/** "2", "- 2 -", "Trang 2", "Trang 2/5" alone on a row. */
const PAGE_NUMBER = /^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*\/\s*\d{1,3})?$/;

/** A page's running title pasted from PDF: "Phụ lục II (tiếp theo)", "… (tiếp)", "… (tt)" (folded). */
const RUNNING_TITLE = /\((?:tiep theo|tiep|tt)\)$/;

/**
 * Whether row r holds a page number alone, or a page's running title ("Phụ lục II (tiếp theo)"),
 * with the table's header repeated right below it (past blank rows, and past the running title under
 * a page number): the page's furniture, no task's text. `kind` is row r's `pageLine`.
 */
function isPageNumber(view: SheetView, r: number, table: ParsedTable, kind: 'number' | 'title'): boolean {
  let next = filledBelow(view, r);
  if (next !== null && kind === 'number' && pageLine(view, next, table) === 'title') next = filledBelow(view, next);
  if (next === null || cannotBeHeader(view, next)) return false;
  const header = detectHeader(view, next);
  return (header !== null && sameLayout(table.columns, header.columns)) || repeatedHeaderRows(view, next, table) !== null;
}

/**
 * A heading naming one quarter or month other than the one in force ("Quý III (tiếp theo)" under Quý
 * IV), or the all-year tasks under a quarter; not a span ("6 tháng cuối năm").
 */
function namesOtherPart(text: string, quarter: number | null, month: number | null): boolean {
  const h = parseHeading(text);
  if (h !== null && h.allYear) return quarter !== null;
  if (h === null || h.quarter === null) return false;
  if (h.month !== null) return (h.firstMonth ?? h.month) === h.month && h.month !== month;
  return (h.firstQuarter ?? h.quarter) === h.quarter && h.quarter !== quarter;
}

/** What a row of one text alone is on a page pasted from PDF: its number ("- 2 -", "Trang 2/5"), its running title, or neither. */
function pageLine(view: SheetView, r: number, table: ParsedTable): 'number' | 'title' | null {
  // Asked of every row: the one filled cell found without a list or a folded text per row.
  const line = view.rowTexts(r);
  let col = 0;
  for (let c = 1; c < line.length; c++) {
    if (line[c] === '') continue;
    if (col) return null;
    col = c;
  }
  if (!col || line[col].length > 120) return null;
  const text = foldKey(line[col]);
  // A figure alone in the number column is a task's number (its other cells missing).
  if (line[col].length <= 24 && PAGE_NUMBER.test(text)) return col === table.columns.stt && /^\d+$/.test(text) ? null : 'number';
  return RUNNING_TITLE.test(text) ? 'title' : null;
}

/** A dashed line under a task that opens a list ("… gồm:") or already holds one such item: its next item. */
function nextListItem(view: SheetView, cols: ColumnMap, r: number, task: ParsedTask): boolean {
  if (cols.task === undefined) return false;
  const bullet = bulletOf(view.text(r, cols.task));
  if (bullet !== '-' && bullet !== '+' && bullet !== '•') return false;
  const text = task.text.task ?? '';
  return /:\s*$/.test(text) || text.split('\n').some((l, i) => i > 0 && bulletOf(l.trim()) === bullet);
}

/**
 * A line bulleted otherwise than the dashed task above it ("+ Kiểm tra tại cơ sở" under "- Kiểm tra
 * …"), with none of a task's cells: a part of that task. (Where the table has no number column, every
 * row counts as having a task's cells: the bullet and the empty cells tell the sub-item.)
 */
function isSubItem(view: SheetView, cols: ColumnMap, r: number, task: ParsedTask): boolean {
  return bulletOf(view.text(r, cols.task!)) !== bulletOf(task.text.task ?? '') && !hasTaskCells(view, cols, r);
}

/** A line's bullet, the en dash read as the hyphen it stands for. */
function bulletOf(text: string): string {
  return text.charAt(0) === '–' ? '-' : text.charAt(0);
}

/** The cells a task has beside its text (all of them where the table has no number column). */
function hasWholeCells(view: SheetView, cols: ColumnMap, r: number): boolean {
  if (cols.stt === undefined) return true;
  const has = (k: TaskColumn) => {
    const c = cols[k];
    return c !== undefined && view.text(r, c) !== '' && !view.isMergedBelow(r, c);
  };
  if (cols.lead !== undefined) return has('lead') && (has('leader') || has('product'));
  return has('leader') && has('product');
}

/**
 * A cell that ends mid-phrase ("Phòng QLKH&", "Kế hoạch của", "(đợt"): a page break cut it, and
 * the row below holds the rest, capitalised or not ("Quảng Ngãi năm 2025" after "…tại tỉnh").
 * Not ":", which heads sub-items that may be tasks of their own, nor "," ";" "-", which end
 * whole lists and stand alone for "none".
 */
const CUT_END = /(?:\S[&/]|\s(?:và|của|các|về|với|giữa|cho|tại|trong|theo|để|những|từ|đến|hoặc|cùng|gồm))$/u;

function endsCut(text: string): boolean {
  const t = text.trimEnd().toLowerCase();
  return CUT_END.test(t) || leavesBracketOpen(t) || NAME_HEAD_ONLY.test(t);
}

/**
 * The first line of a unit's or leader's name and nothing more ("Phòng" over "QLKH&ĐMST", "PGĐ Sở"
 * over "Phan Văn Hiếu", as the programme wraps them): a page break after it cut the name.
 */
const NAME_HEAD_ONLY = /^(?:phòng|văn phòng|trung tâm|chi cục|pgđ|pgđ sở|phó giám đốc|phó giám đốc sở)$/u;

function leavesBracketOpen(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** The cells whose cut shows a page break: a task's own words, not the free text of notes or statuses. */
const CUT_FIELDS: TaskColumn[] = ['task', 'lead', 'product', 'leader'];

/**
 * Whether the row's lead unit is a name of its own ("Phòng …", "Trung tâm …", "Văn phòng Sở"), as a
 * task's is, not the rest of a name cut at a page break ("ĐMST"): then the row is a task, whatever
 * the row above ends with.
 */
function namesItsUnit(view: SheetView, cols: ColumnMap, r: number): boolean {
  return cols.lead !== undefined && !view.isMergedBelow(r, cols.lead) && UNIT_TITLE.test(view.text(r, cols.lead));
}

/**
 * Whether row r names the very unit of the task above, as a page of a PDF repeats a lead unit merged
 * down a run: under a task cut mid-phrase, the row is its rest, not a task of the same unit.
 */
function repeatsUnit(view: SheetView, task: ParsedTask, r: number): boolean {
  const c = task.table.columns.lead;
  return c !== undefined && task.text.lead !== undefined && view.text(r, c) === task.text.lead;
}

/** Whether row r's task text closes a bracket the task above left open ("… (đợt" over "Ba) năm 2025"). */
function closesBracket(view: SheetView, task: ParsedTask, r: number): boolean {
  const c = task.table.columns.task;
  if (c === undefined || !leavesBracketOpen(task.text.task ?? '')) return false;
  const text = view.text(r, c);
  const close = text.indexOf(')');
  return close >= 0 && (text.indexOf('(') < 0 || text.indexOf('(') > close);
}

/** Whether the first row below r that is not blank is a quarter row ("II | Quý IV"). */
function quarterRowBelow(view: SheetView, r: number): boolean {
  const next = filledBelow(view, r);
  return next !== null && rowHeading(view, next)?.level === 2;
}

/** A row's filled cells read as one heading line ("II | Quý I" → "II Quý I"). */
function rowHeading(view: SheetView, r: number): Heading | null {
  return parseHeading(view.filledColumns(r).map((c) => view.text(r, c)).join(' '));
}

/** A quarter or month heading row ("II | Quý I", "Tháng 8"). */
function isPeriodRow(view: SheetView, r: number): boolean {
  const h = rowHeading(view, r);
  return h !== null && (h.level === 2 || h.level === 3);
}

/**
 * Whether a row that reads as a heading is the rest of the task above, cut at a page break: a cell
 * of the task's starts in lower case ("quý II …", "cáo"), or it fills a cell cut mid-phrase. A
 * heading starts with a capital, and one merged across the table is a heading whatever is above.
 */
function continuesTask(view: SheetView, task: ParsedTask, r: number, line: { text: string; col: number }, heading: Heading): boolean {
  if (view.mergedTo(r, line.col) > line.col) return false;
  // "Quý IV (1 nhiệm vụ)", "tháng 8", "Tháng 8 (hoàn thành trước 25/8)" with nothing more are
  // headings, whatever the task above ends with and however typed.
  if (heading.declared !== null || (PERIOD_ONLY.test(foldKey(line.text)) && !periodInProse(task, line.text))) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  for (const f of CUT_FIELDS) {
    const c = task.table.columns[f];
    if (c !== undefined && !view.isMergedBelow(r, c) && /^\p{Ll}/u.test(view.text(r, c))) return true;
  }
  return fillsCutCell(view, task, r);
}

/** Capitals up to a remark in brackets: "ĐỀ XUẤT BỔ SUNG (1 nhiệm vụ)". */
function isUpperCaseTitle(text: string): boolean {
  const head = text.replace(/\s*\(.*$/s, '');
  return head === head.toUpperCase();
}

/**
 * "tháng 7 năm 2025" in lower case, its year after "năm", under a task that does not end its
 * sentence ("Báo cáo kết quả thực hiện nhiệm vụ"): the task's period, cut at a page break. A
 * heading is capitalised ("Tháng 7") or bare ("tháng 8").
 */
function periodInProse(task: ParsedTask, text: string): boolean {
  return /^\p{Ll}/u.test(text.trim()) && /\snam\s+\d{4}$/.test(foldKey(text)) && !endsSentence(task.text.task ?? '');
}

/** A quarter or month and its year, a remark in brackets at most (folded): "quy iv", "thang 8/2025", "thang 8 (…)". */
const PERIOD_ONLY = new RegExp(String.raw`^(?:${QUARTER_WORD}|thang)\s+(?:[ivx]+|\d{1,2})(?:\s*(?:[/-]|nam)\s*\d{4})?(?:\s*\([^()]*\))?:?$`);

/**
 * Whether row r, under a blank row, is plainly the rest of the task above: a cell of the task's own
 * starts in lower case ("năm 2030 thực hiện …"), or it fills a cell cut mid-phrase.
 */
function continuesAfterBlank(view: SheetView, task: ParsedTask, r: number): boolean {
  for (const f of CUT_FIELDS) {
    const c = task.table.columns[f];
    if (c !== undefined && !view.isMergedBelow(r, c) && /^\p{Ll}/u.test(view.text(r, c))) return true;
  }
  return fillsCutCell(view, task, r);
}

/** Whether row r fills a cell whose text in the task above ends mid-phrase. */
function fillsCutCell(view: SheetView, task: ParsedTask, r: number): boolean {
  for (const f of CUT_FIELDS) {
    const c = task.table.columns[f];
    const above = task.text[f];
    if (c !== undefined && above && endsCut(above) && !view.isMergedBelow(r, c) && view.text(r, c) !== '') return true;
  }
  return false;
}

/**
 * "Xây dựng kế hoạch…" starts a task. "của UBND tỉnh…" does not, nor does an acronym in mixed-case
 * text ("KH&CN cấp tỉnh năm 2026"): the words after a page break, even where the next page repeats
 * the lead unit and leader of a merged run.
 */
function startsSentence(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  return !/^\p{Lu}{2}/u.test(text) || text === text.toUpperCase();
}

function startTask(
  view: SheetView,
  table: ParsedTable,
  r: number,
  sttText: string,
  ctx: TaskPlace,
): ParsedTask {
  const texts = view.rowTexts(r);
  const stt = sttText.trim().replace(/^\(\s*(?=\d)|\s*[.),:/-]$/g, '');
  const task = new TaskRecord(view.name, table, r, stt, sttInteger(sttText), ctx, firstTexts(texts, table.columns));
  if (table.ticks) tickedStatus(view, task, table.ticks);
  if (table.periodTicks) tickedPeriod(view, task, table.periodTicks);
  if (texts.some(startsLikeError)) dropFormulaErrors(view, task);
  if (view.hasMergedBelow(r)) pointAtMergeTops(view, task);
  return task;
}

/** The status a task's marks give (`readTicks`), in place of the first tick column's text. */
function tickedStatus(view: SheetView, task: ParsedTask, ticks: readonly TickColumn[], r = task.row): void {
  const read = readTicks(view, r, ticks);
  task.text.status = read?.text;
  if (!read) return;
  task.fieldCols = { status: read.col };
  if (r !== task.row) (task.fieldRows ??= {}).status = r;
  if (!read.ticked) task.badTicks = true;
}

/** Words in row r's period tick columns ("Hoàn thành" under "Tháng 9"), kept for unread-period-mark. */
function noteStrayPeriodMarks(view: SheetView, task: ParsedTask, ticks: PeriodTicks, r: number): void {
  const stray = strayPeriodMarks(view, r, ticks);
  if (stray.length) (task.strayPeriodMarks ??= []).push(...stray.map((m) => ({ row: r, ...m })));
}

/** The quarter or month a task's ticks give (`readPeriodTicks`), in place of the first period column's text. */
function tickedPeriod(view: SheetView, task: ParsedTask, ticks: PeriodTicks, r = task.row): void {
  const read = readPeriodTicks(view, r, ticks);
  noteStrayPeriodMarks(view, task, ticks, r);
  task.text[ticks.field] = read?.text;
  if (!read) return;
  const day = lastTickedDay(view, r, ticks);
  if (day) task.tickDay = { row: r, ...day };
  (task.fieldCols ??= {})[ticks.field] = read.col;
  if (r !== task.row) (task.fieldRows ??= {})[ticks.field] = r;
}

/** Marks on a task's continuation row (a page break cut it): its status if it had none, else a second mark. */
function continuedTicks(view: SheetView, task: ParsedTask, r: number, ticks: readonly TickColumn[]): void {
  const read = readTicks(view, r, ticks.filter((t) => !view.isMergedBelow(r, t.col)));
  if (!read) return;
  if (task.text.status) {
    task.text.status = `${task.text.status}; ${read.text}`;
    task.badTicks = true;
    return;
  }
  tickedStatus(view, task, ticks, r);
}

/**
 * A leader or unit merged down a run of tasks is written once, in the merge's top cell: findings
 * (and their fixes) about it point there, once for the run, not at the hidden cells below.
 */
function pointAtMergeTops(view: SheetView, task: ParsedTask): void {
  for (const f of TASK_FIELDS) {
    const c = task.table.columns[f];
    if (c !== undefined && view.isMergedBelow(task.row, c)) (task.fieldRows ??= {})[f] = view.sourceRow(task.row, c);
  }
}

/**
 * "#N/A" or "#REF!" shown by a broken formula is not a unit, a leader or a product: the field reads
 * as empty, so the task counts as missing it, and formula-error says what happened to the cell.
 */
function dropFormulaErrors(view: SheetView, task: ParsedTask): void {
  for (const f of TASK_FIELDS) {
    const c = task.table.columns[f];
    if (c !== undefined && isFormulaError(view, task.row, c, task.text[f])) {
      task.text[f] = undefined;
      (task.errors ??= []).push(f);
    }
  }
}

/** Error texts start with "#": only those cells are looked up (nearly every row has none). */
const startsLikeError = (text: string | undefined): boolean => text !== undefined && text.charCodeAt(0) === 0x23;

function isFormulaError(view: SheetView, r: number, c: number, text: string | undefined): boolean {
  return startsLikeError(text) && isErrorCell(view.value(r, c));
}

/**
 * A task's fields as its first row has them, every field set at once: every task then has the same
 * object shape, which keeps 20,000-task sheets fast (no reshaping field by field).
 */
function firstTexts(texts: readonly string[], c: ColumnMap): ParsedTask['text'] {
  return new TaskTexts(
    textAt(texts, c.task),
    textAt(texts, c.lead),
    textAt(texts, c.coord),
    textAt(texts, c.product),
    textAt(texts, c.leader),
    textAt(texts, c.note),
    textAt(texts, c.deadline),
    textAt(texts, c.status),
    textAt(texts, c.result),
    textAt(texts, c.completed),
    textAt(texts, c.month),
    textAt(texts, c.quarter),
    textAt(texts, c.proposal),
  );
}

/** The row's text in column `col`, undefined where there is none (no closure per task, as firstTexts once had). */
function textAt(texts: readonly string[], col: number | undefined): string | undefined {
  return col !== undefined && texts[col] ? texts[col] : undefined;
}

/**
 * A task's records are class instances, not object literals. V8 watches where each literal is
 * allocated; when nearly all its objects live on (every task does, until the report is out), it
 * moves that site to the old generation mid-run and discards the optimised code that inlined it,
 * which then runs slowly again. Objects made by `new` are not watched that way. On the bench's
 * 20,000 tasks, these classes and AnalysedTaskRecord save about a tenth of a first check.
 */
class TaskTexts {
  constructor(
    public task: string | undefined,
    public lead: string | undefined,
    public coord: string | undefined,
    public product: string | undefined,
    public leader: string | undefined,
    public note: string | undefined,
    public deadline: string | undefined,
    public status: string | undefined,
    public result: string | undefined,
    public completed: string | undefined,
    public month: string | undefined,
    public quarter: string | undefined,
    public proposal: string | undefined,
  ) {}
}

/** Where a task stands: the headings in force over it. */
type TaskPlace = Pick<ParsedTask, 'quarter' | 'firstQuarter' | 'month' | 'firstMonth' | 'periodRow' | 'year' | 'yearAfter' | 'section' | 'scope' | 'block'>;

class TaskRecord implements ParsedTask {
  endRow: number;
  sttMissing = false;
  sttFormula?: true = undefined;
  quarter: number | null;
  firstQuarter: number | null;
  month: number | null;
  firstMonth: number | null;
  periodRow: PeriodRow | null;
  year: number | null;
  yearAfter: number;
  section: string | null;
  scope: number;
  block: number;
  fieldRows?: ParsedTask['fieldRows'] = undefined;
  fieldCols?: ParsedTask['fieldCols'] = undefined;
  badTicks?: true = undefined;
  joined?: ParsedTask['joined'] = undefined;
  errors?: ParsedTask['errors'] = undefined;
  groupNumber: number | null = null;
  groupUnit?: string = undefined;
  groupAt?: ParsedTask['groupAt'] = undefined;
  outerGroup?: ParsedTask['outerGroup'] = undefined;
  monthOutsideQuarter?: number = undefined;
  quarterOutsideHeading?: ParsedTask['quarterOutsideHeading'] = undefined;
  constructor(
    public sheet: string,
    public table: ParsedTable,
    public row: number,
    public stt: string,
    public sttNumber: number | null,
    ctx: TaskPlace,
    public text: ParsedTask['text'],
  ) {
    this.endRow = row;
    this.quarter = ctx.quarter;
    this.firstQuarter = ctx.firstQuarter ?? null;
    this.month = ctx.month;
    this.firstMonth = ctx.firstMonth ?? ctx.month;
    this.periodRow = ctx.periodRow;
    this.year = ctx.year;
    this.yearAfter = ctx.yearAfter;
    this.section = ctx.section;
    this.scope = ctx.scope;
    this.block = ctx.block;
  }
}

function appendContinuation(view: SheetView, task: ParsedTask, r: number): void {
  const ticks = task.table.ticks;
  if (ticks) continuedTicks(view, task, r, ticks);
  const periods = task.table.periodTicks;
  // A row of a task that has its period already (a part "1.2", a page break's rest): its words are still said.
  if (periods) {
    if (!task.text[periods.field]) tickedPeriod(view, task, periods, r);
    else noteStrayPeriodMarks(view, task, periods, r);
  }
  // Not where a cell above was cut mid-phrase ("Kế hoạch của" + "Sở"): that row is a page break's rest.
  const item = fillsCutCell(view, task, r) ? '' : ownItem(view, task.table.columns, r);
  for (const f of TASK_FIELDS) {
    const c = task.table.columns[f];
    if (c === undefined || view.isMergedBelow(r, c) || (ticks && f === 'status') || f === task.table.periodTicks?.field) continue;
    const typed = view.text(r, c);
    const text = item && f === 'task' && typed && !TEXT_BULLET.test(typed) ? `${item} ${typed}` : typed;
    if (!text) continue;
    if (isFormulaError(view, r, c, text)) {
      if (!task.text[f] && !hasFormulaError(task, f)) (task.errors ??= []).push(f);
      continue;
    }
    const current = task.text[f];
    if (!current) {
      task.text[f] = text;
      (task.fieldRows ??= {})[f] = r;
    } else if (current.endsWith(text)) {
      // PDF copies sometimes repeat a wrapped line's tail ("PGĐ Trần Công Hòa" + "Công Hòa").
      continue;
    } else {
      // An acronym cut after its "&" ("Phòng QLKH&" + "ĐMST") is one word again.
      const sep = item || ITEM_LINE.test(text) ? '\n' : /\S[&/]$/.test(current) ? '' : ' ';
      task.text[f] = `${current}${sep}${text}`;
      if (!isJoined(task, f)) (task.joined ??= []).push(f);
    }
  }
  task.endRow = r;
}

/**
 * A sub-item with its own product and leader ("- | Tổ chức hội thảo | | Kỷ yếu | PGĐ …", or "- …" in
 * its text): its bullet. Its cells are a line of their own in the task's, never run into the line
 * above ("Kế hoạch Kỷ yếu"); '' for any other row (a page break's rest).
 */
function ownItem(view: SheetView, cols: ColumnMap, r: number): string {
  const own = (c: number | undefined) => c !== undefined && view.text(r, c) !== '' && !view.isMergedBelow(r, c);
  if (!own(cols.product) || (cols.leader !== undefined && !own(cols.leader))) return '';
  const stt = cols.stt !== undefined ? view.text(r, cols.stt) : '';
  if (BULLET.test(stt)) return stt;
  const text = cols.task !== undefined ? view.text(r, cols.task) : '';
  return TEXT_BULLET.test(text) ? bulletOf(text) : '';
}

/**
 * "Quý" and "Tháng" columns written once at the top of each run, the cells below left blank (a
 * merge undone, or never made): a blank cell holds the value above it, as a merged one would,
 * within one table and between two headings.
 */
function periodCellsWrittenOnce(tasks: readonly ParsedTask[], tables: readonly ParsedTable[], acrossYearEnd: boolean): void {
  // Months first: a quarter written on a row starts a new run, and no month goes on across it.
  // Indexed loops: run once per sheet, over every task, before V8 has optimised them (a for…of
  // would allocate an iterator result per task).
  for (const f of PERIOD_FIELDS) {
    // Asked of the sheet's few tables, not of each task: a table without the column changes no task.
    if (!tables.some((t) => t.columns[f] !== undefined)) continue;
    // Runs go forward through the year: written out of order (I, –, III, –, II), a blank means no
    // quarter. A plan across the year's end turns back once (IV, –, I, –).
    const unordered = new Set<ParsedTable>();
    const last = new Map<ParsedTable, number>();
    const turned = new Set<ParsedTable>();
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      const n = t.text[f] ? periodNumber(t.text[f]!, f) : null;
      if (n === null) continue;
      if (n < (last.get(t.table) ?? 0)) {
        if (acrossYearEnd && !turned.has(t.table)) turned.add(t.table);
        else unordered.add(t.table);
      }
      last.set(t.table, n);
    }
    let above: ParsedTask | null = null;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      // Ticks leave a blank for "not in this period", not for "as above".
      if (t.table.columns[f] === undefined || t.table.periodTicks || unordered.has(t.table)) continue;
      // "Thường xuyên", "Cả năm" in its deadline: the row's blank quarter says all year.
      if (!t.text[f] && ALL_YEAR_DEADLINE.test(foldKey(t.text.deadline ?? ''))) continue;
      // A heading ends the run: "Nhiệm vụ thường xuyên" below Quý IV's tasks is all-year, not Quý IV.
      if (above && (above.table !== t.table || above.block !== t.block || (f === 'month' && t.text.quarter))) above = null;
      if (t.text[f]) above = t;
      else if (above) {
        t.text[f] = above.text[f];
        (t.fieldRows ??= {})[f] = fieldRow(above, f);
      }
    }
  }
}

const PERIOD_FIELDS = ['month', 'quarter'] as const;

/**
 * A part about to be folded into its task ("1.2", "b)") whose own Tháng or Quý cell names another
 * period than the task's so far: kept, so that the part's period does not vanish unsaid.
 */
function notePartPeriods(view: SheetView, task: ParsedTask, r: number, stt: string): void {
  for (const f of PERIOD_FIELDS) {
    const c = task.table.columns[f];
    const current = task.text[f];
    if (c === undefined || !current || view.isMergedBelow(r, c)) continue;
    const { text, col } = partPeriodCell(view, task.table, r, f, c);
    const own = text ? periodSpan(text, f) : null;
    if (own === null || withinSpan(own, periodSpan(current, f))) continue;
    // Its month said, its quarter goes without saying.
    (task.partPeriods ??= []).push({ row: r, stt: stt.trim(), field: f, text, ...(col !== c ? { col } : {}) });
    return;
  }
}

/** What a part's Tháng or Quý cell says, and where: in a table of ticks, the period its own ticks give ("Quý IV" at its first tick). */
function partPeriodCell(view: SheetView, table: ParsedTable, r: number, f: 'month' | 'quarter', c: number): { text: string; col: number } {
  const ticks = table.periodTicks;
  if (ticks?.field !== f) return { text: view.text(r, c), col: c };
  const read = readPeriodTicks(view, r, ticks);
  return read ? { text: f === 'quarter' ? `Quý ${read.text}` : read.text, col: read.col } : { text: '', col: c };
}

const ALL_YEAR_DEADLINE = /\b(thuong xuyen|ca nam|hang thang|hang quy|ca quy)\b/;

/** A range of months as a (folded) cell: "7-8/2025", "tháng 7-8/2025", "thang 7 - 8" typed bare. */
const MONTH_RANGE = /^\s*(?:thang|t\.?)?\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:\/\s*\d{2,4})?\s*$/;

/** A "Tháng" or "Quý" cell (folded) without its abbreviation, "t7-8/2025" → "7-8/2025", "q.iv" → "iv", as a task's own is read. */
function withoutPeriodAbbreviation(folded: string, field: 'month' | 'quarter'): string {
  return field === 'month' ? folded.replace(MONTH_ABBREVIATION, '$1') : folded.replace(/\bq\.?\s*(?=[iv\d])/g, '');
}

/** A "Tháng" cell's months as the reader reads them, abbreviation dropped ("T7-8/2025" → "7-8/2025", "Th8" → "8"); null for a date or other text. */
export function monthFigures(text: string): string | null {
  const bare = text.trim().replace(new RegExp(MONTH_ABBREVIATION.source, 'gi'), '$1');
  if (!MONTH_RANGE.test(foldKey(bare)) && findDateInText(text)) return null;
  return /^\d/.test(bare) ? bare : null;
}

/**
 * The quarter or month a "Quý"/"Tháng" cell holds, as a number to order runs by ("III" → 3, "Tháng 8"
 * → 8); a date in it is read as one ("15/8/2025": month 8, quarter III), not by its day.
 */
function periodNumber(text: string, field: 'month' | 'quarter'): number | null {
  return periodSpan(text, field)?.[0] ?? null;
}

/** The quarters or months a "Quý"/"Tháng" cell spans, first and last: "III-IV" → [3, 4], "Tháng 7 - 9" → [7, 9], "Tháng 8" → [8, 8]. */
function periodSpan(text: string, field: 'month' | 'quarter'): [number, number] | null {
  // "7-8/2025", "Tháng 7-8/2025" are months 7 to 8, though a date reader takes them for 7 August.
  const folded = withoutPeriodAbbreviation(foldKey(text), field);
  const iso = MONTH_RANGE.test(folded) ? null : findDateInText(text);
  if (iso) {
    const n = field === 'month' ? Number(iso.slice(5, 7)) : quarterOfIso(iso);
    return [n, n];
  }
  const m = PERIOD_SPAN.exec(folded);
  if (!m) return null;
  const [from, to] = [m[1], m[2] ?? m[1]].map((p) => quarterOf(p) ?? Number(p));
  return [from, Math.max(from, to)];
}

/** A quarter or month, then the last of a range: "iii-iv", "7 - 9", "7 den thang 9". */
const PERIOD_SPAN = /\b(iv|iii|ii|i|\d{1,2})\b(?:\s*(?:[-–]|den)\s*(?:thang\s*|quy\s*)?\b(iv|iii|ii|i|\d{1,2})\b)?/;

/** Whether a part starts within its task's span (a task of "Tháng 7-9" has its steps in 7, 8, 9; of "III", one of "III-IV"). */
function withinSpan(part: [number, number], task: [number, number] | null): boolean {
  return task !== null && part[0] >= task[0] && part[0] <= task[1];
}

/**
 * A review read as a task table (the programme's header, "Cấp ban hành" and "Chỉ đạo" left empty,
 * what is proposed in the notes, as in the department's own review): when no row has a product or
 * a leader and some row proposes, its rows are proposals, not tasks of the programme.
 */
function reviewsReadAsTasks(out: SheetParse): void {
  for (const table of out.tables) {
    if (table.kind !== 'tasks') continue;
    // Every row under "ĐỀ XUẤT BỎ"-like headings: a review whatever its columns.
    if (!out.tasks.some((t) => t.table === table) && out.proposals.some((p) => p.task.table === table)) table.kind = 'review';
    // A progress report ("Tình trạng | Kiến nghị") tracks tasks, whatever it recommends.
    if (table.columns.status !== undefined || table.columns.result !== undefined) continue;
    const rows = out.tasks.filter((t) => t.table === table);
    if (!rows.length || rows.some((t) => !isBlankField(t.text.product) || !isBlankField(t.text.leader))) continue;
    const proposing = new Set(out.proposals.filter((p) => p.task.table === table).map((p) => p.task));
    const proposals = [...proposing].filter((t) => proposes(t)).length;
    // A draft programme with its products and leaders still to fill, one note proposing something,
    // stays a programme (its gaps are reported): a review says so, or proposes for many of its rows.
    const named = /\b(ra soat|de xuat|kien nghi)\b/.test(foldKey(`${out.sheet} ${table.title ?? ''}`));
    if (!proposals || (!named && proposals * 4 < rows.length)) continue;
    table.kind = 'review';
    out.tasks = out.tasks.filter((t) => t.table !== table);
    for (const t of rows) if (!proposing.has(t)) out.proposals.push({ task: t, field: table.columns.proposal !== undefined ? 'proposal' : 'note', headingKind: null });
    out.proposals.sort((a, b) => a.task.row - b.task.row);
  }
}

function proposes(t: ParsedTask): boolean {
  return proposesSomething((t.table.columns.proposal !== undefined ? t.text.proposal : t.text.note) ?? '');
}

/**
 * A row of a block headed by what it proposes ("ĐỀ XUẤT BỔ SUNG") with no number: its task's words,
 * and a unit or note of its own (the heading says what is proposed; no product or leader is needed).
 */
function startsBlockRow(view: SheetView, cols: ColumnMap, r: number): boolean {
  const task = cols.task !== undefined ? view.text(r, cols.task) : '';
  const own = (c: number | undefined) => c !== undefined && view.text(r, c) !== '' && !view.isMergedBelow(r, c);
  return startsSentence(task.replace(LEADING_BULLET, '')) && (own(cols.lead) || own(cols.note) || own(cols.proposal));
}

/** A row of a review that starts a proposal though it has no number: its task and what is proposed. */
function startsReviewRow(view: SheetView, cols: ColumnMap, r: number): boolean {
  const task = cols.task !== undefined ? view.text(r, cols.task) : '';
  if (!task || !/^\p{Lu}/u.test(task)) return false;
  const reviewNo = cols.reviewNo !== undefined ? view.text(r, cols.reviewNo) : '';
  return /^\d+$/.test(reviewNo) || (cols.proposal !== undefined && proposalKind(view.text(r, cols.proposal)) !== null);
}
