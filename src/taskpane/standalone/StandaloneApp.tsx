/**
 * The pane outside Excel: checks .xlsx files in the browser (nothing is uploaded). Same summary and
 * findings components as the Excel pane; reading and writing workbooks goes through `XlsxApi`
 * (exceljs), which only this page loads.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Text, makeStyles, shorthands, mergeClasses, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../../engine/grid';
import type { FileReport } from '../../engine/report';
import type { LostPart } from '../../engine/copy-losses';
import { periodsOfSheets } from '../../engine/combine';
import type { EngineApi, XlsxApi } from '../services';
import { cellText, cellValueAt, errorMessage, findingItems, inputErrorCode, isInputError, todayIso, type FindingItem } from '../analysis';
import { AppShell } from '../components/AppShell';
import { ActionStatus, ErrorBar } from '../components/ActionStatus';
import { FindingsList } from '../components/FindingsList';
import { PeriodPicker } from '../components/PeriodPicker';
import { useSelectStyles } from '../components/selectStyles';
import { SummaryView } from '../components/SummaryView';
import { useAction } from '../useAction';
import { useTableStyles } from '../components/tableStyles';
import { DICTIONARIES, useI18n, type Dict, type Lang } from '../i18n';
import { sortOpenFiles, type LeftOut } from './own-outputs';

export const SAMPLE_NAME = 'chuong-trinh-cong-tac-mau.xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';

interface LoadedFile {
  id: number;
  /** The file's own name. */
  name: string;
  /**
   * What the page calls it: its name, or "ctct.xlsx (2)" when a file of the same name is already
   * open (units mail files with the same name; each opened file is kept, none replaces another).
   */
  label: string;
  bytes: Uint8Array;
  grid: WorkbookGrid | null;
  report: FileReport | null;
  error: unknown;
}

/** Why a file is not counted, in the reader's language. */
function leftOutText(why: LeftOut, t: Dict): string {
  if (why.kind === 'summary') return t.leftOutSummary;
  if (why.kind === 'copy') return t.leftOutCopy(why);
  if (why.kind === 'superseded') return t.leftOutSuperseded(why.copy);
  return t.leftOutSame(why.as);
}

/** The kind of a file's failure, as the dictionary words it: an empty file (0 bytes read) is told apart from another kind of file. */
function fileErrorKey(f: LoadedFile): string {
  const code = inputErrorCode(f.error);
  return code === 'not-xlsx' && f.bytes.length === 0 ? 'empty' : code;
}

/** What a downloaded copy could not keep of its file. */
interface CopyLosses {
  copy: string;
  file: string;
  parts: readonly LostPart[];
  /** Sheets users added to the earlier copy (`from`), carried without their pictures and tables. */
  sheetsWithout?: { from: string; sheets: readonly string[] };
  /** Sheets of the earlier copy (`from`) edited there since CTCT wrote it: the new copy, made from the file, lacks the edits. */
  edited?: { from: string; sheets: readonly string[] };
}

interface Progress {
  done: number;
  total: number;
  name: string;
}

const useStyles = makeStyles({
  root: { minHeight: '70vh' },
  drop: {
    ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  privacy: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, marginBlock: tokens.spacingVerticalS },
  files: { listStyleType: 'none', margin: 0, padding: 0, marginBlockEnd: tokens.spacingVerticalM },
  file: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: 0 },
  fileMeta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fileError: { flexBasis: '100%' },
  controls: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBlockEnd: tokens.spacingVerticalM,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 480px), 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  column: { minWidth: 0 },
  summaryButton: { justifySelf: 'start' },
  tableGap: { marginBlockEnd: tokens.spacingVerticalM },
  scroll: { overflowX: 'auto' },
  noWrap: { whiteSpace: 'nowrap' },
  fileCell: { overflowWrap: 'anywhere', minWidth: '6em' },
  context: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** `Báo cáo.xlsx` → `Báo cáo (đã kiểm tra).xlsx`; the second `Báo cáo.xlsx` → `Báo cáo (2) (đã kiểm tra).xlsx`; `m.xlsm` → `m (đã kiểm tra).xlsx`. */
