/**
 * The "Tổng hợp" sheet, host-neutral: what it says and where, decided once here; exceljs
 * (src/xlsx) and Office.js (src/excel) only paint it.
 *
 *   const layout = summaryLayout(report, { asOf });   // blocks of labelled tables
 *   const placed = placeLayout(layout);                // 1-based rows, merges, ranges
 *   const values = placedValues(placed);               // one rectangular values array to write
 *
 * Then style by `placed.rows[i].kind` (title, subtitle, heading, header, data, total, note, empty),
 * set `layout.columnWidths`, add the links (`placed.rows[i].link`) and build the chart from
 * `placed.chartRange` (a clustered column chart, series by columns = quarters).
 */
import { columnLetter, columnNumber, type MergeArea } from '../grid';
import { fileRowSlot, rowSlot, type Field, type FileReport, type Report, type Summary, type TaskRef } from '../report';
import { daysBetween, formatDateVi } from '../dates';
import { TRACKER_STATUSES } from '../track/columns';
import { ALL_YEAR_KEY, countsTotal, NONE, NO_STATUS } from './keys';
import { QUARTER_NAMES } from '../reading/headings';
import { consolidationWarnings, programmeYears, sharedTasksNote, STATUS_RULE, statusReason } from '../combine';

export const SUMMARY_SHEET = 'Tổng hợp';
export const SUMMARY_TITLE = 'TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC';

/** The overview's first line: every task once (a marked copy's "Tổng hợp" is read back for it). */
export const TOTAL_TASKS_LABEL = 'Tổng số nhiệm vụ';

export type LayoutValue = string | number | null;

/** A source cell a row links to. */
export interface LayoutLink {
  sheet: string;
  row: number;
  column: string;
}

export type BlockId =
  | 'unreadable'
  | 'overview'
  | 'quarter-unit'
  | 'leader'
  | 'status'
  | 'status-quarter'
  | 'status-unit'
  | 'shared-status'
  | 'month'
  | 'sections'
  | 'missing'
  | 'overdue'
  | 'important'
  | 'proposals-drop'
  | 'proposals-other'
  | 'findings';

export interface LayoutBlock {
  id: BlockId;
  /** "2. Số nhiệm vụ theo quý và đơn vị chủ trì". */
  heading: string;
  /** Header texts; every row has exactly this many cells. */
  columns: string[];
  rows: LayoutValue[][];
  /** One per row (null: no link); present on blocks whose rows point at source cells. */
  links?: (LayoutLink | null)[];
  /** 0-based column showing the link (its value is the link's text, e.g. "Phụ lục II!F57"). */
  linkColumn?: number;
  /** The last row is a totals row ("Tổng cộng"). */
  totals?: boolean;
  /** The last column is a row total. */
  totalColumn?: boolean;
  /** A remark printed under the table (italic). */
  note?: string;
  /** Shown in place of the rows when there are none. */
  emptyText?: string;
}

export interface SheetLayout {
  sheetName: string;
  title: string;
  /** "Ngày lập: 21/11/2026 · Tệp: ctct-2025.xlsx · Trang tính: Phụ lục II". */
  subtitle: string;
  blocks: LayoutBlock[];
  /** The "tasks per quarter and unit" chart: built from this block's data (without totals). */
  chart: { blockId: BlockId; title: string };
  /** Excel column widths in characters, column A first (Office.js: points ≈ `charsToPoints`). */
  columnWidths: number[];
  /** Columns (0-based) whose long text wraps. */
  wrapColumns: number[];
}

export interface SummaryLayoutOptions {
  /** yyyy-mm-dd, shown as "Ngày lập" and used for "Số ngày quá hạn". */
  asOf: string;
  title?: string;
  /**
   * Link list rows to their source cells. Default: only when the report covers one file (the
   * summary then sits in that workbook); pass false for a standalone summary workbook.
   */
  links?: boolean;
  /** The file named after "Tệp:" when it is not the report's: the original a marked copy checked without it stands for. */
  source?: string;
}

/** The row and column of tasks no status was written for. */
const NO_STATUS_LABEL = 'Chưa cập nhật trạng thái';
/** The column of statuses outside the list, per quarter and per unit. */
const OTHER_STATUS_LABEL = 'Khác';
const FIELD_LABEL: Partial<Record<Field, string>> = {
  lead: 'đơn vị chủ trì',
  leader: 'lãnh đạo chỉ đạo',
  product: 'sản phẩm',
};

export function quarterLabel(key: string | number | null): string {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? `Quý ${QUARTER_NAMES[n - 1]}` : 'Không theo quý';
}

/** The row of tasks arising outside the programme in the status by quarter (no quarter key is blank). */
const ARISING_KEY = '';
const ARISING_LABEL = 'Phát sinh';

/** The quarter a list shows for a task; one arising outside the programme says so. */
function refQuarter(ref: Pick<TaskRef, 'quarter' | 'arising'>): string | null {
  const quarter = ref.quarter === null ? null : quarterLabel(ref.quarter);
  if (!ref.arising) return quarter;
  return quarter ? `${quarter} (phát sinh)` : 'Phát sinh';
}

/** A block of counts with a "Tổng cộng" row, each column summed (its rows are each task once). */
function withTotalsRow(block: LayoutBlock): LayoutBlock {
  if (!block.rows.length) return block;
  const totals: LayoutValue[] = block.columns.map((_, c) => (c === 0 ? null : c === 1 ? 'Tổng cộng' : sum(block.rows.map((r) => Number(r[c]) || 0))));
  return { ...block, rows: [...block.rows, totals], totals: true };
}

/** Whether a file of the report has a KPI table ("Chỉ tiêu"), or, with no file, the summary counts KPIs. */
function hasKpiTable(report: Pick<Report, 'files' | 'summary'>): boolean {
  return report.summary.kpiCount > 0 || report.files.some((f) => f.tables.some((t) => t.kind === 'kpi'));
}

