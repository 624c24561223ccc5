/**
 * The task pane in Excel: six tabs over one `ExcelHost`. The last check (grid + report) is shared by
 * every tab. An action that writes from a report (marks, summary, tracker) reads the workbook again
 * first (`freshAnalysis`): the sheet may have changed since the last check (rows inserted, tasks
 * added, statuses typed in "Theo dõi"), and writing from the old reading would put marks on the
 * wrong cells or miss the new tasks and statuses. A check that fails clears the old results.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid';
import type { FileReport, Report } from '../../engine/report';
import type { Directory } from '../../engine/directory/types';
import type { ExcelHost, Scope, WorkbookInfo } from '../../excel/host';
import type { EngineApi } from '../services';
import { findingItems, todayIso, type FindingItem } from '../analysis';
import { AppShell } from '../components/AppShell';
import { ErrorBar } from '../components/ActionStatus';
import { useI18n, type Dict, type Lang } from '../i18n';
import { CtctInputError } from '../../engine/errors';
import { errorMessage } from '../analysis';
import { CheckPanel } from './CheckPanel';
import { FixPanel } from './FixPanel';
import { DirectoryPanel, MarkPanel, SummaryPanel, TrackerPanel } from './panels';

export interface Analysis {
  grid: WorkbookGrid;
  fileReport: FileReport;
  report: Report;
  items: FindingItem[];
  directory: Directory;
  /** Where the directory came from: the workbook's "Danh mục" sheet or the bundled default. */
  directorySource: 'sheet' | 'default';
  scope: Scope;
  asOf: string;
}

export interface PaneContext {
  host: ExcelHost;
  engine: EngineApi;
  info: WorkbookInfo | null;
  analysis: Analysis | null;
  /** Reads the sheet(s) and runs the engine; updates `analysis` (cleared when the check fails). */
  analyse(): Promise<Analysis>;
  /** The current analysis, or a fresh one when there is none (for previews, which writes re-verify). */
  ensureAnalysis(): Promise<Analysis>;
  /**
   * Reads the workbook again and runs the engine, always: what a write works from. In the pane's
   * own scope (the default) it is the check of the Kiểm tra tab, and updates `analysis`; in another
   * scope (the summary covers the whole workbook) it leaves the Kiểm tra tab's results alone.
   */
  freshAnalysis(scope?: Scope): Promise<Analysis>;
}

/** The report's file name when Excel does not give the workbook's (before ExcelApi 1.7). */
export const WORKBOOK_FALLBACK_NAME = 'Sổ làm việc';

/**
 * The engine speaks of files ("trong tệp …"); in Excel the user checked a sheet or the open
 * workbook, so "no task table" is said of that sheet ("trang tính") or that workbook.
 */
function inPaneWords(error: unknown, grid: WorkbookGrid, workbookName: string | undefined, t: Dict): unknown {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'no-task-table') return error;
  const message = grid.sheets.length === 1 ? t.noTaskTableSheet(grid.sheets[0].name) : t.noTaskTableWorkbook(workbookName);
  return new CtctInputError('no-task-table', message);
}

const TABS = ['check', 'mark', 'fix', 'summary', 'tracker', 'directory'] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap', marginBlockEnd: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface TaskPaneAppProps {
  host: ExcelHost;
  engine: EngineApi;
  /** Today's date (yyyy-mm-dd); injectable for tests. */
  today?: () => string;
  /** Debounce of the automatic re-check, in ms. */
  debounceMs?: number;
  lang?: Lang;
}

