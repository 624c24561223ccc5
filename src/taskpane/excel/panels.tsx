/**
 * The small tabs: Đánh dấu, Tổng hợp, Theo dõi, Danh mục. Each is one or two host calls with their
 * states. Marks, the summary and the tracker are written from a fresh reading of the workbook.
 */
import React, { useState } from 'react';
import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Scope } from '../../excel/host';
import { useAction } from '../useAction';
import { markAnchors } from '../analysis';
import { useI18n } from '../i18n';
import { ActionStatus } from '../components/ActionStatus';
import { SummaryView } from '../components/SummaryView';
import { sheetsCounted } from '../../engine/summary/layout';
import type { Analysis, PaneContext } from './TaskPaneApp';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  counts: { display: 'grid', gridTemplateColumns: 'auto auto', justifyContent: 'start', columnGap: tokens.spacingHorizontalL, margin: 0 },
  dt: { fontWeight: tokens.fontWeightRegular },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  preview: { marginBlockStart: tokens.spacingVerticalL },
  // Hundreds of notes may be listed: the list scrolls, the pane does not grow without end.
  notesNotAdded: { maxHeight: '16em', overflowY: 'auto', paddingInlineStart: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

export function MarkPanel({ ctx }: { ctx: PaneContext }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [markState, runMark] = useAction(async () => {
    // Rows may have been inserted or tasks edited since the last check: mark what the sheet holds now.
    const a = await ctx.freshAnalysis();
    const findings = a.report.findings ?? a.fileReport.findings;
    return ctx.host.markFindings(findings, a.report.asOf, markAnchors(findings, a.grid));
  });
  const [clearState, runClear] = useAction(() => ctx.host.clearMarks());
  const busy = markState.status === 'running' || clearState.status === 'running';
  return (
    <div>
      <Text as="p" size={200}>
        {t.markHelp}
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} data-testid="mark-button" onClick={() => void runMark()}>
          {t.markButton}
        </Button>
        <Button disabled={busy} data-testid="clear-marks-button" onClick={() => void runClear()}>
          {t.clearMarks}
        </Button>
      </div>
      <ActionStatus name="mark" state={markState} runningLabel={t.marking} renderResult={(r) => t.marked(r.marked, r.notes)} />
      <ActionStatus name="clear-marks" state={clearState} runningLabel={t.clearing} renderResult={(r) => t.cleared(r.cleared)} />
    </div>
  );
}

/**
 * A tab that writes one sheet from a fresh analysis of the workbook (`scope`, else the Kiểm tra
 * tab's): its help, `controls`, one button, the action's status, then `children`.
 */
function WriteSheetPanel<R>(props: {
  help: string;
  button: string;
  testId: string;
  name: string;
  runningLabel: string;
  write: (analysis: Analysis) => Promise<R>;
  ctx: PaneContext;
  scope?: Scope;
  renderResult: (result: R) => React.ReactNode;
  controls?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const styles = useStyles();
  const [state, run] = useAction(async () => props.write(await props.ctx.freshAnalysis(props.scope)));
  return (
    <div>
      <Text as="p" size={200}>
        {props.help}
      </Text>
      {props.controls}
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.status === 'running'} data-testid={props.testId} onClick={() => void run()}>
          {props.button}
        </Button>
      </div>
      <ActionStatus name={props.name} state={state} runningLabel={props.runningLabel} renderResult={props.renderResult} />
      {props.children}
    </div>
  );
}

/**
 * Tổng hợp is the report of the file: by default it covers every programme sheet of the workbook,
 * whatever the Kiểm tra tab checks; the choice is on this tab, and the result names the sheets.
 */
