/**
 * Hand-made reports, a fake engine and an in-memory `ExcelHost` that records every call. Each host
 * method can be held (to see the running state) or made to fail (to see the error state).
 */
import { task as sampleTask } from '../summary-layout/sample-report';
import type { WorkbookGrid } from '../../../src/engine/grid';
import { reportSchema, fileReportSchema, type FileReport, type Finding, type Report, type Summary, type Task, type UnreadableFile } from '../../../src/engine/report';
import type { Directory } from '../../../src/engine/directory/types';
import type { AnalyseOptions } from '../../../src/engine/options';
import type { ApplyResult, CellChange, ExcelHost, JournalEntry, Scope, TrackerResult, VisibleFeature, WorkbookInfo } from '../../../src/excel/host';
import type { SummaryResult } from '../../../src/excel/summary';
import type { EngineApi, FindingCatalog } from '../../../src/taskpane/services';
import { CtctInputError } from '../../../src/engine/errors';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const SHEET = 'Phụ lục II';

export const directory: Directory = {
  periods: [
    { id: '2024', from: '2024-01-01', units: [{ name: 'Phòng Quản lý khoa học', short: 'Phòng QLKH', aliases: [] }], leaders: [{ name: 'Giám đốc Sở', title: '', aliases: [] }], collective: [] },
    {
      id: '2025-09',
      from: '2025-07-01',
      units: [
        { name: 'Phòng Quản lý Khoa học và Đổi mới sáng tạo', short: 'Phòng QLKH&ĐMST', aliases: [] },
        { name: 'Văn phòng Sở', short: 'Văn phòng Sở', aliases: [] },
      ],
      leaders: [{ name: 'PGĐ Sở Phan Văn Hiếu', title: 'PGĐ', aliases: [] }],
      collective: ['Lãnh đạo Sở'],
    },
  ],
};

export const sheetDirectory: Directory = { periods: [{ ...directory.periods[1], id: 'danh-muc' }] };

export const catalog: FindingCatalog = {
  'missing-leader': { severity: 'error', title: 'Thiếu lãnh đạo chỉ đạo', titleEn: 'Missing directing leader', description: '' },
  'outdated-unit': { severity: 'warning', title: 'Tên đơn vị đã cũ', titleEn: 'Outdated unit name', description: '' },
  'irregular-whitespace': { severity: 'info', title: 'Khoảng trắng bất thường', titleEn: 'Irregular whitespace', description: '' },
  'declared-count-mismatch': { severity: 'warning', title: 'Số nhiệm vụ khai báo khác thực tế', titleEn: 'Declared count differs', description: '' },
};

/** A task of the shared hand-made report builder, on this sheet and quarter. */
function task(row: number, stt: string, quarter: number, text: string, lead: string[]): Task {
  return sampleTask({ sheet: SHEET, row, stt, quarter, month: null, section: `Quý ${quarter === 3 ? 'III' : 'IV'}`, task: text, leadUnits: lead, coordinatingUnits: [], key: `k${row}` });
}

export const tasks: Task[] = [
  task(10, '1', 3, 'Xây dựng kế hoạch  chuyển đổi số', ['Văn phòng Sở']),
  task(11, '2', 3, 'Tổ chức hội thảo khoa học', ['Phòng QLKH&ĐMST']),
  task(12, '3', 3, 'Kiểm tra đo lường', ['Phòng QLKH']),
  task(20, '1', 4, 'Báo cáo tổng kết năm', ['Văn phòng Sở']),
];

function finding(f: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'row' | 'column' | 'field' | 'message'>): Finding {
  return { sheet: SHEET, suggestion: null, fix: null, ...f };
}

export const findings: Finding[] = [
  finding({ code: 'missing-leader', severity: 'error', row: 11, column: 'F', field: 'leader', message: 'Nhiệm vụ 2 chưa có lãnh đạo Sở chỉ đạo.' }),
  finding({
    code: 'outdated-unit',
    severity: 'warning',
    row: 12,
    column: 'D',
    field: 'lead',
    message: 'Tên "Phòng QLKH" đã cũ trong giai đoạn 2025-09.',
    fix: { value: 'Phòng QLKH&ĐMST' },
  }),
  finding({
    code: 'irregular-whitespace',
    severity: 'info',
    row: 10,
    column: 'B',
    field: 'task',
    message: 'Ô có khoảng trắng thừa.',
    fix: { value: 'Xây dựng kế hoạch chuyển đổi số' },
  }),
  finding({ code: 'declared-count-mismatch', severity: 'warning', row: 8, column: 'A', field: 'section', message: 'Quý III khai báo 4 nhiệm vụ, thực có 3.' }),
];

