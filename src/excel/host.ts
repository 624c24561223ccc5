/**
 * What the task pane asks of Excel. `src/excel/` implements it with Office.js (the only place that
 * calls `Excel.run`); the pane and its tests only see this interface.
 */
import type { RowAnchor } from '../engine/row-anchor';
import type { WorkbookGrid } from '../engine/grid';
import type { Finding, Report } from '../engine/report';
import type { Directory } from '../engine/directory/types';
import type { SummaryResult } from './summary';

export type Scope = 'active' | 'workbook';

/** Optional Excel features, checked at run time with `isSetSupported`. */
export interface Capabilities {
  /** ExcelApi 1.18: notes on marked cells. */
  notes: boolean;
  /** ExcelApi 1.8: data validation (tracker status dropdown). */
  dataValidation: boolean;
  /** ExcelApi 1.9: RangeAreas (marking many cells at once). */
  rangeAreas: boolean;
  /** ExcelApi 1.7: worksheet change events (re-check on change). */
  events: boolean;
  /** ExcelApi 1.4: hidden sheets (the change journal). */
  hiddenSheets: boolean;
}

/** Optional features whose absence the user notices; the pane says, in its language, what still works. */
export type VisibleFeature = 'notes' | 'dataValidation' | 'rangeAreas' | 'events' | 'hiddenSheets' | 'mergedAreas' | 'pageLayout' | 'names';

export interface WorkbookInfo {
  /** The workbook's name ("Chương trình công tác 2025.xlsx"), when Excel gives it (ExcelApi 1.7). */
  workbookName?: string;
  activeSheet: string;
  sheets: string[];
  capabilities: Capabilities;
  /** The optional features this Excel lacks that the user would notice, in a stable order (the pane words them). */
  missingFeatures?: VisibleFeature[];
}

/** One cell value the add-in changes (a fix). */
export interface CellChange {
  sheet: string;
  /** A1 address without the sheet, e.g. "F57". */
  address: string;
  /** The value the user had, as shown to them in the preview; the write is refused if the cell changed since. */
  from: string;
  to: string;
  /** Why: the finding code. */
  reason: string;
  /**
   * Another cell of the same row and its text (the task's text, most often): if it no longer
   * holds it, the row has moved (rows inserted, deleted or sorted) and the cell is left alone.
   */
  anchor?: RowAnchor;
  /** The font the cell takes with the new value (TCVN3/VNI text converted: its Unicode font). */
  font?: string;
}

export type { RowAnchor };

export interface JournalEntry {
  id: number;
  /** Changes made together by one command share a batch. */
  batch: string;
  time: string;
  sheet: string;
  address: string;
  oldValue: string | number | boolean | null;
  newValue: string | number | boolean | null;
  reason: string;
  undone: boolean;
  /**
   * Set when "Hoàn tác" left the cell alone: the user changed it after CTCT wrote it ('changed'),
   * or its sheet is gone ('missing'). A skipped entry no longer keeps its batch open.
   */
  skipped?: boolean;
  skipReason?: 'changed' | 'missing' | 'moved';
  /** As CellChange.anchor: undo leaves the cell alone when its row has moved since. */
  anchor?: RowAnchor;
}

export interface ApplyResult {
  applied: CellChange[];
  /** Cells whose value changed since the preview: left alone. */
  skipped: CellChange[];
  batch: string;
  /** The journal after the write (read with it): shown without reading it again. */
  journal?: JournalEntry[];
}

export interface TrackerResult {
  sheet: string;
  added: number;
  kept: number;
  vanished: number;
  /** Users' notes of the old sheet Excel would not take on the new one (the web's requests): each cell and text, for the pane to show. */
  notesNotAdded?: { address: string; content: string }[];
  /**
   * The old sheet was deleted and written again, not refreshed in place (Excel before ExcelApi 1.9
   * cannot copy ranges): what was typed is kept, but references to it from other sheets broke.
   */
  replacedSheet?: true;
  /**
   * CTCT's table on the old sheet was turned into a range and made again under its name, not
   * resized: formulas elsewhere that named it (TheoDoi[Trạng thái]) now name fixed cells.
   */
  rebuiltTable?: RebuiltTable;
}

/** Why: Excel cannot resize a table (before ExcelApi 1.13), or the table no longer began at A1. */
export interface RebuiltTable {
  name: string;
  reason: 'no-resize' | 'moved';
}

export interface ExcelHost {
  info(): Promise<WorkbookInfo>;
  /**
   * 'active': the active sheet; when that is one of CTCT's own sheets (the summary or tracker it
   * just wrote, CTCT_…), the programme sheet last checked this way, else the whole workbook.
   */
  readGrid(scope: Scope): Promise<WorkbookGrid>;
  /** Activates the sheet and selects the cell; a hidden sheet is made visible first (`unhidden`). */
  selectCell(sheet: string, address: string): Promise<{ unhidden: boolean }>;
  /** Fill (and note, where supported) every finding's cell; previous fills remembered for clearMarks. */
  /** `asOf`: the report's date, shown in each note. */
  /** `anchors`: the marked cells' row anchors ("Sheet!C12" → anchor), so marks are found again after rows are inserted. */
  markFindings(findings: Finding[], asOf: string, anchors?: Record<string, RowAnchor>): Promise<{ marked: number; notes: boolean }>;
  /** Removes all marks and restores the previous fills; never touches values. */
  clearMarks(): Promise<{ cleared: number }>;
  /** Writes the changes (journaled) in one batch. */
  applyChanges(changes: CellChange[]): Promise<ApplyResult>;
  journal(): Promise<JournalEntry[]>;
  /** "Hoàn tác": restores the old values of a batch (the last one by default). */
  undo(batch?: string): Promise<{ restored: number; skipped: number }>;
  writeSummary(report: Report): Promise<SummaryResult>;
  writeTracker(report: Report): Promise<TrackerResult>;
  insertDirectory(directory: Directory): Promise<{ sheet: string }>;
  /** The "Danh mục" sheet's directory when the workbook has one. */
  readDirectory(): Promise<Directory | null>;
  /** Calls back (debounced by the caller) when a worksheet changes; returns an unsubscribe function. */
  onChanged(callback: () => void): Promise<() => void>;
}