/** A status key that says none was given. */
function isBlankStatus(key: string): boolean {
  return !key.trim() || key === 'null' || key === NO_STATUS;
}

/** The count of a status column: the status's own, every blank key's, or (other) every key outside the list. */
function statusCount(counts: Record<string, number>, column: string, listed: ReadonlySet<string>): number {
  if (column !== NO_STATUS_LABEL && column !== OTHER_STATUS_LABEL) return Object.hasOwn(counts, column) ? counts[column] : 0;
  let n = 0;
  for (const [key, c] of Object.entries(counts)) {
    const blank = isBlankStatus(key);
    if (column === NO_STATUS_LABEL ? blank : !blank && !listed.has(key)) n += c;
  }
  return n;
}

function monthKeyOk(key: string): boolean {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

const viCompare = (a: string, b: string) => a.localeCompare(b, 'vi');

function byCountThenName(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || viCompare(a[0], b[0]));
}

/** The summary's key for "no unit / no leader" ('(chưa có)', see summarise.ts) or a blank key. */
function isNone(name: string): boolean {
  const s = name.trim();
  return !s || s === NONE || s === 'null';
}

function unitLabel(name: string): string {
  return isNone(name) ? '(Chưa có đơn vị chủ trì)' : name;
}

function sum(ns: Iterable<number>): number {
  let s = 0;
  for (const n of ns) s += n;
  return s;
}

/** Where a list row's link points: a finding's cell, else the table's column for the field. */
class ColumnFinder {
  private readonly byFinding = new Map<string, string>();
  constructor(private readonly file: FileReport | null) {
    for (const f of file?.findings ?? []) {
      const k = `${f.sheet}\u0000${f.row}\u0000${f.field}`;
      if (!this.byFinding.has(k)) this.byFinding.set(k, f.column);
    }
  }
  /** `at`: the task's number column (Task.column), which tells tables side by side apart. */
  column(sheet: string, row: number, fields: string[], at?: string): string {
    const beside = at ? this.tableBeside(sheet, row, at) : undefined;
    if (beside) return fields.map((f) => beside.columns[f]).find((c) => c && /^[A-Z]+$/.test(c)) ?? at!;
    for (const field of fields) {
      const c = this.byFinding.get(`${sheet}\u0000${row}\u0000${field}`);
      if (c) return c;
    }
    const table = this.file?.tables.find((t) => t.sheet === sheet && t.firstRow <= row && row <= t.lastRow);
    if (table) {
      for (const field of fields) {
        const c = table.columns[field];
        if (c && /^[A-Z]+$/.test(c)) return c;
      }
    }
    return 'A';
  }

  /** Of two or more tables side by side over `row`, the one whose number column is `at`. */
  private tableBeside(sheet: string, row: number, at: string): FileReport['tables'][number] | undefined {
    const over = this.file?.tables.filter((t) => t.sheet === sheet && t.firstRow <= row && row <= t.lastRow) ?? [];
    return over.length > 1 ? over.find((t) => (t.columns.stt ?? t.columns.task) === at) : undefined;
  }
}

/** The lists of tasks "Tổng hợp" shows, row by row. */
type TaskLists = Pick<Summary, 'missing' | 'overdue' | 'important'>;

interface FileView {
  name: string;
  file: FileReport | null;
  summary: Summary;
  /** Its tasks in the lists: in a consolidated run, as the consolidated summary has them. */
  lists: TaskLists;
  finder: ColumnFinder;
}

function fileViews(report: Report): FileView[] {
  if (report.files.length === 0) {
    return [{ name: '', file: null, summary: report.summary, lists: report.summary, finder: new ColumnFinder(null) }];
  }
  const consolidated = report.files.length > 1 ? listsByFile(report.summary) : null;
  return report.files.map((f) => ({ name: f.file, file: f, summary: f.summary, lists: consolidated ? (consolidated.get(f.file) ?? emptyLists()) : f.summary, finder: new ColumnFinder(f) }));
}

const emptyLists = (): TaskLists => ({ missing: { lead: [], leader: [], product: [] }, overdue: [], important: [] });

/**
 * A consolidated summary's lists, file by file: under the names it counts by (the newest period's),
 * a task of several files once, with the status counted.
 */
function listsByFile(s: Summary): Map<string, TaskLists> {
  const out = new Map<string, TaskLists>();
  const of = (file: string | undefined) => {
    let lists = out.get(file ?? '');
    if (!lists) out.set(file ?? '', (lists = emptyLists()));
    return lists;
  };
  for (const field of ['lead', 'leader', 'product'] as const) for (const r of s.missing[field]) of(r.file).missing[field].push(r);
  for (const r of s.overdue) of(r.file).overdue.push(r);
  for (const r of s.important) of(r.file).important.push(r);
  return out;
}

/** Every file's refs of one list (overdue, important…), each linked to its task's number cell. */
function linkedRefs<T extends { sheet: string; row: number; column?: string }>(views: FileView[], pick: (lists: TaskLists) => T[]): { view: FileView; item: T; link: LayoutLink }[] {
  return views.flatMap((view) =>
    pick(view.lists).map((item) => ({ view, item, link: { sheet: item.sheet, row: item.row, column: item.column ?? view.finder.column(item.sheet, item.row, ['stt', 'task']) } })),
  );
}

/**
 * The proposals a task of several files makes again in a later copy (both units propose to drop
 * it): listed once, as the consolidated summary counts them (`countOnce`).
 */
