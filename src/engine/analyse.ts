/**
 * One workbook in, one FileReport out: read every sheet into tables and tasks, pick the directory
 * period, recognise names, run the checks, summarise.
 */
import { CtctInputError } from './errors';
import type { WorkbookGrid } from './grid';
import { isOwnSheet, namedOwnSheet, ownSheetKind, ownSheetOf } from './own-sheets';
import type { AnalyseOptions } from './options';
import { rowSlot, type FileReport, type Proposal, type Task } from './report';
import { defaultDirectory } from './directory/load';
import { directoryFromValues, looksLikeDirectory, pickDirectorySheet } from './directory/sheet';
import type { Directory, Period } from './directory/types';
import { countedLeadUnits, DirectoryMatcher, NameMatch, nameOf } from './directory/matcher';
import { newestPeriod, renamedTasks } from './directory/renaming';
import { candidatePeriods, choosePeriod, periodById, programmeDate, sheetYear, type ProgrammeDate } from './directory/period';
import { SheetView } from './sheet/view';
import { readSheetInBands } from './reading/bands';
import { countListedSections } from './reading/count-lists';
import { deadlineInNote, parseDeadline } from './reading/dates';
import { ALL_YEAR_WORDS, MONTH_ABBREVIATION, MONTHS_IN_TEXT, monthSpan, monthsInQuarter, ordinalsAsFigures, QUARTER_TOKEN, quarterOf, quartersNamed, sheetNameQuarters, wholeYear, wordedMonth } from './reading/headings';
import { fieldRow, isBlankField, isJoined, type ParsedProposal, type ParsedTable, type ParsedTask, type SheetParse } from './reading/model';
import { proposalKind } from './reading/proposals';
import { CHECKS } from './checks';
import { AnalysedTask, CheckContext, fieldCell, FindingSink, namesAsTyped, SheetScope, withUnicodeFont } from './checks/context';
import { summarise } from './summary/summarise';
import { countOnceAcrossSheets, sharedAcrossSheets, type SharedGroup } from './summary/shared';
import { NO_STATUS } from './summary/keys';
import { foldKey, foldText } from './text';
import { taskTextHash } from './reading/task-key';
import { canonicalStatus, isClosedOn, nearestStatus, noteStatus, readStatus, resultStatus } from './status';
import { trackerMergeOptions } from './track/merge';
import { withTrackerStatuses, type TrackedTasks } from './track/statuses';
import { statusHint } from './checks/status';
import { isGeneric } from './checks/units';
import { columnLetter } from './grid';
import { parseDateText, quarterOfIso, todayIso } from './dates';

export function analyseWorkbook(grid: WorkbookGrid, options: AnalyseOptions): FileReport {
  const own = options.directory ? null : workbookDirectory(grid);
  const directory = options.directory ?? own ?? defaultDirectory;
  const asOf = options.asOf ?? todayIso();
  let sheets = grid.sheets.filter((s) => !isOwnSheet(s));
  if (options.sheet) {
    const wanted = foldKey(options.sheet);
    sheets = sheets.filter((s) => foldKey(s.name) === wanted);
    if (!sheets.length) {
      const ctctSheet = grid.sheets.find((s) => foldKey(s.name) === wanted);
      if (ctctSheet) throw new CtctInputError('no-such-sheet', `Trang "${ctctSheet.name}" của tệp “${options.fileName}” do CTCT ghi ra, không phải bảng nhiệm vụ.`);
      // The sheets a user can ask for: not CTCT's own (its hidden CTCT_* ones least of all).
      const names = grid.sheets.filter((s) => !isOwnSheet(s)).map((s) => `"${s.name}"`).join(', ');
      throw new CtctInputError('no-such-sheet', `Tệp “${options.fileName}” không có trang "${options.sheet}" (các trang: ${names}).`);
    }
  }
  const views = new Map(sheets.map((s) => [s.name, new SheetView(s)] as const));
  let parses = sheets.map((s) => readSheetInBands(views.get(s.name)!, s));
  // A hidden sheet is kept out of sight (last year's programme, an old copy): it is checked only
  // when asked for by name or when no visible sheet holds a table.
  if (!options.sheet && parses.some((p, i) => !sheets[i].hidden && p.tables.length)) {
    parses = parses.filter((_, i) => !sheets[i].hidden);
    for (const s of sheets) if (s.hidden) views.delete(s.name);
    sheets = sheets.filter((s) => !s.hidden);
  }
  const tables = parses.flatMap((p) => p.tables);
  if (!tables.length) {
    throw new CtctInputError(
      'no-task-table',
      `Không tìm thấy bảng nhiệm vụ nào trong tệp “${options.fileName}”: cần một dòng tiêu đề có các cột như "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo".`,
    );
  }

  // A year-end plan's Quý/Tháng columns date its tasks before the sheets' periods are chosen.
  for (const p of parses) columnsTurnYear(p);
  const scopes = sheetScopes(parses, directory, options);
  const analysed = parses.flatMap((p) => {
    const view = views.get(p.sheet)!;
    const scope = scopes.get(p.sheet)!;
    const titleUnit = unitInTitle(p.titleLines, scope.matcher);
    if (titleUnit) [scope.titleUnit, scope.titleAt] = [titleUnit, cellNaming(view, titleUnit, p.tables[0]?.headerRows[0] ?? 1)];
    return p.tasks.map((t) => analyseTask(t, view, scope));
  });
  countListedSections(parses);
  const sink = new FindingSink();
  const ctx: CheckContext = { views, sheets: parses, scopes, tasks: analysed, emit: (code, at, params, options) => sink.emit(code, at, params, withUnicodeFont(views, at, options)) };
  for (const check of CHECKS) check.run(ctx);
  sink.settleFixes(ctx);

  const sheetOrder = new Map(sheets.map((s, i) => [s.name, i]));
  const tasks = withKeys(analysed);
  /** The month a proposal under no month names in its own words ("Tháng 8" in its note), if its task is not found in the programme. */
  const namedMonths = new Map<Proposal, number>();
  const proposals = parses.flatMap((p) =>
    p.proposals.flatMap((x) => {
      const out = toProposal(x, views.get(p.sheet)!, scopes.get(p.sheet)!.matcher);
      // A review's row only: a programme task under no month (all-year) stays so, whatever its note says.
      const review = x.headingKind !== null || x.task.table.kind === 'review';
      const named = review && out?.month === null ? monthNamedIn(x.task, scopes.get(p.sheet)!.year) : null;
      if (named !== null) namedMonths.set(out!, named);
      return out ?? [];
    }),
  );
  // The file's period and year: those of its first sheet with tasks (sheetPeriods has each one).
  const main = scopes.get((parses.find((p) => p.tasks.length) ?? parses.find((p) => p.tables.length))!.sheet)!;
  const year = main.year;
  const sections = parses.flatMap((p) => p.sections.filter((s) => s.declared !== null).map((s) => ({ sheet: s.sheet, row: s.row, column: columnLetter(s.col), label: s.label, declared: s.declared!, actual: s.actual, ...(s.counts ? { counts: s.counts } : {}) })));
  // KPIs as the programme counts them ("Gồm 15 chỉ tiêu"): a heading's count and the summary agree.
  const kpiTables = tables.filter((t) => t.kind === 'kpi');
  const kpiParts = kpiTables.reduce((n, t) => n + (t.kpiParts ?? 0), 0);
  const kpiCount = kpiTables.reduce((n, t) => n + t.rowCount, 0) - kpiParts;
  const sheetNames = sheets.map((s) => s.name);
  const sheetYears = Object.fromEntries(parses.filter((p) => p.tasks.length && scopes.get(p.sheet)!.year !== null).map((p) => [p.sheet, scopes.get(p.sheet)!.year!]));
  // A task's null year is the file's: a sheet of another year ("2024" after a late-2025 sheet) says its own.
  for (const t of tasks) {
    const own = Object.prototype.hasOwnProperty.call(sheetYears, t.sheet) ? sheetYears[t.sheet] : null;
    if (t.year === null && own !== null && own !== year) t.year = own;
  }
  const merging = trackerMergeOptions({ period: main.period.id, year, sheets: sheetNames, sheetYears }, grid.sheets.map((s) => s.name));
  // The summary counts the statuses users keep in the workbook's tracker, where it knows the task.
  // A tracker among the sheets named as CTCT names it is where the user works; else `grid.tracker`
  // (the add-in's marked one, read apart), not a user's snapshot of it ("Theo dõi T7") among the sheets.
  const given = grid.tracker && ownSheetKind(grid.tracker) === 'tracker' ? grid.tracker : undefined;
  const tracker = namedOwnSheet(grid.sheets, 'tracker') ?? given ?? ownSheetOf(grid.sheets, 'tracker');
  const tracked = tracker ? withTrackerStatuses(tasks, tracker, asOf, merging) : { tasks, fromTracker: 0 };
  // A status typed in the workbook's own tracker is checked as in the sheet (an earlier copy's is elsewhere).
  if (tracker && (grid.sheets.includes(tracker) || (tracker === given && grid.trackerIsOwn))) trackerStatusFindings(tracked, tracker.name, sink);
  if (tracker) sourceChangedFindings(tracked, analysed, tracker.name, asOf, sink);
  // The report's tasks keep the source's status, and say the tracker's where it differs (the one counted).
  const reported = tracker ? tasks.map((t, i) => (tracked.tasks[i].status !== t.status ? { ...t, trackerStatus: tracked.tasks[i].status } : t)) : tasks;
  // Statuses from the tracker: those it changes (one typed as the source now says is the source's), as a consolidated summary counts them.
  const fromTracker = tracker ? reported.reduce((n, t) => n + (t.trackerStatus !== undefined ? 1 : 0), 0) : 0;
  // A status "Đề xuất bỏ" (in the sheet or its tracker) is a proposal too: the lists and counts of
  // what units propose agree with the count by status. A task a review already proposes to drop is
  // proposed once.
  // The programme's tasks by their words, built once if a proposal needs it.
  let byText: Map<string, Task[]> | undefined;
  const textIndex = () => (byText ??= tasksByText(tasks));
  const droppedElsewhere = droppedInReview(proposals, textIndex);
  proposals.push(...statusProposals(tracked.tasks, proposals, droppedElsewhere));
  monthsFromProgramme(proposals, textIndex, namedMonths);
  // In the workbook's order: a review block's proposals and those of a status column as the sheets list them.
  proposals.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);

  const sheetPeriods = Object.fromEntries(parses.filter((p) => p.tables.length).map((p) => [p.sheet, scopes.get(p.sheet)!.period.id]));
  // Sheets of two periods in one workbook: one line per unit and leader, by the newest names.
  const counted = underNewestNames(tracked.tasks, sheetPeriods, directory);
  const onSheets = sharedAcrossSheets({ proposals, year, sheetYears }, counted, asOf);
  if (onSheets.length) severalSheetsFindings(onSheets, counted, analysed, sink);
  // The tracker's findings after the programme's.
  const findings = sink.findings.sort(
    (a, b) => (sheetOrder.get(a.sheet) ?? sheets.length) - (sheetOrder.get(b.sheet) ?? sheets.length) || a.row - b.row || a.column.length - b.column.length || compareLetters(a.column, b.column),
  );
  return {
    file: options.fileName,
    period: main.period.id,
    year,
    directorySource: options.directory ? 'option' : own ? 'workbook' : 'default',
    periodSource: main.periodSource,
    sheets: sheetNames,
    sheetPeriods,
    sheetYears,
    tables: tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      headerRows: t.headerRows,
      columns: Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c!)])),
      firstRow: t.firstRow,
      lastRow: t.lastRow,
      title: t.title,
      rowCount: t.rowCount,
    })),
    tasks: reported,
    proposals,
    findings,
    // Due dates in the years the tracker uses too (each sheet's own): the two overdue lists always agree.
    summary: withSourceStatuses(countOnceAcrossSheets(summarise({
      tasks: counted,
      sections,
      findings,
      proposals,
      kpiCount,
      kpiParts,
      asOf,
      year: merging.year ?? null,
      sheetYears,
      hasColumn: (i, f) => analysed[i].parsed.table.columns[f] !== undefined,
      statusFromTracker: fromTracker,
      droppedElsewhere,
    }), onSheets, asOf), tracked, tasks),
    // A damaged file's lost sheets are said in the JSON and in every summary, not by the host alone.
    ...(grid.missingSheets?.length ? { missingSheets: [...grid.missingSheets] } : {}),
  };
}