function Pane({ host, engine, today = todayIso, debounceMs = 1000 }: TaskPaneAppProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);
  const [scope, setScope] = useState<Scope>('active');
  const [period, setPeriod] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const analysisRef = useRef<Analysis | null>(null);

  useEffect(() => {
    let live = true;
    host.info().then(
      (i) => live && setInfo(i),
      (e) => live && setInfoError(e),
    );
    return () => {
      live = false;
    };
  }, [host]);

  // The workbook's own directory (its "Danh mục" sheet), for the period picker: read when the
  // Kiểm tra tab is shown and at each check, so its periods are offered before any check succeeds.
  // undefined: not read yet; null: the workbook has none.
  const [sheetDirectory, setSheetDirectory] = useState<Directory | null | undefined>(undefined);
  useEffect(() => {
    if (tab !== 'check') return;
    let live = true;
    host.readDirectory().then(
      (d) => live && setSheetDirectory(d),
      // A broken "Danh mục" is reported by the check itself.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, tab]);

  const infoRef = useRef<WorkbookInfo | null>(null);
  infoRef.current = info;

  /** Reads and analyses `readScope`; of the pane's state it sets only the workbook's directory, as read. */
  const read = useCallback(async (readScope: Scope): Promise<Analysis> => {
    // The workbook's "Danh mục" sheet, read even when only the active sheet is checked.
    const found = await host.readDirectory();
    setSheetDirectory(found);
    const grid = await host.readGrid(readScope);
    // Let the progress bar paint before the (synchronous) analysis.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const asOf = today();
    // The report's "file" is the workbook (its sheets are named in each finding's address).
    const workbookName = infoRef.current?.workbookName;
    const fileName = workbookName || WORKBOOK_FALLBACK_NAME;
    let fileReport: FileReport;
    try {
      fileReport = engine.analyseWorkbook(grid, { fileName, directory: found ?? undefined, period: period || undefined, asOf });
    } catch (error) {
      throw inPaneWords(error, grid, workbookName, t);
    }
    const report = engine.combineReports([fileReport], asOf);
    const next: Analysis = {
      grid,
      fileReport,
      report,
      items: findingItems([{ report: fileReport, index: 0 }]),
      directory: found ?? engine.defaultDirectory,
      directorySource: found || fileReport.directorySource === 'workbook' ? 'sheet' : 'default',
      scope: readScope,
      asOf,
    };
    return next;
  }, [host, engine, period, today, t]);

  // The pane's check: its result replaces the shared analysis; a failure clears it, so no tab keeps
  // showing (or marking) findings of a sheet that is no longer what the user checks.
  const analyse = useCallback(async (): Promise<Analysis> => {
    try {
      const next = await read(scope);
      analysisRef.current = next;
      setAnalysis(next);
      return next;
    } catch (error) {
      analysisRef.current = null;
      setAnalysis(null);
      throw error;
    }
  }, [read, scope]);

  const ensureAnalysis = useCallback(async () => analysisRef.current ?? analyse(), [analyse]);

  const freshAnalysis = useCallback(
    async (readScope: Scope = scope) => (readScope === scope ? analyse() : read(readScope)),
    [analyse, read, scope],
  );

  const ctx: PaneContext = { host, engine, info, analysis, analyse, ensureAnalysis, freshAnalysis };

  const labels: Record<TabId, string> = {
    check: t.tabCheck,
    mark: t.tabMark,
    fix: t.tabFix,
    summary: t.tabSummary,
    tracker: t.tabTracker,
    directory: t.tabDirectory,
  };

  return (
    <>
      {infoError ? <ErrorBar message={errorMessage(infoError, t)} name="info" /> : null}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={t.tabs}
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
            {labels[id]}
          </Tab>
        ))}
      </TabList>
      {TABS.map((id) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} data-testid={`panel-${id}`}>
          {id === 'check' ? (
            <CheckPanel
              ctx={ctx}
              scope={scope}
              setScope={setScope}
              period={period}
              setPeriod={setPeriod}
              periodDirectory={sheetDirectory ?? engine.defaultDirectory}
              debounceMs={debounceMs}
            />
          ) : id === 'mark' ? (
            <MarkPanel ctx={ctx} />
          ) : id === 'fix' ? (
            <FixPanel ctx={ctx} />
          ) : id === 'summary' ? (
            <SummaryPanel ctx={ctx} />
          ) : id === 'tracker' ? (
            <TrackerPanel ctx={ctx} />
          ) : (
            <DirectoryPanel ctx={ctx} />
          )}
        </div>
      ))}
    </>
  );
}

export function TaskPaneApp(props: TaskPaneAppProps) {
  return (
    <AppShell lang={props.lang}>
      <Pane {...props} />
    </AppShell>
  );
}