function repeatedProposals(report: Report): Set<string> {
  const out = new Set<string>();
  const shared = report.summary.sharedTasks ?? [];
  if (!shared.length) return out;
  const kindAt = new Map<string, string>();
  for (const f of report.files) for (const p of f.proposals) if (p.kind !== 'none') kindAt.set(fileRowSlot(f.file, p), p.kind);
  for (const t of shared) {
    const seen = new Set<string>();
    for (const c of t.copies) {
      const slot = fileRowSlot(c.file, c);
      const kind = kindAt.get(slot);
      if (!kind) continue;
      if (seen.has(kind)) out.add(slot);
      seen.add(kind);
    }
  }
  return out;
}

function linkText(l: LayoutLink): string {
  return `${l.sheet}!${l.column}${l.row}`;
}

export function summaryLayout(report: Report, options: SummaryLayoutOptions): SheetLayout {
  const s = report.summary;
  const views = fileViews(report);
  const multi = report.files.length > 1;
  const withLinks = options.links ?? report.files.length <= 1;
  const blocks: LayoutBlock[] = [];
  let n = 0;
  const heading = (text: string) => `${++n}. ${text}`;

  /** Builds a list block whose rows point at source cells. */
  const listBlock = <T>(
    id: BlockId,
    title: string,
    columns: string[],
    items: { view: FileView; item: T; link: LayoutLink }[],
    cells: (item: T, view: FileView) => LayoutValue[],
    emptyText: string,
    note?: string,
  ): LayoutBlock => {
    const cols = ['TT', ...columns, ...(multi ? ['Tệp'] : []), 'Vị trí'];
    const rows = items.map(({ view, item, link }, i) => [
      i + 1,
      ...cells(item, view),
      ...(multi ? [view.name] : []),
      linkText(link),
    ]);
    const block: LayoutBlock = { id, heading: heading(title), columns: cols, rows, emptyText };
    if (withLinks) {
      block.links = items.map((x) => x.link);
      block.linkColumn = cols.length - 1;
    }
    if (note) block.note = note;
    return block;
  };

  // First of all, files the figures below leave out because they could not be read.
  const unreadable = report.errors ?? [];
  if (unreadable.length) {
    blocks.push({
      id: 'unreadable',
      heading: heading('Tệp không đọc được (không có trong các số liệu dưới đây)'),
      columns: ['TT', 'Tệp', 'Lý do'],
      rows: unreadable.map((u, i) => [i + 1, u.file, u.message]),
    });
  }

  // 1. Overview.
  const shared = s.sharedTasks ?? [];
  const overview: [string, number][] = [
    [TOTAL_TASKS_LABEL, s.taskCount],
    ...(shared.length ? [['Trong đó: nhiệm vụ có trong nhiều tệp (mỗi nhiệm vụ tính một lần)', shared.length] as [string, number]] : []),
    ['Nhiệm vụ cả năm (trọng tâm, xuyên suốt; không theo quý)', s.allYear ?? 0],
    ...(s.arising ? [['Nhiệm vụ phát sinh ngoài chương trình (không tính vào quý, tháng)', s.arising] as [string, number]] : []),
    ['Nhiệm vụ quan trọng tham mưu UBND tỉnh', s.important.length],
    [`Nhiệm vụ quá hạn (đến ngày ${formatDateVi(options.asOf)})`, s.overdue.length],
    ['Nhiệm vụ thiếu đơn vị chủ trì', s.missing.lead.length],
    ['Nhiệm vụ thiếu lãnh đạo chỉ đạo', s.missing.leader.length],
    ['Nhiệm vụ thiếu sản phẩm', s.missing.product.length],
    // A programme with no KPI table has no "Chỉ tiêu | 0" line: there are none to count.
    ...(hasKpiTable(report) ? [['Chỉ tiêu', s.kpiCount] as [string, number]] : []),
    ...(s.kpiParts ? [['Trong đó: chỉ tiêu thành phần (dòng "-" không số, không tính vào chỉ tiêu)', s.kpiParts] as [string, number]] : []),
    ['Nhiệm vụ đơn vị đề xuất bỏ', s.proposals.drop],
    ['Đề xuất bổ sung, điều chỉnh', s.proposals.add + s.proposals.adjust],
  ];
  const warnings = [...consolidationWarnings(report), sharedTasksNote(report) ?? ''].filter(Boolean).join(' ');
  blocks.push({
    id: 'overview',
    heading: heading('Tổng quan'),
    columns: ['TT', 'Nội dung', 'Số lượng'],
    rows: overview.map(([label, count], i) => [i + 1, label, count]),
    ...(warnings ? { note: warnings } : {}),
  });

  // 2. Quarter × lead unit.
  // Said where it shows, as the CLI and the pane do: the units' counts add up to more than the tasks.
  const eachUnit = countsTotal(s.byLeadUnit) > s.taskCount;
  const quarterKeys = new Set<string>();
  const unitTotals = new Map<string, number>();
  for (const [q, units] of Object.entries(s.byQuarterAndUnit)) {
    if (q === ALL_YEAR_KEY) continue;
    quarterKeys.add(q);
    for (const [u, c] of Object.entries(units)) unitTotals.set(u, (unitTotals.get(u) ?? 0) + c);
  }
  const quarters = [...quarterKeys].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    const oa = Number.isInteger(na) && na >= 1 && na <= 4 ? na : 99;
    const ob = Number.isInteger(nb) && nb >= 1 && nb <= 4 ? nb : 99;
    return oa - ob || viCompare(a, b);
  });
  // All-year tasks per unit.
  const allYear = new Map<string, number>(Object.entries(s.byQuarterAndUnit[ALL_YEAR_KEY] ?? {}));
  const withAllYear = allYear.size > 0;
  // Work outside the programme per unit (a report without arisingByUnit: what its total holds beyond the quarters and the year).
  const withArising = (s.arising ?? 0) > 0;
  const arising = (u: string) => (!withArising ? 0 : s.arisingByUnit ? (s.arisingByUnit[u] ?? 0) : Math.max(0, (s.byLeadUnit[u] ?? 0) - (unitTotals.get(u) ?? 0) - (allYear.get(u) ?? 0)));
  const total = (u: string) => (unitTotals.get(u) ?? 0) + (allYear.get(u) ?? 0) + arising(u);
  const units = [...new Set([...unitTotals.keys(), ...allYear.keys(), ...(withArising ? Object.keys(s.byLeadUnit).filter((u) => arising(u) > 0) : [])])].sort(
    (a, b) => Number(isNone(a)) - Number(isNone(b)) || total(b) - total(a) || viCompare(a, b),
  );
  const matrixRows: LayoutValue[][] = units.map((u, i) => [
    i + 1,
    unitLabel(u),
    ...quarters.map((q) => s.byQuarterAndUnit[q]?.[u] ?? 0),
    ...(withAllYear ? [allYear.get(u) ?? 0] : []),
    ...(withArising ? [arising(u)] : []),
    total(u),
  ]);
  if (units.length) {
    // The tasks themselves, each once: a task of two units is in two rows above, not twice here.
    matrixRows.push([
      null,
      'Tổng số nhiệm vụ',
      ...quarters.map((q) => s.byQuarter[q] ?? sum(Object.values(s.byQuarterAndUnit[q] ?? {}))),
      ...(withAllYear ? [s.allYear] : []),
      ...(withArising ? [s.arising!] : []),
      s.taskCount,
    ]);
  }
  blocks.push({
    id: 'quarter-unit',
    heading: heading('Số nhiệm vụ theo quý và đơn vị chủ trì'),
    columns: ['TT', 'Đơn vị chủ trì', ...quarters.map(quarterLabel), ...(withAllYear ? ['Cả năm'] : []), ...(withArising ? ['Phát sinh'] : []), 'Tổng cộng'],
    rows: matrixRows,
    totals: units.length > 0,
    totalColumn: true,
    ...(eachUnit ? { note: 'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng "Tổng số nhiệm vụ" tính mỗi nhiệm vụ một lần.' } : {}),
    emptyText: 'Không có nhiệm vụ theo quý.',
  });

  // 3. Per leader.
  blocks.push({
    id: 'leader',
    heading: heading('Số nhiệm vụ theo lãnh đạo chỉ đạo'),
    columns: ['TT', 'Lãnh đạo chỉ đạo', 'Số nhiệm vụ'],
    rows: Object.entries(s.byLeader)
      .sort((a, b) => Number(isNone(a[0])) - Number(isNone(b[0])) || b[1] - a[1] || viCompare(a[0], b[0]))
      .map(([name, c], i) => [i + 1, isNone(name) ? '(Chưa có lãnh đạo chỉ đạo)' : name, c]),
    // Said where it shows, as the CLI and the pane do: the counts add up to more than the tasks.
    ...(countsTotal(s.byLeader) > s.taskCount ? { note: 'Nhiệm vụ do nhiều lãnh đạo chỉ đạo được tính cho từng lãnh đạo.' } : {}),
    emptyText: 'Không có.',
  });

  // 4. Per status (the dropdown's order first).
  const statusRows: [string, number][] = [];
  const seen = new Set<string>();
  for (const st of TRACKER_STATUSES) {
    if (s.byStatus[st] !== undefined) {
      statusRows.push([st, s.byStatus[st]!]);
      seen.add(st);
    }
  }
  let blankStatus = 0;
  for (const [st, c] of byCountThenName(s.byStatus)) {
    if (seen.has(st)) continue;
    if (isBlankStatus(st)) blankStatus += c;
    else statusRows.push([st, c]);
  }
  blankStatus += Math.max(0, s.taskCount - sum(Object.values(s.byStatus)));
  if (blankStatus > 0) statusRows.push([NO_STATUS_LABEL, blankStatus]);
  const statusTotal = sum(statusRows.map(([, c]) => c));
  const pct = (c: number) => (statusTotal ? Math.round((c * 1000) / statusTotal) / 10 : 0);
  blocks.push({
    id: 'status',
    heading: heading('Số nhiệm vụ theo trạng thái'),
    columns: ['TT', 'Trạng thái', 'Số nhiệm vụ', 'Tỷ lệ (%)'],
    rows: statusRows.length
      ? [...statusRows.map(([st, c], i) => [i + 1, st, c, pct(c)]), [null, 'Tổng cộng', statusTotal, statusTotal ? 100 : 0]]
      : [],
    totals: statusRows.length > 0,
    ...(s.statusFromTracker
      ? { note: `Trạng thái của ${s.statusFromTracker}/${s.taskCount} nhiệm vụ lấy từ trang "Theo dõi"; các nhiệm vụ khác theo cột Tình trạng của bảng nguồn.` }
      : {}),
    emptyText: 'Không có nhiệm vụ.',
  });

  // 4b. Status per quarter and per lead unit: what the report says of each ("Quý III: 55 of 89 done").
  // The list's statuses are columns; words outside it, as many as units invent, share one.
  const otherStatuses = statusRows.some(([st]) => st !== NO_STATUS_LABEL && !seen.has(st));
  const statusColumns = [...seen, ...(otherStatuses ? [OTHER_STATUS_LABEL] : []), ...(blankStatus > 0 ? [NO_STATUS_LABEL] : [])];
  const statusOf = (counts: Record<string, number> | undefined) => statusColumns.map((st) => statusCount(counts ?? {}, st, seen));
  const otherNote = otherStatuses ? `Cột "${OTHER_STATUS_LABEL}": tình trạng không theo danh sách, từng tình trạng ở mục "Số nhiệm vụ theo trạng thái".` : undefined;
  const crossBlock = (id: BlockId, title: string, label: string, keys: [string, string][], counts: Record<string, Record<string, number>>, remark?: string): LayoutBlock => {
    const note = [remark, otherNote].filter(Boolean).join(' ');
    const rows = keys.map(([key, name], i) => {
      const cells = statusOf(counts[key]);
      return [i + 1, name, ...cells, sum(cells)];
    });
    return {
      id,
      heading: heading(title),
      columns: ['TT', label, ...statusColumns, 'Tổng cộng'],
      rows,
      totalColumn: true,
      ...(note ? { note } : {}),
      emptyText: 'Không có nhiệm vụ.',
    };
  };
  if (s.byQuarterAndStatus && statusColumns.length) {
    const keys = Object.keys(s.byQuarterAndStatus).sort((a, b) => (a === ALL_YEAR_KEY ? 99 : Number(a)) - (b === ALL_YEAR_KEY ? 99 : Number(b)));
    const rows: [string, string][] = keys.map((k) => [k, k === ALL_YEAR_KEY ? 'Cả năm' : quarterLabel(k)]);
    // Work outside the programme is in no quarter: a row of its own, so that the rows add up to the status table.
    const counts = s.arisingByStatus ? { ...s.byQuarterAndStatus, [ARISING_KEY]: s.arisingByStatus } : s.byQuarterAndStatus;
    if (s.arisingByStatus) rows.push([ARISING_KEY, ARISING_LABEL]);
    blocks.push(withTotalsRow(crossBlock('status-quarter', 'Trạng thái theo quý', 'Quý', rows, counts)));
  }
  if (s.byLeadUnitAndStatus && statusColumns.length) {
    const keys = Object.keys(s.byLeadUnitAndStatus).sort((a, b) => Number(isNone(a)) - Number(isNone(b)) || (s.byLeadUnit[b] ?? 0) - (s.byLeadUnit[a] ?? 0) || viCompare(a, b));
    blocks.push(
      crossBlock('status-unit', 'Trạng thái theo đơn vị chủ trì', 'Đơn vị chủ trì', keys.map((k) => [k, unitLabel(k)]), s.byLeadUnitAndStatus, eachUnit ? 'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị.' : undefined),
    );
  }

  // 4c. Tasks of several files whose copies write different statuses: which one was counted, and where each is.
  const differ = shared.filter((t) => t.statusesDiffer);
  if (differ.length) {
    blocks.push({
      id: 'shared-status',
      heading: heading('Nhiệm vụ có trong nhiều tệp, ghi trạng thái khác nhau'),
      columns: ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Quý', 'Tháng', 'Trạng thái được tính', 'Vì sao', 'Các bản (tệp, trang, dòng: trạng thái)'],
      rows: differ.map((t, i) => [
        i + 1,
        t.task,
        t.leadUnits.join('; '),
        t.quarter === null ? null : quarterLabel(t.quarter),
        t.month === null ? null : `Tháng ${t.month}`,
        t.status,
        statusReason(t),
        t.copies.map((c) => `${c.file}, ${c.sheet}, dòng ${c.row}: ${c.status ?? 'chưa ghi'}`).join('; '),
      ]),
      note: `Mỗi nhiệm vụ được tính một lần, ${STATUS_RULE}; tên và thứ tự các tệp không làm đổi tình trạng được tính.`,
    });
  }

  // 5. Per month.
  const months = Object.entries(s.byMonth)
    .filter(([m]) => monthKeyOk(m))
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  const monthRows: LayoutValue[][] = months.map(([m, c], i) => [i + 1, `Tháng ${Number(m)}`, c]);
  const noMonth = Math.max(0, s.taskCount - (s.arising ?? 0) - sum(months.map(([, c]) => c)));
  if (noMonth > 0 && months.length) monthRows.push([monthRows.length + 1, 'Không ghi tháng', noMonth]);
  if (monthRows.length) monthRows.push([null, 'Tổng cộng', sum(monthRows.map((r) => r[2] as number))]);
  blocks.push({
    id: 'month',
    heading: heading('Số nhiệm vụ theo tháng'),
    columns: ['TT', 'Tháng', 'Số nhiệm vụ'],
    rows: monthRows,
    totals: monthRows.length > 0,
    // Its total is short of the tasks by the arising ones: said, as under the other tables.
    ...(s.arising && monthRows.length ? { note: `Không tính ${s.arising} nhiệm vụ phát sinh ngoài chương trình.` } : {}),
    emptyText: 'Không có nhiệm vụ ghi theo tháng.',
  });

  // 6. Declared vs actual per section.
  const sectionItems = views.flatMap((view) =>
    view.summary.sections.map((item) => ({ view, item, link: { sheet: item.sheet, row: item.row, column: item.column ?? 'A' } })),
  );
  const sections = listBlock(
    'sections',
    'Số nhiệm vụ khai báo và thực tế theo mục',
    ['Mục', 'Khai báo', 'Thực tế', 'Lệch'],
    sectionItems,
    // A KPI heading's numbers are KPIs: said, as the finding says it.
    (x) => [x.counts === 'kpi' ? `${x.label} (số chỉ tiêu)` : x.label, x.declared, x.actual, x.actual - x.declared],
    'Không có mục nào ghi số nhiệm vụ.',
    'Lệch = thực tế − khai báo; khác 0 là số nhiệm vụ ghi ở tiêu đề mục không khớp với số dòng.',
  );
  blocks.push(sections);

  // 7. Tasks missing a lead unit, leader or product (one row per task).
  const missingItems: { view: FileView; item: { ref: TaskRef; missing: Field[] }; link: LayoutLink }[] = [];
  for (const view of views) {
    const byRow = new Map<string, { ref: TaskRef; missing: Field[] }>();
    for (const field of ['lead', 'leader', 'product'] as const) {
      for (const ref of view.lists.missing[field]) {
        const k = rowSlot(ref);
        const e = byRow.get(k);
        if (e) e.missing.push(field);
        else byRow.set(k, { ref, missing: [field] });
      }
    }
    // In the workbook's sheet order, as the other lists: "Tháng 9" before "Tháng 10".
    const sheetAt = (name: string) => view.file?.sheets.indexOf(name) ?? -1;
    const list = [...byRow.values()].sort(
      (a, b) =>
        sheetAt(a.ref.sheet) - sheetAt(b.ref.sheet) ||
        viCompare(a.ref.sheet, b.ref.sheet) ||
        a.ref.row - b.ref.row ||
        columnNumber(a.ref.column ?? 'A') - columnNumber(b.ref.column ?? 'A'),
    );
    for (const item of list) {
      const column = view.finder.column(item.ref.sheet, item.ref.row, item.missing, item.ref.column);
      missingItems.push({ view, item, link: { sheet: item.ref.sheet, row: item.ref.row, column } });
    }
  }
  blocks.push(
    listBlock(
      'missing',
      'Nhiệm vụ thiếu sản phẩm, lãnh đạo chỉ đạo hoặc đơn vị chủ trì',
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Quý', 'Còn thiếu'],
      missingItems,
      ({ ref, missing }) => [
        ref.task,
        ref.leadUnits.join('; '),
        ref.stt,
        refQuarter(ref),
        missing.map((f) => FIELD_LABEL[f]).join(', '),
      ],
      'Không có nhiệm vụ nào thiếu.',
    ),
  );

  // 8. Overdue.
  // A task of several files counted once is listed once, with the status counted.
  const overdueItems = linkedRefs(views, (lists) => lists.overdue);
  blocks.push(
    listBlock(
      'overdue',
      `Nhiệm vụ quá hạn (tính đến ngày ${formatDateVi(options.asOf)})`,
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'STT', 'Quý', 'Trạng thái', 'Hạn', 'Số ngày quá hạn'],
      overdueItems,
      (x) => [
        x.task,
        x.leadUnits.join('; '),
        (x.leaders ?? []).join('; '),
        x.stt,
        refQuarter(x),
        x.sourceStatus && x.status ? `${x.status} (bảng nguồn: ${x.sourceStatus})` : (x.status ?? null),
        formatDateVi(x.due),
        /^\d{4}-\d{2}-\d{2}$/.test(x.due) && /^\d{4}-\d{2}-\d{2}$/.test(options.asOf)
          ? Math.max(0, daysBetween(x.due, options.asOf))
          : null,
      ],
      'Không có nhiệm vụ quá hạn.',
    ),
  );

  // 9. Important tasks.
  const importantItems = linkedRefs(views, (lists) => lists.important);
  blocks.push(
    listBlock(
      'important',
      'Nhiệm vụ quan trọng tham mưu UBND tỉnh',
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Quý'],
      importantItems,
      (x) => [x.task, x.leadUnits.join('; '), x.stt, refQuarter(x)],
      'Không có nhiệm vụ quan trọng.',
    ),
  );

  // 10–11. Proposals.
  const repeated = repeatedProposals(report);
  const proposalItems = (kinds: string[]) =>
    views.flatMap((view) =>
      (view.file?.proposals ?? [])
        .filter((p) => kinds.includes(p.kind) && !repeated.has(fileRowSlot(view.name, p)))
        .map((item) => ({
          view,
          item,
          link: { sheet: item.sheet, row: item.row, column: view.finder.column(item.sheet, item.row, ['proposal', 'stt'], item.column) },
        })),
    );
  const KIND_LABEL: Record<string, string> = { drop: 'Bỏ', add: 'Bổ sung', adjust: 'Điều chỉnh', none: '' };
  blocks.push(
    listBlock(
      'proposals-drop',
      'Nhiệm vụ đơn vị đề xuất bỏ',
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Tháng', 'Đề xuất'],
      proposalItems(['drop']),
      (p) => [p.task, p.leadUnits.join('; '), p.stt, p.month === null ? null : `Tháng ${p.month}`, p.proposal],
      'Không có đề xuất bỏ.',
    ),
  );
  blocks.push(
    listBlock(
      'proposals-other',
      'Đề xuất bổ sung, điều chỉnh nhiệm vụ',
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'STT', 'Tháng', 'Loại', 'Đề xuất'],
      proposalItems(['add', 'adjust']),
      (p) => [
        p.task,
        p.leadUnits.join('; '),
        p.stt,
        p.month === null ? null : `Tháng ${p.month}`,
        KIND_LABEL[p.kind] ?? p.kind,
        p.proposal,
      ],
      'Không có đề xuất bổ sung, điều chỉnh.',
    ),
  );

  // 12. Findings by severity.
  const f = s.findingsBySeverity;
  blocks.push({
    id: 'findings',
    heading: heading('Kết quả kiểm tra theo mức độ'),
    columns: ['TT', 'Mức độ', 'Số lượng'],
    rows: [
      [1, 'Lỗi (cần sửa)', f.error],
      [2, 'Cảnh báo (nên xem lại)', f.warning],
      [3, 'Thông tin', f.info],
      [null, 'Tổng cộng', f.error + f.warning + f.info],
    ],
    totals: true,
  });

  const fileNames = options.source ? [options.source] : report.files.map((x) => x.file).filter(Boolean);
  const filesText =
    fileNames.length === 0 ? '' : fileNames.length <= 4 ? `Tệp: ${fileNames.join(', ')}` : `${fileNames.length} tệp`;
  const unreadableText = unreadable.length ? `${unreadable.length} tệp không đọc được` : '';
  const subtitle = [`Ngày lập: ${formatDateVi(options.asOf)}`, filesText, sheetsText(report), unreadableText].filter(Boolean).join(' · ');

  const { widths, wrap } = columnWidths(blocks);
  return {
    sheetName: SUMMARY_SHEET,
    title: options.title ?? titleOf(report),
    subtitle,
    blocks,
    chart: { blockId: 'quarter-unit', title: 'Số nhiệm vụ theo quý và đơn vị chủ trì' },
    columnWidths: widths,
    wrapColumns: wrap,
  };
}