/** Column letters of one length in order: plain comparison, as localeCompare orders capitals A–Z (without a collator to set up). */
function compareLetters(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** unknown-status at each cell of "Theo dõi" whose typed status, the one counted, is no status CTCT reads. */
function trackerStatusFindings(tracked: TrackedTasks, sheet: string, sink: FindingSink): void {
  for (const { task, line, column } of tracked.typed ?? []) {
    const t = tracked.tasks[task];
    const text = t.status ?? '';
    if (isBlankField(text) || readStatus(text)) continue;
    sink.emit('unknown-status', { sheet, row: line + 1, col: column + 1 }, { value: text, hint: statusHint(text, nearestStatus(text), t.product) }, { fix: null });
  }
}

/**
 * source-status-changed at the source's status cell of each task whose status there changed since
 * CTCT copied it under one typed in the tracker, which still counts (as documented): a warning when
 * the source now closes the task and the tracker leaves it open (done in the sheet, overdue in the
 * summary), information otherwise.
 */
function sourceChangedFindings(tracked: TrackedTasks, analysed: readonly AnalysedTask[], trackerName: string, asOf: string, sink: FindingSink): void {
  for (const { task, before, tracker } of tracked.changed ?? []) {
    const t = analysed[task];
    const at = fieldCell(t, 'status');
    const source = t.parsed.text.status;
    if (!at || !source) continue;
    const product = t.parsed.text.product;
    const closes = isClosedOn(source, asOf, t.scope.year, product) && !isClosedOn(tracker, asOf, t.scope.year, product);
    const params = { source, before: before ? `"${before}"` : 'để trống', sheet: trackerName, tracker };
    sink.emit('source-status-changed', at, params, { fix: null, ...(closes ? {} : { severity: 'info' as const }) });
  }
}

/**
 * task-on-several-sheets at the task cell of each copy of a task but the first, naming the first:
 * the summary counts it once (`sharedAcrossSheets`), with the status it says where the copies differ.
 */
function severalSheetsFindings(groups: readonly SharedGroup[], counted: readonly Task[], analysed: readonly AnalysedTask[], sink: FindingSink): void {
  const index = new Map(counted.map((t, i) => [t, i]));
  for (const g of groups) {
    const [first, ...others] = g.copies;
    const differ = new Set(g.copies.map((c) => c.task.status ?? '')).size > 1;
    const status = differ ? `, tình trạng được tính: "${g.counted.status ?? NO_STATUS}"` : '';
    for (const c of others) {
      const at = fieldCell(analysed[index.get(c.task)!], 'task');
      if (at) sink.emit('task-on-several-sheets', at, { otherSheet: first.task.sheet, otherRow: first.task.row, status }, { fix: null });
    }
  }
}

/** The overdue tasks whose source status changed under the tracker's say what the source says now. */
function withSourceStatuses(summary: FileReport['summary'], tracked: TrackedTasks, tasks: readonly Task[]): FileReport['summary'] {
  if (!tracked.changed) return summary;
  const changed = new Map(tracked.changed.map(({ task }) => [rowSlot(tasks[task]), tasks[task].status ?? '']));
  const overdue = summary.overdue.map((o) => {
    const source = changed.get(rowSlot(o));
    return source ? { ...o, sourceStatus: source } : o;
  });
  return { ...summary, overdue };
}

/** Tasks under the names of the newest of their sheets' periods (the same tasks when there is one period). */
function underNewestNames(tasks: Task[], sheetPeriods: Record<string, string>, directory: Directory): Task[] {
  const newest = newestPeriod(directory, Object.values(sheetPeriods));
  if (!newest) return tasks;
  return renamedTasks(tasks, directory, (sheet) => sheetPeriods[sheet] ?? newest, newest);
}

/**
 * Tasks of the programme a separate review proposes to drop: the review's row names the task by
 * its words (and lead unit); where exactly one task has them, that task is the one.
 */
function droppedInReview(proposals: readonly Proposal[], textIndex: () => Map<string, Task[]>): Set<string> {
  const out = new Set<string>();
  const drops = proposals.filter((p) => p.kind === 'drop' && p.task);
  if (!drops.length) return out;
  const byText = textIndex();
  for (const p of drops) {
    const t = programmeTaskOf(p, byText);
    if (t) out.add(rowSlot(t));
  }
  return out;
}

function tasksByText(tasks: readonly Task[]): Map<string, Task[]> {
  const byText = new Map<string, Task[]>();
  for (const t of tasks) {
    const k = foldText(t.task);
    if (!k) continue;
    const same = byText.get(k);
    if (same) same.push(t);
    else byText.set(k, [t]);
  }
  return byText;
}

/**
 * The one task of the programme a proposal of a review names by its words (and lead unit); null for
 * none or several. Words only: "- Kiểm tra …", "Xây dựng kế hoạch." name "Kiểm tra …", "Xây dựng kế hoạch".
 */
function programmeTaskOf(p: Proposal, byText: Map<string, Task[]>): Task | null {
  const same = (byText.get(foldText(p.task)) ?? []).filter((t) => !p.leadUnits.length || t.leadUnits.some((u) => p.leadUnits.includes(u)));
  return same.length === 1 && rowSlot(same[0]) !== rowSlot(p) ? same[0] : null;
}

/**
 * A review block's proposal under no month ("ĐỀ XUẤT BỎ" after the quarters) is in the month of the
 * task it names; with no such task in the file, in the month its own words name (`named`).
 */
function monthsFromProgramme(proposals: Proposal[], textIndex: () => Map<string, Task[]>, named: ReadonlyMap<Proposal, number>): void {
  if (!proposals.some((p) => p.month === null && p.task)) return;
  const byText = textIndex();
  for (const p of proposals) {
    if (p.month !== null || !p.task) continue;
    // A task of the programme under no month (all year) stays so, whatever the row's words say.
    const task = programmeTaskOf(p, byText);
    p.month = task ? task.month : (named.get(p) ?? null);
  }
}

/** "T8", "T.8/2025" in free text (folded): the month, its year. */
const SHORT_MONTH_IN_TEXT = /\bt\.?\s?(\d{1,2})(?:\s*\/\s*(20\d{2}))?(?![\d/.,])/;
/**
 * Words right before a month that say where a task goes, not where it is (folded): "Lùi sang tháng 10",
 * "chuyển đến T12", "lùi … đến cuối tháng 12"; "vào" only after a moving verb ("Chuyển thời gian thực
 * hiện vào tháng 12", not "Tổ chức vào tháng 8").
 */
const MOVED_TO = /\b(?:sang|den|toi|lui|chuyen|dieu chinh|(?:chuyen|lui|dieu chinh|gia han)\b[^,;.]*\bvao)\s*(?:(?:cuoi|dau|giua)\s*)?$/;

/**
 * The month a proposal's note, proposal or task names ("Tháng 8", "tháng 8/2025", "T8": a range,
 * its last), of the sheet's year or none; not a month it is moved to ("Lùi sang tháng 10").
 */
function monthNamedIn(t: ParsedTask, year: number | null): number | null {
  for (const text of [t.text.note, t.text.proposal, t.text.task]) {
    if (!text) continue;
    const f = foldKey(text);
    const long = MONTHS_IN_TEXT.exec(f);
    const span = long ? monthSpan(long) : null;
    const short = span ? null : SHORT_MONTH_IN_TEXT.exec(f);
    const month = span ? span.last : short ? Number(short[1]) : null;
    const monthYear = span ? span.year : short?.[2] ? Number(short[2]) : null;
    const at = long?.index ?? short?.index ?? 0;
    if (month === null || month < 1 || month > 12 || MOVED_TO.test(f.slice(0, at))) continue;
    if (monthYear === null || year === null || monthYear === year) return month;
  }
  return null;
}

/**
 * Each sheet's period and year: from its own title and headings, else the workbook's (first dated
 * sheet, file name, years the tasks name). Where the date leaves several periods possible, the one
 * that knows most of the sheet's lead units and leaders.
 */
function sheetScopes(parses: SheetParse[], directory: Directory, options: AnalyseOptions): Map<string, SheetScope> {
  const matchers = new Map<string, DirectoryMatcher>();
  const matcherFor = (p: Period) => {
    let m = matchers.get(p.id);
    if (!m) matchers.set(p.id, (m = new DirectoryMatcher(directory, p.id)));
    return m;
  };
  // The quarters of the programme's first year: in a plan across the year's end ("Quý IV", then
  // "Quý I" of the next year) the next year's quarters would date it a year early.
  const quartersOf = (p: SheetParse) => {
    const first = p.headingYears.length ? Math.min(...p.headingYears) : null;
    const quarters = p.tasks.filter((t) => t.quarter !== null && t.yearAfter === 0 && (t.year === null || t.year === first)).map((t) => t.quarter!);
    // A sheet named "Quý III-IV" gives its tasks no quarter, but its first quarter dates it.
    const named = quarters.length ? null : sheetNameQuarters(p.sheet);
    return named ? [named[0]] : quarters;
  };
  // A sheet's name with a year ("T1-2026", "Quý I năm 2026") dates it where its title and headings do not.
  const dateOf = (p: SheetParse) => programmeDate(p.titleLines, quartersOf(p), p.headingYears) ?? (/\b20\d{2}\b/.test(p.sheet) ? programmeDate([p.sheet], quartersOf(p), []) : null);
  const own = new Map(parses.map((p) => [p.sheet, dateOf(p)] as const));
  const fallback =
    parses.map((p) => own.get(p.sheet)).find((d) => d) ??
    programmeDate([], [], [], { fileName: options.fileName, taskTexts: () => parses.flatMap((p) => p.tasks.map((t) => t.text.task ?? '')) });
  const fixed = options.period ? periodById(directory, options.period) : null;
  const dates = new Map(parses.map((p) => [p.sheet, own.get(p.sheet) ?? fallback] as const));
  const chosen = new Map(parses.map((p) => [p.sheet, fixed ?? choosePeriod(candidatePeriods(directory, dates.get(p.sheet)!), (candidate) => nameFit(matcherFor(candidate), p))] as const));
  if (!fixed) followCloserDates(directory, dates, chosen);
  const scopes = new Map<string, SheetScope>();
  for (const p of parses) {
    const date = dates.get(p.sheet)!;
    const period = chosen.get(p.sheet)!;
    // A title naming two quarters, or the sheet's name ("Quý III-IV").
    // A plain list (no quarter or month anywhere) is a plan for the whole year, as "Quý I - Quý IV" says.
    const titleQuarters = p.titleLines.map(quartersNamed).find((q) => q) ?? sheetNameQuarters(p.sheet) ?? (isPlainList(p) ? WHOLE_YEAR : undefined);
    scopes.set(p.sheet, { period, matcher: matcherFor(period), year: date ? sheetYear(date, period) : null, periodSource: fixed ? 'option' : date ? 'sheet' : 'default', ...(titleQuarters ? { titleQuarters } : {}) });
  }
  return scopes;
}

const WHOLE_YEAR: [number, number] = [1, 4];

/** A sheet whose tasks no quarter or month row, column or heading places, under a title not of all-year tasks ("NHIỆM VỤ TRỌNG TÂM"). */
function isPlainList(p: SheetParse): boolean {
  if (!p.tasks.length || p.tables.some((t) => t.columns.quarter !== undefined || t.columns.month !== undefined)) return false;
  if (p.titleLines.some((l) => ALL_YEAR_WORDS.test(foldKey(l)))) return false;
  return p.tasks.every((t) => t.quarter === null && t.month === null) && p.sections.every((s) => s.quarter === null && s.month === null);
}

/**
 * A sheet dated by its year only ("NHIỆM VỤ TRỌNG TÂM NĂM 2025") beside sheets of that year dated by
 * a quarter or month ("Quý IV"): the workbook is kept up to their time, so the sheet is checked
 * against names no older than the newest of theirs, whatever old names it still uses.
 */
function followCloserDates(directory: Directory, dates: ReadonlyMap<string, ProgrammeDate | null>, chosen: Map<string, Period>): void {
  const order = (p: Period) => directory.periods.indexOf(p);
  const newest = new Map<number, Period>();
  for (const [sheet, date] of dates) {
    if (!date || date.fromTasks || (date.month === null && !date.quarters)) continue;
    const period = chosen.get(sheet)!;
    const known = newest.get(date.year);
    if (!known || order(period) > order(known)) newest.set(date.year, period);
  }
  for (const [sheet, date] of dates) {
    if (!date || date.fromTasks || date.month !== null || date.quarters) continue;
    const closer = newest.get(date.year);
    if (closer && order(closer) > order(chosen.get(sheet)!)) chosen.set(sheet, closer);
  }
}

/**
 * A plan across the year's end ("QUÝ IV/2025 VÀ QUÝ I/2026") whose quarters are in "Quý"/"Tháng"
 * columns, not heading rows: the tasks of its last quarters (up to Quý I) are the next year's, as
 * under heading rows, in whatever order the rows come (a unit's Quý IV after another's Quý I), and
 * their quarter is known before the period is chosen.
 */
function columnsTurnYear(p: SheetParse): void {
  const title = p.titleLines.map(quartersNamed).find((q) => q && q[0] > q[1]);
  if (!title) return;
  for (const t of p.tasks) {
    if (t.quarter !== null || t.month !== null) continue;
    const q = columnQuarter(t);
    if (q === null) continue;
    t.quarter = q;
    if (q <= title[1]) t.yearAfter = Math.max(t.yearAfter, 1);
  }
}

/** The quarter a task's "Quý" cell (or "Quý I" in its "Tháng" cell), else its "Tháng" cell, gives. */
function columnQuarter(t: ParsedTask): number | null {
  const cell = quarterCellOf(t.text);
  const q = cell ? quarterInCell(cell) : null;
  if (q !== null) return q;
  const month = monthCell(t.text.month);
  return month === null ? null : Math.ceil(month / 3);
}

/** How well a period knows a sheet's names: each distinct lead (a KPI's unit too) or leader cell, +1 known, −1 not. */
function nameFit(matcher: DirectoryMatcher, parse: SheetParse): number {
  const leads = new Set([...parse.tasks.map((t) => t.text.lead ?? ''), ...parse.kpiUnits.map((c) => c.text)].filter(Boolean));
  const leaders = new Set(parse.tasks.map((t) => t.text.leader ?? '').filter(Boolean));
  const score = (m: NameMatch) => (m.status === 'current' || m.status === 'collective' ? 1 : m.status === 'external' ? 0 : -1);
  let fit = 0;
  for (const l of leads) for (const m of matcher.matchLeadUnits(l)) fit += score(m);
  for (const l of leaders) for (const m of matcher.matchLeaders(l)) fit += score(m);
  return fit;
}

/**
 * A department's own directory, kept in the workbook as a "Danh mục" sheet (the add-in writes it).
 * Found by its header whatever its name, as the add-in finds it by its mark: users rename it
 * ("Danh mục đơn vị", "Danh mục (2)"). One still called "Danh mục" wins over another.
 */
function workbookDirectory(grid: WorkbookGrid): Directory | null {
  const sheet = pickDirectorySheet(grid.sheets.filter((s) => looksLikeDirectory(s.cells)));
  return sheet ? directoryFromValues(sheet.cells, sheet.name) : null;
}

/** A quarter in a "Quý" cell (folded): "III", "Quý 3", "Q3", "Q.IV", "QI". */
const QUARTER_IN_CELL = new RegExp(String.raw`(?:\bq\.?\s*|\b)${QUARTER_TOKEN}\b`);

const EVERY_QUARTER_IN_CELL = new RegExp(QUARTER_IN_CELL.source, 'g');

/** Every quarter a "Quý" cell names, in order (folded, ordinals as figures): "iii-iv" → 3, 4. */
function quartersNamedIn(folded: string): (number | null)[] {
  return [...folded.matchAll(EVERY_QUARTER_IN_CELL)].map((m) => quarterOf(m[1]));
}

/** A task's "Quý" cell, or "Quý IV" written in its "Tháng" cell (which then says the quarter, and no month). */
function quarterCellOf(c: ParsedTask['text']): string | undefined {
  return c.quarter || (c.month && foldKey(c.month).startsWith('q') ? c.month : undefined);
}

/** A "Quý" or "Tháng" cell as its readers match it: folded, its ordinals as figures ("Quý thứ tư": "quy 4"). */
function foldCell(text: string): string {
  return ordinalsAsFigures(foldKey(text));
}

/** The quarter a "Quý" cell names, if any. */
function quarterInCell(text: string): number | null {
  const q = QUARTER_IN_CELL.exec(foldCell(text));
  return q ? quarterOf(q[1]) : null;
}

/** "Quý", "Qui" or "Q." before a quarter in a "Quý" cell (folded), optional. */
const QUARTER_CELL_WORD = String.raw`(?:qu[yi]\s*|q\.?\s*)?`;

/** A "Quý" cell naming a run of quarters, and nothing else (folded): "iii-iv", "quy iii, iv", "q3 va q4", "quy 3 - quy 4". */
const QUARTERS_CELL = new RegExp(String.raw`^${QUARTER_CELL_WORD}${QUARTER_TOKEN}(?:\s*(?:-|–|,|va|den)\s*${QUARTER_CELL_WORD}${QUARTER_TOKEN})+$`);

/** The first and last quarter a "Quý" cell names when it names several in order ("III-IV": 3, 4); null otherwise. */
function quartersInCell(text: string): [number, number] | null {
  const folded = foldCell(text).trim();
  if (!QUARTERS_CELL.test(folded)) return null;
  const named = quartersNamedIn(folded) as number[];
  const [first, last] = [named[0], named[named.length - 1]];
  return first < last ? [first, last] : null;
}

/** In a plan across the year's end ("Quý IV/2025 và Quý I/2026"), whether quarter `to` after `from` is the next year's. */
function nextYearsQuarter(scope: SheetScope, from: number, to: number): boolean {
  const title = scope.titleQuarters;
  return !!title && title[0] > title[1] && from >= title[0] && to <= title[1];
}

/**
 * A task nothing places in a plan across the year's end ("QUÝ IV/2025 VÀ QUÝ I/2026"), as under a
 * title of two quarters of one year: the quarter of its deadline in the plan's span, else the plan's
 * last; the next year's quarters are of that year (its "31/1" is then 31/1/2026).
 */
function placeAcrossYear(t: ParsedTask, scope: SheetScope, deadline: AnalysedTask['deadline'], year: number | null): void {
  const title = scope.titleQuarters;
  if (!title || title[0] <= title[1] || t.quarter !== null || t.month !== null || t.year !== null || t.yearAfter || year === null) return;
  if (t.section !== null && ALL_YEAR_WORDS.test(foldKey(t.section))) return;
  const [first, last] = title;
  const due = deadline?.iso;
  const q = due ? quarterOfIso(due) : null;
  const dueYear = due ? Number(due.slice(0, 4)) : null;
  // A day with no year was read in the plan's first year: in the next year's quarters it is the next year's.
  const fits = q !== null && ((q >= first && dueYear === year) || (q <= last && (dueYear === year || dueYear === year + 1)));
  t.quarter = fits ? q : last;
  if (t.quarter <= last) nextYear(t, scope);
}

/**
 * "IV" in a task's own "Quý" cell under a "Quý III" heading (or sheet): the task's own cell decides,
 * as its "Tháng" cell does, unless its month, or else its deadline, sides with the heading;
 * quarter-outside-heading says so.
 */
function quarterBesideHeading(t: ParsedTask, scope: SheetScope, heading: number | null, months: { first: number; last: number } | null, due: string | null, year: number | null): void {
  if (t.month !== null) return quarterBesideMonthRow(t);
  const own = heading !== null && t.text.quarter ? onlyQuarterInCell(t.text.quarter) : null;
  if (own === null || own === heading) return;
  t.quarterOutsideHeading = [heading!, own];
  if (months ? monthsInQuarter(months.first, months.last, heading!) : due && inQuarterOf(due, heading!, year)) return;
  t.quarter = own;
  if (nextYearsQuarter(scope, heading!, own)) nextYear(t, scope);
  else if (nextYearsQuarter(scope, own, heading!)) yearBefore(t);
}

/**
 * "II" in a task's own "Quý" cell in a plan of Quý III–IV (its title, its sheet's name, "6 tháng cuối
 * năm"), with no quarter heading: outside the plan, as "IV" under "Quý III" is outside its heading.
 * The cell still places the task; quarter-outside-heading says so.
 */
function quarterOutsidePlan(t: ParsedTask, scope: SheetScope): void {
  const plan = scope.titleQuarters;
  if (!plan || wholeYear(plan) || t.quarterOutsideHeading || !t.text.quarter) return;
  const own = onlyQuarterInCell(t.text.quarter);
  if (own === null) return;
  const [first, last] = plan;
  const inPlan = first <= last ? own >= first && own <= last : own >= first || own <= last;
  if (!inPlan) t.quarterOutsideHeading = [plan, own];
}

/** Whether a day is of the quarter, in the year given (any year where none is). */
function inQuarterOf(iso: string, quarter: number, year: number | null): boolean {
  return quarterOfIso(iso) === quarter && (year === null || iso.startsWith(`${year}-`));
}

/** "IV" in a task's own "Quý" cell under a "Tháng 7" row: the month row, more precise, places it; quarter-outside-heading says so. */
function quarterBesideMonthRow(t: ParsedTask): void {
  const own = t.quarter !== null && !t.firstQuarter && t.text.quarter ? onlyQuarterInCell(t.text.quarter) : null;
  if (own === null || own === t.quarter) return;
  // "IV" beside "Tháng 9, 10", "I" beside "Tháng 12 - 1": one of the row's months is of it.
  for (let m = t.firstMonth ?? t.month!, n = 0; n < 12; m = (m % 12) + 1, n++) {
    if (Math.ceil(m / 3) === own) return;
    if (m === t.month) break;
  }
  t.quarterOutsideHeading = [t.quarter!, own];
}

/** Moves a task back into the year before the one its heading gave it ("IV" under "Quý I/2026"). */
function yearBefore(t: ParsedTask): void {
  if (t.yearAfter) t.yearAfter--;
  if (t.year !== null) t.year--;
}

/** Moves a task into the year after the one it was read in. */
function nextYear(t: ParsedTask, scope: SheetScope): void {
  t.yearAfter++;
  if (t.year !== null) t.year++;
  else if (scope.year !== null) t.year = scope.year + t.yearAfter;
}

/** A "Quý" cell naming one quarter and nothing else (folded): "iv", "quy iv", "q4". */
const ONLY_QUARTER_CELL = new RegExp(String.raw`^${QUARTER_CELL_WORD}${QUARTER_TOKEN}$`);

/**
 * The quarter of a cell naming just that ("IV", "Quý IV"); null for more ("Tháng 3", "Quý I/2026",
 * "III (chuyển tiếp)"), which says something other than a slip of the heading's quarter.
 */
function onlyQuarterInCell(text: string): number | null {
  const q = ONLY_QUARTER_CELL.exec(foldCell(text).trim());
  return q ? quarterOf(q[1]) : null;
}

/** The one quarter a "Quý" cell names ("IV", "Quý 4"); null for none or several ("I-II", "Quý I, II"). */
function singleQuarterInCell(text: string): number | null {
  const named = new Set(quartersNamedIn(foldCell(text)));
  const [only] = named;
  return named.size === 1 ? only : null;
}

function analyseTask(t: ParsedTask, view: SheetView, scope: SheetScope): AnalysedTask {
  const { matcher } = scope;
  if (t.month === null) monthCellYear(t);
  quarterCellYear(t);
  if (t.year === null && t.yearAfter && scope.year !== null) t.year = scope.year + t.yearAfter;
  const year = t.year ?? scope.year;
  const c = t.text;
  let deadline = taskDeadline(t, view, year);
  const quarterCell = quarterCellOf(c);
  // The one quarter a quarter heading (or the sheet's name) put it in.
  const headingQuarter = t.month === null && !t.firstQuarter ? t.quarter : null;
  const months = t.month === null ? monthCellRange(c.month) : null;
  // Under a title or heading naming several quarters, no quarter or month row: its "Tháng" cell, or
  // else the deadline, says which; with none, the last quarter (its tasks are due by its end), or
  // none when they are the whole year ("Từ Quý I đến Quý IV"): all-year tasks, as under "Nhiệm vụ thường xuyên".
  const span = quartersOver(t, scope, quarterCell);
  if (span) {
    const [first, last] = span;
    const q = months ? Math.ceil(months.last / 3) : deadline?.iso ? quarterOfIso(deadline.iso) : null;
    t.quarter = q !== null && q >= first && q <= last && (months || year === null || deadline!.iso!.startsWith(String(year))) ? q : wholeYear(span) ? null : last;
  }
  quarterBesideHeading(t, scope, headingQuarter, months, deadline?.iso ?? null, year);
  if (headingQuarter === null) quarterOutsidePlan(t, scope);
  // Its own "Quý" cell, unless a heading placed it elsewhere (a plan across the year's end placed it by that cell already).
  const cellQuarter = c.quarter && t.month === null && (t.quarter === null || t.quarter === quarterInCell(c.quarter)) ? singleQuarterInCell(c.quarter) : null;
  if (quarterCell && t.quarter === null) t.quarter = quarterInCell(quarterCell);
  const ownQuarter = cellQuarter ?? headingQuarter;
  if (months !== null) {
    t.month = months.last;
    t.quarter = t.quarter ?? Math.ceil(months.last / 3);
    // "IV | 1", or "1" under "Quý IV": the month is more precise, as a month row outside its quarter heading is; month-outside-quarter says so.
    if (ownQuarter !== null && !monthsInQuarter(months.first, months.last, ownQuarter)) {
      t.quarter = Math.ceil(months.last / 3);
      t.monthOutsideQuarter = ownQuarter;
      if (nextYearsQuarter(scope, ownQuarter, t.quarter)) nextYear(t, scope);
    }
  }
  if (months === null && !quarterCell) placeAcrossYear(t, scope, deadline, year);
  // A task moved into the next year ("IV | 1" across the year's end): "31/1" is that year's.
  if ((t.year ?? scope.year) !== year) deadline = taskDeadline(t, view, t.year ?? scope.year);
  deadline = rangeIntoOwnQuarter(t, view, deadline, t.year ?? scope.year);
  deadline = earlyNextYear(t, view, deadline, t.year ?? scope.year);
  // required-fields reads `groupUnit` as "the unit comes from the group row": only when it does.
  const group = groupLead(t, matcher);
  // "1 | Phòng KH-CN" over tasks with their own units: the row's name is still the sheet's to check.
  if (!group && t.groupUnit && t.groupAt && !isBlankField(t.text.lead) && namesUnit(t.groupUnit, matcher)) t.unitGroup = { unit: t.groupUnit, at: t.groupAt };
  if (!group) t.groupUnit = t.groupAt = undefined;
  // A unit's own sheet, its table with no lead column: the unit its title names leads its tasks.
  const titled = !group && t.table.columns.lead === undefined ? (scope.titleUnit ?? null) : null;
  const lead = namesAsTyped(view, t, 'lead');
  const coord = namesAsTyped(view, t, 'coord');
  const leader = namesAsTyped(view, t, 'leader');
  // A unit alone in the leader column, or a leader alone in the lead column, is the columns
  // swapped (swapped-columns says so): it leads or directs nothing, the task lacks that field.
  const leadSwapped = !group && lead !== '' && matcher.looksLikeLeader(lead);
  const leaderSwapped = leader !== '' && matcher.unitInLeaderColumn(leader);
  const record = new AnalysedTaskRecord(
    t,
    scope,
    leadSwapped ? NO_NAMES : matcher.matchLeadUnits(group ?? titled ?? lead),
    matcher.matchUnits(coord),
    leaderSwapped ? NO_NAMES : matcher.matchLeaders(leader),
    group ? NO_NAMES : matcher.matchCoordinatingInLead(lead),
    leaderSwapped ? NO_NAMES : matcher.matchCoordinatingInLeaders(leader),
    deadline,
    saysImportant(c.note, IMPORTANT_NOTE) || saysImportant(c.status, IMPORTANT_STATUS),
    taskTextHash(c.task ?? ''),
    lead,
    coord,
    leader,
    leadSwapped,
    leaderSwapped,
  );
  if (leadSwapped && leaderSwapped) record.swapped = { lead: matcher.matchLeadUnits(leader), leaders: matcher.matchLeaders(lead) };
  return record;
}

const NO_NAMES: NameMatch[] = [];

const IMPORTANT_NOTE = /nhiệm vụ quan trọng/iu;
const IMPORTANT_STATUS = /quan trọng/iu;

/** A note or status saying the task is important; most hold no "q" at all, and skip the regex ("q" folds to nothing else). */
function saysImportant(text: string | undefined, words: RegExp): boolean {
  return !!text && (text.includes('q') || text.includes('Q')) && words.test(text);
}

/**
 * A day early in the year with no year written ("Trước 10/1", "T1", "Quý I") on a task of Quý IV: the
 * next year's, just after the quarter (a year-end report due in January), not nine months before it.
 */
function earlyNextYear(t: ParsedTask, view: SheetView, deadline: AnalysedTask['deadline'], year: number | null): AnalysedTask['deadline'] {
  const due = deadline?.iso;
  if (!due || year === null || t.quarter !== 4 || !due.startsWith(`${year}-`) || quarterOfIso(due) !== 1) return deadline;
  const later = taskDeadline(t, view, year + 1);
  return later?.iso?.startsWith(`${year + 1}-`) ? later : deadline;
}

/**
 * A range back across the year's end with no year ("T12 - T1", "15/12 - 15/1") on a task of the
 * quarter it ends in (Quý I) ends in that quarter's own year, not the next: it began the December before.
 */
function rangeIntoOwnQuarter(t: ParsedTask, view: SheetView, deadline: AnalysedTask['deadline'], year: number | null): AnalysedTask['deadline'] {
  const due = deadline?.iso;
  if (!due || year === null || t.quarter === null || Number(due.slice(0, 4)) !== year + 1 || quarterOfIso(due) !== t.quarter) return deadline;
  const earlier = taskDeadline(t, view, year - 1);
  return earlier?.iso?.startsWith(`${year}-`) ? earlier : deadline;
}

/** A task's deadline, a year written nowhere being `year`: its deadline cell's own value (an Excel date, a serial) unless continuation rows made it text, else one its note states. */
function taskDeadline(t: ParsedTask, view: SheetView, year: number | null): AnalysedTask['deadline'] {
  const c = t.text;
  if (c.deadline) return parseDeadline(isJoined(t, 'deadline') ? c.deadline : view.value(fieldRow(t, 'deadline'), t.table.columns.deadline!), c.deadline, year);
  const noted = c.note ? deadlineInNote(c.note, year) : null;
  // "15/8" ticking "Tháng 8" is more precise than the month's end; a deadline written anywhere wins, as beside an "x".
  const day = t.tickDay;
  return noted ?? (day ? parseDeadline(view.value(day.row, day.col), day.text, year) : null);
}

/** "(Đơn vị: Văn phòng Sở)", "Đơn vị thực hiện: Phòng QLKH&ĐMST": the label before the name. */
const UNIT_LABEL = /^\(?\s*(?:phòng\s*\/\s*)?đơn vị(?: thực hiện| chủ trì)?\s*:\s*/iu;

/**
 * The one unit a title block names on a line of its own ("VĂN PHÒNG SỞ", "PHÒNG QLKH&ĐMST", "(Đơn
 * vị: Văn phòng Sở)"), as written; null when it names none or several.
 */
function unitInTitle(lines: readonly string[], matcher: DirectoryMatcher): string | null {
  // A unit on a line of its own is the sheet's; one named in a sentence counts only when no line is one.
  const own: UnitNamed[] = [];
  const inSentences: UnitNamed[] = [];
  for (const line of lines) {
    const nfc = line.normalize('NFC');
    const label = UNIT_LABEL.exec(nfc);
    const whole = (label ? nfc.slice(label[0].length) : line).replace(/[\s).;:]+$/u, '').trim();
    if (!whole) continue;
    const named = unitNamed(whole, matcher);
    if (named) own.push(named);
    else {
      const said = unitInSentence(nfc, matcher);
      if (said) inSentences.push(said);
    }
  }
  const found = own.length ? own : inSentences;
  return found.length && found.every((f) => f.unit === found[0].unit) ? found[0].written : null;
}

/** A unit's name as a title writes it, and the unit it is. */
type UnitNamed = { written: string; unit: string };

/** The one unit a name is, current or old (not a bare "Phòng"), else null. */
function unitNamed(name: string, matcher: DirectoryMatcher): UnitNamed | null {
  const m = matcher.matchUnits(name);
  const unit = m.length === 1 && m[0].written === name && (m[0].status === 'current' || m[0].status === 'outdated') && !isGeneric(name) ? m[0].canonical : null;
  return unit ? { written: name, unit } : null;
}

/** "của" before the unit a title's sentence names, and what may follow it: a period ("tháng 9", "quý III", "năm 2025") or nothing. */
const OF_UNIT = /(?<!\p{L})của\s+(.+)$/iu;
/** A line citing a document ("(Theo Thông báo số 45/TB-VP … của Văn phòng Sở)", "Kèm theo Công văn số …"): the unit there issued it. */
const CITES_DOCUMENT = /^[\s(]*(?:theo(?!\s+d[oõ]i)|kèm theo|căn cứ)(?!\p{L})|(?<!\p{L})số\s*\d+\s*\//iu;
const PERIOD_AFTER = /^(?:[,\-–]\s*)?(?:tháng|quý|năm|6 tháng|sáu tháng|giai đoạn|đợt)(?!\p{L})/iu;

/**
 * The one unit a title's sentence names after "của" ("Kế hoạch công tác của Văn phòng Sở tháng 9"),
 * as written: the longest words there that are a unit, then a period or nothing.
 */
function unitInSentence(line: string, matcher: DirectoryMatcher): UnitNamed | null {
  const of = OF_UNIT.exec(line);
  if (!of || CITES_DOCUMENT.test(line)) return null;
  const words = of[1].replace(/[\s).;:]+$/u, '').split(/\s+/u);
  for (let n = words.length; n >= 2; n--) {
    const rest = words.slice(n).join(' ');
    if (rest && !PERIOD_AFTER.test(rest)) continue;
    const named = unitNamed(words.slice(0, n).join(' '), matcher);
    if (named) return named;
  }
  return null;
}

/** The first cell above `before` whose text holds `name` (the title line naming the unit), if any. */
function cellNaming(view: SheetView, name: string, before: number): { row: number; col: number } | undefined {
  for (let row = 1; row < before; row++) {
    for (let col = 1; col <= view.colCount; col++) if (view.text(row, col).includes(name)) return { row, col };
  }
  return undefined;
}

/** A unit's word and the name's next letter: "Phòng QLKH", "Trung tâm CĐS", "Văn phòng Sở", "Thanh tra Sở". */
const UNIT_NAMED = /^(?:phòng|văn phòng|trung tâm|thanh tra|chi cục)\s+(\S)/iu;

/**
 * The unit of the group row a task is listed under ("1 | Phòng QLKH&ĐMST", "Văn phòng Sở:"), for a
 * task with its own unit cell blank: when the row names a unit the directory knows, or clearly
 * names one. Not a group of units ("Các đơn vị sự nghiệp:") nor a section ("Công tác văn phòng").
 */
function groupLead(t: ParsedTask, matcher: DirectoryMatcher): string | null {
  if (!t.groupUnit || !isBlankField(t.text.lead)) return null;
  if (namesUnit(t.groupUnit, matcher)) return t.groupUnit;
  // A title over items naming no unit ("2 | Tổ chức các hội nghị:") inside a unit's group: that unit's items.
  const around = t.outerGroup;
  if (!around || !namesUnit(around.unit, matcher)) return null;
  [t.groupUnit, t.groupAt] = [around.unit, around.at];
  return around.unit;
}

function namesUnit(name: string, matcher: DirectoryMatcher): boolean {
  // The name's letter apart: under the "i" flag \p{Lu} would match "chống" in "Phòng chống tham nhũng".
  const named = UNIT_NAMED.exec(name);
  if (named && /[\p{Lu}\d]/u.test(named[1])) return true;
  const matches = matcher.matchUnits(name);
  return matches.length > 0 && matches.every((m) => m.status === 'current' || m.status === 'outdated');
}

/** The quarters a task's heading ("Quý I và Quý II"), its "Quý" cell ("III-IV") or else its sheet's title names, where no quarter or month row says one. */
function quartersOver(t: ParsedTask, scope: SheetScope, quarterCell: string | undefined): [number, number] | null {
  if (t.month !== null) return null;
  if (t.firstQuarter) return [t.firstQuarter, t.quarter!];
  const cell = t.quarter === null && quarterCell ? quartersInCell(quarterCell) : null;
  if (cell) return cell;
  const title = scope.titleQuarters;
  // The all-year section of a plan for two quarters ("NHIỆM VỤ THƯỜNG XUYÊN") stays all-year.
  return t.quarter === null && title && title[0] < title[1] && !quarterCell && !(t.section !== null && ALL_YEAR_WORDS.test(foldKey(t.section))) ? title : null;
}

/** A class, not a literal, for the reason TaskRecord is one (reading/read-sheet.ts). */
class AnalysedTaskRecord implements AnalysedTask {
  constructor(
    public parsed: ParsedTask,
    public scope: SheetScope,
    public lead: NameMatch[],
    public coord: NameMatch[],
    public leaders: NameMatch[],
    public leadCoord: NameMatch[],
    public leaderCoord: NameMatch[],
    public deadline: AnalysedTask['deadline'],
    public important: boolean,
    public textHash: number,
    public leadTyped: string,
    public coordTyped: string,
    public leaderTyped: string,
    public leadSwapped: boolean,
    public leaderSwapped: boolean,
  ) {}
  swapped?: { lead: NameMatch[]; leaders: NameMatch[] };
}

/**
 * Canonical names where the directory knows them; as written otherwise. Equal cells share their
 * matches, and so their (frozen) list of names: 20,000 tasks name a few dozen units.
 */
const namesOf = new WeakMap<NameMatch[], string[]>();
function names(matches: NameMatch[]): string[] {
  let out = namesOf.get(matches);
  if (!out) {
    const list: string[] = [];
    for (const m of matches) {
      const n = nameOf(m);
      if (n && !list.includes(n)) list.push(n);
    }
    namesOf.set(matches, (out = Object.freeze(list) as string[]));
  }
  return out;
}

/** The letter of a table's number column (its task column when it has none), worked out once per table. */
const numberColumns = new WeakMap<ParsedTable, string>();
function numberColumn(table: ParsedTable): string {
  let letter = numberColumns.get(table);
  if (letter === undefined) numberColumns.set(table, (letter = columnLetter(table.columns.stt ?? table.columns.task ?? 1)));
  return letter;
}

function toTask(a: AnalysedTask, key: string): Task {
  const t = a.parsed;
  const c = t.text;
  // A blank status: "Kết quả thực hiện" says it when it reads as one ("Đã hoàn thành") or reports the
  // product issued, whether or not the table has a status column (units leave it blank once done).
  // Neither says: a note that is a status and nothing else ("Đã hoàn thành"), as units with no status column write it;
  // or the day in a "Ngày hoàn thành" column, read as a day alone in the status column is (one still ahead is planned).
  // A dash or a dot alone ("-", "…") holds the place of a status not given yet, as in the product column.
  const status = (isBlankField(c.status) ? '' : c.status) || (c.result && resultStatus(c.result)) || (c.note && noteStatus(c.note)) || (c.completed && readStatus(c.completed) === 'Hoàn thành' ? c.completed : '') || '';
  const product = c.product ?? '';
  const task: Task = {
    sheet: t.sheet,
    row: t.row,
    column: numberColumn(t.table),
    endRow: t.endRow,
    stt: t.stt,
    quarter: t.quarter,
    month: t.month,
    year: t.year,
    section: t.section,
    task: c.task ?? '',
    leadUnits: names(countedLeadUnits(a.swapped?.lead ?? a.lead)),
    // The lead cell's coordinating part ("X chủ trì, phối hợp Y") after the column's units, then the leader cell's note ("Phối hợp: Y").
    coordinatingUnits: a.leadCoord.length || a.leaderCoord.length ? names([...a.coord, ...a.leadCoord, ...a.leaderCoord]) : names(a.coord),
    leaders: names(a.swapped?.leaders ?? a.leaders),
    product: isBlankField(product) ? '' : product,
    deadline: a.deadline?.iso ?? recurringEnd(a, status),
    status: status ? (canonicalStatus(status) ?? status) : null,
    result: c.result || null,
    note: c.note ?? '',
    important: a.important,
    key,
  } as Task;
  // One literal for most tasks: properties added after it would take a store of their own per task.
  const completed = c.completed?.trim();
  return completed || t.arising ? withCompletedOrArising(task, completed ? (parseDateText(c.completed!) ?? completed) : undefined, !!t.arising) : task;
}

/** A task with its day of completion and its being arising work, in the report's order of properties (before and after `note`). */
function withCompletedOrArising(task: Task, completedOn: string | undefined, arising: boolean): Task {
  const { note, important, key, ...head } = task;
  const out = head as Task;
  if (completedOn !== undefined) out.completedOn = completedOn;
  out.note = note;
  out.important = important;
  if (arising) out.arising = true;
  out.key = key;
  return out;
}

/** Recurring words in a deadline cell, or in a task's text, with no date (folded; "hằng" folds as "hàng"). */
const RECURRING_DEADLINE = /\b(?:thuong xuyen|ca nam|hang (?:thang|quy|tuan|ngay)|dinh ky|lien tuc)\b/;
// Not "duy trì" in a task's text: "xây dựng, áp dụng, duy trì HTQLCL" names what a one-off task is about.
const RECURRING_TASK = /\b(?:thuong xuyen|lien tuc|hang (?:tuan|ngay))\b/;
/** A status saying the work runs on: "Đang vận hành ổn định", "Duy trì thường xuyên". */
const RUNNING = /\b(?:van hanh on dinh|dang van hanh|duy tri)\b/;

/**
 * Recurring work listed in a month or quarter ("Thường xuyên", "Hàng tháng" in its deadline; "Cập nhật
 * thường xuyên …"; "Đang vận hành ổn định") has no end in that month: it is due by the end of its
 * programme's year, the plan's end, rather than overdue once the month is over.
 */
function recurringEnd(a: AnalysedTask, status: string): string | null {
  const c = a.parsed.text;
  const year = a.parsed.year ?? a.scope.year;
  if (year === null || (a.parsed.quarter === null && a.parsed.month === null)) return null;
  const recurring = RECURRING_DEADLINE.test(foldKey(c.deadline ?? '')) || RECURRING_TASK.test(foldKey(c.task ?? '')) || RUNNING.test(foldKey(status));
  return recurring ? `${year}-12-31` : null;
}

/** Identity = period slot + task text, not the row: the tracker finds the task again after edits above it. */
function withKeys(analysed: AnalysedTask[]): Task[] {
  const used = new Map<string, number>();
  const tasks: Task[] = new Array(analysed.length);
  for (let i = 0; i < analysed.length; i++) {
    const a = analysed[i];
    const t = a.parsed;
    // The text's hash in base 36: the key trackers already hold.
    const base = `${t.quarter ?? 'n'}.${t.month ?? 'n'}.${a.textHash.toString(36)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    tasks[i] = toTask(a, n === 1 ? base : `${base}.${n}`);
  }
  return tasks;
}

/**
 * A proposal as the report gives it: what its first words propose, else what its block's heading
 * does; words that say neither are listed for a person to read (as "adjust"). A programme task
 * with an empty proposal cell proposes nothing and is not listed.
 */
function toProposal(p: ParsedProposal, view: SheetView, matcher: DirectoryMatcher): Proposal | null {
  const t = p.task;
  const c = t.text;
  const own = (p.field === 'note' ? c.note : c.proposal)?.trim() ?? '';
  // Under "ĐỀ XUẤT BỎ" with no proposal column, "Ghi chú" gives the reason; the heading says what.
  const reason = !own && p.headingKind ? (c.note?.trim() ?? '') : '';
  const proposal = own || reason;
  if (!proposal && t.table.kind !== 'review' && !p.headingKind) return null;
  const kind = reason ? p.headingKind! : (proposalKind(proposal) ?? p.headingKind ?? (proposal ? 'adjust' : 'none'));
  return { sheet: t.sheet, row: t.row, column: numberColumn(t.table), stt: t.stt, task: c.task ?? '', leadUnits: names(countedLeadUnits(matcher.matchLeadUnits(groupLead(t, matcher) ?? namesAsTyped(view, t, 'lead')))), month: monthCell(c.month) ?? t.month, proposal, kind };
}

/**
 * Tasks whose status proposes ("Đề xuất bỏ", "Đề nghị điều chỉnh") and that propose nothing in a
 * column of their own, nor (for dropping) in a review of the workbook (`droppedElsewhere`).
 */
function statusProposals(tasks: readonly Task[], proposals: readonly Proposal[], droppedElsewhere: ReadonlySet<string>): Proposal[] {
  const own = new Set(proposals.map(rowSlot));
  const out: Proposal[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const status = t.status ? readStatus(t.status) : null;
    const kind = status === 'Đề xuất bỏ' ? 'drop' : status === 'Đề nghị điều chỉnh' ? 'adjust' : null;
    if (!kind || own.has(rowSlot(t)) || (kind === 'drop' && droppedElsewhere.has(rowSlot(t)))) continue;
    out.push({ sheet: t.sheet, row: t.row, column: t.column, stt: t.stt, task: t.task, leadUnits: t.leadUnits, month: t.month, proposal: t.status!, kind });
  }
  return out;
}

/**
 * A "Tháng" cell's month: "7", "Tháng 7", "7-8" (a range counts as its last month, as under a
 * heading); a date's month ("8/2025" typed becomes the date 01/08/2025 in Excel); a month in words
 * ("Tháng Mười Hai", "tháng bảy").
 */
function monthCell(text: string | undefined): number | null {
  return monthCellRange(text)?.last ?? null;
}

/** A "Tháng" cell's first and last month ("7-8": 7, 8; "Tháng 7": 7, 7). */
function monthCellRange(text: string | undefined): { first: number; last: number } | null {
  if (!text) return null;
  const date = parseDateText(text);
  if (date) return { first: Number(date.slice(5, 7)), last: Number(date.slice(5, 7)) };
  const folded = foldCell(text);
  const worded = wordedMonth(folded);
  if (worded !== null) return { first: worded, last: worded };
  return monthCellSpan(folded);
}

/** A "Tháng" cell's months as text (folded): "T7", "Th8", "T.10/2025" are months in their own column ("thang" folded, abbreviated). */
function monthCellSpan(folded: string): ReturnType<typeof monthSpan> {
  const f = folded.replace(MONTH_ABBREVIATION, '$1');
  const m = MONTHS_IN_TEXT.exec(f.startsWith('thang') ? f : `thang ${f}`);
  return m && monthSpan(m);
}

/** A "Quý" cell naming one quarter and its year, and nothing else (folded): "quy i/2026", "quy 1 nam 2026", "q1-2026". */
const QUARTER_YEAR_CELL = new RegExp(String.raw`^${QUARTER_CELL_WORD}${QUARTER_TOKEN}\s*(?:[/-]|nam)\s*(20\d{2})$`);

/**
 * "Quý I/2026" in the "Quý" cell of a task no heading, month or plan across the year's end has
 * placed: the task is of that year, not the programme's.
 */
function quarterCellYear(t: ParsedTask): void {
  if (t.quarter !== null || t.month !== null || t.year !== null || t.yearAfter || !t.text.quarter) return;
  const m = QUARTER_YEAR_CELL.exec(foldCell(t.text.quarter).trim());
  if (m) t.year = Number(m[2]);
}

/**
 * The year a task's "Tháng" cell gives it: the one it names ("12/2025 - 1/2026": 2026), or, for a
 * range back across the year's end naming none ("Tháng 12 - 1"), the next one, as under a month
 * row; unless the task is of Quý I, whose January that is.
 */
function monthCellYear(t: ParsedTask): void {
  const text = t.text.month;
  if (!text || parseDateText(text)) return;
  const span = monthCellSpan(foldCell(text));
  if (!span || (span.year === null && !span.acrossYear)) return;
  if (span.year !== null) {
    t.year ??= span.year;
    return;
  }
  const cell = quarterCellOf(t.text);
  if ((t.quarter ?? (cell ? quarterInCell(cell) : null)) === 1) return;
  if (t.year !== null) t.year++;
  else t.yearAfter++;
}