export function summaryOf(ts: Task[], fs: Finding[]): Summary {
  const count = (keys: (string | null)[]) => {
    const out: Record<string, number> = {};
    for (const k of keys) if (k !== null) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const byQuarterAndUnit: Record<string, Record<string, number>> = {};
  for (const t of ts) {
    const q = String(t.quarter);
    byQuarterAndUnit[q] ??= {};
    for (const u of t.leadUnits) byQuarterAndUnit[q][u] = (byQuarterAndUnit[q][u] ?? 0) + 1;
  }
  return {
    statusFromTracker: 0,
    taskCount: ts.length,
    byQuarter: count(ts.map((t) => (t.quarter === null ? null : String(t.quarter)))),
    allYear: ts.filter((t) => t.quarter === null).length,
    byMonth: {},
    byLeadUnit: count(ts.flatMap((t) => t.leadUnits)),
    byLeader: count(ts.flatMap((t) => t.leaders)),
    byStatus: {},
    byQuarterAndUnit,
    sections: [{ sheet: SHEET, row: 8, label: 'Quý III', declared: 4, actual: 3 }],
    missing: { lead: [], leader: [{ sheet: SHEET, row: 11, stt: '2', quarter: 3, task: 'Tổ chức hội thảo khoa học', leadUnits: ['Phòng QLKH&ĐMST'] }], product: [] },
    important: [],
    overdue: [],
    kpiCount: 0,
    proposals: { drop: 0, add: 0, adjust: 0 },
    findingsBySeverity: {
      error: fs.filter((f) => f.severity === 'error').length,
      warning: fs.filter((f) => f.severity === 'warning').length,
      info: fs.filter((f) => f.severity === 'info').length,
    },
  };
}

export function fileReport(file = 'ctct.xlsx', over: Partial<FileReport> = {}): FileReport {
  return fileReportSchema.parse({
    file,
    period: '2025-09',
    year: 2025,
    directorySource: 'default',
    periodSource: 'sheet',
    sheets: ['Phụ lục II'],
    sheetPeriods: {},
    tables: [],
    tasks,
    proposals: [],
    findings,
    summary: summaryOf(tasks, findings),
    ...over,
  });
}

export function combine(files: FileReport[], asOf: string, unreadable: readonly UnreadableFile[] = []): Report {
  const all = files.flatMap((f) => f.tasks);
  const fs = files.flatMap((f) => f.findings);
  const summary = summaryOf(all, fs);
  return reportSchema.parse({
    asOf,
    files,
    summary: { ...summary, taskCount: files.reduce((n, f) => n + f.summary.taskCount, 0) },
    ...(files.length === 1 ? { tasks: files[0].tasks, findings: files[0].findings } : {}),
    ...(unreadable.length ? { errors: unreadable } : {}),
  });
}

/** The grid behind the hand-made report: the cells the findings point at hold their current values. */
export function grid(): WorkbookGrid {
  const cells: (string | number | null)[][] = [];
  const set = (row: number, col: number, v: string | number) => {
    cells[row - 1] ??= [];
    cells[row - 1][col - 1] = v;
  };
  set(8, 1, 'Quý III (4 nhiệm vụ)');
  set(10, 1, 1);
  set(10, 2, 'Xây dựng kế hoạch  chuyển đổi số');
  set(10, 4, 'Văn phòng Sở');
  set(11, 1, 2);
  set(11, 2, 'Tổ chức hội thảo khoa học');
  set(11, 4, 'Phòng QLKH&ĐMST');
  set(12, 1, 3);
  set(12, 2, 'Kiểm tra đo lường');
  set(12, 4, 'Phòng QLKH');
  return { sheets: [{ name: SHEET, cells }] };
}

export interface EngineCall {
  grid: WorkbookGrid;
  options: AnalyseOptions;
}

export function fakeEngine(make: (grid: WorkbookGrid, options: AnalyseOptions) => FileReport = (_, o) =>
  fileReport(o.fileName, o.period ? { period: o.period, periodSource: 'option' } : {}),
): EngineApi & { calls: EngineCall[] } {
  const calls: EngineCall[] = [];
  return {
    calls,
    analyseWorkbook(g, options) {
      calls.push({ grid: g, options });
      return make(g, options);
    },
    combineReports: combine,
    defaultDirectory: directory,
    catalog,
  };
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

type Method = keyof ExcelHost;

export class FakeHost implements ExcelHost {
  calls: { method: Method; args: unknown[] }[] = [];
  directoryInSheet: Directory | null = null;
  journalEntries: JournalEntry[] = [];
  private holds = new Map<Method, Deferred>();
  private failures = new Map<Method, Error>();
  changeListeners = new Set<() => void>();
  unsubscribed = 0;
  missingFeatures: VisibleFeature[] | undefined;
  noEvents = false;
  /** What info() reports as the workbook's name (Excel gives none before ExcelApi 1.7). */
  workbookName: string | undefined;

  /** The next calls to `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    const d = deferred();
    this.holds.set(method, d);
    return () => {
      this.holds.delete(method);
      d.resolve();
    };
  }

  /** The next calls to `method` throw `error`. */
  fail(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  /** Calls to `method` succeed again. */
  recover(method: Method): void {
    this.failures.delete(method);
  }

  called(method: Method) {
    return this.calls.filter((c) => c.method === method);
  }

  private async enter(method: Method, args: unknown[]) {
    this.calls.push({ method, args });
    const hold = this.holds.get(method);
    if (hold) await hold.promise;
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }

  async info(): Promise<WorkbookInfo> {
    await this.enter('info', []);
    return {
      ...(this.workbookName ? { workbookName: this.workbookName } : {}),
      activeSheet: SHEET,
      sheets: [SHEET],
      capabilities: { notes: true, dataValidation: true, rangeAreas: true, events: !this.noEvents, hiddenSheets: true },
      missingFeatures: this.missingFeatures,
    };
  }
  /** What readGrid returns (default: the hand-made grid). */
  readGridResult: WorkbookGrid | null = null;
  async readGrid(scope: Scope): Promise<WorkbookGrid> {
    await this.enter('readGrid', [scope]);
    return this.readGridResult ?? grid();
  }
  /** Sheets selectCell reports as hidden (made visible by the adapter). */
  hiddenSheets = new Set<string>();
  async selectCell(sheet: string, address: string) {
    await this.enter('selectCell', [sheet, address]);
    const unhidden = this.hiddenSheets.delete(sheet);
    return { unhidden };
  }
  async markFindings(fs: Finding[]) {
    await this.enter('markFindings', [fs]);
    return { marked: fs.length, notes: true };
  }
  async clearMarks() {
    await this.enter('clearMarks', []);
    return { cleared: 4 };
  }
  async applyChanges(changes: CellChange[]): Promise<ApplyResult> {
    await this.enter('applyChanges', [changes]);
    const batch = `b${this.calls.length}`;
    for (const c of changes) {
      this.journalEntries.push({
        id: this.journalEntries.length + 1,
        batch,
        time: '2025-09-15T10:00:00',
        sheet: c.sheet,
        address: c.address,
        oldValue: c.from,
        newValue: c.to,
        reason: c.reason,
        undone: false,
      });
    }
    // As the adapter does: the journal read with the write comes back with it.
    return { applied: changes, skipped: [], batch, journal: this.journalEntries.map((e) => ({ ...e })) };
  }
  async journal(): Promise<JournalEntry[]> {
    await this.enter('journal', []);
    return this.journalEntries.map((e) => ({ ...e }));
  }
  async undo(batch?: string) {
    await this.enter('undo', [batch]);
    const live = this.journalEntries.filter((e) => !e.undone);
    const last = batch ?? live[live.length - 1]?.batch;
    let restored = 0;
    for (const e of this.journalEntries) {
      if (e.batch === last && !e.undone) {
        e.undone = true;
        restored++;
      }
    }
    return { restored, skipped: 0 };
  }
  summaryResult: SummaryResult = { sheet: 'Tổng hợp' };
  async writeSummary(report: Report): Promise<SummaryResult> {
    await this.enter('writeSummary', [report]);
    return this.summaryResult;
  }
  async writeTracker(report: Report): Promise<TrackerResult> {
    await this.enter('writeTracker', [report]);
    return { sheet: 'Theo dõi', added: 3, kept: 1, vanished: 2 };
  }
  async insertDirectory(d: Directory) {
    await this.enter('insertDirectory', [d]);
    this.directoryInSheet = d;
    return { sheet: 'Danh mục' };
  }
  async readDirectory(): Promise<Directory | null> {
    await this.enter('readDirectory', []);
    return this.directoryInSheet;
  }
  async onChanged(callback: () => void) {
    await this.enter('onChanged', []);
    this.changeListeners.add(callback);
    return () => {
      this.unsubscribed++;
      this.changeListeners.delete(callback);
    };
  }
  /** Simulates a user edit in Excel. */
  change() {
    for (const l of this.changeListeners) l();
  }
}

export function inputError(message: string) {
  return new CtctInputError('no-task-table', message);
}