/** The programme sheets a report counted (those with a table read), in the order they were read. */
export function sheetsCounted(report: Pick<Report, 'files'>): string[] {
  const sheets: string[] = [];
  for (const file of report.files) {
    const withTables = new Set(file.tables.map((table) => table.sheet));
    for (const sheet of file.sheets) if (withTables.has(sheet) && !sheets.includes(sheet)) sheets.push(sheet);
  }
  return sheets;
}

/**
 * "Trang tính: Quý III, Quý IV": a workbook holds several programme sheets (one per quarter, an old
 * year's programme), and whoever reads the summary must see which were counted.
 */
function sheetsText(report: Pick<Report, 'files'>): string {
  const sheets = sheetsCounted(report);
  if (sheets.length === 0) return '';
  const listed = sheets.length <= 8 ? sheets.join(', ') : `${sheets.slice(0, 8).join(', ')} và ${sheets.length - 8} trang khác`;
  return `Trang tính: ${listed}`;
}

/**
 * "TỔNG HỢP CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025" for one programme year; the years the sheets hold when
 * they are several ("NĂM 2024–2025", "NĂM 2023, 2025"), never the first sheet's alone.
 */
function titleOf(report: Pick<Report, 'files'>): string {
  const years = programmeYears(report);
  if (!years.length) return SUMMARY_TITLE;
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  const named = years.length === 1 ? String(years[0]) : consecutive ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
  return `${SUMMARY_TITLE} NĂM ${named}`;
}

