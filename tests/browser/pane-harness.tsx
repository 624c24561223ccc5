/**
 * The Excel task pane in a plain browser page, for real-browser tests and screenshots: the real
 * pane, engine and exceljs reader, over an in-memory `ExcelHost` holding one workbook's grid.
 * Not part of the product (the product's pane runs on Office.js; `src/excel/` has its own tests).
 */
import { createRoot } from 'react-dom/client';
import { TaskPaneApp } from '../../src/taskpane/excel/TaskPaneApp';
import { engine } from '../../src/taskpane/engine';
import { readWorkbookGrid } from '../../src/xlsx';
import { columnNumber, type WorkbookGrid } from '../../src/engine/grid';
import type { Directory } from '../../src/engine/directory/types';
import type { Finding, Report } from '../../src/engine/report';
import type { ApplyResult, CellChange, ExcelHost, JournalEntry, Scope, TrackerResult, WorkbookInfo } from '../../src/excel/host';

declare global {
  interface Window {
    harness: { selected: string[]; applied: CellChange[][]; summaries: number; trackers: number; change(): void; ready: boolean };
  }
}

function cellRef(grid: WorkbookGrid, sheet: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const r = Number(m[2]) - 1;
  const c = columnNumber(m[1]) - 1;
  s.cells[r] ??= [];
  return { get: () => s.cells[r][c] ?? null, set: (v: string | number | boolean | null) => (s.cells[r][c] = v) };
}

class MemoryHost implements ExcelHost {
  private journalEntries: JournalEntry[] = [];
  private directory: Directory | null = null;
  private listeners = new Set<() => void>();
  private tracked = new Set<string>();
  private batches = 0;
  constructor(private grid: WorkbookGrid) {}

  async info(): Promise<WorkbookInfo> {
    const visible = this.grid.sheets.filter((s) => !s.hidden).map((s) => s.name);
    return {
      activeSheet: visible[0],
      sheets: visible,
      capabilities: { notes: true, dataValidation: true, rangeAreas: true, events: true, hiddenSheets: true },
    };
  }
  async readGrid(scope: Scope): Promise<WorkbookGrid> {
    const sheets = scope === 'active' ? this.grid.sheets.slice(0, 1) : this.grid.sheets;
    return structuredClone({ sheets });
  }
  async selectCell(sheet: string, address: string) {
    window.harness.selected.push(`${sheet}!${address}`);
    return { unhidden: false };
  }
  async markFindings(findings: Finding[]) {
    return { marked: new Set(findings.map((f) => `${f.sheet}!${f.column}${f.row}`)).size, notes: true };
  }
  async clearMarks() {
    return { cleared: 0 };
  }
  async applyChanges(changes: CellChange[]): Promise<ApplyResult> {
    window.harness.applied.push(changes);
    const batch = `b${++this.batches}`;
    const applied: CellChange[] = [];
    const skipped: CellChange[] = [];
    for (const c of changes) {
      const cell = cellRef(this.grid, c.sheet, c.address);
      const old = cell.get();
      if (String(old ?? '') !== c.from) {
        skipped.push(c);
        continue;
      }
      cell.set(c.to);
      applied.push(c);
      this.journalEntries.push({
        id: this.journalEntries.length + 1,
        batch,
        time: new Date().toISOString(),
        sheet: c.sheet,
        address: c.address,
        oldValue: typeof old === 'object' ? null : old,
        newValue: c.to,
        reason: c.reason,
        undone: false,
      });
    }
    return { applied, skipped, batch };
  }
  async journal() {
    return this.journalEntries.map((e) => ({ ...e }));
  }
  async undo(batch?: string) {
    const live = this.journalEntries.filter((e) => !e.undone);
    const target = batch ?? live[live.length - 1]?.batch;
    let restored = 0;
    for (const e of [...this.journalEntries].reverse()) {
      if (e.batch !== target || e.undone) continue;
      cellRef(this.grid, e.sheet, e.address).set(e.oldValue);
      e.undone = true;
      restored++;
    }
    return { restored, skipped: 0 };
  }
  async writeSummary(_report: Report) {
    window.harness.summaries++;
    return { sheet: 'Tổng hợp' };
  }
  async writeTracker(report: Report): Promise<TrackerResult> {
    window.harness.trackers++;
    const keys = new Set((report.tasks ?? report.files.flatMap((f) => f.tasks)).map((t) => t.key));
    const added = [...keys].filter((k) => !this.tracked.has(k)).length;
    const vanished = [...this.tracked].filter((k) => !keys.has(k)).length;
    const kept = keys.size - added;
    keys.forEach((k) => this.tracked.add(k));
    return { sheet: 'Theo dõi', added, kept, vanished };
  }
  async insertDirectory(directory: Directory) {
    this.directory = directory;
    return { sheet: 'Danh mục' };
  }
  async readDirectory() {
    return this.directory;
  }
  async onChanged(callback: () => void) {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }
  change() {
    this.listeners.forEach((l) => l());
  }
}

async function main() {
  const params = new URLSearchParams(location.search);
  const file = params.get('file') ?? 'workbook.xlsx';
  const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
  const grid = await readWorkbookGrid(bytes, { fileName: file });
  const host = new MemoryHost(grid);
  window.harness = { selected: [], applied: [], summaries: 0, trackers: 0, change: () => host.change(), ready: true };
  createRoot(document.getElementById('root')!).render(<TaskPaneApp host={host} engine={engine} today={() => params.get('asOf') ?? '2025-09-15'} />);
}

void main();
