/**
 * The Office.js adapter: `createExcelHost()` is the task pane's only way into Excel, and this
 * folder is the only place in the project that calls `Excel.run`.
 */
import type { ExcelHost, RowAnchor, WorkbookInfo } from './host';
import type { Finding, Report } from '../engine/report';
import type { Directory } from '../engine/directory/types';
import { detectCapabilities, MIN_EXCEL_API, missingVisibleFeatures, paneCapabilities, type AdapterCapabilities } from './capabilities';
import { officeEnv, type HostEnv } from './env';
import { EXCEL_ERROR_MESSAGES, ExcelHostError, explainExcelError } from './errors';
import { ECHO_MS, onChanged, type Quiet } from './events';
import { applyChanges, readJournal, undoBatch } from './journal';
import { clearMarks, markFindings } from './marks';
import { readWorkbook, type ReadMemory } from './read';
import { writeSummary } from './summary';
import { writeTracker } from './tracker';
import { insertDirectory, readDirectory } from './directory';
import { INTERNAL_SHEETS, sameSheet } from './sheets';

export type { ExcelHost } from './host';
export type { HostEnv } from './env';
export { DEGRADED_MESSAGES, detectCapabilities, missingVisibleFeatures } from './capabilities';
export { ExcelHostError } from './errors';

async function info(env: HostEnv, caps: AdapterCapabilities): Promise<WorkbookInfo> {
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    if (caps.workbookName) context.workbook.load('name');
    await context.sync();
    const name = caps.workbookName ? String(context.workbook.name ?? '').trim() : '';
    return {
      ...(name ? { workbookName: name } : {}),
      activeSheet: active.name,
      sheets: sheets.items
        .filter((s) => String(s.visibility) === 'Visible' && !INTERNAL_SHEETS.some((n) => sameSheet(n, s.name)))
        .map((s) => s.name),
      capabilities: paneCapabilities(caps),
      missingFeatures: missingVisibleFeatures(caps),
    };
  });
}

/**
 * Shows a finding's cell. Excel cannot activate a hidden sheet: it is made visible first (the user
 * asked to see that cell; the pane says the sheet was hidden), or, where Excel cannot change a
 * sheet's visibility, the user is told in one sentence how to unhide it.
 */
async function selectCell(env: HostEnv, caps: AdapterCapabilities, sheet: string, address: string): Promise<{ unhidden: boolean }> {
  return env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('name,visibility');
    await context.sync();
    const unhidden = String(ws.visibility) !== 'Visible';
    if (unhidden) {
      if (!caps.hiddenSheets) {
        throw new ExcelHostError(
          'SheetHidden',
          `Trang tính «${ws.name}» đang bị ẩn nên không chọn được ô ${address}: hãy bỏ ẩn trang tính này (bấm chuột phải vào tên một trang tính → Bỏ ẩn) rồi chọn lại.`,
          undefined,
          { sheet: ws.name, address },
        );
      }
      ws.visibility = 'Visible';
    }
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
    return { unhidden };
  });
}

/**
 * `overrides` replace Office.js (tests pass a fake `run` and `isSetSupported`). Every error reaches
 * the pane as one Vietnamese sentence (ExcelHostError or CtctInputError).
 */
export function createExcelHost(overrides: Partial<HostEnv> = {}): ExcelHost {
  const env = officeEnv(overrides);
  let caps: AdapterCapabilities | null = null;
  // Requirement sets are asked once, when first needed (Office is ready by then).
  const capabilities = () => (caps ??= detectCapabilities(env.isSetSupported, env.hasSurface));
  const quiet: Quiet = { depth: 0, until: 0 };
  // The programme sheet last checked with the "active sheet" scope (used while a CTCT sheet is active).
  const memory: ReadMemory = { lastActive: null };

  // An Excel older than the add-in's minimum gets one sentence, before any call it lacks is made.
  const tooOld = () => !env.isSetSupported('ExcelApi', MIN_EXCEL_API);
  const refuseTooOld = () => Promise.reject(new ExcelHostError('ExcelTooOld', EXCEL_ERROR_MESSAGES.ExcelTooOld!));
  const read = <T>(f: () => Promise<T>) => (tooOld() ? refuseTooOld() : f().catch((e: unknown) => Promise.reject(explainExcelError(e))));
  /** Writes open a quiet window so the change events they cause do not trigger a re-check. */
  const write = async <T>(f: () => Promise<T>): Promise<T> => {
    if (tooOld()) return refuseTooOld();
    quiet.depth++;
    try {
      return await f();
    } catch (e) {
      throw explainExcelError(e);
    } finally {
      quiet.depth--;
      quiet.until = env.now().getTime() + ECHO_MS;
    }
  };

  return {
    info: () => read(() => info(env, capabilities())),
    readGrid: (scope) => read(() => readWorkbook(env, capabilities(), scope, memory)),
    selectCell: (sheet, address) => read(() => selectCell(env, capabilities(), sheet, address)),
    markFindings: (findings: Finding[], asOf: string, anchors?: Record<string, RowAnchor>) => write(() => markFindings(env, capabilities(), findings, asOf, anchors)),
    clearMarks: () => write(() => clearMarks(env, capabilities())),
    applyChanges: (changes) => write(() => applyChanges(env, capabilities(), changes)),
    journal: () => read(() => readJournal(env)),
    undo: (batch) => write(() => undoBatch(env, capabilities(), batch)),
    writeSummary: (report: Report) => write(() => writeSummary(env, capabilities(), report)),
    writeTracker: (report: Report) => write(() => writeTracker(env, capabilities(), report)),
    insertDirectory: (directory: Directory) => write(() => insertDirectory(env, capabilities(), directory)),
    readDirectory: () => read(() => readDirectory(env, capabilities())),
    onChanged: (callback) => read(() => onChanged(env, capabilities(), quiet, callback)),
  };
}