const MIN_WIDTH = 6;
/** Column B holds every block's label or task text: it may be wide; the others wrap sooner. */
const MAX_WIDTH_B = 60;
const MAX_WIDTH = 32;
/**
 * The columns' total width (characters) that prints one page wide on A4 landscape (margins 0.5") at
 * 100% from exceljs and about 90% from the add-in (its `charsToPoints` is wider per character). The
 * summary prints landscape: its lists have ten or eleven columns.
 */
const PAGE_CHARS = 120;
/** How narrow a column may get to fit the page: a readable line of task text in B, a short phrase elsewhere. */
const FLOOR_WIDTH_B = 36;
const FLOOR_WIDTH = 10;
const floorOf = (column: number) => (column === 1 ? FLOOR_WIDTH_B : FLOOR_WIDTH);

/** The longest run of characters Excel does not break a wrapped line in (it breaks at spaces and after hyphens). */
function longestWord(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 0xa0) run = 0;
    else {
      if (++run > best) best = run;
      if (c === 45) run = 0;
    }
  }
  return best;
}

/** What each column holds: its width from content, the widest it cannot break, its longest text. */
interface ColumnContent {
  natural: number;
  unbreakable: number;
  longestText: number;
}

/** Widths from content: the longest value (capped), headers by their longest word (they wrap). */
function columnContents(blocks: readonly LayoutBlock[]): ColumnContent[] {
  const cols: ColumnContent[] = [];
  for (const b of blocks) {
    b.columns.forEach((h, c) => {
      const col = (cols[c] ??= { natural: MIN_WIDTH, unbreakable: MIN_WIDTH, longestText: 0 });
      col.natural = Math.max(col.natural, longestWord(h) + 2);
      col.unbreakable = Math.max(col.unbreakable, longestWord(h) + 2);
    });
    // Long lists (thousands of tasks): plain loops, and a text's words looked at only when they can matter.
    for (const row of b.rows) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        const col = cols[c]!;
        const len = (typeof v === 'string' ? v.length : String(v).length) + 2;
        const cap = c === 1 ? MAX_WIDTH_B : MAX_WIDTH;
        col.natural = Math.max(col.natural, Math.min(len, cap));
        if (typeof v !== 'string') col.unbreakable = Math.max(col.unbreakable, len);
        else {
          col.longestText = Math.max(col.longestText, len);
          // A word can keep a column wider only when the whole text is wider than its floor; the task
          // column's floor is a line already (a longer word, a web address, is left for Excel to break).
          if (c !== 1 && len > col.unbreakable && len > FLOOR_WIDTH && col.unbreakable < cap) col.unbreakable = Math.max(col.unbreakable, longestWord(v) + 2);
        }
      }
    }
  }
  // Column A holds TT: keep it narrow even though headings start there (they overflow to the right).
  if (cols.length) cols[0]!.natural = Math.min(cols[0]!.natural, 8);
  return cols;
}

