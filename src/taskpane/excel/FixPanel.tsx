import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { CellChange, JournalEntry } from '../../excel/host';
import { errorMessage, fixChanges, localTime, NORMALISE_CODES, type FindingItem } from '../analysis';
import { useAction } from '../useAction';
import { useI18n } from '../i18n';
import { ActionStatus, ErrorBar } from '../components/ActionStatus';
import { findingTitle } from '../components/FindingsList';
import type { Analysis, PaneContext } from './TaskPaneApp';

const PREVIEW_LIMIT = 300;

const useStyles = makeStyles({
  section: { marginBlockEnd: tokens.spacingVerticalL },
  h: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, marginBlock: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBlock: tokens.spacingVerticalS },
  group: { marginBlockEnd: tokens.spacingVerticalM },
  groupHead: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBlock: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  itemText: { minWidth: 0, overflowWrap: 'anywhere' },
  noWrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  address: { fontFamily: tokens.fontFamilyMonospace },
  preview: {
    ...shorthands.border('2px', 'solid', tokens.colorBrandStroke1),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  scroll: { maxHeight: '320px', overflow: 'auto' },
  changes: { listStyleType: 'none', margin: 0, padding: 0 },
  change: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  changeHead: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  values: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  from: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3, whiteSpace: 'pre-wrap' },
  to: { whiteSpace: 'pre-wrap', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  skipped: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
});

interface Preview {
  changes: CellChange[];
}

/** Shows spaces that normalisation removes: non-breaking as ⍽, doubled as ·. */
function visible(s: string): string {
  return s.replace(/\u00A0/g, '⍽').replace(/ (?= )/g, '·');
}

