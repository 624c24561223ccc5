import { useEffect, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Scope } from '../../excel/host';
import type { Directory } from '../../engine/directory/types';
import { periodsOfSheets } from '../../engine/combine';
import { useAction } from '../useAction';
import { useI18n } from '../i18n';
import { ActionStatus } from '../components/ActionStatus';
import { FindingsList } from '../components/FindingsList';
import { PeriodPicker } from '../components/PeriodPicker';
import { SeverityCounts } from '../components/SeverityCounts';
import type { FindingItem } from '../analysis';
import type { PaneContext } from './TaskPaneApp';

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
  warnings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface CheckPanelProps {
  ctx: PaneContext;
  scope: Scope;
  setScope(scope: Scope): void;
  period: string;
  setPeriod(period: string): void;
  /** The directory whose periods the picker offers: the workbook's own "Danh mục" when it has one. */
  periodDirectory: Directory;
  debounceMs: number;
}

export function CheckPanel({ ctx, scope, setScope, period, setPeriod, periodDirectory, debounceMs }: CheckPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { host, engine, info, analysis } = ctx;
  const [checkState, runCheck] = useAction(ctx.analyse);
  const [selectState, runSelect] = useAction(async (item: FindingItem) => ({
    ...(await host.selectCell(item.finding.sheet, `${item.finding.column}${item.finding.row}`)),
    sheet: item.finding.sheet,
  }));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [auto, setAuto] = useState(false);

  // Scope or period changed after a check: check again with the new choice.
  const first = useRef(true);
  const hasAnalysis = useRef(false);
  hasAnalysis.current = analysis !== null;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hasAnalysis.current) void runCheck();
  }, [scope, period, runCheck]);

  // Optional automatic re-check when a worksheet changes (debounced here, as the host asks).
  const runRef = useRef(runCheck);
  runRef.current = runCheck;
  useEffect(() => {
    if (!auto) return;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    host
      .onChanged(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void runRef.current(), debounceMs);
      })
      .then(
        (off) => {
          if (cancelled) off();
          else unsubscribe = off;
        },
        () => setAuto(false),
      );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [auto, host, debounceMs]);

  const eventsSupported = info ? info.capabilities.events : true;
  const missingFeatures = info?.missingFeatures ?? [];
  const running = checkState.status === 'running';
  const report = analysis?.fileReport;

  return (
    <div>
      {missingFeatures.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="capability-warnings">
          <MessageBarBody>
            <ul className={styles.warnings}>
              {missingFeatures.map((feature) => (
                <li key={feature}>{t.featureMissing[feature]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.controls}>
        <Field label={t.scope} size="small">
          <RadioGroup layout="horizontal" value={scope} onChange={(_, d) => setScope(d.value as Scope)} disabled={running}>
            <Radio value="active" label={t.scopeActive} data-testid="scope-active" />
            <Radio value="workbook" label={t.scopeWorkbook} data-testid="scope-workbook" />
          </RadioGroup>
        </Field>
        <PeriodPicker
          directory={periodDirectory}
          value={period}
          onChange={setPeriod}
          disabled={running}
          hint={report ? t.periodUsed(periodsOfSheets(report), report.periodSource) : undefined}
        />
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void runCheck()} disabled={running} data-testid="check-button">
            {analysis ? t.recheck : t.check}
          </Button>
          <Switch
            checked={auto}
            disabled={!eventsSupported}
            onChange={(_, d) => setAuto(d.checked)}
            label={t.autoRecheck}
            data-testid="auto-recheck"
          />
        </div>
        {!eventsSupported && !missingFeatures.length ? <Text size={200} className={styles.note}>{t.autoRecheckUnsupported}</Text> : null}
      </div>

      <ActionStatus
        name="check"
        state={checkState}
        runningLabel={t.checking}
        idle={analysis ? null : <Text size={200}>{t.checkIdle}</Text>}
        renderResult={(a) => t.checkedAt(a.fileReport.tasks.length, a.grid.sheets.length)}
      />

      {analysis ? (
        <>
          <Text size={200} className={styles.note} data-testid="directory-source">
            {analysis.directorySource === 'sheet' ? t.directoryFromSheet : t.directoryDefault}
          </Text>
          <SeverityCounts counts={analysis.report.summary.findingsBySeverity} />
          {selectState.status === 'error' || (selectState.status === 'done' && selectState.result.unhidden) ? (
            <ActionStatus
              name="select"
              state={selectState}
              runningLabel={t.running}
              renderResult={(r) => (r.unhidden ? t.sheetUnhidden(r.sheet) : null)}
            />
          ) : null}
          <FindingsList
            items={analysis.items}
            catalog={engine.catalog}
            selectedId={selectedId}
            onSelect={(item) => {
              setSelectedId(item.id);
              void runSelect(item);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