/**
 * Widths that print one page wide on A4 landscape at full size where they can: when the columns are
 * wider, each gives up the same share of what it holds beyond its floor; text wider than its column wraps.
 */
function columnWidths(blocks: readonly LayoutBlock[]): { widths: number[]; wrap: number[] } {
  const cols = columnContents(blocks);
  const natural = cols.map((c) => c.natural);
  const total = sum(natural);
  const floors = cols.map((c, i) => Math.min(c.natural, Math.max(c.unbreakable, floorOf(i))));
  const spare = total - sum(floors);
  const share = total <= PAGE_CHARS || spare <= 0 ? 1 : Math.max(0, (PAGE_CHARS - sum(floors)) / spare);
  const widths = natural.map((w, i) => floors[i]! + Math.floor((w - floors[i]!) * share));
  const wrap = cols.flatMap((c, i) => (c.longestText > widths[i]! ? [i] : []));
  return { widths, wrap };
}

/** Excel character widths → points (Office.js `format.columnWidth`), for a 12 pt Times New Roman. */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 6.5 + 5);
}

// -----------------------------------------------------------------------------------------------
// Placement: the same rows and merges for every host.

export type PlacedKind = 'title' | 'subtitle' | 'heading' | 'header' | 'data' | 'total' | 'note' | 'empty';