export function FixPanel({ ctx }: { ctx: PaneContext }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { host, engine, analysis } = ctx;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [journal, setJournal] = useState<JournalEntry[] | null>(null);

  const fixable = useMemo(() => (analysis ? analysis.items.filter((i) => i.finding.fix) : []), [analysis]);
  const groups = useMemo(() => {
    const map = new Map<string, FindingItem[]>();
    for (const item of fixable) {
      const list = map.get(item.finding.code);
      if (list) list.push(item);
      else map.set(item.finding.code, [item]);
    }
    // "Xem trước cả N": N is the number of cells the group's fixes change (a cell two findings fix is one).
    return [...map.entries()].map(([code, list]) => ({ code, list, cells: analysis ? fixChanges(list, analysis.grid).length : list.length }));
  }, [fixable, analysis]);

  const refreshJournal = async () => {
    const entries = await host.journal();
    setJournal(entries);
    return entries;
  };

  // Preview: computed from the grid the last check read; nothing is written here.
  const [previewState, runPreview] = useAction(async (make: (a: NonNullable<PaneContext['analysis']>) => CellChange[]) => {
    const a = await ctx.ensureAnalysis();
    const changes = make(a);
    setPreview({ changes });
    return changes.length;
  });

  // After a write the findings are stale until checked again; when that check fails, the error is
  // shown and the stale findings are not (`stale` is the analysis the failed check should have replaced).
  const [recheckError, setRecheckError] = useState<{ error: unknown; stale: Analysis | null } | null>(null);
  const recheck = async () => {
    const stale = ctx.analysis;
    try {
      await ctx.analyse();
      setRecheckError(null);
    } catch (error) {
      if (typeof console !== 'undefined') console.error(error);
      setRecheckError({ error, stale });
    }
  };
  // A failed check clears the shared analysis; the error stays shown until a check succeeds.
  const findingsStale = recheckError !== null && (analysis === null || recheckError.stale === analysis);

  const [applyState, runApply, resetApply] = useAction(async (changes: CellChange[]) => {
    const result = await host.applyChanges(changes);
    setPreview(null);
    // The cells changed: show the journal (read with the write) and check again (a failure there does not undo the write).
    if (result.journal) setJournal(result.journal);
    else await refreshJournal().catch(() => undefined);
    await recheck();
    return result;
  });

  const [undoState, runUndo, resetUndo] = useAction(async () => {
    const result = await host.undo();
    // The cells changed: refresh the journal and the findings (a failure there does not undo the write).
    await refreshJournal().catch(() => undefined);
    await recheck();
    return result;
  });

  const [journalState, runJournal] = useAction(refreshJournal);
  // Only the last change's outcome is said: "Đã sửa" left above "Đã khôi phục" (or the reverse) read as the newer one undone.
  const apply = (changes: CellChange[]) => {
    resetUndo();
    void runApply(changes);
  };
  const undo = () => {
    resetApply();
    void runUndo();
  };

  // Keyboard and screen-reader users: a new preview takes the focus on its first button ("Áp dụng",
  // described by the preview's title, or "Huỷ" when there is nothing to change), and once a change
  // is applied or undone the focus goes to what happened.
  const previewAction = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview) previewAction.current?.focus();
  }, [preview]);
  const outcome = useRef<HTMLDivElement>(null);
  const settled = (status: string) => status === 'done' || status === 'error';
  useEffect(() => {
    if (settled(applyState.status) || settled(undoState.status)) outcome.current?.focus();
  }, [applyState.status, undoState.status]);

  const reasonLabel = (reason: string) => findingTitle(reason, engine.catalog, t);
  const busy = applyState.status === 'running' || undoState.status === 'running';

  return (
    <div>
      <Text as="p" size={200}>
        {t.fixHelp}
      </Text>

      {preview ? (
        <section className={styles.preview} aria-label={t.previewTitle(preview.changes.length)} data-testid="fix-preview">
          <h3 className={styles.h} id="fix-preview-title" data-testid="fix-preview-title">
            {t.previewTitle(preview.changes.length)}
          </h3>
          {preview.changes.length === 0 ? (
            <Text as="p" size={200} data-testid="fix-preview-empty">
              {t.nothingToNormalise}
            </Text>
          ) : (
            <>
              <Text as="p" size={200}>
                {t.previewNote}
              </Text>
              <div className={styles.scroll}>
                <ul className={styles.changes} aria-label={t.previewTitle(preview.changes.length)}>
                  {preview.changes.slice(0, PREVIEW_LIMIT).map((c) => (
                    <li key={`${c.sheet}!${c.address}`} className={styles.change} data-testid="fix-change">
                      <span className={styles.changeHead}>
                        <span className={styles.address}>{c.address}</span>
                        <span className={styles.muted}>
                          {c.sheet} · {reasonLabel(c.reason)}
                        </span>
                      </span>
                      <dl className={styles.values}>
                        <dt className={styles.label}>{t.before}</dt>
                        <dd className={mergeClasses(styles.value, styles.from)} lang="vi">
                          {c.from ? visible(c.from) : t.emptyValue}
                        </dd>
                        <dt className={styles.label}>{t.after}</dt>
                        <dd className={mergeClasses(styles.value, styles.to)} lang="vi">
                          {c.to || t.emptyValue}
                        </dd>
                      </dl>
                    </li>
                  ))}
                </ul>
                {preview.changes.length > PREVIEW_LIMIT ? (
                  <Text size={200} className={styles.muted}>
                    {t.others(preview.changes.length - PREVIEW_LIMIT)}
                  </Text>
                ) : null}
              </div>
            </>
          )}
          <div className={styles.row}>
            {preview.changes.length > 0 ? (
              <Button
                appearance="primary"
                disabled={busy}
                ref={previewAction}
                aria-describedby="fix-preview-title"
                data-testid="fix-confirm"
                onClick={() => apply(preview.changes)}
              >
                {t.confirm(preview.changes.length)}
              </Button>
            ) : null}
            <Button
              disabled={busy}
              ref={preview.changes.length > 0 ? undefined : previewAction}
              aria-describedby="fix-preview-title"
              data-testid="fix-cancel"
              onClick={() => setPreview(null)}
            >
              {t.cancel}
            </Button>
          </div>
        </section>
      ) : null}

      <ActionStatus name="preview" state={previewState} runningLabel={t.checking} />
      <div tabIndex={-1} ref={outcome} data-testid="fix-outcome">
        <ActionStatus name="fix" state={applyState} runningLabel={t.applying} renderResult={(r) => t.applied(r.applied.length, r.skipped.length)} />
        <ActionStatus name="undo" state={undoState} runningLabel={t.undoing} renderResult={(r) => t.undone(r.restored, r.skipped)} />
        {findingsStale ? <ErrorBar name="recheck" title={t.recheckFailed} message={errorMessage(recheckError.error, t)} /> : null}
      </div>

      <div className={styles.row}>
        <Button disabled={busy} data-testid="undo-button" onClick={undo}>
          {t.undo}
        </Button>
        <Button disabled={busy} data-testid="journal-button" onClick={() => void runJournal()}>
          {t.showJournal}
        </Button>
      </div>

      <section className={styles.section}>
        <h3 className={styles.h}>{t.normalise}</h3>
        <Text as="p" size={200}>
          {t.normaliseHelp}
        </Text>
        <Button disabled={busy} data-testid="normalise-preview" onClick={() => void runPreview((a) => fixChanges(a.items.filter((i) => NORMALISE_CODES.includes(i.finding.code)), a.grid))}>
          {t.previewOne}
        </Button>
      </section>

      <section className={styles.section}>
        <h3 className={styles.h}>{t.fixable}</h3>
        {findingsStale ? (
          <Text size={200} data-testid="fixable-stale">
            {t.findingsStale}
          </Text>
        ) : analysis === null ? (
          <Text size={200}>{t.checkIdle}</Text>
        ) : groups.length === 0 ? (
          <Text size={200} data-testid="fixable-none">
            {t.fixableNone}
          </Text>
        ) : (
          groups.map(({ code, list, cells }) => {
            const title = findingTitle(code, engine.catalog, t);
            return (
              <div key={code} className={styles.group} data-testid="fix-group" data-code={code}>
                <div className={styles.groupHead}>
                  <span className={styles.groupTitle}>
                    {title} ({list.length})
                  </span>
                  <Button
                    className={styles.noWrap}
                    size="small"
                    disabled={busy || cells === 0}
                    aria-label={t.previewAllLabel(cells, title)}
                    data-testid="fix-preview-all"
                    onClick={() => void runPreview((a) => fixChanges(a.items.filter((i) => i.finding.code === code), a.grid))}
                  >
                    {t.previewAll(cells)}
                  </Button>
                </div>
                <ul className={styles.list}>
                  {list.map((item) => (
                    <li key={item.id} className={styles.item}>
                      <span className={styles.itemText}>
                        <span className={styles.address}>{item.address}</span>: <span lang="vi">{item.finding.fix?.value}</span>
                      </span>
                      <Button
                        className={styles.noWrap}
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        aria-label={t.previewOneLabel(item.address)}
                        data-testid="fix-preview-one"
                        onClick={() => void runPreview((a) => fixChanges(a.items.filter((i) => i.id === item.id), a.grid))}
                      >
                        {t.previewOne}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.h}>{t.journal}</h3>
        <ActionStatus name="journal" state={journalState} runningLabel={t.running} />
        {journal === null ? null : journal.length === 0 ? (
          <Text size={200}>{t.journalEmpty}</Text>
        ) : (
          <div className={styles.scroll}>
            <ul className={styles.changes} data-testid="journal" aria-label={t.journal}>
              {[...journal].reverse().map((e) => (
                <li
                  key={e.id}
                  className={styles.change}
                  data-testid="journal-entry"
                  data-undone={e.undone ? 'true' : 'false'}
                  data-skipped={e.skipped ? 'true' : 'false'}
                >
                  <span className={styles.changeHead}>
                    <span className={styles.address}>{e.address}</span>
                    <span className={styles.muted}>
                      {e.sheet} · {localTime(e.time, undefined, lang)}
                      {e.undone ? ` · ${t.journalUndone}` : ''}
                    </span>
                    {e.skipped ? (
                      <span className={styles.skipped} data-testid="journal-skipped">
                        {t.journalSkipped(e.skipReason)}
                      </span>
                    ) : null}
                  </span>
                  <dl className={styles.values}>
                    <dt className={styles.label}>{t.journalOld}</dt>
                    <dd className={mergeClasses(styles.value, styles.from)} lang="vi">
                      {e.oldValue === null || e.oldValue === '' ? t.emptyValue : String(e.oldValue)}
                    </dd>
                    <dt className={styles.label}>{t.journalNew}</dt>
                    <dd className={mergeClasses(styles.value, styles.to)} lang="vi">
                      {e.newValue === null || e.newValue === '' ? t.emptyValue : String(e.newValue)}
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