function markedName(file: Pick<LoadedFile, 'name' | 'label'>, t: Dict): string {
  const base = file.name.replace(/\.xls[xm]$/i, '');
  const number = file.label.startsWith(file.name) ? file.label.slice(file.name.length) : '';
  return t.lang === 'vi' ? `${base}${number} (đã kiểm tra).xlsx` : `${base}${number} (checked).xlsx`;
}

/** `name`, or `name (2)`, `name (3)`… when that is taken. */
export function distinctLabel(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`;
}

interface FileInput {
  name: string;
  read(): Promise<Uint8Array>;
}

/** A picked or dropped file's bytes (FileReader where `Blob.arrayBuffer` is missing). */
function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface StandaloneAppProps {
  engine: EngineApi;
  xlsx: XlsxApi;
  /** URL of the bundled sample workbook, relative to the page. */
  sampleUrl?: string;
  today?: () => string;
  lang?: Lang;
  /** Saves a produced workbook (a browser download by default); injectable for tests. */
  save?: (bytes: Uint8Array, name: string) => void;
}

function Standalone({ engine, xlsx, sampleUrl = `assets/samples/${SAMPLE_NAME}`, today = todayIso, save = saveBytes }: StandaloneAppProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const tables = useTableStyles();
  const sel = useSelectStyles();
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [period, setPeriod] = useState('');
  const [view, setView] = useState<'all' | number>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [dragging, setDragging] = useState(false);
  const [sampleError, setSampleError] = useState<unknown>(null);
  const nextId = useRef(1);
  const filesRef = useRef<LoadedFile[]>([]);
  const updateFiles = useCallback((next: LoadedFile[]) => {
    filesRef.current = next;
    setFiles(next);
    setView(next.length === 1 ? next[0].id : 'all');
    setSelectedId(null);
    // A period chosen for files no longer open is not imposed on the next ones.
    if (!next.length) setPeriod('');
  }, []);
  const inputRef = useRef<HTMLInputElement>(null);
  const pickRef = useRef<HTMLButtonElement>(null);
  const fileListRef = useRef<HTMLUListElement>(null);
  /** Removes a file; the keyboard focus goes to the next file's "Bỏ" (or the last one's, or "Chọn tệp"). */
  const removeFile = useCallback(
    (id: number) => {
      const index = filesRef.current.findIndex((f) => f.id === id);
      updateFiles(filesRef.current.filter((f) => f.id !== id));
      setTimeout(() => {
        const buttons = fileListRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove-file]') ?? [];
        (buttons[Math.min(index, buttons.length - 1)] ?? pickRef.current)?.focus();
      }, 0);
    },
    [updateFiles],
  );
  const asOf = useMemo(() => today(), [today]);

  const analyse = useCallback(
    (grid: WorkbookGrid, name: string, p: string): FileReport => {
      // No directory given: the engine uses the workbook's own "Danh mục" sheet when it has one.
      try {
        return engine.analyseWorkbook(grid, { fileName: name, period: p || undefined, asOf });
      } catch (error) {
        // A workbook whose own directory has no such period is read with the period it says
        // (the hint under the picker names it): one file's directory never locks the others out.
        if (p && inputErrorCode(error) === 'unknown-period') return engine.analyseWorkbook(grid, { fileName: name, asOf });
        throw error;
      }
    },
    [engine, asOf],
  );

  /** Labels of files still loading: files dropped meanwhile are told apart from them too. */
  const loadingLabels = useRef(new Set<string>());
  const [loadState, runLoad] = useAction(async (inputs: FileInput[]) => {
    const loaded: LoadedFile[] = [];
    const mine: string[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const { name } = inputs[i];
      const label = distinctLabel(name, new Set([...filesRef.current.map((f) => f.label), ...loadingLabels.current]));
      loadingLabels.current.add(label);
      mine.push(label);
      setProgress({ done: i, total: inputs.length, name: label });
      const file: LoadedFile = { id: nextId.current++, name, label, bytes: new Uint8Array(0), grid: null, report: null, error: null };
      try {
        file.bytes = await inputs[i].read();
        // exceljs may keep or detach the buffer it is given: the original bytes stay for the download.
        file.grid = await xlsx.readWorkbookGrid(file.bytes.slice(), { fileName: label });
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The report names the file by its label: findings and the combined summary tell them apart.
        file.report = analyse(file.grid, label, period);
      } catch (error) {
        // A file that is no programme (CTCT's own summary among the chosen files, an .xls) is said on
        // the page; only what the page did not expect goes to the console.
        if (typeof console !== 'undefined' && !isInputError(error)) console.error(error);
        file.error = error;
      }
      loaded.push(file);
    }
    setProgress(null);
    // Every opened file is kept, same-named ones too (each has its own id and label).
    updateFiles([...filesRef.current, ...loaded]);
    for (const label of mine) loadingLabels.current.delete(label);
    return loaded.length;
  });

  const [sampleState, runSample] = useAction(async () => {
    setSampleError(null);
    let bytes: Uint8Array;
    try {
      const res = await fetch(sampleUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (error) {
      setSampleError(error);
      throw error;
    }
    await runLoad([{ name: SAMPLE_NAME, read: async () => bytes }]);
  });

  const [periodState, runPeriod] = useAction(async (p: string) => {
    setPeriod(p);
    setProgress({ done: 0, total: 1, name: '' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const next = filesRef.current.map((f) => {
      if (!f.grid) return f;
      try {
        return { ...f, report: analyse(f.grid, f.label, p), error: null };
      } catch (error) {
        return { ...f, report: null, error };
      }
    });
    filesRef.current = next;
    setFiles(next);
    setSelectedId(null);
    setProgress(null);
  });

  const openFiles = useCallback(
    async (list: FileList | File[] | null) => {
      if (!list || list.length === 0) return;
      await runLoad(Array.from(list).map((f) => ({ name: f.name, read: () => readFileBytes(f) })));
    },
    [runLoad],
  );

  // As a folder run: CTCT's own outputs and a workbook opened twice are not counted again.
  const sorted = useMemo(
    () =>
      sortOpenFiles(files, (f, tracker) => {
        try {
          return analyse({ ...f.grid!, tracker }, f.label, period);
        } catch {
          return null;
        }
      }),
    [files, analyse, period],
  );
  const ok = useMemo(
    () => files.flatMap((f) => (sorted.reports.has(f.id) ? [{ ...f, report: sorted.reports.get(f.id)! }] : [])),
    [files, sorted],
  );
  // Files that could not be read are named in the combined summary (in Vietnamese, as the sheet is).
  const combined = useMemo(() => {
    if (!ok.length) return null;
    const unreadable = files
      .filter((f) => f.report === null && !sorted.leftOut.has(f.id))
      .map((f) => ({ file: f.label, code: inputErrorCode(f.error), message: isInputError(f.error) ? f.error.message : DICTIONARIES.vi.fileError(f.label) }));
    return engine.combineReports(ok.map((f) => f.report), asOf, unreadable, engine.defaultDirectory);
  }, [ok, files, sorted, engine, asOf]);
  const current = view === 'all' ? null : ok.find((f) => f.id === view) ?? files.find((f) => f.id === view) ?? null;
  const items = useMemo(() => {
    const shown = view === 'all' ? ok : ok.filter((f) => f.id === view);
    return findingItems(shown.map((f) => ({ report: f.report, index: f.id })));
  }, [ok, view]);
  const summary = current ? current.report?.summary ?? null : combined?.summary ?? null;
  // The summary in view adds up sheets of several programme years: said over it, as the printed summary does.
  const mixedYears = current ? (current.report ? t.mixedYears({ files: [current.report] }) : null) : combined ? t.mixedYears(combined) : null;

  /** Resolves to what a marked copy could not keep of its file (nothing for the summary). */
  const [downloadState, runDownload] = useAction(async (target: LoadedFile | 'summary'): Promise<CopyLosses | null> => {
    if (target === 'summary') {
      if (!combined) return null;
      const bytes = await xlsx.writeSummaryWorkbook(combined, { asOf });
      save(bytes, t.lang === 'vi' ? `Tổng hợp CTCT ${asOf}.xlsx` : `CTCT summary ${asOf}.xlsx`);
      return null;
    }
    // As `--out` writes it: an original's copy carries on its marked copy's "Theo dõi", whose statuses its summary counts.
    const fileReport = sorted.reports.get(target.id) ?? target.report;
    if (!fileReport) return null;
    const report = engine.combineReports([fileReport], asOf);
    const earlier = files.find((f) => f.id === sorted.trackerFrom.get(target.id));
    const previousCopy = earlier?.bytes;
    // That copy is the one the download replaces: the sheets users added there are carried too.
    const { bytes, lostParts, carriedWithout = [], replacedEdited = [] } = await xlsx.writeMarkedCopyDetailed(target.bytes, fileReport, report, { asOf, ...(previousCopy ? { previousCopy, replaces: previousCopy } : {}) });
    const copy = markedName(target, t);
    save(bytes, copy);
    // What the download could not carry stays in the earlier copy, the user's file: she must keep it (the CLI keeps it as "…-ban-cu").
    const sheetsWithout = earlier && carriedWithout.length ? { from: earlier.label, sheets: carriedWithout } : undefined;
    // So do edits made in it (a note in "Tổng hợp", a target corrected): the CLI keeps such a copy as "…-ban-cu" too.
    const edited = earlier && replacedEdited.length ? { from: earlier.label, sheets: replacedEdited } : undefined;
    return lostParts.length || sheetsWithout || edited ? { copy, file: target.label, parts: lostParts, ...(sheetsWithout ? { sheetsWithout } : {}), ...(edited ? { edited } : {}) } : null;
  });

  const busy = loadState.status === 'running' || sampleState.status === 'running' || periodState.status === 'running';

  // The engine's sentence is Vietnamese; the dictionary says it in the reader's language where it can.
  const fileErrorText = (f: LoadedFile) => t.fileErrorByCode[fileErrorKey(f)]?.(f.label) ?? (isInputError(f.error) ? errorMessage(f.error, t) : t.fileError(f.label));

  const renderContext = (item: FindingItem) => {
    const file = files.find((f) => f.id === item.fileIndex);
    const value = file?.grid ? cellValueAt(file.grid, item.finding.sheet, item.finding.row, item.finding.column) : null;
    const text = cellText(value);
    return (
      <dl className={styles.context} aria-label={t.context}>
        <dt className={styles.dt}>{t.context}</dt>
        <dd className={mergeClasses(styles.dd, styles.mono)} data-testid="context-address">
          {item.address}
        </dd>
        <dt className={styles.dt}>{t.contextTask}</dt>
        <dd className={styles.dd} lang="vi" data-testid="context-task">
          {item.task
            ? `${item.task.stt ? `${item.task.stt}. ` : ''}${item.task.task}${item.task.leadUnits.length ? ` — ${item.task.leadUnits.join('; ')}` : ''}`
            : t.contextNoTask}
        </dd>
        <dt className={styles.dt}>{t.contextValue}</dt>
        <dd className={styles.dd} lang="vi" data-testid="context-value">
          {text === '' ? t.emptyValue : text}
        </dd>
      </dl>
    );
  };

  return (
    <div
      className={styles.root}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        if (!dragging) setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.relatedTarget === null || !(e.currentTarget as Node).contains(e.relatedTarget as Node)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void openFiles(e.dataTransfer.files);
      }}
      data-testid="standalone"
    >
      <section className={mergeClasses(styles.drop, dragging && styles.dropActive)} data-testid="drop-zone" aria-label={t.pickFiles}>
        <Text>{t.standaloneIntro}</Text>
        <div className={styles.buttons}>
          <input
            ref={inputRef}
            className={styles.hiddenInput}
            type="file"
            multiple
            // .xlsm too, as the CLI reads it: its copy is an .xlsx, and says its macros are not kept.
            accept={`.xlsx,.xlsm,${XLSX_MIME},${XLSM_MIME}`}
            aria-label={t.pickFilesLabel}
            // The button below opens it: screen readers hear one button, not two.
            aria-hidden="true"
            tabIndex={-1}
            data-testid="file-input"
            onChange={(e) => {
              const list = e.currentTarget.files ? Array.from(e.currentTarget.files) : [];
              e.currentTarget.value = '';
              void openFiles(list);
            }}
          />
          {/* Focusable while busy: a disabled button under the keyboard's focus drops it to the page's start. */}
          <Button appearance="primary" disabledFocusable={busy} onClick={() => inputRef.current?.click()} data-testid="pick-button" ref={pickRef}>
            {t.pickFiles}
          </Button>
          <Text size={200}>{dragging ? t.dropActive : t.dropHere}</Text>
          <Button disabledFocusable={busy} onClick={() => void runSample()} data-testid="sample-button">
            {t.sample}
          </Button>
        </div>
        <Text size={200} className={styles.privacy} data-testid="privacy-note">
          {t.privacy}
        </Text>
      </section>

      {progress ? (
        <div role="status" aria-live="polite" data-testid="loading" data-state="running">
          <Text size={200}>{progress.name ? t.loadingFile(progress.name) : t.loading}</Text>
          <ProgressBar
            aria-label={t.loading}
            thickness="large"
            value={progress.total > 1 ? progress.done / progress.total : undefined}
          />
        </div>
      ) : null}
      {sampleError ? <ErrorBar message={t.sampleError} name="sample" /> : null}
      {loadState.status === 'error' ? <ActionStatus name="load" state={loadState} runningLabel={t.loading} /> : null}

      {files.length > 0 ? (
        <>
          <h2 className={styles.h2}>{t.files}</h2>
          <ul className={styles.files} data-testid="file-list" ref={fileListRef}>
            {files.map((f) => (
              <li key={f.id} className={styles.file} data-testid="file-row" data-file={f.label} data-ok={f.report ? 'true' : 'false'}>
                <span className={styles.fileName}>
                  {f.label}
                  {sorted.leftOut.has(f.id) ? (
                    <span className={styles.fileMeta} data-testid="left-out" lang={t.lang}>
                      {' · '}
                      {leftOutText(sorted.leftOut.get(f.id)!, t)}
                    </span>
                  ) : f.report ? (
                    <span className={styles.fileMeta}>
                      {' · '}
                      {t.fileTasks(f.report.tasks.length)} · {t.findingsCount(f.report.findings.length)}
                      {f.report.directorySource === 'workbook' ? (
                        <span data-testid="own-directory"> · {t.fileOwnDirectory}</span>
                      ) : null}
                    </span>
                  ) : null}
                  {sorted.unpaired.has(f.id) ? (
                    <span className={styles.fileMeta} data-testid="unpaired-copy" lang={t.lang}>
                      {' · '}
                      {t.unpairedCopy(sorted.unpaired.get(f.id)!)}
                    </span>
                  ) : null}
                  {f.grid?.missingSheets?.length ? (
                    <span className={styles.fileMeta} data-testid="missing-sheets" lang={t.lang}>
                      {' · '}
                      {t.missingSheets(f.grid.missingSheets)}
                    </span>
                  ) : null}
                </span>
                <span className={styles.buttons}>
                  {/* A copy of a marked copy left out would not be what --out writes: its original's download carries its "Theo dõi". */}
                  {f.report && sorted.leftOut.get(f.id)?.kind !== 'copy' ? (
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={downloadState.status === 'running'}
                      aria-label={t.downloadLabel(f.label)}
                      data-testid="download-button"
                      data-file={f.label}
                      onClick={() => void runDownload(f)}
                    >
                      {t.download}
                    </Button>
                  ) : null}
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t.removeFile(f.label)}
                    data-testid="remove-file"
                    data-remove-file
                    onClick={() => removeFile(f.id)}
                  >
                    {t.remove}
                  </Button>
                </span>
                {f.error && !sorted.leftOut.has(f.id) ? (
                  <div className={styles.fileError}>
                    <ErrorBar message={fileErrorText(f)} name="file" />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          <ActionStatus
            name="download"
            state={downloadState}
            runningLabel={t.preparingDownload}
            renderResult={(lost) =>
              lost ? (
                <>
                  {lost.parts.length ? <span data-testid="copy-lost">{t.copyLost(lost.copy, lost.file, lost.parts)}</span> : null}
                  {lost.sheetsWithout ? (
                    <span data-testid="copy-sheets-lost">
                      {lost.parts.length ? ' ' : ''}
                      {t.copySheetsLost(lost.copy, lost.sheetsWithout.from, lost.sheetsWithout.sheets)}
                    </span>
                  ) : null}
                  {lost.edited ? (
                    <span data-testid="copy-edited">
                      {lost.parts.length || lost.sheetsWithout ? ' ' : ''}
                      {t.copyEdited(lost.copy, lost.edited.from, lost.edited.sheets)}
                    </span>
                  ) : null}
                </>
              ) : null
            }
          />
        </>
      ) : null}

      {ok.length > 0 ? (
        <>
          <div className={styles.controls}>
            {files.length > 1 ? (
              <Field label={t.view} size="small">
                <Select
                  className={sel.root}
                  select={{ className: sel.select }}
                  value={String(view)}
                  data-testid="view-picker"
                  onChange={(_, d) => {
                    setView(d.value === 'all' ? 'all' : Number(d.value));
                    setSelectedId(null);
                  }}
                >
                  <option value="all">{t.allFiles(ok.length)}</option>
                  {files.map((f) => (
                    <option key={f.id} value={f.id} disabled={!sorted.reports.has(f.id)}>
                      {f.label}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            <PeriodPicker
              directory={engine.defaultDirectory}
              value={period}
              disabled={busy}
              onChange={(p) => void runPeriod(p)}
              hint={current?.report ? t.periodUsed(periodsOfSheets(current.report), current.report.periodSource) : undefined}
            />
            {view === 'all' && ok.length > 1 ? (
              <Button
                className={styles.summaryButton}
                appearance="primary"
                disabled={downloadState.status === 'running'}
                data-testid="download-summary-button"
                onClick={() => void runDownload('summary')}
              >
                {t.downloadSummary}
              </Button>
            ) : null}
          </div>

          {view === 'all' && ok.length > 1 ? (
            <div className={styles.scroll}>
              <table className={mergeClasses(tables.table, styles.tableGap)} data-testid="per-file-table">
                <thead>
                  <tr>
                    <th scope="col">{t.filterFile}</th>
                    <th scope="col" className={tables.num}>
                      {t.tasks}
                    </th>
                    {[1, 2, 3, 4].map((q) => (
                      <th scope="col" key={q} className={mergeClasses(tables.num, styles.noWrap)}>
                        {t.quarter(String(q))}
                      </th>
                    ))}
                    <th scope="col" className={mergeClasses(tables.num, styles.noWrap)}>
                      {t.severity.error}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ok.map((f) => (
                    <tr key={f.id} data-testid="per-file-row" data-file={f.label}>
                      <th scope="row" className={styles.fileCell}>
                        {f.label}
                      </th>
                      <td className={tables.num} data-testid="file-task-count">
                        {f.report.summary.taskCount}
                      </td>
                      {[1, 2, 3, 4].map((q) => (
                        <td key={q} className={tables.num} data-testid={`file-quarter-count-${q}`}>
                          {f.report.summary.byQuarter[String(q)] ?? 0}
                        </td>
                      ))}
                      <td className={tables.num}>{f.report.summary.findingsBySeverity.error}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          <div className={styles.columns}>
            <section className={styles.column} aria-label={t.tabSummary}>
              <h2 className={styles.h2}>{current ? current.label : t.allFiles(ok.length)}</h2>
              {mixedYears ? (
                <MessageBar intent="warning" layout="multiline" data-testid="mixed-years">
                  <MessageBarBody>{mixedYears}</MessageBarBody>
                </MessageBar>
              ) : null}
              {summary ? <SummaryView summary={summary} /> : null}
            </section>
            <div className={styles.column}>
              <h2 className={styles.h2}>{t.findings}</h2>
              <FindingsList
                items={items}
                catalog={engine.catalog}
                showFile={!current && ok.length > 1}
                selectedId={selectedId}
                onSelect={(item) => setSelectedId(item.id === selectedId ? null : item.id)}
                renderContext={renderContext}
                selectHint={t.showFindingHint}
              />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}

export function StandaloneApp(props: StandaloneAppProps) {
  return (
    <AppShell lang={props.lang} wide>
      <Standalone {...props} />
    </AppShell>
  );
}