export interface PlacedRow {
  /** 1-based sheet row. */
  row: number;
  kind: PlacedKind;
  /** Cells from column A; title/subtitle/heading/note/empty rows have one cell. */
  values: LayoutValue[];
  blockId?: BlockId;
  /** A link on this row: shown in 1-based `column`, pointing at `target`. */
  link?: { column: number; target: LayoutLink };
  /**
   * Row height in points, on the subtitle and notes (merged across the sheet, wrapped) when one line
   * is not enough: Excel does not fit a merged cell's row to its text.
   */
  height?: number;
}

export interface PlacedBlock {
  headingRow: number;
  headerRow: number;
  /** Data rows (totals included), or the empty-text row when there are none. */
  firstRow: number;
  lastRow: number;
  /** Number of columns (from column A). */
  columns: number;
}

export interface PlacedLayout {
  /** Widest block, in columns from A. */
  width: number;
  rows: PlacedRow[];
  /** Title, subtitle and notes across the width; empty-text rows across their block. */
  merges: MergeArea[];
  blocks: Partial<Record<BlockId, PlacedBlock>>;
  /**
   * The chart's data: the chart block's header and data rows without the TT column, the totals
   * row and the totals column (`'Tổng hợp'!B12:F20` style address without the sheet is `address`).
   * Null when the block has no data.
   */
  chartRange: (MergeArea & { address: string }) | null;
  lastRow: number;
}