export function SummaryPanel({ ctx }: { ctx: PaneContext }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [scope, setScope] = useState<Scope>('workbook');
  const [written, setWritten] = useState<Analysis | null>(null);
  // The preview shows what was written, or else the last check when it covers the same sheets.
  const shown = written && written.scope === scope ? written : ctx.analysis && ctx.analysis.scope === scope ? ctx.analysis : null;
  return (
    <WriteSheetPanel
      ctx={ctx}
      scope={scope}
      help={t.summaryHelp}
      button={t.writeSummary}
      testId="summary-button"
      name="summary"
      runningLabel={t.writingSummary}
      write={async (a) => {
        const result = await ctx.host.writeSummary(a.report);
        setWritten(a);
        return { ...result, sheets: sheetsCounted(a.report) };
      }}
      renderResult={(r) => (
        <>
          {`${t.summaryWritten(r.sheet)} ${t.summaryCovers(r.sheets)}`}
          {r.keptEdits ? <div data-testid="summary-kept-edits">{t.summaryKeptEdits(r.keptEdits.cells, r.sheet)}</div> : null}
          {r.refreshFailed ? <div data-testid="summary-replaced">{t.summaryRefreshFailed(r.sheet, r.refreshFailed)}</div> : r.replacedSheet ? <div data-testid="summary-replaced">{t.summaryReplaced(r.sheet)}</div> : null}
          {r.leftFrom ? <div data-testid="summary-left-below">{t.summaryLeftBelow(r.sheet, r.leftFrom)}</div> : null}
          {r.lost ? <div data-testid="summary-lost">{t.summaryLost(r.lost.charts, r.lost.names)}</div> : null}
        </>
      )}
      controls={
        <Field label={t.summaryScope} size="small">
          <RadioGroup layout="horizontal" value={scope} onChange={(_, d) => setScope(d.value as Scope)} data-testid="summary-scope">
            <Radio value="workbook" label={t.summaryScopeWorkbook} data-testid="summary-scope-workbook" />
            <Radio value="active" label={t.summaryScopeActive} data-testid="summary-scope-active" />
          </RadioGroup>
        </Field>
      }
    >
      {shown ? (
        <div className={styles.preview}>
          <SummaryView summary={shown.report.summary} />
        </div>
      ) : null}
    </WriteSheetPanel>
  );
}

export function TrackerPanel({ ctx }: { ctx: PaneContext }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <WriteSheetPanel
      ctx={ctx}
      help={t.trackerHelp}
      button={t.writeTracker}
      testId="tracker-button"
      name="tracker"
      runningLabel={t.writingTracker}
      write={(a) => ctx.host.writeTracker(a.report)}
      renderResult={(r) => (
        <>
          {t.trackerWritten(r.sheet)}
          {r.replacedSheet ? <div data-testid="tracker-replaced">{t.trackerReplaced(r.sheet)}</div> : null}
          {r.rebuiltTable ? <div data-testid="tracker-table-rebuilt">{t.trackerTableRebuilt(r.sheet, r.rebuiltTable.name, r.rebuiltTable.reason)}</div> : null}
          <dl className={styles.counts}>
            <dt className={styles.dt}>{t.trackerAdded}</dt>
            <dd className={styles.dd} data-testid="tracker-added">
              {r.added}
            </dd>
            <dt className={styles.dt}>{t.trackerKept}</dt>
            <dd className={styles.dd} data-testid="tracker-kept">
              {r.kept}
            </dd>
            <dt className={styles.dt}>{t.trackerVanished}</dt>
            <dd className={styles.dd} data-testid="tracker-vanished">
              {r.vanished}
            </dd>
          </dl>
          {r.notesNotAdded?.length ? (
            <div data-testid="tracker-notes-not-added">
              {t.trackerNotesNotAdded(r.notesNotAdded.length, r.sheet)}
              <ul className={styles.notesNotAdded}>
                {r.notesNotAdded.map((n) => (
                  <li key={n.address}>
                    <span className={styles.mono}>{n.address}</span>: <span lang="vi">{n.content}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    />
  );
}

export function DirectoryPanel({ ctx }: { ctx: PaneContext }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [insertState, runInsert] = useAction(() => ctx.host.insertDirectory(ctx.engine.defaultDirectory));
  const [readState, runRead] = useAction(() => ctx.host.readDirectory());
  const busy = insertState.status === 'running' || readState.status === 'running';
  return (
    <div>
      <Text as="p" size={200}>
        {t.directoryHelp}
      </Text>
      {ctx.analysis ? (
        <Text as="p" size={200} data-testid="directory-in-use">
          {ctx.analysis.directorySource === 'sheet' ? t.directoryFromSheet : t.directoryDefault}
        </Text>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} data-testid="insert-directory-button" onClick={() => void runInsert()}>
          {t.insertDirectory}
        </Button>
        <Button disabled={busy} data-testid="read-directory-button" onClick={() => void runRead()}>
          {t.readDirectory}
        </Button>
      </div>
      <ActionStatus name="insert-directory" state={insertState} runningLabel={t.insertingDirectory} renderResult={(r) => t.directoryInserted(r.sheet)} />
      <ActionStatus
        name="read-directory"
        state={readState}
        runningLabel={t.readingDirectory}
        renderResult={(d) => {
          if (!d) return t.directoryNone;
          const units = new Set(d.periods.flatMap((p) => p.units.map((u) => u.short))).size;
          const leaders = new Set(d.periods.flatMap((p) => p.leaders.map((l) => l.name))).size;
          return t.directoryFound(d.periods.length, units, leaders);
        }}
      />
    </div>
  );
}