/**
 * Wrapped text across the sheet: points per line, and characters per column-width character (a
 * line loses the end of a word; the notes' 11 pt holds a little more than the subtitle's 12 pt).
 */
const ACROSS = { subtitle: { linePoints: 16, perChar: 0.9 }, note: { linePoints: 15, perChar: 1 } } as const;

/** A text row across the sheet, merged and wrapped; its height when it takes more than one line. */
function acrossRow(row: number, kind: 'subtitle' | 'note', text: string, lineChars: number, blockId?: BlockId): PlacedRow {
  const placed: PlacedRow = { row, kind, values: [text], ...(blockId ? { blockId } : {}) };
  const lines = Math.ceil(text.length / Math.max(1, Math.floor(lineChars * ACROSS[kind].perChar)));
  if (lines > 1) placed.height = lines * ACROSS[kind].linePoints;
  return placed;
}

/** Places the layout on the sheet: title row 1, subtitle row 2, blocks from row 4, one blank row between blocks. */
export function placeLayout(layout: SheetLayout): PlacedLayout {
  const width = Math.max(1, ...layout.blocks.map((b) => b.columns.length));
  const lineChars = sum(layout.columnWidths.slice(0, width));
  const rows: PlacedRow[] = [];
  const merges: MergeArea[] = [];
  const blocks: Partial<Record<BlockId, PlacedBlock>> = {};
  const across = (row: number) => merges.push({ top: row, left: 1, bottom: row, right: width });
  rows.push({ row: 1, kind: 'title', values: [layout.title] });
  rows.push(acrossRow(2, 'subtitle', layout.subtitle, lineChars));
  across(1);
  across(2);
  let r = 4;
  let chartRange: PlacedLayout['chartRange'] = null;
  for (const b of layout.blocks) {
    const headingRow = r;
    rows.push({ row: r++, kind: 'heading', values: [b.heading], blockId: b.id });
    const headerRow = r;
    rows.push({ row: r++, kind: 'header', values: [...b.columns], blockId: b.id });
    const firstRow = r;
    if (b.rows.length === 0) {
      rows.push({ row: r, kind: 'empty', values: [b.emptyText ?? 'Không có.'], blockId: b.id });
      merges.push({ top: r, left: 1, bottom: r, right: b.columns.length });
      r++;
    } else {
      b.rows.forEach((values, i) => {
        const isTotal = b.totals === true && i === b.rows.length - 1;
        const placed: PlacedRow = { row: r, kind: isTotal ? 'total' : 'data', values: [...values], blockId: b.id };
        const link = b.links?.[i];
        if (link && b.linkColumn !== undefined) placed.link = { column: b.linkColumn + 1, target: link };
        rows.push(placed);
        r++;
      });
    }
    const lastRow = r - 1;
    blocks[b.id] = { headingRow, headerRow, firstRow, lastRow, columns: b.columns.length };
    if (b.id === layout.chart.blockId && b.rows.length > 0) {
      const dataLast = b.totals ? lastRow - 1 : lastRow;
      const right = b.totalColumn ? b.columns.length - 1 : b.columns.length;
      if (dataLast >= firstRow && right >= 3) {
        chartRange = {
          top: headerRow,
          left: 2,
          bottom: dataLast,
          right,
          address: `B${headerRow}:${columnLetter(right)}${dataLast}`,
        };
      }
    }
    if (b.note) {
      rows.push(acrossRow(r, 'note', b.note, lineChars, b.id));
      across(r++);
    }
    r++; // blank row
  }
  return { width, rows, merges, blocks, chartRange, lastRow: r - 2 };
}

/** The whole placed sheet as one rectangular values array (rows 1…lastRow, columns A…width). */
export function placedValues(placed: PlacedLayout): LayoutValue[][] {
  const out: LayoutValue[][] = Array.from({ length: placed.lastRow }, () => new Array<LayoutValue>(placed.width).fill(null));
  for (const p of placed.rows) {
    const line = out[p.row - 1];
    if (!line) continue;
    p.values.forEach((v, c) => {
      if (c < placed.width) line[c] = v;
    });
  }
  return out;
}
